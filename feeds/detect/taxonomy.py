"""The watchlist taxonomy (``seeds/watchlist.toml``): validated models and the compiled matcher."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from feeds.detect.datafile import read_data_file
from feeds.detect.phrases import PhraseMatcher
from feeds.detect.text import phrase_tokens, rough_words
from feeds.errors import ConfigError

# A matcher label: ("vendor", vendor slug) or ("alias" | "model" | "cue" | "anti", product index).
# The second part's type follows the first, which a tuple type cannot say: hence Any.
TaxonomyLabel = tuple[str, Any]

_SLUG = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")
_SITE = re.compile(r"^[a-z0-9]([a-z0-9\-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9\-]*[a-z0-9])?)*$")


def _check_slug(value: str) -> str:
    if not _SLUG.match(value):
        raise ValueError(f"slug {value!r} must be lowercase letters, digits, dots and dashes")
    return value


class ProductSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    slug: str
    display: str | None = None  # how people read it (default: the first alias)
    version_separator: str = " "  # between the name and a version: "Veo 3.1", "Gen-4", "Ray2"
    aliases: list[str] = Field(min_length=1)
    model_ids: list[str] = []
    vendors: list[str] = []
    versioned: bool = False
    version_required: bool = False
    ambiguous: bool = False
    context_confirms: bool = False
    version_confirms: bool = False
    video_context_required: bool = False
    cues: list[str] = []
    anti_cues: list[str] = []

    _slug = field_validator("slug")(classmethod(lambda cls, v: _check_slug(v)))


class VendorSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    slug: str
    display: str | None = None  # how people read it (default: the first name)
    names: list[str] = Field(min_length=1)
    ambiguous: bool = False
    video_only: bool = False
    # phrases that show another company of the same name ("finance teams" for Runway the
    # planning software): they stop the vendor's own plans from confirming it
    anti_cues: list[str] = []
    # the vendor's own web sites ("openai.com" covers help.openai.com): a page there is the
    # vendor speaking, which confirms its ambiguous product names
    sites: list[str] = []
    product: list[ProductSpec] = []

    _slug = field_validator("slug")(classmethod(lambda cls, v: _check_slug(v)))

    @field_validator("sites")
    @classmethod
    def _bare_hosts(cls, sites: list[str]) -> list[str]:
        for site in sites:
            if not _SITE.match(site):
                raise ValueError(f"site {site!r} must be a bare lowercase host name, like runwayml.com")
        return sites


class TaxonomyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # host labels of pages where the public writes, not the vendor (community.openai.com,
    # forum.runwayml.com): on a vendor's site they are not the vendor speaking
    community_hosts: list[str] = []
    vendor: list[VendorSpec] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class Product:
    """A watched product and the rules that confirm a mention of it (versions, ambiguity, context)."""

    index: int
    slug: str
    vendors: tuple[str, ...]
    versioned: bool
    version_required: bool
    ambiguous: bool
    context_confirms: bool
    version_confirms: bool
    video_context_required: bool


@dataclass(frozen=True, slots=True)
class Vendor:
    """A watched vendor: whether its name is ambiguous, whether it makes only video, its products."""

    slug: str
    ambiguous: bool
    video_only: bool
    product_slugs: tuple[str, ...]


class Taxonomy:
    """Products and vendors plus one PhraseMatcher over every alias, name and cue.

    Matcher labels: ("alias", i) ("model", i) ("cue", i) ("anti", i) for product i,
    ("vendor", slug) for vendor names and ("vendor_anti", slug) for a namesake's phrases.
    """

    def __init__(self, spec: TaxonomyFile) -> None:
        self.products: list[Product] = []
        self.vendors: dict[str, Vendor] = {}
        self._site_owners: dict[str, str] = {}  # site -> vendor slug
        self._community_hosts = frozenset(label.lower() for label in spec.community_hosts)
        self.matcher: PhraseMatcher[TaxonomyLabel] = PhraseMatcher()
        owners: dict[tuple[str, ...], str] = {}
        # Display names (slug -> what a person reads); a product defined in several entries
        # takes the first explicit ``display``, else its first entry's first alias.
        self.vendor_names: dict[str, str] = {}
        self._product_names: dict[str, tuple[str, str, bool]] = {}  # name, separator, explicit
        for vendor in spec.vendor:
            if vendor.slug in self.vendors:
                raise ConfigError(f"watchlist: vendor {vendor.slug!r} is defined twice")
            self.vendor_names[vendor.slug] = vendor.display or vendor.names[0]
            for product in vendor.product:
                named = self._product_names.get(product.slug)
                if named is None or (product.display and not named[2]):
                    name = product.display or (named[0] if named else product.aliases[0])
                    self._product_names[product.slug] = (
                        name,
                        product.version_separator,
                        bool(product.display),
                    )
            for name in vendor.names:
                self.matcher.add(name, ("vendor", vendor.slug))
            for cue in vendor.anti_cues:
                self.matcher.add(cue, ("vendor_anti", vendor.slug))
            for product in vendor.product:
                index = len(self.products)
                self.products.append(
                    Product(
                        index=index,
                        slug=product.slug,
                        vendors=tuple(product.vendors or [vendor.slug]),
                        versioned=product.versioned or product.version_required,
                        version_required=product.version_required,
                        ambiguous=product.ambiguous,
                        context_confirms=product.context_confirms,
                        version_confirms=product.version_confirms,
                        video_context_required=product.video_context_required,
                    )
                )
                for alias in product.aliases:
                    toks = phrase_tokens(alias)
                    other = owners.get(toks)
                    if other is not None and other != product.slug:
                        raise ConfigError(
                            f"watchlist: alias {alias!r} belongs to both {other} and {product.slug}"
                        )
                    owners[toks] = product.slug
                    self.matcher.add(toks, ("alias", index))
                for model_id in product.model_ids:
                    self.matcher.add(model_id, ("model", index))
                for cue in product.cues:
                    self.matcher.add(cue, ("cue", index))
                for cue in product.anti_cues:
                    self.matcher.add(cue, ("anti", index))
            self.vendors[vendor.slug] = Vendor(
                slug=vendor.slug,
                ambiguous=vendor.ambiguous,
                video_only=vendor.video_only,
                product_slugs=tuple(dict.fromkeys(p.slug for p in vendor.product)),
            )
            for site in vendor.sites:
                owner = self._site_owners.setdefault(site, vendor.slug)
                if owner != vendor.slug:
                    raise ConfigError(f"watchlist: site {site!r} belongs to both {owner} and {vendor.slug}")
        for known in self.products:
            for slug in known.vendors:
                if slug not in self.vendors:
                    raise ConfigError(f"watchlist: product {known.slug} names unknown vendor {slug!r}")
        # Families whose alias is a single token may be glued to their version ("veo3", "ray2").
        self.versioned_prefixes: frozenset[str] = frozenset(
            toks[0]
            for toks in owners
            if len(toks) == 1 and any(p.versioned and p.slug == owners[toks] for p in self.products)
        )
        # Prefilter: an alias can only match when all its tokens are present. Each phrase is
        # filed under one distinctive token ("reel" for "Amazon Nova Reel"); an entry needs a
        # full scan only when some phrase's tokens are all among its words. Vendor names count
        # alone only for vendors that make nothing but video generators; other vendors
        # (Google, Meta ...) matter only next to video words.
        video_only_names = [name for vendor in spec.vendor if vendor.video_only for name in vendor.names]
        product_phrases = [
            phrase
            for vendor in spec.vendor
            for product in vendor.product
            for phrase in product.aliases + product.model_ids
        ]
        vendor_names = [name for vendor in spec.vendor for name in vendor.names]
        self.product_prefilter = _prefilter_index(product_phrases + video_only_names)
        self.vendor_prefilter = _prefilter_index(vendor_names)
        # The first gate: is any key word present at all? Keys are matched against plain
        # [a-z0-9]+ runs, so glued versions ("veo3", "ray2") are keys too.
        glued = {f"{prefix}{digit}" for prefix in self.versioned_prefixes for digit in range(10)}
        self.gate_keys: frozenset[str] = (
            frozenset(self.product_prefilter) | frozenset(self.vendor_prefilter) | glued
        )

    def site_owner(self, host: str) -> str | None:
        """The vendor whose own site ``host`` is ("help.runwayml.com" -> "runway"), else None.

        A community host on that site (community.openai.com) is the public writing: None."""
        host = host.lower().strip(".")
        labels: list[str] = []
        while host:
            owner = self._site_owners.get(host)
            if owner is not None:
                return None if self._community_hosts.intersection(labels) else owner
            label, _, host = host.partition(".")
            labels.append(label)
        return None

    def vendor_name(self, slug: str) -> str:
        """A vendor as people read it ("openai" -> "OpenAI"); a maker the watchlist does not
        know, from its slug ("deutsche-telekom" -> "Deutsche Telekom", "bbc" -> "BBC": a
        word of three letters or fewer reads as an acronym)."""
        known = self.vendor_names.get(slug)
        if known:
            return known
        return " ".join(word.upper() if len(word) <= 3 else word.capitalize() for word in slug.split("-"))

    def _product_parts(self, slug: str) -> tuple[str, str | None, str | None] | None:
        """A product slug as detections store it -> (family, version, variant): "veo-3.1-fast"
        -> ("veo", "3.1", "fast"); None when no family of the watchlist owns it."""
        if slug in self._product_names:
            return slug, None, None
        cut = len(slug)
        while (cut := slug.rfind("-", 0, cut)) > 0:
            family, rest = slug[:cut], slug[cut + 1 :].split("-")
            if family in self._product_names and len(rest) <= 2 and rest[0] and rest[0][0].isdigit():
                return family, rest[0], rest[1] if len(rest) == 2 else None
        return None

    def product_slug(self, text: str) -> str | None:
        """A product as people write it -> its slug: the slug itself, a family's or a
        version's name ("Sora 2" -> "sora-2", "Kling 2.5 (Kuaishou)" -> "kling-2.5"); None
        when no family of the watchlist owns it."""
        wanted = re.sub(r"\s*\([^)]*\)\s*$", "", text).strip().casefold()
        for slug in self.product_slugs:
            if wanted in (slug, self.product_name(slug).casefold()):
                return slug
        candidate = re.sub(r"\s+", "-", wanted)
        return candidate if self._product_parts(candidate) is not None else None

    def product_name(self, slug: str) -> str:
        """A product as people read it, version and variant included: "kling-2.5" -> "Kling 2.5",
        "veo-3.1-fast" -> "Veo 3.1 Fast", "gen-4" -> "Gen-4"; an unknown slug as it is."""
        parts = self._product_parts(slug)
        if parts is None:
            return slug
        family, version, variant = parts
        name, separator, _ = self._product_names[family]
        if version:
            name = f"{name}{separator}{version}"
        return f"{name} {variant.title()}" if variant else name

    def product_vendor(self, slug: str) -> str | None:
        """The vendor slug that makes a product (its first vendor), if the watchlist knows it."""
        parts = self._product_parts(slug)
        if parts is None:
            return None
        return next((p.vendors[0] for p in self.products if p.slug == parts[0]), None)

    def product_names(self, slugs: list[str]) -> list[str]:
        """Several products as people read them, each once."""
        return distinct_names([self.product_name(slug) for slug in slugs])

    def product_label(self, slug: str) -> str:
        """A product with its maker, unless its name says it already: "Kling 2.5 (Kuaishou)",
        "Runway Aleph"."""
        name = self.product_name(slug)
        vendor = self.product_vendor(slug)
        if vendor is None:
            return name
        maker = self.vendor_name(vendor)
        return name if maker.casefold() in name.casefold() else f"{name} ({maker})"

    def subject(self, vendors: list[str], products: list[str]) -> str:
        """What a story is about, as people read it: its products grouped by maker, then the
        vendors named without a product: "Sora 2, Sora 2 Pro (OpenAI)", "Veo 3 (Google), OpenAI"."""
        groups: dict[str | None, list[str]] = {}
        for slug in products:
            groups.setdefault(self.product_vendor(slug), []).append(self.product_name(slug))
        parts: list[str] = []
        for vendor, names in groups.items():
            maker = self.vendor_name(vendor) if vendor else None
            listed = ", ".join(distinct_names(names))
            if maker and not all(maker.casefold() in name.casefold() for name in names):
                listed = f"{listed} ({maker})"
            parts.append(listed)
        parts.extend(self.vendor_name(v) for v in vendors if v not in groups)
        return ", ".join(parts)

    @property
    def product_slugs(self) -> list[str]:
        return sorted({p.slug for p in self.products})

    @property
    def vendor_slugs(self) -> list[str]:
        return sorted(self.vendors)


# Words too common to tell entries apart; a phrase is filed under another of its tokens.
_COMMON = frozenset(
    [
        "the",
        "a",
        "an",
        "ai",
        "of",
        "and",
        "by",
        "for",
        "to",
        "google",
        "amazon",
        "meta",
        "microsoft",
        "adobe",
        "bing",
        "open",
        "stable",
        "video",
        "videos",
        "dream",
        "movie",
        "step",
        "act",
        "flow",
        "model",
        "api",
        "app",
        "lite",
        "pro",
        "fast",
        "one",
        "two",
        "make",
        "image",
        "technology",
        "virtual",
        "tv",
        "studio",
        "screen",
        "machine",
        "flash",
        "preview",
        "master",
        "director",
        "generate",
        "valley",
        "v1",
        "01",
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
    ]
)


def _key_token(toks: set[str]) -> str:
    """The most distinctive word: not a common one, and as long as possible."""
    return max(sorted(toks), key=lambda tok: (tok not in _COMMON and len(tok) > 1, len(tok) >= 3, len(tok)))


def _prefilter_index(phrases: list[str]) -> dict[str, tuple[frozenset[str], ...]]:
    """Phrases filed under a distinctive rough word (see :func:`feeds.detect.text.rough_words`)."""
    index: dict[str, list[frozenset[str]]] = {}
    for phrase in phrases:
        words = rough_words(phrase)
        if words:
            index.setdefault(_key_token(words), []).append(frozenset(words))
    return {key: tuple(needs) for key, needs in index.items()}


def any_phrase_within(index: dict[str, tuple[frozenset[str], ...]], words: set[str]) -> bool:
    """True when every token of some indexed phrase is in ``words``."""
    for key in words.intersection(index):
        for needed in index[key]:
            if needed <= words:
                return True
    return False


def bundled_taxonomy_path() -> Path:
    return Path(str(resources.files("seeds") / "watchlist.toml"))


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    return Taxonomy(read_data_file(path or bundled_taxonomy_path(), TaxonomyFile, "watchlist "))


@lru_cache(maxsize=1)
def bundled_taxonomy() -> Taxonomy:
    return load_taxonomy()


def distinct_names(names: list[str]) -> list[str]:
    """Names in order, each once; "Veo 4" and "Veo 4.0" in one story are one product."""
    unique = dict.fromkeys(names)
    return [name for name in unique if not (name.endswith(".0") and name[:-2] in unique)]

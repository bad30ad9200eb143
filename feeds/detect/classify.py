"""The detector: rules that turn (title, summary, language) into a Detection with reasons.

How a verdict is reached (each step adds a reason string):

0. Language. The entry's code is normalised ("en-US", "EN" -> "en"); an entry without one
   gets a guess (the ``identify`` callable, feeds.language by default). English always
   applies plus that language's lexicon; a language without a lexicon gets English only,
   so other languages' homographs ("report", "abandon" are French cues) stay out.
1. Subject. Product aliases and vendor names are found in one pass over the tokens
   (taxonomy.py). An *ambiguous* alias (Sora, Veo, Runway's "Gen", Pika ...) counts only
   when something confirms the AI-video meaning: one of its vendor's names, a product cue,
   an API model id, a version number right after it (``version_confirms``),
   video-generation context (``context_confirms``) or another vendor's AI-video product in
   the same entry ("Veo, Kling and Pika models"); an anti-cue (Kingdom Hearts, Veo Cam,
   PCIe ...) vetoes it unless a product cue is present. Without a product, a vendor named
   in the same sentence as video-generation context ("Meta's AI video editor ...") can be
   the subject (a video-only vendor in the title also by context in the summary's first
   sentence). Generic terms never fire alone: no product or vendor, no subject.
2. Event. Lexicon phrases per event type, in tiers: strong cues, weak cues ("announces",
   "unveils", "new") that decide only when no strong cue fired anywhere, and minor cues
   (comparatives: "cheaper", "moins cher") that decide only when nothing else did. An
   override phrase ("ends the waitlist", "sans code d'invitation", "inscriptions ...
   suspendues") is a strong cue of its own event and silences the cues inside it; a cue
   inside a dated background phrase ("launched on June 12, 2024") does not count. A host
   verb with the product as its object ("Google Vids gets Veo 3") is an availability cue
   unless the host is the product's own vendor or family. The title decides when it holds
   a strong cue (at summary weight when the subject is a vendor named only in the
   summary); otherwise the summary does, through the first sentence with a cue
   (preferring one that names the subject: a lede states the news, later sentences add
   prices, regions) - and a summary availability under a title that announces something
   new ("Google announces Veo 3.1" / "rolling out to Gemini") is that thing's launch.
   Within the deciding text the most specific event wins, by PRECEDENCE:
       shutdown > delay > waitlist > pricing > availability > launch
   ("launches … but pauses sign-ups" is a waitlist story; "launches credits" is pricing).
3. Genre. Reviews, guides, explainers, comparisons, reactions, opinion, speculation, legal
   stories, traction figures and marketing events lower the score (title hits much more
   than summary hits); a whole-title question with a genre sinks further; a title about
   image generation with no video product in it sinks the entry; funding news becomes
   event "other".
4. Score = subject + event + context - penalties, clamped to 0..1. Relevant when there is a
   subject, an event and the score reaches THRESHOLD. A false alert costs more than a late
   one, so summary-only evidence needs support (a cue next to the subject, video context,
   recency) to pass; a vendor-only subject gets nothing from a summary cue that is not in
   its sentence or the next.

Everything here is pure (the language guess aside, whose model loads once on first use):
no clock, no state between calls, safe to share between threads.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from feeds.detect.lexicon import LexiconSet, bundled_lexicons
from feeds.detect.phrases import Hit
from feeds.detect.taxonomy import Product, Taxonomy, any_phrase_within, bundled_taxonomy
from feeds.detect.text import fold, rough_bag
from feeds.language import short_lang
from feeds.models import Detection

PRECEDENCE: tuple[str, ...] = ("shutdown", "delay", "waitlist", "pricing", "availability", "launch")
THRESHOLD = 0.5
# Only the lede of a summary is read: news states the event first, and the rest of a long
# article body adds more unrelated cues than signal (and time).
LEDE_CHARS = 700

# Score parts. A product named in the title plus a strong event cue in the title is a sure
# thing; a product only in the summary with a summary-only event needs support.
SUBJECT_TITLE = 0.45
SUBJECT_SUMMARY = 0.30
SUBJECT_VENDOR_TITLE = 0.30
SUBJECT_VENDOR_SUMMARY = 0.20
EVENT_TITLE = 0.35
EVENT_SUMMARY = 0.15
EVENT_SUMMARY_NEAR = 0.22  # the cue's sentence names the subject
WEAK_TITLE = 0.25
WEAK_SUMMARY = 0.10
WEAK_SUMMARY_NEAR = 0.15
VIDEO_CONTEXT = 0.10
RECENCY = 0.05
OFFICIAL = 0.05
IMAGE_ONLY_TITLE = 0.60
QUESTION_TITLE = 0.15  # "Who can reap the benefits of AI video?" is analysis, rarely news

# Penalty per genre found in the title. Formats that are never announcements (reviews,
# guides, comparisons) weigh most; topical genres (legal, analysis) often wrap real news.
GENRE_TITLE_PENALTY: dict[str, float] = {
    "review": 0.30,
    "guide": 0.30,
    "explainer": 0.30,
    "comparison": 0.30,
    "reaction": 0.30,
    "event_marketing": 0.30,
    "traction": 0.30,
    "speculation": 0.25,
    "retrospective": 0.25,
    "analysis": 0.20,
    "opinion": 0.20,
    "legal": 0.15,
}
GENRE_TITLE_CAP = 0.45
# In the summary only the formats count: topics are ordinary context there.
SUMMARY_GENRES: tuple[str, ...] = ("review", "guide", "explainer", "comparison")
GENRE_SUMMARY = 0.10
GENRE_SUMMARY_CAP = 0.15

_TOKEN = re.compile(
    r"[a-z0-9]+(?:\.[0-9]+)*|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[^\W\d_]+"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？])\s+|\s*\.\.\.\s*|\s*…\s*")
_VERSION = re.compile(r"^v?(0?[0-9](?:\.[0-9]{1,2})?)$")
_VARIANTS = frozenset(
    {
        "turbo",
        "pro",
        "fast",
        "lite",
        "flash",
        "alpha",
        "mini",
        "max",
        "director",
        "master",
        "preview",
    }
)
# Verbs that put a product in a host's hands when the product is their object: "Google Vids
# gets Veo 3", "Adobe Firefly app adds Veo 3 and Kling 2.1" (a new platform: availability).
HOST_VERBS = frozenset(
    [
        "gets",
        "adds",
        "integrates",
        "welcomes",
        "adopts",
        "taps",
        "offers",
        "supports",
        "brings",
        "accueille",
        "adopte",
    ]
)
# Words allowed between such a verb and the product ("adds support for the new Veo 3").
_HOST_FILLER = frozenset(["the", "its", "a", "s", "new", "latest", "support", "for", "le", "la", "l"])
# Words without which no vendor-only subject can exist (every video-context phrase has one).
VIDEO_WORDS = frozenset(
    [
        "video",
        "videos",
        "clip",
        "clips",
        "film",
        "films",
        "movie",
        "movies",
        "footage",
        "filmmaking",
        "filmmaker",
        "cinematic",
        "cinematique",
        "cinematographique",
        "animate",
        "animates",
        "animated",
        "animating",
        "animation",
        "animees",
        "metrage",
        "metrages",
        # Pieces of accented words in unfolded text: "vidéo" -> "vid", "o"; "animées" ->
        # "anim", "es"; "métrage" -> "m", "trage".
        "vid",
        "anim",
        "trage",
        "txt2vid",
        "img2vid",
        "视",
        "频",
        "動",
        "画",
        "映",
        "像",
        "비",
        "디",
        "오",
        "영",
        "상",
        "فيديو",
        "الفيديو",
        "مقاطع",
    ]
)

_WORD = re.compile(r"[a-z0-9]+")
_CLAUSE_BREAK = re.compile(r"\s[:|\u2013\u2014-]\s|:\s")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@dataclass(slots=True)
class _Text:
    """One field (title or summary) prepared once: folded text, tokens, sentences, hits."""

    folded: str
    toks: list[str]
    tok_sentence: list[int]  # sentence index of each token
    sentence_starts: list[int]
    hits: list[Hit] = field(default_factory=list)

    def sentence_at(self, char: int) -> int:
        return bisect.bisect_right(self.sentence_starts, char) - 1

    def sentence_of_token(self, index: int) -> int:
        return self.tok_sentence[index]


@dataclass(frozen=True, slots=True)
class _Mention:
    product: Product
    slug: str
    in_title: bool
    why: str  # how an ambiguous alias was confirmed, or "" when unambiguous
    start: int = 0  # token index in its field


@dataclass(frozen=True, slots=True)
class _Cue:
    event: str
    text: str
    sentence: int


_NOT_RELEVANT = Detection(
    relevant=False, score=0.0, vendors=[], products=[], event="none", api=False, reasons=[]
)


class Detector:
    """Build once (it compiles the seeds), then call :meth:`classify` from any thread."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        lexicons: LexiconSet,
        identify: Callable[[str], str | None] | None = None,
    ) -> None:
        """``identify`` guesses the language of an entry that declares none (None: every
        lexicon applies to such entries)."""
        self.taxonomy = taxonomy
        self.lexicons = lexicons
        self._identify = identify
        self._first_tokens = frozenset(taxonomy.matcher.first_tokens())
        prefixes = sorted(taxonomy.versioned_prefixes, key=len, reverse=True)
        # "veo3.1" -> "veo 3.1" before tokenising, in one regex pass.
        self._glued = (
            re.compile(
                rf"(?<![a-z0-9])({'|'.join(map(re.escape, prefixes))})v?(0?[0-9](?:\.[0-9]{{1,2}})?)(?![a-z0-9])"
            )
            if prefixes
            else None
        )

    # -- preparation ----------------------------------------------------------------------
    def _is_candidate(self, text: str) -> bool:
        """Cheap test on lowercased text: could any rule fire? Most tech news names no video
        product and no vendor, so this usually costs one ``findall`` and one set test."""
        taxonomy = self.taxonomy
        words = _WORD.findall(text)
        if not text.isascii():
            words += _CJK_CHAR.findall(text)
        if taxonomy.gate_keys.isdisjoint(words):
            return False
        bag = rough_bag(words)
        if any_phrase_within(taxonomy.product_prefilter, bag):
            return True
        # Vendors (Google, Meta ...) only matter next to video words.
        return not VIDEO_WORDS.isdisjoint(bag) and any_phrase_within(taxonomy.vendor_prefilter, bag)

    def _prepare(self, text: str) -> _Text:
        folded = fold(text)
        if self._glued is not None:
            folded = self._glued.sub(r"\1 \2", folded)
        sentence_starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(folded)]
        toks: list[str] = []
        tok_sentence: list[int] = []
        ends = sentence_starts[1:] + [len(folded)]
        for index, (start, end) in enumerate(zip(sentence_starts, ends, strict=True)):
            found = _TOKEN.findall(folded, start, end)
            toks.extend(found)
            tok_sentence.extend([index] * len(found))
        prepared = _Text(folded, toks, tok_sentence, sentence_starts)
        if not self._first_tokens.isdisjoint(toks):
            prepared.hits = self.taxonomy.matcher.scan(toks)
        return prepared

    # -- main -----------------------------------------------------------------------------
    def classify(
        self,
        title: str,
        summary: str = "",
        lang: str | None = None,
        link: str | None = None,
        *,
        official: bool = False,
    ) -> Detection:
        """The verdict on one entry. ``link`` is accepted for the contract; rules ignore it."""
        title = title or ""
        summary = (summary or "")[:LEDE_CHARS]
        if not self._is_candidate(f"{title}\n{summary}".lower()):
            return _NOT_RELEVANT
        head = self._prepare(title)
        body = self._prepare(summary)
        if not head.hits and not body.hits:
            return _NOT_RELEVANT
        langs = self._languages(lang, title, summary)
        lex = self.lexicons
        reasons: list[str] = []

        labels = {hit.label for hit in head.hits} | {hit.label for hit in body.hits}
        named_vendors = {label[1] for label in labels if label[0] == "vendor"}
        video_head = lex.find("context.video", langs, head.folded)
        video_body = lex.find("context.video", langs, body.folded)
        video_any = (video_head or video_body)[0].group(0) if (video_head or video_body) else None

        mentions, vetoed, model_id_named = self._products(head, body, labels, named_vendors, video_any)
        reasons.extend(vetoed)

        subject_score, vendors, products = self._subject(
            head, body, mentions, named_vendors, video_head, video_body, reasons
        )
        if not vendors:
            funded = self._funded_vendor(head, langs)
            if funded:
                return Detection(
                    relevant=False,
                    score=0.0,
                    vendors=[funded[0]],
                    products=[],
                    event="other",
                    api=False,
                    reasons=[*reasons, f"vendor:{funded[0]}", f'funding ("{funded[1]}")'],
                )
            return Detection(
                relevant=False,
                score=0.0,
                vendors=[],
                products=[],
                event="none",
                api=False,
                reasons=reasons or ["no AI-video product or vendor confirmed"],
            )
        reasons.extend(f"vendor:{vendor}" for vendor in vendors)
        # A vendor-only subject found in the summary: the title may be about something else
        # ("Instagram launches Edits" over "Meta's new app includes AI video features").
        title_names_subject = bool(mentions) or any(
            hit.label[0] == "vendor" and hit.label[1] in vendors for hit in head.hits
        )

        event, event_score, event_reason, title_decided = self._event(
            head, body, mentions, vendors, langs, title_names_subject
        )
        if event_reason:
            reasons.append(event_reason)

        score = subject_score + event_score
        if video_any:
            score += VIDEO_CONTEXT
            reasons.append(f'context:video ("{video_any}")')
        api = model_id_named or bool(
            lex.first("context.api", langs, head.folded) or lex.first("context.api", langs, body.folded)
        )
        if api:
            reasons.append("context:api")
        if official:
            score += OFFICIAL
            reasons.append("source:official")
        score -= self._genre_penalty(head, body, title, title_decided, langs, reasons)

        image_only = lex.first("context.image_only", langs, head.folded)
        if image_only and not any(m.in_title for m in mentions) and not video_head:
            score -= IMAGE_ONLY_TITLE
            reasons.append(f'negative:image-generation ("{image_only}")')

        score = round(max(0.0, min(1.0, score)), 2)
        funding = lex.first("genres.funding", langs, head.folded)
        if funding and not (title_decided and event != "launch"):
            reasons.append(f'funding ("{funding}")')
            return Detection(
                relevant=False,
                score=min(score, 0.3),
                vendors=vendors,
                products=products,
                event="other",
                api=api,
                reasons=reasons,
            )
        relevant = event != "none" and score >= THRESHOLD
        if not relevant and event != "none":
            reasons.append(f"below threshold ({score:.2f} < {THRESHOLD})")
        return Detection(
            relevant=relevant,
            score=score,
            vendors=vendors,
            products=products,
            event=event if relevant else "none",  # type: ignore[arg-type]
            api=api,
            reasons=reasons,
        )

    def _languages(self, lang: str | None, title: str, summary: str) -> tuple[str, ...]:
        """Lexicons for this entry: its declared language, else a guess, else all of them."""
        code = short_lang(lang)
        if code is None and self._identify is not None:
            code = self._identify(f"{title}. {summary}")
        return self.lexicons.languages_for(code)

    def _funded_vendor(self, head: _Text, langs: tuple[str, ...]) -> tuple[str, str] | None:
        """(vendor, cue) for a funding headline naming a video-only vendor whose name is
        ambiguous alone ("Runway raises $308M ..."): event "other", never an alert."""
        if not any(char.isdigit() for char in head.folded):
            return None
        funding = self.lexicons.first("genres.funding", langs, head.folded)
        if not funding:
            return None
        for hit in head.hits:
            if hit.label[0] == "vendor" and self.taxonomy.vendors[hit.label[1]].video_only:
                return hit.label[1], funding
        return None

    # -- subject --------------------------------------------------------------------------
    def _products(
        self,
        head: _Text,
        body: _Text,
        labels: set,
        named_vendors: set[str],
        video_context: str | None,
    ) -> tuple[list[_Mention], list[str], bool]:
        """Confirmed product mentions (title first), veto reasons, and whether a model id was named."""
        mentions: list[_Mention] = []
        vetoed: list[str] = []
        model_id_named = False
        model_products = {label[1] for label in labels if label[0] == "model"}
        # Vendors proven by an unambiguous product also confirm that vendor's ambiguous ones.
        sure_vendors = {
            vendor
            for prepared in (head, body)
            for hit in prepared.hits
            if hit.label[0] == "alias" and not self.taxonomy.products[hit.label[1]].ambiguous
            for vendor in self.taxonomy.products[hit.label[1]].vendors
        }
        named = {
            self.taxonomy.products[hit.label[1]].slug: self.taxonomy.products[hit.label[1]]
            for prepared in (head, body)
            for hit in prepared.hits
            if hit.label[0] == "alias"
        }
        for in_title, prepared in ((True, head), (False, body)):
            covered_until = -1
            # At one position an alias wins over a model id ("Sora 2" is the product, read
            # with its version); a model id counts where it runs past ("veo-3.0-generate-001").
            candidates = sorted(
                (h for h in prepared.hits if h.label[0] in ("alias", "model")),
                key=lambda h: (h.start, h.label[0] != "alias", -(h.end - h.start)),
            )
            for hit in candidates:
                if hit.start < covered_until:
                    model_id_named = model_id_named or (hit.label[0] == "model" and hit.end > covered_until)
                    continue
                product = self.taxonomy.products[hit.label[1]]
                model_id_named = model_id_named or hit.label[0] == "model"
                version, variant, end = _read_version(prepared.toks, hit.end)
                if product.version_required and version is None and hit.label[0] != "model":
                    continue
                covered_until = max(end, hit.end)
                why = ""
                if product.ambiguous and hit.label[0] != "model":
                    why = self._confirmation(
                        product, version, labels, named_vendors, sure_vendors, model_products, video_context
                    ) or _peer_confirmation(product, named.values())
                    if not why:
                        anti = ("anti", product.index) in labels
                        vetoed.append(
                            f"ambiguous:{product.slug} ({'other meaning' if anti else 'no confirming context'})"
                        )
                        continue
                slug = product.slug
                if version and product.versioned:
                    slug = f"{slug}-{version}" + (f"-{variant}" if variant else "")
                mentions.append(_Mention(product, slug, in_title, why, hit.start))
        return mentions, vetoed, model_id_named

    def _confirmation(
        self,
        product: Product,
        version: str | None,
        labels: set,
        named_vendors: set[str],
        sure_vendors: set[str],
        model_products: set[int],
        video_context: str | None,
    ) -> str:
        """How an ambiguous alias is confirmed, or "" when it is not."""
        vendor_named = next((v for v in product.vendors if v in named_vendors), None)
        cue = ("cue", product.index) in labels or product.index in model_products
        if product.video_context_required and not video_context:
            return ""
        if (
            ("anti", product.index) in labels
            and not cue
            and (product.video_context_required or not vendor_named)
        ):
            return ""
        if vendor_named:
            return f"vendor {vendor_named}"
        if any(v in sure_vendors for v in product.vendors):
            return "sibling product"
        if cue:
            return "cue"
        if version and product.version_confirms:
            return "version"
        if video_context and product.context_confirms:
            return "video context"
        return ""

    def _subject(
        self,
        head: _Text,
        body: _Text,
        mentions: list[_Mention],
        named_vendors: set[str],
        video_head: list[re.Match[str]],
        video_body: list[re.Match[str]],
        reasons: list[str],
    ) -> tuple[float, list[str], list[str]]:
        """(subject score, vendors, products): products first, else a vendor beside video context."""
        vendors: list[str] = []
        products: list[str] = []
        score = 0.0
        for mention in mentions:
            vendors.extend(v for v in mention.product.vendors if v not in vendors)
            if mention.slug not in products:
                products.append(mention.slug)
                where = "title" if mention.in_title else "summary"
                reasons.append(f"product:{mention.slug} ({where}{', ' + mention.why if mention.why else ''})")
            score = max(score, SUBJECT_TITLE if mention.in_title else SUBJECT_SUMMARY)
        if mentions:
            # Other video vendors named in the title are part of the story too.
            for hit in head.hits:
                slug = hit.label[1] if hit.label[0] == "vendor" else None
                if (
                    slug
                    and slug not in vendors
                    and self.taxonomy.vendors[slug].product_slugs
                    and not self.taxonomy.vendors[slug].ambiguous
                ):
                    vendors.append(slug)
            return score, vendors, products
        # No product: a vendor counts when video-generation context is in its sentence or the
        # next ("Midjourney ... . It launches its first video model") - or, for vendors that
        # make nothing but video generators, on its own.
        lede_context = any(body.sentence_at(m.start()) == 0 for m in video_body)
        for prepared, context, weight in (
            (head, video_head, SUBJECT_VENDOR_TITLE),
            (body, video_body, SUBJECT_VENDOR_SUMMARY),
        ):
            context_sentences = {prepared.sentence_at(m.start()) for m in context}
            # The summary's first sentence continues the title ("Runway cuts its prices" /
            # "The AI video startup ..."): enough for a vendor that makes only video models.
            continued = prepared is head and lede_context
            for hit in prepared.hits:
                slug = hit.label[1]
                if hit.label[0] != "vendor" or slug in vendors:
                    continue
                vendor = self.taxonomy.vendors[slug]
                sentence = prepared.sentence_of_token(hit.start)
                if (
                    (continued and vendor.video_only)
                    or {sentence, sentence + 1} & context_sentences
                    or (vendor.video_only and not vendor.ambiguous)
                ):
                    vendors.append(slug)
                    score = max(score, weight)
        if vendors:
            context = video_head or video_body
            reasons.append(
                f"vendor-only:{','.join(vendors)}" + (f' ("{context[0].group(0)}")' if context else "")
            )
        return score, vendors, products

    # -- event ----------------------------------------------------------------------------
    def _matches(
        self, section: str, langs: tuple[str, ...], prepared: _Text
    ) -> list[tuple[str, re.Match[str]]]:
        """(event, match) for every event of one lexicon section that has phrases."""
        lex = self.lexicons
        return [
            (event, match)
            for event in PRECEDENCE
            for match in lex.find(f"{section}.{event}", langs, prepared.folded)
        ]

    def _cues(
        self,
        section: str,
        langs: tuple[str, ...],
        prepared: _Text,
        skip: list[tuple[int, int]],
    ) -> list[_Cue]:
        """Event cues of one section, minus those inside ``skip`` spans."""
        return _outside(self._matches(section, langs, prepared), skip, prepared)

    def _strong_cues(
        self, langs: tuple[str, ...], prepared: _Text
    ) -> tuple[list[_Cue], list[tuple[int, int]]]:
        """(strong cues, spans silencing other cues) of one field. An override ("ends the
        waitlist", "sans code d'invitation", "inscriptions ... suspendues") is a strong cue of
        its own event and silences every cue inside it; nothing inside a dated background
        phrase counts."""
        background = [m.span() for m in self.lexicons.find("context.background", langs, prepared.folded)]
        overrides = self._matches("overrides", langs, prepared)
        skip = background + [match.span() for _event, match in overrides]
        strong = _outside(overrides, background, prepared) + self._cues("events", langs, prepared, skip)
        return strong, skip

    def _weak_cues(
        self, langs: tuple[str, ...], prepared: _Text, skip: list[tuple[int, int]]
    ) -> tuple[list[_Cue], list[_Cue]]:
        """(weak, minor) cues of one field; "cher" (weak) inside "moins cher" (minor) is the
        comparative, not a price."""
        minor = self._matches("minor_events", langs, prepared)
        weak = self._cues("weak_events", langs, prepared, skip + [match.span() for _event, match in minor])
        return weak, _outside(minor, skip, prepared)

    def _host_cue(self, head: _Text, mentions: list[_Mention]) -> _Cue | None:
        """A host verb before the product ("Google Vids gets Veo 3", "app adds Veo 3"): the
        product arrives on a new platform.
        Not when the subject is the product's own vendor ("Runway adds Gen-4 References")
        or another of its products ("Dream Machine gets Ray2"): those are launches."""
        toks = head.toks
        for mention in mentions:
            if not mention.in_title:
                continue
            verb = mention.start - 1
            while verb > 0 and (toks[verb] in _HOST_FILLER or self._vendor_token(head, verb, mention)):
                verb -= 1
            if verb < 1 or toks[verb] not in HOST_VERBS:
                continue
            if self._vendor_token(head, verb - 1, mention) or any(
                hit.label[0] == "alias"
                and hit.start < verb
                and set(self.taxonomy.products[hit.label[1]].vendors) & set(mention.product.vendors)
                for hit in head.hits
            ):
                continue
            return _Cue("availability", " ".join(toks[verb : mention.start + 1]), 0)
        return None

    @staticmethod
    def _vendor_token(prepared: _Text, index: int, mention: _Mention) -> bool:
        """Whether token ``index`` is part of a name of one of the mentioned product's vendors."""
        return any(
            hit.label[0] == "vendor"
            and hit.label[1] in mention.product.vendors
            and hit.start <= index < hit.end
            for hit in prepared.hits
        )

    def _event(
        self,
        head: _Text,
        body: _Text,
        mentions: list[_Mention],
        vendors: list[str],
        langs: tuple[str, ...],
        title_names_subject: bool = True,
    ) -> tuple[str, float, str, bool]:
        """(event, score part, reason, decided by a strong title cue)."""
        title_cues, title_skip = self._strong_cues(langs, head)
        host = self._host_cue(head, mentions)
        if host is not None:
            title_cues.append(host)
        if title_cues:
            cue = _most_specific(title_cues)
            if not title_names_subject:
                return cue.event, EVENT_SUMMARY, f'event:{cue.event} ("{cue.text}", subject in summary)', True
            return cue.event, EVENT_TITLE, f'event:{cue.event} ("{cue.text}")', True

        near = self._subject_sentences(body, vendors)
        body_cues, body_skip = self._strong_cues(langs, body)
        if body_cues:
            sentence = _lead_sentence(body_cues, near)
            cue = _most_specific([c for c in body_cues if c.sentence == sentence])
            recent = any(
                body.sentence_at(m.start()) == sentence
                for m in self.lexicons.find("context.recency", langs, body.folded)
            )
            weight = (EVENT_SUMMARY_NEAR if sentence in near else EVENT_SUMMARY) + (
                RECENCY if recent else 0.0
            )
            if not mentions and not {sentence, sentence - 1} & near:
                # A vendor-only subject needs its event in its sentence or the next ("It
                # launches ..."): "Google's video AI ..." / "The research model is not
                # available to the public" is not news about Google.
                weight = 0.0
            announced = (
                self.lexicons.first("context.announcement", langs, head.folded)
                if cue.event == "availability"
                else None
            )
            if announced:
                # "Google announces Veo 3.1" over "... rolling out to Gemini and Vertex AI":
                # where a newly announced thing ships is part of its launch.
                return "launch", weight, f'event:launch ("{announced}", weak, "{cue.text}" in summary)', False
            return cue.event, weight, f'event:{cue.event} ("{cue.text}", summary)', False

        weak_title, minor_title = self._weak_cues(langs, head, title_skip)
        weak_body, minor_body = self._weak_cues(langs, body, body_skip)
        # Comparatives ("faster and cheaper") count only when no other cue did.
        if not weak_title and not weak_body:
            weak_title, weak_body = minor_title, minor_body
        if weak_title:
            cue = _most_specific(weak_title)
            return cue.event, WEAK_TITLE, f'event:{cue.event} ("{cue.text}", weak)', False
        if weak_body:
            sentence = _lead_sentence(weak_body, near)
            cue = _most_specific([c for c in weak_body if c.sentence == sentence])
            weight = WEAK_SUMMARY_NEAR if sentence in near else WEAK_SUMMARY
            return cue.event, weight, f'event:{cue.event} ("{cue.text}", weak, summary)', False
        return "none", 0.0, "", False

    def _subject_sentences(self, prepared: _Text, vendors: list[str]) -> set[int]:
        """Sentences of the summary that name a product or one of the subject's vendors."""
        wanted = set(vendors)
        return {
            prepared.sentence_of_token(hit.start)
            for hit in prepared.hits
            if hit.label[0] in ("alias", "model") or (hit.label[0] == "vendor" and hit.label[1] in wanted)
        }

    def _genre_penalty(
        self,
        head: _Text,
        body: _Text,
        title: str,
        title_decided: bool,
        langs: tuple[str, ...],
        reasons: list[str],
    ) -> float:
        lex = self.lexicons
        title_penalty = 0.0
        for genre, weight in GENRE_TITLE_PENALTY.items():
            found = lex.first(f"genres.{genre}", langs, head.folded)
            if found:
                title_penalty += weight
                reasons.append(f'genre:{genre} ("{found}", -{weight:.2f})')
        # A question is rarely news; a whole-title question with a genre ("Is Sora 2 worth
        # $200 a month?") never ("Sora arrives in France: is it any good?" states news first).
        if title.rstrip().endswith("?") and (
            not title_decided or (title_penalty and not _CLAUSE_BREAK.search(title))
        ):
            title_penalty += QUESTION_TITLE
            reasons.append(f"genre:question (-{QUESTION_TITLE:.2f})")
        summary_penalty = 0.0
        for genre in SUMMARY_GENRES:
            found = lex.first(f"genres.{genre}", langs, body.folded)
            if found:
                summary_penalty += GENRE_SUMMARY
                reasons.append(f'genre:{genre} ("{found}" in summary, -{GENRE_SUMMARY:.2f})')
        return min(title_penalty, GENRE_TITLE_CAP) + min(summary_penalty, GENRE_SUMMARY_CAP)


def _confirmable(product: Product) -> bool:
    """Names that need no help (unambiguous) or that are AI-video brands once anything
    video-like is around them (not the Flows and Fireflies that also name other things)."""
    return not product.ambiguous or (
        (product.context_confirms or product.version_confirms) and not product.video_context_required
    )


def _peer_confirmation(product: Product, named: object) -> str:
    """Another vendor's AI-video product in the same entry confirms an ambiguous name:
    "Firefly app with Veo, Kling and Runway models" is about video models."""
    if not _confirmable(product):
        return ""
    for other in named:  # type: ignore[attr-defined]
        if (
            other.slug != product.slug
            and not set(other.vendors) & set(product.vendors)
            and _confirmable(other)
        ):
            return f"with {other.slug}"
    return ""


def _outside(
    matches: list[tuple[str, re.Match[str]]], skip: list[tuple[int, int]], prepared: _Text
) -> list[_Cue]:
    """Cues from matches that do not lie inside one of the ``skip`` spans."""
    cues = []
    for event, match in matches:
        start, end = match.span()
        if not any(b0 <= start and end <= b1 for b0, b1 in skip):
            cues.append(_Cue(event, match.group(0), prepared.sentence_at(start)))
    return cues


def _most_specific(cues: list[_Cue]) -> _Cue:
    return min(cues, key=lambda cue: PRECEDENCE.index(cue.event))


def _lead_sentence(cues: list[_Cue], near: set[int]) -> int:
    """The first sentence with a cue that names the subject, else the first with a cue."""
    sentences = sorted({cue.sentence for cue in cues})
    return next((s for s in sentences if s in near), sentences[0])


def _read_version(toks: list[str], index: int) -> tuple[str | None, str | None, int]:
    """A version number (and variant word) right after an alias: "Veo 3.1 Fast" -> ("3.1", "fast")."""
    if index < len(toks):
        match = _VERSION.match(toks[index])
        if match:
            index += 1
            variant = None
            if index < len(toks) and toks[index] in _VARIANTS:
                variant = toks[index]
                index += 1
            return match.group(1), variant, index
    return None, None, index


@lru_cache(maxsize=1)
def default_detector() -> Detector:
    """The detector built from the bundled seeds, built on first use (once per process).
    Entries without a language get one from feeds.language (its model loads on first need)."""
    from feeds.language import identify

    return Detector(bundled_taxonomy(), bundled_lexicons(), identify)

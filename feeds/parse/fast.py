"""The fast path: fastfeedparser (lxml), shaped like feedparser's output.

feedparser stays the reference: :func:`feeds.parse.reference.parse_feed` uses this first and falls
back to feedparser for anything it rejects or finds nothing in. The shape returned here is
exactly what the shared normalisation reads from feedparser (``id``, ``link``, ``links``,
``title``, ``summary``, ``content``, ``published_parsed``/``updated_parsed``), so an entry's
identity and text are the same whichever parser read it (tests/test_parse_equivalence.py).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import unescape
from typing import Any
from xml.parsers import expat

log = logging.getLogger(__name__)

try:  # optional at import time so the core still works (more slowly) without it
    import fastfeedparser
except ImportError:  # pragma: no cover - the dependency is declared in pyproject.toml
    fastfeedparser = None


def available() -> bool:
    return fastfeedparser is not None


class Unsupported(Exception):
    """The fast parser declined this document; use feedparser."""


_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)""")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._-]+)", re.I)
_UTF8 = {"utf-8", "utf8"}


# Single-byte encodings read the same by feedparser and here, once bytes 0x80-0x9f (where
# ISO-8859-1 and windows-1252 differ) are ruled out.
_TRANSCODABLE = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "cp1252": "cp1252",
    "iso-8859-15": "iso-8859-15",
    "windows-1252": "windows-1252",
}
_C1_REFERENCE = re.compile(rb"&#(?:12[89]|1[3-5][0-9]|[xX]0*[89][0-9a-fA-F]);")
_C1_BYTE = re.compile(rb"[\x80-\x9f]")


def _as_utf8(content: bytes, content_type: str | None) -> bytes | None:
    """The document as UTF-8 when its encoding is unambiguous, else None (feedparser's rules
    for conflicting HTTP and XML encodings, and its fallbacks for broken bytes, are the
    reference, and reproducing them is not worth the risk)."""
    http = m.group(1).lower() if content_type and (m := _CHARSET.search(content_type)) else None
    body = content.removeprefix(b"\xef\xbb\xbf")
    match = _DECLARED.match(body[:200])
    declared = match.group(1).decode().lower() if match else None
    if http and declared and http != declared and not (http in _UTF8 and declared in _UTF8):
        return None
    encoding = http or declared or "utf-8"
    if b"\x00" in body:
        return None  # UTF-16/32 without a byte order mark (NUL is never valid in XML)
    if _C1_REFERENCE.search(body):
        return None  # feedparser reads &#128;-&#159; as windows-1252 (HTML rules), lxml does not
    if encoding in _UTF8:
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return body
    codec = _TRANSCODABLE.get(encoding)
    if codec is None or match is None:
        return None
    if codec != encoding and _C1_BYTE.search(body):
        return None  # 0x80-0x9f mean different things in ISO-8859-1 and windows-1252
    start, end = match.span(1)
    return (body[:start] + b"utf-8" + body[end:]).decode(codec).encode("utf-8")


def fast_parse(
    content: bytes, content_type: str | None = None
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(entries, feed info) in feedparser's shape, or :class:`Unsupported`.

    Only bytes are ever passed: given a string that looks like a URL, fastfeedparser would
    fetch it itself, outside the SSRF guard.
    """
    if fastfeedparser is None or not isinstance(content, bytes | bytearray):
        raise Unsupported("fastfeedparser is not installed")
    content = bytes(content)
    head = content[:1024].lstrip()
    if head[:1] in (b"{", b"["):
        raise Unsupported("JSON Feed: feedparser reads it")
    utf8 = _as_utf8(content, content_type)
    if utf8 is None:
        raise Unsupported("no unambiguous encoding")
    content = utf8
    for marker, why in _DECLINE_MARKERS:
        if marker in content:
            raise Unsupported(why)
    if _foreign_core_name(content):
        raise Unsupported("an extension element named like a core one")
    # One pass counts every start tag the checks below ask about (a scan per question cost
    # more than the fast parse itself).
    census = Counter(_CENSUS.findall(content))
    atom = census[b"entry"] > 0
    if atom and _LINK_WITHOUT_HREF.search(content):
        raise Unsupported("an Atom link without href")
    if not _well_formed(content):
        raise Unsupported("not well-formed XML: feedparser's loose parser reads it")
    media = _media_namespace(content)
    with_enclosures = b"<enclosure" in content or _ENCLOSURE_REL.search(content) is not None
    if b":enclosure" in content and _PREFIXED_ENCLOSURE.search(content):
        raise Unsupported("an enclosure element under a prefix")
    try:
        # Without content blobs the descriptions are the feed's own, never synthesised from
        # the content (feedparser only falls back to the content when there is no summary).
        plain = fastfeedparser.parse(
            content,
            include_content=False,
            include_tags=False,
            include_media=media,
            include_enclosures=with_enclosures,
        )
    except Exception as exc:  # anything: the reference parser decides what the error is
        raise Unsupported(f"{type(exc).__name__}: {exc}") from None
    raw_entries = list(plain.get("entries") or [])
    if not raw_entries:
        raise Unsupported("no entries")
    rdf = census[b"rdf:RDF"] > 0
    ids_from_about = _one_per_entry(_RDF_ABOUT, content, len(raw_entries), "rdf:about") if rdf else None
    keep_ids = rdf or _ids_are_the_feeds_own(census, len(raw_entries))
    orig_links = (
        _one_per_entry(_ORIG_LINK, content, len(raw_entries), "feedburner:origLink")
        if b"origLink" in content
        else None
    )

    def has(markers: tuple[bytes, ...]) -> bool:
        return any(census[marker] for marker in markers)

    if not atom and census[b"link>"] + census[b"link "] < len(raw_entries) + 1:
        # fastfeedparser fills a missing RSS <link> from the guid even when it is not a
        # permalink; feedparser does not.
        raise Unsupported("items without a <link>")
    with_content = None
    entries: list[dict[str, Any]] = []
    for index, raw in enumerate(raw_entries):
        summary = raw.get("description")
        content_list: list[dict[str, Any]] = []
        if not summary:
            if with_content is None:
                with_content = _parse_with_content(content, len(raw_entries))
            full = with_content[index]
            content_list = [
                {"value": c.get("value")} for c in (full.get("content") or []) if isinstance(c, dict)
            ]
        link = orig_links[index] if orig_links else _alternate_link(raw, atom)
        if not link:
            # feedparser turns a permalink guid into the link; which guid is one is not exposed.
            raise Unsupported("an entry without a link")
        if not raw.get("title") and has(_ALT_TITLE):
            raise Unsupported("an entry titled by an extension element")
        if not summary and has(_ALT_SUMMARY):
            raise Unsupported("an entry summarised by an extension element")
        if not (raw.get("published") or raw.get("updated")) and has(_ALT_DATE):
            raise Unsupported("an entry dated by an extension element")
        entries.append(
            {
                "id": ids_from_about[index] if ids_from_about else raw.get("id") if keep_ids else None,
                "link": link,
                "title": raw.get("title"),
                "summary": summary,
                "content": content_list,
                "published_parsed": _struct(raw.get("published")),
                "updated_parsed": _struct(raw.get("updated")),
            }
        )
    if media or with_enclosures:
        for entry, raw, item in zip(entries, raw_entries, _media_by_item(content, len(entries)), strict=True):
            entry.update(_media(raw, item))
        if b"xml:base" in content and any(entry["enclosures"] for entry in entries):
            raise Unsupported("enclosure links under xml:base: feedparser resolves them")
    feed = plain.get("feed") or {}
    info = {"title": feed.get("title"), "link": feed.get("link"), "language": _language(content)}
    return entries, info


# Media RSS, as both parsers must read it: only under the prefix ``media`` bound to the
# canonical namespace (the element counts below are by prefix; feedparser also reads the old
# namespace without the slash, and an unknown namespace under the prefix ``media``).
_MRSS_BINDING = re.compile(rb"""xmlns:media\s*=\s*["']http://search\.yahoo\.com/mrss/["']""")
_ANY_MEDIA_BINDING = re.compile(rb"xmlns:media\s*=")
_ITEM_START = re.compile(rb"<(?:item|entry)[\s>]")
_ENCLOSURE_REL = re.compile(rb"""rel\s*=\s*["']\s*enclosure""")
_PREFIXED_ENCLOSURE = re.compile(rb"<[\w.-]+:enclosure[\s/>]")


def _media_namespace(content: bytes) -> bool:
    """Whether the document has Media RSS, or :class:`Unsupported` when it is written in a way
    the two parsers might read differently."""
    mrss = content.count(b"search.yahoo.com/mrss")
    if not mrss and b"<media:" not in content:
        return False
    bound = len(_MRSS_BINDING.findall(content))
    if not bound or bound != mrss or bound != len(_ANY_MEDIA_BINDING.findall(content)):
        raise Unsupported("Media RSS outside the prefix media")
    return True


# The media elements of an item, as written (an element's attributes cannot hold ``>`` unescaped
# in practice; one that does loses its url here, and the document is declined).
_MEDIA_ELEMENT = re.compile(
    rb"<(media:thumbnail|media:content|enclosure)(?=[\s/>])([^>]*)>"
    rb"""|<(?:[\w.-]+:)?link\s[^>]*?rel\s*=\s*["']\s*enclosure\s*["']"""
)
_URL_ATTRIBUTE = re.compile(rb"""(?:^|\s)url\s*=\s*(?:"([^"]*)"|'([^']*)')""")


@dataclass
class _ItemMedia:
    """One item's media as its bytes hold them, to check fastfeedparser's report against."""

    thumbnails: list[dict[str, Any]] = field(default_factory=list)
    contents: int = 0
    enclosures: int = 0


def _media_by_item(content: bytes, count: int) -> list[_ItemMedia]:
    """What each item holds, read from the bytes in document order: its media:thumbnail URLs
    (nested or not, as feedparser lists them; fastfeedparser reports only the first one
    nested in each media:content), and how many media:content and enclosures it has.
    :class:`Unsupported` unless there is exactly one item or entry start tag per entry."""
    starts = [m.start() for m in _ITEM_START.finditer(content)]
    if len(starts) != count:
        raise Unsupported("item tags the fast parser counts differently")
    last = max(content.rfind(b"</item>"), content.rfind(b"</entry>"))
    end = last if last > starts[-1] else len(content)
    items = [_ItemMedia() for _ in starts]
    cdata, comments = b"<![CDATA[" in content, b"<!--" in content
    for element in _MEDIA_ELEMENT.finditer(content, starts[0], end):
        at = element.start()
        if (cdata and _inside(content, at, b"<![CDATA[", b"]]>")) or (
            comments and _inside(content, at, b"<!--", b"-->")
        ):
            continue  # text, not an element
        item = items[bisect_right(starts, at) - 1]
        name = element.group(1)
        if name == b"media:thumbnail":
            url = _URL_ATTRIBUTE.search(element.group(2))
            if url is None:
                raise Unsupported("a media:thumbnail without a url attribute")
            value = url.group(1) if url.group(1) is not None else url.group(2)
            item.thumbnails.append({"url": unescape(value.decode("utf-8"))})
        elif name == b"media:content":
            item.contents += 1
        else:
            item.enclosures += 1
    return items


def _inside(content: bytes, at: int, opening: bytes, closing: bytes) -> bool:
    start = content.rfind(opening, 0, at)
    return start != -1 and content.find(closing, start, at) == -1


def _media(raw: dict[str, Any], item: _ItemMedia) -> dict[str, Any]:
    """An entry's media in feedparser's shape (``media_thumbnail``, ``media_content``,
    ``enclosures``), or :class:`Unsupported` when fastfeedparser's report is not complete:
    the fast path never drops an image the reference would find.

    fastfeedparser reports an item's media:content elements or, when it has none, its
    media:thumbnail elements, as records that look alike; the item's bytes say which."""
    records = [r for r in raw.get("media_content") or [] if isinstance(r, dict)]
    contents: list[dict[str, Any]] = []
    if item.contents:
        contents = [{key: r.get(key) for key in ("url", "type", "medium")} for r in records]
        if len(contents) != item.contents:
            raise Unsupported("media:content the fast parser does not report")
    enclosures = [
        {"href": e.get("url"), "type": e.get("type")}
        for e in raw.get("enclosures") or []
        if isinstance(e, dict)
    ]
    enclosures += [
        {"href": link.get("href"), "type": link.get("type")}
        for link in raw.get("links") or []
        if isinstance(link, dict) and link.get("rel") == "enclosure"
    ]
    if len(enclosures) != item.enclosures:
        raise Unsupported("enclosures the fast parser does not report")
    return {"media_thumbnail": item.thumbnails, "media_content": contents, "enclosures": enclosures}


# Constructs feedparser handles its own way; rare enough to leave to it.
_DECLINE_MARKERS = (
    (b"base64", "base64 content: feedparser decodes it"),
    (b"&#X", "uppercase hex character references"),
    (b"purl.org/atom/ns#", "Atom 0.3"),
)
# Per-entry values feedparser takes from elements fastfeedparser does not report: read in
# document order, used only when there is exactly one per entry.
_ORIG_LINK = re.compile(rb"<feedburner:origLink>\s*([^<]*?)\s*</feedburner:origLink>")
_RDF_ABOUT = re.compile(rb"""<item\s[^>]*?rdf:about\s*=\s*["']([^"']*)["']""")
# Elements feedparser reads *into* an entry's title, summary or date when the entry lacks
# the core element. An entry missing one of those in a document that has such elements
# goes to feedparser.
_PREFIXED_CORE_NAME = re.compile(rb"<([A-Za-z_][\w.-]*:)(?:description|title|link|guid|id|summary)[\s/>]")
_KNOWN_PREFIX = re.compile(rb"(?:atom|atom10|media|itunes|dc|dcterms|content)\b")


def _foreign_core_name(content: bytes) -> bool:
    """An element of an unknown namespace named like a core one (``<foo:title>``): the
    parsers disagree on those. Matching prefixed names is cheap; the few hits (``media:title``
    and the like) are then checked one by one."""
    return any(not _KNOWN_PREFIX.match(m.group(1)) for m in _PREFIXED_CORE_NAME.finditer(content))


_LINK_WITHOUT_HREF = re.compile(rb"<link(?:\s(?:(?!href\s*=)[^>])*)?/?>")
_ALT_TITLE = (b"media:title", b"dc:title")
_ALT_SUMMARY = (b"media:description", b"itunes:summary", b"dc:description")
_ALT_DATE = (b"dc:date", b"dcterms:")
# The start-tag prefixes the checks count, each exactly as written (`<id>` and `<id ` but not
# `<idea`): one regex pass whose literal prefix `<` lets it skip ahead quickly.
_CENSUS = re.compile(
    rb"<(guid|id>|id |link>|link |entry|rdf:RDF|"
    + b"|".join(re.escape(m) for m in (*_ALT_TITLE, *_ALT_SUMMARY, *_ALT_DATE))
    + rb")"
)


def _well_formed(content: bytes) -> bool:
    """feedparser reads well-formed XML with a strict parser (expat, through xml.sax), so on
    well-formed documents both parsers see the same tree; anything else goes to feedparser's
    loose parser. The check is the same expat, without building anything (2x faster than a
    tree); expat refuses entity-expansion bombs and never loads external entities."""
    checker = expat.ParserCreate(namespace_separator=" ")
    try:
        checker.Parse(content, True)
    except (expat.ExpatError, LookupError, ValueError):  # LookupError: an unknown encoding
        return False
    return True


def _ids_are_the_feeds_own(census: Counter[bytes], entries: int) -> bool:
    """fastfeedparser fills a missing id with the link; feedparser leaves it empty (and the
    guid then falls back to the canonical link). True when the ids are the feed's own,
    False when the feed has none, Unsupported when only some entries have one."""
    ids = census[b"guid"] + census[b"id>"] + census[b"id "]
    if ids == 0:
        return False
    if ids < entries:
        raise Unsupported("ids on some entries only")
    return True


_LANGUAGE = re.compile(rb"<(?:dc:)?language>\s*([A-Za-z_-]{2,20})\s*</(?:dc:)?language>")
_XML_LANG = re.compile(
    rb"""<(?:\w+:)?(?:feed|rss|channel|rdf:RDF)\b[^>]*\sxml:lang=["']([A-Za-z_-]{2,20})["']"""
)


def _language(content: bytes) -> str | None:
    """The feed's declared language, as feedparser would inherit it into its entries."""
    head = content[:8192]
    found = _XML_LANG.search(head) or _LANGUAGE.search(head)
    return found.group(1).decode() if found else None


def _one_per_entry(pattern: re.Pattern[bytes], content: bytes, entries: int, what: str) -> list[str]:
    values = [unescape(m.group(1).decode("utf-8")) for m in pattern.finditer(content)]
    if len(values) != entries or not all(values):
        raise Unsupported(f"{what} not on every entry")
    return values


def _alternate_link(raw: dict[str, Any], atom: bool) -> str | None:
    """feedparser's ``link``: the first alternate link (Atom), else the <link> text (RSS)."""
    links = [link for link in raw.get("links") or [] if isinstance(link, dict)]
    if atom or links:
        for link in links:
            if link.get("href") and (link.get("rel") or "alternate") == "alternate":
                return str(link["href"])
        return None
    value = raw.get("link")
    return str(value) if value else None


def _parse_with_content(content: bytes, expected: int) -> list[dict[str, Any]]:
    full = fastfeedparser.parse(content, include_tags=False, include_media=False, include_enclosures=False)
    entries = list(full.get("entries") or [])
    if len(entries) != expected:
        raise Unsupported("entries differ between passes")
    return entries


def _struct(value: Any) -> Any:
    """fastfeedparser's ISO 8601 (UTC) string -> the UTC struct_time feedparser gives."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).timetuple()

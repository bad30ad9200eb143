"""Pure text and URL normalisation shared by every parser, so an entry's identity and text
do not depend on which parser read it.
"""

from __future__ import annotations

import hashlib
import html
import re
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from selectolax.lexbor import LexborHTMLParser

MAX_TITLE = 500
MAX_SUMMARY = 2000
_TAG_HINT = re.compile(r"<[a-zA-Z!/]")
_HIDDEN_HINT = re.compile(r"<(?:script|style|noscript|template)", re.I)

# Query parameters that only track the click, never change the article.
_TRACKING_PREFIXES = ("utm_", "at_", "mc_", "pk_", "hsa_", "_hs")
_TRACKING_NAMES = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mkt_tok",
        "xtor",
        "ncid",
        "ocid",
        "cmpid",
        "sr_share",
        "smid",
        "soc_src",
        "soc_trk",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
        "__twitter_impression",
        "ito",
        "wt_mc",
        "rss",
        "feed",
        "dicbo",
    }
)


def html_to_text(value: str | None, limit: int = MAX_SUMMARY) -> str:
    """Markup to one line of plain text: tags dropped, entities decoded, whitespace collapsed,
    clipped to ``limit``.

    Full-content feeds put whole articles (100 KB and more) here and only the first
    ``limit`` characters of text are kept, so the text is first taken from a window at the
    start of the markup; only if that window yields too little text is the whole value
    read. The result is the same either way."""
    return _text_and_image(value, limit, images=False)[0]


def text_and_image(value: str | None, limit: int = MAX_SUMMARY) -> tuple[str, str | None]:
    """:func:`html_to_text`, and from the same HTML parse the first ``<img>`` whose ``src``
    is an acceptable image URL (:func:`image_url`; tracking pixels sized 0 or 1 skipped)."""
    return _text_and_image(value, limit, images=True)


def _text_and_image(value: str | None, limit: int, *, images: bool) -> tuple[str, str | None]:
    if not value:
        return "", None
    for window in (max(limit * 2, 2048), limit * 12):
        if len(value) <= window:
            break
        text, image = _plain_text(value[:window], images)
        if len(text) > limit + _WINDOW_MARGIN:
            if images and image is None and _IMG_HINT.search(value):
                # The text came from a window; the first image may lie beyond it (or be cut
                # in half at its edge, which the HTML parser drops).
                image = _plain_text(_head(value), images)[1]
            return clip(text, limit), image
    text, image = _plain_text(_head(value), images)
    return clip(text, limit), image


def _head(value: str) -> str:
    """At most :data:`MAX_MARKUP` characters of markup, ending after a tag (not inside one)."""
    if len(value) <= MAX_MARKUP:
        return value
    return value[: value.rfind(">", 0, MAX_MARKUP) + 1 or MAX_MARKUP]


# The most markup read for one text: deeply nested markup with no text in it takes the HTML
# parser time growing with the square of its size (3.3 MB: six minutes, the cycle waiting).
MAX_MARKUP = 64 * 1024


# Text beyond this many characters past the limit cannot change where clip() cuts.
_WINDOW_MARGIN = 200
# Characters dropped from feed text: ones that render as nothing but break matching and dedup,
# and C0/C1 control characters (ESC, BEL, NUL, …), which a terminal would obey when the CLI
# prints the text. Whitespace controls (tab, newline, …) are folded to spaces instead.
_UNWANTED_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x9f]")
# For a terminal also: bidi overrides and isolates, which reorder what a table shows.
_TERMINAL_UNWANTED_RE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x9f]"
)


def _plain_text(value: str, images: bool = False) -> tuple[str, str | None]:
    image = None
    if _TAG_HINT.search(value):
        tree = LexborHTMLParser(value)
        if _HIDDEN_HINT.search(value):
            for node in tree.css("script, style, noscript, template"):
                node.decompose()
        if images and _IMG_HINT.search(value):
            image = _first_image(tree)
        text = tree.text(separator=" ") if tree.body is not None or tree.root is not None else value
    else:
        text = html.unescape(value)
    # str.split() and the regex \s agree on what whitespace is; split/join is ~4x faster.
    text = " ".join(text.split())
    return (text if text.isprintable() else without_unwanted(text)), image


_IMG_HINT = re.compile(r"<img", re.I)
# An <img> this size is a tracking pixel, never the article's picture.
_PIXEL_SIZES = frozenset({"0", "1", "0px", "1px"})


def _first_image(tree: LexborHTMLParser) -> str | None:
    for node in tree.css("img"):
        attrs = node.attributes
        if (attrs.get("width") or "").strip() in _PIXEL_SIZES or (
            attrs.get("height") or ""
        ).strip() in _PIXEL_SIZES:
            continue
        url = image_url(attrs.get("src"))
        if url is not None:
            return url
    return None


MAX_IMAGE_URL = 2048
# Printable ASCII without space, quotes, angle brackets or backslash: what an image URL in an
# embed may contain (a non-ASCII URL is refused rather than guessed at). No re.I: under it a
# negated range would also refuse the ASCII letters whose case folds out of ASCII (k, s).
_IMAGE_URL = re.compile(r"[hH][tT][tT][pP][sS]?://[!#-&(-;=?-\[\]-~]+")


def image_url(value: object) -> str | None:
    """``value`` as an image URL to show, or None: an absolute http(s) URL with a host, at
    most :data:`MAX_IMAGE_URL` characters, with no whitespace, control or non-ASCII
    character. Relative URLs are dropped, never resolved (the bot never fetches them; an
    embed shows only absolute URLs), as are ``javascript:``, ``data:`` and every other scheme."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if len(url) > MAX_IMAGE_URL or not _IMAGE_URL.fullmatch(url):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return None
    if not parts.hostname or parts.username is not None or parts.password is not None:
        return None
    return url


def is_image_type(medium: object, mime: object, url: object = None) -> bool:
    """A media:content or enclosure that is an image: ``medium="image"`` or an ``image/*``
    type; with neither medium nor type, a URL path ending in an image extension."""
    medium = medium.strip().lower() if isinstance(medium, str) else ""
    mime = mime.strip().lower() if isinstance(mime, str) else ""
    if medium or mime:
        return medium == "image" or mime.startswith("image/")
    if not isinstance(url, str):
        return False
    try:
        path = urlsplit(url.strip()).path.lower()
    except ValueError:
        return False
    return path.endswith(_IMAGE_EXTENSIONS)


_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")


def without_unwanted(text: str) -> str:
    """``text`` without invisible and control characters, whitespace collapsed again."""
    return " ".join(_UNWANTED_RE.sub("", text).split())


def for_terminal(text: str) -> str:
    """``text`` as one inert terminal line: no control, invisible or bidi-override characters."""
    return " ".join(_TERMINAL_UNWANTED_RE.sub("", text).split())


def clip(text: str, limit: int) -> str:
    """Cut at a word boundary when possible and mark the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + "…"


# Already canonical: lowercase http(s) scheme and host, no port, user, query or fragment,
# nothing urlsplit would strip. Most links look like this; they skip the general path.
_PLAIN_URL = re.compile(r"https?://[a-z0-9.-]+(/[^?#\s\x00-\x1f\x7f]*)?")


def canonical_link(url: str | None) -> str | None:
    """Scheme/host lowercased, default port, fragment and tracking parameters removed."""
    if not url:
        return None
    url = _printable_url(url)
    plain = _PLAIN_URL.fullmatch(url)
    if plain is not None:
        return url if plain.group(1) else url + "/"
    return _canonical_by_parts(url)


def _printable_url(url: str) -> str:
    """Control and invisible characters never belong in a link (a terminal would obey them)."""
    url = url.strip()
    return url if url.isprintable() else _UNWANTED_RE.sub("", url).strip()


def _canonical_by_parts(url: str) -> str | None:
    """The general case of :func:`canonical_link` (which must agree with it on plain URLs)."""
    url = _printable_url(url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return url or None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return url or None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host
    if parts.username:
        netloc = f"{parts.username}@{host}"
    if port and not (scheme == "http" and port == 80 or scheme == "https" and port == 443):
        netloc = f"{netloc}:{port}"
    query = ""
    if parts.query:
        kept = [
            (key, value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
            if not key.lower().startswith(_TRACKING_PREFIXES) and key.lower() not in _TRACKING_NAMES
        ]
        query = urlencode(kept, doseq=True)
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, query, ""))


# The most of a feed's own id (or link) kept as an entry's guid, in UTF-8 bytes: a longer one
# is replaced by its hash (a database index entry has a size limit: 2,704 bytes on PostgreSQL).
MAX_GUID_BYTES = 1000


def entry_guid(raw_id: str | None, link: str | None, title: str, published: datetime | None) -> str:
    """The feed's own id (without control characters); else the canonical link; else a hash
    of title and date. One longer than :data:`MAX_GUID_BYTES` is replaced by its hash."""
    raw = _printable_url(raw_id) if raw_id else ""
    if raw or link:
        guid = raw or link or ""
        if len(guid) * 4 > MAX_GUID_BYTES and len(guid.encode()) > MAX_GUID_BYTES:
            return f"urn:vidradar:sha1:{hashlib.sha1(guid.encode()).hexdigest()}"
        return guid
    stamp = published.strftime("%Y-%m-%dT%H:%M:%SZ") if published else ""
    digest = hashlib.sha1(f"{title}\n{stamp}".encode()).hexdigest()
    return f"urn:vidradar:sha1:{digest}"


def content_hash(title: str, summary: str, link: str | None) -> str:
    return hashlib.sha1(f"{title}\n{summary}\n{link or ''}".encode()).hexdigest()

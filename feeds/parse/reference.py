"""Bytes -> ParsedFeed. feedparser is the reference parser; this adapter normalises its output.

Rules (after lemon24/reader's feedparser adapter): a malformed feed that still yields
entries is kept, with feedparser's complaint as a warning; one that yields nothing raises
ParseError naming what was wrong; a single bad entry is skipped, never fatal.
"""

from __future__ import annotations

import io
import logging
import re
from calendar import timegm
from datetime import UTC, datetime, timedelta
from typing import Any, Literal
from urllib.parse import urljoin

import feedparser

from feeds.errors import ParseError
from feeds.models import ParsedEntry, ParsedFeed
from feeds.parse.fast import Unsupported, fast_parse
from feeds.parse.language import identify, identify_feed, short_lang
from feeds.parse.normalize import (
    MAX_TITLE,
    canonical_link,
    clip,
    content_hash,
    entry_guid,
    html_to_text,
    image_url,
    is_image_type,
    text_and_image,
)

log = logging.getLogger(__name__)

# Complaints that do not mean the document is broken.
_BENIGN = (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride)

# Dates further ahead than this are a publisher's mistake; they would pin an entry to the
# top of every listing, so they are clamped to the fetch time.
FUTURE_TOLERANCE = timedelta(hours=24)


# A numeric character reference to a code point that has no UTF-8 form (a surrogate, or past
# U+10FFFF): feedparser's lenient parser raises UnicodeEncodeError on it and loses the whole
# feed. Such a reference becomes U+FFFD before parsing, so the rest of its entry and every other
# entry survive.
_CHARREF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def _unencodable(code_point: int) -> bool:
    return 0xD800 <= code_point <= 0xDFFF or code_point > 0x10FFFF


def _replace_unencodable_charrefs(content: bytes) -> bytes:
    if b"&#" not in content:
        return content

    def replace(match: re.Match[bytes]) -> bytes:
        hex_digits, digits = match.groups()
        code_point = int(hex_digits, 16) if hex_digits else int(digits)
        return b"&#xFFFD;" if _unencodable(code_point) else match.group(0)

    return _CHARREF.sub(replace, content)


def parse_feed(
    content: bytes,
    *,
    url: str,
    content_type: str | None = None,
    fetched_at: datetime,
    default_lang: str | None = None,
    parser: Literal["auto", "feedparser", "fast"] = "auto",
) -> ParsedFeed:
    """Parse fetched bytes. Pure apart from CPU: safe to run in a worker thread or process.

    ``auto`` tries the fast parser first and falls back to feedparser, the reference, for
    anything the fast one declines (and for every error message)."""
    if content[:1].isspace() and content.lstrip().startswith(b"<?xml"):
        # Whitespace before the XML declaration (common: a blank line printed by the CMS)
        # makes the document ill-formed and sends every parser down its slow, lenient path.
        content = content.lstrip()
    if parser != "feedparser":
        try:
            raw_entries, feed_info = fast_parse(content, content_type)
        except Unsupported as exc:
            if parser == "fast":
                raise ParseError(url, f"fast parser declined: {exc}") from None
        else:
            try:
                return _build(raw_entries, feed_info, None, url, fetched_at, default_lang)
            except ParseError:
                if parser == "fast":
                    raise
    # No content-location header: feedparser would resolve relative <guid>s against it, and an
    # entry's identity must not depend on the URL it was fetched from. Links are made
    # absolute explicitly below instead.
    headers = {"content-type": content_type} if content_type else {}
    # A stream, never the bytes themselves: feedparser treats a bytes/str argument as a
    # possible filename or URL to open.
    try:
        result = feedparser.parse(
            io.BytesIO(_replace_unencodable_charrefs(content)),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as exc:  # feedparser's own bug on some input: still one line, one feed
        raise ParseError(url, f"not a usable feed: {_describe_bozo(exc)}") from None
    bozo = result.get("bozo_exception") if result.get("bozo") else None
    problem = None if bozo is None or isinstance(bozo, _BENIGN) else _describe_bozo(bozo)
    raw_entries = result.get("entries") or []
    if not raw_entries:
        not_a_feed = _sniff(content, content_type)
        if not_a_feed:
            raise ParseError(url, f"not a feed: {not_a_feed}")
        if problem:
            raise ParseError(url, f"not a usable feed: {problem}")
        if not result.get("version"):
            raise ParseError(url, "not a feed: no RSS, Atom or JSON Feed found")
    return _build(raw_entries, result.get("feed") or {}, problem, url, fetched_at, default_lang)


def _build(
    raw_entries: list[Any],
    feed_info: Any,
    problem: str | None,
    url: str,
    fetched_at: datetime,
    default_lang: str | None,
) -> ParsedFeed:
    feed_lang = short_lang(default_lang) or short_lang(feed_info.get("language"))
    if feed_lang is None and raw_entries:
        titles = [html_to_text(r.get("title"), 200) for r in raw_entries if r.get("title")]
        feed_lang = identify_feed(titles)
    entries: list[ParsedEntry] = []
    seen: set[str] = set()
    skipped = 0
    for raw in raw_entries:
        try:
            entry = _normalise_entry(raw, base_url=url, fetched_at=fetched_at, feed_lang=feed_lang)
        except Exception as exc:  # one broken entry never sinks the feed
            log.debug("skipping a malformed entry in %s: %s", url, exc)
            skipped += 1
            continue
        if entry is None or entry.guid in seen:
            continue
        seen.add(entry.guid)
        entries.append(entry)
    if raw_entries and not entries:
        raise ParseError(
            url, f"not a usable feed: {problem}" if problem else "every entry in the feed was malformed"
        )
    if skipped:
        noun = "entry" if skipped == 1 else "entries"
        problem = "; ".join(filter(None, (problem, f"{skipped} malformed {noun} skipped")))
    return ParsedFeed(
        title=html_to_text(feed_info.get("title"), MAX_TITLE) or None,
        site_url=feed_info.get("link") or None,
        lang=short_lang(feed_info.get("language")),
        entries=entries,
        warning=problem,
        skipped_entries=skipped,
    )


def _normalise_entry(
    raw: Any, *, base_url: str, fetched_at: datetime, feed_lang: str | None
) -> ParsedEntry | None:
    href = raw.get("feedburner_origlink") or raw.get("link") or _first_link(raw)
    if href and (not href.startswith(("http://", "https://")) or "/." in href):
        href = urljoin(base_url, href)  # relative, or dot segments to resolve
    link = canonical_link(href or None)
    title = html_to_text(raw.get("title"), MAX_TITLE)
    summary, inline_image = text_and_image(raw.get("summary") or _first_content(raw))
    if not title:
        title = clip(summary, 120) if summary else ""
    if not title and not link:
        return None
    raw_published = _raw_published(raw)
    published = _published(raw_published, fetched_at)
    raw_id = raw.get("id")
    guid = entry_guid(raw_id if isinstance(raw_id, str) else None, link, title, raw_published)
    lang = _entry_lang(raw) or feed_lang or identify(f"{title}. {summary}")
    return ParsedEntry(
        guid=guid,
        link=link,
        title=title or link or "",
        summary=summary,
        published=published,
        dated=raw_published is not None,
        lang=lang,
        content_hash=content_hash(title, summary, link),
        image=_media_image(raw) or inline_image,
    )


def _media_image(raw: Any) -> str | None:
    """The entry's picture from its media elements, in this order: the first media:thumbnail,
    the first image media:content, the first image enclosure (an RSS <enclosure> or an Atom
    ``rel="enclosure"`` link). Each must be an acceptable URL (:func:`image_url`)."""
    for thumbnail in raw.get("media_thumbnail") or []:
        if url := image_url(thumbnail.get("url")):
            return url
    for media in raw.get("media_content") or []:
        candidate = media.get("url")
        if is_image_type(media.get("medium"), media.get("type"), candidate) and (url := image_url(candidate)):
            return url
    for enclosure in raw.get("enclosures") or []:
        candidate = enclosure.get("href")
        if is_image_type(None, enclosure.get("type"), candidate) and (url := image_url(candidate)):
            return url
    return None


def _raw_published(raw: Any) -> datetime | None:
    parsed = raw.get("published_parsed") or raw.get("updated_parsed") or raw.get("created_parsed")
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _published(published: datetime | None, fetched_at: datetime) -> datetime:
    if published is None or published > fetched_at + FUTURE_TOLERANCE:
        return fetched_at
    return published


def _entry_lang(raw: Any) -> str | None:
    for key in ("title_detail", "summary_detail"):
        detail = raw.get(key)
        if detail and detail.get("language"):
            return short_lang(detail["language"])
    return None


def _first_link(raw: Any) -> str | None:
    for link in raw.get("links") or []:
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return str(link["href"])
    return None


def _first_content(raw: Any) -> str | None:
    for content in raw.get("content") or []:
        if content.get("value"):
            return str(content["value"])
    return None


def _describe_bozo(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:300]


_BINARY_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")


def _sniff(content: bytes, content_type: str | None = None) -> str | None:
    """Why these bytes are clearly not a feed, or None when they might be one."""
    head = content[:512].lstrip().lower()
    if not head:
        return "empty response"
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type.startswith(_BINARY_TYPES) and not head.startswith(b"<"):
        return f"the server sent {media_type}"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "looks like an HTML page"
    if head.startswith((b"{", b"[")):
        return "JSON that is not a JSON Feed"
    return None

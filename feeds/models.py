"""Pydantic models at the core's boundaries, named by what crosses them.

FeedSpec      feed-list file -> storage       (one ``[[feeds]]`` table)
FetchResult   fetcher -> parser                (bytes + the HTTP facts that matter)
ParsedEntry   parser -> storage / detector     (one normalised entry)
ParsedFeed    parser -> poller
Detection     detector -> storage / CLI        (the ``vidradar classify`` object, minus id)
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, field_validator

from feeds.durations import format_duration, parse_duration

EVENT_TYPES: tuple[str, ...] = ("launch", "availability", "waitlist", "pricing", "delay", "shutdown")
Event = Literal["launch", "availability", "waitlist", "pricing", "delay", "shutdown", "other", "none"]

MIN_FEED_INTERVAL = timedelta(minutes=5)


def feed_interval(value: object) -> timedelta | None:
    """A feed's poll interval: a duration string, at least MIN_FEED_INTERVAL."""
    if value is None:
        return None
    if not isinstance(value, str | timedelta):
        # One duration syntax everywhere: `interval = 300` could mean seconds or minutes.
        raise ValueError(f'interval must be a duration string like "30m" or "2h" (got {value!r})')
    parsed = parse_duration(value)
    if parsed < MIN_FEED_INTERVAL:
        raise ValueError(f"interval must be at least {format_duration(MIN_FEED_INTERVAL)}")
    return parsed


# Zero-width space, word joiner, byte-order mark, and the direction marks and overrides.
_INVISIBLE = frozenset("\u200b\u2060\ufeff\u200e\u200f\u061c") | frozenset(
    map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
)


def _invisible(ch: str) -> bool:
    return ch in _INVISIBLE or unicodedata.category(ch) == "Cc"


class FeedSpec(BaseModel):
    """One feed of a feed-list file. The keys are a contract: unknown keys are an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str = Field(min_length=1)
    name: str | None = None
    lang: str | None = None
    interval: Annotated[timedelta | None, BeforeValidator(feed_interval)] = None
    official: StrictBool = False  # true/false only: "yes" or 1 in a feed list is a mistake

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        value = value.strip()
        if not value.lower().startswith(("http://", "https://")):
            raise ValueError("url must start with http:// or https://")
        return value

    @field_validator("name")
    @classmethod
    def _visible_name(cls, value: str | None) -> str | None:
        """A name as it shows: controls and invisible spacing or direction marks dropped (the
        joiners emoji and Persian spelling need are kept), spaces collapsed; a name with nothing
        visible is no name (the feed's own title shows), not a blank one."""
        if value is None:
            return None
        shown = " ".join("".join(ch for ch in value if not _invisible(ch)).split())
        visible = any(unicodedata.category(ch) not in ("Cc", "Cf", "Zs", "Zl", "Zp") for ch in shown)
        return shown if visible else None  # (unassigned code points: emoji newer than Python's tables)

    @field_validator("lang")
    @classmethod
    def _short_lang(cls, value: str | None) -> str | None:
        return value.strip().lower().split("-")[0] if value else None


class FetchResult(BaseModel):
    """What one conditional GET produced. ``content`` is None on 304."""

    model_config = ConfigDict(frozen=True)

    url: str  # the URL finally fetched, after redirects
    status: int
    content: bytes | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    # Set when every redirect hop was permanent (301/308): the feed's stored URL moves.
    moved_to: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class ParsedEntry(BaseModel):
    """One entry as stored: identity, clean text, UTC time, language."""

    model_config = ConfigDict(frozen=True)

    guid: str
    link: str | None
    title: str
    summary: str
    published: datetime
    # False when the feed gave no usable date: ``published`` is then the time it was fetched,
    # which says nothing of its age (a new feed's undated backlog is not news).
    dated: bool = True
    lang: str | None
    content_hash: str
    # The entry's picture: media:thumbnail, an image media:content, an image enclosure, else
    # the first <img> of its HTML. An absolute http(s) URL, shown by Discord, never fetched here.
    image: str | None = None


class ParsedFeed(BaseModel):
    model_config = ConfigDict(frozen=True)

    title: str | None = None
    site_url: str | None = None
    lang: str | None = None
    entries: list[ParsedEntry] = []
    # feedparser's complaint about a malformed feed that still yielded entries, and how many
    # entries were skipped as malformed.
    warning: str | None = None
    skipped_entries: int = 0


class Detection(BaseModel):
    """The detector's verdict on one entry; ``reasons`` say which rules and terms fired.

    ``event`` is the primary event; ``events`` every event the entry supports, primary
    first ("opens the API to all developers at $0.10/s": availability, pricing), and empty
    when the entry is not relevant."""

    relevant: bool
    score: float
    vendors: list[str]
    products: list[str]
    event: Event
    api: bool
    reasons: list[str]
    events: list[Event] = Field(default_factory=list)

"""Checking a URL before it becomes a feed: fetch once, resolve an HTML page to its feed
through ``<link rel="alternate">`` autodiscovery, and prove the result parses."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from feeds.config import Settings
from feeds.errors import FeedError, ParseError
from feeds.fetch.client import FetchSettings, discover_feed_links, fetch_feed, looks_like_html, make_session
from feeds.models import ParsedEntry
from feeds.parse.reference import parse_feed
from feeds.timeutil import utcnow


@dataclass(frozen=True)
class ResolvedFeed:
    """A URL proven to be a feed: the URL to store, the feed's title and entry count, and its
    five newest entries for the preview."""

    # The URL given (or the feed a page links to), moved along permanent redirects only: the
    # target of a temporary one is not the feed's address, as the poller agrees.
    url: str
    title: str | None
    entries: int
    latest: list[ParsedEntry] = field(default_factory=list)
    discovered: bool = False  # True when the URL given was an HTML page


async def resolve_feed(
    url: str, settings: Settings, fetch_settings: FetchSettings | None = None
) -> ResolvedFeed:
    """Raise FeedError (one readable line) when ``url`` is not, and does not lead to, a feed."""
    fetch_settings = fetch_settings or FetchSettings.from_settings(settings)
    async with make_session(fetch_settings) as session:
        result = await fetch_feed(session, url, fetch_settings)
        requested, discovered = url, False
        if result.content is not None and looks_like_html(result):
            links = discover_feed_links(result.content, result.url)
            if not links:
                raise ParseError(
                    url, 'this is an HTML page that does not link to a feed (no <link rel="alternate">)'
                )
            last_error: FeedError | None = None
            for link in links[:3]:
                try:
                    result = await fetch_feed(session, link, fetch_settings)
                    requested, discovered = link, True
                    break
                except FeedError as exc:
                    last_error = exc
            else:
                assert last_error is not None
                raise last_error
        assert result.content is not None
        # Up to the size cap of CPU-bound parsing: off the event loop that answers Discord.
        parsed = await asyncio.to_thread(
            parse_feed, result.content, url=result.url, content_type=result.content_type, fetched_at=utcnow()
        )
        latest = sorted(parsed.entries, key=lambda e: e.published, reverse=True)[:5]
        return ResolvedFeed(
            url=result.moved_to or requested,
            title=parsed.title,
            entries=len(parsed.entries),
            latest=latest,
            discovered=discovered,
        )

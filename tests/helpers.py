"""Small builders for tests."""

from __future__ import annotations

from datetime import datetime

from feeds.models import FeedSpec, ParsedEntry
from feeds.normalize import content_hash
from tests.conftest import NOW


def entry(
    guid: str,
    title: str,
    *,
    summary: str = "",
    link: str | None = None,
    published: datetime = NOW,
    lang: str | None = "en",
) -> ParsedEntry:
    link = link if link is not None else f"https://example.org/{guid}"
    return ParsedEntry(
        guid=guid,
        link=link,
        title=title,
        summary=summary,
        published=published,
        lang=lang,
        content_hash=content_hash(title, summary, link),
    )


def spec(url: str, **kwargs: object) -> FeedSpec:
    return FeedSpec(url=url, **kwargs)  # type: ignore[arg-type]

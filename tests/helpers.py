"""Small builders for tests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from feeds.models import FeedSpec, ParsedEntry
from feeds.parse.normalize import content_hash
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


async def wait_for(
    condition: Callable[[], Any], timeout: float = 10.0, message: str = "condition", every: float = 0.02
) -> Any:
    """Poll a condition (sync or async) until it holds and return its value; never a fixed sleep."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        await asyncio.sleep(every)
    raise AssertionError(f"timed out waiting for {message}")

"""The CPU part of polling a feed: parse and detect. It runs in worker processes, so this
module imports only what parsing and detection need (a worker never loads the HTTP client,
the database layer or Discord). The parser and the detector themselves are imported on first
use: a process that only submits jobs (the poller's) never pays for them — an all-304 cycle
starts and ends without loading them (the workers' fork server preloads them instead)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from feeds.models import Detection, ParsedFeed


def parse_and_detect(
    content: bytes,
    *,
    url: str,
    content_type: str | None,
    fetched_at: datetime,
    default_lang: str | None,
    official: bool,
) -> tuple[ParsedFeed, dict[str, Detection]]:
    """Pure (apart from CPU), with picklable results."""
    from feeds.detect.classify import default_detector
    from feeds.parse.reference import parse_feed

    parsed = parse_feed(
        content, url=url, content_type=content_type, fetched_at=fetched_at, default_lang=default_lang
    )
    detector = default_detector()
    detections = {
        entry.guid: detector.classify(entry.title, entry.summary, entry.lang, entry.link, official=official)
        for entry in parsed.entries
    }
    return parsed, detections


def parse_job(
    content: bytes, url: str, content_type: str | None, fetched_at: datetime, lang: str | None, official: bool
) -> tuple[ParsedFeed, dict[str, Detection]]:
    """:func:`parse_and_detect` with positional arguments, for ``run_in_executor``."""
    return parse_and_detect(
        content,
        url=url,
        content_type=content_type,
        fetched_at=fetched_at,
        default_lang=lang,
        official=official,
    )

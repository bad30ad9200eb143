"""What every start applies from the operator's files and environment, each in one transaction:
the feed-list file, and headless mode's destination (guild 0) with its digest schedule."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlite_utils import Database

from feeds.models import FeedSpec
from feeds.storage.db import write_transaction
from feeds.storage.feed_records import SyncReport, sync_operator_feeds
from feeds.storage.servers import HEADLESS_GUILD, set_digest_schedule, set_locale, sync_headless_destination

if TYPE_CHECKING:
    from feeds.storage.digests import StoredSchedule


def apply_feed_list(db: Database, specs: list[FeedSpec], now: datetime) -> SyncReport:
    """:func:`~feeds.storage.feed_records.sync_operator_feeds`, all or nothing."""
    with write_transaction(db):
        return sync_operator_feeds(db, specs, now)


def configure_headless(
    db: Database,
    *,
    min_score: float,
    include: list[str],
    exclude: list[str],
    mutes: list[tuple[str, str]],
    digest: StoredSchedule | None,
    now: datetime,
    languages: list[str] | None = None,
    locale: str = "en",
) -> None:
    """Headless mode: guild 0's rules (alert languages too: None or empty is every language)
    and digest schedule become the environment's."""
    with write_transaction(db):
        sync_headless_destination(
            db,
            min_score=min_score,
            include=include,
            exclude=exclude,
            mutes=mutes,
            now=now,
            languages=languages or (),
        )
        set_locale(db, HEADLESS_GUILD, locale, now)
        set_digest_schedule(db, HEADLESS_GUILD, digest, now)

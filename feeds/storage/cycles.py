"""Poll cycles: one ``poll_cycles`` row per cycle (shown by /vidradar status), and the count of
stories the cycles have grouped so far."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from feeds.timeutil import to_db


@dataclass(frozen=True)
class CycleStats:
    """What one poll cycle did, as recorded."""

    started: datetime
    duration_s: float
    feeds_polled: int
    feeds_failed: int
    entries_new: int
    entries_updated: int
    announcements: int
    deliveries: int


def record_cycle(db: Database, stats: CycleStats) -> None:
    db.execute(
        """INSERT INTO poll_cycles (started_at, finished_at, duration_s, feeds_polled, feeds_failed, entries_new,
           entries_updated, announcements, deliveries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            to_db(stats.started),
            to_db(stats.started + timedelta(seconds=stats.duration_s)),
            stats.duration_s,
            stats.feeds_polled,
            stats.feeds_failed,
            stats.entries_new,
            stats.entries_updated,
            stats.announcements,
            stats.deliveries,
        ],
    )


def count_stories(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM stories").fetchone()[0])

"""Hourly housekeeping: alerts too old to post expire, servers gone for 30 days are purged,
entries past the retention period are pruned (tombstoned, never ingested again)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from feeds.storage import deliveries
from feeds.storage.db import write_transaction
from feeds.storage.entries import prune_entries
from feeds.storage.servers import purge_inactive


@dataclass(frozen=True)
class Tidied:
    """What one housekeeping run did: alerts expired, departed servers purged, old entries pruned."""

    expired: int  # old alerts expired
    purged: int  # departed servers purged
    pruned: int  # old entries pruned


def tidy(db: Database, now: datetime, *, max_alert_age: timedelta, retention: timedelta) -> Tidied:
    """Expire and purge in one transaction, then prune in small ones: the write lock is never
    held for long."""
    with write_transaction(db):
        expired = deliveries.expire_old(db, now, max_alert_age)
        purged = purge_inactive(db, now)
    pruned = 0
    while True:
        with write_transaction(db):
            batch = prune_entries(db, now - retention, now)
        pruned += batch
        if batch == 0:
            return Tidied(expired=expired, purged=purged, pruned=pruned)

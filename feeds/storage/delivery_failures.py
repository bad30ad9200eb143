"""A delivery that failed for good, and the notice that tells the server's admins why.

A channel problem (missing, or a permission the bot lacks there) is one an admin can fix: the
failure and its notice are recorded in one transaction, so neither is lost without the other.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from feeds.storage import deliveries
from feeds.storage.db import write_transaction
from feeds.storage.deliveries import Delivery
from feeds.storage.servers import server_settings


def failing_notice_channel(delivery: Delivery, notices_target: int | None) -> int | None:
    """Where admins hear that a delivery failed for good: the notices channel, unless that is
    the failing channel itself (the notice would fail too) or there is none. A notice or an
    "also reported by" edit that fails does not make another notice."""
    if delivery.kind == "notice" or delivery.is_edit or notices_target is None:
        return None
    return None if notices_target == delivery.channel_id else notices_target


def failing_notice_key(delivery: Delivery, now: datetime) -> str:
    """One "deliveries failing" notice per failing channel per server per (UTC) day."""
    return f"notice:deliveries-failing:{delivery.guild_id}:{deliveries.destination(delivery.channel_id)}:{now.date().isoformat()}"


def fail_for_good(
    db: Database, delivery: Delivery, reason: str, now: datetime, *, channel_problem: bool
) -> bool:
    """Mark the delivery failed and, for a channel problem, queue the admins' notice (same
    transaction). True when a notice was queued."""
    with write_transaction(db):
        deliveries.mark_failed(db, delivery, reason, now)
        if not channel_problem:
            return False
        settings = server_settings(db, delivery.guild_id)
        target = failing_notice_channel(delivery, settings.notices_target if settings else None)
        if target is None:
            return False
        return deliveries.enqueue(
            db,
            guild_id=delivery.guild_id,
            channel_id=target,
            kind="notice",
            dedup_key=failing_notice_key(delivery, now),
            ref=f"deliveries-failing:{deliveries.destination(delivery.channel_id)}",
            now=now,
            payload={"notice": "deliveries_failing", "channel_id": delivery.channel_id, "reason": reason},
        )

"""Shard leases: each shard of the bot is delivered for by one process at a time.

A process that delivers (the bot, or headless mode: shard 0 of 1) takes a lease on each shard
it runs when it starts, renews it while it runs and gives it back when it stops. A second
process asking for a shard that a live process holds, or running the bot as a different
number of shards, is refused: two processes delivering for the same servers could each make
the other's deliveries in flight due again and post them twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlite_utils import Database

from feeds.errors import ConfigError
from feeds.storage.db import write_transaction
from feeds.storage.leases import lease_time


def take_shards(
    db: Database,
    owner: str,
    shard_count: int,
    shard_ids: Sequence[int],
    now: datetime,
    until: datetime,
    *,
    gone: Callable[[str], bool],
) -> None:
    """Hold ``shard_ids`` (of ``shard_count``) until ``until``; ConfigError (one line) when a
    live process holds one of them or runs another shard count. A holder that ``gone`` says
    is no longer running (killed on this machine) is replaced at once."""
    stamp = lease_time(now)
    with write_transaction(db):
        live = [
            (shard_id, count, holder)
            for shard_id, count, holder in db.execute(
                "SELECT shard_id, shard_count, owner FROM shard_leases WHERE until > ? AND owner != ?",
                [stamp, owner],
            ).fetchall()
            if not gone(holder)
        ]
        for shard_id, count, holder in live:
            if count != shard_count:
                raise ConfigError(
                    f"another vidradar process ({holder}) runs this bot as {count} shard(s), this one as "
                    f"{shard_count}: give every process the same --shard-count"
                )
            if shard_id in shard_ids:
                raise ConfigError(
                    f"shard {shard_id} is already run by another vidradar process ({holder}): each shard "
                    "in exactly one process (a process that was killed holds it for at most a minute)"
                )
        db.execute("DELETE FROM shard_leases WHERE until <= ? OR shard_count != ?", [stamp, shard_count])
        db.conn.executemany(
            """INSERT INTO shard_leases (shard_id, shard_count, owner, until) VALUES (?, ?, ?, ?)
               ON CONFLICT (shard_id) DO UPDATE SET shard_count = excluded.shard_count, owner = excluded.owner,
               until = excluded.until""",
            [(shard_id, shard_count, owner, lease_time(until)) for shard_id in shard_ids],
        )


def renew_shards(db: Database, owner: str, until: datetime) -> int:
    """Push back the expiry of every shard ``owner`` holds; how many."""
    with write_transaction(db):
        return db.execute(
            "UPDATE shard_leases SET until = ? WHERE owner = ?", [lease_time(until), owner]
        ).rowcount


def release_shards(db: Database, owner: str) -> int:
    with write_transaction(db):
        return db.execute("DELETE FROM shard_leases WHERE owner = ?", [owner]).rowcount

"""Feed leases: how several pollers on one database share the feeds, each fetched once.

A poller claims a few feeds at a time (:func:`claim_feeds`): one statement takes feeds that
nobody holds, or whose holder let the lease run out, and stamps them with the poller's name
and an expiry. It renews the leases of the feeds it is still working on (:func:`renew_leases`)
and gives a feed back when its fetch is recorded (the record clears its own lease in the same
statement, never another poller's) or when its cycle ends (:func:`release_leases`). A poller that dies renews
nothing: its leases expire and another poller takes the feeds over.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlite_utils import Database

from feeds.config import MAX_FETCH_TIMEOUT
from feeds.storage import feed_records
from feeds.storage.db import write_transaction
from feeds.storage.dialect import lock_rows
from feeds.storage.feed_records import DUE_ORDER, FeedRow
from feeds.timeutil import as_utc, to_db

# The longest lease a poller writes: twice the longest fetch timeout (feeds.pipeline.claims).
LONGEST_LEASE = 2 * MAX_FETCH_TIMEOUT


def lease_time(value: datetime) -> str:
    """A lease's time as stored: UTC to the millisecond (leases can be a few seconds long, and
    the database's usual spelling stops at the second). Same width always, so text order is
    time order."""
    return as_utc(value).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def claim_feeds(
    db: Database,
    owner: str,
    now: datetime,
    until: datetime,
    *,
    limit: int,
    due_by: datetime | None = None,
    feed_ids: Sequence[int] | None = None,
    exclude: Iterable[int] = (),
    per_host: int | None = None,
    full_hosts: Iterable[str] = (),
) -> list[FeedRow]:
    """Lease up to ``limit`` enabled feeds nobody holds (or whose lease ran out) until
    ``until``: those due by ``due_by`` (default ``now``), the longest overdue first, or
    (``feed_ids``) those of the given ones, due or not; never ``exclude``. A feed the caller
    itself holds is not claimed again. With ``per_host``, at most that many feeds of one host,
    and none of ``full_hosts`` (hosts whose connections the caller already fills): a claim
    spreads over hosts, so a host with many feeds keeps one poller busy at its politeness limit
    while the other pollers fetch it and other hosts too.

    A lease that ends further ahead than any lease can (written while a clock ran ahead, since
    corrected) counts as run out. The claimed feeds as they are now (validators and counters
    current, ``lease_owner`` the caller), the longest overdue first."""
    # Twice the longest lease any poller writes (VIDRADAR_FETCH_TIMEOUT differs between them).
    stale_after = now + 2 * max(until - now, LONGEST_LEASE)
    where = [
        "disabled = 0",
        "(lease_owner IS NULL OR lease_until <= ? OR lease_until > ?)",
    ]
    params: list[object] = [lease_time(now), lease_time(stale_after)]
    if feed_ids is not None:
        if not feed_ids:
            return []
        where.append(f"id IN ({_marks(feed_ids)})")
        params += list(feed_ids)
    else:
        where.append("(next_due_at IS NULL OR next_due_at <= ?)")
        params.append(to_db(due_by or now))
    skipped = list(exclude)
    if skipped:
        where.append(f"id NOT IN ({_marks(skipped)})")
        params += skipped
    full = list(full_hosts)
    if full:
        where.append(f"host NOT IN ({_marks(full)})")
        params += full
    rank_limit = ""
    if per_host is not None:
        rank_limit = "WHERE host_rank <= ?"
        params.append(per_host)
    # Select, then stamp, in one write transaction (BEGIN IMMEDIATE: no other writer between
    # the two). Not UPDATE ... RETURNING, which needs SQLite 3.35.
    with write_transaction(db):
        chosen = [
            row[0]
            for row in db.execute(
                f"""SELECT id FROM (
                        SELECT id, next_due_at,
                               row_number() OVER (PARTITION BY host ORDER BY {DUE_ORDER}) AS host_rank
                        FROM feeds WHERE {" AND ".join(where)}
                    ) AS due {rank_limit}
                    ORDER BY {DUE_ORDER} LIMIT ?""",
                [*params, limit],
            ).fetchall()
        ]
        chosen = lock_rows(db, "feeds", chosen)
        if not chosen:
            return []
        db.execute(
            f"UPDATE feeds SET lease_owner = ?, lease_until = ? WHERE id IN ({_marks(chosen)})",
            [owner, lease_time(until), *chosen],
        )
        claimed = feed_records.feeds_by_ids(db, chosen)
    claimed.sort(key=lambda f: (f.next_due_at is not None, f.next_due_at or now, f.id))
    return claimed


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def renew_leases(db: Database, owner: str, feed_ids: Sequence[int], until: datetime) -> int:
    """Push back the expiry of the leases ``owner`` still holds on these feeds; how many."""
    if not feed_ids:
        return 0
    with write_transaction(db):
        cursor = db.execute(
            f"UPDATE feeds SET lease_until = ? WHERE lease_owner = ? AND id IN ({_marks(feed_ids)})",
            [lease_time(until), owner, *feed_ids],
        )
        return cursor.rowcount


def release_leases(db: Database, owner: str) -> int:
    """Give back every lease ``owner`` holds (its cycle is over); how many."""
    with write_transaction(db):
        cursor = db.execute(
            "UPDATE feeds SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?", [owner]
        )
        return cursor.rowcount


def lease_holders(db: Database, now: datetime) -> list[str]:
    """Who holds a lease that has not run out."""
    return [
        row["lease_owner"]
        for row in db.query(
            "SELECT DISTINCT lease_owner FROM feeds WHERE lease_owner IS NOT NULL AND lease_until > ?",
            [lease_time(now)],
        )
    ]

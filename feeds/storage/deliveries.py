"""The outbox (``deliveries``): one row per alert / digest / notice per destination.

Rows are created in the same transaction as the announcement that causes them, so an
alert is never lost between "detected" and "queued"; ``dedup_key`` makes enqueueing
idempotent, so it is never queued twice either. Sending is the delivery worker's job.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from feeds.shards import Shards
from feeds.storage.db import write_transaction
from feeds.storage.dialect import differs, json_append, json_values, lock_rows, same
from feeds.timeutil import from_db, to_db

log = logging.getLogger(__name__)


def destination(channel_id: int | None) -> str:
    return str(channel_id) if channel_id is not None else "webhook"


def enqueue(
    db: Database,
    *,
    guild_id: int,
    channel_id: int | None,
    kind: str,
    dedup_key: str,
    now: datetime,
    story_id: int | None = None,
    keyword_match_id: int | None = None,
    ref: str | None = None,
    payload: dict[str, Any] | None = None,
    route_id: int | None = None,
    target: str = "channel",
    ping_role_id: int | None = None,
) -> bool:
    """Queue a delivery unless one with the same key exists. True when a row was added.
    ``route_id``, ``target`` and ``ping_role_id``: the route that sends it, how it is posted
    (in the channel, as a forum post, with a thread per story) and the role it mentions."""
    cursor = db.conn.execute(
        """INSERT INTO deliveries (guild_id, channel_id, kind, story_id, keyword_match_id, ref, payload, dedup_key,
           next_attempt_at, created_at, updated_at, route_id, target, ping_role_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (dedup_key) DO NOTHING""",
        [
            guild_id,
            channel_id,
            kind,
            story_id,
            keyword_match_id,
            ref,
            json.dumps(payload) if payload else None,
            dedup_key,
            to_db(now),
            to_db(now),
            to_db(now),
            route_id,
            target,
            ping_role_id,
        ],
    )
    return cursor.rowcount > 0


def story_dedup_key(story_id: int, guild_id: int, channel_id: int | None) -> str:
    return f"story:{story_id}:{guild_id}:{destination(channel_id)}"


def alerted_elsewhere(db: Database, story_id: int, guild_id: int, channel_id: int | None) -> bool:
    """The server has (or is about to have) this story's alert in another channel: one of its
    routes took the story."""
    row = db.execute(
        f"""SELECT 1 FROM deliveries WHERE story_id = ? AND guild_id = ? AND kind = 'story'
           AND channel_id {differs(db)} ? AND state IN ('pending', 'sending', 'sent') LIMIT 1""",
        [story_id, guild_id, channel_id],
    ).fetchone()
    return row is not None


def request_edit(db: Database, story_id: int, guild_id: int | None, now: datetime) -> bool:
    """Later coverage of a story already posted in this server (``None``: in every server):
    edit the message (when its id is known: a webhook may have answered without one). A post
    in flight ('sending') may have been rendered before this coverage: it is marked too, and
    :func:`mark_sent` keeps the mark, so the edit follows the post instead of being lost. An
    edit in flight (``edit_pending = 2``, see :func:`claim_due`) may have been rendered before
    this coverage too: marked again, it is made once more when the one in flight is done.
    Leases are left alone (due now, the row would be claimed and sent twice)."""
    cursor = db.conn.execute(
        """UPDATE deliveries SET edit_pending = 1, updated_at = ?,
             next_attempt_at = CASE WHEN state = 'sent' AND edit_pending <> 2 THEN ? ELSE next_attempt_at END
           WHERE story_id = ? AND (CAST(? AS BIGINT) IS NULL OR guild_id = ?) AND kind = 'story'
             AND ((state = 'sent' AND message_id IS NOT NULL) OR state = 'sending')""",
        [to_db(now), to_db(now), story_id, guild_id, guild_id],
    )
    return cursor.rowcount > 0


# -- the delivery worker's side ------------------------------------------------------------

LEASE = timedelta(
    minutes=2
)  # a claimed row is not claimed again before this (crash recovery waits at most this)
MAX_BACKOFF = timedelta(minutes=30)  # the longest wait before a retry, Retry-After included
# No row is ever scheduled further ahead than a lease or the longest backoff (plus a minute
# for a clock that steps back a little): a row due later than that was scheduled by a clock
# that has since been corrected, and would otherwise wait until that date.
HORIZON = max(LEASE, MAX_BACKOFF) + timedelta(minutes=1)
# Rows the worker may claim: not yet sent, or sent with an edit to make.
_CLAIMABLE = "(d.state IN ('pending', 'sending') OR (d.state = 'sent' AND d.edit_pending > 0))"


@dataclass(frozen=True)
class Delivery:
    """One outbox row as the delivery worker claims it: where it goes, what to post, how far it got."""

    id: int
    guild_id: int
    channel_id: int | None
    kind: str
    story_id: int | None
    keyword_match_id: int | None
    ref: str | None
    payload: dict[str, Any] | None
    state: str
    attempts: int
    message_id: int | None
    edit_pending: bool
    created_at: datetime
    last_error: str | None
    # Where, on Discord's clock, reconciliation starts reading the channel: set just before the
    # first post of this sending round, so None means it was never posted (column claimed_at).
    reconcile_from: datetime | None = None
    route_id: int | None = None  # None: the server's alert channel (or not an alert)
    target: str = "channel"  # "channel", "forum" (a post per story) or "thread_per_story"
    ping_role_id: int | None = None  # the route's role to mention, over the server's
    thread_id: int | None = None  # the forum post or thread the story lives in, once posted
    thread_posted: tuple[str, ...] = ()  # reports shown in that thread so far (link, else feed)

    @property
    def is_edit(self) -> bool:
        return self.state == "sent" and self.edit_pending

    @property
    def marker(self) -> str:
        """Printed at the end of the embed footer; how a delivery is found again after a crash."""
        return f"#{self.id}"

    @property
    def nonce(self) -> str:
        return f"vidradar-{self.id}"

    @property
    def lane(self) -> int:
        """Its destination as the worker's lanes key it (0: the webhook, or no channel)."""
        return self.channel_id or 0

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Delivery:
        return cls(
            id=row["id"],
            guild_id=row["guild_id"],
            channel_id=row["channel_id"],
            kind=row["kind"],
            story_id=row["story_id"],
            keyword_match_id=row["keyword_match_id"],
            ref=row["ref"],
            payload=json.loads(row["payload"]) if row["payload"] else None,
            state=row["state"],
            attempts=row["attempts"],
            message_id=row["message_id"],
            edit_pending=bool(row["edit_pending"]),
            created_at=from_db(row["created_at"]),
            last_error=row["last_error"],
            reconcile_from=from_db(row["claimed_at"]) if row.get("claimed_at") else None,
            route_id=row.get("route_id"),
            target=row.get("target") or "channel",
            ping_role_id=row.get("ping_role_id"),
            thread_id=row.get("thread_id"),
            thread_posted=tuple(json.loads(row["thread_posted"])) if row.get("thread_posted") else (),
        )


def claim_due(
    db: Database,
    now: datetime,
    *,
    max_age: timedelta,
    limit: int = 20,
    busy: Collection[int] = (),
    lanes: int | None = None,
    per_lane: int | None = None,
    shards: Shards | None = None,
) -> list[Delivery]:
    """Claim deliveries that are due, for servers that are active and not paused, oldest
    first. Rows left in 'sending' by a crash are claimed again once their lease runs out (and
    reconciled by the worker before any re-send); an edit claimed is marked in flight
    (``edit_pending = 2``). Alerts older than ``max_age`` expire instead
    of being sent; rows scheduled past what the clock allows are due now (a clock jump).

    The worker serves each destination in its own lane: ``busy`` lanes (see
    :attr:`Delivery.lane`) are skipped, so a destination never has two deliveries in flight and
    its deliveries go out in order; at most ``lanes`` destinations, ``per_lane`` rows each."""
    stamp = to_db(now)
    with write_transaction(db):
        expire_old(db, now, max_age, states=("pending", "sending"))
        due_after_clock_jump(db, now)
        rows = _locked(db, _pick_lanes(_due_rows(db, stamp, busy, per_lane or limit, limit, shards), lanes))
        for row in rows:
            db.execute(
                """UPDATE deliveries SET state = CASE WHEN state = 'sent' THEN 'sent' ELSE 'sending' END,
                   edit_pending = CASE WHEN state = 'sent' THEN 2 ELSE 0 END,
                   attempts = attempts + 1, next_attempt_at = ?, updated_at = ? WHERE id = ?""",
                [to_db(now + LEASE), stamp, row["id"]],
            )
            row["attempts"] += 1
    return [Delivery.from_row(row) for row in rows]


# A digest's pages go out in order: a page waits while an earlier one of the same digest is
# waiting for its retry (or in flight).
_EARLIER_PAGE_WAITING = """(d.kind = 'digest' AND EXISTS (
    SELECT 1 FROM deliveries p WHERE p.kind = 'digest' AND p.guild_id = d.guild_id AND p.ref = d.ref
      AND p.id < d.id AND p.state IN ('pending', 'sending') AND p.next_attempt_at > :now))"""


def _due_rows(
    db: Database, stamp: str, busy: Collection[int], per_lane: int, limit: int, shards: Shards | None
) -> list[dict[str, Any]]:
    """Due rows outside the busy lanes, oldest first, at most ``per_lane`` of each lane; only
    the servers of ``shards`` (another process delivers the others)."""
    owned, params = _owned(db, shards, "d.guild_id")
    return list(
        db.query(
            f"""SELECT * FROM (
                  SELECT d.*, row_number() OVER (PARTITION BY coalesce(d.channel_id, 0) ORDER BY d.id) AS lane_rank
                  FROM deliveries d JOIN servers s ON s.guild_id = d.guild_id
                  WHERE s.active = 1 AND s.paused = 0 AND d.next_attempt_at <= :now AND {_CLAIMABLE}
                    AND coalesce(d.channel_id, 0) NOT IN ({json_values(db, ":busy", cast="bigint")}) AND {owned}
                    AND NOT {_EARLIER_PAGE_WAITING}) AS due
               WHERE lane_rank <= :per_lane ORDER BY id LIMIT :limit""",
            {"now": stamp, "busy": json.dumps(sorted(busy)), "per_lane": per_lane, "limit": limit, **params},
        )
    )


def _locked(db: Database, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows this transaction could lock (:func:`~feeds.storage.dialect.lock_rows`)."""
    locked = set(lock_rows(db, "deliveries", [row["id"] for row in rows]))
    return [row for row in rows if row["id"] in locked]


def _owned(db: Database, shards: Shards | None, column: str) -> tuple[str, dict[str, Any]]:
    """The SQL condition "this server belongs to one of ``shards``" (Discord's rule), with its
    named parameters; always true for a process that runs every shard."""
    if shards is None or shards.everything:
        return "1 = 1", {}
    return (
        f"(({column} >> 22) % :shard_count) IN ({json_values(db, ':shard_ids', cast='bigint')})",
        {"shard_count": shards.count, "shard_ids": json.dumps(list(shards.ids))},
    )


def _pick_lanes(rows: list[dict[str, Any]], lanes: int | None) -> list[dict[str, Any]]:
    """The rows of the first ``lanes`` destinations (by their oldest row)."""
    if lanes is None:
        return rows
    chosen: set[int] = set()
    picked = []
    for row in rows:
        lane = row["channel_id"] or 0
        if lane not in chosen and len(chosen) >= lanes:
            continue
        chosen.add(lane)
        picked.append(row)
    return picked


def due_after_clock_jump(db: Database, now: datetime) -> int:
    """Rows due later than ``now`` + :data:`HORIZON` were scheduled (enqueued, leased or backed
    off) while the clock was ahead: make them due now, or they would wait until that date.
    Logged once per detection (the rows are then no longer in the future)."""
    horizon = to_db(now + HORIZON)
    count, latest = db.execute(
        f"SELECT count(*), max(next_attempt_at) FROM deliveries d WHERE next_attempt_at > ? AND {_CLAIMABLE}",
        [horizon],
    ).fetchone()
    if not count:
        return 0
    db.execute(
        f"""UPDATE deliveries SET next_attempt_at = ?, updated_at = ? WHERE id IN
            (SELECT d.id FROM deliveries d WHERE next_attempt_at > ? AND {_CLAIMABLE})""",
        [to_db(now), to_db(now), horizon],
    )
    log.warning(
        "clock jump detected: %d deliveries were scheduled as late as %s, past what the clock (%s) "
        "allows; they are due now",
        count,
        latest,
        to_db(now),
    )
    return int(count)


def set_reconcile_from(db: Database, delivery_ids: list[int], since: datetime) -> None:
    """Before the first post of a sending round: where, on Discord's clock, its message can
    first appear. Rows that already have it keep theirs (their earlier post may be there)."""
    db.execute(
        f"""UPDATE deliveries SET claimed_at = ? WHERE claimed_at IS NULL
            AND id IN ({json_values(db, "?", cast="bigint")})""",
        [to_db(since), json.dumps(delivery_ids)],
    )


def mark_sent(
    db: Database,
    delivery_id: int,
    message_id: int | None,
    now: datetime,
    *,
    thread_id: int | None = None,
    thread_posted: list[str] | None = None,
    refresh: bool = False,
) -> None:
    """Posted (or edited). ``thread_id``: the forum post or thread the story now lives in;
    ``thread_posted``: the reports that thread shows (link, else feed). A post whose story
    gained coverage while it was in flight (see :func:`request_edit`) is due again at once, as
    an edit of the message just posted; so is an edit whose story gained coverage again while
    it was in flight, and a message found posted after all (``refresh``: it shows the story as
    it was then, and coverage that came while the row waited for its retry asked no edit)."""
    # a post or an edit in flight whose story gained coverage meanwhile, with a message to edit
    edit_follows = "(edit_pending = 1 OR :refresh = 1) AND coalesce(:message_id, message_id) IS NOT NULL"
    db.execute(
        f"""UPDATE deliveries SET
           next_attempt_at = CASE WHEN {edit_follows} THEN :now ELSE next_attempt_at END,
           edit_pending = CASE WHEN {edit_follows} THEN 1 ELSE 0 END,
           state = 'sent', message_id = coalesce(:message_id, message_id), last_error = NULL,
           sent_at = coalesce(sent_at, :now), updated_at = :now, thread_id = coalesce(:thread_id, thread_id),
           thread_posted = coalesce(:thread_posted, thread_posted)
           WHERE id = :id""",
        {
            "message_id": message_id,
            "now": to_db(now),
            "thread_id": thread_id,
            "thread_posted": json.dumps(thread_posted) if thread_posted is not None else None,
            "refresh": int(refresh),
            "id": delivery_id,
        },
    )


def mark_retry(
    db: Database, delivery: Delivery, error: str, now: datetime, delay: timedelta | None = None
) -> None:
    """A transient failure: try again later with exponential backoff, or after ``delay`` (a
    Retry-After), never later than :data:`MAX_BACKOFF` (an edit stays 'sent')."""
    backoff = min(delay or timedelta(seconds=5 * 2 ** min(delivery.attempts, 10)), MAX_BACKOFF)
    db.execute(
        """UPDATE deliveries SET state = CASE WHEN state = 'sent' THEN 'sent' ELSE 'pending' END,
           next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?""",
        [to_db(now + backoff), error[:300], to_db(now), delivery.id],
    )


def digest_first_page(db: Database, delivery: Delivery) -> int | None:
    """The message of the digest's first page, posted before this later page (None: this is
    the first page, or it was never posted)."""
    row = db.execute(
        """SELECT message_id FROM deliveries WHERE kind = 'digest' AND guild_id = ? AND ref = ? AND id < ?
           ORDER BY id LIMIT 1""",
        [delivery.guild_id, delivery.ref, delivery.id],
    ).fetchone()
    return row[0] if row else None


def unclaim(db: Database, ids: Collection[int], unanchored: Collection[int], now: datetime) -> None:
    """Claimed rows given back unstarted: due again at once, the claim not counted as an
    attempt; an edit is pending again. ``unanchored``: rows that had no start point before this
    claim (see :func:`set_reconcile_from`) lose the one it gave them: they were never posted."""
    stamp, forget = to_db(now), set(unanchored)
    db.conn.executemany(
        """UPDATE deliveries SET next_attempt_at = ?, attempts = attempts - 1, updated_at = ?,
           state = CASE WHEN state = 'sending' THEN 'pending' ELSE state END,
           edit_pending = CASE WHEN state = 'sent' AND edit_pending = 2 THEN 1 ELSE edit_pending END,
           claimed_at = CASE WHEN ? = 1 THEN NULL ELSE claimed_at END
           WHERE id = ? AND (state = 'sending' OR (state = 'sent' AND edit_pending = 2))""",
        [(stamp, stamp, int(delivery_id in forget), delivery_id) for delivery_id in ids],
    )


def mark_failed(db: Database, delivery: Delivery, error: str, now: datetime) -> None:
    """A failure retrying cannot fix (missing channel or permission): kept for /alerts retry."""
    if delivery.is_edit:
        # The alert itself went out; a later "also reported by" edit that cannot be made is dropped.
        db.execute(
            "UPDATE deliveries SET edit_pending = 0, last_error = ?, updated_at = ? WHERE id = ?",
            [error[:300], to_db(now), delivery.id],
        )
        return
    db.execute(
        "UPDATE deliveries SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?",
        [error[:300], to_db(now), delivery.id],
    )


def retry_failed(db: Database, guild_id: int, now: datetime, channel_id: int | None = None) -> int:
    """/alerts retry: failed deliveries go back to pending (alerts of the alert channel to the
    current one when given; a route's alerts stay with their route's channel). Their start
    points (``claimed_at``) stay: an attempt may have posted before it failed, so the retry
    searches the channel from there before sending again."""
    cursor = db.conn.execute(
        """UPDATE deliveries SET state = 'pending', attempts = 0, next_attempt_at = ?,
           channel_id = CASE WHEN kind IN ('story', 'keyword', 'test') AND route_id IS NULL AND CAST(? AS BIGINT) IS NOT NULL
             THEN ? ELSE channel_id END,
           updated_at = ? WHERE guild_id = ? AND state = 'failed'""",
        [to_db(now), channel_id, channel_id, to_db(now), guild_id],
    )
    return cursor.rowcount


def release_claims(db: Database, now: datetime, shards: Shards | None = None) -> int:
    """At start-up: this process is the only sender of its servers (``shards``), so rows a
    crashed run left in 'sending' are due at once (the worker reconciles them before
    re-sending)."""
    owned, params = _owned(db, shards, "guild_id")
    cursor = db.conn.execute(
        f"""UPDATE deliveries SET next_attempt_at = :now
            WHERE (state = 'sending' OR (state = 'sent' AND edit_pending > 0)) AND {owned}""",
        {"now": to_db(now), **params},
    )
    return cursor.rowcount


def expire_old(
    db: Database,
    now: datetime,
    max_age: timedelta,
    states: tuple[str, ...] = ("pending", "sending", "failed"),
) -> int:
    """Alerts older than ``max_age`` are not posted any more. A paused server's are left for
    /alerts resume, which expires them itself and tells the admin how many."""
    marks = ",".join("?" * len(states))
    cursor = db.conn.execute(
        f"""UPDATE deliveries SET state = 'expired', last_error = coalesce(last_error, 'too old to post'), updated_at = ?
            WHERE state IN ({marks}) AND kind IN ('story', 'keyword') AND created_at < ?
              AND guild_id NOT IN (SELECT guild_id FROM servers WHERE paused = 1)""",
        [to_db(now), *states, to_db(now - max_age)],
    )
    return cursor.rowcount


def expire_paused(db: Database, guild_id: int, now: datetime, max_age: timedelta) -> int:
    """/alerts resume: the server's alerts that came due while it was paused and are now older
    than ``max_age`` are not posted any more. Returns how many."""
    cursor = db.conn.execute(
        """UPDATE deliveries SET state = 'expired', last_error = 'came due while alerts were paused',
           updated_at = ? WHERE guild_id = ? AND state IN ('pending', 'sending') AND kind IN ('story', 'keyword')
           AND created_at < ?""",
        [to_db(now), guild_id, to_db(now - max_age)],
    )
    return cursor.rowcount


def digest_queued(db: Database, guild_id: int, period: str) -> bool:
    """Whether this server's digest for ``period`` is in the outbox already."""
    return (
        db.execute(
            "SELECT 1 FROM deliveries WHERE guild_id = ? AND kind = 'digest' AND ref = ?", [guild_id, period]
        ).fetchone()
        is not None
    )


@dataclass(frozen=True)
class DeliveryCounts:
    """One server's outbox (or everyone's) at a glance: rows by state (``pending`` includes those
    being sent) and the commonest errors."""

    pending: int
    failed: int
    sent: int
    problems: list[tuple[str, str, int]]  # (kind, last error, count) of failed/retrying rows


def delivery_counts(db: Database, guild_id: int | None = None) -> DeliveryCounts:
    where, params = ("WHERE guild_id = ?", [guild_id]) if guild_id is not None else ("", [])
    counts = dict(
        db.execute(f"SELECT state, count(*) FROM deliveries {where} GROUP BY state", params).fetchall()
    )
    problems = db.execute(
        f"""SELECT kind, last_error, count(*) FROM deliveries {where} {"AND" if where else "WHERE"}
            (state = 'failed' OR (state IN ('pending', 'sending') AND last_error IS NOT NULL))
            GROUP BY kind, last_error ORDER BY count(*) DESC LIMIT 10""",
        params,
    ).fetchall()
    return DeliveryCounts(
        pending=counts.get("pending", 0) + counts.get("sending", 0),
        failed=counts.get("failed", 0),
        sent=counts.get("sent", 0),
        problems=[(k, e, n) for k, e, n in problems],
    )


FOLDED = "folded into a summary (rate cap)"


def recent_alerts(db: Database, guild_id: int, channel_id: int | None, since: datetime) -> int:
    """Story alerts posted in this destination since ``since`` (folded ones are not posted)."""
    (count,) = db.execute(
        f"""SELECT count(*) FROM deliveries WHERE guild_id = ? AND channel_id {same(db)} ? AND kind = 'story'
           AND state = 'sent' AND message_id IS NOT NULL AND sent_at >= ?""",
        [guild_id, channel_id, to_db(since)],
    ).fetchone()
    return int(count)


def fold(
    db: Database,
    delivery: Delivery,
    story: dict[str, Any],
    window_end: datetime,
    window: timedelta,
    now: datetime,
) -> None:
    """A story alert past the destination's rate cap: never posted on its own, but listed in
    the destination's one "and N more" message, posted when the window ends. One transaction:
    the alert is folded and listed, or neither."""
    with write_transaction(db):
        key = f"fold:{delivery.guild_id}:{destination(delivery.channel_id)}:{to_db(window_end)}"
        payload = {"notice": "folded", "window_s": int(window.total_seconds()), "stories": [story]}
        if not enqueue(
            db,
            guild_id=delivery.guild_id,
            channel_id=delivery.channel_id,
            kind="notice",
            dedup_key=key,
            now=now,
            payload=payload,
        ):
            db.execute(
                f"""UPDATE deliveries SET payload = {json_append(db, "payload", "stories", "?")}, updated_at = ?
                   WHERE dedup_key = ?""",
                [json.dumps(story), to_db(now), key],
            )
        db.execute(
            "UPDATE deliveries SET next_attempt_at = ? WHERE dedup_key = ? AND state = 'pending'",
            [to_db(window_end), key],
        )
        db.execute(
            """UPDATE deliveries SET state = 'sent', message_id = NULL, edit_pending = 0, last_error = ?,
               sent_at = ?, updated_at = ? WHERE id = ?""",
            [FOLDED, to_db(now), to_db(now), delivery.id],
        )


def note_thread_posts(db: Database, delivery_id: int, posted: list[str], now: datetime) -> None:
    """Reports about to be posted in a story's thread, recorded before the post: a crash after
    it never posts them twice (the alert's embed lists every report anyway)."""
    db.execute(
        "UPDATE deliveries SET thread_posted = ?, updated_at = ? WHERE id = ?",
        [json.dumps(posted), to_db(now), delivery_id],
    )

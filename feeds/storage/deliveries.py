"""The outbox (``deliveries``): one row per alert / digest / notice per destination.

Rows are created in the same transaction as the announcement that causes them, so an
alert is never lost between "detected" and "queued"; ``dedup_key`` makes enqueueing
idempotent, so it is never queued twice either. Sending is the delivery worker's job.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from feeds.timeutil import to_db


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
) -> bool:
    """Queue a delivery unless one with the same key exists. True when a row was added."""
    cursor = db.conn.execute(
        """INSERT INTO deliveries (guild_id, channel_id, kind, story_id, keyword_match_id, ref, payload, dedup_key,
           next_attempt_at, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
        ],
    )
    return cursor.rowcount > 0


def story_dedup_key(story_id: int, guild_id: int, channel_id: int | None) -> str:
    return f"story:{story_id}:{guild_id}:{destination(channel_id)}"


def request_edit(db: Database, story_id: int, guild_id: int, now: datetime) -> bool:
    """Later coverage of a story already posted in this server: edit the message."""
    cursor = db.conn.execute(
        """UPDATE deliveries SET edit_pending = 1, updated_at = ?
           WHERE story_id = ? AND guild_id = ? AND kind = 'story' AND state = 'sent'""",
        [to_db(now), story_id, guild_id],
    )
    return cursor.rowcount > 0

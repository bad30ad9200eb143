"""Stories and announcements: attaching a detected entry to its story (see feeds/stories.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from feeds.models import Detection
from feeds.stories import STORY_SPAN, StoryWindow, pick_story, story_key
from feeds.timeutil import from_db, to_db


@dataclass(frozen=True)
class Attachment:
    story_id: int
    story_key: str
    created: bool


def _merge(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


def story_for_link(db: Database, link: str | None, feed_id: int) -> int | None:
    """The story of the same article reached through another feed (canonical link match)."""
    if not link:
        return None
    row = db.execute(
        """SELECT a.story_id FROM entries e JOIN announcements a ON a.entry_id = e.id
           WHERE e.link = ? AND e.feed_id != ? ORDER BY a.id LIMIT 1""",
        [link, feed_id],
    ).fetchone()
    return row[0] if row else None


def attach(
    db: Database,
    *,
    subject: str,
    detection: Detection,
    entry_id: int,
    published: datetime,
    official: bool,
    now: datetime,
    same_article_story: int | None = None,
) -> Attachment:
    """Join the story this announcement belongs to, or start one."""
    if same_article_story is not None:
        key = db.execute("SELECT key FROM stories WHERE id = ?", [same_article_story]).fetchone()[0]
        _extend(db, same_article_story, detection, published, official, entry_id, now)
        return Attachment(same_article_story, _current_key(db, same_article_story) or key, False)
    rows = db.execute(
        """SELECT id, first_published_at, last_published_at FROM stories
           WHERE subject = ? AND event = ? AND first_published_at <= ? AND last_published_at >= ?""",
        [subject, detection.event, to_db(published + STORY_SPAN), to_db(published - STORY_SPAN)],
    ).fetchall()
    windows = [StoryWindow(r[0], from_db(r[1]), from_db(r[2])) for r in rows]  # type: ignore[arg-type]
    chosen = pick_story(windows, published)
    if chosen is not None:
        _extend(db, chosen.id, detection, published, official, entry_id, now)
        return Attachment(chosen.id, _current_key(db, chosen.id) or "", False)
    key = story_key(subject, detection.event, published)
    cursor = db.conn.execute(
        """INSERT INTO stories (key, subject, event, vendors, products, api, score, official, first_entry_id,
           first_published_at, last_published_at, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            key,
            subject,
            detection.event,
            json.dumps(detection.vendors),
            json.dumps(detection.products),
            int(detection.api),
            detection.score,
            int(official),
            entry_id,
            to_db(published),
            to_db(published),
            to_db(now),
            to_db(now),
        ],
    )
    return Attachment(int(cursor.lastrowid or 0), key, True)


def _current_key(db: Database, story_id: int) -> str | None:
    row = db.execute("SELECT key FROM stories WHERE id = ?", [story_id]).fetchone()
    return row[0] if row else None


def _extend(
    db: Database,
    story_id: int,
    detection: Detection,
    published: datetime,
    official: bool,
    entry_id: int,
    now: datetime,
) -> None:
    row = db.execute(
        "SELECT key, subject, event, vendors, products, api, score, official, first_published_at, last_published_at "
        "FROM stories WHERE id = ?",
        [story_id],
    ).fetchone()
    key, subject, event, vendors, products, api, score, was_official, first, last = row
    first_dt, last_dt = from_db(first), from_db(last)
    assert first_dt is not None and last_dt is not None
    updates: dict[str, Any] = {
        "vendors": json.dumps(_merge(json.loads(vendors), detection.vendors)),
        "products": json.dumps(_merge(json.loads(products), detection.products)),
        "api": int(bool(api) or detection.api),
        "score": max(score, detection.score),
        "official": int(bool(was_official) or official),
        "last_published_at": to_db(max(last_dt, published)),
        "updated_at": to_db(now),
    }
    if published < first_dt:
        # An earlier report moves the anchor: the key follows it (so it does not depend on
        # which feed was polled first); the old key stays valid as an alias.
        new_key = story_key(subject, event, published)
        db.execute("INSERT OR IGNORE INTO story_aliases (alias, story_id) VALUES (?, ?)", [key, story_id])
        updates.update(key=new_key, first_published_at=to_db(published), first_entry_id=entry_id)
    assignments = ", ".join(f"{column} = ?" for column in updates)
    db.execute(f"UPDATE stories SET {assignments} WHERE id = ?", [*updates.values(), story_id])


def insert_announcement(
    db: Database, *, entry_id: int, story_id: int, detection: Detection, alertable: bool, now: datetime
) -> int:
    cursor = db.conn.execute(
        """INSERT INTO announcements (entry_id, story_id, event, score, vendors, products, api, reasons, alertable, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (entry_id) DO UPDATE SET event = excluded.event, score = excluded.score,
             vendors = excluded.vendors, products = excluded.products, api = excluded.api, reasons = excluded.reasons""",
        [
            entry_id,
            story_id,
            detection.event,
            detection.score,
            json.dumps(detection.vendors),
            json.dumps(detection.products),
            int(detection.api),
            json.dumps(detection.reasons),
            int(alertable),
            now and to_db(now),
        ],
    )
    return int(cursor.lastrowid or 0)


def announcement_for_entry(db: Database, entry_id: int) -> tuple[int, int] | None:
    """(announcement id, story id) when the entry already has an announcement."""
    row = db.execute("SELECT id, story_id FROM announcements WHERE entry_id = ?", [entry_id]).fetchone()
    return (row[0], row[1]) if row else None


def resolve_story(db: Database, key: str) -> int | None:
    """Story id for a public key or one of its aliases (case-insensitive)."""
    key = key.strip().lower()
    row = db.execute("SELECT id FROM stories WHERE key = ?", [key]).fetchone()
    if row:
        return row[0]
    row = db.execute("SELECT story_id FROM story_aliases WHERE alias = ?", [key]).fetchone()
    return row[0] if row else None

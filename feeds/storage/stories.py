"""Stories and announcements: attaching a detected entry to its story (rule: feeds/stories.py).

Attaching an item recomputes the windows of its subject/event from the stored story that
contains it (or from the item itself) until they agree with the stored ones again, reading
only the stories anchored around it (an indexed range on ``stories_subject_event``). Rows are
kept across regrouping so deliveries stay attached to the alert they produced: a channel that
already has an alert for a story never gets a second one because the story was regrouped.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from feeds.models import Detection
from feeds.storage import deliveries
from feeds.stories import (
    REGROUP_REACH,
    STORY_SPAN,
    PlannedStory,
    StoredStory,
    Unit,
    plan,
    settled,
    story_key,
)
from feeds.timeutil import from_db, to_db

# Outbox states that mean "this channel has (or is about to have) an alert for the story".
# An alert in these states has been (or is being) posted with the story's items as they were.
ALERTED_STATES = ("sending", "sent")
_KEEP_RANK = {"sent": 0, "sending": 1, "pending": 2, "failed": 3, "expired": 4}


@dataclass(frozen=True)
class Attachment:
    story_id: int
    story_key: str
    created: bool


@dataclass(frozen=True)
class _Pending:
    """The item being attached; the caller inserts its announcement afterwards."""

    entry_id: int
    published: datetime
    detection: Detection
    official: bool


@dataclass
class _Region:
    """The stored stories a regrouping reads, with their units and alerts."""

    keys: dict[int, str] = field(default_factory=dict)
    anchors: dict[int, datetime] = field(default_factory=dict)
    first_copy: dict[str, tuple[int, datetime]] = field(default_factory=dict)  # unit -> (ann id, time)
    copies: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    story_units: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    first_sent: dict[int, datetime] = field(default_factory=dict)
    alerted: dict[int, set[tuple[int, int | None]]] = field(default_factory=lambda: defaultdict(set))
    queued: dict[int, set[tuple[int, int | None]]] = field(
        default_factory=lambda: defaultdict(set)
    )  # pending

    def units(self) -> list[Unit]:
        return [Unit(key, published) for key, (_, published) in self.first_copy.items()]

    def stored(self) -> list[StoredStory]:
        return [
            StoredStory(sid, self.anchors[sid], tuple(self.story_units[sid]), self.first_sent.get(sid))
            for sid in self.keys
        ]


def _merge(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


def _second(moment: datetime) -> datetime:
    """The stored precision (whole seconds), so a restart sees exactly the same times."""
    value = from_db(to_db(moment))
    assert value is not None
    return value


def _unit_key(link: str | None, entry_id: int) -> str:
    return f"link:{link}" if link else f"entry:{entry_id}"


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
    """The story this announcement belongs to (regrouping its neighbours when it moves a
    window), created if needed. Call inside the ingest transaction."""
    pending = _Pending(entry_id, _second(published), detection, official)
    if same_article_story is not None:
        _refresh(db, same_article_story, None, now, pending)
        return Attachment(same_article_story, _current_key(db, same_article_story) or "", False)
    link_row = db.execute("SELECT link FROM entries WHERE id = ?", [entry_id]).fetchone()
    unit = _unit_key(link_row[0] if link_row else None, entry_id)
    region, planned = _plan_region(db, subject, detection.event, pending.published, unit)
    return _apply(db, subject, detection.event, planned, region, unit, pending, now)


# -- reading the region ----------------------------------------------------------------------


def _plan_region(
    db: Database, subject: str, event: str, published: datetime, unit: str
) -> tuple[_Region, list[PlannedStory]]:
    """Read stories from the one containing ``published`` onwards, further only while the
    recomputed windows still run into the next stored story."""
    start_row = db.execute(
        """SELECT min(first_published_at) FROM stories
           WHERE subject = ? AND event = ? AND first_published_at > ? AND first_published_at <= ?""",
        [subject, event, to_db(published - STORY_SPAN), to_db(published)],
    ).fetchone()
    start = min(from_db(start_row[0]) or published, published)
    region = _Region()
    lower, upper = to_db(start), to_db(published + REGROUP_REACH)
    include_lower = True
    while True:
        _load_stories(db, region, subject, event, lower, upper, include_lower)
        units = region.units()
        if unit not in region.first_copy:
            units.append(Unit(unit, published))
        planned = plan(units, region.stored())
        following = [
            r[0]
            for r in db.execute(
                """SELECT first_published_at FROM stories WHERE subject = ? AND event = ? AND first_published_at > ?
                   ORDER BY first_published_at LIMIT 8""",
                [subject, event, upper],
            )
        ]
        if settled(planned, from_db(following[0]) if following else None):
            return region, planned
        lower, upper, include_lower = upper, following[-1], False


def _load_stories(
    db: Database, region: _Region, subject: str, event: str, lower: str, upper: str, include_lower: bool
) -> None:
    above = ">=" if include_lower else ">"
    rows = db.execute(
        f"""SELECT id, key, first_published_at FROM stories
            WHERE subject = ? AND event = ? AND first_published_at {above} ? AND first_published_at <= ?""",
        [subject, event, lower, upper],
    ).fetchall()
    if not rows:
        return
    ids = [r[0] for r in rows]
    for sid, key, anchor in rows:
        region.keys[sid] = key
        region.anchors[sid] = from_db(anchor)  # type: ignore[assignment]
    marks = ",".join("?" * len(ids))
    for ann_id, sid, entry_id, published, link in db.execute(
        f"""SELECT a.id, a.story_id, a.entry_id, e.published_at, e.link FROM announcements a
            JOIN entries e ON e.id = a.entry_id WHERE a.story_id IN ({marks}) ORDER BY e.published_at, a.id""",
        ids,
    ):
        key = _unit_key(link, entry_id)
        region.copies[key].append((ann_id, sid))
        region.story_units[sid].append(key)
        known = region.first_copy.get(key)
        if known is None or ann_id < known[0]:
            region.first_copy[key] = (ann_id, from_db(published))  # type: ignore[arg-type]
    for sid, guild_id, channel_id, state, sent_at in db.execute(
        f"""SELECT story_id, guild_id, channel_id, state, sent_at FROM deliveries
            WHERE kind = 'story' AND story_id IN ({marks})""",
        ids,
    ):
        if state in ALERTED_STATES:
            region.alerted[sid].add((guild_id, channel_id))
        elif state == "pending":
            region.queued[sid].add((guild_id, channel_id))
        if state == "sent" and sent_at:
            sent = from_db(sent_at)
            assert sent is not None
            region.first_sent[sid] = min(region.first_sent.get(sid, sent), sent)


# -- writing the plan ------------------------------------------------------------------------


def _apply(
    db: Database,
    subject: str,
    event: str,
    planned: list[PlannedStory],
    region: _Region,
    unit: str,
    pending: _Pending,
    now: datetime,
) -> Attachment:
    final: dict[int, str] = {}
    anchors: dict[int, datetime] = {}
    created: set[int] = set()
    touched: set[int] = set()  # items moved in or out, or merged
    target = 0
    for index, story in enumerate(planned):
        if story.keep is None:
            row = _insert_story(db, subject, event, story.anchor, f"~new{pending.entry_id}.{index}", now)
            created.add(row)
        else:
            row = story.keep
        moved = [(ann, sid) for key in story.units for ann, sid in region.copies.get(key, []) if sid != row]
        if moved:
            marks = ",".join("?" * len(moved))
            db.execute(
                f"UPDATE announcements SET story_id = ? WHERE id IN ({marks})", [row, *(a for a, _ in moved)]
            )
            sources = {sid for _, sid in moved}
            touched |= sources | {row}
            if row in created:
                _inherit_alerts(db, row, sources, region, now)
        for loser in story.absorbed:
            _absorb(db, loser, row, region.keys[loser], now)
            touched.add(row)
        if unit in story.units:
            target = row
        final[row] = story_key(subject, event, story.anchor)
        anchors[row] = story.anchor
    rekeyed = _set_keys(db, final)
    touched = (touched | rekeyed) & final.keys()
    for row in final:
        if row in touched or row in created or row == target:
            _refresh(db, row, anchors[row], now, pending if row == target else None)
    for row in touched - created:
        _request_edits(db, row, now)
    assert target, "the item being attached is in one of the planned stories"
    return Attachment(target, final[target], target in created)


def _insert_story(db: Database, subject: str, event: str, anchor: datetime, key: str, now: datetime) -> int:
    cursor = db.conn.execute(
        """INSERT INTO stories (key, subject, event, score, first_published_at, last_published_at,
           created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?)""",
        [key, subject, event, to_db(anchor), to_db(anchor), to_db(now), to_db(now)],
    )
    return int(cursor.lastrowid or 0)


def _inherit_alerts(db: Database, row: int, sources: set[int], region: _Region, now: datetime) -> None:
    """A story split off stories that alerted a channel counts as alerted there: its items were
    in that alert, so regrouping must not post them again. Where the alert was still only
    queued, its items were never shown: the new story is queued for that channel too."""
    alerted = {dest for sid in sources for dest in region.alerted.get(sid, ())}
    queued = {dest for sid in sources for dest in region.queued.get(sid, ())} - alerted
    origin = ", ".join(region.keys[sid] for sid in sorted(sources))
    for guild_id, channel_id in sorted(alerted | queued, key=repr):
        dedup = deliveries.story_dedup_key(row, guild_id, channel_id)
        created = deliveries.enqueue(
            db, guild_id=guild_id, channel_id=channel_id, kind="story", story_id=row, dedup_key=dedup, now=now
        )
        if created and (guild_id, channel_id) in alerted:
            db.execute(
                "UPDATE deliveries SET state = 'expired', last_error = ? WHERE dedup_key = ?",
                [f"regrouped: already alerted as story {origin}", dedup],
            )


def _absorb(db: Database, loser: int, keeper: int, loser_key: str, now: datetime) -> None:
    """Merge ``loser`` into ``keeper``: per channel the earliest delivered alert stays the
    story's message (later coverage edits it); the others are frozen or expired, never re-sent."""
    rows = db.execute(
        """SELECT id, guild_id, channel_id, state, sent_at, dedup_key FROM deliveries
           WHERE kind = 'story' AND story_id IN (?, ?)""",
        [keeper, loser],
    ).fetchall()
    by_destination: dict[tuple[int, str], list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        by_destination[(row[1], deliveries.destination(row[2]))].append(row)
    for group in by_destination.values():
        group.sort(key=lambda r: (_KEEP_RANK.get(r[3], 9), r[4] or "~", r[0]))
        for other in group[1:]:
            if other[3] == "sending":
                # In flight right now: it stays the keeper's (so whatever the send's outcome, the
                # row stays consistent: sent, or failed and retryable), under its own key.
                db.execute(
                    "UPDATE deliveries SET story_id = ?, dedup_key = ?, updated_at = ? WHERE id = ?",
                    [keeper, f"{other[5]}:merged-{other[0]}", to_db(now), other[0]],
                )
                continue
            db.execute(
                """UPDATE deliveries SET story_id = NULL, edit_pending = 0, dedup_key = ?, last_error = ?,
                   state = CASE WHEN state = 'sent' THEN 'sent' ELSE 'expired' END, updated_at = ? WHERE id = ?""",
                [f"{other[5]}:merged-{other[0]}", f"merged into story #{keeper}", to_db(now), other[0]],
            )
        kept = group[0]
        db.execute(
            "UPDATE deliveries SET story_id = ?, dedup_key = ? WHERE id = ?",
            [keeper, deliveries.story_dedup_key(keeper, kept[1], kept[2]), kept[0]],
        )
    db.execute("UPDATE deliveries SET story_id = ? WHERE story_id = ?", [keeper, loser])
    db.execute("UPDATE announcements SET story_id = ? WHERE story_id = ?", [keeper, loser])
    db.execute("UPDATE story_aliases SET story_id = ? WHERE story_id = ?", [keeper, loser])
    db.execute("INSERT OR REPLACE INTO story_aliases (alias, story_id) VALUES (?, ?)", [loser_key, keeper])
    db.execute("DELETE FROM stories WHERE id = ?", [loser])


def _set_keys(db: Database, final: dict[int, str]) -> set[int]:
    """Give each story the key of its anchor; a key it had before stays as an alias."""
    marks = ",".join("?" * len(final))
    current = dict(db.execute(f"SELECT id, key FROM stories WHERE id IN ({marks})", list(final)).fetchall())
    changed = {row for row, key in final.items() if current[row] != key}
    for row in changed:  # two steps: keys may move between the stories of one regrouping
        db.execute("UPDATE stories SET key = ? WHERE id = ?", [f"~{row}", row])
    for row in changed:
        db.execute("UPDATE stories SET key = ? WHERE id = ?", [final[row], row])
        if not current[row].startswith("~"):
            db.execute(
                "INSERT OR REPLACE INTO story_aliases (alias, story_id) VALUES (?, ?)", [current[row], row]
            )
    live = [final[row] for row in changed]
    if live:
        db.execute(f"DELETE FROM story_aliases WHERE alias IN ({','.join('?' * len(live))})", live)
    return {row for row in changed if not current[row].startswith("~")}


def _refresh(
    db: Database, story_id: int, anchor: datetime | None, now: datetime, pending: _Pending | None
) -> None:
    """Recompute a story's summary (vendors, products, api, score, official, span) from its
    announcements, plus the item being attached."""
    items: list[tuple[datetime, int, list[str], list[str], bool, float, bool]] = [
        (from_db(p), e, json.loads(v), json.loads(pr), bool(api), score, bool(off))  # type: ignore[misc]
        for v, pr, api, score, off, p, e in db.execute(
            """SELECT a.vendors, a.products, a.api, a.score, f.official, e.published_at, a.entry_id
               FROM announcements a JOIN entries e ON e.id = a.entry_id JOIN feeds f ON f.id = e.feed_id
               WHERE a.story_id = ? ORDER BY e.published_at, a.id""",
            [story_id],
        )
    ]
    if pending is not None:
        d = pending.detection
        position = sum(1 for item in items if item[0] <= pending.published)
        items.insert(
            position,
            (pending.published, pending.entry_id, d.vendors, d.products, d.api, d.score, pending.official),
        )
    if not items:
        return
    vendors: list[str] = []
    products: list[str] = []
    for item in items:
        vendors, products = _merge(vendors, item[2]), _merge(products, item[3])
    updates: dict[str, Any] = {
        "vendors": json.dumps(vendors),
        "products": json.dumps(products),
        "api": int(any(item[4] for item in items)),
        "score": max(item[5] for item in items),
        "official": int(any(item[6] for item in items)),
        "last_published_at": to_db(max(item[0] for item in items)),
        "updated_at": to_db(now),
    }
    if anchor is not None:
        updates.update(first_published_at=to_db(anchor), first_entry_id=items[0][1])
    assignments = ", ".join(f"{column} = ?" for column in updates)
    db.execute(f"UPDATE stories SET {assignments} WHERE id = ?", [*updates.values(), story_id])


def _request_edits(db: Database, story_id: int, now: datetime) -> None:
    """A story whose items or id changed: its posted alerts are re-rendered."""
    deliveries.request_edit(db, story_id, None, now)


def _current_key(db: Database, story_id: int) -> str | None:
    row = db.execute("SELECT key FROM stories WHERE id = ?", [story_id]).fetchone()
    return row[0] if row else None


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
    """Story id for a public key or one of its aliases (case-insensitive); a live key wins."""
    key = key.strip().lower()
    row = db.execute("SELECT id FROM stories WHERE key = ?", [key]).fetchone()
    if row:
        return row[0]
    row = db.execute("SELECT story_id FROM story_aliases WHERE alias = ?", [key]).fetchone()
    return row[0] if row else None

"""Stories and announcements: attaching a detected entry to its story (rule: feeds/detect/grouping.py).

Attaching an item reads its subject's stories anchored within 72 h before it (an indexed range
on ``stories_subject``): those are the only stories it can join, and the only ones holding
items published after it, which the rule replays (usually there are none). Items published
before it never move. Rows are kept across regrouping so deliveries stay attached to the alert
they produced: a channel that already has an alert for a story never gets a second one because
the story was regrouped.

A feed's transaction attaches through one :class:`StorySession`, which keeps each subject's
stories (their items in time order) and each touched story's summary as it writes them, so a
feed of N reports of one story reads that story once, not N times. What the session keeps is
exactly what a re-read would find (a test compares the two row for row).
"""

from __future__ import annotations

import bisect
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from feeds.detect.grouping import STORY_SPAN, Grouped, Item, events_of, replay, story_key
from feeds.models import Detection
from feeds.storage import deliveries
from feeds.timeutil import from_db, to_db

# Outbox states that mean "this channel has (or is about to have) an alert for the story".
# An alert in these states has been (or is being) posted with the story's items as they were.
ALERTED_STATES = ("sending", "sent")
_SET_ALIAS = """INSERT INTO story_aliases (alias, story_id) VALUES (?, ?)
                ON CONFLICT (alias) DO UPDATE SET story_id = excluded.story_id"""
_KEEP_RANK = {"sent": 0, "sending": 1, "pending": 2, "failed": 3, "expired": 4}


@dataclass(frozen=True)
class Attachment:
    """The story an announcement was attached to: its id and key, and whether it was created for it."""

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
    """The story this announcement belongs to (regrouping the items after it when it changes
    where they belong), created if needed. Call inside the ingest transaction; a caller
    attaching several items in one transaction uses one :class:`StorySession` instead."""
    return StorySession(db).attach(
        subject=subject,
        detection=detection,
        entry_id=entry_id,
        published=published,
        official=official,
        now=now,
        same_article_story=same_article_story,
    )


@dataclass(frozen=True)
class _Entry:
    """The entry being attached as the database holds it (what a later re-read would see)."""

    unit: str
    published: datetime
    official: bool


# -- the stories of one subject ----------------------------------------------------------------


@dataclass
class _Story:
    """A stored story: its items (one per article, by time) and the anchor stored with it."""

    row: int
    key: str
    stored_anchor: datetime
    items: list[Item]
    events: list[str]


@dataclass
class _Region:
    """A subject's stories whose stored anchor is after ``lower``, and where each article's
    announcements are (``copies``: (announcement, story) pairs, the first copy's time and
    events being the article's)."""

    subject: str
    lower: datetime
    stories: dict[int, _Story] = field(default_factory=dict)
    story_of: dict[str, int] = field(default_factory=dict)  # article -> story row
    copies: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))

    def view(self, moment: datetime) -> list[_Story]:
        """The stories a re-read for an item at ``moment`` reads, by first item."""
        lower = moment - STORY_SPAN
        found = [s for s in self.stories.values() if s.stored_anchor > lower and s.items]
        return sorted(found, key=lambda s: s.items[0].order)

    def holds(self, row: int) -> bool:
        return row in self.stories


def _load_region(db: Database, subject: str, moment: datetime) -> _Region:
    """The subject's stories anchored after ``moment - 72 h``, read from the database."""
    region = _Region(subject, moment - STORY_SPAN)
    _load_stories(db, region, region.lower, None)
    return region


def _extend_region(db: Database, region: _Region, moment: datetime) -> bool:
    """Read the stories anchored between ``moment - 72 h`` and what the region holds (a feed
    read newest first moves back in time); False when they share an article with it."""
    lower = moment - STORY_SPAN
    if not _load_stories(db, region, lower, region.lower):
        return False
    region.lower = lower
    return True


def _load_stories(db: Database, region: _Region, lower: datetime, upper: datetime | None) -> bool:
    """Add the subject's stories anchored in ``(lower, upper]`` that the region lacks; False
    (nothing added) when one holds an article the region already has."""
    rows = [
        row
        for row in db.execute(
            """SELECT id, key, first_published_at FROM stories
               WHERE subject = ? AND first_published_at > ? AND (CAST(? AS TEXT) IS NULL OR first_published_at <= ?)""",
            [region.subject, to_db(lower), to_db(upper), to_db(upper)],
        ).fetchall()
        if row[0] not in region.stories
    ]
    if not rows:
        return True
    copies: dict[str, list[tuple[int, int]]] = defaultdict(list)
    first: dict[str, tuple[int, Item, int]] = {}  # article -> (first announcement, item, story)
    marks = ",".join("?" * len(rows))
    for announcement, story, entry_id, published, link, event, events in db.execute(
        f"""SELECT a.id, a.story_id, a.entry_id, e.published_at, e.link, a.event, a.events
            FROM announcements a JOIN entries e ON e.id = a.entry_id WHERE a.story_id IN ({marks})""",
        [r[0] for r in rows],
    ):
        key = _unit_key(link, entry_id)
        copies[key].append((announcement, story))
        if key not in first or announcement < first[key][0]:
            first[key] = (announcement, Item(key, from_db(published), _stored_events(event, events)), story)
    if any(key in region.copies for key in copies):
        return False
    for key, found in copies.items():
        region.copies[key] = sorted(found)
    members: dict[int, list[Item]] = defaultdict(list)
    for key, (_, item, story) in first.items():
        members[story].append(item)
        region.story_of[key] = story
    for row, key, anchor in rows:
        items = sorted(members.get(row, []), key=lambda i: i.order)
        region.stories[row] = _Story(row, key, from_db(anchor), items, Grouped(items).events if items else [])
    return True


def _stored_events(event: str, events: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys([event, *json.loads(events or "[]")]))


class StorySession:
    """Attaching one transaction's announcements: each subject's stories are read at most
    once, then kept as this session writes them. Call :meth:`insert_announcement` right after
    each :meth:`attach`, and :meth:`update_announcement` for an announcement whose verdict
    changes; use a session inside one write transaction only."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._summaries = _Summaries(db)
        self._regions: dict[str, _Region] = {}
        self._attached: dict[int, tuple[int, _Entry, _Pending]] = {}  # entry id -> story, entry, item

    def attach(
        self,
        *,
        subject: str,
        detection: Detection,
        entry_id: int,
        published: datetime,
        official: bool,
        now: datetime,
        same_article_story: int | None = None,
    ) -> Attachment:
        """The story this announcement belongs to, as :func:`attach` documents."""
        pending = _Pending(entry_id, _second(published), detection, official)
        entry = _entry(self.db, pending)
        if same_article_story is not None:
            attachment = self._copy(same_article_story, pending, now)
        else:
            region = self._region(subject, entry.published)
            view = region.view(entry.published)
            known = region.story_of.get(entry.unit)
            if known is not None and any(story.row == known for story in view):
                attachment = self._copy(known, pending, now)  # another copy of an article it has
            else:
                attachment = self._place(region, view, entry, pending, now)
        self._attached[entry_id] = (attachment.story_id, entry, pending)
        return attachment

    def insert_announcement(
        self, *, entry_id: int, story_id: int, detection: Detection, alertable: bool, now: datetime
    ) -> int:
        """:func:`insert_announcement`, and the attached item joins what the session knows."""
        announcement = insert_announcement(
            self.db, entry_id=entry_id, story_id=story_id, detection=detection, alertable=alertable, now=now
        )
        attached = self._attached.pop(entry_id, None)
        if attached is None or attached[0] != story_id:
            self._forget(story_id)  # not attached here: what the session knows may be stale
            return announcement
        _, entry, pending = attached
        self._summaries.add(
            story_id, announcement, _item(pending, entry.published, announcement, entry.official)
        )
        for region in self._regions.values():
            if region.story_of.get(entry.unit) == story_id:
                region.copies[entry.unit].append((announcement, story_id))
        return announcement

    def update_announcement(
        self,
        *,
        announcement_id: int,
        entry_id: int,
        story_id: int,
        detection: Detection,
        alertable: bool,
        now: datetime,
    ) -> None:
        """An edited article's new verdict; it keeps its story (whose summary is not refreshed
        now, but counts the new verdict at its next refresh)."""
        insert_announcement(
            self.db, entry_id=entry_id, story_id=story_id, detection=detection, alertable=alertable, now=now
        )
        self._summaries.revise(story_id, announcement_id, detection)
        self._drop_regions_holding(story_id)  # the article's events may have changed

    def _region(self, subject: str, moment: datetime) -> _Region:
        region = self._regions.get(subject)
        if region is not None and (
            region.lower <= moment - STORY_SPAN or _extend_region(self.db, region, moment)
        ):
            return region
        region = self._regions[subject] = _load_region(self.db, subject, moment)
        return region

    def _copy(self, story_id: int, pending: _Pending, now: datetime) -> Attachment:
        """Another copy of an article already in ``story_id``: the story is unchanged but for
        its summary."""
        self._summaries.refresh(story_id, None, now, pending)
        return Attachment(story_id, _current_key(self.db, story_id) or "", False)

    def _place(
        self, region: _Region, view: list[_Story], entry: _Entry, pending: _Pending, now: datetime
    ) -> Attachment:
        """Replay the rule from just before the new item: the stories as they stand then, the
        items published after it (now possibly elsewhere), then write what changed."""
        new = Item(entry.unit, entry.published, events_of(pending.detection))
        before: list[Grouped] = []
        later: list[Item] = []
        for story in view:
            cut = bisect.bisect_left(story.items, new.order, key=lambda i: i.order)
            if cut == len(story.items):  # the common case: nothing after the new item
                before.append(Grouped(story.items, story.events, ref=story.row))
            else:
                later += story.items[cut:]
                if cut:
                    before.append(Grouped(story.items[:cut], ref=story.row))
        kept = {g.ref: len(g.items) for g in before if g.ref is not None}
        grouped = replay(before, [*later, new])
        seen = {story.row for story in view}
        return _write(self.db, region, grouped, kept, seen, later, new, pending, now, self._summaries)

    def _drop_regions_holding(self, story_id: int) -> None:
        for subject, region in list(self._regions.items()):
            if region.holds(story_id):
                del self._regions[subject]

    def _forget(self, story_id: int) -> None:
        self._summaries.drop([story_id])
        self._drop_regions_holding(story_id)


def _entry(db: Database, pending: _Pending) -> _Entry:
    row = db.execute(
        """SELECT e.link, e.published_at, f.official FROM entries e JOIN feeds f ON f.id = e.feed_id
           WHERE e.id = ?""",
        [pending.entry_id],
    ).fetchone()
    if row is None:
        return _Entry(_unit_key(None, pending.entry_id), pending.published, pending.official)
    return _Entry(_unit_key(row[0], pending.entry_id), from_db(row[1]), bool(row[2]))


def _item(pending: _Pending, published: datetime, announcement: int, official: bool) -> _Item:
    d = pending.detection
    return _Item(
        order=(published, announcement),
        entry_id=pending.entry_id,
        vendors=d.vendors,
        products=d.products,
        api=d.api,
        score=d.score,
        official=official,
    )


# -- writing what the replay decided -----------------------------------------------------------


def _write(
    db: Database,
    region: _Region,
    grouped: list[Grouped],
    kept: dict[int, int],
    seen: set[int],
    later: list[Item],
    new: Item,
    pending: _Pending,
    now: datetime,
    summaries: _Summaries,
) -> Attachment:
    """Give each replayed story a row (the stored story it continues, else the stored story
    holding its first replayed article, else a new row), move the replayed articles there,
    merge stored stories left without a home, re-key, refresh and ask for alert edits.
    ``kept`` is how many items each continued story had before the replay; ``seen`` the
    stories the replay read (copies of an article in any other story stay where they are)."""
    fresh = [g.items[kept.get(g.ref, 0) if g.ref is not None else 0 :] for g in grouped]
    index_of = {item.key: n for n, items in enumerate(fresh) for item in items}
    floating = {region.story_of[item.key] for item in later} - set(kept)
    homes: dict[int, list[int]] = defaultdict(list)  # grouped index -> floating stories homed there
    for row in floating:
        homes[index_of[region.stories[row].items[0].key]].append(row)
    first_sent = _first_sent(db, floating) if any(len(r) > 1 for r in homes.values()) else {}
    rows: list[int] = []
    absorbed: list[list[int]] = []
    created: set[int] = set()
    for index, g in enumerate(grouped):
        candidates = sorted(
            homes.get(index, []), key=lambda r: _keep_order(region.stories[r], first_sent.get(r))
        )
        if g.ref is not None:
            row, losers = g.ref, candidates
        elif candidates:
            row, losers = candidates[0], candidates[1:]
        else:
            row = _insert_story(db, region.subject, g.event, g.anchor, f"~new{pending.entry_id}.{index}", now)
            created.add(row)
            losers = []
        rows.append(row)
        absorbed.append(losers)
    touched: set[int] = set()
    for items, row in zip(fresh, rows, strict=True):
        moved = [
            (ann, sid)
            for item in items
            for ann, sid in region.copies.get(item.key, ())
            if sid != row and sid in seen
        ]
        if not moved:
            continue
        summaries.move(moved, row)
        marks = ",".join("?" * len(moved))
        db.execute(
            f"UPDATE announcements SET story_id = ? WHERE id IN ({marks})", [row, *(a for a, _ in moved)]
        )
        sources = {sid for _, sid in moved}
        touched |= sources | {row}
        if row in created:
            _inherit_alerts(db, row, sources, {sid: region.stories[sid].key for sid in sources}, now)
        for item in items:
            region.copies[item.key] = [
                (ann, row if sid in seen else sid) for ann, sid in region.copies.get(item.key, ())
            ]
    for row, losers in zip(rows, absorbed, strict=True):
        for loser in losers:
            _absorb(db, loser, row, region.stories[loser].key, now)
            touched.add(row)
    final = _keys(db, region, grouped, rows)
    target = rows[index_of[new.key]]
    rekeyed = _set_keys(db, final)
    touched = (touched | rekeyed) & final.keys()
    refreshed = {row for row in final if row in touched or row in created or row == target}
    for g, row in zip(grouped, rows, strict=True):
        if row in refreshed:
            summaries.refresh(row, g.anchor, now, pending if row == target else None, g.events)
    for row in touched - created:
        _request_edits(db, row, now)
    _remember(region, grouped, fresh, rows, final, refreshed, absorbed)
    return Attachment(target, final[target], target in created)


def _keys(db: Database, region: _Region, grouped: list[Grouped], rows: list[int]) -> dict[int, str]:
    """Each story's id from (subject, first event, first item's time). Two stories can only
    share those when stored stories break the rule (dates edited since); the later one then
    adds its first article to what its id is derived from."""
    keys: dict[int, str] = {}
    taken: set[str] = set()
    for g, row in zip(grouped, rows, strict=True):
        key = story_key(region.subject, g.event, g.anchor)
        current = region.stories[row].key if row in region.stories else None
        if key in taken or (key != current and _owner(db, key) not in (None, *rows)):
            key = story_key(region.subject, f"{g.event}|{g.items[0].key}", g.anchor)
        keys[row] = key
        taken.add(key)
    return keys


def _owner(db: Database, key: str) -> int | None:
    row = db.execute("SELECT id FROM stories WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _remember(
    region: _Region,
    grouped: list[Grouped],
    fresh: list[list[Item]],
    rows: list[int],
    keys: dict[int, str],
    refreshed: set[int],
    absorbed: list[list[int]],
) -> None:
    """The region as just written, so the next item of the transaction needs no re-read."""
    merged = {loser: row for row, losers in zip(rows, absorbed, strict=True) for loser in losers}
    for loser in merged:
        region.stories.pop(loser, None)
    if merged:  # _absorb moved whatever else the merged stories held
        for key, copies in region.copies.items():
            region.copies[key] = [(ann, merged.get(sid, sid)) for ann, sid in copies]
    for g, items, row in zip(grouped, fresh, rows, strict=True):
        stored = region.stories.get(row)
        anchor = g.anchor if row in refreshed or stored is None else stored.stored_anchor
        region.stories[row] = _Story(row, keys[row], anchor, g.items, g.events)
        for item in items:
            region.story_of[item.key] = row


def _keep_order(story: _Story, first_sent: datetime | None) -> tuple[bool, datetime, datetime, int]:
    """Earliest delivered alert first; stories never delivered by earliest anchor."""
    return (first_sent is None, first_sent or story.stored_anchor, story.stored_anchor, story.row)


def _first_sent(db: Database, story_ids: Iterable[int]) -> dict[int, datetime]:
    ids = list(story_ids)
    marks = ",".join("?" * len(ids))
    found: dict[int, datetime] = {}
    for sid, sent_at in db.execute(
        f"""SELECT story_id, min(sent_at) FROM deliveries
            WHERE kind = 'story' AND state = 'sent' AND sent_at IS NOT NULL AND story_id IN ({marks})
            GROUP BY story_id""",
        ids,
    ):
        moment = from_db(sent_at)
        if moment is not None:
            found[sid] = moment
    return found


def _alerts_of(
    db: Database, story_ids: set[int]
) -> tuple[
    set[tuple[int, int | None]], set[tuple[int, int | None]], dict[tuple[int, int | None], dict[str, Any]]
]:
    """The channels the stories alerted (or are alerting), those only queued, and how each
    channel's alert is routed (route, target, ping role: a split-off story goes the same way)."""
    marks = ",".join("?" * len(story_ids))
    alerted: set[tuple[int, int | None]] = set()
    queued: set[tuple[int, int | None]] = set()
    routing: dict[tuple[int, int | None], dict[str, Any]] = {}
    for guild_id, channel_id, state, route_id, target, ping_role_id in db.execute(
        f"""SELECT guild_id, channel_id, state, route_id, target, ping_role_id FROM deliveries
            WHERE kind = 'story' AND story_id IN ({marks}) ORDER BY id""",
        list(story_ids),
    ):
        if state in ALERTED_STATES:
            alerted.add((guild_id, channel_id))
        elif state == "pending":
            queued.add((guild_id, channel_id))
        routing.setdefault(
            (guild_id, channel_id),
            {"route_id": route_id, "target": target or "channel", "ping_role_id": ping_role_id},
        )
    return alerted, queued, routing


# -- what a session knows: summaries ---------------------------------------------------------


@dataclass
class _Item:
    """One announcement as its story's summary reads it."""

    order: tuple[datetime, int]  # (published, announcement id): the order the summary reads in
    entry_id: int
    vendors: list[str]
    products: list[str]
    api: bool
    score: float
    official: bool


@dataclass
class _Aggregate:
    """A story's summary columns over a set of items, in any order of adding them: a vendor or
    product is listed by its first appearance in reading order."""

    vendors: dict[str, tuple[datetime, int, int]] = field(default_factory=dict)
    products: dict[str, tuple[datetime, int, int]] = field(default_factory=dict)
    api: bool = False
    official: bool = False
    score: float | None = None
    last: datetime | None = None
    first: tuple[tuple[datetime, int], int] | None = None  # (order, entry id) of the first item

    def add(self, item: _Item) -> None:
        _first_seen(self.vendors, item.vendors, item.order)
        _first_seen(self.products, item.products, item.order)
        self.api = self.api or item.api
        self.official = self.official or item.official
        self.score = item.score if self.score is None else max(self.score, item.score)
        published = item.order[0]
        self.last = published if self.last is None else max(self.last, published)
        if self.first is None or item.order < self.first[0]:
            self.first = (item.order, item.entry_id)

    def plus(self, item: _Item) -> _Aggregate:
        aggregate = replace(self, vendors=dict(self.vendors), products=dict(self.products))
        aggregate.add(item)
        return aggregate

    def columns(self) -> dict[str, Any]:
        return {
            "vendors": json.dumps(sorted(self.vendors, key=self.vendors.__getitem__)),
            "products": json.dumps(sorted(self.products, key=self.products.__getitem__)),
            "api": int(self.api),
            "score": self.score,
            "official": int(self.official),
            "last_published_at": to_db(self.last),
        }


def _first_seen(
    seen: dict[str, tuple[datetime, int, int]], names: list[str], order: tuple[datetime, int]
) -> None:
    for position, name in enumerate(names):
        place = (*order, position)
        if name not in seen or place < seen[name]:
            seen[name] = place


@dataclass
class _Summary:
    """A story's announcements as its summary reads them, and their aggregate."""

    items: dict[int, _Item]  # by announcement id
    aggregate: _Aggregate | None = None  # None: recompute (an item left or changed)

    def current(self) -> _Aggregate:
        if self.aggregate is None:
            self.aggregate = _Aggregate()
            for item in self.items.values():
                self.aggregate.add(item)
        return self.aggregate


class _Summaries:
    """Each story's summary, read once and then kept as items are added, moved and revised,
    so refreshing a story after one more report costs one write, not a re-read."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._stories: dict[int, _Summary] = {}

    def refresh(
        self,
        story_id: int,
        anchor: datetime | None,
        now: datetime,
        pending: _Pending | None,
        events: list[str] | None = None,
    ) -> None:
        """Recompute a story's summary (vendors, products, api, score, official, span) from its
        announcements, plus the item being attached (read after every stored one of its time);
        ``events`` are the story's events as the grouping rule has them, primary first."""
        summary = self._get(story_id)
        aggregate = summary.current()
        if pending is not None:
            aggregate = aggregate.plus(_item(pending, pending.published, sys.maxsize, pending.official))
        elif not summary.items:
            return
        updates = {**aggregate.columns(), "updated_at": to_db(now)}
        if anchor is not None:
            assert aggregate.first is not None
            updates.update(first_published_at=to_db(anchor), first_entry_id=aggregate.first[1])
        if events:
            updates.update(event=events[0], events=json.dumps(events))
        assignments = ", ".join(f"{column} = ?" for column in updates)
        self.db.execute(f"UPDATE stories SET {assignments} WHERE id = ?", [*updates.values(), story_id])

    def add(self, story_id: int, announcement: int, item: _Item) -> None:
        summary = self._stories.get(story_id)
        if summary is not None:
            summary.items[announcement] = item
            if summary.aggregate is not None:
                summary.aggregate.add(item)

    def revise(self, story_id: int, announcement: int, detection: Detection) -> None:
        """An announcement's new verdict (the same entry, so the same time and feed)."""
        summary = self._stories.get(story_id)
        item = summary.items.get(announcement) if summary else None
        if summary is None or item is None:
            self.drop([story_id])
            return
        summary.items[announcement] = replace(
            item,
            vendors=detection.vendors,
            products=detection.products,
            api=detection.api,
            score=detection.score,
        )
        summary.aggregate = None

    def move(self, moved: list[tuple[int, int]], row: int) -> None:
        """Announcements ``(id, story)`` moving to story ``row``; call before writing the move."""
        target = self._stories.get(row)
        for source_id in {sid for _, sid in moved}:
            source = self._stories.get(source_id)
            leaving = [ann for ann, sid in moved if sid == source_id]
            if target is None or source is None or any(ann not in source.items for ann in leaving):
                self.drop([source_id, row])
                target = None
                continue
            for ann in leaving:
                target.items[ann] = source.items.pop(ann)
            source.aggregate = target.aggregate = None

    def drop(self, story_ids: Iterable[int]) -> None:
        for story_id in story_ids:
            self._stories.pop(story_id, None)

    def _get(self, story_id: int) -> _Summary:
        summary = self._stories.get(story_id)
        if summary is None:
            summary = self._stories[story_id] = _Summary(_load_items(self.db, story_id))
        return summary


def _load_items(db: Database, story_id: int) -> dict[int, _Item]:
    return {
        ann: _Item((from_db(p), ann), e, json.loads(v), json.loads(pr), bool(api), score, bool(off))
        for ann, v, pr, api, score, off, p, e in db.execute(
            """SELECT a.id, a.vendors, a.products, a.api, a.score, f.official, e.published_at, a.entry_id
               FROM announcements a JOIN entries e ON e.id = a.entry_id JOIN feeds f ON f.id = e.feed_id
               WHERE a.story_id = ?""",
            [story_id],
        )
    }


def _insert_story(db: Database, subject: str, event: str, anchor: datetime, key: str, now: datetime) -> int:
    cursor = db.conn.execute(
        """INSERT INTO stories (key, subject, event, score, first_published_at, last_published_at,
           created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?)""",
        [key, subject, event, to_db(anchor), to_db(anchor), to_db(now), to_db(now)],
    )
    return int(cursor.lastrowid or 0)


def _inherit_alerts(db: Database, row: int, sources: set[int], keys: dict[int, str], now: datetime) -> None:
    """A story split off stories that alerted a channel counts as alerted there: its items were
    in that alert, so regrouping must not post them again. Where the alert was still only
    queued, its items were never shown: the new story is queued for that channel too."""
    alerted, queued, routing = _alerts_of(db, sources)
    queued -= alerted
    origin = ", ".join(keys[sid] for sid in sorted(sources))
    for guild_id, channel_id in sorted(alerted | queued, key=repr):
        dedup = deliveries.story_dedup_key(row, guild_id, channel_id)
        created = deliveries.enqueue(
            db,
            guild_id=guild_id,
            channel_id=channel_id,
            kind="story",
            story_id=row,
            dedup_key=dedup,
            now=now,
            **routing.get((guild_id, channel_id), {}),
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
    db.execute(_SET_ALIAS, [loser_key, keeper])
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
            db.execute(_SET_ALIAS, [current[row], row])
    live = [final[row] for row in changed]
    if live:
        db.execute(f"DELETE FROM story_aliases WHERE alias IN ({','.join('?' * len(live))})", live)
    return {row for row in changed if not current[row].startswith("~")}


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
        """INSERT INTO announcements (entry_id, story_id, event, events, score, vendors, products, api, reasons,
             alertable, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (entry_id) DO UPDATE SET event = excluded.event, events = excluded.events, score = excluded.score,
             vendors = excluded.vendors, products = excluded.products, api = excluded.api, reasons = excluded.reasons""",
        [
            entry_id,
            story_id,
            detection.event,
            json.dumps(list(events_of(detection))),
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

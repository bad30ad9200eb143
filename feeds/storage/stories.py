"""Stories and announcements: attaching a detected entry to its story (rule: feeds/detect/grouping.py).

Attaching an item recomputes the windows of its subject/event from the stored story that
contains it (or from the item itself) until they agree with the stored ones again, reading
only the stories anchored around it (an indexed range on ``stories_subject_event``). Rows are
kept across regrouping so deliveries stay attached to the alert they produced: a channel that
already has an alert for a story never gets a second one because the story was regrouped.

A feed's transaction attaches through one :class:`StorySession`, so a story's reports are read
once per transaction, not once per new report (which made a feed of N reports of one story
cost N² rows on the single writer). The session keeps, per subject/event, the stories around
the items it attaches (their units in time order) and each touched story's summary, and
updates both as it writes. Where those stories follow the rule, the windows around a new item
come from :func:`feeds.detect.grouping.regroup` and the writes are exactly those a full re-read would
make; anything else (stories from an older rule, an item past what is loaded) takes the full
re-read, as before, and the session reloads afterwards.
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

from feeds.detect.grouping import (
    REGROUP_REACH,
    STORY_SPAN,
    PlannedStory,
    Slice,
    StoredStory,
    Unit,
    plan,
    regroup,
    settled,
    story_key,
)
from feeds.models import Detection
from feeds.storage import deliveries
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
    window), created if needed. Call inside the ingest transaction; a caller attaching several
    items in one transaction uses one :class:`StorySession` instead."""
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


class StorySession:
    """Attaching one transaction's announcements: each story is read at most once, then kept
    as this session writes it. Call :meth:`insert_announcement` right after each
    :meth:`attach`, and :meth:`update_announcement` for an announcement whose verdict changes;
    use a session inside one write transaction only."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._summaries = _Summaries(db)
        self._timelines: dict[tuple[str, str], _Timeline] = {}
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
            self._summaries.refresh(same_article_story, None, now, pending)
            attachment = Attachment(
                same_article_story, _current_key(self.db, same_article_story) or "", False
            )
        else:
            scope = (subject, detection.event)
            attachment = self._incremental(scope, entry.unit, pending, now) or self._regroup(
                scope, entry.unit, pending, now
            )
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
        for scope, timeline in list(self._timelines.items()):
            if not timeline.note_copy(
                story_id, entry.unit, announcement, pending.published == entry.published
            ):
                del self._timelines[scope]
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

    def _incremental(
        self, scope: tuple[str, str], unit: str, pending: _Pending, now: datetime
    ) -> Attachment | None:
        """Attach from the stories the session holds, when they follow the rule around the
        item; None (nothing written) when only a full re-read can say."""
        timeline = self._timeline(scope, pending.published)
        if timeline is None or unit in timeline.story_of:
            return None
        first, stop, following = timeline.reads(pending.published)
        known = timeline.stories[first:stop]
        runs = [story.units for story in known]
        new = Unit(unit, pending.published)
        cut = regroup(runs, new)
        if following is not None and cut[-1][0] + STORY_SPAN > following:
            return None  # the windows run into the next stored story: a full re-read follows them
        planned = _planned(cut, known, new)
        if planned is None:
            return None
        region = timeline.region(known, planned)
        if region.copies:
            _load_deliveries(self.db, region, list(region.keys))
        attachment, rows = _apply(self.db, *scope, planned, region, unit, pending, now, self._summaries)
        timeline.rewrite(first, stop, cut, rows, new)
        return attachment

    def _regroup(self, scope: tuple[str, str], unit: str, pending: _Pending, now: datetime) -> Attachment:
        """The full re-read of the item's region (stories that do not follow the rule, or an
        item past what the session holds); the session reloads its stories afterwards."""
        self._timelines.pop(scope, None)
        region, planned = _plan_region(self.db, *scope, pending.published, unit)
        self._summaries.drop(region.keys)
        attachment, _ = _apply(self.db, *scope, planned, region, unit, pending, now, self._summaries)
        return attachment

    def _timeline(self, scope: tuple[str, str], moment: datetime) -> _Timeline | None:
        """The session's stories of ``scope`` covering what a full re-read for an item at
        ``moment`` would read, loaded as needed; None when they do not follow the rule."""
        timeline = self._timelines.get(scope)
        if timeline is None or not timeline.around(moment):
            timeline = self._timelines[scope] = _seed(self.db, *scope, moment)
        if _cover(self.db, timeline, moment):
            return timeline
        del self._timelines[scope]
        return None

    def _forget(self, story_id: int) -> None:
        self._summaries.drop([story_id])
        for scope, timeline in list(self._timelines.items()):
            if timeline.holds(story_id):
                del self._timelines[scope]


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


def _planned(
    cut: list[tuple[datetime, list[Slice]]], known: list[_Known], new: Unit
) -> list[PlannedStory] | None:
    """The plan of :func:`feeds.detect.grouping.plan` for windows cut from stories that follow the rule:
    each keeps the story whose first unit it holds; its ``units`` list only what moves into it
    (and the new item), which is all :func:`_apply` needs. None if a window holds two stories."""
    planned = []
    for anchor, slices in cut:
        heads = [s.run for s in slices if s.run is not None and s.start == 0]
        if len(heads) > 1:
            return None
        head = heads[0] if heads else None
        moving: list[str] = []
        for s in slices:
            if s.run is None:
                moving.append(new.key)
            elif s.run != head:
                moving += [u.key for u in known[s.run].units[s.start : s.stop]]
        keep = known[head].row if head is not None else None
        planned.append(PlannedStory(anchor=anchor, units=tuple(moving), keep=keep))
    return planned


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
        self, story_id: int, anchor: datetime | None, now: datetime, pending: _Pending | None
    ) -> None:
        """Recompute a story's summary (vendors, products, api, score, official, span) from its
        announcements, plus the item being attached (read after every stored one of its time)."""
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


# -- what a session knows: the stories around its items --------------------------------------


@dataclass
class _Known:
    """A stored story that follows the rule: its units by (published, key), the first one's
    time being its anchor."""

    row: int
    key: str
    units: list[Unit]

    @property
    def anchor(self) -> datetime:
        return self.units[0].published


@dataclass
class _Timeline:
    """Consecutive stored stories of one subject/event: every story anchored strictly between
    ``lower`` and ``upper`` (the nearest stored anchors not loaded; None: there is none), all
    following the rule (each within 72 h of its first unit, the next starting after that)."""

    subject: str
    event: str
    lower: datetime | None
    upper: datetime | None
    stories: list[_Known] = field(default_factory=list)
    story_of: dict[str, int] = field(default_factory=dict)  # unit -> story row
    copies: dict[str, list[int]] = field(default_factory=dict)  # unit -> announcement ids

    def around(self, moment: datetime) -> bool:
        """Whether ``moment`` falls between the stored anchors not loaded (else: load afresh)."""
        return (self.lower is None or self.lower < moment) and (self.upper is None or moment < self.upper)

    def reads(self, moment: datetime) -> tuple[int, int, datetime | None]:
        """What a full re-read for an item at ``moment`` reads (see ``_plan_region``): the stories
        anchored from the one containing it to ``moment + REGROUP_REACH``, and the next anchor."""
        first = bisect.bisect_right(self.stories, moment - STORY_SPAN, key=_anchor)
        stop = bisect.bisect_right(self.stories, moment + REGROUP_REACH, key=_anchor)
        return first, stop, self.stories[stop].anchor if stop < len(self.stories) else self.upper

    def region(self, known: list[_Known], planned: list[PlannedStory]) -> _Region:
        """What :func:`_apply` reads of the stories ``known``: keys, and the copies of what moves."""
        region = _Region(keys={story.row: story.key for story in known})
        for story in planned:
            for unit in story.units:
                for announcement in self.copies.get(unit, ()):
                    region.copies[unit].append((announcement, self.story_of[unit]))
        return region

    def rewrite(
        self, first: int, stop: int, cut: list[tuple[datetime, list[Slice]]], rows: list[int], new: Unit
    ) -> None:
        """Stories ``first:stop`` as :func:`_apply` just wrote them from ``cut``."""
        runs = [story.units for story in self.stories[first:stop]]
        for (_, slices), row in zip(cut, rows, strict=True):
            for s in slices:
                for unit in [new] if s.run is None else runs[s.run][s.start : s.stop]:
                    self.story_of[unit.key] = row
        self.copies[new.key] = []
        self.stories[first:stop] = [
            _Known(row, story_key(self.subject, self.event, anchor), _window_units(runs, slices, new))
            for (anchor, slices), row in zip(cut, rows, strict=True)
        ]

    def note_copy(self, row: int, unit: str, announcement: int, on_time: bool) -> bool:
        """An announcement of ``unit`` just inserted into story ``row``; False when this no
        longer describes the stored stories (drop it)."""
        if self.story_of.get(unit) == row:
            self.copies[unit].append(announcement)
            return on_time or len(self.copies[unit]) > 1  # a unit's time is its first copy's
        return not self.holds(row)

    def holds(self, row: int) -> bool:
        return any(story.row == row for story in self.stories)


def _anchor(story: _Known) -> datetime:
    return story.anchor


def _window_units(runs: list[list[Unit]], slices: list[Slice], new: Unit) -> list[Unit]:
    """A window's units in order. A story the window holds whole is extended in place (no copy
    of a large story's units per report); only windows that cut stories are rebuilt."""
    stored = {s.run for s in slices if s.run is not None}
    if len(stored) == 1:
        run = stored.pop()
        assert run is not None
        if sum(s.stop - s.start for s in slices if s.run == run) == len(runs[run]):
            if any(s.run is None for s in slices):
                bisect.insort(runs[run], new, key=lambda u: (u.published, u.key))
            return runs[run]
    return [unit for s in slices for unit in ([new] if s.run is None else runs[s.run][s.start : s.stop])]


def _seed(db: Database, subject: str, event: str, moment: datetime) -> _Timeline:
    """An empty timeline between the stored anchors on either side of ``moment``."""
    lower, upper = db.execute(
        """SELECT (SELECT max(first_published_at) FROM stories
                   WHERE subject = :s AND event = :e AND first_published_at <= :t),
                  (SELECT min(first_published_at) FROM stories
                   WHERE subject = :s AND event = :e AND first_published_at > :t)""",
        {"s": subject, "e": event, "t": to_db(moment)},
    ).fetchone()
    return _Timeline(subject, event, from_db(lower), from_db(upper))


def _cover(db: Database, timeline: _Timeline, moment: datetime) -> bool:
    """Load the stories a full re-read for an item at ``moment`` would read; False when one
    does not follow the rule."""
    while timeline.lower is not None and timeline.lower > moment - STORY_SPAN:
        if not _load_next(db, timeline, below=True):
            return False
    while timeline.upper is not None and timeline.upper <= moment + REGROUP_REACH:
        if not _load_next(db, timeline, below=False):
            return False
    return True


def _load_next(db: Database, timeline: _Timeline, *, below: bool) -> bool:
    """Load the story at ``lower`` (or ``upper``) and move that bound to the next anchor out."""
    anchor = timeline.lower if below else timeline.upper
    assert anchor is not None
    story = _load_known(db, timeline, anchor)
    if story is None:
        return False
    neighbour = timeline.stories[0 if below else -1] if timeline.stories else None
    if neighbour is not None:
        earlier, later = (story, neighbour) if below else (neighbour, story)
        if later.anchor < earlier.anchor + STORY_SPAN:
            return False
    for unit in story.units:
        timeline.story_of[unit.key] = story.row
    if below:
        timeline.stories.insert(0, story)
        timeline.lower = _next_anchor(db, timeline, anchor, below=True)
    else:
        timeline.stories.append(story)
        timeline.upper = _next_anchor(db, timeline, anchor, below=False)
    return True


def _next_anchor(db: Database, timeline: _Timeline, anchor: datetime, *, below: bool) -> datetime | None:
    """The nearest stored anchor of the timeline's subject/event below (above) ``anchor``."""
    compare, pick = ("<", "max") if below else (">", "min")
    (bound,) = db.execute(
        f"""SELECT {pick}(first_published_at) FROM stories
            WHERE subject = ? AND event = ? AND first_published_at {compare} ?""",
        [timeline.subject, timeline.event, to_db(anchor)],
    ).fetchone()
    return from_db(bound)


def _load_known(db: Database, timeline: _Timeline, anchor: datetime) -> _Known | None:
    """The one story anchored at ``anchor``, if it follows the rule: its key is its anchor's,
    its first unit is at its anchor, its last within 72 h, and no unit is also elsewhere."""
    rows = db.execute(
        "SELECT id, key FROM stories WHERE subject = ? AND event = ? AND first_published_at = ?",
        [timeline.subject, timeline.event, to_db(anchor)],
    ).fetchall()
    if len(rows) != 1 or rows[0][1] != story_key(timeline.subject, timeline.event, anchor):
        return None
    row = rows[0][0]
    first: dict[str, tuple[int, datetime]] = {}
    copies: dict[str, list[int]] = defaultdict(list)
    for announcement, entry_id, published, link in db.execute(
        """SELECT a.id, a.entry_id, e.published_at, e.link FROM announcements a
           JOIN entries e ON e.id = a.entry_id WHERE a.story_id = ?""",
        [row],
    ):
        unit = _unit_key(link, entry_id)
        copies[unit].append(announcement)
        if unit not in first or announcement < first[unit][0]:
            first[unit] = (announcement, from_db(published))
    units = sorted((Unit(key, at) for key, (_, at) in first.items()), key=lambda u: (u.published, u.key))
    if not units or units[0].published != anchor or units[-1].published >= anchor + STORY_SPAN:
        return None
    if any(unit in timeline.story_of for unit in copies):
        return None
    for unit, announcements in copies.items():
        timeline.copies[unit] = sorted(announcements)
    return _Known(row, rows[0][1], units)


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
        region.anchors[sid] = from_db(anchor)
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
            region.first_copy[key] = (ann_id, from_db(published))
    _load_deliveries(db, region, ids)


def _load_deliveries(db: Database, region: _Region, ids: list[int]) -> None:
    """Which channels each story alerted (or is about to), and when its first alert went out."""
    marks = ",".join("?" * len(ids))
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
    summaries: _Summaries,
) -> tuple[Attachment, list[int]]:
    """Write the plan; the attachment, and the story row of each planned window."""
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
            summaries.move(moved, row)
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
            summaries.refresh(row, anchors[row], now, pending if row == target else None)
    for row in touched - created:
        _request_edits(db, row, now)
    assert target, "the item being attached is in one of the planned stories"
    return Attachment(target, final[target], target in created), list(final)


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

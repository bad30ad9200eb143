"""Story clustering rules (pure): which announcements are the same story.

The rule. Announcements with the same subject (the first product's family, else the first
vendor) and the same event type are grouped, whatever their language, by greedy windows in
time order: the earliest item anchors a story that takes every item published in
``[anchor, anchor + 72 h)``; the first item at or after the end of that window anchors the
next story, and so on. A story therefore never spans more than 72 h from its first item (no
chaining), and the grouping is a pure function of the set of (subject, event, published)
items: the order feeds were polled in, restarts and arrival times do not change it. The same
article reached through several feeds (same canonical link) counts once, at the time of its
first stored copy, and always shares its story.

A story's public id is derived from (subject, event, anchor time). When an item arrives
earlier than a story's anchor, or falls into a gap between windows, the windows from that
point on are recomputed until they line up with the stored ones again (at the latest at the
first 72 h gap in coverage; usually within a day or two of the new item). Each new window
keeps the stored story whose anchor falls inside it (a 72 h window holds at most one of them,
since stored anchors are at least 72 h apart), so stories keep their rows, deliveries and
alert messages; an id whose anchor moved stays resolvable as an alias. If a window ever holds
several stored anchors (stories written by an older rule), they merge into the one whose
alert went out first.

Recomputing windows does not need every unit: where the stored stories already follow the
rule, :func:`regroup` finds the windows around a new item by bisection over each story's
sorted units, so attaching costs the same whatever the story's size.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from feeds.detect.taxonomy import Taxonomy
from feeds.models import Detection

STORY_SPAN = timedelta(hours=72)
# How far past a new item the first regrouping pass looks; it reads further only while the
# recomputed windows still disagree with the stored ones.
REGROUP_REACH = 2 * STORY_SPAN


def subject_of(detection: Detection, taxonomy: Taxonomy) -> str:
    """Product family of the first product ("sora-2-pro" -> "sora"), else the first vendor."""
    families = sorted(taxonomy.product_slugs, key=len, reverse=True)
    for product in detection.products:
        for family in families:
            if product == family or product.startswith(family + "-"):
                return family
    return detection.vendors[0] if detection.vendors else "unknown"


def story_key(subject: str, event: str, anchor: datetime) -> str:
    raw = f"{subject}|{event}|{anchor.strftime('%Y-%m-%dT%H:%M:%SZ')}".encode()
    return base64.b32encode(hashlib.sha1(raw).digest()).decode()[:8].lower()


@dataclass(frozen=True)
class Unit:
    """One article in the grouping: its key (link, else entry) and publication time."""

    key: str
    published: datetime


@dataclass(frozen=True)
class StoredStory:
    """A story row as the planner sees it; ``first_sent`` decides which story a merge keeps."""

    id: int
    anchor: datetime
    units: tuple[str, ...] = ()
    first_sent: datetime | None = None


@dataclass(frozen=True)
class PlannedStory:
    anchor: datetime
    units: tuple[str, ...]
    keep: int | None  # the stored story that becomes this one (None: a new story)
    absorbed: tuple[int, ...] = ()  # other stored stories merged into it


def windows(units: Iterable[Unit]) -> list[tuple[datetime, list[Unit]]]:
    """Greedy 72 h windows in time order, each anchored at its earliest item."""
    groups: list[tuple[datetime, list[Unit]]] = []
    for unit in sorted(units, key=lambda u: (u.published, u.key)):
        if groups and unit.published < groups[-1][0] + STORY_SPAN:
            groups[-1][1].append(unit)
        else:
            groups.append((unit.published, [unit]))
    return groups


def _keep_order(story: StoredStory) -> tuple[bool, datetime, datetime, int]:
    """Earliest delivered alert first; stories never delivered by earliest anchor."""
    return (story.first_sent is None, story.first_sent or story.anchor, story.anchor, story.id)


def plan(units: Iterable[Unit], stored: Iterable[StoredStory]) -> list[PlannedStory]:
    """Which stored story each window continues, and which stored stories merge into it."""
    groups = windows(units)
    stories = sorted(stored, key=lambda s: (s.anchor, s.id))
    members: list[list[StoredStory]] = [[] for _ in groups]
    placed: set[int] = set()
    for index, (anchor, _) in enumerate(groups):
        for story in stories:
            if anchor <= story.anchor < anchor + STORY_SPAN:
                members[index].append(story)
                placed.add(story.id)
    where = {unit.key: index for index, (_, items) in enumerate(groups) for unit in items}
    for story in stories:
        if story.id in placed or not groups:
            continue
        # Anchor matches no window (a story from an older rule): follow its earliest unit.
        index = next((where[k] for k in story.units if k in where), _window_at(groups, story.anchor))
        members[index].append(story)
    planned = []
    for (anchor, items), group in zip(groups, members, strict=True):
        ordered = sorted(group, key=_keep_order)
        planned.append(
            PlannedStory(
                anchor=anchor,
                units=tuple(u.key for u in items),
                keep=ordered[0].id if ordered else None,
                absorbed=tuple(s.id for s in ordered[1:]),
            )
        )
    return planned


def _window_at(groups: list[tuple[datetime, list[Unit]]], moment: datetime) -> int:
    """The last window starting at or before ``moment`` (the first one if none does)."""
    index = 0
    for position, (anchor, _) in enumerate(groups):
        if anchor <= moment:
            index = position
    return index


def settled(planned: list[PlannedStory], next_anchor: datetime | None) -> bool:
    """True when the recomputed windows end before the next stored story (which therefore
    keeps its anchor, and everything after it stays as stored)."""
    if next_anchor is None or not planned:
        return True
    return planned[-1].anchor + STORY_SPAN <= next_anchor


@dataclass(frozen=True)
class Slice:
    """Units ``[start, stop)`` of run number ``run`` (``None``: the new unit alone)."""

    run: int | None
    start: int
    stop: int


def regroup(runs: Sequence[Sequence[Unit]], unit: Unit) -> list[tuple[datetime, list[Slice]]]:
    """The windows :func:`windows` cuts from ``runs`` plus ``unit``, found by bisection so the
    cost follows the number of windows, not of units. ``runs`` are stored stories that follow
    the rule: each sorted by (published, key), in time order, none overlapping the next."""
    segments = _segments(runs, unit)
    groups: list[tuple[datetime, list[Slice]]] = []
    index, position = 0, segments[0].start
    while index < len(segments):
        anchor = _published(runs, unit, segments[index], position)
        members: list[Slice] = []
        while index < len(segments):
            segment = segments[index]
            stop = _first_at(runs, unit, segment, position, anchor + STORY_SPAN)
            if stop > position:
                members.append(Slice(segment.run, position, stop))
            if stop < segment.stop:
                position = stop
                break
            index += 1
            position = segments[index].start if index < len(segments) else 0
        groups.append((anchor, members))
    return groups


def _order(unit: Unit) -> tuple[datetime, str]:
    return unit.published, unit.key


def _segments(runs: Sequence[Sequence[Unit]], unit: Unit) -> list[Slice]:
    """The runs in time order as slices, the run ``unit`` falls into cut where it goes."""
    before = bisect.bisect_right(runs, _order(unit), key=lambda run: _order(run[0])) - 1
    segments = [Slice(run, 0, len(runs[run])) for run in range(len(runs))]
    if before < 0:
        return [Slice(None, 0, 1), *segments]
    cut = bisect.bisect_right(runs[before], _order(unit), key=_order)
    around = [Slice(before, 0, cut), Slice(None, 0, 1), Slice(before, cut, len(runs[before]))]
    return [*segments[:before], *(s for s in around if s.stop > s.start), *segments[before + 1 :]]


def _published(runs: Sequence[Sequence[Unit]], unit: Unit, segment: Slice, position: int) -> datetime:
    return unit.published if segment.run is None else runs[segment.run][position].published


def _first_at(
    runs: Sequence[Sequence[Unit]], unit: Unit, segment: Slice, position: int, moment: datetime
) -> int:
    """The first position of ``segment`` from ``position`` on published at or after ``moment``."""
    if segment.run is None:
        return position if unit.published >= moment else segment.stop
    return bisect.bisect_left(runs[segment.run], moment, position, segment.stop, key=lambda u: u.published)

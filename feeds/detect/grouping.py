"""Story clustering rules (pure): which announcements are the same story.

The rule. Announcements about the same subject (the first product's family, else the first
vendor) are read in time order (publication time, then article key). Each item joins the
earliest-anchored story of its subject that is still open (the item falls within 72 h of the
story's first item) and whose events intersect the item's events (every event the item
supports, primary first); when none does, the item starts a new story. A story's events are
the union of its items' events, in the order they first appear. So the same news worded
differently by two outlets ("launches for all users": launch + availability; "opens it to
everyone": availability) is one story, while a genuinely new event about the same product two
days later (sign-ups paused after a launch) is a new story.

A story never spans more than 72 h from its first item (no chaining), and the grouping is a
pure function of the set of (subject, events, published, key) items: the order feeds were
polled in, restarts and arrival times do not change it. The same article reached through
several feeds (same canonical link) counts once, at the time and with the events of its first
stored copy, and always shares its story.

Because each item's story depends only on the items before it, a new item never changes
where earlier items belong: attaching it replays only the items published after it (usually
none), starting from the stories as they stand just before it (:func:`replay`). A story's
public id is derived from (subject, first item's primary event, first item's time); when an
item arrives earlier than a story's first item the id changes and the old one stays
resolvable as an alias.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from feeds.detect.taxonomy import Taxonomy
from feeds.models import Detection

STORY_SPAN = timedelta(hours=72)


def subject_of(detection: Detection, taxonomy: Taxonomy) -> str:
    """Product family of the first product ("sora-2-pro" -> "sora"), else the first vendor."""
    families = sorted(taxonomy.product_slugs, key=len, reverse=True)
    for product in detection.products:
        for family in families:
            if product == family or product.startswith(family + "-"):
                return family
    return detection.vendors[0] if detection.vendors else "unknown"


def events_of(detection: Detection) -> tuple[str, ...]:
    """Every event a detection supports, primary first (older verdicts carry only ``event``)."""
    return tuple(dict.fromkeys([detection.event, *detection.events]))


def story_key(subject: str, event: str, anchor: datetime) -> str:
    raw = f"{subject}|{event}|{anchor.strftime('%Y-%m-%dT%H:%M:%SZ')}".encode()
    return base64.b32encode(hashlib.sha1(raw).digest()).decode()[:8].lower()


@dataclass(frozen=True)
class Item:
    """One article in the grouping: its key (link, else entry), time and events."""

    key: str
    published: datetime
    events: tuple[str, ...]

    @property
    def order(self) -> tuple[datetime, str]:
        return self.published, self.key


@dataclass
class Grouped:
    """A story as the rule builds it; ``ref`` is the stored story it continues (if any)."""

    items: list[Item]
    events: list[str] = field(default_factory=list)
    ref: int | None = None

    def __post_init__(self) -> None:
        if not self.events:
            self.events = list(dict.fromkeys(e for item in self.items for e in item.events))

    @property
    def anchor(self) -> datetime:
        return self.items[0].published

    @property
    def event(self) -> str:
        """The primary event of the story's first item: part of its id."""
        return self.items[0].events[0]

    def open_to(self, item: Item) -> bool:
        return item.published < self.anchor + STORY_SPAN and not self.events_disjoint(item)

    def events_disjoint(self, item: Item) -> bool:
        return not any(event in self.events for event in item.events)

    def add(self, item: Item) -> None:
        self.items.append(item)
        self.events.extend(e for e in item.events if e not in self.events)


def group(items: Iterable[Item]) -> list[Grouped]:
    """The stories the rule makes of a set of items, in the order of their first items."""
    return replay([], items)


def replay(before: Sequence[Grouped], items: Iterable[Item]) -> list[Grouped]:
    """Continue the grouping: ``before`` are the stories as they stand just before the first
    of ``items`` (each holding only items earlier than all of ``items``), ``items`` what comes
    after. Returns ``before`` (extended) followed by the stories started by ``items``."""
    stories = sorted(before, key=lambda s: s.items[0].order)
    anchors = [s.anchor for s in stories]
    for item in sorted(items, key=lambda i: i.order):
        # Only stories anchored after (published - 72 h) can take the item.
        first_open = bisect.bisect_right(anchors, item.published - STORY_SPAN)
        home = next((s for s in stories[first_open:] if s.open_to(item)), None)
        if home is None:
            stories.append(Grouped([item]))
            anchors.append(item.published)
        else:
            home.add(item)
    return stories

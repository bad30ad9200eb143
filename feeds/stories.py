"""Story clustering rules (pure): which announcements are the same story.

Same subject (the first product's family, else the first vendor) and same event type, all
published within a 72-hour span: a story never grows past 72 h from its first item, so
coverage cannot chain a story along forever. A story's public key is derived from its
subject, event and earliest publication time, so once the same items are known the key is
the same whatever order feeds were polled in; when an earlier item moves the anchor, the
old key is kept as an alias so alerts already posted still resolve.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
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


def story_key(subject: str, event: str, anchor: datetime) -> str:
    raw = f"{subject}|{event}|{anchor.strftime('%Y-%m-%dT%H:%M:%SZ')}".encode()
    return base64.b32encode(hashlib.sha1(raw).digest()).decode()[:8].lower()


@dataclass(frozen=True)
class StoryWindow:
    id: int
    first: datetime
    last: datetime


def pick_story(candidates: list[StoryWindow], published: datetime) -> StoryWindow | None:
    """The story an item joins: the one whose span stays within 72 h with it, closest first."""
    fits = [s for s in candidates if max(s.last, published) - min(s.first, published) <= STORY_SPAN]
    if not fits:
        return None
    return min(fits, key=lambda s: (abs(s.first - published), s.id))

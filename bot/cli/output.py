"""What several commands print alike: one JSON object a line, the announcements table, and the
"polled k/N" counter."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from feeds.timeutil import to_db


def print_json(value: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write(json.dumps(value, ensure_ascii=False) + "\n")


ANNOUNCEMENT_HEADERS = ["story", "event", "vendors", "score", "published", "title", "feed"]


def _same_instant_order(announcement: Any) -> tuple[str, str]:
    """How reports published at the same instant are ordered: by title, then link. The cycle
    reports them as feeds finish, which varies from run to run; this does not."""
    return (announcement.title, announcement.link or "")


def oldest_first(announcements: Sequence[Any]) -> list[Any]:
    """Announcements in publication order, the same lines every time for the same feeds."""
    return sorted(announcements, key=lambda a: (a.published, *_same_instant_order(a)))


def newest_first(announcements: Sequence[Any]) -> list[Any]:
    """Newest first; same-instant reports keep :func:`oldest_first`'s title order."""
    return sorted(sorted(announcements, key=_same_instant_order), key=lambda a: a.published, reverse=True)


def announcement_rows(announcements: Sequence[Any]) -> list[list[object]]:
    rows = []
    for a in newest_first(announcements):
        d = a.detection
        rows.append(
            [
                a.story_key,
                d.event,
                ",".join(d.vendors),
                f"{d.score:.2f}",
                a.published.strftime("%Y-%m-%d"),
                a.title,
                a.feed,
            ]
        )
    return rows


def announcement_json(a: Any) -> dict[str, Any]:
    d = a.detection
    return {
        "id": a.id,
        "story_id": a.story_key,
        "title": a.title,
        "link": a.link,
        "feed": a.feed,
        "published": to_db(a.published),
        "vendors": d.vendors,
        "products": d.products,
        "event": d.event,
        "score": d.score,
    }


class Progress:
    """A one-line "polled k/N" counter on a terminal; silent otherwise."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() and total > 0

    def tick(self, _outcome: object = None) -> None:
        self.done += 1
        if self.enabled:
            self.stream.write(f"\rpolled {self.done}/{self.total} feeds")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 40 + "\r")
            self.stream.flush()

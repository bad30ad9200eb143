"""The benchmark workload: real tech-news snapshots (../shared/real-feeds) as N distinct
feeds of about 20 entries each, every link and URL guid made unique per feed so nothing
deduplicates away, and fresh AI-video announcements for the "changed" cycle. Without the
snapshots, the bundled demo feeds stand in (see benchmarks/common.py)."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape

from benchmarks.common import labelled_corpus, real_feed_files

ENTRIES_PER_FEED = 20
_ITEM = re.compile(rb"<(item|entry)[\s>].*?</\1\s*>", re.S)
# URLs that start an element's text or an href/url attribute: links, guids, ids, enclosures
# (never xmlns declarations, which would change the feed's namespaces).
_URL = re.compile(rb"""(>\s*|(?:href|url)\s*=\s*["'])(https?://)""")


def trimmed(template: bytes, keep: int = ENTRIES_PER_FEED) -> bytes:
    """The feed with only its first ``keep`` items/entries."""
    items = list(_ITEM.finditer(template))
    if len(items) <= keep:
        return template
    return template[: items[keep].start()] + template[items[-1].end() :]


def unique(template: bytes, index: int) -> bytes:
    return _URL.sub(lambda m: m.group(1) + m.group(2) + f"f{index}-".encode(), template)


def templates() -> list[bytes]:
    return [trimmed(path.read_bytes()) for path in real_feed_files()]


def feeds(count: int) -> list[bytes]:
    """``count`` distinct feeds cycling over the real snapshots."""
    base = templates()
    return [unique(base[i % len(base)], i) for i in range(count)]


def announcements() -> list[str]:
    """Headlines of real AI-video announcements (the dev corpus), for changed feeds."""
    path = labelled_corpus()
    titles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item.get("relevant") and item.get("lang", "en") == "en":
            titles.append(item["title"])
    return titles


def with_new_entries(body: bytes, index: int, titles: list[str], rng: random.Random, count: int = 2) -> bytes:
    """The feed with ``count`` new entries at the top, dated now."""
    now = datetime.now(UTC)
    first = _ITEM.search(body)
    if first is None:
        return body
    atom = first.group(1) == b"entry"
    made = []
    for n in range(count):
        title = escape(rng.choice(titles))
        serial = f"{index}-{rng.getrandbits(48):x}-{n}"
        link = f"https://bench-new.example/f{index}/{serial}"
        if atom:
            made.append(
                f"<entry><id>urn:bench:{serial}</id><title>{title}</title><link rel='alternate' href='{link}'/>"
                f"<updated>{now.isoformat()}</updated><summary>{title}</summary></entry>"
            )
        else:
            made.append(
                f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
                f"<pubDate>{format_datetime(now)}</pubDate><description>{title}</description></item>"
            )
    return body[: first.start()] + "".join(made).encode() + body[first.start() :]

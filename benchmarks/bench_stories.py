"""Story ingest on one core: one feed carrying N reports of the same story (one product, one
event, all inside the 72 h window), ingested through the real ingest path into a fresh SQLite
file, with one server alerted. The time is that feed's one write transaction: what holds the
single writer. Newest first is how feeds list items (each report moves the story's anchor
earlier, so its id changes); oldest first has each report join the story as it stands.

    python benchmarks/bench_stories.py [--json]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import one_core, script  # noqa: E402
from feeds.detect.keywords import KeywordMatcher  # noqa: E402
from feeds.detect.taxonomy import bundled_taxonomy  # noqa: E402
from feeds.models import Detection, FeedSpec, ParsedEntry, ParsedFeed  # noqa: E402
from feeds.pipeline.ingest import AlertRules, IngestPolicy  # noqa: E402
from feeds.storage import feed_records as feed_store  # noqa: E402
from feeds.storage.db import open_database, write_transaction  # noqa: E402
from feeds.storage.ingest import Fetched, ingest_feed  # noqa: E402
from feeds.storage.servers import ensure_server, load_cycle_rules, set_alert_channel  # noqa: E402
from feeds.timeutil import utcnow  # noqa: E402

SIZES = (500, 2000, 4000)
ORDERS = ("newest_first", "oldest_first")
SPREAD = timedelta(hours=60)  # every report inside one story window
POLICY = IngestPolicy(
    interval=timedelta(minutes=15),
    first_poll_cutoff=timedelta(days=7),
    max_alert_age=timedelta(days=7),
    max_failures=5,
)
DETECTION = Detection(
    relevant=True, score=0.8, vendors=["openai"], products=["sora-2"], event="launch", api=False, reasons=[]
)


def synthetic_feed(count: int, order: str = "newest_first") -> ParsedFeed:
    """``count`` reports of one Sora 2 launch spread over 60 hours, in ``order``."""
    now = utcnow().replace(microsecond=0)
    step = SPREAD / count
    entries = [
        ParsedEntry(
            guid=f"report-{n}",
            link=f"https://news.example/sora-2-launch-{n}",
            title=f"OpenAI launches Sora 2 (report {n})",
            summary="OpenAI's video model Sora 2 is available today.",
            published=now - n * step,
            lang="en",
            content_hash=f"{n:040x}",
        )
        for n in range(count)
    ]
    return ParsedFeed(entries=entries if order == "newest_first" else entries[::-1])


def ingest_seconds(count: int, order: str) -> float:
    """Wall time of one feed's ingest transaction with ``count`` reports of one story."""
    with tempfile.TemporaryDirectory(prefix="vidradar-stories-") as tmp:
        db = open_database(Path(tmp) / "stories.db")
        now = utcnow()
        with write_transaction(db):
            feed = feed_store.add_feed(db, FeedSpec(url="https://news.example/feed"), now)[0]
            ensure_server(db, 1, now)
            set_alert_channel(db, 1, 100, now)
        parsed = synthetic_feed(count, order)
        detections = {e.guid: DETECTION for e in parsed.entries}
        began = time.perf_counter()
        report = ingest_feed(
            db,
            feed,
            parsed,
            detections,
            alerting=AlertRules(
                feed, load_cycle_rules(db), KeywordMatcher([]), bundled_taxonomy(), POLICY, now
            ),
            fetched=Fetched(
                status=200,
                etag=None,
                last_modified=None,
                next_due_at=POLICY.due_after_success(feed, now, random.Random(1)),
            ),
            now=now,
        )
        elapsed = time.perf_counter() - began
        stories = db.execute("SELECT count(*) FROM stories").fetchone()[0]
        db.close()
    if len(report.announcements) != count or stories != 1:
        raise SystemExit(f"expected {count} reports in 1 story, got {len(report.announcements)} in {stories}")
    return elapsed


def run(sizes: tuple[int, ...] = SIZES) -> dict[str, float]:
    with one_core():
        return {f"story_{order}_{n}_s": round(ingest_seconds(n, order), 3) for order in ORDERS for n in sizes}


def describe(figures: dict[str, float], sizes: tuple[int, ...] = SIZES) -> str:
    lines = [
        f"   {order.replace('_', ' ')}: "
        + ", ".join(f"{n:,} reports {figures[f'story_{order}_{n}_s']:.2f} s" for n in sizes)
        for order in ORDERS
    ]
    return "\n".join(["story ingest, one feed of one story, one core:", *lines])


if __name__ == "__main__":
    script(__doc__, run, describe)

"""History search latency: `/news search` as a server runs it (guild-scoped, 80 results)
over a database of N stored entries built from real tech-news text.

    python benchmarks/bench_search.py [--entries 100000] [--json]

The database is cached under benchmarks/.cache/ (building 1M entries takes minutes).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import REPO, SYNTHETIC, real_feed_files  # noqa: E402
from feeds.models import FeedSpec, ParsedEntry  # noqa: E402
from feeds.parse.reference import parse_feed  # noqa: E402
from feeds.storage import feed_records as feed_store  # noqa: E402
from feeds.storage.db import open_database, write_transaction  # noqa: E402
from feeds.storage.entries import refresh_search_index, search_entries, upsert_entries  # noqa: E402
from feeds.storage.servers import ensure_server  # noqa: E402
from feeds.timeutil import utcnow  # noqa: E402

QUERIES = [
    "sora",
    "veo 3",
    "openai api",
    "runway gen-4",
    "pricing",
    "waitlist",
    "génération vidéo",
    "apple",
    "security vulnerability",
    "nintendo switch",
    "google gemini",
    "kling",
    "delay launch",
    "open source model",
    "raspberry pi",
    "quantum",
    "europe regulation",
    "hugo release",
    "ransomware",
    "video",
]
FEEDS = 200
BATCH = 5000


def build(path: Path, count: int) -> None:
    now = utcnow()
    texts = []
    for file in real_feed_files():
        try:
            texts += [
                (e.title, e.summary, e.lang)
                for e in parse_feed(file.read_bytes(), url="https://b/", fetched_at=now).entries
            ]
        except Exception:
            continue
    db = open_database(path)
    with write_transaction(db):
        feed_ids = [
            feed_store.add_feed(db, FeedSpec(url=f"https://bench{n}.example/feed"), now)[0].id
            for n in range(FEEDS)
        ]
        ensure_server(db, 1, now)
    started = time.perf_counter()
    for start in range(0, count, BATCH):
        batch: dict[int, list[ParsedEntry]] = {}
        for n in range(start, min(count, start + BATCH)):
            title, summary, lang = texts[n % len(texts)]
            batch.setdefault(feed_ids[n % FEEDS], []).append(
                ParsedEntry(
                    guid=f"bench-{n}",
                    link=f"https://bench.example/{n}",
                    title=title,
                    summary=summary,
                    published=now - timedelta(minutes=count - n),
                    lang=lang,
                    content_hash=f"{n:040x}",
                )
            )
        with write_transaction(db):
            for feed_id, entries in batch.items():
                upsert_entries(db, feed_id, entries, now)
        refresh_search_index(db)
        done = min(count, start + BATCH)
        if done % 100_000 == 0:
            rate = done / (time.perf_counter() - started)
            print(f"  built {done:,} entries ({rate:,.0f}/s)", file=sys.stderr)
    db.execute("PRAGMA optimize")
    db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")
    db.close()


def measure(count: int, rounds: int = 5) -> dict[str, float]:
    cache = REPO / "benchmarks" / ".cache"
    cache.mkdir(exist_ok=True)
    path = cache / f"search-{count}{'-synthetic' if SYNTHETIC else ''}.db"  # never mixed up
    if not path.exists():
        print(f"building a {count:,}-entry database in {path} …", file=sys.stderr)
        partial = path.with_suffix(".partial")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        build(partial, count)
        partial.rename(path)
    db = open_database(path)
    for query in QUERIES:  # warm the page cache once, as a running bot's would be
        search_entries(db, query, limit=80, guild_id=1)
    timings = []
    for _ in range(rounds):
        for query in QUERIES:
            began = time.perf_counter()
            search_entries(db, query, limit=80, guild_id=1)
            timings.append((time.perf_counter() - began) * 1000)
    db.close()
    timings.sort()
    return {
        "entries": count,
        "p50_ms": statistics.median(timings),
        "p95_ms": timings[int(len(timings) * 0.95) - 1],
        "max_ms": timings[-1],
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = measure(args.entries)
    if args.json:
        print(json.dumps(figures))
    else:
        print(
            f"search over {figures['entries']:,} entries: p50 {figures['p50_ms']:.1f} ms, "
            f"p95 {figures['p95_ms']:.1f} ms, max {figures['max_ms']:.1f} ms"
        )

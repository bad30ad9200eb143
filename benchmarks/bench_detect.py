"""Detection throughput on one core: real tech-news entries (mostly not about AI video, as in
production) and the labelled dev corpus (every item a candidate, the slow path).

    python benchmarks/bench_detect.py [--json]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import labelled_corpus, one_core, real_feed_files, script  # noqa: E402
from feeds.detect.classify import default_detector  # noqa: E402
from feeds.parse import parse_feed  # noqa: E402
from feeds.timeutil import utcnow  # noqa: E402


def throughput(items: list[tuple[str, str, str | None]], min_seconds: float = 2.0) -> float:
    detector = default_detector()
    done = 0
    started = time.perf_counter()
    while True:
        for title, summary, lang in items:
            detector.classify(title, summary, lang)
        done += len(items)
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return done / elapsed


def run() -> dict[str, float]:
    with one_core():
        return _run()


def _run() -> dict[str, float]:
    now = utcnow()
    entries = []
    for path in real_feed_files():
        entries += parse_feed(path.read_bytes(), url="https://bench.example/", fetched_at=now).entries
    real = [(e.title, e.summary, e.lang) for e in entries]
    corpus = [json.loads(line) for line in labelled_corpus().read_text().splitlines() if line.strip()]
    labelled = [(c["title"], c.get("summary") or "", c.get("lang")) for c in corpus]
    default_detector().classify("warm up", "")
    return {
        "detect_real_entries": len(real),
        "detect_real_per_s": round(throughput(real)),
        "detect_candidates_per_s": round(throughput(labelled)),
    }


def describe(figures: dict[str, float]) -> str:
    return (
        f"detection, one core: {figures['detect_real_per_s']:,} entries/s on {figures['detect_real_entries']} real "
        f"tech-news entries; {figures['detect_candidates_per_s']:,} entries/s when every entry is a candidate"
    )


if __name__ == "__main__":
    script(__doc__, run, describe)

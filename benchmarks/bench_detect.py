"""Detection throughput on one core: real tech-news entries (mostly not about AI video, as in
production) and the labelled dev corpus (every item a candidate, the slow path). Entries are
classified as the poller does it: title, summary, language and link (the link's path is a
genre signal).

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
from feeds.parse.reference import parse_feed  # noqa: E402
from feeds.timeutil import utcnow  # noqa: E402

Item = tuple[str, str, str | None, str | None]  # title, summary, language, link


def first_pass(items: list[Item]) -> float:
    """Seconds for one pass over ``items`` on a fresh detector. The lexicon compiles each
    category's pattern on first use (the bot starts without paying for patterns it never
    reads), so the first pass of a process pays that once."""
    detector = default_detector()
    started = time.perf_counter()
    for title, summary, lang, link in items:
        detector.classify(title, summary, lang, link)
    return time.perf_counter() - started


def throughput(items: list[Item], min_seconds: float = 2.0) -> float:
    """Entries per second in the steady state of a long-running poller: after one untimed
    pass, so patterns compiled on first use are not counted against every entry."""
    detector = default_detector()
    for title, summary, lang, link in items:
        detector.classify(title, summary, lang, link)
    done = 0
    started = time.perf_counter()
    while True:
        for title, summary, lang, link in items:
            detector.classify(title, summary, lang, link)
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
    real: list[Item] = [(e.title, e.summary, e.lang, e.link) for e in entries]
    corpus = [json.loads(line) for line in labelled_corpus().read_text().splitlines() if line.strip()]
    labelled: list[Item] = [
        (c["title"], c.get("summary") or "", c.get("lang"), c.get("source")) for c in corpus
    ]
    default_detector().classify("warm up", "")
    cold = first_pass(real)
    return {
        "detect_real_entries": len(real),
        "detect_first_pass_s": round(cold, 2),
        "detect_real_per_s": round(throughput(real)),
        "detect_candidates_per_s": round(throughput(labelled)),
    }


def describe(figures: dict[str, float]) -> str:
    return (
        f"detection, one core: {figures['detect_real_per_s']:,} entries/s on {figures['detect_real_entries']} real "
        f"tech-news entries; {figures['detect_candidates_per_s']:,} entries/s when every entry is a candidate; "
        f"the first pass of a process takes {figures['detect_first_pass_s']:.2f} s (patterns compile on first use)"
    )


if __name__ == "__main__":
    script(__doc__, run, describe)

"""Parse throughput on one core over the benchmark workload (real snapshots, ~20 entries
each): vidradar's parse (fast path with feedparser as the reference and fallback, plus
normalisation), and feedparser alone for comparison.

    python benchmarks/bench_parse.py [--json]
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import workload  # noqa: E402
from benchmarks.common import one_core, script  # noqa: E402
from feeds.errors import ParseError  # noqa: E402
from feeds.parse.language import identify  # noqa: E402
from feeds.parse.reference import parse_feed  # noqa: E402
from feeds.timeutil import utcnow  # noqa: E402


def throughput(bodies: list[bytes], parser: str, min_seconds: float = 3.0) -> float:
    now = utcnow()
    done, started = 0, time.perf_counter()
    while True:
        for n, body in enumerate(bodies):
            with contextlib.suppress(ParseError):
                url = f"https://b{n}.example/feed"
                done += len(parse_feed(body, url=url, fetched_at=now, parser=parser).entries)  # type: ignore[arg-type]
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return done / elapsed


def _fast(body: bytes, now) -> bool:  # type: ignore[no-untyped-def]
    """Would ``auto`` keep the fast parser's result for this feed?"""
    try:
        parse_feed(body, url="https://b.example/feed", fetched_at=now, parser="fast")
    except ParseError:
        return False
    return True


def run() -> dict[str, float]:
    with one_core():
        identify("warming up the language model")
        bodies = [workload.unique(t, n) for n, t in enumerate(workload.templates())]
        now = utcnow()
        return {
            "parse_per_s": round(throughput(bodies, "auto")),
            "feedparser_per_s": round(throughput(bodies, "feedparser")),
            "fast_share": sum(_fast(body, now) for body in bodies) / len(bodies),
        }


def describe(figures: dict[str, float]) -> str:
    return (
        f"parse, one core: {figures['parse_per_s']:,} entries/s (feedparser alone: "
        f"{figures['feedparser_per_s']:,}/s; {figures['fast_share']:.0%} of feeds on the fast path)"
    )


if __name__ == "__main__":
    script(__doc__, run, describe)

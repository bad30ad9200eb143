"""Parse throughput on one core over the benchmark workload (real snapshots, ~20 entries
each): vidradar's parse (fast path with feedparser as the reference and fallback, plus
normalisation), and feedparser alone for comparison.

    python benchmarks/bench_parse.py [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import workload  # noqa: E402
from benchmarks.common import pin_to_one_core  # noqa: E402
from feeds.errors import ParseError  # noqa: E402
from feeds.fastparse import Unsupported, fast_parse  # noqa: E402
from feeds.language import identify  # noqa: E402
from feeds.parse import parse_feed  # noqa: E402
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


def run() -> dict[str, float]:
    pin_to_one_core()
    identify("warming up the language model")
    bodies = [workload.unique(t, n) for n, t in enumerate(workload.templates())]
    fast = 0
    for body in bodies:
        try:
            fast_parse(body.lstrip())
            fast += 1
        except Unsupported:
            pass
    return {
        "parse_per_s": round(throughput(bodies, "auto")),
        "feedparser_per_s": round(throughput(bodies, "feedparser")),
        "fast_share": fast / len(bodies),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    figures = run()
    if parser.parse_args().json:
        print(json.dumps(figures))
    else:
        print(
            f"parse, one core: {figures['parse_per_s']:,} entries/s (feedparser alone: "
            f"{figures['feedparser_per_s']:,}/s; {figures['fast_share']:.0%} of feeds on the fast path)"
        )

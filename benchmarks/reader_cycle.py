"""One update of every feed by the `reader` library (the peer), in a fresh process, against
the same loopback server: the comparison point for vidradar's cycles.

    python benchmarks/reader_cycle.py --db reader.sqlite --urls urls.json [--workers 16]

Prints one JSON line: update seconds (update_feeds only), start-up seconds, entries, peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import memory_mb  # noqa: E402

try:
    from reader import make_reader
except ImportError:  # pragma: no cover
    raise SystemExit("reader is not installed: pip install -e '.[bench]'") from None


def main(args: argparse.Namespace) -> dict[str, float]:
    urls = json.loads(Path(args.urls).read_text())
    reader = make_reader(args.db)
    for url in urls:
        reader.add_feed(url, exist_ok=True)
    startup = time.perf_counter() - STARTED
    began = time.perf_counter()
    reader.update_feeds(workers=args.workers, scheduled=False)  # every feed, like vidradar's forced cycle
    update = time.perf_counter() - began
    counts = reader.get_entry_counts()
    failures = [feed.last_exception for feed in reader.get_feeds() if feed.last_exception]
    reader.close()
    return {
        "startup_s": startup,
        "cycle_s": update,
        "entries": counts.total,
        "failed": len(failures),
        "errors": sorted({f"{e.type_name}: {e.value_str}"[:120] for e in failures})[:3],
        "peak_rss_mb": memory_mb(os.getpid())["peak_rss"],
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--urls", required=True)
    parser.add_argument("--workers", type=int, default=16)
    print(json.dumps(main(parser.parse_args())))

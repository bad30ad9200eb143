"""One vidradar poll cycle in a fresh process, as the benchmark measures it (the parent
times the whole process; this reports what happens inside).

    python benchmarks/cycle.py --db bench.db|postgresql://... --urls urls.json [--workers 2]

Prints one JSON line: cycle seconds (run_cycle only), start-up seconds (imports, database,
warm worker pool), entries, announcements, alerts enqueued, event-loop lag during the cycle,
peak RSS of this process and of its largest worker.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import descendants, memory_mb, process_cpu_seconds, thread_cpu_seconds  # noqa: E402
from feeds.config import load_settings  # noqa: E402
from feeds.models import FeedSpec  # noqa: E402
from feeds.pipeline.workers import parse_pool, warm  # noqa: E402
from feeds.service.composition import Core  # noqa: E402
from feeds.storage.store import Store  # noqa: E402
from feeds.timeutil import utcnow  # noqa: E402

# The Store's database writer thread: its CPU is reported on its own (see the README).
WRITER_THREAD = "vidradar-db-write"


class LoopLag:
    """How late a 10 ms sleep wakes up: the time the loop was blocked by something else."""

    def __init__(self, interval: float = 0.01) -> None:
        self.interval = interval
        self.samples: list[float] = []
        self._task: asyncio.Task | None = None

    async def _run(self) -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(self.interval)
            self.samples.append(max(0.0, time.perf_counter() - before - self.interval))

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> dict[str, float]:
        assert self._task is not None
        self._task.cancel()
        samples = sorted(self.samples) or [0.0]
        return {
            "lag_max_ms": samples[-1] * 1000,
            "lag_p99_ms": samples[min(len(samples) - 1, int(len(samples) * 0.99))] * 1000,
        }


async def main(args: argparse.Namespace) -> dict[str, float]:
    urls = json.loads(Path(args.urls).read_text())
    where = {"database_url": args.db} if args.db.startswith("postgresql://") else {"db": Path(args.db)}
    settings = load_settings(
        None,
        **where,
        allow_private_urls=True,
        concurrency=args.concurrency,
        per_host_concurrency=2,
        log_level="WARNING",
    )
    store = await Store.open(settings.database)
    await store.sync_operator_feeds([FeedSpec(url=u) for u in urls], utcnow())
    await store.set_alert_channel(1, 100, utcnow())
    await store.make_due([feed.id for feed in await store.list_feeds()], utcnow())
    # With --warm-workers, like `vidradar run`: the workers start with the process (start-up),
    # so the cycle is what a running bot spends. Without, like `vidradar poll --once`: they
    # start when the first feed needs parsing (an all-304 cycle starts none). The parent's
    # "process" figure includes everything either way.
    pool = parse_pool(args.workers)
    if args.warm_workers:
        warm(pool)
    poller = Core(settings, store).poller(pool)
    startup = time.perf_counter() - STARTED
    cpu_before = _cpu_seconds()
    writer_before = thread_cpu_seconds(WRITER_THREAD)
    lag = LoopLag()
    lag.start()
    began = time.perf_counter()
    # The scheduled cycle a running bot does: every feed due, claimed in batches spread over
    # hosts (feeds/pipeline/claims.py), as in production.
    report = await poller.run_cycle()
    cycle = time.perf_counter() - began
    cpu = {name: after - cpu_before.get(name, 0.0) for name, after in _cpu_seconds().items()}
    writer = thread_cpu_seconds(WRITER_THREAD) - writer_before
    lags = await lag.stop()
    # Memory of this process and of the parse workers (and their fork server), before they go.
    main_memory = memory_mb(os.getpid())
    helpers = [memory_mb(pid) for pid in descendants(os.getpid())]
    await store.close()
    pool.shutdown()
    return {
        "startup_s": startup,
        "cycle_s": cycle,
        "feeds": report.polled,
        "failed": len(report.failed),
        "not_modified": report.not_modified,
        "entries": report.new_entries,
        "announcements": len(report.announcements),
        "alerts": report.deliveries,
        **lags,
        "peak_rss_mb": main_memory["peak_rss"],
        "helpers_peak_rss_mb": max((m["peak_rss"] for m in helpers), default=0.0),
        "total_pss_mb": main_memory["pss"] + sum(m["pss"] for m in helpers),
        "errors": sorted({o.error or "" for o in report.failed})[:3],
        "cpu_main_s": cpu.pop("main", 0.0),
        "cpu_writer_s": writer,
        "cpu_workers_s": sum(cpu.values()),
    }


def _cpu_seconds() -> dict[str, float]:
    """CPU time (user + system) of this process ("main", all its threads) and of each process
    below it (the parse workers and their fork server), by pid."""
    out = {"main": sum(os.times()[:2])}
    for pid in descendants(os.getpid()):
        out[str(pid)] = process_cpu_seconds(pid)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--urls", required=True)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument(
        "--warm-workers", action="store_true", help="start the parse workers before the cycle"
    )
    print(json.dumps(asyncio.run(main(parser.parse_args()))))

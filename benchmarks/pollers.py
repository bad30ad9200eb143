"""Several pollers sharing one database (feed leases): the cycle's wall time with 1, 2 and 4
`vidradar poll --daemon` processes over the same feeds, and the ratio to one poller.

    python benchmarks/pollers.py [--feeds 5000] [--pollers 1 2 4] [--latency 0.02] [--json]

For each poller count: a fresh database, the pollers started together (each with the default
settings an operator gets: its own parse workers), then
- cold: from the start of the processes until every feed is fetched and stored (real
  snapshot feeds, ~16 entries each, over 32 loopback addresses with an added latency);
- warm: every feed made due again while they run, until every feed is fetched again (all
  answer 304 Not Modified).
Also how many feeds each poller fetched (from its log), and any feed fetched twice.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import REPO  # noqa: E402
from benchmarks.process import VIDRADAR, compile_bytecode, feed_list  # noqa: E402


def count(db: Path, sql: str) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute(sql).fetchone()[0])
    except sqlite3.Error:  # not created yet
        return -1


def wait_until(db: Path, sql: str, target: int, timeout: float) -> float:
    began = time.perf_counter()
    while time.perf_counter() - began < timeout:
        if count(db, sql) == target:
            return time.perf_counter() - began
        time.sleep(0.1)
    raise SystemExit(f"timed out waiting for {sql!r} to reach {target}")


def shares(logs: list[Path]) -> list[int]:
    """Feeds each poller says it polled (its `poll cycle: N feeds` lines)."""
    out = []
    for log in logs:
        total = 0
        for line in log.read_text(errors="replace").splitlines():
            if "poll cycle: " in line:
                total += int(line.split("poll cycle: ")[1].split(" feeds")[0])
        out.append(total)
    return out


def logged(logs: list[Path], total: int, timeout: float = 300) -> list[int]:
    """Each poller's share once their cycles have logged ``total`` feeds between them."""
    began = time.perf_counter()
    while time.perf_counter() - began < timeout:
        got = shares(logs)
        if sum(got) >= total:
            return got
        time.sleep(0.1)
    raise SystemExit(f"the pollers logged {sum(shares(logs))} feeds, not {total}")


def run_pollers(urls: list[str], pollers: int, workdir: Path) -> dict[str, Any]:
    db = workdir / f"pollers-{pollers}.db"
    feeds_file = workdir / "feeds.toml"
    feeds_file.write_text(feed_list(urls))
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "VIDRADAR_DB": str(db),
        "VIDRADAR_FEEDS": str(feeds_file),
        "VIDRADAR_ALLOW_PRIVATE_URLS": "true",
        "VIDRADAR_POLL_CHECK": "1s",
        "VIDRADAR_LOG_LEVEL": "INFO",
    }
    # One process creates the database and syncs the feed list first, so that every poller
    # starts from the same list (each syncs it again at start: a no-op then).
    subprocess.run([*VIDRADAR, "db", "migrate"], cwd=workdir, env=env, check=True, capture_output=True)
    logs = [workdir / f"poller-{pollers}-{n}.log" for n in range(pollers)]
    began = time.perf_counter()
    processes = [
        subprocess.Popen(
            [*VIDRADAR, "poll", "--daemon"],
            cwd=workdir,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log.open("w"),
        )
        for log in logs
    ]
    try:
        total = len(urls)
        wait_until(db, "SELECT count(*) FROM feeds", total, 120)
        wait_until(db, "SELECT count(*) FROM feeds WHERE last_success_at IS NOT NULL", total, 900)
        cold = time.perf_counter() - began
        cold_shares = logged(logs, total)  # the cycles have ended (search index brought up to date)
        with sqlite3.connect(db, timeout=30) as conn:
            conn.execute("UPDATE feeds SET next_due_at = NULL")
        warm = wait_until(db, "SELECT count(*) FROM feeds WHERE next_due_at IS NULL", 0, 900)
        warm_shares = [b - a for a, b in zip(cold_shares, logged(logs, 2 * total), strict=True)]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(30)
    return {
        "pollers": pollers,
        "feeds": total,
        "cold_s": cold,
        "warm_s": warm,
        "cold_shares": cold_shares,
        "warm_shares": warm_shares,
    }


def measure(feeds: int, counts: list[int], hosts: int, latency: float, workdir: Path) -> list[dict[str, Any]]:
    """The figures for each poller count, against a feed server of its own."""
    from benchmarks.run import FeedServer

    server = FeedServer(feeds, hosts, latency)
    try:
        return [run_pollers(server.urls, n, workdir) for n in counts]
    finally:
        server.close()


def describe(results: list[dict[str, Any]]) -> list[str]:
    base = results[0]
    lines = [
        f"   {'pollers':10}{'cold':>9}{'ratio':>8}{'warm':>9}{'ratio':>8}  feeds per poller (cold; warm)"
    ]
    for r in results:
        lines.append(
            f"   {r['pollers']:<10}{r['cold_s']:>7.2f} s{r['cold_s'] / base['cold_s']:>8.2f}"
            f"{r['warm_s']:>7.2f} s{r['warm_s'] / base['warm_s']:>8.2f}  "
            f"{'/'.join(map(str, r['cold_shares']))}; {'/'.join(map(str, r['warm_shares']))}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--feeds", type=int, default=5000)
    parser.add_argument("--pollers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--hosts", type=int, default=32)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="vidradar-pollers-") as tmp:
        results = measure(args.feeds, args.pollers, args.hosts, args.latency, Path(tmp))
    print(json.dumps(results, indent=2) if args.json else "\n".join(describe(results)))


if __name__ == "__main__":
    main()

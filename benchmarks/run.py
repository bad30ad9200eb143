"""The benchmark suite (`make bench`): one table, or --json.

    python benchmarks/run.py [--feeds 1000] [--latency 0.02] [--hosts 32] [--repeat 3]
                             [--large] [--no-reader] [--process-feeds 300 1000]
                             [--pollers-feeds 5000] [--pollers 1 2 4] [--backends-feeds 1000] [--json]

1-3. Poll cycles against a loopback server (its own process) serving N real-snapshot feeds
     (~20 entries each) over several 127.0.0.x addresses with an added latency: cold (empty
     database), warm (all 304 Not Modified), changed (10 % of feeds with 2 new entries).
     Each cycle runs in a fresh process (benchmarks/cycle.py); "cycle" is the poll itself,
     "process" adds start-up (imports, database, parse workers). Cold and warm are repeated
     and the median is reported.
4.   Parse and detection throughput, one core.
5.   History search latency at 100k entries (and 1M with --large).
6.   Event-loop lag during the cold cycle (max, p99).
7.   The same cold and warm cycles by `reader` (the peer; `pip install -e '.[bench]'`), in the
     same run against the same server, and the ratios vidradar/reader.
8.   Story ingest, one core: one feed of 500, 2,000 and 4,000 reports of one story (the time
     that feed's transaction holds the writer).
9.   `vidradar poll --once` as an operator runs it (benchmarks/process.py), 300 and 1,000 feeds,
     cold and warm: the cycle, the whole process (exec to exit, start-up and shut-down
     included) and the overhead between them.
10.  Several pollers sharing one database through feed leases (benchmarks/pollers.py): 1, 2
     and 4 `vidradar poll --daemon` processes over 5,000 feeds, cold and warm cycle wall time.
11.  PostgreSQL vs SQLite (benchmarks/backends.py): the cold and warm cycles of 1-2 on each
     backend, and deliveries per second through the outbox for 1,000 servers.
12.  Start-up before the first detection (benchmarks/bench_startup.py): the parse workers'
     preload and a one-item `vidradar classify`, with no compiled-pattern cache, a cold one
     and a warm one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import (  # noqa: E402
    bench_detect,
    bench_parse,
    bench_search,
    bench_startup,
    bench_stories,
    pollers,
    process,
)
from benchmarks.common import REPO, machine_cpu_seconds  # noqa: E402

PYTHON = sys.executable


class FeedServer:
    def __init__(self, feeds: int, hosts: int, latency: float) -> None:
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "benchmarks.feedserver",
                "--feeds",
                str(feeds),
                "--hosts",
                str(hosts),
                "--latency",
                str(latency),
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit("the benchmark feed server did not start")
        info = json.loads(line)
        self.urls: list[str] = info["urls"]
        self.control: str = info["control"]

    def change(self, fraction: float) -> int:
        request = urllib.request.Request(f"{self.control}/_change?fraction={fraction}", method="POST")
        with urllib.request.urlopen(request) as response:  # noqa: S310 - loopback only
            return int(json.load(response)["changed"])

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def timed(args: list[str]) -> dict[str, Any]:
    """Run a cycle script; its JSON plus the process's wall time and the machine's CPU time."""
    cpu_before = machine_cpu_seconds()
    began = time.perf_counter()
    done = subprocess.run([PYTHON, *args], cwd=REPO, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed:\n{done.stderr[-2000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_s"] = wall
    result["machine_cpu_s"] = machine_cpu_seconds() - cpu_before
    return result


def median_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median cycle time (its other figures belong together), with the
    whole-process time as a median of its own."""
    ordered = sorted(runs, key=lambda r: r["cycle_s"])
    return {**ordered[len(ordered) // 2], "process_s": statistics.median(r["process_s"] for r in runs)}


def vidradar_cycles(server: FeedServer, workdir: Path, repeat: int) -> dict[str, Any]:
    urls = workdir / "urls.json"
    colds, warms = [], []
    db = workdir / "vidradar.db"
    parsing = ["--warm-workers"]  # cycles that parse are measured with the workers running, as in the bot
    for attempt in range(repeat):
        db = workdir / f"vidradar-{attempt}.db"
        colds.append(timed(["benchmarks/cycle.py", "--db", str(db), "--urls", str(urls), *parsing]))
        warms.append(timed(["benchmarks/cycle.py", "--db", str(db), "--urls", str(urls)]))
    changed_feeds = server.change(0.10)
    changed = timed(["benchmarks/cycle.py", "--db", str(db), "--urls", str(urls), *parsing])
    changed["changed_feeds"] = changed_feeds
    return {
        "cold": median_of(colds),
        "warm": median_of(warms),
        "changed": changed,
        "cold_runs_s": sorted(r["cycle_s"] for r in colds),
        "warm_runs_s": sorted(r["cycle_s"] for r in warms),
    }


def reader_cycles(server: FeedServer, workdir: Path) -> dict[str, Any] | None:
    try:
        import reader  # noqa: F401
    except ImportError:
        print("reader is not installed (pip install -e '.[bench]'): skipping the comparison", file=sys.stderr)
        return None
    urls = workdir / "urls.json"
    db = workdir / "reader.sqlite"
    cold = timed(["benchmarks/reader_cycle.py", "--db", str(db), "--urls", str(urls)])
    warm = timed(["benchmarks/reader_cycle.py", "--db", str(db), "--urls", str(urls)])
    return {"cold": cold, "warm": warm}


def run(args: argparse.Namespace) -> dict[str, Any]:
    figures: dict[str, Any] = {
        "machine": {"cores": os.cpu_count(), "python": sys.version.split()[0]},
        "workload": {"feeds": args.feeds, "hosts": args.hosts, "latency_ms": args.latency * 1000},
    }
    with tempfile.TemporaryDirectory(prefix="vidradar-bench-") as tmp:
        workdir = Path(tmp)
        server = FeedServer(args.feeds, args.hosts, args.latency)
        try:
            (workdir / "urls.json").write_text(json.dumps(server.urls))
            # reader first: vidradar's changed cycle alters the server's feeds.
            figures["reader"] = None if args.no_reader else reader_cycles(server, workdir)
            process.compile_bytecode()
            figures["process"] = [
                process.measure(server.urls[:count], workdir, args.repeat)
                for count in args.process_feeds
                if count <= args.feeds
            ]
            figures["process_imports"] = process.import_floor(args.repeat) if figures["process"] else None
            figures["vidradar"] = vidradar_cycles(server, workdir, args.repeat)
        finally:
            server.close()
        if args.pollers_feeds:
            figures["pollers"] = pollers.measure(
                args.pollers_feeds, args.pollers, args.hosts, args.latency, workdir
            )
        if args.backends_feeds:
            from benchmarks import backends  # it reuses this module's FeedServer and timing

            figures["backends"] = backends.measure(args.backends_feeds, 1000, 5, args.repeat, args.latency)
    figures["parse"] = bench_parse.run()
    figures["detect"] = bench_detect.run()
    figures["stories"] = bench_stories.run()
    figures["startup"] = bench_startup.run(args.repeat)
    figures["search"] = [bench_search.measure(100_000)]
    if args.large:
        figures["search"].append(bench_search.measure(1_000_000))
    if figures["reader"]:
        figures["ratios"] = {
            kind: figures["vidradar"][kind]["cycle_s"] / figures["reader"][kind]["cycle_s"]
            for kind in ("cold", "warm")
        } | {
            f"{kind}_process": figures["vidradar"][kind]["process_s"] / figures["reader"][kind]["process_s"]
            for kind in ("cold", "warm")
        }
    return figures


def table(f: dict[str, Any]) -> str:
    v, r = f["vidradar"], f.get("reader")
    w = f["workload"]
    lines = [
        f"vidradar benchmarks — {f['machine']['cores']} cores, Python {f['machine']['python']}; "
        f"{w['feeds']:,} feeds over {w['hosts']} loopback addresses, +{w['latency_ms']:.0f} ms per response",
        "",
        f"{'':34}{'cycle':>10}{'process':>10}{'reader':>10}{'ratio':>8}",
    ]

    def row(label: str, kind: str) -> str:
        mine = v[kind]
        theirs = r[kind] if r and kind in r else None
        ratio = f"{mine['cycle_s'] / theirs['cycle_s']:.2f}x" if theirs else "-"
        reader_s = f"{theirs['cycle_s']:.2f} s" if theirs else "-"
        return f"{label:34}{mine['cycle_s']:>8.2f} s{mine['process_s']:>8.2f} s{reader_s:>10}{ratio:>8}"

    lines.append(row(f"1. cold cycle ({v['cold']['entries']:,} entries)", "cold"))
    lines.append(row("2. warm cycle (all 304)", "warm"))
    lines.append(row(f"3. changed cycle ({v['changed']['changed_feeds']} feeds)", "changed"))
    cold = v["cold"]
    if len(v.get("cold_runs_s", [])) > 1:
        spread = ", ".join(
            f"{kind} {min(v[f'{kind}_runs_s']):.2f}–{max(v[f'{kind}_runs_s']):.2f} s"
            for kind in ("cold", "warm")
        )
        lines.append(f"   medians of {len(v['cold_runs_s'])} runs ({spread})")
    lines += [
        "",
        f"   cold: {cold['entries'] / cold['cycle_s']:,.0f} entries/s; CPU {cold['cpu_main_s']:.1f} s main process "
        f"(database writer {cold['cpu_writer_s']:.1f} s) + "
        f"{cold['cpu_workers_s']:.1f} s parse workers (machine {cold['machine_cpu_s']:.1f} s with start-up and the server); "
        f"peak RSS {cold['peak_rss_mb']:.0f} MB (largest parse worker {cold['helpers_peak_rss_mb']:.0f} MB, "
        f"all processes {cold['total_pss_mb']:.0f} MB PSS)",
        f"   changed: {v['changed']['entries']} new entries, {v['changed']['announcements']} announcements, "
        f"{v['changed']['alerts']} alerts enqueued",
    ]
    if r:
        lines.append(
            f"   reader: cold {r['cold']['entries']:,} entries, {r['cold']['failed']} feeds failed; "
            f"process {r['cold']['process_s']:.1f} s cold, {r['warm']['process_s']:.1f} s warm; "
            f"peak RSS {r['cold']['peak_rss_mb']:.0f} MB"
        )
    p, d = f["parse"], f["detect"]
    lines += [
        "",
        f"4. parse, one core: {p['parse_per_s']:,} entries/s (feedparser alone {p['feedparser_per_s']:,}/s; "
        f"{p['fast_share']:.0%} of feeds on the fast path)",
        f"   detection, one core: {d['detect_real_per_s']:,} entries/s (all candidates: {d['detect_candidates_per_s']:,}/s; "
        f"first pass of a process {d['detect_first_pass_s']:.2f} s)",
    ]
    for s in f["search"]:
        lines.append(
            f"5. search at {s['entries']:,} entries: p50 {s['p50_ms']:.1f} ms, p95 {s['p95_ms']:.1f} ms"
        )
    lines.append(
        f"6. event-loop lag in the cold cycle: max {cold['lag_max_ms']:.0f} ms, p99 {cold['lag_p99_ms']:.0f} ms"
    )
    lines.append(f"8. {bench_stories.describe(f['stories'])}")
    if f.get("process"):
        lines.append("9. the whole `vidradar poll --once` process (medians; overhead = process - cycle):")
        lines += process.describe(f["process"])
        if f.get("process_imports"):
            lines.append(process.describe_floor(f["process_imports"]))
    if f.get("pollers"):
        lines.append(
            f"10. pollers sharing {f['pollers'][0]['feeds']:,} feeds through leases (cycle wall time; ratio to one poller):"
        )
        lines += pollers.describe(f["pollers"])
    if f.get("backends"):
        from benchmarks import backends

        lines.append("11. " + backends.table(f["backends"]).replace("\n", "\n    "))
    lines.append(
        "12. start-up before the first detection, fresh process, by compiled-pattern cache (medians):"
    )
    lines += bench_startup.describe(f["startup"])
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=32)
    parser.add_argument("--latency", type=float, default=0.02, help="seconds added to every response")
    parser.add_argument("--repeat", type=int, default=3, help="cold/warm runs (the median is reported)")
    parser.add_argument(
        "--large", action="store_true", help="also search over 1M entries (builds a cached DB)"
    )
    parser.add_argument("--no-reader", action="store_true", help="skip the comparison with reader")
    parser.add_argument(
        "--process-feeds",
        type=int,
        nargs="*",
        default=[300, 1000],
        help="feed counts for the whole-process `poll --once` figures (none: skip them)",
    )
    parser.add_argument(
        "--pollers-feeds", type=int, default=5000, help="feeds for the several-pollers figures (0: skip them)"
    )
    parser.add_argument("--pollers", type=int, nargs="+", default=[1, 2, 4], help="poller counts to compare")
    parser.add_argument(
        "--backends-feeds", type=int, default=1000, help="feeds for PostgreSQL vs SQLite (0: skip it)"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(args)
    print(json.dumps(figures, indent=2) if args.json else table(figures))


if __name__ == "__main__":
    main()

"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SNAPSHOTS = SHARED / "real-feeds"  # saved tech-news feeds (*.xml): the real workload
LABELLED = SHARED / "dev-corpus.jsonl"
# Without ../shared (a standalone clone) the benchmarks run on what the repository ships:
# the demo feeds and the eval sample. Smaller and cleaner than real news, so not comparable.
DEMO_FEEDS = REPO / "seeds" / "demo"
EVAL_SAMPLE = REPO / "seeds" / "eval-sample.jsonl"
SYNTHETIC = not any(SNAPSHOTS.glob("*.xml"))
_NOTED = "VIDRADAR_BENCH_SYNTHETIC_NOTED"  # inherited by child processes: the line prints once

if SYNTHETIC and not os.environ.get(_NOTED):
    os.environ[_NOTED] = "1"
    print(
        f"benchmarks: no feed snapshots in {SNAPSHOTS} (put saved RSS/Atom feeds there as *.xml "
        "for the real workload); using a synthetic workload built from seeds/demo/ and "
        "seeds/eval-sample.jsonl, so the figures are not comparable with docs/performance.md",
        file=sys.stderr,
    )


def real_feed_files() -> list[Path]:
    """The saved tech-news feeds, or the bundled demo feeds when there are none."""
    if SYNTHETIC:
        return sorted(p for p in DEMO_FEEDS.iterdir() if p.suffix in (".rss", ".atom", ".rdf"))
    return sorted(SNAPSHOTS.glob("*.xml"))


def labelled_corpus() -> Path:
    """Labelled headlines (JSON Lines): the dev corpus, or the bundled eval sample."""
    return LABELLED if LABELLED.is_file() else EVAL_SAMPLE


@contextlib.contextmanager
def one_core() -> Iterator[None]:
    """Single-core figures mean single-core: pin the process where the OS allows it, and
    unpin it afterwards (run.py goes on to start the multi-core cycles)."""
    if not hasattr(os, "sched_setaffinity"):
        yield
        return
    cores = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cores)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, cores)


def script(
    doc: str | None, run: Callable[..., dict[str, Any]], describe: Callable[[dict[str, Any]], str]
) -> None:
    """The ``__main__`` of a one-figure benchmark: arguments first (``--help`` runs nothing),
    then ``run``, printed as one line or ``--json``."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run()
    print(json.dumps(figures) if args.json else describe(figures))


def _status(pid: int) -> dict[str, str]:
    try:
        with open(f"/proc/{pid}/status") as handle:
            return dict(line.rstrip("\n").split(":\t", 1) for line in handle if ":\t" in line)
    except OSError:
        return {}


def descendants(pid: int) -> list[int]:
    """Every live process below ``pid`` (Linux /proc; empty elsewhere)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if entry.isdigit():
            ppid = _status(int(entry)).get("PPid")
            if ppid:
                children.setdefault(int(ppid), []).append(int(entry))
    found, stack = [], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def memory_mb(pid: int) -> dict[str, float]:
    """Peak RSS (VmHWM), RSS, and PSS (shared pages divided among their sharers) in MB."""
    status = _status(pid)
    out = {
        "peak_rss": int(status.get("VmHWM", "0 kB").split()[0]) / 1024,
        "rss": int(status.get("VmRSS", "0 kB").split()[0]) / 1024,
        "pss": 0.0,
    }
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    out["pss"] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return out


def machine_cpu_seconds() -> float:
    """CPU time used by everything on the machine so far (user+nice+system+irq+softirq)."""
    with open("/proc/stat") as handle:
        fields = handle.readline().split()[1:]
    ticks = sum(int(fields[i]) for i in (0, 1, 2, 5, 6))
    return ticks / os.sysconf("SC_CLK_TCK")


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process so far (Linux /proc; 0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def thread_cpu_seconds(prefix: str) -> float:
    """User + system CPU time so far of this process's threads whose name starts with
    ``prefix`` (Linux /proc; 0 when there are none)."""
    import threading

    ids = {t.native_id for t in threading.enumerate() if t.name.startswith(prefix)}
    total = 0.0
    for tid in ids:
        try:
            with open(f"/proc/self/task/{tid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total

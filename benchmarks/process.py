"""What `vidradar poll --once` costs outside its cycle: the real command, in a fresh process,
against the benchmark feed server, cold (empty database) and warm (all 304 Not Modified).

    python benchmarks/process.py [--feeds 300 1000] [--repeat 3] [--json]

For each feed count, each run is the ``vidradar`` console script as an operator starts it
(``VIDRADAR_FEEDS`` pointing at a feed-list file of the server's URLs, a fresh database for
the cold run, the same one for the warm run). "cycle" is the cycle's own time as the command
records it (``poll_cycles.duration_s``: fetch, parse, store, detect, index); "process" is the
wall time of the whole process as the caller sees it, from exec to exit (imports, settings,
database, feed list, parse workers, the cycle, printing, closing); "overhead" is the
difference. Medians of ``--repeat`` runs. ``make bench`` runs this for 300 and 1,000 feeds.
A last line gives the import floor (:func:`import_floor`): what importing alone costs.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import REPO  # noqa: E402

PYTHON = sys.executable
# Exactly what the `vidradar` console script runs (pyproject: vidradar = bot.cli.launch:main).
VIDRADAR = [PYTHON, "-c", "import sys; from bot.cli.launch import main; sys.exit(main())"]


def feed_list(urls: list[str]) -> str:
    return "".join(f'[[feeds]]\nurl = "{url}"\n\n' for url in urls)


def poll_once(workdir: Path, db: Path, feeds_file: Path) -> dict[str, Any]:
    """One `vidradar poll --once` in a fresh process: its wall time and its recorded cycle."""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "VIDRADAR_DB": str(db),
        "VIDRADAR_FEEDS": str(feeds_file),
        "VIDRADAR_ALLOW_PRIVATE_URLS": "true",  # the feeds are on 127.0.0.x
        "VIDRADAR_LOG_LEVEL": "WARNING",
    }
    began = time.perf_counter()
    done = subprocess.run(
        [*VIDRADAR, "poll", "--once"], cwd=workdir, env=env, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"vidradar poll --once failed ({done.returncode}):\n{done.stderr[-2000:]}")
    with sqlite3.connect(db) as conn:
        cycle, polled, failed, entries = conn.execute(
            "SELECT duration_s, feeds_polled, feeds_failed, entries_new FROM poll_cycles ORDER BY id DESC LIMIT 1"
        ).fetchone()
    return {
        "cycle_s": cycle,
        "process_s": wall,
        "overhead_s": wall - cycle,
        "feeds": polled,
        "failed": failed,
        "entries": entries,
    }


def _median(runs: list[dict[str, Any]]) -> dict[str, Any]:
    out = {key: statistics.median(r[key] for r in runs) for key in ("cycle_s", "process_s", "overhead_s")}
    out.update({key: runs[-1][key] for key in ("feeds", "failed", "entries")})
    out["overhead_runs_s"] = sorted(r["overhead_s"] for r in runs)
    return out


def compile_bytecode() -> None:
    """Write vidradar's bytecode first, as ``pip install`` does: an editable checkout run with
    PYTHONDONTWRITEBYTECODE (or with files just edited) would otherwise compile every changed
    module from source in every measured process."""
    subprocess.run([PYTHON, "-m", "compileall", "-q", "bot", "feeds"], cwd=REPO, check=True)


def measure(urls: list[str], workdir: Path, repeat: int) -> dict[str, Any]:
    """Cold then warm `poll --once` on ``urls``, ``repeat`` times each (a fresh database per
    cold run), as medians."""
    feeds_file = workdir / f"feeds-{len(urls)}.toml"
    feeds_file.write_text(feed_list(urls))
    colds, warms = [], []
    for attempt in range(repeat):
        db = workdir / f"poll-{len(urls)}-{attempt}.db"
        colds.append(poll_once(workdir, db, feeds_file))
        warms.append(poll_once(workdir, db, feeds_file))
    return {"feeds": len(urls), "cold": _median(colds), "warm": _median(warms)}


# What any `poll --once` built on this stack imports before its cycle can start (sqlite-utils
# without numpy/pandas, as feeds/storage/__init__.py imports it), with the collector paused;
# and what vidradar imports, exactly as the console script does it (bot.cli.launch: the
# command line with the collector paused and then frozen, the rest as the command loads it).
STACK_IMPORTS = (
    "import gc; gc.disable(); import sys; sys.modules['numpy'] = sys.modules['pandas'] = None; "
    "import asyncio, aiohttp, pydantic, pydantic_settings, sqlite_utils"
)
VIDRADAR_IMPORTS = (
    "from bot.cli.launch import load_command; load_command(); "
    "import feeds.parse.feedlist, feeds.service.composition, feeds.pipeline.workers, feeds.pipeline.poller"
)


def import_floor(repeat: int) -> dict[str, float]:
    """The part of the overhead no code of ours decides: a fresh interpreter that only imports
    the stack's libraries (``stack_s``), and one that imports what the command imports before
    its cycle (``vidradar_s``), medians of ``repeat`` alternating runs. On a slower or busier
    machine both grow, and the overhead with them."""

    def wall(code: str) -> float:
        began = time.perf_counter()
        subprocess.run(
            [PYTHON, "-c", code], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, check=True
        )
        return time.perf_counter() - began

    bare, stack, ours = [], [], []
    for _ in range(max(repeat, 3)):
        bare.append(wall("pass"))
        stack.append(wall(STACK_IMPORTS))
        ours.append(wall(VIDRADAR_IMPORTS))
    return {
        "interpreter_s": statistics.median(bare),
        "stack_s": statistics.median(stack),
        "vidradar_s": statistics.median(ours),
    }


def describe_floor(floor: dict[str, float]) -> str:
    return (
        f"   fresh interpreter: {floor['interpreter_s']:.2f} s; importing the stack alone (asyncio, aiohttp, "
        f"pydantic, pydantic-settings, sqlite-utils): {floor['stack_s']:.2f} s; everything the command "
        f"imports before its cycle: {floor['vidradar_s']:.2f} s"
    )


def describe(results: list[dict[str, Any]]) -> list[str]:
    lines = [f"   {'poll --once':36}{'cycle':>9}{'process':>10}{'overhead':>10}  (overhead, all runs)"]
    for result in results:
        for kind in ("cold", "warm"):
            r = result[kind]
            runs = ", ".join(f"{s:.2f}" for s in r["overhead_runs_s"])
            label = f"{result['feeds']:,} feeds, {kind}" + (
                f" ({r['entries']:,} entries)" if kind == "cold" else ""
            )
            lines.append(
                f"   {label:36}{r['cycle_s']:>7.2f} s{r['process_s']:>8.2f} s{r['overhead_s']:>8.2f} s  ({runs})"
            )
    return lines


def main() -> None:
    from benchmarks.run import FeedServer

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--feeds", type=int, nargs="+", default=[300, 1000])
    parser.add_argument("--hosts", type=int, default=32)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    compile_bytecode()
    floor = import_floor(args.repeat)
    server = FeedServer(max(args.feeds), args.hosts, args.latency)
    try:
        with tempfile.TemporaryDirectory(prefix="vidradar-bench-") as tmp:
            results = [measure(server.urls[:count], Path(tmp), args.repeat) for count in args.feeds]
    finally:
        server.close()
    if args.json:
        print(json.dumps({"runs": results, "imports": floor}, indent=2))
    else:
        print("\n".join([*describe(results), describe_floor(floor)]))


if __name__ == "__main__":
    main()

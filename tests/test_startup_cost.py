"""What a one-off command pays outside its work (docs/performance.md, "No cost outside the
cycle"): behaviour, never timings. A parse pool that gets no job starts no process; a pool
made on first use still parses and still refuses work once shut down; the composition root
loads what a mode needs and no more; the command line freezes the heap for its exit only
when it is the process, never for a caller that goes on."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli.main import main
from feeds.pipeline.workers import parse_pool

REPO = Path(__file__).resolve().parent.parent


def run_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_a_parse_pool_that_gets_no_job_starts_no_process() -> None:
    """`poll --once` on feeds that all answer 304 parses nothing: its pool must start neither
    the fork server (about a second of CPU, and the process waited for it on its way out)
    nor the resource tracker nor a worker."""
    out = run_python(
        "import asyncio, json, multiprocessing\n"
        "from multiprocessing import forkserver, resource_tracker\n"
        "from feeds.service.composition import parse_workers\n"
        "async def main():\n"
        "    async with parse_workers(2):\n"
        "        pass\n"
        "asyncio.run(main())\n"
        "print(json.dumps({'fork_server': forkserver._forkserver._forkserver_pid,\n"
        "                  'tracker': resource_tracker._resource_tracker._pid,\n"
        "                  'children': len(multiprocessing.active_children())}))\n"
    )
    assert json.loads(out) == {"fork_server": None, "tracker": None, "children": 0}


def test_a_parse_pool_made_on_first_use_parses_and_shuts_down() -> None:
    pool = parse_pool(1)
    try:
        assert pool.submit(pow, 2, 10).result(timeout=60) == 1024
    finally:
        pool.shutdown()
    with pytest.raises(RuntimeError):
        pool.submit(pow, 2, 3).result(timeout=10)


def test_a_parse_pool_shut_down_unused_refuses_work_and_starts_nothing() -> None:
    pool = parse_pool(2)
    pool.shutdown()
    future = pool.submit(pow, 2, 3)
    with pytest.raises(RuntimeError, match="shutdown"):
        future.result(timeout=10)


def test_the_composition_root_loads_only_what_the_mode_needs() -> None:
    """A command that only reads the database (`vidradar search`, `feeds list`) opens a Core:
    that loads neither the fetcher, the detector, the scheduler nor message rendering; a
    poller loads the fetcher when it is asked for."""
    heavy = ["aiohttp", "apscheduler", "babel", "feeds.pipeline.poller", "feeds.detect.classify", "discord"]
    out = run_python(
        "import json, sys\n"
        "import bot.cli.main, feeds.service.composition\n"
        f"print(json.dumps([m for m in {heavy!r} if m in sys.modules]))\n"
    )
    assert json.loads(out) == []


def test_poll_once_still_loads_the_poller_it_builds(tmp_path: Path) -> None:
    out = run_python(
        "import asyncio, json, sys\n"
        "from feeds.config import load_settings\n"
        "from feeds.service.composition import Core\n"
        "async def main():\n"
        f"    settings = load_settings(None, db={str(tmp_path / 'db.sqlite')!r})\n"
        "    async with Core.open(settings, feed_list=False) as core:\n"
        "        poller = core.poller(None)\n"
        "        report = await poller.run_cycle(force=True)\n"
        "        return type(poller).__module__, report.polled\n"
        "print(json.dumps([*asyncio.run(main()), 'aiohttp' in sys.modules]))\n"
    )
    assert json.loads(out) == ["feeds.pipeline.poller", 0, True]


def test_the_command_line_freezes_the_heap_only_as_the_process(tmp_path: Path) -> None:
    """Called with arguments (a caller that goes on living, like these tests), main() leaves
    the garbage collector as it found it; as the process's entry point it freezes the heap
    for the exit, after the command's output is written and its exit status decided."""
    frozen = gc.get_freeze_count()
    assert main(["classify", "--input", "/dev/null"]) == 0
    # (Something else may have frozen part of this process before: freezing would add every
    # object it tracks, far more than the command frees.)
    assert gc.get_freeze_count() <= frozen
    out = run_python(
        "import contextlib, gc, io, json, sys\n"
        "from bot.cli.main import main\n"
        "sys.argv = ['vidradar', 'classify', '--input', '/dev/null']\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main()\n"
        "print(json.dumps([code, gc.get_freeze_count() > 0]))\n"
    )
    assert json.loads(out) == [0, True]


def test_the_parse_workers_preload_leaves_the_collector_working() -> None:
    """The fork server freezes what it preloaded; what a worker allocates afterwards is still
    collected (a cycle in a worker does not leak)."""
    out = run_python(
        "import gc, json, weakref\n"
        "import feeds.pipeline.preload\n"
        "class Node: pass\n"
        "a, b = Node(), Node(); a.other, b.other = b, a\n"
        "ref = weakref.ref(a); del a, b\n"
        "gc.collect()\n"
        "print(json.dumps([gc.get_freeze_count() > 0, ref() is None]))\n"
    )
    assert json.loads(out) == [True, True]

"""Worker processes for the CPU part of a poll cycle (parse + detect).

Parsing and detection are pure Python and hold the GIL; in threads they would slow down the
event loop that also answers Discord within its 3-second deadline. Worker processes keep
the loop free and use every core.

Workers come from a *fork server* that imported and warmed everything once (the detector's
compiled patterns, the language model, both parsers): each worker is a cheap fork of it and
shares those pages instead of loading its own copy. The fork server is a fresh process, so
this never forks the bot itself (with its threads and sockets). Where there is no fork
server (Windows), workers are spawned and warm up one by one.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing.connection import wait

PRELOAD = "feeds.preload"
# Workers run at a lower CPU priority than the main process, which answers Discord and runs
# the one database writer every feed waits for: parsing is never the bottleneck (a feed is
# parsed within milliseconds of its download), the writer is. Measured on 2 cores, 1,000
# feeds: the cold cycle's median went from 5.6 s to 4.9 s.
WORKER_NICE = 10


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _exit_when_orphaned() -> None:
    """A worker outlives a parent killed with SIGKILL (nothing tells it); it would hold the
    parent's stdout/stderr, the fork server (which stays up while any worker does) and the
    CPU forever. Leave as soon as the parent is gone: multiprocessing gives every worker a
    sentinel that becomes ready when the process that asked for it dies."""
    parent = multiprocessing.parent_process()
    if parent is not None and parent.sentinel is not None:
        wait([parent.sentinel])
    else:  # pragma: no cover - no sentinel: watch for re-parenting instead
        original = os.getppid()
        while os.getppid() == original:
            time.sleep(1.0)
    os._exit(0)


def _worker_init() -> None:
    import importlib

    threading.Thread(target=_exit_when_orphaned, daemon=True, name="orphan-watch").start()
    if hasattr(os, "nice"):
        os.nice(WORKER_NICE)
    importlib.import_module(PRELOAD)  # already imported (and warm) under the fork server


def parse_pool(workers: int | None = None) -> Executor:
    """The executor for parse + detect: ``workers`` processes (default: one per core, at most
    4); 0 parses in one thread of this process instead (least memory, slowest)."""
    count = default_workers() if workers is None else workers
    if count == 0:
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="parse")
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([PRELOAD])
    else:  # pragma: no cover - Windows
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=count, mp_context=context, initializer=_worker_init)


def _ready() -> int:
    return os.getpid()


def warm(pool: Executor) -> None:
    """Start every worker now (and run its warm-up) instead of during the first cycle."""
    count = getattr(pool, "_max_workers", 1)
    futures = [pool.submit(_ready) for _ in range(count * 2)]
    for future in futures:
        future.result()

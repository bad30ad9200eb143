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

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, InvalidStateError, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import wait
from typing import Any

log = logging.getLogger(__name__)

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

    # A terminal's Ctrl-C reaches the whole process group: the main process decides how to
    # stop (and shuts the pool down); a worker interrupted mid-job would only print a
    # KeyboardInterrupt traceback. Under the fork server SIGINT is already blocked from birth
    # (see _start_fork_server); this also covers spawned workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_orphaned, daemon=True, name="orphan-watch").start()
    if hasattr(os, "nice"):
        os.nice(WORKER_NICE)
    importlib.import_module(PRELOAD)  # already imported (and warm) under the fork server


# How often one job is submitted to a fresh pool after the pool broke under it. A pool breaks
# when a worker dies (killed by the OOM killer, a crash in a C extension): every job in flight
# then fails with ``BrokenProcessPool``, through no fault of its feed.
BROKEN_POOL_ATTEMPTS = 3


class ParsePool(Executor):
    """A process pool that replaces itself when it breaks.

    ``ProcessPoolExecutor`` is broken for good once one worker dies, and ``vidradar run`` keeps
    one pool for its lifetime: without this every later parse would fail until a restart and
    every feed would end disabled. A job that failed because the pool broke is submitted again
    to the new pool (up to :data:`BROKEN_POOL_ATTEMPTS` times), so its feed never pays for it.
    """

    def __init__(self, make_pool: Callable[[], ProcessPoolExecutor], workers: int) -> None:
        self._make_pool = make_pool
        self._max_workers = workers
        self._lock = threading.Lock()
        self._pool = make_pool()
        self._closed = False
        self.rebuilds = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        outer: Future[Any] = Future()
        self._submit(outer, fn, args, kwargs, BROKEN_POOL_ATTEMPTS)
        return outer

    def _submit(
        self, outer: Future[Any], fn: Callable[..., Any], args: tuple, kwargs: dict, attempts: int
    ) -> None:
        pool = self._current()
        try:
            inner = pool.submit(fn, *args, **kwargs)
        except BrokenProcessPool as exc:
            self._retry_or_fail(outer, pool, exc, fn, args, kwargs, attempts)
            return
        except BaseException as exc:  # shut down, or the job could not be pickled
            _settle(outer, error=exc)
            return

        def settle(done: Future[Any]) -> None:
            if done.cancelled():
                outer.cancel()
            elif isinstance(error := done.exception(), BrokenProcessPool):
                self._retry_or_fail(outer, pool, error, fn, args, kwargs, attempts)
            else:
                _settle(outer, result=None if error else done.result(), error=error)

        inner.add_done_callback(settle)

    def _retry_or_fail(
        self,
        outer: Future[Any],
        broken: ProcessPoolExecutor,
        error: BrokenProcessPool,
        fn: Callable[..., Any],
        args: tuple,
        kwargs: dict,
        attempts: int,
    ) -> None:
        if attempts <= 1 or self._closed or outer.cancelled():
            _settle(outer, error=error)
            return
        self._replace(broken)
        self._submit(outer, fn, args, kwargs, attempts - 1)

    def _current(self) -> ProcessPoolExecutor:
        with self._lock:
            return self._pool

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """Swap in a new pool, once per breakage however many jobs saw it break."""
        with self._lock:
            if self._pool is not broken or self._closed:
                return
            self._pool = self._make_pool()
            self.rebuilds += 1
        log.warning("a parse worker died; the parse worker pool was restarted")
        broken.shutdown(wait=False, cancel_futures=True)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._closed = True
            pool = self._pool
        pool.shutdown(wait=wait, cancel_futures=cancel_futures)


def _settle(outer: Future[Any], *, result: Any = None, error: BaseException | None = None) -> None:
    """Complete ``outer`` unless its caller cancelled it meanwhile."""
    try:
        if error is not None:
            outer.set_exception(error)
        else:
            outer.set_result(result)
    except InvalidStateError:
        pass


def parse_pool(workers: int | None = None) -> Executor:
    """The executor for parse + detect: ``workers`` processes (default: one per core, at most
    4), replaced when a worker dies; 0 parses in one thread of this process instead (least
    memory, slowest)."""
    count = default_workers() if workers is None else workers
    if count == 0:
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="parse")
    fork_server = "forkserver" in multiprocessing.get_all_start_methods()
    if fork_server:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([PRELOAD])
    else:  # pragma: no cover - Windows
        context = multiprocessing.get_context("spawn")

    def make_pool() -> ProcessPoolExecutor:
        if fork_server:  # (again) when a pool is replaced: the fork server may have died too
            _start_fork_server()
        return ProcessPoolExecutor(max_workers=count, mp_context=context, initializer=_worker_init)

    return ParsePool(make_pool, count)


def _start_fork_server() -> None:
    """Start the fork server (if it is not running) with SIGINT blocked: it and every worker
    forked from it inherit that, so a Ctrl-C sent to the process group interrupts neither its
    warm-up nor a worker (no KeyboardInterrupt traceback from either; the main process stops
    the pool). Blocked rather than ignored here, so a Ctrl-C that arrives meanwhile still
    reaches the main process. SIGTERM stays as it is: the pool ends a broken pool's workers
    with it."""
    from multiprocessing import forkserver, resource_tracker

    # First, on its own: starting the resource tracker unblocks SIGINT in the calling thread.
    resource_tracker.ensure_running()
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _ready() -> int:
    return os.getpid()


def warm(pool: Executor) -> None:
    """Start every worker now (and run its warm-up) instead of during the first cycle."""
    count = getattr(pool, "_max_workers", 1)
    futures = [pool.submit(_ready) for _ in range(count * 2)]
    for future in futures:
        future.result()

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
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future, InvalidStateError, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any

log = logging.getLogger(__name__)

PRELOAD = "feeds.pipeline.preload"
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


# Set when this process is stopping (SIGINT/SIGTERM): its workers got the same signal from the
# terminal or the service manager, and a pool they leave broken is not replaced.
_PROCESS_STOPPING = threading.Event()


def process_stopping() -> None:
    """Called by the signal handler: no parse pool of this process restarts any more."""
    _PROCESS_STOPPING.set()


# How many times a job runs alone, on a fresh pool, breaking it each time, before it fails. A
# pool breaks when a worker dies (the OOM killer, a crash in a C extension): every job in flight
# then fails with ``BrokenProcessPool``, most of them through no fault of their own.
BROKEN_POOL_ATTEMPTS = 3


@dataclass
class _Job:
    """A submitted call, kept to run again on a new pool: ``outer`` is the future its caller
    holds, ``attempts`` how many more times it may break the pool while running alone."""

    outer: Future[Any]
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    attempts: int = BROKEN_POOL_ATTEMPTS


class ParsePool(Executor):
    """A process pool that replaces itself when it breaks, and finds the job that broke it.

    ``ProcessPoolExecutor`` is broken for good once one worker dies, and ``vidradar run`` keeps
    one pool for its lifetime: without this every later parse would fail until a restart and
    every feed would end disabled. When the pool breaks, every job that was in flight becomes a
    suspect and runs again, on a new pool, one suspect at a time: the innocent ones succeed
    (their feeds never pay for it), and a job that breaks the pool while running alone fails
    after :data:`BROKEN_POOL_ATTEMPTS` such runs (only its own feed is charged).
    """

    def __init__(self, make_pool: Callable[[], ProcessPoolExecutor], workers: int) -> None:
        self._make_pool = make_pool
        self._max_workers = workers
        self._lock = threading.Lock()
        # Made by the first job (or :func:`warm`): a cycle that parses nothing (every feed
        # 304 Not Modified) starts no fork server, whose warm-up costs about a second of CPU
        # and which the process would otherwise wait for on its way out.
        self._pool: ProcessPoolExecutor | None = None
        self._closed = False
        self._shut = False
        self._suspects: deque[_Job] = deque()
        self._isolating = False  # a suspect is running (alone among suspects)
        self.rebuilds = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        job = _Job(Future(), fn, args, kwargs)
        self._run(job, isolated=False)
        return job.outer

    def close_soon(self) -> None:
        """Shutting down: a pool that breaks now (its workers got the same SIGTERM as the
        process) is not replaced; its jobs fail and their feeds stay due."""
        self._closed = True

    def _run(self, job: _Job, *, isolated: bool) -> None:
        try:
            pool = self._current()
        except BaseException as exc:  # shut down, or the fork server could not start
            self._finish(job, isolated, error=exc)
            return
        try:
            inner = pool.submit(job.fn, *job.args, **job.kwargs)
        except BrokenProcessPool as exc:
            self._broke(job, pool, exc, isolated=isolated)
            return
        except BaseException as exc:  # shut down, or the job could not be pickled
            self._finish(job, isolated, error=exc)
            return

        def settle(done: Future[Any]) -> None:
            if done.cancelled():
                job.outer.cancel()
                self._finish(job, isolated)
            elif isinstance(error := done.exception(), BrokenProcessPool):
                self._broke(job, pool, error, isolated=isolated)
            else:
                self._finish(job, isolated, result=None if error else done.result(), error=error)

        inner.add_done_callback(settle)

    def _finish(
        self, job: _Job, isolated: bool, *, result: Any = None, error: BaseException | None = None
    ) -> None:
        if not job.outer.done():
            _settle(job.outer, result=result, error=error)
        if isolated:
            self._next_suspect(finished=True)

    def _broke(
        self, job: _Job, broken: ProcessPoolExecutor, error: BrokenProcessPool, *, isolated: bool
    ) -> None:
        self._replace(broken)
        if isolated:  # it broke the pool while running alone: it is charged for it
            job.attempts -= 1
        if job.attempts <= 0 or self._stopping or job.outer.cancelled():
            _settle(job.outer, error=error)
        else:
            with self._lock:
                self._suspects.append(job)
        self._next_suspect(finished=isolated)

    def _next_suspect(self, *, finished: bool) -> None:
        """Start the next suspect when none is running."""
        with self._lock:
            if finished:
                self._isolating = False
            if self._isolating or not self._suspects:
                return
            self._isolating = True
            job = self._suspects.popleft()
        self._run(job, isolated=True)

    @property
    def _stopping(self) -> bool:
        return self._closed or _PROCESS_STOPPING.is_set()

    def _current(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                if self._shut:
                    raise RuntimeError("cannot schedule new futures after shutdown")
                self._pool = self._make_pool()
            return self._pool

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """Swap in a new pool, once per breakage however many jobs saw it break."""
        with self._lock:
            if self._pool is not broken or self._stopping:
                return
            self._pool = self._make_pool()
            self.rebuilds += 1
        log.warning("a parse worker died; the parse worker pool was restarted")
        broken.shutdown(wait=False, cancel_futures=True)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._closed = self._shut = True
            pool = self._pool
        if pool is not None:  # never used: nothing was started, nothing to stop
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
    context: multiprocessing.context.BaseContext
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

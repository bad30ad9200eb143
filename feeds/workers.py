"""Worker processes for the CPU part of a poll cycle (parse + detect).

Parsing is pure Python (feedparser) and holds the GIL; in threads it would slow down the
event loop that also answers Discord within its 3-second deadline. Worker processes keep
the loop free and use every core. They are started with ``spawn`` (never ``fork`` from a
process with live threads and sockets) and warm up once: imports and the compiled detector.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def _exit_when_orphaned(parent: int) -> None:
    """A worker outlives a parent killed with SIGKILL (nothing tells it); it would hold the
    parent's stdout/stderr and the CPU forever. Leave as soon as the parent is gone."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _warm_up(parent: int) -> None:
    from feeds.detect.classify import default_detector
    from feeds.language import identify
    from feeds.parse import parse_feed
    from feeds.timeutil import utcnow

    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True, name="orphan-watch").start()
    default_detector().classify("warm up", "")
    identify("warming up the language model")  # loads the model (~0.5 s) before the first feed
    warm = b"<rss version='2.0'><channel><link>x</link><item><title>w</title><link>https://w.example/</link></item></channel></rss>"
    parse_feed(warm, url="https://w.example/feed", fetched_at=utcnow())


def parse_pool(workers: int | None = None) -> ProcessPoolExecutor:
    count = workers or max(1, min(4, os.cpu_count() or 1))
    return ProcessPoolExecutor(
        max_workers=count,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_warm_up,
        initargs=(os.getpid(),),
    )

"""The parse worker pool: real worker processes (fork server), the same results as parsing
in-process, and a lower CPU priority than the main process."""

from __future__ import annotations

import os

import pytest

from feeds.analyse import parse_job
from feeds.timeutil import utcnow
from feeds.workers import WORKER_NICE, parse_pool, warm
from tests.feedserver import rss
from tests.test_poller import ANNOUNCEMENT, DISTRACTOR


def _niceness() -> int:
    return os.nice(0)


def test_workers_parse_like_the_main_process_at_a_lower_priority() -> None:
    body = rss([ANNOUNCEMENT, DISTRACTOR])
    now = utcnow()
    args = (body, "https://example.org/feed", "application/rss+xml", now, None, False)
    pool = parse_pool(1)
    try:
        warm(pool)
        parsed, detections = pool.submit(parse_job, *args).result(timeout=60)
        niceness = pool.submit(_niceness).result(timeout=60)
        worker_pid = pool.submit(os.getpid).result(timeout=60)
    finally:
        pool.shutdown()
    local_parsed, local_detections = parse_job(*args)
    assert parsed == local_parsed and detections == local_detections
    assert detections[ANNOUNCEMENT["guid"]].relevant
    assert worker_pid != os.getpid()
    if not hasattr(os, "nice"):
        pytest.skip("no process priorities here")
    assert niceness >= min(19, os.nice(0) + WORKER_NICE)


def test_zero_workers_parse_in_a_thread_of_this_process() -> None:
    pool = parse_pool(0)
    try:
        assert pool.submit(os.getpid).result(timeout=10) == os.getpid()
    finally:
        pool.shutdown()

"""The parse worker pool: real worker processes (fork server), the same results as parsing
in-process, and a lower CPU priority than the main process."""

from __future__ import annotations

import importlib
import os
import pickle
import pkgutil
import time
from concurrent.futures.process import BrokenProcessPool

import pytest

import bot
import feeds
from feeds import errors
from feeds.errors import VidradarError
from feeds.pipeline.analyse import parse_job
from feeds.pipeline.workers import BROKEN_POOL_ATTEMPTS, WORKER_NICE, parse_pool, warm
from feeds.timeutil import utcnow
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


# -- errors cross the process boundary; a dead worker does not break parsing -------------------


def _every_error_class() -> set[type[VidradarError]]:
    """Every subclass of VidradarError in feeds/ and bot/ (modules imported first)."""
    for package in (feeds, bot):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
    found: set[type[VidradarError]] = set()
    pending: list[type[VidradarError]] = [VidradarError]
    while pending:
        cls = pending.pop()
        found.add(cls)
        pending.extend(cls.__subclasses__())
    return found


SAMPLES: dict[type, VidradarError] = {
    errors.VidradarError: errors.VidradarError("something"),
    errors.ConfigError: errors.ConfigError("VIDRADAR_X is invalid"),
    errors.InputError: errors.InputError("bad {what}", code="bad", what="term"),
    errors.StorageError: errors.StorageError("disk full"),
    errors.SchemaTooNewError: errors.SchemaTooNewError("newer vidradar"),
    errors.DatabaseDamaged: errors.DatabaseDamaged("the database is damaged"),
    errors.DiskFull: errors.DiskFull("the disk is full"),
    errors.FeedError: errors.FeedError("https://a.example/feed", "broken"),
    errors.FetchError: errors.FetchError("https://a.example/feed", "HTTP 429", status=429, retry_after=30.0),
    errors.URLRefused: errors.URLRefused("http://10.0.0.1/", "refused", permanent=True),
    errors.TooLarge: errors.TooLarge("https://a.example/feed", "too large"),
    errors.HostBusy: errors.HostBusy("https://a.example/feed", "no free connection"),
    errors.ParseError: errors.ParseError("https://a.example/feed", "looks like an HTML page"),
}


def test_every_error_class_round_trips_through_pickle() -> None:
    classes = _every_error_class()
    assert classes - SAMPLES.keys() == set(), "add a sample of each new error class"
    for cls, error in SAMPLES.items():
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is cls
        assert str(copy) == str(error) and copy.args == error.args
        assert vars(copy) == vars(error), cls


def _parse_error_in_a_worker(url: str) -> None:
    raise errors.ParseError(url, "looks like an HTML page")


def test_a_parse_error_in_a_worker_reaches_the_caller_and_the_pool_keeps_working() -> None:
    pool = parse_pool(1)
    try:
        failed = pool.submit(_parse_error_in_a_worker, "https://a.example/feed")
        with pytest.raises(errors.ParseError, match="HTML page") as caught:
            failed.result(timeout=60)
        assert caught.value.url == "https://a.example/feed"
        assert pool.submit(os.getpid).result(timeout=60) != os.getpid()
        assert pool.rebuilds == 0
    finally:
        pool.shutdown()


def _die_once(flag: str) -> int:
    """Kill this worker the first time (as the OOM killer would), answer the next time."""
    if not os.path.exists(flag):
        open(flag, "w").close()
        os._exit(9)
    return os.getpid()


def _slow_pid() -> int:
    time.sleep(0.5)
    return os.getpid()


def test_a_dead_worker_is_replaced_and_every_job_in_flight_runs_again(tmp_path) -> None:
    pool = parse_pool(2)
    try:
        warm(pool)
        bystanders = [pool.submit(_slow_pid) for _ in range(3)]
        victim = pool.submit(_die_once, str(tmp_path / "died"))
        # The jobs in flight when the worker died are answered by the new pool's workers.
        assert victim.result(timeout=60) != os.getpid()
        assert all(b.result(timeout=60) != os.getpid() for b in bystanders)
        assert pool.submit(os.getpid).result(timeout=60) != os.getpid()
        assert pool.rebuilds == 1
    finally:
        pool.shutdown()


def _always_die() -> None:
    os._exit(9)


def test_a_job_that_kills_every_worker_fails_after_a_bounded_number_of_attempts() -> None:
    pool = parse_pool(1)
    try:
        with pytest.raises(BrokenProcessPool):
            pool.submit(_always_die).result(timeout=120)
        # The first breakage makes it a suspect; then it breaks the pool alone, that many times.
        assert pool.rebuilds == BROKEN_POOL_ATTEMPTS + 1
        assert pool.submit(os.getpid).result(timeout=60) != os.getpid()
    finally:
        pool.shutdown()


def test_a_job_that_kills_workers_fails_alone_and_the_jobs_beside_it_succeed() -> None:
    pool = parse_pool(2)
    try:
        warm(pool)
        bystanders = [pool.submit(_slow_pid) for _ in range(6)]
        culprit = pool.submit(_always_die)
        with pytest.raises(BrokenProcessPool):
            culprit.result(timeout=120)
        # Every job that was in flight when it broke the pool ran again and succeeded.
        assert all(b.result(timeout=120) != os.getpid() for b in bystanders)
        assert pool.submit(os.getpid).result(timeout=60) != os.getpid()
    finally:
        pool.shutdown()

"""The scheduler runtime: job setup, job errors, housekeeping, `poll --daemon`, and a clean
SIGTERM stop of a real `vidradar` process."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
import signal
import sqlite3
import threading
import time
from datetime import timedelta
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from apscheduler.events import EVENT_JOB_MAX_INSTANCES

from bot.run_modes import poll_daemon
from bot.senders import WebhookSender
from feeds.errors import ConfigError
from feeds.parse.feedlist import load_feed_list, parse_feed_list
from feeds.service.digest_plan import make_schedule
from feeds.service.runtime import Runtime
from feeds.storage import feed_records as feed_store
from feeds.storage.db import write_transaction
from feeds.storage.servers import ensure_server, set_alert_channel, set_digest_schedule
from feeds.storage.store import Store
from feeds.timeutil import from_db, utcnow
from tests.conftest import make_settings
from tests.feedserver import http_date, rss
from tests.helpers import database_rows, entry, spec, wait_for
from tests.test_cli import clean_env, vidradar_command
from tests.test_poller import ANNOUNCEMENT, DISTRACTOR


async def start_daemon(cwd, env: dict[str, str]) -> asyncio.subprocess.Process:
    """`vidradar poll --daemon --json` as a real process, its output piped."""
    return await asyncio.create_subprocess_exec(
        *vidradar_command(),
        "poll",
        "--daemon",
        "--json",
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_jobs_are_configured_and_a_failing_job_never_stops_the_scheduler(tmp_path, caplog) -> None:
    settings = make_settings(tmp_path / "r.db")
    store = await Store.open(settings.db)
    runtime = Runtime(settings, store, sender=None)
    calls = 0

    async def failing_cycle(**_kwargs):
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("boom")
        return await original(**_kwargs)

    original = runtime.poller.run_cycle
    runtime.poller.run_cycle = failing_cycle  # type: ignore[method-assign]
    try:
        await runtime.start()
        jobs = {job.id: job for job in runtime.scheduler.get_jobs()}
        assert set(jobs) == {"poll", "housekeeping"}  # no outbox without a sender
        assert all(job.max_instances == 1 and job.coalesce for job in jobs.values())
        jobs["poll"].modify(next_run_time=utcnow())
        await asyncio.sleep(0.3)
        assert "job poll failed: boom" in caplog.text
        jobs["poll"].modify(next_run_time=utcnow())
        await asyncio.sleep(0.3)
        assert calls == 2 and runtime.scheduler.running
    finally:
        await runtime.stop()
        await store.close()


async def test_housekeeping_prunes_old_entries_but_keeps_history(tmp_path) -> None:
    settings = make_settings(tmp_path / "h.db", retention="30d")
    store = await Store.open(settings.db)
    try:
        old = utcnow() - timedelta(days=90)

        def setup(db):
            feed = feed_store.add_feed(db, spec("https://a.example/feed"), utcnow())[0]
            from feeds.storage.entries import upsert_entries

            rows = upsert_entries(
                db,
                feed.id,
                [
                    entry("old", "Old", published=old),
                    entry("kept", "Announced", published=old),
                    entry("new", "New"),
                ],
                utcnow(),
            )
            story = db.conn.execute(
                "INSERT INTO stories (key, subject, event, score, first_published_at, last_published_at, created_at,"
                " updated_at) VALUES ('k', 'sora', 'launch', 0.9, 'x', 'x', 'x', 'x')"
            ).lastrowid
            db.execute(
                "INSERT INTO announcements (entry_id, story_id, event, score, created_at) VALUES (?, ?, 'launch', 0.9, 'x')",
                [rows[1].id, story],
            )

        await store.write(setup)
        await Runtime(settings, store, sender=None).housekeeping_job()
        guids = await store.read(lambda db: sorted(r[0] for r in db.execute("SELECT guid FROM entries")))
        tombstones = await store.read(
            lambda db: [r[0] for r in db.execute("SELECT guid FROM entry_tombstones")]
        )
    finally:
        await store.close()
    assert guids == ["kept", "new"] and tombstones == ["old"]


async def test_poll_daemon_prints_new_announcements(tmp_path, feed_server) -> None:
    url = feed_server.set_feed("news", rss([ANNOUNCEMENT, DISTRACTOR]))
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[[feeds]]\nurl = "{url}"\nname = "Daemon Feed"\n')
    settings = make_settings(tmp_path / "d.db", feeds=feeds_file, url_allowlist=[feed_server.host_port])
    seen: list = []
    stop = asyncio.Event()
    task = asyncio.create_task(poll_daemon(settings, seen.extend, stop))
    for _ in range(100):
        if seen:
            break
        await asyncio.sleep(0.1)
    stop.set()
    assert await asyncio.wait_for(task, 20) == 0
    assert [a.title for a in seen] == [ANNOUNCEMENT["title"]]


async def test_sigterm_stops_a_running_daemon_cleanly(tmp_path, feed_server, caplog) -> None:
    caplog.set_level(logging.INFO)
    fresh = dict(ANNOUNCEMENT, pubDate=http_date(utcnow() - timedelta(hours=1)))
    url = feed_server.set_feed("news", rss([fresh, DISTRACTOR]))
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[[feeds]]\nurl = "{url}"\n')
    env = clean_env(
        VIDRADAR_URL_ALLOWLIST=feed_server.host_port,
        VIDRADAR_FEEDS=str(feeds_file),
        VIDRADAR_DB=str(tmp_path / "sig.db"),
        VIDRADAR_LOG_LEVEL="INFO",
    )
    process = await start_daemon(tmp_path, env)
    line = await asyncio.wait_for(process.stdout.readline(), 30)
    assert json.loads(line)["title"] == ANNOUNCEMENT["title"]
    process.send_signal(signal.SIGTERM)
    code = await asyncio.wait_for(process.wait(), 30)
    err = (await process.stderr.read()).decode()
    assert code == 0, err
    assert "shutting down" in err and "Traceback" not in err


# -- scheduling, outbox wake-ups and stopping (review follow-ups) -----------------------------


def feed_row(path, url: str) -> dict | None:
    """A feed's row read straight from the database (another process may be writing it)."""
    rows = database_rows(path, "SELECT * FROM feeds WHERE url = ?", [url], dicts=True)
    return rows[0] if rows else None


async def settled(runtime: Runtime, *job_ids: str) -> None:
    """The start-up runs of these jobs are over (each next run is a full interval away), so
    what a test triggers next is the only run."""
    for job_id in job_ids:
        await wait_for(
            lambda j=job_id: (
                runtime.scheduler.get_job(j).next_run_time > utcnow() + timedelta(seconds=10)
                and not runtime._in_flight()
            ),
            message=f"the first {job_id} run",
        )


@contextlib.asynccontextmanager
async def webhook_runtime(settings, store, fake_discord, **kwargs):
    async with aiohttp.ClientSession() as session:
        runtime = Runtime(
            settings, store, sender=WebhookSender(fake_discord.webhook_url(), session), **kwargs
        )
        await runtime.start()
        try:
            yield runtime
        finally:
            await runtime.stop()


async def test_an_alert_posts_while_a_slow_feed_is_still_being_fetched(bot_env) -> None:
    """The outbox wakes per feed: one slow feed must not hold back alerts the others queued.
    Nothing here calls drain(); the periodic drain is pushed an hour away, so only the wake-up
    can post."""
    runtime = bot_env.bot.runtime
    await bot_env.set_alert_channel()
    await settled(runtime, "poll", "deliver")
    runtime.scheduler.get_job("deliver").modify(next_run_time=utcnow() + timedelta(hours=1))
    fast = bot_env.feeds.set_feed("fast", rss([DISTRACTOR]))
    await bot_env.store.write(lambda db: feed_store.add_feed(db, spec(fast), utcnow()))
    await runtime.poller.run_cycle(force=True)  # warm-up: the parser and detector are loaded
    fresh = dict(ANNOUNCEMENT, pubDate=http_date(utcnow() - timedelta(hours=1)))
    bot_env.feeds.set_feed("fast", rss([DISTRACTOR, fresh]))
    # The slow feed answers only when the test releases it (the fetch timeout is raised so a
    # slow machine cannot time it out first): the alert must not wait for it.
    slow = bot_env.feeds.url("/slow")
    runtime.poller.fetch_settings = dataclasses.replace(
        runtime.poller.fetch_settings, total_timeout=timedelta(seconds=60)
    )

    def both_due(db):
        feed_store.add_feed(db, spec(slow), utcnow())
        db.execute("UPDATE feeds SET next_due_at = NULL")

    await bot_env.store.write(both_due)
    runtime.scheduler.get_job("poll").modify(next_run_time=utcnow())
    posts = await bot_env.until(
        lambda: bot_env.fake.posts(bot_env.channel_id()), timeout=10, message="the fast feed's alert"
    )
    slow_row = feed_row(bot_env.settings.database, slow)
    assert runtime.poller._cycle_lock.locked() and slow_row["last_fetch_at"] is None, (
        "the alert waited for the slow feed: on_enqueued must fire per feed, not per cycle"
    )
    assert posts[0]["embeds"][0]["title"] == ANNOUNCEMENT["title"]
    bot_env.feeds.release_slow.set()
    await bot_env.until(lambda: not runtime.poller._cycle_lock.locked(), message="the cycle to end")


async def test_each_feed_is_due_after_its_own_interval(tmp_path, feed_server) -> None:
    hourly = feed_server.set_feed("hourly", rss([DISTRACTOR]))
    default = feed_server.set_feed("default", rss([DISTRACTOR]))
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[[feeds]]\nurl = "{hourly}"\ninterval = "1h"\n\n[[feeds]]\nurl = "{default}"\n')
    settings = make_settings(
        tmp_path / "i.db", feeds=feeds_file, poll_interval="20m", url_allowlist=[feed_server.host_port]
    )
    store = await Store.open(settings.db)
    try:
        specs = load_feed_list(feeds_file)
        await store.write(lambda db: feed_store.sync_operator_feeds(db, specs, utcnow()))
        runtime = Runtime(settings, store, sender=None)
        await runtime.start()
        try:
            rows = await wait_for(
                lambda: (
                    all(feed_row(settings.db, u)["last_fetch_at"] for u in (hourly, default))
                    and [feed_row(settings.db, u) for u in (hourly, default)]
                ),
                message="both feeds polled by the scheduler",
            )
        finally:
            await runtime.stop()
    finally:
        await store.close()
    for row, interval in zip(rows, (timedelta(hours=1), timedelta(minutes=20)), strict=True):
        waited = from_db(row["next_due_at"]) - from_db(row["last_fetch_at"])
        assert interval * 0.89 <= waited <= interval * 1.11, (row["url"], waited)  # ± the 10 % jitter
    with pytest.raises(ConfigError, match="at least 5m"):
        parse_feed_list(f'[[feeds]]\nurl = "{hourly}"\ninterval = "1m"\n')


async def test_a_slow_cycle_never_overlaps_the_next(tmp_path, feed_server) -> None:
    settings = make_settings(tmp_path / "o.db", url_allowlist=[feed_server.host_port], fetch_timeout="2s")
    store = await Store.open(settings.db)
    skipped: list[str] = []
    try:
        await store.write(lambda db: feed_store.add_feed(db, spec(feed_server.url("/slow")), utcnow()))
        runtime = Runtime(settings, store, sender=None)
        runtime.scheduler.add_listener(lambda event: skipped.append(event.job_id), EVENT_JOB_MAX_INSTANCES)
        await runtime.start()
        try:
            await wait_for(runtime.poller._cycle_lock.locked, message="the first cycle")
            runtime.scheduler.get_job("poll").modify(next_run_time=utcnow())  # due again, mid-cycle
            await wait_for(lambda: "poll" in skipped, message="the second run refused")
            assert len(runtime.work.running) == 1  # one cycle at a time
            await wait_for(lambda: not runtime.poller._cycle_lock.locked(), message="the cycle to end")
            cycles = await store.read(lambda db: db.execute("SELECT count(*) FROM poll_cycles").fetchone()[0])
        finally:
            await runtime.stop()
    finally:
        await store.close()
    assert cycles == 1  # the refused run was dropped, not queued behind the slow one


async def test_jobs_replace_and_are_rebuilt_from_sqlite_after_a_restart(tmp_path, fake_discord) -> None:
    settings = make_settings(tmp_path / "j.db")
    guild = 42

    def configure(at: str):
        def write(db):
            with write_transaction(db):
                now = utcnow()
                ensure_server(db, guild, now)
                set_alert_channel(db, guild, 4200, now)
                set_digest_schedule(db, guild, make_schedule("daily", at, "Europe/Paris"), now)

        return write

    store = await Store.open(settings.db)
    try:
        await store.write(configure("09:00"))
        async with webhook_runtime(settings, store, fake_discord) as runtime:
            jobs = {job.id: job for job in runtime.scheduler.get_jobs()}
            assert set(jobs) == {"poll", "deliver", "housekeeping", "shards", f"digest:{guild}"}
            assert all(job.max_instances == 1 and job.coalesce for job in jobs.values())
            assert {
                j: jobs[j].misfire_grace_time for j in ("poll", "deliver", "housekeeping", "shards")
            } == dict.fromkeys(("poll", "deliver", "housekeeping", "shards"), 300)
            assert jobs[f"digest:{guild}"].misfire_grace_time == 3600
            first = jobs[f"digest:{guild}"].next_run_time
            assert first.astimezone(ZoneInfo("Europe/Paris")).strftime("%H:%M") == "09:00"
            await runtime.digests.sync_jobs()  # again: the same job, same next run
            assert [j.id for j in runtime.scheduler.get_jobs()].count(f"digest:{guild}") == 1
            assert runtime.scheduler.get_job(f"digest:{guild}").next_run_time == first
            await store.write(configure("18:00"))
            await runtime.digests.sync_jobs()  # replaced, not added
            assert [j.id for j in runtime.scheduler.get_jobs()].count(f"digest:{guild}") == 1
            moved = runtime.scheduler.get_job(f"digest:{guild}").next_run_time
            assert moved.astimezone(ZoneInfo("Europe/Paris")).strftime("%H:%M") == "18:00"
    finally:
        await store.close()
    store = await Store.open(settings.db)  # a restart: the jobs come back from SQLite
    try:
        async with webhook_runtime(settings, store, fake_discord) as runtime:
            job = runtime.scheduler.get_job(f"digest:{guild}")
            assert job is not None and job.next_run_time == moved
    finally:
        await store.close()


async def test_stop_waits_for_a_digest_and_leaves_a_slow_feed_due(
    tmp_path, feed_server, fake_discord, caplog
) -> None:
    """stop() mid-work: the digest being rendered is queued before the database closes; the
    feed still being fetched when the grace period ends is left due (nothing half-written)."""
    settings = make_settings(tmp_path / "s.db", url_allowlist=[feed_server.host_port], fetch_timeout="20s")
    fast = feed_server.set_feed("fast", rss([DISTRACTOR]))
    slow = feed_server.url("/slow")
    guild = 42
    due = (utcnow() - timedelta(hours=12)).strftime("%H:%M")  # outside the start-up grace: no missed digest

    def configure(db):
        with write_transaction(db):
            now = utcnow()
            for url in (fast, slow):
                feed_store.add_feed(db, spec(url), now)
            ensure_server(db, guild, now)
            set_alert_channel(db, guild, 4200, now)
            set_digest_schedule(db, guild, make_schedule("daily", due, "UTC"), now)

    store = await Store.open(settings.db)
    gate = threading.Event()
    try:
        await store.write(configure)
        async with aiohttp.ClientSession() as session:
            runtime = Runtime(settings, store, sender=WebhookSender(fake_discord.webhook_url(), session))
            await runtime.start()
            await wait_for(
                lambda: feed_row(settings.db, fast)["last_fetch_at"], message="the fast feed stored"
            )
            assert runtime.poller._cycle_lock.locked()  # the slow feed is in flight
            blocked = asyncio.create_task(store.read(lambda db: gate.wait(10)))  # a slow query ahead
            runtime.scheduler.get_job(f"digest:{guild}").modify(next_run_time=utcnow())
            await wait_for(lambda: runtime.digests.work.running, message="the digest job running")
            stopping = asyncio.create_task(runtime.stop(grace=1.5))
            await wait_for(lambda: runtime.poller._stopping, message="stop begun")
            gate.set()  # the digest can go on now, inside the grace period
            await asyncio.wait_for(stopping, 10)
            await blocked
        digests = await store.read(
            lambda db: db.execute("SELECT count(*) FROM deliveries WHERE kind = 'digest'").fetchone()[0]
        )
        cycles = await store.read(lambda db: db.execute("SELECT count(*) FROM poll_cycles").fetchone()[0])
    finally:
        gate.set()
        await store.close()
    assert digests == 1  # waited for, not cancelled
    row = feed_row(settings.db, slow)
    assert (
        row["last_fetch_at"] is None and row["consecutive_failures"] == 0 and row["next_due_at"] is None
    )  # still due
    assert cycles == 0  # the cut-short cycle recorded nothing
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text


async def test_sigterm_mid_fetch_exits_cleanly_with_the_slow_feed_committed_or_due(
    tmp_path, feed_server
) -> None:
    fresh = dict(ANNOUNCEMENT, pubDate=http_date(utcnow() - timedelta(hours=1)))
    fast = feed_server.set_feed("news", rss([fresh]))
    slow = feed_server.url("/slow")
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[[feeds]]\nurl = "{fast}"\n\n[[feeds]]\nurl = "{slow}"\n')
    db_path = tmp_path / "sig.db"
    env = clean_env(
        VIDRADAR_URL_ALLOWLIST=feed_server.host_port,
        VIDRADAR_FEEDS=str(feeds_file),
        VIDRADAR_DB=str(db_path),
        VIDRADAR_FETCH_TIMEOUT="3s",
        VIDRADAR_PARSE_WORKERS="0",  # parse in-process: the fast feed is stored well before 3 s
        VIDRADAR_LOG_LEVEL="INFO",
    )
    process = await start_daemon(tmp_path, env)
    try:
        await wait_for(
            lambda: db_path.exists() and (feed_row(db_path, fast) or {}).get("last_fetch_at"),
            timeout=30,
            message="the fast feed stored by the daemon",
        )
        assert feed_row(db_path, slow)["last_fetch_at"] is None  # mid-fetch
        process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), 20)
    finally:
        if process.returncode is None:
            process.kill()
    err = (await process.stderr.read()).decode()
    assert code == 0, err
    assert "shutting down" in err and "Traceback" not in err
    row = feed_row(db_path, slow)
    committed = row["consecutive_failures"] == 1 and row["last_error"] and row["next_due_at"]
    left_due = (
        row["last_fetch_at"] is None and row["consecutive_failures"] == 0 and row["next_due_at"] is None
    )
    assert committed or left_due, row
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        entries = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        announced = conn.execute("SELECT count(*) FROM announcements").fetchone()[0]
    assert (entries, announced) == (1, 1)  # the fast feed's transaction, whole


async def test_a_wake_up_during_a_drain_makes_it_go_round_again(bot_env, caplog) -> None:
    """Per-feed wake-ups arrive while a drain is posting: instead of asking the scheduler for a
    run it would refuse (with a warning each time), the running drain goes round once more."""
    runtime = bot_env.bot.runtime
    await bot_env.set_alert_channel()
    await settled(runtime, "poll", "deliver")
    runtime.scheduler.get_job("deliver").modify(next_run_time=utcnow() + timedelta(hours=1))
    channel = bot_env.channel_id()
    bot_env.fake.inject("POST", rf"/channels/{channel}/messages", status=200, delay=1.0)
    first = bot_env.feeds.set_feed("first", rss([ANNOUNCEMENT]))
    await bot_env.store.write(lambda db: feed_store.add_feed(db, spec(first), utcnow()))
    drains = []
    drain = runtime.worker.drain

    async def counted_drain(**kwargs):
        drains.append(1)
        return await drain(**kwargs)

    runtime.worker.drain = counted_drain
    await runtime.poller.run_cycle(force=True)  # queues the alert and wakes the drain
    await bot_env.until(lambda: runtime._draining, message="the drain to start")
    caplog.clear()
    for _ in range(3):
        runtime.wake_delivery(1)
    await bot_env.until(lambda: not runtime._draining, timeout=10, message="the drain to finish")
    assert len(drains) == 2  # the first round, and one more for the three wake-ups
    assert len(bot_env.fake.posts(channel)) == 1
    assert not [r for r in caplog.records if "maximum number of running instances" in r.getMessage()]


async def test_stop_waits_for_the_tracked_work_not_for_the_task_that_did_it(tmp_path) -> None:
    """The bot's start-up task sends missed digests (tracked work), then lives until the bot
    closes. A stop during that work must wait for the work only: waiting for the task would
    hang for the whole grace period and then cancel the bot's own start-up."""
    settings = make_settings(tmp_path / "w.db")
    store = await Store.open(settings.db)
    try:
        runtime = Runtime(settings, store, sender=None)
        await runtime.start()
        gate, closed = asyncio.Event(), asyncio.Event()

        async def start_up_task() -> None:
            with runtime.work.track():
                await gate.wait()  # e.g. queueing a missed digest
            await closed.wait()  # then the task lives on until the bot closes

        task = asyncio.create_task(start_up_task())
        await wait_for(lambda: runtime.work.running, message="the tracked work")
        asyncio.get_running_loop().call_later(0.2, gate.set)
        began = time.monotonic()
        await runtime.stop(grace=10)
        assert time.monotonic() - began < 5
        assert not task.done()  # not cancelled: it ends when the bot closes
        closed.set()
        await task
    finally:
        await store.close()

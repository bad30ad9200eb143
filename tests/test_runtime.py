"""The scheduler runtime: job setup, job errors, housekeeping, `poll --daemon`, and a clean
SIGTERM stop of a real `vidradar` process."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
from datetime import timedelta

from bot.runner import poll_daemon
from bot.runtime import Runtime
from feeds.storage import feeds as feed_store
from feeds.store import Store
from feeds.timeutil import utcnow
from tests.conftest import make_settings
from tests.feedserver import http_date, rss
from tests.helpers import entry, spec
from tests.test_cli import clean_env, vidradar_command
from tests.test_poller import ANNOUNCEMENT, DISTRACTOR


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
    process = await asyncio.create_subprocess_exec(
        *vidradar_command(),
        "poll",
        "--daemon",
        "--json",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    line = await asyncio.wait_for(process.stdout.readline(), 30)
    assert json.loads(line)["title"] == ANNOUNCEMENT["title"]
    process.send_signal(signal.SIGTERM)
    code = await asyncio.wait_for(process.wait(), 30)
    err = (await process.stderr.read()).decode()
    assert code == 0, err
    assert "shutting down" in err and "Traceback" not in err

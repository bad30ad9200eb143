"""Database faults seen from the command line: one clear line, never a traceback, nothing
lost; and a second *process* holding the write lock for seconds is waited out."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
import sys

import pytest

from feeds.storage.db import open_database
from tests.feedserver import rss
from tests.test_cli import arun, assert_one_line_error, run
from tests.test_poller import ANNOUNCEMENT
from tests.test_run import feed_list


def test_a_corrupt_file_is_one_clear_line(tmp_path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not sqlite" * 200)
    line = assert_one_line_error(run("search", "sora", VIDRADAR_DB=str(garbage)))
    assert "garbage.db" in line and "not a database" in line
    assert garbage.read_bytes() == b"this is not sqlite" * 200  # left untouched for the operator


def test_a_database_from_a_newer_vidradar_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "future.db"
    db = open_database(path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('vidradar', 'm999_future', 'x')"
    )
    db.close()
    before = path.read_bytes()
    line = assert_one_line_error(run("db", "migrate", VIDRADAR_DB=str(path)))
    assert "newer vidradar" in line
    assert path.read_bytes() == before


def test_an_unwritable_location_is_one_clear_line(tmp_path) -> None:
    """A directory the user may not write (only testable as non-root), and a path through a
    regular file (which fails for root too)."""
    not_a_dir = tmp_path / "plain-file"
    not_a_dir.write_text("x")
    line = assert_one_line_error(run("db", "migrate", VIDRADAR_DB=str(not_a_dir / "v.db")))
    assert "cannot open database" in line and "permissions" in line
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            line = assert_one_line_error(run("db", "migrate", VIDRADAR_DB=str(locked / "v.db")))
            assert "v.db" in line
        finally:
            locked.chmod(stat.S_IRWXU)


def test_a_missing_directory_is_one_clear_line(tmp_path) -> None:
    line = assert_one_line_error(run("db", "migrate", VIDRADAR_DB=str(tmp_path / "nowhere" / "v.db")))
    assert "does not exist" in line


def test_a_read_only_database_file_is_one_clear_line(tmp_path) -> None:
    path = tmp_path / "ro.db"
    open_database(path).close()
    path.chmod(stat.S_IRUSR)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("this user can write read-only files (root)")
        line = assert_one_line_error(
            run("feeds", "add", "https://example.org/feed.xml", VIDRADAR_DB=str(path))
        )
        assert "ro.db" in line
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


async def test_a_second_process_holding_the_write_lock_is_waited_out(tmp_path, feed_server) -> None:
    path = tmp_path / "busy.db"
    open_database(path).close()
    url = feed_server.set_feed("news", rss([ANNOUNCEMENT]))
    holder = await asyncio.create_subprocess_exec(
        sys.executable, "-c", HOLD_LOCK, str(path), "3", stdout=asyncio.subprocess.PIPE
    )
    assert holder.stdout is not None
    assert (await holder.stdout.readline()).strip() == b"locked"
    code, out, err = await arun(
        "poll",
        "--once",
        "--json",
        cwd=tmp_path,
        VIDRADAR_DB=str(path),
        VIDRADAR_FEEDS=str(feed_list(tmp_path, url)),
        VIDRADAR_URL_ALLOWLIST=feed_server.host_port,
    )
    assert await holder.wait() == 0
    assert code == 0, err
    assert "Traceback" not in err
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT title FROM entries").fetchall() == [(ANNOUNCEMENT["title"],)]
    conn.close()


KEEP_WRITING = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=15)
conn.execute("PRAGMA journal_mode=WAL")
print("writing", flush=True)
deadline = time.monotonic() + float(sys.argv[2])
n = 0
while time.monotonic() < deadline:
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO poll_cycles (started_at, finished_at, duration_s, feeds_polled, feeds_failed,"
        " entries_new, entries_updated, announcements, deliveries) VALUES ('a', 'b', 0, ?, 0, 0, 0, 0, 0)",
        [(n,)] * 50,
    )
    conn.execute("COMMIT")
    n += 1
print(n, flush=True)
"""


async def test_backup_while_another_process_writes_is_a_consistent_copy(tmp_path) -> None:
    path = tmp_path / "live.db"
    db = open_database(path)
    db.execute("CREATE TABLE padding (blob BLOB)")
    db.conn.executemany(
        "INSERT INTO padding VALUES (?)", [(os.urandom(4096),) for _ in range(4000)]
    )  # ~16 MB
    db.close()
    writer = await asyncio.create_subprocess_exec(
        sys.executable, "-c", KEEP_WRITING, str(path), "4", stdout=asyncio.subprocess.PIPE
    )
    assert writer.stdout is not None
    assert (await writer.stdout.readline()).strip() == b"writing"
    await asyncio.sleep(0.3)
    target = tmp_path / "copy.db"
    code, out, err = await arun("db", "backup", str(target), cwd=tmp_path, VIDRADAR_DB=str(path))
    batches = int((await writer.stdout.readline()).strip())
    assert await writer.wait() == 0
    assert code == 0, err
    assert batches > 10  # the writer really kept writing through the backup
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copied = copy.execute("SELECT count(*) FROM poll_cycles").fetchone()[0]
    assert copied % 50 == 0  # whole transactions only
    assert copy.execute("SELECT count(*) FROM padding").fetchone()[0] == 4000
    copy.close()

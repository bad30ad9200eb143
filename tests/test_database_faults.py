"""Database faults seen from the command line: one clear line, never a traceback, nothing
lost; and a second *process* holding the write lock for seconds is waited out."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from feeds.storage.db import open_database, write_transaction
from tests.conftest import REPO
from tests.feedserver import rss
from tests.test_cli import arun, assert_one_line_error, clean_env, run, vidradar_command
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


# Run as root (CI does), the CLI could write anywhere and the permission tests would prove
# nothing. So root runs it without the two capabilities that bypass file permissions
# (dropped from the bounding set before exec): it is still uid 0, but mode bits now apply.
DROP_PERMISSION_OVERRIDES = """
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
    if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
        sys.exit(77)
os.execv(sys.argv[1], sys.argv[1:])
"""


def run_within_permissions(*args: str, **env: str) -> subprocess.CompletedProcess:
    """The CLI as a user bound by file permissions (as is, or root without its overrides)."""
    if os.geteuid() != 0:
        return run(*args, **env)
    result = subprocess.run(
        [sys.executable, "-c", DROP_PERMISSION_OVERRIDES, *vidradar_command(), *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=REPO,
        env=clean_env(**env),
    )
    if result.returncode == 77:
        pytest.skip("root here may not drop CAP_DAC_OVERRIDE (no CAP_SETPCAP)")
    return result


def test_an_unwritable_location_is_one_clear_line(tmp_path) -> None:
    """A path through a regular file, a directory where even root cannot create a file
    (/proc), and a directory without write permission — as root too."""
    not_a_dir = tmp_path / "plain-file"
    not_a_dir.write_text("x")
    line = assert_one_line_error(run("db", "migrate", VIDRADAR_DB=str(not_a_dir / "v.db")))
    assert "cannot open database" in line and "permissions" in line
    if Path("/proc/self").is_dir():
        line = assert_one_line_error(run("db", "migrate", VIDRADAR_DB="/proc/vidradar.db"))
        assert (
            line.startswith("vidradar: error: cannot open database /proc/vidradar.db")
            and "permissions" in line
        )
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        line = assert_one_line_error(
            run_within_permissions("db", "migrate", VIDRADAR_DB=str(locked / "v.db"))
        )
        assert f"cannot open database {locked / 'v.db'}" in line and "permissions" in line
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(stat.S_IRWXU)


def test_a_missing_directory_is_one_clear_line(tmp_path) -> None:
    line = assert_one_line_error(run("db", "migrate", VIDRADAR_DB=str(tmp_path / "nowhere" / "v.db")))
    assert "does not exist" in line


def test_a_read_only_database_file_is_one_clear_line(tmp_path) -> None:
    """Refused at open, naming the file: SQLite alone would open it read-only and fail at
    the first write with an internal error (and leave -wal/-shm files behind)."""
    path = tmp_path / "ro.db"
    open_database(path).close()
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        result = run_within_permissions("watch", "add", "--guild", "1", "sora", VIDRADAR_DB=str(path))
        line = assert_one_line_error(result)
        assert (
            line
            == f"vidradar: error: cannot open database {path}: the file is read-only (check its permissions)"
        )
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ro.db"]


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


HOLD_AND_WRITE = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute(
    "INSERT INTO poll_cycles (started_at, finished_at, duration_s, feeds_polled, feeds_failed,"
    " entries_new, entries_updated, announcements, deliveries) VALUES ('holder', 'b', 0, 0, 0, 0, 0, 0, 0)"
)
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""
ROW = (
    "INSERT INTO poll_cycles (started_at, finished_at, duration_s, feeds_polled, feeds_failed, entries_new,"
    " entries_updated, announcements, deliveries) VALUES (?, 'b', 0, 0, 0, 0, 0, 0, 0)"
)


def test_a_lock_held_past_the_busy_timeout_is_retried_until_it_commits(tmp_path) -> None:
    """Another process holds the write lock for 1.5 s, ten times the busy timeout: a plain
    statement gives up after 0.15 s, but write_transaction keeps retrying BEGIN IMMEDIATE,
    starts once the lock is released (it sees the other process's committed row) and
    commits; nothing of either writer is lost."""
    path = tmp_path / "retry.db"
    db = open_database(path, busy_timeout=0.15)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_AND_WRITE, str(path), "1.5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            db.execute(ROW, ["plain"])  # the busy timeout alone does not wait the lock out
        assert time.monotonic() - started < 1.0
        with write_transaction(db):
            waited = time.monotonic() - started
            seen = db.execute("SELECT started_at FROM poll_cycles").fetchall()
            db.execute(ROW, ["retried"])
        assert holder.wait(timeout=10) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
    assert seen == [("holder",)]  # started only after the holder committed
    assert waited > 1.0  # far beyond the 0.15 s busy timeout: the retry loop waited
    db.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT started_at FROM poll_cycles ORDER BY id").fetchall() == [
        ("holder",),
        ("retried",),
    ]
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

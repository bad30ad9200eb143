"""Opening the database: pragmas, clear errors, write transactions that wait out locks."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar, cast

from sqlite_utils import Database

from feeds.errors import StorageError
from feeds.storage.dialect import is_postgres
from feeds.storage.postgres import WRITE_LOCK_KEY, PgDatabase, is_postgres_url, redact_url

T = TypeVar("T")

BUSY_TIMEOUT_S = 15.0
# How long a write transaction keeps retrying BEGIN IMMEDIATE when another process holds
# the write lock for longer than the busy timeout.
LOCK_RETRY_S = 60.0


def readonly_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` read-only. The path is percent-encoded: a "#" or "?"
    in it would otherwise end the file name, and SQLite would open (and create) another file."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def open_database(
    path: str | Path, *, readonly: bool = False, migrate: bool = True, busy_timeout: float = BUSY_TIMEOUT_S
) -> Database:
    """Open (creating if needed) and migrate the database: an SQLite file, or PostgreSQL when
    ``path`` is a ``postgresql://`` URL. Raises StorageError with one line.

    ``busy_timeout`` is how long one statement waits for another process's lock before
    :func:`write_transaction` retries it (tests make it short to reach the retry)."""
    if is_postgres_url(path):
        return _open_postgres(str(path), migrate=migrate and not readonly)
    path = Path(path)
    if str(path) != ":memory:" and not readonly:
        parent = path.expanduser().resolve().parent
        if not parent.exists():
            raise StorageError(f"cannot open database {path}: directory {parent} does not exist")
        if path.exists() and not os.access(path, os.W_OK):
            # SQLite would open it read-only without a word and fail at the first write.
            raise StorageError(f"cannot open database {path}: the file is read-only (check its permissions)")
    try:
        if readonly:
            conn = sqlite3.connect(
                readonly_uri(path),
                uri=True,
                timeout=busy_timeout,
                check_same_thread=False,
                isolation_level=None,
            )
        else:
            # Autocommit mode: a statement outside write_transaction() commits on its own, and
            # transactions are always explicit (BEGIN IMMEDIATE), never opened behind our back.
            conn = sqlite3.connect(
                str(path), timeout=busy_timeout, check_same_thread=False, isolation_level=None
            )
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        # 16 MB of page cache (the default is 2 MB): index and FTS pages stay hot across a
        # cycle's thousand small transactions; temp B-trees (sorts) stay in memory.
        conn.execute("PRAGMA cache_size = -16384")
        conn.execute("PRAGMA temp_store = MEMORY")
        if not readonly:
            # Switching a new file to WAL needs an exclusive lock, and SQLite answers "locked"
            # at once (no busy wait) while another process opening the same file holds one.
            mode = _while_locked(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
            if str(mode).lower() != "wal" and str(path) != ":memory:":
                raise StorageError(f"cannot open database {path}: WAL mode unavailable ({mode})")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"cannot open database {path}: {_explain(exc)}") from None
    db = Database(conn, execute_plugins=False)
    if migrate and not readonly:
        from feeds.storage.migrations import migrate as apply_migrations

        try:
            apply_migrations(db, path)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StorageError(f"cannot use database {path}: {_explain(exc)}") from None
        except StorageError:
            db.close()
            raise
    return db


def _open_postgres(url: str, *, migrate: bool) -> Database:
    db = PgDatabase.connect(url)
    if migrate:
        from feeds.storage.migrations import migrate as apply_migrations

        try:
            apply_migrations(db, redact_url(url))  # type: ignore[arg-type]
        except BaseException:
            db.close()
            raise
    return cast(Database, db)


def _while_locked(statement: Callable[[], T]) -> T:
    """Run ``statement``, retrying while another process holds a lock (up to LOCK_RETRY_S)."""
    deadline = time.monotonic() + LOCK_RETRY_S
    while True:
        try:
            return statement()
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _explain(exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "file is not a database" in text or "malformed" in text:
        return f"{text} (the file is corrupt or not a vidradar database)"
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return f"{text} (check the path and its permissions)"
    return text


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: takes the write lock up front so two writers never
    deadlock on a lock upgrade, and keeps retrying while another process holds it."""
    if is_postgres(db):
        with _postgres_transaction(db):
            yield db
        return
    conn = db.conn
    deadline = time.monotonic() + LOCK_RETRY_S
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() > deadline:
                raise StorageError(f"database stayed locked for {LOCK_RETRY_S:.0f}s: {exc}") from None
            time.sleep(0.05)
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


@contextlib.contextmanager
def _postgres_transaction(db: Database) -> Iterator[None]:
    """``BEGIN`` (READ COMMITTED, whatever the server's default: each statement sees what the
    writers before committed, as on SQLite) and the writers' advisory lock
    (:data:`~feeds.storage.postgres.WRITE_LOCK_KEY`): one writer at a time across processes,
    as on SQLite; readers never wait for it. Waiting for the lock gives up after
    :data:`LOCK_RETRY_S`, as on SQLite. Inside a transaction already, it joins it."""
    if db.conn.in_transaction:
        yield
        return
    db.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
    try:
        deadline = time.monotonic() + LOCK_RETRY_S
        while not db.execute(f"SELECT pg_try_advisory_xact_lock({WRITE_LOCK_KEY})").fetchone()[0]:
            if time.monotonic() > deadline:
                raise StorageError(
                    f"database stayed locked for {LOCK_RETRY_S:.0f}s by another vidradar process"
                )
            time.sleep(0.01)
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    else:
        db.execute("COMMIT")

"""SQLite's own errors -> the error tree, at the storage boundary: a person reads one line
that says what happened to the file ("damaged", "disk full"), not "internal error"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from feeds.errors import DatabaseDamaged, DiskFull, StorageError, first_line

# SQLite result codes (primary codes: extended codes keep them in the low byte).
_CORRUPT, _FULL, _NOTADB = 11, 13, 26


def is_postgres_error(exc: BaseException) -> bool:
    """A psycopg error (told without importing psycopg, which SQLite installs lack)."""
    return any(cls.__module__.startswith("psycopg") and cls.__name__ == "Error" for cls in type(exc).__mro__)


def _postgres_error(exc: BaseException, where: str | Path) -> StorageError | None:
    """PostgreSQL's errors that say something about the server, not about vidradar: it is
    unreachable or restarting (the pool replaces the connection for the next call), or its
    disk is full."""
    text = first_line(exc)
    sqlstate = getattr(exc, "sqlstate", None) or ""
    if sqlstate == "53100":
        return DiskFull(f"cannot write to the database {where}: the server's disk is full ({text})")
    names = {cls.__name__ for cls in type(exc).__mro__}
    # Unreachable, shut down, out of connections or memory; or the connection went away
    # without a word (no SQLSTATE). Anything else with a SQLSTATE is about the statement.
    lost = "OperationalError" in names and not sqlstate
    if lost or "PoolTimeout" in names or sqlstate.startswith(("08", "57P", "53")):
        return StorageError(f"database {where} unavailable: {text}")
    return None


def storage_error(exc: BaseException, path: str | Path) -> StorageError | None:
    """The one-line error for ``exc`` raised while using the database at ``path`` when it says
    something about the file (damaged, disk full); None for anything else (a bug: it stays
    the exception it is, logged with its traceback)."""
    if is_postgres_error(exc):
        return _postgres_error(exc, path)
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if code in (_CORRUPT, _NOTADB) or "database disk image is malformed" in text:
        return DatabaseDamaged(
            f"the database {path} is damaged ({text}); vidradar stopped writing to it: "
            "stop it and restore a backup (see RELIABILITY.md)"
        )
    if code == _FULL or "database or disk is full" in text:
        return DiskFull(f"cannot write to the database {path}: the disk is full ({text})")
    return None


def database_error_line(exc: BaseException, path: str | Path) -> str | None:
    """The one line a command prints for an SQLite error that reached it (None when ``exc`` is
    not one), so the command line needs no sqlite3 of its own."""
    if not isinstance(exc, sqlite3.DatabaseError) and not is_postgres_error(exc):
        return None
    error = storage_error(exc, path)
    return str(error) if error is not None else f"database error on {path}: {exc}".splitlines()[0]

"""SQLite's own errors -> the error tree, at the storage boundary: a person reads one line
that says what happened to the file ("damaged", "disk full"), not "internal error"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from feeds.errors import DatabaseDamaged, DiskFull, StorageError

# SQLite result codes (primary codes: extended codes keep them in the low byte).
_CORRUPT, _FULL, _NOTADB = 11, 13, 26


def storage_error(exc: sqlite3.DatabaseError, path: str | Path) -> StorageError | None:
    """The one-line error for ``exc`` raised while using the database at ``path`` when it says
    something about the file (damaged, disk full); None for anything else (a bug: it stays
    the exception it is, logged with its traceback)."""
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
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    error = storage_error(exc, path)
    return str(error) if error is not None else f"database error on {path}: {exc}".splitlines()[0]

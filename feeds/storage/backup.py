"""Consistent online backups with SQLite's backup API (safe while the bot is writing)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from feeds.errors import InputError, StorageError
from feeds.storage.db import readonly_uri


def backup_database(source: Path, target: Path, *, replace: bool = False) -> int:
    """Copy ``source`` to ``target``; returns the page count of the copy. A file already at
    ``target`` is refused unless ``replace``: source and target swapped by mistake during a
    restore would otherwise overwrite the live database with the old copy.

    One step, inside one read transaction: in WAL mode the bot keeps writing meanwhile, and
    the copy is the database as of the moment the step began. (A page-by-page backup
    restarts whenever another connection writes between steps, so a busy bot could starve
    it forever.)"""
    if not source.exists():
        raise InputError(f"no database at {source}")
    if target.exists() and target.resolve() == source.resolve():
        raise InputError("the backup must go to another file")
    if not target.parent.exists():
        raise InputError(f"directory {target.parent} does not exist")
    if target.exists() and target.stat().st_size and not replace:
        raise InputError(f"{target} exists; give a new file, or --force to replace it")
    try:
        src = sqlite3.connect(readonly_uri(source), uri=True, timeout=15)
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst, pages=-1)
            pages = dst.execute("PRAGMA page_count").fetchone()[0]
            check = dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"backup of {source} failed: {exc}") from None
    if check != "ok":
        raise StorageError(f"backup written to {target} failed its integrity check: {check}")
    return int(pages)

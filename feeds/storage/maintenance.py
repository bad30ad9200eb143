"""Operator maintenance on the database file, outside any running Store: ``vidradar db migrate``."""

from __future__ import annotations

from pathlib import Path

from feeds.storage.db import open_database
from feeds.storage.migrations import migrate


def migrate_file(path: Path) -> list[str]:
    """Create or upgrade the schema of the database at ``path``; the migrations applied."""
    db = open_database(path, migrate=False)
    try:
        return migrate(db, path)
    finally:
        db.close()

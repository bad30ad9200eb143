"""Operator maintenance on the database file, outside any running Store: ``vidradar db migrate``."""

from __future__ import annotations

from pathlib import Path

from feeds.storage.db import open_database
from feeds.storage.migrations import migrate
from feeds.storage.postgres import redact_url


def migrate_file(path: Path | str) -> list[str]:
    """Create or upgrade the schema of the database at ``path`` (a file or a postgresql://
    URL); the migrations applied."""
    db = open_database(path, migrate=False)
    try:
        return migrate(db, redact_url(str(path)))
    finally:
        db.close()

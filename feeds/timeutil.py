"""UTC-aware datetimes and their one storage spelling.

The database stores instants as ``YYYY-MM-DDTHH:MM:SSZ`` text: readable in the sqlite3
shell, sortable as text, and compared with plain ``<`` in SQL.
"""

from __future__ import annotations

from datetime import UTC, datetime

DB_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def as_utc(value: datetime) -> datetime:
    """Naive datetimes are taken to be UTC (feeds without a zone mean UTC in practice)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def to_db(value: datetime | None) -> str | None:
    if value is None:
        return None
    return as_utc(value).strftime(DB_FORMAT)


def from_db(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.strptime(value, DB_FORMAT).replace(tzinfo=UTC)

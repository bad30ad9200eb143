"""UTC-aware datetimes and their one text spelling.

Instants are written as ``YYYY-MM-DDTHH:MM:SSZ`` wherever they are text (stored columns, JSON
output, digest period keys): readable, sortable as text, and comparable with plain ``<``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import overload

DB_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def as_utc(value: datetime) -> datetime:
    """Naive datetimes are taken to be UTC (feeds without a zone mean UTC in practice)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


@overload
def to_db(value: datetime) -> str: ...
@overload
def to_db(value: None) -> None: ...
@overload
def to_db(value: datetime | None) -> str | None: ...
def to_db(value: datetime | None) -> str | None:
    """DB_FORMAT, spelled out (strftime is several times slower, and this runs per entry)."""
    if value is None:
        return None
    v = as_utc(value)
    return f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}Z"


# A stored instant is never the empty string (to_db never writes one), so a str reads as a datetime.
@overload
def from_db(value: str) -> datetime: ...
@overload
def from_db(value: None) -> None: ...
@overload
def from_db(value: str | None) -> datetime | None: ...
def from_db(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value)  # reads the trailing Z as UTC (Python 3.11+)

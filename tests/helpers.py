"""Small builders for tests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from feeds.errors import StorageError
from feeds.models import FeedSpec, ParsedEntry
from feeds.parse.normalize import content_hash
from tests.conftest import NOW


def entry(
    guid: str,
    title: str,
    *,
    summary: str = "",
    link: str | None = None,
    published: datetime = NOW,
    lang: str | None = "en",
) -> ParsedEntry:
    link = link if link is not None else f"https://example.org/{guid}"
    return ParsedEntry(
        guid=guid,
        link=link,
        title=title,
        summary=summary,
        published=published,
        lang=lang,
        content_hash=content_hash(title, summary, link),
    )


def spec(url: str, **kwargs: object) -> FeedSpec:
    return FeedSpec(url=url, **kwargs)  # type: ignore[arg-type]


async def wait_for(
    condition: Callable[[], Any], timeout: float = 10.0, message: str = "condition", every: float = 0.02
) -> Any:
    """Poll a condition (sync or async) until it holds and return its value; never a fixed sleep."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        await asyncio.sleep(every)
    raise AssertionError(f"timed out waiting for {message}")


def database_rows(database: Path | str, sql: str, params: Any = None, *, dicts: bool = False) -> list[Any]:
    """What ``sql`` reads from the database a process under test writes (an SQLite file or a
    PostgreSQL URL), opened read-only from the test's side; [] while the file or the table
    does not exist yet."""
    from feeds.storage.db import open_database
    from feeds.storage.faults import is_postgres_error

    try:
        db = open_database(database, readonly=True)
    except StorageError:
        return []
    try:
        if dicts:
            return list(db.query(sql, params))
        cursor = db.execute(sql, params) if params is not None else db.execute(sql)
        return [tuple(row) for row in cursor.fetchall()] if cursor.description else []
    except Exception as exc:
        if "no such table" in str(exc) or (is_postgres_error(exc) and "does not exist" in str(exc)):
            return []
        raise
    finally:
        db.close()


def verdict(title: str, summary: str = "", lang: str | None = "en", link: str | None = None) -> str | None:
    """The bundled detector's event for an entry when it is relevant, else None (detection tables)."""
    from feeds.detect.classify import default_detector

    result = default_detector().classify(title, summary, lang, link)
    return result.event if result.relevant else None


def table_rows(tables: dict[str, list[tuple]]) -> tuple[list[tuple], list[str]]:
    """(rows, ids) for one parametrized test over named detection tables: each row is
    (table name, title, summary, lang, event), each id "table:first 40 characters of the title"."""
    rows = [(name, *row) for name, table in tables.items() for row in table]
    return rows, [f"{row[0]}:{row[1][:40]}" for row in rows]


@lru_cache(maxsize=1)
def warmed_detector() -> Any:
    """The shipped detector with every pattern it may need compiled and the language model
    loaded. A test that times classification must time matching: patterns compile on first
    use (seconds for all languages), and under pytest-xdist a test may be its worker's first."""
    from feeds.detect.classify import default_detector

    detector = default_detector()
    for code in (None, *detector.lexicons.lexicons):
        detector.lexicons.compile_for(code)
    detector.classify("OpenAI launches Sora in Europe today", "", None)
    return detector

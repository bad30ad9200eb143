"""The command line's way into the database: open the Store, run one operation, close it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

from feeds.config import Settings
from feeds.errors import ConfigError

if TYPE_CHECKING:
    from feeds.storage.store import Store

T = TypeVar("T")


def with_store(
    settings: Settings, operation: Callable[[Store], Awaitable[T]], *, existing: bool = False
) -> T:
    """``operation(store)`` on the database of ``settings`` (created and migrated if needed).
    ``existing``: the command reads or removes what is there, so a missing SQLite file is an
    error, not a new empty database (run in the wrong directory, it answered "no feeds" and
    left a stray ``vidradar.db`` behind)."""
    from feeds.service.composition import Core

    if existing and settings.database_url is None and not settings.db.exists():
        raise ConfigError(
            f"database {settings.db.resolve()} does not exist: run this where vidradar runs, "
            "or name the file with --db or VIDRADAR_DB"
        )

    async def run() -> T:
        async with Core.open(settings, feed_list=False) as core:
            return await operation(core.store)

    return asyncio.run(run())

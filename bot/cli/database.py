"""The command line's way into the database: open the Store, run one operation, close it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

from feeds.config import Settings

if TYPE_CHECKING:
    from feeds.storage.store import Store

T = TypeVar("T")


def with_store(settings: Settings, operation: Callable[[Store], Awaitable[T]]) -> T:
    """``operation(store)`` on the database of ``settings`` (created and migrated if needed)."""
    from feeds.storage.store import Store

    async def run() -> T:
        store = await Store.open(settings.db)
        try:
            return await operation(store)
        finally:
            await store.close()

    return asyncio.run(run())

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
    from feeds.service.composition import Core

    async def run() -> T:
        async with Core.open(settings, feed_list=False) as core:
            return await operation(core.store)

    return asyncio.run(run())

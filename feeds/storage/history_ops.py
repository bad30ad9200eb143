"""Read models for people: latest stories, search, timelines, why an alert fired, stats.

Part of :class:`~feeds.storage.store.Store`, the database's one front door.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from feeds.storage import entries, history
from feeds.storage.bridge import DatabaseThreads
from feeds.storage.entries import SearchHit, search_entries
from feeds.storage.history import SearchRow, Stats, StoryRow, Timeline, WhyView


class HistoryOps(DatabaseThreads):
    """Async operations on the writer or reader thread; each returns models, never rows."""

    async def latest(
        self, guild_id: int, *, vendor: str | None = None, event: str | None = None, limit: int = 10
    ) -> list[StoryRow]:
        """The server's latest stories (``event="keyword"``: its keyword matches), newest first."""
        return await self.read(history.latest, guild_id, vendor=vendor, event=event, limit=limit)

    async def search(
        self,
        guild_id: int,
        query: str,
        *,
        since: datetime | None = None,
        vendor: str | None = None,
        event: str | None = None,
        limit: int = 80,
    ) -> list[SearchRow]:
        """Full-text search through the feeds the server sees, newest stored first, with where
        the query matched. Entries stored since the last index batch are indexed first, so a
        search finds every stored entry (unless another process holds the write lock: then it
        answers from the index as it is)."""
        await self.refresh_search_index()
        return await self.read(
            history.search, guild_id, query, since=since, vendor=vendor, event=event, limit=limit
        )

    async def refresh_search_index(self) -> None:
        """Index the entries stored since the last refresh (the poller calls it after a cycle's
        batches; every search does first); a failure is logged, never raised (they stay queued)."""
        await self.write(entries.try_refresh_search_index)

    async def search_stored(
        self,
        query: str,
        *,
        limit: int = 20,
        since: datetime | None = None,
        order: Literal["stored", "relevance", "date"] = "stored",
    ) -> list[SearchHit]:
        """The operator's full-text search over every stored entry (``vidradar search``), the
        search index brought up to date first as for :meth:`search`."""
        await self.refresh_search_index()
        return await self.read(search_entries, query, limit=limit, since=since, order=order)

    async def timeline(self, guild_id: int, product: str) -> Timeline:
        """A product family's stories the server sees, oldest first."""
        return await self.read(history.timeline, guild_id, product)

    async def why(self, guild_id: int, key: str) -> WhyView | None:
        """Why a story alerted; None when the id is unknown or the server cannot see the story."""
        return await self.read(history.why, guild_id, key)

    async def stats(self, guild_id: int, since: datetime) -> Stats:
        """Counts of the server's stories by event and vendor, and of its keyword matches, since ``since``."""
        return await self.read(history.stats, guild_id, since)

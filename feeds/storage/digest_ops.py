"""Digests: which servers get one and when, the period each last covered, what a digest says,
and queueing its messages.

Part of :class:`~feeds.storage.store.Store`, the database's one front door.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from feeds.storage import digests, servers
from feeds.storage.bridge import DatabaseThreads
from feeds.storage.digests import Digest, StoredSchedule
from feeds.storage.servers import DigestTarget


class DigestOps(DatabaseThreads):
    """Async operations on the writer or reader thread; each returns models, never rows."""

    async def digest_targets(self, *, headless: bool) -> list[DigestTarget]:
        """Active servers with a digest schedule and somewhere to post it (guild 0 when headless)."""
        return await self.read(servers.digest_targets, headless=headless)

    async def last_digest_period(self, guild_id: int) -> str | None:
        """The key of the server's last digest period queued, None before its first digest."""
        return await self.read(servers.last_digest_period, guild_id)

    async def digest_channel(self, guild_id: int) -> int | None:
        """The channel chosen for digests only (None: they go to the alert channel, if any)."""
        return await self.read(servers.digest_channel, guild_id)

    async def set_digest_channel(self, guild_id: int, channel_id: int, now: datetime) -> None:
        """Post the server's digests in this channel rather than the alert channel."""
        await self.write_in_transaction(servers.set_digest_channel, guild_id, channel_id, now)

    async def set_digest_schedule(
        self, guild_id: int, schedule: StoredSchedule | None, now: datetime
    ) -> None:
        """When the server's digests are posted; None turns them off."""
        await self.write_in_transaction(servers.set_digest_schedule, guild_id, schedule, now)

    async def last_digest_watermark(self, guild_id: int) -> servers.DigestWatermark | None:
        """Where the server's last digest was read up to (None: no digest recorded one)."""
        return await self.read(servers.last_digest_watermark, guild_id)

    async def digest_content(
        self, guild_id: int, start: datetime, end: datetime, late: digests.LateItems | None = None
    ) -> Digest:
        """What the server's digest of [start, end) says, after the server's rules (with
        ``late``: and what the previous digest could not list)."""
        return await self.read(digests.build_digest, guild_id, start, end, late)

    async def queue_digest(
        self,
        guild_id: int,
        channel_id: int | None,
        period: str,
        parts: list[dict[str, Any]],
        now: datetime,
        *,
        covered: Callable[[str | None], bool],
        watermark: servers.DigestWatermark | None = None,
    ) -> int:
        """Queue a rendered digest's messages and record its period and ``watermark``, once (0
        when the period is queued already or ``covered`` by the last period recorded); how many
        were queued."""
        return await self.write(
            digests.queue_digest,
            guild_id,
            channel_id,
            period,
            parts,
            now,
            covered=covered,
            watermark=watermark,
        )

"""The outbox: claiming, marking and queueing deliveries, and what a delivery renders from.

Part of :class:`~feeds.storage.store.Store`, the database's one front door.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime, timedelta
from typing import Any

from feeds.shards import Shards
from feeds.storage import deliveries, delivery_failures, shard_leases, views
from feeds.storage.bridge import DatabaseThreads
from feeds.storage.deliveries import Delivery
from feeds.storage.views import KeywordView, StoryView


class DeliveryOps(DatabaseThreads):
    """Async operations on the writer or reader thread; each returns models, never rows."""

    async def claim_deliveries(
        self,
        now: datetime,
        *,
        max_age: timedelta,
        limit: int,
        busy: Collection[int],
        lanes: int,
        per_lane: int,
        shards: Shards | None = None,
    ) -> list[Delivery]:
        """Claim what is due for up to ``lanes`` free destinations (see :func:`deliveries.claim_due`),
        of the servers of ``shards`` only (default: every server)."""
        return await self.write(
            deliveries.claim_due,
            now,
            max_age=max_age,
            limit=limit,
            busy=busy,
            lanes=lanes,
            per_lane=per_lane,
            shards=shards,
        )

    async def take_shards(
        self,
        owner: str,
        shards: Shards,
        now: datetime,
        until: datetime,
        *,
        gone: Callable[[str], bool],
    ) -> None:
        """Hold these shards for ``owner`` (the process that delivers for their servers);
        ConfigError when a live process holds one or runs another shard count."""
        await self.write(
            shard_leases.take_shards, owner, shards.count, list(shards.ids), now, until, gone=gone
        )

    async def renew_shards(self, owner: str, until: datetime) -> int:
        return await self.write(shard_leases.renew_shards, owner, until)

    async def release_shards(self, owner: str) -> int:
        return await self.write(shard_leases.release_shards, owner)

    async def set_reconcile_from(self, delivery_ids: list[int], since: datetime) -> None:
        """Before a lane's first post: where, on Discord's clock, reconciliation will look."""
        await self.write(deliveries.set_reconcile_from, delivery_ids, since)

    async def mark_sent(
        self,
        delivery_id: int,
        message_id: int | None,
        now: datetime,
        *,
        thread_id: int | None = None,
        thread_posted: list[str] | None = None,
        refresh: bool = False,
    ) -> None:
        """Posted (or edited, or found posted after all): never sent again. ``thread_id``: the
        forum post or thread the story lives in; ``thread_posted``: the reports it shows;
        ``refresh``: edit it with the story as it is now (a message found posted after all)."""
        await self.write(
            deliveries.mark_sent,
            delivery_id,
            message_id,
            now,
            thread_id=thread_id,
            thread_posted=thread_posted,
            refresh=refresh,
        )

    async def note_thread_posts(self, delivery_id: int, posted: list[str], now: datetime) -> None:
        """Reports about to be posted in a story's thread (recorded first: never posted twice)."""
        await self.write(deliveries.note_thread_posts, delivery_id, posted, now)

    async def recent_alerts(self, guild_id: int, channel_id: int | None, since: datetime) -> int:
        """Story alerts posted in a destination since ``since`` (for the rate cap)."""
        return await self.read(deliveries.recent_alerts, guild_id, channel_id, since)

    async def fold_alert(
        self,
        delivery: Delivery,
        story: dict[str, Any],
        window_end: datetime,
        window: timedelta,
        now: datetime,
    ) -> None:
        """A story alert past the rate cap joins the destination's "and N more" message."""
        await self.write(deliveries.fold, delivery, story, window_end, window, now)

    async def mark_retry(
        self, delivery: Delivery, error: str, now: datetime, delay: timedelta | None = None
    ) -> None:
        """A transient failure: due again after a backoff (or after ``delay``, a Retry-After)."""
        await self.write(deliveries.mark_retry, delivery, error, now, delay)

    async def digest_first_page(self, delivery: Delivery) -> int | None:
        """The message a digest's first page was posted as (None: none, or this is it)."""
        return await self.read(deliveries.digest_first_page, delivery)

    async def unclaim(self, ids: Collection[int], unanchored: Collection[int], now: datetime) -> None:
        """Claimed deliveries given back unstarted: due again (after what they wait for);
        ``unanchored`` lose the start point this claim gave them (never posted)."""
        await self.write(deliveries.unclaim, ids, unanchored, now)

    async def mark_failed(self, delivery: Delivery, error: str, now: datetime) -> None:
        """Failed for good, no notice (e.g. nothing left to post); an edit that failed is dropped."""
        await self.write(deliveries.mark_failed, delivery, error, now)

    async def fail_for_good(
        self, delivery: Delivery, reason: str, now: datetime, *, channel_problem: bool
    ) -> bool:
        """A failure retrying cannot fix; a channel problem also queues the admins' notice.
        True when a notice was queued."""
        return await self.write(
            delivery_failures.fail_for_good, delivery, reason, now, channel_problem=channel_problem
        )

    async def story_view(self, story_id: int, guild_id: int) -> StoryView | None:
        """A story alert's content, as the server sees it; None when there is nothing to post."""
        return await self.read(views.story_view, story_id, guild_id)

    async def keyword_view(self, keyword_match_id: int) -> KeywordView | None:
        """A keyword alert's content; None when the match is gone."""
        return await self.read(views.keyword_view, keyword_match_id)

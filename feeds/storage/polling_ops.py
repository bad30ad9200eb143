"""Feeds and their fetches, ingesting a parsed feed, poll cycles, start-up configuration and
housekeeping.

Part of :class:`~feeds.storage.store.Store`, the database's one front door.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from feeds.models import Detection, FeedSpec, ParsedFeed
from feeds.shards import Shards
from feeds.storage import cycles, deliveries, feed_records, housekeeping, ingest, leases, servers, startup
from feeds.storage.bridge import DatabaseThreads
from feeds.storage.cycles import CycleStats
from feeds.storage.feed_records import FeedRow, SyncReport
from feeds.storage.housekeeping import Tidied
from feeds.storage.ingest import Alerting, Fetched, FetchFailed, IngestReport
from feeds.storage.servers import CycleRules, ServerRule

if TYPE_CHECKING:
    from feeds.storage.digests import StoredSchedule


class PollingOps(DatabaseThreads):
    """Async operations on the writer or reader thread; each returns models, never rows."""

    # -- feeds -------------------------------------------------------------------------------
    async def list_feeds(self, *, include_disabled: bool = True) -> list[FeedRow]:
        """Every feed (or every enabled one), by id."""
        return await self.read(feed_records.list_feeds, include_disabled=include_disabled)

    async def enabled_feed_counts(self) -> tuple[int, int]:
        """Enabled feeds, and how many of them have no validator (a fetch of one answers with
        a body to parse)."""
        return await self.read(feed_records.enabled_feed_counts)

    async def feeds_by_ids(self, feed_ids: Iterable[int]) -> list[FeedRow]:
        """Exactly these feeds (those that exist), by id."""
        return await self.read(feed_records.feeds_by_ids, feed_ids)

    async def due_feeds(self, now: datetime) -> list[FeedRow]:
        """Enabled feeds due at ``now``, the longest overdue first."""
        return await self.read(feed_records.due_feeds, now)

    async def claim_feeds(
        self,
        owner: str,
        now: datetime,
        until: datetime,
        *,
        limit: int,
        due_by: datetime | None = None,
        feed_ids: list[int] | None = None,
        exclude: Iterable[int] = (),
        per_host: int | None = None,
        full_hosts: Iterable[str] = (),
    ) -> list[FeedRow]:
        """Lease up to ``limit`` feeds to ``owner`` until ``until``: due ones nobody holds (or
        exactly those of ``feed_ids`` nobody holds, due or not), never ``exclude``; with
        ``per_host``, at most that many of one host and none of ``full_hosts``."""
        return await self.write(
            leases.claim_feeds,
            owner,
            now,
            until,
            limit=limit,
            due_by=due_by,
            feed_ids=feed_ids,
            exclude=list(exclude),
            per_host=per_host,
            full_hosts=list(full_hosts),
        )

    async def renew_leases(self, owner: str, feed_ids: list[int], until: datetime) -> int:
        """Keep holding these feeds until ``until`` (their fetches are still running)."""
        return await self.write(leases.renew_leases, owner, feed_ids, until)

    async def lease_holders(self, now: datetime) -> list[str]:
        """The pollers holding a lease that has not run out."""
        return await self.read(leases.lease_holders, now)

    async def release_leases(self, owner: str) -> int:
        """Give back every feed ``owner`` still holds."""
        return await self.write(leases.release_leases, owner)

    async def feeds_from_the_future(self, fetched_after: datetime, due_after: datetime) -> list[FeedRow]:
        """Enabled feeds fetched or scheduled ahead of a sane clock: suspects of a clock jump."""
        return await self.read(feed_records.feeds_from_the_future, fetched_after, due_after)

    async def add_feed(
        self,
        spec: FeedSpec,
        now: datetime,
        *,
        origin: str = "cli",
        title: str | None = None,
        checked: bool = False,
    ) -> tuple[FeedRow, bool]:
        """Add a feed (or find the one with that URL): the row, and whether it was created.
        ``checked``: it was fetched and parsed as it was added, so it is listed as fetched."""
        return await self.write(
            feed_records.add_new_feed, spec, now, origin=origin, title=title, checked=checked
        )

    async def add_feeds(
        self, specs: list[FeedSpec], now: datetime, *, origin: str = "cli"
    ) -> list[tuple[FeedRow, bool]]:
        """Several feeds, all or none (an OPML import): each row, and whether it was created."""
        return await self.write(feed_records.add_feeds, specs, now, origin=origin)

    async def remove_feed(self, id_or_url: str, now: datetime) -> tuple[FeedRow, str]:
        """Delete a feed, or disable it when it has announcements or watched-term matches
        (history stays whole): the feed, and what was done."""
        return await self.write(feed_records.remove_feed_by_ref, id_or_url, now)

    async def sync_operator_feeds(self, specs: list[FeedSpec], now: datetime) -> SyncReport:
        """Make the operator's feeds match the feed-list file, all or nothing."""
        return await self.write_in_transaction(feed_records.sync_operator_feeds, specs, now)

    async def configure_headless(
        self,
        *,
        min_score: float,
        include: list[str],
        exclude: list[str],
        mutes: list[tuple[str, str]],
        digest: StoredSchedule | None,
        now: datetime,
        languages: list[str] | None = None,
        locale: str = "en",
    ) -> None:
        """Headless mode: the webhook destination's rules (alert languages: None or empty is
        every language), language of its posts and digest become the environment's."""
        await self.write(
            startup.configure_headless,
            min_score=min_score,
            include=include,
            exclude=exclude,
            mutes=mutes,
            digest=digest,
            now=now,
            languages=languages,
            locale=locale,
        )

    # -- one feed's fetch ----------------------------------------------------------------------
    async def move_feed(self, feed: FeedRow, new_url: str, now: datetime) -> bool:
        """Follow a permanent redirect; False (URL kept) when another feed has the new URL."""
        return await self.write(feed_records.move_feed, feed, new_url, now)

    async def ingest(
        self,
        feed: FeedRow,
        parsed: ParsedFeed,
        detections: dict[str, Detection],
        *,
        alerting: Alerting,
        fetched: Fetched,
        now: datetime,
    ) -> IngestReport:
        """Store a fetched feed's entries, announcements and alerts, all or nothing."""
        return await self.write(
            ingest.ingest_feed, feed, parsed, detections, alerting=alerting, fetched=fetched, now=now
        )

    async def record_not_modified(
        self, feed: FeedRow, *, status: int, next_due_at: datetime, now: datetime
    ) -> None:
        """A 304: the feed was fetched and is due again at ``next_due_at``."""
        await self.write(ingest.record_not_modified, feed, status=status, next_due_at=next_due_at, now=now)

    async def record_failure(
        self,
        feed: FeedRow,
        failed: FetchFailed,
        *,
        max_failures: int,
        notify: list[ServerRule],
        now: datetime,
    ) -> bool:
        """Count a failed fetch against the feed; True when that disabled it (then ``notify``
        are told)."""
        return await self.write(
            ingest.record_failure, feed, failed, max_failures=max_failures, notify=notify, now=now
        )

    async def note_problem(self, feed_id: int, error: str, now: datetime) -> None:
        """Show a problem that is not the feed's fault on it, without counting a failure."""
        await self.write(feed_records.note_problem, feed_id, error, now)

    async def make_due(self, feed_ids: list[int], now: datetime) -> None:
        """Poll these feeds now (their due times were set by a clock that ran ahead)."""
        await self.write(feed_records.make_due, feed_ids, now)

    # -- poll cycles ---------------------------------------------------------------------------
    async def cycle_rules(self, *, headless: bool = False) -> CycleRules:
        """Every active server's alert rules and watched terms, read once per cycle."""
        return await self.read(servers.load_cycle_rules, headless=headless)

    async def record_cycle(self, stats: CycleStats) -> None:
        """Keep a finished cycle's statistics (for /vidradar status)."""
        await self.write(cycles.record_cycle, stats)

    async def count_stories(self) -> int:
        """How many stories the stored announcements make."""
        return await self.read(cycles.count_stories)

    # -- the runtime's upkeep ------------------------------------------------------------------
    async def release_claims(self, now: datetime, shards: Shards | None = None) -> int:
        """At start-up: deliveries a crashed run left claimed (for the servers of ``shards``,
        default every server) are due at once; how many."""
        return await self.write(deliveries.release_claims, now, shards)

    async def housekeeping(self, now: datetime, *, max_alert_age: timedelta, retention: timedelta) -> Tidied:
        """Expire alerts too old to post, purge departed servers, prune entries past retention."""
        return await self.write(housekeeping.tidy, now, max_alert_age=max_alert_age, retention=retention)

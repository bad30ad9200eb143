"""One poll cycle: due feeds -> fetch concurrently -> parse + detect (off the event loop) ->
store each feed in its own transaction (entries, announcements, outbox rows together) ->
index the stored entries for search in batches (every 1,000 entries and at the end).

A broken feed is recorded against that feed and the cycle goes on; nothing a feed sends can
make :meth:`Poller.run_cycle` raise.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from feeds.config import Settings
from feeds.detect.keywords import KeywordMatcher
from feeds.detect.taxonomy import Taxonomy, bundled_taxonomy
from feeds.errors import DatabaseDamaged, FeedError, HostBusy, StorageError, readable
from feeds.failpoints import failpoint
from feeds.fetch.client import FetchSettings, fetch_feed, make_session
from feeds.fetch.schedule import latest_due
from feeds.models import Detection, ParsedFeed
from feeds.pipeline.analyse import parse_job
from feeds.pipeline.claims import FeedClaims, lease_length, lease_owner
from feeds.pipeline.ingest import AlertRules, IngestPolicy, disabled_notice_recipients
from feeds.pipeline.workers import ParsePool
from feeds.storage.cycles import CycleStats
from feeds.storage.entries import SEARCH_BATCH
from feeds.storage.feed_records import FeedRow
from feeds.storage.ingest import Fetched, FetchFailed, NewAnnouncement
from feeds.storage.servers import CycleRules
from feeds.storage.store import Store
from feeds.timeutil import utcnow

log = logging.getLogger(__name__)

# A feed last fetched more than this ahead of the clock was fetched while the clock was wrong.
CLOCK_SLACK = timedelta(minutes=5)


@dataclass
class FeedOutcome:
    """What polling one feed came to in a cycle (``disabled``: this failure disabled it)."""

    feed: FeedRow
    status: str  # "ok" | "not_modified" | "failed" | "skipped" (shutting down)
    error: str | None = None
    new_entries: int = 0
    disabled: bool = False


@dataclass
class CycleReport:
    """What one poll cycle did: each feed's outcome and the totals (:meth:`stats` is what is kept)."""

    started: datetime
    duration_s: float = 0.0
    outcomes: list[FeedOutcome] = field(default_factory=list)
    announcements: list[NewAnnouncement] = field(default_factory=list)
    new_entries: int = 0
    updated_entries: int = 0
    deliveries: int = 0
    edits: int = 0
    keyword_matches: int = 0

    @property
    def polled(self) -> int:
        return len(self.outcomes)

    @property
    def failed(self) -> list[FeedOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def not_modified(self) -> int:
        return sum(1 for o in self.outcomes if o.status == "not_modified")

    @property
    def skipped(self) -> list[FeedOutcome]:
        """Not fetched or not stored this time (no connection turn, shutting down): still due."""
        return [o for o in self.outcomes if o.status == "skipped"]

    @property
    def updated(self) -> int:
        return sum(1 for o in self.outcomes if o.status == "ok")

    def stats(self) -> CycleStats:
        """The figures kept for /vidradar status."""
        return CycleStats(
            started=self.started,
            duration_s=self.duration_s,
            feeds_polled=self.polled,
            feeds_failed=len(self.failed),
            entries_new=self.new_entries,
            entries_updated=self.updated_entries,
            announcements=len(self.announcements),
            deliveries=self.deliveries,
        )


class Poller:
    """Runs poll cycles against a Store. Clock, randomness and the parse executor are
    injected so tests and benchmarks control them."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        executor: Executor | None = None,
        taxonomy: Taxonomy | None = None,
        headless: bool = False,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
        on_enqueued: Callable[[int], None] | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.executor = executor
        self.taxonomy = taxonomy or bundled_taxonomy()
        self.headless = headless
        self.clock = clock
        self.rng = rng or random.Random()
        self.on_enqueued = on_enqueued
        self.fetch_settings = FetchSettings.from_settings(settings)
        self.policy = IngestPolicy(
            interval=settings.poll_interval,
            first_poll_cutoff=settings.first_poll_cutoff,
            max_alert_age=settings.max_alert_age,
            max_failures=settings.max_failures,
        )
        self._cycle_lock = asyncio.Lock()
        self.lease_owner = lease_owner()  # this poller's name on the feeds it holds
        self._stopping = False
        self._unindexed = 0  # entries stored since the search index was last brought up to date
        # Feeds whose results could not be written (a full disk): not fetched again before
        # this time, though the database (which cannot take a new due time) still says due.
        self._held: dict[int, datetime] = {}

    @property
    def busy(self) -> bool:
        """A cycle is running (a scheduled check then has nothing to add: the running cycle
        claims feeds as they come due and its fetch slots free up)."""
        return self._cycle_lock.locked()

    def stop(self) -> None:
        """Shutting down: feeds already being stored finish; no other feed is started or stored."""
        self._stopping = True
        if isinstance(self.executor, ParsePool):
            self.executor.close_soon()

    async def run_cycle(
        self,
        *,
        force: bool = False,
        feed_ids: list[int] | None = None,
        on_feed_done: Callable[[FeedOutcome], None] | None = None,
    ) -> CycleReport:
        """Poll due feeds (all enabled feeds with ``force``, or exactly ``feed_ids``).
        Cycles never overlap: a second call waits for the first."""
        async with self._cycle_lock:
            return await self._run(force=force, feed_ids=feed_ids, on_feed_done=on_feed_done)

    async def _run(
        self, *, force: bool, feed_ids: list[int] | None, on_feed_done: Callable[[FeedOutcome], None] | None
    ) -> CycleReport:
        started = self.clock()
        t0 = time.perf_counter()
        report = CycleReport(started=started)
        wanted: list[FeedRow] | None = None  # None: whatever is due
        if feed_ids is not None:
            wanted = [f for f in await self.store.feeds_by_ids(feed_ids) if not f.disabled]
        elif force:
            wanted = await self.store.list_feeds(include_disabled=False)
        else:
            await self._undo_clock_jump(started)
        rules = await _RulesInHand.read(self.store, self.headless)
        lease = lease_length(self.settings.fetch_timeout)
        async with FeedClaims(self.store, self.lease_owner, lease, self.clock) as claims:
            self._forget_expired_holds(started)
            batches = _Batches(
                claims,
                wanted,
                self._held,
                self.settings.concurrency,
                self.settings.per_host_concurrency,
                due_by=started,
            )
            first = await batches.next()
            if first or batches.elsewhere:
                async with make_session(self.fetch_settings) as session:
                    slots = _Slots(self.settings.concurrency)

                    async def one(feed: FeedRow) -> None:
                        try:
                            async with slots:
                                if self._stopping or self.store.damaged is not None:
                                    return
                                cycle, keywords = await rules.covering(feed.id)
                                outcome = await self._poll_feed(session, feed, cycle, keywords, report, slots)
                        finally:
                            claims.recorded(feed.id)
                        if self._unindexed >= SEARCH_BATCH:
                            await self._refresh_search_index()
                        finish(outcome)

                    def finish(outcome: FeedOutcome) -> None:
                        report.outcomes.append(outcome)
                        if on_feed_done is not None:
                            on_feed_done(outcome)

                    await self._poll_batches(batches, first, slots, one, finish)
        if self.store.damaged is not None:  # found mid-cycle: nothing more is written
            raise DatabaseDamaged(*self.store.damaged.args)
        await self._refresh_search_index()
        report.duration_s = time.perf_counter() - t0
        try:
            await self.store.record_cycle(report.stats())
        except StorageError as exc:  # the cycle's statistics only: its work is committed
            log.error("poll cycle statistics not recorded: %s", exc)
        return report

    async def _poll_batches(
        self,
        batches: _Batches,
        first: list[FeedRow],
        slots: _Slots,
        one: Callable[[FeedRow], Coroutine[Any, Any, None]],
        finish: Callable[[FeedOutcome], None],
    ) -> None:
        """Poll claimed feeds concurrently, claiming the next batch when there is room for it
        (:meth:`_Batches.wants_more`): due feeds as fetches finish, spread over hosts; a given
        list whenever a fetch slot is free (a feed queued behind a busy host gives its slot
        back meanwhile, so the next batch goes ahead instead of waiting behind that host)."""
        running: set[asyncio.Task[None]] = set()
        batch = first
        try:
            while True:
                for feed in batches.take_elsewhere():  # held by another poller: its to fetch
                    finish(FeedOutcome(feed, "skipped", error="being polled by another vidradar process"))
                running.update(asyncio.create_task(one(feed)) for feed in batch)
                batch = []
                await asyncio.sleep(0)  # the new feeds take their slots
                if (
                    not self._stopping
                    and self.store.damaged is None
                    and batches.wants_more(len(running), slots.locked())
                ):
                    batch = await batches.next()
                    if batch or batches.elsewhere:
                        continue
                if not running:
                    return
                slots.freed.clear()
                freed = asyncio.create_task(slots.freed.wait())
                try:
                    done, _ = await asyncio.wait({*running, freed}, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    freed.cancel()
                for task in done - {freed}:
                    running.discard(task)
                    task.result()  # a bug in one() ends the cycle, as gather() would
        finally:
            for task in running:
                task.cancel()
            await asyncio.gather(*running, return_exceptions=True)

    async def _undo_clock_jump(self, now: datetime) -> None:
        """Feeds last fetched "in the future", or scheduled further ahead than any interval,
        backoff or Retry-After allows, were scheduled while the clock was wrong (a jump, since
        corrected: a VM booted on local time, a bad RTC): without this they would stay silent
        for the size of the jump. They are polled now."""
        suspects = await self.store.feeds_from_the_future(now + CLOCK_SLACK, latest_due(now, timedelta(0)))
        jumped = [
            f
            for f in suspects
            if (f.last_fetch_at and f.last_fetch_at > now + CLOCK_SLACK)
            or (f.next_due_at and f.next_due_at > latest_due(now, self.policy.interval_for(f)))
        ]
        if jumped:
            log.warning(
                "clock jump detected: %d feeds were fetched or scheduled as if the time were %s; polling them now",
                len(jumped),
                max(max(f.last_fetch_at or now, f.next_due_at or now) for f in jumped),
            )
            await self.store.make_due([f.id for f in jumped], now)

    async def _poll_feed(
        self,
        session,
        feed,
        rules: CycleRules,
        keywords: KeywordMatcher,
        report: CycleReport,
        slot: asyncio.Semaphore | None = None,
    ) -> FeedOutcome:
        """Fetch, parse, detect and store one feed. A database that cannot take the feed's
        results never ends the cycle: a full disk is said on the feed (which stays due), a
        damaged file stops every further write."""
        now = self.clock()
        try:
            return await self._poll_and_store(session, feed, rules, keywords, report, now, slot)
        except DatabaseDamaged:
            log.error("%s", self.store.damaged)
            return FeedOutcome(feed, "skipped")
        except StorageError as exc:
            return await self._not_stored(feed, str(exc), now)

    async def _poll_and_store(
        self,
        session,
        feed,
        rules: CycleRules,
        keywords: KeywordMatcher,
        report: CycleReport,
        now: datetime,
        slot: asyncio.Semaphore | None,
    ) -> FeedOutcome:
        try:
            # The feed's slot is given back while it queues behind a busy host.
            result = await fetch_feed(
                session,
                feed.url,
                self.fetch_settings,
                etag=feed.etag,
                last_modified=feed.last_modified,
                yield_slot=slot,
            )
            failpoint("fetched")
            moved_to = result.moved_to
            if moved_to and moved_to != feed.url and await self.store.move_feed(feed, moved_to, now):
                log.info("feed %s moved permanently to %s", feed.url, moved_to)
            if result.not_modified:
                await self.store.record_not_modified(
                    feed, status=304, next_due_at=self.policy.due_after_success(feed, now, self.rng), now=now
                )
                return FeedOutcome(feed, "not_modified")
            assert result.content is not None
            if self._stopping:  # shutting down: not parsed, not stored; the feed stays due
                return FeedOutcome(feed, "skipped")
            parsed, detections = await self._analyse(
                result.content, result.url, result.content_type, now, feed.lang, feed.official
            )
        except HostBusy as exc:  # never got a connection turn: nothing recorded, the feed stays due
            log.warning("feed %s skipped: %s", feed.url, exc)
            return FeedOutcome(feed, "skipped", error=str(exc))
        except FeedError as exc:
            return await self._failed(
                feed,
                str(exc),
                getattr(exc, "status", None),
                getattr(exc, "retry_after", None),
                getattr(exc, "permanent", False),
                rules,
                now,
            )
        except StorageError:
            raise
        except Exception as exc:  # a parser bug must not end the cycle; record it against the feed
            if self._stopping:  # the parse pool stopped with us (SIGTERM reaches its workers too)
                return FeedOutcome(feed, "skipped")
            log.exception("unexpected error polling %s", feed.url)
            return await self._failed(
                feed, f"internal error: {type(exc).__name__}: {exc}"[:300], None, None, False, rules, now
            )
        failpoint("detected")
        if self._stopping:  # not stored: the feed stays due and is polled again on the next start
            return FeedOutcome(feed, "skipped")
        try:
            ingested = await self.store.ingest(
                feed,
                parsed,
                detections,
                alerting=AlertRules(feed, rules, keywords, self.taxonomy, self.policy, now),
                fetched=Fetched(
                    status=result.status,
                    etag=result.etag,
                    last_modified=result.last_modified,
                    next_due_at=self.policy.due_after_success(feed, now, self.rng),
                ),
                now=now,
            )
        except StorageError:
            raise
        except Exception as exc:  # a value the database refuses: the transaction rolled back, so
            # nothing of this feed was written; record it against the feed, and the cycle goes on
            log.exception("unexpected error storing %s", feed.url)
            return await self._failed(
                feed, f"internal error: {type(exc).__name__}: {exc}"[:300], None, None, False, rules, now
            )
        report.new_entries += ingested.new_entries
        report.updated_entries += ingested.updated_entries
        report.announcements.extend(ingested.announcements)
        report.deliveries += ingested.deliveries
        report.edits += ingested.edits
        report.keyword_matches += ingested.keyword_matches
        self._enqueued(ingested.deliveries + ingested.edits)
        self._unindexed += ingested.new_entries + ingested.updated_entries
        return FeedOutcome(feed, "ok", new_entries=ingested.new_entries)

    def _forget_expired_holds(self, now: datetime) -> None:
        """Feeds held back (their results could not be written) whose hold is over."""
        for feed_id in [feed_id for feed_id, until in self._held.items() if until <= now]:
            del self._held[feed_id]

    async def _not_stored(self, feed: FeedRow, error: str, now: datetime) -> FeedOutcome:
        """The feed's results could not be written (its transaction rolled back). Say so on the
        feed without counting it as the feed's failure: the feed did nothing wrong, and a disk
        full for a day must not disable every feed. Its due time cannot be written either, so
        this poller holds it back for one interval itself."""
        log.error("feed %s not stored: %s", feed.url, error)
        self._held[feed.id] = now + self.policy.interval_for(feed)  # no refetch every 30 s
        try:
            await self.store.note_problem(feed.id, error, now)
        except StorageError as exc:
            log.error("could not record that on the feed either: %s", exc)
        return FeedOutcome(feed, "failed", error=error)

    async def _refresh_search_index(self) -> None:
        """Index the entries stored since the last batch; a failure never ends the cycle."""
        self._unindexed = 0
        await self.store.refresh_search_index()

    def _enqueued(self, count: int) -> None:
        """Wake the outbox as soon as a feed's transaction queued something: alerts never wait
        for the slowest feed of the cycle."""
        if count and self.on_enqueued is not None:
            self.on_enqueued(count)

    async def _analyse(
        self,
        content: bytes,
        url: str,
        content_type: str | None,
        fetched_at: datetime,
        lang: str | None,
        official: bool,
    ) -> tuple[ParsedFeed, dict[str, Detection]]:
        """Parse + detect in the executor. A process pool's ``submit`` can block (it starts
        the fork server or a new worker on demand), so it is called from a thread, never
        from the event loop that answers Discord."""
        if self.executor is None:
            return await asyncio.get_running_loop().run_in_executor(
                None, parse_job, content, url, content_type, fetched_at, lang, official
            )
        future = await asyncio.to_thread(
            self.executor.submit, parse_job, content, url, content_type, fetched_at, lang, official
        )
        return await asyncio.wrap_future(future)

    async def _failed(
        self,
        feed: FeedRow,
        error: str,
        status: int | None,
        retry_after: float | None,
        permanent: bool,
        rules: CycleRules,
        now: datetime,
    ) -> FeedOutcome:
        error = readable(error)  # text from the server (a Location, a reason) may hold any bytes
        log.info("feed %s failed: %s", feed.url, error)
        retry_delay = timedelta(seconds=retry_after) if retry_after else None
        disabled = await self.store.record_failure(
            feed,
            FetchFailed(
                error=error,
                status=status,
                permanent=permanent,
                next_due_at=self.policy.due_after_failure(feed, now, self.rng, retry_delay),
            ),
            max_failures=self.policy.max_failures,
            notify=disabled_notice_recipients(rules, feed.id),
            now=now,
        )
        if disabled:
            log.warning("feed %s disabled: %s", feed.url, error)
            self._enqueued(1)  # the notices to the servers that see it
        return FeedOutcome(feed, "failed", error=error, disabled=disabled)


class _Slots(asyncio.Semaphore):
    """The cycle's fetch slots, telling when one is given back (a fetch done, or queued
    behind a busy host): then there is room to claim more feeds."""

    def __init__(self, value: int) -> None:
        super().__init__(value)
        self.freed = asyncio.Event()

    def release(self) -> None:
        super().release()
        self.freed.set()


class _RulesInHand:
    """A cycle's server rules, read at its start and read again for a feed added since: that
    feed's first entries would otherwise meet rules in which no server sees it yet, and would
    be stored without an alert for good (the next poll finds them already stored)."""

    def __init__(self, store: Store, headless: bool, rules: CycleRules) -> None:
        self.store = store
        self.headless = headless
        self.rules = rules
        self.keywords = KeywordMatcher(rules.terms)
        self._reading = asyncio.Lock()

    @classmethod
    async def read(cls, store: Store, headless: bool) -> _RulesInHand:
        return cls(store, headless, await store.cycle_rules(headless=headless))

    async def covering(self, feed_id: int) -> tuple[CycleRules, KeywordMatcher]:
        """Rules that know the feed (re-read once however many new feeds ask at a time)."""
        if not self.rules.covers(feed_id):
            async with self._reading:
                if not self.rules.covers(feed_id):
                    self.rules = await self.store.cycle_rules(headless=self.headless)
                    self.keywords = KeywordMatcher(self.rules.terms)
        return self.rules, self.keywords


class _Batches:
    """Where a cycle's next feeds come from: claims of due feeds, spread over hosts, or
    (``poll --once``, a given list) claims of the listed feeds in order, the ones another
    poller holds set aside."""

    def __init__(
        self,
        claims: FeedClaims,
        wanted: list[FeedRow] | None,
        held_back: dict[int, datetime],
        concurrency: int,
        per_host: int,
        *,
        due_by: datetime,
    ) -> None:
        self.claims = claims
        self.wanted = wanted
        self.held_back = held_back  # live: a feed whose store fails mid-cycle joins it at once
        # Only what was due when the cycle began: feeds coming due meanwhile wait for the next
        # check, so a cycle always ends (its rules, its report, a /refresh waiting behind it).
        self.due_by = due_by
        self.concurrency = concurrency
        self.per_host = per_host
        # Small batches: pollers alternate their claims instead of one taking everything.
        self.size = max(1, min(16, concurrency // 2))
        self.exhausted = False
        # The last claim of due feeds was cut short by the per-host limit: claim again as soon
        # as a fetch finishes, however little room there is.
        self.host_limited = False
        self.elsewhere: list[FeedRow] = []
        self._position = 0

    def wants_more(self, running: int, slots_full: bool) -> bool:
        """Whether to claim now, with ``running`` feeds in hand."""
        if self.exhausted:
            return False
        if self.wanted is not None:
            return not slots_full
        # Up to one batch beyond the fetch slots in hand: the next claim runs while the slots
        # are still busy, so they never sit idle waiting for it.
        room = self.concurrency + self.size - running
        return room >= self.size or (room > 0 and self.host_limited)

    async def next(self) -> list[FeedRow]:
        """The next claim; none (and no more this cycle) when the claim cannot be written: the
        feeds in hand finish, and the next check tries again."""
        try:
            return await self._claim_next()
        except DatabaseDamaged:
            raise
        except StorageError as exc:  # locked for a minute by another process, a full disk
            log.error("no more feeds claimed this cycle: %s", exc)
            self.exhausted = True
            return []

    async def _claim_next(self) -> list[FeedRow]:
        if self.wanted is None:
            full = self.claims.full_hosts(self.per_host)
            claimed = await self.claims.claim(
                self.size,
                due_by=self.due_by,
                exclude=list(self.held_back),
                per_host=self.per_host,
                full_hosts=full,
            )
            # Nothing due that this poller may take now. Either nothing is due (the next check
            # looks again) or only feeds of hosts it already fills: then after a fetch ends.
            self.host_limited = bool(full) or 0 < len(claimed) < self.size
            self.exhausted = not claimed and not full
            return claimed
        asked = self.wanted[self._position : self._position + self.size]
        self._position += len(asked)
        self.exhausted = self._position >= len(self.wanted)
        if not asked:
            return []
        claimed = await self.claims.claim(len(asked), feed_ids=[feed.id for feed in asked])
        got = {feed.id for feed in claimed}
        self.elsewhere += [feed for feed in asked if feed.id not in got]
        order = {feed.id: i for i, feed in enumerate(asked)}
        return sorted(claimed, key=lambda feed: order[feed.id])

    def take_elsewhere(self) -> list[FeedRow]:
        taken, self.elsewhere = self.elsewhere, []
        return taken

"""The composition root: the one place that builds vidradar's working parts from settings — the
store, the parse workers, the poller and the scheduler runtime — for every mode: the bot,
headless (webhook), ``poll --daemon``, ``poll --once``, the demo and the benchmarks.

Each mode opens a :class:`Core`, takes the parse workers it needs, and asks the core for a
poller (one cycle) or a runtime (the scheduled jobs). Only the sender differs between modes
(Discord channel, webhook, none), and the adapter that owns it hands it in.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from feeds.config import Settings
from feeds.models import FeedSpec
from feeds.parse.feedlist import load_feed_list
from feeds.shards import Shards
from feeds.storage.store import Store
from feeds.timeutil import utcnow

# What only some modes use is imported by the method that builds it: a command that only
# reads the database (`vidradar search`) never loads the fetcher (aiohttp) or the detector,
# and `poll --once` never loads the scheduler, delivery or message rendering (Babel).
if TYPE_CHECKING:
    from feeds.pipeline.poller import CycleReport, Poller
    from feeds.service.delivery import Sender
    from feeds.service.runtime import Runtime

log = logging.getLogger(__name__)


@dataclass
class Core:
    """An open store and the settings every part is built from."""

    settings: Settings
    store: Store

    @classmethod
    @contextlib.asynccontextmanager
    async def open(cls, settings: Settings, *, feed_list: bool = True) -> AsyncIterator[Core]:
        """Open (and migrate) the database; with ``feed_list``, apply the operator's feed-list
        file first, as every long run and ``poll --once`` do. The store closes on the way out."""
        specs = load_feed_list(settings.feed_list_path) if feed_list else None
        if settings.database_url is not None:
            ignored = f" (VIDRADAR_DB={settings.db} is ignored)" if "db" in settings.model_fields_set else ""
            log.info("database: PostgreSQL %s%s", settings.database_name, ignored)
        store = await Store.open(settings.database)
        try:
            core = cls(settings, store)
            if specs is not None:
                await core.apply_feed_list(specs, settings.feed_list_path)
            yield core
        finally:
            await store.close()

    async def apply_feed_list(self, specs: list[FeedSpec], source: Path) -> None:
        report = await self.store.sync_operator_feeds(specs, utcnow())
        log.info(
            "feed list %s: %d added, %d updated, %d disabled, %d re-enabled",
            source,
            report.added,
            report.updated,
            report.disabled,
            report.enabled,
        )

    def poller(self, executor: Executor) -> Poller:
        """A poller for one-off cycles (``poll --once``, the demo, benchmarks); in headless
        mode it queues the webhook's alerts, as the running pollers do (once the deliverer has
        written the webhook's rules: a poller never changes them)."""
        from feeds.pipeline.poller import Poller

        return Poller(self.settings, self.store, executor=executor, headless=self.settings.headless)

    async def configure_headless(self) -> None:
        """Headless mode's deliverer: the webhook destination's rules, language and digest
        schedule become the environment's, at every start. ConfigError names a bad
        VIDRADAR_MUTE or VIDRADAR_DIGEST."""
        from feeds.detect.taxonomy import bundled_taxonomy
        from feeds.errors import ConfigError, InputError
        from feeds.service.digest_plan import parse_digest_setting
        from feeds.storage.watch import mute_kind

        settings = self.settings
        vendors = bundled_taxonomy().vendor_slugs
        try:
            mutes = [mute_kind(target, vendors) for target in settings.mute]
        except InputError as exc:
            raise ConfigError(f"invalid setting VIDRADAR_MUTE: {exc}") from None
        try:
            digest = parse_digest_setting(settings.digest)
        except InputError as exc:
            raise ConfigError(f"invalid setting VIDRADAR_DIGEST: {exc}") from None
        await self.store.configure_headless(
            min_score=settings.min_score,
            include=settings.watch_include,
            exclude=settings.watch_exclude,
            mutes=mutes,
            digest=digest,
            now=utcnow(),
            languages=settings.languages,
            locale=settings.language,
        )

    def runtime(
        self,
        executor: Executor | None,
        *,
        sender: Sender | None,
        headless: bool = False,
        on_cycle: Callable[[CycleReport], Awaitable[None] | None] | None = None,
        shards: Shards | None = None,
    ) -> Runtime:
        """The scheduled jobs of a long run: poll (when ``VIDRADAR_ROLES`` has ``poller``, or
        there is no ``sender``: ``poll --daemon``), deliver through ``sender``, digests,
        housekeeping; deliveries and digests of the servers of ``shards`` only. ``executor``
        None parses on the event loop's default executor (the bot's tests)."""
        from feeds.service.runtime import Runtime

        return Runtime(
            self.settings,
            self.store,
            sender=sender,
            headless=headless,
            executor=executor,
            on_cycle=on_cycle,
            shards=shards,
            poll=sender is None or "poller" in self.settings.roles,
        )


@contextlib.asynccontextmanager
async def parse_workers(workers: int | None, *, warm_up: bool = False) -> AsyncIterator[Executor]:
    """The parse + detect executor (``workers`` processes; 0: one thread), shut down on the way
    out, off the event loop. With ``warm_up`` the workers start at once (imports, language
    model, compiled detector: about a second of CPU) while the run starts, instead of while
    the first feed waits for them. Without it, the first job starts them: a cycle that
    parses nothing (every feed 304 Not Modified) starts no process."""
    from feeds.pipeline.workers import parse_pool, warm

    pool = parse_pool(workers)

    async def start_workers() -> None:
        try:
            await asyncio.to_thread(warm, pool)
        except Exception as exc:  # the first cycle starts them anyway; say why it was slow
            log.warning("parse workers did not start ahead of time: %s", exc)

    warming = asyncio.create_task(start_workers(), name="warm parse workers") if warm_up else None
    try:
        yield pool
    finally:
        if warming is not None:
            warming.cancel()
        await asyncio.to_thread(pool.shutdown, cancel_futures=True)
        if warming is not None:
            await asyncio.gather(warming, return_exceptions=True)

"""Per-server digest jobs: an APScheduler job per server, rebuilt from SQLite at start-up and
whenever something it depends on changes (the schedule, the digest or alert channel, the bot
joining or leaving the server); a digest missed while the bot was down is sent at start-up if
its time passed less than ``feeds.service.digest_plan.GRACE`` ago.

A digest is a snapshot taken when its period ends: it is rendered then and queued in the
outbox (one row per message, the chart attached to the first), so it goes through the same
exactly-once delivery as alerts. A period is keyed by its fire instant, and nothing is queued
for a period that ends at or before the last digest sent.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger

from feeds.service import render
from feeds.service.chart import render_chart
from feeds.service.digest_plan import (
    DigestSchedule,
    Period,
    already_sent,
    last_sent_end,
    make_schedule,
    missed_fire,
    next_fire,
    period_ending,
    previous_fire,
)
from feeds.service.i18n import lang_of
from feeds.service.tracking import WorkInFlight
from feeds.shards import Shards
from feeds.storage.digests import LateItems
from feeds.storage.servers import DigestTarget
from feeds.storage.store import Store

log = logging.getLogger(__name__)
JOB_PREFIX = "digest:"
MISFIRE_GRACE = timedelta(hours=1)  # a digest job that could not run on time still runs this late


class DigestTrigger(BaseTrigger):
    """APScheduler trigger over :func:`feeds.service.digest_plan.next_fire` (wall-clock time, DST-correct)."""

    def __init__(self, schedule: DigestSchedule) -> None:
        self.schedule = schedule

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        return next_fire(self.schedule, previous_fire_time or now)

    def __str__(self) -> str:
        return f"digest[{self.schedule.describe()}]"


def schedule_of(target: DigestTarget) -> DigestSchedule:
    weekday = target.weekday if target.frequency == "weekly" else None  # a stored daily one's is moot
    return make_schedule(target.frequency, target.time, target.tz, weekday)


def job_id(guild_id: int) -> str:
    return f"{JOB_PREFIX}{guild_id}"


async def current_period(store: Store, target: DigestTarget, fire: datetime) -> tuple[Period, bool]:
    """The period a digest firing at ``fire`` covers (from the last digest sent, when the
    schedule moved), and whether it was already sent."""
    schedule = schedule_of(target)
    last = last_sent_end(await store.last_digest_period(target.guild_id), schedule)
    period = period_ending(schedule, fire, last)
    return period, already_sent(period, last)


async def late_items(store: Store, target: DigestTarget, period: Period) -> LateItems | None:
    """What the digest of ``period`` lists besides its own stories: those stored since the
    last digest was read, published up to one period before this one (None: no digest has
    recorded where it read up to)."""
    after = await store.last_digest_watermark(target.guild_id)
    if after is None:
        return None
    return LateItems(
        after=after, since=previous_fire(schedule_of(target), period.start - timedelta(seconds=1))
    )


async def resync(bot: Any, guild_id: int) -> None:
    """After anything that decides whether (or where) a server gets digests: make its job
    match the database. A no-op without a running runtime (e.g. ``sync-commands``)."""
    runtime = getattr(bot, "runtime", None)
    digests = getattr(runtime, "digests", None)
    if digests is not None:
        await digests.sync_guild(guild_id)


class Digests:
    def __init__(
        self,
        store: Store,
        scheduler: AsyncIOScheduler,
        *,
        headless: bool,
        clock: Callable[[], datetime],
        wake: Callable[[], None],
        shards: Shards | None = None,
    ) -> None:
        self.store = store
        self.scheduler = scheduler
        self.headless = headless
        self.shards = shards or Shards()  # the servers whose digests this process sends
        self.clock = clock
        self.wake = wake
        self.work = WorkInFlight("a digest")  # Runtime.stop waits for it

    def stop(self) -> None:
        """Shutting down: digest work in flight finishes; none is started."""
        self.work.stopping = True

    async def targets(self) -> dict[int, DigestTarget]:
        return {
            t.guild_id: t
            for t in await self.store.digest_targets(headless=self.headless)
            if self.shards.owns(t.guild_id)
        }

    async def sync_jobs(self) -> dict[int, datetime]:
        """Make the scheduler's digest jobs match the database. Returns each server's next time."""
        targets = await self.targets()
        upcoming = {}
        for guild_id, target in targets.items():
            when = self._install(guild_id, target)
            if when is not None:
                upcoming[guild_id] = when
        for job in self.scheduler.get_jobs():
            if job.id.startswith(JOB_PREFIX) and int(job.id[len(JOB_PREFIX) :]) not in targets:
                job.remove()
        return upcoming

    async def sync_guild(self, guild_id: int) -> datetime | None:
        """The same for one server (after /alerts channel, /digest …, joining or leaving)."""
        target = (await self.targets()).get(guild_id)
        if target is not None:
            return self._install(guild_id, target)
        if self.scheduler.get_job(job_id(guild_id)) is not None:
            self.scheduler.remove_job(job_id(guild_id))
        return None

    def _install(self, guild_id: int, target: DigestTarget) -> datetime | None:
        """Add or replace the server's job; an unchanged schedule keeps its job (and its next
        run time). Returns the next run time, None when the stored schedule is invalid."""
        try:
            schedule = schedule_of(target)
        except Exception as exc:  # a bad row (edited by hand) must not stop the others
            log.warning("server %s has an invalid digest schedule: %s", guild_id, exc)
            return None
        existing = self.scheduler.get_job(job_id(guild_id))
        if existing is not None and getattr(existing.trigger, "schedule", None) == schedule:
            return existing.next_run_time
        job = self.scheduler.add_job(
            self.job,
            DigestTrigger(schedule),
            args=[guild_id],
            id=job_id(guild_id),
            name=f"digest for {guild_id} ({schedule.describe()})",
            replace_existing=True,
            misfire_grace_time=int(MISFIRE_GRACE.total_seconds()),
        )
        return job.next_run_time

    async def send_missed(self) -> int:
        """At start-up: queue the digest whose time passed while the bot was down (once)."""
        queued = 0
        with self.work.track():
            now = self.clock()
            for target in (await self.targets()).values():
                if self.work.stopping:
                    break
                fire = missed_fire(schedule_of(target), now)
                if fire is not None:
                    queued += await self.enqueue(target, fire)
        return queued

    async def job(self, guild_id: int) -> None:
        with self.work.track():
            if self.work.stopping:
                return
            target = (await self.targets()).get(guild_id)
            if target is None:
                return
            await self.enqueue(target, previous_fire(schedule_of(target), self.clock()))

    async def enqueue(self, target: DigestTarget, fire: datetime) -> int:
        """Render the digest of the period ending at ``fire`` and queue it; 0 when that period
        (or a later one) already has one."""
        period, sent = await current_period(self.store, target, fire)
        if sent:
            return 0
        schedule = schedule_of(target)
        late = await late_items(self.store, target, period)
        digest = await self.store.digest_content(target.guild_id, period.start, period.end, late)
        lang = lang_of(target.locale)
        png = None
        if not digest.quiet:  # the chart speaks the server's language, as the digest does
            png = await asyncio.get_running_loop().run_in_executor(
                None, partial(render_chart, digest, lang, target.tz)
            )
        messages = render.digest_messages(digest, lang, with_chart=png is not None)
        parts = [
            {"message": m.as_json(), "png": base64.b64encode(png).decode() if png and i == 0 else None}
            for i, m in enumerate(messages)
        ]
        queued = await self.store.queue_digest(
            target.guild_id,
            target.channel_id,
            period.key,
            parts,
            self.clock(),
            covered=lambda last: already_sent(period, last_sent_end(last, schedule)),
            watermark=digest.watermark,
        )
        if queued:
            log.info("digest %s for server %s: %d messages queued", period.key, target.guild_id, queued)
            self.wake()
        return queued

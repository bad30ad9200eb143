"""Per-server digest jobs: an APScheduler job per server, rebuilt from SQLite at start-up and
whenever an admin changes the schedule; a digest missed while the bot was down is sent at
start-up if its time passed less than ``feeds.digest.GRACE`` ago.

A digest is a snapshot taken when its period ends: it is rendered then and queued in the
outbox (one row per message, the chart attached to the first), so it goes through the same
exactly-once delivery as alerts. Nothing is queued for a period that already has a digest.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger

from bot import render
from bot.i18n import lang_of
from feeds.chart import render_chart
from feeds.digest import (
    DigestSchedule,
    Period,
    build_digest,
    make_schedule,
    missed_fire,
    next_fire,
    period_ending,
    previous_fire,
)
from feeds.failpoints import failpoint
from feeds.storage import deliveries as outbox
from feeds.storage.db import write_transaction
from feeds.storage.servers import DigestTarget, digest_targets
from feeds.store import Store
from feeds.timeutil import to_db

log = logging.getLogger(__name__)
JOB_PREFIX = "digest:"


class DigestTrigger(BaseTrigger):
    """APScheduler trigger over :func:`feeds.digest.next_fire` (wall-clock time, DST-correct)."""

    def __init__(self, schedule: DigestSchedule) -> None:
        self.schedule = schedule

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        return next_fire(self.schedule, previous_fire_time or now)

    def __str__(self) -> str:
        return f"digest[{self.schedule.describe()}]"


def schedule_of(target: DigestTarget) -> DigestSchedule:
    return make_schedule(target.frequency, target.time, target.tz, target.weekday)


class Digests:
    def __init__(
        self,
        store: Store,
        scheduler: AsyncIOScheduler,
        *,
        headless: bool,
        clock: Callable[[], datetime],
        wake: Callable[[], None],
    ) -> None:
        self.store = store
        self.scheduler = scheduler
        self.headless = headless
        self.clock = clock
        self.wake = wake

    async def targets(self) -> dict[int, DigestTarget]:
        return {t.guild_id: t for t in await self.store.read(digest_targets, headless=self.headless)}

    async def sync_jobs(self) -> dict[int, datetime]:
        """Make the scheduler's digest jobs match the database. Returns each server's next time."""
        targets = await self.targets()
        upcoming: dict[int, datetime] = {}
        for guild_id, target in targets.items():
            try:
                schedule = schedule_of(target)
            except Exception as exc:  # a bad row (edited by hand) must not stop the others
                log.warning("server %s has an invalid digest schedule: %s", guild_id, exc)
                continue
            job = self.scheduler.add_job(
                self.job,
                DigestTrigger(schedule),
                args=[guild_id],
                id=f"{JOB_PREFIX}{guild_id}",
                name=f"digest for {guild_id} ({schedule.describe()})",
                replace_existing=True,
                misfire_grace_time=int(timedelta(hours=1).total_seconds()),
            )
            upcoming[guild_id] = job.next_run_time
        for job in self.scheduler.get_jobs():
            if job.id.startswith(JOB_PREFIX) and int(job.id[len(JOB_PREFIX) :]) not in targets:
                job.remove()
        return upcoming

    async def send_missed(self) -> int:
        """At start-up: queue the digest whose time passed while the bot was down (once)."""
        queued = 0
        now = self.clock()
        for target in (await self.targets()).values():
            fire = missed_fire(schedule_of(target), now)
            if fire is not None:
                queued += await self.enqueue(target, period_ending(schedule_of(target), fire))
        return queued

    async def job(self, guild_id: int) -> None:
        target = (await self.targets()).get(guild_id)
        if target is None:
            return
        schedule = schedule_of(target)
        await self.enqueue(target, period_ending(schedule, previous_fire(schedule, self.clock())))

    async def enqueue(self, target: DigestTarget, period: Period) -> int:
        """Render the period's digest and queue it; 0 when that period already has one."""
        digest = await self.store.read(build_digest, target.guild_id, period.start, period.end)
        png = None
        if not digest.quiet:
            png = await asyncio.get_running_loop().run_in_executor(None, render_chart, digest)
        messages = render.digest_messages(digest, lang_of(target.locale), with_chart=png is not None)
        parts = [
            {"message": m.as_json(), "png": base64.b64encode(png).decode() if png and i == 0 else None}
            for i, m in enumerate(messages)
        ]
        now = self.clock()

        def queue(db: Any) -> int:
            with write_transaction(db):
                exists = db.execute(
                    "SELECT 1 FROM deliveries WHERE guild_id = ? AND kind = 'digest' AND ref = ?",
                    [target.guild_id, period.key],
                ).fetchone()
                if exists:
                    return 0
                failpoint("digest")
                for index, part in enumerate(parts):
                    outbox.enqueue(
                        db,
                        guild_id=target.guild_id,
                        channel_id=target.channel_id,
                        kind="digest",
                        ref=period.key,
                        payload=part,
                        now=now,
                        dedup_key=f"digest:{target.guild_id}:{period.key}:{index}",
                    )
                db.execute(
                    "UPDATE servers SET last_digest_period = ?, updated_at = ? WHERE guild_id = ?",
                    [period.key, to_db(now), target.guild_id],
                )
                return len(parts)

        queued = await self.store.write(queue)
        if queued:
            log.info("digest %s for server %s: %d messages queued", period.key, target.guild_id, queued)
            self.wake()
        return queued


async def render_digest_delivery(
    delivery: outbox.Delivery, lang: str
) -> tuple[render.MessagePayload, list[tuple[str, bytes]]] | None:
    """The outbox renderer for 'digest' rows: the stored snapshot plus the delivery marker."""
    payload = delivery.payload or {}
    message = payload.get("message") or {}
    body = render.MessagePayload(content=message.get("content") or "", embeds=message.get("embeds") or [])
    files = [(render.CHART_NAME, base64.b64decode(payload["png"]))] if payload.get("png") else []
    return render.with_marker(body, delivery.marker), files

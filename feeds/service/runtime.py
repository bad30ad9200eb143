"""The scheduler-driven runtime shared by bot mode, headless (webhook) mode and
``vidradar poll --daemon``: polling, outbox draining and housekeeping as APScheduler jobs
on the running event loop.

Jobs have explicit ids, ``replace_existing=True``, ``max_instances=1`` (a slow cycle never
overlaps the next) and ``coalesce=True``; a job error is logged with the job id and never
stops the scheduler. Every job run is tracked, so :meth:`Runtime.stop` can wait for it (and,
past the grace period, cancel it and wait for it to unwind) before the database closes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from datetime import UTC, datetime, timedelta

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from feeds.config import Settings
from feeds.errors import VidradarError
from feeds.pipeline.claims import lease_owner, owner_gone
from feeds.pipeline.poller import CycleReport, Poller
from feeds.service.delivery import DeliveryWorker, Sender
from feeds.service.digest_jobs import Digests
from feeds.service.tracking import WorkInFlight
from feeds.shards import Shards
from feeds.storage.store import Store
from feeds.timeutil import utcnow

log = logging.getLogger(__name__)
logging.getLogger("apscheduler").setLevel(logging.WARNING)


DRAIN_EVERY = timedelta(seconds=20)  # retries; new alerts wake the drain at once
HOUSEKEEPING_EVERY = timedelta(hours=1)
SHARD_LEASE = timedelta(minutes=1)  # renewed every 15 s; a killed process's runs out in a minute
MISFIRE_GRACE_S = 300
UNWIND_S = 5.0  # after the grace period: how long cancelled jobs get to unwind
# How often (in monotonic time, which no clock jump moves) jobs are checked for run times that
# a clock running ahead pushed out of reach.
CLOCK_CHECK_EVERY_S = 60.0
CLOCK_SLACK = timedelta(minutes=5)


class Runtime:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        sender: Sender | None,
        headless: bool = False,
        executor: Executor | None = None,
        clock: Callable[[], datetime] = utcnow,
        on_cycle: Callable[[CycleReport], Awaitable[None] | None] | None = None,
        shards: Shards | None = None,
        poll: bool = True,
    ) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.shards = shards or Shards()
        self.owner = lease_owner()  # this process's name on the shards it delivers for
        self.polls = poll  # VIDRADAR_ROLES without "poller": another process polls
        self.on_cycle = on_cycle
        self.poller = Poller(
            settings, store, executor=executor, headless=headless, clock=clock, on_enqueued=self.wake_delivery
        )
        self.worker = (
            DeliveryWorker(
                store,
                sender,
                max_alert_age=settings.max_alert_age,
                clock=clock,
                rate_cap=settings.alerts_per_10_minutes,
                shards=self.shards,
            )
            if sender is not None
            else None
        )
        self.scheduler = AsyncIOScheduler(
            timezone=UTC,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE_S},
        )
        self._clock_watch: asyncio.Task[None] | None = None
        self.work = WorkInFlight("a job run")  # poll, deliver, housekeeping: stop() waits for them
        self._draining = False  # a drain is running: a wake-up makes it go round again
        self._drain_again = False
        self.scheduler.add_listener(self._job_event, EVENT_JOB_ERROR | EVENT_JOB_MISSED)
        # Digests need somewhere to post: bot or webhook mode, not `poll --daemon`.
        self.digests = (
            Digests(
                store,
                self.scheduler,
                headless=headless,
                clock=clock,
                wake=self.wake_delivery,
                shards=self.shards,
            )
            if sender is not None
            else None
        )

    # -- lifecycle ---------------------------------------------------------------------
    async def start(self) -> None:
        if self.worker is not None:
            # One process delivers for a shard's servers: refused (one line) while another
            # live process holds one of these shards or runs another shard count.
            now = self.clock()
            await self.store.take_shards(self.owner, self.shards, now, now + SHARD_LEASE, gone=owner_gone)
            # Only then, and only a process that delivers: its servers' rows a crashed run
            # left claimed. (A poller beside a running bot must not make the bot's rows in
            # flight due again.)
            await self.store.release_claims(self.clock(), self.shards)
        first = datetime.now(UTC) + timedelta(seconds=1)
        if self.polls:
            self.scheduler.add_job(
                self.poll_job,
                IntervalTrigger(seconds=self.settings.poll_check.total_seconds()),
                id="poll",
                name="poll due feeds",
                replace_existing=True,
                next_run_time=first,
            )
        if self.worker is not None:
            self.scheduler.add_job(
                self.renew_shards_job,
                IntervalTrigger(seconds=SHARD_LEASE.total_seconds() / 4),
                id="shards",
                name="renew the shard leases",
                replace_existing=True,
            )
            self.scheduler.add_job(
                self.deliver_job,
                IntervalTrigger(seconds=DRAIN_EVERY.total_seconds()),
                id="deliver",
                name="deliver the outbox",
                replace_existing=True,
                next_run_time=first,
            )
        self.scheduler.add_job(
            self.housekeeping_job,
            IntervalTrigger(seconds=HOUSEKEEPING_EVERY.total_seconds()),
            id="housekeeping",
            name="housekeeping",
            replace_existing=True,
            next_run_time=first + timedelta(seconds=30),
        )
        self.scheduler.start()
        self._clock_watch = asyncio.create_task(self._watch_clock(), name="vidradar-clock-watch")
        if self.digests is not None:
            await self.digests.sync_jobs()
            await self.digests.send_missed()

    async def stop(self, grace: float = 15.0) -> None:
        """Stop cleanly: no new jobs, no new feeds, deliveries or digests started; the work in
        flight (feed transactions, deliveries, a digest being queued, manual cycles) finishes
        within ``grace`` seconds. Job runs still going after that are cancelled and awaited: a
        transaction already handed to the writer thread still commits whole (Store.close waits
        for it), and a feed whose fetch was cut short stays due."""
        self.work.stopping = True
        if self._clock_watch is not None:
            self._clock_watch.cancel()
            await asyncio.gather(self._clock_watch, return_exceptions=True)
        self.poller.stop()
        if self.worker is not None:
            self.worker.stop()
        if self.digests is not None:
            self.digests.stop()
        if self.scheduler.running:
            self.scheduler.pause()
        locks = [self.poller._cycle_lock] + ([self.worker._lock] if self.worker is not None else [])

        async def quiet() -> None:
            while blocks := self._in_flight():
                await asyncio.wait(blocks)
            for lock in locks:
                async with lock:
                    pass

        try:
            await asyncio.wait_for(quiet(), grace)
        except TimeoutError:
            tasks = {task for tracker in self._trackers() for task in tracker.running}
            log.warning("stopping after %.0fs: cancelling %d job runs still in flight", grace, len(tasks))
            for task in tasks:
                task.cancel()
            if blocks := self._in_flight():
                await asyncio.wait(blocks, timeout=UNWIND_S)
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        if self.worker is not None:
            try:
                await self.store.release_shards(self.owner)
            except VidradarError as exc:  # it runs out within a minute
                log.warning("shard leases not released: %s", exc)

    async def renew_shards_job(self) -> None:
        try:
            held = await self.store.renew_shards(self.owner, self.clock() + SHARD_LEASE)
        except VidradarError as exc:  # the next renewal may pass
            log.warning("shard leases not renewed: %s", exc)
            return
        if held < len(self.shards.ids) and self.worker is not None and not self.worker.stopped:
            # Stalled past its lease (a paused VM, a database outage), this process lost its
            # shards to another one, which delivers for them now: two senders would post twice.
            self.worker.stop()
            if self.digests is not None:
                self.digests.stop()
            log.error(
                "this process lost its shard leases to another vidradar process: it no longer "
                "delivers alerts or digests; restart it once the other one stops (or run it as other shards)"
            )

    async def _watch_clock(self) -> None:
        while True:
            await asyncio.sleep(CLOCK_CHECK_EVERY_S)
            try:
                self.correct_clock_jumps()
            except Exception:  # the watch must outlive a scheduler surprise
                log.exception("checking the scheduler for clock jumps failed")

    def correct_clock_jumps(self) -> int:
        """Reschedule jobs whose next run is later than their trigger allows from now.

        A job that ran while the clock was ahead (a forward jump, since corrected) was given
        its next run from that time: APScheduler would wait until that date, and polling,
        deliveries and housekeeping would stop without a word. Returns how many jobs moved."""
        now = datetime.now(UTC)
        moved = []
        for job in self.scheduler.get_jobs():
            if job.next_run_time is None:  # paused
                continue
            if isinstance(job.trigger, IntervalTrigger):
                latest, target = now + job.trigger.interval, now
            else:
                latest = target = job.trigger.get_next_fire_time(None, now)
            if latest is not None and job.next_run_time > latest + CLOCK_SLACK:
                moved.append(f"{job.id} (was {job.next_run_time:%Y-%m-%d %H:%M})")
                job.modify(next_run_time=target)
        if moved:
            log.warning("clock jump detected: rescheduled %s", ", ".join(moved))
        return len(moved)

    def _trackers(self) -> list[WorkInFlight]:
        return [self.work] + ([self.digests.work] if self.digests is not None else [])

    def _in_flight(self) -> set[asyncio.Future[None]]:
        """Job runs and digest work still in flight."""
        return {block for tracker in self._trackers() for block in tracker.pending()}

    def wake_delivery(self, _count: int = 0) -> None:
        """A poll queued alerts: drain now instead of at the next tick."""
        if self.worker is None or not self.scheduler.running:
            return
        if self._draining:
            # The running drain may already have made its last claim: it goes round once more
            # (asking the scheduler would only be refused, with a warning, while it runs).
            self._drain_again = True
            return
        job = self.scheduler.get_job("deliver")
        if job is not None:
            job.modify(next_run_time=datetime.now(UTC))

    # -- jobs --------------------------------------------------------------------------
    async def poll_job(self) -> None:
        with self.work.track():
            await self._poll()

    async def _poll(self) -> None:
        if self.poller.busy:  # a cycle (scheduled, or a /refresh) is running; the next check follows it
            return
        report = await self.poller.run_cycle()
        if report.polled:
            log.info(
                "poll cycle: %d feeds, %d new entries, %d announcements, %d alerts queued, %d failed (%.1fs)",
                report.polled,
                report.new_entries,
                len(report.announcements),
                report.deliveries,
                len(report.failed),
                report.duration_s,
            )
        if self.on_cycle is not None:
            result = self.on_cycle(report)
            if asyncio.iscoroutine(result):
                await result

    async def deliver_job(self) -> None:
        with self.work.track():
            await self._deliver()

    async def _deliver(self) -> None:
        assert self.worker is not None
        self._draining = True
        try:
            while True:
                self._drain_again = False
                report = await self.worker.drain()
                if report.sent or report.failed or report.retried:
                    log.info(
                        "deliveries: %d sent, %d edited, %d reconciled, %d retrying, %d failed (%d notices to admins)",
                        report.sent,
                        report.edited,
                        report.reconciled,
                        report.retried,
                        report.failed,
                        report.notices,
                    )
                if not self._drain_again or self.work.stopping:
                    return
        finally:
            self._draining = False

    async def housekeeping_job(self) -> None:
        with self.work.track():
            await self._housekeeping()
            if self.digests is not None:  # a safety net: digest jobs match the database hourly
                await self.digests.sync_jobs()

    async def _housekeeping(self) -> None:
        tidied = await self.store.housekeeping(
            self.clock(), max_alert_age=self.settings.max_alert_age, retention=self.settings.retention
        )
        if tidied.expired or tidied.purged or tidied.pruned:
            log.info(
                "housekeeping: %d old alerts expired, %d departed servers purged, %d old entries pruned",
                tidied.expired,
                tidied.purged,
                tidied.pruned,
            )

    def _job_event(self, event: JobExecutionEvent) -> None:
        if isinstance(event.exception, asyncio.CancelledError):
            log.debug("job %s cancelled at shutdown", event.job_id)
        elif isinstance(event.exception, VidradarError):  # says what happened: no traceback
            log.error("job %s failed: %s", event.job_id, event.exception)
        elif event.exception is not None:
            log.error(
                "job %s failed: %s",
                event.job_id,
                event.exception,
                exc_info=(type(event.exception), event.exception, event.exception.__traceback__),
            )
        else:
            log.warning("job %s missed its run time", event.job_id)

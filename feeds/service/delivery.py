"""The outbox worker: claim due deliveries, render them, send them, record the outcome.

Bot mode is exactly-once: every send carries a nonce derived from the delivery id (Discord's
``enforce_nonce`` folds a retry within minutes into the first message), and a delivery that
is retried, or found claimed after a crash, is first looked for among the channel's messages
by the marker at the end of its footer (invisible: zero-width characters, see
:func:`feeds.service.render.hidden_marker`); it is only sent again if it is not there. Where that
search starts is read from Discord before the first post (the channel's newest message), so
it holds whatever the local clock says. Webhook mode is at-least-once: a webhook cannot read
its channel.

Destinations are served side by side, each in its own lane: one delivery in flight per
destination, in queue order. discord.py sleeps out a channel's 429 inside ``send``; in a
lane, that wait holds back only that channel's alerts.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from feeds.failpoints import failpoint
from feeds.service import render
from feeds.service.i18n import EVENT_LABELS, lang_of
from feeds.shards import Shards
from feeds.storage.deliveries import Delivery
from feeds.storage.servers import HEADLESS_GUILD
from feeds.storage.store import Store
from feeds.storage.views import Coverage, StoryView
from feeds.timeutil import utcnow

log = logging.getLogger(__name__)

LATER_COVERAGE_LINES = 10  # reports per "also reported by" message in a story's thread


def _coverage_key(coverage: Coverage) -> str:
    """A report as a thread remembers it: its link, else its outlet."""
    return coverage.link or coverage.feed


def _shown(view: StoryView) -> list[str]:
    """The reports a new alert's embed lists (a thread need not post them again)."""
    return [_coverage_key(c) for c in view.also_reported]


# A forum post cannot carry a nonce: before creating one, the delivery records (local clock,
# less this margin for clock skew) from when a retry looks for it among the forum's posts.
FORUM_CLOCK_MARGIN = timedelta(minutes=5)


class SendError(Exception):
    """A failed send. ``permanent``: retrying cannot help; ``channel_problem``: because of the
    channel (missing, or a permission the bot lacks there), which an admin can fix."""

    def __init__(
        self,
        reason: str,
        *,
        permanent: bool = False,
        retry_after: float | None = None,
        channel_problem: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.retry_after = retry_after
        self.channel_problem = channel_problem


class Sender(Protocol):
    exactly_once: bool

    async def send(
        self,
        channel_id: int | None,
        payload: render.MessagePayload,
        *,
        nonce: str,
        files: list[tuple[str, bytes]] | None = None,
    ) -> int | None: ...

    async def edit(self, channel_id: int | None, message_id: int, payload: render.MessagePayload) -> None: ...

    async def find(
        self, channel_id: int | None, marker: str, *, since: datetime | None = None
    ) -> int | None: ...

    async def anchor(self, channel_id: int | None) -> datetime | None:
        """A moment on the destination's own clock before anything posted from now on (None:
        the sender cannot read its destination back)."""
        ...

    async def post_in_forum(
        self, channel_id: int, payload: render.MessagePayload, *, name: str, tags: list[str]
    ) -> tuple[int, int]:
        """A new forum post (tagged by the first of ``tags`` the forum has): (thread, message)."""
        ...

    async def find_in_forum(
        self, channel_id: int, marker: str, *, since: datetime | None = None
    ) -> tuple[int, int] | None:
        """Our forum post carrying ``marker``, if a lost answer or a crash hid it."""
        ...

    async def open_thread(self, channel_id: int, message_id: int, name: str) -> int:
        """A thread from one of our messages (a thread per story); its id."""
        ...


def marker_of(message_footers: list[str]) -> str | None:
    """The delivery marker (``#123``) ending a posted embed's footer, if any: the invisible one
    (:func:`feeds.service.render.hidden_marker`), or the visible " · #123" that older versions
    posted (their messages are reconciled after an upgrade)."""
    for footer in message_footers:
        marker = render.read_marker(footer or "")
        if marker:
            return marker
    return None


# The anchor is Discord's own time, but its servers' clocks agree closely, not exactly; and a
# row claimed by an older vidradar holds its local claim time (a minute covers an NTP-synced host).
RECONCILE_MARGIN = timedelta(minutes=1)

PARALLEL_LANES = 8  # destinations served at once
LANE_BATCH = 10  # deliveries claimed for one destination at a time
RECLAIM_EVERY = 0.5  # seconds: while lanes wait (a long 429), how often other destinations are served


def reconcile_since(delivery: Delivery) -> datetime | None:
    """Where a delivery's marker can first appear: just before its anchor (Discord's time of
    the channel's newest message before its first post)."""
    return delivery.reconcile_from - RECONCILE_MARGIN if delivery.reconcile_from else None


@dataclass
class DrainReport:
    """What one drain of the outbox did, by outcome, with the reason each failed send gave."""

    sent: int = 0
    edited: int = 0
    reconciled: int = 0
    retried: int = 0
    failed: int = 0
    skipped: int = 0
    notices: int = 0  # "deliveries failing" notices queued
    folded: int = 0  # story alerts past a destination's rate cap, listed in its "and N more"
    errors: list[str] = field(default_factory=list)


@dataclass
class Lane:
    """One destination's claimed deliveries, sent one at a time in queue order, and the anchor
    read for them (once: every post of the lane comes after that read)."""

    deliveries: list[Delivery]
    anchor: datetime | None = None
    retrying: bool = False  # the delivery just tried failed for now and waits for its retry


def by_lane(batch: list[Delivery]) -> dict[int, Lane]:
    """Claimed deliveries grouped by destination, each group in queue order."""
    lanes: dict[int, Lane] = {}
    for delivery in batch:
        lanes.setdefault(delivery.lane, Lane([])).deliveries.append(delivery)
    return lanes


# A hook that renders kinds this module does not know (the digest issue adds 'digest').
ExtraRenderer = Callable[
    [Delivery, str], "asyncio.Future[tuple[render.MessagePayload, list[tuple[str, bytes]]] | None]"
]


class DeliveryWorker:
    def __init__(
        self,
        store: Store,
        sender: Sender,
        *,
        max_alert_age: timedelta,
        clock: Callable[[], datetime] = utcnow,
        send_timeout: float = 30.0,
        parallel: int = PARALLEL_LANES,
        rate_cap: int = 10,
        rate_window: timedelta = timedelta(minutes=10),
        shards: Shards | None = None,
    ) -> None:
        self.store = store
        self.sender = sender
        self.shards = shards  # only these servers' deliveries (None: every server)
        self.max_alert_age = max_alert_age
        self.clock = clock
        self.send_timeout = send_timeout
        self.parallel = parallel
        self.rate_cap = rate_cap  # story alerts per destination per rate_window; 0: no cap
        self.rate_window = rate_window
        self._lock = asyncio.Lock()
        self._stopping = False

    def stop(self) -> None:
        """Shutting down: the deliveries in flight (one per lane) finish, no other one starts."""
        self._stopping = True

    @property
    def stopped(self) -> bool:
        return self._stopping

    async def drain(self, *, limit: int = 500) -> DrainReport:
        """Deliver everything due now (one drain at a time), up to ``parallel`` destinations
        side by side. While some lanes are slow, the others' new deliveries are claimed too."""
        report = DrainReport()
        running: dict[int, asyncio.Task[None]] = {}
        async with self._lock:
            try:
                claimed = 0
                while True:
                    if not self._stopping and claimed < limit and len(running) < self.parallel:
                        batch = await self._claim(set(running), limit - claimed)
                        claimed += len(batch)
                        for key, lane in by_lane(batch).items():
                            running[key] = asyncio.create_task(self._run_lane(lane, report))
                    if not running:
                        return report
                    await asyncio.wait(
                        running.values(), timeout=RECLAIM_EVERY, return_when=asyncio.FIRST_COMPLETED
                    )
                    for key in [key for key, task in running.items() if task.done()]:
                        running.pop(key).result()  # a lane's unexpected error ends the drain
            finally:
                # Only after an error or a cancellation: the lanes' rows stay claimed and are
                # reconciled before any re-send.
                for task in running.values():
                    task.cancel()
                await asyncio.gather(*running.values(), return_exceptions=True)

    async def _claim(self, busy: set[int], room: int) -> list[Delivery]:
        """Due deliveries for the free lanes (never for a destination that has one in flight)."""
        free = self.parallel - len(busy)
        return await self.store.claim_deliveries(
            self.clock(),
            max_age=self.max_alert_age,
            limit=min(room, free * LANE_BATCH),
            busy=busy,
            lanes=free,
            per_lane=LANE_BATCH,
            shards=self.shards,
        )

    async def _run_lane(self, lane: Lane, report: DrainReport) -> None:
        for index, delivery in enumerate(lane.deliveries):
            if self._stopping:  # claimed but not started: due again on the next start
                return
            lane.retrying = False
            await self._deliver(delivery, report, lane)
            if delivery.kind == "digest" and lane.retrying:
                # A digest's pages go out in order: its later pages wait for this one's retry
                # (deliveries.claim_due); the lane's other deliveries are due again at once, as
                # they were claimed (never started: no search for an earlier post of theirs).
                later = lane.deliveries[index + 1 :]
                if later:
                    fresh = [d.id for d in later if d.reconcile_from is None]
                    await self.store.unclaim([d.id for d in later], fresh, self.clock())
                return

    async def _anchor(self, delivery: Delivery, lane: Lane) -> None:
        """Before a delivery's first post: record where reconciliation will look for it, read
        from Discord (its time for the channel's newest message), not from the local clock."""
        if lane.anchor is not None:  # read and stored for the whole lane already
            return
        async with asyncio.timeout(self.send_timeout):
            anchor = await self.sender.anchor(delivery.channel_id)
        if anchor is None:
            return
        fresh = [d.id for d in lane.deliveries if d.reconcile_from is None and not d.is_edit]
        await self.store.set_reconcile_from(fresh, anchor)
        lane.anchor = anchor  # only once stored: no post of the lane goes out without it

    async def _deliver(self, delivery: Delivery, report: DrainReport, lane: Lane) -> None:
        now = self.clock()
        try:
            failpoint("claimed", delivery.kind)
            rendered = await self._render(delivery)
            if rendered is None:
                await self.store.mark_failed(delivery, "nothing to post any more (deleted?)", now)
                report.skipped += 1
                return
            payload, files = rendered
            view, lang = await self._story_of(delivery)
            if delivery.is_edit and delivery.message_id is None:
                # Posted without an id (a webhook that answered no body): nothing to edit.
                await self.store.mark_sent(delivery.id, None, self.clock())
                report.skipped += 1
                return
            if delivery.is_edit:
                assert delivery.message_id is not None
                where = delivery.thread_id if self._in_forum(delivery) else delivery.channel_id
                async with asyncio.timeout(self.send_timeout):
                    await self.sender.edit(where, delivery.message_id, payload)
                thread: dict[str, Any] = {}
                if delivery.target == "thread_per_story" and delivery.thread_id is None:
                    thread = await self._open_thread(delivery, delivery.message_id, view)  # failed before
                else:
                    await self._post_later_coverage(delivery, view, lang)
                await self.store.mark_sent(delivery.id, None, self.clock(), **thread)
                report.edited += 1
                return
            if await self._over_cap(delivery):
                await self._fold(delivery, report)
                return
            if self._in_forum(delivery) and view is not None:
                await self._post_in_forum(delivery, payload, view, lang, report)
                return
            if self.sender.exactly_once and delivery.reconcile_from is None:
                await self._anchor(delivery, lane)
            elif self.sender.exactly_once:
                # Retried or left mid-send by a crash: was it posted after all?
                async with asyncio.timeout(self.send_timeout):
                    found = await self.sender.find(
                        delivery.channel_id, delivery.marker, since=reconcile_since(delivery)
                    )
                if found is not None:
                    thread = await self._open_thread(delivery, found, view)
                    await self.store.mark_sent(
                        delivery.id, found, self.clock(), **thread, refresh=delivery.kind == "story"
                    )
                    report.reconciled += 1
                    return
            channel = delivery.channel_id
            if channel is None and delivery.kind == "digest" and self._forum_webhook:
                # A forum's webhook: the digest's later pages go in the post its first page opened.
                channel = await self.store.digest_first_page(delivery)
            async with asyncio.timeout(self.send_timeout):
                message_id = await self.sender.send(channel, payload, nonce=delivery.nonce, files=files)
            failpoint("sent", delivery.kind)
            thread = await self._open_thread(delivery, message_id, view)
            await self.store.mark_sent(delivery.id, message_id, self.clock(), **thread)
            report.sent += 1
        except SendError as exc:
            if exc.permanent:
                noticed = await self.store.fail_for_good(
                    delivery, exc.reason, self.clock(), channel_problem=exc.channel_problem
                )
                report.failed += 1
                log.warning("delivery %s failed for good: %s", delivery.id, exc.reason)
                if noticed:
                    report.notices += 1
            else:
                delay = timedelta(seconds=exc.retry_after) if exc.retry_after else None
                await self._retry_later(delivery, exc.reason, report, lane, delay)
                log.info("delivery %s will be retried: %s", delivery.id, exc.reason)
            report.errors.append(exc.reason)
        except TimeoutError:
            await self._retry_later(delivery, "Discord did not answer in time", report, lane)
        except Exception as exc:  # never let one delivery stop the drain
            log.exception("delivery %s crashed", delivery.id)
            await self._retry_later(delivery, f"internal error: {type(exc).__name__}", report, lane)

    async def _retry_later(
        self, delivery: Delivery, reason: str, report: DrainReport, lane: Lane, delay: timedelta | None = None
    ) -> None:
        """A failure for now: the delivery is due again after a backoff (or ``delay``)."""
        await self.store.mark_retry(delivery, reason, self.clock(), delay)
        report.retried += 1
        lane.retrying = True

    @property
    def _forum_webhook(self) -> bool:
        """The sender is a forum's webhook: a message without a post opens one."""
        return bool(getattr(self.sender, "forum_posts", False))

    def _in_forum(self, delivery: Delivery) -> bool:
        """A story posted as a forum post of its own: a forum route, or a forum's webhook."""
        return delivery.kind == "story" and (delivery.target == "forum" or self._forum_webhook)

    async def _over_cap(self, delivery: Delivery) -> bool:
        """A new story alert for a destination that had ``rate_cap`` alerts in the last
        ``rate_window``. Only a first attempt folds: a retry may have been posted already."""
        if not self.rate_cap or delivery.kind != "story" or delivery.reconcile_from is not None:
            return False
        if self._in_forum(delivery):
            return False  # each story is a post of its own, and a forum takes no plain message
        since = self.clock() - self.rate_window
        return await self.store.recent_alerts(delivery.guild_id, delivery.channel_id, since) >= self.rate_cap

    async def _fold(self, delivery: Delivery, report: DrainReport) -> None:
        """Past the cap: listed in the destination's "and N more" message, posted once the
        window ends, instead of flooding the channel."""
        assert delivery.story_id is not None
        view = await self.store.story_view(delivery.story_id, delivery.guild_id)
        story = {"key": view.key, "title": view.title, "link": view.link, "event": view.event} if view else {}
        now = self.clock()
        window_s = self.rate_window.total_seconds()
        window_end = datetime.fromtimestamp((now.timestamp() // window_s + 1) * window_s, tz=now.tzinfo)
        await self.store.fold_alert(delivery, story, window_end, self.rate_window, now)
        report.folded += 1

    async def _story_of(self, delivery: Delivery) -> tuple[StoryView | None, str]:
        """The story, for a delivery posted in a forum or a thread (its title names the post,
        its event tags it, its later reports follow in it); None for any other delivery."""
        if delivery.kind != "story" or (
            delivery.target == "channel" and delivery.thread_id is None and not self._in_forum(delivery)
        ):
            return None, "en"
        assert delivery.story_id is not None
        settings = await self.store.server_settings(delivery.guild_id)
        return await self.store.story_view(delivery.story_id, delivery.guild_id), lang_of(
            settings.locale if settings else "en"
        )

    async def _post_in_forum(
        self,
        delivery: Delivery,
        payload: render.MessagePayload,
        view: StoryView,
        lang: str,
        report: DrainReport,
    ) -> None:
        """One forum post per story, titled with the headline and tagged with the event. A
        retry looks for the post first (a forum has no nonce): it is created once."""
        channel = delivery.channel_id or 0  # 0: the forum's webhook
        if delivery.reconcile_from is not None:
            async with asyncio.timeout(self.send_timeout):
                found = await self.sender.find_in_forum(
                    channel, delivery.marker, since=reconcile_since(delivery)
                )
            if found is not None:
                # Refreshed with the story as it is now; the reports its embed lists need no
                # message of their own in the post (as for a post just made).
                await self.store.mark_sent(
                    delivery.id,
                    found[1],
                    self.clock(),
                    thread_id=found[0],
                    thread_posted=_shown(view),
                    refresh=True,
                )
                report.reconciled += 1
                return
        else:  # from now on, a retry looks for the post first (Discord's clock, with a margin)
            await self.store.set_reconcile_from([delivery.id], self.clock() - FORUM_CLOCK_MARGIN)
        tags = [
            EVENT_LABELS[lang].get(view.event, view.event),
            EVENT_LABELS["en"].get(view.event, view.event),
        ]
        async with asyncio.timeout(self.send_timeout):
            thread_id, message_id = await self.sender.post_in_forum(
                channel, payload, name=view.title or view.key, tags=tags
            )
        failpoint("sent", delivery.kind)
        await self.store.mark_sent(
            delivery.id, message_id, self.clock(), thread_id=thread_id, thread_posted=_shown(view)
        )
        report.sent += 1

    async def _open_thread(
        self, delivery: Delivery, message_id: int | None, view: StoryView | None
    ) -> dict[str, Any]:
        """A route with a thread per story: the thread opened from the alert (where later
        coverage goes). Failing to open it never fails the alert, which is posted."""
        if delivery.target != "thread_per_story" or view is None or message_id is None:
            return {}
        assert delivery.channel_id is not None
        try:
            async with asyncio.timeout(self.send_timeout):
                thread_id = await self.sender.open_thread(
                    delivery.channel_id, message_id, view.title or view.key
                )
        except (SendError, TimeoutError) as exc:
            log.warning("delivery %s: no thread for the story: %s", delivery.id, getattr(exc, "reason", exc))
            return {}
        return {"thread_id": thread_id, "thread_posted": _shown(view)}

    async def _post_later_coverage(self, delivery: Delivery, view: StoryView | None, lang: str) -> None:
        """The reports a story's thread (or forum post) has not shown yet, as one message in
        it. They are recorded as shown before the post: at most once (the alert's embed, edited
        just before, lists every report whatever happens to this message)."""
        if delivery.thread_id is None or view is None:
            return
        new = [c for c in view.also_reported if _coverage_key(c) not in delivery.thread_posted][
            :LATER_COVERAGE_LINES
        ]
        if not new:
            return
        await self.store.note_thread_posts(
            delivery.id, [*delivery.thread_posted, *map(_coverage_key, new)], self.clock()
        )
        async with asyncio.timeout(self.send_timeout):
            await self.sender.send(
                delivery.thread_id,
                render.later_coverage(new, lang),
                nonce=f"{delivery.nonce}-r{len(delivery.thread_posted) + len(new)}",
            )

    async def _render(
        self, delivery: Delivery
    ) -> tuple[render.MessagePayload, list[tuple[str, bytes]]] | None:
        settings = await self.store.server_settings(delivery.guild_id)
        lang = lang_of(settings.locale if settings else "en")
        marker = delivery.marker
        commands = delivery.guild_id != HEADLESS_GUILD  # a webhook's readers have no slash commands

        def ping_role(event: str) -> int | None:
            if delivery.ping_role_id:  # the route's own role
                return delivery.ping_role_id
            if settings and settings.ping_role_id and settings.ping_role_event in (None, event):
                return settings.ping_role_id
            return None

        if delivery.kind == "story":
            assert delivery.story_id is not None
            view = await self.store.story_view(delivery.story_id, delivery.guild_id)
            if view is None:
                return None
            alert = render.story_alert(
                view,
                lang=lang,
                marker=marker,
                ping_role=ping_role(view.event),
                commands=commands,
            )
            return alert, []
        if delivery.kind == "keyword":
            assert delivery.keyword_match_id is not None
            kview = await self.store.keyword_view(delivery.keyword_match_id)
            if kview is None:
                return None
            return render.keyword_alert(kview, lang=lang, marker=marker, commands=commands), []
        if delivery.kind == "notice":
            return render.notice(delivery.payload or {}, lang=lang, marker=marker, commands=commands), []
        if delivery.kind == "test":
            sample = render.sample_view(lang, self.clock())
            return (
                render.story_alert(
                    sample, lang=lang, marker=marker, ping_role=ping_role(sample.event), sample=True
                ),
                [],
            )
        if delivery.kind == "digest":
            return render.stored_digest(delivery.payload or {}, marker)
        log.error("no renderer for delivery kind %s", delivery.kind)
        return None

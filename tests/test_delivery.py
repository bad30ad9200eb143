"""The outbox worker against the fake Discord: clocks that disagree, rate-limited channels
that must not hold back other destinations, and a clock that jumped ahead and back.

`make stress` (VIDRADAR_STRESS=1) runs the 429 storm longer: more servers, more channels in
the storm, more rounds of alerts.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from datetime import datetime, timedelta

import pytest

from bot.senders import RECONCILE_LIMIT
from feeds.service.delivery import marker_of
from feeds.storage import deliveries as outbox
from feeds.storage.servers import ensure_server
from feeds.timeutil import to_db, utcnow
from tests.test_bot import add_feed
from tests.test_crash import EVENTS, PRODUCTS
from tests.test_poller import ANNOUNCEMENT, item

# Storage as production runs it, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_backends

STRESS = bool(os.environ.get("VIDRADAR_STRESS"))


def story_items(round_: int, count: int) -> list[dict]:
    """``count`` announcements that are each their own story (one product family, one event)."""
    return [
        item(f"r{round_}-{n}", EVENTS[round_ % len(EVENTS)].format(v=vendor, p=product))
        for n, (vendor, product) in enumerate(PRODUCTS[:count])
    ]


def titles(messages: list[dict]) -> Counter:
    return Counter(message["embeds"][0]["title"] for message in messages if message["embeds"])


async def add_server(env, name: str) -> int:
    """Another server invites the bot and sets its #alerts channel; its channel id."""
    guild = env.fake.add_guild(name)
    await env.fake.join_guild(guild)
    await env.until(lambda: env.bot.get_guild(guild.id), message=name)
    return (await env.set_alert_channel(guild=guild)).id


async def all_due_now(env) -> None:
    await env.execute("UPDATE deliveries SET next_attempt_at = '2000-01-01T00:00:00Z' WHERE state != 'sent'")


# -- exactly-once whatever the bot's clock says ---------------------------------------------


@pytest.mark.parametrize("bot_clock", ["ahead", "behind"])
async def test_a_lost_answer_is_adopted_whatever_the_bots_clock_says(bot_env, bot_clock: str) -> None:
    """The bot's clock is an hour off Discord's. An alert reached Discord but its answer was
    lost; the retry must find it, not post it again. The channel is busy: more people posted
    in the hour before than reconciliation reads. A search window opened on the local clock
    misses the alert both ways: an hour ahead it starts after the alert; an hour behind it
    starts an hour early and runs out of messages before reaching it."""
    fake, worker = bot_env.fake, bot_env.bot.runtime.worker
    fake.clock_offset = -3600.0 if bot_clock == "ahead" else 3600.0
    fake.nonce_window = 0  # as Discord after a few minutes: only reconciliation can save it
    await bot_env.set_alert_channel()
    channel = bot_env.channel_id()
    for n in range(RECONCILE_LIMIT + 1):
        fake.post_as(channel, 5151, f"chatter {n}", age=1800 - n)
    fake.post_as(channel, 5151, "anything new?")
    worker.send_timeout = 0.3
    fake.inject("POST", rf"/channels/{channel}/messages$", delay=1.0)  # posted, answered too late
    await add_feed(bot_env, "f", [ANNOUNCEMENT])
    await bot_env.bot.runtime.poller.run_cycle(force=True)
    await worker.drain()

    def mine() -> list[dict]:
        return [m for m in fake.posts(channel) if m["author"]["id"] == str(fake.bot_id)]

    await bot_env.until(mine, message="the alert to reach Discord")
    assert (await bot_env.sql("SELECT state FROM deliveries")) == [{"state": "pending"}]
    await all_due_now(bot_env)
    report = await worker.drain()
    assert (report.reconciled, report.sent) == (1, 0)
    assert len(mine()) == 1
    rows = await bot_env.sql("SELECT state, message_id FROM deliveries")
    assert rows == [{"state": "sent", "message_id": int(mine()[0]["id"])}]


async def test_coverage_that_came_while_a_lost_alert_waited_is_edited_into_it(bot_env) -> None:
    """An alert reached Discord but its answer was lost; a second outlet reported the story
    before the retry. The retry finds the alert posted (not posted twice) and edits the second
    outlet in: adopted as it was posted, it never showed it."""
    fake, runtime = bot_env.fake, bot_env.bot.runtime
    worker = runtime.worker
    fake.nonce_window = 0
    channel = (await bot_env.set_alert_channel()).id
    worker.send_timeout = 0.3
    fake.inject("POST", rf"/channels/{channel}/messages$", delay=1.0)  # posted, answered too late
    await add_feed(bot_env, "first", [ANNOUNCEMENT])
    await runtime.poller.run_cycle(force=True)
    await worker.drain()
    await bot_env.until(lambda: fake.posts(channel), message="the alert to reach Discord")
    second = item("second", "OpenAI releases the Sora 2 API to developers, company says")
    await add_feed(bot_env, "second", [second])
    await runtime.poller.run_cycle(force=True)
    await all_due_now(bot_env)
    await worker.drain()  # (the bot's own drains may take a turn too: the outcome counts)
    assert await bot_env.sql("SELECT state, edit_pending FROM deliveries") == [
        {"state": "sent", "edit_pending": 0}
    ]
    [message] = fake.posts(channel)  # found, not posted again
    fields = {f["name"]: f["value"] for f in message["embeds"][0]["fields"]}
    assert "news.example/second" in fields["Also reported by"], fields


async def test_a_digests_pages_keep_their_order_when_one_must_be_retried(bot_env) -> None:
    """The first page's answer is lost (it reaches Discord late): the next pages wait for its
    retry instead of going out first, and the first is adopted, not posted twice."""
    fake, worker, store = bot_env.fake, bot_env.bot.runtime.worker, bot_env.store
    channel = (await bot_env.set_alert_channel()).id
    parts = [
        {"message": {"embeds": [{"title": f"digest page {i}", "description": "…"}]}, "png": None}
        for i in range(3)
    ]
    await store.queue_digest(
        bot_env.guild.id, channel, "2026-W01", parts, utcnow(), covered=lambda last: False
    )
    worker.send_timeout = 0.3
    fake.inject("POST", rf"/channels/{channel}/messages$", delay=1.0)  # posted, answered too late
    await worker.drain()
    await bot_env.until(lambda: fake.posts(channel), message="the first page to reach Discord")
    await all_due_now(bot_env)
    await worker.drain()
    assert [m["embeds"][0]["title"] for m in fake.posts(channel)] == [
        "digest page 0",
        "digest page 1",
        "digest page 2",
    ]


async def test_alerts_queued_behind_a_retried_digest_page_keep_the_rate_cap(bot_env) -> None:
    """A digest page's retry gives the lane's other deliveries back: never started, they are
    new posts still (the rate cap folds what passes it), not retries searched for first."""
    fake, runtime, store = bot_env.fake, bot_env.bot.runtime, bot_env.store
    worker = runtime.worker
    worker.rate_cap = 2
    channel = (await bot_env.set_alert_channel()).id
    await bot_env.execute("UPDATE servers SET paused = 1")  # queued in order: the digest, then the news
    parts = [
        {"message": {"embeds": [{"title": f"digest page {i}", "description": "…"}]}, "png": None}
        for i in range(2)
    ]
    await store.queue_digest(
        bot_env.guild.id, channel, "2026-W01", parts, utcnow(), covered=lambda last: False
    )
    await add_feed(bot_env, "news", story_items(2, 5))
    await runtime.poller.run_cycle(force=True)
    await bot_env.execute("UPDATE servers SET paused = 0")
    worker.send_timeout = 0.3
    fake.inject("POST", rf"/channels/{channel}/messages$", delay=1.0)  # page 0 answers late
    await worker.drain()
    stories = [m for m in fake.posts(channel) if "digest" not in m["embeds"][0]["title"]]
    assert len(stories) == 2, len(stories)  # the cap's two; the other three folded into one summary
    assert await bot_env.sql("SELECT count(*) AS n FROM deliveries WHERE kind = 'notice'") == [{"n": 1}]


# -- one destination's rate limit never holds back another ----------------------------------

RETRY_AFTER = 4.0


async def test_a_rate_limited_channel_holds_back_no_other_server(bot_env) -> None:
    """Server A's channel answers 429 with a long retry_after (discord.py sleeps it out inside
    the send); server B's eight alerts are all posted while A still waits, and A's eight are
    posted once each afterwards."""
    fake, runtime = bot_env.fake, bot_env.bot.runtime
    limited = (await bot_env.set_alert_channel()).id
    other = await add_server(bot_env, "Other Server")
    fake.inject("POST", rf"/channels/{limited}/messages$", status=429, retry_after=RETRY_AFTER)
    items = story_items(0, 8)
    await add_feed(bot_env, "news", items)
    await runtime.poller.run_cycle(force=True)  # queues 16 alerts and wakes the outbox
    await bot_env.until(lambda: fake.faults[0].times == 0, message="A's 429")
    limited_since = time.monotonic()
    await bot_env.until(
        lambda: len(fake.posts(other)) == 8, timeout=RETRY_AFTER, message="B's alerts during A's wait"
    )
    assert fake.posts(limited) == [], "A's wait is over already: B's alerts were not sent during it"
    assert time.monotonic() - limited_since < RETRY_AFTER / 2
    await bot_env.until(lambda: len(fake.posts(limited)) == 8, timeout=RETRY_AFTER + 10, message="A's alerts")
    await runtime.worker.drain()
    expected = Counter(i["title"] for i in items)
    assert titles(fake.posts(limited)) == expected and titles(fake.posts(other)) == expected
    assert await bot_env.sql("SELECT DISTINCT state FROM deliveries") == [{"state": "sent"}]


async def test_deliveries_to_one_channel_keep_their_order_one_at_a_time(bot_env) -> None:
    """Destinations run side by side, but within one channel the alerts go out one at a time,
    in the order they were queued."""
    fake, runtime = bot_env.fake, bot_env.bot.runtime
    channel = (await bot_env.set_alert_channel()).id
    other = await add_server(bot_env, "Other Server")
    fake.inject("POST", rf"/channels/{channel}/messages$", status=200, delay=0.2, times=3)
    items = story_items(1, 6)
    await add_feed(bot_env, "news", items)
    await runtime.poller.run_cycle(force=True)
    await bot_env.until(lambda: len(fake.posts(channel)) == len(fake.posts(other)) == 6, message="all")
    await runtime.worker.drain()
    queued = await bot_env.sql("SELECT id FROM deliveries WHERE channel_id = ? ORDER BY id", channel)
    posted = [int(marker_of([m["embeds"][0]["footer"]["text"]])[1:]) for m in fake.posts(channel)]
    assert posted == [row["id"] for row in queued]


STORM = (
    {"calm": 6, "stormy": 4, "rounds": 3, "stories": 8, "times": 4, "retry_after": 2.5}
    if STRESS
    else {"calm": 2, "stormy": 2, "rounds": 2, "stories": 4, "times": 2, "retry_after": 2.0}
)


async def test_a_429_storm_on_some_channels_holds_back_no_other_channel(bot_env) -> None:
    """Round after round of alerts while several channels answer 429 after 429 (each waited
    out inside discord.py): every calm channel gets each round's alerts well before a stormy
    channel's wait is over, even while stormy channels are still waiting out an earlier round;
    at the end every channel has every alert exactly once."""
    fake, runtime = bot_env.fake, bot_env.bot.runtime
    stormy = [(await bot_env.set_alert_channel()).id]
    stormy += [await add_server(bot_env, f"Stormy {n}") for n in range(1, STORM["stormy"])]
    calm = [await add_server(bot_env, f"Calm {n}") for n in range(STORM["calm"])]
    wait = STORM["times"] * STORM["retry_after"]  # each stormy channel's wait, per round
    expected: Counter = Counter()
    for round_ in range(STORM["rounds"]):
        for channel in stormy:
            fake.inject(
                "POST",
                rf"/channels/{channel}/messages$",
                status=429,
                times=STORM["times"],
                retry_after=STORM["retry_after"],
            )
        items = story_items(round_, STORM["stories"])
        expected.update(i["title"] for i in items)
        await add_feed(bot_env, f"round-{round_}", items)
        started = time.monotonic()
        await runtime.poller.run_cycle(force=True)
        await bot_env.until(
            lambda: all(titles(fake.posts(c)) == expected for c in calm),
            timeout=wait,
            message=f"round {round_} in the calm channels",
        )
        assert time.monotonic() - started < wait / 2, f"round {round_} waited for the storm"
    await bot_env.until(
        lambda: all(titles(fake.posts(c)) == expected for c in stormy),
        timeout=wait * STORM["rounds"] + 20,
        message="the stormy channels' alerts",
    )
    await runtime.worker.drain()
    for channel in stormy + calm:
        assert titles(fake.posts(channel)) == expected, channel
    assert all(f.times == 0 for f in fake.faults)  # every 429 was served
    assert await bot_env.sql("SELECT DISTINCT state FROM deliveries") == [{"state": "sent"}]


# -- a clock that jumped a year ahead, then back ---------------------------------------------


async def test_a_clock_a_year_ahead_then_corrected_leaves_no_delivery_stuck(bot_env, caplog) -> None:
    """For one cycle the clock is a year ahead: one alert is claimed (leased a year ahead) and
    posted but its answer is lost, another is queued (due a year ahead). Once the clock is
    right again both go out at once, each exactly once, and the jump is logged once."""
    fake, worker = bot_env.fake, bot_env.bot.runtime.worker
    fake.nonce_window = 0
    await bot_env.set_alert_channel()
    channel = bot_env.channel_id()
    guild = bot_env.guild.id

    def ahead() -> datetime:
        return utcnow() + timedelta(days=365)

    def queue(key: str):
        return lambda db: outbox.enqueue(
            db, guild_id=guild, channel_id=channel, kind="test", dedup_key=key, now=ahead()
        )

    worker.clock, worker.send_timeout = ahead, 0.3
    fake.inject("POST", rf"/channels/{channel}/messages$", delay=1.0)
    await bot_env.store.write(queue("test:claimed-ahead"))
    assert (await worker.drain()).retried == 1
    await bot_env.store.write(queue("test:queued-ahead"))
    await bot_env.until(lambda: fake.posts(channel), message="the first alert to reach Discord")
    worker.clock, worker.send_timeout = utcnow, 30.0  # the clock is corrected
    caplog.set_level(logging.WARNING)
    report = await worker.drain()
    assert (report.reconciled, report.sent) == (1, 1)
    assert len(fake.posts(channel)) == 2
    assert await bot_env.sql("SELECT DISTINCT state FROM deliveries") == [{"state": "sent"}]
    jumps = [r for r in caplog.records if "clock" in r.getMessage() and r.levelno == logging.WARNING]
    assert len(jumps) == 1, [r.getMessage() for r in jumps]
    await worker.drain()
    assert len([r for r in caplog.records if "clock" in r.getMessage()]) == 1  # once per detection


def test_claims_skip_busy_destinations_and_never_schedule_past_the_horizon(db) -> None:
    """The outbox side of the above, on the database alone: a claim takes whole lanes (the
    oldest rows of the first destinations, none of a busy one); a Retry-After of a day is
    capped at the longest backoff, so only a clock that jumped leaves rows further ahead, and
    those are due again at once (logged)."""
    now = utcnow()
    ensure_server(db, 1, now)
    for n, channel in enumerate([10, 20, 10, 30, 20, 10]):
        outbox.enqueue(db, guild_id=1, channel_id=channel, kind="test", dedup_key=f"k{n}", now=now)
    age = timedelta(days=2)
    claimed = outbox.claim_due(db, now, max_age=age, busy={20}, lanes=1, per_lane=2)
    assert [(d.id, d.channel_id) for d in claimed] == [(1, 10), (3, 10)]
    claimed = outbox.claim_due(db, now, max_age=age, busy={10})
    assert [d.channel_id for d in claimed] == [20, 30, 20]
    outbox.mark_retry(db, claimed[0], "rate limited", now, timedelta(days=1))
    due = db.execute("SELECT next_attempt_at FROM deliveries WHERE id = ?", [claimed[0].id]).fetchone()[0]
    assert due == to_db(now + outbox.MAX_BACKOFF)
    assert outbox.due_after_clock_jump(db, now) == 0
    ahead = now + timedelta(days=365)
    outbox.enqueue(db, guild_id=1, channel_id=40, kind="test", dedup_key="ahead", now=ahead)
    assert [d.channel_id for d in outbox.claim_due(db, ahead, max_age=age, busy={10, 20, 30})] == [40]
    assert outbox.due_after_clock_jump(db, now) == 1  # leased a year ahead: due now
    assert [d.channel_id for d in outbox.claim_due(db, now, max_age=age, busy={10, 20, 30})] == [40]


async def test_a_channel_that_hides_its_history_is_named_as_such(bot_env) -> None:
    """Before the first post the worker reads the channel's newest message (its anchor): a bot
    without Read Message History is told so, not "missing permission to post"."""
    fake = bot_env.fake
    await bot_env.set_alert_channel()
    channel = bot_env.channel_id()
    fake.inject("GET", rf"/channels/{channel}/messages", status=403, times=100)
    await add_feed(bot_env, "f", [ANNOUNCEMENT])
    await bot_env.poll_and_deliver()
    rows = await bot_env.sql("SELECT state, last_error FROM deliveries")
    assert rows[0]["state"] == "failed" and "Read Message History" in rows[0]["last_error"]
    assert fake.posts(channel) == []

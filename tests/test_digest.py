"""Digest content (pure + storage), rendering within Discord limits, the chart, and the
/digest commands end to end with the fake Discord."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from bot.digests import schedule_of
from bot.render import EMBED_TOTAL_LIMIT, digest_messages, embed_size
from feeds.chart import render_chart
from feeds.digest import Digest, DigestStory, build_digest, digest_text
from feeds.poller import Poller
from feeds.storage import feeds as feed_store
from feeds.storage.servers import digest_targets
from feeds.store import Store
from feeds.timeutil import utcnow
from tests.feedserver import http_date, rss
from tests.helpers import spec

START = datetime(2026, 11, 17, tzinfo=UTC)
END = datetime(2026, 11, 24, tzinfo=UTC)


def story(
    key: str, event: str, vendor: str, *, official=False, outlets=1, score=0.8, title=None
) -> DigestStory:
    return DigestStory(
        key=key,
        event=event,
        vendors=[vendor],
        products=[],
        title=title or f"{vendor} {event} {key}",
        link=f"https://news.example/{key}",
        feed="Feed",
        official=official,
        outlets=outlets,
        score=score,
        published=START + timedelta(days=1),
    )


def test_groups_by_vendor_then_event_most_important_first() -> None:
    digest = Digest(
        1,
        START,
        END,
        stories=[
            story("a", "pricing", "openai"),
            story("b", "launch", "openai", outlets=3),
            story("c", "launch", "openai", official=True),
            story("d", "availability", "google"),
            story("e", "launch", "openai", score=0.95),
            story("f", "delay", "google"),
        ],
    )
    groups = digest.groups()
    assert [vendor for vendor, _ in groups] == ["openai", "google"]
    openai_events = [(event, [s.key for s in stories]) for event, stories in groups[0][1]]
    # launch > pricing; within launches: official first, then more outlets, then score
    assert openai_events == [("launch", ["c", "b", "e"]), ("pricing", ["a"])]
    assert [event for event, _ in groups[1][1]] == ["delay", "availability"]
    assert digest.counts == {"launch": 3, "delay": 1, "availability": 1, "pricing": 1}


def test_quiet_period() -> None:
    digest = Digest(1, START, END)
    assert digest.quiet and digest_text(digest).startswith("Quiet period")
    [message] = digest_messages(digest, "en", with_chart=False)
    assert "Quiet period" in message.embeds[0]["description"]
    assert render_chart(digest).startswith(b"\x89PNG")


def test_big_digests_split_without_cutting_a_story() -> None:
    rng = random.Random(5)
    vendors = ["openai", "google", "runway", "pika", "luma", "kuaishou", "minimax", "bytedance"]
    events = ["launch", "availability", "waitlist", "pricing", "delay", "shutdown"]
    stories = [
        story(f"s{i}", rng.choice(events), rng.choice(vendors), title=f"Story {i} " + "word " * 40)
        for i in range(400)
    ]
    digest = Digest(1, START, END, stories=stories)
    messages = digest_messages(digest, "fr", with_chart=True)
    assert len(messages) > 1
    text = ""
    for message in messages:
        assert len(message.embeds) <= 10
        assert sum(embed_size(e) for e in message.embeds) <= EMBED_TOTAL_LIMIT
        for embed in message.embeds:
            assert len(embed.get("description") or "") <= 4096
            text += (embed.get("description") or "") + "\n"
    for s in stories:  # every story is there, whole
        assert f"`{s.key}`" in text
    assert messages[0].embeds[0]["image"]["url"] == "attachment://digest.png"
    assert "Résumé" in messages[0].embeds[0]["title"]


def test_chart_is_a_png() -> None:
    digest = Digest(1, START, END, stories=[story("a", "launch", "openai"), story("b", "delay", "google")])
    png = render_chart(digest)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 2000


async def test_build_digest_respects_the_servers_rules(tmp_path, feed_server, server_settings) -> None:
    now = utcnow()

    def recent(guid: str, title: str, hours: float) -> dict:
        return {
            "guid": guid,
            "title": title,
            "link": f"https://news.example/{guid}",
            "pubDate": http_date(now - timedelta(hours=hours)),
        }

    items = [
        recent("veo", "Google releases Veo 4 in the Gemini API", 5),
        recent("pika", "Pika launches Pika 3.0, its new AI video model", 6),
        recent("sora", "OpenAI delays the Sora API in Europe", 7),
        recent("old", "Runway launches Gen-5 for all paid plans", 24 * 10),
        recent("switch", "Nintendo Switch 2 sales top 20 million", 3),
    ]
    store = await Store.open(server_settings.db)
    try:
        url = feed_server.set_feed("f", rss(items))

        def setup(db):
            feed_store.add_feed(db, spec(url, name="Feed"), now)
            db.execute("INSERT INTO servers (guild_id, created_at, updated_at) VALUES (5, 'x', 'x')")
            db.execute("INSERT INTO server_mutes VALUES (5, 'pika', 'vendor', 'x')")
            db.execute("INSERT INTO server_watch_terms VALUES (5, 'Europe', 'europe', 'exclude', 'x')")
            db.execute("INSERT INTO server_watch_terms VALUES (5, 'Switch 2', 'switch 2', 'include', 'x')")

        await store.write(setup)
        await Poller(server_settings, store, rng=random.Random(1)).run_cycle(force=True)
        digest = await store.read(build_digest, 5, now - timedelta(days=7), now)
    finally:
        await store.close()
    assert [s.title for s in digest.stories] == [
        "Google releases Veo 4 in the Gemini API"
    ]  # muted, excluded, too old
    assert [k.term for k in digest.keyword_matches] == ["Switch 2"]
    text = digest_text(digest)
    assert "== google ==" in text and "== keyword matches ==" in text


# -- end to end -------------------------------------------------------------------------------


async def configure_digest(env, time_text: str | None = None, tz: str = "UTC"):
    """A daily digest whose last run was an hour ago (so recent items fall in its period)."""
    time_text = time_text or (utcnow() - timedelta(hours=1)).strftime("%H:%M")
    fake, guild = env.fake, env.guild
    general = fake.channel(guild, "general")
    record = await fake.invoke(
        guild,
        "digest channel",
        {"channel": ("channel", general.id)},
        resolved=fake.resolved_channel(guild, general),
    )
    assert "Digests will be posted" in record.text()
    record = await fake.invoke(
        guild, "digest schedule", {"frequency": "daily", "time": time_text, "timezone": tz}
    )
    assert "Digest scheduled: daily" in record.text(), record.text()
    return general


async def fill_recent(env) -> None:
    now = utcnow()
    items = [
        {
            "guid": g,
            "title": t,
            "link": f"https://news.example/{g}",
            "pubDate": http_date(now - timedelta(hours=h)),
        }
        for g, t, h in [
            ("veo", "Google releases Veo 4 in the Gemini API", 3),
            ("sora", "OpenAI delays the Sora API in Europe", 4),
        ]
    ]
    url = env.feeds.set_feed("recent", rss(items))
    await env.store.write(lambda db: feed_store.add_feed(db, spec(url, name="Recent Feed"), now))
    await env.bot.runtime.poller.run_cycle(force=True)


async def test_digest_commands_schedule_a_job_and_post_once_with_the_chart(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    general = await configure_digest(bot_env)
    digests = bot_env.bot.runtime.digests
    job = bot_env.bot.runtime.scheduler.get_job(f"digest:{guild.id}")
    target = (await bot_env.store.read(digest_targets, headless=False))[0]
    from feeds.digest import next_fire

    assert job is not None and job.next_run_time == next_fire(schedule_of(target), utcnow())
    await fill_recent(bot_env)
    await digests.job(guild.id)
    posts = await bot_env.until(lambda: fake.posts(general.id), message="the digest")
    await digests.job(guild.id)  # the same period again: nothing new
    await bot_env.bot.runtime.worker.drain()
    assert len(fake.posts(general.id)) == 1
    message = posts[0]
    assert message["attachments"][0]["filename"] == "digest.png"
    assert message["_files"][0]["data"].startswith(b"\x89PNG")
    text = "\n".join((e.get("description") or "") + (e.get("title") or "") for e in message["embeds"])
    assert "Veo 4" in text and "Sora API" in text and "AI-video digest" in text
    assert message["embeds"][-1]["footer"]["text"].endswith(
        f"#{(await bot_env.sql('SELECT id FROM deliveries'))[0]['id']}"
    )
    # Preview: the current period so far (since the last digest), ephemeral, with the chart.
    fresh = {
        "guid": "fresh",
        "title": "Pika launches Pika 3.0, its new AI video model",
        "link": "https://news.example/fresh",
        "pubDate": http_date(utcnow() - timedelta(minutes=10)),
    }
    bot_env.feeds.set_feed("recent", rss([fresh]))
    await bot_env.bot.runtime.poller.run_cycle(force=True)
    preview = await fake.invoke(guild, "digest preview")
    assert preview.ephemeral  # deferred ephemerally; the digest follows
    assert "Pika 3.0" in preview.text() and "Veo 4" not in preview.text()
    assert preview.followups[0]["attachments"][0]["filename"] == "digest.png"
    off = await fake.invoke(guild, "digest off")
    assert "off" in off.text() and bot_env.bot.runtime.scheduler.get_job(f"digest:{guild.id}") is None


async def test_digest_schedule_mistakes_are_explained(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    for options, needle in [
        ({"frequency": "daily", "time": "25:00", "timezone": "UTC"}, "HH:MM"),
        ({"frequency": "daily", "time": "09:00", "timezone": "Mars/Base"}, "unknown time zone"),
        ({"frequency": "weekly", "time": "09:00", "timezone": "UTC"}, "needs a weekday"),
    ]:
        record = await fake.invoke(guild, "digest schedule", options)
        assert record.ephemeral and needle in record.text(), record.text()
    zones = await fake.invoke(
        guild,
        "digest schedule",
        {"frequency": "daily", "time": "09:00", "timezone": "paris"},
        focused="timezone",
    )
    assert zones.first["data"]["choices"][0]["value"] == "Europe/Paris"
    member = await fake.invoke(guild, "digest off", admin=False)
    assert "Manage Server" in member.text()


async def test_restart_sends_a_missed_digest_once_and_loses_no_alert(
    tmp_path, feed_server, fake_discord
) -> None:
    from tests.botenv import BotEnv, start_bot, stop_bot
    from tests.conftest import make_settings
    from tests.test_poller import ANNOUNCEMENT

    guild = fake_discord.add_guild()
    settings = make_settings(
        tmp_path / "restart.db",
        discord_token=fake_discord.token,
        discord_api_base=fake_discord.api_base,
        url_allowlist=[feed_server.host_port],
    )
    # A daily digest due an hour ago, in UTC.
    due = (utcnow() - timedelta(hours=1)).strftime("%H:%M")

    async def run_once(action):
        store = await Store.open(settings.db)
        bot, task = await start_bot(settings, store, fake_discord)
        env = BotEnv(fake_discord, feed_server, bot, store, settings, guild)
        try:
            await action(env)
        finally:
            await stop_bot(bot, task)
            await store.close()

    async def first(env):
        await env.set_alert_channel()
        await configure_digest(env, due, "UTC")
        await fill_recent(env)
        feed_server.set_feed("late", rss([ANNOUNCEMENT]))
        await env.store.write(
            lambda db: feed_store.add_feed(db, spec(feed_server.url("/feed/late")), utcnow())
        )
        env.bot.runtime.worker.drain = lambda *a, **k: _noop()  # stop before anything is delivered
        await env.bot.runtime.poller.run_cycle(force=True)

    async def second(env):
        general = fake_discord.channel(guild, "general").id
        await env.until(lambda: fake_discord.posts(general), message="the missed digest")
        await env.until(lambda: len(fake_discord.posts(env.channel_id())) >= 3, message="the alerts")

    async def third(env):
        await env.bot.runtime.worker.drain()

    await run_once(first)
    assert fake_discord.posts(fake_discord.channel(guild, "general").id) == []
    await run_once(second)
    await run_once(third)
    digests = fake_discord.posts(fake_discord.channel(guild, "general").id)
    alerts = fake_discord.posts(fake_discord.channel(guild, "alerts").id)
    assert len(digests) == 1
    titles = [m["embeds"][0]["title"] for m in alerts]
    assert len(titles) == len(set(titles)) == 3  # Veo, Sora delay, the late announcement: each once


async def _noop():
    return None

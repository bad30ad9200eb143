"""`vidradar run` (bot and headless modes) and `vidradar sync-commands`."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from pathlib import Path

import aiohttp
import pytest

from bot.run_modes import run_bot, run_headless
from bot.senders import WebhookSender
from feeds.service.render import MARKER_SENTINEL, MessagePayload
from tests.conftest import make_settings
from tests.feedserver import rss
from tests.helpers import database_rows, wait_for
from tests.test_cli import arun, run
from tests.test_poller import ANNOUNCEMENT, DISTRACTOR, item


def delivery_states(db: Path | str) -> list[tuple[str, str]]:
    """(kind, state) of every outbox row (SQLite file or PostgreSQL URL)."""
    return database_rows(db, "SELECT kind, state FROM deliveries ORDER BY id")


async def until_posted(fake_discord, task: asyncio.Task, count: int, hook: str = "9001/hook-token") -> None:
    def posted() -> bool:
        assert not task.done(), task.exception()
        return len(fake_discord.webhook_messages.get(hook, [])) >= count

    await wait_for(posted, 20, f"{count} webhook messages", every=0.05)


def feed_list(tmp_path, *urls: str):
    path = tmp_path / "feeds.toml"
    path.write_text("".join(f'[[feeds]]\nurl = "{u}"\nname = "Loopback {i}"\n' for i, u in enumerate(urls)))
    return path


async def test_headless_mode_posts_to_the_webhook_with_env_rules(
    tmp_path, feed_server, fake_discord, caplog
) -> None:
    caplog.set_level(logging.INFO, logger="bot.run_modes")
    switch = item("switch", "Nintendo Switch 2 sales top 20 million")
    muted = item("pika", "Pika launches Pika 3.0, its new AI video model")
    url = feed_server.set_feed("news", rss([ANNOUNCEMENT, DISTRACTOR, switch, muted]))
    settings = make_settings(
        tmp_path / "headless.db",
        feeds=feed_list(tmp_path, url),
        url_allowlist=[feed_server.host_port],
        webhook_url=fake_discord.webhook_url(),
        watch_include=["Switch 2"],
        mute=["pika"],
    )
    stop = asyncio.Event()
    task = asyncio.create_task(run_headless(settings, stop))
    hook = "9001/hook-token"
    await until_posted(fake_discord, task, 2)
    stop.set()
    assert await asyncio.wait_for(task, 20) == 0
    assert sorted(delivery_states(settings.db)) == [("keyword", "sent"), ("story", "sent")]  # nothing else
    posted = fake_discord.webhook_messages[hook]
    titles = sorted(m["embeds"][0]["title"] for m in posted)
    assert titles == sorted(
        [ANNOUNCEMENT["title"], switch["title"]]
    )  # muted vendor silenced, keyword alerted
    keyword = next(m for m in posted if m["embeds"][0]["title"] == switch["title"])
    assert "Keyword match" in keyword["embeds"][0]["author"]["name"]
    assert all(m["allowed_mentions"] == {"parse": []} for m in posted)
    # Which source of truth applies is said at start (the CLI refuses to edit guild 0).
    assert "its rules are the environment's" in caplog.text


async def test_headless_posts_are_signed_and_written_as_the_environment_says(
    tmp_path, feed_server, fake_discord
) -> None:
    """VIDRADAR_WEBHOOK_USERNAME / _AVATAR_URL sign every post; VIDRADAR_LANGUAGE=fr writes
    its text in French."""
    url = feed_server.set_feed("news", rss([ANNOUNCEMENT]))
    settings = make_settings(
        tmp_path / "headless.db",
        feeds=feed_list(tmp_path, url),
        url_allowlist=[feed_server.host_port],
        webhook_url=fake_discord.webhook_url(),
        webhook_username="AI video radar",
        webhook_avatar_url="https://cdn.example/radar.png",
        language="fr",
    )
    stop = asyncio.Event()
    task = asyncio.create_task(run_headless(settings, stop))
    await until_posted(fake_discord, task, 1)
    stop.set()
    assert await asyncio.wait_for(task, 20) == 0
    [posted] = fake_discord.webhook_messages["9001/hook-token"]
    assert posted["author"]["username"] == "AI video radar"
    assert posted["_avatar_url"] == "https://cdn.example/radar.png"
    footer = posted["embeds"][0]["footer"]["text"].split(MARKER_SENTINEL)[0]
    assert footer.startswith("sujet ") and "/" not in footer  # a webhook's readers have no commands


async def test_headless_min_score_and_exclude_from_env_and_a_429_then_500_post_once(
    tmp_path, feed_server, fake_discord
) -> None:
    """VIDRADAR_MIN_SCORE drops the 0.8 announcement, VIDRADAR_WATCH_EXCLUDE silences the one
    about Europe; the one alert left meets a 429 (Retry-After) then a 500 and is posted once."""
    kept = item("luma", "Luma launches Ray3, its new AI video model")  # score 0.9
    excluded = item("hailuo", "Hailuo video model now available in Europe")  # score 0.9
    url = feed_server.set_feed("news", rss([ANNOUNCEMENT, kept, excluded]))  # ANNOUNCEMENT: 0.8
    settings = make_settings(
        tmp_path / "headless.db",
        feeds=feed_list(tmp_path, url),
        url_allowlist=[feed_server.host_port],
        webhook_url=fake_discord.webhook_url() + "?thread_id=31337",
        min_score=0.85,
        watch_exclude=["europe"],
    )
    fake_discord.inject("POST", r"/webhooks/9001/hook-token$", status=429, retry_after=0.2)
    fake_discord.inject("POST", r"/webhooks/9001/hook-token$", status=500)
    stop = asyncio.Event()
    task = asyncio.create_task(run_headless(settings, stop))
    await until_posted(fake_discord, task, 1)
    stop.set()
    assert await asyncio.wait_for(task, 20) == 0
    assert [f.times for f in fake_discord.faults] == [0, 0]  # both faults were served
    posted = fake_discord.webhook_messages["9001/hook-token"]
    assert [m["embeds"][0]["title"] for m in posted] == [kept["title"]]
    assert posted[0]["_thread_id"] == "31337"
    assert delivery_states(settings.db) == [("story", "sent")]


async def test_a_webhook_url_with_a_query_posts_and_edits_in_its_thread(fake_discord) -> None:
    """``?thread_id=`` must survive building ``?wait=true`` and ``/messages/{id}``."""
    async with aiohttp.ClientSession() as session:
        sender = WebhookSender(fake_discord.webhook_url() + "/?thread_id=777", session)
        first = MessagePayload(embeds=[{"title": "first", "footer": {"text": "#1"}}])
        message_id = await sender.send(None, first, nonce="vidradar-1")
        assert message_id is not None  # ?wait=true reached Discord: it answered with the message
        await sender.edit(None, message_id, MessagePayload(embeds=[{"title": "edited"}]))
    stored = fake_discord.webhook_messages["9001/hook-token"]
    assert [(m["id"], m["_thread_id"], m["embeds"][0]["title"]) for m in stored] == [
        (str(message_id), "777", "edited")
    ]


async def test_run_bot_starts_syncs_the_feed_list_and_stops_cleanly(
    tmp_path, feed_server, fake_discord, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    guild = fake_discord.add_guild("Run Server")
    url = feed_server.set_feed("news", rss([ANNOUNCEMENT]))
    settings = make_settings(
        tmp_path / "run.db",
        feeds=feed_list(tmp_path, url),
        url_allowlist=[feed_server.host_port],
        discord_token=fake_discord.token,
        discord_api_base=fake_discord.api_base,
        webhook_url=fake_discord.webhook_url(),  # set too: the bot runs, and says so
    )
    from bot.run_modes import run

    stop = asyncio.Event()
    task = asyncio.create_task(run(settings, stop))
    await asyncio.wait_for(fake_discord.ready.wait(), 15)
    await wait_for(lambda: any(r.getMessage().startswith("ready as") for r in caplog.records), 15, "ready")
    record = await fake_discord.invoke(guild, "vidradar status")
    assert "vidradar status" in record.text()
    stop.set()
    assert await asyncio.wait_for(task, 20) == 0
    assert fake_discord.commands == {}  # no global sync on start
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert fake_discord.token not in logged
    assert "shutting down" in logged
    assert "both DISCORD_TOKEN and VIDRADAR_WEBHOOK_URL are set: running the Discord bot" in logged


def test_run_without_a_token_is_one_clear_line(tmp_path) -> None:
    result = run("run", "--db", str(tmp_path / "x.db"), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "vidradar: error: DISCORD_TOKEN is not set (set it to run the bot, or set VIDRADAR_WEBHOOK_URL to run headless)"
    )


async def test_a_refused_token_is_one_line_and_never_printed(tmp_path, fake_discord) -> None:
    code, out, err = await arun(
        "run",
        cwd=tmp_path,
        DISCORD_TOKEN="wrong-token-123",
        DISCORD_API_BASE=fake_discord.api_base,
        VIDRADAR_DB=str(tmp_path / "r.db"),
        VIDRADAR_FEEDS=str(feed_list(tmp_path)),
    )
    assert code == 1, err
    assert "DISCORD_TOKEN was refused" in err and "Traceback" not in err
    assert "wrong-token-123" not in out + err


async def test_sync_commands_registers_globally_or_to_one_server(tmp_path, fake_discord) -> None:
    env = {
        "DISCORD_TOKEN": fake_discord.token,
        "DISCORD_API_BASE": fake_discord.api_base,
        "VIDRADAR_DB": str(tmp_path / "s.db"),
    }
    code, out, err = await arun("sync-commands", cwd=tmp_path, **env)
    assert code == 0, err
    assert "synced 6 commands globally" in out
    names = {c["name"] for c in fake_discord.commands[None]}
    assert names == {"feeds", "alerts", "vidradar", "news", "watch", "digest"}
    code, out, err = await arun("sync-commands", "--guild", "123", cwd=tmp_path, **env)
    assert code == 0 and "to server 123" in out and 123 in fake_discord.commands


async def _run_until_ready(settings, fake_discord, caplog) -> None:  # type: ignore[no-untyped-def]
    """Start the bot, wait until it is ready, stop it; its log stays in ``caplog``."""
    stop = asyncio.Event()
    task = asyncio.create_task(run_bot(settings, stop))
    await wait_for(lambda: any(r.getMessage().startswith("ready as") for r in caplog.records), 20, "ready")
    stop.set()
    assert await asyncio.wait_for(task, 20) == 0


async def test_run_says_once_when_no_slash_commands_are_registered_and_nothing_about_voice(
    tmp_path, feed_server, fake_discord, caplog, monkeypatch
) -> None:
    from discord.voice_client import VoiceClient

    from bot.app import NO_COMMANDS
    from bot.run_modes import _sync

    # As on a host without the voice libraries (discord.py warns once per process).
    monkeypatch.setattr(VoiceClient, "warn_nacl", True)
    monkeypatch.setattr(VoiceClient, "warn_dave", True)
    caplog.set_level(logging.INFO)
    fake_discord.add_guild("Fresh Server")
    settings = make_settings(
        tmp_path / "fresh.db",
        feeds=feed_list(tmp_path),
        discord_token=fake_discord.token,
        discord_api_base=fake_discord.api_base,
    )
    await _run_until_ready(settings, fake_discord, caplog)
    messages = [r.getMessage() for r in caplog.records]
    assert messages.count(NO_COMMANDS) == 1
    assert "vidradar sync-commands" in NO_COMMANDS
    assert not [m for m in messages if "voice" in m.lower() or "PyNaCl" in m or "davey" in m]
    assert [r for r in caplog.records if r.levelno >= logging.WARNING and r.name.startswith("discord")] == []
    # Once the commands are registered, globally or to the development server: not a word.
    assert await _sync(settings, None) == 0
    caplog.clear()
    await _run_until_ready(settings, fake_discord, caplog)
    assert NO_COMMANDS not in [r.getMessage() for r in caplog.records]
    fake_discord.commands.clear()
    guild = fake_discord.add_guild("Dev Server")
    dev = settings.model_copy(update={"dev_guild": guild.id})
    caplog.clear()
    await _run_until_ready(dev, fake_discord, caplog)
    assert NO_COMMANDS not in [r.getMessage() for r in caplog.records]


def test_sync_commands_with_discord_unreachable_is_one_clear_line(tmp_path) -> None:
    import socket

    with socket.socket() as probe:  # a loopback port nobody listens on once it is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}/api/v10"
    result = run(
        "sync-commands",
        "--db",
        str(tmp_path / "x.db"),
        cwd=tmp_path,
        DISCORD_TOKEN="some-token",
        DISCORD_API_BASE=base,
    )
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"vidradar: error: cannot reach Discord at {base}: "), line
    assert "internal error" not in line and "some-token" not in result.stderr


@pytest.mark.parametrize("answer", ["empty", "no-id"])
async def test_a_webhook_answer_without_a_message_id_posts_once_and_never_retries_the_edit(
    tmp_path, feed_server, fake_discord, caplog, answer: str
) -> None:
    """Headless mode's parts as run_headless wires them, driven cycle by cycle."""
    from feeds.service.runtime import Runtime
    from feeds.storage.db import write_transaction
    from feeds.storage.servers import sync_headless_destination
    from feeds.storage.store import Store
    from feeds.timeutil import utcnow
    from tests.test_poller import add

    fake_discord.webhook_answer = answer
    settings = make_settings(
        tmp_path / "headless.db",
        url_allowlist=[feed_server.host_port],
        webhook_url=fake_discord.webhook_url(),
    )
    store = await Store.open(settings.db)
    try:

        def configure(db):
            with write_transaction(db):
                sync_headless_destination(
                    db, min_score=settings.min_score, include=[], exclude=[], mutes=[], now=utcnow()
                )

        await store.write(configure)
        first = await add(store, feed_server.set_feed("one", rss([ANNOUNCEMENT])))
        async with aiohttp.ClientSession() as session:
            runtime = Runtime(
                settings,
                store,
                sender=WebhookSender(settings.webhook_url.get_secret_value(), session),
                headless=True,
            )
            await runtime.poller.run_cycle(feed_ids=[first])
            assert (await runtime.worker.drain()).sent == 1
            # Another outlet reports the same news: the alert would be edited, but its id is unknown.
            other = dict(ANNOUNCEMENT, guid="other", link="https://other.example/a")
            second = await add(store, feed_server.set_feed("two", rss([other])))
            report = await runtime.poller.run_cycle(feed_ids=[second])
            assert len(report.announcements) == 1
            again = await runtime.worker.drain()
            assert again.sent == 0 and again.failed == 0 and again.retried == 0
    finally:
        await store.close()
    assert len(fake_discord.webhook_messages["9001/hook-token"]) == 1  # posted once, never again
    assert delivery_states(settings.db) == [("story", "sent")]
    with sqlite3.connect(settings.db) as conn:
        assert conn.execute("SELECT count(*) FROM deliveries WHERE edit_pending > 0").fetchone()[0] == 0
    warnings = [r for r in caplog.records if "without a message id" in r.getMessage()]
    assert len(warnings) == 1


async def test_a_forum_webhook_opens_one_forum_post_per_story(tmp_path, feed_server, fake_discord) -> None:
    """VIDRADAR_WEBHOOK_FORUM: the webhook is a forum's, each story opens a post titled with
    its headline (Discord requires ``thread_name`` there: a plain post is refused)."""
    from tests.fake_discord import FORUM

    guild = fake_discord.add_guild("Forum server")
    forum = fake_discord.add_channel(guild, "video-news", type=FORUM)
    url = feed_server.set_feed("news", rss([ANNOUNCEMENT, DISTRACTOR]))
    settings = make_settings(
        tmp_path / "headless.db",
        feeds=feed_list(tmp_path, url),
        url_allowlist=[feed_server.host_port],
        webhook_url=fake_discord.webhook_url(channel=forum),
        webhook_forum=True,
    )
    stop = asyncio.Event()
    task = asyncio.create_task(run_headless(settings, stop))

    def posted() -> bool:
        assert not task.done(), task.exception()
        return bool(fake_discord.threads(forum.id))

    await wait_for(posted, 20, "the forum post", every=0.05)
    stop.set()
    assert await asyncio.wait_for(task, 20) == 0
    [post] = fake_discord.threads(forum.id)
    assert post["name"] == ANNOUNCEMENT["title"]
    assert post["messages"][0]["embeds"][0]["title"] == ANNOUNCEMENT["title"]
    assert delivery_states(tmp_path / "headless.db") == [("story", "sent")]
    with sqlite3.connect(tmp_path / "headless.db") as conn:
        assert conn.execute("SELECT thread_id FROM deliveries").fetchone() == (int(post["id"]),)


async def test_a_forum_webhooks_digest_is_one_forum_post_with_every_page(tmp_path, fake_discord) -> None:
    """On a forum's webhook each message without a thread opens a post: a digest's later
    pages go in the post its first page opened, not one post per page."""
    from feeds.service.runtime import Runtime
    from feeds.storage.db import write_transaction
    from feeds.storage.servers import HEADLESS_GUILD, sync_headless_destination
    from feeds.storage.store import Store
    from feeds.timeutil import utcnow
    from tests.fake_discord import FORUM

    guild = fake_discord.add_guild("Forum server")
    forum = fake_discord.add_channel(guild, "video-news", type=FORUM)
    settings = make_settings(tmp_path / "headless.db", webhook_url=fake_discord.webhook_url(channel=forum))
    store = await Store.open(settings.db)
    try:

        def configure(db):
            with write_transaction(db):
                sync_headless_destination(db, min_score=0.5, include=[], exclude=[], mutes=[], now=utcnow())

        await store.write(configure)
        parts = [
            {
                "message": {"embeds": [{"title": f"AI-video digest, page {i}", "description": "…"}]},
                "png": None,
            }
            for i in range(3)
        ]
        await store.queue_digest(
            HEADLESS_GUILD, None, "2026-W49", parts, utcnow(), covered=lambda last: False
        )
        async with aiohttp.ClientSession() as session:
            sender = WebhookSender(settings.webhook_url.get_secret_value(), session, forum=True)
            runtime = Runtime(settings, store, sender=sender, headless=True)
            assert (await runtime.worker.drain()).sent == 3
    finally:
        await store.close()
    [post] = fake_discord.threads(forum.id)
    assert [m["embeds"][0]["title"] for m in post["messages"]] == [
        f"AI-video digest, page {i}" for i in range(3)
    ]


async def test_poll_once_beside_a_headless_bot_queues_the_webhooks_alerts(tmp_path, feed_server) -> None:
    """`vidradar poll --once` with the headless install's environment (VIDRADAR_WEBHOOK_URL, no
    token) beside its deliverer: the news it finds is queued for the webhook, as a running
    poller would queue it. It was stored without a word: the bot's next cycles saw it as
    known, and the alert was lost. The webhook's rules stay the deliverer's."""
    from feeds.storage.db import open_database
    from feeds.storage.servers import sync_headless_destination
    from feeds.timeutil import utcnow

    db = open_database(tmp_path / "h.db")  # the deliverer's start wrote the webhook's rules
    sync_headless_destination(db, min_score=0.5, include=["Switch 2"], exclude=[], mutes=[], now=utcnow())
    db.close()
    url = feed_server.set_feed("news", rss([ANNOUNCEMENT, DISTRACTOR]))
    env = {
        "VIDRADAR_DB": str(tmp_path / "h.db"),
        "VIDRADAR_FEEDS": str(feed_list(tmp_path, url)),
        "VIDRADAR_URL_ALLOWLIST": feed_server.host_port,
        "VIDRADAR_WEBHOOK_URL": "https://discord.com/api/webhooks/1/token",
    }
    code, out, err = await arun("poll", "--once", cwd=tmp_path, **env)
    assert code == 0, err
    assert delivery_states(tmp_path / "h.db") == [("story", "pending")]
    with sqlite3.connect(tmp_path / "h.db") as conn:  # the poller's environment has no watch terms
        assert conn.execute("SELECT term FROM server_watch_terms WHERE guild_id = 0").fetchall() == [
            ("Switch 2",)
        ]


@pytest.mark.both_backends
async def test_headless_with_a_separate_poller_posts_what_the_poller_finds(
    tmp_path, feed_server, fake_discord, database
) -> None:
    """Headless mode as two processes' roles: one delivers to the webhook (VIDRADAR_ROLES=bot),
    one polls (VIDRADAR_ROLES=poller). The poller queues the webhook destination's alerts;
    the deliverer, which never polls, posts them."""
    from bot.run_modes import run

    url = feed_server.set_feed("news", rss([ANNOUNCEMENT, DISTRACTOR]))
    common = {
        "feeds": feed_list(tmp_path, url),
        "url_allowlist": [feed_server.host_port],
        "webhook_url": fake_discord.webhook_url(),
    }
    deliverer = make_settings(database, roles=["bot"], **common)
    poller = make_settings(database, roles=["poller"], **common)
    # The deliverer's first start writes the destination's rules (from the environment).
    stop = asyncio.Event()
    first = asyncio.create_task(run(deliverer, stop))
    await wait_for(lambda: _has_headless_row(deliverer.database), 10, "the destination's rules")
    stop.set()
    assert await asyncio.wait_for(first, 20) == 0
    # The poller alone: it queues the webhook alert (it cannot send it).
    stop = asyncio.Event()
    polling = asyncio.create_task(run(poller, stop))
    try:
        await wait_for(
            lambda: delivery_states(poller.database) == [("story", "pending")], 20, "the queued alert"
        )
        assert fake_discord.webhook_messages.get("9001/hook-token", []) == []
        delivering = asyncio.create_task(run(deliverer, stop))  # sends what the poller queued
        await until_posted(fake_discord, delivering, 1)
    finally:
        stop.set()
        assert await asyncio.wait_for(polling, 20) == 0
    assert await asyncio.wait_for(delivering, 20) == 0
    assert [m["embeds"][0]["title"] for m in fake_discord.webhook_messages["9001/hook-token"]] == [
        ANNOUNCEMENT["title"]
    ]
    assert feed_server.hits["news"] == 1  # fetched by the poller only


def _has_headless_row(db: Path | str) -> bool:
    return _any_row(db, "SELECT count(*) FROM servers WHERE guild_id = 0")


def _any_row(db: Path | str, count_sql: str) -> bool:
    """Whether the query counts anything yet (False while the file or table does not exist)."""
    rows = database_rows(db, count_sql)
    return bool(rows and rows[0][0])


@pytest.mark.both_backends
async def test_a_second_process_for_the_same_shard_is_refused_in_one_line(fake_discord, database) -> None:
    """Two headless processes on one database would both deliver to the webhook (each making
    the other's deliveries in flight due again): the second is refused while the first runs."""
    from feeds.errors import ConfigError

    settings = make_settings(database, webhook_url=fake_discord.webhook_url(), roles=["bot"])
    stop = asyncio.Event()
    first = asyncio.create_task(run_headless(settings, stop))
    await wait_for(lambda: _holds_a_shard(settings.database), 10, "the first process's shard lease")
    with pytest.raises(ConfigError, match="shard 0 is already run by another vidradar process"):
        await run_headless(settings, asyncio.Event())
    stop.set()
    assert await asyncio.wait_for(first, 20) == 0
    later = asyncio.Event()
    again = asyncio.create_task(run_headless(settings, later))  # once the first stopped: fine
    await asyncio.sleep(1.0)
    assert not again.done()
    later.set()
    assert await asyncio.wait_for(again, 20) == 0


def _holds_a_shard(db: Path | str) -> bool:
    return _any_row(db, "SELECT count(*) FROM shard_leases")

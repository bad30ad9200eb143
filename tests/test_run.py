"""`vidradar run` (bot and headless modes) and `vidradar sync-commands`."""

from __future__ import annotations

import asyncio
import logging

from bot.runner import run_bot, run_headless
from tests.conftest import make_settings
from tests.feedserver import rss
from tests.test_cli import arun, run
from tests.test_poller import ANNOUNCEMENT, DISTRACTOR, item


def feed_list(tmp_path, *urls: str):
    path = tmp_path / "feeds.toml"
    path.write_text("".join(f'[[feeds]]\nurl = "{u}"\nname = "Loopback {i}"\n' for i, u in enumerate(urls)))
    return path


async def test_headless_mode_posts_to_the_webhook_with_env_rules(tmp_path, feed_server, fake_discord) -> None:
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
    deadline = asyncio.get_running_loop().time() + 20
    while len(fake_discord.webhook_messages.get(hook, [])) < 2:
        assert not task.done(), task.exception()
        assert asyncio.get_running_loop().time() < deadline, fake_discord.webhook_messages
        await asyncio.sleep(0.1)
    await asyncio.sleep(0.5)
    stop.set()
    assert await asyncio.wait_for(task, 20) == 0
    posted = fake_discord.webhook_messages[hook]
    titles = sorted(m["embeds"][0]["title"] for m in posted)
    assert titles == sorted(
        [ANNOUNCEMENT["title"], switch["title"]]
    )  # muted vendor silenced, keyword alerted
    keyword = next(m for m in posted if m["embeds"][0]["title"] == switch["title"])
    assert "Keyword match" in keyword["embeds"][0]["author"]["name"]
    assert all(m["allowed_mentions"] == {"parse": []} for m in posted)


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
    )
    stop = asyncio.Event()
    task = asyncio.create_task(run_bot(settings, stop))
    await asyncio.wait_for(fake_discord.ready.wait(), 15)
    deadline = asyncio.get_running_loop().time() + 15
    while not any(r.getMessage().startswith("ready as") for r in caplog.records):
        assert asyncio.get_running_loop().time() < deadline
        await asyncio.sleep(0.05)
    record = await fake_discord.invoke(guild, "vidradar status")
    assert "vidradar status" in record.text()
    stop.set()
    assert await asyncio.wait_for(task, 20) == 0
    assert fake_discord.commands == {}  # no global sync on start
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert fake_discord.token not in logged
    assert "shutting down" in logged


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

"""``vidradar run``, ``vidradar poll --daemon`` and ``vidradar sync-commands``: start-up and
clean shutdown. Each long run goes until its ``stop`` event is set (the command line sets it
on SIGINT/SIGTERM, see :class:`bot.cli.signals.StopSignals`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterator
from typing import Any

import aiohttp
import discord

from bot.app import VidradarBot, make_bot
from bot.senders import WebhookSender
from feeds.config import Settings
from feeds.errors import ConfigError, VidradarError
from feeds.service.composition import Core, parse_workers
from feeds.shards import Shards

log = logging.getLogger(__name__)


@contextlib.contextmanager
def _discord_errors(settings: Settings) -> Iterator[None]:
    """What can go wrong reaching Discord, as one line each (exit status 1, no traceback)."""
    try:
        yield
    except discord.LoginFailure:
        raise ConfigError(
            "DISCORD_TOKEN was refused by Discord (check the token in the developer portal)"
        ) from None
    except discord.PrivilegedIntentsRequired:
        raise ConfigError(
            "Discord refused the gateway intents (no privileged intents should be needed)"
        ) from None
    except (aiohttp.ClientConnectionError, OSError) as exc:
        # Unreachable (DNS, firewall, wrong DISCORD_API_BASE): say so and exit non-zero so the
        # service manager restarts us later. Once connected, discord.py reconnects by itself.
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise VidradarError(f"cannot reach Discord at {settings.discord_api_base}: {reason}") from None


async def run_bot(settings: Settings, stop: asyncio.Event, shards: Shards | None = None) -> int:
    """Run until ``stop`` is set, then shut down cleanly. ``shards``: this process runs those
    shards of a bot split over several processes (None: the whole bot)."""
    assert settings.discord_token is not None
    polls = "poller" in settings.roles
    async with Core.open(settings) as core:
        with _discord_errors(settings):
            async with (
                parse_workers(settings.parse_workers if polls else 0, warm_up=polls) as pool,
                make_bot(settings, core.store, executor=pool, shards=shards) as bot,
            ):
                if shards is not None:
                    log.info("running %s", shards.describe())
                runner = asyncio.create_task(bot.start(settings.discord_token.get_secret_value()))
                stopper = asyncio.create_task(stop.wait())
                done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
                if runner in done:
                    runner.result()  # re-raise a login failure or a fatal gateway error
                log.info("shutting down")
                await bot.close()
                stopper.cancel()
                await asyncio.gather(runner, return_exceptions=True)
    return 0


async def run_headless(settings: Settings, stop: asyncio.Event) -> int:
    """Poller + scheduler + outbox to VIDRADAR_WEBHOOK_URL, until ``stop`` is set."""
    assert settings.webhook_url is not None
    async with Core.open(settings) as core:
        await core.configure_headless()
        polls = "poller" in settings.roles
        async with (
            parse_workers(settings.parse_workers if polls else 0, warm_up=polls) as pool,
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session,
        ):
            sender = WebhookSender(
                settings.webhook_url.get_secret_value(),
                session,
                username=settings.webhook_username,
                avatar_url=settings.webhook_avatar_url,
                forum=settings.webhook_forum,
            )
            runtime = core.runtime(pool, sender=sender, headless=True)
            if not runtime.polls:
                log.info("VIDRADAR_ROLES has no poller: this process delivers, another one polls")
            await runtime.start()
            log.info(
                "running headless: alerts go to the configured webhook; its rules are the environment's "
                "(VIDRADAR_WATCH_INCLUDE, VIDRADAR_WATCH_EXCLUDE, VIDRADAR_MUTE, VIDRADAR_MIN_SCORE, "
                "VIDRADAR_LANGUAGES), "
                "applied at every start"
            )
            await stop.wait()
            log.info("shutting down")
            await runtime.stop()
    return 0


async def poll_daemon(settings: Settings, show: Callable[[list[Any]], None], stop: asyncio.Event) -> int:
    """The same scheduler without Discord: poll on schedule and hand new announcements to
    ``show``, until ``stop`` is set."""
    # Beside a headless process (VIDRADAR_WEBHOOK_URL, no DISCORD_TOKEN), a poller queues the
    # webhook destination's alerts too: that process delivers them (VIDRADAR_ROLES=bot).
    async with Core.open(settings) as core, parse_workers(settings.parse_workers, warm_up=True) as pool:
        runtime = core.runtime(
            pool, sender=None, headless=settings.headless, on_cycle=lambda report: show(report.announcements)
        )
        await runtime.start()
        await stop.wait()
        log.info("shutting down")
        await runtime.stop()
    return 0


async def run(settings: Settings, stop: asyncio.Event, shards: Shards | None = None) -> int:
    """``vidradar run``: the bot with DISCORD_TOKEN, else headless with VIDRADAR_WEBHOOK_URL;
    with ``VIDRADAR_ROLES=poller`` only, a poller (neither Discord nor the webhook)."""
    if "bot" not in settings.roles:
        if shards is not None:
            raise ConfigError("--shard-count and --shard-ids are for the bot: VIDRADAR_ROLES has no bot")
        log.info("VIDRADAR_ROLES=poller: polling only (another process serves Discord or the webhook)")
        return await poll_daemon(settings, lambda announcements: None, stop)
    if settings.discord_token is not None:
        if settings.webhook_url is not None:
            log.warning(
                "both DISCORD_TOKEN and VIDRADAR_WEBHOOK_URL are set: running the Discord bot, "
                "the webhook is not used (unset one of them)"
            )
        return await run_bot(settings, stop, shards)
    if shards is not None:
        raise ConfigError("--shard-count and --shard-ids are for the Discord bot (DISCORD_TOKEN is not set)")
    if settings.webhook_url is not None:
        return await run_headless(settings, stop)
    raise ConfigError(
        "DISCORD_TOKEN is not set (set it to run the bot, or set VIDRADAR_WEBHOOK_URL to run headless)"
    )


async def _sync(settings: Settings, guild_id: int | None) -> int:
    if settings.discord_token is None:
        raise ConfigError("DISCORD_TOKEN is not set: syncing commands needs the bot's token")
    bot = VidradarBot(settings, None, start_runtime=False)
    with _discord_errors(settings):
        async with bot:
            await bot.login(settings.discord_token.get_secret_value())
            if guild_id is not None:
                target = discord.Object(guild_id)
                bot.tree.copy_global_to(guild=target)
                synced = await bot.tree.sync(guild=target)
            else:
                synced = await bot.tree.sync()
    print(
        f"synced {len(synced)} commands "
        + (f"to server {guild_id}" if guild_id else "globally (may take up to an hour to show)")
    )
    return 0


def sync_commands(settings: Settings, guild_id: int | None) -> int:
    return asyncio.run(_sync(settings, guild_id))

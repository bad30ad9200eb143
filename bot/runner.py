"""``vidradar run``, ``vidradar poll --daemon`` and ``vidradar sync-commands``: start-up and
clean shutdown. Each long run goes until its ``stop`` event is set (the command line sets it
on SIGINT/SIGTERM, see :class:`bot.cli.StopSignals`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import Executor
from typing import Any

import aiohttp
import discord

from bot.app import VidradarBot
from bot.runtime import Runtime
from bot.senders import WebhookSender
from feeds.config import Settings
from feeds.detect.taxonomy import bundled_taxonomy
from feeds.digest import parse_digest_setting
from feeds.errors import ConfigError, InputError, VidradarError
from feeds.feedlist import load_feed_list
from feeds.storage import feeds as feed_store
from feeds.storage.db import write_transaction
from feeds.storage.servers import HEADLESS_GUILD, set_digest_schedule, sync_headless_destination
from feeds.storage.watch import mute_kind
from feeds.store import Store
from feeds.timeutil import utcnow
from feeds.workers import parse_pool, warm

log = logging.getLogger(__name__)


async def _open_and_sync(settings: Settings) -> Store:
    specs = load_feed_list(settings.feed_list_path)
    store = await Store.open(settings.db)

    def sync(db):
        with write_transaction(db):
            return feed_store.sync_operator_feeds(db, specs, utcnow())

    report = await store.write(sync)
    log.info(
        "feed list %s: %d added, %d updated, %d disabled, %d re-enabled",
        settings.feed_list_path,
        report.added,
        report.updated,
        report.disabled,
        report.enabled,
    )
    return store


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


@contextlib.asynccontextmanager
async def _parse_workers(settings: Settings) -> AsyncIterator[Executor]:
    """The parse pool for a long run. Its workers start at once (imports, language model,
    compiled detector: about a second of CPU) while Discord logs in, instead of while the
    first feed waits for them; they stop with the run."""
    pool = parse_pool(settings.parse_workers)

    async def warm_up() -> None:
        try:
            await asyncio.to_thread(warm, pool)
        except Exception as exc:  # the first cycle starts them anyway; say why it was slow
            log.warning("parse workers did not start ahead of time: %s", exc)

    warming = asyncio.create_task(warm_up(), name="warm parse workers")
    try:
        yield pool
    finally:
        warming.cancel()
        # Waits for the workers to exit: off the event loop, which still runs the shutdown.
        await asyncio.to_thread(pool.shutdown, cancel_futures=True)
        await asyncio.gather(warming, return_exceptions=True)


async def run_bot(settings: Settings, stop: asyncio.Event) -> int:
    """Run until ``stop`` is set, then shut down cleanly."""
    assert settings.discord_token is not None
    store = await _open_and_sync(settings)
    try:
        with _discord_errors(settings):
            async with (
                _parse_workers(settings) as pool,
                VidradarBot(settings, store, executor=pool) as bot,
            ):
                runner = asyncio.create_task(bot.start(settings.discord_token.get_secret_value()))
                stopper = asyncio.create_task(stop.wait())
                done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
                if runner in done:
                    runner.result()  # re-raise a login failure or a fatal gateway error
                log.info("shutting down")
                await bot.close()
                stopper.cancel()
                await asyncio.gather(runner, return_exceptions=True)
    finally:
        await store.close()
    return 0


def headless_mutes(settings: Settings) -> list[tuple[str, str]]:
    vendors = bundled_taxonomy().vendor_slugs
    try:
        return [mute_kind(target, vendors) for target in settings.mute]
    except Exception as exc:
        raise ConfigError(f"invalid setting VIDRADAR_MUTE: {exc}") from None


async def run_headless(settings: Settings, stop: asyncio.Event) -> int:
    """Poller + scheduler + outbox to VIDRADAR_WEBHOOK_URL, until ``stop`` is set."""
    assert settings.webhook_url is not None
    mutes = headless_mutes(settings)
    try:
        digest = parse_digest_setting(settings.digest)
    except InputError as exc:
        raise ConfigError(f"invalid setting VIDRADAR_DIGEST: {exc}") from None
    store = await _open_and_sync(settings)

    def configure(db):
        with write_transaction(db):
            now = utcnow()
            sync_headless_destination(
                db,
                min_score=settings.min_score,
                include=settings.watch_include,
                exclude=settings.watch_exclude,
                mutes=mutes,
                now=now,
            )
            set_digest_schedule(db, HEADLESS_GUILD, digest, now)

    try:
        await store.write(configure)
        async with (
            _parse_workers(settings) as pool,
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session,
        ):
            sender = WebhookSender(settings.webhook_url.get_secret_value(), session)
            runtime = Runtime(settings, store, sender=sender, headless=True, executor=pool)
            await runtime.start()
            log.info(
                "running headless: alerts go to the configured webhook; its rules are the environment's "
                "(VIDRADAR_WATCH_INCLUDE, VIDRADAR_WATCH_EXCLUDE, VIDRADAR_MUTE, VIDRADAR_MIN_SCORE), "
                "applied at every start"
            )
            await stop.wait()
            log.info("shutting down")
            await runtime.stop()
    finally:
        await store.close()
    return 0


async def poll_daemon(settings: Settings, show: Callable[[list[Any]], None], stop: asyncio.Event) -> int:
    """The same scheduler without Discord: poll on schedule and hand new announcements to
    ``show``, until ``stop`` is set."""
    store = await _open_and_sync(settings)
    try:
        async with _parse_workers(settings) as pool:
            runtime = Runtime(
                settings,
                store,
                sender=None,
                executor=pool,
                on_cycle=lambda report: show(report.announcements),
            )
            await runtime.start()
            await stop.wait()
            log.info("shutting down")
            await runtime.stop()
    finally:
        await store.close()
    return 0


async def run(settings: Settings, stop: asyncio.Event) -> int:
    """``vidradar run``: the bot with DISCORD_TOKEN, else headless with VIDRADAR_WEBHOOK_URL."""
    if settings.discord_token is not None:
        return await run_bot(settings, stop)
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

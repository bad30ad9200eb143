"""The Discord bot: composition root (after discord.py's examples/advanced_startup.py).

Dependencies come in through the constructor; cogs load in ``setup_hook`` (a cog that fails
to load is logged, not fatal); the runtime (poller, outbox, scheduler) starts there too,
inside the bot's event loop. Commands sync to ``VIDRADAR_DEV_GUILD`` when set; global sync
is only ever done by ``vidradar sync-commands``.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor
from typing import Any, cast

import aiohttp
import discord
import yarl
from discord import app_commands
from discord.ext import commands
from discord.gateway import DiscordWebSocket
from discord.http import Route
from discord.state import AutoShardedConnectionState
from discord.voice_client import VoiceClient

from bot.checks import autocomplete_allowed, overlong_option
from bot.command_translations import FRENCH, Translator
from bot.errors import handle_app_command_error, reply
from bot.senders import DiscordSender
from feeds.config import DEFAULT_API_BASE, Settings
from feeds.service.composition import Core
from feeds.service.digest_jobs import resync
from feeds.service.i18n import lang_of, t
from feeds.service.runtime import Runtime
from feeds.shards import Shards
from feeds.storage.store import Store
from feeds.timeutil import utcnow

log = logging.getLogger(__name__)

COGS = (
    "bot.cogs.feed_commands",
    "bot.cogs.alerts",
    "bot.cogs.status",
    "bot.cogs.news",
    "bot.cogs.watch",
    "bot.cogs.digest_commands",
)
NO_COMMANDS = "no slash commands are registered for this application: run 'vidradar sync-commands' once"


def point_at_api(settings: Settings) -> None:
    """Use DISCORD_API_BASE for every REST call discord.py makes (webhooks and interaction
    callbacks included: they share ``Route``)."""
    Route.BASE = settings.discord_api_base


class VidradarTree(app_commands.CommandTree):
    """Checks every interaction before dispatch: Discord's client enforces option lengths and
    hides admin commands, but a request can skip the client (and a server can override the
    default permissions), so the bot checks again here, once for every command."""

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        if interaction.type is discord.InteractionType.autocomplete:
            if not autocomplete_allowed(interaction):
                await interaction.response.autocomplete([])
                return False
            return True
        command = interaction.command
        if interaction.type is not discord.InteractionType.application_command or not isinstance(
            command, app_commands.Command
        ):
            return True
        # discord.py types the raw payload as a union of TypedDicts, not all of them with options.
        data = cast("dict[str, Any]", interaction.data or {})
        problem = overlong_option(command, data.get("options") or [])
        if problem is None:
            return True
        limit, length = problem
        lg = lang_of(interaction.locale)
        key = (
            "option_too_long"
            if length > limit.max_length
            else "option_too_short"
            if length
            else "option_empty"
        )
        await reply(
            interaction,
            t(
                key,
                lg,
                option=FRENCH.get(limit.option, limit.option) if lg == "fr" else limit.option,
                max=limit.max_length,
                min=limit.min_length,
                length=length,
            ),
        )
        return False


class VidradarBot(commands.Bot):
    def __init__(
        self,
        settings: Settings,
        store: Store | None,
        *,
        executor: Executor | None = None,
        start_runtime: bool = True,
        guild_ready_timeout: float = 2.0,
        shards: Shards | None = None,
        **client_options: Any,
    ) -> None:
        intents = discord.Intents.none()
        intents.guilds = True  # no privileged intents, no message content
        # The bot never joins voice: discord.py's start-up warnings about the missing voice
        # libraries (PyNaCl, davey) would be the only warnings of a healthy start. These
        # flags are how discord.py remembers it already warned; other warnings are untouched.
        VoiceClient.warn_nacl = False
        VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            help_command=None,
            tree_cls=VidradarTree,
            allowed_mentions=discord.AllowedMentions.none(),
            guild_ready_timeout=guild_ready_timeout,
            **client_options,
        )
        point_at_api(settings)
        self.settings = settings
        self.store = store
        self.executor = executor
        self.start_runtime = start_runtime
        self.served_shards = shards  # None: the whole bot in this process
        self.runtime: Runtime | None = None
        self.failed_cogs: list[str] = []
        self.tree.on_error = handle_app_command_error  # type: ignore[method-assign]

    async def setup_hook(self) -> None:
        await self._point_at_gateway()
        await self.tree.set_translator(Translator())
        for name in COGS:
            try:
                await self.load_extension(name)
            except Exception:  # one broken cog must not take the bot down
                log.exception("could not load %s", name)
                self.failed_cogs.append(name)
        # Only the process that runs shard 0 syncs to the development server; global sync is
        # never done here (`vidradar sync-commands`, once).
        if (
            self.settings.dev_guild
            and self.start_runtime
            and (self.served_shards is None or 0 in self.served_shards.ids)
        ):
            guild = discord.Object(self.settings.dev_guild)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to development server %s", len(synced), self.settings.dev_guild)
        if self.start_runtime:
            await self._check_commands_registered()
        if self.start_runtime and self.store is not None:
            core = Core(self.settings, self.store)
            self.runtime = core.runtime(self.executor, sender=DiscordSender(self), shards=self.served_shards)
            await self.runtime.start()

    async def _check_commands_registered(self) -> None:
        """A bot whose commands were never synced answers no slash command and Discord shows
        none: say so once, at start, instead of leaving the operator to wonder why."""
        places: list[discord.Object | None] = [None]
        if self.settings.dev_guild:
            places.append(discord.Object(self.settings.dev_guild))
        try:
            for guild in places:
                if await self.tree.fetch_commands(guild=guild):
                    return
        except (
            discord.HTTPException,
            discord.MissingApplicationID,
            aiohttp.ClientError,
            OSError,
            TimeoutError,
        ) as exc:
            # Only a check: a network blip here must not stop the bot.
            log.debug("could not list the registered slash commands: %s", exc)
            return
        log.warning(NO_COMMANDS)

    async def _point_at_gateway(self) -> None:
        """discord.py's plain Client connects to its built-in gateway without asking the API;
        follow DISCORD_GATEWAY_URL, else ask DISCORD_API_BASE when it is not Discord's."""
        url = self.settings.discord_gateway_url
        if not url and self.settings.discord_api_base != DEFAULT_API_BASE:
            data = await self.http.request(Route("GET", "/gateway/bot"))
            url = data["url"]
        if url:
            DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
            log.info("gateway: %s", url)

    # -- server lifecycle --------------------------------------------------------------
    async def _remember(self, guild: discord.Guild) -> None:
        assert self.store is not None
        await self.store.remember_server(guild.id, guild.name, lang_of(guild.preferred_locale), utcnow())

    async def on_ready(self) -> None:
        if self.store is None:
            return
        for guild in self.guilds:
            await self._remember(guild)
        # A shard sees only its servers: the others' are not judged departed.
        gone = await self.store.forget_departed_servers(
            {g.id for g in self.guilds}, utcnow(), self.served_shards
        )
        if self.runtime is not None and self.runtime.digests is not None:
            # Servers that came back (or left) while the bot was offline: their digest jobs.
            await self.runtime.digests.sync_jobs()
        log.info(
            "ready as %s in %d servers%s%s",
            self.user,
            len(self.guilds),
            f" ({self.served_shards.describe()})" if self.served_shards is not None else "",
            f"; {len(gone)} removed the bot while it was offline" if gone else "",
        )

    async def on_guild_join(self, guild: discord.Guild) -> None:
        log.info("added to server %s (%s)", guild.name, guild.id)
        if self.store is not None:
            await self._remember(guild)
            await resync(self, guild.id)  # a server that comes back gets its digest job again

    async def on_guild_update(self, before: discord.Guild, after: discord.Guild) -> None:
        if self.store is not None and before.preferred_locale != after.preferred_locale:
            await self._remember(after)

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        log.info("removed from server %s (%s)", guild.name, guild.id)
        if self.store is None:
            return
        await self.store.mark_server_left(guild.id, utcnow())
        await resync(self, guild.id)  # no digest job for a server the bot left

    async def close(self) -> None:
        if self.runtime is not None:
            await self.runtime.stop()
        await super().close()


class _FreshShardState(AutoShardedConnectionState):
    """discord.py's sharded state keeps a shard's cached servers when the shard identifies
    again (an invalidated session); the plain client starts afresh. Do the same per shard: the
    servers its new READY no longer lists left while it was away."""

    def parse_ready(self, data: Any) -> None:
        shard_id = data["shard"][0]
        listed = {int(guild["id"]) for guild in data["guilds"]}
        for guild in list(self._guilds.values()):
            if guild.shard_id == shard_id and guild.id not in listed:
                self._remove_guild(guild)
        super().parse_ready(data)


class ShardedVidradarBot(VidradarBot, commands.AutoShardedBot):
    """The bot as one of several processes (``vidradar run --shard-count N --shard-ids …``):
    discord.py's sharded client connects the shards this process runs, and Discord sends it the
    events and slash commands of those shards' servers only."""

    def __init__(self, settings: Settings, store: Store | None, *, shards: Shards, **kwargs: Any) -> None:
        super().__init__(
            settings, store, shards=shards, shard_count=shards.count, shard_ids=list(shards.ids), **kwargs
        )

    def _get_state(self, **options: Any) -> AutoShardedConnectionState:  # type: ignore[override]
        return _FreshShardState(
            dispatch=self.dispatch, handlers=self._handlers, hooks=self._hooks, http=self.http, **options
        )

    async def on_shard_ready(self, shard_id: int) -> None:
        """A shard that identified again after the bot was ready (the whole bot's on_ready
        does not fire again for one shard): its servers as Discord now lists them."""
        if self.store is None or not self.is_ready() or self.served_shards is None:
            return
        present = {guild.id for guild in self.guilds if guild.shard_id == shard_id}
        for guild in self.guilds:
            if guild.shard_id == shard_id:
                await self._remember(guild)
        gone = await self.store.forget_departed_servers(
            present, utcnow(), Shards(self.served_shards.count, (shard_id,))
        )
        if self.runtime is not None and self.runtime.digests is not None:
            await self.runtime.digests.sync_jobs()
        log.info(
            "shard %d ready again: %d servers%s",
            shard_id,
            len(present),
            f"; {len(gone)} removed the bot meanwhile" if gone else "",
        )


def make_bot(
    settings: Settings, store: Store | None, *, shards: Shards | None = None, **kwargs: Any
) -> VidradarBot:
    """The bot for this process: sharded when the process runs some shards of several."""
    if shards is not None and shards.count > 1:
        return ShardedVidradarBot(settings, store, shards=shards, **kwargs)
    return VidradarBot(settings, store, **kwargs)

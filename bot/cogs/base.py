"""What the admin cogs (/feeds, /alerts, /vidradar, /watch, /digest) share: the base class
that checks the caller, and helpers about channels, languages and the status embed.

Manage Server is required twice over: ``default_permissions`` hides the commands in the UI,
and every command checks the caller's permissions on the server side (a server can override
the UI default; it cannot override this check). All replies are ephemeral.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import require_admin
from bot.errors import Cooldowns, Refused, acknowledge
from feeds import __version__
from feeds.detect.taxonomy import bundled_taxonomy
from feeds.durations import human_duration
from feeds.service import render
from feeds.service.i18n import lang_of, number, plural, t
from feeds.service.render import escape, timestamp
from feeds.storage.store import Store
from feeds.storage.views import ServerStatus

NEEDED_IN_CHANNEL = ("view_channel", "send_messages", "embed_links", "attach_files", "read_message_history")
# A thread: posting there is "Send Messages in Threads" (the parent channel's overwrites count).
NEEDED_IN_THREAD = (
    "view_channel",
    "send_messages_in_threads",
    "embed_links",
    "attach_files",
    "read_message_history",
)
# A forum: each story is a new post (Send Messages), later coverage a message in it.
NEEDED_IN_FORUM = (
    "view_channel",
    "send_messages",
    "send_messages_in_threads",
    "embed_links",
    "attach_files",
    "read_message_history",
)
# A text channel where each alert opens a thread.
NEEDED_FOR_THREADS = (*NEEDED_IN_CHANNEL, "create_public_threads", "send_messages_in_threads")


def lang(interaction: discord.Interaction) -> str:
    return lang_of(interaction.locale)


def missing_permissions(
    channel: discord.abc.GuildChannel | discord.Thread,
    me: discord.Member | None,
    needed: tuple[str, ...] = NEEDED_IN_CHANNEL,
) -> list[str]:
    """The permissions the bot lacks in ``channel`` to post there (names as Discord shows them)."""
    if me is None:
        return []
    permissions = channel.permissions_for(me)
    return [name.replace("_", " ").title() for name in needed if not getattr(permissions, name)]


def refuse_unless_bot_can_post(
    interaction: discord.Interaction,
    channel: discord.abc.GuildChannel | discord.Thread | discord.app_commands.AppCommandThread,
    needed: tuple[str, ...] = NEEDED_IN_CHANNEL,
) -> None:
    """Refused (one line naming what is missing) when the bot cannot post in ``channel``: the
    check every command that picks a channel for the bot makes before storing it."""
    guild = interaction.guild
    cached = guild.get_channel_or_thread(channel.id) if guild is not None else None
    missing = (
        missing_permissions(cached, guild.me, needed) if guild is not None and cached is not None else []
    )
    if missing:
        raise Refused(
            t(
                "bot_missing_permissions",
                lang(interaction),
                channel=channel.mention,
                permissions=", ".join(missing),
            )
        )


class VidradarCog(commands.GroupCog):
    """What every slash-command group holds: the bot, its store, the cooldowns all cogs share."""

    def __init__(self, bot: Any) -> None:
        self.bot = bot
        self.store: Store = bot.store
        self.cooldowns: Cooldowns = getattr(bot, "cooldowns", None) or Cooldowns()
        bot.cooldowns = self.cooldowns
        super().__init__()


class AdminCog(VidradarCog):
    """A group for admins: every command checks Manage Server on the server side."""

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        require_admin(interaction)
        await acknowledge(interaction)
        return True


def status_embed(status: ServerStatus, lg: str, *, deliveries_only: bool = False) -> discord.Embed:
    """/vidradar status (feeds, last cycle, deliveries, version), or with ``deliveries_only``
    /alerts status (channel, paused or not, deliveries)."""
    embed = discord.Embed(
        title=t("alerts_status_title" if deliveries_only else "status_title", lg), color=0x5865F2
    )
    d = status.deliveries
    if deliveries_only:
        channel = f"<#{status.alert_channel_id}>" if status.alert_channel_id else "-"
        embed.description = t(
            "alerts_status",
            lg,
            channel=channel,
            state=t("state_paused" if status.paused else "state_active", lg),
            pending=number(d.pending, lg),
            failed=number(d.failed, lg),
            sent=number(d.sent, lg),
        )
    else:
        embed.add_field(
            name=t("status_feeds", lg),
            inline=False,
            value=t(
                "status_feeds_value",
                lg,
                ok=number(status.feeds_ok, lg),
                failing=number(status.feeds_failing, lg),
                disabled=plural("feeds_disabled", status.feeds_disabled, lg),
            ),
        )
        cycle = (
            t(
                "status_cycle_value",
                lg,
                when=timestamp(status.last_cycle),
                took=human_duration(float(status.last_cycle_seconds or 0), lg),
            )
            if status.last_cycle
            else t("status_never", lg)
        )
        embed.add_field(name=t("status_cycle", lg), value=cycle, inline=False)
        embed.add_field(
            name=t("status_deliveries", lg),
            inline=False,
            value=t(
                "status_deliveries_value", lg, pending=number(d.pending, lg), failed=number(d.failed, lg)
            ),
        )
        embed.add_field(name=t("status_version", lg), value=__version__, inline=False)
    if d.problems:
        problems = [
            f"• {kind}: {render.clip(escape(error or '?'), 200)} (×{count})"
            for kind, error, count in d.problems
        ]
        shown = render.joined_within(problems, 1024, lambda n: t("and_more", lg, count=n), "\n")
        embed.add_field(name=t("status_problems", lg), value=shown, inline=False)
    return embed


# -- vendors and products, by slug or by name --------------------------------------------------


def _named(kind: str) -> list[tuple[str, str]]:
    taxonomy = bundled_taxonomy()
    if kind == "vendor":
        return [(taxonomy.vendor_name(v), v) for v in taxonomy.vendor_slugs]
    return [(taxonomy.product_label(p), p) for p in taxonomy.product_slugs]


def complete_names(kind: str, current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete for a vendor or product option: display names, slugs as values."""
    needle = current.casefold().strip()
    return [
        app_commands.Choice(name=name[:100], value=slug)
        for name, slug in _named(kind)
        if needle in slug or needle in name.casefold()
    ][:25]


def resolve_name(kind: str, value: str | None, lg: str) -> str | None:
    """A vendor or product given as its slug or its display name -> the slug (Refused if unknown)."""
    if value is None:
        return None
    wanted = value.strip().casefold()
    for name, slug in _named(kind):
        if wanted in (slug, name.casefold()):
            return slug
    label = t("product" if kind == "product" else "vendor", lg)
    raise Refused(t("unknown_product_or_vendor", lg, kind=label, value=value[:40]))

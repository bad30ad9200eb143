"""Admin slash commands: /feeds, /alerts and /vidradar status.

Manage Server is required twice over: ``default_permissions`` hides the commands in the UI,
and every command checks the caller's permissions on the server side (a server can override
the UI default; it cannot override this check). All replies are ephemeral.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot import render
from bot.checks import require_admin
from bot.digests import resync
from bot.errors import Cooldowns, Refused, acknowledge, reply
from bot.i18n import EVENT_LABELS, event_choices, lang_of, t
from bot.pagination import send_pages
from bot.render import escape, timestamp
from feeds import __version__
from feeds.errors import FeedError
from feeds.models import EVENT_TYPES, FeedSpec
from feeds.storage import deliveries as outbox
from feeds.storage import feeds as feed_store
from feeds.storage import servers
from feeds.storage.db import write_transaction
from feeds.storage.views import FeedHealth, server_feeds, server_status
from feeds.subscribe import ResolvedFeed, resolve_feed
from feeds.timeutil import utcnow

ADD_COOLDOWN_S = 10.0
REFRESH_COOLDOWN_S = 60.0
NEEDED_IN_CHANNEL = ("view_channel", "send_messages", "embed_links", "attach_files", "read_message_history")
EVENT_CHOICES = event_choices(EVENT_TYPES)
STATUS_ICONS = {"ok": "✅", "new": "🆕", "failing": "⚠️", "disabled": "⛔", "muted": "🔇"}
CONFIRM_TIMEOUT_S = 120.0  # how long the /feeds add preview's buttons work (read at call time)


def lang(interaction: discord.Interaction) -> str:
    return lang_of(interaction.locale)


def missing_permissions(channel: discord.abc.GuildChannel, me: discord.Member | None) -> list[str]:
    if me is None:
        return []
    permissions = channel.permissions_for(me)
    return [name.replace("_", " ").title() for name in NEEDED_IN_CHANNEL if not getattr(permissions, name)]


def can_mention(role: discord.Role, guild: discord.Guild | None, channel_id: int | None) -> bool:
    """Whether alerts can notify ``role``: it is mentionable, or the bot has Mention Everyone
    (in the alert channel when it is known, else server-wide)."""
    if role.mentionable:
        return True
    me = guild.me if guild is not None else None
    if me is None:
        return True  # nothing to judge by: no warning rather than a wrong one
    channel = guild.get_channel(channel_id) if guild is not None and channel_id else None
    permissions = channel.permissions_for(me) if channel is not None else me.guild_permissions
    return permissions.mention_everyone


class AdminCog(commands.GroupCog):
    """Shared plumbing: the store, the server-side admin check."""

    def __init__(self, bot: Any) -> None:
        self.bot = bot
        self.store = bot.store
        self.cooldowns: Cooldowns = getattr(bot, "cooldowns", None) or Cooldowns()
        bot.cooldowns = self.cooldowns
        super().__init__()

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        require_admin(interaction)
        await acknowledge(interaction)
        return True

    async def write(self, fn: Any, *args: Any) -> Any:
        def run(db) -> Any:
            with write_transaction(db):
                return fn(db, *args)

        return await self.store.write(run)


def feed_choice(feed: FeedHealth) -> app_commands.Choice[str]:
    label = f"{feed.label} ({feed.status})"
    return app_commands.Choice(name=label[:100], value=str(feed.id))


class ConfirmAdd(discord.ui.View):
    """Two buttons under the preview; only the caller can press them."""

    def __init__(self, owner: int, lang: str) -> None:
        super().__init__(timeout=CONFIRM_TIMEOUT_S)
        self.owner = owner
        self.value: bool | None = None
        self.confirm.label = t("feed_confirm", lang)
        self.cancel.label = t("feed_cancel", lang)
        self.lang = lang

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner:
            await interaction.response.send_message(
                t("not_your_button", lang_of(interaction.locale)), ephemeral=True
            )
            return False
        return True

    @discord.ui.button(style=discord.ButtonStyle.success, custom_id="vidradar:feeds-add:confirm")
    async def confirm(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        self.value = True
        self.interaction = interaction
        self.stop()

    @discord.ui.button(style=discord.ButtonStyle.secondary, custom_id="vidradar:feeds-add:cancel")
    async def cancel(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        self.value = False
        self.interaction = interaction
        self.stop()


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class FeedsCog(AdminCog, group_name="feeds", group_description=_("Manage the feeds this server watches")):
    async def _visible(self, guild_id: int) -> list[FeedHealth]:
        return await self.store.read(server_feeds, guild_id)

    async def _pick(
        self, interaction: discord.Interaction, value: str, feeds: list[FeedHealth]
    ) -> FeedHealth:
        chosen = next((f for f in feeds if str(f.id) == value.strip()), None)
        if chosen is None:
            chosen = next(
                (f for f in feeds if f.url == value.strip() or f.label.lower() == value.strip().lower()), None
            )
        if chosen is None:
            raise Refused(t("unknown_feed", lang(interaction), feed=value[:80]))
        return chosen

    async def _autocomplete(
        self, interaction: discord.Interaction, current: str, *, only: str | None = None
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:  # (members get nothing: VidradarTree checks autocomplete)
            return []
        feeds = await self._visible(interaction.guild_id)
        if only == "enableable":
            feeds = [f for f in feeds if f.muted or f.disabled]
        needle = current.lower()
        return [feed_choice(f) for f in feeds if needle in f.label.lower() or needle in f.url.lower()][:25]

    @app_commands.command(
        name="add", description=_("Add a feed (or a page that links to one) for this server")
    )
    @app_commands.describe(url=_("Feed URL or web page"), name=_("Display name"))
    async def add(
        self,
        interaction: discord.Interaction,
        url: app_commands.Range[str, 8, 500],
        name: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        lg = lang(interaction)
        self.cooldowns.check("feeds-add", interaction.guild_id, ADD_COOLDOWN_S)
        try:
            spec = FeedSpec(url=url.strip(), name=name)
        except ValueError as exc:
            raise Refused(t("feed_rejected", lg, reason=str(exc).splitlines()[-1].strip())) from None
        try:
            resolved: ResolvedFeed = await resolve_feed(spec.url, self.bot.settings)
        except FeedError as exc:
            raise Refused(t("feed_rejected", lg, reason=str(exc))) from None
        title = name or resolved.title or resolved.url
        preview = discord.Embed(
            title=escape(title)[:256],
            description=t(
                "feed_preview",
                lg,
                title=escape(resolved.title or title)[:200],
                url=resolved.url,
                count=resolved.entries,
            ),
            color=0x5865F2,
        )
        for entry in resolved.latest[:5]:
            preview.add_field(
                name=escape(entry.title)[:256] or "-",
                value=f"{timestamp(entry.published)}" + (f" · {entry.link}" if entry.link else "")[:1000],
                inline=False,
            )
        view = ConfirmAdd(interaction.user.id, lg)
        shown = await interaction.followup.send(embed=preview, view=view, ephemeral=True, wait=True)
        timed_out = await view.wait()
        answer = getattr(view, "interaction", None)
        if timed_out or answer is None:
            # Nobody pressed a button: say so, and take away buttons that no longer work.
            await shown.edit(content=t("feed_preview_expired", lg), embed=None, view=None)
            return
        if not view.value:
            await answer.response.edit_message(content=t("feed_cancelled", lg), embed=None, view=None)
            return
        guild_id = interaction.guild_id

        def save(db) -> bool:
            now = utcnow()
            row, _created = feed_store.add_feed(
                db,
                spec.model_copy(update={"url": resolved.url, "name": name}),
                now,
                origin="server",
                guild_id=guild_id,
                title=resolved.title,  # shown in /feeds list until the first poll records it
            )
            if row.disabled and row.disabled_reason == "no server follows it any more":
                feed_store.enable_feed(db, row.id, now)
            return servers.add_server_feed(db, guild_id, row.id, now, name=name)  # this server's name

        added = await self.write(save)
        message = t("feed_added" if added else "feed_already", lg, title=escape(title))
        await answer.response.edit_message(content=message, embed=None, view=None)

    @app_commands.command(
        name="remove", description=_("Remove a feed from this server (operator feeds are muted)")
    )
    @app_commands.describe(feed=_("Feed"))
    async def remove(self, interaction: discord.Interaction, feed: app_commands.Range[str, 1, 500]) -> None:
        assert interaction.guild_id is not None
        chosen = await self._pick(interaction, feed, await self._visible(interaction.guild_id))
        outcome = await self.write(servers.remove_server_feed, interaction.guild_id, chosen.id, utcnow())
        key = "feed_removed" if outcome == "removed" else "feed_muted"
        await reply(interaction, t(key, lang(interaction), title=escape(chosen.label)))

    @remove.autocomplete("feed")
    async def _remove_complete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._autocomplete(interaction, current)

    @app_commands.command(
        name="enable", description=_("Re-enable a disabled feed, or unmute an operator feed")
    )
    @app_commands.describe(feed=_("Feed"))
    async def enable(self, interaction: discord.Interaction, feed: app_commands.Range[str, 1, 500]) -> None:
        assert interaction.guild_id is not None
        guild_id = interaction.guild_id
        chosen = await self._pick(interaction, feed, await self._visible(guild_id))
        lg = lang(interaction)
        if chosen.muted:
            await self.write(servers.unmute_feed, guild_id, chosen.id)
            await reply(interaction, t("feed_unmuted", lg, title=escape(chosen.label)))
        elif chosen.disabled:
            await self.write(feed_store.enable_feed, chosen.id, utcnow())
            await reply(interaction, t("feed_enabled", lg, title=escape(chosen.label)))
        else:
            await reply(interaction, t("feed_not_disabled", lg, title=escape(chosen.label)))

    @enable.autocomplete("feed")
    async def _enable_complete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._autocomplete(interaction, current, only="enableable")

    @app_commands.command(name="list", description=_("List feeds with their health"))
    async def list_(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        feeds = await self._visible(interaction.guild_id)
        lg = lang(interaction)
        if not feeds:
            await reply(interaction, t("feeds_empty", lg))
            return
        lines = []
        for f in feeds:
            when = timestamp(f.last_success) if f.last_success else "-"
            problem = f.disabled_reason or f.last_error
            line = f"{STATUS_ICONS[f.status]} **{escape(f.label)}** · {when}"
            if problem and f.status in ("failing", "disabled"):
                line += f" · {escape(problem)[:120]}"
            lines.append(line)
        # One page per embed (pages of 8 lines): a long list never goes past a message's limits.
        pages = render.paged_list(t("feeds_title", lg), lines)
        await send_pages(interaction, [discord.Embed.from_dict(page) for page in pages])

    @app_commands.command(name="refresh", description=_("Poll this server's feeds (or one) now"))
    @app_commands.describe(feed=_("Feed"))
    async def refresh(
        self, interaction: discord.Interaction, feed: app_commands.Range[str, 1, 500] | None = None
    ) -> None:
        assert interaction.guild_id is not None
        feeds = [f for f in await self._visible(interaction.guild_id) if not f.muted and not f.disabled]
        if feed is not None:
            feeds = [await self._pick(interaction, feed, feeds)]
        self.cooldowns.check("feeds-refresh", interaction.guild_id, REFRESH_COOLDOWN_S)
        runtime = self.bot.runtime
        if runtime is None:
            raise Refused(t("internal_error", lang(interaction)))
        report = await runtime.poller.run_cycle(feed_ids=[f.id for f in feeds])
        lg = lang(interaction)
        text = t(
            "refresh_done",
            lg,
            polled=report.polled,
            new=report.new_entries,
            announcements=len(report.announcements),
        )
        for a in report.announcements[:5]:
            text += (
                f"\n• {EVENT_LABELS[lg].get(a.detection.event, a.detection.event)}: {escape(a.title)[:150]}"
            )
        await reply(interaction, text)

    @refresh.autocomplete("feed")
    async def _refresh_complete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._autocomplete(interaction, current)


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class AlertsCog(AdminCog, group_name="alerts", group_description=_("Where and how alerts are posted")):
    def _check_channel(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        guild = interaction.guild
        me = guild.me if guild is not None else None
        resolved = guild.get_channel(channel.id) if guild is not None else None
        missing = (
            missing_permissions(resolved or channel, me) if me is not None and resolved is not None else []
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

    @app_commands.command(name="channel", description=_("Set the alert channel"))
    @app_commands.describe(channel=_("Channel"))
    async def channel(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        assert interaction.guild_id is not None
        self._check_channel(interaction, channel)
        await self.write(servers.set_alert_channel, interaction.guild_id, channel.id, utcnow())
        await resync(self.bot, interaction.guild_id)  # a digest may have been waiting for a channel
        await reply(interaction, t("alerts_channel_set", lang(interaction), channel=channel.mention))

    @app_commands.command(
        name="notices", description=_("Set where admin notices go (default: the alert channel)")
    )
    @app_commands.describe(channel=_("Channel"))
    async def notices(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        assert interaction.guild_id is not None
        self._check_channel(interaction, channel)
        await self.write(servers.set_notices_channel, interaction.guild_id, channel.id, utcnow())
        await reply(interaction, t("notices_channel_set", lang(interaction), channel=channel.mention))

    @app_commands.command(name="pause", description=_("Pause alerts"))
    async def pause(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await self.write(servers.set_paused, interaction.guild_id, True, utcnow())
        await reply(interaction, t("alerts_paused", lang(interaction)))

    @app_commands.command(name="resume", description=_("Resume alerts"))
    async def resume(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        guild_id = interaction.guild_id
        max_age = self.bot.settings.max_alert_age

        def resume(db) -> int:
            now = utcnow()
            servers.set_paused(db, guild_id, False, now)
            return outbox.expire_paused(db, guild_id, now, max_age)

        expired = await self.write(resume)
        from feeds.durations import format_duration

        await reply(
            interaction, t("alerts_resumed", lang(interaction), expired=expired, age=format_duration(max_age))
        )
        if self.bot.runtime is not None:
            self.bot.runtime.wake_delivery()

    @app_commands.command(name="status", description=_("Pending and failed deliveries"))
    async def status(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        status = await self.store.read(server_status, interaction.guild_id)
        await reply(interaction, embed=status_embed(status, lang(interaction), deliveries_only=True))

    @app_commands.command(name="retry", description=_("Send failed deliveries again"))
    async def retry(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        guild_id = interaction.guild_id
        settings = await self.store.read(servers.server_settings, guild_id)
        channel = settings.alert_channel_id if settings else None
        count = await self.write(outbox.retry_failed, guild_id, utcnow(), channel)
        await reply(interaction, t("alerts_retried", lang(interaction), count=count))
        if self.bot.runtime is not None:
            self.bot.runtime.wake_delivery()

    @app_commands.command(name="test", description=_("Post a sample alert"))
    async def test(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        guild_id = interaction.guild_id
        settings = await self.store.read(servers.server_settings, guild_id)
        if settings is None or settings.alert_channel_id is None:
            raise Refused(t("alerts_no_channel", lang(interaction)))

        def queue(db) -> None:
            outbox.enqueue(
                db,
                guild_id=guild_id,
                channel_id=settings.alert_channel_id,
                kind="test",
                dedup_key=f"test:{guild_id}:{interaction.id}",
                now=utcnow(),
            )

        await self.write(queue)
        await reply(
            interaction, t("alerts_test_queued", lang(interaction), channel=f"<#{settings.alert_channel_id}>")
        )
        if self.bot.runtime is not None:
            self.bot.runtime.wake_delivery()

    @app_commands.command(name="ping-role", description=_("Mention a role in alerts"))
    @app_commands.describe(role=_("Role to mention"), event=_("Only for this event type"))
    @app_commands.choices(event=EVENT_CHOICES)
    async def ping_role(
        self,
        interaction: discord.Interaction,
        role: discord.Role,
        event: app_commands.Choice[str] | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        if role.is_default():
            raise Refused(t("ping_role_everyone", lang(interaction)))
        await self.write(
            servers.set_ping_role, interaction.guild_id, role.id, event.value if event else None, utcnow()
        )
        lg = lang(interaction)
        suffix = f" ({EVENT_LABELS[lg][event.value]})" if event else ""
        text = t("ping_role_set", lg, event=suffix, role=role.mention)
        settings = await self.store.read(servers.server_settings, interaction.guild_id)
        if not can_mention(role, interaction.guild, settings.alert_channel_id if settings else None):
            text += "\n" + t("ping_role_not_mentionable", lg, role=role.mention)
        await reply(interaction, text)

    @app_commands.command(name="ping-role-off", description=_("Stop mentioning a role"))
    async def ping_role_off(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await self.write(servers.set_ping_role, interaction.guild_id, None, None, utcnow())
        await reply(interaction, t("ping_role_off", lang(interaction)))


def status_embed(status: Any, lg: str, *, deliveries_only: bool = False) -> discord.Embed:
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
            pending=d.pending,
            failed=d.failed,
            sent=d.sent,
        )
    else:
        embed.add_field(
            name=t("status_feeds", lg),
            inline=False,
            value=t(
                "status_feeds_value",
                lg,
                ok=status.feeds_ok,
                failing=status.feeds_failing,
                disabled=status.feeds_disabled,
            ),
        )
        cycle = (
            t(
                "status_cycle_value",
                lg,
                when=timestamp(status.last_cycle),
                seconds=status.last_cycle_seconds or 0,
            )
            if status.last_cycle
            else t("status_never", lg)
        )
        embed.add_field(name=t("status_cycle", lg), value=cycle, inline=False)
        embed.add_field(
            name=t("status_deliveries", lg),
            inline=False,
            value=t("status_deliveries_value", lg, pending=d.pending, failed=d.failed),
        )
        embed.add_field(name=t("status_version", lg), value=__version__, inline=False)
    if d.problems:
        problems = "\n".join(
            f"• {kind}: {escape(error or '?')[:200]} (×{count})" for kind, error, count in d.problems
        )
        embed.add_field(name=t("status_problems", lg), value=problems[:1024], inline=False)
    return embed


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class VidradarCog(AdminCog, group_name="vidradar", group_description=_("vidradar itself")):
    @app_commands.command(name="status", description=_("Feeds, last poll, deliveries and version"))
    async def status(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        status = await self.store.read(server_status, interaction.guild_id)
        await reply(interaction, embed=status_embed(status, lang(interaction)))


async def setup(bot: commands.Bot) -> None:
    for cog in (FeedsCog, AlertsCog, VidradarCog):
        await bot.add_cog(cog(bot))

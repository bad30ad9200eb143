"""/alerts: where and how a server's alerts are posted — channels, pause and resume, status,
retry, a test alert, the role to mention (admins)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.cogs.base import (
    NEEDED_FOR_THREADS,
    NEEDED_IN_FORUM,
    NEEDED_IN_THREAD,
    AdminCog,
    complete_names,
    lang,
    refuse_unless_bot_can_post,
    resolve_name,
    status_embed,
)
from bot.command_translations import event_choices
from bot.errors import Refused, reply
from bot.pagination import send_pages
from feeds.detect.taxonomy import bundled_taxonomy
from feeds.durations import human_duration
from feeds.languages import parse_languages
from feeds.models import EVENT_TYPES
from feeds.service import render
from feeds.service.digest_jobs import resync
from feeds.service.i18n import EVENT_LABELS, number, plural, t
from feeds.storage.routes import Route, RouteSpec
from feeds.timeutil import utcnow

RouteChannel = discord.TextChannel | discord.ForumChannel | discord.Thread

EVENT_CHOICES = event_choices(EVENT_TYPES)


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


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class AlertsCog(AdminCog, group_name="alerts", group_description=_("Where and how alerts are posted")):
    def _wake_delivery(self) -> None:
        """Deliveries just queued or released go out now, not at the worker's next turn."""
        if self.bot.runtime is not None:
            self.bot.runtime.wake_delivery()

    @app_commands.command(name="channel", description=_("Set the alert channel"))
    @app_commands.describe(channel=_("Channel"))
    async def channel(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        assert interaction.guild_id is not None
        refuse_unless_bot_can_post(interaction, channel)
        await self.store.set_alert_channel(interaction.guild_id, channel.id, utcnow())
        await resync(self.bot, interaction.guild_id)  # a digest may have been waiting for a channel
        await reply(interaction, t("alerts_channel_set", lang(interaction), channel=channel.mention))

    @app_commands.command(
        name="notices", description=_("Set where admin notices go (default: the alert channel)")
    )
    @app_commands.describe(channel=_("Channel"))
    async def notices(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        assert interaction.guild_id is not None
        refuse_unless_bot_can_post(interaction, channel)
        await self.store.set_notices_channel(interaction.guild_id, channel.id, utcnow())
        await reply(interaction, t("notices_channel_set", lang(interaction), channel=channel.mention))

    @app_commands.command(name="pause", description=_("Pause alerts"))
    async def pause(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await self.store.pause_alerts(interaction.guild_id, utcnow())
        await reply(interaction, t("alerts_paused", lang(interaction)))

    @app_commands.command(name="resume", description=_("Resume alerts"))
    async def resume(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        max_age = self.bot.settings.max_alert_age
        expired = await self.store.resume_alerts(interaction.guild_id, utcnow(), max_age)
        lg = lang(interaction)
        if expired:
            await reply(interaction, plural("alerts_resumed", expired, lg, age=human_duration(max_age, lg)))
        else:
            await reply(interaction, t("alerts_resumed_none", lg))
        self._wake_delivery()

    @app_commands.command(name="status", description=_("Pending and failed deliveries"))
    async def status(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        status = await self.store.server_status(interaction.guild_id)
        await reply(interaction, embed=status_embed(status, lang(interaction), deliveries_only=True))

    @app_commands.command(name="retry", description=_("Send failed deliveries again"))
    async def retry(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        count = await self.store.retry_failed_alerts(interaction.guild_id, utcnow())
        await reply(interaction, plural("alerts_retried", count, lang(interaction)))
        self._wake_delivery()

    @app_commands.command(name="test", description=_("Post a sample alert"))
    async def test(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        channel_id = await self.store.queue_test_alert(interaction.guild_id, interaction.id, utcnow())
        if channel_id is None:
            raise Refused(t("alerts_no_channel", lang(interaction)))
        await reply(interaction, t("alerts_test_queued", lang(interaction), channel=f"<#{channel_id}>"))
        self._wake_delivery()

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
        await self.store.set_ping_role(
            interaction.guild_id, role.id, event.value if event else None, utcnow()
        )
        lg = lang(interaction)
        suffix = f" ({EVENT_LABELS[lg][event.value]})" if event else ""
        text = t("ping_role_set", lg, event=suffix, role=role.mention)
        settings = await self.store.server_settings(interaction.guild_id)
        if not can_mention(role, interaction.guild, settings.alert_channel_id if settings else None):
            text += "\n" + t("ping_role_not_mentionable", lg, role=role.mention)
        await reply(interaction, text)

    @app_commands.command(name="ping-role-off", description=_("Stop mentioning a role"))
    async def ping_role_off(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await self.store.set_ping_role(interaction.guild_id, None, None, utcnow())
        await reply(interaction, t("ping_role_off", lang(interaction)))

    # -- routes: /alerts route add|list|remove ----------------------------------------
    route = app_commands.Group(
        name="route", description=_("Send some alerts to other channels, threads or forums")
    )

    @route.command(name="add", description=_("Send the alerts that match to a channel, thread or forum"))
    @app_commands.describe(
        channel=_("Text, announcement or forum channel, or a thread"),
        vendor=_("Only this vendor"),
        product=_("Only this product"),
        event=_("Only this event type"),
        language=_("Only reports in this language (ISO 639-1, e.g. fr)"),
        min_score=_("Only alerts scoring at least this (0-1)"),
        ping_role=_("Role to mention"),
        thread_per_story=_("Open a thread from each alert for later coverage (text channels)"),
    )
    @app_commands.choices(event=EVENT_CHOICES)
    async def route_add(
        self,
        interaction: discord.Interaction,
        channel: RouteChannel,
        vendor: app_commands.Range[str, 1, 60] | None = None,
        product: app_commands.Range[str, 1, 60] | None = None,
        event: app_commands.Choice[str] | None = None,
        language: app_commands.Range[str, 2, 8] | None = None,
        min_score: app_commands.Range[float, 0.0, 1.0] | None = None,
        ping_role: discord.Role | None = None,
        thread_per_story: bool = False,
    ) -> None:
        assert interaction.guild_id is not None
        lg = lang(interaction)
        forum = (
            isinstance(channel, discord.ForumChannel)
            or getattr(channel, "type", None) == discord.ChannelType.forum
        )
        thread = isinstance(channel, discord.Thread | app_commands.AppCommandThread)
        if thread_per_story and (forum or thread):
            raise Refused(t("route_thread_per_story_text_only", lg, channel=channel.mention))
        if min_score is not None and not 0 <= min_score <= 1:  # a crafted request can send anything
            raise Refused(t("route_bad_score", lg, value=min_score))
        if ping_role is not None and ping_role.is_default():
            raise Refused(t("ping_role_everyone", lg))
        codes = parse_languages(language) if language else []
        if len(codes) != 1 and language:  # "all" (no filter) or several: a route takes one
            raise Refused(t("route_one_language", lg))
        needed: tuple[str, ...] | None = NEEDED_IN_FORUM if forum else NEEDED_IN_THREAD if thread else None
        if thread_per_story:
            needed = NEEDED_FOR_THREADS
        if needed:
            refuse_unless_bot_can_post(interaction, channel, needed)
        else:
            refuse_unless_bot_can_post(interaction, channel)
        spec = RouteSpec(
            channel_id=channel.id,
            target="forum" if forum else "channel",
            thread_per_story=thread_per_story,
            vendor=resolve_name("vendor", vendor, lg),
            product=resolve_name("product", product, lg),
            event=event.value if event else None,
            language=codes[0] if codes else None,
            min_score=min_score,
            ping_role_id=ping_role.id if ping_role else None,
        )
        route = await self.store.add_route(interaction.guild_id, spec, utcnow())
        text = t(
            "route_added",
            lg,
            id=route.id,
            filters=route_filters(route, lg),
            channel=channel.mention,
            how=route_how(route, lg),
        )
        if ping_role is not None and not can_mention(ping_role, interaction.guild, channel.id):
            text += "\n" + t("ping_role_not_mentionable", lg, role=ping_role.mention)
        await reply(interaction, text)

    @route_add.autocomplete("vendor")
    async def route_vendor(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return complete_names("vendor", current)

    @route_add.autocomplete("product")
    async def route_product(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return complete_names("product", current)

    @route.command(name="list", description=_("This server's alert routes"))
    async def route_list(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        lg = lang(interaction)
        routes = await self.store.server_routes(interaction.guild_id)
        settings = await self.store.server_settings(interaction.guild_id)
        default = f"<#{settings.alert_channel_id}>" if settings and settings.alert_channel_id else "-"
        if not routes:
            await reply(interaction, t("routes_none", lg, channel=default))
            return
        lines = [f"`{r.id}` {route_filters(r, lg)} → <#{r.channel_id}>{route_how(r, lg)}" for r in routes]
        # Each page names the alert channel as a mention (a footer would show its bare id);
        # 25 routes can outgrow one embed.
        pages = render.paged_list(
            t("routes_title", lg), lines, header=t("routes_default", lg, channel=default)
        )
        await send_pages(interaction, [discord.Embed.from_dict(page) for page in pages])

    @route.command(name="remove", description=_("Remove an alert route"))
    @app_commands.describe(route=_("Route id (see /alerts route list)"))
    async def route_remove(self, interaction: discord.Interaction, route: app_commands.Range[int, 1]) -> None:
        assert interaction.guild_id is not None
        removed = await self.store.remove_route(interaction.guild_id, route)
        await reply(
            interaction,
            t("route_removed", lang(interaction), id=removed.id, channel=f"<#{removed.channel_id}>"),
        )

    @route_remove.autocomplete("route")
    async def route_complete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        if interaction.guild_id is None:
            return []
        lg = lang(interaction)
        routes = await self.store.server_routes(interaction.guild_id)
        guild = interaction.guild
        choices = []
        for r in routes:
            place = guild.get_channel_or_thread(r.channel_id) if guild else None
            name = f"{r.id} · {route_filters(r, lg)} → #{place.name if place else r.channel_id}"
            if current.strip() in name:
                choices.append(app_commands.Choice(name=name[:100], value=r.id))
        return choices[:25]


def route_filters(route: Route | RouteSpec, lg: str) -> str:
    """ "Sora (OpenAI) · Launch · fr · ≥ 0.70", or "every alert"."""
    taxonomy = bundled_taxonomy()
    parts = []
    if route.vendor:
        parts.append(taxonomy.vendor_name(route.vendor))
    if route.product:
        parts.append(taxonomy.product_label(route.product))
    if route.event:
        parts.append(EVENT_LABELS[lg].get(route.event, route.event))
    if route.language:
        parts.append(route.language)
    if route.min_score is not None:
        parts.append(f"≥ {number(route.min_score, lg, '0.00')}")
    if route.ping_role_id:
        parts.append(f"<@&{route.ping_role_id}>")
    return " · ".join(parts) or t("route_every_alert", lg)


def route_how(route: Route | RouteSpec, lg: str) -> str:
    if route.target == "forum":
        return t("route_forum", lg)
    return t("route_thread_per_story", lg) if route.thread_per_story else ""


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(AlertsCog(bot))

"""/alerts: where and how a server's alerts are posted — channels, pause and resume, status,
retry, a test alert, the role to mention (admins)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.cogs.base import AdminCog, lang, refuse_unless_bot_can_post, status_embed
from bot.command_translations import event_choices
from bot.errors import Refused, reply
from feeds.durations import human_duration
from feeds.models import EVENT_TYPES
from feeds.service.digest_jobs import resync
from feeds.service.i18n import EVENT_LABELS, plural, t
from feeds.timeutil import utcnow

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
        await reply(interaction, plural("alerts_resumed", expired, lg, age=human_duration(max_age, lg)))
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


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(AlertsCog(bot))

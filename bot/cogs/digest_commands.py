"""/digest: where and when a server's digest is posted (admins), and a preview."""

from __future__ import annotations

import io
from datetime import timedelta
from functools import partial
from zoneinfo import available_timezones

import discord
from discord import app_commands
from discord.app_commands import locale_str as _

from bot.cogs.base import AdminCog, lang, refuse_unless_bot_can_post
from bot.errors import reply
from feeds.service import render
from feeds.service.chart import render_chart
from feeds.service.digest_jobs import current_period, late_items, resync
from feeds.service.digest_plan import WEEKDAYS, DigestSchedule, make_schedule, next_fire
from feeds.service.i18n import WEEKDAY_NAMES, t
from feeds.timeutil import utcnow

# Choice names are locale_str, so the translator names them in French (quotidien, lundi);
# the values stay the settings' spelling (daily, mon).
FREQUENCIES = [
    app_commands.Choice(name=_("daily"), value="daily"),
    app_commands.Choice(name=_("weekly"), value="weekly"),
]
DAYS = [app_commands.Choice(name=_(WEEKDAY_NAMES["en"][i]), value=d) for i, d in enumerate(WEEKDAYS)]
_ZONES: list[str] = []


def zones() -> list[str]:
    if not _ZONES:
        _ZONES.extend(sorted({"UTC", *available_timezones()}))
    return _ZONES


def describe(plan: DigestSchedule, lang: str) -> str:
    """The schedule in the caller's words: daily 09:00 Europe/Paris, quotidien à 09:00 (…)."""
    at = plan.at.strftime("%H:%M")
    if plan.frequency == "weekly" and plan.weekday is not None:
        day = WEEKDAY_NAMES.get(lang, WEEKDAYS)[plan.weekday]
        return t("schedule_weekly", lang, day=day, time=at, tz=plan.tz)
    return t("schedule_daily", lang, time=at, tz=plan.tz)


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class DigestCog(AdminCog, group_name="digest", group_description=_("Scheduled digests")):
    @app_commands.command(name="channel", description=_("Where digests go (default: the alert channel)"))
    @app_commands.describe(channel=_("Channel"))
    async def channel(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        assert interaction.guild_id is not None
        refuse_unless_bot_can_post(interaction, channel)
        await self.store.set_digest_channel(interaction.guild_id, channel.id, utcnow())
        await resync(self.bot, interaction.guild_id)
        await reply(interaction, t("digest_channel_set", lang(interaction), channel=channel.mention))

    @app_commands.command(name="schedule", description=_("When digests are posted"))
    @app_commands.describe(
        frequency=_("daily or weekly"),
        time=_("Local time, HH:MM"),
        timezone=_("IANA time zone, e.g. Europe/Paris"),
        weekday=_("Day (weekly)"),
    )
    @app_commands.choices(frequency=FREQUENCIES, weekday=DAYS)
    async def schedule(
        self,
        interaction: discord.Interaction,
        frequency: app_commands.Choice[str],
        time: app_commands.Range[str, 4, 5],
        timezone: app_commands.Range[str, 1, 64],
        weekday: app_commands.Choice[str] | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        plan = make_schedule(frequency.value, time, timezone, weekday.value if weekday else None)
        settings = await self.store.server_settings(interaction.guild_id)
        await self.store.set_digest_schedule(interaction.guild_id, plan, utcnow())
        await resync(self.bot, interaction.guild_id)
        upcoming = next_fire(plan, utcnow())
        lg = lang(interaction)
        message = t("digest_scheduled", lg, schedule=describe(plan, lg), next=render.timestamp(upcoming))
        if settings is None or settings.alert_channel_id is None:
            digest_channel = await self.store.digest_channel(interaction.guild_id)
            if digest_channel is None:
                message += "\n" + t("digest_no_channel", lang(interaction))
        await reply(interaction, message)

    @schedule.autocomplete("timezone")
    async def _zones(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        needle = current.lower().replace(" ", "_")
        found = [z for z in zones() if needle in z.lower()]
        found.sort(key=lambda z: (not z.lower().startswith(needle), z))
        return [app_commands.Choice(name=z, value=z) for z in found[:25]]

    @app_commands.command(name="off", description=_("Stop digests"))
    async def off(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await self.store.set_digest_schedule(interaction.guild_id, None, utcnow())
        await resync(self.bot, interaction.guild_id)
        await reply(interaction, t("digest_off", lang(interaction)))

    @app_commands.command(name="preview", description=_("Show the digest so far, only to you"))
    async def preview(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        now = utcnow()
        target = next(
            (
                tg
                for tg in await self.store.digest_targets(headless=False)
                if tg.guild_id == interaction.guild_id
            ),
            None,
        )
        # The digest in progress: since the last one sent (or the last fire time), with what
        # the last one could not list.
        start, late = now - timedelta(days=7), None
        if target is not None:
            period = (await current_period(self.store, target, now))[0]
            start, late = period.start, await late_items(self.store, target, period)
        digest = await self.store.digest_content(interaction.guild_id, start, now, late)
        lg = lang(interaction)
        png = (
            None
            if digest.quiet
            else await self.bot.loop.run_in_executor(
                None, partial(render_chart, digest, lg, target.tz if target else "UTC")
            )
        )
        messages = render.digest_messages(digest, lg, with_chart=png is not None)
        for index, message in enumerate(messages):
            files = [discord.File(io.BytesIO(png), filename=render.CHART_NAME)] if png and index == 0 else []
            await interaction.followup.send(
                embeds=[discord.Embed.from_dict(e) for e in message.embeds],
                files=files,
                ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )


async def setup(bot) -> None:
    await bot.add_cog(DigestCog(bot))

"""/watch: what a server watches — include/exclude terms, mutes, minimum score, alert
languages (admins).

The rules themselves live in :mod:`feeds.storage.watch`; changes apply from the next poll
cycle, and /watch list shows exactly what is in force.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.cogs.base import AdminCog, lang
from bot.errors import reply
from feeds.detect.keywords import MAX_TERM_CHARS
from feeds.detect.taxonomy import bundled_taxonomy
from feeds.models import EVENT_TYPES
from feeds.service import render
from feeds.service.i18n import EVENT_LABELS, number, t
from feeds.service.render import escape
from feeds.timeutil import utcnow

MAX_LANGUAGE_CHARS = 100  # 25 codes and their separators

MODE_CHOICES = [
    app_commands.Choice(name=app_commands.locale_str("include"), value="include"),
    app_commands.Choice(name=app_commands.locale_str("exclude"), value="exclude"),
]


def mute_choices(targets: list[str], current: str, lg: str) -> list[app_commands.Choice[str]]:
    """Vendors and events as people read them (events in the reader's language), found by
    their name or slug; the slug is the value."""
    taxonomy = bundled_taxonomy()
    needle = current.strip().casefold()
    choices = []
    for target in targets:
        name = EVENT_LABELS[lg][target] if target in EVENT_TYPES else taxonomy.vendor_name(target)
        if needle in target or needle in name.casefold():
            choices.append(app_commands.Choice(name=name[:100], value=target))
    return choices[:25]


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class WatchCog(AdminCog, group_name="watch", group_description=_("What this server watches")):
    @app_commands.command(
        name="add", description=_("Watch a term (include alerts on any match; exclude silences)")
    )
    @app_commands.describe(term=_("A word or phrase"), mode=_("include (default) or exclude"))
    @app_commands.choices(mode=MODE_CHOICES)
    async def add(
        self,
        interaction: discord.Interaction,
        term: app_commands.Range[str, 1, MAX_TERM_CHARS],
        mode: app_commands.Choice[str] | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        chosen = mode.value if mode else "include"
        stored = await self.store.add_watch_term(interaction.guild_id, term, chosen, utcnow())
        lg = lang(interaction)
        await reply(interaction, t("watch_added", lg, mode=t(f"mode_{chosen}", lg), term=escape(stored)))

    @app_commands.command(name="remove", description=_("Stop watching a term"))
    @app_commands.describe(term=_("A watched term"))
    async def remove(
        self, interaction: discord.Interaction, term: app_commands.Range[str, 1, MAX_TERM_CHARS]
    ) -> None:
        assert interaction.guild_id is not None
        removed = await self.store.remove_watch_term(interaction.guild_id, term)
        await reply(interaction, t("watch_removed", lang(interaction), term=escape(removed)))

    @remove.autocomplete("term")
    async def _terms(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:  # (members get nothing: VidradarTree checks autocomplete)
            return []
        current_settings = await self.store.watch_settings(interaction.guild_id)
        needle = current.lower()
        terms = [*current_settings.include, *current_settings.exclude]
        return [app_commands.Choice(name=term[:100], value=term) for term in terms if needle in term.lower()][
            :25
        ]

    @app_commands.command(name="list", description=_("What is in force"))
    async def list_(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        current = await self.store.watch_settings(interaction.guild_id)
        lg = lang(interaction)

        def terms(values: list[str]) -> str:
            quoted = [f"“{escape(v)}”" for v in values]
            return render.joined_within(quoted, 1024, lambda n: t("and_more", lg, count=n)) or "-"

        embed = discord.Embed(title=t("watch_title", lg), color=0x5865F2)
        embed.add_field(name=t("watch_include", lg), value=terms(current.include), inline=False)
        embed.add_field(name=t("watch_exclude", lg), value=terms(current.exclude), inline=False)
        taxonomy = bundled_taxonomy()
        muted = [escape(taxonomy.vendor_name(v)) for v in current.muted_vendors] + [
            EVENT_LABELS[lg].get(e, e) for e in current.muted_events
        ]
        embed.add_field(
            name=t("watch_mutes", lg),
            value=render.joined_within(muted, 1024, lambda n: t("and_more", lg, count=n)) or "-",
            inline=False,
        )
        embed.add_field(name=t("watch_min", lg), value=number(current.min_score, lg, "0.00"), inline=False)
        embed.add_field(
            name=t("watch_languages", lg),
            value=" ".join(current.languages) or t("watch_languages_every", lg),
            inline=False,
        )
        await reply(interaction, embed=embed)

    @app_commands.command(name="mute", description=_("Mute a vendor or an event type"))
    @app_commands.describe(target=_("Vendor or event type"))
    async def mute(self, interaction: discord.Interaction, target: app_commands.Range[str, 1, 40]) -> None:
        assert interaction.guild_id is not None
        value = await self.store.mute_target(
            interaction.guild_id, target, bundled_taxonomy().vendor_slugs, utcnow()
        )
        await reply(interaction, t("watch_muted", lang(interaction), target=value))

    @mute.autocomplete("target")
    async def _targets(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        lg = lang(interaction)
        watched = [*EVENT_TYPES, *bundled_taxonomy().vendor_slugs]
        # ... and makers outside the watchlist that stored stories name ("kakao")
        seen = [v for v in await self.store.vendors_in_the_news(current.lower()) if v not in watched]
        return mute_choices([*watched, *seen], current, lg)

    @app_commands.command(name="unmute", description=_("Unmute a vendor or an event type"))
    @app_commands.describe(target=_("A current mute"))
    async def unmute(self, interaction: discord.Interaction, target: app_commands.Range[str, 1, 40]) -> None:
        assert interaction.guild_id is not None
        value = await self.store.unmute_target(interaction.guild_id, target)
        await reply(interaction, t("watch_unmuted", lang(interaction), target=value))

    @unmute.autocomplete("target")
    async def _mutes(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:  # (members get nothing: VidradarTree checks autocomplete)
            return []
        current_settings = await self.store.watch_settings(interaction.guild_id)
        options = [*current_settings.muted_vendors, *current_settings.muted_events]
        return mute_choices(options, current, lang(interaction))

    @app_commands.command(name="min-score", description=_("Alert only from this score (0.0-1.0)"))
    @app_commands.describe(value=_("A number from 0.0 to 1.0"))
    async def min_score(
        self, interaction: discord.Interaction, value: app_commands.Range[float, 0.0, 1.0]
    ) -> None:
        assert interaction.guild_id is not None
        stored = await self.store.set_min_score(interaction.guild_id, value, utcnow())
        lg = lang(interaction)
        await reply(interaction, t("watch_min_score", lg, value=number(stored, lg, "0.00")))

    @app_commands.command(
        name="languages", description=_("Languages alerts may be in: ISO 639-1 codes (en fr), or all")
    )
    @app_commands.describe(codes=_("e.g. en fr (all: every language)"))
    async def languages(
        self, interaction: discord.Interaction, codes: app_commands.Range[str, 1, MAX_LANGUAGE_CHARS]
    ) -> None:
        assert interaction.guild_id is not None
        chosen = await self.store.set_alert_languages(interaction.guild_id, codes, utcnow())
        lg = lang(interaction)
        if chosen:
            await reply(interaction, t("watch_languages_set", lg, languages=" ".join(chosen)))
        else:
            await reply(interaction, t("watch_languages_all", lg))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(WatchCog(bot))

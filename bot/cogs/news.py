"""/news: history for everyone in the server (ephemeral replies, paginated when long).

Data and logic live in storage (:class:`~feeds.storage.store.Store`'s history operations, over
:mod:`feeds.storage.history`); this module only parses options and renders.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.cogs.base import VidradarCog, lang, resolve_name
from bot.command_translations import event_choices
from bot.errors import Refused, acknowledge
from bot.pagination import send_pages
from feeds.detect.taxonomy import bundled_taxonomy
from feeds.durations import human_duration, parse_duration
from feeds.models import EVENT_TYPES
from feeds.service import render
from feeds.service.i18n import EVENT_LABELS, number, plural, t
from feeds.storage.entries import MAX_QUERY_CHARS, query_words
from feeds.timeutil import utcnow

EVENT_CHOICES = event_choices((*EVENT_TYPES, "keyword"))  # named per locale: Launch, Lancement
SEARCH_COOLDOWN_S = 5.0
MAX_PERIOD = timedelta(days=3650)
LIMIT_RANGE = (1, 25)
DEFAULT_COLOUR = 0x5865F2


def parse_period(value: str | None, default: str, lg: str) -> timedelta:
    raw = value or default
    try:
        period = parse_duration(raw)
    except ValueError:
        raise Refused(t("bad_duration", lg, value=raw[:40])) from None
    if period <= timedelta(0) or period > MAX_PERIOD:
        raise Refused(t("bad_duration", lg, value=raw[:40]))
    return period


def check_limit(value: int, lg: str) -> int:
    """Discord's client enforces 1-25, discord.py does not: a crafted or stale request can
    send anything."""
    low, high = LIMIT_RANGE
    if not low <= value <= high:
        raise Refused(t("bad_limit", lg, low=low, high=high, value=value))
    return value


def list_colours(event: str | None, events: list[str | None]) -> tuple[int, list[int] | None]:
    """Colours as in alerts: one event filtered -> that event's colour; otherwise each page
    takes the colour of its first item's event."""
    if event:
        return render.EVENT_COLOURS.get(event, DEFAULT_COLOUR), None
    return DEFAULT_COLOUR, [render.EVENT_COLOURS.get(e or "", DEFAULT_COLOUR) for e in events]


def check_product(value: str, lg: str) -> str:
    """A product family or version by slug or name, as alerts and digests show it ("sora",
    "Sora 2", "Veo 4 (Google)"); refused as unknown otherwise."""
    slug = bundled_taxonomy().product_slug(value)
    if slug is None:
        raise Refused(t("unknown_product_or_vendor", lg, kind=t("product", lg), value=value[:40]))
    return slug


def embeds(dicts: list[dict[str, Any]]) -> list[discord.Embed]:
    return [discord.Embed.from_dict(d) for d in dicts]


@app_commands.guild_only()
class NewsCog(VidradarCog, group_name="news", group_description=_("AI-video news history")):
    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        await acknowledge(interaction)
        return True

    # -- autocomplete ----------------------------------------------------------------
    async def vendor_complete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        needle = current.casefold().strip()
        taxonomy = bundled_taxonomy()
        named = ((taxonomy.vendor_name(v), v) for v in taxonomy.vendor_slugs)
        return [
            app_commands.Choice(name=name, value=slug)
            for name, slug in named
            if needle in slug or needle in name.casefold()
        ][:25]

    async def product_complete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        needle = current.casefold().strip()
        taxonomy = bundled_taxonomy()
        named = ((taxonomy.product_label(p), p) for p in taxonomy.product_slugs)
        return [
            app_commands.Choice(name=name, value=slug)
            for name, slug in named
            if needle in slug or needle in name.casefold()
        ][:25]

    # -- commands --------------------------------------------------------------------
    @app_commands.command(name="latest", description=_("Latest announcements, newest first"))
    @app_commands.describe(
        vendor=_("Only this vendor"), event=_("Only this event type"), limit=_("How many (1-25)")
    )
    @app_commands.choices(event=EVENT_CHOICES)
    async def latest(
        self,
        interaction: discord.Interaction,
        vendor: app_commands.Range[str, 1, 40] | None = None,
        event: app_commands.Choice[str] | None = None,
        limit: app_commands.Range[int, 1, 25] = 10,
    ) -> None:
        assert interaction.guild_id is not None
        lg = lang(interaction)
        slug = resolve_name("vendor", vendor, lg)  # by slug or name
        chosen = event.value if event else None
        rows = await self.store.latest(
            interaction.guild_id, vendor=slug, event=chosen, limit=check_limit(limit, lg)
        )
        lines = [render.story_line(row, lg) for row in rows] or [t("news_nothing", lg)]
        colour, colours = list_colours(chosen, [row.event for row in rows])
        pages = render.paged_list(t("news_latest_title", lg), lines, colour=colour, line_colours=colours)
        await send_pages(interaction, embeds(pages))

    @latest.autocomplete("vendor")
    async def _latest_vendor(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self.vendor_complete(interaction, current)

    @app_commands.command(name="search", description=_("Search stored news"))
    @app_commands.describe(
        query=_("Words to look for"),
        vendor=_("Only this vendor"),
        event=_("Only this event type"),
        since=_("Only this recent, e.g. 7d"),
    )
    @app_commands.choices(event=EVENT_CHOICES)
    async def search(
        self,
        interaction: discord.Interaction,
        query: app_commands.Range[str, 1, MAX_QUERY_CHARS],
        vendor: app_commands.Range[str, 1, 40] | None = None,
        event: app_commands.Choice[str] | None = None,
        since: app_commands.Range[str, 1, 20] | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        lg = lang(interaction)
        slug = resolve_name("vendor", vendor, lg)  # by slug or name
        start = utcnow() - parse_period(since, "3650d", lg) if since else None
        chosen = event.value if event else None
        query_words(query)  # a query refused is refused before the cooldown is taken
        self.cooldowns.check("news-search", interaction.user.id, SEARCH_COOLDOWN_S)
        rows = await self.store.search(
            interaction.guild_id, query, since=start, vendor=slug, event=chosen, limit=80
        )
        lines = [render.search_line(row) for row in rows]
        colour, colours = list_colours(chosen, [row.event for row in rows])
        pages = render.paged_list(
            t("news_search_title", lg, query=render.clip(render.escape(query), 80)),
            lines or [t("news_nothing", lg)],
            colour=colour,
            line_colours=colours if lines else None,
        )
        await send_pages(interaction, embeds(pages))

    @search.autocomplete("vendor")
    async def _search_vendor(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self.vendor_complete(interaction, current)

    @app_commands.command(name="timeline", description=_("A product's announcements in time order"))
    @app_commands.describe(product=_("Product"))
    async def timeline(
        self, interaction: discord.Interaction, product: app_commands.Range[str, 1, 40]
    ) -> None:
        assert interaction.guild_id is not None
        lg = lang(interaction)
        slug = check_product(product, lg)
        line = await self.store.timeline(interaction.guild_id, slug)
        current = line.current
        header = ""
        if current is not None:
            header = t(
                "news_status",
                lg,
                product=render.escape(bundled_taxonomy().product_name(slug)),
                api=" API" if current.api else "",
                event=EVENT_LABELS[lg].get(current.event, current.event).lower(),
                date=render.timestamp(current.published, "D"),  # the reader's own day, as every time shown
                source=render.escape(current.feed),
            )
        lines = [render.story_line(row, lg) for row in line.items] or [t("news_nothing", lg)]
        colour = render.EVENT_COLOURS.get(current.event, DEFAULT_COLOUR) if current else DEFAULT_COLOUR
        pages = render.paged_list(
            t("news_timeline_title", lg, product=bundled_taxonomy().product_label(slug)),
            lines,
            colour=colour,
            header=header,
        )
        await send_pages(interaction, embeds(pages))

    @timeline.autocomplete("product")
    async def _timeline_product(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self.product_complete(interaction, current)

    @app_commands.command(name="why", description=_("Why an alert fired (the id is in its footer)"))
    @app_commands.describe(story=_("Story id from an alert's footer"))
    async def why(self, interaction: discord.Interaction, story: app_commands.Range[str, 1, 40]) -> None:
        assert interaction.guild_id is not None
        lg = lang(interaction)
        view = await self.store.why(interaction.guild_id, story.strip())
        if view is None:
            raise Refused(t("news_unknown_story", lg, key=story.strip()[:40]))
        embed = render.why_embed(
            view, lg, {"title": t("news_why_title", lg), "keywords": t("news_why_keywords", lg)}
        )
        await send_pages(interaction, embeds([embed]))

    @app_commands.command(name="stats", description=_("Counts by vendor and event for a period"))
    @app_commands.describe(period=_("How far back, e.g. 7d"))
    async def stats(
        self, interaction: discord.Interaction, period: app_commands.Range[str, 1, 20] | None = None
    ) -> None:
        assert interaction.guild_id is not None
        lg = lang(interaction)
        span = parse_period(period, "7d", lg)
        result = await self.store.stats(interaction.guild_id, utcnow() - span)
        events = (
            "\n".join(
                f"{render.EVENT_ICONS.get(e, '•')} "
                + t("count_item", lg, label=EVENT_LABELS[lg].get(e, e), count=f"**{number(n, lg)}**")
                for e, n in result.by_event.items()
            )
            or "-"
        )
        vendors = (
            "\n".join(
                t("count_item", lg, label=render.vendor_name(v), count=f"**{number(n, lg)}**")
                for v, n in list(result.by_vendor.items())[:20]
            )
            or "-"
        )
        embed = render.fit_embed(
            {
                "title": t("news_stats_title", lg, period=human_duration(span, lg)),
                "description": t(
                    "news_stats_total",
                    lg,
                    stories=plural("stories", result.stories, lg),
                    keywords=plural("keyword_matches", result.keyword_matches, lg),
                ),
                "color": 0x5865F2,
                "fields": [
                    {"name": t("news_stats_events", lg), "value": events, "inline": True},
                    {"name": t("news_stats_vendors", lg), "value": vendors, "inline": True},
                ],
            }
        )
        await send_pages(interaction, embeds([embed]))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(NewsCog(bot))

"""/feeds: the feeds a server watches — add (preview, then confirm), remove, enable, list,
refresh (admins)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.cogs.base import AdminCog, lang
from bot.errors import Refused, failure_message, reply
from bot.pagination import send_pages
from feeds.errors import FeedError, VidradarError, validation_message
from feeds.fetch.subscribe import ResolvedFeed, resolve_feed
from feeds.models import FeedSpec
from feeds.service import render
from feeds.service.i18n import EVENT_LABELS, lang_of, plural, t
from feeds.service.render import escape, timestamp
from feeds.storage.views import FeedHealth
from feeds.timeutil import utcnow

ADD_COOLDOWN_S = 10.0
REFRESH_COOLDOWN_S = 60.0
STATUS_ICONS = {"ok": "✅", "new": "🆕", "failing": "⚠️", "disabled": "⛔", "muted": "🔇"}
CONFIRM_TIMEOUT_S = 120.0  # how long the /feeds add preview's buttons work (read at call time)
ENABLE_REPLIES = {"unmuted": "feed_unmuted", "enabled": "feed_enabled", "not_disabled": "feed_not_disabled"}


def feed_choice(feed: FeedHealth) -> app_commands.Choice[str]:
    """A feed with its status as /feeds list shows it (an icon reads the same in every language)."""
    label = f"{STATUS_ICONS[feed.status]} {feed.label}"
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
        feeds = await self.store.server_feeds(interaction.guild_id)
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
        try:
            spec = FeedSpec(url=url.strip(), name=name)
        except ValueError as exc:
            raise Refused(t("feed_rejected", lg, reason=validation_message(exc))) from None
        self.cooldowns.check("feeds-add", interaction.guild_id, ADD_COOLDOWN_S)  # a fetch follows
        try:
            resolved: ResolvedFeed = await resolve_feed(spec.url, self.bot.settings)
        except FeedError as exc:
            raise Refused(t("feed_rejected", lg, reason=str(exc))) from None
        title = spec.name or resolved.title or resolved.url
        embed = discord.Embed(
            title=render.clip(escape(title), 256),
            description=plural(
                "feed_preview",
                resolved.entries,
                lg,
                title=render.clip(escape(resolved.title or title), 200),
                url=resolved.url,
            ),
            color=0x5865F2,
        )
        for entry in resolved.latest[:5]:
            link = f" · {render.clip(entry.link, 300)}" if entry.link else ""
            embed.add_field(
                name=render.clip(escape(entry.title), 256) or "-",
                value=timestamp(entry.published) + link,
                inline=False,
            )
        # Five long titles and links can pass Discord's 6,000 characters for an embed in all.
        preview = discord.Embed.from_dict(render.fit_embed(embed.to_dict()))  # type: ignore[arg-type]
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
        # Answer the press before writing: the write can queue behind a poll cycle's for longer
        # than the 3 s Discord gives a button, and the preview is then edited in place.
        await answer.response.defer()
        try:
            added = await self.store.follow_feed(
                interaction.guild_id,
                spec.model_copy(update={"url": resolved.url}),  # its name is this server's
                utcnow(),
                title=resolved.title,  # shown in /feeds list until the first poll records it
            )
        except VidradarError as exc:  # the server's feed limit, a storage problem: said on the preview
            await answer.edit_original_response(
                content=failure_message(interaction, exc), embed=None, view=None
            )
            return
        message = t("feed_added" if added else "feed_already", lg, title=escape(title))
        await answer.edit_original_response(content=message, embed=None, view=None)

    @app_commands.command(
        name="remove", description=_("Remove a feed from this server (operator feeds are muted)")
    )
    @app_commands.describe(feed=_("Feed"))
    async def remove(self, interaction: discord.Interaction, feed: app_commands.Range[str, 1, 500]) -> None:
        assert interaction.guild_id is not None
        guild_id = interaction.guild_id
        chosen = await self._pick(interaction, feed, await self.store.server_feeds(guild_id))
        outcome = await self.store.remove_server_feed(guild_id, chosen.id, utcnow())
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
        chosen = await self._pick(interaction, feed, await self.store.server_feeds(guild_id))
        outcome = await self.store.enable_for_server(guild_id, chosen.id, utcnow())
        await reply(interaction, t(ENABLE_REPLIES[outcome], lang(interaction), title=escape(chosen.label)))

    @enable.autocomplete("feed")
    async def _enable_complete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._autocomplete(interaction, current, only="enableable")

    @app_commands.command(name="list", description=_("List feeds with their health"))
    async def list_(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        feeds = await self.store.server_feeds(interaction.guild_id)
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
                line += f" · {render.clip(escape(problem), 120)}"
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
        visible = await self.store.server_feeds(interaction.guild_id)
        feeds = [f for f in visible if not f.muted and not f.disabled]
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
            polled=plural("feeds_polled", report.polled, lg),
            new=plural("new_entries", report.new_entries, lg),
            announcements=plural("announcements", len(report.announcements), lg),
        )
        for a in report.announcements[:5]:
            text += f"\n• {EVENT_LABELS[lg].get(a.detection.event, a.detection.event)}: {render.clip(escape(a.title), 150)}"
        await reply(interaction, text)

    @refresh.autocomplete("feed")
    async def _refresh_complete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._autocomplete(interaction, current)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(FeedsCog(bot))

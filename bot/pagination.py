"""Pages of embeds behind ◀ ▶ buttons that only the caller can press, and that stop
(buttons removed) after a timeout."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

import discord

from feeds.service.i18n import lang_of, t

PAGE_TIMEOUT_S = 180.0


class Pages(discord.ui.View):
    def __init__(self, pages: Sequence[discord.Embed], owner: int, *, timeout: float | None = None) -> None:
        super().__init__(timeout=timeout or PAGE_TIMEOUT_S)
        self.pages = list(pages)
        self.owner = owner
        self.index = 0
        self.message: discord.InteractionMessage | discord.WebhookMessage | None = None
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1
        for number, page in enumerate(self.pages):
            page.set_footer(text=f"{number + 1}/{len(self.pages)}")

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner:
            await interaction.response.send_message(
                t("not_your_button", lang_of(interaction.locale)), ephemeral=True
            )
            return False
        return True

    @discord.ui.button(label="◀", style=discord.ButtonStyle.secondary, custom_id="vidradar:page:previous")
    async def previous(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        self.index = max(0, self.index - 1)
        self._sync()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="▶", style=discord.ButtonStyle.secondary, custom_id="vidradar:page:next")
    async def next(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        self.index = min(len(self.pages) - 1, self.index + 1)
        self._sync()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    async def on_timeout(self) -> None:
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=None)


async def send_pages(interaction: discord.Interaction, pages: Sequence[discord.Embed]) -> None:
    """One page: a plain ephemeral reply. More: the first page with buttons."""
    if len(pages) == 1:
        if interaction.response.is_done():
            await interaction.followup.send(embed=pages[0], ephemeral=True)
        else:
            await interaction.response.send_message(embed=pages[0], ephemeral=True)
        return
    view = Pages(pages, interaction.user.id)
    if interaction.response.is_done():
        view.message = await interaction.followup.send(embed=pages[0], view=view, ephemeral=True, wait=True)
    else:
        await interaction.response.send_message(embed=pages[0], view=view, ephemeral=True)
        view.message = await interaction.original_response()

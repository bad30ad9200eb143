"""/vidradar status: feeds, the last poll cycle, deliveries and the version (admins)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.cogs.base import AdminCog, lang, status_embed
from bot.errors import reply


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class VidradarCog(AdminCog, group_name="vidradar", group_description=_("vidradar itself")):
    @app_commands.command(name="status", description=_("Feeds, last poll, deliveries and version"))
    async def status(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        status = await self.store.server_status(interaction.guild_id)
        await reply(interaction, embed=status_embed(status, lang(interaction)))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(VidradarCog(bot))

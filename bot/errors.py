"""Every failed slash command ends in a one-line ephemeral reply in the caller's language,
never a silent failure or "The application did not respond"."""

from __future__ import annotations

import logging
import time
from typing import Any

import discord
from discord import app_commands

from bot.command_translations import FRENCH
from feeds.durations import human_duration
from feeds.errors import DatabaseDamaged, DiskFull, InputError, StorageError, VidradarError
from feeds.service.i18n import input_error, lang_of, t

log = logging.getLogger(__name__)


class NotAdmin(app_commands.CheckFailure):
    """The caller lacks Manage Server (checked server-side, whatever the UI allowed)."""


class Refused(app_commands.AppCommandError):
    """A reason to show the caller as it is (already localised)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class OnCooldown(app_commands.AppCommandError):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"cooldown {seconds:.0f}s")
        self.seconds = seconds


async def reply(
    interaction: discord.Interaction, content: str | None = None, *, ephemeral: bool = True, **kwargs: Any
) -> None:
    """Answer whether or not the interaction was already acknowledged (deferred)."""
    kwargs.setdefault("allowed_mentions", discord.AllowedMentions.none())
    if interaction.response.is_done():
        # Webhook.send is typed ``content: str`` but takes None as "no content", as send_message does.
        await interaction.followup.send(content, ephemeral=ephemeral, **kwargs)  # type: ignore[arg-type]
    else:
        await interaction.response.send_message(content, ephemeral=ephemeral, **kwargs)


async def acknowledge(interaction: discord.Interaction) -> None:
    """Defer (ephemerally) at once: Discord's 3-second deadline is then met however long the
    database takes behind a busy poll cycle; the answer follows as a followup."""
    if interaction.type is discord.InteractionType.application_command and not interaction.response.is_done():
        await interaction.response.defer(ephemeral=True, thinking=True)


MAX_ERROR_CHARS = 400  # an error reply is one short line, whatever input it quotes


def one_line(text: str, limit: int = MAX_ERROR_CHARS) -> str:
    """The first line, cut to ``limit`` characters: an error that quotes the caller's input
    can never exceed a message's 2,000 characters (and so never go unanswered)."""
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def explain(error: Exception, lang: str) -> str:
    return one_line(_explain(error, lang))


def _explain(error: Exception, lang: str) -> str:
    original = getattr(error, "original", None) or error
    if isinstance(original, NotAdmin | app_commands.MissingPermissions):
        return t("no_permission", lang)
    if isinstance(original, app_commands.NoPrivateMessage):
        return t("guild_only", lang)
    if isinstance(original, OnCooldown):
        return t("cooldown", lang, wait=human_duration(max(1, round(original.seconds)), lang))
    if isinstance(original, Refused):
        return original.message
    if isinstance(original, InputError):
        return (input_error(original.code, original.params, lang) or str(original)).splitlines()[0]
    if isinstance(original, DiskFull | DatabaseDamaged):  # the operator's problem; no file path shown
        problem = t("disk_full" if isinstance(original, DiskFull) else "database_damaged", lang)
        return t("storage_problem", lang, problem=problem)
    if isinstance(original, VidradarError):
        return str(original).splitlines()[0]
    if isinstance(original, app_commands.TransformerError):
        return t("bad_argument", lang, value=str(original.value)[:40])
    return t("internal_error", lang)


def bad_choice(error: Exception, interaction: discord.Interaction, lang: str) -> str | None:
    """A choice option sent a value outside its choices (a stale client, a crafted request):
    name the option and what it accepts, instead of discord.py's English "Failed to convert"."""
    if not isinstance(error, app_commands.TransformerError):
        return None
    for param in getattr(interaction.command, "parameters", None) or []:
        accepted = [str(c.value) for c in param.choices]
        raw = getattr(interaction.namespace, param.display_name, None)
        if accepted and raw == error.value and str(raw) not in accepted:
            option = (
                FRENCH.get(param.display_name, param.display_name) if lang == "fr" else param.display_name
            )
            return t("bad_choice", lang, value=str(raw)[:40], option=option, accepted=", ".join(accepted))
    return None


def failure_message(interaction: discord.Interaction, error: Exception) -> str:
    """The line that tells the caller why their command failed, logged for the operator when
    it is theirs to fix: a storage problem (one line), or a bug (with its traceback)."""
    lang = lang_of(interaction.locale)
    message = bad_choice(error, interaction, lang) or explain(error, lang)
    original = getattr(error, "original", None) or error
    if isinstance(original, StorageError):
        log.error("command %s failed: %s", getattr(interaction.command, "qualified_name", "?"), original)
    elif message == t("internal_error", lang):
        log.error(
            "command %s failed",
            getattr(interaction.command, "qualified_name", "?"),
            exc_info=(type(error), error, error.__traceback__),
        )
    return message


async def handle_app_command_error(
    interaction: discord.Interaction, error: app_commands.AppCommandError
) -> None:
    message = failure_message(interaction, error)
    try:
        await reply(interaction, message)
    except discord.HTTPException:
        log.warning("could not tell the caller about an error: %s", message)


class Cooldowns:
    """Per-server cooldowns for expensive commands (/feeds add, /feeds refresh, /news search)."""

    def __init__(self) -> None:
        self._until: dict[tuple[str, int], float] = {}

    def check(self, name: str, key: int, seconds: float) -> None:
        now = time.monotonic()
        until = self._until.get((name, key), 0.0)
        if now < until:
            raise OnCooldown(until - now)
        self._until[(name, key)] = now + seconds

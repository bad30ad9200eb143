"""Server-side checks every interaction goes through, whatever Discord's client allowed.

One place decides who is an admin (Manage Server) and how long a string option may be:
the admin cogs call :func:`require_admin` for commands, the command tree calls
:func:`autocomplete_allowed` for autocomplete (discord.py skips a cog's
``interaction_check`` there) and :func:`overlong_option` before any command runs
(discord.py does not re-check ``Range[str, …]`` lengths; Discord's client does, but a
request can skip the client).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import discord
from discord import app_commands

from bot.errors import NotAdmin

# A string option that declares no length of its own (nor choices) gets this one.
DEFAULT_MAX_OPTION_CHARS = 100


def is_manager(interaction: discord.Interaction) -> bool:
    """True when the caller has Manage Server in this server (the admin commands' rule)."""
    return interaction.guild_id is not None and interaction.permissions.manage_guild


def require_admin(interaction: discord.Interaction) -> bool:
    """Raise the error the admin commands answer with (guild only, then Manage Server)."""
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    if not is_manager(interaction):
        raise NotAdmin()
    return True


def needs_manager(command: app_commands.Command | app_commands.Group | None) -> bool:
    """A command whose group (or itself) asks Discord to show it to Manage Server only."""
    while command is not None:
        permissions = command.default_permissions
        if permissions is not None and permissions.manage_guild:
            return True
        command = command.parent
    return False


def autocomplete_allowed(interaction: discord.Interaction) -> bool:
    """Autocomplete of an admin command answers admins only: its choices are server data."""
    command = interaction.command
    if not isinstance(command, app_commands.Command):
        return True
    return not needs_manager(command) or is_manager(interaction)


@dataclass(frozen=True)
class StringLimit:
    """The lengths one string option of a command accepts, checked again here (a request can
    skip the Discord client that enforces them)."""

    option: str  # the name Discord shows
    min_length: int
    max_length: int


def string_limits(command: app_commands.Command) -> dict[str, StringLimit]:
    """Every string option of a command with the lengths it accepts."""
    limits: dict[str, StringLimit] = {}
    for parameter in command.parameters:
        # A choice option's values are checked against its choices, which the reply lists
        # (bot.errors.bad_choice), not against a length.
        if parameter.type is not discord.AppCommandOptionType.string or parameter.choices:
            continue
        longest = int(parameter.max_value) if parameter.max_value is not None else DEFAULT_MAX_OPTION_CHARS
        shortest = int(parameter.min_value) if parameter.min_value is not None else 0
        limits[parameter.display_name] = StringLimit(parameter.display_name, shortest, longest)
    return limits


def leaf_options(options: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The options given to the command itself, under any subcommand (group) levels."""
    for option in options:
        if option.get("type") in (1, 2):  # subcommand, subcommand group
            yield from leaf_options(option.get("options") or [])
        else:
            yield option


def overlong_option(
    command: app_commands.Command, options: Iterable[dict[str, Any]]
) -> tuple[StringLimit, int] | None:
    """The first string option outside its declared length, with the length it had."""
    limits = string_limits(command)
    for option in leaf_options(options):
        limit = limits.get(str(option.get("name")))
        value = option.get("value")
        if limit is None or not isinstance(value, str):
            continue
        if not limit.min_length <= len(value) <= limit.max_length:
            return limit, len(value)
    return None

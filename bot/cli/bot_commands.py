"""``vidradar run`` and ``vidradar sync-commands``: the commands that start the bot or talk to
Discord. :mod:`bot.run_modes` (and with it discord.py) is imported only when one of them runs."""

from __future__ import annotations

import argparse

from bot.cli.signals import run_until_signal
from feeds.config import Settings


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.run_modes import run

    return run_until_signal(lambda stop: run(settings, stop))


def cmd_sync_commands(args: argparse.Namespace, settings: Settings) -> int:
    from bot.run_modes import sync_commands

    return sync_commands(settings, args.guild)

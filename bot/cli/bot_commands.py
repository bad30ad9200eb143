"""``vidradar run`` and ``vidradar sync-commands``: the commands that start the bot or talk to
Discord. :mod:`bot.run_modes` (and with it discord.py) is imported only when one of them runs."""

from __future__ import annotations

import argparse

from bot.cli.signals import run_until_signal
from feeds.config import Settings
from feeds.shards import Shards


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.run_modes import run

    given = args.shard_count is not None or args.shard_ids is not None
    shards = Shards.parse(args.shard_count, args.shard_ids) if given else None
    return run_until_signal(lambda stop: run(settings, stop, shards))


def cmd_sync_commands(args: argparse.Namespace, settings: Settings) -> int:
    from bot.run_modes import sync_commands

    return sync_commands(settings, args.guild)

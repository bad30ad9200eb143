"""``vidradar alerts retry``: failed deliveries go back to the outbox, as /alerts retry does in
Discord. Headless mode has no slash commands, so this is how its operator sends again the
alerts a wrong webhook URL or a missing permission failed for good, once that is fixed."""

from __future__ import annotations

import argparse

from bot.cli.database import with_store
from bot.cli.output import print_json
from feeds.config import Settings
from feeds.timeutil import utcnow


def cmd_alerts_retry(args: argparse.Namespace, settings: Settings) -> int:
    retried = with_store(
        settings, lambda store: store.retry_failed_alerts(args.guild, utcnow()), existing=True
    )
    if args.json:
        print_json({"guild": args.guild, "retried": retried})
    else:
        print(
            f"{retried} failed deliver{'y' if retried == 1 else 'ies'} queued again (guild {args.guild}); "
            "the running vidradar sends them"
        )
    return 0

"""``vidradar search``: full-text search over the stored entries, best matches first."""

from __future__ import annotations

import argparse
from typing import Any

from bot.cli.database import with_store
from bot.cli.output import print_json
from bot.cli.textui import printable
from feeds.config import Settings
from feeds.timeutil import utcnow


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    since = utcnow() - args.since if args.since else None
    hits = with_store(
        settings,
        lambda store: store.search_stored(args.query, limit=args.limit, since=since, order=args.sort),
        existing=True,
    )
    if args.json:
        print_json([hit.as_json() for hit in hits])
        return 0
    if not hits:
        print("no matches")
        return 0
    print("\n\n".join(_search_hit_text(hit) for hit in hits))
    return 0


def _search_hit_text(hit: Any) -> str:
    """One hit on lines of its own, nothing cut to the terminal's width: id, date and feed,
    the title, then the link whole (a terminal makes it clickable; a cut one leads nowhere)."""
    lines = [
        f"#{hit.id}  {hit.published:%Y-%m-%d}  {printable(hit.feed)}",
        f"  {printable(hit.title)}",
    ]
    if hit.link:
        lines.append(f"  {printable(hit.link)}")
    return "\n".join(lines)

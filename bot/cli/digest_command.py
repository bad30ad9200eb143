"""``vidradar digest``: the digest of a period, as the operator feeds show it or as one server
sees it, in text or JSON, with its chart on request."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot.cli.database import with_store
from bot.cli.output import print_json
from feeds.config import Settings
from feeds.errors import InputError
from feeds.timeutil import to_db, utcnow


def cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.service.chart import render_chart
    from feeds.service.digest_plan import digest_text

    now = utcnow()
    digest = with_store(
        settings, lambda store: store.digest_content(args.guild, now - args.since, now), existing=True
    )
    if args.chart is not None:
        try:
            args.chart.write_bytes(render_chart(digest))
        except OSError as exc:
            raise InputError(f"cannot write {args.chart}: {exc.strerror}") from None
    if args.json:
        print_json(_digest_json(digest, args.chart))
    else:
        sys.stdout.write(digest_text(digest))
    if args.chart is not None:
        print(f"chart written to {args.chart}", file=sys.stderr)
    return 0


def _digest_json(digest: Any, chart: Path | None) -> dict[str, Any]:
    """The digest as ``vidradar digest`` prints it: stories in the same order (the groups of
    the digest Discord shows, the most important first), then the keyword matches."""
    from feeds.service.render import digest_groups

    return {
        "guild": digest.guild_id,
        "start": to_db(digest.start),
        "end": to_db(digest.end),
        "quiet": digest.quiet,
        "counts": digest.counts,
        "stories": [
            {
                "story_id": story.key,
                "event": story.event,
                "vendors": story.vendors,
                "products": story.products,
                "title": story.title,
                "link": story.link,
                "feed": story.feed,
                "official": story.official,
                "outlets": story.outlets,
                "score": story.score,
                "published": to_db(story.published),
            }
            for _name, stories in digest_groups(digest)
            for story in stories
        ],
        "keyword_matches": [
            {
                "term": item.term,
                "title": item.title,
                "link": item.link,
                "feed": item.feed,
                "published": to_db(item.published),
            }
            for item in digest.keyword_matches
        ],
        "chart": None if chart is None else str(chart),
    }

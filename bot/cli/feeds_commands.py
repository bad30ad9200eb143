"""``vidradar feeds``: add, list, remove, import-opml and export-opml — the operator's feed list
as stored in the database."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from bot.cli.database import with_store
from bot.cli.output import print_json
from bot.cli.textui import format_table
from feeds.config import Settings
from feeds.errors import InputError, validation_message
from feeds.timeutil import to_db, utcnow


def cmd_feeds_add(args: argparse.Namespace, settings: Settings) -> int:
    from pydantic import ValidationError

    from feeds.fetch.subscribe import resolve_feed
    from feeds.models import FeedSpec

    try:
        spec = FeedSpec(
            url=args.url, name=args.name, lang=args.lang, interval=args.interval, official=args.official
        )
    except ValidationError as exc:
        raise InputError(validation_message(exc)) from None
    resolved = asyncio.run(resolve_feed(spec.url, settings))
    spec = spec.model_copy(update={"url": resolved.url})
    # It was just fetched and parsed: `feeds list` shows it so (checked).
    row, created = with_store(
        settings,
        lambda store: store.add_feed(spec, utcnow(), origin="cli", title=resolved.title, checked=True),
    )
    if args.json:
        print_json(
            {
                **_feed_json(row),
                "created": created,
                "entries": resolved.entries,
                "discovered": resolved.discovered,
            }
        )
    elif created:
        print(f"added feed #{row.id}: {_feed_ref(row)}, {resolved.entries} entries now")
    else:
        print(f"feed #{row.id} already exists: {_feed_ref(row)}")
    return 0


def _feed_ref(row: Any) -> str:
    """A feed for a person: its name (or title), with the URL it is fetched from."""
    return row.url if row.label == row.url else f"{row.label} ({row.url})"


def _feed_json(row: Any) -> dict[str, Any]:
    return {"id": row.id, "url": row.url, "name": row.label}


def _health(row: Any) -> str:
    if row.disabled:
        return "disabled"
    if row.consecutive_failures:
        return f"failing ({row.consecutive_failures})"
    if row.last_success_at is None:
        return "new"
    return "ok"


def cmd_feeds_list(args: argparse.Namespace, settings: Settings) -> int:
    rows = with_store(settings, lambda store: store.list_feeds(), existing=True)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "url": r.url,
                    "name": r.label,
                    "origin": r.origin,
                    "lang": r.lang,
                    "official": r.official,
                    "status": _health(r),
                    "last_success": to_db(r.last_success_at),
                    "last_error": r.last_error,
                    "disabled_reason": r.disabled_reason,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("no feeds yet: 'vidradar poll --once' syncs the feed list, 'vidradar feeds add URL' adds one")
        return 0
    table = [
        [
            r.id,
            _health(r),
            r.origin,
            r.label,
            r.last_success_at.strftime("%Y-%m-%d %H:%M") if r.last_success_at else "-",
            r.disabled_reason or r.last_error or "",
            r.url,
        ]
        for r in rows
    ]
    print(format_table(["id", "status", "origin", "name", "last success", "problem", "url"], table))
    return 0


def cmd_feeds_remove(args: argparse.Namespace, settings: Settings) -> int:
    feed, outcome = with_store(settings, lambda store: store.remove_feed(args.feed, utcnow()), existing=True)
    in_feed_list = feed.origin == "operator"
    if args.json:
        action = "disabled" if outcome.startswith("disabled") else "removed"
        print_json({**_feed_json(feed), "action": action, "in_feed_list": in_feed_list})
    else:
        print(f"feed #{feed.id} {outcome}: {_feed_ref(feed)}")
    if in_feed_list:
        after = "stays disabled" if outcome.startswith("disabled") else "is added again at the next start"
        print(
            f"note: it is in the feed-list file; remove it there too (until then it {after})", file=sys.stderr
        )
    return 0


def cmd_feeds_import(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.fetch.netguard import AddressPolicy, literal_refusal
    from feeds.parse.feedlist import parse_opml

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {args.file}: {exc.strerror}") from None
    specs = parse_opml(data, str(args.file))
    # As `feeds add` refuses them: a feed on a non-public address would fail every poll.
    policy = AddressPolicy.from_settings(settings.allow_private_urls, settings.url_allowlist)
    for spec in specs:
        if reason := literal_refusal(policy, spec.url):
            raise InputError(f"{args.file}: {spec.url}: {reason}; nothing imported")
    results = with_store(settings, lambda store: store.add_feeds(specs, utcnow(), origin="cli"))
    added = sum(created for _, created in results)
    if args.json:
        print_json(
            {
                "file": str(args.file),
                "added": added,
                "known": len(results) - added,
                "feeds": [{**_feed_json(row), "created": created} for row, created in results],
            }
        )
    else:
        print(
            f"imported {added} new feed{'' if added == 1 else 's'} ({len(results) - added} already known) from {args.file}"
        )
    return 0


def cmd_feeds_export(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.models import FeedSpec
    from feeds.parse.feedlist import render_opml

    rows = with_store(settings, lambda store: store.list_feeds(include_disabled=False), existing=True)
    specs = [
        FeedSpec(url=r.url, name=r.name or r.title, lang=r.lang, interval=r.interval, official=r.official)
        for r in rows
    ]
    text = render_opml(specs)
    if args.file is None:
        sys.stdout.write(text)
    else:
        try:
            args.file.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {args.file}: {exc.strerror}") from None
        print(f"wrote {len(specs)} feeds to {args.file}")
    return 0

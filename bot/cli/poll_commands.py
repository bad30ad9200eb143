"""``vidradar poll`` (once, or as a daemon without Discord) and ``vidradar demo`` (one poll of
the bundled feeds, offline): poll the feeds and print what was detected."""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.cli.errors import UsageError
from bot.cli.output import (
    ANNOUNCEMENT_HEADERS,
    Progress,
    announcement_json,
    announcement_rows,
    oldest_first,
    print_json,
)
from bot.cli.signals import run_until_signal
from bot.cli.textui import format_table
from feeds.config import Settings
from feeds.timeutil import utcnow

if TYPE_CHECKING:
    from feeds.pipeline.poller import CycleReport, Poller


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.service.demo import run_demo_sync

    explicit = "db" in vars(args)
    with tempfile.TemporaryDirectory(prefix="vidradar-demo-") as tmp:
        db_path = settings.db if explicit else Path(tmp) / "demo.db"
        started = time.perf_counter()
        result = run_demo_sync(settings, db_path)
        elapsed = time.perf_counter() - started
        report = result.report
        print(f"vidradar demo: {result.feeds} bundled feeds served from 127.0.0.1, polled offline\n")
        if report.announcements:
            print(format_table(ANNOUNCEMENT_HEADERS, announcement_rows(report.announcements)))
        else:
            print("no announcements detected")
        failed = report.failed
        print(
            f"\n{report.polled} feeds polled ({len(failed)} failed), {report.new_entries} entries stored, "
            f"{len(report.announcements)} announcements in {result.stories} stories, {elapsed:.2f}s"
        )
        for outcome in failed:
            print(f"  failed: {outcome.feed.label}: {outcome.error}", file=sys.stderr)
        print(f"database: {db_path}" if explicit else "database: temporary (use --db PATH to keep it)")
    return 0 if report.polled and len(failed) < report.polled else 1


def cmd_poll(args: argparse.Namespace, settings: Settings) -> int:
    if args.daemon:
        if args.feeds is not None:
            raise UsageError("--feeds goes with --once (the daemon polls the feed list, VIDRADAR_FEEDS)")
        from bot.run_modes import poll_daemon

        def show(announcements: Sequence[Any]) -> None:
            _print_announcements(announcements, as_json=args.json)
            sys.stdout.flush()

        return run_until_signal(lambda stop: poll_daemon(settings, show, stop))
    return run_until_signal(lambda stop: _poll_once(args, settings, stop))


SMALL_POLL = 30  # feeds; up to this many, `poll --once` parses in a thread


async def _poll_once(args: argparse.Namespace, settings: Settings, stop: asyncio.Event) -> int:
    from feeds.parse.feedlist import load_feed_list
    from feeds.service.composition import Core, parse_workers

    # --feeds FILE polls those feeds (added to the database); otherwise the feed-list file.
    specs = load_feed_list(args.feeds) if args.feeds is not None else None
    async with Core.open(settings, feed_list=specs is None) as core:
        feed_ids: list[int] | None = None
        # A feed without a validator (never fetched, or its server sends neither ETag nor
        # Last-Modified) answers with a body that needs parsing: then the workers start now, on
        # another core, while this process loads the fetcher and the detector. A cycle likely
        # to be all 304 Not Modified starts them only if a feed sends a body.
        if specs is not None:
            rows = [row for row, _ in await core.store.add_feeds(specs, utcnow(), origin="cli")]
            feed_ids = [row.id for row in rows]
            total = len(feed_ids)
            certain_to_parse = any(
                row.etag is None and row.last_modified is None for row in rows if not row.disabled
            )
        else:
            # Counted, not listed: the cycle reads the feeds itself.
            total, unvalidated = await core.store.enabled_feed_counts()
            certain_to_parse = unvalidated > 0
        progress = Progress(total)
        # A short list parses in a thread; starting worker processes only pays off for more.
        workers = 0 if total <= SMALL_POLL else settings.parse_workers
        async with parse_workers(workers, warm_up=bool(workers) and certain_to_parse) as pool:
            try:
                poller = core.poller(pool)
                cycle = poller.run_cycle(force=True, feed_ids=feed_ids, on_feed_done=progress.tick)
                report = await _unless_stopped(poller, cycle, stop)
            finally:
                progress.close()
    if report is None:
        return 0  # stopped by a signal, which sets the exit status
    _print_poll_report(report, as_json=args.json)
    if report.polled == 0:
        print("error: no enabled feeds to poll", file=sys.stderr)
        return 1
    return 1 if len(report.failed) == report.polled else 0


async def _unless_stopped(
    poller: Poller, cycle: Awaitable[CycleReport], stop: asyncio.Event
) -> CycleReport | None:
    """The cycle's report, or None when ``stop`` came first: the feeds in flight are cut short
    (what was stored stays stored; the others stay due for the next poll)."""
    running = asyncio.ensure_future(cycle)
    stopped = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({running, stopped}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopped.cancel()
    if running.done():
        return running.result()
    poller.stop()
    running.cancel()
    await asyncio.gather(running, return_exceptions=True)
    return None


def _print_announcements(announcements: Sequence[Any], *, as_json: bool) -> None:
    """New announcements: one JSON object a line, oldest first, or the table."""
    if as_json:
        for announcement in oldest_first(announcements):
            print_json(announcement_json(announcement))
    elif announcements:
        print(format_table(ANNOUNCEMENT_HEADERS, announcement_rows(announcements)))


def _print_poll_report(report: CycleReport, *, as_json: bool) -> None:
    _print_announcements(report.announcements, as_json=as_json)
    if not as_json:
        print(
            f"{report.polled} feeds polled: {report.updated} updated, "
            f"{report.not_modified} not modified, {len(report.failed)} failed"
            + (f", {len(report.skipped)} skipped" if report.skipped else "")
            + f"; {report.new_entries} new entries, "
            f"{len(report.announcements)} new announcements, {report.deliveries} alerts queued "
            f"({report.duration_s:.1f}s)"
        )
    for outcome in report.failed:
        print(f"failed: {outcome.feed.label}: {outcome.error}", file=sys.stderr)
    for outcome in report.skipped:
        if outcome.error:
            print(f"skipped: {outcome.feed.label}: {outcome.error}", file=sys.stderr)

"""The ``vidradar`` command line. Subcommands, flags and JSON shapes are a stable contract.

Every error is one line on stderr and a non-zero exit (1 for a failed command, 2 for a
usage mistake), never a traceback. Ctrl-C ends any command with 130, SIGTERM with 0, and no
traceback from any process. Settings are built once here and passed down.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from bot.textui import format_table, printable
from feeds import __version__
from feeds.config import Settings, load_settings
from feeds.durations import parse_duration
from feeds.errors import ConfigError, InputError, VidradarError
from feeds.storage.faults import storage_error
from feeds.timeutil import to_db, utcnow

if TYPE_CHECKING:
    from feeds.poller import CycleReport, Poller

log = logging.getLogger("vidradar")


class UsageError(Exception):
    """A command-line mistake: exit status 2."""


class Terminated(BaseException):
    """SIGTERM, unwinding a command the way KeyboardInterrupt does for SIGINT. It is how a
    service manager stops us, not a failure: exit status 0."""


def _raise_terminated(signum: int, frame: object) -> NoReturn:
    raise Terminated


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class StopSignals:
    """SIGINT and SIGTERM for a long-running command: while its event loop runs they set
    ``stop`` (the command shuts down cleanly, its work in flight settled) instead of raising
    wherever the loop happens to be. :meth:`reraise` then ends the command as the same signal
    ends a short one, so every command exits alike (130 after SIGINT, 0 after SIGTERM)."""

    def __init__(self) -> None:
        self.received: int | None = None
        self._stop: asyncio.Event | None = None

    @contextlib.contextmanager
    def installed(self) -> Iterator[asyncio.Event]:
        loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        previous = {signum: signal.getsignal(signum) for signum in STOP_SIGNALS}
        for signum in STOP_SIGNALS:
            loop.add_signal_handler(signum, self._receive, signum)
        try:
            yield self._stop
        finally:
            for signum, handler in previous.items():
                loop.remove_signal_handler(signum)
                if handler is not None:
                    signal.signal(signum, handler)

    def _receive(self, signum: int) -> None:
        from feeds.workers import process_stopping

        process_stopping()  # the parse workers got the signal too: their pool is not restarted
        if self.received is None:
            self.received = signum
            log.info("%s received: stopping", signal.Signals(signum).name)
        else:
            log.warning("already stopping: the work in flight is being settled")
        assert self._stop is not None
        self._stop.set()

    def reraise(self) -> None:
        if self.received == signal.SIGINT:
            raise KeyboardInterrupt
        if self.received == signal.SIGTERM:
            raise Terminated


def run_until_signal(work: Callable[[asyncio.Event], Awaitable[int]]) -> int:
    """Run ``work(stop)`` in a new event loop; SIGINT/SIGTERM set ``stop``."""
    signals = StopSignals()

    async def main() -> int:
        with signals.installed() as stop:
            return await work(stop)

    code = asyncio.run(main())
    signals.reraise()
    return code


class Parser(argparse.ArgumentParser):
    """argparse that reports a mistake as one line instead of usage + message."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _duration(text: str) -> Any:
    try:
        return parse_duration(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def build_parser() -> Parser:
    common = Parser(add_help=False)
    common.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help="database file (overrides VIDRADAR_DB)"
    )

    parser = Parser(
        prog="vidradar",
        description="Watches tech news for AI-video availability announcements.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"vidradar {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.required = True

    def add(name: str, help_text: str, handler: Callable[[argparse.Namespace, Settings], int]) -> Parser:
        command = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        command.set_defaults(handler=handler)
        return command

    add(
        "demo",
        "poll the bundled demo feeds offline into a fresh database and show what was detected",
        cmd_demo,
    )

    poll = add("poll", "poll feeds now", cmd_poll)
    mode = poll.add_mutually_exclusive_group(required=True)
    mode.add_argument(
        "--once", action="store_true", help="run one full cycle over every enabled feed and exit"
    )
    mode.add_argument(
        "--daemon", action="store_true", help="poll on schedule without Discord, printing new announcements"
    )
    poll.add_argument(
        "--feeds", type=Path, help="poll only the feeds of this feed-list file (nothing is disabled)"
    )
    poll.add_argument("--json", action="store_true", help="print one JSON object per new announcement")

    feeds = add("feeds", "manage the feed list", lambda a, s: _usage(a))
    feeds_sub = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", parser_class=Parser)
    feeds_sub.required = True
    f_add = feeds_sub.add_parser(
        "add", help="add a feed (an HTML page is resolved to its feed)", parents=[common]
    )
    f_add.add_argument("url")
    f_add.add_argument("--name")
    f_add.add_argument("--lang")
    f_add.add_argument("--interval", type=_duration)
    f_add.add_argument("--official", action="store_true", help="a vendor's own blog or changelog")
    f_add.add_argument("--json", action="store_true", help="print the feed as one JSON object")
    f_add.set_defaults(handler=cmd_feeds_add)
    f_list = feeds_sub.add_parser("list", help="list feeds with their health", parents=[common])
    f_list.add_argument("--json", action="store_true")
    f_list.set_defaults(handler=cmd_feeds_list)
    f_remove = feeds_sub.add_parser(
        "remove", help="remove a feed (kept, disabled, when it has history)", parents=[common]
    )
    f_remove.add_argument("feed", metavar="ID_OR_URL")
    f_remove.add_argument("--json", action="store_true", help="print what was done as one JSON object")
    f_remove.set_defaults(handler=cmd_feeds_remove)
    f_import = feeds_sub.add_parser("import-opml", help="add every feed of an OPML file", parents=[common])
    f_import.add_argument("file", type=Path)
    f_import.add_argument("--json", action="store_true", help="print the counts and feeds as one JSON object")
    f_import.set_defaults(handler=cmd_feeds_import)
    f_export = feeds_sub.add_parser(
        "export-opml", help="write the enabled feeds as OPML (stdout by default)", parents=[common]
    )
    f_export.add_argument("file", type=Path, nargs="?")
    f_export.set_defaults(handler=cmd_feeds_export)

    search = add("search", "full-text search over stored entries (best matches first)", cmd_search)
    search.add_argument("query")
    search.add_argument("--limit", type=_positive_int, default=20)
    search.add_argument("--since", type=_duration, help="only entries published in this period, e.g. 7d")
    search.add_argument(
        "--sort",
        choices=["relevance", "date"],
        default="relevance",
        help="relevance (default; the newest first among equal matches) or date (newest first)",
    )
    search.add_argument("--json", action="store_true", help="print a JSON array")

    db = add("db", "database maintenance", lambda a, s: _usage(a))
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", parser_class=Parser)
    db_sub.required = True
    db_sub.add_parser("migrate", help="create or upgrade the schema", parents=[common]).set_defaults(
        handler=cmd_db_migrate
    )
    backup = db_sub.add_parser("backup", help="consistent online copy of the database", parents=[common])
    backup.add_argument("path", type=Path)
    backup.add_argument("--json", action="store_true", help="print the copy's details as one JSON object")
    backup.set_defaults(handler=cmd_db_backup)

    classify = add(
        "classify", "classify JSON Lines (title, summary, lang, link, id) from stdin", cmd_classify
    )
    classify.add_argument("--input", type=Path, help="read this file instead of stdin")

    evaluate = add("eval", "score the detector on labelled JSON Lines files", cmd_eval)
    evaluate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    evaluate.add_argument(
        "--split", choices=("tune", "check", "all"), default="all", help="score one part of the story split"
    )
    evaluate.add_argument("-v", "--verbose", action="store_true", help="list the misclassified items")
    evaluate.add_argument("--json", action="store_true", help="print the figures as one JSON object")

    watch = add("watch", "a server's watched terms, mutes and minimum score", lambda a, s: _usage(a))
    watch_sub = watch.add_subparsers(dest="watch_command", metavar="ACTION", parser_class=Parser)
    watch_sub.required = True
    guild = Parser(add_help=False)
    guild.add_argument(
        "--guild",
        type=int,
        default=0,
        help="Discord server id (0, the default, is the headless webhook: read-only, set by the environment)",
    )
    w_add = watch_sub.add_parser("add", help="watch a term", parents=[common, guild])
    w_add.add_argument("term")
    w_add.add_argument("--mode", choices=["include", "exclude"], default="include")
    w_add.set_defaults(handler=cmd_watch_add)
    w_remove = watch_sub.add_parser("remove", help="stop watching a term", parents=[common, guild])
    w_remove.add_argument("term")
    w_remove.set_defaults(handler=cmd_watch_remove)
    w_list = watch_sub.add_parser("list", help="what is in force", parents=[common, guild])
    w_list.add_argument("--json", action="store_true", help="print the settings as one JSON object")
    w_list.set_defaults(handler=cmd_watch_list)
    w_mute = watch_sub.add_parser("mute", help="mute a vendor or an event type", parents=[common, guild])
    w_mute.add_argument("target", metavar="VENDOR_OR_EVENT")
    w_mute.set_defaults(handler=cmd_watch_mute)
    w_unmute = watch_sub.add_parser(
        "unmute", help="unmute a vendor or an event type", parents=[common, guild]
    )
    w_unmute.add_argument("target", metavar="VENDOR_OR_EVENT")
    w_unmute.set_defaults(handler=cmd_watch_unmute)
    w_min = watch_sub.add_parser(
        "min-score", help="alert only from this score (0.0-1.0)", parents=[common, guild]
    )
    w_min.add_argument("value", type=float)
    w_min.set_defaults(handler=cmd_watch_min_score)
    digest = add(
        "digest", "print the digest of a period (as the operator feeds show it, or one server's)", cmd_digest
    )
    digest.add_argument(
        "--since", type=_duration, default=parse_duration("7d"), help="the period, e.g. 7d (default)"
    )
    digest.add_argument(
        "--guild", type=int, default=0, help="as this server sees it (default 0: operator feeds)"
    )
    digest.add_argument("--chart", type=Path, help="also write the chart to this PNG file")
    digest.add_argument("--json", action="store_true", help="print the digest as one JSON object")
    add("run", "run the Discord bot (DISCORD_TOKEN), or headless with VIDRADAR_WEBHOOK_URL", cmd_run)
    sync = add(
        "sync-commands",
        "register the slash commands with Discord (globally, or to one server)",
        cmd_sync_commands,
    )
    sync.add_argument(
        "--guild", type=int, help="sync to this server only (instant; global sync can take an hour)"
    )
    return parser


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runner import run

    return run_until_signal(lambda stop: run(settings, stop))


def cmd_sync_commands(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runner import sync_commands

    return sync_commands(settings, args.guild)


def _usage(args: argparse.Namespace) -> int:
    raise UsageError("missing action")


# -- helpers --------------------------------------------------------------------------------


def _open_db(settings: Settings):
    from feeds.storage.db import open_database

    return open_database(settings.db)


def _print_json(value: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write(json.dumps(value, ensure_ascii=False) + "\n")


def _announcement_rows(announcements: Sequence[Any]) -> list[list[object]]:
    rows = []
    for a in sorted(announcements, key=lambda a: a.published, reverse=True):
        d = a.detection
        rows.append(
            [
                a.story_key,
                d.event,
                ",".join(d.vendors),
                f"{d.score:.2f}",
                a.published.strftime("%Y-%m-%d"),
                a.title,
                a.feed,
            ]
        )
    return rows


ANNOUNCEMENT_HEADERS = ["story", "event", "vendors", "score", "published", "title", "feed"]


def _announcement_json(a: Any) -> dict[str, Any]:
    d = a.detection
    return {
        "id": a.id,
        "story_id": a.story_key,
        "title": a.title,
        "link": a.link,
        "feed": a.feed,
        "published": to_db(a.published),
        "vendors": d.vendors,
        "products": d.products,
        "event": d.event,
        "score": d.score,
    }


class Progress:
    """A one-line "polled k/N" counter on a terminal; silent otherwise."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() and total > 0

    def tick(self, _outcome: object = None) -> None:
        self.done += 1
        if self.enabled:
            self.stream.write(f"\rpolled {self.done}/{self.total} feeds")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 40 + "\r")
            self.stream.flush()


# -- commands -------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.demo import run_demo_sync

    explicit = "db" in vars(args)
    with tempfile.TemporaryDirectory(prefix="vidradar-demo-") as tmp:
        db_path = settings.db if explicit else Path(tmp) / "demo.db"
        started = time.perf_counter()
        result = run_demo_sync(settings, db_path)
        elapsed = time.perf_counter() - started
        report = result.report
        print(f"vidradar demo: {result.feeds} bundled feeds served from 127.0.0.1, polled offline\n")
        if report.announcements:
            print(format_table(ANNOUNCEMENT_HEADERS, _announcement_rows(report.announcements)))
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
        from bot.runner import poll_daemon

        def show(announcements: Sequence[Any]) -> None:
            if args.json:
                for announcement in sorted(announcements, key=lambda a: a.published):
                    _print_json(_announcement_json(announcement))
            elif announcements:
                print(format_table(ANNOUNCEMENT_HEADERS, _announcement_rows(announcements)))
            sys.stdout.flush()

        return run_until_signal(lambda stop: poll_daemon(settings, show, stop))
    return run_until_signal(lambda stop: _poll_once(args, settings, stop))


def cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.chart import render_chart
    from feeds.digest import build_digest, digest_text

    now = utcnow()
    db = _open_db(settings)
    try:
        digest = build_digest(db, args.guild, now - args.since, now)
    finally:
        db.close()
    if args.chart is not None:
        try:
            args.chart.write_bytes(render_chart(digest))
        except OSError as exc:
            raise InputError(f"cannot write {args.chart}: {exc.strerror}") from None
    if args.json:
        _print_json(_digest_json(digest, args.chart))
    else:
        sys.stdout.write(digest_text(digest))
    if args.chart is not None:
        print(f"chart written to {args.chart}", file=sys.stderr)
    return 0


def _digest_json(digest: Any, chart: Path | None) -> dict[str, Any]:
    """The digest as ``vidradar digest`` prints it: stories in the same order (vendors by
    their best story, the events that matter most first), then the keyword matches."""
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
            for _vendor, events in digest.groups()
            for _event, stories in events
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


SMALL_POLL = 30  # feeds; up to this many, `poll --once` parses in a thread


async def _poll_once(args: argparse.Namespace, settings: Settings, stop: asyncio.Event) -> int:
    from feeds.feedlist import load_feed_list
    from feeds.poller import Poller
    from feeds.storage import feeds as feed_store
    from feeds.store import Store
    from feeds.workers import parse_pool

    store = await Store.open(settings.db)
    try:
        now = utcnow()
        feed_ids: list[int] | None = None
        if args.feeds is not None:
            specs = load_feed_list(args.feeds)

            def add_all(db):
                return [feed_store.add_feed(db, spec, now, origin="cli")[0].id for spec in specs]

            feed_ids = await store.write(add_all)
        else:
            specs = load_feed_list(settings.feed_list_path)
            await store.write(feed_store.sync_operator_feeds, specs, now)
        total = (
            len(feed_ids)
            if feed_ids is not None
            else len(await store.read(feed_store.list_feeds, include_disabled=False))
        )
        progress = Progress(total)
        # A short list parses in a thread; starting worker processes only pays off for more.
        workers = 0 if total <= SMALL_POLL else settings.parse_workers
        pool = parse_pool(workers)
        try:
            poller = Poller(settings, store, executor=pool)
            cycle = poller.run_cycle(force=True, feed_ids=feed_ids, on_feed_done=progress.tick)
            report = await _unless_stopped(poller, cycle, stop)
        finally:
            progress.close()
            await asyncio.to_thread(pool.shutdown, cancel_futures=True)
    finally:
        await store.close()
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


def _print_poll_report(report: CycleReport, *, as_json: bool) -> None:
    if as_json:
        for announcement in sorted(report.announcements, key=lambda a: a.published):
            _print_json(_announcement_json(announcement))
    else:
        if report.announcements:
            print(format_table(ANNOUNCEMENT_HEADERS, _announcement_rows(report.announcements)))
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


def cmd_feeds_add(args: argparse.Namespace, settings: Settings) -> int:
    from pydantic import ValidationError

    from feeds.models import FeedSpec
    from feeds.storage import feeds as feed_store
    from feeds.storage.db import write_transaction
    from feeds.subscribe import resolve_feed

    try:
        spec = FeedSpec(
            url=args.url, name=args.name, lang=args.lang, interval=args.interval, official=args.official
        )
    except ValidationError as exc:
        raise InputError(str(exc.errors()[0]["msg"]).removeprefix("Value error, ")) from None
    resolved = asyncio.run(resolve_feed(spec.url, settings))
    spec = spec.model_copy(update={"url": resolved.url})
    now = utcnow()
    db = _open_db(settings)
    try:
        with write_transaction(db):
            row, created = feed_store.add_feed(db, spec, now, origin="cli", title=resolved.title)
            if created:  # it was just fetched and parsed: `feeds list` shows it so
                feed_store.record_checked(db, row.id, now)
    finally:
        db.close()
    if args.json:
        _print_json(
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
    from feeds.storage import feeds as feed_store

    db = _open_db(settings)
    try:
        rows = feed_store.list_feeds(db)
    finally:
        db.close()
    if args.json:
        _print_json(
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
    from feeds.storage import feeds as feed_store
    from feeds.storage.db import write_transaction

    db = _open_db(settings)
    try:
        with write_transaction(db):
            feed = feed_store.find_feed(db, args.feed)
            outcome = feed_store.remove_feed(db, feed, utcnow())
    finally:
        db.close()
    in_feed_list = feed.origin == "operator"
    if args.json:
        action = "disabled" if outcome.startswith("disabled") else "removed"
        _print_json({**_feed_json(feed), "action": action, "in_feed_list": in_feed_list})
    else:
        print(f"feed #{feed.id} {outcome}: {_feed_ref(feed)}")
    if in_feed_list:
        print(
            "note: it is in the feed-list file; remove it there too or the next start re-enables it",
            file=sys.stderr,
        )
    return 0


def cmd_feeds_import(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.feedlist import parse_opml
    from feeds.storage import feeds as feed_store
    from feeds.storage.db import write_transaction

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {args.file}: {exc.strerror}") from None
    specs = parse_opml(data, str(args.file))
    db = _open_db(settings)
    try:
        with write_transaction(db):
            results = [feed_store.add_feed(db, spec, utcnow(), origin="cli") for spec in specs]
    finally:
        db.close()
    added = sum(created for _, created in results)
    if args.json:
        _print_json(
            {
                "file": str(args.file),
                "added": added,
                "known": len(results) - added,
                "feeds": [{**_feed_json(row), "created": created} for row, created in results],
            }
        )
    else:
        print(f"imported {added} new feeds ({len(results) - added} already known) from {args.file}")
    return 0


def cmd_feeds_export(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.feedlist import render_opml
    from feeds.models import FeedSpec
    from feeds.storage import feeds as feed_store

    db = _open_db(settings)
    try:
        rows = feed_store.list_feeds(db, include_disabled=False)
    finally:
        db.close()
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


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.storage.entries import search_entries, try_refresh_search_index

    since = utcnow() - args.since if args.since else None
    db = _open_db(settings)
    try:
        try_refresh_search_index(db)  # entries a running bot stored since its last batch
        hits = search_entries(db, args.query, limit=args.limit, since=since, order=args.sort)
    finally:
        db.close()
    if args.json:
        _print_json([hit.as_json() for hit in hits])
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


def cmd_db_migrate(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.storage.db import open_database
    from feeds.storage.migrations import migrate

    db = open_database(settings.db, migrate=False)
    try:
        applied = migrate(db, settings.db)
    finally:
        db.close()
    print(f"applied {', '.join(applied)}" if applied else f"{settings.db} is up to date")
    return 0


def cmd_db_backup(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.storage.backup import backup_database

    pages = backup_database(settings.db, args.path)
    if args.json:
        _print_json(
            {
                "source": str(settings.db),
                "target": str(args.path),
                "pages": pages,
                "bytes": args.path.stat().st_size,
            }
        )
    else:
        print(f"backed up {settings.db} to {args.path} ({pages} pages)")
    return 0


def _input_lines(path: Path | None) -> Iterator[bytes]:
    """Raw lines (stdin or a file): each is decoded on its own, so one line that is not UTF-8
    costs that line, not the run."""
    if path is None:
        yield from sys.stdin.buffer
        return
    try:
        with path.open("rb") as handle:
            yield from handle
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None


def cmd_classify(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.detect.classify import default_detector
    from feeds.evaluate import classify_lines

    out = sys.stdout
    for result in classify_lines(_input_lines(args.input), default_detector()):
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.detect.classify import default_detector
    from feeds.evaluate import evaluate, load_labelled, select

    items = select(load_labelled(args.files), args.split)
    report = evaluate(items, default_detector())
    if args.json:
        _print_json({**report.figures(), "split": args.split})
    else:
        f = report.figures()
        print(
            f"items {f['items']}: precision {f['precision']:.3f}, recall {f['recall']:.3f}, F1 {f['f1']:.3f}, "
            f"event accuracy {f['event_accuracy']:.3f}, vendor recall {f['vendor_recall']:.3f}"
        )
    if args.verbose:
        for miss in report.misses:
            print(
                f"  {miss.id}: {miss.kind}: expected {miss.expected}, got {miss.got} :: {miss.title}",
                file=sys.stderr if args.json else sys.stdout,
            )
    return 0


# Headless mode has one source of truth: the environment. Guild 0's rules are replaced from
# it at every start, so an edit here would be lost silently; the CLI refuses and says which
# variable to set instead.
HEADLESS_VARIABLES = {
    "include": "VIDRADAR_WATCH_INCLUDE",
    "exclude": "VIDRADAR_WATCH_EXCLUDE",
    "terms": "VIDRADAR_WATCH_INCLUDE or VIDRADAR_WATCH_EXCLUDE",
    "mute": "VIDRADAR_MUTE",
    "min-score": "VIDRADAR_MIN_SCORE",
}


def _refuse_headless(guild: int, what: str) -> None:
    if guild == 0:
        raise InputError(
            "guild 0 is the headless webhook, whose rules come from the environment at every start: "
            f"set {HEADLESS_VARIABLES[what]} and restart (or pass --guild SERVER_ID for a Discord server)"
        )


def _watch(settings: Settings, fn: Callable[..., Any], *args: Any) -> Any:
    from feeds.storage.db import write_transaction

    db = _open_db(settings)
    try:
        with write_transaction(db):
            return fn(db, *args)
    finally:
        db.close()


def cmd_watch_add(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.storage.watch import add_term

    _refuse_headless(args.guild, args.mode)
    term = _watch(settings, add_term, args.guild, args.term, args.mode, utcnow())
    print(f"{args.mode}: {term!r} (guild {args.guild}); applies from the next poll cycle")
    return 0


def cmd_watch_remove(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.storage.watch import remove_term

    _refuse_headless(args.guild, "terms")
    term = _watch(settings, remove_term, args.guild, args.term)
    print(f"removed {term!r} (guild {args.guild})")
    return 0


def cmd_watch_list(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.storage.watch import watch_settings

    db = _open_db(settings)
    try:
        current = watch_settings(db, args.guild)
    finally:
        db.close()
    if args.json:
        _print_json(
            {
                "guild": args.guild,
                "include": current.include,
                "exclude": current.exclude,
                "muted_vendors": current.muted_vendors,
                "muted_events": current.muted_events,
                "min_score": current.min_score,
            }
        )
        return 0
    print(f"guild {args.guild}:")
    print(f"  include: {', '.join(current.include) or '-'}")
    print(f"  exclude: {', '.join(current.exclude) or '-'}")
    print(f"  muted vendors: {', '.join(current.muted_vendors) or '-'}")
    print(f"  muted events: {', '.join(current.muted_events) or '-'}")
    print(f"  minimum score: {current.min_score:.2f}")
    return 0


def cmd_watch_mute(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.detect.taxonomy import bundled_taxonomy
    from feeds.storage.watch import mute

    _refuse_headless(args.guild, "mute")
    target = _watch(settings, mute, args.guild, args.target, bundled_taxonomy().vendor_slugs, utcnow())
    print(f"muted {target} (guild {args.guild})")
    return 0


def cmd_watch_unmute(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.storage.watch import unmute

    _refuse_headless(args.guild, "mute")
    target = _watch(settings, unmute, args.guild, args.target)
    print(f"unmuted {target} (guild {args.guild})")
    return 0


def cmd_watch_min_score(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.storage.watch import set_min_score

    _refuse_headless(args.guild, "min-score")
    value = _watch(settings, set_min_score, args.guild, args.value, utcnow())
    print(f"minimum score {value:.2f} (guild {args.guild})")
    return 0


# -- entry point ----------------------------------------------------------------------------


def configure_logging(level: str, *, quiet: bool) -> None:
    """Log to stderr. One-shot commands stay quiet at the default level so their output reads cleanly."""
    explicit = "VIDRADAR_LOG_LEVEL" in os.environ
    effective = level if explicit or not quiet else "WARNING"
    logging.basicConfig(level=effective, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True)


@contextlib.contextmanager
def _sigterm_unwinds() -> Iterator[None]:
    """SIGTERM unwinds a command as Ctrl-C does (``finally`` blocks run, the database closes)
    instead of killing it where it stands. Long-running commands take both signals over in
    their event loop (:class:`StopSignals`)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv:  # what can this do? The whole answer, not a one-line usage error
        parser.print_help(sys.stderr)
        return 2
    with _sigterm_unwinds():
        return _run_command(parser, argv)


def _run_command(parser: Parser, argv: list[str]) -> int:
    settings: Settings | None = None
    try:
        args = parser.parse_args(argv)
        overrides = {"db": args.db} if "db" in vars(args) else {}
        settings = load_settings(**overrides)
        configure_logging(settings.log_level, quiet=args.command not in ("run",))
        return int(args.handler(args, settings))
    except UsageError as exc:
        print(f"vidradar: error: {exc}", file=sys.stderr)
        return 2
    except (ConfigError, InputError, VidradarError) as exc:
        print(f"vidradar: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("vidradar: interrupted", file=sys.stderr)
        return 130
    except Terminated:
        print("vidradar: terminated", file=sys.stderr)
        return 0
    except BrokenPipeError:
        # The reader went away (``vidradar classify | head``): not an error worth a message.
        sys.stderr.close()
        return 0
    except sqlite3.DatabaseError as exc:  # a command that read the file itself: still one line
        where = settings.db if settings is not None else "the database"
        error = storage_error(exc, where) or f"database error on {where}: {exc}".splitlines()[0]
        print(f"vidradar: error: {error}", file=sys.stderr)
        return 1
    except Exception as exc:  # last resort: still one line, details only in debug logs
        log.debug("unexpected error", exc_info=True)
        print(f"vidradar: internal error: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

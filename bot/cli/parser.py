"""The ``vidradar`` grammar: every subcommand, its flags and help, and the handler it runs.
A mistake is reported as one line (:class:`UsageError`, exit status 2)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from bot.cli.alerts_commands import cmd_alerts_retry
from bot.cli.bot_commands import cmd_run, cmd_sync_commands
from bot.cli.db_commands import cmd_db_backup, cmd_db_copy, cmd_db_migrate
from bot.cli.detection_commands import cmd_classify, cmd_eval
from bot.cli.digest_command import cmd_digest
from bot.cli.errors import UsageError
from bot.cli.feeds_commands import (
    cmd_feeds_add,
    cmd_feeds_export,
    cmd_feeds_import,
    cmd_feeds_list,
    cmd_feeds_remove,
)
from bot.cli.poll_commands import cmd_demo, cmd_poll
from bot.cli.search_command import cmd_search
from bot.cli.watch_commands import (
    cmd_watch_add,
    cmd_watch_languages,
    cmd_watch_list,
    cmd_watch_min_score,
    cmd_watch_mute,
    cmd_watch_remove,
    cmd_watch_unmute,
)
from feeds import __version__
from feeds.config import Settings
from feeds.durations import parse_duration


class Parser(argparse.ArgumentParser):
    """argparse that reports a mistake as one line instead of usage + message."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


Handler = Callable[[argparse.Namespace, Settings], int]
AddCommand = Callable[[str, str, Handler], Parser]  # adds a subcommand with --db and its handler


def _duration(text: str) -> Any:
    try:
        return parse_duration(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _feed_interval(text: str) -> Any:
    """A feed's poll interval, refused as a usage mistake when the feed list would refuse it."""
    from feeds.models import feed_interval  # pydantic and Babel: only for `feeds add`

    try:
        return feed_interval(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _language(text: str) -> str:
    """A feed's language: one ISO 639-1 code, as alert languages take them ("en", "fr")."""
    from feeds.languages import ISO_639_1

    code = text.strip().lower().split("-")[0]
    if code not in ISO_639_1:
        raise argparse.ArgumentTypeError(f"not an ISO 639-1 language code such as en or fr: {text[:20]!r}")
    return code


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _usage(args: argparse.Namespace) -> int:
    raise UsageError("missing action")


def build_parser() -> Parser:
    """The whole grammar, in the order ``--help`` lists it; each command's ``handler`` default
    is the function that runs it."""
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

    def add(name: str, help_text: str, handler: Handler) -> Parser:
        command = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        command.set_defaults(handler=handler)
        return command

    add(
        "demo",
        "poll the bundled demo feeds offline into a fresh database and show what was detected",
        cmd_demo,
    )
    _add_poll(add)
    _add_feeds(add, common)
    _add_search(add)
    _add_db(add, common)
    _add_detection(add)
    _add_watch(add, common)
    _add_alerts(add, common)
    _add_digest(add)
    _add_bot(add)
    return parser


def _group(add: AddCommand, name: str, help_text: str) -> argparse._SubParsersAction[Parser]:
    """A command made of actions (``vidradar feeds add``): its actions' subparsers; the command
    alone prints its usage."""
    command = add(name, help_text, lambda a, s: _usage(a))
    actions = command.add_subparsers(dest=f"{name}_command", metavar="ACTION", parser_class=Parser)
    actions.required = True
    return actions


def _add_poll(add: AddCommand) -> None:
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


def _add_feeds(add: AddCommand, common: Parser) -> None:
    feeds_sub = _group(add, "feeds", "manage the feed list")
    f_add = feeds_sub.add_parser(
        "add", help="add a feed (an HTML page is resolved to its feed)", parents=[common]
    )
    f_add.add_argument("url")
    f_add.add_argument("--name")
    f_add.add_argument("--lang", type=_language)
    f_add.add_argument("--interval", type=_feed_interval)
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


def _add_search(add: AddCommand) -> None:
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


def _add_db(add: AddCommand, common: Parser) -> None:
    db_sub = _group(add, "db", "database maintenance")
    db_sub.add_parser("migrate", help="create or upgrade the schema", parents=[common]).set_defaults(
        handler=cmd_db_migrate
    )
    backup = db_sub.add_parser("backup", help="consistent online copy of the database", parents=[common])
    backup.add_argument("path", type=Path)
    backup.add_argument("--json", action="store_true", help="print the copy's details as one JSON object")
    backup.add_argument("--force", action="store_true", help="replace a file already at PATH")
    backup.set_defaults(handler=cmd_db_backup)
    copy = db_sub.add_parser(
        "copy", help="copy the SQLite database (--db, VIDRADAR_DB) into PostgreSQL", parents=[common]
    )
    copy.add_argument(
        "--to", required=True, metavar="URL", help="the target: postgresql://user:password@host/dbname"
    )
    copy.add_argument("--json", action="store_true", help="print the copied row counts as one JSON object")
    copy.set_defaults(handler=cmd_db_copy)


def _add_detection(add: AddCommand) -> None:
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


def _add_alerts(add: AddCommand, common: Parser) -> None:
    alerts_sub = _group(add, "alerts", "a server's alert deliveries")
    retry = alerts_sub.add_parser(
        "retry", help="queue failed deliveries again once their cause is fixed", parents=[common]
    )
    retry.add_argument(
        "--guild", type=int, default=0, help="Discord server id (0, the default, is the headless webhook)"
    )
    retry.add_argument("--json", action="store_true", help="print {guild, retried} as one JSON object")
    retry.set_defaults(handler=cmd_alerts_retry)


def _add_watch(add: AddCommand, common: Parser) -> None:
    watch_sub = _group(add, "watch", "a server's watched terms, mutes, minimum score and alert languages")
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
    w_langs = watch_sub.add_parser(
        "languages",
        help="the languages alerts may be in: ISO 639-1 codes (en fr), or all",
        parents=[common, guild],
    )
    w_langs.add_argument("codes", nargs="+", metavar="CODES", help='e.g. "en fr", or "all" (every language)')
    w_langs.set_defaults(handler=cmd_watch_languages)


def _add_digest(add: AddCommand) -> None:
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


def _add_bot(add: AddCommand) -> None:
    run = add("run", "run the Discord bot (DISCORD_TOKEN), or headless with VIDRADAR_WEBHOOK_URL", cmd_run)
    run.add_argument(
        "--shard-count",
        type=int,
        metavar="N",
        help="the bot runs as N shards over several processes (Discord requires it from 2,500 servers)",
    )
    run.add_argument(
        "--shard-ids",
        metavar="IDS",
        help="the shards this process runs, e.g. 0,1 (default: all N); each shard in exactly one process",
    )
    sync = add(
        "sync-commands",
        "register the slash commands with Discord (globally, or to one server)",
        cmd_sync_commands,
    )
    sync.add_argument(
        "--guild", type=int, help="sync to this server only (instant; global sync can take an hour)"
    )

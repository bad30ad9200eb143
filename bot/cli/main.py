"""The ``vidradar`` command line. Subcommands, flags and JSON shapes are a stable contract.

Every error is one line on stderr and a non-zero exit (1 for a failed command, 2 for a
usage mistake), never a traceback. Ctrl-C ends any command with 130, SIGTERM with 0, and no
traceback from any process. Settings are built once here and passed down to the command's
handler; the grammar is :mod:`bot.cli.parser`, the handlers live in one module per command group.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from bot.cli.errors import UsageError
from bot.cli.parser import Parser, build_parser
from bot.cli.signals import Terminated, sigterm_unwinds
from feeds.config import Settings, load_settings, unknown_settings
from feeds.errors import ConfigError, InputError, VidradarError
from feeds.storage.faults import database_error_line

log = logging.getLogger("vidradar")


def long_running(args: argparse.Namespace) -> bool:
    """A command that runs until stopped (its log is its output): ``run``, ``poll --daemon``."""
    return args.command == "run" or (args.command == "poll" and bool(getattr(args, "daemon", False)))


def configure_logging(level: str, *, quiet: bool, explicit: bool = False) -> None:
    """Log to stderr. One-shot commands stay quiet at the default level so their output reads
    cleanly; a level the operator set (``explicit``: in the environment or the .env file)
    applies to every command."""
    explicit = explicit or bool(os.environ.get("VIDRADAR_LOG_LEVEL", "").strip())  # empty: not set
    effective = level if explicit or not quiet else "WARNING"
    logging.basicConfig(level=effective, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    process_entry = argv is None  # the `vidradar` script (or `python -m bot.cli.main`)
    if process_entry:
        _accept_stop_signals()
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv:  # what can this do? The whole answer, not a one-line usage error
        parser.print_help(sys.stderr)
        return 2
    with sigterm_unwinds():
        code = _run_command(parser, argv)
    if process_entry:
        _skip_teardown_collection()
    return code


def _accept_stop_signals() -> None:
    """A process inherits an ignored SIGINT, and a blocked one, from whoever started it (a
    script's background job, a supervisor, a test runner); Python keeps both, and a command
    would then never see Ctrl-C. The command line decides how SIGINT and SIGTERM stop it
    (130 after SIGINT, 0 after SIGTERM), so it takes both back."""
    import signal

    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})


def _skip_teardown_collection() -> None:
    """The command is done and has closed what it opened (database, workers, sockets); what
    remains is the interpreter's teardown, whose garbage collection walks every object the
    imports made (pydantic, aiohttp, the detector's tables): about 0.13 s of exit for nothing,
    as the process's memory goes back whole. Freezing the heap skips that walk; the atexit
    handlers (log flushing, the parse pool's clean-up) still run. Only for the process's own
    entry point, never for a caller that goes on living (the tests call ``main(argv)``)."""
    import gc

    gc.freeze()


def _run_command(parser: Parser, argv: list[str]) -> int:
    settings: Settings | None = None
    try:
        args = parser.parse_args(argv)
        overrides = {"db": args.db} if "db" in vars(args) else {}
        settings = load_settings(**overrides)
        configure_logging(
            settings.log_level,
            quiet=not long_running(args),
            explicit="log_level" in settings.model_fields_set,
        )
        for warning in unknown_settings():
            log.warning(warning)
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
    except Exception as exc:  # last resort: still one line, details only in debug logs
        # An SQLite error storage did not sort (opening the file, a lock that outlived its
        # wait): what happened to the database, in one line.
        error = database_error_line(exc, settings.database_name if settings is not None else "the database")
        if error is not None:
            print(f"vidradar: error: {error}", file=sys.stderr)
            return 1
        log.debug("unexpected error", exc_info=True)
        print(f"vidradar: internal error: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

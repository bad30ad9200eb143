"""``vidradar db``: migrate (create or upgrade the schema), backup (a consistent online copy of
the SQLite file) and copy (an SQLite install moved to PostgreSQL)."""

from __future__ import annotations

import argparse

from bot.cli.output import print_json
from feeds.config import Settings
from feeds.errors import InputError


def cmd_db_migrate(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.storage.maintenance import migrate_file

    applied = migrate_file(settings.database)
    print(f"applied {', '.join(applied)}" if applied else f"{settings.database_name} is up to date")
    return 0


def cmd_db_backup(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.storage.backup import backup_database

    if settings.database_url is not None:
        raise InputError(
            "vidradar db backup copies the SQLite file; back PostgreSQL up with its own tools (pg_dump)"
        )
    pages = backup_database(settings.db, args.path, replace=args.force)
    if args.json:
        print_json(
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


def cmd_db_copy(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.storage.copy import copy_database

    report = copy_database(settings.db, args.to)
    if args.json:
        print_json(report.as_json())
    else:
        total = sum(report.rows.values())
        print(
            f"copied {settings.db} to {report.target}: {total} rows in {len(report.rows)} tables, counts verified"
        )
    return 0

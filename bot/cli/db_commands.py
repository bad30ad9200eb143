"""``vidradar db``: migrate (create or upgrade the schema) and backup (a consistent online copy)."""

from __future__ import annotations

import argparse

from bot.cli.output import print_json
from feeds.config import Settings


def cmd_db_migrate(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.storage.maintenance import migrate_file

    applied = migrate_file(settings.db)
    print(f"applied {', '.join(applied)}" if applied else f"{settings.db} is up to date")
    return 0


def cmd_db_backup(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.storage.backup import backup_database

    pages = backup_database(settings.db, args.path)
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

"""``vidradar db copy --to postgresql://…``: an SQLite install moved to PostgreSQL.

The target is migrated first (same numbered migrations), then every table is copied in one
PostgreSQL transaction from one consistent read of the SQLite file: all of it or nothing.
Rows are upserted by primary key, so a second run (say, after a last poll on SQLite) brings
the target up to date instead of failing; the counts are then compared table by table.
Ids are kept (alert footers and outbox rows refer to them) and each identity sequence moves
past the highest one. The search index is rebuilt on the target from the copied entries.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from feeds.errors import InputError, StorageError
from feeds.storage.db import open_database, write_transaction
from feeds.storage.entries import refresh_search_index
from feeds.storage.migrations import migrations
from feeds.storage.postgres import is_postgres_url, redact_url
from feeds.timeutil import to_db, utcnow

# Parents before children (foreign keys), with each table's primary key. Leases (feeds'
# lease columns, shard_leases) are the running processes' business: not copied.
TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("feeds", ("id",)),
    ("servers", ("guild_id",)),
    ("entries", ("id",)),
    ("entry_tombstones", ("feed_id", "guid")),
    ("stories", ("id",)),
    ("story_aliases", ("alias",)),
    ("announcements", ("id",)),
    ("server_feeds", ("guild_id", "feed_id")),
    ("server_watch_terms", ("guild_id", "term_key")),
    ("server_mutes", ("guild_id", "target")),
    ("keyword_matches", ("id",)),
    ("alert_routes", ("id",)),
    ("deliveries", ("id",)),
    ("poll_cycles", ("id",)),
)
_NOT_COPIED = {"feeds": {"lease_owner", "lease_until"}}
BATCH = 1000


@dataclass
class CopyReport:
    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows copied (= rows in both)
    migrated: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "migrated": self.migrated,
            "tables": self.rows,
            "rows": sum(self.rows.values()),
        }


def copy_database(source: Path, target_url: str) -> CopyReport:
    """Copy the SQLite database ``source`` into the PostgreSQL database ``target_url``."""
    if not is_postgres_url(target_url):
        raise InputError("--to must be a postgresql:// URL")
    if not source.exists():
        raise InputError(f"no database at {source}")
    src = open_database(source, readonly=True)
    try:
        pending = migrations.pending(src)
        if pending:
            raise InputError(
                f"{source} is older than this vidradar ({pending[0].name} not applied): "
                "run `vidradar db migrate` on it first"
            )
        target = open_database(target_url, migrate=False)
        try:
            from feeds.storage.migrations import migrate

            report = CopyReport(
                str(source), redact_url(target_url), migrated=migrate(target, redact_url(target_url))
            )
            src.execute("BEGIN")  # one snapshot of the file for every table
            try:
                with write_transaction(target):
                    _refuse_foreign_rows(target, source)
                    for table, key in TABLES:
                        report.rows[table] = _copy_table(src, target, table, key)
                    _advance_sequences(target)
                    _verify(src, target, report)
                    refresh_search_index(target)
            finally:
                src.execute("ROLLBACK")
        finally:
            target.close()
    finally:
        src.close()
    return report


_COPIES = "vidradar_copies"  # which SQLite files were copied here (a re-run may update them)


def _refuse_foreign_rows(target: Database, source: Path) -> None:
    """A target with data that no copy put there (another install's, or PostgreSQL already in
    use) is left alone: the copy would mix the two under the same ids."""
    target.execute(f"CREATE TABLE IF NOT EXISTS {_COPIES} (source TEXT PRIMARY KEY, copied_at TEXT NOT NULL)")
    copied = target.execute(f"SELECT 1 FROM {_COPIES} LIMIT 1").fetchone()
    has_rows = any(target.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() for table, _ in TABLES)
    if has_rows and not copied:
        raise InputError(
            "the target database is not empty and was not filled by vidradar db copy: "
            "copy into a new, empty PostgreSQL database"
        )
    target.execute(
        f"INSERT INTO {_COPIES} (source, copied_at) VALUES (?, ?) ON CONFLICT (source) DO UPDATE SET copied_at = excluded.copied_at",
        [str(source.resolve()), to_db(utcnow())],
    )


def _columns(src: Database, table: str) -> list[str]:
    skipped = _NOT_COPIED.get(table, set())
    return [row[1] for row in src.execute(f"PRAGMA table_info({table})").fetchall() if row[1] not in skipped]


def _copy_table(src: Database, target: Database, table: str, key: tuple[str, ...]) -> int:
    columns = _columns(src, table)
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
    conflict = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    statement = f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT ({', '.join(key)}) {conflict}"
    copied = 0
    for batch in _batches(src, f"SELECT {names} FROM {table} ORDER BY {', '.join(key)}"):
        target.conn.executemany(statement, batch)
        copied += len(batch)
    return copied


def _batches(src: Database, query: str) -> Iterator[list[tuple[Any, ...]]]:
    cursor = src.execute(query)
    while batch := cursor.fetchmany(BATCH):
        yield [tuple(row) for row in batch]


def _advance_sequences(target: Database) -> None:
    """Ids were copied as they are: each identity sequence goes on after the highest."""
    for table, key in TABLES:
        if key == ("id",):
            target.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 0) + 1, false) FROM {table}"
            )


def _verify(src: Database, target: Database, report: CopyReport) -> None:
    """Every table holds as many rows on both sides (a row deleted from SQLite since an earlier
    copy would still be on PostgreSQL: refused, nothing of this run is kept)."""
    wrong = []
    for table, _ in TABLES:
        (here,) = src.execute(f"SELECT count(*) FROM {table}").fetchone()
        (there,) = target.execute(f"SELECT count(*) FROM {table}").fetchone()
        if here != there:
            wrong.append(f"{table} {here} in SQLite, {there} in PostgreSQL")
    if wrong:
        raise StorageError(
            "copy not committed, the counts differ: " + "; ".join(wrong) + " (copy into an empty database)"
        )

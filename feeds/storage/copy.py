"""``vidradar db copy --to postgresql://…``: an SQLite install moved to PostgreSQL.

The target is migrated first (same numbered migrations), then every table is copied in one
PostgreSQL transaction from one consistent read of the SQLite file: all of it or nothing;
the counts are then compared table by table. Ids are kept (alert footers and outbox rows
refer to them) and each identity sequence moves past the highest one. The search index is
rebuilt on the target from the copied entries.

Safe to re-run: a second copy (say, after a last poll on SQLite) replaces what the first one
wrote, as long as nothing else wrote to the target since (a vidradar already running on
PostgreSQL): that is refused, as is a target holding data no copy put there.
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
from feeds.storage.migrations import migrations, refuse_newer
from feeds.storage.postgres import is_postgres_url, redact_url
from feeds.timeutil import to_db, utcnow

# Parents before children (foreign keys), with each table's primary key. Leases (feeds'
# lease columns, shard_leases) are the running processes' business: not copied.
TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("feeds", ("id",)),
    ("feed_former_urls", ("url",)),
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
    """What ``vidradar db copy`` did: the migrations it applied and the rows of each table copied."""

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
        refuse_newer(src, source)
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
                    _refuse_foreign_rows(target)
                    tables = ", ".join(table for table, _ in TABLES)
                    target.execute(f"TRUNCATE {tables}, search_pending")
                    for table, key in TABLES:
                        report.rows[table] = _copy_table(src, target, table, key)
                    _advance_sequences(target)
                    _verify(src, target, report)
                    refresh_search_index(target)
                    _record_copy(target, source)
            finally:
                src.execute("ROLLBACK")
        finally:
            target.close()
    finally:
        src.close()
    return report


_COPIES = "vidradar_copies"  # what the last copy left (a re-run may replace only that)


def _fingerprint(target: Database) -> str:
    """Rows and latest change of every copied table: what a later writer would move."""
    parts = []
    for table, key in TABLES:
        latest = "max(updated_at)" if table in _CHANGING else f"max({key[0]})"
        count, last = target.execute(f"SELECT count(*), {latest} FROM {table}").fetchone()
        parts.append(f"{table}:{count}:{last}")
    return " ".join(parts)


_CHANGING = {"feeds", "servers", "entries", "stories", "deliveries"}


def _refuse_foreign_rows(target: Database) -> None:
    """A target with data that no copy put there (another install's), or that changed since
    the last copy (a vidradar runs on it), is left alone: replacing it would lose that."""
    target.execute(
        f"CREATE TABLE IF NOT EXISTS {_COPIES} (source TEXT NOT NULL, copied_at TEXT NOT NULL, fingerprint TEXT NOT NULL)"
    )
    if not any(target.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() for table, _ in TABLES):
        return
    last = target.execute(f"SELECT fingerprint FROM {_COPIES} ORDER BY copied_at DESC LIMIT 1").fetchone()
    if last is None:
        raise InputError(
            "the target database is not empty and was not filled by vidradar db copy: "
            "copy into a new, empty PostgreSQL database"
        )
    if last[0] != _fingerprint(target):
        raise InputError(
            "the target database changed since the last copy (a vidradar ran on it): "
            "copying again would lose that; copy into a new, empty PostgreSQL database"
        )


def _record_copy(target: Database, source: Path) -> None:
    target.execute(f"DELETE FROM {_COPIES}")
    target.execute(
        f"INSERT INTO {_COPIES} (source, copied_at, fingerprint) VALUES (?, ?, ?)",
        [str(source.resolve()), to_db(utcnow()), _fingerprint(target)],
    )


def _columns(src: Database, table: str) -> list[str]:
    skipped = _NOT_COPIED.get(table, set())
    return [row[1] for row in src.execute(f"PRAGMA table_info({table})").fetchall() if row[1] not in skipped]


def _copy_table(src: Database, target: Database, table: str, key: tuple[str, ...]) -> int:
    columns = _columns(src, table)
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    statement = f"INSERT INTO {table} ({names}) VALUES ({marks})"
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
    """Every table holds as many rows on both sides (nothing of this run is kept otherwise)."""
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

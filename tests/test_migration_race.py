"""Two processes opening the same database at the same moment: the second waits for the
first's migration and finds nothing left to do (no "table feeds already exists", no
"duplicate column name"), for a brand-new file and for a file from an older vidradar.

The processes meet on a barrier right before ``open_database``, every round, so they race
for real. ``make stress`` (VIDRADAR_STRESS=1) runs more processes and more rounds.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
from pathlib import Path

from feeds.storage.db import open_database
from feeds.storage.migrations import known_names, migrations

STRESS = bool(os.environ.get("VIDRADAR_STRESS"))
PROCESSES = 4 if STRESS else 2
ROUNDS = 40 if STRESS else 8
OLDER = "m002_delivery_claimed_at"  # an older file: only m001 applied, everything after it pending


def _open_at_barrier(paths: list[str], barrier, results) -> None:  # type: ignore[no-untyped-def]
    """One racing process: for each file, wait for the others, then open (and migrate) it."""
    for path in paths:
        barrier.wait(timeout=120)
        try:
            open_database(path).close()
            results.put((path, "ok"))
        except Exception as exc:  # noqa: BLE001 - the failure is what the test reports
            results.put((path, f"{type(exc).__name__}: {exc}"))


def _older_schema(path: Path) -> None:
    db = open_database(path, migrate=False)
    migrations.apply(db, stop_before=OLDER)
    db.close()


def _schema(path: Path) -> list[tuple]:
    db = open_database(path, migrate=False)
    try:
        return db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        db.close()


def _applied(path: Path) -> tuple[list[str], int]:
    db = open_database(path, migrate=False)
    try:
        names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        return names, db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


def _race(paths: list[Path], processes: int) -> dict[str, list[str]]:
    """Open every path from ``processes`` processes at once; each path's outcomes."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes)
    results = context.Queue()
    workers = [
        context.Process(target=_open_at_barrier, args=([str(p) for p in paths], barrier, results))
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    outcomes: dict[str, list[str]] = {str(p): [] for p in paths}
    try:
        for _ in range(len(paths) * processes):
            path, outcome = results.get(timeout=180)
            outcomes[path].append(outcome)
    except queue.Empty:
        raise AssertionError(f"racing processes stopped answering: {outcomes}") from None
    finally:
        for worker in workers:
            worker.join(timeout=30)
            if worker.is_alive():
                worker.kill()
    return outcomes


def test_processes_opening_the_same_database_at_once_all_succeed(tmp_path: Path) -> None:
    reference = tmp_path / "reference.db"
    open_database(reference).close()
    expected = _schema(reference)
    paths = []
    for n in range(ROUNDS):
        paths.append(tmp_path / f"new-{n}.db")
        older = tmp_path / f"older-{n}.db"
        _older_schema(older)
        paths.append(older)
    outcomes = _race(paths, PROCESSES)
    failures = {path: got for path, got in outcomes.items() if got != ["ok"] * PROCESSES}
    assert not failures, failures
    for path in paths:
        assert _schema(path) == expected, path
        assert _applied(path) == (known_names(), len(known_names())), path

"""The async bridge under :class:`~feeds.storage.store.Store`: one writer thread, one reader thread.

SQLite allows one writer at a time; funnelling every write through a single thread keeps
transactions serial without locks in Python and keeps SQLite work off the event loop. WAL
lets the reader thread answer queries (slash commands, status) while a cycle writes.

On PostgreSQL (a ``postgresql://`` URL) the two threads stay, and each call borrows a
connection from a psycopg pool: a connection the server dropped is replaced, not kept.
"""

from __future__ import annotations

import asyncio
import functools
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, Self, TypeVar, cast

from sqlite_utils import Database

from feeds.config import scrub_password
from feeds.errors import DatabaseDamaged, StorageError
from feeds.storage.db import open_database, write_transaction
from feeds.storage.faults import is_postgres_error, storage_error
from feeds.storage.postgres import PgDatabase, is_postgres_url, redact_url

P = ParamSpec("P")
T = TypeVar("T")


POOL_MAX = 4  # connections per process: the writer and reader threads, and room for a new one


class _Reconnect(Exception):
    """The pooled connection was found dropped before the operation did anything."""


class DatabaseThreads:
    """Runs storage functions ``fn(db, ...)`` off the event loop. Only storage uses it: the rest of
    vidradar calls the operations of :class:`~feeds.storage.store.Store`, which derives from it."""

    def __init__(self, path: str | Path) -> None:
        self.url = str(path) if is_postgres_url(path) else None
        self.path: str | Path = redact_url(str(path)) if self.url else Path(path)
        self._pool: Any = None  # psycopg_pool.ConnectionPool on PostgreSQL
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vidradar-db-write")
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vidradar-db-read")
        self._wdb: Database | None = None
        self._rdb: Database | None = None
        # Set once a statement finds the file corrupt: from then on no write touches it
        # (writing into a malformed b-tree can spread the damage).
        self.damaged: DatabaseDamaged | None = None

    @classmethod
    async def open(cls, path: str | Path) -> Self:
        """Open and migrate (on the writer thread), then open the reader connection."""
        store = cls(path)
        loop = asyncio.get_running_loop()
        if store.url is not None:
            try:
                await loop.run_in_executor(store._writer, store._open_pool)
            except BaseException:
                await store.close()
                raise
            return store
        try:
            store._wdb = await loop.run_in_executor(store._writer, open_database, store.path)
            store._rdb = await loop.run_in_executor(
                store._reader, functools.partial(open_database, store.path, migrate=False)
            )
        except BaseException:
            await store.close()
            raise
        return store

    def _open_pool(self) -> None:
        """Migrate (one connection, as on SQLite), then open the pool the calls borrow from."""
        assert self.url is not None
        open_database(self.url).close()
        try:
            from psycopg_pool import ConnectionPool
        except ImportError:
            raise StorageError(
                "the PostgreSQL pool is not installed: pip install 'vidradar[postgresql]'"
            ) from None
        self._pool = ConnectionPool(
            self.url,
            min_size=2,
            max_size=POOL_MAX,
            kwargs={"autocommit": True, "application_name": "vidradar"},
            open=False,
            name="vidradar",
        )
        try:
            self._pool.open(wait=True, timeout=30)
        except Exception as exc:
            raise StorageError(
                f"cannot connect to {self.path}: {scrub_password(str(exc), self.url)}"
            ) from None

    def _borrowing(
        self, fn: Callable[..., T], args: Any, kwargs: Any, *, writes: bool = False
    ) -> Callable[[], T]:
        """``fn`` on a pooled connection; a write runs in one transaction under the writers'
        lock, as every SQLite write waits for the file's (a single UPDATE included)."""

        def attempt(last: bool) -> T:
            with self._pool.connection() as connection:
                pg = PgDatabase(str(self.path), connection)
                db = cast(Database, pg)
                try:
                    if not writes:
                        return fn(db, *args, **kwargs)
                    with write_transaction(db):
                        return fn(db, *args, **kwargs)
                except Exception:
                    # A pooled connection the server dropped (a restart, a failover): retried on
                    # the next one when nothing can have happened yet (a read; a write whose
                    # BEGIN was never answered). The pool discards the broken one; after a
                    # restart every pooled connection is broken, so up to POOL_MAX + 1 tries.
                    if not last and pg.broken and (not writes or pg.completed == 0):
                        raise _Reconnect from None
                    raise

        def call() -> T:
            for _ in range(POOL_MAX):
                try:
                    return attempt(last=False)
                except _Reconnect:
                    continue
            return attempt(last=True)

        return call

    async def write(
        self, fn: Callable[Concatenate[Database, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run ``fn(db, *args, **kwargs)`` on the writer thread. SQLite's errors come out as
        :class:`~feeds.errors.StorageError` (``DatabaseDamaged``, ``DiskFull``)."""
        if self._pool is not None:
            return await self._run(self._writer, self._borrowing(fn, args, kwargs, writes=True))
        assert self._wdb is not None, "store is closed"
        if self.damaged is not None:
            raise DatabaseDamaged(*self.damaged.args)  # a fresh one: no traceback piling up
        call = functools.partial(fn, self._wdb, *args, **kwargs)
        return await self._run(self._writer, call)

    async def write_in_transaction(
        self, fn: Callable[Concatenate[Database, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """``fn`` on the writer thread in one write transaction: all of its statements or none."""

        def run(db: Database) -> T:
            with write_transaction(db):
                return fn(db, *args, **kwargs)

        return await self.write(run)

    async def read(
        self, fn: Callable[Concatenate[Database, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run ``fn(db, *args, **kwargs)`` on the reader thread."""
        if self._pool is not None:
            return await self._run(self._reader, self._borrowing(fn, args, kwargs))
        assert self._rdb is not None, "store is closed"
        call = functools.partial(fn, self._rdb, *args, **kwargs)
        return await self._run(self._reader, call)

    async def _run(self, executor: ThreadPoolExecutor, call: Callable[[], T]) -> T:
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, call)
        except Exception as exc:
            if not isinstance(exc, sqlite3.DatabaseError) and not is_postgres_error(exc):
                raise
            error = storage_error(exc, self.path)
            if error is None:
                raise
            if isinstance(error, DatabaseDamaged):
                self.damaged = error
            raise error from exc

    async def close(self) -> None:
        """Wait for queued work (current transactions finish), then close both connections."""
        loop = asyncio.get_running_loop()
        for executor, attr in ((self._writer, "_wdb"), (self._reader, "_rdb")):
            db = getattr(self, attr)
            if db is not None:
                await loop.run_in_executor(executor, db.close)
                setattr(self, attr, None)
            executor.shutdown(wait=True)
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await loop.run_in_executor(None, pool.close)

"""The async bridge under :class:`~feeds.storage.store.Store`: one writer thread, one reader thread.

SQLite allows one writer at a time; funnelling every write through a single thread keeps
transactions serial without locks in Python and keeps SQLite work off the event loop. WAL
lets the reader thread answer queries (slash commands, status) while a cycle writes.
"""

from __future__ import annotations

import asyncio
import functools
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Concatenate, ParamSpec, Self, TypeVar

from sqlite_utils import Database

from feeds.errors import DatabaseDamaged
from feeds.storage.db import open_database, write_transaction
from feeds.storage.faults import storage_error

P = ParamSpec("P")
T = TypeVar("T")


class DatabaseThreads:
    """Runs storage functions ``fn(db, ...)`` off the event loop. Only storage uses it: the rest of
    vidradar calls the operations of :class:`~feeds.storage.store.Store`, which derives from it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
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
        try:
            store._wdb = await loop.run_in_executor(store._writer, open_database, store.path)
            store._rdb = await loop.run_in_executor(
                store._reader, functools.partial(open_database, store.path, migrate=False)
            )
        except BaseException:
            await store.close()
            raise
        return store

    async def write(
        self, fn: Callable[Concatenate[Database, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run ``fn(db, *args, **kwargs)`` on the writer thread. SQLite's errors come out as
        :class:`~feeds.errors.StorageError` (``DatabaseDamaged``, ``DiskFull``)."""
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
        assert self._rdb is not None, "store is closed"
        call = functools.partial(fn, self._rdb, *args, **kwargs)
        return await self._run(self._reader, call)

    async def _run(self, executor: ThreadPoolExecutor, call: Callable[[], T]) -> T:
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, call)
        except sqlite3.DatabaseError as exc:
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

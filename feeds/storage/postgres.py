"""PostgreSQL under the same storage functions: a connection that answers the part of
sqlite-utils' ``Database`` that ``feeds/storage`` uses (``execute``, ``executemany``,
``query``, ``conn.cursor()``, ``lastrowid``, ``in_transaction``).

The storage functions keep one text of each statement, written in the SQL both databases
read; :func:`postgres_sql` only turns SQLite's placeholders (``?``, ``:name``) into
psycopg's. What the two dialects say differently (JSON lists, full-text search, schema types)
is chosen in :mod:`feeds.storage.dialect` and :mod:`feeds.storage.search`.

psycopg is imported only when a ``postgresql://`` URL is opened: an SQLite install needs no
PostgreSQL driver (``pip install 'vidradar[postgresql]'`` adds it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from feeds.config import redact_url, scrub_password
from feeds.errors import StorageError, first_line

if TYPE_CHECKING:
    import psycopg

POSTGRES_SCHEMES = ("postgresql://", "postgres://")

# Tables whose rows have an identity ``id``: an INSERT into them returns it (sqlite3's lastrowid).
_ID_TABLES = frozenset(
    {
        "feeds",
        "entries",
        "stories",
        "announcements",
        "keyword_matches",
        "deliveries",
        "poll_cycles",
        "alert_routes",
    }
)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)
# Every write transaction takes this advisory lock first: writers take turns as they do on
# SQLite (BEGIN IMMEDIATE), so every read-modify-write of storage stays correct across
# processes; readers never wait. Outbox and feed claims also lock rows (SKIP LOCKED).
WRITE_LOCK_KEY = 0x76696472  # "vidr"


def is_postgres_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(POSTGRES_SCHEMES)


_DOLLAR_TAG = re.compile(r"\$(?:[A-Za-z_][A-Za-z_0-9]*)?\$")


@functools.lru_cache(maxsize=2048)
def postgres_sql(sql: str, with_params: bool = True) -> str:
    """SQLite's placeholders -> psycopg's: ``?`` -> ``%s``, ``:name`` -> ``%(name)s``, and a
    literal ``%`` doubled (psycopg reads ``%`` only when there are parameters:
    ``with_params=False`` leaves the text as it is). Quoted strings (``'…'``, ``E'…'``,
    ``$tag$…$tag$``), quoted names, comments and ``::`` casts are left as they are."""
    if not with_params:
        return sql
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            backslashes = ch == "'" and i > 0 and sql[i - 1] in "eE" and (i < 2 or not sql[i - 2].isalnum())
            end = i + 1
            while end < n:
                if backslashes and sql[end] == "\\":
                    end += 2
                    continue
                if sql[end] == ch:
                    if end + 1 < n and sql[end + 1] == ch:  # a doubled quote inside
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
        elif ch == "$" and (tag := _DOLLAR_TAG.match(sql, i)) and (i == 0 or not sql[i - 1].isalnum()):
            close = sql.find(tag.group(), tag.end())
            end = n if close < 0 else close + len(tag.group())
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif ch == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif ch == "/" and sql.startswith("/*", i):
            close = sql.find("*/", i + 2)
            end = n if close < 0 else close + 2
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif ch == "?":
            out.append("%s")
            i += 1
        elif ch == ":" and sql.startswith("::", i):
            out.append("::")
            i += 2
        elif ch == ":" and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_"):
            end = i + 1
            while end < n and (sql[end].isalnum() or sql[end] == "_"):
                end += 1
            out.append(f"%({sql[i + 1 : end]})s")
            i = end
        elif ch == "%":
            out.append("%%")
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _returns_id(sql: str) -> bool:
    match = _INSERT_INTO.match(sql)
    return bool(match and match.group(1).lower() in _ID_TABLES and "returning" not in sql.lower())


def _value(value: Any) -> Any:
    """sqlite3 binds True/False as 1/0 and the schema keeps flags as integers; so does this.
    PostgreSQL text cannot hold NUL, which SQLite stores: it is dropped (parsing already
    removes control characters; this keeps one that slipped through from failing a write)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and "\x00" in value:
        return value.replace("\x00", "")
    return value


def _adapt(params: Any) -> Any:
    if params is None:
        return None
    if isinstance(params, Mapping):
        return {k: _value(v) for k, v in params.items()}
    return [_value(v) for v in params]


class PgCursor:
    """A psycopg cursor behind sqlite3's cursor interface (execute, fetch*, rowcount, lastrowid)."""

    def __init__(self, cursor: psycopg.Cursor[Any], owner: PgDatabase) -> None:
        self._cursor = cursor
        self._owner = owner
        self.lastrowid: int | None = None
        self._returned: list[Any] | None = None

    def execute(self, sql: str, params: Any = None) -> PgCursor:
        returning = _returns_id(sql)
        text = postgres_sql(sql + " RETURNING id" if returning else sql, params is not None)
        self._cursor.execute(text, _adapt(params))
        self._returned = None
        if returning:
            self._returned = self._cursor.fetchall()
            self.lastrowid = int(self._returned[-1][0]) if self._returned else None
        self._owner.completed += 1
        return self

    def executemany(self, sql: str, seq: Iterable[Any]) -> PgCursor:
        self._cursor.executemany(postgres_sql(sql), [_adapt(p) for p in seq])
        self._owner.completed += 1
        return self

    def fetchone(self) -> Any:
        return None if self._returned is not None else self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return [] if self._returned is not None else self._cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def description(self) -> Any:
        return self._cursor.description


class PgDatabase:
    """One PostgreSQL connection (autocommit: transactions are explicit, as on SQLite) with the
    calls storage makes on a sqlite-utils ``Database``. ``conn`` is itself, so ``db.conn.execute``
    works too."""

    dialect = "postgresql"

    def __init__(self, url: str, connection: psycopg.Connection[Any]) -> None:
        self.url = url
        self._connection = connection
        self.completed = 0  # statements the server answered on this connection (by this object)

    @classmethod
    def connect(cls, url: str, *, connect_timeout: float = 10.0) -> PgDatabase:
        try:
            import psycopg
        except ImportError:
            raise StorageError(
                "VIDRADAR_DATABASE_URL names PostgreSQL but its driver is not installed: "
                "pip install 'vidradar[postgresql]'"
            ) from None
        try:
            connection = psycopg.connect(
                url,
                autocommit=True,
                connect_timeout=max(1, int(connect_timeout)),
                application_name="vidradar",
            )
        except psycopg.Error as exc:
            reason = scrub_password(first_line(exc), url)
            raise StorageError(f"cannot connect to {redact_url(url)}: {reason}") from None
        return cls(url, connection)

    @property
    def conn(self) -> PgDatabase:
        return self

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self._connection.info.transaction_status != TransactionStatus.IDLE

    @property
    def broken(self) -> bool:
        """The connection is gone (the server restarted, the network dropped it)."""
        return bool(self._connection.broken)

    def cursor(self) -> PgCursor:
        return PgCursor(self._connection.cursor(), self)

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None) -> PgCursor:
        return self.cursor().execute(sql, params)

    def executemany(self, sql: str, seq: Iterable[Any]) -> PgCursor:
        return self.cursor().executemany(sql, seq)

    def query(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None
    ) -> Iterator[dict[str, Any]]:
        from psycopg.rows import dict_row

        with self._connection.cursor(row_factory=dict_row) as cursor:
            cursor.execute(postgres_sql(sql, params is not None), _adapt(params))
            self.completed += 1
            yield from cursor.fetchall()

    def close(self) -> None:
        self._connection.close()

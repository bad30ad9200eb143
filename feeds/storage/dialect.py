"""The few SQL fragments SQLite and PostgreSQL spell differently, as functions of the database.

Everything else in ``feeds/storage`` is written once, in SQL both read. JSON lists are kept
as JSON text in both (``stories.vendors``, a parameter listing ids): SQLite reads them with
``json_each``, PostgreSQL with ``json_array_elements_text``.
"""

from __future__ import annotations

from typing import Any, Literal


def is_postgres(db: Any) -> bool:
    """A PostgreSQL connection (:class:`~feeds.storage.postgres.PgDatabase`), else SQLite."""
    return getattr(db, "dialect", None) == "postgresql"


def like(db: Any) -> str:
    """Case-insensitive LIKE (SQLite's LIKE already ignores ASCII case)."""
    return "ILIKE" if is_postgres(db) else "LIKE"


def same(db: Any) -> str:
    """The NULL-safe equality operator (``a IS b`` in SQLite)."""
    return "IS NOT DISTINCT FROM" if is_postgres(db) else "IS"


def differs(db: Any) -> str:
    """The NULL-safe inequality operator (``a IS NOT b`` in SQLite)."""
    return "IS DISTINCT FROM" if is_postgres(db) else "IS NOT"


def json_values(db: Any, expr: str, *, cast: Literal["text", "bigint"] = "text") -> str:
    """A subquery of the values of the JSON list ``expr`` (a parameter or a column), for
    ``x IN (...)``: ``cast`` is the type they compare as on PostgreSQL (SQLite compares loosely)."""
    if is_postgres(db):
        value = "value" if cast == "text" else f"value::{cast}"
        return f"SELECT {value} FROM json_array_elements_text(CAST({expr} AS json)) AS j(value)"
    return f"SELECT value FROM json_each({expr})"


def json_table(db: Any, expr: str, alias: str) -> str:
    """A FROM item ``alias`` with one row per value (column ``value``, text) of the JSON list ``expr``."""
    if is_postgres(db):
        return f"json_array_elements_text(CAST({expr} AS json)) AS {alias}(value)"
    return f"json_each({expr}) AS {alias}"


def json_has(db: Any, expr: str, value: str) -> str:
    """True when the JSON list ``expr`` holds the text ``value`` (SQL expressions both)."""
    return f"EXISTS (SELECT 1 FROM {json_table(db, expr, 'jh')} WHERE jh.value = {value})"


def json_list_of(db: Any, expr: str) -> str:
    """A one-value JSON list of ``expr`` (``json_array`` in SQLite)."""
    return f"json_build_array({expr})::text" if is_postgres(db) else f"json_array({expr})"


def json_append(db: Any, column: str, key: str, value: str) -> str:
    """``column`` (a JSON object) with the JSON text ``value`` appended to its list ``key``."""
    if is_postgres(db):
        return (
            f"jsonb_set(CAST({column} AS jsonb), '{{{key}}}', "
            f"coalesce(CAST({column} AS jsonb) -> '{key}', '[]'::jsonb) || jsonb_build_array(CAST({value} AS jsonb)))::text"
        )
    return f"json_insert({column}, '$.{key}[#]', json({value}))"


def lock_rows(db: Any, table: str, ids: list[int]) -> list[int]:
    """The rows of ``ids`` this transaction locked for its claim, in order. On PostgreSQL
    ``FOR UPDATE SKIP LOCKED``: a row another process is claiming right now is left to it.
    SQLite has one writer at a time, so every row is this transaction's."""
    if not ids or not is_postgres(db):
        return ids
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT id FROM {table} WHERE id IN ({marks}) FOR UPDATE SKIP LOCKED", ids).fetchall()
    locked = {row[0] for row in rows}
    return [i for i in ids if i in locked]

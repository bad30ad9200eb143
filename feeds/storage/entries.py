"""The ``entries`` table: per-feed upserts (dedup by guid, update on changed content),
tombstones of pruned entries, and full-text search (indexed in batches)."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlite_utils import Database

from feeds.errors import InputError, StorageError
from feeds.models import ParsedEntry
from feeds.storage.db import write_transaction
from feeds.storage.dialect import is_postgres, json_has, json_list_of, like
from feeds.storage.faults import is_postgres_error
from feeds.storage.search_tokens import snippet, tsquery_text, tsvector_text
from feeds.storage.visibility import feed_label_sql, visible_feeds_sql
from feeds.timeutil import from_db, to_db

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 200
_CHUNK = 400  # stay well under SQLite's bound-parameter limit
# Entries indexed per search-index batch during a cycle (see refresh_search_index).
SEARCH_BATCH = 1000


@dataclass(frozen=True)
class UpsertedEntry:
    """An entry :func:`upsert_entries` wrote, new or changed (same guid, new content), with its id."""

    id: int
    entry: ParsedEntry
    status: Literal["new", "changed"]


def upsert_entries(
    db: Database, feed_id: int, entries: list[ParsedEntry], now: datetime
) -> list[UpsertedEntry]:
    """Insert new entries, update changed ones (same guid, new content hash); skip unchanged
    and tombstoned ones. Call inside the feed's transaction.

    The image is not part of the content hash: a new picture alone is written in place,
    without making the entry "changed" (nothing is detected or edited again for it). This
    also fills in the images of entries stored before there was an image column."""
    if not entries:
        return []
    existing: dict[str, tuple[int, str, str | None]] = {}
    tombstoned: set[str] = set()
    guids = [e.guid for e in entries]
    for start in range(0, len(guids), _CHUNK):
        chunk = guids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"SELECT guid, id, content_hash, image_url FROM entries WHERE feed_id = ? AND guid IN ({marks})",
            [feed_id, *chunk],
        ):
            existing[row[0]] = (row[1], row[2], row[3])
        tombstoned.update(
            row[0]
            for row in db.execute(
                f"SELECT guid FROM entry_tombstones WHERE feed_id = ? AND guid IN ({marks})",
                [feed_id, *chunk],
            )
        )
    stamp = to_db(now)
    out: list[UpsertedEntry] = []
    cursor = db.conn.cursor()
    batched = is_postgres(db)  # one INSERT for the new entries: a round trip each costs more there
    fresh: list[ParsedEntry] = []
    for entry in entries:
        if entry.guid in tombstoned:
            continue
        known = existing.get(entry.guid)
        if known is None and batched:
            fresh.append(entry)
            out.append(UpsertedEntry(0, entry, "new"))  # its id once inserted, below
        elif known is None:
            cursor.execute(f"{_INSERT_ENTRIES} {_ENTRY_ROW}", _entry_values(feed_id, entry, stamp))
            out.append(UpsertedEntry(int(cursor.lastrowid or 0), entry, "new"))
        elif known[1] != entry.content_hash:
            # The publication time is kept: an edited article is not new news.
            cursor.execute(
                """UPDATE entries SET link = ?, title = ?, summary = ?, lang = ?, content_hash = ?, image_url = ?,
                   updated_at = ? WHERE id = ?""",
                [
                    entry.link,
                    entry.title,
                    entry.summary,
                    entry.lang,
                    entry.content_hash,
                    entry.image,
                    stamp,
                    known[0],
                ],
            )
            out.append(UpsertedEntry(known[0], entry, "changed"))
        elif known[2] != entry.image:
            cursor.execute("UPDATE entries SET image_url = ? WHERE id = ?", [entry.image, known[0]])
    if fresh:
        ids = _insert_new(db, feed_id, fresh, stamp)
        out = [UpsertedEntry(ids[u.entry.guid], u.entry, u.status) if u.status == "new" else u for u in out]
    return out


_INSERT_ENTRIES = """INSERT INTO entries (feed_id, guid, link, title, summary, published_at, fetched_at,
    updated_at, lang, content_hash, image_url) VALUES"""
_ENTRY_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


def _entry_values(feed_id: int, entry: ParsedEntry, stamp: str) -> list[Any]:
    """A new entry's row, in :data:`_INSERT_ENTRIES`' column order."""
    published = to_db(entry.published)
    return [feed_id, entry.guid, entry.link, entry.title, entry.summary, published, stamp, stamp,
            entry.lang, entry.content_hash, entry.image]  # fmt: skip


def _insert_new(db: Database, feed_id: int, entries: list[ParsedEntry], stamp: str) -> dict[str, int]:
    """PostgreSQL: insert new entries in multi-row statements; guid -> id (a guid is unique
    within its feed, and the upsert only sees each guid once)."""
    ids: dict[str, int] = {}
    for start in range(0, len(entries), _CHUNK):
        chunk = entries[start : start + _CHUNK]
        params = [value for entry in chunk for value in _entry_values(feed_id, entry, stamp)]
        rows = db.execute(
            f"{_INSERT_ENTRIES} {', '.join([_ENTRY_ROW] * len(chunk))} RETURNING id, guid", params
        ).fetchall()
        ids.update((guid, int(entry_id)) for entry_id, guid in rows)
    return ids


def refresh_search_index(db: Database) -> int:
    """Index every entry queued since the last refresh (new or edited), in one transaction;
    returns how many. Searches call it first so they see every stored entry; the poller calls
    it every :data:`SEARCH_BATCH` entries and at the end of each cycle. With nothing queued it
    only reads; inside a transaction it joins it."""
    if db.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone() is None:
        return 0
    if db.conn.in_transaction:
        return _index_queued(db)
    with write_transaction(db):
        return _index_queued(db)


def try_refresh_search_index(db: Database) -> None:
    """:func:`refresh_search_index` where a failure must not stop the caller (a search about
    to run, a poll cycle): when another process holds the write lock past the retry window,
    the queued entries stay queued for the next batch, and a search answers from the index
    as it is, missing at most the entries stored since the last batch."""
    try:
        refresh_search_index(db)
    except Exception as exc:
        if not isinstance(exc, StorageError | sqlite3.Error) and not is_postgres_error(exc):
            raise
        log.warning("search index not brought up to date (entries stay queued): %s", exc)


def _index_queued(db: Database) -> int:
    if is_postgres(db):
        return _index_queued_postgres(db)
    db.execute(
        """INSERT INTO entries_fts (rowid, title, summary)
           SELECT e.id, e.title, e.summary FROM search_pending p JOIN entries e ON e.id = p.entry_id"""
    )
    return int(db.execute("DELETE FROM search_pending").rowcount)


def _index_queued_postgres(db: Database) -> int:
    """PostgreSQL: each queued entry's title and summary as ``tsvector`` values of FTS5's words
    (:mod:`feeds.storage.search_tokens`), so both backends match the same entries."""
    rows = db.execute(
        "SELECT e.id, e.title, e.summary FROM search_pending p JOIN entries e ON e.id = p.entry_id"
    ).fetchall()
    if rows:  # one statement for the batch (arrays), not one round trip per entry
        db.execute(
            """UPDATE entries e SET search_title = CAST(v.title AS tsvector), search_summary = CAST(v.summary AS tsvector)
               FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[])) AS v(id, title, summary)
               WHERE e.id = v.id""",
            [
                [entry_id for entry_id, _, _ in rows],
                [tsvector_text(title) for _, title, _ in rows],
                [tsvector_text(summary or "") for _, _, summary in rows],
            ],
        )
    return int(db.execute("DELETE FROM search_pending").rowcount)


def fts_query(text: str) -> str:
    """User text -> a safe FTS5 query: every word a quoted string, all required. No input can
    raise an FTS syntax error (quotes are doubled, operators become plain words)."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in query_words(text))


def query_words(text: str) -> list[str]:
    """The words of a search (split on spaces; each must hold a letter or digit); InputError
    for an empty, too long or wordless query."""
    text = (text or "").strip()
    if not text:
        raise InputError("the search query is empty", code="query_empty")
    if len(text) > MAX_QUERY_CHARS:
        raise InputError(
            "the search query is at most {limit} characters", code="query_too_long", limit=MAX_QUERY_CHARS
        )
    words = [w for w in text.replace("\x00", " ").split() if any(ch.isalnum() for ch in w)]
    if not words:
        raise InputError("the search query needs at least one letter or digit", code="query_no_letters")
    return words


# Result orders: "stored" walks the index backwards (newest stored first, cheapest);
# "relevance" is FTS5's bm25 rank, newest first among equals; "date" is newest published first.
SEARCH_ORDERS = {
    "stored": "entries_fts.rowid DESC",
    "relevance": "entries_fts.rank, e.published_at DESC, e.id DESC",
    "date": "e.published_at DESC, e.id DESC",
}


# PostgreSQL: "stored" and "date" as on SQLite; "relevance" is ts_rank_cd over both columns.
POSTGRES_SEARCH_ORDERS = {
    "stored": "e.id DESC",
    "relevance": (
        "ts_rank_cd(coalesce(e.search_title, ''::tsvector) || coalesce(e.search_summary, ''::tsvector), "
        "CAST(:all AS tsquery)) DESC, e.published_at DESC, e.id DESC"
    ),
    "date": "e.published_at DESC, e.id DESC",
}


# How a search snippet marks a matched term: control characters, which stored text never holds
# (parsing drops them), so feed text cannot fake or break a mark. Readers turn them into spans.
MATCH_START, MATCH_END = "\x02", "\x03"


@dataclass(frozen=True)
class SearchHit:
    """An entry a search found; ``snippet`` marks the matches with :data:`MATCH_START` and
    :data:`MATCH_END`."""

    id: int
    title: str
    link: str | None
    feed: str
    feed_id: int
    published: datetime
    snippet: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "link": self.link,
            "feed": self.feed,
            "published": to_db(self.published),
            # `vidradar search --json` marks matches as Markdown bold, as it always has.
            "snippet": self.snippet.replace(MATCH_START, "**").replace(MATCH_END, "**"),
        }


def search_entries(
    db: Database,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    since: datetime | None = None,
    guild_id: int | None = None,
    vendor: str | None = None,
    event: str | None = None,
    order: Literal["stored", "relevance", "date"] = "stored",
) -> list[SearchHit]:
    """In ``order`` (see :data:`SEARCH_ORDERS`; by default newest stored first). ``guild_id``
    limits results to the feeds that server sees; vendor/event filter on announcements.
    ``event="keyword"`` keeps the entries that server's watched terms matched (they have no
    detected vendor, so ``vendor`` then looks for the name in the text)."""
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    postgres = is_postgres(db)
    words = query_words(query)
    if postgres:
        where = []
        for index, word in enumerate(words):
            params[f"w{index}"] = tsquery_text(word)
            where.append(
                f"(e.search_title @@ CAST(:w{index} AS tsquery) OR e.search_summary @@ CAST(:w{index} AS tsquery))"
            )
    else:
        params["q"] = fts_query(query)
        where = ["entries_fts MATCH :q"]
    if since is not None:
        where.append("e.published_at >= :since")
        params["since"] = to_db(since)
    if guild_id is not None:
        where.append(f"e.feed_id IN ({visible_feeds_sql()})")
        params["guild"] = guild_id
    if event == "keyword":
        if guild_id is None:
            raise ValueError("keyword matches belong to a server: guild_id is required")
        where.append(
            "EXISTS (SELECT 1 FROM keyword_matches k WHERE k.entry_id = e.id AND k.guild_id = :guild)"
        )
        if vendor:
            where.append(f"(e.title {like(db)} :like OR e.summary {like(db)} :like)")
            params["like"] = f"%{vendor}%"
    elif vendor or event:
        conditions = ["a.entry_id = e.id"]
        if vendor:
            conditions.append(json_has(db, "a.vendors", ":vendor"))
            params["vendor"] = vendor
        if event:
            conditions.append(json_has(db, f"coalesce(a.events, {json_list_of(db, 'a.event')})", ":event"))
            params["event"] = event
        where.append(f"EXISTS (SELECT 1 FROM announcements a WHERE {' AND '.join(conditions)})")
    if postgres:
        params["all"] = " & ".join(f"({params[f'w{i}']})" for i in range(len(words)))
        source = "entries e"
        snippet_sql = "e.summary AS summary"
        ordering = POSTGRES_SEARCH_ORDERS[order]
    else:
        source = "entries_fts JOIN entries e ON e.id = entries_fts.rowid"
        snippet_sql = "snippet(entries_fts, -1, char(2), char(3), '…', 16) AS snippet"
        ordering = SEARCH_ORDERS[order]
    sql = f"""
        SELECT e.id, e.title, e.link, e.feed_id, e.published_at,
               {feed_label_sql(None if guild_id is None else ":guild")} AS feed, {snippet_sql}
        FROM {source}
        JOIN feeds f ON f.id = e.feed_id
        WHERE {" AND ".join(where)}
        ORDER BY {ordering}
        LIMIT :limit OFFSET :offset
    """
    return [
        SearchHit(
            id=row["id"],
            title=row["title"],
            link=row["link"],
            feed=row["feed"],
            feed_id=row["feed_id"],
            published=from_db(row["published_at"]),
            snippet=(
                snippet([row["title"], row["summary"]], words, mark=(MATCH_START, MATCH_END), ellipsis="…")
                if postgres
                else row["snippet"] or ""
            ),
        )
        for row in db.query(sql, params)
    ]


def prune_entries(db: Database, older_than: datetime, now: datetime, batch: int = 5000) -> int:
    """Delete entries published before ``older_than`` that no announcement or keyword match
    references, leaving (feed, guid) tombstones so they are never ingested again."""
    rows = db.execute(
        """SELECT e.id, e.feed_id, e.guid FROM entries e
           WHERE e.published_at < ?
             AND NOT EXISTS (SELECT 1 FROM announcements a WHERE a.entry_id = e.id)
             AND NOT EXISTS (SELECT 1 FROM keyword_matches k WHERE k.entry_id = e.id)
           LIMIT ?""",
        [to_db(older_than), batch],
    ).fetchall()
    if not rows:
        return 0
    stamp = to_db(now)
    db.conn.executemany(
        "INSERT INTO entry_tombstones (feed_id, guid, pruned_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [(feed_id, guid, stamp) for _, feed_id, guid in rows],
    )
    db.conn.executemany("DELETE FROM entries WHERE id = ?", [(row[0],) for row in rows])
    return len(rows)

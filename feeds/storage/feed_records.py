"""The ``feeds`` table: adding, syncing the operator's list, fetch bookkeeping, disabling."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlite_utils import Database

from feeds.errors import InputError, StorageError
from feeds.models import FeedSpec
from feeds.storage.db import open_database, write_transaction
from feeds.storage.dialect import json_values, same
from feeds.storage.visibility import feed_label_sql
from feeds.timeutil import from_db, to_db

# A recorded fetch gives back its poller's lease, never another's (a slow poller whose lease
# ran out and was taken must not free the feed under its new holder). Old values on both sides:
# SQLite evaluates every SET expression against the row as it was.
# Due order: never-polled feeds (no due time) first, then the most overdue; spelled out, as
# SQLite sorts NULL first and PostgreSQL last.
DUE_ORDER = "next_due_at IS NOT NULL, next_due_at, id"


def release_own(db: Database) -> str:
    return (
        f"lease_owner = CASE WHEN lease_owner {same(db)} ? THEN NULL ELSE lease_owner END, "
        f"lease_until = CASE WHEN lease_owner {same(db)} ? THEN NULL ELSE lease_until END"
    )


def host_of(url: str) -> str:
    """The host (and port, when given) a feed is fetched from: pollers spread their claims
    over hosts (:func:`feeds.storage.leases.claim_feeds`)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ""
    host = (parts.hostname or "").lower()
    return f"{host}:{port}" if port else host


@dataclass(frozen=True)
class FeedRow:
    """One row of the ``feeds`` table: the feed, who added it, and its fetch and failure bookkeeping."""

    id: int
    url: str
    origin: str
    added_by_guild: int | None
    name: str | None
    title: str | None
    site_url: str | None
    lang: str | None
    interval: timedelta | None
    official: bool
    etag: str | None
    last_modified: str | None
    last_fetch_at: datetime | None
    last_success_at: datetime | None
    last_status: int | None
    last_error: str | None
    consecutive_failures: int
    next_due_at: datetime | None
    first_polled_at: datetime | None
    disabled: bool
    disabled_reason: str | None
    disabled_at: datetime | None
    lease_owner: str | None = None  # the poller holding the feed (feeds/storage/leases.py)

    @property
    def label(self) -> str:
        """How the operator sees the feed: the operator's name, else its declared title, else its
        URL. A server sees its own name first (:func:`feeds.storage.visibility.feed_label_sql`)."""
        return self.name or self.title or self.url

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> FeedRow:
        return cls(
            id=row["id"],
            url=row["url"],
            origin=row["origin"],
            added_by_guild=row["added_by_guild"],
            name=row["name"],
            title=row["title"],
            site_url=row["site_url"],
            lang=row["lang"],
            interval=timedelta(seconds=row["interval_s"]) if row["interval_s"] else None,
            official=bool(row["official"]),
            etag=row["etag"],
            last_modified=row["last_modified"],
            last_fetch_at=from_db(row["last_fetch_at"]),
            last_success_at=from_db(row["last_success_at"]),
            last_status=row["last_status"],
            last_error=row["last_error"],
            consecutive_failures=row["consecutive_failures"],
            next_due_at=from_db(row["next_due_at"]),
            first_polled_at=from_db(row["first_polled_at"]),
            disabled=bool(row["disabled"]),
            disabled_reason=row["disabled_reason"],
            disabled_at=from_db(row["disabled_at"]),
            lease_owner=row.get("lease_owner"),
        )


def _rows(db: Database, sql: str, params: Iterable[Any] = ()) -> list[FeedRow]:
    return [FeedRow.from_row(row) for row in db.query(sql, list(params))]


def get_feed(db: Database, feed_id: int) -> FeedRow | None:
    found = _rows(db, "SELECT * FROM feeds WHERE id = ?", [feed_id])
    return found[0] if found else None


def find_feed(db: Database, id_or_url: str) -> FeedRow:
    """By numeric id or exact URL; InputError naming what was not found."""
    ref = id_or_url.strip()
    by_url = feed_by_url(db, ref)
    found = [by_url] if by_url else []
    if not found and ref.isdigit():
        found = _rows(db, "SELECT * FROM feeds WHERE id = ?", [int(ref)])
    if not found:
        raise InputError(f"no feed with id or URL {ref!r} (see 'vidradar feeds list')")
    return found[0]


def feed_by_url(db: Database, url: str) -> FeedRow | None:
    """The feed at ``url``, else the feed a permanent redirect moved away from it."""
    found = _rows(db, "SELECT * FROM feeds WHERE url = ?", [url]) or _rows(
        db, "SELECT f.* FROM feeds f JOIN feed_former_urls o ON o.feed_id = f.id WHERE o.url = ?", [url]
    )
    return found[0] if found else None


def feed_urls_in(path: Path) -> list[str] | None:
    """The feed URLs of the SQLite database at ``path``, read without changing it; None when it
    is not a vidradar database, cannot be read, or holds any server's settings."""
    try:
        db = open_database(path, readonly=True, migrate=False)
    except StorageError:
        return None
    try:
        if db.execute("SELECT count(*) FROM servers").fetchone()[0]:
            return None
        return [row[0] for row in db.execute("SELECT url FROM feeds ORDER BY id").fetchall()]
    except Exception:  # noqa: BLE001 - no such tables: another kind of file
        return None
    finally:
        db.close()


def list_feeds(db: Database, *, include_disabled: bool = True) -> list[FeedRow]:
    where = "" if include_disabled else "WHERE disabled = 0"
    return _rows(db, f"SELECT * FROM feeds {where} ORDER BY id")


def enabled_feed_counts(db: Database) -> tuple[int, int]:
    """How many feeds are enabled, and how many of those have no validator (never fetched, or
    their server sends neither ETag nor Last-Modified: the next fetch answers with a body).
    What ``poll --once`` needs to know before its cycle, without reading every row."""
    total, unvalidated = db.execute(
        "SELECT count(*), count(CASE WHEN etag IS NULL AND last_modified IS NULL THEN 1 END) FROM feeds WHERE disabled = 0"
    ).fetchone()
    return int(total), int(unvalidated)


def feeds_by_ids(db: Database, ids: Iterable[int]) -> list[FeedRow]:
    ids = list(ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return _rows(db, f"SELECT * FROM feeds WHERE id IN ({marks}) ORDER BY id", ids)


def due_feeds(db: Database, now: datetime) -> list[FeedRow]:
    return _rows(
        db,
        f"SELECT * FROM feeds WHERE disabled = 0 AND (next_due_at IS NULL OR next_due_at <= ?) ORDER BY {DUE_ORDER}",
        [to_db(now)],
    )


def next_due_time(db: Database) -> datetime | None:
    row = db.execute("SELECT min(next_due_at) FROM feeds WHERE disabled = 0").fetchone()
    return from_db(row[0]) if row and row[0] else None


def add_feed(
    db: Database,
    spec: FeedSpec,
    now: datetime,
    *,
    origin: str = "operator",
    guild_id: int | None = None,
    title: str | None = None,
    fetched: bool = False,
) -> tuple[FeedRow, bool]:
    """Insert a feed (or return the existing row for that URL, or for the URL it had before a
    permanent redirect). Returns (row, created). A feed disabled because nobody wanted it
    (:data:`UNWANTED`: the operator removed it but kept its history, or no server follows it
    any more) is enabled again with the settings and origin given now (created: it was added
    again); so is one disabled after failures when it was ``fetched`` and parsed just now (by a
    server: only a server feed). ``title`` is the feed's own title
    when it was fetched before adding (shown until the first poll records it). ``spec.name``
    is kept as the operator's name only: a server's name for a feed is that server's
    (:func:`feeds.storage.servers.add_server_feed`), never shown to the other servers that add
    the same URL."""
    existing = feed_by_url(db, spec.url)
    settings = {
        "origin": origin,
        "added_by_guild": guild_id,
        "name": None if origin == "server" else spec.name,
        "lang": spec.lang,
        "interval_s": int(spec.interval.total_seconds()) if spec.interval else None,
        "official": int(spec.official),
    }
    if existing is not None:
        # Disabled because nobody wanted it: added again as whoever adds it now says, like a
        # new feed, with its history kept. Disabled after failures and fetched just now: it
        # works again; the operator's add makes it theirs, a server's add revives only a
        # server feed (an operator feed, maybe dropped from the list, is the operator's).
        unwanted = existing.disabled_reason in UNWANTED
        operator_add = origin != "server"
        if not existing.disabled or not (
            unwanted or (fetched and (operator_add or existing.origin == "server"))
        ):
            return existing, False
        if unwanted or operator_add:
            assignments = ", ".join(f"{column} = ?" for column in settings)
            db.execute(
                f"UPDATE feeds SET {assignments}, title = coalesce(?, title) WHERE id = ?",
                [*settings.values(), title, existing.id],
            )
        enable_feed(db, existing.id, now)
        enabled = get_feed(db, existing.id)
        assert enabled is not None
        return enabled, True
    columns = {
        "url": spec.url,
        **settings,
        "title": title,
        "created_at": to_db(now),
        "updated_at": to_db(now),
    }
    db.execute(
        f"INSERT INTO feeds ({', '.join(columns)}, host) VALUES ({', '.join('?' * len(columns))}, ?)",
        [*columns.values(), host_of(spec.url)],
    )
    row = _rows(db, "SELECT * FROM feeds WHERE url = ?", [spec.url])[0]
    return row, True


def add_new_feed(
    db: Database,
    spec: FeedSpec,
    now: datetime,
    *,
    origin: str = "cli",
    title: str | None = None,
    checked: bool = False,
) -> tuple[FeedRow, bool]:
    """:func:`add_feed` in its own transaction. ``checked``: the feed was fetched and parsed as
    it was added, so a new row is listed as fetched (:func:`record_checked`)."""
    with write_transaction(db):
        row, created = add_feed(db, spec, now, origin=origin, title=title, fetched=checked)
        if created and checked:
            record_checked(db, row.id, now)
    return row, created


def add_feeds(
    db: Database, specs: list[FeedSpec], now: datetime, *, origin: str = "cli"
) -> list[tuple[FeedRow, bool]]:
    """Several feeds in one transaction (an OPML import, ``vidradar poll --feeds``)."""
    with write_transaction(db):
        return [add_feed(db, spec, now, origin=origin) for spec in specs]


def record_checked(db: Database, feed_id: int, now: datetime, status: int = 200) -> None:
    """The feed was fetched and parsed as it was added: list it as fetched, not as never
    fetched. Its entries were not stored, so no validators are kept and it stays due (its
    first poll stores them, under the first-poll cut-off)."""
    db.execute(
        "UPDATE feeds SET last_fetch_at = ?, last_success_at = ?, last_status = ?, updated_at = ? WHERE id = ?",
        [to_db(now), to_db(now), status, to_db(now), feed_id],
    )


@dataclass
class SyncReport:
    """How many feeds syncing the operator's feed list added, updated, disabled and enabled again."""

    added: int = 0
    updated: int = 0
    disabled: int = 0
    enabled: int = 0


REMOVED_FROM_LIST = "removed from the operator's feed list"
REMOVED_BY_OPERATOR = "removed by the operator"  # and kept for its history (see remove_feed)
UNFOLLOWED = "no server follows it any more"  # a server feed (feeds.storage.servers)
# Disabled because nobody wanted it, not because it failed: whoever adds it again enables it.
UNWANTED = (REMOVED_FROM_LIST, REMOVED_BY_OPERATOR, UNFOLLOWED)


def sync_operator_feeds(db: Database, specs: list[FeedSpec], now: datetime) -> SyncReport:
    """Make the operator feeds match the file: add/update its feeds, disable operator feeds
    no longer listed (history kept). Feeds that servers or the CLI added and the file does
    not list are never touched; one the file lists becomes an operator feed (the operator's
    list applies to every server), and goes back to its servers if the file drops it.

    Set-based: one read of the listed feeds, then each kind of change in one batch, however
    long the list (applied at every start and every ``poll --once``; docs/performance.md,
    "No cost outside the cycle"). The outcome is the same as adding or updating the specs one
    by one, in order."""
    report = SyncReport()
    stamp = to_db(now)
    listed = [spec.url for spec in specs]
    # listed url -> [id, origin, name, lang, interval_s, official, disabled, disabled_reason],
    # as this sync leaves it (id None: added by it). A feed a permanent redirect moved is found
    # under a URL it had before too, unless a feed has that URL now.
    state: dict[str, list[Any]] = {}
    rows: dict[int, list[Any]] = {}
    for _former, listed_url, *values in db.execute(
        f"""SELECT 0 AS former, f.url, f.id, f.origin, f.name, f.lang, f.interval_s, f.official, f.disabled,
                   f.disabled_reason
              FROM feeds f WHERE f.url IN ({json_values(db, "?")})
            UNION ALL
            SELECT 1 AS former, o.url, f.id, f.origin, f.name, f.lang, f.interval_s, f.official, f.disabled,
                   f.disabled_reason
              FROM feed_former_urls o JOIN feeds f ON f.id = o.feed_id
             WHERE o.url IN ({json_values(db, "?")})
            ORDER BY former""",
        [json.dumps(listed), json.dumps(listed)],
    ).fetchall():
        feed_id, origin, name, lang, interval_s, official, disabled, reason = values
        row = rows.setdefault(
            feed_id, [feed_id, origin, name, lang, interval_s or None, int(bool(official)), disabled, reason]
        )
        state.setdefault(listed_url, row)  # a feed's current URL comes first
    added: list[str] = []  # new URLs, in list order (their ids follow it)
    changed: set[str] = set()
    enabled: set[str] = set()
    for spec in specs:
        wanted = _operator_values(spec)
        current = state.get(spec.url)
        if current is None:
            added.append(spec.url)
            state[spec.url] = [None, *wanted, 0, None]
            report.added += 1
            continue
        if current[1:6] != wanted:
            current[1:6] = wanted
            changed.add(spec.url)
            report.updated += 1
        if current[6] and current[7] in (REMOVED_FROM_LIST, UNFOLLOWED):
            current[6:8] = [0, None]
            enabled.add(spec.url)
            report.enabled += 1
    if added:
        # A URL listed twice is inserted with its last listing's values (created and updated
        # at the same time either way).
        db.conn.executemany(
            """INSERT INTO feeds (url, origin, added_by_guild, name, title, lang, interval_s, official, created_at,
               updated_at, host) VALUES (?, ?, NULL, ?, NULL, ?, ?, ?, ?, ?, ?)""",
            [(url, *state[url][1:6], stamp, stamp, host_of(url)) for url in added],
        )
        changed.difference_update(added)
    if changed:
        db.conn.executemany(
            "UPDATE feeds SET origin = ?, name = ?, lang = ?, interval_s = ?, official = ?, updated_at = ? WHERE id = ?",
            [(*state[url][1:6], stamp, state[url][0]) for url in changed],
        )
    if enabled:
        db.conn.executemany(
            "UPDATE feeds SET disabled = 0, disabled_reason = NULL, disabled_at = NULL, updated_at = ? WHERE id = ?",
            [(stamp, state[url][0]) for url in enabled],
        )
    dropped = db.execute(
        f"""SELECT id, EXISTS (SELECT 1 FROM server_feeds s WHERE s.feed_id = f.id AND s.mode = 'added')
           FROM feeds f WHERE origin = 'operator' AND disabled = 0
           AND url NOT IN ({json_values(db, "?")}) AND NOT EXISTS (
             SELECT 1 FROM feed_former_urls o WHERE o.feed_id = f.id AND o.url IN ({json_values(db, "?")}))""",
        [json.dumps(listed), json.dumps(listed)],
    ).fetchall()
    # Servers still want it: it becomes theirs instead of disappearing.
    kept = [(stamp, feed_id) for feed_id, servers in dropped if servers]
    if kept:
        db.conn.executemany("UPDATE feeds SET origin = 'server', updated_at = ? WHERE id = ?", kept)
    gone = [feed_id for feed_id, servers in dropped if not servers]
    if gone:
        db.conn.executemany(DISABLE_FEED, [(REMOVED_FROM_LIST, stamp, stamp, feed_id) for feed_id in gone])
        report.disabled += len(gone)
    return report


def _operator_values(spec: FeedSpec) -> list[Any]:
    """What a spec sets on its feed (origin, name, lang, interval_s, official)."""
    interval_s = int(spec.interval.total_seconds()) if spec.interval else None
    return ["operator", spec.name, spec.lang, interval_s, int(spec.official)]


DISABLE_FEED = (
    "UPDATE feeds SET disabled = 1, disabled_reason = ?, disabled_at = ?, updated_at = ? WHERE id = ?"
)


def disable_feed(db: Database, feed_id: int, reason: str, now: datetime) -> None:
    db.execute(DISABLE_FEED, [reason, to_db(now), to_db(now), feed_id])


def enable_feed(db: Database, feed_id: int, now: datetime) -> None:
    """Re-enable after failures: clean slate, due at once."""
    db.execute(
        """UPDATE feeds SET disabled = 0, disabled_reason = NULL, disabled_at = NULL, consecutive_failures = 0,
           next_due_at = NULL, updated_at = ? WHERE id = ?""",
        [to_db(now), feed_id],
    )


def remove_feed(db: Database, feed: FeedRow, now: datetime) -> str:
    """Delete a feed without history; a feed with announcements or watched-term matches is
    disabled instead, so history and timelines stay whole (and a feed added again later does
    not alert its matches a second time: they are how it knows they were sent). Returns what
    was done."""
    history = db.execute(
        """SELECT EXISTS (SELECT 1 FROM announcements a JOIN entries e ON e.id = a.entry_id WHERE e.feed_id = ?)
              OR EXISTS (SELECT 1 FROM keyword_matches k JOIN entries e ON e.id = k.entry_id WHERE e.feed_id = ?)""",
        [feed.id, feed.id],
    ).fetchone()[0]
    if history:
        disable_feed(db, feed.id, REMOVED_BY_OPERATOR, now)
        return "disabled (its announcements and matches stay in history)"
    db.execute("DELETE FROM entry_tombstones WHERE feed_id = ?", [feed.id])
    db.execute("DELETE FROM feed_former_urls WHERE feed_id = ?", [feed.id])
    db.execute("DELETE FROM feeds WHERE id = ?", [feed.id])
    return "removed"


def remove_feed_by_ref(db: Database, id_or_url: str, now: datetime) -> tuple[FeedRow, str]:
    """:func:`find_feed`, then :func:`remove_feed`, in one transaction: the feed and what was done."""
    with write_transaction(db):
        feed = find_feed(db, id_or_url)
        return feed, remove_feed(db, feed, now)


def record_success(
    db: Database,
    feed: FeedRow,
    *,
    now: datetime,
    next_due_at: datetime,
    status: int,
    etag: str | None,
    last_modified: str | None,
    title: str | None = None,
    site_url: str | None = None,
    lang: str | None = None,
    warning: str | None = None,
    stored_entries: bool = True,
) -> None:
    """A fetch that worked. Only one that stored entries is the feed's first poll: after a
    304 or an empty feed, the next poll's backlog is still old news (the first-poll cutoff)."""
    db.execute(
        f"""UPDATE feeds SET etag = ?, last_modified = ?, last_fetch_at = ?, last_success_at = ?, last_status = ?,
           last_error = ?, consecutive_failures = 0, next_due_at = ?, first_polled_at = coalesce(first_polled_at, ?),
           title = coalesce(?, title), site_url = coalesce(?, site_url), lang = coalesce(lang, ?), updated_at = ?,
           {release_own(db)} WHERE id = ?""",
        [
            etag,
            last_modified,
            to_db(now),
            to_db(now),
            status,
            warning,
            to_db(next_due_at),
            to_db(now) if stored_entries else None,
            title,
            site_url,
            lang,
            to_db(now),
            feed.lease_owner,
            feed.lease_owner,
            feed.id,
        ],
    )


def record_failure(
    db: Database,
    feed: FeedRow,
    *,
    now: datetime,
    next_due_at: datetime,
    status: int | None,
    error: str,
    max_failures: int,
    permanent: bool = False,
) -> bool:
    """Count a failure; disable the feed after ``max_failures`` in a row (or at once when
    ``permanent``). A 429 is counted (the backoff grows) but never disables the feed: the
    host asked to be polled less, not to be dropped. Returns True when this call disabled it."""
    failures = feed.consecutive_failures + 1
    db.execute(
        f"""UPDATE feeds SET last_fetch_at = ?, last_status = ?, last_error = ?, consecutive_failures = ?,
           next_due_at = ?, updated_at = ?, {release_own(db)} WHERE id = ?""",
        [
            to_db(now),
            status,
            error[:500],
            failures,
            to_db(next_due_at),
            to_db(now),
            feed.lease_owner,
            feed.lease_owner,
            feed.id,
        ],
    )
    if permanent or (failures >= max_failures and status != 429):
        why = error if permanent else f"{failures} failures in a row; last: {error}"
        disable_feed(db, feed.id, why[:500], now)
        return True
    return False


def move_feed(db: Database, feed: FeedRow, new_url: str, now: datetime) -> bool:
    """Follow a permanent redirect. False (URL kept) when another feed already has the new URL.
    The URL it leaves is kept in ``feed_former_urls``: a feed-list file that names it still
    means this feed."""
    # Looked up, not left to the UNIQUE constraint: on PostgreSQL a failed statement would end
    # the caller's transaction (writers take turns, so nobody adds the URL in between).
    if db.execute("SELECT 1 FROM feeds WHERE url = ? AND id != ?", [new_url, feed.id]).fetchone():
        return False
    db.execute(
        "UPDATE feeds SET url = ?, host = ?, updated_at = ? WHERE id = ?",
        [new_url, host_of(new_url), to_db(now), feed.id],
    )
    db.execute(
        """INSERT INTO feed_former_urls (url, feed_id) VALUES (?, ?)
           ON CONFLICT (url) DO UPDATE SET feed_id = excluded.feed_id""",
        [feed.url, feed.id],
    )
    db.execute("DELETE FROM feed_former_urls WHERE url = ?", [new_url])  # a current URL again
    return True


def note_problem(db: Database, feed_id: int, error: str, now: datetime) -> None:
    """Show a problem on the feed that is not the feed's fault (the disk was full when its
    results were written): ``last_error`` only, no failure counted, the feed stays due."""
    db.execute(
        "UPDATE feeds SET last_error = ?, updated_at = ? WHERE id = ?", [error[:500], to_db(now), feed_id]
    )


def feeds_from_the_future(db: Database, fetched_after: datetime, due_after: datetime) -> list[FeedRow]:
    """Enabled feeds last fetched after ``fetched_after`` or due after ``due_after`` (normally
    none: both are ahead of the clock; see :func:`feeds.fetch.schedule.latest_due`)."""
    return _rows(
        db,
        "SELECT * FROM feeds WHERE disabled = 0 AND (last_fetch_at > ? OR next_due_at > ?)",
        [to_db(fetched_after), to_db(due_after)],
    )


def make_due(db: Database, feed_ids: list[int], now: datetime) -> None:
    """Poll these feeds now (their due times were set by a clock that ran ahead)."""
    with write_transaction(db):
        db.conn.executemany(
            "UPDATE feeds SET next_due_at = ? WHERE id = ?", [(to_db(now), i) for i in feed_ids]
        )


def label_for(db: Database, feed_id: int, guild_id: int) -> str:
    """The feed's name as that server's people read it (:func:`feed_label_sql`)."""
    row = db.execute(
        f"SELECT {feed_label_sql()} FROM feeds f WHERE f.id = :feed", {"guild": guild_id, "feed": feed_id}
    )
    found = row.fetchone()
    return str(found[0]) if found else ""

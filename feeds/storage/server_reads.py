"""What one server sees, each written once: its stories, a story's reports, its keyword matches.

History (/news), the digest and alerts read through these queries, so they all agree on what a
server sees (:mod:`feeds.storage.visibility`): a story is led by its earliest report in a feed
the server sees in the server's language (``servers.locale``), else by its earliest report in a
feed the server sees (:func:`lead_order_sql`, the one rule), and counts the outlets among those
feeds only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from feeds.storage.dialect import is_postgres, like
from feeds.storage.visibility import feed_label_sql, visible_feeds_sql
from feeds.timeutil import from_db, to_db

NO_LIMIT = -1  # SQLite's LIMIT for "all rows"


def _limit(db: Database, limit: int) -> int | None:
    """PostgreSQL says "all rows" with LIMIT NULL."""
    return None if limit < 0 and is_postgres(db) else limit


def lead_order_sql(entry: str = "e", announcement: str = "a") -> str:
    """ORDER BY terms that put a story's lead report first, as server ``:guild`` sees it: the
    earliest report in the server's language (its locale, en or fr), else the earliest report.
    Alerts, /news and the digest all lead with it; the other reports are "also reported by"."""
    return (
        f"CASE WHEN {entry}.lang = (SELECT locale FROM servers WHERE guild_id = :guild) THEN 0 ELSE 1 END, "
        f"{entry}.published_at, {announcement}.id"
    )


@dataclass(frozen=True)
class SeenStory:
    """A story as one server sees it, led by its earliest report in a feed the server sees
    (in the server's language when there is one: :func:`lead_order_sql`)."""

    id: int
    key: str
    event: str
    vendors: list[str]
    products: list[str]
    score: float
    api: bool
    official: bool
    first_published: datetime  # the story's first report anywhere (see seen_stories)
    title: str  # the lead report's
    summary: str
    link: str | None
    feed: str
    published: datetime  # the lead report's
    outlets: int  # feeds the server sees that reported it


_SEEN_STORIES = f"""
    SELECT s.id, s.key, s.event, s.vendors, s.products, s.score, s.api, s.official,
           {{first_published}} AS first_published_at,
           e.title, e.summary, e.link, e.published_at, {feed_label_sql()} AS feed,
           (SELECT count(DISTINCT e2.feed_id) FROM announcements a2 JOIN entries e2 ON e2.id = a2.entry_id
             WHERE a2.story_id = s.id AND e2.feed_id IN ({visible_feeds_sql()})) AS outlets
    FROM stories s
    JOIN announcements a ON a.id = (
        SELECT a1.id FROM announcements a1 JOIN entries e1 ON e1.id = a1.entry_id
        WHERE a1.story_id = s.id AND e1.feed_id IN ({visible_feeds_sql()})
        ORDER BY {lead_order_sql("e1", "a1")} LIMIT 1)
    JOIN entries e ON e.id = a.entry_id
    JOIN feeds f ON f.id = e.feed_id
"""


def seen_stories(
    db: Database,
    guild_id: int,
    where: str,
    params: dict[str, Any],
    *,
    order: str,
    limit: int = NO_LIMIT,
    offset: int = 0,
    first_published: str = "s.first_published_at",
) -> list[SeenStory]:
    """The stories the server sees that match ``where`` (SQL on ``s``, the stories table, with
    ``params``), in ``order``. A story with no report in a feed the server sees is left out.
    ``first_published``: the SQL for the story's date, if not its first report's."""
    select = _SEEN_STORIES.format(first_published=first_published)
    sql = f"{select} WHERE {where} ORDER BY {order} LIMIT :limit OFFSET :offset"
    rows = db.query(sql, {**params, "guild": guild_id, "limit": _limit(db, limit), "offset": offset})
    return [
        SeenStory(
            id=row["id"],
            key=row["key"],
            event=row["event"],
            vendors=json.loads(row["vendors"]),
            products=json.loads(row["products"]),
            score=row["score"],
            api=bool(row["api"]),
            official=bool(row["official"]),
            first_published=from_db(row["first_published_at"]),
            title=row["title"],
            summary=row["summary"],
            link=row["link"],
            feed=row["feed"],
            published=from_db(row["published_at"]),
            outlets=row["outlets"],
        )
        for row in rows
    ]


@dataclass(frozen=True)
class SeenReport:
    """One report of a story, in a feed the server sees."""

    entry_id: int
    feed_id: int
    feed: str
    official: bool  # the feed is the vendor's own
    title: str
    summary: str
    link: str | None
    published: datetime
    score: float
    reasons: list[str]
    image: str | None = None  # the entry's picture (an absolute http(s) URL), if it has one
    lang: str | None = None  # the entry's language (ISO 639-1), when known


@dataclass(frozen=True)
class SeenCoverage:
    """A story and its reports as one server sees them: the lead report first
    (:func:`lead_order_sql`), then the others, earliest first."""

    key: str
    event: str
    vendors: list[str]
    products: list[str]
    score: float
    api: bool
    reports: list[SeenReport]
    events: list[str] = field(default_factory=list)  # every event, primary first


def seen_coverage(db: Database, story_id: int, guild_id: int) -> SeenCoverage | None:
    """None when the story is unknown, or no feed the server sees reported it."""
    story = db.execute(
        "SELECT key, event, vendors, products, score, api, events FROM stories WHERE id = ?", [story_id]
    ).fetchone()
    if story is None:
        return None
    rows = db.query(
        f"""SELECT e.id, e.feed_id, {feed_label_sql()} AS feed, f.official, e.title, e.summary, e.link,
                   e.published_at, a.score, a.reasons, e.image_url, e.lang,
                   row_number() OVER (ORDER BY {lead_order_sql()}) AS lead_rank
            FROM announcements a JOIN entries e ON e.id = a.entry_id JOIN feeds f ON f.id = e.feed_id
            WHERE a.story_id = :story AND e.feed_id IN ({visible_feeds_sql()})
            ORDER BY row_number() OVER (ORDER BY {lead_order_sql()}) != 1, e.published_at, a.id""",
        {"story": story_id, "guild": guild_id},
    )
    reports = [
        SeenReport(
            entry_id=row["id"],
            feed_id=row["feed_id"],
            feed=row["feed"],
            official=bool(row["official"]),
            title=row["title"],
            summary=row["summary"],
            link=row["link"],
            published=from_db(row["published_at"]),
            score=row["score"],
            reasons=json.loads(row["reasons"]),
            image=row["image_url"],
            lang=row["lang"],
        )
        for row in rows
    ]
    if not reports:
        return None
    key, event, vendors, products, score, api, events = story
    return SeenCoverage(
        key,
        event,
        json.loads(vendors),
        json.loads(products),
        score,
        bool(api),
        reports,
        events=list(dict.fromkeys([event, *json.loads(events or "[]")])),
    )


@dataclass(frozen=True)
class SeenKeywordMatch:
    """An entry one of the server's watched terms matched, in a feed the server sees."""

    id: int
    term: str
    title: str
    summary: str
    link: str | None
    feed: str
    published: datetime


_KEYWORD_MATCHES = "keyword_matches k JOIN entries e ON e.id = k.entry_id"


def _keyword_filter(
    db: Database, guild_id: int, since: datetime | None, until: datetime | None, mentioning: str | None
) -> tuple[str, dict[str, Any]]:
    """The WHERE clause (and its parameters) over :data:`_KEYWORD_MATCHES`: this server's
    matches in feeds it sees, published in [since, until), whose text mentions ``mentioning``."""
    where = ["k.guild_id = :guild", f"e.feed_id IN ({visible_feeds_sql()})"]
    params: dict[str, Any] = {"guild": guild_id}
    if since is not None:
        where.append("e.published_at >= :since")
        params["since"] = to_db(since)
    if until is not None:
        where.append("e.published_at < :until")
        params["until"] = to_db(until)
    if mentioning:
        where.append(f"(e.title {like(db)} :like OR e.summary {like(db)} :like)")
        params["like"] = f"%{mentioning}%"
    return " AND ".join(where), params


def seen_keyword_matches(
    db: Database,
    guild_id: int,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    mentioning: str | None = None,
    newest_first: bool = False,
    limit: int = NO_LIMIT,
    offset: int = 0,
    also: str | None = None,
    also_params: dict[str, Any] | None = None,
) -> list[SeenKeywordMatch]:
    """The server's keyword matches published in [since, until) (whose title or summary
    mentions ``mentioning``, and that match ``also``: SQL on ``k``, the matches, and ``e``,
    their entries, with ``also_params``), by publication time."""
    where, params = _keyword_filter(db, guild_id, since, until, mentioning)
    if also:
        where, params = f"{where} AND ({also})", {**params, **(also_params or {})}
    direction = "DESC" if newest_first else "ASC"
    rows = db.query(
        f"""SELECT k.id, k.term, e.title, e.summary, e.link, e.published_at, {feed_label_sql()} AS feed
            FROM {_KEYWORD_MATCHES} JOIN feeds f ON f.id = e.feed_id
            WHERE {where} ORDER BY e.published_at {direction}, k.id {direction} LIMIT :limit OFFSET :offset""",
        {**params, "limit": _limit(db, limit), "offset": offset},
    )
    return [
        SeenKeywordMatch(
            id=row["id"],
            term=row["term"],
            title=row["title"],
            summary=row["summary"],
            link=row["link"],
            feed=row["feed"],
            published=from_db(row["published_at"]),
        )
        for row in rows
    ]


def count_seen_keyword_matches(db: Database, guild_id: int, *, since: datetime) -> int:
    """How many of the server's keyword matches were published since ``since``."""
    where, params = _keyword_filter(db, guild_id, since, None, None)
    return int(db.execute(f"SELECT count(*) FROM {_KEYWORD_MATCHES} WHERE {where}", params).fetchone()[0])

"""History queries behind /news: latest stories, timelines, why an alert fired, stats.

Every query takes a ``guild_id`` and only looks through the feeds that server sees (see
:mod:`feeds.storage.visibility`): a server never sees another server's own feeds.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database

from feeds.storage.entries import SearchHit, search_entries
from feeds.storage.stories import resolve_story
from feeds.storage.visibility import feed_label_sql, visible_feeds_sql
from feeds.timeutil import from_db, to_db


@dataclass(frozen=True)
class StoryRow:
    key: str
    kind: str  # "story" | "keyword"
    event: str  # an event type, or "keyword"
    vendors: list[str]
    products: list[str]
    title: str
    link: str | None
    feed: str
    published: datetime
    score: float
    outlets: int
    api: bool = False
    term: str | None = None


_STORY_SELECT = f"""
    SELECT s.id, s.key, s.event, s.vendors, s.products, s.score, s.api,
           e.title, e.link, e.published_at, {feed_label_sql()} AS feed,
           (SELECT count(DISTINCT e2.feed_id) FROM announcements a2 JOIN entries e2 ON e2.id = a2.entry_id
             WHERE a2.story_id = s.id AND e2.feed_id IN ({visible_feeds_sql()})) AS outlets
    FROM stories s
    JOIN announcements a ON a.id = (
        SELECT a1.id FROM announcements a1 JOIN entries e1 ON e1.id = a1.entry_id
        WHERE a1.story_id = s.id AND e1.feed_id IN ({visible_feeds_sql()})
        ORDER BY e1.published_at, a1.id LIMIT 1)
    JOIN entries e ON e.id = a.entry_id
    JOIN feeds f ON f.id = e.feed_id
"""


def _story_row(row: dict) -> StoryRow:
    return StoryRow(
        key=row["key"],
        kind="story",
        event=row["event"],
        vendors=json.loads(row["vendors"]),
        products=json.loads(row["products"]),
        title=row["title"],
        link=row["link"],
        feed=row["feed"],
        published=from_db(row["published_at"]),
        score=row["score"],
        outlets=row["outlets"],
        api=bool(row["api"]),
    )


def latest(
    db: Database,
    guild_id: int,
    *,
    vendor: str | None = None,
    event: str | None = None,
    limit: int = 10,
    since: datetime | None = None,
    offset: int = 0,
) -> list[StoryRow]:
    """Stories (or, with ``event="keyword"``, this server's keyword matches), newest first."""
    if event == "keyword":
        return keyword_matches(db, guild_id, vendor=vendor, limit=limit, since=since, offset=offset)
    where = ["1 = 1"]
    params: dict = {"guild": guild_id, "limit": limit, "offset": offset}
    if vendor:
        where.append("EXISTS (SELECT 1 FROM json_each(s.vendors) WHERE value = :vendor)")
        params["vendor"] = vendor
    if event:
        where.append("s.event = :event")
        params["event"] = event
    if since:
        where.append("s.first_published_at >= :since")
        params["since"] = to_db(since)
    sql = f"{_STORY_SELECT} WHERE {' AND '.join(where)} ORDER BY s.first_published_at DESC, s.id DESC LIMIT :limit OFFSET :offset"
    return [_story_row(row) for row in db.query(sql, params)]


def keyword_matches(
    db: Database,
    guild_id: int,
    *,
    vendor: str | None = None,
    limit: int = 10,
    since: datetime | None = None,
    offset: int = 0,
) -> list[StoryRow]:
    where = ["k.guild_id = :guild", f"e.feed_id IN ({visible_feeds_sql()})"]
    params: dict = {"guild": guild_id, "limit": limit, "offset": offset}
    if since:
        where.append("e.published_at >= :since")
        params["since"] = to_db(since)
    if vendor:  # a keyword match has no detected vendor; filter on the text
        where.append("(e.title LIKE :like OR e.summary LIKE :like)")
        params["like"] = f"%{vendor}%"
    rows = db.query(
        f"""SELECT k.id, k.term, e.title, e.link, e.published_at, {feed_label_sql()} AS feed
            FROM keyword_matches k JOIN entries e ON e.id = k.entry_id JOIN feeds f ON f.id = e.feed_id
            WHERE {" AND ".join(where)} ORDER BY e.published_at DESC, k.id DESC LIMIT :limit OFFSET :offset""",
        params,
    )
    return [
        StoryRow(
            key=f"k{r['id']}",
            kind="keyword",
            event="keyword",
            vendors=[],
            products=[],
            title=r["title"],
            link=r["link"],
            feed=r["feed"],
            published=from_db(r["published_at"]),
            score=0.0,
            outlets=1,
            term=r["term"],
        )
        for r in rows
    ]


@dataclass(frozen=True)
class SearchRow:
    hit: SearchHit
    event: str | None  # the entry's announcement event, "keyword" for this server's match, else None


def search(
    db: Database,
    guild_id: int,
    query: str,
    *,
    since: datetime | None = None,
    vendor: str | None = None,
    event: str | None = None,
    limit: int = 80,
) -> list[SearchRow]:
    """Full-text search through the feeds this server sees, newest first; ``event="keyword"``
    keeps only entries with a keyword match for this server. Each hit carries its event so it
    can be shown in the same colour as its alert."""
    hits = search_entries(db, query, limit=limit, since=since, guild_id=guild_id, vendor=vendor, event=event)
    events = {} if event else _entry_events(db, guild_id, [h.id for h in hits])
    return [SearchRow(hit, event or events.get(hit.id)) for hit in hits]


def _entry_events(db: Database, guild_id: int, entry_ids: list[int]) -> dict[int, str]:
    """Entry id -> its (first) announcement's event, else "keyword" when it matched one of
    this server's terms."""
    if not entry_ids:
        return {}
    marks = ",".join("?" * len(entry_ids))
    found: dict[int, str] = {
        row[0]: "keyword"
        for row in db.execute(
            f"SELECT entry_id FROM keyword_matches WHERE guild_id = ? AND entry_id IN ({marks})",
            [guild_id, *entry_ids],
        )
    }
    for entry_id, event in db.execute(
        f"SELECT entry_id, event FROM announcements WHERE entry_id IN ({marks}) ORDER BY id DESC", entry_ids
    ):
        found[entry_id] = event  # an announcement wins over a keyword match; the first one last
    return found


@dataclass(frozen=True)
class Timeline:
    product: str
    items: list[StoryRow]  # oldest first

    @property
    def current(self) -> StoryRow | None:
        """The product's most recent event by publication time."""
        return max(self.items, key=lambda s: (s.published, s.key)) if self.items else None


def timeline(db: Database, guild_id: int, product: str, *, limit: int = 50) -> Timeline:
    """A product family's stories in time order (its subject, or any story naming it)."""
    sql = f"""{_STORY_SELECT}
        WHERE s.subject = :product
           OR EXISTS (SELECT 1 FROM json_each(s.products) WHERE value = :product OR value LIKE :versions)
        ORDER BY s.first_published_at DESC, s.id DESC LIMIT :limit"""
    rows = [
        _story_row(r)
        for r in db.query(
            sql, {"guild": guild_id, "product": product, "versions": f"{product}-%", "limit": limit}
        )
    ]
    return Timeline(product, sorted(rows, key=lambda s: (s.published, s.key)))


@dataclass(frozen=True)
class Report:
    feed: str
    title: str
    link: str | None
    published: datetime
    score: float
    reasons: list[str]


@dataclass(frozen=True)
class WhyView:
    key: str
    event: str
    vendors: list[str]
    products: list[str]
    score: float
    api: bool
    reports: list[Report] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


def why(db: Database, guild_id: int, key: str) -> WhyView | None:
    """Why a story alerted: each visible report's reasons and score, and this server's
    keyword matches on its entries. None when the id is unknown or invisible to the server."""
    story_id = resolve_story(db, key)
    if story_id is None:
        return None
    story = db.execute(
        "SELECT key, event, vendors, products, score, api FROM stories WHERE id = ?", [story_id]
    ).fetchone()
    rows = list(
        db.query(
            f"""SELECT e.id, e.title, e.link, e.published_at, {feed_label_sql()} AS feed, a.score, a.reasons
            FROM announcements a JOIN entries e ON e.id = a.entry_id JOIN feeds f ON f.id = e.feed_id
            WHERE a.story_id = :story AND e.feed_id IN ({visible_feeds_sql()}) ORDER BY e.published_at, a.id""",
            {"story": story_id, "guild": guild_id},
        )
    )
    if not rows:
        return None
    entry_ids = [r["id"] for r in rows]
    marks = ",".join("?" * len(entry_ids))
    terms = [
        r[0]
        for r in db.execute(
            f"SELECT DISTINCT term FROM keyword_matches WHERE guild_id = ? AND entry_id IN ({marks})",
            [guild_id, *entry_ids],
        )
    ]
    return WhyView(
        key=story[0],
        event=story[1],
        vendors=json.loads(story[2]),
        products=json.loads(story[3]),
        score=story[4],
        api=bool(story[5]),
        keywords=terms,
        reports=[
            Report(
                r["feed"],
                r["title"],
                r["link"],
                from_db(r["published_at"]),
                r["score"],
                json.loads(r["reasons"]),
            )
            for r in rows
        ],
    )


@dataclass(frozen=True)
class Stats:
    stories: int
    by_event: dict[str, int]
    by_vendor: dict[str, int]
    keyword_matches: int


def stats(db: Database, guild_id: int, since: datetime) -> Stats:
    """Stories first published in the period, by event and by vendor (a story counts once
    per vendor it names), plus this server's keyword matches."""
    rows = latest(db, guild_id, since=since, limit=100_000)
    by_event: Counter[str] = Counter(r.event for r in rows)
    by_vendor: Counter[str] = Counter(v for r in rows for v in r.vendors)
    keywords = db.execute(
        f"""SELECT count(*) FROM keyword_matches k JOIN entries e ON e.id = k.entry_id
            WHERE k.guild_id = :guild AND e.published_at >= :since AND e.feed_id IN ({visible_feeds_sql()})""",
        {"guild": guild_id, "since": to_db(since)},
    ).fetchone()[0]
    return Stats(len(rows), dict(by_event.most_common()), dict(by_vendor.most_common()), keywords)

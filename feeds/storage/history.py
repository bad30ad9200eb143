"""History queries behind /news: latest stories, search, timelines, why an alert fired, stats.

Every query takes a ``guild_id`` and only looks through the feeds that server sees (see
:mod:`feeds.storage.visibility`): a server never sees another server's own feeds. Stories,
reports and keyword matches come from the shared queries of :mod:`feeds.storage.server_reads`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from feeds.storage.dialect import json_has, json_list_of, json_table
from feeds.storage.entries import MATCH_END, MATCH_START, SearchHit, search_entries
from feeds.storage.server_reads import (
    SeenKeywordMatch,
    SeenStory,
    count_seen_keyword_matches,
    seen_coverage,
    seen_keyword_matches,
    seen_stories,
)
from feeds.storage.stories import resolve_story
from feeds.storage.visibility import visible_feeds_sql
from feeds.timeutil import to_db

NEWEST_FIRST = "s.first_published_at DESC, s.id DESC"


@dataclass(frozen=True)
class StoryRow:
    """One line of ``/news latest`` or ``/news timeline``: a story, or one of the server's keyword
    matches (``kind``; ``term`` is the watched term)."""

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


def _story_row(story: SeenStory) -> StoryRow:
    return StoryRow(
        key=story.key,
        kind="story",
        event=story.event,
        vendors=story.vendors,
        products=story.products,
        title=story.title,
        link=story.link,
        feed=story.feed,
        published=story.published,
        score=story.score,
        outlets=story.outlets,
        api=story.api,
    )


def _keyword_row(match: SeenKeywordMatch) -> StoryRow:
    return StoryRow(
        key=f"k{match.id}",
        kind="keyword",
        event="keyword",
        vendors=[],
        products=[],
        title=match.title,
        link=match.link,
        feed=match.feed,
        published=match.published,
        score=0.0,
        outlets=1,
        term=match.term,
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
    params: dict[str, Any] = {}
    if vendor:
        where.append(json_has(db, "s.vendors", ":vendor"))
        params["vendor"] = vendor
    if event:
        # Any of the story's events: a launch that also set prices is found under both.
        where.append(json_has(db, f"coalesce(s.events, {json_list_of(db, 's.event')})", ":event"))
        params["event"] = event
    if since:
        where.append("s.first_published_at >= :since")
        params["since"] = to_db(since)
    stories = seen_stories(
        db, guild_id, " AND ".join(where), params, order=NEWEST_FIRST, limit=limit, offset=offset
    )
    return [_story_row(story) for story in stories]


def keyword_matches(
    db: Database,
    guild_id: int,
    *,
    vendor: str | None = None,
    limit: int = 10,
    since: datetime | None = None,
    offset: int = 0,
) -> list[StoryRow]:
    """This server's keyword matches, newest first. A keyword match has no detected vendor:
    ``vendor`` looks for the name in its text."""
    matches = seen_keyword_matches(
        db, guild_id, since=since, mentioning=vendor, newest_first=True, limit=limit, offset=offset
    )
    return [_keyword_row(match) for match in matches]


@dataclass(frozen=True)
class Highlighted:
    """Feed text with what a search matched in it: ``spans`` are (start, end) offsets into
    ``text``, in order. How a match is shown (bold, colour...) is the reader's choice."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def segments(self) -> list[tuple[str, bool]]:
        """The text in order, cut where matches start and end: (piece, matched)."""
        pieces: list[tuple[str, bool]] = []
        at = 0
        for start, end in self.spans:
            if start > at:
                pieces.append((self.text[at:start], False))
            pieces.append((self.text[start:end], True))
            at = end
        if at < len(self.text):
            pieces.append((self.text[at:], False))
        return pieces


def _highlighted(marked: str) -> Highlighted:
    """A search snippet's text without its marks, and where the marked terms are."""
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for index, piece in enumerate(marked.split(MATCH_START)):
        matched, _, rest = piece.partition(MATCH_END) if index else ("", "", piece)
        if matched:
            spans.append((at, at + len(matched)))
        text += [matched, rest]
        at += len(matched) + len(rest)
    return Highlighted("".join(text), tuple(spans))


@dataclass(frozen=True)
class SearchRow:
    """An entry a search found, through the feeds one server sees."""

    id: int
    title: str
    link: str | None
    feed: str
    published: datetime
    snippet: Highlighted  # the text around the matches
    event: str | None  # the entry's announcement event, "keyword" for this server's match, else None


def _search_row(hit: SearchHit, event: str | None) -> SearchRow:
    return SearchRow(hit.id, hit.title, hit.link, hit.feed, hit.published, _highlighted(hit.snippet), event)


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
    return [_search_row(hit, event or events.get(hit.id)) for hit in hits]


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
    """A product family's stories as one server sees them (``/news timeline``)."""

    product: str
    items: list[StoryRow]  # oldest first

    @property
    def current(self) -> StoryRow | None:
        """The product's most recent event by publication time."""
        return max(self.items, key=lambda s: (s.published, s.key)) if self.items else None


def timeline(db: Database, guild_id: int, product: str, *, limit: int = 50) -> Timeline:
    """A product family's stories in time order (its subject, or any story naming it)."""
    stories = seen_stories(
        db,
        guild_id,
        f"""s.subject = :product
           OR EXISTS (SELECT 1 FROM {json_table(db, "s.products", "p")} WHERE p.value = :product OR p.value LIKE :versions)""",
        {"product": product, "versions": f"{product}-%"},
        order=NEWEST_FIRST,
        limit=limit,
    )
    rows = [_story_row(story) for story in stories]
    return Timeline(product, sorted(rows, key=lambda s: (s.published, s.key)))


@dataclass(frozen=True)
class Report:
    """One report of a story, with the score and reasons the detector gave it."""

    feed: str
    title: str
    link: str | None
    published: datetime
    score: float
    reasons: list[str]


@dataclass(frozen=True)
class WhyView:
    """Why a story alerted (``/news why``): its verdict, each visible report's reasons, and the
    server's watched terms its entries matched."""

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
    coverage = None if story_id is None else seen_coverage(db, story_id, guild_id)
    if coverage is None:
        return None
    entry_ids = [report.entry_id for report in coverage.reports]
    marks = ",".join("?" * len(entry_ids))
    terms = [
        r[0]
        for r in db.execute(
            f"SELECT DISTINCT term FROM keyword_matches WHERE guild_id = ? AND entry_id IN ({marks})",
            [guild_id, *entry_ids],
        )
    ]
    return WhyView(
        key=coverage.key,
        event=coverage.event,
        vendors=coverage.vendors,
        products=coverage.products,
        score=coverage.score,
        api=coverage.api,
        keywords=terms,
        reports=[Report(r.feed, r.title, r.link, r.published, r.score, r.reasons) for r in coverage.reports],
    )


@dataclass(frozen=True)
class Stats:
    """A period's story counts by event and by vendor, and the server's keyword matches (``/news stats``)."""

    stories: int
    by_event: dict[str, int]
    by_vendor: dict[str, int]
    keyword_matches: int


def stats(db: Database, guild_id: int, since: datetime) -> Stats:
    """Stories first published in the period, by event and by vendor (a story counts once
    per vendor it names), plus this server's keyword matches: grouped counts, whatever the
    number of stories."""
    seen = f"""s.first_published_at >= :since AND EXISTS (SELECT 1 FROM announcements a
        JOIN entries e ON e.id = a.entry_id WHERE a.story_id = s.id AND e.feed_id IN ({visible_feeds_sql()}))"""
    params = {"since": to_db(since), "guild": guild_id}
    by_event = dict(
        db.execute(
            f"SELECT s.event, count(*) AS n FROM stories s WHERE {seen} GROUP BY s.event ORDER BY n DESC, s.event",
            params,
        ).fetchall()
    )
    by_vendor = dict(
        db.execute(
            f"""SELECT v.value, count(*) AS n FROM stories s, {json_table(db, "s.vendors", "v")} WHERE {seen}
                GROUP BY v.value ORDER BY n DESC, v.value""",
            params,
        ).fetchall()
    )
    keywords = count_seen_keyword_matches(db, guild_id, since=since)
    return Stats(sum(by_event.values()), by_event, by_vendor, keywords)

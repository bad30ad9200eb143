"""Read-side views the adapters render: a story as one server sees it, a keyword match,
a server's status. Plain data, no Discord types."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database

from feeds.storage.deliveries import DeliveryCounts, delivery_counts
from feeds.storage.server_reads import seen_coverage
from feeds.storage.visibility import feed_label_sql, visible_feeds_sql
from feeds.timeutil import from_db


@dataclass(frozen=True)
class Coverage:
    """Another outlet's report of a story, one line of "also reported by"."""

    feed: str
    link: str | None
    published: datetime


@dataclass(frozen=True)
class StoryView:
    """A story as one server sees it, led by its lead report: what its alert shows."""

    key: str
    event: str
    vendors: list[str]
    products: list[str]
    api: bool
    score: float
    title: str
    link: str | None
    summary: str
    feed: str
    official: bool
    published: datetime
    reasons: list[str]
    also_reported: list[Coverage] = field(default_factory=list)
    # The lead report's picture: an absolute http(s) URL for the embed, never fetched here.
    image: str | None = None
    # Every event the story's reports support, primary (``event``) first.
    events: list[str] = field(default_factory=list)


def story_view(db: Database, story_id: int, guild_id: int) -> StoryView | None:
    """The story through the feeds ``guild_id`` sees: its lead report (the earliest visible
    one in the server's language, else the earliest visible one:
    :func:`feeds.storage.server_reads.lead_order_sql`) leads; other outlets (visible ones
    only, any language, one line per feed, earliest first) are "also reported by"."""
    coverage = seen_coverage(db, story_id, guild_id)
    if coverage is None:
        return None
    lead, *others = coverage.reports
    seen_feeds = {lead.feed_id}
    also: list[Coverage] = []
    for report in others:
        if report.feed_id in seen_feeds or (report.link and report.link == lead.link):
            continue
        seen_feeds.add(report.feed_id)
        also.append(Coverage(report.feed, report.link, report.published))
    return StoryView(
        key=coverage.key,
        event=coverage.event,
        events=coverage.events,
        vendors=coverage.vendors,
        products=coverage.products,
        api=coverage.api,
        score=coverage.score,
        title=lead.title,
        link=lead.link,
        summary=lead.summary,
        feed=lead.feed,
        official=lead.official,
        published=lead.published,
        reasons=lead.reasons,
        also_reported=also,
        image=lead.image,
    )


@dataclass(frozen=True)
class KeywordView:
    """A keyword match as its alert shows it: the watched term and the entry it matched."""

    term: str
    title: str
    link: str | None
    summary: str
    feed: str
    published: datetime


def keyword_view(db: Database, keyword_match_id: int) -> KeywordView | None:
    row = db.execute(
        f"""SELECT k.term, e.title, e.link, e.summary, {feed_label_sql("k.guild_id")}, e.published_at
           FROM keyword_matches k JOIN entries e ON e.id = k.entry_id JOIN feeds f ON f.id = e.feed_id
           WHERE k.id = ?""",
        [keyword_match_id],
    ).fetchone()
    if row is None:
        return None
    return KeywordView(row[0], row[1], row[2], row[3], row[4], from_db(row[5]))


@dataclass(frozen=True)
class FeedHealth:
    """One feed of a server's feed list, with how its fetching goes (:attr:`status`)."""

    id: int
    label: str
    url: str
    origin: str
    mine: bool  # added by this server
    muted: bool
    disabled: bool
    disabled_reason: str | None
    last_success: datetime | None
    last_error: str | None
    failures: int

    @property
    def status(self) -> str:
        if self.muted:
            return "muted"
        if self.disabled:
            return "disabled"
        if self.failures:
            return "failing"
        return "ok" if self.last_success else "new"


def server_feeds(db: Database, guild_id: int) -> list[FeedHealth]:
    """Feeds the server sees, plus operator feeds it muted (so it can unmute them)."""
    rows = db.query(
        f"""SELECT f.*, sf.mode, {feed_label_sql()} AS label FROM feeds f
            LEFT JOIN server_feeds sf ON sf.feed_id = f.id AND sf.guild_id = :guild
            WHERE f.id IN ({visible_feeds_sql()}) OR sf.mode = 'muted'
            ORDER BY lower({feed_label_sql()}), {feed_label_sql()}""",
        {"guild": guild_id},
    )
    return [
        FeedHealth(
            id=r["id"],
            label=r["label"],
            url=r["url"],
            origin=r["origin"],
            mine=r["mode"] == "added",
            muted=r["mode"] == "muted",
            disabled=bool(r["disabled"]),
            disabled_reason=r["disabled_reason"],
            last_success=from_db(r["last_success_at"]),
            last_error=r["last_error"],
            failures=r["consecutive_failures"],
        )
        for r in rows
    ]


@dataclass(frozen=True)
class ServerStatus:
    """What ``/vidradar status`` shows of one server: its feeds' health, the last cycle, its outbox."""

    feeds_ok: int
    feeds_failing: int
    feeds_disabled: int
    last_cycle: datetime | None
    last_cycle_seconds: float | None
    deliveries: DeliveryCounts
    paused: bool
    alert_channel_id: int | None


def server_status(db: Database, guild_id: int) -> ServerStatus:
    feeds = [f for f in server_feeds(db, guild_id) if not f.muted]
    cycle = db.execute("SELECT finished_at, duration_s FROM poll_cycles ORDER BY id DESC LIMIT 1").fetchone()
    server = db.execute(
        "SELECT paused, alert_channel_id FROM servers WHERE guild_id = ?", [guild_id]
    ).fetchone()
    return ServerStatus(
        feeds_ok=sum(1 for f in feeds if f.status in ("ok", "new")),
        feeds_failing=sum(1 for f in feeds if f.status == "failing"),
        feeds_disabled=sum(1 for f in feeds if f.status == "disabled"),
        last_cycle=from_db(cycle[0]) if cycle else None,
        last_cycle_seconds=cycle[1] if cycle else None,
        deliveries=delivery_counts(db, guild_id),
        paused=bool(server[0]) if server else False,
        alert_channel_id=server[1] if server else None,
    )

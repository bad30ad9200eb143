"""Digests in the database: what a period's digest says for one server (a named query over
:mod:`feeds.storage.server_reads`, after the server's rules), queueing its messages in the
outbox, and a server's digest channel and schedule.

When digests fire and which period they cover is :mod:`feeds.service.digest_plan`'s business.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any, Protocol

from sqlite_utils import Database

from feeds.detect.keywords import KeywordMatcher, WatchTerm
from feeds.failpoints import failpoint
from feeds.storage import deliveries, servers
from feeds.storage.db import write_transaction
from feeds.storage.server_reads import seen_keyword_matches, seen_stories
from feeds.storage.servers import DigestWatermark
from feeds.storage.watch import watch_settings
from feeds.timeutil import to_db

# Order within a vendor: the events that change what people can do come first.
EVENT_WEIGHT = {"launch": 6, "delay": 5, "shutdown": 4, "availability": 3, "waitlist": 2, "pricing": 1}


@dataclass(frozen=True)
class DigestStory:
    """One story in a digest, as the server sees it; :attr:`importance` orders a vendor's stories."""

    key: str
    event: str
    vendors: list[str]
    products: list[str]
    title: str
    link: str | None
    feed: str
    official: bool
    outlets: int
    score: float
    published: datetime

    @property
    def importance(self) -> tuple[int, bool, int, float]:
        return (EVENT_WEIGHT.get(self.event, 0), self.official, self.outlets, self.score)


@dataclass(frozen=True)
class KeywordItem:
    """One keyword match in a digest: the watched term and the entry it matched."""

    term: str
    title: str
    link: str | None
    feed: str
    published: datetime


@dataclass
class Digest:
    """What one server's digest says for a period: its stories and keyword matches."""

    guild_id: int
    start: datetime
    end: datetime
    stories: list[DigestStory] = field(default_factory=list)
    keyword_matches: list[KeywordItem] = field(default_factory=list)
    watermark: DigestWatermark = field(default_factory=DigestWatermark)  # when it was read (build_digest)

    @property
    def quiet(self) -> bool:
        return not self.stories and not self.keyword_matches

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(s.event for s in self.stories)
        return {event: counted[event] for event in EVENT_WEIGHT if counted[event]}


# A report a digest counts: one that could alert, or one with a date of its own. Not a new
# feed's undated backlog: those reports got the time they were fetched as their date, so they
# say nothing of when the story happened. A story is dated, and ordered, by its first counted
# report stored when the digest is read (up to :watermark); one made only of backlog is in no
# digest.
_COUNTED = """(a3.alertable = 1 OR e3.published_at <> e3.fetched_at)"""
_REPORTS = "FROM announcements a3 JOIN entries e3 ON e3.id = a3.entry_id WHERE a3.story_id = s.id"
_FIRST_PUBLISHED = f"(SELECT min(e3.published_at) {_REPORTS} AND a3.id <= :watermark AND {_COUNTED})"
# The previous digest (read up to :after) dated the story before this period: it listed it
# then, or the story is older than that digest's period. Otherwise the story is this digest's.
_DATED_BEFORE = (
    f"EXISTS (SELECT 1 {_REPORTS} AND a3.id <= :after AND {_COUNTED} AND e3.published_at < :start)"
)


@dataclass(frozen=True)
class LateItems:
    """Stories and keyword matches the previous digest could not list, though published
    before this period (not before ``since``: a new feed's backlog is not news): stored after
    it was read (above ``after``, its watermark), or dated by it after its period."""

    after: DigestWatermark
    since: datetime


def build_digest(
    db: Database, guild_id: int, start: datetime, end: datetime, late: LateItems | None = None
) -> Digest:
    """The period's stories and keyword matches as this server sees them, after its rules
    (minimum score, mutes, exclude terms); with ``late``, those published before the period
    that the previous digest could not list (one published minutes before a digest and polled
    after it would otherwise be in none). Only what is stored when the digest is read is
    listed, and ``Digest.watermark`` says up to where: the next digest's ``late.after``."""
    rules = watch_settings(db, guild_id)
    muted = {*rules.muted_vendors, *rules.muted_events}
    exclude = KeywordMatcher([WatchTerm(guild_id, term, "exclude") for term in rules.exclude])
    watermark = DigestWatermark(
        report=int(db.execute("SELECT coalesce(max(id), 0) FROM announcements").fetchone()[0]),
        # The server's own: SQLite gives a deleted top id again (a purged server's matches).
        keyword_match=int(
            db.execute(
                "SELECT coalesce(max(id), 0) FROM keyword_matches WHERE guild_id = ?", [guild_id]
            ).fetchone()[0]
        ),
    )
    late_clause = (
        f"OR ({_FIRST_PUBLISHED} >= :since AND {_FIRST_PUBLISHED} < :start AND NOT {_DATED_BEFORE})"
        if late
        else ""
    )
    # A story's last report is at or after its first counted one: the index on
    # s.last_published_at narrows the stories to read before the subqueries run.
    stories = seen_stories(
        db,
        guild_id,
        f"""s.score >= :min AND s.last_published_at >= :lowest AND (
              ({_FIRST_PUBLISHED} >= :start AND {_FIRST_PUBLISHED} < :end) {late_clause})""",
        {
            "start": to_db(start),
            "end": to_db(end),
            "min": rules.min_score,
            "watermark": watermark.report,
            "lowest": to_db(late.since if late else start),
            **({"after": late.after.report, "since": to_db(late.since)} if late else {}),
        },
        order="first_published_at, s.id",  # the selected date (seen_stories' column), not recomputed
        first_published=_FIRST_PUBLISHED,
    )
    digest = Digest(guild_id, start, end, watermark=watermark)
    for story in stories:
        if story.event in muted or muted.intersection(story.vendors):
            continue
        if exclude.size and exclude.match(story.title, story.summary).exclude:
            continue
        digest.stories.append(
            DigestStory(
                key=story.key,
                event=story.event,
                vendors=story.vendors,
                products=story.products,
                title=story.title,
                link=story.link,
                feed=story.feed,
                official=story.official,
                outlets=story.outlets,
                score=story.score,
                published=story.first_published,
            )
        )
    late_matches = (
        "OR (k.id > :after AND e.published_at >= :since AND e.published_at < :start)" if late else ""
    )
    matches = seen_keyword_matches(
        db,
        guild_id,
        also=f"k.id <= :watermark AND ((e.published_at >= :start AND e.published_at < :end) {late_matches})",
        also_params={
            "start": to_db(start),
            "end": to_db(end),
            "watermark": watermark.keyword_match,
            **({"after": late.after.keyword_match, "since": to_db(late.since)} if late else {}),
        },
    )
    for match in matches:
        if exclude.size and exclude.match(match.title, match.summary).exclude:
            continue
        digest.keyword_matches.append(
            KeywordItem(match.term, match.title, match.link, match.feed, match.published)
        )
    return digest


def queue_digest(
    db: Database,
    guild_id: int,
    channel_id: int | None,
    period: str,
    parts: list[dict[str, Any]],
    now: datetime,
    *,
    covered: Callable[[str | None], bool],
    watermark: DigestWatermark | None = None,
) -> int:
    """Queue a digest's messages (one delivery each, in order) and record ``period`` as the
    server's last digest (with the ``watermark`` it was read at), in one transaction. Nothing
    is queued (0) when this period is in the outbox already, or when ``covered`` says the last
    period recorded covers it."""
    with write_transaction(db):
        queued = deliveries.digest_queued(db, guild_id, period)
        if queued or covered(servers.last_digest_period(db, guild_id)):
            return 0
        failpoint("digest")
        for index, part in enumerate(parts):
            deliveries.enqueue(
                db,
                guild_id=guild_id,
                channel_id=channel_id,
                kind="digest",
                ref=period,
                payload=part,
                now=now,
                dedup_key=f"digest:{guild_id}:{period}:{index}",
            )
        servers.set_last_digest_period(db, guild_id, period, now, watermark)
        return len(parts)


class StoredSchedule(Protocol):
    """What storage keeps of a digest schedule (:class:`feeds.service.digest_plan.DigestSchedule`)."""

    @property
    def frequency(self) -> str: ...

    @property
    def at(self) -> time: ...

    @property
    def tz(self) -> str: ...

    @property
    def weekday(self) -> int | None: ...

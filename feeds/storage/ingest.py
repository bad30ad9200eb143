"""One feed's fetch results into the database, each in one transaction: new content (entries,
announcements, stories, keyword matches, outbox rows and the feed's bookkeeping commit together or
not at all), a 304, a failure (with the notices when it disables the feed).

What an entry alerts is decided outside storage, by an :class:`Alerting` (the poller's is
:class:`feeds.pipeline.ingest.AlertRules`); due times come in already computed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from sqlite_utils import Database

from feeds.failpoints import failpoint
from feeds.models import Detection, ParsedEntry, ParsedFeed
from feeds.storage import deliveries, feed_records, stories
from feeds.storage.db import write_transaction
from feeds.storage.entries import UpsertedEntry, upsert_entries
from feeds.storage.feed_records import FeedRow
from feeds.storage.servers import HEADLESS_GUILD, ServerRule
from feeds.timeutil import to_db


@dataclass(frozen=True)
class NewAnnouncement:
    """An announcement one ingest stored: a relevant entry and the story it joined, for the poll
    output and ``/feeds refresh`` to list."""

    id: int
    entry_id: int
    story_key: str
    title: str
    link: str | None
    feed: str
    published: datetime
    detection: Detection
    alertable: bool


@dataclass
class IngestReport:
    """What storing one feed's fetch did: entries written, announcements made, alerts queued."""

    feed_id: int
    new_entries: int = 0
    updated_entries: int = 0
    announcements: list[NewAnnouncement] = field(default_factory=list)
    keyword_matches: int = 0
    deliveries: int = 0
    edits: int = 0


@dataclass(frozen=True)
class KeywordAlert:
    """A server whose watched term (``term``, the first that matched) a new entry contains."""

    server: ServerRule
    term: str


@dataclass(frozen=True)
class StoryTarget:
    """One place a story's alert goes: a server's channel, through one of its routes (None:
    the alert channel, the default route), posted as the route says (``how``)."""

    guild_id: int
    channel_id: int | None
    route_id: int | None = None
    how: str = "channel"  # "channel", "forum" (a post per story) or "thread_per_story"
    ping_role_id: int | None = None


@dataclass(frozen=True)
class EntryAlerts:
    """Who a new, alertable entry alerts: the servers its story goes to, then the servers
    whose watched terms it matched (none of those already has its story), and the servers
    that want the story but not in the entry's language: an alert they already have is
    edited to add it, none is posted because of it."""

    stories: list[StoryTarget] = field(default_factory=list)
    keywords: list[KeywordAlert] = field(default_factory=list)
    edits: list[ServerRule] = field(default_factory=list)


class Alerting(Protocol):
    """The decisions an ingest asks for, entry by entry, inside its transaction."""

    def alertable(self, entry: ParsedEntry) -> bool:
        """The entry may alert at all (not too old, not held back on a first poll)."""
        ...

    def subject(self, detection: Detection) -> str:
        """The subject a relevant detection's story is grouped under."""
        ...

    def alerts(self, entry: ParsedEntry, story: Detection | None) -> EntryAlerts:
        """Who a new alertable entry alerts; ``story`` is its detection when it starts or
        joins a story, else None (keyword alerts only)."""
        ...


@dataclass(frozen=True)
class Fetched:
    """A response with content: what is stored on the feed with its entries."""

    status: int
    etag: str | None
    last_modified: str | None
    next_due_at: datetime


@dataclass(frozen=True)
class FetchFailed:
    """A failed fetch (or parse), counted against the feed."""

    error: str
    status: int | None
    permanent: bool
    next_due_at: datetime


def ingest_feed(
    db: Database,
    feed: FeedRow,
    parsed: ParsedFeed,
    detections: dict[str, Detection],
    *,
    alerting: Alerting,
    fetched: Fetched,
    now: datetime,
) -> IngestReport:
    """Store a parsed feed, announce its relevant entries and queue their alerts, in one transaction."""
    report = IngestReport(feed.id)
    with write_transaction(db):
        session = stories.StorySession(db)  # each story read once per feed, not per report
        # Oldest first: each report then joins stories as they stand, with nothing to replay
        # after it (a feed listed newest first would replay its story once per report).
        upserted_entries = sorted(upsert_entries(db, feed.id, parsed.entries, now), key=_oldest_first)
        for upserted in upserted_entries:
            _store_entry(db, session, report, feed, parsed, upserted, detections, alerting, now)
        failpoint("stored")
        feed_records.record_success(
            db,
            feed,
            now=now,
            next_due_at=fetched.next_due_at,
            status=fetched.status,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            title=parsed.title,
            site_url=parsed.site_url,
            lang=parsed.lang,
            warning=parsed.warning,
            stored_entries=bool(parsed.entries),
        )
    return report


def _oldest_first(upserted: UpsertedEntry) -> tuple[datetime, int]:
    return upserted.entry.published, upserted.id


def _store_entry(
    db: Database,
    session: stories.StorySession,
    report: IngestReport,
    feed: FeedRow,
    parsed: ParsedFeed,
    upserted: UpsertedEntry,
    detections: dict[str, Detection],
    alerting: Alerting,
    now: datetime,
) -> None:
    """One stored entry: its announcement, then (new and alertable only) its alerts."""
    entry = upserted.entry
    if upserted.status == "new":
        report.new_entries += 1
    else:
        report.updated_entries += 1
    alertable = alerting.alertable(entry)
    detection = detections.get(entry.guid)
    story_id: int | None = None
    if detection is not None and detection.relevant:
        story_id = _announce(db, session, report, feed, parsed, upserted, detection, alerting, alertable, now)
    # An edited entry alerts only when the edit made it an announcement for the first time
    # (a placeholder title filled in): its story is news nobody has heard of.
    if not alertable or (upserted.status != "new" and story_id is None):
        return
    alerts = alerting.alerts(entry, detection if story_id is not None else None)
    if story_id is not None:
        _queue_story(db, report, story_id, alerts.stories, now)
        _queue_edits(db, report, story_id, alerts.edits, now)
    _queue_keywords(db, report, upserted, feed.id, alerts.keywords, now)


def _announce(
    db: Database,
    session: stories.StorySession,
    report: IngestReport,
    feed: FeedRow,
    parsed: ParsedFeed,
    upserted: UpsertedEntry,
    detection: Detection,
    alerting: Alerting,
    alertable: bool,
    now: datetime,
) -> int | None:
    """Attach a relevant entry to its story; the story's id when servers are to hear of it
    (a new announcement), None when an edited article only had its verdict refreshed."""
    entry = upserted.entry
    existing = stories.announcement_for_entry(db, upserted.id)
    if existing is not None:
        # An edited article keeps its story; only its verdict is refreshed.
        session.update_announcement(
            announcement_id=existing[0],
            entry_id=upserted.id,
            story_id=existing[1],
            detection=detection,
            alertable=alertable,
            now=now,
        )
        return None
    attachment = session.attach(
        subject=alerting.subject(detection),
        detection=detection,
        entry_id=upserted.id,
        published=entry.published,
        official=feed.official,
        now=now,
        same_article_story=stories.story_for_link(db, entry.link, feed.id),
    )
    announcement_id = session.insert_announcement(
        entry_id=upserted.id, story_id=attachment.story_id, detection=detection, alertable=alertable, now=now
    )
    report.announcements.append(
        NewAnnouncement(
            id=announcement_id,
            entry_id=upserted.id,
            story_key=attachment.story_key,
            title=entry.title,
            link=entry.link,
            feed=feed.name or parsed.title or feed.label,  # first poll: no stored title
            published=entry.published,
            detection=detection,
            alertable=alertable,
        )
    )
    return attachment.story_id


def _queue_story(
    db: Database, report: IngestReport, story_id: int, targets: list[StoryTarget], now: datetime
) -> None:
    """The story's alert to each place it goes, or an edit of the alert already there."""
    for target in targets:
        if target.route_id is None and deliveries.alerted_elsewhere(
            db, story_id, target.guild_id, target.channel_id
        ):
            # The alert channel takes what no route caught: a route has this story already.
            if deliveries.request_edit(db, story_id, target.guild_id, now):
                report.edits += 1
            continue
        if deliveries.enqueue(
            db,
            guild_id=target.guild_id,
            channel_id=target.channel_id,
            kind="story",
            story_id=story_id,
            dedup_key=deliveries.story_dedup_key(story_id, target.guild_id, target.channel_id),
            now=now,
            route_id=target.route_id,
            target=target.how,
            ping_role_id=target.ping_role_id,
        ):
            report.deliveries += 1
        elif deliveries.request_edit(db, story_id, target.guild_id, now):
            report.edits += 1


def _queue_edits(
    db: Database, report: IngestReport, story_id: int, servers: list[ServerRule], now: datetime
) -> None:
    """Coverage in a language a server's alerts are not in: only an alert of the story the
    server already has is edited ("also reported by"), nothing new is posted."""
    for rule in servers:
        if deliveries.request_edit(db, story_id, rule.guild_id, now):
            report.edits += 1


def _queue_keywords(
    db: Database,
    report: IngestReport,
    upserted: UpsertedEntry,
    feed_id: int,
    matches: list[KeywordAlert],
    now: datetime,
) -> None:
    """Record each server's keyword match (once per article) and queue its alert."""
    for match in matches:
        guild_id = match.server.guild_id
        if _keyword_matched_elsewhere(db, guild_id, upserted, feed_id):
            continue
        cursor = db.conn.execute(
            """INSERT INTO keyword_matches (guild_id, entry_id, term, created_at) VALUES (?, ?, ?, ?)
               ON CONFLICT (guild_id, entry_id) DO NOTHING""",
            [guild_id, upserted.id, match.term, to_db(now)],
        )
        if not cursor.rowcount:
            continue
        report.keyword_matches += 1
        # Keyword alerts go to the alert channel (a server with routes only has none).
        posts_somewhere = match.server.channel_id is not None or match.server.guild_id == HEADLESS_GUILD
        if (
            match.server.has_destination
            and posts_somewhere
            and deliveries.enqueue(
                db,
                guild_id=guild_id,
                channel_id=match.server.channel_id,
                kind="keyword",
                keyword_match_id=int(cursor.lastrowid or 0),
                dedup_key=f"keyword:{upserted.id}:{guild_id}:{deliveries.destination(match.server.channel_id)}",
                now=now,
            )
        ):
            report.deliveries += 1


def _keyword_matched_elsewhere(db: Database, guild_id: int, upserted: UpsertedEntry, feed_id: int) -> bool:
    """The same article (canonical link) already matched this server's terms through another
    feed: one keyword alert per article, however many feeds carry it. An item with no link
    is the same article as one of its feed's with its title (with no guid either, an item
    that changes its date is a new entry each time)."""
    link = upserted.entry.link
    args: list[object]
    if link:
        same, args = "e.link = ?", [link]
    else:
        same, args = "e.feed_id = ? AND e.link IS NULL AND e.title = ?", [feed_id, upserted.entry.title]
    return (
        db.execute(
            f"""SELECT 1 FROM entries e JOIN keyword_matches k ON k.entry_id = e.id
               WHERE {same} AND e.id != ? AND k.guild_id = ? LIMIT 1""",
            [*args, upserted.id, guild_id],
        ).fetchone()
        is not None
    )


def record_not_modified(
    db: Database, feed: FeedRow, *, status: int, next_due_at: datetime, now: datetime
) -> None:
    """304: nothing to parse; only the bookkeeping moves (the feed's validators stay)."""
    with write_transaction(db):
        feed_records.record_success(
            db,
            feed,
            now=now,
            next_due_at=next_due_at,
            status=status,
            etag=feed.etag,
            last_modified=feed.last_modified,
            stored_entries=False,
        )


def record_failure(
    db: Database,
    feed: FeedRow,
    failed: FetchFailed,
    *,
    max_failures: int,
    notify: list[ServerRule],
    now: datetime,
) -> bool:
    """Count the failure against the feed; when that disables it, queue a notice to each server
    in ``notify``. Returns True when the feed was disabled."""
    with write_transaction(db):
        disabled = feed_records.record_failure(
            db,
            feed,
            now=now,
            next_due_at=failed.next_due_at,
            status=failed.status,
            error=failed.error,
            max_failures=max_failures,
            permanent=failed.permanent,
        )
        if disabled:
            _queue_disabled_notices(db, feed, notify, now)
    return disabled


def _queue_disabled_notices(db: Database, feed: FeedRow, notify: list[ServerRule], now: datetime) -> None:
    """One "feed disabled" notice per server, naming the feed as that server does."""
    stored = feed_records.get_feed(db, feed.id)
    reason = stored.disabled_reason if stored is not None else None
    for rule in notify:
        deliveries.enqueue(
            db,
            guild_id=rule.guild_id,
            channel_id=rule.notices_channel_id,
            kind="notice",
            dedup_key=f"notice:feed-disabled:{feed.id}:{to_db(now)}:{rule.guild_id}",
            ref=f"feed-disabled:{feed.id}",
            now=now,
            payload={
                "notice": "feed_disabled",
                "feed_id": feed.id,
                "feed": feed_records.label_for(db, feed.id, rule.guild_id),  # that server's name
                "url": feed.url,
                "reason": reason,
            },
        )

"""One feed's results into the database, in one transaction: entries, announcements,
stories, keyword matches and outbox rows all commit together or not at all.

Runs on the storage thread (it is plain synchronous SQLite work); the poller calls it once
per fetched feed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlite_utils import Database

from feeds.detect.keywords import KeywordMatcher
from feeds.detect.taxonomy import Taxonomy
from feeds.failpoints import failpoint
from feeds.models import Detection, ParsedFeed
from feeds.schedule import next_due_after_failure, next_due_after_success
from feeds.storage import deliveries, stories
from feeds.storage import feeds as feed_store
from feeds.storage.db import write_transaction
from feeds.storage.entries import upsert_entries
from feeds.storage.servers import CycleRules, ServerRule
from feeds.stories import subject_of
from feeds.timeutil import to_db


@dataclass(frozen=True)
class IngestPolicy:
    interval: timedelta  # default poll interval (a feed's own interval wins)
    first_poll_cutoff: timedelta  # first poll of a new feed: older entries are stored, never alerted
    max_alert_age: timedelta  # entries older than this are never alerted
    max_failures: int


@dataclass(frozen=True)
class NewAnnouncement:
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
    feed_id: int
    new_entries: int = 0
    updated_entries: int = 0
    announcements: list[NewAnnouncement] = field(default_factory=list)
    keyword_matches: int = 0
    deliveries: int = 0
    edits: int = 0


def ingest_feed(
    db: Database,
    feed: feed_store.FeedRow,
    parsed: ParsedFeed,
    detections: dict[str, Detection],
    *,
    rules: CycleRules,
    keywords: KeywordMatcher,
    taxonomy: Taxonomy,
    policy: IngestPolicy,
    status: int,
    etag: str | None,
    last_modified: str | None,
    now: datetime,
    rng: random.Random,
) -> IngestReport:
    report = IngestReport(feed.id)
    interval = feed.interval or policy.interval
    first_poll = feed.first_polled_at is None
    with write_transaction(db):
        story_session = stories.StorySession(db)  # each story read once per feed, not per report
        for upserted in upsert_entries(db, feed.id, parsed.entries, now):
            entry = upserted.entry
            if upserted.status == "new":
                report.new_entries += 1
            else:
                report.updated_entries += 1
            too_old = entry.published < now - policy.max_alert_age
            held_back = first_poll and entry.published < now - policy.first_poll_cutoff
            alertable = not too_old and not held_back
            detection = detections.get(entry.guid)
            story_for_servers: int | None = None
            if detection is not None and detection.relevant:
                existing = stories.announcement_for_entry(db, upserted.id)
                if existing is None:
                    attachment = story_session.attach(
                        subject=subject_of(detection, taxonomy),
                        detection=detection,
                        entry_id=upserted.id,
                        published=entry.published,
                        official=feed.official,
                        now=now,
                        same_article_story=stories.story_for_link(db, entry.link, feed.id),
                    )
                    announcement_id = story_session.insert_announcement(
                        entry_id=upserted.id,
                        story_id=attachment.story_id,
                        detection=detection,
                        alertable=alertable,
                        now=now,
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
                    story_for_servers = attachment.story_id
                else:
                    # An edited article keeps its story; only its verdict is refreshed.
                    story_session.update_announcement(
                        announcement_id=existing[0],
                        entry_id=upserted.id,
                        story_id=existing[1],
                        detection=detection,
                        alertable=alertable,
                        now=now,
                    )
            if upserted.status != "new" or not alertable:
                continue
            hits = keywords.match(entry.title, entry.summary)
            alerted: set[int] = set()
            for rule in rules.seeing(feed.id):
                excluded = hits.exclude.get(rule.guild_id)
                if excluded or not rule.has_destination:
                    continue
                if story_for_servers is not None and detection is not None and _wants(rule, detection):
                    if deliveries.enqueue(
                        db,
                        guild_id=rule.guild_id,
                        channel_id=rule.channel_id,
                        kind="story",
                        story_id=story_for_servers,
                        dedup_key=deliveries.story_dedup_key(
                            story_for_servers, rule.guild_id, rule.channel_id
                        ),
                        now=now,
                    ):
                        report.deliveries += 1
                    elif deliveries.request_edit(db, story_for_servers, rule.guild_id, now):
                        report.edits += 1
                    alerted.add(rule.guild_id)
            for guild_id, terms in hits.include.items():
                server = rules.servers.get(guild_id)
                if (
                    server is None
                    or guild_id in alerted
                    or hits.exclude.get(guild_id)
                    or feed.id not in server.visible_feeds
                    or _keyword_matched_elsewhere(db, guild_id, entry.link, upserted.id)
                ):
                    continue
                cursor = db.conn.execute(
                    """INSERT INTO keyword_matches (guild_id, entry_id, term, created_at) VALUES (?, ?, ?, ?)
                       ON CONFLICT (guild_id, entry_id) DO NOTHING""",
                    [guild_id, upserted.id, terms[0], to_db(now)],
                )
                if not cursor.rowcount:
                    continue
                report.keyword_matches += 1
                if server.has_destination and deliveries.enqueue(
                    db,
                    guild_id=guild_id,
                    channel_id=server.channel_id,
                    kind="keyword",
                    keyword_match_id=int(cursor.lastrowid or 0),
                    dedup_key=f"keyword:{upserted.id}:{guild_id}:{deliveries.destination(server.channel_id)}",
                    now=now,
                ):
                    report.deliveries += 1
        failpoint("stored")
        feed_store.record_success(
            db,
            feed,
            now=now,
            next_due_at=next_due_after_success(now, interval, rng),
            status=status,
            etag=etag,
            last_modified=last_modified,
            title=parsed.title,
            site_url=parsed.site_url,
            lang=parsed.lang,
            warning=parsed.warning,
        )
    return report


def _keyword_matched_elsewhere(db: Database, guild_id: int, link: str | None, entry_id: int) -> bool:
    """The same article (canonical link) already matched this server's terms through another
    feed: one keyword alert per article, however many feeds carry it."""
    if not link:
        return False
    return (
        db.execute(
            """SELECT 1 FROM entries e JOIN keyword_matches k ON k.entry_id = e.id
               WHERE e.link = ? AND e.id != ? AND k.guild_id = ? LIMIT 1""",
            [link, entry_id, guild_id],
        ).fetchone()
        is not None
    )


def _wants(rule: ServerRule, detection: Detection) -> bool:
    return detection.score >= rule.min_score and rule.mutes(detection.vendors, detection.event) is None


def record_not_modified(
    db: Database,
    feed: feed_store.FeedRow,
    *,
    policy: IngestPolicy,
    status: int,
    now: datetime,
    rng: random.Random,
) -> None:
    """304: nothing to parse; only the bookkeeping moves."""
    with write_transaction(db):
        feed_store.record_success(
            db,
            feed,
            now=now,
            next_due_at=next_due_after_success(now, feed.interval or policy.interval, rng),
            status=status,
            etag=feed.etag,
            last_modified=feed.last_modified,
        )


def record_failure(
    db: Database,
    feed: feed_store.FeedRow,
    *,
    error: str,
    status: int | None,
    retry_after: timedelta | None,
    permanent: bool,
    rules: CycleRules,
    policy: IngestPolicy,
    now: datetime,
    rng: random.Random,
) -> bool:
    """Count the failure against the feed; when it gets disabled, queue one notice per server
    that sees it. Returns True when the feed was disabled."""
    with write_transaction(db):
        next_due = next_due_after_failure(
            now, feed.consecutive_failures + 1, feed.interval or policy.interval, rng, retry_after
        )
        disabled = feed_store.record_failure(
            db,
            feed,
            now=now,
            next_due_at=next_due,
            status=status,
            error=error,
            max_failures=policy.max_failures,
            permanent=permanent,
        )
        if disabled:
            reason = db.execute("SELECT disabled_reason FROM feeds WHERE id = ?", [feed.id]).fetchone()[0]
            for rule in rules.seeing(feed.id):
                if rule.notices_channel_id is None and rule.guild_id != 0:
                    continue
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
                        "feed": feed_store.label_for(db, feed.id, rule.guild_id),  # that server's name
                        "url": feed.url,
                        "reason": reason,
                    },
                )
    return disabled

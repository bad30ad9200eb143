"""The decisions of storing one feed's results, without the database: which entries may alert,
who a new entry alerts, who hears that a feed was disabled, and when the feed is due again.

:func:`feeds.storage.ingest.ingest_feed` stores the results in one transaction and asks
:class:`AlertRules` about each entry as it goes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from feeds.detect.grouping import events_of, subject_of
from feeds.detect.keywords import KeywordMatcher
from feeds.detect.taxonomy import Taxonomy
from feeds.fetch.schedule import next_due_after_failure, next_due_after_success
from feeds.models import Detection, ParsedEntry
from feeds.storage.feed_records import FeedRow
from feeds.storage.ingest import EntryAlerts, KeywordAlert, StoryTarget
from feeds.storage.servers import HEADLESS_GUILD, CycleRules, ServerRule


@dataclass(frozen=True)
class IngestPolicy:
    """The operator's poll interval, alert age limits and failures before a feed is disabled."""

    interval: timedelta  # default poll interval (a feed's own interval wins)
    first_poll_cutoff: timedelta  # first poll of a new feed: older entries are stored, never alerted
    max_alert_age: timedelta  # entries older than this are never alerted
    max_failures: int

    def interval_for(self, feed: FeedRow) -> timedelta:
        """The feed's own poll interval, else the default."""
        return feed.interval or self.interval

    def due_after_success(self, feed: FeedRow, now: datetime, rng: random.Random) -> datetime:
        """A fetch that worked (new content or a 304): due again after a jittered interval."""
        return next_due_after_success(now, self.interval_for(feed), rng)

    def due_after_failure(
        self, feed: FeedRow, now: datetime, rng: random.Random, retry_after: timedelta | None
    ) -> datetime:
        """One more failure in a row: backed off, and never sooner than Retry-After asked."""
        return next_due_after_failure(
            now, feed.consecutive_failures + 1, self.interval_for(feed), rng, retry_after
        )


@dataclass(frozen=True)
class AlertRules:
    """What one feed's entries alert, from the cycle's rules (an
    :class:`feeds.storage.ingest.Alerting`)."""

    feed: FeedRow
    rules: CycleRules
    keywords: KeywordMatcher
    taxonomy: Taxonomy
    policy: IngestPolicy
    now: datetime

    def alertable(self, entry: ParsedEntry) -> bool:
        """Too old, or on the feed's first poll older than the cut-off or undated (its age
        unknown, so backlog like the rest): stored, never alerted."""
        too_old = entry.published < self.now - self.policy.max_alert_age
        first_poll = self.feed.first_polled_at is None
        held_back = first_poll and (
            not entry.dated or entry.published < self.now - self.policy.first_poll_cutoff
        )
        return not too_old and not held_back

    def subject(self, detection: Detection) -> str:
        """The product family (or vendor) a story is grouped under."""
        return subject_of(detection, self.taxonomy)

    def alerts(self, entry: ParsedEntry, story: Detection | None) -> EntryAlerts:
        """The servers that want the story (not excluding the entry by a watched term, with a
        destination, above their minimum score, not muting it): those that accept the entry's
        language may be alerted by it, the others only have an alert they already got edited
        (a story alerts a server once a report in one of its languages arrives, and once).
        Then those whose watched terms the entry matched, in one of their languages, and that
        do not get the story already."""
        hits = self.keywords.match(entry.title, entry.summary)
        wanting = [
            rule
            for rule in self.rules.seeing(self.feed.id)
            if not hits.exclude.get(rule.guild_id)
            and rule.has_destination
            and story is not None
            and _wants(rule, story)
        ]
        stories = [
            target
            for rule in wanting
            if rule.accepts(entry.lang)
            for target in story_targets(rule, entry, story)
        ]
        edits = [rule for rule in wanting if not rule.accepts(entry.lang)]
        alerted = {rule.guild_id for rule in wanting}
        keywords = [
            KeywordAlert(server, terms[0])
            for guild_id, terms in hits.include.items()
            if (server := self.rules.servers.get(guild_id)) is not None
            and guild_id not in alerted
            and not hits.exclude.get(guild_id)
            and self.feed.id in server.visible_feeds
            and server.accepts(entry.lang)
        ]
        return EntryAlerts(stories=stories, keywords=keywords, edits=edits)


def story_targets(rule: ServerRule, entry: ParsedEntry, story: Detection | None) -> list[StoryTarget]:
    """Where a server's alert for this entry goes: every route whose filters match it (once
    per channel), else its alert channel, the default route."""
    if story is None:
        return []
    events = list(events_of(story))
    targets: dict[int | None, StoryTarget] = {}
    for route in rule.routes:
        if route.channel_id not in targets and route.matches(
            vendors=story.vendors, products=story.products, events=events, lang=entry.lang, score=story.score
        ):
            targets[route.channel_id] = StoryTarget(
                rule.guild_id, route.channel_id, route.id, route.how, route.ping_role_id
            )
    if not targets and (rule.channel_id is not None or rule.guild_id == HEADLESS_GUILD):
        targets[rule.channel_id] = StoryTarget(rule.guild_id, rule.channel_id)
    return list(targets.values())


def _wants(rule: ServerRule, detection: Detection) -> bool:
    return detection.score >= rule.min_score and rule.mutes(detection.vendors, detection.event) is None


def disabled_notice_recipients(rules: CycleRules, feed_id: int) -> list[ServerRule]:
    """The servers told when the feed gets disabled: those that see it and have a channel for
    notices (the headless webhook always does)."""
    return [
        rule
        for rule in rules.seeing(feed_id)
        if rule.notices_channel_id is not None or rule.guild_id == HEADLESS_GUILD
    ]

"""Digests: when they fire, which period they cover, and what they say.

Timing is pure: :func:`next_fire`, :func:`previous_fire` and :func:`period_ending` take an
instant and a schedule and work on wall-clock time in the server's IANA time zone, so
"daily at 09:00 Europe/Paris" stays at 09:00 across daylight-saving changes (that day is 23
or 25 hours long). A 02:30 that does not exist (spring-forward gap) fires at the first valid
minute after it; a 02:30 that happens twice (autumn fold) fires once, at the first.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlite_utils import Database

from feeds.detect.keywords import KeywordMatcher, WatchTerm
from feeds.errors import InputError
from feeds.storage.visibility import feed_label_sql, visible_feeds_sql
from feeds.timeutil import from_db, to_db

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
GRACE = timedelta(hours=6)  # a digest missed while the bot was down is still sent this late
# Order within a vendor: the events that change what people can do come first.
EVENT_WEIGHT = {"launch": 6, "delay": 5, "shutdown": 4, "availability": 3, "waitlist": 2, "pricing": 1}
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class DigestSchedule:
    frequency: Literal["daily", "weekly"]
    at: time
    tz: str
    weekday: int | None = None  # 0 = Monday; weekly only

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    def describe(self) -> str:
        day = f" {WEEKDAYS[self.weekday]}" if self.frequency == "weekly" and self.weekday is not None else ""
        return f"{self.frequency}{day} {self.at.strftime('%H:%M')} {self.tz}"


def make_schedule(frequency: str, at: str, tz: str, weekday: str | int | None = None) -> DigestSchedule:
    """Validate admin input; InputError says what is wrong in one line."""
    frequency = frequency.strip().lower()
    if frequency not in ("daily", "weekly"):
        raise InputError("frequency must be daily or weekly", code="frequency_invalid")
    match = _TIME.match(at.strip())
    if not match:
        raise InputError(
            "time must be HH:MM on a 24-hour clock, e.g. 09:00 (got {value!r})", code="time_invalid", value=at
        )
    zone = valid_timezone(tz)
    day: int | None = None
    if frequency == "weekly":
        if weekday is None or weekday == "":
            raise InputError("a weekly digest needs a weekday (mon … sun)", code="weekday_missing")
        day = weekday if isinstance(weekday, int) else parse_weekday(weekday)
    return DigestSchedule(frequency, time(int(match.group(1)), int(match.group(2))), zone, day)  # type: ignore[arg-type]


def parse_weekday(value: str) -> int:
    key = value.strip().lower()[:3]
    if key not in WEEKDAYS:
        raise InputError(
            "unknown weekday {value!r}; use one of {accepted}",
            code="weekday_unknown",
            value=value,
            accepted=", ".join(WEEKDAYS),
        )
    return WEEKDAYS.index(key)


def valid_timezone(tz: str) -> str:
    name = tz.strip()
    if name.upper() == "UTC":
        return "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "Europe" is a directory
        raise InputError(
            "unknown time zone {value!r}; use an IANA name such as Europe/Paris",
            code="timezone_unknown",
            value=tz,
        ) from None
    return name


def parse_digest_setting(text: str) -> DigestSchedule | None:
    """VIDRADAR_DIGEST: ``daily 09:00 Europe/Paris``, ``weekly mon 09:00 UTC`` or ``off``."""
    words = text.split()
    if not words or words[0].lower() == "off":
        return None
    if words[0].lower() == "daily" and len(words) == 3:
        return make_schedule("daily", words[1], words[2])
    if words[0].lower() == "weekly" and len(words) == 4:
        return make_schedule("weekly", words[2], words[3], words[1])
    raise InputError(f"{text!r} must look like 'daily 09:00 Europe/Paris', 'weekly mon 09:00 UTC' or 'off'")


# -- timing (pure) ----------------------------------------------------------------------------


def _fire_on(schedule: DigestSchedule, day: date) -> datetime:
    """The UTC instant of the schedule's wall-clock time on a local calendar day."""
    zone = schedule.zone
    wall = datetime.combine(day, schedule.at)
    for _minute in range(24 * 60):
        local = wall.replace(tzinfo=zone)  # fold=0: the first of two ambiguous times
        if local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall:
            return local.astimezone(UTC)
        wall += timedelta(minutes=1)  # inside a spring-forward gap: the first valid minute
    raise AssertionError("no valid local time in a whole day")  # pragma: no cover


def _fires(schedule: DigestSchedule, day: date) -> bool:
    return schedule.frequency == "daily" or day.weekday() == schedule.weekday


def next_fire(schedule: DigestSchedule, after: datetime) -> datetime:
    """The first fire instant strictly after ``after`` (UTC in, UTC out)."""
    day = after.astimezone(schedule.zone).date() - timedelta(days=1)
    for _ in range(10):
        if _fires(schedule, day):
            fire = _fire_on(schedule, day)
            if fire > after:
                return fire
        day += timedelta(days=1)
    raise AssertionError("no fire time within ten days")  # pragma: no cover


def previous_fire(schedule: DigestSchedule, at_or_before: datetime) -> datetime:
    """The last fire instant at or before ``at_or_before``."""
    day = at_or_before.astimezone(schedule.zone).date() + timedelta(days=1)
    for _ in range(10):
        if _fires(schedule, day):
            fire = _fire_on(schedule, day)
            if fire <= at_or_before:
                return fire
        day -= timedelta(days=1)
    raise AssertionError("no fire time within ten days")  # pragma: no cover


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime  # the fire instant

    @property
    def key(self) -> str:
        """Unique per server: the instant the period ends. Moving a schedule gives new keys;
        the same fire instant (a retry, a restart) gives the same key."""
        return to_db(self.end)


def period_ending(schedule: DigestSchedule, fire: datetime, last_sent: datetime | None = None) -> Period:
    """The period a digest firing at ``fire`` covers: from the previous fire time up to it —
    or from the end of the last digest sent when that is later (the schedule was moved), so
    no story is in two digests."""
    start = previous_fire(schedule, fire - timedelta(seconds=1))
    if last_sent is not None and start < last_sent < fire:
        start = last_sent
    return Period(start=start, end=fire)


def already_sent(period: Period, last_sent: datetime | None) -> bool:
    """A digest already went out for this period or a later one: never send it (again)."""
    return last_sent is not None and period.end <= last_sent


def last_sent_end(value: str | None, schedule: DigestSchedule) -> datetime | None:
    """The end of the last digest sent, from ``servers.last_digest_period``: an instant, or an
    older ``frequency:local-day`` key (read as that day's fire time on this schedule)."""
    if not value:
        return None
    _frequency, sep, day = value.partition(":")
    if sep and len(day) == 10 and not value[:4].isdigit():
        try:
            return _fire_on(schedule, date.fromisoformat(day))
        except ValueError:
            return None
    try:
        return from_db(value)
    except ValueError:
        return None


def missed_fire(schedule: DigestSchedule, now: datetime, grace: timedelta = GRACE) -> datetime | None:
    """The last fire time if it was less than ``grace`` ago (a digest to send at start-up)."""
    fire = previous_fire(schedule, now)
    return fire if now - fire <= grace else None


# -- content --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DigestStory:
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
    term: str
    title: str
    link: str | None
    feed: str
    published: datetime


@dataclass
class Digest:
    guild_id: int
    start: datetime
    end: datetime
    stories: list[DigestStory] = field(default_factory=list)
    keyword_matches: list[KeywordItem] = field(default_factory=list)

    @property
    def quiet(self) -> bool:
        return not self.stories and not self.keyword_matches

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(s.event for s in self.stories)
        return {event: counted[event] for event in EVENT_WEIGHT if counted[event]}

    def groups(self) -> list[tuple[str, list[tuple[str, list[DigestStory]]]]]:
        """[(vendor, [(event, stories most important first)])], vendors by their best story."""
        by_vendor: dict[str, dict[str, list[DigestStory]]] = {}
        for story in self.stories:
            vendor = story.vendors[0] if story.vendors else "other"
            by_vendor.setdefault(vendor, {}).setdefault(story.event, []).append(story)
        ordered = []
        for vendor, events in by_vendor.items():
            event_groups = [
                (event, sorted(items, key=lambda s: s.importance, reverse=True))
                for event, items in sorted(events.items(), key=lambda kv: -EVENT_WEIGHT.get(kv[0], 0))
            ]
            best = max(s.importance for _, items in event_groups for s in items)
            ordered.append((best, vendor, event_groups))
        ordered.sort(key=lambda item: (item[0], -len(item[1])), reverse=True)
        return [(vendor, groups) for _, vendor, groups in ordered]


def build_digest(db: Database, guild_id: int, start: datetime, end: datetime) -> Digest:
    """The period's stories as this server sees them, after its rules (minimum score, mutes,
    exclude terms), plus its keyword matches."""
    server = db.execute("SELECT min_score FROM servers WHERE guild_id = ?", [guild_id]).fetchone()
    min_score = server[0] if server else 0.5
    mutes = db.execute("SELECT target, kind FROM server_mutes WHERE guild_id = ?", [guild_id]).fetchall()
    muted = {target for target, _kind in mutes}
    excludes = [
        WatchTerm(guild_id, r[0], "exclude")
        for r in db.execute(
            "SELECT term FROM server_watch_terms WHERE guild_id = ? AND mode = 'exclude'", [guild_id]
        )
    ]
    exclude = KeywordMatcher(excludes)
    rows = db.query(
        f"""SELECT s.key, s.event, s.vendors, s.products, s.score, s.official, s.first_published_at,
                   e.title, e.summary, e.link, {feed_label_sql()} AS feed,
                   (SELECT count(DISTINCT e2.feed_id) FROM announcements a2 JOIN entries e2 ON e2.id = a2.entry_id
                     WHERE a2.story_id = s.id AND e2.feed_id IN ({visible_feeds_sql()})) AS outlets
            FROM stories s
            JOIN announcements a ON a.id = (
                SELECT a1.id FROM announcements a1 JOIN entries e1 ON e1.id = a1.entry_id
                WHERE a1.story_id = s.id AND e1.feed_id IN ({visible_feeds_sql()})
                ORDER BY e1.published_at, a1.id LIMIT 1)
            JOIN entries e ON e.id = a.entry_id JOIN feeds f ON f.id = e.feed_id
            WHERE s.first_published_at >= :start AND s.first_published_at < :end AND s.score >= :min
            ORDER BY s.first_published_at""",
        {"guild": guild_id, "start": to_db(start), "end": to_db(end), "min": min_score},
    )
    digest = Digest(guild_id, start, end)
    for row in rows:
        vendors = json.loads(row["vendors"])
        if row["event"] in muted or muted.intersection(vendors):
            continue
        if exclude.size and exclude.match(row["title"], row["summary"]).exclude:
            continue
        digest.stories.append(
            DigestStory(
                key=row["key"],
                event=row["event"],
                vendors=vendors,
                products=json.loads(row["products"]),
                title=row["title"],
                link=row["link"],
                feed=row["feed"],
                official=bool(row["official"]),
                outlets=row["outlets"],
                score=row["score"],
                published=from_db(row["first_published_at"]),
            )
        )
    for row in db.query(
        f"""SELECT k.term, e.title, e.summary, e.link, e.published_at, {feed_label_sql()} AS feed
            FROM keyword_matches k JOIN entries e ON e.id = k.entry_id JOIN feeds f ON f.id = e.feed_id
            WHERE k.guild_id = :guild AND e.published_at >= :start AND e.published_at < :end
              AND e.feed_id IN ({visible_feeds_sql()})
            ORDER BY e.published_at""",
        {"guild": guild_id, "start": to_db(start), "end": to_db(end)},
    ):
        if exclude.size and exclude.match(row["title"], row["summary"]).exclude:
            continue
        digest.keyword_matches.append(
            KeywordItem(row["term"], row["title"], row["link"], row["feed"], from_db(row["published_at"]))
        )
    return digest


def digest_text(digest: Digest) -> str:
    """Plain text for the terminal (``vidradar digest``)."""
    span = f"{digest.start.strftime('%Y-%m-%d %H:%M')} → {digest.end.strftime('%Y-%m-%d %H:%M')} UTC"
    if digest.quiet:
        return f"Quiet period: no AI-video announcements ({span}).\n"
    counts = " · ".join(f"{n} {event}" for event, n in digest.counts.items()) or "no announcements"
    lines = [f"vidradar digest, {span}", counts, ""]
    for vendor, events in digest.groups():
        lines.append(f"== {vendor} ==")
        for event, stories in events:
            for story in stories:
                extra = f", +{story.outlets - 1} outlets" if story.outlets > 1 else ""
                official = ", official" if story.official else ""
                lines.append(
                    f"  [{event}] {story.title} ({story.feed}{official}{extra}) {story.link or ''}".rstrip()
                )
        lines.append("")
    if digest.keyword_matches:
        lines.append("== keyword matches ==")
        for item in digest.keyword_matches:
            lines.append(f"  “{item.term}”: {item.title} ({item.feed}) {item.link or ''}".rstrip())
    return "\n".join(lines).rstrip() + "\n"

"""Digests: when they fire, which period they cover, and their plain-text form. What a digest
says is read from the database (:func:`feeds.storage.digests.build_digest`).

Timing is pure: :func:`next_fire`, :func:`previous_fire` and :func:`period_ending` take an
instant and a schedule and work on wall-clock time in the server's IANA time zone, so
"daily at 09:00 Europe/Paris" stays at 09:00 across daylight-saving changes (that day is 23
or 25 hours long). A 02:30 that does not exist (spring-forward gap) fires at the first valid
minute after it; a 02:30 that happens twice (autumn fold) fires once, at the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from feeds.errors import InputError
from feeds.storage.digests import Digest
from feeds.timeutil import from_db, to_db

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
GRACE = timedelta(hours=6)  # a digest missed while the bot was down is still sent this late
# After missed digests, the next one covers everything since the last one sent, this far back at most
# (an admin who turned digests off for a month does not want a month in one digest).
CATCH_UP = timedelta(days=14)
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class DigestSchedule:
    """When a server's digest fires: daily, or weekly on ``weekday``, at ``at`` wall-clock time in
    the IANA zone ``tz``."""

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
    elif weekday is not None and weekday != "":
        raise InputError(
            "a daily digest takes no weekday (choose weekly for one a week)", code="weekday_daily"
        )
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
    """The time one digest covers, up to the instant it fires (UTC)."""

    start: datetime
    end: datetime  # the fire instant

    @property
    def key(self) -> str:
        """Unique per server: the instant the period ends. Moving a schedule gives new keys;
        the same fire instant (a retry, a restart) gives the same key."""
        return to_db(self.end)


def period_ending(schedule: DigestSchedule, fire: datetime, last_sent: datetime | None = None) -> Period:
    """The period a digest firing at ``fire`` covers: from the end of the last digest sent, so
    no story is in two digests (the schedule was moved later) nor in none (digests were missed
    while the bot was down, or the schedule was moved earlier), but from at most
    :data:`CATCH_UP` back unless the schedule's own period is longer; with no digest sent yet,
    from the previous fire time."""
    start = previous_fire(schedule, fire - timedelta(seconds=1))
    if last_sent is not None and last_sent < fire:
        start = max(last_sent, min(start, fire - CATCH_UP))
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


# -- text -----------------------------------------------------------------------------------


def digest_text(digest: Digest) -> str:
    """Plain text for the terminal (``vidradar digest``): the groups and order of the digest
    Discord shows (:func:`feeds.service.render.digest_groups`)."""
    from feeds.service.render import digest_groups  # Babel: only when a digest is printed

    span = f"{digest.start.strftime('%Y-%m-%d %H:%M')} → {digest.end.strftime('%Y-%m-%d %H:%M')} UTC"
    if digest.quiet:
        return f"Quiet period: no AI-video announcements ({span}).\n"
    counts = " · ".join(f"{n} {event}" for event, n in digest.counts.items()) or "no announcements"
    lines = [f"vidradar digest, {span}", counts, ""]
    for name, stories in digest_groups(digest):
        lines.append(f"== {name} ==")
        for story in stories:
            others = story.outlets - 1
            extra = f", +{others} outlet{'s' if others > 1 else ''}" if others else ""
            official = ", official" if story.official else ""
            lines.append(
                f"  [{story.event}] {story.title} ({story.feed}{official}{extra}) {story.link or ''}".rstrip()
            )
        lines.append("")
    if digest.keyword_matches:
        lines.append("== keyword matches ==")
        for item in digest.keyword_matches:
            lines.append(f"  “{item.term}”: {item.title} ({item.feed}) {item.link or ''}".rstrip())
    return "\n".join(lines).rstrip() + "\n"

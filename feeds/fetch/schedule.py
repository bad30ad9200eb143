"""Pure timing rules for polling: due times, jitter, backoff, Retry-After.

Every function takes ``now`` (and a ``random.Random`` where jitter applies) so tests can
check them without sleeping or patching the clock.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

from feeds.timeutil import as_utc

JITTER = 0.10  # +-10 % so feeds added together drift apart instead of firing together
MAX_BACKOFF = timedelta(hours=24)
MAX_RETRY_AFTER = timedelta(days=7)


def is_due(next_due_at: datetime | None, now: datetime) -> bool:
    """A feed never polled (no due time) is due at once."""
    return next_due_at is None or next_due_at <= now


def latest_due(now: datetime, interval: timedelta) -> datetime:
    """The furthest ahead of ``now`` a due time can legitimately be: a full backoff or
    Retry-After, or a jittered interval. A due time past it was set while the clock ran ahead
    (a forward jump since corrected) and would stop the feed until that date."""
    return now + max(MAX_RETRY_AFTER, MAX_BACKOFF * 1.25, interval * (1 + JITTER)) + timedelta(minutes=1)


def jittered(interval: timedelta, rng: random.Random, fraction: float = JITTER) -> timedelta:
    return interval * rng.uniform(1 - fraction, 1 + fraction)


def next_due_after_success(now: datetime, interval: timedelta, rng: random.Random) -> datetime:
    return now + jittered(interval, rng)


def backoff_delay(failures: int, interval: timedelta, rng: random.Random) -> timedelta:
    """Exponential in consecutive failures (interval, 2x, 4x ...), capped at 24 h, jittered."""
    exponent = max(0, min(failures - 1, 16))
    delay = min(interval * (2**exponent), MAX_BACKOFF)
    return max(interval, jittered(delay, rng, 0.2))


def next_due_after_failure(
    now: datetime,
    failures: int,
    interval: timedelta,
    rng: random.Random,
    retry_after: timedelta | None = None,
) -> datetime:
    """Backoff, but never sooner than the server's Retry-After asked for."""
    delay = backoff_delay(failures, interval, rng)
    if retry_after is not None:
        delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
    return now + delay


def parse_retry_after(value: str | None, now: datetime) -> timedelta | None:
    """Retry-After as delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # "²" is a digit to isdigit(), not to int()
        if len(value) > 9:  # past a week anyway, and int() refuses more than 4,300 digits
            return MAX_RETRY_AFTER
        return timedelta(seconds=min(int(value), int(MAX_RETRY_AFTER.total_seconds())))
    try:
        when = as_utc(parsedate_to_datetime(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(when - now, timedelta(0)), MAX_RETRY_AFTER)

"""Pure timing rules: feed due times and backoff; digest fire times and periods across DST and
time zones — checked with explicit instants, no sleeping and no clock patching."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from feeds.errors import InputError
from feeds.fetch.schedule import (
    MAX_BACKOFF,
    backoff_delay,
    is_due,
    next_due_after_failure,
    next_due_after_success,
    parse_retry_after,
)
from feeds.service.digest_plan import (
    already_sent,
    last_sent_end,
    make_schedule,
    missed_fire,
    next_fire,
    parse_digest_setting,
    period_ending,
    previous_fire,
)

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local(when: datetime, tz: str) -> str:
    return when.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M %Z")


# -- feeds -----------------------------------------------------------------------------------


def test_is_due() -> None:
    assert is_due(None, NOW)
    assert is_due(NOW, NOW) and is_due(NOW - timedelta(seconds=1), NOW)
    assert not is_due(NOW + timedelta(seconds=1), NOW)


def test_success_schedules_the_interval_with_jitter() -> None:
    rng = random.Random(1)
    times = [next_due_after_success(NOW, timedelta(minutes=15), rng) for _ in range(200)]
    deltas = [t - NOW for t in times]
    assert min(deltas) >= timedelta(minutes=13, seconds=30) and max(deltas) <= timedelta(
        minutes=16, seconds=30
    )
    assert len(set(deltas)) > 150  # jitter spreads feeds that were added together


def test_backoff_grows_exponentially_and_is_capped() -> None:
    rng = random.Random(2)
    interval = timedelta(minutes=15)
    delays = [backoff_delay(n, interval, rng) for n in range(1, 12)]
    assert delays[0] >= interval
    assert delays[3] > delays[1] > delays[0]
    assert all(d <= MAX_BACKOFF * 1.2 for d in delays)
    assert delays[-1] >= MAX_BACKOFF * 0.8


def test_retry_after_pushes_past_backoff() -> None:
    rng = random.Random(3)
    due = next_due_after_failure(NOW, 1, timedelta(minutes=15), rng, retry_after=timedelta(hours=3))
    assert due >= NOW + timedelta(hours=3)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", timedelta(minutes=2)),
        ("Tue, 24 Nov 2026 13:00:00 GMT", timedelta(hours=1)),
        ("Tue, 24 Nov 2026 11:00:00 GMT", timedelta(0)),
        ("soon", None),
        ("", None),
        (None, None),
        ("99999999", timedelta(days=7)),
        ("9" * 30, timedelta(days=7)),  # past what a timedelta holds: the cap, not OverflowError
        ("9" * 5000, timedelta(days=7)),  # past what int() reads
        ("\u00b2", None),  # a digit to str.isdigit(), not a number of seconds
    ],
)
def test_parse_retry_after(value, expected) -> None:
    assert parse_retry_after(value, NOW) == expected


# -- digests ---------------------------------------------------------------------------------


def test_daily_stays_at_local_time_across_spring_forward() -> None:
    paris = make_schedule("daily", "09:00", "Europe/Paris")
    before = next_fire(paris, utc(2026, 3, 28, 8, 30))
    after = next_fire(paris, before)
    assert local(before, "Europe/Paris") == "2026-03-29 09:00 CEST"
    assert after - before == timedelta(hours=24)
    assert next_fire(paris, utc(2026, 3, 27, 12, 0)) == utc(2026, 3, 28, 8, 0)  # 09:00 CET
    period = period_ending(paris, before)
    assert period.end - period.start == timedelta(hours=23)  # the short day
    assert period.key == "2026-03-29T07:00:00Z"  # keyed by the fire instant


def test_daily_across_fall_back_has_a_25_hour_period() -> None:
    paris = make_schedule("daily", "09:00", "Europe/Paris")
    fire = next_fire(paris, utc(2026, 10, 24, 12, 0))
    assert local(fire, "Europe/Paris") == "2026-10-25 09:00 CET"
    period = period_ending(paris, fire)
    assert period.end - period.start == timedelta(hours=25)


def test_a_time_in_the_spring_gap_fires_at_the_first_valid_minute() -> None:
    schedule = make_schedule("daily", "02:30", "Europe/Paris")
    fire = next_fire(schedule, utc(2026, 3, 29, 0, 0))
    assert local(fire, "Europe/Paris") == "2026-03-29 03:00 CEST"


def test_a_time_in_the_autumn_fold_fires_once() -> None:
    schedule = make_schedule("daily", "02:30", "Europe/Paris")
    first = next_fire(schedule, utc(2026, 10, 25, 0, 0))
    assert local(first, "Europe/Paris") == "2026-10-25 02:30 CEST"
    second = next_fire(schedule, first)
    assert local(second, "Europe/Paris") == "2026-10-26 02:30 CET"


@pytest.mark.parametrize(
    ("tz", "after", "expected"),
    [
        (
            "America/New_York",
            utc(2026, 3, 8, 12, 0),
            "2026-03-08 09:00 EDT",
        ),  # US DST began at 02:00 that day
        ("Australia/Sydney", utc(2026, 4, 4, 12, 0), "2026-04-05 09:00 AEST"),  # southern hemisphere ends DST
        ("Asia/Kolkata", utc(2026, 11, 24, 4, 0), "2026-11-25 09:00 IST"),  # +05:30, no DST
        ("UTC", utc(2026, 11, 24, 8, 59), "2026-11-24 09:00 UTC"),
    ],
)
def test_other_time_zones(tz, after, expected) -> None:
    assert local(next_fire(make_schedule("daily", "09:00", tz), after), tz) == expected


def test_weekly_fires_on_its_weekday() -> None:
    monday = make_schedule("weekly", "09:00", "Europe/Paris", "mon")
    fire = next_fire(monday, utc(2026, 11, 24, 12, 0))  # a Tuesday
    assert local(fire, "Europe/Paris") == "2026-11-30 09:00 CET"
    period = period_ending(monday, fire)
    assert period.end - period.start == timedelta(days=7)
    assert period.key == "2026-11-30T08:00:00Z"
    assert previous_fire(monday, fire) == fire
    assert previous_fire(monday, fire - timedelta(seconds=1)) == fire - timedelta(days=7)


def test_moving_a_daily_digest_later_the_same_day_still_sends_the_later_one() -> None:
    morning = make_schedule("daily", "09:00", "UTC")
    sent = period_ending(morning, utc(2026, 11, 24, 9, 0))  # the 09:00 digest went out
    evening = make_schedule("daily", "18:00", "UTC")  # then an admin moved it to 18:00
    last = last_sent_end(sent.key, evening)
    period = period_ending(evening, utc(2026, 11, 24, 18, 0), last)
    assert not already_sent(period, last) and period.key != sent.key
    assert (period.start, period.end) == (utc(2026, 11, 24, 9, 0), utc(2026, 11, 24, 18, 0))  # no overlap
    assert period_ending(evening, utc(2026, 11, 25, 18, 0), period.end).start == utc(2026, 11, 24, 18, 0)


def test_moving_a_digest_earlier_never_sends_a_period_twice() -> None:
    evening = make_schedule("daily", "18:00", "UTC")
    sent = period_ending(evening, utc(2026, 11, 24, 18, 0))
    morning = make_schedule("daily", "09:00", "UTC")  # moved to 09:00 at 20:00, then a restart
    last = last_sent_end(sent.key, morning)
    missed = missed_fire(morning, utc(2026, 11, 24, 20, 30), timedelta(hours=12))
    assert missed == utc(2026, 11, 24, 9, 0)
    assert already_sent(period_ending(morning, missed, last), last)  # covered by the 18:00 one
    tomorrow = period_ending(morning, utc(2026, 11, 25, 9, 0), last)
    assert not already_sent(tomorrow, last) and tomorrow.start == utc(2026, 11, 24, 18, 0)


def test_digests_missed_while_the_bot_was_down_are_covered_by_the_next_one() -> None:
    """The bot was down through the 09:00 digest and for more than the grace after it: the
    next digest covers everything since the last one sent, not just its own day, and at most
    two weeks back."""
    daily = make_schedule("daily", "09:00", "UTC")
    last = utc(2026, 3, 1, 9, 0)
    period = period_ending(daily, utc(2026, 3, 3, 9, 0), last)
    assert (period.start, period.end) == (last, utc(2026, 3, 3, 9, 0)) and not already_sent(period, last)
    weekly = make_schedule("weekly", "09:00", "UTC", "mon")  # a daily digest made weekly
    monday = utc(2026, 3, 9, 9, 0)
    assert period_ending(weekly, monday, utc(2026, 3, 7, 9, 0)).start == utc(2026, 3, 7, 9, 0)
    assert period_ending(weekly, monday, utc(2026, 2, 27, 9, 0)).start == utc(2026, 2, 27, 9, 0)
    assert period_ending(daily, monday, utc(2026, 1, 1, 9, 0)).start == monday - timedelta(days=14)


def test_the_same_period_is_never_sent_twice() -> None:
    daily = make_schedule("daily", "09:00", "Europe/Paris")
    fire = utc(2026, 11, 24, 8, 0)
    first = period_ending(daily, fire)
    assert not already_sent(first, None)
    last = last_sent_end(first.key, daily)
    assert last == fire
    again = period_ending(daily, fire, last)  # the job ran again, or a restart within the grace
    assert again.key == first.key and already_sent(again, last)
    assert already_sent(period_ending(daily, fire - timedelta(days=1), last), last)  # older periods too


def test_a_legacy_day_key_reads_as_that_days_fire_time() -> None:
    daily = make_schedule("daily", "09:00", "Europe/Paris")
    assert last_sent_end("daily:2026-11-24", daily) == utc(2026, 11, 24, 8, 0)
    assert last_sent_end(None, daily) is None and last_sent_end("garbage", daily) is None


def test_missed_fire_within_grace_only() -> None:
    daily = make_schedule("daily", "09:00", "UTC")
    assert missed_fire(daily, utc(2026, 11, 24, 10, 0)) == utc(2026, 11, 24, 9, 0)
    assert missed_fire(daily, utc(2026, 11, 24, 20, 0)) is None


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("hourly", "09:00", "UTC"), "daily or weekly"),
        (("daily", "25:00", "UTC"), "HH:MM"),
        (("daily", "9h", "UTC"), "HH:MM"),
        (("daily", "09:00", "Mars/Olympus_Mons"), "unknown time zone"),
        (("weekly", "09:00", "UTC"), "needs a weekday"),
        (("weekly", "09:00", "UTC", "someday"), "unknown weekday"),
    ],
)
def test_schedule_validation(args, needle) -> None:
    with pytest.raises(InputError, match=needle):
        make_schedule(*args)


def test_digest_setting_syntax() -> None:
    assert parse_digest_setting("off") is None
    assert parse_digest_setting("daily 09:00 Europe/Paris").describe() == "daily 09:00 Europe/Paris"
    assert parse_digest_setting("weekly mon 09:00 UTC").describe() == "weekly mon 09:00 UTC"
    with pytest.raises(InputError):
        parse_digest_setting("sometimes")

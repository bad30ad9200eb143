"""Inputs an adversarial review used against the running bot: a character reference with no
UTF-8 form, terminal and bidi control characters in feed text, durations that overflow, a time
zone name that is a directory, a damaged database file and a full disk. Each ends in kept
data and one clear line, never a lost feed or "internal error"."""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from bot.cli.textui import format_table
from feeds.durations import parse_duration
from feeds.errors import DatabaseDamaged, InputError
from feeds.parse.normalize import html_to_text
from feeds.parse.reference import parse_feed
from feeds.service.digest_plan import valid_timezone
from feeds.service.render import escape
from feeds.storage import feed_records as feed_store
from feeds.storage.db import open_database
from feeds.storage.entries import upsert_entries
from feeds.storage.store import Store
from feeds.timeutil import to_db
from tests.conftest import NOW
from tests.feedserver import rss
from tests.helpers import entry, spec, wait_for
from tests.test_cli import assert_one_line_error, run
from tests.test_poller import ANNOUNCEMENT, DISTRACTOR, Clock, add, feed_row, item, make_poller, scalar

FETCHED = datetime(2026, 11, 24, tzinfo=UTC)
TERMINAL_CONTROLS = "\x1b\x07\x00\x08\x7f\x85\x9b"


def _rss_with_titles(*titles: str) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>https://news.example/{n}</link><guid>g{n}</guid></item>"
        for n, title in enumerate(titles)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()
    )


# -- one entry never sinks its feed ---------------------------------------------------------------


@pytest.mark.parametrize("reference", ["&#xD800;", "&#xdfff;", "&#55296;", "&#x110000;", "&#99999999;"])
@pytest.mark.parametrize("parser", ["auto", "feedparser"])
def test_a_reference_to_a_code_point_without_utf8_form_keeps_every_entry(reference: str, parser) -> None:
    body = _rss_with_titles(f"Broken {reference} title", "A good title", "Another good one")
    parsed = parse_feed(body, url="https://a.example/feed", fetched_at=FETCHED, parser=parser)
    assert [e.title for e in parsed.entries] == ["Broken \ufffd title", "A good title", "Another good one"]
    for text in (e.title for e in parsed.entries):
        text.encode("utf-8")  # storable: no lone surrogate left


async def test_a_feed_with_one_unencodable_entry_stores_its_good_entries_through_the_workers(
    feed_server, server_settings, store, parse_workers
) -> None:
    good = rss([ANNOUNCEMENT, DISTRACTOR]).replace(b"</channel>", b"")
    bad_item = b"<item><title>Bad &#xD800; item</title><link>https://news.example/bad</link></item>"
    url = feed_server.set_feed("surrogate", good + bad_item + b"</channel></rss>")
    feed_id = await add(store, url)
    report = await make_poller(server_settings, store, executor=parse_workers).run_cycle(force=True)
    assert [o.status for o in report.outcomes] == ["ok"]
    assert (await feed_row(store, feed_id)).consecutive_failures == 0
    assert await scalar(store, "SELECT count(*) FROM entries WHERE feed_id = ?", feed_id) == 3
    assert [a.title for a in report.announcements] == [ANNOUNCEMENT["title"]]


def test_entries_that_fail_to_normalise_are_skipped_and_counted() -> None:
    # Raw entries as either parser hands them over; a title that is not text cannot be normalised.
    from feeds.parse import reference as parse_module

    raw = [
        {"title": ["not", "text"], "link": "https://a.example/1"},
        {"title": "Fine", "link": "https://a.example/2"},
    ]
    parsed = parse_module._build(raw, {}, None, "https://a.example/feed", FETCHED, "en")
    assert [e.title for e in parsed.entries] == ["Fine"]
    assert parsed.skipped_entries == 1 and "1 malformed entry skipped" in (parsed.warning or "")


# -- control and invisible characters -------------------------------------------------------------


def test_control_characters_are_dropped_at_normalisation() -> None:
    text = html_to_text(f"Sora{TERMINAL_CONTROLS}[2J launches\tnow\n")
    assert text == "Sora [2J launches now"  # NEL (U+0085) is a line break: a space
    marked_up = html_to_text("<p>Veo \x1b]0;owned\x07 arrives</p>")
    assert marked_up == "Veo ]0;owned arrives"
    assert all(ch.isprintable() for ch in text + marked_up)


async def test_search_prints_feed_text_inert_even_for_rows_stored_before(feed_server, tmp_path) -> None:
    db_path = tmp_path / "v.db"
    db = open_database(db_path)
    feed, _ = feed_store.add_feed(db, spec("https://a.example/feed", name="Feed\x1b[31m"), NOW)
    # A row as an older vidradar stored it, control characters and all.
    upsert_entries(
        db, feed.id, [entry("old", f"Sora news {TERMINAL_CONTROLS}[2J\x1b]0;title\x07\u202egnp.exe")], NOW
    )
    db.close()
    result = run("search", "Sora", VIDRADAR_DB=str(db_path))
    assert result.returncode == 0, result.stderr
    assert "Sora news" in result.stdout
    assert not any(ch in result.stdout for ch in TERMINAL_CONTROLS + "\u202e"), repr(result.stdout)


def test_format_table_drops_controls_from_cells() -> None:
    table = format_table(["title"], [[f"a{TERMINAL_CONTROLS}b"]], width=80)
    assert table.splitlines()[-1] == "ab"


@pytest.mark.parametrize(
    "hidden",
    [
        "\u2066",
        "\u2067",
        "\u2068",
        "\u2069",
        "\u061c",
        "\u180e",
        "\u3164",
        "\u115f",
        "\uffa0",
        "\U000e0041",
        "\x1b",
    ],
)
def test_escape_removes_bidi_isolates_fillers_and_tag_characters(hidden: str) -> None:
    posted = escape(f"@{hidden}everyone look{hidden}here")
    assert hidden not in posted
    assert posted == "@\u200beveryone lookhere"


# -- durations and time zones ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["99999999999d", "999999999999999999999s", f"{10**40}s", "36501d"])
def test_an_overflowing_duration_is_a_readable_refusal(text: str) -> None:
    with pytest.raises(ValueError, match="too long"):
        parse_duration(text)


def test_an_overflowing_since_is_one_line_on_the_command_line(tmp_path) -> None:
    result = run("search", "sora", "--since", "99999999999d", VIDRADAR_DB=str(tmp_path / "v.db"))
    assert "too long" in assert_one_line_error(result, code=2)


async def test_an_overflowing_stats_period_is_an_ephemeral_refusal(bot_env) -> None:
    record = await bot_env.fake.invoke(bot_env.guild, "news stats", {"period": "99999999999d"}, admin=False)
    assert record.ephemeral
    assert "99999999999d" in record.text() and "went wrong" not in record.text()


@pytest.mark.parametrize("name", ["Europe", "America", "Etc", "."])
def test_a_time_zone_name_that_is_a_directory_is_refused(name: str) -> None:
    with pytest.raises(InputError, match="unknown time zone"):
        valid_timezone(name)


# -- a damaged file, a full disk ------------------------------------------------------------------


def _damage_a_table_page(db_path) -> None:
    """Overwrite the middle of the entries table's root page: the header still reads as a
    database (it opens), a query that reads that page finds it malformed."""
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'entries'").fetchone()[0]
    conn.close()
    with open(db_path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)


async def test_a_damaged_database_is_one_clear_line_not_internal_error(feed_server, tmp_path) -> None:
    db_path = tmp_path / "v.db"
    url = feed_server.set_feed("f", rss([ANNOUNCEMENT, DISTRACTOR]))
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[[feeds]]\nurl = "{url}"\n')
    env = {
        "VIDRADAR_DB": str(db_path),
        "VIDRADAR_FEEDS": str(feeds_file),
        "VIDRADAR_URL_ALLOWLIST": feed_server.host_port,
    }
    first = await _arun(tmp_path, env, "poll", "--once")
    assert first[0] == 0, first
    _damage_a_table_page(db_path)
    feed_server.set_feed("f", rss([ANNOUNCEMENT, DISTRACTOR, item("new", "A new item")]))
    code, _out, err = await _arun(tmp_path, env, "poll", "--once")
    lines = err.strip().splitlines()
    assert code == 1 and "Traceback" not in err, err
    assert any("is damaged" in line and str(db_path) in line for line in lines), err
    assert lines[-1].startswith("vidradar: error:") and "internal error" not in err, err
    search = run("search", "Sora", VIDRADAR_DB=str(db_path))
    assert "is damaged" in assert_one_line_error(search)


async def test_once_damage_is_found_the_store_refuses_every_write(tmp_path) -> None:
    db_path = tmp_path / "v.db"
    db = open_database(db_path)
    feed_store.add_feed(db, spec("https://a.example/feed"), NOW)
    db.close()
    _damage_a_table_page(db_path)
    store = await Store.open(db_path)  # the header is intact: it opens
    try:
        with pytest.raises(DatabaseDamaged, match="is damaged"):
            await store.write(lambda db: db.execute("SELECT * FROM entries NOT INDEXED").fetchall())
        with pytest.raises(DatabaseDamaged):  # refused before it reaches SQLite
            await store.write(lambda db: pytest.fail("a write ran on a damaged file"))
    finally:
        await store.close()


@pytest.mark.sqlite_only
async def test_a_full_disk_is_said_on_the_feed_and_the_cycle_goes_on(
    feed_server, server_settings, store
) -> None:
    quiet = await add(store, feed_server.set_feed("quiet", rss([DISTRACTOR])))
    poller = make_poller(server_settings, store)
    await poller.run_cycle(force=True)
    many = [item(f"big{n}", f"Long item {n}", summary="x" * 1800) for n in range(200)]
    big = await add(store, feed_server.set_feed("big", rss(many)))
    # The database may not grow by one page: SQLite answers SQLITE_FULL exactly as on a full disk.
    await store.write(
        lambda db: db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    )
    report = await poller.run_cycle(force=True)
    outcomes = {o.feed.id: o for o in report.outcomes}
    assert outcomes[quiet].status == "not_modified"
    assert outcomes[big].status == "failed" and "disk is full" in (outcomes[big].error or "")
    row = await feed_row(store, big)
    assert "disk is full" in (row.last_error or "") and "\n" not in row.last_error
    assert row.consecutive_failures == 0 and not row.disabled  # not the feed's fault
    # Still full: the next due-time cycle does not fetch it again (its due time could not be
    # written, the poller holds it back for an interval instead of refetching every 30 s).
    hits = feed_server.hits["big"]
    assert (await poller.run_cycle()).polled == 0 and feed_server.hits["big"] == hits
    # Space again: the same cycle's work goes through on the next one.
    await store.write(lambda db: db.execute("PRAGMA max_page_count = 1073741823"))
    again = await poller.run_cycle(feed_ids=[big])
    assert [o.status for o in again.outcomes] == ["ok"] and again.new_entries == 200


async def _arun(cwd, env: dict[str, str], *args: str) -> tuple[int, str, str]:
    from tests.test_cli import arun

    return await arun(*args, cwd=cwd, **env)


# -- the clock --------------------------------------------------------------------------------------


@pytest.mark.parametrize("jump", [timedelta(days=365), timedelta(hours=10), -timedelta(hours=10)])
async def test_a_clock_jump_does_not_silence_feeds_after_the_correction(
    feed_server, server_settings, store, caplog, jump: timedelta
) -> None:
    clock = Clock()
    poller = make_poller(server_settings, store, clock=clock)
    jumped = await add(store, feed_server.set_feed("jumped", rss([DISTRACTOR])))
    limited = await add(store, feed_server.url("/ratelimited"))
    # One cycle with a wrong clock (a year or ten hours ahead; or, for a clock that then jumps
    # back, a correct cycle followed by a clock ten hours behind)...
    clock.now = NOW + max(jump, timedelta(0))
    assert (await poller.run_cycle()).polled == 2
    # ...the rate-limited feed was fetched at the right time and must wait two hours (what a
    # server's Retry-After may ask): that due time is legitimate and stays.
    await store.write(
        lambda db: db.execute(
            "UPDATE feeds SET next_due_at = ?, last_fetch_at = ? WHERE id = ?",
            [to_db(NOW + timedelta(hours=2)), to_db(NOW), limited],
        )
    )
    clock.now = NOW + timedelta(minutes=5) + min(jump, timedelta(0))
    with caplog.at_level(logging.WARNING, logger="feeds.pipeline.poller"):
        report = await poller.run_cycle()
    polled = [o.feed.id for o in report.outcomes]
    if jump < timedelta(0):  # behind: every feed looks fetched in the future, both are polled
        assert sorted(polled) == sorted([jumped, limited])
    else:
        assert polled == [jumped]
    assert (await feed_row(store, jumped)).next_due_at < clock.now + timedelta(days=1)
    assert any("clock jump detected" in r.getMessage() for r in caplog.records), caplog.text


async def test_jobs_pushed_out_by_a_forward_clock_jump_are_rescheduled(tmp_path, caplog) -> None:
    from feeds.service.runtime import Runtime
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "r.db")
    store = await Store.open(settings.db)
    runtime = Runtime(settings, store, sender=None)
    try:
        await runtime.start()
        assert runtime.correct_clock_jumps() == 0  # nothing to do on a steady clock
        # As APScheduler leaves it when a run happened while the clock was a year ahead.
        a_year_on = datetime.now(UTC) + timedelta(days=365)
        for job in runtime.scheduler.get_jobs():
            job.modify(next_run_time=a_year_on)
        with caplog.at_level(logging.WARNING, logger="feeds.service.runtime"):
            assert runtime.correct_clock_jumps() == 2
        assert "clock jump detected" in caplog.text and "poll" in caplog.text
        poll = runtime.scheduler.get_job("poll")
        assert poll.next_run_time <= datetime.now(UTC) + timedelta(minutes=1)
        # The poll job really runs again: a cycle is recorded.
        await wait_for(
            lambda: store.read(lambda db: db.execute("SELECT count(*) FROM poll_cycles").fetchone()[0]),
            message="a poll cycle after the correction",
        )
    finally:
        await runtime.stop(grace=5)
        await store.close()


async def test_a_feed_that_never_gets_a_connection_turn_stays_due_and_counts_no_failure(
    feed_server, server_settings, store
) -> None:
    poller = make_poller(server_settings, store)
    # One connection per host, and almost no patience for a turn: the slow feed holds the
    # only connection while the quick one waits past its queue bound.
    poller.fetch_settings = dataclasses.replace(
        poller.fetch_settings, per_host=1, queue_timeout=timedelta(seconds=0.2)
    )
    slow = await add(store, feed_server.url("/slow"))
    quick = await add(store, feed_server.set_feed("quick", rss([DISTRACTOR])))
    # The skipped feed releases the slow one: no wait for its timeout.
    report = await poller.run_cycle(force=True, on_feed_done=lambda _outcome: feed_server.release_slow.set())
    outcomes = {o.feed.id: o for o in report.outcomes}
    assert outcomes[quick].status == "skipped" and "no free connection" in (outcomes[quick].error or "")
    row = await feed_row(store, quick)
    assert row.consecutive_failures == 0 and row.last_error is None and row.next_due_at is None
    assert outcomes[slow].status == "ok"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_storage_problem_reaches_discord_without_the_file_path(lang: str) -> None:
    from bot.errors import explain
    from feeds.errors import DiskFull

    for error in (
        DiskFull("cannot write to the database /srv/vidradar/vidradar.db: the disk is full"),
        DatabaseDamaged("the database /srv/vidradar/vidradar.db is damaged (malformed)"),
    ):
        said = explain(error, lang)
        assert "/srv" not in said and "\n" not in said
        assert (
            ("disk full" in said or "damaged" in said)
            if lang == "en"
            else ("disque" in said or "endommagé" in said)
        )


def test_only_errors_about_the_file_become_storage_errors() -> None:
    from feeds.storage.faults import storage_error

    assert storage_error(sqlite3.OperationalError("malformed JSON"), "x.db") is None
    assert storage_error(sqlite3.OperationalError("no such column: nope"), "x.db") is None
    assert isinstance(
        storage_error(sqlite3.DatabaseError("database disk image is malformed"), "x.db"), DatabaseDamaged
    )


async def test_feeds_queued_behind_a_busy_host_keep_no_other_host_waiting(feed_server, db_path) -> None:
    from tests.conftest import make_settings
    from tests.feedserver import FeedServer

    async with FeedServer() as other:
        settings = make_settings(
            db_path,
            url_allowlist=[feed_server.host_port, other.host_port],
            fetch_timeout="5s",
            concurrency=3,
            per_host_concurrency=2,
        )
        store = await Store.open(db_path)
        try:
            busy = [
                await add(store, feed_server.set_feed(f"slow{n}", rss([DISTRACTOR]), delay=1.5))
                for n in range(6)
            ]
            quick = [await add(store, other.set_feed(f"quick{n}", rss([DISTRACTOR]))) for n in range(3)]
            done: list[int] = []
            report = await make_poller(settings, store).run_cycle(
                force=True, on_feed_done=lambda outcome: done.append(outcome.feed.id)
            )
        finally:
            await store.close()
    assert {o.status for o in report.outcomes} == {"ok"}
    # The busy host's queued feeds gave their slots back: the other host's feeds were done
    # first, not after the busy host's whole queue (six 1.5 s answers, two at a time).
    assert set(done[:3]) == set(quick), (done, busy, quick)

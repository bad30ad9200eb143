"""Several pollers on one database share the feeds through leases (feeds/storage/leases.py,
feeds/pipeline/claims.py): claims in small batches, each feed fetched once per interval,
a dead poller's feeds taken over. Real SQLite files, the loopback feed server, and real
`vidradar poll --daemon` processes for the end-to-end cases."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from feeds.pipeline import claims as claims_module
from feeds.pipeline.claims import lease_length
from feeds.storage import feed_records as feed_store
from feeds.storage import leases
from feeds.storage.db import open_database
from feeds.storage.store import Store
from tests.conftest import NOW
from tests.feedserver import FeedServer, rss
from tests.helpers import spec
from tests.process import VidradarProcess
from tests.test_poller import DISTRACTOR, make_poller

# Storage as production runs it, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_backends

LEASE = timedelta(minutes=1)


def feeds_db(path: Path, count: int) -> list[int]:
    db = open_database(path)
    try:
        return [feed_store.add_feed(db, spec(f"https://f{n}.example/rss"), NOW)[0].id for n in range(count)]
    finally:
        db.close()


def with_db(path: Path, fn, *args, **kwargs):
    db = open_database(path, migrate=False)
    try:
        return fn(db, *args, **kwargs)
    finally:
        db.close()


# -- storage: claims, renewal, release, expiry -------------------------------------------------


def test_two_pollers_claiming_in_turn_share_every_due_feed_once(tmp_path) -> None:
    path = tmp_path / "l.db"
    ids = feeds_db(path, 40)
    taken: dict[str, list[int]] = {"a": [], "b": []}
    for turn in range(10):
        owner = "a" if turn % 2 == 0 else "b"
        got = with_db(path, leases.claim_feeds, owner, NOW, NOW + LEASE, limit=4)
        taken[owner] += [feed.id for feed in got]
    assert len(taken["a"]) == len(taken["b"]) == 20
    assert sorted(taken["a"] + taken["b"]) == ids  # each once, none left out
    assert with_db(path, leases.claim_feeds, "c", NOW, NOW + LEASE, limit=4) == []


def test_only_due_enabled_feeds_are_claimed_longest_overdue_first(tmp_path) -> None:
    path = tmp_path / "l.db"
    ids = feeds_db(path, 4)

    def shape(db):
        db.execute("UPDATE feeds SET next_due_at = '2026-01-01T00:00:00Z' WHERE id = ?", [ids[0]])
        db.execute("UPDATE feeds SET next_due_at = '2025-06-01T00:00:00Z' WHERE id = ?", [ids[1]])
        db.execute("UPDATE feeds SET next_due_at = '2999-01-01T00:00:00Z' WHERE id = ?", [ids[2]])
        db.execute("UPDATE feeds SET disabled = 1 WHERE id = ?", [ids[3]])

    with_db(path, shape)
    got = with_db(path, leases.claim_feeds, "a", NOW, NOW + LEASE, limit=10)
    assert [feed.id for feed in got] == [ids[1], ids[0]]


def test_a_lease_blocks_others_until_it_runs_out_and_renewal_pushes_it_back(tmp_path) -> None:
    path = tmp_path / "l.db"
    feeds_db(path, 3)
    held = with_db(path, leases.claim_feeds, "a", NOW, NOW + LEASE, limit=3)
    assert len(held) == 3
    later = NOW + LEASE / 2
    assert with_db(path, leases.claim_feeds, "b", later, later + LEASE, limit=3) == []
    # a renews one feed (still fetching it); the other two run out
    assert with_db(path, leases.renew_leases, "a", [held[0].id], later + LEASE) == 1
    expired = NOW + LEASE + timedelta(seconds=1)
    taken = with_db(path, leases.claim_feeds, "b", expired, expired + LEASE, limit=3)
    assert sorted(feed.id for feed in taken) == sorted(feed.id for feed in held[1:])
    # b may not renew what it does not hold
    assert with_db(path, leases.renew_leases, "b", [held[0].id], expired + LEASE) == 0
    assert sorted(with_db(path, leases.lease_holders, expired)) == ["a", "b"]


def test_recording_a_fetch_or_releasing_gives_the_feed_back(tmp_path) -> None:
    path = tmp_path / "l.db"
    feeds_db(path, 3)
    first, second, third = with_db(path, leases.claim_feeds, "a", NOW, NOW + LEASE, limit=3)
    with_db(
        path,
        feed_store.record_success,
        first,
        now=NOW,
        next_due_at=NOW,  # due again at once: claimable again only because the lease went
        status=200,
        etag=None,
        last_modified=None,
    )
    with_db(
        path,
        feed_store.record_failure,
        second,
        now=NOW,
        next_due_at=NOW,
        status=500,
        error="x",
        max_failures=9,
    )
    got = with_db(path, leases.claim_feeds, "b", NOW, NOW + LEASE, limit=3)
    assert sorted(feed.id for feed in got) == sorted([first.id, second.id])
    assert with_db(path, leases.release_leases, "a") == 1  # the third, never recorded
    assert [feed.id for feed in with_db(path, leases.claim_feeds, "c", NOW, NOW + LEASE, limit=3)] == [
        third.id
    ]


def test_listed_feeds_held_elsewhere_are_left_out_of_a_claim(tmp_path) -> None:
    path = tmp_path / "l.db"
    ids = feeds_db(path, 4)
    with_db(path, leases.claim_feeds, "daemon", NOW, NOW + LEASE, limit=1, feed_ids=[ids[2]])
    got = with_db(path, leases.claim_feeds, "once", NOW, NOW + LEASE, limit=4, feed_ids=ids)
    assert sorted(feed.id for feed in got) == [ids[0], ids[1], ids[3]]


def test_a_claim_spreads_over_hosts_and_skips_the_hosts_a_poller_fills(tmp_path) -> None:
    path = tmp_path / "l.db"
    db = open_database(path)
    try:
        for n in range(6):
            feed_store.add_feed(db, spec(f"https://busy.example/feed/{n}"), NOW)
        for n in range(3):
            feed_store.add_feed(db, spec(f"https://quiet{n}.example:8443/rss"), NOW)
    finally:
        db.close()
    got = with_db(path, leases.claim_feeds, "a", NOW, NOW + LEASE, limit=4, per_host=2)
    hosts = [feed_store.host_of(feed.url) for feed in got]
    assert hosts == ["busy.example", "busy.example", "quiet0.example:8443", "quiet1.example:8443"]
    # busy.example is full for "a": the next claim takes the rest of the other hosts only
    more = with_db(
        path, leases.claim_feeds, "a", NOW, NOW + LEASE, limit=5, per_host=2, full_hosts=["busy.example"]
    )
    assert [feed_store.host_of(feed.url) for feed in more] == ["quiet2.example:8443"]


def test_the_host_of_a_feed_is_kept_when_it_is_added_moved_and_migrated(tmp_path) -> None:
    path = tmp_path / "l.db"
    db = open_database(path)
    try:
        feed, _ = feed_store.add_feed(db, spec("https://News.Example:8080/a.xml"), NOW)
        assert (
            db.execute("SELECT host FROM feeds WHERE id = ?", [feed.id]).fetchone()[0] == "news.example:8080"
        )
        assert feed_store.move_feed(db, feed, "https://cdn.example/a.xml", NOW)
        assert db.execute("SELECT host FROM feeds WHERE id = ?", [feed.id]).fetchone()[0] == "cdn.example"
    finally:
        db.close()
    # A database from before leases (m009 undone): migrating fills the column in.
    db = open_database(path)
    try:
        db.execute("ALTER TABLE feeds DROP COLUMN host")
        db.execute("ALTER TABLE feeds DROP COLUMN lease_owner")
        db.execute("ALTER TABLE feeds DROP COLUMN lease_until")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_feed_leases'")
    finally:
        db.close()
    db = open_database(path)
    try:
        assert db.execute("SELECT host FROM feeds WHERE id = ?", [feed.id]).fetchone()[0] == "cdn.example"
    finally:
        db.close()


def test_a_lease_from_a_clock_that_ran_ahead_counts_as_run_out(tmp_path) -> None:
    path = tmp_path / "l.db"
    feeds_db(path, 1)
    with_db(path, leases.claim_feeds, "a", NOW + timedelta(days=1), NOW + timedelta(days=1) + LEASE, limit=1)
    got = with_db(path, leases.claim_feeds, "b", NOW, NOW + LEASE, limit=1)
    assert [feed.lease_owner for feed in got] == ["b"]


def test_a_recorded_fetch_gives_back_only_its_own_lease(tmp_path) -> None:
    """A slow poller whose lease ran out and was taken must not free the feed under its new
    holder when it finally records its fetch."""
    path = tmp_path / "l.db"
    feeds_db(path, 1)
    (slow,) = with_db(path, leases.claim_feeds, "slow", NOW, NOW + LEASE, limit=1)
    later = NOW + LEASE + timedelta(seconds=1)
    (taken,) = with_db(path, leases.claim_feeds, "new", later, later + LEASE, limit=1)
    with_db(
        path,
        feed_store.record_success,
        slow,
        now=later,
        next_due_at=later,
        status=200,
        etag=None,
        last_modified=None,
    )
    assert with_db(path, leases.lease_holders, later) == ["new"]
    with_db(
        path,
        feed_store.record_success,
        taken,
        now=later,
        next_due_at=later,
        status=200,
        etag=None,
        last_modified=None,
    )
    assert with_db(path, leases.lease_holders, later) == []


def test_a_cycle_claims_only_what_was_due_when_it_began(tmp_path) -> None:
    path = tmp_path / "l.db"
    ids = feeds_db(path, 2)
    from feeds.timeutil import to_db

    mid_cycle = to_db(NOW + timedelta(seconds=30))
    with_db(path, lambda db: db.execute("UPDATE feeds SET next_due_at = ? WHERE id = ?", [mid_cycle, ids[1]]))
    began, now = NOW, NOW + timedelta(minutes=5)  # the second feed came due mid-cycle
    got = with_db(path, leases.claim_feeds, "a", now, now + LEASE, limit=5, due_by=began)
    assert [feed.id for feed in got] == [ids[0]]


async def test_renewal_keeps_a_feed_held_longer_than_its_lease(tmp_path) -> None:
    """A fetch that waits behind a busy host, or a slow parse, outlasts the lease: renewal
    (every quarter of the lease) keeps another poller off it; at the end it is released."""
    from datetime import UTC, datetime

    from feeds.pipeline.claims import FeedClaims

    feeds_db(tmp_path / "r.db", 1)
    store = await Store.open(tmp_path / "r.db")
    clock = lambda: datetime.now(UTC)  # noqa: E731
    try:
        async with FeedClaims(store, "holder", timedelta(seconds=0.4), clock) as claims:
            (feed,) = await claims.claim(1)
            await asyncio.sleep(1.2)  # three lease lengths
            assert await store.claim_feeds("other", clock(), clock() + LEASE, limit=1) == []
        assert [f.id for f in await store.claim_feeds("other", clock(), clock() + LEASE, limit=1)] == [
            feed.id
        ]
    finally:
        await store.close()


async def test_a_claim_that_cannot_be_written_ends_the_claims_not_the_cycle(tmp_path, feed_server) -> None:
    """The database stays locked by another process for a minute, or the disk is full: the
    feeds already in hand are fetched and stored; the rest wait for the next check."""
    from feeds.errors import StorageError
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "p.db", url_allowlist=[feed_server.host_port], concurrency=2)
    urls = [feed_server.set_feed(f"k{n}", rss([DISTRACTOR])) for n in range(4)]
    store = await Store.open(settings.database)
    try:
        for url in urls:
            await store.add_feed(spec(url), NOW)
        real_claim = store.claim_feeds
        calls = 0

        async def claim_then_fail(*args, **kwargs):
            nonlocal calls
            calls += 1
            if calls > 1:
                raise StorageError("database stayed locked for 60s: database is locked")
            return await real_claim(*args, **kwargs)

        store.claim_feeds = claim_then_fail  # type: ignore[method-assign]
        report = await make_poller(settings, store).run_cycle()
        assert [o.status for o in report.outcomes] == ["ok"]  # the first claim's one feed (batch of 1)
        assert sum(feed_server.hits[f"k{n}"] for n in range(4)) == 1
        store.claim_feeds = real_claim  # type: ignore[method-assign]
        report = await make_poller(settings, store).run_cycle()
        assert len(report.outcomes) == 3  # the next check polls the rest
    finally:
        await store.close()


# -- the poller: claims during a cycle ---------------------------------------------------------


async def test_a_due_cycle_polls_every_feed_of_a_crowded_host_and_keeps_others_moving(
    tmp_path, feed_server
) -> None:
    """Twelve due feeds on one slow host, three on another: one cycle polls all fifteen (a
    claim cut short by the per-host limit is not the end of what is due), and the other
    host's feeds are not kept waiting behind the crowded host's queue."""
    from tests.conftest import make_settings

    async with FeedServer() as other:
        settings = make_settings(
            tmp_path / "p.db",
            url_allowlist=[feed_server.host_port, other.host_port],
            concurrency=4,
            per_host_concurrency=2,
        )
        store = await Store.open(settings.database)
        try:
            crowded = [
                (
                    await store.add_feed(
                        spec(feed_server.set_feed(f"c{n}", rss([DISTRACTOR]), delay=0.5)), NOW
                    )
                )[0].id
                for n in range(12)
            ]
            quick = [
                (await store.add_feed(spec(other.set_feed(f"q{n}", rss([DISTRACTOR]))), NOW))[0].id
                for n in range(3)
            ]
            done: list[int] = []
            report = await make_poller(settings, store).run_cycle(
                on_feed_done=lambda outcome: done.append(outcome.feed.id)
            )
        finally:
            await store.close()
    assert sorted(o.feed.id for o in report.outcomes) == sorted(crowded + quick)
    assert {o.status for o in report.outcomes} == {"ok"}
    assert set(quick) <= set(done[:5]), done


async def test_a_forced_cycle_skips_the_feeds_another_poller_holds(tmp_path, feed_server) -> None:
    """`poll --once` beside a running daemon: the feeds the daemon is fetching are not fetched
    a second time; they are reported as skipped, the others are polled."""
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "p.db", url_allowlist=[feed_server.host_port])
    urls = [feed_server.set_feed(f"f{n}", rss([DISTRACTOR])) for n in range(5)]
    store = await Store.open(settings.database)
    try:
        ids = [(await store.add_feed(spec(url), NOW))[0].id for url in urls]
        held = NOW + lease_length(settings.fetch_timeout)
        await store.claim_feeds("otherhost/1/abc", NOW, held, limit=2, feed_ids=ids[:2])
        report = await make_poller(settings, store).run_cycle(force=True)
        by_id = {outcome.feed.id: outcome for outcome in report.outcomes}
        assert sorted(by_id) == sorted(ids)
        assert [by_id[i].status for i in ids[:2]] == ["skipped", "skipped"]
        assert "another vidradar process" in (by_id[ids[0]].error or "")
        assert [by_id[i].status for i in ids[2:]] == ["ok", "ok", "ok"]
        assert [feed_server.hits[f"f{n}"] for n in range(5)] == [0, 0, 1, 1, 1]
        # the cycle gave back what it held; the other poller's leases stay
        holders = await store.lease_holders(NOW)
        assert holders == ["otherhost/1/abc"]
    finally:
        await store.close()


async def test_leases_of_a_poller_of_this_host_that_is_gone_are_released_at_once(
    tmp_path, feed_server
) -> None:
    """kill -9 leaves leases behind; a poller on the same host that finds the process gone
    takes its feeds at once instead of waiting for the leases to run out. A live process's
    leases, and another host's, are left alone."""
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "p.db", url_allowlist=[feed_server.host_port])
    urls = [feed_server.set_feed(f"g{n}", rss([DISTRACTOR])) for n in range(3)]
    dead = await asyncio.create_subprocess_exec("true")
    await dead.wait()
    here = claims_module._machine()
    store = await Store.open(settings.database)
    try:
        ids = [(await store.add_feed(spec(url), NOW))[0].id for url in urls]
        far = NOW + lease_length(settings.fetch_timeout)  # a lease as long as any
        await store.claim_feeds(f"{here}/{dead.pid}/aaaaaa", NOW, far, limit=1, feed_ids=[ids[0]])
        await store.claim_feeds(f"{here}/{os.getpid()}/bbbbbb", NOW, far, limit=1, feed_ids=[ids[1]])
        await store.claim_feeds(f"elsewhere/{dead.pid}/cccccc", NOW, far, limit=1, feed_ids=[ids[2]])
        report = await make_poller(settings, store).run_cycle()
        assert {o.feed.id: o.status for o in report.outcomes} == {ids[0]: "ok"}
        assert [feed_server.hits[f"g{n}"] for n in range(3)] == [1, 0, 0]
    finally:
        await store.close()


# -- real processes ----------------------------------------------------------------------------


def daemon_env(tmp_path: Path, feed_server: FeedServer, feeds_file: Path) -> dict[str, str]:
    return {
        "VIDRADAR_DB": str(tmp_path / "shared.db"),
        "VIDRADAR_FEEDS": str(feeds_file),
        "VIDRADAR_URL_ALLOWLIST": feed_server.host_port,
        "VIDRADAR_CONCURRENCY": "4",  # claims of 2 feeds, at most 8 in hand
        "VIDRADAR_PARSE_WORKERS": "0",
        "VIDRADAR_POLL_CHECK": "1s",
        "VIDRADAR_FETCH_TIMEOUT": "10s",
        "VIDRADAR_LOG_LEVEL": "INFO",
    }


def slow_feeds(tmp_path: Path, feed_server: FeedServer, count: int, delay: float) -> Path:
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(
        "".join(
            f'[[feeds]]\nurl = "{feed_server.set_feed(f"s{n}", rss([DISTRACTOR]), delay=delay)}"\n'
            for n in range(count)
        )
    )
    return feeds_file


def fetched_feeds(db_path: Path) -> int:
    try:
        with sqlite3.connect(db_path) as conn:
            return conn.execute("SELECT count(*) FROM feeds WHERE last_success_at IS NOT NULL").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


async def test_two_poller_processes_fetch_each_feed_once_and_both_take_part(tmp_path, feed_server) -> None:
    count = 40
    feeds_file = slow_feeds(tmp_path, feed_server, count, delay=0.5)
    env = daemon_env(tmp_path, feed_server, feeds_file)
    open_database(tmp_path / "shared.db").close()
    pollers = [await VidradarProcess(["poll", "--daemon"], tmp_path, env).start() for _ in range(2)]
    try:
        done = await pollers[0].poll_until(lambda: fetched_feeds(tmp_path / "shared.db") == count, timeout=60)
        assert done, "\n".join(pollers[0].stderr_lines[-20:])
        await asyncio.sleep(3)  # three more checks each: nothing is due again for 15 minutes
        assert sorted(feed_server.hits[f"s{n}"] for n in range(count)) == [1] * count
        shares = [p.logged_total("poll cycle: ", " feeds") for p in pollers]
        assert sum(shares) == count and min(shares) > 0, shares
    finally:
        for process in pollers:
            await process.kill()


async def test_a_killed_pollers_feeds_are_taken_over_and_nothing_else_is_fetched_twice(
    tmp_path, feed_server
) -> None:
    count = 24
    feeds_file = slow_feeds(tmp_path, feed_server, count, delay=1.0)
    env = daemon_env(tmp_path, feed_server, feeds_file)
    db_path = tmp_path / "shared.db"
    open_database(db_path).close()
    victim = await VidradarProcess(["poll", "--daemon"], tmp_path, env).start()
    survivor = await VidradarProcess(["poll", "--daemon"], tmp_path, env).start()
    try:
        victim_pid = victim.process.pid

        def victim_holds() -> bool:
            with sqlite3.connect(db_path) as conn:
                return bool(
                    conn.execute(
                        "SELECT count(*) FROM feeds WHERE lease_owner LIKE ?", [f"%/{victim_pid}/%"]
                    ).fetchone()[0]
                )

        assert await victim.poll_until(victim_holds, timeout=30), "\n".join(victim.stderr_lines[-20:])
        # Freeze it (alive: nobody may take its feeds yet), read what it holds, then kill -9.
        os.kill(victim_pid, signal.SIGSTOP)
        with sqlite3.connect(db_path) as conn:
            held = {
                row[0]
                for row in conn.execute(
                    "SELECT url FROM feeds WHERE lease_owner LIKE ?", [f"%/{victim_pid}/%"]
                ).fetchall()
            }
        await victim.kill()
        assert held
        done = await survivor.poll_until(lambda: fetched_feeds(db_path) == count, timeout=60)
        assert done, "\n".join(survivor.stderr_lines[-20:])
        hits = {feed_server.url(f"/feed/s{n}"): feed_server.hits[f"s{n}"] for n in range(count)}
        assert all(n >= 1 for n in hits.values())
        twice = {url for url, n in hits.items() if n > 1}
        assert twice <= held, "only what the killed poller was fetching may be fetched again"
        assert max(hits.values()) <= 2
        assert any("a poller that is gone" in line for line in survivor.stderr_lines)
    finally:
        await victim.kill()
        await survivor.kill()


def test_a_poller_with_a_shorter_fetch_timeout_leaves_a_longer_live_lease_alone(tmp_path) -> None:
    """Pollers may differ in VIDRADAR_FETCH_TIMEOUT (a daemon at 90s beside `poll --once` at
    the default): the longer, just-written lease is live, not one written while a clock ran
    ahead, and the feed is fetched once. One that ends further ahead than any lease can is."""
    path = tmp_path / "l.db"
    feeds_db(path, 2)

    def claim(owner: str, now, lease: timedelta, feed_ids=None):
        return with_db(path, leases.claim_feeds, owner, now, now + lease, limit=1, feed_ids=feed_ids)

    (held,) = claim("a", NOW, lease_length(timedelta(seconds=90)))
    later = NOW + timedelta(seconds=1)
    assert claim("b", later, lease_length(timedelta(seconds=30)), [held.id]) == []
    (ahead,) = claim("c", NOW + timedelta(days=1), LEASE)  # its clock a day ahead
    assert [f.lease_owner for f in claim("d", later, LEASE, [ahead.id])] == ["d"]

"""Poll cycles end to end: loopback feed server -> poller -> real SQLite file."""

from __future__ import annotations

import asyncio
import random
import sqlite3
from datetime import timedelta

import pytest

from feeds.errors import StorageError
from feeds.parse.feedlist import parse_feed_list
from feeds.pipeline import poller as poller_module
from feeds.pipeline.poller import Poller
from feeds.storage import entries as entries_module
from feeds.storage import feed_records as feed_store
from feeds.storage.db import open_database
from feeds.storage.digests import build_digest
from feeds.storage.entries import refresh_search_index, search_entries, upsert_entries
from feeds.storage.servers import ensure_server
from feeds.storage.store import Store
from tests.conftest import NOW, make_settings
from tests.feedserver import http_date, rss
from tests.helpers import entry, spec

# Storage as production runs it, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_backends


def item(guid: str, title: str, *, hours_ago: float = 1, summary: str = "", link: str | None = None) -> dict:
    return {
        "guid": guid,
        "title": title,
        "link": link or f"https://news.example/{guid}",
        "pubDate": http_date(NOW - timedelta(hours=hours_ago)),
        "description": summary,
    }


ANNOUNCEMENT = item(
    "sora-api", "OpenAI launches the Sora 2 API for developers", summary="Priced per second of video."
)
DISTRACTOR = item("iphone", "iPhone shipping delays stretch to five weeks")


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self):
        return self.now


def make_poller(settings, store, clock=None, **kwargs) -> Poller:
    return Poller(settings, store, clock=clock or Clock(), rng=random.Random(7), **kwargs)


async def add(store, url: str, **kwargs) -> int:
    row = await store.write(lambda db: feed_store.add_feed(db, spec(url, **kwargs), NOW)[0])
    return row.id


async def feed_row(store, feed_id: int):
    return await store.read(feed_store.get_feed, feed_id)


async def add_server(store, guild_id: int = 1, channel_id: int | None = 100) -> None:
    def setup(db):
        ensure_server(db, guild_id, NOW)
        db.execute("UPDATE servers SET alert_channel_id = ? WHERE guild_id = ?", [channel_id, guild_id])

    await store.write(setup)


async def scalar(store, sql: str, *params):
    return await store.read(lambda db: db.execute(sql, list(params)).fetchone()[0])


async def test_one_bad_feed_never_stops_the_cycle(feed_server, server_settings, store) -> None:
    good = await add(store, feed_server.set_feed("good", rss([ANNOUNCEMENT, DISTRACTOR])))
    broken = {
        "server error": await add(store, feed_server.url("/status/500")),
        "html": await add(store, feed_server.url("/page/nolink")),
        "loop": await add(store, feed_server.url("/loop/a")),
        "huge": await add(store, feed_server.url("/endless")),
        "not found": await add(store, feed_server.url("/feed/missing")),
    }
    report = await make_poller(server_settings, store).run_cycle(force=True)
    assert report.polled == 6 and len(report.failed) == 5
    assert report.new_entries == 2
    assert [a.title for a in report.announcements] == [ANNOUNCEMENT["title"]]
    for name, feed_id in broken.items():
        row = await feed_row(store, feed_id)
        assert row.last_error and row.consecutive_failures == 1 and not row.disabled, name
        assert row.next_due_at > NOW, name
    ok = await feed_row(store, good)
    assert ok.last_error is None and ok.last_success_at == NOW and ok.etag


async def test_unchanged_feed_costs_a_304_and_changes_are_picked_up(
    feed_server, server_settings, store
) -> None:
    url = feed_server.set_feed("f", rss([ANNOUNCEMENT, DISTRACTOR]))
    feed_id = await add(store, url)
    poller = make_poller(server_settings, store)
    await poller.run_cycle(force=True)
    second = await poller.run_cycle(force=True)
    assert second.not_modified == 1 and second.new_entries == 0
    assert feed_server.conditional_hits["f"] == 1
    edited = dict(DISTRACTOR, title="iPhone shipping delays stretch to six weeks")
    feed_server.set_feed("f", rss([ANNOUNCEMENT, edited, item("new", "A brand new post")]))
    third = await poller.run_cycle(force=True)
    assert third.new_entries == 1 and third.updated_entries == 1
    assert await scalar(store, "SELECT count(*) FROM entries WHERE feed_id = ?", feed_id) == 3
    assert await scalar(store, "SELECT title FROM entries WHERE guid = 'iphone'") == edited["title"]


@pytest.mark.sqlite_only
async def test_stored_entries_are_indexed_for_search_in_batches(
    feed_server, server_settings, store, monkeypatch
) -> None:
    """The search index catches up every SEARCH_BATCH stored entries and at the end of the
    cycle: the queue stays bounded and nothing a cycle stored is left unsearchable."""
    monkeypatch.setattr(poller_module, "SEARCH_BATCH", 6)
    batches: list[int] = []

    def counted(db) -> int:
        batches.append(refresh_search_index(db))
        return batches[-1]

    monkeypatch.setattr(entries_module, "try_refresh_search_index", counted)
    for n in range(5):
        stories = [item(f"f{n}-{k}", f"Feed {n} story {k} about lumiere") for k in range(4)]
        await add(store, feed_server.set_feed(f"f{n}", rss(stories)))
    queued: list[int] = []

    def after_each_feed(outcome) -> None:
        with sqlite3.connect(server_settings.db) as conn:
            queued.append(conn.execute("SELECT count(*) FROM search_pending").fetchone()[0])

    poller = make_poller(server_settings.model_copy(update={"concurrency": 1}), store)
    report = await poller.run_cycle(force=True, on_feed_done=after_each_feed)
    assert report.new_entries == 20
    # 4, 8 -> batch, 4, 8 -> batch, 4 -> the end of the cycle: three batches, 20 entries.
    assert len(batches) == 3 and sum(batches) == 20
    assert max(queued) < 6 + 2 * 4  # a batch, plus the feed stored while it ran
    assert await scalar(store, "SELECT count(*) FROM search_pending") == 0
    assert len(await store.read(search_entries, "lumiere", limit=50)) == 20


async def test_a_failed_search_index_batch_never_ends_the_cycle(
    feed_server, server_settings, store, monkeypatch
) -> None:
    def locked(db):
        raise StorageError("database stayed locked for 60s: database is locked")

    monkeypatch.setattr("feeds.storage.entries.refresh_search_index", locked)
    await add(store, feed_server.set_feed("f", rss([ANNOUNCEMENT, DISTRACTOR])))
    report = await make_poller(server_settings, store).run_cycle(force=True)
    assert report.new_entries == 2 and not report.failed
    assert await scalar(store, "SELECT count(*) FROM search_pending") == 2  # kept for later
    assert await store.write(refresh_search_index) == 2
    assert len(await store.read(search_entries, "sora")) == 1


async def test_entries_queued_before_a_crash_are_indexed_by_the_next_cycle(server_settings) -> None:
    """Entries and their place in the index queue commit together; a process that died before
    its cycle's index batch leaves them queued, and the next cycle (even one with nothing
    due) indexes them."""
    db = open_database(server_settings.database)
    feed = feed_store.add_feed(db, spec("https://gone.example/feed"), NOW)[0]
    upsert_entries(db, feed.id, [entry("q", "Nova Reel queued before the crash")], NOW)
    db.execute("UPDATE feeds SET disabled = 1")  # so the next cycle has nothing to poll
    db.close()  # no refresh_search_index: as if killed
    store = await Store.open(server_settings.database)
    try:
        assert await store.read(search_entries, "reel") == []
        report = await make_poller(server_settings, store).run_cycle()
        assert report.polled == 0
        assert [h.title for h in await store.read(search_entries, "reel")] == [
            "Nova Reel queued before the crash"
        ]
    finally:
        await store.close()


async def test_only_due_feeds_are_polled_without_force(feed_server, server_settings, store) -> None:
    feed_server.set_feed("a", rss([DISTRACTOR]))
    await add(store, feed_server.url("/feed/a"))
    clock = Clock()
    poller = make_poller(server_settings, store, clock)
    assert (await poller.run_cycle()).polled == 1
    assert (await poller.run_cycle()).polled == 0  # next due ~15 min later
    clock.now = NOW + timedelta(minutes=20)
    assert (await poller.run_cycle()).polled == 1


async def test_rate_limit_pushes_the_next_poll_past_retry_after(feed_server, server_settings, store) -> None:
    feed_id = await add(store, feed_server.url("/ratelimited"))
    await make_poller(server_settings, store).run_cycle(force=True)
    row = await feed_row(store, feed_id)
    assert row.last_status == 429 and row.next_due_at >= NOW + timedelta(seconds=3600)


async def test_unavailable_with_retry_after_waits_as_told(feed_server, server_settings, store) -> None:
    url = feed_server.set_feed("busy", b"busy", status=503, headers={"Retry-After": "7200"})
    feed_id = await add(store, url)
    await make_poller(server_settings, store).run_cycle(force=True)
    row = await feed_row(store, feed_id)
    assert row.last_status == 503 and row.next_due_at >= NOW + timedelta(seconds=7200)
    assert not row.disabled and row.consecutive_failures == 1


async def test_gone_disables_at_once_and_repeated_failures_disable_later(
    feed_server, server_settings, store
) -> None:
    await add_server(store)
    gone = await add(store, feed_server.url("/status/410"))
    flaky = await add(store, feed_server.url("/status/500"))
    settings = server_settings.model_copy(update={"max_failures": 3})
    poller = make_poller(settings, store)
    await poller.run_cycle(force=True)
    assert (await feed_row(store, gone)).disabled
    assert "410" in (await feed_row(store, gone)).disabled_reason
    assert not (await feed_row(store, flaky)).disabled
    await poller.run_cycle(force=True)
    await poller.run_cycle(force=True)
    row = await feed_row(store, flaky)
    assert row.disabled and "3 failures in a row" in row.disabled_reason
    # Disabled feeds are skipped; each disabling queued one notice for the server that sees it.
    assert (await poller.run_cycle(force=True)).polled == 0
    notices = await store.read(
        lambda db: [r["ref"] for r in db.query("SELECT ref FROM deliveries WHERE kind = 'notice'")]
    )
    assert sorted(notices) == sorted([f"feed-disabled:{gone}", f"feed-disabled:{flaky}"])


async def test_first_poll_cutoff_stores_old_entries_without_alerting(
    feed_server, server_settings, store
) -> None:
    await add_server(store)
    old = item("old-launch", "Runway launches Gen-4 for all paid plans", hours_ago=72)
    fresh = item("fresh-launch", "Pika launches Pika 3.0, its new AI video model", hours_ago=2)
    await add(store, feed_server.set_feed("f", rss([old, fresh])))
    report = await make_poller(server_settings, store).run_cycle(force=True)
    by_title = {a.title: a for a in report.announcements}
    assert not by_title[old["title"]].alertable and by_title[fresh["title"]].alertable
    rows = await store.read(
        lambda db: list(
            db.query(
                "SELECT s.subject FROM deliveries d JOIN stories s ON s.id = d.story_id WHERE d.kind = 'story'"
            )
        )
    )
    assert [r["subject"] for r in rows] == ["pika"]


async def test_a_new_feeds_undated_backlog_is_not_alerted_but_its_later_entries_are(
    feed_server, server_settings, store
) -> None:
    """Entries without a date get the fetch time, which says nothing of their age: on a feed's
    first poll they are backlog like old entries (no alert, not in a digest); an undated entry
    that appears later is new."""
    await add_server(store)
    undated = [
        {k: v for k, v in entry.items() if k != "pubDate"}
        for entry in (
            item("runway", "Runway launches Gen-4 for all paid plans"),
            item("pika", "Pika launches Pika 3.0, its new AI video model"),
        )
    ]
    url = feed_server.set_feed("f", rss(undated))
    await add(store, url)
    clock = Clock()
    first = await make_poller(server_settings, store, clock).run_cycle(force=True)
    assert len(first.announcements) == 2 and not any(a.alertable for a in first.announcements)
    later = {k: v for k, v in ANNOUNCEMENT.items() if k != "pubDate"}
    feed_server.set_feed("f", rss([later, *undated]))
    clock.now = NOW + timedelta(hours=1)
    second = await make_poller(server_settings, store, clock).run_cycle(force=True)
    assert [(a.title, a.alertable) for a in second.announcements] == [(ANNOUNCEMENT["title"], True)]
    assert await scalar(store, "SELECT COUNT(*) FROM deliveries WHERE kind = 'story'") == 1
    # Nor is the backlog the day's news in a digest: only the entry that came later is.
    digest = await store.read(build_digest, 1, NOW - timedelta(days=1), NOW + timedelta(days=1))
    assert [s.title for s in digest.stories] == [ANNOUNCEMENT["title"]]


async def test_story_across_feeds_alerts_once_then_asks_for_an_edit(
    feed_server, server_settings, store
) -> None:
    await add_server(store)
    first = item("a1", "OpenAI launches the Sora 2 API for developers", hours_ago=3)
    await add(store, feed_server.set_feed("first", rss([first])))
    poller = make_poller(server_settings, store)
    await poller.run_cycle(force=True)
    await store.write(lambda db: db.execute("UPDATE deliveries SET state = 'sent', message_id = 5"))
    second = item("b7", "OpenAI releases the Sora 2 API to developers, company says", hours_ago=1)
    await add(store, feed_server.set_feed("second", rss([second])))
    report = await poller.run_cycle(force=True)
    assert len(report.announcements) == 1 and report.deliveries == 0
    assert await scalar(store, "SELECT count(*) FROM stories") == 1
    assert await scalar(store, "SELECT count(*) FROM announcements") == 2
    assert await scalar(store, "SELECT count(*) FROM deliveries WHERE kind = 'story'") == 1
    assert await scalar(store, "SELECT edit_pending FROM deliveries WHERE kind = 'story'") == 1


async def test_a_feed_added_after_the_cycle_read_its_rules_still_alerts(
    feed_server, server_settings, store, monkeypatch
) -> None:
    """A feed added between a cycle's reading of the server rules and its claim of due feeds
    (an admin's /feeds add racing the scheduled poll): its first poll must alert, since the
    next one finds the entries stored and never alerts them."""
    await add_server(store)
    url = feed_server.set_feed("late", rss([ANNOUNCEMENT]))
    read_rules = store.cycle_rules

    async def read_then_add_a_feed(**kwargs):
        rules = await read_rules(**kwargs)
        if not await scalar(store, "SELECT count(*) FROM feeds"):
            await add(store, url)
        return rules

    monkeypatch.setattr(store, "cycle_rules", read_then_add_a_feed)
    report = await make_poller(server_settings, store).run_cycle()
    assert [a.title for a in report.announcements] == [ANNOUNCEMENT["title"]]
    assert await scalar(store, "SELECT count(*) FROM deliveries WHERE kind = 'story'") == 1


async def test_server_rules_filter_alerts(feed_server, server_settings, store) -> None:
    await add_server(store, guild_id=1, channel_id=100)
    await add_server(store, guild_id=2, channel_id=200)
    await add_server(store, guild_id=3, channel_id=300)
    await add_server(store, guild_id=4, channel_id=400)
    await add_server(store, guild_id=5, channel_id=500)
    feed_id = await add(store, feed_server.set_feed("f", rss([ANNOUNCEMENT])))

    def rules(db):
        db.execute(
            "INSERT INTO server_mutes (guild_id, target, kind, created_at) VALUES (2, 'openai', 'vendor', 'x')"
        )
        db.execute(
            "INSERT INTO server_feeds (guild_id, feed_id, mode, created_at) VALUES (3, ?, 'muted', 'x')",
            [feed_id],
        )
        db.execute(
            "INSERT INTO server_mutes (guild_id, target, kind, created_at) VALUES (4, 'launch', 'event', 'x')"
        )
        db.execute("UPDATE servers SET min_score = 0.95 WHERE guild_id = 5")

    await store.write(rules)
    report = await make_poller(server_settings, store).run_cycle(force=True)
    assert report.announcements[0].detection.score < 0.95
    guilds = await store.read(
        lambda db: [r[0] for r in db.execute("SELECT guild_id FROM deliveries WHERE kind = 'story'")]
    )
    # 2 muted the vendor, 3 the feed, 4 the event type; 5 asks for a higher score.
    assert guilds == [1]


async def test_a_maker_outside_the_watchlist_can_be_muted_once_in_the_news(
    feed_server, server_settings, store
) -> None:
    """A maker the watchlist does not know (read from a lede) alerts; a server can mute it
    once a story names it, and its next news then skips that server only."""
    from feeds.detect.taxonomy import bundled_taxonomy
    from feeds.errors import InputError

    await add_server(store, guild_id=1, channel_id=100)
    await add_server(store, guild_id=2, channel_id=200)
    slugs = bundled_taxonomy().vendor_slugs
    with pytest.raises(InputError, match="unknown vendor"):
        await store.mute_target(2, "brightline", slugs, NOW)  # not in the news yet
    launch = item(
        "arcade",
        "Day two at the expo: the surprise was video",
        summary="Brightline on Monday unveiled Arcade, its first video generation model, on the main stage.",
    )
    feed = feed_server.set_feed("maker", rss([launch]))
    await add(store, feed)
    clock = Clock()
    poller = make_poller(server_settings, store, clock=clock)
    first = await poller.run_cycle(force=True)
    assert [a.detection.vendors for a in first.announcements] == [["brightline"]]
    assert await store.vendors_in_the_news("bright") == ["brightline"]
    assert await store.mute_target(2, "Brightline", slugs, NOW) == "brightline"
    delay = item(
        "arcade-delay",
        "Not ready yet",
        summary="Brightline has postponed the public release of Arcade, its in-house video generation model.",
        hours_ago=0.5,
    )
    feed_server.set_feed("maker", rss([launch, delay]))
    clock.now = NOW + timedelta(hours=2)
    second = await poller.run_cycle(force=True)
    assert [(a.detection.event, a.detection.vendors) for a in second.announcements] == [
        ("delay", ["brightline"])
    ]
    guilds = await store.read(
        lambda db: [
            (r[0], r[1])
            for r in db.execute(
                "SELECT s.event, d.guild_id FROM deliveries d JOIN stories s ON s.id = d.story_id "
                "WHERE d.kind = 'story' ORDER BY s.event, d.guild_id"
            )
        ]
    )
    assert guilds == [("delay", 1), ("launch", 1), ("launch", 2)]


async def test_permanent_redirect_moves_the_stored_url(feed_server, server_settings, store) -> None:
    feed_server.set_feed("new-home", rss([DISTRACTOR]))
    feed_id = await add(store, feed_server.url("/moved/new-home"))
    await make_poller(server_settings, store).run_cycle(force=True)
    assert (await feed_row(store, feed_id)).url == feed_server.url("/feed/new-home")


async def test_a_listed_feed_that_moved_is_found_under_its_listed_url_at_the_next_start(
    feed_server, server_settings, store
) -> None:
    """The feed-list file still names the old URL after a 301 moved the feed: the next start's
    sync (and `feeds add`) finds the feed under it instead of adding it again (which stored
    every entry and announcement a second time), also after the file is updated and the feed
    moves once more, and still drops it when the file does."""
    feed_server.set_feed("home", rss([ANNOUNCEMENT]))
    listed = feed_server.url("/moved/home")
    feed_list = parse_feed_list(f'[[feeds]]\nurl = "{listed}"\nname = "Home"')
    for _start in range(2):
        await store.sync_operator_feeds(feed_list, NOW)
        await make_poller(server_settings, store).run_cycle(force=True)
    (feed,) = await store.list_feeds()
    assert feed.url == feed_server.url("/feed/home") and not feed.disabled
    assert await scalar(store, "SELECT COUNT(*) FROM announcements") == 1
    report = await store.sync_operator_feeds(feed_list, NOW)
    assert (report.added, report.disabled) == (0, 0)
    assert (await store.add_feed(spec(listed), NOW)) == (feed, False)  # `feeds add`, an OPML import
    # The operator writes the new URL in the file; later the feed moves again.
    moved_list = parse_feed_list(f'[[feeds]]\nurl = "{feed.url}"\nname = "Home"')
    feed_server.set_feed("home2", rss([ANNOUNCEMENT]))
    feed_server.set_feed("home", b"", status=301, headers={"Location": feed_server.url("/feed/home2")})
    for _start in range(2):
        report = await store.sync_operator_feeds(moved_list, NOW)
        assert (report.added, report.disabled) == (0, 0)
        await make_poller(server_settings, store).run_cycle(force=True)
    (feed,) = await store.list_feeds()
    assert feed.url == feed_server.url("/feed/home2") and not feed.disabled
    assert await scalar(store, "SELECT COUNT(*) FROM announcements") == 1
    report = await store.sync_operator_feeds(parse_feed_list("feeds = []"), NOW)
    assert report.disabled == 1 and (await store.list_feeds())[0].disabled


async def test_cycles_are_recorded_for_status(feed_server, server_settings, store) -> None:
    await add(store, feed_server.set_feed("f", rss([ANNOUNCEMENT])))
    await make_poller(server_settings, store).run_cycle(force=True)
    row = await store.read(lambda db: next(iter(db.query("SELECT * FROM poll_cycles"))))
    assert row["feeds_polled"] == 1 and row["entries_new"] == 1 and row["announcements"] == 1


async def test_watch_terms_alert_and_suppress_per_server(feed_server, server_settings, store) -> None:
    await add_server(store, guild_id=1, channel_id=100)
    await add_server(store, guild_id=2, channel_id=200)

    def terms(db):
        db.execute("INSERT INTO server_watch_terms VALUES (1, 'Switch 2', 'switch 2', 'include', 'x')")
        db.execute("INSERT INTO server_watch_terms VALUES (2, 'Sora', 'sora', 'exclude', 'x')")

    await store.write(terms)
    switch = item("switch", "Nintendo Switch 2 sales top 20 million")
    await add(store, feed_server.set_feed("f", rss([ANNOUNCEMENT, switch])))
    report = await make_poller(server_settings, store).run_cycle(force=True)
    assert report.keyword_matches == 1
    rows = await store.read(
        lambda db: sorted(
            (r["guild_id"], r["kind"]) for r in db.query("SELECT guild_id, kind FROM deliveries")
        )
    )
    # Server 1: the announcement and its keyword match. Server 2: its exclude term silenced the announcement.
    assert rows == [(1, "keyword"), (1, "story")]
    match = await store.read(lambda db: next(iter(db.query("SELECT guild_id, term FROM keyword_matches"))))
    assert match == {"guild_id": 1, "term": "Switch 2"}


async def test_removing_a_feed_keeps_its_watched_term_matches_so_none_alerts_twice(
    feed_server, server_settings, store
) -> None:
    """A feed whose only history is a watched-term match is disabled, not deleted: deleting it
    took the match, and the same feed added and polled again alerted the article again."""
    await add_server(store, guild_id=1, channel_id=100)
    await store.write(
        lambda db: db.execute(
            "INSERT INTO server_watch_terms VALUES (1, 'Switch 2', 'switch 2', 'include', 'x')"
        )
    )
    url = feed_server.set_feed("f", rss([item("switch", "Nintendo Switch 2 sales top 20 million")]))
    await add(store, url)
    assert (await make_poller(server_settings, store).run_cycle(force=True)).keyword_matches == 1
    _feed, outcome = await store.remove_feed(url, NOW)
    assert outcome.startswith("disabled")
    _row, added = await store.add_feed(spec(url), NOW, origin="cli")  # added again: enabled again
    assert added
    report = await make_poller(server_settings, store).run_cycle(force=True)
    assert report.polled == 1 and report.keyword_matches == 0 and report.deliveries == 0
    assert await scalar(store, "SELECT COUNT(*) FROM deliveries WHERE kind = 'keyword'") == 1
    assert await scalar(store, "SELECT COUNT(*) FROM feeds") == 1


async def test_a_removed_feed_a_server_adds_again_is_that_servers_feed(
    feed_server, server_settings, store
) -> None:
    """The operator removed a feed with history (kept, disabled). A server that adds it again
    follows it as it would a new feed: enabled, the server's own (listed for it, under the name
    it gave), not the operator's feed with the operator's name and flags from before (which
    left the server told it followed it already, and its name dropped)."""
    await add_server(store, guild_id=1, channel_id=100)
    url = feed_server.set_feed("f", rss([ANNOUNCEMENT]))
    await store.add_feed(spec(url, name="Operator name", official=True), NOW, origin="cli")
    assert (await make_poller(server_settings, store).run_cycle(force=True)).announcements
    _feed, outcome = await store.remove_feed(url, NOW)
    assert outcome.startswith("disabled")
    assert await store.follow_feed(1, spec(url, name="Our feed"), NOW)
    (row,) = await store.read(lambda db: list(db.query("SELECT * FROM feeds")))
    assert (row["disabled"], row["origin"], row["added_by_guild"], row["name"], row["official"]) == (
        0,
        "server",
        1,
        None,
        0,
    )
    assert [(f.label, f.mine, f.status) for f in await store.server_feeds(1)] == [("Our feed", True, "ok")]


@pytest.mark.parametrize("operator_adds_it_by", ["feeds add", "the feed list"])
async def test_a_feed_no_server_follows_any_more_is_enabled_when_the_operator_adds_it(
    store, operator_adds_it_by
) -> None:
    """The last server that followed a feed unfollowed it (disabled: nobody wants it). The
    operator adding it, by command or in the feed list, polls it again: it stayed disabled,
    told "already exists" or made an operator feed nobody's poller would fetch."""
    url = "https://unfollowed.example/feed"
    await add_server(store, guild_id=1, channel_id=100)
    assert await store.follow_feed(1, spec(url), NOW)
    (feed_id,) = [f.id for f in await store.server_feeds(1)]
    assert await store.remove_server_feed(1, feed_id, NOW) == "removed"
    assert (await feed_row(store, feed_id)).disabled
    if operator_adds_it_by == "feeds add":
        _row, added = await store.add_feed(spec(url, name="Operator's"), NOW, origin="cli")
        assert added
    else:
        report = await store.sync_operator_feeds([spec(url, name="Operator's")], NOW)
        assert report.enabled == 1
    row = await feed_row(store, feed_id)
    assert (row.disabled, row.name, row.origin) == (
        False,
        "Operator's",
        "cli" if operator_adds_it_by == "feeds add" else "operator",
    )


async def test_a_feed_disabled_after_failures_is_enabled_by_an_add_that_fetched_it(store) -> None:
    """`feeds add URL` (and /feeds add) fetch and parse the feed first: one disabled after
    failures works again and is polled again, with what the operator's add says (as a new
    feed: every server sees it). An OPML import, which fetches nothing, leaves it disabled."""
    url = "https://flaky.example/feed"
    await store.add_feed(spec(url, name="Operator's"), NOW, origin="operator")
    await store.write(
        lambda db: db.execute("UPDATE feeds SET disabled = 1, disabled_reason = 'HTTP 410 Gone'")
    )
    await store.add_feeds([spec(url)], NOW)
    (row,) = await store.read(lambda db: list(db.query("SELECT disabled, origin, name FROM feeds")))
    assert row == {"disabled": 1, "origin": "operator", "name": "Operator's"}
    _row, added = await store.add_feed(spec(url, name="Flaky"), NOW, origin="cli", checked=True)
    (row,) = await store.read(lambda db: list(db.query("SELECT disabled, origin, name FROM feeds")))
    assert added and row == {"disabled": 0, "origin": "cli", "name": "Flaky"}


async def test_a_servers_add_revives_only_a_server_feed_that_failed(store) -> None:
    """A server's /feeds add (which fetched the feed) brings back a server feed disabled after
    failures, still that server's; an operator feed that failed is the operator's to bring
    back: it stays disabled, and stays the operator's."""
    await add_server(store, guild_id=1, channel_id=100)
    ours, theirs = "https://ours.example/feed", "https://operator.example/feed"
    assert await store.follow_feed(1, spec(ours), NOW)
    await store.add_feed(spec(theirs, name="Operator's"), NOW, origin="operator")
    await store.write(lambda db: db.execute("UPDATE feeds SET disabled = 1, disabled_reason = 'HTTP 500'"))
    await store.follow_feed(1, spec(ours), NOW)
    await store.follow_feed(1, spec(theirs), NOW)
    rows = await store.read(lambda db: list(db.query("SELECT url, disabled, origin FROM feeds ORDER BY url")))
    assert rows == [
        {"url": theirs, "disabled": 1, "origin": "operator"},
        {"url": ours, "disabled": 0, "origin": "server"},
    ]


@pytest.mark.parametrize("first_answer", ["304", "empty"])
async def test_a_first_poll_that_stored_nothing_leaves_the_backlog_old_news(
    feed_server, server_settings, store, first_answer
) -> None:
    """A feed's first answer was a 304 (a misbehaving cache, to a request without validators)
    or an empty feed: that was no first poll, so the entries the next poll finds are still
    the first poll's backlog (an entry of 40 hours ago is not alerted)."""
    await add_server(store)
    first = feed_server.set_feed("f", b"", status=304, etag=False) if first_answer == "304" else None
    url = first or feed_server.set_feed("f", rss([]))
    feed_id = await add(store, url)
    clock = Clock()
    poller = make_poller(server_settings, store, clock)
    await poller.run_cycle(force=True)
    assert (await feed_row(store, feed_id)).first_polled_at is None
    feed_server.set_feed("f", rss([item("old", "Runway launches Gen-4 for all paid plans", hours_ago=40)]))
    clock.now = NOW + timedelta(minutes=1)
    second = await poller.run_cycle(force=True)
    assert [a.alertable for a in second.announcements] == [False]
    assert await scalar(store, "SELECT count(*) FROM deliveries WHERE kind = 'story'") == 0


async def test_an_entry_edited_into_an_announcement_alerts_once(feed_server, server_settings, store) -> None:
    """A placeholder title filled in with a launch: the edit makes the entry an announcement
    for the first time, a story nobody heard of, so it alerts (once; a later edit does not
    alert again). It was stored as alertable and never sent."""
    await add_server(store)
    url = feed_server.set_feed(
        "f", rss([item("warm-up", "Nintendo Switch 2 sales top 20 million", hours_ago=3)])
    )
    await add(store, url)
    clock = Clock()
    poller = make_poller(server_settings, store, clock)
    await poller.run_cycle(force=True)
    placeholder = item("p1", "Breaking news", hours_ago=1)
    feed_server.set_feed("f", rss([placeholder]))
    clock.now = NOW + timedelta(minutes=20)
    await poller.run_cycle(force=True)
    for minutes, title in (
        (40, "Pika launches Pika 3.0, its new AI video model"),
        (60, "Pika launches Pika 3.0 for everyone"),
    ):
        feed_server.set_feed("f", rss([dict(placeholder, title=title)]))
        clock.now = NOW + timedelta(minutes=minutes)
        await poller.run_cycle(force=True)
    assert await scalar(store, "SELECT count(*) FROM deliveries WHERE kind = 'story'") == 1


async def test_a_rate_limited_feed_backs_off_but_is_never_disabled_for_it(
    feed_server, server_settings, store
) -> None:
    """429s count for the backoff, not towards disabling: the host asked to be polled less
    (three days of 429s disabled the feed and told every server)."""
    feed_id = await add(store, feed_server.url("/ratelimited"))
    poller = make_poller(server_settings.model_copy(update={"max_failures": 3}), store)
    for _ in range(4):
        await poller.run_cycle(force=True)
    row = await feed_row(store, feed_id)
    assert not row.disabled and row.consecutive_failures == 4 and row.last_status == 429


async def test_an_item_without_link_or_guid_that_changes_its_date_alerts_its_term_once(
    feed_server, server_settings, store
) -> None:
    """A generated feed re-stamps its one item's date at every build; with no guid and no
    link each stamp is a new entry: its watched term alerted at every poll."""
    await add_server(store)
    await store.write(
        lambda db: db.execute(
            "INSERT INTO server_watch_terms VALUES (1, 'Switch 2', 'switch 2', 'include', 'x')"
        )
    )
    url = feed_server.set_feed("f", rss([]))
    await add(store, url)
    clock = Clock()
    poller = make_poller(server_settings, store, clock)
    for polled, hours_ago in enumerate([3, 2, 1], start=1):
        stamped = {
            "title": "Nintendo Switch 2 sales top 20 million",
            "pubDate": http_date(NOW - timedelta(hours=hours_ago)),
        }
        feed_server.set_feed("f", rss([stamped]))
        clock.now = NOW + timedelta(minutes=20 * polled)
        await poller.run_cycle(force=True)
    assert await scalar(store, "SELECT count(*) FROM entries") == 3  # three entries, one article
    assert await scalar(store, "SELECT count(*) FROM deliveries WHERE kind = 'keyword'") == 1


async def test_wrong_charset_header_from_the_server_is_survived(feed_server, server_settings, store) -> None:
    body = (
        "<?xml version='1.0' encoding='iso-8859-1'?><rss version='2.0'><channel><title>Latin</title>"
        "<item><title>Générateur vidéo : Veo 3 débarque en France</title><guid>1</guid></item></channel></rss>"
    )
    url = feed_server.set_feed(
        "latin", body.encode("iso-8859-1"), content_type="application/rss+xml; charset=utf-8"
    )
    await add(store, url)
    report = await make_poller(server_settings, store).run_cycle(force=True)
    assert report.new_entries == 1 and not report.failed
    title = await scalar(store, "SELECT title FROM entries")
    assert "Veo 3" in title and "\ufffd" not in title


async def test_the_same_article_in_two_feeds_alerts_a_server_once(
    feed_server, server_settings, store
) -> None:
    """Recognised by canonical link (tracking parameters and fragment removed): one story
    delivery and one keyword delivery however many feeds carry the article."""
    await add_server(store)
    await store.write(
        lambda db: db.execute(
            "INSERT INTO server_watch_terms VALUES (1, 'Switch 2', 'switch 2', 'include', 'x')"
        )
    )
    story = item("s", "OpenAI launches the Sora 2 API for developers", link="https://news.example/sora")
    keyword = item("k", "Nintendo Switch 2 sales top 20 million", link="https://news.example/switch")
    await add(store, feed_server.set_feed("one", rss([story, keyword])))
    poller = make_poller(server_settings, store)
    await poller.run_cycle(force=True)
    again = [
        {**story, "guid": "other-s", "link": "https://news.example/sora?utm_source=rss#top"},
        {**keyword, "guid": "other-k", "link": "https://news.example/switch?utm_medium=feed"},
    ]
    await add(store, feed_server.set_feed("two", rss(again)))
    await poller.run_cycle(force=True)
    assert await scalar(store, "SELECT count(*) FROM entries") == 4
    assert await scalar(store, "SELECT count(DISTINCT link) FROM entries") == 2
    assert await scalar(store, "SELECT count(*) FROM stories") == 1
    kinds = await store.read(
        lambda db: sorted(r[0] for r in db.execute("SELECT kind FROM deliveries WHERE guild_id = 1"))
    )
    assert kinds == ["keyword", "story"]


async def test_a_polled_entry_keeps_its_image_and_the_alert_view_shows_it(
    feed_server, server_settings, store
) -> None:
    """Media RSS, an image enclosure and inline HTML, served on loopback: each entry's image is
    stored (never fetched) and the story's view carries its lead report's image."""
    thumbnail = "https://img.example/sora-2.jpg"
    inline = "https://img.example/iphone.png"
    body = rss([ANNOUNCEMENT, dict(DISTRACTOR, description=f'<p>Delays <img src="{inline}"></p>')])
    body = body.replace(
        b"<rss version='2.0'>", b"<rss version='2.0' xmlns:media='http://search.yahoo.com/mrss/'>"
    )
    body = body.replace(b"</item>", f"<media:thumbnail url='{thumbnail}'/></item>".encode(), 1)
    await add_server(store)
    await add(store, feed_server.set_feed("media", body))
    poller = make_poller(server_settings, store)
    report = await poller.run_cycle(force=True)
    assert [a.title for a in report.announcements] == [ANNOUNCEMENT["title"]]
    assert await scalar(store, "SELECT image_url FROM entries WHERE guid = 'sora-api'") == thumbnail
    assert await scalar(store, "SELECT image_url FROM entries WHERE guid = 'iphone'") == inline
    story_id = await scalar(store, "SELECT story_id FROM announcements")
    view = await store.story_view(story_id, 1)
    assert view is not None and view.image == thumbnail
    assert set(feed_server.hits) == {"media"}  # the image itself is never requested

    # A new picture alone is stored without making the entry new or changed.
    feed_server.set_feed("media", body.replace(thumbnail.encode(), b"https://img.example/sora-2b.jpg"))
    again = await poller.run_cycle(force=True)
    assert again.new_entries == 0 and again.updated_entries == 0 and not again.announcements
    view = await store.story_view(story_id, 1)
    assert view is not None and view.image == "https://img.example/sora-2b.jpg"


async def test_header_bytes_that_are_not_utf8_never_stop_the_cycle(database, store) -> None:
    """A validator, a status line or a Location in another encoding ("caf\\xe9") reaches
    aiohttp as text SQLite refuses: the feed is still stored (without the validator it cannot
    send back as it came), a Location is percent-encoded, an error line shows U+FFFD, and the
    feeds beside them are polled."""
    body = rss([item("a", "Hello world")])
    answers = {
        b"/etag": b'HTTP/1.1 200 OK\r\nETag: "caf\xe9"\r\n',
        b"/modified": b"HTTP/1.1 200 OK\r\nLast-Modified: Mon, 01 D\xe9c 2026 10:00:00 GMT\r\n",
        b"/reason": b"HTTP/1.1 404 Introuvable \xe9\r\n",
        b"/good": b'HTTP/1.1 200 OK\r\nETag: "good"\r\n',
        b"/moved": b"HTTP/1.1 301 Moved Permanently\r\nLocation: /caf\xe9\r\n",
        b"/caf%E9": b"HTTP/1.1 200 OK\r\n",
        b"/elsewhere": b"HTTP/1.1 301 Moved Permanently\r\nLocation: ftp://caf\xe9.example/\r\n",
    }

    async def answer(reader, writer) -> None:
        path = (await reader.readuntil(b"\r\n\r\n")).split(b" ")[1]
        writer.write(
            answers[path]
            + b"Content-Type: application/rss+xml\r\nContent-Length: "
            + str(len(body)).encode()
            + b"\r\nConnection: close\r\n\r\n"
            + body
        )
        await writer.drain()
        writer.close()

    raw = await asyncio.start_server(answer, "127.0.0.1", 0)
    try:
        host = f"127.0.0.1:{raw.sockets[0].getsockname()[1]}"
        ids = {
            path: await add(store, f"http://{host}{path.decode()}") for path in answers if b"%" not in path
        }
        settings = make_settings(database, url_allowlist=[host], fetch_timeout="3s")
        report = await make_poller(settings, store).run_cycle(force=True)
    finally:
        raw.close()
        await raw.wait_closed()
    assert report.polled == 6 and len(report.failed) == 2
    rows = {path: await feed_row(store, feed_id) for path, feed_id in ids.items()}
    for path in (b"/etag", b"/modified"):
        assert rows[path].last_error is None and rows[path].last_success_at == NOW, path
        assert rows[path].etag is None and rows[path].last_modified is None, path
    assert rows[b"/good"].etag == '"good"'
    assert rows[b"/reason"].last_error == "HTTP 404 Introuvable \N{REPLACEMENT CHARACTER}"
    assert rows[b"/moved"].url == f"http://{host}/caf%E9" and rows[b"/moved"].last_error is None
    assert rows[b"/elsewhere"].last_error == "redirect to a non-HTTP URL: ftp://caf%E9.example/"
    assert await scalar(store, "SELECT COUNT(*) FROM entries") == 4

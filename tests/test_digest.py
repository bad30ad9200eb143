"""Digest content (pure + storage), rendering within Discord limits, the chart, and the
/digest commands end to end with the fake Discord."""

from __future__ import annotations

import io
import json
import random
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from feeds.pipeline.poller import Poller
from feeds.service.chart import BACKGROUND, daily_counts, render_chart
from feeds.service.delivery import marker_of
from feeds.service.digest_jobs import schedule_of
from feeds.service.digest_plan import digest_text
from feeds.service.render import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    digest_groups,
    digest_line,
    digest_messages,
    embed_size,
    with_marker,
)
from feeds.storage import feed_records as feed_store
from feeds.storage.digests import Digest, DigestStory, KeywordItem, LateItems, build_digest
from feeds.storage.servers import digest_targets, purge_inactive
from feeds.storage.store import Store
from feeds.timeutil import utcnow
from tests.conftest import NOW
from tests.feedserver import http_date, rss
from tests.helpers import spec
from tests.test_alert_text import shown_footer
from tests.test_poller import Clock, item, make_poller

# Storage as production runs it, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_backends

START = datetime(2026, 11, 17, tzinfo=UTC)
END = datetime(2026, 11, 24, tzinfo=UTC)


def story(
    key: str, event: str, vendor: str, *, official=False, outlets=1, score=0.8, title=None
) -> DigestStory:
    return DigestStory(
        key=key,
        event=event,
        vendors=[vendor],
        products=[],
        title=title or f"{vendor} {event} {key}",
        link=f"https://news.example/{key}",
        feed="Feed",
        official=official,
        outlets=outlets,
        score=score,
        published=START + timedelta(days=1),
    )


def test_groups_most_important_first_and_within_a_group_by_event_then_source() -> None:
    digest = Digest(
        1,
        START,
        END,
        stories=[
            story("a", "pricing", "openai"),
            story("b", "launch", "openai", outlets=3),
            story("c", "launch", "openai", official=True),
            story("d", "availability", "google"),
            story("e", "launch", "openai", score=0.95),
            story("f", "delay", "google"),
        ],
    )
    groups = digest_groups(digest)  # no product named: by vendor
    # launch > pricing; within launches: official first, then more outlets, then score
    assert [(name, [s.key for s in stories]) for name, stories in groups] == [
        ("OpenAI", ["c", "b", "e", "a"]),
        ("Google", ["f", "d"]),  # delay > availability
    ]
    assert digest.counts == {"launch": 3, "delay": 1, "availability": 1, "pricing": 1}


def test_quiet_period() -> None:
    digest = Digest(1, START, END)
    assert digest.quiet and digest_text(digest).startswith("Quiet period")
    [message] = digest_messages(digest, "en", with_chart=False)
    assert "Quiet period" in message.embeds[0]["description"]
    assert render_chart(digest).startswith(b"\x89PNG")


def test_big_digests_split_into_pages_within_discords_limits_without_cutting_a_line() -> None:
    rng = random.Random(5)
    vendors = ["openai", "google", "runway", "pika", "luma", "kuaishou", "minimax", "bytedance"]
    events = ["launch", "availability", "waitlist", "pricing", "delay", "shutdown"]
    stories = [
        story(f"s{i}", rng.choice(events), rng.choice(vendors), title=f"Story {i} " + "word " * 40)
        for i in range(400)
    ]
    matches = [
        KeywordItem("sora", f"Match {i} " + "word " * 30, f"https://kw.example/{i}", "Feed", START)
        for i in range(40)
    ]
    digest = Digest(1, START, END, stories=stories, keyword_matches=matches)
    messages = digest_messages(digest, "fr", with_chart=True)
    assert len(messages) > 1
    lines: list[str] = []
    for index, message in enumerate(messages, start=1):
        [embed] = message.embeds  # one embed per page
        assert len(embed["description"]) <= DESCRIPTION_LIMIT
        assert embed_size(embed) <= EMBED_TOTAL_LIMIT
        assert embed["footer"]["text"] == f"page {index}/{len(messages)}"
        assert "Résumé" in embed["title"]
        marked = with_marker(message, f"#{100 + index}")  # as the outbox posts it
        assert embed_size(marked.embeds[-1]) <= EMBED_TOTAL_LIMIT
        assert marker_of([marked.embeds[-1]["footer"]["text"]]) == f"#{100 + index}"
        assert shown_footer(marked.embeds[-1]) == f"page {index}/{len(messages)}"
        lines += embed["description"].split("\n")
    for s in stories:  # every story is there, its line whole, once
        assert lines.count(digest_line(s, "fr")) == 1
    keys = [line.rsplit("`", 2)[1] for line in lines if line.endswith("`")]
    expected = [s.key for _, group in digest_groups(digest) for s in group]
    assert keys == expected  # groups by their best story, stories most important first
    assert sum(line.startswith("🔎 “sora”") for line in lines) == len(matches)
    assert messages[0].embeds[0]["image"]["url"] == "attachment://digest.png"
    assert all("image" not in m.embeds[0] for m in messages[1:])
    assert "🚀 Lancement" in messages[0].embeds[0]["description"].split("\n")[1]  # the counts, page 1


def test_a_one_page_digest_has_no_page_footer_and_keeps_the_marker() -> None:
    digest = Digest(1, START, END, stories=[story("a", "launch", "openai")])
    [message] = digest_messages(digest, "en", with_chart=False)
    assert "footer" not in message.embeds[0]
    marked = with_marker(message, "#7")
    assert marker_of([marked.embeds[0]["footer"]["text"]]) == "#7"
    assert shown_footer(marked.embeds[0]) == "vidradar"


def test_stories_are_grouped_by_product_display_name_each_line_with_its_event_badge() -> None:
    def on(key: str, event: str, vendor: str, products: list[str], **kwargs) -> DigestStory:
        return replace(story(key, event, vendor, **kwargs), products=products)

    digest = Digest(
        1,
        START,
        END,
        stories=[
            on("p1", "pricing", "openai", ["sora-2", "sora-2-pro"]),
            on("l1", "launch", "kuaishou", ["kling-2.5"], outlets=3, official=True),
            on("a1", "availability", "openai", ["sora-2"]),
            on("v1", "delay", "pika", []),  # no product: under its vendor
        ],
    )
    assert [(name, [s.key for s in group]) for name, group in digest_groups(digest)] == [
        ("Kling 2.5 (Kuaishou)", ["l1"]),
        ("Pika", ["v1"]),
        ("Sora 2 (OpenAI)", ["a1", "p1"]),
    ]
    [message] = digest_messages(digest, "en", with_chart=False)
    text = message.embeds[0]["description"].split("\n")
    body = text[text.index("**Kling 2.5 \\(Kuaishou\\)**") :]
    assert body == [
        "**Kling 2.5 \\(Kuaishou\\)**",
        "🚀 **Launch** · [kuaishou launch l1](https://news.example/l1) · Feed · ✔️ · +2 · `l1`",
        "",
        "**Pika**",
        "⏸️ **Delay** · [pika delay v1](https://news.example/v1) · Feed · `v1`",
        "",
        "**Sora 2 \\(OpenAI\\)**",
        "🌍 **Availability** · [openai availability a1](https://news.example/a1) · Feed · `a1`",
        "💲 **Pricing** · [openai pricing p1](https://news.example/p1) · Feed · `p1`",
    ]
    [french] = digest_messages(digest, "fr", with_chart=False)
    assert "⏸️ **Report** · [pika delay v1]" in french.embeds[0]["description"]
    assert "kling-2.5" not in message.embeds[0]["description"]  # display names, never slugs


def test_chart_data_is_stories_per_day_per_event() -> None:
    at = START + timedelta(hours=23, minutes=59)  # day 0, late

    def on(key: str, event: str, when: datetime) -> DigestStory:
        return replace(story(key, event, "openai"), published=when)

    digest = Digest(
        1,
        START,
        END,
        stories=[
            on("a", "launch", at),
            on("b", "launch", at + timedelta(minutes=2)),  # day 1
            on("c", "pricing", at + timedelta(minutes=2)),
            on("d", "launch", END - timedelta(seconds=1)),  # the last day
            on("e", "pricing", START),
        ],
    )
    data = daily_counts(digest)
    assert data.width == 1 and data.days == [START.date() + timedelta(days=i) for i in range(7)]
    assert data.counts == {"launch": [1, 1, 0, 0, 0, 0, 1], "pricing": [1, 1, 0, 0, 0, 0, 0]}
    assert daily_counts(Digest(1, START, END)).counts == {}  # quiet: nothing to plot
    year = daily_counts(Digest(1, START, START + timedelta(days=365), stories=[on("y", "delay", END)]))
    assert year.width == 6 and len(year.days) <= 62 and year.counts == {"delay": [0, 1] + [0] * 59}


def test_chart_days_are_the_servers_days() -> None:
    """A story at 23:30 UTC is the next day in Paris (UTC+1 in winter): it counts on the day
    the server's members lived it."""
    evening = START.replace(hour=23, minute=30)
    digest = Digest(1, START, END, stories=[replace(story("a", "launch", "openai"), published=evening)])
    assert daily_counts(digest).counts == {"launch": [1, 0, 0, 0, 0, 0, 0]}
    paris = daily_counts(digest, tz="Europe/Paris")
    assert paris.counts["launch"][paris.days.index(evening.date() + timedelta(days=1))] == 1


def test_chart_is_a_png() -> None:
    digest = Digest(1, START, END, stories=[story("a", "launch", "openai"), story("b", "delay", "google")])
    png = render_chart(digest)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 2000
    assert render_chart(digest) == png  # deterministic
    from matplotlib.image import imread

    corner = imread(io.BytesIO(png))[2, 2][:3]  # Discord's dark theme, not a white box
    assert [round(float(c) * 255) for c in corner] == [int(BACKGROUND[i : i + 2], 16) for i in (1, 3, 5)]


async def poll_for_server_5(store, feed_server, settings, items, *rules_sql: str) -> None:
    """One feed with these items, server 5 with these rules, one poll cycle."""
    url = feed_server.set_feed("f", rss(items))

    def setup(db):
        feed_store.add_feed(db, spec(url, name="Feed"), utcnow())
        db.execute("INSERT INTO servers (guild_id, created_at, updated_at) VALUES (5, 'x', 'x')")
        for sql in rules_sql:
            db.execute(sql)

    await store.write(setup)
    await Poller(settings, store, rng=random.Random(1)).run_cycle(force=True)


async def test_build_digest_respects_the_servers_rules(feed_server, server_settings, store) -> None:
    now = utcnow()
    items = [
        item("veo", "Google releases Veo 4 in the Gemini API", hours_ago=5),
        item("pika", "Pika launches Pika 3.0, its new AI video model", hours_ago=6),
        item("sora", "OpenAI delays the Sora API in Europe", hours_ago=7),
        item("old", "Runway launches Gen-5 for all paid plans", hours_ago=24 * 10),
        item("switch", "Nintendo Switch 2 sales top 20 million", hours_ago=3),
    ]
    await poll_for_server_5(
        store,
        feed_server,
        server_settings,
        items,
        "INSERT INTO server_mutes VALUES (5, 'pika', 'vendor', 'x')",
        "INSERT INTO server_watch_terms VALUES (5, 'Europe', 'europe', 'exclude', 'x')",
        "INSERT INTO server_watch_terms VALUES (5, 'Switch 2', 'switch 2', 'include', 'x')",
    )
    digest = await store.read(build_digest, 5, now - timedelta(days=7), now)
    assert [s.title for s in digest.stories] == [
        "Google releases Veo 4 in the Gemini API"
    ]  # muted, excluded, too old
    assert [k.term for k in digest.keyword_matches] == ["Switch 2"]
    text = digest_text(digest)
    assert "== Veo 4 (Google) ==" in text and "== keyword matches ==" in text  # display names, not slugs
    assert "[launch] Google releases Veo 4" in text


async def test_a_story_published_before_a_digest_but_polled_after_it_is_in_the_next_one(
    feed_server, server_settings, store
) -> None:
    """Published ten minutes before the 09:00 digest and polled five minutes after it: the
    09:00 digest could not list it, so the next one does (it was stored after the 09:00 one was
    read); a backlog polled at the same time (published days before) is in neither, and a story
    the previous digest did list is not listed again. Keyword matches alike."""
    fire = NOW - timedelta(minutes=5)
    day = timedelta(days=1)
    url = feed_server.set_feed(
        "f",
        rss(
            [
                item("veo", "Google releases Veo 4 in the Gemini API", hours_ago=10 / 60),
                item("switch", "Nintendo Switch 2 sales top 20 million", hours_ago=10 / 60),
                item("old", "Runway launches Gen-5 for all paid plans", hours_ago=24 * 3),
                item("old-switch", "Switch 2 review: a year later", hours_ago=24 * 3),
            ]
        ),
    )

    def setup(db):
        feed_store.add_feed(db, spec(url, name="Feed"), NOW)
        db.execute("INSERT INTO servers (guild_id, created_at, updated_at) VALUES (5, 'x', 'x')")
        db.execute("INSERT INTO server_watch_terms VALUES (5, 'Switch 2', 'switch 2', 'include', 'x')")

    def listed(digest: Digest) -> list[str]:
        return [s.title for s in digest.stories] + [k.title for k in digest.keyword_matches]

    await store.write(setup)
    at_nine = await store.read(build_digest, 5, fire - day, fire)  # read before the poll
    await make_poller(server_settings, store).run_cycle(force=True)  # the poll at NOW
    late = LateItems(after=at_nine.watermark, since=fire - day)
    following = await store.read(build_digest, 5, fire, fire + day, late)
    assert listed(following) == [
        "Google releases Veo 4 in the Gemini API",
        "Nintendo Switch 2 sales top 20 million",
    ]
    assert following.watermark.report > at_nine.watermark.report
    assert following.watermark.keyword_match > at_nine.watermark.keyword_match
    assert listed(await store.read(build_digest, 5, fire + day, fire + 2 * day)) == []
    # Had the 09:00 digest been read after the poll, it would have listed them: then not again.
    read_later = await store.read(build_digest, 5, fire - day, fire)
    assert listed(read_later) == [
        "Google releases Veo 4 in the Gemini API",
        "Nintendo Switch 2 sales top 20 million",
    ]
    late = LateItems(after=read_later.watermark, since=fire - day)
    assert listed(await store.read(build_digest, 5, fire, fire + day, late)) == []


@pytest.mark.parametrize("second_copy_polled", ["before the digest", "after the digest"])
async def test_a_story_dated_earlier_by_its_second_copy_is_in_exactly_one_digest(
    feed_server, server_settings, store, second_copy_polled
) -> None:
    """One article in two feeds: A dates it half an hour ago (after the digest period's end),
    B two hours ago (inside it). Polled both before the digest is read, that digest lists it
    (dated B's); with B polled after, the next digest does (the digest before dated it after its
    period). Never both, never neither."""
    link = "https://news.example/veo4"
    a = feed_server.set_feed(
        "a", rss([item("a1", "Google releases Veo 4 in the Gemini API", hours_ago=0.5, link=link)])
    )
    b = feed_server.set_feed(
        "b", rss([item("b1", "Google launches Veo 4 in the Gemini API", hours_ago=2, link=link)])
    )
    end, day = NOW - timedelta(hours=1), timedelta(days=1)

    def setup(db):
        feed_store.add_feed(db, spec(a, name="A"), NOW)
        db.execute("INSERT INTO servers (guild_id, created_at, updated_at) VALUES (5, 'x', 'x')")

    async def poll_b() -> None:
        await store.write(lambda db: feed_store.add_feed(db, spec(b, name="B"), NOW))
        await make_poller(server_settings, store, clock).run_cycle(force=True)

    await store.write(setup)
    clock = Clock()
    await make_poller(server_settings, store, clock).run_cycle(force=True)
    if second_copy_polled == "before the digest":
        await poll_b()
    first = await store.read(build_digest, 5, end - day, end)
    clock.now = NOW + timedelta(minutes=5)
    if second_copy_polled == "after the digest":
        await poll_b()
    second = await store.read(
        build_digest, 5, end, end + day, LateItems(after=first.watermark, since=end - day)
    )
    third = await store.read(
        build_digest, 5, end + day, end + 2 * day, LateItems(after=second.watermark, since=end)
    )
    listed = [[s.published for s in d.stories] for d in (first, second, third)]
    expected = [NOW - timedelta(hours=2)]
    assert listed == ([expected, [], []] if second_copy_polled == "before the digest" else [[], expected, []])


async def test_a_late_keyword_match_is_listed_after_another_servers_matches_were_purged(
    feed_server, server_settings, store
) -> None:
    """SQLite gives a deleted top id again: after a departed server's newest matches were
    purged, this server's next match had an id at or below the global watermark of its last
    digest, and was in no digest. The watermark is the server's own matches'."""
    fire = NOW - timedelta(minutes=5)
    day = timedelta(days=1)
    first = item("one", "Switch 2 sales top 20 million", hours_ago=2)
    url = feed_server.set_feed("f", rss([first]))

    def setup(db):
        feed_store.add_feed(db, spec(url, name="Feed"), NOW)
        for guild in (5, 6):
            db.execute("INSERT INTO servers (guild_id, created_at, updated_at) VALUES (?, 'x', 'x')", [guild])
            db.execute(
                "INSERT INTO server_watch_terms VALUES (?, 'Switch 2', 'switch 2', 'include', 'x')", [guild]
            )

    await store.write(setup)
    clock = Clock()
    clock.now = fire - timedelta(hours=1)
    await make_poller(server_settings, store, clock).run_cycle(force=True)
    at_fire = await store.read(build_digest, 5, fire - day, fire)
    assert [k.title for k in at_fire.keyword_matches] == [first["title"]]
    await store.write(
        lambda db: db.execute(
            "UPDATE servers SET active = 0, inactive_since = '2000-01-01T00:00:00Z' WHERE guild_id = 6"
        )
    )
    assert await store.write(purge_inactive, NOW) == 1
    late_item = item("two", "Switch 2 price rises in Europe", hours_ago=10 / 60)  # before the digest
    feed_server.set_feed("f", rss([late_item, first]))
    clock.now = NOW  # polled after it
    await make_poller(server_settings, store, clock).run_cycle(force=True)
    following = await store.read(
        build_digest, 5, fire, fire + day, LateItems(after=at_fire.watermark, since=fire - day)
    )
    assert [k.title for k in following.keyword_matches] == [late_item["title"]]


async def test_a_story_a_new_feeds_undated_backlog_started_is_dated_by_its_first_real_report(
    feed_server, server_settings, store
) -> None:
    """A new feed's undated backlog took the time it was fetched as its date. A dated report
    that joins its story a day later is the story's news: the digest of that day lists it, and
    so does the next digest's late window when it was polled after its own day's digest."""
    backlog = {
        k: v for k, v in item("gen4", "Runway launches Gen-4 for all paid plans").items() if k != "pubDate"
    }
    day = timedelta(days=1)
    fire = NOW + day + timedelta(minutes=30)  # the day's digest, read before the report is polled
    report = item("gen4-b", "Runway releases Gen-4 to all paid plans", hours_ago=-24)  # NOW + 1 day

    def setup(db):
        feed_store.add_feed(db, spec(feed_server.set_feed("a", rss([backlog])), name="Old"), NOW)
        db.execute("INSERT INTO servers (guild_id, created_at, updated_at) VALUES (5, 'x', 'x')")

    await store.write(setup)
    clock = Clock()
    await make_poller(server_settings, store, clock).run_cycle(force=True)  # the backlog, at NOW
    at_fire = await store.read(build_digest, 5, fire - day, fire)
    assert at_fire.stories == []  # backlog only: no news yet
    await store.write(
        lambda db: feed_store.add_feed(db, spec(feed_server.set_feed("b", rss([report])), name="New"), NOW)
    )
    clock.now = fire + timedelta(minutes=30)
    await make_poller(server_settings, store, clock).run_cycle(force=True)
    (row,) = await store.read(
        lambda db: list(db.query("SELECT count(*) AS n, count(DISTINCT story_id) AS s FROM announcements"))
    )
    assert (row["n"], row["s"]) == (2, 1)  # one story: the backlog's, joined by the report
    late = LateItems(after=at_fire.watermark, since=fire - day)
    following = await store.read(build_digest, 5, fire, fire + day, late)
    assert [s.published for s in following.stories] == [NOW + day]
    # Read after the poll, the day's own digest lists it, dated by the report, not the backlog.
    read_later = await store.read(build_digest, 5, fire - day, fire)
    assert [s.published for s in read_later.stories] == [NOW + day]


# -- end to end -------------------------------------------------------------------------------


async def configure_digest(env, time_text: str | None = None, tz: str = "UTC"):
    """A daily digest whose last run was an hour ago (so recent items fall in its period)."""
    time_text = time_text or (utcnow() - timedelta(hours=1)).strftime("%H:%M")
    fake, guild = env.fake, env.guild
    general = fake.channel(guild, "general")
    record = await fake.invoke(
        guild,
        "digest channel",
        {"channel": ("channel", general.id)},
        resolved=fake.resolved_channel(guild, general),
    )
    assert "Digests will be posted" in record.text()
    record = await fake.invoke(
        guild, "digest schedule", {"frequency": "daily", "time": time_text, "timezone": tz}
    )
    assert "Digest scheduled: daily" in record.text(), record.text()
    return general


async def fill_recent(env) -> None:
    now = utcnow()
    items = [
        item("veo", "Google releases Veo 4 in the Gemini API", hours_ago=3),
        item("sora", "OpenAI delays the Sora API in Europe", hours_ago=4),
    ]
    url = env.feeds.set_feed("recent", rss(items))
    await env.store.write(lambda db: feed_store.add_feed(db, spec(url, name="Recent Feed"), now))
    await env.bot.runtime.poller.run_cycle(force=True)


async def test_digest_commands_schedule_a_job_and_post_once_with_the_chart(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    general = await configure_digest(bot_env)
    digests = bot_env.bot.runtime.digests
    job = bot_env.bot.runtime.scheduler.get_job(f"digest:{guild.id}")
    target = (await bot_env.store.read(digest_targets, headless=False))[0]
    from feeds.service.digest_plan import next_fire

    assert job is not None and job.next_run_time == next_fire(schedule_of(target), utcnow())
    await fill_recent(bot_env)
    await digests.job(guild.id)
    posts = await bot_env.until(lambda: fake.posts(general.id), message="the digest")
    await digests.job(guild.id)  # the same period again: nothing new
    await bot_env.bot.runtime.worker.drain()
    assert len(fake.posts(general.id)) == 1
    # Where the next digest takes over: the reports stored when this one was read.
    (server,) = await bot_env.sql("SELECT last_digest_watermark FROM servers WHERE guild_id = ?", guild.id)
    assert (
        server["last_digest_watermark"]
        == (await bot_env.sql("SELECT max(id) AS n FROM announcements"))[0]["n"]
    )
    message = posts[0]
    assert message["attachments"][0]["filename"] == "digest.png"
    assert message["_files"][0]["data"].startswith(b"\x89PNG")
    text = "\n".join((e.get("description") or "") + (e.get("title") or "") for e in message["embeds"])
    assert "Veo 4" in text and "Sora API" in text and "AI-video digest" in text
    footer = message["embeds"][-1]["footer"]["text"]
    assert marker_of([footer]) == f"#{(await bot_env.sql('SELECT id FROM deliveries'))[0]['id']}"
    assert not re.search(r"#\d", footer)  # the delivery marker is invisible
    assert "Google" in text and "google" not in text  # the vendor section by its display name
    # Preview: the current period so far (since the last digest), ephemeral, with the chart.
    fresh = {
        "guid": "fresh",
        "title": "Pika launches Pika 3.0, its new AI video model",
        "link": "https://news.example/fresh",
        "pubDate": http_date(utcnow() - timedelta(minutes=10)),
    }
    # Published before the digest's time but polled after it was read: the next digest lists
    # it (late), and so does the preview of that digest.
    late = {
        "guid": "late",
        "title": "Runway launches Gen-5 for all paid plans",
        "link": "https://news.example/late",
        "pubDate": http_date(utcnow() - timedelta(minutes=90)),
    }
    bot_env.feeds.set_feed("recent", rss([fresh, late]))
    await bot_env.bot.runtime.poller.run_cycle(force=True)
    preview = await fake.invoke(guild, "digest preview")
    assert preview.ephemeral  # deferred ephemerally; the digest follows
    assert "Pika 3.0" in preview.text() and "Gen-5" in preview.text() and "Veo 4" not in preview.text()
    assert preview.followups[0]["attachments"][0]["filename"] == "digest.png"
    off = await fake.invoke(guild, "digest off")
    assert "off" in off.text() and bot_env.bot.runtime.scheduler.get_job(f"digest:{guild.id}") is None


async def test_digest_schedule_mistakes_are_explained(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    for options, needle in [
        ({"frequency": "daily", "time": "25:00", "timezone": "UTC"}, "HH:MM"),
        ({"frequency": "daily", "time": "09:00", "timezone": "Mars/Base"}, "unknown time zone"),
        ({"frequency": "weekly", "time": "09:00", "timezone": "UTC"}, "needs a weekday"),
        ({"frequency": "daily", "time": "09:00", "timezone": "UTC", "weekday": "mon"}, "takes no weekday"),
    ]:
        record = await fake.invoke(guild, "digest schedule", options)
        assert record.ephemeral and needle in record.text(), record.text()
    zones = await fake.invoke(
        guild,
        "digest schedule",
        {"frequency": "daily", "time": "09:00", "timezone": "paris"},
        focused="timezone",
    )
    assert zones.first["data"]["choices"][0]["value"] == "Europe/Paris"
    member = await fake.invoke(guild, "digest off", admin=False)
    assert "Manage Server" in member.text()


async def test_restart_sends_a_missed_digest_once_and_loses_no_alert(
    tmp_path, feed_server, fake_discord
) -> None:
    from tests.botenv import BotEnv, start_bot, stop_bot
    from tests.conftest import make_settings
    from tests.test_poller import ANNOUNCEMENT

    guild = fake_discord.add_guild()
    settings = make_settings(
        tmp_path / "restart.db",
        discord_token=fake_discord.token,
        discord_api_base=fake_discord.api_base,
        url_allowlist=[feed_server.host_port],
    )
    # A daily digest due an hour ago, in UTC.
    due = (utcnow() - timedelta(hours=1)).strftime("%H:%M")

    async def run_once(action):
        store = await Store.open(settings.database)
        bot, task = await start_bot(settings, store, fake_discord)
        env = BotEnv(fake_discord, feed_server, bot, store, settings, guild)
        try:
            await action(env)
        finally:
            await stop_bot(bot, task)
            await store.close()

    async def first(env):
        await env.set_alert_channel()
        await configure_digest(env, due, "UTC")
        await fill_recent(env)
        feed_server.set_feed("late", rss([ANNOUNCEMENT]))
        await env.store.write(
            lambda db: feed_store.add_feed(db, spec(feed_server.url("/feed/late")), utcnow())
        )
        env.bot.runtime.worker.drain = lambda *a, **k: _noop()  # stop before anything is delivered
        await env.bot.runtime.poller.run_cycle(force=True)

    async def second(env):
        general = fake_discord.channel(guild, "general").id
        await env.until(lambda: fake_discord.posts(general), message="the missed digest")
        await env.until(lambda: len(fake_discord.posts(env.channel_id())) >= 3, message="the alerts")

    async def third(env):
        await env.bot.runtime.worker.drain()

    await run_once(first)
    assert fake_discord.posts(fake_discord.channel(guild, "general").id) == []
    await run_once(second)
    await run_once(third)
    digests = fake_discord.posts(fake_discord.channel(guild, "general").id)
    alerts = fake_discord.posts(fake_discord.channel(guild, "alerts").id)
    assert len(digests) == 1
    titles = [m["embeds"][0]["title"] for m in alerts]
    assert len(titles) == len(set(titles)) == 3  # Veo, Sora delay, the late announcement: each once


async def _noop():
    return None


# -- review follow-ups ------------------------------------------------------------------------


def test_cli_quiet_period_ends_with_a_newline() -> None:
    text = digest_text(Digest(1, START, END))
    assert text.startswith("Quiet period") and text.endswith(").\n") and text.count("\n") == 1


def test_a_long_group_says_cont_once_on_each_later_page_in_the_servers_language() -> None:
    stories = [story(f"s{i}", "launch", "openai", title=f"Story {i} " + "word " * 40) for i in range(120)]
    for lang, continued in (("en", r"**OpenAI \(cont.\)**"), ("fr", r"**OpenAI \(suite\)**")):
        pages = [
            e["description"].split("\n")
            for m in digest_messages(Digest(1, START, END, stories=stories), lang, with_chart=False)
            for e in m.embeds
        ]
        assert len(pages) > 2
        assert pages[0][3] == "**OpenAI**" and continued not in pages[0]  # after the header
        for page in pages[1:]:
            assert page[0] == continued and page.count(continued) == 1  # never "(…) (…)"
            assert all(line != "**OpenAI**" for line in page)


async def test_a_story_below_the_servers_min_score_is_left_out(feed_server, server_settings, store) -> None:
    now = utcnow()
    items = [
        item("veo", "Google releases Veo 4 in the Gemini API", hours_ago=3),  # a clear announcement
        item(
            "unveil", "OpenAI unveils Sora 3", hours_ago=4
        ),  # a weaker one (a weak cue; a rumour is no event)
    ]
    await poll_for_server_5(store, feed_server, server_settings, items)
    scores = await store.read(lambda db: dict(db.execute("SELECT subject, score FROM stories").fetchall()))
    assert scores["veo"] > scores["sora"], scores
    everything = await store.read(build_digest, 5, now - timedelta(days=1), now)
    threshold = (scores["veo"] + scores["sora"]) / 2
    await store.write(
        lambda db: db.execute("UPDATE servers SET min_score = ? WHERE guild_id = 5", [threshold])
    )
    strict = await store.read(build_digest, 5, now - timedelta(days=1), now)
    assert sorted(s.title for s in everything.stories) == sorted(i["title"] for i in items)  # default 0.5
    assert [s.title for s in strict.stories] == ["Google releases Veo 4 in the Gemini API"]


async def test_moving_a_digest_later_the_same_day_still_sends_it_once(server_settings) -> None:
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    from feeds.service.digest_jobs import Digests
    from feeds.service.digest_plan import make_schedule
    from feeds.storage.db import write_transaction
    from feeds.storage.servers import set_digest_channel, set_digest_schedule

    morning = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    evening = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
    store = await Store.open(server_settings.database)
    try:

        async def schedule(at: str) -> None:
            def change(db):
                with write_transaction(db):
                    db.execute(
                        "INSERT INTO servers (guild_id, created_at, updated_at) VALUES (7, 'x', 'x') ON CONFLICT DO NOTHING"
                    )
                    set_digest_channel(db, 7, 70, morning)
                    set_digest_schedule(db, 7, make_schedule("daily", at, "UTC"), morning)

            await store.write(change)

        digests = Digests(store, AsyncIOScheduler(), headless=False, clock=lambda: evening, wake=lambda: None)
        await schedule("09:00")
        [target] = (await digests.targets()).values()
        assert await digests.enqueue(target, morning) == 1
        assert await digests.enqueue(target, morning) == 0  # the same period: never twice
        await schedule("18:00")  # moved after the 09:00 one went out
        [target] = (await digests.targets()).values()
        assert await digests.enqueue(target, evening) == 1
        assert await digests.enqueue(target, evening) == 0
        assert await digests.enqueue(target, morning) == 0  # an older period: not again either
        rows = await store.read(
            lambda db: [dict(r) for r in db.query("SELECT ref, payload FROM deliveries ORDER BY id")]
        )
    finally:
        await store.close()
    assert [r["ref"] for r in rows] == ["2026-11-24T09:00:00Z", "2026-11-24T18:00:00Z"]
    header = json.loads(rows[1]["payload"])["message"]["embeds"][0]["description"]
    span = f"<t:{int(morning.timestamp())}:f> → <t:{int(evening.timestamp())}:f>"
    assert span in header  # from the 09:00 digest on: no overlap


async def test_a_digest_waiting_for_a_channel_gets_its_job_when_alerts_get_one(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    scheduler = bot_env.bot.runtime.scheduler
    record = await fake.invoke(
        guild, "digest schedule", {"frequency": "daily", "time": "09:00", "timezone": "UTC"}
    )
    assert "No digest or alert channel yet" in record.text()
    assert scheduler.get_job(f"digest:{guild.id}") is None  # nowhere to post yet
    await bot_env.set_alert_channel()
    job = scheduler.get_job(f"digest:{guild.id}")
    assert job is not None and job.next_run_time.strftime("%H:%M") == "09:00"
    await fake.leave_guild(guild)
    await bot_env.until(lambda: scheduler.get_job(f"digest:{guild.id}") is None, message="the job removed")
    await fake.join_guild(guild)
    await bot_env.until(lambda: scheduler.get_job(f"digest:{guild.id}") is not None, message="the job back")


async def test_digest_replies_and_mistakes_in_french(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    general = fake.channel(guild, "general")

    async def fr(command: str, options: dict, **kwargs) -> str:
        record = await fake.invoke(guild, command, options, locale="fr", **kwargs)
        assert record.ephemeral, command
        return record.text()

    channel = await fr(
        "digest channel", {"channel": ("channel", general.id)}, resolved=fake.resolved_channel(guild, general)
    )
    assert channel.startswith("Les résumés seront publiés dans")
    scheduled = await fr(
        "digest schedule",
        {"frequency": "weekly", "time": "09:00", "timezone": "Europe/Paris", "weekday": "mon"},
    )
    assert scheduled.startswith(
        "Résumé programmé : hebdomadaire, le lundi à 09:00 (Europe/Paris). Prochain <t:"
    )
    daily = await fr("digest schedule", {"frequency": "daily", "time": "18:30", "timezone": "UTC"})
    assert daily.startswith("Résumé programmé : quotidien à 18:30 (UTC).")
    for options, expected in [
        (
            {"frequency": "daily", "time": "25:00", "timezone": "UTC"},
            "l'heure s'écrit HH:MM sur 24 heures, par ex. 09:00 (reçu : '25:00')",
        ),
        (
            {"frequency": "daily", "time": "09:00", "timezone": "Mars/Base"},
            "fuseau horaire inconnu 'Mars/Base' ; utilisez un nom IANA comme Europe/Paris",
        ),
        (
            {"frequency": "weekly", "time": "09:00", "timezone": "UTC"},
            "un résumé hebdomadaire a besoin d'un jour (lundi … dimanche)",
        ),
    ]:
        assert await fr("digest schedule", options) == expected
    assert await fr("digest off", {}) == "Les résumés sont désactivés."
    refused = await fake.invoke(guild, "digest off", locale="fr", admin=False)
    assert refused.ephemeral and "Gérer le serveur" in refused.text()

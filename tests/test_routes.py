"""/alerts route: where each alert goes. Routes by vendor, product, event, language and score,
to a text channel, an existing thread, a forum (a post per story, tagged by event) or a text
channel with a thread per story; the alert channel takes what no route caught; one post per
channel; permission refusals; the rate cap. Real discord.py client against the fake Discord."""

from __future__ import annotations

import asyncio

import pytest

from feeds.storage import feed_records as feed_store
from feeds.timeutil import utcnow
from tests.fake_discord import FORUM, SEND_MESSAGES_IN_THREADS, iso_now
from tests.feedserver import rss
from tests.helpers import spec
from tests.test_poller import item

SORA = item("sora", "OpenAI launches the Sora 2 API for developers")
VEO = item("veo", "Google releases Veo 4 in the Gemini API")
PIKA = item("pika", "Pika puts Pika 3.0 behind a waitlist")


async def add_feed(env, name: str, items: list[dict]) -> None:
    url = env.feeds.set_feed(name, rss(items))
    await env.store.write(lambda db: feed_store.add_feed(db, spec(url, name=name.title()), utcnow()))


async def add_route(env, channel, *, expect: str | None = "Route ", **options):
    fake, guild = env.fake, env.guild
    record = await fake.invoke(
        guild,
        "alerts route add",
        {"channel": ("channel", channel.id), **options},
        resolved=fake.resolved_channel(guild, channel),
    )
    assert record.ephemeral
    if expect is not None:
        assert expect in record.text(), record.text()
    return record


def titles(fake, channel_id: int) -> list[str]:
    return [e["title"] for m in fake.posts(channel_id) for e in m["embeds"]]


async def test_routes_split_alerts_and_the_alert_channel_takes_the_rest(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    await bot_env.set_alert_channel("alerts")
    openai_news = fake.add_channel(guild, "openai-news")
    waitlists = fake.add_channel(guild, "waitlists")
    await fake.settle()
    await add_route(bot_env, openai_news, vendor="OpenAI")  # a display name is accepted
    await add_route(bot_env, waitlists, event="waitlist")
    record = await fake.invoke(guild, "alerts route list")
    assert "OpenAI" in record.text() and "Waitlist" in record.text(), record.text()
    alerts = bot_env.channel_id("alerts")  # named as a mention (a footer would show a bare id)
    assert f"go to the alert channel (<#{alerts}>)" in record.message["embeds"][0]["description"]
    await add_feed(bot_env, "news", [SORA, VEO, PIKA])
    await bot_env.poll_and_deliver()
    assert titles(fake, openai_news.id) == [SORA["title"]]
    assert titles(fake, waitlists.id) == [PIKA["title"]]
    assert titles(fake, bot_env.channel_id("alerts")) == [VEO["title"]]  # no route took it
    rows = await bot_env.sql("SELECT count(*) AS n FROM deliveries WHERE kind = 'story'")
    assert rows == [{"n": 3}]  # one outbox row per route, exactly once each


async def test_a_full_route_list_fits_discords_limits_in_pages(bot_env) -> None:
    """25 routes (the most a server may have) with long product names, in French and with
    big route ids: one embed would pass Discord's 4,096 characters and the admin got an
    internal error. Pages, each naming the alert channel."""
    from feeds.detect.taxonomy import bundled_taxonomy
    from feeds.storage.routes import RouteSpec

    fake, guild = bot_env.fake, bot_env.guild
    taxonomy = bundled_taxonomy()
    products = sorted(taxonomy.product_slugs, key=lambda p: len(taxonomy.product_label(p)), reverse=True)
    role = fake.add_role(guild, "ai-video")
    channel = (await bot_env.set_alert_channel()).id
    await bot_env.execute(  # another server's route: this one's ids have five digits
        "INSERT INTO alert_routes (id, guild_id, channel_id, target, created_at) VALUES (99990, 1, 1, 'channel', 'x')"
    )
    vendors = sorted(taxonomy.vendor_slugs, key=lambda v: len(taxonomy.vendor_name(v)), reverse=True)
    for index, product in enumerate(products[:25]):
        route = RouteSpec(
            channel_id=channel,
            target="forum",
            vendor=vendors[index % 3],
            product=product,
            event="availability",
            language="fr",
            min_score=0.75,
            ping_role_id=role,
        )
        await bot_env.store.add_route(guild.id, route, utcnow())
    record = await fake.invoke(guild, "alerts route list", locale="fr")
    assert not record.refused, record.refused
    first = record.message["embeds"][0]
    assert len(first["description"]) <= 4096 and f"<#{channel}>" in first["description"]
    assert record.message.get("components"), "one page: the list did not need pages"


async def test_route_remove_and_unknown_values_are_refused(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    channel = fake.add_channel(guild, "video")
    await fake.settle()
    await add_route(bot_env, channel, vendor="nobody-at-all", expect="is unknown: pick one from the list")
    # "all" is no language filter at all: a route takes one language or none.
    await add_route(bot_env, channel, language="all", expect="Give one language code")
    await add_route(bot_env, channel, language="en fr", expect="Give one language code")
    assert await bot_env.sql("SELECT * FROM alert_routes") == []
    await add_route(bot_env, channel, product="sora")
    (route,) = await bot_env.sql("SELECT id FROM alert_routes")
    complete = await fake.invoke(guild, "alerts route remove", {"route": ""}, focused="route")
    assert [c["value"] for c in complete.first["data"]["choices"]] == [route["id"]]
    record = await fake.invoke(guild, "alerts route remove", {"route": route["id"] + 50})
    assert record.ephemeral and "no route" in record.text()
    record = await fake.invoke(guild, "alerts route remove", {"route": route["id"]})
    assert "removed" in record.text()
    assert await bot_env.sql("SELECT * FROM alert_routes") == []
    member = await fake.invoke(guild, "alerts route list", admin=False)
    assert "Manage Server" in member.text()


async def test_a_route_into_an_existing_thread(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    parent = fake.add_channel(guild, "video")
    thread = fake.add_thread(guild, parent, "sora-watch")
    await fake.settle()
    await add_route(bot_env, thread, product="sora")
    await add_feed(bot_env, "news", [SORA])
    await bot_env.poll_and_deliver()
    assert titles(fake, thread.id) == [SORA["title"]]
    assert fake.posts(parent.id) == []


async def test_a_forum_route_posts_one_tagged_post_per_story(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    forum = fake.add_channel(guild, "video-forum", type=FORUM, tags=("Launch", "Waitlist", "Other"))
    await fake.settle()
    await add_route(bot_env, forum)
    await add_feed(bot_env, "news", [SORA, PIKA])
    await bot_env.poll_and_deliver()
    posts = {t["name"]: t for t in fake.threads(forum.id)}
    assert set(posts) == {SORA["title"], PIKA["title"]}
    assert posts[SORA["title"]]["tags"] == ["Launch"]
    assert posts[PIKA["title"]]["tags"] == ["Waitlist"]
    starter = posts[SORA["title"]]["messages"][0]
    assert starter["embeds"][0]["title"] == SORA["title"]
    # Later coverage: the starter is edited and the post gets a new message.
    await add_feed(
        bot_env, "second", [item("sora2", "OpenAI releases the Sora 2 API to developers, company says")]
    )
    await bot_env.poll_and_deliver()
    thread_id = int(posts[SORA["title"]]["id"])
    await bot_env.until(lambda: len(fake.posts(thread_id)) == 2, message="the later coverage")
    assert "Second" in str(fake.posts(thread_id)[-1])
    assert starter["edited_timestamp"] and "Second" in str(starter["embeds"])  # the starter, edited
    assert len(fake.threads(forum.id)) == 2  # no new post for the same story
    await bot_env.poll_and_deliver()
    await bot_env.bot.runtime.worker.drain()
    assert len(fake.posts(thread_id)) == 2  # the later coverage, once


@pytest.mark.parametrize("archived", [False, True], ids=["active", "archived"])
async def test_a_forum_post_whose_answer_was_lost_is_found_after_a_restart(bot_env, archived: bool) -> None:
    """A forum takes no nonce: the post made before a lost answer must be found before a
    retry. After a restart the outbox runs before the gateway has delivered the server, so
    the client's cache knows no post: the posts are asked of Discord, the archived ones too
    (an idle post is archived after an hour)."""
    fake, guild = bot_env.fake, bot_env.guild
    worker, poller = bot_env.bot.runtime.worker, bot_env.bot.runtime.poller
    forum = fake.add_channel(guild, "video-forum", type=FORUM, tags=("Launch", "Other"))
    await fake.settle()
    await add_route(bot_env, forum)
    worker.send_timeout = 0.3
    fake.inject("POST", rf"/channels/{forum.id}/threads$", delay=1.0)  # posted; the answer is late
    await add_feed(bot_env, "news", [SORA])
    await poller.run_cycle(force=True)
    await worker.drain()
    assert len(fake.threads(forum.id)) == 1
    rows = await bot_env.sql("SELECT state FROM deliveries WHERE kind = 'story'")
    assert rows == [{"state": "pending"}]
    cached = bot_env.bot.get_guild(guild.id)
    assert cached is not None
    cached._threads.clear()  # as after a restart: no post in the client's cache yet
    if archived:
        post = guild.channels[int(fake.threads(forum.id)[0]["id"])]
        post.archived, post.archived_at = True, iso_now()
    await bot_env.execute("UPDATE deliveries SET next_attempt_at = '2000-01-01T00:00:00Z'")

    async def settled() -> bool:
        await worker.drain()
        state = (await bot_env.sql("SELECT state FROM deliveries WHERE kind = 'story'"))[0]["state"]
        return state == "sent" or len(fake.threads(forum.id)) > 1

    await bot_env.until(settled, message="the retried forum post")
    (post,) = fake.threads(forum.id)
    rows = await bot_env.sql("SELECT state, thread_id FROM deliveries WHERE kind = 'story'")
    assert rows == [{"state": "sent", "thread_id": int(post["id"])}]


async def test_thread_per_story_opens_a_thread_from_the_alert(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    channel = fake.add_channel(guild, "video")
    await fake.settle()
    await add_route(bot_env, channel, thread_per_story=True)
    await add_feed(bot_env, "news", [SORA])
    await bot_env.poll_and_deliver()
    (alert,) = fake.posts(channel.id)
    (thread,) = fake.threads(channel.id)
    assert int(thread["id"]) == int(alert["id"]) and thread["name"] == SORA["title"]
    await add_feed(
        bot_env, "second", [item("sora2", "OpenAI releases the Sora 2 API to developers, company says")]
    )
    await bot_env.poll_and_deliver()
    await bot_env.until(lambda: fake.posts(int(thread["id"])), message="the later coverage")
    assert len(fake.posts(channel.id)) == 1
    await bot_env.poll_and_deliver()
    assert len(fake.posts(int(thread["id"]))) == 1  # once


async def test_route_add_checks_the_bots_permissions_where_it_will_post(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    channel = fake.add_channel(guild, "video")
    await fake.settle()
    await fake.deny_bot(guild, channel, SEND_MESSAGES_IN_THREADS)
    await asyncio.sleep(0.1)
    await add_route(bot_env, channel, thread_per_story=True, expect="missing Send Messages In Threads")
    forum = fake.add_channel(guild, "video-forum", type=FORUM, tags=("Launch",))
    await fake.settle()
    await add_route(bot_env, forum, thread_per_story=True, expect="text or announcement channel")
    assert await bot_env.sql("SELECT * FROM alert_routes") == []


async def test_past_the_rate_cap_alerts_fold_into_one_and_n_more_message(bot_env) -> None:
    fake = bot_env.fake
    await bot_env.set_alert_channel("alerts")
    assert bot_env.bot.runtime.worker.rate_cap == 10  # the default: 10 per 10 minutes
    bot_env.bot.runtime.worker.rate_cap = 2
    news = [
        SORA,
        VEO,
        PIKA,
        item("runway", "Runway launches Gen-5 for all paid plans"),
        item("kling", "Kuaishou cuts Kling 2.5 API prices by 30%"),
    ]
    await add_feed(bot_env, "news", news)
    await bot_env.poll_and_deliver()
    channel = bot_env.channel_id("alerts")
    assert len(fake.posts(channel)) == 2  # the cap
    folded = await bot_env.sql(
        "SELECT count(*) AS n FROM deliveries WHERE kind = 'story' AND message_id IS NULL"
    )
    assert folded == [{"n": 3}]
    # The summary waits for the end of the window; let the window end.
    await bot_env.execute(
        "UPDATE deliveries SET next_attempt_at = '2000-01-01T00:00:00Z' WHERE dedup_key LIKE 'fold:%'"
    )
    await bot_env.bot.runtime.worker.drain()
    posts = fake.posts(channel)
    assert len(posts) == 3
    summary = posts[-1]["embeds"][0]
    assert summary["title"].startswith("…and 3 more alerts")
    assert summary["description"].count("\n") == 2  # one line per folded story
    await bot_env.bot.runtime.worker.drain()
    assert len(fake.posts(channel)) == 3  # posted once


async def test_a_forum_post_found_after_all_does_not_repeat_the_coverage_it_shows(bot_env) -> None:
    """The post's answer was lost and the retry found it: it is refreshed with the story as it
    is now, but the reports its first message lists get no second message in the post."""
    fake, guild = bot_env.fake, bot_env.guild
    worker, poller = bot_env.bot.runtime.worker, bot_env.bot.runtime.poller
    forum = fake.add_channel(guild, "video-forum", type=FORUM, tags=("Launch", "Other"))
    await fake.settle()
    await add_route(bot_env, forum)
    await add_feed(bot_env, "news", [SORA])
    await add_feed(
        bot_env, "second", [item("sora2", "OpenAI releases the Sora 2 API to developers, company says")]
    )
    worker.send_timeout = 0.3
    fake.inject("POST", rf"/channels/{forum.id}/threads$", delay=1.0)  # posted; the answer is late
    await poller.run_cycle(force=True)
    await worker.drain()
    await bot_env.until(lambda: fake.threads(forum.id), message="the forum post")
    await bot_env.execute("UPDATE deliveries SET next_attempt_at = '2000-01-01T00:00:00Z'")
    for _ in range(3):  # (the bot's own drains may take a turn too: the outcome counts)
        await worker.drain()
    rows = await bot_env.sql("SELECT state, edit_pending FROM deliveries")
    assert rows == [{"state": "sent", "edit_pending": 0}]
    (post,) = fake.threads(forum.id)  # found, not posted again
    assert len(fake.posts(int(post["id"]))) == 1  # the post itself, no repeated "Also reported by"


async def test_in_french_replies_and_forum_tags_follow_the_servers_language(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    await bot_env.set_alert_channel("alerts")
    record = await fake.invoke(guild, "alerts route list", locale="fr")
    assert "Aucune route" in record.text()
    await bot_env.execute("UPDATE servers SET locale = 'fr'")
    forum = fake.add_channel(guild, "forum-video", type=FORUM, tags=("lancement", "Launch-ish"))
    await fake.settle()
    record = await fake.invoke(
        guild,
        "alerts route add",
        {"channel": ("channel", forum.id), "event": "launch"},
        resolved=fake.resolved_channel(guild, forum),
        locale="fr",
    )
    assert "publication de forum par sujet" in record.text() and "Lancement" in record.text(), record.text()
    await add_feed(bot_env, "news", [SORA])
    await bot_env.poll_and_deliver()
    (post,) = fake.threads(forum.id)
    assert post["tags"] == ["lancement"]  # the event's French name, case-insensitive


async def test_the_alert_channel_never_repeats_a_story_a_route_took(bot_env) -> None:
    """A French route takes the French report; the English report of the same story, which no
    route takes, edits that alert instead of posting the story again in the alert channel."""
    fake, guild = bot_env.fake, bot_env.guild
    await bot_env.set_alert_channel("alerts")
    french = fake.add_channel(guild, "en-francais")
    await fake.settle()
    await add_route(bot_env, french, language="fr")
    url = bot_env.feeds.set_feed(
        "fr", rss([item("fr", "OpenAI lance l’API Sora 2 pour les développeurs")], lang="fr")
    )
    await bot_env.store.write(lambda db: feed_store.add_feed(db, spec(url, name="Presse"), utcnow()))
    await bot_env.poll_and_deliver()
    assert len(fake.posts(french.id)) == 1
    await add_feed(bot_env, "news", [SORA])
    await bot_env.poll_and_deliver()
    assert fake.posts(bot_env.channel_id("alerts")) == []
    assert len(fake.posts(french.id)) == 1


async def test_a_forum_route_is_never_folded(bot_env) -> None:
    """Past the cap a forum would get an "and N more" message, which a forum cannot take:
    each story stays a post of its own."""
    fake, guild = bot_env.fake, bot_env.guild
    bot_env.bot.runtime.worker.rate_cap = 1
    forum = fake.add_channel(guild, "video-forum", type=FORUM)
    await fake.settle()
    await add_route(bot_env, forum)
    await add_feed(bot_env, "news", [SORA, VEO, PIKA])
    await bot_env.poll_and_deliver()
    assert len(fake.threads(forum.id)) == 3
    assert await bot_env.sql("SELECT state FROM deliveries WHERE state != 'sent'") == []

"""A feed's display name is per server: a name a server gives a feed is shown to that server
only. Everyone else reads the operator's name, else the feed's own title, else its URL.

Server A adds a URL as "FREE NITRO at discord.gg/x", server B adds it as "Tech B", server C
adds it without a name: each reads its own name (C the feed's title) in /feeds list, alerts,
keyword alerts, /news latest, search, why and digests."""

from __future__ import annotations

import pytest

from feeds.storage import feed_records as feed_store
from feeds.storage import servers
from feeds.storage.db import open_database
from feeds.storage.digests import build_digest
from feeds.storage.migrations import migrations
from feeds.storage.views import server_feeds
from feeds.timeutil import to_db, utcnow
from tests.conftest import NOW
from tests.fake_discord import Guild
from tests.feedserver import rss
from tests.helpers import spec
from tests.test_bot_feeds import button
from tests.test_poller import ANNOUNCEMENT, item

# Storage as production runs it, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_backends

NITRO = "FREE NITRO at discord.gg/x"
KEYWORD_ITEM = item("switch", "Nintendo Switch 2 sales top 20 million")


async def join(env, name: str) -> Guild:
    guild = env.fake.add_guild(name)
    await env.fake.join_guild(guild)
    await env.until(lambda: env.bot.get_guild(guild.id), message=f"the server {name}")
    return guild


async def add_named(env, guild: Guild, url: str, name: str | None) -> str:
    """`/feeds add` by an admin of ``guild``, confirmed."""
    options = {"url": url} if name is None else {"url": url, "name": name}
    record = await env.fake.invoke(guild, "feeds add", options)
    preview = record.followups[0]
    return (await env.fake.press(guild, preview, button(preview, "confirm"))).text()


async def three_servers(env) -> dict[str, tuple[Guild, str]]:
    """A, B and C follow the same feed, under A's name, B's name and no name; each has an
    alert channel and watches "Switch 2". Returns {server: (guild, the label it should read)}."""
    b, c = await join(env, "Server B"), await join(env, "Server C")
    seen = {"A": (env.guild, NITRO), "B": (b, "Tech B"), "C": (c, "Loopback Blog")}
    env.feeds.set_feed("blog", rss([ANNOUNCEMENT, KEYWORD_ITEM], title="Loopback Blog"))
    url = env.feeds.url("/feed/blog")
    for server, name in (("A", NITRO), ("B", "Tech B"), ("C", None)):
        guild = seen[server][0]
        assert "Added" in await add_named(env, guild, url, name)
        await env.set_alert_channel("alerts", guild=guild)
        await env.fake.invoke(guild, "watch add", {"term": "Switch 2"})
    assert len(await env.sql("SELECT id FROM feeds")) == 1  # still one feed, fetched once
    return seen


def source(embed: dict) -> str:
    return next(f["value"] for f in embed["fields"] if f["name"] == "Source")


async def test_each_server_reads_its_own_name_for_a_shared_feed(bot_env) -> None:
    env, fake = bot_env, bot_env.fake
    seen = await three_servers(env)
    for server, (guild, label) in seen.items():
        listing = (await fake.invoke(guild, "feeds list")).text()
        assert label in listing, (server, listing)
        if server != "A":
            assert "NITRO" not in listing, (server, listing)
    await env.poll_and_deliver()
    for server, (guild, label) in seen.items():
        channel = fake.channel(guild, "alerts").id
        posts = await env.until(lambda channel=channel: len(fake.posts(channel)) == 2 and fake.posts(channel))
        embeds = {m["embeds"][0]["title"]: m["embeds"][0] for m in posts}
        alert, keyword = embeds[ANNOUNCEMENT["title"]], embeds[KEYWORD_ITEM["title"]]
        for embed in (alert, keyword):
            assert source(embed).startswith(label), (server, source(embed))
            assert server == "A" or "NITRO" not in str(embed), (server, embed)


async def test_history_search_why_and_digests_use_the_servers_name(bot_env) -> None:
    env, fake = bot_env, bot_env.fake
    seen = await three_servers(env)
    await env.bot.runtime.poller.run_cycle(force=True)
    key = (await env.sql("SELECT key FROM stories"))[0]["key"]
    for server, (guild, label) in seen.items():
        for command, options in (
            ("news latest", {}),
            ("news latest", {"event": "keyword"}),
            ("news search", {"query": "sora"}),
            ("news why", {"story": key}),
            ("digest preview", {}),
        ):
            env.bot.cooldowns._until.clear()
            text = (await fake.invoke(guild, command, options, admin=command == "digest preview")).text()
            assert label in text, (server, command, options, text)
            assert server == "A" or "NITRO" not in text, (server, command, options, text)


def test_servers_name_their_feed_and_the_operator_names_it_for_everyone(db) -> None:
    """Storage: a server's name goes to its own follow; the operator's name (the feed list)
    is the fallback for servers that gave none, and never overrides a server's own name."""
    url = "https://blog.example/feed"
    feed, _ = feed_store.add_feed(db, spec(url, name="Server A's name"), NOW, origin="server", guild_id=1)
    servers.add_server_feed(db, 1, feed.id, NOW, name="Server A's name")
    servers.add_server_feed(db, 2, feed.id, NOW)
    assert feed_store.get_feed(db, feed.id).name is None  # not the feed's: A's alone
    assert [f.label for f in server_feeds(db, 1)] == ["Server A's name"]
    assert [f.label for f in server_feeds(db, 2)] == [url]
    servers.add_server_feed(db, 2, feed.id, NOW, name="Renamed by B")  # already followed: renames
    assert [f.label for f in server_feeds(db, 2)] == ["Renamed by B"]
    feed_store.sync_operator_feeds(db, [spec(url, name="Operator name")], NOW)
    servers.ensure_server(db, 3, NOW)
    assert [f.label for f in server_feeds(db, 1)] == ["Server A's name"]
    assert [f.label for f in server_feeds(db, 3)] == ["Operator name"]
    assert feed_store.get_feed(db, feed.id).label == "Operator name"  # the CLI's (operator's) view
    assert build_digest(db, 3, NOW, NOW).stories == []  # (the per-server name SQL runs)


def test_upgrade_moves_server_given_names_to_the_server_that_gave_them(db_path) -> None:
    """A database from before m004, where the first server to add a URL named it for all."""
    old = open_database(db_path, migrate=False)
    migrations.apply(old, stop_before="m004_server_feed_names")
    stamp = to_db(utcnow())
    for guild in (1, 2, 3):
        old.execute(
            "INSERT INTO servers (guild_id, created_at, updated_at) VALUES (?, ?, ?)", [guild, stamp, stamp]
        )
    feeds = [  # (id, origin, added_by_guild, name)
        (1, "server", 1, NITRO),  # A named it; B followed later
        (2, "server", 3, "Gone server's name"),  # the server that named it left; B still follows
        (3, "operator", 2, "Operator name"),  # B added it, then the operator listed it
        (4, "server", None, "Operator name, dropped"),  # the operator listed it, then dropped it
    ]
    for feed_id, origin, guild, name in feeds:
        old.execute(
            "INSERT INTO feeds (id, url, origin, added_by_guild, name, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [feed_id, f"https://f{feed_id}.example/feed", origin, guild, name, stamp, stamp],
        )
    for guild, feed_id in ((1, 1), (2, 1), (2, 2), (2, 3), (2, 4)):
        old.execute(
            "INSERT INTO server_feeds (guild_id, feed_id, mode, created_at) VALUES (?, ?, 'added', ?)",
            [guild, feed_id, stamp],
        )
    old.close()
    db = open_database(db_path)
    assert [r[0] for r in db.execute("SELECT name FROM feeds ORDER BY id")] == [
        None,
        None,
        "Operator name",
        "Operator name, dropped",
    ]
    names = db.execute(
        "SELECT guild_id, feed_id, name FROM server_feeds ORDER BY guild_id, feed_id"
    ).fetchall()
    assert names == [(1, 1, NITRO), (2, 1, None), (2, 2, None), (2, 3, None), (2, 4, None)]
    assert [f.label for f in server_feeds(db, 1)] == [NITRO, "Operator name"]  # and the operator feed
    assert [f.label for f in server_feeds(db, 2)] == [
        "https://f1.example/feed",
        "https://f2.example/feed",
        "Operator name",
        "Operator name, dropped",
    ]
    db.close()


async def test_a_disabled_feeds_notice_names_it_as_each_server_does(bot_env) -> None:
    env, fake = bot_env, bot_env.fake
    b = await join(env, "Server B")
    url = env.feeds.url("/status/410")  # gone: disabled at the first poll
    channels = {}
    for guild, name in ((env.guild, NITRO), (b, "Tech B")):
        await env.execute(
            "INSERT INTO feeds (url, origin, created_at, updated_at) VALUES (?, 'server', ?, ?) ON CONFLICT DO NOTHING",
            url,
            to_db(NOW),
            to_db(NOW),
        )
        feed_id = (await env.sql("SELECT id FROM feeds WHERE url = ?", url))[0]["id"]
        await env.store.write(
            lambda db, g=guild, n=name, f=feed_id: servers.add_server_feed(db, g.id, f, NOW, name=n)
        )
        channels[name] = (await env.set_notices_channel("general", guild=guild)).id
    await env.poll_and_deliver()
    for name, channel in channels.items():
        posts = await env.until(lambda channel=channel: fake.posts(channel), message=f"the notice for {name}")
        title = posts[0]["embeds"][0]["title"]
        assert name in title, title
        assert name == NITRO or "NITRO" not in str(posts), posts

"""/feeds end to end: preview and confirm, SSRF guard, mute/unmute, refresh cooldown."""

from __future__ import annotations

import asyncio

from feeds.storage import feed_records as feed_store
from feeds.timeutil import utcnow
from tests.feedserver import rss
from tests.helpers import spec
from tests.test_poller import ANNOUNCEMENT, DISTRACTOR


def button(message: dict, custom_id_part: str) -> str:
    for row in message["components"]:
        for component in row["components"]:
            if custom_id_part in component.get("custom_id", ""):
                return component["custom_id"]
    raise AssertionError(f"no button {custom_id_part}")


async def test_feeds_add_previews_then_saves_on_confirm(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    bot_env.feeds.set_feed("blog", rss([ANNOUNCEMENT, DISTRACTOR], title="Loopback Blog"))
    record = await fake.invoke(guild, "feeds add", {"url": bot_env.feeds.url("/page/blog")})
    assert record.first["type"] == 5  # deferred: fetching can take longer than 3 s
    preview = record.followups[0]
    assert "Loopback Blog" in record.text() and "2 entries" in record.text()
    assert ANNOUNCEMENT["title"] in record.text()
    assert await bot_env.sql("SELECT * FROM feeds") == []  # nothing saved before the confirmation
    # Someone else cannot press the caller's buttons.
    stranger = await fake.press(guild, preview, button(preview, "confirm"), user_id=777)
    assert stranger.ephemeral and "Only the person" in stranger.text()
    confirmed = await fake.press(guild, preview, button(preview, "confirm"))
    assert "Added **Loopback Blog**" in confirmed.text()
    rows = await bot_env.sql("SELECT url, origin, added_by_guild FROM feeds")
    assert rows == [{"url": bot_env.feeds.url("/feed/blog"), "origin": "server", "added_by_guild": guild.id}]
    assert await bot_env.sql("SELECT mode FROM server_feeds") == [{"mode": "added"}]


async def test_a_feed_name_of_invisible_characters_is_no_name(bot_env) -> None:
    """A name of a zero-width space showed as "Added ****" and an empty line in /feeds list:
    invisible characters are dropped, and a name with nothing left is no name (the feed's
    own title shows). Spaces inside a name are collapsed."""
    fake, guild = bot_env.fake, bot_env.guild
    bot_env.feeds.set_feed("blog", rss([ANNOUNCEMENT], title="Loopback Blog"))
    bot_env.feeds.set_feed("other", rss([DISTRACTOR], title="Other Blog"))
    for path, name, shown in (
        ("/feed/blog", "\u200b ", "Loopback Blog"),
        ("/feed/other", " My \u2060  Feed ", "My Feed"),
    ):
        bot_env.bot.cooldowns._until.clear()
        record = await fake.invoke(guild, "feeds add", {"url": bot_env.feeds.url(path), "name": name})
        confirmed = await fake.press(guild, record.followups[0], button(record.followups[0], "confirm"))
        assert f"Added **{shown}**" in confirmed.text(), confirmed.text()
    listing = (await fake.invoke(guild, "feeds list")).text()
    assert "Loopback Blog" in listing and "My Feed" in listing and "****" not in listing


def test_a_feed_names_joiners_and_new_emoji_are_kept() -> None:
    """Only what shows nothing goes: an emoji sequence's joiner, Persian's zero-width
    non-joiner and an emoji newer than Python's tables stay as written."""
    from feeds.models import FeedSpec

    for name in ("👨\u200d💻 Dev News", "می\u200cخواهم", "\U0001fae8 Shake", "\U0001fae8"):
        assert FeedSpec(url="https://x.example/feed", name=name).name == name
    assert FeedSpec(url="https://x.example/feed", name="\u202eevil\u202c name\u200b").name == "evil name"


async def test_feeds_add_rejects_non_feeds_and_private_addresses(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    record = await fake.invoke(guild, "feeds add", {"url": bot_env.feeds.url("/page/nolink")})
    assert "Not added" in record.text() and "does not link to a feed" in record.text()
    bot_env.bot.cooldowns._until.clear()
    record = await fake.invoke(guild, "feeds add", {"url": "http://10.1.2.3/feed.xml"})
    assert "Not added" in record.text() and "non-public address 10.1.2.3" in record.text()
    assert "the operator can allow it in VIDRADAR_URL_ALLOWLIST" in record.text()
    bot_env.bot.cooldowns._until.clear()
    record = await fake.invoke(guild, "feeds add", {"url": "ftp://example.org/feed"})
    assert record.ephemeral and "url must start with http:// or https://" in record.text()
    assert "pydantic" not in record.text()
    assert await bot_env.sql("SELECT * FROM feeds") == []


async def test_feeds_add_has_a_cooldown(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    await fake.invoke(guild, "feeds add", {"url": bot_env.feeds.url("/page/nolink")})
    again = await fake.invoke(guild, "feeds add", {"url": bot_env.feeds.url("/page/nolink")})
    assert again.ephemeral and "Please wait" in again.text()
    # A URL refused before any fetch costs no cooldown.
    bot_env.bot.cooldowns._until.clear()
    typo = await fake.invoke(guild, "feeds add", {"url": "htps://example.org/feed"})
    assert "must start with http:// or https://" in typo.text()
    fixed = await fake.invoke(guild, "feeds add", {"url": bot_env.feeds.url("/page/nolink")})
    assert "Please wait" not in fixed.text() and "does not link to a feed" in fixed.text()


async def test_operator_feed_is_muted_per_server_then_enabled(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    url = bot_env.feeds.set_feed("op", rss([DISTRACTOR], title="Operator Feed"))
    feed = await bot_env.store.write(
        lambda db: feed_store.add_feed(db, spec(url, name="Operator Feed"), utcnow())[0]
    )
    listing = await fake.invoke(guild, "feeds list")
    assert "Operator Feed" in listing.text() and "🆕" in listing.text()
    choices = await fake.invoke(guild, "feeds remove", {"feed": "oper"}, focused="feed")
    assert choices.first["type"] == 8
    assert choices.first["data"]["choices"][0]["value"] == str(feed.id)
    assert choices.first["data"]["choices"][0]["name"] == "🆕 Operator Feed"  # no English status word
    removed = await fake.invoke(guild, "feeds remove", {"feed": str(feed.id)})
    assert "Muted **Operator Feed**" in removed.text()
    assert await bot_env.sql("SELECT mode FROM server_feeds") == [{"mode": "muted"}]
    assert "🔇" in (await fake.invoke(guild, "feeds list")).text()
    enable_choices = await fake.invoke(guild, "feeds enable", {"feed": ""}, focused="feed")
    assert [c["value"] for c in enable_choices.first["data"]["choices"]] == [str(feed.id)]
    enabled = await fake.invoke(guild, "feeds enable", {"feed": str(feed.id)})
    assert "no longer muted" in enabled.text()
    assert await bot_env.sql("SELECT * FROM server_feeds") == []
    unknown = await fake.invoke(guild, "feeds remove", {"feed": "nope"})
    assert unknown.ephemeral and "Unknown feed" in unknown.text()


async def test_disabled_feed_is_re_enabled(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    url = bot_env.feeds.url("/status/410")
    feed = await bot_env.store.write(lambda db: feed_store.add_feed(db, spec(url, name="Gone"), utcnow())[0])
    await bot_env.bot.runtime.poller.run_cycle(force=True)
    assert (await bot_env.sql("SELECT disabled FROM feeds"))[0]["disabled"] == 1
    listing = await fake.invoke(guild, "feeds list")
    assert "⛔" in listing.text() and "410" in listing.text()
    enabled = await fake.invoke(guild, "feeds enable", {"feed": str(feed.id)})
    assert "enabled again" in enabled.text()
    row = (await bot_env.sql("SELECT disabled, consecutive_failures FROM feeds"))[0]
    assert row == {"disabled": 0, "consecutive_failures": 0}


async def test_refresh_polls_now_and_reports(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    url = bot_env.feeds.set_feed("news", rss([ANNOUNCEMENT, DISTRACTOR]))
    await bot_env.store.write(lambda db: feed_store.add_feed(db, spec(url, name="News"), utcnow()))
    record = await fake.invoke(guild, "feeds refresh")
    assert "Polled 1 feed: 2 new entries, 1 announcement" in record.text()
    assert ANNOUNCEMENT["title"] in record.text()
    again = await fake.invoke(guild, "feeds refresh")
    assert "Please wait" in again.text()


async def test_french_caller_gets_french_replies(bot_env) -> None:
    record = await bot_env.fake.invoke(bot_env.guild, "vidradar status", locale="fr")
    assert "État de vidradar" in record.text() and "Flux" in record.text()
    record = await bot_env.fake.invoke(bot_env.guild, "alerts pause", locale="fr")
    assert "en pause" in record.text()


async def add_and_confirm(fake, guild, url: str) -> str:
    record = await fake.invoke(guild, "feeds add", {"url": url})
    preview = record.followups[0]
    return (await fake.press(guild, preview, button(preview, "confirm"))).text()


async def test_removing_a_feed_the_server_added_unfollows_it(bot_env) -> None:
    """Two servers add the same feed (stored and fetched once). One removes it: the other
    still follows it. The last one removes it: the feed is no longer polled."""
    fake, mine = bot_env.fake, bot_env.guild
    theirs = fake.add_guild("Other Server")
    await fake.join_guild(theirs)
    await bot_env.until(lambda: bot_env.bot.get_guild(theirs.id), message="the second server")
    bot_env.feeds.set_feed("blog", rss([ANNOUNCEMENT], title="Loopback Blog"))
    url = bot_env.feeds.url("/feed/blog")
    assert "Added **Loopback Blog**" in await add_and_confirm(fake, mine, url)
    assert "Added **Loopback Blog**" in await add_and_confirm(fake, theirs, url)
    feeds = await bot_env.sql("SELECT id FROM feeds")
    assert len(feeds) == 1
    feed_id = feeds[0]["id"]

    removed = await fake.invoke(mine, "feeds remove", {"feed": str(feed_id)})
    assert removed.text() == "Removed **Loopback Blog** from this server."
    assert "No feeds yet" in (await fake.invoke(mine, "feeds list")).text()
    assert "Loopback Blog" in (await fake.invoke(theirs, "feeds list")).text()
    assert (await bot_env.sql("SELECT disabled FROM feeds"))[0]["disabled"] == 0

    await fake.invoke(theirs, "feeds remove", {"feed": str(feed_id)})
    assert await bot_env.sql("SELECT * FROM server_feeds") == []
    row = (await bot_env.sql("SELECT disabled, disabled_reason FROM feeds"))[0]
    assert row == {"disabled": 1, "disabled_reason": "no server follows it any more"}
    hits = bot_env.feeds.hits["blog"]
    await bot_env.bot.runtime.poller.run_cycle(force=True)
    assert bot_env.feeds.hits["blog"] == hits  # nobody follows it: not fetched


async def test_an_unanswered_preview_expires_and_loses_its_buttons(bot_env, monkeypatch) -> None:
    import bot.cogs.feed_commands as feed_commands

    monkeypatch.setattr(feed_commands, "CONFIRM_TIMEOUT_S", 0.2)
    fake, guild = bot_env.fake, bot_env.guild
    bot_env.feeds.set_feed("blog", rss([ANNOUNCEMENT], title="Loopback Blog"))
    record = await fake.invoke(guild, "feeds add", {"url": bot_env.feeds.url("/feed/blog")}, locale="fr")
    assert button(record.followups[0], "confirm")
    await bot_env.until(lambda: record.edits, message="the expired preview")
    edited = record.edits[-1]
    assert edited["content"] == "Cet aperçu a expiré et rien n'a été ajouté ; relancez /flux ajouter."
    assert edited["components"] == [] and edited["embeds"] == []
    assert await bot_env.sql("SELECT * FROM feeds") == []


async def test_confirming_answers_the_press_before_a_slow_write(bot_env, monkeypatch) -> None:
    """The write can queue behind a poll cycle's for longer than Discord waits for a button's
    answer: the press is answered first, and the preview then says the feed was added."""
    fake, guild = bot_env.fake, bot_env.guild
    bot_env.feeds.set_feed("blog", rss([ANNOUNCEMENT], title="Loopback Blog"))
    record = await fake.invoke(guild, "feeds add", {"url": bot_env.feeds.url("/feed/blog")})
    preview = record.followups[0]
    follow_feed = bot_env.store.follow_feed

    async def slow_follow_feed(*args, **kwargs):  # type: ignore[no-untyped-def]
        await asyncio.sleep(0.6)
        return await follow_feed(*args, **kwargs)

    monkeypatch.setattr(bot_env.store, "follow_feed", slow_follow_feed)
    monkeypatch.setattr(fake, "deadline", 0.3)
    confirmed = await fake.press(guild, preview, button(preview, "confirm"))
    assert confirmed.refused == [] and confirmed.first["type"] == 6
    assert "Added **Loopback Blog**" in confirmed.text()
    assert confirmed.message["id"] == preview["id"] and confirmed.message["components"] == []
    assert len(await bot_env.sql("SELECT * FROM feeds")) == 1


async def test_a_feed_of_long_titles_and_links_still_gets_its_preview(bot_env) -> None:
    """Each preview field within its own limit, five of them could still pass Discord's 6,000
    characters for a whole embed (the fake refuses it as Discord does)."""
    fake, guild = bot_env.fake, bot_env.guild
    long_items = [
        {"guid": f"g{n}", "title": f"{n} " + "Sora " * 98, "link": f"https://news.example/{n}/" + "a" * 1000}
        for n in range(6)
    ]
    bot_env.feeds.set_feed("long", rss(long_items, title="Long Blog"))
    record = await fake.invoke(guild, "feeds add", {"url": bot_env.feeds.url("/feed/long")})
    preview = record.followups[0]
    assert button(preview, "confirm") and "Long Blog" in record.text()
    assert len(preview["embeds"][0]["fields"]) == 5

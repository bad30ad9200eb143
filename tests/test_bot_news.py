"""/news and /watch end to end, on a history filled by polling the loopback feed server."""

from __future__ import annotations

from datetime import timedelta

import pytest

from feeds.storage import feeds as feed_store
from feeds.timeutil import utcnow
from tests.feedserver import http_date, rss
from tests.helpers import spec


def recent(guid: str, title: str, hours_ago: float, summary: str = "") -> dict:
    return {
        "guid": guid,
        "title": title,
        "link": f"https://news.example/{guid}",
        "pubDate": http_date(utcnow() - timedelta(hours=hours_ago)),
        "description": summary,
    }


HISTORY = [
    recent("sora-delay", "OpenAI delays the Sora API in Europe", 200),
    recent("sora-launch", "OpenAI launches the Sora 2 API for developers", 100),
    recent("sora-price", "Sora 2 API price cut: $0.05 per second", 30),
    recent("veo-launch", "Google releases Veo 4 in the Gemini API", 20),
    recent("pika-wait", "Pika puts Pika 3.0 behind a waitlist", 10),
    recent("runway-launch", "Runway launches Gen-5 for all paid plans", 5),
    recent("iphone", "iPhone shipping delays stretch to five weeks", 4),
    recent("switch", "Nintendo Switch 2 sales top 20 million", 3),
]


async def fill(env, items=HISTORY, name="history") -> None:
    url = env.feeds.set_feed(name, rss(items, title="History Feed"))
    await env.store.write(lambda db: feed_store.add_feed(db, spec(url, name="History Feed"), utcnow()))
    await env.bot.runtime.poller.run_cycle(force=True)


def titles_in(record) -> list[str]:
    return [line for line in record.text().splitlines() if "[" in line]


async def test_latest_is_newest_first_and_filters(bot_env) -> None:
    await fill(bot_env)
    record = await bot_env.fake.invoke(bot_env.guild, "news latest", admin=False)
    assert record.ephemeral
    text = record.text()
    order = [
        text.index(t)
        for t in (
            "Runway launches Gen-5",
            "Pika puts Pika 3.0",
            "Google releases Veo 4",
            "Sora 2 API price cut",
            "OpenAI launches the Sora 2 API",
            "OpenAI delays the Sora API",
        )
    ]
    assert order == sorted(order)
    assert "iPhone" not in text and "Nintendo" not in text
    only_openai = (
        await bot_env.fake.invoke(bot_env.guild, "news latest", {"vendor": "openai"}, admin=False)
    ).text()
    assert "Sora" in only_openai and "Runway" not in only_openai and "Veo" not in only_openai
    launches = (
        await bot_env.fake.invoke(bot_env.guild, "news latest", {"event": "launch", "limit": 2})
    ).text()
    assert "Runway launches Gen-5" in launches and "Google releases Veo 4" in launches
    assert "Sora 2 API for developers" not in launches  # limit 2
    unknown = await bot_env.fake.invoke(bot_env.guild, "news latest", {"vendor": "acme"}, admin=False)
    assert unknown.ephemeral and "Unknown vendor 'acme'" in unknown.text() and "openai" in unknown.text()


async def test_search_paginates_with_buttons_only_the_caller_can_press(bot_env) -> None:
    items = [recent(f"s{i}", f"Sora update number {i} for developers", 50 - i) for i in range(12)]
    await fill(bot_env, items)
    record = await bot_env.fake.invoke(bot_env.guild, "news search", {"query": "sora update"}, admin=False)
    first = record.message
    assert record.ephemeral and "1/2" in first["embeds"][0]["footer"]["text"]
    buttons = [c["custom_id"] for row in first["components"] for c in row["components"]]
    assert buttons == ["vidradar:page:previous", "vidradar:page:next"]
    stranger = await bot_env.fake.press(bot_env.guild, first, "vidradar:page:next", user_id=999, admin=False)
    assert "Only the person" in stranger.text()
    second = await bot_env.fake.press(bot_env.guild, first, "vidradar:page:next", admin=False)
    assert second.first["type"] == 7 and "2/2" in second.first["data"]["embeds"][0]["footer"]["text"]
    assert "number 0" in second.text()  # oldest results on the last page


@pytest.mark.parametrize("query", ['"', "NEAR(", "sora*", "((", "a OR", "'; DROP TABLE entries; --"])
async def test_search_with_hostile_queries_answers(bot_env, query: str) -> None:
    await fill(bot_env)
    bot_env.bot.cooldowns._until.clear()
    record = await bot_env.fake.invoke(bot_env.guild, "news search", {"query": query}, admin=False)
    assert record.ephemeral and record.text()
    assert "Something went wrong" not in record.text()


async def test_search_has_a_cooldown_and_filters(bot_env) -> None:
    await fill(bot_env)
    first = await bot_env.fake.invoke(
        bot_env.guild, "news search", {"query": "sora", "since": "2d"}, admin=False
    )
    assert "price cut" in first.text() and "delays the Sora API" not in first.text()
    again = await bot_env.fake.invoke(bot_env.guild, "news search", {"query": "sora"}, admin=False)
    assert "Please wait" in again.text()
    bot_env.bot.cooldowns._until.clear()
    bad = await bot_env.fake.invoke(
        bot_env.guild, "news search", {"query": "sora", "since": "soon"}, admin=False
    )
    assert "not a period" in bad.text()


async def test_timeline_and_current_status(bot_env) -> None:
    await fill(bot_env)
    record = await bot_env.fake.invoke(bot_env.guild, "news timeline", {"product": "sora"}, admin=False)
    text = record.text()
    assert text.index("delays the Sora API") < text.index("launches the Sora 2 API") < text.index("price cut")
    assert "**Sora API: pricing since" in text and "(History Feed)" in text
    choices = await bot_env.fake.invoke(
        bot_env.guild, "news timeline", {"product": "so"}, focused="product", admin=False
    )
    assert {"name": "sora", "value": "sora"} in choices.first["data"]["choices"]
    unknown = await bot_env.fake.invoke(bot_env.guild, "news timeline", {"product": "soraa"}, admin=False)
    assert "Unknown product 'soraa'" in unknown.text()


async def test_why_explains_an_alert(bot_env) -> None:
    await fill(bot_env)
    key = (await bot_env.sql("SELECT key FROM stories WHERE subject = 'veo'"))[0]["key"]
    record = await bot_env.fake.invoke(bot_env.guild, "news why", {"story": key}, admin=False)
    text = record.text()
    assert key in text and "product:veo-4" in text and "event:launch" in text and "History Feed · 0." in text
    missing = await bot_env.fake.invoke(bot_env.guild, "news why", {"story": "zzzzzzzz"}, admin=False)
    assert missing.ephemeral and "No story 'zzzzzzzz'" in missing.text()


async def test_stats_count_by_event_and_vendor(bot_env) -> None:
    await fill(bot_env)
    record = await bot_env.fake.invoke(bot_env.guild, "news stats", {"period": "3d"}, admin=False)
    text = record.text()
    assert "4 stories" in text  # sora pricing, veo launch, pika waitlist, runway launch
    assert "Launch: **2**" in text and "Pricing: **1**" in text and "Waitlist: **1**" in text
    assert "openai: **1**" in text and "google: **1**" in text


async def test_french_server_and_caller(fake_discord, feed_server, tmp_path) -> None:
    from feeds.store import Store
    from tests.botenv import BotEnv, start_bot, stop_bot
    from tests.conftest import make_settings

    guild = fake_discord.add_guild("Serveur FR", locale="fr")
    settings = make_settings(
        tmp_path / "fr.db",
        discord_token=fake_discord.token,
        discord_api_base=fake_discord.api_base,
        url_allowlist=[feed_server.host_port],
    )
    store = await Store.open(settings.db)
    bot, task = await start_bot(settings, store, fake_discord)
    try:
        env = BotEnv(fake_discord, feed_server, bot, store, settings, guild)
        assert (await env.sql("SELECT locale FROM servers"))[0]["locale"] == "fr"
        await fill(env)
        record = await fake_discord.invoke(guild, "news latest", locale="fr", admin=False)
        assert "Dernières annonces" in record.text() and "Lancement" in record.text()
        await env.set_alert_channel()
        await env.bot.runtime.worker.drain()
        await fake_discord.invoke(guild, "alerts test", locale="fr")
        posts = await env.until(lambda: fake_discord.posts(env.channel_id()), message="the French sample")
        assert (
            "Alerte d'exemple" in posts[0]["embeds"][0]["title"]
        )  # channel posts follow the server's language
        stats = await fake_discord.invoke(guild, "news stats", locale="fr")
        assert "Par événement" in stats.text()
    finally:
        await stop_bot(bot, task)
        await store.close()


async def test_watch_commands_are_admin_only_and_autocomplete(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    refused = await fake.invoke(guild, "watch add", {"term": "Switch 2"}, admin=False)
    assert "Manage Server" in refused.text()
    added = await fake.invoke(guild, "watch add", {"term": "Switch 2"})
    assert "include term “Switch 2”" in added.text()
    await fake.invoke(guild, "watch add", {"term": "Kingdom Hearts", "mode": "exclude"})
    await fake.invoke(guild, "watch mute", {"target": "pika"})
    await fake.invoke(guild, "watch min-score", {"value": 0.6})
    listing = (await fake.invoke(guild, "watch list")).text()
    assert (
        "“Switch 2”" in listing and "“Kingdom Hearts”" in listing and "pika" in listing and "0.60" in listing
    )
    terms = await fake.invoke(guild, "watch remove", {"term": "king"}, focused="term")
    assert [c["value"] for c in terms.first["data"]["choices"]] == ["Kingdom Hearts"]
    mutes = await fake.invoke(guild, "watch unmute", {"target": ""}, focused="target")
    assert [c["value"] for c in mutes.first["data"]["choices"]] == ["pika"]
    targets = await fake.invoke(guild, "watch mute", {"target": "pri"}, focused="target")
    assert [c["value"] for c in targets.first["data"]["choices"]] == ["pricing"]
    wrong = await fake.invoke(guild, "watch mute", {"target": "nobody"})
    assert wrong.ephemeral and "unknown vendor or event 'nobody'" in wrong.text()
    long = await fake.invoke(guild, "watch unmute", {"target": "openai"})
    assert "is not muted" in long.text()


async def test_watch_changes_apply_to_the_next_poll(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    await bot_env.set_alert_channel()
    await fake.invoke(guild, "watch add", {"term": "Switch 2"})
    await fake.invoke(guild, "watch add", {"term": "Gemini API", "mode": "exclude"})
    await fake.invoke(guild, "watch mute", {"target": "pika"})
    await fill(bot_env)
    await bot_env.bot.runtime.worker.drain()
    posted = [m["embeds"][0] for m in fake.posts(bot_env.channel_id())]
    titles = {e["title"] for e in posted}
    assert "Nintendo Switch 2 sales top 20 million" in titles  # include term: a keyword match alert
    assert not any("Veo 4" in t for t in titles)  # exclude term
    assert not any("Pika" in t for t in titles)  # muted vendor
    assert any("Runway launches Gen-5" in t for t in titles)
    keyword = next(e for e in posted if e["title"].startswith("Nintendo"))
    assert keyword["author"]["name"] == "Keyword match: “Switch 2”"
    latest = await fake.invoke(guild, "news latest", {"event": "keyword"}, admin=False)
    assert "Nintendo Switch 2" in latest.text() and "“Switch 2”" in latest.text()


async def test_page_buttons_stop_after_the_timeout(bot_env, monkeypatch) -> None:
    import bot.pagination

    monkeypatch.setattr(bot.pagination, "PAGE_TIMEOUT_S", 0.5)
    await fill(
        bot_env, [recent(f"s{i}", f"Sora update number {i} for developers", 50 - i) for i in range(12)]
    )
    record = await bot_env.fake.invoke(bot_env.guild, "news search", {"query": "sora update"}, admin=False)
    assert record.message["components"]
    await bot_env.until(lambda: record.edits, message="the buttons removed")
    assert record.edits[-1]["components"] == []

"""/news and /watch end to end, on a history filled by polling the loopback feed server."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from feeds.detect.taxonomy import bundled_taxonomy
from feeds.models import EVENT_TYPES
from feeds.service.i18n import EVENT_LABELS, INPUT_ERRORS, t
from feeds.service.render import EVENT_COLOURS, LINES_PER_PAGE, joined_within, paged_list
from feeds.storage import feed_records as feed_store
from feeds.storage.entries import upsert_entries
from feeds.storage.watch import add_term
from feeds.timeutil import utcnow
from tests.conftest import NOW, REPO
from tests.feedserver import http_date, rss
from tests.helpers import entry, spec

# Storage as production runs it, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_backends


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
    assert unknown.ephemeral and unknown.text() == "Vendor 'acme' is unknown: pick one from the list."
    by_name = await bot_env.fake.invoke(bot_env.guild, "news latest", {"vendor": "Google"}, admin=False)
    assert "Google releases Veo 4" in by_name.text()  # a vendor by the name alerts show


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


async def test_search_finds_entries_stored_since_the_last_index_batch(bot_env) -> None:
    """Alerts go out as each feed is stored, before the cycle's index batch: a search right
    after one finds it."""
    now = utcnow()
    feed = await bot_env.store.write(
        lambda db: feed_store.add_feed(db, spec("https://mid.example/feed", name="Mid Feed"), now)[0]
    )
    await bot_env.store.write(
        upsert_entries, feed.id, [entry("mid", "Hailuo 03 arrives for developers")], now
    )
    record = await bot_env.fake.invoke(bot_env.guild, "news search", {"query": "hailuo"}, admin=False)
    assert "Hailuo 03 arrives for developers" in record.text()


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
    # A query refused costs no cooldown: the corrected one runs at once.
    wordless = await bot_env.fake.invoke(bot_env.guild, "news search", {"query": "!!!"}, admin=False)
    assert "letter or digit" in wordless.text()
    fixed = await bot_env.fake.invoke(bot_env.guild, "news search", {"query": "sora"}, admin=False)
    assert "Please wait" not in fixed.text() and "price cut" in fixed.text()


async def test_timeline_and_current_status(bot_env) -> None:
    await fill(bot_env)
    record = await bot_env.fake.invoke(bot_env.guild, "news timeline", {"product": "sora"}, admin=False)
    text = record.text()
    assert text.index("delays the Sora API") < text.index("launches the Sora 2 API") < text.index("price cut")
    assert re.search(r"\*\*Sora API: pricing since <t:\d+:D>\*\* \(History Feed\)", text), (
        text
    )  # the reader's day
    choices = await bot_env.fake.invoke(
        bot_env.guild, "news timeline", {"product": "so"}, focused="product", admin=False
    )
    assert {"name": "Sora (OpenAI)", "value": "sora"} in choices.first["data"]["choices"]  # read, sent
    unknown = await bot_env.fake.invoke(bot_env.guild, "news timeline", {"product": "soraa"}, admin=False)
    assert unknown.text() == "Product 'soraa' is unknown: pick one from the list."
    # A product as alerts and digests name it, version included: the timeline of that version.
    for written in ("Sora 2", "sora-2", "Sora 2 (OpenAI)"):
        line = await bot_env.fake.invoke(bot_env.guild, "news timeline", {"product": written}, admin=False)
        assert "unknown" not in line.text() and "Sora 2" in line.text(), (written, line.text())


async def test_why_explains_an_alert(bot_env) -> None:
    await fill(bot_env)
    key = (await bot_env.sql("SELECT key FROM stories WHERE subject = 'veo'"))[0]["key"]
    record = await bot_env.fake.invoke(bot_env.guild, "news why", {"story": key}, admin=False)
    text = record.text()
    assert key in text and "product:veo-4" in text and "event:launch" in text and "History Feed · 0." in text
    assert "· Google · Veo 4 ·" in record.message["embeds"][0]["description"]  # names, not slugs
    missing = await bot_env.fake.invoke(bot_env.guild, "news why", {"story": "zzzzzzzz"}, admin=False)
    assert missing.ephemeral and "No story 'zzzzzzzz'" in missing.text()


async def test_why_reads_in_french_for_a_french_caller(bot_env) -> None:
    await fill(bot_env)
    key = (await bot_env.sql("SELECT key FROM stories WHERE subject = 'veo'"))[0]["key"]
    record = await bot_env.fake.invoke(bot_env.guild, "news why", {"story": key}, admin=False, locale="fr")
    text = re.sub(r"\\(.)", r"\1", record.text())  # as Discord shows it
    assert "Pourquoi ce sujet" in text and "**Lancement**" in text
    assert "produit : veo-4" in text and "événement : lancement" in text  # slugs kept, kinds translated
    assert "History Feed · 0," in text  # a French decimal comma
    assert "product:" not in text and "event:" not in text


async def test_stats_in_french(bot_env) -> None:
    await fill(bot_env)
    record = await bot_env.fake.invoke(
        bot_env.guild, "news stats", {"period": "3d"}, admin=False, locale="fr"
    )
    text = record.text()
    assert "Annonces sur 3\u202fj" in text and "3d" not in text  # a duration in French, not the option's 3d
    assert "4 sujets" in text and "Lancement : **2**" in text and "Tarifs : **1**" in text


async def test_stats_count_by_event_and_vendor(bot_env) -> None:
    await fill(bot_env)
    record = await bot_env.fake.invoke(bot_env.guild, "news stats", {"period": "3d"}, admin=False)
    text = record.text()
    assert "4 stories" in text  # sora pricing, veo launch, pika waitlist, runway launch
    assert "Launch: **2**" in text and "Pricing: **1**" in text and "Waitlist: **1**" in text
    assert "OpenAI: **1**" in text and "Google: **1**" in text  # display names, not slugs
    assert "openai" not in text and "google:" not in text


async def test_french_server_and_caller(fake_discord, feed_server, tmp_path) -> None:
    from feeds.storage.store import Store
    from tests.botenv import BotEnv, start_bot, stop_bot
    from tests.conftest import make_settings

    guild = fake_discord.add_guild("Serveur FR", locale="fr")
    settings = make_settings(
        tmp_path / "fr.db",
        discord_token=fake_discord.token,
        discord_api_base=fake_discord.api_base,
        url_allowlist=[feed_server.host_port],
    )
    store = await Store.open(settings.database)
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
        "“Switch 2”" in listing and "“Kingdom Hearts”" in listing and "Pika" in listing and "0.60" in listing
    )
    terms = await fake.invoke(guild, "watch remove", {"term": "king"}, focused="term")
    assert [c["value"] for c in terms.first["data"]["choices"]] == ["Kingdom Hearts"]
    mutes = await fake.invoke(guild, "watch unmute", {"target": ""}, focused="target")
    assert [c["value"] for c in mutes.first["data"]["choices"]] == ["pika"]
    targets = await fake.invoke(guild, "watch mute", {"target": "pri"}, focused="target")
    assert [c["value"] for c in targets.first["data"]["choices"]] == ["pricing"]
    # Named as people read them, events in the reader's language, found by that name too.
    french = await fake.invoke(guild, "watch mute", {"target": "tarif"}, focused="target", locale="fr")
    assert french.first["data"]["choices"] == [{"name": EVENT_LABELS["fr"]["pricing"], "value": "pricing"}]
    named = await fake.invoke(guild, "watch mute", {"target": "openai"}, focused="target")
    assert {"name": "OpenAI", "value": "openai"} in named.first["data"]["choices"]
    wrong = await fake.invoke(guild, "watch mute", {"target": "nobody"})
    assert wrong.ephemeral and "unknown vendor or event 'nobody'" in wrong.text()
    long = await fake.invoke(guild, "watch unmute", {"target": "openai"})
    assert "is not muted" in long.text()


async def test_a_maker_in_the_news_is_offered_and_muted(bot_env) -> None:
    """A maker outside the watchlist that a stored story names ("brightline", read from a
    lede) is offered by /watch mute's autocomplete and accepted; one never seen is refused."""
    fake, guild = bot_env.fake, bot_env.guild
    refused = await fake.invoke(guild, "watch mute", {"target": "brightline"})
    assert refused.ephemeral and "unknown vendor or event 'brightline'" in refused.text()
    await bot_env.execute(
        "INSERT INTO stories (key, subject, event, vendors, score, first_published_at, last_published_at,"
        " created_at, updated_at) VALUES ('brightline:launch:1', 'brightline', 'launch', '[\"brightline\"]',"
        " 0.7, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
    )
    offered = await fake.invoke(guild, "watch mute", {"target": "brig"}, focused="target")
    assert [c["value"] for c in offered.first["data"]["choices"]] == ["brightline"]
    muted = await fake.invoke(guild, "watch mute", {"target": "Brightline"})
    assert "brightline" in muted.text() and "unknown" not in muted.text()
    listing = (await fake.invoke(guild, "watch list")).text()
    assert "Brightline" in listing  # by its name, as people read it


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


# -- review follow-ups: members and admins, French, choices, colours ------------------------

STORY_KEY = re.compile(r"(?:story|sujet) ([A-Za-z0-9]+) ·")


@pytest.mark.parametrize("admin", [False, True])
async def test_search_timeline_and_why_answer_members_and_admins(bot_env, admin: bool) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    await fill(bot_env)
    search = await fake.invoke(guild, "news search", {"query": "sora"}, admin=admin)
    assert search.ephemeral and "price cut" in search.text() and "Runway" not in search.text()
    timeline = await fake.invoke(guild, "news timeline", {"product": "sora"}, admin=admin)
    assert timeline.ephemeral and "**Sora API: pricing since" in timeline.text()
    key = (await bot_env.sql("SELECT key FROM stories WHERE vendors LIKE '%runway%'"))[0]["key"]
    why = await fake.invoke(guild, "news why", {"story": key}, admin=admin)
    assert why.ephemeral and key in why.text() and "event:launch" in why.text()


async def test_why_takes_the_story_id_from_a_posted_alert(bot_env) -> None:
    """The id a member copies from an alert's footer is the one /news why explains."""
    fake, guild = bot_env.fake, bot_env.guild
    await bot_env.set_alert_channel()
    await fill(bot_env)
    await bot_env.bot.runtime.worker.drain()
    alert = next(
        m["embeds"][0] for m in fake.posts(bot_env.channel_id()) if "Veo 4" in m["embeds"][0]["title"]
    )
    match = STORY_KEY.search(alert["footer"]["text"])
    assert match, alert["footer"]["text"]
    record = await fake.invoke(guild, "news why", {"story": match.group(1)}, admin=False)
    assert record.ephemeral and match.group(1) in record.text()
    assert "product:veo-4" in record.text() and "History Feed" in record.text()


async def test_search_by_keyword_event_lists_this_servers_matches_only(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    choices = next(c for c in fake.commands[guild.id] if c["name"] == "news")
    search = next(o for o in choices["options"] if o["name"] == "search")
    event = next(o for o in search["options"] if o["name"] == "event")
    assert [c["value"] for c in event["choices"]] == [*EVENT_TYPES, "keyword"]  # all seven
    await fake.invoke(guild, "watch add", {"term": "Switch 2"})
    await fill(bot_env)
    found = await fake.invoke(guild, "news search", {"query": "switch", "event": "keyword"}, admin=False)
    assert "Nintendo Switch 2" in found.text()
    assert found.message["embeds"][0]["color"] == EVENT_COLOURS["keyword"]
    bot_env.bot.cooldowns._until.clear()
    none = await fake.invoke(guild, "news search", {"query": "delays", "event": "keyword"}, admin=False)
    assert "Nothing found." in none.text()  # iPhone and Sora delays match the words, not a term


async def test_list_embeds_use_the_alert_colours(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    await fill(bot_env)
    launches = await fake.invoke(guild, "news latest", {"event": "launch"}, admin=False)
    assert {e["color"] for e in launches.message["embeds"]} == {EVENT_COLOURS["launch"]}
    latest = await fake.invoke(guild, "news latest", admin=False)
    assert latest.message["embeds"][0]["color"] == EVENT_COLOURS["launch"]  # Runway's launch is first
    pricing = await fake.invoke(guild, "news search", {"query": "sora", "event": "pricing"}, admin=False)
    assert "price cut" in pricing.text() and pricing.message["embeds"][0]["color"] == EVENT_COLOURS["pricing"]
    bot_env.bot.cooldowns._until.clear()
    mixed = await fake.invoke(guild, "news search", {"query": "sora"}, admin=False)
    first_line = mixed.message["embeds"][0]["description"].split("\n")[0]
    event = next(e for fragment, e in SORA_EVENTS.items() if fragment in first_line)
    assert mixed.message["embeds"][0]["color"] == EVENT_COLOURS[event]


SORA_EVENTS = {"price cut": "pricing", "launches the Sora 2": "launch", "delays the Sora": "delay"}


def test_each_page_takes_its_first_lines_colour() -> None:
    lines = [f"line {i}" for i in range(LINES_PER_PAGE + 2)]
    colours = [EVENT_COLOURS["delay"]] * LINES_PER_PAGE + [EVENT_COLOURS["launch"]] * 2
    pages = paged_list("t", lines, line_colours=colours)
    assert [p["color"] for p in pages] == [EVENT_COLOURS["delay"], EVENT_COLOURS["launch"]]
    assert paged_list("t", lines[:1])[0]["color"] == 0x5865F2


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en-US", "limit is a whole number from 1 to 25 (got {n})."),
        ("fr", "nombre est un entier de 1 à 25 (reçu : {n})."),
    ],
)
async def test_limit_outside_1_to_25_is_explained(bot_env, locale: str, expected: str) -> None:
    await fill(bot_env)
    for n in (0, 30, -3):
        record = await bot_env.fake.invoke(
            bot_env.guild, "news latest", {"limit": n}, admin=False, locale=locale
        )
        assert record.ephemeral and record.text() == expected.format(n=n)


@pytest.mark.parametrize(
    ("command", "options", "en", "fr"),
    [
        (
            "news latest",
            {"event": "launches"},
            "'launches' is not a choice for event; accepted: launch, availability, waitlist, pricing, delay, shutdown, keyword.",
            "'launches' n'est pas un choix possible pour événement ; valeurs acceptées : launch,",
        ),
        (
            "watch add",
            {"term": "sora", "mode": "both"},
            "'both' is not a choice for mode; accepted: include, exclude.",
            "'both' n'est pas un choix possible pour mode ; valeurs acceptées : include, exclude.",
        ),
        (
            "digest schedule",
            {"frequency": "hourly", "time": "09:00", "timezone": "UTC"},
            "'hourly' is not a choice for frequency; accepted: daily, weekly.",
            "'hourly' n'est pas un choix possible pour fréquence ; valeurs acceptées : daily, weekly.",
        ),
        (  # longer than every choice: still the choices, not a length
            "digest schedule",
            {"frequency": "monthly", "time": "09:00", "timezone": "UTC"},
            "'monthly' is not a choice for frequency; accepted: daily, weekly.",
            "'monthly' n'est pas un choix possible pour fréquence ; valeurs acceptées : daily, weekly.",
        ),
        (
            "watch add",
            {"term": "sora", "mode": "z" * 5000},
            f"'{'z' * 40}' is not a choice for mode; accepted: include, exclude.",
            f"'{'z' * 40}' n'est pas un choix possible pour mode ; valeurs acceptées : include, exclude.",
        ),
    ],
)
async def test_a_value_outside_the_choices_lists_what_is_accepted(bot_env, command, options, en, fr) -> None:
    english = await bot_env.fake.invoke(bot_env.guild, command, options)
    assert english.ephemeral and english.text() == en
    french = await bot_env.fake.invoke(bot_env.guild, command, options, locale="fr")
    assert french.ephemeral and french.text().startswith(fr), french.text()
    assert "Failed to convert" not in english.text() + french.text()


async def test_vendor_autocomplete_on_latest_and_search(bot_env) -> None:
    for command, options in (
        ("news latest", {"vendor": "OP"}),
        ("news search", {"query": "x", "vendor": "goo"}),
    ):
        record = await bot_env.fake.invoke(bot_env.guild, command, options, focused="vendor", admin=False)
        values = [c["value"] for c in record.first["data"]["choices"]]
        assert values and values == sorted(values, key=bundled_taxonomy().vendor_slugs.index)
        assert ("openai" if "latest" in command else "google") in values
        names = {c["value"]: c["name"] for c in record.first["data"]["choices"]}
        assert all(options["vendor"].lower() in f"{v} {names[v].lower()}" for v in values)
        assert names.get("openai", "OpenAI") == "OpenAI" and names.get("google", "Google") == "Google"


async def test_watch_and_digest_are_admin_only_in_the_ui_and_news_is_for_everyone(bot_env) -> None:
    """The server-side refusal of every admin command to members is
    test_security.py::test_admin_commands_are_refused_to_members_server_side."""
    synced = {c["name"]: c for c in bot_env.fake.commands[bot_env.guild.id]}
    for group in ("watch", "digest"):
        assert str(synced[group]["default_member_permissions"]) == str(1 << 5)  # Manage Server
    assert synced["news"].get("default_member_permissions") is None  # everyone


async def test_watch_replies_and_mistakes_in_french(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild

    async def fr(command: str, options: dict | None = None) -> str:
        record = await fake.invoke(guild, command, options, locale="fr")
        assert record.ephemeral, command
        return record.text()

    assert "Mot-clé inclus « Switch 2 » ajouté" in await fr("watch add", {"term": "Switch 2"})
    assert await fr("watch remove", {"term": "Switch 2"}) == "« Switch 2 » n'est plus surveillé."
    assert await fr("watch remove", {"term": "nothing"}) == "'nothing' n'est pas un mot surveillé ici"
    assert await fr("watch mute", {"target": "pika"}) == "pika est masqué."
    unknown = await fr("watch mute", {"target": "nobody"})
    assert unknown.startswith("éditeur ou événement inconnu 'nobody' ; événements : launch")
    assert await fr("watch unmute", {"target": "openai"}) == "'openai' n'est pas masqué ici"
    assert await fr("watch add", {"term": "!!!"}) == "le mot surveillé '!!!' ne contient ni lettre ni chiffre"
    too_long = await fr("watch add", {"term": "x" * 101})
    assert "100 caractères" in too_long and "characters" not in too_long
    assert "d'au moins 0,60" in await fr("watch min-score", {"value": 0.6})  # a French decimal comma
    listing = await fr("watch list")
    assert "Ce que ce serveur surveille" in listing and "Score minimal" in listing and "Pika" in listing
    assert "0,60" in listing and "0.60" not in listing


async def test_news_mistakes_in_french(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    await fill(bot_env)
    vendor = await fake.invoke(guild, "news latest", {"vendor": "acme"}, locale="fr", admin=False)
    assert vendor.text() == "Éditeur inconnu 'acme' : choisissez-en un dans la liste."
    product = await fake.invoke(guild, "news timeline", {"product": "soraa"}, locale="fr", admin=False)
    assert product.text().startswith("Produit inconnu 'soraa'")
    long = await fake.invoke(guild, "news search", {"query": "sora " * 41}, locale="fr", admin=False)
    assert long.ephemeral and "200 caractères" in long.text() and "characters" not in long.text()
    bot_env.bot.cooldowns._until.clear()
    empty = await fake.invoke(guild, "news search", {"query": "!!!"}, locale="fr", admin=False)
    assert empty.text() == "la recherche doit contenir au moins une lettre ou un chiffre"


def test_every_core_input_error_code_has_a_french_text() -> None:
    """A new InputError code in feeds/ without a French line would reach French users in English."""
    codes = set()
    for path in (REPO / "feeds").rglob("*.py"):
        codes.update(re.findall(r'code="([a-z_]+)"', path.read_text()))
    assert codes and codes <= set(INPUT_ERRORS["fr"]), sorted(codes - set(INPUT_ERRORS["fr"]))
    assert set(INPUT_ERRORS["fr"]) <= codes, sorted(set(INPUT_ERRORS["fr"]) - codes)  # nothing stale


async def test_watch_list_shows_whole_terms_and_says_how_many_more(bot_env) -> None:
    """A hundred include terms pass a field's 1,024 characters: the list ends on whole terms
    and says how many it leaves out, instead of stopping mid-term."""
    fake, guild = bot_env.fake, bot_env.guild
    terms = [f"videoterm{n:03d}" for n in range(100)]
    await bot_env.store.write(lambda db: [add_term(db, guild.id, term, "include", NOW) for term in terms])
    for locale, more in (("en-US", "… and {} more"), ("fr", "… et {} de plus")):
        listing = await fake.invoke(guild, "watch list", locale=locale)
        field = listing.message["embeds"][0]["fields"][0]["value"]
        shown = re.findall(r"“(videoterm\d{3})”", field)
        assert len(field) <= 1024 and shown == terms[: len(shown)] and 40 < len(shown) < 100
        assert field.endswith(more.format(100 - len(shown)))


async def test_watch_list_shows_many_mutes_by_name_within_a_field(bot_env) -> None:
    """Seventy muted makers passed a field's 1,024 characters and the list failed; mutes show
    as people read them (vendors by name, events in the reader's language)."""
    fake, guild = bot_env.fake, bot_env.guild
    makers = [f"maker-number-{n:03d}" for n in range(70)]
    await bot_env.store.write(
        lambda db: [
            db.execute("INSERT INTO server_mutes VALUES (?, ?, ?, 'x')", [guild.id, target, kind])
            for target, kind in [("openai", "vendor"), ("pricing", "event"), *[(m, "vendor") for m in makers]]
        ]
    )
    listing = await fake.invoke(guild, "watch list", locale="fr")
    field = next(f for f in listing.message["embeds"][0]["fields"] if f["name"] == t("watch_mutes", "fr"))
    assert len(field["value"]) <= 1024 and re.search(r"… et \d+ de plus$", field["value"]), field["value"]
    assert field["value"].startswith("Maker Number 000, ") and "maker-number" not in field["value"]


def test_joined_within_keeps_whole_items() -> None:
    more = "+{} more".format
    assert joined_within(["a", "b"], 10, more) == "a, b"
    assert joined_within(["aaaa", "bbbb", "cccc"], 13, more) == "aaaa, +2 more"
    assert joined_within(["aaaa", "bbbb", "cccc"], 12, more) == "+3 more"
    assert joined_within(["x" * 50], 20, more) == "+1 more"


async def test_an_option_of_the_wrong_length_is_named_as_the_caller_sees_it(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    french = await fake.invoke(guild, "news why", {"story": "x" * 41}, admin=False, locale="fr")
    assert french.text() == "« sujet » accepte au plus 40 caractères (le vôtre en a 41)."
    empty = await fake.invoke(guild, "news why", {"story": ""}, admin=False)
    assert empty.text() == "`story` cannot be empty."

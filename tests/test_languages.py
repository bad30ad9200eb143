"""Alert languages (/watch languages, VIDRADAR_LANGUAGES) and the lead report in the server's
language: real SQLite files, the loopback feed server and the fake Discord."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from feeds.config import Settings
from feeds.errors import InputError
from feeds.languages import parse_languages
from feeds.storage import feed_records as feed_store
from feeds.storage import history, servers, watch
from feeds.storage.db import open_database
from feeds.storage.migrations import migrations
from feeds.timeutil import utcnow
from tests.conftest import NOW
from tests.feedserver import rss
from tests.helpers import spec
from tests.test_cli import run
from tests.test_poller import item

ENGLISH = item("sora-en", "OpenAI launches Sora 2, its new video generation model", hours_ago=3)
FRENCH = item("sora-fr", "OpenAI lance Sora 2, son nouveau modèle de génération de vidéos", hours_ago=1)
FRENCH_TOO = item(
    "sora-fr2", "OpenAI dévoile Sora 2, son nouveau modèle de génération de vidéos", hours_ago=0.5
)


async def add_lang_feed(env, name: str, items: list[dict], lang: str) -> int:
    url = env.feeds.set_feed(name, rss(items, lang=lang))
    row = await env.store.write(lambda db: feed_store.add_feed(db, spec(url, name=name.title()), utcnow())[0])
    return row.id


def test_language_codes_are_parsed_and_checked() -> None:
    assert parse_languages("fr EN, fr") == ["en", "fr"]
    assert parse_languages(" all ") == []
    for bad, code in (
        ("", "languages_empty"),
        ("en xx", "language_unknown"),
        ("all fr", "languages_all_mixed"),
    ):
        with pytest.raises(InputError) as caught:
            parse_languages(bad)
        assert caught.value.code == code
        assert "\n" not in str(caught.value)


def test_headless_languages_come_from_the_environment(monkeypatch, db_path) -> None:
    monkeypatch.setenv("VIDRADAR_LANGUAGES", "fr en")
    assert Settings(_env_file=None).languages == ["en", "fr"]  # type: ignore[call-arg]
    monkeypatch.setenv("VIDRADAR_LANGUAGES", "all")
    assert Settings(_env_file=None).languages == []  # type: ignore[call-arg]
    monkeypatch.setenv("VIDRADAR_LANGUAGES", "english")
    with pytest.raises(ValidationError, match="unknown language code 'english'"):
        Settings(_env_file=None)  # type: ignore[call-arg]
    from feeds.storage.startup import configure_headless

    db = open_database(db_path)
    configure_headless(
        db, min_score=0.5, include=[], exclude=[], mutes=[], digest=None, now=NOW, languages=["fr"]
    )
    assert servers.load_cycle_rules(db, headless=True).servers[0].languages == frozenset({"fr"})
    configure_headless(db, min_score=0.5, include=[], exclude=[], mutes=[], digest=None, now=NOW)
    assert servers.load_cycle_rules(db, headless=True).servers[0].languages == frozenset()
    db.close()


def test_upgrade_adds_alert_languages_as_every_language(db_path) -> None:
    old = open_database(db_path, migrate=False)
    migrations.apply(old, stop_before="m006_server_languages")
    servers.ensure_server(old, 42, NOW)
    old.close()
    db = open_database(db_path)
    assert "alert_languages" in db["servers"].columns_dict
    settings = servers.server_settings(db, 42)
    assert settings is not None and settings.languages == ()
    assert watch.watch_settings(db, 42).languages == []
    assert watch.set_languages(db, 42, "fr de", NOW) == ["de", "fr"]
    assert servers.server_settings(db, 42).languages == ("de", "fr")  # type: ignore[union-attr]
    assert watch.set_languages(db, 42, "all", NOW) == []
    assert db.execute("SELECT alert_languages FROM servers WHERE guild_id = 42").fetchone()[0] is None
    db.close()


def test_cli_watch_languages(tmp_path) -> None:
    db = str(tmp_path / "v.db")
    headless = run("watch", "languages", "fr", "--db", db, cwd=tmp_path)
    assert headless.returncode == 1 and "VIDRADAR_LANGUAGES" in headless.stderr
    done = run("watch", "languages", "fr", "en", "--guild", "42", "--db", db, cwd=tmp_path)
    assert done.returncode == 0 and "en fr" in done.stdout, done.stderr
    bad = run("watch", "languages", "zz", "--guild", "42", "--db", db, cwd=tmp_path)
    assert bad.returncode == 1 and "unknown language code 'zz'" in bad.stderr
    listing = run("watch", "list", "--guild", "42", "--json", "--db", db, cwd=tmp_path)
    assert json.loads(listing.stdout)["languages"] == ["en", "fr"]


async def test_a_french_server_leads_with_the_french_report(bot_env) -> None:
    await bot_env.set_alert_channel()
    await bot_env.execute("UPDATE servers SET locale = 'fr'")
    await add_lang_feed(bot_env, "english", [ENGLISH], "en")
    await add_lang_feed(bot_env, "francais", [FRENCH], "fr")
    await bot_env.poll_and_deliver()
    channel = bot_env.channel_id()
    posts = await bot_env.until(lambda: bot_env.fake.posts(channel), message="the alert")

    def settled() -> bool:
        embed = posts[0]["embeds"][0]
        fields = {f["name"]: f["value"] for f in embed.get("fields") or []}
        return embed["title"] == FRENCH["title"] and "English" in fields.get("Également rapporté par", "")

    await bot_env.until(settled, message="the French headline, English under also reported by")
    assert len(bot_env.fake.posts(channel)) == 1
    # /news shows the same lead (one rule): the French headline, to this server.
    latest = await bot_env.store.read(lambda db: history.latest(db, bot_env.guild.id, limit=5))
    assert [story.title for story in latest] == [FRENCH["title"]]
    # An English-speaking server would lead with the English report.
    await bot_env.execute("UPDATE servers SET locale = 'en'")
    story_id = (await bot_env.sql("SELECT id FROM stories"))[0]["id"]
    view = await bot_env.store.story_view(story_id, bot_env.guild.id)
    assert view is not None and view.title == ENGLISH["title"]
    assert [c.feed for c in view.also_reported] == ["Francais"]


async def test_a_french_only_server_is_alerted_once_french_coverage_arrives(bot_env) -> None:
    await bot_env.set_alert_channel()
    record = await bot_env.fake.invoke(bot_env.guild, "watch languages", {"codes": "fr"})
    assert record.ephemeral and "fr" in record.text()
    channel = bot_env.channel_id()
    await add_lang_feed(bot_env, "english", [ENGLISH], "en")
    await bot_env.poll_and_deliver()
    assert bot_env.fake.posts(channel) == []
    assert await bot_env.sql("SELECT * FROM deliveries") == []
    await add_lang_feed(bot_env, "francais", [FRENCH], "fr")
    await bot_env.poll_and_deliver()
    posts = await bot_env.until(lambda: bot_env.fake.posts(channel), message="the alert")
    await add_lang_feed(bot_env, "autre", [FRENCH_TOO], "fr")
    await bot_env.poll_and_deliver()
    await bot_env.poll_and_deliver()
    await bot_env.until(lambda: posts[0].get("edited_timestamp"), message="the edit")
    assert len(bot_env.fake.posts(channel)) == 1
    rows = await bot_env.sql("SELECT kind, state FROM deliveries")
    assert rows == [{"kind": "story", "state": "sent"}]
    listing = await bot_env.fake.invoke(bot_env.guild, "watch list")
    assert "Alert languages" in listing.text() and "fr" in listing.text()


async def test_watch_languages_refuses_bad_codes_in_one_ephemeral_line(bot_env) -> None:
    for codes, english in (("en xx", "unknown language code 'xx'"), ("all fr", "'all' means every language")):
        record = await bot_env.fake.invoke(bot_env.guild, "watch languages", {"codes": codes})
        assert record.ephemeral and english in record.text(), record.text()
        assert len(record.text().splitlines()) == 1
    french = await bot_env.fake.invoke(bot_env.guild, "watch languages", {"codes": "xx"}, locale="fr")
    assert french.ephemeral and "code de langue inconnu 'xx'" in french.text()
    assert await bot_env.sql("SELECT alert_languages FROM servers") == [{"alert_languages": None}]
    member = await bot_env.fake.invoke(bot_env.guild, "watch languages", {"codes": "fr"}, admin=False)
    assert member.ephemeral and "Manage Server" in member.text()
    assert await bot_env.sql("SELECT alert_languages FROM servers") == [{"alert_languages": None}]
    done = await bot_env.fake.invoke(bot_env.guild, "watch languages", {"codes": "all"})
    assert "every language" in done.text()

from datetime import timedelta

import pytest

from feeds.config import bundled_feed_list
from feeds.errors import ConfigError
from feeds.parse.feedlist import load_feed_list, parse_feed_list, parse_opml, render_opml


def test_bundled_feed_list_is_valid_and_big_enough() -> None:
    specs = load_feed_list(bundled_feed_list())
    assert len(specs) >= 25
    langs = {spec.lang for spec in specs}
    assert {"en", "fr"} <= langs
    assert sum(spec.official for spec in specs) >= 5
    assert all(spec.url.startswith("https://") for spec in specs)


def test_feed_list_format() -> None:
    specs = parse_feed_list(
        """
        [[feeds]]
        name = "Example AI"
        url = "https://example.org/feed.xml"
        lang = "en-US"
        interval = "30m"
        official = true

        [[feeds]]
        url = "https://example.org/other.xml"
        """
    )
    assert specs[0].name == "Example AI" and specs[0].lang == "en"
    assert specs[0].interval == timedelta(minutes=30) and specs[0].official
    assert specs[1].name is None and specs[1].interval is None and not specs[1].official


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('[[feeds]]\nurl = "https://a/x"\nintervall = "5m"', "unknown key 'intervall'"),
        ('[[feeds]]\nname = "x"', "missing required key 'url'"),
        ('[[feeds]]\nurl = "https://a/x"\ninterval = "1m"', "at least 5m"),
        ('[[feeds]]\nurl = "ftp://a/x"', "http"),
        ('[[feeds]]\nurl = "https://a/x"\n[[feeds]]\nurl = "https://a/x"', "duplicate"),
        ('[[feed]]\nurl = "https://a/x"', "unknown top-level key 'feed'"),
        ("[[feeds]\n", "not valid TOML"),
        ('[[feeds]]\nurl = "https://a/x"\nofficial = "yes"', "official: Input should be a valid boolean"),
        ('[[feeds]]\nurl = "https://a/x"\ninterval = 300', "duration string"),
    ],
)
def test_feed_list_errors_name_the_problem(text: str, needle: str) -> None:
    with pytest.raises(ConfigError, match=needle):
        parse_feed_list(text, "test.toml")


def test_opml_round_trip() -> None:
    specs = parse_feed_list(
        '[[feeds]]\nname = "A & B"\nurl = "https://a.example/feed?x=1&y=2"\nlang = "fr"\ninterval = "1h"\nofficial = true\n'
        '[[feeds]]\nurl = "https://b.example/rss"\n'
    )
    text = render_opml(specs)
    assert "xmlUrl" in text
    assert parse_opml(text) == specs


def test_opml_from_another_reader_with_folders() -> None:
    opml = """<?xml version="1.0"?><opml version="1.0"><body>
      <outline text="Tech"><outline text="Ars" type="rss" xmlUrl="https://ars.example/feed"/>
      <outline title="Numerama" text="N" xmlUrl="https://numerama.example/feed/" language="fr"/></outline>
      <outline text="Folder without feeds"/>
    </body></opml>"""
    specs = parse_opml(opml)
    assert [s.url for s in specs] == ["https://ars.example/feed", "https://numerama.example/feed/"]
    assert specs[1].name == "Numerama" and specs[1].lang == "fr"


def test_broken_opml_is_one_clear_error() -> None:
    with pytest.raises(ConfigError, match="not valid OPML"):
        parse_opml("<opml><body>")


def test_sync_adds_updates_and_disables_only_operator_feeds(db) -> None:
    """The operator's file is the truth for operator feeds; feeds of other origins that it
    does not list are left alone, and a dropped operator feed keeps its history."""
    from feeds.storage import feed_records as feed_store
    from tests.conftest import NOW
    from tests.helpers import spec

    first = parse_feed_list(
        '[[feeds]]\nurl = "https://a.example/feed"\n[[feeds]]\nurl = "https://b.example/feed"'
    )
    report = feed_store.sync_operator_feeds(db, first, NOW)
    assert (report.added, report.updated, report.disabled) == (2, 0, 0)
    server_feed, _ = feed_store.add_feed(db, spec("https://s.example/feed"), NOW, origin="server", guild_id=5)
    cli_feed, _ = feed_store.add_feed(db, spec("https://c.example/feed"), NOW, origin="cli")
    b = feed_store.find_feed(db, "https://b.example/feed")
    db.execute(
        "INSERT INTO entries (feed_id, guid, title, summary, published_at, fetched_at, updated_at, content_hash)"
        " VALUES (?, 'g', 't', '', 'x', 'x', 'x', 'h')",
        [b.id],
    )
    second = parse_feed_list('[[feeds]]\nurl = "https://a.example/feed"\nname = "A"\ninterval = "1h"')
    report = feed_store.sync_operator_feeds(db, second, NOW)
    assert (report.added, report.updated, report.disabled) == (0, 1, 1)
    by_url = {row.url: row for row in feed_store.list_feeds(db)}
    assert by_url["https://a.example/feed"].name == "A"
    assert by_url["https://a.example/feed"].interval == timedelta(hours=1)
    dropped = by_url["https://b.example/feed"]
    assert dropped.disabled and dropped.disabled_reason == feed_store.REMOVED_FROM_LIST
    assert db.execute("SELECT count(*) FROM entries WHERE feed_id = ?", [b.id]).fetchone()[0] == 1
    for other in (server_feed, cli_feed):
        row = by_url[other.url]
        assert not row.disabled and row.origin == other.origin
    # Listed again: enabled again, with its history.
    report = feed_store.sync_operator_feeds(db, first, NOW)
    assert report.enabled == 1 and not feed_store.find_feed(db, "https://b.example/feed").disabled

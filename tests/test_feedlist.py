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


def test_sync_hands_a_dropped_feed_back_to_its_servers_and_takes_a_list_in_order(db) -> None:
    """A dropped operator feed that servers added goes back to them (not disabled); a listed
    feed of another origin becomes the operator's; a URL listed twice is added once and ends
    with its last listing's values, as if the list were applied one feed at a time."""
    from feeds.storage import feed_records as feed_store
    from feeds.storage import servers
    from tests.conftest import NOW
    from tests.helpers import spec

    kept, gone, cli = "https://kept.example/feed", "https://gone.example/feed", "https://cli.example/feed"
    server_feed, _ = feed_store.add_feed(db, spec(kept), NOW, origin="server", guild_id=7)
    servers.add_server_feed(db, 7, server_feed.id, NOW)
    report = feed_store.sync_operator_feeds(db, [spec(kept), spec(gone)], NOW)
    assert (report.added, report.updated) == (1, 1) and feed_store.find_feed(db, kept).origin == "operator"
    feed_store.add_feed(db, spec(cli, name="CLI's"), NOW, origin="cli")
    twice = "https://twice.example/feed"
    report = feed_store.sync_operator_feeds(
        db,
        [spec(twice, name="first"), spec(cli, name="Operator's"), spec(twice, name="last", official=True)],
        NOW,
    )
    assert (report.added, report.updated, report.disabled, report.enabled) == (1, 2, 1, 0)
    rows = {row.url: row for row in feed_store.list_feeds(db)}
    assert (rows[kept].origin, rows[kept].disabled) == ("server", False)
    assert (rows[gone].disabled, rows[gone].disabled_reason) == (True, feed_store.REMOVED_FROM_LIST)
    assert (rows[cli].origin, rows[cli].name) == ("operator", "Operator's")
    assert (rows[twice].origin, rows[twice].name, rows[twice].official) == ("operator", "last", True)
    assert rows[twice].id == max(row.id for row in rows.values())
    report = feed_store.sync_operator_feeds(db, [spec(gone), spec(gone, name="G")], NOW)
    assert (report.added, report.updated, report.enabled) == (0, 1, 1)
    assert feed_store.find_feed(db, gone).name == "G" and not feed_store.find_feed(db, gone).disabled


@pytest.mark.sqlite_only
@pytest.mark.parametrize("count", [3, 300])
def test_sync_costs_the_same_statements_however_long_the_list(db, count: int) -> None:
    """Applied at every start and every `poll --once` (docs/performance.md, "No cost outside
    the cycle"): re-applying an unchanged list is two statements, not one a feed; a first
    application adds the whole list in one batch."""
    from feeds.storage import feed_records as feed_store
    from tests.conftest import NOW
    from tests.helpers import spec

    specs = [spec(f"https://h{i % 7}.example/feed/{i}") for i in range(count)]
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        first = feed_store.sync_operator_feeds(db, specs, NOW)
        added = len(statements)
        statements.clear()
        again = feed_store.sync_operator_feeds(db, specs, NOW)
    finally:
        db.conn.set_trace_callback(None)
    assert (first.added, again.added, again.updated, again.disabled) == (count, 0, 0, 0)
    assert len(statements) == 2
    assert added == 2 + count  # the read, the dropped check, and each row of one INSERT batch
    assert [row.url for row in feed_store.list_feeds(db)] == [s.url for s in specs]


@pytest.mark.both_backends
def test_enabled_feed_counts_tell_poll_once_whether_a_feed_will_send_a_body(db) -> None:
    from feeds.storage import feed_records as feed_store
    from tests.conftest import NOW
    from tests.helpers import spec

    assert feed_store.enabled_feed_counts(db) == (0, 0)
    rows = [feed_store.add_feed(db, spec(f"https://v.example/{i}"), NOW)[0] for i in range(4)]
    db.execute("UPDATE feeds SET etag = 'e' WHERE id = ?", [rows[0].id])
    db.execute("UPDATE feeds SET last_modified = 'm' WHERE id = ?", [rows[1].id])
    feed_store.disable_feed(db, rows[2].id, "test", NOW)
    assert feed_store.enabled_feed_counts(db) == (3, 1)
    db.execute("UPDATE feeds SET etag = 'e' WHERE id = ?", [rows[3].id])
    assert feed_store.enabled_feed_counts(db) == (3, 0)

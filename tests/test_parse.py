import re
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.errors import ParseError
from feeds.parse.normalize import MAX_SUMMARY, MAX_TITLE, canonical_link, html_to_text
from feeds.parse.reference import parse_feed
from feeds.service.demo import demo_dir
from tests.conftest import NOW
from tests.feedserver import rss

# Markup that a feed could not carry as escaped text in these snapshots (some quote <script> in prose).
TAG = re.compile(r"</?(p|a|div|span|img|br|strong|em|ul|li|figure|iframe)(\s[^>]*)?>", re.I)


def parse(body: bytes, **kwargs):
    return parse_feed(body, url="https://example.org/feed", fetched_at=NOW, **kwargs)


def test_real_feed_snapshots_normalise_cleanly(shared_dir) -> None:
    files = sorted((shared_dir / "real-feeds").glob("*.xml"))
    assert len(files) >= 30
    for path in files:
        parsed = parse(path.read_bytes())
        assert parsed.entries, path.name
        guids = [e.guid for e in parsed.entries]
        assert len(guids) == len(set(guids)), path.name
        for e in parsed.entries:
            assert e.guid and e.title, path.name
            assert e.published.tzinfo is not None and e.published <= NOW + timedelta(days=1)
            assert not TAG.search(e.title) and not TAG.search(e.summary), (path.name, e.title)
            assert len(e.title) <= MAX_TITLE and len(e.summary) <= MAX_SUMMARY
            assert "&amp;" not in e.title and "  " not in e.summary


def test_entry_without_guid_falls_back_to_link_then_hash() -> None:
    body = rss(
        [
            {"title": "Has link", "link": "https://news.example/a?utm_source=rss#top"},
            {"title": "No link", "pubDate": "Mon, 23 Nov 2026 10:00:00 GMT"},
        ]
    )
    parsed = parse(body)
    assert parsed.entries[0].guid == "https://news.example/a"
    assert parsed.entries[1].guid.startswith("urn:vidradar:sha1:")
    again = parse(body)
    assert again.entries[1].guid == parsed.entries[1].guid  # stable identity


def test_dates_missing_and_far_future() -> None:
    parsed = parse(
        rss(
            [
                {"title": "No date", "guid": "1"},
                {"title": "From the future", "guid": "2", "pubDate": "Mon, 01 Jan 2035 10:00:00 GMT"},
                {"title": "With zone", "guid": "3", "pubDate": "Mon, 23 Nov 2026 10:00:00 +0100"},
            ]
        )
    )
    by_guid = {e.guid: e for e in parsed.entries}
    assert by_guid["1"].published == NOW
    assert by_guid["2"].published == NOW
    assert by_guid["3"].published.isoformat() == "2026-11-23T09:00:00+00:00"


def test_html_is_stripped_by_a_real_parser() -> None:
    text = html_to_text(
        "<p>Sora&nbsp;2 &amp; <b>Veo</b></p><script>alert('x')</script><style>p{}</style>  <br>done"
    )
    assert text == "Sora 2 & Veo done"
    assert html_to_text("AT&amp;T &lt;script&gt;") == "AT&T <script>"
    assert html_to_text("x" * 5000).endswith("…") and len(html_to_text("x" * 5000)) <= MAX_SUMMARY


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("https://Example.COM:443/a?utm_source=x&id=3&fbclid=y#frag", "https://example.com/a?id=3"),
        ("http://example.com:80/path?xtor=RSS-1", "http://example.com/path"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/p?b=2&a=1", "https://example.com/p?b=2&a=1"),
    ],
)
def test_canonical_links(raw: str, clean: str) -> None:
    assert canonical_link(raw) == clean


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["http://", "https://", "HTTPS://", "ftp://", ""]),
    st.text("abcXYZ019.-/?#:@&=%_~ \t\n\x00é", max_size=40),
)
def test_the_plain_url_shortcut_agrees_with_the_general_path(prefix: str, rest: str) -> None:
    """Links that are already canonical skip urlsplit; both ways give the same link."""
    from feeds.parse.normalize import _canonical_by_parts

    url = (prefix + rest).strip()
    assert canonical_link(url) == (_canonical_by_parts(url) if url else None)


def test_language_from_entry_feed_or_identification() -> None:
    declared = parse(rss([{"title": "Bonjour", "guid": "1"}], lang="fr-FR"))
    assert declared.lang == "fr" and declared.entries[0].lang == "fr"
    operator = parse(rss([{"title": "Hello", "guid": "1"}], lang=None), default_lang="de")
    assert operator.entries[0].lang == "de"
    guessed = parse(
        rss(
            [
                {
                    "title": "OpenAI repousse le lancement de son API vidéo pour les développeurs européens",
                    "guid": "1",
                }
            ],
            lang=None,
        )
    )
    assert guessed.entries[0].lang == "fr"


ENGLISH_TITLES = [
    "Apple updates the MacBook Air with a faster chip",
    "Microsoft ships a new preview of Windows for developers",
    "Netflix raises prices again in the United States",
    "Samsung shows a foldable phone with a bigger battery",
    "The best budget headphones you can buy this year",
    "Amazon opens a new warehouse staffed mostly by robots",
    "Why the electric car market slowed down this summer",
    "Nintendo confirms the release date of its next console",
    "Google fixes a serious security flaw in its browser",
    "Tesla recalls thousands of cars over a software bug",
    "Meta tests paid subscriptions without advertising",
    "Intel delays its next generation of desktop processors",
    "Spotify adds audiobooks to its family subscription plan",
    "A new study finds teenagers sleep less with phones nearby",
    "Sony announces a cheaper model of its popular camera",
]
FRENCH_TITLES = [
    "Google dévoile Veo 3 : le générateur de vidéos est disponible pour tous",
    "OpenAI repousse le lancement de son API vidéo pour les développeurs européens",
    "Le gouvernement présente son plan pour la fibre dans les campagnes",
]


def test_a_feed_in_one_language_is_identified_once_and_a_mixed_one_per_entry() -> None:
    """A feed that declares no language: headlines that agree give the feed one language; a
    mostly English feed with a few French items is mixed, so each item keeps its own."""
    english = parse(rss([{"title": t, "guid": str(i)} for i, t in enumerate(ENGLISH_TITLES)], lang=None))
    assert {e.lang for e in english.entries} == {"en"} and english.lang is None  # a guess is not stored
    mixed_titles = ENGLISH_TITLES[:5] + FRENCH_TITLES[:1] + ENGLISH_TITLES[5:10] + FRENCH_TITLES[1:]
    mixed = parse(rss([{"title": t, "guid": str(i)} for i, t in enumerate(mixed_titles)], lang=None))
    by_title = {e.title: e.lang for e in mixed.entries}
    assert all(by_title[t] == "fr" for t in FRENCH_TITLES)
    assert all(by_title[t] == "en" for t in ENGLISH_TITLES[:10])


def test_charset_from_the_document(tmp_path) -> None:
    parsed = parse((demo_dir() / "daily-circuit.rdf").read_bytes(), content_type="application/rdf+xml")
    assert any("Café" in e.summary for e in parsed.entries)
    latin1 = (
        "<?xml version='1.0' encoding='iso-8859-1'?><rss version='2.0'><channel><title>t</title>"
        "<item><title>Générateur vidéo</title><guid>1</guid></item></channel></rss>"
    )
    # Served with a wrong charset header: the XML declaration and feedparser's fallbacks still win.
    parsed = parse(latin1.encode("iso-8859-1"), content_type="text/xml; charset=utf-8")
    assert parsed.entries and "vid" in parsed.entries[0].title


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (b"", "empty response"),
        (b"<!doctype html><html><body>Hello</body></html>", "HTML page"),
        (b'{"hello": "world"}', "JSON"),
        (b"<rss><channel><item><title>unterminated", "not a usable feed"),
        (b"<rss><channel><title>truncated", "not a usable feed"),
        (b"plain text, nothing else", "not a (usable )?feed"),
    ],
)
def test_non_feeds_raise_a_clear_parse_error(body: bytes, needle: str) -> None:
    with pytest.raises(ParseError, match=needle):
        parse(body)


def test_malformed_feed_that_still_yields_entries_is_kept(shared_dir) -> None:
    whole = (shared_dir / "real-feeds" / "theverge_ai_2026-08-17.atom.xml").read_bytes()
    cut = whole[: int(len(whole) * 0.7)]  # a download cut short
    parsed = parse(cut)
    assert parsed.warning and 3 <= len(parsed.entries) < len(parse(whole).entries)


def test_whitespace_before_the_xml_declaration_is_not_an_error(shared_dir) -> None:
    """A blank line before <?xml (kagi's release notes do this) is ill-formed XML; it is
    removed, so the feed parses cleanly instead of through the lenient, slower path."""
    parsed = parse((shared_dir / "real-feeds" / "kagi_release_notes.atom.xml").read_bytes())
    assert parsed.warning is None and len(parsed.entries) > 10


def test_empty_but_valid_feed_is_not_an_error() -> None:
    assert parse(rss([])).entries == []


def test_markup_with_no_text_is_read_only_so_far() -> None:
    """Deeply nested markup with no text took the HTML parser time growing with the square of
    its size (a 3.3 MB summary: six minutes, every feed's cycle waiting on it): past
    MAX_MARKUP characters nothing more is read, and text that early is still found."""
    from feeds.parse.normalize import MAX_MARKUP

    depth = MAX_MARKUP // len("<div>") + 1000
    assert html_to_text("<div>" * depth + "text after the cap" + "</div>" * depth) == ""
    assert html_to_text("<p>news</p>" + "<div>" * depth) == "news"

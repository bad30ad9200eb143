"""The fast parser (fastfeedparser) and the reference (feedparser) must agree on every entry
the fast one accepts: same identity (guid, canonical link) and same text, so switching
parsers — or falling back from one to the other between two polls — never creates a new
entry or re-alerts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from feeds.errors import ParseError
from feeds.parse.fast import Unsupported, fast_parse
from feeds.parse.reference import parse_feed

FETCHED = datetime(2026, 11, 24, 12, tzinfo=UTC)
FIELDS = ("guid", "link", "title", "summary", "published", "lang", "content_hash", "image")


def both(content: bytes):
    try:
        fast = parse_feed(content, url="https://feeds.example/feed", fetched_at=FETCHED, parser="fast")
    except ParseError:
        return None, None
    reference = parse_feed(content, url="https://feeds.example/feed", fetched_at=FETCHED, parser="feedparser")
    return fast, reference


def assert_same(fast, reference, name: str) -> None:
    assert len(fast.entries) == len(reference.entries), name
    for mine, theirs in zip(fast.entries, reference.entries, strict=True):
        for field in FIELDS:
            assert getattr(mine, field) == getattr(theirs, field), (name, field, mine.guid)
    # The feed's own title is display only (and never overwritten with nothing).
    assert fast.title in (reference.title, None), name


def test_real_feeds_read_the_same_with_either_parser(shared_dir) -> None:
    files = sorted((shared_dir / "real-feeds").glob("*.xml"))
    fast_count = 0
    for path in files:
        fast, reference = both(path.read_bytes())
        if fast is None:
            continue
        fast_count += 1
        assert_same(fast, reference, path.name)
    # The fast path must really be exercised: most real feeds are plain, well-formed UTF-8.
    assert fast_count >= len(files) * 3 // 4, (fast_count, len(files))


def test_feedparser_corpus_reads_the_same_where_the_fast_parser_accepts(shared_dir) -> None:
    """feedparser's own test corpus is full of edge cases (encodings, namespaces, relative
    links, odd dates); wherever the fast parser does not decline, the result is identical."""
    accepted = 0
    for path in sorted((shared_dir / "feedparser-tests").rglob("*.xml")):
        content = path.read_bytes()
        try:
            fast = parse_feed(content, url="https://feeds.example/feed", fetched_at=FETCHED, parser="fast")
        except ParseError:
            continue
        accepted += 1
        try:
            reference = parse_feed(
                content, url="https://feeds.example/feed", fetched_at=FETCHED, parser="feedparser"
            )
        except ParseError:
            pytest.fail(f"{path}: the fast parser found entries where feedparser found none")
        assert_same(fast, reference, str(path))
    assert accepted >= 15  # most corpus files probe one odd construct each, and are declined


@pytest.mark.parametrize(
    "content",
    [
        b"<rss version='2.0'><channel><link>x</link><item><title>t</title>"
        b"<guid isPermaLink='false'>urn:x</guid></item></channel></rss>",  # no <link>
        b"<?xml version='1.0' encoding='shift_jis'?><rss version='2.0'><channel><item><title>t</title>"
        b"<link>https://a.example/</link></item></channel></rss>",  # an encoding left to feedparser
        b"<rss version='2.0'><channel><item><title>t</title><link>https://a.example/?a=1&b=2</link>"
        b"</item></channel></rss>",  # not well-formed
        b'{"version": "https://jsonfeed.org/version/1.1", "items": []}',
    ],
)
def test_the_fast_parser_declines_what_it_would_read_differently(content: bytes) -> None:
    with pytest.raises(Unsupported):
        fast_parse(content)


def test_the_fast_parser_never_fetches_a_url() -> None:
    """fastfeedparser.parse fetches a URL given as a string, outside the SSRF guard."""
    with pytest.raises(Unsupported):
        fast_parse("http://169.254.169.254/latest/meta-data/")  # type: ignore[arg-type]


def test_auto_falls_back_to_feedparser_and_keeps_its_errors() -> None:
    broken = b"<rss version='2.0'><channel><item><title>Kept</title><link>https://a.example/1</link></item>"
    parsed = parse_feed(broken, url="https://feeds.example/feed", fetched_at=FETCHED)
    assert [e.title for e in parsed.entries] == ["Kept"] and parsed.warning
    with pytest.raises(ParseError, match="looks like an HTML page"):
        parse_feed(b"<!doctype html><p>hi", url="https://feeds.example/feed", fetched_at=FETCHED)

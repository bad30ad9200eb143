"""Hostile input: one poll cycle over every kind of broken or malicious feed, then
property-based tests (hypothesis) over parsing, detection, keywords, search and rendering."""

from __future__ import annotations

import re
import string
import time
import tracemalloc
import unicodedata
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feeds.detect.keywords import KeywordMatcher, WatchTerm
from feeds.errors import InputError, ParseError
from feeds.models import EVENT_TYPES
from feeds.parse.reference import parse_feed
from feeds.service import render
from feeds.service.delivery import marker_of
from feeds.service.i18n import EVENT_LABELS, t
from feeds.service.render import EVENT_ICONS, keyword_alert, story_alert
from feeds.storage.digests import Digest, DigestStory, KeywordItem
from feeds.storage.entries import refresh_search_index, search_entries, upsert_entries
from feeds.storage.views import Coverage, KeywordView, StoryView
from tests.conftest import NOW
from tests.fake_discord import payload_problem
from tests.feedserver import rss
from tests.helpers import warmed_detector
from tests.test_poller import ANNOUNCEMENT, DISTRACTOR, add, feed_row, make_poller, scalar
from tests.test_storage import _feed as storage_feed
from tests.test_storage import entry

COMPLETE = {"guid": "whole", "title": "A complete item", "link": "https://news.example/whole"}
CUT = {"guid": "cut", "title": "An item cut in half", "link": "https://news.example/cut"}


async def test_a_cycle_over_hostile_feeds_is_bounded_and_records_each_failure(
    feed_server, server_settings, store, parse_workers
) -> None:
    two_items = rss([COMPLETE, CUT])
    cut_after_one = two_items[: two_items.index(b"An item cut")]
    serve = feed_server.set_feed
    refused = {
        "slow drip (slowloris)": (feed_server.url("/drip"), "timed out"),
        "endless body": (feed_server.url("/endless"), "past the 1048576-byte limit"),
        "gzip bomb": (feed_server.url("/gzip-bomb"), "past the 1048576-byte limit"),
        "redirect loop": (feed_server.url("/loop/a"), "redirect loop"),
        "redirect to a private address": (feed_server.url("/to-private"), "non-public address 10.0.0.1"),
        "redirect to another loopback port": (feed_server.url("/to-loopback/9"), "non-public address"),
        "closed mid-response": (feed_server.url("/close-mid-body"), ""),
        "image": (serve("png", b"\x89PNG\r\n\x1a\n" + bytes(4096), content_type="image/png"), "image/png"),
        "json": (serve("json", b'{"items": []}', content_type="application/json"), "JSON"),
        "html page": (serve("html", b"<!doctype html><p>hi", content_type="text/html"), "HTML page"),
        "zero bytes": (serve("empty", b""), "empty response"),
        "truncated before any item": (serve("trunc", two_items[:60]), "not a usable feed"),
        "binary garbage": (serve("nul", bytes(range(256)) * 8), "not a"),
    }
    kept = {
        "truncated after one item": (serve("cut", cut_after_one), {"A complete item"}),
        "invalid UTF-8": (
            serve(
                "badutf8", rss([dict(COMPLETE, title="A BAD complete item")]).replace(b"BAD", b"\xff\xfe\xc3")
            ),
            None,
        ),
    }
    good = await add(store, serve("good", rss([ANNOUNCEMENT, DISTRACTOR])))
    refused_ids = {name: await add(store, url) for name, (url, _) in refused.items()}
    kept_ids = {name: await add(store, url) for name, (url, _) in kept.items()}

    tracemalloc.start()
    started = time.monotonic()
    # Through the worker pool, as production parses: each ParseError crosses a process boundary.
    poller = make_poller(server_settings, store, executor=parse_workers)
    report = await poller.run_cycle(force=True)
    elapsed = time.monotonic() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    # Bounded: the fetch timeout is 3 s and the body cap 1 MB (server_settings); the bomb
    # would decode to 1 GB and the endless body never ends.
    assert elapsed < 20, elapsed
    assert peak < 64 * 1024 * 1024, peak
    assert report.polled == 1 + len(refused) + len(kept)
    for name, feed_id in refused_ids.items():
        row = await feed_row(store, feed_id)
        assert row.last_error and row.consecutive_failures == 1, name
        assert refused[name][1] in row.last_error, (name, row.last_error)
        assert "\n" not in row.last_error and len(row.last_error) <= 500, name
    for name, feed_id in kept_ids.items():
        row = await feed_row(store, feed_id)
        # Kept: a success (the parser's complaint stays visible as a warning).
        assert row.consecutive_failures == 0 and row.last_success_at, (name, row.last_error)
        titles = {
            r[0]
            for r in await store.read(
                lambda db, i=feed_id: db.execute(
                    "SELECT title FROM entries WHERE feed_id = ?", [i]
                ).fetchall()
            )
        }
        expected = kept[name][1]
        assert titles == expected if expected else len(titles) == 1, (name, titles)
    # The healthy feed went through as if nothing happened.
    assert (await feed_row(store, good)).last_error is None
    assert await scalar(store, "SELECT count(*) FROM entries WHERE feed_id = ?", good) == 2
    assert [a.title for a in report.announcements] == [ANNOUNCEMENT["title"]]
    # The pool survived every refusal: a second cycle parses the healthy feed again.
    serve("good", rss([ANNOUNCEMENT, DISTRACTOR, dict(DISTRACTOR, guid="more", title="One more item")]))
    again = await poller.run_cycle(feed_ids=[good])
    assert [o.status for o in again.outcomes] == ["ok"] and again.new_entries == 1


# -- properties ------------------------------------------------------------------------------

FETCHED = datetime(2026, 11, 24, tzinfo=UTC)
FEEDISH = st.sampled_from(
    [
        b"",
        b"<?xml version='1.0'?>",
        b"<rss version='2.0'><channel>",
        b"<item><title>",
        b"</title><link>http://x/</link></item>",
        b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>",
        b"</entry></feed>",
        b"<![CDATA[",
        b"]]>",
        b"&amp;",
        b"&#0;",
        b"&bogus;",
        b"<!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>]>",
        b"&b;",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\x00",
        b'{"version": "https://jsonfeed.org/version/1.1", "items": [',
        b"]}",
    ]
)
BYTES = st.one_of(
    st.binary(max_size=2000), st.lists(FEEDISH | st.binary(max_size=30), max_size=30).map(b"".join)
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=BYTES, content_type=st.sampled_from([None, "application/rss+xml", "text/html", "image/png"]))
def test_parsing_arbitrary_bytes_raises_only_parse_error(content: bytes, content_type: str | None) -> None:
    try:
        feed = parse_feed(
            content, url="https://feeds.example/x", content_type=content_type, fetched_at=FETCHED
        )
    except ParseError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for parsed in feed.entries:
        assert parsed.guid and isinstance(parsed.title, str)
        assert parsed.published.tzinfo is not None


TEXT = st.text(max_size=3000)


@settings(deadline=None)
@given(title=TEXT, summary=TEXT)
def test_detection_on_arbitrary_unicode_never_raises_and_stays_fast(title: str, summary: str) -> None:
    detector = warmed_detector()  # only matching is timed
    started = time.perf_counter()
    detection = detector.classify(title, summary, None)
    assert time.perf_counter() - started < 0.5  # far above the ~50 µs typical: no backtracking blow-up
    assert detection.score >= 0 and (detection.event in EVENT_TYPES or detection.event == "none")
    if detection.relevant:
        assert detection.reasons and detection.vendors


@settings(deadline=None)
@given(terms=st.lists(st.text(min_size=1, max_size=100), min_size=1, max_size=20), text=TEXT)
def test_keyword_matching_on_arbitrary_unicode_never_raises(terms: list[str], text: str) -> None:
    usable = []
    for n, term in enumerate(terms):
        if any(c.isalnum() for c in term):
            usable.append(WatchTerm(n, term.strip() or "x", "include"))
    matcher = KeywordMatcher(usable)
    started = time.perf_counter()
    hits = matcher.match(text, text)
    assert time.perf_counter() - started < 0.5
    assert set(hits.include) <= {t.guild_id for t in usable}
    for term in usable:  # a term always matches a text that is just the term
        if term.term.strip() and re.search(r"\w", term.term):
            assert term.guild_id in KeywordMatcher([term]).match(f" {term.term} ", "").include


@pytest.mark.both_backends
@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(query=st.text(max_size=300))
def test_search_with_arbitrary_queries_never_raises(db, query: str) -> None:
    """Anything a member types: at most a clear InputError ("needs a letter or digit",
    "at most N characters"), never an FTS5 syntax error."""
    if not db.execute("SELECT count(*) FROM entries").fetchone()[0]:
        feed = storage_feed(db)
        upsert_entries(db, feed.id, [entry(f"g{n}", text) for n, text in enumerate(SEARCHABLE)], NOW)
        refresh_search_index(db)
    try:
        hits = search_entries(db, query, limit=5)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert len(hits) <= 5
    if query.strip().lower() == "sora":
        assert hits


SEARCHABLE = ["Sora and NEAR things", "Veo 3 «prix» en baisse", "可灵 2.1 发布", 'AND OR NOT * ^ " : ( )']

# -- output safety: what Discord would render from hostile feed text ------------------------
#
# Discord reads a backslash before ASCII punctuation as "this character is literal". The
# checks below read every rendered string the way Discord does: `live()` turns each escaped
# character into an inert placeholder, so whatever markdown or mention syntax is left in the
# live text is really rendered. Feed text may contribute none of it; only the renderer's own
# syntax (timestamps, **event labels**, `story keys`, masked links to URLs it chose) may.

HOSTILE_BITS = st.sampled_from(
    [
        "@everyone", "@here", "@EveryOne", "@\u200beveryone", "<@123>", "<@!123>", "<@&456>", "<#789>",
        "</vidradar status:1>", "<t:1:R>", "[x](https://evil.example)", "](https://evil.example)", "[", "]",
        "(", ")", "<", ">", "> ", ">>> ", "# ", "## ", "-# ", "- ", "* ", "*", "**", "_", "__", "~~", "||",
        "`", "```", "|", "~", "\\", "\\*", "\\\\", "\\\\\\", "\n", "\r\n", "\t", "\u200b", "\u2028", "\ufeff",
        "\u202e", "https://", " ", "#", "-", ":", "&amp;",
    ]
)  # fmt: skip
HOSTILE = st.lists(st.one_of(st.text(max_size=12), HOSTILE_BITS), max_size=40).map("".join)
FEED_TEXT = st.one_of(HOSTILE, TEXT, HOSTILE.map(lambda text: text * 40))
URLS = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.builds(lambda rest: "https://" + rest, st.one_of(st.text(max_size=60), HOSTILE)),
    st.sampled_from(
        [
            "http://", "https://.x", "https://a b", "https://x/(a)", "javascript:alert(1)", "HTTPS://X/y",
            "https://x/a)b](https://evil)", "https://x/<@1>", "https://x/a_b*c~d`e|f", "https://x/a\\", "https://x/" + "y" * 1990,
        ]
    ),
)  # fmt: skip
SLUG = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=20)
KEY = st.text(alphabet="abcdefghijklmnopqrstuvwxyz234567", min_size=8, max_size=8)
# Detection reasons: an internal prefix, then (in parentheses) what the feed said.
REASONS = st.lists(
    st.builds(
        lambda kind, slug, said: f"{kind}:{slug} ({said})",
        st.sampled_from(["product", "event", "context", "vendor-only", "genre", "negative"]),
        SLUG,
        HOSTILE,
    ),
    max_size=10,
)
WHEN = datetime(2026, 11, 24, 12, tzinfo=UTC)
ASCII_PUNCTUATION = frozenset(string.punctuation)
INERT = "\x00"  # an escaped character, as Discord renders it: literal
LIVE_MENTION = re.compile(r"@(everyone|here)|<@[!&]?\d+>|<#\d+>|</[^>]+:\d+>", re.I)
TIMESTAMP = re.compile(r"<t:-?\d+:[tTdDfFR]>")
MASKED_LINK = re.compile(r"\[(?P<text>[^\[\]]*)\]\((?P<url>[^()\s]*)\)")
CODE = re.compile(r"`(?P<code>[^`]*)`")
BOLD = re.compile(r"\*\*(?P<bold>[^*]*)\*\*")
LINE_MARKUP = re.compile(r"\s*(#{1,3} |-# |[-*] |>>> |> )")  # heading, subtext, list, quote
MARKDOWN = frozenset("\\*_~`|>[]()<")
FORMATTING = frozenset("\\*_~`|")  # what titles and field names render (no links, no quotes)
LABELS = {label for labels in EVENT_LABELS.values() for label in labels.values()}
RENDERER_BOLD = LABELS | {f"{icon} {label}" for icon in EVENT_ICONS.values() for label in LABELS}
RENDERER_CODE = {"/feeds enable", "/alerts retry"}


def live(text: str) -> tuple[str, list[int]]:
    """The text as Discord's markdown sees it: each escaped character becomes INERT; with,
    for each character of it, where it starts in ``text``."""
    out, starts, i = [], [], 0
    while i < len(text):
        starts.append(i)
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in ASCII_PUNCTUATION:
            out.append(INERT)
            i += 2
        else:
            out.append(text[i])
            i += 1
    starts.append(len(text))
    return "".join(out), starts


def unescape(text: str) -> str:
    """The characters a reader sees (escaping backslashes removed)."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


def normalise(text: str) -> str:
    """Feed text up to what rendering may legitimately change: invisible characters, control
    characters, the letters that draw nothing (Hangul fillers) and runs of whitespace (which
    the renderer removes or collapses)."""
    kept = "".join(
        c
        for c in text
        if unicodedata.category(c) not in ("Cf", "Cc", "Zl", "Zp")
        and c not in INVISIBLE_LETTERS
        or unicodedata.category(c) == "Cc"
        and c.isspace()  # tab, newline: collapsed, not removed
    )
    return " ".join(kept.split())


INVISIBLE_LETTERS = "\u115f\u1160\u3164\uffa0"


def strings(value: object, path: str = "") -> list[tuple[str, str]]:
    """Every string in a payload with where it is (embeds.0.fields.2.name)."""
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in strings(v, f"{path}.{k}" if path else k)]
    if isinstance(value, list):
        return [pair for i, v in enumerate(value) for pair in strings(v, f"{path}.{i}")]
    return []


def chosen(url: str | None) -> str | None:
    """The link the renderer may use for a feed's URL: the URL itself, with the characters
    that could end a markdown link percent-encoded; or none (checked against _link)."""
    picked = render._link(url)
    if picked is not None:
        assert url is not None and picked.lower().startswith(("http://", "https://"))
        encoded = url.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
        assert picked == encoded and not any(c.isspace() for c in picked), (url, picked)
    return picked


def without_renderer_syntax(
    raw: str, urls: set[str], keys: set[str], where: str, headings: frozenset[str] = frozenset()
) -> str:
    """The live text with the renderer's own markdown taken out (a link keeps its text, to be
    checked like the rest); fails on a link to a URL the renderer did not choose. ``headings``:
    the renderer's own bold headings (escaped text, e.g. a digest's group names)."""
    text, starts = live(raw)

    def code(match: re.Match[str]) -> str:
        assert match["code"] in keys | RENDERER_CODE, (where, match[0])
        return ""

    def bold(match: re.Match[str]) -> str:
        assert match["bold"] in RENDERER_BOLD | {live(h)[0] for h in headings}, (where, match[0])
        return ""

    def link(match: re.Match[str]) -> str:
        url = raw[starts[match.start("url")] : starts[match.end("url")]]  # as Discord gets it
        assert url in urls, (where, url, urls)
        return match["text"] + INERT * (len(match[0]) - len(match["text"]))

    # Links first (on the live text, so escaped brackets are no link), keeping positions.
    text = MASKED_LINK.sub(link, text)
    return BOLD.sub(bold, CODE.sub(code, TIMESTAMP.sub("", text)))


def assert_inert(
    payload: dict,
    *,
    urls: set[str],
    keys: set[str],
    ping_role: int | None = None,
    headings: frozenset[str] = frozenset(),
) -> None:
    """No mention anywhere (but the chosen ping role in content), no live markdown from feed
    text in what Discord renders as markdown, links only to chosen URLs, within limits."""
    assert payload_problem(payload) is None, payload_problem(payload)
    allowed = {"parse": []} if ping_role is None else {"parse": [], "roles": [str(ping_role)]}
    assert payload.get("allowed_mentions", allowed) == allowed
    for where, text in strings(payload):
        seen = live(text)[0]
        shown = MASKED_LINK.sub(lambda link: link["text"], seen)  # a link's URL is not rendered
        for mention in LIVE_MENTION.finditer("" if where.endswith(".url") else shown):
            assert where == "content" and mention[0] == f"<@&{ping_role}>", (where, text)
        part = where.rsplit(".", 1)[-1]
        if where.endswith(".url"):
            assert text in urls or text.startswith("attachment://"), (where, text)
        if part in ("description", "value"):
            rest = without_renderer_syntax(text, urls, keys, where, headings)
            stray = sorted({c for c in rest if c in MARKDOWN})
            assert not stray, (where, stray, text)
            for line in seen.split("\n"):
                assert not LINE_MARKUP.match(line), (where, line)
        elif part in ("title", "name") and not where.startswith("allowed"):
            stray = sorted({c for c in TIMESTAMP.sub("", seen) if c in FORMATTING})
            assert not stray, (where, stray, text)


def assert_reads_as(rendered: str, original: str) -> None:
    """What a reader sees is the feed's text (or, when cut to a limit, the start of it)."""
    seen, expected = normalise(unescape(rendered)), normalise(original)
    if seen != expected:
        assert rendered.endswith("…") and expected.startswith(normalise(unescape(rendered[:-1]))), (
            rendered,
            original,
        )


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=FEED_TEXT,
    summary=FEED_TEXT,
    feed=FEED_TEXT,
    link=URLS,
    others=st.lists(st.tuples(FEED_TEXT, URLS), max_size=15),
    reasons=REASONS,
    products=st.lists(FEED_TEXT, max_size=10),
    key=KEY,
    ping_role=st.one_of(st.none(), st.integers(1, 2**63)),
)
def test_rendering_any_announcement_fits_discord_and_pings_no_one(
    title, summary, feed, link, others, reasons, products, key, ping_role
) -> None:
    view = StoryView(
        key=key,
        event="launch",
        vendors=["openai"],
        products=products,
        api=True,
        score=1.5,
        title=title,
        link=link,
        summary=summary,
        feed=feed,
        official=False,
        published=WHEN,
        reasons=reasons,
        also_reported=[Coverage(feed=name, link=url, published=WHEN) for name, url in others],
    )
    urls = {u for u in (chosen(x) for x in [link, *(url for _, url in others)]) if u}
    for payload in (
        story_alert(view, lang="en", marker="#1", ping_role=ping_role),
        story_alert(view, lang="fr", marker="#2"),
        keyword_alert(
            KeywordView("sora", title, link, summary, feed, WHEN - timedelta(days=1)), lang="en", marker="#3"
        ),
    ):
        message = payload.as_json()
        role = ping_role if message["content"] else None
        assert message["content"] == (f"<@&{role}>" if role else "")
        assert_inert(message, urls=urls, keys={key}, ping_role=role)
        embed = message["embeds"][0]
        assert embed.get("url") == chosen(link)
        assert_reads_as(embed["title"], title)
        assert_reads_as(embed["description"], summary)
        # The delivery marker is there, invisible: feed text can neither hide nor forge it.
        footer = message["embeds"][-1]["footer"]["text"]
        assert marker_of([footer]) in ("#1", "#2", "#3"), footer
        assert not re.search(r"#\d|score", footer)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    items=st.lists(st.tuples(FEED_TEXT, URLS, FEED_TEXT, KEY, SLUG), min_size=1, max_size=12),
    matches=st.lists(st.tuples(FEED_TEXT, URLS, FEED_TEXT), max_size=6),
    reasons=REASONS,
    reason=FEED_TEXT,
)
def test_digests_history_why_and_notices_of_hostile_text_stay_inert(items, matches, reasons, reason) -> None:
    """The other places feed text is shown: digest lines, /news history lines, /news why,
    and the feed-disabled notice (whose reason quotes what the server sent)."""
    events = sorted(EVENT_ICONS.keys() - {"keyword"})
    stories = [
        DigestStory(
            key, events[n % len(events)], [vendor], [], title, link, feed, n % 2 == 0, n % 3 + 1, 0.9, WHEN
        )
        for n, (title, link, feed, key, vendor) in enumerate(items)
    ]
    keyword_items = [KeywordItem("sora", title, link, feed, WHEN) for title, link, feed in matches]
    keys = {story.key for story in stories}
    urls = {u for u in (chosen(s.link) for s in [*stories, *keyword_items]) if u}
    digest = Digest(1, WHEN - timedelta(days=1), WHEN, stories, keyword_items)
    for lang in ("en", "fr"):
        names = [name for name, _ in render.digest_groups(digest)] + [t("digest_keywords", lang)]
        headings = frozenset(  # the digest's own headings, escaped: group names (from slugs too)
            render.escape(h) for name in names for h in (name, t("digest_continued", lang, name=name))
        )
        for message in render.digest_messages(digest, lang, with_chart=True):
            assert_inert(message.as_json(), urls=urls, keys=keys, headings=headings)
    rows = [
        SimpleNamespace(
            kind="story", event=s.event, title=s.title, link=s.link, feed=s.feed, key=s.key,
            outlets=s.outlets, published=WHEN, term=None,
        )
        for s in stories
    ] + [
        SimpleNamespace(
            kind="keyword", event="keyword", title=k.title, link=k.link, feed=k.feed, key="",
            outlets=1, published=WHEN, term=k.term,
        )
        for k in keyword_items
    ]  # fmt: skip
    for page in render.paged_list("News", [render.story_line(row, "en") for row in rows]):
        assert_inert({"embeds": [page]}, urls=urls, keys=keys)  # one page at a time
    why = SimpleNamespace(
        key=stories[0].key,
        event=stories[0].event,
        vendors=stories[0].vendors,
        products=["sora-2"],
        api=True,
        score=0.9,
        keywords=[m[0] for m in matches],
        reports=[
            SimpleNamespace(feed=s.feed, score=0.9, reasons=reasons, link=s.link, title=s.title)
            for s in stories
        ],
    )
    embed = render.why_embed(why, "en", {"title": "Why", "keywords": "Keywords"})
    assert_inert({"embeds": [embed]}, urls=urls, keys=keys)
    notice = render.feed_disabled_notice(
        {"feed": items[0][2], "reason": reason, "url": items[0][1] or ""}, lang="en", marker="#9"
    )
    assert_inert(notice.as_json(), urls=urls, keys=keys)
    assert marker_of([notice.embeds[0]["footer"]["text"]]) == "#9"  # a hostile URL cannot push it out

"""What a search matched travels as neutral spans from storage; render chooses the markup.

Feed text that itself holds Markdown (``**``, ``_``) can neither fake nor break a highlight."""

from __future__ import annotations

import pytest

from feeds.service.render import highlight, search_line
from feeds.storage.entries import upsert_entries
from feeds.storage.history import Highlighted
from tests.conftest import NOW
from tests.helpers import entry, spec

# Storage as production runs it, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_backends


async def test_search_returns_spans_over_plain_text_and_render_bolds_them(store) -> None:
    feed, _ = await store.add_feed(spec("https://news.example/feed"), NOW)
    summary = "Pricing **leaked** early: Sora costs 2*3 credits, says a_user"
    await store.write(upsert_entries, feed.id, [entry("g1", "OpenAI video news", summary=summary)], NOW)

    [row] = await store.search(1, "sora")  # brings the search index up to date itself

    text = row.snippet.text
    assert "\x02" not in text and "\x03" not in text
    assert "**leaked**" in text  # the feed's own asterisks are text, not a match
    assert [text[start:end].lower() for start, end in row.snippet.spans] == ["sora"]
    shown = search_line(row)
    assert "**Sora**" in shown  # the match, in bold
    assert "\\*\\*leaked\\*\\*" in shown  # the feed's asterisks, escaped
    assert "a\\_user" in shown


async def test_cli_json_keeps_its_bold_markers(store) -> None:
    feed, _ = await store.add_feed(spec("https://news.example/feed"), NOW)
    await store.write(upsert_entries, feed.id, [entry("g1", "Veo 3 reaches Europe")], NOW)
    [hit] = await store.search_stored("veo")
    assert hit.as_json()["snippet"] == "**Veo** 3 reaches Europe"


def test_highlight_merges_neighbours_and_closes_a_bold_the_cut_leaves_open() -> None:
    text = Highlighted("Kling Kling and more words after it", ((0, 5), (5, 11)))
    assert highlight(text, 200).startswith("**Kling Kling**")
    cut = highlight(Highlighted("a" * 10 + "MATCH" * 10, ((10, 60),)), 20)
    assert cut.count("**") == 2 and cut.endswith("…")

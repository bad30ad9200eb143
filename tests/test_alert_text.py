"""What people read in channel posts and /news: display names instead of slugs, a footer for
people (no score, no reason tokens, no visible delivery id), the event shown once; and the
invisible delivery marker that crash reconciliation reads back (old visible one included)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from feeds.detect.taxonomy import bundled_taxonomy
from feeds.service import render
from feeds.service.delivery import marker_of
from feeds.service.digest_plan import digest_text
from feeds.service.i18n import EVENT_LABELS
from feeds.storage.digests import Digest, DigestStory
from feeds.storage.views import KeywordView, StoryView

WHEN = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
REASON_TOKEN = re.compile(r"\b(?:product|event|context|vendor-only|vendor|ambiguous):|score|#\d")


def unescaped(text: str) -> str:
    """What Discord shows for escaped text ("\\(" is "(")."""
    return re.sub(r"\\(.)", r"\1", text)


def shown_footer(embed: dict) -> str:
    """The footer as people read it: without the invisible marker at its end."""
    return embed["footer"]["text"].split(render.MARKER_SENTINEL)[0]


# -- display names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "name", "label"),
    [
        ("kling-2.5", "Kling 2.5", "Kling 2.5 (Kuaishou)"),
        ("veo-3.1", "Veo 3.1", "Veo 3.1 (Google)"),
        ("veo-3.1-fast", "Veo 3.1 Fast", "Veo 3.1 Fast (Google)"),
        ("sora", "Sora", "Sora (OpenAI)"),
        ("sora-2-pro", "Sora 2 Pro", "Sora 2 Pro (OpenAI)"),
        ("gen-4", "Gen-4", "Gen-4 (Runway)"),
        ("ray-2", "Ray2", "Ray2 (Luma AI)"),
        ("pika-2.2", "Pika 2.2", "Pika 2.2"),  # the maker's name is in it already
        ("aleph", "Runway Aleph", "Runway Aleph"),
        ("bing-video-creator", "Bing Video Creator", "Bing Video Creator (Microsoft)"),
        ("not-in-the-watchlist", "not-in-the-watchlist", "not-in-the-watchlist"),
    ],
)
def test_product_display_names(slug: str, name: str, label: str) -> None:
    taxonomy = bundled_taxonomy()
    assert taxonomy.product_name(slug) == name
    assert taxonomy.product_label(slug) == label


@pytest.mark.parametrize(
    ("vendors", "products", "subject"),
    [
        (["kuaishou"], ["kling-2.5"], "Kling 2.5 (Kuaishou)"),
        (["openai"], ["sora-2", "sora-2-pro"], "Sora 2, Sora 2 Pro (OpenAI)"),
        (["google", "openai"], ["veo-3"], "Veo 3 (Google), OpenAI"),
        (["openai"], [], "OpenAI"),
        (["xai", "stability"], [], "xAI, Stability AI"),
        (["google"], ["veo-4", "veo-4.0"], "Veo 4 (Google)"),  # one product, named once
    ],
)
def test_a_story_subject_names_products_with_their_maker(
    vendors: list[str], products: list[str], subject: str
) -> None:
    assert bundled_taxonomy().subject(vendors, products) == subject
    assert unescaped(render.subject(vendors, products)) == subject


def kling_story(**changes: object) -> StoryView:
    values: dict = {
        "key": "abc123xy",
        "event": "launch",
        "vendors": ["kuaishou"],
        "products": ["kling-2.5"],
        "api": False,
        "score": 0.93,
        "title": "Kuaishou launches Kling 2.5",
        "link": "https://news.example/kling",
        "summary": "Kling 2.5 is out.",
        "feed": "News",
        "official": False,
        "published": WHEN,
        "reasons": ["product:kling-2.5 (title)", 'event:launch ("launches")', "context:video"],
    }
    values.update(changes)
    return StoryView(**values)


@pytest.mark.parametrize(
    ("lang", "field", "subject", "footer"),
    [
        ("en", "Product", "Kling 2.5 (Kuaishou)", "story abc123xy · /news why"),
        ("fr", "Produit", "Kling 2.5 (Kuaishou)", "sujet abc123xy · /actus pourquoi"),
    ],
)
def test_an_alert_reads_as_people_write(lang: str, field: str, subject: str, footer: str) -> None:
    embed = render.story_alert(kling_story(), lang=lang, marker="#123").embeds[0]
    label = EVENT_LABELS[lang]["launch"]
    assert embed["author"]["name"] == label
    product = embed["fields"][0]
    assert (product["name"], unescaped(product["value"])) == (field, subject)
    # The event once: in the author line, in no field.
    fields = " ".join(f"{f['name']} {f['value']}" for f in embed["fields"])
    assert label not in fields and "kling-2.5" not in fields and "kuaishou" not in fields
    # The footer is for people: the story id and where the reasons are, nothing else.
    assert shown_footer(embed) == footer
    assert not REASON_TOKEN.search(embed["footer"]["text"]), embed["footer"]["text"]
    assert marker_of([embed["footer"]["text"]]) == "#123"


def test_an_alert_without_a_product_names_its_vendor_and_the_api_once() -> None:
    view = kling_story(vendors=["openai"], products=[], api=True)
    for lang, field in (("en", "Vendor"), ("fr", "Éditeur")):
        embed = render.story_alert(view, lang=lang, marker="#5").embeds[0]
        assert embed["author"]["name"].endswith(("developer API", "API développeurs"))
        assert (embed["fields"][0]["name"], embed["fields"][0]["value"]) == (field, "OpenAI")


@pytest.mark.parametrize(
    ("image", "shown"),
    [
        ("https://cdn.news.example/kling.jpg", "https://cdn.news.example/kling.jpg"),
        (None, None),
        ("javascript:alert(1)", None),  # never shown, even if a bad value reached the view
    ],
)
def test_an_alert_shows_the_items_picture_as_a_thumbnail(image: str | None, shown: str | None) -> None:
    embed = render.story_alert(kling_story(image=image), lang="en", marker="#1").embeds[0]
    assert embed.get("thumbnail") == ({"url": shown} if shown else None)
    assert "image" not in embed  # a thumbnail keeps the alert compact


@pytest.mark.parametrize(
    ("lang", "footer"), [("en", "vidradar · test alert"), ("fr", "vidradar · alerte de test")]
)
def test_the_test_alert_says_what_it_is_instead_of_a_story_id(lang: str, footer: str) -> None:
    sample = render.sample_view(lang, WHEN)
    embed = render.story_alert(sample, lang=lang, marker="#9", sample=True).embeds[0]
    assert shown_footer(embed) == footer
    assert marker_of([embed["footer"]["text"]]) == "#9"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_keyword_alerts_and_notices_have_a_human_footer_without_an_id(lang: str) -> None:
    payloads = [
        render.keyword_alert(
            KeywordView("sora", "Sora news", None, "text", "Feed", WHEN), lang=lang, marker="#41"
        ),
        render.notice(
            {"feed": "Feed", "reason": "gone (410)", "url": "https://x.example/f"}, lang=lang, marker="#42"
        ),
        render.notice(
            {"notice": "deliveries_failing", "channel_id": 7, "reason": "403"}, lang=lang, marker="#43"
        ),
    ]
    for payload, marker in zip(payloads, ("#41", "#42", "#43"), strict=True):
        footer = payload.embeds[-1]["footer"]["text"]
        assert shown_footer(payload.embeds[-1]).strip() and not REASON_TOKEN.search(footer), footer
        assert marker_of([footer]) == marker


@pytest.mark.parametrize(("lang", "heading"), [("en", "Launch"), ("fr", "Lancement")])
def test_a_digest_names_vendors_and_products(lang: str, heading: str) -> None:
    story = DigestStory(
        "veokey01", "launch", ["google"], ["veo-3.1"], "Veo 3.1 arrives", None, "Feed", True, 1, 0.9, WHEN
    )
    digest = Digest(1, WHEN - timedelta(days=1), WHEN, [story])
    [message] = render.digest_messages(digest, lang, with_chart=False)
    lines = message.embeds[0]["description"].split("\n")
    # Grouped under the product with its maker, each line with its event badge.
    assert lines[3:5] == [
        r"**Veo 3.1 \(Google\)**",
        f"🚀 **{heading}** · Veo 3.1 arrives · Feed · ✔️ · `veokey01`",
    ]
    assert (
        "google" not in message.embeds[0]["description"] and "veo-3.1" not in message.embeds[0]["description"]
    )
    text = digest_text(digest)  # the terminal's form: the same groups (JSON keeps slugs)
    assert "== Veo 3.1 (Google) ==" in text and "[launch] Veo 3.1 arrives" in text


@pytest.mark.parametrize(("lang", "label"), [("en", "Launch"), ("fr", "Lancement")])
def test_a_news_line_names_the_product_with_its_maker(lang: str, label: str) -> None:
    row = SimpleNamespace(
        kind="story", event="launch", vendors=["kuaishou"], products=["kling-2.5"], title="Kling 2.5 is out",
        link=None, feed="News", key="abc123xy", outlets=1, published=WHEN, term=None,
    )  # fmt: skip
    line = unescaped(render.story_line(row, lang))
    assert line.startswith(f"🚀 **{label}** · Kling 2.5 (Kuaishou) · Kling 2.5 is out · News")
    assert line.endswith("· `abc123xy`") and "kuaishou" not in line and "kling-2.5" not in line


# -- the delivery marker ----------------------------------------------------------------------

IDS = [0, 1, 2, 3, 4, 5, 15, 16, 123, 4096, 999_999, 2**31, 2**53 + 7]


@pytest.mark.parametrize("number", IDS)
def test_the_marker_round_trips_through_every_kind_of_post(number: int) -> None:
    marker = f"#{number}"
    view = kling_story()
    digest_part = {"message": {"content": "", "embeds": [{"title": "AI-video digest", "description": "x"}]}}
    payloads = [
        render.story_alert(view, lang="en", marker=marker),
        render.story_alert(view, lang="fr", marker=marker, ping_role=5),
        render.keyword_alert(KeywordView("t", "T", None, "s", "F", WHEN), lang="en", marker=marker),
        render.notice({"feed": "F", "reason": "r", "url": "https://x.example"}, lang="en", marker=marker),
        render.stored_digest(digest_part, marker)[0],
    ]
    for payload in payloads:
        footers = [(e.get("footer") or {}).get("text") or "" for e in payload.as_json()["embeds"]]
        assert marker_of(footers) == marker
        assert f"#{number}" not in "".join(footers)  # never visible


@pytest.mark.parametrize(
    ("footer", "marker"),
    [
        # Posted by the previous version: reconciled after an upgrade.
        ("why: product:sora-2, event:launch · score 0.90 · story qo5zljbt · #1", "#1"),
        ("Keyword match: “sora” · #123", "#123"),
        ("vidradar · #7", "#7"),
        ("#42", "#42"),
        # No marker at all.
        ("story qo5zljbt · /news why", None),
        ("1/2", None),
        ("price#5", None),
        ("", None),
        # A visible "#5" followed by the invisible marker: the invisible one counts.
        ("see #5" + render.hidden_marker("#9"), "#9"),
    ],
)
def test_marker_of_reads_the_new_and_the_old_footer(footer: str, marker: str | None) -> None:
    assert marker_of([footer]) == marker


def test_feed_text_cannot_forge_or_cut_off_the_marker() -> None:
    forged = "Title" + render.hidden_marker("#999")
    assert render.escape(forged) == "Title"  # the marker's characters never survive escaping
    huge = "https://x.example/" + "a" * 5000
    payload = render.notice({"feed": forged, "reason": forged, "url": huge}, lang="en", marker="#12")
    footer = payload.embeds[0]["footer"]["text"]
    assert len(footer) <= render.FOOTER_LIMIT and marker_of([footer]) == "#12"
    long_footer = {"message": {"embeds": [{"title": "t", "footer": {"text": "x" * 5000}}]}}
    digest_footer = render.stored_digest(long_footer, "#13")[0].embeds[-1]["footer"]["text"]
    assert len(digest_footer) <= render.FOOTER_LIMIT and marker_of([digest_footer]) == "#13"
    refit = render.fit_embed({"title": "t", "footer": {"text": digest_footer}})  # clipping again
    assert marker_of([refit["footer"]["text"]]) == "#13"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_webhooks_readers_are_not_sent_to_slash_commands(lang: str) -> None:
    """Headless mode has no slash commands: its keyword alerts and feed notices name the
    operator's setting or command instead of /watch list or /feeds enable."""
    from feeds.storage.views import KeywordView

    keyword = render.keyword_alert(
        KeywordView("sora", "Sora news", None, "text", "Feed", WHEN), lang=lang, marker="#1", commands=False
    )
    notice = render.notice({"feed": "Blog", "reason": "HTTP 410"}, lang=lang, marker="#2", commands=False)
    texts = [keyword.embeds[0]["footer"]["text"], notice.embeds[0]["description"]]
    assert not any(re.search(r"`?/[a-z]", text) for text in texts), texts
    assert "VIDRADAR_WATCH_INCLUDE" in texts[0] and "vidradar feeds add" in texts[1]

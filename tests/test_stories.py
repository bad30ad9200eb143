"""Story clustering: same subject + event within 72 h, no chaining, order-independent keys."""

from __future__ import annotations

import itertools
import json
from datetime import timedelta

from feeds.detect.taxonomy import bundled_taxonomy
from feeds.models import Detection
from feeds.storage import feeds as feed_store
from feeds.storage import stories
from feeds.storage.db import open_database, write_transaction
from feeds.storage.entries import upsert_entries
from feeds.stories import StoryWindow, pick_story, story_key, subject_of
from tests.conftest import NOW
from tests.helpers import entry, spec


def detection(
    products: list[str], vendors: list[str], event: str = "launch", score: float = 0.8
) -> Detection:
    return Detection(
        relevant=True, score=score, vendors=vendors, products=products, event=event, api=False, reasons=[]
    )


def test_subject_is_the_product_family_else_the_vendor() -> None:
    taxonomy = bundled_taxonomy()
    assert subject_of(detection(["sora-2-pro"], ["openai"]), taxonomy) == "sora"
    assert subject_of(detection(["gen-4.5"], ["runway"]), taxonomy) == "gen"
    assert subject_of(detection(["ltx-video-2"], ["lightricks"]), taxonomy) == "ltx-video"
    assert subject_of(detection([], ["meta"]), taxonomy) == "meta"


def test_pick_story_keeps_a_story_within_72_hours() -> None:
    story = StoryWindow(1, NOW, NOW + timedelta(hours=60))
    assert pick_story([story], NOW + timedelta(hours=71)) is story
    assert pick_story([story], NOW - timedelta(hours=11)) is story
    assert pick_story([story], NOW + timedelta(hours=73)) is None  # no chaining past 72 h
    assert pick_story([story], NOW - timedelta(hours=13)) is None


def _ingest(db, items) -> list[str]:
    """Attach (feed, guid, hours offset) announcements in the given order; return final story keys."""
    feeds = {}
    with write_transaction(db):
        for feed_url, guid, hours in items:
            if feed_url not in feeds:
                feeds[feed_url] = feed_store.add_feed(db, spec(feed_url), NOW)[0].id
            published = NOW + timedelta(hours=hours)
            upserted = upsert_entries(
                db, feeds[feed_url], [entry(guid, f"Sora news {guid}", published=published)], NOW
            )
            det = detection(["sora"], ["openai"])
            attachment = stories.attach(
                db,
                subject="sora",
                detection=det,
                entry_id=upserted[0].id,
                published=published,
                official=False,
                now=NOW,
            )
            stories.insert_announcement(
                db,
                entry_id=upserted[0].id,
                story_id=attachment.story_id,
                detection=det,
                alertable=True,
                now=NOW,
            )
    return sorted(row[0] for row in db.execute("SELECT key FROM stories"))


def test_story_keys_do_not_depend_on_polling_order(tmp_path) -> None:
    items = [
        ("https://a.example/f", "a", 5),
        ("https://b.example/f", "b", 0),
        ("https://c.example/f", "c", 30),
    ]
    results = set()
    for number, order in enumerate(itertools.permutations(items)):
        db = open_database(tmp_path / f"order{number}.db")
        results.add(tuple(_ingest(db, order)))
        assert db.execute("SELECT count(*) FROM stories").fetchone()[0] == 1
        db.close()
    assert results == {(story_key("sora", "launch", NOW),)}


def test_old_keys_stay_valid_as_aliases(tmp_path) -> None:
    db = open_database(tmp_path / "alias.db")
    _ingest(db, [("https://a.example/f", "late", 10)])
    early_key = story_key("sora", "launch", NOW + timedelta(hours=10))
    _ingest(db, [("https://b.example/f", "early", 0)])
    final_key = story_key("sora", "launch", NOW)
    assert stories.resolve_story(db, early_key) == stories.resolve_story(db, final_key) is not None
    assert stories.resolve_story(db, "nope") is None
    db.close()


def test_distant_coverage_starts_a_new_story(tmp_path) -> None:
    db = open_database(tmp_path / "far.db")
    keys = _ingest(
        db,
        [
            ("https://a.example/f", "1", 0),
            ("https://a.example/f", "2", 70),
            ("https://a.example/f", "3", 100),
        ],
    )
    assert len(keys) == 2
    row = db.execute("SELECT vendors, products FROM stories ORDER BY first_published_at LIMIT 1").fetchone()
    assert json.loads(row[0]) == ["openai"] and json.loads(row[1]) == ["sora"]
    db.close()

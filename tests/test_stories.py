"""Story clustering: greedy 72 h windows from the earliest item, no chaining, the same groups
and ids whatever the polling order, old ids kept as aliases, no second alert on regrouping;
a feed's reports of one story cost the same per report at any story size."""

from __future__ import annotations

import contextlib
import itertools
import json
import random
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from feeds.detect.classify import default_detector
from feeds.detect.grouping import STORY_SPAN, Grouped, Item, group, replay, story_key, subject_of
from feeds.detect.keywords import KeywordMatcher
from feeds.detect.taxonomy import bundled_taxonomy
from feeds.models import Detection, ParsedFeed
from feeds.pipeline.ingest import AlertRules, IngestPolicy
from feeds.storage import deliveries, history, routes, stories
from feeds.storage import feed_records as feed_store
from feeds.storage.db import open_database, write_transaction
from feeds.storage.entries import upsert_entries
from feeds.storage.ingest import Fetched, ingest_feed
from feeds.storage.servers import ensure_server, load_cycle_rules, set_alert_channel
from feeds.timeutil import to_db
from tests.conftest import NOW
from tests.helpers import entry, spec

# Storage as production runs it, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_backends

BASE = NOW - timedelta(days=12)  # items are placed at BASE + hours (all in the past, all alertable)
GUILD, CHANNEL = 7, 700


def detection(
    products: list[str],
    vendors: list[str],
    event: str = "launch",
    score: float = 0.8,
    events: tuple[str, ...] = (),
) -> Detection:
    return Detection(
        relevant=True,
        score=score,
        vendors=vendors,
        products=products,
        event=event,
        events=[event, *events],
        api=False,
        reasons=[],
    )


def at(hours: float) -> datetime:
    return BASE + timedelta(hours=hours)


# -- the pure rule ---------------------------------------------------------------------------


def test_subject_is_the_product_family_else_the_vendor() -> None:
    taxonomy = bundled_taxonomy()
    assert subject_of(detection(["sora-2-pro"], ["openai"]), taxonomy) == "sora"
    assert subject_of(detection(["gen-4.5"], ["runway"]), taxonomy) == "gen"
    assert subject_of(detection(["ltx-video-2"], ["lightricks"]), taxonomy) == "ltx-video"
    assert subject_of(detection([], ["meta"]), taxonomy) == "meta"


def _launch(key: str, hours: float, *events: str) -> Item:
    return Item(key, at(hours), events or ("launch",))


def _hours(stories_: list[Grouped]) -> list[list[float]]:
    return [[(i.published - BASE).total_seconds() / 3600 for i in g.items] for g in stories_]


def test_a_story_lasts_72_hours_from_its_first_item_and_never_chains() -> None:
    assert _hours(group([_launch(str(h), h) for h in (120, 0, 60)])) == [[0, 60], [120]]
    # The span is [first, first + 72 h): an item exactly 72 h later starts the next story.
    assert _hours(group([_launch("a", 0), _launch("b", 72)])) == [[0], [72]]
    assert _hours(group([_launch("a", 0), _launch("b", 71.99)])) == [[0, 71.99]]


def test_items_whose_events_intersect_are_one_story_and_a_new_event_is_a_new_story() -> None:
    # "launches for all users" (launch + availability) and "opens it to everyone" (availability).
    worded_twice = group([_launch("en", 0, "launch", "availability"), _launch("fr", 5, "availability")])
    assert _hours(worded_twice) == [[0, 5]]
    assert worded_twice[0].events == ["launch", "availability"]
    assert worded_twice[0].event == "launch"
    # Launch on Monday, sign-ups paused on Wednesday: two stories, two alerts.
    assert _hours(group([_launch("mon", 0), _launch("wed", 48, "waitlist")])) == [[0], [48]]


def test_a_later_event_story_runs_72_hours_from_its_own_first_item() -> None:
    items = [_launch("mon", 0), _launch("wed", 48, "waitlist"), _launch("fri", 100, "waitlist", "delay")]
    stories_ = group(items)
    assert _hours(stories_) == [[0], [48, 100]]
    assert stories_[1].events == ["waitlist", "delay"]


def test_an_item_joins_the_earliest_open_story_it_shares_an_event_with() -> None:
    items = [
        _launch("a", 0, "launch"),
        _launch("b", 10, "pricing"),
        _launch("c", 20, "pricing", "launch"),  # both open stories share an event: the earlier wins
        _launch("d", 30, "pricing"),  # the launch story shows pricing now, and is the earlier
    ]
    assert _hours(group(items)) == [[0, 20, 30], [10]]


@settings(deadline=None)
@given(
    hours=st.lists(st.integers(min_value=0, max_value=300), min_size=1, max_size=9),
    events=st.lists(
        st.lists(st.sampled_from(["launch", "availability", "pricing", "waitlist"]), min_size=1, max_size=2),
        min_size=9,
        max_size=9,
    ),
    seed=st.integers(min_value=0, max_value=2**16),
)
def test_grouping_depends_on_the_items_only(hours: list[int], events: list[list[str]], seed: int) -> None:
    items = [_launch(f"i{n}", h, *dict.fromkeys(events[n])) for n, h in enumerate(hours)]
    shuffled = items[:]
    random.Random(seed).shuffle(shuffled)
    keys = [[i.key for i in g.items] for g in group(items)]
    assert [[i.key for i in g.items] for g in group(shuffled)] == keys
    for story in group(items):
        assert story.items[-1].published - story.anchor < STORY_SPAN
        assert all(set(i.events) & set(story.events) for i in story.items)


# -- attaching through storage ---------------------------------------------------------------


def _attach(
    db: Database, item: tuple[str, float], *, subject: str = "sora", det: Detection | None = None
) -> int:
    """Store one announcement from its own feed (``guid`` at ``BASE + hours``); its story id."""
    guid, hours = item
    det = det or detection(["sora"], ["openai"])
    with write_transaction(db):
        feed_id = feed_store.add_feed(db, spec(f"https://{subject}-{guid}.example/feed"), NOW)[0].id
        upserted = upsert_entries(db, feed_id, [entry(guid, f"Sora news {guid}", published=at(hours))], NOW)
        attachment = stories.attach(
            db,
            subject=subject,
            detection=det,
            entry_id=upserted[0].id,
            published=at(hours),
            official=False,
            now=NOW,
        )
        stories.insert_announcement(
            db, entry_id=upserted[0].id, story_id=attachment.story_id, detection=det, alertable=True, now=NOW
        )
    return attachment.story_id


def _groups(db: Database, subject: str | None = None) -> dict[str, list[str]]:
    """Public story key -> sorted guids of its items (of one subject when given)."""
    groups: dict[str, list[str]] = {}
    for key, guid in db.execute(
        """SELECT s.key, e.guid FROM stories s JOIN announcements a ON a.story_id = s.id
           JOIN entries e ON e.id = a.entry_id WHERE CAST(? AS TEXT) IS NULL OR s.subject = ?""",
        [subject, subject],
    ):
        groups.setdefault(key, []).append(guid)
    return {key: sorted(guids) for key, guids in groups.items()}


def _expected(
    items: list[tuple[str, float]], subject: str = "sora", event: str = "launch"
) -> dict[str, list[str]]:
    """What the rule says for this set of items, independently of any database."""
    return {
        story_key(subject, event, g.anchor): sorted(i.key for i in g.items)
        for g in group([Item(guid, at(hours), (event,)) for guid, hours in items])
    }


def test_all_polling_orders_give_the_same_stories_and_ids(db: Database) -> None:
    for case, items in enumerate(
        [
            [("a", 0), ("b", 50), ("c", 100)],  # the reviewer's case: {a,b},{c} whatever the order
            [("a", 0), ("b", 40), ("c", 80), ("d", 130)],
            [("a", 0), ("b", 70), ("c", 75), ("d", 145)],
        ]
    ):
        for number, order in enumerate(itertools.permutations(items)):
            subject = f"case{case}-{number}"  # one subject per run: runs cannot see each other
            expected = _expected(items, subject)
            assert len(expected) == 2
            for item in order:
                _attach(db, item, subject=subject)
            assert _groups(db, subject) == expected, order
    live_aliases = "SELECT count(*) FROM story_aliases WHERE alias IN (SELECT key FROM stories)"
    assert db.execute(live_aliases).fetchone()[0] == 0


_PROPERTY_DB = tempfile.TemporaryDirectory()
_property_runs = itertools.count()


@settings(deadline=None)
@given(
    hours=st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=7),
    seed=st.integers(min_value=0, max_value=2**16),
)
def test_any_arrival_order_matches_the_rule(hours: list[int], seed: int) -> None:
    items = [(f"i{n}", float(h)) for n, h in enumerate(hours)]
    order = items[:]
    random.Random(seed).shuffle(order)
    subject = f"run{next(_property_runs)}"
    db = open_database(Path(_PROPERTY_DB.name) / "prop.db")
    try:
        for item in order:
            _attach(db, item, subject=subject)
        assert _groups(db, subject) == _expected(items, subject)
        spans = db.execute(
            "SELECT first_published_at, last_published_at FROM stories WHERE subject = ?", [subject]
        ).fetchall()
        assert all(
            datetime.fromisoformat(last) - datetime.fromisoformat(first) < STORY_SPAN for first, last in spans
        )
    finally:
        db.close()


def test_no_chaining_past_72_hours(db: Database) -> None:
    for item in [("a", 0), ("b", 60), ("c", 120)]:
        _attach(db, item)
    assert _groups(db) == {
        story_key("sora", "launch", at(0)): ["a", "b"],
        story_key("sora", "launch", at(120)): ["c"],
    }


def test_the_same_announcement_in_french_and_english_is_one_story(db: Database) -> None:
    detector, taxonomy = default_detector(), bundled_taxonomy()
    english = detector.classify("OpenAI launches Sora 2, its new video generation model", lang="en")
    french = detector.classify("OpenAI lance Sora 2, son nouveau modèle de génération de vidéos", lang="fr")
    assert english.relevant and french.relevant
    first = _attach(db, ("en", 0), subject=subject_of(english, taxonomy), det=english)
    second = _attach(db, ("fr", 20), subject=subject_of(french, taxonomy), det=french)
    assert first == second
    assert json.loads(db.execute("SELECT products FROM stories").fetchone()[0]) == ["sora-2"]


def test_stories_and_ids_survive_a_restart(db_path: Path) -> None:
    db = open_database(db_path)
    _attach(db, ("b", 50))
    _attach(db, ("c", 100))
    before = _groups(db)
    db.close()
    db = open_database(db_path)
    assert _groups(db) == before
    _attach(db, ("a", 0))
    db.close()
    db = open_database(db_path)
    assert _groups(db) == _expected([("a", 0), ("b", 50), ("c", 100)])
    db.close()


def test_an_early_item_arriving_late_keeps_old_ids_resolvable(db: Database) -> None:
    c_story = _attach(db, ("c", 100))
    printed_c = story_key("sora", "launch", at(100))  # the id an alert footer showed for c
    _attach(db, ("b", 50))
    printed_b = story_key("sora", "launch", at(50))
    assert stories.resolve_story(db, printed_c) == stories.resolve_story(db, printed_b) == c_story
    _attach(db, ("a", 0))
    final = story_key("sora", "launch", at(0))
    # {a, b} kept c's row (its alert); c now heads a story of its own, id anchored at 100 h.
    assert stories.resolve_story(db, printed_b) == stories.resolve_story(db, final) == c_story
    assert _groups(db)[printed_c] == ["c"]
    why = history.why(db, GUILD, printed_b.upper())
    assert (
        why is not None
        and why.key == final
        and [r.title for r in why.reports] == ["Sora news a", "Sora news b"]
    )
    assert stories.resolve_story(db, "nope") is None


# -- deliveries ------------------------------------------------------------------------------

POLICY = IngestPolicy(
    interval=timedelta(minutes=15),
    first_poll_cutoff=timedelta(days=30),
    max_alert_age=timedelta(days=30),
    max_failures=5,
)


def ingest(db, feed, parsed: ParsedFeed, detections: dict, rules=None):  # type: ignore[no-untyped-def]
    """One feed's transaction as the poller runs it, with the tests' fixed clock and dice."""
    return ingest_feed(
        db,
        feed,
        parsed,
        detections,
        alerting=AlertRules(
            feed, rules or load_cycle_rules(db), KeywordMatcher([]), bundled_taxonomy(), POLICY, NOW
        ),
        fetched=Fetched(
            status=200,
            etag=None,
            last_modified=None,
            next_due_at=POLICY.due_after_success(feed, NOW, random.Random(1)),
        ),
        now=NOW,
    )


def _poll(db: Database, guid: str, hours: float, link: str | None = None) -> int:
    """One feed polled through the real ingest path; the number of alerts it queued."""
    title = f"OpenAI launches Sora 2 ({guid})"
    with write_transaction(db):
        feed = feed_store.add_feed(db, spec(f"https://{guid}.example/feed"), NOW)[0]
    report = ingest(
        db,
        feed,
        ParsedFeed(entries=[entry(guid, title, published=at(hours), link=link)]),
        {guid: detection(["sora-2"], ["openai"])},
    )
    return report.deliveries


def _alerts(db: Database) -> list[tuple[int | None, str, int]]:
    """(story id, state, edit_pending) of the story deliveries to our channel."""
    return db.execute(
        "SELECT story_id, state, edit_pending FROM deliveries WHERE kind = 'story' AND channel_id = ? ORDER BY id",
        [CHANNEL],
    ).fetchall()


def _send_all(db: Database) -> None:
    with write_transaction(db):
        for (delivery_id,) in db.execute("SELECT id FROM deliveries WHERE state = 'pending'").fetchall():
            deliveries.mark_sent(db, delivery_id, 1000 + delivery_id, NOW)


def _server(db: Database) -> None:
    with write_transaction(db):
        ensure_server(db, GUILD, NOW)
        set_alert_channel(db, GUILD, CHANNEL, NOW)


def test_regrouping_never_alerts_a_channel_twice(db: Database) -> None:
    _server(db)
    assert _poll(db, "c", 100) == 1
    _send_all(db)
    ((alerted, _, _),) = _alerts(db)
    assert _poll(db, "b", 50) == 0  # {b, c}: c's story, its message is edited
    assert _alerts(db) == [(alerted, "sent", 1)]
    _send_all(db)
    db.execute("UPDATE deliveries SET edit_pending = 0")
    assert _poll(db, "a", 0) == 0  # {a, b} keeps the row and message; c splits off
    split = stories.resolve_story(db, story_key("sora", "launch", at(100)))
    assert split not in (None, alerted)
    assert _alerts(db) == [(alerted, "sent", 1), (split, "expired", 0)]
    assert _poll(db, "d", 110) == 0  # later coverage of the split story: still no second alert
    assert [row[1] for row in _alerts(db)] == ["sent", "expired"]
    assert _poll(db, "e", 200) == 1  # a genuinely new story alerts as usual


def test_a_story_split_off_an_alert_not_yet_posted_is_alerted_itself(db: Database) -> None:
    """The split-off items were never shown (their story's alert was still queued), so the new
    story gets its own alert in that channel; nothing is lost and nothing posts twice."""
    _server(db)
    assert _poll(db, "c", 100) == 1  # queued, not sent
    assert _poll(db, "b", 50) == 0  # {b, c}: the same queued alert
    assert _poll(db, "a", 0) == 0  # {a, b} keeps the queued alert; c splits off
    split = stories.resolve_story(db, story_key("sora", "launch", at(100)))
    kept = stories.resolve_story(db, story_key("sora", "launch", at(0)))
    assert None not in (split, kept) and split != kept
    assert sorted(_alerts(db)) == sorted([(kept, "pending", 0), (split, "pending", 0)])
    assert _groups(db) == {
        story_key("sora", "launch", at(0)): ["a", "b"],
        story_key("sora", "launch", at(100)): ["c"],
    }


def test_a_story_split_off_a_routed_alert_keeps_its_route(db: Database) -> None:
    """The split-off story's alert goes where its items' alert went, the same way (a forum
    post, the route's ping role), not as a plain message."""
    _server(db)
    with write_transaction(db):
        db.execute("UPDATE servers SET alert_channel_id = NULL")
        route = routes.add_route(
            db, GUILD, routes.RouteSpec(channel_id=CHANNEL, target="forum", ping_role_id=77), NOW
        )
    assert _poll(db, "c", 100) == 1
    assert _poll(db, "b", 50) == 0
    assert _poll(db, "a", 0) == 0  # c splits off
    rows = db.execute("SELECT route_id, target, ping_role_id FROM deliveries WHERE kind = 'story'").fetchall()
    assert rows == [(route.id, "forum", 77), (route.id, "forum", 77)]


def _old_rule_stories(db: Database) -> tuple[int, int]:
    """Two stories as an older rule wrote them: anchors only 60 h apart, each with an alert
    queued for the channel. The next item before both merges them."""
    _server(db)
    _poll(db, "a", 0)
    _poll(db, "b", 100)
    db.execute("UPDATE entries SET published_at = ? WHERE guid = 'b'", [to_db(at(60))])
    db.execute(
        "UPDATE stories SET first_published_at = ?, last_published_at = ? WHERE first_published_at > ?",
        [to_db(at(60))] * 2 + [to_db(at(1))],
    )
    (a_story, *_), (b_story, *_) = _alerts(db)
    return a_story, b_story


def test_merged_stories_keep_the_earliest_delivered_message(db: Database) -> None:
    a_story, b_story = _old_rule_stories(db)
    a_key, b_key = (
        db.execute("SELECT key FROM stories WHERE id = ?", [s]).fetchone()[0] for s in (a_story, b_story)
    )
    with write_transaction(db):
        b_delivery = db.execute("SELECT id FROM deliveries WHERE story_id = ?", [b_story]).fetchone()[0]
        deliveries.mark_sent(db, b_delivery, 2, NOW - timedelta(hours=2))  # b's alert went out first
        a_delivery = db.execute("SELECT id FROM deliveries WHERE story_id = ?", [a_story]).fetchone()[0]
        deliveries.mark_sent(db, a_delivery, 1, NOW - timedelta(hours=1))
    assert _poll(db, "n", -5) == 0
    assert db.execute("SELECT count(*) FROM stories").fetchone()[0] == 1
    merged = stories.resolve_story(db, story_key("sora", "launch", at(-5)))
    assert stories.resolve_story(db, a_key) == stories.resolve_story(db, b_key) == merged == b_story
    assert _alerts(db) == [(None, "sent", 0), (b_story, "sent", 1)]  # only b's message is edited
    assert _groups(db) == {story_key("sora", "launch", at(-5)): ["a", "b", "n"]}


def test_the_same_article_through_two_feeds_counts_once(db: Database) -> None:
    link = "https://news.example/sora-2"
    _poll(db, "x1", 0, link=link)
    _poll(db, "x2", 80, link=link)  # another feed dates the same article later: still its story
    _poll(db, "y", 75)  # grouped against the article's first copy (0 h): a story of its own
    assert _groups(db) == {
        story_key("sora", "launch", at(0)): ["x1", "x2"],
        story_key("sora", "launch", at(75)): ["y"],
    }


def test_a_merge_leaves_an_alert_in_flight_attached_to_the_merged_story(db: Database) -> None:
    """A delivery being posted while two old-rule stories merge keeps a story: if its post
    then fails, /alerts retry can still render it; if it succeeds, the merged story's
    coverage follows as an edit (the post in flight is marked, see deliveries.request_edit)."""
    a_story, b_story = _old_rule_stories(db)
    with write_transaction(db):
        a_delivery = db.execute("SELECT id FROM deliveries WHERE story_id = ?", [a_story]).fetchone()[0]
        deliveries.mark_sent(db, a_delivery, 1, NOW - timedelta(hours=1))
        db.execute("UPDATE deliveries SET state = 'sending' WHERE story_id = ?", [b_story])
    assert _poll(db, "n", -5) == 0
    merged = stories.resolve_story(db, story_key("sora", "launch", at(-5)))
    assert sorted(_alerts(db), key=repr) == sorted([(merged, "sent", 1), (merged, "sending", 1)], key=repr)
    assert (
        db.execute("SELECT count(DISTINCT dedup_key) FROM deliveries WHERE kind = 'story'").fetchone()[0] == 2
    )


# -- cost: a feed's reports of one story are read once, not once per report ----------------


@given(
    hours=st.lists(st.integers(min_value=0, max_value=400), max_size=25),
    events=st.lists(st.sampled_from(["launch", "pricing", "waitlist"]), min_size=25, max_size=25),
    new=st.integers(min_value=-100, max_value=500),
    tie=st.booleans(),
)
def test_replaying_from_a_new_item_gives_what_grouping_everything_gives(
    hours: list[int], events: list[str], new: int, tie: bool
) -> None:
    """Earlier items never move: the stories as they stand before a new item, plus the items
    after it replayed with it, are the stories of the whole set."""
    items = [Item(f"u{n:02d}", at(h), (events[n],)) for n, h in enumerate(hours)]
    added = Item("new", items[0].published if tie and items else at(new), ("launch",))
    expected = [[i.key for i in g.items] for g in group([*items, added])]
    before = [Grouped([i for i in g.items if i.order < added.order]) for g in group(items)]
    later = [i for i in items if i.order > added.order]
    replayed = replay([g for g in before if g.items], [*later, added])
    assert [[i.key for i in g.items] for g in replayed] == expected


def _vm_steps_to_ingest(db: Database, count: int, order: str) -> int:
    """SQLite virtual-machine steps (in hundreds) of one feed's ingest of ``count`` reports of
    one story: a count of the rows read and written that no machine's speed changes."""
    _server(db)
    entries = [
        entry(f"r{n}", f"OpenAI launches Sora 2 (report {n})", published=at(60 - n * 60 / count))
        for n in range(count)
    ]  # newest first, as feeds list them; all inside one 72 h window
    if order == "oldest first":
        entries.reverse()
    elif order == "shuffled":
        random.Random(count).shuffle(entries)
    with write_transaction(db):
        feed = feed_store.add_feed(db, spec("https://many.example/feed"), NOW)[0]
    rules = load_cycle_rules(db)
    steps = itertools.count()

    def step() -> int:
        next(steps)
        return 0  # carry on

    db.conn.set_progress_handler(step, 100)
    try:
        ingest(
            db,
            feed,
            ParsedFeed(entries=entries),
            {e.guid: detection(["sora-2"], ["openai"]) for e in entries},
            rules=rules,
        )
    finally:
        db.conn.set_progress_handler(None, 0)
    assert db.execute("SELECT count(*) FROM stories").fetchone()[0] == 1
    return next(steps)


@pytest.mark.parametrize("order", ["newest first", "oldest first", "shuffled"])
def test_a_feed_of_one_story_costs_the_same_per_report_at_any_size(tmp_path: Path, order: str) -> None:
    """Each report used to re-read every report of its story (a 4,000-report feed held the
    writer for minutes): 4x the reports must cost about 4x the work, not 16x."""
    steps = {}
    for count in (50, 200):
        db = open_database(tmp_path / f"{count}.db")
        steps[count] = _vm_steps_to_ingest(db, count, order)
        db.close()
    small, large = steps[50], steps[200]
    assert large < 5 * small, (small, large)


# -- the session writes exactly what a full re-read per report writes ------------------------

_SCENARIO_FEEDS = 3
_scenario_item = st.fixed_dictionaries(
    {
        "feed": st.integers(min_value=0, max_value=_SCENARIO_FEEDS - 1),
        # Dense, with ties and items exactly one window apart: where regrouping is delicate.
        "hours": st.one_of(st.sampled_from([0, 30, 72, 100, 144]), st.integers(min_value=0, max_value=220)),
        "subject": st.sampled_from(["sora", "veo"]),
        "event": st.sampled_from(["launch", "launch", "delay", "pricing"]),
        "also": st.sampled_from([(), (), ("pricing",), ("launch",)]),  # further events it supports
        "link": st.one_of(st.none(), st.integers(min_value=0, max_value=5)),  # shared: one article
        "appears": st.integers(min_value=0, max_value=1),  # the poll round it is first listed in
        "relevant_from": st.integers(min_value=0, max_value=1),
        "edited": st.booleans(),  # round 1 lists it with a new title and a moved date
        "vendors": st.sampled_from([["openai"], ["openai", "microsoft"], ["microsoft", "openai"]]),
        "score": st.sampled_from([0.5, 0.7, 0.9]),
    }
)


def _scenario_round(db: Database, items: list[dict], feeds: list, round_: int) -> list:
    """Poll every feed once; what each ingest reported."""
    reports = []
    for number, feed in enumerate(feeds):
        listed = [
            (n, item) for n, item in enumerate(items) if item["feed"] == number and item["appears"] <= round_
        ]
        listed.sort(key=lambda pair: -pair[1]["hours"])  # newest first
        entries, detections = [], {}
        for n, item in listed:
            edited = round_ == 1 and item["edited"]
            hours = item["hours"] + (7 if edited else 0)
            link = f"https://news.example/{item['link']}" if item["link"] is not None else None
            title = f"{item['subject']} {item['event']} {n}" + (" (updated)" if edited else "")
            entries.append(entry(f"g{n}", title, published=at(hours), link=link))
            if item["relevant_from"] <= round_:
                products = ["sora-2"] if item["subject"] == "sora" else ["veo-3"]
                vendors = item["vendors"][::-1] if edited else item["vendors"]
                score = item["score"] + (0.05 if edited else 0)
                also = tuple(e for e in item["also"] if e != item["event"])
                detections[f"g{n}"] = detection(products, vendors, item["event"], score, also)
        report = ingest(db, feed, ParsedFeed(entries=entries), detections)
        reports.append(
            [(a.entry_id, a.story_key) for a in report.announcements] + [report.deliveries, report.edits]
        )
    return reports


def _run_scenario(db: Database, items: list[dict], sent: int, moved: tuple[int, int] | None) -> dict:
    """Two poll rounds of three feeds; between them some alerts go out and, optionally, one
    stored date moves (what an older rule or a fixed clock leaves). Every story table after."""
    _server(db)
    with write_transaction(db):
        feeds = [
            feed_store.add_feed(db, spec(f"https://f{n}.example/feed"), NOW)[0]
            for n in range(_SCENARIO_FEEDS)
        ]
    reports = _scenario_round(db, items, feeds, 0)
    with write_transaction(db):
        pending = db.execute("SELECT id FROM deliveries WHERE state = 'pending' ORDER BY id").fetchall()
        for position, (delivery_id,) in enumerate(pending):
            if sent >> position & 1:
                deliveries.mark_sent(db, delivery_id, 1000 + delivery_id, NOW - timedelta(minutes=position))
    if moved is not None:
        db.execute(
            "UPDATE entries SET published_at = ? WHERE guid = ?", [to_db(at(moved[1])), f"g{moved[0]}"]
        )
    reports += _scenario_round(db, items, feeds, 1)
    tables = {
        table: [list(row) for row in db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()]
        for table in ("stories", "story_aliases", "announcements", "deliveries")
    }
    return {"reports": reports, **tables}


def _refresh_by_rereading(
    summaries: stories._Summaries,
    story_id: int,
    anchor: datetime | None,
    now: datetime,
    pending: stories._Pending | None,
    events: list[str] | None = None,
) -> None:
    """A story's summary computed as before the fix: every announcement re-read in time order
    (vendors and products by first appearance), the item being attached after its equals."""
    items = [
        (datetime.fromisoformat(p), e, json.loads(v), json.loads(pr), bool(api), score, bool(off))
        for v, pr, api, score, off, p, e in summaries.db.execute(
            """SELECT a.vendors, a.products, a.api, a.score, f.official, e.published_at, a.entry_id
               FROM announcements a JOIN entries e ON e.id = a.entry_id JOIN feeds f ON f.id = e.feed_id
               WHERE a.story_id = ? ORDER BY e.published_at, a.id""",
            [story_id],
        )
    ]
    if pending is not None:
        d = pending.detection
        position = sum(1 for item in items if item[0] <= pending.published)
        item = (pending.published, pending.entry_id, d.vendors, d.products, d.api, d.score, pending.official)
        items.insert(position, item)
    if not items:
        return
    updates = {
        "vendors": json.dumps(list(dict.fromkeys(v for item in items for v in item[2]))),
        "products": json.dumps(list(dict.fromkeys(p for item in items for p in item[3]))),
        "api": int(any(item[4] for item in items)),
        "score": max(item[5] for item in items),
        "official": int(any(item[6] for item in items)),
        "last_published_at": to_db(max(item[0] for item in items)),
        "updated_at": to_db(now),
    }
    if anchor is not None:
        updates.update(first_published_at=to_db(anchor), first_entry_id=items[0][1])
    if events:
        updates.update(event=events[0], events=json.dumps(events))
    assignments = ", ".join(f"{column} = ?" for column in updates)
    summaries.db.execute(f"UPDATE stories SET {assignments} WHERE id = ?", [*updates.values(), story_id])


def _reread_region(self: stories.StorySession, subject: str, moment: datetime) -> stories._Region:
    return stories._load_region(self.db, subject, moment)


def _full_reread() -> contextlib.ExitStack:
    """Every attach re-reads its region and every summary re-reads its story: the behaviour
    before stories were kept per transaction."""
    stack = contextlib.ExitStack()
    stack.enter_context(mock.patch.object(stories.StorySession, "_region", _reread_region))
    stack.enter_context(mock.patch.object(stories._Summaries, "refresh", _refresh_by_rereading))
    return stack


@settings(deadline=None, max_examples=60)
@given(
    items=st.lists(_scenario_item, min_size=8, max_size=24),
    sent=st.integers(min_value=0, max_value=2**16),
    moved=st.one_of(st.none(), st.tuples(st.integers(min_value=0, max_value=23), st.integers(-80, 300))),
)
def test_a_session_writes_what_a_full_reread_per_report_writes(
    items: list[dict], sent: int, moved: tuple[int, int] | None
) -> None:
    """Keeping stories per transaction changes no row: stories and their summaries, aliases,
    announcements, alerts (queued, inherited, merged, edited) and the ids each poll reported
    are those of re-reading every story each time, through splits, merges, same-article copies,
    edited articles and stored dates that no longer follow the rule."""
    with tempfile.TemporaryDirectory() as tmp:
        with _full_reread(), contextlib.closing(open_database(Path(tmp) / "reread.db")) as reread:
            expected = _run_scenario(reread, items, sent, moved)
        with contextlib.closing(open_database(Path(tmp) / "kept.db")) as kept:
            assert _run_scenario(kept, items, sent, moved) == expected


# -- one alert per news, whatever the wording ------------------------------------------------


def _poll_text(db: Database, guid: str, hours: float, title: str, lang: str) -> int:
    """One outlet's report through the real detector and ingest path; alerts it queued."""
    detector, taxonomy = default_detector(), bundled_taxonomy()
    verdict = detector.classify(title, lang=lang)
    assert verdict.relevant, title
    with write_transaction(db):
        feed = feed_store.add_feed(db, spec(f"https://{guid}.example/feed"), NOW)[0]
    parsed = ParsedFeed(entries=[entry(guid, title, published=at(hours), link=f"https://{guid}.example/a")])
    assert subject_of(verdict, taxonomy) == "gen"
    return ingest(db, feed, parsed, {guid: verdict}).deliveries


def test_the_same_news_worded_differently_in_two_languages_is_one_alert(db: Database) -> None:
    _server(db)
    assert _poll_text(db, "en", 0, "Runway launches Gen-4.5 for every user", "en") == 1
    # Worded as an unveiling that opens it to all: launch + availability, so the same story.
    assert _poll_text(db, "fr", 3, "Runway dévoile Gen-4.5 et l’ouvre à tout le monde", "fr") == 0
    (events,) = db.execute("SELECT events FROM stories").fetchone()
    assert json.loads(events) == ["launch", "availability"]
    assert len(_alerts(db)) == 1


def test_a_launch_then_paused_sign_ups_two_days_later_are_two_alerts(db: Database) -> None:
    _server(db)
    assert _poll_text(db, "mon", 0, "Runway launches Gen-4.5 for every user", "en") == 1
    assert _poll_text(db, "wed", 48, "Runway pauses Gen-4.5 sign-ups as demand surges", "en") == 1
    assert [json.loads(e) for (e,) in db.execute("SELECT events FROM stories ORDER BY id")] == [
        ["launch"],
        ["waitlist"],
    ]


def test_later_coverage_adding_an_event_edits_the_alert(db: Database) -> None:
    _server(db)
    assert _poll(db, "a", 0) == 1
    _send_all(db)
    with write_transaction(db):
        feed = feed_store.add_feed(db, spec("https://priced.example/feed"), NOW)[0]
    priced = detection(["sora-2"], ["openai"], "pricing", events=("launch",))
    title = "OpenAI prices the new Sora 2 API"
    report = ingest(db, feed, ParsedFeed(entries=[entry("p", title, published=at(5))]), {"p": priced})
    assert report.deliveries == 0 and report.edits == 1
    assert [(state, edit) for _, state, edit in _alerts(db)] == [("sent", 1)]
    (events,) = db.execute("SELECT events FROM stories").fetchone()
    assert json.loads(events) == ["launch", "pricing"]

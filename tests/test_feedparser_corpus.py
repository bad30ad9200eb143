"""Robustness: every file of feedparser's own test corpus, served over HTTP and polled in one
cycle. Each one must either be ingested or leave a clean one-line error on its feed."""

from __future__ import annotations

import random

from feeds.pipeline.poller import Poller
from feeds.storage import feed_records as feed_store
from feeds.storage.store import Store
from tests.conftest import NOW
from tests.helpers import spec


async def test_whole_feedparser_corpus_ingests_or_fails_cleanly(
    shared_dir, feed_server, server_settings, parse_workers
) -> None:
    corpus = shared_dir / "feedparser-tests"
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.name != "NOTICE")
    assert len(files) > 2000
    store = await Store.open(server_settings.db)
    try:
        urls = [feed_server.url(f"/corpus/{p.relative_to(corpus).as_posix()}") for p in files]

        def add_all(db):
            for url in urls:
                feed_store.add_feed(db, spec(url), NOW)

        await store.write(add_all)
        settings = server_settings.model_copy(update={"concurrency": 64, "per_host_concurrency": 32})
        # Through the worker pool, as production parses: every result and every ParseError
        # crosses a process boundary.
        poller = Poller(settings, store, executor=parse_workers, rng=random.Random(1))
        report = await poller.run_cycle(force=True)
        assert report.polled == len(files)
        rows = await store.read(feed_store.list_feeds)
        stored = await store.read(lambda db: db.execute("SELECT count(*) FROM entries").fetchone()[0])
    finally:
        await store.close()
    ingested = [r for r in rows if r.last_success_at is not None]
    failed = [r for r in rows if r.last_success_at is None]
    assert len(ingested) + len(failed) == len(files)
    # Many corpus files test feed-level fields only, or hold entries with nothing to show
    # (no title, link or text): those "yield nothing" and must fail with a clear reason.
    assert len(ingested) > len(files) * 0.5
    clean = ("not a feed:", "not a usable feed:", "every entry in the feed was malformed", "HTTP ")
    for row in failed:
        assert row.last_error and row.last_error.startswith(clean), (row.url, row.last_error)
        assert "\n" not in row.last_error and "Traceback" not in row.last_error, row.url
    assert report.new_entries == stored > 0

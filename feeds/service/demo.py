"""``vidradar demo``: the real pipeline, offline, on the bundled demo feeds.

The demo files are served by an aiohttp server on 127.0.0.1 (an ephemeral port), and the
demo's settings allow exactly that host:port through the SSRF guard. Everything after that
is the production path: fetch, parse, detect, store, cluster.
"""

from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from aiohttp import web

from feeds.config import Settings
from feeds.errors import InputError
from feeds.models import FeedSpec
from feeds.parse.feedlist import parse_feed_list
from feeds.pipeline.poller import CycleReport
from feeds.service.composition import Core
from feeds.storage.feed_records import feed_urls_in
from feeds.timeutil import utcnow


def demo_dir() -> Path:
    return Path(str(resources.files("seeds") / "demo"))


def demo_feed_specs(base_url: str) -> list[FeedSpec]:
    """The demo feed list with its ``demo:`` URLs pointing at ``base_url``."""
    text = (demo_dir() / "feeds.toml").read_text(encoding="utf-8")
    return parse_feed_list(text.replace('"demo:', f'"{base_url.rstrip("/")}/'), "seeds/demo/feeds.toml")


def demo_app() -> web.Application:
    app = web.Application()
    app.router.add_static("/", demo_dir(), show_index=False)
    return app


@dataclass
class DemoResult:
    """What ``vidradar demo`` ran: the cycle's report, feeds polled, stories made, and the database."""

    report: CycleReport
    feeds: int
    stories: int
    db_path: Path


_DEMO_URL = re.compile(r"^http://127\.0\.0\.1:\d+/([\w.-]+)$")


def clear_previous_demo(db_path: Path) -> None:
    """Make room for the demo at ``db_path``: nothing there, or a previous demo's database
    (only demo feeds, no server's settings), which is removed: its feeds pointed at a server
    that is gone, and a second run would store every entry again under new URLs. Any other
    file is refused: the demo never writes into a real install (it would replace the
    operator's feed list with its own)."""
    if not db_path.exists():
        return
    demo_files = {p.name for p in demo_dir().iterdir()}
    urls = feed_urls_in(db_path)
    previous_demo = urls is not None and all(
        (found := _DEMO_URL.match(url)) is not None and found.group(1) in demo_files for url in urls
    )
    if not previous_demo:
        raise InputError(
            f"{db_path} is a database the demo did not make; give the demo a new file (--db demo.db)"
        )
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)


async def run_demo(settings: Settings, db_path: Path) -> DemoResult:
    runner = web.AppRunner(demo_app(), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        port = runner.addresses[0][1]
        specs = demo_feed_specs(f"http://127.0.0.1:{port}")
        demo_settings = settings.model_copy(  # never VIDRADAR_DATABASE_URL: the demo has its own file
            update={"url_allowlist": [f"127.0.0.1:{port}"], "db": db_path, "database_url": None}
        )
        async with Core.open(demo_settings, feed_list=False) as core:
            await core.store.sync_operator_feeds(specs, utcnow())
            # Threads, not worker processes: seven small feeds parse faster than processes start.
            with ThreadPoolExecutor(max_workers=2, thread_name_prefix="vidradar-parse") as executor:
                report = await core.poller(executor).run_cycle(force=True)
            stories = await core.store.count_stories()
    finally:
        await runner.cleanup()
    return DemoResult(report=report, feeds=len(specs), stories=stories, db_path=db_path)


def run_demo_sync(settings: Settings, db_path: Path) -> DemoResult:
    clear_previous_demo(db_path)  # file work, before the event loop starts
    return asyncio.run(run_demo(settings, db_path))

"""Shared fixtures, named after what they provide: settings, db, feed_server, shared_dir."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from feeds.config import Settings, load_settings
from feeds.storage.db import open_database
from tests.feedserver import FeedServer
from tests.postgres import pg_server, pg_url  # noqa: F401  (fixtures)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

# Property tests: `make test` runs a fixed, derandomized set (same examples every run, no
# example database written); `make stress` runs ten times more, freshly random each time.
hypothesis_settings.register_profile("default", max_examples=200, derandomize=True, database=None)
hypothesis_settings.register_profile("stress", max_examples=2000)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


# XDG_CACHE_HOME before the run, and the run's own cache directory.
_CACHE_KEY = pytest.StashKey[tuple[str | None, str]]()


def pytest_configure(config: pytest.Config) -> None:
    """The detector's compiled patterns (feeds/detect/pattern_cache.py) go to a cache of this
    run's own, shared by every test and every process the tests start: the first compile pays
    for the rest, and nothing is read from or written to the developer's ~/.cache. Test
    workers (pytest-xdist) inherit the directory of the run that started them."""
    if hasattr(config, "workerinput"):
        return
    config.stash[_CACHE_KEY] = (os.environ.get("XDG_CACHE_HOME"), tempfile.mkdtemp(prefix="vidradar-cache-"))
    os.environ["XDG_CACHE_HOME"] = config.stash[_CACHE_KEY][1]


def pytest_unconfigure(config: pytest.Config) -> None:
    if _CACHE_KEY not in config.stash:
        return
    previous, directory = config.stash[_CACHE_KEY]
    shutil.rmtree(directory, ignore_errors=True)
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's VIDRADAR_*/DISCORD_* variables or a stray .env."""
    for name in list(os.environ):
        if name.startswith(("VIDRADAR_", "DISCORD_")):
            monkeypatch.delenv(name)


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "vidradar.db"


BACKENDS = ("sqlite", "postgresql")


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database the test's `database`, `db`, `settings` and `store` use: SQLite, or both
    backends in turn for a test (or module) marked `both_backends`."""
    return str(getattr(request, "param", "sqlite"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # TEST_BOTH_BACKENDS=1: every test that reaches the database through `backend` runs on both
    # (finds what still assumes SQLite); by default only the marked ones do.
    marked = metafunc.definition.get_closest_marker("both_backends") or os.environ.get("TEST_BOTH_BACKENDS")
    if metafunc.definition.get_closest_marker("sqlite_only"):
        marked = None
    if "backend" in metafunc.fixturenames and marked:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def database(backend: str, db_path: Path, request: pytest.FixtureRequest) -> Path | str:
    """Where the test's data lives: the SQLite file `db_path`, or a fresh PostgreSQL database
    of the test's own on the session's real server (tests/postgres.py)."""
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return db_path


@pytest.fixture
def db(database: Path | str) -> Iterator:
    opened = open_database(database)
    yield opened
    opened.close()


def make_settings(database: Path | str, **overrides: object) -> Settings:
    """Settings over `database`: an SQLite path, or a postgresql:// URL (VIDRADAR_DATABASE_URL)."""
    if isinstance(database, str) and database.startswith("postgresql://"):
        return load_settings(env_file=None, database_url=database, **overrides)
    return load_settings(env_file=None, db=database, **overrides)


@pytest.fixture
def settings(database: Path | str) -> Settings:
    return make_settings(database)


@pytest.fixture
async def feed_server(shared_dir_optional: Path | None) -> AsyncIterator[FeedServer]:
    corpus = shared_dir_optional / "feedparser-tests" if shared_dir_optional else None
    async with FeedServer(corpus) as server:
        yield server


@pytest.fixture
def shared_dir_optional() -> Path | None:
    return SHARED if SHARED.is_dir() else None


@pytest.fixture
def server_settings(database: Path | str, feed_server: FeedServer) -> Settings:
    """Settings that allow exactly the loopback feed server through the SSRF guard."""
    return make_settings(
        database,
        url_allowlist=[feed_server.host_port],
        fetch_timeout="3s",
        connect_timeout="2s",
        max_feed_bytes=1024 * 1024,
    )


# "Now" for test data: the current hour, so feed items dated relative to it are as fresh to the
# poller (which reads the real clock: first-poll cut-off, maximum alert age) on any day the
# suite runs. Tests of pure time functions pass their own fixed instants instead.
NOW = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)


@pytest.fixture(scope="session")
def parse_workers() -> Iterator:
    """The production parse pool (two worker processes under a fork server), shared by the
    tests that poll as production does: started once, it costs a second, not a second a test."""
    from feeds.pipeline.workers import parse_pool, warm

    pool = parse_pool(2)
    warm(pool)
    yield pool
    pool.shutdown(cancel_futures=True)


@pytest.fixture
async def store(server_settings: Settings) -> AsyncIterator:
    """The async Store over the test's database file (allowing the loopback feed server)."""
    from feeds.storage.store import Store

    opened = await Store.open(server_settings.database)
    yield opened
    await opened.close()


@pytest.fixture
async def fake_discord() -> AsyncIterator:
    from tests.fake_discord import FakeDiscord

    async with FakeDiscord() as fake:
        yield fake


@pytest.fixture
async def bot_env(database: Path | str, feed_server, fake_discord) -> AsyncIterator:
    """A running bot connected to the fake Discord, one server with #alerts and #general."""
    from feeds.storage.store import Store
    from tests.botenv import BotEnv, start_bot, stop_bot

    guild = fake_discord.add_guild("Test Server")
    settings = make_settings(
        database,
        discord_token=fake_discord.token,
        discord_api_base=fake_discord.api_base,
        dev_guild=guild.id,
        url_allowlist=[feed_server.host_port],
        fetch_timeout="3s",
        connect_timeout="2s",
    )
    store = await Store.open(settings.database)
    bot, task = await start_bot(settings, store, fake_discord)
    try:
        yield BotEnv(fake_discord, feed_server, bot, store, settings, guild)
    finally:
        await stop_bot(bot, task)
        await store.close()

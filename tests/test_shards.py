"""The bot as several processes on one database (docs/operating.md, "Several processes"):
two bot shards (`vidradar run --shard-count 2 --shard-ids …`, VIDRADAR_ROLES=bot) and two
pollers, real processes against the fake Discord (sharded IDENTIFY, per-shard servers) and
the loopback feed server. Every alert lands once in every server, every feed is fetched once,
commands are answered by the shard that owns the server; then kill -9 one shard and one
poller in the middle of a cycle and restart them: nothing lost, nothing doubled."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from feeds.shards import Shards
from feeds.storage.db import open_database
from feeds.timeutil import utcnow
from tests.fake_discord import shard_of
from tests.feedserver import http_date, rss
from tests.helpers import database_rows
from tests.process import VidradarProcess
from tests.test_bot import add_feed
from tests.test_crash import PRODUCTS, add_server
from tests.test_poller import ANNOUNCEMENT

TOKEN = "MTE5OTk5OTk5OTk5OTk5OTk5.GsHaRd.y-shard-canary-token-77a1"
FEEDS = 100
SHARDS = 2
# `make stress` (VIDRADAR_STRESS=1): four rounds of kills (a shard and a poller each, taking
# turns), instead of one.
KILL_ROUNDS = 4 if os.environ.get("VIDRADAR_STRESS") else 1


class Newsroom:
    """The feeds: a few carry one launch story each (a different product each time), the
    rest carry news nobody is alerted about."""

    def __init__(self, feed_server) -> None:
        self.server = feed_server
        self.items: dict[str, list[dict]] = {f"n{i}": [] for i in range(FEEDS)}
        self.deck = [f"{vendor} launches {product} video model" for vendor, product in PRODUCTS] + [
            f"{vendor} opens a waitlist for {product} video" for vendor, product in PRODUCTS
        ]
        self.stories: list[str] = []
        self.count = 0
        for name in self.items:
            self._publish(name, f"Heathrow runway {self.count} closed")

    def _publish(self, name: str, title: str) -> None:
        self.count += 1
        self.items[name].append(
            {
                "guid": f"{name}-{self.count}",
                "title": title,
                "link": f"https://news.example/{name}/{self.count}",
                "pubDate": http_date(utcnow() - timedelta(minutes=5)),
            }
        )
        self.server.set_feed(name, rss(self.items[name], title=f"Feed {name}"), delay=0.2)

    def break_news(self, count: int) -> None:
        for name in list(self.items)[len(self.stories) :: 7][:count]:
            title = self.deck.pop(0)
            self.stories.append(title)
            self._publish(name, title)

    def feed_list(self, path: Path) -> Path:
        path.write_text("".join(f'[[feeds]]\nurl = "{self.server.url("/feed/" + n)}"\n' for n in self.items))
        return path


def env_for(fake_discord, feed_server, db_path: Path | str, feeds_file: Path, roles: str) -> dict[str, str]:
    where = "VIDRADAR_DATABASE_URL" if str(db_path).startswith("postgresql://") else "VIDRADAR_DB"
    return {
        "DISCORD_TOKEN": TOKEN,
        "DISCORD_API_BASE": fake_discord.api_base,
        where: str(db_path),
        "VIDRADAR_FEEDS": str(feeds_file),
        "VIDRADAR_URL_ALLOWLIST": feed_server.host_port,
        "VIDRADAR_ROLES": roles,
        "VIDRADAR_POLL_CHECK": "1s",
        "VIDRADAR_FETCH_TIMEOUT": "5s",
        "VIDRADAR_CONCURRENCY": "4",
        "VIDRADAR_PARSE_WORKERS": "0",
        "VIDRADAR_ALERTS_PER_10_MINUTES": "0",  # every alert on its own: what is counted here
        "VIDRADAR_LOG_LEVEL": "INFO",
    }


def shard_cmd(shard: int) -> list[str]:
    return ["run", "--shard-count", str(SHARDS), "--shard-ids", str(shard)]


def execute(db_path: Path | str, sql: str) -> None:
    """One write on the shared database, SQLite file or PostgreSQL, from the test's side."""
    db = open_database(db_path, migrate=False)
    try:
        db.execute(sql)
    finally:
        db.close()


def delivered(db_path: Path | str) -> bool:
    """Every feed polled and the outbox empty."""
    [(busy,)] = database_rows(
        db_path,
        """SELECT count(*) FROM deliveries WHERE state IN ('pending', 'sending')
           OR (state = 'sent' AND edit_pending > 0)""",
    )
    [(unpolled,)] = database_rows(db_path, "SELECT count(*) FROM feeds WHERE next_due_at IS NULL")
    return not busy and not unpolled


async def until(condition, timeout: float, every: float = 0.2) -> bool:
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        if condition():
            return True
        await asyncio.sleep(every)
    return condition()


def posted_titles(fake_discord, channel_id: int) -> Counter:
    return Counter(
        message["embeds"][0].get("title", "")
        for message in fake_discord.posts(channel_id)
        if message["embeds"]
    )


def output_of(*processes: VidradarProcess) -> str:
    return "\n".join(line for p in processes for line in p.stderr_lines if " DEBUG " not in line)[-6000:]


@pytest.mark.both_backends
@pytest.mark.timeout(240 * KILL_ROUNDS)
async def test_two_shards_and_two_pollers_deliver_everything_once_through_kills(
    tmp_path, feed_server, fake_discord, database
) -> None:
    fake_discord.token = TOKEN
    fake_discord.shard_count = SHARDS
    fake_discord.nonce_window = 0  # no nonce deduplication: reconciliation must do the work
    guilds = [fake_discord.add_guild(f"Server {n}", shard=(n % SHARDS, SHARDS)) for n in range(6)]
    alerts = {guild.id: fake_discord.channel(guild, "alerts").id for guild in guilds}
    news = Newsroom(feed_server)
    news.break_news(6)
    db_path = database  # an SQLite file, or a PostgreSQL database on the tests' real server
    open_database(db_path).close()
    for guild in guilds:
        add_server(db_path, guild.id, alerts=alerts[guild.id], digests=None)
    feeds_file = news.feed_list(tmp_path / "feeds.toml")
    bot_env = env_for(fake_discord, feed_server, db_path, feeds_file, "bot")
    poller_env = env_for(fake_discord, feed_server, db_path, feeds_file, "poller")

    shards = [await VidradarProcess(shard_cmd(n), tmp_path, bot_env).start() for n in range(SHARDS)]
    pollers = [
        await VidradarProcess(["poll", "--daemon"], tmp_path, poller_env).start(),
        await VidradarProcess(["run"], tmp_path, poller_env).start(),  # VIDRADAR_ROLES=poller
    ]
    everyone = [*shards, *pollers]
    try:
        for shard in shards:
            assert await shard.wait_for_stderr("ready as", 30), output_of(shard)
        assert sorted(fake_discord.identified_shards) == [(0, 2), (1, 2)]
        # 1. Every story once in every server, every feed fetched once.
        expected = Counter(news.stories)
        done = await until(
            lambda: all(posted_titles(fake_discord, alerts[g.id]) == expected for g in guilds), timeout=60
        )
        assert done, output_of(*everyone)
        assert await until(lambda: delivered(db_path), timeout=30), output_of(*everyone)
        assert sorted(feed_server.hits[name] for name in news.items) == [1] * FEEDS
        # Each shard posted its own servers' alerts, and only those (the REST API would take
        # any server's post from any process: only the shard filter makes this hold).
        await asyncio.sleep(1)  # the drains' log lines
        for shard_id, shard in enumerate(shards):
            own = sum(1 for g in guilds if shard_of(g.id, SHARDS) == shard_id)
            assert shard.logged_total("deliveries: ", " sent") == own * len(news.stories), output_of(shard)
        # 2. Commands reach the shard that owns the server, and it answers.
        for guild in guilds:
            record = await fake_discord.invoke(guild, "news latest", admin=False)
            assert record.responses, f"no answer in {guild.name}"
            assert fake_discord.interaction_shards[str(record.id)] == [shard_of(guild.id, SHARDS)]

        # 3. New stories; kill -9 a shard and a poller in the middle of the cycle, restart them.
        for round_ in range(KILL_ROUNDS):
            victim = round_ % 2
            news.break_news(3)
            for name in news.items:  # a slower cycle: the kills land in it
                feed_server.feeds[name].delay = 0.6
            execute(db_path, "UPDATE feeds SET next_due_at = NULL")
            before = dict(feed_server.hits)
            assert await until(
                lambda b=before: sum(feed_server.hits.values()) - sum(b.values()) >= 8, timeout=30
            )
            await shards[victim].kill()
            await pollers[victim].kill()
            shards[victim] = await VidradarProcess(shard_cmd(victim), tmp_path, bot_env).start()
            command = ["poll", "--daemon"] if victim == 0 else ["run"]
            pollers[victim] = await VidradarProcess(command, tmp_path, poller_env).start()
            everyone = [*shards, *pollers]
            expected = Counter(news.stories)
            done = await until(
                lambda e=expected: all(posted_titles(fake_discord, alerts[g.id]) == e for g in guilds),
                timeout=90,
            )
            assert done, {g.name: posted_titles(fake_discord, alerts[g.id]) - expected for g in guilds}
            assert await until(lambda: delivered(db_path), timeout=30), output_of(*everyone)
            # Nothing doubled: each server's channel shows each story exactly once (the
            # Counter equality above), and no feed was fetched more than twice in the killed
            # cycle (only what the dead poller had in hand is fetched again).
            again = Counter({name: feed_server.hits[name] - before.get(name, 0) for name in news.items})
            assert min(again.values()) >= 1 and max(again.values()) <= 2, again
        assert all("Traceback" not in line for p in everyone for line in p.stderr_lines), output_of(*everyone)
        assert all(TOKEN not in line for p in everyone for line in p.stderr_lines + p.stdout_lines)
    finally:
        for process in everyone:
            await process.kill()


# -- what a shard serves: pure rules and storage -----------------------------------------------


def guild_on(shard: int, count: int, n: int = 1) -> int:
    """A server id on that shard (Discord's rule: (id >> 22) % count)."""
    return ((1000 + n * count + shard) << 22) + 7


@pytest.mark.parametrize(
    ("count", "ids", "expected"),
    [
        (None, None, Shards()),
        (4, None, Shards(4, (0, 1, 2, 3))),
        (4, "3, 1", Shards(4, (1, 3))),
        (1, "0", Shards(1, (0,))),
    ],
)
def test_shard_options_read_as_the_shards_a_process_runs(count, ids, expected) -> None:
    assert Shards.parse(count, ids) == expected


@pytest.mark.parametrize(
    ("count", "ids", "message"),
    [
        (None, "0", "--shard-ids needs --shard-count"),
        (0, None, "--shard-count must be at least 1"),
        (2, "2", "shard 2 does not exist with --shard-count 2"),
        (2, "a,b", "shard numbers separated by commas"),
        (2, ",", "shard numbers separated by commas"),
    ],
)
def test_bad_shard_options_are_one_line_errors(count, ids, message) -> None:
    from feeds.errors import InputError

    with pytest.raises(InputError, match=message):
        Shards.parse(count, ids)


def test_a_shard_owns_the_servers_discord_sends_it() -> None:
    two = [Shards(2, (0,)), Shards(2, (1,))]
    for shard in (0, 1):
        for n in range(5):
            guild = guild_on(shard, 2, n)
            assert [s.owns(guild) for s in two] == [shard == 0, shard == 1]
    assert Shards().owns(guild_on(1, 2)) and Shards(2, (0, 1)).everything
    assert Shards(2, (0,)).owns(0)  # the headless destination is shard 0's


def test_cli_refuses_bad_shard_options_and_roles_in_one_line(tmp_path) -> None:
    from tests.test_cli import run

    done = run("run", "--shard-count", "2", "--shard-ids", "5", cwd=tmp_path, DISCORD_TOKEN="x")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "vidradar: error: --shard-ids 5: shard 5 does not exist with --shard-count 2 (shards are 0 to 1)"
    ]
    done = run("run", cwd=tmp_path, VIDRADAR_ROLES="poller,web")
    assert done.returncode == 1 and "VIDRADAR_ROLES" in done.stderr and "'web'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_each_shard_claims_releases_and_forgets_only_its_servers(tmp_path) -> None:
    from feeds.storage import deliveries, servers

    db = open_database(tmp_path / "s.db")
    now = utcnow()
    mine, theirs = guild_on(0, 2), guild_on(1, 2)
    try:
        for guild in (mine, theirs):
            servers.ensure_server(db, guild, now)
            deliveries.enqueue(
                db, guild_id=guild, channel_id=guild + 1, kind="notice", dedup_key=f"k{guild}", now=now
            )
        shard0 = Shards(2, (0,))
        claimed = deliveries.claim_due(db, now, max_age=timedelta(hours=1), shards=shard0)
        assert [d.guild_id for d in claimed] == [mine]
        # both rows in flight; shard 0 restarts: only its own row is released
        deliveries.claim_due(db, now, max_age=timedelta(hours=1), shards=Shards(2, (1,)))
        assert deliveries.release_claims(db, now, shard0) == 1
        # shard 0 sees none of its servers any more: only they are judged departed
        assert servers.forget_departed(db, set(), now, shard0) == [mine]
        assert servers.active_guild_ids(db) == [theirs]
    finally:
        db.close()


async def test_a_shard_that_identifies_again_sees_its_servers_as_discord_lists_them(
    tmp_path, fake_discord
) -> None:
    """Discord invalidates a session: the shard identifies afresh. A server that removed the
    bot meanwhile becomes inactive, one that added it back is active again, and the other
    shard's servers are untouched (discord.py's sharded client would keep the old list)."""
    import time as _time

    from bot.app import ShardedVidradarBot, make_bot
    from feeds.storage.store import Store
    from tests.conftest import make_settings

    fake_discord.shard_count = SHARDS
    stays = fake_discord.add_guild("Stays", shard=(0, SHARDS))
    leaves = fake_discord.add_guild("Leaves", shard=(1, SHARDS))
    returns = fake_discord.add_guild("Returns", shard=(1, SHARDS))
    settings = make_settings(
        tmp_path / "reid.db", discord_token=fake_discord.token, discord_api_base=fake_discord.api_base
    )
    store = await Store.open(settings.db)
    bot = make_bot(settings, store, shards=Shards(SHARDS, (0, 1)), guild_ready_timeout=0.05)
    assert isinstance(bot, ShardedVidradarBot)
    task = asyncio.create_task(bot.start(fake_discord.token))
    try:
        deadline = _time.monotonic() + 15
        while not bot.is_ready():
            assert not task.done() and _time.monotonic() < deadline, "the sharded bot did not become ready"
            await asyncio.sleep(0.05)

        def active() -> dict[int, int]:
            with sqlite3.connect(settings.db) as conn:
                return dict(
                    conn.execute("SELECT guild_id, active FROM servers WHERE guild_id != 0").fetchall()
                )

        assert await until(lambda: active() == {stays.id: 1, leaves.id: 1, returns.id: 1}, timeout=10)
        # While the shards are away: one server removes the bot, one comes back (it was
        # marked gone earlier), and Discord then makes every shard identify again.
        with sqlite3.connect(settings.db) as conn:
            conn.execute("UPDATE servers SET active = 0 WHERE guild_id = ?", [returns.id])
        del fake_discord.guilds[leaves.id]
        await fake_discord.invalidate_session()
        assert await until(lambda: active() == {stays.id: 1, leaves.id: 0, returns.id: 1}, timeout=15), (
            active()
        )
        assert leaves.id not in {guild.id for guild in bot.guilds}
    finally:
        await bot.close()
        await asyncio.gather(task, return_exceptions=True)
        await store.close()


def test_one_process_per_shard_and_one_shard_count(tmp_path) -> None:
    from feeds.errors import ConfigError
    from feeds.storage import shard_leases

    db = open_database(tmp_path / "sl.db")
    now, minute = utcnow(), timedelta(minutes=1)
    alive = lambda owner: False  # noqa: E731  (nobody is known to be gone)
    try:
        shard_leases.take_shards(db, "a", 2, [0], now, now + minute, gone=alive)
        shard_leases.take_shards(db, "b", 2, [1], now, now + minute, gone=alive)
        with pytest.raises(ConfigError, match="shard 1 is already run by another vidradar process"):
            shard_leases.take_shards(db, "c", 2, [1], now, now + minute, gone=alive)
        with pytest.raises(ConfigError, match="runs this bot as 2 shard"):
            shard_leases.take_shards(db, "c", 4, [3], now, now + minute, gone=alive)
        # a holder known to be gone (killed on this machine) is replaced at once
        shard_leases.take_shards(db, "c", 2, [1], now, now + minute, gone=lambda owner: owner == "b")
        # b renews nothing any more; c's lease runs out unless renewed
        assert shard_leases.renew_shards(db, "b", now + minute) == 0
        assert shard_leases.renew_shards(db, "c", now + minute) == 1
        later = now + 2 * minute
        shard_leases.take_shards(db, "d", 2, [0, 1], later, later + minute, gone=alive)  # both ran out
        assert shard_leases.release_shards(db, "d") == 2
        shard_leases.take_shards(db, "e", 4, [0], later, later + minute, gone=alive)  # no one left: any count
    finally:
        db.close()


async def test_a_bot_that_lost_its_shard_lease_stops_delivering(bot_env, caplog) -> None:
    """Stalled past its lease, the process finds at renewal that another process holds its
    shard: it stops delivering (two senders would post every alert twice) and says so."""
    runtime = bot_env.bot.runtime
    await bot_env.set_alert_channel()
    await bot_env.execute("UPDATE shard_leases SET owner = 'other-host:4242'")
    await runtime.renew_shards_job()
    assert runtime.worker.stopped and runtime.digests.work.stopping
    assert "lost its shard leases to another vidradar process" in caplog.text
    await add_feed(bot_env, "f", [ANNOUNCEMENT])
    await runtime.poller.run_cycle(force=True)
    await runtime.worker.drain()
    assert bot_env.fake.posts(bot_env.channel_id()) == []
    assert await bot_env.sql("SELECT state FROM deliveries") == [{"state": "pending"}]

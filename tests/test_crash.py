"""kill -9 at seeded moments: `vidradar run` as a subprocess against the fake Discord, fed by the
loopback feed server whose feeds change between runs. Each run is SIGKILLed at one planned
place — after a fetch, after detection or inside a feed's transaction, after claiming or
after posting an alert, while queueing or while posting a digest, or at a random moment —
and restarted. At the end:

- the database passes PRAGMA integrity_check;
- every entry the server published is stored exactly once;
- every alert the test's own feeds call for (known by construction: each vendor item is a
  distinct story, each "Switch" item matches the server's watched term, nothing else
  alerts) was posted exactly once, and nothing else was posted; the fake Discord here keeps
  no nonce memory at all (less than Discord's few minutes), so only the outbox's
  reconciliation can save a retry from posting twice;
- every server's digest period was posted once, each of its parts once;
- no line any run printed contains the bot token.

`make test` runs one round of the plan (6 kills, one per phase); `make stress`
(VIDRADAR_STRESS=1) runs four rounds (24 kills). The plan comes from VIDRADAR_CRASH_SEED
(printed on failure and on success) and is the same on every machine; where each run's
random-moment kill lands depends on timing.
"""

from __future__ import annotations

import os
import random
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from feeds.service.delivery import marker_of
from feeds.service.i18n import t
from feeds.storage.db import open_database
from feeds.timeutil import to_db, utcnow
from tests.feedserver import http_date, rss
from tests.process import VidradarProcess

ROUNDS = 4 if os.environ.get("VIDRADAR_STRESS") else 1
SEED = int(os.environ.get("VIDRADAR_CRASH_SEED", "20261124"))
FEEDS = 6
TOKEN = "MTE5OTk5OTk5OTk5OTk5OTk5.GcRaSh.y-crash-canary-token-4d2c1"
DIGEST_TITLE = t("digest_title", "en")

# Vendor items: every (product family, event) pair below is its own story, so each one is
# exactly one alert. Products whose every event template is detected as that event.
PRODUCTS = [
    ("OpenAI", "Sora"),
    ("Kuaishou", "Kling"),
    ("Amazon", "Nova Reel"),
    ("MiniMax", "Hailuo"),
    ("ByteDance", "Seedance"),
    ("Adobe", "Firefly Video"),
    ("Shengshu", "Vidu"),
    ("PixVerse", "PixVerse"),
    ("Genmo", "Mochi"),
    ("Lightricks", "LTX Video"),
    ("Tencent", "HunyuanVideo"),
    ("Meta", "Movie Gen"),
    ("Luma", "Dream Machine"),
    ("Moonvalley", "Marey"),
    ("xAI", "Grok Imagine"),
    ("Midjourney", "Midjourney Video"),
]
EVENTS = [
    "{v} launches {p} video model",
    "{p} video generation is now available in Europe",
    "{v} opens a waitlist for {p} video",
    "{v} cuts {p} API prices for video generation",
    "{v} delays {p} video rollout",
    "{v} shuts down {p} video app",
]
WATCHED = "Switch"
KEYWORD_ITEM = "Nintendo Switch {n} sales"  # matches the watched term, not an announcement
QUIET_ITEMS = ["iPhone {n} shipping delays", "Heathrow runway {n} closed"]  # alert nobody


@dataclass(frozen=True)
class Kill:
    """One run's end: the failpoint (and which pass through it) or a random moment."""

    point: str
    count: int = 1
    delay: float = 0.0

    @property
    def failpoint(self) -> str | None:
        return None if self.point == "random" else f"{self.point}:{self.count}"

    def __str__(self) -> str:
        return f"random@{self.delay:.2f}s" if self.point == "random" else f"{self.point}:{self.count}"


PHASES: dict[str, Callable[[random.Random], Kill]] = {
    "fetch": lambda rng: Kill("fetched", rng.randint(1, FEEDS)),
    "store": lambda rng: Kill(rng.choice(("detected", "stored")), rng.randint(1, 3)),
    "send": lambda rng: Kill(rng.choice(("claimed.story", "sent.story", "sent.keyword")), rng.randint(1, 3)),
    "digest": lambda rng: Kill("digest"),  # a digest is queued once per period: pass 1
    "digest-send": lambda rng: Kill(rng.choice(("claimed.digest", "sent.digest"))),
    "random": lambda rng: Kill("random", delay=rng.uniform(0.5, 4.0)),
}


def kill_plan(rng: random.Random, rounds: int) -> list[Kill]:
    """Each round kills once in every phase, in a seeded order: the short plan covers them all."""
    plan: list[Kill] = []
    for _ in range(rounds):
        phases = list(PHASES)
        rng.shuffle(phases)
        plan.extend(PHASES[phase](rng) for phase in phases)
    return plan


def test_every_round_of_the_plan_covers_every_phase() -> None:
    for seed in range(50):
        plan = kill_plan(random.Random(seed), 1)
        points = {kill.point for kill in plan}
        assert len(plan) == len(PHASES) and "fetched" in points and "random" in points
        assert points & {"detected", "stored"} and points & {"claimed.story", "sent.story", "sent.keyword"}
        assert "digest" in points and points & {"claimed.digest", "sent.digest"}
    assert kill_plan(random.Random(SEED), 4) == kill_plan(random.Random(SEED), 4)


class World:
    """The feeds as the server publishes them, and what they call for by construction."""

    def __init__(self, feed_server, rng: random.Random) -> None:
        self.server = feed_server
        self.rng = rng
        self.items: dict[str, list[dict]] = {f"f{i}": [] for i in range(FEEDS)}
        self.deck = [tpl.format(v=v, p=p) for v, p in PRODUCTS for tpl in EVENTS]
        rng.shuffle(self.deck)
        self.stories: list[str] = []  # titles that must each be alerted once
        self.keyword_hits: list[str] = []  # titles that must each be a keyword alert once
        self.counter = 0
        for name in self.items:
            self.publish(name, "story")

    def publish(self, name: str, kind: str) -> None:
        self.counter += 1
        if kind == "story" and not self.deck:
            kind = "quiet"  # every distinct story used up: publish something inert
        if kind == "story":
            title = self.deck.pop()
            self.stories.append(title)
        elif kind == "keyword":
            title = KEYWORD_ITEM.format(n=self.counter)
            self.keyword_hits.append(title)
        else:
            title = self.rng.choice(QUIET_ITEMS).format(n=self.counter)
        self.items[name].append(
            {
                "guid": f"{name}-{self.counter}",
                "title": title,
                "link": f"https://news.example/{name}/{self.counter}",
                "pubDate": http_date(utcnow() - timedelta(minutes=self.rng.randint(1, 120))),
            }
        )
        self.server.set_feed(name, rss(self.items[name][-40:], title=f"Feed {name}"))

    def change_for(self, kill: Kill) -> None:
        """New items between runs, enough that the run reaches its planned failpoint."""
        feeds = list(self.items)
        if kill.point in ("detected", "stored"):  # that many feeds answer 200, not 304
            for name in self.rng.sample(feeds, kill.count):
                self.publish(name, self.rng.choice(("story", "keyword", "quiet")))
            return
        if kill.point.endswith((".story", ".keyword")):  # that many alerts of that kind to send
            kind = kill.point.split(".")[1]
            for _ in range(kill.count):
                self.publish(self.rng.choice(feeds), kind)
            return
        for _ in range(self.rng.randint(1, 2)):
            self.publish(self.rng.choice(feeds), self.rng.choice(("story", "story", "keyword", "quiet")))

    @property
    def guids(self) -> set[str]:
        return {item["guid"] for items in self.items.values() for item in items}


def add_server(db_path: Path | str, guild_id: int, *, alerts: int | None, digests: int | None) -> None:
    """A server row as `/alerts channel` and `/digest set` would leave it (digest due an hour
    ago), in the SQLite file or PostgreSQL database ``db_path``."""
    now = utcnow()
    conn = open_database(db_path, migrate=False)
    conn.execute(
        """INSERT INTO servers (guild_id, alert_channel_id, digest_channel_id, digest_frequency, digest_time,
           digest_tz, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'UTC', ?, ?)""",
        [
            guild_id,
            alerts,
            digests,
            "daily" if digests else "off",
            (now - timedelta(hours=1)).strftime("%H:%M"),
            to_db(now),
            to_db(now),
        ],
    )
    if alerts:
        conn.execute(
            "INSERT INTO server_watch_terms VALUES (?, ?, ?, 'include', ?)",
            [guild_id, WATCHED, WATCHED.lower(), to_db(now)],
        )
    conn.close()


def mark_all_feeds_due(db_path: Path) -> None:
    """Between runs (the process is dead): poll every feed on the next start."""
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE feeds SET next_due_at = NULL")
    conn.commit()
    conn.close()


def settled(db_path: Path) -> bool:
    """Nothing left to do: every feed polled, every delivery sent."""
    conn = sqlite3.connect(db_path)
    try:
        busy = conn.execute(
            """SELECT count(*) FROM deliveries WHERE state IN ('pending', 'sending')
               OR (state = 'sent' AND edit_pending > 0)"""
        ).fetchone()[0]
        unpolled = conn.execute("SELECT count(*) FROM feeds WHERE next_due_at IS NULL").fetchone()[0]
    finally:
        conn.close()
    return not busy and not unpolled


def without_debug(output: str) -> str:
    """A failed run's output for the assertion message: DEBUG lines are most of it."""
    return "\n".join(line for line in output.splitlines() if " DEBUG " not in line)[-6000:]


def titles(messages: list[dict]) -> Counter:
    return Counter(embed.get("title", "") for message in messages for embed in message["embeds"][:1])


def run_env(fake_discord, feed_server, db_path, feeds_file) -> dict[str, str]:
    """`vidradar run` against the fake Discord and the loopback feeds, logging at DEBUG (so
    the token scan reads everything it could ever print)."""
    return {
        "DISCORD_TOKEN": TOKEN,
        "DISCORD_API_BASE": fake_discord.api_base,
        "VIDRADAR_DB": str(db_path),
        "VIDRADAR_FEEDS": str(feeds_file),
        "VIDRADAR_URL_ALLOWLIST": feed_server.host_port,
        "VIDRADAR_LOG_LEVEL": "DEBUG",
        "VIDRADAR_MAX_FAILURES": "100",  # the HTML feed fails every run and is never disabled
        # Every alert posted on its own (the rate cap would hold some back for 10 minutes):
        # what this test counts is exactly-once posts.
        "VIDRADAR_ALERTS_PER_10_MINUTES": "0",
    }


async def test_kill_minus_nine_loses_nothing_and_doubles_nothing(tmp_path, feed_server, fake_discord) -> None:
    rng = random.Random(SEED)
    plan = kill_plan(rng, ROUNDS)
    fake_discord.token = TOKEN  # scanned for in every line printed
    fake_discord.nonce_window = 0  # no nonce deduplication at all: reconciliation must do the work
    guild = fake_discord.add_guild("Crash Server")
    alerts = fake_discord.channel(guild, "alerts").id
    digest_channels = [fake_discord.channel(guild, "general").id]
    world = World(feed_server, rng)
    # Beside the good feeds, one that answers an HTML page every time: its ParseError crosses
    # the worker pool's process boundary in every run, and must never stop the others parsing.
    not_a_feed = feed_server.set_feed("html", b"<!doctype html><title>Home</title>", content_type="text/html")
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(
        "".join(
            f'[[feeds]]\nurl = "{feed_server.url("/feed/" + n)}"\nname = "Feed {n}"\n' for n in world.items
        )
        + f'[[feeds]]\nurl = "{not_a_feed}"\nname = "Not a feed"\n'
    )
    db_path = tmp_path / "crash.db"
    open_database(db_path).close()
    add_server(db_path, guild.id, alerts=alerts, digests=digest_channels[0])
    env = run_env(fake_discord, feed_server, db_path, feeds_file)
    log: list[str] = []
    outputs: list[str] = []
    context = f"VIDRADAR_CRASH_SEED={SEED}: plan {', '.join(map(str, plan))}"
    for number, kill in enumerate(plan):
        world.change_for(kill)
        if number and (kill.point in ("digest", "random") or kill.point.endswith(".digest")):
            # A server whose digest is due now: this run has a digest to queue and post.
            extra = fake_discord.add_guild(f"Digest Server {number}")
            digest_channels.append(fake_discord.channel(extra, "general").id)
            add_server(db_path, extra.id, alerts=None, digests=digest_channels[-1])
        mark_all_feeds_due(db_path)
        extra_env = {"VIDRADAR_FAILPOINT": kill.failpoint} if kill.failpoint else {}
        process = await VidradarProcess(["run"], tmp_path, {**env, **extra_env}).start()
        if kill.failpoint:
            reached = await process.wait_for_stderr(f"vidradar-failpoint {kill.point} {kill.count}", 20.0)
            outcome = "reached" if reached else "NOT REACHED"
        else:
            reached = await process.alive_after(kill.delay)
            outcome = "killed while running" if reached else "EXITED EARLY"
        await process.kill()
        outputs.append(process.output)
        log.append(f"run {number}: {kill} {outcome}")
        assert reached, f"{context}\n{log}\n{without_debug(process.output)}"
        assert "Traceback" not in process.output, without_debug(process.output)

    # A last clean run: let everything settle, then stop it with SIGTERM.
    mark_all_feeds_due(db_path)
    final = await VidradarProcess(["run"], tmp_path, env).start()
    done = await final.poll_until(lambda: settled(db_path), timeout=30.0)
    assert await final.terminate() == 0, final.output
    outputs.append(final.output)
    context += "; " + "; ".join(log)
    assert done, context

    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", context
    # Every published entry stored exactly once.
    stored = Counter(row[0] for row in conn.execute("SELECT guid FROM entries"))
    assert set(stored) == world.guids and max(stored.values()) == 1, context
    html_error = conn.execute("SELECT last_error FROM feeds WHERE url = ?", [not_a_feed]).fetchone()[0]
    assert "HTML page" in html_error, html_error
    # Every alert the feeds call for, posted once; nothing else in the alert channel.
    posted_alerts = fake_discord.posts(alerts)
    expected = Counter(world.stories + world.keyword_hits)
    assert max(expected.values()) == 1 and len(world.stories) > FEEDS  # the world really grew
    got = titles(posted_alerts)
    assert got == expected, f"{context}\nposted but not expected: {got - expected}\nmissing: {expected - got}"
    # Every digest channel: its period once (one header), every part once.
    for channel in digest_channels:
        digest_posts = fake_discord.posts(channel)
        assert titles(digest_posts)[DIGEST_TITLE] == 1, (context, channel, titles(digest_posts))
    # Every message is exactly one delivery, every delivery sent, and vice versa.
    posted = posted_alerts + [m for channel in digest_channels for m in fake_discord.posts(channel)]
    markers = Counter(int(marker_of([m["embeds"][-1]["footer"]["text"]])[1:]) for m in posted)
    deliveries = {row[0] for row in conn.execute("SELECT id FROM deliveries")}
    states = Counter(row[0] for row in conn.execute("SELECT state FROM deliveries"))
    assert set(states) == {"sent"}, (context, states)
    assert set(markers) == deliveries and max(markers.values()) == 1, (context, markers.most_common(3))
    digest_refs = conn.execute(
        "SELECT guild_id, count(DISTINCT ref) FROM deliveries WHERE kind = 'digest' GROUP BY guild_id"
    ).fetchall()
    assert len(digest_refs) == len(digest_channels) and {n for _, n in digest_refs} == {1}, context
    conn.close()
    # The token, at DEBUG, through kill -9 and restarts: never printed.
    everything = "\n".join(outputs)
    assert "vidradar-failpoint" in everything and len(everything) > 10_000  # DEBUG output was read
    for secret in (TOKEN, TOKEN.split(".")[-1]):
        assert secret not in everything
    print(f"\n{context}\n{len(posted)} messages, {len(deliveries)} deliveries")


async def test_an_unexpected_crash_after_login_is_one_line_and_prints_no_secret(
    tmp_path, feed_server, fake_discord
) -> None:
    """A bug escaping from start-up after login (a failpoint that raises while the missed
    digest is queued): one `internal error` line, exit 1; at DEBUG the traceback is logged,
    and no line of any of it carries the token."""
    fake_discord.token = TOKEN
    guild = fake_discord.add_guild("Crash Server")
    World(feed_server, random.Random(SEED))  # publishes the feed the digest failpoint needs
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[[feeds]]\nurl = "{feed_server.url("/feed/f0")}"\n')
    db_path = tmp_path / "crash.db"
    open_database(db_path).close()
    add_server(db_path, guild.id, alerts=None, digests=fake_discord.channel(guild, "general").id)
    process = await VidradarProcess(
        ["run"],
        tmp_path,
        {**run_env(fake_discord, feed_server, db_path, feeds_file), "VIDRADAR_FAILPOINT": "digest:1:raise"},
    ).start()
    assert await process.wait() == 1, process.output
    errors = [line for line in process.stderr_lines if line.startswith("vidradar:")]
    assert errors == ["vidradar: internal error: FailpointCrash: failpoint digest 1"], process.output
    assert "Traceback" in process.output and "FailpointCrash" in process.output  # the DEBUG path ran
    assert ("GET", "/api/v10/users/@me") in fake_discord.requests  # logged in before the crash
    for secret in (TOKEN, TOKEN.split(".")[-1]):
        assert secret not in process.output

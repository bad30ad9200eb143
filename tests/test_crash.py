"""kill -9 at seeded moments: `vidradar run` as a subprocess against the fake Discord, fed by the
loopback feed server whose feeds change between runs. It is SIGKILLed at failpoints spread
over fetch, detection, storage, delivery and digests (and at random times), restarted each
time, and at the end:

- the database passes PRAGMA integrity_check;
- every entry the server published is stored exactly once;
- every alert that should exist was delivered exactly once (nonce + reconciliation: the
  fake Discord here keeps no nonce memory at all, so only reconciliation can save a retry);
- no digest period was sent twice.

`make test` runs 5 kills; `make stress` (VIDRADAR_STRESS=1) runs 24. The seed is printed on
failure and can be replayed with VIDRADAR_CRASH_SEED.
"""

from __future__ import annotations

import os
import random
import re
import sqlite3
from collections import Counter
from datetime import timedelta

from feeds.storage.db import open_database
from feeds.timeutil import to_db, utcnow
from tests.feedserver import http_date, rss
from tests.process import VidradarProcess

KILLS = 24 if os.environ.get("VIDRADAR_STRESS") else 5
SEED = int(os.environ.get("VIDRADAR_CRASH_SEED", "20261124"))
POINTS = ("fetched", "detected", "stored", "claimed", "sent", "digest", "random")
VENDOR_ITEMS = [
    "OpenAI launches Sora {n}",
    "Google releases Veo {n} in the Gemini API",
    "Runway launches Gen-{n} for paid plans",
    "Pika {n}.0 is now available to everyone",
    "Luma cuts Ray{n} API prices",
    "Kling {n}.0 arrives in Europe",
    "Amazon delays Nova Reel {n}",
    "MiniMax shuts down Hailuo 0{n}",
    "Midjourney V{n} video model launches",
    "ByteDance open-sources Seedance {n}.5",
    "Alibaba releases Wan {n}.1 weights",
    "Adobe Firefly Video Model {n} is now available",
]
DISTRACTORS = ["iPhone {n} shipping delays", "Nintendo Switch {n} sales", "Heathrow runway {n} closed"]
MARKER = re.compile(r"#(\d+)$")


class World:
    """The feeds as the server publishes them, changing between runs."""

    def __init__(self, feed_server, rng: random.Random) -> None:
        self.server = feed_server
        self.rng = rng
        self.items: dict[str, list[dict]] = {f"f{i}": [] for i in range(6)}
        self.counter = 0
        for name in self.items:
            self.publish(name, 2)

    def publish(self, name: str, count: int) -> None:
        now = utcnow()
        for _ in range(count):
            self.counter += 1
            template = self.rng.choice(VENDOR_ITEMS if self.rng.random() < 0.7 else DISTRACTORS)
            self.items[name].append(
                {
                    "guid": f"{name}-{self.counter}",
                    "title": template.format(n=self.counter % 9 + 1) + f" ({self.counter})",
                    "link": f"https://news.example/{name}/{self.counter}",
                    "pubDate": http_date(now - timedelta(minutes=self.rng.randint(1, 120))),
                }
            )
        self.server.set_feed(name, rss(self.items[name][-40:], title=f"Feed {name}"))

    def change(self) -> None:
        for _ in range(self.rng.randint(1, 4)):
            self.publish(self.rng.choice(list(self.items)), 1)


def mark_all_feeds_due(db_path) -> None:
    """Between runs (the process is dead): poll every feed on the next start."""
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE feeds SET next_due_at = NULL")
    conn.commit()
    conn.close()


async def test_kill_minus_nine_loses_nothing_and_doubles_nothing(tmp_path, feed_server, fake_discord) -> None:
    rng = random.Random(SEED)
    fake_discord.nonce_window = 0  # no nonce deduplication at all: reconciliation must do the work
    guild = fake_discord.add_guild("Crash Server")
    alerts = fake_discord.channel(guild, "alerts").id
    digests = fake_discord.channel(guild, "general").id
    world = World(feed_server, rng)
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(
        "".join(
            f'[[feeds]]\nurl = "{feed_server.url("/feed/" + n)}"\nname = "Feed {n}"\n' for n in world.items
        )
    )
    db_path = tmp_path / "crash.db"
    db = open_database(db_path)
    now = utcnow()
    db.execute(
        """INSERT INTO servers (guild_id, alert_channel_id, digest_channel_id, digest_frequency, digest_time, digest_tz,
           created_at, updated_at) VALUES (?, ?, ?, 'daily', ?, 'UTC', ?, ?)""",
        [guild.id, alerts, digests, (now - timedelta(hours=1)).strftime("%H:%M"), to_db(now), to_db(now)],
    )
    db.execute(
        "INSERT INTO server_watch_terms VALUES (?, 'Switch', 'switch', 'include', ?)", [guild.id, to_db(now)]
    )
    db.close()
    env = {
        "DISCORD_TOKEN": fake_discord.token,
        "DISCORD_API_BASE": fake_discord.api_base,
        "VIDRADAR_DB": str(db_path),
        "VIDRADAR_FEEDS": str(feeds_file),
        "VIDRADAR_URL_ALLOWLIST": feed_server.host_port,
        "VIDRADAR_LOG_LEVEL": "INFO",
    }
    plan = [(rng.choice(POINTS), rng.randint(1, 3)) for _ in range(KILLS)]
    log = []
    for number, (point, count) in enumerate(plan):
        if number:
            world.change()
        mark_all_feeds_due(db_path)
        extra = {} if point == "random" else {"VIDRADAR_FAILPOINT": f"{point}:{count}"}
        process = await VidradarProcess(["run"], tmp_path, {**env, **extra}).start()
        if point == "random":
            reached = False
            await process.wait_for_stderr("never", rng.uniform(2.0, 6.0))
        else:
            reached = await process.wait_for_stderr("vidradar-failpoint", 12.0)
        await process.kill()
        log.append(f"run {number}: {point}:{count} {'reached' if reached else 'killed on timeout'}")
        assert "Traceback" not in process.output, process.output

    # A last clean run: let everything settle, then stop it with SIGTERM.
    mark_all_feeds_due(db_path)
    final = await VidradarProcess(["run"], tmp_path, env).start()
    settled = False
    for _ in range(300):
        await final.wait_for_stderr("never", 0.1)
        conn = sqlite3.connect(db_path)
        busy = conn.execute("""SELECT count(*) FROM deliveries WHERE state IN ('pending', 'sending')
                               OR (state = 'sent' AND edit_pending = 1)""").fetchone()[0]
        unpolled = conn.execute("SELECT count(*) FROM feeds WHERE next_due_at IS NULL").fetchone()[0]
        conn.close()
        if not busy and not unpolled:
            settled = True
            break
    assert await final.terminate() == 0, final.output
    context = f"seed {SEED}: " + "; ".join(log)
    assert settled, context

    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", context
    # Every published entry stored exactly once.
    stored = Counter(row[0] for row in conn.execute("SELECT guid FROM entries"))
    published = {item["guid"] for items in world.items.values() for item in items}
    assert set(stored) == published and max(stored.values()) == 1, context
    # Every delivery went out once, and each message is exactly one delivery.
    deliveries = dict(conn.execute("SELECT id, kind FROM deliveries").fetchall())
    states = Counter(row[0] for row in conn.execute("SELECT state FROM deliveries"))
    assert set(states) == {"sent"}, (context, states)
    posted = [m for channel in (alerts, digests) for m in fake_discord.posts(channel)]
    markers = Counter()
    for message in posted:
        footer = message["embeds"][-1]["footer"]["text"]
        markers[int(MARKER.search(footer).group(1))] += 1
    assert set(markers) == set(deliveries), context
    assert max(markers.values()) == 1, (context, [m for m, n in markers.items() if n > 1])
    # Each alertable story alerted (once, per the markers above).
    stories = {
        r[0] for r in conn.execute("SELECT DISTINCT a.story_id FROM announcements a WHERE a.alertable = 1")
    }
    alerted = {r[0] for r in conn.execute("SELECT story_id FROM deliveries WHERE kind = 'story'")}
    assert stories == alerted, context
    # No digest period twice.
    digest_refs = conn.execute(
        "SELECT ref, count(*) FROM deliveries WHERE kind = 'digest' GROUP BY ref"
    ).fetchall()
    assert len(digest_refs) == 1, (context, digest_refs)
    conn.close()
    print("\n".join([context, f"{len(posted)} messages, {len(deliveries)} deliveries"]))

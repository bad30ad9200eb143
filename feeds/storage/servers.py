"""Per-server settings (``servers``, ``server_feeds``, ``server_watch_terms``, ``server_mutes``)
and the rules a poll cycle applies to each server."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database

from feeds.detect.keywords import WatchTerm
from feeds.storage.visibility import visible_feeds_sql
from feeds.timeutil import to_db

HEADLESS_GUILD = 0  # the webhook destination of headless mode, configured from the environment


@dataclass(frozen=True)
class ServerRule:
    """What one cycle needs to know about a server to decide its alerts."""

    guild_id: int
    channel_id: int | None
    has_destination: bool
    min_score: float
    muted_vendors: frozenset[str]
    muted_events: frozenset[str]
    visible_feeds: frozenset[int]
    notices_channel_id: int | None = None

    def mutes(self, vendors: list[str], event: str) -> str | None:
        """The mute that silences this announcement, if any (any muted vendor counts)."""
        if event in self.muted_events:
            return event
        return next((v for v in vendors if v in self.muted_vendors), None)


@dataclass
class CycleRules:
    """Loaded once at the start of a cycle, so admin changes apply from the next cycle."""

    servers: dict[int, ServerRule] = field(default_factory=dict)
    terms: list[WatchTerm] = field(default_factory=list)

    def seeing(self, feed_id: int) -> list[ServerRule]:
        return [rule for rule in self.servers.values() if feed_id in rule.visible_feeds]


def ensure_server(db: Database, guild_id: int, now: datetime, *, name: str | None = None) -> None:
    """Create the row if missing; a server that comes back is active again."""
    db.execute(
        """INSERT INTO servers (guild_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (guild_id) DO UPDATE SET active = 1, inactive_since = NULL,
             name = coalesce(excluded.name, servers.name), updated_at = excluded.updated_at""",
        [guild_id, name, to_db(now), to_db(now)],
    )


def load_cycle_rules(db: Database, *, headless: bool = False) -> CycleRules:
    """Rules for every active server with somewhere to post (guild 0 only in headless mode)."""
    rules = CycleRules()
    rows = db.query("SELECT * FROM servers WHERE active = 1")
    for row in rows:
        guild = row["guild_id"]
        if guild == HEADLESS_GUILD and not headless:
            continue
        visible = frozenset(r[0] for r in db.execute(visible_feeds_sql(), {"guild": guild}))
        mutes = db.execute("SELECT target, kind FROM server_mutes WHERE guild_id = ?", [guild]).fetchall()
        rules.servers[guild] = ServerRule(
            guild_id=guild,
            channel_id=row["alert_channel_id"],
            has_destination=row["alert_channel_id"] is not None or guild == HEADLESS_GUILD,
            min_score=row["min_score"],
            muted_vendors=frozenset(t for t, kind in mutes if kind == "vendor"),
            muted_events=frozenset(t for t, kind in mutes if kind == "event"),
            visible_feeds=visible,
            notices_channel_id=row["notices_channel_id"] or row["alert_channel_id"],
        )
    if rules.servers:
        marks = ",".join("?" * len(rules.servers))
        rules.terms = [
            WatchTerm(guild_id=r[0], term=r[1], mode=r[2])
            for r in db.execute(
                f"SELECT guild_id, term, mode FROM server_watch_terms WHERE guild_id IN ({marks}) ORDER BY created_at",
                list(rules.servers),
            )
        ]
    return rules

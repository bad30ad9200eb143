"""Per-server settings (``servers``, ``server_feeds``, ``server_watch_terms``, ``server_mutes``),
the rules a poll cycle applies to each server, and what a server's admins change: the feeds it
follows, its alerts (pause, resume, retry, a test alert) and its joins and departures, each
change in one write transaction."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

from sqlite_utils import Database

from feeds.detect.keywords import WatchTerm
from feeds.languages import accepts
from feeds.models import FeedSpec
from feeds.shards import Shards
from feeds.storage import deliveries, feed_records
from feeds.storage.db import write_transaction
from feeds.storage.routes import Route, routes_by_server
from feeds.storage.visibility import visible_feeds_sql
from feeds.timeutil import to_db

if TYPE_CHECKING:  # feeds.storage.digests imports this module
    from feeds.storage.digests import StoredSchedule

HEADLESS_GUILD = 0  # the webhook destination of headless mode, configured from the environment
# Why a feed servers added is disabled once the last of them removed it: a server that adds
# it again enables it (as it does one disabled after failures: /feeds add fetched it).
UNFOLLOWED = feed_records.UNFOLLOWED
# A server's one row per feed, replaced whole (the name goes when a feed is muted).
_REPLACE_SERVER_FEED = """ON CONFLICT (guild_id, feed_id) DO UPDATE SET mode = excluded.mode, name = excluded.name,
           created_at = excluded.created_at"""


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
    languages: frozenset[str] = frozenset()  # ISO 639-1 codes its alerts may be in; empty: all
    routes: tuple[Route, ...] = ()  # where alerts go besides the alert channel (the default)

    def accepts(self, lang: str | None) -> bool:
        """An item in ``lang`` may alert this server (its languages, or every one)."""
        return accepts(self.languages, lang)

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
    feeds: frozenset[int] = frozenset()  # every feed that existed when the rules were read

    def covers(self, feed_id: int) -> bool:
        """The rules were read after the feed was added (else no server would see it yet)."""
        return feed_id in self.feeds

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
    rules = CycleRules(feeds=frozenset(r[0] for r in db.execute("SELECT id FROM feeds")))
    rows = db.query("SELECT * FROM servers WHERE active = 1")
    all_routes = routes_by_server(db)
    for row in rows:
        guild = row["guild_id"]
        if guild == HEADLESS_GUILD and not headless:
            continue
        visible = frozenset(r[0] for r in db.execute(visible_feeds_sql(), {"guild": guild}))
        mutes = db.execute("SELECT target, kind FROM server_mutes WHERE guild_id = ?", [guild]).fetchall()
        rules.servers[guild] = ServerRule(
            guild_id=guild,
            channel_id=row["alert_channel_id"],
            has_destination=row["alert_channel_id"] is not None
            or guild == HEADLESS_GUILD
            or guild in all_routes,
            min_score=row["min_score"],
            muted_vendors=frozenset(t for t, kind in mutes if kind == "vendor"),
            muted_events=frozenset(t for t, kind in mutes if kind == "event"),
            visible_feeds=visible,
            notices_channel_id=row["notices_channel_id"] or row["alert_channel_id"],
            languages=frozenset(stored_languages(row["alert_languages"])),
            routes=all_routes.get(guild, ()),
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


# -- settings an admin changes ------------------------------------------------------------

MAX_FEEDS_PER_SERVER = 50
PURGE_AFTER = timedelta(days=30)


@dataclass(frozen=True)
class ServerSettings:
    """A server's settings row: where alerts and notices go, pause, minimum score, role ping, languages."""

    guild_id: int
    alert_channel_id: int | None
    notices_channel_id: int | None
    paused: bool
    min_score: float
    locale: str
    ping_role_id: int | None
    ping_role_event: str | None
    active: bool
    languages: tuple[str, ...] = ()  # ISO 639-1 codes its alerts may be in; empty: every language

    @property
    def notices_target(self) -> int | None:
        return self.notices_channel_id or self.alert_channel_id


def server_settings(db: Database, guild_id: int) -> ServerSettings | None:
    row = db.execute(
        """SELECT guild_id, alert_channel_id, notices_channel_id, paused, min_score, locale, ping_role_id,
           ping_role_event, active, alert_languages FROM servers WHERE guild_id = ?""",
        [guild_id],
    ).fetchone()
    if row is None:
        return None
    return ServerSettings(
        row[0],
        row[1],
        row[2],
        bool(row[3]),
        row[4],
        row[5],
        row[6],
        row[7],
        bool(row[8]),
        languages=tuple(stored_languages(row[9])),
    )


def stored_languages(value: str | None) -> list[str]:
    """``servers.alert_languages`` as a list of codes (empty: every language)."""
    return value.split() if value else []


def set_alert_languages(db: Database, guild_id: int, languages: Collection[str], now: datetime) -> list[str]:
    """The languages the server's alerts may be in (ISO 639-1 codes, already validated by
    :func:`feeds.languages.parse_languages`); empty: every language. Returns them sorted."""
    chosen = sorted(set(languages))
    _update(db, guild_id, now, alert_languages=" ".join(chosen) or None)
    return chosen


def _update(db: Database, guild_id: int, now: datetime, **values: object) -> None:
    ensure_server(db, guild_id, now)
    assignments = ", ".join(f"{column} = ?" for column in values)
    db.execute(
        f"UPDATE servers SET {assignments}, updated_at = ? WHERE guild_id = ?",
        [*values.values(), to_db(now), guild_id],
    )


def set_alert_channel(db: Database, guild_id: int, channel_id: int, now: datetime) -> None:
    _update(db, guild_id, now, alert_channel_id=channel_id)


def set_notices_channel(db: Database, guild_id: int, channel_id: int, now: datetime) -> None:
    _update(db, guild_id, now, notices_channel_id=channel_id)


def set_locale(db: Database, guild_id: int, locale: str, now: datetime) -> None:
    _update(db, guild_id, now, locale=locale)


def set_paused(db: Database, guild_id: int, paused: bool, now: datetime) -> None:
    _update(db, guild_id, now, paused=int(paused), paused_at=to_db(now) if paused else None)


def set_ping_role(db: Database, guild_id: int, role_id: int | None, event: str | None, now: datetime) -> None:
    _update(db, guild_id, now, ping_role_id=role_id, ping_role_event=event)


# -- a server's alerts --------------------------------------------------------------------


def resume_alerts(db: Database, guild_id: int, now: datetime, max_age: timedelta) -> int:
    """/alerts resume: alerts post again, except those that came due while paused and are now
    older than ``max_age`` (they expire). Returns how many expired."""
    with write_transaction(db):
        set_paused(db, guild_id, False, now)
        return deliveries.expire_paused(db, guild_id, now, max_age)


def retry_failed_alerts(db: Database, guild_id: int, now: datetime) -> int:
    """/alerts retry: the server's failed deliveries go back to pending, alerts to its current
    alert channel. Returns how many."""
    with write_transaction(db):
        settings = server_settings(db, guild_id)
        channel_id = settings.alert_channel_id if settings else None
        return deliveries.retry_failed(db, guild_id, now, channel_id)


def queue_test_alert(db: Database, guild_id: int, request_id: int, now: datetime) -> int | None:
    """/alerts test: a sample alert to the alert channel, queued once per request (its
    interaction id). Returns the channel, or None when the server has none (nothing queued)."""
    with write_transaction(db):
        settings = server_settings(db, guild_id)
        if settings is None or settings.alert_channel_id is None:
            return None
        deliveries.enqueue(
            db,
            guild_id=guild_id,
            channel_id=settings.alert_channel_id,
            kind="test",
            dedup_key=f"test:{guild_id}:{request_id}",
            now=now,
        )
        return settings.alert_channel_id


# -- joins and departures -----------------------------------------------------------------


def remember_server(db: Database, guild_id: int, name: str, locale: str, now: datetime) -> None:
    """The bot is in this server (joined, or seen at start): its row, name and language."""
    with write_transaction(db):
        ensure_server(db, guild_id, now, name=name)
        set_locale(db, guild_id, locale, now)


def forget_departed(
    db: Database, present: Collection[int], now: datetime, shards: Shards | None = None
) -> list[int]:
    """Servers that removed the bot while it was offline (active here, not in ``present``)
    become inactive; returns their ids. With ``shards``, ``present`` is what those shards see:
    the other shards' servers are not judged."""
    with write_transaction(db):
        gone = [
            guild_id
            for guild_id in active_guild_ids(db)
            if guild_id not in present and (shards is None or shards.owns(guild_id))
        ]
        for guild_id in gone:
            mark_inactive(db, guild_id, now)
    return gone


def active_guild_ids(db: Database) -> list[int]:
    """The Discord servers the bot is in, as last seen (the headless destination excluded)."""
    return [r[0] for r in db.execute("SELECT guild_id FROM servers WHERE active = 1 AND guild_id != 0")]


def mark_inactive(db: Database, guild_id: int, now: datetime) -> None:
    """The bot was removed: deliveries stop; settings and history stay for PURGE_AFTER."""
    db.execute(
        "UPDATE servers SET active = 0, inactive_since = ?, updated_at = ? WHERE guild_id = ?",
        [to_db(now), to_db(now), guild_id],
    )


def purge_inactive(db: Database, now: datetime) -> int:
    """Delete servers gone for more than 30 days, with everything that belongs to them (a
    server that comes back starts afresh: no old alert route posts anywhere), and disable the
    feeds that only they followed, as unfollowing them would."""
    gone = [
        r[0]
        for r in db.execute(
            "SELECT guild_id FROM servers WHERE active = 0 AND inactive_since < ?", [to_db(now - PURGE_AFTER)]
        )
    ]
    for guild_id in gone:
        followed = [
            r[0]
            for r in db.execute(
                "SELECT feed_id FROM server_feeds WHERE guild_id = ? AND mode = 'added'", [guild_id]
            )
        ]
        db.execute("DELETE FROM deliveries WHERE guild_id = ?", [guild_id])
        db.execute("DELETE FROM alert_routes WHERE guild_id = ?", [guild_id])
        db.execute(
            "DELETE FROM servers WHERE guild_id = ?", [guild_id]
        )  # cascades to feeds, terms, mutes, matches
        for feed_id in followed:
            _disable_if_unfollowed(db, feed_id, now)
    return len(gone)


def sync_headless_destination(
    db: Database,
    *,
    min_score: float,
    include: list[str],
    exclude: list[str],
    mutes: list[tuple[str, str]],
    now: datetime,
    languages: Collection[str] = (),
) -> None:
    """Headless mode: guild 0's settings are the environment's, replaced at every start."""
    from feeds.detect.keywords import normalise_term

    ensure_server(db, HEADLESS_GUILD, now, name="headless webhook")
    db.execute(
        "UPDATE servers SET min_score = ?, paused = 0, alert_languages = ?, updated_at = ? WHERE guild_id = ?",
        [min_score, " ".join(sorted(set(languages))) or None, to_db(now), HEADLESS_GUILD],
    )
    db.execute("DELETE FROM server_watch_terms WHERE guild_id = ?", [HEADLESS_GUILD])
    db.execute("DELETE FROM server_mutes WHERE guild_id = ?", [HEADLESS_GUILD])
    for mode, terms in (("include", include), ("exclude", exclude)):
        for term in terms:
            text, key = normalise_term(term)
            db.execute(
                """INSERT INTO server_watch_terms (guild_id, term, term_key, mode, created_at) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (guild_id, term_key) DO UPDATE SET term = excluded.term, mode = excluded.mode,
                   created_at = excluded.created_at""",
                [HEADLESS_GUILD, text, key, mode, to_db(now)],
            )
    for kind, target in mutes:
        db.execute(
            "INSERT INTO server_mutes (guild_id, target, kind, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [HEADLESS_GUILD, target, kind, to_db(now)],
        )


# -- a server's own feeds -----------------------------------------------------------------


def add_server_feed(
    db: Database, guild_id: int, feed_id: int, now: datetime, *, name: str | None = None
) -> bool:
    """The server follows the feed (it stays one feed row however many servers add it), under
    ``name`` if given: the server's own name for it, shown to that server only. False when
    it already did (a new name then renames it). Raises InputError at the per-server limit.
    An operator feed keeps the operator's name (every server sees it already)."""
    from feeds.errors import InputError

    ensure_server(db, guild_id, now)
    row = db.execute(
        "SELECT mode FROM server_feeds WHERE guild_id = ? AND feed_id = ?", [guild_id, feed_id]
    ).fetchone()
    if row is not None and row[0] == "added":
        if name is not None:
            db.execute(
                "UPDATE server_feeds SET name = ? WHERE guild_id = ? AND feed_id = ?",
                [name, guild_id, feed_id],
            )
        return False
    count = db.execute(
        "SELECT count(*) FROM server_feeds WHERE guild_id = ? AND mode = 'added'", [guild_id]
    ).fetchone()[0]
    if count >= MAX_FEEDS_PER_SERVER:
        raise InputError(
            "this server already added {limit} feeds (the limit); remove one first",
            code="feeds_limit",
            limit=MAX_FEEDS_PER_SERVER,
        )
    origin = db.execute("SELECT origin FROM feeds WHERE id = ?", [feed_id]).fetchone()[0]
    if origin != "server" and row is not None:  # a muted operator feed: adding it back un-mutes it
        db.execute("DELETE FROM server_feeds WHERE guild_id = ? AND feed_id = ?", [guild_id, feed_id])
        return True
    if origin != "server":
        return False  # operator feeds are seen already
    db.execute(
        f"""INSERT INTO server_feeds (guild_id, feed_id, mode, name, created_at) VALUES (?, ?, 'added', ?, ?)
           {_REPLACE_SERVER_FEED}""",
        [guild_id, feed_id, name, to_db(now)],
    )
    return True


def follow_feed(
    db: Database, guild_id: int, spec: FeedSpec, now: datetime, *, title: str | None = None
) -> bool:
    """/feeds add: the server follows the feed at ``spec.url`` (stored once, whoever adds it),
    under ``spec.name`` (the server's own name for it) if given. ``title`` is the feed's own,
    fetched before adding. False when the server already followed it. A feed disabled because
    no server followed it any more is polled again (:func:`feeds.storage.feed_records.add_feed`)."""
    with write_transaction(db):
        # Fetched and parsed for the preview just now: a server feed disabled after failures
        # works again.
        row, _created = feed_records.add_feed(
            db, spec, now, origin="server", guild_id=guild_id, title=title, fetched=True
        )
        return add_server_feed(db, guild_id, row.id, now, name=spec.name)


EnableOutcome = Literal["unmuted", "enabled", "not_disabled"]


def enable_for_server(db: Database, guild_id: int, feed_id: int, now: datetime) -> EnableOutcome:
    """/feeds enable: an operator feed this server muted is shown to it again, else a disabled
    feed is enabled again (clean slate, due at once). Says which, or that neither applied."""
    with write_transaction(db):
        row = db.execute(
            """SELECT f.disabled, sf.mode FROM feeds f
               LEFT JOIN server_feeds sf ON sf.feed_id = f.id AND sf.guild_id = ? WHERE f.id = ?""",
            [guild_id, feed_id],
        ).fetchone()
        if row is not None and row[1] == "muted":
            unmute_feed(db, guild_id, feed_id)
            return "unmuted"
        if row is not None and row[0]:
            feed_records.enable_feed(db, feed_id, now)
            return "enabled"
        return "not_disabled"


def unmute_feed(db: Database, guild_id: int, feed_id: int) -> None:
    """An operator feed this server had muted: show it to the server again."""
    db.execute(
        "DELETE FROM server_feeds WHERE guild_id = ? AND feed_id = ? AND mode = 'muted'", [guild_id, feed_id]
    )


def _disable_if_unfollowed(db: Database, feed_id: int, now: datetime) -> None:
    """A feed servers added and none follows any more is no longer polled (one disabled
    already keeps its reason)."""
    left = db.execute(
        """SELECT f.origin <> 'server' OR f.disabled = 1
                  OR EXISTS (SELECT 1 FROM server_feeds sf WHERE sf.feed_id = f.id AND sf.mode = 'added')
           FROM feeds f WHERE f.id = ?""",
        [feed_id],
    ).fetchone()
    if left is not None and not left[0]:
        feed_records.disable_feed(db, feed_id, UNFOLLOWED, now)


def remove_server_feed(
    db: Database, guild_id: int, feed_id: int, now: datetime
) -> Literal["removed", "muted"]:
    """A feed the server added: unfollow it (disabled once no server follows it). An operator
    feed: mute it for this server. Returns "removed" or "muted"."""
    origin = db.execute("SELECT origin FROM feeds WHERE id = ?", [feed_id]).fetchone()[0]
    if origin == "server":
        db.execute(
            "DELETE FROM server_feeds WHERE guild_id = ? AND feed_id = ? AND mode = 'added'",
            [guild_id, feed_id],
        )
        _disable_if_unfollowed(db, feed_id, now)
        return "removed"
    ensure_server(db, guild_id, now)
    db.execute(
        f"""INSERT INTO server_feeds (guild_id, feed_id, mode, created_at) VALUES (?, ?, 'muted', ?)
           {_REPLACE_SERVER_FEED}""",
        [guild_id, feed_id, to_db(now)],
    )
    return "muted"


# -- digests ---------------------------------------------------------------------------------


def digest_channel(db: Database, guild_id: int) -> int | None:
    row = db.execute("SELECT digest_channel_id FROM servers WHERE guild_id = ?", [guild_id]).fetchone()
    return row[0] if row else None


def last_digest_period(db: Database, guild_id: int) -> str | None:
    """The key of the last digest period queued for this server."""
    row = db.execute("SELECT last_digest_period FROM servers WHERE guild_id = ?", [guild_id]).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class DigestWatermark:
    """The last report, and the server's last keyword match, stored when its digest was read:
    the next digest also lists those stored after it (published before its own period)."""

    report: int = 0
    keyword_match: int = 0


def last_digest_watermark(db: Database, guild_id: int) -> DigestWatermark | None:
    """Where the server's last digest was read up to (None: no digest recorded one)."""
    row = db.execute(
        "SELECT last_digest_watermark, last_digest_keyword_watermark FROM servers WHERE guild_id = ?",
        [guild_id],
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return DigestWatermark(report=row[0], keyword_match=row[1] or 0)


def set_last_digest_period(
    db: Database, guild_id: int, period: str, now: datetime, watermark: DigestWatermark | None = None
) -> None:
    _update(
        db,
        guild_id,
        now,
        last_digest_period=period,
        last_digest_watermark=watermark.report if watermark else None,
        last_digest_keyword_watermark=watermark.keyword_match if watermark else None,
    )


def set_digest_channel(db: Database, guild_id: int, channel_id: int | None, now: datetime) -> None:
    _update(db, guild_id, now, digest_channel_id=channel_id)


def set_digest_schedule(db: Database, guild_id: int, schedule: StoredSchedule | None, now: datetime) -> None:
    """A schedule (:class:`feeds.service.digest_plan.DigestSchedule`), or None to turn digests off."""
    if schedule is None:
        _update(db, guild_id, now, digest_frequency="off")
        return
    _update(
        db,
        guild_id,
        now,
        digest_frequency=schedule.frequency,
        digest_time=schedule.at.strftime("%H:%M"),
        digest_weekday=schedule.weekday,
        digest_tz=schedule.tz,
    )


@dataclass(frozen=True)
class DigestTarget:
    """A server whose digest the scheduler plans: where it goes, its stored schedule, its locale."""

    guild_id: int
    channel_id: int | None  # None: the headless webhook
    frequency: str
    time: str
    weekday: int | None
    tz: str
    locale: str


def digest_targets(db: Database, *, headless: bool) -> list[DigestTarget]:
    """Active servers with a digest schedule and somewhere to post it."""
    rows = db.query(
        """SELECT guild_id, coalesce(digest_channel_id, alert_channel_id) AS channel, digest_frequency, digest_time,
                  digest_weekday, digest_tz, locale
           FROM servers WHERE active = 1 AND digest_frequency != 'off' AND digest_time IS NOT NULL"""
    )
    targets = []
    for r in rows:
        if r["guild_id"] == HEADLESS_GUILD and not headless:
            continue
        if r["guild_id"] != HEADLESS_GUILD and r["channel"] is None:
            continue
        targets.append(
            DigestTarget(
                r["guild_id"],
                r["channel"] if r["guild_id"] != HEADLESS_GUILD else None,
                r["digest_frequency"],
                r["digest_time"],
                r["digest_weekday"],
                r["digest_tz"],
                r["locale"],
            )
        )
    return targets

"""Per-server watch terms, mutes, minimum score and alert languages (``/watch`` and ``vidradar watch``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlite_utils import Database

from feeds.detect.keywords import MAX_TERMS_PER_SERVER, normalise_term
from feeds.errors import InputError
from feeds.languages import parse_languages
from feeds.models import EVENT_TYPES
from feeds.storage.dialect import json_has, json_table
from feeds.storage.servers import ensure_server, set_alert_languages, stored_languages
from feeds.timeutil import to_db


@dataclass(frozen=True)
class WatchSettings:
    """A server's watch rules: watched and excluded terms, mutes, minimum score, alert languages."""

    include: list[str]
    exclude: list[str]
    muted_vendors: list[str]
    muted_events: list[str]
    min_score: float
    languages: list[str] = field(default_factory=list)  # ISO 639-1 codes; empty: every language


def add_term(db: Database, guild_id: int, term: str, mode: str, now: datetime) -> str:
    """Add a term in ``mode`` (include or exclude: anything else is an InputError); returns the
    stored spelling. A term that is already watched (however it is spelt: "Sörä" is "Sora")
    keeps its spelling and mode: asking for the other mode is refused, since flipping it
    silently would turn alerts on or off unnoticed."""
    if mode not in ("include", "exclude"):
        raise InputError("mode must be include or exclude", code="mode_invalid")
    text, key = normalise_term(term)
    ensure_server(db, guild_id, now)
    existing = db.execute(
        "SELECT term, mode FROM server_watch_terms WHERE guild_id = ? AND term_key = ?", [guild_id, key]
    ).fetchone()
    if existing is not None:
        return _same_term(text, existing[0], existing[1], mode)
    count = db.execute("SELECT count(*) FROM server_watch_terms WHERE guild_id = ?", [guild_id]).fetchone()[0]
    if count >= MAX_TERMS_PER_SERVER:
        raise InputError(
            "this server already watches {limit} terms (the limit); remove one first",
            code="terms_limit",
            limit=MAX_TERMS_PER_SERVER,
        )
    db.execute(
        "INSERT INTO server_watch_terms (guild_id, term, term_key, mode, created_at) VALUES (?, ?, ?, ?, ?)",
        [guild_id, text, key, mode, to_db(now)],
    )
    return text


def _same_term(text: str, watched: str, watched_mode: str, mode: str) -> str:
    """Adding a term already watched: nothing to do in the same mode, refused in the other."""
    if watched_mode != mode:
        raise InputError(
            "{term!r} is already watched as {watched!r} ({mode}); remove it first to watch it as {wanted}",
            code="term_mode_conflict",
            term=text,
            watched=watched,
            mode=watched_mode,
            wanted=mode,
        )
    return watched


def remove_term(db: Database, guild_id: int, term: str) -> str:
    text, key = normalise_term(term)
    row = db.execute(
        "SELECT term FROM server_watch_terms WHERE guild_id = ? AND term_key = ?", [guild_id, key]
    ).fetchone()
    if row is None:
        raise InputError("{term!r} is not a watched term here", code="term_not_watched", term=text)
    db.execute("DELETE FROM server_watch_terms WHERE guild_id = ? AND term_key = ?", [guild_id, key])
    return str(row[0])


def mute_kind(target: str, vendor_slugs: list[str]) -> tuple[str, str]:
    """("vendor"|"event", normalised target) or InputError listing what is accepted."""
    value = target.strip().lower()
    if value in EVENT_TYPES:
        return "event", value
    if value in vendor_slugs:
        return "vendor", value
    raise InputError(
        "unknown vendor or event {target!r}; events: {events}; vendors: {vendors}, … (the watchlist's, "
        "or a maker in the news)",
        code="mute_unknown",
        target=target,
        events=", ".join(EVENT_TYPES),
        vendors=", ".join(vendor_slugs[:5]),
    )


def mute(db: Database, guild_id: int, target: str, vendor_slugs: list[str], now: datetime) -> str:
    """Mute a vendor of the watchlist (``vendor_slugs``), a maker outside it that a stored
    story names (feeds/detect/makers.py: "kakao"), or an event type; returns it normalised."""
    value = target.strip().lower()
    if value not in vendor_slugs and value not in EVENT_TYPES and _in_the_news(db, value):
        vendor_slugs = [*vendor_slugs, value]
    kind, value = mute_kind(target, vendor_slugs)
    ensure_server(db, guild_id, now)
    db.execute(
        "INSERT INTO server_mutes (guild_id, target, kind, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [guild_id, value, kind, to_db(now)],
    )
    return value


def _in_the_news(db: Database, vendor: str) -> bool:
    """A stored story names ``vendor`` (a maker the watchlist does not know has one once its
    news was read)."""
    found = db.execute(
        f"SELECT 1 FROM stories WHERE {json_has(db, 'stories.vendors', '?')} LIMIT 1", [vendor]
    )
    return found.fetchone() is not None


def vendors_in_the_news(db: Database, needle: str, limit: int) -> list[str]:
    """Vendors stored stories name whose slug holds ``needle``, sorted, at most ``limit``: what
    ``/watch mute`` offers beside the watchlist's vendors."""
    rows = db.execute(
        f"""SELECT DISTINCT v.value FROM stories, {json_table(db, "stories.vendors", "v")}
            WHERE v.value LIKE ? ORDER BY v.value LIMIT ?""",
        [f"%{needle.strip().lower()}%", limit],
    )
    return [str(row[0]) for row in rows]


def unmute(db: Database, guild_id: int, target: str) -> str:
    value = target.strip().lower()
    cursor = db.conn.execute("DELETE FROM server_mutes WHERE guild_id = ? AND target = ?", [guild_id, value])
    if not cursor.rowcount:
        raise InputError("{target!r} is not muted here", code="not_muted", target=target)
    return value


def set_min_score(db: Database, guild_id: int, value: float, now: datetime) -> float:
    if not 0.0 <= value <= 1.0:
        raise InputError("the minimum score is a number from 0.0 to 1.0", code="min_score_range")
    ensure_server(db, guild_id, now)
    db.execute(
        "UPDATE servers SET min_score = ?, updated_at = ? WHERE guild_id = ?", [value, to_db(now), guild_id]
    )
    return value


def watch_settings(db: Database, guild_id: int) -> WatchSettings:
    terms = db.execute(
        "SELECT term, mode FROM server_watch_terms WHERE guild_id = ? ORDER BY lower(term), term",
        [guild_id],
    ).fetchall()
    mutes = db.execute(
        "SELECT target, kind FROM server_mutes WHERE guild_id = ? ORDER BY target", [guild_id]
    ).fetchall()
    row = db.execute(
        "SELECT min_score, alert_languages FROM servers WHERE guild_id = ?", [guild_id]
    ).fetchone()
    return WatchSettings(
        include=[t for t, m in terms if m == "include"],
        exclude=[t for t, m in terms if m == "exclude"],
        muted_vendors=[t for t, k in mutes if k == "vendor"],
        muted_events=[t for t, k in mutes if k == "event"],
        min_score=row[0] if row else 0.5,
        languages=stored_languages(row[1]) if row else [],
    )


def set_languages(db: Database, guild_id: int, codes: str, now: datetime) -> list[str]:
    """/watch languages: the languages the server's alerts may be in, from ``codes`` (ISO
    639-1 codes such as "en fr", or "all"; anything else is an InputError). Returns them
    sorted; empty: every language."""
    return set_alert_languages(db, guild_id, parse_languages(codes), now)

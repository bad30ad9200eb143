"""Alert routes: where a server's alerts go, by vendor, product, event, language and score.

A server's alert channel (``/alerts channel``) is its default route: it receives the alerts no
route caught. Each route names a channel (a text or announcement channel, a thread, or a forum)
and optional filters; an alert goes once to every route whose filters all match it, and once
per channel (two routes to one channel make one post). Pure matching lives here with the rows
so that the cycle's rules and ``/alerts route list`` read the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlite_utils import Database

from feeds.errors import InputError
from feeds.storage.dialect import same
from feeds.timeutil import to_db

MAX_ROUTES_PER_SERVER = 25
Target = Literal["channel", "forum"]


@dataclass(frozen=True)
class Route:
    """One route. ``target`` is how to post: in the channel (a text or announcement channel,
    or a thread), or one forum post per story; ``thread_per_story`` opens a thread from each
    alert in a text channel, where later coverage goes."""

    id: int
    guild_id: int
    channel_id: int
    target: Target = "channel"
    thread_per_story: bool = False
    vendor: str | None = None
    product: str | None = None
    event: str | None = None
    language: str | None = None
    min_score: float | None = None
    ping_role_id: int | None = None

    def matches(
        self, *, vendors: list[str], products: list[str], events: list[str], lang: str | None, score: float
    ) -> bool:
        """Every filter the route sets holds for the item (a product filter takes the family:
        "sora" takes "sora-2-pro")."""
        if self.vendor and self.vendor not in vendors:
            return False
        if self.product and not any(p == self.product or p.startswith(self.product + "-") for p in products):
            return False
        if self.event and self.event not in events:
            return False
        if self.language and (lang or "").split("-")[0].lower() != self.language:
            return False
        return self.min_score is None or score >= self.min_score

    @property
    def how(self) -> str:
        """How a delivery of this route is posted (``deliveries.target``)."""
        if self.target == "forum":
            return "forum"
        return "thread_per_story" if self.thread_per_story else "channel"


@dataclass(frozen=True)
class RouteSpec:
    """A route as an admin asks for it (validated by the command, stored as is)."""

    channel_id: int
    target: Target = "channel"
    thread_per_story: bool = False
    vendor: str | None = None
    product: str | None = None
    event: str | None = None
    language: str | None = None
    min_score: float | None = None
    ping_role_id: int | None = None


_COLUMNS = "id, guild_id, channel_id, target, thread_per_story, vendor, product, event, language, min_score, ping_role_id"


def _route(row: tuple[Any, ...]) -> Route:
    return Route(
        id=row[0],
        guild_id=row[1],
        channel_id=row[2],
        target=row[3],
        thread_per_story=bool(row[4]),
        vendor=row[5],
        product=row[6],
        event=row[7],
        language=row[8],
        min_score=row[9],
        ping_role_id=row[10],
    )


def add_route(db: Database, guild_id: int, spec: RouteSpec, now: datetime) -> Route:
    """Store a route; refused (InputError) past :data:`MAX_ROUTES_PER_SERVER` or when the same
    channel and filters are routed already."""
    (count,) = db.execute("SELECT count(*) FROM alert_routes WHERE guild_id = ?", [guild_id]).fetchone()
    if count >= MAX_ROUTES_PER_SERVER:
        raise InputError(
            "this server has {count} routes, the most it can have; remove one first",
            code="routes_limit",
            count=count,
        )
    existing = db.execute(
        f"""SELECT id FROM alert_routes WHERE guild_id = ? AND channel_id = ? AND vendor {same(db)} ?
           AND product {same(db)} ? AND event {same(db)} ? AND language {same(db)} ? AND min_score {same(db)} ?""",
        [guild_id, spec.channel_id, spec.vendor, spec.product, spec.event, spec.language, spec.min_score],
    ).fetchone()
    if existing:
        raise InputError(
            "route {route} already sends these alerts to that channel", code="route_exists", route=existing[0]
        )
    cursor = db.conn.execute(
        """INSERT INTO alert_routes (guild_id, channel_id, target, thread_per_story, vendor, product, event,
           language, min_score, ping_role_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            guild_id,
            spec.channel_id,
            spec.target,
            int(spec.thread_per_story),
            spec.vendor,
            spec.product,
            spec.event,
            spec.language,
            spec.min_score,
            spec.ping_role_id,
            to_db(now),
        ],
    )
    return _route(
        db.execute(f"SELECT {_COLUMNS} FROM alert_routes WHERE id = ?", [cursor.lastrowid]).fetchone()
    )


def server_routes(db: Database, guild_id: int) -> list[Route]:
    return [
        _route(row)
        for row in db.execute(
            f"SELECT {_COLUMNS} FROM alert_routes WHERE guild_id = ? ORDER BY id", [guild_id]
        )
    ]


def routes_by_server(db: Database) -> dict[int, tuple[Route, ...]]:
    """Every server's routes, for one cycle's rules."""
    found: dict[int, list[Route]] = {}
    for row in db.execute(f"SELECT {_COLUMNS} FROM alert_routes ORDER BY id"):
        route = _route(row)
        found.setdefault(route.guild_id, []).append(route)
    return {guild: tuple(routes) for guild, routes in found.items()}


def remove_route(db: Database, guild_id: int, route_id: int) -> Route:
    """Delete one of the server's routes (its queued alerts still go out); InputError if unknown."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM alert_routes WHERE id = ? AND guild_id = ?", [route_id, guild_id]
    ).fetchone()
    if row is None:
        raise InputError(
            "this server has no route {route} (see /alerts route list)", code="route_unknown", route=route_id
        )
    db.execute("DELETE FROM alert_routes WHERE id = ?", [route_id])
    return _route(row)

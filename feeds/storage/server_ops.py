"""Discord servers: settings, channels, watch terms and mutes, the feeds each follows, joins and departures.

Part of :class:`~feeds.storage.store.Store`, the database's one front door.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Literal

from feeds.models import FeedSpec
from feeds.shards import Shards
from feeds.storage import routes, servers, views, watch
from feeds.storage.bridge import DatabaseThreads
from feeds.storage.routes import Route, RouteSpec
from feeds.storage.servers import EnableOutcome, ServerSettings
from feeds.storage.views import FeedHealth, ServerStatus
from feeds.storage.watch import WatchSettings


class ServerOps(DatabaseThreads):
    """Async operations on the writer or reader thread; each returns models, never rows."""

    # -- settings ------------------------------------------------------------------------

    async def server_settings(self, guild_id: int) -> ServerSettings | None:
        """A server's settings, or None for a server the bot has never stored."""
        return await self.read(servers.server_settings, guild_id)

    async def server_status(self, guild_id: int) -> ServerStatus:
        """/alerts status and /vidradar status: the server's feeds, the last cycle, its deliveries."""
        return await self.read(views.server_status, guild_id)

    async def set_alert_channel(self, guild_id: int, channel_id: int, now: datetime) -> None:
        """Where the server's alerts are posted."""
        await self.write_in_transaction(servers.set_alert_channel, guild_id, channel_id, now)

    async def set_notices_channel(self, guild_id: int, channel_id: int, now: datetime) -> None:
        """Where the server's admin notices go (instead of the alert channel)."""
        await self.write_in_transaction(servers.set_notices_channel, guild_id, channel_id, now)

    async def set_ping_role(
        self, guild_id: int, role_id: int | None, event: str | None, now: datetime
    ) -> None:
        """The role alerts mention (for one event type only when ``event`` is given); None: none."""
        await self.write_in_transaction(servers.set_ping_role, guild_id, role_id, event, now)

    # -- routes --------------------------------------------------------------------------

    async def add_route(self, guild_id: int, spec: RouteSpec, now: datetime) -> Route:
        """Store one of the server's routes (InputError: too many, or the same one exists)."""
        return await self.write_in_transaction(routes.add_route, guild_id, spec, now)

    async def server_routes(self, guild_id: int) -> list[Route]:
        """The server's routes, oldest first (/alerts route list and its autocomplete)."""
        return await self.read(routes.server_routes, guild_id)

    async def remove_route(self, guild_id: int, route_id: int) -> Route:
        """Delete one of the server's routes; InputError when it has no such route."""
        return await self.write_in_transaction(routes.remove_route, guild_id, route_id)

    # -- alerts --------------------------------------------------------------------------

    async def pause_alerts(self, guild_id: int, now: datetime) -> None:
        """The server's alerts wait (queued, not posted) until it resumes them."""
        await self.write_in_transaction(servers.set_paused, guild_id, True, now)

    async def resume_alerts(self, guild_id: int, now: datetime, max_age: timedelta) -> int:
        """Alerts post again; those older than ``max_age`` expire. Returns how many expired."""
        return await self.write(servers.resume_alerts, guild_id, now, max_age)

    async def retry_failed_alerts(self, guild_id: int, now: datetime) -> int:
        """The server's failed deliveries go out again (alerts to its current channel); how many."""
        return await self.write(servers.retry_failed_alerts, guild_id, now)

    async def queue_test_alert(self, guild_id: int, request_id: int, now: datetime) -> int | None:
        """A sample alert, once per request; its channel, or None when the server has no alert channel."""
        return await self.write(servers.queue_test_alert, guild_id, request_id, now)

    # -- the feeds a server follows -------------------------------------------------------

    async def server_feeds(self, guild_id: int) -> list[FeedHealth]:
        """The feeds the server sees with their health, plus operator feeds it muted."""
        return await self.read(views.server_feeds, guild_id)

    async def follow_feed(
        self, guild_id: int, spec: FeedSpec, now: datetime, *, title: str | None = None
    ) -> bool:
        """The server follows ``spec.url`` under ``spec.name``; False when it already did."""
        return await self.write(servers.follow_feed, guild_id, spec, now, title=title)

    async def remove_server_feed(
        self, guild_id: int, feed_id: int, now: datetime
    ) -> Literal["removed", "muted"]:
        """The server stops following a feed it added, or mutes an operator feed."""
        return await self.write_in_transaction(servers.remove_server_feed, guild_id, feed_id, now)

    async def enable_for_server(self, guild_id: int, feed_id: int, now: datetime) -> EnableOutcome:
        """Unmute an operator feed the server muted, else re-enable a disabled feed; says which."""
        return await self.write(servers.enable_for_server, guild_id, feed_id, now)

    # -- what a server watches ------------------------------------------------------------

    async def watch_settings(self, guild_id: int) -> WatchSettings:
        """The server's watch terms, mutes, minimum score and alert languages, as in force."""
        return await self.read(watch.watch_settings, guild_id)

    async def add_watch_term(self, guild_id: int, term: str, mode: str, now: datetime) -> str:
        """Watch ``term`` (mode include or exclude); returns the spelling stored."""
        return await self.write_in_transaction(watch.add_term, guild_id, term, mode, now)

    async def remove_watch_term(self, guild_id: int, term: str) -> str:
        """Stop watching ``term`` (however it is spelt); returns the spelling that was stored."""
        return await self.write_in_transaction(watch.remove_term, guild_id, term)

    async def mute_target(self, guild_id: int, target: str, vendor_slugs: list[str], now: datetime) -> str:
        """Mute a vendor (of ``vendor_slugs``, or a maker a stored story names) or an event
        type for the server; returns it normalised."""
        return await self.write_in_transaction(watch.mute, guild_id, target, vendor_slugs, now)

    async def vendors_in_the_news(self, needle: str, limit: int = 25) -> list[str]:
        """Vendors stored stories name (makers outside the watchlist too) that hold ``needle``."""
        return await self.read(watch.vendors_in_the_news, needle, limit)

    async def unmute_target(self, guild_id: int, target: str) -> str:
        """Lift a mute of a vendor or an event type; returns it normalised."""
        return await self.write_in_transaction(watch.unmute, guild_id, target)

    async def set_min_score(self, guild_id: int, value: float, now: datetime) -> float:
        """The score from which the server is alerted (0.0 to 1.0); returns it."""
        return await self.write_in_transaction(watch.set_min_score, guild_id, value, now)

    async def set_alert_languages(self, guild_id: int, codes: str, now: datetime) -> list[str]:
        """The languages the server's alerts may be in, from ISO 639-1 codes ("en fr") or
        "all"; returns them sorted (empty: every language). A bad code is an InputError."""
        return await self.write_in_transaction(watch.set_languages, guild_id, codes, now)

    # -- joins and departures --------------------------------------------------------------

    async def remember_server(self, guild_id: int, name: str, locale: str, now: datetime) -> None:
        """The bot is in this server (joined, or seen at start): its row, name and language."""
        await self.write(servers.remember_server, guild_id, name, locale, now)

    async def forget_departed_servers(
        self, present: Collection[int], now: datetime, shards: Shards | None = None
    ) -> list[int]:
        """Servers that removed the bot while it was offline become inactive; returns their ids.
        ``present``: the servers the process's ``shards`` see (default: the whole bot)."""
        return await self.write(servers.forget_departed, present, now, shards)

    async def mark_server_left(self, guild_id: int, now: datetime) -> None:
        """The bot was removed from the server: deliveries stop, settings stay for a while."""
        await self.write(servers.mark_inactive, guild_id, now)

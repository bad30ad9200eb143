"""One poller's share of a cycle: the feeds it holds leases on, claimed a few at a time.

Several pollers (``vidradar poll --daemon`` processes, bot processes with polling on) may
share one database. Each claims due feeds in small batches as its fetch slots free up, so
every poller takes part instead of the first one claiming everything; each holds a lease on
what it claimed, renewed while the feed's fetch, parse and store run, and given back when
the cycle ends. A lease lasts ``2 × VIDRADAR_FETCH_TIMEOUT``: a poller that dies (kill -9,
power cut) stops renewing, and its feeds are claimed by another poller once the lease runs
out, or at once by a poller on the same host that finds the process gone. Clocks of pollers
on different machines must agree (NTP) to well under that.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from types import TracebackType
from typing import Self

from feeds.errors import StorageError
from feeds.storage.feed_records import FeedRow, host_of
from feeds.storage.store import Store

log = logging.getLogger(__name__)

RENEW_CHUNK = 500  # feeds per renewal statement (well under SQLite's bound on parameters)


def _machine() -> str:
    """Where a process id means something: the host name and the process-id namespace (two
    containers may share a host name, never a pid namespace)."""
    try:
        namespace = os.readlink("/proc/self/ns/pid").removeprefix("pid:")
    except OSError:  # not Linux: the host name alone
        namespace = ""
    return f"{socket.gethostname()}{namespace}"


def lease_owner() -> str:
    """A name no other poller has, readable in the database: machine, process, random suffix
    (two pollers in one process, or a pid reused after a restart, still differ)."""
    return f"{_machine()}/{os.getpid()}/{secrets.token_hex(3)}"


def owner_gone(owner: str) -> bool:
    """The owner is a process of this machine (same host, same pid namespace) that no longer
    runs (killed, crashed): its leases can go at once instead of at their expiry. Owners
    elsewhere are never judged; a pid reused by another process only makes this wait for the
    lease to run out."""
    machine, _, rest = owner.partition("/")
    pid = rest.partition("/")[0]
    if machine != _machine() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:  # exists, owned by another user
        return False
    return False


def lease_length(fetch_timeout: timedelta) -> timedelta:
    """How long a claim holds a feed without renewal: twice the fetch timeout."""
    return 2 * fetch_timeout


class FeedClaims:
    """The leases one poller holds during one cycle (``async with``): claims, renewal every
    quarter of the lease while anything is held, and release of everything on the way out."""

    def __init__(self, store: Store, owner: str, lease: timedelta, clock: Callable[[], datetime]) -> None:
        self.store = store
        self.owner = owner
        self.lease = lease
        self.clock = clock
        self.held: dict[int, str] = {}  # claimed, not yet recorded: feed id -> host
        self._per_host: Counter[str] = Counter()
        self._renewal: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Self:
        # What this poller still holds from a cycle whose release failed, and what pollers of
        # this machine that are gone still hold.
        await self.store.release_leases(self.owner)
        await self._release_abandoned()
        self._renewal = asyncio.create_task(self._renew_forever(), name="vidradar-lease-renewal")
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._renewal is not None:
            self._renewal.cancel()
            await asyncio.gather(self._renewal, return_exceptions=True)
        try:
            await self.store.release_leases(self.owner)
        except StorageError as error:  # they expire on their own
            log.warning("feed leases not released (they expire within %s): %s", self.lease, error)
        self.held.clear()
        self._per_host.clear()

    async def claim(
        self,
        limit: int,
        *,
        due_by: datetime | None = None,
        feed_ids: list[int] | None = None,
        exclude: list[int] | None = None,
        per_host: int | None = None,
        full_hosts: list[str] | None = None,
    ) -> list[FeedRow]:
        """Up to ``limit`` feeds due by ``due_by`` that nobody holds (or those of
        ``feed_ids``), now held. With ``per_host``: at most that many of one host, none of
        ``full_hosts``."""
        now = self.clock()
        claimed = await self.store.claim_feeds(
            self.owner,
            now,
            now + self.lease,
            limit=limit,
            due_by=due_by,
            feed_ids=feed_ids,
            exclude=exclude or (),
            per_host=per_host,
            full_hosts=full_hosts or (),
        )
        for feed in claimed:
            self.held[feed.id] = host_of(feed.url)
            self._per_host[self.held[feed.id]] += 1
        return claimed

    def full_hosts(self, per_host: int) -> list[str]:
        """Hosts of which this poller has ``per_host`` feeds in hand: their connections are
        all in use, so more of their feeds would only queue."""
        return [host for host, count in self._per_host.items() if count >= per_host]

    def recorded(self, feed_id: int) -> None:
        """The feed's fetch is recorded (that cleared its lease) or abandoned for this cycle
        (its lease is released with the others at the end)."""
        host = self.held.pop(feed_id, None)
        if host is not None:
            self._per_host[host] -= 1

    async def _release_abandoned(self) -> None:
        """Leases of a poller on this host that is gone (a restart after kill -9 finds its
        predecessor's) are released now rather than when they run out."""
        for owner in await self.store.lease_holders(self.clock()):
            if owner != self.owner and owner_gone(owner):
                released = await self.store.release_leases(owner)
                log.info("released %d feed leases of %s, a poller that is gone", released, owner)

    async def _renew_forever(self) -> None:
        every = self.lease.total_seconds() / 4
        while True:
            await asyncio.sleep(every)
            if not self.held:
                continue
            held = sorted(self.held)
            try:
                for start in range(0, len(held), RENEW_CHUNK):
                    await self.store.renew_leases(
                        self.owner, held[start : start + RENEW_CHUNK], self.clock() + self.lease
                    )
            except Exception as error:  # the next renewal may pass; at worst a feed is fetched twice
                log.warning("feed leases not renewed: %s", error)

"""HTTP fetching of feeds (aiohttp): polite, bounded, guarded.

- Conditional GET (If-None-Match / If-Modified-Since); a 304 costs no parsing.
- Bounded: global and per-host connection limits, connect/read/total timeouts, a body cap
  counted on the *decompressed* bytes (so a gzip bomb stops at the cap too).
- Waiting for a turn under those limits is not the feed's fault: the timeout starts once a
  fetch has its turn, and the wait is bounded on its own (``queue_timeout``, by default
  ``QUEUE_TIMEOUT_FACTOR`` times the timeout; past it: :class:`HostBusy`). Sixty healthy feeds
  on one host (YouTube, Substack) queue; they do not time out.
- Redirects followed by hand (at most 5, loops detected) so each hop is checked by the SSRF
  guard and a chain of permanent redirects can move the stored URL. Hosts are judged as
  aiohttp connects to them (yarl's IDNA-mapped ``raw_host``), and the connector checks again.
- 429/503 carry Retry-After back to the scheduler; 410 Gone is permanent.

The session is created by :func:`make_session` and passed in: tests and the poller share
one connection pool per cycle.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urljoin, urlsplit
from weakref import WeakKeyDictionary

import aiohttp
from aiohttp.abc import AbstractResolver
from selectolax.lexbor import LexborHTMLParser
from yarl import URL

from feeds.config import Settings
from feeds.errors import FetchError, HostBusy, TooLarge, URLRefused, first_line, readable
from feeds.fetch.netguard import AddressPolicy, AddressRefusedError, GuardedConnector, check_literal_host
from feeds.fetch.schedule import parse_retry_after
from feeds.models import FetchResult
from feeds.timeutil import utcnow

MAX_REDIRECTS = 5
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
_CHUNK = 64 * 1024
_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # a byte that was not UTF-8, as surrogateescape keeps it
_REDIRECTS = (301, 302, 303, 307, 308)
# Default queue bound, in timeouts: 10 x 30 s = 5 minutes, in which one host at 2 requests at
# once and ~1 s a feed serves some 600 feeds. Generous on purpose: it only catches a host
# that stays stuck, and what it catches is skipped, not failed.
QUEUE_TIMEOUT_FACTOR = 10

HostKey = tuple[str, str, int]  # scheme, host as aiohttp connects to it (IDNA-mapped), port


@dataclass(frozen=True)
class FetchSettings:
    """How feeds are fetched: user agent, SSRF policy, size cap, timeouts and concurrency."""

    user_agent: str
    policy: AddressPolicy
    max_bytes: int = 10 * 1024 * 1024
    total_timeout: timedelta = timedelta(seconds=30)
    connect_timeout: timedelta = timedelta(seconds=10)
    concurrency: int = 32
    per_host: int = 2
    # How long a fetch may wait for its turn before giving up with HostBusy; None: the
    # timeout times QUEUE_TIMEOUT_FACTOR. The wait never counts against total_timeout.
    queue_timeout: timedelta | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchSettings:
        """The operator's fetch settings (user agent, SSRF policy, limits, timeouts)."""
        return cls(
            user_agent=settings.user_agent,
            policy=AddressPolicy.from_settings(settings.allow_private_urls, settings.url_allowlist),
            max_bytes=settings.max_feed_bytes,
            total_timeout=settings.fetch_timeout,
            connect_timeout=settings.connect_timeout,
            concurrency=settings.concurrency,
            per_host=settings.per_host_concurrency,
        )

    @property
    def read_stall(self) -> timedelta:
        """How long a response may send nothing before it is cut (twice the connect timeout)."""
        return 2 * self.connect_timeout

    @property
    def queue_limit(self) -> timedelta:
        if self.queue_timeout is not None:
            return self.queue_timeout
        return self.total_timeout * QUEUE_TIMEOUT_FACTOR


def make_session(settings: FetchSettings, resolver: AbstractResolver | None = None) -> aiohttp.ClientSession:
    """One pool for a cycle: limits, timeouts, the guarded connector, our User-Agent.
    ``resolver`` replaces the system resolver *under* the guard (the guard always applies).
    aiohttp's own limits stay as a backstop; :func:`fetch_feed` queues before them."""
    connector = GuardedConnector(
        settings.policy,
        resolver,
        limit=settings.concurrency,
        limit_per_host=settings.per_host,
        ttl_dns_cache=300,
    )
    timeout = aiohttp.ClientTimeout(
        total=settings.total_timeout.total_seconds(),
        connect=settings.connect_timeout.total_seconds(),
        sock_read=settings.read_stall.total_seconds(),
    )
    return aiohttp.ClientSession(
        connector=connector,
        timeout=timeout,
        headers={"User-Agent": settings.user_agent},
        auto_decompress=True,
        trust_env=False,
    )


async def fetch_feed(
    session: aiohttp.ClientSession,
    url: str,
    settings: FetchSettings,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str = FEED_ACCEPT,
    yield_slot: asyncio.Semaphore | None = None,
) -> FetchResult:
    """GET ``url`` (conditionally). Raises FetchError (or a subclass) with a one-line reason;
    HostBusy when it never got its turn under the connection limits.

    ``yield_slot``: a slot of the caller's that this fetch holds; it is given back while the
    fetch queues for its turn (and taken again before returning), so feeds queued behind one
    busy host never keep the caller's other feeds waiting."""
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    budget = _Budget(settings, _turns_for(session, settings), yield_slot)
    current = url
    seen = {url}
    all_permanent = True
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            key = _checked_host(current, settings.policy)
            moved = all_permanent and current != url
            async with (
                budget.turn(key),
                session.get(current, headers=headers, allow_redirects=False) as response,
            ):
                if response.status not in _REDIRECTS:
                    return await _finish(response, url, current, settings, moved)
                status, target = response.status, _redirect_target(response, url, current)
            if target in seen:
                raise FetchError(url, f"redirect loop at {target[:200]}", status=status)
            all_permanent = all_permanent and status in (301, 308)
            seen.add(target)
            current = target
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")
    except _NoTurn as busy:
        waited = settings.queue_limit.total_seconds()
        raise HostBusy(
            url,
            f"not fetched: no free connection to {busy.host} within {waited:.0f}s "
            f"(at most {settings.per_host} requests at once per host)",
        ) from None
    except FetchError:
        raise
    except aiohttp.ConnectionTimeoutError:
        raise FetchError(
            url, f"could not connect within {settings.connect_timeout.total_seconds():.0f}s"
        ) from None
    except aiohttp.SocketTimeoutError:
        stall = settings.read_stall.total_seconds()
        raise FetchError(url, f"timed out: the server sent nothing for {stall:.0f}s") from None
    except TimeoutError:
        raise FetchError(url, f"timed out after {settings.total_timeout.total_seconds():.0f}s") from None
    except aiohttp.ClientConnectorError as exc:
        if isinstance(exc.os_error, AddressRefusedError):
            raise URLRefused(url, str(exc.os_error)) from None
        raise FetchError(
            url, f"cannot connect to {exc.host}:{exc.port}: {exc.os_error.strerror or exc.os_error}"
        ) from None
    except aiohttp.TooManyRedirects:
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects") from None
    except aiohttp.ClientPayloadError as exc:
        raise FetchError(url, f"broken response body: {first_line(exc)}") from None
    except aiohttp.ClientResponseError as exc:
        raise FetchError(url, f"bad HTTP response: {first_line(exc)}", status=exc.status) from None
    except aiohttp.InvalidURL:
        raise FetchError(url, "invalid URL") from None
    except aiohttp.ClientError as exc:
        raise FetchError(url, f"{type(exc).__name__}: {first_line(exc)}") from None
    except (OSError, ValueError, UnicodeError) as exc:
        raise FetchError(url, f"{type(exc).__name__}: {first_line(exc)}") from None


async def _finish(
    response: aiohttp.ClientResponse, url: str, final_url: str, settings: FetchSettings, moved: bool
) -> FetchResult:
    status = response.status
    if status == 304:
        return FetchResult(
            url=final_url,
            status=304,
            etag=_validator(response, "ETag"),
            last_modified=_validator(response, "Last-Modified"),
            moved_to=final_url if moved else None,
        )
    if status in (429, 503):
        delay = parse_retry_after(response.headers.get("Retry-After"), utcnow())
        raise FetchError(
            url,
            f"HTTP {status} ({'rate limited' if status == 429 else 'unavailable'})",
            status=status,
            retry_after=delay.total_seconds() if delay else None,
        )
    if status == 410:
        raise FetchError(
            url, "HTTP 410 Gone: the feed was removed by its publisher", status=status, permanent=True
        )
    if status >= 400:
        raise FetchError(url, f"HTTP {status} {response.reason or ''}".rstrip(), status=status)
    if status != 200:
        raise FetchError(url, f"unexpected HTTP status {status}", status=status)
    declared = response.content_length
    if declared is not None and "Content-Encoding" not in response.headers and declared > settings.max_bytes:
        raise TooLarge(
            url, f"body of {declared} bytes is over the {settings.max_bytes}-byte limit", status=status
        )
    body = bytearray()
    async for chunk in response.content.iter_chunked(_CHUNK):
        body.extend(chunk)
        if len(body) > settings.max_bytes:
            raise TooLarge(url, f"body went past the {settings.max_bytes}-byte limit", status=status)
    return FetchResult(
        url=final_url,
        status=status,
        content=bytes(body),
        content_type=readable(response.headers.get("Content-Type") or "") or None,
        etag=_validator(response, "ETag"),
        last_modified=_validator(response, "Last-Modified"),
        moved_to=final_url if moved else None,
    )


def _validator(response: aiohttp.ClientResponse, name: str) -> str | None:
    """An ETag or Last-Modified to send back, or None when it holds bytes that are not UTF-8:
    aiohttp keeps those as lone surrogates, which can be neither stored nor sent back as they
    came, and a validator that is not replayed exactly is worth nothing."""
    value = response.headers.get(name)
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return value


def _redirect_target(response: aiohttp.ClientResponse, url: str, current: str) -> str:
    """The absolute http(s) URL a redirect points to, or FetchError."""
    location = response.headers.get("Location")
    if not location:
        raise FetchError(url, f"HTTP {response.status} redirect without a Location", status=response.status)
    # Bytes that are not UTF-8 (aiohttp hands them over as lone surrogates) are percent-encoded,
    # as a browser does, so the URL can be fetched, stored and shown; Unicode text is left to
    # yarl (an international domain name is IDNA-mapped, and checked, as any other host).
    location = _NOT_UTF8.sub(lambda byte: f"%{ord(byte.group()) - 0xDC00:02X}", location)
    target = urljoin(current, location)
    if urlsplit(target).scheme not in ("http", "https"):
        raise FetchError(url, f"redirect to a non-HTTP URL: {target[:200]}", status=response.status)
    return target


def _checked_host(url: str, policy: AddressPolicy) -> HostKey:
    """Where aiohttp will connect for ``url``, refused early when it is a non-public IP.

    Parsed as aiohttp parses it (yarl), so the host is the IDNA-mapped ``raw_host``:
    ``http://１２７。０。０。１/`` is checked as the 127.0.0.1 it connects to, and a fullwidth
    port as its digits. The connector checks again (:class:`GuardedConnector`)."""
    try:
        parsed = URL(url)
        host, port = parsed.raw_host or "", parsed.port
    except (ValueError, UnicodeError):
        raise FetchError(url, "invalid URL") from None
    if parsed.scheme not in ("http", "https") or not host or port is None:
        raise FetchError(url, "only http(s) URLs with a host can be fetched")
    reason = check_literal_host(policy, host, port)
    if reason:
        raise URLRefused(url, reason)
    return parsed.scheme, host, port


class _NoTurn(Exception):
    """No turn within the queue bound (becomes HostBusy, which names the feed)."""

    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.host = host


class _Turns:
    """Whose turn it is to connect: at most ``per_host`` fetches per host and ``concurrency``
    in all, one pool's worth. Fetches queue here, *before* their timeout starts: in aiohttp's
    own pool limits the wait would count against the timeout (and the connect timeout)."""

    def __init__(self, concurrency: int, per_host: int) -> None:
        self._all = asyncio.Semaphore(concurrency) if concurrency > 0 else None
        self._per_host = per_host
        self._hosts: dict[HostKey, asyncio.Semaphore] = {}

    def _slots(self, key: HostKey) -> list[asyncio.Semaphore]:
        """Host first, then global: a fetch waiting for its host holds no global slot."""
        slots = [self._all] if self._all is not None else []
        if self._per_host > 0:
            if key not in self._hosts:
                self._hosts[key] = asyncio.Semaphore(self._per_host)
            slots.insert(0, self._hosts[key])
        return slots

    @asynccontextmanager
    async def turn(
        self, key: HostKey, patience: float, yield_slot: asyncio.Semaphore | None = None
    ) -> AsyncIterator[None]:
        """Hold a turn at ``key``. A fetch that has to queue first gives ``yield_slot`` back
        while it waits, and takes it again once it has its turn (or gives up)."""
        held: list[asyncio.Semaphore] = []
        yielded = False
        try:
            try:
                async with asyncio.timeout(max(patience, 0.0)):
                    for slot in self._slots(key):
                        if yield_slot is not None and not yielded and slot.locked():
                            yield_slot.release()
                            yielded = True
                        await slot.acquire()
                        held.append(slot)
            except TimeoutError:
                raise _NoTurn(f"{key[1]}:{key[2]}") from None
            finally:
                if yielded:
                    assert yield_slot is not None
                    await yield_slot.acquire()
            yield
        finally:
            for slot in reversed(held):
                slot.release()


# One _Turns per session (a session is one pool): weakly, so a closed session takes it along.
_TURNS: WeakKeyDictionary[aiohttp.ClientSession, _Turns] = WeakKeyDictionary()


def _turns_for(session: aiohttp.ClientSession, settings: FetchSettings) -> _Turns:
    turns = _TURNS.get(session)
    if turns is None:
        turns = _TURNS[session] = _Turns(settings.concurrency, settings.per_host)
    return turns


class _Budget:
    """One fetch's time, spent two ways across its redirect hops: ``patience`` (the queue
    bound) only while it waits for a turn, ``work`` (the timeout) only while it has one."""

    def __init__(self, settings: FetchSettings, turns: _Turns, yield_slot: asyncio.Semaphore | None) -> None:
        self._turns = turns
        self._yield_slot = yield_slot
        self.patience = settings.queue_limit.total_seconds()
        self.work = settings.total_timeout.total_seconds()

    @asynccontextmanager
    async def turn(self, key: HostKey) -> AsyncIterator[None]:
        """Wait for a turn at ``key`` (raises _NoTurn), then run the body under the timeout."""
        queued = time.monotonic()
        async with self._turns.turn(key, self.patience, self._yield_slot):
            started = time.monotonic()
            self.patience -= started - queued
            try:
                async with asyncio.timeout(self.work):
                    yield
            finally:
                self.work -= time.monotonic() - started


_FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/rdf+xml",
    "application/json",
    "text/xml",
    "application/xml",
)


def looks_like_html(result: FetchResult) -> bool:
    ctype = (result.content_type or "").split(";")[0].strip().lower()
    if ctype in ("text/html", "application/xhtml+xml"):
        return True
    head = (result.content or b"")[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def discover_feed_links(html: bytes, base_url: str) -> list[str]:
    """``<link rel="alternate" type="application/rss+xml|atom+xml|feed+json" href>`` targets, in page order."""
    tree = LexborHTMLParser(html.decode("utf-8", errors="replace"))
    found: list[str] = []
    for node in tree.css("link[rel]"):
        rels = (node.attributes.get("rel") or "").lower().split()
        kind = (node.attributes.get("type") or "").lower().split(";")[0].strip()
        href = node.attributes.get("href")
        if "alternate" in rels and kind in _FEED_TYPES and href:
            target = urljoin(base_url, href.strip())
            if target not in found and urlsplit(target).scheme in ("http", "https"):
                found.append(target)
    return found

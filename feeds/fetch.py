"""HTTP fetching of feeds (aiohttp): polite, bounded, guarded.

- Conditional GET (If-None-Match / If-Modified-Since); a 304 costs no parsing.
- Bounded: global and per-host connection limits, connect/read/total timeouts, a body cap
  counted on the *decompressed* bytes (so a gzip bomb stops at the cap too).
- Redirects followed by hand (at most 5, loops detected) so each hop is checked by the SSRF
  guard and a chain of permanent redirects can move the stored URL.
- 429/503 carry Retry-After back to the scheduler; 410 Gone is permanent.

The session is created by :func:`make_session` and passed in: tests and the poller share
one connection pool per cycle.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urljoin, urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver
from selectolax.lexbor import LexborHTMLParser

from feeds.errors import FetchError, TooLarge, URLRefused
from feeds.models import FetchResult
from feeds.netguard import AddressPolicy, AddressRefusedError, GuardedResolver, check_literal_host
from feeds.schedule import parse_retry_after
from feeds.timeutil import utcnow

MAX_REDIRECTS = 5
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str
    policy: AddressPolicy
    max_bytes: int = 10 * 1024 * 1024
    total_timeout: timedelta = timedelta(seconds=30)
    connect_timeout: timedelta = timedelta(seconds=10)
    concurrency: int = 32
    per_host: int = 2


def make_session(settings: FetchSettings, resolver: AbstractResolver | None = None) -> aiohttp.ClientSession:
    """One pool for a cycle: limits, timeouts, the guarded resolver, our User-Agent.
    ``resolver`` replaces the system resolver *under* the guard (the guard always applies)."""
    connector = aiohttp.TCPConnector(
        limit=settings.concurrency,
        limit_per_host=settings.per_host,
        resolver=GuardedResolver(settings.policy, resolver),
        ttl_dns_cache=300,
    )
    timeout = aiohttp.ClientTimeout(
        total=settings.total_timeout.total_seconds(),
        connect=settings.connect_timeout.total_seconds(),
        sock_read=settings.connect_timeout.total_seconds() * 2,
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
) -> FetchResult:
    """GET ``url`` (conditionally). Raises FetchError (or a subclass) with a one-line reason."""
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    seen = {url}
    all_permanent = True
    try:
        async with asyncio.timeout(settings.total_timeout.total_seconds()):
            for _hop in range(MAX_REDIRECTS + 1):
                _guard_literal(current, settings.policy)
                async with session.get(current, headers=headers, allow_redirects=False) as response:
                    if response.status in (301, 302, 303, 307, 308):
                        location = response.headers.get("Location")
                        if not location:
                            raise FetchError(
                                url,
                                f"HTTP {response.status} redirect without a Location",
                                status=response.status,
                            )
                        target = urljoin(current, location)
                        if urlsplit(target).scheme not in ("http", "https"):
                            raise FetchError(
                                url, f"redirect to a non-HTTP URL: {target[:200]}", status=response.status
                            )
                        if target in seen:
                            raise FetchError(url, f"redirect loop at {target[:200]}", status=response.status)
                        all_permanent = all_permanent and response.status in (301, 308)
                        seen.add(target)
                        current = target
                        continue
                    return await _finish(response, url, current, settings, all_permanent and current != url)
            raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")
    except FetchError:
        raise
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
        raise FetchError(url, f"broken response body: {_first_line(exc)}") from None
    except aiohttp.ClientResponseError as exc:
        raise FetchError(url, f"bad HTTP response: {_first_line(exc)}", status=exc.status) from None
    except aiohttp.InvalidURL:
        raise FetchError(url, "invalid URL") from None
    except aiohttp.ClientError as exc:
        raise FetchError(url, f"{type(exc).__name__}: {_first_line(exc)}") from None
    except (OSError, ValueError, UnicodeError) as exc:
        raise FetchError(url, f"{type(exc).__name__}: {_first_line(exc)}") from None


async def _finish(
    response: aiohttp.ClientResponse, url: str, final_url: str, settings: FetchSettings, moved: bool
) -> FetchResult:
    status = response.status
    if status == 304:
        return FetchResult(
            url=final_url,
            status=304,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
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
        content_type=response.headers.get("Content-Type"),
        etag=response.headers.get("ETag"),
        last_modified=response.headers.get("Last-Modified"),
        moved_to=final_url if moved else None,
    )


def _guard_literal(url: str, policy: AddressPolicy) -> None:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError(url, "invalid URL") from None
    if parts.scheme not in ("http", "https") or not host:
        raise FetchError(url, "only http(s) URLs with a host can be fetched")
    reason = check_literal_host(policy, host, port)
    if reason:
        raise URLRefused(url, reason)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:300]


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

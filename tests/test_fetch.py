"""Fetching against a real loopback HTTP server (no mocks of the HTTP layer)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from feeds.errors import FetchError, HostBusy, TooLarge, URLRefused
from feeds.fetch.client import (
    QUEUE_TIMEOUT_FACTOR,
    FetchSettings,
    discover_feed_links,
    fetch_feed,
    make_session,
)
from feeds.fetch.netguard import AddressPolicy
from tests.feedserver import rss


def fetch_settings(server, **kwargs) -> FetchSettings:
    base = dict(
        user_agent="vidradar-test/1.0",
        policy=AddressPolicy.from_settings(False, [server.host_port]),
        max_bytes=1024 * 1024,
        total_timeout=timedelta(seconds=2),
        connect_timeout=timedelta(seconds=2),
    )
    base.update(kwargs)
    return FetchSettings(**base)


async def get(server, path, **kwargs):
    settings = kwargs.pop("settings", None) or fetch_settings(server)
    async with make_session(settings) as session:
        return await fetch_feed(session, server.url(path), settings, **kwargs)


async def test_etag_round_trip_costs_a_304(feed_server) -> None:
    feed_server.set_feed("a", rss([{"title": "One", "guid": "1"}]))
    first = await get(feed_server, "/feed/a")
    assert first.status == 200 and first.etag and b"One" in first.content
    second = await get(feed_server, "/feed/a", etag=first.etag)
    assert second.not_modified and second.content is None
    assert feed_server.conditional_hits["a"] == 1


async def test_last_modified_round_trip(feed_server) -> None:
    stamp = datetime(2026, 11, 1, tzinfo=UTC)
    feed_server.set_feed("lm", rss([]), etag=False, last_modified=stamp)
    first = await get(feed_server, "/feed/lm")
    assert first.last_modified and first.etag is None
    second = await get(feed_server, "/feed/lm", last_modified=first.last_modified)
    assert second.status == 304


async def test_user_agent_names_the_project(feed_server) -> None:
    from feeds.config import DEFAULT_USER_AGENT

    feed_server.set_feed("ua", rss([]))
    await get(feed_server, "/feed/ua", settings=fetch_settings(feed_server, user_agent=DEFAULT_USER_AGENT))
    headers = feed_server.last_headers["ua"]
    assert "vidradar" in headers["User-Agent"] and "rss" in headers["Accept"]
    assert "gzip" in headers["Accept-Encoding"]


async def test_rate_limit_carries_retry_after(feed_server) -> None:
    with pytest.raises(FetchError) as caught:
        await get(feed_server, "/ratelimited")
    assert caught.value.status == 429 and caught.value.retry_after == 3600


@pytest.mark.parametrize(("code", "permanent"), [(500, False), (404, False), (410, True), (503, False)])
async def test_http_errors(feed_server, code: int, permanent: bool) -> None:
    with pytest.raises(FetchError) as caught:
        await get(feed_server, f"/status/{code}")
    assert caught.value.status == code and caught.value.permanent is permanent
    assert str(code) in str(caught.value)


async def test_slow_server_times_out_in_bounded_time(feed_server) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        await get(
            feed_server, "/slow", settings=fetch_settings(feed_server, total_timeout=timedelta(seconds=1))
        )
    assert time.monotonic() - started < 3


async def test_a_server_that_stops_answering_is_named_by_the_limit_it_hit(feed_server) -> None:
    """A server that takes the request and sends nothing is cut at the read-stall limit (twice
    the connect timeout), before the total timeout: the message says which limit, not the
    total timeout the fetch never reached."""
    settings = fetch_settings(
        feed_server, total_timeout=timedelta(seconds=5), connect_timeout=timedelta(milliseconds=500)
    )
    with pytest.raises(FetchError) as caught:
        await get(feed_server, "/slow", settings=settings)
    assert str(caught.value) == "timed out: the server sent nothing for 1s"


async def test_slow_drip_is_bounded_by_the_total_timeout(feed_server) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        await get(
            feed_server, "/drip", settings=fetch_settings(feed_server, total_timeout=timedelta(seconds=1))
        )
    assert time.monotonic() - started < 3


@pytest.mark.parametrize("path", ["/huge", "/endless"])
async def test_bodies_over_the_cap_are_aborted(feed_server, path: str) -> None:
    with pytest.raises(TooLarge, match="limit"):
        await get(feed_server, path, settings=fetch_settings(feed_server, max_bytes=256 * 1024))


async def test_gzip_is_decoded_and_capped_after_decompression(feed_server) -> None:
    body = rss([{"title": "Z" * 100, "guid": str(i)} for i in range(2000)])
    feed_server.set_feed("gz", body, gzip=True)
    result = await get(feed_server, "/feed/gz")
    assert result.content == body
    with pytest.raises(TooLarge):
        await get(feed_server, "/feed/gz", settings=fetch_settings(feed_server, max_bytes=64 * 1024))


async def test_redirect_chain_of_five_is_followed_six_is_not(feed_server) -> None:
    feed_server.set_feed("target", rss([{"title": "Arrived", "guid": "1"}]))
    result = await get(feed_server, "/redirect/4")  # 5 redirects
    assert b"Arrived" in result.content and result.moved_to is None  # 302s never move a feed
    with pytest.raises(FetchError, match="more than 5 redirects"):
        await get(feed_server, "/redirect/5")


async def test_redirect_loop_is_detected(feed_server) -> None:
    with pytest.raises(FetchError, match="redirect loop"):
        await get(feed_server, "/loop/a")


async def test_permanent_redirect_reports_the_new_url(feed_server) -> None:
    feed_server.set_feed("new-home", rss([]))
    result = await get(feed_server, "/moved/new-home")
    assert result.moved_to == feed_server.url("/feed/new-home")


async def test_loopback_is_refused_unless_allowed(feed_server) -> None:
    feed_server.set_feed("a", rss([]))
    closed = fetch_settings(feed_server, policy=AddressPolicy())
    with pytest.raises(URLRefused, match="non-public address 127.0.0.1"):
        await get(feed_server, "/feed/a", settings=closed)
    by_name = fetch_settings(feed_server, policy=AddressPolicy())
    async with make_session(by_name) as session:
        with pytest.raises(URLRefused):
            await fetch_feed(session, f"http://localhost:{feed_server.server.port}/feed/a", by_name)


async def test_redirect_to_a_private_address_is_refused(feed_server) -> None:
    with pytest.raises(URLRefused, match="10.0.0.1"):
        await get(feed_server, "/to-private")


async def test_connection_closed_mid_body_is_a_fetch_error(feed_server) -> None:
    with pytest.raises(FetchError):
        await get(feed_server, "/close-mid-body")


def test_autodiscovery_finds_alternate_links() -> None:
    html = b"""<html><head><link rel="stylesheet" href="/s.css">
      <link rel="alternate" type="application/rss+xml" href="/feed.xml">
      <link rel="alternate" type="application/atom+xml" href="https://other.example/atom">
      <link rel="alternate" type="text/html" href="/fr/"></head></html>"""
    assert discover_feed_links(html, "https://blog.example/post/1") == [
        "https://blog.example/feed.xml",
        "https://other.example/atom",
    ]


async def test_deflate_is_decoded(feed_server) -> None:
    import zlib

    body = rss([{"title": "Deflated", "guid": "1"}])
    feed_server.set_feed("df", zlib.compress(body), headers={"Content-Encoding": "deflate"})
    assert (await get(feed_server, "/feed/df")).content == body


async def test_connections_are_bounded_globally_and_per_host() -> None:
    """Politeness: at most ``per_host`` requests at once to one host, ``concurrency`` in all."""
    in_flight: dict[str, int] = {}
    peaks: dict[str, int] = {}
    peak_total = 0

    async def slow(request: web.Request) -> web.Response:
        nonlocal peak_total
        host = request.host.split(":")[0]
        in_flight[host] = in_flight.get(host, 0) + 1
        peaks[host] = max(peaks.get(host, 0), in_flight[host])
        peak_total = max(peak_total, sum(in_flight.values()))
        await asyncio.sleep(0.15)
        in_flight[host] -= 1
        return web.Response(body=rss([]), content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/{n}", slow)
    server = TestServer(app, host="0.0.0.0")  # reachable as 127.0.0.1 and 127.0.0.2
    await server.start_server()
    try:
        settings = FetchSettings(
            user_agent="vidradar-test/1.0",
            policy=AddressPolicy.from_settings(False, ["127.0.0.0/8"]),
            max_bytes=1024 * 1024,
            total_timeout=timedelta(seconds=5),
            connect_timeout=timedelta(seconds=2),
            concurrency=3,
            per_host=2,
        )
        urls = [f"http://127.0.0.{1 + n % 2}:{server.port}/{n}" for n in range(10)]
        async with make_session(settings) as session:
            results = await asyncio.gather(*(fetch_feed(session, url, settings) for url in urls))
    finally:
        await server.close()
    assert all(r.status == 200 for r in results)
    assert max(peaks.values()) == 2 and peak_total == 3


class OneHost:
    """A loopback host whose feeds answer after ``delay`` (``/slow`` only once released), and
    that records how many requests it served at once."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.in_flight = self.peak = 0
        self.hits: list[str] = []
        self.release = asyncio.Event()
        self.app = web.Application()
        self.app.router.add_get("/{name}", self.feed)
        self.server = TestServer(self.app, host="127.0.0.1")

    async def __aenter__(self) -> OneHost:
        await self.server.start_server()
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.release.set()
        await self.server.close()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.server.port}/{name}"

    def settings(self, **kwargs) -> FetchSettings:  # type: ignore[no-untyped-def]
        base = dict(
            user_agent="vidradar-test/1.0",
            policy=AddressPolicy.from_settings(False, [f"127.0.0.1:{self.server.port}"]),
            max_bytes=1024 * 1024,
            total_timeout=timedelta(seconds=1.2),
            connect_timeout=timedelta(seconds=1),
            per_host=3,
        )
        base.update(kwargs)
        return FetchSettings(**base)  # type: ignore[arg-type]

    async def feed(self, request: web.Request) -> web.Response:
        self.hits.append(request.path)
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            if request.match_info["name"] == "slow":
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.release.wait(), 30)
            else:
                await asyncio.sleep(self.delay)
        finally:
            self.in_flight -= 1
        return web.Response(body=rss([]), content_type="application/rss+xml")


async def test_waiting_for_a_connection_to_the_host_does_not_count_against_the_timeout() -> None:
    """Twelve healthy feeds on one host, 0.5 s each, three at a time (politeness) take about
    2.5 s in all: each fits the 1.2 s timeout because the timeout starts when the request gets
    its turn, not while it queues. A genuinely slow feed on the same host still times out."""
    async with OneHost(delay=0.5) as host:
        settings = host.settings()
        urls = [host.url("slow"), *(host.url(f"feed{n}") for n in range(12))]
        started = time.monotonic()
        async with make_session(settings) as session:
            results = await asyncio.gather(
                *(fetch_feed(session, url, settings) for url in urls), return_exceptions=True
            )
        elapsed = time.monotonic() - started
    slow, healthy = results[0], results[1:]
    assert [r for r in healthy if getattr(r, "status", None) != 200] == []
    assert isinstance(slow, FetchError) and str(slow) == "timed out after 1s"
    assert host.peak == 3 and len(host.hits) == 13  # still polite: never more than per_host at once
    assert elapsed < 6


async def test_queueing_past_its_own_bound_is_host_busy_not_a_timeout() -> None:
    """Queueing is bounded separately (``queue_timeout``): a feed that waited too long for its
    turn is not fetched and says so; it is a HostBusy (not the feed's fault), not "timed out"."""
    async with OneHost(delay=1.0) as host:
        settings = host.settings(
            per_host=1, total_timeout=timedelta(seconds=3), queue_timeout=timedelta(seconds=0.3)
        )
        async with make_session(settings) as session:
            results = await asyncio.gather(
                fetch_feed(session, host.url("a"), settings),
                fetch_feed(session, host.url("b"), settings),
                return_exceptions=True,
            )
    busy = [r for r in results if isinstance(r, BaseException)]
    assert len(busy) == 1 and isinstance(busy[0], HostBusy), results
    assert str(busy[0]).startswith("not fetched: no free connection to 127.0.0.1:")
    assert "timed out" not in str(busy[0]) and "\n" not in str(busy[0])
    assert busy[0].status is None and not busy[0].permanent
    assert len(host.hits) == 1  # the queued one never reached the host


def test_the_queue_bound_defaults_to_a_multiple_of_the_timeout() -> None:
    settings = FetchSettings(user_agent="t", policy=AddressPolicy(), total_timeout=timedelta(seconds=30))
    assert settings.queue_limit == timedelta(seconds=30 * QUEUE_TIMEOUT_FACTOR)
    explicit = FetchSettings(user_agent="t", policy=AddressPolicy(), queue_timeout=timedelta(minutes=1))
    assert explicit.queue_limit == timedelta(minutes=1)


@pytest.mark.parametrize(
    ("path", "stored"),
    [
        ("/moved/home", "/feed/home"),  # 301: the feed's address changed
        ("/temporary/home", "/temporary/home"),  # 302: the target is not the feed's address
        ("/feed/home", "/feed/home"),
        ("/page/home", "/feed/home"),  # a page that links to its feed
    ],
)
async def test_a_feed_is_added_under_the_url_permanent_redirects_lead_to(
    feed_server, server_settings, path, stored
) -> None:
    """What `vidradar feeds add` and `/feeds add` store: the poller moves a feed on permanent
    redirects only, so adding one follows the same rule."""
    from feeds.fetch.subscribe import resolve_feed

    feed_server.set_feed("home", rss([{"guid": "a", "title": "Hello", "link": "https://n.example/a"}]))
    resolved = await resolve_feed(feed_server.url(path), server_settings)
    assert resolved.url == feed_server.url(stored) and resolved.entries == 1

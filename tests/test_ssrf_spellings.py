"""SSRF: Unicode spellings of an IP address (fullwidth, circled or mathematical digits, the
full stops U+3002, U+FF0E, U+FF61, and mixes) are IDNA-mapped to that IP before aiohttp
connects, so the guard must judge the mapped host. Every path a URL comes in by is covered:
a fetch, a redirect, HTML autodiscovery, ``vidradar feeds add`` and ``/feeds add``."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest
import yarl
from aiohttp import web
from aiohttp.test_utils import TestServer

from feeds.errors import URLRefused
from feeds.fetch.client import fetch_feed, make_session
from feeds.fetch.netguard import AddressPolicy, AddressRefusedError
from feeds.fetch.subscribe import resolve_feed
from tests.feedserver import FeedServer, rss
from tests.test_cli import arun
from tests.test_fetch import fetch_settings
from tests.test_poller import ANNOUNCEMENT

_DIGITS = "0123456789"
FULLWIDTH_DIGITS = str.maketrans(_DIGITS, "０１２３４５６７８９")
CIRCLED_DIGITS = str.maketrans(_DIGITS, "⓪①②③④⑤⑥⑦⑧⑨")
BOLD_DIGITS = str.maketrans(_DIGITS, "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")
DOTS = ("\u3002", "\uff0e", "\uff61")  # ideographic, fullwidth, halfwidth ideographic full stops


def _mixed(ip: str) -> str:
    """Every kind at once: each digit and each dot spelled a different way, in turn."""
    digit_forms = (FULLWIDTH_DIGITS, CIRCLED_DIGITS, BOLD_DIGITS, {})
    out, digits, dots = [], 0, 0
    for char in ip:
        if char == ".":
            out.append((*DOTS, ".")[dots % 4])
            dots += 1
        else:
            out.append(char.translate(digit_forms[digits % 4]))
            digits += 1
    return "".join(out)


SPELLINGS: dict[str, Callable[[str], str]] = {
    "fullwidth-digits": lambda ip: ip.translate(FULLWIDTH_DIGITS),
    "ideographic-full-stop": lambda ip: ip.replace(".", DOTS[0]),
    "fullwidth-full-stop": lambda ip: ip.replace(".", DOTS[1]),
    "halfwidth-ideographic-full-stop": lambda ip: ip.replace(".", DOTS[2]),
    "circled-digits": lambda ip: ip.translate(CIRCLED_DIGITS),
    "mathematical-bold-digits": lambda ip: ip.translate(BOLD_DIGITS),
    "fullwidth-everything": lambda ip: ip.translate(FULLWIDTH_DIGITS).replace(".", DOTS[1]),
    "mixed": _mixed,
}
ALL = pytest.mark.parametrize("spelling", list(SPELLINGS))


def spell(ip: str, spelling: str) -> str:
    return SPELLINGS[spelling](ip)


@dataclass
class PrivateService:
    """A real service on another loopback port: not allowlisted, it must never see a request."""

    server: TestServer
    hits: list[str] = field(default_factory=list)

    @property
    def port(self) -> int:
        assert self.server.port is not None
        return self.server.port

    def url(self, spelling: str) -> str:
        return f"http://{spell('127.0.0.1', spelling)}:{self.port}/feed.xml"


@pytest.fixture
async def private_service() -> AsyncIterator[PrivateService]:
    service: PrivateService

    async def feed(request: web.Request) -> web.Response:
        service.hits.append(request.path)
        return web.Response(
            body=rss([ANNOUNCEMENT], title="Internal Admin"), content_type="application/rss+xml"
        )

    app = web.Application()
    app.router.add_get("/{tail:.*}", feed)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    service = PrivateService(server)
    try:
        yield service
    finally:
        await server.close()


@pytest.fixture
async def redirector() -> AsyncIterator[TestServer]:
    """An allowlisted publisher that answers ``/go?to=URL&status=N`` with a redirect whose
    Location is ``URL`` byte for byte (raw UTF-8: aiohttp's HTTPFound would normalise it)."""

    async def go(request: web.Request) -> web.Response:
        status = int(request.query.get("status", "302"))
        return web.Response(status=status, headers={"Location": request.query["to"]})

    app = web.Application()
    app.router.add_get("/go", go)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield server
    finally:
        await server.close()


@ALL
def test_each_spelling_really_maps_to_the_ip(spelling: str) -> None:
    """Guards the test data: each spelling is one that yarl (so aiohttp) connects to as the IP."""
    for ip in ("127.0.0.1", "169.254.169.254", "10.0.0.1"):
        spelled = spell(ip, spelling)
        assert not spelled.isascii()
        assert yarl.URL(f"http://{spelled}:8080/x").raw_host == ip


@ALL
async def test_a_unicode_spelled_private_address_is_refused_before_connecting(
    feed_server: FeedServer, private_service: PrivateService, spelling: str
) -> None:
    settings = fetch_settings(feed_server)
    async with make_session(settings) as session:
        with pytest.raises(
            URLRefused, match=rf"non-public address 127\.0\.0\.1 \(host 127\.0\.0\.1:{private_service.port}\)"
        ):
            await fetch_feed(session, private_service.url(spelling), settings)
        for ip in ("169.254.169.254", "10.0.0.1"):
            with pytest.raises(URLRefused, match=f"non-public address {ip} "):
                await fetch_feed(session, f"http://{spell(ip, spelling)}/latest/meta-data/", settings)
    assert private_service.hits == []


@ALL
async def test_the_connector_refuses_ip_literals_itself(
    feed_server: FeedServer, private_service: PrivateService, spelling: str
) -> None:
    """Defence in depth: a request that skips fetch_feed's check (any other caller of the
    session) is still refused in the connector, for IP literals as for resolved names."""
    settings = fetch_settings(feed_server)
    async with make_session(settings) as session:
        for url in (f"http://127.0.0.1:{private_service.port}/feed.xml", private_service.url(spelling)):
            with pytest.raises(aiohttp.ClientConnectorError) as caught:
                async with session.get(url):
                    pass
            assert isinstance(caught.value.os_error, AddressRefusedError)
            assert "non-public address 127.0.0.1" in str(caught.value.os_error)
        async with session.get(feed_server.url("/feed/none")) as allowed:  # the allowlisted one still works
            assert allowed.status == 404
    assert private_service.hits == []


@ALL
async def test_a_redirect_to_a_unicode_spelled_private_address_is_refused(
    feed_server: FeedServer, private_service: PrivateService, redirector: TestServer, spelling: str
) -> None:
    """A publisher's redirect (a 301 chain would also move the stored URL) cannot reach it."""
    settings = fetch_settings(
        feed_server, policy=AddressPolicy.from_settings(False, [f"127.0.0.1:{redirector.port}"])
    )
    async with make_session(settings) as session:
        for status in (301, 302, 307, 308):
            url = str(redirector.make_url("/go").with_query(to=private_service.url(spelling), status=status))
            with pytest.raises(URLRefused, match=f"non-public address 127.0.0.1 .*:{private_service.port}"):
                await fetch_feed(session, url, settings)
    assert private_service.hits == []


@ALL
async def test_the_allowlisted_server_spelled_in_unicode_is_exactly_its_ascii_form(
    feed_server: FeedServer, spelling: str
) -> None:
    """The allowlist names 127.0.0.1:<port>: the Unicode spelling of that host:port (even with
    a fullwidth port) reaches what the ASCII one reaches, and nothing else does."""
    feed_server.set_feed("a", rss([ANNOUNCEMENT]))
    port = feed_server.host_port.rpartition(":")[2]
    host = spell("127.0.0.1", spelling)
    allowed = fetch_settings(feed_server)
    closed = fetch_settings(feed_server, policy=AddressPolicy())
    async with make_session(allowed) as session:
        for url in (
            f"http://{host}:{port}/feed/a",
            f"http://{host}:{port.translate(FULLWIDTH_DIGITS)}/feed/a",
        ):
            result = await fetch_feed(session, url, allowed)
            assert result.status == 200 and ANNOUNCEMENT["title"].encode() in (result.content or b"")
    async with make_session(closed) as session:
        with pytest.raises(URLRefused, match="non-public address 127.0.0.1"):
            await fetch_feed(session, f"http://{host}:{port}/feed/a", closed)
    assert feed_server.hits["a"] == 2


@ALL
async def test_feed_resolution_refuses_unicode_spelled_private_addresses(
    server_settings, private_service: PrivateService, spelling: str
) -> None:
    """``resolve_feed`` is what both ``vidradar feeds add`` and ``/feeds add`` call."""
    with pytest.raises(URLRefused, match="non-public address 127.0.0.1"):
        await resolve_feed(private_service.url(spelling), server_settings)
    assert private_service.hits == []


@ALL
async def test_autodiscovery_never_follows_a_unicode_spelled_private_link(
    server_settings, feed_server: FeedServer, private_service: PrivateService, spelling: str
) -> None:
    html = (
        "<!doctype html><html><head><title>Blog</title>"
        f'<link rel="alternate" type="application/rss+xml" href="{private_service.url(spelling)}">'
        "</head><body></body></html>"
    )
    page = feed_server.set_feed("page", html.encode(), content_type="text/html; charset=utf-8")
    with pytest.raises(URLRefused, match="non-public address 127.0.0.1"):
        await resolve_feed(page, server_settings)
    assert private_service.hits == []


async def test_cli_feeds_add_refuses_every_unicode_spelling(
    feed_server: FeedServer, private_service: PrivateService, tmp_path: Path
) -> None:
    db = tmp_path / "cli.db"
    env = {"VIDRADAR_URL_ALLOWLIST": feed_server.host_port, "VIDRADAR_DB": str(db)}
    for spelling in SPELLINGS:
        code, out, err = await arun("feeds", "add", private_service.url(spelling), cwd=tmp_path, **env)
        assert code == 1, (spelling, out, err)
        assert err.startswith("vidradar: error: refused to connect to non-public address 127.0.0.1 "), err
        assert len(err.strip().splitlines()) == 1, err
    assert private_service.hits == []
    if db.exists():
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT COUNT(*) FROM feeds").fetchone() == (0,)


async def test_slash_feeds_add_refuses_every_unicode_spelling(
    bot_env, private_service: PrivateService
) -> None:
    """The admin's /feeds add never previews (title, entries) what an internal service returns."""
    fake, guild = bot_env.fake, bot_env.guild
    for spelling in SPELLINGS:
        bot_env.bot.cooldowns._until.clear()
        record = await fake.invoke(guild, "feeds add", {"url": private_service.url(spelling)})
        text = record.text()
        assert "Not added" in text and "non-public address 127.0.0.1" in text, (spelling, text)
        assert "Internal Admin" not in text and "\n" not in text
    assert private_service.hits == []
    assert await bot_env.sql("SELECT * FROM feeds") == []


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost/feed",
        "http://feeds.localhost:8080/rss",
        "http://0x7f.1/feed",
        "http://127.1/feed",
        "http://127.0.0.1./feed",
        "http://2130706433/feed",
        "http://[::1]/feed",
        "http://10.1.2.3/feed",
    ],
)
def test_a_feed_list_url_is_refused_offline_as_the_fetch_would_refuse_it(url) -> None:
    """`feeds import-opml` checks each URL before storing it, without the network: the names
    and legacy IPv4 spellings the resolver turns into a loopback address count too."""
    from feeds.fetch.netguard import AddressPolicy, literal_refusal

    assert "non-public address" in (literal_refusal(AddressPolicy.from_settings(False, []), url) or "")
    assert literal_refusal(AddressPolicy.from_settings(True, []), url) is None
    assert literal_refusal(AddressPolicy.from_settings(False, []), "https://example.org/feed") is None

"""A real HTTP feed server on 127.0.0.1 for tests: ETag/304, Last-Modified, 429, 5xx, slow
and endless bodies, size caps, redirect chains and loops, HTML autodiscovery, bad charsets,
gzip. Feeds can be changed between cycles; every request is counted."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import hashlib
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import TestServer


@dataclass
class Served:
    body: bytes
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: bool = True
    last_modified: datetime | None = None
    status: int = 200
    headers: dict[str, str] | None = None
    gzip: bool = False
    delay: float = 0.0  # seconds before answering (a distant server)


def rss(items: list[dict], *, title: str = "Test Feed", lang: str | None = "en") -> bytes:
    """A small RSS 2.0 document from dicts with title/link/guid/pubDate/description."""
    parts = [
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{title}</title>"
        "<link>https://example.org/</link>"
    ]
    if lang:
        parts.append(f"<language>{lang}</language>")
    for item in items:
        parts.append("<item>")
        for key in ("title", "link", "guid", "pubDate", "description"):
            if item.get(key) is not None:
                value = item[key]
                if key == "description":
                    value = f"<![CDATA[{value}]]>"
                parts.append(f"<{key}>{value}</{key}>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def http_date(when: datetime) -> str:
    return format_datetime(when.astimezone(UTC), usegmt=True)


class FeedServer:
    def __init__(self, corpus_dir: Path | None = None) -> None:
        self.feeds: dict[str, Served] = {}
        self.hits: Counter[str] = Counter()
        self.conditional_hits: Counter[str] = Counter()
        self.last_headers: dict[str, dict[str, str]] = {}
        self.corpus_dir = corpus_dir
        self.slow_seconds = 30.0
        self.app = web.Application()
        r = self.app.router
        r.add_get("/feed/{name:.*}", self.feed)
        r.add_get("/status/{code}", self.status)
        r.add_get("/ratelimited", self.ratelimited)
        r.add_get("/slow", self.slow)
        r.add_get("/drip", self.drip)
        r.add_get("/huge", self.huge)
        r.add_get("/endless", self.endless)
        r.add_get("/redirect/{n}", self.redirect_chain)
        r.add_get("/loop/{side}", self.loop)
        r.add_get("/moved/{name}", self.moved)
        r.add_get("/temporary/{name}", self.temporary)
        r.add_get("/page/{name}", self.page)
        r.add_get("/corpus/{path:.*}", self.corpus)
        r.add_get("/to-private", self.to_private)
        r.add_get("/close-mid-body", self.close_mid_body)
        r.add_get("/gzip-bomb", self.gzip_bomb)
        r.add_get("/to-loopback/{port}", self.to_loopback)
        self.server: TestServer | None = None

    async def __aenter__(self) -> FeedServer:
        self.release_slow = asyncio.Event()
        self.server = TestServer(self.app, host="127.0.0.1")
        await self.server.start_server()
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        await self.server.close()

    @property
    def host_port(self) -> str:
        assert self.server is not None
        return f"127.0.0.1:{self.server.port}"

    def url(self, path: str) -> str:
        return f"http://{self.host_port}{path}"

    def set_feed(self, name: str, body: bytes, **kwargs: object) -> str:
        self.feeds[name] = Served(body=body, **kwargs)  # type: ignore[arg-type]
        return self.url(f"/feed/{name}")

    # -- handlers ---------------------------------------------------------------------
    async def feed(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        self.hits[name] += 1
        self.last_headers[name] = dict(request.headers)
        served = self.feeds.get(name)
        if served is None:
            raise web.HTTPNotFound()
        if served.delay:
            await asyncio.sleep(served.delay)
        etag = '"' + hashlib.sha1(served.body).hexdigest()[:16] + '"'
        headers = dict(served.headers or {})
        if served.etag:
            headers["ETag"] = etag
        if served.last_modified:
            headers["Last-Modified"] = http_date(served.last_modified)
        if served.status == 200:
            if served.etag and request.headers.get("If-None-Match") == etag:
                self.conditional_hits[name] += 1
                return web.Response(status=304, headers=headers)
            ims = request.headers.get("If-Modified-Since")
            if served.last_modified and ims == http_date(served.last_modified) and not served.etag:
                self.conditional_hits[name] += 1
                return web.Response(status=304, headers=headers)
        body = served.body
        if served.gzip:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        headers["Content-Type"] = served.content_type
        return web.Response(status=served.status, body=body, headers=headers)

    async def status(self, request: web.Request) -> web.Response:
        code = int(request.match_info["code"])
        self.hits[f"status/{code}"] += 1
        return web.Response(status=code, text=f"status {code}")

    async def ratelimited(self, request: web.Request) -> web.Response:
        self.hits["ratelimited"] += 1
        return web.Response(status=429, headers={"Retry-After": "3600"}, text="slow down")

    async def slow(self, request: web.Request) -> web.Response:
        """Answers after ``slow_seconds``, or as soon as a test sets ``release_slow``."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.release_slow.wait(), self.slow_seconds)
        return web.Response(body=rss([]), content_type="application/rss+xml")

    async def drip(self, request: web.Request) -> web.StreamResponse:
        """Slowloris: a byte every half second, forever."""
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        try:
            for _ in range(10_000):
                await response.write(b" ")
                await asyncio.sleep(0.5)
        except ConnectionError:
            pass  # the client gave up
        return response

    async def huge(self, request: web.Request) -> web.Response:
        body = b"<rss><channel>" + b"<!-- padding -->" * 200_000 + b"</channel></rss>"  # ~3.2 MB
        return web.Response(body=body, content_type="application/rss+xml")

    async def endless(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        chunk = b"<!-- endless -->" * 4096
        try:
            for _ in range(100_000):
                await response.write(chunk)
        except ConnectionError:
            pass  # the client gave up
        return response

    async def redirect_chain(self, request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        if n <= 0:
            raise web.HTTPFound(self.url("/feed/target"))
        raise web.HTTPFound(self.url(f"/redirect/{n - 1}"))

    async def loop(self, request: web.Request) -> web.Response:
        side = request.match_info["side"]
        raise web.HTTPFound(self.url("/loop/b" if side == "a" else "/loop/a"))

    async def moved(self, request: web.Request) -> web.Response:
        raise web.HTTPMovedPermanently(self.url(f"/feed/{request.match_info['name']}"))

    async def temporary(self, request: web.Request) -> web.Response:
        raise web.HTTPFound(self.url(f"/feed/{request.match_info['name']}"))

    async def page(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        link = (
            f'<link rel="alternate" type="application/rss+xml" title="Feed" href="/feed/{name}">'
            if name != "nolink"
            else ""
        )
        html = f"<!doctype html><html><head><title>Blog</title>{link}</head><body><p>Hello</p></body></html>"
        return web.Response(text=html, content_type="text/html")

    async def corpus(self, request: web.Request) -> web.Response:
        assert self.corpus_dir is not None
        path = (self.corpus_dir / request.match_info["path"]).resolve()
        if not str(path).startswith(str(self.corpus_dir.resolve())) or not path.is_file():
            raise web.HTTPNotFound()
        return web.Response(body=path.read_bytes(), content_type="application/xml")

    async def to_private(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("http://10.0.0.1/feed.xml")

    async def gzip_bomb(self, request: web.Request) -> web.StreamResponse:
        """A gzip stream of zeros: ~1 KB on the wire per MB decoded, up to 1 GB decoded."""
        response = web.StreamResponse(
            headers={"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
        )
        await response.prepare(request)
        compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
        head = compressor.compress(b"<?xml version='1.0'?><rss><channel><title>")
        head += compressor.flush(zlib.Z_FULL_FLUSH)
        # After a full flush no block refers back, so one compressed megabyte of zeros can be
        # repeated as is (compressing a gigabyte here would stall the shared event loop).
        megabyte = compressor.compress(bytes(1024 * 1024)) + compressor.flush(zlib.Z_FULL_FLUSH)
        try:
            await response.write(head)
            for _ in range(1024):
                self.hits["gzip-bomb-mb"] += 1
                await response.write(megabyte)
                await asyncio.sleep(0)
        except ConnectionError:
            pass  # the client gave up, as it should
        return response

    async def to_loopback(self, request: web.Request) -> web.Response:
        """A redirect from the allowlisted server to another loopback port."""
        raise web.HTTPFound(f"http://127.0.0.1:{request.match_info['port']}/feed.xml")

    async def close_mid_body(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={"Content-Type": "application/rss+xml", "Content-Length": "100000"}
        )
        await response.prepare(request)
        await response.write(b"<?xml version='1.0'?><rss><channel><title>cut</title>")
        assert request.transport is not None
        request.transport.close()
        return response

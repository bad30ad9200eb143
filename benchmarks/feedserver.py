"""The benchmark feed server, in its own process (its CPU is not the measured process's):
N feeds spread over several loopback addresses (127.0.0.2, .3, …) so per-host politeness
limits are not what is measured, each response after an added latency, with ETag/304.

    python -m benchmarks.feedserver --feeds 1000 --hosts 32 --latency 0.02

Prints one JSON line {"urls": [...], "control": "http://…"} once listening. POST
/_change?fraction=0.1 gives that share of feeds 2 new entries.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import random
import sys
from pathlib import Path

from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import contextlib

from benchmarks import workload  # noqa: E402


class Feeds:
    def __init__(self, count: int, latency: float) -> None:
        self.bodies = workload.feeds(count)
        self.etags = [self._etag(b) for b in self.bodies]
        self.latency = latency
        self.titles = workload.announcements()
        self.rng = random.Random(20261124)

    @staticmethod
    def _etag(body: bytes) -> str:
        return '"' + hashlib.blake2b(body, digest_size=8).hexdigest() + '"'

    async def feed(self, request: web.Request) -> web.Response:
        index = int(request.match_info["index"])
        await asyncio.sleep(self.latency)
        etag = self.etags[index]
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        body = self.bodies[index]
        kind = "application/atom+xml" if b"<entry" in body[:20000] else "application/rss+xml"
        return web.Response(body=body, headers={"ETag": etag, "Content-Type": kind})

    async def change(self, request: web.Request) -> web.Response:
        fraction = float(request.query.get("fraction", "0.1"))
        chosen = self.rng.sample(range(len(self.bodies)), max(1, int(len(self.bodies) * fraction)))
        for index in chosen:
            self.bodies[index] = workload.with_new_entries(self.bodies[index], index, self.titles, self.rng)
            self.etags[index] = self._etag(self.bodies[index])
        return web.json_response({"changed": len(chosen)})


async def serve(count: int, hosts: int, latency: float) -> None:
    feeds = Feeds(count, latency)
    app = web.Application()
    app.router.add_get("/feed/{index}", feeds.feed)
    app.router.add_post("/_change", feeds.change)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    ports: list[int] = []
    for n in range(hosts):
        site = web.TCPSite(runner, f"127.0.0.{2 + n}", 0, backlog=1024)
        await site.start()
        ports.append(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]
    urls = [f"http://127.0.0.{2 + i % hosts}:{ports[i % hosts]}/feed/{i}" for i in range(count)]
    print(json.dumps({"urls": urls, "control": f"http://127.0.0.2:{ports[0]}"}), flush=True)
    await asyncio.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=32)
    parser.add_argument("--latency", type=float, default=0.02)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.feeds, args.hosts, args.latency))


if __name__ == "__main__":
    main()

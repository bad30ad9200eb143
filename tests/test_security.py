"""Security: the SSRF guard on every connection, server isolation, limits, option lengths."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import socket

import pytest
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.test_utils import TestServer

from feeds.errors import InputError, URLRefused
from feeds.fetch import fetch_feed, make_session
from feeds.netguard import AddressPolicy, is_public
from feeds.storage import feeds as feed_store
from feeds.storage.servers import MAX_FEEDS_PER_SERVER, add_server_feed
from feeds.timeutil import utcnow
from tests.conftest import NOW
from tests.feedserver import rss
from tests.helpers import spec
from tests.test_fetch import fetch_settings, get
from tests.test_poller import ANNOUNCEMENT

REFUSED = [
    "127.0.0.1",
    "127.8.9.10",
    "0.0.0.0",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",  # cloud metadata
    "100.64.0.1",  # CGNAT
    "192.0.2.10",  # documentation
    "198.18.0.1",  # benchmarking
    "224.0.0.1",  # multicast
    "240.0.0.1",  # reserved
    "255.255.255.255",
    "::",
    "::1",
    "fc00::1",  # unique local
    "fd12:3456::1",
    "fe80::1",  # link-local
    "ff02::1",  # multicast
    "::ffff:127.0.0.1",  # IPv4-mapped loopback
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "2002:7f00:1::",  # 6to4 wrapping 127.0.0.1
    "2002:a9fe:a9fe::",  # 6to4 wrapping 169.254.169.254
    "64:ff9b::a00:1",  # NAT64 wrapping 10.0.0.1
    "64:ff9b:1::1",  # local-use NAT64
    "2001::5601:5601",  # Teredo, client 169.254.169.254 (stored inverted)
]
ALLOWED = ["93.184.216.34", "1.1.1.1", "8.8.8.8", "2606:4700::1111", "::ffff:1.1.1.1", "64:ff9b::808:808"]


@pytest.mark.parametrize("address", REFUSED)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert not is_public(ipaddress.ip_address(address))
    assert AddressPolicy().refusal(ipaddress.ip_address(address), "host.example", 443) is not None


@pytest.mark.parametrize("address", ALLOWED)
def test_public_addresses_are_allowed(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))


def test_allowlist_allows_exactly_what_it_names() -> None:
    policy = AddressPolicy.from_settings(False, ["127.0.0.1:8080", "10.9.0.0/16"])
    loopback = ipaddress.ip_address("127.0.0.1")
    assert policy.allows(loopback, "127.0.0.1", 8080)
    assert not policy.allows(loopback, "127.0.0.1", 8081)  # another port on the same host
    assert not policy.allows(loopback, "localhost", 8080)  # another name for it
    assert policy.allows(ipaddress.ip_address("10.9.200.1"), "intranet", 80)
    assert not policy.allows(ipaddress.ip_address("10.8.0.1"), "intranet", 80)
    everything = AddressPolicy.from_settings(True, [])
    assert everything.allows(ipaddress.ip_address("169.254.169.254"), "metadata", 80)
    with pytest.raises(ValueError, match="neither a CIDR nor host:port"):
        AddressPolicy.from_settings(False, ["not an address"])


class RebindingResolver(AbstractResolver):
    """A DNS server that answers with the allowed address first, then a private one."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = answers
        self.calls = 0

    async def resolve(self, host: str, port: int = 0, family: int = socket.AF_INET) -> list[ResolveResult]:
        address = self.answers[min(self.calls, len(self.answers) - 1)]
        self.calls += 1
        return [{"hostname": host, "host": address, "port": port, "family": family, "proto": 0, "flags": 0}]

    async def close(self) -> None:
        pass


async def test_every_connection_checks_the_address_it_uses(feed_server) -> None:
    """DNS rebinding: the name first resolves to an allowed address, then to a private one.
    The guard sits in the connector, so the second connection is refused — there is no
    window between a check and the connect."""
    feed_server.set_feed("a", rss([ANNOUNCEMENT]))
    settings = fetch_settings(feed_server, policy=AddressPolicy.from_settings(False, ["127.0.0.1/32"]))
    resolver = RebindingResolver(["127.0.0.1", "10.0.0.1"])
    url = f"http://rebind.test:{feed_server.server.port}/feed/a"
    async with make_session(settings, resolver) as session:
        first = await fetch_feed(session, url, settings)
        assert ANNOUNCEMENT["title"].encode() in first.content
    async with make_session(settings, resolver) as session:
        with pytest.raises(URLRefused, match="non-public address 10.0.0.1"):
            await fetch_feed(session, url, settings)
    assert resolver.calls == 2


async def test_a_redirect_from_the_allowlisted_server_to_another_loopback_port_is_refused(
    feed_server,
) -> None:
    """Only the test server's host:port is allowed: a redirect to another service on the same
    machine (here a real one, which must never see a request) is refused."""
    hits: list[str] = []

    async def private_feed(request: web.Request) -> web.Response:
        hits.append(request.path)
        return web.Response(body=rss([ANNOUNCEMENT]), content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/feed.xml", private_feed)
    other = TestServer(app, host="127.0.0.1")
    await other.start_server()
    try:
        with pytest.raises(URLRefused, match=f"127.0.0.1:{other.port}"):
            await get(feed_server, f"/to-loopback/{other.port}")
    finally:
        await other.close()
    assert hits == []


def test_feeds_per_server_are_limited(db) -> None:
    now = utcnow()
    ids = [
        feed_store.add_feed(db, spec(f"https://feeds.example/{n}.xml"), now, origin="server")[0].id
        for n in range(MAX_FEEDS_PER_SERVER + 1)
    ]
    for feed_id in ids[:MAX_FEEDS_PER_SERVER]:
        assert add_server_feed(db, 1, feed_id, now)
    with pytest.raises(InputError, match=f"already added {MAX_FEEDS_PER_SERVER} feeds"):
        add_server_feed(db, 1, ids[-1], now)
    assert add_server_feed(db, 2, ids[-1], now)  # the limit is per server


async def test_servers_cannot_see_or_change_each_other(bot_env) -> None:
    fake, mine = bot_env.fake, bot_env.guild
    theirs = fake.add_guild("Other Server")
    await fake.join_guild(theirs)
    await bot_env.until(lambda: bot_env.bot.get_guild(theirs.id), message="the second server")
    await bot_env.set_alert_channel()
    await fake.invoke(mine, "watch add", {"term": "Switch 2"})
    await fake.invoke(mine, "alerts pause")
    url = bot_env.feeds.set_feed("private-blog", rss([ANNOUNCEMENT], title="Mine Only Blog"))
    feed = await bot_env.store.write(
        lambda db: feed_store.add_feed(db, spec(url, name="Mine Only Blog"), NOW, origin="server")[0]
    )
    await bot_env.store.write(lambda db: add_server_feed(db, mine.id, feed.id, NOW))

    # The other server sees none of it ...
    assert "Switch 2" not in (await fake.invoke(theirs, "watch list")).text()
    assert "Mine Only Blog" not in (await fake.invoke(theirs, "feeds list")).text()
    choices = await fake.invoke(theirs, "feeds remove", {"feed": "mine"}, focused="feed")
    assert choices.first["data"]["choices"] == []
    status = await fake.invoke(theirs, "alerts status")
    assert "Paused" not in status.text() and f"<#{bot_env.channel_id()}>" not in status.text()
    # ... and can change none of it, even by naming it.
    removed = await fake.invoke(theirs, "feeds remove", {"feed": str(feed.id)})
    assert removed.ephemeral and "Unknown feed" in removed.text()
    unwatched = await fake.invoke(theirs, "watch remove", {"term": "Switch 2"})
    assert unwatched.ephemeral
    await fake.invoke(theirs, "alerts resume")
    rows = await bot_env.sql("SELECT guild_id, paused FROM servers ORDER BY guild_id")
    assert {r["guild_id"]: r["paused"] for r in rows}[mine.id] == 1
    assert await bot_env.sql("SELECT guild_id, term FROM server_watch_terms") == [
        {"guild_id": mine.id, "term": "Switch 2"}
    ]
    assert await bot_env.sql("SELECT guild_id, feed_id, mode FROM server_feeds") == [
        {"guild_id": mine.id, "feed_id": feed.id, "mode": "added"}
    ]
    # The first server still sees all of its own settings.
    assert "Switch 2" in (await fake.invoke(mine, "watch list")).text()
    assert "Mine Only Blog" in (await fake.invoke(mine, "feeds list")).text()


async def test_overlong_string_options_are_refused_with_an_explanation(bot_env) -> None:
    """Discord enforces option lengths in its client, but a request can skip the client:
    the bot checks them again."""
    record = await bot_env.fake.invoke(bot_env.guild, "news search", {"query": "x" * 5000})
    assert record.ephemeral and "at most" in record.text(), record.text()
    record = await bot_env.fake.invoke(bot_env.guild, "watch add", {"term": "y" * 500})
    assert record.ephemeral and "at most" in record.text(), record.text()
    assert await bot_env.sql("SELECT * FROM server_watch_terms") == []


async def test_secrets_never_appear_in_logs_replies_or_crash_output(tmp_path, feed_server) -> None:
    """Runs the bot at DEBUG with a known token through a connect, a command, a gateway drop,
    a stop, a crash (Discord unreachable) and headless mode with a webhook, and scans every
    line printed and every reply for the secrets."""
    from tests.fake_discord import FakeDiscord
    from tests.process import VidradarProcess
    from tests.test_run import feed_list

    token = "MTE5OTk5OTk5OTk5OTk5OTk5.GcAnAr.y-vidradar-canary-token-7f3a9"
    hook_secret = "canary-webhook-secret-5b1e"
    url = feed_server.set_feed("news", rss([ANNOUNCEMENT]))
    base_env = {
        "VIDRADAR_DB": str(tmp_path / "secret.db"),
        "VIDRADAR_FEEDS": str(feed_list(tmp_path, url)),
        "VIDRADAR_URL_ALLOWLIST": feed_server.host_port,
        "VIDRADAR_LOG_LEVEL": "DEBUG",
    }
    seen: list[str] = []
    async with FakeDiscord(token=token) as fake:
        guild = fake.add_guild("Secret Server")
        bot = await VidradarProcess(
            ["run"], tmp_path, {**base_env, "DISCORD_TOKEN": token, "DISCORD_API_BASE": fake.api_base}
        ).start()
        try:
            await asyncio.wait_for(fake.ready.wait(), 30)
            status = await fake.invoke(guild, "vidradar status")
            seen.append(json.dumps([status.responses, status.followups, status.edits]))
            await fake.drop_gateway()
            deadline = asyncio.get_running_loop().time() + 20
            while fake.resumes + fake.identifies < 2 and asyncio.get_running_loop().time() < deadline:
                await asyncio.sleep(0.1)
            assert fake.resumes + fake.identifies >= 2
        finally:
            assert await bot.terminate() == 0, bot.output
        seen.append(bot.output)
        assert "IDENTIFY" in bot.output or "Identif" in bot.output or "RESUME" in bot.output.upper()
        headless = await VidradarProcess(
            ["run"], tmp_path, {**base_env, "VIDRADAR_WEBHOOK_URL": fake.webhook_url("9002", hook_secret)}
        ).start()
        try:
            await headless.wait_for_stderr("never", 3.0)
        finally:
            assert await headless.terminate() == 0, headless.output
        seen.append(headless.output)
    crashed = await VidradarProcess(
        ["run"],
        tmp_path,
        {**base_env, "DISCORD_TOKEN": token, "DISCORD_API_BASE": "http://127.0.0.1:9/api/v10"},
    ).start()
    code = await crashed.wait()
    seen.append(crashed.output)
    assert code == 1 and "cannot reach Discord at http://127.0.0.1:9/api/v10" in crashed.output
    everything = "\n".join(seen)
    assert len(everything) > 1000  # DEBUG logging really ran
    for secret in (token, token.split(".")[-1], hook_secret):
        assert secret not in everything

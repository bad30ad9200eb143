"""Security: the SSRF guard on every connection, server isolation, limits, option lengths."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import socket
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord
import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.test_utils import TestServer
from discord import AppCommandOptionType, app_commands

from bot.app import COGS, VidradarBot
from bot.checks import needs_manager
from feeds.errors import InputError, URLRefused
from feeds.fetch.client import fetch_feed, make_session
from feeds.fetch.netguard import AddressPolicy, is_public
from feeds.storage import feed_records as feed_store
from feeds.storage.servers import MAX_FEEDS_PER_SERVER, add_server_feed
from feeds.storage.store import Store
from feeds.timeutil import utcnow
from tests.conftest import NOW, make_settings
from tests.fake_discord import MANAGE_GUILD, FakeDiscord, Guild
from tests.feedserver import FeedServer, rss
from tests.helpers import spec, wait_for
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
    "::127.0.0.1",  # IPv4-compatible (deprecated, RFC 4291): some stacks route it as IPv4
    "::7f00:1",  # the same, in hex
    "::a9fe:a9fe",  # IPv4-compatible 169.254.169.254
    "::8.8.8.8",  # IPv4-compatible forms are refused whatever they embed: no feed lives there
    "::ffff:0:127.0.0.1",  # IPv4-translated (SIIT, RFC 2765)
    "::ffff:0:a9fe:a9fe",  # IPv4-translated 169.254.169.254
    "::ffff:0:8.8.8.8",
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
    await bot_env.store.write(lambda db: add_server_feed(db, mine.id, feed.id, NOW, name="Mine Only Blog"))

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
            await wait_for(lambda: fake.resumes + fake.identifies >= 2, 20, "a resume or a new identify")
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


# -- every command, from the bot's own command tree --------------------------------------------


def loaded_commands() -> list[app_commands.Command]:
    """The slash commands exactly as the bot loads them (no connection needed), so the tests
    below cover every command, option and autocomplete, including ones added later."""

    async def build() -> list[app_commands.Command]:
        bot = VidradarBot(make_settings(Path(tempfile.mkdtemp()) / "tree.db"), None, start_runtime=False)
        for name in COGS:
            await bot.load_extension(name)
        return sorted(
            (c for c in bot.tree.walk_commands() if isinstance(c, app_commands.Command)),
            key=lambda c: c.qualified_name,
        )

    return asyncio.run(build())


COMMANDS = loaded_commands()
ADMIN_COMMANDS = [c for c in COMMANDS if needs_manager(c)]
# Free-text options (a choice option's values are checked against its choices instead:
# tests/test_bot_news.py::test_a_value_outside_the_choices_lists_what_is_accepted).
STRING_OPTIONS = [
    (c, p) for c in COMMANDS for p in c.parameters if p.type is AppCommandOptionType.string and not p.choices
]
ADMIN_AUTOCOMPLETES = [(c, p) for c in ADMIN_COMMANDS for p in c.parameters if p.autocomplete]


def test_the_tree_has_what_the_issue_lists() -> None:
    """Guards the derivation itself: an empty or partial list would make the tests vacuous."""
    admin = {c.qualified_name for c in ADMIN_COMMANDS}
    assert {"feeds add", "feeds remove", "alerts ping-role", "alerts retry", "vidradar status"} <= admin
    assert not any(name.startswith("news ") for name in admin)  # community commands are for everyone
    assert {("feeds add", "url"), ("watch mute", "target"), ("news search", "query")} <= {
        (c.qualified_name, p.display_name) for c, p in STRING_OPTIONS
    }
    assert {("feeds remove", "feed"), ("watch remove", "term"), ("watch unmute", "target")} <= {
        (c.qualified_name, p.display_name) for c, p in ADMIN_AUTOCOMPLETES
    }


@dataclass
class SharedEnv:
    """One running bot for the many cases below (no runtime: nothing writes behind a test)."""

    fake: FakeDiscord
    feeds: FeedServer
    bot: VidradarBot
    store: Store
    guild: Guild
    role: int

    async def dump(self) -> list[str]:
        return await self.store.read(lambda db: list(db.conn.iterdump()))

    def options(self, command: app_commands.Command, **values: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        """Valid values for the command's required options (plus ``values``), and the
        ``resolved`` data Discord sends for channels and roles."""
        options: dict[str, Any] = {}
        resolved: dict[str, Any] = {}
        for p in command.parameters:
            if p.display_name in values or not p.required:
                continue
            if p.choices:
                options[p.display_name] = p.choices[0].value
            elif p.type is AppCommandOptionType.string:
                options[p.display_name] = "x" * max(1, int(p.min_value or 1))
            elif p.type is AppCommandOptionType.integer:
                options[p.display_name] = int(p.min_value or 1)
            elif p.type is AppCommandOptionType.number:
                options[p.display_name] = float(p.min_value or 0.5)
            elif p.type is AppCommandOptionType.channel:
                channel = self.fake.channel(self.guild, "alerts")
                options[p.display_name] = ("channel", channel.id)
                resolved.update(self.fake.resolved_channel(self.guild, channel))
            elif p.type is AppCommandOptionType.role:
                options[p.display_name] = ("role", self.role)
                resolved.update(self.fake.resolved_role(self.guild, self.role))
            else:
                raise AssertionError(f"no test value for {command.qualified_name} {p.display_name}")
        options.update(values)
        return options, resolved


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def shared_env(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[SharedEnv]:
    from tests.botenv import start_bot, stop_bot

    async with FakeDiscord() as fake, FeedServer() as feeds:
        guild = fake.add_guild("Shared Server")
        role = fake.add_role(guild, "video-news")
        settings = make_settings(
            tmp_path_factory.mktemp("shared") / "bot.db",
            discord_token=fake.token,
            discord_api_base=fake.api_base,
            url_allowlist=[feeds.host_port],
        )
        store = await Store.open(settings.db)
        bot, task = await start_bot(settings, store, fake, start_runtime=False)
        try:
            bot.tree.copy_global_to(guild=discord.Object(guild.id))
            await bot.tree.sync(guild=discord.Object(guild.id))
            env = SharedEnv(fake, feeds, bot, store, guild, role)
            # Something for every admin autocomplete to offer an admin.
            url = feeds.set_feed("op", rss([ANNOUNCEMENT], title="Operator Feed"))
            feed = await store.write(
                lambda db: feed_store.add_feed(db, spec(url, name="Operator Feed"), NOW)[0]
            )
            await fake.invoke(guild, "feeds remove", {"feed": str(feed.id)})  # muted: /feeds enable offers it
            await fake.invoke(guild, "watch add", {"term": "Switch 2"})
            await fake.invoke(guild, "watch mute", {"target": "pika"})
            alerts = fake.channel(guild, "alerts")
            await fake.invoke(
                guild,
                "alerts route add",
                {"channel": ("channel", alerts.id), "vendor": "openai"},
                resolved=fake.resolved_channel(guild, alerts),
            )
            yield env
        finally:
            await stop_bot(bot, task)
            await store.close()


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("command", ADMIN_COMMANDS, ids=lambda c: c.qualified_name)
async def test_admin_commands_are_refused_to_members_server_side(shared_env, command) -> None:
    """Discord shows an admin command to Manage Server only (the synced default permissions),
    but a server can let members use it anyway (Integrations settings), and then Discord
    delivers it: the bot's own check is what refuses it — with one ephemeral line, and
    nothing changed. The fake delivers member commands as such an override would."""
    fake, guild = shared_env.fake, shared_env.guild
    root = command.qualified_name.split()[0]
    synced = next(c for c in fake.commands[guild.id] if c["name"] == root)
    assert int(synced["default_member_permissions"]) == MANAGE_GUILD
    options, resolved = shared_env.options(command)
    before = await shared_env.dump()
    record = await fake.invoke(guild, command.qualified_name, options, admin=False, resolved=resolved)
    assert record.ephemeral, record.responses
    assert record.text() == "You need the Manage Server permission to use this command."
    assert await shared_env.dump() == before


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize(
    ("command", "option"), STRING_OPTIONS, ids=lambda v: getattr(v, "qualified_name", None) or v.display_name
)
async def test_every_string_option_length_is_checked_before_the_command_runs(
    shared_env, command, option
) -> None:
    """Discord's client enforces an option's max length, discord.py does not re-check it, and a
    request can skip the client: 5,000 characters are refused in one short ephemeral line that
    does not echo them, before the command runs (nothing fetched, stored or rate-limited)."""
    fake, guild = shared_env.fake, shared_env.guild
    huge = "z" * 5000
    if option.display_name == "url":  # a real, reachable URL: refused anyway, never fetched
        huge = shared_env.feeds.url("/feed/op?" + "z" * 5000)
    options, resolved = shared_env.options(command, **{option.display_name: huge})
    before, hits = await shared_env.dump(), sum(shared_env.feeds.hits.values())
    record = await fake.invoke(guild, command.qualified_name, options, resolved=resolved)
    assert record.ephemeral and record.first["type"] == 4, record.responses  # answered, not deferred
    text = record.text()
    assert f"`{option.display_name}` takes at most " in text and f"(yours has {len(huge)})" in text, text
    assert "zzzz" not in text and len(text) < 200
    assert await shared_env.dump() == before
    assert sum(shared_env.feeds.hits.values()) == hits
    assert shared_env.bot.cooldowns._until == {}


@pytest.mark.asyncio(loop_scope="module")
async def test_a_too_short_option_is_refused_in_the_callers_language(shared_env) -> None:
    record = await shared_env.fake.invoke(shared_env.guild, "feeds add", {"url": "http:"}, locale="fr")
    assert record.ephemeral and record.text() == "« url » demande au moins 8 caractères (le vôtre en a 5)."


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize(
    ("command", "option"),
    ADMIN_AUTOCOMPLETES,
    ids=lambda v: getattr(v, "qualified_name", None) or v.display_name,
)
async def test_admin_autocomplete_answers_admins_only(shared_env, command, option) -> None:
    """discord.py runs autocomplete without the cog's interaction_check: without the bot's own
    check, any member could list a server's feeds, watched terms and mutes."""
    fake, guild = shared_env.fake, shared_env.guild
    options, resolved = shared_env.options(command, **{option.display_name: ""})
    member = await fake.invoke(
        guild, command.qualified_name, options, admin=False, focused=option.display_name, resolved=resolved
    )
    assert member.first["type"] == 8 and member.first["data"]["choices"] == []
    admin = await fake.invoke(
        guild, command.qualified_name, options, focused=option.display_name, resolved=resolved
    )
    assert admin.first["type"] == 8 and admin.first["data"]["choices"], admin.first


def test_error_replies_are_one_short_line_whatever_they_quote() -> None:
    from bot.errors import MAX_ERROR_CHARS, explain
    from feeds.errors import VidradarError

    line = explain(VidradarError("unknown target '" + "z" * 5000 + "'\nsecond line"), "en")
    assert len(line) == MAX_ERROR_CHARS and line.endswith("…") and "\n" not in line


async def test_one_servers_failed_deliveries_are_invisible_to_another(bot_env) -> None:
    """Server A's alert fails (403); server B's goes out. B's /alerts status and /vidradar status
    show no problem, and B's /alerts retry touches nothing of A's."""
    fake, mine = bot_env.fake, bot_env.guild
    theirs = fake.add_guild("Other Server")
    await fake.join_guild(theirs)
    await bot_env.until(lambda: bot_env.bot.get_guild(theirs.id), message="the second server")
    await bot_env.set_alert_channel()
    their_channel = await bot_env.set_alert_channel(guild=theirs)
    fake.forbidden_channels.add(bot_env.channel_id())
    url = bot_env.feeds.set_feed("shared", rss([ANNOUNCEMENT]))
    await bot_env.store.write(lambda db: feed_store.add_feed(db, spec(url, name="Shared"), NOW))
    await bot_env.poll_and_deliver()
    await bot_env.until(lambda: fake.posts(their_channel.id), message="B's alert")
    failed = "SELECT id, attempts, state, last_error FROM deliveries WHERE guild_id = ?"
    mine_before = await bot_env.sql(failed, mine.id)
    assert [r["state"] for r in mine_before] == ["failed"] and "(403)" in mine_before[0]["last_error"]

    status = (await fake.invoke(theirs, "alerts status")).text()
    assert "Failed: 0" in status and "Sent: 1" in status and "missing permission" not in status
    overview = (await fake.invoke(theirs, "vidradar status")).text()
    assert (
        "0 pending · 0 failed" in overview
        and "missing permission" not in overview
        and "Problems" not in overview
    )
    retried = await fake.invoke(theirs, "alerts retry")
    assert "0 failed deliveries will be sent again" in retried.text()
    assert await bot_env.sql(failed, mine.id) == mine_before
    # A still sees its own problem.
    assert "missing permission" in (await fake.invoke(mine, "alerts status")).text()

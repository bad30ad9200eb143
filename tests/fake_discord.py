"""A local fake of Discord's API for end-to-end tests: REST + a websocket gateway on 127.0.0.1.

The real discord.py client connects to it through DISCORD_API_BASE. It enforces what the
tests must not get away with: Discord's payload limits, the 3-second interaction deadline,
nonce deduplication only within a short window (like Discord, so reconciliation is what
proves exactly-once, not the fake), and it can inject 429s (route and global), 5xx,
responses that time out after the request was handled, and gateway drops. Its clock can run
ahead of or behind the bot's (``clock_offset``), and channels can be given older history.
"""

from __future__ import annotations

import asyncio
import bisect
import json
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestServer

ADMINISTRATOR = 1 << 3
MANAGE_GUILD = 1 << 5
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_APPLICATION_COMMANDS = 1 << 31
BOT_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY
MEMBER_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS

DISCORD_EPOCH_MS = 1_420_070_400_000
_last_id = [0]
_backdated = [0]


_WELL_FORMED_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.I)


def payload_problem(payload: dict[str, Any]) -> str | None:
    """Discord's message limits; the reason a payload would be refused (400), or None."""
    content = payload.get("content") or ""
    if len(content) > 2000:
        return "content: Must be 2000 or fewer in length."
    embeds = payload.get("embeds") or []
    if len(embeds) > 10:
        return "embeds: Must be 10 or fewer in length."
    total = 0
    for embed in embeds:
        limits = {"title": 256, "description": 4096}
        for key, limit in limits.items():
            if len(embed.get(key) or "") > limit:
                return f"embeds.{key}: Must be {limit} or fewer in length."
        total += len(embed.get("title") or "") + len(embed.get("description") or "")
        fields = embed.get("fields") or []
        if len(fields) > 25:
            return "embeds.fields: Must be 25 or fewer in length."
        for f in fields:
            if (
                len(f.get("name") or "") > 256
                or len(f.get("value") or "") > 1024
                or not f.get("name")
                or not f.get("value")
            ):
                return "embeds.fields: invalid field length."
            total += len(f["name"]) + len(f["value"])
        url = embed.get("url")
        if url is not None and (len(url) > 2048 or not _WELL_FORMED_URL.match(url)):
            return "embeds.url: Not a well formed URL."
        footer = (embed.get("footer") or {}).get("text") or ""
        author = (embed.get("author") or {}).get("name") or ""
        if len(footer) > 2048 or len(author) > 256:
            return "embeds.footer/author: too long."
        total += len(footer) + len(author)
    if total > 6000:
        return "embeds: Embed size exceeds maximum size of 6000"
    return None


def _invalid(problem: str) -> web.Response:
    """Discord's 400 for a payload over its limits (code 50035, errors nested by field)."""
    field, _, message = problem.partition(":")
    errors = {
        field.strip() or "payload": {
            "_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": message.strip()}]
        }
    }
    return _json({"message": "Invalid Form Body", "code": 50035, "errors": errors}, status=400)


def _json(data: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """Exactly "application/json", as Discord sends it (discord.py compares the header)."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def snowflake(at: float | None = None) -> int:
    """A unique id that carries its creation time, as Discord's do: ``history(after=…)`` by a
    point in time then works against the fake as it does against Discord. ``at`` (a Unix time:
    older history, or now on a clock set off from the bot's) makes the id from that time alone,
    unique and in order with other ids made that way."""
    if at is not None:
        _backdated[0] += 1
        return ((int(at * 1000) - DISCORD_EPOCH_MS) << 22) + _backdated[0] % (1 << 22)
    stamp = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
    _last_id[0] = max(_last_id[0] + 1, stamp)
    return _last_id[0]


def iso_now(at: float | None = None) -> str:
    return datetime.fromtimestamp(time.time() if at is None else at, UTC).isoformat()


def user_payload(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
        "flags": 0,
    }


@dataclass
class Fault:
    method: str
    pattern: re.Pattern[str]
    status: int = 500
    times: int = 1
    retry_after: float = 0.1
    is_global: bool = False
    delay: float = 0.0  # handle the request, then stall this long before answering
    body: dict[str, Any] | None = None


@dataclass
class Channel:
    id: int
    name: str
    type: int = 0
    overwrites: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Guild:
    id: int
    name: str
    locale: str = "en-US"
    channels: dict[int, Channel] = field(default_factory=dict)
    roles: dict[int, dict[str, Any]] = field(default_factory=dict)
    owner_id: int = 1

    def payload(self, bot_user: dict[str, Any], bot_role: int | None) -> dict[str, Any]:
        member = {
            "user": bot_user,
            "roles": [str(bot_role)] if bot_role else [],
            "joined_at": iso_now(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": None,
            "avatar": None,
            "pending": False,
        }
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "owner_id": str(self.owner_id),
            "preferred_locale": self.locale,
            "features": [],
            "member_count": 3,
            "large": False,
            "roles": list(self.roles.values()),
            "emojis": [],
            "stickers": [],
            "members": [member],
            "channels": [
                {
                    "id": str(c.id),
                    "name": c.name,
                    "type": c.type,
                    "position": i,
                    "guild_id": str(self.id),
                    "permission_overwrites": c.overwrites,
                    "nsfw": False,
                    "parent_id": None,
                    "topic": None,
                    "last_message_id": None,
                    "rate_limit_per_user": 0,
                }
                for i, c in enumerate(self.channels.values())
            ],
            "threads": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "joined_at": iso_now(),
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "system_channel_flags": 0,
        }


@dataclass
class InteractionRecord:
    id: int
    token: str
    created: float
    kind: int
    responses: list[dict[str, Any]] = field(default_factory=list)  # callback payloads
    followups: list[dict[str, Any]] = field(default_factory=list)
    edits: list[dict[str, Any]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    original: dict[str, Any] | None = None
    done: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def first(self) -> dict[str, Any]:
        return self.responses[0] if self.responses else {}

    @property
    def ephemeral(self) -> bool:
        data = self.first.get("data") or {}
        return bool(int(data.get("flags", 0)) & 64)

    @property
    def message(self) -> dict[str, Any]:
        """The visible reply as a message object (with its id): the original response as last
        edited, else the first callback's data."""
        if self.original is not None:
            return {k: v for k, v in self.original.items() if not k.startswith("_")}
        if self.followups:  # a deferred reply: the first followup replaces "thinking…"
            return {k: v for k, v in self.followups[0].items() if not k.startswith("_")}
        return self.first.get("data") or {}

    def text(self) -> str:
        """Everything a person would read in the reply (content and embeds)."""
        deferred = self.original is None and self.followups
        messages = self.followups if deferred else [self.message, *self.followups]
        parts: list[str] = []
        for message in messages:
            parts.append(message.get("content") or "")
            for embed in message.get("embeds") or []:
                parts.extend([embed.get("title") or "", embed.get("description") or ""])
                for f in embed.get("fields") or []:
                    parts.extend([f.get("name", ""), f.get("value", "")])
                parts.append((embed.get("footer") or {}).get("text", ""))
        return "\n".join(p for p in parts if p)


class FakeDiscord:
    def __init__(
        self,
        *,
        token: str = "test-token",
        nonce_window: float = 300.0,
        deadline: float = 3.0,
        heartbeat_ms: int = 5000,
    ) -> None:
        self.token = token
        self.nonce_window = nonce_window
        # Discord's clock minus the bot's, in seconds: the ids and timestamps of the messages
        # the fake creates from now on (set it before the channel has messages).
        self.clock_offset = 0.0
        self.deadline = deadline
        self.heartbeat_ms = heartbeat_ms
        self.app_id = snowflake()
        self.bot_id = self.app_id
        self.bot_user = user_payload(self.bot_id, "vidradar", bot=True)
        self.guilds: dict[int, Guild] = {}
        self.bot_roles: dict[int, int] = {}
        self.messages: dict[int, list[dict[str, Any]]] = {}
        self.webhook_messages: dict[str, list[dict[str, Any]]] = {}
        # How a webhook answers ?wait=true: "message" (as Discord), "empty" (200, no body) or
        # "no-id" (200, an object without an id), as some proxies and stand-ins do.
        self.webhook_answer = "message"
        self.interactions: dict[int, InteractionRecord] = {}
        self.commands: dict[int | None, list[dict[str, Any]]] = {}
        self.faults: list[Fault] = []
        self.requests: list[tuple[str, str]] = []
        self.forbidden_channels: set[int] = set()
        self.sockets: list[web.WebSocketResponse] = []
        self.identifies = 0
        self.resumes = 0
        self.sessions: set[str] = set()
        self._seq = 0
        self._nonces: dict[tuple[int, str], tuple[float, dict[str, Any]]] = {}
        self.ready = asyncio.Event()
        self.message_posted = asyncio.Event()
        self.server: TestServer | None = None
        self.app = web.Application(middlewares=[self._middleware], client_max_size=50 * 1024 * 1024)
        self._routes()

    # -- lifecycle ---------------------------------------------------------------------
    async def __aenter__(self) -> FakeDiscord:
        self.server = TestServer(self.app, host="127.0.0.1")
        await self.server.start_server()
        return self

    async def __aexit__(self, *exc: object) -> None:
        for ws in list(self.sockets):
            await ws.close()
        assert self.server is not None
        await self.server.close()

    @property
    def port(self) -> int:
        assert self.server is not None
        return self.server.port

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def webhook_url(self, webhook_id: str = "9001", token: str = "hook-token") -> str:
        return f"http://127.0.0.1:{self.port}/api/v10/webhooks/{webhook_id}/{token}"

    # -- world building ----------------------------------------------------------------
    def add_guild(
        self,
        name: str = "Test Server",
        *,
        locale: str = "en-US",
        channels: tuple[str, ...] = ("alerts", "general"),
        bot_permissions: int = BOT_PERMISSIONS,
    ) -> Guild:
        guild = Guild(id=snowflake(), name=name, locale=locale)
        everyone = {
            "id": str(guild.id),
            "name": "@everyone",
            "permissions": str(MEMBER_PERMISSIONS),
            "position": 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }
        bot_role = snowflake()
        guild.roles[guild.id] = everyone
        guild.roles[bot_role] = {
            "id": str(bot_role),
            "name": "vidradar",
            "permissions": str(bot_permissions),
            "position": 1,
            "color": 0,
            "hoist": False,
            "managed": True,
            "mentionable": False,
            "flags": 0,
        }
        self.bot_roles[guild.id] = bot_role
        for channel_name in channels:
            channel = Channel(id=snowflake(), name=channel_name)
            guild.channels[channel.id] = channel
        self.guilds[guild.id] = guild
        return guild

    def add_role(self, guild: Guild, name: str, *, mentionable: bool = True) -> int:
        role = snowflake()
        guild.roles[role] = {
            "id": str(role),
            "name": name,
            "permissions": "0",
            "position": 2,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": mentionable,
            "flags": 0,
        }
        return role

    def post_as(self, channel_id: int, user_id: int, content: str, *, age: float = 0.0) -> dict[str, Any]:
        """Someone else posts in a channel (what the bot's reconciliation has to read past),
        now or ``age`` seconds ago (the channel's older history: kept in id order)."""
        message = self._message(
            channel_id, {"content": content}, [], author=user_payload(user_id, "someone"), age=age
        )
        bisect.insort(self.messages.setdefault(channel_id, []), message, key=lambda m: int(m["id"]))
        return message

    def channel(self, guild: Guild, name: str) -> Channel:
        return next(c for c in guild.channels.values() if c.name == name)

    async def deny_bot(self, guild: Guild, channel: Channel, permissions: int) -> None:
        """A channel overwrite that takes permissions away from the bot's role (CHANNEL_UPDATE)."""
        channel.overwrites.append(
            {"id": str(self.bot_roles[guild.id]), "type": 0, "allow": "0", "deny": str(permissions)}
        )
        await self.dispatch(
            "CHANNEL_UPDATE",
            {
                "id": str(channel.id),
                "name": channel.name,
                "type": channel.type,
                "guild_id": str(guild.id),
                "position": 0,
                "permission_overwrites": channel.overwrites,
                "nsfw": False,
                "parent_id": None,
            },
        )

    def inject(
        self,
        method: str,
        path_regex: str,
        *,
        status: int = 500,
        times: int = 1,
        retry_after: float = 0.1,
        is_global: bool = False,
        delay: float = 0.0,
    ) -> None:
        self.faults.append(
            Fault(method, re.compile(path_regex), status, times, retry_after, is_global, delay)
        )

    def posts(self, channel_id: int) -> list[dict[str, Any]]:
        return self.messages.get(channel_id, [])

    # -- gateway helpers ---------------------------------------------------------------
    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        self._seq += 1
        payload = json.dumps({"op": 0, "t": event, "s": self._seq, "d": data})
        for ws in list(self.sockets):
            if not ws.closed:
                await ws.send_str(payload)

    async def join_guild(self, guild: Guild) -> None:
        """The bot is added to a server while running."""
        await self.dispatch("GUILD_CREATE", guild.payload(self.bot_user, self.bot_roles[guild.id]))

    async def leave_guild(self, guild: Guild) -> None:
        await self.dispatch("GUILD_DELETE", {"id": str(guild.id), "unavailable": False})

    async def drop_gateway(self, code: int = 4000) -> None:
        """Close every gateway connection as if the network dropped (the client resumes)."""
        for ws in list(self.sockets):
            await ws.close(code=code)

    async def invalidate_session(self) -> None:
        self.sessions.clear()
        for ws in list(self.sockets):
            await ws.send_str(json.dumps({"op": 9, "d": False}))

    # -- interactions ------------------------------------------------------------------
    def _member(
        self, guild: Guild, user_id: int, *, admin: bool, roles: list[int] | None = None
    ) -> dict[str, Any]:
        perms = MEMBER_PERMISSIONS | (MANAGE_GUILD if admin else 0)
        return {
            "user": user_payload(user_id, f"user{user_id % 1000}"),
            "roles": [str(r) for r in roles or []],
            "joined_at": iso_now(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": None,
            "avatar": None,
            "pending": False,
            "permissions": str(perms),
        }

    def _interaction_base(
        self, kind: int, guild: Guild, channel: Channel, *, user_id: int, admin: bool, locale: str
    ) -> tuple[dict[str, Any], InteractionRecord]:
        record = InteractionRecord(
            id=snowflake(), token=f"itoken-{snowflake()}", created=time.monotonic(), kind=kind
        )
        self.interactions[record.id] = record
        payload = {
            "id": str(record.id),
            "application_id": str(self.app_id),
            "type": kind,
            "token": record.token,
            "version": 1,
            "guild_id": str(guild.id),
            "guild_locale": guild.locale,
            "locale": locale,
            "channel_id": str(channel.id),
            "channel": {
                "id": str(channel.id),
                "type": channel.type,
                "name": channel.name,
                "guild_id": str(guild.id),
            },
            "member": self._member(guild, user_id, admin=admin),
            "app_permissions": str(BOT_PERMISSIONS),
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "authorizing_integration_owners": {"0": str(guild.id)},
            "context": 0,
        }
        return payload, record

    async def invoke(
        self,
        guild: Guild,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        channel: str = "general",
        user_id: int = 4242,
        admin: bool = True,
        locale: str = "en-US",
        resolved: dict[str, Any] | None = None,
        focused: str | None = None,
        wait: float = 10.0,
    ) -> InteractionRecord:
        """Send a slash command ("feeds add") as INTERACTION_CREATE and wait for its first response.
        ``focused`` makes it an autocomplete request for that option."""
        names = command.split()
        option_list = [self._option(name, value, focused == name) for name, value in (options or {}).items()]
        for sub in reversed(names[1:]):
            option_list = [{"type": 1, "name": sub, "options": option_list}]
        kind = 4 if focused else 2
        payload, record = self._interaction_base(
            kind, guild, self.channel(guild, channel), user_id=user_id, admin=admin, locale=locale
        )
        payload["data"] = {"id": str(snowflake()), "name": names[0], "type": 1, "options": option_list}
        if resolved:
            payload["data"]["resolved"] = resolved
        await self.dispatch("INTERACTION_CREATE", payload)
        await asyncio.wait_for(record.done.wait(), wait)
        return record

    @staticmethod
    def _option(name: str, value: Any, focused: bool) -> dict[str, Any]:
        kind = 3
        if isinstance(value, bool):
            kind = 5
        elif isinstance(value, int):
            kind = 4
        elif isinstance(value, float):
            kind = 10
        elif isinstance(value, tuple):  # ("channel", id) / ("role", id)
            kind, value = {"channel": 7, "role": 8, "user": 6}[value[0]], str(value[1])
        option = {"type": kind, "name": name, "value": value}
        if focused:
            option["focused"] = True
        return option

    def resolved_channel(self, guild: Guild, channel: Channel) -> dict[str, Any]:
        return {
            "channels": {
                str(channel.id): {
                    "id": str(channel.id),
                    "name": channel.name,
                    "type": channel.type,
                    "permissions": str(BOT_PERMISSIONS),
                    "guild_id": str(guild.id),
                }
            }
        }

    def resolved_role(self, guild: Guild, role: int) -> dict[str, Any]:
        return {"roles": {str(role): guild.roles[role]}}

    async def press(
        self,
        guild: Guild,
        message: dict[str, Any],
        custom_id: str,
        *,
        channel: str = "general",
        user_id: int = 4242,
        admin: bool = True,
        locale: str = "en-US",
        wait: float = 10.0,
    ) -> InteractionRecord:
        """Press a button on a message (a component interaction)."""
        payload, record = self._interaction_base(
            3, guild, self.channel(guild, channel), user_id=user_id, admin=admin, locale=locale
        )
        payload["data"] = {"custom_id": custom_id, "component_type": 2}
        payload["message"] = message
        await self.dispatch("INTERACTION_CREATE", payload)
        await asyncio.wait_for(record.done.wait(), wait)
        return record

    # -- REST ----------------------------------------------------------------------------
    def _routes(self) -> None:
        r = self.app.router
        api = "/api/v10"
        r.add_get("/gateway", self.gateway)
        r.add_get(f"{api}/gateway", self.get_gateway)
        r.add_get(f"{api}/gateway/bot", self.get_gateway_bot)
        r.add_get(f"{api}/users/@me", self.get_me)
        r.add_get(f"{api}/oauth2/applications/@me", self.get_application)
        r.add_get(f"{api}/applications/@me", self.get_application)
        r.add_put(f"{api}/applications/{{app}}/commands", self.put_commands)
        r.add_put(f"{api}/applications/{{app}}/guilds/{{guild}}/commands", self.put_commands)
        r.add_get(f"{api}/applications/{{app}}/commands", self.get_commands)
        r.add_get(f"{api}/applications/{{app}}/guilds/{{guild}}/commands", self.get_commands)
        r.add_get(f"{api}/channels/{{channel}}", self.get_channel)
        r.add_post(f"{api}/channels/{{channel}}/messages", self.post_message)
        r.add_get(f"{api}/channels/{{channel}}/messages", self.list_messages)
        r.add_patch(f"{api}/channels/{{channel}}/messages/{{message}}", self.edit_message)
        r.add_post(f"{api}/interactions/{{id}}/{{token}}/callback", self.interaction_callback)
        r.add_post(f"{api}/webhooks/{{app}}/{{token}}", self.post_webhook)
        r.add_patch(f"{api}/webhooks/{{app}}/{{token}}/messages/{{message}}", self.edit_webhook_message)
        r.add_get(f"{api}/webhooks/{{app}}/{{token}}/messages/{{message}}", self.get_webhook_message)
        r.add_delete(f"{api}/webhooks/{{app}}/{{token}}/messages/{{message}}", self.delete_webhook_message)
        r.add_get(f"{api}/guilds/{{guild}}", self.get_guild)

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if request.path.startswith("/api/"):
            self.requests.append((request.method, request.path))
            for fault in self.faults:
                if fault.times > 0 and fault.method == request.method and fault.pattern.search(request.path):
                    if fault.delay:
                        fault.times -= 1
                        response = await handler(request)  # the request reaches Discord ...
                        await asyncio.sleep(fault.delay)  # ... but the answer is late
                        return response
                    fault.times -= 1
                    return self._fault_response(fault)
            needs_bot_token = "/webhooks/" not in request.path and "/interactions/" not in request.path
            if needs_bot_token and request.headers.get("Authorization") != f"Bot {self.token}":
                return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        return await handler(request)

    @staticmethod
    def _fault_response(fault: Fault) -> web.Response:
        if fault.status == 429:
            # Discord's own 429s carry a Via header; discord.py treats one without it as a Cloudflare ban.
            headers = {
                "Retry-After": str(fault.retry_after),
                "Via": "1.1 google",
                "X-RateLimit-Scope": "global" if fault.is_global else "user",
            }
            if fault.is_global:
                headers["X-RateLimit-Global"] = "true"
            else:
                headers.update(
                    {
                        "X-RateLimit-Limit": "5",
                        "X-RateLimit-Remaining": "0",
                        "X-RateLimit-Reset-After": str(fault.retry_after),
                        "X-RateLimit-Bucket": "fake",
                    }
                )
            body = {
                "message": "You are being rate limited.",
                "retry_after": fault.retry_after,
                "global": fault.is_global,
            }
            return _json(body, status=429, headers=headers)
        messages = {403: ("Missing Permissions", 50013), 404: ("Unknown Channel", 10003)}
        text, code = messages.get(fault.status, ("Server error", 0))
        return _json({"message": text, "code": code}, status=fault.status)

    async def get_gateway(self, request: web.Request) -> web.Response:
        return _json({"url": self.gateway_url})

    async def get_gateway_bot(self, request: web.Request) -> web.Response:
        return _json(
            {
                "url": self.gateway_url,
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        )

    async def get_me(self, request: web.Request) -> web.Response:
        return _json(self.bot_user)

    async def get_application(self, request: web.Request) -> web.Response:
        return _json(
            {
                "id": str(self.app_id),
                "name": "vidradar",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": user_payload(1, "owner"),
                "verify_key": "k",
                "flags": 0,
                "team": None,
                "summary": "",
            }
        )

    async def put_commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild")
        commands = await request.json()
        for command in commands:
            command.setdefault("id", str(snowflake()))
            command["application_id"] = str(self.app_id)
            command.setdefault("version", "1")
            if guild:
                command["guild_id"] = guild
        self.commands[int(guild) if guild else None] = commands
        return _json(commands)

    async def get_commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild")
        return _json(self.commands.get(int(guild) if guild else None, []))

    def _find_channel(self, channel_id: int) -> tuple[Guild, Channel] | None:
        for guild in self.guilds.values():
            if channel_id in guild.channels:
                return guild, guild.channels[channel_id]
        return None

    async def get_channel(self, request: web.Request) -> web.Response:
        found = self._find_channel(int(request.match_info["channel"]))
        if found is None:
            return _json({"message": "Unknown Channel", "code": 10003}, status=404)
        guild, channel = found
        return _json(
            {
                "id": str(channel.id),
                "name": channel.name,
                "type": channel.type,
                "guild_id": str(guild.id),
                "position": 0,
                "permission_overwrites": channel.overwrites,
                "nsfw": False,
                "parent_id": None,
            }
        )

    async def get_guild(self, request: web.Request) -> web.Response:
        guild = self.guilds.get(int(request.match_info["guild"]))
        if guild is None:
            return _json({"message": "Unknown Guild", "code": 10004}, status=404)
        return _json(guild.payload(self.bot_user, self.bot_roles[guild.id]))

    async def _read_message_payload(
        self, request: web.Request
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """JSON or multipart (payload_json + files) -> (payload, attachments)."""
        if request.content_type.startswith("multipart/"):
            payload: dict[str, Any] = {}
            attachments: list[dict[str, Any]] = []
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":
                    payload = json.loads(await part.text())
                else:
                    data = await part.read()
                    attachment_id = str(snowflake())
                    url = f"http://127.0.0.1:{self.port}/attachments/{attachment_id}/{part.filename}"
                    attachments.append(
                        {
                            "id": attachment_id,
                            "filename": part.filename,
                            "size": len(data),
                            "url": url,
                            "proxy_url": url,
                            "content_type": part.headers.get("Content-Type"),
                            "data": bytes(data),
                        }
                    )
            return payload, attachments
        return await request.json(), []

    def _validate(self, payload: dict[str, Any]) -> str | None:
        return payload_problem(payload)

    def _message(
        self,
        channel_id: int,
        payload: dict[str, Any],
        attachments: list[dict[str, Any]],
        author: dict[str, Any] | None = None,
        age: float = 0.0,
    ) -> dict[str, Any]:
        at = time.time() + self.clock_offset - age if age or self.clock_offset else None
        return {
            "id": str(snowflake(at)),
            "channel_id": str(channel_id),
            "type": 0,
            "author": author or self.bot_user,
            "content": payload.get("content") or "",
            "embeds": payload.get("embeds") or [],
            "components": payload.get("components") or [],
            "attachments": [{k: v for k, v in a.items() if k != "data"} for a in attachments],
            "_files": attachments,
            "timestamp": iso_now(at),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "pinned": False,
            "flags": 0,
            "nonce": payload.get("nonce"),
            "allowed_mentions": payload.get("allowed_mentions"),
        }

    @staticmethod
    def _public(message: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in message.items() if not k.startswith("_") and k != "allowed_mentions"}

    async def post_message(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel"])
        found = self._find_channel(channel_id)
        if found is None:
            return _json({"message": "Unknown Channel", "code": 10003}, status=404)
        if channel_id in self.forbidden_channels:
            return _json({"message": "Missing Permissions", "code": 50013}, status=403)
        payload, attachments = await self._read_message_payload(request)
        problem = self._validate(payload)
        if problem:
            return _invalid(problem)
        nonce = payload.get("nonce")
        now = time.monotonic()
        if nonce and payload.get("enforce_nonce"):
            known = self._nonces.get((channel_id, str(nonce)))
            if known and now - known[0] < self.nonce_window:
                return _json(self._public(known[1]))
        message = self._message(channel_id, payload, attachments)
        self.messages.setdefault(channel_id, []).append(message)
        if nonce:
            self._nonces[(channel_id, str(nonce))] = (now, message)
        self.message_posted.set()
        return _json(self._public(message))

    async def list_messages(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel"])
        if self._find_channel(channel_id) is None:
            return _json({"message": "Unknown Channel", "code": 10003}, status=404)
        limit = min(int(request.query.get("limit", "50")), 100)
        messages = self.messages.get(channel_id, [])
        if "after" in request.query:  # the `limit` messages right after it, newest first (as Discord)
            after = int(request.query["after"])
            page = [m for m in messages if int(m["id"]) > after][:limit]
            return _json([self._public(m) for m in reversed(page)])
        if "before" in request.query:
            before = int(request.query["before"])
            messages = [m for m in messages if int(m["id"]) < before]
        newest_first = list(reversed(messages))[:limit]
        return _json([self._public(m) for m in newest_first])

    async def edit_message(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel"])
        message_id = request.match_info["message"]
        for message in self.messages.get(channel_id, []):
            if message["id"] == message_id:
                payload, _ = await self._read_message_payload(request)
                problem = self._validate(payload)
                if problem:
                    return _invalid(problem)
                for key in ("content", "embeds", "components"):
                    if key in payload:
                        message[key] = payload[key]
                message["edited_timestamp"] = iso_now()
                return _json(self._public(message))
        return _json({"message": "Unknown Message", "code": 10008}, status=404)

    async def interaction_callback(self, request: web.Request) -> web.Response:
        record = self.interactions.get(int(request.match_info["id"]))
        if record is None or record.token != request.match_info["token"]:
            return _json({"message": "Unknown interaction", "code": 10062}, status=404)
        payload, attachments = await self._read_message_payload(request)
        if time.monotonic() - record.created > self.deadline:
            record.refused.append("late")
            record.done.set()
            return _json({"message": "Unknown interaction", "code": 10062}, status=404)
        if record.responses:
            return _json({"message": "Interaction has already been acknowledged.", "code": 40060}, status=400)
        if payload.get("data") and payload["type"] in (4, 7):
            problem = self._validate(payload["data"])
            if problem:
                return _invalid(problem)
        if attachments:
            payload.setdefault("data", {})["_files"] = attachments
        record.responses.append(payload)
        data = payload.get("data") or {}
        message = None
        if payload["type"] in (4, 7):
            message = self._message(0, data, attachments, author=self.bot_user)
            message["interaction_id"] = str(record.id)
            record.original = message
        if payload["type"] != 5:  # a deferred reply is done when it is edited or followed up
            record.done.set()
        response: dict[str, Any] = {
            "interaction": {
                "id": str(record.id),
                "type": record.kind,
                "response_message_id": message["id"] if message else None,
                "response_message_loading": payload["type"] == 5,
                "response_message_ephemeral": bool(int(data.get("flags", 0)) & 64),
            }
        }
        if message is not None:
            response["resource"] = {"type": payload["type"], "message": self._public(message)}
        else:
            response["resource"] = {"type": payload["type"]}
        return _json(response)

    async def post_webhook(self, request: web.Request) -> web.Response:
        app, token = request.match_info["app"], request.match_info["token"]
        payload, attachments = await self._read_message_payload(request)
        problem = self._validate(payload)
        if problem:
            return _invalid(problem)
        if app == str(self.app_id):  # an interaction followup
            record = next((r for r in self.interactions.values() if r.token == token), None)
            if record is None:
                return _json({"message": "Unknown Webhook", "code": 10015}, status=404)
            message = self._message(0, payload, attachments)
            record.followups.append(message)
            record.done.set()
            return _json(self._public(message))
        # As Discord: `username` and `avatar_url` override the webhook's own name and avatar
        # for this message (the author shown).
        name = payload.get("username") or "hook"
        message = self._message(
            0, payload, attachments, author=user_payload(int(app) if app.isdigit() else 1, name, bot=True)
        )
        message["_avatar_url"] = payload.get("avatar_url")
        message["_thread_id"] = request.query.get("thread_id")  # ?thread_id= posts into a thread
        self.webhook_messages.setdefault(f"{app}/{token}", []).append(message)
        self.message_posted.set()
        if request.query.get("wait") in ("true", "1"):
            if self.webhook_answer == "empty":
                return web.Response(status=200)
            if self.webhook_answer == "no-id":
                return _json({"type": 0})
            return _json(self._public(message))
        return web.Response(status=204)

    def _webhook_store(self, request: web.Request) -> list[dict[str, Any]]:
        app, token = request.match_info["app"], request.match_info["token"]
        if app == str(self.app_id):
            record = next((r for r in self.interactions.values() if r.token == token), None)
            if record is None:
                return []
            return [*record.followups, *([record.original] if record.original else [])]
        return self.webhook_messages.get(f"{app}/{token}", [])

    async def edit_webhook_message(self, request: web.Request) -> web.Response:
        app, token, message_id = (
            request.match_info["app"],
            request.match_info["token"],
            request.match_info["message"],
        )
        payload, attachments = await self._read_message_payload(request)
        problem = self._validate(payload)
        if problem:
            return _invalid(problem)
        if app == str(self.app_id):
            record = next((r for r in self.interactions.values() if r.token == token), None)
            if record is None:
                return _json({"message": "Unknown Webhook", "code": 10015}, status=404)
            if message_id == "@original":
                if time.monotonic() - record.created > 15 * 60:
                    return _json({"message": "Unknown Webhook", "code": 10015}, status=404)
                message = self._message(0, payload, attachments)
                if record.original is not None:
                    message["id"] = record.original["id"]
                record.original = message
                record.edits.append(message)
                record.done.set()
                return _json(self._public(message))
        for message in self._webhook_store(request):
            if message["id"] == message_id:
                if message.get("_thread_id") != request.query.get("thread_id"):
                    break  # a message in a thread is only found with its ?thread_id=
                for key in ("content", "embeds", "components"):
                    if key in payload:
                        message[key] = payload[key]
                message["edited_timestamp"] = iso_now()
                if app == str(self.app_id):  # an edit of an interaction followup
                    record = next((r for r in self.interactions.values() if r.token == token), None)
                    if record is not None:
                        record.edits.append(self._public(message))
                return _json(self._public(message))
        return _json({"message": "Unknown Message", "code": 10008}, status=404)

    async def get_webhook_message(self, request: web.Request) -> web.Response:
        if request.match_info["message"] == "@original":
            record = next(
                (r for r in self.interactions.values() if r.token == request.match_info["token"]), None
            )
            if record is not None and record.original is not None:
                return _json(self._public(record.original))
        for message in self._webhook_store(request):
            if message["id"] == request.match_info["message"]:
                return _json(self._public(message))
        return _json({"message": "Unknown Message", "code": 10008}, status=404)

    async def delete_webhook_message(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    # -- gateway -------------------------------------------------------------------------
    async def gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(heartbeat=None, max_msg_size=0)
        await ws.prepare(request)
        self.sockets.append(ws)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": self.heartbeat_ms}}))
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                data = json.loads(msg.data)
                op = data.get("op")
                if op == 1:
                    await ws.send_str(json.dumps({"op": 11}))
                elif op == 2:
                    await self._identify(ws, data["d"])
                elif op == 6:
                    await self._resume(ws, data["d"])
        finally:
            if ws in self.sockets:
                self.sockets.remove(ws)
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        if data.get("token") not in (self.token, f"Bot {self.token}"):
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        self.identifies += 1
        session = f"session-{snowflake()}"
        self.sessions.add(session)
        self._seq += 1
        ready = {
            "v": 10,
            "user": self.bot_user,
            "session_id": session,
            "resume_gateway_url": self.gateway_url,
            "guilds": [{"id": str(g), "unavailable": True} for g in self.guilds],
            "shard": [0, 1],
            "application": {"id": str(self.app_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        await ws.send_str(json.dumps({"op": 0, "t": "READY", "s": self._seq, "d": ready}))
        for guild in self.guilds.values():
            self._seq += 1
            await ws.send_str(
                json.dumps(
                    {
                        "op": 0,
                        "t": "GUILD_CREATE",
                        "s": self._seq,
                        "d": guild.payload(self.bot_user, self.bot_roles[guild.id]),
                    }
                )
            )
        self.ready.set()

    async def _resume(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        if data.get("session_id") not in self.sessions:
            await ws.send_str(json.dumps({"op": 9, "d": False}))
            return
        self.resumes += 1
        self._seq += 1
        await ws.send_str(json.dumps({"op": 0, "t": "RESUMED", "s": self._seq, "d": {}}))

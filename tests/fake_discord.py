"""A local fake of Discord's API for end-to-end tests: REST + a websocket gateway on 127.0.0.1.

The real discord.py client connects to it through DISCORD_API_BASE. It enforces what the
tests must not get away with: Discord's payload limits, the 3-second interaction deadline,
nonce deduplication only within a short window (like Discord, so reconciliation is what
proves exactly-once, not the fake), and it can inject 429s (route and global), 5xx,
responses that time out after the request was handled, and gateway drops. Its clock can run
ahead of or behind the bot's (``clock_offset``), and channels can be given older history.

Beyond text channels it has announcement channels, forums with tags, and threads (``add_channel``,
``add_thread``; ``threads`` lists them): forum posts, threads from messages or without one,
messages in threads, and webhooks with ``thread_id``/``thread_name``, with the permissions
(from the bot's roles and the parent channel's overwrites) and errors Discord has for them.
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

from aiohttp import BodyPartReader, WSMsgType, web
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
MANAGE_THREADS = 1 << 34
CREATE_PUBLIC_THREADS = 1 << 35
CREATE_PRIVATE_THREADS = 1 << 36
SEND_MESSAGES_IN_THREADS = 1 << 38
ALL_PERMISSIONS = (1 << 53) - 1
# The bot's role by default: what it needs to post alerts, in channels and in threads (public
# thread creation and sending in threads are separate permissions on Discord).
BOT_PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | CREATE_PUBLIC_THREADS
    | SEND_MESSAGES_IN_THREADS
)
MEMBER_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS

# Channel types (Discord's numbers).
TEXT = 0
ANNOUNCEMENT = 5
ANNOUNCEMENT_THREAD = 10
PUBLIC_THREAD = 11
PRIVATE_THREAD = 12
FORUM = 15
THREAD_TYPES = frozenset({ANNOUNCEMENT_THREAD, PUBLIC_THREAD, PRIVATE_THREAD})
REQUIRE_TAG = 1 << 4  # a forum's flag: every post needs a tag
ARCHIVE_DURATIONS = (60, 1440, 4320, 10080)

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


def _error(status: int, code: int, message: str) -> web.Response:
    """One of Discord's JSON errors: ``{"message", "code"}`` with its HTTP status."""
    return _json({"message": message, "code": code}, status=status)


def _field_error(field: str, code: str, message: str) -> web.Response:
    """Discord's 400 "Invalid Form Body" (50035) for one field (``code`` as Discord's, e.g.
    BASE_TYPE_REQUIRED, BASE_TYPE_BAD_LENGTH)."""
    errors = {field: {"_errors": [{"code": code, "message": message}]}}
    return _json({"message": "Invalid Form Body", "code": 50035, "errors": errors}, status=400)


def _missing_permissions() -> web.Response:
    return _error(403, 50013, "Missing Permissions")


def _name_problem(field: str, name: Any) -> web.Response | None:
    """A thread's name: required, 1-100 characters (Discord's limits), else its 400."""
    if name is None or name == "":
        return _field_error(field, "BASE_TYPE_REQUIRED", "This field is required")
    if not isinstance(name, str) or not 1 <= len(name) <= 100:
        return _field_error(field, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
    return None


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


def shard_of(guild_id: int, shard_count: int) -> int:
    """The shard a server belongs to, by Discord's rule."""
    return (guild_id >> 22) % shard_count


def guild_id_on_shard(shard_id: int, shard_count: int) -> int:
    """A fresh server id that falls on ``shard_id`` of ``shard_count`` (ids carry their
    creation time, so the next ids of one millisecond all fall on one shard)."""
    while True:
        candidate = snowflake()
        if shard_of(candidate, shard_count) == shard_id:
            return candidate
        _last_id[0] += 1 << 22  # the next millisecond's ids


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
    """A guild channel: text (0), announcement (5), forum (15), or a thread (10, 11, 12) whose
    ``parent_id`` is its channel (a thread has no overwrites: its parent's apply)."""

    id: int
    name: str
    type: int = TEXT
    overwrites: list[dict[str, Any]] = field(default_factory=list)
    parent_id: int | None = None
    topic: str | None = None
    flags: int = 0
    # A forum's tags: {"id", "name", "moderated", "emoji_id", "emoji_name"}.
    available_tags: list[dict[str, Any]] = field(default_factory=list)
    last_message_id: int | None = None
    # A thread's own fields.
    owner_id: int | None = None
    applied_tags: list[int] = field(default_factory=list)
    archived: bool = False
    locked: bool = False
    invitable: bool = True
    auto_archive_duration: int = 1440
    message_count: int = 0
    created_at: str = field(default_factory=iso_now)
    archived_at: str | None = None

    @property
    def is_thread(self) -> bool:
        return self.type in THREAD_TYPES

    @property
    def is_forum(self) -> bool:
        return self.type == FORUM

    def tag(self, name: str) -> int:
        """The id of this forum's tag called ``name``."""
        return next(int(t["id"]) for t in self.available_tags if t["name"] == name)

    def payload(self, guild_id: int, position: int = 0) -> dict[str, Any]:
        """The channel object as Discord sends it (GUILD_CREATE, GET /channels/{id}, events)."""
        if self.is_thread:
            return {
                "id": str(self.id),
                "guild_id": str(guild_id),
                "parent_id": str(self.parent_id),
                "owner_id": str(self.owner_id),
                "name": self.name,
                "type": self.type,
                "last_message_id": str(self.last_message_id) if self.last_message_id else None,
                "rate_limit_per_user": 0,
                "message_count": self.message_count,
                "member_count": 1,
                "total_message_sent": self.message_count,
                "flags": self.flags,
                "applied_tags": [str(t) for t in self.applied_tags],
                "thread_metadata": {
                    "archived": self.archived,
                    "auto_archive_duration": self.auto_archive_duration,
                    "archive_timestamp": self.archived_at or self.created_at,
                    "locked": self.locked,
                    "invitable": self.invitable,
                    "create_timestamp": self.created_at,
                },
            }
        data: dict[str, Any] = {
            "id": str(self.id),
            "name": self.name,
            "type": self.type,
            "position": position,
            "guild_id": str(guild_id),
            "permission_overwrites": self.overwrites,
            "nsfw": False,
            "parent_id": str(self.parent_id) if self.parent_id else None,  # a category
            "topic": self.topic,
            "last_message_id": str(self.last_message_id) if self.last_message_id else None,
            "rate_limit_per_user": 0,
            "flags": self.flags,
            "default_auto_archive_duration": 1440,
        }
        if self.is_forum:
            data.update(
                {
                    "available_tags": self.available_tags,
                    "default_reaction_emoji": None,
                    "default_sort_order": None,
                    "default_forum_layout": 0,
                    "default_thread_rate_limit_per_user": 0,
                }
            )
        return data


@dataclass
class Guild:
    id: int
    name: str
    locale: str = "en-US"
    channels: dict[int, Channel] = field(default_factory=dict)
    roles: dict[int, dict[str, Any]] = field(default_factory=dict)
    owner_id: int = 1

    def top_level(self) -> list[Channel]:
        """The channels that are not threads."""
        return [c for c in self.channels.values() if not c.is_thread]

    def active_threads(self) -> list[Channel]:
        """Threads not archived whose channel still exists."""
        return [
            c
            for c in self.channels.values()
            if c.is_thread and not c.archived and c.parent_id in self.channels
        ]

    def position(self, channel: Channel) -> int:
        top = self.top_level()
        return top.index(channel) if channel in top else 0

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
            "channels": [c.payload(self.id, i) for i, c in enumerate(self.top_level())],
            # Active threads (discord.py caches them from here, as from Discord).
            "threads": [t.payload(self.id) for t in self.active_threads()],
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
    message_pressed: dict[str, Any] | None = None  # a component interaction's message
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
        # Webhooks bound to a channel (webhook_url(channel=…)): "id/token" -> channel id.
        self.webhook_channels: dict[str, int] = {}
        self._background: set[asyncio.Task[None]] = set()
        self.sockets: list[web.WebSocketResponse] = []
        # Sharding: the shard [id, count] each connection identified as (absent: [0, 1]), the
        # count GET /gateway/bot recommends, and every shard that identified, in order.
        self.socket_shards: dict[web.WebSocketResponse, tuple[int, int]] = {}
        self.session_shards: dict[str, tuple[int, int]] = {}
        self.shard_count = 1
        self.identified_shards: list[tuple[int, int]] = []
        # INTERACTION_CREATE id -> the shards it was sent to (only the server's shard gets it)
        self.interaction_shards: dict[str, list[int]] = {}
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
        assert self.server is not None and self.server.port is not None
        return self.server.port

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def webhook_url(
        self, webhook_id: str = "9001", token: str = "hook-token", *, channel: Channel | int | None = None
    ) -> str:
        """A webhook's URL. Without ``channel`` it posts anywhere (any ``?thread_id=`` is taken
        as is); bound to a ``channel`` it behaves as Discord's webhook of that channel: its
        messages land in the channel (``posts``), ``?thread_id=`` must be one of its threads,
        and on a forum each message needs ``thread_name`` (a new post) or ``thread_id``."""
        if channel is not None:
            self.webhook_channels[f"{webhook_id}/{token}"] = (
                channel.id if isinstance(channel, Channel) else int(channel)
            )
        return f"http://127.0.0.1:{self.port}/api/v10/webhooks/{webhook_id}/{token}"

    # -- world building ----------------------------------------------------------------
    def add_guild(
        self,
        name: str = "Test Server",
        *,
        locale: str = "en-US",
        channels: tuple[str, ...] = ("alerts", "general"),
        bot_permissions: int = BOT_PERMISSIONS,
        shard: tuple[int, int] | None = None,
    ) -> Guild:
        """A server the bot is in; ``shard`` (id, count): one whose id falls on that shard."""
        guild = Guild(id=guild_id_on_shard(*shard) if shard else snowflake(), name=name, locale=locale)
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
        """The channel (or thread) called ``name``: channels come first."""
        return next(c for c in guild.channels.values() if c.name == name)

    def add_channel(
        self,
        guild: Guild,
        name: str,
        *,
        type: int = TEXT,
        tags: tuple[str | dict[str, Any], ...] = (),
        require_tag: bool = False,
        topic: str | None = None,
        overwrites: list[dict[str, Any]] | None = None,
    ) -> Channel:
        """A text (0), announcement (5) or forum (15) channel; a forum's ``tags`` are names, or
        dicts with "name" and optionally "moderated", "emoji_name", "emoji_id". CHANNEL_CREATE
        is sent if the bot is connected (see ``settle``)."""
        if type not in (TEXT, ANNOUNCEMENT, FORUM):
            raise ValueError(f"add_channel makes text, announcement or forum channels, not type {type}")
        if (tags or require_tag) and type != FORUM:
            raise ValueError("only a forum has tags")
        available = []
        for tag in tags:
            spec = {"name": tag} if isinstance(tag, str) else tag
            available.append(
                {
                    "id": str(snowflake()),
                    "name": spec["name"],
                    "moderated": bool(spec.get("moderated", False)),
                    "emoji_id": str(spec["emoji_id"]) if spec.get("emoji_id") else None,
                    "emoji_name": spec.get("emoji_name"),
                }
            )
        channel = Channel(
            id=snowflake(),
            name=name,
            type=type,
            overwrites=list(overwrites or []),
            topic=topic,
            available_tags=available,
            flags=REQUIRE_TAG if require_tag else 0,
        )
        guild.channels[channel.id] = channel
        self._dispatch_soon("CHANNEL_CREATE", channel.payload(guild.id, guild.position(channel)))
        return channel

    def add_thread(
        self,
        guild: Guild,
        parent: Channel,
        name: str,
        *,
        type: int | None = None,
        owner_id: int = 4242,
        tags: tuple[str, ...] = (),
        content: str | None = None,
        archived: bool = False,
        locked: bool = False,
    ) -> Channel:
        """A thread someone else already made in ``parent``: public (announcement thread in an
        announcement channel) unless ``type`` says otherwise; in a forum, a post with its
        starter message (``content``, by ``owner_id``; its id is the thread's) and ``tags``
        (names). THREAD_CREATE is sent if the bot is connected (see ``settle``)."""
        if parent.is_thread or parent.id not in guild.channels:
            raise ValueError("a thread's parent is a channel of this guild")
        if type is None:
            type = ANNOUNCEMENT_THREAD if parent.type == ANNOUNCEMENT else PUBLIC_THREAD
        if type not in THREAD_TYPES:
            raise ValueError(f"not a thread type: {type}")
        if tags and not parent.is_forum:
            raise ValueError("only a forum's posts have tags")
        thread = Channel(
            id=snowflake(),
            name=name,
            type=type,
            parent_id=parent.id,
            owner_id=owner_id,
            applied_tags=[parent.tag(t) for t in tags],
            archived=archived,
            locked=locked,
        )
        if archived:
            thread.archived_at = iso_now()
        if parent.is_forum:  # a post starts with its message, whose id is the thread's
            message = self._message(
                thread.id,
                {"content": content if content is not None else name},
                [],
                author=user_payload(owner_id, "someone"),
            )
            message["id"] = str(thread.id)
            self.messages.setdefault(thread.id, []).append(message)
            thread.message_count = 1
            thread.last_message_id = thread.id
            parent.last_message_id = thread.id
        guild.channels[thread.id] = thread
        if not archived:
            self._dispatch_soon("THREAD_CREATE", thread.payload(guild.id))
        return thread

    def threads(self, parent_id: int) -> list[dict[str, Any]]:
        """The threads of a channel (in id order): id, name, type, applied_tags (ids), tags
        (names), archived, locked, owner_id and their messages (as ``posts``)."""
        found = self._find_channel(parent_id)
        if found is None:
            return []
        guild, parent = found
        names = {int(t["id"]): t["name"] for t in parent.available_tags}
        return [
            {
                "id": t.id,
                "name": t.name,
                "type": t.type,
                "applied_tags": list(t.applied_tags),
                "tags": [names.get(tag, str(tag)) for tag in t.applied_tags],
                "archived": t.archived,
                "locked": t.locked,
                "owner_id": t.owner_id,
                "messages": self.posts(t.id),
            }
            for t in sorted(guild.channels.values(), key=lambda c: c.id)
            if t.is_thread and t.parent_id == parent_id
        ]

    def permissions(self, guild: Guild, channel: Channel) -> int:
        """The bot's permissions in a channel as Discord computes them: @everyone and the bot's
        role, then the channel's overwrites (@everyone, roles, the bot as member); a thread's
        are its parent's. No View Channel means no permission at all."""
        if channel.is_thread and channel.parent_id in guild.channels:
            channel = guild.channels[channel.parent_id]
        roles = [guild.id, self.bot_roles.get(guild.id, 0)]
        perms = 0
        for role in roles:
            if role in guild.roles:
                perms |= int(guild.roles[role]["permissions"])
        if perms & ADMINISTRATOR:
            return ALL_PERMISSIONS
        overwrites = {(str(o["id"]), int(o.get("type", 0))): o for o in channel.overwrites}
        everyone = overwrites.get((str(guild.id), 0))
        if everyone:
            perms = (perms & ~int(everyone["deny"])) | int(everyone["allow"])
        allow = deny = 0
        for role in roles[1:]:
            found = overwrites.get((str(role), 0))
            if found:
                allow |= int(found["allow"])
                deny |= int(found["deny"])
        perms = (perms & ~deny) | allow
        member = overwrites.get((str(self.bot_id), 1))
        if member:
            perms = (perms & ~int(member["deny"])) | int(member["allow"])
        return perms if perms & VIEW_CHANNEL else 0

    def _refused(self, guild: Guild, channel: Channel, needed: int) -> web.Response | None:
        """403 unless the bot has ``needed`` in the channel: 50001 Missing Access without View
        Channel, else 50013 Missing Permissions (``forbidden_channels`` refuses everything,
        in a channel and in its threads)."""
        if channel.id in self.forbidden_channels or channel.parent_id in self.forbidden_channels:
            return _missing_permissions()
        perms = self.permissions(guild, channel)
        if not perms & VIEW_CHANNEL:
            return _error(403, 50001, "Missing Access")
        if perms & needed != needed:
            return _missing_permissions()
        return None

    async def deny_bot(self, guild: Guild, channel: Channel, permissions: int) -> None:
        """A channel overwrite that takes permissions away from the bot's role (CHANNEL_UPDATE).
        A thread has no overwrites of its own: deny on its parent."""
        if channel.is_thread:
            raise ValueError("a thread's permissions are its parent's: deny_bot on the parent")
        channel.overwrites.append(
            {"id": str(self.bot_roles[guild.id]), "type": 0, "allow": "0", "deny": str(permissions)}
        )
        await self.dispatch("CHANNEL_UPDATE", channel.payload(guild.id, guild.position(channel)))

    def _dispatch_soon(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway event from a synchronous helper, if a client is connected."""
        if not any(not ws.closed for ws in self.sockets):
            return
        task = asyncio.get_running_loop().create_task(self.dispatch(event, data))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def settle(self) -> None:
        """Wait until the events the synchronous helpers queued have been sent."""
        while self._background:
            await asyncio.gather(*list(self._background))

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
    async def dispatch(self, event: str, data: dict[str, Any]) -> list[int]:
        """Send an event to the connections that get it: a server's events go only to the
        shard that owns the server, as Discord does. Returns the shard ids it went to."""
        self._seq += 1
        payload = json.dumps({"op": 0, "t": event, "s": self._seq, "d": data})
        guild_id = data.get("guild_id") or (data.get("id") if event.startswith("GUILD_") else None)
        sent: list[int] = []
        for ws in list(self.sockets):
            if ws.closed:
                continue
            shard_id, count = self.socket_shards.get(ws, (0, 1))
            if guild_id is not None and shard_of(int(guild_id), count) != shard_id:
                continue
            await ws.send_str(payload)
            sent.append(shard_id)
        return sent

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
            "channel": (
                {**channel.payload(guild.id), "permissions": str(BOT_PERMISSIONS)}
                if channel.is_thread  # discord.py builds a Thread from it: its fields too
                else {
                    "id": str(channel.id),
                    "type": channel.type,
                    "name": channel.name,
                    "guild_id": str(guild.id),
                }
            ),
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
        for depth, sub in reversed(list(enumerate(names[1:], start=1))):
            kind = 1 if depth == len(names) - 1 else 2  # a subcommand, inside its subcommand group
            option_list = [{"type": kind, "name": sub, "options": option_list}]
        kind = 4 if focused else 2
        payload, record = self._interaction_base(
            kind, guild, self.channel(guild, channel), user_id=user_id, admin=admin, locale=locale
        )
        payload["data"] = {"id": str(snowflake()), "name": names[0], "type": 1, "options": option_list}
        if resolved:
            payload["data"]["resolved"] = resolved
        self.interaction_shards[payload["id"]] = await self.dispatch("INTERACTION_CREATE", payload)
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
        data = {
            "id": str(channel.id),
            "name": channel.name,
            "type": channel.type,
            "permissions": str(BOT_PERMISSIONS),
            "guild_id": str(guild.id),
        }
        if channel.is_thread:  # a resolved thread carries its parent and metadata
            data = {**channel.payload(guild.id), **data}
        elif channel.parent_id:
            data["parent_id"] = str(channel.parent_id)
        return {"channels": {str(channel.id): data}}

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
        record.message_pressed = message
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
        r.add_get(f"{api}/channels/{{channel}}/messages/{{message}}", self.get_message)
        r.add_post(f"{api}/channels/{{channel}}/threads", self.start_thread)
        r.add_post(f"{api}/channels/{{channel}}/messages/{{message}}/threads", self.start_thread_from_message)
        r.add_get(f"{api}/guilds/{{guild}}/threads/active", self.active_threads)
        r.add_get(f"{api}/channels/{{channel}}/threads/archived/public", self.archived_threads)
        r.add_get(f"{api}/webhooks/{{app}}/{{token}}", self.get_webhook)
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
                "shards": self.shard_count,
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
        """The channel or thread with this id (a thread whose channel was deleted is gone too)."""
        for guild in self.guilds.values():
            if channel_id in guild.channels:
                channel = guild.channels[channel_id]
                if channel.is_thread and channel.parent_id not in guild.channels:
                    return None
                return guild, channel
        return None

    async def get_channel(self, request: web.Request) -> web.Response:
        found = self._find_channel(int(request.match_info["channel"]))
        if found is None:
            return _json({"message": "Unknown Channel", "code": 10003}, status=404)
        guild, channel = found
        return _json(channel.payload(guild.id, guild.position(channel)))

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
                if not isinstance(part, BodyPartReader):
                    continue
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
        guild, channel = found
        if channel.is_forum:  # only its posts (threads) take messages
            return _error(400, 50008, "Cannot send messages in a non-text channel")
        if channel.is_thread:
            refused = self._refused(guild, channel, SEND_MESSAGES_IN_THREADS) or self._locked(guild, channel)
            if refused:
                return refused
        elif channel_id in self.forbidden_channels:
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
        if channel.is_thread:
            await self._posted_in(guild, channel, message)
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

    def _locked(self, guild: Guild, thread: Channel) -> web.Response | None:
        """A locked thread takes messages only from those who can Manage Threads."""
        if thread.locked and not self.permissions(guild, thread) & MANAGE_THREADS:
            return _error(400, 160005, "Thread is locked")
        return None

    async def _posted_in(self, guild: Guild, thread: Channel, message: dict[str, Any]) -> None:
        """A message landed in a thread: count it, and reopen the thread if it was archived
        (as Discord does for a message sent into an archived, unlocked thread)."""
        thread.message_count += 1
        thread.last_message_id = int(message["id"])
        if thread.archived:
            thread.archived = False
            thread.archived_at = iso_now()
            await self.dispatch("THREAD_UPDATE", thread.payload(guild.id))

    async def _thread_created(self, guild: Guild, thread: Channel) -> None:
        """THREAD_CREATE for a thread just made through the API (newly_created, with the bot as
        its member when it made it)."""
        data = thread.payload(guild.id)
        data["newly_created"] = True
        if thread.owner_id == self.bot_id:
            data["member"] = {
                "id": str(thread.id),
                "user_id": str(self.bot_id),
                "join_timestamp": thread.created_at,
                "flags": 1,
            }
        await self.dispatch("THREAD_CREATE", data)

    async def get_message(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel"])
        if self._find_channel(channel_id) is None:
            return _json({"message": "Unknown Channel", "code": 10003}, status=404)
        for message in self.messages.get(channel_id, []):
            if message["id"] == request.match_info["message"]:
                return _json(self._public(message))
        return _json({"message": "Unknown Message", "code": 10008}, status=404)

    async def edit_message(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel"])
        message_id = request.match_info["message"]
        found = self._find_channel(channel_id)
        if found is not None and found[1].is_thread and found[1].archived:
            return _error(400, 50083, "Thread is archived")
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

    # -- threads and forum posts ------------------------------------------------------------
    @staticmethod
    def _archive_problem(payload: dict[str, Any]) -> web.Response | None:
        duration = payload.get("auto_archive_duration")
        if duration is not None and duration not in ARCHIVE_DURATIONS:
            return _field_error(
                "auto_archive_duration", "BASE_TYPE_CHOICES", f"Value must be one of {ARCHIVE_DURATIONS}."
            )
        return None

    def _tags_problem(self, guild: Guild, forum: Channel, tags: Any) -> tuple[list[int], web.Response | None]:
        """A forum post's ``applied_tags``: at most 5 of the forum's own tag ids; a moderated
        tag needs Manage Threads; a forum that requires a tag refuses a post without one."""
        if tags is None:
            tags = []
        if not isinstance(tags, list) or len(tags) > 5:
            return [], _field_error("applied_tags", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
        known = {int(t["id"]): t for t in forum.available_tags}
        ids: list[int] = []
        for tag in tags:
            tag_id = int(tag) if str(tag).isdigit() else -1
            if tag_id not in known:
                return [], _field_error("applied_tags", "INVALID_FORUM_TAG", f"Unknown tag: {tag}")
            if tag_id not in ids:
                ids.append(tag_id)
        moderated = any(known[t]["moderated"] for t in ids)
        if moderated and not self.permissions(guild, forum) & MANAGE_THREADS:
            return [], _missing_permissions()
        if forum.flags & REQUIRE_TAG and not ids:
            return [], _error(400, 40067, "A tag is required to create a forum post in this channel")
        return ids, None

    async def _new_post(
        self,
        guild: Guild,
        forum: Channel,
        name: str,
        message: dict[str, Any],
        tags: list[int],
        *,
        owner_id: int,
        duration: int | None = None,
    ) -> Channel:
        """A forum post: a public thread whose starter message has the thread's id."""
        thread = Channel(
            id=int(message["id"]),
            name=name,
            type=PUBLIC_THREAD,
            parent_id=forum.id,
            owner_id=owner_id,
            applied_tags=tags,
            auto_archive_duration=duration or 1440,
            message_count=1,
            last_message_id=int(message["id"]),
        )
        message["channel_id"] = str(thread.id)
        message["position"] = 0
        guild.channels[thread.id] = thread
        self.messages.setdefault(thread.id, []).append(message)
        forum.last_message_id = thread.id
        await self._thread_created(guild, thread)
        self.message_posted.set()
        return thread

    async def start_thread(self, request: web.Request) -> web.Response:
        """POST /channels/{id}/threads: a post in a forum (``message`` required, ``applied_tags``),
        else a thread without a message in a text (11 or 12) or announcement (10) channel."""
        found = self._find_channel(int(request.match_info["channel"]))
        if found is None:
            return _json({"message": "Unknown Channel", "code": 10003}, status=404)
        guild, channel = found
        payload, attachments = await self._read_message_payload(request)
        if channel.is_thread:
            return _error(400, 50024, "Cannot execute action on this channel type")
        problem = _name_problem("name", payload.get("name")) or self._archive_problem(payload)
        if problem:
            return problem
        if channel.is_forum:
            return await self._forum_post(guild, channel, payload, attachments)
        kind = payload.get("type")
        allowed = (ANNOUNCEMENT_THREAD,) if channel.type == ANNOUNCEMENT else (PUBLIC_THREAD, PRIVATE_THREAD)
        if kind is None:
            return _field_error("type", "BASE_TYPE_REQUIRED", "This field is required")
        if kind not in allowed:
            return _field_error("type", "BASE_TYPE_CHOICES", f"Value must be one of {allowed}.")
        needed = CREATE_PRIVATE_THREADS if kind == PRIVATE_THREAD else CREATE_PUBLIC_THREADS
        refused = self._refused(guild, channel, needed)
        if refused:
            return refused
        thread = Channel(
            id=snowflake(),
            name=payload["name"],
            type=kind,
            parent_id=channel.id,
            owner_id=self.bot_id,
            invitable=bool(payload.get("invitable", True)) if kind == PRIVATE_THREAD else True,
            auto_archive_duration=payload.get("auto_archive_duration") or 1440,
        )
        guild.channels[thread.id] = thread
        if kind != PRIVATE_THREAD:  # "vidradar started a thread": a system message in the channel
            notice = self._message(channel.id, {"content": thread.name}, [])
            notice["type"] = 18
            notice["message_reference"] = {"channel_id": str(thread.id), "guild_id": str(guild.id)}
            self.messages.setdefault(channel.id, []).append(notice)
        await self._thread_created(guild, thread)
        return _json(thread.payload(guild.id))

    async def _forum_post(
        self, guild: Guild, forum: Channel, payload: dict[str, Any], attachments: list[dict[str, Any]]
    ) -> web.Response:
        refused = self._refused(guild, forum, SEND_MESSAGES)
        if refused:
            return refused
        body = payload.get("message")
        if not isinstance(body, dict):
            return _field_error("message", "BASE_TYPE_REQUIRED", "This field is required")
        problem = self._validate(body)
        if problem:
            return _invalid(f"message.{problem}")
        if not (body.get("content") or body.get("embeds") or attachments or body.get("sticker_ids")):
            return _error(400, 50006, "Cannot send an empty message")
        tags, refused = self._tags_problem(guild, forum, payload.get("applied_tags"))
        if refused:
            return refused
        message = self._message(0, body, attachments)
        thread = await self._new_post(
            guild,
            forum,
            payload["name"],
            message,
            tags,
            owner_id=self.bot_id,
            duration=payload.get("auto_archive_duration"),
        )
        data = thread.payload(guild.id)
        data["message"] = self._public(message)
        return _json(data)

    async def start_thread_from_message(self, request: web.Request) -> web.Response:
        """POST /channels/{id}/messages/{message}/threads: a public thread (an announcement
        thread in an announcement channel) whose id is the message's."""
        found = self._find_channel(int(request.match_info["channel"]))
        if found is None:
            return _json({"message": "Unknown Channel", "code": 10003}, status=404)
        guild, channel = found
        payload = await request.json()
        if channel.is_thread or channel.is_forum:
            return _error(400, 50024, "Cannot execute action on this channel type")
        message = next(
            (m for m in self.messages.get(channel.id, []) if m["id"] == request.match_info["message"]), None
        )
        if message is None:
            return _json({"message": "Unknown Message", "code": 10008}, status=404)
        problem = _name_problem("name", payload.get("name")) or self._archive_problem(payload)
        if problem:
            return problem
        refused = self._refused(guild, channel, CREATE_PUBLIC_THREADS)
        if refused:
            return refused
        if int(message["id"]) in guild.channels:
            return _error(400, 160004, "A thread has already been created for this message")
        thread = Channel(
            id=int(message["id"]),
            name=payload["name"],
            type=ANNOUNCEMENT_THREAD if channel.type == ANNOUNCEMENT else PUBLIC_THREAD,
            parent_id=channel.id,
            owner_id=self.bot_id,
            auto_archive_duration=payload.get("auto_archive_duration") or 1440,
        )
        guild.channels[thread.id] = thread
        message["flags"] = int(message.get("flags") or 0) | 32  # HAS_THREAD
        message["thread"] = thread.payload(guild.id)
        await self._thread_created(guild, thread)
        return _json(thread.payload(guild.id))

    async def active_threads(self, request: web.Request) -> web.Response:
        guild = self.guilds.get(int(request.match_info["guild"]))
        if guild is None:
            return _json({"message": "Unknown Guild", "code": 10004}, status=404)
        return _json({"threads": [t.payload(guild.id) for t in guild.active_threads()], "members": []})

    async def archived_threads(self, request: web.Request) -> web.Response:
        """A channel's archived public threads, most recently archived first, ``limit`` at a time
        (at most 100), archived before ``before`` (an ISO timestamp), with ``has_more``."""
        found = self._find_channel(int(request.match_info["channel"]))
        if found is None:
            return _json({"message": "Unknown Channel", "code": 10003}, status=404)
        guild, channel = found
        refused = self._refused(guild, channel, READ_MESSAGE_HISTORY)
        if refused:
            return refused
        limit = min(int(request.query.get("limit", "50")), 100)
        before = request.query.get("before")
        threads = sorted(
            (
                t
                for t in guild.channels.values()
                if t.is_thread and t.archived and t.parent_id == channel.id and t.type != PRIVATE_THREAD
            ),
            key=lambda t: t.archived_at or t.created_at,
            reverse=True,
        )
        if before:
            threads = [t for t in threads if (t.archived_at or t.created_at) < before]
        page = threads[:limit]
        return _json(
            {"threads": [t.payload(guild.id) for t in page], "members": [], "has_more": len(threads) > limit}
        )

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
        if payload["type"] == 6 and record.message_pressed is not None:
            record.original = dict(record.message_pressed)  # @original is the pressed message
        if payload["type"] not in (5, 6):  # a deferred reply or update is done when it is edited
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
        bound = self.webhook_channels.get(f"{app}/{token}")
        target: tuple[Guild, Channel, Channel | None] | None = None
        if bound is not None:  # a webhook of a channel: Discord's rules for threads and forums
            where = self._webhook_target(bound, request.query.get("thread_id"), payload)
            if isinstance(where, web.Response):
                return where
            target = where
        message = self._message(
            0, payload, attachments, author=user_payload(int(app) if app.isdigit() else 1, name, bot=True)
        )
        message["_avatar_url"] = payload.get("avatar_url")
        message["_thread_id"] = request.query.get("thread_id")  # ?thread_id= posts into a thread
        if target is not None:
            guild, channel, thread = target
            message["webhook_id"] = app
            if thread is None and channel.is_forum:  # thread_name: a new post, its id the message's
                tags = [int(t) for t in payload.get("applied_tags") or []]
                owner = int(app) if app.isdigit() else 1
                thread = await self._new_post(
                    guild, channel, payload["thread_name"], message, tags, owner_id=owner
                )
                message["_thread_id"] = str(thread.id)  # later edits need ?thread_id= as in Discord
            elif thread is not None:
                message["channel_id"] = str(thread.id)
                self.messages.setdefault(thread.id, []).append(message)
                await self._posted_in(guild, thread, message)
            else:
                message["channel_id"] = str(channel.id)
                self.messages.setdefault(channel.id, []).append(message)
        self.webhook_messages.setdefault(f"{app}/{token}", []).append(message)
        self.message_posted.set()
        if request.query.get("wait") in ("true", "1"):
            if self.webhook_answer == "empty":
                return web.Response(status=200)
            if self.webhook_answer == "no-id":
                return _json({"type": 0})
            return _json(self._public(message))
        return web.Response(status=204)

    def _webhook_target(
        self, channel_id: int, thread_id: str | None, payload: dict[str, Any]
    ) -> tuple[Guild, Channel, Channel | None] | web.Response:
        """Where a bound webhook's message goes: (guild, channel, thread or None), or Discord's
        refusal. A forum needs ``thread_name`` (a new post, with ``applied_tags``) or
        ``?thread_id=`` of one of its posts, not both; ``thread_name`` only works on a forum."""
        found = self._find_channel(channel_id)
        if found is None:  # deleting a channel deletes its webhooks
            return _json({"message": "Unknown Webhook", "code": 10015}, status=404)
        guild, channel = found
        thread_name = payload.get("thread_name")
        if thread_id and thread_name:
            return _error(
                400, 220002, "Webhooks posted to forum channels cannot have both a thread_name and thread_id"
            )
        if thread_name is not None and not channel.is_forum:
            return _error(400, 220003, "Webhooks can only create threads in forum channels")
        if channel.is_forum and not thread_id and thread_name is None:
            return _error(
                400, 220001, "Webhooks posted to forum channels must have a thread_name or thread_id"
            )
        if thread_name is not None:
            problem = _name_problem("thread_name", thread_name)
            if problem:
                return problem
            tags, refused = self._tags_problem(guild, channel, payload.get("applied_tags"))
            if refused:
                return refused
            payload["applied_tags"] = tags
            return guild, channel, None
        if thread_id:
            thread = guild.channels.get(int(thread_id)) if thread_id.isdigit() else None
            if thread is None or not thread.is_thread or thread.parent_id != channel.id:
                return _json({"message": "Unknown Channel", "code": 10003}, status=404)
            if thread.locked:
                return _error(400, 160005, "Thread is locked")
            return guild, channel, thread
        return guild, channel, None

    async def get_webhook(self, request: web.Request) -> web.Response:
        """GET /webhooks/{id}/{token}: the webhook object (its channel, if bound to one)."""
        app, token = request.match_info["app"], request.match_info["token"]
        if app == str(self.app_id):
            return _json({"message": "Unknown Webhook", "code": 10015}, status=404)
        bound = self.webhook_channels.get(f"{app}/{token}")
        found = self._find_channel(bound) if bound is not None else None
        if bound is not None and found is None:
            return _json({"message": "Unknown Webhook", "code": 10015}, status=404)
        return _json(
            {
                "id": app,
                "type": 1,
                "name": "hook",
                "avatar": None,
                "token": token,
                "channel_id": str(bound) if bound is not None else None,
                "guild_id": str(found[0].id) if found else None,
                "application_id": None,
            }
        )

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
            self.socket_shards.pop(ws, None)
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        if data.get("token") not in (self.token, f"Bot {self.token}"):
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        self.identifies += 1
        shard_id, count = data.get("shard") or (0, 1)
        if not 0 <= shard_id < count:
            await ws.close(code=4010, message=b"Invalid shard.")
            return
        session = f"session-{snowflake()}"
        self.socket_shards[ws] = self.session_shards[session] = (shard_id, count)
        self.identified_shards.append((shard_id, count))
        self.sessions.add(session)
        self._seq += 1
        mine = [guild for guild in self.guilds.values() if shard_of(guild.id, count) == shard_id]
        ready = {
            "v": 10,
            "user": self.bot_user,
            "session_id": session,
            "resume_gateway_url": self.gateway_url,
            "guilds": [{"id": str(g.id), "unavailable": True} for g in mine],
            "shard": [shard_id, count],
            "application": {"id": str(self.app_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        await ws.send_str(json.dumps({"op": 0, "t": "READY", "s": self._seq, "d": ready}))
        for guild in mine:
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
        self.socket_shards[ws] = self.session_shards.get(data["session_id"], (0, 1))
        self._seq += 1
        await ws.send_str(json.dumps({"op": 0, "t": "RESUMED", "s": self._seq, "d": {}}))

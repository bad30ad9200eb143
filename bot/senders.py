"""Where deliveries go: a Discord channel through the bot, or a webhook URL (headless mode).

Both map failures onto :class:`feeds.service.delivery.SendError`: 403/404 are permanent (the admin
must fix the channel or the permission), 429/5xx/network errors are transient.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import time
from datetime import datetime
from typing import Any

import aiohttp
import discord
import yarl

from feeds.service.delivery import SendError, marker_of
from feeds.service.render import MessagePayload

# Reconciliation reads the channel oldest-first from the delivery's anchor (the channel's
# newest message just before its first post), so any number of messages posted since by others
# cannot hide its marker; this bounds the read (10 pages) in a channel that is very busy.
log = logging.getLogger(__name__)

RECONCILE_LIMIT = 1000
ARCHIVED_PAGES = 10  # of 50 archived forum posts each, searched for a post made before a crash
RECENT_LIMIT = 100  # without an anchor: the channel's latest messages
DISCORD_EPOCH = discord.utils.snowflake_time(0)  # an empty channel's anchor: read from its start
# A channel's newest message seen (read, or our own post) stays its anchor this long, on the
# monotonic clock: a burst of alerts over several drains costs one history read, not one each.
ANCHOR_REUSE_S = 60.0


def _forum_tags(forum: discord.ForumChannel, names: list[str]) -> list[discord.ForumTag]:
    """The forum tag named like the event (case-insensitive), among those the bot may apply (a
    moderated tag needs Manage Threads); when the forum requires a tag and none is named so,
    the first the bot may apply, so that the post is not refused."""
    me = forum.guild.me
    moderator = me is not None and forum.permissions_for(me).manage_threads
    usable = [tag for tag in forum.available_tags if moderator or not tag.moderated]
    wanted = {name.casefold() for name in names}
    named = [tag for tag in usable if tag.name.casefold() in wanted][:1]
    return named or (usable[:1] if forum.flags.require_tag else [])


def _allowed_mentions(payload: MessagePayload) -> discord.AllowedMentions:
    roles: list[discord.Object] | bool = (
        [discord.Object(payload.allowed_role)] if payload.allowed_role else False
    )
    return discord.AllowedMentions(everyone=False, users=False, roles=roles, replied_user=False)


def _translate(exc: discord.HTTPException, where: str) -> SendError:
    if isinstance(exc, discord.Forbidden):
        return SendError(f"missing permission to post in {where} (403)", permanent=True, channel_problem=True)
    if isinstance(exc, discord.NotFound):
        return SendError(f"{where} not found (404)", permanent=True, channel_problem=True)
    if exc.status == 400:
        return SendError(f"Discord refused the message: {exc.text[:150]}", permanent=True)
    if exc.status == 429:
        return SendError("rate limited by Discord (429)", retry_after=getattr(exc, "retry_after", None))
    return SendError(f"Discord error {exc.status}: {exc.text[:150]}")


class DiscordSender:
    """Posts through the running bot (discord.py handles 429 buckets and global limits)."""

    exactly_once = True

    def __init__(self, client: discord.Client) -> None:
        self.client = client
        self._newest: dict[int, tuple[datetime, float]] = {}  # channel -> (Discord time, monotonic)

    def _saw(self, channel_id: int, created_at: datetime) -> None:
        self._newest[channel_id] = (created_at, time.monotonic())

    def _channel(self, channel_id: int | None) -> discord.PartialMessageable:
        if channel_id is None:
            raise SendError(
                "no alert channel is set (use /alerts channel)", permanent=True, channel_problem=True
            )
        return self.client.get_partial_messageable(channel_id)

    async def send(
        self,
        channel_id: int | None,
        payload: MessagePayload,
        *,
        nonce: str,
        files: list[tuple[str, bytes]] | None = None,
    ) -> int | None:
        channel = self._channel(channel_id)
        try:
            message = await channel.send(
                content=payload.content or None,
                embeds=[discord.Embed.from_dict(e) for e in payload.embeds],
                files=[discord.File(io.BytesIO(data), filename=name) for name, data in files or []]
                or discord.utils.MISSING,
                nonce=nonce,
                allowed_mentions=_allowed_mentions(payload),
            )
        except discord.HTTPException as exc:
            raise _translate(exc, f"<#{channel_id}>") from None
        except (aiohttp.ClientError, OSError) as exc:
            raise SendError(f"network error: {type(exc).__name__}") from None
        self._saw(message.channel.id, message.created_at)
        return message.id

    async def edit(self, channel_id: int | None, message_id: int, payload: MessagePayload) -> None:
        channel = self._channel(channel_id)
        try:
            await channel.get_partial_message(message_id).edit(
                content=payload.content or None,
                embeds=[discord.Embed.from_dict(e) for e in payload.embeds],
                allowed_mentions=_allowed_mentions(payload),
            )
        except discord.HTTPException as exc:
            raise _translate(exc, f"message {message_id}") from None
        except (aiohttp.ClientError, OSError) as exc:
            raise SendError(f"network error: {type(exc).__name__}") from None

    async def post_in_forum(
        self, channel_id: int, payload: MessagePayload, *, name: str, tags: list[str]
    ) -> tuple[int, int]:
        """A new forum post titled ``name``, tagged with the forum's first tag named as one of
        ``tags`` (case-insensitive) if it has one: (thread id, starter message id)."""
        forum = self.client.get_channel(channel_id)
        try:
            if forum is None:
                forum = await self.client.fetch_channel(channel_id)
            if not isinstance(forum, discord.ForumChannel):
                raise SendError(
                    f"<#{channel_id}> is not a forum channel any more", permanent=True, channel_problem=True
                )
            applied = _forum_tags(forum, tags)
            created = await forum.create_thread(
                name=name[:100],
                content=payload.content or None,
                embeds=[discord.Embed.from_dict(e) for e in payload.embeds],
                applied_tags=applied,
                allowed_mentions=_allowed_mentions(payload),
            )
        except discord.HTTPException as exc:
            raise _translate(exc, f"<#{channel_id}>") from None
        except (aiohttp.ClientError, OSError) as exc:
            raise SendError(f"network error: {type(exc).__name__}") from None
        return created.thread.id, created.message.id

    async def find_in_forum(
        self, channel_id: int, marker: str, *, since: datetime | None = None
    ) -> tuple[int, int] | None:
        """Our forum post whose starter carries ``marker`` (a post created before a crash or a
        lost answer), among the forum's posts opened since ``since``: its active posts, then
        those archived since then (a post idle for an hour or more is archived). They are
        asked of Discord, not read from the client's cache: after a start the outbox runs
        before the gateway has delivered any server, so the cache knows no post yet."""
        me = self.client.user.id if self.client.user else None
        try:
            forum = self.client.get_channel(channel_id) or await self.client.fetch_channel(channel_id)
            if not isinstance(forum, discord.ForumChannel):
                return None
            active = await self.client.http.get_active_threads(forum.guild.id)
            for thread in active.get("threads", []):
                found = await self._forum_post(forum.id, thread, marker, me, since)
                if found is not None:
                    return found
            before: str | None = None
            for _page in range(ARCHIVED_PAGES):
                archived = await self.client.http.get_public_archived_threads(
                    forum.id, before=before, limit=50
                )
                threads = archived.get("threads", [])
                for thread in threads:
                    found = await self._forum_post(forum.id, thread, marker, me, since)
                    if found is not None:
                        return found
                if not threads or not archived.get("has_more"):
                    break
                before = threads[-1]["thread_metadata"]["archive_timestamp"]
                if since is not None and datetime.fromisoformat(before) < since:
                    break  # archived before the delivery began: opened before it too
        except discord.HTTPException as exc:
            raise _translate(exc, f"<#{channel_id}>") from None
        except (aiohttp.ClientError, OSError) as exc:
            raise SendError(f"network error: {type(exc).__name__}") from None
        return None

    async def _forum_post(
        self, forum_id: int, thread: Any, marker: str, me: int | None, since: datetime | None
    ) -> tuple[int, int] | None:
        """(post id, starter id) when ``thread`` (Discord's JSON) is our post in this forum,
        opened since ``since``, whose starter carries ``marker``."""
        thread_id = int(thread["id"])
        if (
            int(thread.get("parent_id") or 0) != forum_id
            or int(thread.get("owner_id") or 0) != me
            or (since is not None and discord.utils.snowflake_time(thread_id) < since)
        ):
            return None
        try:  # a post's starter message has the post's id
            starter = await self.client.get_partial_messageable(thread_id).fetch_message(thread_id)
        except discord.NotFound:
            return None  # that post's first message was deleted: look at the others
        if marker_of([e.footer.text or "" for e in starter.embeds if e.footer]) == marker:
            return thread_id, starter.id
        return None

    async def open_thread(self, channel_id: int, message_id: int, name: str) -> int:
        """A public thread from our alert (its id is the message's); an alert that has one
        already keeps it."""
        try:
            data = await self.client.http.start_thread_with_message(
                channel_id, message_id, name=name[:100], auto_archive_duration=10080
            )
        except discord.HTTPException as exc:
            if exc.code == 160004:  # a thread has already been created for this message
                return message_id
            raise _translate(exc, f"<#{channel_id}>") from None
        except (aiohttp.ClientError, OSError) as exc:
            raise SendError(f"network error: {type(exc).__name__}") from None
        return int(data["id"])

    async def anchor(self, channel_id: int | None) -> datetime:
        """Discord's time of the channel's newest message (or of Discord's epoch, for an empty
        channel): every message posted from now on comes after it, whatever our clock says."""
        channel = self._channel(channel_id)
        seen = self._newest.get(channel.id)
        if seen is not None and time.monotonic() - seen[1] < ANCHOR_REUSE_S:
            return seen[0]
        try:
            newest = [message async for message in channel.history(limit=1)]
        except discord.Forbidden:
            raise SendError(
                f"missing Read Message History in <#{channel_id}> (403): vidradar reads the channel's newest "
                "message before posting, so that a retry never posts twice",
                permanent=True,
                channel_problem=True,
            ) from None
        except discord.HTTPException as exc:
            raise _translate(exc, f"<#{channel_id}>") from None
        except (aiohttp.ClientError, OSError) as exc:
            raise SendError(f"network error: {type(exc).__name__}") from None
        anchor = newest[0].created_at if newest else DISCORD_EPOCH
        self._saw(channel.id, anchor)
        return anchor

    async def find(self, channel_id: int | None, marker: str, *, since: datetime | None = None) -> int | None:
        """The id of our message carrying ``marker``, posted after ``since`` (on Discord's clock:
        a moment before the delivery's first post), if there is one."""
        channel = self._channel(channel_id)
        me = self.client.user.id if self.client.user else None
        history = (
            channel.history(limit=RECONCILE_LIMIT, after=max(since, DISCORD_EPOCH))
            if since is not None
            else channel.history(limit=RECENT_LIMIT)
        )
        try:
            async for message in history:
                if message.author.id != me:
                    continue
                footers = [e.footer.text or "" for e in message.embeds if e.footer]
                if marker_of(footers) == marker:
                    return message.id
        except discord.HTTPException as exc:
            raise _translate(exc, f"<#{channel_id}>") from None
        except (aiohttp.ClientError, OSError) as exc:
            raise SendError(f"network error: {type(exc).__name__}") from None
        return None


def webhook_base(url: str) -> yarl.URL:
    """The webhook URL without a trailing slash or ``wait``, keeping the rest of its query
    (``?thread_id=…`` posts into a thread; edits of its messages need it too)."""
    parsed = yarl.URL(url)
    query = {key: value for key, value in parsed.query.items() if key != "wait"}
    return parsed.with_path(parsed.path.rstrip("/") or "/").with_query(query)


def message_url(base: yarl.URL, message_id: int) -> yarl.URL:
    return base.with_path(f"{base.path}/messages/{message_id}").with_query(base.query)


def _json_object(text: str) -> dict[str, Any] | None:
    """A success answer's body: the message, or None when a proxy or a stand-in answered 200
    with no body or with something else (the message was posted all the same)."""
    try:
        data = json.loads(text) if text.strip() else None
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _thread_name(payload: MessagePayload) -> str:
    """The forum post's title for a post that is not a story (a digest, a notice)."""
    title = next((e.get("title") for e in payload.embeds if e.get("title")), None)
    return str(title or payload.content or "vidradar")[:100]


def _message_id(data: dict[str, Any] | None) -> int | None:
    try:
        return int(data["id"]) if data and "id" in data else None
    except (TypeError, ValueError):
        return None


class WebhookSender:
    """Headless mode: a Discord webhook URL on any host (the tests use a loopback one).

    Short waits are handled here, as discord.py does for the bot: a 429 whose Retry-After is
    at most ``MAX_INLINE_WAIT`` seconds is waited out, a 5xx or network error is retried after
    ``RETRY_DELAYS``; anything longer goes back to the outbox, which retries with backoff."""

    exactly_once = False  # a webhook cannot read its channel back: at-least-once
    RETRY_DELAYS = (1.0, 3.0)
    MAX_INLINE_WAIT = 10.0
    MAX_TRIES = 4

    def __init__(
        self,
        url: str,
        session: aiohttp.ClientSession,
        *,
        username: str | None = None,
        avatar_url: str | None = None,
        forum: bool = False,
    ) -> None:
        self.url = webhook_base(url)
        # VIDRADAR_WEBHOOK_FORUM: a forum channel's webhook, where every post opens a forum post
        # (``thread_name``): one per story, later coverage inside it.
        self.forum_posts = forum
        self.session = session
        # VIDRADAR_WEBHOOK_USERNAME / _AVATAR_URL: how every post is signed (new posts only:
        # an edit keeps the name and avatar the message was posted with).
        self.identity = {k: v for k, v in (("username", username), ("avatar_url", avatar_url)) if v}
        self._warned_no_id = False

    async def _request(
        self,
        method: str,
        url: yarl.URL,
        payload: MessagePayload,
        files: list[tuple[str, bytes]] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any] | None:
        server_errors = 0
        for attempt in range(1, self.MAX_TRIES + 1):
            try:
                return await self._request_once(method, url, payload, files, extra)
            except SendError as exc:
                if exc.permanent or attempt == self.MAX_TRIES:
                    raise
                if exc.retry_after is not None:
                    if exc.retry_after > self.MAX_INLINE_WAIT:
                        raise
                    delay = exc.retry_after
                elif server_errors < len(self.RETRY_DELAYS):
                    delay = self.RETRY_DELAYS[server_errors]
                    server_errors += 1
                else:
                    raise
            await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _request_once(
        self,
        method: str,
        url: yarl.URL,
        payload: MessagePayload,
        files: list[tuple[str, bytes]] | None,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any] | None:
        body = payload.as_json()
        if method == "POST":
            body.update(self.identity)
        body.update(extra or {})
        try:
            if files:
                form = aiohttp.FormData()
                body["attachments"] = [{"id": i, "filename": name} for i, (name, _) in enumerate(files)]
                form.add_field("payload_json", json.dumps(body), content_type="application/json")
                for index, (name, data) in enumerate(files):
                    form.add_field(f"files[{index}]", data, filename=name, content_type="image/png")
                response = await self.session.request(method, url, data=form)
            else:
                response = await self.session.request(method, url, json=body)
            async with response:
                if response.status in (200, 201):
                    return _json_object(await response.text())
                if response.status == 204:
                    return None
                text = (await response.text())[:150]
                if response.status == 429:
                    retry = float(response.headers.get("Retry-After", "1") or 1)
                    raise SendError("rate limited by the webhook (429)", retry_after=retry)
                if response.status in (401, 403, 404):
                    raise SendError(
                        f"webhook refused the message ({response.status}): {text}", permanent=True
                    )
                if response.status == 400:
                    raise SendError(f"webhook refused the message: {text}", permanent=True)
                raise SendError(f"webhook error {response.status}: {text}")
        except aiohttp.ClientError as exc:
            raise SendError(f"network error: {type(exc).__name__}") from None

    async def send(
        self,
        channel_id: int | None,
        payload: MessagePayload,
        *,
        nonce: str,
        files: list[tuple[str, bytes]] | None = None,
    ) -> int | None:
        url = self.url.update_query(wait="true")
        extra: dict[str, Any] = {}
        if channel_id is not None:  # inside a forum post this webhook created
            url = url.update_query(thread_id=str(channel_id))
        elif self.forum_posts:  # a forum's webhook: every post opens a forum post
            extra["thread_name"] = _thread_name(payload)
        data = await self._request("POST", url, payload, files, extra)
        message_id = _message_id(data)
        if message_id is None and not self._warned_no_id:
            # Posted (Discord said 200), but without an id nothing can be edited into it later.
            log.warning("the webhook answered without a message id: later coverage will not be edited in")
            self._warned_no_id = True
        return message_id

    async def edit(self, channel_id: int | None, message_id: int, payload: MessagePayload) -> None:
        url = message_url(self.url, message_id)
        if channel_id is not None:  # a message in a forum post the webhook created
            url = url.update_query(thread_id=str(channel_id))
        await self._request("PATCH", url, payload)

    async def post_in_forum(
        self, channel_id: int, payload: MessagePayload, *, name: str, tags: list[str]
    ) -> tuple[int, int]:
        """A forum webhook's post: ``thread_name`` makes the post (tags need the forum's tag ids,
        which a webhook cannot read: untagged). (thread id, message id)."""
        url = self.url.update_query(wait="true")
        data = await self._request("POST", url, payload, None, {"thread_name": name[:100]})
        message_id, thread_id = _message_id(data), _message_id({"id": (data or {}).get("channel_id")})
        if message_id is None or thread_id is None:
            raise SendError("the forum webhook answered without the post's ids", permanent=True)
        return thread_id, message_id

    async def find_in_forum(
        self, channel_id: int, marker: str, *, since: datetime | None = None
    ) -> tuple[int, int] | None:
        return None  # a webhook cannot read its channel

    async def open_thread(self, channel_id: int, message_id: int, name: str) -> int:
        raise SendError("a webhook cannot open threads", permanent=True)

    async def find(self, channel_id: int | None, marker: str, *, since: datetime | None = None) -> int | None:
        return None

    async def anchor(self, channel_id: int | None) -> datetime | None:
        return None  # never reconciled: nothing to anchor

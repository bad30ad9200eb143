"""Where deliveries go: a Discord channel through the bot, or a webhook URL (headless mode).

Both map failures onto :class:`bot.delivery.SendError`: 403/404 are permanent (the admin
must fix the channel or the permission), 429/5xx/network errors are transient.
"""

from __future__ import annotations

import io
import json
from typing import Any

import aiohttp
import discord

from bot.delivery import SendError, marker_of
from bot.render import MessagePayload

HISTORY_LIMIT = 50  # how far back reconciliation looks for a delivery's marker


def _allowed_mentions(payload: MessagePayload) -> discord.AllowedMentions:
    roles: list[discord.Object] | bool = (
        [discord.Object(payload.allowed_role)] if payload.allowed_role else False
    )
    return discord.AllowedMentions(everyone=False, users=False, roles=roles, replied_user=False)


def _translate(exc: discord.HTTPException, where: str) -> SendError:
    if isinstance(exc, discord.Forbidden):
        return SendError(f"missing permission to post in {where} (403)", permanent=True)
    if isinstance(exc, discord.NotFound):
        return SendError(f"{where} not found (404)", permanent=True)
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

    def _channel(self, channel_id: int | None) -> discord.abc.Messageable:
        if channel_id is None:
            raise SendError("no alert channel is set (use /alerts channel)", permanent=True)
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
        return message.id

    async def edit(self, channel_id: int | None, message_id: int, payload: MessagePayload) -> None:
        channel = self._channel(channel_id)
        try:
            await channel.get_partial_message(message_id).edit(  # type: ignore[attr-defined]
                content=payload.content or None,
                embeds=[discord.Embed.from_dict(e) for e in payload.embeds],
                allowed_mentions=_allowed_mentions(payload),
            )
        except discord.HTTPException as exc:
            raise _translate(exc, f"message {message_id}") from None
        except (aiohttp.ClientError, OSError) as exc:
            raise SendError(f"network error: {type(exc).__name__}") from None

    async def find(self, channel_id: int | None, marker: str) -> int | None:
        channel = self._channel(channel_id)
        me = self.client.user.id if self.client.user else None
        try:
            async for message in channel.history(limit=HISTORY_LIMIT):
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


class WebhookSender:
    """Headless mode: a Discord webhook URL on any host (the tests use a loopback one)."""

    exactly_once = False  # a webhook cannot read its channel back: at-least-once

    def __init__(self, url: str, session: aiohttp.ClientSession) -> None:
        self.url = url.rstrip("/")
        self.session = session

    async def _request(
        self, method: str, url: str, payload: MessagePayload, files: list[tuple[str, bytes]] | None = None
    ) -> dict[str, Any] | None:
        body = payload.as_json()
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
                    return await response.json()  # type: ignore[no-any-return]
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
        data = await self._request("POST", f"{self.url}?wait=true", payload, files)
        return int(data["id"]) if data and "id" in data else None

    async def edit(self, channel_id: int | None, message_id: int, payload: MessagePayload) -> None:
        await self._request("PATCH", f"{self.url}/messages/{message_id}", payload)

    async def find(self, channel_id: int | None, marker: str) -> int | None:
        return None

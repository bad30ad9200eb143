"""The end-to-end harness: a fake Discord, the loopback feed server, and the real bot."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.app import VidradarBot
from feeds.config import Settings
from feeds.storage.store import Store
from tests.fake_discord import Channel, FakeDiscord, Guild
from tests.feedserver import FeedServer
from tests.helpers import wait_for


@dataclass
class BotEnv:
    fake: FakeDiscord
    feeds: FeedServer
    bot: VidradarBot
    store: Store
    settings: Settings
    guild: Guild

    async def until(
        self, condition: Callable[[], Any], timeout: float = 10.0, message: str = "condition"
    ) -> Any:
        try:
            return await wait_for(condition, timeout, message, every=0.05)
        except AssertionError as timed_out:
            # A timeout under load says little by itself: name what the bot had done by then.
            raise AssertionError(f"{timed_out}; {await self.state()}") from None

    async def state(self) -> str:
        """The outbox and the feeds as the database holds them: what a timed-out wait reports."""
        deliveries = await self.sql(
            "SELECT id, kind, story_id, state, edit_pending, attempts, last_error FROM deliveries ORDER BY id"
        )
        feeds = await self.sql("SELECT id, title, last_status, last_error FROM feeds ORDER BY id")
        announcements = await self.sql(
            "SELECT a.story_id, a.event, e.title FROM announcements a JOIN entries e ON e.id = a.entry_id ORDER BY a.id"
        )
        return f"deliveries={deliveries} feeds={feeds} announcements={announcements}"

    async def sql(self, query: str, *params: Any) -> list[dict[str, Any]]:
        return await self.store.read(lambda db: list(db.query(query, list(params))))

    async def execute(self, query: str, *params: Any) -> None:
        await self.store.write(lambda db: db.execute(query, list(params)))

    def channel_id(self, name: str = "alerts") -> int:
        return self.fake.channel(self.guild, name).id

    async def set_alert_channel(self, name: str = "alerts", guild: Guild | None = None) -> Channel:
        """`/alerts channel` by an admin (of this server, or of ``guild``)."""
        return await self._set_channel("alerts channel", name, guild, "Alerts will be posted")

    async def set_notices_channel(self, name: str, guild: Guild | None = None) -> Channel:
        """`/alerts notices` by an admin."""
        return await self._set_channel("alerts notices", name, guild, None)

    async def _set_channel(self, command: str, name: str, guild: Guild | None, expect: str | None) -> Channel:
        guild = guild or self.guild
        channel = self.fake.channel(guild, name)
        record = await self.fake.invoke(
            guild,
            command,
            {"channel": ("channel", channel.id)},
            resolved=self.fake.resolved_channel(guild, channel),
        )
        assert record.responses or record.followups, command
        if expect is not None:
            assert expect in record.text(), record.text()
        return channel

    async def poll_and_deliver(self) -> None:
        assert self.bot.runtime is not None
        await self.bot.runtime.poller.run_cycle(force=True)
        assert self.bot.runtime.worker is not None
        await self.bot.runtime.worker.drain()


async def start_bot(
    settings: Settings, store: Store, fake: FakeDiscord, *, start_runtime: bool = True
) -> tuple[VidradarBot, asyncio.Task]:
    bot = VidradarBot(
        settings, store, start_runtime=start_runtime, guild_ready_timeout=0.05
    )  # discord.py waits this long after the last guild
    task = asyncio.create_task(bot.start(fake.token))
    deadline = time.monotonic() + 15
    while not bot.is_ready():
        if task.done():
            task.result()
        if time.monotonic() > deadline:
            raise AssertionError("the bot did not become ready")
        await asyncio.sleep(0.05)
    return bot, task


async def stop_bot(bot: VidradarBot, task: asyncio.Task) -> None:
    await bot.close()
    await asyncio.gather(task, return_exceptions=True)

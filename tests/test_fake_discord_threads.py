"""The fake Discord's threads and forum channels, driven by the real discord.py client.

Alert routes will post into threads and forum posts: these tests hold the fake to what Discord
does there (channel classes built from GUILD_CREATE, forum posts whose starter message has the
thread's id, threads started from messages, webhooks with ``thread_name``/``thread_id``, the
permissions each step needs and the errors Discord answers with)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
import discord
import pytest
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route, handle_message_parameters

from tests.fake_discord import (
    ANNOUNCEMENT,
    CREATE_PUBLIC_THREADS,
    FORUM,
    PRIVATE_THREAD,
    PUBLIC_THREAD,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    VIEW_CHANNEL,
    Channel,
    FakeDiscord,
    Guild,
)
from tests.helpers import wait_for


@dataclass
class World:
    fake: FakeDiscord
    client: discord.Client
    guild: Guild
    alerts: Channel
    forum: Channel
    news: Channel
    weekly: Channel  # an existing thread in #alerts
    older_post: Channel  # an existing forum post, tagged "Delay"

    def get(self, channel: Channel) -> discord.abc.GuildChannel | discord.Thread:
        found = self.client.get_channel(channel.id)
        assert found is not None, channel.name
        return found  # type: ignore[return-value]


@pytest.fixture
async def world(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[World]:
    async with FakeDiscord() as fake:
        guild = fake.add_guild("Threads", channels=("alerts", "general"))
        alerts = fake.channel(guild, "alerts")
        forum = fake.add_channel(
            guild, "launches", type=FORUM, tags=("Launch", "Delay", {"name": "Staff", "moderated": True})
        )
        news = fake.add_channel(guild, "news", type=ANNOUNCEMENT)
        weekly = fake.add_thread(guild, alerts, "weekly")
        older = fake.add_thread(guild, forum, "older post", tags=("Delay",), content="from before")
        monkeypatch.setattr(Route, "BASE", fake.api_base)
        monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.gateway_url))
        intents = discord.Intents.none()
        intents.guilds = True
        client = discord.Client(intents=intents, guild_ready_timeout=0.05)
        task = asyncio.create_task(client.start(fake.token))
        try:
            await wait_for(lambda: client.is_ready() or task.done(), 10, "the client is ready", every=0.02)
            if task.done():
                task.result()
            yield World(fake, client, guild, alerts, forum, news, weekly, older)
        finally:
            await client.close()
            await asyncio.gather(task, return_exceptions=True)


async def until(condition, message: str = "condition"):
    return await wait_for(condition, 5, message, every=0.02)


async def test_guild_create_builds_forum_announcement_and_thread_classes(world: World) -> None:
    forum = world.get(world.forum)
    assert isinstance(forum, discord.ForumChannel)
    assert [t.name for t in forum.available_tags] == ["Launch", "Delay", "Staff"]
    assert forum.get_tag(world.forum.tag("Staff")).moderated  # type: ignore[union-attr]
    news = world.get(world.news)
    assert isinstance(news, discord.TextChannel) and news.is_news()
    weekly = world.get(world.weekly)
    assert isinstance(weekly, discord.Thread)
    assert weekly.parent_id == world.alerts.id and weekly.type is discord.ChannelType.public_thread
    older = world.get(world.older_post)
    assert isinstance(older, discord.Thread) and older.parent == forum
    assert [t.name for t in older.applied_tags] == ["Delay"]
    assert world.fake.posts(world.older_post.id)[0]["id"] == str(world.older_post.id)  # the starter
    fetched = await world.client.fetch_channel(world.older_post.id)  # GET /channels/{thread}
    assert isinstance(fetched, discord.Thread) and fetched.parent_id == world.forum.id


async def test_a_forum_post_with_a_tag_then_a_follow_up_and_an_edit(world: World) -> None:
    forum = world.get(world.forum)
    assert isinstance(forum, discord.ForumChannel)
    launch = forum.get_tag(world.forum.tag("Launch"))
    assert launch is not None
    created = await forum.create_thread(
        name="Sora 2 API", embed=discord.Embed(title="OpenAI ships Sora 2"), applied_tags=[launch]
    )
    thread, message = created.thread, created.message
    assert thread.id == message.id and message.channel.id == thread.id  # the starter's id is the post's
    assert [t.name for t in thread.applied_tags] == ["Launch"]
    [post] = [t for t in world.fake.threads(world.forum.id) if t["id"] == thread.id]
    assert post["name"] == "Sora 2 API" and post["tags"] == ["Launch"]
    assert post["applied_tags"] == [world.forum.tag("Launch")]
    assert post["messages"][0]["embeds"][0]["title"] == "OpenAI ships Sora 2"
    cached = await until(lambda: world.client.get_channel(thread.id), "THREAD_CREATE")
    assert isinstance(cached, discord.Thread) and cached.owner_id == world.fake.bot_id
    assert forum.last_message_id == thread.id
    follow_up = await thread.send("coverage grows")
    await message.edit(embed=discord.Embed(title="OpenAI ships Sora 2 (updated)"))
    posts = world.fake.posts(thread.id)
    assert [m["id"] for m in posts] == [str(message.id), str(follow_up.id)]
    assert posts[0]["embeds"][0]["title"].endswith("(updated)") and posts[0]["edited_timestamp"]
    history = [m.id async for m in thread.history(limit=10)]
    assert history == [follow_up.id, message.id]


async def test_a_forum_refuses_what_discord_refuses(world: World) -> None:
    forum = world.get(world.forum)
    assert isinstance(forum, discord.ForumChannel)
    http = world.client.http
    with pytest.raises(discord.HTTPException) as caught:  # not one of this forum's tags
        await http.start_thread_in_forum(
            world.forum.id,
            params=handle_message_parameters(
                content="x", channel_payload={"name": "n", "applied_tags": ["12345"]}
            ),
        )
    assert (caught.value.status, caught.value.code) == (400, 50035)
    with pytest.raises(discord.HTTPException) as caught:  # a post needs its message
        await http.request(
            Route("POST", "/channels/{channel_id}/threads", channel_id=world.forum.id), json={"name": "n"}
        )
    assert (caught.value.status, caught.value.code) == (400, 50035)
    for name in ("", "x" * 101):
        with pytest.raises(discord.HTTPException) as caught:
            await forum.create_thread(name=name, content="body")
        assert (caught.value.status, caught.value.code) == (400, 50035)
    with pytest.raises(discord.HTTPException) as caught:  # an empty message
        await http.start_thread_in_forum(
            world.forum.id, params=handle_message_parameters(channel_payload={"name": "n"})
        )
    assert caught.value.code == 50006
    with pytest.raises(discord.HTTPException) as caught:  # a forum takes posts, not messages
        await http.send_message(world.forum.id, params=handle_message_parameters(content="hello"))
    assert (caught.value.status, caught.value.code) == (400, 50008)
    staff = forum.get_tag(world.forum.tag("Staff"))
    assert staff is not None
    with pytest.raises(discord.Forbidden) as refused:  # a moderated tag needs Manage Threads
        await forum.create_thread(name="n", content="body", applied_tags=[staff])
    assert refused.value.code == 50013
    strict = world.fake.add_channel(world.guild, "strict", type=FORUM, tags=("Launch",), require_tag=True)
    strict_forum = await until(lambda: world.client.get_channel(strict.id), "CHANNEL_CREATE")
    assert isinstance(strict_forum, discord.ForumChannel)
    with pytest.raises(discord.HTTPException) as caught:
        await strict_forum.create_thread(name="n", content="body")
    assert caught.value.code == 40067
    assert [t["name"] for t in world.fake.threads(world.forum.id)] == ["older post"]


async def test_a_thread_from_a_message_has_its_id_and_only_one_can_be_started(world: World) -> None:
    alerts = world.get(world.alerts)
    assert isinstance(alerts, discord.TextChannel)
    message = await alerts.send("Runway Gen-5 is out")
    thread = await message.create_thread(name="Gen-5 discussion")
    assert thread.id == message.id and thread.parent_id == world.alerts.id
    assert thread.type is discord.ChannelType.public_thread
    started = world.fake.posts(world.alerts.id)[-1]
    assert started["thread"]["id"] == str(thread.id) and started["flags"] & 32  # HAS_THREAD
    names = [t["name"] for t in world.fake.threads(world.alerts.id)]
    assert names == ["weekly", "Gen-5 discussion"]
    with pytest.raises(discord.HTTPException) as caught:
        await message.create_thread(name="again")
    assert (caught.value.status, caught.value.code) == (400, 160004)
    await thread.send("first reply")
    assert [m["content"] for m in world.fake.posts(thread.id)] == ["first reply"]
    news = world.get(world.news)
    assert isinstance(news, discord.TextChannel)
    announced = await news.send("announcement")
    news_thread = await announced.create_thread(name="about it")
    assert news_thread.type is discord.ChannelType.news_thread


async def test_a_thread_without_a_message_in_a_text_channel(world: World) -> None:
    alerts = world.get(world.alerts)
    assert isinstance(alerts, discord.TextChannel)
    thread = await alerts.create_thread(name="daily", type=discord.ChannelType.public_thread)
    assert thread.type is discord.ChannelType.public_thread
    notice = world.fake.posts(world.alerts.id)[-1]  # "vidradar started a thread"
    assert notice["type"] == 18 and notice["message_reference"]["channel_id"] == str(thread.id)
    assert world.fake.threads(world.alerts.id)[-1]["type"] == PUBLIC_THREAD
    with pytest.raises(discord.Forbidden):  # private threads need Create Private Threads
        await alerts.create_thread(name="secret", type=discord.ChannelType.private_thread)
    with pytest.raises(discord.HTTPException) as caught:
        await alerts.create_thread(name="x" * 101, type=discord.ChannelType.public_thread)
    assert caught.value.code == 50035
    assert all(t["type"] != PRIVATE_THREAD for t in world.fake.threads(world.alerts.id))


async def test_sending_into_an_existing_thread_and_an_archived_or_locked_one(world: World) -> None:
    weekly = world.get(world.weekly)
    assert isinstance(weekly, discord.Thread)
    sent = await weekly.send(embed=discord.Embed(title="this week"))
    assert world.fake.posts(world.weekly.id)[0]["id"] == str(sent.id)
    assert world.fake.posts(world.alerts.id) == []  # not in the parent
    archived = world.fake.add_thread(world.guild, world.alerts, "old", archived=True)
    assert archived.id not in {t.id for t in (world.client.get_guild(world.guild.id).threads)}  # type: ignore[union-attr]
    await world.client.http.send_message(archived.id, params=handle_message_parameters(content="wake up"))
    assert not archived.archived  # a message reopens an unlocked thread
    reopened = await until(lambda: world.client.get_channel(archived.id), "THREAD_UPDATE")
    assert isinstance(reopened, discord.Thread) and not reopened.archived
    locked = world.fake.add_thread(world.guild, world.alerts, "locked", locked=True)
    with pytest.raises(discord.HTTPException) as caught:
        await world.client.http.send_message(locked.id, params=handle_message_parameters(content="x"))
    assert caught.value.code == 160005
    assert world.fake.posts(locked.id) == []


async def test_threads_added_while_connected_reach_the_client(world: World) -> None:
    forum = world.fake.add_channel(world.guild, "releases", type=FORUM, tags=("Launch",))
    post = world.fake.add_thread(world.guild, forum, "by someone", tags=("Launch",))
    await world.fake.settle()
    cached = await until(lambda: world.client.get_channel(post.id), "THREAD_CREATE")
    assert isinstance(cached, discord.Thread) and isinstance(cached.parent, discord.ForumChannel)
    assert [t.name for t in cached.applied_tags] == ["Launch"]
    active = await world.client.get_guild(world.guild.id).active_threads()  # type: ignore[union-attr]
    assert {t.id for t in active} >= {world.weekly.id, post.id}


async def test_webhooks_post_forum_posts_with_thread_name_and_into_threads_with_thread_id(
    world: World,
) -> None:
    fake = world.fake
    fake.webhook_url("9101", "forum-token", channel=world.forum)
    fake.webhook_url("9102", "alerts-token", channel=world.alerts)
    forum = world.get(world.forum)
    assert isinstance(forum, discord.ForumChannel)
    launch = forum.get_tag(world.forum.tag("Launch"))
    assert launch is not None
    async with aiohttp.ClientSession() as session:
        hook = discord.Webhook.partial(9101, "forum-token", session=session)
        first = await hook.send(
            embed=discord.Embed(title="Luma Ray3"), thread_name="Luma Ray3", applied_tags=[launch], wait=True
        )
        assert first.channel.id == first.id  # the post's id is its starter message's
        [post] = [t for t in fake.threads(world.forum.id) if t["name"] == "Luma Ray3"]
        assert post["id"] == first.id and post["tags"] == ["Launch"]
        assert post["messages"][0]["webhook_id"] == "9101"
        cached = await until(lambda: world.client.get_channel(first.id), "THREAD_CREATE")
        assert isinstance(cached, discord.Thread) and cached.owner_id == 9101
        again = await hook.send("more coverage", thread=discord.Object(first.id), wait=True)
        await hook.edit_message(first.id, content="edited", thread=discord.Object(first.id))
        assert [m["id"] for m in fake.posts(first.id)] == [str(first.id), str(again.id)]
        assert fake.posts(first.id)[0]["content"] == "edited"
        with pytest.raises(discord.NotFound):  # a message in a thread is found with its thread_id only
            await hook.edit_message(first.id, content="lost")
        with pytest.raises(discord.HTTPException) as caught:  # a forum needs thread_name or thread_id
            await hook.send("nowhere", wait=True)
        assert caught.value.code == 220001
        with pytest.raises(discord.HTTPException) as caught:
            await hook.send("x", thread_name="y" * 101, wait=True)
        assert caught.value.code == 50035
        text_hook = discord.Webhook.partial(9102, "alerts-token", session=session)
        with pytest.raises(discord.HTTPException) as caught:  # thread_name is for forums only
            await text_hook.send("x", thread_name="new", wait=True)
        assert caught.value.code == 220003
        in_thread = await text_hook.send("weekly news", thread=discord.Object(world.weekly.id), wait=True)
        plain = await text_hook.send("in the channel", wait=True)
        assert [m["id"] for m in fake.posts(world.weekly.id)] == [str(in_thread.id)]
        assert [m["id"] for m in fake.posts(world.alerts.id)] == [str(plain.id)]
        with pytest.raises(discord.NotFound):  # a thread of another channel
            await text_hook.send("x", thread=discord.Object(world.older_post.id), wait=True)
        async with session.get(fake.webhook_url("9102", "alerts-token")) as response:
            assert (await response.json())["channel_id"] == str(world.alerts.id)
        # An unbound webhook (the default) keeps taking any thread_id, as before.
        free = discord.Webhook.partial(9001, "hook-token", session=session)
        await free.send("anywhere", thread=discord.Object(31337), wait=True)
    assert fake.webhook_messages["9001/hook-token"][0]["_thread_id"] == "31337"


async def test_missing_thread_permissions_are_403(world: World) -> None:
    fake, guild = world.fake, world.guild
    alerts = world.get(world.alerts)
    weekly = world.get(world.weekly)
    forum = world.get(world.forum)
    assert isinstance(alerts, discord.TextChannel) and isinstance(weekly, discord.Thread)
    assert isinstance(forum, discord.ForumChannel)
    message = await alerts.send("before the overwrite")
    await fake.deny_bot(guild, world.alerts, CREATE_PUBLIC_THREADS | SEND_MESSAGES_IN_THREADS)
    with pytest.raises(discord.Forbidden) as refused:
        await message.create_thread(name="no")
    assert refused.value.code == 50013
    with pytest.raises(discord.Forbidden) as refused:
        await alerts.create_thread(name="no", type=discord.ChannelType.public_thread)
    assert refused.value.code == 50013
    with pytest.raises(discord.Forbidden) as refused:  # the thread's permissions are its parent's
        await weekly.send("no")
    assert refused.value.code == 50013
    await alerts.send("the channel itself still takes messages")
    await fake.deny_bot(guild, world.forum, SEND_MESSAGES)
    with pytest.raises(discord.Forbidden) as refused:
        await forum.create_thread(name="no", content="body")
    assert refused.value.code == 50013
    older = world.get(world.older_post)
    assert isinstance(older, discord.Thread)
    await older.send("Send Messages in Threads is enough inside a post")
    await fake.deny_bot(guild, world.forum, VIEW_CHANNEL)
    with pytest.raises(discord.Forbidden) as refused:
        await older.send("unseen")
    assert refused.value.code == 50001  # Missing Access
    assert [t["name"] for t in fake.threads(world.alerts.id)] == ["weekly"]
    assert fake.posts(world.weekly.id) == []


async def test_forbidden_channels_and_deleted_parents_cover_their_threads(world: World) -> None:
    weekly = world.get(world.weekly)
    assert isinstance(weekly, discord.Thread)
    world.fake.forbidden_channels.add(world.alerts.id)
    with pytest.raises(discord.Forbidden):
        await weekly.send("no")
    world.fake.forbidden_channels.clear()
    await weekly.send("yes")
    del world.guild.channels[world.alerts.id]  # deleted on Discord's side: its threads go too
    with pytest.raises(discord.NotFound):
        await weekly.send("gone")
    assert world.fake.threads(world.alerts.id) == []


async def test_the_bot_role_without_thread_permissions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that invited the bot with only View Channel and Send Messages: the fake's
    permission arithmetic alone (no client needed)."""
    async with FakeDiscord() as fake:
        guild = fake.add_guild(bot_permissions=VIEW_CHANNEL | SEND_MESSAGES)
        alerts = fake.channel(guild, "alerts")
        thread = fake.add_thread(guild, alerts, "t")
        assert not fake.permissions(guild, thread) & SEND_MESSAGES_IN_THREADS
        alerts.overwrites.append(
            {"id": str(guild.id), "type": 0, "allow": str(SEND_MESSAGES_IN_THREADS), "deny": "0"}
        )
        assert fake.permissions(guild, thread) & SEND_MESSAGES_IN_THREADS  # @everyone's overwrite
        alerts.overwrites.append({"id": str(fake.bot_id), "type": 1, "allow": "0", "deny": str(VIEW_CHANNEL)})
        assert fake.permissions(guild, thread) == 0  # the member overwrite comes last

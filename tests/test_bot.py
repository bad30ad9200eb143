"""The Discord bot end to end: the real discord.py client against the fake Discord."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta

from feeds.service.delivery import marker_of
from feeds.storage import feed_records as feed_store
from feeds.timeutil import utcnow
from tests.fake_discord import EMBED_LINKS, SEND_MESSAGES
from tests.feedserver import rss
from tests.helpers import spec
from tests.test_poller import ANNOUNCEMENT, DISTRACTOR, item

MORE = [
    item("luma", "Luma launches Ray3, its new AI video model"),
    item("pika", "Pika launches Pika 3.0, its new AI video model"),
]
PRICING = item("runway-price", "Runway cuts Gen-4 API prices to $0.05 per second")


async def test_bot_connects_through_the_configured_api_and_gateway(bot_env) -> None:
    fake = bot_env.fake
    assert fake.identifies == 1
    assert ("GET", "/api/v10/gateway/bot") in fake.requests
    assert ("GET", "/api/v10/users/@me") in fake.requests
    synced = fake.commands[bot_env.guild.id]
    assert {c["name"] for c in synced} == {"feeds", "alerts", "vidradar", "news", "watch", "digest"}
    feeds = next(c for c in synced if c["name"] == "feeds")
    assert feeds["name_localizations"]["fr"] == "flux"
    assert str(feeds["default_member_permissions"]) == str(1 << 5)
    rows = await bot_env.sql("SELECT guild_id, locale, active FROM servers")
    assert rows == [{"guild_id": bot_env.guild.id, "locale": "en", "active": 1}]


async def add_feed(env, name: str, items: list[dict]) -> int:
    url = env.feeds.set_feed(name, rss(items))
    row = await env.store.write(lambda db: feed_store.add_feed(db, spec(url, name=name.title()), utcnow())[0])
    return row.id


def embeds_of(messages: list[dict]) -> list[dict]:
    return [e for m in messages for e in m["embeds"]]


async def test_coverage_that_arrives_while_an_edit_is_in_flight_is_edited_in_too(bot_env) -> None:
    """A second outlet's report is being edited into the alert when a third arrives: the edit
    in flight was rendered without it, so another edit follows instead of the mark being
    cleared with the first."""
    fake, runtime = bot_env.fake, bot_env.bot.runtime
    await bot_env.set_alert_channel()
    channel = bot_env.channel_id()
    await add_feed(bot_env, "first", [ANNOUNCEMENT])
    await bot_env.poll_and_deliver()
    [message] = fake.posts(channel)
    title = "OpenAI releases the Sora 2 API to developers, company says"
    await add_feed(bot_env, "second", [item("second", title)])
    await runtime.poller.run_cycle(force=True)
    edit = f"/channels/{channel}/messages/{message['id']}"
    fake.inject("PATCH", rf"{edit}$", delay=1.0)  # the edit lands, its answer is late
    in_flight = asyncio.create_task(runtime.worker.drain())
    await bot_env.until(lambda: ("PATCH", f"/api/v10{edit}") in fake.requests, message="the first edit")
    await add_feed(bot_env, "third", [item("third", title)])
    await runtime.poller.run_cycle(force=True)
    await in_flight

    def reported_by() -> str:
        fields = {f["name"]: f["value"] for f in message["embeds"][0]["fields"]}
        return fields.get("Also reported by", "")

    async def settled() -> bool:
        await runtime.worker.drain()
        return (
            "Third" in reported_by()
            or await bot_env.sql("SELECT id FROM deliveries WHERE edit_pending > 0") == []
        )

    await bot_env.until(settled, message="the edits")
    assert "Second" in reported_by() and "Third" in reported_by()
    assert len(fake.posts(channel)) == 1
    assert await bot_env.sql("SELECT state, edit_pending FROM deliveries") == [
        {"state": "sent", "edit_pending": 0}
    ]


async def test_member_commands_are_refused_server_side(bot_env) -> None:
    """Discord hides admin commands from members by default, but a server can override that
    in its settings; the fake delivers the interaction anyway and the bot must refuse it."""
    commands = [
        ("feeds list", {}),
        ("feeds add", {"url": "https://example.org/feed.xml"}),
        ("alerts status", {}),
        ("alerts pause", {}),
        ("vidradar status", {}),
        ("watch add", {"term": "Switch"}),
        ("digest off", {}),
    ]
    for command, options in commands:
        record = await bot_env.fake.invoke(bot_env.guild, command, options, admin=False)
        assert record.ephemeral, command
        assert "Manage Server" in record.text(), (command, record.text())
    rows = await bot_env.sql("SELECT paused FROM servers")
    assert rows == [{"paused": 0}]
    assert await bot_env.sql("SELECT * FROM server_watch_terms") == []
    assert await bot_env.sql("SELECT * FROM feeds") == []
    french = await bot_env.fake.invoke(bot_env.guild, "alerts pause", admin=False, locale="fr")
    assert "Gérer le serveur" in french.text()


async def test_alert_channel_needs_the_bot_to_be_able_to_post(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    general = fake.channel(guild, "general")
    await fake.deny_bot(guild, general, SEND_MESSAGES | EMBED_LINKS)
    await asyncio.sleep(0.1)
    record = await fake.invoke(
        guild,
        "alerts channel",
        {"channel": ("channel", general.id)},
        resolved=fake.resolved_channel(guild, general),
    )
    assert record.ephemeral and "missing Send Messages, Embed Links" in record.text()
    await bot_env.set_alert_channel("alerts")
    rows = await bot_env.sql("SELECT alert_channel_id FROM servers")
    assert rows == [{"alert_channel_id": bot_env.channel_id("alerts")}]


async def test_an_announcement_is_posted_once_and_later_coverage_edits_it(bot_env) -> None:
    await bot_env.set_alert_channel()
    await add_feed(bot_env, "first", [ANNOUNCEMENT, DISTRACTOR])
    await bot_env.poll_and_deliver()
    channel = bot_env.channel_id()
    posts = await bot_env.until(lambda: bot_env.fake.posts(channel), message="the alert")
    await bot_env.bot.runtime.worker.drain()
    assert len(bot_env.fake.posts(channel)) == 1
    message = posts[0]
    embed = message["embeds"][0]
    assert embed["title"] == ANNOUNCEMENT["title"]
    assert embed["url"] == ANNOUNCEMENT["link"]
    # Every event the report supports, primary first and each once (no "Event" field): the
    # summary gives the price of the new API.
    assert embed["author"]["name"] == "Launch · Pricing · developer API"
    assert "Event" not in [f["name"] for f in embed["fields"]]
    assert [f["name"] for f in embed["fields"]][:2] == ["Product", "Source"]
    assert "OpenAI" in embed["fields"][0]["value"] and "openai" not in embed["fields"][0]["value"]
    footer = embed["footer"]["text"]
    assert marker_of([footer]) == "#1"  # invisible, found again by reconciliation
    assert not re.search(r"#\d|score|product:|event:|context:", footer), footer
    assert footer.startswith("story ") and footer.split("\u2063")[0].endswith(" · /news why")
    assert message["allowed_mentions"] == {"parse": []}
    assert message["nonce"] == "vidradar-1"
    # The same story from a second outlet: an edit, not a new message.
    await add_feed(
        bot_env, "second", [item("other", "OpenAI releases the Sora 2 API to developers, company says")]
    )
    await bot_env.poll_and_deliver()
    await bot_env.until(lambda: message.get("edited_timestamp"), message="the edit")
    assert len(bot_env.fake.posts(channel)) == 1
    fields = {f["name"]: f["value"] for f in message["embeds"][0]["fields"]}
    assert "Second" in fields["Also reported by"]
    rows = await bot_env.sql("SELECT state, edit_pending FROM deliveries")
    assert rows == [{"state": "sent", "edit_pending": 0}]


async def test_alerts_test_and_ping_role(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    await bot_env.set_alert_channel()
    role = fake.add_role(guild, "video-news")
    record = await fake.invoke(
        guild, "alerts ping-role", {"role": ("role", role)}, resolved=fake.resolved_role(guild, role)
    )
    assert record.ephemeral and f"<@&{role}>" in record.text()
    record = await fake.invoke(guild, "alerts test")
    assert "sample alert" in record.text().lower()
    channel = bot_env.channel_id()
    posts = await bot_env.until(lambda: fake.posts(channel), message="the sample alert")
    assert posts[0]["content"] == f"<@&{role}>"
    allowed = posts[0]["allowed_mentions"]
    assert allowed["parse"] == [] and [str(r) for r in allowed["roles"]] == [str(role)]
    assert "Sample alert" in posts[0]["embeds"][0]["title"]
    await fake.invoke(guild, "alerts ping-role-off")
    assert (await bot_env.sql("SELECT ping_role_id FROM servers"))[0]["ping_role_id"] is None


async def test_hostile_feed_text_cannot_ping_or_break_limits(bot_env) -> None:
    await bot_env.set_alert_channel()
    hostile = item(
        "evil",
        "@everyone OpenAI launches Sora 2 <@&123456789012345678> **now** " + "x" * 10_000,
        summary="@here [click me](https://evil.example) `code` " + "y" * 10_000,
    )
    await add_feed(bot_env, "hostile", [hostile])
    await bot_env.poll_and_deliver()
    posts = await bot_env.until(lambda: bot_env.fake.posts(bot_env.channel_id()), message="the alert")
    message = posts[0]
    embed = message["embeds"][0]
    assert message["content"] == "" and message["allowed_mentions"] == {"parse": []}
    assert len(embed["title"]) <= 256 and len(embed["description"]) <= 4096
    assert "@everyone" not in embed["title"] and "@\u200beveryone" in embed["title"]
    assert "\\<@&123456789012345678\\>" in embed["title"] and "\\*\\*now\\*\\*" in embed["title"]
    assert "[click me](" not in embed["description"]


async def test_rate_limits_and_server_errors_lose_nothing_and_double_nothing(bot_env) -> None:
    fake = bot_env.fake
    await bot_env.set_alert_channel()
    channel = bot_env.channel_id()
    fake.inject("POST", rf"/channels/{channel}/messages$", status=429, times=1, retry_after=0.2)
    fake.inject(
        "POST", rf"/channels/{channel}/messages$", status=429, times=1, retry_after=0.2, is_global=True
    )
    await add_feed(bot_env, "f", [ANNOUNCEMENT])
    await bot_env.poll_and_deliver()
    await bot_env.until(lambda: fake.posts(channel), message="the alert after 429s")
    assert len(fake.posts(channel)) == 1
    # 500 and 502 are retried inside discord.py (after 1 s, then 3 s); still one message.
    fake.inject("POST", rf"/channels/{channel}/messages$", status=500, times=1)
    fake.inject("POST", rf"/channels/{channel}/messages$", status=502, times=1)
    await add_feed(bot_env, "h", [item("luma", "Luma launches Ray3, its new AI video model")])
    await bot_env.bot.runtime.poller.run_cycle(force=True)
    await bot_env.bot.runtime.worker.drain()
    await bot_env.until(lambda: len(fake.posts(channel)) == 2, message="the alert after 500 and 502")
    assert [f.times for f in fake.faults] == [0, 0, 0, 0]  # every fault was served
    # A 503 is not retried inside discord.py: the outbox retries it later.
    fake.inject("POST", rf"/channels/{channel}/messages$", status=503, times=1)
    await add_feed(bot_env, "g", [item("pika", "Pika launches Pika 3.0, its new AI video model")])
    await bot_env.bot.runtime.poller.run_cycle(force=True)
    await bot_env.bot.runtime.worker.drain()
    rows = await bot_env.sql("SELECT state, last_error FROM deliveries WHERE id = 3")
    assert rows[0]["state"] == "pending" and "503" in rows[0]["last_error"]
    status = await fake.invoke(bot_env.guild, "vidradar status")
    # The reason is visible (snowflake ids are taken out first: they may contain "503").
    assert "1 pending" in status.text() and "503" in re.sub(r"\d{15,}", "#", status.text())
    await bot_env.execute("UPDATE deliveries SET next_attempt_at = '2000-01-01T00:00:00Z'")
    await bot_env.bot.runtime.worker.drain()
    await bot_env.until(lambda: len(fake.posts(channel)) == 3, message="the retried alert")
    titles = [e["title"] for e in embeds_of(fake.posts(channel))]
    assert len(titles) == len(set(titles)) == 3


async def post_with_a_lost_answer(bot_env) -> int:
    """An alert Discord posts but whose answer never comes back in time (the send times out
    after the request reached Discord). The fake keeps no nonce memory, as Discord after a
    few minutes: only the reconciliation can keep the retry from posting twice."""
    fake, worker = bot_env.fake, bot_env.bot.runtime.worker
    fake.nonce_window = 0
    await bot_env.set_alert_channel()
    channel = bot_env.channel_id()
    worker.send_timeout = 0.3
    fake.inject("POST", rf"/channels/{channel}/messages$", delay=1.0)
    await add_feed(bot_env, "f", [ANNOUNCEMENT])
    await bot_env.bot.runtime.poller.run_cycle(force=True)
    await worker.drain()
    return channel


async def test_a_timeout_after_discord_posted_is_reconciled_not_reposted(bot_env) -> None:
    fake, worker = bot_env.fake, bot_env.bot.runtime.worker
    channel = await post_with_a_lost_answer(bot_env)
    assert len(fake.posts(channel)) == 1  # it reached Discord, but we never heard back
    rows = await bot_env.sql("SELECT state, attempts FROM deliveries")
    assert rows == [{"state": "pending", "attempts": 1}]
    status = (await fake.invoke(bot_env.guild, "alerts status")).text()
    assert "Pending: 1" in status and "did not answer in time" in status
    overview = (await fake.invoke(bot_env.guild, "vidradar status")).text()
    assert "1 pending" in overview and "did not answer in time" in overview
    await bot_env.execute("UPDATE deliveries SET next_attempt_at = '2000-01-01T00:00:00Z'")
    report = await worker.drain()
    assert report.reconciled == 1 and report.sent == 0
    assert len(fake.posts(channel)) == 1
    rows = await bot_env.sql("SELECT state, message_id FROM deliveries")
    assert rows[0]["state"] == "sent" and str(rows[0]["message_id"]) == fake.posts(channel)[0]["id"]


async def test_missing_channel_or_permission_is_shown_and_retried_on_demand(bot_env) -> None:
    fake = bot_env.fake
    await bot_env.set_alert_channel()
    channel = bot_env.channel_id()
    fake.forbidden_channels.add(channel)
    await add_feed(bot_env, "f", [ANNOUNCEMENT])
    await bot_env.poll_and_deliver()
    rows = await bot_env.sql("SELECT state, last_error FROM deliveries")
    assert rows[0]["state"] == "failed" and "(403)" in rows[0]["last_error"]
    status = await fake.invoke(bot_env.guild, "alerts status")
    assert "Failed: 1" in status.text() and "missing permission" in status.text()
    overview = await fake.invoke(bot_env.guild, "vidradar status")
    assert "1 failed" in overview.text() and "missing permission" in overview.text()
    fake.forbidden_channels.clear()
    retried = await fake.invoke(bot_env.guild, "alerts retry")
    assert "1 failed delivery will be sent again" in retried.text()
    await bot_env.until(lambda: fake.posts(channel), message="the retried alert")
    assert len(fake.posts(channel)) == 1


async def test_alerts_retry_still_reconciles_an_alert_that_may_have_been_posted(bot_env) -> None:
    """The post reached Discord but its answer was lost; the retry's search then met a missing
    permission, so the delivery failed. After the fix, /alerts retry searches the channel
    before sending again: the alert is found, not posted twice."""
    fake, worker = bot_env.fake, bot_env.bot.runtime.worker
    channel = await post_with_a_lost_answer(bot_env)
    assert len(fake.posts(channel)) == 1
    fake.inject("GET", rf"/channels/{channel}/messages", status=403)  # the search is refused once
    await bot_env.execute("UPDATE deliveries SET next_attempt_at = '2000-01-01T00:00:00Z'")
    await worker.drain()
    assert (await bot_env.sql("SELECT state FROM deliveries"))[0]["state"] == "failed"
    retried = await fake.invoke(bot_env.guild, "alerts retry")
    assert "1 failed delivery will be sent again" in retried.text()

    async def settled() -> bool:
        await worker.drain()
        state = (await bot_env.sql("SELECT state FROM deliveries"))[0]["state"]
        return state == "sent" or len(fake.posts(channel)) > 1

    await bot_env.until(settled, message="the retried delivery")
    assert len(fake.posts(channel)) == 1
    rows = await bot_env.sql("SELECT state, message_id FROM deliveries")
    assert rows[0]["state"] == "sent" and str(rows[0]["message_id"]) == fake.posts(channel)[0]["id"]


async def test_paused_alerts_wait_and_old_ones_expire_on_resume(bot_env) -> None:
    fake = bot_env.fake
    await bot_env.set_alert_channel()
    await fake.invoke(bot_env.guild, "alerts pause")
    nothing_old = await fake.invoke(bot_env.guild, "alerts resume")
    assert nothing_old.text() == "Alerts resumed."  # not "0 alerts older than …"
    await fake.invoke(bot_env.guild, "alerts pause")
    await add_feed(
        bot_env, "f", [ANNOUNCEMENT, item("pika", "Pika launches Pika 3.0, its new AI video model")]
    )
    await bot_env.poll_and_deliver()
    assert fake.posts(bot_env.channel_id()) == []
    await bot_env.execute("UPDATE deliveries SET created_at = '2000-01-01T00:00:00Z' WHERE id = 1")
    record = await fake.invoke(bot_env.guild, "alerts resume")
    assert "1 alert older than 2 days" in record.text()
    posts = await bot_env.until(lambda: fake.posts(bot_env.channel_id()), message="the fresh alert")
    await asyncio.sleep(0.2)
    assert [e["title"] for e in embeds_of(posts)] == ["Pika launches Pika 3.0, its new AI video model"]


async def test_gateway_drop_and_invalid_session_lose_and_double_no_alert(bot_env) -> None:
    """Three alerts are being posted (each reaches Discord, then answers late) while the
    gateway drops and the session is invalidated: the bot resumes, then identifies again, and
    every alert is in the channel exactly once."""
    fake = bot_env.fake
    await bot_env.set_alert_channel()
    channel = bot_env.channel_id()
    identified = fake.identifies
    fake.inject("POST", rf"/channels/{channel}/messages$", delay=0.3, times=3)
    await add_feed(bot_env, "f", [ANNOUNCEMENT, *MORE])
    await bot_env.bot.runtime.poller.run_cycle(force=True)
    drain = asyncio.create_task(bot_env.bot.runtime.worker.drain())
    await bot_env.until(lambda: fake.posts(channel), message="the first alert in flight")
    await fake.drop_gateway()
    await bot_env.until(lambda: fake.resumes + fake.identifies > identified, timeout=20, message="reconnect")
    reconnected = fake.identifies
    await fake.invalidate_session()
    await bot_env.until(lambda: fake.identifies > reconnected, timeout=20, message="re-identify")
    assert fake.identifies > identified
    await bot_env.until(lambda: bot_env.bot.is_ready(), timeout=20, message="ready again")
    await drain
    await bot_env.bot.runtime.worker.drain()
    await bot_env.until(lambda: len(fake.posts(channel)) >= 3, message="all three alerts")
    titles = [e["title"] for e in embeds_of(fake.posts(channel))]
    assert sorted(titles) == sorted([ANNOUNCEMENT["title"], *(m["title"] for m in MORE)])
    assert await bot_env.sql("SELECT DISTINCT state FROM deliveries") == [{"state": "sent"}]
    record = await fake.invoke(bot_env.guild, "alerts status")
    assert record.ephemeral and "Sent: 3" in record.text()


async def test_a_disabled_feed_sends_one_notice(bot_env) -> None:
    fake = bot_env.fake
    await bot_env.set_alert_channel()
    notices = await bot_env.set_notices_channel("general")
    url = bot_env.feeds.url("/status/410")
    await bot_env.store.write(lambda db: feed_store.add_feed(db, spec(url, name="Gone Feed"), utcnow()))
    await bot_env.poll_and_deliver()
    posts = await bot_env.until(lambda: fake.posts(notices.id), message="the notice")
    await bot_env.poll_and_deliver()
    assert len(fake.posts(notices.id)) == 1
    assert "Feed disabled: Gone Feed" in posts[0]["embeds"][0]["title"]
    assert "/feeds enable" in posts[0]["embeds"][0]["description"]


async def test_removed_server_stops_getting_alerts_and_comes_back(bot_env) -> None:
    fake = bot_env.fake
    await bot_env.set_alert_channel()
    await fake.leave_guild(bot_env.guild)
    await bot_env.until(lambda: bot_env.sql("SELECT 1 FROM servers WHERE active = 0"), message="inactive")
    await add_feed(bot_env, "f", [ANNOUNCEMENT])
    await bot_env.poll_and_deliver()
    assert fake.posts(bot_env.channel_id()) == []
    await fake.join_guild(bot_env.guild)
    await bot_env.until(lambda: bot_env.sql("SELECT 1 FROM servers WHERE active = 1"), message="active again")
    assert (await bot_env.sql("SELECT alert_channel_id FROM servers"))[0][
        "alert_channel_id"
    ] == bot_env.channel_id()


async def test_purge_after_thirty_days(bot_env) -> None:
    """Everything the server had goes: its alert routes too (they posted to its old channels
    again when the bot was added back), and the feeds only it followed are no longer polled."""
    from feeds.storage.routes import RouteSpec
    from feeds.storage.servers import purge_inactive

    await bot_env.set_alert_channel()
    guild_id, now = bot_env.guild.id, utcnow()
    await bot_env.store.add_route(guild_id, RouteSpec(channel_id=bot_env.channel_id(), vendor="openai"), now)
    await bot_env.store.follow_feed(guild_id, spec("https://only-ours.example/feed"), now)
    await bot_env.store.follow_feed(guild_id, spec("https://shared.example/feed"), now)
    await bot_env.store.follow_feed(77, spec("https://shared.example/feed"), now)
    await bot_env.store.follow_feed(guild_id, spec("https://gone.example/feed"), now)
    await bot_env.execute(
        "UPDATE feeds SET disabled = 1, disabled_reason = 'HTTP 410 Gone' WHERE url = 'https://gone.example/feed'"
    )
    await bot_env.execute(
        "UPDATE servers SET active = 0, inactive_since = '2000-01-01T00:00:00Z' WHERE guild_id = ?", guild_id
    )
    assert await bot_env.store.write(purge_inactive, utcnow()) == 1
    assert [r["guild_id"] for r in await bot_env.sql("SELECT guild_id FROM servers")] == [77]
    assert await bot_env.sql("SELECT * FROM alert_routes") == []
    assert await bot_env.sql("SELECT url, disabled, disabled_reason FROM feeds ORDER BY url") == [
        {"url": "https://gone.example/feed", "disabled": 1, "disabled_reason": "HTTP 410 Gone"},  # kept
        {
            "url": "https://only-ours.example/feed",
            "disabled": 1,
            "disabled_reason": "no server follows it any more",
        },
        {"url": "https://shared.example/feed", "disabled": 0, "disabled_reason": None},
    ]


async def test_a_deleted_channel_fails_with_404_reason(bot_env) -> None:
    await bot_env.set_alert_channel()
    channel = bot_env.channel_id()
    del bot_env.guild.channels[channel]  # deleted on Discord's side
    await add_feed(bot_env, "f", [ANNOUNCEMENT])
    await bot_env.poll_and_deliver()
    rows = await bot_env.sql("SELECT state, last_error FROM deliveries")
    assert rows[0]["state"] == "failed" and "not found (404)" in rows[0]["last_error"]
    status = (await bot_env.fake.invoke(bot_env.guild, "alerts status")).text()
    assert "Failed: 1" in status and "not found \\(404\\)" in status  # escaped: Discord shows (404)
    overview = (await bot_env.fake.invoke(bot_env.guild, "vidradar status")).text()
    assert "1 failed" in overview and "not found \\(404\\)" in overview


async def test_a_broken_cog_is_logged_not_fatal(tmp_path, fake_discord, monkeypatch, caplog) -> None:
    import bot.app
    from feeds.storage.store import Store
    from tests.botenv import start_bot, stop_bot
    from tests.conftest import make_settings

    monkeypatch.setattr(bot.app, "COGS", ("bot.cogs.does_not_exist", "bot.cogs.alerts"))
    guild = fake_discord.add_guild()
    settings = make_settings(
        tmp_path / "c.db",
        discord_token=fake_discord.token,
        discord_api_base=fake_discord.api_base,
        discord_gateway_url=fake_discord.gateway_url,
    )
    store = await Store.open(settings.db)
    running, task = await start_bot(settings, store, fake_discord)
    try:
        assert running.failed_cogs == ["bot.cogs.does_not_exist"]
        assert "could not load bot.cogs.does_not_exist" in caplog.text
        # DISCORD_GATEWAY_URL was used as is: the API was not asked for the gateway.
        assert ("GET", "/api/v10/gateway/bot") not in fake_discord.requests
        record = await fake_discord.invoke(guild, "alerts status")
        assert "Alert deliveries" in record.text()
    finally:
        await stop_bot(running, task)
        await store.close()


async def test_ping_role_for_one_event_mentions_it_on_that_event_only(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    await bot_env.set_alert_channel()
    role = fake.add_role(guild, "launch-watchers")
    record = await fake.invoke(
        guild,
        "alerts ping-role",
        {"role": ("role", role), "event": "launch"},
        resolved=fake.resolved_role(guild, role),
    )
    assert record.text() == f"Alerts (Launch) will mention <@&{role}>."  # mentionable: no warning
    await add_feed(bot_env, "f", [ANNOUNCEMENT, PRICING])
    await bot_env.poll_and_deliver()
    posts = await bot_env.until(
        lambda: len(fake.posts(bot_env.channel_id())) == 2 and fake.posts(bot_env.channel_id())
    )
    by_title = {m["embeds"][0]["title"]: m for m in posts}
    launch, pricing = by_title[ANNOUNCEMENT["title"]], by_title[PRICING["title"]]
    assert launch["embeds"][0]["author"]["name"].startswith("Launch")
    assert launch["content"] == f"<@&{role}>"
    assert launch["allowed_mentions"]["parse"] == [] and [
        str(r) for r in launch["allowed_mentions"]["roles"]
    ] == [str(role)]
    assert pricing["embeds"][0]["author"]["name"].startswith("Pricing")
    assert pricing["content"] == "" and pricing["allowed_mentions"] == {"parse": []}


async def test_ping_role_warns_when_the_role_cannot_be_notified(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    quiet = fake.add_role(guild, "quiet", mentionable=False)
    record = await fake.invoke(
        guild, "alerts ping-role", {"role": ("role", quiet)}, resolved=fake.resolved_role(guild, quiet)
    )
    assert record.ephemeral
    assert f"<@&{quiet}> is not mentionable and I lack Mention Everyone" in record.text()
    french = await fake.invoke(
        guild,
        "alerts ping-role",
        {"role": ("role", quiet)},
        resolved=fake.resolved_role(guild, quiet),
        locale="fr",
    )
    assert "n'est pas mentionnable" in french.text()
    assert (await bot_env.sql("SELECT ping_role_id FROM servers"))[0]["ping_role_id"] == quiet  # saved anyway


async def test_event_choices_are_named_in_french_too(bot_env) -> None:
    alerts = next(c for c in bot_env.fake.commands[bot_env.guild.id] if c["name"] == "alerts")
    ping = next(o for o in alerts["options"] if o["name"] == "ping-role")
    event = next(o for o in ping["options"] if o["name"] == "event")
    launch = next(c for c in event["choices"] if c["value"] == "launch")
    assert launch["name"] == "Launch" and launch["name_localizations"]["fr"] == "Lancement"


def _synced_options(command: dict) -> list[dict]:
    """Every option of a synced command, subcommands' options included."""
    found = []
    for option in command.get("options") or []:
        found.append(option)
        found.extend(_synced_options(option))
    return found


async def test_choices_of_events_frequency_and_weekdays_are_named_per_locale(bot_env) -> None:
    synced = {c["name"]: c for c in bot_env.fake.commands[bot_env.guild.id]}

    def choices(command: str, sub: str, option: str) -> dict[str, dict]:
        subcommand = next(o for o in synced[command]["options"] if o["name"] == sub)
        found = next(o for o in subcommand["options"] if o["name"] == option)
        return {c["value"]: c for c in found["choices"]}

    events = choices("news", "latest", "event")
    assert (
        events["launch"]["name"] == "Launch" and events["launch"]["name_localizations"]["fr"] == "Lancement"
    )
    assert events["keyword"]["name_localizations"]["fr"] == "Mot-clé"
    frequency = choices("digest", "schedule", "frequency")
    assert frequency["daily"]["name_localizations"]["fr"] == "quotidien"
    assert frequency["weekly"]["name_localizations"]["fr"] == "hebdomadaire"
    days = choices("digest", "schedule", "weekday")
    assert days["mon"]["name"] == "Monday" and days["mon"]["name_localizations"]["fr"] == "lundi"
    assert [c["name_localizations"]["fr"] for c in days.values()][-1] == "dimanche"


def _discord_name(name: str) -> bool:
    """Discord's rule for command and option names: ^[-_'\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$,
    lower case wherever a letter has one (accented letters are letters)."""
    return 1 <= len(name) <= 32 and all(c.isalnum() or c in "-_'" for c in name) and name == name.lower()


async def test_french_command_and_option_names_follow_discords_rule_with_accents(bot_env) -> None:
    names: dict[str, str] = {}
    for command in bot_env.fake.commands[bot_env.guild.id]:
        for node in [command, *_synced_options(command)]:
            french = (node.get("name_localizations") or {}).get("fr")
            if french:
                names[node["name"]] = french
    assert names and all(_discord_name(n) for n in names.values()), names
    assert names["event"] == "événement" and names["frequency"] == "fréquence"
    assert names["digest"] == "résumé" and names["preview"] == "aperçu" and names["latest"] == "dernières"


async def test_failing_deliveries_send_one_notice_a_day_to_the_notices_channel(bot_env) -> None:
    fake = bot_env.fake
    await bot_env.set_alert_channel()
    notices = await bot_env.set_notices_channel("general")
    alerts = bot_env.channel_id()
    fake.forbidden_channels.add(alerts)
    await add_feed(bot_env, "f", [ANNOUNCEMENT, MORE[0]])
    await bot_env.poll_and_deliver()
    posted = await bot_env.until(lambda: fake.posts(notices.id), message="the notice")
    await add_feed(bot_env, "g", [MORE[1]])  # a third failure the same day: no second notice
    await bot_env.poll_and_deliver()
    assert len(fake.posts(notices.id)) == 1
    embed = posted[0]["embeds"][0]
    assert embed["title"] == "Alerts cannot be posted"
    assert embed["description"].startswith(f"Posting in <#{alerts}> failed: missing permission")
    assert "missing permission" in embed["description"] and "/alerts retry" in embed["description"]
    assert posted[0]["allowed_mentions"] == {"parse": []}
    rows = await bot_env.sql(
        "SELECT kind, state, count(*) AS n FROM deliveries GROUP BY kind, state ORDER BY kind"
    )
    assert rows == [{"kind": "notice", "state": "sent", "n": 1}, {"kind": "story", "state": "failed", "n": 3}]


def test_the_deliveries_failing_notice_is_in_the_servers_language() -> None:
    from feeds.service.render import notice

    payload = {
        "notice": "deliveries_failing",
        "channel_id": 42,
        "reason": "missing permission to post in <#42> (403)",
    }
    french = notice(payload, lang="fr", marker="#7")
    embed = french.embeds[0]
    assert embed["title"] == "Les alertes ne peuvent pas être publiées"
    assert embed["description"].startswith("La publication dans <#42> a échoué : missing permission")
    assert "\\<#42\\>" in embed["description"]  # the quoted reason is inert text
    assert marker_of([embed["footer"]["text"]]) == "#7" and french.content == ""
    assert not re.search(r"#\d", embed["footer"]["text"])


async def test_no_notice_when_the_notices_channel_is_the_failing_one(bot_env) -> None:
    await bot_env.set_alert_channel()  # notices default to the alert channel
    bot_env.fake.forbidden_channels.add(bot_env.channel_id())
    await add_feed(bot_env, "f", [ANNOUNCEMENT])
    await bot_env.poll_and_deliver()
    assert await bot_env.sql("SELECT kind, state FROM deliveries") == [{"kind": "story", "state": "failed"}]


async def test_failed_deliveries_age_out_past_the_maximum_alert_age(bot_env) -> None:
    fake = bot_env.fake
    await bot_env.set_alert_channel()
    fake.forbidden_channels.add(bot_env.channel_id())
    await add_feed(bot_env, "f", [ANNOUNCEMENT])
    await bot_env.poll_and_deliver()
    assert (await bot_env.sql("SELECT state FROM deliveries"))[0]["state"] == "failed"
    age = bot_env.settings.max_alert_age
    old = (utcnow() - age - timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    await bot_env.execute("UPDATE deliveries SET created_at = ?", old)
    await bot_env.bot.runtime.housekeeping_job()
    assert (await bot_env.sql("SELECT state FROM deliveries"))[0]["state"] == "expired"
    status = (await fake.invoke(bot_env.guild, "alerts status")).text()
    assert "Failed: 0" in status and "missing permission" not in status
    fake.forbidden_channels.clear()
    retried = await fake.invoke(bot_env.guild, "alerts retry")
    assert "0 failed deliveries will be sent again" in retried.text()
    await bot_env.bot.runtime.worker.drain()
    assert fake.posts(bot_env.channel_id()) == []


async def test_reconciliation_finds_the_alert_behind_many_newer_messages(bot_env) -> None:
    """The post reached Discord but the answer was lost; before the retry, 120 people posted
    in the channel. The marker is searched from the delivery's claim time, not among the last
    few messages, so the retry finds it instead of posting a duplicate."""
    fake, worker = bot_env.fake, bot_env.bot.runtime.worker
    channel = await post_with_a_lost_answer(bot_env)
    for n in range(120):
        fake.post_as(channel, 5151, f"chatter {n}")
    await bot_env.execute("UPDATE deliveries SET next_attempt_at = '2000-01-01T00:00:00Z'")
    report = await worker.drain()
    assert report.reconciled == 1 and report.sent == 0
    mine = [m for m in fake.posts(channel) if m["author"]["id"] == str(fake.bot_id)]
    assert len(mine) == 1 and len(fake.posts(channel)) == 121
    rows = await bot_env.sql("SELECT state, message_id FROM deliveries")
    assert rows[0]["state"] == "sent" and str(rows[0]["message_id"]) == mine[0]["id"]

"""The one rule for what a server sees: operator feeds it has not muted, plus feeds it added.

Operator feeds are those from the feed-list file (origin 'operator') and those the operator
added with the CLI (origin 'cli').

Guild 0 is the headless webhook destination; it sees every operator feed. Every per-server
query (history, search, stats, digests, "also reported by") uses this SQL fragment, and
every place a server's people read a feed's name uses :func:`feed_label_sql`.
"""

from __future__ import annotations

VISIBLE_FEEDS_SQL = """
    SELECT f.id FROM feeds f
    WHERE (f.origin IN ('operator', 'cli') AND NOT EXISTS (
               SELECT 1 FROM server_feeds sf WHERE sf.guild_id = :guild AND sf.feed_id = f.id AND sf.mode = 'muted'))
       OR EXISTS (
               SELECT 1 FROM server_feeds sf WHERE sf.guild_id = :guild AND sf.feed_id = f.id AND sf.mode = 'added')
"""


def visible_feeds_sql(param: str = "guild") -> str:
    """``SELECT id FROM feeds`` visible to the guild bound to ``:param``."""
    return VISIBLE_FEEDS_SQL.replace(":guild", f":{param}")


def feed_label_sql(guild: str | None = ":guild", feed: str = "f") -> str:
    """The name a server's people read for feed alias ``feed``: the name that server gave it,
    else the operator's name, else the feed's own title, else its URL. Names a server gives
    are its own (another server's name is never shown); the one rule, written once.

    ``guild`` is an SQL expression for the server (a parameter such as ``:guild``, or a
    column such as ``k.guild_id``); None is the operator's view, which has no server."""
    own = (
        f"(SELECT sfn.name FROM server_feeds sfn WHERE sfn.guild_id = {guild} AND sfn.feed_id = {feed}.id), "
        if guild is not None
        else ""
    )
    return f"coalesce({own}{feed}.name, {feed}.title, {feed}.url)"

"""The one rule for what a server sees: operator feeds it has not muted, plus feeds it added.

Operator feeds are those from the feed-list file (origin 'operator') and those the operator
added with the CLI (origin 'cli').

Guild 0 is the headless webhook destination; it sees every operator feed. Every per-server
query (history, search, stats, digests, "also reported by") uses this SQL fragment.
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

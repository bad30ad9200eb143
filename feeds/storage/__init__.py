"""SQLite storage: one file, WAL, foreign keys, migrations applied at start-up.

Schema (created by :mod:`feeds.storage.migrations`; timestamps are UTC text ``YYYY-MM-DDTHH:MM:SSZ``)

feeds                 every polled feed, one row per URL however many servers use it
  url, origin ('operator' from the feed-list file | 'cli' added with vidradar feeds | 'server' added
  from Discord), added_by_guild,
  name (the operator's name only), title, site_url, lang, interval_s, official, etag, last_modified, last_fetch_at,
  last_success_at, last_status, last_error, consecutive_failures, next_due_at, first_polled_at,
  disabled, disabled_reason, disabled_at
feed_former_urls      URLs feeds had before permanent redirects moved them (a list naming one means that feed)
entries               one row per (feed, guid); ``link`` is the canonical link used for cross-feed dedup
  feed_id, guid, link, title, summary, published_at, fetched_at, updated_at, lang, content_hash,
  image_url (the entry's picture: an absolute http(s) URL, shown in alerts, never fetched)
entries_fts           FTS5 over entries(title, summary); triggers queue new and edited entries in
                      search_pending, indexed in batches (entries.refresh_search_index)
entry_tombstones      (feed_id, guid) of pruned entries: never ingested or alerted again
stories               one announcement reported by one or more outlets (same subject + event, 72 h)
  key (public id, printed in alerts), subject, event, vendors, products (JSON), api, score,
  official, first_entry_id, first_published_at, last_published_at
story_aliases         earlier public ids of a story whose anchor moved (old alert footers still resolve)
announcements         the detector's verdict on one entry, attached to a story
  entry_id, story_id, event, score, vendors, products, api, reasons (JSON), alertable
servers               per Discord server (guild 0 is the headless webhook destination)
  alert/notices channel, paused, min_score, locale, digest channel + frequency/time/weekday/tz,
  last_digest_period, ping role, active/inactive_since,
  alert_languages (ISO 639-1 codes separated by spaces; NULL: every language)
server_feeds          feeds a server added ('added') and operator feeds it muted ('muted')
  name (the server's own name for a feed it added, shown to that server only)
server_watch_terms    include/exclude terms per server
server_mutes          muted vendors and event types per server
keyword_matches       an entry that matched a server's include term (its own alert + history)
deliveries            the outbox: one row per story / keyword match / digest / notice per destination
  state pending|sending|sent|failed|expired, attempts, next_attempt_at, last_error, message_id,
  edit_pending (later coverage to edit into a sent alert: 1 to make, 2 in flight)
poll_cycles           one row per poll cycle (for /vidradar status)

Visibility rule: a server sees the operator feeds (file and CLI) it has not muted plus the feeds
it added itself; every per-server query goes through :func:`feeds.storage.visibility.visible_feeds_sql`.
A feed's name as a server reads it is :func:`feeds.storage.visibility.feed_label_sql`: the server's
own name, else the operator's, else the feed's title, else its URL.
"""

import sys as _sys


def _import_sqlite_utils_without_dataframes() -> None:
    """sqlite-utils imports numpy (installed for the digest chart) and tries pandas when it is
    first imported, only to map their scalar types to column types; vidradar never stores
    either. Hiding both for that one import saves 0.05-0.09 s of every command's start-up
    (docs/performance.md, "No cost outside the cycle"). Whoever imported them already keeps
    them; after this, both import normally (the chart still gets numpy)."""
    if "sqlite_utils" in _sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in _sys.modules]
    for name in hidden:
        _sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            del _sys.modules[name]


_import_sqlite_utils_without_dataframes()

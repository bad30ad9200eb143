"""What a headless start applies from the environment, in one transaction: the webhook
destination's (guild 0) rules, language and digest schedule. (The feed-list file is applied by
:meth:`~feeds.storage.polling_ops.PollingOps.sync_operator_feeds`.)"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlite_utils import Database

from feeds.storage.db import write_transaction
from feeds.storage.servers import HEADLESS_GUILD, set_digest_schedule, set_locale, sync_headless_destination

if TYPE_CHECKING:
    from feeds.storage.digests import StoredSchedule


def configure_headless(
    db: Database,
    *,
    min_score: float,
    include: list[str],
    exclude: list[str],
    mutes: list[tuple[str, str]],
    digest: StoredSchedule | None,
    now: datetime,
    languages: list[str] | None = None,
    locale: str = "en",
) -> None:
    """Headless mode: guild 0's rules (alert languages too: None or empty is every language)
    and digest schedule become the environment's."""
    with write_transaction(db):
        sync_headless_destination(
            db,
            min_score=min_score,
            include=include,
            exclude=exclude,
            mutes=mutes,
            now=now,
            languages=languages or (),
        )
        set_locale(db, HEADLESS_GUILD, locale, now)
        set_digest_schedule(db, HEADLESS_GUILD, digest, now)

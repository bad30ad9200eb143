"""The database's one front door: every operation the rest of vidradar needs, as a typed async
method that returns models (never rows). SQL and transactions stay in ``feeds/storage``.

Open it with ``await Store.open(path)`` and close it with ``await store.close()``. Writes run
on one writer thread (SQLite allows one writer), reads on a reader thread (WAL).
"""

from __future__ import annotations

from feeds.storage.delivery_ops import DeliveryOps
from feeds.storage.digest_ops import DigestOps
from feeds.storage.history_ops import HistoryOps
from feeds.storage.polling_ops import PollingOps
from feeds.storage.server_ops import ServerOps


class Store(PollingOps, DeliveryOps, DigestOps, HistoryOps, ServerOps):
    """All of storage's operations; grouped by subject in the ``*_ops`` modules."""

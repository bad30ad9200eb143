"""Work in flight, for a clean stop: the tasks a component is running, so ``Runtime.stop``
can wait for them (and cancel what outlives the grace period) without a traceback."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator

log = logging.getLogger(__name__)


class WorkInFlight:
    def __init__(self, what: str) -> None:
        self.what = what  # for the log line, e.g. "a job run", "a digest"
        self.running: set[asyncio.Task] = set()
        self.stopping = False

    @contextlib.contextmanager
    def track(self) -> Iterator[None]:
        """Register the current task while the block runs; if the shutdown cancels it, it ends
        quietly (a cancellation at any other time propagates)."""
        task = asyncio.current_task()
        assert task is not None
        self.running.add(task)
        try:
            yield
        except asyncio.CancelledError:
            if not self.stopping:
                raise
            log.info("%s was cut short by the shutdown", self.what)
        finally:
            self.running.discard(task)

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
        self._blocks: dict[asyncio.Future[None], asyncio.Task] = {}  # block's end -> its task
        self.stopping = False

    @property
    def running(self) -> set[asyncio.Task]:
        """The tasks inside a tracked block now (to cancel what outlives the grace period)."""
        return set(self._blocks.values())

    def pending(self) -> set[asyncio.Future[None]]:
        """One future per tracked block still running, done when the block ends. Waiting on
        these, not on the tasks, matters: a block can run inside a task that outlives it (the
        bot's start-up task sends missed digests, then waits for the bot to close)."""
        return set(self._blocks)

    @contextlib.contextmanager
    def track(self) -> Iterator[None]:
        """Register the current task while the block runs; if the shutdown cancels it, it ends
        quietly (a cancellation at any other time propagates)."""
        task = asyncio.current_task()
        assert task is not None
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._blocks[done] = task
        try:
            yield
        except asyncio.CancelledError:
            if not self.stopping:
                raise
            log.info("%s was cut short by the shutdown", self.what)
        finally:
            del self._blocks[done]
            done.set_result(None)

"""How SIGINT and SIGTERM end a command: a short one unwinds where it stands, a long-running
one is told to stop and settles its work first. Either way every command exits alike (130
after SIGINT, 0 after SIGTERM), with no traceback."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import NoReturn

log = logging.getLogger("vidradar")


class Terminated(BaseException):
    """SIGTERM, unwinding a command the way KeyboardInterrupt does for SIGINT. It is how a
    service manager stops us, not a failure: exit status 0."""


def _raise_terminated(signum: int, frame: object) -> NoReturn:
    raise Terminated


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class StopSignals:
    """SIGINT and SIGTERM for a long-running command: while its event loop runs they set
    ``stop`` (the command shuts down cleanly, its work in flight settled) instead of raising
    wherever the loop happens to be. :meth:`reraise` then ends the command as the same signal
    ends a short one, so every command exits alike (130 after SIGINT, 0 after SIGTERM)."""

    def __init__(self) -> None:
        self.received: int | None = None
        self._stop: asyncio.Event | None = None

    @contextlib.contextmanager
    def installed(self) -> Iterator[asyncio.Event]:
        loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        previous = {signum: signal.getsignal(signum) for signum in STOP_SIGNALS}
        for signum in STOP_SIGNALS:
            loop.add_signal_handler(signum, self._receive, signum)
        try:
            yield self._stop
        finally:
            for signum, handler in previous.items():
                loop.remove_signal_handler(signum)
                if handler is not None:
                    signal.signal(signum, handler)

    def _receive(self, signum: int) -> None:
        from feeds.pipeline.workers import process_stopping

        process_stopping()  # the parse workers got the signal too: their pool is not restarted
        if self.received is None:
            self.received = signum
            log.info("%s received: stopping", signal.Signals(signum).name)
        else:
            log.warning("already stopping: the work in flight is being settled")
        assert self._stop is not None
        self._stop.set()

    def reraise(self) -> None:
        if self.received == signal.SIGINT:
            raise KeyboardInterrupt
        if self.received == signal.SIGTERM:
            raise Terminated


def run_until_signal(work: Callable[[asyncio.Event], Awaitable[int]]) -> int:
    """Run ``work(stop)`` in a new event loop; SIGINT/SIGTERM set ``stop``."""
    signals = StopSignals()

    async def main() -> int:
        with signals.installed() as stop:
            return await work(stop)

    code = asyncio.run(main())
    signals.reraise()
    return code


@contextlib.contextmanager
def sigterm_unwinds() -> Iterator[None]:
    """SIGTERM unwinds a command as Ctrl-C does (``finally`` blocks run, the database closes)
    instead of killing it where it stands. Long-running commands take both signals over in
    their event loop (:class:`StopSignals`)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)

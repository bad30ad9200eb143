"""Running `vidradar` as a real subprocess against the test's fake Discord and feed server."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

from tests.test_cli import clean_env, vidradar_command


class VidradarProcess:
    def __init__(self, args: list[str], cwd: Path, env: dict[str, str]) -> None:
        self.args = args
        self.cwd = cwd
        self.env = clean_env(**env)
        self.process: asyncio.subprocess.Process | None = None
        self.stderr_lines: list[str] = []
        self.stdout_lines: list[str] = []
        self._readers: list[asyncio.Task] = []

    async def start(self) -> VidradarProcess:
        self.process = await asyncio.create_subprocess_exec(
            *vidradar_command(),
            *self.args,
            cwd=self.cwd,
            env=self.env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        assert self.process.stdout is not None and self.process.stderr is not None
        self._readers = [
            asyncio.create_task(self._read(self.process.stdout, self.stdout_lines)),
            asyncio.create_task(self._read(self.process.stderr, self.stderr_lines)),
        ]
        return self

    @staticmethod
    async def _read(stream: asyncio.StreamReader, sink: list[str]) -> None:
        while line := await stream.readline():
            sink.append(line.decode(errors="replace").rstrip("\n"))

    def logged_total(self, prefix: str, suffix: str) -> int:
        """The sum of the numbers its log lines give between ``prefix`` and ``suffix``
        (e.g. ``poll cycle: `` … `` feeds``: the feeds its cycles polled)."""
        return sum(
            int(line.split(prefix, 1)[1].split(suffix, 1)[0])
            for line in self.stderr_lines
            if prefix in line and suffix in line.split(prefix, 1)[1]
        )

    async def wait_for_stderr(self, needle: str, timeout: float) -> bool:
        return await self.poll_until(lambda: any(needle in line for line in self.stderr_lines), timeout, 0.05)

    async def alive_after(self, seconds: float) -> bool:
        """Let it run for ``seconds``; False if it exited before then."""
        await asyncio.sleep(seconds)
        return self.process is not None and self.process.returncode is None

    async def poll_until(self, condition: Callable[[], bool], timeout: float, every: float = 0.1) -> bool:
        """Check ``condition`` every ``every`` seconds while the process runs, up to ``timeout``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return True
            if self.process is not None and self.process.returncode is not None:
                return False
            await asyncio.sleep(every)
        return condition()

    async def kill(self) -> None:
        """kill -9: no clean-up of any kind runs."""
        assert self.process is not None
        if self.process.returncode is None:
            os.kill(self.process.pid, signal.SIGKILL)
        await self.process.wait()
        # The pipes close only when every process holding them is gone: parse workers and
        # their fork server must follow the killed parent within seconds.
        done, _ = await asyncio.wait(self._readers, timeout=15)
        assert len(done) == len(self._readers), (
            "a child process outlived kill -9 (its output pipes stayed open)"
        )

    async def wait(self, timeout: float = 60) -> int:
        """Until the process exits by itself and its output is read."""
        assert self.process is not None
        code = await asyncio.wait_for(self.process.wait(), timeout)
        await asyncio.gather(*self._readers, return_exceptions=True)
        return code

    async def terminate(self, timeout: float = 30) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(self.process.wait(), timeout)
        await asyncio.gather(*self._readers, return_exceptions=True)
        return code

    @property
    def output(self) -> str:
        return "\n".join(self.stdout_lines + self.stderr_lines)

"""Ctrl-C and SIGTERM, as a terminal and a service manager send them: to the whole process
group (parent, parse-worker fork server, parse workers), while work is in progress. Every
long-running command stops without a traceback from any process, 130 after SIGINT, 0 after
SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.feedserver import FeedServer, rss
from tests.test_cli import clean_env, vidradar_command
from tests.test_poller import ANNOUNCEMENT, DISTRACTOR, item

EXPECTED_STATUS = {signal.SIGINT: 130, signal.SIGTERM: 0}
NOISE = ("Traceback", "KeyboardInterrupt", "BrokenProcessPool")


class TerminalProcess:
    """``vidradar`` on a pseudo-terminal, leading its own process group (as a shell's job)."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str]) -> None:
        self.args = args
        self.cwd = cwd
        self.env = clean_env(**env)
        self.output = b""
        self.closed = asyncio.Event()  # every process holding the terminal is gone
        self.process: asyncio.subprocess.Process | None = None
        self._master = -1

    async def start(self) -> TerminalProcess:
        master, slave = os.openpty()
        self._master = master
        try:
            self.process = await asyncio.create_subprocess_exec(
                *vidradar_command(),
                *self.args,
                cwd=self.cwd,
                env=self.env,
                stdin=slave,
                stdout=slave,
                stderr=slave,
                start_new_session=True,
            )
        finally:
            os.close(slave)
        asyncio.get_running_loop().add_reader(master, self._read)
        return self

    def _read(self) -> None:
        try:
            chunk = os.read(self._master, 65536)
        except OSError:  # EIO: the last process with the terminal open has gone
            chunk = b""
        if chunk:
            self.output += chunk
            return
        asyncio.get_running_loop().remove_reader(self._master)
        self.closed.set()

    @property
    def text(self) -> str:
        return self.output.decode(errors="replace")

    async def wait_for_output(self, needle: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while needle not in self.text:
            assert self.process is not None and self.process.returncode is None, self.text
            assert time.monotonic() < deadline, f"no {needle!r} in:\n{self.text}"
            await asyncio.sleep(0.05)

    def signal_group(self, signum: int) -> None:
        """What a terminal's Ctrl-C (or ``systemctl stop``) does: every process of the group."""
        assert self.process is not None
        os.killpg(self.process.pid, signum)

    async def finish(self, timeout: float = 60) -> int:
        """The exit status, once the process and every child holding the terminal are gone."""
        assert self.process is not None
        try:
            code = await asyncio.wait_for(self.process.wait(), timeout)
            await asyncio.wait_for(self.closed.wait(), 20)
        finally:
            self.close()
        return code

    def close(self) -> None:
        if self._master < 0:
            return
        if self.process is not None and self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
        with contextlib.suppress(ValueError, RuntimeError):
            asyncio.get_running_loop().remove_reader(self._master)
        os.close(self._master)
        self._master = -1


async def wait_until(
    condition: Callable[[], bool], timeout: float, what: str, process: TerminalProcess
) -> None:
    """Until ``condition`` holds; fails at once if the process exits meanwhile."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.process is not None and process.process.returncode is None, process.text
        assert time.monotonic() < deadline, f"timed out waiting for {what}:\n{process.text}"
        await asyncio.sleep(0.05)


def busy_feeds(server: FeedServer, count: int, slow: float = 5.0) -> list[str]:
    """``count`` quick feeds and one that answers only after ``slow`` seconds: a cycle in
    progress (shorter than the runtime's grace period, which waits for the feeds in flight)."""
    server.set_feed("slow", rss([DISTRACTOR]), delay=slow)
    urls = [
        server.set_feed(f"quick{n}", rss([ANNOUNCEMENT, item(f"x{n}", f"Story {n}")])) for n in range(count)
    ]
    return [*urls, server.url("/feed/slow")]


def write_feed_list(tmp_path: Path, urls: list[str]) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text("".join(f'[[feeds]]\nurl = "{u}"\nname = "Feed {i}"\n' for i, u in enumerate(urls)))
    return path


def assert_stopped_cleanly(process: TerminalProcess, code: int, signum: int) -> None:
    output = process.text
    assert code == EXPECTED_STATUS[signum], output
    for noise in NOISE:
        assert noise not in output, output


SIGNALS = pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])


@SIGNALS
async def test_poll_once_stops_cleanly_mid_cycle(feed_server, tmp_path, signum) -> None:
    # More feeds than SMALL_POLL: the cycle parses in worker processes, as a real list does.
    urls = busy_feeds(feed_server, 32, slow=60)  # `poll --once` stops at once: nothing waits for it
    env = {"VIDRADAR_URL_ALLOWLIST": feed_server.host_port, "VIDRADAR_DB": str(tmp_path / "once.db")}
    args = ["poll", "--once", "--feeds", str(write_feed_list(tmp_path, urls))]
    process = await TerminalProcess(args, tmp_path, env).start()
    try:
        await process.wait_for_output(f"polled {len(urls) - 1}/{len(urls)} feeds")
        await wait_until(lambda: feed_server.hits["slow"] >= 1, 30, "the slow feed's request", process)
        process.signal_group(signum)
        code = await process.finish()
    finally:
        process.close()
    assert_stopped_cleanly(process, code, signum)


@SIGNALS
async def test_poll_daemon_stops_cleanly_mid_cycle(feed_server, tmp_path, signum) -> None:
    urls = busy_feeds(feed_server, 4)
    env = {
        "VIDRADAR_URL_ALLOWLIST": feed_server.host_port,
        "VIDRADAR_DB": str(tmp_path / "daemon.db"),
        "VIDRADAR_FEEDS": str(write_feed_list(tmp_path, urls)),
        "VIDRADAR_PARSE_WORKERS": "2",
    }
    process = await TerminalProcess(["poll", "--daemon"], tmp_path, env).start()
    try:
        await wait_until(
            lambda: feed_server.hits["slow"] >= 1 and feed_server.hits["quick3"] >= 1,
            60,
            "the first cycle",
            process,
        )
        await asyncio.sleep(0.5)  # the quick feeds are being parsed and stored meanwhile
        process.signal_group(signum)
        code = await process.finish()
    finally:
        process.close()
    assert_stopped_cleanly(process, code, signum)


@SIGNALS
async def test_run_stops_cleanly_mid_cycle(feed_server, fake_discord, tmp_path, signum) -> None:
    fake_discord.add_guild("Signal Server")
    urls = busy_feeds(feed_server, 4)
    env = {
        "DISCORD_TOKEN": fake_discord.token,
        "DISCORD_API_BASE": fake_discord.api_base,
        "VIDRADAR_URL_ALLOWLIST": feed_server.host_port,
        "VIDRADAR_DB": str(tmp_path / "run.db"),
        "VIDRADAR_FEEDS": str(write_feed_list(tmp_path, urls)),
        "VIDRADAR_PARSE_WORKERS": "2",
    }
    process = await TerminalProcess(["run"], tmp_path, env).start()
    try:
        await process.wait_for_output("ready as")
        await wait_until(lambda: feed_server.hits["slow"] >= 1, 60, "the first cycle", process)
        await asyncio.sleep(0.5)
        process.signal_group(signum)
        code = await process.finish()
    finally:
        process.close()
    assert_stopped_cleanly(process, code, signum)
    assert "shutting down" in process.text


@SIGNALS
async def test_a_short_command_stops_the_same_way(feed_server, tmp_path, signum) -> None:
    url = feed_server.set_feed("slow", rss([DISTRACTOR]), delay=60)
    env = {"VIDRADAR_URL_ALLOWLIST": feed_server.host_port, "VIDRADAR_DB": str(tmp_path / "add.db")}
    process = await TerminalProcess(["feeds", "add", url], tmp_path, env).start()
    try:
        await wait_until(lambda: feed_server.hits["slow"] >= 1, 30, "the feed's request", process)
        process.signal_group(signum)
        code = await process.finish()
    finally:
        process.close()
    assert_stopped_cleanly(process, code, signum)


async def test_ctrl_c_stops_a_command_started_with_sigint_ignored(feed_server, tmp_path) -> None:
    """A process inherits an ignored SIGINT from whoever started it (a script's background
    job, a supervisor, a test runner): Python keeps it ignored, and a short command would
    never see Ctrl-C. The command line decides how SIGINT stops it (exit status 130)."""
    url = feed_server.set_feed("slow", rss([DISTRACTOR]), delay=60)
    process = await asyncio.create_subprocess_exec(
        *vidradar_command(),
        "feeds",
        "add",
        url,
        cwd=tmp_path,
        env=clean_env(VIDRADAR_URL_ALLOWLIST=feed_server.host_port, VIDRADAR_DB=str(tmp_path / "ign.db")),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),  # noqa: PLW1509
    )
    try:
        deadline = time.monotonic() + 30
        while feed_server.hits["slow"] < 1 and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _, err = await asyncio.wait_for(process.communicate(), 20)
    finally:
        if process.returncode is None:
            process.kill()
    assert process.returncode == 130, err.decode()
    assert b"Traceback" not in err

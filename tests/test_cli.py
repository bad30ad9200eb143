"""The ``vidradar`` command line, run as a real subprocess (the installed console script)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from feeds.storage.db import open_database
from tests.conftest import REPO
from tests.feedserver import rss
from tests.test_poller import ANNOUNCEMENT, DISTRACTOR, item


def vidradar_command() -> list[str]:
    script = Path(sys.executable).parent / "vidradar"
    if script.exists():
        return [str(script)]
    found = shutil.which("vidradar")
    return [found] if found else [sys.executable, "-m", "bot.cli.main"]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without the developer's settings or terminal size (pytest-xdist's
    workers set COLUMNS=80): a table's width is the CLI's default unless a test sets it."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("VIDRADAR_", "DISCORD_")) and k not in ("COLUMNS", "LINES")
    }
    env.update(extra)
    return env


def run(
    *args: str, input: str | None = None, cwd: Path | None = None, **env: str
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*vidradar_command(), *args],
        input=input,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd or REPO,
        env=clean_env(**env),
    )


async def arun(*args: str, cwd: Path, **env: str) -> tuple[int, str, str]:
    """For commands that talk to the test's own loopback server: don't block its event loop."""
    process = await asyncio.create_subprocess_exec(
        *vidradar_command(),
        *args,
        cwd=cwd,
        env=clean_env(**env),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=180)
    return process.returncode or 0, out.decode(), err.decode()


def assert_one_line_error(result: subprocess.CompletedProcess, code: int = 1) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_demo_runs_offline_and_prints_announcements(tmp_path) -> None:
    result = run("demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "story" in out and "event" in out
    for expected in ("delay", "waitlist", "pricing", "launch", "shutdown", "openai", "google"):
        assert expected in out
    assert "Kingdom Hearts" not in out and "Heathrow" not in out and "iPhone" not in out
    assert "7 feeds polled (0 failed)" in out
    assert not (tmp_path / "vidradar.db").exists()  # never touches VIDRADAR_DB without --db


def test_demo_keeps_its_database_with_db(tmp_path) -> None:
    target = tmp_path / "kept.db"
    result = run("demo", "--db", str(target), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.exists()
    search = run("search", "sora", "--json", "--db", str(target), cwd=tmp_path)
    hits = json.loads(search.stdout)
    assert hits and set(hits[0]) == {"id", "title", "link", "feed", "published", "snippet"}
    assert all("sora" in (h["title"] + h["snippet"]).lower() for h in hits)
    # Run again on its own database: replaced, not stored twice under the new port's URLs.
    assert run("demo", "--db", str(target), cwd=tmp_path).returncode == 0
    again = json.loads(run("search", "sora", "--json", "--db", str(target), cwd=tmp_path).stdout)
    assert [h["title"] for h in again] == [h["title"] for h in hits]


def test_demo_never_writes_into_a_real_database(tmp_path) -> None:
    """A live install's database given to the demo by mistake: the demo would replace the
    operator's feed list with its own. Refused in one line; nothing in it changes."""
    real = tmp_path / "vidradar.db"
    assert run("watch", "add", "Sora", "--guild", "5", "--db", str(real), cwd=tmp_path).returncode == 0
    before = real.read_bytes()
    line = assert_one_line_error(run("demo", "--db", str(real), cwd=tmp_path))
    assert "is a database the demo did not make" in line
    assert real.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "env", "code", "needle"),
    [
        (["frobnicate"], {}, 2, "invalid choice"),
        (["search"], {}, 2, "required"),
        (["search", "x", "--since", "soon"], {}, 2, "not a duration"),
        (["search", "x", "--limit", "0"], {}, 2, "at least 1"),
        (["feeds"], {}, 2, "required"),
        (["search", "sora"], {"VIDRADAR_POLL_INTERVAL": "1m"}, 1, "VIDRADAR_POLL_INTERVAL"),
        (["search", "sora", "--db", "/nonexistent-dir/x.db"], {}, 1, "does not exist"),
        # A command that reads what is there never makes an empty database in the wrong place.
        (["feeds", "list"], {}, 1, "vidradar.db does not exist: run this where vidradar runs"),
        (["feeds", "remove", "999"], {}, 1, "no feed with id"),
        (["search", "((("], {}, 1, "letter or digit"),
        (["eval", "/nonexistent.jsonl"], {}, 1, "cannot read"),
        (["watch", "mute", "nobody", "--guild", "42"], {}, 1, "unknown vendor or event"),
        (["watch", "add", "x" * 101, "--guild", "42"], {}, 1, "at most 100"),
        (["feeds", "add", "ftp://example.org/feed"], {}, 1, "must start with http:// or https://"),
        (["feeds", "add", "https://example.org/feed", "--interval", "1m"], {}, 2, "at least 5m"),
        (
            ["feeds", "add", "https://example.org/feed", "--lang", "xx"],
            {},
            2,
            "not an ISO 639-1 language code",
        ),
    ],
)
def test_mistakes_are_one_line_without_traceback(tmp_path, args, env, code, needle) -> None:
    if args[:2] != ["feeds", "list"]:
        open_database(tmp_path / "vidradar.db").close()
    result = run(*args, cwd=tmp_path, **env)
    line = assert_one_line_error(result, code)
    assert needle in line
    assert (tmp_path / "vidradar.db").exists() == (args[:2] != ["feeds", "list"])


def test_classify_contract(tmp_path) -> None:
    lines = [
        {
            "id": "a",
            "title": "OpenAI launches Sora 2 API for developers",
            "lang": "en",
            "extra": {"ignored": True},
        },
        "this is not json",
        {
            "id": 7,
            "title": "Veo 3 débarque en France",
            "summary": "Le générateur de vidéos de Google arrive.",
            "lang": "fr",
        },
        {"summary": "no title"},
        {"title": "Heathrow runway closure delays flights"},
        [1, 2],
    ]
    text = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    result = run("classify", input=text, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)
    keys = {"id", "relevant", "score", "vendors", "products", "event", "events", "api", "reasons"}
    assert set(out[0]) == keys and out[0]["id"] == "a" and out[0]["relevant"] and out[0]["api"]
    assert out[0]["events"][0] == out[0]["event"]  # every event the item supports, primary first
    assert out[1]["id"] is None and "invalid JSON" in out[1]["error"]
    assert out[2]["id"] == 7 and out[2]["event"] == "availability" and out[2]["vendors"] == ["google"]
    assert out[3]["id"] is None and "title" in out[3]["error"]
    assert set(out[4]) == keys and out[4]["relevant"] is False and out[4]["event"] == "none"
    assert out[5]["id"] is None and "object" in out[5]["error"]
    from_file = tmp_path / "in.jsonl"
    from_file.write_text(text)
    assert run("classify", "--input", str(from_file), cwd=tmp_path).stdout == result.stdout
    # A line that is not UTF-8 costs that line only, from a file as from stdin.
    raw = text.encode().replace(b"this is not json", b"\xff\xfe not text")
    from_file.write_bytes(raw)
    for args, stdin in ((["--input", str(from_file)], None), ([], raw)):
        done = subprocess.run(
            [*vidradar_command(), "classify", *args],
            input=stdin,
            capture_output=True,
            cwd=tmp_path,
            env=clean_env(),
            check=False,
        )
        assert done.returncode == 0, done.stderr
        decoded = [json.loads(line) for line in done.stdout.decode().splitlines()]
        assert len(decoded) == len(lines) and decoded[1] == {
            "id": None,
            "error": "line 2: not UTF-8 (byte 1)",
        }
        assert decoded[0] == out[0] and decoded[2:] == out[2:]


def test_eval_prints_figures(shared_dir, tmp_path) -> None:
    corpus = shared_dir / "dev-corpus.jsonl"
    result = run("eval", str(corpus), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert {"precision", "recall", "f1", "event_accuracy", "vendor_recall"} <= set(figures)
    verbose = run("eval", str(corpus), "-v", cwd=tmp_path)
    assert "precision" in verbose.stdout
    misses = [line for line in verbose.stdout.splitlines() if line.startswith("  ")]
    assert len(misses) == figures["false_positives"] + figures["false_negatives"] + round(
        figures["true_positives"] * (1 - figures["event_accuracy"])
    ) + round(figures["true_positives"] * (1 - figures["vendor_recall"]))


def test_watch_commands_round_trip(tmp_path) -> None:
    db = str(tmp_path / "w.db")
    assert run("watch", "add", "Text-to-Video", "--guild", "42", "--db", db, cwd=tmp_path).returncode == 0
    assert (
        run(
            "watch", "add", "Kingdom Hearts", "--mode", "exclude", "--guild", "42", "--db", db, cwd=tmp_path
        ).returncode
        == 0
    )
    assert run("watch", "mute", "openai", "--guild", "42", "--db", db, cwd=tmp_path).returncode == 0
    assert run("watch", "mute", "pricing", "--guild", "42", "--db", db, cwd=tmp_path).returncode == 0
    assert run("watch", "min-score", "0.7", "--guild", "42", "--db", db, cwd=tmp_path).returncode == 0
    listing = run("watch", "list", "--guild", "42", "--db", db, cwd=tmp_path).stdout
    assert "include: Text-to-Video" in listing and "exclude: Kingdom Hearts" in listing
    assert "muted vendors: openai" in listing and "muted events: pricing" in listing and "0.70" in listing
    assert run("watch", "unmute", "openai", "--guild", "42", "--db", db, cwd=tmp_path).returncode == 0
    assert run("watch", "remove", "text to video", "--guild", "42", "--db", db, cwd=tmp_path).returncode == 0
    listing = run("watch", "list", "--guild", "42", "--db", db, cwd=tmp_path).stdout
    assert "include: -" in listing and "muted vendors: -" in listing
    other = run("watch", "list", "--guild", "7", "--db", db, cwd=tmp_path).stdout
    assert "Kingdom Hearts" not in other  # servers never see each other's settings


async def test_feeds_and_poll_commands_against_a_loopback_server(feed_server, tmp_path) -> None:
    feed_server.set_feed(
        "news", rss([ANNOUNCEMENT, DISTRACTOR, item("veo", "Google releases Veo 4 in the Gemini app")])
    )
    env = {"VIDRADAR_URL_ALLOWLIST": feed_server.host_port, "VIDRADAR_DB": str(tmp_path / "cli.db")}
    # Adding an HTML page resolves it to its feed.
    code, out, err = await arun(
        "feeds", "add", feed_server.url("/page/news"), "--name", "Loopback News", cwd=tmp_path, **env
    )
    assert code == 0, err
    assert "added feed #1" in out and feed_server.url("/feed/news") in out
    code, out, err = await arun("feeds", "add", feed_server.url("/page/nolink"), cwd=tmp_path, **env)
    assert code == 1 and "does not link to a feed" in err and len(err.strip().splitlines()) == 1
    code, out, err = await arun(
        "feeds",
        "add",
        feed_server.url("/feed/news").replace("127.0.0.1", "localhost"),
        cwd=tmp_path,
        VIDRADAR_DB=env["VIDRADAR_DB"],
    )
    assert code == 1 and "non-public address" in err and "VIDRADAR_URL_ALLOWLIST" in err
    feed_list = tmp_path / "list.toml"
    feed_list.write_text(f'[[feeds]]\nurl = "{feed_server.url("/feed/news")}"\nname = "Loopback News"\n')
    code, out, err = await arun("poll", "--once", "--json", "--feeds", str(feed_list), cwd=tmp_path, **env)
    assert code == 0, err
    printed = [json.loads(line) for line in out.splitlines()]
    assert {p["title"] for p in printed} == {ANNOUNCEMENT["title"], "Google releases Veo 4 in the Gemini app"}
    assert set(printed[0]) == {
        "id",
        "story_id",
        "title",
        "link",
        "feed",
        "published",
        "vendors",
        "products",
        "event",
        "score",
    }
    assert all(p["feed"] == "Loopback News" for p in printed)
    code, out, err = await arun("feeds", "list", "--json", cwd=tmp_path, **env)
    listed = json.loads(out)
    assert [f["status"] for f in listed] == ["ok"]
    opml = tmp_path / "out.opml"
    assert (await arun("feeds", "export-opml", str(opml), cwd=tmp_path, **env))[0] == 0
    other = {**env, "VIDRADAR_DB": str(tmp_path / "other.db")}
    code, out, err = await arun("feeds", "import-opml", str(opml), cwd=tmp_path, **other)
    assert code == 0 and "imported 1 new feed (" in out
    code, out, err = await arun("feeds", "remove", "1", cwd=tmp_path, **env)
    assert code == 0 and "disabled" in out  # it has announcements: history is kept


async def test_poll_exits_non_zero_only_when_nothing_could_be_polled(feed_server, tmp_path) -> None:
    env = {"VIDRADAR_URL_ALLOWLIST": feed_server.host_port, "VIDRADAR_DB": str(tmp_path / "p.db")}
    broken = tmp_path / "broken.toml"
    broken.write_text(f'[[feeds]]\nurl = "{feed_server.url("/status/500")}"\n')
    code, out, err = await arun("poll", "--once", "--feeds", str(broken), cwd=tmp_path, **env)
    assert code == 1 and "HTTP 500" in err
    feed_server.set_feed("ok", rss([DISTRACTOR]))
    mixed = tmp_path / "mixed.toml"
    mixed.write_text(broken.read_text() + f'[[feeds]]\nurl = "{feed_server.url("/feed/ok")}"\n')
    code, out, err = await arun("poll", "--once", "--feeds", str(mixed), cwd=tmp_path, **env)
    assert code == 0 and "1 failed" in out


async def test_poll_once_uses_conditional_get_and_a_feeds_file_disables_nothing(
    feed_server, tmp_path
) -> None:
    feed_server.set_feed("operator", rss([DISTRACTOR]))
    feed_server.set_feed("extra", rss([ANNOUNCEMENT]))
    operator_list = tmp_path / "operator.toml"
    operator_list.write_text(f'[[feeds]]\nurl = "{feed_server.url("/feed/operator")}"\n')
    extra_list = tmp_path / "extra.toml"
    extra_list.write_text(f'[[feeds]]\nurl = "{feed_server.url("/feed/extra")}"\n')
    env = {
        "VIDRADAR_URL_ALLOWLIST": feed_server.host_port,
        "VIDRADAR_DB": str(tmp_path / "c.db"),
        "VIDRADAR_FEEDS": str(operator_list),
    }
    assert (await arun("poll", "--once", cwd=tmp_path, **env))[0] == 0  # syncs and polls the operator list
    code, out, err = await arun("poll", "--once", "--feeds", str(extra_list), cwd=tmp_path, **env)
    assert code == 0 and "1 feeds polled" in out, out + err
    assert feed_server.hits["operator"] == 1  # --feeds polls exactly that file's feeds
    code, out, err = await arun("feeds", "list", "--json", cwd=tmp_path, **env)
    assert sorted((f["url"].rsplit("/", 1)[1], f["status"]) for f in json.loads(out)) == [
        ("extra", "ok"),
        ("operator", "ok"),
    ]
    # The next full cycle (every enabled feed) asks with the validators it was given:
    # unchanged feeds cost a 304.
    code, out, err = await arun("poll", "--once", cwd=tmp_path, **env)
    assert code == 0 and "2 not modified" in out, out + err
    assert feed_server.conditional_hits["operator"] == feed_server.conditional_hits["extra"] == 1


def test_digest_command_prints_the_period_and_writes_the_chart(tmp_path) -> None:
    db = str(tmp_path / "demo.db")
    assert run("demo", "--db", db, cwd=tmp_path).returncode == 0
    chart = tmp_path / "week.png"
    result = run("digest", "--since", "3650d", "--chart", str(chart), "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    # Grouped as the digest Discord shows: by product, by display name.
    assert "== Veo 4 (Google) ==" in result.stdout and "== Sora 2 (OpenAI) ==" in result.stdout
    assert "Kingdom Hearts" not in result.stdout
    assert chart.read_bytes().startswith(b"\x89PNG")
    quiet = run("digest", "--since", "1s", "--db", db, cwd=tmp_path)
    assert quiet.stdout.startswith("Quiet period")


async def test_poll_once_shows_progress_on_a_terminal_only(feed_server, tmp_path) -> None:
    import pty

    feed_server.set_feed("a", rss([DISTRACTOR]))
    feed_server.set_feed("b", rss([DISTRACTOR]))
    feed_list = tmp_path / "two.toml"
    feed_list.write_text("".join(f'[[feeds]]\nurl = "{feed_server.url(f"/feed/{n}")}"\n' for n in "ab"))
    env = {"VIDRADAR_URL_ALLOWLIST": feed_server.host_port, "VIDRADAR_DB": str(tmp_path / "t.db")}
    master, slave = pty.openpty()
    try:
        process = await asyncio.create_subprocess_exec(
            *vidradar_command(),
            "poll",
            "--once",
            "--feeds",
            str(feed_list),
            cwd=tmp_path,
            env=clean_env(**env),
            stdout=asyncio.subprocess.PIPE,
            stderr=slave,
        )
        os.close(slave)
        out, _ = await asyncio.wait_for(process.communicate(), timeout=60)
        terminal = b""
        with contextlib.suppress(OSError):  # EIO once the process's end of the terminal is gone
            while chunk := os.read(master, 65536):
                terminal += chunk
    finally:
        os.close(master)
    assert process.returncode == 0
    assert b"\rpolled 1/2 feeds" in terminal and b"\rpolled 2/2 feeds" in terminal
    # Not a terminal: no progress line in the output a script reads.
    code, out, err = await arun("poll", "--once", "--feeds", str(feed_list), cwd=tmp_path, **env)
    assert code == 0 and "polled" not in err and "\r" not in out + err


# -- the operator's first hour ----------------------------------------------------------------


def test_no_arguments_prints_the_whole_help(tmp_path) -> None:
    result = run(cwd=tmp_path)
    assert result.returncode == 2  # argparse's status for a missing command
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.startswith("usage: vidradar")
    for command in ("demo", "poll", "feeds", "search", "digest", "run", "sync-commands"):
        assert f"    {command}" in result.stderr, command  # each command with its one-line help


async def test_feeds_add_shows_the_name_given_and_lists_the_feed_as_fetched(feed_server, tmp_path) -> None:
    url = feed_server.set_feed("named", rss([DISTRACTOR], title="The Feed's Own Title"))
    env = {"VIDRADAR_URL_ALLOWLIST": feed_server.host_port, "VIDRADAR_DB": str(tmp_path / "n.db")}
    code, out, err = await arun("feeds", "add", url, "--name", "My Name", cwd=tmp_path, **env)
    assert code == 0, err
    assert out.strip() == f"added feed #1: My Name ({url}), 1 entries now"
    code, out, err = await arun("feeds", "add", url, cwd=tmp_path, **env)
    assert code == 0 and out.strip() == f"feed #1 already exists: My Name ({url})"
    code, out, err = await arun("feeds", "list", "--json", cwd=tmp_path, **env)
    (listed,) = json.loads(out)
    assert listed["name"] == "My Name" and listed["status"] == "ok" and listed["last_success"]
    code, out, err = await arun("feeds", "list", cwd=tmp_path, **env)
    assert " ok " in out and " new " not in out
    # Not polled yet: the first poll still stores its entries (nothing was kept from the add).
    no_list = tmp_path / "none.toml"
    no_list.write_text("")
    code, out, err = await arun("poll", "--once", cwd=tmp_path, VIDRADAR_FEEDS=str(no_list), **env)
    assert code == 0 and "1 new entries" in out, out + err


async def test_feeds_json_outputs_add_remove_and_import(feed_server, tmp_path) -> None:
    url = feed_server.set_feed("j", rss([DISTRACTOR], title="Json Feed"))
    env = {"VIDRADAR_URL_ALLOWLIST": feed_server.host_port, "VIDRADAR_DB": str(tmp_path / "j.db")}
    code, out, err = await arun("feeds", "add", feed_server.url("/page/j"), "--json", cwd=tmp_path, **env)
    assert code == 0, err
    assert json.loads(out) == {
        "id": 1,
        "url": url,
        "name": "Json Feed",
        "created": True,
        "entries": 1,
        "discovered": True,
    }
    code, out, err = await arun("feeds", "add", url, "--json", cwd=tmp_path, **env)
    assert json.loads(out)["created"] is False
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        f'<opml version="2.0"><body><outline text="Known" xmlUrl="{url}"/>'
        '<outline text="Other" title="Other Blog" xmlUrl="https://other.example/feed"/></body></opml>'
    )
    code, out, err = await arun("feeds", "import-opml", str(opml), "--json", cwd=tmp_path, **env)
    assert code == 0, err
    assert json.loads(out) == {
        "file": str(opml),
        "added": 1,
        "known": 1,
        "feeds": [
            {"id": 1, "url": url, "name": "Json Feed", "created": False},
            {"id": 2, "url": "https://other.example/feed", "name": "Other Blog", "created": True},
        ],
    }
    code, out, err = await arun("feeds", "remove", "2", "--json", cwd=tmp_path, **env)
    assert code == 0, err
    assert json.loads(out) == {
        "id": 2,
        "url": "https://other.example/feed",
        "name": "Other Blog",
        "action": "removed",
        "in_feed_list": False,
    }


def test_watch_list_and_db_backup_json(tmp_path) -> None:
    db = str(tmp_path / "w.db")
    assert run("watch", "add", "Sora", "--guild", "5", "--db", db, cwd=tmp_path).returncode == 0
    assert run("watch", "mute", "pricing", "--guild", "5", "--db", db, cwd=tmp_path).returncode == 0
    result = run("watch", "list", "--guild", "5", "--json", "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "guild": 5,
        "include": ["Sora"],
        "exclude": [],
        "muted_vendors": [],
        "muted_events": ["pricing"],
        "min_score": 0.5,
        "languages": [],
    }
    target = tmp_path / "copy.db"
    result = run("db", "backup", str(target), "--json", "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    copy = json.loads(result.stdout)
    assert copy["source"] == db and copy["target"] == str(target)
    assert copy["pages"] > 0 and copy["bytes"] == target.stat().st_size
    # A file already there (a swapped restore would overwrite the live database): --force only.
    line = assert_one_line_error(run("db", "backup", db, "--db", str(target), cwd=tmp_path))
    assert line == f"vidradar: error: {db} exists; give a new file, or --force to replace it"
    again = run("db", "backup", str(target), "--force", "--json", "--db", db, cwd=tmp_path)
    assert again.returncode == 0, again.stderr


def test_digest_json_has_the_stories_of_the_text_digest(tmp_path) -> None:
    db = str(tmp_path / "demo.db")
    assert run("demo", "--db", db, cwd=tmp_path).returncode == 0
    chart = tmp_path / "week.png"
    result = run("digest", "--since", "3650d", "--json", "--chart", str(chart), "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    digest = json.loads(result.stdout)
    assert set(digest) == {"guild", "start", "end", "quiet", "counts", "stories", "keyword_matches", "chart"}
    assert digest["guild"] == 0 and digest["quiet"] is False and digest["chart"] == str(chart)
    assert sum(digest["counts"].values()) == len(digest["stories"]) > 0
    assert set(digest["stories"][0]) == {
        "story_id",
        "event",
        "vendors",
        "products",
        "title",
        "link",
        "feed",
        "official",
        "outlets",
        "score",
        "published",
    }
    text = run("digest", "--since", "3650d", "--db", db, cwd=tmp_path).stdout
    lines = [line for line in text.splitlines() if line.startswith("  [")]
    assert len(lines) == len(digest["stories"])  # the same stories in the same order
    for story, line in zip(digest["stories"], lines, strict=True):
        # "[event] Product names: title (feed ...": the products by display name, for people.
        assert line.startswith(f"  [{story['event']}] ")
        assert f"{story['title']} ({story['feed']}" in line
    quiet = json.loads(run("digest", "--since", "1s", "--json", "--db", db, cwd=tmp_path).stdout)
    assert quiet["quiet"] is True and quiet["stories"] == [] and quiet["chart"] is None


def _search_database(path: Path) -> str:
    """Three entries about Sora in a feed known by its title only; returns the long link."""
    from datetime import timedelta

    from feeds.storage import feed_records as feed_store
    from feeds.storage.db import open_database
    from feeds.storage.entries import refresh_search_index, upsert_entries
    from feeds.timeutil import utcnow
    from tests.helpers import entry, spec

    now = utcnow()
    long_link = "https://news.example/2025/10/" + "openai-sora-2-api-" * 12 + "developers"
    strong = "Sora Sora: the Sora 2 API"
    db = open_database(path)
    try:
        feed, _ = feed_store.add_feed(db, spec("https://titled.example/feed"), now, title="Titled Feed")
        upsert_entries(
            db,
            feed.id,
            [  # stored in this order: weak (newest), then the two equal ones, older first
                entry("weak", "Weekly roundup", summary="Games, phones, " * 20 + "and Sora.", published=now),
                entry(
                    "strong-new", strong, summary="Sora", published=now - timedelta(days=2), link=long_link
                ),
                entry("strong-old", strong, summary="Sora", published=now - timedelta(days=3)),
            ],
            now,
        )
        refresh_search_index(db)
    finally:
        db.close()
    return long_link


def test_search_is_by_relevance_then_recency_with_whole_links_and_feed_titles(tmp_path) -> None:
    db = tmp_path / "s.db"
    long_link = _search_database(db)
    found = run("search", "sora", "--json", "--db", str(db), cwd=tmp_path)
    hits = json.loads(found.stdout)
    # The two strong matches first (equal: the newer first), then the weak one, though newest.
    assert [h["id"] for h in hits] == [2, 3, 1]
    assert {h["feed"] for h in hits} == {"Titled Feed"}
    by_date = json.loads(
        run("search", "sora", "--sort", "date", "--json", "--db", str(db), cwd=tmp_path).stdout
    )
    assert [h["id"] for h in by_date] == [1, 2, 3]
    text = run("search", "sora", "--db", str(db), cwd=tmp_path, COLUMNS="60")
    assert text.returncode == 0, text.stderr
    first_hit = text.stdout.split("\n\n")[0].splitlines()
    assert first_hit[-1].strip() == long_link  # on a line of its own, whole
    assert "Titled Feed" in text.stdout and "titled.example" not in text.stdout
    assert "…" not in text.stdout


async def test_the_first_poll_names_feeds_by_their_title(feed_server, tmp_path) -> None:
    feed_server.set_feed("untitled", rss([ANNOUNCEMENT], title="Loopback Daily"))
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        f'[[feeds]]\nurl = "{feed_server.url("/feed/untitled")}"\n'
        f'[[feeds]]\nurl = "{feed_server.url("/status/500")}"\nname = "Broken Blog"\n'
    )
    env = {"VIDRADAR_URL_ALLOWLIST": feed_server.host_port, "VIDRADAR_DB": str(tmp_path / "f.db")}
    code, out, err = await arun("poll", "--once", "--json", "--feeds", str(feeds), cwd=tmp_path, **env)
    assert code == 0, err
    assert [json.loads(line)["feed"] for line in out.splitlines()] == ["Loopback Daily"]
    assert "failed: Broken Blog: HTTP 500" in err and "/status/500" not in err
    code, out, err = await arun("poll", "--once", "--feeds", str(feeds), cwd=tmp_path, **env)
    assert "failed: Broken Blog: HTTP 500" in err


@pytest.mark.parametrize(
    ("args", "variable"),
    [
        (["watch", "add", "Sora"], "VIDRADAR_WATCH_INCLUDE"),
        (["watch", "add", "Sora", "--mode", "exclude"], "VIDRADAR_WATCH_EXCLUDE"),
        (["watch", "remove", "Sora", "--guild", "0"], "VIDRADAR_WATCH_INCLUDE or VIDRADAR_WATCH_EXCLUDE"),
        (["watch", "mute", "openai"], "VIDRADAR_MUTE"),
        (["watch", "unmute", "openai"], "VIDRADAR_MUTE"),
        (["watch", "min-score", "0.7"], "VIDRADAR_MIN_SCORE"),
    ],
)
def test_the_headless_destination_is_set_by_the_environment_only(tmp_path, args, variable) -> None:
    db = str(tmp_path / "w.db")
    open_database(db).close()
    line = assert_one_line_error(run(*args, "--db", db, cwd=tmp_path))
    assert "headless webhook" in line and variable in line
    listing = run("watch", "list", "--db", db, cwd=tmp_path)  # reading it stays allowed
    assert listing.returncode == 0 and "include: -" in listing.stdout


LAUNCH_PROBE = """
import gc, sys
{prelude}
import bot.cli.main
def probe():
    print(gc.isenabled(), gc.get_freeze_count())
    return 0
bot.cli.main.main = probe
from bot.cli import launch
sys.exit(launch.main())
"""


@pytest.mark.parametrize("prelude, collecting", [("", True), ("gc.disable()", False)])
def test_console_script_runs_the_command_with_the_collector_as_it_found_it(
    prelude: str, collecting: bool
) -> None:
    """The console script pauses the collector only while importing the command line, then
    freezes what the imports made: the command itself runs with the collector as the process
    had it (on, unless something turned it off) and the imported objects out of its reach."""
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH_PROBE.format(prelude=prelude)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env=clean_env(PYTHONPATH=str(REPO)),
    )
    assert done.returncode == 0, done.stderr
    enabled, frozen = done.stdout.split()
    assert enabled == str(collecting)
    assert int(frozen) > 10_000  # pydantic, aiohttp, sqlite-utils and the command line's modules


def test_installed_console_script_is_the_launcher() -> None:
    script = Path(sys.executable).parent / "vidradar"
    if not script.exists():
        pytest.skip("vidradar is not installed in this interpreter's environment")
    assert "from bot.cli.launch import main" in script.read_text()


def test_reports_published_at_the_same_instant_print_in_the_same_order_whichever_feed_finished_first() -> (
    None
):
    """The demo's cycle reports announcements as feeds finish (two parse threads), so two
    reports of one instant arrived in either order; the table and the JSON lines must not."""
    from datetime import UTC, datetime

    from bot.cli.output import announcement_rows, oldest_first
    from feeds.models import Detection
    from feeds.storage.ingest import NewAnnouncement

    def made(n: int, title: str, hour: int) -> NewAnnouncement:
        detection = Detection(
            relevant=True, score=0.8, vendors=["google"], products=[], event="launch", api=False, reasons=[]
        )
        published = datetime(2026, 11, 20, hour, tzinfo=UTC)
        return NewAnnouncement(
            n, n, f"s{n}", title, f"https://example.com/{n}", "feed", published, detection, True
        )

    reports = [made(1, "Lower prices", 17), made(2, "Amazon Nova Reel 2", 17), made(3, "Earlier", 9)]
    for arrival in (reports, reports[::-1], [reports[1], reports[2], reports[0]]):
        assert [row[5] for row in announcement_rows(arrival)] == [
            "Amazon Nova Reel 2",
            "Lower prices",
            "Earlier",
        ]
        assert [a.title for a in oldest_first(arrival)] == ["Earlier", "Amazon Nova Reel 2", "Lower prices"]
    # The same story from two feeds, one entry without a link: ordered, not a TypeError.
    linkless = dataclasses.replace(made(4, "Lower prices", 17), link=None)
    for arrival in ([reports[0], linkless], [linkless, reports[0]]):
        assert [a.link for a in oldest_first(arrival)] == [None, "https://example.com/1"]


def test_the_log_level_of_the_env_file_applies_and_daemons_log_at_the_default(tmp_path, monkeypatch) -> None:
    """VIDRADAR_LOG_LEVEL in .env counts as set (it was only read from the environment), and
    `poll --daemon`, which runs until stopped, logs like `run` (its log is its output)."""
    import logging

    from bot.cli.main import long_running, main
    from bot.cli.parser import build_parser

    monkeypatch.delenv("VIDRADAR_LOG_LEVEL", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("VIDRADAR_LOG_LEVEL=DEBUG\n")
    root = logging.getLogger()
    level = root.level
    try:
        assert main(["db", "migrate", "--db", str(tmp_path / "v.db")]) == 0
        assert root.level == logging.DEBUG
    finally:
        root.setLevel(level)
    # Empty in the environment (docker --env-file of a copied .env.example) is not set.
    from bot.cli.main import configure_logging

    monkeypatch.setenv("VIDRADAR_LOG_LEVEL", "")
    try:
        configure_logging("INFO", quiet=True)
        assert root.level == logging.WARNING
    finally:
        root.setLevel(level)
    parser = build_parser()
    assert long_running(parser.parse_args(["poll", "--daemon"]))
    assert long_running(parser.parse_args(["run"]))
    assert not long_running(parser.parse_args(["poll", "--once"]))


def test_a_misspelt_setting_in_dotenv_is_warned_about_and_the_command_runs(tmp_path) -> None:
    (tmp_path / ".env").write_text("VIDRADAR_POLL_INTERVALL=1h\n")
    result = run("db", "migrate", "--db", str(tmp_path / "v.db"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (
        "unknown setting VIDRADAR_POLL_INTERVALL (in .env) is ignored; did you mean VIDRADAR_POLL_INTERVAL?"
        in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_import_opml_refuses_a_feed_on_a_non_public_address_as_feeds_add_does(tmp_path) -> None:
    """A feed at 10.1.2.3 was imported and then failed every poll until disabled; refused in
    one line naming it, nothing imported, unless the operator allows the address."""
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
        '<outline type="rss" text="ok" xmlUrl="https://example.org/feed"/>'
        '<outline type="rss" text="lan" xmlUrl="http://10.1.2.3/feed"/></body></opml>'
    )
    db = str(tmp_path / "o.db")
    line = assert_one_line_error(run("feeds", "import-opml", str(opml), "--db", db, cwd=tmp_path))
    assert "http://10.1.2.3/feed: refused to connect to non-public address 10.1.2.3" in line
    assert line.endswith("nothing imported") and not (tmp_path / "o.db").exists()
    allowed = run(
        "feeds", "import-opml", str(opml), "--db", db, cwd=tmp_path, VIDRADAR_URL_ALLOWLIST="10.1.2.3:80"
    )
    assert allowed.returncode == 0 and "imported 2 new feeds" in allowed.stdout


def test_alerts_retry_queues_the_headless_webhooks_failed_deliveries_again(tmp_path) -> None:
    """Headless mode has no /alerts retry: a wrong webhook URL failed its alerts for good, and
    after the fix this queues them again."""
    from feeds.storage.db import open_database

    db_path = tmp_path / "v.db"
    db = open_database(db_path)
    db.execute("INSERT INTO servers (guild_id, created_at, updated_at) VALUES (0, 'x', 'x')")
    for n in range(3):
        db.execute(
            "INSERT INTO deliveries (guild_id, kind, state, attempts, next_attempt_at, dedup_key, last_error,"
            " created_at, updated_at) VALUES (0, 'story', 'failed', 3, 'x', ?, 'webhook: 401', 'x', 'x')",
            [f"story:{n}:0:0"],
        )
    db.close()
    result = run("alerts", "retry", "--json", "--db", str(db_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"guild": 0, "retried": 3}
    db = open_database(db_path)
    assert [r[0] for r in db.execute("SELECT state FROM deliveries").fetchall()] == ["pending"] * 3
    db.close()
    text = run("alerts", "retry", "--db", str(db_path), cwd=tmp_path)
    assert text.stdout.startswith("0 failed deliveries queued again (guild 0)")


def test_demo_never_opens_the_postgresql_database_of_the_environment(tmp_path) -> None:
    """VIDRADAR_DATABASE_URL names the live install: the demo keeps to its own SQLite file (an
    unreachable URL here: opening it would fail the demo)."""
    target = tmp_path / "demo.db"
    result = run(
        "demo",
        "--db",
        str(target),
        cwd=tmp_path,
        VIDRADAR_DATABASE_URL="postgresql://nobody@127.0.0.1:1/live",
    )
    assert result.returncode == 0, result.stderr
    assert target.exists()

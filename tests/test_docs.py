"""Docs that are tested (after simonw/sqlite-utils tests/test_docs.py).

README.md, every docs/*.md page and RELIABILITY.md may only name settings, commands, slash
commands, tests, files and anchors that exist; the reference pages must name every one; the
README's demo and alert transcripts must be what the code prints and posts."""

from __future__ import annotations

import argparse
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli.main import build_parser
from feeds.config import Settings, env_name
from feeds.service import render
from feeds.service.delivery import marker_of
from feeds.storage.db import open_database
from feeds.storage.digests import build_digest
from feeds.storage.views import story_view
from tests.conftest import REPO
from tests.test_cli import run

README = (REPO / "README.md").read_text(encoding="utf-8")
ENV_EXAMPLE = (REPO / ".env.example").read_text(encoding="utf-8")
DOCS = {f"docs/{p.name}": p.read_text(encoding="utf-8") for p in sorted((REPO / "docs").glob("*.md"))}
PAGES = {"README.md": README, **DOCS, "RELIABILITY.md": (REPO / "RELIABILITY.md").read_text(encoding="utf-8")}
README_LIMIT = 12 * 1024  # bytes: a page a person reads in five minutes

FENCE = re.compile(r"^ *```[^\n]*\n(.*?)^ *```", re.M | re.S)


def fenced_blocks(text: str) -> list[str]:
    return FENCE.findall(text)


def code_texts(text: str) -> list[str]:
    """Every inline code span (it may wrap a line) and every line of every fenced block."""
    lines = [line for block in fenced_blocks(text) for line in block.replace("\\\n", " ").splitlines()]
    return lines + re.findall(r"`([^`]+)`", FENCE.sub("", text))


def block_with(text: str, needle: str) -> str:
    blocks = [b for b in fenced_blocks(text) if needle in b]
    assert len(blocks) == 1, f"expected one code block with {needle!r}"
    return blocks[0]


# -- the README itself ----------------------------------------------------------------------


def test_readme_starts_with_the_two_setup_commands() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^make \w+", quick_start, re.M)
    assert commands[:2] == ["make demo", "make test"]


def test_readme_reads_in_five_minutes() -> None:
    size = len(README.encode("utf-8"))
    assert size <= README_LIMIT, f"README.md is {size} bytes; move details into docs/ (limit {README_LIMIT})"


def test_readme_examples_need_nothing_beside_the_checkout() -> None:
    assert "../shared" not in README


def test_readme_links_every_docs_page() -> None:
    for page in DOCS:
        assert f"]({page})" in README, f"README.md does not link {page}"


# -- settings -------------------------------------------------------------------------------


def test_every_setting_is_in_env_example_with_a_comment_and_in_the_configuration_page() -> None:
    lines = ENV_EXAMPLE.splitlines()
    for field in Settings.model_fields:
        name = env_name(field)
        matches = [i for i, line in enumerate(lines) if line.startswith(f"{name}=")]
        assert matches, f"{name} missing from .env.example"
        assert lines[matches[0] - 1].startswith("#"), f"{name} has no comment in .env.example"
        assert f"| `{name}` |" in DOCS["docs/configuration.md"], f"{name} missing from docs/configuration.md"


def test_every_variable_the_docs_name_exists() -> None:
    """A VIDRADAR_*/DISCORD_* name in the docs is a setting, or a variable the code, the tests
    or the Makefile reads (VIDRADAR_STRESS, VIDRADAR_CRASH_SEED ...)."""
    settings = {env_name(field) for field in Settings.model_fields}
    sources = [REPO / "Makefile"] + [
        p for d in ("feeds", "bot", "tests", "benchmarks") for p in (REPO / d).rglob("*.py")
    ]
    code = "\n".join(p.read_text(encoding="utf-8") for p in sources if p.is_file())
    unknown = {
        (page, name)
        for page, text in PAGES.items()
        for name in re.findall(r"\b(?:VIDRADAR|DISCORD)_[A-Z0-9_]*[A-Z0-9]", text)
        if name not in settings and name not in code
    }
    assert unknown == set()


# -- the command line -------------------------------------------------------------------------


def cli_commands() -> dict[str, argparse.ArgumentParser]:
    """``{"demo": parser, "feeds add": parser, ...}``; a group without actions is one entry."""
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    found: dict[str, argparse.ArgumentParser] = {}
    for name, command in sub.choices.items():
        nested = [a for a in command._actions if getattr(a, "choices", None) and a.dest.endswith("_command")]
        if nested:
            found.update({f"{name} {action}": parser for action, parser in nested[0].choices.items()})
        found.setdefault(name, command)
    return found


def test_every_cli_command_is_in_the_command_reference_and_the_readme() -> None:
    commands = cli_commands()
    for name in commands:
        assert f"`vidradar {name}" in DOCS["docs/commands.md"], (
            f"vidradar {name} missing from docs/commands.md"
        )
        assert f"vidradar {name.split()[0]}" in README, f"vidradar {name} missing from the README"


def test_every_cli_command_the_docs_show_exists_with_its_flags() -> None:
    commands = cli_commands()
    top = build_parser()
    wrong = []
    for page, text in PAGES.items():
        for code in code_texts(text):
            tokens = code.replace("\\|", "|").split()
            for index, token in enumerate(tokens):
                if token != "vidradar" and not token.endswith("bin/vidradar"):
                    continue  # also `/vidradar status`, a slash command
                rest = [t.strip("[]") for t in tokens[index + 1 :]]
                while rest[:1] == ["--db"]:
                    rest = rest[2:]
                if not rest or not re.fullmatch(r"[a-z][a-z-]*", rest[0]):
                    continue  # `sudo -u vidradar /opt/…`, `vidradar --version`, `vidradar: error: …`
                name = " ".join(rest[:2]) if " ".join(rest[:2]) in commands else rest[0]
                parser = commands.get(name)
                if parser is None:
                    wrong.append((page, code))
                    continue
                group = " " not in name and any(k.startswith(name + " ") for k in commands)
                if group and len(rest) > 1 and re.fullmatch(r"[a-z][a-z-]*", rest[1]):
                    wrong.append((page, code))  # an action the group does not have
                flags = {t.split("=")[0] for t in rest if t.startswith("--")}
                known = set(parser._option_string_actions) | set(top._option_string_actions)
                wrong += [(page, f"{code}: {flag}") for flag in sorted(flags - known)]
    assert wrong == []


# -- slash commands -------------------------------------------------------------------------


def slash_commands() -> dict[str, dict[str, bool]]:
    """``{"feeds add": {"url": True, "name": False}, ...}``: options and whether required."""
    from bot.cogs.alerts import AlertsCog
    from bot.cogs.digest_commands import DigestCog
    from bot.cogs.feed_commands import FeedsCog
    from bot.cogs.news import NewsCog
    from bot.cogs.status import VidradarCog
    from bot.cogs.watch import WatchCog

    found: dict[str, dict[str, bool]] = {}
    for cog in (FeedsCog, AlertsCog, VidradarCog, NewsCog, WatchCog, DigestCog):
        for command in cog.__cog_app_commands__:
            subcommands = getattr(command, "commands", None)  # a subcommand group: `/alerts route add`
            for leaf in subcommands or [command]:
                name = f"{cog.__cog_group_name__} {command.name}" + (f" {leaf.name}" if subcommands else "")
                found[name] = {p.name: p.required for p in leaf.parameters}
    return found


def test_every_slash_command_is_in_the_command_reference_and_the_readme() -> None:
    for name in slash_commands():
        assert f"`/{name}" in DOCS["docs/commands.md"], f"/{name} missing from docs/commands.md"
        assert f"`/{name}" in README, f"/{name} missing from the README"


def test_every_slash_command_the_docs_show_exists_with_its_options() -> None:
    """`/group command opt [opt]` (a signature: required options bare, optional ones in
    brackets) or `/group command opt:value` (an example) must match the cogs."""
    commands = slash_commands()
    groups = {name.split()[0] for name in commands}
    wrong = []
    for page, text in PAGES.items():
        for code in code_texts(text):
            match = re.match(r"/([a-z-]+)(?:\s+(.*))?$", code.strip(), re.S)
            if not match or (match[1] not in groups and not match[2]):
                continue  # a path such as `/proc`, not a command
            words = (match[2] or "").split()
            if not words:
                continue  # a group: `/news`
            name, rest = f"{match[1]} {words[0]}", words[1:]
            if name not in commands and rest and f"{name} {rest[0]}" in commands:  # in a subcommand group
                name, rest = f"{name} {rest[0]}", rest[1:]
            if name not in commands:
                wrong.append((page, code))
                continue
            options = commands[name]
            if any(":" in w for w in rest):  # an example: only the option names are checked
                used = [w.split(":")[0] for w in rest if ":" in w]
                wrong += [(page, code) for o in used if o not in options]
            else:
                for word in rest:
                    if word.startswith("<"):
                        continue  # a placeholder value: `/feeds remove <id>`
                    option = word.strip("[]")
                    if options.get(option) != (not word.startswith("[")):
                        wrong.append((page, f"{code}: {word}"))
    assert wrong == []


# -- tests, files and links that the docs cite ---------------------------------------------------

DEFINED_TESTS = {
    name
    for path in (REPO / "tests").glob("test_*.py")
    for name in re.findall(r"def (test_\w+)", path.read_text())
}


def test_every_cited_test_exists() -> None:
    missing = []
    for page, text in PAGES.items():
        for file, name in re.findall(r"(test_\w+\.py)::(test_\w+)", text):
            if not (REPO / "tests" / file).is_file() or name not in DEFINED_TESTS:
                missing.append((page, f"{file}::{name}"))
        missing += [
            (page, f) for f in re.findall(r"tests/(test_\w+\.py)", text) if not (REPO / "tests" / f).is_file()
        ]
    assert missing == []


def test_reliability_report_cites_tests_that_exist() -> None:
    """RELIABILITY.md names the test behind each row: every name (or "…fragment…") must
    still be a test, so the report cannot drift from the suite."""
    report = PAGES["RELIABILITY.md"]
    full = re.findall(r"test_\w+\.py::(test_\w+)", report)
    fragments = re.findall(r"…:{0,2}(\w+)…?", report)
    assert len(full) > 30
    assert [name for name in full if name not in DEFINED_TESTS] == []
    assert [frag for frag in fragments if not any(frag in name for name in DEFINED_TESTS)] == []


def test_every_repository_path_the_docs_name_exists() -> None:
    pattern = re.compile(r"(?:feeds|bot|seeds|tests|deploy|benchmarks|docs)/[\w./-]*")
    missing = [
        (page, code)
        for page, text in PAGES.items()
        for code in re.findall(r"`([^`\s]+)`", text)
        if pattern.fullmatch(code) and ".cache" not in code and not (REPO / code).exists()
    ]
    assert missing == []


def anchor(heading: str) -> str:
    """GitHub's anchor for a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_every_relative_link_and_anchor_resolves() -> None:
    broken = []
    for page, text in PAGES.items():
        for target in re.findall(r"\]\(([^)\s]+)\)", FENCE.sub("", text)):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, fragment = target.partition("#")
            file = (REPO / page).parent / path if path else REPO / page
            if not file.exists():
                broken.append((page, target))
            elif fragment:
                headings = re.findall(r"^#+ (.+)$", FENCE.sub("", file.read_text(encoding="utf-8")), re.M)
                if fragment not in {anchor(h) for h in headings}:
                    broken.append((page, target))
    assert broken == []


def test_the_module_map_names_every_module() -> None:
    architecture = DOCS["docs/architecture.md"]
    modules = sorted(
        p.relative_to(REPO).as_posix()
        for folder in ("feeds", "bot")
        for p in (REPO / folder).rglob("*.py")
        if "__pycache__" not in p.parts
    )
    assert [m for m in modules if f"| `{m}` |" not in architecture] == []


# -- transcripts: what the README shows is what the code prints and posts ------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """One `vidradar demo` run, its database kept: its stdout and the database path."""
    tmp = tmp_path_factory.mktemp("demo")
    result = run("demo", "--db", str(tmp / "demo.db"), cwd=tmp)
    assert result.returncode == 0, result.stderr
    return result.stdout, tmp / "demo.db"


def test_the_demo_posts_each_news_once(demo: tuple[str, Path]) -> None:
    """Every demo story is one news: no two stories of a subject share an event while both are
    open (72 h from their first report), and the demo's one launch reported in English and in
    French (worded as a launch, then as an unveiling opened to everyone) is one story."""
    _, path = demo
    db = open_database(path)
    try:
        rows = db.execute("SELECT key, subject, events, first_published_at FROM stories").fetchall()
        runway = db.execute(
            """SELECT DISTINCT a.story_id FROM announcements a JOIN entries e ON e.id = a.entry_id
               WHERE e.title LIKE '%Gen-4.5%'"""
        ).fetchall()
    finally:
        db.close()
    assert len(runway) == 1
    stories = [
        (key, subject, set(json.loads(events)), datetime.fromisoformat(first))
        for key, subject, events, first in rows
    ]
    for key, subject, events, first in stories:
        for other, subject2, events2, first2 in stories:
            if key < other and subject == subject2 and events & events2:
                assert abs(first - first2) >= timedelta(hours=72), (key, other)


SUMMARY = re.compile(
    r"^\d+ feeds polled \(\d+ failed\), \d+ entries stored, \d+ announcements in \d+ stories, (\d+\.\d+s)$",
    re.M,
)


def test_the_readme_demo_transcript_is_what_make_demo_prints(demo: tuple[str, Path]) -> None:
    stdout, _ = demo
    shown = block_with(README, "feeds polled").rstrip("\n").splitlines()
    printed = stdout.rstrip("\n").splitlines()
    # The README shows the default run (temporary database); this one kept its database.
    assert shown[-1] == "database: temporary (use --db PATH to keep it)"
    assert printed[-1].startswith("database: ")
    summary = [line for line in shown if SUMMARY.match(line)]
    assert len(summary) == 1, "the README's summary line has changed shape"
    timing = SUMMARY.sub(lambda m: m[0].replace(m[1], "<time>"), "\n".join(shown[:-1]))
    assert timing == SUMMARY.sub(lambda m: m[0].replace(m[1], "<time>"), "\n".join(printed[:-1]))


def transcript(payload: dict) -> str:
    """An embed as the README shows it: one line per part, Discord's escapes undone and
    links shown as their text."""

    def plain(text: str) -> str:
        text = re.sub(r"\[((?:\\.|[^\]])*)\]\([^)]*\)", r"\1", text)
        return re.sub(r"\\(.)", r"\1", text)

    (embed,) = payload["embeds"]
    rows = [
        ("author", embed["author"]["name"]),
        ("title", embed["title"]),
        ("link", embed["url"]),
        ("text", embed["description"]),
        *((f["name"], f["value"]) for f in embed["fields"]),
        # What people see: the delivery marker ending the footer is invisible.
        ("footer", embed["footer"]["text"].split(render.MARKER_SENTINEL)[0]),
    ]
    return "\n".join(f"{label:<18}{plain(value)}" for label, value in rows)


def test_the_readme_alert_transcript_is_what_the_bot_posts(demo: tuple[str, Path]) -> None:
    """The transcript is the alert of the demo story its footer names, as the bot renders it."""
    _, path = demo
    shown = block_with(README, "footer ").rstrip("\n")
    key = re.search(r"story (\w+)", shown)
    assert key, "the README's alert transcript names no story"
    db = open_database(path)
    try:
        found = db.execute("SELECT id, event FROM stories WHERE key = ?", [key[1]]).fetchone()
        assert found, f"the demo has no story {key[1]}"
        view = story_view(db, found[0], 1234)
    finally:
        db.close()
    assert view is not None
    payload = render.story_alert(view, lang="en", marker="#1").as_json()
    assert shown == transcript(payload)
    assert marker_of([payload["embeds"][0]["footer"]["text"]]) == "#1"
    assert payload["embeds"][0]["color"] == render.EVENT_COLOURS[found[1]]


def test_the_readme_digest_transcript_is_how_the_demo_weeks_digest_begins(demo: tuple[str, Path]) -> None:
    """The README shows the start of the demo week's digest page (links as their text, Discord's
    escapes undone), then "…"; it is the first page of what the bot posts for that week."""
    _, path = demo
    section = README.split("## What a digest looks like", 1)[1].split("\n## ", 1)[0]
    shown = block_with(section, "→").rstrip("\n").splitlines()
    assert shown[-1] == "…" and len(shown) > 4
    db = open_database(path)
    try:
        digest = build_digest(db, 0, datetime(2026, 11, 17, tzinfo=UTC), datetime(2026, 11, 24, tzinfo=UTC))
    finally:
        db.close()
    [message] = render.digest_messages(digest, "en", with_chart=True)
    [embed] = message.embeds
    assert embed["title"] == "AI-video digest" and embed["image"]["url"] == "attachment://digest.png"
    text = re.sub(r"\[((?:\\.|[^\]])*)\]\([^)]*\)", r"\1", embed["description"])
    posted = re.sub(r"\\(.)", r"\1", text).splitlines()
    assert shown[:-1] == posted[: len(shown) - 1]
    assert len(posted) > len(shown) - 1  # the "…" stands for more


# -- the bundled eval sample --------------------------------------------------------------------

SAMPLE = REPO / "seeds" / "eval-sample.jsonl"


def test_the_eval_sample_covers_both_languages_every_event_and_negatives() -> None:
    items = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) >= 30
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        assert {
            "id",
            "lang",
            "title",
            "summary",
            "source",
            "relevant",
            "vendors",
            "products",
            "event",
        } <= set(item)
    for lang in ("en", "fr"):
        positives = {i["event"] for i in items if i["lang"] == lang and i["relevant"]}
        assert positives == {"launch", "availability", "waitlist", "pricing", "delay", "shutdown"}, lang
        assert any(not i["relevant"] and i["event"] == "none" for i in items if i["lang"] == lang), lang


def test_the_documented_eval_figures_are_what_vidradar_eval_prints(tmp_path: Path) -> None:
    result = run("eval", str(SAMPLE), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("items ") and "precision" in line
    assert f"$ vidradar eval seeds/eval-sample.jsonl\n{line}\n" in DOCS["docs/detection.md"]
    assert "vidradar eval seeds/eval-sample.jsonl" in README

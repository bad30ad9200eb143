"""Docs that are tested (after simonw/sqlite-utils tests/test_docs.py)."""

import re

from bot.cli import build_parser
from feeds.config import Settings, env_name
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
ENV_EXAMPLE = (REPO / ".env.example").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_setup_commands() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^make \w+", quick_start, re.M)
    assert commands[:2] == ["make demo", "make test"]


def test_every_setting_is_in_env_example_with_a_comment_and_in_the_readme() -> None:
    lines = ENV_EXAMPLE.splitlines()
    for field in Settings.model_fields:
        name = env_name(field)
        matches = [i for i, line in enumerate(lines) if line.startswith(f"{name}=")]
        assert matches, f"{name} missing from .env.example"
        assert lines[matches[0] - 1].startswith("#"), f"{name} has no comment in .env.example"
        assert f"`{name}`" in README, f"{name} missing from the README"


def test_every_cli_command_is_in_the_readme() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        nested = [a for a in command._actions if getattr(a, "choices", None) and a.dest.endswith("_command")]
        if nested:
            for action in nested[0].choices:
                assert f"vidradar {name} {action}" in README, f"vidradar {name} {action}"
        else:
            assert f"vidradar {name}" in README, f"vidradar {name}"


def test_reliability_report_cites_tests_that_exist() -> None:
    """RELIABILITY.md names the test behind each row: every name (or "…fragment…") must
    still be a test, so the report cannot drift from the suite."""
    report = (REPO / "RELIABILITY.md").read_text(encoding="utf-8")
    defined = {
        name
        for path in (REPO / "tests").glob("test_*.py")
        for name in re.findall(r"def (test_\w+)", path.read_text())
    }
    full = re.findall(r"test_\w+\.py::(test_\w+)", report)
    fragments = re.findall(r"…:{0,2}(\w+)…?", report)
    assert len(full) > 30
    assert [name for name in full if name not in defined] == []
    assert [frag for frag in fragments if not any(frag in name for name in defined)] == []

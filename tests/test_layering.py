"""The core never imports discord (pattern of lemon24/reader tests/test_lazy_imports.py)."""

import re
import subprocess
import sys
import textwrap

from tests.conftest import REPO


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=REPO, capture_output=True, text=True, timeout=120
    )


def test_feeds_package_never_imports_discord() -> None:
    result = run(
        """
        import importlib, pkgutil, sys
        import feeds
        names = [m.name for m in pkgutil.walk_packages(feeds.__path__, "feeds.")]
        for name in names:
            importlib.import_module(name)
        assert len(names) > 20, names
        assert "discord" not in sys.modules, [m for m in sys.modules if m.startswith("discord")]
        print(len(names))
        """
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 20


def test_cli_core_commands_do_not_load_discord() -> None:
    result = run(
        """
        import sys
        from bot.cli import main
        code = main(["classify", "--input", "/dev/null"])
        assert code == 0
        assert "discord" not in sys.modules
        """
    )
    assert result.returncode == 0, result.stderr


SQL_CALL = re.compile(r"\.(execute|executemany|executescript|query)\(")


def test_the_discord_adapter_runs_no_sql_itself() -> None:
    """feeds/storage/ is the database's front door: bot/ calls its functions, never a query."""
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for path in sorted((REPO / "bot").rglob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if SQL_CALL.search(line)
    ]
    assert offenders == []

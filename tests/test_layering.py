"""The layers, held by tests: which package may import which, where the database may be touched,
and that the core never loads discord (pattern of lemon24/reader tests/test_lazy_imports.py).

docs/architecture.md draws the same layers."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO

BASE = "feeds (base)"  # config, errors, models, shards, timeutil, durations, failpoints: used by every layer

# Each layer and the layers it may import (its own modules are always allowed). A layer never
# imports one above it; bot/ (the Discord adapter) and bot/cli/ sit on top of the core.
MAY_IMPORT: dict[str, set[str]] = {
    BASE: set(),
    "feeds.parse": {BASE},
    "feeds.detect": {BASE, "feeds.parse"},
    "feeds.fetch": {BASE, "feeds.parse"},
    "feeds.storage": {BASE, "feeds.parse", "feeds.detect"},
    "feeds.pipeline": {BASE, "feeds.parse", "feeds.detect", "feeds.fetch", "feeds.storage"},
    "feeds.service": {BASE, "feeds.parse", "feeds.detect", "feeds.fetch", "feeds.storage", "feeds.pipeline"},
}
CORE = set(MAY_IMPORT)
MAY_IMPORT["bot"] = CORE
MAY_IMPORT["bot.cli"] = CORE | {"bot"}
SUBPACKAGES = {"parse", "detect", "fetch", "storage", "pipeline", "service"}


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "bot":
        return "bot.cli" if parts[1:2] == ["cli"] else "bot"
    if parts[0] != "feeds":
        return None
    return f"feeds.{parts[1]}" if len(parts) > 1 and parts[1] in SUBPACKAGES else BASE


def module_of(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def python_files(layer: str) -> list[Path]:
    if layer == BASE:
        return sorted((REPO / "feeds").glob("*.py"))
    folder = REPO.joinpath(*layer.split("."))
    files = sorted(folder.rglob("*.py"))
    return [f for f in files if layer != "bot" or "cli" not in f.relative_to(folder).parts[:1]]


def imported_modules(path: Path) -> list[tuple[str, int]]:
    """Every absolute import in the file, wherever it stands (functions, TYPE_CHECKING too)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node.lineno))
    return found


@pytest.mark.parametrize("layer", sorted(MAY_IMPORT))
def test_a_layer_imports_only_the_layers_below_it(layer: str) -> None:
    files = python_files(layer)
    assert files, f"no files for {layer}"
    allowed = MAY_IMPORT[layer] | {layer}
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {name}"
        for path in files
        for name, line in imported_modules(path)
        if (target := layer_of(name)) is not None and target not in allowed
    ]
    assert offenders == []


def test_every_core_module_belongs_to_a_layer() -> None:
    """A new top-level module of feeds/ joins the base layer only by being listed here: the base
    stays small, and everything else lives in the subpackage that says its job."""
    base = {path.stem for path in python_files(BASE)}
    assert base == {
        "__init__",
        "config",
        "durations",
        "errors",
        "failpoints",
        "languages",
        "models",
        "shards",
        "timeutil",
    }


SQL_CALL = re.compile(r"\.(execute|executemany|executescript|query)\(")
BRIDGE_CALL = re.compile(r"\bstore\.(write|read)\(")
SQL_TEXT = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX)|PRAGMA\s)",
    re.S,
)
DATABASE_MODULES = ("sqlite3", "sqlite_utils", "feeds.storage.db", "feeds.storage.bridge")
OUTSIDE_STORAGE = sorted(set(MAY_IMPORT) - {"feeds.storage"})


def string_constants(path: Path) -> list[tuple[str, int]]:
    """String literals that are not docstrings (a docstring may name a table)."""
    tree = ast.parse(path.read_text(), str(path))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.value, node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


@pytest.mark.parametrize("layer", OUTSIDE_STORAGE)
def test_only_storage_touches_the_database(layer: str) -> None:
    """feeds/storage/ is the database's one front door: elsewhere no SQL, no database module,
    no statement run, no function handed to the store's threads — only Store's typed methods."""
    offenders = []
    for path in python_files(layer):
        where = path.relative_to(REPO)
        offenders += [
            f"{where}:{line} imports {name}"
            for name, line in imported_modules(path)
            if name.startswith(DATABASE_MODULES)
        ]
        for number, text in enumerate(path.read_text().splitlines(), start=1):
            if SQL_CALL.search(text) or BRIDGE_CALL.search(text):
                offenders.append(f"{where}:{number} {text.strip()}")
        offenders += [
            f"{where}:{line} SQL {value[:40]!r}"
            for value, line in string_constants(path)
            if SQL_TEXT.search(value)
        ]
    assert offenders == []


@pytest.mark.parametrize(
    ("path", "source", "banned"),
    [
        ("feeds/pipeline/example.py", "import discord", "discord"),
        ("feeds/storage/example.py", "import discord", "discord"),
        ("feeds/service/example.py", "from bot import app", "bot"),
        ("feeds/pipeline/example.py", "import sqlite3", "sqlite3"),
        ("feeds/service/example.py", "from sqlite_utils import Database", "sqlite_utils"),
        (
            "feeds/detect/example.py",
            "from feeds.storage.bridge import DatabaseThreads",
            "feeds.storage.bridge",
        ),
        ("bot/cogs/example.py", "from feeds.storage.db import open_database", "feeds.storage.db"),
        ("bot/cli/example.py", "import sqlite3", "sqlite3"),
    ],
)
def test_ruff_bans_what_each_folder_must_not_import(path: str, source: str, banned: str) -> None:
    """The per-folder ruff.toml files say the same as the tests above, at lint time."""
    result = lint(path, source)
    assert f"`{banned}` is banned" in result.stdout, result.stdout + result.stderr


def test_ruff_lets_storage_use_the_database() -> None:
    result = lint("feeds/storage/example.py", "import sqlite3")
    assert result.returncode == 0, result.stdout


def lint(path: str, source: str) -> subprocess.CompletedProcess:
    ruff = Path(sys.executable).with_name("ruff")
    return subprocess.run(
        [
            str(ruff),
            "check",
            "--select",
            "TID251",
            "--output-format",
            "concise",
            "--stdin-filename",
            path,
            "-",
        ],
        input=f"{source}\n\nprint(locals())\n",
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


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
        assert not [m for m in sys.modules if m == "bot" or m.startswith("bot.")]
        print(len(names))
        """
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 20


def test_cli_core_commands_do_not_load_discord() -> None:
    result = run(
        """
        import sys
        from bot.cli.main import main
        code = main(["classify", "--input", "/dev/null"])
        assert code == 0
        assert "discord" not in sys.modules
        """
    )
    assert result.returncode == 0, result.stderr

"""A regular (non-editable) install works: the wheel carries every data file the code
loads. An editable install reads seeds/ from the checkout and hides a missing glob in
package-data, which only shows in a real install (the Dockerfile's ``pip install .``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# What the Dockerfile copies before `pip install .`.
SOURCES = ["pyproject.toml", "README.md", "bot", "feeds", "seeds"]


def build_wheel(tmp_path: Path) -> Path:
    source = tmp_path / "src"
    source.mkdir()
    for name in SOURCES:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, source / name)
    out = tmp_path / "dist"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            ".",
        ],
        cwd=source,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    (wheel,) = out.glob("vidradar-*.whl")
    return wheel


def test_the_wheel_carries_every_seed_file_and_the_detector_runs_from_it(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        packaged = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    seeds = {
        p.relative_to(REPO).as_posix()
        for p in (REPO / "seeds").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert seeds - packaged == set()
    # Run from the unpacked wheel, not the checkout: bundled taxonomy, lexicons and feed list.
    probe = (
        "import feeds, seeds, json;"
        "from feeds.detect.classify import default_detector;"
        "from feeds.config import bundled_feed_list; from feeds.parse.feedlist import load_feed_list;"
        "d = default_detector().classify('OpenAI launches the Sora 2 API', '', 'en');"
        "print(json.dumps([feeds.__file__, seeds.__file__, d.event, len(load_feed_list(bundled_feed_list()))]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        # the run's compiled-pattern cache (tests/conftest.py), not the developer's
        env={
            "PYTHONPATH": str(tmp_path / "site"),
            "PATH": "/usr/bin:/bin",
            "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    feeds_file, seeds_file, event, feed_count = __import__("json").loads(done.stdout)
    assert feeds_file.startswith(str(tmp_path / "site")) and seeds_file.startswith(str(tmp_path / "site"))
    assert event == "launch" and feed_count >= 25

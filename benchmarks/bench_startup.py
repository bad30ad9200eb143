"""What a process pays before it can detect anything, with and without the compiled-pattern
cache (feeds/detect/pattern_cache.py). Each figure is a fresh Python process:

- "preload": importing ``feeds.pipeline.preload``, which the parse workers' fork server does
  at every start of ``vidradar run``, ``poll`` and ``demo`` (the lexicons loaded, English,
  French and all-language patterns compiled, one entry parsed and classified);
- "classify": ``vidradar classify`` of one headline without a language (so every
  language's patterns), exec to exit, as a script calling it per item would.

Three cache states: none (the cache directory cannot be created), cold (empty: the run
compiles and writes) and warm (what every later start finds).

    python benchmarks/bench_startup.py [--repeat 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HEADLINE = '{"title": "OpenAI opens the Sora 2 API to every developer", "summary": ""}\n'
STATES = ("none", "cold", "warm")


def _timed(command: list[str], cache_home: Path, stdin: str | None = None) -> float:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    started = time.perf_counter()
    subprocess.run(command, input=stdin, env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    return time.perf_counter() - started


def _commands() -> dict[str, tuple[list[str], str | None]]:
    vidradar = Path(sys.executable).with_name("vidradar")
    return {
        "preload": ([sys.executable, "-c", "import feeds.pipeline.preload"], None),
        "classify": ([str(vidradar), "classify"], HEADLINE),
    }


def run(repeat: int = 3) -> dict[str, dict[str, float]]:
    """Median seconds per command and cache state."""
    figures: dict[str, dict[str, float]] = {}
    for name, (command, stdin) in _commands().items():
        runs: dict[str, list[float]] = {state: [] for state in STATES}
        for round_ in range(repeat):
            with tempfile.TemporaryDirectory() as scratch:
                blocked = Path(scratch) / "not-a-directory"
                blocked.write_text("")
                cache = Path(scratch) / "cache"
                # The machine drifts: no cache runs before the cold start in one round, after
                # the warm one in the next.
                if round_ % 2 == 0:
                    runs["none"].append(_timed(command, blocked, stdin))
                runs["cold"].append(_timed(command, cache, stdin))
                runs["warm"].append(_timed(command, cache, stdin))
                if round_ % 2 == 1:
                    runs["none"].append(_timed(command, blocked, stdin))
        figures[name] = {state: statistics.median(values) for state, values in runs.items()}
    return figures


def describe(figures: dict[str, Any]) -> list[str]:
    return [
        f"    {name:9} no cache {f['none']:.2f} s, cold {f['cold']:.2f} s, warm {f['warm']:.2f} s"
        for name, f in figures.items()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per state (the median is reported)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(args.repeat)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print("start-up before the first detection, fresh process (medians):")
        print("\n".join(describe(figures)))


if __name__ == "__main__":
    main()

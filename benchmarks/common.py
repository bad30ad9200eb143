"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import os
import resource
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def real_feed_files() -> list[Path]:
    files = sorted((SHARED / "real-feeds").glob("*.xml"))
    if not files:
        raise SystemExit(f"benchmarks need ../shared/real-feeds beside the checkout ({SHARED})")
    return files


def pin_to_one_core() -> None:
    """Single-core figures mean single-core: pin the process where the OS allows it."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

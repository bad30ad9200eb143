"""Failpoints for crash testing: named places where a test can stop the process cold.

``VIDRADAR_FAILPOINT=stored:3`` makes the third pass through ``failpoint("stored")`` announce
itself on stderr (``vidradar-failpoint store 3``) and then freeze, so the test that started
the process sees exactly where it is and SIGKILLs it there. Unset (always, in production),
a failpoint is one dictionary lookup. Names in use:

    fetched      a feed's bytes arrived, nothing parsed or stored yet
    detected     parsed and classified, nothing stored yet
    stored       inside a feed's transaction, before COMMIT
    sent         a message was posted to Discord, not yet marked sent
    claimed      a delivery was claimed, nothing posted yet
    digest       a digest was rendered, not yet queued
"""

from __future__ import annotations

import os
import sys
import threading
import time

_counts: dict[str, int] = {}
_lock = threading.Lock()


def _target() -> tuple[str, int] | None:
    raw = os.environ.get("VIDRADAR_FAILPOINT", "")
    if not raw:
        return None
    name, _, count = raw.partition(":")
    return name, int(count or "1")


_TARGET = _target()


def failpoint(name: str) -> None:
    if _TARGET is None or _TARGET[0] != name:
        return
    with _lock:
        _counts[name] = _counts.get(name, 0) + 1
        hit = _counts[name] == _TARGET[1]
    if hit:
        sys.stderr.write(f"vidradar-failpoint {name} {_TARGET[1]}\n")
        sys.stderr.flush()
        time.sleep(3600)  # frozen until the test kills the process

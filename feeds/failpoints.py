"""Failpoints for crash testing: named places where a test can stop the process cold.

``VIDRADAR_FAILPOINT=stored:3`` makes the third pass through ``failpoint("stored")`` announce
itself on stderr (``vidradar-failpoint stored 3``) and then freeze, so the test that started
the process sees exactly where it is and SIGKILLs it there. A name can be narrowed to one
kind of work: ``sent.digest:1`` stops only at ``failpoint("sent", "digest")`` (the first
digest message posted), and counts only those passes. A third part chooses the action:
``digest:1:raise`` raises :class:`FailpointCrash` instead of freezing (an unexpected crash,
to test what a crash prints). Unset (always, in production), a failpoint is one comparison.
Names in use:

    fetched          a feed's bytes arrived, nothing parsed or stored yet
    detected         parsed and classified, nothing stored yet
    stored           inside a feed's transaction, before COMMIT
    digest           a digest was rendered and its queueing transaction is open, nothing queued
    claimed.<kind>   a delivery (story, keyword, digest, notice) was claimed, nothing posted yet
    sent.<kind>      a message was posted to Discord, not yet marked sent
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import NamedTuple

ACTIONS = ("freeze", "raise")


class FailpointCrash(RuntimeError):
    """Raised by a failpoint set to ``raise``: stands for any bug that escapes."""


class Target(NamedTuple):
    name: str
    nth: int  # the pass that stops (not ``count``: that would shadow tuple.count)
    action: str


def parse_target(raw: str) -> Target | None:
    """``name[:count[:action]]`` -> Target; empty -> None. Pure, so tests can check it."""
    if not raw:
        return None
    name, _, rest = raw.partition(":")
    count, _, action = rest.partition(":")
    action = action or "freeze"
    if not name or action not in ACTIONS or int(count or "1") < 1:
        raise ValueError(f"VIDRADAR_FAILPOINT={raw!r}: expected name[:count[:freeze|raise]]")
    return Target(name, int(count or "1"), action)


_TARGET = parse_target(os.environ.get("VIDRADAR_FAILPOINT", ""))
_passes = 0
_lock = threading.Lock()


def matches(target: Target, name: str, detail: str | None) -> bool:
    return target.name == name or (detail is not None and target.name == f"{name}.{detail}")


def failpoint(name: str, detail: str | None = None) -> None:
    """A named place; ``detail`` (a delivery's kind, say) lets a test narrow the name."""
    if _TARGET is None or not matches(_TARGET, name, detail):
        return
    global _passes
    with _lock:
        _passes += 1
        hit = _passes == _TARGET.nth
    if not hit:
        return
    sys.stderr.write(f"vidradar-failpoint {_TARGET.name} {_TARGET.nth}\n")
    sys.stderr.flush()
    if _TARGET.action == "raise":
        raise FailpointCrash(f"failpoint {_TARGET.name} {_TARGET.nth}")
    time.sleep(3600)  # frozen until the test kills the process

"""The lexicons' compiled regular expressions, kept on disk between runs.

The lexicons compile to about 3.7 MB of regular expressions (English, English + French and
every language together, the sets the parse workers preload). ``re.compile`` parses and
translates them in pure Python, about 6 s of every ``vidradar run``, ``poll`` or ``classify``
start, then hands the translation (the regex engine's code, a list of integers) to the C
engine, which takes milliseconds. This module keeps that code in the user's cache directory
(``$XDG_CACHE_HOME/vidradar``, else ``~/.cache/vidradar``), keyed by the pattern and the
Python version, so only the first run after a lexicon change pays for it (about 0.1 s after).

It relies on ``re``'s internals (``re._parser``, ``re._compiler._code``, ``_sre.compile``),
unchanged from Python 3.11 to 3.13. The engine checks every code it is handed ("invalid SRE
code"), and on any surprise (another Python, a damaged file, a read-only home) this falls
back to ``re.compile``: the cache can make a start slower, never a verdict different.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import re
import sys
import zlib
from array import array
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

try:  # CPython's engine and the two pure-Python steps in front of it
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: no cache
    _sre = None

_FORMAT = 1
# The engine's code words are CODESIZE bytes wide; an array type of that width stores them.
_TYPECODE = next((t for t in "IL" if _sre and array(t).itemsize == _sre.CODESIZE), None)
# Beyond this the oldest files go (each lexicon change leaves about 4 MB behind).
MAX_CACHE_BYTES = 64 * 1024 * 1024
_pruned = False
# A header claiming more groups is damaged (no lexicon pattern has any: group 0 alone).
_MAX_GROUPS = 100_000


@dataclass(frozen=True)
class _Compiled:
    """What ``re.compile`` computes in Python, ready for the engine."""

    flags: int
    groups: int
    groupindex: dict[str, int]
    code: list[int]


def cache_directory() -> Path | None:
    """Where this Python's compiled patterns live, or None when nothing can be cached."""
    if _sre is None or _TYPECODE is None or sys.implementation.name != "cpython":
        return None
    base = os.environ.get("XDG_CACHE_HOME")
    try:
        root = Path(base) if base else Path.home() / ".cache"
    except RuntimeError:  # no home directory
        return None
    # Per Python release, not just per engine version: a patch release may fix the compiler.
    release = f"{sys.implementation.cache_tag}.{sys.version_info.micro}"
    return root / "vidradar" / "patterns" / f"{release}-{_sre.MAGIC}"


def compile_pattern(source: str, directory: Path | None = None) -> re.Pattern[str]:
    """``re.compile(source)``, read from the cache when it holds the pattern, and written
    there when it does not. ``directory`` defaults to :func:`cache_directory`."""
    directory = directory or cache_directory()
    if directory is None:
        return re.compile(source)
    path = directory / (hashlib.sha256(source.encode()).hexdigest()[:32] + ".sre")
    cached = load(path, source)
    if cached is not None:
        return cached
    compiled = _translate(source)
    if compiled is None:
        return re.compile(source)
    try:
        pattern = _engine(source, compiled)
    except (TypeError, ValueError, RuntimeError):  # an engine this module does not know
        return re.compile(source)
    _store(path, compiled)
    return pattern


def load(path: Path, source: str) -> re.Pattern[str] | None:
    """The cached pattern in ``path``, or None when the file is missing, damaged or not
    this Python's."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        header, _, body = data.partition(b"\n")
        meta = json.loads(header)
        if meta.get("format") != _FORMAT:
            return None
        groups, groupindex = int(meta["groups"]), {str(k): int(v) for k, v in meta["groupindex"].items()}
        if not 1 <= groups <= _MAX_GROUPS or not all(0 < v < groups for v in groupindex.values()):
            return None
        code = array(_TYPECODE or "I")
        code.frombytes(zlib.decompress(body))
        return _engine(source, _Compiled(int(meta["flags"]), groups, groupindex, code.tolist()))
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, zlib.error, RuntimeError):
        return None


def _translate(source: str) -> _Compiled | None:
    """What ``re.compile`` does before the engine; None when ``re``'s internals are not
    what this module knows (then the caller compiles the ordinary way)."""
    try:
        with _collector_paused():
            parsed = _parser.parse(source, 0)
            code = _compiler._code(parsed, 0)
        state = parsed.state
        return _Compiled(state.flags, state.groups, dict(state.groupdict), code)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - internals of another Python version
        return None


def _engine(source: str, compiled: _Compiled) -> re.Pattern[str]:
    indexgroup: list[str | None] = [None] * compiled.groups
    for name, index in compiled.groupindex.items():
        indexgroup[index] = name
    pattern: re.Pattern[str] = _sre.compile(
        source, compiled.flags, compiled.code, compiled.groups - 1, compiled.groupindex, tuple(indexgroup)
    )
    return pattern


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Parsing a large pattern allocates hundreds of thousands of short-lived objects; each
    collection they trigger walks every object the process holds (the lexicons, the
    taxonomy ...). Paused, a compile takes about 40 % less time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _store(path: Path, compiled: _Compiled) -> None:
    """Write atomically (another process may be reading or writing the same pattern), then
    keep the directory under MAX_CACHE_BYTES. A failure only costs the next start time."""
    meta: dict[str, Any] = {
        "format": _FORMAT,
        "flags": compiled.flags,
        "groups": compiled.groups,
        "groupindex": compiled.groupindex,
    }
    body = zlib.compress(array(_TYPECODE or "I", compiled.code).tobytes(), 1)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(json.dumps(meta).encode() + b"\n" + body)
        os.replace(temporary, path)
    except OSError as error:
        log.debug("compiled pattern not cached in %s: %s", path.parent, error)
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
        return
    global _pruned
    if not _pruned:  # once per process: a cold start writes hundreds of files
        _pruned = True
        prune(path.parent, MAX_CACHE_BYTES)


def prune(directory: Path, limit: int) -> None:
    """Remove the oldest cached patterns until the directory holds at most ``limit`` bytes."""
    entries = []
    for entry in directory.glob("*.sre"):
        try:
            status = entry.stat()
        except OSError:  # removed meanwhile by another process's prune
            continue
        entries.append((status.st_mtime, status.st_size, entry))
    total = sum(size for _, size, _ in entries)
    for _, size, entry in sorted(entries, key=lambda item: item[0]):
        if total <= limit:
            break
        entry.unlink(missing_ok=True)
        total -= size

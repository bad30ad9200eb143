"""The lexicons' compiled regular expressions, kept on disk between runs.

The lexicons compile to about 3.7 MB of regular expressions (English, English + French and
every language together, the sets the parse workers preload). ``re.compile`` parses and
translates them in pure Python, most of the start of ``vidradar run``, ``poll`` or ``demo``
(7-10 s of CPU) and of a one-off ``vidradar classify``, then hands the translation (the regex
engine's code, a list of integers) to the C engine, which takes milliseconds. This module
keeps that code in the user's cache directory (``$XDG_CACHE_HOME/vidradar``, else
``~/.cache/vidradar``), keyed by the pattern and the Python release, so only the first run
after a lexicon change pays for it.

It relies on ``re``'s internals (``re._parser``, ``re._compiler._code``, ``_sre.compile``),
unchanged from Python 3.11 to 3.13. The engine checks every code it is handed ("invalid SRE
code"), a file's checksum covers all it holds, and on any surprise (another Python, a
damaged file, a read-only home) this falls back to ``re.compile``: the cache can make a
start slower, never a pattern different.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import re
import sys
import tempfile
import time
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

_FORMAT = 2
# The engine's code words are CODESIZE bytes wide; an array type of that width stores them.
_TYPECODE = next((t for t in "IL" if _sre and array(t).itemsize == _sre.CODESIZE), "")
# The whole cache (every Python release's folder) is kept under this, least recently used
# files first; one lexicon version takes 3-4 MB, about 7 MB once every language is read.
MAX_CACHE_BYTES = 64 * 1024 * 1024
# A temporary file this old was left by a process killed while writing it.
_STALE_TEMPORARY_SECONDS = 3600
# A header claiming more groups is damaged (no lexicon pattern has any: group 0 alone).
_MAX_GROUPS = 100_000
_pruned = False


@dataclass(frozen=True)
class _Compiled:
    """What ``re.compile`` computes in Python, ready for the engine."""

    flags: int
    groups: int
    groupindex: dict[str, int]
    code: list[int]


def cache_root() -> Path | None:
    """The cache of every Python release, or None when nothing can be cached here."""
    if _sre is None or not _TYPECODE or sys.implementation.name != "cpython":
        return None
    base = os.environ.get("XDG_CACHE_HOME")
    try:
        # The XDG specification: a relative path is invalid and ignored.
        root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    except RuntimeError:  # no home directory
        return None
    return root / "vidradar" / "patterns"


def cache_directory() -> Path | None:
    """Where this Python release's compiled patterns live: per release, not just per engine
    version (a patch release may fix the compiler), and per byte order (a shared volume)."""
    root = cache_root()
    if root is None:
        return None
    return root / f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{sys.byteorder}"


def compile_pattern(source: str, directory: Path | None = None) -> re.Pattern[str]:
    """``re.compile(source)``, read from the cache when it holds the pattern, and written
    there when it does not. ``directory`` defaults to :func:`cache_directory`."""
    directory = directory or cache_directory()
    if directory is None or not _TYPECODE:
        return re.compile(source)
    path = directory / (_digest(source)[:32] + ".sre")
    cached = load(path, source)
    if cached is not None:
        with suppress(OSError):  # the least recently used files are pruned first
            os.utime(path)
        return cached
    compiled = _translate(source)
    if compiled is None:
        return re.compile(source)
    try:
        pattern = _engine(source, compiled)
    except (TypeError, ValueError, RuntimeError):  # an engine this module does not know
        return re.compile(source)
    _store(path, source, compiled)
    return pattern


def load(path: Path, source: str) -> re.Pattern[str] | None:
    """The cached pattern in ``path``, or None when the file is missing, damaged, another
    pattern's or not this Python's."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        header, _, body = zlib.decompress(data).partition(b"\n")
        meta = json.loads(header)
        if meta.get("format") != _FORMAT or meta.get("source") != _digest(source):
            return None
        groups, groupindex = int(meta["groups"]), {str(k): int(v) for k, v in meta["groupindex"].items()}
        if not 1 <= groups <= _MAX_GROUPS or not all(0 < v < groups for v in groupindex.values()):
            return None
        code = array(_TYPECODE)
        code.frombytes(body)
        return _engine(source, _Compiled(int(meta["flags"]), groups, groupindex, code.tolist()))
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, zlib.error, RuntimeError):
        return None


def _digest(source: str) -> str:
    # surrogatepass: re.compile accepts a lone surrogate, so the cache must too
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()


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
        raise  # a bad pattern: the error re.compile would give, without parsing it twice
    except Exception:  # noqa: BLE001 - internals of another Python version
        return None


def _engine(source: str, compiled: _Compiled) -> re.Pattern[str]:
    """The pattern object, as ``re._compiler.compile`` builds it from the same parts."""
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
    taxonomy ...). Paused, a compile takes a quarter to 40 % less time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _store(path: Path, source: str, compiled: _Compiled) -> None:
    """Write atomically (another process or thread may be reading or writing the same
    pattern), the first time in a process after pruning the cache. A failure only costs the
    next start its time."""
    global _pruned
    if not _pruned:
        _pruned = True
        if (root := cache_root()) is not None and path.is_relative_to(root):
            prune(root, MAX_CACHE_BYTES)
    meta: dict[str, Any] = {
        "format": _FORMAT,
        "source": _digest(source),
        "flags": compiled.flags,
        "groups": compiled.groups,
        "groupindex": compiled.groupindex,
    }
    data = zlib.compress(json.dumps(meta).encode() + b"\n" + array(_TYPECODE, compiled.code).tobytes(), 1)
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError as error:
        log.debug("compiled pattern not cached in %s: %s", path.parent, error)
        if temporary is not None:
            with suppress(OSError):
                os.unlink(temporary)


def prune(root: Path, limit: int, now: float | None = None) -> None:
    """Keep the cache under ``limit`` bytes: remove what a killed writer left, then the
    least recently used patterns (a hit touches its file) of any Python release. Never
    raises: another process may be pruning the same files."""
    now = time.time() if now is None else now
    entries = []
    with suppress(OSError):
        for entry in root.glob("*/*"):
            try:
                status = entry.stat()
                if entry.suffix == ".tmp" and now - status.st_mtime > _STALE_TEMPORARY_SECONDS:
                    entry.unlink()
                elif entry.suffix == ".sre":
                    entries.append((status.st_mtime, status.st_size, entry))
            except OSError:  # removed meanwhile
                continue
    total = sum(size for _, size, _ in entries)
    for _, size, entry in sorted(entries, key=lambda item: item[0]):
        if total <= limit:
            break
        with suppress(OSError):
            entry.unlink()
        total -= size

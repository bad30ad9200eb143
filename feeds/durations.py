"""The one duration syntax used by settings, CLI flags and slash options: ``90s``, ``15m``, ``2h``, ``7d``.

Units may be combined (``1h30m``); weeks (``2w``) are accepted as a convenience.
"""

from __future__ import annotations

import re
from datetime import timedelta

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_PART = re.compile(r"(\d+)\s*([smhdw])")
_WHOLE = re.compile(r"(?:\d+\s*[smhdw]\s*)+")

EXAMPLES = "90s, 15m, 2h, 7d"
# Longer than any period that means something here, and short enough that "now minus it" is
# still a date (``--since 99999999999d`` would otherwise overflow deep inside a query).
MAX_DURATION = timedelta(days=36500)


def parse_duration(text: str | int | float | timedelta) -> timedelta:
    """Parse ``15m``-style text (numbers from code are seconds). Raises ValueError with a
    readable message; text without a unit too: ``VIDRADAR_RETENTION=365`` meant to be days would
    otherwise be six minutes, and the retention would delete a year of news."""
    if isinstance(text, timedelta):
        return text
    if isinstance(text, bool):
        raise ValueError(f"not a duration: {text!r} (use {EXAMPLES})")
    if isinstance(text, int | float):
        return _bounded(float(text), text)
    raw = str(text).strip().lower()
    if raw.isdigit():
        raise ValueError(f"no unit in {text!r}: write {raw}s, {raw}m, {raw}h or {raw}d")
    if not raw or not _WHOLE.fullmatch(raw):
        raise ValueError(f"not a duration: {text!r} (use {EXAMPLES})")
    return _bounded(sum(int(n) * _UNITS[unit] for n, unit in _PART.findall(raw)), text)


def _bounded(seconds: float, text: object) -> timedelta:
    if not abs(seconds) <= MAX_DURATION.total_seconds():  # also refuses NaN
        raise ValueError(f"duration too long: {text!r} (at most {MAX_DURATION.days} days)")
    return timedelta(seconds=seconds)


def format_duration(value: timedelta) -> str:
    """The shortest exact spelling, e.g. ``timedelta(minutes=90)`` -> ``1h30m``."""
    seconds = int(value.total_seconds())
    if seconds == 0:
        return "0s"
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    parts = []
    for unit in ("d", "h", "m", "s"):
        size = _UNITS[unit]
        if seconds >= size:
            count, seconds = divmod(seconds, size)
            parts.append(f"{count}{unit}")
    return sign + "".join(parts)


_HUMAN_UNITS = (("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1))


def human_duration(value: timedelta | float, lang: str = "en") -> str:
    """A duration as Discord readers see it, in their language, through Babel's CLDR data:
    ``7 days`` / ``7 j``, ``1 hr and 30 min`` / ``1 h et 30 min``, ``2.5 sec`` / ``2,5 s``.
    Exact, like :func:`format_duration` (no rounding to the nearest week or month); settings,
    flags and the CLI keep :func:`format_duration`'s ``7d`` spelling. A float is seconds."""
    from babel.lists import format_list
    from babel.units import format_unit

    seconds = value.total_seconds() if isinstance(value, timedelta) else float(value)
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    if seconds < 60 and seconds != int(seconds):  # a measured time: one decimal
        return sign + format_unit(seconds, "duration-second", length="short", format="#,##0.0", locale=lang)
    whole = int(seconds)
    parts = []
    for unit, size in _HUMAN_UNITS:
        if whole >= size:
            count, whole = divmod(whole, size)
            parts.append(format_unit(count, f"duration-{unit}", length="short", locale=lang))
    if not parts:
        parts.append(format_unit(0, "duration-second", length="short", locale=lang))
    return sign + format_list(parts, style="unit-short", locale=lang)

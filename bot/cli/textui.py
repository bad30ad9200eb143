"""Plain-text tables for the terminal (pure formatting, no I/O)."""

from __future__ import annotations

import shutil
from collections.abc import Sequence

from feeds.parse.normalize import for_terminal


def terminal_width(default: int = 120) -> int:
    return max(60, shutil.get_terminal_size((default, 24)).columns)


def printable(text: str) -> str:
    """One line with nothing a terminal would obey or that would reorder it (a row stored
    before control characters were dropped at parse time still prints inert)."""
    return text if text.isprintable() else for_terminal(text)


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]], width: int | None = None) -> str:
    """Left-aligned columns; the widest columns are cut (with "…") until the table fits ``width``."""
    cells = [[str(h) for h in headers]] + [
        ["" if c is None else printable(str(c)) for c in row] for row in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    width = width or terminal_width()
    floor = [max(len(str(h)), 8) for h in headers]
    while sum(widths) + 2 * (len(widths) - 1) > width:
        index = max(range(len(widths)), key=lambda i: widths[i] - floor[i])
        if widths[index] <= floor[index]:
            break
        widths[index] -= 1
    lines = []
    for number, row in enumerate(cells):
        parts = []
        for i, cell in enumerate(row):
            text = cell if len(cell) <= widths[i] else cell[: widths[i] - 1] + "…"
            parts.append(text.ljust(widths[i]))
        lines.append("  ".join(parts).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)

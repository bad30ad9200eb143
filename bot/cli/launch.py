"""The ``vidradar`` console script's entry point: the command line, imported with the garbage
collector paused.

Importing the command line makes some 60,000 objects that live as long as the process
(pydantic, sqlite-utils, the command line's modules). While they are made, the collector
runs over and over and walks them every time, only to find nothing to free; afterwards, every
full collection of a cycle walks them again. Pausing it for the imports and then freezing what
they made (``gc.freeze``: never examined again) removes both costs; the collector works as usual
for everything the command makes after. Measured in docs/performance.md ("No cost outside the
cycle"). ``python -m bot.cli.main`` and callers of :func:`bot.cli.main.main` are unchanged.

Only for a process's own start-up: ``gc.freeze`` freezes the whole heap, so calling this from
a process that goes on with other work (a test runner) would freeze that process's objects too.
"""

from __future__ import annotations

import gc
from collections.abc import Callable


def load_command() -> Callable[[], int]:
    """Import the command line as described above and return its ``main``."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        from bot.cli.main import main as run_command
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    return run_command


def main() -> int:
    return load_command()()

"""The command line's own mistake: a usage error, which exits with status 2."""

from __future__ import annotations


class UsageError(Exception):
    """A command-line mistake: exit status 2."""

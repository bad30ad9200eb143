"""vidradar's Discord-free core: fetching, parsing, detection, storage, digests, polling.

Nothing in this package imports discord (tests/test_layering.py checks it); the
Discord adapter in ``bot/`` depends on this package, never the other way round.
"""

__version__ = "0.1.0"

"""Parsing: a fetched document to normalised entries (fast path first, feedparser the reference)."""

"""Benchmark scripts (``make bench``). They print figures; nothing here is a test."""

"""Fetching: HTTP with conditional GET, limits, the SSRF guard, and when to fetch again."""

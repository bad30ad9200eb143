"""Realistic load: real tech-news snapshots (../shared/real-feeds) served as many distinct
feeds, each with its own URLs so nothing deduplicates away."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SHARED


def snapshots(limit_bytes: int = 400_000) -> list[bytes]:
    files = sorted((SHARED / "real-feeds").glob("*.xml"))
    return [p.read_bytes() for p in files if p.stat().st_size <= limit_bytes]


def synthetic(template: bytes, index: int) -> bytes:
    """The same feed under feed ``index``: every URL (links, URL guids) made unique."""
    return template.replace(b"://", f"://f{index}-".encode())


def serve_many(feed_server, count: int, delay: float = 0.0) -> list[str]:
    templates = snapshots()
    return [
        feed_server.set_feed(
            f"load{i}",
            synthetic(templates[i % len(templates)], i),
            content_type="application/xml",
            delay=delay,
        )
        for i in range(count)
    ]


def feed_list(path: Path, urls: list[str]) -> Path:
    path.write_text("".join(f'[[feeds]]\nurl = "{u}"\n' for u in urls))
    return path

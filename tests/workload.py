"""Realistic load for the tests: the benchmark workload (real tech-news snapshots from
../shared/real-feeds as many distinct feeds, every URL made unique so nothing deduplicates
away), served by the tests' loopback feed server."""

from __future__ import annotations

from pathlib import Path

from benchmarks import workload


def serve_many(feed_server, count: int, delay: float = 0.0) -> list[str]:
    return [
        feed_server.set_feed(f"load{i}", body, content_type="application/xml", delay=delay)
        for i, body in enumerate(workload.feeds(count))
    ]


def feed_list(path: Path, urls: list[str]) -> Path:
    path.write_text("".join(f'[[feeds]]\nurl = "{u}"\n' for u in urls))
    return path

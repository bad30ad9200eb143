"""The feed-list file (``seeds/feeds.toml`` format, a contract) and OPML import/export."""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from feeds.errors import ConfigError
from feeds.models import FeedSpec

# OPML's own attribute -> FeedSpec field. vidradar:* attributes keep what OPML cannot say.
_VIDRADAR_NS = "https://github.com/vidradar/vidradar/opml"


def _describe(exc: ValidationError, where: str) -> str:
    first = exc.errors()[0]
    loc = ".".join(str(p) for p in first["loc"])
    if first["type"] == "extra_forbidden":
        return f"{where}: unknown key {loc!r}"
    if first["type"] == "missing":
        return f"{where}: missing required key {loc!r}"
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{where}: {loc}: {message}"


def parse_feed_list(text: str, source: str = "feed list") -> list[FeedSpec]:
    """``[[feeds]]`` tables with ``url`` and optional ``name``, ``lang``, ``interval``, ``official``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - {"feeds"})
    if unknown:
        raise ConfigError(f"{source}: unknown top-level key {unknown[0]!r} (expected [[feeds]] tables)")
    tables = data.get("feeds", [])
    if not isinstance(tables, list):
        raise ConfigError(f"{source}: 'feeds' must be an array of tables ([[feeds]])")
    specs: list[FeedSpec] = []
    seen: set[str] = set()
    for number, table in enumerate(tables, start=1):
        where = f"{source}: feed #{number}"
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: must be a table")
        try:
            spec = FeedSpec.model_validate(table)
        except ValidationError as exc:
            raise ConfigError(_describe(exc, where)) from None
        if spec.url in seen:
            raise ConfigError(f"{where}: duplicate url {spec.url}")
        seen.add(spec.url)
        specs.append(spec)
    return specs


def load_feed_list(path: Path) -> list[FeedSpec]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read feed list {path}: {exc.strerror or exc}") from None
    return parse_feed_list(text, str(path))


def parse_opml(data: bytes | str, source: str = "OPML") -> list[FeedSpec]:
    """Every ``outline`` with an ``xmlUrl``; nesting (folders) is ignored."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ConfigError(f"{source}: not valid OPML: {exc}") from None
    specs: list[FeedSpec] = []
    seen: set[str] = set()
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if not url or url in seen:
            continue
        name = outline.get("title") or outline.get("text") or None
        raw = {
            "url": url,
            "name": None if name == url else name,
            "lang": outline.get("language") or None,
            "interval": outline.get(f"{{{_VIDRADAR_NS}}}interval") or None,
            "official": (outline.get(f"{{{_VIDRADAR_NS}}}official") or "").lower() == "true",
        }
        try:
            specs.append(FeedSpec.model_validate(raw))
        except ValidationError as exc:
            raise ConfigError(_describe(exc, f"{source}: outline {url}")) from None
        seen.add(url)
    return specs


def render_opml(specs: Iterable[FeedSpec], title: str = "vidradar feeds") -> str:
    from feeds.durations import format_duration

    ET.register_namespace("vidradar", _VIDRADAR_NS)
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(root, "body")
    for spec in specs:
        attrs = {"type": "rss", "text": spec.name or spec.url, "xmlUrl": spec.url}
        if spec.name:
            attrs["title"] = spec.name
        if spec.lang:
            attrs["language"] = spec.lang
        if spec.interval:
            attrs[f"{{{_VIDRADAR_NS}}}interval"] = format_duration(spec.interval)
        if spec.official:
            attrs[f"{{{_VIDRADAR_NS}}}official"] = "true"
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"

"""``vidradar classify`` streaming and ``vidradar eval`` scoring (pure functions over lines).

Labelled files are split by *story* into a tuning part and a check part (:func:`assign_splits`)
so that rules can be designed on one part and measured, honestly, on the other.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from feeds.detect.classify import Detector
from feeds.errors import InputError
from feeds.models import Detection


class ClassifyInput(BaseModel):
    """One input line of ``vidradar classify``; unknown fields are ignored."""

    model_config = ConfigDict(extra="ignore")

    title: str
    id: Any = None
    summary: str | None = None
    lang: str | None = None
    link: str | None = None


def classify_lines(lines: Iterable[str | bytes], detector: Detector) -> Iterator[dict[str, Any]]:
    """One output object per input line, same order; a bad line (not UTF-8, not JSON, not an
    object with a title) yields {"id": null, "error": ...} and the rest goes on."""
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield {"id": None, "error": f"line {number}: not UTF-8 (byte {exc.start + 1})"}
                continue
        if not line.strip():
            yield {"id": None, "error": f"line {number}: empty line"}
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            yield {"id": None, "error": f"line {number}: invalid JSON: {exc.msg}"}
            continue
        if not isinstance(raw, dict):
            yield {"id": None, "error": f"line {number}: expected a JSON object"}
            continue
        try:
            item = ClassifyInput.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "line"
            yield {"id": None, "error": f"line {number}: {where}: {first['msg']}"}
            continue
        detection = detector.classify(item.title, item.summary or "", item.lang, item.link)
        yield {"id": item.id, **detection.model_dump()}


# -- labelled files ----------------------------------------------------------------------------


def load_labelled(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """Every labelled item of ``paths``, in order; a file that cannot be read or a line that
    is not a JSON object with a title is an InputError naming the file and line."""
    items: list[dict[str, Any]] = []
    for path in paths:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror}") from None
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except UnicodeDecodeError:
                raise InputError(f"{path}:{number}: not UTF-8") from None
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: invalid JSON: {exc.msg}") from None
            if not isinstance(item, dict) or "title" not in item:
                raise InputError(f"{path}:{number}: each line needs an object with a title")
            items.append(item)
    return items


# -- the tune/check split ------------------------------------------------------------------------

Split = Literal["tune", "check", "all"]
# Changing the seed or the share reshuffles the split: every figure reported before is then
# void, and the check part has to be treated as unseen again only if nobody tuned on it.
SPLIT_SEED = "vidradar-split-1"
CHECK_PERCENT = 30
_TITLE_WORD = re.compile(r"[^\W_]{3,}")
_SAME_TITLE = 0.5  # share of title words two copies of one story have in common ...
_SAME_TITLE_WORDS = 4  # ... and how many at least (short titles share "Google Veo vidéo")


def _subject(item: dict[str, Any]) -> str:
    products = item.get("products") or []
    vendors = item.get("vendors") or []
    return str(products[0] if products else vendors[0] if vendors else "-")


def _own_key(item: dict[str, Any]) -> str:
    """Relevant items: one story per labelled subject and event ("sora-2|launch", whatever
    the outlet or language). Others: one per title, joined to copies by :func:`story_keys`."""
    event = str(item.get("event") or "none")
    if is_relevant(item):
        return f"{_subject(item)}|{event}"
    return f"{_subject(item)}|{event}|{' '.join(_TITLE_WORD.findall(str(item['title']).lower()))}"


def _page(item: dict[str, Any]) -> str:
    source = str(item.get("source") or "")
    return re.sub(r"^[a-z]+://(www\.)?|[?#].*$|/+$", "", source.lower())


def story_keys(items: Sequence[dict[str, Any]]) -> list[str]:
    """One key per item, shared by every item of the same story: the same labelled subject
    and event (relevant items), the same page, or near-identical titles (at least half of
    their words, and four or more, in common, whatever the labels). A story's key is its smallest item key."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    own = [_own_key(item) for item in items]
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        for key in (own[index], "page:" + _page(item) if _page(item) else ""):
            if key:
                union(first.setdefault(key, index), index)
    words = [set(_TITLE_WORD.findall(str(item["title"]).lower())) for item in items]
    for a in range(len(items)):
        for b in range(a + 1, len(items)):
            shared = len(words[a] & words[b])
            if shared >= _SAME_TITLE_WORDS and shared >= _SAME_TITLE * len(words[a] | words[b]):
                union(a, b)
    smallest: dict[int, str] = {}
    for index, key in enumerate(own):
        root = find(index)
        smallest[root] = min(smallest.get(root, key), key)
    return [smallest[find(index)] for index in range(len(items))]


def split_of(story_key: str) -> Literal["tune", "check"]:
    digest = hashlib.sha256(f"{SPLIT_SEED}:{story_key}".encode()).digest()
    return "check" if int.from_bytes(digest[:8], "big") % 100 < CHECK_PERCENT else "tune"


def assign_splits(items: Sequence[dict[str, Any]]) -> list[Literal["tune", "check"]]:
    """The part each item belongs to. Computed over all the items given together: evaluate
    the labelled files in one command so that a story spread over two files stays whole."""
    return [split_of(key) for key in story_keys(items)]


def select(items: Sequence[dict[str, Any]], split: Split) -> list[dict[str, Any]]:
    if split == "all":
        return list(items)
    return [item for item, side in zip(items, assign_splits(items), strict=True) if side == split]


# -- scoring -----------------------------------------------------------------------------------

NOT_RELEVANT_EVENTS = ("none", "other")


def is_relevant(item: dict[str, Any]) -> bool:
    return bool(item.get("relevant")) and item.get("event") not in NOT_RELEVANT_EVENTS


@dataclass
class Miss:
    """One item the detector got wrong, as ``vidradar eval -v`` lists it."""

    id: str
    kind: str  # "false positive" | "false negative" | "wrong event" | "missing vendor"
    title: str
    expected: str
    got: str


@dataclass
class EvalReport:
    """Counts against the labels, overall and per language, and the misses behind them."""

    total: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    event_correct: int = 0
    vendor_hits: int = 0
    misses: list[Miss] = field(default_factory=list)
    by_language: dict[str, EvalReport] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def event_accuracy(self) -> float:
        return self.event_correct / self.tp if self.tp else 0.0

    @property
    def vendor_recall(self) -> float:
        return self.vendor_hits / self.tp if self.tp else 0.0

    def figures(self) -> dict[str, Any]:
        figures: dict[str, Any] = {
            "items": self.total,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "event_accuracy": round(self.event_accuracy, 4),
            "vendor_recall": round(self.vendor_recall, 4),
            "true_positives": self.tp,
            "false_positives": self.fp,
            "false_negatives": self.fn,
            "true_negatives": self.tn,
        }
        if self.by_language:
            figures["by_language"] = {
                lang: report.figures() for lang, report in sorted(self.by_language.items())
            }
            figures["by_language_group"] = {
                name: report.figures() for name, report in self.by_language_group().items()
            }
        return figures

    def by_language_group(self) -> dict[str, EvalReport]:
        """The per-language counts merged into LANGUAGE_GROUPS (groups with no item left out)."""
        return {
            name: _merged(report for lang, report in self.by_language.items() if _group(lang) == name)
            for name in LANGUAGE_GROUPS
            if any(_group(lang) == name for lang in self.by_language)
        }

    def _count(self, kind: str, event_ok: bool = True, vendor_ok: bool = True) -> None:
        self.total += 1
        if kind == "tp":
            self.tp += 1
            self.event_correct += event_ok
            self.vendor_hits += vendor_ok
        else:
            setattr(self, kind, getattr(self, kind) + 1)


# The groups precision is compared across: English, French, the other Latin-script lexicons
# (DE/ES/IT/PT, smaller and newer), and the rest.
LANGUAGE_GROUPS: dict[str, frozenset[str]] = {
    "en": frozenset({"en"}),
    "fr": frozenset({"fr"}),
    "de+es+it+pt": frozenset({"de", "es", "it", "pt"}),
    "other": frozenset(),
}


def _group(lang: str) -> str:
    return next((name for name, codes in LANGUAGE_GROUPS.items() if lang in codes), "other")


def _merged(reports: Iterable[EvalReport]) -> EvalReport:
    total = EvalReport()
    for report in reports:
        for name in ("total", "tp", "fp", "fn", "tn", "event_correct", "vendor_hits"):
            setattr(total, name, getattr(total, name) + getattr(report, name))
    return total


def evaluate(items: Iterable[dict[str, Any]], detector: Detector) -> EvalReport:
    """Score against labels: relevance P/R/F1 (``other`` and ``none`` are not relevant);
    event accuracy and first-vendor recall over the true positives; the same per language
    (``by_language``). Event accuracy compares the primary event."""
    report = EvalReport()
    for item in items:
        detection: Detection = detector.classify(
            item["title"], item.get("summary") or "", item.get("lang"), item.get("source")
        )
        lang = str(item.get("lang") or "?")
        per_lang = report.by_language.setdefault(lang, EvalReport())
        gold_relevant = is_relevant(item)
        ident = str(item.get("id", report.total + 1))
        title = str(item["title"])[:120]
        if gold_relevant and detection.relevant:
            event_ok = detection.event == item.get("event")
            vendors = item.get("vendors") or []
            vendor_ok = not vendors or vendors[0] in detection.vendors
            report._count("tp", event_ok, vendor_ok)
            per_lang._count("tp", event_ok, vendor_ok)
            if not event_ok:
                report.misses.append(
                    Miss(ident, "wrong event", title, str(item.get("event")), detection.event)
                )
            if not vendor_ok:
                report.misses.append(
                    Miss(ident, "missing vendor", title, vendors[0], ",".join(detection.vendors) or "-")
                )
        elif gold_relevant:
            report._count("fn")
            per_lang._count("fn")
            report.misses.append(
                Miss(
                    ident, "false negative", title, str(item.get("event")), f"none (score {detection.score})"
                )
            )
        elif detection.relevant:
            report._count("fp")
            per_lang._count("fp")
            report.misses.append(
                Miss(
                    ident,
                    "false positive",
                    title,
                    "not relevant",
                    f"{detection.event} (score {detection.score})",
                )
            )
        else:
            report._count("tn")
            per_lang._count("tn")
    return report

"""``vidradar classify`` streaming and ``vidradar eval`` scoring (pure functions over lines)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from feeds.detect.classify import Detector
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


NOT_RELEVANT_EVENTS = ("none", "other")


@dataclass
class Miss:
    id: str
    kind: str  # "false positive" | "false negative" | "wrong event" | "missing vendor"
    title: str
    expected: str
    got: str


@dataclass
class EvalReport:
    total: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    event_correct: int = 0
    vendor_hits: int = 0
    misses: list[Miss] = field(default_factory=list)

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
        return {
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


def evaluate(items: Iterable[dict[str, Any]], detector: Detector) -> EvalReport:
    """Score against labels: relevance P/R/F1 (``other`` and ``none`` are not relevant);
    event accuracy and first-vendor recall over the true positives."""
    report = EvalReport()
    for item in items:
        report.total += 1
        detection: Detection = detector.classify(
            item["title"], item.get("summary") or "", item.get("lang"), item.get("source")
        )
        gold_relevant = bool(item.get("relevant")) and item.get("event") not in NOT_RELEVANT_EVENTS
        ident = str(item.get("id", report.total))
        title = str(item["title"])[:120]
        if gold_relevant and detection.relevant:
            report.tp += 1
            if detection.event == item.get("event"):
                report.event_correct += 1
            else:
                report.misses.append(
                    Miss(ident, "wrong event", title, str(item.get("event")), detection.event)
                )
            vendors = item.get("vendors") or []
            if not vendors or vendors[0] in detection.vendors:
                report.vendor_hits += 1
            else:
                report.misses.append(
                    Miss(ident, "missing vendor", title, vendors[0], ",".join(detection.vendors) or "-")
                )
        elif gold_relevant:
            report.fn += 1
            report.misses.append(
                Miss(
                    ident, "false negative", title, str(item.get("event")), f"none (score {detection.score})"
                )
            )
        elif detection.relevant:
            report.fp += 1
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
            report.tn += 1
    return report

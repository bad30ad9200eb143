"""The detector's accuracy, rules alone and with the second opinion, on every labelled set the
repository measures: the tune and check splits of the dev corpora (the check split per language
group too) and the written held-out sets, pooled and, with --each, one by one. It prints the
table of docs/detection.md, "The development corpora"; `vidradar eval` gives the second column
alone.

    python benchmarks/detection_figures.py [--shared DIR] [--held-out DIR] [--each] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.train_second_opinion import DEV_FILES  # noqa: E402
from feeds.detect.classify import Detector, default_detector  # noqa: E402
from feeds.detect.evaluate import EvalReport, evaluate, load_labelled, select  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT / "benchmarks" / "labelled" / "held-out"


def figures(report: EvalReport) -> dict[str, float]:
    """Precision, recall and event accuracy, rounded once (to three places) from the counts."""
    return {
        "precision": round(report.precision, 3),
        "recall": round(report.recall, 3),
        "event_accuracy": round(report.event_accuracy, 3),
    }


def measure(name: str, items: list[dict[str, Any]], detectors: dict[str, Detector]) -> dict[str, Any]:
    """One row: the set's size and each detector's precision, recall and event accuracy."""
    return {"set": name, "items": len(items)} | {
        kind: figures(evaluate(items, detector)) for kind, detector in detectors.items()
    }


def measure_by_language(
    name: str, items: list[dict[str, Any]], detectors: dict[str, Detector]
) -> list[dict[str, Any]]:
    """The row of ``items`` and one row per language group (English, French, DE/ES/IT/PT), as
    `vidradar eval --json` groups them, from one evaluation per detector."""
    reports = {kind: evaluate(items, detector) for kind, detector in detectors.items()}
    groups = {kind: report.by_language_group() for kind, report in reports.items()}
    first = next(iter(groups.values()))
    return [{"set": name, "items": len(items)} | {k: figures(r) for k, r in reports.items()}] + [
        {"set": f"{name}, {group}", "items": first[group].total}
        | {kind: figures(by_group[group]) for kind, by_group in groups.items()}
        for group in ("en", "fr", "de+es+it+pt")
        if group in first
    ]


def rows(shared: Path, held_out_dir: Path, each: bool) -> list[dict[str, Any]]:
    model = default_detector()
    detectors = {"rules alone": model.rules_alone(), "with the second opinion": model}
    table: list[dict[str, Any]] = []
    dev = load_labelled([shared / name for name in DEV_FILES])
    table.append(measure("tune split", select(dev, "tune"), detectors))
    table.extend(measure_by_language("check split", select(dev, "check"), detectors))
    held_out = sorted(held_out_dir.glob("*.jsonl"), key=lambda p: (len(p.stem), p.stem))  # h47 before h101
    table.append(measure(f"written held-out sets ({len(held_out)})", load_labelled(held_out), detectors))
    if each:
        table.extend(measure(path.stem, load_labelled([path]), detectors) for path in held_out)
    return table


def line(row: dict[str, Any]) -> str:
    cells = [
        "{precision:.3f} / {recall:.3f} / {event_accuracy:.3f}".format(**row[kind])
        for kind in ("rules alone", "with the second opinion")
    ]
    return f"{row['set']:32} {row['items']:6,}   {cells[0]:23}   {cells[1]}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--held-out", type=Path, default=HELD_OUT, help="folder of written held-out sets")
    parser.add_argument("--each", action="store_true", help="one row per held-out set too")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    missing = [str(args.shared / n) for n in DEV_FILES if not (args.shared / n).is_file()]
    if missing:
        print(f"detection_figures: missing {', '.join(missing)} (see --shared)", file=sys.stderr)
        return 2
    table = rows(args.shared, args.held_out, args.each)
    if args.json:
        print(json.dumps(table, indent=1))
        return 0
    print(f"{'set':32} {'items':>6}   {'rules alone':23}   with the second opinion")
    print(f"{'':32} {'':6}   {'precision / recall / event accuracy'}")
    for row in table:
        print(line(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``vidradar classify`` and ``vidradar eval``: the detector on JSON Lines, without a database —
one verdict per input line, or precision and recall over labelled files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from bot.cli.output import print_json
from feeds.config import Settings
from feeds.errors import InputError


def _input_lines(path: Path | None) -> Iterator[bytes]:
    """Raw lines (stdin or a file): each is decoded on its own, so one line that is not UTF-8
    costs that line, not the run."""
    if path is None:
        yield from sys.stdin.buffer
        return
    try:
        with path.open("rb") as handle:
            yield from handle
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None


def cmd_classify(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.detect.classify import default_detector
    from feeds.detect.evaluate import classify_lines

    out = sys.stdout
    for result in classify_lines(_input_lines(args.input), default_detector()):
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.detect.classify import default_detector
    from feeds.detect.evaluate import evaluate, load_labelled, select

    items = select(load_labelled(args.files), args.split)
    report = evaluate(items, default_detector())
    if args.json:
        print_json({**report.figures(), "split": args.split})
    else:
        f = report.figures()
        print(
            f"items {f['items']}: precision {f['precision']:.3f}, recall {f['recall']:.3f}, F1 {f['f1']:.3f}, "
            f"event accuracy {f['event_accuracy']:.3f}, vendor recall {f['vendor_recall']:.3f}"
        )
    if args.verbose:
        for miss in report.misses:
            print(
                f"  {miss.id}: {miss.kind}: expected {miss.expected}, got {miss.got} :: {miss.title}",
                file=sys.stderr if args.json else sys.stdout,
            )
    return 0

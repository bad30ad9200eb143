"""Would a bag-of-words model carry from the team-written sets to real text? Prints figures;
needs scikit-learn (the `train` extra). See docs/detection-history.md, "The twenty-fifth round
(stop 44): what a model learns from written sets does not carry to real text".

    python benchmarks/model_transfer.py [--shared DIR]

Two uses of the second opinion's features were weighed before shipping either:
- a *rescue*: an entry the rules leave below the threshold though its product is confirmed
  becomes an alert when the model is sure it announces something (p >= 0.9);
- an *event model*: a multi-class model over the same features replaces the rules' event when
  it is sure of another one (p >= 0.7).

Each is measured three ways: out of fold on the training data (the written sets and the real
items of the tune split apart, folds as in train_second_opinion.py), then trained on all of it
and measured on the held-out written sets and on the check split of the dev corpora (counts
only: nothing is printed about an item).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import train_second_opinion as training  # noqa: E402
from feeds.detect.classify import Detection, Detector, prepared_text  # noqa: E402
from feeds.detect.evaluate import is_relevant, load_labelled, select  # noqa: E402
from feeds.detect.lexicon import bundled_lexicons  # noqa: E402
from feeds.detect.rules import bundled_rules  # noqa: E402
from feeds.detect.second_opinion import SecondOpinion  # noqa: E402
from feeds.detect.taxonomy import bundled_taxonomy  # noqa: E402
from feeds.parse.language import identify  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESCUE_AT = 0.9
OVERRIDE_AT = 0.7


def dev_files_or_complain(shared: Path, script: str) -> list[Path] | None:
    """The dev corpora under ``shared``, with scikit-learn installed, as the analysis scripts
    need them; None after saying in one line what is missing. (Not in train_second_opinion.py:
    the bundled model's fingerprint covers that script.)"""
    dev_files = [shared / name for name in training.DEV_FILES]
    if not all(p.is_file() for p in dev_files):
        print(f"{script}: missing {shared}/dev-corpus*.jsonl (see --shared)", file=sys.stderr)
        return None
    return dev_files if training.has_sklearn(script) else None


def rescuable(d: Detection) -> bool:
    """The rules stopped short with a confirmed subject (not a funding story)."""
    return (
        not d.relevant
        and bool(d.vendors or d.products)
        and not any(r.startswith("funding") for r in d.reasons)
    )


@dataclass(frozen=True)
class Models:
    """The two models one round of training makes, and the event model's vocabulary."""

    binary: SecondOpinion  # announcement or not, as the second opinion
    events: Any  # a fitted scikit-learn LogisticRegression over the events
    idf: dict[str, dict[str, float]]
    column: dict[tuple[str, str], int]


class Transfer:
    def __init__(self, items: list[dict[str, Any]], groups: list[str]) -> None:
        self.items, self.groups = items, groups
        self.lede = bundled_rules().lede_chars
        self.rules = Detector(bundled_taxonomy(), bundled_lexicons(), identify)
        self.verdicts = [self.classify(i) for i in items]
        self.counts = [training.item_counts(i, self.lede) for i in items]

    def classify(self, item: dict[str, Any]) -> Detection:
        return self.rules.classify(
            item["title"], item.get("summary") or "", item.get("lang"), item.get("source")
        )

    def models(self, train: Sequence[int]) -> Models:
        """Both models, trained on the items ``train`` (the event model on the relevant ones)."""
        from sklearn.linear_model import LogisticRegression

        binary = training.fit([self.items[i] for i in train], [self.counts[i] for i in train])
        relevant = [i for i in train if is_relevant(self.items[i])]
        _vocab, idf, column, matrix = training.design([self.counts[i] for i in relevant])
        events = LogisticRegression(C=training.C, max_iter=5000, class_weight="balanced")
        events.fit(matrix, [self.items[i]["event"] for i in relevant])
        return Models(binary, events, idf, column)

    def out_of_fold(self) -> dict[str, Counter[str]]:
        folds = [training.fold_of(g) for g in self.groups]
        tally: dict[str, Counter[str]] = {"written": Counter(), "real": Counter()}
        for k in range(training.FOLDS):
            train = [i for i, f in enumerate(folds) if f != k]
            test = [i for i, f in enumerate(folds) if f == k]
            models = self.models(train)
            for i in test:
                kind = "real" if self.groups[i].startswith("story:") else "written"
                self.score(tally[kind], self.items[i], self.verdicts[i], self.counts[i], models)
        return tally

    def score(
        self,
        tally: Counter[str],
        item: dict[str, Any],
        d: Detection,
        counts: dict[str, Counter[str]],
        models: Models,
    ) -> None:
        """Add one item's outcome under each use to ``tally``."""
        if rescuable(d):
            title, summary = prepared_text(item["title"], item.get("summary"), self.lede)
            if models.binary.probability(title, summary, item.get("source")) >= RESCUE_AT:
                tally["rescued, right" if is_relevant(item) else "rescued, wrong"] += 1
        if d.relevant and is_relevant(item):
            events = models.events
            probabilities = events.predict_proba(training.rows_of([counts], models.idf, models.column))[0]
            best = max(range(len(events.classes_)), key=lambda c: probabilities[c])
            guess = events.classes_[best]
            if guess != d.event and probabilities[best] >= OVERRIDE_AT:
                if guess == item["event"]:
                    tally["event overridden, now right"] += 1
                elif d.event == item["event"]:
                    tally["event overridden, was right"] += 1

    def trained_on_all(self, *groups: list[dict[str, Any]]) -> list[Counter[str]]:
        """One tally per group of unseen items, from models trained once on all the training data."""
        models = self.models(range(len(self.items)))
        tallies: list[Counter[str]] = []
        for items in groups:
            tally: Counter[str] = Counter()
            for item in items:
                self.score(tally, item, self.classify(item), training.item_counts(item, self.lede), models)
            tallies.append(tally)
        return tallies


def show(name: str, tally: Counter[str]) -> None:
    keys = ("rescued, right", "rescued, wrong", "event overridden, now right", "event overridden, was right")
    print(f"{name:38} " + "  ".join(f"{k}: {tally[k]}" for k in keys))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    dev_files = dev_files_or_complain(args.shared, "model_transfer")
    if dev_files is None:
        return 2
    transfer = Transfer(*training.training_items(sorted(training.TEAM_SETS.glob("*.jsonl")), dev_files))
    print(f"rescue at p >= {RESCUE_AT}; event override at p >= {OVERRIDE_AT}")
    for kind, tally in transfer.out_of_fold().items():
        show(f"out of fold, {kind} training items", tally)
    held_out = load_labelled(sorted((ROOT / "benchmarks" / "labelled" / "held-out").glob("*.jsonl")))
    check = select(load_labelled(dev_files), "check")
    on_held_out, on_check = transfer.trained_on_all(held_out, check)
    show("held-out written sets", on_held_out)
    show("check split (real)", on_check)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

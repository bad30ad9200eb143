"""A second opinion on an alert: a linear model over the words of the title, lede and link.

The rules decide what an entry announces; this model can only veto their alert. Rules learn
wording one category at a time and carry over little to text nobody has read (docs/detection.md,
"The second opinion"); a bag-of-words model trained on the same labelled items weighs the whole
page at once, which is where a guide, a review or a price list shows. It runs only on entries
the rules call relevant, so the rest of a feed costs nothing more.

The features are TF-IDF weights (sublinear term frequency, scaled to unit length per block) of
two blocks: words and word pairs, and letter groups inside words, so "lance", "lancé" and
"lancement" share evidence across the six languages. ``terms`` is shared with the training
script (``benchmarks/train_second_opinion.py``): what the model learned and what it reads are
the same features by construction.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

_WORD = re.compile(r"\b\w\w+\b")
_URL_PARTS = re.compile(r"[/\-_.?=&+%~:]+")
_CHAR_SIZES = (3, 4, 5)
BLOCKS = ("words", "chars")


def document(title: str, summary: str = "", link: str | None = None) -> str:
    """The text the model reads: title, lede, and the words of the link's host and path
    (where /guide/ or /pricing shows), lower-cased."""
    address = ""
    if link:
        parts = urlsplit(link)
        address = " ".join(p for p in _URL_PARTS.split(f"{parts.netloc}{parts.path}") if p)
    return f"{title}\n{summary}\n{address}".lower()


def word_terms(text: str) -> Iterator[str]:
    """Words of two letters or more, and each pair of neighbouring words."""
    tokens = _WORD.findall(text)
    yield from tokens
    for first, second in zip(tokens, tokens[1:], strict=False):
        yield f"{first} {second}"


def char_terms(text: str) -> Iterator[str]:
    """Letter groups of 3 to 5 inside each space-separated word, padded with a space at each
    end so that beginnings and endings count as such."""
    return chain.from_iterable(map(_letter_groups, text.split()))


@lru_cache(maxsize=65_536)
def _letter_groups(word: str) -> tuple[str, ...]:
    """One word's letter groups (cached: feeds repeat their words)."""
    padded = f" {word} "
    return tuple(
        padded[i : i + size]
        for size in _CHAR_SIZES
        if len(padded) >= size
        for i in range(len(padded) - size + 1)
    )


def terms(text: str) -> dict[str, Counter[str]]:
    """Term counts of ``text`` per block."""
    return {"words": Counter(word_terms(text)), "chars": Counter(char_terms(text))}


def tfidf(counts: Counter[str], idf: Mapping[str, float]) -> dict[str, float]:
    """One block's weights: sublinear term frequency (1 + log n) times the term's inverse
    document frequency, over the terms ``idf`` knows, scaled to unit length. The training
    script builds its rows with this function too."""
    weights = {t: (1.0 + math.log(n)) * idf[t] for t, n in counts.items() if t in idf}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm else {}


class Block(BaseModel):
    """One block's vocabulary, with each term's inverse document frequency and weight."""

    model_config = ConfigDict(extra="forbid")
    terms: list[str]
    idf: list[float]
    coef: list[float]

    @model_validator(mode="after")
    def _aligned(self) -> Block:
        if not len(self.terms) == len(self.idf) == len(self.coef):
            raise ValueError("terms, idf and coef must have the same length")
        return self


class SecondOpinion(BaseModel):
    """A trained model: ``probability`` is the chance an entry is an announcement; an alert
    whose probability is below ``threshold`` is vetoed, when its lede has at least
    ``min_lede_words`` words (the model learned from ledes of 20 to 70 words; on a bare
    headline it has too little to read, and the rules decide alone). ``trained`` records
    what it learned from and what the training script measured (provenance, not read here)."""

    model_config = ConfigDict(extra="forbid")
    format: int = 1
    intercept: float
    threshold: float = Field(ge=0, lt=1)
    min_lede_words: int = Field(default=20, ge=0)
    blocks: dict[str, Block]
    trained: dict[str, object] = Field(default_factory=dict)
    # term -> idf and term -> weight per block, built once from ``blocks`` for the lookups
    _idf: dict[str, dict[str, float]] = PrivateAttr(default_factory=dict)
    _coef: dict[str, dict[str, float]] = PrivateAttr(default_factory=dict)

    def model_post_init(self, _context: object) -> None:
        self._idf = {name: dict(zip(b.terms, b.idf, strict=True)) for name, b in self.blocks.items()}
        self._coef = {name: dict(zip(b.terms, b.coef, strict=True)) for name, b in self.blocks.items()}

    def probability(self, title: str, summary: str = "", link: str | None = None) -> float:
        """The chance the entry is an announcement, from 0 to 1."""
        z = self.intercept
        for name, counts in terms(document(title, summary, link)).items():
            if name in self._idf:
                coef = self._coef[name]
                z += sum(w * coef[t] for t, w in tfidf(counts, self._idf[name]).items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def vetoes(self, title: str, summary: str = "", link: str | None = None) -> float | None:
        """The probability when it is below the threshold (the alert is vetoed), else None."""
        if len(summary.split()) < self.min_lede_words:
            return None
        p = self.probability(title, summary, link)
        return p if p < self.threshold else None

    def save(self, path: Path) -> None:
        """Write the model; the same model gives the same bytes (no time in the gzip header),
        so retraining without a change leaves git with nothing to commit."""
        data = json.dumps(self.model_dump(), ensure_ascii=False, separators=(",", ":"))
        path.write_bytes(gzip.compress(data.encode(), compresslevel=9, mtime=0))


def load_second_opinion(path: Path) -> SecondOpinion:
    with gzip.open(path, "rt", encoding="utf-8") as src:
        return SecondOpinion.model_validate(json.load(src))


def bundled_second_opinion_path() -> Path:
    return Path(str(resources.files("seeds") / "models" / "second-opinion.json.gz"))


@cache
def bundled_second_opinion() -> SecondOpinion:
    """The model shipped in seeds/models (trained by ``make model``), loaded once."""
    return load_second_opinion(bundled_second_opinion_path())

"""A literal-phrase matcher over token sequences: many phrases, one pass, no regex.

Used for product aliases, vendor names, disambiguation cues and servers' watch terms.
Phrases are token tuples indexed by their first token, so scanning costs one dict lookup
per token whatever the number of phrases, and no input can trigger backtracking.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from feeds.detect.text import phrase_tokens

L = TypeVar("L", bound=Hashable)  # what a phrase is labelled with; each matcher picks its own


@dataclass(frozen=True, slots=True)
class Hit(Generic[L]):
    """A phrase found in a token sequence: its label and token span."""

    label: L
    start: int  # token index
    end: int  # token index, exclusive


@dataclass
class PhraseMatcher(Generic[L]):
    """Every registered phrase, indexed by its first token, so one pass over a text finds them all."""

    _index: dict[str, list[tuple[tuple[str, ...], L]]] = field(default_factory=dict)
    _count: int = 0

    def add(self, phrase: str | tuple[str, ...], label: L) -> bool:
        """Register a phrase; False when it has no tokens (empty or punctuation only)."""
        toks = phrase if isinstance(phrase, tuple) else phrase_tokens(phrase)
        if not toks:
            return False
        bucket = self._index.setdefault(toks[0], [])
        bucket.append((toks, label))
        bucket.sort(key=lambda item: -len(item[0]))
        self._count += 1
        return True

    def __len__(self) -> int:
        return self._count

    def first_tokens(self) -> set[str]:
        return set(self._index)

    def phrases(self) -> list[tuple[tuple[str, ...], Hashable]]:
        """(tokens, kind) for labelled tuples ``(kind, ...)``; other labels as they are."""
        out: list[tuple[tuple[str, ...], Hashable]] = []
        for bucket in self._index.values():
            for toks, label in bucket:
                out.append((toks, label[0] if isinstance(label, tuple) else label))
        return out

    def scan(self, toks: list[str]) -> list[Hit[L]]:
        """Every occurrence of every phrase (overlaps included), in text order."""
        index = self._index
        hits: list[Hit[L]] = []
        n = len(toks)
        for i, tok in enumerate(toks):
            bucket = index.get(tok)
            if bucket is None:
                continue
            for phrase, label in bucket:
                k = len(phrase)
                if k == 1 or (i + k <= n and tuple(toks[i : i + k]) == phrase):
                    hits.append(Hit(label, i, i + k))
        return hits

    def labels(self, toks: list[str]) -> set[L]:
        return {hit.label for hit in self.scan(toks)}


def build(pairs: Iterable[tuple[str, L]]) -> PhraseMatcher[L]:
    matcher: PhraseMatcher[L] = PhraseMatcher()
    for phrase, label in pairs:
        matcher.add(phrase, label)
    return matcher

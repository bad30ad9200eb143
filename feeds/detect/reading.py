"""What the detector's parts share: the form of an entry's field once prepared (tokens,
sentences, the watchlist's hits; ``Detector._prepare`` fills it), the cues and decisions
read from it, and the state every part reads."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from feeds.detect.lexicon import LexiconSet
from feeds.detect.phrases import Hit
from feeds.detect.rules import Rules
from feeds.detect.taxonomy import Product, Taxonomy, TaxonomyLabel
from feeds.detect.text import SENTENCE_BREAK, TOKEN  # one tokeniser for every matcher

PRECEDENCE: tuple[str, ...] = ("shutdown", "delay", "waitlist", "pricing", "availability", "launch")


VERSION = re.compile(r"^v?(0?[0-9](?:\.[0-9]{1,2})?)$")

CLAUSE_BREAK = re.compile(r"\s[:|\u2013\u2014-]\s|[:;]\s|\u3000")

# A service tail may also follow a title's first sentence ("Kling 2.5 is here. Here's how ...")
# or a comma ("Firefly video comes to Adobe Express, explained").
TAIL_BREAK = re.compile(r"\s[:|\u2013\u2014-]\s|[:;.!,]\s")

# A whole-title question ("Is Sora available to the public?") asks; it does not report.
# A question mark at the end, or before a label of the page ("…? An analysis")
QUESTION_END = re.compile(
    r"[?？]\W*(?:(?:an?|our|the|my)\s+)?(?:analysis|take|explainer|opinion|review|verdict|answer|faq)?\W*$",
    re.I,
)


@dataclass(slots=True)
class PreparedText:
    """One field (title or summary) prepared once: folded text, tokens and hits; sentences
    are split on first use (most candidates name nothing and never need them)."""

    folded: str
    toks: list[str]
    hits: list[Hit[TaxonomyLabel]] = field(default_factory=list)
    _starts: list[int] | None = None
    _tok_sentence: list[int] | None = None
    _spans: list[tuple[int, int]] | None = None

    @property
    def token_spans(self) -> list[tuple[int, int]]:
        """Where each token sits in the folded text (computed on first use)."""
        if self._spans is None:
            self._spans = [m.span() for m in TOKEN.finditer(self.folded)]
        return self._spans

    @property
    def sentence_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in SENTENCE_BREAK.finditer(self.folded)]
        return self._starts

    @property
    def tok_sentence(self) -> list[int]:
        """The sentence index of each token."""
        if self._tok_sentence is None:
            starts = self.sentence_starts
            ends = starts[1:] + [len(self.folded)]
            sentence_of: list[int] = []
            for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
                sentence_of.extend([index] * len(TOKEN.findall(self.folded, start, end)))
            self._tok_sentence = sentence_of
        return self._tok_sentence

    def sentence_at(self, char: int) -> int:
        return bisect.bisect_right(self.sentence_starts, char) - 1

    def sentence_of_token(self, index: int) -> int:
        return self.tok_sentence[index]

    def sentence_text(self, index: int) -> str:
        starts = self.sentence_starts
        end = starts[index + 1] if index + 1 < len(starts) else len(self.folded)
        return self.folded[starts[index] : end]

    def opening(self, sentences: int) -> str:
        starts = self.sentence_starts
        return self.folded[: starts[sentences]] if sentences < len(starts) else self.folded


@dataclass(frozen=True, slots=True)
class Mention:
    """One place the entry names a watched product, and how an ambiguous name was confirmed."""

    product: Product
    slug: str
    in_title: bool
    why: str  # how an ambiguous alias was confirmed, or "" when unambiguous
    start: int  # token index in its field
    end: int  # token index just past the name ("Nova Reel 2": past "reel")


@dataclass(frozen=True, slots=True)
class Cue:
    """One event phrase found in the title or summary, and where (sentence, offset)."""

    event: str
    text: str
    sentence: int
    start: int = 0  # character offset in its field


@dataclass(slots=True)
class Decision:
    """Which event the entry reports, how strongly, and on what evidence."""

    event: str = "none"
    weight: float = 0.0
    reason: str = ""
    title_decided: bool = False  # a strong cue in a title that is not a question
    thin: bool = True  # weak, summary-only or questioned evidence: any genre sinks it
    hearsay: bool = False  # a plan the lede reports as rumour ("would be about to ...")
    news: bool = False  # the deciding sentence reports it as today's news
    lede_fact: bool = False  # the summary's first sentence states it about the subject
    weak: bool = False  # only a weak cue ("announces", "unveils") supports it
    events: list[str] = field(default_factory=list)
    title_cue: Cue | None = None  # the title cue that decided it (set exactly when title_decided)
    lede_news: bool = False  # the summary's first sentence reports an event of the subject as today's news
    lede_cued: bool = False  # the summary's opening sentences hold an event cue about the subject
    asked: bool = False  # only a cue inside a title question supports it
    day_one: bool = False  # the summary's first sentence reports the subject's event with a day
    release_day: bool = False  # the headline dates itself to the release day ("on launch day")
    told_cue: Cue | None = None  # the headline's own deciding cue, strong or weak

    @property
    def title_told(self) -> bool:
        """The deciding cue is one of the headline's words."""
        return self.told_cue is not None


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Characters ``start:end`` share at least one character with one of ``spans``."""
    return any(start < s1 and s0 < end for s0, s1 in spans)


def opening_hit(head: PreparedText, kinds: tuple[str, ...]) -> Hit[TaxonomyLabel] | None:
    """The taxonomy hit of one of ``kinds`` that opens the headline, if any."""
    return next((hit for hit in head.hits if hit.start == 0 and hit.label[0] in kinds), None)


def most_specific(cues: list[Cue]) -> Cue:
    return min(cues, key=lambda cue: PRECEDENCE.index(cue.event))


def clause_around(text: str, at: int, commas: bool = False) -> tuple[int, int]:
    """The (start, end) of the clause of ``text`` that holds character ``at``: between clause
    breaks (": ", "; ", " - "), and commas too when asked ("Veo 3, lancé en mai, arrive ...")."""
    bounds = [m.end() for m in CLAUSE_BREAK.finditer(text)]
    if commas:
        bounds += [i + 1 for i, ch in enumerate(text) if ch == ","]
    start = max((b for b in bounds if b <= at), default=0)
    end = min((b for b in bounds if b > at), default=len(text))
    return start, end


def in_place(prepared: PreparedText, cue: Cue) -> bool:
    """The cue's text sits at its offset (a host cue is rebuilt from tokens, at offset 0):
    checks that read the text around a cue need this."""
    return prepared.folded.startswith(cue.text, cue.start)


def token_index(folded: str, char: int) -> int:
    return len(TOKEN.findall(folded, 0, char))


def read_version(toks: list[str], index: int, variants: frozenset[str]) -> tuple[str | None, str | None, int]:
    """A version number (and variant word) right after an alias: "Veo 3.1 Fast" -> ("3.1", "fast")."""
    if index < len(toks):
        match = VERSION.match(toks[index])
        if match:
            index += 1
            variant = None
            if index < len(toks) and toks[index] in variants:
                variant = toks[index]
                index += 1
            return match.group(1), variant, index
    return None, None, index


class DetectorBase:
    """The state every part of the detector reads: the seeds, compiled once by
    ``Detector.__init__`` (feeds/detect/classify.py). Each part is a mixin over it, so a
    verdict still reads as one pass over one entry."""

    taxonomy: Taxonomy
    lexicons: LexiconSet
    rules: Rules

"""Servers' watch terms: literal phrases, all servers' terms in one matcher.

A term matches on word boundaries, ignoring case, accents and separators ("text to video"
matches "Text-to-Video"); it is never a regex, so no input can make matching slow. Terms of
every server go into one PhraseMatcher: an entry is scanned once per cycle, however many
servers and terms there are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from feeds.detect.phrases import PhraseMatcher
from feeds.detect.text import fold, phrase_tokens, tokens
from feeds.errors import InputError

Mode = Literal["include", "exclude"]
MAX_TERM_CHARS = 100
MAX_TERMS_PER_SERVER = 100


def normalise_term(term: str) -> tuple[str, str]:
    """(display text, key) for a term typed by an admin. Raises InputError with the reason."""
    text = " ".join(str(term).split())
    if not text:
        raise InputError("a watch term cannot be empty", code="term_empty")
    if len(text) > MAX_TERM_CHARS:
        raise InputError(
            "a watch term is at most {limit} characters (got {length})",
            code="term_too_long",
            limit=MAX_TERM_CHARS,
            length=len(text),
        )
    toks = phrase_tokens(text)
    if not toks:
        raise InputError(
            "watch term {term!r} has no letters or digits to match", code="term_no_letters", term=text
        )
    if len(toks) == 1 and len(toks[0]) == 1:
        # "C++" or "X" would match every lone letter c or x: punctuation is a word boundary.
        raise InputError(
            "watch term {term!r} would match the single letter {letter!r} anywhere (punctuation is"
            " ignored); use a longer term",
            code="term_one_letter",
            term=text,
            letter=toks[0],
        )
    return text, " ".join(toks)


@dataclass(frozen=True, slots=True)
class WatchTerm:
    """One server's include or exclude term."""

    guild_id: int
    term: str
    mode: Mode


@dataclass
class KeywordHits:
    """What one entry matched, per server."""

    include: dict[int, list[str]] = field(default_factory=dict)
    exclude: dict[int, list[str]] = field(default_factory=dict)


class KeywordMatcher:
    def __init__(self, terms: Iterable[WatchTerm]) -> None:
        self._matcher: PhraseMatcher[tuple[int, Mode, str]] = PhraseMatcher()  # (guild, mode, term)
        self.size = 0
        for term in terms:
            if self._matcher.add(phrase_tokens(term.term), (term.guild_id, term.mode, term.term)):
                self.size += 1

    def match(self, *texts: str) -> KeywordHits:
        hits = KeywordHits()
        if not self.size:
            return hits
        for text in texts:
            for hit in self._matcher.scan(tokens(fold(text or ""))):
                guild_id, mode, term = hit.label
                bucket = hits.include if mode == "include" else hits.exclude
                found = bucket.setdefault(guild_id, [])
                if term not in found:
                    found.append(term)
        return hits

"""The words of a text as SQLite's FTS5 ``unicode61 remove_diacritics 2`` tokenizer reads them,
for the PostgreSQL search index: both backends then split, fold and match text the same way,
so the same search finds the same entries on both (a test compares this with FTS5 itself).

A word is a run of letters, digits, private-use characters (Unicode L*, N*, Co) and combining
diacritical marks (U+0300-U+036F); anything else separates words. Words are lower-cased, and
lose their combining marks and the diacritics of Latin letters ("Été" -> "ete"), as FTS5's
option 2 does.

One known difference: FTS5's tables are Unicode 6.1's, so a symbol added later (most emoji)
is a word to FTS5 and a separator here; a search for an emoji finds it only on SQLite.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Diacritics are removed from Latin letters only (FTS5's table covers Latin; "ά" keeps its mark).
_LATIN_END = 0x0250
_LATIN_EXTENDED_ADDITIONAL = range(0x1E00, 0x1F00)
_COMBINING_MARKS = range(0x0300, 0x0370)


@functools.lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Case-fold (one character for one, as FTS5 does: "µ" -> "μ", but "ß" stays), and strip
    combining marks and the diacritics of Latin letters."""
    if word.isascii():
        return word.lower()
    lowered = "".join(_simple_fold(ch) for ch in word)
    out: list[str] = []
    for ch in lowered:
        code = ord(ch)
        if code in _COMBINING_MARKS:
            continue
        if code < 0x80 or not (code < _LATIN_END or code in _LATIN_EXTENDED_ADDITIONAL):
            out.append(ch)
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in decomposed if ord(c) not in _COMBINING_MARKS) or ch)
    return "".join(out)


def _simple_fold(ch: str) -> str:
    folded = ch.casefold()
    return folded if len(folded) == 1 else ch.lower()


# A run of word characters: letters and numbers ([^\W_] is exactly L* and
# N*), combining diacritical marks, private-use characters. One regex pass, not a Python loop.
_WORD = re.compile("(?:[^\\W_]|[\u0300-\u036f\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd])+")


_ASCII_WORD = re.compile("[a-z0-9]+")


def search_words(text: str) -> list[str]:
    """``text``'s words in order, folded (see the module docstring)."""
    lowered = text.lower()
    if lowered.isascii():  # much feed text: lower-case once, nothing else to fold
        return _ASCII_WORD.findall(lowered)
    return [word if word.isascii() else _fold(word) for word in _WORD.findall(lowered)]


@functools.lru_cache(maxsize=65536)
def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


# PostgreSQL keeps word positions up to 16,383; later words share the last one. A word (a
# lexeme) is at most 2,046 bytes.
MAX_POSITION = 16383
MAX_WORD_BYTES = 2046


def tsvector_text(text: str) -> str:
    """``text`` as a PostgreSQL ``tsvector`` literal: each word with its positions, so phrase
    queries (:func:`tsquery_text`) match the same word sequences FTS5 matches."""
    positions: dict[str, list[int]] = {}
    for index, word in enumerate(search_words(text), start=1):
        if len(word) * 4 > MAX_WORD_BYTES and len(word.encode()) > MAX_WORD_BYTES:
            continue  # PostgreSQL refuses such a word (FTS5 indexes it; nobody searches for it)
        positions.setdefault(word, []).append(index)
    parts = []
    for word, at in positions.items():
        if at[-1] > MAX_POSITION:
            at = sorted({min(i, MAX_POSITION) for i in at})
        parts.append(f"{_lexeme(word)}:{','.join(map(str, at))}")
    return " ".join(parts)


def tsquery_text(phrase: str) -> str | None:
    """One query word (a quoted FTS5 string) as a ``tsquery`` literal: its words in sequence
    (``'gpt' <-> '4'``); None when it has no word."""
    words = search_words(phrase)
    return " <-> ".join(_lexeme(word) for word in words) if words else None


def _word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of each word of ``text``."""
    return [(m.start(), m.end(), _fold(m.group())) for m in _WORD.finditer(text)]


def snippet(
    columns: list[str], phrases: list[str], *, mark: tuple[str, str], ellipsis: str, size: int = 16
) -> str:
    """A FTS5-like ``snippet()`` for PostgreSQL: from the column with the most matched words,
    the first run of ``size`` words with the most matches, each matched word between the
    ``mark`` pair, ``ellipsis`` where the column goes on."""
    wanted = {word for phrase in phrases for word in search_words(phrase)}
    best: tuple[int, str, list[tuple[int, int, str]]] | None = None
    for text in columns:
        spans = _word_spans(text or "")
        hits = sum(1 for _, _, word in spans if word in wanted)
        if best is None or hits > best[0]:
            best = (hits, text or "", spans)
    if best is None or not best[2]:
        return ""
    _, text, spans = best
    start = 0
    if len(spans) > size:
        counts = [
            sum(1 for _, _, w in spans[i : i + size] if w in wanted) for i in range(len(spans) - size + 1)
        ]
        start = counts.index(max(counts))
    window = spans[start : start + size]
    out: list[str] = [ellipsis] if start > 0 else []
    cursor = window[0][0]
    for begin, end, word in window:
        out.append(text[cursor:begin])
        out.append(f"{mark[0]}{text[begin:end]}{mark[1]}" if word in wanted else text[begin:end])
        cursor = end
    if start + size < len(spans):
        out.append(ellipsis)
    else:
        out.append(text[cursor:])
    return "".join(out)

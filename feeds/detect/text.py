"""Text folding and tokenising shared by every matcher (aliases, lexicons, watch terms).

``fold`` makes matching case-, accent- and punctuation-insensitive in one ``str.translate``
pass per string, which is what keeps the detector fast; ``tokens`` splits folded text into
words (CJK characters are one token each, since those scripts do not use spaces).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Apostrophes become spaces: French elision ("l'API", "d’attente") and English contractions
# ("isn't") then match whether the source used ' or ’.
_PUNCT = {
    "\u2019": " ",
    "\u2018": " ",
    "'": " ",
    "\u02bc": " ",
    "`": " ",
    "\u00b4": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u201c": '"',
    "\u201d": '"',
    # German and Polish low quotes ("„Pause“") and single guillemets, like the others
    "\u201e": '"',
    "\u201a": " ",
    "\u2039": '"',
    "\u203a": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    # a headline's suspense ellipsis ("arrive… sur YouTube") does not end a clause
    "\u2026": " ",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200b": "",
    "\u00ad": "",
    "\ufeff": "",
    "\u00df": "ss",
    "\u00e6": "ae",
    "\u0153": "oe",
    "\u00f8": "o",
    "\u0142": "l",
    "\u0111": "d",
    "\u00f0": "d",
    "\u00fe": "th",
    "\u0131": "i",
}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {ord(k): v for k, v in _PUNCT.items()}
    # Latin letters with diacritics (Latin-1 Supplement through Latin Extended Additional).
    for code in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        if code in table:
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if base and base != char and base.isascii():
            table[code] = base.lower()
    # Full-width ASCII (ＡＩ, ２.０) as used in CJK press.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0).lower()
    return table


_TABLE = _build_table()
_COMBINING = re.compile(r"[\u0300-\u036f]")
TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)*|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[^\W\d_]+")
# A German ordinal date ("am 15. April", "bis 1. März") is no sentence's end: a phrase that
# reads a clause across it ("wird die Sora-App am 15. April abschalten") must see one sentence.
GERMAN_MONTHS = (
    "januar|j[aä]nner|februar|m[aä]rz|april|mai|juni|juli|august|september|oktober|november|dezember"
)
SENTENCE_BREAK = re.compile(
    rf"(?<=[!?。！？])\s+|(?<=\.)(?<!\d\.)\s+|(?<=\d\.)\s+(?!(?i:{GERMAN_MONTHS})\b)|\s*\.\.\.\s*|\s*…\s*"
)


def fold(text: str) -> str:
    """Lowercase, strip accents, unify apostrophes/dashes/quotes. Length may change slightly."""
    folded = text.lower().translate(_TABLE)
    if not folded.isascii() and _COMBINING.search(folded):
        folded = _COMBINING.sub("", folded)
    return folded


def tokens(folded: str) -> list[str]:
    return TOKEN.findall(folded)


def token_spans(folded: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(folded)]


# Coarser tokens for the prefilter, read from merely lowercased text: ASCII letter/digit runs,
# with mixed runs also split ("veo3" -> "veo3", "veo", "3"), plus CJK and Hangul characters
# one by one (so 可灵 is a set of two characters). No folding, no version handling: cheap.
_ROUGH_TOKEN = re.compile(r"[a-z0-9]+")
_ROUGH_SPLIT = re.compile(r"[a-z]+|[0-9]+")
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def rough_words(text: str) -> set[str]:
    """A cheap bag of words for deciding whether an entry deserves a closer look."""
    low = text.lower()
    words = _ROUGH_TOKEN.findall(low)
    if not low.isascii():
        words += CJK_CHAR.findall(low)
    return rough_bag(words)


def rough_bag(words: list[str]) -> set[str]:
    """``rough_words`` from already-found runs: mixed letter/digit runs are also split."""
    bag = set(words)
    for word in [w for w in bag if not w.isalpha() and not w.isdigit()]:
        bag.update(_ROUGH_SPLIT.findall(word))
    return bag


def sentences(text: str) -> list[str]:
    return [part for part in SENTENCE_BREAK.split(text) if part and part.strip()]


@lru_cache(maxsize=4096)
def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """The token sequence of a literal phrase (aliases, cues, watch terms)."""
    return tuple(tokens(fold(phrase)))

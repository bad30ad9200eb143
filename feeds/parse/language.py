"""Language identification for entries whose feed does not say (py3langid's bundled model).

The model loads on first use (about 0.1 s), once per process, and is restricted to the
languages tech feeds actually publish in, which makes short headlines far less noisy.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

LANGUAGES = (
    "en",
    "fr",
    "de",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "sv",
    "ru",
    "uk",
    "tr",
    "ar",
    "he",
    "ja",
    "zh",
    "ko",
    "hi",
    "id",
    "vi",
)
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    with _lock:
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(LANGUAGES))
        # The full 97-language matrix (27 MB) is only needed to change languages again.
        identifier._full_model = None
        return identifier


def identify(text: str, *, min_confidence: float = 0.5, limit: int = 200) -> str | None:
    """The ISO 639-1 code of ``text``, or None when it is too short or too unsure to say.
    The first ``limit`` characters are enough for a headline and its lead (the cost grows
    with the length)."""
    sample = text.strip()[:limit]
    if len(sample) < 12:
        return None
    lang, confidence = _identifier().classify(sample)
    return str(lang) if confidence >= min_confidence else None


def identify_feed(titles: list[str], *, min_confidence: float = 0.99, dissent: float = 0.9) -> str | None:
    """One language for a feed that declares none, when its headlines agree on it (then the
    feed is treated as if it had declared it): the first twenty together say it with high
    confidence, and no headline on its own confidently says another. None for a mixed or
    uncertain feed, whose entries are identified one by one: a mostly English feed must not
    read its French items as English."""
    usable = [t.strip() for t in titles if len(t.strip()) >= 12]
    if len(usable) < 3:
        return None
    lang = identify(" · ".join(usable[:20])[:600], min_confidence=min_confidence, limit=600)
    if lang is None:
        return None
    for title in usable:
        if identify(title, min_confidence=dissent) not in (None, lang):
            return None
    return lang


def short_lang(value: str | None) -> str | None:
    """``fr-FR`` -> ``fr``; junk -> None."""
    if not value:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if 2 <= len(code) <= 3 and code.isascii() and code.isalpha() else None

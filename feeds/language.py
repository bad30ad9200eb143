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
        return identifier


def identify(text: str, *, min_confidence: float = 0.5) -> str | None:
    """The ISO 639-1 code of ``text``, or None when it is too short or too unsure to say."""
    sample = text.strip()[:400]
    if len(sample) < 12:
        return None
    lang, confidence = _identifier().classify(sample)
    return str(lang) if confidence >= min_confidence else None

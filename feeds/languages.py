"""The languages a server's alerts may be in: ISO 639-1 codes, and the one syntax that sets
them (``/watch languages``, ``vidradar watch languages``, ``VIDRADAR_LANGUAGES``)."""

from __future__ import annotations

import re

from feeds.errors import InputError

# ISO 639-1: every two-letter language code (entries carry these, see feeds.parse.language).
_CODES = """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy
    hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li
    ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa
    pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th
    ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"""
ISO_639_1 = frozenset(_CODES.split())
ALL = "all"  # the word that means every language (the default)
MAX_LANGUAGES = 25


def parse_languages(text: str) -> list[str]:
    """``"en fr"`` / ``"en, FR"`` -> ``["en", "fr"]`` (sorted, once each); ``"all"`` -> ``[]``
    (every language). Anything else is an InputError in one line."""
    codes = [part for part in re.split(r"[\s,;]+", text.strip().lower()) if part]
    if not codes:
        raise InputError("give ISO 639-1 language codes such as 'en fr', or 'all'", code="languages_empty")
    if ALL in codes:
        if len(codes) > 1:
            raise InputError(
                "'all' means every language: give it alone, or list codes such as 'en fr'",
                code="languages_all_mixed",
            )
        return []
    unknown = [code for code in codes if code not in ISO_639_1]
    if unknown:
        raise InputError(
            "unknown language code {value!r}: use ISO 639-1 codes such as 'en fr de', or 'all'",
            code="language_unknown",
            value=unknown[0][:20],
        )
    chosen = sorted(set(codes))
    if len(chosen) > MAX_LANGUAGES:
        raise InputError(
            "at most {limit} languages; use 'all' for every language",
            code="languages_limit",
            limit=MAX_LANGUAGES,
        )
    return chosen


def accepts(languages: frozenset[str] | list[str] | tuple[str, ...], lang: str | None) -> bool:
    """An item in ``lang`` may alert a server accepting ``languages`` (empty: every language;
    an item whose language is unknown is in none of the listed ones)."""
    return not languages or lang in languages

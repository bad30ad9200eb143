"""Event lexicons (``seeds/lexicon/*.toml``): phrase syntax -> compiled regular expressions.

Phrase syntax, matched on folded text (see :mod:`feeds.detect.text`):

    launch*        a word with any ending          a-b      "a-b", "a b" or "ab"
    word?          the last letter is optional     ~N       up to N other words
    (a|b c)        alternatives                     (a|b)?   an optional group
    @name          a list from the file's [lists]   #num / #money   a number / an amount
    #pct           a percentage (30%, 30 %, 30 percent, 30 pour cent)
    #funds         a sum with a magnitude ($308M, €1.2bn, 80 million): money raised, not a price
    #year          a year (1990-2099)

Sections: ``events`` (strong cues), ``weak_events`` (decide only when no strong cue fired),
``minor_events`` (comparatives such as "cheaper": only when nothing else fired),
``overrides`` (phrases that re-read the cues inside them: "ends the waitlist" is an
availability cue, and the waitlist and shutdown cues it contains no longer count),
``silencers`` (phrases whose cues are not the product owner's event: idioms, somebody
else's demand, a film "debuting" that was made with the tool, a deal's amount; the cues
inside them no longer count), ``context``, ``genres`` and ``tokens`` (single words, not
phrases: host verbs, video words).

Every phrase compiles to a pattern with no nested unbounded repetition (words are
``[a-z0-9]*`` runs and gaps are bounded), so matching stays linear on any input.
One regex per (category, language set) is built once and cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from feeds.detect.datafile import read_data_file
from feeds.detect.pattern_cache import compile_pattern
from feeds.detect.text import GERMAN_MONTHS, fold
from feeds.errors import ConfigError
from feeds.parse.language import short_lang

EventName = Literal["launch", "availability", "waitlist", "pricing", "delay", "shutdown"]
ContextName = Literal[
    "video",
    "api",
    "image_only",
    "recency",
    "background",
    "announcement",
    "news_lede",
    "present_report",
    "not_now",
    "future",
    "replacement",
    "price_qualifier",
    "novelty",
    "hearsay",
    "arrival",
    "access_terms",
    "plans",
    "rank_claim",
    "capability",
    "first_release",
    "places",
    "dated",
    "today",
    "not_public",
    "host_apps",
    "audiences",
    "regions",
    "answer_no",
    "answer_yes",
    "first_public",
    "existing",
    "disowned",
    "price_change",
    "log_label",
    "open_weights",
    "price_amounts",
    "price_labels",
    "statement",
    "venue",
    "scrutiny",
    "tier_exits",
    "tier_removals",
    "all_plans",
    "markets",
    "free_tiers",
    "not_places",
    "confirmed",
    "launch_day",
    "long_use",
    "own_release_day",
    "excluded",
    "excluded_after",
    "landing",
    "platforms",
    "teaser",
    "maker_release",
    "maker_release_lede",
    "maker_model",
    "maker_model_owned",
    "maker_made_by_it",
    "maker_release_object",
    "maker_clause_joins",
    "maker_past",
    "maker_bare_release",
    "maker_not_news",
    "maker_price_pages",
    "maker_borrowed",
    "maker_date_words",
    "maker_in_year",
    "examples",
]
GenreName = Literal[
    "review",
    "guide",
    "explainer",
    "analysis",
    "trend",
    "comparison",
    "opinion",
    "reaction",
    "fraud",
    "fact_check",
    "roundup",
    "speculation",
    "teardown",
    "legal",
    "event_marketing",
    "retrospective",
    "funding",
    "traction",
    "showcase",
    "research",
    "directory",
    "price_list",
    "documentation",
    "changelog",
    "library",
    "hint",
    "incident",
]
TokenName = Literal[
    "host_verbs",
    "host_filler",
    "host_with",
    "video_words",
    "end_verbs",
    "end_filler",
    "end_object_stop",
    "contrast",
    "place_label",
    "built_on",
    "built_with",
    "startup_nouns",
    "waitlist_nouns",
    "code_nouns",
    "list_joins",
    "price_details",
    "host_auxiliaries",
    "plan_nouns",
    "price_nouns",
    "credit_nouns",
    "indefinites",
    "owner_nouns",
    "still_words",
    "app_nouns",
    "app_kinds",
    "modals",
    "end_infinitives",
    "end_separable",
    "end_subject",
    "hold_verbs",
    "hold_separable",
    "hold_subject",
    "release_verbs",
    "release_subject",
    "bring_verbs",
    "bring_links",
    "arrival_infinitives",
    "subject_tails",
    "subject_tail_stops",
    "infinitive_markers",
    "destinations",
    "negators",
    "now_words",
    "subject_launch_verbs",
    "subject_launch_links",
    "generic_devices",
    "venue_prepositions",
    "concessions",
    "now_fillers",
    "not_makers",
    "maker_gap_stops",
    "maker_own",
    "maker_possessives",
    "maker_fillers",
    "maker_model_heads",
    "maker_when",
    "maker_articles",
    "maker_verbs",
    "maker_future",
    "maker_of",
    "maker_plural_possessives",
    "maker_hedges",
    "maker_conditions",
    "maker_event_nouns",
    "maker_object_links",
    "maker_given_names",
    "maker_complements",
    "maker_averts",
    "maker_hardware",
    "maker_generation",
    "maker_descriptors",
    "maker_relatives",
    "update_nouns",
    "maker_personal",
    "maker_model_tails",
    "maker_naming",
    "name_openers",
    "instrument_links",
    "made_participles",
    "name_roles",
    "maker_final_aux",
    "framing_verbs",
    "maker_plural_verbs",
    "maker_supplier_preps",
    "maker_own_units",
    "maker_object_stops",
]

# Separators between words: spaces, dashes, slashes, commas ("In June, Runway debuted") and
# quotes, read through ('pushes its model to "early next year"').
_SEP = r"[\s\-_/,\"]+"
_WORD_CHARS = "[a-z0-9]"
_NUM = r"[0-9]+(?:[.,][0-9]+)?"
_MONEY = rf"(?:(?:us|r|ca|au|c|a)?[$€£¥]\s?{_NUM}|{_NUM}\s?(?:[$€£¥]|dollars?|dolares|dolar|dollari|euros?|usd|eur|cents?|reais))"
# A sum raised ("$308M", "€1.2bn", "$80 million"): a magnitude, never a unit price.
_FUNDS = rf"(?:(?:us|r|ca|au|c|a)?[$€£¥]\s?{_NUM}\s?(?:k|m|mn|b|bn|million|billion|milliards?|millions?)|{_NUM}\s?(?:million|billion|milliards?|millions?|mrd|mio)\b)"
_PCT = rf"{_NUM}\s?(?:%|percent|per cent|pour cent|por ciento|por cento|per cento|prozent)"
_YEAR = r"(?:19|20)[0-9]{2}"
# A gap word never crosses a sentence or clause end (". ", "; "): "3.0" and "21,99" stay one word,
# and so does a German ordinal day before its month ("am 15. april", see text.SENTENCE_BREAK).
_GAP_WORD = rf"(?:[0-9]{{1,2}}\.(?=\s(?:{GERMAN_MONTHS})\b)|(?:[^\s\-_/,.;:!?]|[.,](?=[a-z0-9]))+)"


class LexiconFile(BaseModel):
    """One ``seeds/lexicon/<lang>.toml`` file, validated at load."""

    model_config = ConfigDict(extra="forbid")

    language: str
    word_boundaries: bool = True
    lists: dict[str, list[str]] = {}
    events: dict[EventName, list[str]] = {}
    weak_events: dict[EventName, list[str]] = {}
    minor_events: dict[EventName, list[str]] = {}
    overrides: dict[EventName, list[str]] = {}
    silencers: dict[str, list[str]] = {}
    context: dict[ContextName, list[str]] = {}
    genres: dict[GenreName, list[str]] = {}
    tokens: dict[TokenName, list[str]] = {}


class PhraseSyntaxError(ValueError):
    pass


def _split_top(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside parentheses."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                raise PhraseSyntaxError(f"unbalanced ')' in {text!r}")
        if char == sep and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if depth != 0:
        raise PhraseSyntaxError(f"unbalanced '(' in {text!r}")
    parts.append("".join(current))
    return parts


def _compile_word(word: str) -> str:
    if word == "#num":
        return rf"#?{_NUM}"  # an issue or rank number ("Daily #418") is a number too
    if word == "#money":
        return _MONEY
    if word == "#funds":
        return _FUNDS
    if word == "#pct":
        return _PCT
    if word == "#year":
        return _YEAR
    star = word.endswith("*")
    if star:
        word = word[:-1]
    if "*" in word:
        raise PhraseSyntaxError(f"'*' only ends a word: {word + '*' * star!r}")
    optional_last = word.endswith("?") and len(word) > 1
    if optional_last:
        word = word[:-1]
    pieces = [p for p in fold(word).split("-") if p] or [word]
    body = r"[\s\-_]*".join(re.escape(p) for p in pieces)
    if optional_last:
        body = body + "?" if len(pieces[-1]) > 1 else body
    if star:
        body += _WORD_CHARS + "*"
    return body


class _Compiler:
    def __init__(self, lists: dict[str, list[str]]) -> None:
        self.lists = lists
        self._list_cache: dict[str, str] = {}

    def phrase(self, text: str) -> str:
        items = [item for item in _split_top(text.strip(), " ") if item]
        if not items:
            raise PhraseSyntaxError("empty phrase")
        out: list[str] = []
        pending_gap = 0
        first = True
        for item in items:
            gap = re.fullmatch(r"~(\d+)", item)
            if gap:
                pending_gap = int(gap.group(1))
                continue
            optional = item.endswith(")?")
            piece = self.item(item[:-1] if optional else item)
            if first:
                if optional:
                    # "(ce)? jeudi": the separator goes with the optional word, so "jeudi"
                    # alone still matches where a word starts
                    out.append(f"(?:{piece}{_SEP})?")
                    continue
                if pending_gap:  # "(a)? ~2 b"
                    out.append(rf"(?:{_GAP_WORD}{_SEP}){{0,{pending_gap}}}")
                    pending_gap = 0
                out.append(piece)
                first = False
            else:
                joint = _SEP
                if pending_gap:
                    joint = rf"{_SEP}(?:{_GAP_WORD}{_SEP}){{0,{pending_gap}}}"
                out.append(f"(?:{joint}{piece})?" if optional else f"{joint}{piece}")
            # "a ~3 (b)? c": when the optional item is absent, the gap still applies before c.
            pending_gap = pending_gap if optional else 0
        if first:
            raise PhraseSyntaxError("a phrase needs a word that is not optional (it would match nothing)")
        if re.fullmatch(r"~(\d+)", items[-1]):
            # "recrute ~5" compiled to "recrute" alone: the gap would promise words it never reads
            raise PhraseSyntaxError("a gap (~N) needs a word after it")
        return "".join(out)

    def item(self, item: str) -> str:
        if item.startswith("(") and item.endswith(")"):
            return "(?:" + _alternation([self.phrase(alt) for alt in _split_top(item[1:-1], "|")]) + ")"
        if item.startswith("@"):
            return self.list_ref(item[1:])
        if "(" in item or ")" in item or "|" in item:
            raise PhraseSyntaxError(f"group must be a separate word: {item!r}")
        if any(char in item for char in "[]{}"):
            # "d[oa]" would match the brackets literally, never a word
            raise PhraseSyntaxError(f"no character classes, write the words: (do|da), not {item!r}")
        return _compile_word(item)

    def list_ref(self, name: str) -> str:
        if name not in self.lists:
            raise PhraseSyntaxError(f"unknown list @{name}")
        if name not in self._list_cache:
            alts = sorted((self.phrase(p) for p in self.lists[name]), key=len, reverse=True)
            self._list_cache[name] = "(?:" + _alternation(alts) + ")"
        return self._list_cache[name]


_LEADING = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _alternation(alternatives: list[str]) -> str:
    """``a|b|...`` with alternatives that start with the same plain character factored
    ("launch|lance|delay" -> "la(?:unch|nce)|delay", recursively): the engine then rejects
    a position after one comparison instead of one per alternative. Order is kept within
    each group."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        # A character with a quantifier after it ("prete?" -> "pret" + "e?") stays with it.
        quantified = alternative[1:2] in ("?", "*", "+", "{")
        lead = alternative[:1] if alternative[:1] in _LEADING and not quantified else ""
        groups.setdefault(lead, []).append(alternative[1:] if lead else alternative)
    parts = []
    for lead, tails in groups.items():
        if not lead:
            parts.extend(tails)
        elif len(tails) == 1:
            parts.append(lead + tails[0])
        else:
            parts.append(lead + "(?:" + _alternation(tails) + ")")
    return "|".join(parts)


@dataclass(frozen=True)
class CompiledLexicon:
    """One language's lexicon file, checked and folded, ready for the phrase matcher."""

    language: str
    word_boundaries: bool
    # category ("events.launch", "context.video", ...) -> alternatives, longest first
    bodies: dict[str, tuple[str, ...]]
    # token list ("host_verbs", ...) -> folded words
    tokens: dict[str, frozenset[str]] = field(default_factory=dict)


def compile_lexicon(spec: LexiconFile, source: str = "?") -> CompiledLexicon:
    compiler = _Compiler(spec.lists)
    bodies: dict[str, tuple[str, ...]] = {}
    sections: dict[str, dict[str, list[str]]] = {
        "events": dict(spec.events.items()),
        "weak_events": dict(spec.weak_events.items()),
        "minor_events": dict(spec.minor_events.items()),
        "overrides": dict(spec.overrides.items()),
        "silencers": dict(spec.silencers.items()),
        "context": dict(spec.context.items()),
        "genres": dict(spec.genres.items()),
    }
    for section, categories in sections.items():
        for name, phrases in categories.items():
            compiled = []
            for phrase in phrases:
                try:
                    compiled.append(compiler.phrase(phrase))
                except PhraseSyntaxError as exc:
                    raise ConfigError(f"{source}: [{section}] {name}: {exc}") from None
            if compiled:
                compiled.sort(key=len, reverse=True)
                bodies[f"{section}.{name}"] = tuple(compiled)
    tokens: dict[str, frozenset[str]] = {
        name: frozenset(fold(word).strip() for word in words) for name, words in spec.tokens.items()
    }
    return CompiledLexicon(spec.language, spec.word_boundaries, bodies, tokens)


def bundled_lexicon_dir() -> Path:
    return Path(str(resources.files("seeds") / "lexicon"))


def load_lexicons(directory: Path | None = None) -> dict[str, CompiledLexicon]:
    directory = directory or bundled_lexicon_dir()
    lexicons: dict[str, CompiledLexicon] = {}
    for path in sorted(directory.glob("*.toml")):
        spec = read_data_file(path, LexiconFile)
        lexicons[spec.language] = compile_lexicon(spec, str(path))
    if "en" not in lexicons:
        raise ConfigError(f"{directory}: an English lexicon (en.toml) is required")
    return lexicons


class LexiconSet:
    """All languages' lexicons; hands out combined regexes per category and language set."""

    def __init__(self, lexicons: dict[str, CompiledLexicon]) -> None:
        self.lexicons = lexicons
        self.categories = sorted({cat for lex in lexicons.values() for cat in lex.bodies})
        self.silencer_kinds = tuple(sorted(names("silencers", lexicons.values())))
        self._cache: dict[tuple[str, tuple[str, ...]], re.Pattern[str] | None] = {}
        self._token_cache: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}

    def languages_for(self, lang: str | None) -> tuple[str, ...]:
        """The lexicons to apply to text in ``lang`` ("fr", "fr-CA", "EN" ...).

        English always applies (tech press borrows it). A language without a lexicon gets
        English only: other lexicons hold homographs ("report" is a French delay cue, an
        English noun). Only an unknown language (None) gets them all."""
        code = short_lang(lang)
        if code is None:
            return tuple(sorted(self.lexicons))
        return tuple(sorted({"en", code})) if code in self.lexicons else ("en",)

    def pattern(self, category: str, languages: tuple[str, ...]) -> re.Pattern[str] | None:
        key = (category, languages)
        if key not in self._cache:
            # One boundary check around all word-boundary languages, then the others.
            bounded: list[str] = []
            parts = []
            for code in languages:
                lex = self.lexicons[code]
                body = lex.bodies.get(category, ())
                if lex.word_boundaries:
                    bounded.extend(body)
                elif body:
                    parts.append(f"(?:{_alternation(list(body))})")
            if bounded:
                parts.insert(0, rf"(?<![a-z0-9])(?:{_alternation(bounded)})(?![a-z0-9])")
            self._cache[key] = compile_pattern("|".join(parts)) if parts else None
        return self._cache[key]

    def compile_for(self, lang: str | None) -> None:
        """Compile now every category's pattern for text in ``lang``, which otherwise compiles
        on first use (the parse workers' fork server does it once for the workers it forks)."""
        languages = self.languages_for(lang)
        for category in self.categories:
            self.pattern(category, languages)

    def tokens(self, name: str, languages: tuple[str, ...]) -> frozenset[str]:
        """The words of a token list (``host_verbs`` ...) over these languages."""
        key = (name, languages)
        if key not in self._token_cache:
            self._token_cache[key] = frozenset().union(
                *(self.lexicons[code].tokens.get(name, frozenset()) for code in languages)
            )
        return self._token_cache[key]

    def all_tokens(self, name: str) -> frozenset[str]:
        return self.tokens(name, self.languages_for(None))

    def find(self, category: str, languages: tuple[str, ...], text: str) -> list[re.Match[str]]:
        pattern = self.pattern(category, languages)
        return list(pattern.finditer(text)) if pattern is not None and text else []

    def first(self, category: str, languages: tuple[str, ...], text: str) -> str | None:
        pattern = self.pattern(category, languages)
        if pattern is None or not text:
            return None
        match = pattern.search(text)
        return match.group(0) if match else None


@lru_cache(maxsize=1)
def bundled_lexicons() -> LexiconSet:
    return LexiconSet(load_lexicons())


def names(section: str, lexicons: Iterable[CompiledLexicon]) -> set[str]:
    return {cat.split(".", 1)[1] for lex in lexicons for cat in lex.bodies if cat.startswith(section + ".")}

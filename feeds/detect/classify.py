"""The detector: rules that turn (title, summary, language, link) into a Detection with reasons.

How a verdict is reached (each step adds a reason string). Weights and language-independent
words are data (seeds/detection.toml, read by rules.py); per-language words are lexicons
(seeds/lexicon/*.toml, lexicon.py); names are the watchlist (seeds/watchlist.toml).

0. Language. The entry's code is normalised ("en-US", "EN" -> "en"); an entry without one
   gets a guess (the ``identify`` callable, feeds.parse.language by default). English always
   applies plus that language's lexicon; a language without a lexicon gets English only,
   so other languages' homographs ("report", "abandon" are French cues) stay out.
1. Subject. Product aliases and vendor names are found in one pass over the tokens
   (taxonomy.py). An *ambiguous* alias (Sora, Veo, Runway's "Gen", Pika ...) counts only
   when something confirms the AI-video meaning: one of its vendor's names, a product cue,
   an API model id, a version number right after it (``version_confirms``),
   video-generation context (``context_confirms``) or another vendor's AI-video product in
   the same entry; an anti-cue (Kingdom Hearts, Veo Cam, PCIe ...) vetoes it unless a
   product cue is present. Without a product, a vendor named in the same sentence as
   video-generation context can be the subject. Generic terms never fire alone. On a
   retirement notice, a product named as the replacement ("migrate to ...") comes last.
2. Event. Lexicon phrases per event type, in tiers: strong cues, weak cues ("announces",
   "unveils") that decide only when no strong cue fired, and minor cues (comparatives) that
   decide only when nothing else did. Adjectives of novelty ("new", "latest", "nouveau")
   are not events. An override phrase ("ends the waitlist") is a strong cue of its own event
   and silences the cues inside it; a silencer (an idiom, somebody else's demand, a film
   made with the tool "debuting", a release *date*, a regional qualifier "everywhere but
   Europe") silences the cues inside it without an event of its own; a cue inside a dated
   background phrase ("launched on June 12, 2024") does not count. A host verb with the
   product as its object ("Google Vids gets Veo 3") is an availability cue unless the host
   is the product's own vendor or family.
   The title decides when it holds a strong cue and is not a question: the first clause
   with a cue (before ":" or a dash: "X launches Y API: per-second billing" is a launch),
   and within it the most specific event, by PRECEDENCE:
       shutdown > delay > waitlist > pricing > availability > launch
   ("launches … but pauses sign-ups" is a waitlist story). A title launch that is only
   announced for later ("coming soon") yields to a more specific cue about the subject in
   the lede (pre-registration: waitlist). Otherwise the summary decides, through its first
   sentence with a cue (preferring one that names the subject and states a fact rather
   than a plan); a title that unveils something ("announces", "unveils") over a summary
   that says where it ships or who gets it first is that thing's launch.
   Every event the entry supports is reported, primary first (``events``).
3. Genre. What kind of page is it? Title, the page's address (path segments such as
   /wiki/, /docs/, /pricing, a code host, slug words) and the summary's opening sentences
   carry formats (review, guide, explainer, comparison, directory, documentation, price
   list, research, a library's release) and topics (analysis, opinion, reaction, legal,
   speculation, retrospective, marketing, traction, a question). Each lowers the score; and
   an event that rests on thin evidence (a weak cue, a summary-only cue, a cue inside a
   title question) is no news at all once any genre shows - unless the opening reports it
   as today's news and the genre is a topic. A title that is only the product's name, or
   whose first clause is the name and a page noun ("Sora 2 API pricing: ..."), labels a
   profile, price or reference page: it weighs nothing but sinks thin evidence.
4. Score = subject + event + context - penalties, clamped to 0..1. Relevant when there is a
   subject, an event and the score reaches the threshold. A false alert costs more than a
   late one. Funding news is event "other" unless the title reports a release as well.

Everything here is pure (the language guess aside, whose model loads once on first use):
no clock, no state between calls, safe to share between threads.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from feeds.detect.lexicon import LexiconSet, bundled_lexicons
from feeds.detect.phrases import Hit
from feeds.detect.rules import Rules, bundled_rules
from feeds.detect.second_opinion import SecondOpinion, bundled_second_opinion
from feeds.detect.taxonomy import Product, Taxonomy, TaxonomyLabel, any_phrase_within, bundled_taxonomy
from feeds.detect.text import fold, rough_bag
from feeds.models import Detection
from feeds.parse.language import short_lang

PRECEDENCE: tuple[str, ...] = ("shutdown", "delay", "waitlist", "pricing", "availability", "launch")

_TOKEN = re.compile(
    r"[a-z0-9]+(?:\.[0-9]+)*|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[^\W\d_]+"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？])\s+|\s*\.\.\.\s*|\s*…\s*")
_VERSION = re.compile(r"^v?(0?[0-9](?:\.[0-9]{1,2})?)$")
_WORD = re.compile(r"[a-z0-9]+")
_CLAUSE_BREAK = re.compile(r"\s[:|\u2013\u2014-]\s|[:;]\s")
# A service tail may also follow a title's first sentence ("Kling 2.5 is here. Here's how ...")
# or a comma ("Firefly video comes to Adobe Express, explained").
_TAIL_BREAK = re.compile(r"\s[:|\u2013\u2014-]\s|[:;.!,]\s")
# Words allowed between a subject and its verb in the reporting present ("OpenAI's Sora team
# launches", "Google Cloud rolls out") ...
_SUBJECT_GAP = 3
# ... and between the verb and its object ("lance son nouveau modèle Sora 2").
_OBJECT_GAP = 4
# Words allowed between "made with" and the tool's name ("made with the new Sora", not
# "generated with AI, presented by Google").
_NAME_AFTER_GAP = 2
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SEGMENT_SPLIT = re.compile(r"[^a-z0-9]+")
_STORY_SLUG_WORDS = 4
_DASH_ASIDE = re.compile(
    r" - ((?:its|their|the|a|an|son|sa|ses|le|la|les|un|une|sein|seine|der|die|das|su|sus|il|lo|o|seu|sua) [^-:;.!?]{1,60}?) - "
)
# ... except before a contrast, which continues the clause ("launches - but not in Europe")
_CLAUSE_DASH = re.compile(
    r" - (?!(?:but|aber|mais|pero|ma|mas|yet|except|sauf|ausser|salvo|tranne|exceto)\b)"
)
# A whole-title question ("Is Sora available to the public?") asks; it does not report.
# A question mark at the end, or before a label of the page ("…? An analysis")
_QUESTION_END = re.compile(
    r"[?？]\W*(?:(?:an?|our|the|my)\s+)?(?:analysis|take|explainer|opinion|review|verdict|answer|faq)?\W*$",
    re.I,
)
_NAME_ONLY = "the title is a name"
# A colon or a dash right after a reporting verb: what follows is what it reports
_FRAMES = re.compile(r"\s*(?::|\s-)\s")
# A name followed by a bracketed description and nothing else, as encyclopedias title pages
_DESCRIBED = re.compile(r"^([^()]+)\([^()]*\)\s*$")
# After an other-medium phrase, a coordinator and a video word within this many words make it
# a video tool too ("image and video generator", "générateur d'images et de vidéos").
_MEDIUM_REACH = 3
# How many words after "does not include" a product may sit and still be the thing left out.
_EXCLUDED_REACH = 6
# A last clause in brackets ("... generation times (resolved)").
_CLOSING_BRACKET = re.compile(r"\(([^()]{1,40})\)\s*$")
# A full stop inside a headline ends a sentence that reports ("Veo 3.1 is now available in
# Spain. What can it do?"); exclamations are not reports ("Alerte ! ... Quand ?"), nor "U.S.".
_REPORT_BEFORE = re.compile(r"[^\W\d_]{2}\.\s")
# A question mark with words after it ends an opening question, not the headline; the
# question is the clause it closes.
_QUESTION_OPENS = re.compile(r"[?？](?=\s+\w)")
_QUESTION_CLAUSE_START = re.compile(r"\s[:|\u2013\u2014-]\s|[:;.!]\s|[¿¡]")
# An answer is a phrase of its own: the text after it ends or a punctuation mark follows
# ("Not yet", "Yes, and ..."), not a word that opens a sentence ("No European release ...").
_ANSWER_END = re.compile(r"\s*(?:$|[,.;:!-])")
_APPOSITION_TOKENS = 5  # "released Gen-4.5, its newest": the release verb, the name, the apposition
_POSSESSIVES = frozenset(
    ("its", "their", "son", "sa", "ses", "sein", "seine", "seinen", "su", "sus", "suo", "sua", "seu")
)
# After an owner's name, these mean it is not the one acting in the headline ("OpenAI's Sora",
# "Google et Veo 3", "Runway vs Pika").
_NOT_ACTING = [
    [word] for word in ("s", "and", "et", "und", "y", "e", "or", "ou", "vs", "versus", "contre", "gegen")
]


@dataclass(slots=True)
class _Text:
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
            self._spans = [m.span() for m in _TOKEN.finditer(self.folded)]
        return self._spans

    @property
    def sentence_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(self.folded)]
        return self._starts

    @property
    def tok_sentence(self) -> list[int]:
        """The sentence index of each token."""
        if self._tok_sentence is None:
            starts = self.sentence_starts
            ends = starts[1:] + [len(self.folded)]
            sentence_of: list[int] = []
            for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
                sentence_of.extend([index] * len(_TOKEN.findall(self.folded, start, end)))
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
class _Url:
    """What a page's address says about it: host, path segments and slug words."""

    host: str
    segments: tuple[str, ...]
    words: str  # the path's words, space-separated (read with the genre lexicons)

    @classmethod
    def parse(cls, link: str | None) -> _Url | None:
        if not link:
            return None
        try:
            parts = urlsplit(link.strip())
        except ValueError:
            return None
        path = fold(parts.path)
        segments = tuple(s for s in path.split("/") if s)
        words = " ".join(w for w in _SEGMENT_SPLIT.split(path) if w)
        return cls((parts.hostname or "").lower(), segments, words)


@dataclass(frozen=True, slots=True)
class _Mention:
    """One place the entry names a watched product, and how an ambiguous name was confirmed."""

    product: Product
    slug: str
    in_title: bool
    why: str  # how an ambiguous alias was confirmed, or "" when unambiguous
    start: int = 0  # token index in its field


@dataclass(frozen=True, slots=True)
class _Cue:
    """One event phrase found in the title or summary, and where (sentence, offset)."""

    event: str
    text: str
    sentence: int
    start: int = 0  # character offset in its field


@dataclass(slots=True)
class _Decision:
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
    title_cue: _Cue | None = None  # the title cue that decided it (set exactly when title_decided)
    lede_news: bool = False  # the summary's first sentence reports an event of the subject as today's news
    asked: bool = False  # only a cue inside a title question supports it
    day_one: bool = False  # the summary's first sentence reports the subject's event with a day
    release_day: bool = False  # the headline dates itself to the release day ("on launch day")


@dataclass(slots=True)
class _Field:
    """One field's strong cues and the spans that silence (``skip``) or cut other cues."""

    text: _Text
    cues: list[_Cue]
    skip: list[tuple[int, int]]
    cut: list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class _EventContext:
    """What the summary says around the subject, for judging which cues are today's news."""

    near: set[int]  # summary sentences naming the subject
    plans: set[int]  # summary sentences that state a plan ("is set to", "s'apprête à")
    future_title: str | None  # the title announces something for later ("coming soon")
    langs: tuple[str, ...]

    def lede(self, cues: list[_Cue]) -> list[_Cue]:
        """Cues of the lede about the subject: its first two sentences, or one naming it."""
        return [c for c in cues if c.sentence in self.near or c.sentence <= 1]


@dataclass(frozen=True, slots=True)
class _Genre:
    """A sign of the page's kind (review, guide, price list, ...) and where it showed."""

    name: str
    where: str  # "title" | "tail" (a service line after the news) | "day" (release-day coverage) | "url" | "lede"
    cue: str


_NOT_RELEVANT = Detection(
    relevant=False, score=0.0, vendors=[], products=[], event="none", api=False, reasons=[]
)


class Detector:
    """Build once (it compiles the seeds), then call :meth:`classify` from any thread."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        lexicons: LexiconSet,
        identify: Callable[[str], str | None] | None = None,
        rules: Rules | None = None,
        second_opinion: SecondOpinion | None = None,
    ) -> None:
        """``identify`` guesses the language of an entry that declares none (None: every
        lexicon applies to such entries); ``second_opinion`` may veto an alert (None: the
        rules alone decide)."""
        self.taxonomy = taxonomy
        self.second_opinion = second_opinion
        self.lexicons = lexicons
        self.rules = rules or bundled_rules()
        self._lede_chars = self.rules.lede_chars
        self._identify = identify
        self._first_tokens = frozenset(taxonomy.matcher.first_tokens())
        self._gate_keys = taxonomy.gate_keys
        # Words without which no vendor-only subject can exist (every video-context phrase
        # has one), in every language: the prefilter runs before the language is known.
        self._video_words = lexicons.all_tokens("video_words")
        self._segment_genres = self.rules.url.segment_genres()
        # The opening's genres that weigh or sink anything (the others are ordinary context).
        genre_rules = self.rules.genre
        self._lede_genres = (
            frozenset(name for name, weight in genre_rules.lede.items() if weight > 0)
            | genre_rules.lede_sinks
            | genre_rules.weak_lede_sinks
        )
        # Genres that make up a service line after the news, and the formats an address's
        # slug words can show (not those that need a name after them in a title).
        self._tail_genres = genre_rules.tails | genre_rules.tail_joins
        self._url_formats = tuple(sorted(genre_rules.formats - genre_rules.named_after))
        self._genre_names = sorted(
            {cat.split(".", 1)[1] for cat in lexicons.categories if cat.startswith("genres.")} - {"funding"}
        )
        prefixes = sorted(taxonomy.versioned_prefixes, key=len, reverse=True)
        # "veo3.1" -> "veo 3.1" before tokenising, in one regex pass.
        self._glued = (
            re.compile(
                rf"(?<![a-z0-9])({'|'.join(map(re.escape, prefixes))})v?(0?[0-9](?:\.[0-9]{{1,2}})?)(?![a-z0-9])"
            )
            if prefixes
            else None
        )

    # -- preparation ----------------------------------------------------------------------
    def _is_candidate(self, text: str) -> bool:
        """Cheap test on lowercased text: could any rule fire? Most tech news names no video
        product and no vendor, so this usually costs one ``findall`` and one set test."""
        words = _WORD.findall(text)
        if not text.isascii():
            words += _CJK_CHAR.findall(text)
        if self._gate_keys.isdisjoint(words):
            return False
        taxonomy = self.taxonomy
        bag = rough_bag(words)
        if any_phrase_within(taxonomy.product_prefilter, bag):
            return True
        # Vendors (Google, Meta ...) only matter next to video words.
        return not self._video_words.isdisjoint(bag) and any_phrase_within(taxonomy.vendor_prefilter, bag)

    def _prepare(self, text: str) -> _Text:
        folded = fold(text)
        if " - " in folded:
            # Two spaced dashes set off an aside ("launches Sora - its video app - in Europe"),
            # read as commas; a single one ends a clause as a colon does ("Pika 2.2 just
            # dropped - 10s clips"), and a phrase's gaps never cross a colon.
            folded = _CLAUSE_DASH.sub(" : ", _DASH_ASIDE.sub(r", \1, ", folded))
        if self._glued is not None:
            folded = self._glued.sub(r"\1 \2", folded)
        toks = _TOKEN.findall(folded)
        prepared = _Text(folded, toks)
        if not self._first_tokens.isdisjoint(toks):
            prepared.hits = self.taxonomy.matcher.scan(toks)
        return prepared

    def rules_alone(self) -> Detector:
        """This detector without its second opinion: what the rules decide by themselves."""
        return Detector(self.taxonomy, self.lexicons, self._identify, self.rules)

    # -- main -----------------------------------------------------------------------------
    def classify(
        self,
        title: str,
        summary: str = "",
        lang: str | None = None,
        link: str | None = None,
        *,
        official: bool = False,
    ) -> Detection:
        """The verdict on one entry. ``link`` (the article's address) tells the page's genre."""
        title, summary = prepared_text(title, summary, self._lede_chars)
        if not self._is_candidate(f"{title}\n{summary}".lower()):
            return _NOT_RELEVANT
        rules = self.rules
        weights = rules.score
        head = self._prepare(title)
        body = self._prepare(summary)
        if not head.hits and not body.hits:
            return _NOT_RELEVANT
        langs = self._languages(lang, title, summary)
        lex = self.lexicons
        reasons: list[str] = []

        labels = {hit.label for hit in head.hits} | {hit.label for hit in body.hits}
        named_vendors = {label[1] for label in labels if label[0] == "vendor"}
        video_head = self._affirmed(langs, head, lex.find("context.video", langs, head.folded))
        video_body = self._affirmed(langs, body, lex.find("context.video", langs, body.folded))
        video_any = (video_head or video_body)[0].group(0) if (video_head or video_body) else None

        mentions, vetoed, model_id_named = self._products(head, body, labels, named_vendors, video_any)
        reasons.extend(vetoed)
        mentions = self._not_excluded(langs, body, mentions)

        subject_score, vendors, products = self._subject(
            head, body, mentions, named_vendors, video_head, video_body, reasons, langs
        )
        if not vendors:
            funded = self._funded_vendor(head, langs)
            if funded:
                return Detection(
                    relevant=False,
                    score=0.0,
                    vendors=[funded[0]],
                    products=[],
                    event="other",
                    api=False,
                    reasons=[*reasons, f"vendor:{funded[0]}", f'funding ("{funded[1]}")'],
                )
            return Detection(
                relevant=False,
                score=0.0,
                vendors=[],
                products=[],
                event="none",
                api=False,
                reasons=[*reasons, "no AI-video product or vendor confirmed"],
            )
        vendors = self._replacements_last(head, body, mentions, vendors, langs)
        reasons.extend(f"vendor:{vendor}" for vendor in vendors)
        # A vendor-only subject found in the summary: the title may be about something else
        # ("Instagram launches Edits" over "Meta's new app includes AI video features").
        title_names_subject = bool(mentions) or any(
            (hit.label[0] == "vendor" and hit.label[1] in vendors)
            or (
                hit.label[0] == "alias"
                and hit.start == 0
                and vendors[0] in self.taxonomy.products[hit.label[1]].vendors
            )
            for hit in head.hits
        )
        # A teaser headline ("This video generator stops taking sign-ups", "Vous allez pouvoir
        # ...") leaves its subject to the lede's first sentence: the headline's event is its.
        title_names_subject = title_names_subject or (
            bool(self.lexicons.first("context.teaser", langs, head.folded))
            and 0 in self._subject_sentences(body, vendors)
        )
        # ... a question after a reporting sentence ("Veo 3.1 is now available in Spain. What
        # can it do?") asks about the report, which stands
        question = bool(_QUESTION_END.search(title)) and not (
            _CLAUSE_BREAK.search(title) or _REPORT_BEFORE.search(title)
        )

        decision = self._event(head, body, mentions, vendors, langs, title_names_subject, question)
        if decision.reason:
            reasons.append(decision.reason)

        score = subject_score + decision.weight
        if video_any:
            score += weights.video_context
            reasons.append(f'context:video ("{video_any}")')
        api = model_id_named or bool(
            lex.first("context.api", langs, head.folded) or lex.first("context.api", langs, body.folded)
        )
        if api:
            reasons.append("context:api")
        if official:
            score += weights.official
            reasons.append("source:official")
        if (
            decision.event != "none"
            and (decision.title_decided or decision.lede_fact)
            and lex.first("context.launch_day", langs, head.folded)
            # ... not a review long after it ("two months after launch day", "used it every day since")
            and not lex.first("context.long_use", langs, head.folded)
            and not lex.first("context.long_use", langs, body.opening(self.rules.lede_sentences))
        ):
            # "Abbiamo provato Grok Imagine 2 nel giorno del debutto": the headline dates its
            # hands-on to the release day (its format only; "surpasses half a million installs
            # on launch day" stays traction)
            decision.release_day = True
        genres = self._genres(head, body, _Url.parse(link), langs, title, question, decision)
        if self._releases_product(langs, head, decision):
            # "releases Wan 2.2 weights alongside its technical report": the release is the news
            genres = [g for g in genres if not (g.where == "title" and g.name in self.rules.genre.released)]
        actor_lede = any(g.name == "name_only" for g in genres) and self._actor_lede(langs, body, decision)
        score -= self._genre_penalty(genres, decision, reasons, actor_lede)

        image_only = lex.first("context.image_only", langs, head.folded)
        if image_only and not any(m.in_title for m in mentions) and not video_head:
            score -= weights.image_only_title
            reasons.append(f'negative:image-generation ("{image_only}")')

        score = round(max(0.0, min(1.0, score)), 2)
        funding = lex.first("genres.funding", langs, head.folded)
        if funding and not (decision.title_decided and not lex.first("context.future", langs, head.folded)):
            reasons.append(f'funding ("{funding}")')
            return Detection(
                relevant=False,
                score=min(score, 0.3),
                vendors=vendors,
                products=products,
                event="other",
                api=api,
                reasons=reasons,
            )
        relevant = decision.event != "none" and score >= rules.threshold
        if not relevant and decision.event != "none":
            reasons.append(f"below threshold ({score:.2f} < {rules.threshold})")
        elif relevant and self.second_opinion is not None:
            vetoed_at = self.second_opinion.vetoes(title, summary, link)
            if vetoed_at is not None:
                relevant = False
                reasons.append(
                    f"second opinion: the page as a whole reads as no announcement "
                    f"(p={vetoed_at:.2f} < {self.second_opinion.threshold})"
                )
        return Detection(
            relevant=relevant,
            score=score,
            vendors=vendors,
            products=products,
            event=decision.event if relevant else "none",  # type: ignore[arg-type]
            api=api,
            reasons=reasons,
            events=decision.events if relevant else [],  # type: ignore[arg-type]
        )

    def _languages(self, lang: str | None, title: str, summary: str) -> tuple[str, ...]:
        """Lexicons for this entry: its declared language, else a guess, else all of them."""
        code = short_lang(lang)
        if code is None and self._identify is not None:
            code = self._identify(f"{title}. {summary}")
        return self.lexicons.languages_for(code)

    def _funded_vendor(self, head: _Text, langs: tuple[str, ...]) -> tuple[str, str] | None:
        """(vendor, cue) for a funding headline naming a video-only vendor whose name is
        ambiguous alone ("Runway raises $308M ..."): event "other", never an alert."""
        if not any(char.isdigit() for char in head.folded):
            return None
        funding = self.lexicons.first("genres.funding", langs, head.folded)
        if not funding:
            return None
        for hit in head.hits:
            if hit.label[0] == "vendor" and self.taxonomy.vendors[hit.label[1]].video_only:
                return hit.label[1], funding
        return None

    # -- subject --------------------------------------------------------------------------
    def _products(
        self,
        head: _Text,
        body: _Text,
        labels: set,
        named_vendors: set[str],
        video_context: str | None,
    ) -> tuple[list[_Mention], list[str], bool]:
        """Confirmed product mentions (title first), veto reasons, and whether a model id was named."""
        mentions: list[_Mention] = []
        vetoed: list[str] = []
        model_id_named = False
        model_products = {label[1] for label in labels if label[0] == "model"}
        # Vendors proven by an unambiguous product also confirm that vendor's ambiguous ones.
        sure_vendors = {
            vendor
            for prepared in (head, body)
            for hit in prepared.hits
            if hit.label[0] == "alias" and not self.taxonomy.products[hit.label[1]].ambiguous
            for vendor in self.taxonomy.products[hit.label[1]].vendors
        }
        named = {
            self.taxonomy.products[hit.label[1]].slug: self.taxonomy.products[hit.label[1]]
            for prepared in (head, body)
            for hit in prepared.hits
            # a name with another meaning in sight ("Ray-Ban") confirms nothing else
            if hit.label[0] == "alias" and ("anti", hit.label[1]) not in labels
        }
        variants = self.rules.tokens.variants
        for in_title, prepared in ((True, head), (False, body)):
            covered_until = -1
            # At one position an alias wins over a model id ("Sora 2" is the product, read
            # with its version); a model id counts where it runs past ("veo-3.0-generate-001").
            candidates = sorted(
                (h for h in prepared.hits if h.label[0] in ("alias", "model")),
                key=lambda h: (h.start, h.label[0] != "alias", -(h.end - h.start)),
            )
            for hit in candidates:
                if hit.start < covered_until:
                    model_id_named = model_id_named or (hit.label[0] == "model" and hit.end > covered_until)
                    continue
                product = self.taxonomy.products[hit.label[1]]
                model_id_named = model_id_named or hit.label[0] == "model"
                version, variant, end = _read_version(prepared.toks, hit.end, variants)
                if product.version_required and version is None and hit.label[0] != "model":
                    continue
                covered_until = max(end, hit.end)
                follower = prepared.toks[end] if end < len(prepared.toks) else None
                before = prepared.toks[hit.start - 1] if hit.start > 0 else None
                if hit.label[0] != "model" and (
                    _styled(prepared, end, self.rules.tokens.styles)
                    or (
                        follower in self.rules.tokens.references
                        and before in self.rules.tokens.reference_determiners
                    )
                ):
                    # "an open-source Sora clone", "Sora-style clips": a yardstick for something
                    # else, not the subject
                    vetoed.append(f'reference:{product.slug} ("{follower}")')
                    continue
                if hit.label[0] != "model" and self._epithet(prepared, hit.start, end):
                    vetoed.append(f'epithet:{product.slug} ("{before} ... {follower}")')
                    continue
                why = ""
                if product.ambiguous and hit.label[0] != "model":
                    why = self._confirmation(
                        product, version, labels, named_vendors, sure_vendors, model_products, video_context
                    ) or _peer_confirmation(product, named.values())
                    if not why:
                        anti = ("anti", product.index) in labels
                        vetoed.append(
                            f"ambiguous:{product.slug} ({'other meaning' if anti else 'no confirming context'})"
                        )
                        continue
                slug = product.slug
                if version and product.versioned:
                    slug = f"{slug}-{version}" + (f"-{variant}" if variant else "")
                mentions.append(_Mention(product, slug, in_title, why, hit.start))
        return mentions, vetoed, model_id_named

    def _releases_product(self, langs: tuple[str, ...], head: _Text, decision: _Decision) -> bool:
        """The headline's deciding cue is a launch or an arrival whose object is a named
        product, after the verb or inside the cue ("releases Wan 2.2 weights"), and no
        product's own paper is what it releases."""
        cue = decision.title_cue
        if cue is None or decision.event not in ("launch", "availability") or not _in_place(head, cue):
            return False
        if self._own_paper(langs, head):
            return False
        end = cue.start + len(cue.text)
        if self._governed_product(langs, head, end) is not None:
            return True
        first, last = _token_index(head.folded, cue.start), _token_index(head.folded, end)
        return any(h.label[0] in ("alias", "model") and first <= h.start < last for h in head.hits)

    def _own_paper(self, langs: tuple[str, ...], head: _Text) -> bool:
        """A research word right after a product's name ("releases Veo 3 research paper",
        "Wan 2.2 technical report"): the product's paper is what is released."""
        variants = self.rules.tokens.variants
        ends = {
            _read_version(head.toks, hit.end, variants)[2]
            for hit in head.hits
            if hit.label[0] in ("alias", "model")
        }
        return any(
            _token_index(head.folded, found.start()) in ends
            for found in self.lexicons.find("genres.research", langs, head.folded)
        )

    def _epithet(self, prepared: _Text, start: int, end: int) -> bool:
        """The name stands for something else's kind ("le Sora de la maquette 3D", "the
        Midjourney of video"): an article, the name, "of", then nothing the taxonomy knows
        ("o Sora do ChatGPT", "le Sora d'OpenAI" are the product)."""
        tokens = self.rules.tokens
        toks = prepared.toks
        if start == 0 or end + 1 >= len(toks) or toks[start - 1] not in tokens.epithet_determiners:
            return False
        if toks[end] in tokens.epithets:
            after = end + 1
        elif toks[end] in tokens.epithet_bare and toks[end + 1] in tokens.epithet_articles:
            after = end + 2  # "le Sora de la maquette", not "el Sora 2 de pago"
        else:
            return False
        return after < len(toks) and not any(h.start in (end + 1, after) for h in prepared.hits)

    def _confirmation(
        self,
        product: Product,
        version: str | None,
        labels: set,
        named_vendors: set[str],
        sure_vendors: set[str],
        model_products: set[int],
        video_context: str | None,
    ) -> str:
        """How an ambiguous alias is confirmed, or "" when it is not."""
        vendor_named = next((v for v in product.vendors if v in named_vendors), None)
        cue = ("cue", product.index) in labels or product.index in model_products
        if product.video_context_required and not video_context:
            return ""
        if (
            ("anti", product.index) in labels
            and not cue
            and (product.video_context_required or not vendor_named)
        ):
            return ""
        if vendor_named:
            return f"vendor {vendor_named}"
        if any(v in sure_vendors for v in product.vendors):
            return "sibling product"
        if cue:
            return "cue"
        if version and product.version_confirms:
            return "version"
        if video_context and product.context_confirms:
            return "video context"
        return ""

    def _subject(
        self,
        head: _Text,
        body: _Text,
        mentions: list[_Mention],
        named_vendors: set[str],
        video_head: list[re.Match[str]],
        video_body: list[re.Match[str]],
        reasons: list[str],
        langs: tuple[str, ...],
    ) -> tuple[float, list[str], list[str]]:
        """(subject score, vendors, products): products first, else a vendor beside video context."""
        weights = self.rules.score
        vendors: list[str] = []
        products: list[str] = []
        score = 0.0
        for mention in mentions:
            vendors.extend(v for v in mention.product.vendors if v not in vendors)
            if mention.slug not in products:
                products.append(mention.slug)
                where = "title" if mention.in_title else "summary"
                reasons.append(f"product:{mention.slug} ({where}{', ' + mention.why if mention.why else ''})")
            score = max(score, weights.subject_title if mention.in_title else weights.subject_summary)
        if mentions:
            # Other video vendors named in the title are part of the story too.
            for hit in head.hits:
                slug = hit.label[1] if hit.label[0] == "vendor" else None
                if (
                    slug
                    and slug not in vendors
                    and self.taxonomy.vendors[slug].product_slugs
                    and not self.taxonomy.vendors[slug].ambiguous
                ):
                    vendors.append(slug)
            return score, vendors, products
        # No product: a vendor counts when video-generation context is in its sentence or the
        # next ("Midjourney ... . It launches its first video model") - or, for vendors that
        # make nothing but video generators, on its own.
        lede_context = any(body.sentence_at(m.start()) == 0 for m in video_body)
        by_plans = self._vendor_by_plans(head, body, langs)
        styles = self.rules.tokens.styles
        # A vendor the title names only as a style ("a TikTok-style video feed") is not the
        # subject wherever else the page names it ("As with TikTok ...").
        as_style: dict[str, bool] = {}
        for hit in head.hits:
            if hit.label[0] == "vendor":
                as_style[hit.label[1]] = as_style.get(hit.label[1], True) and _styled(head, hit.end, styles)
        styled = {slug for slug, only in as_style.items() if only}
        for prepared, context, weight in (
            (head, video_head, weights.subject_vendor_title),
            (body, video_body, weights.subject_vendor_summary),
        ):
            context_sentences = {prepared.sentence_at(m.start()) for m in context}
            # The summary's first sentence continues the title ("Runway cuts its prices" /
            # "The AI video startup ..."): enough for a vendor that makes only video models.
            continued = prepared is head and lede_context
            for hit in prepared.hits:
                slug = hit.label[1]
                if hit.label[0] != "vendor" or slug in vendors:
                    continue
                if slug in styled or _styled(prepared, hit.end, styles):
                    continue  # "a TikTok-style video feed": a style, not the vendor
                vendor = self.taxonomy.vendors[slug]
                sentence = prepared.sentence_of_token(hit.start)
                if (
                    (continued and vendor.video_only)
                    or {sentence, sentence + 1} & context_sentences
                    or (prepared is head and hit.start == 0 and slug == by_plans)
                    or (vendor.video_only and not vendor.ambiguous)
                ):
                    vendors.append(slug)
                    score = max(score, weight)
        if (
            by_plans
            and by_plans not in vendors
            and any(h.start == 0 and h.label[0] == "alias" for h in head.hits)
        ):
            # the short name of its product opened the headline ("Pika augmente ses tarifs")
            vendors.append(by_plans)
            score = max(score, weights.subject_vendor_title)
        if vendors:
            context = video_head or video_body
            reasons.append(
                f"vendor-only:{','.join(vendors)}" + (f' ("{context[0].group(0)}")' if context else "")
            )
        return score, vendors, products

    def _vendor_by_plans(self, head: _Text, body: _Text, langs: tuple[str, ...]) -> str | None:
        """The video-only vendor that opens the headline, when its own plans and credits stand
        in the title or the summary's first sentence ("Runway revoit sa grille tarifaire" /
        "le plan Unlimited passe à 95 dollars"), or the short name of its product does ("Pika
        augmente ses tarifs : le forfait Pro …"): the plans name the company as surely as video
        words do. Not a common word ("extends its runway", not at the start) and not a namesake
        whose phrases the page shows (the vendor's ``anti_cues``: "finance teams")."""
        taxonomy = self.taxonomy
        first = _opening_hit(head, ("vendor", "alias"))
        if first is None:
            return None
        if first.label[0] == "vendor":
            slug: str = first.label[1]
        else:
            # the short name of a video-only vendor's product ("Pika augmente ses tarifs")
            owners = taxonomy.products[first.label[1]].vendors
            if len(owners) != 1 or any(
                hit.label == ("anti", first.label[1]) for hit in (*head.hits, *body.hits)
            ):
                return None
            slug = owners[0]
        if not taxonomy.vendors[slug].video_only:
            return None
        if any(hit.label == ("vendor_anti", slug) for hit in (*head.hits, *body.hits)):
            return None
        for prepared in (head, body):
            plans = self.lexicons.find("context.plans", langs, prepared.folded)
            if any(prepared.sentence_at(m.start()) == 0 for m in plans):
                return slug
        return None

    def _affirmed(
        self, langs: tuple[str, ...], prepared: _Text, found: list[re.Match[str]]
    ) -> list[re.Match[str]]:
        """Video-context phrases not denied by the word before them ("Aucune génération vidéo
        n'est proposée", "no video generation"): a denied one confirms no video subject."""
        if not found:
            return found
        negators = self.lexicons.tokens("negators", langs)
        kept = []
        for match in found:
            at = _token_index(prepared.folded, match.start())
            if at == 0 or prepared.toks[at - 1] not in negators:
                kept.append(match)
        return kept

    def _not_excluded(self, langs: tuple[str, ...], body: _Text, mentions: list[_Mention]) -> list[_Mention]:
        """Drop the summary's mentions of a product that the entry says is left out ("The
        plan does not include Sora video generation", "O plano não inclui vídeos do Sora"):
        the news is about something else. Returns the mentions kept."""
        found = self.lexicons.find("context.excluded", langs, body.folded)
        if not found:
            return mentions
        after = [_token_index(body.folded, m.end()) for m in found]
        return [
            m
            for m in mentions
            if m.in_title
            or not any(
                at <= m.start < at + _EXCLUDED_REACH
                and body.sentence_of_token(m.start) == body.sentence_of_token(at)
                for at in after
                if at < len(body.toks)
            )
        ]

    def _replacements_last(
        self,
        head: _Text,
        body: _Text,
        mentions: list[_Mention],
        vendors: list[str],
        langs: tuple[str, ...],
    ) -> list[str]:
        """A retirement notice names what replaces the product ("... retired; migrate to
        Veo 3"): the replacement's vendor is not the subject, so it moves to the end."""
        replaced: set[str] = set()
        for in_title, prepared in ((True, head), (False, body)):
            cues = self.lexicons.find("context.replacement", langs, prepared.folded)
            if not cues:
                continue
            first = _token_index(prepared.folded, cues[0].start())
            replaced.update(
                v for m in mentions if m.in_title == in_title and m.start >= first for v in m.product.vendors
            )
        subject = {v for m in mentions for v in m.product.vendors if v not in replaced}
        if not replaced or not subject:
            return vendors
        return [v for v in vendors if v in subject] + [v for v in vendors if v not in subject]

    # -- event ----------------------------------------------------------------------------
    def _matches(
        self, section: str, langs: tuple[str, ...], prepared: _Text
    ) -> list[tuple[str, re.Match[str]]]:
        """(event, match) for every event of one lexicon section that has phrases."""
        lex = self.lexicons
        return [
            (event, match)
            for event in PRECEDENCE
            for match in lex.find(f"{section}.{event}", langs, prepared.folded)
        ]

    def _silenced(
        self, langs: tuple[str, ...], prepared: _Text
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """(spans whose cues do not count, spans that cut any cue they overlap): dated
        background phrases and silencers (idioms, third parties' demands, "made with" films,
        release dates; regional qualifiers cut)."""
        lex = self.lexicons
        overlap = self.rules.silencing.overlap
        inside = [m.span() for m in lex.find("context.background", langs, prepared.folded)]
        cut: list[tuple[int, int]] = []
        for kind in lex.silencer_kinds:
            spans = [m.span() for m in lex.find(f"silencers.{kind}", langs, prepared.folded)]
            if kind == "other_medium":
                # "son générateur d'images et de vidéos" makes videos too: no other medium
                spans = [span for span in spans if not self._video_follows(langs, prepared, span[1])]
            (cut if kind in overlap else inside).extend(spans)
        return inside, cut

    def _video_follows(self, langs: tuple[str, ...], prepared: _Text, end: int) -> bool:
        """ "image and video generator", "d'images et de vidéos": a coordinator, then a video
        word - not "an image model for Kling video creators"."""
        at = _token_index(prepared.folded, end)
        if at >= len(prepared.toks) or prepared.toks[at] not in self.lexicons.tokens("list_joins", langs):
            return False
        return not self.lexicons.tokens("video_words", langs).isdisjoint(
            prepared.toks[at + 1 : at + _MEDIUM_REACH]
        )

    def _strong_cues(
        self, langs: tuple[str, ...], prepared: _Text
    ) -> tuple[list[_Cue], list[tuple[int, int]], list[tuple[int, int]]]:
        """(strong cues, spans silencing other cues, spans cutting them) of one field. An
        override ("ends the waitlist", "sans code d'invitation", "inscriptions ... suspendues")
        is a strong cue of its own event and silences every cue inside it; nothing inside a
        silenced span counts."""
        silenced, cut = self._silenced(langs, prepared)
        overrides = self._matches("overrides", langs, prepared)
        skip = silenced + [match.span() for _event, match in overrides]
        # An event phrase that starts on a sign-up override's verb reads past its object ("pausa
        # las altas nuevas tras el estreno" pauses sign-ups, not the release; a beta ended and a
        # service closed can share a verb, so only the sign-up gate's counts), and one that
        # holds an override whole reads it as its own ("la Norvège, deux pays jusque-là exclus"
        # is an opening to the excluded, not an exclusion).
        verbs = {match.start() for event, match in overrides if event == "waitlist"}
        spans = [match.span() for _event, match in overrides]
        events = [
            c
            for c in _outside(self._matches("events", langs, prepared), skip, prepared, cut)
            if c.start not in verbs
            and not any(c.start <= o0 and o1 <= c.start + len(c.text) for o0, o1 in spans)
        ]
        return _outside(overrides, silenced, prepared, cut) + events, skip, cut

    def _weak_cues(
        self,
        langs: tuple[str, ...],
        prepared: _Text,
        skip: list[tuple[int, int]],
        cut: list[tuple[int, int]],
    ) -> tuple[list[_Cue], list[_Cue]]:
        """(weak, minor) cues of one field; "cher" (weak) inside "moins cher" (minor) is the
        comparative, not a price."""
        minor = self._matches("minor_events", langs, prepared)
        weak = _outside(
            self._matches("weak_events", langs, prepared),
            skip + [match.span() for _e, match in minor],
            prepared,
            cut,
        )
        return weak, _outside(minor, skip, prepared, cut)

    def _host_cue(
        self, prepared: _Text, mentions: list[_Mention], in_title: bool, langs: tuple[str, ...]
    ) -> tuple[_Cue, bool] | None:
        """A host verb before the product ("Google Vids gets Veo 3", "app adds Veo 3",
        "Google Photos erweitert seine KI-Funktionen mit Veo 3"): the product arrives on a new
        platform (availability). When the host is the product's own vendor ("Runway adds
        Gen-4 References") or another of its products ("Dream Machine gets Ray2"), it is a
        launch instead, and a weak cue: (cue, own family)."""
        lex = self.lexicons
        host_verbs = lex.tokens("host_verbs", langs)
        filler = lex.tokens("host_filler", langs)
        with_words = lex.tokens("host_with", langs)
        toks = prepared.toks
        for mention in mentions:
            if mention.in_title != in_title:
                continue
            verb = self._verb_before(prepared, mention, filler, stop=0)
            if verb >= 1 and toks[verb] in with_words:
                # "<host> <verb> <up to 3 words> with <product>"
                reach = verb - 4
                verb -= 1
                while verb > max(reach, 0) and toks[verb] not in host_verbs:
                    verb -= 1
            if verb < 1 or toks[verb] not in host_verbs:
                continue
            if prepared.sentence_of_token(verb) != prepared.sentence_of_token(mention.start):
                continue
            subject = verb - 1
            auxiliaries = lex.tokens("host_auxiliaries", langs)
            while subject > 0 and toks[subject] in auxiliaries:  # "Google is rolling out Veo 3"
                subject -= 1
            own = self._vendor_token(prepared, subject, mention) or any(
                hit.label[0] == "alias"
                and hit.start < verb
                and set(self.taxonomy.products[hit.label[1]].vendors) & set(mention.product.vendors)
                for hit in prepared.hits
            )
            text = " ".join(toks[verb : mention.start + 1])
            start = prepared.token_spans[verb][0]
            cue = _Cue("launch" if own else "availability", text, prepared.sentence_of_token(verb), start)
            return cue, own
        return None

    def _end_cue(
        self, prepared: _Text, mentions: list[_Mention], in_title: bool, langs: tuple[str, ...]
    ) -> _Cue | None:
        """A verb of ending with the product as its object ("Luma AI arrête Dream Machine 1.0",
        "OpenAI ferme Sora"): a shutdown. Not when the product only qualifies another noun
        ("ends the Sora waitlist", "retire le filigrane de Sora")."""
        lex = self.lexicons
        finite = lex.tokens("end_verbs", langs)
        infinitives = lex.tokens("end_infinitives", langs) - finite  # French "retire" is finite
        verbs = finite | infinitives
        if not verbs:
            return None
        markers = lex.tokens("infinitive_markers", langs)
        filler = lex.tokens("end_filler", langs)
        modified = lex.tokens("end_object_stop", langs)
        toks = prepared.toks
        for mention in mentions:
            if mention.in_title != in_title:
                continue
            verb = self._verb_before(prepared, mention, filler, stop=-1)
            if verb < 0 or toks[verb] not in verbs:
                continue
            if verb > 0 and toks[verb - 1] in lex.tokens("modals", langs):
                continue  # "Why OpenAI should retire Sora": an opinion, not the end
            if toks[verb] in infinitives and (verb == 0 or toks[verb - 1] not in markers):
                continue  # "Google to retire VideoFX", not a subjunctive ("exige que OpenAI retire Sora")
            if prepared.sentence_of_token(verb) != prepared.sentence_of_token(mention.start):
                continue
            after = self._past_version(prepared, mention.start + 1)
            if after < len(toks) and toks[after] in modified:
                continue
            text = " ".join(toks[verb:after])
            return _Cue(
                "shutdown", text, prepared.sentence_of_token(verb), max(prepared.folded.find(toks[verb]), 0)
            )
        return None

    def _verb_before(self, prepared: _Text, mention: _Mention, filler: frozenset[str], *, stop: int) -> int:
        """The index of the word that governs ``mention``: the nearest one before it that is
        neither filler nor part of the product's vendor's name (``stop`` when none is left)."""
        toks = prepared.toks
        verb = mention.start - 1
        while verb > stop and (toks[verb] in filler or self._vendor_token(prepared, verb, mention)):
            verb -= 1
        return verb

    @staticmethod
    def _vendor_token(prepared: _Text, index: int, mention: _Mention) -> bool:
        """Whether token ``index`` is part of a name of one of the mentioned product's vendors."""
        return any(
            hit.label[0] == "vendor"
            and hit.label[1] in mention.product.vendors
            and hit.start <= index < hit.end
            for hit in prepared.hits
        )

    def _event(
        self,
        head: _Text,
        body: _Text,
        mentions: list[_Mention],
        vendors: list[str],
        langs: tuple[str, ...],
        title_names_subject: bool,
        question: bool,
    ) -> _Decision:
        """The entry's event: from a strong title cue, else the summary, else weak cues."""
        lex = self.lexicons
        title = _Field(head, *self._strong_cues(langs, head))
        body_field = _Field(body, *self._strong_cues(langs, body))
        own_family: list[_Cue] = []
        host = self._host_cue(head, mentions, True, langs)
        if host is not None and not _cut(host[0], title.cut):
            (own_family if host[1] else title.cues).append(host[0])
        if not title.cues:
            placed = self._now_somewhere(langs, head, mentions)
            if placed is None and not (
                self._novelty(langs, head, body) or lex.first("context.future", langs, head.folded)
            ):
                placed = self._arrival_somewhere(langs, head, mentions)
            if placed is not None:
                title.cues.append(placed)
        body_host = self._host_cue(body, mentions, False, langs)
        if body_host is not None and not body_host[1] and not _cut(body_host[0], body_field.cut):
            body_field.cues.append(body_host[0])
        for part, in_title in ((title, True), (body_field, False)):
            ended = self._end_cue(part.text, mentions, in_title, langs)
            if ended is not None and not any(b0 <= ended.start < b1 for b0, b1 in part.skip + part.cut):
                part.cues.append(ended)
        context = _EventContext(
            near=self._subject_sentences(body, vendors),
            plans={body.sentence_at(m.start()) for m in lex.find("context.future", langs, body.folded)},
            future_title=lex.first("context.future", langs, head.folded),
            langs=langs,
        )
        built_on = self._built_on(langs, head, title.cues)
        if built_on:
            title.cues = [c for c in title.cues if c not in built_on]
            if not title.cues:
                # the headline's news is the builder's: its lede tells of the builder's tool
                return _Decision(reason=f'third party\'s tool built on the product ("{built_on[0].text}")')
        if title.cues and self._nameless_builder(langs, head, body):
            return _Decision(reason="a startup's own tool, built on the product the summary names")
        if (
            not title.cues
            and body_field.cues
            and (
                self._launches_a_tool(langs, head)
                or self._builder_subject(langs, head)
                or self._acts_on_another_object(langs, head)
            )
        ):
            # "Brandly launches AI ad studio powered by Veo": the lede's launch is the same
            # builder's ("Marketing startup Brandly launched an 'AI ad studio'") unless its
            # verb takes the product itself ("Google launched Veo 4 to ...")
            kept = [
                c
                for c in body_field.cues
                if c.event not in ("launch", "availability", "pricing", "waitlist")
                or self._governed_product(langs, body, c.start + len(c.text)) is not None
            ]
            if not kept:
                return _Decision(reason="third party's tool built on the product")
            body_field.cues = kept
        dated = [c for c in title.cues if self._dated_release(langs, head, c)]
        if dated:
            title.cues = [c for c in title.cues if c not in dated]
            if not title.cues:
                # "Google launched Veo 3 at I/O. The real story is ...": a past release recalled
                return _Decision(reason=f'a release the headline dates in the past ("{dated[0].text}")')
        answer = self._answer(langs, head, body)
        asked = _asked(title.cues, head) if not question and answer != "yes" else []
        if answer == "no":
            refused = [
                c
                for c in (asked or (title.cues if question else []))
                if c.event in ("launch", "availability")
            ]
            if refused:
                # "Is Sora coming to Europe? Not yet": the answer refuses the release it asks
                # about, so the news is that it has not come
                cue = refused[0]
                title.cues = [c for c in title.cues if c not in asked and c not in refused]
                title.cues.append(_Cue("delay", f"{cue.text}? no", cue.sentence, cue.start))
                return self._title_decision(title, body_field, context, title_names_subject)
        if asked:
            # "Gen-4.5: the end of Google's lead?": a cue in a closing question clause asks.
            title.cues = [c for c in title.cues if c not in asked]
        if title.cues and (not question or (answer == "yes" and not body_field.cues)):
            return self._title_decision(title, body_field, context, title_names_subject)
        # A question does not report its cue: the summary has to (else it is thin evidence).
        if body_field.cues:
            decision = self._summary_decision(head, body_field, context, bool(mentions), question)
            # "Is Sora finally coming to Android?" over "Yes, and you can pre-register now":
            # the summary's opening answers the headline
            decision.lede_fact = decision.lede_fact or answer == "yes"
            return decision
        if asked and (
            self._weak_cues(langs, head, title.skip, title.cut)[0]
            or self._weak_cues(langs, body, body_field.skip, body_field.cut)[0]
        ):
            # ... unless something else reports the event ("Runway a dévoilé Gen-4.5").
            asked = []
        if (question and title.cues) or asked:
            cue = _primary(title.cues or asked, head)
            return _Decision(
                cue.event,
                self.rules.score.weak_title,
                f'event:{cue.event} ("{cue.text}", in a question)',
                events=[cue.event],
                asked=True,
            )
        decision = self._weak_decision(title, body_field, context, own_family)
        if decision.event == "none" and not question:
            day = self._new_version_today(head, body, mentions, langs)
            if day:
                return _weak_launch(
                    self.rules.score.weak_title,
                    f'event:launch (a new version in the headline, reported today: "{day}")',
                )
        return decision

    def _new_version_today(
        self, head: _Text, body: _Text, mentions: list[_Mention], langs: tuple[str, ...]
    ) -> str | None:
        """A headline that names a version and no event ("Kling 3.5, the slap from Beijing")
        over a lede whose first sentence opens on the product and is dated today ("Kuaishou's
        Kling 3.5 appeared on its platform on Wednesday"): news of a version on its day is
        its release. Not when the product comes later in the sentence ("a clip made with
        Kling 3.5 went viral on Monday": the clip is the subject). Returns the day."""
        if not any(m.in_title and m.slug != m.product.slug for m in mentions):
            return None
        day = self._dated_opening(langs, body)
        if not day or not any(
            hit.label[0] in ("alias", "model") and hit.start <= _SUBJECT_TOKENS for hit in body.hits
        ):
            return None
        return day

    def _dated_opening(self, langs: tuple[str, ...], body: _Text) -> str | None:
        """The day that dates the summary's first sentence as today's news ("on Tuesday",
        "hier"), unless that sentence tells a plan or a rumour."""
        if not body.folded:
            return None
        opening = body.sentence_text(0)
        lex = self.lexicons
        day = lex.first("context.today", langs, opening)
        if (
            not day
            or lex.first("context.future", langs, opening)
            or lex.first("context.hearsay", langs, opening)
        ):
            return None
        return day

    def _title_decision(
        self, title: _Field, body: _Field, context: _EventContext, title_names_subject: bool
    ) -> _Decision:
        weights = self.rules.score
        lex = self.lexicons
        head = title.text
        cue = _primary(title.cues, head, self._price_qualifiers(context.langs, head))
        cue = self._past_place_label(context.langs, head, title.cues, cue)
        cue = self._host_launch(context.langs, head, cue)
        day_one: _Cue | None = None  # a launch placed on a platform on day one (_released_there)
        excluded = self._but_not_here(context.langs, head, title.cues, cue)
        if excluded is not None:
            cue = excluded
        reason = f'event:{cue.event} ("{cue.text}")'
        if cue.event == "availability" and any(
            c.event == "launch"
            and (_inside(c, cue) or (c.start < cue.start and _names_between(head, c, cue)))
            for c in title.cues
        ):
            # "releases Veo 4 to Gemini subscribers", "releases Seedance 2.0, available in
            # CapCut": a release placed on a platform is an arrival, unless the entry calls the
            # thing new ("the new model"): its launch.
            novelty = self._novelty(context.langs, head, body.text)
            if novelty:
                reason = f'event:launch ("{cue.text}", "{novelty}")'
                cue = _Cue("launch", cue.text, cue.sentence, cue.start)
        if cue.event == "availability" and not lex.first("overrides.availability", context.langs, cue.text):
            # "You can now try Veo 4, Google's new video model": the headline itself calls the
            # thing its owner's new one, so where it can be tried is where it launches - but
            # not when it goes into another team's app ("lance Veo 3.1, son nouveau modèle, sur
            # YouTube Shorts" is an arrival, whatever the verb), and not when the title names
            # another party's place (a region, a tier, a host: "Runway's newest model Gen-4 is
            # now available to free users"), unless the lede sets the release in apposition.
            placed = lex.first("context.places", context.langs, head.folded)
            owned_new = (None if placed else self._owners_new(context.langs, head)) or self._released_as_new(
                context.langs, body.text
            )
            if owned_new:
                reason = f'event:launch ("{cue.text}", "{owned_new}")'
                cue = _Cue("launch", cue.text, cue.sentence, cue.start)
            elif first := self._first_public(context.langs, head, body.text):
                reason = f'event:launch ("{cue.text}", "{first}")'
                cue = _Cue("launch", cue.text, cue.sentence, cue.start)
            elif shipped := self._released_there(context.langs, head, body.text):
                reason = f'event:launch ("{cue.text}", then "{shipped}")'
                cue = day_one = _Cue("launch", cue.text, cue.sentence, cue.start)
        announced = lex.find("context.announcement", context.langs, head.folded)
        kept = cue.event == "delay" and self._not_public(context.langs, head, cue)
        if (cue.event in ("availability", "waitlist") or kept) and any(
            m.end() <= cue.start
            and self._announces_product(context.langs, head, m.end())
            and (not kept or _one_clause(head, m.end(), cue.start))
            for m in announced
        ):
            # "Google unveils Veo 3: available to everyone" - where a newly unveiled thing
            # ships, or who gets it first, is part of its launch; so is keeping it from the
            # public ("Meta présente Movie Gen, mais ne le rend pas encore public"). Not when
            # what is announced is the arrival itself ("announces general availability of
            # Nova Reel 1.1 in Frankfurt") or a date ("Veo 3, présenté en mai, arrive ...").
            reason = f'event:launch ("{announced[0].group(0)}", weak, then "{cue.text}")'
            cue = _Cue("launch", announced[0].group(0), 0, announced[0].start())
        if (
            cue is not day_one
            and cue.event == "launch"
            and lex.first("context.arrival", context.langs, cue.text)
        ):
            # "Veo 3 lands: ... on YouTube Shorts": a verb of arrival over an arrival on a
            # platform or in a region in the title is that arrival, unless the entry calls the
            # thing new.
            # The place may be in the lede's first sentence ("le flux Vibes de Meta arrive chez
            # nous" over "Vibes ... est disponible en France depuis mercredi").
            arrival = next((c for c in title.cues if c.event == "availability"), None) or next(
                (
                    c
                    for c in body.cues
                    if c.event == "availability"
                    and c.sentence == 0
                    # ... not where the lede releases it first ("Kuaishou ha presentado este
                    # martes Kling 2.6, ... ya disponible en la web")
                    and not self._released_now(context.langs, body.text, 0, c.start)
                ),
                None,
            )
            by_destination = arrival is None and self._arrives_somewhere(context.langs, head, cue)
            if by_destination:
                arrival = _Cue("availability", cue.text, cue.sentence, cue.start)
            if arrival is not None and not self._novelty(context.langs, head, body.text):
                # an arrival read from the cue's own destination names the cue once
                reason = (
                    f'event:availability ("{cue.text}")'
                    if by_destination or (arrival.text, arrival.start) == (cue.text, cue.start)
                    else f'event:availability ("{cue.text}", then "{arrival.text}")'
                )
                cue = _Cue("availability", arrival.text, arrival.sentence, arrival.start)
        if cue.event == "launch" and self._launches_several(context.langs, head, cue):
            # "OVHcloud lance Mochi et LTX-2 dans AI Endpoints": one company releasing two
            # labs' models is hosting them (§1b: an existing model reaching a platform)
            reason = f'event:availability ("{cue.text}", models of several vendors)'
            cue = _Cue("availability", cue.text, cue.sentence, cue.start)
        if cue.event == "availability" and (day := self._own_release_day(context.langs, head)):
            # "Hailuo 03 Fast arriva su Bedrock il giorno del lancio": a thing that reaches a
            # host on its release day shipped there first, its launch (§1b: the first release)
            reason = f'event:launch ("{cue.text}", "{day}")'
            cue = _Cue("launch", cue.text, cue.sentence, cue.start)
        terms = (
            lex.find("context.access_terms", context.langs, head.folded) if cue.event == "waitlist" else []
        )
        if any(m.start() < cue.start + len(cue.text) and cue.start < m.end() for m in terms):
            # "lance Sora 2 et une application accessible sur invitation": the release is the
            # news and invitations its terms - unless what launches is the restriction itself
            # (no product between the two), or the restriction came after ("launches Sora 2,
            # but invite-only from tomorrow"). A waitlist, pre-registration or paused sign-ups
            # are news of their own, whatever launched before.
            contrast = lex.tokens("contrast", context.langs)
            released = next(
                (
                    c
                    for c in title.cues
                    if c.event == "launch"
                    and (
                        _names_between(head, c, cue)
                        # ... or calls what it releases new ("lance son nouveau modèle en bêta fermée"),
                        # not an app put somewhere ("new Sora Android app in early access in Canada")
                        or (
                            lex.first("context.novelty", context.langs, head.folded[c.start : cue.start])
                            and not lex.first("context.places", context.langs, head.folded)
                            and not lex.first("context.platforms", context.langs, head.folded)
                        )
                    )
                    and contrast.isdisjoint(_tokens_between(head, c, cue))
                ),
                None,
            )
            if released is not None:
                reason = f'event:launch ("{released.text}", then "{cue.text}")'
                cue = released
        if cue.event in ("launch", "availability") and context.future_title:
            # "Sora for Android coming soon" over "pre-registration opens on Google Play":
            # the news is the more specific thing happening now.
            now = [c for c in body.cues if c.event in ("waitlist", "delay", "pricing")]
            if now:
                planned = cue.event
                cue = _most_specific(now)
                reason = f'event:{cue.event} ("{cue.text}" in summary, under a planned {planned})'
        # Weak cues beside the deciding one add their events ("launches ...: per-second billing").
        weak, _minor = self._weak_cues(context.langs, head, title.skip, title.cut)
        events = _event_list(cue.event, title.cues + weak, context.lede(body.cues))
        # A plan reported as hearsay ("ChatGPT will integrate Sora" over "would be about to,
        # according to a leak") is not the owner's announcement.
        hearsay = (
            bool(context.future_title)
            and bool(
                lex.first("context.hearsay", context.langs, body.text.opening(self.rules.lede_sentences))
            )
        ) or bool(lex.first("context.hearsay", context.langs, head.folded))  # "..., según The Information"
        # ... unless the headline says the rumour came true ("Rumoured for weeks, now official")
        hearsay = hearsay and not self._undenied(context.langs, "context.confirmed", head.folded)
        weight = weights.event_title
        if not title_names_subject:
            weight = weights.event_summary
            reason = f"{reason[:-1]}, subject in summary)"
        return _Decision(
            cue.event,
            weight,
            reason,
            title_decided=not hearsay,
            thin=hearsay,
            hearsay=hearsay,
            events=events,
            title_cue=None if hearsay else cue,
            lede_news=any(c.sentence == 0 for c in body.cues)
            and 0 in context.near
            and bool(
                lex.first("context.news_lede", context.langs, body.text.sentence_text(0))
                or self._reporting_present(context.langs, head, body.text)
            ),
        )

    def _built_on(self, langs: tuple[str, ...], head: _Text, cues: list[_Cue]) -> list[_Cue]:
        """Cues of somebody the headline names first who is none of our vendors and no known
        host, about a tool built on a product ("Clipforge opens a waitlist for its Veo
        3-powered ad generator", "Indie developer launches ClipForge, an app built on the Kling
        API", "Une appli basée sur Wan 2.2 débarque sur l'App Store"; after a startup subject
        also "Start-up öffnet Warteliste für Werbevideos mit Seedance"): that company's news,
        not the owner's (§1b: whose action). A vendor or product named before the cue is the
        owner ("AI video startup Pika opens a waitlist"), and so is a cue that opens the
        headline; a host or place before the cue is the platform's own news ("YouTube adds
        Veo-powered Dream Screen"); restricted access told otherwise ("only select users can
        make videos with Veo 4") is left alone. A waitlist cue needs its sign-up noun."""
        lex = self.lexicons
        nouns = lex.tokens("waitlist_nouns", langs)
        builders = lex.tokens("built_on", langs)
        products = [hit for hit in head.hits if hit.label[0] in ("alias", "model")]
        named = [
            hit
            for hit in head.hits
            if hit.label[0] in ("alias", "model")
            # a vendor inside a product's name is that product ("Runway-API")
            or (
                hit.label[0] == "vendor"
                and not any(p.start <= hit.start and hit.end <= p.end for p in products)
            )
        ]
        if not named:
            return []
        first = named[0]
        startup = not lex.tokens("startup_nouns", langs).isdisjoint(head.toks[: first.start])
        markers = builders | lex.tokens("built_with", langs) if startup else builders

        def built(hit: Hit[TaxonomyLabel]) -> bool:
            end = _read_version(head.toks, hit.end, self.rules.tokens.variants)[2]  # "Veo 3-powered"
            beside = head.toks[max(0, hit.start - 3) : hit.start] + head.toks[end : end + 1]
            return hit.label[0] != "vendor" and not markers.isdisjoint(beside)

        # a subject that is itself built on the product must be somebody's new thing ("une
        # appli basée sur Wan 2.2 débarque", "Start-up ..."), not a named tool of the owner's
        # ("Flow, basato su Veo 3, arriva in Italia")
        anonymous = startup or head.toks[0] in lex.tokens("indefinites", langs)

        found: list[_Cue] = []
        for cue in cues:
            if cue.event == "waitlist" and nouns.isdisjoint(cue.text.split()):
                continue
            if cue.event not in ("waitlist", "launch", "availability", "pricing"):
                continue
            at = _token_index(head.folded, cue.start)
            if at == 0 or lex.first("context.places", langs, head.folded[: cue.start]):
                continue
            before = [hit for hit in named if hit.start < at]
            if before:
                # the subject itself is built on the product ("une appli basée sur Wan 2.2 débarque")
                if anonymous and built(first) and all(hit.label[0] != "vendor" for hit in before):
                    found.append(cue)
                continue
            product = next((hit for hit in named if hit.label[0] != "vendor"), None)
            if product is not None and built(product):
                found.append(cue)
        return found

    def _answer(self, langs: tuple[str, ...], head: _Text, body: _Text) -> str | None:
        """How the item answers its headline's question: "no" or "yes" when the words right
        after the last question mark ("Is Sora coming to Europe? Not yet") or the summary's
        first words ("Yes, and you can pre-register now") are an answer; None otherwise."""
        mark = max(head.folded.rfind("?"), head.folded.rfind("\uff1f"))
        if mark < 0:
            return None
        after = head.folded[mark + 1 :].lstrip(" -:")
        for text in (after, body.sentence_text(0) if body.folded else ""):
            for kind in ("no", "yes"):
                for match in self.lexicons.find(f"context.answer_{kind}", langs, text):
                    if match.start() == 0 and _ANSWER_END.match(text, match.end()):
                        return kind
        return None

    def _but_not_here(self, langs: tuple[str, ...], head: _Text, cues: list[_Cue], cue: _Cue) -> _Cue | None:
        """A release or arrival the headline then takes back from a region ("Sora ist da -
        aber nicht für Nutzer in der EU", "Sora est lancé… mais pas pour les Français"): the
        exclusion is the news (§1b, regional exclusion at launch), a delay. An exception
        ("partout sauf en Europe", English "but not in the EU") only qualifies the release and
        keeps it: the lexicons' qualifier silencers say which wordings are exceptions."""
        if cue.event not in ("launch", "availability"):
            return None
        lex = self.lexicons
        contrast = lex.tokens("contrast", langs)
        for later in cues:
            if later.event != "delay" or later.start <= cue.start:
                continue
            at = _token_index(head.folded, later.start)
            opening = set(head.toks[max(0, at - 1) : at + 1])
            if not contrast.isdisjoint(opening) and lex.first("context.audiences", langs, later.text):
                return later
        return None

    def _dated_release(self, langs: tuple[str, ...], head: _Text, cue: _Cue) -> bool:
        """A release verb told in the past in a headline clause that dates it in the past
        ("Google launched Veo 3 at I/O", "Veo 3, lancé en mai, ..."): background, not news."""
        lex = self.lexicons
        if not lex.first("context.first_release", langs, cue.text):
            return False
        # the cue's own clause, down to commas ("Veo 3, lancé en mai, arrive en France")
        folded = head.folded
        bounds = [m.end() for m in _CLAUSE_BREAK.finditer(folded)] + [
            i + 1 for i, ch in enumerate(folded) if ch == ","
        ]
        start = max((b for b in bounds if b <= cue.start), default=0)
        end = min((b for b in bounds if b > cue.start), default=len(folded))
        return cue.start + len(cue.text) <= end and self._background_date(langs, folded[start:end])

    def _dated_today(self, langs: tuple[str, ...], body: _Text, cue: _Cue) -> bool:
        """A day of today's news ("on Tuesday", "ce mardi", "overnight") before the cue or the
        sentence's release verb ("a lancé mardi Kling 3.5, ..., disponible dès maintenant"), or
        after it in the same clause ("released Vidu Q3 overnight"), so it dates the owner's
        event: not "launched Pika 2.5, and today we are publishing our verdict"."""
        lex = self.lexicons
        start = body.sentence_starts[cue.sentence]
        sentence = body.sentence_text(cue.sentence)
        anchors = [(cue.start - start, cue.start - start + len(cue.text))] + [
            m.span()
            for m in lex.find("context.first_release", langs, sentence)
            + lex.find("context.announcement", langs, sentence)
        ]
        # a coordinator or a contrast starts another clause ("launched Pika 2.5, and today we
        # publish our verdict")
        joins = lex.tokens("list_joins", langs) | lex.tokens("contrast", langs)
        for day in lex.find("context.today", langs, sentence):
            for lo, hi in anchors:
                if day.end() <= lo:
                    return True  # "passou a cobrar ... desde ontem, com o plano Standard a R$ 39,90"
                between = sentence[hi : day.start()]
                if not _TAIL_BREAK.search(between) and joins.isdisjoint(_TOKEN.findall(between)):
                    return True
        return False

    def _builder_subject(self, langs: tuple[str, ...], head: _Text) -> bool:
        """The headline's subject is a startup or an app that uses a product ("Una startup de
        Barcelona crea anuncios con la API de Seedance", "App brasileiro ... usa API do
        Hailuo"): a startup noun before anything named, and a builder's marker beside the
        first product. The lede's sign-ups and betas are then that company's."""
        lex = self.lexicons
        product = next((hit for hit in head.hits if hit.label[0] in ("alias", "model")), None)
        if product is None:
            return False
        if any(hit.label[0] == "vendor" and hit.start < product.start for hit in head.hits):
            return False
        if lex.tokens("startup_nouns", langs).isdisjoint(head.toks[: product.start]):
            return False
        spans = head.token_spans
        before = head.folded[: spans[product.start][0] if product.start < len(spans) else len(head.folded)]
        if any(lex.first(f"context.{kind}", langs, before) for kind in ("places", "host_apps", "platforms")):
            return False  # a host's own app ("The YouTube app now uses Veo 3", "AI Studio now runs ...")
        # a verb or a preposition of use ("usa", "con la API de"), not a mere "API" nearby ("Une
        # appli iPhone, ... une API en préparation : Sora 2 est là")
        markers = self._builder_markers(langs) - {"api"}
        return not markers.isdisjoint(head.toks[max(0, product.start - 4) : product.start])

    def _past_version(self, prepared: _Text, index: int) -> int:
        """The first token from ``index`` that is no version or variant ("Kling 3.0 Turbo and
        ..." -> "and"): where the words after a product's name begin."""
        variants = self.rules.tokens.variants
        toks = prepared.toks
        while index < len(toks) and (_VERSION.match(toks[index]) or toks[index] in variants):
            index += 1
        return index

    def _own_release_day(self, langs: tuple[str, ...], head: _Text) -> str | None:
        """The headline dates itself to its product's own release day ("il giorno del lancio",
        "on its launch day", "dès sa sortie"), with no region or tier (an arrival in Spain
        "on the first day of July" is an arrival) and no other product's name after it ("no
        dia do lançamento do Veo 3.1" is that product's day). Returns the phrase."""
        lex = self.lexicons
        found = lex.find("context.own_release_day", langs, head.folded)
        if not found or lex.first("context.audiences", langs, head.folded):
            return None
        after = _token_index(head.folded, found[0].end())
        if any(hit.start >= after and hit.label[0] in ("alias", "model") for hit in head.hits):
            return None
        return found[0].group(0)

    def _launches_several(self, langs: tuple[str, ...], head: _Text, cue: _Cue) -> bool:
        """The launch verb takes a list of products of two vendors ("lance Mochi et LTX-2"),
        and no vendor is named before it: the subject hosts other labs' models."""
        at = _token_index(head.folded, cue.start)
        if any(hit.label[0] == "vendor" and hit.start < at for hit in head.hits):
            return False
        first = self._governed_product(langs, head, cue.start + len(cue.text))
        if first is None:
            return False
        joins = self.lexicons.tokens("list_joins", langs)
        after = self._past_version(head, first.end)
        second = next(
            (hit for hit in head.hits if hit.start == after + 1 and hit.label[0] in ("alias", "model")), None
        )
        if second is None or after >= len(head.toks) or head.toks[after] not in joins:
            return False
        owners = [frozenset(self.taxonomy.products[hit.label[1]].vendors) for hit in (first, second)]
        return bool(owners[0] and owners[1] and not owners[0] & owners[1])

    def _builder_markers(self, langs: tuple[str, ...]) -> frozenset[str]:
        """Words that put a product under somebody else's tool ("powered by", "mit", "usa")."""
        return self.lexicons.tokens("built_on", langs) | self.lexicons.tokens("built_with", langs)

    def _nameless_builder(self, langs: tuple[str, ...], head: _Text, body: _Text) -> bool:
        """The headline names no product or vendor, its subject is a startup or an app ("Une
        start-up lyonnaise ouvre la liste d'attente de son appli"), and the summary names the
        product only as what that tool runs on ("à l'aide du modèle Veo"): the headline's
        event is the startup's."""
        if head.hits or not body.hits:
            return False
        lex = self.lexicons
        if lex.tokens("startup_nouns", langs).isdisjoint(head.toks[:4]):
            return False
        first = min(body.hits, key=lambda hit: hit.start)
        if first.label[0] not in ("alias", "model"):
            return False
        # ... the only product it names: "Built with Veo 3, Google's Flow ..." is an owner's tool
        if any(hit.label[0] in ("alias", "model") and hit.label[1] != first.label[1] for hit in body.hits):
            return False
        markers = self._builder_markers(langs)
        return not markers.isdisjoint(body.toks[max(0, first.start - 4) : first.start])

    def _acts_on_another_object(self, langs: tuple[str, ...], head: _Text) -> bool:
        """The headline's own act is on something other than a product ("Kling lance un
        programme pour les créateurs", "Luma AI hires former Pixar executive"): its lede's
        credits and waitlists are that thing's. Not when a product is named inside the act
        ("OpenAI Launches Sora Credits to Fund ...")."""
        acts = self.lexicons.find("silencers.other_object", langs, head.folded) + self.lexicons.find(
            "silencers.venture", langs, head.folded
        )
        for found in acts:
            lo = _token_index(head.folded, found.start())
            hi = _token_index(head.folded, found.end())
            if not any(lo <= hit.start < hi for hit in head.hits if hit.label[0] in ("alias", "model")):
                return True
        return False

    def _launches_a_tool(self, langs: tuple[str, ...], head: _Text) -> bool:
        """The headline has somebody launch their own thing that runs on a product ("launches
        AI ad studio powered by Veo and Kling"): a third party's venture (§1b: whose action)."""
        lex = self.lexicons
        markers = self._builder_markers(langs)
        return any(
            not markers.isdisjoint(_TOKEN.findall(m.group(0)))
            for m in lex.find("silencers.third_party", langs, head.folded)
        )

    def _host_launch(self, langs: tuple[str, ...], prepared: _Text, cue: _Cue) -> _Cue:
        """A launch by another team's app, of a feature that runs on a product named after
        the verb ("Canva launches AI video clips powered by Google's Veo 3.1", "CapCut has
        started rolling out a tool built on Seedance"): the product arrives on that platform
        (§1b), an availability. The product's owner named before the verb keeps it a launch."""
        if cue.event != "launch":
            return cue
        sentence_start = prepared.sentence_starts[cue.sentence]
        hosts = self.lexicons.find("context.host_apps", langs, prepared.folded[sentence_start : cue.start])
        if not hosts:
            return cue
        at = _token_index(prepared.folded, cue.start)
        first = _token_index(prepared.folded, sentence_start)
        # the product after the host ("la fonction Remix, propulsée par Veo 3.1, arrive ...")
        host_at = _token_index(prepared.folded, sentence_start + hosts[0].start())
        products = [
            h
            for h in prepared.hits
            if h.start >= host_at
            and h.label[0] in ("alias", "model")
            and prepared.sentence_of_token(h.start) == cue.sentence
        ]
        if not products:
            return cue
        owners = set(self.taxonomy.products[products[0].label[1]].vendors)
        if any(
            first <= h.start < at and h.label[0] == "vendor" and h.label[1] in owners for h in prepared.hits
        ):
            return cue
        # "Instagram's parent launches Vibes", "La dueña de TikTok lanza ...": the app only names
        # the owner
        if not self.lexicons.tokens("owner_nouns", langs).isdisjoint(
            prepared.toks[max(first, host_at - 2) : at]
        ):
            return cue
        return _Cue("availability", cue.text, cue.sentence, cue.start)

    def _arrives_somewhere(self, langs: tuple[str, ...], head: _Text, cue: _Cue) -> bool:
        """A verb of arrival with a destination, whatever the place is called ("arrives in
        Microsoft Teams", "arriva nella region AWS di Milano", "débarque dans l'offre Basic"):
        an existing product reaching somewhere (§1b). A time, a stage, a state, a manner or an
        industry after the preposition is no place ("arrives in May", "arrive en bêta", "now in
        trouble", "llega en código abierto", "débarque à Hollywood", ``not_places``), nor is
        the product's own vendor named alone (``_at_owner``)."""
        lex = self.lexicons
        destinations = lex.tokens("destinations", langs)
        toks = head.toks
        at = _token_index(head.folded, cue.start + len(cue.text))
        if cue.text.split()[-1] not in destinations:  # "lands on" carries its preposition
            if at >= len(toks) or toks[at] not in destinations:
                return False
            at += 1
        rest = " ".join(toks[at : at + 4])
        if not rest or self._at_owner(langs, head, at):
            return False
        time = lex.first("context.not_places", langs, rest)
        return not (time and rest.startswith(time))

    def _now_somewhere(self, langs: tuple[str, ...], head: _Text, mentions: list[_Mention]) -> _Cue | None:
        """A product named, then "now" somewhere, with no verb of arrival ("Kling 2.5 Turbo ya
        está en Azure AI Foundry", "Grok Imagine agora no app do X", "Veo 3.1 now available in
        the Gemini app"): an arrival (§1b). A time, a state or the owner is no place."""
        lex = self.lexicons
        nows = lex.tokens("now_words", langs)
        destinations = lex.tokens("destinations", langs)
        fillers = lex.tokens("now_fillers", langs)
        toks = head.toks
        first = _first_in_title(mentions)
        if first is None:
            return None
        for at in range(first + 1, len(toks) - 1):
            if toks[at] not in nows:
                continue
            # "now in ...", or one word of being there between ("ya está en", "now available on")
            to = at + 1 if toks[at + 1] in destinations else at + 2
            if (
                to >= len(toks)
                or toks[to] not in destinations
                or (to == at + 2 and toks[at + 1] not in fillers)
            ):
                continue
            rest = " ".join(toks[to + 1 : to + 5])
            time = lex.first("context.not_places", langs, rest)
            if not rest or (time and rest.startswith(time)) or self._at_owner(langs, head, to + 1):
                continue
            spans = head.token_spans
            return _Cue("availability", head.folded[spans[at][0] : spans[to][1]], 0, spans[at][0])
        return None

    def _arrival_somewhere(
        self, langs: tuple[str, ...], head: _Text, mentions: list[_Mention]
    ) -> _Cue | None:
        """A verb of arrival after the product, with a destination, in a headline that has no
        event cue of its own ("Kling 2.5 llega a Microsoft Clipchamp"): an arrival. Not an
        infinitive or a modal's verb ("tarda a chegar", "pourrait arriver"); the caller also
        leaves out a future ("llegará al público") and what the entry calls new ("Ray4 lands
        in Dream Machine" over "Luma's newest model": where a new thing appears first is its
        launch)."""
        first = _first_in_title(mentions)
        if first is None:
            return None
        lex = self.lexicons
        markers = (
            lex.tokens("infinitive_markers", langs)
            | lex.tokens("modals", langs)
            | lex.tokens("negators", langs)
            | self.rules.tokens.noun_determiners
        )
        for found in lex.find("context.arrival", langs, head.folded):
            at = _token_index(head.folded, found.start())
            if at <= first or head.toks[at - 1] in markers:
                # "tarda a chegar", "pourrait arriver", "sin llegar": no arrival yet; "su
                # llegada a Europa": the noun, told of something else
                continue
            cue = _Cue("availability", found.group(0), 0, found.start())
            if self._arrives_somewhere(langs, head, cue):
                return cue
        return None

    def _at_owner(self, langs: tuple[str, ...], head: _Text, at: int) -> bool:
        """The destination is the product's own vendor, named alone ("Gen-4.5 Turbo débarque
        chez Runway", "arrive chez Midjourney avec le modèle V1"): its owner's release. A
        vendor's name that begins a longer one is a place ("arriva in Adobe Express")."""
        products = [hit for hit in head.hits if hit.label[0] in ("alias", "model")]
        owners = {vendor for hit in products for vendor in self.taxonomy.products[hit.label[1]].vendors}
        for hit in head.hits:
            if hit.start == at and hit.label[0] == "vendor" and (not products or hit.label[1] in owners):
                if hit.end >= len(head.toks) or head.toks[hit.end] in self.lexicons.tokens(
                    "host_with", langs
                ):
                    return True
                # "arrives at Runway: what's new" - a clause ends right after the name
                spans = head.token_spans
                between = head.folded[spans[hit.end - 1][1] : spans[hit.end][0]]
                return bool(_CLAUSE_BREAK.search(f" {between.strip()} ") or "," in between)
        return False

    def _past_place_label(self, langs: tuple[str, ...], head: _Text, cues: list[_Cue], cue: _Cue) -> _Cue:
        """A first clause that only places the product, without a verb ("Sora 2 dans l'API :
        OpenAI fixe le prix ...", "Veo 3 on Android: Google pauses the rollout"), labels the
        headline: a more specific event in a later clause is the news."""
        if cue.event != "availability" or cue.text.split(" ", 1)[0] not in self.lexicons.tokens(
            "place_label", langs
        ):
            return cue
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(head.folded)]
        clause = bisect.bisect_right(breaks, cue.start)
        if any(c is not cue and bisect.bisect_right(breaks, c.start) == clause for c in cues):
            return cue
        later = [
            c
            for c in cues
            if bisect.bisect_right(breaks, c.start) > clause
            # a price or a slip; a later waitlist or end is as often a restriction lifted
            # ("Veo 3 dans l'API : Google met fin à la préversion")
            and c.event in ("pricing", "delay")
        ]
        return _most_specific(later) if later else cue

    def _reporting_present(self, langs: tuple[str, ...], head: _Text, body: _Text) -> bool:
        """The summary's first sentence reports the title's subject in the present: its owner
        or product just before a verb whose object is the title's product ("OpenAI lance
        Sora 2", "Google is rolling out Veo 3"). A habit ("every month"), a year or a backward
        reference ("since", "depuis"), or a subordinate clause ("when OpenAI launches ...")
        makes it background; so does a verb whose object is no product ("Runway releases a
        lot of features")."""
        lex = self.lexicons
        opening = body.sentence_text(0)
        verbs = lex.find("context.present_report", langs, opening)
        if not verbs or lex.first("context.not_now", langs, opening):
            return False
        products = self.taxonomy.products
        named = {hit.label[1] for hit in head.hits if hit.label[0] in ("alias", "model")}
        owners = {hit.label[1] for hit in head.hits if hit.label[0] == "vendor"}
        for index in named:
            owners.update(products[index].vendors)
        subjects: list[Hit[TaxonomyLabel]] = []
        objects: list[Hit[TaxonomyLabel]] = []
        for hit in body.hits:
            if body.sentence_of_token(hit.start) != 0:
                continue
            kind, key = hit.label
            if kind == "vendor" and key in owners:
                subjects.append(hit)
            elif kind in ("alias", "model") and (
                key in named if named else bool(owners.intersection(products[key].vendors))
            ):
                subjects.append(hit)
                objects.append(hit)
        for match in verbs:
            start = _token_index(body.folded, match.start())
            end = _token_index(body.folded, match.end())
            if any(0 <= start - hit.end <= _SUBJECT_GAP for hit in subjects) and any(
                0 <= hit.start - end <= _OBJECT_GAP for hit in objects
            ):
                return True
        return False

    def _novelty(self, langs: tuple[str, ...], head: _Text, body: _Text) -> str | None:
        """The entry calls the product new ("its new model"), in the title or the opening."""
        for text in (head.folded, body.opening(self.rules.lede_sentences)):
            found = self._new_words(langs, text)
            if found:
                return found[0].group(0)
        return None

    def _new_words(self, langs: tuple[str, ...], text: str) -> list[re.Match[str]]:
        """Where the text calls something new, except where it denies it ("no new model
        version was announced", "pas de nouveau modèle", "kein neues Modell")."""
        return self._undenied(langs, "context.novelty", text)

    def _undenied(self, langs: tuple[str, ...], category: str, text: str) -> list[re.Match[str]]:
        """The category's matches that no negator among the two words before denies."""
        negators = self.lexicons.tokens("negators", langs)
        return [
            found
            for found in self.lexicons.find(category, langs, text)
            if negators.isdisjoint(_TOKEN.findall(text, 0, found.start())[-2:])
        ]

    def _owners_new(self, langs: tuple[str, ...], head: _Text) -> str | None:
        """The headline calls the product its owner's new one ("Google's new video model",
        "its newest model", "son nouveau modèle"), not merely new to a place."""
        for found in self._new_words(langs, head.folded):
            if _owned(_TOKEN.findall(head.folded, 0, found.start()), found.group(0)):
                return found.group(0)
        return None

    def _released_as_new(self, langs: tuple[str, ...], body: _Text) -> str | None:
        """The summary opens on a first release whose object its owner calls new ("Runway
        has released Gen-4.5, its newest text-to-video model"): where the headline places
        it is where it launched."""
        if not body.folded:
            return None
        opening = body.sentence_text(0)
        lex = self.lexicons
        released = lex.find("context.first_release", langs, opening)
        if not released or self._background_date(langs, opening):
            return None  # "launched Veo 3, its newest model, at I/O in May": background
        for found in self._new_words(langs, opening):
            if not _owned(_TOKEN.findall(opening, 0, found.start()), found.group(0)):
                continue
            named = _token_index(body.folded, found.start())
            for release in released:
                start = _token_index(body.folded, release.end())
                # the product named between the verb and the apposition ("released Gen-4.5,
                # its newest"), not "launched its new app in December"
                if 0 < named - start <= _APPOSITION_TOKENS and any(
                    start <= hit.start < named and hit.label[0] in ("alias", "model") for hit in body.hits
                ):
                    return found.group(0)
        return None

    def _first_public(self, langs: tuple[str, ...], head: _Text, body: _Text) -> str | None:
        """The summary's first sentence says the product is public for the first time ("opened
        Sora to general use for the first time", "pour la première fois"): the audience or
        store the headline names is where it launched - unless the headline names a market or
        a host (first time in France, first time on Bedrock: an arrival there)."""
        lex = self.lexicons
        if not body.folded or lex.first("context.markets", langs, head.folded):
            return None
        if lex.first("context.host_apps", langs, head.folded):
            return None
        opening = body.sentence_text(0)
        if self._background_date(langs, opening):
            return None
        return lex.first("context.first_public", langs, opening)

    def _released_there(self, langs: tuple[str, ...], head: _Text, body: _Text) -> str | None:
        """The headline places a product on a platform ("Kling 3.0 is live on fal") and the
        lede's first sentence releases that very product as today's news ("Kuaishou released
        Kling 3.0 on Thursday"): it shipped there on day one, its launch (§1b: the first
        release). Not when the headline names a region, a tier or another team's app, where a
        new thing arriving is an arrival, and not when the verb's object is something else
        ("released an Android version of Flow", "announced that Ray2 is now available").
        Returns the lede's release verb."""
        lex = self.lexicons
        if not body.folded or lex.first("context.audiences", langs, head.folded):
            return None
        if lex.first("context.host_apps", langs, head.folded):
            return None
        named = {hit.label[1] for hit in head.hits if hit.label[0] in ("alias", "model")}
        start = body.sentence_starts[0]
        end = start + len(body.sentence_text(0))
        if not named or not self._released_now(langs, body, start, end, named):
            return None
        days = {m.start(): m.end() for m in lex.find("context.today", langs, body.folded[start:end])}
        for verb in lex.find("context.first_release", langs, body.folded[start:end]):
            # the object may follow the day ("a dévoilé jeudi Hailuo 2.5")
            object_from = days.get(verb.end() + 1, verb.end())
            if self._governed_product(langs, body, start + object_from, products=named) is not None:
                return verb.group(0)
        return None

    def _background_date(self, langs: tuple[str, ...], sentence: str) -> bool:
        """A date that puts a release in the past ("in May", "at I/O", "on June 18"), unless
        the sentence tells it as today's news ("At I/O on Tuesday, Google announced ...")."""
        lex = self.lexicons
        return bool(lex.first("context.dated", langs, sentence)) and not lex.first(
            "context.today", langs, sentence
        )

    def _unveiled_before(self, langs: tuple[str, ...], body: _Text, cue: _Cue) -> str | None:
        """A sentence of the summary before the cue's unveils a named product as today's news
        ("At I/O on Tuesday, Google unveiled Veo ... Veo will be available to select
        creators"): who gets it first is part of the unveiling. "unveiled Veo at I/O." alone
        is background. The lede's own verb taking the product, undated, is today's news
        however it is told ("OpenAI dévoile Sora, ... Pour le moment, seuls des red teamers
        ...")."""
        for index in range(min(cue.sentence, self.rules.lede_sentences)):
            start = body.sentence_starts[index]
            sentence = body.sentence_text(index)
            found = self._released_now(langs, body, start, start + len(sentence))
            if found:
                return found
            if index == 0 and not self._background_date(langs, sentence):
                found = self._unveiling_verb(langs, body, index)
                if found:
                    return found
        return self._unveiled_in(langs, body, cue)

    def _released_now(
        self, langs: tuple[str, ...], body: _Text, start: int, end: int, products: set[int] | None = None
    ) -> str | None:
        """The summary's characters ``start:end`` release a named product (one of ``products``
        when given) as today's news: a release verb, the product named there, and a day or
        the news tense ("a présenté Nova Reel 2", "has unveiled"), no date that sets it in the
        past. Returns the verb."""
        lex = self.lexicons
        text = body.folded[start:end]
        found = lex.first("context.first_release", langs, text)
        if not found or self._background_date(langs, text):
            return None
        if not (lex.first("context.today", langs, text) or lex.first("context.news_lede", langs, text)):
            return None
        first, last = _token_index(body.folded, start), _token_index(body.folded, end)
        named = any(
            first <= hit.start < last
            and hit.label[0] in ("alias", "model")
            and (products is None or hit.label[1] in products)
            for hit in body.hits
        )
        return found if named else None

    def _unveiled_in(self, langs: tuple[str, ...], body: _Text, cue: _Cue) -> str | None:
        """The cue's own sentence unveils a named product before it ("MiniMax dévoile Hailuo
        02, ..., disponible dès maintenant sur l'application Hailuo"): where the unveiled
        thing ships is part of its launch - unless a date sets the unveiling in the past
        ("Veo 3, unveiled at I/O, is now available in 70 countries")."""
        sentence = body.sentence_text(cue.sentence)
        # the date must touch the unveiling, not a predecessor named after the cue ("qui
        # succède à Wan 2.2 sorti il y a deux mois")
        told = body.folded[body.sentence_starts[cue.sentence] : cue.start + len(cue.text)]
        if self._background_date(langs, told):
            return None
        if not self.lexicons.first("context.novelty", langs, told) and (
            self.lexicons.first("context.host_apps", langs, sentence)
            or self.lexicons.first("context.audiences", langs, sentence)
        ):
            # ... and not when an existing thing goes into another team's app ("announced Veo
            # 3 Fast for Shorts"), a region or a tier ("presenta Veo 3 en España, disponible
            # desde hoy"): an arrival there, whatever the verb; a thing the sentence calls new
            # ("lanzó Seedance 2.5, la nueva versión ..., ya disponible en CapCut") ships there
            return None
        before = _token_index(body.folded, cue.start)
        # ... or a release verb of its owner's ("Tencent on Wednesday open-sourced HunyuanVideo
        # 2, ... whose weights are now on Hugging Face"): where the released thing ships is part
        # of its release
        return self._unveiling_verb(langs, body, cue.sentence, before=before) or self._unveiling_verb(
            langs, body, cue.sentence, before=before, category="context.first_release", by_owner=True
        )

    def _unveiling_verb(
        self,
        langs: tuple[str, ...],
        body: _Text,
        sentence: int,
        before: int | None = None,
        *,
        category: str = "context.announcement",
        by_owner: bool = False,
    ) -> str | None:
        """An announcement verb (a verb of ``category``) of the summary's sentence whose object
        is a named product (before token ``before`` when given): "dévoile son nouveau Hailuo
        02", not what a statement is about ("announced that Veo 3 is now available"). With
        ``by_owner`` the product's vendor is named before the verb ("Tencent on Wednesday
        open-sourced HunyuanVideo 2", not "fal today launched Seedance 2.0 on its platform")."""
        offset = body.sentence_starts[sentence]
        for found in self.lexicons.find(category, langs, body.sentence_text(sentence)):
            product = self._governed_product(langs, body, offset + found.end(), before=before)
            if product is None:
                continue
            if by_owner:
                owners = set(self.taxonomy.products[product.label[1]].vendors)
                verb = _token_index(body.folded, offset + found.start())
                first = _token_index(body.folded, offset)
                if not any(
                    first <= h.start < verb and h.label[0] == "vendor" and h.label[1] in owners
                    for h in body.hits
                ):
                    continue
            return found.group(0)
        return None

    def _governed_product(
        self,
        langs: tuple[str, ...],
        prepared: _Text,
        end: int,
        before: int | None = None,
        products: set[int] | None = None,
    ) -> Hit[TaxonomyLabel] | None:
        """The product that is the object of the verb ending at character ``end``: only
        filler words between ("dévoile son nouveau Movie Gen"), not "dévoile pourquoi Movie Gen
        ..." or "reveals details on"; named before token ``before``, and one of ``products``,
        when given. None when no product is."""
        after = _token_index(prepared.folded, end)
        filler = self.lexicons.tokens("host_filler", langs)
        return next(
            (
                hit
                for hit in prepared.hits
                if after <= hit.start < (len(prepared.toks) if before is None else before)
                and hit.label[0] in ("alias", "model")
                and (products is None or hit.label[1] in products)
                and filler.issuperset(prepared.toks[after : hit.start])
            ),
            None,
        )

    def _announces_product(self, langs: tuple[str, ...], head: _Text, end: int) -> bool:
        """The announcement verb ending at character ``end`` takes the product as its object:
        named there ("unveils Veo 3"), or just before it in the passive ("Veo 4 announced,
        coming first to Flow"), or referred to with filler words that a punctuation mark or the
        title's end closes ("Hailuo 03 : MiniMax dévoile son nouveau modèle, ..."). A verb
        that a colon follows frames what comes after ("Neal Mohan l'annonce : Veo 3 débarquera
        dans les Shorts"): the arrival is what is announced, the product is not its object."""
        if not _FRAMES.match(head.folded, end) and self._governed_product(langs, head, end) is not None:
            return True
        segment = head.folded[end:].split(",", 1)[0]
        clause = _CLAUSE_BREAK.search(segment)
        segment = segment[: clause.start()] if clause else segment
        verb = _token_index(head.folded, end) - 1
        variants = self.rules.tokens.variants
        if not self._background_date(langs, segment) and any(
            hit.label[0] in ("alias", "model") and _read_version(head.toks, hit.end, variants)[2] == verb
            for hit in head.hits
        ):
            return True  # ... not "Veo 3, présenté en mai, arrive en France"
        words = _TOKEN.findall(segment)
        return bool(words) and self.lexicons.tokens("host_filler", langs).issuperset(words)

    def _not_public(self, langs: tuple[str, ...], prepared: _Text, cue: _Cue) -> bool:
        """The delay cue keeps the thing from the public at large ("no immediate plans to
        release it to the public", "ne le rend pas encore public"), no region or tier named:
        after an unveiling, the terms of a launch (§1b), not a slip."""
        lex = self.lexicons
        if self._background_date(langs, prepared.sentence_text(cue.sentence)):
            return False  # "Présenté il y a un an, Movie Gen n'est toujours pas ouvert au public"
        end = cue.start + len(cue.text)
        still = lex.tokens("still_words", langs)

        def kept_back(m: re.Match[str]) -> bool:
            # "n'est toujours pas ouvert au public" is a slip that goes on, not an unveiling's terms
            at = _token_index(prepared.folded, m.start())
            return still.isdisjoint(prepared.toks[max(0, at - 3) : _token_index(prepared.folded, m.end())])

        return any(
            m.start() < end
            and cue.start < m.end()
            and not lex.first("context.places", langs, m.group(0))
            and kept_back(m)
            for m in lex.find("context.not_public", langs, prepared.folded)
        ) and not lex.first("context.places", langs, cue.text)

    def _lead_cue(self, langs: tuple[str, ...], body: _Text, chosen: list[_Cue]) -> _Cue:
        """The deciding sentence's most specific cue, except a price told as a detail of a
        release or an arrival named before it ("has made Gen-4 Turbo available on its Free
        plan, so new sign-ups can spend 125 credits", "ouvre Veo 3 aux comptes gratuits, avec
        un quota limité"): that price is a second event (§1b: "opens the API to all
        developers at $0.10/s" is availability + pricing). A detail word (price_details)
        between the two, or a price qualifier ("at $0.10"), makes the price a detail; "and"
        alone does not ("launches Veo 4 and halves Veo 3's price")."""
        cue = _most_specific(chosen)
        if cue.event != "pricing":
            return cue
        earlier = [c for c in chosen if c.event in ("launch", "availability")]
        if not earlier:
            return cue
        if self._background_date(langs, body.sentence_text(cue.sentence)):
            return cue  # "launched the model in February, and this week began charging"
        first_end = min(c.start + len(c.text) for c in earlier)
        first_start = _token_index(body.folded, min(c.start for c in earlier))
        details = self.lexicons.tokens("price_details", langs)
        plans = self.lexicons.tokens("plan_nouns", langs)
        qualified = self._price_qualifiers(langs, body)
        opening = _token_index(body.folded, body.sentence_starts[cue.sentence])
        for priced in (c for c in chosen if c.event == "pricing"):
            if priced.start < first_end:
                return cue
            at = _token_index(body.folded, priced.start)
            named = [
                h.start for h in body.hits if first_start <= h.start < at and h.label[0] in ("alias", "model")
            ]
            # ... or named before the arrival ("Veo 3 can now be reached in 159 countries,
            # including ..., by anyone paying $19.99 a month")
            before = any(
                opening <= h.start < first_start and h.label[0] in ("alias", "model") for h in body.hits
            )
            # what was released is a plan ("introduced a Lite plan for Dream Machine at $7.99")
            if named and not plans.isdisjoint(body.toks[first_start : named[0]]):
                return cue
            if not named and (not before or not plans.isdisjoint(body.toks[first_start:at])):
                return cue
            if details.isdisjoint(body.toks[_token_index(body.folded, first_end) : at]) and not any(
                _qualifies(span, priced.start) for span in qualified
            ):
                return cue
        return _most_specific(earlier)

    def _summary_decision(
        self, head: _Text, body: _Field, context: _EventContext, has_product: bool, question: bool
    ) -> _Decision:
        weights = self.rules.score
        lex = self.lexicons
        langs = context.langs
        near = context.near
        # a price in brackets details a plan or a tier ("Gemini Pro subscribers ($19.99 a
        # month)"), it is not the lede's event
        unbracketed = [c for c in body.cues if c.event != "pricing" or not _bracketed(body.text.folded, c)]
        if not unbracketed:
            return _Decision(reason="a price in brackets is a detail")
        sentence = _lead_sentence(unbracketed, near, context.plans)
        chosen = [c for c in unbracketed if c.sentence == sentence]
        cue = self._host_launch(langs, body.text, self._lead_cue(langs, body.text, chosen))
        sentence_text = body.text.sentence_text(sentence)
        recent = bool(lex.first("context.recency", langs, sentence_text))
        news = bool(lex.first("context.news_lede", langs, sentence_text))
        # The opening sentence states the event about the subject ("OpenAI's Sora is now
        # available in the EU"): enough to answer a headline's question.
        lede_fact = (
            sentence == 0
            and sentence in near
            and (sentence not in context.plans or cue.event in ("delay", "waitlist"))
        )
        weight = (weights.event_summary_near if sentence in near else weights.event_summary) + (
            weights.recency if recent else 0.0
        )
        # the opening reports the subject's event with a day: a release day's coverage
        day_one = (
            lede_fact
            and not question
            and self._dated_today(langs, body.text, cue)
            and not self._background_date(langs, sentence_text)
            # ... not a review after days of use ("que Kuaishou lanzó el lunes" after "Durante
            # una semana he generado clips")
            and not lex.first("context.long_use", langs, body.text.opening(self.rules.lede_sentences))
        )
        if not has_product and not {sentence, sentence - 1} & near:
            # A vendor-only subject needs its event in its sentence or the next ("It
            # launches ..."): "Google's video AI ..." / "The research model is not
            # available to the public" is not news about Google.
            weight = 0.0
        supported = _unique(chosen + context.lede(body.cues))
        kept = cue.event == "delay" and self._not_public(langs, body.text, cue)
        title_announced = lex.find("context.announcement", langs, head.folded)
        if kept:  # "Meta reveals new details on Movie Gen" unveils no product
            title_announced = [
                m for m in title_announced if self._governed_product(langs, head, m.end()) is not None
            ]
        # a rhetorical headline ("La fin des tournages publicitaires ?") over a lede dated
        # today asks nothing the lede's unveiling depends on
        dated_lede = bool(lex.first("context.today", langs, body.text.sentence_text(0))) and not lex.first(
            "context.hearsay", langs, body.text.sentence_text(0)
        )
        announced = (
            (title_announced[0].group(0) if title_announced else None)
            or self._unveiled_before(langs, body.text, cue)
            if (cue.event in ("availability", "waitlist") or kept)
            and not context.future_title
            and (not question or dated_lede)
            else None
        )
        if not announced and cue.event == "availability" and not context.future_title and not question:
            # "At I/O on Tuesday, Google announced Veo 3, its newest video model. It is rolling
            # out today to ...": the opening releases a new thing, so where it ships is its launch.
            announced = (
                self._released_as_new(langs, body.text)
                if lex.first("context.today", langs, body.text.sentence_text(0))
                else None
            )
        if announced:
            # "Google announces Veo 3.1" over "... rolling out to Gemini and Vertex AI";
            # "OpenAI unveils Sora" over "available to red teamers": where a newly
            # unveiled thing ships, and who gets it first, is part of its launch.
            return _Decision(
                "launch",
                weight,
                f'event:launch ("{announced}", weak, "{cue.text}" in summary)',
                news=news,
                lede_fact=lede_fact,
                events=_event_list("launch", supported),
                day_one=day_one,
            )
        # "Sora bientôt dans ChatGPT ?" over "OpenAI envisagerait d'intégrer Sora": a release
        # or arrival the headline asks about and the deciding sentence reports as hearsay is
        # nobody's announcement yet
        rumoured = (
            (question or "?" in head.folded)
            and cue.event in ("launch", "availability")
            and bool(lex.first("context.hearsay", langs, sentence_text))
        )
        return _Decision(
            cue.event,
            weight,
            f'event:{cue.event} ("{cue.text}", summary)',
            news=news,
            lede_fact=lede_fact,
            events=_event_list(cue.event, supported),
            hearsay=rumoured,
            day_one=day_one,
        )

    def _weak_decision(
        self, title: _Field, body: _Field, context: _EventContext, own_family: list[_Cue]
    ) -> _Decision:
        """Weak cues ("announces", "unveils"), then comparatives ("cheaper") when nothing else."""
        weights = self.rules.score
        lex = self.lexicons
        langs = context.langs
        weak_title, minor_title = self._weak_cues(langs, title.text, title.skip, title.cut)
        weak_title += own_family
        weak_body, minor_body = self._weak_cues(langs, body.text, body.skip, body.cut)
        if not weak_title and not weak_body:
            weak_title, weak_body = minor_title, minor_body
        if weak_title:
            cue = _most_specific(weak_title)
            news = bool(body.text.folded) and bool(
                lex.first("context.news_lede", langs, body.text.sentence_text(0))
            )
            return _Decision(
                cue.event,
                weights.weak_title,
                f'event:{cue.event} ("{cue.text}", weak)',
                news=news,
                weak=True,
                events=[cue.event],
            )
        if weak_body:
            sentence = _lead_sentence(weak_body, context.near, context.plans)
            cue = _most_specific([c for c in weak_body if c.sentence == sentence])
            start = body.text.sentence_starts[sentence]
            told = body.text.sentence_text(sentence)
            if (
                cue.event == "launch"
                and sentence < self.rules.lede_sentences
                and self._released_now(langs, body.text, start, start + len(told))
                and self._governed_product(langs, body.text, cue.start + len(cue.text)) is not None
                and not lex.first("context.host_apps", langs, told)
            ):
                # ... not an announcement of it going into another team's app ("hat
                # angekündigt, Veo 3 in YouTube Shorts zu integrieren"): an arrival there.
                # "Google a présenté Veo 3, la dernière version de son IA vidéo", "A Meta
                # anunciou nesta sexta-feira o Movie Gen": an unveiling of the product told as
                # today's news in the lede is reported, not merely mentioned
                return _Decision(
                    "launch",
                    weights.event_summary_near + weights.recency,
                    f'event:launch ("{cue.text}", an unveiling told as news, summary)',
                    news=True,
                    events=["launch"],
                )
            news = bool(lex.first("context.news_lede", langs, body.text.sentence_text(sentence)))
            weight = (weights.weak_summary_near if sentence in context.near else weights.weak_summary) + (
                weights.recency if news else 0.0
            )
            return _Decision(
                cue.event,
                weight,
                f'event:{cue.event} ("{cue.text}", weak, summary)',
                news=news,
                weak=True,
                events=[cue.event],
            )
        novelty = self._figurative_release(title.text, body.text, langs)
        if novelty:
            return _weak_launch(
                weights.weak_title, f'event:launch (figurative title, "{novelty}" opens the summary)'
            )
        fresh = self._new_today(title.text, body.text, langs)
        if fresh:
            return _weak_launch(
                weights.weak_title,
                f'event:launch (the summary opens on its owner\'s new product, today: "{fresh}")',
            )
        return _Decision()

    def _new_today(self, head: _Text, body: _Text, langs: tuple[str, ...]) -> str | None:
        """A hype headline over a lede that opens on the owner's new product, dated today
        ("Pika 3.0 turns the meme machine up to eleven" over "Pika Labs' newest model reached
        every user of its apps on Wednesday"): no event word, but the first sentence reports
        the new thing's arrival as today's news, which is its launch."""
        named = ("alias", "model", "vendor")
        if not any(hit.label[0] in named for hit in head.hits) or not self._dated_opening(langs, body):
            return None
        if not any(hit.label[0] in named and body.sentence_of_token(hit.start) == 0 for hit in body.hits):
            return None
        opening = body.sentence_text(0)
        for found in self._new_words(langs, opening):
            if _owned(_TOKEN.findall(opening, 0, found.start()), found.group(0)):
                return found.group(0)
        return None

    def _figurative_release(self, head: _Text, body: _Text, langs: tuple[str, ...]) -> str | None:
        """A metaphor for a release ("Google muscle Veo avec une version 3.1", "alza
        l'asticella con Veo 3.1"): the owner opens the headline as the one acting (not
        "Google's Veo 3 ...") on one of its products, and the summary opens on the thing as
        new ("La nouvelle version du modèle ..."). No event word says so; the shape does."""
        owner = _opening_hit(head, ("vendor",))
        if owner is None or head.toks[owner.end : owner.end + 1] in _NOT_ACTING:
            return None
        products = self.taxonomy.products
        if not any(
            hit.label[0] in ("alias", "model")
            and hit.start > owner.end  # a verb between: "Runway Gen-4.5 and ..." is a name
            and owner.label[1] in products[hit.label[1]].vendors
            for hit in head.hits
        ):
            return None
        if not body.folded:
            return None
        opening = body.sentence_text(0)
        lex = self.lexicons
        for found in self._new_words(langs, opening):
            if len(_TOKEN.findall(opening, 0, found.start())) > 2:
                continue
            # ... and says what it does, in the present ("améliore le son"), not what befell it
            does = lex.find("context.capability", langs, opening[found.end() :])
            if does and len(_TOKEN.findall(opening, found.end(), found.end() + does[0].start())) <= 6:
                return found.group(0)
        return None

    def _price_qualifiers(self, langs: tuple[str, ...], prepared: _Text) -> list[tuple[int, int]]:
        return [m.span() for m in self.lexicons.find("context.price_qualifier", langs, prepared.folded)]

    def _title_vendors(self, langs: tuple[str, ...], head: _Text) -> set[str]:
        """The vendors of the longest list of names in the headline ("Kling, Hailuo and
        Seedance": names with only commas or "and" between them), each product counted as its
        first vendor; rivals named as a yardstick ("takes aim at Sora and Veo") are no list
        with the subject."""
        joins = self.lexicons.tokens("list_joins", langs)
        best: set[str] = set()
        run: set[str] = set()
        previous_end: int | None = None
        for hit in head.hits:
            if hit.label[0] not in ("alias", "vendor"):
                continue
            vendor = (
                hit.label[1] if hit.label[0] == "vendor" else self.taxonomy.products[hit.label[1]].vendors[0]
            )
            between = head.toks[previous_end : hit.start] if previous_end is not None else None
            if between is None or not joins.issuperset(between):
                run = set()
            run.add(vendor)
            previous_end = hit.end
            if len(run) > len(best):
                best = set(run)
        return best

    def _subject_sentences(self, prepared: _Text, vendors: list[str]) -> set[int]:
        """Sentences of the summary that name a product or one of the subject's vendors."""
        wanted = set(vendors)
        return {
            prepared.sentence_of_token(hit.start)
            for hit in prepared.hits
            if hit.label[0] in ("alias", "model") or (hit.label[0] == "vendor" and hit.label[1] in wanted)
        }

    # -- genre ----------------------------------------------------------------------------
    def _genres(
        self,
        head: _Text,
        body: _Text,
        url: _Url | None,
        langs: tuple[str, ...],
        title: str,
        question: bool,
        decision: _Decision,
    ) -> list[_Genre]:
        """Every genre the page shows, with where it was seen (title, address, opening)."""
        lex = self.lexicons
        rules = self.rules
        found: list[_Genre] = []
        lede = body.opening(rules.lede_sentences)
        tail_from = self._tail_start(head, body, langs, decision)
        label_end = self._section_label_end(head, decision)
        tails: set[str] = set()
        for genre in self._genre_names:
            # Price-page words that report the event are not the page's genre ("revoit sa
            # grille tarifaire" is a price change, not a price page).
            matches = lex.find(f"genres.{genre}", langs, head.folded)
            if genre in rules.genre.reported:
                matches = [m for m in matches if not _reports(m, decision)]
            if genre in rules.genre.named_after:
                matches = [m for m in matches if _names_after(head, m)]
            if matches and genre in rules.genre.claimed:
                claims = [c.span() for c in lex.find("context.rank_claim", langs, head.folded)]
                matches = [m for m in matches if not _within(m.span(), claims)]
            if matches:
                tail = (genre in self._tail_genres and all(m.start() >= tail_from for m in matches)) or (
                    genre in rules.genre.sections
                    and all(m.end() <= label_end for m in matches)
                    # "Review: ..." alone is the page's kind; "Deals & Reviews desk:" a section
                    and len(_TOKEN.findall(head.folded, 0, label_end))
                    > len(_TOKEN.findall(matches[0].group(0)))
                )
                if not tail and genre in rules.genre.labels:
                    tail = self._labels_news(langs, head, matches)
                if tail:
                    tails.add(genre)
                found.append(_Genre(genre, "tail" if tail else "title", matches[0].group(0)))
            if lede and genre in self._lede_genres:
                cue = lex.first(f"genres.{genre}", langs, lede)
                if cue:
                    found.append(_Genre(genre, "lede", cue))
        if lede:
            # a summary that opens by telling the reader what to do with the product ("Turn text
            # and images into cinematic video with Kling.") is its landing page
            landing = lex.find("context.landing", langs, lede)
            if landing and landing[0].start() == 0:
                found.append(_Genre("directory", "lede", landing[0].group(0)))
        first_clause = _CLAUSE_BREAK.search(head.folded)
        first_words = head.folded[: first_clause.start()].strip() if first_clause else ""
        if first_words in rules.genre.op_ed_labels:
            found.append(_Genre("op_ed", "title", first_words))
        closing = _CLOSING_BRACKET.search(head.folded)
        status = first_words if first_words in rules.genre.incident_labels else None
        if status is None and closing and closing.group(1).strip() in rules.genre.incident_labels:
            status = closing.group(1).strip()
        if status:
            found.append(_Genre("incident", "title", status))
        listed = len(self._title_vendors(langs, head)) if rules.genre.survey_vendors else 0
        if listed >= rules.genre.survey_vendors > 0:
            # ... and reports nothing itself ("Kling, Hailuo, Seedance: la Chine lance
            # l'offensive" over a lede about prices; "Freepik adds Kling, Hailuo and Wan" is news)
            cues, skip, cut = self._strong_cues(langs, head)
            if not cues and not self._weak_cues(langs, head, skip, cut)[0]:
                found.append(_Genre("survey", "title", f"a list of {listed} vendors' names"))
        if question or decision.asked or (_QUESTION_END.search(title) and not decision.title_decided):
            found.append(_Genre("question", "title", "?"))
        if self._name_only(head):
            found.append(_Genre("name_only", "title", _NAME_ONLY))
        else:
            label = self._page_label(head)
            if label:
                found.append(_Genre("name_only", "title", f'"{label}" names a page'))
        if url is not None:
            owner_release = _owner_release(head, decision)
            # The slug repeats a claim of rank the title makes ("...-takes-top-spot-on-leaderboard").
            claimed = bool(rules.genre.claimed) and bool(lex.first("context.rank_claim", langs, head.folded))
            for seen in self._url_genres(url, langs):
                if owner_release and seen.name == "library" and seen.cue == url.host:
                    continue
                if claimed and seen.name in rules.genre.claimed:
                    continue
                if (
                    seen.name in self.rules.genre.reported
                    and decision.title_cue is not None
                    and seen.cue in decision.title_cue.text
                ):
                    continue  # the slug repeats the title's price-change words
                if seen.name in tails and not seen.cue.startswith("/"):
                    # The slug repeats the title's service line ("...-comment-l-essayer").
                    seen = _Genre(seen.name, "tail", seen.cue)
                found.append(seen)
        return found

    def _labels_news(self, langs: tuple[str, ...], head: _Text, matches: list[re.Match[str]]) -> bool:
        """The genre's words make up the headline's first clause and an event cue follows it
        ("Weekly AI recap: OpenAI unveils Sora, ...", "Revue de presse : Meta dévoile Movie
        Gen"): a digest's label over its lead story, not "Five video-model launches you
        missed" or "Les 5 annonces IA de la semaine : Kling, Veo, ..."."""
        found = _CLAUSE_BREAK.search(head.folded)
        if found is None or any(m.end() > found.start() for m in matches):
            return False
        cues, skip, cut = self._strong_cues(langs, head)
        # an unveiling is a lead story, a bare price noun lists one ("AI Daily #418: Kling API
        # prices, Runway's new hire, ...")
        cues = cues + [c for c in self._weak_cues(langs, head, skip, cut)[0] if c.event == "launch"]
        return any(c.start >= found.end() for c in cues)

    def _tail_start(self, head: _Text, body: _Text, langs: tuple[str, ...], decision: _Decision) -> int:
        """Where a service tail may start in the title ("OpenAI launches Sora 2: here's how to
        try it"): after the first clause break that follows the deciding title cue, when the
        summary's first sentence reports an event of the subject as today's news ("OpenAI
        released Sora 2 today") and is no how-to or explainer itself ("In today's tutorial
        ..."); a service line after it ("Below: what changed and what it costs") is the
        report's own. Past the title's end (no tail) otherwise."""
        none = len(head.folded) + 1
        if decision.title_cue is None or not decision.lede_news:
            return none
        lede = body.sentence_text(0)
        if any(self.lexicons.first(f"genres.{genre}", langs, lede) for genre in self.rules.genre.tails):
            return none
        found = _TAIL_BREAK.search(head.folded, decision.title_cue.start)
        return none if found is None else found.end()

    def _section_label_end(self, head: _Text, decision: _Decision) -> int:
        """Where a first clause that only names the outlet's section ends ("AI Tools Guide:
        Midjourney ships V2", "Deals & Reviews desk: Pika cuts ...", "Guia Tech | ..."): a
        clause before the deciding title cue with no product or vendor in it, over a summary
        whose first sentence reports the event as today's news. -1 otherwise (no label)."""
        cue = decision.title_cue
        if cue is None or not decision.lede_news or not _in_place(head, cue):
            return -1
        found = _CLAUSE_BREAK.search(head.folded, 0, cue.start)
        if found is None:
            return -1
        end = _token_index(head.folded, found.start())
        if any(hit.start < end and hit.label[0] in ("alias", "model", "vendor") for hit in head.hits):
            return -1
        return found.start()

    def _url_genres(self, url: _Url, langs: tuple[str, ...]) -> list[_Genre]:
        cues = self.rules.url
        found: list[_Genre] = []
        host = url.host
        if host in cues.library_hosts:
            found.append(_Genre("library", "url", host))
        if host in cues.research_hosts:
            found.append(_Genre("research", "url", host))
        # A last segment of four words or more is a story's slug ("/apps/sora-chega-ao-brasil"):
        # the segments before it are the site's sections, not the page's kind.
        story = bool(url.segments) and len(_SEGMENT_SPLIT.split(url.segments[-1])) >= _STORY_SLUG_WORDS
        for index, segment in enumerate(url.segments):
            genre = self._segment_genres.get(segment)
            if genre is None:
                # A slug ("kling-3-review-and-guide") is read word by word below.
                continue
            if genre in cues.sections and story and index < len(url.segments) - 1:
                continue
            found.append(_Genre(genre, "url", f"/{segment}"))
        if url.words:
            for genre in self._url_formats:
                cue = self.lexicons.first(f"genres.{genre}", langs, url.words)
                if cue:
                    found.append(_Genre(genre, "url", cue))
        if any(g.name == "changelog" for g in found):
            # "/docs/release-notes": the docs section houses the changelog; the page is the log
            found = [g for g in found if g.name != "documentation"]
        return found

    def _name_only(self, head: _Text) -> bool:
        """A title that is only a product's name ("Sora 2 Pro", "HunyuanVideo 1.5"), or a
        name and what it is in brackets ("Dream Machine (text-to-video model)"): a profile or
        directory page, not a report."""
        if not head.toks or not any(hit.label[0] in ("alias", "model") for hit in head.hits):
            return False
        covered: set[int] = set()
        for hit in head.hits:
            covered.update(range(hit.start, hit.end))
        filler = self.rules.tokens.name_filler | self.rules.tokens.variants
        described = _DESCRIBED.match(head.folded)
        named = len(_TOKEN.findall(described.group(1))) if described else len(head.toks)
        return named > 0 and all(
            index in covered or tok in filler or _VERSION.match(tok)
            for index, tok in enumerate(head.toks[:named])
        )

    def _page_label(self, head: _Text) -> str | None:
        """A title whose first clause is a product's name and a page noun ("Sora 2 API
        Pricing: cost per second", "Seedance 1.0 Pro API - $0.25 per clip"): the label of a
        profile, price or reference page, not a report. Returns that clause."""
        found = _CLAUSE_BREAK.search(head.folded)
        if found is None:
            return None
        clause = head.folded[: found.start()]
        end = len(_TOKEN.findall(clause))
        if not end or not any(hit.label[0] in ("alias", "model") and hit.start < end for hit in head.hits):
            return None
        covered: set[int] = set()
        for hit in head.hits:
            if hit.start < end:
                covered.update(range(hit.start, hit.end))
        tokens = self.rules.tokens
        filler = tokens.name_filler | tokens.variants
        words = head.toks[:end]
        if tokens.page_nouns.isdisjoint(words):
            return None
        if all(
            index in covered or tok in filler or tok in tokens.page_nouns or _VERSION.match(tok)
            for index, tok in enumerate(words)
        ):
            return clause.strip()
        return None

    def _actor_lede(self, langs: tuple[str, ...], body: _Text, decision: _Decision) -> bool:
        """The summary's first sentence tells the event as somebody's act ("Stability AI
        released Stable Video 4D 2.0 ...", "fal has added Kling 2.1 ...", "Microsoft a commencé
        le déploiement de ..."), not a profile's definition ("Kling 2.1 is Kuaishou's model,
        released in May 2025"): it does not open on a product's name, and no date sets it in
        the past. Under a headline that is only the name, that is a report."""
        if not decision.lede_fact or not body.toks:
            return False
        if any(hit.start <= 1 and hit.label[0] in ("alias", "model") for hit in body.hits):
            return False
        return not self._background_date(langs, body.sentence_text(0))

    def _genre_penalty(
        self, genres: list[_Genre], decision: _Decision, reasons: list[str], actor_lede: bool = False
    ) -> float:
        weights = self.rules.genre
        by_place: dict[str, dict[str, tuple[float, _Genre]]] = {
            "title": {},
            "tail": {},
            "day": {},
            "url": {},
            "lede": {},
        }
        strongest: dict[str, tuple[float, str]] = {}
        if decision.day_one or decision.release_day:
            # a release day's explainer or hands-on: its format is the coverage of the news; a
            # slug word repeating it is the same, a "/reviews/" section is not
            titled = {g.name for g in genres if g.where == "title"}
            genres = [
                _Genre(g.name, "day", g.cue)
                if g.name in weights.day_one
                and (
                    g.where == "title"
                    or (g.where == "url" and g.name in titled and not g.cue.startswith("/"))
                )
                else g
                for g in genres
                if not (g.where == "lede" and g.name in weights.day_one)
            ]
        for genre in genres:
            if genre.where == "tail":
                weight = weights.tail
            elif genre.where == "day":
                weight = weights.day_one_weight
            else:
                table = {"title": weights.title, "url": weights.url, "lede": weights.lede}[genre.where]
                weight = table.get(genre.name, 0.0)
            best = strongest.get(genre.name)
            # A genre counts once, where it weighs most ("guide" in the title and in the slug).
            if best is None or weight > best[0]:
                strongest[genre.name] = (weight, genre.where)
            place = by_place[genre.where]
            if genre.name not in place or weight > place[genre.name][0]:
                place[genre.name] = (weight, genre)
        totals = {"title": 0.0, "tail": 0.0, "day": 0.0, "url": 0.0, "lede": 0.0, "uncapped": 0.0}
        # A rhetorical or topical headline over a lede that reports today's news ("Will
        # Google's video AI redefine content?" / "This week, Google unveiled ..."): the lede
        # decides, the headline's topic costs nothing.
        waive = decision.thin and (decision.news or decision.day_one)
        for where, place in by_place.items():
            for name, (weight, genre) in place.items():
                if strongest[name][1] != where:
                    continue
                if waive and where == "title" and name not in weights.formats | weights.unwaived:
                    weight = 0.0
                totals["uncapped" if where == "lede" and name in weights.lede_uncapped else where] += weight
                place_note = {
                    "title": "",
                    "tail": " after the news",
                    "day": " on the release day",
                    "url": " in address",
                    "lede": " in summary",
                }[where]
                reasons.append(f'genre:{name} ("{genre.cue}"{place_note}, -{weight:.2f})')
        penalty = (
            min(
                totals["title"]
                + min(totals["tail"], weights.tail)
                + min(totals["day"], weights.day_one_weight),
                weights.cap_title,
            )
            + min(totals["url"], weights.cap_url)
            + min(totals["lede"], weights.cap_lede)
            + totals["uncapped"]
        )
        if decision.hearsay:
            penalty += weights.thin_evidence
            reasons.append(f"genre:speculation, a plan reported as hearsay (-{weights.thin_evidence:.2f})")
        elif decision.thin and decision.event != "none":
            sinking = [
                g
                for g in genres
                if (g.where == "title" and g.name in weights.sinks)
                or (g.where == "url" and (g.name in weights.formats or g.name in weights.url_sinks))
                or (g.where == "lede" and g.name in weights.lede_sinks)
                or (g.where == "lede" and decision.weak and g.name in weights.weak_lede_sinks)
            ]
            # formats, and a headline about a usage figure, sink even today's news
            formats = [
                g
                for g in sinking
                if (g.name in weights.formats and g.where in ("title", "url"))
                or (g.name in weights.news_sinks and g.where == "title")
            ]
            if decision.lede_fact and all(g.name == "question" for g in sinking):
                # "Is Sora finally in Europe?" over "Sora is now available in the EU ...":
                # the opening answers the question.
                sinking = []
            if actor_lede and all(g.name == "name_only" and g.cue == _NAME_ONLY for g in sinking):
                # "Kling 2.1" over "fal has added Kling 2.1 to its API": a headline of a name
                # over a lede that reports somebody's act is a terse report, not a profile.
                sinking = []
            # A research demo shown today is still not a release: those sink even news.
            shown = [
                g
                for g in sinking
                if g.where == "lede" and decision.weak and g.name in weights.weak_lede_sinks
            ]
            if sinking and (shown or not ((decision.news or decision.day_one) and not formats)):
                penalty += weights.thin_evidence
                reasons.append(f"genre:{sinking[0].name} over thin evidence (-{weights.thin_evidence:.2f})")
        return penalty


def _confirmable(product: Product) -> bool:
    """Names that need no help (unambiguous) or that are AI-video brands once anything
    video-like is around them (not the Flows and Fireflies that also name other things)."""
    return not product.ambiguous or (
        (product.context_confirms or product.version_confirms) and not product.video_context_required
    )


def _peer_confirmation(product: Product, named: Iterable[Product]) -> str:
    """Another vendor's AI-video product in the same entry confirms an ambiguous name:
    "Firefly app with Veo, Kling and Runway models" is about video models."""
    if not _confirmable(product):
        return ""
    for other in named:
        if (
            other.slug != product.slug
            and not set(other.vendors) & set(product.vendors)
            and _confirmable(other)
        ):
            return f"with {other.slug}"
    return ""


def _outside(
    matches: list[tuple[str, re.Match[str]]],
    skip: list[tuple[int, int]],
    prepared: _Text,
    cut: Iterable[tuple[int, int]] = (),
) -> list[_Cue]:
    """Cues from matches that do not lie inside one of the ``skip`` spans nor overlap a
    ``cut`` span."""
    cues = []
    cut = tuple(cut)
    for event, match in matches:
        start, end = match.span()
        if any(b0 <= start and end <= b1 for b0, b1 in skip):
            continue
        if _overlaps(start, end, cut):
            continue
        cues.append(_Cue(event, match.group(0), prepared.sentence_at(start), start))
    return cues


def prepared_text(title: str | None, summary: str | None, lede_chars: int) -> tuple[str, str]:
    """Title and lede as the detector reads them (the second opinion's training reads the
    same): entities decoded, the lede cut to ``lede_chars``."""
    return _unescaped(title or ""), _unescaped((summary or "")[:lede_chars])


def _unescaped(text: str) -> str:
    """Entities a feed escaped twice ("Pika stellt &quot;Pikaffects&quot; ein",
    "d&eacute;barque"): feedparser decodes one level, the second reaches us as text."""
    return html.unescape(text) if "&" in text else text


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Characters ``start:end`` share at least one character with one of ``spans``."""
    return any(start < s1 and s0 < end for s0, s1 in spans)


def _cut(cue: _Cue, cut: Iterable[tuple[int, int]]) -> bool:
    """A cut span (a work "hecho con Veo", a qualifier) overlaps the cue: it does not count."""
    return _overlaps(cue.start, cue.start + len(cue.text), cut)


def _styled(prepared: _Text, end: int, styles: frozenset[str]) -> bool:
    """The name ending at token ``end`` is joined to a style word ("tiktok-style", "sora-esque");
    a separate word ("Sora, style TikTok") is not that."""
    if end >= len(prepared.toks) or prepared.toks[end] not in styles:
        return False
    return f"{prepared.toks[end - 1]}-{prepared.toks[end]}" in prepared.folded


def _owner_release(head: _Text, decision: _Decision) -> bool:
    """The title has a vendor release one of the watched products itself, the vendor's name
    right before the verb ("Alibaba open-sources Wan 2.1"): on a code host that is the vendor's
    release, not a third party's library ("Alibaba Wan GGUF quants released")."""
    cue = decision.title_cue
    if cue is None or decision.event != "launch":
        return False
    start = _token_index(head.folded, cue.start)
    vendor_first = any(hit.label[0] == "vendor" and hit.end == start for hit in head.hits)
    return vendor_first and any(hit.label[0] in ("alias", "model") for hit in head.hits)


def _names_after(head: _Text, match: re.Match[str]) -> bool:
    """A product or vendor is named right after ``match`` in the title ("made with *Sora*"),
    not AI in general ("generated with AI") or a prompt ("created with text")."""
    end = _token_index(head.folded, match.end())
    return any(
        hit.label[0] in ("vendor", "alias", "model") and 0 <= hit.start - end <= _NAME_AFTER_GAP
        for hit in head.hits
    )


def _opening_hit(head: _Text, kinds: tuple[str, ...]) -> Hit[TaxonomyLabel] | None:
    """The taxonomy hit of one of ``kinds`` that opens the headline, if any."""
    return next((hit for hit in head.hits if hit.start == 0 and hit.label[0] in kinds), None)


def _owned(before: list[str], novelty: str) -> bool:
    """A novelty phrase said of its owner's thing: after a possessive ("Google's new model",
    "its newest model") or starting with one ("son nouveau modèle")."""
    after_possessive = bool(before) and (before[-1] == "s" or before[-1] in _POSSESSIVES)
    return after_possessive or novelty.split()[0] in _POSSESSIVES


def _within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """``span`` lies inside one of ``spans``."""
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _reports(match: re.Match[str], decision: _Decision) -> bool:
    """``match`` (in the folded title) lies within the title cue that decided the event."""
    cue = decision.title_cue
    if cue is None or match.group(0) not in cue.text:
        return False
    return cue.start <= match.start() and match.end() <= cue.start + len(cue.text)


def _span_between(head: _Text, first: _Cue, then: _Cue) -> tuple[int, int]:
    """The tokens after ``first`` ends and before ``then`` starts (title cues; empty when they overlap)."""
    end = first.start + len(first.text)
    if end > then.start:
        return 0, 0
    return _token_index(head.folded, end), _token_index(head.folded, then.start)


def _one_clause(head: _Text, start: int, end: int) -> bool:
    """No clause break (":", ";", a dash) between two character offsets of ``head``."""
    return _CLAUSE_BREAK.search(head.folded, start, end) is None


def _names_between(head: _Text, first: _Cue, then: _Cue) -> bool:
    """A product is named between two title cues."""
    lo, hi = _span_between(head, first, then)
    return any(hit.label[0] in ("alias", "model") and lo <= hit.start < hi for hit in head.hits)


def _tokens_between(head: _Text, first: _Cue, then: _Cue) -> list[str]:
    lo, hi = _span_between(head, first, then)
    return head.toks[lo:hi]


def _inside(inner: _Cue, outer: _Cue) -> bool:
    return (
        inner is not outer
        and outer.start <= inner.start
        and inner.start + len(inner.text) <= outer.start + len(outer.text)
    )


def _most_specific(cues: list[_Cue]) -> _Cue:
    return min(cues, key=lambda cue: PRECEDENCE.index(cue.event))


def _in_place(prepared: _Text, cue: _Cue) -> bool:
    """The cue's text sits at its offset (a host cue is rebuilt from tokens, at offset 0):
    checks that read the text around a cue need this."""
    return prepared.folded.startswith(cue.text, cue.start)


def _first_in_title(mentions: list[_Mention]) -> int | None:
    """The token index of the title's first product mention, if the title names one."""
    return min((m.start for m in mentions if m.in_title), default=None)


def _qualifies(span: tuple[int, int], start: int) -> bool:
    """A price cue inside a price qualifier ("at $0.10"), or right after one ("priced at 20
    credits", "com preço de US$ 0,30"): the price of what the sentence releases."""
    return span[0] <= start <= span[1] + 1


def _bracketed(folded: str, cue: _Cue) -> bool:
    """The cue sits inside round brackets ("(21,99 € par mois)")."""
    opened = folded.rfind("(", 0, cue.start)
    return opened >= 0 and folded.rfind(")", opened, cue.start) < 0 and ")" in folded[cue.start :]


def _primary(cues: list[_Cue], head: _Text, price_qualifiers: Sequence[tuple[int, int]] = ()) -> _Cue:
    """The title's news: the first clause with a cue ("OpenAI launches the Sora 2 API:
    per-second billing" is a launch), and within it the most specific event - except a price
    that only qualifies a release ("launches ... at $0.10 per second"), a second event. A
    pricing cue that starts before the price ("lance une formule à 6,99 dollars") is the news."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(head.folded)]
    clause = {id(cue): bisect.bisect_right(breaks, cue.start) for cue in cues}
    first = min(clause.values())
    in_clause = [cue for cue in cues if clause[id(cue)] == first]
    qualified = [
        cue
        for cue in in_clause
        if cue.event == "pricing" and any(_qualifies(span, cue.start) for span in price_qualifiers)
    ]
    rest = [cue for cue in in_clause if cue not in qualified]
    return _most_specific(rest or in_clause)


def _asked(cues: list[_Cue], head: _Text) -> list[_Cue]:
    """Cues of a title's question clauses, asked, not reported: a closing clause that is a
    question ("Runway Gen-4.5: the end of Google's lead?") and the clause an opening question
    mark closes ("¿Adiós a Sora? ByteDance lanza ...": only "¿Adiós a Sora?")."""
    if not cues:
        return []
    opened = _QUESTION_OPENS.search(head.folded)
    asked: list[_Cue] = []
    if opened is not None:
        # "Sora 2 is finally available in Europe. Who can use it? ..." reports the arrival
        begins = [m.end() for m in _QUESTION_CLAUSE_START.finditer(head.folded, 0, opened.start())]
        begin = begins[-1] if begins else 0
        asked = [cue for cue in cues if begin <= cue.start < opened.start()]
    if not _QUESTION_END.search(head.folded):
        return asked
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(head.folded)]
    if not breaks:
        return asked
    return asked + [cue for cue in cues if cue.start > breaks[-1] and cue not in asked]


def _event_list(primary: str, *fields: list[_Cue]) -> list[str]:
    """Every event supported, primary first, then the others by precedence. ``fields`` are
    the cues of each field (title, lede); a cue inside a longer cue of its field is part of
    it ("launches" in "launches ... in Europe")."""
    others = set()
    for cues in fields:
        spans = [(cue.start, cue.start + len(cue.text)) for cue in cues]
        for cue, (start, end) in zip(cues, spans, strict=True):
            if not any(s0 <= start and end <= s1 and (s0, s1) != (start, end) for s0, s1 in spans):
                others.add(cue.event)
    others.discard(primary)
    others -= _NOT_BESIDE.get(primary, frozenset())
    return [primary, *sorted(others, key=PRECEDENCE.index)]


# What a delay postpones is a launch or an access: the word for it ("report du lancement",
# "access delayed") names the object, not a second event of the item.
_NOT_BESIDE = {"delay": frozenset({"launch", "availability"})}


def _unique(cues: list[_Cue]) -> list[_Cue]:
    return list(dict.fromkeys(cues))


def _weak_launch(weight: float, reason: str) -> _Decision:
    """A launch read from the shape of the entry, not from an event word: weak evidence, which
    any genre sinks."""
    return _Decision("launch", weight, reason, weak=True, events=["launch"])


# How far into the lede's first sentence its subject may start ("Kuaishou's new Kling 3.5
# ..." is the sentence's subject; "a clip made with Kling 3.5" is not).
_SUBJECT_TOKENS = 4


def _lead_sentence(cues: list[_Cue], near: set[int], plans: set[int] | None = None) -> int:
    """The deciding sentence: the first with a cue that names the subject and states a fact
    (not a plan: "is set to", "s'apprête à"), else the first naming the subject, else the
    first with a cue. A slip or a restriction told in the future ("will only reach Brazil in
    the second half") is a fact about the plan, so its sentence is no mere plan."""
    sentences = sorted({cue.sentence for cue in cues})
    slips = {cue.sentence for cue in cues if cue.event in ("delay", "waitlist")}
    plans = (plans or set()) - slips
    for wanted in (
        lambda s: s in near and s not in plans,
        lambda s: s <= 1 and s not in plans,
        lambda s: s in near,
    ):
        found = next((s for s in sentences if wanted(s)), None)
        if found is not None:
            return found
    return sentences[0]


def _token_index(folded: str, char: int) -> int:
    return len(_TOKEN.findall(folded, 0, char))


def _read_version(
    toks: list[str], index: int, variants: frozenset[str]
) -> tuple[str | None, str | None, int]:
    """A version number (and variant word) right after an alias: "Veo 3.1 Fast" -> ("3.1", "fast")."""
    if index < len(toks):
        match = _VERSION.match(toks[index])
        if match:
            index += 1
            variant = None
            if index < len(toks) and toks[index] in variants:
                variant = toks[index]
                index += 1
            return match.group(1), variant, index
    return None, None, index


@lru_cache(maxsize=1)
def default_detector() -> Detector:
    """The detector built from the bundled seeds, built on first use (once per process).
    Entries without a language get one from feeds.parse.language (its model loads on first need)."""
    from feeds.parse.language import identify

    return Detector(bundled_taxonomy(), bundled_lexicons(), identify, second_opinion=bundled_second_opinion())

"""Genre: what kind of page an entry is (review, guide, price list, ...) from its title, lede
and address, and how much that lowers its score (step 3 of feeds/detect/classify.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from feeds.detect.cues import CueReading
from feeds.detect.novelty import NoveltyReading
from feeds.detect.reading import (
    CLAUSE_BREAK,
    QUESTION_END,
    TAIL_BREAK,
    TOKEN,
    VERSION,
    Decision,
    PreparedText,
    in_place,
    read_version,
    token_index,
)
from feeds.detect.subject import SubjectReading
from feeds.detect.text import fold

# Words allowed between "made with" and the tool's name ("made with the new Sora", not
# "generated with AI, presented by Google").
_NAME_AFTER_GAP = 2

_SEGMENT_SPLIT = re.compile(r"[^a-z0-9]+")

_STORY_SLUG_WORDS = 4
# Amounts an opening must state to read as a list of prices ("Turbo: $0.35 ... Master: $1.40").
_LISTED_AMOUNTS = 2

_NAME_ONLY = "the title is a name"

# A name followed by a bracketed description and nothing else, as encyclopedias title pages
_DESCRIBED = re.compile(r"^([^()]+)\([^()]*\)\s*$")

# A last clause in brackets ("... generation times (resolved)").
_CLOSING_BRACKET = re.compile(r"\(([^()]{1,40})\)\s*$")
# "No, ..." / "Non, ..." opening a headline: the answer to a rumour (``denial_labels``)
_DENIAL = re.compile(r"\s*(\w+)\s*,\s")
_CONTRACTED_NOT = re.compile(r"\w+n t\b")  # "isn't", "hasn't", folded
_SECOND_CLAUSE = re.compile(r"[,:;|(]|\s[\u2013\u2014-]\s")


@dataclass(frozen=True, slots=True)
class PageAddress:
    """What a page's address says about it: host, path segments and slug words."""

    host: str
    segments: tuple[str, ...]
    words: str  # the path's words, space-separated (read with the genre lexicons)

    @classmethod
    def parse(cls, link: str | None) -> PageAddress | None:
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

    def words_without(self, skipped: set[int]) -> str:
        """The path's words, leaving out the segments at the indexes ``skipped``."""
        return " ".join(
            w
            for i, segment in enumerate(self.segments)
            if i not in skipped
            for w in _SEGMENT_SPLIT.split(segment)
            if w
        )


@dataclass(frozen=True, slots=True)
class _Genre:
    """A sign of the page's kind (review, guide, price list, ...) and where it showed."""

    name: str
    where: str  # "title" | "tail" (a service line after the news) | "day" (release-day coverage) | "url" | "lede"
    cue: str


def without_genres(
    genres: list[_Genre], url: frozenset[str] = frozenset(), title: frozenset[str] = frozenset()
) -> list[_Genre]:
    """The genres but those the address gives from ``url`` and the title from ``title``: a
    reading that makes them no sign of the page's kind ("Release notes" on the owner's site)."""
    return [
        g
        for g in genres
        if not ((g.where == "url" and g.name in url) or (g.where == "title" and g.name in title))
    ]


def _owner_release(head: PreparedText, decision: Decision) -> bool:
    """The title has a vendor release one of the watched products itself, the vendor's name
    right before the verb ("Alibaba open-sources Wan 2.1"): on a code host that is the vendor's
    release, not a third party's library ("Alibaba Wan GGUF quants released")."""
    cue = decision.title_cue
    if cue is None or decision.event != "launch":
        return False
    start = token_index(head.folded, cue.start)
    vendor_first = any(hit.label[0] == "vendor" and hit.end == start for hit in head.hits)
    return vendor_first and any(hit.label[0] in ("alias", "model") for hit in head.hits)


def _names_after(head: PreparedText, match: re.Match[str]) -> bool:
    """A product or vendor is named right after ``match`` in the title ("made with *Sora*"),
    not AI in general ("generated with AI") or a prompt ("created with text")."""
    end = token_index(head.folded, match.end())
    return any(
        hit.label[0] in ("vendor", "alias", "model") and 0 <= hit.start - end <= _NAME_AFTER_GAP
        for hit in head.hits
    )


def _named_before(head: PreparedText, match: re.Match[str]) -> bool:
    """A product or vendor is named in the title before ``match`` ("Runway wird immer teurer")."""
    start = token_index(head.folded, match.start())
    return any(hit.label[0] in ("vendor", "alias", "model") and hit.start < start for hit in head.hits)


def _within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """``span`` lies inside one of ``spans``."""
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _reports(match: re.Match[str], decision: Decision) -> bool:
    """``match`` (in the folded title) lies within the title cue that decided the event."""
    cue = decision.title_cue
    if cue is None or match.group(0) not in cue.text:
        return False
    return cue.start <= match.start() and match.end() <= cue.start + len(cue.text)


class GenreReading(SubjectReading, CueReading, NoveltyReading):
    """What kind of page the entry is."""

    # compiled once from the rules and lexicons by Detector.__init__
    _segment_genres: dict[str, str]
    _lede_genres: frozenset[str]
    _tail_genres: frozenset[str]
    _url_formats: tuple[str, ...]
    _genre_names: list[str]

    def _lede_genre_cue(
        self, genre: str, langs: tuple[str, ...], body: PreparedText, lede: str
    ) -> str | None:
        """The first phrase of ``genre`` in the summary's opening, skipping price-page words that
        an event cue reports: a cue that starts at or before them and runs into them ("has
        published the first price list", "il nuovo listino"; not the bare "credits" of "what
        the credits cost")."""
        matches = self.lexicons.find(f"genres.{genre}", langs, lede)
        if matches and genre in self.rules.genre.reported:
            cues = [(c.start, c.start + len(c.text)) for c in self._strong_cues(langs, body)[0]]
            matches = [m for m in matches if not any(s <= m.start() < e for s, e in cues)]
        return matches[0].group(0) if matches else None

    def _genres(
        self,
        head: PreparedText,
        body: PreparedText,
        url: PageAddress | None,
        langs: tuple[str, ...],
        title: str,
        question: bool,
        decision: Decision,
    ) -> list[_Genre]:
        """Every genre the page shows, with where it was seen (title, address, opening)."""
        lex = self.lexicons
        rules = self.rules
        found: list[_Genre] = []
        lede = body.opening(rules.lede_sentences)
        tail_from = self._tail_start(head, body, langs, decision)
        label_end = self._section_label_end(head, decision)
        consequence_from = self._consequence_start(head, langs, decision)
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
            if matches and genre in rules.genre.subjectless:
                matches = [m for m in matches if not _named_before(head, m)]
            if matches and genre in rules.genre.hosted:
                venues = [v.span() for v in lex.find("context.venue", langs, head.folded)]
                matches = [m for m in matches if not _within(m.span(), venues)]
            if matches and genre in rules.genre.scrutinized:
                scrutiny = [s.span() for s in lex.find("context.scrutiny", langs, head.folded)]
                matches = [m for m in matches if not _within(m.span(), scrutiny)]
            if matches:
                tail = (genre in self._tail_genres and all(m.start() >= tail_from for m in matches)) or (
                    genre in rules.genre.sections
                    and all(m.end() <= label_end for m in matches)
                    # "Review: ..." alone is the page's kind; "Deals & Reviews desk:" a section
                    and len(TOKEN.findall(head.folded, 0, label_end))
                    > len(TOKEN.findall(matches[0].group(0)))
                )
                if not tail and genre in rules.genre.labels:
                    tail = self._labels_news(langs, head, matches)
                if (
                    not tail
                    and genre in rules.genre.consequences
                    and all(m.start() >= consequence_from for m in matches)
                ):
                    # the news's consequence when the opening reports the event as today's
                    # news; the news itself when the opening tells the reaction
                    tail = decision.lede_news
                    if not tail and self._reaction_is_news(langs, head, body, decision, consequence_from):
                        found.append(_Genre("reaction_news", "title", matches[0].group(0)))
                if tail:
                    tails.add(genre)
                found.append(_Genre(genre, "tail" if tail else "title", matches[0].group(0)))
            if lede and genre in self._lede_genres:
                cue = self._lede_genre_cue(genre, langs, body, lede)
                if cue:
                    found.append(_Genre(genre, "lede", cue))
        if lede:
            # a summary that opens by telling the reader what to do with the product ("Turn text
            # and images into cinematic video with Kling.") is its landing page
            landing = lex.find("context.landing", langs, lede)
            if landing and landing[0].start() == 0:
                found.append(_Genre("directory", "lede", landing[0].group(0)))
        first_clause = CLAUSE_BREAK.search(head.folded)
        first_words = head.folded[: first_clause.start()].strip() if first_clause else ""
        if first_words in rules.genre.op_ed_labels:
            found.append(_Genre("op_ed", "title", first_words))
        interview = self._interview_label(head.folded)
        if interview:
            found.append(_Genre("opinion", "title", interview))
        answered = self._answered_rumour(langs, head)
        if answered:
            found.append(_Genre("fact_check", "title", answered))
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
        listing = self._price_listing(langs, head, lede, decision)
        if listing:
            found.append(_Genre("price_list", "lede", listing))
        if question or decision.asked or (QUESTION_END.search(title) and not decision.title_decided):
            found.append(_Genre("question", "title", "?"))
        if self._name_only(head):
            found.append(_Genre("name_only", "title", _NAME_ONLY))
        else:
            label = self._page_label(head)
            if label:
                found.append(_Genre("name_only", "title", f'"{label}" names a page'))
        status = None if decision.title_decided else self._status_label(head)
        if status:
            found.append(_Genre("directory", "title", f'"{status}" labels a status page'))
        if url is not None:
            owner_release = _owner_release(head, decision)
            # The slug repeats a claim of rank the title makes ("...-takes-top-spot-on-leaderboard").
            claimed = bool(rules.genre.claimed) and bool(lex.first("context.rank_claim", langs, head.folded))
            # ... or a lede that releases weights ("We are releasing the inference code and model
            # weights of HunyuanVideo-1.5"): a library's notes do not
            weights = (
                url.host in rules.url.library_hosts
                and decision.event == "launch"
                and bool(lex.first("context.open_weights", langs, lede))
            )
            for seen in self._url_genres(url, langs):
                if (owner_release or weights) and seen.name == "library" and seen.cue == url.host:
                    continue
                if claimed and seen.name in rules.genre.claimed:
                    continue
                if (
                    seen.name in rules.genre.reported
                    and decision.title_cue is not None
                    and (
                        seen.cue in decision.title_cue.text
                        or (
                            decision.title_cue.event == "pricing"
                            and lex.first("context.price_change", langs, url.words)
                        )
                    )
                ):
                    # the slug repeats the title's price-change words, or tells a price change
                    # under a pricing headline ("Runway revoit sa copie tarifaire" at
                    # ".../runway-nouveaux-tarifs-abonnements")
                    continue
                if seen.name in tails and not seen.cue.startswith("/"):
                    # The slug repeats the title's service line ("...-comment-l-essayer").
                    seen = _Genre(seen.name, "tail", seen.cue)
                found.append(seen)
        return found

    def _interview_label(self, folded: str) -> str | None:
        """The interview label the headline opens on ("Interview with Runway's CEO",
        "Entretien avec le PDG de Runway"), or None. No label is another's first words, so
        at most one matches."""
        opening = folded.lstrip()
        return next(
            (label for label in self.rules.genre.interview_labels if opening.startswith(f"{label} ")), None
        )

    def _answered_rumour(self, langs: tuple[str, ...], head: PreparedText) -> str | None:
        """A headline that opens on "No," (``denial_labels``) and negates the one clause after
        it ("No, Kling 3.0 has not been released", "Nein, Kling 3.0 ist noch nicht erschienen")
        answers a rumour: the ``fact_check`` genre. Not when a second clause tells news of its
        own ("No, Sora isn't dead: OpenAI launches Sora 2", "..., OpenAI says", "... y OpenAI
        no tiene planes") or the negation tells a change ("No, you don't need a subscription
        anymore"). Returns the genre's reason."""
        settings = self.rules.genre
        denial = _DENIAL.match(head.folded)
        if denial is None or denial.group(1) not in settings.denial_labels:
            return None
        if _SECOND_CLAUSE.search(head.folded, denial.end()):
            return None
        rest = set(TOKEN.findall(head.folded, denial.end()))
        negated = bool(self.lexicons.tokens("negators", langs) & rest) or bool(
            _CONTRACTED_NOT.search(head.folded, denial.end())
        )
        if not negated or rest & (settings.denial_stops | settings.denial_joins):
            return None
        return f'"{denial.group(1)}," then a negation'

    def _price_listing(
        self, langs: tuple[str, ...], head: PreparedText, lede: str, decision: Decision
    ) -> str | None:
        """Prices listed, not changed (§1b: a page that lists prices is none): pricing is the
        item's only event, no strong cue or amount in the headline tells it, the opening
        states two amounts or more, or one as a label or an estimate ("Pricing: $0.28 per
        clip", "costs approximately $0.25 per run"), and neither tells a change of price
        ("cuts", "now costs", "instead of $10") or a time ("today", "désormais") - a reseller's
        catalogue, an API's rate card, "Kling 2.5 API Pricing". Returns the genre's cue."""
        if decision.events != ["pricing"] or decision.title_decided or decision.lede_news:
            return None
        lex = self.lexicons
        if lex.first("context.price_amounts", langs, head.folded):
            return None  # a headline's own amount is its news ("goes up to $29.99")
        amounts = lex.find("context.price_amounts", langs, lede)
        label = lex.first("context.price_labels", langs, lede)
        if label and any(
            lex.first(f"context.{name}", langs, text)
            for name in ("statement", "announcement")
            for text in (head.folded, lede)
        ):
            label = None  # a vendor's statement of it ("MiniMax said ... priced at about $0.28")
        if len(amounts) < _LISTED_AMOUNTS and not label:
            return None
        if any(
            lex.first(f"context.{name}", langs, text)
            for name in ("price_change", "recency")
            for text in (head.folded, lede)
        ):
            return None  # "rise 20%", "facture désormais", "agora em reais"
        if label and len(amounts) < _LISTED_AMOUNTS:
            return f'"{label}" and no change of price'
        return f"{len(amounts)} amounts and no change of price"

    def _labels_news(self, langs: tuple[str, ...], head: PreparedText, matches: list[re.Match[str]]) -> bool:
        """The genre's words make up the headline's first clause and an event cue follows it
        ("Weekly AI recap: OpenAI unveils Sora, ...", "Revue de presse : Meta dévoile Movie
        Gen"): a digest's label over its lead story, not "Five video-model launches you
        missed" or "Les 5 annonces IA de la semaine : Kling, Veo, ..."."""
        found = CLAUSE_BREAK.search(head.folded)
        if found is None or any(m.end() > found.start() for m in matches):
            return False
        cues, skip, cut = self._strong_cues(langs, head)
        # an unveiling is a lead story, a bare price noun lists one ("AI Daily #418: Kling API
        # prices, Runway's new hire, ...")
        cues = cues + [c for c in self._weak_cues(langs, head, skip, cut)[0] if c.event == "launch"]
        return any(c.start >= found.end() for c in cues)

    def _tail_start(
        self, head: PreparedText, body: PreparedText, langs: tuple[str, ...], decision: Decision
    ) -> int:
        """Where a service tail may start in the title ("OpenAI launches Sora 2: here's how to
        try it"): after the first clause break that follows the deciding title cue, when the
        summary's first sentence reports an event of the subject as today's news ("OpenAI
        released Sora 2 today") and is no how-to or explainer itself ("In today's tutorial
        ..."); a service line after it ("Below: what changed and what it costs") is the
        report's own. Past the title's end (no tail) otherwise."""
        none = len(head.folded) + 1
        if decision.title_cue is None:
            return self._placed_name_tail(head, body, langs, decision)
        if not decision.lede_news:
            return none
        if self._serves_itself(langs, body.sentence_text(0)):
            return none
        found = TAIL_BREAK.search(head.folded, decision.title_cue.start)
        return none if found is None else found.end()

    def _placed_name_tail(
        self, head: PreparedText, body: PreparedText, langs: tuple[str, ...], decision: Decision
    ) -> int:
        """A headline of a product and a place, then a how-to line ("Sora 2 sur Android : mode
        d'emploi", "Veo 3 in Gemini: how to use it today"), over a summary whose first sentence
        reports the release or the arrival with today's day and no date ("a rendu Veo 3
        disponible ce jeudi", "landed on Google Play this morning"): the how-to is the report's
        own, as after a headline's event. An undated or dated lede ("Veo 3 est disponible en
        France", "depuis le 3 juillet") keeps the guide evergreen; so does a lede about
        somebody's tool built on the product, or one that takes the place back ("but not in the
        EU"). Explainers and reviews of the day weigh as its coverage (``day_one``) instead.
        Past the title's end (no tail) otherwise."""
        none = len(head.folded) + 1
        # day_one: the lede's first sentence states the event with a day of today's news
        if decision.event not in ("launch", "availability") or decision.weak or not decision.day_one:
            return none
        found = TAIL_BREAK.search(head.folded)
        if found is None:
            return none
        lex = self.lexicons
        first = head.folded[: found.start()]
        end = token_index(head.folded, found.start())
        if not any(hit.start < end and hit.label[0] in ("alias", "model") for hit in head.hits):
            return none
        placed = lex.first("context.platforms", langs, first) or lex.first("context.markets", langs, first)
        # ... or only the product's name ("Marey 2 from Moonvalley: how to try it"), before a
        # colon or a dash (not "Kling 2.1, one month later: tips"), over a lede that is the
        # owner's own report (below)
        named_alone = not placed and CLAUSE_BREAK.match(head.folded, found.start()) is not None
        if not placed and not (named_alone and self._names_alone(head, end)):
            return none
        if not lex.first("genres.guide", langs, head.folded[found.end() :]):
            return none  # an explainer or a review of the day weighs as the day's coverage
        lede = body.sentence_text(0)
        if lex.first("context.dated", langs, lede):
            return none  # "depuis le jeudi 3 juillet", "updated on Tuesday", "every Tuesday"
        first_clause, _sep, later = lede.partition(";")
        if placed and placed in later and placed not in first_clause:
            # "Veo 3 on iPhone: how to use it" over "... to the Gemini app on Android on
            # Tuesday; iPhone owners can use it through the web": the place is not the news
            return none
        toks = TOKEN.findall(lede)
        named = min((hit.start for hit in body.hits if hit.label[0] in ("alias", "model")), default=len(toks))
        if named >= len(toks):
            return none  # the lede must name the product
        if named_alone and not self._owner_reports(langs, body, toks, named):
            return none  # "Today Veo 3 is one of the models Google released ..."
        built_on, built_with = lex.tokens("built_on", langs), lex.tokens("built_with", langs)
        if not built_with.isdisjoint(toks[:named]) or not built_on.isdisjoint(toks):
            return none  # "a developer launched on Tuesday a bot that makes clips with Veo 3"
        contrast, negators = lex.tokens("contrast", langs), lex.tokens("negators", langs)
        if any(
            tok in contrast and not negators.isdisjoint(toks[i + 1 : i + 3]) for i, tok in enumerate(toks)
        ):
            return none  # "launched Sora in the US and Canada, but not in the EU"
        return none if self._serves_itself(langs, lede) else found.end()

    def _owner_reports(self, langs: tuple[str, ...], body: PreparedText, toks: list[str], named: int) -> bool:
        """The lede's first sentence opens on a vendor (maybe after one word: "A xAI lançou")
        and tells its act on the product: the owner's own report, not "Today Veo 3 is one of
        the models Google released"."""
        opening = min(
            (hit for hit in body.hits if hit.label[0] == "vendor" and hit.start < named),
            key=lambda hit: hit.start,
            default=None,
        )
        if opening is None or opening.start > 1:
            return False
        lex = self.lexicons
        # ... releasing no update or feature of it ("Google ha rilasciato oggi un aggiornamento
        # di Veo 3"), with no relative clause where the release may hide ("Oggi ByteDance
        # chiude Seedance 1.0, il modello che aveva lanciato")
        return lex.tokens("update_nouns", langs).isdisjoint(toks[opening.end : named]) and lex.tokens(
            "maker_relatives", langs
        ).isdisjoint(toks)

    def _names_alone(self, head: PreparedText, end: int) -> bool:
        """The headline's first ``end`` words are only names, versions and filler words
        ("Marey 2 from Moonvalley", "Veo 4 de Google"): the product itself is the subject."""
        covered = {index for hit in head.hits for index in range(hit.start, hit.end)}
        filler = self.rules.tokens.name_filler | self.rules.tokens.variants
        return all(
            index in covered or tok in filler or VERSION.match(tok)
            for index, tok in enumerate(head.toks[:end])
        )

    def _serves_itself(self, langs: tuple[str, ...], lede: str) -> bool:
        """The summary's first sentence is a how-to or an explainer itself ("In today's
        tutorial ..."): the page is one, whatever its headline reports."""
        return any(self.lexicons.first(f"genres.{genre}", langs, lede) for genre in self.rules.genre.tails)

    def _reaction_is_news(
        self, langs: tuple[str, ...], head: PreparedText, body: PreparedText, decision: Decision, clause: int
    ) -> bool:
        """A release or an arrival, then a reaction in the headline's later clause, over a
        summary whose first sentence tells a reaction or a legal step ("SAG-AFTRA a dénoncé
        mardi ...", "filed a copyright lawsuit on Monday"): somebody else's act is the news
        (§1b). Not a reaction granted in passing ("..., malgré la plainte de Disney"), nor the
        reason of a slip ("isn't available yet due to safety concerns")."""
        if not body.folded or decision.event not in ("launch", "availability") or decision.lede_cued:
            return False  # ... nor an opening that reports the event, in either sentence
        lex = self.lexicons
        if not lex.tokens("concessions", langs).isdisjoint(TOKEN.findall(head.folded, clause)):
            return False
        first = body.sentence_text(0)
        if lex.first("context.first_release", langs, first) and lex.first("context.today", langs, first):
            return False  # "... threatened legal action after ByteDance launched Seedance 2.0 on Thursday"
        return any(self._lede_genre_cue(genre, langs, body, first) for genre in self.rules.genre.consequences)

    def _consequence_start(self, head: PreparedText, langs: tuple[str, ...], decision: Decision) -> int:
        """Where a clause after the deciding title cue starts: the first clause break or
        coordinator ("and", "et", "und" ...) after it. Past the title's end without one."""
        none = len(head.folded) + 1
        cue = decision.told_cue
        if cue is None or decision.hearsay:
            return none
        end = cue.start + len(cue.text)
        found = TAIL_BREAK.search(head.folded, end)
        starts = [found.end()] if found else []
        joins = self.lexicons.tokens("list_joins", langs)
        starts += [
            head.token_spans[i][1]
            for i in range(token_index(head.folded, end), len(head.toks))
            if head.toks[i] in joins
        ][:1]
        return min(starts, default=none)

    def _section_label_end(self, head: PreparedText, decision: Decision) -> int:
        """Where a first clause that only names the outlet's section ends ("AI Tools Guide:
        Midjourney ships V2", "Deals & Reviews desk: Pika cuts ...", "Guia Tech | ..."): a
        clause before the deciding title cue with no product or vendor in it, over a summary
        whose first sentence reports the event as today's news. -1 otherwise (no label)."""
        cue = decision.title_cue
        if cue is None or not decision.lede_news or not in_place(head, cue):
            return -1
        found = CLAUSE_BREAK.search(head.folded, 0, cue.start)
        if found is None:
            return -1
        end = token_index(head.folded, found.start())
        if any(hit.start < end and hit.label[0] in ("alias", "model", "vendor") for hit in head.hits):
            return -1
        return found.start()

    def _url_genres(self, url: PageAddress, langs: tuple[str, ...]) -> list[_Genre]:
        cues = self.rules.url
        found: list[_Genre] = []
        host = url.host
        if host in cues.post_hosts:
            return found
        if host in cues.library_hosts:
            found.append(_Genre("library", "url", host))
        if host in cues.research_hosts:
            found.append(_Genre("research", "url", host))
        # A last segment of four words or more is a story's slug ("/apps/sora-chega-ao-brasil"):
        # the segments before it are the site's sections, not the page's kind.
        story = bool(url.segments) and len(_SEGMENT_SPLIT.split(url.segments[-1])) >= _STORY_SLUG_WORDS
        # A reference segment just before the site's news section names the site's area, not
        # the page ("watch.impress.co.jp/docs/news/<id>.html" is a news story), in the path and
        # in its words; an opinion or a help section keeps its kind ("/opinion/news/...").
        areas = {
            i
            for i, segment in enumerate(url.segments[1:])
            if segment in cues.news_sections and self._segment_genres.get(url.segments[i]) in cues.area_genres
        }
        for index, segment in enumerate(url.segments):
            genre = self._segment_genres.get(segment)
            if genre is None or index in areas:
                # A slug ("kling-3-review-and-guide") is read word by word below.
                continue
            if genre in cues.sections and story and index < len(url.segments) - 1:
                continue
            found.append(_Genre(genre, "url", f"/{segment}"))
        words = url.words_without(areas) if areas else url.words
        if words:
            for genre in self._url_formats:
                cue = self.lexicons.first(f"genres.{genre}", langs, words)
                if cue:
                    found.append(_Genre(genre, "url", cue))
        if any(g.name == "changelog" for g in found):
            # "/docs/release-notes": the docs section houses the changelog; the page is the log
            found = [g for g in found if g.name != "documentation"]
        return found

    def _log_entry(self, langs: tuple[str, ...], head: PreparedText, genres: list[_Genre]) -> str | None:
        """The page is an entry of a log of changes: its title labels the log ("Release notes",
        "Document history for the Amazon Bedrock User Guide", "Novità in Adobe Firefly",
        "Runway – What's New · Version 3.6") or its address files it there ("/release-notes",
        "/whats-new": a changelog among the page's ``genres`` read from the address). A standing
        page stamped "Updated January 5" is not one. Returns the label."""
        label = self.lexicons.first("context.log_label", langs, head.folded)
        return label or next((g.cue for g in genres if g.where == "url" and g.name == "changelog"), None)

    def _name_only(self, head: PreparedText) -> bool:
        """A title that is only a product's name ("Sora 2 Pro", "HunyuanVideo 1.5"), or a
        name and what it is in brackets ("Dream Machine (text-to-video model)"): a profile or
        directory page, not a report."""
        if not head.toks or not any(hit.label[0] in ("alias", "model") for hit in head.hits):
            return False
        described = _DESCRIBED.match(head.folded)
        named = len(TOKEN.findall(described.group(1))) if described else len(head.toks)
        return named > 0 and self._names_alone(head, named)

    def _page_label(self, head: PreparedText) -> str | None:
        """A title whose first clause is a product's name and a page noun ("Sora 2 API
        Pricing: cost per second", "Seedance 1.0 Pro API - $0.25 per clip"): the label of a
        profile, price or reference page, not a report. Returns that clause."""
        found = CLAUSE_BREAK.search(head.folded)
        if found is None:
            return None
        clause = head.folded[: found.start()]
        end = len(TOKEN.findall(clause))
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
            index in covered or tok in filler or tok in tokens.page_nouns or VERSION.match(tok)
            for index, tok in enumerate(words)
        ):
            return clause.strip()
        return None

    def _status_label(self, head: PreparedText) -> str | None:
        """A headline whose last clause is only a status noun, after a first clause that names
        a product ("Sora de OpenAI en España: disponibilidad", "Veo 4: release date"): the
        label of a page kept up to date about it (read when no strong cue in the headline
        reports an event). Returns that clause."""
        breaks = list(CLAUSE_BREAK.finditer(head.folded))
        if not breaks:
            return None
        start = token_index(head.folded, breaks[-1].end())
        if not any(hit.label[0] in ("alias", "model") and hit.start < start for hit in head.hits):
            return None
        tail = head.toks[start:]
        nouns = self.rules.tokens.status_nouns
        words = nouns | self.rules.tokens.status_joins
        if not tail or not all(tok in words for tok in tail) or nouns.isdisjoint(tail):
            return None
        return head.folded[breaks[-1].end() :].strip()

    def _genre_penalty(
        self, genres: list[_Genre], decision: Decision, reasons: list[str], actor_lede: bool = False
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
            # a release day's explainer or hands-on: its format is the coverage of the
            # news; a word of the page's slug is the same ("...-open-source-guide"), a
            # "/reviews/" section is not
            genres = [
                _Genre(g.name, "day", g.cue)
                if g.name in weights.day_one
                and (g.where == "title" or (g.where == "url" and not g.cue.startswith("/")))
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
                if (
                    waive
                    and where == "title"
                    and name not in weights.formats | weights.unwaived
                    and (decision.title_told or name not in weights.unwaived_untold)
                ):
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

    def _actor_lede(self, langs: tuple[str, ...], body: PreparedText, decision: Decision) -> bool:
        """The summary's first sentence tells the event as somebody's act ("Stability AI
        released Stable Video 4D 2.0 ...", "fal has added Kling 2.1 ...", "Microsoft a commencé
        le déploiement de ..."), not a profile's definition ("Kling 2.1 is Kuaishou's model,
        released in May 2025"): it does not open on a product's name, and no date sets it in
        the past. Under a headline that is only the name, that is a report."""
        if not decision.lede_fact or not body.toks:
            return False
        if any(hit.start <= 1 and hit.label[0] in ("alias", "model") for hit in body.hits):
            return False
        if decision.event in ("shutdown", "delay"):
            return True  # an end or a slip is dated to its schedule ("arrêtera Kling 1.6 le 30 avril")
        return not self._background_date(langs, body.sentence_text(0))

    def _releases_product(
        self, langs: tuple[str, ...], head: PreparedText, body: PreparedText, decision: Decision
    ) -> bool:
        """The headline's deciding cue is a launch or an arrival whose object is a named
        product, after the verb or inside the cue ("releases Wan 2.2 weights"), or whose
        subject is one, right before it ("LTX-2 is out"), or a headline
        with no cue over a first sentence that states a release of the subject with a strong
        cue ("Seedance 1.0 tops leaderboard in technical report" / "ByteDance has released
        Seedance 1.0 ..."); and no product's own paper is what it releases."""
        cue = decision.title_cue
        if cue is None:
            return (
                decision.event == "launch"
                and decision.lede_fact
                and not decision.weak
                and not self._own_paper(langs, head)
                and self._lede_releases_product(langs, body)
            )
        if decision.event not in ("launch", "availability") or not in_place(head, cue):
            return False
        if self._own_paper(langs, head):
            return False
        end = cue.start + len(cue.text)
        if self._governed_product(langs, head, end) is not None:
            return True
        first, last = token_index(head.folded, cue.start), token_index(head.folded, end)
        # the product inside the cue, or its subject right before it ("LTX-2 is out: open
        # weights, paper and ...")
        return any(
            h.label[0] in ("alias", "model")
            and (first <= h.start < last or self._past_version(head, h.end) == first)
            for h in head.hits
        )

    def _lede_releases_product(self, langs: tuple[str, ...], body: PreparedText) -> bool:
        """A strong launch cue of the summary's first sentence takes a named product as its
        object ("ByteDance has released Seedance 1.0"), not a method ("haben ein Verfahren
        vorgestellt") nor a model it dates ("o modelo aberto Wan, lançado pela Alibaba")."""
        return any(
            cue.event == "launch"
            and cue.sentence == 0
            and self._governed_product(langs, body, cue.start + len(cue.text)) is not None
            for cue in self._strong_cues(langs, body)[0]
        )

    def _own_paper(self, langs: tuple[str, ...], head: PreparedText) -> bool:
        """A research word right after a product's name ("releases Veo 3 research paper",
        "Wan 2.2 technical report"): the product's paper is what is released."""
        variants = self.rules.tokens.variants
        ends = {
            read_version(head.toks, hit.end, variants)[2]
            for hit in head.hits
            if hit.label[0] in ("alias", "model")
        }
        return any(
            token_index(head.folded, found.start()) in ends
            for found in self.lexicons.find("genres.research", langs, head.folded)
        )

    def _title_vendors(self, langs: tuple[str, ...], head: PreparedText) -> set[str]:
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

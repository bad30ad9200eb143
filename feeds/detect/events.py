"""The event: which cue decides, the title's or the lede's, and every event the entry supports
(step 2 of feeds/detect/classify.py)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from feeds.detect.attribution import AttributionReading
from feeds.detect.lede_makers import LedeMaker
from feeds.detect.reading import (
    CLAUSE_BREAK,
    PRECEDENCE,
    QUESTION_END,
    TAIL_BREAK,
    Cue,
    Decision,
    Mention,
    PreparedText,
    clause_around,
    most_specific,
    overlaps,
    token_index,
)
from feeds.detect.subject import SubjectReading
from feeds.detect.text import TOKEN

# A question mark with words after it ends an opening question, not the headline; the
# question is the clause it closes.
_QUESTION_OPENS = re.compile(r"[?？](?=\s+\w)")

_QUESTION_CLAUSE_START = re.compile(r"\s[:|\u2013\u2014-]\s|[:;.!]\s|[¿¡]")

# Words after an announcing verb that may say what it announces ("a annoncé mardi l'arrivée").
_ANNOUNCED_REACH = 4

# What a delay postpones is a launch or an access: the word for it ("report du lancement",
# "access delayed") names the object, not a second event of the item.
_NOT_BESIDE = {"delay": frozenset({"launch", "availability"})}


@dataclass(slots=True)
class _Field:
    """One field's strong cues and the spans that silence (``skip``) or cut other cues."""

    text: PreparedText
    cues: list[Cue]
    skip: list[tuple[int, int]]
    cut: list[tuple[int, int]]

    def silences(self, cue: Cue) -> bool:
        """A silencer of this field covers the cue's first word (a reading of the product's
        name, whose phrase the lexicon's silencers were not matched against)."""
        return any(b0 <= cue.start < b1 for b0, b1 in self.skip + self.cut)


@dataclass(frozen=True, slots=True)
class _EventContext:
    """What the summary says around the subject, for judging which cues are today's news."""

    near: set[int]  # summary sentences naming the subject
    plans: set[int]  # summary sentences that state a plan ("is set to", "s'apprête à")
    future_title: str | None  # the title announces something for later ("coming soon")
    langs: tuple[str, ...]

    def lede(self, cues: list[Cue]) -> list[Cue]:
        """Cues of the lede about the subject: its first two sentences, or one naming it."""
        return [c for c in cues if c.sentence in self.near or c.sentence <= 1]


def _cut(cue: Cue, cut: Iterable[tuple[int, int]]) -> bool:
    """A cut span (a work "hecho con Veo", a qualifier) overlaps the cue: it does not count."""
    return overlaps(cue.start, cue.start + len(cue.text), cut)


def _span_between(head: PreparedText, first: Cue, then: Cue) -> tuple[int, int]:
    """The tokens after ``first`` ends and before ``then`` starts (title cues; empty when they overlap)."""
    end = first.start + len(first.text)
    if end > then.start:
        return 0, 0
    return token_index(head.folded, end), token_index(head.folded, then.start)


def _one_clause(head: PreparedText, start: int, end: int) -> bool:
    """No clause break (":", ";", a dash) between two character offsets of ``head``."""
    return CLAUSE_BREAK.search(head.folded, start, end) is None


def _names_between(head: PreparedText, first: Cue, then: Cue) -> bool:
    """A product is named between two title cues."""
    lo, hi = _span_between(head, first, then)
    return any(hit.label[0] in ("alias", "model") and lo <= hit.start < hi for hit in head.hits)


def _tokens_between(head: PreparedText, first: Cue, then: Cue) -> list[str]:
    lo, hi = _span_between(head, first, then)
    return head.toks[lo:hi]


def _inside(inner: Cue, outer: Cue) -> bool:
    return (
        inner is not outer
        and outer.start <= inner.start
        and inner.start + len(inner.text) <= outer.start + len(outer.text)
    )


def _qualifies(span: tuple[int, int], start: int) -> bool:
    """A price cue inside a price qualifier ("at $0.10"), or right after one ("priced at 20
    credits", "com preço de US$ 0,30"): the price of what the sentence releases."""
    return span[0] <= start <= span[1] + 1


def _bracketed(folded: str, cue: Cue) -> bool:
    """The cue sits inside round brackets ("(21,99 € par mois)")."""
    opened = folded.rfind("(", 0, cue.start)
    return opened >= 0 and folded.rfind(")", opened, cue.start) < 0 and ")" in folded[cue.start :]


def _primary(
    cues: list[Cue],
    head: PreparedText,
    price_qualifiers: Sequence[tuple[int, int]] = (),
    plans: frozenset[str] = frozenset(),
    prices: frozenset[str] = frozenset(),
) -> Cue:
    """The title's news: the first clause with a cue ("OpenAI launches the Sora 2 API:
    per-second billing" is a launch), and within it the most specific event - except a price
    that only qualifies a release or an arrival ("launches ... at $0.10 per second", "opens
    Kling 2.5 to free users with daily credits"), a second event. A pricing cue that starts
    before the price ("lance une formule à 6,99 dollars"), or a price of a plan the release
    names (``plans``: "estrena plan gratuito con 30 créditos"), is the news. A bare price as
    the first clause labels the next clause's release or arrival ("$0.10 per second: Sora 2
    comes to the API"), unless that clause names a plan or prices (``plans``, ``prices``)."""
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(head.folded)]
    clause = {id(cue): bisect.bisect_right(breaks, cue.start) for cue in cues}
    first = _labelled_by_price(cues, head, breaks, clause, min(clause.values()), plans | prices)
    in_clause = [cue for cue in cues if clause[id(cue)] == first]
    released = min((c.start for c in in_clause if c.event in ("launch", "availability")), default=None)

    def plan_released(cue: Cue) -> bool:
        if released is None or released >= cue.start:
            return False
        between = head.toks[token_index(head.folded, released) : token_index(head.folded, cue.start)]
        return not plans.isdisjoint(between)

    qualified = [
        cue
        for cue in in_clause
        if cue.event == "pricing"
        and (
            any(_qualifies(span, cue.start) for span in price_qualifiers)
            # "arrives on Android for SuperGrok subscribers ($30/month)": a bracketed price
            # after the release or the arrival is its detail
            or (released is not None and released < cue.start and _bracketed(head.folded, cue))
        )
        and not plan_released(cue)
    ]
    rest = [cue for cue in in_clause if cue not in qualified]
    return most_specific(rest or in_clause)


def _labelled_by_price(
    cues: list[Cue],
    head: PreparedText,
    breaks: list[int],
    clause: dict[int, int],
    first: int,
    price_words: frozenset[str],
) -> int:
    """The clause a bare price as the headline's first clause labels: the next one with a
    release or an arrival ("$0.10 per second: Sora 2 comes to the API"), unless it names a plan
    or prices or has a price of its own ("$4.99 a month: Kling launches cheaper Basic plan",
    "new Veo 3 Fast pricing arrives on Vertex AI"). ``first`` otherwise."""
    opening = [cue for cue in cues if clause[id(cue)] == first]
    if len(opening) != 1 or opening[0].event != "pricing" or first >= len(breaks):
        return first
    begin = 0 if first == 0 else breaks[first - 1]
    if TOKEN.findall(head.folded, begin, breaks[first]) != TOKEN.findall(opening[0].text):
        return first
    later = [clause[id(c)] for c in cues if clause[id(c)] > first and c.event in ("launch", "availability")]
    if not later:
        return first
    second = min(later)
    end = breaks[second] if second < len(breaks) else len(head.folded)
    told = head.toks[token_index(head.folded, breaks[second - 1]) : token_index(head.folded, end)]
    if not price_words.isdisjoint(told) or any(
        c.event == "pricing" and clause[id(c)] == second for c in cues
    ):
        return first
    return second


def _asked(cues: list[Cue], head: PreparedText) -> list[Cue]:
    """Cues of a title's question clauses, asked, not reported: a closing clause that is a
    question ("Runway Gen-4.5: the end of Google's lead?") and the clause an opening question
    mark closes ("¿Adiós a Sora? ByteDance lanza ...": only "¿Adiós a Sora?")."""
    if not cues:
        return []
    opened = _QUESTION_OPENS.search(head.folded)
    asked: list[Cue] = []
    if opened is not None:
        # "Sora 2 is finally available in Europe. Who can use it? ..." reports the arrival
        begins = [m.end() for m in _QUESTION_CLAUSE_START.finditer(head.folded, 0, opened.start())]
        begin = begins[-1] if begins else 0
        asked = [cue for cue in cues if begin <= cue.start < opened.start()]
    if not QUESTION_END.search(head.folded):
        return asked
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(head.folded)]
    if not breaks:
        return asked
    return asked + [cue for cue in cues if cue.start > breaks[-1] and cue not in asked]


def _event_list(primary: str, *fields: list[Cue]) -> list[str]:
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


def _unique(cues: list[Cue]) -> list[Cue]:
    return list(dict.fromkeys(cues))


def _weak_launch(weight: float, reason: str) -> Decision:
    """A launch read from the shape of the entry, not from an event word: weak evidence, which
    any genre sinks."""
    return Decision("launch", weight, reason, weak=True, events=["launch"])


def _lead_sentence(cues: list[Cue], near: set[int], plans: set[int] | None = None) -> int:
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


def _lede_makers_cues(lede: LedeMaker, title: list[Cue], body: list[Cue]) -> tuple[list[Cue], list[Cue]]:
    """The cues of a maker the lede tells of: the headline's only when it names the maker or
    its model; of the lede's first sentence, only those that start its predicate ("has |
    postponed"), and its release. A new model's first release is its launch wherever it opens
    first ("released Vitrina ..., opening it to sellers in Argentina"), not an arrival (§1b)."""
    low, high = lede.predicate
    kept = [c for c in body if c.sentence != 0 or low <= c.start <= high]
    if lede.release is not None:
        kept = [c for c in kept if c.sentence != 0 or c.event not in ("launch", "availability")]
        kept.append(lede.release)
    return (title if lede.in_title else []), kept


class EventReading(SubjectReading, AttributionReading):
    """Which event the entry reports."""

    def _event(
        self,
        head: PreparedText,
        body: PreparedText,
        mentions: list[Mention],
        vendors: list[str],
        langs: tuple[str, ...],
        title_names_subject: bool,
        question: bool,
        maker_release: Cue | None = None,
        lede_maker: LedeMaker | None = None,
    ) -> Decision:
        """The entry's event: from a strong title cue, else the summary, else weak cues.
        ``maker_release`` is the title's release of a model by a maker the watchlist does not
        know (``_new_maker``): a strong launch cue of its own; ``lede_maker`` such a maker as
        the subject of the lede's first sentence (feeds/detect/lede_makers.py)."""
        lex = self.lexicons
        title = _Field(head, *self._strong_cues(langs, head))
        if maker_release is not None and all(c.start != maker_release.start for c in title.cues):
            title.cues.append(maker_release)
        body_field = _Field(body, *self._strong_cues(langs, body))
        own_family: list[Cue] = []
        host = self._host_cue(head, mentions, True, langs)
        if host is not None and not _cut(host[0], title.cut):
            (own_family if host[1] else title.cues).append(host[0])
        if not title.cues:
            placed = self._now_somewhere(langs, head, mentions)
            if placed is None and not (
                self._novelty(langs, head, body) or lex.first("context.future", langs, head.folded)
            ):
                placed = self._arrival_somewhere(langs, head, mentions)
            if placed is not None and not title.silences(placed):
                # ... unless a silencer covers its verb ("nega que o Seedance vá chegar a todos")
                title.cues.append(placed)
        title.cues = [self._launched_somewhere(langs, head, body, mentions, c) or c for c in title.cues]
        body_host = self._host_cue(body, mentions, False, langs)
        if body_host is not None and not body_host[1] and not _cut(body_host[0], body_field.cut):
            body_field.cues.append(body_host[0])
        for part, in_title in ((title, True), (body_field, False)):
            # a release told around the name is a headline's way; a summary's is background,
            # unless its first sentence tells it as the maker's act ("Lightricks a publié
            # mercredi LTX-3, ...")
            release = self._release_cue(part.text, mentions, in_title, langs)
            if release is not None and not in_title and not self._owner_tells(part.text, release):
                release = None
            for told in (
                self._end_cue(part.text, mentions, in_title, langs),
                self._hold_cue(part.text, mentions, in_title, langs),
                release,
                self._bring_cue(part.text, mentions, in_title, langs) if in_title else None,
            ):
                if told is not None and not part.silences(told):
                    part.cues.append(told)
        if lede_maker is not None:
            title.cues, body_field.cues = _lede_makers_cues(lede_maker, title.cues, body_field.cues)
        context = _EventContext(
            near=self._subject_sentences(body, vendors) | ({0} if lede_maker else set()),
            plans={body.sentence_at(m.start()) for m in lex.find("context.future", langs, body.folded)},
            future_title=lex.first("context.future", langs, head.folded),
            langs=langs,
        )
        built_on = self._built_on(langs, head, title.cues)
        if built_on:
            title.cues = [c for c in title.cues if c not in built_on]
            if not title.cues:
                # the headline's news is the builder's: its lede tells of the builder's tool
                return Decision(reason=f'third party\'s tool built on the product ("{built_on[0].text}")')
        if title.cues and self._nameless_builder(langs, head, body):
            return Decision(reason="a startup's own tool, built on the product the summary names")
        if (
            not title.cues
            and body_field.cues
            and (
                self._others_act(langs, head)
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
                return Decision(reason="third party's tool built on the product")
            body_field.cues = kept
        dated = [c for c in title.cues if self._dated_release(langs, head, c)]
        if dated:
            title.cues = [c for c in title.cues if c not in dated]
            if not title.cues:
                # "Google launched Veo 3 at I/O. The real story is ...": a past release recalled
                return Decision(reason=f'a release the headline dates in the past ("{dated[0].text}")')
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
                title.cues.append(Cue("delay", f"{cue.text}? no", cue.sentence, cue.start))
                return self._title_decision(title, body_field, context, title_names_subject)
        if asked:
            # "Gen-4.5: the end of Google's lead?": a cue in a closing question clause asks.
            title.cues = [c for c in title.cues if c not in asked]
        if title.cues and (not question or (answer == "yes" and not body_field.cues)):
            return self._title_decision(title, body_field, context, title_names_subject)
        # A question does not report its cue: the summary has to (else it is thin evidence).
        if body_field.cues:
            decision = self._summary_decision(head, body_field, context, bool(mentions), question)
            if self._access_over_price(langs, head, body, decision):
                # "Midjourney video, now in the Basic plan" over "... extended to the $10-a-month
                # plan": the price stays; who may use the product changed (§1b: a tier reached)
                decision.reason = (
                    f"event:availability (a tier in the headline, {decision.reason.removeprefix('event:')})"
                )
                decision.event = "availability"
                decision.events = ["availability", *(e for e in decision.events if e != "availability")]
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
            return Decision(
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

    def _access_over_price(
        self, langs: tuple[str, ...], head: PreparedText, body: PreparedText, decision: Decision
    ) -> bool:
        """The summary's price is a detail of a headline about access: the headline names an
        audience (a tier, a region) and no price of its own, and the deciding sentence tells
        no change of price ("raised", "now costs"), only the amount or the credits."""
        if decision.event != "pricing" or decision.asked:
            return False
        lex = self.lexicons
        if not lex.first("context.audiences", langs, head.folded):
            return False
        if any(
            lex.first(f"{kind}.pricing", langs, head.folded)
            for kind in ("events", "weak_events", "minor_events")
        ):
            return False
        sentences = {
            body.sentence_at(m.start())
            for kind in ("events", "weak_events")
            for m in lex.find(f"{kind}.pricing", langs, body.folded)
        }
        return not any(lex.first("context.price_change", langs, body.sentence_text(i)) for i in sentences)

    def _price_of_release(self, langs: tuple[str, ...], head: PreparedText, end: int, cue: Cue) -> bool:
        """The pricing cue details what the verb ending at ``end`` releases: set off from it
        by a comma ("présente Gen-4.5 Turbo, facturé 6 crédits la seconde"), and no price, plan
        or credit noun between them or opening the cue (not "announces Ray2 API rates: $0.40
        per clip", "introduces Sora credits", "présente Veo 3 à 0,40 $ la seconde": there the
        price is what is announced), and no date that sets the release in the past (not
        "Runway, which unveiled Gen-4.5 in December, now charges ...")."""
        between = head.folded[end : cue.start]
        if "," not in between or self._background_date(langs, between):
            return False
        nouns = (
            self.lexicons.tokens("price_nouns", langs)
            | self.lexicons.tokens("plan_nouns", langs)
            | self.lexicons.tokens("credit_nouns", langs)
        )
        words = head.toks[token_index(head.folded, end) : token_index(head.folded, cue.start) + 1]
        return nouns.isdisjoint(words)

    @staticmethod
    def _owner_tells(body: PreparedText, cue: Cue) -> bool:
        """A release told around the name in the summary counts in its first sentence, with a
        maker's name before the verb ("Lightricks a publié mercredi LTX-3") or opening it
        ("Meet Veo 4, ..."): the owner's act."""
        if cue.sentence > 0:
            return False
        at = token_index(body.folded, cue.start)
        return at == 0 or any(hit.label[0] == "vendor" and hit.end <= at for hit in body.hits)

    def _out_already(self, langs: tuple[str, ...], head: PreparedText) -> bool:
        """The headline, led by the product's own name, says it is out already: it reaches
        more places ("Veo 3 arrives in 70 more countries", "Sora 2 débarque dans 70 pays
        supplémentaires"). Not when a company leads ("Kuaishou debuts Kling 3.0 in 12 new
        markets", "Pika launches Pika 3.0 and expands to 20 more countries"): its release
        may come with the expansion."""
        if not self.lexicons.first("context.existing", langs, head.folded):
            return False
        first = min(head.hits, key=lambda hit: hit.start, default=None)
        return first is not None and first.label[0] in ("alias", "model")

    def _reaches_region(self, langs: tuple[str, ...], cue: Cue, body: PreparedText) -> bool:
        """The arrival's own clause has a verb of arrival and a region ("Veo 4 arrive en France"):
        a product that reaches a country exists elsewhere, whatever the entry calls it (§1b) -
        unless the lede's first sentence tells a release today ("Kuaishou's newest model,
        unveiled on Thursday, ..."): its first country. Not a release there ("lance Veo 4 aux
        États-Unis" may be its first), nor a restriction added after a comma ("startet global,
        mit Einschränkungen für Europa")."""
        clause = TAIL_BREAK.split(cue.text, maxsplit=1)[0]
        lex = self.lexicons
        if not (lex.first("context.regions", langs, clause) and lex.first("context.arrival", langs, clause)):
            return False
        opening = body.sentence_text(0) if body.folded else ""
        released_today = (
            self._release_told_today(langs, opening)
            and not lex.first("context.existing", langs, opening)
            and not self._announces_arrival(langs, opening)
        )
        return not released_today

    def _announces_arrival(self, langs: tuple[str, ...], sentence: str) -> bool:
        """What the sentence announces is an arrival ("a annoncé mardi l'arrivée en France de
        Veo 4"): a word of arrival within a few words after the announcing verb."""
        lex = self.lexicons
        for verb in lex.find("context.announcement", langs, sentence):
            following = " ".join(TOKEN.findall(sentence, verb.end())[:_ANNOUNCED_REACH])
            if lex.first("context.arrival", langs, following):
                return True
        return False

    def _announces_other(self, langs: tuple[str, ...], title: _Field) -> bool:
        """The headline makes figures or a contest's winners public ("announces Veo 3 results",
        "partage les chiffres de Sora", "gibt die Gewinner bekannt"): what the lede announces
        is those, unless its verb takes the product."""
        return bool(self.lexicons.first("silencers.disclosures", langs, title.text.folded))

    def _lede_tells(self, langs: tuple[str, ...], body: _Field) -> bool:
        """The summary's first sentence tells an event: a strong cue, or a weak release verb
        ("Google on Tuesday unveiled Veo 4", "Runway a annoncé ce mercredi Gen-5") in a clause
        that no date sets in the past (not "a présenté Gen-4 il y a trois semaines ; nous
        l'avons testé aujourd'hui"). Whether it is today's news is the lede's dating, asked
        next."""
        if any(c.sentence == 0 for c in body.cues):
            return True
        weak = self._weak_cues(langs, body.text, body.skip, body.cut)[0]
        lede = body.text.sentence_text(0)
        for cue in weak:
            if cue.sentence == 0 and cue.event == "launch":
                start, end = clause_around(lede, cue.start - body.text.sentence_starts[0])
                if not self._background_date(langs, lede[start:end]):
                    return True
        return False

    def _title_decision(
        self, title: _Field, body: _Field, context: _EventContext, title_names_subject: bool
    ) -> Decision:
        weights = self.rules.score
        lex = self.lexicons
        head = title.text
        cue = _primary(
            title.cues,
            head,
            self._price_qualifiers(context.langs, head),
            self.lexicons.tokens("plan_nouns", context.langs),
            self.lexicons.tokens("price_nouns", context.langs),
        )
        cue = self._past_place_label(context.langs, head, title.cues, cue)
        cue = self._host_launch(context.langs, head, cue)
        if cue.event == "launch" and self._labelled_arrival(context.langs, head, cue):
            # "Jetzt verfügbar: Google Flow in Deutschland" reads as "Google Flow ist jetzt in
            # Deutschland verfügbar": an arrival, unless the entry calls the thing new (below)
            cue = Cue("availability", cue.text, cue.sentence, cue.start)
        day_one: Cue | None = None  # a launch placed on a platform on day one (_released_there)
        excluded = self._but_not_here(context.langs, head, title.cues, cue)
        if excluded is not None:
            cue = excluded
        reason = f'event:{cue.event} ("{cue.text}")'
        out_already = cue.event == "availability" and self._out_already(context.langs, head)
        if cue.event == "availability" and any(
            c.event == "launch"
            and (_inside(c, cue) or (c.start < cue.start and _names_between(head, c, cue)))
            for c in title.cues
        ):
            # "releases Veo 4 to Gemini subscribers", "releases Seedance 2.0, available in
            # CapCut": a release placed on a platform is an arrival, unless the entry calls the
            # thing new ("the new model"): its launch - unless the headline says the
            # product is out already ("arrives in 70 more countries": "its latest model" is
            # then the one that exists).
            novelty = (
                None
                if out_already or self._reaches_region(context.langs, cue, body.text)
                else self._novelty(context.langs, head, body.text)
            )
            if novelty:
                reason = f'event:launch ("{cue.text}", "{novelty}")'
                cue = Cue("launch", cue.text, cue.sentence, cue.start)
        if cue.event == "availability" and not lex.first("overrides.availability", context.langs, cue.text):
            # "You can now try Veo 4, Google's new video model": the headline itself calls the
            # thing its owner's new one, so where it can be tried is where it launches - but
            # not when it goes into another team's app ("lance Veo 3.1, son nouveau modèle, sur
            # YouTube Shorts" is an arrival, whatever the verb), and not when the title names
            # another party's place (a region, a tier, a host: "Runway's newest model Gen-4 is
            # now available to free users"), unless the lede sets the release in apposition.
            # Not asked when the headline says the product is out already.
            owned_new: str | None = None
            if not out_already:
                placed = lex.first("context.places", context.langs, head.folded)
                owned_new = (
                    None if placed else self._owners_new(context.langs, head)
                ) or self._released_as_new(context.langs, body.text)
            if owned_new:
                reason = f'event:launch ("{cue.text}", "{owned_new}")'
                cue = Cue("launch", cue.text, cue.sentence, cue.start)
            elif first := self._first_public(
                context.langs, head, body.text, released=any(c.event == "launch" for c in title.cues)
            ):
                reason = f'event:launch ("{cue.text}", "{first}")'
                cue = Cue("launch", cue.text, cue.sentence, cue.start)
            elif shipped := self._released_there(context.langs, head, body.text, cue.start):
                reason = f'event:launch ("{cue.text}", then "{shipped}")'
                cue = day_one = Cue("launch", cue.text, cue.sentence, cue.start)
        announced = lex.find("context.announcement", context.langs, head.folded)
        kept = cue.event == "delay" and self._not_public(context.langs, head, cue)
        # ... so is what it costs, told without a change of price ("présente Gen-4.5 Turbo,
        # facturé 6 crédits la seconde")
        priced = cue.event == "pricing" and not lex.first("context.price_change", context.langs, head.folded)
        if (cue.event in ("availability", "waitlist") or kept or priced) and any(
            m.end() <= cue.start
            and self._announces_product(context.langs, head, m.end())
            and (not kept or _one_clause(head, m.end(), cue.start))
            and (not priced or self._price_of_release(context.langs, head, m.end(), cue))
            for m in announced
        ):
            # "Google unveils Veo 3: available to everyone" - where a newly unveiled thing
            # ships, or who gets it first, is part of its launch; so is keeping it from the
            # public ("Meta présente Movie Gen, mais ne le rend pas encore public"). Not when
            # what is announced is the arrival itself ("announces general availability of
            # Nova Reel 1.1 in Frankfurt") or a date ("Veo 3, présenté en mai, arrive ...").
            reason = f'event:launch ("{announced[0].group(0)}", weak, then "{cue.text}")'
            cue = Cue("launch", announced[0].group(0), 0, announced[0].start())
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
                arrival = Cue("availability", cue.text, cue.sentence, cue.start)
            if arrival is not None and not self._novelty(context.langs, head, body.text):
                # an arrival read from the cue's own destination names the cue once
                reason = (
                    f'event:availability ("{cue.text}")'
                    if by_destination or (arrival.text, arrival.start) == (cue.text, cue.start)
                    else f'event:availability ("{cue.text}", then "{arrival.text}")'
                )
                cue = Cue("availability", arrival.text, arrival.sentence, arrival.start)
        if cue.event == "launch" and self._launches_several(context.langs, head, cue):
            # "OVHcloud lance Mochi et LTX-2 dans AI Endpoints": one company releasing two
            # labs' models is hosting them (§1b: an existing model reaching a platform)
            reason = f'event:availability ("{cue.text}", models of several vendors)'
            cue = Cue("availability", cue.text, cue.sentence, cue.start)
        if cue.event == "availability" and (day := self._own_release_day(context.langs, head)):
            # "Hailuo 03 Fast arriva su Bedrock il giorno del lancio": a thing that reaches a
            # host on its release day shipped there first, its launch (§1b: the first release)
            reason = f'event:launch ("{cue.text}", "{day}")'
            cue = Cue("launch", cue.text, cue.sentence, cue.start)
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
                cue = most_specific(now)
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
        return Decision(
            cue.event,
            weight,
            reason,
            title_decided=not hearsay,
            thin=hearsay,
            hearsay=hearsay,
            events=events,
            title_cue=None if hearsay else cue,
            told_cue=cue,
            lede_cued=any(
                c.sentence < self.rules.lede_sentences and c.sentence in context.near for c in body.cues
            ),
            lede_news=self._lede_tells(context.langs, body)
            and 0 in context.near
            and bool(
                lex.first("context.news_lede", context.langs, body.text.sentence_text(0))
                or self._reporting_present(context.langs, head, body.text)
            ),
        )

    def _lead_cue(self, langs: tuple[str, ...], field: _Field, chosen: list[Cue]) -> Cue:
        """The deciding sentence's most specific cue, except a price told as a detail of a
        release or an arrival named before it ("has made Gen-4 Turbo available on its Free
        plan, so new sign-ups can spend 125 credits", "ouvre Veo 3 aux comptes gratuits, avec
        un quota limité"): that price is a second event (§1b: "opens the API to all
        developers at $0.10/s" is availability + pricing). A detail word (price_details)
        between the two, or a price qualifier ("at $0.10"), makes the price a detail; "and"
        alone does not ("launches Veo 4 and halves Veo 3's price"). A weak unveiling verb whose
        object is the product ("unveiled Ray4 this morning, priced at $0.30 per second")
        releases it too, when a qualifier ties every price to it (not "unveiled Ray4 and raised
        prices to $0.40")."""
        body = field.text
        cue = most_specific(chosen)
        if cue.event != "pricing":
            return cue
        earlier = [c for c in chosen if c.event in ("launch", "availability")]
        if not earlier:
            qualified = self._price_qualifiers(langs, body)
            if all(
                any(_qualifies(span, c.start) for span in qualified) for c in chosen if c.event == "pricing"
            ):
                earlier = [
                    c
                    for c in self._weak_cues(langs, body, field.skip, field.cut)[0]
                    if c.event == "launch"
                    and c.sentence == cue.sentence
                    and self._governed_product(langs, body, c.start + len(c.text)) is not None
                ]
        if not earlier:
            return cue
        if self._background_date(langs, body.sentence_text(cue.sentence)):
            return cue  # "launched the model in February, and this week began charging"
        first_end = min(c.start + len(c.text) for c in earlier)
        first_start = token_index(body.folded, min(c.start for c in earlier))
        details = self.lexicons.tokens("price_details", langs)
        plans = self.lexicons.tokens("plan_nouns", langs)
        qualified = self._price_qualifiers(langs, body)
        opening = token_index(body.folded, body.sentence_starts[cue.sentence])
        for priced in (c for c in chosen if c.event == "pricing"):
            if priced.start < first_end:
                return cue
            at = token_index(body.folded, priced.start)
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
            if details.isdisjoint(body.toks[token_index(body.folded, first_end) : at]) and not any(
                _qualifies(span, priced.start) for span in qualified
            ):
                return cue
        return most_specific(earlier)

    def _summary_decision(
        self, head: PreparedText, body: _Field, context: _EventContext, has_product: bool, question: bool
    ) -> Decision:
        weights = self.rules.score
        lex = self.lexicons
        langs = context.langs
        near = context.near
        # a price in brackets details a plan or a tier ("Gemini Pro subscribers ($19.99 a
        # month)"), it is not the lede's event
        unbracketed = [c for c in body.cues if c.event != "pricing" or not _bracketed(body.text.folded, c)]
        if not unbracketed:
            return Decision(reason="a price in brackets is a detail")
        sentence = _lead_sentence(unbracketed, near, context.plans)
        chosen = [c for c in unbracketed if c.sentence == sentence]
        cue = self._host_launch(langs, body.text, self._lead_cue(langs, body, chosen))
        sentence_text = body.text.sentence_text(sentence)
        if (
            sentence > 0
            and cue.event in ("launch", "availability")
            and not lex.first("context.announcement", langs, head.folded)
            and lex.first("context.background", langs, body.text.sentence_text(0))
            and not lex.first("context.today", langs, sentence_text)
            and not lex.first("context.recency", langs, sentence_text)
        ):
            return Decision(reason="a lede that opens in the past tells background")
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
        inside, cut = self._silenced(langs, head)
        title_announced = [
            m  # not an idiom's ("needs no introduction") nor a third party's
            for m in lex.find("context.announcement", langs, head.folded)
            if not any(b0 <= m.start() and m.end() <= b1 for b0, b1 in inside)
            and not overlaps(m.start(), m.end(), cut)
        ]
        if kept:  # "Meta reveals new details on Movie Gen" unveils no product
            title_announced = [
                m for m in title_announced if self._governed_product(langs, head, m.end()) is not None
            ]
        # a rhetorical headline ("La fin des tournages publicitaires ?") over a lede dated
        # today asks nothing the lede's unveiling depends on
        dated_lede = bool(lex.first("context.today", langs, body.text.sentence_text(0))) and not lex.first(
            "context.hearsay", langs, body.text.sentence_text(0)
        )
        # what a newly unveiled thing costs, told without a change of price ("public credits
        # are promised later", "avec les crédits génératifs habituels"), is part of its launch
        # (not under a headline that states an amount itself: "Sora: $4 for 10 more videos")
        priced = (
            cue.event == "pricing"
            and not lex.first("context.price_change", langs, body.text.folded)
            and not lex.first("context.price_amounts", langs, head.folded)
        )
        announced = (
            (title_announced[0].group(0) if title_announced else None)
            or self._unveiled_before(langs, body.text, cue)
            if (cue.event in ("availability", "waitlist") or kept or priced)
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
            return Decision(
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
        return Decision(
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
        self, title: _Field, body: _Field, context: _EventContext, own_family: list[Cue]
    ) -> Decision:
        """Weak cues ("announces", "unveils"), then comparatives ("cheaper") when nothing else."""
        weights = self.rules.score
        lex = self.lexicons
        langs = context.langs
        weak_title, minor_title = self._weak_cues(langs, title.text, title.skip, title.cut)
        weak_title += own_family
        weak_body, minor_body = self._weak_cues(langs, body.text, body.skip, body.cut)
        if not weak_title and not weak_body:
            weak_title, weak_body = minor_title, minor_body
        if weak_body and not weak_title and not title.cues and self._announces_other(langs, title):
            # "Google announces Veo 3 results" over "Google announced on Tuesday that Veo 3 had
            # been used ...": the lede's announcement is the headline's figures, unless its verb
            # takes the product itself
            weak_body = [
                c
                for c in weak_body
                if self._governed_product(langs, body.text, c.start + len(c.text)) is not None
            ]
        if weak_title:
            cue = most_specific(weak_title)
            news = bool(body.text.folded) and bool(
                lex.first("context.news_lede", langs, body.text.sentence_text(0))
            )
            return Decision(
                cue.event,
                weights.weak_title,
                f'event:{cue.event} ("{cue.text}", weak)',
                news=news,
                weak=True,
                events=[cue.event],
                told_cue=cue,
            )
        if weak_body:
            sentence = _lead_sentence(weak_body, context.near, context.plans)
            cue = most_specific([c for c in weak_body if c.sentence == sentence])
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
                return Decision(
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
            return Decision(
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
        return Decision()

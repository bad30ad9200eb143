"""Event cues: the lexicon phrases of each event found in a field, the spans that silence
them, the cues read from a sentence's shape (a host's verb, a verb of ending), and which of
several cues a headline's clauses let stand (an answer to its question, a place label)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from feeds.detect.reading import (
    CLAUSE_BREAK,
    PRECEDENCE,
    VERSION,
    Cue,
    DetectorBase,
    Mention,
    PreparedText,
    most_specific,
    overlaps,
    token_index,
)

# After an other-medium phrase, a coordinator and a video word within this many words make it
# a video tool too ("image and video generator", "générateur d'images et de vidéos").
_MEDIUM_REACH = 3
# How far after the product a separable verb's particle may close its clause ("stellt Sora zum
# 31. März ein"), and the words that may follow it ("... ein und setzt auf Veo").
_PARTICLE_REACH = 7
_AFTER_PARTICLE = frozenset({"und", "oder", "aber", "doch", "denn", "sondern"})
_PARTICLE_NEGATORS = frozenset({"nicht", "nie", "niemals", "keinesfalls"})
# How many linking words ("to the", "a la", "in der") may stand between a brought product and its place.
_LINK_REACH = 3
# A product's version may stand between its name and a verb ("Kling 2.1 leaves")
_VERSION_TOKENS = 2
# How far after a tier change "... and all paid plans" is looked for (characters)
_ALL_PLANS_REACH = 40
_CLAUSE_END = re.compile(r"(?<![0-9])[.!?;:]|[,]")
# Words that introduce an infinitive in French, Spanish, Italian and Portuguese, and the endings
# of one ("a superar", "de ganhar", "ad arrivare").
_TO_INFINITIVE = frozenset({"a", "ad", "de", "di", "d", "per", "pour", "para"})
_INFINITIVE = re.compile(r"^[a-z]{3,}(?:ar|er|ir|re)$")

# An answer is a phrase of its own: the text after it ends or a punctuation mark follows
# ("Not yet", "Yes, and ..."), not a word that opens a sentence ("No European release ...").
_ANSWER_END = re.compile(r"\s*(?:$|[,.;:!-])")


def _outside(
    matches: list[tuple[str, re.Match[str]]],
    skip: list[tuple[int, int]],
    prepared: PreparedText,
    cut: Iterable[tuple[int, int]] = (),
) -> list[Cue]:
    """Cues from matches that do not lie inside one of the ``skip`` spans nor overlap a
    ``cut`` span."""
    cues = []
    cut = tuple(cut)
    for event, match in matches:
        start, end = match.span()
        if any(b0 <= start and end <= b1 for b0, b1 in skip):
            continue
        if overlaps(start, end, cut):
            continue
        cues.append(Cue(event, match.group(0), prepared.sentence_at(start), start))
    return cues


class CueReading(DetectorBase):
    """Where each event's phrases sit in a field."""

    def _matches(
        self, section: str, langs: tuple[str, ...], prepared: PreparedText
    ) -> list[tuple[str, re.Match[str]]]:
        """(event, match) for every event of one lexicon section that has phrases."""
        lex = self.lexicons
        return [
            (event, match)
            for event in PRECEDENCE
            for match in lex.find(f"{section}.{event}", langs, prepared.folded)
        ]

    def _silenced(
        self, langs: tuple[str, ...], prepared: PreparedText
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

    def _tier_changes(
        self, langs: tuple[str, ...], prepared: PreparedText
    ) -> list[tuple[str, re.Match[str]]]:
        """A product taken out of a free plan while the plan stays, an arrival-type change of
        access tier (§1b): the product named right before the verb ("Veo 3 leaves the free
        plan", "Ray2 quitte l'offre gratuite") or as its object ("drops Gen-4 from its free
        plan", "the free plan loses Gen-4") - not credits, ads or users leaving it ("Kling tira
        metade dos créditos do plano gratuito"), and not a product pulled from every plan ("...
        and all paid plans": its end)."""
        lex = self.lexicons
        folded = prepared.folded
        toks = prepared.toks
        named = [(h.start, h.end) for h in prepared.hits if h.label[0] in ("alias", "model")]
        found: list[tuple[str, re.Match[str]]] = []
        for kind in ("tier_exits", "tier_removals"):
            for match in lex.find(f"context.{kind}", langs, folded):
                first, last = token_index(folded, match.start()), token_index(folded, match.end())
                if kind == "tier_exits":
                    # the name, or the name and its version ("Kling 2.1 leaves"), ends where the
                    # verb starts - not "Kling: quem sai do plano gratuito"
                    held = any(
                        first - _VERSION_TOKENS <= end <= first
                        and all(any(c.isdigit() for c in tok) for tok in toks[end:first])
                        for _start, end in named
                    )
                else:
                    held = any(first < start <= last for start, _end in named)
                rest = folded[match.end() : match.end() + _ALL_PLANS_REACH]
                if held and not any(m.start() <= 2 for m in lex.find("context.all_plans", langs, rest)):
                    found.append(("availability", match))
        return found

    def _video_follows(self, langs: tuple[str, ...], prepared: PreparedText, end: int) -> bool:
        """ "image and video generator", "d'images et de vidéos": a coordinator, then a video
        word - not "an image model for Kling video creators"."""
        at = token_index(prepared.folded, end)
        if at >= len(prepared.toks) or prepared.toks[at] not in self.lexicons.tokens("list_joins", langs):
            return False
        return not self.lexicons.tokens("video_words", langs).isdisjoint(
            prepared.toks[at + 1 : at + _MEDIUM_REACH]
        )

    def _strong_cues(
        self, langs: tuple[str, ...], prepared: PreparedText
    ) -> tuple[list[Cue], list[tuple[int, int]], list[tuple[int, int]]]:
        """(strong cues, spans silencing other cues, spans cutting them) of one field. An
        override ("ends the waitlist", "sans code d'invitation", "inscriptions ... suspendues")
        is a strong cue of its own event and silences every cue inside it; nothing inside a
        silenced span counts."""
        silenced, cut = self._silenced(langs, prepared)
        overrides = self._matches("overrides", langs, prepared) + self._tier_changes(langs, prepared)
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
        # An end's verb that a price phrase reads on from ends a plan or a free ride, not the
        # product ("retires the $8 plan", "met fin à l'open bar").
        events = [
            c
            for c in events
            if c.event != "shutdown"
            or not any(
                o.start == c.start and len(o.text) > len(c.text) and o.event == "pricing" for o in events
            )
        ]
        return _outside(overrides, silenced, prepared, cut) + events, skip, cut

    def _weak_cues(
        self,
        langs: tuple[str, ...],
        prepared: PreparedText,
        skip: list[tuple[int, int]],
        cut: list[tuple[int, int]],
    ) -> tuple[list[Cue], list[Cue]]:
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
        self, prepared: PreparedText, mentions: list[Mention], in_title: bool, langs: tuple[str, ...]
    ) -> tuple[Cue, bool] | None:
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
            cue = Cue("launch" if own else "availability", text, prepared.sentence_of_token(verb), start)
            return cue, own
        return None

    def _end_cue(
        self, prepared: PreparedText, mentions: list[Mention], in_title: bool, langs: tuple[str, ...]
    ) -> Cue | None:
        """A verb of ending with the product as its object ("Luma AI arrête Dream Machine 1.0",
        "OpenAI ferme Sora") or the product as the subject of its end ("Sora va disparaître"):
        a shutdown. Not when the product only qualifies another noun ("ends the Sora waitlist",
        "retire le filigrane de Sora")."""
        return self._object_cue(prepared, mentions, in_title, langs, "end", "shutdown")

    def _hold_cue(
        self, prepared: PreparedText, mentions: list[Mention], in_title: bool, langs: tuple[str, ...]
    ) -> Cue | None:
        """A verb of holding back with the product as its object ("OpenAI repousse Sora",
        "OpenAI legt Sora auf Eis") or the product as the subject of its wait ("Sora se fait
        attendre", "Sora verspätet sich"): a delay."""
        return self._object_cue(prepared, mentions, in_title, langs, "hold", "delay")

    def _release_cue(
        self, prepared: PreparedText, mentions: list[Mention], in_title: bool, langs: tuple[str, ...]
    ) -> Cue | None:
        """A verb of release or a presentative right before the product ("Google publie Veo 4",
        "Ecco Veo 4", "Conheça o Veo 4") or words of arrival right after it ("Veo 4 è qui",
        "Veo 4 chegou"): a launch."""
        return self._object_cue(prepared, mentions, in_title, langs, "release", "launch")

    def _bring_cue(
        self, prepared: PreparedText, mentions: list[Mention], in_title: bool, langs: tuple[str, ...]
    ) -> Cue | None:
        """A verb of bringing with the product as its object and a place right after it
        ("Google porta Veo 3 in Italia", "leva o Veo 3 ao Brasil"): an arrival. The object
        must be the product: "leva a equipe do Veo a São Paulo" brings a team."""
        lex = self.lexicons
        verbs = lex.tokens("bring_verbs", langs)
        if not verbs:
            return None
        toks = prepared.toks
        filler = lex.tokens("end_filler", langs)
        links = lex.tokens("bring_links", langs)
        denied = lex.tokens("negators", langs) | lex.tokens("modals", langs)
        places = {
            token_index(prepared.folded, m.start())
            for category in ("context.places", "context.platforms")
            for m in lex.find(category, langs, prepared.folded)
        }
        for mention in mentions:
            if mention.in_title != in_title:
                continue
            verb = self._verb_before(prepared, mention, filler, stop=-1)
            if verb < 0 or toks[verb] not in verbs or (verb > 0 and toks[verb - 1] in denied):
                continue
            after = self._past_version(prepared, mention.end)
            at = after
            while at < len(toks) and at - after < _LINK_REACH and toks[at] in links:
                at += 1
            place = next((p for p in sorted(places) if after < p <= at), None)
            if place is None:
                continue
            text = " ".join(toks[verb : place + 1])
            return Cue("availability", text, prepared.sentence_of_token(verb), prepared.token_spans[verb][0])
        return None

    def _object_cue(
        self,
        prepared: PreparedText,
        mentions: list[Mention],
        in_title: bool,
        langs: tuple[str, ...],
        kind: str,
        event: str,
    ) -> Cue | None:
        """``event`` told by the ``kind`` token lists: a verb before the product, or a noun and
        its preposition (``<kind>_verbs``: "retires", "fin de"; German separable verbs in
        ``<kind>_separable`` close the clause with their particle: "OpenAI stellt Sora ein"),
        or words right after it (``<kind>_subject``)."""
        lex = self.lexicons
        finite = lex.tokens(f"{kind}_verbs", langs)
        infinitives = lex.tokens(f"{kind}_infinitives", langs) - finite  # French "retire" is finite
        separable: dict[str, list[list[str]]] = {}
        for entry in sorted(lex.tokens(f"{kind}_separable", langs)):
            head, particle = entry.split(" ", 1)
            separable.setdefault(head, []).append(particle.split())
        verbs = finite | infinitives | separable.keys()
        endings = [entry.split() for entry in lex.tokens(f"{kind}_subject", langs)]
        if not verbs and not endings:
            return None
        markers = lex.tokens("infinitive_markers", langs)
        filler = lex.tokens("end_filler", langs)
        modified = lex.tokens("end_object_stop", langs)
        toks = prepared.toks
        for mention in mentions:
            if mention.in_title != in_title:
                continue
            after = self._past_version(prepared, mention.end)
            ending = next((e for e in endings if toks[after : after + len(e)] == e), None)
            if ending is not None and self._own_subject(prepared, mention, after + len(ending), langs):
                start = prepared.token_spans[mention.start][0]
                text = " ".join(toks[mention.start : after + len(ending)])
                return Cue(event, text, prepared.sentence_of_token(mention.start), start)
            verb = self._verb_before(prepared, mention, filler, stop=-1)
            # a noun and its preposition ("Fin de Pika 1.5", "Arrêt de Veo 3.0"); the preposition
            # may have been skipped as filler ("Stop a Sora")
            noun_before = verb > 0 and " ".join(toks[verb - 1 : verb + 1]) in finite
            noun_here = 0 <= verb < mention.start - 1 and " ".join(toks[verb : verb + 2]) in finite
            if noun_before:
                verb -= 1
            elif not noun_here and (verb < 0 or toks[verb] not in verbs):
                continue
            if verb > 0 and toks[verb - 1] in lex.tokens("modals", langs):
                continue  # "Why OpenAI should retire Sora": an opinion, not the end
            if verb > 0 and toks[verb - 1] in lex.tokens("negators", langs):
                continue  # "OpenAI non chiuderà Sora": denied
            if toks[verb] in infinitives and (verb == 0 or toks[verb - 1] not in markers):
                continue  # "Google to retire VideoFX", not a subjunctive ("exige que OpenAI retire Sora")
            if prepared.sentence_of_token(verb) != prepared.sentence_of_token(mention.start):
                continue
            if after < len(toks) and toks[after] in modified:
                continue
            if toks[verb] in separable:
                closed = next(
                    (
                        (at, len(particle))
                        for particle in separable[toks[verb]]
                        if (at := self._particle_after(prepared, after, particle)) is not None
                    ),
                    None,
                )
                if closed is None:
                    continue
                after = closed[0] + closed[1]
            text = " ".join(toks[verb:after])
            return Cue(event, text, prepared.sentence_of_token(verb), prepared.token_spans[verb][0])
        return None

    def _own_subject(
        self, prepared: PreparedText, mention: Mention, tail: int, langs: tuple[str, ...]
    ) -> bool:
        """The product is the subject of the words that end at token ``tail`` and they are the
        clause's news: no noun owns the name ("le filigrane de Sora disparaît"), and what
        follows is the clause's end, a place or a time ("Sora slitta al 2027"), not a rank, a
        rival or a verb ("Sora slips behind Veo", "Sora no llegará a superar a Veo")."""
        toks = prepared.toks
        tokens = self.rules.tokens
        if mention.start > 0 and toks[mention.start - 1] in tokens.epithets | tokens.epithet_bare:
            return False
        if tail >= len(toks) or _CLAUSE_END.search(
            prepared.folded, prepared.token_spans[tail - 1][1], prepared.token_spans[tail][0]
        ):
            return True
        if toks[tail] not in self.lexicons.tokens("subject_tails", langs):
            return False
        stops = self.lexicons.tokens("subject_tail_stops", langs)
        following = toks[tail + 1 : tail + 4]
        if any(tok in stops for tok in following):
            return False
        # "a superar", "de ganhar", "à détrôner": a verb follows, the words were an auxiliary
        return not (
            following
            and _INFINITIVE.search(following[0])
            and toks[tail] in _TO_INFINITIVE
            and following[0] not in self.lexicons.tokens("arrival_infinitives", langs)
        )

    @staticmethod
    def _particle_after(prepared: PreparedText, start: int, particle: list[str]) -> int | None:
        """The index where a separable verb's ``particle`` (one or more words) starts and closes
        its clause within a few words after token ``start`` ("stellt Sora zum 31. März *ein*",
        "legt Sora *auf Eis*"), or None."""
        toks = prepared.toks
        spans = prepared.token_spans
        for index in range(start, min(start + _PARTICLE_REACH, len(toks))):
            if _CLAUSE_END.search(prepared.folded, spans[index - 1][1], spans[index][0]):
                return None  # "31. März" is a date, ". Die" a new sentence
            if toks[index] in _PARTICLE_NEGATORS:
                return None  # "stellt Sora nicht ein": denied
            if toks[index : index + len(particle)] == particle:
                last = index + len(particle) - 1
                end = spans[last][1]
                rest = prepared.folded[end:].lstrip()
                # a one-word particle must close the clause ("stellt ... ein", not "ein Ultimatum")
                closes = (
                    len(particle) > 1
                    or not rest
                    or not rest[0].isalnum()
                    or toks[last + 1] in _AFTER_PARTICLE
                )
                return index if closes else None
        return None

    def _verb_before(
        self, prepared: PreparedText, mention: Mention, filler: frozenset[str], *, stop: int
    ) -> int:
        """The index of the word that governs ``mention``: the nearest one before it that is
        neither filler nor part of the product's vendor's name (``stop`` when none is left)."""
        toks = prepared.toks
        verb = mention.start - 1
        while verb > stop and (toks[verb] in filler or self._vendor_token(prepared, verb, mention)):
            verb -= 1
        return verb

    @staticmethod
    def _vendor_token(prepared: PreparedText, index: int, mention: Mention) -> bool:
        """Whether token ``index`` is part of a name of one of the mentioned product's vendors."""
        return any(
            hit.label[0] == "vendor"
            and hit.label[1] in mention.product.vendors
            and hit.start <= index < hit.end
            for hit in prepared.hits
        )

    def _answer(self, langs: tuple[str, ...], head: PreparedText, body: PreparedText) -> str | None:
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

    def _but_not_here(
        self, langs: tuple[str, ...], head: PreparedText, cues: list[Cue], cue: Cue
    ) -> Cue | None:
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
            at = token_index(head.folded, later.start)
            opening = set(head.toks[max(0, at - 1) : at + 1])
            if not contrast.isdisjoint(opening) and lex.first("context.audiences", langs, later.text):
                return later
        return None

    def _past_version(self, prepared: PreparedText, index: int) -> int:
        """The first token from ``index`` that is no version or variant ("Kling 3.0 Turbo and
        ..." -> "and"): where the words after a product's name begin."""
        variants = self.rules.tokens.variants
        toks = prepared.toks
        while index < len(toks) and (VERSION.match(toks[index]) or toks[index] in variants):
            index += 1
        return index

    def _past_place_label(self, langs: tuple[str, ...], head: PreparedText, cues: list[Cue], cue: Cue) -> Cue:
        """A first clause that only places the product, without a verb ("Sora 2 dans l'API :
        OpenAI fixe le prix ...", "Veo 3 on Android: Google pauses the rollout"), labels the
        headline: a more specific event in a later clause is the news."""
        if cue.event != "availability" or cue.text.split(" ", 1)[0] not in self.lexicons.tokens(
            "place_label", langs
        ):
            return cue
        breaks = [m.start() for m in CLAUSE_BREAK.finditer(head.folded)]
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
        return most_specific(later) if later else cue

    def _price_qualifiers(self, langs: tuple[str, ...], prepared: PreparedText) -> list[tuple[int, int]]:
        return [m.span() for m in self.lexicons.find("context.price_qualifier", langs, prepared.folded)]

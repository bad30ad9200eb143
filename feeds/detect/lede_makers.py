"""Makers the watchlist does not know, told by the lede (shape 3 of feeds/detect/makers.py):
under a headline that names no model ("Naver's DAN 26 day two: the surprise was video", « Nos
données restent en France »), the summary's first sentence opens on the maker as its subject
and tells of a video model of its own.

Two readings. The maker releases a named model ("Naver on Wednesday released HyperCLOVA X
Motion, its first video generation model"): the release is a launch cue of the summary. Or its
predicate is another event on a model it owns ("Kakao has postponed the public release of
KoMo, its in-house video generation model"): the event is the summary's cue that starts the
predicate, and no other cue of that sentence.

What keeps other stories out: the subject must read as a company (a name, maybe after a
descriptor that holds a company noun: "La startup californiana Krea"), not a person, a clause
or a place; no relative clause between its verb and the model ("shut down the team that built
its ..."); the model ends its phrase ("its video generator integration" is an integration);
it is not dated in the past, built on somebody else's model, or a device's "video model"; and
a headline that names neither the maker nor the model lends it no event. An event other than
a release is not denied, hedged or conditional ("will not", "will likely", "if the bill
passes"), and may be coming ("will discontinue ... on March 31"); a coming release is not read.

The same reading runs on a headline, as a sentence, for events other than a release
("Tidewell halves the credit cost of its AI video generator"): there only the event's own
words may stand between its phrase and the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from feeds.detect.makers import (
    MAKER_WORD,
    MAKER_WORDS,
    POSSESSIVE,
    WRITTEN_WORD,
    Headline,
    MakerReading,
    first_word,
    name_length,
    only_fillers,
)
from feeds.detect.novelty import NoveltyReading
from feeds.detect.reading import (
    PRECEDENCE,
    QUESTION_END,
    SENTENCE_BREAK,
    TOKEN,
    Cue,
    PreparedText,
    token_index,
)
from feeds.detect.text import fold

# A descriptor before the maker ("La startup californiana | Krea") has at most these words ...
_DESCRIPTOR_WORDS = 5
# ... and an apposition after it ("Hedra, | jeune pousse californienne |, a mis en ligne") these.
_APPOSITION_WORDS = 10
# A possessive or own-word owns the model from at most this many words before it.
_OWNER_REACH = 4
# A lede may describe its model with this many words of its own ("Brook, a compact | video
# generation model", "Quarry, its architecture | video model").
_LEDE_DESCRIBED = 2
# The maker's own event starts within this many words of its predicate ("has | postponed",
# "is | shutting down"); a cue further on is another clause's ("has lost a fifth of its value
# since it delayed ...").
_PREDICATE_REACH = 2
# Another organisation named within this many words after the model supplies it.
# The event's object (the model or its name) comes within this many words of its phrase
# ("rend disponible dès aujourd'hui au Sénégal et en Côte d'Ivoire Live Intelligence Video, son
# | modèle ..."); words of another clause stop it before (``maker_object_stops``).
_OBJECT_REACH = 14
# What may follow a model phrase: punctuation, or the end.
_MODEL_END = frozenset(",.;:!?)–—-\"'»”’")


@dataclass(frozen=True, slots=True)
class LedeMaker:
    """A maker the lede tells of: its slug, its release (a launch cue of the summary) or None,
    where its own event may start in the summary's folded text, and whether the headline
    names the maker or its model (else the headline's cues are not its)."""

    slug: str
    release: Cue | None
    predicate: tuple[int, int]
    in_title: bool


def lede_sentence(summary: str) -> str:
    """The summary's first sentence: where a maker is read (classify's prefilter too)."""
    return SENTENCE_BREAK.split(summary, maxsplit=1)[0]


class LedeMakerReading(MakerReading, NoveltyReading):
    """A maker the watchlist does not know, as the subject of the lede's first sentence."""

    def _lede_maker(
        self, title: str, summary: str, body: PreparedText, langs: tuple[str, ...], headline: bool = False
    ) -> LedeMaker | None:
        """The maker that is the subject of the lede's first sentence and tells of a video
        model of its own (the module's docstring has the readings and the guards), or None."""
        lex = self.lexicons
        line = Headline.of(lede_sentence(summary))
        found = self._lede_model(line, body, langs)
        subject = self._lede_subject(line, found[0].start(), langs) if found else None
        if found is None or subject is None:
            return None
        model, generator = found
        maker_start, maker_end, told = subject
        release = self._lede_release(line, told, model, langs)
        # "has shut down the team that built its ...", "has launched his own ..." (a reported
        # release keeps its "that": "said on Monday that it has launched ...")
        between = TOKEN.findall(line.folded, release.end() if release else told, model.start())
        if not (lex.tokens("maker_relatives", langs) | lex.tokens("maker_personal", langs)).isdisjoint(
            between
        ):
            return None
        made_by_it = self._made_by_it(line, model, langs)
        acting = self._acting(line, told, langs)
        if self._hedged(line, told, release, acting, model, langs):
            return None  # "will not charge for", "will likely raise", "... if the bill passes"
        if first_word(line.folded, told) in lex.tokens("maker_future", langs) and (
            release is not None or _first_event({event for event, _ in acting}) == "launch"
        ):
            return None  # "Etsy will launch ...": a coming release is not read (a coming end is)
        if (
            release is not None or _first_event({event for event, _ in acting}) == "launch"
        ) and self._told_as_past(line, told, model, made_by_it, langs):
            return None  # "released KoMo ... in March 2024", "Halcyon released Arden-1" (a job post's)
        if self._event_of_the_past(line, told, model, langs, made_by_it):
            return None  # "halved the price of its ... last spring", "a fermé ... en 2023"
        if (
            self._not_news(title, langs)
            or lex.first("context.long_use", langs, body.opening(self.rules.lede_sentences))
            or self._borrowed(line, model, langs)
            or first_word(line.folded, told) in lex.tokens("maker_plural_verbs", langs)
        ):
            return None  # a job post, "built on a third-party model", "Broadcasters have launched ..."
        predicate = self._predicate(body, token_index(line.folded, told), langs)
        if predicate is None:
            return None
        maker = TOKEN.findall(line.folded, maker_start, maker_end)
        heard = TOKEN.findall(fold(title))
        if (
            generator
            and release is not None
            and not lex.first("context.future", langs, line.folded[: model.end()])
            and body.folded.startswith(release.group(0), at := _place(body, line.folded, release.start()))
        ):
            name = self._releases_its_model(line, release, model, langs)
            if name is not None:
                in_title = holds(heard, maker) or (bool(name) and holds(heard, TOKEN.findall(fold(name))))
                cue = Cue("launch", release.group(0), body.sentence_at(at), at)
                return LedeMaker("-".join(maker), cue, predicate, in_title)
        if not (made_by_it or self._possessed(line, model, langs)) or not self._acts_on_the_model(
            line, [match for _, match in acting], model, langs, strict=headline
        ):
            return None
        return LedeMaker("-".join(maker), None, predicate, holds(heard, maker))

    def _hedged(
        self,
        line: Headline,
        told: int,
        release: re.Match[str] | None,
        acting: list[tuple[str, re.Match[str]]],
        model: re.Match[str],
        langs: tuple[str, ...],
    ) -> bool:
        """The event is denied, averted or only forecast, or not a company's: a negation or a
        hedge between the predicate's first word and its event ("will not charge for", "has
        never charged", "will likely raise"), a plural possessive ("their") or a verb that
        averts the event ("avoids") before the model, or a condition after it ("... if the
        bill passes")."""
        lex = self.lexicons
        starts = [match.start() for _, match in acting] + ([release.start()] if release else [])
        before = TOKEN.findall(line.folded, told, min(starts)) if starts else []
        # folded "won't" is "won t": the lone "t" is a negation
        denied = lex.tokens("negators", langs) | lex.tokens("maker_hedges", langs) | {"t"}
        if not denied.isdisjoint(before):
            return True
        between = TOKEN.findall(line.folded, told, model.start())
        if not (lex.tokens("maker_plural_possessives", langs) | lex.tokens("maker_averts", langs)).isdisjoint(
            between
        ):
            return True
        return not lex.tokens("maker_conditions", langs).isdisjoint(TOKEN.findall(line.folded, model.end()))

    def _headline_subject(
        self, title: str, head: PreparedText, langs: tuple[str, ...]
    ) -> tuple[str, None] | None:
        """A headline told as a sentence whose subject is a maker and whose predicate is an
        event other than a release, on a video model of its own ("Pixelbrew halves the credit
        cost of its Drift video generator", "Deezer ferme son générateur de vidéos IA"): the
        lede's reading, with its guards, applied to the headline. A release stays with
        ``_new_maker``, whose guards are the headline's."""
        if QUESTION_END.search(title):
            return None
        found = self._lede_maker(title, title, head, langs, headline=True)
        if found is None or found.release is not None:
            return None
        return found.slug, None

    def _told_as_past(
        self, line: Headline, told: int, model: re.Match[str], made_by_it: bool, langs: tuple[str, ...]
    ) -> bool:
        """The release is history, not today's news: a past date in its own clause ("in March
        2024", "back in the spring", "l'été dernier"; a day of today in another clause does not
        save it), or, in English, a bare past or present ("Halcyon released Arden-1, ...",
        "Kestrel unveils Arden") with no day at all, as job posts, store pages and papers tell
        it; news says "has launched", "is rolling out" or "on Tuesday released"."""
        lex = self.lexicons
        # a date after "the model it launched" is the model's history, not the news
        end = model.end() if made_by_it else len(line.folded)
        join = next(iter(lex.find("context.maker_clause_joins", langs, line.folded[model.end() : end])), None)
        clause = line.folded[: model.end() + join.start()] if join else line.folded[:end]
        if lex.first("context.maker_past", langs, clause) or self._background_date(langs, clause):
            return True
        bare = lex.pattern("context.maker_bare_release", langs)
        return bool(bare and bare.match(line.folded, told)) and not lex.first(
            "context.today", langs, line.folded
        )

    def _not_news(self, title: str, langs: tuple[str, ...]) -> bool:
        """A page that is no report, by its headline: a job post, a store or pricing page, a
        paper, an earnings note, a podcast, a webinar."""
        folded = fold(title)
        lex = self.lexicons
        return bool(
            lex.first("context.maker_not_news", langs, folded)
            or lex.first("context.maker_price_pages", langs, folded)
        )

    def _acts_on_the_model(
        self,
        line: Headline,
        acting: list[re.Match[str]],
        model: re.Match[str],
        langs: tuple[str, ...],
        strict: bool = False,
    ) -> bool:
        """An event phrase starts the predicate (``acting``) and takes the model (or its name)
        as its object, a few words on ("has postponed the public release of | KoMo, its ..."),
        with no clause between ("has postponed its earnings release as it reviews costs tied
        to KoMo", "a augmenté le prix de son abonnement, invoquant ..."); not hearsay."""
        lex = self.lexicons
        if not acting or lex.first("context.hearsay", langs, line.folded):
            return False
        gap = TOKEN.findall(line.folded, min(match.end() for match in acting), model.start())
        if not (len(gap) <= _OBJECT_REACH and lex.tokens("maker_object_stops", langs).isdisjoint(gap)):
            return False
        # another thing the subject owns stands between ("is shutting down its Berlin office
        # and moving Lumora, its ...", "a reporté le lancement de sa box 8K, ... Sillage"), unless
        # it names the model ("cut the price of its Drift video generator")
        if not self._possessed_only_by_the_model(line, min(match.end() for match in acting), model, langs):
            return False
        return not strict or self._event_object(line, acting, model, langs)

    def _possessed_only_by_the_model(
        self, line: Headline, start: int, model: re.Match[str], langs: tuple[str, ...]
    ) -> bool:
        """Between ``start`` and the model, no possessive but one that takes the model: the
        last word of its kind, with only the model's name (capitalised words), own words or
        fillers after it ("its Drift video generator", "son propre ...")."""
        lex = self.lexicons
        possessives = lex.tokens("maker_possessives", langs)
        tokens = [t for t in TOKEN.finditer(line.folded, start, model.start()) if t.group(0) in possessives]
        if not tokens:
            return True
        if len(tokens) > 1:
            return False
        after = line.written(tokens[0].end(), model.start()).split()
        fillers = self._fillers(langs)
        return all(word[:1].isupper() or set(TOKEN.findall(fold(word))) <= fillers for word in after)

    def _event_object(
        self, line: Headline, acting: list[re.Match[str]], model: re.Match[str], langs: tuple[str, ...]
    ) -> bool:
        """In a headline, only the event's own words stand between its phrase and the model
        ("halves the credit cost of its Drift video generator", "opens a waitlist for its
        own ..."): articles, possessives, nouns of the event, the prepositions that tie them,
        and the model's name. Another noun is another object ("shuts down the Berlin office
        behind its ...", "delays the documentary about its ...")."""
        lex = self.lexicons
        start = max((match.end() for match in acting if match.start() < model.start()), default=model.start())
        written = line.written(min(start, model.start()), model.start()).split()
        written = written[: len(written) - name_length(written)]  # the model's name
        allowed = (
            self._fillers(langs)
            | lex.tokens("maker_articles", langs)
            | lex.tokens("maker_event_nouns", langs)
            | lex.tokens("maker_object_links", langs)
        )
        tokens = [token for word in written for token in TOKEN.findall(fold(word))]
        return all(token in allowed or any(ch.isdigit() for ch in token) for token in tokens)

    def _predicate(self, body: PreparedText, index: int, langs: tuple[str, ...]) -> tuple[int, int] | None:
        """Where the maker's own event may start in the summary: from its predicate's first
        word (token ``index``) over the next words, articles not counted ("has opened a |
        waitlist")."""
        if index >= len(body.toks):
            return None
        starts = _reach(
            body.folded, body.token_spans[index][0], self.lexicons.tokens("maker_articles", langs)
        )
        return starts[0], starts[-1]

    def _lede_model(
        self, line: Headline, body: PreparedText, langs: tuple[str, ...]
    ) -> tuple[re.Match[str], bool] | None:
        """The sentence's model phrase, and whether it is a generator's ("video generation
        model") or a bare "video model", read only as the subject's own and not a device's
        ("the V9, its new video model with an 8K sensor"). It must end its phrase: "its
        video generator integration" is an integration."""
        lex = self.lexicons
        model = next(iter(lex.find("context.maker_model", langs, line.folded)), None)
        generator = model is not None
        if model is None:
            model = next(iter(lex.find("context.maker_model_owned", langs, line.folded)), None)
            opening = body.toks[: token_index(body.folded, len(body.opening(self.rules.lede_sentences)))]
            if model is None or not lex.tokens("maker_hardware", langs).isdisjoint(opening):
                return None
            if lex.tokens("maker_generation", langs).isdisjoint(opening):
                return None  # a bare "video model" needs a word of generation beside it
        rest = line.text[line.origin[model.end()] :].lstrip()
        if rest and rest[0] not in _MODEL_END:
            word = rest.split()[0]
            tail = TOKEN.findall(fold(word))[:1]
            if not (word[:1].isupper() or tail and tail[0] in lex.tokens("maker_model_tails", langs)):
                return None
        return model, generator

    def _lede_release(
        self, line: Headline, told: int, model: re.Match[str], langs: tuple[str, ...]
    ) -> re.Match[str] | None:
        """The verb of release that opens the subject's predicate ("released", "a mis en
        ligne"), or, after an auxiliary that leaves it to the end of its clause, ends that
        clause ("Das ZDF hat am Dienstag Lichtspiel vorgestellt, ein eigenes ...")."""
        lex = self.lexicons
        releases = lex.find("context.maker_release_lede", langs, line.folded[: model.start()])
        opening = next((m for m in releases if m.start() == told), None)
        first = TOKEN.match(line.folded, told)
        if opening is not None or first is None or first.group(0) not in lex.tokens("maker_final_aux", langs):
            return opening
        return next(
            (m for m in releases if m.start() > told and line.folded[m.end() :].lstrip()[:1] == ","), None
        )

    def _releases_its_model(
        self, line: Headline, release: re.Match[str], model: re.Match[str], langs: tuple[str, ...]
    ) -> str | None:
        """The model's name ("" when it is only owned) when the release takes it as its object
        ("released HyperCLOVA X Motion, its first video generation model", "a mis en ligne
        jeudi son modèle maison"); None otherwise."""
        lex = self.lexicons
        when = lex.tokens("maker_when", langs)
        told_from = _skip_forward(line.folded, release.end(), when)
        taken = next(iter(lex.find("context.maker_release_object", langs, line.folded[told_from:])), None)
        if taken is not None and not line.folded[told_from : told_from + taken.start()].strip():
            # "released the weights of | Lakeshore-9B", "a publié en open source | Reel-7B"
            told_from = _skip_forward(line.folded, told_from + taken.end(), when)
        # the name may carry a time ("unveiled HyperCLOVA X Video on Friday, a video ...")
        gap = [token for token in TOKEN.findall(line.folded, told_from, model.start()) if token not in when]
        if not self._bridged(line, told_from, model, gap, langs):
            return None
        name = self._named(line, told_from, model, langs, described=_LEDE_DESCRIBED)
        if name is not None:
            return name
        return "" if self._owned(gap, langs) else None

    def _possessed(self, line: Headline, model: re.Match[str], langs: tuple[str, ...]) -> bool:
        """The model is the subject's own: a possessive or a word of ownership right on it,
        maybe with fillers, its name, compound adjectives or a word or two of description
        between ("KoMo, its in-house video generation model", "its Lens Motion video
        generation model", "ein eigenes Videogenerierungsmodell"). Another's name ("Telstra's
        Vista video generation model") or an article ("ses clients le modèle ...") ends the
        search."""
        lex = self.lexicons
        own = lex.tokens("maker_own", langs) | lex.tokens("maker_possessives", langs)
        fillers = self._fillers(langs)
        articles = lex.tokens("maker_articles", langs)
        before = list(WRITTEN_WORD.finditer(line.text, 0, line.origin[model.start()]))[-_OWNER_REACH:]
        described = _LEDE_DESCRIBED
        while before:
            word = before.pop().group(0)
            if POSSESSIVE.match(word):
                return False
            tokens = TOKEN.findall(fold(word))
            if not own.isdisjoint(tokens):
                return True
            if not articles.isdisjoint(tokens) or not lex.tokens("maker_gap_stops", langs).isdisjoint(tokens):
                return False  # "its detector for | video generation models", "ses clients le | modèle"
            if not (only_fillers(tokens, fillers) or word[:1].isupper() or "-" in word):
                described -= 1
                if described < 0:
                    return False
        return False

    def _made_by_it(self, line: Headline, model: re.Match[str], langs: tuple[str, ...]) -> bool:
        """The subject is taken up right after the model as its maker ("Clipster, the video
        generation model it launched", "le modèle ... qu'il avait lancé"), not as its licensee
        ("a text-to-video model it licenses from a partner")."""
        rest = line.folded[model.end() :]
        match = next(iter(self.lexicons.find("context.maker_made_by_it", langs, rest)), None)
        if match is None or rest[: match.start()].strip():
            return False
        # "the generator it announced it would resell": a complement clause is somebody's plan
        following = TOKEN.findall(rest, match.end())[:1]
        return not following or following[0] not in self.lexicons.tokens("maker_complements", langs)

    def _acting(self, line: Headline, told: int, langs: tuple[str, ...]) -> list[tuple[str, re.Match[str]]]:
        """The event phrases (event, match) that start the subject's predicate ("has |
        postponed", "is | shutting down", "has opened a | waitlist"), within reach of its first
        word (articles not counted)."""
        lex = self.lexicons
        reach = set(_reach(line.folded, told, lex.tokens("maker_articles", langs)))
        return [
            (event, match)
            for event, match in self._event_matches(line.folded, langs)
            if match.start() in reach
        ]

    def _event_matches(self, text: str, langs: tuple[str, ...]) -> list[tuple[str, re.Match[str]]]:
        """Every strong event phrase of ``text`` (events and overrides), with its event."""
        lex = self.lexicons
        return [
            (event, match)
            for section in ("events", "overrides")
            for event in PRECEDENCE
            for match in lex.find(f"{section}.{event}", langs, text)
        ]

    def _lede_subject(
        self, line: Headline, limit: int, langs: tuple[str, ...]
    ) -> tuple[int, int, int] | None:
        """The maker that opens the sentence as its subject, before ``limit``: (where its name
        starts and ends, where its predicate starts) in the folded sentence, or None. The
        predicate is the first word after a name that is an auxiliary, a verb of release or
        an event ("has", "a mis en ligne", "pausa"); what comes before it must be one name,
        maybe after a descriptor or a clause, maybe with an apposition or a time after it."""
        lex = self.lexicons
        when = lex.tokens("maker_when", langs)
        verbs = lex.tokens("maker_verbs", langs) | lex.tokens("maker_future", langs)
        # a phrase may run into the model ("cierra su generador de vídeo"): it need only start
        # before it
        starts = {
            m.start() for m in lex.find("context.maker_release_lede", langs, line.folded) if m.start() < limit
        }
        starts |= {
            match.start() for _, match in self._event_matches(line.folded, langs) if match.start() < limit
        }
        for word in WRITTEN_WORD.finditer(line.text, 0, line.origin[limit]):
            text = word.group(0)
            at = line.at[word.start()]
            if not text[:1].islower() or fold(text) in when:
                continue
            if fold(text).strip(",") not in verbs and at not in starts:
                continue  # a descriptor's word ("La startup californiana Krea")
            end = _skip_back(line.folded, at, when)
            if line.folded[:end].rstrip().endswith(","):
                end = _before_apposition(line, end)  # "Hedra, jeune pousse californienne, a mis en ligne"
            name = self._lede_name(line, end, langs) if end else None
            if name is not None:
                return (*name, at)
        return None

    def _lede_name(self, line: Headline, end: int, langs: tuple[str, ...]) -> tuple[int, int] | None:
        """Where the maker's name before ``end`` starts and ends in the folded sentence: one to
        three name words ("Deutsche Telekom"), alone, after an article ("La Rai") or after
        words that introduce it (``_introduces_a_maker``). None otherwise."""
        lex = self.lexicons
        when = lex.tokens("maker_when", langs)
        articles = lex.tokens("maker_articles", langs)
        words = list(WRITTEN_WORD.finditer(line.text, 0, line.origin[end]))
        name: list[re.Match[str]] = []
        while words and len(name) < MAKER_WORDS:
            written = words[-1].group(0)
            bare = written.rstrip(",")
            if name and bare != written:
                break  # a name does not run over a comma ("After Naver, Kakao")
            if not (bare[:1].isupper() and MAKER_WORD.match(bare)) or fold(bare) in when:
                break
            name.insert(0, words.pop())
        while name and fold(name[0].group(0)) in articles:  # "La Rai", "The BBC", "Das ZDF"
            words.append(name.pop(0))
        # a capitalised company noun introduces the name after it ("Der Sender | Alpenfunk",
        # "Startup | Kestrel"), unless it ends the name ("Deutsche Bank")
        nouns = lex.tokens("maker_descriptors", langs)
        last_noun = max((i for i, w in enumerate(name[:-1]) if fold(w.group(0)) in nouns), default=-1)
        words.extend(name[: last_noun + 1])
        name = name[last_noun + 1 :]
        if not name or (words and not self._introduces_a_maker([w.group(0) for w in words], langs)):
            return None
        start = line.at[name[0].start()]
        stop = line.at[name[-1].start() + len(name[-1].group(0).rstrip(","))]
        if not lex.tokens("not_makers", langs).isdisjoint(TOKEN.findall(line.folded, start, stop)):
            return None
        if self._a_person([word.group(0) for word in name]):
            return None  # "Marie Dupont a lancé son propre générateur"
        return start, stop

    def _introduces_a_maker(self, words: list[str], langs: tuple[str, ...]) -> bool:
        """The words before a lede's maker introduce a company: a clause set off by a comma
        ("Fondée en 2025, | Plan Séquence"), a possessive ("South Korea's | Naver"), an
        article ("La | Rai"), or a short descriptor holding a company noun ("La startup
        californiana | Krea", "Indian telecom operator | Reliance Jio"). Not a clause
        ("Leaked screenshots suggest | Rakuten", "Since | Kakao") or a person ("Researchers
        at | Stanford")."""
        lex = self.lexicons
        last = words[-1]
        if last.endswith(",") or POSSESSIVE.match(last):
            return True
        if all(fold(w) in lex.tokens("maker_articles", langs) for w in words):
            return True
        tokens = [fold(word).strip(",") for word in words] + [
            token for word in words for token in TOKEN.findall(fold(word))
        ]
        return len(words) <= _DESCRIPTOR_WORDS and not lex.tokens("maker_descriptors", langs).isdisjoint(
            tokens
        )


def _first_event(events: set[str]) -> str | None:
    """The most specific of ``events`` ("has delayed the launch of": a delay)."""
    return next((event for event in PRECEDENCE if event in events), None)


def _place(body: PreparedText, folded: str, char: int) -> int:
    """Where the token at ``char`` of the lede's sentence (``folded``) sits in the summary."""
    index = token_index(folded, char)
    return body.token_spans[index][0] if index < len(body.token_spans) else -1


def _reach(folded: str, start: int, articles: frozenset[str]) -> list[int]:
    """Where the predicate's words start from ``start``: its first word and the next
    ``_PREDICATE_REACH`` words that are no article ("has opened a | waitlist")."""
    tokens = list(TOKEN.finditer(folded, start))
    later = [token.start() for token in tokens[1:] if token.group(0) not in articles]
    return ([tokens[0].start()] if tokens else [start]) + later[:_PREDICATE_REACH]


def _skip_back(folded: str, end: int, words: frozenset[str]) -> int:
    """``end`` moved back over the words of ``words`` that come right before it ("Deutsche
    Telekom on Monday | unveiled")."""
    tokens = list(TOKEN.finditer(folded, 0, end))
    while tokens and tokens[-1].group(0) in words:
        end = tokens.pop().start()
    return end


def _skip_forward(folded: str, start: int, words: frozenset[str]) -> int:
    """``start`` moved on over the words of ``words`` that come right after it ("a présenté
    | jeudi | Spark")."""
    for token in TOKEN.finditer(folded, start):
        if token.group(0) not in words or folded[start : token.start()].strip(" -"):  # "terça-feira"
            break
        start = token.end()
    return start


def _before_apposition(line: Headline, end: int) -> int:
    """Where a name set off by an apposition ends ("Hedra, | jeune pousse californienne, |
    a mis en ligne"): at the sentence's first comma, when the apposition between it and
    ``end`` opens in lower case and is short. 0 otherwise."""
    first = line.folded.find(",")
    apposition = line.written(first + 1, end).strip().rstrip(",").split()
    if first <= 0 or not 1 <= len(apposition) <= _APPOSITION_WORDS or not apposition[0][:1].islower():
        return 0
    return first


def holds(tokens: list[str], part: list[str]) -> bool:
    """``part`` stands in ``tokens`` as a run."""
    size = len(part)
    return size > 0 and any(tokens[i : i + size] == part for i in range(len(tokens) - size + 1))

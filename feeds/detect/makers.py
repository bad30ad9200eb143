"""Makers the watchlist does not know (step 1 of feeds/detect/classify.py): a headline that
opens on a maker's name and is about a video model of its own makes that maker the subject.

Two shapes. The maker releases the model ("Pinterest launches Motion, its own AI video
generator", "Globo lança Cena, modelo próprio de geração de vídeo", or after its funding:
"Halcyon raises $40M and debuts Arden-1, a video generation model"): its verb is then a launch
cue of the title (the unveiling of a named model is its launch, §1b). Or the headline tells
something else of the maker's own model ("Etsy's video generator stays invite-only",
"Atresmedia aplaza el lanzamiento de su generador de vídeo"): the event is the title's cues,
as for any subject. Names are read in the headline as written (capitals, quotes), phrases on
its folded text, so the two are kept aligned character by character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from feeds.detect.reading import (
    CLAUSE_BREAK,
    PRECEDENCE,
    QUESTION_END,
    TOKEN,
    Cue,
    DetectorBase,
    PreparedText,
)
from feeds.detect.text import fold

# The maker is named by the headline's first one to three words, each capitalised as a name
# is ("Pinterest", "Mercado Libre", "JD.com") ...
MAKER_WORDS = 3
MAKER_WORD = re.compile(r"^[^\W\d_][\w.&+-]*$")
# ... and its model is described within this many words of its verb ("launches Motion, its
# own AI video generator") ...
MAKER_GAP = 6
# ... or, with no verb of release, told of within this many words after it ("Etsy's video
# generator stays invite-only").
_EVENT_REACH = 3
# Another organisation named this many words after the model supplies it ("a white-label
# video generator from Halcyon").
_SUPPLIER_REACH = 6
# A headline in Title Case capitalises (nearly) every word: casing names nothing there.
_TITLE_CASE = 0.8
_OPEN_QUOTES = frozenset("\"'«“‘")
_CLOSE_QUOTES = frozenset("\"'»”’")
POSSESSIVE = re.compile(r"^(.+?)['\u2019]s$")
WRITTEN_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Headline:
    """The headline folded character by character, with where each folded character comes
    from (``origin``) and where each written character went (``at``)."""

    text: str
    folded: str
    origin: tuple[int, ...]  # per folded character, plus len(text) at the end
    at: tuple[int, ...]  # per written character, plus len(folded) at the end

    @classmethod
    def of(cls, text: str) -> Headline:
        parts: list[str] = []
        origin: list[int] = []
        at: list[int] = []
        size = 0
        for index, char in enumerate(text):
            folded = fold(char)
            at.append(size)
            parts.append(folded)
            origin.extend([index] * len(folded))
            size += len(folded)
        return cls(text, "".join(parts), (*origin, len(text)), (*at, size))

    def written(self, start: int, end: int) -> str:
        """The headline as written under ``folded[start:end]``."""
        return self.text[self.origin[start] : self.origin[end]]

    @property
    def title_case(self) -> bool:
        words = self.text.split()
        return sum(word[:1].isupper() for word in words) >= _TITLE_CASE * len(words)


def name_word(word: str, title_case: bool) -> bool:
    """A word that can be (part of) a name: it starts with a capital letter; in a Title Case
    headline it also holds a digit or a capital inside ("Loop-2", "MiMo")."""
    if not word[:1].isupper() or not MAKER_WORD.match(word):
        return False
    return not title_case or any(ch.isdigit() for ch in word) or any(ch.isupper() for ch in word[1:])


class MakerReading(DetectorBase):
    """A maker the watchlist does not know, and whether the headline is about its own model."""

    def _new_maker(
        self, title: str, head: PreparedText, langs: tuple[str, ...]
    ) -> tuple[str, Cue | None] | None:
        """(maker's slug, its release as a launch cue of ``head`` or None), or None when the
        headline is not a maker's own video model."""
        lex = self.lexicons
        if QUESTION_END.search(title):
            return None
        line = Headline.of(title)
        model = next(iter(lex.find("context.maker_model", langs, line.folded)), None)
        if model is None:
            return None
        after = TOKEN.findall(line.folded, model.end())
        if after[:1] and after[0] in lex.tokens("maker_model_heads", langs):
            return None  # "a video generator detector", "video generation model benchmark"
        verb = next(
            (m for m in lex.find("context.maker_release", langs, line.folded) if m.end() <= model.start()),
            None,
        )
        if verb is not None:
            maker_end = verb.start()
            if len(line.written(0, maker_end).split()) > MAKER_WORDS:
                maker_end = self._funded_maker_end(line, verb, langs)
            told_from = verb.end()
        else:
            maker_end = told_from = _leading_name_end(line)
        if maker_end and not self._names_a_maker(line, maker_end, langs):
            maker_end = 0
        if not maker_end:
            # no maker opens the headline: maybe the model's name, with its maker in apposition
            apposed = self._apposed_maker(line, langs) if verb is None else None
            return (apposed, None) if apposed else None
        gap = TOKEN.findall(line.folded, told_from, model.start())
        if not self._bridged(line, told_from, model, gap, langs):
            return None
        slug = "-".join(TOKEN.findall(line.folded[:maker_end]))
        if verb is None:
            own = self._told_of_its_own(line, told_from, model, gap, langs)
            # ... not somebody else's ("its video generator from AI startup Vindr"), not history
            if (
                not own
                or self._borrowed(line, model, langs)
                or self._event_of_the_past(line, told_from, model, langs)
            ):
                return None
            return slug, None
        if not (self._owned(gap, langs) or self._named(line, told_from, model, langs) is not None):
            return None
        at = head.folded.find(verb.group(0))
        return slug, (Cue("launch", verb.group(0), head.sentence_at(at), at) if at >= 0 else None)

    def _apposed_maker(self, line: Headline, langs: tuple[str, ...]) -> str | None:
        """The maker's slug when the headline opens on the model's name and an apposition
        calls it a video generator of a named maker, before an event other than a launch:
        "Prisme, le générateur vidéo d'Orange, arrive en Belgique", "Kaleido, Rakuten's video
        generator, arrives in Europe". None otherwise."""
        lex = self.lexicons
        first = line.text.find(",")
        second = line.text.find(",", first + 1) if first > 0 else -1
        if second < 0:
            return None
        name = [word.strip("\"'«»“”‘’") for word in line.text[:first].split()]
        if not 1 <= len(name) <= MAKER_WORDS or not all(
            name_word(word, False) or any(ch.isdigit() for ch in word) for word in name
        ):
            return None
        if fold(name[0]) in lex.tokens("not_makers", langs):
            return None  # "After Lumora, ...", "Comme Sillage, ...": a clause, not a name
        inner = line.text[first + 1 : second]
        model = next(iter(lex.find("context.maker_model", langs, fold(inner))), None)
        if model is None:
            return None
        words = inner.split()
        folded = [fold(word) for word in words]
        # where the model's words start and end among the apposition's written words
        start = len(TOKEN.findall(fold(inner)[: model.start()]))
        end = len(TOKEN.findall(fold(inner)[: model.end()]))
        tokens_of = [len(TOKEN.findall(word)) for word in folded]
        edges = [sum(tokens_of[:i]) for i in range(len(words) + 1)]
        if start not in edges or end not in edges:
            return None
        before, after = words[: edges.index(start)], words[edges.index(end) :]
        maker = self._maker_of(before, after, langs)
        if maker is None:
            return None
        tail = line.folded[line.at[second] + 1 :]
        return "-".join(TOKEN.findall(fold(" ".join(maker)))) if self._apposed_event(tail, langs) else None

    def _apposed_event(self, tail: str, langs: tuple[str, ...]) -> bool:
        """The words after the apposition are the named model's predicate: an event phrase
        right there, or after one auxiliary ("is shutting down", "wird eingestellt"); not
        another subject's ("After Lumora, ..., Snapvo shuts down"), a list's next item ("...,
        a delayed rail line: the week"), a denial ("não vai fechar"), an averted event
        ("avoids shutdown") or a past one ("shut down in 2023")."""
        lex = self.lexicons
        if ":" in tail or ";" in tail:
            return False
        tokens = list(TOKEN.finditer(tail))
        if not tokens:
            return False
        auxiliaries = lex.tokens("maker_verbs", langs) | lex.tokens("maker_future", langs)
        allowed = {tokens[0].start()}
        if tokens[0].group(0) in auxiliaries:
            # "is shutting down", "ouvre une | liste d'attente": the next word, articles aside
            articles = lex.tokens("maker_articles", langs)
            rest = [token for token in tokens[1:] if token.group(0) not in articles][:1]
            allowed |= {token.start() for token in (*tokens[1:2], *rest)}
        if not any(match.start() in allowed for match in self._event_phrases(tail, langs)):
            return False
        words = {token.group(0) for token in tokens}
        if not lex.tokens("maker_averts", langs).isdisjoint(words):
            return False
        if tokens[0].group(0) in lex.tokens("maker_future", langs):
            return True
        return not (
            lex.first("context.maker_past", langs, tail) or lex.first("context.maker_in_year", langs, tail)
        )

    def _maker_of(self, before: list[str], after: list[str], langs: tuple[str, ...]) -> list[str] | None:
        """The maker named around a model phrase in an apposition: "<article> <model> de|of
        <Maker>" ("le générateur vidéo d'Orange", "il generatore video della Rai") or
        "<Maker>'s <model>" ("Rakuten's video generator"); one to three name words."""
        lex = self.lexicons
        articles = lex.tokens("maker_articles", langs)
        skipped = articles | self._fillers(langs)  # "le nouveau générateur", "Fjordline's new ..."
        links = lex.tokens("maker_of", langs)
        while after and fold(after[0]) in lex.tokens("maker_own", langs):
            after = after[1:]  # "le générateur vidéo maison de Telvia"
        if after and not [w for w in before if fold(w) not in skipped]:
            first = after[0]
            elided = next(
                (
                    first[len(p) :]
                    for p in ("d'", "d’", "dell'", "dell’", "l'", "l’")
                    if first.lower().startswith(p)
                ),
                None,
            )
            if elided:
                maker = [elided, *after[1:]]
            elif fold(first) in links:
                maker = after[1:]
                if maker[1:] and fold(maker[0]) in articles:
                    maker = maker[1:]
            else:
                return None
        elif not after and before:
            owner = [w for w in before if fold(w) not in skipped]
            possessive = POSSESSIVE.match(owner[-1]) if owner else None
            if possessive is None:
                return None
            maker = [*owner[:-1], possessive.group(1)]
        else:
            return None
        if not 1 <= len(maker) <= MAKER_WORDS or not all(name_word(w, False) for w in maker):
            return None
        if not lex.tokens("not_makers", langs).isdisjoint(TOKEN.findall(fold(" ".join(maker)))):
            return None
        return None if self._a_person(maker) else maker

    def _bridged(
        self, line: Headline, told_from: int, model: re.Match[str], gap: list[str], langs: tuple[str, ...]
    ) -> bool:
        """The words between a verb (ending at ``told_from``) and the model, ``gap``, can carry
        the verb to it: a few, none of them a stop ("with", "for", "of" ...), no clause break."""
        return (
            len(gap) <= MAKER_GAP
            and self.lexicons.tokens("maker_gap_stops", langs).isdisjoint(gap)
            and not CLAUSE_BREAK.search(line.folded, told_from, model.start())
        )

    def _names_a_maker(self, line: Headline, end: int, langs: tuple[str, ...]) -> bool:
        """The headline's words before ``end`` read as a maker's name: one to three name
        words, none of them a generic opener ("Startup", "Researchers", "China", "Here")."""
        words = [POSSESSIVE.sub(r"\1", word) for word in line.written(0, end).split()]
        if not 1 <= len(words) <= MAKER_WORDS or not all(
            w[:1].isupper() and MAKER_WORD.match(w) for w in words
        ):
            return False
        return self.lexicons.tokens("not_makers", langs).isdisjoint(
            TOKEN.findall(line.folded, 0, end)
        ) and not self._a_person(words)

    def _a_person(self, words: list[str]) -> bool:
        """Two name words that open on a common given name are a person ("Marie Dupont",
        "Pablo Ríos"), whatever the language of the entry."""
        return len(words) == 2 and fold(words[0]) in self.lexicons.all_tokens("maker_given_names")

    def _funded_maker_end(self, line: Headline, verb: re.Match[str], langs: tuple[str, ...]) -> int:
        """Where the maker's name ends when its funding comes before the release ("Halcyon
        Motion raises $40M and debuts ...", "Frameloop lands Series B, ships ..."): the name
        words run up to the funding clause (its verb aside). 0 when the headline is not so."""
        lex = self.lexicons
        before = line.folded[: verb.start()].rstrip()
        funded = next(iter(lex.find("genres.funding", langs, before)), None)
        joined = before.endswith(",") or before.split()[-1:] in ([j] for j in lex.tokens("list_joins", langs))
        if funded is None or not joined:
            return 0
        words = list(WRITTEN_WORD.finditer(line.written(0, funded.start())))
        if words and not words[-1].group(0)[:1].isupper():
            words.pop()  # the funding clause's own verb: "lands", "closes", "bags"
        if not 1 <= len(words) <= MAKER_WORDS or not all(w.group(0)[:1].isupper() for w in words):
            return 0
        return line.at[line.origin[0] + words[-1].end()]

    def _fillers(self, langs: tuple[str, ...]) -> frozenset[str]:
        """Words that may stand between a maker's verb and its model besides a name ("a new
        AI", "its own", "son propre")."""
        lex = self.lexicons
        return (
            lex.tokens("maker_fillers", langs)
            | lex.tokens("maker_own", langs)
            | lex.tokens("maker_possessives", langs)
        )

    def _owned(self, gap: list[str], langs: tuple[str, ...]) -> bool:
        """The model is the maker's own: "its own", "son propre", "eigenes", "in-house", with
        nothing but fillers ("a new AI") between the verb and the model."""
        lex = self.lexicons
        own = lex.tokens("maker_own", langs) | lex.tokens("maker_possessives", langs)
        return not own.isdisjoint(gap) and only_fillers(gap, self._fillers(langs))

    def _named(
        self,
        line: Headline,
        told_from: int,
        model: re.Match[str],
        langs: tuple[str, ...],
        described: int = 0,
    ) -> str | None:
        """The name the release gives its model, or None: as the verb's object set off by a
        comma ("launches Motion, a video generator"), in quotes ("debuts 'Forge Motion'
        video model"), or right after the model ("releases video generator Kagerou", "a
        video model called KoMo"). A lede may describe it with up to ``described`` more
        words ("Brook, a compact video generation model")."""
        allowed = self._fillers(langs)
        title_case = line.title_case
        gap = line.written(told_from, model.start()).strip()
        if gap[:1] in _OPEN_QUOTES and gap[-1:] in _CLOSE_QUOTES and 1 <= len(gap[1:-1].split()) <= 4:
            quoted = gap[1:-1].strip(" \"'«»“”‘’")
            return quoted or None
        if "," in gap:
            name, rest = gap.split(",", 1)
            words = [bare for bare in (word.strip("\"'«»“”‘’") for word in name.split()) if bare]
            lex = self.lexicons
            if words[1:] and fold(words[0]) in lex.tokens("maker_articles", langs):
                words = words[1:]  # "lançou o Cena, um modelo ..."
            when = lex.tokens("maker_when", langs)
            while words[1:] and fold(words[-1]) in when:
                words.pop()  # "unveiled HyperCLOVA X Video on Friday, a video ..."
            named = (
                1 <= len(words) <= MAKER_WORDS
                and name_word(words[0], title_case)
                and fold(words[0]) not in allowed
                and all(name_word(w, False) or any(ch.isdigit() for ch in w) for w in words[1:])
                # ... a compound adjective may describe it ("a French-language", "an on-device")
                and described_by(
                    TOKEN.findall(fold(" ".join(w for w in rest.split() if "-" not in w))), allowed, described
                )
            )
            return " ".join(words) if named else None
        following = WRITTEN_WORD.search(line.text, line.origin[model.end()])
        if following is not None and fold(following.group(0)) in self.lexicons.tokens("maker_naming", langs):
            following = WRITTEN_WORD.search(line.text, following.end())  # "a video model called KoMo"
        if following is None or POSSESSIVE.match(following.group(0)):
            return None
        word = following.group(0).strip(",.:;\"'«»“”‘’()")
        between = TOKEN.findall(line.folded, told_from, model.start())
        named = name_word(word, title_case) and fold(word) not in allowed and only_fillers(between, allowed)
        return word if named else None

    def _told_of_its_own(
        self, line: Headline, told_from: int, model: re.Match[str], gap: list[str], langs: tuple[str, ...]
    ) -> bool:
        """With no verb of release: a possessive right before the model ("Etsy's", "su",
        "son propre") and an event other than a launch told of it, right after it ("... video
        generator stays invite-only") or right before the possessive ("aplaza el lanzamiento
        de su ...")."""
        lex = self.lexicons
        own = lex.tokens("maker_own", langs)
        rest = list(gap)
        while rest and rest[-1] in own:
            rest.pop()
        # the model's own name may stand between ("Rakuten's Kaleido video generator")
        written = line.written(told_from, model.start()).split()
        for word in written[len(written) - name_length(written, keep=1) :]:
            rest = rest[: len(rest) - len(TOKEN.findall(fold(word)))]
        if not rest or rest[-1] not in lex.tokens("maker_possessives", langs):
            return False
        rest.pop()
        if not rest:
            tail = line.folded[model.end() :]
            starts = [token.start() for token in TOKEN.finditer(tail)]
            reach = starts[_EVENT_REACH] if len(starts) > _EVENT_REACH else len(tail)
            if not lex.tokens("maker_averts", langs).isdisjoint(TOKEN.findall(tail[:reach])):
                return False  # "Quillon's AI video generator avoids shutdown"
            return any(match.start() < reach for match in self._event_phrases(tail, langs))
        told = line.folded[told_from : model.start()]
        return any(not told[: match.start()].strip() for match in self._event_phrases(told, langs))

    def _borrowed(self, line: Headline, model: re.Match[str], langs: tuple[str, ...]) -> bool:
        """Somebody else's model under the subject's product: told so ("built on a
        third-party model", "under the hood"), or another organisation named after it ("a
        white-label video generator from Halcyon"), unless that is the subject's own unit
        ("developed by Samsung Research", "sviluppato dal Centro ricerche")."""
        lex = self.lexicons
        if lex.first("context.maker_borrowed", langs, line.folded[model.end() :]):
            return True
        preps = lex.tokens("maker_supplier_preps", langs)
        own = lex.tokens("maker_own_units", langs)
        # words that may stand before a supplier's name ("by AI startup Vindr", "par IA de la
        # start-up Vindr"); "par IA" alone names none, nor does a date ("by March 31")
        generic = (
            lex.tokens("not_makers", langs)
            | lex.tokens("maker_descriptors", langs)
            | lex.tokens("maker_articles", langs)
            | lex.tokens("maker_of", langs)
        )
        dates = lex.pattern("context.maker_date_words", langs)
        written = [word.group(0) for word in WRITTEN_WORD.finditer(line.text, line.origin[model.end()])]
        for index, word in enumerate(written[:_SUPPLIER_REACH]):
            if fold(word).strip(",") not in preps or word.endswith(","):
                continue
            after = written[index + 1 :]
            while after[1:] and fold(after[0]).strip(",.") in generic and not after[0].endswith((",", ".")):
                after = after[1:]
            supplier = after[:MAKER_WORDS]
            first = fold(supplier[0]).strip(",.") if supplier else ""
            if (
                supplier
                and supplier[0][:1].isupper()
                and first not in generic
                and not (dates and dates.fullmatch(first))
            ):
                return own.isdisjoint(token for name in supplier for token in TOKEN.findall(fold(name)))
        return False

    def _event_of_the_past(
        self,
        line: Headline,
        told: int,
        model: re.Match[str],
        langs: tuple[str, ...],
        made_by_it: bool = False,
    ) -> bool:
        """An event other than a release told with a past date in its clause ("halved the
        price of its ... last spring", "a fermé son générateur ... en 2023"), unless it is
        coming ("will shut down ... in 2027"). The clause ends where another joins it
        (", and"), or at the model when a date after it is the model's history ("Clipster,
        the video generation model it launched 14 months ago")."""
        lex = self.lexicons
        if first_word(line.folded, told) in lex.tokens("maker_future", langs):
            return False
        joins = lex.find("context.maker_clause_joins", langs, line.folded[model.end() :])
        end = model.end() if made_by_it else model.end() + joins[0].start() if joins else len(line.folded)
        clause = line.folded[told:end]
        return bool(
            lex.first("context.maker_past", langs, clause)
            or lex.first("context.maker_in_year", langs, clause)
        )

    def _event_phrases(self, text: str, langs: tuple[str, ...]) -> list[re.Match[str]]:
        """The strong event phrases of ``text`` (events and overrides) of any event but a
        launch: a maker's launch is told by its verb of release, and "launching its own video
        model was a mistake" or "will launch its own ..." are no release."""
        lex = self.lexicons
        return [
            match
            for section in ("events", "overrides")
            for event in PRECEDENCE
            if event != "launch"
            for match in lex.find(f"{section}.{event}", langs, text)
        ]


def name_length(words: list[str], keep: int = 0) -> int:
    """How many of the last ``words`` (at most three) name the model right before its phrase
    ("its Drift video generator", "Rakuten's Kaleido video generator"), leaving ``keep``."""
    count = 0
    while count < min(MAKER_WORDS, len(words) - keep) and name_word(
        words[len(words) - 1 - count].strip("\"'«»“”‘’"), False
    ):
        count += 1
    return count


def first_word(folded: str, at: int) -> str:
    """The token at ``at`` ("" at the end), after any spaces."""
    token = TOKEN.search(folded, at)
    return token.group(0) if token else ""


def described_by(tokens: list[str], fillers: frozenset[str], allowed: int) -> bool:
    """Every token but at most ``allowed`` is a filler word or holds a digit."""
    return sum(not (t in fillers or any(ch.isdigit() for ch in t)) for t in tokens) <= allowed


def only_fillers(tokens: list[str], fillers: frozenset[str]) -> bool:
    """Every token is a filler word or holds a digit (a size: "4b", "10")."""
    return described_by(tokens, fillers, 0)


def _leading_name_end(line: Headline) -> int:
    """Where the name that opens a headline ends in its folded text: up to three name words,
    the last maybe possessive ("Etsy's video generator ..." ends after "Etsy"). 0 in Title
    Case, where every word looks like a name."""
    if line.title_case:
        return 0
    end = 0
    for count, match in enumerate(WRITTEN_WORD.finditer(line.text)):
        word = match.group(0)
        possessive = POSSESSIVE.match(word)
        bare = possessive.group(1) if possessive else word
        if count >= MAKER_WORDS or not (bare[:1].isupper() and MAKER_WORD.match(bare)):
            break
        end = line.at[match.start() + len(bare)]
        if possessive:
            break
    return end

"""Makers the watchlist does not know, named by their product (shape 4 of
feeds/detect/makers.py): the headline names a product ("Etsy to retire Listing Loops on March
31", "Free repousse Freebox Studio à 2027") and the lede's first sentence says what it is, a
video generator of a maker, by apposition ("Listing Loops, its AI product-video generator",
"Kinéma, le modèle de génération vidéo", "seinen Videogenerator Flimmer Studio", "Xiaomi's
HyperMotion video generator", "Lumenfold (Brackwater's AI video generator)").

The product is then the subject and its owner the vendor (a possessive, "de TF1" after the
model, the lede's or the headline's subject; else the product's own name), and the headline
tells the event, read from the product's mentions as for a watched product ("retire Listing
Loops"). Only the headline's cues decide (a maker outside the watchlist is news only as its
headline tells it), so a lede that describes a product under a headline about something else
("Listing Loops wins a design award") stays quiet.

What keeps other stories out:
- the name is one to three name words, none a generic opener or a person, not only fillers
  ("its AI video generator" names nothing);
- between the name and the model stand only an article, a possessive, an owner's name,
  fillers and at most two words of description ("Quarry, its architecture video model"); a
  preposition, a relative or a verb of making is another thing ("Sentinel, a detector for AI
  video generators", "which uses", "made with"), and the model heads no other noun ("a video
  generator benchmark");
- in the headline the name is not what a work was made with ("Un corto hecho con Tropel
  llega a los cines"), not half of a compound ("Loopsmith-made film"), and in the lede not
  inside an opening phrase of place or time ("In Lisbon, ...");
- the name is not placed beside a role ("Glintreel rival Flickwave", "Skiff's founder", "El
  fundador de Remolino");
- the headline is no job post or earnings note, dates nothing in the past ("two years ago",
  "back in") and hedges nothing ("weighing", "could", "hints");
- the deciding cue is told of the product: it holds the name, stands a few words before it,
  follows it in the same clause with no "with" between ("Skiff partners with Shutterfold to
  launch ..." is another act), or sits in a label before a colon; no silencer covers it
  ("raises $20 million to expand to Europe"); "Quiverly delays IPO as Reelhaven growth slows"
  is not Reelhaven's delay. A weak verb counts only as a release right before the name
  ("Pennant unveils Tidewell").
"""

from __future__ import annotations

import re

from feeds.detect.cues import CueReading
from feeds.detect.lede_makers import LedeMakerReading, holds, lede_sentence
from feeds.detect.makers import MAKER_WORDS, POSSESSIVE, WRITTEN_WORD, Headline, name_length, name_word
from feeds.detect.reading import (
    CLAUSE_BREAK,
    TOKEN,
    Cue,
    Decision,
    Mention,
    PreparedText,
    in_place,
    overlaps,
    token_index,
)
from feeds.detect.taxonomy import Product
from feeds.detect.text import fold

# Between a name and its model, at most this many words describe the model beyond fillers
# ("Quarry, its | architecture | video model", "Brook, its | laptop-scale | video model").
_DESCRIBED = 2
# The headline's event is told of the product when its cue stands within this many words of
# the name ("Mercado Libre adds a paid Pro plan | to | Vitrina").
_CUE_REACH = 4
_QUOTES = "\"'«»“”‘’()"
_ELIDED = ("d'", "d’", "l'", "l’", "dell'", "dell’", "all'", "all’", "nell'", "nell’")


class NamedMakerReading(CueReading, LedeMakerReading):
    """A product the headline names and the lede calls a maker's video generator."""

    def _named_maker(
        self, title: str, summary: str, body: PreparedText, langs: tuple[str, ...]
    ) -> tuple[str, list[str]] | None:
        """The maker's slug (its owner's name when the lede gives it, else the product's) and
        the product's name as folded tokens, or None when the lede does not call a product of
        the headline a video generator."""
        lex = self.lexicons
        folded = fold(title)
        heard = TOKEN.findall(folded)
        if lex.first("context.maker_not_news", langs, folded) or lex.first(
            "context.maker_past", langs, folded
        ):
            return None  # a job post, an earnings note; "... shut down two years ago"
        if not lex.tokens("maker_hedges", langs).isdisjoint(heard):
            return None  # "weighing a price increase for ...", "... CEO hints"
        line = Headline.of(lede_sentence(summary))
        heads = lex.tokens("maker_model_heads", langs)
        for model in self._named_models(line, body, langs):
            after = TOKEN.findall(line.folded, model.end())
            if after[:1] and after[0] in heads:
                continue
            named = self._apposed_name(line, model, langs) or self._following_name(line, model, langs)
            if named is None:
                continue
            name, owner = named
            tokens = TOKEN.findall(fold(" ".join(name)))
            if (
                not holds(heard, tokens)
                or self._introduced(line, name, langs)
                or _compounded(title, name)
                or self._instrument(heard, tokens, langs)
                or self._in_a_role(heard, tokens, langs)
            ):
                continue
            owner = owner or self._owner(title, line, model, name, langs)
            return "-".join(TOKEN.findall(fold(" ".join(owner or name)))), tokens
        return None

    def _owner(
        self, title: str, line: Headline, model: re.Match[str], name: list[str], langs: tuple[str, ...]
    ) -> list[str] | None:
        """Who owns the product when no possessive said it: the maker after the model ("le
        générateur vidéo du groupe TF1", "il generatore video della Rai"), the lede's subject
        ("Etsy will discontinue Listing Loops, ..."), the headline's ("France Télévisions repousse
        ... Séquence") or a possessive before the name in the headline ("Decathlon's Élan")."""
        after = line.text[line.origin[model.end()] :].split(",")[0].split()[: MAKER_WORDS + 2]
        maker = self._maker_of([], after, langs) if after else None
        if maker:
            return maker
        subject = self._lede_subject(line, model.start(), langs)
        if subject is not None:
            return [line.written(subject[0], subject[1])]
        head = Headline.of(title)
        at = head.folded.find(" ".join(TOKEN.findall(fold(" ".join(name)))))
        if at > 0:
            subject = self._lede_subject(head, at, langs)
            if subject is not None:
                return [head.written(subject[0], subject[1])]
            words = head.written(0, at).split()
            owned = POSSESSIVE.match(words[-1]) if words else None
            if owned and name_word(owned.group(1), False):
                return [owned.group(1)]
        return None

    def _named_models(
        self, line: Headline, body: PreparedText, langs: tuple[str, ...]
    ) -> list[re.Match[str]]:
        """The sentence's model phrases: a generator's ("video generation model"), or a bare
        "video model" when the lede has a word of generation and no device word (as in
        ``_lede_model``)."""
        lex = self.lexicons
        models = lex.find("context.maker_model", langs, line.folded)
        opening = set(body.toks[: token_index(body.folded, len(body.opening(self.rules.lede_sentences)))])
        if lex.tokens("maker_generation", langs).isdisjoint(opening) or not lex.tokens(
            "maker_hardware", langs
        ).isdisjoint(opening):
            return models
        taken = [(m.start(), m.end()) for m in models]
        owned = [
            m
            for m in lex.find("context.maker_model_owned", langs, line.folded)
            if not any(start <= m.start() < end for start, end in taken)
        ]
        return sorted([*models, *owned], key=lambda m: m.start())

    def _named_mentions(
        self, slug: str, name: list[str], head: PreparedText, body: PreparedText
    ) -> list[Mention]:
        """Where the entry names the product, as mentions of a product of the maker's own
        (not in the watchlist), so that the verbs told of it read as for a watched product
        ("Etsy to retire Listing Loops", "Free repousse Freebox Studio")."""
        product = Product(-1, "-".join(name), (slug,), False, False, False, False, False, False)
        size = len(name)
        return [
            Mention(product, product.slug, in_title, "", start, start + size)
            for in_title, field in ((True, head), (False, body))
            for start in range(len(field.toks) - size + 1)
            if field.toks[start : start + size] == name
        ]

    def _apposed_name(
        self, line: Headline, model: re.Match[str], langs: tuple[str, ...]
    ) -> tuple[list[str], list[str] | None] | None:
        """(name, owner) when the name stands before the model: set off by a comma
        ("Listing Loops, its AI product-video generator", "Kinéma, le générateur vidéo") or
        right after a possessive ("Xiaomi's HyperMotion video generator", "its Drift video
        model")."""
        lex = self.lexicons
        before = line.text[: line.origin[model.start()]]
        words = before.split()
        fillers = self._fillers(langs) | lex.tokens("maker_articles", langs)
        # right after a possessive: "Xiaomi's | HyperMotion | video generator"
        count = name_length(words)
        if count and len(words) > count:
            possessor = words[len(words) - count - 1]
            owned = POSSESSIVE.match(possessor)
            if owned or fold(possessor) in lex.tokens("maker_possessives", langs):
                possessed = [w.strip(_QUOTES) for w in words[len(words) - count :]]
                owner = [owned.group(1)] if owned and name_word(owned.group(1), False) else None
                return (possessed, owner) if self._a_name(possessed, langs) else None
        # set off by a comma or a bracket: "Name, <article|possessive|Owner's> <fillers> model"
        comma = max(before.rfind(","), before.rfind("("))
        if comma < 0:
            return None
        between = before[comma + 1 :].split()
        owner = None
        described = 0
        stops = self._gap_stops(langs)
        pending: list[str] = []
        for word in between:
            owned = POSSESSIVE.match(word)
            if owned and name_word(owned.group(1), False) and owner is None:
                owner = [*pending, owned.group(1)]  # "Mercado Libre's"
                pending = []
                continue
            tokens = TOKEN.findall(fold(word))
            if set(tokens) <= fillers or any(ch.isdigit() for ch in word):
                continue  # an article first: "der" is one before it is a genitive
            if not stops.isdisjoint(tokens):
                return None  # "Sentinel, a detector for AI video generators", "..., made with a"
            if name_word(word, False):
                pending.append(word)  # maybe an owner's first words, before its possessive
                continue
            described += 1
        if pending:
            return None  # another name: "Netflix, Google Veo ..."
        if described > _DESCRIBED:
            return None
        name: list[str] = []
        for word in reversed(before[:comma].split()):
            bare = _unelided(word.strip(_QUOTES))
            if len(name) >= MAKER_WORDS or not (name_word(bare, False) or any(ch.isdigit() for ch in bare)):
                break
            if word != word.rstrip(",;:") or word.endswith("'s"):
                break
            name.insert(0, bare)
        articles = lex.tokens("maker_articles", langs)
        while name and fold(name[0]) in articles:
            name.pop(0)  # "O Clipão, gerador de vídeos ..."
        return (name, owner) if self._a_name(name, langs) else None

    def _following_name(
        self, line: Headline, model: re.Match[str], langs: tuple[str, ...]
    ) -> tuple[list[str], list[str] | None] | None:
        """(name, owner) when the name follows a possessed model ("seinen Videogenerator
        Flimmer Studio", "Mercado Libre's AI listing-video generator, Vitrina Motion")."""
        lex = self.lexicons
        before = line.text[: line.origin[model.start()]].split()
        fillers = self._fillers(langs) | lex.tokens("maker_articles", langs)
        possessives = lex.tokens("maker_possessives", langs)
        stops = self._gap_stops(langs)
        owner: list[str] | None = None
        described = 0
        for index in range(len(before) - 1, -1, -1):
            word = before[index].strip(_QUOTES)
            owned = POSSESSIVE.match(word)
            if owned:
                # the owner's name: "Xiaomi's", "Mercado Libre's"
                owner = [owned.group(1)] if name_word(owned.group(1), False) else None
                while owner and index and len(owner) < MAKER_WORDS and name_word(before[index - 1], False):
                    index -= 1
                    owner.insert(0, before[index])
                break
            tokens = TOKEN.findall(fold(word))
            if set(tokens) <= fillers:
                if not possessives.isdisjoint(tokens):
                    break  # "its", "seinen", "son"
                continue
            if not stops.isdisjoint(tokens) or described == _DESCRIBED:
                return None
            described += 1  # "listing-video", "anime-style"
        else:
            return None
        rest = line.text[line.origin[model.end()] :].lstrip(" ,")
        name: list[str] = []
        for match in WRITTEN_WORD.finditer(rest):
            word = match.group(0)
            bare = word.strip(_QUOTES + ",.;:")
            if len(name) >= MAKER_WORDS or not (name_word(bare, False) or (name and bare[:1].isdigit())):
                break
            name.append(bare)
            if bare != word.strip(_QUOTES):
                break
        return (name, owner) if self._a_name(name, langs) else None

    def _in_a_role(self, heard: list[str], name: list[str], langs: tuple[str, ...]) -> bool:
        """The headline names the product only to place somebody else: a role word right after
        it ("Glintreel rival Flickwave", "Skiff's founder") or right before it with a link
        ("El fundador de Remolino", "Un concurrent de Cadrage")."""
        lex = self.lexicons
        roles = lex.tokens("name_roles", langs)
        links = lex.tokens("maker_of", langs) | {"s"}
        size = len(name)
        for i in range(len(heard) - size + 1):
            if heard[i : i + size] != name:
                continue
            after = heard[i + size : i + size + 2]
            if after[:1] and (after[0] in roles or (after[0] == "s" and after[1:2] and after[1] in roles)):
                return True
            if i >= 2 and heard[i - 1] in links and heard[i - 2] in roles:
                return True
        return False

    def _instrument(self, heard: list[str], name: list[str], langs: tuple[str, ...]) -> bool:
        """The headline names the product as what something was made with, a participle of
        making around the link ("Un corto hecho con Tropel llega a los cines", "tourné avec
        Kaléo", "Mit Klangbild gedrehter Kurzfilm"): the event is the work's. "Users can now
        make AI videos with X" keeps X as the subject."""
        lex = self.lexicons
        links = lex.tokens("instrument_links", langs)
        made = lex.tokens("made_participles", langs)
        size = len(name)
        return any(
            heard[i : i + size] == name
            and i > 0
            and heard[i - 1] in links
            and not made.isdisjoint(heard[max(0, i - 3) : i - 1] + heard[i + size : i + size + 2])
            for i in range(len(heard) - size + 1)
        )

    def _told_of_the_product(
        self, head: PreparedText, cue: Cue | None, mentions: list[Mention], langs: tuple[str, ...]
    ) -> bool:
        """The headline's deciding cue is told of the product: it holds the name or stands
        within a few words of it, in the same clause ("Etsy to retire Listing Loops", "Flimmer
        jetzt auch in Österreich verfügbar"), not of another object ("Quiverly delays IPO as
        Reelhaven growth slows")."""
        if cue is None:
            return False
        if not in_place(head, cue):
            # a cue rebuilt from the lede ("arriva", then "ha reso disponibile"): the headline's
            # own cue decided it
            return True
        links = self.lexicons.tokens("instrument_links", langs)
        cue_end = cue.start + len(cue.text)
        inside, cut = self._silenced(langs, head)
        if any(start <= cue.start and cue_end <= end for start, end in inside) or overlaps(
            cue.start, cue_end, cut
        ):
            # a reading from the product's mentions heeds the silencers too ("recauda 12
            # millones para llegar a México", "arrive à Cannes avec trois courts métrages")
            return False
        first, last = token_index(head.folded, cue.start), token_index(head.folded, cue_end)
        for mention in mentions:
            if not mention.in_title:
                continue
            if mention.start < last and first < mention.end:
                return True  # the cue holds the name ("retire listing loops")
            after_name = head.folded[head.token_spans[mention.end - 1][1] :].lstrip()
            if mention.start == 0 and after_name[:1] == ":":
                return True  # the name labels the story: "Kinéma : Valmonde ouvre une liste d'attente"
            label = CLAUSE_BREAK.search(head.folded)
            if label and cue_end <= label.start() and head.token_spans[mention.start][0] >= label.end():
                return True  # a label over the story: "'Not ready to release': Ironpine keeps Previz ..."
            if mention.end <= first:
                start = head.token_spans[mention.end - 1][1]
                if head.folded[start:].lstrip().startswith(","):
                    # an apposition after the name: "Vessel Motion, the video generator from
                    # Ardent Tech, launches in Japan"
                    second = head.folded.find(",", head.folded.find(",", start) + 1)
                    if 0 <= second < cue.start and not CLAUSE_BREAK.search(head.folded[second : cue.start]):
                        start = second + 1
                between = (start, cue.start)
                if not links.isdisjoint(TOKEN.findall(head.folded, *between)):
                    continue  # somebody else's act: "Skiff partners with Shutterfold to launch ..."
                # a headline that opens on the name has it as its subject, however far its
                # verb's event comes in the same clause
                reach = len(head.toks) if mention.start == 0 else _CUE_REACH
            else:
                between = (cue_end, head.token_spans[mention.start][0])
                reach = _CUE_REACH
            gap = len(TOKEN.findall(head.folded, *between))
            if gap <= reach and not CLAUSE_BREAK.search(head.folded[between[0] : between[1]]):
                return True
        return False

    def _headline_tells(
        self, head: PreparedText, decision: Decision, mentions: list[Mention], langs: tuple[str, ...]
    ) -> bool:
        """The headline tells the product's event: its deciding cue is strong, or a weak verb of
        release right before the name ("Pennant unveils Tidewell"), and it is told of the
        product (``_told_of_the_product``)."""
        released = decision.event == "launch" and self._releases_the_name(
            head, decision.told_cue, mentions, langs
        )
        return (decision.title_decided or released) and self._told_of_the_product(
            head, decision.told_cue or decision.title_cue, mentions, langs
        )

    def _releases_the_name(
        self, head: PreparedText, cue: Cue | None, mentions: list[Mention], langs: tuple[str, ...]
    ) -> bool:
        """A weak verb of release right before the product's name, articles aside ("Pennant
        unveils Tidewell", "Valmonde dévoile Kinéma"), not before another object ("unveils new
        logo")."""
        if cue is None or not in_place(head, cue):
            return False
        last = token_index(head.folded, cue.start + len(cue.text))
        articles = self.lexicons.tokens("maker_articles", langs)
        for mention in mentions:
            if not mention.in_title or mention.start < last:
                continue
            if all(token in articles for token in head.toks[last : mention.start]):
                return True
        return False

    def _gap_stops(self, langs: tuple[str, ...]) -> frozenset[str]:
        """Words that cannot stand between a name and its model: a preposition, a relative, a
        verb of making ("a detector for AI video generators", "which uses", "made with")."""
        lex = self.lexicons
        return (
            lex.tokens("maker_gap_stops", langs)
            | lex.tokens("maker_of", langs)
            | lex.tokens("maker_object_links", langs)
            | lex.tokens("maker_relatives", langs)
            | lex.tokens("maker_personal", langs)
        )

    def _introduced(self, line: Headline, name: list[str], langs: tuple[str, ...]) -> bool:
        """The name stands in an opening phrase of place or time ("In Lisbon, the AI video
        generator ...", "At Lisbon's Expo Norte, ..."): the sentence opens on a preposition
        and the name comes before its first comma."""
        first_clause = line.text.split(",", 1)[0]
        opener = TOKEN.findall(fold(first_clause))[:1]
        return (
            bool(opener)
            and opener[0] in self.lexicons.tokens("name_openers", langs)
            and holds(TOKEN.findall(fold(first_clause)), TOKEN.findall(fold(" ".join(name))))
        )

    def _a_name(self, name: list[str], langs: tuple[str, ...]) -> bool:
        """One to three name words, not only fillers, no generic opener, not a person."""
        if not 1 <= len(name) <= MAKER_WORDS:
            return False
        tokens = TOKEN.findall(fold(" ".join(name)))
        lex = self.lexicons
        if not tokens or set(tokens) <= self._fillers(langs) | lex.tokens("maker_articles", langs):
            return False
        return lex.tokens("not_makers", langs).isdisjoint(tokens) and not self._a_person(name)


def _unelided(word: str) -> str:
    """The word without an elided article or preposition before it ("d'Alpina", "l'Écho")."""
    for prefix in _ELIDED:
        if word.lower().startswith(prefix) and len(word) > len(prefix):
            return word[len(prefix) :]
    return word


def _compounded(title: str, name: list[str]) -> bool:
    """The headline joins the name to another word ("Loopsmith-made film", "Clipforge-powered
    app"): there it qualifies a work, it is not the subject."""
    written = " ".join(name)
    at = title.lower().find(written.lower())
    return at >= 0 and title[at + len(written) : at + len(written) + 1] in ("-", "\u2011")

"""Novelty and time: whether a cue reports something new of today, or a past, dated, denied
or planned release (the "now" of step 2 in feeds/detect/classify.py)."""

from __future__ import annotations

import re

from feeds.detect.phrases import Hit
from feeds.detect.reading import (
    CLAUSE_BREAK,
    TAIL_BREAK,
    TOKEN,
    Cue,
    DetectorBase,
    Mention,
    PreparedText,
    clause_around,
    opening_hit,
    read_version,
    token_index,
)
from feeds.detect.taxonomy import TaxonomyLabel

# Words allowed between a subject and its verb in the reporting present ("OpenAI's Sora team
# launches", "Google Cloud rolls out") ...
_SUBJECT_GAP = 3

# ... and between the verb and its object ("lance son nouveau modèle Sora 2").
_OBJECT_GAP = 4

# A colon or a dash right after a reporting verb: what follows is what it reports
_FRAMES = re.compile(r"\s*(?::|\s-)\s")

_APPOSITION_TOKENS = 5  # "released Gen-4.5, its newest": the release verb, the name, the apposition

_POSSESSIVES = frozenset(
    ("its", "their", "son", "sa", "ses", "sein", "seine", "seinen", "su", "sus", "suo", "sua", "seu")
)

# After an owner's name, these mean it is not the one acting in the headline ("OpenAI's Sora",
# "Google et Veo 3", "Runway vs Pika").
_NOT_ACTING = [
    [word] for word in ("s", "and", "et", "und", "y", "e", "or", "ou", "vs", "versus", "contre", "gegen")
]

# How far into the lede's first sentence its subject may start ("Kuaishou's new Kling 3.5
# ..." is the sentence's subject; "a clip made with Kling 3.5" is not).
_SUBJECT_TOKENS = 4


def _owned(before: list[str], novelty: str) -> bool:
    """A novelty phrase said of its owner's thing: after a possessive ("Google's new model",
    "its newest model") or starting with one ("son nouveau modèle")."""
    after_possessive = bool(before) and (before[-1] == "s" or before[-1] in _POSSESSIVES)
    return after_possessive or novelty.split()[0] in _POSSESSIVES


class NoveltyReading(DetectorBase):
    """Whether an event is today's news."""

    def _new_version_today(
        self, head: PreparedText, body: PreparedText, mentions: list[Mention], langs: tuple[str, ...]
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

    def _dated_opening(self, langs: tuple[str, ...], body: PreparedText) -> str | None:
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

    def _dated_release(self, langs: tuple[str, ...], head: PreparedText, cue: Cue) -> bool:
        """A release verb told in the past in a headline clause that dates it in the past
        ("Google launched Veo 3 at I/O", "Veo 3, lancé en mai, ..."): background, not news."""
        lex = self.lexicons
        if not lex.first("context.first_release", langs, cue.text):
            return False
        # the cue's own clause, down to commas ("Veo 3, lancé en mai, arrive en France")
        start, end = clause_around(head.folded, cue.start, commas=True)
        return cue.start + len(cue.text) <= end and self._background_date(langs, head.folded[start:end])

    def _dated_today(self, langs: tuple[str, ...], body: PreparedText, cue: Cue) -> bool:
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
                if not TAIL_BREAK.search(between) and joins.isdisjoint(TOKEN.findall(between)):
                    return True
        return False

    def _reporting_present(self, langs: tuple[str, ...], head: PreparedText, body: PreparedText) -> bool:
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
            start = token_index(body.folded, match.start())
            end = token_index(body.folded, match.end())
            if any(0 <= start - hit.end <= _SUBJECT_GAP for hit in subjects) and any(
                0 <= hit.start - end <= _OBJECT_GAP for hit in objects
            ):
                return True
        return False

    def _novelty(self, langs: tuple[str, ...], head: PreparedText, body: PreparedText) -> str | None:
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
            if negators.isdisjoint(TOKEN.findall(text, 0, found.start())[-2:])
        ]

    def _owners_new(self, langs: tuple[str, ...], head: PreparedText) -> str | None:
        """The headline calls the product its owner's new one ("Google's new video model",
        "its newest model", "son nouveau modèle"), not merely new to a place."""
        for found in self._new_words(langs, head.folded):
            if _owned(TOKEN.findall(head.folded, 0, found.start()), found.group(0)):
                return found.group(0)
        return None

    def _released_as_new(self, langs: tuple[str, ...], body: PreparedText) -> str | None:
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
            if not _owned(TOKEN.findall(opening, 0, found.start()), found.group(0)):
                continue
            named = token_index(body.folded, found.start())
            for release in released:
                start = token_index(body.folded, release.end())
                # the product named between the verb and the apposition ("released Gen-4.5,
                # its newest"), not "launched its new app in December"
                if 0 < named - start <= _APPOSITION_TOKENS and any(
                    start <= hit.start < named and hit.label[0] in ("alias", "model") for hit in body.hits
                ):
                    return found.group(0)
        return None

    def _first_public(
        self, langs: tuple[str, ...], head: PreparedText, body: PreparedText, released: bool = False
    ) -> str | None:
        """The summary's first sentence says the product is public for the first time ("opened
        Sora to general use for the first time", "pour la première fois"): the audience or
        store the headline names is where it launched - unless the headline names a market or
        a host (first time in France, first time on Bedrock: an arrival there), or free users
        when it releases nothing ("opens Veo 3 to free users" is an arrival; "launches Veo 4
        and opens it to free users for the first time" the launch)."""
        lex = self.lexicons
        if not body.folded or lex.first("context.markets", langs, head.folded):
            return None
        if not released and lex.first("context.free_tiers", langs, head.folded):
            return None
        if lex.first("context.host_apps", langs, head.folded):
            return None
        opening = body.sentence_text(0)
        if self._background_date(langs, opening):
            return None
        if lex.first("context.existing", langs, body.opening(self.rules.lede_sentences)):
            return None  # "for the first time since its December release on the web"
        return lex.first("context.first_public", langs, opening)

    def _released_there(
        self, langs: tuple[str, ...], head: PreparedText, body: PreparedText, cue_start: int
    ) -> str | None:
        """The headline places a product on a platform ("Kling 3.0 is live on fal") and the
        lede's first sentence releases that very product as today's news ("Kuaishou released
        Kling 3.0 on Thursday"): it shipped there on day one, its launch (§1b: the first
        release). Not when the headline names a region, a tier or another team's app, where a
        new thing arriving is an arrival, and not when the verb's object is something else
        ("released an Android version of Flow", "announced that Ray2 is now available"), nor
        when what reaches the place is the product's app ("Sora app now on Android", "released
        the Sora app on Google Play"). Returns the lede's release verb."""
        lex = self.lexicons
        if not body.folded or lex.first("context.audiences", langs, head.folded):
            return None
        if lex.first("context.host_apps", langs, head.folded):
            return None
        named = {hit.label[1] for hit in head.hits if hit.label[0] in ("alias", "model")}
        # The product's app reaching a store ("Sora app now available on Android", named before
        # the headline's verb: not "Sora 2 lands in the Sora app", where the maker's app is the
        # place) - unless the headline calls it new ("La nueva app Sora ya está disponible").
        apps = frozenset() if self._new_words(langs, head.folded) else lex.tokens("app_nouns", langs)
        kinds = lex.tokens("app_kinds", langs)
        verb_at = token_index(head.folded, cue_start)
        if any(hit.end < verb_at and _names_app(head, hit, apps, kinds) for hit in head.hits):
            return None
        start = body.sentence_starts[0]
        end = start + len(body.sentence_text(0))
        if not named or not self._released_now(langs, body, start, end, named):
            return None
        days = {m.start(): m.end() for m in lex.find("context.today", langs, body.folded[start:end])}
        for verb in lex.find("context.first_release", langs, body.folded[start:end]):
            # the object may follow the day ("a dévoilé jeudi Hailuo 2.5")
            object_from = days.get(verb.end() + 1, verb.end())
            released = self._governed_product(
                langs, body, start + object_from, products=named
            ) or self._framed_product(langs, body, start + verb.start(), start + verb.end(), products=named)
            if released is None or _names_app(body, released, apps, kinds):
                continue  # ... nor the lede's ("released the Sora app on Google Play")
            return verb.group(0)
        return None

    def _background_date(self, langs: tuple[str, ...], sentence: str) -> bool:
        """A date that puts a release in the past ("in May", "at I/O", "on June 18"), unless
        the sentence tells it as today's news ("At I/O on Tuesday, Google announced ...")."""
        lex = self.lexicons
        return bool(lex.first("context.dated", langs, sentence)) and not lex.first(
            "context.today", langs, sentence
        )

    def _unveiled_before(self, langs: tuple[str, ...], body: PreparedText, cue: Cue) -> str | None:
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

    def _release_told_today(self, langs: tuple[str, ...], text: str) -> str | None:
        """A release verb in ``text`` with a day or the news tense ("a présenté mardi", "has
        unveiled"), and no date that sets it in the past. Returns the verb."""
        lex = self.lexicons
        found = lex.first("context.first_release", langs, text)
        if not found or self._background_date(langs, text):
            return None
        if not (lex.first("context.today", langs, text) or lex.first("context.news_lede", langs, text)):
            return None
        return found

    def _released_now(
        self,
        langs: tuple[str, ...],
        body: PreparedText,
        start: int,
        end: int,
        products: set[int] | None = None,
    ) -> str | None:
        """The summary's characters ``start:end`` release a named product (one of ``products``
        when given) as today's news: a release verb, the product named there, and a day or
        the news tense ("a présenté Nova Reel 2", "has unveiled"), no date that sets it in the
        past. Returns the verb."""
        found = self._release_told_today(langs, body.folded[start:end])
        if not found:
            return None
        first, last = token_index(body.folded, start), token_index(body.folded, end)
        named = any(
            first <= hit.start < last
            and hit.label[0] in ("alias", "model")
            and (products is None or hit.label[1] in products)
            for hit in body.hits
        )
        return found if named else None

    def _unveiled_in(self, langs: tuple[str, ...], body: PreparedText, cue: Cue) -> str | None:
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
        before = token_index(body.folded, cue.start)
        # ... or a release verb of its owner's ("Tencent on Wednesday open-sourced HunyuanVideo
        # 2, ... whose weights are now on Hugging Face"): where the released thing ships is part
        # of its release
        return self._unveiling_verb(langs, body, cue.sentence, before=before) or self._unveiling_verb(
            langs, body, cue.sentence, before=before, category="context.first_release", by_owner=True
        )

    def _unveiling_verb(
        self,
        langs: tuple[str, ...],
        body: PreparedText,
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
            product = self._governed_product(
                langs, body, offset + found.end(), before=before
            ) or self._framed_product(langs, body, offset + found.start(), offset + found.end(), before)
            if product is None:
                continue
            if by_owner:
                owners = set(self.taxonomy.products[product.label[1]].vendors)
                verb = token_index(body.folded, offset + found.start())
                first = token_index(body.folded, offset)
                if not any(
                    first <= h.start < verb and h.label[0] == "vendor" and h.label[1] in owners
                    for h in body.hits
                ):
                    continue
            return found.group(0)
        return None

    def _framed_product(
        self,
        langs: tuple[str, ...],
        prepared: PreparedText,
        start: int,
        end: int,
        before: int | None = None,
        products: set[int] | None = None,
    ) -> Hit[TaxonomyLabel] | None:
        """The product inside a verb phrase that closes around its object ("stellt Veo 4 vor",
        "hat am Dienstag Veo 4 vorgestellt"): the phrase opens on a framing word (an
        auxiliary or a separable verb's head) and the product is the last name before its
        closing word (one of ``products`` when given). None otherwise, or when it is named from
        token ``before`` on."""
        first = token_index(prepared.folded, start)
        if first >= len(prepared.toks) or prepared.toks[first] not in self.lexicons.tokens(
            "framing_verbs", langs
        ):
            return None
        last = token_index(prepared.folded, end) - 1
        inside = [
            hit
            for hit in prepared.hits
            if first < hit.start < last
            and hit.label[0] in ("alias", "model")
            and (before is None or hit.start < before)
            and (products is None or hit.label[1] in products)
        ]
        return inside[-1] if inside else None

    def _governed_product(
        self,
        langs: tuple[str, ...],
        prepared: PreparedText,
        end: int,
        before: int | None = None,
        products: set[int] | None = None,
    ) -> Hit[TaxonomyLabel] | None:
        """The product that is the object of the verb ending at character ``end``: only
        filler words between ("dévoile son nouveau Movie Gen"), not "dévoile pourquoi Movie Gen
        ..." or "reveals details on"; named before token ``before``, and one of ``products``,
        when given. None when no product is."""
        after = token_index(prepared.folded, end)
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

    def _announces_product(self, langs: tuple[str, ...], head: PreparedText, end: int) -> bool:
        """The announcement verb ending at character ``end`` takes the product as its object:
        named there ("unveils Veo 3"), or just before it in the passive ("Veo 4 announced,
        coming first to Flow"), or referred to with filler words that a punctuation mark or the
        title's end closes ("Hailuo 03 : MiniMax dévoile son nouveau modèle, ..."). A verb
        that a colon follows frames what comes after ("Neal Mohan l'annonce : Veo 3 débarquera
        dans les Shorts"): the arrival is what is announced, the product is not its object."""
        if not _FRAMES.match(head.folded, end) and self._governed_product(langs, head, end) is not None:
            return True
        segment = head.folded[end:].split(",", 1)[0]
        clause = CLAUSE_BREAK.search(segment)
        segment = segment[: clause.start()] if clause else segment
        verb = token_index(head.folded, end) - 1
        variants = self.rules.tokens.variants
        if not self._background_date(langs, segment) and any(
            hit.label[0] in ("alias", "model") and read_version(head.toks, hit.end, variants)[2] == verb
            for hit in head.hits
        ):
            return True  # ... not "Veo 3, présenté en mai, arrive en France"
        words = TOKEN.findall(segment)
        return bool(words) and self.lexicons.tokens("host_filler", langs).issuperset(words)

    def _not_public(self, langs: tuple[str, ...], prepared: PreparedText, cue: Cue) -> bool:
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
            at = token_index(prepared.folded, m.start())
            return still.isdisjoint(prepared.toks[max(0, at - 3) : token_index(prepared.folded, m.end())])

        return any(
            m.start() < end
            and cue.start < m.end()
            and not lex.first("context.places", langs, m.group(0))
            and kept_back(m)
            for m in lex.find("context.not_public", langs, prepared.folded)
        ) and not lex.first("context.places", langs, cue.text)

    def _new_today(self, head: PreparedText, body: PreparedText, langs: tuple[str, ...]) -> str | None:
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
            if _owned(TOKEN.findall(opening, 0, found.start()), found.group(0)):
                return found.group(0)
        return None

    def _figurative_release(
        self, head: PreparedText, body: PreparedText, langs: tuple[str, ...]
    ) -> str | None:
        """A metaphor for a release ("Google muscle Veo avec une version 3.1", "alza
        l'asticella con Veo 3.1"): the owner opens the headline as the one acting (not
        "Google's Veo 3 ...") on one of its products, and the summary opens on the thing as
        new ("La nouvelle version du modèle ..."). No event word says so; the shape does."""
        owner = opening_hit(head, ("vendor",))
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
            if len(TOKEN.findall(opening, 0, found.start())) > 2:
                continue
            # ... and says what it does, in the present ("améliore le son"), not what befell it
            does = lex.find("context.capability", langs, opening[found.end() :])
            if does and len(TOKEN.findall(opening, found.end(), found.end() + does[0].start())) <= 6:
                return found.group(0)
        return None


def _names_app(
    prepared: PreparedText, hit: Hit[TaxonomyLabel], apps: frozenset[str], kinds: frozenset[str]
) -> bool:
    """The product's name is its app's ("the Sora app", "l'application Sora", "die Sora-App"),
    maybe with a kind of app between ("the Kling AI mobile app", "l'application mobile Sora")."""
    if hit.label[0] not in ("alias", "model"):
        return False
    toks = prepared.toks
    after = 2 if toks[hit.end : hit.end + 1] and toks[hit.end] in kinds else 1
    before = 2 if hit.start >= 2 and toks[hit.start - 1] in kinds else 1
    return not apps.isdisjoint(toks[hit.end : hit.end + after] + toks[max(hit.start - before, 0) : hit.start])

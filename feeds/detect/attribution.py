"""Attribution: whose action the headline reports (the owner, a host platform, a builder of
something else) and where a product arrives."""

from __future__ import annotations

import re

from feeds.detect.cues import CueReading
from feeds.detect.novelty import NoveltyReading
from feeds.detect.phrases import Hit
from feeds.detect.reading import (
    CLAUSE_BREAK,
    TOKEN,
    Cue,
    Mention,
    PreparedText,
    read_version,
    token_index,
)
from feeds.detect.taxonomy import TaxonomyLabel

# A comma, a colon or a bracket between a verb and the next word ends the verb's clause.
_CLAUSE_MARK = re.compile(r"[,;:(]")
# A label of availability that opens a headline ("Jetzt verfügbar:", "Disponible dès
# aujourd'hui :") has at most this many words, and at most this many characters after its cue
# (the day: "dès aujourd'hui").
_LABEL_WORDS = 5
_LABEL_TAIL = 16
# ... and the place after its product is one of these, found among this many words.
_PLACE_CATEGORIES = ("places", "platforms", "host_apps", "audiences")
_PLACE_REACH = 6


def _first_in_title(mentions: list[Mention]) -> int | None:
    """The token index of the title's first product mention, if the title names one."""
    return min((m.start for m in mentions if m.in_title), default=None)


class AttributionReading(CueReading, NoveltyReading):
    """Who acts, and where."""

    def _builder_subject(self, langs: tuple[str, ...], head: PreparedText) -> bool:
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

    def _own_release_day(self, langs: tuple[str, ...], head: PreparedText) -> str | None:
        """The headline dates itself to its product's own release day ("il giorno del lancio",
        "on its launch day", "dès sa sortie"), with no region or tier (an arrival in Spain
        "on the first day of July" is an arrival) and no other product's name after it ("no
        dia do lançamento do Veo 3.1" is that product's day). Returns the phrase."""
        lex = self.lexicons
        found = lex.find("context.own_release_day", langs, head.folded)
        if not found or lex.first("context.audiences", langs, head.folded):
            return None
        after = token_index(head.folded, found[0].end())
        if any(hit.start >= after and hit.label[0] in ("alias", "model") for hit in head.hits):
            return None
        return found[0].group(0)

    def _launches_several(self, langs: tuple[str, ...], head: PreparedText, cue: Cue) -> bool:
        """The launch verb takes a list of products of two vendors ("lance Mochi et LTX-2"),
        and no vendor is named before it: the subject hosts other labs' models."""
        at = token_index(head.folded, cue.start)
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

    def _nameless_builder(self, langs: tuple[str, ...], head: PreparedText, body: PreparedText) -> bool:
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

    def _acts_on_another_object(self, langs: tuple[str, ...], head: PreparedText) -> bool:
        """The headline's own act is on something other than a product ("Kling lance un
        programme pour les créateurs", "Luma AI hires former Pixar executive"): its lede's
        credits and waitlists are that thing's. Not when a product is named inside the act
        ("OpenAI Launches Sora Credits to Fund ...")."""
        acts = self.lexicons.find("silencers.other_object", langs, head.folded) + self.lexicons.find(
            "silencers.venture", langs, head.folded
        )
        if any(
            self._governed_product(langs, head, m.end()) is not None
            for m in self.lexicons.find("context.announcement", langs, head.folded)
        ):
            return False  # "Google dévoile Veo 4 et lance une sélection dédiée ...": two acts
        for found in acts:
            lo = token_index(head.folded, found.start())
            hi = token_index(head.folded, found.end())
            if not any(lo <= hit.start < hi for hit in head.hits if hit.label[0] in ("alias", "model")):
                return True
        return False

    def _others_act(self, langs: tuple[str, ...], head: PreparedText) -> bool:
        """The headline tells a third party's act around a product (§1b: whose action): somebody
        launches their own thing that runs on it ("launches AI ad studio powered by Veo and
        Kling": a ``third_party`` phrase with a builder's word), or others trade or hunt its
        invite codes ("Sora 2 invite codes sold on eBay", "users beg for invite codes": one
        with a ``code_nouns`` word). Their lede's launch, access and price words are then that
        act's, not the owner's news."""
        words = self._builder_markers(langs) | self.lexicons.tokens("code_nouns", langs)
        return any(
            not words.isdisjoint(TOKEN.findall(m.group(0)))
            for m in self.lexicons.find("silencers.third_party", langs, head.folded)
        )

    def _arrives_somewhere(self, langs: tuple[str, ...], head: PreparedText, cue: Cue) -> bool:
        """A verb of arrival with a destination, whatever the place is called ("arrives in
        Microsoft Teams", "arriva nella region AWS di Milano", "débarque dans l'offre Basic"):
        an existing product reaching somewhere (§1b). A time, a stage, a state, a manner or an
        industry after the preposition is no place ("arrives in May", "arrive en bêta", "now in
        trouble", "llega en código abierto", "débarque à Hollywood", ``not_places``), nor is
        the product's own vendor named alone (``_at_owner``)."""
        lex = self.lexicons
        destinations = lex.tokens("destinations", langs)
        toks = head.toks
        at = token_index(head.folded, cue.start + len(cue.text))
        if cue.text.split()[-1] not in destinations:  # "lands on" carries its preposition
            if at >= len(toks) or toks[at] not in destinations:
                return False
            at += 1
        rest = " ".join(toks[at : at + 4])
        if not rest or self._at_owner(langs, head, at):
            return False
        time = lex.first("context.not_places", langs, rest)
        return not (time and rest.startswith(time))

    def _labelled_arrival(self, langs: tuple[str, ...], head: PreparedText, cue: Cue) -> bool:
        """A headline that opens on a label of availability and then names the product and its
        destination ("Jetzt verfügbar: Google Flow in Deutschland", "Ya disponible: Veo 3 en
        España", "Now available: Veo 3 in the Gemini app"): the product reaches that place,
        as "Veo 3 arrives in Spain" would (§1b). The label is the whole first clause, with no
        name in it; the clause after it names the product, and a known place follows the
        preposition after the names ("Now available: Gen-5 in public beta" is no arrival)."""
        found = CLAUSE_BREAK.search(head.folded)
        if found is None or not cue.start < found.start() <= cue.start + len(cue.text) + _LABEL_TAIL:
            return False
        opening = token_index(head.folded, found.start())
        if opening > _LABEL_WORDS or any(hit.start < opening for hit in head.hits):
            return False
        at = token_index(head.folded, found.end())
        names = [hit for hit in head.hits if hit.start >= at and hit.label[0] in ("alias", "model", "vendor")]
        if not any(hit.label[0] in ("alias", "model") for hit in names):
            return False
        for hit in sorted(names, key=lambda hit: hit.start):
            if hit.start > at:
                break
            at = max(at, self._past_version(head, hit.end))
        toks = head.toks
        lex = self.lexicons
        if at + 1 >= len(toks) or toks[at] not in lex.tokens("destinations", langs):
            return False
        if self._at_owner(langs, head, at + 1):
            return False
        # A known place opens what follows, maybe after one word (an article): a region, a
        # tier, a host, an app or an audience - not a stage, a time, an event or a format,
        # which a preposition opens as well ("in public beta", "a partir de hoy", "au Google
        # I/O").
        rest = " ".join(toks[at + 1 : at + 1 + _PLACE_REACH])
        for category in _PLACE_CATEGORIES:
            place = next(iter(lex.find(f"context.{category}", langs, rest)), None)
            if place is not None and len(TOKEN.findall(rest, 0, place.start())) <= 1:
                return True
        return False

    def _launched_somewhere(
        self,
        langs: tuple[str, ...],
        head: PreparedText,
        body: PreparedText,
        mentions: list[Mention],
        cue: Cue,
    ) -> Cue | None:
        """A launch verb whose subject is the product, with a destination after it ("Veo 3
        debuts on Freepik", "Kling 2.1 launches on Krea", "Seedance 1.0 is now live on
        Higgsfield"): an existing product reaching a platform, whatever it is called (§1b:
        an arrival). Not where the entry calls the thing new or its lede unveils it ("Bing
        Video Creator launches on phones" over "Microsoft's newest tool is out"), nor at an
        event ("debuts at I/O"). A time, a stage or the owner is no place."""
        if cue.event != "launch":
            return None  # asked of every title cue: only a launch verb can have a host after it
        lex = self.lexicons
        toks = head.toks
        verb = token_index(head.folded, cue.start + len(cue.text)) - 1
        if verb < 1 or toks[verb] not in lex.tokens("subject_launch_verbs", langs):
            return None
        links = lex.tokens("host_auxiliaries", langs) | lex.tokens("subject_launch_links", langs)
        subject = token_index(head.folded, cue.start)
        while subject > 0 and toks[subject - 1] in links:  # "is now live", "se lance", "é lançado"
            subject -= 1
        named = [m for m in mentions if m.in_title and self._past_version(head, m.end) == subject]
        if not named or verb + 1 >= len(toks):
            return None
        if _CLAUSE_MARK.search(head.folded, head.token_spans[verb][1], head.token_spans[verb + 1][0]):
            return None  # "est lancé, à partir de 8 crédits": the clause ends at the verb
        if toks[verb + 1] in lex.tokens("venue_prepositions", langs):
            return None  # "debuts at I/O": an event, not a host
        after = toks[verb + 2] if verb + 2 < len(toks) else ""
        if after.startswith(toks[named[0].start]):
            return None  # "goes live on hailuoai.video": the owner's own site
        if after in lex.tokens("generic_devices", langs) or after in lex.tokens("indefinites", langs):
            return None  # "debuts on phones" (the device phrases decide), "in a Super Bowl ad"
        if (
            self._novelty(langs, head, body)
            or self._owner_today(langs, body, named[0])  # "Google rolled out Veo 3.1 today"
            or self._lede_unveils(langs, body)
        ):
            return None
        arrival = Cue("availability", cue.text, cue.sentence, cue.start)
        return arrival if self._arrives_somewhere(langs, head, arrival) else None

    def _lede_unveils(self, langs: tuple[str, ...], body: PreparedText) -> bool:
        """A sentence of the summary's opening unveils or releases a named product as today's
        news ("Adobe introduced Firefly Video Model 2 on Monday", "has rolled out Bing Video
        Creator")."""
        for index in range(min(len(body.sentence_starts), self.rules.lede_sentences)):
            start = body.sentence_starts[index]
            if self._unveiling_verb(langs, body, index) or self._released_now(
                langs, body, start, start + len(body.sentence_text(index))
            ):
                return True
        return False

    def _owner_today(self, langs: tuple[str, ...], body: PreparedText, mention: Mention) -> bool:
        """The summary's first sentence names the product's own vendor and a day of today's
        news ("Google rolled out Veo 3.1 today", "ByteDance a mis en service ce mardi ..."):
        the owner's release day, whatever the verb."""
        if not body.folded:
            return False
        owners = set(mention.product.vendors)
        named = any(
            hit.label[0] == "vendor" and hit.label[1] in owners and body.sentence_of_token(hit.start) == 0
            for hit in body.hits
        )
        return named and bool(self.lexicons.first("context.today", langs, body.sentence_text(0)))

    def _now_somewhere(
        self, langs: tuple[str, ...], head: PreparedText, mentions: list[Mention]
    ) -> Cue | None:
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
            return Cue("availability", head.folded[spans[at][0] : spans[to][1]], 0, spans[at][0])
        return None

    def _arrival_somewhere(
        self, langs: tuple[str, ...], head: PreparedText, mentions: list[Mention]
    ) -> Cue | None:
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
            at = token_index(head.folded, found.start())
            if at <= first or head.toks[at - 1] in markers:
                # "tarda a chegar", "pourrait arriver", "sin llegar": no arrival yet; "su
                # llegada a Europa": the noun, told of something else
                continue
            cue = Cue("availability", found.group(0), 0, found.start())
            if self._arrives_somewhere(langs, head, cue):
                return cue
        return None

    def _at_owner(self, langs: tuple[str, ...], head: PreparedText, at: int) -> bool:
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
                return bool(CLAUSE_BREAK.search(f" {between.strip()} ") or "," in between)
        return False

    def _built_on(self, langs: tuple[str, ...], head: PreparedText, cues: list[Cue]) -> list[Cue]:
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
            end = read_version(head.toks, hit.end, self.rules.tokens.variants)[2]  # "Veo 3-powered"
            beside = head.toks[max(0, hit.start - 3) : hit.start] + head.toks[end : end + 1]
            return hit.label[0] != "vendor" and not markers.isdisjoint(beside)

        # a subject that is itself built on the product must be somebody's new thing ("une
        # appli basée sur Wan 2.2 débarque", "Start-up ..."), not a named tool of the owner's
        # ("Flow, basato su Veo 3, arriva in Italia")
        anonymous = startup or head.toks[0] in lex.tokens("indefinites", langs)

        found: list[Cue] = []
        for cue in cues:
            if cue.event == "waitlist" and nouns.isdisjoint(cue.text.split()):
                continue
            if cue.event not in ("waitlist", "launch", "availability", "pricing"):
                continue
            at = token_index(head.folded, cue.start)
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

    def _host_launch(self, langs: tuple[str, ...], prepared: PreparedText, cue: Cue) -> Cue:
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
        at = token_index(prepared.folded, cue.start)
        first = token_index(prepared.folded, sentence_start)
        # the product after the host ("la fonction Remix, propulsée par Veo 3.1, arrive ...")
        host_at = token_index(prepared.folded, sentence_start + hosts[0].start())
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
        return Cue("availability", cue.text, cue.sentence, cue.start)

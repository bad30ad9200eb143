"""Attribution: whose action the headline reports (the owner, a host platform, a builder of
something else) and where a product arrives."""

from __future__ import annotations

from feeds.detect.cues import CueReading
from feeds.detect.novelty import NoveltyReading
from feeds.detect.reading import (
    CLAUSE_BREAK,
    TOKEN,
    Cue,
    Decision,
    Mention,
    PreparedText,
    in_place,
    read_version,
    token_index,
)


def _first_in_title(mentions: list[Mention]) -> int | None:
    """The token index of the title's first product mention, if the title names one."""
    return min((m.start for m in mentions if m.in_title), default=None)


class AttributionReading(CueReading, NoveltyReading):
    """Who acts, and where."""

    def _releases_product(self, langs: tuple[str, ...], head: PreparedText, decision: Decision) -> bool:
        """The headline's deciding cue is a launch or an arrival whose object is a named
        product, after the verb or inside the cue ("releases Wan 2.2 weights"), and no
        product's own paper is what it releases."""
        cue = decision.title_cue
        if cue is None or decision.event not in ("launch", "availability") or not in_place(head, cue):
            return False
        if self._own_paper(langs, head):
            return False
        end = cue.start + len(cue.text)
        if self._governed_product(langs, head, end) is not None:
            return True
        first, last = token_index(head.folded, cue.start), token_index(head.folded, end)
        return any(h.label[0] in ("alias", "model") and first <= h.start < last for h in head.hits)

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
        for found in acts:
            lo = token_index(head.folded, found.start())
            hi = token_index(head.folded, found.end())
            if not any(lo <= hit.start < hi for hit in head.hits if hit.label[0] in ("alias", "model")):
                return True
        return False

    def _launches_a_tool(self, langs: tuple[str, ...], head: PreparedText) -> bool:
        """The headline has somebody launch their own thing that runs on a product ("launches
        AI ad studio powered by Veo and Kling"): a third party's venture (§1b: whose action)."""
        lex = self.lexicons
        markers = self._builder_markers(langs)
        return any(
            not markers.isdisjoint(TOKEN.findall(m.group(0)))
            for m in lex.find("silencers.third_party", langs, head.folded)
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
        return not self._background_date(langs, body.sentence_text(0))

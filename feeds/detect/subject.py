"""The subject: which watched products and vendors an entry is about, with ambiguous names
confirmed by their context (step 1 of feeds/detect/classify.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from feeds.detect.reading import (
    VERSION,
    DetectorBase,
    Mention,
    PreparedText,
    clause_around,
    opening_hit,
    read_version,
    token_index,
)
from feeds.detect.taxonomy import Product

# How many words after "does not include" a product may sit and still be the thing left out.
_EXCLUDED_REACH = 6


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


def _styled(prepared: PreparedText, end: int, styles: frozenset[str]) -> bool:
    """The name ending at token ``end`` is joined to a style word ("tiktok-style", "sora-esque");
    a separate word ("Sora, style TikTok") is not that."""
    if end >= len(prepared.toks) or prepared.toks[end] not in styles:
        return False
    return f"{prepared.toks[end - 1]}-{prepared.toks[end]}" in prepared.folded


class SubjectReading(DetectorBase):
    """What the entry is about."""

    def _funded_vendor(self, head: PreparedText, langs: tuple[str, ...]) -> tuple[str, str] | None:
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

    def _products(
        self,
        head: PreparedText,
        body: PreparedText,
        labels: set,
        named_vendors: set[str],
        video_context: str | None,
        site_owner: str | None = None,
    ) -> tuple[list[Mention], list[str], bool]:
        """Confirmed product mentions (title first), veto reasons, and whether a model id was
        named. ``site_owner`` is the vendor whose own site the page is on."""
        mentions: list[Mention] = []
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
                version, variant, end = read_version(prepared.toks, hit.end, variants)
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
                        product,
                        version,
                        labels,
                        named_vendors,
                        sure_vendors,
                        model_products,
                        video_context,
                        site_owner,
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
                mentions.append(Mention(product, slug, in_title, why, hit.start, hit.end))
        return mentions, vetoed, model_id_named

    def _epithet(self, prepared: PreparedText, start: int, end: int) -> bool:
        """The name stands for something else's kind ("le Sora de la maquette 3D", "the
        Midjourney of video"): an article, the name, "of", then nothing the taxonomy knows
        ("o Sora do ChatGPT", "le Sora d'OpenAI" are the product)."""
        tokens = self.rules.tokens
        toks = prepared.toks
        if start == 0 or end + 1 >= len(toks) or toks[start - 1] not in tokens.epithet_determiners:
            return False
        if toks[end] in tokens.epithets:
            after = end + 1
            if after < len(toks) and toks[after] in tokens.epithet_idioms:
                return False
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
        site_owner: str | None = None,
    ) -> str:
        """How an ambiguous alias is confirmed, or "" when it is not. ``site_owner``: the vendor
        whose own site the page is on."""
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
        if site_owner in product.vendors:
            # "Vidu Q3 pre-registration is open" on vidu.com: the vendor speaking (a namesake's
            # phrase and a missing video context were turned away above)
            return f"{site_owner}'s own site"
        return ""

    def _subject(
        self,
        head: PreparedText,
        body: PreparedText,
        mentions: list[Mention],
        named_vendors: set[str],
        video_head: list[re.Match[str]],
        video_body: list[re.Match[str]],
        reasons: list[str],
        langs: tuple[str, ...],
        listed: set[int] | None = None,
    ) -> tuple[float, list[str], list[str]]:
        """(subject score, vendors, products): products first, else a vendor beside video context;
        a summary vendor in a list of examples (``listed`` tokens) is not one."""
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
        # A headline about video ("Midjourney brings Relax-mode video to Standard members" over
        # "... can now queue video jobs") confirms, beside the lede's context, a vendor with a
        # single video product: its video is that product.
        video_headline = not self.lexicons.tokens("video_words", langs).isdisjoint(head.toks)
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
                if prepared is body and listed and hit.start in listed:
                    continue  # "tools such as OpenAI's Sora": an example, not the subject
                if slug in styled or _styled(prepared, hit.end, styles):
                    continue  # "a TikTok-style video feed": a style, not the vendor
                vendor = self.taxonomy.vendors[slug]
                sentence = prepared.sentence_of_token(hit.start)
                if (
                    (
                        continued
                        and (vendor.video_only or (video_headline and len(set(vendor.product_slugs)) == 1))
                    )
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

    def _vendor_by_plans(self, head: PreparedText, body: PreparedText, langs: tuple[str, ...]) -> str | None:
        """The video-only vendor that opens the headline, when its own plans and credits stand
        in the title or the summary's first sentence ("Runway revoit sa grille tarifaire" /
        "le plan Unlimited passe à 95 dollars"), or the short name of its product does ("Pika
        augmente ses tarifs : le forfait Pro …"): the plans name the company as surely as video
        words do. Not a common word ("extends its runway", not at the start) and not a namesake
        whose phrases the page shows (the vendor's ``anti_cues``: "finance teams")."""
        taxonomy = self.taxonomy
        first = opening_hit(head, ("vendor", "alias"))
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
        self, langs: tuple[str, ...], prepared: PreparedText, found: list[re.Match[str]]
    ) -> list[re.Match[str]]:
        """Video-context phrases not denied by the word before them ("Aucune génération vidéo
        n'est proposée", "no video generation"): a denied one confirms no video subject."""
        if not found:
            return found
        negators = self.lexicons.tokens("negators", langs)
        kept = []
        for match in found:
            at = token_index(prepared.folded, match.start())
            if at == 0 or prepared.toks[at - 1] not in negators:
                kept.append(match)
        return kept

    def _not_excluded(
        self, langs: tuple[str, ...], body: PreparedText, mentions: list[Mention]
    ) -> list[Mention]:
        """Drop the summary's mentions of a product that the entry says is left out ("The
        plan does not include Sora video generation", "O plano não inclui vídeos do Sora",
        "La creación de vídeo con Sora no está incluida"): the news is about something else.
        Returns the mentions kept."""
        found = self.lexicons.find("context.excluded", langs, body.folded)
        left_out = self.lexicons.find("context.excluded_after", langs, body.folded)
        if not found and not left_out:
            return mentions
        after = [token_index(body.folded, m.end()) for m in found]
        before = [(token_index(body.folded, m.start()), m.start()) for m in left_out]
        spans = body.token_spans

        def excluded(m: Mention) -> bool:
            sentence = body.sentence_of_token(m.start)
            return any(
                at <= m.start < at + _EXCLUDED_REACH and body.sentence_of_token(at) == sentence
                for at in after
                if at < len(body.toks)
            ) or any(
                m.end <= at < m.end + _EXCLUDED_REACH
                and body.sentence_of_token(at) == sentence
                # in the name's own clause: "Sora 2 startet, die EU ist nicht inbegriffen" leaves out the EU
                and char < clause_around(body.folded, spans[m.end - 1][1] - 1, commas=True)[1]
                for at, char in before
            )

        return [m for m in mentions if m.in_title or not excluded(m)]

    def _examples(self, langs: tuple[str, ...], head: PreparedText, body: PreparedText) -> set[int]:
        """Summary tokens of a list of examples ("tools such as Veo and Kling", "Generatoren
        wie Sora oder Kling") when the headline names nothing watched: the products stand for
        a field ("Studios pull the plug on AI background actors"), not for the subject. Empty
        when the headline names a product or vendor, or the summary gives no such list."""
        if any(hit.label[0] in ("alias", "model", "vendor") for hit in head.hits):
            return set()
        found = self.lexicons.find("context.examples", langs, body.folded)
        if not found:
            return set()
        joins = self.lexicons.tokens("list_joins", langs)
        named = {
            i
            for hit in body.hits
            if hit.label[0] in ("alias", "model", "vendor")
            for i in range(hit.start, hit.end)
        }
        listed: set[int] = set()
        for match in found:
            at = token_index(body.folded, match.end())
            chain: set[int] = set()
            while at < len(body.toks) and (
                at in named or body.toks[at] in joins or body.toks[at] == "s" or VERSION.match(body.toks[at])
            ):
                chain.add(at)
                at += 1
            if chain & named:
                listed |= chain
        return listed

    def _replacements_last(
        self,
        head: PreparedText,
        body: PreparedText,
        mentions: list[Mention],
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
            first = token_index(prepared.folded, cues[0].start())
            replaced.update(
                v for m in mentions if m.in_title == in_title and m.start >= first for v in m.product.vendors
            )
        subject = {v for m in mentions for v in m.product.vendors if v not in replaced}
        if not replaced or not subject:
            return vendors
        return [v for v in vendors if v in subject] + [v for v in vendors if v not in subject]

    def _subject_sentences(self, prepared: PreparedText, vendors: list[str]) -> set[int]:
        """Sentences of the summary that name a product or one of the subject's vendors."""
        wanted = set(vendors)
        return {
            prepared.sentence_of_token(hit.start)
            for hit in prepared.hits
            if hit.label[0] in ("alias", "model") or (hit.label[0] == "vendor" and hit.label[1] in wanted)
        }

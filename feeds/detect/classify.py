"""The detector: rules that turn (title, summary, language, link) into a Detection with reasons.

How a verdict is reached (each step adds a reason string). Weights and language-independent
words are data (seeds/detection.toml, read by rules.py); per-language words are lexicons
(seeds/lexicon/*.toml, lexicon.py); names are the watchlist (seeds/watchlist.toml). Each step
has its own module, a mixin over the state they share (reading.py): subject.py and makers.py
(1); cues.py, novelty.py, attribution.py and events.py (2); genre.py (3). This module holds
the Detector that runs them in order (0, 4).

0. Language. The entry's code is normalised ("en-US", "EN" -> "en"); an entry without one
   gets a guess (the ``identify`` callable, feeds.parse.language by default). English always
   applies plus that language's lexicon; a language without a lexicon gets English only,
   so other languages' homographs ("report", "abandon" are French cues) stay out.
1. Subject. Product aliases and vendor names are found in one pass over the tokens
   (taxonomy.py). An *ambiguous* alias (Sora, Veo, Runway's "Gen", Pika ...) counts only
   when something confirms the AI-video meaning: one of its vendor's names, a product cue,
   an API model id, a version number right after it (``version_confirms``),
   video-generation context (``context_confirms``) or another vendor's AI-video product in
   the same entry; an anti-cue (Kingdom Hearts, Veo Cam, PCIe ...) vetoes it unless a
   product cue is present. Without a product, a vendor named in the same sentence as
   video-generation context can be the subject; without either, a headline that opens on
   a maker's name and is about a video generator of its own ("Pinterest launches Motion,
   its own AI video generator"; makers.py) makes that maker the subject under a slug of
   its name; so does a lede that tells of it (lede_makers.py) or one that calls a product
   of the headline a maker's video generator ("Listing Loops, its AI video generator";
   named_makers.py). Generic terms never fire alone. On a retirement notice, a product named as
   the replacement ("migrate to ...") comes last.
2. Event. Lexicon phrases per event type, in tiers: strong cues, weak cues ("announces",
   "unveils") that decide only when no strong cue fired, and minor cues (comparatives) that
   decide only when nothing else did. Adjectives of novelty ("new", "latest", "nouveau")
   are not events. An override phrase ("ends the waitlist") is a strong cue of its own event
   and silences the cues inside it; a silencer (an idiom, somebody else's demand, a film
   made with the tool "debuting", a release *date*, a regional qualifier "everywhere but
   Europe") silences the cues inside it without an event of its own; a cue inside a dated
   background phrase ("launched on June 12, 2024") does not count. A host verb with the
   product as its object ("Google Vids gets Veo 3") is an availability cue unless the host
   is the product's own vendor or family.
   The title decides when it holds a strong cue and is not a question: the first clause
   with a cue (before ":" or a dash: "X launches Y API: per-second billing" is a launch),
   and within it the most specific event, by PRECEDENCE:
       shutdown > delay > waitlist > pricing > availability > launch
   ("launches … but pauses sign-ups" is a waitlist story). A title launch that is only
   announced for later ("coming soon") yields to a more specific cue about the subject in
   the lede (pre-registration: waitlist). Otherwise the summary decides, through its first
   sentence with a cue (preferring one that names the subject and states a fact rather
   than a plan); a title that unveils something ("announces", "unveils") over a summary
   that says where it ships or who gets it first is that thing's launch.
   Every event the entry supports is reported, primary first (``events``).
3. Genre. What kind of page is it? Title, the page's address (path segments such as
   /wiki/, /docs/, /pricing, a code host, slug words) and the summary's opening sentences
   carry formats (review, guide, explainer, comparison, directory, documentation, price
   list, research, a library's release) and topics (analysis, opinion, reaction, legal,
   speculation, retrospective, marketing, traction, a question). Each lowers the score; and
   an event that rests on thin evidence (a weak cue, a summary-only cue, a cue inside a
   title question) is no news at all once any genre shows - unless the opening reports it
   as today's news and the genre is a topic. A title that is only the product's name, or
   whose first clause is the name and a page noun ("Sora 2 API pricing: ..."), labels a
   profile, price or reference page: it weighs nothing but sinks thin evidence.
4. Score = subject + event + context - penalties, clamped to 0..1. Relevant when there is a
   subject, an event and the score reaches the threshold. A false alert costs more than a
   late one. Funding news is event "other" unless the title reports a release as well.

Everything here is pure (the language guess aside, whose model loads once on first use):
no clock, no state between calls, safe to share between threads.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import lru_cache

from feeds.detect.events import EventReading
from feeds.detect.genre import GenreReading, PageAddress, without_genres
from feeds.detect.lede_makers import LedeMaker, lede_sentence
from feeds.detect.lexicon import LexiconSet, bundled_lexicons
from feeds.detect.named_makers import NamedMakerReading
from feeds.detect.reading import (
    CLAUSE_BREAK,
    PRECEDENCE,
    QUESTION_END,
    TOKEN,
    Decision,
    Mention,
    PreparedText,
    token_index,
)
from feeds.detect.rules import Rules, bundled_rules
from feeds.detect.second_opinion import SecondOpinion, bundled_second_opinion
from feeds.detect.taxonomy import Taxonomy, any_phrase_within, bundled_taxonomy
from feeds.detect.text import CJK_CHAR, fold, rough_bag
from feeds.models import Detection
from feeds.parse.language import short_lang

_WORD = re.compile(r"[a-z0-9]+")


# Two spaced dashes set off an aside ("launches Sora - its video app - in Europe"), read as
# commas; a single spaced dash ends a clause as a colon does ...
_DASH_ASIDE = re.compile(
    r" - ((?:its|their|the|a|an|son|sa|ses|le|la|les|un|une|sein|seine|der|die|das|su|sus|il|lo|o|seu|sua) [^-:;.!?]{1,60}?) - "
)

# ... except before a contrast, which continues the clause ("launches - but not in Europe")
_CLAUSE_DASH = re.compile(
    r" - (?!(?:but|aber|mais|pero|ma|mas|yet|except|sauf|ausser|salvo|tranne|exceto)\b)"
)

# A full stop inside a headline ends a sentence that reports ("Veo 3.1 is now available in
# Spain. What can it do?"); exclamations are not reports ("Alerte ! ... Quand ?"), nor "U.S.".
_REPORT_BEFORE = re.compile(r"[^\W\d_]{2}\.\s")

_NOT_RELEVANT = Detection(
    relevant=False, score=0.0, vendors=[], products=[], event="none", api=False, reasons=[]
)


def prepared_text(title: str | None, summary: str | None, lede_chars: int) -> tuple[str, str]:
    """Title and lede as the detector reads them (the second opinion's training reads the
    same): entities decoded, the lede cut to ``lede_chars``."""
    return _unescaped(title or ""), _unescaped((summary or "")[:lede_chars])


def _unescaped(text: str) -> str:
    """Entities a feed escaped twice ("Pika stellt &quot;Pikaffects&quot; ein",
    "d&eacute;barque"): feedparser decodes one level, the second reaches us as text."""
    return html.unescape(text) if "&" in text else text


class Detector(EventReading, GenreReading, NamedMakerReading):
    """Build once (it compiles the seeds), then call :meth:`classify` from any thread."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        lexicons: LexiconSet,
        identify: Callable[[str], str | None] | None = None,
        rules: Rules | None = None,
        second_opinion: SecondOpinion | None = None,
    ) -> None:
        """``identify`` guesses the language of an entry that declares none (None: every
        lexicon applies to such entries); ``second_opinion`` may veto an alert (None: the
        rules alone decide)."""
        self.taxonomy = taxonomy
        self.second_opinion = second_opinion
        self.lexicons = lexicons
        self.rules = rules or bundled_rules()
        self._lede_chars = self.rules.lede_chars
        self._identify = identify
        self._first_tokens = frozenset(taxonomy.matcher.first_tokens())
        self._gate_keys = taxonomy.gate_keys
        # Words without which no vendor-only subject can exist (every video-context phrase
        # has one), in every language: the prefilter runs before the language is known.
        self._video_words = lexicons.all_tokens("video_words")
        # A headline describing a video generator in any language: the one way past the
        # prefilter for a maker the watchlist does not name (feeds/detect/makers.py).
        every_language = lexicons.languages_for(None)
        models = lexicons.pattern("context.maker_model", every_language)
        self._maker_models = [models] if models else []
        # a lede may also own a bare "video model" (feeds/detect/lede_makers.py)
        owned = lexicons.pattern("context.maker_model_owned", every_language)
        self._lede_models = self._maker_models + ([owned] if owned else [])
        self._segment_genres = self.rules.url.segment_genres()
        # The opening's genres that weigh or sink anything (the others are ordinary context).
        genre_rules = self.rules.genre
        self._lede_genres = (
            frozenset(name for name, weight in genre_rules.lede.items() if weight > 0)
            | genre_rules.lede_sinks
            | genre_rules.weak_lede_sinks
        )
        # Genres that make up a service line after the news, and the formats an address's
        # slug words can show (not those that need a name after them in a title).
        self._tail_genres = genre_rules.tails | genre_rules.tail_joins
        self._url_formats = tuple(sorted(genre_rules.formats - genre_rules.named_after))
        self._genre_names = sorted(
            {cat.split(".", 1)[1] for cat in lexicons.categories if cat.startswith("genres.")} - {"funding"}
        )
        prefixes = sorted(taxonomy.versioned_prefixes, key=len, reverse=True)
        # "veo3.1" -> "veo 3.1" before tokenising, in one regex pass.
        self._glued = (
            re.compile(
                rf"(?<![a-z0-9])({'|'.join(map(re.escape, prefixes))})v?(0?[0-9](?:\.[0-9]{{1,2}})?)(?![a-z0-9])"
            )
            if prefixes
            else None
        )

    # -- preparation ----------------------------------------------------------------------
    def _is_candidate(self, text: str) -> bool:
        """Cheap test on lowercased text: does it name a watched product, or a vendor beside
        video words? (A maker the watchlist does not know passes by ``_describes_a_model``.)
        Most tech news names neither, so this usually costs one ``findall`` and one set test."""
        words = _WORD.findall(text)
        if not text.isascii():
            words += CJK_CHAR.findall(text)
        if self._gate_keys.isdisjoint(words):
            return False
        taxonomy = self.taxonomy
        bag = rough_bag(words)
        if any_phrase_within(taxonomy.product_prefilter, bag):
            return True
        # Vendors (Google, Meta ...) only matter next to video words.
        return not self._video_words.isdisjoint(bag) and any_phrase_within(taxonomy.vendor_prefilter, bag)

    def _describes_a_model(self, text: str, patterns: list[re.Pattern[str]]) -> bool:
        """Does the headline (or the lede) describe a video generator ("AI video generator",
        "modèle de génération vidéo", "its architecture video model")? Then it may name a maker
        the watchlist does not know (feeds/detect/makers.py), and passes the prefilter. Every
        such phrase holds "vid" ("video", "vidéo", "vídeo", "Videogenerator"; tests keep it
        so): ``classify`` runs this only on entries that hold it."""
        folded = fold(text)
        return any(pattern.search(folded) for pattern in patterns)

    def _prepare(self, text: str) -> PreparedText:
        folded = fold(text)
        if " - " in folded:
            # Two spaced dashes set off an aside ("launches Sora - its video app - in Europe"),
            # read as commas; a single one ends a clause as a colon does ("Pika 2.2 just
            # dropped - 10s clips"), and a phrase's gaps never cross a colon.
            folded = _CLAUSE_DASH.sub(" : ", _DASH_ASIDE.sub(r", \1, ", folded))
        if self._glued is not None:
            folded = self._glued.sub(r"\1 \2", folded)
        toks = TOKEN.findall(folded)
        prepared = PreparedText(folded, toks)
        if not self._first_tokens.isdisjoint(toks):
            prepared.hits = self.taxonomy.matcher.scan(toks)
        return prepared

    def rules_alone(self) -> Detector:
        """This detector without its second opinion: what the rules decide by themselves."""
        return Detector(self.taxonomy, self.lexicons, self._identify, self.rules)

    # -- main -----------------------------------------------------------------------------
    def classify(
        self,
        title: str,
        summary: str = "",
        lang: str | None = None,
        link: str | None = None,
        *,
        official: bool = False,
    ) -> Detection:
        """The verdict on one entry. ``link`` (the article's address) tells the page's genre."""
        title, summary = prepared_text(title, summary, self._lede_chars)
        lowered = f"{title}\n{summary}".lower()
        describes_a_model = lede_model = False
        if _mentions_video(lowered):
            describes_a_model = _mentions_video(title.lower()) and self._describes_a_model(
                title, self._maker_models
            )
            # the maker of a lede is read in its first sentence only
            first = lede_sentence(summary)
            lowered_first = first.lower()
            lede_model = (
                _mentions_video(lowered_first)
                and any(word in lowered_first for word in MODEL_WORDS)
                and self._describes_a_model(first, self._lede_models)
            )
        if not (describes_a_model or lede_model) and not self._is_candidate(lowered):
            return _NOT_RELEVANT
        rules = self.rules
        weights = rules.score
        head = self._prepare(title)
        body = self._prepare(summary)
        if not head.hits and not body.hits and not (describes_a_model or lede_model):
            return _NOT_RELEVANT
        langs = self._languages(lang, title, summary)
        lex = self.lexicons
        reasons: list[str] = []

        labels = {hit.label for hit in head.hits} | {hit.label for hit in body.hits}
        named_vendors = {label[1] for label in labels if label[0] == "vendor"}
        video_head = self._affirmed(langs, head, lex.find("context.video", langs, head.folded))
        video_body = self._affirmed(langs, body, lex.find("context.video", langs, body.folded))
        video_any = (video_head or video_body)[0].group(0) if (video_head or video_body) else None

        address = PageAddress.parse(link)
        site_owner = self.taxonomy.site_owner(address.host) if address else None
        mentions, vetoed, model_id_named = self._products(
            head, body, labels, named_vendors, video_any, site_owner
        )
        reasons.extend(vetoed)
        mentions = self._not_excluded(langs, body, mentions)
        listed = self._examples(langs, head, body)
        if listed and mentions and all(m.start in listed for m in mentions):
            reasons.extend(f"example:{m.slug}" for m in mentions)
            mentions = []

        subject_score, vendors, products = self._subject(
            head, body, mentions, named_vendors, video_head, video_body, reasons, langs, listed
        )
        other_sense = (
            self._other_sense(head, vendors) if vendors and not mentions and not video_head else None
        )
        if other_sense is not None:
            reasons.append(f"vendor-only subject dropped: the title names {other_sense} in its other meaning")
            vendors, products = [], []
        maker = self._new_maker(title, head, langs) if describes_a_model and not vendors else None
        if maker is None and describes_a_model and not vendors:
            maker = self._headline_subject(title, head, langs)
        lede_maker: LedeMaker | None = None
        named_mentions: list[Mention] = []
        if lede_model and not vendors and maker is None:
            lede_maker = self._lede_maker(title, summary, body, langs)
        if lede_model and not vendors and maker is None and lede_maker is None:
            named = self._named_maker(title, summary, body, langs)
            if named is not None:
                maker = (named[0], None)
                named_mentions = self._named_mentions(named[0], named[1], head, body)
        slug = maker[0] if maker is not None else lede_maker.slug if lede_maker is not None else None
        if slug is not None:
            vendors = [slug]
            # the maker names its model as a watched product would be named
            subject_score = weights.subject_vendor_title if maker is not None else weights.subject_summary
            reasons.append(f"maker:{slug} (not in the watchlist)")
        if not vendors:
            funded = self._funded_vendor(head, langs)
            if funded:
                return Detection(
                    relevant=False,
                    score=0.0,
                    vendors=[funded[0]],
                    products=[],
                    event="other",
                    api=False,
                    reasons=[*reasons, f"vendor:{funded[0]}", f'funding ("{funded[1]}")'],
                )
            return Detection(
                relevant=False,
                score=0.0,
                vendors=[],
                products=[],
                event="none",
                api=False,
                reasons=[*reasons, "no AI-video product or vendor confirmed"],
            )
        vendors = self._replacements_last(head, body, mentions, vendors, langs)
        reasons.extend(f"vendor:{vendor}" for vendor in vendors)
        # A vendor-only subject found in the summary: the title may be about something else
        # ("Instagram launches Edits" over "Meta's new app includes AI video features").
        title_names_subject = bool(mentions or maker or (lede_maker and lede_maker.in_title)) or any(
            (hit.label[0] == "vendor" and hit.label[1] in vendors)
            or (
                hit.label[0] == "alias"
                and hit.start == 0
                and vendors[0] in self.taxonomy.products[hit.label[1]].vendors
            )
            for hit in head.hits
        )
        # A teaser headline ("This video generator stops taking sign-ups", "Vous allez pouvoir
        # ...") leaves its subject to the lede's first sentence: the headline's event is its.
        title_names_subject = title_names_subject or (
            bool(self.lexicons.first("context.teaser", langs, head.folded))
            and 0 in self._subject_sentences(body, vendors)
        )
        # ... a question after a reporting sentence ("Veo 3.1 is now available in Spain. What
        # can it do?") asks about the report, which stands
        question = bool(QUESTION_END.search(title)) and not (
            CLAUSE_BREAK.search(title) or _REPORT_BEFORE.search(title)
        )

        decision = self._event(
            head,
            body,
            mentions or named_mentions,
            vendors,
            langs,
            title_names_subject,
            question,
            maker[1] if maker else None,
            lede_maker,
        )
        told = decision.title_decided
        if named_mentions:
            told = self._headline_tells(head, decision, named_mentions, langs)
        if maker is not None and maker[1] is None and not told:
            # a maker the watchlist does not know is news only as its headline tells it
            decision = Decision(reason="a maker outside the watchlist, with no event in its headline")
        hedged = (
            self._hedged_headline(langs, head)
            if decision.event != "none" and not decision.title_decided
            else None
        )
        if hedged:
            # "Sora devrait devenir payant", "OpenAI denies plan to paywall Sora": the headline's
            # own event is hypothetical or denied, so the summary's telling of it is too
            decision = Decision(reason=f'the headline\'s event is hypothetical or denied ("{hedged}")')
        disowned = self._disowned(langs, head, body, vendors) if decision.event != "none" else None
        if disowned:
            # "Kuaishou is not involved in the product", "n'est pas un produit de Runway": the
            # page says the product's owner has no part in what it reports (§1b: whose action)
            decision = Decision(reason=f'third party: the owner is not involved ("{disowned}")')
        if decision.reason:
            reasons.append(decision.reason)

        score = subject_score + decision.weight
        if video_any:
            score += weights.video_context
            reasons.append(f'context:video ("{video_any}")')
        api = model_id_named or bool(
            lex.first("context.api", langs, head.folded) or lex.first("context.api", langs, body.folded)
        )
        if api:
            reasons.append("context:api")
        if official:
            score += weights.official
            reasons.append("source:official")
        # a hands-on long after the release ("two months after launch day", "après trois semaines")
        long_use = decision.event != "none" and bool(
            lex.first("context.long_use", langs, head.folded)
            or lex.first("context.long_use", langs, body.opening(self.rules.lede_sentences))
        )
        if (
            decision.event != "none"
            and (decision.title_decided or decision.lede_fact)
            and lex.first("context.launch_day", langs, head.folded)
            and not long_use
        ):
            # "Abbiamo provato Grok Imagine 2 nel giorno del debutto": the headline dates its
            # hands-on to the release day (its format only; "surpasses half a million installs
            # on launch day" stays traction)
            decision.release_day = True
        if decision.title_decided and decision.lede_news and not long_use and not _kind_label(head):
            # "On a essayé Vidu Q3, lancé ce matin" over "Shengshu a lancé ce matin Vidu Q3":
            # the headline reports the event and the lede tells it as today's news, so the
            # hands-on is that day's coverage ("Review: ..." labels the page's kind all the same)
            decision.day_one = True
        genres = self._genres(head, body, address, langs, title, question, decision)
        if decision.title_decided and lex.first("context.confirmed", langs, head.folded):
            # "Google officially launches Veo 4 after weeks of leaks": the headline confirms
            # what was leaked or rumoured, so the leak is its background
            genres = without_genres(genres, title=rules.genre.confirmed)
        own_page = site_owner is not None and site_owner in vendors
        posted = address is not None and (
            address.host in rules.url.post_hosts or address.host in rules.url.store_hosts
        )
        # read before the own-site filter below drops the address's "/release-notes"
        entry = self._log_entry(langs, head, genres) if own_page or posted else None
        if own_page:
            # the vendor's own page: its section in the address is where it files its news
            reasons.append(f"source:{site_owner}'s own site")
            genres = without_genres(genres, url=rules.genre.own_site, title=rules.genre.own_site_titles)
        if entry:
            # an entry of the owner's log ("Release notes" over "Veo 3 Fast has moved to General
            # Availability" at ".../docs/release-notes", an app's "What's New · Version 3.6"):
            # where the log lives is no genre
            reasons.append(f'source:an entry of its log ("{entry}")')
            genres = without_genres(genres, url=rules.genre.log_sections, title=rules.genre.log_titles)
        if self._releases_product(langs, head, body, decision):
            # "releases Wan 2.2 weights alongside its technical report": the release is the news
            genres = without_genres(genres, title=rules.genre.released)
        actor_lede = any(g.name == "name_only" for g in genres) and self._actor_lede(langs, body, decision)
        score -= self._genre_penalty(genres, decision, reasons, actor_lede)

        image_only = lex.first("context.image_only", langs, head.folded)
        if image_only and not any(m.in_title for m in mentions) and not video_head:
            score -= weights.image_only_title
            reasons.append(f'negative:image-generation ("{image_only}")')

        score = round(max(0.0, min(1.0, score)), 2)
        funding = lex.first("genres.funding", langs, head.folded)
        if funding and not (decision.title_decided and not lex.first("context.future", langs, head.folded)):
            reasons.append(f'funding ("{funding}")')
            return Detection(
                relevant=False,
                score=min(score, 0.3),
                vendors=vendors,
                products=products,
                event="other",
                api=api,
                reasons=reasons,
            )
        relevant = decision.event != "none" and score >= rules.threshold
        if not relevant and decision.event != "none":
            reasons.append(f"below threshold ({score:.2f} < {rules.threshold})")
        elif relevant and self.second_opinion is not None:
            vetoed_at = self.second_opinion.vetoes(title, summary, link)
            if vetoed_at is not None:
                relevant = False
                reasons.append(
                    f"second opinion: the page as a whole reads as no announcement "
                    f"(p={vetoed_at:.2f} < {self.second_opinion.threshold})"
                )
        return Detection(
            relevant=relevant,
            score=score,
            vendors=vendors,
            products=products,
            event=decision.event if relevant else "none",  # type: ignore[arg-type]
            api=api,
            reasons=reasons,
            events=decision.events if relevant else [],  # type: ignore[arg-type]
        )

    def _other_sense(self, head: PreparedText, vendors: list[str]) -> str | None:
        """The slug of a product of ``vendors`` that the headline names in its other meaning
        ("Adobe Firefly Image 5 ist ab sofort verfügbar"), or None. Asked of a vendor-only
        subject found with no video word in the headline: the summary's video words ("das
        Videomodell von Firefly erhält keine Neuerungen") do not make the vendor its subject."""
        head_labels = {hit.label for hit in head.hits}
        return next(
            (
                self.taxonomy.products[hit.label[1]].slug
                for hit in head.hits
                if hit.label[0] == "alias"
                and ("anti", hit.label[1]) in head_labels
                and set(self.taxonomy.products[hit.label[1]].vendors) & set(vendors)
            ),
            None,
        )

    def _hedged_headline(self, langs: tuple[str, ...], head: PreparedText) -> str | None:
        """The words of the headline that silence one of its own event phrases (a doubt or a
        denial: "could delay", "devrait devenir payant", "no retrasará"), or that say every one
        of them does not happen ("Die Preise bleiben unverändert"), or None."""
        lex = self.lexicons
        spans = [
            match
            for kind in ("doubt", "negated", "denial")
            for match in lex.find(f"silencers.{kind}", langs, head.folded)
        ]
        phrases = [
            cue
            for section in ("events", "weak_events", "minor_events")
            for event in PRECEDENCE
            for cue in lex.find(f"{section}.{event}", langs, head.folded)
        ]
        for cue in phrases:
            for span in spans:
                if cue.start() < span.end() and span.start() < cue.end():
                    return span.group(0)
        # "Veo 3: Die Preise bleiben unverändert": every event phrase of the headline is said
        # not to happen - not "Google dévoile Veo 4 sans hausse de prix", whose unveiling stands
        unchanged = lex.find("silencers.unchanged", langs, head.folded)
        contrast = lex.tokens("contrast", langs)  # "No price change for Sora Plus, but ..."
        if (
            phrases
            and unchanged
            and contrast.isdisjoint(head.toks)
            and all(
                any(span.start() <= cue.start() and cue.end() <= span.end() for span in unchanged)
                for cue in phrases
            )
        ):
            return unchanged[0].group(0)
        return None

    def _disowned(
        self, langs: tuple[str, ...], head: PreparedText, body: PreparedText, vendors: list[str]
    ) -> str | None:
        """Words saying the product's owner is not involved ("Kuaishou is not involved", "n'est
        pas un produit de Runway", "has nothing to do with Dream Machine"), with the owner or
        one of its products named right before or after them (the subject's first vendor);
        somebody else's non-involvement ("Microsoft is not involved in the rollout") leaves the
        owner's event alone."""
        owner = vendors[0] if vendors else None
        for prepared in (head, body):
            for found in self.lexicons.find("context.disowned", langs, prepared.folded):
                first = token_index(prepared.folded, found.start())
                last = token_index(prepared.folded, found.end())
                for hit in prepared.hits:
                    if not (
                        first - _DISOWN_BEFORE <= hit.start < first
                        or last <= hit.start < last + _DISOWN_AFTER
                    ):
                        continue
                    kind, key = hit.label
                    if (kind == "vendor" and key == owner) or (
                        kind in ("alias", "model") and self.taxonomy.products[key].vendors[0] == owner
                    ):
                        return found.group(0)
        return None

    def _languages(self, lang: str | None, title: str, summary: str) -> tuple[str, ...]:
        """Lexicons for this entry: its declared language, else a guess, else all of them."""
        code = short_lang(lang)
        if code is None and self._identify is not None:
            code = self._identify(f"{title}. {summary}")
        return self.lexicons.languages_for(code)


# How many words before "is not involved" the owner's name may start ("Luma AI non è
# coinvolta"), and after "n'est pas un produit de" ("... of the company's Dream Machine").
_DISOWN_BEFORE = 2
_DISOWN_AFTER = 4


def _mentions_video(lowered: str) -> bool:
    """Every model phrase of the maker rules holds one of these (tests keep it so)."""
    return "vid" in lowered or "víd" in lowered or "vi\u0301d" in lowered


# ... and one of these ("model", "modèle", "Modell", "generator", "générateur", "gerador",
# "tool"), also kept by a test: a lede about video that names no model skips the regexes.
MODEL_WORDS = ("mod", "gen", "gén", "ge\u0301n", "gera", "tool")


@lru_cache(maxsize=1)
def default_detector() -> Detector:
    """The detector built from the bundled seeds, built on first use (once per process).
    Entries without a language get one from feeds.parse.language (its model loads on first need)."""
    from feeds.parse.language import identify

    return Detector(bundled_taxonomy(), bundled_lexicons(), identify, second_opinion=bundled_second_opinion())


def _kind_label(head: PreparedText) -> bool:
    """The headline opens with a label of one or two words and no name ("Review: ...",
    "Test | ..."): the page says what kind it is."""
    found = CLAUSE_BREAK.search(head.folded)
    if found is None:
        return False
    end = token_index(head.folded, found.start())
    return 0 < end <= 2 and not any(hit.start < end for hit in head.hits)

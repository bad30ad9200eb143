"""Detection rules, table-driven: events per language, homonym families, precedence."""

from __future__ import annotations

import json
import time

import pytest

from feeds.detect.classify import Detector, default_detector
from feeds.detect.evaluate import evaluate, load_labelled, select
from feeds.detect.keywords import KeywordMatcher, WatchTerm, normalise_term
from feeds.detect.lexicon import LexiconFile, LexiconSet, _alternation, compile_lexicon
from feeds.detect.taxonomy import bundled_taxonomy
from feeds.errors import ConfigError, InputError
from feeds.parse.language import short_lang
from tests.helpers import warmed_detector

detector = default_detector()

# (title, summary, lang, event, first vendor)
ANNOUNCEMENTS = [
    # launch
    (
        "Google releases Veo 4 to Gemini Advanced subscribers",
        "The new model generates 4K clips with audio.",
        "en",
        "launch",
        "google",
    ),
    ("Runway's Gen-5 is here for every paid plan", "", "en", "launch", "runway"),
    ("ByteDance open-sources Seedance 1.5 weights", "", "en", "launch", "bytedance"),
    ("Tencent open-sources HunyuanVideo 1.5", "", "en", "launch", "tencent"),
    (
        "Midjourney launches its first video model",
        "Users can animate images into short clips.",
        "en",
        "launch",
        "midjourney",
    ),
    ("Runway lance Gen-4.5, son nouveau modèle de génération vidéo", "", "fr", "launch", "runway"),
    ("Alibaba dévoile Wan 2.5 et publie ses poids en open source", "", "fr", "launch", "alibaba"),
    ("Microsoft launches the Sora-powered Bing Video Creator", "", "en", "launch", "microsoft"),
    # availability
    # general availability: a model leaves preview (a new access tier, taxonomy notes §1b)
    ("Adobe Firefly Video Model is now generally available", "", "en", "availability", "adobe"),
    (
        "Kling 3.0 arrives in Europe after months of waiting",
        "Kuaishou's video generator is now available in the EU.",
        "en",
        "availability",
        "kuaishou",
    ),
    (
        "Veo 3 débarque en Belgique et en Suisse",
        "Google étend l'accès à son générateur de vidéos.",
        "fr",
        "availability",
        "google",
    ),
    ("OpenAI's Sora is now available in the UK and the EU", "", "en", "availability", "openai"),
    ("Amazon Nova Reel comes to Bedrock in Europe", "", "en", "availability", "amazon"),
    # waitlist
    ("OpenAI pauses Sora 2 invites as demand overwhelms servers", "", "en", "waitlist", "openai"),
    ("Sora : OpenAI suspend les inscriptions face à l'afflux", "", "fr", "waitlist", "openai"),
    ("Google opens a waitlist for Veo in VideoFX", "", "en", "waitlist", "google"),
    (
        "Pika 3.0 is invite-only for now",
        "Pika Labs is letting in early testers first.",
        "en",
        "waitlist",
        "pika",
    ),
    ("Kling 2.1 : liste d'attente pour les utilisateurs européens", "", "fr", "waitlist", "kuaishou"),
    # pricing
    (
        "Luma cuts Ray3 API prices by 40%",
        "Luma AI said the Dream Machine API now costs less per second.",
        "en",
        "pricing",
        "luma",
    ),
    (
        "Hailuo 02 : MiniMax baisse ses prix",
        "Le générateur vidéo coûte désormais 0,25 $ par vidéo.",
        "fr",
        "pricing",
        "minimax",
    ),
    (
        "Sora lets you buy extra video generations",
        "OpenAI sells packs of credits.",
        "en",
        "pricing",
        "openai",
    ),
    ("Veo 3 Fast now costs $0.15 per second in the Gemini API", "", "en", "pricing", "google"),
    # delay
    ("Amazon delays Nova Reel 2 launch to next year", "", "en", "delay", "amazon"),
    ("OpenAI has no plans for a Sora API yet", "", "en", "delay", "openai"),
    (
        "Le lancement de Sora en Europe repoussé",
        "OpenAI n'a pas encore de date pour l'Union européenne.",
        "fr",
        "delay",
        "openai",
    ),
    ("Meta's Movie Gen is not ready for release, executives say", "", "en", "delay", "meta"),
    # shutdown
    (
        "Pika is shutting down its web app",
        "Pika Labs said the service will be discontinued.",
        "en",
        "shutdown",
        "pika",
    ),
    ("OpenAI to shut down the Sora app", "", "en", "shutdown", "openai"),
    ("Fermeture de l'application Sora annoncée par OpenAI", "", "fr", "shutdown", "openai"),
    ("Google deprecates veo-2.0-generate-001 in Vertex AI", "", "en", "shutdown", "google"),
]


# Rule families added for generalisation (each in English and French where the rule exists).
ANNOUNCEMENTS += [
    # overrides: a negated or ended waitlist is access opened (availability), not a waitlist
    ("Luma's Dream Machine drops its waitlist for new users", "", "en", "availability", "luma"),
    ("Pika 2.5 no longer needs an invite code", "", "en", "availability", "pika"),
    ("Kling AI : plus besoin de code d'invitation pour Kling 2.1", "", "fr", "availability", "kuaishou"),
    (
        "Hailuo AI met fin à sa liste d'attente",
        "Le générateur vidéo de MiniMax est ouvert.",
        "fr",
        "availability",
        "minimax",
    ),
    # reversed order: "<sign-ups> are paused", "<rollout> put on hold"
    ("Hailuo AI sign-ups temporarily paused after a traffic spike", "", "en", "waitlist", "minimax"),
    ("Luma AI : les inscriptions à Dream Machine sont temporairement fermées", "", "fr", "waitlist", "luma"),
    ("Veo 3 rollout in Europe put on hold", "", "en", "delay", "google"),
    ("Le déploiement de Sora 2 en Europe mis en pause", "", "fr", "delay", "openai"),
    # negated release -> delay
    ("Google won't release Veo 4 until next year", "", "en", "delay", "google"),
    ("Midjourney ne lancera pas son modèle vidéo cette année", "", "fr", "delay", "midjourney"),
    # discontinuation phrasings -> shutdown
    ("Luma will stop offering Ray 1.6 in Dream Machine", "", "en", "shutdown", "luma"),
    ("Kling 1.5 is being retired from the Kling AI app", "", "en", "shutdown", "kuaishou"),
    ("Veo 2 ne sera plus proposé dans l'application Gemini", "", "fr", "shutdown", "google"),
    # a wider tier or a new platform for an existing product -> availability
    ("Pika 2.2 is rolling out to all Pika users", "", "en", "availability", "pika"),
    ("Hailuo 02 is now available for Enterprise customers", "", "en", "availability", "minimax"),
    ("Veo 3 est désormais accessible à tous les abonnés Gemini", "", "fr", "availability", "google"),
    ("Sora 2 Pro est réservé aux abonnés ChatGPT Pro", "", "fr", "availability", "openai"),
    ("Hailuo 02 arrives on Android", "", "en", "availability", "minimax"),
    ("Grok Imagine arrive sur l'application mobile iOS", "", "fr", "availability", "xai"),
    # host verbs: the product is the object ("<host> gets <product>")
    ("Canva gets Google's Veo 3 for video clips", "", "en", "availability", "google"),
    ("Canva accueille Veo 3 pour générer des vidéos", "", "fr", "availability", "google"),
    ("Freepik adds Kling, Veo and Pika video models", "", "en", "availability", "kuaishou"),
    # comparatives are minor: the release wins; alone they still mean pricing
    ("Kuaishou launches Kling 2.5 Turbo, faster and cheaper than 2.1", "", "en", "launch", "kuaishou"),
    ("ByteDance dévoile Seedance 1.0 Lite, plus rapide et moins cher", "", "fr", "launch", "bytedance"),
    ("Veo 3 Fast gets cheaper", "", "en", "pricing", "google"),
    ("Hailuo 02 devient moins cher", "", "fr", "pricing", "minimax"),
    # a new vendor-only video subject in French ("se lance dans la vidéo", accented words)
    ("Adobe passe à la vidéo avec Firefly", "", "fr", "launch", "adobe"),
    ("Midjourney repousse la sortie de son modèle vidéo", "", "fr", "delay", "midjourney"),
    # an announced novelty whose summary says where it ships is a launch
    (
        "Google announces Veo 3.1",
        "The video model is rolling out to Gemini, Flow and Vertex AI.",
        "en",
        "launch",
        "google",
    ),
    # a video-only vendor in the title, video context in the summary's first sentence
    (
        "Runway baisse ses tarifs",
        "Le spécialiste de la vidéo générée par IA revoit ses offres.",
        "fr",
        "pricing",
        "runway",
    ),
    # regional rollouts in smaller lexicons
    ("Kuaishou lanza Kling 2.1 en Europa", "", "es", "availability", "kuaishou"),
    ("Google lancia Veo 3 in Italia", "", "it", "availability", "google"),
]


@pytest.mark.parametrize(
    ("title", "summary", "lang", "event", "vendor"), ANNOUNCEMENTS, ids=[a[0][:40] for a in ANNOUNCEMENTS]
)
def test_announcements_are_detected_and_classified(title, summary, lang, event, vendor) -> None:
    result = detector.classify(title, summary, lang)
    assert result.relevant, result.reasons
    assert result.event == event, result.reasons
    assert vendor in result.vendors
    assert 0.5 <= result.score <= 1.0
    assert any(r.startswith("event:") for r in result.reasons)


HOMONYMS = [
    # Sora (Kingdom Hearts, "sky")
    ("Sora shines in the new Kingdom Hearts IV trailer", "Square Enix showed Sora, Riku and Kairi.", "en"),
    (
        "Sora joins Super Smash Bros. Ultimate as the final fighter",
        "The Nintendo Direct revealed his moveset.",
        "en",
    ),
    # Veo (sports cameras)
    (
        "Veo Cam 3 launches with better AI tracking for football clubs",
        "Veo Technologies released its new sports camera.",
        "en",
    ),
    ("Veo raises $25M for AI cameras that record team sports", "", "en"),
    # Runway (airports, cash, fashion)
    ("Heathrow runway closure delays hundreds of flights", "", "en"),
    ("How to make your startup runway last 24 months", "", "en"),
    ("Best runway looks from Paris Fashion Week", "", "en"),
    # Pika / Pikachu
    ("New Pikachu game launches next month on Switch", "", "en"),
    ("Un nouveau jeu Pikachu annoncé pour la Switch 2", "", "fr"),
    # Reels
    ("The best fishing reels of 2025, tested", "", "en"),
    ("Instagram Reels now lets you upload 10-minute videos", "", "en"),
    # Nova
    ("Nova Launcher is shutting down", "", "en"),
    ("Amazon launches Nova Premier, its most capable text model", "", "en"),
    # Luma 3D capture
    (
        "Luma AI launches a new app for 3D capture of buildings",
        "The app turns photos into NeRF scenes.",
        "en",
    ),
    # Gen (PCIe, Ray-Ban)
    ("PCIe Gen 5 SSDs launch with faster speeds", "", "en"),
    ("Meta Ray-Ban Gen 2 glasses launch in Europe", "", "en"),
    # Firefly (images, rockets)
    ("Firefly Aerospace launches Alpha rocket", "", "en"),
    ("Adobe Firefly Image 4 launches with new credits", "The image model improves text rendering.", "en"),
    # Flow
    ("Flow state: how to stay focused at work", "", "en"),
]


NOT_RELEVANT = [
    ("OpenAI delays GPT-5 launch", "The text model will arrive later this year.", "en"),
    ("OpenAI delays ChatGPT image generation for free users", "Sam Altman blamed demand.", "en"),
    ("Gemini 2.5 Pro is now generally available", "Google's text model reaches GA.", "en"),
    ("iPhone 17 shipping delays stretch to six weeks", "", "en"),
    ("X launches new API pricing tiers", "", "en"),
    ("Sora review: OpenAI's video generator tested", "We spent a week with Sora.", "en"),
    ("How to use Veo 3 in Gemini: a step-by-step guide", "", "en"),
    ("Sora vs Veo 3: which AI video generator is best?", "", "en"),
    ("Test de Kling 2.1 : notre avis sur le générateur vidéo", "", "fr"),
    ("Comment créer une vidéo avec Veo 3 : le guide complet", "", "fr"),
    ("Hollywood actors react to OpenAI's Sora", "The union responds to the video tool.", "en"),
    ("What is Runway Gen-4? Everything you need to know", "", "en"),
    # traction figures and whole-title questions are not availability news
    ("Sora 2 passes 5 million downloads in a week", "", "en"),
    ("Kling AI dépasse les 20 millions d'utilisateurs", "", "fr"),
    ("Is Veo 3 worth $250 a month?", "", "en"),
    ("Kling AI revenue reaches a $100 million run rate", "", "en"),
    # a vendor named only in the summary does not make the title's event its own
    ("Snapchat launches a new editing app", "Rivals such as Meta offer AI video features.", "en"),
    # nor does an event in a summary sentence that is not about the vendor
    (
        "Google's video AI helps doctors read scans",
        "The research model is not available to the public.",
        "en",
    ),
    # a vendor that also makes other things needs video context in its own sentence
    (
        "Adobe Premiere Pro gets faster exports on Mac",
        "The video editor is now available on Apple silicon.",
        "en",
    ),
]


@pytest.mark.parametrize(
    ("title", "summary", "lang"), HOMONYMS + NOT_RELEVANT, ids=[n[0][:40] for n in HOMONYMS + NOT_RELEVANT]
)
def test_homonyms_non_announcements_and_non_video_events_never_alert(title, summary, lang) -> None:
    result = detector.classify(title, summary, lang)
    assert not result.relevant, result.reasons


def test_funding_of_a_video_vendor_is_event_other() -> None:
    result = detector.classify(
        "Pika Labs raises $80 million in a Series B round", "The AI video startup...", "en"
    )
    assert not result.relevant and result.event == "other"


@pytest.mark.parametrize(
    ("title", "lang", "vendor"),
    [
        ("Luma AI raises $900 million to build world models", "en", "luma"),
        ("Runway lève 300 millions de dollars", "fr", "runway"),
    ],
)
def test_funding_of_an_ambiguous_video_only_vendor_is_other(title: str, lang: str, vendor: str) -> None:
    result = detector.classify(title, "", lang)
    assert not result.relevant and result.event == "other" and result.vendors == [vendor]
    assert not detector.classify("Heathrow runway raises concerns", "", "en").vendors


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en-US", "en"),
        ("EN", "en"),
        ("fr_FR", "fr"),
        (" pt-BR ", "pt"),
        ("", None),
        (None, None),
        ("x", None),
    ],
)
def test_language_codes_are_normalised(lang: str | None, expected: str | None) -> None:
    assert short_lang(lang) == expected


@pytest.mark.parametrize("lang", ["en-US", "EN", None])
def test_other_languages_homographs_stay_out_of_english(lang: str | None) -> None:
    # "report" is a French delay cue and "abandon" a French shutdown cue.
    for title in ("Report: Pika's video app draws 5 million users", "Creators abandon the Sora 2 video app"):
        result = detector.classify(title, "", lang)
        assert result.event not in ("delay", "shutdown"), (lang, result.reasons)


def test_a_french_entry_without_language_keeps_its_cues() -> None:
    result = detector.classify("Le lancement de Sora 2 en Europe est reporté par OpenAI", "", None)
    assert result.relevant and result.event == "delay"


def test_a_language_without_lexicon_gets_english_only() -> None:
    lexicons = detector.lexicons
    assert lexicons.languages_for("pl") == ("en",)
    assert lexicons.languages_for("fr-CA") == ("en", "fr")
    assert set(lexicons.languages_for(None)) == set(lexicons.lexicons)
    without_guess = Detector(detector.taxonomy, LexiconSet(lexicons.lexicons))
    assert without_guess.classify("Sora 2 : OpenAI reporte le lancement", "", None).event == "delay"


def test_a_version_is_not_followed_by_french_comparatives() -> None:
    result = detector.classify("Kuaishou dévoile Kling 2.1, plus rapide", "", "fr")
    assert result.products == ["kling-2.1"]
    assert detector.classify("Veo 3.1 Fast arrives in the Gemini API", "", "en").products == ["veo-3.1-fast"]


def test_a_host_is_not_its_own_product_family() -> None:
    # The vendor or one of its products adding a model is a launch, not a new platform.
    assert detector.classify("Runway adds Gen-4 References", "", "en").event == "launch"
    assert detector.classify("Luma's Dream Machine gets Ray2 Flash", "", "en").event == "launch"


@pytest.mark.parametrize(
    ("title", "event"),
    [
        ("OpenAI launches Sora 2 but pauses sign-ups hours later", "waitlist"),
        ("OpenAI launches Sora credits for extra generations", "pricing"),
        ("ByteDance pauses Seedance 2.0 global launch", "delay"),
        ("Google launches Veo 4, then shuts down Veo 2", "shutdown"),
        # A slip that is over is background: the news is the rollout reaching a region
        # (taxonomy notes 1b, "Regional exclusion at launch").
        ("Runway launches Gen-4.5 in Europe after a delay", "availability"),
    ],
)
def test_precedence_picks_the_most_specific_event(title: str, event: str) -> None:
    assert detector.classify(title, "", "en").event == event


def test_title_outweighs_summary() -> None:
    result = detector.classify(
        "Runway launches Gen-4 Turbo",
        "The faster model costs 5 credits per second, versus 12 for Gen-4.",
        "en",
    )
    assert result.event == "launch"
    weak_title = detector.classify(
        "Meta unveils Movie Gen, its AI video generator",
        "Meta said the tool is too expensive to be released to the public yet.",
        "en",
    )
    assert weak_title.event == "delay"


def test_french_seed_case_api_delay() -> None:
    result = detector.classify("L'API … retardée / report du lancement d'une API pour Sora", "", "fr")
    assert result.relevant and result.event == "delay"
    assert result.vendors == ["openai"] and result.api
    assert any(r.startswith("event:delay") for r in result.reasons)
    assert "context:api" in result.reasons
    assert any(r.startswith("product:sora") for r in result.reasons)


def test_matching_is_case_accent_and_separator_tolerant() -> None:
    for title in ("VEO 3 DÉBARQUE EN FRANCE", "veo3 debarque en france", "Veo-3 débarque en France"):
        result = detector.classify(title, "", "fr")
        assert result.relevant and result.event == "availability" and "veo-3" in result.products


def test_model_ids_name_the_product_and_the_api() -> None:
    result = detector.classify("amazon.nova-reel-v1:1 is now available in us-west-2", "", "en")
    assert result.relevant and result.vendors == ["amazon"] and result.api


def test_product_built_on_another_vendors_model_lists_both() -> None:
    result = detector.classify("Bing Video Creator is now free for everyone", "It runs on Sora.", "en")
    assert {"microsoft", "openai"} <= set(result.vendors)


def test_reasons_are_short_and_name_the_rules() -> None:
    result = detector.classify("Google delays Veo 4 in Europe", "The AI video model will arrive later.", "en")
    assert result.relevant
    assert all(len(reason) < 120 for reason in result.reasons)
    assert {"vendor:google"} <= set(result.reasons)
    assert any(r.startswith("product:veo-4") for r in result.reasons)


def test_generic_terms_never_fire_alone() -> None:
    for title in (
        "New AI video generator launches today",
        "Le nouveau générateur de vidéos par IA est disponible",
        "AI video startup delays its launch",
        "Video API pricing changes",
    ):
        assert not detector.classify(title, "", None).relevant


def _dev_corpora(shared_dir) -> list[dict]:
    return load_labelled([shared_dir / "dev-corpus.jsonl", shared_dir / "dev-corpus-2.jsonl"])


def test_check_split_figures_hold(shared_dir) -> None:
    """The held-out part of both dev corpora (stories never looked at while writing rules):
    the figures reached, rounded down a little, so a change that loses ground shows. The
    issue's targets (precision 0.95, recall 0.90, event accuracy 0.88) are not reached yet;
    see docs/detection.md."""
    check = select(_dev_corpora(shared_dir), "check")
    report = evaluate(check, detector)
    # 0.87: the second opinion's retrains move it by two or three false alerts of 172 items
    # (0.926, 0.895, 0.879, 0.883 over the last four: stop 39's retrain, with one more written
    # set, chose a lower threshold by the training script's rule), so the rules alone are held
    # too: 0.841 / 0.791 from stop 34 to stop 39, 0.844 / 0.806 at stop 40, 0.846 / 0.821
    # since stop 41
    assert report.precision >= 0.87, report.figures()
    rules = evaluate(check, detector.rules_alone())
    assert rules.precision >= 0.84 and rules.recall >= 0.82, rules.figures()
    # the second opinion trades some recall for precision (docs/detection.md): 0.761 at stop
    # 39, 0.791 at stop 40, 0.806 from stop 41, 0.821 at stop 56, 0.791 since stop 57's retrain
    # (its rule chose 0.15 again; precision 0.898, event accuracy 0.811)
    assert report.recall >= 0.78, report.figures()
    assert report.event_accuracy >= 0.75, report.figures()
    assert report.vendor_recall >= 0.95, report.figures()


def test_other_latin_languages_are_as_precise_as_english(shared_dir) -> None:
    """The rules' lexicons hold German, Spanish, Italian and Portuguese to English's precision.
    The rules alone: the second opinion, trained on the tune split, lifts English more than the
    others (docs/detection.md, "The second opinion"), which this test does not hide."""
    figures = evaluate(_dev_corpora(shared_dir), detector.rules_alone()).figures()["by_language_group"]
    assert figures["de+es+it+pt"]["precision"] >= figures["en"]["precision"], figures


def test_the_figures_script_prints_what_eval_measures(shared_dir, tmp_path, capsys) -> None:
    """benchmarks/detection_figures.py prints the accuracy table of docs/detection.md: each
    row's two columns are the rules alone and the shipped detector, as `evaluate` scores
    them, and the written held-out sets are read from the folder it is given."""
    from benchmarks.detection_figures import HELD_OUT, main

    sample = sorted(HELD_OUT.glob("*.jsonl"))[0].read_text(encoding="utf-8").splitlines()[:20]
    (tmp_path / "h1.jsonl").write_text("\n".join(sample) + "\n", encoding="utf-8")
    assert main(["--shared", str(shared_dir), "--held-out", str(tmp_path), "--each", "--json"]) == 0
    rows = {row["set"]: row for row in json.loads(capsys.readouterr().out)}
    assert list(rows) == [
        "tune split",
        "check split",
        "check split, en",
        "check split, fr",
        "check split, de+es+it+pt",
        "written held-out sets (1)",
        "h1",
    ]
    check = select(_dev_corpora(shared_dir), "check")
    for column, scorer in (("rules alone", detector.rules_alone()), ("with the second opinion", detector)):
        report = evaluate(check, scorer)
        expected = {
            "precision": round(report.precision, 3),
            "recall": round(report.recall, 3),
            "event_accuracy": round(report.event_accuracy, 3),
        }
        assert rows["check split"][column] == expected, column
    assert (
        rows["check split"]["items"]
        == len(check)
        == sum(rows[f"check split, {g}"]["items"] for g in ("en", "fr", "de+es+it+pt"))
        + sum(i["lang"] not in {"en", "fr", "de", "es", "it", "pt"} for i in check)
    )
    assert rows["h1"]["items"] == rows["written held-out sets (1)"]["items"] == 20


def test_classify_is_fast_on_arbitrary_text() -> None:
    texts = [("a" * 5000, "(" * 5000), ("sora " * 2000, "delay " * 2000), ("veo3.1 " * 1000, "~~~" * 3000)]
    warmed = warmed_detector()  # only matching is timed
    started = time.perf_counter()
    for title, summary in texts:
        warmed.classify(title, summary, None)
    assert time.perf_counter() - started < 2.0  # generous: no catastrophic backtracking


# -- keywords -----------------------------------------------------------------------------


def test_keyword_matcher_is_case_accent_and_boundary_aware() -> None:
    matcher = KeywordMatcher(
        [
            WatchTerm(1, "génération vidéo", "include"),
            WatchTerm(1, "AI", "include"),
            WatchTerm(2, "text-to-video", "include"),
            WatchTerm(2, "Kingdom Hearts", "exclude"),
            WatchTerm(3, "可灵", "include"),
        ]
    )
    hits = matcher.match("La GENERATION VIDEO arrive", "Said the AI lab; details in MAIL")
    assert hits.include == {1: ["génération vidéo", "AI"]}
    assert matcher.match("FAIRLY plain", "").include == {}  # "ai" inside a word never matches
    assert matcher.match("Text to video tools", "").include == {2: ["text-to-video"]}
    assert matcher.match("Sora in Kingdom Hearts", "").exclude == {2: ["Kingdom Hearts"]}
    assert matcher.match("快手可灵AI发布", "").include == {3: ["可灵"], 1: ["AI"]}  # CJK has no spaces


@pytest.mark.parametrize("term", ["(a+)+$", ".*", "[", "\\", "a|b", "^$", "((((", "x{1000000}"])
def test_hostile_terms_are_literal(term: str) -> None:
    try:
        text, _key = normalise_term(term)
    except InputError:
        return  # punctuation-only terms are refused with a reason
    matcher = KeywordMatcher([WatchTerm(1, text, "include")])
    started = time.perf_counter()
    matcher.match("a" * 10000 + "!", "")
    assert time.perf_counter() - started < 0.5


def test_term_limits() -> None:
    with pytest.raises(InputError, match="empty"):
        normalise_term("   ")
    with pytest.raises(InputError, match="at most 100"):
        normalise_term("x" * 101)
    with pytest.raises(InputError, match="no letters or digits"):
        normalise_term("!!!")
    for one_letter in ("C++", "C#", "x", "@X!"):  # would match every lone letter
        with pytest.raises(InputError, match="single letter"):
            normalise_term(one_letter)
    assert normalise_term("Wan 2")[1] == "wan 2" and normalise_term("R2")[1] == "r2"
    assert normalise_term("  Text   to Video ") == ("Text to Video", "text to video")


# -- seeds ----------------------------------------------------------------------------------


def test_taxonomy_covers_the_required_vendors() -> None:
    taxonomy = bundled_taxonomy()
    required = {
        "openai",
        "google",
        "amazon",
        "runway",
        "pika",
        "luma",
        "kuaishou",
        "minimax",
        "bytedance",
        "alibaba",
        "tencent",
        "lightricks",
        "stability",
        "adobe",
        "midjourney",
        "meta",
        "moonvalley",
        "microsoft",
        "xai",
        "genmo",
    }
    assert required <= set(taxonomy.vendor_slugs)
    assert len(taxonomy.product_slugs) >= 25


def test_a_gap_still_applies_when_the_optional_item_is_absent() -> None:
    spec = LexiconFile(language="en", events={"delay": ["pause* ~3 (global)? launch"]})
    lexicons = LexiconSet({"en": compile_lexicon(spec)})
    for text in ("pauses sora 2 launch", "pauses sora 2 global launch", "paused the launch"):
        assert lexicons.first("events.delay", ("en",), text) == text
    assert lexicons.first("events.delay", ("en",), "pauses one two three four launch") is None


def test_a_phrase_opening_on_an_optional_word_matches_without_it() -> None:
    # "(ce)? jeudi" must find "jeudi" after any word, not only "ce jeudi"; the optional word
    # takes its separator with it, and a gap after it still applies.
    spec = LexiconFile(language="fr", context={"today": ["(ce)? jeudi"], "plans": ["(le)? ~2 lancement"]})
    lexicons = LexiconSet({"fr": compile_lexicon(spec)})
    for text, found in (
        ("a devoile jeudi seedance", "jeudi"),
        ("ce jeudi", "ce jeudi"),
        ("jeudi, google", "jeudi"),
        ("a devoile ce jeudi", "ce jeudi"),
    ):
        assert lexicons.first("context.today", ("fr",), text) == found
    assert lexicons.first("context.today", ("fr",), "cejeudi") is None
    assert lexicons.first("context.today", ("fr",), "lejeudi") is None
    assert lexicons.first("context.plans", ("fr",), "le grand lancement") == "le grand lancement"
    assert lexicons.first("context.plans", ("fr",), "son lancement") == "son lancement"
    # a phrase of optional words only would match the empty string everywhere: refused
    with pytest.raises(ConfigError, match="not optional"):
        compile_lexicon(LexiconFile(language="fr", context={"today": ["(ce)? (jeudi)?"]}), "fr.toml")


def test_factored_alternations_match_like_plain_ones() -> None:
    import re

    words = [
        "launch",
        "launches",
        "lance",
        "lancement",
        "delay",
        "delayed",
        "l",
        "",
        "(?:x|y)z",
        "la",
        "prete?",
        "pretes",
    ]
    factored = re.compile(rf"(?:{_alternation(sorted(words, key=len, reverse=True))})$")
    plain = re.compile(rf"(?:{'|'.join(words)})$")
    for text in [*words, "lan", "launche", "xz", "yz", "dela", "zz", "pret", "prete", "pretess"]:
        assert bool(factored.match(text)) == bool(plain.match(text)), text


def test_an_optional_last_letter_works_inside_a_group() -> None:
    # "(pret|prete?|pretes)": factoring the shared "pret" must keep "e?" whole.
    spec = LexiconFile(language="fr", events={"delay": ["pas (pres|prete?|prets|pretes) a sortir"]})
    lexicons = LexiconSet({"fr": compile_lexicon(spec)})
    for text in ("pas pret a sortir", "pas prete a sortir", "pas pretes a sortir", "pas pres a sortir"):
        assert lexicons.first("events.delay", ("fr",), text) == text


def test_every_bundled_phrase_category_compiles_in_every_language_pairing() -> None:
    # Patterns are built lazily, per category and language set: an invalid one would surface
    # as an internal error in the middle of a poll, not at start-up. Build them all here.
    from feeds.detect.lexicon import bundled_lexicons

    lexicons = bundled_lexicons()
    codes = sorted(lexicons.lexicons)
    for category in lexicons.categories:
        for code in codes:
            for languages in ((code,), tuple(sorted({code, "en"}))):
                lexicons.pattern(category, languages)


def test_no_bundled_lexicon_list_repeats_a_phrase() -> None:
    """A phrase written twice in one list is a sign of an edit made without reading the list
    (and one of the two copies gets edited later, the other not)."""
    import tomllib
    from collections import Counter
    from pathlib import Path

    repeated = []
    for path in sorted((Path(__file__).resolve().parent.parent / "seeds" / "lexicon").glob("*.toml")):
        for section, body in tomllib.loads(path.read_text(encoding="utf-8")).items():
            for key, values in body.items() if isinstance(body, dict) else ():
                if isinstance(values, list):
                    repeated += [(path.name, section, key, v) for v, n in Counter(values).items() if n > 1]
    assert not repeated


def test_lexicon_syntax_errors_are_reported() -> None:
    spec = LexiconFile(language="xx", events={"launch": ["(unbalanced"]})
    with pytest.raises(ConfigError, match="unbalanced"):
        compile_lexicon(spec, "xx.toml")
    spec = LexiconFile(language="xx", events={"launch": ["@missing ~2 x"]})
    with pytest.raises(ConfigError, match="unknown list"):
        compile_lexicon(spec, "xx.toml")
    # a regular-expression class is no phrase syntax: it would match its brackets literally
    spec = LexiconFile(language="xx", overrides={"pricing": ["(fim d[oa]) gratis"]})
    with pytest.raises(ConfigError, match="no character classes"):
        compile_lexicon(spec, "xx.toml")
    # a trailing gap would silently match the words before it alone
    spec = LexiconFile(language="xx", silencers={"venture": ["(hires|names) ~5"]})
    with pytest.raises(ConfigError, match="needs a word after it"):
        compile_lexicon(spec, "xx.toml")

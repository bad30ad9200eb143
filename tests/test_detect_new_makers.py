"""A maker the watchlist does not know, releasing a video model of its own (issue #12: "a
platform's own new video model that is not in the watchlist"), table-driven in EN/FR/DE/ES/IT/PT.
The maker opens the headline and reads as a name; the model is what its verb releases, or
its own ("Ikea's video generator pauses sign-ups"). Rows without an event are guards: generic
openers, somebody else's tool, a topic, a question, a report, a leak, reporting verbs, a
number or a place read as a name, a camera's "video model", a model phrase that modifies
another noun.

Every headline here was written for these tests, in words of its own, about made-up products:
none is taken or paraphrased from a labelled corpus item.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from feeds.detect.classify import default_detector

LEXICONS = Path(__file__).resolve().parent.parent / "seeds" / "lexicon"

MAKERS = [
    # (title, summary, lang, event, vendor)
    (
        "Etsy launches Loom, its own AI video generator for sellers",
        "Etsy released Loom on Thursday, a model that turns a listing's photos into a short clip.",
        "en",
        "launch",
        "etsy",
    ),
    (
        "Bumble unveils Spark Video, an in-house text-to-video model",
        "Bumble showed Spark Video today; members can animate a profile photo into a five-second loop.",
        "en",
        "launch",
        "bumble",
    ),
    (
        "Sakana open-sources Koi, a video generation model small enough for a laptop",
        "The Tokyo lab put the weights of Koi on its code page this morning under an open licence.",
        "en",
        "launch",
        "sakana",
    ),
    (
        "Deutsche Telekom releases Frame, an AI video model for its TV app",
        "Frame writes short trailers from a programme's description and goes live this week.",
        "en",
        "launch",
        "deutsche-telekom",
    ),
    (
        "Decathlon dévoile Foulée, son propre modèle de génération vidéo",
        "Le distributeur a présenté mercredi Foulée, qui anime les photos de ses fiches produits.",
        "fr",
        "launch",
        "decathlon",
    ),
    (
        "Ubisoft lance Scena, un générateur de vidéos pour ses équipes",
        "L'éditeur met Scena à la disposition de ses studios à partir d'aujourd'hui.",
        "fr",
        "launch",
        "ubisoft",
    ),
    (
        "Rewe veröffentlicht Regal, ein eigenes KI-Videomodell für Prospekte",
        "Die Handelskette hat das Modell am Dienstag für ihre Marketingabteilung freigeschaltet.",
        "de",
        "launch",
        "rewe",
    ),
    (
        "Telefónica lanza Brío, su propio modelo de vídeo con IA",
        "La operadora presentó hoy Brío, que crea anuncios cortos a partir de un texto.",
        "es",
        "launch",
        "telefonica",
    ),
    (
        "Fastweb presenta Lampo, il suo generatore di video",
        "L'operatore ha reso disponibile Lampo oggi ai clienti business.",
        "it",
        "launch",
        "fastweb",
    ),
    (
        "Natura lança Brilho, seu próprio gerador de vídeos",
        "A empresa apresentou nesta quarta o Brilho, que cria vídeos de produtos a partir de fotos.",
        "pt",
        "launch",
        "natura",
    ),
    (
        "Acme Launches Loop-2, An Open Video Generation Model For Ads",
        "Acme put Loop-2 online today with open weights and a hosted demo.",
        "en",
        "launch",
        "acme",
    ),
    (
        "Corvid Labs raises $25M and debuts Wren-2, a video generation model",
        "The round closed last week; Wren-2 is open to paying customers from today.",
        "en",
        "launch",
        "corvid-labs",
    ),
    (
        "Brume Froide lève 8 millions d'euros et lance Givre, son générateur de vidéos",
        "La jeune pousse lyonnaise ouvre Givre aux agences dès cette semaine.",
        "fr",
        "launch",
        "brume-froide",
    ),
    # ... or tells something else of its own video model in the headline
    (
        "Ikea's video generator pauses sign-ups after a rush",
        "Ikea closed registration for new accounts on Monday after demand spiked.",
        "en",
        "waitlist",
        "ikea",
    ),
    (
        "Etsy's video generator is now available in Canada",
        "Sellers in Canada can use it from today.",
        "en",
        "availability",
        "etsy",
    ),
    (
        "Rakuten retrasa el lanzamiento de su modelo de generación de vídeo",
        "La compañía japonesa lo lanzará en 2027.",
        "es",
        "delay",
        "rakuten",
    ),
    # -- guards: no maker, or not its own model --------------------------------------------
    (
        "Apple's video model is a year away, report says",
        "People familiar with the plans say Apple is training a video model.",
        "en",
        None,
        None,
    ),
    (
        "Hollywood's video generator problem",
        "Studios are split on AI video.",
        "en",
        None,
        None,
    ),
    (
        "Sony's video model leaks on a forum",
        "Testers posted clips.",
        "en",
        None,
        None,
    ),
    (
        "Marvel's new show used a video model for its opening credits",
        "The studio confirmed it.",
        "en",
        None,
        None,
    ),
    (
        "Corvid Labs raises $25M to build video generation models",
        "The company plans a first release next year.",
        "en",
        None,
        None,
    ),
    (
        "Leak reveals Acme's video generator ahead of its event",
        "Screenshots posted by a tester show a prompt box and a gallery.",
        "en",
        None,
        None,
    ),
    (
        "Study finds 5 video generators fail basic physics tests",
        "Researchers scored clips of falling objects and pouring water.",
        "en",
        None,
        None,
    ),
    (
        "Acme releases Loom, a video generator benchmark",
        "Loom scores motion, physics and prompt adherence across twelve models.",
        "en",
        None,
        None,
    ),
    (
        "Canon lance la EOS R9, nouveau modèle vidéo 8K",
        "Le boîtier filme en 8K à 60 images par seconde.",
        "fr",
        None,
        None,
    ),
    (
        "Nikon presenta la Z7 IV, su primer modelo de vídeo 8K",
        "La cámara graba en 8K y llega en marzo.",
        "es",
        None,
        None,
    ),
    (
        "China's video generators are now available to American users",
        "Several apps opened sign-ups in the US this week.",
        "en",
        None,
        None,
    ),
    (
        "Here's why Acme's video generator is delayed",
        "An explainer on the company's compute shortage.",
        "en",
        None,
        None,
    ),
    (
        "Acme launching its own AI video generator was a mistake, CEO says",
        "The chief executive told investors the product cost too much to run.",
        "en",
        None,
        None,
    ),
    (
        "Lehrer zeigt Schülern einen KI-Video-Generator",
        "Im Unterricht ging es um Deepfakes und wie man sie erkennt.",
        "de",
        None,
        None,
    ),
    (
        "Fraunhofer presents a video generation model trained on a tenth of the compute",
        "Its researchers describe the method in a paper; neither code nor weights are out.",
        "en",
        None,
        None,
    ),
    (
        "Acme Launches AI Video Generator For Dentists",
        "The tool makes clinic tours from photos.",
        "en",
        None,
        None,
    ),
    (
        "Startup unveils AI video generator for dentists",
        "The tool makes clinic tours from photos.",
        "en",
        None,
        None,
    ),
    (
        "Cooking school launches a course on video generators",
        "Twelve evenings on prompting, from March.",
        "en",
        None,
        None,
    ),
    (
        "Heineken unveils a commercial made with a video model",
        "The thirty-second spot airs during the match tonight.",
        "en",
        None,
        None,
    ),
    (
        "Researchers release a benchmark for video generation models",
        "It scores motion, physics and prompt adherence.",
        "en",
        None,
        None,
    ),
    (
        "Netflix publishes study on video models and dubbing",
        "The paper looks at how audiences perceive generated lip movement.",
        "en",
        None,
        None,
    ),
    (
        "Is Etsy launching its own video model?",
        "Job listings hint at a video team, but the company has said nothing.",
        "en",
        None,
        None,
    ),
    (
        "Why Etsy launches its own video model now",
        "An analysis of what sellers stand to gain.",
        "en",
        None,
        None,
    ),
    (
        "Une agence dévoile une publicité réalisée avec un générateur de vidéos",
        "Le spot de trente secondes sera diffusé ce soir.",
        "fr",
        None,
        None,
    ),
    (
        "La start-up présente son générateur de vidéos aux investisseurs",
        "Elle cherche à lever deux millions d'euros.",
        "fr",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("title", "summary", "lang", "event", "vendor"), MAKERS, ids=[r[0][:40] for r in MAKERS]
)
def test_a_maker_outside_the_watchlist(title, summary, lang, event, vendor) -> None:
    result = default_detector().classify(title, summary, lang)
    assert (result.event if result.relevant else None) == event
    if vendor is not None:
        assert result.vendors == [vendor]
        assert any(reason == f"maker:{vendor} (not in the watchlist)" for reason in result.reasons)


def test_a_known_product_keeps_its_own_subject() -> None:
    """A named product of the watchlist is the subject, never the headline's first words: a
    maker's generator built on Veo 3 is somebody else's tool, no news of Veo 3 (§1b)."""
    result = default_detector().classify(
        "Etsy launches Loom, a video generator built on Veo 3",
        "Loom uses Google's model to turn listing photos into clips.",
        "en",
    )
    assert not any(reason.startswith("maker:") for reason in result.reasons)
    assert (result.vendors, result.products) == (["google"], ["veo-3"])
    assert not result.relevant


def test_every_model_phrase_holds_the_prefilters_words() -> None:
    """The prefilter lets an entry through to the maker rules only when its headline (or its
    lede's first sentence) holds "vid" and one of ``MODEL_WORDS`` (Detector.classify): every
    phrase of ``maker_model`` and ``maker_model_owned`` must hold both, or it would never be
    read."""
    from feeds.detect.classify import MODEL_WORDS

    for path in sorted(LEXICONS.glob("*.toml")):
        context = tomllib.loads(path.read_text(encoding="utf-8")).get("context", {})
        for phrase in context.get("maker_model", []) + context.get("maker_model_owned", []):
            assert "vid" in phrase, f"{path.name}: {phrase!r}"
            assert any(word in phrase for word in MODEL_WORDS), f"{path.name}: {phrase!r}"


def test_a_maker_reads_as_a_name_in_alerts() -> None:
    """Alerts and digests show a vendor by name: the watchlist's own spelling, else the
    maker's slug made readable."""
    from feeds.detect.taxonomy import bundled_taxonomy

    taxonomy = bundled_taxonomy()
    assert taxonomy.vendor_name("openai") == "OpenAI"
    assert taxonomy.vendor_name("deutsche-telekom") == "Deutsche Telekom"
    assert taxonomy.vendor_name("bbc") == "BBC"


def test_a_maker_reason_reads_in_french() -> None:
    """/news why shows a maker's reasons in the server's language, like every other reason."""
    from feeds.service.render import reason_text

    assert reason_text("maker:etsy (not in the watchlist)", "fr") == "fabricant : etsy (hors de la liste)"
    assert reason_text("a maker outside the watchlist, with no event in its headline", "fr") == (
        "un fabricant hors de la liste, sans événement dans son titre"
    )

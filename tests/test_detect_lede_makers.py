"""A maker the watchlist does not know, told by the lede (feeds/detect/makers.py, shape 3):
under a headline that names no model ("Day two at the expo: the surprise was video"), the
summary's first sentence opens on the maker as its subject and tells of a video model of its
own: it releases it, named ("Brightline on Monday unveiled Arcade, a video generation model"),
or does something else to a model it owns ("has postponed ... Quill, its in-house video
generation model"). Table-driven in EN/FR/DE/ES/IT/PT.

Rows without an event are guards: a person, a clause, hearsay, a researcher, a client or many
companies as the subject; somebody else's model (a possessive name, a start-up's, a licensed
one, a supplier's); a recalled, dated or undated past release; a job post or a store page;
another clause's event; a model phrase that modifies a noun or a product for models; a camera's
"video model"; a future release.

Every row was written for these tests, in words of its own, about made-up companies and
products: none is taken or paraphrased from a labelled corpus item.
"""

from __future__ import annotations

import pytest

from feeds.detect.classify import default_detector

LEDE_MAKERS = [
    # (title, summary, lang, event, vendor)
    # -- releases, named by apposition or owned --------------------------------------------
    (
        "Day two at the expo: the surprise was video",
        "Brightline on Monday unveiled Arcade, its first video generation model, on the main stage. "
        "Developers can try it for free.",
        "en",
        "launch",
        "brightline",
    ),
    (
        "A grocer that now makes its own ads",
        "The Dutch supermarket chain Verskorf has launched Kraam, a text-to-video model trained on "
        "its own product photography.",
        "en",
        "launch",
        "verskorf",
    ),
    (
        "'We wanted our own pictures'",
        "Harbourline, a ferry operator in Oslo, has released Tide, an in-house video generation "
        "model that turns timetables into short clips.",
        "en",
        "launch",
        "harbourline",
    ),
    (
        "Why a bank built a generator",
        "Nordbank said on Thursday it had launched Ledger Motion, a video generation model for "
        "customer explainers.",
        "en",
        "launch",
        "nordbank",
    ),
    (
        "The studio's quiet bet",
        "Kestrel Games today released Gull-2, a compact video generation model that drafts "
        "cutscenes from storyboards.",
        "en",
        "launch",
        "kestrel-games",
    ),
    (
        "Le pari de l'opérateur",
        "Celtel a présenté mardi Marée, un modèle de génération vidéo conçu pour les petites entreprises.",
        "fr",
        "launch",
        "celtel",
    ),
    (
        "Une première pour un éditeur de presse",
        "Le groupe Ouest Pages a mis en ligne jeudi Vitrail, son premier modèle vidéo maison.",
        "fr",
        "launch",
        "ouest-pages",
    ),
    (
        "Una apuesta propia",
        "La cadena Solmar presentó este martes Brisa, un modelo de generación de vídeo entrenado con "
        "su archivo.",
        "es",
        "launch",
        "solmar",
    ),
    (
        "Una scommessa in casa",
        "La Gazzetta Alpina ha rilasciato giovedì Lanterna, il suo primo modello di generazione video.",
        "it",
        "launch",
        "gazzetta-alpina",
    ),
    (
        "Uma aposta da casa",
        "A Tramontina Digital lançou nesta terça-feira o Brasa, um modelo de geração de vídeo para lojistas.",
        "pt",
        "launch",
        "tramontina-digital",
    ),
    # -- other events on a model the subject owns --------------------------------------------
    (
        "Not ready yet",
        "Quillworks has postponed the public release of Quill, its in-house video generation model, "
        "to the spring.",
        "en",
        "delay",
        "quillworks",
    ),
    (
        "Lights out",
        "Parcelo is shutting down Reel, the video generation model it launched for small sellers last year.",
        "en",
        "shutdown",
        "parcelo",
    ),
    (
        "A cheaper plan",
        "Gridbyte has cut the price of Mosaic, its text-to-video model, to $0.05 per generated second.",
        "en",
        "pricing",
        "gridbyte",
    ),
    (
        "Join the line",
        "Pinmark has opened a waitlist for Loop, its own video generation model, for selected creators.",
        "en",
        "waitlist",
        "pinmark",
    ),
    (
        "Cap au sud",
        "Voltéo rend disponible dès aujourd'hui en Belgique Onde, son modèle de génération vidéo.",
        "fr",
        "availability",
        "volteo",
    ),
    (
        "Noch nicht fertig",
        "Das Medienhaus Nordlicht verschiebt den Start von Funke, seinem eigenen KI-Videomodell, auf 2027.",
        "de",
        "delay",
        "nordlicht",
    ),
    (
        "Three questions for the bank",
        "Tallbank said on Wednesday that it has launched Counsel, a video generation model for its advisers.",
        "en",
        "launch",
        "tallbank",
    ),
    (
        "Inside the newsroom",
        "Meridian Post released a video generation model called Inkwell on Tuesday, its first.",
        "en",
        "launch",
        "meridian-post",
    ),
    (
        "Open weights from Lisbon",
        "The Tejo Institute on Tuesday released the weights of Caravela-4B, a 4-billion-parameter "
        "text-to-video model, under an open licence.",
        "en",
        "launch",
        "tejo-institute",
    ),
    (
        "Neu im Programm",
        "Der Sender Alpenfunk hat am Montag Bergblick vorgestellt, ein eigenes "
        "Videogenerierungsmodell für Wetterkarten.",
        "de",
        "launch",
        "alpenfunk",
    ),
    (
        "Made at home",
        "Harbourline has launched Tide-2, a video generation model developed by Harbourline Research, "
        "for its ferry timetables.",
        "en",
        "launch",
        "harbourline",
    ),
    # -- guards ------------------------------------------------------------------------------
    (
        "Senior Research Engineer, Video – Kestrel Games",
        "Kestrel Games has launched Gull-2, its own video generation model, and is growing the team.",
        "en",
        None,
        None,
    ),
    (
        "Store listing",
        "Brightline introduces Arcade, its in-house video generation model: make clips from prompts.",
        "en",
        None,
        None,
    ),
    (
        "A look back",
        "Quillworks has released Quill, its in-house video generation model, back in the spring.",
        "en",
        None,
        None,
    ),
    (
        "A supplier's model",
        "Celtel has rolled out Marée, a video generation model from Brightline, to its business "
        "customers on Monday.",
        "en",
        None,
        None,
    ),
    (
        "A product for models",
        "Optika has launched its watermarking service for video generation models on Tuesday.",
        "en",
        None,
        None,
    ),
    (
        "Many companies",
        "Broadcasters have launched their own video generation models this year, a survey finds.",
        "en",
        None,
        None,
    ),
    (
        "Another object",
        "Gridbyte has postponed its earnings call as it reviews the costs of Mosaic, its video "
        "generation model.",
        "en",
        None,
        None,
    ),
    (
        "Ce qu'on dit",
        "Selon nos informations, Voltéo a reporté le lancement d'Onde, son modèle de génération vidéo.",
        "fr",
        None,
        None,
    ),
    (
        "A clause, not a company",
        "Since Quillworks rolled out its own video generation model, the shares have doubled.",
        "en",
        None,
        None,
    ),
    (
        "Hearsay",
        "Leaked screenshots suggest Pinmark has launched its own video generation model in a closed test.",
        "en",
        None,
        None,
    ),
    (
        "Another clause's event",
        "Parcelo has shut down the team that built its video generation model.",
        "en",
        None,
        None,
    ),
    (
        "A modifier",
        "Celtel has launched its video generator integration for business customers.",
        "en",
        None,
        None,
    ),
    (
        "A dated release",
        "Brightline released Arcade, its first video generation model, in March 2024.",
        "en",
        None,
        None,
    ),
    (
        "A cinema camera",
        "Optika a présenté la V9, son nouveau modèle vidéo plein format, à 5 999 euros.",
        "fr",
        None,
        None,
    ),
    (
        "Somebody else's model",
        "Voltéo propose désormais à ses clients le modèle de génération vidéo d'une start-up coréenne.",
        "fr",
        None,
        None,
    ),
    (
        "A person",
        "Jordan Vale has launched his own video generation model, built over a weekend.",
        "en",
        None,
        None,
    ),
    (
        "A licensee",
        "Brightline has unveiled its holiday film, made with a text-to-video model it licenses from "
        "a partner.",
        "en",
        None,
        None,
    ),
    (
        "An event far from the verb",
        "Gridbyte has lost a fifth of its value since it delayed its video generation model.",
        "en",
        None,
        None,
    ),
    (
        "An interview",
        "Maria Lopes, who leads the video team, has launched a podcast about Brisa, the company's "
        "video generation model.",
        "en",
        None,
        None,
    ),
    (
        "A reseller's package",
        "Adverto has started reselling access to Gridbyte's Mosaic video generation model at $450 a month.",
        "en",
        None,
        None,
    ),
    (
        "A year on",
        "Parcelo, which launched Reel, its video generation model, last spring, reported higher "
        "sales on Tuesday.",
        "en",
        None,
        None,
    ),
    (
        "From the lab",
        "Researchers at Tallinn University released a paper on Sprite, a video generation model "
        "they trained on cartoons.",
        "en",
        None,
        None,
    ),
    (
        "A benchmark",
        "Scorebench has released Pulse, a video generation model benchmark for physics and motion.",
        "en",
        None,
        None,
    ),
    (
        "Next spring",
        "Brightline will soon release Arcade, its own video generation model, to developers.",
        "en",
        None,
        None,
    ),
    (
        "New camera",
        "Optika has launched the V9, its new video model with an 8K sensor.",
        "en",
        None,
        None,
    ),
    (
        "Une campagne",
        "La marque Bel Azur a présenté lundi un spot réalisé avec Brisa, le modèle vidéo de Solmar.",
        "fr",
        None,
        None,
    ),
    (
        "Lawsuit",
        "Illustrators have sued Kestrel Games over Gull-2, its video generation model.",
        "en",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("title", "summary", "lang", "event", "vendor"), LEDE_MAKERS, ids=[row[0][:40] for row in LEDE_MAKERS]
)
def test_a_maker_told_by_the_lede(title, summary, lang, event, vendor) -> None:
    _assert_maker(title, summary, lang, event, vendor)


def _assert_maker(title: str, summary: str, lang: str, event: str | None, vendor: str | None) -> None:
    """The rules alone alert with ``event`` and the maker ``vendor``, or (None) not at all."""
    result = default_detector().rules_alone().classify(title, summary, lang)
    assert result.relevant is (event is not None), result.reasons
    if event is not None:
        assert result.event == event, result.reasons
        assert result.vendors == [vendor], result.reasons
        assert f"maker:{vendor} (not in the watchlist)" in result.reasons


def test_a_headline_that_names_neither_lends_no_event() -> None:
    """The lede's maker takes its event from its own predicate, not from a headline that names
    neither it nor its model: "Prices go up" over a lede that postpones a model is a delay."""
    result = (
        default_detector()
        .rules_alone()
        .classify(
            "Prices go up at the cinema",
            "Quillworks has postponed the public release of Quill, its in-house video generation model.",
            "en",
        )
    )
    assert result.relevant and result.event == "delay", result.reasons
    assert result.events == ["delay"], result.reasons


# The headline read as a sentence (``_headline_subject``): a maker as subject, an event other
# than a release on a video generator of its own. Releases stay with feeds/detect/makers.py.
HEADLINE_MAKERS = [
    # (title, lang, event, vendor)
    ("Tidewell halves the credit cost of its AI video generator", "en", "pricing", "tidewell"),
    ("Larkspur opens a waitlist for its own AI video generator", "en", "waitlist", "larkspur"),
    ("Marchand Libre cierra su generador de vídeo con IA", "es", "shutdown", "marchand-libre"),
    ("Brasserie ferme son générateur de vidéos par IA", "fr", "shutdown", "brasserie"),
    # a phrase that runs into the model ("ferme son générateur") starts the predicate; "par
    # IA" names no supplier
    ("Kranich stoppt die Anmeldungen für seinen KI-Videogenerator", "de", "waitlist", "kranich"),
    # -- guards ------------------------------------------------------------------------------
    ("Artists demand Tidewell shut down its AI video generator", "en", None, None),
    ("Why Tidewell paused its AI video generator", "en", None, None),
    ("Could Tidewell shut down its AI video generator?", "en", None, None),
    ("Tidewell raises the price of the plan that includes its AI video generator", "en", None, None),
    ("Tidewell opens a waitlist for a course on its AI video generator", "en", None, None),
    ("Researchers pause work on their AI video generator", "en", None, None),
    ("Tidewell ends its partnership with the maker of its AI video generator", "en", None, None),
    # -- the model named between the possessive and the model phrase, or in an apposition --
    ("Hallberg's Glimt video generator arrives in Finland", "en", "availability", "hallberg"),
    ("Vitrail, le générateur vidéo de Mistelle, arrive en Suisse", "fr", "availability", "mistelle"),
    ("Onda, o gerador de vídeo da Cariocas, chega a Angola", "pt", "availability", "cariocas"),
    ("Glimt, Hallberg's AI video generator, is shutting down", "en", "shutdown", "hallberg"),
    ("Glimt, Hallberg's AI video generator, wins a design award", "en", None, None),
    ("Glimt, the video generator of Sofia Berg, arrives in Finland", "en", None, None),
    # -- guards the review asked for (negation, hedges, other objects, persons, plurals, past
    # dates, somebody else's model) -----------------------------------------------------
    ("Tidewell will never charge for its AI video generator", "en", None, None),
    ("Tidewell has not paused sign-ups for its AI video generator", "en", None, None),
    ("Tidewell shuts down the Lisbon office behind its AI video generator", "en", None, None),
    ("Tidewell delays the podcast about its AI video generator", "en", None, None),
    ("Tidewell raises the price of mugs for its AI video generator", "en", None, None),
    ("Lucas Moreau ferme son générateur de vidéos par IA", "fr", None, None),
    ("Insurers halve the price of their AI video generators", "en", None, None),
    ("Tidewell closed its AI video generator in 2024: what went wrong", "en", None, None),
    ("Tidewell shuts down its video generator from AI startup Quillon", "en", None, None),
]


@pytest.mark.parametrize(
    ("title", "lang", "event", "vendor"), HEADLINE_MAKERS, ids=[row[0][:40] for row in HEADLINE_MAKERS]
)
def test_a_maker_told_by_the_headline_as_a_sentence(title, lang, event, vendor) -> None:
    _assert_maker(title, "", lang, event, vendor)


# The lede read for events other than a release: a coming end is news, a coming release is
# not; a hedge, a condition, a past date or a clause of somebody's plan keep it out.
LEDE_EVENTS = [
    # (title, summary, lang, event, vendor)
    (
        "Goodbye",
        "Kestrelworks will shut down Arden, its video generation model, on June 30, the company said.",
        "en",
        "shutdown",
        "kestrelworks",
    ),
    (
        "Fin de partie",
        "Brasserie va fermer Clipmaker, son générateur de vidéos par IA, le 15 mars.",
        "fr",
        "shutdown",
        "brasserie",
    ),
    (
        "Queue",
        "Marlowe has opened a sign-up page for Reel-9, the AI video generator it announced last month.",
        "en",
        "waitlist",
        "marlowe",
    ),
    (
        "Ahead",
        "Kestrelworks will launch Arden, its first video generation model, next month.",
        "en",
        None,
        None,
    ),
    (
        "Forecast",
        "Kestrelworks will likely raise the price of Arden, its AI video generator, analysts wrote.",
        "en",
        None,
        None,
    ),
    (
        "Threat",
        "Kestrelworks will shut down Arden, its AI video generator, if the bill passes, it warned.",
        "en",
        None,
        None,
    ),
    (
        "A quiet exit",
        "Kestrelworks discontinued Arden, its AI video generator, in March 2023, and the team moved on.",
        "en",
        None,
        None,
    ),
    (
        "Reseller",
        "Kestrelworks has shelved the Quillon AI video generator it announced it would resell.",
        "en",
        None,
        None,
    ),
    (
        "Staff",
        "Kestrelworks will shut down the Leeds team behind Arden, its AI video generator, by the end of the year.",
        "en",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("title", "summary", "lang", "event", "vendor"), LEDE_EVENTS, ids=[row[1][:40] for row in LEDE_EVENTS]
)
def test_a_makers_other_events_told_by_the_lede(title, summary, lang, event, vendor) -> None:
    _assert_maker(title, summary, lang, event, vendor)

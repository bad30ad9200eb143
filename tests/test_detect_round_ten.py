"""Detection cues of the tenth round of issue #12, table-driven: a price told as a detail of
the release or arrival before it, an opening question clause, a third party's tool built on a
product (launches, arrivals and prices as well as waitlists), an unveiling kept from the
public, a headline that is only a name over a lede telling somebody's act, an unveiling and
where it ships in one summary sentence, hosts rolling out somebody's model, and arrival,
open-weight and retirement wording in EN/FR/DE/ES/IT. Rows that pass on the tree before the
round are guards for what the new rules must leave alone.

Every headline here was written for these tests, in words of its own: none is taken or
paraphrased from a labelled corpus item.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# -- a price that only details the release or arrival told before it ---------------------------

PRICE_AS_DETAIL = [
    # (title, summary, lang, event)
    (
        "Pro plan perks grow",
        "Luma has made Ray2 available on its Lite plan, so subscribers can spend their 3,200 monthly credits on it.",
        "en",
        "availability",
    ),
    (
        "Le mode vidéo s'élargit",
        "Google ouvre la génération Veo 3 Fast aux utilisateurs gratuits de Gemini, avec un quota de trois clips par jour.",
        "fr",
        "availability",
    ),
    (
        "Pika takes a step",
        "Pika has released Pika 2.5, letting members render 10-second clips from the $8-a-month plan.",
        "en",
        "launch",
    ),
    # guard: the price is the news when its cue comes first
    (
        "Runway trims prices",
        "Runway cut Gen-4 Turbo's price to 5 credits per second, and the model is now available on every plan.",
        "en",
        "pricing",
    ),
]

# -- a question that opens the headline asks; the clause after it reports ------------------------

OPENING_QUESTIONS = [
    ("¿Adiós a Kling? MiniMax lanza Hailuo 03", "", "es", "launch"),
    ("La fin de Runway ? Luma lance Ray 3", "", "fr", "launch"),
    ("Is Sora finished? OpenAI shuts down the Sora app", "", "en", "shutdown"),
    # guard: a whole-title question still asks
    ("Is this the end of Sora?", "", "en", None),
]

# -- somebody's tool built on a product: that company's news, not the owner's --------------------

BUILT_ON = [
    (
        "Solo developer launches Storyloop, a Mac app built on the Veo 3 API",
        "The $9.99 app turns outlines into narrated clips.",
        "en",
        None,
    ),
    (
        "Une appli rennaise basée sur Kling 2.6 débarque sur Android",
        "La jeune pousse promet des cartes de vœux animées en quelques secondes.",
        "fr",
        None,
    ),
    (
        "Agentur startet Werbespot-Generator auf Basis von Seedance",
        "",
        "de",
        None,
    ),
    (
        "Reelforge cuts prices on its Sora-powered ad tool",
        "The startup now charges $19 a month.",
        "en",
        None,
    ),
    # guards: the owner, a known host, or the product's own launch
    ("Google launches Flow, a filmmaking tool built on Veo 3", "", "en", "launch"),
    ("YouTube adds Veo 3-powered backgrounds to Shorts", "", "en", "availability"),
    ("Canva brings Veo 3-powered video clips to all Pro users", "", "en", "availability"),
]

# -- an unveiling kept from the public is a launch (§1b), a regional slip stays a slip -------------

KEPT_FROM_PUBLIC = [
    ("Meta dévoile Movie Gen 2, mais ne le rend pas encore public", "", "fr", "launch"),
    (
        "Meta's new video model makes clips with sound. You can't try it yet",
        "Meta on Thursday unveiled Movie Gen 2, which generates 20-second clips with music. "
        "The company has no immediate plans to release it to the public.",
        "en",
        "launch",
    ),
    # guards: a slip in a region, or a slip alone
    ("Google unveils Veo 4 but delays it in Europe", "", "en", "delay"),
    ("OpenAI delays Sora 3", "The model is not ready, the company said.", "en", "delay"),
]

# -- a headline that is only the name, over a lede telling somebody's act -------------------------

NAME_ONLY_REPORTS = [
    (
        "Hailuo 2.3",
        "Replicate has added MiniMax's Hailuo 2.3 to its model catalogue, billed per second of video.",
        "en",
        "availability",
    ),
    (
        "LTX-2",
        "Lightricks released LTX-2, an open video model, with weights on Hugging Face.",
        "en",
        "launch",
    ),
    # guard: a profile page under a name stays a profile
    (
        "Kling 2.5 Turbo",
        "Kling 2.5 Turbo is Kuaishou's fast video model, released in September 2025 and sold by the second.",
        "en",
        None,
    ),
]

# -- an unveiling and where it ships, in one summary sentence --------------------------------------

UNVEILED_AND_PLACED = [
    (
        "MiniMax monte en gamme",
        "MiniMax dévoile Hailuo 03, qui génère des plans de 15 secondes, disponible dès maintenant sur l'application et via l'API.",
        "fr",
        "launch",
    ),
    # guard: a statement about an existing product's reach
    (
        "Veo 3 reaches more countries",
        "Google announced that Veo 3 is now available in 40 more countries.",
        "en",
        "availability",
    ),
]

# -- hosts rolling out somebody's model; the owner's rollout stays its own ------------------------

HOST_ROLLOUTS = [
    (
        "CapCut swaps its video engine",
        "CapCut is rolling out ByteDance's Seedance 1.0 Pro as the engine of its text-to-video tool in Brazil.",
        "en",
        "availability",
    ),
    (
        "Les Reels passent à l'IA générative",
        "Instagram déploie Veo 3 Fast dans son éditeur pour les créateurs européens.",
        "fr",
        "availability",
    ),
    # guards: the owner rolls out its own new model
    ("Google is rolling out Veo 3.1, its newest video model", "", "en", "launch"),
    (
        "OpenAI is rolling out Sora 2 today",
        "OpenAI is rolling out Sora 2, its new video model.",
        "en",
        "launch",
    ),
]

# -- arrivals, open weights, scheduled retirements, image models, wording --------------------------

WORDINGS = [
    (
        "Wan 2.5 lands on Replicate",
        "Alibaba's model can now be run from Replicate's API.",
        "en",
        "availability",
    ),
    (
        "Hunyuan Video gets an official API",
        "Tencent Cloud now sells access by the second.",
        "en",
        "availability",
    ),
    (
        "Android owners, your turn",
        "OpenAI's Sora app can now be downloaded from Google Play in Japan and Korea.",
        "en",
        "availability",
    ),
    ("Veo 3.1 goes GA on Vertex AI", "", "en", "availability"),
    (
        "Firefly Video verliert das Beta-Label",
        "Adobe stellt das Modell in Premiere Pro nun allgemein zur Verfügung.",
        "de",
        "availability",
    ),
    ("Sora von OpenAI jetzt auch am Desktop verfügbar", "", "de", "availability"),
    (
        "Sora, addio agli inviti",
        "OpenAI ha eliminato il codice d'invito per l'app Sora in Italia.",
        "it",
        "availability",
    ),
    (
        "Kling s'installe sur l'App Store français",
        "L'application vidéo de Kuaishou arrive en France.",
        "fr",
        "availability",
    ),
    ("Wan 2.6 : Alibaba ouvre les poids de son modèle vidéo", "", "fr", "launch"),
    ("Google to retire VideoFX next month", "Users are pointed to Flow.", "en", "shutdown"),
    ("MiniMax retirará video-01 de su API en marzo", "", "es", "shutdown"),
    ("Luma drops Photon 3, a faster image model", "", "en", None),
    # guards
    ("MiniMax no retirará video-01, según la empresa", "", "es", None),
    ("Google won't retire VideoFX after all", "", "en", None),
    (
        "Kuaishou s'envole en Bourse grâce à Kling",
        "Les abonnements à son générateur vidéo tirent les ventes.",
        "fr",
        None,
    ),
    ("Pika 2.5 attendu pour la fin du mois", "", "fr", None),
]


# -- part four: a host's feature on somebody's model, open weights on a hub, a plan's price ---------

FOURTH_PART = [
    ("Canva launches text-to-video powered by Google's Veo 3", "", "en", "availability"),
    (
        "New in Shorts",
        "YouTube has introduced an AI backdrop tool powered by Google's Veo 3 Fast for creators in Canada.",
        "en",
        "availability",
    ),
    ("Lightricks open-sources LTX-3, checkpoints now on Hugging Face", "", "en", "launch"),
    (
        "Genmo publie Mochi 3",
        "Genmo a rendu disponibles sur Hugging Face les poids de Mochi 3, sous licence Apache 2.0.",
        "fr",
        "launch",
    ),
    (
        "Pika adds a cheaper plan",
        "Pika has introduced a $5 Starter plan with 300 monthly credits for Pika 2.5.",
        "en",
        "pricing",
    ),
    ("Editors push back as feeds fill up with Sora clips", "OpenAI's app keeps growing.", "en", None),
    (
        "Sora-App nun in der Schweiz",
        "OpenAI hat die Sora-App in der Schweiz freigeschaltet, ein Einladungscode ist nicht mehr nötig.",
        "de",
        "availability",
    ),
    (
        "Veo 3.1 arrive dans Microsoft 365 Copilot",
        "Le modèle vidéo de Google s'ouvre aux entreprises.",
        "fr",
        "availability",
    ),
    ("Kling AI pricing 2026: every plan and credit explained", "", "en", None),
    # guards: the owner's own launch, a slip pushed back
    ("Google launches Veo 3.1 in the Gemini app", "Google's new model makes longer clips.", "en", "launch"),
    ("Sora's Android app pushed back on compliance work", "OpenAI expects it in March.", "en", "delay"),
]


# -- guards from the review of parts one to four: what the new rules must leave alone ------------

REVIEW_GUARDS = [
    # a plan is what was released: its price is the news
    (
        "Hailuo gets a yearly plan",
        "MiniMax introduced an annual membership for Hailuo AI, with 40,000 credits for $399.",
        "en",
        "pricing",
    ),
    (
        "Firefly clips now cost extra",
        "Adobe launched its video model on the web in March, and this week began charging 100 credits per clip.",
        "en",
        "pricing",
    ),
    # a report before the question; the question's clause only
    ("Veo 3.1 is now available in Spain. What can it do?", "", "en", "availability"),
    ("Would Google ever retire Veo? Two reasons it might", "Analysts read the usage numbers.", "en", None),
    # the owner's named tool built on its own model
    ("Whisk Animate, built on Veo 3, expands to 80 more countries", "", "en", "availability"),
    ("Flow, basé sur Veo 3, arrive en Belgique", "Google étend son outil de cinéma.", "fr", "availability"),
    # an unveiling told as past, or in another clause
    ("Dévoilé il y a un an, Movie Gen n'est toujours pas ouvert au public", "", "fr", "delay"),
    ("Meta shows Movie Gen research; model not yet available to the public", "", "en", "delay"),
    # access words around things that are not the product
    ("Google makes its Veo detector available to fact-checkers", "", "en", None),
    ("Sora outage hits Azure OpenAI customers", "Requests failed for two hours.", "en", None),
    ("Runway switches on content credentials for all exports", "", "en", None),
    (
        "Wan 2.5 weights can now be downloaded from Hugging Face",
        "Alibaba open-sourced the model today.",
        "en",
        "launch",
    ),
    ("xAI lance en Italie son générateur d'images et de vidéos Grok Imagine", "", "fr", "availability"),
]


# -- part seven: French press wording (arrivals placed in the lede, news-tense unveilings) --------

SEVENTH_PART = [
    (
        "Le générateur vidéo de TikTok arrive chez nous",
        "AI Alive est disponible en France depuis mardi dans l'application TikTok.",
        "fr",
        "availability",
    ),
    (
        "Amazon frappe un grand coup à Las Vegas",
        "AWS a présenté Nova Reel 3, qui produit des séquences de cinq minutes. Il est disponible dès maintenant sur Amazon Bedrock.",
        "fr",
        "launch",
    ),
    (
        "Vos souvenirs prennent vie",
        "Dans Google Photos, la fonction « Animer », propulsée par Veo 3, arrive ce lundi pour les abonnés français.",
        "fr",
        "availability",
    ),
    ("Grok Imagine 3 : le lancement européen attendra", "", "fr", "delay"),
    (
        "MiniMax rend Hailuo téléchargeable en Belgique",
        "L'application vidéo arrive sur iOS.",
        "fr",
        "availability",
    ),
    ("Runway just made a second of Gen-4 video a lot cheaper", "", "en", "pricing"),
    ("I spent $300 on Sora credits so you don't have to", "", "en", None),
    # guards: an arrival verb over a thing the entry calls new; an unveiling told as past
    (
        "Veo 4 arrive enfin",
        "Google lance son nouveau modèle Veo 4, disponible en France dès aujourd'hui.",
        "fr",
        "launch",
    ),
    (
        "Veo 3 s'ouvre aux Belges",
        "Google a présenté Veo 3 en mai. Il est désormais disponible en Belgique.",
        "fr",
        "availability",
    ),
]


# -- part eight: guards from the second review ------------------------------------------------------

SECOND_REVIEW_GUARDS = [
    # a host app that only names the owner
    ("Instagram's owner launches Vibes 2", "Meta's feed of AI videos gets longer clips.", "en", "launch"),
    (
        "La maison mère de TikTok lance Seedance 3.0",
        "ByteDance dévoile son nouveau modèle vidéo.",
        "fr",
        "launch",
    ),
    # an unveiling placed in a region or a tier is an arrival there
    (
        "Novedades para los creadores mexicanos",
        "Google presenta Veo 3 en México, ya disponible en la app Gemini para los suscriptores.",
        "es",
        "availability",
    ),
    # an unveiling kept from the public: the verb must govern the product, and no 'still'
    ("Meta explains why Movie Gen is not yet available to the public", "", "en", "delay"),
    ("Movie Gen est toujours pas ouvert au public, dévoile Meta", "", "fr", "delay"),
    # a coordinator makes an image tool a video tool; "for video creators" does not
    ("Kuaishou launches an image model for Kling video creators", "", "en", None),
    # traction, a price change in a dated overhaul, a source cited in the title
    ("Wan 2.2 weights downloaded from Hugging Face more than 3 million times", "", "en", None),
    ("Runway raises Unlimited plan prices in 2026 overhaul", "", "en", "pricing"),
    ("OpenAI retirará Sora 1, según The Information", "La empresa no lo ha confirmado.", "es", None),
    # a demand in another language's subjunctive; modals; French 'retire' stays an end
    ("Disney exige que OpenAI retire Sora de su catálogo", "", "es", None),
    ("Why Google should retire VideoFX now", "", "en", None),
    ("OpenAI retire Sora 1 de ChatGPT", "", "fr", "shutdown"),
    # a title arrival over a lede that releases the product today stays a launch
    (
        "Hailuo 03 ya está aquí",
        "MiniMax ha presentado este lunes Hailuo 03, ya disponible en la web.",
        "es",
        "launch",
    ),
    ("Kling 3.0 now available to all users in the U.S. next?", "", "en", None),
]


# Every table reads the same way: the bundled detector's event for the row, None when not relevant.
TABLES = {
    "price_as_detail": PRICE_AS_DETAIL,
    "opening_questions": OPENING_QUESTIONS,
    "built_on": BUILT_ON,
    "kept_from_public": KEPT_FROM_PUBLIC,
    "name_only_reports": NAME_ONLY_REPORTS,
    "unveiled_and_placed": UNVEILED_AND_PLACED,
    "host_rollouts": HOST_ROLLOUTS,
    "wordings": WORDINGS,
    "fourth_part": FOURTH_PART,
    "review_guards": REVIEW_GUARDS,
    "seventh_part": SEVENTH_PART,
    "second_review_guards": SECOND_REVIEW_GUARDS,
}
ROWS, IDS = table_rows(TABLES)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_tenth_round(table, title, summary, lang, event) -> None:
    assert verdict(title, summary, lang) == event

"""Detection cues of the eleventh round of issue #12, table-driven: a changelog as the owner's
or host's own log, a new product placed on a platform on day one, a third party's tool named
in the headline, community builds and other people's reactions, anniversary and hoax pages,
restricted access and scoped pulls, and end, delay, arrival and price wording in
EN/FR/DE/ES/IT/PT. Rows that pass on the tree before the round are guards for what the new
rules must leave alone.

Every headline here was written for these tests, in words of its own: none is taken or
paraphrased from a labelled corpus item.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# -- a changelog: the owner's or host's own log, news when an entry tells its change as today's ---

CHANGELOGS = [
    # (title, summary, lang, event, link)
    (
        "Luma API release notes",
        "Today we're releasing Ray3 Flash in the Dream Machine API, a faster model for drafts.",
        "en",
        "launch",
        "https://docs.lumalabs.example/changelog",
    ),
    (
        "Bedrock release notes: Nova Reel in Seoul",
        "Nova Reel 1.1 is now available in two additional regions, Seoul and Mumbai.",
        "en",
        "availability",
        "https://docs.aws.example/bedrock/docs/release-notes",
    ),
    (
        "Notes de version de l'application Hailuo",
        "Aujourd'hui, nous mettons fin à la génération Hailuo 01 : le modèle est retiré de l'application.",
        "fr",
        "shutdown",
        None,
    ),
    # guard: an unofficial client library's release notes stay a library's
    (
        "kling-py 0.8.0 release notes",
        "Adds support for the new Kling 2.6 endpoints and fixes retries.",
        "en",
        None,
        "https://github.com/someone/kling-py/releases",
    ),
    # guard: reference documentation stating a status is no news
    (
        "Veo 3.1 API reference",
        "Veo 3.1 is generally available. Requests take a prompt and an optional reference image.",
        "en",
        None,
        "https://ai.google.example/docs/veo",
    ),
]

# -- a product placed on a platform in the headline, released today in the lede: its launch -----

DAY_ONE = [
    (
        "Seedance 2.0 lands on fal",
        "ByteDance released Seedance 2.0 on Wednesday, and partners such as fal served it from the first hour.",
        "en",
        "launch",
        None,
    ),
    (
        "Ray3 est disponible sur Krea",
        "Luma a dévoilé mardi Ray3, son nouveau modèle vidéo, proposé le jour même chez plusieurs partenaires.",
        "fr",
        "launch",
        None,
    ),
    # guard: the lede's release is of something else (a port, not the product)
    (
        "Hailuo now available on Android",
        "MiniMax has released an Android version of its Hailuo app for all subscribers.",
        "en",
        "availability",
        None,
    ),
    # guard: a region in the headline keeps an arrival an arrival
    (
        "Seedance 2.0 arrives in Europe",
        "ByteDance released Seedance 2.0 on Wednesday and opened it to European users of Dreamina.",
        "en",
        "availability",
        None,
    ),
    # guard: a host announcing the product's availability is the arrival
    (
        "Microsoft Foundry now offers Sora 2",
        "Microsoft announced that Sora 2 is now available to Foundry customers in the US.",
        "en",
        "availability",
        None,
    ),
]

# -- a headline naming somebody's tool powered by a product: the lede's launch is theirs too -----

BUILDERS = [
    (
        "Clipnest launches AI trailer studio powered by Kling",
        "Editing startup Clipnest launched a 'trailer studio' on Monday; it relies on Kling and Hailuo to render shots.",
        "en",
        None,
        None,
    ),
    # guard: the lede's launch verb takes the product itself
    (
        "Agency opens a studio powered by Veo",
        "Google launched Veo 4 on Monday, and one agency opened a studio around it the same day.",
        "en",
        "launch",
        None,
    ),
]

# -- somebody else's act around a product ------------------------------------------------------

OTHERS_ACTS = [
    ("A modder posts a GGUF build of Wan 2.5 for 8 GB cards", "", "en", None, None),
    ("Un passionné publie des poids quantifiés de LTX-2", "", "fr", None, None),
    ("Un usuario publica una versión cuantizada de HunyuanVideo", "", "es", None, None),
    (
        "Wan 2.5 als GGUF-Version für kleine Grafikkarten",
        "Ein Nutzer hat die Gewichte auf Hugging Face gestellt.",
        "de",
        None,
        None,
    ),
    ("Studios worried about the arrival of Veo 4 in ad agencies", "", "en", None, None),
    ("Des illustrateurs s'inquiètent du lancement de Kling 3.0", "", "fr", None, None),
    ("Des éditeurs exigent que Runway suspende Gen-4.5", "", "fr", None, None),
    ("What Meta's Movie Gen delay tells us about compute costs", "", "en", None, None),
    # guard: the owner's own closure told in a letter stays its closure
    ("Dans une lettre, Haiper annonce la fermeture de son application", "", "fr", "shutdown", None),
]

# -- pages that are not news whatever their verbs ----------------------------------------------

NOT_NEWS = [
    ("Two years ago today, Google launched Veo", "", "en", None, None),
    ("No, Runway has not launched Gen-5: the 'leak' is fake", "", "en", None, None),
    ("Adobe MAX dates set: expect Firefly Video 3 and more", "", "en", None, None),
    (
        "Hailuo status: elevated error rates",
        "We are seeing longer queue times for Hailuo 02 generations and are investigating.",
        "en",
        None,
        None,
    ),
    (
        "Kuaishou stock climbs as brokers raise their price targets",
        "Analysts credit Kling's growth among advertisers.",
        "en",
        None,
        None,
    ),
    ("Lost 40 credits on a failed Kling render??", "", "en", None, None),
    # guard: news with a service line after the lede's news sentence
    (
        "Veo 4 is here: everything you need to know",
        "Google on Tuesday released Veo 4, its new video model. Below: what changed and what it costs.",
        "en",
        "launch",
        None,
    ),
]

# -- restricted access and scoped pulls --------------------------------------------------------

ACCESS = [
    ("OpenAI pulls Sora from app stores in Italy", "", "en", "availability", None),
    ("Firefly Video 3 API restricted to approved enterprise customers", "", "en", "waitlist", None),
    ("Runway puts Gen-5's 4K mode behind an application", "", "en", "waitlist", None),
    ("Hailuo 03 beta: sign-up list opens for creators", "", "en", "waitlist", None),
    ("Kling apre le preiscrizioni per Kling 3.1", "", "it", "waitlist", None),
    ("Hailuo deja de generar vídeos para las cuentas nuevas", "", "es", "waitlist", None),
]

# -- wording: ends, slips, arrivals and prices in six languages ---------------------------------

WORDINGS = [
    ("Runway pushes the Gen-5 app to Q4", "", "en", "delay", None),
    ("Kuaishou shares fall after it delays Kling 3.1", "", "en", "delay", None),
    ("Ray3 reaches Japan", "Luma switched the model on for Japanese accounts.", "en", "availability", None),
    ("Nova Reel 1.1 now in the Frankfurt region", "", "en", "availability", None),
    (
        "Pika app: our final update",
        "This is our final update. The Pika app will stop working on June 30.",
        "en",
        "shutdown",
        None,
    ),
    ("Luma stellt sein altes Modell Ray 1 ein", "", "de", "shutdown", None),
    ("Luma nimmt Ray 1 vom Netz", "", "de", "shutdown", None),
    ("Hailuo 02 jetzt direkt in Canva nutzbar", "", "de", "availability", None),
    ("Movie Gen bleibt für die Öffentlichkeit noch zu teuer", "", "de", "delay", None),
    ("Google descarta por ahora una app de Veo para Android", "", "es", "delay", None),
    ("Hailuo pasa a estar disponible en México", "", "es", "availability", None),
    (
        "Moonvalley chiude i battenti",
        "La startup ha comunicato che il servizio cesserà a marzo.",
        "it",
        "shutdown",
        None,
    ),
    ("Sora 3? Non prima del prossimo anno", "", "it", "delay", None),
    (
        "Kuaishou pubblica i prezzi API di Kling 3.0",
        "Un clip di cinque secondi arriva a 0,35 dollari.",
        "it",
        "pricing",
        None,
    ),
    ("A API do Hailuo será desligada em outubro", "", "pt", "shutdown", None),
    ("Veo 3 passa a funcionar na região de São Paulo", "", "pt", "availability", None),
    ("Tencent passe HunyuanVideo 2 en open source", "", "fr", "launch", None),
    ("Runway repousse d'une semaine la sortie de Gen-5", "", "fr", "delay", None),
    ("Le couperet tombe pour Hailuo 01 : fermeture le 30 juin", "", "fr", "shutdown", None),
    ("Luma lance un abonnement Basic à 7,99 € par mois pour Dream Machine", "", "fr", "pricing", None),
    ("Sora 3 « pas encore prêt » pour le grand public", "", "fr", "delay", None),
    ("Nova Reel désormais disponible dans la région AWS de Paris", "", "fr", "availability", None),
    # guard: a new ability is no opening
    ("Kling permet désormais de limiter les contenus politiques", "", "fr", None, None),
]

# -- slips, ends and coming arrivals worded as the press words them -----------------------------

SLIPS_AND_ENDS = [
    ("App developers will have to keep waiting for a Veo 4 API", "", "en", "delay", None),
    ("Movie Gen stays behind closed doors for now", "", "en", "delay", None),
    ("Studio complaints stall Kling 3.0's global debut", "", "en", "delay", None),
    ("Firefly Video 3 ist da – aber nicht für Nutzer in der EU", "", "de", "delay", None),
    ("Kling 3.0 bleibt vorerst unter Verschluss", "", "de", "delay", None),
    ("Hailuo 03 deja a México sin su primera oleada de lanzamiento", "", "es", "delay", None),
    ("Wan 3.0, Alibaba frena il debutto internazionale", "", "it", "delay", None),
    ("ByteDance halts Seedance 3.0 worldwide rollout", "", "en", "delay", None),
    ("Pas d'API pour Kling 3.0 à l'horizon", "", "fr", "delay", None),
    # guard: a release that only excepts a region keeps its release
    ("Veo 4 débarque partout sauf en Europe", "", "fr", "launch", None),
    ("Hailuo app to cease operations in June", "", "en", "shutdown", None),
    ("Se acabó Dream Machine: Luma le pone fin a su primera app", "", "es", "shutdown", None),
    ("A Luma descontinuou o Dream Machine 1.0", "", "pt", "shutdown", None),
    ("YouTube Shorts to get Veo 4 later this year", "", "en", "availability", None),
    ("Kling 3.0 is heading to CapCut this summer", "", "en", "availability", None),
    ("Instagram vai ganhar o Movie Gen, modelo de vídeo da Meta", "", "pt", "availability", None),
    ("Schweiz: Google schaltet Videogenerator Veo 4 frei", "", "de", "availability", None),
    ("Runway introduces paid top-ups for Gen-5 generations", "", "en", "pricing", None),
    (
        "Veo 4 Fast rolling out to select Google Labs testers",
        "Google is testing the model with a small group first.",
        "en",
        "waitlist",
        None,
    ),
    # guards: frames per second are no price; a plan under consideration is hearsay
    ("Kling 3.0 vorgestellt: Clips mit 60 Bildern pro Sekunde", "", "de", "launch", None),
    ("OpenAI weighs bringing Sora 3 into ChatGPT", "", "en", None, None),
    ("Google estaría ultimando la integración de Veo 4 en YouTube", "", "es", None, None),
    # a release the headline dates in the past is recalled, not reported
    ("Luma launched Ray3 at Adobe MAX. The bigger story is pricing", "", "en", None, None),
    ("Runway Gen-4.5, launched last year, lands in Canva", "", "en", "availability", None),
    # guard: told in the present, the same release is news
    ("Google launches Veo 4 at I/O", "", "en", "launch", None),
    # guard: an announcement whose object is the arrival, or a date, is no unveiling
    (
        "AWS announces general availability of Nova Reel 1.1 in the Tokyo region",
        "",
        "en",
        "availability",
        None,
    ),
    ("Kling 3.0, présenté en janvier, arrive en France ce mardi", "", "fr", "availability", None),
    ("Seedance 3.0 : ByteDance dévoile son nouveau modèle, réservé aux testeurs", "", "fr", "launch", None),
    (
        "Adobe MAX live: Firefly Video 3 announced, coming first to Premiere Pro subscribers",
        "",
        "en",
        "launch",
        None,
    ),
]

# -- French press wording ------------------------------------------------------------------------

FRENCH_PRESS = [
    ("Kling 3.0 est lancé… mais pas pour les Belges", "", "fr", "delay", None),
    ("Hailuo 03 débarque partout sauf en Europe", "", "fr", "launch", None),
    ("Hailuo 03 met enfin un pied en France", "", "fr", "availability", None),
    ("Veo 4 rejoindra l'outil de création des Shorts cet automne", "", "fr", "availability", None),
    ("YouTube va brancher Veo 4 sur Shorts", "", "fr", "availability", None),
    ("Luma répond à Veo avec Ray4, son nouveau modèle vidéo", "", "fr", "launch", None),
    ("Luma sort son nouveau modèle vidéo Ray4", "", "fr", "launch", None),
    ("Luma boucle une série C de 90 millions de dollars pour Ray4", "", "fr", None, None),
    ("Des testeurs de Kling 3.0 accusent Kuaishou", "", "fr", None, None),
    ("Kling 3.0 et la fin de la preuve vidéo", "", "fr", None, None),
    # guard: access kept for testers is still a restriction
    ("Hailuo 03 réservé pour l'instant à quelques testeurs", "", "fr", "waitlist", None),
]

# -- ledes that carry the news under a headline that does not ----------------------------------

LEDES = [
    (
        "Une IA vidéo qui fait parler d'elle",
        "Quelques mots suffisent. Luma a présenté Ray4, la dernière version de son modèle vidéo, capable de filmer en 4K.",
        "fr",
        "launch",
        None,
    ),
    (
        "Meta diz que seu novo modelo rivaliza com a concorrência",
        "A Meta anunciou nesta sexta-feira o Movie Gen 2, modelo que cria vídeos com áudio.",
        "pt",
        "launch",
        None,
    ),
    # a price in brackets details the tier, the arrival is the news
    (
        "Veo 4 en France",
        "Le modèle arrive officiellement sur la plateforme Gemini, réservé aux abonnés AI Pro (21,99 € par mois).",
        "fr",
        "availability",
        None,
    ),
    # guard: a funding round announced in the lede stays a funding round
    (
        "Hailuo recebe aporte de US$ 80 milhões",
        "A MiniMax anunciou uma rodada de investimento liderada por fundos chineses.",
        "pt",
        None,
        None,
    ),
    # the end of a free tier is a price change; "given early access" describes people
    ("La fin de l'open bar pour les créateurs de Hailuo", "", "fr", "pricing", None),
    (
        "Kling testers accuse Kuaishou of unpaid work in an open letter",
        "About thirty artists given early access to the model say they were used as free publicity.",
        "en",
        None,
        None,
    ),
    ("México, fuera de la primera oleada de Veo 4", "", "es", "delay", None),
    ("Veo 4: Wieder schaut Europa in die Röhre", "", "de", "delay", None),
    ("Kling 3.0 reste à la porte de l'Europe", "", "fr", "delay", None),
    ("Google releases a stunning Veo 4 short film, and critics are split", "", "en", None, None),
    (
        "Hit your Hailuo limit? There's a checkout button now",
        "Users who run out of free generations no longer have to wait: MiniMax now sells extra credits.",
        "en",
        "pricing",
        None,
    ),
]


TABLES = {
    "changelogs": CHANGELOGS,
    "day_one": DAY_ONE,
    "builders": BUILDERS,
    "others_acts": OTHERS_ACTS,
    "not_news": NOT_NEWS,
    "access": ACCESS,
    "wordings": WORDINGS,
    "slips_and_ends": SLIPS_AND_ENDS,
    "french_press": FRENCH_PRESS,
    "ledes": LEDES,
}
ROWS, IDS = table_rows(TABLES)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event", "link"), ROWS, ids=IDS)
def test_eleventh_round(table, title, summary, lang, event, link) -> None:
    assert verdict(title, summary, lang, link) == event

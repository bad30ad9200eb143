"""Detection cues of the thirteenth round of issue #12, table-driven: headline questions that
the item answers, reaction headlines over a lede that dates the product's event, unveilings
in figurative words, a verb that frames what follows a colon, name-and-description and spec
pages, releases under an open licence, and end, delay, arrival and price wording in
EN/FR/DE/ES/IT/PT. Rows that pass on the tree before the round are guards for what the new
rules must leave alone.

Every headline here was written for these tests, in words of its own: none is taken or
paraphrased from a labelled corpus item.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# -- a headline question that the item answers ------------------------------------------------

ANSWERED = [
    # (title, summary, lang, event, link)
    (
        "Is Kling 3.0 coming to the EU? Not yet",
        "Kuaishou gave no date for European users.",
        "en",
        "delay",
        None,
    ),
    ("Is Hailuo 03 coming to Android? Not for now, MiniMax says", "", "en", "delay", None),
    (
        "Veo 4 arrive-t-il en Belgique ? Pas encore",
        "Google n'a communiqué aucun calendrier.",
        "fr",
        "delay",
        None,
    ),
    ("Kommt Ray3 nach Europa? Noch nicht", "Luma nennt keinen Termin.", "de", "delay", None),
    ("¿Llega Seedance 2.0 a España? Todavía no", "ByteDance no da fechas.", "es", "delay", None),
    ("Vidu Q2 arriva in Italia? Non ancora", "Shengshu non ha indicato una data.", "it", "delay", None),
    ("O Pika 2.5 chega ao Brasil? Ainda não", "A empresa não deu prazo.", "pt", "delay", None),
    (
        "Is Pika's video app finally coming to Android?",
        "Yes, and the pre-registration page is already up on Google Play, the company said today.",
        "en",
        "waitlist",
        None,
    ),
    # guards: an answer to a question that asks no release, and a question nobody answers
    ("Is Kling 3.0 worth the money? No", "We spent a week with the new model.", "en", None, None),
    ("Is Veo 4 coming to Europe? We asked Google", "", "en", None, None),
    # guard: "No" that opens a sentence is no answer
    (
        "Will Runway ship Gen-5 this year? No European release is planned before spring",
        "",
        "en",
        "delay",
        None,
    ),
]

# -- reaction headlines: the news is the reaction, not the event the lede dates ---------------

REACTIONS = [
    (
        "Film editors 'terrified' by Google's Veo 4",
        "Google's newest video model, shown on Tuesday, has left editors worried about their jobs.",
        "en",
        None,
        None,
    ),
    (
        "Luma Ray3 : un réalisateur se dit « bluffé » mais prudent",
        "Le modèle vidéo présenté lundi par Luma impressionne un cinéaste interrogé par nos soins.",
        "fr",
        None,
        None,
    ),
    (
        "„Beängstigend“ oder „genial“? Dieser Kling-Clip spaltet das Netz",
        "Kuaishou hat am Montag neue Beispiele seines Videomodells Kling 3.0 veröffentlicht.",
        "de",
        None,
        None,
    ),
    # guard: a reaction beside a release the headline reports is still the release
    ("Runway launches Gen-5 as artists protest", "Runway released Gen-5 today.", "en", "launch", None),
]

# -- unveilings in figurative words, and what follows a framing colon ---------------------------

UNVEILINGS = [
    (
        "Pika pulls back the curtain on Pika 3.0",
        "The startup showed its new video model on Monday.",
        "en",
        "launch",
        None,
    ),
    ("Luma shows off Ray3", "Luma demonstrated the new model to press on Thursday.", "en", "launch", None),
    (
        "Meta shows off Movie Gen 2",
        "The model is not yet released to the public; Meta is testing it with a few studios.",
        "en",
        "launch",
        None,
    ),
    (
        "Meta anuncia Movie Gen 2, IA que gera vídeos com som",
        "A Meta anunciou nesta terça-feira o Movie Gen 2, que ainda não foi liberado ao público.",
        "pt",
        "launch",
        None,
    ),
    # guard: a research demo shown off is no release
    (
        "Google shows off a space-time diffusion model for video",
        "Google researchers presented a diffusion model that makes whole clips in one pass.",
        "en",
        None,
        None,
    ),
    (
        "Le patron de YouTube l'annonce : Veo 4 débarquera dans les Shorts",
        "Veo 4 rejoindra l'éditeur des Shorts cet automne.",
        "fr",
        "availability",
        None,
    ),
    # guard: a product announced before the colon still launches where it ships
    ("Veo 4 announced: coming first to Flow", "", "en", "launch", None),
]

# -- pages that are not reports ---------------------------------------------------------------

PAGES = [
    (
        "Ray3 (modèle vidéo de Luma)",
        "Ray3 est un modèle de génération vidéo développé par Luma AI, lancé en septembre 2025.",
        "fr",
        None,
        None,
    ),
    (
        "Kling 2.6 Pro — preço e especificações",
        "Preço por segundo: US$ 0,07. Resoluções: 720p e 1080p.",
        "pt",
        None,
        None,
    ),
    (
        "Hailuo 02 : tarif, résolutions et fiche du modèle",
        "Affiché à 0,28 dollar la vidéo de six secondes.",
        "fr",
        None,
        None,
    ),
    (
        "Pika 2.0 : Pika rattrapé par une polémique sur ses démos",
        "À peine lancé, le générateur vidéo de Pika fait polémique à cause d'un personnage trop familier.",
        "fr",
        None,
        None,
    ),
    (
        "Seedance 2.0 : un modèle brillant qui pose un vrai problème de droits",
        "Le modèle vidéo de ByteDance n'est pas encore proposé hors de Chine. Analyse des enjeux.",
        "fr",
        None,
        None,
    ),
    (
        "What's really slowing Veo 4 down? The cost of compute",
        "Analysts ask whether today's chips can serve video generation at scale.",
        "en",
        None,
        None,
    ),
    # guard: a release with a bracketed kicker is still a release
    ("Runway launches Gen-5 (and it's fast)", "Runway released Gen-5 today.", "en", "launch", None),
]

# -- wording: ends, slips, arrivals and prices in six languages ---------------------------------

WORDINGS = [
    (
        "Pika is shutting its iOS app",
        "The AI video startup said the app closes next month.",
        "en",
        "shutdown",
        None,
    ),
    ("Runway takes Gen-2 offline", "", "en", "shutdown", None),
    ("Hailuo's short run as a free app ends", "", "en", "shutdown", None),
    ("Novita will pull several Vidu video models on June 30", "", "en", "shutdown", None),
    ("ByteDance hits the brakes on Seedance 2.0's launch in Japan", "", "en", "delay", None),
    ("Kling 3.0's European debut is off, for now", "", "en", "delay", None),
    ("Vidu's video generator stays out of the EU as rules bite", "", "en", "delay", None),
    ("Movie Gen 2 comes with a catch: no public release yet", "", "en", "delay", None),
    ("Luma Ray3 heads for the iPhone", "", "en", "availability", None),
    ("Pika's free ride is over: video credits now cost money", "", "en", "pricing", None),
    ("Want to try Shengshu's Vidu Q2? You'll need an invite", "", "en", "waitlist", None),
    ("Kuaishou dit adieu à Kling 1.0", "", "fr", "shutdown", None),
    ("Rideau pour l'application Pika", "", "fr", "shutdown", None),
    ("MiniMax met à la retraite Hailuo 01", "", "fr", "shutdown", None),
    ("Runway : Gen-5 se fera attendre au Royaume-Uni", "", "fr", "delay", None),
    ("Meta dévoile Movie Gen 2, sans date de sortie", "", "fr", "delay", None),
    ("Kling 3.0 : il faut toujours une invitation pour l'essayer", "", "fr", "waitlist", None),
    ("Instagram accueillera le modèle Veo 4", "", "fr", "availability", None),
    ("Fini le tout gratuit sur Hailuo : MiniMax fait payer les vidéos en plus", "", "fr", "pricing", None),
    ("Kuaishou zieht Kling 1.5 zurück", "", "de", "shutdown", None),
    ("Veo 4 zieht in Google Fotos ein", "", "de", "availability", None),
    ("Kling 3.0 startet ohne die EU", "", "de", "delay", None),
    ("Hailuo: Zusätzliche Videos gibt es nur noch gegen Bezahlung", "", "de", "pricing", None),
    ("MiniMax cerrará Hailuo Video para centrarse en su API", "", "es", "shutdown", None),
    ("Pika deja fuera a la UE en el estreno de Pika 3.0", "", "es", "delay", None),
    ("Se acabó lo gratis en Kling: Kuaishou cobrará por los clips extra", "", "es", "pricing", None),
    ("Runway mostra Gen-5 ma frena: nessun rilascio a breve", "", "it", "delay", None),
    ("Luma vai encerrar o Dream Machine: por que isso importa", "", "pt", "shutdown", None),
    (
        "Vidu Q2, o modelo de vídeo da Shengshu, é lançado, mas a Europa fica à espera",
        "",
        "pt",
        "delay",
        None,
    ),
    # guards: the same words about something that is not the product
    ("Avec Veo 4, Google dit adieu aux vidéos muettes", "", "fr", None, None),
    ("Les monteurs disent adieu à Pika et passent à Runway", "", "fr", None, None),
    ("Kling 3.0 überlastet: Nutzer müssen weiter warten, bis ihre Clips fertig sind", "", "de", None, None),
]

# -- arrivals: an existing product reaching a host, an app, a region or a tier -------------------

ARRIVALS = [
    ("Kling 2.6 is now live in Brazil", "", "en", "availability", None),
    ("Hailuo 02 shows up in Freepik's video generator", "", "en", "availability", None),
    ("Nova Reel expands beyond the Oregon region", "", "en", "availability", None),
    ("Vertex AI now hosts Luma's Ray3", "", "en", "availability", None),
    (
        "Veo 3.1 and Veo 3.1 Fast graduate to general availability on Vertex AI",
        "",
        "en",
        "availability",
        None,
    ),
    ("Instagram to gain Veo 4 clip generation", "", "en", "availability", None),
    ("Google launches Veo 4 inside YouTube Shorts", "", "en", "availability", None),
    (
        "Adobe Firefly goes mobile",
        "Adobe's generative video and image app now runs on iPhone and Android.",
        "en",
        "availability",
        None,
    ),
    (
        "Creators, meet your new co-director",
        "Kling 2.6 can now be reached in 40 more countries, including Brazil and Mexico, by anyone paying $10 a month.",
        "en",
        "availability",
        None,
    ),
    ("Veo 4 est disponible chez nous", "", "fr", "availability", None),
    ("Google intègre Veo 4 au cœur de YouTube Shorts", "", "fr", "availability", None),
    ("Veo 4 bientôt au menu de YouTube Shorts", "", "fr", "availability", None),
    ("Vertex AI : Veo 3.1 quitte la préversion", "", "fr", "availability", None),
    (
        "L'IA vidéo de Google arrive… sur Instagram",
        "Veo 4 rejoindra l'outil de création de Reels.",
        "fr",
        "availability",
        None,
    ),
    ("Google bringt Veo 4 bis Herbst zu YouTube Shorts", "", "de", "availability", None),
    ("Seedance 1.5 jetzt über fal abrufbar", "", "de", "availability", None),
    (
        "Google TV wird zum Filmstudio",
        "Google hat angekündigt, Google TV im Frühjahr mit Veo 4 auszustatten.",
        "de",
        "availability",
        None,
    ),
    ("Los usuarios de México ya tienen acceso a Veo 4", "", "es", "availability", None),
    ("Hailuo 02 si apre a tutti: disponibile a livello globale", "", "it", "availability", None),
    ("Veo 4 vai chegar ao YouTube Shorts ainda este ano", "", "pt", "availability", None),
    # guards: a first release stays a launch, a plan released at a price stays a price
    ("Google launches Veo 4, its newest video model, in the Gemini app", "", "en", "launch", None),
    (
        "Luma adds a cheaper plan",
        "Dream Machine users can now pick a Lite plan, which costs $7.99 a month.",
        "en",
        "pricing",
        None,
    ),
]

# -- a first public release into a tier, a store or an API is a launch ---------------------------

FIRST_PUBLIC = [
    (
        "Kling goes live for paying Kuaishou members",
        "Kuaishou on Tuesday opened Kling to general use for the first time, though only paying members can try it.",
        "en",
        "launch",
        None,
    ),
    (
        "Hailuo ouvre aux abonnés payants",
        "MiniMax a mis Hailuo entre les mains du grand public pour la première fois ce lundi.",
        "fr",
        "launch",
        None,
    ),
    # guards: a first time in a market or on a host is an arrival there
    (
        "Kling 2.6 goes live in Japan",
        "Kuaishou opened Kling 2.6 to users in Japan for the first time on Monday.",
        "en",
        "availability",
        None,
    ),
    (
        "Ray3 arrives on Amazon Bedrock",
        "For the first time, AWS customers can call Luma's Ray3 from Bedrock.",
        "en",
        "availability",
        None,
    ),
    ("Seedance 2.0 : ByteDance appuie sur pause pour son lancement mondial", "", "fr", "delay", None),
    ("ByteDance freine le lancement mondial de Seedance 2.0", "", "fr", "delay", None),
    ("Pas d'API pour Vidu Q2 : Shengshu ferme la porte, pour l'instant", "", "fr", "delay", None),
    (
        "Fal retirera plusieurs modèles vidéo, dont Kling 2.1 et Vidu 1.5, le 30 juin",
        "",
        "fr",
        "shutdown",
        None,
    ),
    ("Veo 4 bientôt intégré à Instagram ? Google y songerait", "", "fr", None, None),
    ("Hailuo sur Android : un demi-million d'installations dès le premier jour", "", "fr", None, None),
]

# -- terse wire headlines, hearsay under a question, DE/ES/IT/PT wording --------------------------

TERSE_AND_EUROPEAN = [
    ("Movie Gen 2: no release soon", "", "en", "delay", None),
    ("Kling 3.0 still not public", "", "en", "delay", None),
    ("Hailuo 03 off-limits in Europe", "", "en", "delay", None),
    (
        "Vidu Q2, sin España por ahora",
        "Shengshu no ha dado fecha para su modelo de vídeo.",
        "es",
        "delay",
        None,
    ),
    ("Veo 4, niente UE al debutto", "", "it", "delay", None),
    ("Grok Imagine goes free worldwide, dropping its paywall", "", "en", "availability", None),
    (
        "Veo 4 bientôt dans Instagram ?",
        "Selon The Information, Google envisagerait d'intégrer Veo 4 à Instagram. Rien n'est officiel.",
        "fr",
        None,
        None,
    ),
    (
        "Flow opens to a few testers",
        "Google ouvre Flow, son nouvel outil vidéo, à quelques testeurs de Google Labs.",
        "fr",
        "waitlist",
        None,
    ),
    (
        "Veo 4 in YouTube Shorts: how smart creators will use it",
        "Our take on the b-roll generator.",
        "en",
        None,
        None,
    ),
    ("OpenAI bringt Sora 3 an den Start", "", "de", "launch", None),
    ("Kuaishou mustert ältere Kling-Modelle aus", "", "de", "shutdown", None),
    ("Shengshus Videomodell Vidu Q2 bleibt EU-Nutzern verwehrt", "", "de", "delay", None),
    ("ByteDance congela el estreno mundial de Seedance 2.0", "", "es", "delay", None),
    ("La API de Veo 4 ya es oficial", "", "es", "launch", None),
    ("Luma desliga o Dream Machine e a respetiva API", "", "pt", "shutdown", None),
    ("Adobe Firefly, o gerador de vídeo com IA, ganha app para iPhone", "", "pt", "availability", None),
    # guard: a question answered by hearsay is still a rumour, a report of the fact is news
    (
        "Midjourney's images can now move",
        "Ending months of rumours, Midjourney has released its first video model today.",
        "en",
        "launch",
        None,
    ),
]

# -- a release under an open licence ------------------------------------------------------------

LICENCES = [
    (
        "Wan 3.0: an open challenger to closed video models",
        "Alibaba has published Wan 3.0 under Apache 2.0, with weights for two model sizes.",
        "en",
        "launch",
        None,
    ),
    (
        "HunyuanVideo 2 : Tencent ouvre son modèle vidéo",
        "Tencent a publié HunyuanVideo 2 sous licence Apache ce mardi.",
        "fr",
        "launch",
        None,
    ),
]

# -- first-person reviews in Spanish and Italian ------------------------------------------------

REVIEWS = [
    (
        "He probado Kling 3.0, el nuevo modelo de vídeo de Kuaishou",
        "Durante una semana he generado clips con el nuevo modelo, que Kuaishou lanzó el lunes.",
        "es",
        None,
        None,
    ),
    (
        "Ho provato Vidu Q2: com'è il nuovo modello video",
        "Shengshu ha rilasciato Vidu Q2 martedì; l'ho usato per qualche giorno.",
        "it",
        None,
        None,
    ),
]


TABLES = {
    "answered": ANSWERED,
    "reactions": REACTIONS,
    "unveilings": UNVEILINGS,
    "pages": PAGES,
    "wordings": WORDINGS,
    "arrivals": ARRIVALS,
    "first_public": FIRST_PUBLIC,
    "terse_and_european": TERSE_AND_EUROPEAN,
    "licences": LICENCES,
    "reviews": REVIEWS,
}
ROWS, IDS = table_rows(TABLES)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event", "link"), ROWS, ids=IDS)
def test_thirteenth_round(table, title, summary, lang, event, link) -> None:
    assert verdict(title, summary, lang, link) == event

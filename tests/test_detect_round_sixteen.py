"""Detection cues of the sixteenth round of issue #12, table-driven: a state dated since a
past month or a clause dated after a past release is background; a product's landing page;
restricted access that stays a release's terms, sign-ups no longer accepted, the end of a beta;
chart positions, workshops' waiting lists and fake access; arrivals on the release day, for a
nationality's users, in a language, in a new home or through a host of several labs' models;
a product the entry says is left out; entities a feed escaped twice, numbered newsletters,
university research and share moves; in EN/FR/DE/ES/IT/PT. Rows that pass on the tree
before the round are guards for what the new rules must leave alone; the last ten come
from a second reader's review of the round's diff.

Every headline here was written for these tests, in words of its own: none is taken or
paraphrased from a labelled corpus item.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# -- background: a state since a past date, a clause after a past release ----------------------

BACKGROUND = [
    # (title, summary, lang, event, link)
    (
        "Kling 3.0 turns pet owners into directors",
        "Weeks after Kuaishou opened Kling 3.0 to everyone, owners are posting dogs surfing in "
        "Lisbon and cats running a bakery.",
        "en",
        None,
        None,
    ),
    (
        "Hailuo's surreal cooking clips are the internet's new comfort food",
        "The model, available in the Hailuo app and on fal since March, keeps producing soup that "
        "pours upwards.",
        "en",
        None,
        None,
    ),
    (
        "Des chats astronautes signés Vidu envahissent TikTok",
        "Le modèle de Shengshu, disponible dans CapCut depuis février, est devenu l'outil préféré "
        "des monteurs amateurs.",
        "fr",
        None,
        None,
    ),
    (
        "Pixverse verzaubert Hobbyfilmer",
        "Das seit dem Sommer verfügbare Videomodell von Pixverse liefert inzwischen Clips, die wie "
        "Naturdokus aussehen.",
        "de",
        None,
        None,
    ),
    (
        "Los vídeos de abuelas bailando de Seedance arrasan en Reels",
        "Desde que ByteDance abrió Seedance 2.0 a todos los usuarios en primavera, los clips de "
        "personas mayores bailando no paran de crecer.",
        "es",
        None,
        None,
    ),
    (
        "Grok Imagine e i cani pompieri: il nuovo tormentone",
        "Da quando xAI ha aperto a tutti il suo generatore di video, i social sono pieni di cani in divisa.",
        "it",
        None,
        None,
    ),
    (
        "O que o Ray3 mudou nas agências de publicidade",
        "Um ano depois da estreia do Ray3, agências de Lisboa contam como cortaram orçamentos de "
        "pré-produção.",
        "pt",
        None,
        None,
    ),
    # ... a rollout dated today stays news
    (
        "Hailuo 03 arrives on fal",
        "MiniMax's Hailuo 03 is available on fal since this morning, with per-second billing.",
        "en",
        "availability",
        None,
    ),
]

# -- a product's own landing page ---------------------------------------------------------------

LANDING = [
    (
        "Pika: the idea-to-video platform",
        "Turn your sketches into short animated videos with Pika. Pick a style, type a prompt and "
        "share in seconds. Plans include monthly credits.",
        "en",
        None,
        None,
    ),
    (
        "Hailuo AI — Générateur de vidéos par IA",
        "Transformez vos photos en vidéos animées avec Hailuo. Des crédits sont inclus dans chaque "
        "abonnement.",
        "fr",
        None,
        None,
    ),
    (
        "Kling AI: Videos aus Text und Bild",
        "Verwandeln Sie Ihre Ideen in Videos mit Kling. Monatliche Credits inklusive.",
        "de",
        None,
        None,
    ),
    (
        "Vidu | Crea vídeos con IA",
        "Convierte tus imágenes en vídeos con Vidu. Prueba gratis y compra créditos cuando los necesites.",
        "es",
        None,
        None,
    ),
    # ... an arrival told in the reader's terms is still news
    (
        "Gemini users can now turn photos into Veo 3.1 clips",
        "Google is rolling out photo-to-video with Veo 3.1 to Gemini app users in 150 countries today.",
        "en",
        "availability",
        None,
    ),
]

# -- access: a release's terms, sign-ups no longer accepted, the end of a beta -------------------

ACCESS = [
    (
        "Kling 3.0 : Kuaishou lance son nouveau modèle en accès anticipé",
        "Kuaishou a lancé mercredi Kling 3.0, réservé dans un premier temps aux abonnés Premier.",
        "fr",
        "launch",
        None,
    ),
    (
        "Runway lanza su nuevo modelo Gen-5 en beta cerrada",
        "Runway presentó este martes Gen-5, disponible primero para unos pocos miles de creadores.",
        "es",
        "launch",
        None,
    ),
    (
        "Luma n'accepte plus de nouveaux comptes sur Dream Machine",
        "Face à l'afflux, Luma AI a cessé temporairement d'accepter de nouveaux comptes gratuits.",
        "fr",
        "waitlist",
        None,
    ),
    (
        "Pika deja de aceptar nuevas cuentas tras el éxito de Pika 3",
        "La empresa dice que las cuentas existentes siguen funcionando con normalidad.",
        "es",
        "waitlist",
        None,
    ),
    (
        "Vidu smette di accettare nuovi account gratuiti",
        "Shengshu ha sospeso le nuove iscrizioni gratuite a Vidu per l'alto traffico.",
        "it",
        "waitlist",
        None,
    ),
    (
        "Hailuo deixou de aceitar novas contas por excesso de procura",
        "A MiniMax diz que a pausa no Hailuo é temporária.",
        "pt",
        "waitlist",
        None,
    ),
    (
        "Higgsfield : Soul Video accessible uniquement sur parrainage",
        "Higgsfield n'ouvre son modèle Soul Video qu'aux utilisateurs parrainés par un abonné.",
        "fr",
        "waitlist",
        None,
    ),
    (
        "Seedance 2.0 API: new keys go through an access queue",
        "BytePlus said developers asking for Seedance 2.0 keys are placed in a queue and approved "
        "in batches.",
        "en",
        "waitlist",
        None,
    ),
    (
        "Pixverse met fin à la bêta de son éditeur vidéo",
        "L'éditeur vidéo de Pixverse, jusqu'ici réservé aux testeurs, s'ouvre à tous les comptes.",
        "fr",
        "availability",
        None,
    ),
    (
        "Genmo dice adiós a la lista de espera de Mochi",
        "Cualquier desarrollador puede usar ya la API de Mochi sin solicitud previa.",
        "es",
        "availability",
        None,
    ),
    # ... somebody else's waiting list, fake access, a chart position
    (
        "Atelier Runway à Lyon : liste d'attente ouverte",
        "L'atelier d'initiation à Runway de la médiathèque affiche complet.",
        "fr",
        None,
        None,
    ),
    (
        "Workshop on Veo 4 fills up, waitlist opens",
        "The community workshop on building with Veo 4 has reached its 80 seats.",
        "en",
        None,
        None,
    ),
    (
        "La Guardia Civil avisa de falsos accesos anticipados a Sora",
        "Los correos piden datos bancarios a cambio de acceso anticipado al generador de vídeo.",
        "es",
        None,
        None,
    ),
    (
        "Vibes lidera las descargas en Chile pese a la lista de espera",
        "La app de vídeo de Meta es la más descargada de la semana, aunque todavía pide invitación.",
        "es",
        None,
        None,
    ),
    (
        "Kling numéro un des téléchargements malgré l'accès sur invitation",
        "L'application de vidéo de Kuaishou est en tête de l'App Store cette semaine.",
        "fr",
        None,
        None,
    ),
]

# -- arrivals -----------------------------------------------------------------------------------

ARRIVALS = [
    (
        "Kling 3.0 arriva su Vertex AI il giorno del lancio",
        "Google Cloud ha aggiunto Kling 3.0 al suo catalogo poche ore dopo la presentazione.",
        "it",
        "launch",
        None,
    ),
    (
        "Vidu Q3 chega ao fal no dia do lançamento",
        "A Shengshu disponibilizou o Vidu Q3 no fal no mesmo dia em que o apresentou.",
        "pt",
        "launch",
        None,
    ),
    (
        "Pika lance Pika 3 pour les utilisateurs européens",
        "Les abonnés européens de Pika peuvent désormais générer des vidéos avec Pika 3.",
        "fr",
        "availability",
        None,
    ),
    (
        "A Runway libera o Gen-4.5 para usuários brasileiros",
        "A partir de hoje, o modelo pode ser usado no Brasil com pagamento em reais.",
        "pt",
        "availability",
        None,
    ),
    (
        "Runway lança o Gen-4.5 em português",
        "A interface e os tutoriais do Gen-4.5 passam a estar disponíveis em português.",
        "pt",
        "availability",
        None,
    ),
    (
        "Hailuo 03 finds a new home on Azure",
        "Microsoft added MiniMax's Hailuo 03 to its Foundry catalogue on Thursday.",
        "en",
        "availability",
        None,
    ),
    (
        "Scaleway lance Wan 2.2 et Mochi dans son catalogue",
        "L'hébergeur français propose deux modèles vidéo ouverts via son API, hébergés à Paris.",
        "fr",
        "availability",
        None,
    ),
    (
        "Synthesia launches an Express-2 app for Slack",
        "Teams can now make avatar videos from Slack with Synthesia's Express-2 model.",
        "en",
        "availability",
        None,
    ),
    (
        "Luma's video model now lives inside Canva",
        "Canva users can pick Ray3 from the Magic Media panel starting today.",
        "en",
        "availability",
        None,
    ),
    (
        "Veo 3.1 se glisse dans YouTube Shorts en Belgique",
        "Les créateurs belges peuvent générer des séquences avec Veo 3.1 dans Shorts depuis ce matin.",
        "fr",
        "availability",
        None,
    ),
    # ... a product left out, a denied video feature: no subject
    (
        "ChatGPT Go arrives in Italy",
        "OpenAI launched its cheaper ChatGPT Go plan in Italy; the plan does not include Sora video "
        "generation.",
        "en",
        None,
        None,
    ),
    (
        "Nano Banana débarque dans Google Photos en Suisse",
        "Le modèle d'images retouche les clichés par instruction. Aucune génération vidéo n'est proposée.",
        "fr",
        None,
        None,
    ),
    # ... guards: a new model placed on its owner's platform stays a launch
    (
        "Veo 4 arrives in the Gemini app",
        "Google released Veo 4, its newest video model, today in the Gemini app and in Flow.",
        "en",
        "launch",
        None,
    ),
]

# -- feed noise and other pages -------------------------------------------------------------------

NOISE = [
    (
        "Pika stellt &quot;Pikaframes&quot;-App zum Jahresende ein",
        "Pika wird die eigenständige App &quot;Pikaframes&quot; am 31. Dezember abschalten.",
        "de",
        "shutdown",
        None,
    ),
    (
        "Kling AI d&eacute;barque sur le Play Store en Belgique",
        "L&#8217;application de Kuaishou est d&eacute;sormais disponible en Belgique.",
        "fr",
        "availability",
        None,
    ),
    (
        "Video AI Weekly #57: Runway prices, Pika hires, and a new dataset",
        "In today's issue: Runway trims Gen-4.5 rates; Pika names a design chief; a dataset for "
        "motion research.",
        "en",
        None,
        None,
    ),
    (
        "Universität Stuttgart: Verfahren macht KI-Videos stabiler",
        "Forschende haben ein Verfahren vorgestellt, das Modellen wie Wan weniger Flackern beibringt.",
        "de",
        None,
        None,
    ),
    (
        "Adobe shares slip despite strong Firefly video usage",
        "Adobe stock fell 3% after earnings; generative credits used on Firefly video doubled.",
        "en",
        None,
        None,
    ),
    (
        "Runway Gen:48 Challenge — $30,000 in prizes",
        "Runway invites creators to make a short film in 48 hours with Gen-4.5.",
        "en",
        None,
        None,
    ),
    (
        "Kling AI introduce prezzi in euro e abbassa il piano Standard",
        "Il piano Standard di Kling costa ora 8,99 euro al mese.",
        "it",
        "pricing",
        None,
    ),
]

# -- guards from a second reader's review: news the new rules must leave alone ---------------------

REVIEW_GUARDS = [
    (
        "Google lets Gemini users try Veo 3 for free this weekend",
        "Google is opening Veo 3 to every Gemini user, free of charge, until Sunday night.",
        "en",
        "availability",
        None,
    ),
    (
        "Les abonnés gratuits de Gemini peuvent enfin générer des vidéos",
        "Les comptes gratuits, jusqu'ici sans accès à Veo 3, peuvent créer des vidéos depuis ce matin.",
        "fr",
        "availability",
        None,
    ),
    (
        "Veo 3 llega a España el primer día de julio",
        "Google activará Veo 3 en la app Gemini para los usuarios españoles a partir del 1 de julio.",
        "es",
        "availability",
        None,
    ),
    (
        "Google encerra o serviço beta do VideoFX",
        "O Google vai desligar o VideoFX no fim do mês e levar as funções para o Flow.",
        "pt",
        "shutdown",
        None,
    ),
    (
        "Runway gets a new home in London's King's Cross",
        "The company is moving its European team into a new office near the station.",
        "en",
        None,
        None,
    ),
    (
        "Veo 4 sarà disponibile in Italia da luglio",
        "Google porterà Veo 4 nell'app Gemini in Italia a partire da luglio.",
        "it",
        "availability",
        None,
    ),
    (
        "Google despliega Veo 3 por tandas en España",
        "Los usuarios de Gemini en España irán recibiendo Veo 3 a lo largo de la semana.",
        "es",
        "availability",
        None,
    ),
    (
        "Sora 2 Android: of course there's a waitlist",
        "OpenAI's Android app for Sora 2 opened pre-registration on Google Play today.",
        "en",
        "waitlist",
        None,
    ),
    (
        "Runway launches Gen-5, with a $1M prize for the best short film",
        "Runway released Gen-5 today to all paid plans.",
        "en",
        "launch",
        None,
    ),
    (
        "Adobe Firefly Video jetzt gratis für Studierende jeder Hochschule",
        "Adobe öffnet das Firefly Video Model ab heute kostenlos für Studierende.",
        "de",
        "availability",
        None,
    ),
]

TABLES = {
    "background": BACKGROUND,
    "landing": LANDING,
    "access": ACCESS,
    "arrivals": ARRIVALS,
    "noise": NOISE,
    "review_guards": REVIEW_GUARDS,
}
ROWS, IDS = table_rows(TABLES)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event", "link"), ROWS, ids=IDS)
def test_sixteenth_round(table, title, summary, lang, event, link) -> None:
    assert verdict(title, summary, lang, link) == event

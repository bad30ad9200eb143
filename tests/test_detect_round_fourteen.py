"""Detection cues of the fourteenth round of issue #12, table-driven: scams, fakes and a trade
in invites (a format of their own), other media's prices, a price that details a release,
arrivals told by a destination alone or by "now" somewhere, a denied novelty, a product's name
as an epithet, an office that opens, reviews, audits, revenue, research words in a release's
headline, section labels, tails and confirmed rumours around the news, and unofficial
tools, in EN/FR/DE/ES/IT/PT. Rows that pass on the tree before the round are guards for what
the new rules must leave alone.

Every headline here was written for these tests, in words of its own: none is taken or
paraphrased from a labelled corpus item.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# -- scams, fakes, phishing and a trade in invites: a third party's doing ----------------------

FRAUD = [
    # (title, summary, lang, event, link)
    (
        "Phishing texts dangle early access to Runway Gen-5",
        "The messages link to a page that asks for card details.",
        "en",
        None,
        None,
    ),
    (
        "Copycat 'Veo 4 Pro' app pulled from Google Play after charging users",
        "Google's video model has no standalone app; the developer is unknown.",
        "en",
        None,
        None,
    ),
    (
        "Kling 3.0 invite codes resold for $40 on Telegram",
        "Kuaishou's video model is still invite-only in most countries.",
        "en",
        None,
        None,
    ),
    (
        "Arnaque : de faux sites promettent une inscription prioritaire à Hailuo 03",
        "MiniMax rappelle que l'accès à son modèle vidéo passe par son seul site officiel.",
        "fr",
        None,
        None,
    ),
    (
        "Sur X, la revente d'invitations pour Ray3 s'organise",
        "Les codes d'accès au modèle vidéo de Luma partent à 30 euros.",
        "fr",
        None,
        None,
    ),
    (
        "Estafa: una app falsa de Sora cobra suscripciones en Android",
        "OpenAI no tiene relación con el desarrollador de esta aplicación de vídeo.",
        "es",
        None,
        None,
    ),
    (
        "Truffa sugli inviti a Vidu Q2: la polizia postale mette in guardia",
        "I truffatori chiedono un bonifico per un presunto accesso anticipato al modello video.",
        "it",
        None,
        None,
    ),
    (
        "Golpistas vendem falso acesso antecipado ao Veo 4 no Instagram",
        "O Google diz que nunca cobra por convites para o seu modelo de vídeo.",
        "pt",
        None,
        None,
    ),
    (
        "Betrüger locken mit gefälschten Einladungen zu Seedance 2.0",
        "ByteDance warnt vor Phishing rund um sein Videomodell.",
        "de",
        None,
        None,
    ),
    # guards: the owner's own access news
    ("Runway opens a waitlist for Gen-5", "", "en", "waitlist", None),
    (
        "Luma met Ray3 en accès sur invitation",
        "Le modèle vidéo n'est ouvert qu'à quelques créateurs.",
        "fr",
        "waitlist",
        None,
    ),
]

# -- another medium's price: speech, voice, music, 3D or images --------------------------------

OTHER_MEDIA = [
    ("Runway halves the price of its voice model API", "", "en", None, None),
    ("Luma cuts image API prices to half a cent per image", "", "en", None, None),
    ("MiniMax baisse le prix de sa synthèse vocale", "", "fr", None, None),
    ("Kuaishou senkt die Preise für sein Bildmodell", "", "de", None, None),
    ("Alibaba abarata su modelo de voz en la nube", "", "es", None, None),
    # guard: the video model's own price
    ("Runway cuts Gen-4 Turbo API prices by 40%", "", "en", "pricing", None),
]

# -- a price that details what the headline releases -----------------------------------------

PRICED_RELEASES = [
    ("Pixverse launches V6, priced at 30 credits per clip", "", "en", "launch", None),
    ("Hailuo 03 arrives with 1080p output at 25 credits a video", "", "en", "launch", None),
    ("Kuaishou lança o Kling 3.0 com preço de US$ 0,12 por segundo", "", "pt", "launch", None),
    ("Seedance 2.0 est lancé, à partir de 8 crédits la vidéo", "", "fr", "launch", None),
    # guard: a price change named first is the news
    ("Luma cuts Ray3 API price to $0.20 per second", "", "en", "pricing", None),
]

# -- an arrival told by its destination, whatever the place is called -------------------------

DESTINATIONS = [
    ("Hailuo 02 arrives in Zoom Workplace", "", "en", "availability", None),
    ("Veo 3.1 arrive dans l'offre Google AI Starter", "", "fr", "availability", None),
    ("Nova Reel arriva nella region AWS di Francoforte", "", "it", "availability", None),
    ("Kling 2.5 llega a Microsoft Clipchamp", "", "es", "availability", None),
    # guards: the owner's own release, and a time after the preposition
    ("Gen-5 débarque chez Runway", "", "fr", "launch", None),
    ("Sora 3 arrives with synchronized dialogue", "", "en", "launch", None),
]

# -- "now" somewhere, with no verb of arrival -------------------------------------------------

NOW_SOMEWHERE = [
    ("Seedance 2.0 ya está en Amazon Bedrock", "", "es", "availability", None),
    ("Hailuo 02 agora no app da Canva", "", "pt", "availability", None),
    ("Veo 3.1 ora disponibile su Vertex AI in Europa", "", "it", "availability", None),
    ("Luma Ray3 jetzt auf Adobe Firefly", "", "de", "availability", None),
    ("Wan 2.5 now on Replicate", "", "en", "availability", None),
    # guard: a state is no place
    (
        "Veo 3 now in testing for longer clips",
        "Google's video model keeps 8-second clips for now.",
        "en",
        None,
        None,
    ),
]

# -- a novelty denied ------------------------------------------------------------------------

DENIED_NOVELTY = [
    (
        "Kling debuts in Brazil with local pricing",
        "Kuaishou's video app is now available in Brazil; no new model version comes with it.",
        "en",
        "availability",
        None,
    ),
    # guard: a novelty affirmed
    (
        "Kling 3.0 debuts in Brazil",
        "Kuaishou's new model version reaches Brazilian users first.",
        "en",
        "launch",
        None,
    ),
]

# -- a product's name as an epithet ------------------------------------------------------------

EPITHETS = [
    (
        "La start-up Plancher, « le Sora du plan d'architecte », ouvre sa liste d'attente",
        "Elle génère des plans à partir de croquis.",
        "fr",
        None,
        None,
    ),
    ("Meet the Midjourney of interior design: a startup opens its waitlist", "", "en", None, None),
    (
        "Nace el Kling de los videojuegos retro y abre su lista de espera",
        "La startup genera niveles de juego a partir de texto.",
        "es",
        None,
        None,
    ),
    # guards: the product of its owner
    ("Le Sora d'OpenAI arrive en Belgique", "", "fr", "availability", None),
    ("O Sora do ChatGPT chega a Portugal", "", "pt", "availability", None),
]

# -- corporate, review, research and revenue news that quotes access or price words ------------

BACKGROUND = [
    ("Runway opens a new office in Tokyo", "The video AI company will hire 40 people.", "en", None, None),
    ("Luma ouvre un bureau à Londres", "La start-up du modèle vidéo Ray3 recrute.", "fr", None, None),
    ("Pixverse apre una sede a Madrid", "L'azienda del modello video V5 cerca personale.", "it", None, None),
    ("Kling 3.0 after three weeks: my honest take", "I got access from the waitlist.", "en", None, None),
    (
        "University team publishes audit of Sora 2 made under early access",
        "The study tested bias in OpenAI's video model.",
        "en",
        None,
        None,
    ),
    ("Hailuo crosses $200M ARR", "MiniMax's video app keeps adding paying users.", "en", None, None),
    ("Runway duplica sus ingresos gracias a Gen-4", "", "es", None, None),
    (
        "Our Veo bill hit $9,000 in a weekend: a postmortem",
        "A loop in our pipeline called Google's video API all night.",
        "en",
        None,
        None,
    ),
    # guard: a switch of billing is the owner's price change
    ("Synthesia moves its API to per-second billing", "", "en", "pricing", None),
    ("Runway passe à une facturation à la seconde pour l'API de Gen-4", "", "fr", "pricing", None),
]

# -- research words that describe what a release brings -------------------------------------

RESEARCH_RELEASES = [
    ("Tencent releases HunyuanVideo 2 weights with a technical report", "", "en", "launch", None),
    ("Runway releases Gen-5 with breakthrough character consistency", "", "en", "launch", None),
    # guards: a paper or a demo is research, whatever it is about
    ("Researchers release paper on Veo 3 biases", "", "en", None, None),
    ("Google researchers unveil a space-time diffusion model for video", "", "en", None, None),
]

# -- genre words around the news: a section label, a tail after a comma, a rumour come true ----

NEWS_WITH_GENRE_WORDS = [
    (
        "Video Tools Guide: Luma ships Ray4 with 20-second shots",
        "Luma AI on Tuesday released Ray4, its newest video model, to all Dream Machine subscribers.",
        "en",
        "launch",
        None,
    ),
    (
        "Guia de IA | Runway lança o Gen-5 para todos os assinantes",
        "A Runway lançou nesta quarta-feira o Gen-5, seu novo modelo de vídeo.",
        "pt",
        "launch",
        None,
    ),
    (
        "Kling 3.0 comes to CapCut in Europe, explained",
        "Kuaishou today added Kling 3.0 to CapCut for users in the EU and the UK.",
        "en",
        "availability",
        None,
    ),
    (
        "Seedance 2.0 misses its European launch date",
        "ByteDance has pushed back the EU release of its video model with no new date.",
        "en",
        "delay",
        None,
    ),
    (
        "Why Google is holding Veo 4 back in Switzerland",
        "Google said on Monday that Veo 4 will not be offered in Switzerland for now.",
        "en",
        "delay",
        None,
    ),
    (
        "Les rumeurs étaient fondées : Luma repousse Ray4 en Europe",
        "Luma AI a confirmé mardi que son modèle vidéo n'arrivera pas en Europe avant l'été.",
        "fr",
        "delay",
        None,
    ),
    # guards: a guide with a product in its first clause, a rumour left unconfirmed
    (
        "Ray4 guide: how to get 20-second shots",
        "Luma AI released Ray4 on Tuesday; here is how to use its longer shots.",
        "en",
        None,
        None,
    ),
    ("Rumor: Seedance 3.0 launches before the end of the year", "", "en", None, None),
]

# -- slips by a duration, exclusions lifted, prices published ---------------------------------

WORDINGS = [
    ("Luma repousse Ray4 de trois semaines", "Le modèle vidéo devait sortir lundi.", "fr", "delay", None),
    (
        "Hailuo 03 : les Européens peuvent enfin l'utiliser",
        "MiniMax ouvre son modèle vidéo aux utilisateurs de l'UE, jusqu'ici exclus.",
        "fr",
        "availability",
        None,
    ),
    ("Kling 3.0 API: Kuaishou publishes its pricing", "", "en", "pricing", None),
    ("API Seedance 2.0 : ByteDance dévoile sa grille tarifaire", "", "fr", "pricing", None),
    (
        "Genmo stellt seine gehostete Videoplattform ein",
        "Das Videomodell Mochi bleibt als Open Source.",
        "de",
        "shutdown",
        None,
    ),
    (
        "Kuaishou retirará Kling 1.6 en marzo",
        "El modelo de vídeo dejará de funcionar.",
        "es",
        "shutdown",
        None,
    ),
    ("Pixverse pone lista de espera a su modelo V6", "", "es", "waitlist", None),
    ("Kling 3.0 fica mais caro no plano Pro", "", "pt", "pricing", None),
    ("Hailuo 03 ora anche via API", "", "it", "availability", None),
    # guards: another medium, a work made with the tool
    ("ByteDance lanza Seedream 6.0, su nuevo modelo para generar imágenes", "", "es", None, None),
    ("Luma AI lança Photon 3, seu novo modelo de imagens", "", "pt", None, None),
    (
        "Marca lança comercial feito com Kling na TV aberta",
        "O filme publicitário foi gerado com o modelo de vídeo da Kuaishou.",
        "pt",
        None,
        None,
    ),
    # guard: pushing the limits is no delay
    (
        "Runway Gen-5 repousse les limites de la vidéo générée",
        "Runway a lancé mardi Gen-5, son nouveau modèle vidéo.",
        "fr",
        "launch",
        None,
    ),
]

# -- guards from the round's review: idioms, nouns and objects that are no event --------------

GUARDS = [
    ("OpenAI ouvre l'accès à Sora 2 dès aujourd'hui en France", "", "fr", "availability", None),
    ("Gen-4.5 Turbo arrives at Runway: what's new", "", "en", "launch", None),
    ("Kling 2.1 arrive sur le marché", "Le modèle vidéo de Kuaishou sort ce mardi.", "fr", "launch", None),
    ("Runway launches Gen-4.5 to change how filmmakers work", "", "en", "launch", None),
    ("Midjourney video launches in a new Discord bot", "", "en", "launch", None),
    ("Google releases Veo 3 research paper", "", "en", None, None),
    ("Review: Runway Gen-4 launches with better motion", "Runway today launched Gen-4.", "en", None, None),
    ("Veo 3 now in doubt after lawsuit", "Google's video model faces a copyright claim.", "en", None, None),
    (
        "Veo 3 abarata la producción de anuncios",
        "El modelo de vídeo de Google gana agencias.",
        "es",
        None,
        None,
    ),
    ("OpenAI retirará la marca de agua de Sora 2", "La app de vídeo cambia sus normas.", "es", None, None),
    (
        "Kuaishou stellt Kling-Tool für ein globales Publikum vor",
        "Das Videomodell bekommt eine neue App.",
        "de",
        None,
        None,
    ),
]

# -- a third party's unofficial tool ----------------------------------------------------------

LIBRARIES = [
    ("Unofficial 'klingkit' CLI adds Seedance support", "", "en", None, None),
    ("This Discord bot makes Hailuo 02 videos on request", "", "en", None, None),
    (
        "Un outil non officiel ajoute Veo 3 à Premiere",
        "L'extension appelle le modèle vidéo de Google.",
        "fr",
        None,
        None,
    ),
    # guard: the owner's own SDK release is not somebody's tool
    ("Runway releases Gen-4 Turbo in its API", "", "en", "launch", None),
]


TABLES = {
    "fraud": FRAUD,
    "other_media": OTHER_MEDIA,
    "priced_releases": PRICED_RELEASES,
    "destinations": DESTINATIONS,
    "now_somewhere": NOW_SOMEWHERE,
    "denied_novelty": DENIED_NOVELTY,
    "epithets": EPITHETS,
    "background": BACKGROUND,
    "research_releases": RESEARCH_RELEASES,
    "news_with_genre_words": NEWS_WITH_GENRE_WORDS,
    "wordings": WORDINGS,
    "guards": GUARDS,
    "libraries": LIBRARIES,
}
ROWS, IDS = table_rows(TABLES)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event", "link"), ROWS, ids=IDS)
def test_fourteenth_round(table, title, summary, lang, event, link) -> None:
    assert verdict(title, summary, lang, link) == event

"""Detection cues of the fifteenth round of issue #12, table-driven: a release day's
explainer, hands-on or name-only headline over a lede that dates the owner's release today;
arrivals told as an app for a device, a model opened to free accounts, a switch turned on for
a region, a product leaving preview; "Comment Google déploie ..." as a feature, not a how-to;
third parties claiming to offer the product; idioms and retrospectives; a release verb that
takes the product before where it ships; past-tense unveilings in ES/PT/IT; a rhetorical
headline over a dated lede; startups and apps that use a product; digests; the owner's act on
something else (a course, a hire, a reseller's catalogue); waitlists ended, capped or
reserved to partners, in EN/FR/DE/ES/IT/PT. Rows that pass on the tree before the round
are guards for what the new rules must leave alone.

Every headline here was written for these tests, in words of its own: none is taken or
paraphrased from a labelled corpus item.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# -- a release day's coverage: the format is a service line of today's news --------------------

RELEASE_DAY = [
    # (title, summary, lang, event, link)
    (
        "Gen-5, explained: what Runway's new model can and can't do",
        "Runway released Gen-5 this morning to paid plans, with 20-second shots and native sound.",
        "en",
        "launch",
        None,
    ),
    (
        "Hands-on: PixVerse V6 is faster, and weirder",
        "PixVerse shipped its V6 video model overnight; I spent three hours with it.",
        "en",
        "launch",
        None,
    ),
    (
        "Hailuo 03",
        "MiniMax pushed Hailuo 03 live last night for every subscriber, with 12-second clips.",
        "en",
        "launch",
        None,
    ),
    (
        "Ray4 : tout ce qu'il faut savoir",
        "Luma AI a lancé ce jeudi Ray4, son nouveau modèle vidéo, dans Dream Machine et via son API.",
        "fr",
        "launch",
        "https://example.fr/ray4-ce-qu-il-faut-savoir",
    ),
    (
        "Erster Eindruck: Kling 3.5 im Test",
        "Kuaishou hat Kling 3.5 in der Nacht veröffentlicht, wir haben das Videomodell sofort ausprobiert.",
        "de",
        "launch",
        None,
    ),
    (
        "Vidu Q4: todo lo que sabemos",
        "Shengshu ha lanzado hoy Vidu Q4, la nueva versión de su generador de vídeo.",
        "es",
        "launch",
        None,
    ),
    (
        "Abbiamo provato Seedance 3.5 il giorno del lancio",
        "ByteDance ha rilasciato il nuovo modello video su CapCut e Dreamina.",
        "it",
        "launch",
        None,
    ),
    (
        "Testamos o Gen-5 no dia do lançamento",
        "A Runway lançou o novo modelo de vídeo para os planos pagos.",
        "pt",
        "launch",
        None,
    ),
    # guards: weeks later, a dated background, a comparison, a traction headline
    (
        "Gen-5, explained: what Runway's model can and can't do",
        "Runway released Gen-5 in March; here is what it does after three updates.",
        "en",
        None,
        None,
    ),
    (
        "Ray4 : tout ce qu'il faut savoir",
        "Sorti en juin 2026, Ray4 est le modèle vidéo de Luma AI ; voici ses forces et ses limites.",
        "fr",
        None,
        None,
    ),
    (
        "Kling 3.5 vs Veo 4: which video model wins?",
        "Kuaishou released Kling 3.5 on Tuesday; we ran both models on twenty prompts.",
        "en",
        None,
        None,
    ),
    (
        "Sora's Android app passes a million installs on launch day",
        "OpenAI's video app arrived on Google Play on Tuesday.",
        "en",
        None,
        None,
    ),
    (
        "Hands-on: Ray4 after a week of prompts",
        "Luma released Ray4 on Tuesday; I have used it for several days since.",
        "en",
        None,
        None,
    ),
    (
        "Premières impressions sur Hailuo 04",
        "MiniMax a lancé mardi son nouveau modèle vidéo ; nous l'utilisons depuis, pendant deux semaines.",
        "fr",
        None,
        None,
    ),
    (
        "How to use Veo 4 in the Gemini app",
        "Google released Veo 4 on Tuesday; follow these steps to make your first clip.",
        "en",
        None,
        None,
    ),
]

# -- arrivals in more words ----------------------------------------------------------------------

ARRIVALS = [
    (
        "Luma launches its Android app for Dream Machine",
        "The video generator was web and iOS only.",
        "en",
        "availability",
        None,
    ),
    (
        "Kling ships a native Mac app",
        "Kuaishou's AI video generator now runs on macOS.",
        "en",
        "availability",
        None,
    ),
    (
        "Runway opens Gen-4.5 to free accounts",
        "Basic users can now generate with the video model.",
        "en",
        "availability",
        None,
    ),
    (
        "PixVerse V5 goes live in the Gulf",
        "Users in Saudi Arabia and the UAE get the video app.",
        "en",
        "availability",
        None,
    ),
    (
        "Nova Reel 2 exits preview on Bedrock",
        "Amazon's video model is now generally available.",
        "en",
        "availability",
        None,
    ),
    (
        "Hailuo publie une application pour Windows",
        "Le générateur vidéo de MiniMax était réservé au web.",
        "fr",
        "availability",
        None,
    ),
    (
        "Pika ouvre son générateur de vidéos à tous les utilisateurs",
        "Plus besoin d'invitation.",
        "fr",
        "availability",
        None,
    ),
    (
        "Kling arrive en Afrique francophone",
        "Le générateur vidéo est accessible au Sénégal et au Cameroun.",
        "fr",
        "availability",
        None,
    ),
    (
        "Vidu sort de la bêta",
        "Le modèle vidéo de Shengshu est désormais proposé à tous.",
        "fr",
        "availability",
        None,
    ),
    (
        "HeyGen veröffentlicht eine App für Microsoft Teams",
        "Unternehmen erstellen Avatar-Videos direkt im Chat.",
        "de",
        "availability",
        None,
    ),
    (
        "Luma abre Ray3 a las cuentas gratuitas",
        "El modelo de vídeo ya no exige suscripción.",
        "es",
        "availability",
        None,
    ),
    (
        "La API de Hailuo deja atrás la fase beta",
        "MiniMax anuncia la disponibilidad para empresas.",
        "es",
        "availability",
        None,
    ),
    (
        "Wan 3.0 esce dall'anteprima su Alibaba Cloud",
        "Il modello video è ora disponibile in produzione.",
        "it",
        "availability",
        None,
    ),
    (
        "A Pika libera o modelo 2.5 para contas gratuitas",
        "O gerador de vídeo era exclusivo dos planos pagos.",
        "pt",
        "availability",
        None,
    ),
    # guard: an app that shuts down is no arrival
    (
        "Luma stellt die alte Dream-Machine-App für iOS ein",
        "Das Videotool bleibt im Web verfügbar; Jahresabos werden erstattet.",
        "de",
        "shutdown",
        None,
    ),
]

# -- "Comment X ..." headlines: a feature with a name, a how-to with an infinitive ---------------

FEATURES = [
    (
        "Comment Google déploie Veo 4 en Belgique",
        "Google a commencé ce mardi à déployer Veo 4 en Belgique pour les abonnés AI Pro.",
        "fr",
        "availability",
        None,
    ),
    (
        "Comment Runway baisse le prix de Gen-4.5",
        "Runway a annoncé lundi une baisse de 30 % du prix de son modèle vidéo Gen-4.5.",
        "fr",
        "pricing",
        None,
    ),
    # guards: how-tos stay how-tos
    (
        "Comment utiliser Veo 4 en Belgique",
        "Le modèle vidéo de Google est disponible depuis mardi pour les abonnés AI Pro.",
        "fr",
        None,
        None,
    ),
    (
        "Comment Seedance bouscule les studios",
        "Le modèle vidéo de ByteDance, sorti en février, inquiète les producteurs.",
        "fr",
        None,
        None,
    ),
]

# -- somebody else's claims, idioms, usage figures and retrospectives ----------------------------

NOT_THE_OWNER = [
    (
        "A site claims to bring Veo 4 to Windows for free",
        "Google has no desktop app; security firms warn about the download.",
        "en",
        None,
        None,
    ),
    (
        "Une extension prétend offrir Sora 3 gratuitement : méfiance",
        "Rien d'officiel : OpenAI ne propose pas d'extension pour son modèle vidéo.",
        "fr",
        None,
        None,
    ),
    (
        "Una web promete Kling 3.5 gratis: es falsa",
        "Kuaishou no tiene relación con la página, que cobra una suscripción.",
        "es",
        None,
        None,
    ),
    (
        "Hailuo tocca quota 30 milioni di utenti",
        "MiniMax festeggia la crescita del generatore video.",
        "it",
        None,
        None,
    ),
    (
        "Vibes now serves 60 million AI videos a day",
        "Meta's video feed is in the Meta AI app in 40 countries.",
        "en",
        None,
        None,
    ),
    (
        "Sora, six mois après sa fermeture : que reste-t-il ?",
        "Arrêté par OpenAI au printemps, le générateur vidéo a laissé des héritiers.",
        "fr",
        None,
        None,
    ),
    (
        "El efecto Veo que no se apaga",
        "Los vídeos del modelo de Google siguen arrasando en redes.",
        "es",
        None,
        None,
    ),
    ("Kling 3.0 is still the video model to beat, eight months on", "", "en", None, None),
]

# -- a release verb before where the new thing ships ---------------------------------------------

RELEASES = [
    (
        "How Alibaba fit Wan 3.0 on one GPU",
        "Alibaba on Tuesday open-sourced Wan 3.0, a video model whose weights are now on Hugging Face.",
        "en",
        "launch",
        None,
    ),
    (
        "Pika 3, la IA que convierte bocetos en vídeo",
        "Pika presentó este martes Pika 3, la nueva versión de su generador de vídeo, ya disponible en su web.",
        "es",
        "launch",
        None,
    ),
    (
        "Gen-5 chega aos criadores",
        "A Runway apresentou nesta terça-feira o Gen-5, novo modelo de vídeo, já disponível no app.",
        "pt",
        "launch",
        None,
    ),
    (
        "Fini les tournages de pubs ?",
        "Google a présenté mardi Veo 4 Fast, son modèle vidéo plus rapide, disponible dès aujourd'hui dans Flow.",
        "fr",
        "launch",
        None,
    ),
    # guards: an arrival of a product released before; a rumour under a question
    (
        "Veo 3 lands in Google Photos",
        "Google, which released Veo 3 in May, rolled it out today in the Photos app.",
        "en",
        "availability",
        None,
    ),
    (
        "Sora 3 bientôt dans ChatGPT ?",
        "OpenAI envisagerait d'intégrer son modèle vidéo dès ce mardi, selon une fuite.",
        "fr",
        None,
        None,
    ),
]

# -- somebody's tool on a product, a digest, the owner's act on another thing ------------------

BUILDERS = [
    ("Reelcraft, a studio running on Kling, opens its waitlist", "", "en", None, None),
    (
        "Una startup de Sevilla crea vídeos de producto con la API de Hailuo",
        "Su herramienta está en beta cerrada y ya acumula 2.000 inscritos.",
        "es",
        None,
        None,
    ),
    (
        "Un'app milanese usa Seedance per i video immobiliari: accesso su invito",
        "La startup genera clip per agenzie con il modello di ByteDance.",
        "it",
        None,
        None,
    ),
    (
        "Kölner Startup baut Werbeclips mit Runway-API – Warteliste offen",
        "Händler können sich ab sofort eintragen.",
        "de",
        None,
        None,
    ),
    # guard: the owner's own waitlist
    (
        "Runway opens a waitlist for Gen-5",
        "The video model reaches paying users first.",
        "en",
        "waitlist",
        None,
    ),
]

DIGESTS = [
    (
        "This week in AI: Vidu Q4 arrives, plus new chip rules",
        "Shengshu released Vidu Q4 on Tuesday, its first model with 4K output.",
        "en",
        "launch",
        None,
    ),
    (
        "L'essentiel de la semaine en IA : Hailuo 04, puces et régulation",
        "MiniMax a lancé mardi Hailuo 04, son nouveau modèle vidéo, disponible sur le web.",
        "fr",
        "launch",
        None,
    ),
    (
        "Récap de la semaine : 10 infos IA à retenir",
        "Mistral lève des fonds, Vidu ferme ses inscriptions, Apple prépare sa keynote.",
        "fr",
        None,
        None,
    ),
    (
        "Seven video-model launches you probably missed in October",
        "Vidu, PixVerse and Hailuo all shipped updates while everyone watched LLMs.",
        "en",
        None,
        None,
    ),
    (
        "IA in pillole: le notizie della settimana",
        "Questa settimana: un nuovo modello di ragionamento, Kling apre una lista d'attesa e molto altro.",
        "it",
        None,
        None,
    ),
]

ANOTHER_OBJECT = [
    (
        "Kling lance un programme pour les créateurs belges",
        "Les participants reçoivent des crédits pour le générateur vidéo de Kuaishou.",
        "fr",
        None,
        None,
    ),
    (
        "Luma AI hires a former DreamWorks executive as chief creative officer",
        "The company, which cleared its Ray3 waitlist in the spring, wants closer ties with studios.",
        "en",
        None,
        None,
    ),
    (
        "Vidstack adds 16 video models under one credit plan",
        "The reseller now offers Veo 4, Kling 3.0 and Hailuo 03.",
        "en",
        None,
        None,
    ),
    (
        "Une plateforme lyonnaise réunit 25 modèles vidéo sous un abonnement unique",
        "Kling, Veo et Hailuo y sont facturés en crédits maison.",
        "fr",
        None,
        None,
    ),
    ("Adobe says Firefly video generations up fivefold since spring", "", "en", None, None),
    (
        "Snap launches its own text-to-video model for Lenses",
        "Snapchat users can turn a prompt into a 5-second clip, the company said on Tuesday.",
        "en",
        "launch",
        None,
    ),
    # guard: the owner's own credits are its news
    (
        "OpenAI launches Sora credits for heavy users",
        "Packs of extra video generations cost $10.",
        "en",
        "pricing",
        None,
    ),
]

ACCESS = [
    ("Fini la liste d'attente : Pika ouvre Pika 3 à tout le monde", "", "fr", "availability", None),
    (
        "Adiós a la lista de espera: Ray4 llega a todos los usuarios",
        "Luma elimina la lista de espera de su modelo de vídeo.",
        "es",
        "availability",
        None,
    ),
    (
        "Hailuo acaba com lista de espera do modelo de vídeo",
        "Todos os usuários podem gerar clipes.",
        "pt",
        "availability",
        None,
    ),
    (
        "Higgsfield plafonne les nouvelles inscriptions à 5 000 par jour",
        "Le générateur vidéo est saturé depuis sa mise à jour.",
        "fr",
        "waitlist",
        None,
    ),
    (
        "Kling AI: new accounts can't generate videos for now",
        "Kuaishou cites exceptional load on its video generator.",
        "en",
        "waitlist",
        None,
    ),
    ("Moonvalley réserve Marey 3 à une vingtaine de studios partenaires", "", "fr", "waitlist", None),
    (
        "Adobe limits Firefly's Scene Extend to selected enterprise customers",
        "The video model feature stays in beta.",
        "en",
        "waitlist",
        None,
    ),
    (
        "Synthesia gibt Echtzeit-Avatare nur ausgewählten Firmenkunden frei",
        "Andere Unternehmen landen auf einer Interessentenliste für das Videotool.",
        "de",
        "waitlist",
        None,
    ),
]

# -- guards from a second reader's review of the round: what the new rules must leave alone ----

REVIEW_GUARDS = [
    (
        "Sora 2 review, two months after launch day",
        "OpenAI has released Sora 2, and we have used it every day since.",
        "en",
        None,
        None,
    ),
    (
        "Recensione Veo 3, a tre mesi dal primo giorno",
        "Google ha rilasciato Veo 3, che usiamo da tre mesi.",
        "it",
        None,
        None,
    ),
    (
        "Pika 2.5 review: fun, but flawed",
        "Pika Labs launched Pika 2.5, and today we are publishing our verdict.",
        "en",
        None,
        None,
    ),
    (
        "Kling 3.0 review",
        "Kuaishou launched Kling 3.0 on Monday, and we have spent the past ten days with it.",
        "en",
        None,
        None,
    ),
    (
        "Test de Kling 3.0 : nos impressions",
        "Kuaishou a lancé lundi Kling 3.0, que nous utilisons depuis une semaine.",
        "fr",
        None,
        None,
    ),
    (
        "Kling 3.0: Kuaishou zeigt neuen KI-Videogenerator | Frankfurter Rundschau",
        "Der chinesische Konzern Kuaishou hat Kling 3.0 veröffentlicht.",
        "de",
        "launch",
        None,
    ),
    (
        "AI Studio now runs Veo 3.1",
        "Veo 3.1 is now available in AI Studio and the Gemini API, Google said today.",
        "en",
        "availability",
        None,
    ),
    (
        "La app de YouTube ya usa Veo 3 en Shorts",
        "Veo 3 ya está disponible en YouTube Shorts en España desde hoy.",
        "es",
        "availability",
        None,
    ),
    (
        "Google ha reso disponibile Veo 3 agli utenti gratuiti di Gemini",
        "Da oggi anche chi non paga può generare video nell'app Gemini.",
        "it",
        "availability",
        None,
    ),
    (
        "Kling 3.0, Kuaishou assume la leadership dei video IA",
        "Kling 3.0 è disponibile da oggi in Italia per tutti gli utenti.",
        "it",
        "availability",
        None,
    ),
    (
        "Pour les start-up, l'API Sora 2 est désormais ouverte à tous",
        "OpenAI a ouvert ce mardi l'API de Sora 2 à tous les développeurs.",
        "fr",
        "availability",
        None,
    ),
    (
        "Google launches Veo 3 for school districts",
        "Google today made Veo 3 available to schools.",
        "en",
        "launch",
        None,
    ),
    (
        "Pika debuts its first mobile app",
        "Pika Labs on Tuesday released its first app for iPhone and Android, powered by Pika 2.5.",
        "en",
        "launch",
        None,
    ),
    (
        "Vidu turns on content filters for all users in Europe",
        "Shengshu said the stricter filters apply from today.",
        "en",
        None,
        None,
    ),
    # "sale en beta" goes into beta, it does not leave it: no arrival. Since stop 36 a version
    # named in the headline and released today in the lede's first sentence is read as what
    # it is, a first public beta: a launch (taxonomy notes, section 1).
    (
        "Kling 3.0 sale en beta",
        "Kuaishou publicó hoy Kling 3.0 en versión beta para suscriptores.",
        "es",
        "launch",
        None,
    ),
    (
        "Sora 2: new users can't generate videos of real people without consent",
        "OpenAI tightened its cameo rules on Tuesday.",
        "en",
        None,
        None,
    ),
    (
        "Sora 2 : la CNIL a publié ce matin ses recommandations",
        "La CNIL a publié ce mardi un avis sur l'application vidéo d'OpenAI.",
        "fr",
        None,
        None,
    ),
    (
        "Seedance 2.0 on fal",
        "fal today launched Seedance 2.0 on its platform, where the model is now available via API.",
        "en",
        "availability",
        None,
    ),
    (
        "OpenAI adds two Sora 2 models to its API",
        "OpenAI today made Sora 2 and Sora 2 Pro available to developers through its API.",
        "en",
        "availability",
        None,
    ),
    (
        "OpenAI bundles Sora and ChatGPT under one subscription",
        "OpenAI today merged its Sora and ChatGPT plans into a single $20 subscription.",
        "en",
        "pricing",
        None,
    ),
    (
        "Sora 2 en Europe : toujours rien d'officiel",
        "OpenAI n'a toujours pas lancé Sora 2 dans l'Union européenne.",
        "fr",
        "delay",
        None,
    ),
    (
        "Alibaba lanza Wan 3.0 en China",
        "Alibaba ha publicado hoy Wan 3.0 en su plataforma en China.",
        "es",
        "launch",
        None,
    ),
    (
        "Two years in the making, Midjourney finally launches its video model",
        "Midjourney today released V1, its first video generation model.",
        "en",
        "launch",
        None,
    ),
]

TABLES = {
    "release_day": RELEASE_DAY,
    "arrivals": ARRIVALS,
    "features": FEATURES,
    "not_the_owner": NOT_THE_OWNER,
    "releases": RELEASES,
    "builders": BUILDERS,
    "digests": DIGESTS,
    "another_object": ANOTHER_OBJECT,
    "access": ACCESS,
    "review_guards": REVIEW_GUARDS,
}
ROWS, IDS = table_rows(TABLES)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event", "link"), ROWS, ids=IDS)
def test_fifteenth_round(table, title, summary, lang, event, link) -> None:
    assert verdict(title, summary, lang, link) == event

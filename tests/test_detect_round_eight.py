"""Detection cues of the eighth round of issue #12, table-driven: access and availability told
the way the press tells it (the reader addressed, a market that "can finally try" a product,
an invite requirement that is gone, a product opened "for all" in DE/ES/IT/PT), claims of rank
inside a launch headline, and releases told by a metaphor.

Every headline here was written for these tests, in words of its own: none is taken or
paraphrased from a labelled corpus item.
"""

from __future__ import annotations

import pytest

from tests.helpers import verdict

# -- access told in press wording: availability, in every language family --------------------

ACCESS_IN_PRESS_WORDS = [
    # (title, summary, lang, event)
    (
        "You can now try Kling 2.1 on your iPhone",
        "Kuaishou's video app reached the App Store this morning.",
        "en",
        "availability",
    ),
    (
        "Canadians can finally use Veo 3",
        "Google's video model reaches Gemini subscribers in Canada.",
        "en",
        "availability",
    ),
    (
        "Hailuo's video app is no longer invite-only",
        "MiniMax says anyone can now sign up and generate clips.",
        "en",
        "availability",
    ),
    (
        "Gen-4 comes to Standard subscribers",
        "Runway had kept the model for the Pro and Unlimited plans until now.",
        "en",
        "availability",
    ),
    (
        "Luma's Ray2 is now open to everyone - here's how to get started",
        "Luma AI is rolling out Ray2 to all Dream Machine users.",
        "en",
        "availability",
    ),
    (
        "Kling : le générateur vidéo est désormais accessible gratuitement",
        "Kuaishou laisse tous les inscrits créer des clips sans abonnement.",
        "fr",
        "availability",
    ),
    (
        "Runway öffnet Gen-4 für alle zahlenden Nutzer",
        "Das Videomodell war bisher dem teuersten Abo vorbehalten.",
        "de",
        "availability",
    ),
    (
        "Kling ya se puede usar gratis en CapCut",
        "El modelo de vídeo de Kuaishou llega al editor de ByteDance.",
        "es",
        "availability",
    ),
    (
        "Runway apre Gen-4 a tutti gli abbonati",
        "Il modello video era riservato al piano più costoso.",
        "it",
        "availability",
    ),
    (
        "Kling agora está disponível para iPhone",
        "O aplicativo de vídeos da Kuaishou chegou à App Store.",
        "pt",
        "availability",
    ),
    (
        "Runway libera Gen-4 para todos os assinantes do plano Standard",
        "O modelo estava restrito aos planos mais caros.",
        "pt",
        "availability",
    ),
    # what the guards leave alone
    (
        "Can you finally use Sora in Europe? Not yet",
        "OpenAI has not opened its video app to European users.",
        "en",
        "delay",
    ),
    ("How anyone can try Veo 3 for free", "A step-by-step guide to the Gemini trial.", "en", None),
]

# -- a claim of rank inside a launch headline is the product's boast, not a ranking page ------

RANK_CLAIMS = [
    (
        "Hailuo 03 is out and claims first place on the video arena",
        "MiniMax released its new video model on Monday.",
        "en",
        "launch",
    ),
    (
        "Luma dévoile Ray3 et se hisse en tête du classement",
        "La start-up présente son nouveau modèle vidéo.",
        "fr",
        "launch",
    ),
    (
        "Kuaishou stellt Kling 3.0 vor und landet auf Platz 1 im Ranking",
        "Das neue Videomodell erzeugt Clips mit Ton.",
        "de",
        "launch",
    ),
    # a ranking page stays a ranking page
    ("AI video leaderboard: Kling leads, Hailuo slips", "This month's arena standings.", "en", None),
    ("Classement des générateurs vidéo : Veo 3 devant Sora 2", "Notre comparatif mensuel.", "fr", None),
]

# -- a release told by a metaphor: the owner acts on its product, the lede says what the new
# thing does -----------------------------------------------------------------------------------

FIGURATIVE_RELEASES = [
    (
        "Kuaishou sort l'artillerie lourde avec Kling 2.5",
        "La nouvelle version du générateur produit des clips plus longs et plus stables.",
        "fr",
        "launch",
    ),
    (
        "MiniMax rilancia la sfida con Hailuo 02",
        "Il nuovo modello genera clip in 1080p con movimenti più realistici.",
        "it",
        "launch",
    ),
    (
        "Luma pisa fundo com o Ray3",
        "O novo modelo gera vídeos em HDR e melhora a física das cenas.",
        "pt",
        "launch",
    ),
    (
        "Runway sube la apuesta con Gen-4.5",
        "La nueva versión mejora la coherencia de los personajes.",
        "es",
        "launch",
    ),
    # the owner not acting, or the new thing suffering rather than doing
    ("Luma and Ray3: six months on", "The new model has lost ground to its rivals since.", "en", None),
    (
        "Kuaishou et Kling : la grande inquiétude",
        "Le nouveau modèle inquiète les studios d'animation.",
        "fr",
        None,
    ),
    (
        "Runway sued over Gen-4 training data",
        "The new model was trained on films without consent, the complaint says.",
        "en",
        None,
    ),
    ("Kuaishou's Kling gets a sequel", "The new version improves motion.", "en", None),
]

# -- a service tail ("here's how", "ecco come", "veja como") after a headline whose lede
# reports the rollout as news; the lede's tense and wording per language -----------------------

SERVICE_TAILS_OVER_NEWS = [
    (
        "Hailuo's app lands on Android in ten more countries - here's how to get it",
        "MiniMax's video app is now live on Google Play in Japan, Brazil and eight more markets.",
        "en",
        "availability",
    ),
    (
        "Kling arriva in Italia: ecco come provarlo",
        "Da oggi anche gli abbonati italiani possono creare clip con Kling.",
        "it",
        "availability",
    ),
    (
        "Kling chega a Portugal; veja como usar",
        "A Kuaishou liberou o Kling em Portugal para Android e iPhone.",
        "pt",
        "availability",
    ),
    (
        "Google Fotos ya anima tus fotos con Veo 3: así funciona",
        "Google ha activado en Google Fotos una función que usa Veo 3 para crear clips cortos.",
        "es",
        "availability",
    ),
    # a guide is still a guide when the lede teaches
    (
        "Kling arriva in Italia: ecco come provarlo",
        "In questa guida vediamo passo passo come creare il primo video.",
        "it",
        None,
    ),
]

# -- restricted access and leaving beta, in the other language families --------------------------

ACCESS_STAGES = [
    (
        "Luma Ray3 verlässt die Beta",
        "Das Videomodell ist ab sofort allgemein verfügbar.",
        "de",
        "availability",
    ),
    ("Ray3 sort de la bêta", "Luma ouvre son modèle vidéo à tous les abonnés.", "fr", "availability"),
    ("Ray3 sale de la beta", "Luma abre su modelo de vídeo a todos los suscriptores.", "es", "availability"),
    ("Ray3 esce dalla beta", "Luma apre il suo modello video a tutti.", "it", "availability"),
    ("Ray3 sai da beta", "A Luma abriu seu modelo de vídeo a todos os assinantes.", "pt", "availability"),
    (
        "Hailuo abre la preinscripción para su nueva app",
        "MiniMax dará acceso por orden de inscripción.",
        "es",
        "waitlist",
    ),
    (
        "Marey, Moonvalley lo apre solo a un gruppo selezionato di registi",
        "Il pubblico dovrà aspettare.",
        "it",
        "waitlist",
    ),
    (
        "Runway gibt Gen-4.5 vorerst nur an ausgewählte Studios",
        "Eine breite Öffnung ist für später geplant.",
        "de",
        "waitlist",
    ),
    ("Kling 3.0 : Kuaishou ouvre la préinscription", "L'accès sera donné par vagues.", "fr", "waitlist"),
    # a limited number of generations is a quota, not a group of people
    (
        "Kling 2.1 : un nombre limité de générations par jour pour les comptes gratuits",
        "Kuaishou revoit les quotas de son offre gratuite.",
        "fr",
        "pricing",
    ),
]

# -- arrivals told by the place that now does it, and hosts in German --------------------------

PLACES_THAT_NOW_DO_IT = [
    (
        "Google Photos now turns stills into Veo 3 clips",
        "The feature is rolling out in the US.",
        "en",
        "availability",
    ),
    (
        "WhatsApp ora anima le foto con Meta AI",
        "Meta genera un breve video a partire dall'immagine.",
        "it",
        "availability",
    ),
    (
        "Kling jetzt in Azure AI Foundry",
        "Unternehmenskunden können das Videomodell über Microsoft nutzen.",
        "de",
        "availability",
    ),
    (
        "Runway schaltet Gen-4 für Gratis-Nutzer frei",
        "Bisher war das Modell zahlenden Kunden vorbehalten.",
        "de",
        "availability",
    ),
    (
        "Dreamina ya habla portugués",
        "El generador de vídeo de ByteDance abre su interfaz a Brasil.",
        "es",
        "availability",
    ),
]

# -- not ready to ship: a delay in every language family -----------------------------------------

NOT_READY = [
    ("Marey is 'too costly' to ship widely, Moonvalley says", "The company gave no timeline.", "en", "delay"),
    ("Movie Gen encore trop cher pour être lancé, selon Meta", "Aucune date n'est avancée.", "fr", "delay"),
    (
        "Meta: Movie Gen noch zu teuer für den Marktstart",
        "Einen Termin nennt der Konzern nicht.",
        "de",
        "delay",
    ),
    ("Movie Gen, demasiado caro para su lanzamiento", "Meta no da fecha.", "es", "delay"),
    ("Movie Gen ancora troppo costoso per il lancio", "Meta non fissa una data.", "it", "delay"),
    ("Movie Gen ainda é muito caro para o lançamento", "A Meta não deu prazo.", "pt", "delay"),
]

# -- whose words: teardowns, op-eds, commentary on an event, attacks by others ------------------

NOT_THE_OWNERS_NEWS = [
    (
        "OpenAI's Sora app for Windows could be closer than you think, APK teardown reveals",
        "Code strings in a recent build reference a desktop client.",
        "en",
        None,
    ),
    ("Opinion: the end of Sora is a warning for AI video", "Our columnist on the economics.", "en", None),
    ("Tribune : l'arrêt de Sora, et après ?", "Notre chroniqueur sur la fin d'un symbole.", "fr", None),
    ("Kommentar: Das Aus für Sora war absehbar", "Eine Einordnung.", "de", None),
    (
        "Sora's closure could reshape the AI video market",
        "Rivals are already courting its users.",
        "en",
        None,
    ),
    (
        "Kling's shutdown should worry every video startup",
        "The economics of generating video at consumer prices do not work, our columnist argues.",
        "en",
        None,
    ),
    (
        "Opinión: el cierre de Sora, un aviso para el vídeo con IA",
        "Nuestro columnista analiza el sector.",
        "es",
        None,
    ),
    (
        "El gremio de guionistas carga contra Veo 3",
        "Los autores critican el lanzamiento del modelo de Google.",
        "es",
        None,
    ),
]

# -- a release in slang or after a spaced dash; a release the lede sets in apposition -----------

RELEASE_WORDING = [
    ("Kling 2.6 just dropped", "Kuaishou pushed the update live an hour ago.", "en", "launch"),
    (
        "Seedance 2.0 just dropped - 15s clips with sound",
        "Queue times are already long, post your clips below.",
        "en",
        "launch",
    ),
    (
        "Ray3 is available now for every paid plan",
        "Luma has released Ray3, its newest video model, with HDR output.",
        "en",
        "launch",
    ),
    (
        "Ray3 comes to every paid plan",
        "Luma's video model, released in the spring, was limited to the top tier.",
        "en",
        "availability",
    ),
]

# -- what the review of the round found: the new wording must not fire on these -----------------

REVIEW_GUARDS = [
    (
        "Anyone can now make a fake news clip with Kling",
        "Researchers warn about the model's realism.",
        "en",
        None,
    ),
    ("Americans can now use Hailuo - through a VPN", "MiniMax does not serve the US yet.", "en", None),
    (
        "OpenAI schaltet im Sora-Feed Werbung für alle Nutzer",
        "Die Anzeigen erscheinen zwischen den Clips.",
        "de",
        None,
    ),
    (
        "Kuaishou gibt die Preise für alle Kling-Abos bekannt",
        "Das Standard-Abo kostet 10 Dollar im Monat.",
        "de",
        "pricing",
    ),
    (
        "Runway öffnet ein Büro in Berlin für mehr Nähe zu Kunden",
        "Das Start-up wächst in Europa.",
        "de",
        None,
    ),
    ("Kling apre a nuovi investitori", "Kuaishou valuta la cessione di una quota.", "it", None),
    ("Sora abre caminho para mais golpes", "Especialistas alertam para vídeos falsos.", "pt", None),
    ("Los 7 mejores generadores de vídeo con IA gratis en Android", "Kling, Hailuo y otros.", "es", None),
    (
        "YouTube now lets creators flag AI videos made with Veo",
        "A new label appears under Shorts.",
        "en",
        None,
    ),
    ("Nur wenige Nutzer bleiben Sora nach einem Monat treu", "Die Nutzung der App bricht ein.", "de", None),
    ("Scammers are putting Kling clips into fake ads", "Researchers found hundreds of them.", "en", None),
    ("Runway Gen-4.5 and the uncanny valley", "The new model renders faces better than ever.", "en", None),
    (
        "Sora's shutdown must be complete by September, OpenAI tells API users",
        "Developers should migrate.",
        "en",
        "shutdown",
    ),
    (
        "Zu teuer für Startups: Runway erhöht die Preise",
        "Das Unlimited-Abo des Videogenerators kostet jetzt 95 Dollar.",
        "de",
        "pricing",
    ),
    ("Hailuo downloads just dropped 30% in a month", "Interest in the app is fading.", "en", None),
    ("Is Kling too expensive to ship to every user? An analysis", "We ran the numbers.", "en", None),
]

# -- sources beyond the press: owner blogs, release notes, forums, resellers, status pages -------

SOURCES_BEYOND_THE_PRESS = [
    (
        "Release notes: Ray3 and Ray3 Flash are generally available",
        "Luma's video models can now be used in production through the API.",
        "en",
        "availability",
    ),
    (
        "Ray3 et de nouveaux outils de montage dans Dream Machine",
        "Nous présentons aujourd'hui Ray3, notre modèle vidéo le plus avancé.",
        "fr",
        "launch",
    ),
    ("Luma now lets you buy extra Ray3 gens", "Packs of ten generations cost $5.", "en", "pricing"),
    (
        "Kling 3.0 invite code megathread - post and claim codes here",
        "All invite requests go in this thread.",
        "en",
        None,
    ),
    (
        "Hailuo 02 API now open to everyone - $0.03/sec",
        "Our OpenAI-compatible endpoint is 40% cheaper than official pricing.",
        "en",
        None,
    ),
    (
        "Kling 2.1 : instabilité de la génération vidéo - résolu",
        "Les crédits des tâches échouées ont été remboursés.",
        "fr",
        None,
    ),
    (
        "Code promo Hailuo : -15 % et 50 crédits offerts (vérifié)",
        "Valable sur le premier abonnement.",
        "fr",
        None,
    ),
    ("Kling's shutdown proves AI video was never a business", "An essay on the economics.", "en", None),
    (
        "Marey : pas de sortie publique avant longtemps",
        "Moonvalley garde le modèle pour les studios.",
        "fr",
        "delay",
    ),
    (
        "Hailuo segue só com convite; MiniMax libera códigos aos poucos",
        "A capacidade é limitada.",
        "pt",
        "waitlist",
    ),
]

# -- national press in DE/ES/IT/PT: explainers, duels, demands, IPOs, migrations ---------------

NATIONAL_PRESS = [
    (
        "Kling startet in Deutschland: Was das Videomodell von Kuaishou kann und was nicht",
        "Wir erklären, welche Abos es gibt.",
        "de",
        None,
    ),
    (
        "Kling contra Hailuo contra Veo 3: los hemos enfrentado",
        "Analizamos calidad y precio por clip.",
        "es",
        None,
    ),
    (
        "Una asociación de consumidores pide el bloqueo de Kling",
        "Ha presentado una denuncia ante la autoridad.",
        "es",
        None,
    ),
    (
        "Il Codacons chiede il blocco di Kling in Italia",
        "L'associazione ha presentato un esposto.",
        "it",
        None,
    ),
    ("MiniMax, dona do Hailuo, dispara na estreia na bolsa", "As ações subiram no primeiro dia.", "pt", None),
    (
        "Hailuo: MiniMax verkauft jetzt zusätzliche Videogenerierungen",
        "Zehn Clips kosten 3 Dollar.",
        "de",
        "pricing",
    ),
    ("Adobe mete Ray3 en Firefly", "El modelo de Luma llega a la app de Adobe.", "es", "availability"),
    (
        "Procura pelo Kling obriga Kuaishou a suspender novos registos",
        "A app deixou de aceitar contas.",
        "pt",
        "waitlist",
    ),
    ("Hailuo da el salto al vídeo con su primer modelo", "MiniMax ha lanzado su generador.", "es", "launch"),
    ("LTX-2 è open source", "Lightricks ha pubblicato i pesi del modello video.", "it", "launch"),
    (
        "Kling cambia listino: più crediti agli abbonati",
        "Il piano Pro del generatore video costa ora 25 dollari.",
        "it",
        "pricing",
    ),
    (
        "Fim da linha para a API do Kling: Kuaishou pede aos programadores que migrem até março",
        "O desligamento está marcado.",
        "pt",
        "shutdown",
    ),
    ("Kuaishou schaltet das Videomodell Kling 1.0 ab", "Das alte Modell verschwindet.", "de", "shutdown"),
]

# -- what the second review found: each narrowed so these read as they should ------------------

SECOND_REVIEW_GUARDS = [
    (
        "Hailuo 02 comes to CapCut for free - no Pro plan required",
        "MiniMax's model reaches the editor.",
        "en",
        "availability",
    ),
    (
        "Ray3 est disponible dès aujourd'hui sur notre plateforme",
        "Luma présente aujourd'hui son nouveau modèle vidéo.",
        "fr",
        "launch",
    ),
    (
        "Kling no es de código abierto: lo que significa para los creadores",
        "Kuaishou no publica los pesos.",
        "es",
        None,
    ),
    (
        "You can now try Ray3, Luma's new video model, on iOS",
        "Luma released its newest model today.",
        "en",
        "launch",
    ),
    ("Runway is years away from making money", "The startup burns cash on compute.", "en", None),
    (
        "Kuaishou lanza Kling 3.0 y reaviva el duelo con Google",
        "El nuevo modelo genera clips de un minuto.",
        "es",
        "launch",
    ),
    (
        "Google lancia Veo 4, testa a testa con Kling 3.0",
        "Il nuovo modello è disponibile da oggi.",
        "it",
        "launch",
    ),
    (
        "Kuaishou lança Kling 3.0 e fica frente a frente com o Veo",
        "O novo modelo chega hoje.",
        "pt",
        "launch",
    ),
    (
        "OpenAI launches Sora 3 and calls for a ban on unlabeled deepfakes",
        "The model is out today.",
        "en",
        "launch",
    ),
    (
        "Nous présentons les 10 meilleurs générateurs de vidéo IA",
        "Kling, Hailuo, Veo 3 et les autres.",
        "fr",
        None,
    ),
    ("Nous lançons notre newsletter sur Kling et Hailuo", "Chaque vendredi dans votre boîte.", "fr", None),
    ("Kuaishou cambia i piani: il team di Kling passa ai robot", "Una riorganizzazione interna.", "it", None),
    (
        "Kling schaltet die Cameo-Funktion für Minderjährige ab",
        "Der Videogenerator reagiert auf Kritik.",
        "de",
        None,
    ),
    ("Hailuo 03 : MiniMax dévoile son nouveau modèle, vérifié par les premiers testeurs", "", "fr", "launch"),
    (
        "Kling cuts prices by 40% with a Black Friday coupon on all plans",
        "The video generator's plans are cheaper.",
        "en",
        "pricing",
    ),
    (
        "The web now creates more AI video than TV, Runway CEO claims",
        "Valenzuela spoke at a conference.",
        "en",
        None,
    ),
    (
        "Kling 3.0 is here. Finally? Almost",
        "Kuaishou released the model to paying users today.",
        "en",
        "launch",
    ),
    (
        "Kling 3.0 jetzt für alle Nutzer in Europa",
        "Der Videogenerator von Kuaishou ist ab sofort verfügbar.",
        "de",
        "availability",
    ),
    (
        "Kling 2.6 is out with more consistent gens and better motion",
        "Kuaishou released it today.",
        "en",
        "launch",
    ),
    (
        "Hailuo 02 now available in India - here's how to use it - Tech Daily",
        "MiniMax's model is now live in India.",
        "en",
        "availability",
    ),
    (
        "Kling 3.0 startet in Deutschland: So bekommt ihr Zugang",
        "Kuaishou schaltet Kling 3.0 ab sofort in Deutschland frei.",
        "de",
        "availability",
    ),
]

# -- the last blind set's gaps ------------------------------------------------------------------

LAST_BLIND_SET = [
    (
        "Pika augmente ses tarifs : le forfait Pro passe à 35 dollars par mois",
        "La start-up revoit sa grille.",
        "fr",
        "pricing",
    ),
    ("OpenAI stellt Videogenerator Sora ein", "Ende April ist Schluss.", "de", "shutdown"),
    ("Kuaishou stellt 200 Entwickler ein", "Das Kling-Team wächst.", "de", None),
    (
        "Runway manda in pensione Gen-3 Alpha",
        "Il modello non sarà più disponibile dal 1° marzo.",
        "it",
        "shutdown",
    ),
    (
        "Veo 4: Google lässt Europa vorerst außen vor",
        "Wann die EU Zugriff erhält, ließ der Konzern offen.",
        "de",
        "delay",
    ),
    ("Ray3 arrive dans tous les forfaits payants", "Luma l'ouvre à tous ses abonnés.", "fr", "availability"),
    ("Hailuo 03 ya está aquí", "MiniMax ha lanzado hoy su nuevo modelo de vídeo.", "es", "launch"),
    ("AI video got good. Our newsrooms are not ready for it", "Kling and Veo 3 make fakes easy.", "en", None),
    (
        "This Kling short film is premiering at Sundance",
        "The film debuts at the festival this week.",
        "en",
        None,
    ),
    (
        "Try Kling 3.0 without an invite: KlingHub opens free web access",
        "KlingHub, an independent platform, offers it.",
        "en",
        None,
    ),
    ("Kling 3.0 system card details red-teaming for minors", "The document lists safeguards.", "en", None),
    (
        "Attention aux faux sites Kling qui promettent un accès gratuit",
        "Des arnaques exploitent la demande.",
        "fr",
        None,
    ),
]

ROUND_EIGHT = [
    *ACCESS_IN_PRESS_WORDS,
    *RANK_CLAIMS,
    *FIGURATIVE_RELEASES,
    *SERVICE_TAILS_OVER_NEWS,
    *ACCESS_STAGES,
    *PLACES_THAT_NOW_DO_IT,
    *NOT_READY,
    *NOT_THE_OWNERS_NEWS,
    *RELEASE_WORDING,
    *REVIEW_GUARDS,
    *SOURCES_BEYOND_THE_PRESS,
    *NATIONAL_PRESS,
    *SECOND_REVIEW_GUARDS,
    *LAST_BLIND_SET,
]


@pytest.mark.parametrize(
    ("title", "summary", "lang", "event"), ROUND_EIGHT, ids=[r[0][:40] for r in ROUND_EIGHT]
)
def test_eighth_round_cues(title, summary, lang, event) -> None:
    assert verdict(title, summary, lang) == event


# -- addresses: a news site's section is not the page's kind; a slug repeats a claim of rank ----

ADDRESSES = [
    # (title, summary, lang, link, event)
    (
        "App do Kling chega ao Brasil sem convite; veja como baixar",
        "A Kuaishou liberou o aplicativo Kling no Brasil para iPhone e Android.",
        "pt",
        "https://tech.example.com.br/apps/app-do-kling-chega-ao-brasil-veja-como-baixar/",
        "availability",
    ),
    (
        "Luma drops Ray3 and takes the top spot on the video leaderboard",
        "Luma AI on Tuesday released Ray3, its newest video model.",
        "en",
        "https://news.example.com/2026/luma-ray3-top-spot-video-leaderboard",
        "launch",
    ),
    # a directory page stays a directory page; a leaderboard page stays one
    (
        "Kling AI",
        "Kling is a video generator by Kuaishou, launched in 2024.",
        "en",
        "https://ai.example.com/tools/kling-ai",
        None,
    ),
    (
        "Video arena: the week's standings",
        "Ray3 leads, Kling 2.6 second.",
        "en",
        "https://arena.example.com/video-leaderboard",
        None,
    ),
]


@pytest.mark.parametrize(
    ("title", "summary", "lang", "link", "event"), ADDRESSES, ids=[r[0][:40] for r in ADDRESSES]
)
def test_eighth_round_addresses(title, summary, lang, link, event) -> None:
    assert verdict(title, summary, lang, link) == event

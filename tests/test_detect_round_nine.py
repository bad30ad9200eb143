"""Detection cues of the ninth round of issue #12, table-driven: access vocabulary that is not
the owner's news (a company the headline names first, none of our vendors, opening a waitlist
for a tool built on a model; scams around invites; access guides), headlines that survey a
field without reporting anything, a first clause that only places the product ("Sora 2 dans
l'API : ..."), and ends, arrivals, prices and slips in FR/DE/EN wording. Rows that pass on the
tree before the round are guards for what the new rules must leave alone.

Every headline here was written for these tests, in words of its own: none is taken or
paraphrased from a labelled corpus item.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# -- a third party's waitlist, a scam, a guide: no event of the owner's ------------------------

NOT_THE_OWNERS_ACCESS = [
    # (title, summary, lang, event)
    (
        "Startup Reelsmith opens a waitlist for its Kling-based trailer maker",
        "The two-person team uses Kuaishou's API to cut film trailers from scripts.",
        "en",
        None,
    ),
    (
        "Framewise opens a beta for its Sora-powered storyboard tool",
        "The studio software calls OpenAI's video model to draft shots from a script.",
        "en",
        None,
    ),
    (
        "Une start-up lyonnaise ouvre sa liste d'attente pour des clips musicaux générés avec Veo 3",
        "L'outil promet de produire un clip en dix minutes à partir d'un morceau.",
        "fr",
        None,
    ),
    (
        "Münchner Start-up öffnet Warteliste für Produktvideos mit Kling",
        "Der Dienst baut Werbeclips aus Shop-Fotos.",
        "de",
        None,
    ),
    (
        "Una startup madrileña abre su lista de espera para anuncios hechos con Seedance",
        "La herramienta genera anuncios verticales para comercios.",
        "es",
        None,
    ),
    (
        "Startup milanese apre la lista d'attesa per i suoi video di moda creati con Veo 3",
        "Il servizio trasforma i cataloghi in sfilate virtuali.",
        "it",
        None,
    ),
    (
        "Startup carioca abre lista de espera para app de clipes feito com Hailuo",
        "O aplicativo transforma fotos em vídeos curtos para redes sociais.",
        "pt",
        None,
    ),
    (
        "Phishing pages posing as the Veo 3 waitlist steal Google passwords",
        "Researchers counted forty fake sign-up sites in a week.",
        "en",
        None,
    ),
    (
        "Inviti per Sora 2 venduti online: è una truffa",
        "I codici promessi non funzionano o sono già stati usati.",
        "it",
        None,
    ),
    (
        "Como entrar na lista de espera do app do Sora",
        "Veja o passo a passo para receber um convite quando a OpenAI liberar o acesso.",
        "pt",
        None,
    ),
    (
        "Warteliste, Einladung, VPN: So kommen Sie an Veo 3",
        "Wir zeigen, welche Wege es gibt und welche Sie meiden sollten.",
        "de",
        None,
    ),
    (
        "Testers leak Hailuo 03 clips ahead of any official release",
        "Early samples of MiniMax's unreleased model are circulating on Weibo.",
        "en",
        None,
    ),
    # guards: the owner's own waitlist and the owner's release stay news
    (
        "OpenAI opens a waitlist for the Sora Android app",
        "Android users can sign up to be told when the app is ready.",
        "en",
        "waitlist",
    ),
    (
        "Luma opens a waitlist for Ray3 API access",
        "Developers can request access to the new model's endpoint.",
        "en",
        "waitlist",
    ),
    (
        "Kuaishou ouvre une liste d'attente pour l'API de Kling 3.0",
        "Les développeurs peuvent demander un accès anticipé dès aujourd'hui.",
        "fr",
        "waitlist",
    ),
    (
        "Startup Genmo releases Mochi 1, an open video model",
        "The weights are on Hugging Face under Apache 2.0.",
        "en",
        "launch",
    ),
]


# -- a headline that surveys a field ------------------------------------------------------------

SURVEYS_AND_SCENES = [
    (
        "Sora, Veo, Kling : la bataille des générateurs vidéo fait rage",
        "Alors que les prix baissent, les éditeurs multiplient les nouveautés.",
        "fr",
        None,
    ),
    (
        "Runway, Luma and Pika: the AI video startups racing the giants",
        "The three companies keep shipping while cutting prices.",
        "en",
        None,
    ),
    (
        "Hailuo, Kling e Seedance: l'avanzata cinese nel video generativo",
        "Mentre OpenAI e Google limitano l'accesso ai loro modelli, i rivali cinesi abbassano i prezzi.",
        "it",
        None,
    ),
    (
        "Vidu et Wan, les outsiders chinois de la vidéo IA",
        "Pendant que les géants américains réservent l'accès à leurs abonnés, ces modèles s'ouvrent à tous.",
        "fr",
        None,
    ),
    # guards: several vendors' models arriving somewhere is still an arrival; a price cut
    # behind a contrast is still a price cut
    (
        "Canva adds Veo 3, Kling 2.1 and Hailuo 02 to its video editor",
        "Canva Pro subscribers can pick any of the three models.",
        "en",
        "availability",
    ),
    (
        "Veo 3, Kling 2.1 et Hailuo 02 débarquent dans Freepik",
        "La plateforme ajoute trois modèles vidéo à son générateur.",
        "fr",
        "availability",
    ),
    (
        "Kling 2.1 llega a Freepik",
        "La plataforma suma el modelo de Kuaishou a su generador de vídeo.",
        "es",
        "availability",
    ),
    (
        "While rivals raise prices, Runway cuts the cost of Gen-4 Turbo",
        "Runway lowered the credit cost of its fastest model by half on Monday.",
        "en",
        "pricing",
    ),
]


# -- regulators asking questions; ends, arrivals and slips in FR/DE/EN wording -----------------

WORDINGS = [
    (
        "La Cnil interroge OpenAI sur Sora",
        "L'autorité veut savoir comment le modèle a été entraîné et si le service sera disponible en France.",
        "fr",
        None,
    ),
    (
        "EU lawmakers question Google about Veo 3",
        "The letter asks how the model was trained and whether it will be available to European schools.",
        "en",
        None,
    ),
    (
        "Luma tire un trait sur Dream Machine 1.0",
        "L'ancienne version du modèle disparaîtra de l'application le mois prochain.",
        "fr",
        "shutdown",
    ),
    (
        "Google to retire the Veo 2 preview endpoint",
        "Vertex AI customers have until March to move to the stable model.",
        "en",
        "shutdown",
    ),
    (
        "Kling AI ist jetzt auch in Deutschland verfügbar",
        "Kuaishous Videogenerator ist ab sofort hierzulande per App nutzbar.",
        "de",
        "availability",
    ),
    (
        "Hailuo stoppt vorübergehend die kostenlose Videogenerierung",
        "Gratis-Konten können bei MiniMax vorerst keine Clips mehr erzeugen.",
        "de",
        "waitlist",
    ),
    (
        "OpenAI repousse la bêta publique de l'API Sora",
        "L'ouverture aux développeurs est décalée au printemps.",
        "fr",
        "delay",
    ),
    (
        "Pékin lance l'offensive sur la vidéo générée avec Kling et Seedance",
        "Les modèles chinois gagnent du terrain en Europe.",
        "fr",
        None,
    ),
]


# -- the narrowed rules' guards, and headline mechanics of the second part ---------------------

SECOND_PART = [
    # a vendor named before the waitlist is its owner, startup or not
    (
        "Video startup Luma opens a waitlist for its Ray3 API",
        "Developers can ask for keys today.",
        "en",
        "waitlist",
    ),
    (
        "La start-up Runway ouvre une liste d'attente pour Gen-5",
        "Les abonnés Unlimited seront servis en premier.",
        "fr",
        "waitlist",
    ),
    # a headline that reports something is nobody's survey, however many rivals it names
    (
        "Google unveils Veo 4 as Sora and Kling race ahead",
        "Google DeepMind on Tuesday introduced Veo 4, its newest video model.",
        "en",
        "launch",
    ),
    # a first clause that only places the product labels what follows
    (
        "Veo 3 sur Vertex AI : Google fixe ses tarifs à la seconde",
        "Le modèle sera facturé 0,40 dollar par seconde de vidéo générée.",
        "fr",
        "pricing",
    ),
    (
        "Sora on Android: OpenAI pauses the rollout",
        "Some users had already installed the app.",
        "en",
        "delay",
    ),
    # "tire un trait sur" a restriction opens, on a perk changes a price
    (
        "Kuaishou tire un trait sur la liste d'attente de Kling 3.0",
        "Tous les inscrits peuvent désormais générer des vidéos.",
        "fr",
        "availability",
    ),
    (
        "Pika tire un trait sur les générations illimitées de son forfait Pro",
        "Les abonnés disposeront désormais de 2 000 crédits par mois.",
        "fr",
        "pricing",
    ),
    (
        "Sora n'est plus sur invitation en France",
        "OpenAI ouvre son application à tous les utilisateurs français.",
        "fr",
        "availability",
    ),
    (
        "Runway lance un abonnement à moins de 10 dollars pour Gen-4",
        "La formule Starter donne droit à 300 crédits par mois.",
        "fr",
        "pricing",
    ),
    (
        "Alibaba publie Wan 2.5, un modèle vidéo open source",
        "Les poids sont disponibles sur Hugging Face.",
        "fr",
        "launch",
    ),
    (
        "Lightricks balance les poids de LTX-2 sur GitHub",
        "Le modèle génère image et son en même temps.",
        "fr",
        "launch",
    ),
    # a stock-photo agency is no shutdown; guests are no invitations
    (
        "Runway signe avec Shutterstock pour entraîner Gen-5",
        "L'accord porte sur des millions de clips sous licence.",
        "fr",
        None,
    ),
    (
        "Les patrons de Runway et Luma parmi les invités du salon de l'IA",
        "Ils parleront de l'avenir de la création vidéo sur la grande scène.",
        "fr",
        None,
    ),
    # a lede that releases a new thing makes where it ships its launch, on a launch day
    (
        "Google's Veo 4 wants to direct your next short film",
        "At I/O on Wednesday, Google announced Veo 4, its newest video model. It is rolling out "
        "today to Google AI Ultra subscribers in the US.",
        "en",
        "launch",
    ),
]


# -- third part: a claim of rank with a long category, free for all (PT), an unveiling told
# today before who gets it first -------------------------------------------------------------

THIRD_PART = [
    (
        "Kling 3.0 takes the top spot on the image-to-video leaderboard",
        "Kuaishou on Thursday released Kling 3.0, the newest version of its video model.",
        "en",
        "launch",
    ),
    (
        "Hailuo agora é gratuito para todos os usuários",
        "A MiniMax liberou o gerador de vídeos para todas as contas, inclusive as gratuitas.",
        "pt",
        "availability",
    ),
    (
        "Meta's video model can turn a selfie into a movie scene",
        "SAN FRANCISCO, Calif. — On Thursday Meta unveiled Movie Gen 2, a model that generates "
        "clips with sound. It will be available to select filmmakers first.",
        "en",
        "launch",
    ),
    # guards: a dated unveiling is background to a later opening
    (
        "Veo is finally open to everyone in VideoFX",
        "Google unveiled Veo at I/O in May. Now the model is available to all users of VideoFX in the US.",
        "en",
        "availability",
    ),
]


# -- guards from the second review: what the narrowed rules must leave alone -------------------

SECOND_REVIEW_GUARDS = [
    # restricted access told with "with"/"via" is the owner's, not a third party's tool
    (
        "For now, only select creators can make clips with Veo 4",
        "Google is limiting the new model to a small group of filmmakers.",
        "en",
        "waitlist",
    ),
    # a later clause that lifts a restriction is no slip or price to prefer
    (
        "Veo 3 dans l'API Gemini : Google met fin à la préversion",
        "Le modèle est désormais proposé en disponibilité générale aux développeurs.",
        "fr",
        "availability",
    ),
    # rivals as a yardstick are no list with the subject
    (
        "Kuaishou's Kling 3.0 takes aim at Sora and Veo",
        "Kuaishou on Monday released Kling 3.0, its newest video model, with native audio.",
        "en",
        "launch",
    ),
    (
        "A year after Sora, OpenAI unveils Sora 3",
        "OpenAI on Tuesday introduced Sora 3, its newest video model.",
        "en",
        "launch",
    ),
    (
        "Selon une étude publiée jeudi, un modèle chinois surpasse Sora",
        "Les chercheurs ont comparé cinq générateurs de vidéos.",
        "fr",
        None,
    ),
    (
        "OpenAI doubles the invites each Sora user can hand out",
        "Every account now gets eight invite codes instead of four.",
        "en",
        "waitlist",
    ),
    # an unveiling at an event, undated by a day, is background to a later arrival
    (
        "Veo 3 reaches Europe",
        "Google unveiled Veo 3 at I/O. Now the model is available to Gemini subscribers in the EU.",
        "en",
        "availability",
    ),
]


# Every table reads the same way: the bundled detector's event for the row, None when not relevant.
TABLES = {
    "not_the_owners_access": NOT_THE_OWNERS_ACCESS,
    "surveys": SURVEYS_AND_SCENES,
    "wordings": WORDINGS,
    "second_part": SECOND_PART,
    "third_part": THIRD_PART,
    "second_review_guards": SECOND_REVIEW_GUARDS,
}
ROWS, IDS = table_rows(TABLES)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_ninth_round(table, title, summary, lang, event) -> None:
    assert verdict(title, summary, lang) == event

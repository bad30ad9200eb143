"""Who may use a product, who acts, and German clause order, in the six languages of issue #12
(stop 43): a price told as a detail of a headline about access (a tier reached, credits that
come with it), a page that says the owner is not involved, teardowns of an app's code, a
single-product vendor's "video" in a headline, German announcements that close around their
object ("hat am Dienstag Veo 4 vorgestellt") and German ordinal dates ("am 26. April"), and a
few ways of telling an arrival (a device's version of an app, no more allowlist, "greffe",
"pilotable depuis ChatGPT", "gratis para cuentas"), and a lede's release or arrival told
in the perfect tense or by the host ("ha publicado este jueves Wan 3.5", "publicou na
quarta-feira", "hat in der Nacht Ray4 freigeschaltet", "Google Photos intègre désormais"),
prize money that is no price, and a product's birthday that is a look back.
Each reading has guards.

Every headline, summary and address here was written for these tests, in words of its own:
none is taken or paraphrased from a labelled corpus item. Every row that expects an event
failed on the tree before this round (stop 42's), except the guard rows marked "both trees",
which keep an event a new reading must not change. The rows that expect None alerted on that
tree, except two teardowns ("... readies a Veo 5 picker", "Kling pourrait arriver en Europe"),
the look back at Sora's European arrival, the Italian startup's app, Luma's 3D scanner, the
FAQ page and the dataset, which hold on both trees. The "after review" rows come from what a
reviewer's items showed (in words of our own).

The tables "time told first", "german hosts", "price lists", "denials and closings", "figures
of speech", "no date yet", "others' words", "paying users", "release, then clips", "unveiled at
a price", "made with it", "service pages" and "status pages" were added at stop 44: their rows
failed on stop 43's tree, except the rows marked "both trees".

The tables "plain arrivals", "leaks", "doors closed", "firsts and priced arrivals", "the
future, and guides" and "impressive, not impressed" were added at stop 45: their rows failed on
stop 44's tree, except the rows marked "both trees"; so were the "stop 45 review guards", which
hold on both trees.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# (title, summary, lang, event or None)
ACCESS_OVER_PRICE = [
    (
        "Veo 3.1 for Google AI Pro subscribers",
        "Google AI Pro subscribers, who pay $19.99 a month, get Veo 3.1 in the Gemini app.",
        "en",
        "availability",
    ),
    (
        "Kling 2.5 opens to free users with daily credits",
        "Kuaishou said free accounts can now use Kling 2.5 Turbo, spending the 66 daily credits they already get.",
        "en",
        "availability",
    ),
    (
        "Runway senkt die Hürde: Gen-4 Aleph ab dem Standard-Abo",
        "Die Funktion war bisher dem Pro-Tarif vorbehalten; die Preise der Tarife bleiben gleich.",
        "de",
        "availability",
    ),
    (
        "Firefly Video steht nun allen Creative-Cloud-Kunden offen",
        "Adobe beendet die Testphase seines Videomodells, verbraucht werden Generative Credits.",
        "de",
        "availability",
    ),
    # guards: the price changes, or the released thing is a plan (both trees)
    (
        "Runway raises the price of its Unlimited plan for Pro users",
        "Runway's Unlimited plan, which includes Gen-4, now costs $105 a month, up from $95.",
        "en",
        "pricing",
    ),
    (
        "Luma estrena un plan gratuito con 30 créditos al mes para Dream Machine",
        "El nuevo plan permite generar vídeos con Ray2 Flash sin pagar.",
        "es",
        "pricing",
    ),
]

NOT_INVOLVED = [
    (
        "Clipforge brings Kling clips to your shop's iPhone",
        "The indie app sends product photos to the Kling API and returns short ads. Kuaishou is not involved.",
        "en",
        None,
    ),
    (
        "Une start-up nantaise lance une appli de bandes-annonces avec Runway",
        "L'application génère des vidéos via l'API de Runway, mais elle n'est pas un produit de Runway.",
        "fr",
        None,
    ),
    (
        "Un'app di Bologna anima i ritratti con Dream Machine",
        "La startup ha lanciato l'app usando le API di Luma; Luma AI non è coinvolta nel progetto.",
        "it",
        None,
    ),
    (
        "Un desarrollador lanza un bot de Telegram para crear vídeos con Veo 3",
        "El bot usa la clave de cada usuario para llamar a la API de Veo 3. Google no participa.",
        "es",
        None,
    ),
    (
        "Luma's 3D scanner app comes to Android tablets",
        "The capture app for rooms and objects is now on Android; it has nothing to do with Dream Machine, Luma's video product.",
        "en",
        None,
    ),
]

TEARDOWNS = [
    (
        "APK teardown: Sora is coming to Android tablets",
        "Strings in the latest build mention a tablet layout for the video app.",
        "en",
        None,
    ),
    (
        "Des indices dans le code : Veo 4 arrive dans Google Photos",
        "Des chaînes de texte découvertes dans l'application évoquent Veo 4.",
        "fr",
        None,
    ),
    (
        "Data miner finds Kling 3.0 launch strings in the Kling app",
        "References in the code point to a new video model.",
        "en",
        None,
    ),
    (
        "APK teardown: the Gemini app readies a Veo 5 picker",
        "Unused strings in the latest Google app build mention Veo 5 and longer clips.",
        "en",
        None,
    ),
    (
        "Kling pourrait arriver en Europe : des indices dans le code",
        "Des chaînes de texte découvertes dans l'application évoquent un lancement européen.",
        "fr",
        None,
    ),
    # guard: a release reported as today's news is no teardown (both trees)
    (
        "Google launches Veo 5 in the Gemini app",
        "Google released Veo 5 today to AI Ultra subscribers in the Gemini app.",
        "en",
        "launch",
    ),
]

ARRIVALS = [
    (
        "Midjourney brings Relax-mode video to Standard members",
        "Standard-plan subscribers can now queue video jobs in Relax mode without spending Fast hours.",
        "en",
        "availability",
    ),
    (
        "No more allowlist for Veo 3.1 on Vertex AI",
        "Every Google Cloud project can now call the video model, Google said on Tuesday.",
        "en",
        "availability",
    ),
    (
        "Dream Machine on your headset",
        "Luma AI has released a visionOS version of Dream Machine that generates Ray3 clips.",
        "en",
        "availability",
    ),
    (
        "Veo 3 Fast in Shorts: 30 more countries",
        "Creators in 30 additional countries, including Mexico and Japan, can now generate Veo 3 Fast clips in Shorts.",
        "en",
        "availability",
    ),
    (
        "Seedance 2.0, live inside Krea from today",
        "Krea subscribers can pick ByteDance's model in the video tab.",
        "en",
        "availability",
    ),
    (
        "Runway greffe Gen-4 à son application iPad",
        "Les abonnés peuvent générer des vidéos avec les mêmes crédits que sur le web.",
        "fr",
        "availability",
    ),
    (
        "Ray3, désormais pilotable depuis ChatGPT",
        "Luma relie son générateur de vidéos aux applications de ChatGPT.",
        "fr",
        "availability",
    ),
    # (both trees)
    (
        "Kling 2.5 Turbo, gratis para cuentas sin suscripción",
        "Kuaishou abre el modelo de vídeo a las cuentas gratuitas hasta septiembre.",
        "es",
        "availability",
    ),
    # guards: arrivals read before this round (both trees)
    (
        "Sora 2 pour les abonnés Plus",
        "OpenAI ouvre Sora 2 aux abonnés ChatGPT Plus, à 23 € par mois, dès aujourd'hui.",
        "fr",
        "availability",
    ),
    # guards: a look back, a tracker page, an objection (the last two alerted on stop 42's tree)
    (
        "A year after Sora reached Europe, what changed for creators",
        "Twelve months on we look at how European filmmakers use OpenAI's video app.",
        "en",
        None,
    ),
    (
        "Where Veo 3 works in Gemini: a country-by-country tracker",
        "This regularly updated list shows the countries where the Gemini app offers Veo 3.",
        "en",
        None,  # alerted
    ),
    (
        "Talent agencies push back on Sora's likeness rules",
        "Several agencies asked OpenAI for an opt-in system for their clients' faces in the video app.",
        "en",
        None,  # alerted
    ),
]

GERMAN_ORDER = [
    (
        "Veo 4",
        "Google hat am Dienstag Veo 4 vorgestellt, das ab sofort in der Gemini-App verfügbar ist.",
        "de",
        "launch",
    ),
    (
        "Nova Reel 2 startet in Amazon Bedrock",
        "AWS hat Nova Reel 2 vorgestellt und direkt in Bedrock verfügbar gemacht.",
        "de",
        "launch",
    ),
    (
        "Sora-App: Aus am 26. April",
        "OpenAI wird die Sora-App am 26. April abschalten, die API folgt im September.",
        "de",
        "shutdown",
    ),
    # guard: a wait with no date, read before this round (both trees)
    (
        "Meta hält Movie Gen weiter zurück",
        "Für Movie Gen gibt es noch immer keinen Termin. Eine Integration in Instagram kündigte Meta nicht an.",
        "de",
        "delay",
    ),
    (
        "Getränkehersteller zeigt Werbespot, der komplett mit Sora entstand",
        "Die Hamburger Firma hat einen TV-Spot veröffentlicht, dessen Bilder vollständig von Sora 2 generiert wurden.",
        "de",
        None,
    ),
    # guard: a verb-final release of a version of a hosted model stays an arrival (both trees)
    (
        "Veo 3 jetzt auch in Deutschland",
        "Google hat Veo 3 ab heute für deutsche Gemini-Pro-Abonnenten freigeschaltet.",
        "de",
        "availability",
    ),
]

OTHER_LANGUAGES = [
    (
        "'É o nosso modelo mais rápido', diz Runway ao lançar Gen-5 Turbo",
        "A Runway colocou no ar nesta terça o Gen-5 Turbo. Ele custa menos créditos por segundo.",
        "pt",
        "launch",
    ),
    (
        "Runway muda o plano Unlimited",
        "A partir de março, o plano Unlimited da Runway, com o Gen-4, sobe para US$ 109 mensais.",
        "pt",
        "pricing",
    ),
    (
        "Stable Video Diffusion 4 è in beta pubblica",
        "Stability AI ha aperto a tutti la prima beta del suo modello video.",
        "it",
        "launch",
    ),
    (
        "Adobe, trimestre da record per Creative Cloud",
        "Il fatturato cresce; l'azienda ha citato il modello video di Firefly, lanciato l'anno scorso, tra i motori.",
        "it",
        None,
    ),
]

SUMMARY_VERBS = [
    (
        "Alibaba vuelve a la carga con Wan 3.5",
        "Alibaba ha publicado este jueves Wan 3.5, la nueva versión de su modelo de vídeo, con pesos abiertos.",
        "es",
        "launch",
    ),
    (
        "HunyuanVideo 3.0 gera vídeo e som juntos",
        "A Tencent publicou na quarta-feira o HunyuanVideo 3.0 no Hugging Face, um modelo de vídeo de pesos abertos.",
        "pt",
        "launch",
    ),
    (
        "Ray4 kann jetzt auch Ton",
        "Luma AI hat in der Nacht Ray4 freigeschaltet, den Nachfolger des Videomodells Ray3.",
        "de",
        "launch",
    ),
    (
        "Google Photos : Veo 3.1 anime vos souvenirs",
        "Google Photos intègre désormais Veo 3.1 pour transformer une photo en courte vidéo.",
        "fr",
        "availability",
    ),
    (
        "Kling 2.6 también en Amazon Bedrock",
        "AWS ha incorporado Kling 2.6, el modelo de vídeo de Kuaishou, al catálogo de Bedrock.",
        "es",
        "availability",
    ),
    (
        "Firefly-Video für Firmen in Österreich",
        "Adobe stellt sein Firefly-Videomodell ab sofort auch Geschäftskunden in Österreich zur Verfügung.",
        "de",
        "availability",
    ),
    (
        "Genmo ouvre son nouveau modèle vidéo",
        "Genmo rend public Mochi 2, un modèle de génération vidéo sous licence Apache 2.0.",
        "fr",
        "launch",
    ),
    (
        "Nova Reel jetzt auch aus Frankfurt",
        "Amazon Web Services bietet sein Videomodell Nova Reel seit Montag auch in der Region Frankfurt an.",
        "de",
        "availability",
    ),
    (
        "Veo enfin à La Réunion",
        "Google a ouvert jeudi la génération vidéo Veo dans l'application Gemini pour les départements d'outre-mer.",
        "fr",
        "availability",
    ),
    (
        "Premiere Pro ganha novos modelos",
        "A Adobe adicionou o Kling 2.5 e o Hailuo 2.3 aos modelos parceiros disponíveis no Firefly.",
        "pt",
        "availability",
    ),
    # guard (both trees)
    (
        "Gen-4 for big studios on AWS",
        "Runway has made Gen-4 available to enterprise buyers through AWS Marketplace.",
        "en",
        "availability",
    ),
]

NOT_NEWS = [
    (
        "Luma puts up $50,000 in prizes for Ray4 short films",
        "Luma AI opened submissions on Monday for short films made with its Ray4 model; winners will be picked in May.",
        "en",
        None,
    ),
    (
        "Kling cumple dos años: así ha cambiado el generador de vídeo",
        "Hace dos años, Kuaishou lanzó Kling en China. Repasamos la evolución del modelo.",
        "es",
        None,
    ),
    # holds on both trees
    (
        "Is Runway free to use?",
        "Runway gives new accounts 125 credits, then asks for a paid plan. This page answers the most common questions about its plans.",
        "en",
        None,
    ),
]

AFTER_REVIEW = [
    # somebody other than the owner not involved: the owner's event stands (both trees)
    (
        "OpenAI brings the Sora app to Android in Korea; Microsoft not involved",
        "OpenAI said Tuesday the Sora app is now available on Android in Korea. Microsoft, which runs the Sora-powered Bing Video Creator, is not involved.",
        "en",
        "availability",
    ),
    (
        "Luma porta Ray3 in Europa; il Garante non è coinvolto",
        "Luma AI ha reso disponibile Ray3 agli utenti europei da oggi; l'autorità non ha avuto alcun ruolo.",
        "it",
        "availability",
    ),
    # an official launch after leaks or a teardown: the leak is background (both trees)
    (
        "Google officially launches Veo 5 after weeks of leaks",
        "Google released Veo 5 today in the Gemini app and Flow.",
        "en",
        "launch",
    ),
    (
        "Google lance officiellement Veo 5, repéré il y a un mois dans le code de l'appli",
        "Le modèle est disponible dès aujourd'hui dans Gemini.",
        "fr",
        "launch",
    ),
    (
        "Keine Allowlist mehr: Veo 3.1 auf Vertex AI für alle Kunden",
        "Google hat die Vorschau beendet; jedes Projekt kann das Videomodell nun nutzen.",
        "de",
        "availability",
    ),
    (
        "Grok Imagine si allarga",
        "Gli utenti di 30 paesi in più, tra cui l'Italia, possono ora creare video con Grok Imagine.",
        "it",
        "availability",
    ),
    (
        "Gen-4.5 em todos os planos",
        "A Runway disponibilizou nesta segunda-feira o Gen-4.5 para todos os planos pagos, incluindo o Standard.",
        "pt",
        "availability",
    ),
    # a dataset made public is no release of a product (both trees)
    (
        "Alibaba rend public un jeu de données de 10 millions de clips vidéo",
        "Les chercheurs pourront entraîner des modèles de génération vidéo comme Wan.",
        "fr",
        None,
    ),
]

# Stop 44: a past time told before the verb ("Il y a quelques mois, Runway a lancé ...") makes the
# event background in each language; a later sentence's own release still counts (guards, both trees).
TIME_TOLD_FIRST = [
    (
        "How indie filmmakers are using Gen-4",
        "A few months ago, Runway launched Gen-4, its video generation model. Dozens of filmmakers now shoot short films with it.",
        "en",
        None,
    ),
    # holds on both trees: the old reading already took "Last year, Pika released"
    (
        "Pika's meme machine keeps growing",
        "Last year, Pika released Pika 2.0 and its Scene Ingredients. Creators still post thousands of clips made with it every day.",
        "en",
        None,
    ),
    (
        "Runway et le cinéma indépendant, une histoire qui commence",
        "Il y a quelques mois, Runway a lancé Gen-4, son modèle de génération vidéo. Plusieurs réalisateurs l'utilisent désormais pour tourner des courts-métrages.",
        "fr",
        None,
    ),
    (
        "Kling séduit les monteurs amateurs",
        "L'an dernier, Kuaishou a dévoilé Kling, son générateur de vidéos par IA. Aujourd'hui, des milliers de monteurs amateurs l'utilisent pour leurs clips.",
        "fr",
        None,
    ),
    (
        "Wie Filmemacher mit Gen-4 arbeiten",
        "Vor einigen Monaten hat Runway sein Videomodell Gen-4 vorgestellt. Inzwischen drehen Dutzende Filmemacher damit Kurzfilme.",
        "de",
        None,
    ),
    (
        "Cómo los cineastas usan Gen-4",
        "Hace unos meses, Runway lanzó Gen-4, su modelo de generación de vídeo. Hoy decenas de cineastas ruedan cortos con él.",
        "es",
        None,
    ),
    (
        "Come i registi usano Gen-4",
        "Qualche mese fa Runway ha lanciato Gen-4, il suo modello di generazione video. Oggi decine di registi girano cortometraggi con esso.",
        "it",
        None,
    ),
    (
        "Como os cineastas usam o Gen-4",
        "Há alguns meses, a Runway lançou o Gen-4, seu modelo de geração de vídeo. Hoje dezenas de cineastas filmam curtas com ele.",
        "pt",
        None,
    ),
    # guards: the headline's own release, told after the look back (both trees)
    (
        "Runway launches Gen-5",
        "Last year, Runway launched Gen-4. On Tuesday the company released Gen-5, its new video generation model, to paying subscribers.",
        "en",
        "launch",
    ),
    (
        "Runway lance Gen-5",
        "L'an dernier, Runway a lancé Gen-4. Ce mardi, l'entreprise a dévoilé Gen-5, son nouveau modèle de génération vidéo.",
        "fr",
        "launch",
    ),
]

# Stop 44: a German host that takes a model in ("in seine KI-Suite aufgenommen", "jetzt bei Freepik").
GERMAN_HOSTS = [
    (
        "Kling 2.5 jetzt bei Freepik",
        "Freepik hat das Videomodell Kling 2.5 von Kuaishou in seine KI-Suite aufgenommen, ab heute für Premium-Nutzer.",
        "de",
        "availability",
    ),
    (
        "Veo 3 im Canva-Editor",
        "Canva hat Googles Videomodell Veo 3 in seinen Editor aufgenommen; Pro-Kunden können es ab heute nutzen.",
        "de",
        "availability",
    ),
]

# Stop 44: prices listed, not changed (§1b: a price list is none) - a rate card or a reseller's
# catalogue in each language; a price cut or prices published as the news stay pricing (guards).
PRICE_LISTS = [
    (
        "Kling 2.5 API Pricing",
        "Kling 2.5 Turbo Pro: $0.35 per 5-second video. Kling 2.5 Turbo Std: $0.21 per 5-second video. Billed per successful generation.",
        "en",
        None,
    ),
    (
        "Kling API prices on our platform",
        "Kling 2.5 Turbo: $0.35 per 5-second clip. Kling 2.1 Master: $1.40 per clip. Prices include our platform fee.",
        "en",
        None,
    ),
    (
        "Veo 3 on Vertex AI",
        "Veo 3: $0.40 per second of video with audio. Veo 3 Fast: $0.15 per second. Output is billed per second generated.",
        "en",
        None,
    ),
    # holds on both trees
    (
        "Seedance models",
        "Seedance 1.0 Pro costs $0.25 per clip, Seedance 1.0 Lite costs $0.18 per clip, and Seedance 2.0 costs $0.60 per clip on our API.",
        "en",
        None,
    ),
    (
        "Tarifs de l'API Kling",
        "Kling 2.5 Turbo : 0,35 $ par vidéo de 5 secondes. Kling 2.1 Master : 1,40 $ par vidéo. Facturation à la génération réussie.",
        "fr",
        None,
    ),
    (
        "Preise der Kling-API",
        "Kling 2.5 Turbo: 0,35 $ pro 5-Sekunden-Video. Kling 2.1 Master: 1,40 $ pro Video. Abgerechnet wird pro erfolgreicher Generierung.",
        "de",
        None,
    ),
    (
        "Precios de la API de Kling",
        "Kling 2.5 Turbo: 0,35 $ por vídeo de 5 segundos. Kling 2.1 Master: 1,40 $ por vídeo. Se factura por generación correcta.",
        "es",
        None,
    ),
    # guards: a change of price, or prices published today (both trees)
    (
        "Kling cuts API prices",
        "Kuaishou lowered Kling 2.5 Turbo to $0.28 per 5-second clip from $0.35, and Kling 2.1 Master to $1.10 from $1.40, effective today.",
        "en",
        "pricing",
    ),
    (
        "Google publishes Veo 3 API prices",
        "Google today set Veo 3 at $0.40 per second and Veo 3 Fast at $0.15 per second on the Gemini API, as the models reach general availability.",
        "en",
        "pricing",
    ),
    (
        "Kling baisse les prix de son API",
        "Kuaishou fait passer Kling 2.5 Turbo à 0,28 $ par clip de 5 secondes, contre 0,35 $ auparavant.",
        "fr",
        "pricing",
    ),
]

# Stop 44: a launch denied or rumoured ("denies plans to launch", "dément vouloir lancer", "rumeurs
# d'une sortie imminente") is no event; a release blocked in a region is a delay; and a few ways
# of telling an event: "a levé le rideau sur", sign-ups closed ("ne permet plus de créer de
# nouveaux comptes", "cierra el registro"), "propose désormais ... sur Android", "stops working today".
DENIALS_AND_CLOSINGS = [
    (
        "Google denies plans to launch Veo 4 this month",
        "A Google spokesperson said reports of an imminent Veo 4 release were inaccurate.",
        "en",
        None,
    ),
    (
        "Google dément vouloir lancer Veo 4 ce mois-ci",
        "Un porte-parole de Google a qualifié d'inexactes les rumeurs d'une sortie imminente de Veo 4.",
        "fr",
        None,
    ),
    # holds on both trees
    (
        "Google dementiert Start von Veo 4 in diesem Monat",
        "Ein Sprecher nannte Berichte über eine baldige Veröffentlichung von Veo 4 falsch.",
        "de",
        None,
    ),
    (
        "Google desmiente el lanzamiento de Veo 4 este mes",
        "Un portavoz calificó de inexactos los informes sobre un estreno inminente de Veo 4.",
        "es",
        None,
    ),
    (
        "Google smentisce il lancio di Veo 4 questo mese",
        "Un portavoce ha definito inesatte le voci su un'uscita imminente di Veo 4.",
        "it",
        None,
    ),
    (
        "Google nega lançamento do Veo 4 este mês",
        "Um porta-voz classificou como incorretas as notícias sobre a estreia iminente do Veo 4.",
        "pt",
        None,
    ),
    # holds on both trees
    (
        "Google launches Veo 4 after denying it for weeks",
        "Google today released Veo 4 to Gemini Ultra subscribers, weeks after denying reports of a launch.",
        "en",
        "launch",
    ),
    (
        "Veo 4 release blocked in the EU",
        "Google said Veo 4 will not be offered in the European Union until regulators review it.",
        "en",
        "delay",
    ),
    (
        "Une nouvelle corde à l'arc de Runway",
        "Runway a levé le rideau jeudi sur Gen-5, la nouvelle version de son générateur de vidéos.",
        "fr",
        "launch",
    ),
    (
        "Sora 2 : OpenAI referme les portes",
        "OpenAI ne permet plus de créer de nouveaux comptes sur Sora 2 ; seuls les utilisateurs déjà inscrits peuvent générer des vidéos.",
        "fr",
        "waitlist",
    ),
    (
        "OpenAI cierra el registro de Sora 2",
        "Los nuevos usuarios no pueden registrarse por ahora, informó OpenAI.",
        "es",
        "waitlist",
    ),
    (
        "De nouvelles fonctionnalités pour Kling sur mobile",
        "L'application Kling propose désormais le modèle Kling 2.5 Turbo sur Android et iOS, à partir d'aujourd'hui.",
        "fr",
        "availability",
    ),
    (
        "Sora app's last day",
        "OpenAI's Sora app stops working today; downloads are no longer possible.",
        "en",
        "shutdown",
    ),
]

# Stop 44: figures of speech for an event ("tombe les barrières" over an invitation no longer
# needed, "tombe à l'eau", "pulls Ray4 out of the hat", "closes the floodgates"), a region
# declined in German ("in der Europäischen Union"), and "desconectará" for an end.
FIGURES_OF_SPEECH = [
    (
        "Sora 2 tombe les barrières",
        "OpenAI supprime l'obligation d'un code d'invitation : Sora 2 est désormais ouvert à tous aux États-Unis.",
        "fr",
        "availability",
    ),
    (
        "Le lancement de Seedance 2.0 tombe à l'eau",
        "ByteDance a suspendu le lancement mondial de Seedance 2.0 après des plaintes de studios.",
        "fr",
        "delay",
    ),
    (
        "Luma pulls Ray4 out of the hat",
        "The startup dropped Ray4, its new video generation model, on Thursday.",
        "en",
        "launch",
    ),
    (
        "OpenAI closes the Sora floodgates",
        "OpenAI has stopped accepting new Sora sign-ups amid overwhelming demand.",
        "en",
        "waitlist",
    ),
    (
        "Sora 2 überquert den Atlantik",
        "OpenAI macht Sora 2 ab heute in der Europäischen Union verfügbar.",
        "de",
        "availability",
    ),
    (
        "Runway desenchufa Gen-2",
        "Runway desconectará Gen-2 el 31 de enero.",
        "es",
        "shutdown",
    ),
    # holds on both trees
    (
        "ByteDance desenchufa el lanzamiento mundial de Seedance 2.0",
        "La empresa frena el despliegue global tras las quejas de los estudios.",
        "es",
        "delay",
    ),
    # holds on both trees
    (
        "OpenAI closes the Sora app",
        "OpenAI will shut down the Sora app on April 26.",
        "en",
        "shutdown",
    ),
]

# Stop 44: no date yet for a device or an interface ("No Android date for Sora 2 yet") is a
# delay; a rumour that "has not given a date" stays none (guard).
NO_DATE_YET = [
    (
        "No Android date for Sora 2 yet",
        "OpenAI says an Android version is coming but has not given a date.",
        "en",
        "delay",
    ),
    # holds on both trees
    (
        "Is Pika about to ship Pika 3.0?",
        "Hints in a job post suggest a new model is near, but Pika has announced nothing and has not given a date.",
        "en",
        None,
    ),
]

# Stop 44: what testers say is hearsay, and a TV ad that shows a model off is marketing; the
# owner putting a model in private preview stays a waitlist (guard).
OTHERS_WORDS = [
    (
        "Testers say Veo 4 is already in private preview",
        "Several creators posted clips they say were made with an unreleased Veo 4, though Google has not confirmed it.",
        "en",
        None,
    ),
    (
        "Kling's new TV ad shows off its video model",
        "Kuaishou's campaign, aired during the World Cup, was made entirely with Kling.",
        "en",
        None,
    ),
    # holds on both trees
    (
        "Google puts Veo 4 in private preview",
        "Google said on Tuesday that Veo 4 is available in private preview to a small group of testers.",
        "en",
        "waitlist",
    ),
]

# Stop 44: "usuarios de pago" names who may use a product, not a price; a product that
# "pasa a ser de pago" stays a price change (guard).
PAYING_USERS = [
    (
        "Veo 3 para los usuarios de pago de Gemini",
        "Google abre desde hoy Veo 3 a todos los usuarios de pago de la app Gemini en España.",
        "es",
        "availability",
    ),
    # holds on both trees
    (
        "Sora 2 pasa a ser de pago",
        "OpenAI empezará a cobrar por Sora 2 a partir del lunes: el plan básico costará 10 dólares al mes.",
        "es",
        "pricing",
    ),
]

# Stop 44: a release followed by what the model makes ("which Google released on Tuesday,
# generates 4K clips") is no demo reel; "dropped a series of demo clips" still is (guard).
RELEASE_THEN_CLIPS = [
    (
        "Veo 4 is Google's answer to Sora 2",
        "The new model, which Google released on Tuesday, generates 4K clips with dialogue.",
        "en",
        "launch",
    ),
    # holds on both trees
    (
        "Google shows off Veo 4 clips",
        "Google dropped a series of demo clips made with Veo 4 on its blog.",
        "en",
        None,
    ),
]

# Stop 44: an unveiling verb whose object is the product, with a price that qualifies it
# ("unveiled Ray4 this morning, priced at $0.30 per second", "facturé 0,30 $"), is a launch
# with its price; a price raised beside it stays the news (guard).
UNVEILED_AT_A_PRICE = [
    (
        "Luma unveils Ray4",
        "Luma AI unveiled Ray4 this morning, priced at $0.30 per second.",
        "en",
        "launch",
    ),
    (
        "Luma dévoile Ray4",
        "Luma AI a dévoilé ce matin Ray4, facturé 0,30 $ par seconde.",
        "fr",
        "launch",
    ),
    # holds on both trees
    (
        "Luma stellt Ray4 vor",
        "Luma AI präsentierte heute Ray4 zum Preis von 0,30 $ pro Sekunde.",
        "de",
        "launch",
    ),
    # holds on both trees
    (
        "Luma presenta Ray4",
        "Luma AI presentó esta mañana Ray4, a 0,30 dólares por segundo.",
        "es",
        "launch",
    ),
    # holds on both trees
    (
        "Luma unveils Ray4",
        "Luma AI unveiled Ray4 and raised Ray3 prices to $0.40 per second.",
        "en",
        "pricing",
    ),
]

# Stop 44: a first-person film made with a model ("J'ai réalisé un court-métrage avec", "Ich habe
# einen Kurzfilm mit ... gedreht", "Hice un cortometraje con") is a hands-on; "lequel choisir"
# compares; "lanzado esta primavera" and "desplegó ... el mes pasado" are background;
# "annonceurs" are advertisers, not an announcement. Guards: "a annoncé mardi", and a generic
# "como criamos nossos vídeos" beside a pre-registration.
MADE_WITH_IT = [
    (
        "J'ai réalisé un court-métrage avec Veo 3",
        "Veo 3 est accessible aux abonnés Google AI Pro pour 21,99 € par mois.",
        "fr",
        None,
    ),
    (
        "Ich habe einen Kurzfilm mit Veo 3 gedreht",
        "Veo 3 steht Abonnenten von Google AI Pro für 21,99 Euro im Monat zur Verfügung.",
        "de",
        None,
    ),
    (
        "Hice un cortometraje con Veo 3",
        "Veo 3 está disponible para los suscriptores de Google AI Pro por 21,99 euros al mes.",
        "es",
        None,
    ),
    (
        "Veo 3 ou Sora 2 : lequel choisir ?",
        "Veo 3 est accessible aux abonnés Google AI Pro pour 21,99 € par mois.",
        "fr",
        None,
    ),
    # holds on both trees
    (
        "Pourquoi Kling séduit les annonceurs",
        "Les agences utilisent de plus en plus le générateur de vidéos de Kuaishou pour leurs campagnes.",
        "fr",
        None,
    ),
    (
        "Lo que hay que saber de Veo 3",
        "El nuevo modelo de vídeo de Google, lanzado esta primavera, genera clips con sonido.",
        "es",
        None,
    ),
    (
        "Veo 3, en números",
        "Google desplegó Veo 3 en más países el mes pasado.",
        "es",
        None,
    ),
    # holds on both trees
    (
        "Google annonce Veo 4",
        "Google a annoncé mardi Veo 4, son nouveau modèle de génération vidéo.",
        "fr",
        "launch",
    ),
    # holds on both trees
    (
        "Sora a caminho do Android",
        "O app de vídeo da OpenAI chega em breve ao Android, com pré-registro no Google Play; veja como criamos nossos primeiros vídeos com IA.",
        "pt",
        "waitlist",
    ),
]

# Stop 44: service pages over a lede that only states where a product is available or what it
# costs: an FAQ ("questions fréquentes"), a selection of favourite clips, prompts "qui marchent",
# "qual escolher", "testado"; "anunciantes" are advertisers. Guards: "anuncia"/"anunció" Veo 4.
SERVICE_PAGES = [
    (
        "Veo 3 : questions fréquentes",
        "Veo 3 est accessible aux abonnés Google AI Pro pour 21,99 € par mois.",
        "fr",
        None,
    ),
    (
        "Nos clips Veo 3 préférés de la semaine",
        "Veo 3 est accessible aux abonnés Google AI Pro pour 21,99 € par mois.",
        "fr",
        None,
    ),
    (
        "Des prompts Veo 3 qui marchent vraiment",
        "Google a déployé Veo 3 dans de nouveaux pays le mois dernier.",
        "fr",
        None,
    ),
    (
        "Our favorite Veo 3 clips this week",
        "Veo 3 is available to Google AI Pro subscribers for $19.99 a month.",
        "en",
        None,
    ),
    (
        "Veo 3 ou Sora 2: qual escolher?",
        "O Veo 3 está disponível para assinantes do Google AI Pro por R$ 96,99 por mês.",
        "pt",
        None,
    ),
    (
        "Veo 3 testado: impressionante, mas caro",
        "O Google expandiu o Veo 3 para mais países no mês passado.",
        "pt",
        None,
    ),
    (
        "Por que o Veo 3 importa para anunciantes",
        "O Google expandiu o Veo 3 para mais países no mês passado.",
        "pt",
        None,
    ),
    # holds on both trees
    (
        "O que muda com o Veo 3",
        "O novo modelo de vídeo do Google, lançado nesta primavera, gera clipes com som.",
        "pt",
        None,
    ),
    # holds on both trees
    (
        "Google anuncia o Veo 4",
        "O Google anunciou nesta terça-feira o Veo 4, seu novo modelo de geração de vídeo.",
        "pt",
        "launch",
    ),
    # holds on both trees
    (
        "Google anuncia Veo 4",
        "Google anunció este martes Veo 4, su nuevo modelo de generación de vídeo.",
        "es",
        "launch",
    ),
    # the same pages in German, Spanish, Italian and Portuguese
    (
        "Veo 3: Häufige Fragen",
        "Veo 3 steht Abonnenten von Google AI Pro für 21,99 Euro im Monat zur Verfügung.",
        "de",
        None,
    ),
    (
        "Unsere liebsten Veo-3-Clips der Woche",
        "Google hat Veo 3 im vergangenen Monat in weiteren Ländern ausgerollt.",
        "de",
        None,
    ),
    (
        "Veo 3: preguntas frecuentes",
        "Veo 3 está disponible para los suscriptores de Google AI Pro por 21,99 euros al mes.",
        "es",
        None,
    ),
    (
        "Prompts de Veo 3 que funcionan de verdad",
        "Google lanzó Veo 3 en la conferencia I/O en mayo y ya está disponible en la app de Gemini.",
        "es",
        None,
    ),
    (
        "I prezzi di Veo 3 spiegati",
        "Veo 3 è disponibile per gli abbonati Google AI Pro a 21,99 euro al mese.",
        "it",
        None,
    ),
    (
        "Le nostre clip preferite di Veo 3 della settimana",
        "Il nuovo modello video di Google, rilasciato in primavera, genera clip con audio.",
        "it",
        None,
    ),
    (
        "Veo 3: perguntas frequentes",
        "O Veo 3 está disponível para assinantes do Google AI Pro por R$ 96,99 por mês.",
        "pt",
        None,
    ),
    (
        "Os preços do Veo 3 explicados",
        "O Google expandiu o Veo 3 para mais países no mês passado.",
        "pt",
        None,
    ),
    # guard: a rollout told today (both trees)
    (
        "Veo 3 jetzt in weiteren Ländern",
        "Google hat Veo 3 heute in zwölf weiteren Ländern ausgerollt.",
        "de",
        "availability",
    ),
]

# Stop 44: a headline whose last clause is only a status noun after the product's name ("Sora 2
# en México: disponibilidad", "Kling 3.0 : date de sortie") labels a page kept up to date, not
# today's news; a slip told in that clause stays a delay (guard).
STATUS_PAGES = [
    (
        "Sora 2 en México: disponibilidad",
        "Sora 2 todavía no está disponible en México; OpenAI lo ofrece solo en Estados Unidos y Canadá.",
        "es",
        None,
    ),
    (
        "Veo 4 in Europe: release date and availability",
        "Veo 4 is not yet available in the EU, and Google has not said when it will be.",
        "en",
        None,
    ),
    (
        "Kling 3.0 : date de sortie",
        "Kling 3.0 n'est pas encore disponible en France ; Kuaishou le réserve pour l'instant à la Chine.",
        "fr",
        None,
    ),
    (
        "Sora 2 in Deutschland: Verfügbarkeit",
        "Sora 2 ist in Deutschland noch nicht verfügbar; OpenAI nennt keinen Termin.",
        "de",
        None,
    ),
    (
        "Sora 2 in Italia: disponibilità",
        "Sora 2 non è ancora disponibile in Italia e OpenAI non ha indicato una data.",
        "it",
        None,
    ),
    (
        "Sora 2 no Brasil: disponibilidade",
        "O Sora 2 ainda não está disponível no Brasil, e a OpenAI não deu prazo.",
        "pt",
        None,
    ),
    # holds on both trees
    (
        "Veo 4: the EU launch slips to autumn",
        "Google has postponed Veo 4's European release to the autumn, it said on Monday.",
        "en",
        "delay",
    ),
]

# An arrival told plainly: out in a market, working on a platform, part of a plan, open to free
# users for the first time, no invite code needed, usable from a country; and French releases
# "fait son apparition" / "disponible depuis ce matin" (stop 45).
PLAIN_ARRIVALS = [
    (
        "Veo 3 für alle: Google öffnet sein Videomodell für kostenlose Gemini-Nutzer",
        "Zum ersten Mal können Menschen ohne Abo Veo 3 in der Gemini-App ausprobieren, mit drei Clips pro Tag.",
        "de",
        "availability",
    ),
    (
        "Midjourney video now works on the web and Discord for all subscribers",
        "The V1 video model, which only Pro users could use at first, is now part of the Basic plan.",
        "en",
        "availability",
    ),
    (
        "Sora 2 is now open to everyone in the US, no invite code needed",
        "OpenAI has dropped the invite requirement for its Sora app in the United States.",
        "en",
        "availability",
    ),
    (
        "Veo 3 for everyone: Google opens its video model to free Gemini users",
        "For the first time, people without a paid plan can try Veo 3 in the Gemini app, with three clips a day.",
        "en",
        "availability",
    ),
    (
        "Veo 3 launches for Vertex AI customers",
        "Google Cloud made Veo 3 generally available on Vertex AI on Tuesday after a preview in May.",
        "en",
        "availability",
    ),
    (
        "Veo 3 para todos: Google abre su modelo de vídeo a los usuarios gratuitos de Gemini",
        "Por primera vez, las personas sin suscripción pueden probar Veo 3 en la app de Gemini, con tres vídeos al día.",
        "es",
        "availability",
    ),
    (
        "Kling AI accessible depuis la France",
        "L'outil de Kuaishou peut désormais être utilisé depuis l'Europe sans numéro chinois.",
        "fr",
        "availability",
    ),
    (
        "Veo 3 pour tous : Google ouvre son modèle vidéo aux utilisateurs gratuits de Gemini",
        "Pour la première fois, les personnes sans abonnement peuvent essayer Veo 3 dans l'application Gemini, avec trois vidéos par jour.",
        "fr",
        "availability",
    ),
    (
        "Kling AI utilizzabile dall'Italia",
        "Lo strumento di Kuaishou ora può essere usato dall'Europa senza un numero cinese.",
        "it",
        "availability",
    ),
    (
        "Veo 3 per tutti: Google apre il suo modello video agli utenti gratuiti di Gemini",
        "Per la prima volta, chi non ha un abbonamento può provare Veo 3 nell'app Gemini, con tre video al giorno.",
        "it",
        "availability",
    ),
    (
        "Veo 3 para todos: Google abre seu modelo de vídeo para usuários gratuitos do Gemini",
        "Pela primeira vez, pessoas sem assinatura podem experimentar o Veo 3 no app Gemini, com três vídeos por dia.",
        "pt",
        "availability",
    ),
    (
        "Kling 3.0 fait son apparition",
        "Kuaishou vient de rendre public Kling 3.0.",
        "fr",
        "launch",
    ),
    # holds on both trees
    (
        "Sora opens to the public for the first time",
        "OpenAI made its video model available to the public for the first time on Monday, after months of testing with artists.",
        "en",
        "launch",
    ),
    # holds on both trees
    (
        "Sora disponible depuis hier en Europe",
        "OpenAI a ouvert son générateur de vidéos aux utilisateurs européens.",
        "fr",
        "availability",
    ),
    # holds on both trees
    (
        "Dream Machine débarque sur iPhone",
        "Luma AI publie une application iOS pour son générateur de vidéos, jusqu'ici réservé au navigateur.",
        "fr",
        "availability",
    ),
]

# A leak by testers is no announcement, whatever the lede says of access (stop 45).
LEAKS = [
    (
        "Sora 2: Tester verraten den Zugang zum Modell",
        "Künstler aus OpenAIs Early-Access-Programm haben kurzzeitig eine öffentliche Oberfläche zum Modell ins Netz gestellt.",
        "de",
        None,
    ),
    (
        "Sora 2 : des testeurs divulguent l'accès au modèle",
        "Des artistes du programme d'accès anticipé ont mis en ligne une interface publique vers le modèle.",
        "fr",
        None,
    ),
    (
        "Sora 2: i tester fanno trapelare l'accesso al modello",
        "Artisti del programma di accesso anticipato hanno pubblicato un'interfaccia pubblica verso il modello.",
        "it",
        None,
    ),
    (
        "Sora 2: testadores vazam o acesso ao modelo",
        "Artistas do programa de acesso antecipado publicaram uma interface pública para o modelo.",
        "pt",
        None,
    ),
    # holds on both trees
    (
        "OpenAI ouvre un programme d'accès anticipé pour Sora 3",
        "Les créateurs peuvent s'inscrire dès aujourd'hui sur une liste d'attente pour tester le modèle.",
        "fr",
        "waitlist",
    ),
    # holds on both trees
    (
        "Midjourney launches its first video model",
        "Midjourney on Wednesday released V1, a model that turns still images into five-second clips.",
        "en",
        "launch",
    ),
]

# Doors closed to newcomers are a sign-up pause, not a closing; a price halved, told in the past
# with its weekday, under a question (stop 45).
DOORS_CLOSED = [
    (
        "Sora schließt die Türen für neue Nutzer",
        "OpenAI hat die Registrierung für Sora wegen hoher Nachfrage ausgesetzt.",
        "de",
        "waitlist",
    ),
    (
        "Sora closes its doors to new users",
        "OpenAI has paused sign-ups for Sora because of heavy demand.",
        "en",
        "waitlist",
    ),
    (
        "Sora ferme ses portes aux nouveaux venus",
        "OpenAI a suspendu les inscriptions à Sora en raison d'une forte demande.",
        "fr",
        "waitlist",
    ),
    (
        "Sora fecha as portas para novos usuários",
        "A OpenAI suspendeu os cadastros no Sora devido à alta demanda.",
        "pt",
        "waitlist",
    ),
    # holds on both trees
    (
        "Sora cierra sus puertas a nuevos usuarios",
        "OpenAI ha suspendido los registros en Sora por la alta demanda.",
        "es",
        "waitlist",
    ),
    # holds on both trees
    (
        "Sora chiude le porte ai nuovi utenti",
        "OpenAI ha sospeso le iscrizioni a Sora per l'elevata domanda.",
        "it",
        "waitlist",
    ),
    # holds on both trees
    (
        "Sora ferme ses portes",
        "OpenAI a annoncé la fermeture définitive de son application Sora.",
        "fr",
        "shutdown",
    ),
    # holds on both trees
    (
        "Sora closes its doors for good",
        "OpenAI has shut down its Sora app.",
        "en",
        "shutdown",
    ),
    (
        "Vídeo com IA mais barato?",
        "O Google cortou pela metade na quarta-feira o preço do Veo 3 na Vertex AI, para 0,20 dólar por segundo.",
        "pt",
        "pricing",
    ),
    # holds on both trees
    (
        "¿Vídeo con IA más barato?",
        "Google redujo el miércoles a la mitad el precio de Veo 3 en Vertex AI, a 0,20 dólares por segundo.",
        "es",
        "pricing",
    ),
]

# An owner's first-ever video model opened to its subscribers is its launch; a price that comes
# with an arrival ("with a $10 monthly plan", "at 28 cents a clip") is a detail of it (stop 45).
FIRSTS_AND_PRICED_ARRIVALS = [
    (
        "Midjourney öffnet sein Videomodell V1 für alle Abonnenten",
        "Midjourney hat am Mittwoch sein allererstes Videomodell veröffentlicht, nutzbar ab dem Basic-Abo.",
        "de",
        "launch",
    ),
    (
        "Free Veo 3: Google opens its video model to every Gemini user",
        "Anyone with a free Google account can now make three Veo 3 clips a day.",
        "en",
        "availability",
    ),
    (
        "Kling's app arrives in the US with a $10 monthly plan",
        "Kuaishou launched Kling AI on the US App Store on Monday, with subscriptions from $10 a month.",
        "en",
        "availability",
    ),
    (
        "Midjourney opens its V1 video model to all subscribers",
        "Midjourney released its first-ever video model on Wednesday, available from the Basic plan.",
        "en",
        "launch",
    ),
    (
        "La app de Kling llega a EE. UU. con un plan de 10 dólares",
        "Kuaishou lanzó el lunes Kling AI en la App Store estadounidense, con suscripciones desde 10 dólares al mes.",
        "es",
        "availability",
    ),
    (
        "Midjourney abre su modelo de vídeo V1 a todos sus suscriptores",
        "Midjourney lanzó el miércoles su primer modelo de vídeo, disponible desde el plan Basic.",
        "es",
        "launch",
    ),
    (
        "Midjourney ouvre son modèle vidéo V1 à tous ses abonnés",
        "Midjourney a lancé mercredi son tout premier modèle vidéo, accessible dès l'abonnement Basic.",
        "fr",
        "launch",
    ),
    (
        "Midjourney apre il suo modello video V1 a tutti gli abbonati",
        "Midjourney ha lanciato mercoledì il suo primo modello video, disponibile dal piano Basic.",
        "it",
        "launch",
    ),
    # holds on both trees
    (
        "Midjourney abre seu modelo de vídeo V1 para todos os assinantes",
        "A Midjourney lançou na quarta-feira seu primeiro modelo de vídeo, disponível a partir do plano Basic.",
        "pt",
        "launch",
    ),
    # holds on both trees
    (
        "Midjourney opens its video model to free users",
        "Midjourney's first video model, released in June, can now be used without a subscription.",
        "en",
        "availability",
    ),
    # holds on both trees
    (
        "Veo 3 price drops to $0.40 per second on Vertex AI",
        "Google cut the price of Veo 3 on Vertex AI from $0.75 to $0.40 per second.",
        "en",
        "pricing",
    ),
    # holds on both trees
    (
        "Hailuo 02 débarque sur Fal à 28 centimes le clip",
        "Le modèle de MiniMax peut désormais être appelé via l'API de Fal pour 0,28 dollar le clip de six secondes.",
        "fr",
        "availability",
    ),
]

# "The future of X is here" is a boast inside a report, "the future of cinema" a topic; German
# "So bekommen Sie" opens a guide (stop 45).
FUTURE_AND_GUIDES = [
    (
        "Die Zukunft der Synchronisation ist da: HeyGen öffnet Avatar V für kostenlose Konten",
        "HeyGen hat sein Modell Avatar V am Montag für Nutzer des Gratis-Tarifs freigegeben.",
        "de",
        "availability",
    ),
    (
        "So bekommen Sie Zugang zu Veo 3",
        "Google bietet Veo 3 nur für zahlende Abonnenten an. Wir zeigen Schritt für Schritt, wie es geht.",
        "de",
        None,
    ),
    (
        "So bekommen Sie eine Einladung für Sora 2",
        "Die OpenAI-App verlangt weiterhin einen Einladungscode. Wir zeigen, wie man einen bekommt.",
        "de",
        None,
    ),
    (
        "The future of dubbing is here: HeyGen opens Avatar V to free accounts",
        "HeyGen made its Avatar V model available to free-plan users on Monday, with three one-minute videos a month.",
        "en",
        "availability",
    ),
    (
        "Sora 2 y el futuro del cine",
        "Con acceso limitado a invitados, la nueva app de OpenAI ya preocupa a guionistas y actores.",
        "es",
        None,
    ),
    (
        "Sora 2 et l'avenir du cinéma",
        "Avec un accès limité aux invités, la nouvelle application d'OpenAI inquiète déjà scénaristes et acteurs.",
        "fr",
        None,
    ),
    (
        "Il futuro del doppiaggio è già qui: HeyGen apre Avatar V agli account gratuiti",
        "HeyGen ha reso disponibile lunedì il suo modello Avatar V agli utenti gratuiti.",
        "it",
        "availability",
    ),
    (
        "Sora 2 e o futuro do cinema",
        "Com acesso limitado a convidados, o novo app da OpenAI já preocupa roteiristas e atores.",
        "pt",
        None,
    ),
    # holds on both trees
    (
        "The future of AI video: what Sora 2 means for filmmakers",
        "OpenAI launched Sora 2 in September. Directors weigh in on what it changes.",
        "en",
        None,
    ),
    # holds on both trees
    (
        "El futuro del doblaje ya está aquí: HeyGen abre Avatar V a cuentas gratuitas",
        "HeyGen puso este lunes su modelo Avatar V a disposición de los usuarios gratuitos.",
        "es",
        "availability",
    ),
    # holds on both trees
    (
        "El futuro del cine según Sora 2",
        "OpenAI lanzó Sora 2 en septiembre. Directores opinan sobre lo que cambia.",
        "es",
        None,
    ),
    # holds on both trees
    (
        "L'avenir du doublage est là : HeyGen ouvre Avatar V aux comptes gratuits",
        "HeyGen a mis lundi son modèle Avatar V à disposition des utilisateurs gratuits.",
        "fr",
        "availability",
    ),
    # holds on both trees
    (
        "O futuro da dublagem chegou: HeyGen abre o Avatar V para contas gratuitas",
        "A HeyGen liberou na segunda-feira o modelo Avatar V para usuários do plano gratuito.",
        "pt",
        "availability",
    ),
]

# News written against this round's phrases, most of it by a reviewer (stop 45): match-up and
# price-verdict words, "hits" a host, "now works on", "vient de rendre public", "disponible
# depuis ce matin", a bare German "Anmeldung", a launch opened to free users for the first time,
# a leak verb with the vendor as subject. Each regressed under a first draft of the round and
# holds on both trees since.
REVIEW_GUARDS_STOP_45 = [
    # holds on both trees
    (
        "Security flaw hits Replicate, exposing Hailuo prompts",
        "A misconfigured bucket on Replicate exposed prompts sent to Hailuo 02 and other video models, researchers said.",
        " en",
        None,
    ),
    # holds on both trees
    (
        "Former Sora lead now works on Android video features at Google",
        "A co-creator of OpenAI's Sora has joined Google, where he is working on video generation for Android.",
        " en",
        None,
    ),
    # holds on both trees
    (
        "Who wins the AI video race? Google answers with Veo 4 launch",
        "Google on Tuesday released Veo 4, its new video model, with 4K output and longer clips.",
        " en",
        "launch",
    ),
    # holds on both trees
    (
        "Qui gagne la course ? Kuaishou lance Kling 3.0",
        "Kuaishou a présenté mercredi Kling 3.0, son nouveau modèle vidéo avec audio natif.",
        " fr",
        "launch",
    ),
    # holds on both trees
    (
        "Wer gewinnt das KI-Video-Rennen? Google startet Veo 4",
        "Google hat am Dienstag Veo 4 vorgestellt, ein neues Videomodell mit 4K-Ausgabe.",
        " de",
        "launch",
    ),
    # holds on both trees
    (
        "¿Quién gana la carrera del vídeo? Kuaishou lanza Kling 3.0",
        "Kuaishou presentó el miércoles Kling 3.0, su nuevo modelo con audio nativo.",
        " es",
        "launch",
    ),
    # holds on both trees
    (
        "Chi vince la corsa al video IA? Google lancia Veo 4",
        "Google ha presentato martedì Veo 4, il suo nuovo modello video con risoluzione 4K.",
        " it",
        "launch",
    ),
    # holds on both trees
    (
        "Qual vence? Kuaishou lança Kling 3.0",
        "A Kuaishou lançou na quarta-feira o Kling 3.0, seu novo modelo de vídeo.",
        " pt",
        "launch",
    ),
    # holds on both trees
    (
        "Runway augmente ses tarifs : le nouveau prix est-il justifié ?",
        "Runway a relevé mardi le prix de son forfait Standard de 12 à 15 dollars par mois.",
        " fr",
        "pricing",
    ),
    # holds on both trees
    (
        "Kuaishou: Neue Kling-Preise sind nicht zu teuer",
        "Kuaishou erhöht die Abopreise für Kling um 30 Prozent und verteidigt den Schritt.",
        " de",
        "pricing",
    ),
    # holds on both trees
    (
        "Runway alza i prezzi: per l'azienda sono giustificati dai costi",
        "Runway ha aumentato il piano Pro da 28 a 35 dollari al mese.",
        " it",
        "pricing",
    ),
    # holds on both trees
    (
        "OpenAI vient de rendre public un rapport sur les usages de Sora",
        "Le document détaille les abus constatés sur l'application depuis son lancement.",
        " fr",
        None,
    ),
    # holds on both trees
    (
        "La bande-annonce générée par Sora disponible depuis ce matin",
        "Le studio a publié une bande-annonce entièrement produite avec Sora 2.",
        " fr",
        None,
    ),
    # holds on both trees
    (
        "Sora fait son apparition en France",
        "L'application Sora d'OpenAI, lancée aux États-Unis en septembre, est disponible depuis ce matin sur l'App Store français.",
        " fr",
        "availability",
    ),
    # holds on both trees
    (
        "Hailuo begrenzt die Anmeldung auf zwei Geräte",
        "Nutzer können ihr Konto künftig nur noch auf zwei Geräten gleichzeitig verwenden.",
        " de",
        None,
    ),
    # holds on both trees
    (
        "Estúdios cortaram custos pela metade com o Runway, diz estudo",
        "Pesquisa com 200 estúdios mostra economia com ferramentas de vídeo generativo.",
        " pt",
        None,
    ),
    # holds on both trees
    (
        "Google launches Veo 4 and opens it to free users for the first time",
        "Google unveiled Veo 4, which for the first time can be used by free accounts.",
        " en",
        "launch",
    ),
    # holds on both trees
    (
        "Google lanza Veo 4 y por primera vez lo abre a usuarios gratuitos",
        "Google presentó Veo 4, que por primera vez puede usarse con cuentas gratuitas.",
        " es",
        "launch",
    ),
    # holds on both trees
    (
        "OpenAI divulgue les tarifs de l'API Sora 2",
        "L'API coûtera 0,10 dollar par seconde de vidéo à partir d'aujourd'hui, a annoncé OpenAI.",
        "fr",
        "pricing",
    ),
    # holds on both trees
    (
        "OpenAI verrät die Preise der Sora-2-API",
        "Die API kostet ab heute 0,10 Dollar pro Sekunde Video, teilte OpenAI mit.",
        "de",
        "pricing",
    ),
]

# French "bluffé": people impressed by a product ("les internautes bluffés par Sora") is a
# reaction; a product that impresses ("l'IA vidéo qui bluffe") is its own news (stop 45).
IMPRESSIVE_NOT_IMPRESSED = [
    (
        "Veo 4, l'IA vidéo de Google qui bluffe",
        "Présenté ce mardi à la Google I/O, Veo 4 génère des vidéos d'une minute avec des dialogues.",
        "fr",
        "launch",
    ),
    (
        "Runway Gen-5 bluffe les créateurs",
        "Runway a dévoilé mardi Gen-5, un modèle qui génère des plans d'une minute.",
        "fr",
        "launch",
    ),
    # holds on both trees
    (
        "Kling 3.0 : le résultat bluffe",
        "Kuaishou a lancé ce lundi Kling 3.0, son nouveau modèle vidéo.",
        "fr",
        "launch",
    ),
    # holds on both trees
    (
        "Sora : les internautes bluffés par les vidéos d'OpenAI",
        "Les premières vidéos générées par Sora, présenté jeudi, circulent sur les réseaux sociaux.",
        "fr",
        None,
    ),
    # holds on both trees
    (
        "Bluffés par Veo 3, les créateurs s'interrogent",
        "Le modèle de Google, lancé en mai, inquiète autant qu'il fascine.",
        "fr",
        None,
    ),
    # holds on both trees
    (
        "Les créateurs bluffés par Runway Gen-5",
        "Depuis la sortie de Gen-5 en mars, les vidéos se multiplient sur les réseaux.",
        "fr",
        None,
    ),
]

ROWS, IDS = table_rows(
    {
        "access over price": ACCESS_OVER_PRICE,
        "not involved": NOT_INVOLVED,
        "teardowns": TEARDOWNS,
        "arrivals": ARRIVALS,
        "german order": GERMAN_ORDER,
        "other languages": OTHER_LANGUAGES,
        "summary verbs": SUMMARY_VERBS,
        "not news": NOT_NEWS,
        "after review": AFTER_REVIEW,
        "time told first": TIME_TOLD_FIRST,
        "german hosts": GERMAN_HOSTS,
        "price lists": PRICE_LISTS,
        "denials and closings": DENIALS_AND_CLOSINGS,
        "figures of speech": FIGURES_OF_SPEECH,
        "no date yet": NO_DATE_YET,
        "others' words": OTHERS_WORDS,
        "paying users": PAYING_USERS,
        "release, then clips": RELEASE_THEN_CLIPS,
        "unveiled at a price": UNVEILED_AT_A_PRICE,
        "made with it": MADE_WITH_IT,
        "service pages": SERVICE_PAGES,
        "status pages": STATUS_PAGES,
        "plain arrivals": PLAIN_ARRIVALS,
        "leaks": LEAKS,
        "doors closed": DOORS_CLOSED,
        "firsts and priced arrivals": FIRSTS_AND_PRICED_ARRIVALS,
        "the future, and guides": FUTURE_AND_GUIDES,
        "stop 45 review guards": REVIEW_GUARDS_STOP_45,
        "impressive, not impressed": IMPRESSIVE_NOT_IMPRESSED,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_access_attribution_and_german_order(
    table: str, title: str, summary: str, lang: str, event: str | None
) -> None:
    assert verdict(title, summary, lang) == event, table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OpenAI wird die Sora-App am 26. April abschalten. Danach bleibt die API.",
            ["OpenAI wird die Sora-App am 26. April abschalten.", "Danach bleibt die API."],
        ),
        ("Ende am 1. Jänner 2027. Mehr folgt.", ["Ende am 1. Jänner 2027.", "Mehr folgt."]),
        ("The plan costs $20. Users left.", ["The plan costs $20.", "Users left."]),
        ("Released in 2024. Then it grew.", ["Released in 2024.", "Then it grew."]),
    ],
)
def test_a_german_ordinal_date_does_not_end_a_sentence(text: str, expected: list[str]) -> None:
    """ "am 26. April" stays inside its sentence; a number that ends a sentence still ends it."""
    from feeds.detect.text import sentences

    assert sentences(text) == expected

"""Issue #12, round thirty-two (stop 51): a release told by a weak verb, arrivals through an
API, a product's app, an arrival in a region, and an owner's figures.

- A service line after a headline's event ("Google launches Veo 4: everything you need to
  know") is the report's own when the lede's first sentence reports the event as today's news.
  That reading asked for a strong cue in the lede; a weak release verb now counts too ("Google
  on Tuesday unveiled Veo 4", "Adobe a annoncé mardi l'intégration"), in a clause that no date
  sets in the past ("a présenté Gen-4 il y a trois semaines ; testé aujourd'hui" does not).
- Spanish "ya está disponible en la API de Gemini", "a través de la API" and Italian "ora
  disponibile tramite l'API" are arrivals (before: launches).
- A headline arrival is not promoted to a launch by a lede that releases the product when
  what reaches the place is the product's app ("Sora app now on Android" over "released the
  Sora app on Google Play", "publicó la aplicación Sora"), unless the headline calls it new
  ("La nueva app Sora ya está disponible en iOS"). The maker's own app as the place ("Sora 2
  lands in the Sora app") stays a day-one launch.
- A verb of arrival with a region ("Veo 4 arrive en France") stays an arrival when the entry
  calls the product new, unless the lede's first sentence releases it today ("Kuaishou's
  newest model, unveiled on Thursday, ..."); a release verb with a region ("lance Veo 4 aux
  États-Unis") may be a first release and is left as it was.
- An owner making figures or a contest's winners public ("announces Veo 3 results",
  "dévoile les chiffres de Veo 3", "presenta i numeri di Veo 3", "gibt die Gewinner bekannt")
  is no release: a `disclosures` silencer, and the lede's "announced that ..." counts only when
  it takes a product.
- A bare price as a headline's first clause labels the next clause's release or arrival
  ("$0.10 per second: Sora 2 comes to the API"), unless that clause names a plan or prices;
  "which costs $19.99 a month" after an arrival is its detail. "Hits <platform>" was tried and
  dropped: "Sora hits YouTube" is about videos made with it (a fifth review).
- A verbless headline's place followed by a service line ("Veo 3 en France : comment en
  profiter ?") was tried as a tail and dropped: a review found 12 evergreen guides it turned
  into alerts. Its rows here are guards.

Every headline and summary here was written for these tests (by this round's probes and by
helper reviewers who attacked the drafts): none is taken or paraphrased from a labelled corpus
item. Rows not marked "both trees" failed on stop 50's tree; the rows marked "both trees" are
guards.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# (title, summary, lang, event or None)
A_SERVICE_LINE_AFTER_A_RELEASE_TOLD_BY_A_WEAK_VERB = [
    (
        "Google launches Veo 4: everything you need to know",
        "Google on Tuesday unveiled Veo 4, its newest video generation model.",
        "en",
        "launch",
    ),
    (
        "Google launches Veo 4: what you need to know",
        "Google on Tuesday unveiled Veo 4, its newest video generation model.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google launches Veo 4: everything you need to know",
        "Google on Tuesday launched Veo 4, its newest video generation model.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google launches Veo 4: here's everything you need to know",
        "Google today released Veo 4, its newest video generation model.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway releases Gen-5: everything we know",
        "Runway on Wednesday released Gen-5, its newest video model.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway lance Gen-5 : tout savoir sur le nouveau modèle vidéo",
        "Runway a lancé ce mercredi Gen-5, son nouveau modèle vidéo.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway lance Gen-5 : ce qu'il faut savoir",
        "Runway a lancé ce mercredi Gen-5, son nouveau modèle vidéo.",
        "fr",
        "launch",
    ),
    (
        "Runway Gen-4 arrive dans Adobe Firefly : notre analyse",
        "Adobe a annoncé mardi l'intégration du modèle Gen-4 de Runway dans Firefly.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 is now available in the UK: here's how to try it",
        "Google said on Tuesday that Veo 3 is rolling out to Gemini Pro subscribers in the UK.",
        "en",
        "availability",
    ),
    (
        "Sora 2 lands on Android — what you need to know",
        "OpenAI released the Sora app on Google Play on Tuesday in the US and Canada.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling AI opens to everyone in Europe; how to get access",
        "Kuaishou on Monday opened Kling AI to users across the European Union.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway unveils Gen-5: what's new and how it compares",
        "Runway announced Gen-5 on Wednesday, its latest video model.",
        "en",
        "launch",
    ),
    # both trees
    (
        "How to use Veo 3 in the Gemini app",
        "Veo 3 has been available in Gemini since May. Here's a step-by-step guide.",
        "en",
        None,
    ),
    # both trees
    (
        "Everything you need to know about Sora 2",
        "Sora 2 launched in September 2025. Here's what it can do.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 jetzt in Deutschland verfügbar: So nutzt ihr den KI-Videogenerator",
        "Google hat am Dienstag Veo 3 für Gemini-Pro-Abonnenten in Deutschland freigeschaltet.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora startet in Deutschland – alles, was ihr wissen müsst",
        "OpenAI hat Sora am Freitag in der EU verfügbar gemacht.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Google stellt Veo 4 vor: Das müsst ihr wissen",
        "Google hat am Dienstag Veo 4 vorgestellt, sein neues Videomodell.",
        "de",
        "launch",
    ),
    # both trees
    (
        "So nutzt ihr Veo 3 in der Gemini-App",
        "Veo 3 ist seit Juli in Deutschland verfügbar. Eine Anleitung.",
        "de",
        None,
    ),
    # both trees
    (
        "Veo 3 ya está disponible en España: cómo usarlo",
        "Google anunció el martes que Veo 3 llega a los suscriptores de Gemini en España.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Sora llega a Android: todo lo que necesitas saber",
        "OpenAI lanzó el martes la app de Sora en Google Play.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Google lanza Veo 4: todo lo que debes saber",
        "Google presentó el martes Veo 4, su nuevo modelo de vídeo.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Cómo usar Veo 3 en Gemini paso a paso",
        "Veo 3 está disponible en España desde julio. Te explicamos cómo empezar.",
        "es",
        None,
    ),
    # both trees
    (
        "Veo 3 arriva in Italia: ecco come provarlo",
        "Google ha annunciato martedì che Veo 3 è disponibile per gli abbonati Gemini in Italia.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Google lancia Veo 4: tutto quello che c'è da sapere",
        "Google ha presentato martedì Veo 4, il suo nuovo modello video.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Come usare Veo 3 in Gemini: la guida",
        "Veo 3 è disponibile in Italia da luglio. Ecco come iniziare.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 chega ao Brasil: veja como usar",
        "O Google anunciou nesta terça que o Veo 3 está disponível para assinantes do Gemini no Brasil.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Google lança Veo 4: tudo o que você precisa saber",
        "O Google apresentou nesta terça o Veo 4, seu novo modelo de vídeo.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Como usar o Veo 3 no Gemini: guia completo",
        "O Veo 3 está disponível no Brasil desde julho. Veja o passo a passo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Veo 3 arrive en France : voici comment l'utiliser dès aujourd'hui",
        "Google a annoncé ce jeudi que son générateur de vidéos Veo 3 est désormais disponible en France pour les abonnés Google AI Pro.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora débarque sur Android : tout ce qu'il faut savoir",
        "OpenAI a lancé mardi l'application Sora sur le Play Store aux États-Unis et au Canada.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling AI est enfin disponible en Europe, on vous explique comment en profiter",
        "Kuaishou ouvre ce lundi l'accès à Kling AI aux utilisateurs européens.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Pourquoi Sora arrive enfin en Europe",
        "OpenAI a annoncé vendredi que Sora est désormais accessible aux utilisateurs de l'Union européenne, du Royaume-Uni et de Suisse.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 disponible en France : prix, fonctionnalités, comment y accéder",
        "Google déploie à partir d'aujourd'hui Veo 3 dans l'application Gemini en France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora 2 ouvert à tous : ce qui change pour les utilisateurs",
        "OpenAI a supprimé ce mercredi la liste d'attente de Sora 2 aux États-Unis.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Test de Veo 3, désormais disponible en France",
        "Google a ouvert ce jeudi Veo 3 aux abonnés français. Nous l'avons testé.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "On a testé Sora, qui débarque enfin en France",
        "OpenAI a rendu Sora disponible en France ce vendredi. Premières impressions.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Google lance Veo 4 : ce qu'il faut retenir",
        "Google a présenté mardi Veo 4, son nouveau modèle de génération de vidéos.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Avec Veo 4, Google veut reprendre la main sur la vidéo générée",
        "Google a lancé ce mardi Veo 4, son nouveau modèle vidéo, lors de sa conférence I/O.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Veo 3 : notre guide complet pour bien débuter",
        "Veo 3 est disponible en France depuis juillet. Voici nos conseils pour écrire de bons prompts.",
        "fr",
        None,
    ),
    # both trees
    (
        "Comment utiliser Sora en France",
        "Sora est disponible en Europe depuis février. Voici la marche à suivre pour créer un compte.",
        "fr",
        None,
    ),
    # both trees
    (
        "Test Kling 2.1 : notre avis sur le générateur vidéo",
        "Nous avons testé pendant deux semaines Kling 2.1, lancé en mai.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora, Veo, Kling : quel générateur vidéo choisir en 2026 ?",
        "Notre comparatif des générateurs de vidéo par IA disponibles en France.",
        "fr",
        None,
    ),
    # both trees
    (
        "Qu'est-ce que Veo 3, le générateur de vidéos de Google ?",
        "Lancé en mai 2025, Veo 3 génère des vidéos avec du son.",
        "fr",
        None,
    ),
    # both trees
    (
        "OpenAI lance Sora 2 : faut-il s'inquiéter pour le cinéma ?",
        "OpenAI a lancé ce mardi Sora 2, son nouveau modèle vidéo.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "OpenAI launches Sora 2: should you be worried?",
        "OpenAI on Tuesday launched Sora 2, its new video model.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google launches Veo 4, and it's a mistake",
        "Google on Tuesday launched Veo 4, its new video model.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Opinion: Google launching Veo 4 is a mistake",
        "Google's decision to launch Veo 4 last month was rushed, writes our columnist.",
        "en",
        None,
    ),
    # both trees
    (
        "Tribune : le lancement de Sora 2 est une erreur",
        "OpenAI a lancé Sora 2 il y a un mois. Notre chroniqueur estime que c'était prématuré.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 is here: why I'm not impressed",
        "OpenAI launched Sora 2 last week. I've spent days with it and I'm not impressed.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 is here: why I'm not impressed",
        "OpenAI on Tuesday launched Sora 2, its new video model. I tried it.",
        "en",
        "launch",
    ),
]

AN_ARRIVAL_THROUGH_AN_API_IN_SPANISH_AND_ITALIAN = [
    (
        "Veo 3 ya está disponible en la API de Gemini",
        "Google abrió el martes Veo 3 a los desarrolladores.",
        "es",
        "availability",
    ),
    (
        "Kling 2.1 ya está disponible en la API de fal",
        "fal añadió el jueves Kling 2.1.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3 llega a la API de Gemini",
        "Google abrió el martes Veo 3 a los desarrolladores.",
        "es",
        "availability",
    ),
    (
        "Sora 2 ya está disponible a través de la API de OpenAI",
        "OpenAI abrió el lunes Sora 2 a los desarrolladores.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 ya está disponible",
        "Kuaishou presentó el lunes Kling 3.0, su nuevo modelo.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Veo 3 est désormais disponible dans l'API Gemini",
        "Google a ouvert mardi Veo 3 aux développeurs.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 disponible via l'API Gemini",
        "Google a ouvert mardi Veo 3 aux développeurs.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 è ora disponibile nell'API di Gemini",
        "Google ha aperto martedì Veo 3 agli sviluppatori.",
        "it",
        "availability",
    ),
    (
        "Veo 3 ora disponibile tramite l'API Gemini",
        "Google ha aperto martedì Veo 3 agli sviluppatori.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Veo 3 já está disponível na API do Gemini",
        "O Google abriu nesta terça o Veo 3 para desenvolvedores.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Veo 3 chega à API do Gemini",
        "O Google abriu nesta terça o Veo 3 para desenvolvedores.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Veo 3 ist jetzt in der Gemini-API verfügbar",
        "Google hat Veo 3 am Dienstag für Entwickler freigegeben.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Veo 3 jetzt über die Gemini API verfügbar",
        "Google hat Veo 3 am Dienstag für Entwickler freigegeben.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Veo 3 is now available via the Gemini API",
        "Google opened Veo 3 to developers on Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 is now available through the Gemini API and Vertex AI",
        "Google opened Veo 3 to developers on Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 is now available in the OpenAI API",
        "OpenAI opened Sora 2 to developers on Monday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 2.1 is now available on Replicate",
        "Replicate added Kling 2.1 on Thursday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 is now available in the Gemini API, priced at $0.75 per second",
        "Google on Tuesday opened Veo 3 to developers through the Gemini API.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 now available in the Gemini API for $0.75 per second",
        "Google on Tuesday opened Veo 3 to developers through the Gemini API.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google brings Veo 3 to Vertex AI at $0.50 a second",
        "Google made Veo 3 generally available on Vertex AI on Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 API now available: $0.10 per second",
        "OpenAI opened the Sora 2 API to all developers on Monday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 arrives in the API at 10 cents a second",
        "OpenAI on Monday made Sora 2 available to developers.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 2.1 lands on fal at $0.28 per video",
        "fal added Kling 2.1 to its API on Thursday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google opens Veo 3 to all Gemini users, free tier gets three videos a day",
        "Google on Tuesday made Veo 3 available to everyone in the Gemini app.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 comes to Gemini's $19.99 AI Pro plan",
        "Google is rolling out Veo 3 to AI Pro subscribers.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora is now available to ChatGPT Plus subscribers at no extra cost",
        "OpenAI opened Sora to Plus users on Monday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 is now free for all Gemini users for a limited time",
        "Google opened Veo 3 to free Gemini users this weekend.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway Gen-4 now available to free users with 125 credits",
        "Runway opened Gen-4 to its free plan on Wednesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google cuts Veo 3 price to $0.40 per second",
        "Google on Tuesday lowered the price of Veo 3 on Vertex AI.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Sora 2 API pricing: $0.10 per second for 720p",
        "OpenAI published prices for the Sora 2 API on Monday.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI raises Sora credits prices",
        "OpenAI on Monday raised the price of Sora credit packs.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 débarque dans l'API Gemini à 0,75 dollar la seconde",
        "Google a ouvert mardi Veo 3 aux développeurs via l'API Gemini.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora arrive en France pour les abonnés ChatGPT Plus à 23 euros par mois",
        "OpenAI a ouvert vendredi Sora aux utilisateurs français.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 disponible pour les abonnés Google AI Pro à 21,99 € par mois",
        "Google a lancé ce jeudi Veo 3 en France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 jetzt in der Gemini-API verfügbar, für 0,75 Dollar pro Sekunde",
        "Google hat Veo 3 am Dienstag für Entwickler freigegeben.",
        "de",
        "availability",
    ),
    (
        "Veo 3 ya está disponible en la API de Gemini a 0,75 dólares por segundo",
        "Google abrió el martes Veo 3 a los desarrolladores.",
        "es",
        "availability",
    ),
]

A_PRODUCT_S_APP_REACHING_A_STORE = [
    ("Sora hits Android", "OpenAI released the Sora app on Google Play on Tuesday.", "en", "availability"),
    (
        "Sora lands on Android",
        "OpenAI released the Sora app for Android on Tuesday in the US and Canada.",
        "en",
        "availability",
    ),
    (
        "Sora is now on Android",
        "OpenAI launched the Sora app on the Play Store on Tuesday.",
        "en",
        "availability",
    ),
    (
        "Sora arrives on Android",
        "OpenAI on Tuesday launched its Sora app for Android users in the US, Canada, Japan and Korea.",
        "en",
        "availability",
    ),
    (
        "Sora app now available on Android",
        "OpenAI released Sora for Android on Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora débarque sur Android",
        "OpenAI a lancé mardi l'application Sora sur le Play Store.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora arrive sur Android",
        "OpenAI a publié mardi son application Sora sur Android aux États-Unis.",
        "fr",
        "availability",
    ),
    # both trees
    ("Sora llega a Android", "OpenAI lanzó el martes la app de Sora en Google Play.", "es", "availability"),
    # both trees
    ("Sora arriva su Android", "OpenAI ha lanciato martedì l'app Sora sul Play Store.", "it", "availability"),
    # both trees
    (
        "Sora kommt auf Android",
        "OpenAI hat am Dienstag die Sora-App im Play Store veröffentlicht.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora chega ao Android",
        "A OpenAI lançou nesta terça o app do Sora na Google Play.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Midjourney video now on iOS",
        "Midjourney released its iOS app on Tuesday with video generation.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 is live on fal",
        "Kuaishou released Kling 3.0 on Thursday, its newest video model.",
        "en",
        "launch",
    ),
    # both trees
    ("Kling 3.0 is now available on the web", "Kuaishou released Kling 3.0 on Thursday.", "en", "launch"),
]

AN_ARRIVAL_IN_A_REGION_STAYS_AN_ARRIVAL = [
    # both trees
    (
        "Google's Veo 3 video model is now available in Europe",
        "Google said on Tuesday that Veo 3, launched at I/O in May, is rolling out to Gemini users in the EU.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3, Google's newest video model, comes to YouTube Shorts",
        "Google is bringing Veo 3 to YouTube Shorts creators starting today.",
        "en",
        "availability",
    ),
    # both trees
    ("Kling 2.1 now on Freepik", "Freepik has added Kling 2.1 to its AI video suite.", "en", "availability"),
    # both trees
    (
        "Sora 2 expands to Japan, Korea, Taiwan and Thailand",
        "OpenAI said Sora 2 is now available in four more Asian markets.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Microsoft brings Sora 2 to Copilot",
        "Microsoft on Tuesday added OpenAI's Sora 2 video model to Microsoft 365 Copilot.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google rolls out Veo 3 Fast to Gemini free users",
        "Google is letting free Gemini users generate videos with Veo 3 Fast starting today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Luma's Ray3 is now in Adobe Firefly",
        "Adobe has integrated Luma AI's new Ray3 model into the Firefly app.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway Gen-4 Turbo rolls out to all paid plans",
        "Runway said Gen-4 Turbo, released earlier this month, is now available to every paid user.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3.1 arrives on Vertex AI in general availability",
        "Google made Veo 3.1 generally available on Vertex AI on Wednesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Amazon Nova Reel 1.1 now available in Europe (Frankfurt)",
        "Amazon Nova Reel 1.1 is now available in the Europe (Frankfurt) AWS Region.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Seedance 2.0 launches in CapCut",
        "ByteDance on Monday rolled out its Seedance 2.0 video model inside CapCut for users outside China.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling AI launches in India",
        "Kuaishou said on Monday that Kling AI is now available to users in India.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI launches Sora in the EU and UK",
        "OpenAI on Friday opened Sora to users in the European Union, the UK and Switzerland.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google launches Veo 3 in 70 more countries",
        "Google said on Tuesday that Veo 3 is now available to AI Pro subscribers in 70 more countries.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google launches Veo 4 in the Gemini app",
        "Google on Tuesday released Veo 4, its newest video generation model, in the Gemini app.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway launches Gen-5, available to all paid plans",
        "Runway on Wednesday released Gen-5, its newest video model.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google lance Veo 3 en France",
        "Google a annoncé jeudi le déploiement de Veo 3 en France pour les abonnés Google AI Pro.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "OpenAI lance Sora en Europe",
        "OpenAI a ouvert vendredi Sora aux utilisateurs européens.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling AI se lance en France",
        "Kuaishou ouvre Kling AI aux utilisateurs français ce lundi.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Google lancia Veo 3 in Italia",
        "Google ha annunciato giovedì che Veo 3 è disponibile in Italia per gli abbonati Google AI Pro.",
        "it",
        "availability",
    ),
    # both trees
    ("Sora debutta in Italia", "OpenAI ha aperto venerdì Sora agli utenti italiani.", "it", "availability"),
    # both trees
    (
        "Google lanza Veo 3 en España",
        "Google anunció el jueves que Veo 3 ya está disponible en España para los suscriptores de AI Pro.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Google startet Veo 3 in Deutschland",
        "Google hat Veo 3 am Donnerstag für Gemini-Abonnenten in Deutschland freigeschaltet.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Google lança Veo 3 no Brasil",
        "O Google anunciou nesta quinta que o Veo 3 está disponível no Brasil para assinantes do Google AI Pro.",
        "pt",
        "availability",
    ),
]

AN_OWNER_S_FIGURES_AND_A_CONTEST_S_WINNERS = [
    (
        "Google announces Veo 3 results: what the numbers say",
        "Google on Tuesday announced that Veo 3 had been used to create more than 40 million videos.",
        "en",
        None,
    ),
    (
        "OpenAI reveals Sora's energy use: what it means",
        "OpenAI on Wednesday revealed figures on how much electricity Sora needs to generate a ten-second clip.",
        "en",
        None,
    ),
    (
        "Kling AI announces creator fund winners: see the films",
        "Kuaishou on Monday announced the winners of its Kling AI creator fund, awarding $1 million.",
        "en",
        None,
    ),
    (
        "Google anuncia números do Veo 3: o que saber",
        "O Google anunciou nesta terça-feira que o Veo 3 já foi usado para criar mais de 40 milhões de vídeos.",
        "pt",
        None,
    ),
    (
        "Google dévoile les chiffres de Veo 3",
        "Google a annoncé mardi que 40 millions de vidéos ont été créées avec Veo 3.",
        "fr",
        None,
    ),
    ("OpenAI revela las cifras de uso de Sora", "OpenAI publicó el martes datos de uso de Sora.", "es", None),
    # both trees
    (
        "Google nennt erstmals Nutzungszahlen für Veo 3",
        "Google hat am Dienstag mitgeteilt, dass mit Veo 3 bereits 40 Millionen Videos erstellt wurden.",
        "de",
        None,
    ),
    # both trees
    (
        "Runway gibt die Gewinner seines KI-Filmfestivals bekannt",
        "Runway hat am Montag die Gewinner des AI Film Festival mit Gen-4 gekürt.",
        "de",
        None,
    ),
    # both trees
    (
        "Google announces Veo 4 with record benchmark results",
        "Google on Tuesday announced Veo 4, its newest video model, which tops benchmark results.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway unveils Gen-5, shares first results",
        "Runway on Wednesday unveiled Gen-5, its newest video model.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google présente Veo 4 et ses premiers résultats",
        "Google a présenté mardi Veo 4, son nouveau modèle vidéo.",
        "fr",
        "launch",
    ),
]

A_PRICE_BESIDE_A_RELEASE_OR_AN_ARRIVAL = [
    # both trees
    (
        "At $0.75 a second, Veo 3 is now available to developers",
        "Google opened Veo 3 in the Gemini API on Tuesday.",
        "en",
        "availability",
    ),
    (
        "$0.10 per second: Sora 2 comes to the API",
        "OpenAI opened Sora 2 to developers on Monday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 is now available to all Google AI Pro subscribers for $19.99 a month",
        "Google is rolling out Veo 3 to AI Pro subscribers in 70 countries.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 2.1 now on Replicate, from $0.25 per video",
        "Replicate added Kling 2.1 to its catalog.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 opens to all developers, at $0.50 per second",
        "Google opened Veo 3 to all developers in the Gemini API on Thursday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Seedance 1.0 Pro lands on BytePlus ModelArk at $2.5 per million tokens",
        "BytePlus made Seedance 1.0 Pro available to international developers.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google cuts Veo 3 API price to $0.40 per second",
        "Google lowered the price of Veo 3 in the Gemini API on Tuesday.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 now costs $0.40 per second on Vertex AI, down from $0.75",
        "Google cut the price of Veo 3 on Tuesday.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 arrive dans l'API Gemini à 0,75 $ la seconde",
        "Google a ouvert Veo 3 aux développeurs mardi.",
        "fr",
        "availability",
    ),
]

HOSTS__VERBS_OF_ARRIVAL_AND_WAITLISTS = [
    # both trees
    (
        "Veo 3 is now part of Google Vids",
        "Google Vids users can now generate clips with Veo 3, the company said on Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora joins Microsoft Copilot",
        "Microsoft added Sora-powered video generation to Copilot on Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Adobe Firefly now lets you generate with Runway Gen-4",
        "Adobe added Runway's Gen-4 model to the Firefly app.",
        "en",
        "availability",
    ),
    # both trees
    (
        "You can now use Veo 3 in Google Photos",
        "Google Photos' new Remix feature turns photos into short videos with Veo 3.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 2.1 powers Freepik's new video generator",
        "Freepik users can now make clips with Kuaishou's Kling 2.1.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Gemini users get Veo 3 Fast for free this weekend",
        "Google is opening Veo 3 Fast to all Gemini users through Sunday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora's video generation comes to Bing",
        "Microsoft's Bing Video Creator, powered by OpenAI's Sora, is rolling out on mobile.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Perplexity adds Veo 3 video generation",
        "Perplexity Pro subscribers can now create videos with Google's Veo 3 on X and in the app.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 now powers YouTube Shorts' Dream Screen",
        "YouTube said creators can now generate video backgrounds with Veo 3 in Shorts.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 s'invite dans Google Photos",
        "Les utilisateurs de Google Photos peuvent désormais transformer leurs images en vidéos avec Veo 3.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Canva intègre Veo 3",
        "Canva propose désormais une fonction de création de clips vidéo basée sur Veo 3 de Google.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora rejoint Copilot",
        "Microsoft ajoute la génération de vidéos par Sora à Copilot.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 fait son entrée dans YouTube Shorts",
        "Les créateurs peuvent désormais générer des vidéos avec Veo 3 dans Shorts.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Les abonnés Gemini profitent de Veo 3 gratuitement ce week-end",
        "Google ouvre Veo 3 Fast à tous les utilisateurs de Gemini jusqu'à dimanche.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling 2.1 propulse le nouveau générateur vidéo de Freepik",
        "Les utilisateurs de Freepik peuvent désormais créer des clips avec Kling 2.1.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Perplexity ajoute la génération vidéo avec Veo 3",
        "Les abonnés Perplexity Pro peuvent désormais créer des vidéos avec Veo 3.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "OpenAI suspend les inscriptions à Sora face à l'affluence",
        "OpenAI a temporairement fermé les nouvelles inscriptions à Sora mardi, submergé par la demande.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Sora 2 : l'application reste accessible uniquement sur invitation",
        "OpenAI a confirmé mardi que l'accès à Sora 2 reste limité aux détenteurs d'un code d'invitation.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Veo 3 : Google ouvre une liste d'attente pour les développeurs européens",
        "Google a lancé mardi une liste d'attente pour l'accès à Veo 3 dans l'API en Europe.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Kling réserve son nouveau modèle à une poignée de créateurs",
        "Kuaishou a ouvert Kling 3.0 à un groupe restreint de créateurs sélectionnés, avant une ouverture plus large.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Midjourney met en pause les nouvelles inscriptions",
        "Midjourney a suspendu mardi les essais gratuits et les nouvelles inscriptions à cause de la demande pour son modèle vidéo.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Les préinscriptions pour Sora sur Android sont ouvertes",
        "OpenAI a ouvert mardi la préinscription à l'application Sora sur le Google Play Store.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI lance Sora 2, accessible sur invitation",
        "OpenAI a présenté mardi Sora 2, son nouveau modèle vidéo, accessible sur invitation via une application iOS.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google dévoile Veo 4, d'abord réservé aux testeurs",
        "Google a présenté mardi Veo 4, son nouveau modèle vidéo, accessible dans un premier temps à des testeurs.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Sora : comment obtenir un code d'invitation",
        "Voici nos astuces pour décrocher un code d'invitation à Sora 2, disponible sur invitation depuis octobre.",
        "fr",
        None,
    ),
    # both trees
    (
        "OpenAI pausa cadastros no Sora após alta demanda",
        "A OpenAI suspendeu temporariamente novos cadastros no Sora nesta terça-feira.",
        "pt",
        "waitlist",
    ),
    # both trees
    (
        "Sora 2 continua disponível apenas por convite",
        "A OpenAI confirmou que o acesso ao Sora 2 segue restrito a quem tem código de convite.",
        "pt",
        "waitlist",
    ),
    # both trees
    (
        "Google abre lista de espera para o Veo 3 no Brasil",
        "O Google abriu nesta terça uma lista de espera para o Veo 3 no Brasil.",
        "pt",
        "waitlist",
    ),
    # both trees
    (
        "Como conseguir um convite para o Sora 2",
        "Veja dicas para conseguir um código de convite do Sora 2, disponível por convite desde outubro.",
        "pt",
        None,
    ),
    # both trees
    (
        "Fila de espera: o Sora 2 vale a pena?",
        "Testamos o Sora 2, disponível por convite, e contamos se vale a pena entrar na fila.",
        "pt",
        None,
    ),
    # both trees
    (
        "OpenAI pausa los registros en Sora por la alta demanda",
        "OpenAI suspendió temporalmente los nuevos registros en Sora este martes.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "Google abre una lista de espera para Veo 3 en España",
        "Google abrió el martes una lista de espera para Veo 3 en España.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI sospende le nuove iscrizioni a Sora",
        "OpenAI ha sospeso temporaneamente le nuove registrazioni a Sora martedì.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "Veo 3, Google apre una lista d'attesa in Italia",
        "Google ha aperto martedì una lista d'attesa per Veo 3 in Italia.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI stoppt Neuanmeldungen bei Sora",
        "OpenAI hat am Dienstag die Registrierung neuer Nutzer für Sora vorübergehend ausgesetzt.",
        "de",
        "waitlist",
    ),
    # both trees
    (
        "Google öffnet Warteliste für Veo 3 in Deutschland",
        "Google hat am Dienstag eine Warteliste für Veo 3 in Deutschland gestartet.",
        "de",
        "waitlist",
    ),
    # both trees
    (
        "Sora 2 stays invite-only for now, OpenAI says",
        "OpenAI said on Tuesday that Sora 2 access remains limited to people with invite codes.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "How to get a Sora 2 invite code",
        "Here are the best ways to get a Sora 2 invite code, since the app has been invite-only since October.",
        "en",
        None,
    ),
    # both trees
    (
        "The Sora 2 waitlist is a masterclass in hype",
        "Our columnist argues OpenAI's invite-only rollout of Sora 2 is pure marketing.",
        "en",
        None,
    ),
]

A_VERBLESS_HEADLINE_S_PLACE_AND_A_SERVICE_LINE__DROPPED = [
    # both trees
    (
        "Kling AI : ce qui change pour les utilisateurs français",
        "Kuaishou a annoncé lundi l'arrivée de Kling AI en France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora sur Android : notre avis après quelques heures",
        "L'application Sora est disponible depuis ce matin sur le Play Store en France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Test : Sora est enfin disponible en France, que vaut-il ?",
        "OpenAI a ouvert ce vendredi Sora aux utilisateurs français.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Pourquoi Google ouvre Veo 3 à tous les utilisateurs de Gemini",
        "Google a annoncé mardi que Veo 3 est désormais accessible gratuitement à tous.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 gratuit pour tous : décryptage",
        "Google a ouvert ce mardi Veo 3 à tous les utilisateurs de Gemini, sans abonnement.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Ce que change l'arrivée de Sora en France",
        "OpenAI a lancé ce vendredi Sora en France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora arrive en France : ce qu'il faut savoir",
        "OpenAI a annoncé ce vendredi l'ouverture de Sora aux utilisateurs français.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 : le générateur vidéo de Google disponible en France, mode d'emploi",
        "Google a lancé ce jeudi Veo 3 en France dans l'application Gemini.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Analyse : Google ouvre Veo 3 à l'Europe",
        "Google a annoncé ce mardi l'ouverture de Veo 3 dans 27 pays européens.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 en France : comment en profiter ?",
        "Veo 3 est disponible en France depuis juillet 2025. Voici comment l'utiliser.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora : notre guide pour bien démarrer",
        "Sora est disponible en Europe depuis février. Nos conseils pour débuter.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora sur Android : notre avis",
        "Nous avons testé l'application Sora, disponible sur le Play Store depuis l'an dernier.",
        "fr",
        None,
    ),
    # both trees
    (
        "Pourquoi Veo 3 est le meilleur générateur vidéo",
        "Veo 3, disponible en France depuis l'été, surclasse la concurrence selon nous.",
        "fr",
        None,
    ),
    # both trees
    (
        "Pourquoi l'arrivée de Sora en France change tout",
        "OpenAI a ouvert ce vendredi Sora aux utilisateurs français.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora disponible en France : notre analyse",
        "OpenAI a ouvert ce vendredi Sora aux utilisateurs français.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling AI accessible en Europe : mode d'emploi",
        "Kuaishou a ouvert ce lundi Kling AI aux utilisateurs européens.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Comment utiliser Veo 3 en France",
        "Veo 3 est disponible en France depuis juillet. Voici comment faire.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora disponible en France : notre analyse après six mois",
        "Sora est disponible en France depuis février. Bilan.",
        "fr",
        None,
    ),
    # both trees
    (
        "Comment accéder à Sora depuis la France avec un VPN",
        "Sora n'est pas encore disponible en France. Voici une astuce.",
        "fr",
        None,
    ),
]

FIRST_REVIEW__A_WEAK_VERB_IN_THE_LEDE__A_VERBLESS_HEADLINE_S_SERVICE_LINE = [
    (
        "Google launches Veo 4: everything you need to know",
        "Google on Tuesday unveiled Veo 4, its new video generation model with native 4K output and clips up to 30 seconds long.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway releases Gen-5: here's what's new",
        "Runway on Wednesday announced Gen-5, a video model that generates 20-second clips with synchronized audio.",
        "en",
        "launch",
    ),
    (
        "Midjourney launches its first video model: how it works",
        "Midjourney on Wednesday unveiled V1, its first video model, which animates still images into five-second clips.",
        "en",
        "launch",
    ),
    (
        "Kling 2.5 Turbo is here: what's new and how to try it",
        "Kuaishou today announced Kling 2.5 Turbo, a faster version of its video model with better motion and lower prices.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI launches Sora 2: how to get an invite",
        "OpenAI on Tuesday unveiled Sora 2, a new video and audio model, alongside an invite-only iOS app.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 in Europe delayed: what we know",
        "OpenAI announced on Tuesday that Sora 2 will not launch in the European Union until next year.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Veo 4 review: Google's new video model is stunning, but slow",
        "Since Google unveiled Veo 4 on Tuesday, we have been testing it against Sora 2 and Kling 2.5 on dozens of prompts.",
        "en",
        None,
    ),
    # both trees
    (
        "What is Sora? Everything you need to know about OpenAI's video generator",
        "OpenAI today announced a partnership with Mattel, the latest in a string of deals around its Sora video generator.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora's app: everything you need to know",
        "OpenAI on Tuesday announced that the Sora app had passed one million downloads in under five days.",
        "en",
        None,
    ),
    # both trees
    (
        "Opinion: Sora 2 is a deepfake machine, and OpenAI knows it",
        "When OpenAI unveiled Sora 2 on Tuesday, it also handed millions of people a tool to put anyone's face in a video.",
        "en",
        None,
    ),
    (
        "Google lance Veo 4 : tout ce qu'il faut savoir",
        "Google a dévoilé ce mardi Veo 4, son nouveau modèle de génération vidéo capable de produire des clips en 4K.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google lanza Veo 4: todo lo que necesitas saber",
        "Google presentó este martes Veo 4, su nuevo modelo de generación de vídeo con resolución 4K.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Test de Veo 4 : le nouveau modèle de Google est-il à la hauteur ?",
        "Depuis que Google a dévoilé Veo 4 mardi, nous l'avons comparé à Sora 2 et Kling sur des dizaines de prompts.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 : comment créer une vidéo avec l'IA d'OpenAI ?",
        "OpenAI a annoncé mardi un partenariat avec Disney autour de Sora 2 ; voici comment utiliser l'outil pour créer vos propres vidéos.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 en France : comment en profiter ?",
        "Accessible en France depuis le jeudi 3 juillet, Veo 3 s'est imposé chez les créateurs. Voici comment l'utiliser au mieux.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora en Europe : comment y accéder malgré tout",
        "OpenAI n'a toujours pas lancé Sora en Europe ; voici comment contourner la restriction avec un VPN.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 dans Gemini : comment ça marche ?",
        "Google a intégré Veo 3 dans l'application Gemini en mai ; on vous explique comment générer vos premières vidéos.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 en France : ce qu'il faut savoir",
        "Veo 3, le générateur vidéo de Google, est disponible en France depuis juillet pour les abonnés Gemini.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora in the EU: how to get access with a VPN",
        "OpenAI still hasn't launched Sora in the European Union. Here's how users there are getting around the block.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 in Italia: come usarlo al meglio",
        "Disponibile in Italia da luglio, Veo 3 permette di creare video con audio. Ecco i nostri consigli.",
        "it",
        None,
    ),
    # both trees
    (
        "Google unveils Lumiere: how its space-time video model works",
        "Google Research on Tuesday unveiled Lumiere, a space-time diffusion model for video generation described in a new paper.",
        "en",
        None,
    ),
    # both trees
    (
        "Toys R Us releases first brand film made with Sora: watch it here",
        "Toys R Us on Tuesday unveiled a brand film generated almost entirely with OpenAI's Sora.",
        "en",
        None,
    ),
    # both trees
    (
        "Artists leak Sora in protest: what happened",
        "A group of artists on Tuesday revealed a public front end giving anyone access to OpenAI's unreleased Sora model.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway to launch Gen-5 next week? Everything we know",
        "Runway on Tuesday announced a livestream for next Thursday, where it is widely expected to show Gen-5.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 launched a week ago: here's what we've learned",
        "OpenAI unveiled Sora 2 on Tuesday last week, and since then the app has topped the App Store.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 launched in May: is it still the best? Our review",
        "Google unveiled Veo 3 on Tuesday, May 20, at I/O. Five months on, we retested it against newer rivals.",
        "en",
        None,
    ),
    # both trees
    (
        "Column: OpenAI launches Sora 2, and the internet loses its mind",
        "OpenAI on Tuesday unveiled Sora 2, and within hours the feeds were full of fake clips.",
        "en",
        None,
    ),
    (
        "Google announces Veo 3 results: what the numbers say",
        "Google on Tuesday announced that Veo 3 had been used to create more than 40 million videos in seven weeks.",
        "en",
        None,
    ),
    (
        "Kling AI announces creator fund winners: see the films",
        "Kuaishou on Monday announced the winners of its Kling AI creator fund, awarding $1 million to 20 filmmakers.",
        "en",
        None,
    ),
    # both trees
    (
        "Google présente Lumiere : comment fonctionne son modèle vidéo",
        "Google Research a présenté mardi Lumiere, un modèle de diffusion espace-temps décrit dans un article scientifique.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google annonce les chiffres de Veo 3 : ce qu'il faut retenir",
        "Google a annoncé mardi que Veo 3 avait servi à créer plus de 40 millions de vidéos en sept semaines.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google dévoile Veo 4 : voici ce qu'il faut savoir",
        "Google a dévoilé mardi Veo 4, son nouveau modèle vidéo, lors de sa conférence I/O.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Chronique : OpenAI lance Sora 2 et tout le monde s'affole",
        "OpenAI a dévoilé mardi Sora 2, et en quelques heures les réseaux se sont remplis de fausses vidéos.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google stellt Lumiere vor: So funktioniert das Videomodell",
        "Google Research stellte am Dienstag Lumiere vor, ein Diffusionsmodell für Videos, das in einem Fachartikel beschrieben wird.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora en France : comment l'essayer",
        "Depuis le mardi 17 décembre 2024, Sora est accessible en France. Voici comment créer votre compte et générer vos premières vidéos.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 en France : comment en profiter ?",
        "Disponible en France depuis le jeudi 3 juillet 2025, Veo 3 permet de générer des vidéos avec du son. Voici comment y accéder.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 en France : comment y accéder avec un VPN",
        "OpenAI a lancé mardi Sora 2 aux États-Unis et au Canada, mais pas en France. Voici comment contourner la restriction.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora en France : comment l'essayer",
        "Un développeur a publié mardi une extension qui donne accès à Sora depuis la France.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 sur YouTube : le guide complet",
        "Veo 3 est arrivé sur YouTube Shorts un mercredi de septembre. Depuis, les créateurs l'utilisent pour leurs clips. Voici comment faire.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 dans YouTube Shorts : cinq idées de vidéos à tester",
        "YouTube a intégré jeudi Veo 3 dans Shorts, gratuitement pour les créateurs en France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora pour les abonnés Plus : mode d'emploi",
        "Depuis le lundi 9 décembre dernier, les abonnés ChatGPT Plus peuvent générer des vidéos avec Sora. Notre mode d'emploi complet.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora in the UK: how to get started",
        "Since Monday, December 9, 2024, Sora has been available in the UK. Here's how to sign up and make your first video.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 in Europe: how testers got in",
        "Testers on Tuesday leaked access to Sora 2 in Europe through a public front end, days before OpenAI shut it off.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora in Europe: how to use it with a VPN",
        "OpenAI on Tuesday launched Sora in the US and Canada, but not in the EU. Here's how to get around the block.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 on YouTube Shorts: the complete guide",
        "Veo 3 arrived in YouTube Shorts on a Tuesday in September. Since then, creators have made millions of clips. Here's how.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora in Deutschland: So nutzen Sie den Videogenerator",
        "Seit Dienstag, dem 17. Dezember 2024, ist Sora auch in Deutschland verfügbar. Wir zeigen, wie es geht.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora en España: cómo usarlo",
        "Desde el martes 17 de diciembre de 2024, Sora está disponible en España. Te contamos cómo crear tu primer vídeo.",
        "es",
        None,
    ),
    # both trees
    (
        "Veo 3 in Italia: come usarlo",
        "Disponibile in Italia dal giovedì 3 luglio 2025, Veo 3 è ormai usato da migliaia di creator. Ecco come creare il primo video.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 en France : comment en profiter ?",
        "Aujourd'hui, plusieurs mois après son arrivée, Veo 3 est accessible en France à tous les abonnés Gemini Pro. Voici comment en profiter au mieux.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 in the UK: how to use it",
        "Veo 3 is available today in more than 70 countries, including the UK, where it arrived in July. Here's how to make the most of it.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 sur Android : comment l'installer",
        "Sora 2, dont l'application est arrivée sur Android un mardi de novembre, est désormais installée par des millions d'utilisateurs. Mode d'emploi.",
        "fr",
        None,
    ),
    # both trees
    (
        "Startup launches Veo 3-powered ad maker: how it works",
        "Startup AdLab on Tuesday unveiled a tool built on Google's Veo 3 API that turns product photos into video ads.",
        "en",
        None,
    ),
    # both trees
    (
        "Unofficial Sora client released for Linux: how to install it",
        "A developer on Tuesday announced an open-source desktop client for OpenAI's Sora, not affiliated with the company.",
        "en",
        None,
    ),
    # both trees
    (
        "Google could launch Veo 4 next month: everything we know",
        "Google on Tuesday announced the date of its I/O keynote, where Veo 4 is expected to make an appearance.",
        "en",
        None,
    ),
    # both trees
    (
        "Coca-Cola launches holiday ad made with Sora and Veo: watch it here",
        "Coca-Cola on Tuesday unveiled its new holiday ad, generated with OpenAI's Sora and Google's Veo 3.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 leaked: testers release access in protest",
        "Testers on Tuesday revealed a public front end to OpenAI's Sora 2, protesting unpaid work for the company.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora launched a year ago today: a look back",
        "OpenAI unveiled Sora a year ago today, stunning the industry with minute-long photorealistic clips.",
        "en",
        None,
    ),
    (
        "OpenAI launches Sora 2 Pro: here's how to get it",
        "OpenAI on Tuesday announced Sora 2 Pro, a higher-quality version of its video model for ChatGPT Pro subscribers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI launches Sora 2 in Canada: how to sign up",
        "OpenAI on Tuesday announced that Sora 2 is now available to users in Canada.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Une start-up lance un générateur de pubs basé sur Veo 3 : comment ça marche",
        "La start-up parisienne AdLab a dévoilé mardi un outil s'appuyant sur l'API de Veo 3 pour créer des publicités vidéo.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google pourrait lancer Veo 4 le mois prochain : ce que l'on sait",
        "Google a annoncé mardi la date de sa conférence I/O, où Veo 4 devrait faire son apparition.",
        "fr",
        None,
    ),
    # both trees
    (
        "OpenAI lance Sora 2 Pro : comment en profiter",
        "OpenAI a annoncé mardi Sora 2 Pro, une version plus puissante de son modèle vidéo réservée aux abonnés ChatGPT Pro.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Sora in the UK: how to get started",
        "Sora has been available in the UK since OpenAI opened it there on Monday, December 9, 2024. Here's how to sign up.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora en France : comment l'essayer",
        "Mardi, OpenAI a fêté le premier anniversaire de l'ouverture de Sora en France avec de nouveaux chiffres.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 en France : comment l'essayer quand même",
        "Lancé mardi aux États-Unis et au Canada, Sora 2 n'est pas encore disponible en France. Voici les solutions.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 sur Gemini : les meilleures astuces",
        "Veo 3 est disponible depuis mardi 20 mai dans l'application Gemini. Voici nos meilleures astuces pour l'utiliser.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 in Gemini: tips and tricks",
        "Veo 3 has been in the Gemini app since Google rolled it out on Tuesday, May 20. Here are our best tips.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora en Europe : comment y accéder aujourd'hui",
        "Sora est disponible en Europe depuis février 2025. Aujourd'hui, voici comment créer un compte et générer une vidéo.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kling AI en France : comment l'utiliser gratuitement",
        "Kuaishou a dévoilé mardi Kling 2.5, un modèle disponible en France, et voici comment profiter des crédits gratuits.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kling 3.0 launch date: everything we know so far",
        "Kuaishou on Tuesday revealed a 10-second teaser for Kling 3.0, without giving a release date.",
        "en",
        None,
    ),
    # both trees
    (
        "Google launches Veo 4: how it compares with Sora 2",
        "Google on Tuesday unveiled Veo 4, which it says beats OpenAI's Sora 2 on motion and prompt adherence.",
        "en",
        "launch",
    ),
    (
        "Runway launches Gen-5: 10 prompts to try first",
        "Runway on Wednesday announced Gen-5, its new video model with synchronized sound and 20-second clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Veo 3 in Canada: how to use it",
        "Canada's privacy commissioner on Tuesday announced an investigation into Google's Veo 3, which has been available in the country since July.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora en France : comment l'utiliser",
        "La CNIL a annoncé mardi l'ouverture d'une enquête sur Sora, disponible en France depuis décembre.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 en France : comment l'essayer",
        "Mercredi, nous avons enfin pu tester Veo 3, disponible en France depuis juillet. Voici comment y accéder.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora in Europe: how to try it",
        "On Friday we finally got to test Sora, which has been available in Europe since February. Here's how to get in.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora en Europe : comment l'essayer",
        "Vendredi, un lecteur nous a demandé comment accéder à Sora, disponible en Europe depuis février. Voici la marche à suivre.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora in Deutschland: So probieren Sie es aus",
        "Seit Dienstag vor einem Jahr ist Sora in Deutschland verfügbar. Wir zeigen, wie der Einstieg gelingt.",
        "de",
        None,
    ),
]

SECOND_REVIEW__API_PHRASES_AND_THE_PRODUCT_S_APP = [
    # both trees
    (
        "Sora 2 is live in the new Sora app on iOS",
        "OpenAI released Sora 2 on Tuesday, a new video and audio generation model that powers a TikTok-style Sora app for iPhone.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 now available in the Kling app and API",
        "Kuaishou released Kling 3.0 on Thursday, its latest video model, with native audio and 15-second clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Seedance 2.0 is live in the Dreamina app",
        "ByteDance released Seedance 2.0 on Monday, a new video generation model that accepts image, video and audio references.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Veo 4 arrives in the Flow app and on Vertex AI",
        "Google released Veo 4 on Tuesday, its newest video generation model, with longer clips and native sound.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Hailuo 03 lands in the Hailuo app",
        "MiniMax released Hailuo 03 on Wednesday, a video model that generates 1080p clips up to ten seconds long.",
        "en",
        "launch",
    ),
    # both trees
    (
        "PixVerse V6 goes live in the PixVerse app",
        "PixVerse released PixVerse V6 today, promising sharper motion and built-in sound effects.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Vidu Q3 is now available in the Vidu app and on the web",
        "Shengshu released Vidu Q3 on Friday, a model that generates synchronized dialogue and music with its clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Pika 3.0 rolls out to the Pika app",
        "Pika released Pika 3.0 today, a new model that the startup says renders faces and hands far more reliably.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Ray3 is live in the Dream Machine app",
        "Luma AI released Ray3 on Thursday, calling it the first video model that can reason about the scenes it generates.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Grok Imagine 1.0 now live in the Grok app",
        "xAI released Grok Imagine 1.0 on Monday, a video model that produces ten-second clips with audio.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 app hits the App Store as OpenAI ships its new video model",
        "OpenAI released Sora 2 on Tuesday along with a companion Sora app that lets users put themselves into generated scenes.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Wan 3.0 is live on fal and in the Wan app",
        "Alibaba released Wan 3.0 on Wednesday, an open-weight video model with native audio.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 is live on fal",
        "Kuaishou released Kling 3.0 on Thursday, with API access from day one through partners such as fal.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Hailuo 03 is live on Freepik and in the Hailuo app",
        "MiniMax released Hailuo 03 on Wednesday, its first model with native 1080p output at 24 frames per second.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 is live on iOS",
        "OpenAI on Tuesday released the Sora 2 app, pairing its new video-and-audio model with a feed for remixing clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 is live on iOS and Android",
        "Kuaishou on Thursday released the Kling 3.0 app update, bundling its newest video model with native audio and multi-shot scenes.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 is live on the App Store",
        "OpenAI released Sora 2 and its app on Tuesday, a new video model with synchronized sound and a feed for remixing clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 app is here, powered by OpenAI's new video model",
        "OpenAI released Sora 2 on Tuesday, saying the model is far better at physics and can generate dialogue and sound effects.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Veo 4 now available in the Gemini app and Flow",
        "Google released Veo 4 on Tuesday, adding sound design controls and clips up to 30 seconds.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Vibes is live in the Meta AI app",
        "Meta released Vibes on Thursday, a new feed of short AI-generated videos that users can create and remix.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Midjourney Video is live on the web",
        "Midjourney released its first video model on Wednesday, letting subscribers animate images into five-second clips.",
        "en",
        "launch",
    ),
    (
        "Sora app now available on Android",
        "OpenAI released the Sora app on Google Play on Tuesday, bringing its Sora 2 video generator to Android users in the US, Canada, Japan and other markets.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora app launches on Android in the US and Canada",
        "OpenAI released the Sora Android app on Tuesday, weeks after the iOS version topped the App Store charts.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling app arrives on the App Store in the US",
        "Kuaishou released the Kling app for iPhone in the US on Wednesday, bringing Kling 2.6 to mobile.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Vibes app rolls out in Europe",
        "Meta released the Vibes app in the EU on Monday, its feed of AI-generated short videos.",
        "en",
        "availability",
    ),
    (
        "Sora 2 is now on Android",
        "OpenAI released the Sora app for Android on Tuesday, bringing Sora 2 to Google Play users.",
        "en",
        "availability",
    ),
    (
        "Hailuo app now available on Android",
        "MiniMax released the Hailuo app on Google Play on Monday, putting its Hailuo 02 model on Android phones.",
        "en",
        "availability",
    ),
    (
        "Google Flow app is now available on iPhone",
        "Google released the Flow app on the App Store on Thursday, bringing its AI filmmaking tool and Veo 3.1 to iOS.",
        "en",
        "availability",
    ),
    (
        "Dream Machine app lands on Android",
        "Luma AI released the Dream Machine app on Google Play on Monday, bringing Ray2 to Android phones.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora app expands to Japan, Korea and Taiwan",
        "OpenAI released the Sora app in three more Asian markets on Thursday, without an invite code requirement.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora app is now live in Europe",
        "OpenAI released the Sora app in the European Union on Wednesday, months after its US debut.",
        "en",
        "availability",
    ),
    (
        "PixVerse app now available on Android",
        "PixVerse released the PixVerse app on Google Play on Tuesday, bringing PixVerse V5 to Android users.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI launches Sora 2 and a new Sora app",
        "OpenAI on Tuesday unveiled Sora 2, its next video generation model, along with a social app for iPhone built around it.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Meta launches Vibes, a feed of AI videos",
        "Meta on Thursday introduced Vibes, a new feed inside the Meta AI app where users can create and remix short AI-generated videos.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora-App jetzt auch für Android verfügbar",
        "OpenAI hat die Sora-App am Dienstag im Google Play Store veröffentlicht.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora 2 ist jetzt auf Android verfügbar",
        "OpenAI hat am Dienstag die Sora App für Android veröffentlicht.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Kling App ab sofort im App Store",
        "Kuaishou hat am Mittwoch die Kling App für das iPhone veröffentlicht und bringt damit Kling 2.6 auf Mobilgeräte.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 ist ab sofort in der Kling App verfügbar",
        "Kuaishou hat am Donnerstag Kling 3.0 veröffentlicht, sein neues Videomodell mit nativer Audioausgabe.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Veo 4 jetzt in der Flow App und auf Vertex AI verfügbar",
        "Google hat am Dienstag Veo 4 vorgestellt, sein bislang leistungsfähigstes Videomodell.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Seedance 2.0 ist in der Dreamina App verfügbar",
        "ByteDance hat am Montag Seedance 2.0 veröffentlicht, ein neues Videomodell mit Audio-Referenzen.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Sora 2 ist in der neuen Sora App verfügbar",
        "OpenAI hat am Dienstag Sora 2 vorgestellt, ein neues Modell für Video und Ton.",
        "de",
        "launch",
    ),
    # both trees
    (
        "How to use the Sora app on Android: a step-by-step guide",
        "The Sora app is on Google Play. Here is how to download it, sign in and generate your first video.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora app review: fun, chaotic and hard to put down",
        "We spent a week with OpenAI's Sora app on iPhone, remixing cameos and scrolling the feed.",
        "en",
        None,
    ),
    # both trees
    (
        "Unofficial Sora app for Android appears on Google Play",
        "A third-party app using the Sora name has been downloaded thousands of times; OpenAI says it has no connection to the developer.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling app pricing: every plan and credit pack explained",
        "A rundown of what Kling's Standard, Pro and Premier plans cost in the app and how many credits each buys.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora app vs. Vibes app: which AI video feed is better?",
        "We compare OpenAI's and Meta's AI video apps on quality, remixing and moderation.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora app downloads slow a month after launch",
        "App intelligence data shows installs of OpenAI's Sora app fell 30 percent in November.",
        "en",
        None,
    ),
    # both trees
    (
        "Everything you need to know about the Sora app on Android",
        "From invite codes to generation limits, here is what to expect from OpenAI's video app on Google Play.",
        "en",
        None,
    ),
    # both trees
    (
        "Google lanza Veo 4, ya disponible en la API de Gemini",
        "Google presentó este martes Veo 4, su nuevo modelo de generación de vídeo, que los desarrolladores ya pueden usar a través de la API de Gemini y Vertex AI.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Veo 4 ya está disponible en la API de Gemini",
        "Google presentó este martes Veo 4, su modelo de vídeo más avanzado, con clips de hasta 30 segundos y sonido nativo.",
        "es",
        "launch",
    ),
    # both trees
    (
        "OpenAI presenta Sora 3, disponible a través de la API de OpenAI",
        "OpenAI anunció hoy Sora 3, la nueva versión de su modelo de vídeo, que llega desde el primer día a desarrolladores y a la app Sora.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 llega a la API: Kuaishou estrena su nuevo modelo de vídeo",
        "Kuaishou lanzó este jueves Kling 3.0, capaz de generar clips de 15 segundos con audio sincronizado.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Nuevo modelo Hailuo 03 disponible vía API desde hoy",
        "MiniMax lanzó este miércoles Hailuo 03, su nuevo generador de vídeo, que se puede usar desde hoy mediante su API y en la web.",
        "es",
        "launch",
    ),
    # both trees
    (
        "ByteDance lanza Seedance 2.0, disponible en Dreamina y en la API de BytePlus",
        "ByteDance presentó este lunes Seedance 2.0, un modelo de vídeo que admite referencias de imagen, vídeo y audio.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Runway Gen-5 ya está disponible en la web y en la API",
        "Runway lanzó este martes Gen-5, su nuevo modelo de vídeo, con mayor coherencia de personajes entre planos.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Wan 3.0 llega en abierto y mediante la API de Alibaba Cloud",
        "Alibaba publicó este miércoles Wan 3.0, un modelo de vídeo de pesos abiertos con audio nativo.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Sora 2 aterriza en la API de OpenAI el mismo día de su estreno",
        "OpenAI presentó este martes Sora 2, su nuevo modelo de vídeo y audio, y lo abrió a desarrolladores desde el primer día.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Vidu Q3 debuta: disponible desde hoy vía API y en la app",
        "Shengshu presentó hoy Vidu Q3, un modelo que genera diálogos y música sincronizados con el vídeo.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Veo 4 ya disponible en Vertex AI",
        "Google anunció este martes Veo 4, su nuevo modelo de vídeo, que llega desde hoy a los clientes de Vertex AI.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0, disponible en la API y en la app de Kling",
        "Kuaishou ha lanzado hoy Kling 3.0, la nueva versión de su generador de vídeo con escenas de varios planos.",
        "es",
        "launch",
    ),
    # both trees
    (
        "PixVerse V6 ya está disponible en la web y en la API",
        "PixVerse lanzó este jueves su modelo PixVerse V6 con efectos de sonido integrados.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Pika 3.0 disponible vía API para desarrolladores",
        "Pika presentó hoy Pika 3.0, su nuevo modelo de vídeo, que estrena también una API para empresas.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Seedance 2.0 llega a la API de BytePlus el día de su lanzamiento",
        "ByteDance lanzó este lunes Seedance 2.0 y lo puso a disposición de los desarrolladores a través de BytePlus ModelArk.",
        "es",
        "launch",
    ),
    (
        "Veo 3 ya está disponible en la API de Gemini",
        "Google abrió este jueves Veo 3 a los desarrolladores a través de la API de Gemini, dos meses después de presentarlo en I/O.",
        "es",
        "availability",
    ),
    (
        "Sora 2 ya está disponible a través de la API de OpenAI",
        "Los desarrolladores ya pueden integrar Sora 2, lanzado la semana pasada, en sus aplicaciones mediante la API.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Kling 2.6 llega a Freepik",
        "Freepik incorpora desde hoy Kling 2.6 a su suite de generación de vídeo para todos sus usuarios.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3.1 aterriza en Vertex AI para empresas",
        "Google Cloud amplía el acceso a Veo 3.1 a todos los clientes de Vertex AI.",
        "es",
        "availability",
    ),
    (
        "Hailuo 02 ya disponible mediante la API de fal",
        "Los desarrolladores pueden usar desde hoy Hailuo 02, presentado en junio, a través de fal.",
        "es",
        "availability",
    ),
    (
        "Runway Aleph ya está disponible en la API de Runway",
        "Runway abre su modelo de edición de vídeo Aleph, lanzado en julio, a los desarrolladores a través de su API.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3 llega a la app de Gemini en España",
        "Google extiende Veo 3 a los suscriptores de Gemini Pro en España, tras su lanzamiento en Estados Unidos.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Midjourney Video ya disponible a través de la web para todos",
        "Midjourney abre su modelo de vídeo V1, lanzado en junio, a todos los suscriptores desde la web.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Sora 2 desembarca en Azure AI Foundry",
        "Microsoft añade Sora 2 al catálogo de modelos de Azure AI Foundry para sus clientes empresariales.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Cómo usar Veo 3 a través de la API de Gemini: guía paso a paso",
        "Te explicamos cómo conseguir una clave, qué cuesta cada segundo de vídeo y cómo lanzar tu primera generación.",
        "es",
        None,
    ),
    # both trees
    (
        "Precios de Sora 2 en la API: cuánto cuesta cada segundo de vídeo",
        "Repasamos las tarifas de sora-2 y sora-2-pro disponibles en la API de OpenAI y las comparamos con Veo 3.",
        "es",
        None,
    ),
    # both trees
    (
        "La documentación de la API de Kling ya está disponible en español",
        "Kuaishou ha traducido al español la guía para desarrolladores de Kling AI, con ejemplos de código.",
        "es",
        None,
    ),
    # both trees
    (
        "Una app no oficial lleva Sora 2 a Android a través de la API",
        "Un desarrollador independiente ha publicado en Google Play un cliente de Sora que usa la API de OpenAI; la compañía no lo respalda.",
        "es",
        None,
    ),
    # both trees
    (
        "Veo 3 en la API de Gemini: qué es, cuánto cuesta y cómo empezar",
        "Todo lo que necesitas saber sobre el modelo de vídeo de Google para desarrolladores.",
        "es",
        None,
    ),
    # both trees
    (
        "OpenAI baja el precio de Sora 2 en la API",
        "OpenAI ha recortado un 30% el precio por segundo de Sora 2 disponible a través de la API.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Kingdom Hearts con Sora como protagonista ya disponible en Android",
        "Square Enix lanza en Google Play su nuevo juego móvil protagonizado por Sora, Riku y Kairi.",
        "es",
        None,
    ),
    # both trees
    (
        "CapCut llega a la web con nuevas plantillas",
        "ByteDance renueva su editor de vídeo con plantillas de temporada y nuevos efectos de texto.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora 2 todavía no está disponible en la API en Europa",
        "OpenAI ha retrasado la apertura de Sora 2 a desarrolladores europeos sin dar una nueva fecha.",
        "es",
        "delay",
    ),
    # both trees
    (
        "Llega a la web una lista de los mejores prompts para Kling en la API",
        "Recopilamos 50 indicaciones probadas para sacar el máximo partido a Kling 2.6.",
        "es",
        None,
    ),
    # both trees
    (
        "Kling 2.6 disponible en Freepik: cómo usarlo paso a paso",
        "Te enseñamos a generar tu primer vídeo con Kling 2.6 dentro de la suite de Freepik.",
        "es",
        None,
    ),
    # both trees
    (
        "El catálogo de modelos de vídeo disponible en la API de fal",
        "Comparamos Veo 3, Kling 2.6, Hailuo 02 y Seedance con sus precios por segundo en fal.",
        "es",
        None,
    ),
    # both trees
    (
        "Google presenta Veo 4, già disponibile tramite API",
        "Google ha presentato oggi Veo 4, il suo nuovo modello di generazione video, con clip fino a 30 secondi.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 è ora disponibile tramite API",
        "Kuaishou ha lanciato giovedì Kling 3.0, il suo nuovo modello video con audio nativo.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Sora 2 già disponibile via API dal primo giorno",
        "OpenAI ha presentato oggi Sora 2, il nuovo modello video e audio, aperto subito agli sviluppatori.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Hailuo 03 debutta ed è già disponibile tramite fal",
        "MiniMax ha lanciato mercoledì Hailuo 03, il suo nuovo modello video in 1080p.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Seedance 2.0 ora disponibile via API e in Dreamina",
        "ByteDance ha presentato lunedì Seedance 2.0, un nuovo modello di generazione video.",
        "it",
        "launch",
    ),
    (
        "Veo 3 ora disponibile tramite API Gemini",
        "Google apre Veo 3, presentato a maggio, agli sviluppatori tramite l'API Gemini e Vertex AI.",
        "it",
        "availability",
    ),
    (
        "Sora 2 ora disponibile via API",
        "OpenAI ha aperto Sora 2 agli sviluppatori durante il DevDay, una settimana dopo il lancio dell'app.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Hailuo 02 adesso disponibile tramite fal",
        "Gli sviluppatori possono usare da oggi Hailuo 02, presentato a giugno, attraverso la piattaforma fal.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Kling 2.6 ora disponibile tramite Freepik",
        "Freepik integra da oggi Kling 2.6 nella sua suite video per tutti gli utenti.",
        "it",
        "availability",
    ),
    # both trees
    (
        "L'app Sora arriva su Android",
        "OpenAI ha pubblicato martedì l'app Sora su Google Play negli Stati Uniti e in Canada.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Come usare Veo 3 tramite API: la guida completa",
        "Dalla chiave API al primo video: tutti i passaggi per usare il modello di Google.",
        "it",
        None,
    ),
    # both trees
    (
        "Listino prezzi: quanto costa Veo 3 tramite API su fal",
        "Abbiamo confrontato i costi al secondo di Veo 3, Kling e Hailuo sulle principali piattaforme.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora 2, OpenAI taglia i prezzi dell'API",
        "OpenAI ha ridotto del 30% il costo al secondo dei video generati con Sora 2 tramite API.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Un'app non ufficiale porta Sora 2 su Android tramite API",
        "Uno sviluppatore indipendente ha pubblicato un client di Sora su Google Play; OpenAI non lo sostiene.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 non ancora disponibile tramite API in Italia",
        "Google ha rinviato l'apertura di Veo 3 agli sviluppatori europei senza indicare una data.",
        "it",
        "delay",
    ),
    # both trees
    (
        "Ora disponibili tramite API gli esempi di codice per Kling",
        "Kuaishou pubblica nuovi esempi in Python e JavaScript per gli sviluppatori di Kling AI.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 4 est disponible dans l'API Gemini",
        "Google a dévoilé ce mardi Veo 4, son nouveau modèle vidéo, avec des clips de 30 secondes et du son natif.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 est disponible dans l'application Kling",
        "Kuaishou a lancé jeudi Kling 3.0, son nouveau modèle vidéo avec audio natif.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Seedance 2.0 est disponible dans l'appli Dreamina",
        "ByteDance a dévoilé lundi Seedance 2.0, un nouveau modèle de génération vidéo.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Veo 3 est disponible via l'API Gemini",
        "Google ouvre ce jeudi Veo 3 aux développeurs via l'API Gemini, deux mois après sa présentation à la conférence I/O.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Comment utiliser l'application Sora sur Android",
        "Notre guide pour télécharger l'appli, se connecter et créer sa première vidéo.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google lança Veo 4, já disponível na API do Gemini",
        "O Google apresentou nesta terça o Veo 4, seu novo modelo de vídeo, com clipes de até 30 segundos.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Veo 3 já está disponível na API do Gemini",
        "O Google liberou nesta quinta o Veo 3 para desenvolvedores, dois meses após apresentá-lo no I/O.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 já está disponível no app do Kling",
        "A Kuaishou lançou nesta quinta o Kling 3.0, seu novo modelo de vídeo com áudio nativo.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Como usar o Veo 3 pela API do Gemini",
        "Guia passo a passo para gerar seus primeiros vídeos com o modelo do Google.",
        "pt",
        None,
    ),
    # both trees
    (
        "Hailuo 03 is now available in the Hailuo app",
        "MiniMax released Hailuo 03 on Wednesday, with sharper motion and native 1080p output.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Veo 4 rolls out in the Flow app",
        "Google released Veo 4 on Tuesday, adding native sound and clips up to 30 seconds.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 lands in the Sora app",
        "OpenAI released Sora 2 on Tuesday, with synchronized dialogue and sound effects.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Vidu Q3 is live in the Vidu app",
        "Shengshu released Vidu Q3 on Friday, with synchronized dialogue and music.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Hailuo 03 ist jetzt in der Hailuo App verfügbar",
        "MiniMax hat am Mittwoch Hailuo 03 veröffentlicht, ein Videomodell mit nativer 1080p-Ausgabe.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Vidu Q3 ab sofort in der Vidu App",
        "Shengshu hat am Freitag Vidu Q3 vorgestellt, ein Modell mit synchronisierten Dialogen.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Nano Banana llega a la API de Gemini",
        "Google abre su modelo de edición de imágenes a los desarrolladores a través de la API de Gemini.",
        "es",
        None,
    ),
    # both trees
    (
        "Gemini 3 ya está disponible en la API",
        "Google abre su nuevo modelo de lenguaje a desarrolladores a través de la API de Gemini y Vertex AI.",
        "es",
        None,
    ),
    # both trees
    (
        "Nano Banana ora disponibile tramite API Gemini",
        "Google apre il suo modello di editing di immagini agli sviluppatori.",
        "it",
        None,
    ),
    # both trees
    (
        "Disponible en la API de fal el ranking de modelos de vídeo más usados",
        "El servicio publica qué modelos, como Kling 2.6 y Veo 3, generaron más vídeos en noviembre.",
        "es",
        None,
    ),
    # both trees
    (
        "Ora disponibile via API la documentazione di Veo 3 in italiano",
        "Google ha tradotto la guida per sviluppatori di Veo 3.",
        "it",
        None,
    ),
    # both trees
    (
        "Il catalogo dei modelli video già disponibili tramite fal",
        "Confrontiamo Veo 3, Kling 2.6 e Hailuo 02 con i prezzi al secondo.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 4 ya está disponible en la API de Gemini",
        "El nuevo modelo de vídeo de Google, presentado hoy, genera clips de hasta 30 segundos con sonido nativo.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 disponible vía API desde hoy",
        "Kuaishou estrena Kling 3.0, la nueva generación de su modelo de vídeo, con escenas de varios planos y audio.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Sora 2 llega a la API de OpenAI",
        "OpenAI ha lanzado hoy Sora 2, su nuevo modelo de vídeo, para usuarios de la app y desarrolladores.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Hailuo 03 ya disponible a través de la API de MiniMax",
        "MiniMax estrena hoy Hailuo 03, su modelo de vídeo más avanzado hasta la fecha.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Seedance 2.0 aterriza en la API de BytePlus",
        "ByteDance ha presentado este lunes Seedance 2.0, que ya pueden usar los desarrolladores.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Veo 4 è già disponibile tramite API",
        "Il nuovo modello video di Google, presentato oggi, genera clip fino a 30 secondi con audio nativo.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Hailuo 03 ora disponibile via API",
        "MiniMax ha lanciato oggi Hailuo 03, il suo modello video più avanzato.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 già disponibile tramite fal e API",
        "Kuaishou ha presentato oggi Kling 3.0, la nuova generazione del suo modello video.",
        "it",
        "launch",
    ),
]

THIRD_REVIEW__FIGURES__WINNERS_AND_REGIONS = [
    # both trees
    (
        "Google announces Veo 4 with benchmark results",
        "Google on Tuesday announced Veo 4, its newest video generation model, saying it beats Sora 2 and Kling on human preference tests.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google announces Veo 4, shares first results",
        "The new video model generates 4K clips of up to 30 seconds with native sound and is rolling out to Gemini Ultra subscribers today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Luma reveals Ray3, and the numbers are wild",
        "Luma AI released Ray3 on Thursday, a reasoning video model that produces 16-bit HDR footage for studios.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI publishes Sora 2 API pricing figures",
        "OpenAI on Wednesday published prices for Sora 2 in its API: $0.10 per second of 720p video and $0.50 per second for Sora 2 Pro.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway reveals Gen-4.5 prices and usage numbers",
        "Runway has set new credit prices for Gen-4.5, with a 10-second clip now costing 120 credits on the Standard plan.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kuaishou announces Kling 3.0 and first benchmark numbers",
        "Kuaishou announced that Kling 3.0 is live today in the Kling app, with native audio and 15-second clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google announced Veo 4 results in a surprise livestream",
        "Google unveiled Veo 4 during a livestream on Tuesday, a new video model it says tops every public leaderboard.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Midjourney shares V2 video model, first results",
        "Midjourney released V2 of its video model on Friday to all subscribers, with longer clips and better motion.",
        "en",
        "launch",
    ),
    # both trees
    (
        "ByteDance announces Seedance 2.0: the numbers behind its new video model",
        "ByteDance announced on Monday Seedance 2.0, a new video model that accepts image, audio and video references.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google présente Veo 4, résultats à l'appui",
        "Google a dévoilé mardi Veo 4, son nouveau modèle de génération vidéo, qui surpasse selon lui tous ses concurrents.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kuaishou annonce Kling 3.0 et publie ses premiers résultats",
        "Le nouveau modèle vidéo de Kuaishou génère des clips de 15 secondes avec son natif et est disponible dès aujourd'hui.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "OpenAI dévoile les prix et les chiffres de Sora 2",
        "OpenAI a publié mercredi la grille tarifaire de Sora 2 dans son API : 0,10 dollar la seconde en 720p.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Runway présente Gen-5 : des résultats bluffants",
        "Runway a lancé lundi Gen-5, son nouveau modèle vidéo, accessible dès aujourd'hui à tous les abonnés payants.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway publie ses nouveaux tarifs et chiffres d'usage",
        "Runway augmente le prix de ses crédits : l'abonnement Standard passe de 12 à 15 dollars par mois à partir du 1er juin.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "MiniMax dévoile Hailuo 03, résultats en main",
        "MiniMax a lancé ce jeudi Hailuo 03, son nouveau modèle vidéo, qui génère des clips en 1080p.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google presenta Veo 4 con resultados récord",
        "Google ha presentado este martes Veo 4, su nuevo modelo de vídeo, que genera clips de hasta 30 segundos con audio.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kuaishou anuncia Kling 3.0: estas son las cifras",
        "El nuevo modelo de vídeo de Kuaishou ya está disponible en la app de Kling con audio nativo.",
        "es",
        "launch",
    ),
    # both trees
    (
        "OpenAI publica los precios y las cifras de Sora 2",
        "OpenAI ha publicado las tarifas de Sora 2 en su API: 0,10 dólares por segundo de vídeo en 720p.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Google svela Veo 4, i numeri del nuovo modello",
        "Il nuovo modello video di Google genera clip fino a 30 secondi in 4K con audio nativo ed è disponibile da oggi.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Kuaishou presenta Kling 3.0: tutti i numeri",
        "Kling 3.0, il nuovo modello video di Kuaishou, è disponibile da oggi nell'app Kling con audio nativo.",
        "it",
        "launch",
    ),
    # both trees
    (
        "OpenAI pubblica i prezzi e i numeri di Sora 2",
        "OpenAI ha fissato i prezzi di Sora 2 nell'API: 0,10 dollari al secondo per i video in 720p.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Google apresenta Veo 4 com resultados impressionantes",
        "O Google apresentou nesta terça-feira o Veo 4, seu novo modelo de geração de vídeo com áudio nativo.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Kuaishou anuncia Kling 3.0: os números do novo modelo",
        "O novo modelo de vídeo da Kuaishou já está disponível no aplicativo Kling, com áudio nativo e clipes de 15 segundos.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "OpenAI enthüllt Sora 2 – erste Ergebnisse beeindrucken",
        "Das neue Videomodell erzeugt Clips mit Ton und ist ab heute in den USA und Kanada per Einladung nutzbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Google präsentiert Veo 4 und nennt Zahlen",
        "Google hat am Dienstag Veo 4 vorgestellt, sein neues Videomodell mit 4K-Auflösung und nativem Ton.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Runway nennt Preise für Gen-5: Kunden zahlen pro Sekunde",
        "Runway verlangt für Gen-5 künftig 15 Credits pro Sekunde Video, doppelt so viel wie für Gen-4.",
        "de",
        "pricing",
    ),
    (
        "Google announces Veo 3 usage figures: 275 million videos",
        "Google said on Tuesday that users had generated more than 275 million videos with Veo 3 since its launch in May.",
        "en",
        None,
    ),
    (
        "OpenAI shares Sora usage numbers for the first time",
        "OpenAI announced that Sora had been downloaded more than a million times in under five days.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway publishes Gen-4 energy use figures",
        "Runway released a report estimating the energy consumption of a 10-second Gen-4 clip at 0.4 kWh.",
        "en",
        None,
    ),
    # both trees
    (
        "Kuaishou reveals Kling revenue numbers in earnings call",
        "Kuaishou announced that Kling AI brought in more than 250 million yuan in revenue last quarter.",
        "en",
        None,
    ),
    (
        "Google announced Veo 3 results at its developer conference",
        "Google announced that Veo 3 had been used to create more than 40 million videos in seven weeks.",
        "en",
        None,
    ),
    (
        "Google dévoile les chiffres de Veo 3",
        "Google a annoncé que plus de 275 millions de vidéos avaient été générées avec Veo 3 depuis son lancement.",
        "fr",
        None,
    ),
    (
        "OpenAI publie les premiers chiffres de Sora",
        "OpenAI a annoncé mardi que l'application Sora avait dépassé le million de téléchargements en cinq jours.",
        "fr",
        None,
    ),
    (
        "Kuaishou présente les résultats de Kling au deuxième trimestre",
        "Kuaishou a annoncé que Kling avait généré 250 millions de yuans de chiffre d'affaires sur le trimestre.",
        "fr",
        None,
    ),
    (
        "Google revela las cifras de Veo 3",
        "Google ha anunciado que los usuarios han generado más de 275 millones de vídeos con Veo 3.",
        "es",
        None,
    ),
    (
        "Google presenta i numeri di Veo 3",
        "Google ha annunciato che con Veo 3 sono stati generati oltre 275 milioni di video dal lancio.",
        "it",
        None,
    ),
    (
        "OpenAI divulga os números do Sora",
        "A OpenAI anunciou que o aplicativo Sora passou de um milhão de downloads em menos de cinco dias.",
        "pt",
        None,
    ),
    # both trees
    (
        "Google nennt Nutzungszahlen für Veo 3",
        "Google hat mitgeteilt, dass mit Veo 3 seit dem Start mehr als 275 Millionen Videos erzeugt wurden.",
        "de",
        None,
    ),
    (
        "Kuaishou veröffentlicht Zahlen zu Kling AI",
        "Kuaishou gab bekannt, dass Kling im vergangenen Quartal einen Umsatz von 250 Millionen Yuan erzielte.",
        "de",
        None,
    ),
    (
        "Google announces Veo 3 results as 40 million videos made",
        "Google announced on Monday that 40 million videos had been created with Veo 3 in the Gemini app and Flow.",
        "en",
        None,
    ),
    (
        "Runway annonce les résultats de son Gen:48",
        "Runway a annoncé les résultats de la dernière édition de son concours de courts métrages réalisés avec Gen-4.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway announces AI Film Festival winners",
        "Runway announced the winners of its third AI Film Festival, with the grand prize going to a short made with Gen-4.",
        "en",
        None,
    ),
    (
        "Google names Veo creator fund winners",
        "Google announced 20 filmmakers who will receive grants to make short films with Veo 3 and Flow.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway annonce les gagnants de son festival du film IA",
        "Runway a annoncé les lauréats de la troisième édition de son AI Film Festival.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway gibt die Gewinner des AI Film Festival bekannt",
        "Runway hat die Gewinner seines dritten KI-Filmfestivals bekanntgegeben, der Hauptpreis ging an einen Kurzfilm.",
        "de",
        None,
    ),
    # both trees
    (
        "Kling anuncia los ganadores de su concurso de cortos",
        "Kling AI anunció los ganadores de su concurso global de cortometrajes creados con su modelo de vídeo.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway annuncia i vincitori del suo festival",
        "Runway ha annunciato i vincitori della terza edizione del suo AI Film Festival.",
        "it",
        None,
    ),
    (
        "Kling anuncia os vencedores do concurso NextGen",
        "A Kling AI anunciou os vencedores do seu concurso de curtas criados com o modelo Kling 2.1.",
        "pt",
        None,
    ),
    # both trees
    (
        "Google unveils Veo 4, a clear winner in blind tests",
        "Google on Tuesday unveiled Veo 4, its newest video model, which it says was preferred over Sora 2 in blind comparisons.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI unveils Sora 2 and names its first Cameo winners",
        "OpenAI released Sora 2 on Tuesday along with a new Sora app for iPhone in the US and Canada.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google dévoile Veo 4 et les lauréats de son concours Flow",
        "Google a lancé mardi Veo 4, son nouveau modèle vidéo, et récompensé dix courts métrages réalisés avec Flow.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway präsentiert Gen-5 und kürt die Gewinner seines Festivals",
        "Runway hat am Montag Gen-5 vorgestellt, sein neues Videomodell, das ab sofort allen zahlenden Kunden offensteht.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Google presenta Veo 4 y anuncia los ganadores de su concurso",
        "Google ha lanzado este martes Veo 4, su nuevo modelo de vídeo, disponible para suscriptores de Gemini Ultra.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Runway presenta Gen-5 e annuncia i vincitori del festival",
        "Runway ha lanciato lunedì Gen-5, il suo nuovo modello video, disponibile da oggi per gli abbonati.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Runway unveils Gen-5 as Film Festival winners announced",
        "Runway released Gen-5 on Monday, its newest video model, during the awards ceremony of its AI Film Festival.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 arrives in China first",
        "Kuaishou's newest video model, unveiled on Thursday, is available to users in mainland China, with a global release planned for next month.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 arrive d'abord en Chine",
        "Le nouveau modèle vidéo de Kuaishou, présenté jeudi, est accessible dès aujourd'hui aux utilisateurs chinois, avant un lancement mondial le mois prochain.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Veo 4 débarque aux États-Unis",
        "Google a dévoilé ce mardi son nouveau modèle vidéo, accessible dès aujourd'hui aux abonnés Gemini Ultra américains.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Sora 2 arrive aux États-Unis et au Canada",
        "Le nouveau modèle vidéo d'OpenAI, lancé ce mardi, est accessible sur invitation via une nouvelle application iOS dans ces deux pays.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 llega primero a China",
        "El nuevo modelo de vídeo de Kuaishou, presentado este jueves, ya está disponible para los usuarios chinos antes de su lanzamiento global.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 arriva prima in Cina",
        "Il nuovo modello video di Kuaishou, presentato giovedì, è disponibile da oggi per gli utenti cinesi in attesa del lancio globale.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 kommt zuerst in China",
        "Das neue Videomodell von Kuaishou wurde am Donnerstag vorgestellt und ist ab sofort für Nutzer in China verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 chega primeiro à China",
        "O novo modelo de vídeo da Kuaishou, apresentado nesta quinta-feira, já está disponível para usuários chineses antes do lançamento global.",
        "pt",
        "launch",
    ),
    (
        "Sora 2 arrives in Europe",
        "OpenAI's newest video model, launched in the US and Canada in September, is now available in the Sora app in the EU, the UK and Switzerland.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 lands in the UK",
        "Google's newest video model, released in the US in May, is now available to Gemini Pro subscribers in the UK.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 expands to seven more countries",
        "OpenAI's newest video model is now available in Thailand, Vietnam, Taiwan and four other markets, the company said.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 2.5 hits Brazil and Mexico",
        "Kuaishou's latest video model is now available to creators in Latin America through the Kling app.",
        "en",
        "availability",
    ),
    (
        "Sora 2 arrive en France",
        "Le nouveau modèle vidéo d'OpenAI, lancé en septembre aux États-Unis, est désormais accessible aux utilisateurs français via l'application Sora.",
        "fr",
        "availability",
    ),
    (
        "Hailuo débarque en France",
        "Le nouveau modèle vidéo de MiniMax, déjà disponible en Chine, est désormais accessible aux créateurs français.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora 2 est enfin disponible en France",
        "Le nouveau modèle vidéo d'OpenAI, lancé en septembre outre-Atlantique, peut désormais être utilisé par les internautes français.",
        "fr",
        "availability",
    ),
    (
        "Veo 3 fait son arrivée en France",
        "Le nouveau modèle de Google, dévoilé en mai, est désormais accessible aux abonnés Gemini Pro en France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora 2 s'ouvre aux utilisateurs européens",
        "Le nouveau modèle d'OpenAI, lancé fin septembre aux États-Unis et au Canada, est désormais accessible dans l'Union européenne.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora 2 llega a España",
        "El nuevo modelo de vídeo de OpenAI, lanzado en septiembre en Estados Unidos, ya está disponible para los usuarios españoles.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3 ya está disponible en España",
        "El nuevo modelo de vídeo de Google, lanzado en mayo en EE. UU., ya puede usarse en la app de Gemini en España.",
        "es",
        "availability",
    ),
    (
        "Sora 2 arriva in Italia",
        "Il nuovo modello video di OpenAI, lanciato a settembre negli Stati Uniti, è ora disponibile anche per gli utenti italiani.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Veo 3 sbarca in Italia",
        "Il nuovo modello video di Google, presentato a maggio, è ora disponibile per gli abbonati Gemini italiani.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Sora 2 chega ao Brasil",
        "O novo modelo de vídeo da OpenAI, lançado em setembro nos Estados Unidos, já pode ser usado por brasileiros no aplicativo Sora.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Veo 3 chega a Portugal",
        "O novo modelo de vídeo do Google, lançado em maio nos EUA, já está disponível para assinantes do Gemini em Portugal.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Sora 2 kommt nach Deutschland",
        "Das neue Videomodell von OpenAI, im September in den USA gestartet, ist nun auch für Nutzer in Deutschland verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Veo 3 ist jetzt in Deutschland verfügbar",
        "Googles neues Videomodell, im Mai in den USA vorgestellt, steht nun auch Gemini-Abonnenten in Deutschland zur Verfügung.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Google launches Veo 4 in the US",
        "Google on Tuesday released Veo 4, its newest video model, to Gemini Ultra subscribers in the US, with other countries to follow.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google lance Veo 4 aux États-Unis",
        "Google a dévoilé mardi Veo 4, son nouveau modèle vidéo, réservé pour l'instant aux abonnés américains de Gemini Ultra.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google announces Veo 4 and shares adoption numbers for Veo 3",
        "Google announced Veo 4 on Tuesday, its newest video model, and said Veo 3 had been used to make 275 million videos.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kuaishou announces Kling 3.0, reveals user numbers",
        "Kuaishou said on Thursday that its new Kling 3.0 model is live in the Kling app, which now has 45 million users.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway launches Gen-5, announces AI Film Festival winners",
        "Runway on Monday released Gen-5, its newest video model, at the awards ceremony of its annual AI Film Festival.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI announces Sora 2 price cut, shares usage numbers",
        "Sora 2 Pro now costs $0.30 per second in the API, down from $0.50, OpenAI said, adding that developers made 10 million clips last month.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI reveals Sora 2 pricing, usage figures",
        "OpenAI on Wednesday set API prices for Sora 2 at $0.10 per second of 720p video and said 2 million developers had tried it.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Pika announces Pika 3.0 and publishes first benchmark results",
        "Pika released Pika 3.0 on Wednesday, a new video model it says doubles motion quality over Pika 2.2.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kuaishou annonce Kling 3.0 et dévoile les chiffres de Kling",
        "Kuaishou a présenté jeudi Kling 3.0, son nouveau modèle vidéo, et revendique 45 millions d'utilisateurs.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kuaishou publie ses résultats et lance Kling 3.0",
        "Le groupe chinois a lancé mardi Kling 3.0, son nouveau modèle vidéo, en même temps que ses résultats trimestriels.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google annonce Veo 4 et partage des chiffres d'usage",
        "Google a annoncé mardi que Veo 4, son nouveau modèle vidéo, est disponible dès aujourd'hui dans l'application Gemini.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "OpenAI annonce une baisse de prix pour Sora 2 et publie ses chiffres",
        "Sora 2 Pro coûte désormais 0,30 dollar la seconde dans l'API, contre 0,50 auparavant.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "OpenAI kündigt Sora 3 an und nennt Nutzerzahlen",
        "OpenAI hat am Montag Sora 3 angekündigt, sein neues Video- und Audiomodell, das ab heute in der Sora-App verfügbar ist.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Google stellt Veo 4 vor und nennt erste Zahlen",
        "Das neue Videomodell erzeugt 4K-Clips mit Ton und ist ab sofort für Gemini-Ultra-Abonnenten verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Kuaishou presenta resultados y anuncia Kling 3.0",
        "Kuaishou ha presentado este martes Kling 3.0, su nuevo modelo de vídeo, junto a sus resultados trimestrales.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Google annuncia Veo 4 e condivide i numeri di Veo 3",
        "Google ha annunciato martedì Veo 4, il suo nuovo modello video, e ha detto che con Veo 3 sono stati creati 275 milioni di video.",
        "it",
        "launch",
    ),
    # both trees
    (
        "OpenAI anuncia Sora 2 e revela números do app",
        "A OpenAI lançou nesta terça-feira o Sora 2, seu novo modelo de vídeo e áudio, junto com um aplicativo para iPhone.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Synthesia reveals revenue figures as it raises $180m",
        "The AI avatar video company said annual recurring revenue passed $100 million, as it announced a new funding round.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI shares Sora 2 safety results",
        "OpenAI published the results of red-team testing on Sora 2, detailing how often the model refused harmful prompts.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway discloses energy consumption of Gen-4",
        "Runway said a 10-second Gen-4 clip uses about as much electricity as running a microwave for a minute.",
        "en",
        None,
    ),
    (
        "Kuaishou publie ses résultats : Kling dépasse 100 millions de dollars",
        "Le revenu annualisé de Kling AI a franchi la barre des 100 millions de dollars, a annoncé Kuaishou mardi.",
        "fr",
        None,
    ),
    (
        "OpenAI partage les chiffres de Sora",
        "OpenAI a annoncé que son application Sora avait atteint un million de téléchargements en moins de cinq jours.",
        "fr",
        None,
    ),
    (
        "Kuaishou presenta resultados: Kling factura 150 millones",
        "Kuaishou ha anunciado que Kling generó 150 millones de yuanes en el último trimestre.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway nennt erstmals Nutzerzahlen",
        "Runway hat bekanntgegeben, dass seine Videomodelle inzwischen von mehr als zehn Millionen Menschen genutzt werden.",
        "de",
        None,
    ),
    (
        "OpenAI diffonde le statistiche di Sora",
        "OpenAI ha annunciato che l'app Sora ha superato il milione di download in meno di cinque giorni.",
        "it",
        None,
    ),
    (
        "Kuaishou divulga resultados e Kling bate recorde",
        "A Kuaishou anunciou que o Kling gerou 150 milhões de yuans no último trimestre.",
        "pt",
        None,
    ),
    # both trees
    (
        "Veo 4 arrives in the US, with Europe to follow",
        "Google unveiled Veo 4 on Tuesday, its newest video model, starting with Gemini Ultra subscribers in the US.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Veo 4 aterriza en Estados Unidos",
        "Google ha presentado este martes Veo 4, su nuevo modelo de vídeo, de momento solo para suscriptores estadounidenses.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Seedance 2.0 débarque en Chine",
        "ByteDance a lancé ce lundi Seedance 2.0, son nouveau modèle vidéo, d'abord dans l'application chinoise Jimeng.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kling 2.5 aterriza en México",
        "El nuevo modelo de vídeo de Kuaishou, lanzado en septiembre, ya está disponible para los creadores mexicanos.",
        "es",
        "availability",
    ),
    (
        "Hailuo 02 arriva in Italia",
        "Il nuovo modello video di MiniMax, già disponibile in Cina, è ora accessibile anche agli utenti italiani.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Veo 3 landet in Deutschland",
        "Googles neues Videomodell, im Mai vorgestellt, ist nun auch für Gemini-Abonnenten in Deutschland verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora 2 desembarca no Brasil",
        "O novo modelo de vídeo da OpenAI, lançado em setembro nos EUA, agora pode ser usado no Brasil.",
        "pt",
        "availability",
    ),
    (
        "Veo 3 arrive en Europe",
        "Le dernier modèle vidéo de Google, lancé en mai aux États-Unis, est désormais proposé aux abonnés Gemini européens.",
        "fr",
        "availability",
    ),
]

FOURTH_REVIEW__THE_WHOLE_ROUND = [
    (
        "Google launches Veo 4: everything you need to know",
        "Google on Tuesday unveiled Veo 4, its newest video generation model, with native 4K output and longer clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway releases Gen-4.5: here's what's new",
        "Runway unveiled Gen-4.5 on Monday, saying the model tops independent text-to-video leaderboards.",
        "en",
        "launch",
    ),
    (
        "Kling 3.0 est lancé : tout ce qu'il faut savoir",
        "Kuaishou a annoncé ce mercredi Kling 3.0, une nouvelle version de son générateur vidéo capable de produire des clips de deux minutes.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Luma startet Ray3: Das müssen Sie wissen",
        "Luma AI hat am Donnerstag Ray3 vorgestellt, ein Videomodell mit HDR-Ausgabe.",
        "de",
        "launch",
    ),
    # both trees
    (
        "OpenAI lanza Sora 2: todo lo que necesitas saber",
        "OpenAI presentó este martes Sora 2, su nuevo modelo de vídeo con audio sincronizado.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Google lancia Veo 4: tutto quello che c'è da sapere",
        "Google ha presentato oggi Veo 4, il suo nuovo modello per la generazione di video.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Runway lança Gen-4.5: tudo o que você precisa saber",
        "A Runway apresentou nesta terça-feira o Gen-4.5, seu modelo de vídeo mais avançado.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Midjourney launches its first video model: how to try it",
        "Midjourney on Wednesday unveiled V1, its first video generation model, available to subscribers on the web.",
        "en",
        "launch",
    ),
    # both trees
    (
        "MiniMax releases Hailuo 03: what it can do",
        "MiniMax yesterday unveiled Hailuo 03, a video model that generates 1080p clips in ten seconds.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google dévoile Veo 4 : ce qui change pour les créateurs",
        "Google a dévoilé mardi Veo 4, la nouvelle génération de son modèle de génération vidéo.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Luma AI launches Ray3: what you need to know",
        "Luma AI today unveiled Ray3, which it calls the first reasoning video model, available now in Dream Machine.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway veröffentlicht Gen-4.5: Alles Wichtige im Überblick",
        "Runway hat am Montag Gen-4.5 vorgestellt, das nach Angaben des Unternehmens bislang beste Videomodell.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lanza Kling 3.0: esto es lo que debes saber",
        "Kuaishou presentó este jueves Kling 3.0, la nueva versión de su modelo de vídeo.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Runway lancia Gen-4.5: cosa cambia per i creator",
        "Runway ha svelato ieri Gen-4.5, il suo modello video più avanzato, disponibile per tutti gli abbonati.",
        "it",
        "launch",
    ),
    (
        "Kuaishou lança Kling 3.0: o que muda",
        "A Kuaishou anunciou nesta quinta-feira o Kling 3.0, nova versão do seu gerador de vídeos com IA.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Kling 2.1 launches: a complete beginner's guide",
        "Kuaishou unveiled Kling 2.1 back in May; today we walk through every setting in the web app.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway Gen-4 launched: 10 tips for better results",
        "Runway unveiled Gen-4 in March; this week we collected ten prompting tips from working editors.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 lancé en France : notre guide complet",
        "Google a annoncé l'arrivée de Veo 3 en juillet ; voici aujourd'hui notre guide pour bien l'utiliser.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 gestartet: So nutzen Sie die App",
        "OpenAI hat Sora 2 bereits im Herbst vorgestellt; heute zeigen wir Schritt für Schritt, wie die App funktioniert.",
        "de",
        None,
    ),
    # both trees
    (
        "Veo 3 ya está aquí: guía completa para usarlo",
        "Google anunció Veo 3 en mayo; hoy te explicamos paso a paso cómo sacarle partido.",
        "es",
        None,
    ),
    # both trees
    (
        "Kling launches 2.5 Turbo: a hands-on review",
        "Kuaishou announced Kling 2.5 Turbo last month. We spent this week testing it on real client work.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 è stato lanciato: la guida completa per usarlo",
        "OpenAI ha presentato Sora 2 a settembre; oggi vediamo come creare i primi video con l'app.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 lançado: guia completo para iniciantes",
        "O Google anunciou o Veo 3 em maio; hoje mostramos passo a passo como usar a ferramenta.",
        "pt",
        None,
    ),
    (
        "Sora 2 launches: the best prompts to try",
        "OpenAI unveiled Sora 2 on Tuesday. We rounded up the twenty best prompts shared by early testers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway lance Gen-4 : notre test complet",
        "Runway a présenté Gen-4 il y a trois semaines ; nous l'avons testé aujourd'hui sur un vrai tournage.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kling 2.5 gestartet: Unser Praxistest",
        "Kuaishou hat Kling 2.5 Turbo bereits im September vorgestellt; heute zeigen wir, was das Modell im Alltag leistet.",
        "de",
        None,
    ),
    # both trees
    (
        "Pika 2.2 launched: tutorial for beginners",
        "Pika unveiled version 2.2 in February. In today's tutorial we show how to use Pikaframes step by step.",
        "en",
        None,
    ),
    (
        "Veo 3 ya está disponible en la API de Gemini",
        "Google ha abierto el acceso a Veo 3 para desarrolladores a través de la API de Gemini y Vertex AI.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Sora ya está disponible en Android",
        "La aplicación de vídeo de OpenAI, lanzada en iOS en septiembre, llega ahora a la Play Store en Estados Unidos y Canadá.",
        "es",
        "availability",
    ),
    (
        "Kling 2.5 ya disponible a través de la API de Kuaishou",
        "Los desarrolladores pueden integrar desde hoy el modelo de vídeo de Kuaishou en sus aplicaciones.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Runway Aleph ahora disponible mediante API",
        "Runway abre su modelo de edición de vídeo Aleph a los desarrolladores, que ya pueden llamarlo desde su API.",
        "es",
        "availability",
    ),
    (
        "Hailuo 02 ya está disponible vía API para empresas",
        "MiniMax amplía el acceso a su modelo de vídeo, que hasta ahora solo podía usarse desde la web.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3 Fast ya está disponible en la app de Gemini",
        "Google lleva la versión rápida de su modelo de vídeo a los suscriptores de Gemini Pro.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Ahora disponible en el móvil: Kling AI llega a iOS y Android",
        "Kuaishou ha lanzado las aplicaciones móviles de su generador de vídeo en todo el mundo.",
        "es",
        "availability",
    ),
    (
        "Veo 3 ora disponibile tramite API Gemini",
        "Google apre l'accesso al suo modello video agli sviluppatori tramite la Gemini API e Vertex AI.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Kling 2.1 adesso disponibile via API",
        "Kuaishou rende disponibile il suo modello video anche agli sviluppatori tramite la propria piattaforma API.",
        "it",
        "availability",
    ),
    (
        "Runway Aleph già disponibile tramite API",
        "Il modello di editing video di Runway, presentato a luglio, può ora essere integrato dagli sviluppatori.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Sora 2 ora accessibile tramite API",
        "OpenAI ha aperto agli sviluppatori l'accesso a Sora 2 e Sora 2 Pro tramite la sua API.",
        "it",
        "availability",
    ),
    (
        "Hailuo 02 adesso disponibile tramite la piattaforma fal",
        "Il modello video di MiniMax arriva sul servizio di hosting per sviluppatori fal.ai.",
        "it",
        "availability",
    ),
    (
        "Veo 3 Fast ora disponibile tramite l'app Gemini",
        "Google estende la versione veloce del suo modello video agli abbonati Gemini Pro in Italia.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Google lanza Veo 4, ya disponible en la API de Gemini",
        "Google presentó este martes Veo 4, su nuevo modelo de generación de vídeo, que los desarrolladores pueden usar desde hoy.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kuaishou presenta Kling 3.0, que ya está disponible en la web",
        "Kuaishou ha presentado hoy Kling 3.0, la nueva versión de su modelo de vídeo con clips de hasta dos minutos.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Google lancia Veo 4, già disponibile tramite API",
        "Google ha presentato oggi Veo 4, il nuovo modello video che gli sviluppatori possono già provare.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Runway presenta Gen-4.5, ora disponibile tramite API",
        "Runway ha svelato oggi Gen-4.5, il suo nuovo modello di generazione video.",
        "it",
        "launch",
    ),
    # both trees
    (
        "MiniMax lanza Hailuo 03 y ya está disponible vía API",
        "MiniMax anunció este lunes Hailuo 03, su nuevo modelo de vídeo, disponible desde hoy para desarrolladores.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Luma presenta Ray3, ya disponible en la web de Dream Machine",
        "Luma AI presentó ayer Ray3, su nuevo modelo de vídeo capaz de razonar sobre las escenas.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 è ufficiale ed è già disponibile tramite app",
        "Kuaishou ha presentato oggi Kling 3.0, il nuovo modello video con clip fino a due minuti.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Cómo usar Veo 3, que ya está disponible en la API de Gemini",
        "Te explicamos paso a paso cómo generar tus primeros vídeos con Veo 3 desde Google AI Studio.",
        "es",
        None,
    ),
    # both trees
    (
        "Google rebaja el precio de Veo 3, ya disponible vía API",
        "Google reduce a la mitad el coste por segundo de Veo 3 y Veo 3 Fast para los desarrolladores.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 lleva meses disponible en la API: ¿merece la pena?",
        "Analizamos si el modelo de Google compensa frente a Kling y Runway tras varios meses de uso.",
        "es",
        None,
    ),
    # both trees
    (
        "Veo 3, disponibile tramite API da maggio: la nostra prova",
        "Abbiamo testato per settimane il modello video di Google per capire se vale il prezzo.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 2 non sarà più disponibile tramite API da marzo",
        "Google ha annunciato che il vecchio modello verrà ritirato dalla Gemini API il 31 marzo.",
        "it",
        "shutdown",
    ),
    # both trees
    (
        "Runway Gen-2 dejará de estar disponible a través de la API",
        "Runway retirará su antiguo modelo de vídeo de la API el próximo mes para centrarse en Gen-4.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Sora è ora disponibile tramite API? Ecco cosa sappiamo",
        "Si moltiplicano le voci su un accesso per sviluppatori, ma OpenAI non ha confermato nulla.",
        "it",
        None,
    ),
    # both trees
    (
        "Guía: cómo acceder a Kling, ya disponible a través de la API",
        "Repasamos los pasos para crear una clave de desarrollador y generar vídeos con Kling desde tu código.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora 2 todavía no está disponible en la app en Europa",
        "OpenAI no ha dado fecha para llevar su modelo de vídeo a la Unión Europea, semanas después del lanzamiento en EE. UU.",
        "es",
        "delay",
    ),
    (
        "Sora app now available on Android",
        "OpenAI released the Sora app on Google Play on Wednesday for users in the US, Canada, Japan and Korea.",
        "en",
        "availability",
    ),
    (
        "OpenAI's Sora app lands on Android",
        "OpenAI on Tuesday launched the Sora app for Android devices, weeks after its iOS debut.",
        "en",
        "availability",
    ),
    # both trees
    (
        "La app de Sora ya está en Android",
        "OpenAI publicó este martes la aplicación Sora en Google Play para usuarios de Estados Unidos y Canadá.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Sora-App jetzt für Android verfügbar",
        "OpenAI hat die Sora-App am Dienstag im Google Play Store veröffentlicht.",
        "de",
        "availability",
    ),
    # both trees
    (
        "L'app di Sora arriva su Android",
        "OpenAI ha rilasciato oggi l'applicazione Sora sul Play Store negli Stati Uniti e in Canada.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Aplicativo do Sora chega ao Android",
        "A OpenAI lançou nesta terça-feira o aplicativo Sora na Google Play para usuários dos EUA e Canadá.",
        "pt",
        "availability",
    ),
    (
        "Kling AI app arrives on iOS",
        "Kuaishou released the Kling AI app on the App Store today, bringing its video generator to iPhone users.",
        "en",
        "availability",
    ),
    (
        "Dream Machine app now on Android",
        "Luma AI released the Dream Machine app on Google Play today, following last year's iOS launch.",
        "en",
        "availability",
    ),
    (
        "Google Flow app now available on Android",
        "Google released the Flow app on Google Play today, letting filmmakers generate Veo clips on their phones.",
        "en",
        "availability",
    ),
    # both trees
    (
        "App do Kling chega à App Store",
        "A Kuaishou lançou hoje o aplicativo Kling AI no iPhone, depois de meses disponível apenas na web.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "L'appli Kling AI arrive sur iPhone",
        "Kuaishou a lancé jeudi l'application Kling AI sur l'App Store, jusqu'ici réservée au web.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling-App jetzt auch für iPhone",
        "Kuaishou hat am Mittwoch die Kling-App im App Store veröffentlicht.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 is live on fal",
        "Kuaishou released Kling 3.0 on Thursday, its new flagship video model, and it is available on fal from day one.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 lands in the Sora app",
        "OpenAI released Sora 2 on Tuesday, its new video and audio generation model, inside an invite-only iOS app.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Veo 4 now available in the Gemini app",
        "Google released Veo 4 today, its newest video model, to Gemini Pro and Ultra subscribers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 arrive dans l'application Sora",
        "OpenAI a lancé mardi Sora 2, son nouveau modèle vidéo, accessible sur invitation dans une nouvelle application iOS.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 arriva nell'app Kling AI",
        "Kuaishou ha rilasciato oggi Kling 3.0, il suo nuovo modello video, nell'app e sul web.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 llega a la app de Kling AI",
        "Kuaishou lanzó este jueves Kling 3.0, su nuevo modelo de vídeo, en su aplicación y en la web.",
        "es",
        "launch",
    ),
    # both trees
    (
        "OpenAI's new Sora app is live on iOS",
        "OpenAI released the Sora app and its Sora 2 model on Tuesday, an invite-only social video app for iPhone in the US and Canada.",
        "en",
        "launch",
    ),
    # both trees
    (
        "La nueva app Sora ya está disponible en iOS",
        "OpenAI publicó este martes la aplicación Sora, una red social de vídeos generados con su nuevo modelo Sora 2.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Sora app with Sora 2 now live on iOS",
        "OpenAI on Tuesday released Sora 2, its new video model, and a companion Sora app on iOS.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 et sa nouvelle appli débarquent sur iOS",
        "OpenAI a dévoilé mardi Sora 2, son nouveau modèle vidéo, accompagné d'une application iOS sur invitation.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Sora 2 ist in der Sora-App verfügbar",
        "OpenAI hat am Dienstag Sora 2 veröffentlicht, sein neues Video- und Audiomodell, zunächst in einer iOS-App auf Einladung.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Sora 2 chega ao app Sora",
        "A OpenAI lançou nesta terça-feira o Sora 2, seu novo modelo de vídeo com áudio, dentro de um novo aplicativo para iPhone.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Kling app gets Kling 3.0 on day one",
        "Kuaishou released Kling 3.0 on Thursday, its new flagship model, in the Kling app and on the web.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 now available in the Sora app on iOS",
        "OpenAI released Sora 2 on Tuesday, and the new model powers an invite-only Sora app for iPhone.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 ya está disponible en la app Sora",
        "OpenAI presentó este martes Sora 2, su nuevo modelo de vídeo, que se usa desde una nueva aplicación para iPhone.",
        "es",
        "launch",
    ),
    (
        "Veo 4 arrive en France",
        "Google a annoncé mardi l'arrivée en France de Veo 4, son nouveau modèle de génération vidéo, pour les abonnés Gemini.",
        "fr",
        "availability",
    ),
    (
        "Sora 2 débarque en Europe",
        "OpenAI étend son nouveau modèle vidéo et l'application Sora à l'Union européenne, six mois après les États-Unis.",
        "fr",
        "availability",
    ),
    (
        "Sora 2 arrives in Europe",
        "OpenAI's newest video model is now available in the EU, UK and Switzerland, months after its US debut.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 kommt nach Deutschland",
        "Googles neues Videomodell ist ab sofort auch für Gemini-Abonnenten in Deutschland verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora 2 llega a España",
        "El nuevo modelo de vídeo de OpenAI ya se puede usar en España y el resto de la Unión Europea.",
        "es",
        "availability",
    ),
    (
        "Veo 3 arriva in Italia",
        "Il nuovo modello video di Google è ora disponibile anche per gli abbonati italiani di Gemini.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Sora 2 chega ao Brasil",
        "O novo modelo de vídeo da OpenAI passa a estar disponível para usuários brasileiros no app e na web.",
        "pt",
        "availability",
    ),
    (
        "Google's new Veo 3 model arrives in India",
        "Google is bringing its latest video generation model to Gemini Pro subscribers in India starting today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 landet in Europa",
        "OpenAI bringt sein neues Videomodell nun auch in die EU, nach dem Start in den USA im Herbst.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Veo 3 aterriza en Latinoamérica",
        "Google lleva su nuevo modelo de vídeo a los usuarios de Gemini en México, Argentina y Colombia.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Sora 2 sbarca in Europa",
        "OpenAI porta il suo nuovo modello video nell'Unione europea a mesi dal debutto americano.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Veo 3 desembarca em Portugal",
        "O novo modelo de vídeo do Google chega aos assinantes portugueses do Gemini.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Veo 3 comes to the UK",
        "Google's new video model is now available to Gemini Pro subscribers in the United Kingdom.",
        "en",
        "availability",
    ),
    (
        "Kling 2.5 arrive en Europe avec sa nouvelle version Turbo",
        "Kuaishou ouvre aux utilisateurs européens son nouveau modèle Kling 2.5 Turbo, lancé en Chine le mois dernier.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora 2 lands in Japan and South Korea",
        "OpenAI has expanded its new video app and model to two more countries, its first launch outside North America.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 arrive en Europe et aux États-Unis",
        "Kuaishou a lancé jeudi Kling 3.0, son nouveau modèle vidéo, qui arrive simultanément en Europe et aux États-Unis.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway Gen-5 arrives worldwide",
        "Runway unveiled Gen-5 on Monday, its newest video model, rolling out to all users globally.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 llega a todo el mundo",
        "Kuaishou presentó hoy Kling 3.0, su nuevo modelo de vídeo, disponible desde el primer día en todos los países.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Veo 4 arrives globally",
        "Google's newest video model, unveiled at I/O on Tuesday, is rolling out worldwide starting today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Hailuo 03 débarque en Europe dès son lancement",
        "MiniMax a dévoilé ce jeudi Hailuo 03, son nouveau modèle vidéo, accessible d'emblée aux utilisateurs européens.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 arriva in Europa: il nuovo modello di Kuaishou",
        "Kuaishou ha presentato oggi Kling 3.0, che arriva in contemporanea anche in Europa.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Veo 4 chega ao Brasil no dia do lançamento",
        "O Google anunciou hoje o Veo 4, seu novo modelo de vídeo, que chega ao Brasil ao mesmo tempo que aos EUA.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Runway Gen-5 kommt weltweit",
        "Runway hat am Montag Gen-5 vorgestellt, sein neues Videomodell, das ab sofort allen Nutzern weltweit zur Verfügung steht.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Google lance Veo 4 aux États-Unis",
        "Google a dévoilé ce mardi Veo 4, son nouveau modèle vidéo, d'abord réservé aux abonnés américains.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Seedance 2.0 llega a Europa el mismo día de su estreno",
        "ByteDance presentó este lunes Seedance 2.0, su nuevo modelo de vídeo, que llega también a Europa desde el primer día.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kling 2.5 chega a Portugal com novo modelo",
        "A Kuaishou passa a oferecer aos utilizadores portugueses o seu novo modelo de vídeo, já disponível na China desde setembro.",
        "pt",
        "availability",
    ),
    (
        "Google announces Veo 3 results",
        "Google announced on Tuesday that Veo 3 had been used to generate more than 275 million videos since launch.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI shares Sora usage numbers",
        "OpenAI said on Monday that the Sora app had passed 1 million downloads in under five days.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway announces AI Film Festival winners",
        "Runway on Friday announced the winners of its third annual AI Film Festival, held in New York and Los Angeles.",
        "en",
        None,
    ),
    (
        "OpenAI dévoile les chiffres de Sora",
        "OpenAI a annoncé mardi que son application Sora avait dépassé le million de téléchargements.",
        "fr",
        None,
    ),
    (
        "Runway dévoile les lauréats de son festival du film IA",
        "Runway a annoncé vendredi les gagnants de l'AI Film Festival, dont le grand prix revient à un court-métrage français.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google nennt Nutzungszahlen für Veo 3",
        "Google hat am Dienstag bekanntgegeben, dass mit Veo 3 bereits über 200 Millionen Videos erstellt wurden.",
        "de",
        None,
    ),
    # both trees
    (
        "Runway gibt Gewinner des AI Film Festival bekannt",
        "Runway hat am Freitag die Gewinner seines dritten KI-Filmfestivals verkündet.",
        "de",
        None,
    ),
    (
        "Google publica las cifras de uso de Veo 3",
        "Google anunció este martes que Veo 3 ya se ha usado para crear más de 275 millones de vídeos.",
        "es",
        None,
    ),
    (
        "Kling anuncia los ganadores de su concurso de cortos",
        "Kuaishou anunció ayer los ganadores de su primer certamen internacional de cortometrajes hechos con Kling AI.",
        "es",
        None,
    ),
    (
        "Google svela i numeri di Veo 3",
        "Google ha annunciato oggi che con Veo 3 sono stati generati oltre 275 milioni di video.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway annuncia i vincitori dell'AI Film Festival",
        "Runway ha annunciato venerdì i vincitori della terza edizione del suo festival dedicato ai film realizzati con l'IA.",
        "it",
        None,
    ),
    (
        "OpenAI divulga números de uso do Sora",
        "A OpenAI anunciou nesta terça-feira que o aplicativo Sora ultrapassou 1 milhão de downloads.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kuaishou revela os resultados do Kling no trimestre",
        "A Kuaishou anunciou hoje que o Kling AI gerou mais de 250 milhões de yuans em receita no terceiro trimestre.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kuaishou reveals Kling revenue figures",
        "Kuaishou announced on Wednesday that Kling AI had crossed $100 million in annualized revenue.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway publie les chiffres de son festival du film IA",
        "Runway a annoncé lundi que l'AI Film Festival avait reçu plus de 6 000 candidatures cette année.",
        "fr",
        None,
    ),
    (
        "OpenAI comparte las cifras de Sora en su primer mes",
        "OpenAI anunció ayer que Sora superó los 4 millones de descargas en sus primeras semanas.",
        "es",
        None,
    ),
    # both trees
    (
        "Kuaishou diffonde i risultati trimestrali: Kling vola",
        "Kuaishou ha annunciato oggi che i ricavi di Kling AI sono cresciuti del 50% nel trimestre.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway anuncia os vencedores do AI Film Festival",
        "A Runway anunciou nesta sexta-feira os vencedores da terceira edição do seu festival de filmes feitos com IA.",
        "pt",
        None,
    ),
    (
        "Google reveals Veo 3 energy consumption figures",
        "Google announced on Thursday that generating an eight-second Veo 3 clip uses about as much electricity as charging a phone.",
        "en",
        None,
    ),
    # both trees
    (
        "Pika names winners of its short film contest",
        "Pika announced yesterday the five winners of its summer challenge, each receiving $10,000 in credits.",
        "en",
        None,
    ),
    # both trees
    (
        "Google präsentiert Veo 4: erste Ergebnisse",
        "Google hat am Dienstag Veo 4 vorgestellt, sein neues Videomodell mit nativer 4K-Ausgabe.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Google presenta Veo 4 con cifras de récord",
        "Google presentó este martes Veo 4, su nuevo modelo de vídeo, que según la compañía supera a todos sus rivales en las pruebas.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Runway presenta Gen-4.5: i primi risultati",
        "Runway ha svelato oggi Gen-4.5, il nuovo modello video che secondo l'azienda supera Veo 3 nei benchmark.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Luma announces Ray3, shares results",
        "Luma AI on Thursday unveiled Ray3, a new video model that it says outperforms rivals on internal benchmarks.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway unveils Gen-4.5, a benchmark winner",
        "Runway on Monday released Gen-4.5, which tops the Artificial Analysis text-to-video leaderboard.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google dévoile Veo 4 : des résultats bluffants",
        "Google a présenté mardi Veo 4, son nouveau modèle de génération vidéo, capable de produire des clips en 4K.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google apresenta Veo 4 com resultados impressionantes",
        "O Google apresentou nesta terça-feira o Veo 4, seu novo modelo de vídeo com geração em 4K.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Pika announces Pika 2.5 and contest winners",
        "Pika on Tuesday released Pika 2.5, its new video model, and named the winners of its summer short film challenge.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google reveals Veo 4 benchmark results",
        "Google on Tuesday announced Veo 4, its new video model, publishing benchmark results that show it ahead of Sora 2.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google announces Veo 4",
        "Google announced Veo 4 on Tuesday, its newest video generation model.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway presenta Gen-4.5 y anuncia los ganadores de su festival",
        "Runway presentó este lunes Gen-4.5, su nuevo modelo de vídeo, durante la gala de su festival de cine hecho con IA.",
        "es",
        "launch",
    ),
    (
        "Sora : OpenAI partage ses premiers chiffres d'usage",
        "OpenAI a annoncé jeudi que les utilisateurs de Sora avaient généré plus de 10 millions de vidéos depuis le lancement.",
        "fr",
        None,
    ),
    (
        "OpenAI teilt Zahlen zur Sora-App",
        "OpenAI hat am Montag angekündigt, dass die Sora-App in den USA die Marke von vier Millionen Downloads überschritten hat.",
        "de",
        None,
    ),
    # both trees
    (
        "OpenAI condivide i numeri di Sora: 4 milioni di download",
        "OpenAI ha annunciato ieri che l'app Sora ha superato i quattro milioni di download negli Stati Uniti.",
        "it",
        None,
    ),
    # both trees
    (
        "Google shares Veo 4 API prices",
        "Google announced on Tuesday that Veo 4 will cost $0.40 per second of video in the Gemini API, with a cheaper Fast tier at $0.15.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI shares Sora 1 retirement date",
        "OpenAI announced today that the original Sora model will be shut down on March 1 for all ChatGPT users.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Runway présente Gen-4.5 et désigne les lauréats de son festival",
        "Runway a dévoilé lundi Gen-4.5, son nouveau modèle vidéo, lors de la cérémonie de son festival du film IA.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Midjourney launches video: 7 tips for better animations",
        "Midjourney unveiled its V1 video model in June, and this week we gathered tips from power users.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling 3.0 ya está disponible en la web",
        "Kuaishou presentó este jueves Kling 3.0, su nuevo modelo de vídeo, con clips de hasta dos minutos.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Veo 4 ya disponible a través de la API de Gemini",
        "Google presentó hoy Veo 4, su modelo de vídeo más avanzado, en su conferencia I/O.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 già disponibile tramite API",
        "Kuaishou ha presentato oggi Kling 3.0, il suo nuovo modello video.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Hailuo 03 ya está disponible en la app",
        "MiniMax presentó ayer Hailuo 03, su nuevo modelo de generación de vídeo.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Seedance 2.0 ora disponibile tramite API",
        "ByteDance ha presentato ieri Seedance 2.0, il suo nuovo modello video, aperto da subito agli sviluppatori.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Sora 2, ahora disponible en la app de EE. UU., no llegará a Europa hasta 2026",
        "OpenAI confirma que su nuevo modelo de vídeo no estará disponible en la Unión Europea este año.",
        "es",
        "delay",
    ),
    # both trees
    (
        "Sora app now live on iOS with Sora 2",
        "OpenAI released the Sora app on Tuesday alongside Sora 2, its new video model; it is invite-only in the US and Canada.",
        "en",
        "launch",
    ),
    # both trees
    (
        "La nouvelle appli Sora est disponible sur iPhone",
        "OpenAI a lancé mardi l'application Sora, un réseau social de vidéos générées par son nouveau modèle Sora 2.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Neue Sora-App jetzt im App Store",
        "OpenAI hat am Dienstag die Sora-App vorgestellt, ein soziales Netzwerk für KI-Videos auf Basis des neuen Modells Sora 2.",
        "de",
        "launch",
    ),
    # both trees
    (
        "La nuova app Sora è disponibile su iPhone",
        "OpenAI ha lanciato oggi l'app Sora, un social di video generati con il nuovo modello Sora 2.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Novo app Sora já está disponível no iPhone",
        "A OpenAI lançou nesta terça-feira o aplicativo Sora, uma rede social de vídeos criados com o novo Sora 2.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Dream Machine app now features Ray3",
        "Luma AI released Ray3 on Thursday, its new reasoning video model, available first in the Dream Machine app.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling AI app gets Kling 3.0",
        "Kuaishou unveiled Kling 3.0 today, its new flagship video model, for app and web users.",
        "en",
        "launch",
    ),
    # both trees
    (
        "La app de Kling ya tiene Kling 3.0",
        "Kuaishou presentó hoy Kling 3.0, su nuevo modelo de vídeo, disponible en su aplicación y en la web.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 arrives in the US and Europe",
        "Kuaishou's newest video model, released on Thursday, lands in the US and Europe on day one.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Veo 4 llega a España el día de su estreno",
        "Google presentó hoy Veo 4, su nuevo modelo, que llega a la vez a España y a otros 150 países.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 débarque en France",
        "Kuaishou a lancé jeudi Kling 3.0, son nouveau modèle, qui débarque le jour même en France.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Seedance 2.0 arriva in Europa",
        "ByteDance ha presentato ieri Seedance 2.0, il suo nuovo modello video, disponibile da subito anche in Europa.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Google announces Veo 4, touts results",
        "Google announced on Tuesday that its new Veo 4 model beats every rival in blind tests by professional filmmakers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway announces Gen-4.5, publishes first results",
        "Runway said on Monday its new Gen-4.5 model tops the Artificial Analysis leaderboard, ahead of Veo 3.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway shares new pricing numbers for Gen-4.5",
        "Runway announced on Monday that Gen-4.5 will cost 25 credits per second on all paid plans.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI shares Sora numbers as app hits Android",
        "OpenAI announced on Tuesday that the Sora app is now available on Android and has passed 1 million downloads.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google annuncia Veo 4: i primi numeri",
        "Google ha annunciato oggi Veo 4, il nuovo modello video che genera clip in 4K fino a un minuto.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Kuaishou presenta sus resultados y lanza Kling 3.0",
        "Kuaishou presentó este martes sus cuentas trimestrales y anunció Kling 3.0, su nuevo modelo de vídeo.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Luma präsentiert Ray3 und nennt erste Zahlen",
        "Luma AI hat am Donnerstag Ray3 vorgestellt, ein Videomodell, das nach eigenen Angaben HDR in Studioqualität liefert.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Runway anuncia Gen-4.5 e revela resultados",
        "A Runway anunciou nesta segunda-feira que o Gen-4.5, seu novo modelo de vídeo, lidera os rankings independentes.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Runway annonce Gen-4.5 et publie ses premiers résultats",
        "Runway a annoncé lundi que son nouveau modèle Gen-4.5 dépassait Veo 3 dans les classements indépendants.",
        "fr",
        "launch",
    ),
]

FIFTH_REVIEW__PRICES_BESIDE_ARRIVALS = [
    # both trees
    (
        "Sora hits YouTube: AI-generated clips flood the Shorts feed",
        "Videos made with OpenAI's Sora 2 app are racking up millions of views on YouTube Shorts, many with their watermarks cropped out.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 hits TikTok as AI slop videos go viral",
        "Clips generated with Google's Veo 3 are spreading across TikTok, where many viewers cannot tell they are synthetic.",
        "en",
        None,
    ),
    # both trees
    (
        "Wave of Veo 3 ads hits YouTube as brands embrace AI video",
        "Marketers say they are producing dozens of spots a week with Google's model, and viewers are starting to notice.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway hits $300 million in annualized revenue",
        "Runway's revenue run rate has reached $300 million, according to people familiar with the matter.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora app hits No. 1 on the App Store",
        "OpenAI's invite-only Sora app climbed to the top of the App Store's free charts three days after release.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 hits Hollywood: studios quietly test Google's video model",
        "Several major studios are trialling Veo 3 for previsualization work, according to a report from The Information.",
        "en",
        None,
    ),
    # both trees
    (
        "Midjourney video hits Instagram feeds as creators share looping clips",
        "Short looping animations made with Midjourney's V1 video model are everywhere on Instagram this week.",
        "en",
        None,
    ),
    # both trees
    (
        "Deepfake storm hits X as Grok Imagine clips of celebrities spread",
        "Users are sharing explicit videos of public figures made with xAI's Grok Imagine, prompting calls for moderation.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora outage hits ChatGPT Pro users for a second day",
        "OpenAI says it is investigating elevated error rates affecting Sora video generation.",
        "en",
        None,
    ),
    # both trees
    (
        "Backlash hits Meta AI over Vibes feed of AI-generated videos",
        'Users and creators criticised Meta\'s new feed of short AI videos as "slop" within hours of its appearance.',
        "en",
        None,
    ),
    # both trees
    (
        "EU privacy probe hits Gemini over Veo 3 deepfake concerns",
        "The Irish Data Protection Commission has opened an inquiry into how Google handles likenesses in Veo 3 videos.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora hits Hollywood's nerves: agencies demand opt-in for likenesses",
        "Talent agencies say OpenAI's Sora 2 puts their clients at risk and want an opt-in system.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 hits the uncanny valley: our review",
        "We spent a week generating clips with Google's Veo 3. The sound is impressive, the faces less so.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora hits enterprise: Mattel signs deal to use OpenAI video model",
        "Mattel will use Sora 2 to prototype toy commercials under a new partnership with OpenAI.",
        "en",
        None,
    ),
    # both trees
    (
        "Copyright lawsuit hits YouTube over AI videos made with Sora",
        "A group of animators is suing over channels that repost Sora-generated clips mimicking their characters.",
        "en",
        None,
    ),
    # both trees
    (
        "AI-made trailer hits YouTube, racks up 5 million views",
        "The fan-made trailer was produced entirely with Veo 3 and Kling 2.1 by a two-person studio.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 quota cut hits free users: three clips a day instead of five",
        "Google has lowered the daily Veo 3 allowance for Gemini free-tier users, effective today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 hits Vertex AI in public preview",
        "Google Cloud customers can now generate video with sound using Veo 3 through Vertex AI.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 2.1 hits fal with API access",
        "Developers can now call Kling 2.1 Standard, Pro and Master through fal's API.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 hits the API for developers",
        "OpenAI made Sora 2 and Sora 2 Pro available in its API today, a week after the app launched.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 hits YouTube Shorts for creators in the US",
        "YouTube is building a custom version of Veo 3 into Shorts creation tools, starting in the US.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 hits Canva with new Create a Video Clip feature",
        "Canva Pro users can now generate eight-second Veo 3 clips with sound inside the editor.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora hits Azure AI Foundry",
        "Microsoft is making OpenAI's Sora video model available to Azure AI Foundry customers starting today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 2 hits Gemini Advanced",
        "Gemini Advanced subscribers can now create eight-second videos with Veo 2 from the Gemini app.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Luma Ray2 hits Amazon Bedrock",
        "AWS customers can now use Luma AI's Ray2 video model through Amazon Bedrock.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Firefly Video hits Premiere Pro with Generative Extend",
        "Adobe's Firefly Video model now powers Generative Extend in Premiere Pro for all users.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google's Veo 4 hits Vertex AI first",
        "Google today released Veo 4, its newest video model, in preview on Vertex AI before bringing it to the Gemini app.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 lands in Azure AI Foundry; each second costs $0.10",
        "Microsoft added Sora 2 to Azure AI Foundry for enterprise customers.",
        "en",
        "availability",
    ),
    (
        "Veo 3 comes to Gemini AI Pro, which costs $19.99 a month",
        "Google is opening Veo 3 Fast to AI Pro subscribers in more than 150 countries.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 comes to Gemini Pro subscribers, but AI Ultra still costs $249.99",
        "Pro subscribers get a limited Veo 3 Fast quota; full Veo 3 remains an Ultra perk.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway Gen-4.5 arrives, costs twice as much per second as Gen-4",
        "Runway released Gen-4.5 today; generations use 25 credits per second.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 2.5 Turbo launches and costs $0.35 per 5-second clip",
        "Kuaishou released Kling 2.5 Turbo with better motion and a lower price than 2.1 Master.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Veo 3 now costs $0.40 per second on Vertex AI after price cut",
        "Google has cut the price of Veo 3 on Vertex AI by roughly half, effective immediately.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Sora 2 Pro in the API costs $0.50 per second, up from $0.30",
        "OpenAI raised the price of high-resolution Sora 2 Pro output for API customers.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kling 2.1 on fal now costs $0.28 per video after price drop",
        "fal lowered the per-video price for Kling 2.1 Standard.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway launches new Standard plan that costs $12 a month",
        "Runway introduced a Standard tier with 625 credits and watermark-free exports.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI launches Sora credit packs: 10 extra videos cost $4",
        "ChatGPT users who hit their daily Sora limit can now buy additional generations.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Extra Sora generations now available to buy; 10 more cost $4",
        "OpenAI will let Sora app users pay for generations beyond the free daily limit, starting today in the US.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google launches AI Plus plan that costs $4.99 a month with Veo 3 Fast",
        "The new cheaper tier includes limited Veo 3 Fast access and launches first in Indonesia.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 gets cheaper on Vertex AI and now costs $0.40 per second",
        "Google dropped the price of Veo 3 from $0.75 per second.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Sora 2 Pro now costs $200 a month as OpenAI rolls out new limits",
        "ChatGPT Pro remains the only way to get Sora 2 Pro in the app, with new weekly caps.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 Fast comes down in price, now costs $0.15 per second on Vertex AI",
        "Google lowered the rate for Veo 3 Fast again.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "How much does Veo 3 cost? On Vertex AI it costs $0.40 per second",
        "A guide to what Google's video model costs across Gemini, Flow and Vertex AI.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 vs Veo 3: which one costs less once it hits your API bill?",
        "We compare per-second prices and output quality of the two leading video models.",
        "en",
        None,
    ),
    # both trees
    (
        "$0.40 per second: Google halves Veo 3 price on Vertex AI",
        "Veo 3 now costs $0.40 per second with audio, down from $0.75.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "$0.40 per second: Google cuts Veo 3 price as Veo 3 Fast comes to Vertex AI",
        "Google lowered the price of Veo 3 and added the cheaper Fast variant.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "$249.99 a month: Google unveils AI Ultra plan with Veo 3 access",
        "The new top-tier subscription includes Veo 3, Flow and the highest usage limits.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "$4.99 a month: Kling launches cheaper Basic plan in the US",
        "Kling AI's new Basic subscription includes 660 credits per month.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "$0.10 per second: Veo 3 Fast price cut comes to the Gemini API",
        "Google lowered the price of Veo 3 Fast in the Gemini API from $0.15 per second.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "$0.50 per second; Sora 2 Pro now pricier as 1080p launches",
        "OpenAI raised the per-second price of Sora 2 Pro with the new 1080p output.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "$0.40 per second - Veo 3 price drops again on Vertex AI",
        "The second cut in two months brings Veo 3 with audio to $0.40 per second.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "$0.75 to $0.40: Veo 3 price cut lands on Vertex AI",
        "Google's new Veo 3 rates took effect on Vertex AI today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "$0.15 per second: new Veo 3 Fast pricing arrives on Vertex AI",
        "Google published new rates for Veo 3 Fast on Vertex AI, down from $0.25.",
        "en",
        "pricing",
    ),
    (
        "$0.10 per second: Sora 2 comes to the API",
        "OpenAI opened Sora 2 to developers through its video API.",
        "en",
        "availability",
    ),
    (
        "$0.15 per second: Google releases Veo 3 Fast",
        "Google today released Veo 3 Fast, a quicker, cheaper variant of its video model, in the Gemini API.",
        "en",
        "launch",
    ),
    (
        "$0.05 a second: Alibaba launches Wan 2.5 Preview",
        "Alibaba released Wan 2.5 Preview with native audio generation today.",
        "en",
        "launch",
    ),
    (
        "$19.99 a month - Veo 3 arrives in Gemini for AI Pro subscribers in Europe",
        "Google is rolling out Veo 3 Fast to Pro subscribers across the EU from today.",
        "en",
        "availability",
    ),
    (
        "$0.30 per clip; Hailuo 02 lands on fal",
        "MiniMax's Hailuo 02 is now available on fal's API.",
        "en",
        "availability",
    ),
    # both trees
    (
        "$0.40 per second: is Veo 3 worth it? We tested it on Vertex AI",
        "Our hands-on with Google's video model on Vertex AI, and whether the price adds up.",
        "en",
        None,
    ),
    # both trees
    (
        "$0.10 per second: a guide to Sora 2 API pricing after launch",
        "Everything developers need to know about what Sora 2 costs in the API.",
        "en",
        None,
    ),
    (
        "0,10 $ par seconde : Sora 2 arrive dans l'API",
        "OpenAI ouvre Sora 2 aux développeurs via son API.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "0,40 Dollar pro Sekunde: Google senkt den Preis für Veo 3",
        "Veo 3 kostet auf Vertex AI jetzt nur noch 0,40 Dollar pro Sekunde statt 0,75 Dollar.",
        "de",
        "pricing",
    ),
    (
        "0,15 Dollar pro Sekunde: Google veröffentlicht Veo 3 Fast",
        "Google hat heute Veo 3 Fast vorgestellt, eine schnellere Variante seines Videomodells.",
        "de",
        "launch",
    ),
    # both trees
    (
        "19,99 € par mois : Kling lance une formule moins chère",
        "Kling AI présente un nouvel abonnement avec 660 crédits par mois.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 now costs $0.40 per second in the Gemini API",
        "Google cut the price of Veo 3 and Veo 3 Fast for developers, effective today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Price hike hits the API: Sora 2 Pro now costs $0.50 per second",
        "OpenAI raised API rates for Sora 2 Pro's high-resolution output.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kling 2.1 Master clips on fal now cost $1.40, down from $2.80",
        "fal halved the price of Kling 2.1 Master generations.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Veo 3.1 hits the Gemini API",
        "Developers can now use Veo 3.1 and Veo 3.1 Fast in paid preview through the Gemini API.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora-made ad hits YouTube and TikTok, sparking backlash",
        "A fast-food chain's commercial produced with Sora 2 drew criticism from animators.",
        "en",
        None,
    ),
]

ROWS, IDS = table_rows(
    {
        "a service line after a release told by a weak verb": A_SERVICE_LINE_AFTER_A_RELEASE_TOLD_BY_A_WEAK_VERB,
        "an arrival through an api in spanish and italian": AN_ARRIVAL_THROUGH_AN_API_IN_SPANISH_AND_ITALIAN,
        "a product's app reaching a store": A_PRODUCT_S_APP_REACHING_A_STORE,
        "an arrival in a region stays an arrival": AN_ARRIVAL_IN_A_REGION_STAYS_AN_ARRIVAL,
        "an owner's figures and a contest's winners": AN_OWNER_S_FIGURES_AND_A_CONTEST_S_WINNERS,
        "a price beside a release or an arrival": A_PRICE_BESIDE_A_RELEASE_OR_AN_ARRIVAL,
        "hosts, verbs of arrival and waitlists": HOSTS__VERBS_OF_ARRIVAL_AND_WAITLISTS,
        "a verbless headline's place and a service line (dropped)": A_VERBLESS_HEADLINE_S_PLACE_AND_A_SERVICE_LINE__DROPPED,
        "first review: a weak verb in the lede, a verbless headline's service line": FIRST_REVIEW__A_WEAK_VERB_IN_THE_LEDE__A_VERBLESS_HEADLINE_S_SERVICE_LINE,
        "second review: api phrases and the product's app": SECOND_REVIEW__API_PHRASES_AND_THE_PRODUCT_S_APP,
        "third review: figures, winners and regions": THIRD_REVIEW__FIGURES__WINNERS_AND_REGIONS,
        "fourth review: the whole round": FOURTH_REVIEW__THE_WHOLE_ROUND,
        "fifth review: prices beside arrivals": FIFTH_REVIEW__PRICES_BESIDE_ARRIVALS,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_round_thirty_two(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table

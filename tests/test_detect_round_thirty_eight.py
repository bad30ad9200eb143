"""Issue #12, round thirty-eight (stop 56): events told in other words, a price told with a
release, the owner's own log, and somebody else's words around a product, in six languages.

- Quoted words inside an event phrase no longer break it: straight, typographic, German low
  quotes and guillemets are read through ('pushes its model to "early next year"', 'says Ray4
  is "not ready"', '« pas avant le printemps »').
- A price told with a release is part of the launch: a summary's price or credits with no
  change of price after an unveiling ("unveiled Marey 3 ... Public credits will come later"),
  a headline's price set off by a comma from the release ("présente Gen-5 Turbo, facturé 8
  crédits la seconde"). The price is the news when it is what is announced ("announces Ray3
  API rates", "unveils new credit packs", "présente Veo 3.1 à 0,30 $ la seconde"), when the
  headline states an amount, or when the release is dated in the past.
- Arrivals, slips, ends, restrictions and prices in other words: an audience that can now use
  the product (DE/ES/IT/PT), out of preview, callable through an API, no longer a tier's perk, a
  catalogue joined; a start put on ice, a release now expected later, held back, won't ship,
  postponed (PT); rendering or prompts stopped, removed from a store, sent into retirement; a
  closed pilot, access by approval, gated in a cloud, invite codes, on request only; a price put
  on a product, an allowance that shrinks, a cost compared with the old one, a new plan.
- Somebody else's words: yearly sums saved, winners unveiled, a clip that comes out warped, a
  leak with nothing shipped, no app announced, amounts not disclosed, a season's launch, a
  probe opened, a user's price list, an executive's retirement, an IPO postponed.
- The owner's own log (test below, with addresses): on the vendor's site, its posts and its
  app's store listing, a title or address that labels a log of changes ("Release notes",
  "Document history", "Neuerungen", "What's New · Version 3.9", "/release-notes") is the
  owner's news; a standing pricing, reference or help page stays none; a post's "/status/" is
  no status page; a code host's release of the model's weights is the owner's.

Every headline and summary here was written for these tests (by this round's probes and by
three helper reviews that attacked the drafts): none is taken or paraphrased from a labelled
corpus item. Rows not marked "both trees" failed on round thirty-seven's tree; the rows marked
"both trees" are guards.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

QUOTED_WORDS_INSIDE_AN_EVENT_PHRASE = [
    (
        'Pika pushes its 3.0 model to "early next year"',
        "Pika Labs said the next version of its video model, first promised for the autumn, needs more safety work.",
        "en",
        "delay",
    ),
    (
        'Luma says Ray4 is "not ready", pushing the launch past its creator summit',
        "The company told partners the new model needs more work on faces before it ships.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Kling 3.0 en Europe : « pas avant le printemps », le lancement glisse encore",
        "Kuaishou repousse l'ouverture européenne de son nouveau modèle vidéo, faute d'accord réglementaire.",
        "fr",
        "delay",
    ),
    (
        'Lawmakers want OpenAI to "shut down" Sora\'s cameo feature',
        "A group of US senators wrote to OpenAI asking it to disable the feature until consent rules are clearer.",
        "en",
        None,
    ),
]

A_PRICE_TOLD_WITH_A_RELEASE = [
    (
        "Runway unveils Gen-5, priced at 20 credits per second",
        "The new video model is available today on all paid plans and through the API.",
        "en",
        "launch",
    ),
    (
        "Runway présente Gen-5 Turbo, facturé 8 crédits la seconde",
        "Le nouveau modèle, plus rapide, est disponible dès aujourd'hui sur tous les forfaits payants.",
        "fr",
        "launch",
    ),
    (
        "Moonvalley shows Marey 3, keeps it with its studio partners",
        "Moonvalley unveiled Marey 3 on Wednesday, its licensed-data video model with 4K output. Public credits will come later this year.",
        "en",
        "launch",
    ),
    (
        "Adobe muscle son modèle vidéo",
        "Adobe a présenté ce matin la troisième version de son modèle vidéo Firefly. Elle est proposée dans l'application Firefly, avec les crédits génératifs habituels.",
        "fr",
        "launch",
    ),
]

A_PRICE_THAT_IS_THE_NEWS_ITSELF = [
    # both trees
    (
        "Luma announces Ray3 API rates: $0.32 per second at 1080p",
        "Developers can now see what each resolution costs on the Luma developer platform.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kling unveils new credit packs for its video model",
        "Kuaishou now sells 1,000-credit packs for $9.99 on top of every plan.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google présente Veo 3.1 à 0,30 $ la seconde pour les entreprises",
        "Le tarif s'applique aux clients de Vertex AI à partir de lundi.",
        "fr",
        "pricing",
    ),
    (
        "Hailuo estrena planes anuales para su generador de vídeo",
        "MiniMax ofrece ahora el plan Pro anual por 89 dólares, con 10.000 créditos al mes.",
        "es",
        "pricing",
    ),
    (
        "Introducing the Max plan for Dream Machine",
        "Luma's new Max plan costs $99 a month and includes unlimited Ray3 generations in relaxed mode.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Pika's Pro plan drops from $35 to $28 a month",
        "Pika Labs cut the price of its Pro plan starting today; credits stay at 2,300 a month.",
        "en",
        "pricing",
    ),
    (
        "Veo 3.1 : Google fait fondre la note des développeurs",
        "La seconde de vidéo avec Veo 3.1 Fast est désormais facturée 0,10 dollar via l'API Gemini.",
        "fr",
        "pricing",
    ),
    (
        "Gemini's daily Veo allowance shrinks for AI Pro subscribers",
        "Google AI Pro members now get two Veo 3.1 videos a day in the Gemini app instead of three.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Midjourney video jobs now cost four image jobs rather than eight",
        "The team said on Discord that video generation got cheaper after a hardware upgrade.",
        "en",
        "pricing",
    ),
]

AN_ARRIVAL_TOLD_IN_OTHER_WORDS = [
    # both trees
    (
        "YouTube Shorts: Creator in Österreich können jetzt Clips mit Veo 3 erzeugen",
        "Die Funktion steht ab heute in der YouTube-App für Android und iOS bereit.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Los usuarios de Gemini en México ya pueden crear vídeos con Veo 3",
        "Google activó la función esta semana para los suscriptores del plan AI Pro.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Gli abbonati italiani possono da oggi generare video con Veo 3 in Gemini",
        "Google ha esteso la funzione agli utenti del piano AI Pro in Italia.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Assinantes no Brasil já podem criar vídeos com o Veo 3 no Gemini",
        "O recurso foi liberado nesta semana para quem tem o plano Google AI Pro.",
        "pt",
        "availability",
    ),
    (
        "Veo 3 Fast moves from preview to general availability on Vertex AI",
        "Google said the model can now be used for production workloads in two more regions.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Hailuo 2.3 can now be called through the MiniMax API",
        "The model, released in the Hailuo app last week, reaches developers today.",
        "en",
        "availability",
    ),
    (
        "Gen-4 Turbo is no longer a Pro-only perk",
        "Runway opened its faster model to Standard workspaces today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Nova Reel entra no catálogo do Bedrock em São Paulo",
        "A AWS liberou o modelo de vídeo da Amazon para clientes na região sa-east-1.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Veo 3.1 ab sofort auch für Google-One-Abonnenten in der Schweiz",
        "Google schaltet die Videogenerierung im günstigeren Abo frei.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora est désormais téléchargeable en Belgique",
        "L'application d'OpenAI est disponible sur l'App Store et le Play Store depuis ce mardi.",
        "fr",
        "availability",
    ),
]

A_SLIP_TOLD_IN_OTHER_WORDS = [
    # both trees
    (
        "Grok Imagine: EU-Start vorerst auf Eis",
        "xAI hat die Einführung der Videofunktion in Europa bis auf Weiteres verschoben.",
        "de",
        "delay",
    ),
    (
        "L'appli Sora devra encore attendre avant d'arriver en Suisse",
        "OpenAI n'a donné aucune date pour l'ouverture du service hors de l'Union européenne.",
        "fr",
        "delay",
    ),
    (
        "Firefly Video API general release is now expected in Q3",
        "Adobe told customers the API, planned for June, needs more licensing work.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Adobe is holding back 4K Generative Extend",
        "The Premiere Pro team said the feature won't ship in this month's release after all.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Adobe adiou o lançamento do app Firefly para Android",
        "A versão para Android, com o modelo de vídeo, fica para o próximo ano.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Seedance 2.5 won't be offered outside China until compliance work is done",
        "ByteDance gave no date for Dreamina and CapCut users abroad.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Nova Reel 2 skips Europe at launch",
        "AWS offers the model only in US East for now and gave no date for Frankfurt.",
        "en",
        "delay",
    ),
]

AN_END_TOLD_IN_OTHER_WORDS = [
    (
        "HeyGen will stop rendering videos with Avatar III in October",
        "Existing avatars will be moved to Avatar IV automatically.",
        "en",
        "shutdown",
    ),
    (
        "VideoFX will stop accepting new prompts on August 1",
        "Google Labs is folding the tool into Flow; saved clips can be exported until then.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Hedra manda in pensione il suo primo modello video",
        "Dal 1° settembre Character-1 non sarà più selezionabile nell'app.",
        "it",
        "shutdown",
    ),
    # both trees
    (
        "Le générateur vidéo de Bing cessera de répondre le 30 juin",
        "Microsoft annonce la fin de Bing Video Creator dans une note de support.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Genmo is turning off its hosted playground",
        "The company will close the Mochi web app on August 31 to focus on open weights.",
        "en",
        "shutdown",
    ),
]

A_RESTRICTION_TOLD_IN_OTHER_WORDS = [
    (
        "Synthesia keeps its new video avatars in a closed pilot",
        "Only a handful of enterprise customers can use the full-body avatars for now.",
        "en",
        "waitlist",
    ),
    (
        "Grok Imagine's video API: access comes by approval only",
        "xAI is reviewing requests one by one while it adds capacity.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Nova Reel 2 is gated in Bedrock",
        "Customers must file an access request form before the model appears in the console.",
        "en",
        "waitlist",
    ),
    (
        "Nova Reel gibt es in Bedrock nur auf Antrag",
        "AWS prüft jede Anfrage einzeln, die Freischaltung dauert mehrere Werktage.",
        "de",
        "waitlist",
    ),
    # both trees
    (
        "Veo in Labs: bisogna registrarsi e attendere",
        "Google apre le iscrizioni allo strumento video, ma l'accesso arriva solo su invito.",
        "it",
        "waitlist",
    ),
    (
        "Runway reparte con cuentagotas las invitaciones a Aleph",
        "Solo los clientes empresariales y algunos creadores pueden usar el nuevo modelo por ahora.",
        "es",
        "waitlist",
    ),
]

SOMEBODY_ELSE_S_WORDS_AROUND_A_PRODUCT = [
    # both trees
    (
        "Zalando says AI product videos save it about €40 million a year",
        "The retailer now generates most product videos with Runway and in-house models.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway Film Festival: winners announced in New York",
        "The jury picked a short made partly with Gen-4.5 as its grand prize.",
        "en",
        None,
    ),
    # both trees
    (
        "Festival de films IA : les lauréats dévoilés à Paris",
        "Le grand prix revient à un court-métrage réalisé en partie avec Veo 3.",
        "fr",
        None,
    ),
    # both trees
    (
        "Is it just me, or does every Gen-4 clip come out looking warped?",
        "A forum thread collects complaints about hands and faces since the last update.",
        "en",
        None,
    ),
    # both trees
    (
        "Leak: Midjourney's next video model may be weeks away",
        "Strings in the web app mention a new video toggle, but nothing has shipped yet.",
        "en",
        None,
    ),
    (
        "Qualcomm runs LTX-2 on a phone at its developer event",
        "The chipmaker showed four-second clips made on a reference device; no consumer app was announced.",
        "en",
        None,
    ),
    (
        "Des éditeurs cèdent leurs archives vidéo à Google pour entraîner Veo",
        "Les accords de licence ont été signés cette semaine ; les montants n'ont pas été dévoilés.",
        "fr",
        None,
    ),
    (
        "Ferrari, lo spot per il lancio della stagione è fatto con Gen-4.5",
        "L'agenzia ha confermato di aver usato il modello di Runway per alcune scene.",
        "it",
        None,
    ),
    (
        "EU opens probe into X over Grok Imagine deepfakes",
        "The Commission will examine whether X did enough to curb sexualised deepfakes.",
        "en",
        None,
    ),
    # both trees
    (
        "Reddit user publishes price list comparing Sora, Veo and Kling",
        "The spreadsheet tracks what a second of video costs on each service.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling's parent sets a retirement date for its CFO",
        "Kuaishou said its finance chief will step down at the end of the year.",
        "en",
        None,
    ),
    # both trees
    (
        "Neuer Kinofilm mit Veo-Effekten muss auf den Start warten",
        "Der Verleih verschiebt die Premiere, weil die Effekte nicht fertig sind.",
        "de",
        None,
    ),
    # both trees
    (
        "OpenAI, dona do Sora, adiou o IPO para 2027",
        "A empresa prefere esperar por um mercado mais calmo, segundo a imprensa americana.",
        "pt",
        None,
    ),
]

WORDINGS_A_FIRST_REVIEW_WROTE = [
    # both trees
    (
        "Veo 3 is now in the Gemini app for Pro subscribers in Europe",
        "Google's video model, released in May, is now inside the Gemini app for paying users in 27 EU countries, the company said on Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Opinion: the AI video war is now in the app stores, not the labs",
        "Sora, Veo and Kling are fighting for downloads rather than benchmarks, and that changes what gets built next.",
        "en",
        None,
    ),
    # both trees
    (
        "ChatGPT's new image editor is now in the app for free users",
        "OpenAI says free accounts can now edit pictures with GPT-image inside the ChatGPT mobile app.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora app review: the remix button is now in the app, and it is addictive",
        "We spent a week with OpenAI's social video app; here is what works and what does not.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway's Gen-4 now works on iPad through a new mobile app",
        "Runway said on Thursday that its Gen-4 video model, released in March, can now be used from an iPad app.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Former Pika engineer now works on Google's Veo team",
        "The researcher, who helped build Pika 1.0, has joined Google DeepMind, according to a LinkedIn post.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma CEO says the company now works on 3D world models, not just video",
        "Amit Jain told a podcast that Luma's next research push goes beyond Dream Machine clips.",
        "en",
        None,
    ),
    # both trees
    (
        "Midjourney's image editor now works on mobile browsers",
        "The image generator's new editing tools are available on phones from today.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 Fast moves out of preview on Vertex AI",
        "Google said the cheaper version of its video model is now generally available to enterprise customers on Vertex AI.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 API comes out of preview for all developers",
        "OpenAI said the Sora 2 endpoint is now generally available to every paid API account.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Gmail's AI writing features come out of beta",
        "Google says Help me write is now generally available to all Workspace customers.",
        "en",
        None,
    ),
    # both trees
    (
        "Gemini 2.5 Flash moves out of preview",
        "Google's fast text model reaches general availability on Vertex AI and AI Studio.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway unveils Gen-5, a year after Gen-3 came out of beta",
        "The new model generates 20-second clips with synchronized audio and is available today to paid plans.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Gemini drops the beta label for Deep Research",
        "Google's research assistant is now a stable feature in the Gemini app.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI lifts the Plus subscription requirement for Sora in the US",
        "Free ChatGPT users in the United States can now generate Sora videos, OpenAI said on Monday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "YouTube lifts the verification requirement for monetising AI Shorts",
        "Creators who label AI-made videos no longer need to verify their channel to earn money from Shorts.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling lifts the membership requirement for 1080p video",
        "Kuaishou says free Kling users can now generate 1080p clips, previously reserved to paying members.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google makes Veo 3 available through Vertex AI in Japan",
        "Google's video generation model is now available to enterprise customers in the Tokyo region, the company said.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Lionsgate makes its film library available through Runway partnership",
        "The studio will let Runway train a custom model on its catalogue, the companies said.",
        "en",
        None,
    ),
    # both trees
    (
        "Adobe makes Firefly Image 4 available in the Photoshop beta",
        "The latest image model is now in Photoshop's beta app for Creative Cloud subscribers.",
        "en",
        None,
    ),
    # both trees
    (
        "Stanford makes its deepfake detection dataset available via Hugging Face",
        "The dataset contains 40,000 clips generated with Sora, Veo and Kling for researchers.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI makes Sora safety report available in its transparency hub",
        "The system card describes red-teaming results for the Sora 2 model released last month.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI keeps Sora's Android app just for users with an invite",
        "The Android version opened in the US and Canada on Tuesday, but access remains only for accounts holding an invite code.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Runway's Gen:48 short film contest open only for creators with an invitation",
        "The 48-hour competition asks filmmakers to make a short with Runway tools; winners get $10,000.",
        "en",
        None,
    ),
    (
        "Meta tests Movie Gen in a closed pilot with Instagram creators",
        "A small group of creators can now edit their Reels with Movie Gen, Meta said; there is no date for a wider rollout.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Netflix ends closed pilot of AI dubbing in Spanish",
        "The streamer says it will expand lip-synced dubbing to more titles next year.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway's closed pilot with Lionsgate yields first trailer",
        "The studio showed a trailer made with a custom Runway model at a festival panel.",
        "en",
        None,
    ),
    # both trees
    (
        "City of Austin starts closed pilot of AI traffic cameras",
        "The cameras will count cars and cyclists at 40 intersections.",
        "en",
        None,
    ),
    # both trees
    (
        "Google limits Veo 3 API access to approved developers",
        "Only developers on an allowlist can call the new Veo 3 endpoint for now, Google said.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "YouTube restricts AI-generated political ads to approved advertisers",
        "The policy takes effect before the midterms and covers videos made with tools such as Veo.",
        "en",
        None,
    ),
    # both trees
    (
        "Venice festival limits its AI film section to selected studios",
        "The new sidebar will screen eight shorts made with generative video tools.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI limits image generation in ChatGPT to selected users after rush",
        "Demand for GPT-4o images melted GPUs, Sam Altman said.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 review: great clips, but 4K remains gated behind the Ultra plan",
        "We tested Google's video model for two weeks; the results are impressive if you pay.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora's Discord is gated for verified members after spam wave",
        "Moderators of the fan server added phone verification.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI adds a takedown request form for Sora deepfakes",
        "People who find their likeness in a Sora video can now ask for removal.",
        "en",
        None,
    ),
    (
        "Access to Moonvalley's Marey comes by approval only",
        "Moonvalley says studios must apply and be approved before they can use its licensed-data video model.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "AI Film Festival: entry is by approval of the jury",
        "Runway's festival received 6,000 submissions this year.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora cameos: access is granted by approval of the person filmed",
        "OpenAI explains how consent works for the cameo feature in its app.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI puts a price on Sora 2 extra generations",
        "Sora users who hit the daily limit can now buy 10 more videos for $4, OpenAI said.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Study puts a price tag on Hollywood jobs lost to AI video",
        "Researchers estimate 100,000 entertainment jobs will be affected by 2027.",
        "en",
        None,
    ),
    # both trees
    (
        "You can't put a price on creativity, says Runway CEO",
        "Cristobal Valenzuela talks about artists, tools and the future of film.",
        "en",
        None,
    ),
    # both trees
    (
        "Analyst puts a price on Runway: a $5 billion valuation",
        "Investors are betting that video generation is the next big AI market.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma publishes first API pricing for Ray3",
        "Developers will pay $0.20 per second of 720p video, Luma said.",
        "en",
        "pricing",
    ),
    (
        "Sora's free generation allowance shrinks to six videos a day",
        "OpenAI says free users will get fewer videos as demand for Sora 2 outpaces GPU supply.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google Drive's free storage quota cut for education accounts",
        "Schools will have a pooled 100 TB from next year.",
        "en",
        None,
    ),
    # both trees
    (
        "Hollywood film quota shrinks as studios embrace AI video",
        "Studios are greenlighting fewer live-action productions, a union report says.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 skips Europe at launch",
        "OpenAI's new video app opened in the US and Canada only; the company gave no date for the EU.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Runway CEO skips Europe tour amid strike",
        "Cristobal Valenzuela cancelled talks in Paris and Berlin.",
        "en",
        None,
    ),
    # both trees
    (
        "Apple's iPhone 17 Air skips China at launch",
        "The thin phone will not ship in mainland China because of eSIM rules.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 won't be available in the UK until next spring",
        "Google says regulatory review delays its video model in Britain.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Apple Intelligence won't be available in China until next year",
        "Apple is still waiting for approval of its local partner.",
        "en",
        None,
    ),
    # both trees
    (
        "Tickets won't be released for Runway's AI Film Festival until Friday",
        "Screenings in New York and Los Angeles are expected to sell out.",
        "en",
        None,
    ),
    (
        "Midjourney pushes video model release past summer",
        "David Holz said the company needs more compute before it can ship its first video model.",
        "en",
        "delay",
    ),
    # both trees
    ("Rockstar pushes GTA 6 release past 2026", "The game will now ship in November.", "en", None),
    # both trees
    (
        "Disney pushes the release of AI-assisted film after backlash",
        "The studio said the movie needs more work.",
        "en",
        None,
    ),
    # both trees
    (
        "Pika 1.0 will stop generating videos on March 1",
        "Pika is retiring its first model; users will be moved to Pika 2.2.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "How to stop generating videos with watermarks in Sora",
        "A step-by-step guide for Pro subscribers.",
        "en",
        None,
    ),
    # both trees
    (
        "Creators urge OpenAI to stop generating videos of dead celebrities",
        "The families of comedians said Sora clips are hurtful.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora will stop generating videos of public figures without consent",
        "OpenAI tightened its rules after complaints from actors.",
        "en",
        None,
    ),
    # both trees
    (
        "Google sets retirement date for Veo 2 API",
        "Developers have until June 30 to move to Veo 3, Google said.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Microsoft sets end-of-life date for Windows 10 extended support",
        "The extra year of updates will end in October.",
        "en",
        None,
    ),
    # both trees
    (
        "Pixar veteran sets retirement date, joins AI video studio as adviser",
        "The animator will advise Moonvalley after 30 years at Pixar.",
        "en",
        None,
    ),
    (
        "Stability AI is turning off its Stable Video playground",
        "The hosted demo will go offline next month; the open weights remain on Hugging Face.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "How to turn off the Sora app's notifications",
        "Tired of remix alerts? Here is how to mute them.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway AI Film Festival winners announced",
        "The grand prize went to a short film about memory.",
        "en",
        None,
    ),
    # both trees
    (
        "Google I/O results: Veo 4 unveiled with native 4K",
        "Google unveiled Veo 4 on Tuesday; it is rolling out today to Ultra subscribers in the US.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 comes out with some big upgrades",
        "Kuaishou released Kling 3.0 on Monday with 15-second clips and native audio, available to all users.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora clips come out looking weird on Android, users say",
        "Videos exported from the Android app show artifacts.",
        "en",
        None,
    ),
    # both trees
    (
        "Disney signs $1 billion a year deal with OpenAI",
        "Disney characters will appear in Sora under the agreement.",
        "en",
        None,
    ),
    # both trees
    (
        "50 prompts to master Veo 3's new audio mode",
        "Copy these prompts to get the best sound and dialogue out of Google's video model.",
        "en",
        None,
    ),
    # both trees
    (
        "10 prompts to try with Sora 2 today",
        "Our favourite prompts for OpenAI's new video model.",
        "en",
        None,
    ),
    # both trees
    (
        "Prompts to turn Kling 2.5 into your personal film studio",
        "A guide to camera moves, lighting and character consistency.",
        "en",
        None,
    ),
    # both trees
    (
        "Google announces Veo 3 API price: $0.50 per second on Vertex AI",
        "Google set the price for enterprise customers using its video model.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI reveals Sora 2 API pricing at $0.10 per second",
        "Developers can now see what the Sora 2 endpoint costs, starting with the 720p version.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Luma announces Ray2 API rates: $0.40 per clip",
        "Luma Labs published its API rate card for its Ray2 video model.",
        "en",
        "pricing",
    ),
    (
        "Runway unveils Gen-4.5 Turbo, billed at 6 credits per second",
        "The faster model is available today to all paid plans.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling unveils new credit packs for its video model",
        "Kuaishou now sells 1,000 credits for $9.99, a pack aimed at occasional creators.",
        "en",
        "pricing",
    ),
    # both trees
    (
        'Google says Veo 3 EU launch pushed to "early next year"',
        "The video model will not reach Europe before regulators finish their review.",
        "en",
        "delay",
    ),
    # both trees
    (
        'OpenAI says Sora 2 "won\'t be available" in Europe "until" regulators agree',
        "The company said it is talking with the EU about the app.",
        "en",
        "delay",
    ),
    # both trees
    (
        'Runway makes Gen-4 "available through" Amazon Bedrock',
        "AWS customers can now call Runway's video model from Bedrock, the companies said.",
        "en",
        "availability",
    ),
    # both trees
    (
        'Luma will "stop generating videos" with Ray1 next month',
        "The old model will be removed from Dream Machine on July 1.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        'Critic calls Sora "dead on arrival" in Europe',
        "An opinion piece argues the app will never work in the EU.",
        "en",
        None,
    ),
    (
        'Lawmakers want OpenAI to "shut down" Sora\'s cameo feature',
        "Senators wrote to Sam Altman about deepfakes of public figures.",
        "en",
        None,
    ),
    # both trees
    (
        'The "launch" of Sora in India is just a VPN trick',
        "Users in India are reaching the app through VPNs, not an official release.",
        "en",
        None,
    ),
    # both trees
    (
        'Is Veo 3 "now available to everyone"? Not quite',
        "We checked Google's claim and found most countries still excluded.",
        "en",
        None,
    ),
    (
        'Meta says Movie Gen is "not ready" for public release',
        "The company unveiled the model last year but has not shipped it.",
        "en",
        "delay",
    ),
    # both trees
    (
        'Short film "Switched Off" made with Veo 3 wins festival prize',
        "The film tells the story of a robot in a city after a blackout.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora is now in the app stores of Japan and South Korea",
        "OpenAI's video app is now available to download in two more countries.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 2.6 now works on the web and in the Kling mobile app",
        "Kuaishou said the model, launched last week, is now available on all its platforms.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Hailuo 02 graduates out of beta on MiniMax's platform",
        "MiniMax says its video model is now generally available to all users.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway allowance cut: Standard plan credits drop to 500",
        "Runway reduced the monthly credits on its Standard plan.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Photographer's data allowance cut by carrier after Sora binge",
        "A viral post about mobile data limits.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora skips a beat: app crashes for millions in the US",
        "OpenAI says a bug took the video app down for two hours on Monday.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora app downloads are skipping India as VPN users dominate",
        "Sensor Tower data shows low downloads in India despite interest.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway sets sunset date for Gen-2",
        "Gen-2 will no longer be available after August 31, Runway said.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Veo team sets a date for its next hackathon",
        "Google invites developers to build with Veo 3 in London.",
        "en",
        None,
    ),
    # both trees
    (
        "Pika is turning off its web app; the iOS app stays",
        "Pika says the browser version of its video generator goes offline on May 1 and users should move to the iPhone app.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Hackers turned off the Sora app's safety filters, report says",
        "Researchers found a jailbreak that bypasses the watermark.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 opens on iOS, but only for users with an invite code",
        "OpenAI is rolling out access in waves; new users need a code from an existing member.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Google's closed pilot of Gemini in Chrome expands",
        "More testers can try the AI assistant in the browser.",
        "en",
        None,
    ),
    # both trees
    (
        "Dream Machine review: clips come out blurry in low light",
        "Luma's video tool shines outdoors but struggles in dark scenes.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI's Sora team results announced at NeurIPS",
        "The team presented research on video world models.",
        "en",
        None,
    ),
    # both trees
    (
        "No release date was given for the Veo documentary",
        "The film about Google's video model will premiere at a festival.",
        "en",
        None,
    ),
    # both trees
    (
        "Les abonnés Gemini Pro en France peuvent désormais utiliser Veo 3",
        "Le modèle vidéo de Google, lancé en mai aux États-Unis, est accessible aux abonnés français depuis ce mardi.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Les utilisateurs de ChatGPT peuvent désormais créer des images dans WhatsApp",
        "OpenAI étend son générateur d'images à la messagerie de Meta.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway dévoile Gen-5 : les abonnés peuvent dès aujourd'hui l'essayer",
        "Le nouveau modèle génère des clips de 20 secondes avec le son ; il est ouvert aux formules payantes.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Les développeurs européens pourront enfin utiliser l'API Sora 2",
        "OpenAI ouvre l'accès à son API vidéo dans l'Union européenne à partir de ce lundi.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Les internautes pourront enfin voter pour le meilleur film IA du festival",
        "Le public choisira le lauréat parmi dix courts-métrages réalisés avec Sora et Kling.",
        "fr",
        None,
    ),
    # both trees
    (
        "Canva fait une place à Veo 3 dans son éditeur vidéo",
        "Les utilisateurs de Canva peuvent générer des clips avec le modèle de Google directement dans l'éditeur.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Le Festival de Cannes fait une place à l'IA dans sa sélection",
        "Une section dédiée aux films réalisés avec des outils génératifs fera ses débuts cette année.",
        "fr",
        None,
    ),
    # both trees
    (
        "Netflix fait de la place à l'IA générative dans ses productions",
        "La plateforme a utilisé Runway pour des effets spéciaux dans une série argentine.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kling 2.5 fait son entrée dans le catalogue d'Adobe Firefly",
        "Le modèle vidéo de Kuaishou est désormais proposé aux abonnés Firefly aux côtés de Veo et Luma.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Le court-métrage généré par Sora entre dans le catalogue du Centre Pompidou",
        "Le musée acquiert une œuvre réalisée avec le modèle d'OpenAI.",
        "fr",
        None,
    ),
    # both trees
    (
        "Nano Banana fait son entrée dans le catalogue de Freepik",
        "Le générateur d'images de Google rejoint la plateforme espagnole.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google fait fondre la note de Veo 3 pour les développeurs",
        "Le prix de l'API baisse de moitié, à 0,40 dollar la seconde, annonce Google.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Publicité : Runway fait fondre les prix des tournages, selon une étude",
        "Les agences économisent jusqu'à 60 % sur les spots courts.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 : la facture grimpe pour les développeurs",
        "OpenAI relève le tarif de son API vidéo, qui passe de 0,10 à 0,15 dollar la seconde.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Électricité : la facture des data centers de l'IA vidéo s'envole",
        "Générer des vidéos consomme énormément d'énergie, selon l'AIE.",
        "fr",
        None,
    ),
    # both trees
    (
        "Publicité : la note baisse grâce à l'IA vidéo",
        "Les annonceurs paient moins cher leurs spots en utilisant des générateurs comme Veo.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 Fast est désormais facturé 0,15 $ la seconde",
        "Google a baissé le prix de la version rapide de son modèle vidéo sur Vertex AI.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Guide des prix : Veo 3 est facturé 0,75 $ la seconde, Kling 0,28 $",
        "Notre comparatif des tarifs des générateurs vidéo, mis à jour chaque mois.",
        "fr",
        None,
    ),
    (
        "Google présente Veo 3.1, facturé 0,40 $ la seconde",
        "Le nouveau modèle vidéo ajoute un meilleur son et est disponible dès aujourd'hui dans l'API Gemini.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google dévoile les tarifs de l'API Veo 3 : 0,50 $ la seconde",
        "Les entreprises connaissent désormais le prix du modèle vidéo sur Vertex AI.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Le lancement de Sora 2 en Europe prend du retard",
        "OpenAI ne donne plus de date pour l'arrivée de son application vidéo dans l'UE.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Le lancement d'Ariane 6 prend du retard",
        "Le vol a été reporté à cause d'un problème technique.",
        "fr",
        None,
    ),
    # both trees
    (
        "La sortie du film IA de Runway glisse à l'automne",
        "Le long-métrage produit avec Lionsgate ne sortira pas en juillet.",
        "fr",
        None,
    ),
    # both trees
    ("GTA 6 : la sortie glisse encore", "Rockstar repousse son jeu à novembre.", "fr", None),
    # both trees
    (
        "Veo 3 en Europe ? Pas pour tout de suite, prévient Google",
        "Le modèle vidéo n'arrivera pas dans l'UE cet été, selon un porte-parole.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "L'IA vidéo ne menace pas dans l'immédiat les doubleurs, selon une étude",
        "Les voix synthétiques restent moins appréciées du public.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 n'arrivera pas en France de sitôt",
        "OpenAI explique attendre le feu vert des régulateurs européens.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "On n'oubliera pas de sitôt la démo de Veo 3 à Google I/O",
        "Retour sur une présentation qui a marqué les esprits.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway ne se fera pas racheter de sitôt, assure son patron",
        "Cristobal Valenzuela écarte toute vente de sa start-up.",
        "fr",
        None,
    ),
    # both trees
    (
        "OpenAI ne compte pas publier les poids de GPT-5",
        "L'entreprise garde son modèle de langage fermé.",
        "fr",
        None,
    ),
    # both trees
    (
        "Le réalisateur ne compte pas sortir son film IA en salles",
        "Le long-métrage réalisé avec Veo sera diffusé en ligne.",
        "fr",
        None,
    ),
    # both trees
    (
        "OpenAI : aucun projet de lancer Sora en Chine",
        "L'entreprise confirme qu'elle n'a aucun plan pour ce marché.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "France Télévisions : aucune intention de diffuser des séries générées par IA",
        "Le groupe public se dit attaché aux créateurs humains.",
        "fr",
        None,
    ),
    # both trees
    (
        "Disney : aucun projet de publier des films faits avec Veo",
        "Le studio dément les rumeurs d'un long-métrage généré.",
        "fr",
        None,
    ),
    (
        "L'API Gen-3 cessera de fonctionner le 1er mars",
        "Runway demande aux développeurs de migrer vers Gen-4.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Les vieux iPhone cesseront de fonctionner avec WhatsApp",
        "Meta arrête le support d'iOS 15.",
        "fr",
        None,
    ),
    # both trees
    (
        "Pika 1.0 disparaîtra le 31 mars",
        "La start-up retire son premier modèle et propose Pika 2.2 à la place.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Le métier de monteur disparaîtra d'ici 2030, selon une étude",
        "Les outils comme Sora et Runway automatisent le montage.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway met Gen-2 au placard",
        "Le modèle ne sera plus disponible dans l'application à partir du mois prochain.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Netflix range au placard son film généré par IA",
        "Le projet a été abandonné après la grève des scénaristes.",
        "fr",
        None,
    ),
    # both trees
    (
        "Le réalisateur a mis son projet IA au placard",
        "Il explique pourquoi il revient à la caméra classique.",
        "fr",
        None,
    ),
    # both trees
    (
        "Festival Runway : les lauréats dévoilés",
        "Le grand prix est allé à un court-métrage sur la mémoire.",
        "fr",
        None,
    ),
    # both trees
    (
        "Résultats trimestriels : Kuaishou annonce la fin de Kling 1.0",
        "Le premier modèle vidéo du groupe sera retiré le 30 juin.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Runway lance Gen-5 ; les tarifs n'ont pas été précisés",
        "Le nouveau modèle vidéo est disponible dès aujourd'hui pour les abonnés.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Veo 3 : le lancement en Europe repoussé à « début d'année prochaine »",
        "Google attend la fin de l'examen des régulateurs.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "OpenAI : Sora « n'arrivera pas » en Europe « avant l'an prochain »",
        "L'entreprise évoque des questions réglementaires.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Veo 3 fait son entrée dans le catalogue de Leonardo.ai",
        "Le modèle de Google est désormais proposé aux abonnés de la plateforme.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Dans la vidéo générée par Kling, la note grimpe jusqu'au contre-ut",
        "Une chanteuse virtuelle impressionne sur les réseaux.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 ab sofort auch in Deutschland verfügbar",
        "Googles Videomodell, im Mai in den USA gestartet, steht nun auch deutschen Gemini-Abonnenten zur Verfügung.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora ab sofort auch für Android-Nutzer in Europa",
        "OpenAI öffnet seine Video-App nun auch auf Android-Geräten in der EU.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Runway-Manager ab sofort auch für Europa zuständig",
        "Der frühere Adobe-Manager leitet nun das Geschäft in der Region.",
        "de",
        None,
    ),
    # both trees
    (
        "Adobe Firefly Image ab sofort auch für Android",
        "Der Bildgenerator kommt auf Smartphones mit Googles Betriebssystem.",
        "de",
        None,
    ),
    # both trees
    (
        "Der Sora-Podcast ist ab sofort auch bei Spotify zu hören",
        "Zwei Filmemacher sprechen jede Woche über KI-Videos.",
        "de",
        None,
    ),
    # both trees
    (
        "Kuaishou stellt Kling 3.0 vor – ab sofort auch über die API",
        "Das neue Videomodell erzeugt 15-Sekunden-Clips und ist ab heute für alle Nutzer verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Sora-App in Deutschland nur mit Einladungscode",
        "Wer OpenAIs Video-App nutzen will, braucht vorerst einen Code von einem bestehenden Nutzer.",
        "de",
        "waitlist",
    ),
    # both trees
    (
        "Betrüger verkaufen gefälschte Sora-Einladungscodes auf eBay",
        "Verbraucherschützer warnen vor Abzocke mit angeblichen Zugängen.",
        "de",
        None,
    ),
    # both trees
    (
        "So kommen Sie an einen Sora-Einladungscode",
        "Unsere Anleitung zeigt fünf Wege zum Zugang.",
        "de",
        None,
    ),
    (
        "Veo 3 API in der EU nur auf Antrag",
        "Google vergibt den Zugang zum Videomodell für europäische Entwickler vorerst nur nach Prüfung.",
        "de",
        "waitlist",
    ),
    # both trees
    (
        "Förderung für KI-Kurzfilme nur auf Antrag",
        "Die Filmförderung unterstützt Projekte mit Runway und Sora mit bis zu 20.000 Euro.",
        "de",
        None,
    ),
    # both trees
    (
        "Filmförderung für KI-Projekte wird auf Antrag gewährt",
        "Das Land Berlin unterstützt Produktionen mit generativen Videotools.",
        "de",
        None,
    ),
    # both trees
    (
        "OpenAI legt Sora-Start in Europa auf Eis",
        "Die Video-App kommt vorerst nicht in die EU, teilte das Unternehmen mit.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Disney legt KI-Film auf Eis",
        "Das Studio stoppt ein Projekt, das mit generativer KI entstehen sollte.",
        "de",
        None,
    ),
    # both trees
    ("Runway legt Börsenpläne auf Eis", "Der Videospezialist will zunächst weiter wachsen.", "de", None),
    # both trees
    (
        "Warner Bros. legt Kooperation mit Runway auf Eis",
        "Das Studio prüft die rechtliche Lage neu.",
        "de",
        None,
    ),
    # both trees
    (
        "Virales KI-Video: Katze tanzt auf Eis – gemacht mit Veo 3",
        "Der Clip wurde auf TikTok millionenfach angesehen.",
        "de",
        None,
    ),
    # both trees
    (
        "Ray3-Start in Europa zurückgestellt",
        "Luma AI verschiebt die Einführung seines neuen Videomodells in der EU auf unbestimmte Zeit.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Urteil im Getty-Prozess gegen Stability zurückgestellt",
        "Das Gericht will weitere Gutachten einholen.",
        "de",
        None,
    ),
    # both trees
    (
        "Pläne für Runway-Büro in Berlin zurückgestellt",
        "Das Start-up konzentriert sich auf London.",
        "de",
        None,
    ),
    # both trees
    (
        "Europa muss auf Sora 2 weiter warten",
        "OpenAI nennt keinen Termin für den Start der Video-App in der EU.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Wer Veo 3 nutzt, muss auf die Ergebnisse ein paar Minuten warten",
        "Unser Test zeigt: Die Qualität überzeugt, die Geschwindigkeit nicht.",
        "de",
        None,
    ),
    # both trees
    (
        "iPhone-Nutzer müssen auf Apple Intelligence in der EU weiter warten",
        "Apple nennt den Digital Markets Act als Grund.",
        "de",
        None,
    ),
    # both trees
    (
        "Kling-Nutzer müssen auf ihre Videos länger warten: Server überlastet",
        "Kuaishou meldet eine Störung nach dem Ansturm.",
        "de",
        None,
    ),
    # both trees
    (
        "Veo 3 in Europa: Start auf „Anfang nächsten Jahres“ verschoben",
        "Google will erst die Prüfung durch die Regulierer abwarten.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Sora-Kritik: „Ab sofort auch für“ Kinder? Eltern schlagen Alarm",
        "Elternverbände fordern strengere Altersprüfungen in OpenAIs Video-App.",
        "de",
        None,
    ),
    # both trees
    (
        "Google stellt Veo 4 vor, ab sofort auch in Deutschland",
        "Das neue Videomodell ist ab heute für Gemini-Abonnenten verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 sale del horno: Kuaishou presenta su nuevo modelo de vídeo",
        "El modelo genera clips de 15 segundos con audio y está disponible desde hoy para todos los usuarios.",
        "es",
        "launch",
    ),
    # both trees
    (
        "El nuevo iPhone 17 sale del horno con más batería",
        "Apple presentó su teléfono en Cupertino.",
        "es",
        None,
    ),
    # both trees
    (
        "Análisis: Veo 3 sale del horno con demasiados defectos",
        "Probamos durante una semana el modelo de Google y esto es lo que encontramos.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway pone en circulación Gen-4, su nuevo modelo de vídeo",
        "El modelo mantiene la coherencia de personajes y ya está disponible para los suscriptores de pago.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Estafadores han puesto en circulación deepfakes creados con Veo 3",
        "La policía alerta de vídeos falsos de famosos que promocionan inversiones.",
        "es",
        None,
    ),
    # both trees
    (
        "El Banco de España pone en circulación una nueva moneda",
        "La pieza conmemora el aniversario de la Constitución.",
        "es",
        None,
    ),
    # both trees
    (
        "Veo 3 ya se puede usar en España desde la app de Gemini",
        "El modelo de Google, lanzado en mayo en EE. UU., llega a los suscriptores españoles.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Google presenta Veo 4; ya se puede probar en Flow",
        "El nuevo modelo de vídeo genera clips en 4K con sonido y está disponible hoy en EE. UU.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Las imágenes de ChatGPT ya se pueden usar en WhatsApp",
        "OpenAI integra su generador de imágenes en la app de mensajería.",
        "es",
        None,
    ),
    # both trees
    (
        "Nano Banana ya se puede probar desde Photoshop",
        "Adobe integra el editor de imágenes de Google en su programa.",
        "es",
        None,
    ),
    # both trees
    (
        "Kling 2.5 llega al catálogo de Freepik",
        "Los usuarios de Freepik pueden generar vídeos con el modelo de Kuaishou desde este martes.",
        "es",
        "availability",
    ),
    # both trees
    (
        "La película hecha con IA Critterz llega al catálogo de Netflix",
        "El filme de animación se hizo en parte con herramientas de OpenAI.",
        "es",
        None,
    ),
    # both trees
    (
        "Nano Banana entra al catálogo de Adobe Firefly",
        "El editor de imágenes de Google se suma a los modelos de la suite.",
        "es",
        None,
    ),
    # both trees
    (
        "OpenAI reparte invitaciones de Sora con cuentagotas en México",
        "El acceso a la app de vídeo sigue limitado a usuarios con código.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "Nvidia entrega sus GPU con cuentagotas a los laboratorios de vídeo",
        "La escasez frena a Runway y Luma, según fuentes del sector.",
        "es",
        None,
    ),
    # both trees
    (
        "Las novedades de Runway llegan con cuentagotas: ¿se está quedando atrás?",
        "Un análisis del mercado de vídeo generativo.",
        "es",
        None,
    ),
    # both trees
    (
        "El festival de Sitges reserva una sección para creadores de vídeo con IA",
        "La nueva categoría mostrará cortos hechos con Sora y Kling.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway reserva el 10 % de sus ingresos para creadores",
        "La empresa lanza un fondo de apoyo a cineastas.",
        "es",
        None,
    ),
    # both trees
    (
        "Kuaishou reserva asientos para usuarios de Kling en su evento de Shanghái",
        "La compañía celebrará una conferencia para creadores.",
        "es",
        None,
    ),
    # both trees
    (
        'Google retrasa Veo 3 en Europa hasta "principios del año que viene"',
        "El modelo de vídeo no llegará a la UE este verano, según la compañía.",
        "es",
        "delay",
    ),
    # both trees
    (
        'Sora "ya se puede usar en" Android en Latinoamérica',
        "OpenAI abre su app de vídeo a usuarios de Android en México, Brasil y Argentina.",
        "es",
        "availability",
    ),
    # both trees
    (
        "El Gordo de Navidad: un anuncio hecho con IA sale del horno",
        "La lotería estrena su spot navideño generado con Veo 3.",
        "es",
        None,
    ),
    # both trees
    (
        "Luma pone en circulación Ray3, el primer modelo de vídeo con razonamiento",
        "La empresa lo presentó este jueves; está disponible en Dream Machine.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Ya se puede usar Sora en clase: guía para profesores",
        "Cómo aprovechar la app de vídeo de OpenAI en el aula.",
        "es",
        None,
    ),
    # both trees
    (
        "Meta reserva los datos de usuarios europeos para entrenar Movie Gen",
        "La compañía usará publicaciones públicas, según su nueva política.",
        "es",
        None,
    ),
    # both trees
    (
        "Hailuo 02 ha llegado al catálogo de Krea",
        "El modelo de MiniMax ya está disponible para los usuarios de la plataforma.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Apple tira fuori dal cilindro il nuovo iPhone 17",
        "Lo smartphone è stato presentato a Cupertino.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 entra nel catalogo di Freepik",
        "Il modello di Google è ora disponibile per gli abbonati della piattaforma.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Nano Banana entra nel catalogo di Adobe Firefly",
        "Il generatore di immagini di Google arriva nella suite Adobe.",
        "it",
        None,
    ),
    # both trees
    (
        "Supermercati: mettersi in coda sarà un ricordo grazie all'IA",
        "Le casse automatiche riconoscono i prodotti con le telecamere.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora su Android: bisogna aspettare l'invito",
        "OpenAI concede l'accesso all'app solo su invito anche in Europa.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "Festival di Venezia: i registi IA devono attendere l'invito della giuria",
        "La nuova sezione ospiterà otto cortometraggi.",
        "it",
        None,
    ),
    # both trees
    (
        "Concorso di cortometraggi IA: iscriversi e attendere la selezione",
        "Il bando è aperto ai film realizzati con Runway e Kling.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway manda in pensione Gen-2",
        "Il vecchio modello non sarà più disponibile dal primo settembre.",
        "it",
        "shutdown",
    ),
    # both trees
    ("Google manda in pensione il vecchio logo", "La G colorata cambia dopo dieci anni.", "it", None),
    # both trees
    (
        "OpenAI manda in pensione GPT-4",
        "Il modello di linguaggio lascia il posto a GPT-4o in ChatGPT.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora manda in pensione i videomaker? Il parere degli esperti",
        "Tre professionisti commentano l'impatto dell'IA sul mestiere.",
        "it",
        None,
    ),
    (
        "Veo 2 non sarà più selezionabile in Gemini da giugno",
        "Google sposta tutti gli utenti sul modello Veo 3.",
        "it",
        "shutdown",
    ),
    # both trees
    (
        "GPT-4o non sarà più selezionabile in ChatGPT",
        "OpenAI semplifica la scelta dei modelli di linguaggio.",
        "it",
        None,
    ),
    (
        "Lancio della nuova stagione di Masterchef con spot fatto con Veo 3",
        "Lo spot promozionale è stato generato con l'IA.",
        "it",
        None,
    ),
    # both trees
    (
        "Kling 2.0, lanciato lo scorso autunno, arriva in Italia",
        "Kuaishou apre il suo modello video agli utenti italiani da oggi.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Google presenta Veo 4 a un anno dal Veo 3 lanciato lo scorso anno",
        "Il nuovo modello video è disponibile da oggi per gli abbonati Ultra.",
        "it",
        "launch",
    ),
    (
        "Runway ha lanciato Gen-4 lo scorso inverno: ecco cosa è cambiato",
        "Un bilancio a mesi di distanza dal lancio del modello.",
        "it",
        None,
    ),
    # both trees
    (
        'Sora 2 in Italia rinviato al "prossimo anno"',
        "OpenAI non ha ancora una data per l'arrivo della sua app in Europa.",
        "it",
        "delay",
    ),
    # both trees
    (
        "Luma manda in pensione Ray1: stop il 30 giugno",
        "Il primo modello di Dream Machine sarà ritirato.",
        "it",
        "shutdown",
    ),
    # both trees
    (
        "Hailuo 02 è entrato nel catalogo di Krea",
        "Il modello di MiniMax è ora disponibile per gli utenti della piattaforma.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Sora 2 provato: i video non saranno più utilizzabili senza filigrana?",
        "La nostra recensione dell'app di OpenAI.",
        "it",
        None,
    ),
    # both trees
    (
        "Lancio della nuova campagna di Runway con registi italiani",
        "La società presenta spot girati con Gen-4.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 passa a rodar no YouTube Shorts no Brasil",
        "O modelo de vídeo do Google agora está disponível para criadores brasileiros no Shorts.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Novela da Globo passa a rodar em streaming com abertura feita por IA",
        "A vinheta foi criada com o Veo 3.",
        "pt",
        None,
    ),
    # both trees
    (
        "Servidores do ChatGPT passam a rodar na Nvidia Blackwell",
        "A OpenAI atualizou sua infraestrutura.",
        "pt",
        None,
    ),
    # both trees
    (
        "Filme feito com IA entra no catálogo da Netflix",
        "O longa de animação usou ferramentas da OpenAI.",
        "pt",
        None,
    ),
    # both trees
    (
        "Nano Banana entra no catálogo do Adobe Firefly",
        "O editor de imagens do Google chega à suíte da Adobe.",
        "pt",
        None,
    ),
    (
        "Runway lança plano anual por US$ 120",
        "O novo plano dá 625 créditos por mês para gerar vídeos com o Gen-4.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Claro lança plano de celular com acesso a IA por R$ 59",
        "O pacote inclui assinatura do Perplexity Pro por um ano.",
        "pt",
        None,
    ),
    # both trees
    (
        "Operadora lança pacote com Netflix e HBO por R$ 39,90",
        "A oferta é válida para novos clientes.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kuaishou lança Kling 3.0 e novo plano Pro por US$ 30",
        "O novo modelo de vídeo gera clipes de 15 segundos com áudio.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "OpenAI adiou lançamento do Sora no Brasil",
        "A empresa não deu nova data para a chegada do app de vídeo ao país.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Netflix adiou estreia de série por causa da greve",
        "A produção foi interrompida durante meses.",
        "pt",
        None,
    ),
    # both trees
    (
        "Julgamento de processo contra Midjourney é adiado",
        "O tribunal marcou nova audiência para março.",
        "pt",
        None,
    ),
    # both trees
    (
        "Runway adiou evento de criadores em São Paulo",
        "O encontro foi remarcado para o próximo mês.",
        "pt",
        None,
    ),
    # both trees
    (
        "Lançamento do novo iPhone fica para depois no Brasil",
        "A Apple não confirmou a data de vendas no país.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora 2 na Europa fica para depois, diz OpenAI",
        "O app de vídeo não chegará à União Europeia este ano.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Runway lança Gen-5; o preço é o mesmo do Gen-4",
        "O novo modelo de vídeo já está disponível para assinantes pagantes.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Sora: OpenAI reduz preço da API de vídeo",
        "O segundo de vídeo passa de US$ 0,10 para US$ 0,08.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Google apresenta Veo 3.1, cobrado a US$ 0,40 por segundo",
        "O novo modelo está disponível hoje na API Gemini.",
        "pt",
        "launch",
    ),
    # both trees
    (
        'Veo 3 no Brasil é adiado para "o ano que vem"',
        "O Google ainda aguarda questões regulatórias.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Adiado: festival de cinema com IA muda de data",
        "O evento patrocinado pela Runway acontece em novembro.",
        "pt",
        None,
    ),
    # both trees
    (
        "Luma adiou a chegada do Ray3 à Europa",
        "A empresa diz precisar de mais tempo para cumprir regras locais.",
        "pt",
        "delay",
    ),
    # both trees
    ("Estreia do filme feito com Sora fica para depois", "O diretor quer refazer algumas cenas.", "pt", None),
    # both trees
    (
        "Kuaishou adiou a divulgação dos resultados trimestrais",
        "Investidores aguardam números do Kling.",
        "pt",
        None,
    ),
    (
        "Google lança assinatura AI Ultra por R$ 1.299 com Veo 3",
        "O plano mais caro do Google dá acesso ao modelo de vídeo no Brasil.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Google reveals Veo 3 Fast pricing: $0.15 per second",
        "The cheaper version of Google's video model now has a published price on Vertex AI.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI introduces Sora credits: $4 for 10 extra videos",
        "Sora users who hit their daily limit can now buy more generations.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway présente ses packs de crédits pour Gen-4",
        "La start-up vend désormais 1 000 crédits pour 10 dollars.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Google stellt Preise für die Veo-3-API vor: 0,50 Dollar pro Sekunde",
        "Unternehmen können das Videomodell über Vertex AI nutzen.",
        "de",
        "pricing",
    ),
]

WORDINGS_A_SECOND_REVIEW_WROTE = [
    # both trees
    (
        "Veo 3 ab sofort auch für Gemini-Nutzer in Deutschland",
        "Google schaltet sein Videomodell Veo 3 jetzt auch hierzulande in der Gemini-App für Abonnenten von Google AI Pro frei.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 vorgestellt – ab sofort auch für Gratis-Nutzer",
        "Kuaishou hat am Dienstag sein neues Videomodell Kling 3.0 vorgestellt; es steht sofort allen Nutzern offen.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Adobe Firefly erzeugt ab sofort auch Bilder in 4K",
        "Adobe erweitert seinen Bildgenerator um eine höhere Auflösung; das Videomodell ist von dem Update nicht betroffen.",
        "de",
        None,
    ),
    # both trees
    (
        "Hailuo 02 ab sofort auch über die API erhältlich",
        "MiniMax bietet sein Videomodell Hailuo 02 nun auch Entwicklern über eine Programmierschnittstelle an.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Kling ab sofort auch in Deutschland verfügbar",
        "Kuaishou öffnet seinen Videogenerator für Nutzer in der EU; bezahlt wird in Euro.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Gefälschte Sora-App „ab sofort auch“ im Play Store: OpenAI warnt",
        "Betrüger bieten eine Kopie der Video-App an, die Abodaten abgreift.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora-App nur mit Einladungscode nutzbar",
        "OpenAI gibt seine neue Video-App in den USA und Kanada zunächst nur an Nutzer mit Einladungscode frei.",
        "de",
        "waitlist",
    ),
    # both trees
    (
        "Betrüger verkaufen gefälschte Sora-Einladungscodes auf eBay",
        "Verbraucherschützer warnen vor Angeboten, die Zugang zu OpenAIs Video-App versprechen.",
        "de",
        None,
    ),
    # both trees
    (
        "So kommen Sie an einen Einladungscode für Sora 2",
        "Unsere Anleitung erklärt Schritt für Schritt, wo Codes geteilt werden und worauf Sie achten müssen.",
        "de",
        None,
    ),
    # both trees
    (
        "Veo 2 auf Vertex AI: Bild-zu-Video nur auf Antrag",
        "Google gibt die Funktion vorerst nur für freigegebene Unternehmenskunden frei.",
        "de",
        "waitlist",
    ),
    (
        "Movie Gen: Zugang wird nur auf Antrag gewährt",
        "Meta lässt ausgewählte Filmemacher sein Videomodell testen; ein öffentlicher Start ist nicht geplant.",
        "de",
        "waitlist",
    ),
    (
        "Veo 3.1 Lite: Freischaltung nur auf Antrag",
        "Google gibt das günstigere Videomodell auf Vertex AI vorerst nur nach Prüfung frei.",
        "de",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI legt Sora-Start in Europa auf Eis",
        "Wegen regulatorischer Fragen verschiebt das Unternehmen die Einführung seines Videogenerators in der EU.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Sora 2 in Europa: Start „auf Eis“",
        "OpenAI nennt für die EU weiterhin keinen Termin für seine Video-App.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Runway-Video zeigt Pinguine auf Eis",
        "Ein mit Gen-4 erzeugter Clip von tanzenden Pinguinen geht in sozialen Netzwerken viral.",
        "de",
        None,
    ),
    # both trees
    (
        "Disney legt Klage gegen Midjourney vorerst auf Eis",
        "Die Parteien verhandeln über einen Vergleich im Streit um KI-Videos.",
        "de",
        None,
    ),
    (
        "Seedance 2.0: Weltweiter Start zurückgestellt",
        "ByteDance hat den geplanten globalen Start seines Videomodells nach einem Urheberrechtsstreit zurückgestellt.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Datenschutzbedenken gegen Sora vorerst zurückgestellt",
        "Die irische Datenschutzbehörde hat ihre Prüfung der Video-App von OpenAI ohne Auflagen abgeschlossen.",
        "de",
        None,
    ),
    # both trees
    (
        "Nach Kritik: OpenAI hat Werbepläne für Sora zurückgestellt",
        "Anzeigen in der Video-App soll es vorerst nicht geben, sagte eine Sprecherin.",
        "de",
        None,
    ),
    # both trees
    (
        "Movie Gen bleibt zurückgestellt",
        "Meta hat weiterhin keine Pläne, sein Videomodell öffentlich zugänglich zu machen.",
        "de",
        "delay",
    ),
    (
        "Deutsche Nutzer müssen auf Veo 3 noch warten",
        "Google nennt für den Start seines Videomodells in Deutschland noch keinen Termin.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Sora 2: Nutzer müssen auf ihre Videos oft Minuten warten",
        "Die Server von OpenAIs Video-App sind überlastet, Generierungen dauern deutlich länger als versprochen.",
        "de",
        None,
    ),
    # both trees
    (
        "Hollywood muss auf KI-Regeln für Sora und Veo noch warten",
        "Der Kongress vertagt die Abstimmung über ein Gesetz gegen Deepfakes.",
        "de",
        None,
    ),
    # both trees
    (
        "Investoren müssen auf den Börsengang von Runway weiter warten",
        "Das Video-Start-up will vorerst privat bleiben.",
        "de",
        None,
    ),
    # both trees
    (
        "Google stellt Veo 4 vor – Preis: 0,50 Dollar pro Sekunde",
        "Das neue Videomodell ist ab heute auf Vertex AI verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "OpenAI stellt Sora am 26. April ein",
        "Die Web-App und die Mobil-App werden abgeschaltet, die API folgt im September.",
        "de",
        "shutdown",
    ),
    # both trees
    (
        "Sora kommt „vorerst nicht“ nach Europa",
        "OpenAI verschiebt den Start seiner Video-App in der EU auf unbestimmte Zeit.",
        "de",
        "delay",
    ),
    # both trees
    (
        "„Sora abschalten“: Synchronsprecher starten Petition",
        "Der Verband fordert ein Ende von OpenAIs Video-App; über 50.000 Menschen haben unterschrieben.",
        "de",
        None,
    ),
    # both trees
    (
        "Luma schaltet Ray 1.6 „endgültig ab“",
        "Das ältere Videomodell verschwindet am 15. Januar aus Dream Machine.",
        "de",
        "shutdown",
    ),
    # both trees
    (
        "Veo 3 is now in the Gemini app for Pro subscribers",
        "Google has brought its video model to the consumer app in 70 countries.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google unveils Veo 4, which is now in the Gemini app",
        "The new video model, announced at I/O on Tuesday, generates 4K clips with sound.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway now works on a successor to Gen-4, CEO says",
        "Cristóbal Valenzuela told a conference the company is training a new model, with no release date.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora now works on Android",
        "OpenAI has released its Sora app on the Google Play Store in the US and Canada.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Pika Labs now works on a music video with Grimes",
        "The startup's team is collaborating with the artist on a clip due next month.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 moves out of preview on Vertex AI",
        "Google made its video model generally available to enterprise customers on Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "When will Sora come out of beta? Here's what we know",
        "An explainer on OpenAI's roadmap for its video tool and what a full release could change.",
        "en",
        None,
    ),
    # both trees
    (
        "xAI lifts the SuperGrok requirement for Grok Imagine",
        "Video generation in Grok is now free for all users worldwide.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Court lifts requirement that Midjourney preserve user videos",
        "A judge narrowed a discovery order in the Disney lawsuit over AI-generated clips.",
        "en",
        None,
    ),
    # both trees
    (
        "Alibaba releases Wan 3.0, weights made available in its GitHub repo",
        "The open video model comes in 14B and 1.3B sizes under Apache 2.0.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 Pro only for users with an invite code, OpenAI says",
        "The new app and its Pro model remain invite-only in the US and Canada.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Sora no longer only for users with an invite",
        "OpenAI opened the app to everyone in the US, Canada, Japan and Korea.",
        "en",
        "availability",
    ),
    # both trees
    (
        "BBC's closed pilot with Veo wraps up; newsroom publishes findings",
        "The broadcaster tested Google's video model for explainer graphics over six months.",
        "en",
        None,
    ),
    (
        "Google limits Veo 3.1 Lite to approved developers",
        "Access to the cheaper model requires an application via Vertex AI.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Sora's cameo feature is gated for minors",
        "OpenAI added parental controls that block teens from uploading their likeness.",
        "en",
        None,
    ),
    # both trees
    (
        "Artists get a request form to opt out of Sora training",
        "OpenAI adds an opt-out process for copyrighted works.",
        "en",
        None,
    ),
    # both trees
    (
        "YouTube adds takedown request form for AI deepfake videos",
        "People can now ask for removal of Sora or Veo clips that imitate them.",
        "en",
        None,
    ),
    # both trees
    (
        "Nova Reel 1.1: access is by approval only",
        "Amazon requires Bedrock customers to request access to the new model.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Entry by approval: Runway's AI Film Festival opens submissions",
        "The festival's jury screens all entries made with any AI video tool.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI puts a price on Sora 2 API: $0.10 per second",
        "Developers pay per second of generated 720p video; the Pro model costs more.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Insurers struggle to put a price tag on deepfake risk",
        "Lloyd's syndicates are drafting new cover for fraud using Sora and Veo clips.",
        "en",
        None,
    ),
    # both trees
    (
        "Reseller publishes its first price list for Veo 3 credits",
        "A third-party site undercuts Google's own rates for the video model.",
        "en",
        None,
    ),
    (
        "Sora's free allowance shrinks to six videos a day",
        "OpenAI said heavy demand forced it to cut generations for free users.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Chip export quotas cut as US tightens rules on AI labs",
        "The rules may hit Chinese video model makers like Kuaishou and MiniMax.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 skips Europe at launch",
        "OpenAI's new app is limited to the US and Canada, with no date for the EU.",
        "en",
        "delay",
    ),
    # both trees
    (
        "After skipping the EU, Veo 3 finally arrives in Europe",
        "Google is rolling out its video model to Gemini users in all 27 member states.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 4 won't be available in the EU until regulators sign off",
        "Google says its new video model will not launch in Europe until the AI Act review is done.",
        "en",
        "delay",
    ),
    (
        "Runway pushes the Gen-5 launch past the holidays",
        "The model, expected in December, will now arrive in January.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Luma will stop generating videos with Ray 1.6 on January 15",
        "The older model is being retired from Dream Machine.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Sora will stop generating videos of public figures",
        "OpenAI tightened its cameo rules after complaints from actors.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI sets a retirement date for Sora 1",
        "The original video model will be switched off on March 13, the company said.",
        "en",
        "shutdown",
    ),
    (
        "Google is turning off the VideoFX playground",
        "Users will be directed to Flow after April 30.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "How to turn off the Sora app's autoplay",
        "A quick guide to the settings menu in OpenAI's video app.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling 3.0 comes out with some big upgrades",
        "Kuaishou released Kling 3.0 on Monday with native 4K and longer clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Hailuo 03 comes out with these new camera controls",
        "MiniMax released its new video model on Wednesday for all users.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway launches Gen-5 as EU opens probe into training data",
        "The new model is live for all paid users; Brussels is looking at its data sources.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway raises enterprise licence to $2 million a year",
        "Large studios will pay more for unlimited Gen-4 access.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Veo 4 unveiled: first test results revealed",
        "Google released its new video model on Tuesday to Gemini Ultra subscribers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway announces new credit packs for Gen-4",
        "Packs start at $10 for 1,000 credits and never expire.",
        "en",
        "pricing",
    ),
    (
        "Runway unveils Gen-4.5 Turbo, billed at 6 credits per second",
        "The faster model is available to all paid plans from today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google unveils Veo 3 pricing for Vertex AI",
        "Video with audio costs $0.75 per second; without audio $0.50.",
        "en",
        "pricing",
    ),
    (
        "Google announces Veo 3.1 Lite",
        "The model costs $0.05 per second on Vertex AI, under half the price of Fast.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI announces paid extra generations for Sora",
        "Users who hit the daily limit can buy 10 more videos for $4.",
        "en",
        "pricing",
    ),
    (
        "Pika announces Pika 3.0",
        "The new model costs 20 credits per clip and is rolling out today.",
        "en",
        "launch",
    ),
    # both trees
    (
        'Runway delays Gen-5 API to "early next year"',
        "The company said the developer version needs more testing.",
        "en",
        "delay",
    ),
    # both trees
    (
        'Sora 2 stays "invite only" for now',
        "OpenAI says it will widen access as capacity grows.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        'OpenAI to "shut down" Sora web app in April',
        "The company is folding video generation into ChatGPT.",
        "en",
        "shutdown",
    ),
    (
        'Runway CEO: AI won\'t "shut down" Hollywood',
        "In a keynote, Valenzuela dismissed fears that tools like Gen-4 will end film jobs.",
        "en",
        None,
    ),
    (
        'Critics call for Sora to be "shut down"',
        "The actors' union SAG-AFTRA demanded an end to OpenAI's video app.",
        "en",
        None,
    ),
    # both trees
    (
        'Google "launches" Veo 4 at I/O',
        "The new model is available today to Gemini Ultra subscribers in the US.",
        "en",
        "launch",
    ),
    # both trees
    (
        'The "Sora is shutting down" rumor is false, OpenAI says',
        "The company denied reports that it will close its video app.",
        "en",
        None,
    ),
    # both trees
    (
        'Sora Android app "won\'t be released" until spring',
        "OpenAI says the Google Play version needs more work.",
        "en",
        "delay",
    ),
    # both trees
    (
        'Grok Imagine "is now in the app" for free users',
        "xAI opened video generation to everyone on iOS and Android.",
        "en",
        "availability",
    ),
    # both trees
    (
        'Nova Reel 1.1 "limited to approved" Bedrock customers',
        "Amazon asks companies to request access before using the new video model.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        'Sora "skips Europe" again with Sora 2',
        "The EU and UK are left out of the new app's launch.",
        "en",
        "delay",
    ),
    # both trees
    (
        'Grok Imagine "now works on" any photo, and that\'s a problem',
        "Critics say xAI's video tool is being used to animate pictures of strangers.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora is now in the ChatGPT app on Android",
        "Plus and Pro users can generate videos without leaving the chatbot.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI now works on Sora 3, The Information reports",
        "The next video model could arrive next year, people familiar said.",
        "en",
        None,
    ),
    # both trees
    (
        "Firefly Video Model graduates out of beta in Premiere Pro",
        "Adobe's Generative Extend is now generally available to all Creative Cloud users.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Meta unveils Movie Gen 2; access is by approval only",
        "The new video model is being tested by selected creators on Instagram.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora app requires a request form for account deletion, users complain",
        "Deleting an account in OpenAI's app takes up to 30 days.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling's parent sets a retirement date for its CFO",
        "Kuaishou's finance chief will retire in June.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway is turning off its legacy Gen-2 app",
        "The older model will no longer be available after May 1.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Sora 2 review: it will stop generating clips mid-prompt if you ask for violence",
        "We tested OpenAI's video app's guardrails.",
        "en",
        None,
    ),
    # both trees
    (
        "TikTok puts a price tag on AI video ads made with Veo",
        "Advertisers pay a premium for Symphony Creative Studio clips.",
        "en",
        None,
    ),
    # both trees
    (
        "Google makes Veo 3 available through the Gemini API",
        "Developers can now call the video model directly with their API key.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora's daily quota drops to 30 videos for Plus users",
        "OpenAI cut the limit citing GPU shortages.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Pika 3.0 drops the beta tag and launches worldwide",
        "Pika Labs released its new video model today, calling it its biggest update.",
        "en",
        "launch",
    ),
    # both trees
    (
        'Veo 4 "request form" opens for filmmakers',
        "Google asks studios to apply for early access to its next video model.",
        "en",
        "waitlist",
    ),
    (
        "Hailuo 02 comes out looking better than Kling 2.1 in our test",
        "A side-by-side review of five video generators.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 will not be offered in Europe for now, and not until it clears AI Act checks",
        "Google said the video model stays limited to the US while regulators review it.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Veo 3 : les abonnés Google AI Pro peuvent désormais générer des vidéos en France",
        "Google étend son modèle vidéo à la France via l'application Gemini.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Runway dévoile Gen-5, les abonnés peuvent l'essayer dès aujourd'hui",
        "La start-up new-yorkaise présente son nouveau modèle vidéo, plus rapide et plus cohérent.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Les internautes peuvent désormais repérer les vidéos Sora grâce à un outil de Stanford",
        "Des chercheurs publient un détecteur gratuit de vidéos générées par IA.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google dévoile Veo 4 : les abonnés Ultra peuvent dès aujourd'hui l'utiliser",
        "Le nouveau modèle vidéo a été présenté mardi lors de la conférence I/O.",
        "fr",
        "launch",
    ),
    (
        "Gemini fait de la place à Veo 3 dans son application",
        "Le modèle vidéo de Google arrive dans l'app Gemini pour les abonnés payants en France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Le lycée Henri-IV fait une place à l'IA vidéo dans ses cours",
        "Des élèves de l'option cinéma utilisent Runway pour leurs courts-métrages.",
        "fr",
        None,
    ),
    # both trees
    (
        "Hailuo 02 fait son entrée dans le catalogue d'Azure AI Foundry",
        "Le modèle vidéo de MiniMax est désormais accessible aux clients de Microsoft.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Un court-métrage généré avec Sora entre dans le catalogue de Netflix",
        "Le film d'un collectif lyonnais sera diffusé à partir de vendredi.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 est entré dans le catalogue de Vertex AI en Europe",
        "Les entreprises européennes peuvent désormais appeler le modèle vidéo depuis la région de Francfort.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Runway fait fondre la note pour Gen-4 Turbo",
        "Le coût par seconde de vidéo baisse de moitié pour les abonnés.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Kling 3.0 à l'essai : la note grimpe",
        "Notre test du nouveau modèle vidéo de Kuaishou lui vaut 8/10, contre 7 pour la version précédente.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kling : la note grimpe sur l'App Store après la mise à jour",
        "Les avis des utilisateurs de l'application vidéo s'améliorent nettement.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora : la facture s'alourdit pour les utilisateurs de l'API",
        "OpenAI augmente le tarif de sora-2-pro de 20 %.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 sur Vertex AI : facturé 0,40 $ la seconde, voici comment calculer votre budget",
        "Notre guide pour estimer le coût d'une campagne vidéo.",
        "fr",
        None,
    ),
    (
        "Runway présente Gen-4.5 Turbo, facturé 6 crédits la seconde",
        "Le nouveau modèle est disponible dès aujourd'hui pour les abonnés.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Le lancement de Sora 2 en Europe prend du retard",
        "OpenAI n'a pas donné de date pour l'ouverture de son application dans l'UE.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Veo 3 en France ? Pas pour tout de suite",
        "Google confirme que son modèle vidéo n'arrivera pas dans l'Hexagone avant l'an prochain.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "L'API de Sora ne sortira pas de sitôt",
        "OpenAI affirme ne pas avoir de projet d'API pour son générateur vidéo.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "OpenAI n'a pas l'intention de publier les données d'entraînement de Sora",
        "L'entreprise invoque le secret des affaires face aux demandes des ayants droit.",
        "fr",
        None,
    ),
    (
        "Midjourney : aucune intention de lancer une API vidéo",
        "Le fondateur a écarté l'idée d'ouvrir son modèle V1 aux développeurs.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Sora cessera de fonctionner le 26 avril",
        "OpenAI ferme son application de vidéo, l'API suivra en septembre.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Le filigrane disparaîtra des vidéos Sora dès lundi pour les abonnés Pro",
        "OpenAI répond aux demandes des créateurs professionnels.",
        "fr",
        None,
    ),
    # both trees
    (
        "Ray 1.6 disparaîtra le 15 janvier de Dream Machine",
        "Luma retire son ancien modèle vidéo au profit de Ray2.",
        "fr",
        "shutdown",
    ),
    (
        "Google range VideoFX au placard",
        "Le service expérimental de génération vidéo ferme au profit de Flow.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Kling dévoile Kling 3.0 ; les tarifs n'ont pas encore été précisés",
        "Kuaishou a présenté mardi son nouveau modèle vidéo, disponible en bêta.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google présente Veo 4, les prix n'ont pas été communiqués",
        "Le nouveau modèle vidéo est disponible dès aujourd'hui dans l'app Gemini.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lance Kling 3.0, premiers résultats dévoilés en vidéo",
        "Le nouveau modèle est disponible dès aujourd'hui pour tous les utilisateurs.",
        "fr",
        "launch",
    ),
    # both trees
    (
        'OpenAI repousse Sora en Europe à "l\'an prochain"',
        "Le déploiement de l'application vidéo dans l'UE est reporté.",
        "fr",
        "delay",
    ),
    # both trees
    (
        'Runway va "fermer" Gen-2 le mois prochain',
        "L'ancien modèle ne sera plus accessible aux abonnés.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        'Pour ce producteur, Sora va "fermer boutique" avant deux ans',
        "Une tribune pessimiste sur l'avenir des générateurs vidéo.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 : pas de lancement en France « pour tout de suite »",
        "Google n'a pas fixé de date pour l'Hexagone.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Kling 3.0 sale del horno: Kuaishou presenta su nuevo modelo de vídeo",
        "La compañía china ha lanzado este martes la nueva versión de su generador, con clips de hasta 20 segundos.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Sale del horno el nuevo anuncio de Coca-Cola hecho con Sora",
        "La marca vuelve a apostar por un spot navideño generado con inteligencia artificial.",
        "es",
        None,
    ),
    # both trees
    (
        "Lo que sale del horno cuando le pides a Veo 3 una receta",
        "Probamos el modelo de vídeo de Google con diez platos clásicos de la cocina española.",
        "es",
        None,
    ),
    # both trees
    (
        "Sale del horno el informe anual de Kuaishou: Kling dispara ingresos",
        "La dueña del generador de vídeo factura un 40 % más que el año pasado.",
        "es",
        None,
    ),
    (
        "Alibaba pone en circulación Wan 3.0 con pesos abiertos",
        "El modelo de vídeo puede descargarse desde hoy en Hugging Face.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Estafadores han puesto en circulación vídeos falsos hechos con Sora",
        "La policía alerta de un fraude con supuestos mensajes de famosos.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway pone en circulación un fondo de 5 millones para cineastas",
        "La startup financiará cortometrajes hechos con sus herramientas de vídeo.",
        "es",
        None,
    ),
    (
        "Kuaishou pone en circulación Kling 3.0",
        "El nuevo modelo de vídeo ya está disponible en la web y la app.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Hacienda pone en circulación una campaña contra fraudes con deepfakes",
        "Los anuncios alertan de vídeos falsos hechos con Sora y Veo.",
        "es",
        None,
    ),
    # both trees
    (
        "Veo 3 ya se puede usar en España desde la app de Gemini",
        "Google extiende su modelo de vídeo a los suscriptores de AI Pro.",
        "es",
        "availability",
    ),
    (
        "Sora ya se puede probar dentro de ChatGPT",
        "Los usuarios de Plus y Pro pueden generar vídeos sin salir del chatbot.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Kuaishou presenta Kling 3.0, que ya se puede probar en su web",
        "El nuevo modelo de vídeo genera clips en 4K con sonido.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Cómo usar Veo 3: ya se puede usar en Flow y te explicamos paso a paso",
        "Nuestra guía para sacar el máximo partido al generador de vídeo de Google.",
        "es",
        None,
    ),
    # both trees
    (
        "¿Ya se puede usar Sora en Europa? Te explicamos cómo con una VPN",
        "Un truco para acceder a la app de vídeo de OpenAI desde España.",
        "es",
        None,
    ),
    # both trees
    (
        "Hailuo 02 llega al catálogo de Amazon Bedrock",
        "El modelo de vídeo de MiniMax ya está disponible para los clientes de AWS.",
        "es",
        "availability",
    ),
    # both trees
    (
        "La película hecha con Veo entra al catálogo de Prime Video",
        "El largometraje de animación se estrena el viernes en la plataforma.",
        "es",
        None,
    ),
    (
        "Sora entra al catálogo de Azure AI Foundry",
        "Microsoft ofrece el modelo de vídeo de OpenAI a sus clientes empresariales.",
        "es",
        "availability",
    ),
    # both trees
    (
        "OpenAI reparte invitaciones de Sora 2 con cuentagotas",
        "Solo unos pocos usuarios de EE. UU. y Canadá pueden entrar en la nueva app.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "Los detalles de Veo 4 llegan con cuentagotas",
        "Google sigue sin confirmar cuándo presentará su próximo modelo de vídeo.",
        "es",
        None,
    ),
    # both trees
    (
        "Veo 4 se reparte con cuentagotas entre creadores elegidos",
        "Google concede acceso anticipado solo a un grupo de cineastas.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "Kuaishou reserva una sorpresa para los creadores en su evento de julio",
        "La compañía promete novedades para Kling sin dar detalles.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway reserva 10 millones para creadores independientes",
        "El fondo financiará películas hechas con sus herramientas de vídeo.",
        "es",
        None,
    ),
    # both trees
    (
        "El Festival de Málaga reserva una sección para creadores que usan Kling",
        "La muestra estrena una categoría dedicada al cine generado con IA.",
        "es",
        None,
    ),
    # both trees
    (
        'OpenAI retrasa Sora en Europa "hasta nuevo aviso"',
        "La compañía no da fecha para su app de vídeo en la UE.",
        "es",
        "delay",
    ),
    # both trees
    (
        '"Apagar Sora": la campaña de los actores de doblaje',
        "El sindicato pide a OpenAI que cierre su aplicación de vídeo.",
        "es",
        None,
    ),
    # both trees
    (
        'Luma "cierra" Ray 1.6 el 15 de enero',
        "El modelo antiguo desaparecerá de Dream Machine.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        'Veo 3 en España, "todavía no", dice Google',
        "La compañía no tiene fecha para lanzar su modelo de vídeo en el país.",
        "es",
        "delay",
    ),
    # both trees
    (
        "Google presenta Veo 3.1 Lite, a 0,05 dólares por segundo",
        "El nuevo modelo de vídeo es el más barato de la familia.",
        "es",
        "launch",
    ),
    # both trees
    (
        "OpenAI anuncia el precio de la API de Sora 2",
        "Cada segundo de vídeo cuesta 0,10 dólares con el modelo estándar.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Pika sale del horno con su versión 3.0",
        "Pika Labs ha lanzado hoy su nuevo modelo de vídeo con efectos mejorados.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Los clips de Sora salen del horno cada vez más rápido, según un análisis",
        "Una comparativa mide los tiempos de generación de cinco herramientas.",
        "es",
        None,
    ),
    # both trees
    (
        "Google tira fuori dal cilindro Veo 4",
        "Il nuovo modello video è stato presentato ieri alla conferenza I/O.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Kuaishou tira fuori dal cilindro un nuovo amministratore delegato per Kling",
        "La divisione video del gruppo cinese cambia guida.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 entra nel catalogo di Vertex AI in Europa",
        "Le aziende europee possono ora usare il modello video di Google.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Hailuo 02 è entrato nel catalogo di Azure",
        "Il modello video di MiniMax è ora accessibile ai clienti Microsoft.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Sora entra nel catalogo di Microsoft Azure",
        "Il modello video di OpenAI arriva sulla piattaforma cloud per le aziende.",
        "it",
        "availability",
    ),
    (
        "Sora 2, per provarlo bisogna iscriversi e attendere l'invito",
        "OpenAI concede l'accesso alla nuova app a scaglioni.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "Kling, per generare un video bisogna mettersi in coda anche per ore",
        "I server di Kuaishou non reggono la domanda dopo l'aggiornamento.",
        "it",
        None,
    ),
    # both trees
    (
        "Venezia, i fan di Sora devono mettersi in coda per il workshop",
        "Centinaia di persone all'evento di OpenAI al Lido.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 4: per accedere bisogna mettersi in coda",
        "Google apre una lista d'attesa per il suo nuovo modello video.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "Sora 2, non serve più attendere l'invito",
        "OpenAI apre l'app a tutti gli utenti negli Stati Uniti.",
        "it",
        "availability",
    ),
    (
        "Marey di Moonvalley: bisogna registrarsi e attendere",
        "L'accesso al modello video è concesso solo dopo approvazione.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "Luma manda in pensione Ray 1.6",
        "Il vecchio modello sarà rimosso da Dream Machine il 15 gennaio.",
        "it",
        "shutdown",
    ),
    # both trees
    (
        "Google manda in pensione VideoFX",
        "Il servizio sperimentale di generazione video chiude a favore di Flow.",
        "it",
        "shutdown",
    ),
    # both trees
    (
        "Sora 1 non sarà più selezionabile dal 13 marzo",
        "OpenAI ritira il modello originale dalla sua app.",
        "it",
        "shutdown",
    ),
    # both trees
    (
        "Dopo la causa, il marchio Sora non sarà più utilizzabile in Giappone",
        "Un tribunale di Tokyo dà ragione a un'azienda locale.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway annuncia il lancio della nuova linea di modelli Gen-5",
        "Il primo modello è disponibile da oggi per gli abbonati.",
        "it",
        "launch",
    ),
    (
        "Kling nella campagna per il lancio della nuova collezione Gucci",
        "La maison ha usato il modello video di Kuaishou per lo spot.",
        "it",
        None,
    ),
    (
        "Ferrari usa Veo per il lancio della nuova vettura",
        "Lo spot è stato generato con il modello video di Google.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3, lanciato lo scorso anno negli Usa, arriva in Italia",
        "Google porta il modello nell'app Gemini per gli abbonati AI Pro.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Sora, presentato lo scorso inverno, alla prova: le nostre impressioni",
        "La nostra recensione del generatore video di OpenAI.",
        "it",
        None,
    ),
    # both trees
    (
        "OpenAI chiude Sora, lanciato lo scorso anno",
        "L'app video sarà spenta il 26 aprile.",
        "it",
        "shutdown",
    ),
    # both trees
    (
        "OpenAI rinvia Sora 2 in Europa, annunciato lo scorso mese",
        "L'app video non arriverà nell'Ue prima dell'estate.",
        "it",
        "delay",
    ),
    # both trees
    (
        "Kling 3.0 presentato oggi, a mesi di distanza dalla versione 2.6",
        "Kuaishou rilascia il nuovo modello video per tutti.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Runway lancia Gen-5, presentato lo scorso autunno in anteprima",
        "Il modello video è ora disponibile per tutti gli abbonati.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Google presenta Veo 3.1 Lite a 0,05 dollari al secondo",
        "Il nuovo modello video è il più economico della famiglia.",
        "it",
        "launch",
    ),
    # both trees
    (
        "OpenAI annuncia i prezzi dell'API di Sora 2",
        "Ogni secondo di video costa 0,10 dollari con il modello base.",
        "it",
        "pricing",
    ),
    # both trees
    (
        'Sora in Italia "rinviato" a data da destinarsi',
        "OpenAI non ha ancora fissato l'arrivo dell'app nel nostro paese.",
        "it",
        "delay",
    ),
    # both trees
    (
        '"Chiudete Sora": l\'appello dei doppiatori italiani',
        "L'associazione chiede lo stop dell'app video di OpenAI.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 passa a rodar no app Gemini no Brasil",
        "Google liberou seu modelo de vídeo para assinantes do AI Pro no país.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Sora passa a rodar em chips da Nvidia Blackwell",
        "A OpenAI migra a infraestrutura do gerador de vídeo para acelerar as gerações.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kling passa a rodar nos iPhones com app nativo",
        "O gerador de vídeo da Kuaishou ganha versão para iOS no Brasil.",
        "pt",
        "availability",
    ),
    (
        "Hailuo 02 entrou no catálogo da Amazon Bedrock",
        "O modelo de vídeo da MiniMax já pode ser usado por clientes da AWS.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Curta feito com Sora entra no catálogo da Netflix",
        "O filme de um coletivo paulista estreia na sexta-feira.",
        "pt",
        None,
    ),
    (
        "Sora entra no catálogo do Azure AI Foundry",
        "A Microsoft oferece o modelo de vídeo da OpenAI a clientes corporativos.",
        "pt",
        "availability",
    ),
    (
        "OpenAI lança plano do Sora por R$ 99 no Brasil",
        "A assinatura dá direito a 50 vídeos por mês em 720p.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Luma lança assinatura de US$ 9,99 para o Dream Machine",
        "O novo plano oferece 3.200 créditos por mês.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Kuaishou lança Kling 3.0 e novo plano por US$ 9",
        "O novo modelo de vídeo gera clipes em 4K com som.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "OpenAI adiou o lançamento do Sora no Brasil",
        "A empresa não deu nova data para o app de vídeo no país.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Kuaishou adiou a divulgação de resultados da divisão do Kling",
        "A empresa publicará os números do trimestre na próxima semana.",
        "pt",
        None,
    ),
    # both trees
    (
        "OpenAI, dona do Sora, adiou o IPO para 2027",
        "A empresa prefere continuar levantando capital privado.",
        "pt",
        None,
    ),
    # both trees
    (
        "Festival de cinema feito com IA é adiado",
        "O evento, que exibiria curtas criados com Runway e Veo, muda para novembro.",
        "pt",
        None,
    ),
    (
        "Veo 3 no Brasil fica para depois",
        "Google confirma que o modelo de vídeo não chega ao país este ano.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Julgamento do processo contra Midjourney é adiado",
        "A ação da Disney sobre vídeos gerados por IA só será julgada em 2027.",
        "pt",
        None,
    ),
    # both trees
    (
        "Seedance 2.0: lançamento global adiado",
        "A ByteDance suspendeu a estreia internacional após disputa com a Disney.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Veo 3 chega ao Brasil; o preço é o mesmo dos EUA",
        "O modelo de vídeo do Google está disponível no app Gemini para assinantes.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Preços do Kling continuam os mesmos em 2026",
        "A Kuaishou confirmou que não mudará seus planos.",
        "pt",
        None,
    ),
    # both trees
    (
        "Google anuncia corte nos preços do Veo 3",
        "O segundo de vídeo com áudio cai para US$ 0,40 no Vertex AI.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Google apresenta Veo 3.1 Lite, por US$ 0,05 o segundo",
        "O novo modelo de vídeo é o mais barato da família.",
        "pt",
        "launch",
    ),
    # both trees
    (
        'Sora no Brasil "adiado" sem data',
        "A OpenAI não confirmou quando o app de vídeo chega ao país.",
        "pt",
        "delay",
    ),
    # both trees
    (
        'Veo 3 no Brasil fica "para depois"',
        "O Google não tem data para liberar o modelo de vídeo aqui.",
        "pt",
        "delay",
    ),
    # both trees
    (
        '"Desliguem o Sora": dubladores brasileiros fazem protesto',
        "O sindicato pede que a OpenAI encerre seu app de vídeo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora passa a rodar no Android no Brasil",
        "O app de vídeo da OpenAI chega à Play Store brasileira.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "OpenAI adiou e agora encerra de vez o Sora",
        "O app de vídeo será desligado em 26 de abril.",
        "pt",
        "shutdown",
    ),
    # both trees
    (
        "Runway announces Gen-4 credit packs at $10 per 1,000 credits",
        "Packs for the existing model never expire and can be shared across a team.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google présente Veo 3 à 0,40 $ la seconde pour les entreprises",
        "Le modèle vidéo, lancé en mai, est facturé à la seconde sur Vertex AI.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Runway stellt Gen-4-Credits für 10 Dollar vor",
        "Ein Paket mit 1.000 Credits für das bestehende Modell verfällt nicht.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "OpenAI anuncia o Sora com pacotes de 10 vídeos por US$ 4",
        "Quem esgotar o limite diário poderá comprar gerações extras.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "OpenAI announces Sora extra generations",
        "Users who hit the daily limit can buy 10 more videos for $4.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google kündigt Veo-3-Kontingente für Ultra an",
        "Das Abo kostet 249,99 Dollar im Monat und enthält 12.500 Credits.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "OpenAI dévoile le prix de Sora 2 Pro dans l'API",
        "Le modèle est facturé 0,30 $ la seconde en 720p et 0,50 $ en 1024p.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Runway-Chef: KI wird Hollywood nicht „abschalten“",
        "Valenzuela widerspricht Befürchtungen über das Ende der Filmbranche.",
        "de",
        None,
    ),
    # both trees
    (
        'Pika "releases" Pika 3.0 to all users',
        "The new video model is out today on web and iOS.",
        "en",
        "launch",
    ),
    # both trees
    (
        'Dubladores pedem que a OpenAI "encerre" o Sora',
        "O sindicato entregou um abaixo-assinado à empresa.",
        "pt",
        None,
    ),
]

WORDINGS_A_THIRD_REVIEW_WROTE = [
    # both trees
    (
        "Former Sora lead now works on X's video model, sources say",
        "The researcher who helped build OpenAI's Sora has joined xAI to work on Grok Imagine, according to two people familiar with the move.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma's research team now works on flow matching for longer clips",
        "In an interview, Luma AI's chief scientist said the group behind Ray3 is exploring flow-based training to extend video length.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway Gen-4 now works on iPhone through the Runway app",
        "Runway has brought Gen-4 video generation to its iOS app, letting subscribers create clips from their phones.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Pika now works on enterprise deals as consumer app growth slows",
        "Pika Labs is shifting its focus toward selling to businesses, its CEO told investors, as growth of its video app slows.",
        "en",
        None,
    ),
    # both trees
    (
        "Hailuo 02 made available via Amazon Bedrock",
        "MiniMax's video model Hailuo 02 can now be used by AWS customers through Amazon Bedrock, the company said Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Leaked Sora weights made available via Telegram app, researchers warn",
        "Security researchers say a file claiming to contain Sora model weights is circulating in Telegram groups; OpenAI says it is fake.",
        "en",
        None,
    ),
    # both trees
    (
        "Alibaba unveils Wan 3.0 and makes it available through its API on day one",
        "Alibaba Cloud introduced Wan 3.0, a new video generation model, and opened API access immediately.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway-made short film made available via YouTube after festival run",
        "The award-winning short, created with Gen-4 by a Paris director, is now free to watch on YouTube.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora Android app expands, starting with users in Japan and Korea",
        "OpenAI is rolling out the Sora app on Android to more countries, starting with users in Japan and South Korea this week.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI launches Sora 2, starting with users in the US and Canada",
        "OpenAI on Tuesday unveiled Sora 2, its new video and audio generation model, with an invite-based rollout in North America.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling raises subscription prices, starting with users in Europe",
        "Kuaishou will charge more for Kling's Standard and Pro plans from next month, beginning with European subscribers.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google surveys Veo creators, starting with users in Brazil",
        "Google is asking Brazilian creators how they use Veo 3 in Shorts as part of a research study.",
        "en",
        None,
    ),
    (
        "Veo 3 moves from preview to general availability on Vertex AI",
        "Google Cloud says Veo 3 and Veo 3 Fast are now generally available to all Vertex AI customers.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 2.5 Turbo can now be called through the fal API",
        "Kuaishou's latest video model is available to developers on fal.ai as of Thursday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Community wrapper: Sora 2 can now be called from Python with one line",
        "An unofficial open-source library on GitHub wraps the Sora 2 API; OpenAI is not involved in the project.",
        "en",
        None,
    ),
    # both trees
    (
        "Amazon Nova Reel can now be invoked in three more AWS regions",
        "Nova Reel is now available in Europe (Frankfurt), Asia Pacific (Tokyo) and US West (Oregon).",
        "en",
        "availability",
    ),
    # both trees
    (
        "How Veo 3 can now be deployed with Vertex AI pipelines: a step-by-step tutorial",
        "This guide walks through setting up a batch job that generates product videos with Veo 3.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 is no longer an AI Ultra exclusive",
        "Google has opened Veo 3 to AI Pro subscribers in the Gemini app, a tier that costs $19.99 a month.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Opinion: Photorealism is no longer an OpenAI exclusive",
        "Kling, Veo and Hailuo have caught up with Sora, our columnist argues.",
        "en",
        None,
    ),
    # both trees
    (
        "Grok Imagine video is no longer a SuperGrok perk",
        "xAI has opened its video generator to free users of the Grok app on iOS and Android.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora is no longer the exclusive king of AI video, benchmark shows",
        "In our blind test of 200 prompts, Veo 3.1 and Kling 2.5 beat Sora 2 on motion quality.",
        "en",
        None,
    ),
    # both trees
    (
        "People on ChatGPT's free plan can now make Sora videos",
        "OpenAI has extended Sora video generation to free ChatGPT users, with a limit of a few clips per day.",
        "en",
        "availability",
    ),
    # both trees
    (
        "People using Sora could now face lawsuits over cameo misuse, lawyers warn",
        "Legal experts say users who post deepfakes of others made with Sora's cameo feature may be liable.",
        "en",
        None,
    ),
    # both trees
    (
        "People on TikTok can now filter out AI videos made with tools like Veo",
        "TikTok has added a slider that lets users see fewer AI-generated clips in their For You feed.",
        "en",
        None,
    ),
    (
        "Runway puts Gen-5 in a closed pilot with select studios",
        "Runway's next model is available only to a small group of production partners while the company gathers feedback.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "BBC ran Veo in a closed pilot last year; here is what it learned",
        "The broadcaster's report on its 2025 experiment with Google's video model finds limited newsroom use.",
        "en",
        None,
    ),
    # both trees
    (
        "Swiss canton tests AI-made explainer videos via a closed pilot using Runway",
        "The canton of Zurich is trying Gen-4 to produce short public-service videos; results are due in spring.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 API access gated behind an application for now",
        "OpenAI is letting developers into the Sora 2 API only after they apply and are approved.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Explicit content on Grok Imagine gated behind age verification requests",
        "xAI says users must now verify their age before the spicy mode of its video generator unlocks.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 remains gated in Vertex AI for allowlisted customers",
        "Google says broader access to Veo 3 on Vertex AI will follow; for now only approved customers can use it.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Luma opens an early access request form for Ray4",
        "Luma AI is collecting applications for early access to its next video model, which will go to selected creators first.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI adds a request form to get access to Sora training opt-outs",
        "Artists and rightsholders can now ask that their work be excluded from future Sora training.",
        "en",
        None,
    ),
    # both trees
    (
        "Entry to Runway's AI Film Festival is by approval only this year",
        "Runway says submissions to AIFF 2026 will be reviewed before filmmakers are admitted to the screening program.",
        "en",
        None,
    ),
    (
        "Access to Moonvalley's Marey is by approval only",
        "Moonvalley says studios must apply and be vetted before they can use its licensed-data video model.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI puts a price on extra Sora generations",
        "Sora users who run out of free videos can now buy 10 more for $4, the company said.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "ChatGPT Pro with unlimited Sora will now cost $150 rather than $200",
        "OpenAI is cutting the price of its top tier, which includes unlimited Sora 2 Pro generations.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI introduces a three-tier safety review for Sora cameos",
        "Before a cameo can be used it now passes automated checks, a human review and a consent check.",
        "en",
        None,
    ),
    (
        "Luma introduces a new Plus plan for Dream Machine",
        "The $29.99 plan adds more Ray3 generations and commercial use rights, sitting between Lite and Unlimited.",
        "en",
        "pricing",
    ),
    (
        "Runway debuts an Unlimited membership for Gen-4 power users",
        "Runway's new $95-a-month tier offers unlimited generations in relaxed mode.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google launched its AI Ultra plan last May; here is what Veo 3 users got in year one",
        "A look back at twelve months of Google's top tier and how Veo 3 access evolved.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 skips Europe at launch",
        "OpenAI's new video app is available in the US and Canada; the company gave no date for the EU and the UK.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Kling 3.0 skips the UK for the time being",
        "Kuaishou says its new model will not be offered to British users while it reviews the Online Safety Act.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Netflix's Runway-made series will now arrive in early 2027",
        "The streamer has moved the release of its animated show, made partly with Gen-4, to next year.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway's IPO is now expected in 2027, bankers say",
        "The video AI startup has pushed back plans for a public listing, according to people familiar with the matter.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 4 is now expected in the first half of 2026",
        "Google told partners its next video model will not ship this year, a spokesperson confirmed.",
        "en",
        "delay",
    ),
    # both trees
    (
        "What's holding it back? Our Veo 3 review after a month",
        "Google's video model makes stunning clips, but cost and clip length still limit it.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI built a Sora voice-cloning mode but is holding it back",
        "The company says it will not release the feature until it can prevent misuse.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Meta's Movie Gen won't ship this year, Meta says",
        "Meta told reporters its video model will not be released to Instagram users before 2026.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Pixel 11 won't ship with Veo 4, leaker claims",
        "A well-known leaker says Google's next phone will keep Veo 3 for on-device video features.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 1 will stop accepting new generations on March 13",
        "OpenAI is retiring the original Sora model; existing videos remain downloadable until April.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Google to retire VideoFX, CEO Pichai says",
        "Google will shut down its experimental VideoFX tool next month and move users to Flow.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Pika retires Pikaffects, founder says",
        "Pika Labs will remove its effects feature from the app on Friday, co-founder Demi Guo said.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Why Veo 3 clips come out with these odd subtitles",
        "Many users report garbled captions baked into generated videos; here is how to avoid them.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling comes out with this new 3.0 model",
        "Kuaishou released Kling 3.0 on Monday with native 4K output and longer clips.",
        "en",
        "launch",
    ),
    (
        "Kling 3.0 is out? Nothing has shipped yet, Kuaishou says",
        "Kuaishou denied reports that Kling 3.0 went live, saying the model is still in internal testing.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI launches Sora 2 with a feature from an unreleased research model",
        "The new app includes a cameo tool built on technology OpenAI had only shown internally.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 officially launches after videos surfaced on social media",
        "Kuaishou on Monday released Kling 3.0 to all users, a week after sample clips leaked.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Clips from an unreleased Veo 4 are circulating online",
        "Videos said to be from Google's next model are spreading on X; Google declined to comment.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI to pay $100 million a year for Sora training footage, report says",
        "The company is licensing stock video archives to train future versions of its video model.",
        "en",
        None,
    ),
    (
        "Google spends $2 billion a year on compute for Veo, filing shows",
        "The cost of serving video generation has grown sharply since Veo 3 reached the Gemini app.",
        "en",
        None,
    ),
    (
        "Runway unveils Gen-4.5 Turbo, billed at 5 credits per second",
        "Runway on Tuesday introduced a faster version of Gen-4.5 for all paid plans.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway, which unveiled Gen-4.5 in December, now charges 25 credits per second",
        "Runway set the credit cost of its newest model for all subscribers this week.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Luma introduced Ray3 in September, charges 160 credits per clip from today",
        "Luma AI has set the credit cost of its reasoning video model across Dream Machine plans.",
        "en",
        "pricing",
    ),
    (
        "Google announces Veo 3.1, priced per second like Veo 3",
        "Google DeepMind on Wednesday introduced Veo 3.1 with richer audio and scene extension in Flow and the Gemini API.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling unveils credit packs for Kling 2.6, from 100 credits",
        "Kuaishou is selling one-off top-ups for users who run out of monthly credits.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway introduces Gen-4 credits, sold separately from plans",
        "Runway now sells Gen-4 credits on their own; previously they came only with a subscription.",
        "en",
        "pricing",
    ),
    (
        "MiniMax unveils Hailuo 03, with 1080p clips costing 60 credits",
        "MiniMax released its new video model Hailuo 03 on Monday to web and API users.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 API: OpenAI sets a rate of 10 cents per second",
        "OpenAI published the price for its video model in the API, with Sora 2 Pro costing three times as much.",
        "en",
        "pricing",
    ),
    (
        'OpenAI says Sora\'s EU launch is "now expected in the first half" of 2026',
        "The company told regulators it needs more time to meet European requirements for its video app.",
        "en",
        "delay",
    ),
    # both trees
    (
        'Tribeca premieres "Holding It Back," a short made with Veo 3',
        "The film by a Brooklyn director was generated almost entirely with Google's video model.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway is “holding it back”: Gen-5 release paused for safety review",
        "Runway CEO Cristóbal Valenzuela said the new model is finished but will not ship until the review ends.",
        "en",
        "delay",
    ),
    (
        'OpenAI to "turn off" the Sora 1 app on January 10',
        "The original Sora web app will go dark next month as users move to Sora 2.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        'Sora 2 is "invite-only" for now, OpenAI says',
        "Access to the new app requires an invite code in the US and Canada while OpenAI scales capacity.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        'Google: Veo 3 is "no longer an Ultra exclusive"',
        "Veo 3 is rolling out to AI Pro subscribers in the Gemini app, Google said Thursday.",
        "en",
        "availability",
    ),
    # both trees
    (
        'Opinion: the "skip Europe at launch" playbook is hurting OpenAI',
        "Our columnist argues that leaving the EU out of Sora's rollout costs the company goodwill.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 Pro will “now cost” $0.50 per second “instead of” $0.30",
        "OpenAI is raising the API price of its higher-quality video model from next month.",
        "en",
        "pricing",
    ),
    # both trees
    (
        'Pika-made music video "Now Works On Me" tops YouTube charts',
        "The clip by a K-pop group was animated with Pika 2.2, the band said.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling review: “Can now be called” a real rival to Sora",
        "After two weeks with Kling 2.5 Turbo, we think it holds up against OpenAI's model.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora now works on Android",
        "OpenAI's video app is available on the Google Play Store in the US and Canada, the company said.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Adobe Firefly Video now works on “more users'” devices? Our benchmark says no",
        "We tested the Firefly Video Model on five laptops; only two rendered at usable speeds.",
        "en",
        None,
    ),
    # both trees
    (
        "Seedance 1.0 Pro made available through BytePlus ModelArk",
        "ByteDance's video model can now be used by developers outside China via its cloud platform.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Luma's Ray3 made available inside the Adobe Firefly app",
        "Adobe added Luma AI's video model to Firefly for paying subscribers on Thursday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway-produced ad made available inside the Instagram app as a test",
        "Brands can now run an interactive Gen-4 commercial as an Instagram story, the agency behind it said.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 Fast graduated from preview to GA in Vertex AI",
        "Developers can now use Veo 3 Fast in production on Vertex AI with standard support.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Gemini API image editing promoted from beta to general availability",
        "Google's image-editing endpoint for Gemini 2.5 Flash Image is now GA; Veo is unaffected.",
        "en",
        None,
    ),
    # both trees
    (
        "Hailuo 03 API is gated behind an allowlist for now",
        "MiniMax is admitting developers to its new video model's API only after approval.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Sora's teen mode gated by parental approval requests",
        "OpenAI says minors will need a parent's approval to create cameos in the Sora app.",
        "en",
        None,
    ),
    (
        "Runway Gen-5 access comes only by approval for enterprise customers",
        "Runway says business customers must apply and be reviewed before they can use its newest model.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Runway's closed pilot program for students wraps up",
        "The company shared results from a semester-long trial of Gen-4 in film schools.",
        "en",
        None,
    ),
    (
        "Runway introduces a new tier for teams",
        "The Team plan costs $28 per seat per month and includes shared Gen-4 credits.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "YouTube introduces a tier system for AI-generated video labels",
        "Videos made with tools like Veo will carry one of three labels depending on how much AI was used.",
        "en",
        None,
    ),
    # both trees
    (
        "Google adds a plan to label Veo videos in Search",
        "Google will show a notice on search results that link to videos made with its model, it said.",
        "en",
        None,
    ),
    # both trees
    (
        "Pika launches a new Pro plan at $28 a month",
        "Pika Labs' new tier includes faster Pika 2.5 generations and commercial rights.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Pika launched its Pro plan in 2024; was it worth it?",
        "We look back at a year of paying for Pika and whether the tier delivered.",
        "en",
        None,
    ),
    (
        "Sora's EU launch is now expected in Q1 2026",
        "OpenAI told users in Europe they will have to wait until next year for its video app.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Kling 3.0 will now arrive by Q2, Kuaishou says",
        "Kuaishou pushed back the release of its next model to fine-tune motion quality.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Sora's next film screening will now arrive in London by June",
        "Runway and OpenAI's festival tour adds a European date for AI-made shorts.",
        "en",
        None,
    ),
    # both trees
    (
        "Midjourney won't ship its video model until the summer",
        "David Holz said the company's first video model needs more work before release.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Runway holds it back: no Gen-5 price increase this year",
        "Runway CEO says prices for Gen-4 plans will stay unchanged through 2026.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma will stop accepting new requests to its Ray1 API on May 1",
        "Luma AI is retiring its first-generation video model for developers; Ray2 and Ray3 are unaffected.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Sora 2 is no longer invite-only in the US",
        "OpenAI has removed the invite requirement for its video app in the US, Canada, Japan and Korea.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI sets retirement date for its CTO role at Sora unit",
        "The company said the head of the Sora team will retire at the end of the year.",
        "en",
        None,
    ),
    # both trees
    (
        "Les abonnés Plus peuvent désormais générer des vidéos Sora 2 en France",
        "OpenAI ouvre son application Sora aux utilisateurs français de ChatGPT Plus.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 est lancé : les abonnés peuvent désormais générer des vidéos de 15 secondes",
        "Kuaishou a présenté lundi Kling 3.0, son nouveau modèle vidéo, disponible pour tous les abonnés.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Veo 3 fait son entrée dans le catalogue d'Azure AI Foundry",
        "Microsoft propose désormais le modèle vidéo de Google à ses clients cloud.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Le court-métrage généré avec Runway entre dans le catalogue d'Amazon Prime Video",
        "Le film primé au festival de Runway est désormais visible par les abonnés du service de streaming.",
        "fr",
        None,
    ),
    # both trees
    (
        "L'application Sora désormais téléchargeable en France sur Android",
        "OpenAI a ouvert son application vidéo aux utilisateurs français du Play Store.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Le rapport de sécurité de Sora 2 désormais téléchargeable",
        "OpenAI publie la fiche système de son modèle vidéo, qui détaille les tests de sécurité.",
        "fr",
        None,
    ),
    # both trees
    (
        "Les vidéos Sora désormais téléchargeables sans filigrane pour les abonnés Pro",
        "OpenAI permet aux abonnés ChatGPT Pro d'exporter leurs clips sans marque visible.",
        "fr",
        None,
    ),
    # both trees
    (
        "Wan 3.0 : les poids du modèle enfin téléchargeables sur Hugging Face",
        "Alibaba publie en open source son nouveau modèle vidéo Wan 3.0 sous licence Apache 2.0.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway lance un nouveau forfait à 12 euros pour les étudiants",
        "La formule donne accès à Gen-4 Turbo avec 300 crédits par mois.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Luma AI introduit un abonnement annuel pour Dream Machine",
        "Les abonnés qui paient à l'année économisent 20 % sur les formules Lite, Plus et Unlimited.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Le Monde lance une nouvelle formule de sa newsletter consacrée à l'IA vidéo",
        "Chaque semaine, Sora, Veo et Kling décryptés par la rédaction.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 : l'Europe devra encore attendre",
        "OpenAI n'a pas donné de date pour le lancement de son application vidéo dans l'UE.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "OpenAI devra encore attendre avant d'être rentable, même avec Sora",
        "Les pertes de l'entreprise se creusent malgré le succès de son application vidéo.",
        "fr",
        None,
    ),
    # both trees
    (
        "Les cinéastes devront encore attendre une loi sur les deepfakes de Sora",
        "Le projet de texte européen sur les contenus synthétiques ne sera pas examiné avant l'automne.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 4 n'arrivera pas de sitôt, prévient Google",
        "Le prochain modèle vidéo de Google ne sortira pas avant la fin de l'année prochaine.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Sora ne sera pas rentable de sitôt, estime un analyste",
        "Selon Bernstein, l'application vidéo d'OpenAI coûte bien plus qu'elle ne rapporte.",
        "fr",
        None,
    ),
    (
        "OpenAI ne prévoit pas de publier les poids de Sora 2",
        "L'entreprise confirme que son modèle vidéo restera fermé et accessible uniquement via son application et son API.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "L'application Sora 1 disparaîtra le 13 mars",
        "OpenAI ferme la première version de son service vidéo ; les créations restent téléchargeables jusqu'en avril.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Kuaishou lance Kling 3.0 alors que les modèles vidéo se multiplient",
        "Le nouveau modèle de Kuaishou est disponible dès aujourd'hui pour tous les utilisateurs.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Les vidéos générées par Sora se multiplient sur TikTok",
        "Les clips réalisés avec l'application d'OpenAI envahissent les réseaux sociaux.",
        "fr",
        None,
    ),
    (
        "Runway présente Gen-4.5 Turbo, facturé 6 crédits la seconde",
        "Runway a dévoilé mardi une version plus rapide de son modèle, ouverte à tous les abonnés.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway, qui a présenté Gen-4.5 en décembre, le facture 30 crédits la seconde",
        "Runway a fixé cette semaine le coût en crédits de son modèle le plus récent pour tous les abonnés.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Kling présente ses nouveaux packs, à partir de 5 crédits la seconde",
        "Kuaishou vend désormais des recharges ponctuelles pour les utilisateurs à court de crédits.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Sora 2 « n'arrivera pas de sitôt » en Europe, prévient OpenAI",
        "Le directeur produit de Sora écarte un lancement européen avant plusieurs mois.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "OpenAI met « au placard » son premier Sora",
        "L'ancienne version du générateur vidéo sera retirée le mois prochain au profit de Sora 2.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Veo 3 « désormais téléchargeable » dans l'application Gemini sur iPhone en France",
        "Google ouvre la génération vidéo aux abonnés français de Google AI Pro.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Gemini-Nutzer können jetzt in Deutschland Videos mit Veo 3 erstellen",
        "Google schaltet sein Videomodell für Abonnenten von Google AI Pro hierzulande frei.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 ist da: Nutzer können jetzt 15-Sekunden-Clips erzeugen",
        "Kuaishou hat sein neues Videomodell Kling 3.0 am Montag vorgestellt.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Veo 3 ab sofort auch in Österreich und der Schweiz",
        "Google bringt sein Videomodell in der Gemini-App in zwei weitere Länder.",
        "de",
        "availability",
    ),
    # both trees
    (
        "OpenAI legt Sora-Start in Europa auf Eis",
        "Der Konzern verschiebt die Einführung seiner Video-App in der EU auf unbestimmte Zeit.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Kuaishou legt Börsengang der Kling-Sparte auf Eis",
        "Der Mutterkonzern des Videomodells Kling verschiebt die geplante Abspaltung.",
        "de",
        None,
    ),
    # both trees
    (
        "Hollywood legt KI-Projekte mit Sora nach Streikdrohung vorerst auf Eis",
        "Mehrere Studios stoppen Experimente mit OpenAIs Videomodell, berichtet Variety.",
        "de",
        None,
    ),
    # both trees
    (
        "Veo-3-Start in der EU vorerst auf Eis",
        "Google hat die Einführung seines Videomodells in Europa verschoben, bestätigte ein Sprecher.",
        "de",
        "delay",
    ),
    (
        "Einführung von Sora 2 in Deutschland zurückgestellt",
        "OpenAI will die Video-App hierzulande erst nach einer Prüfung durch die Datenschutzbehörden anbieten.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Veröffentlichung der Sora-Studie zu Deepfakes zurückgestellt",
        "Die Forscher wollen ihre Ergebnisse zu OpenAIs Video-App erst nach einer Begutachtung vorlegen.",
        "de",
        None,
    ),
    # both trees
    (
        "Europa muss weiter auf Sora 2 warten",
        "OpenAI nennt keinen Termin für die Einführung der Video-App in der EU.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Die EU muss auf eine Stellungnahme von OpenAI zu Sora-Deepfakes warten",
        "Die Kommission hatte das Unternehmen um Auskunft über Schutzmaßnahmen gebeten.",
        "de",
        None,
    ),
    # both trees
    (
        "Runway stellt Gen-4.5 Turbo vor, abgerechnet mit 6 Credits pro Sekunde",
        "Runway hat am Dienstag eine schnellere Version seines Videomodells für alle Abonnenten vorgestellt.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Runway erhöht Preise: Gen-4.5 kostet ab sofort 30 statt 25 Credits",
        "Die Preiserhöhung gilt für alle Tarife ab dem kommenden Monat.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Sora 2: Europa muss „noch warten“",
        "OpenAI nennt weiterhin keinen Termin für die Einführung seiner Video-App in der EU.",
        "de",
        "delay",
    ),
    # both trees
    (
        "OpenAI legt EU-Start von Sora „vorerst auf Eis“",
        "Die Video-App kommt wegen regulatorischer Fragen vorerst nicht nach Europa.",
        "de",
        "delay",
    ),
    # both trees
    (
        'OpenAI legt EU-Start von Sora "vorerst auf Eis"',
        "Die Video-App kommt wegen regulatorischer Fragen vorerst nicht nach Europa.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Los usuarios de Gemini en España ya pueden crear vídeos con Veo 3",
        "Google activa su modelo de vídeo para los suscriptores de Google AI Pro en España.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Cómo los usuarios pueden crear vídeos con Veo 3: guía paso a paso",
        "Te explicamos cómo generar tu primer clip con el modelo de Google desde la app Gemini.",
        "es",
        None,
    ),
    # both trees
    (
        "Los usuarios pueden generar deepfakes con Sora en segundos, alertan expertos",
        "Investigadores advierten de que la app de OpenAI facilita suplantaciones realistas.",
        "es",
        None,
    ),
    # both trees
    (
        "Kuaishou lanza Kling 3.0: los usuarios podrán crear vídeos de 15 segundos",
        "El nuevo modelo de vídeo de Kuaishou está disponible desde hoy para todos los suscriptores.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Los creadores pueden usar Sora para anuncios, según las condiciones de OpenAI",
        "Un repaso a lo que permiten los términos de uso de la app de vídeo.",
        "es",
        None,
    ),
    # both trees
    (
        "Los desarrolladores podrán usar la API de Sora 2 el próximo año, según una filtración",
        "Un documento interno filtrado sugiere que OpenAI abrirá la API más adelante; la empresa no lo confirma.",
        "es",
        None,
    ),
    # both trees
    (
        "Veo 3 llega al catálogo de Azure AI Foundry",
        "Microsoft ofrece desde hoy el modelo de vídeo de Google a sus clientes de la nube.",
        "es",
        "availability",
    ),
    # both trees
    (
        "La película creada con Runway llega al catálogo de Amazon Prime Video",
        "El largometraje, generado en parte con Gen-4, se estrena este viernes en la plataforma.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway estrena un nuevo plan para estudiantes",
        "El plan cuesta 8 dólares al mes e incluye 300 créditos para Gen-4 Turbo.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Google presenta un plan de formación en vídeo con IA para docentes con Veo",
        "El programa enseñará a profesores a usar Veo en Google Vids.",
        "es",
        None,
    ),
    # both trees
    (
        "Kling introduce una suscripción anual más barata",
        "Kuaishou ofrece un 20 % de descuento a quienes paguen Kling por un año.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "OpenAI reparte las invitaciones de Sora 2 con cuentagotas",
        "El acceso a la nueva app de vídeo sigue limitado a quienes reciben un código.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "Runway reserva una sala para clientes empresariales seleccionados en Cannes",
        "La empresa organizará proyecciones privadas de películas hechas con Gen-4.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway presenta Gen-4.5 Turbo, a 6 créditos por segundo",
        "Runway lanzó el martes una versión más rápida de su modelo de vídeo para todos los planes de pago.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Netflix estrena «Nuevo plan», una serie creada con Runway",
        "La ficción usa planos generados con Gen-4 en todos sus episodios.",
        "es",
        None,
    ),
    (
        "OpenAI «aparca» el lanzamiento de Sora 2 en Europa",
        "La compañía no ofrecerá su app de vídeo en la UE hasta resolver dudas regulatorias.",
        "es",
        "delay",
    ),
    # both trees
    (
        "Los suscriptores de ChatGPT Plus ya pueden usar Sora 2 en México",
        "OpenAI amplía su app de vídeo a México y otros países de América Latina.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Los creadores ya pueden crear vídeos con Sora, pero ¿deberían?",
        "Una columna sobre los riesgos de depender de la IA para el vídeo.",
        "es",
        None,
    ),
    # both trees
    (
        "Kuaishou tira fuori dal cilindro il nuovo modello Kling 3.0",
        "Il nuovo modello video di Kuaishou è disponibile da oggi per tutti gli utenti.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Google alza il sipario su Veo 4",
        "Google DeepMind ha presentato oggi il suo nuovo modello per la generazione di video.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Venezia alza il sipario su una sezione dedicata ai film con Sora e Runway",
        "La Mostra del Cinema ospiterà dieci cortometraggi realizzati con l'IA.",
        "it",
        None,
    ),
    # both trees
    (
        "Il Torino Film Festival alza il sipario su «Sogni sintetici», corto realizzato con Veo 3",
        "Il film di una regista torinese apre la sezione dedicata all'IA.",
        "it",
        None,
    ),
    # both trees
    (
        "Vi presentiamo il nostro nuovo modello: Ray3",
        "Luma AI annuncia Ray3, il primo modello video capace di ragionare, disponibile da oggi in Dream Machine.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Ecco la nostra nuova versione della guida a Veo 3",
        "Abbiamo aggiornato il nostro tutorial su come generare video con il modello di Google.",
        "it",
        None,
    ),
    # both trees
    (
        "Gli utenti italiani possono ora creare video con Veo 3 nell'app Gemini",
        "Google estende il suo modello video agli abbonati italiani di Google AI Pro.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Gli utenti di Firefly possono ora creare immagini in 4K",
        "Adobe aggiorna il modello di immagini Firefly Image 5; nessuna novità per il video.",
        "it",
        None,
    ),
    # both trees
    (
        "Gli utenti di Sora potranno finalmente usare la propria voce? Le indiscrezioni",
        "Secondo alcune fonti OpenAI starebbe testando una funzione di clonazione vocale.",
        "it",
        None,
    ),
    # both trees
    (
        "Kling 3.0 è ufficiale: gli utenti possono ora generare clip da 15 secondi",
        "Kuaishou ha presentato lunedì il suo nuovo modello video.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Hailuo 02 entra nel catalogo di Amazon Bedrock",
        "MiniMax rende disponibile il suo modello video ai clienti AWS.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Il corto fatto con Runway entra nel catalogo di Amazon Prime Video",
        "Il film vincitore del festival di Runway sarà visibile sulla piattaforma di streaming.",
        "it",
        None,
    ),
    (
        "Runway lancia un nuovo piano per studenti",
        "Il piano costa 8 euro al mese e include 300 crediti per Gen-4 Turbo.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Google introduce un abbonamento più economico con Veo 3 Fast",
        "Il nuovo piano AI Plus costa 7,99 euro al mese e include Veo 3 Fast.",
        "it",
        "pricing",
    ),
    (
        "L'app Sora 1 verrà rimossa dal Play Store il 13 marzo",
        "OpenAI chiude la prima versione della sua app video; i contenuti restano scaricabili fino ad aprile.",
        "it",
        "shutdown",
    ),
    # both trees
    (
        "Le app false che imitano Sora saranno rimosse dal Play Store, promette Google",
        "Decine di applicazioni truffa usavano il nome del generatore video di OpenAI.",
        "it",
        None,
    ),
    # both trees
    (
        "I video deepfake fatti con Veo saranno rimossi dal catalogo di YouTube",
        "La piattaforma inasprisce le regole sui contenuti sintetici ingannevoli.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora 2: per provarlo bisogna mettersi in coda e attendere l'invito",
        "OpenAI concede l'accesso alla nuova app solo a chi riceve un codice di invito.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "Kling, lanciato lo scorso anno, ha già 45 milioni di utenti",
        "Il modello video di Kuaishou continua a crescere, secondo i dati della società.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora, presentato lo scorso anno, compie dodici mesi: cosa è cambiato",
        "Un bilancio del primo anno del generatore video di OpenAI.",
        "it",
        None,
    ),
    # both trees
    (
        "OpenAI «manda in pensione» Sora 1",
        "La prima versione del generatore video sarà spenta il mese prossimo.",
        "it",
        "shutdown",
    ),
    (
        "Kuaishou solta Kling 3.0 em versão beta",
        "O novo modelo de vídeo da Kuaishou já pode ser testado por assinantes.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Ator solta trailer feito com Veo 3 para o público e viraliza",
        "O vídeo, gerado com o modelo do Google, teve milhões de visualizações em um dia.",
        "pt",
        None,
    ),
    # both trees
    (
        "Google solta nota ao público sobre deepfakes do Veo 3",
        "A empresa diz que marca todos os vídeos com SynthID e pede cautela aos usuários.",
        "pt",
        None,
    ),
    # both trees
    (
        "Google solta Veo 3 para todos no Brasil",
        "O modelo de vídeo do Google agora está disponível para qualquer usuário do Gemini no país.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Usuários brasileiros já podem criar vídeos com Veo 3 no Gemini",
        "O Google liberou o modelo de vídeo para assinantes do Google AI Pro no Brasil.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Como os usuários podem criar vídeos com o Sora: guia completo",
        "Explicamos passo a passo como gerar seu primeiro vídeo no app da OpenAI.",
        "pt",
        None,
    ),
    # both trees
    (
        "Usuários podem gerar deepfakes com o Sora 2, alerta especialista",
        "Pesquisadores dizem que o app facilita a criação de vídeos falsos realistas.",
        "pt",
        None,
    ),
    # both trees
    (
        "Criadores poderão usar Veo no YouTube Shorts? Google não confirma",
        "Rumores indicam que o modelo de vídeo chegaria aos Shorts no Brasil.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora 2 está sendo liberado aos poucos no Brasil",
        "A OpenAI começou a liberar o app de vídeo para usuários brasileiros nesta semana.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Relatório sobre uso do Sora foi liberado para a imprensa",
        "O documento da OpenAI mostra como o app de vídeo é usado em escolas.",
        "pt",
        None,
    ),
    # both trees
    (
        "Verba de R$ 10 milhões foi liberada para startups que usam Veo e Runway",
        "O programa do governo financia produtoras de vídeo com IA.",
        "pt",
        None,
    ),
    # both trees
    (
        "Clipes do Veo 4 foram liberados para testadores, diz vazamento",
        "Um perfil no X afirma que o próximo modelo do Google já está nas mãos de alguns criadores.",
        "pt",
        None,
    ),
    (
        "Veo 3 entrou no catálogo do Azure AI Foundry",
        "A Microsoft passou a oferecer o modelo de vídeo do Google aos seus clientes de nuvem.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Curta feito com Runway entra no catálogo da Amazon Prime Video",
        "O filme premiado no festival da Runway já pode ser assistido na plataforma.",
        "pt",
        None,
    ),
    (
        "Kling passa a rodar no Brasil com servidores locais",
        "A Kuaishou abriu o acesso ao seu modelo de vídeo para usuários brasileiros.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "OpenAI adiou o lançamento do Sora 2 na Europa",
        "A empresa não deu nova data para a chegada do app de vídeo à União Europeia.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Runway adiou a estreia do seu festival de cinema com IA",
        "O AI Film Festival, que seria em junho, foi remarcado para setembro.",
        "pt",
        None,
    ),
    # both trees
    (
        "Lançamento do Veo 4 foi adiado para 2026",
        "O Google disse a parceiros que o próximo modelo de vídeo não sai este ano.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Julgamento do processo contra a Runway foi adiado",
        "O tribunal remarcou a audiência sobre direitos autorais para março.",
        "pt",
        None,
    ),
    # both trees
    (
        "Runway apresenta Gen-4.5 Turbo, cobrado a 6 créditos por segundo",
        "A Runway lançou nesta terça uma versão mais rápida do seu modelo de vídeo.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Kuaishou “solta” o Kling 3.0 em beta",
        "A empresa chinesa liberou o novo modelo de vídeo para um grupo de assinantes.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Criadores já podem usar o Veo 3 no YouTube Shorts no Brasil",
        "O Google liberou o modelo de vídeo no app do YouTube para criadores brasileiros.",
        "pt",
        "availability",
    ),
]

ROWS, IDS = table_rows(
    {
        "Quoted words inside an event phrase": QUOTED_WORDS_INSIDE_AN_EVENT_PHRASE,
        "A price told with a release": A_PRICE_TOLD_WITH_A_RELEASE,
        "A price that is the news itself": A_PRICE_THAT_IS_THE_NEWS_ITSELF,
        "An arrival told in other words": AN_ARRIVAL_TOLD_IN_OTHER_WORDS,
        "A slip told in other words": A_SLIP_TOLD_IN_OTHER_WORDS,
        "An end told in other words": AN_END_TOLD_IN_OTHER_WORDS,
        "A restriction told in other words": A_RESTRICTION_TOLD_IN_OTHER_WORDS,
        "Somebody else's words around a product": SOMEBODY_ELSE_S_WORDS_AROUND_A_PRODUCT,
        "Wordings a first review wrote": WORDINGS_A_FIRST_REVIEW_WROTE,
        "Wordings a second review wrote": WORDINGS_A_SECOND_REVIEW_WROTE,
        "Wordings a third review wrote": WORDINGS_A_THIRD_REVIEW_WROTE,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_round_thirty_eight(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table


# (title, summary, lang, address, event): the page's address decides these.
THE_OWNERS_OWN_LOG = [
    (
        "Release notes",
        "October 2, 2025 — Veo 3.1 Fast has moved from preview to general availability and can now be used in us-central1 and europe-west4.",
        "en",
        "https://cloud.google.com/vertex-ai/generative-ai/docs/release-notes",
        "availability",
    ),
    (
        "Model deprecations",
        "2025-11-20 — ray-1-6 will be removed from the Dream Machine API on January 20. Requests that name it will return an error after that date.",
        "en",
        "https://docs.lumalabs.ai/docs/model-deprecations",
        "shutdown",
    ),
    (
        "Document history for the Amazon Bedrock User Guide",
        "March 3, 2026 — Amazon Nova Reel 1.1 can now be invoked in Europe (Paris). Updated the Regions table accordingly.",
        "en",
        "https://docs.aws.amazon.com/bedrock/latest/userguide/doc-history.html",
        "availability",
    ),
    (
        "Neuerungen in Adobe Firefly",
        "März 2026: Das Firefly Video Model ist jetzt auch in der Firefly-App für Android verfügbar.",
        "de",
        "https://helpx.adobe.com/de/firefly/get-started/whats-new.html",
        "availability",
    ),
    (
        "Kling AI (@Kling_ai) on X",
        "Kling 3.1 is live. Longer shots, better lip sync, and every plan gets it today on the web and in the API.",
        "en",
        "https://x.com/Kling_ai/status/1990000000000000000",
        "launch",
    ),
    (
        "Release v2.0 · Tencent-Hunyuan/HunyuanVideo-2",
        "We are releasing the inference code and model weights of HunyuanVideo 2, a video generation model for text-to-video and image-to-video.",
        "en",
        "https://github.com/Tencent-Hunyuan/HunyuanVideo-2/releases/tag/v2.0",
        "launch",
    ),
    (
        "Runway – What's New · Version 3.9",
        "Gen-4.5 is now available in the iPhone app: generate clips from text or images, the same model you know from the web.",
        "en",
        "https://apps.apple.com/us/app/runwayml/id1665024375",
        "availability",
    ),
    (
        "Sora 2 API pricing",
        "sora-2: $0.10 per second at 720p. sora-2-pro: $0.30 per second at 720p and $0.50 at 1024p.",
        "en",
        "https://platform.openai.com/docs/pricing",
        None,
    ),
    (
        "How to extend a clip in Dream Machine",
        "Open a finished generation, click Extend and describe what happens next. Each extension uses the same credits as a new clip.",
        "en",
        "https://lumalabs.ai/learning-hub/how-to-extend",
        None,
    ),
    (
        "Release v0.5.0 · someone/sora-python",
        "Adds async polling helpers for the Sora 2 video endpoint and fixes a timeout when downloading finished videos.",
        "en",
        "https://github.com/someone/sora-python/releases/tag/v0.5.0",
        None,
    ),
    (
        "Elevated error rates for Sora video generations",
        "We are investigating elevated error rates for video generations in the Sora app. Some requests may fail.",
        "en",
        "https://status.openai.com/incidents/01JXYZ",
        None,
    ),
]


@pytest.mark.parametrize(("title", "summary", "lang", "address", "event"), THE_OWNERS_OWN_LOG)
def test_the_owners_own_log(title: str, summary: str, lang: str, address: str, event: str | None) -> None:
    assert verdict(title, summary, lang, address) == event

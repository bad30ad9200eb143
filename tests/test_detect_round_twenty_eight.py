"""Issue #12, round twenty-eight (stop 47): access words a phrase grid found missing, kept
only where reviewers could not turn them against other senses; headlines that answer a rumour;
interviews, a past launch talked about, and a release called the owner's best yet.

- A model no longer needing a subscription, reachable without one, or free for a group
  (students, teachers) is an access change (§1b: availability), not a price; a plan sold to
  a group at a price still is one. Sign-ups stopped or closed "to new users", API access "by
  application only", a missed release date, a product "not for Europe yet", and plans
  repriced are told in the lexicons' words now.
- "No, Kling 3.0 has not been released": a headline that opens on "No," and negates what
  follows in one clause answers a rumour (the ``fact_check`` genre). News told after it ("No,
  Sora isn't dead: OpenAI launches Sora 2", "..., OpenAI says") or a change ("No, you don't
  need a subscription anymore") keeps its event.
- "Nuestras primeras impresiones", "unsere ersten Eindrücke" are a hands-on. A research word
  beside a release whose subject is the product ("LTX-2 is out: open weights, paper and ...")
  does not sink it; a German appositive after a release is no demo reel.
- A headline that opens on an interview label ("Interview with Runway's CEO", "Entretien avec
  ...") is an opinion page; an interview named further in is a source. Someone talking about a
  launch does not report one. "Its most advanced video model to date" calls a release new.
- Readings tried and dropped after review ("<product> reaches <place>", the grid's generic
  verbs) leave their counter-examples here as guards, with the reviewers' items that broke
  each draft ("stop 47 review guards", three rounds).

Every headline and summary here was written for these tests: none is taken or paraphrased from
a labelled corpus item. Rows not marked "both trees" failed on stop 46's tree; the rows marked
"both trees" are guards.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# (title, summary, lang, event or None)
# An existing model reaching a host, a region or an app: an arrival. The guards are headlines whose
# draft phrase was dropped after review: their ledes tell the arrival on both trees.
ARRIVAL_WORDS = [
    # both trees
    (
        "Kling AI enters the Brazilian market",
        "Kuaishou's video generator opened to users in Brazil this week, with prices in reais.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Dream Machine rolls into Japan",
        "Luma AI's video app is now offered to Japanese users, with a localized interface.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 is now part of Gemini Advanced",
        "Google added its video model to the Gemini Advanced plan at no extra charge.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Ray2 finally on Android",
        "Luma AI's Ray2 model is now in the Dream Machine Android app, months after the iPhone.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 gagne l'Europe",
        "Le modèle vidéo de Google est désormais proposé aux abonnés européens de Gemini Pro.",
        "fr",
        "availability",
    ),
    (
        "Hailuo 02 désormais proposé en France",
        "Le modèle vidéo de MiniMax peut être utilisé par les internautes français depuis ce matin.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling AI s'exporte en Europe",
        "Le générateur vidéo de Kuaishou est disponible dans l'Union européenne depuis lundi.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 désormais utilisable en Belgique",
        "Google ouvre son modèle vidéo aux abonnés belges de l'offre AI Pro.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 erreicht Österreich",
        "Googles Videomodell steht jetzt auch Gemini-Abonnenten in Österreich zur Verfügung.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Veo 3 ya es accesible en México",
        "Los suscriptores de Gemini Pro en México ya pueden crear vídeos con el modelo de Google.",
        "es",
        "availability",
    ),
    (
        "Hailuo 02 ya funciona en España",
        "El modelo de vídeo de MiniMax puede usarse desde España a partir de hoy.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3 finalmente in Italia",
        "Il modello video di Google è disponibile per gli abbonati italiani di Gemini Pro.",
        "it",
        "availability",
    ),
    (
        "Veo 3 amplia disponibilidade para a América Latina",
        "O modelo de vídeo do Google chega a assinantes de mais 12 países da região.",
        "pt",
        "availability",
    ),
    (
        "Hailuo 02 está disponível via Amazon Bedrock",
        "O modelo de vídeo da MiniMax pode ser chamado pelos clientes da nuvem da Amazon.",
        "pt",
        "availability",
    ),
]


# A plan no longer needed, a tier that takes the model in, or free use for a group: access, not a price. A price for a group is a price.
WITHOUT_A_SUBSCRIPTION = [
    # both trees
    (
        "Hailuo 02 no longer requires a subscription",
        "MiniMax opened its video model to free accounts, which get a daily allowance of clips.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 Fast now free for university students",
        "Google is giving students in ten countries a year of AI Pro, which includes Veo 3 Fast.",
        "en",
        "availability",
    ),
    (
        "Veo 3 is now part of the $9.99 Google One plan",
        "Google's cheapest AI plan now includes a monthly allowance of Veo 3 Fast clips.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 2.1 now in the Standard plan",
        "Kuaishou moved its Kling 2.1 model down from the Pro tier, so Standard subscribers can use it.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Free Gemini users now have access to Veo 3 Fast",
        "Google is letting accounts without a paid plan make three Veo 3 Fast clips a month.",
        "en",
        "availability",
    ),
    (
        "Hailuo 02 accessible sans abonnement",
        "MiniMax ouvre son modèle vidéo aux comptes gratuits, avec quelques crédits par jour.",
        "fr",
        "availability",
    ),
    (
        "Kling 2.1 ne nécessite plus d'abonnement",
        "Kuaishou permet aux comptes gratuits d'utiliser son modèle 2.1, dans la limite de crédits quotidiens.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Les abonnés Plus ont désormais accès à Sora 2 Pro",
        "OpenAI étend son modèle le plus avancé aux abonnés à 20 dollars par mois.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Hailuo 02 jetzt ohne Abo nutzbar",
        "MiniMax öffnet sein Videomodell für kostenlose Konten.",
        "de",
        "availability",
    ),
    (
        "Veo 3 für Studierende kostenlos",
        "Google schenkt Studierenden in Deutschland ein Jahr AI Pro mit Zugang zu Veo 3.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Hailuo 02 ya no requiere suscripción",
        "MiniMax abre su modelo de vídeo a las cuentas gratuitas, con un límite diario de clips.",
        "es",
        "availability",
    ),
    (
        "Veo 3 gratis per gli studenti universitari",
        "Google regala agli studenti italiani un anno di AI Pro, che include Veo 3 Fast.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Hailuo 02 não exige mais assinatura",
        "A MiniMax abriu seu modelo de vídeo para contas gratuitas, com clipes diários limitados.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Pika adds a $5 student plan",
        "The AI video generator's new Student tier costs $5 a month with a verified university email.",
        "en",
        "pricing",
    ),
]


# Sign-ups closed, a missed date, an end and a repricing; the guards are told in words both trees read.
SIGNUPS_SLIPS_AND_ENDS = [
    # both trees
    (
        "Hailuo stops accepting new users for its video model",
        "MiniMax said demand for Hailuo 02 outstripped its GPUs, so new accounts are on hold.",
        "en",
        "waitlist",
    ),
    (
        "Kling closes its 2.5 model to new sign-ups",
        "Kuaishou said only existing subscribers can use Kling 2.5 while it adds capacity.",
        "en",
        "waitlist",
    ),
    (
        "Veo 3 API available by application only",
        "Google said developers must apply and be approved before they can call Veo 3 on Vertex AI.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Google misses its own Veo 4 deadline",
        "The video model Google promised for the summer is still not out, and the company gave no new date.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Kling 3.0 release date moved to March",
        "Kuaishou said its next video model will arrive in March instead of January.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Hailuo's video-01 goes offline for good",
        "MiniMax switched off its first video model on Friday and moved users to Hailuo 02.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Runway reprices Gen-4 Turbo credits",
        "Runway said a Gen-4 Turbo second now costs 5 credits instead of 10.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "MiniMax ne prend plus de nouveaux utilisateurs pour Hailuo 02",
        "Les nouvelles inscriptions au modèle vidéo sont suspendues faute de capacité de calcul.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Kling 3.0 glisse à 2027",
        "Kuaishou repousse la sortie de son prochain modèle vidéo à l'an prochain.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Google rate l'échéance de Veo 4",
        "Le modèle vidéo promis pour l'été n'est toujours pas sorti.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "MiniMax nimmt keine neuen Hailuo-Nutzer mehr auf",
        "Wegen fehlender Rechenkapazität sind Neuanmeldungen für das Videomodell gestoppt.",
        "de",
        "waitlist",
    ),
    # both trees
    (
        "Kling 3.0 kommt erst 2027",
        "Kuaishou hat den Start seines nächsten Videomodells ins kommende Jahr verschoben.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Hailuo video-01 smetterà di funzionare a giugno",
        "MiniMax spegnerà il suo primo modello video e sposterà gli utenti su Hailuo 02.",
        "it",
        "shutdown",
    ),
    # both trees
    (
        "Hailuo video-01 vai deixar de funcionar em junho",
        "A MiniMax vai desligar seu primeiro modelo de vídeo e migrar os usuários para o Hailuo 02.",
        "pt",
        "shutdown",
    ),
    # both trees
    (
        "Kling 3.0 segue sem data de lançamento",
        "A Kuaishou adiou mais uma vez o próximo modelo de vídeo, sem dar nova data.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Hailuo 03 entra em beta aberta",
        "A MiniMax liberou hoje para todos a versão beta do seu novo modelo de vídeo.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Say hello to Hailuo 03",
        "MiniMax's newest video model generates 1080p clips with sound and is out today.",
        "en",
        "launch",
    ),
]


# The same words in other senses: a guide, a question, a user count, a complaint.
GUARDS_STOP_47 = [
    # both trees
    (
        "Les abonnés Plus ont désormais accès à moins de vidéos Sora",
        "OpenAI réduit le nombre de générations quotidiennes de Sora pour les abonnés Plus.",
        "fr",
        None,
    ),
    # both trees
    (
        "How to use Veo 3 without a subscription",
        "Google's video model normally needs an AI Pro plan, but there are a few ways to try it for free. Here's what works.",
        "en",
        None,
    ),
    # both trees
    (
        "Can you use Sora without a subscription?",
        "Sora requires a ChatGPT Plus or Pro plan for most users. We explain the options.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora users now get a feed full of cameos, and they hate it",
        "Since the Sora 2 launch, users complain that their feed is flooded with videos of the same creators.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 fake apps promise access without a subscription",
        "Security researchers warn of Android apps that claim to offer Google's Veo 3 for free and steal credentials.",
        "en",
        None,
    ),
    # both trees
    (
        "Comment utiliser Veo 3 sans abonnement",
        "Le modèle vidéo de Google demande normalement l'offre AI Pro, mais il existe quelques astuces.",
        "fr",
        None,
    ),
    # both trees
    (
        "So nutzen Sie Veo 3 ohne Abo",
        "Googles Videomodell verlangt eigentlich ein AI-Pro-Abo, doch es gibt Umwege.",
        "de",
        None,
    ),
    # both trees
    (
        "Cómo usar Veo 3 sin suscripción",
        "El modelo de vídeo de Google requiere el plan AI Pro, pero hay algunos trucos.",
        "es",
        None,
    ),
    # both trees
    (
        "Come usare Veo 3 senza abbonamento",
        "Il modello video di Google richiede il piano AI Pro, ma ci sono alcuni trucchi.",
        "it",
        None,
    ),
    # both trees
    (
        "Como usar o Veo 3 sem assinatura",
        "O modelo de vídeo do Google exige o plano AI Pro, mas há alguns truques.",
        "pt",
        None,
    ),
    # both trees
    (
        "Good news for Android users: Sora is finally here",
        "The Sora app, which launched on iPhone in September, can now be downloaded from Google Play in the US, Canada, Japan and Korea.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 reaches Android as GPUs get pricier by the month",
        "OpenAI today released the Sora app on Android in the US and Canada.",
        "en",
        "availability",
    ),
]


# Items two reviewers wrote against the round's drafts: each broke a draft (a hype wave reaching a region, a person joining a host, an outage, a contest deadline); all hold on both trees.
REVIEW_GUARDS_STOP_47 = [
    # both trees
    (
        "Say hello to the uncanny valley: Veo 3 clips are flooding my feed",
        "Opinion: Google's video model is impressive, but the endless AI slop on YouTube Shorts is wearing me down.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 enters public preview on Vertex AI",
        "Google Cloud customers can now try Veo 3 in public preview on Vertex AI, the company said.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kuaishou enters the Brazilian market with food delivery as Kling revenue grows",
        "Kuaishou, the company behind Kling AI, is entering the Brazilian market with a food-delivery app, it said in its earnings release.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora clips rolling into TikTok feeds raise misinformation fears",
        "AI-generated videos from OpenAI's Sora are rolling into TikTok feeds by the thousands, fact-checkers say.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora videos made it onto TikTok within hours of launch",
        "Clips created in OpenAI's app made it onto TikTok, where watermarks were cropped, an analysis found.",
        "en",
        None,
    ),
    # both trees
    (
        "AI video is finally in enterprise workflows, survey shows",
        "A survey of marketers found 40% use Runway, Veo or Sora in production, up from 12% last year.",
        "en",
        None,
    ),
    # both trees
    (
        "This prompt hack now works on Android too: get better Sora cameos",
        "A guide to the prompt tricks Sora users swear by, now that the app is on Android.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo lead joins Krea to build video tools",
        "A Google DeepMind engineer who worked on Veo has joined Krea, the creative AI startup.",
        "en",
        None,
    ),
    # both trees
    (
        "Unofficial Sora Discord closed to new members after spam attack",
        "An unofficial fan community for OpenAI's Sora has closed to new members after bots flooded it.",
        "en",
        None,
    ),
    # both trees
    (
        "Kuaishou shares repriced as Kling revenue beats estimates",
        "Kuaishou stock jumped after the company said its Kling AI video generator brought in more revenue than expected.",
        "en",
        None,
    ),
    # both trees
    (
        "No lawsuits in the US yet over Veo 3 deepfakes, lawyers note",
        "Legal experts say no one has yet sued Google over Veo 3 clips, though complaints are mounting.",
        "en",
        None,
    ),
    # both trees
    (
        "The AI video startup that went dark for good: lessons from Genmo",
        "A retrospective on how a Runway rival ran out of money and what others can learn.",
        "en",
        None,
    ),
    # both trees
    (
        "The AI video gold rush rolls into India",
        "Startups building on Kling, Veo and Sora are multiplying in Bengaluru, investors say.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora's Discord server, once buzzing, closed to new users last year",
        "A retrospective on the community around OpenAI's Sora, from the first demos to the app.",
        "en",
        None,
    ),
    # both trees
    (
        "Don't miss the deadline: Sora creator grants close Friday",
        "OpenAI's Sora fund for artists is taking applications until Friday, the company said.",
        "en",
        None,
    ),
    # both trees
    (
        "Say hello to Kling in CapCut",
        "CapCut has added Kuaishou's Kling 2.1 model, letting users create AI video inside the editor.",
        "en",
        "availability",
    ),
    # both trees
    (
        "How Sora made it to Android so fast: an engineering blog",
        "OpenAI engineers explain how they built the Sora Android app in 28 days using Codex.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling conquiert la Chine: 30 millions d'utilisateurs",
        "Le générateur vidéo de Kuaishou revendique désormais 30 millions d'utilisateurs dans son pays d'origine, un record.",
        "fr",
        None,
    ),
    # both trees
    (
        "Le cinéma d'animation chinois s'exporte en France grâce à Kling",
        "Un court-métrage réalisé avec le générateur de Kuaishou sera projeté au festival d'Annecy.",
        "fr",
        None,
    ),
    # both trees
    (
        "Le marché de la vidéo IA glisse en 2025 vers les outils professionnels",
        "Selon un rapport d'analystes, les studios délaissent les applications grand public comme Sora pour Runway et Veo.",
        "fr",
        None,
    ),
    # both trees
    (
        "L'engouement pour Kling atteint les pays du Golfe",
        "Influenceurs et agences de Dubaï adoptent massivement le générateur de Kuaishou, selon un cabinet d'études.",
        "fr",
        None,
    ),
    # both trees
    (
        "Le vieux Dream Machine s'arrête définitivement de répondre: bug ou fermeture?",
        "Des utilisateurs signalent que l'ancienne version de Luma ne fonctionne plus; l'entreprise parle d'un incident.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora-Hype erreicht Europa – obwohl die App hier nicht verfügbar ist",
        "Viele Nutzer umgehen die Sperre per VPN, um OpenAIs Video-App auszuprobieren.",
        "de",
        None,
    ),
    # both trees
    (
        "Kling erreicht die USA-Charts: Platz 1 im App Store",
        "Die Video-App von Kuaishou ist in den amerikanischen Download-Charts an die Spitze geklettert.",
        "de",
        None,
    ),
    # both trees
    (
        "Kling ahora ofrece vídeos de tres minutos",
        "Kuaishou amplía la duración máxima de los clips generados con su modelo, que antes se limitaban a dos minutos.",
        "es",
        None,
    ),
    # both trees
    (
        "El informe sobre Sora ya es accesible en la web del Parlamento Europeo",
        "Los eurodiputados publican su análisis sobre los riesgos de las apps de vídeo generativo.",
        "es",
        None,
    ),
    # both trees
    (
        "Por fin a España llega la regulación de vídeos IA",
        "El Congreso aprueba la ley que obliga a etiquetar contenidos de Sora, Veo y similares.",
        "es",
        None,
    ),
    # both trees
    (
        "YouTube include anche video generati con Veo nelle raccomandazioni",
        "Secondo uno studio, l'algoritmo spinge sempre più clip creati con l'IA di Google.",
        "it",
        None,
    ),
    # both trees
    (
        "L'app di Kling smetterà di funzionare sui vecchi iPhone",
        "Kuaishou richiederà iOS 17 a partire dal prossimo aggiornamento del generatore video.",
        "it",
        None,
    ),
    # both trees
    (
        "Gemini offre anche la generazione di immagini, ma Veo resta bloccato in Italia",
        "Google non ha ancora comunicato una data per il modello video nell'Unione europea.",
        "it",
        None,
    ),
    # both trees
    (
        "O relatório sobre o Sora já está acessível na web",
        "O documento do Ministério Público detalha os riscos dos vídeos falsos gerados pelo app da OpenAI.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kling passa a oferecer vídeos de três minutos",
        "A Kuaishou ampliou a duração máxima dos clipes gerados pelo modelo.",
        "pt",
        None,
    ),
    # both trees
    (
        "App do Kling vai deixar de funcionar em iPhones antigos",
        "A Kuaishou passará a exigir o iOS 17 na próxima atualização.",
        "pt",
        None,
    ),
    # both trees
    (
        "Meu Sora deixou de funcionar: veja como resolver",
        "Guia com soluções para erros comuns no app de vídeo da OpenAI.",
        "pt",
        None,
    ),
    # both trees
    (
        "Le savoir-faire de Kling s'exporte aux États-Unis: Kuaishou rachète un studio",
        "Le groupe chinois met la main sur une société de post-production de Los Angeles.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 erreicht Platz eins im App Store, Kling erreicht Europa-Charts",
        "Beide Video-Apps steigen in den Download-Ranglisten weiter auf.",
        "de",
        None,
    ),
    # both trees
    (
        "YouTube ofrece ahora menos visibilidad a los vídeos de IA",
        "La plataforma de Google penaliza los Shorts masivos generados con Veo, según creadores.",
        "es",
        None,
    ),
]


# Something else that reaches a place, a place that goes on into a ranking, an office opened, a person joining a host: no arrival. (A reading of "<product> reaches <place>" as an arrival was tried at this stop and dropped after review.)
REACHING_WORDS = [
    # both trees
    (
        "La polémique autour de Sora gagne l'Europe",
        "Après les États-Unis, des syndicats d'acteurs européens dénoncent à leur tour les deepfakes produits avec l'application d'OpenAI.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora-Hype erreicht Europa",
        "Auch hierzulande teilen Nutzer massenhaft Clips aus OpenAIs Video-App, die offiziell noch gar nicht verfügbar ist.",
        "de",
        None,
    ),
    # both trees
    (
        "Kling si apre al Sud-Est asiatico: aperto un ufficio a Singapore",
        "Kuaishou rafforza la presenza commerciale nella regione per il suo generatore video.",
        "it",
        None,
    ),
    # both trees
    (
        "Former Sora researcher joins Hugging Face",
        "The engineer, who worked on OpenAI's video model, will lead a new video team at the AI platform.",
        "en",
        None,
    ),
]


# "No, ..." over a negation answers a rumour (fact_check genre); a headline that tells a change after it does not.
ANSWERED_RUMOURS = [
    (
        "No, Kling 3.0 has not been released",
        'Screenshots of a "Kling 3.0" model circulating on X are fake, Kuaishou told us; its latest model is still 2.5 Turbo.',
        "en",
        None,
    ),
    (
        "Non, Kling 3.0 n'est pas encore sorti",
        "Les captures d'écran d'un prétendu Kling 3.0 qui circulent sur X sont fausses, selon Kuaishou.",
        "fr",
        None,
    ),
    (
        "Nein, Kling 3.0 ist noch nicht erschienen",
        "Die Screenshots eines angeblichen Kling 3.0 auf X sind gefälscht, sagt Kuaishou.",
        "de",
        None,
    ),
    (
        "No, Kling 3.0 no se ha lanzado",
        "Las capturas de un supuesto Kling 3.0 que circulan en X son falsas, según Kuaishou.",
        "es",
        None,
    ),
    (
        "Não, o Kling 3.0 ainda não foi lançado",
        "As capturas de tela de um suposto Kling 3.0 que circulam no X são falsas, diz a Kuaishou.",
        "pt",
        None,
    ),
    (
        "No, Kling 3.0 non è stato rilasciato",
        "Le schermate di un presunto Kling 3.0 che circolano su X sono false, secondo Kuaishou.",
        "it",
        None,
    ),
    # both trees
    (
        "No, OpenAI isn't shutting down Sora",
        "A viral post claiming the Sora app will close next month is false, an OpenAI spokesperson said.",
        "en",
        None,
    ),
    # both trees
    (
        "No, you don't need a subscription for Veo 3 anymore",
        "Google opened Veo 3 Fast to free Gemini accounts today, with three clips a month.",
        "en",
        "availability",
    ),
    # both trees
    (
        "No Sora for Europe at launch",
        "OpenAI said its video app will not be offered in the EU or the UK when it opens on Monday.",
        "en",
        "delay",
    ),
    # both trees
    (
        "No more Sora: OpenAI closes the app on April 26",
        "OpenAI said the Sora app and website will shut down next month.",
        "en",
        "shutdown",
    ),
]


# First impressions are a review in every language; a research word beside a release told with the product as its subject does not sink it; an appositive after a release is no demo reel.
REVIEWS_AND_RELEASES = [
    (
        "Acesso antecipado ao Veo 3: nossas primeiras impressões",
        "Testamos o modelo de vídeo do Google durante uma semana antes do lançamento no Brasil.",
        "pt",
        None,
    ),
    (
        "Acceso anticipado a Veo 3: nuestras primeras impresiones",
        "Hemos probado el modelo de vídeo de Google durante una semana.",
        "es",
        None,
    ),
    (
        "LTX-2 is out: open weights, paper and a 4K video model",
        "Lightricks released LTX-2 today, an open-weights model that generates synchronized video and audio.",
        "en",
        "launch",
    ),
    (
        "Googles Antwort auf Sora?",
        "Google hat heute Veo 4 veröffentlicht, ein Videomodell, das zweiminütige Clips mit Ton erzeugt.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Google veröffentlicht neue Demo-Clips von Veo 3",
        "Die Beispielvideos zeigen Szenen mit Dialog und Musik, erstellt mit dem Videomodell.",
        "de",
        None,
    ),
]


# Items a reviewer wrote against the second draft: news told after "No, ..." (a launch, an owner's no-plans, a price), and a product joining a list or a fight. Each broke the draft; all hold on both trees.
REVIEW_GUARDS_STOP_47_B = [
    # both trees
    (
        "No, you can't use Sora in Europe yet — OpenAI delays launch",
        "OpenAI said on Friday that Sora's European launch has been pushed back to next year pending regulatory review.",
        "en",
        "delay",
    ),
    # both trees
    (
        "No, Sora isn't dead: OpenAI launches Sora 2",
        "OpenAI on Tuesday released Sora 2, a new video and audio model, along with a social app for iOS.",
        "en",
        "launch",
    ),
    # both trees
    (
        "No, you can't just sign up: Sora 2 is invite-only",
        "OpenAI's new Sora app requires an invite code; the company is letting people in gradually from a waitlist.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Non, Sora 2 n'arrivera pas en Europe cette année, confirme OpenAI",
        "OpenAI a indiqué qu'il n'a pas de calendrier pour lancer l'application Sora dans l'UE avant 2026.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Non, Sora n'est pas mort : OpenAI lance Sora 2",
        "OpenAI a dévoilé mardi Sora 2, un nouveau modèle vidéo et audio, accompagné d'une application sociale.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Nein, Sora ist nicht tot: OpenAI stellt Sora 2 vor",
        "OpenAI hat am Dienstag Sora 2 veröffentlicht, ein neues Video- und Audiomodell samt Social-App.",
        "de",
        "launch",
    ),
    # both trees
    (
        "No, Sora no ha muerto: OpenAI lanza Sora 2",
        "OpenAI presentó el martes Sora 2, un nuevo modelo de vídeo y audio junto con una app social.",
        "es",
        "launch",
    ),
    # both trees
    (
        "No, Sora 2 non arriverà in Italia quest'anno, conferma OpenAI",
        "OpenAI ha detto di non avere una data per il lancio dell'app Sora nell'Unione europea prima del 2026.",
        "it",
        "delay",
    ),
    # both trees
    (
        "Não, o Sora 2 não chega ao Brasil este ano, confirma OpenAI",
        "A OpenAI disse que não tem data para lançar o app Sora no Brasil antes de 2026.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Não, o Veo 3 ainda não está disponível em Portugal: Google adia lançamento",
        "O Google adiou por semanas a liberação do Veo 3 na Europa, disse um porta-voz.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "No, you can't get Sora on Android yet, but pre-registration is open",
        "OpenAI opened pre-registration for the Sora Android app on Google Play ahead of its launch.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Nein, Veo 3 ist nicht kostenlos: Google führt Credits ein",
        "Google berechnet Veo-3-Generierungen künftig über ein Kontingent hinaus mit Credits.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "No, Veo 3 non è gratis: Google introduce i crediti",
        "Google farà pagare le generazioni Veo 3 oltre una soglia mensile con un sistema di crediti.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Sora joins TikTok, Instagram in deepfake labelling pact",
        "OpenAI has signed the industry accord on labelling AI-generated video, alongside TikTok and Meta.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI's Sora enters Europe: EU regulators open probe",
        "European regulators have opened an inquiry into OpenAI's Sora over deepfake risks, weeks after its EU debut.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora joins Gemini, ChatGPT in school ban",
        "A US school district has blocked OpenAI's Sora, Google's Gemini and ChatGPT on student devices.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 erobert TikTok: Fake-Clips überall",
        "Mit Googles Veo 3 erstellte Videos überschwemmen TikTok, viele Nutzer halten sie für echt.",
        "de",
        None,
    ),
    # both trees
    (
        "Kling AI expandiert nach Europa mit Büro in Berlin",
        "Kuaishou eröffnet für Kling AI ein Büro in Berlin und sucht Mitarbeiter für den Vertrieb.",
        "de",
        None,
    ),
    # both trees
    (
        "Midjourney V1 erobert Instagram",
        "Mit Midjourneys neuem Videomodell erstellte Clips gehen auf Instagram viral.",
        "de",
        None,
    ),
    # both trees
    (
        "Veo 3 se une a YouTube, TikTok e Instagram en el boom de vídeos falsos",
        "Las plataformas se llenan de clips creados con Veo 3 de Google, según un informe de NewsGuard.",
        "es",
        None,
    ),
    # both trees
    (
        "Veo 3 entra no TikTok: enxurrada de vídeos falsos",
        "Clipes criados com o Veo 3 do Google invadem o TikTok, onde falsas reportagens somam milhões de visualizações.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kling erobert Europa: 10 Millionen Nutzer",
        "Kuaishou meldet zehn Millionen Nutzer von Kling AI in Europa.",
        "de",
        None,
    ),
]


# An interview, or someone talking about a past launch, is no report of it; news named with an
# interview still is, and a release the lede calls the owner's best yet is a launch where offered.
INTERVIEWS_AND_LOOKING_BACK = [
    (
        "Interview with Runway's CEO",
        "Cristóbal Valenzuela talks about the launch of Gen-4 and the company's ambitions in Hollywood.",
        "en",
        None,
    ),
    (
        "Entretien avec le PDG de Runway",
        "Cristóbal Valenzuela revient sur le lancement de Gen-4 et les ambitions de l'entreprise à Hollywood.",
        "fr",
        None,
    ),
    # both trees
    (
        "Interview mit dem Runway-Chef",
        "Cristóbal Valenzuela spricht über den Start von Gen-4 und die Pläne des Unternehmens in Hollywood.",
        "de",
        None,
    ),
    (
        "Entrevista con el CEO de Runway",
        "Cristóbal Valenzuela habla del lanzamiento de Gen-4 y de las ambiciones de la empresa en Hollywood.",
        "es",
        None,
    ),
    (
        "Intervista al CEO di Runway",
        "Cristóbal Valenzuela parla del lancio di Gen-4 e delle ambizioni dell'azienda a Hollywood.",
        "it",
        None,
    ),
    (
        "Entrevista com o CEO da Runway",
        "Cristóbal Valenzuela fala sobre o lançamento do Gen-4 e as ambições da empresa em Hollywood.",
        "pt",
        None,
    ),
    (
        "Les coulisses de Veo 3 racontées par ses créateurs",
        "Dans un entretien, l'équipe de Google DeepMind revient sur le lancement du modèle vidéo en mai.",
        "fr",
        None,
    ),
    (
        "Qué cambia Sora 2 para los creadores",
        "Lanzada a finales de septiembre, la app de vídeo de OpenAI ya cambia cómo se producen vídeos cortos.",
        "es",
        None,
    ),
    (
        "Se estrena en Madrid un corto rodado con Veo 3",
        "La película de diez minutos se hizo por completo con el modelo de Google.",
        "es",
        None,
    ),
    (
        "Debutta a Roma un corto girato con Veo 3",
        "Il film di dieci minuti è stato realizzato interamente con il modello di Google.",
        "it",
        None,
    ),
    # both trees
    (
        "Interview: Runway's CEO on Gen-5, out today",
        "Runway released Gen-5 this morning; its chief executive explains what the new video model changes.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Q&A with Luma's founder",
        "Amit Jain looks back on the launch of Dream Machine and what comes next.",
        "en",
        None,
    ),
    (
        "Gen-4.5 is available for paid subscribers",
        "Runway launched Gen-4.5 on Monday, its most advanced video model to date.",
        "en",
        "launch",
    ),
    (
        "Gen-4.5 est disponible pour les abonnés payants",
        "Runway a lancé lundi Gen-4.5, son modèle vidéo le plus avancé à ce jour.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Gen-4.5 ist für zahlende Abonnenten verfügbar",
        "Runway hat am Montag Gen-4.5 vorgestellt, sein bisher leistungsstärkstes Videomodell.",
        "de",
        "launch",
    ),
    (
        "Gen-4.5 ya está disponible para suscriptores de pago",
        "Runway lanzó el lunes Gen-4.5, su modelo de vídeo más avanzado hasta la fecha.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Gen-4.5 è disponibile per gli abbonati paganti",
        "Runway ha lanciato lunedì Gen-4.5, il suo modello video più avanzato di sempre.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Gen-4.5 está disponível para assinantes pagos",
        "A Runway lançou na segunda-feira o Gen-4.5, seu modelo de vídeo mais avançado até hoje.",
        "pt",
        "launch",
    ),
]


# Items a reviewer wrote against the third draft: an interview named as a source, a launch shown in an interview, videos made with a model arriving in an app, a release dated this week. Each broke the draft; all hold on both trees.
REVIEW_GUARDS_STOP_47_C = [
    # both trees
    (
        "Runway baisse ses prix, annonce son PDG dans une interview de BFM Business",
        "Runway a réduit ce lundi le prix de son offre Standard à 10 dollars par mois.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Runway taglia i prezzi, dice il CEO a colloquio con il Corriere",
        "Runway ha ridotto lunedì il prezzo del piano Standard a 10 dollari al mese.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Arrivano in Gemini i video creati con Veo 3 anche in Italia",
        "Google ha abilitato da oggi la generazione di video con Veo 3 per gli abbonati Gemini Advanced in Italia.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Runway raises prices, CEO says in interview with The Information",
        "Runway's Standard plan will cost $15 a month from Monday, up from $12, chief executive Cristóbal Valenzuela said.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google zeigt Veo 4 im Interview mit der FAZ",
        "Das neue Google-Modell erzeugt einminütige Videos mit synchronen Dialogen.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Arrivano su Gemini i video fatti con Veo 3 per tutti",
        "Da mercoledì tutti gli abbonati Gemini possono creare video di otto secondi con audio.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Runway unveils Gen-5 in fireside chat at Tribeca",
        "The new model generates two-minute scenes with consistent characters, chief executive Cristóbal Valenzuela said on stage.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway dévoile Gen-5 lors d'un entretien avec France Inter",
        "Le nouveau modèle de Runway génère des scènes de deux minutes avec des personnages cohérents.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway präsentiert Gen-5 im Interview mit dem Spiegel",
        "Das neue Modell von Runway erzeugt zweiminütige Szenen mit konsistenten Figuren.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Arrivano in Italia i video generati con Veo 3 su YouTube Shorts",
        "Da oggi i creator italiani possono generare clip con Veo 3 direttamente nell'app di YouTube.",
        "it",
        "availability",
    ),
]


ROWS, IDS = table_rows(
    {
        "arrival words": ARRIVAL_WORDS,
        "access without a subscription": WITHOUT_A_SUBSCRIPTION,
        "sign-ups, slips and ends": SIGNUPS_SLIPS_AND_ENDS,
        "guards": GUARDS_STOP_47,
        "stop 47 review guards": REVIEW_GUARDS_STOP_47,
        "reaching words": REACHING_WORDS,
        "answered rumours": ANSWERED_RUMOURS,
        "reviews and releases": REVIEWS_AND_RELEASES,
        "stop 47 review guards, second round": REVIEW_GUARDS_STOP_47_B,
        "interviews and looking back": INTERVIEWS_AND_LOOKING_BACK,
        "stop 47 review guards, third round": REVIEW_GUARDS_STOP_47_C,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_round_twenty_eight(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table

"""Issue #12, round twenty-eight (stop 47): access words a phrase grid found missing, kept
only where two reviewers could not turn them against other senses.

- A model no longer needing a subscription, reachable without one, or free for a group
  (students, teachers) is an access change (§1b: availability), not a price; a plan sold to
  a group at a price still is one.
- Sign-ups stopped or closed "to new users", API access "by application only", a missed
  release date, a release date moved, a product "not for Europe yet", and plans repriced
  are told in the lexicons' words now.
- The reviewers' items are kept as guards: a hype wave "reaching" a region, a person joining a
  host, an outage that makes something "stop working", a contest deadline, a Discord closed to
  new members. Each broke a draft phrase, which was narrowed or dropped.

Every headline and summary here was written for these tests: none is taken or paraphrased from
a labelled corpus item. Rows not marked "both trees" failed on the tree before this round
(stop 46's); the rows marked "both trees" are guards.
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


ROWS, IDS = table_rows(
    {
        "arrival words": ARRIVAL_WORDS,
        "access without a subscription": WITHOUT_A_SUBSCRIPTION,
        "sign-ups, slips and ends": SIGNUPS_SLIPS_AND_ENDS,
        "guards": GUARDS_STOP_47,
        "stop 47 review guards": REVIEW_GUARDS_STOP_47,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_access_words(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table

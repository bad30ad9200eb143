"""Issue #12, round thirty-three (stop 52): an existing product opened to more people, general
availability, prices as details of an arrival, and invite-code hunters.

- "Opens <product> to everyone" in French, Spanish, Italian, Portuguese and German ("ouvre
  Veo 3 à tous", "abre Sora 2 a todo el mundo", "apre … a tutti", "öffnet … für alle", "für
  alle verfügbar") is an arrival, as in English ("libera … para todos" is left out: an open
  beta's launch reads so). Opening a programme, a fund, an academy or a course to all is a
  venture, not an arrival.
- A release verb that puts a product on the free plan ("lance Gen-4.5 dans son offre
  gratuite", "libera Gen-4.5 no plano gratuito", "rilascia … nel piano gratuito", "bringt … in
  den kostenlosen Tarif", "releases … on the free plan") is an arrival at a tier. Basic plans
  and "premieres on the free plan" are left out: a review found price news and new versions
  there.
- Announcing general availability, "now generally available" and leaving preview are arrivals
  in all six languages (§1b: a new access tier); a model launched straight into general
  availability stays a launch.
- "With pay-as-you-go pricing", "with pricing of/from $X" after an arrival or a release is a
  detail of it, not pricing news.
- People begging or hunting for invite codes are a third party; with a headline where others
  trade or hunt invite codes, the lede's access words are not the owner's event.
- "Our verdict", "ce qu'on en pense", "o que achei" and their kin are reviews.
- A headline of a product and a place, then a how-to line ("Sora 2 sur Android : mode
  d'emploi", "Veo 3 in Gemini: how to use it today"), over a lede whose first sentence names
  the product and reports its release or arrival with today's day and no date, is news with a
  service tail. An undated or dated lede ("depuis le 3 juillet", "updated on Tuesday", "every
  Tuesday", "un mardi de novembre", an anniversary, "last week"), a lede about somebody's bot
  or tool that uses the product, or one that takes the place back ("but not in the EU") keeps
  the guide evergreen.
- An open or public beta ("beta aberta", "beta abierta", "beta aperta", "offene Beta", "bêta
  ouverte") is a first public release, a launch, as "open beta" is in English.
- A lede-based rule ("until now only on paid plans" under a release verb makes it an arrival)
  was tried twice and dropped: the reviews found new models whose lede's "until now" or "was
  already available" is about a feature, a predecessor, the company or a rival (17 broken,
  then 58 of 115 with a narrower version). Its rows here are guards.

Every headline and summary here was written for these tests (by this round's probes and by three
helper reviewers who attacked the drafts): none is taken or paraphrased from a labelled corpus
item. Rows not marked "both trees" failed on stop 51's tree; the rows marked "both trees" are
guards.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

AN_EXISTING_PRODUCT_OPENED_TO_EVERYONE = [
    # both trees
    ("Runway opens Gen-4.5 to everyone", "", "en", "availability"),
    # both trees
    ("Runway makes Gen-4.5 free for all", "", "en", "availability"),
    ("Runway ouvre Gen-4.5 à tous", "", "fr", "availability"),
    # both trees
    ("Runway libera Gen-4.5 para usuários gratuitos", "", "pt", "availability"),
    ("Runway libera Gen-4.5 no plano gratuito", "", "pt", "availability"),
    ("Runway apre Gen-4.5 a tutti", "", "it", "availability"),
    # both trees
    ("Runway releases Gen-5", "The model generates 4K clips.", "en", "launch"),
    # both trees
    ("Runway libera Gen-5", "O novo modelo gera clipes em 4K.", "pt", "launch"),
    # both trees
    ("Veo 3 now available to everyone", "", "en", "availability"),
    # both trees
    ("Google opens Veo 3 to everyone", "", "en", "availability"),
    ("Google ouvre Veo 3 à tous", "", "fr", "availability"),
    # both trees
    ("Veo 3 désormais accessible à tous", "", "fr", "availability"),
    # both trees
    ("Veo 3 est désormais ouvert à tous", "", "fr", "availability"),
    # both trees
    ("Google ouvre Veo 3 à tous les utilisateurs", "", "fr", "availability"),
    ("Google apre Veo 3 a tutti", "", "it", "availability"),
    # both trees
    ("Veo 3 ora disponibile per tutti", "", "it", "availability"),
    ("Google abre Veo 3 a todos", "", "es", "availability"),
    # both trees
    ("Veo 3 ya está disponible para todos", "", "es", "availability"),
    ("Google abre o Veo 3 para todos", "", "pt", "availability"),
    ("Google öffnet Veo 3 für alle", "", "de", "availability"),
    ("Veo 3 jetzt für alle verfügbar", "", "de", "availability"),
]

A_PRODUCT_PUT_ON_THE_FREE_PLAN = [
    ("Runway libera Gen-4.5 na versão gratuita", "", "pt", "availability"),
    # both trees
    ("Gen-4.5 da Runway chega ao plano gratuito", "", "pt", "availability"),
    ("Runway coloca Gen-4.5 no plano grátis", "", "pt", "availability"),
    ("Runway libera Gen-4.5 en el plan gratuito", "", "es", "availability"),
    # both trees
    ("Gen-4.5 de Runway llega al plan gratuito", "", "es", "availability"),
    ("Runway lanza Gen-4.5 en su plan gratuito", "", "es", "availability"),
    ("Runway lance Gen-4.5 dans son offre gratuite", "", "fr", "availability"),
    # both trees
    ("Gen-4.5 de Runway arrive dans l'offre gratuite", "", "fr", "availability"),
    ("Runway ajoute Gen-4.5 à son forfait gratuit", "", "fr", "availability"),
    ("Runway rilascia Gen-4.5 nel piano gratuito", "", "it", "availability"),
    # both trees
    ("Gen-4.5 di Runway arriva nel piano gratuito", "", "it", "availability"),
    ("Runway bringt Gen-4.5 in den kostenlosen Tarif", "", "de", "availability"),
    # both trees
    ("Gen-4.5 von Runway jetzt auch im Gratis-Tarif", "", "de", "availability"),
    # both trees
    ("Runway brings Gen-4.5 to its free plan", "", "en", "availability"),
    # both trees
    ("Runway adds Gen-4.5 to the free tier", "", "en", "availability"),
    # both trees
    ("Gen-4.5 comes to Runway's free plan", "", "en", "availability"),
    ("Runway releases Gen-4.5 on the free plan", "", "en", "availability"),
]

A_RELEASE_AFTER_UNTIL_NOW__RULE_DROPPED = [
    # both trees
    (
        "Runway releases Gen-4 to free users",
        "Until now, Gen-4 was only available on paid plans.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora ships on Android",
        "OpenAI's app, until now exclusive to the iPhone, is on Google Play from today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway unlocks Gen-4.5 for free accounts",
        "Free users get Gen-4.5, which until now was restricted to paid plans.",
        "en",
        "availability",
    ),
    (
        "Runway libera Gen-4.5 no plano gratuito",
        "Quem usa a Runway sem assinatura passa a ter acesso ao Gen-4.5, até então restrito aos planos pagos.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Kling AI lança app no Brasil",
        "A Kuaishou disponibilizou o aplicativo Kling AI na App Store no Brasil. Antes, os usuários brasileiros só podiam gerar vídeos pelo site.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Runway lanza Gen-4.5 para usuarios gratuitos",
        "Hasta ahora, Gen-4.5 solo estaba disponible en los planes de pago.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Runway gibt Gen-4.5 für alle frei",
        "Das Modell war bisher nur für zahlende Abonnenten verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Runway releases Gen-5",
        "The new model, available until now only to a few testers, is out for all paid users today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI releases Sora to the public",
        "Until now, Sora was only available to red teamers and a few artists.",
        "en",
        "launch",
    ),
]

GENERAL_AVAILABILITY_AND_LEAVING_PREVIEW = [
    # both trees
    (
        "Veo 3 is generally available",
        "Veo 3 and Veo 3 Fast are now generally available on Vertex AI for all Google Cloud customers.",
        "en",
        "availability",
    ),
    (
        "Announcing general availability of Veo 3 on Vertex AI",
        "Today we're announcing that Veo 3 is generally available to all Vertex AI customers.",
        "en",
        "availability",
    ),
    # both trees
    ("Veo 3 GA", "Veo 3 is now GA in Vertex AI.", "en", "availability"),
    (
        "Nova Reel 1.1 now generally available",
        "Amazon Nova Reel 1.1 is now generally available in Amazon Bedrock in the US East region.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 is now generally available in Azure AI Foundry",
        "Microsoft customers can use Sora 2 in Azure AI Foundry.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3.1 moves out of preview",
        "Google's Veo 3.1 is now stable in the Gemini API.",
        "en",
        "availability",
    ),
    # both trees
    ("Veo 3 exits preview", "Veo 3 is now generally available in the Gemini API.", "en", "availability"),
    # both trees
    (
        "Veo 3 est désormais disponible en disponibilité générale sur Vertex AI",
        "Google Cloud annonce la disponibilité générale de Veo 3.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 sort de la préversion",
        "Le modèle est désormais en disponibilité générale dans l'API Gemini.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 ist jetzt allgemein verfügbar",
        "Google hat Veo 3 in Vertex AI für alle Kunden freigegeben.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Veo 3 ya está disponible de forma general en Vertex AI",
        "Google anunció la disponibilidad general de Veo 3.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3 è ora disponibile in generale su Vertex AI",
        "Google ha annunciato la disponibilità generale di Veo 3.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Veo 3 agora está disponível para todos no Vertex AI",
        "O Google anunciou a disponibilidade geral do Veo 3.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Google launches Veo 3 Fast in preview",
        "Veo 3 Fast, a new faster model, is available in preview on Vertex AI today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Veo 3.1 preview now available in the Gemini API",
        "Google today released Veo 3.1, its newest video model, in paid preview.",
        "en",
        "launch",
    ),
    (
        "Google announces general availability of Veo 3.1",
        "Veo 3.1 is ready for production use in the Gemini API.",
        "en",
        "availability",
    ),
    # both trees
    ("Veo 3 exits preview", "The model can now be used in production.", "en", "availability"),
    # both trees
    ("Veo 3.1 leaves preview in the Gemini API", "", "en", "availability"),
    # both trees
    ("Sora 2 API out of preview", "OpenAI removed the preview label.", "en", "availability"),
    # both trees
    (
        "Veo 3 sort de la préversion",
        "Le modèle peut désormais être utilisé en production.",
        "fr",
        "availability",
    ),
    ("Google annonce la disponibilité générale de Veo 3.1", "", "fr", "availability"),
    ("Veo 3.1 désormais en disponibilité générale", "", "fr", "availability"),
    # both trees
    ("Veo 3.1 verlässt die Vorschau", "", "de", "availability"),
    ("Google kündigt die allgemeine Verfügbarkeit von Veo 3.1 an", "", "de", "availability"),
    ("Veo 3.1 sale de la versión preliminar", "", "es", "availability"),
    ("Google anuncia la disponibilidad general de Veo 3.1", "", "es", "availability"),
    # both trees
    ("Veo 3.1 esce dall'anteprima", "", "it", "availability"),
    ("Google annuncia la disponibilità generale di Veo 3.1", "", "it", "availability"),
    # both trees
    ("Veo 3.1 sai da prévia", "", "pt", "availability"),
    ("Google anuncia a disponibilidade geral do Veo 3.1", "", "pt", "availability"),
    # both trees
    (
        "Google launches Veo 4, generally available today",
        "Veo 4 is Google's newest video model.",
        "en",
        "launch",
    ),
    # both trees
    ("Amazon pushes Nova Reel 2 general availability to Q2", "", "en", "delay"),
    # both trees
    (
        "Amazon Nova Premier now generally available in Bedrock",
        "The text model is available in more regions.",
        "en",
        None,
    ),
]

A_PRICE_AS_A_DETAIL_OF_AN_ARRIVAL = [
    # both trees
    (
        "OpenAI opens Sora 2 API to all developers at $0.10 per second",
        "OpenAI said on Tuesday that Sora 2 is now available to every developer through its API, priced at $0.10 per second of video.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 now available in the API, priced at $0.10 per second",
        "OpenAI today made Sora 2 available through its API. Pricing starts at $0.10 per second.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 Fast comes to the Gemini API at $0.40 per second",
        "Developers can now use Veo 3 Fast in the Gemini API and AI Studio, Google announced today, at $0.40 per second with audio.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google cuts Veo 3 prices as it reaches general availability",
        "Google is cutting the price of Veo 3 in the Gemini API by half, the company said, as the model becomes generally available.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway Gen-4 Turbo is now available via API for $0.05 per second",
        "Runway said its Gen-4 Turbo model can now be accessed through the Runway API, costing five credits per second.",
        "en",
        "availability",
    ),
    (
        "Luma Ray2 arrives on Amazon Bedrock with pay-as-you-go pricing",
        "AWS customers can now generate videos with Luma AI's Ray2 in Amazon Bedrock, billed per second of output.",
        "en",
        "availability",
    ),
    (
        "Luma Ray2 arrives on Amazon Bedrock with pay-as-you-go pricing",
        "AWS customers can now generate videos with Luma AI's Ray2 in Amazon Bedrock.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 lands in Vertex AI with per-second pricing",
        "Google Cloud customers can now use Veo 3 in Vertex AI, billed per second.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 now generally available to developers, with new pricing",
        "Google said Veo 3 is generally available in the Gemini API starting today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway's Gen-4 is now available to free users, with credit pricing unchanged",
        "Runway opened Gen-4 to its free tier today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 rolls out to ChatGPT Plus subscribers at no extra cost",
        "OpenAI is rolling out Sora 2 to Plus users starting today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google expands Veo 3 to 150 countries, available for $19.99 a month with Google AI Pro",
        "Google's Veo 3 video model is now available in more than 150 countries for AI Pro subscribers.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 comes to YouTube Shorts for free",
        "YouTube creators can now use Veo 3 in Shorts at no cost, Google announced.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google cuts Veo 3 API price to $0.40 per second",
        "Google has lowered the price of Veo 3 in the Gemini API.",
        "en",
        "pricing",
    ),
    # both trees
    ("OpenAI raises Sora prices for Pro users", "The Sora Pro plan now costs more.", "en", "pricing"),
    # both trees
    (
        "Runway introduces new pricing plans for Gen-4",
        "Runway has unveiled new subscription tiers for its Gen-4 video model.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Sora 2 API pricing revealed: $0.10 per second",
        "OpenAI published prices for the Sora 2 API today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Amazon Nova Reel is now available in Amazon Bedrock at $0.08 per second",
        "Amazon announced general availability of Nova Reel on Bedrock today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "MiniMax Hailuo 02 now on Replicate, at $0.45 per video",
        "MiniMax's Hailuo 02 can now be run on Replicate.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 débarque dans l'API Gemini, à 0,40 dollar la seconde",
        "Google ouvre Veo 3 aux développeurs via l'API Gemini.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora 2 arrive dans l'API d'OpenAI avec une tarification à la seconde",
        "Les développeurs peuvent désormais utiliser Sora 2 via l'API.",
        "fr",
        "availability",
    ),
    ("Luma Ray2 now available on Bedrock with pay-per-use pricing", "", "en", "availability"),
    ("Kling 2.5 comes to Replicate with pay-as-you-go billing", "", "en", "availability"),
    # both trees
    ("Hailuo 02 arrives on fal with on-demand pricing", "", "en", "availability"),
    # both trees
    ("Sora 2 arrives in Azure AI Foundry with pricing from $0.10 per second", "", "en", "availability"),
    # both trees
    ("Veo 3 now in the Gemini API, with pricing starting at $0.75 per second", "", "en", "availability"),
    ("Seedance 1.0 lands on BytePlus with pricing of $0.02 per video", "", "en", "availability"),
    ("Runway launches Gen-4 Turbo API with pay-as-you-go pricing", "", "en", "launch"),
    # both trees
    ("OpenAI launches Sora 2 API with per-second pricing", "", "en", "launch"),
    # both trees
    ("Google launches Veo 3 Fast with pricing from $0.15 per second", "", "en", "launch"),
    # both trees
    ("Runway moves Gen-4 to pay-as-you-go pricing", "", "en", "pricing"),
    # both trees
    ("OpenAI switches Sora API to pay-per-use pricing", "", "en", "pricing"),
    # both trees
    ("Luma introduces pay-as-you-go pricing for Ray2 API", "", "en", "pricing"),
    # both trees
    ("Kling 2.5 arrive sur Replicate avec une facturation à l'usage", "", "fr", "availability"),
    # both trees
    (
        "Veo 3 disponible dans Vertex AI avec une tarification à partir de 0,40 dollar",
        "",
        "fr",
        "availability",
    ),
    # both trees
    ("Veo 3 llega a Vertex AI con precios desde 0,40 dólares por segundo", "", "es", "availability"),
    # both trees
    ("Veo 3 kommt zu Vertex AI mit Preisen ab 0,40 Dollar pro Sekunde", "", "de", "availability"),
]

INVITE_CODES_AND_WAITLISTS_IN_OTHER_PEOPLE_S_HANDS = [
    # both trees
    (
        "How to get a Sora 2 invite code",
        "Sora 2 is invite-only for now. Here's how to get access.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 invite codes are being sold on eBay",
        "Resellers are charging up to $50 for invite codes to OpenAI's invite-only app.",
        "en",
        None,
    ),
    (
        "People are begging for Sora 2 invite codes on Reddit",
        "The invite-only app has sparked a scramble.",
        "en",
        None,
    ),
    # both trees
    (
        "I got into the Sora 2 beta. Here's what I made",
        "After weeks on the waitlist, I finally got access.",
        "en",
        None,
    ),
    # both trees
    ("Sora 2 invite code thread: share yours here", "", "en", None),
    # both trees
    (
        "Comment obtenir un code d'invitation pour Sora 2",
        "Sora 2 est pour l'instant accessible sur invitation. Voici comment faire.",
        "fr",
        None,
    ),
    # both trees
    (
        "Codes d'invitation Sora 2 : ils se revendent sur eBay",
        "Des revendeurs proposent des codes pour l'application sur invitation d'OpenAI.",
        "fr",
        None,
    ),
    # both trees
    ("J'ai testé Sora 2 après des semaines sur liste d'attente", "Voici ce que j'en pense.", "fr", None),
    # both trees
    ("Sora 2 : pourquoi l'accès sur invitation agace les utilisateurs", "", "fr", None),
    # both trees
    ("Sora 2 : la liste d'attente, une stratégie marketing ?", "", "fr", None),
    # both trees
    (
        "Como conseguir um convite para o Sora 2",
        "O Sora 2 está disponível apenas por convite. Veja como entrar.",
        "pt",
        None,
    ),
    # both trees
    ("Testei o Sora 2 depois de semanas na lista de espera", "Veja o que achei.", "pt", None),
    # both trees
    (
        "Cómo conseguir una invitación para Sora 2",
        "Sora 2 solo está disponible por invitación. Te contamos cómo acceder.",
        "es",
        None,
    ),
    # both trees
    ("Venden códigos de invitación de Sora 2 en eBay", "", "es", None),
    # both trees
    (
        "So bekommt ihr einen Einladungscode für Sora 2",
        "Sora 2 ist derzeit nur auf Einladung verfügbar.",
        "de",
        None,
    ),
    # both trees
    ("Come ottenere un codice invito per Sora 2", "Sora 2 è disponibile solo su invito.", "it", None),
    # both trees
    ("OpenAI opens Sora 2 waitlist", "Users can sign up to be notified when access opens.", "en", "waitlist"),
    # both trees
    (
        "Sora 2 : OpenAI ouvre une liste d'attente",
        "Les utilisateurs peuvent s'inscrire pour être prévenus.",
        "fr",
        "waitlist",
    ),
    # both trees
    ("OpenAI abre lista de espera para o Sora 2", "Os usuários podem se inscrever.", "pt", "waitlist"),
    # both trees
    (
        "Sora 2 chega ao Brasil apenas por convite",
        "O app da OpenAI pode ser baixado, mas exige código de convite.",
        "pt",
        "waitlist",
    ),
    # both trees
    (
        "Sora 2 : comment s'inscrire sur la liste d'attente",
        "Voici la marche à suivre pour rejoindre la liste d'attente de l'application d'OpenAI.",
        "fr",
        None,
    ),
    # both trees
    (
        "Codes d'invitation Sora 2 : où les trouver ?",
        "L'application d'OpenAI n'est accessible que sur invitation. Nos astuces.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 en France : liste d'attente, VPN, codes… tout savoir",
        "L'application vidéo d'OpenAI reste sur invitation et réservée aux États-Unis.",
        "fr",
        None,
    ),
    # both trees
    (
        "J'ai enfin reçu mon invitation pour Sora 2",
        "Après trois semaines d'attente, j'ai pu tester l'application.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 : les internautes s'arrachent les codes d'invitation",
        "Sur Reddit et Discord, les demandes de codes se multiplient.",
        "fr",
        None,
    ),
    # both trees
    (
        "Liste d'attente de Veo 3 : nos conseils pour être sélectionné",
        "Google ouvre l'accès au compte-gouttes.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 sur invitation : faut-il s'inquiéter pour l'Europe ?",
        "L'application d'OpenAI n'est pas disponible dans l'UE.",
        "fr",
        None,
    ),
    (
        "Veo 3 en accès anticipé : ce qu'on en pense",
        "Nous avons pu tester le modèle de Google en avant-première.",
        "fr",
        None,
    ),
    # both trees
    (
        "Accès anticipé à Sora 2 : notre test",
        "Nous avons eu accès à l'application d'OpenAI pendant une semaine.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2: como entrar na lista de espera",
        "Veja o passo a passo para se inscrever no app da OpenAI.",
        "pt",
        None,
    ),
    # both trees
    (
        "Recebi meu convite do Sora 2: veja o que achei",
        "Depois de semanas na fila, finalmente testei o aplicativo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora 2 no Brasil: lista de espera, VPN e tudo o que você precisa saber",
        "O app da OpenAI segue restrito.",
        "pt",
        None,
    ),
]

REVIEWED_ROWS__OPENING_TO_EVERYONE__FREE_PLANS__PRICES__INVITE_CODES = [
    # both trees
    (
        "Runway releases Gen-5 with 20-second clips and native audio",
        "Runway on Tuesday released Gen-5, a video model that generates 20-second clips with synchronized sound. Until now, Runway users could only add audio in a separate step.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Luma AI launches Ray4, adding 4K HDR output",
        "Luma AI on Thursday launched Ray4, which renders clips in native 4K with HDR color. Until now, HDR video generation was limited to professional post-production tools, the company said.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Moonvalley unveils Marey 2 for studio productions",
        "Moonvalley has unveiled Marey 2, a video model trained only on licensed footage. The startup's models were previously available only through its Asteria studio, which worked with a handful of Hollywood clients.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kuaishou launches Kling 3.0 with multi-shot storytelling",
        "Kuaishou on Monday launched Kling 3.0, which can generate up to six connected shots from a single prompt. Kling 2.5 Turbo was already available in more than 100 countries.",
        "en",
        "launch",
    ),
    # both trees
    (
        "ByteDance releases Seedance 2.0, weeks after rival Veo 3.1",
        "ByteDance released Seedance 2.0 on Friday, which it says beats rival systems on motion quality. The release comes weeks after its rival's launch of Veo 3.1 in October.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Pika launches Pika 3.0 months after its last major update",
        "Pika launched Pika 3.0 on Wednesday, a model that generates 10-second 1080p clips with lip-synced speech. The launch comes months after its 2.2 release in February.",
        "en",
        "launch",
    ),
    # both trees
    (
        "MiniMax debuts Hailuo 03 with 1080p at 10 seconds",
        "MiniMax has debuted Hailuo 03, a text-and-image-to-video model that outputs 10-second clips at 1080p. Hailuo 02 had been limited to six seconds at that resolution; until now, longer clips were only possible at 768p.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Lightricks releases LTX-3 as open weights",
        "Lightricks released LTX-3 on Thursday under an open-weights license, with checkpoints on Hugging Face. Until now, the company's largest models were only offered through its LTX Studio app.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway lance Gen-5 : des clips de 20 secondes avec son",
        "Runway a lancé ce mardi Gen-5, capable de produire des séquences de 20 secondes avec une bande-son synchronisée. Jusqu'à présent, l'ajout de son était réservé à un outil séparé.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 est lancé : Kuaishou mise sur les plans multiples",
        "Kuaishou a lancé lundi Kling 3.0, qui enchaîne jusqu'à six plans à partir d'une seule consigne. Kling 2.5 était déjà disponible dans plus de 100 pays.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google dévoile Veo 4 et ses vidéos d'une minute",
        "Google a dévoilé mercredi Veo 4, capable de générer des vidéos d'une minute en 4K. Jusqu'ici, les clips de Veo étaient limités à huit secondes.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Luma AI lance Ray4 avec la 4K HDR native",
        "Luma AI a lancé jeudi Ray4, qui rend des clips en 4K HDR. Jusque-là réservée aux outils de post-production, la HDR arrive ainsi dans la génération vidéo.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway lanza Gen-5 con clips de 20 segundos y audio",
        "Runway lanzó este martes Gen-5, un modelo capaz de generar clips de 20 segundos con sonido sincronizado. Hasta ahora, los usuarios solo podían añadir audio en un paso aparte.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Alibaba lanza Wan 3.0 con pesos abiertos",
        "Alibaba ha lanzado Wan 3.0, un modelo de vídeo de código abierto que genera clips de 15 segundos en 1080p. Hasta ahora, los modelos abiertos estaban limitados a cinco segundos.",
        "es",
        "launch",
    ),
    # both trees
    (
        "ByteDance presenta Seedance 2.0, semanas después del lanzamiento de Veo 3.1",
        "ByteDance presentó el viernes Seedance 2.0, que según la compañía supera a sus rivales en calidad de movimiento. Llega semanas después de su gran rival, cuyo lanzamiento fue en octubre.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lanza Kling 3.0 con secuencias de varios planos",
        "Kuaishou lanzó el lunes Kling 3.0, capaz de encadenar hasta seis planos a partir de una sola instrucción. Kling 2.5 ya estaba disponible en más de 100 países.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Pika lanza Pika 3.0 y lo estrena en su plan gratuito",
        "Pika lanzó este miércoles Pika 3.0, que genera clips de 10 segundos en 1080p con voz sincronizada, y lo estrena también en su plan gratuito con cinco vídeos al día.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Runway lancia Gen-5, clip da 20 secondi con audio",
        "Runway ha lanciato martedì Gen-5, in grado di generare clip da 20 secondi con audio sincronizzato. Finora gli utenti potevano aggiungere il suono solo in un secondo passaggio.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Google presenta Veo 4: video fino a un minuto",
        "Google ha presentato mercoledì Veo 4, che genera video di un minuto in 4K. Finora le clip di Veo erano limitate a otto secondi.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lancia Kling 3.0 con scene a più inquadrature",
        "Kuaishou ha lanciato lunedì Kling 3.0, capace di concatenare fino a sei inquadrature da un solo prompt. Kling 2.5 era già disponibile in oltre 100 paesi.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Alibaba rilascia Wan 3.0 con pesi aperti",
        "Alibaba ha rilasciato Wan 3.0, modello video open source che genera clip di 15 secondi in 1080p. Fino ad oggi i modelli aperti erano limitati a cinque secondi.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Runway lança Gen-5 com clipes de 20 segundos e áudio",
        "A Runway lançou nesta terça-feira o Gen-5, capaz de gerar clipes de 20 segundos com som sincronizado. Até agora, os usuários só podiam adicionar áudio em uma etapa separada.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Google apresenta Veo 4 com vídeos de até um minuto",
        "O Google apresentou nesta quarta-feira o Veo 4, que gera vídeos de um minuto em 4K. Até então, os clipes do Veo eram limitados a oito segundos.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lança Kling 3.0 com cenas de vários planos",
        "A Kuaishou lançou na segunda-feira o Kling 3.0, que encadeia até seis planos a partir de um único comando. O Kling 2.5 já estava disponível em mais de 100 países.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Alibaba lança Wan 3.0 com pesos abertos",
        "A Alibaba lançou o Wan 3.0, modelo de vídeo de código aberto que gera clipes de 15 segundos em 1080p. Até agora, modelos abertos eram limitados a cinco segundos.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Runway veröffentlicht Gen-5 mit 20-Sekunden-Clips und Ton",
        "Runway hat am Dienstag Gen-5 veröffentlicht, das 20 Sekunden lange Clips mit synchronem Ton erzeugt. Bisher konnten Nutzer Ton nur in einem separaten Schritt hinzufügen.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Google stellt Veo 4 vor: Videos bis zu einer Minute",
        "Google hat am Mittwoch Veo 4 vorgestellt, das einminütige Videos in 4K erzeugt. Bislang waren Veo-Clips auf acht Sekunden beschränkt.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Kuaishou startet Kling 3.0 mit mehreren Einstellungen",
        "Kuaishou hat am Montag Kling 3.0 gestartet, das bis zu sechs Einstellungen aus einem Prompt erzeugt. Kling 2.5 war bereits in über 100 Ländern verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Google releases Veo 4 to the public",
        "Google on Tuesday made Veo 4 publicly available in the Gemini app and the Gemini API. Until now, the model was limited to a small group of filmmakers who tested it since May.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI releases Sora 2 Pro to everyone",
        "OpenAI on Monday released Sora 2 Pro in the Sora app and API. Until now the model had only been available in early access to a group of creative partners.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Meta releases Movie Gen publicly",
        "Meta on Wednesday released Movie Gen in Instagram and the Meta AI app. Until now, the model was restricted to a few selected creators and red teamers.",
        "en",
        "launch",
    ),
    (
        "Runway releases Gen-4.5 on the free plan",
        "Runway on Thursday released Gen-4.5 to free accounts, with 125 one-time credits. Until now, the model was only available on paid plans starting at $12 a month.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Luma launches Ray3 in Europe",
        "Luma AI launched Ray3 in the European Union on Monday. Until now, the model was only available to users in the US and Asia.",
        "en",
        "availability",
    ),
    (
        "Pika launches Pikaframes on the free tier",
        "Pika has launched Pikaframes for free users. The keyframe feature was previously available only to Pro subscribers since its debut in January.",
        "en",
        "availability",
    ),
    (
        "Runway lance Gen-4.5 dans son offre gratuite",
        "Runway a lancé jeudi Gen-4.5 pour les comptes gratuits, avec 125 crédits offerts. Jusqu'ici, le modèle était réservé aux abonnés payants.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Google lance Veo 4 pour le grand public",
        "Google a lancé mardi Veo 4 dans l'application Gemini. Jusqu'ici, le modèle était réservé à une poignée de cinéastes qui le testaient depuis mai.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Luma lance Ray3 en Europe",
        "Luma AI a lancé lundi Ray3 dans l'Union européenne. Jusqu'à présent, le modèle n'était disponible qu'aux États-Unis et en Asie.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Google ouvre Veo 3 à tous les utilisateurs de Gemini",
        "Google a ouvert Veo 3 à tous les utilisateurs de l'application Gemini, y compris les comptes gratuits, qui pourront générer trois vidéos par jour. Le modèle était jusqu'ici réservé aux abonnés AI Pro et Ultra.",
        "fr",
        "availability",
    ),
    (
        "Runway libera Gen-4.5 en su plan gratuito",
        "Runway ha liberado Gen-4.5 para las cuentas gratuitas, con 125 créditos de prueba. Hasta ahora, el modelo estaba reservado a los suscriptores de pago.",
        "es",
        "availability",
    ),
    # both trees
    (
        "OpenAI lanza Sora 2 para el público",
        "OpenAI lanzó el lunes Sora 2 en su app y en la API. Hasta ahora el modelo solo estaba disponible para un puñado de probadores seleccionados.",
        "es",
        "launch",
    ),
    # both trees
    (
        "OpenAI abre Sora 2 a todos en Estados Unidos",
        "OpenAI ha abierto Sora 2 a todos los usuarios de Estados Unidos sin necesidad de código de invitación. Hasta ahora la app solo era accesible por invitación.",
        "es",
        "availability",
    ),
    (
        "Runway rilascia Gen-4.5 nel piano gratuito",
        "Runway ha rilasciato Gen-4.5 per gli account gratuiti, con 125 crediti di prova. Finora il modello era riservato agli abbonati paganti.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Meta lancia Movie Gen per tutti",
        "Meta ha lanciato Movie Gen su Instagram e nell'app Meta AI. Finora il modello era riservato a pochi creator selezionati.",
        "it",
        "launch",
    ),
    # both trees
    (
        "OpenAI apre Sora 2 a tutti in Italia",
        "OpenAI ha aperto Sora 2 a tutti gli utenti italiani, senza codice d'invito. Finora l'app era disponibile solo negli Stati Uniti e in Canada.",
        "it",
        "availability",
    ),
    (
        "Runway libera Gen-4.5 no plano gratuito",
        "A Runway liberou o Gen-4.5 para contas gratuitas, com 125 créditos de teste. Até então, o modelo era restrito aos planos pagos.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Google lança Veo 4 para o público geral",
        "O Google lançou nesta terça-feira o Veo 4 no app Gemini. Até agora, o modelo estava restrito a poucos cineastas que o testavam desde maio.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "OpenAI abre Sora 2 para todos no Brasil",
        "A OpenAI abriu o Sora 2 para todos os usuários no Brasil, sem código de convite. Até agora, o app estava disponível apenas nos EUA, Canadá e Japão.",
        "pt",
        "availability",
    ),
    (
        "Runway bringt Gen-4.5 in den kostenlosen Tarif",
        "Runway hat Gen-4.5 für kostenlose Konten freigeschaltet, mit 125 Test-Credits. Bislang war das Modell zahlenden Abonnenten vorbehalten.",
        "de",
        "availability",
    ),
    # both trees
    (
        "OpenAI öffnet Sora 2 für alle in Deutschland",
        "OpenAI hat die Sora-App für alle Nutzer in Deutschland geöffnet, ein Einladungscode ist nicht mehr nötig. Bisher war Sora 2 nur in den USA, Kanada und Japan verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Google startet Veo 4 für die Öffentlichkeit",
        "Google hat Veo 4 am Dienstag in der Gemini-App gestartet. Bislang war das Modell nur wenigen ausgewählten Filmemachern zugänglich.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Veo 3.1 jetzt für alle verfügbar",
        "Google hat Veo 3.1 in der Gemini-App für alle Nutzer freigeschaltet, auch für kostenlose Konten mit drei Videos pro Tag.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Runway ouvre son concours de courts-métrages IA à tous",
        "Runway ouvre à tous les créateurs son Gen:48, un concours de courts-métrages réalisés en 48 heures avec ses outils. Les inscriptions sont ouvertes jusqu'au 15 mars.",
        "fr",
        None,
    ),
    (
        "Google abre a todos su fondo para cineastas que usan IA",
        "Google ha abierto a todos los cineastas su fondo AI Film, dotado con 2 millones de dólares para cortometrajes realizados con Veo y Flow.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway abre a todo el mundo su festival de cine con IA",
        "Runway ha abierto a todo el mundo las inscripciones de su AI Film Festival, que este año se celebrará en Nueva York y Los Ángeles.",
        "es",
        None,
    ),
    # both trees
    (
        "Luma apre a tutti il suo programma per creator",
        "Luma AI apre a tutti il programma Dream Lab, che offre borse e formazione ai creator che realizzano film con Ray3.",
        "it",
        None,
    ),
    (
        "OpenAI apre a tutti le candidature per il programma Sora Artists",
        "OpenAI ha aperto a tutti le candidature per il suo programma di residenza per artisti che lavorano con Sora.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway abre para todos seu concurso de filmes com IA",
        "A Runway abriu para todos as inscrições do Gen:48, maratona de curtas-metragens feitos em 48 horas com suas ferramentas.",
        "pt",
        None,
    ),
    # both trees
    (
        "Google abre a todos o fundo para cineastas de IA",
        "O Google abriu a todos os cineastas o fundo AI Film, com 2 milhões de dólares para curtas feitos com Veo e Flow.",
        "pt",
        None,
    ),
    # both trees
    (
        "Runway öffnet seinen KI-Filmwettbewerb für alle",
        "Runway öffnet seinen Gen:48-Wettbewerb für alle Kreativen: Kurzfilme müssen in 48 Stunden mit Runway-Werkzeugen entstehen.",
        "de",
        None,
    ),
    # both trees
    (
        "Synthesia öffnet Akademie für alle",
        "Synthesia öffnet seine Online-Akademie für alle: Der kostenlose Kurs erklärt die Erstellung von Videos mit KI-Avataren.",
        "de",
        None,
    ),
    # both trees
    (
        "Runway opens its AI Film Festival to all",
        "Runway has opened submissions to its annual AI Film Festival to filmmakers worldwide, with prizes of up to $15,000.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling ouvre un bureau à Paris et recrute pour tous ses métiers",
        "Kuaishou ouvre à Paris un bureau européen pour Kling AI et recrute pour tous ses métiers, du marketing au support.",
        "fr",
        None,
    ),
    # both trees
    (
        "Pika lance une offre gratuite avec 80 crédits par mois",
        "Pika a lancé une formule gratuite qui donne droit à 80 crédits par mois, en plus de ses forfaits à 8 et 28 dollars.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Kling réduit les crédits de son offre gratuite",
        "Kuaishou a réduit de 66 à 20 le nombre de crédits quotidiens de l'offre gratuite de Kling AI.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Hailuo met sa formule de base à 9,99 dollars",
        "MiniMax a relevé à 9,99 dollars par mois le prix de la formule de base de Hailuo, contre 7,99 dollars auparavant.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Luma puts an end to its free plan",
        "Luma AI will stop offering a free plan for Dream Machine on April 1, the company said, pushing users to its $9.99 Lite tier.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Pika launches a free tier with 80 monthly credits",
        "Pika on Tuesday launched a free tier that gives users 80 credits a month, alongside its $8 and $28 plans.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kling raises price of its Standard plan to $12.99",
        "Kuaishou has raised the price of Kling AI's Standard plan from $10 to $12.99 a month; the free tier keeps 66 daily credits.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Hailuo activa precios más bajos en su plan básico",
        "MiniMax ha rebajado el precio del plan básico de Hailuo de 9,99 a 6,99 dólares al mes, con el mismo número de créditos.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Kling introduce un limite di crediti nel piano gratuito",
        "Kuaishou ha introdotto un limite di 20 crediti al giorno nel piano gratuito di Kling AI, contro i 66 precedenti.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Kling coloca limite de créditos no plano gratuito",
        "A Kuaishou colocou um limite de 20 créditos diários no plano gratuito do Kling AI, abaixo dos 66 anteriores.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Runway adiciona créditos mensais ao plano gratuito",
        "A Runway passou a dar 50 créditos por mês no plano gratuito, que até agora só oferecia 125 créditos uma única vez.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Kling integriert Tageslimit in den kostenlosen Tarif",
        "Kuaishou begrenzt im kostenlosen Tarif von Kling AI die Credits auf 20 pro Tag statt bisher 66.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Luma streicht kostenlosen Tarif für Dream Machine",
        "Luma AI stellt den kostenlosen Tarif von Dream Machine zum 1. April ein; Nutzer müssen dann mindestens das Lite-Abo für 9,99 Dollar buchen.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Pika führt kostenlosen Tarif mit 80 Credits ein",
        "Pika bietet ab sofort einen kostenlosen Tarif mit 80 Credits pro Monat an, neben den Abos für 8 und 28 Dollar.",
        "de",
        "pricing",
    ),
    # "Veo 3.1 arrives on Amazon Bedrock with pay-as-you-go pricing": vetoed by stop 57's
    # retrain, held for the rules in tests/test_detect_round_thirty_seven.py
    (
        "Kling 2.5 Turbo lands on fal with pricing of $0.35 per clip",
        "The fal inference platform has added Kling 2.5 Turbo to its API, with pricing of $0.35 per five-second clip.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 comes to Azure AI Foundry with pricing from $0.10 per second",
        "Microsoft has made OpenAI's Sora 2 available in Azure AI Foundry, with pricing from $0.10 per second of generated video.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI cuts Sora 2 API prices, with pricing from $0.05 per second",
        "OpenAI has cut prices for Sora 2 in its API by half; pricing now starts at $0.05 per second for 720p video.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google publishes Veo 3.1 pricing, with rates from $0.15 per second",
        "Google has published pricing for Veo 3.1 in the Gemini API, with rates from $0.15 per second for the Fast model and $0.40 for the standard one.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway unveils new plans, with prices starting at $9 a month",
        "Runway has overhauled its subscriptions, with prices starting at $9 a month for the new Starter plan and $35 for Pro.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Luma drops Ray3 API price with pay-as-you-go pricing for startups",
        "Luma AI has lowered the Ray3 API price to $0.20 per second and introduced pay-as-you-go pricing for startups without a contract.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Hailuo 02 released on Replicate with pricing from $0.27 per video",
        "MiniMax's Hailuo 02 has been released on Replicate, with pricing from $0.27 per six-second video at 768p.",
        "en",
        "availability",
    ),
    (
        "Alibaba releases Wan 3.0 with pay-as-you-go pricing on Model Studio",
        "Alibaba on Thursday released Wan 3.0, a video model that generates 15-second clips, as open weights and on its Model Studio platform with pay-as-you-go pricing.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling adds pay-as-you-go pricing for API customers",
        "Kuaishou has added pay-as-you-go pricing to the Kling API, letting developers buy credits from $0.14 per second instead of prepaid packages.",
        "en",
        "pricing",
    ),
    (
        "Sora 2 users beg for invite codes on Reddit and Discord",
        "Thousands of users are begging for Sora 2 invite codes on Reddit and Discord after OpenAI launched the app in the US and Canada on an invite-only basis.",
        "en",
        None,
    ),
    (
        "Creators hunting for Sora invite codes turn to X",
        "Creators hunting for invite codes to OpenAI's Sora app are flooding X with requests, as the app remains invite-only in the US.",
        "en",
        None,
    ),
    (
        "Desperate for Sora 2 invite codes, fans turn to shady sites",
        "Fans desperate for Sora 2 invite codes are turning to websites that promise access; OpenAI says it is expanding access gradually to users in the US and Canada.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI gives Sora users four invite codes as demand soars",
        "OpenAI is giving each new Sora user four invite codes to share with friends, as the invite-only app tops the App Store.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Why everyone is asking for Sora 2 invite codes",
        "Sora 2 remains invite-only. Here's why everyone online is asking for codes, and how OpenAI's rollout in the US and Canada works.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 is invite-only: OpenAI asks users to wait for codes",
        "OpenAI said on Tuesday that Sora 2 will be available by invitation only at first, with users asked to join a waitlist in the app to receive a code.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "People are begging for Sora invite codes, and OpenAI is making it worse",
        "OpenAI on Wednesday paused new sign-ups for the Sora app in Canada, and people online are begging for invite codes more than ever.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Midjourney releases V2 video model",
        "Midjourney on Friday released V2 of its video model, which generates 10-second clips at 1080p. The company's V1 was first released in June 2025.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Tencent releases HunyuanVideo 2.0 on GitHub",
        "Tencent released HunyuanVideo 2.0 on Monday as open weights on GitHub and Hugging Face. The original HunyuanVideo had been released in December 2024.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway stellt Gen-5 vor, wenige Wochen nach Aleph",
        "Runway hat Gen-5 vorgestellt, das Szenen von 20 Sekunden Länge erzeugt. Das Videobearbeitungsmodell Aleph war bereits im Juli gestartet.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Midjourney lance la V2 de son modèle vidéo",
        "Midjourney a lancé vendredi la V2 de son générateur vidéo, qui produit des clips de 10 secondes en 1080p. La V1 était déjà disponible depuis juin 2025.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Midjourney lancia V2 del modello video",
        "Midjourney ha lanciato venerdì la V2 del suo generatore video, con clip da 10 secondi in 1080p. La V1 era già disponibile da giugno 2025.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Midjourney lanza la V2 de su modelo de vídeo",
        "Midjourney lanzó el viernes la V2 de su generador de vídeo, con clips de 10 segundos en 1080p. La V1 ya estaba disponible desde junio de 2025.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Midjourney lança V2 do modelo de vídeo",
        "A Midjourney lançou na sexta-feira a V2 do seu gerador de vídeo, com clipes de 10 segundos em 1080p. A V1 já estava disponível desde junho de 2025.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Google lanza Veo 4 con vídeos de un minuto en 4K",
        "Google lanzó el miércoles Veo 4, que genera vídeos de un minuto en 4K. Hasta ahora, la compañía solo ofrecía clips de hasta ocho segundos.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Adobe lancia Firefly Video Model 2",
        "Adobe ha lanciato martedì Firefly Video Model 2, con clip fino a 15 secondi e controlli della camera. Finora la generazione video di Firefly era limitata a cinque secondi.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Adobe lança Firefly Video Model 2",
        "A Adobe lançou nesta terça-feira o Firefly Video Model 2, com clipes de até 15 segundos e controles de câmera. Antes, o Firefly estava limitado a clipes de cinco segundos.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Adobe startet Firefly Video Model 2",
        "Adobe hat am Dienstag Firefly Video Model 2 gestartet, mit Clips bis zu 15 Sekunden und Kamerasteuerung. Bisher war die Videogenerierung von Firefly auf fünf Sekunden beschränkt.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Adobe lance Firefly Video Model 2",
        "Adobe a lancé mardi Firefly Video Model 2, avec des clips jusqu'à 15 secondes et des contrôles de caméra. Jusqu'ici, la génération vidéo de Firefly était limitée à cinq secondes.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google dévoile Veo 4 et l'ouvre à tous",
        "Google a dévoilé mercredi Veo 4, qui génère des vidéos d'une minute en 4K, et l'ouvre à tous les utilisateurs de l'application Gemini.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google stellt Veo 4 vor – ab sofort für alle verfügbar",
        "Google hat am Mittwoch Veo 4 vorgestellt, das einminütige Videos in 4K erzeugt. Das Modell ist ab sofort für alle Gemini-Nutzer verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Google presenta Veo 4 e lo apre a tutti",
        "Google ha presentato mercoledì Veo 4, che genera video di un minuto in 4K, e lo apre a tutti gli utenti dell'app Gemini.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Google apresenta Veo 4 e o abre para todos",
        "O Google apresentou nesta quarta-feira o Veo 4, que gera vídeos de um minuto em 4K, e o abriu para todos os usuários do app Gemini.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Google presenta Veo 4 y lo abre a todos",
        "Google presentó el miércoles Veo 4, que genera vídeos de un minuto en 4K, y lo abre a todos los usuarios de la app Gemini.",
        "es",
        "launch",
    ),
]

SECOND_REVIEW__A_LEDE_S__UNTIL_NOW___RULE_DROPPED = [
    # both trees
    (
        "Runway launches Gen-5",
        "Runway launched Gen-5 with native audio and 20-second clips. Until now, audio generation was only available to Enterprise customers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Luma AI releases Ray4",
        "Ray4 generates 1080p clips up to 30 seconds long and follows camera directions more closely. Until now, long clips were limited to Unlimited plan subscribers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Pika launches Pika 3.0",
        "Pika released Pika 3.0, which brings Scene Ingredients, until now restricted to the Pro plan, to every account.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kuaishou launches Kling 3.0 with two-minute clips",
        "Kling 3.0 can generate two-minute videos with synchronized speech. Kling 2.6 was already available via the API and in the Kling app.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google launches Veo 4 with 4K output",
        "Google launched Veo 4 with native 4K output and longer shots. Veo 3 was previously available only to Gemini Ultra subscribers in the US.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Adobe launches Firefly Video Model 2",
        "Firefly Video Model 2 renders 1080p clips with generated sound effects. Until now, Adobe's video generation could only be used inside the Firefly web app.",
        "en",
        "launch",
    ),
    # both trees
    (
        "ByteDance releases Seedance 2.0",
        "Seedance 2.0 adds multi-shot storytelling and lip-synced dialogue. Seedance 1.0 was first released to enterprise customers on Volcano Engine last June.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Midjourney launches V2 video model",
        "Midjourney released the V2 video model, with 10-second clips and camera control. Until now, video was limited to paying subscribers on the web.",
        "en",
        "launch",
    ),
    # both trees
    (
        "MiniMax launches Hailuo 03",
        "MiniMax on Monday launched Hailuo 03, which brings 1080p output, until now only available on the Pro plan, to all users.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Alibaba releases Wan 3.0 as open weights",
        "Wan 3.0 is available on Hugging Face under an Apache 2.0 license. Until now, Alibaba only offered its top video model through the Model Studio API.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI launches Sora 3",
        "Sora 3 generates videos up to one minute long with synchronized dialogue. Until now, longer clips were reserved for ChatGPT Pro subscribers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Lightricks releases LTX-3",
        "LTX-3 is an open-weights model that generates 4K video at 50 frames per second. LTX-2 was already available on the web and through the API.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Vidu launches Vidu Q3",
        "Shengshu's Vidu Q3 generates 16-second clips with consistent characters. Until now, reference-to-video was only offered to Vidu Pro members.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway releases Act-Three",
        "Runway released Act-Three, a performance-capture model that maps an actor's face onto generated characters. Until now, Act-Two was limited to the Standard plan and above.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google releases Veo 4 Fast",
        "Veo 4 Fast trades some quality for speed and costs less per second. Veo 4 had until now been restricted to Vertex AI enterprise customers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Luma launches Ray4 with native audio",
        "Ray4 generates sound effects and dialogue alongside the picture. Until now, native audio was available only to Veo subscribers and Sora app users.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Tencent releases HunyuanVideo 2",
        "HunyuanVideo 2 is released as open weights on GitHub and Hugging Face. Tencent's image models were previously available only through its cloud API.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Meta launches Movie Gen 2",
        "Movie Gen 2 turns a text prompt into 1080p clips with sound. Until now, only Instagram's Edits app offered Meta's video generation features.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway launches Gen-4.5",
        "Gen-4.5 improves motion quality and prompt adherence over Gen-4. Gen-4 was already available on the web, iOS app and API.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Pika releases Pika 2.5",
        "Pika 2.5 generates sharper 1080p clips and adds keyframe control. Pika 2.2 was first released on the web in February.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Alibaba releases Wan 3.0",
        "Alibaba released Wan 3.0 as open weights, just two months after its Wan 2.5 launch on the Model Studio API.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kuaishou launches Kling 3.0",
        "Kuaishou on Tuesday launched Kling 3.0, bringing the multi-shot editor that was until now limited to Premier subscribers to every plan.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI releases Sora 3",
        "OpenAI on Thursday released Sora 3, adding the storyboard tool, until now only available on the web, to the iOS app.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google launches Veo 4",
        "Google on Tuesday launched Veo 4, which generates 4K video with dialogue. Until now, Veo was only available to Gemini Ultra subscribers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Luma launches Ray4",
        "Ray4 brings native audio and 1080p to Dream Machine. Until now, only Google's Veo offered synchronized sound to paid subscribers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "xAI launches Grok Imagine 2",
        "Grok Imagine 2 generates 15-second videos with voices and music. The first version was already available to SuperGrok subscribers on iOS and Android.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Moonvalley releases Marey 2",
        "Marey 2 is trained only on licensed footage and adds camera-path control. Marey was previously offered to studios and enterprise customers through a managed service.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Stability AI releases Stable Video 4D 2",
        "Stable Video 4D 2 turns a single video into multi-angle views. Until now, Stability's video models were restricted to enterprise licences for commercial use.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Higgsfield launches Soul Video",
        "Soul Video is a fashion-focused model that keeps faces consistent across shots. Until now, Higgsfield had only been a front end for other companies' models on its web app.",
        "en",
        "launch",
    ),
    # both trees
    (
        "PixVerse launches V6",
        "PixVerse V6 generates 1080p clips in under 30 seconds. The startup's previous model was already available in more than 100 countries through its mobile app.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google launches Veo 4",
        "Veo 4 is rolling out in the Gemini app, Flow and Vertex AI. Until now, Google's best video model, Veo 3.1, was limited to AI Pro and Ultra plans.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI launches Sora 3 in ChatGPT and the Sora app",
        "Sora 3 can generate one-minute scenes with several characters. Until now, Sora videos were capped at 25 seconds even for Pro subscribers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway releases Gen-5",
        "Runway released Gen-5, its first model trained on its own cluster. Until now, Runway had relied on rented cloud capacity for enterprise customers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway lance Gen-5",
        "Gen-5 génère des clips de 20 secondes avec du son natif. Jusqu'ici, la génération audio était réservée aux abonnés Enterprise.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google lance Veo 4",
        "Veo 4 produit des vidéos en 4K avec des dialogues synchronisés. Veo 3 était déjà disponible dans l'application Gemini pour les abonnés payants.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lance Kling 3.0",
        "Kling 3.0 permet de générer des vidéos de deux minutes. Jusqu'à présent, le mode multiplan était uniquement accessible aux abonnés Premier.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Alibaba lance Wan 3.0 en open source",
        "Le modèle Wan 3.0 est téléchargeable sur Hugging Face sous licence Apache 2.0. Jusqu'ici, Alibaba réservait ses meilleurs modèles à l'API de son cloud.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Pika lance Pika 3.0",
        "Pika 3.0 améliore la cohérence des personnages et la physique des mouvements. Jusqu'alors, la version 2.2 était limitée à l'offre Pro.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "MiniMax lance Hailuo 03",
        "Hailuo 03 produit des vidéos en 1080p de dix secondes. Jusqu'ici, la résolution 1080p était seulement proposée aux clients de l'API.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google lance Veo 4",
        "Google a lancé mardi Veo 4, qui apporte la 4K, jusqu'ici réservée aux clients Vertex AI, à tous les abonnés Gemini.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lance Kling 3.0",
        "Kling 3.0 génère du son synchronisé avec l'image. Jusqu'ici, seul Veo 3 de Google proposait cette fonction, et uniquement aux abonnés payants.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Luma AI lance Ray4",
        "Ray4 génère des plans de 30 secondes en 1080p. Jusqu'à présent uniquement sur le web, Dream Machine avait déjà séduit les agences.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "ByteDance lance Seedance 2.0",
        "Seedance 2.0 ajoute la narration en plusieurs plans et le doublage synchronisé. La première version était déjà disponible pour les entreprises sur Volcano Engine.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway startet Gen-5",
        "Gen-5 erzeugt 20 Sekunden lange Clips mit nativem Ton. Bisher war die Tonerzeugung nur für Enterprise-Kunden verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Google startet Veo 4",
        "Veo 4 liefert Videos in 4K-Auflösung mit synchronisierten Dialogen. Veo 3 war bereits seit Mai verfügbar, allerdings nur für Abonnenten von Google AI Pro.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Kuaishou startet Kling 3.0",
        "Kling 3.0 erzeugt bis zu zwei Minuten lange Videos. Bislang war die Lippensynchronisation ausschließlich Premium-Mitgliedern vorbehalten.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Adobe startet Firefly Video Model 2",
        "Das Modell erzeugt Clips in 1080p samt Soundeffekten. Bisher konnten Nutzer Firefly-Videos nur in der Web-App erstellen.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Luma startet Ray4",
        "Luma AI hat am Dienstag Ray4 vorgestellt, das die bisher nur für Abonnenten verfügbare HDR-Ausgabe für alle Nutzer freischaltet.",
        "de",
        "launch",
    ),
    # both trees
    (
        "ByteDance startet Seedance 2.0",
        "Seedance 2.0 erzeugt Videos mit mehreren Einstellungen und Dialog. Bislang bot ByteDance seine Videomodelle nur Unternehmenskunden über Volcano Engine an.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Alibaba veröffentlicht Wan 3.0 als Open Source",
        "Wan 3.0 steht auf Hugging Face unter Apache-2.0-Lizenz bereit. Bisher gab es die stärksten Wan-Modelle nur über die API von Alibaba Cloud.",
        "de",
        "launch",
    ),
    # both trees
    (
        "OpenAI startet Sora 3",
        "Sora 3 erzeugt einminütige Szenen mit mehreren Figuren. Bisher waren längere Clips nur im Pro-Abo möglich.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Runway lanza Gen-5",
        "Gen-5 genera clips de 20 segundos con audio nativo. Hasta ahora, la generación de audio solo estaba disponible para clientes Enterprise.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Google lanza Veo 4",
        "Veo 4 genera vídeo en 4K con diálogos sincronizados. Veo 3 ya estaba disponible en la app de Gemini para los suscriptores de pago.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lanza Kling 3.0",
        "Kling 3.0 permite crear vídeos de hasta dos minutos con varios planos. Hasta ahora, los vídeos largos estaban reservados a los suscriptores del plan Premier.",
        "es",
        "launch",
    ),
    # both trees
    (
        "ByteDance lanza Seedance 2.0",
        "Seedance 2.0 añade narrativa en varias tomas y diálogos con sincronía labial. Hasta ahora, ByteDance solo ofrecía sus modelos de vídeo a empresas a través de Volcano Engine.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Alibaba lanza Wan 3.0 en código abierto",
        "Wan 3.0 puede descargarse desde Hugging Face con licencia Apache 2.0. Wan 2.5 ya estaba disponible en la API de Alibaba Cloud.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Pika lanza Pika 3.0",
        "Pika presentó este martes Pika 3.0, que lleva a todas las cuentas los efectos Pikaffects, hasta ahora exclusivos del plan Pro.",
        "es",
        "launch",
    ),
    # both trees
    (
        "MiniMax lanza Hailuo 03",
        "Hailuo 03 genera vídeos en 1080p de hasta 10 segundos. Hasta ahora, solo la versión Pro de Hailuo 02 ofrecía esa resolución en la API.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Luma AI lanza Ray4",
        "Ray4 genera escenas de 30 segundos con sonido. Hasta ahora, el audio nativo era exclusivo de Veo 3 y solo para suscriptores de pago.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Runway rilascia Gen-5",
        "Gen-5 genera clip da 20 secondi con audio nativo. Finora la generazione audio era riservata ai clienti Enterprise.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Google lancia Veo 4",
        "Veo 4 genera video in 4K con dialoghi sincronizzati. Veo 3 era già disponibile nell'app Gemini per gli abbonati a pagamento.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lancia Kling 3.0",
        "Kling 3.0 produce video fino a due minuti con più inquadrature. Fino ad ora, i video lunghi erano disponibili solo per gli abbonati Premier.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Lightricks rilascia LTX-3 in open source",
        "Il modello è scaricabile da Hugging Face con pesi aperti. LTX-2 era già su API e sull'app LTX Studio.",
        "it",
        "launch",
    ),
    # both trees
    (
        "MiniMax rilascia Hailuo 03",
        "MiniMax ha rilasciato oggi Hailuo 03, che porta a tutti la risoluzione 1080p finora riservata agli abbonati Pro.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Tencent rilascia HunyuanVideo 2",
        "HunyuanVideo 2 è disponibile con pesi aperti su GitHub. Finora Tencent offriva solo via API i suoi modelli video.",
        "it",
        "launch",
    ),
    # both trees
    (
        "ByteDance lancia Seedance 2.0",
        "Seedance 2.0 aggiunge il racconto su più inquadrature e il doppiaggio sincronizzato. Finora ByteDance riservava i suoi modelli video alle aziende su Volcano Engine.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Runway lança Gen-5",
        "O Gen-5 gera clipes de 20 segundos com áudio nativo. Até agora, o áudio nativo era restrito aos clientes Enterprise.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Google lança Veo 4",
        "O Veo 4 gera vídeos em 4K com diálogos sincronizados. O Veo 3 já estava disponível no app Gemini para assinantes pagos.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lança Kling 3.0",
        "O Kling 3.0 cria vídeos de até dois minutos. Até então, os vídeos longos eram exclusivos dos assinantes do plano Premier.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Alibaba libera Wan 3.0 em código aberto",
        "O Wan 3.0 pode ser baixado no Hugging Face sob licença Apache 2.0. Antes, os modelos mais avançados da empresa só estavam disponíveis via API.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Vidu lança Vidu Q3",
        "A Shengshu lançou nesta terça o Vidu Q3, que leva a todos os usuários a geração de clipes de 16 segundos, até então exclusiva do plano Ultimate.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Luma AI lança Ray4",
        "O Ray4 gera cenas de 30 segundos com som sincronizado. Até agora, o áudio nativo só existia no Veo 3, restrito a assinantes pagos.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Google releases Veo 4 to the public",
        "Veo 4 can now be used by anyone in the Gemini app and through the Gemini API. Until now, it was only available to invited developers on Vertex AI.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway launches Gen-5",
        "Gen-5 is now open to every Runway account. Until now, Gen-5 had been restricted to a waitlist of enterprise customers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Luma AI releases Ray4",
        "Ray4 is now available to all Dream Machine users. Until now, it was limited to a closed group of API customers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI launches Sora",
        "Sora is now available to ChatGPT users in the US. Until now, access was limited to red teamers and a few visual artists.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google lance Veo 4 pour tous",
        "Veo 4 est désormais accessible à tous dans l'application Gemini. Jusqu'ici, le modèle était réservé à un cercle restreint de développeurs sur invitation.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lanza Kling 3.0",
        "Kling 3.0 ya puede usarse en la web y en la app. Hasta ahora, el modelo solo estaba disponible para creadores invitados de la API.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Luma launches Ray3 on iPhone",
        "Luma's Ray3 model, until now limited to Dream Machine on the web, can now be used in the iOS app.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI launches Sora 2 in Europe",
        "Sora 2 was already available in the US, Canada, Japan and Korea. Users in the EU can now download the Sora app.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google releases Veo 3 Fast to more users",
        "Veo 3 Fast, which had been restricted to Gemini Ultra subscribers, now reaches members of the AI Pro plan.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI lance Sora sur Android",
        "Sora était jusque-là réservé aux utilisateurs d'iPhone. L'application est désormais sur Google Play aux États-Unis et au Canada.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kuaishou lance Kling 2.6 en France",
        "Kling 2.6 était déjà disponible aux États-Unis et en Asie. Les utilisateurs français peuvent désormais s'abonner.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Luma lance Ray3 sur iPhone",
        "Ray3, auparavant réservé à la version web de Dream Machine, arrive dans l'application iOS.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Google startet Veo 3.1 in Deutschland",
        "Veo 3.1 war bereits seit Oktober in den USA verfügbar. Jetzt können auch deutsche Gemini-Nutzer Videos erzeugen.",
        "de",
        "availability",
    ),
    # both trees
    (
        "OpenAI startet Sora für Android",
        "Die Sora-App gab es zuvor nur für das iPhone. Nun ist sie auch im Google Play Store erhältlich.",
        "de",
        "availability",
    ),
    # both trees
    (
        "OpenAI lanza Sora en Android",
        "Sora, que hasta ahora solo estaba disponible en iPhone, llega a Google Play en Estados Unidos y Canadá.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Google lanza Veo 3.1 en España",
        "Veo 3.1 ya estaba disponible en Estados Unidos desde octubre. Ahora los usuarios españoles de Gemini también pueden generar vídeos.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Luma lanza Ray3 en iPhone",
        "Ray3, que antes solo podía usarse en la web de Dream Machine, llega a la app de iOS.",
        "es",
        "availability",
    ),
    # both trees
    (
        "OpenAI lancia Sora su Android",
        "L'app Sora, finora disponibile solo su iPhone, arriva su Google Play negli Stati Uniti e in Canada.",
        "it",
        "availability",
    ),
    # both trees
    (
        "OpenAI lança Sora no Android",
        "O app Sora, que até agora só estava disponível no iPhone, chega à Google Play nos Estados Unidos e no Canadá.",
        "pt",
        "availability",
    ),
    (
        "Google libera Veo 3.1 no plano gratuito",
        "O Veo 3.1 já estava disponível para assinantes do Google AI Pro. Agora usuários do plano gratuito também podem gerar vídeos.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Kuaishou lança Kling 2.6 no Brasil",
        "O Kling 2.6, antes restrito aos Estados Unidos e à Ásia, passa a aceitar assinaturas de usuários brasileiros.",
        "pt",
        "availability",
    ),
]

A_HOW_TO_UNDER_A_PRODUCT_AND_A_PLACE__OVER_A_LEDE_DATED_TODAY = [
    # both trees
    (
        "Sora en France : ce qu'il faut savoir",
        "OpenAI a ouvert mardi son application Sora aux utilisateurs français.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 en France : notre analyse",
        "Google a rendu Veo 3 disponible en France ce jeudi pour les abonnés Google AI Pro.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Pourquoi l'arrivée de Veo 3 en France change la donne",
        "Google a déployé ce jeudi son modèle Veo 3 en France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Runway Gen-4 dans Adobe Firefly : décryptage",
        "Adobe a intégré mardi le modèle Gen-4 de Runway dans son application Firefly.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 sur YouTube Shorts : ce que ça change pour les créateurs",
        "YouTube intègre depuis ce mercredi Veo 3 à Shorts en France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora in the UK: what you need to know",
        "OpenAI opened its Sora app to UK users on Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 in Europe: our analysis",
        "Google made Veo 3 available in the EU on Thursday for Google AI Pro subscribers.",
        "en",
        "availability",
    ),
    (
        "Sora on Android: how to get it",
        "OpenAI's Sora app landed on Google Play this morning in the US and Canada.",
        "en",
        "availability",
    ),
    (
        "Veo 3 in Gemini: how to use it today",
        "Google began rolling out Veo 3 to all Gemini Pro subscribers in Europe on Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora on Android: how to get it",
        "OpenAI's Sora app is available on Google Play in the US and Canada.",
        "en",
        None,
    ),
    # both trees
    ("Veo 3 in Gemini: how to use it", "Veo 3 is available to Gemini Pro subscribers in Europe.", "en", None),
    # both trees
    (
        "Sora 2 sur Android : mode d'emploi",
        "L'application Sora 2 d'OpenAI est disponible sur le Play Store en France.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 dans Gemini : comment en profiter",
        "Veo 3 est disponible pour les abonnés Gemini en France.",
        "fr",
        None,
    ),
]

THIRD_REVIEW__HOW_TO_HEADLINES_OVER_DATED_AND_UNDATED_LEDES = [
    (
        "Sora on Android: how to download it",
        "OpenAI released its Sora app on Google Play on Tuesday for users in the US and Canada.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora in the UK: what you need to know",
        "OpenAI opened its Sora app to UK users on Tuesday. Here's how to get started.",
        "en",
        "availability",
    ),
    (
        "Veo 3 in Gemini: how to use it today",
        "Google began rolling out Veo 3 to Gemini Pro subscribers in India on Wednesday, the company said.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 2.1 on Freepik: everything you need to know",
        "Freepik added Kuaishou's Kling 2.1 model to its AI video suite this morning, making it available to all Premium+ subscribers.",
        "en",
        "availability",
    ),
    (
        "Runway Gen-4 on iOS: a quick guide",
        "Runway brought its Gen-4 video model to its iPhone app overnight, so subscribers can now generate clips on their phones.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 in Japan: here's what you need to know",
        "OpenAI expanded the Sora app to Japan, South Korea, Taiwan and Thailand on Wednesday, the company announced on X.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 on Vertex AI, explained",
        "Google made Veo 3 generally available on Vertex AI on Tuesday for enterprise customers.",
        "en",
        "availability",
    ),
    (
        "Dream Machine on iPhone: how to get started",
        "Luma AI launched its Dream Machine app on the App Store today, bringing its Ray2 video model to iPhone users.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora in the UK: what you need to know",
        "OpenAI opened its Sora app to UK users on Tuesday, no invite code required.",
        "en",
        "availability",
    ),
    (
        "Veo 3 in Canva: how to use it",
        "Canva added Google's Veo 3 to its Dream Lab tool on Tuesday for Canva Pro and Teams subscribers.",
        "en",
        "availability",
    ),
    (
        "Sora 2 sur Android : mode d'emploi",
        "OpenAI a publié ce mardi l'application Sora sur le Google Play Store, aux États-Unis et au Canada.",
        "fr",
        "availability",
    ),
    (
        "Kling 2.1 sur Freepik : comment l'utiliser",
        "Freepik a intégré ce jeudi le modèle Kling 2.1 de Kuaishou à sa suite de génération vidéo.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 in Deutschland: Das müsst ihr wissen",
        "Google hat Veo 3 heute in der Gemini-App auch in Deutschland freigeschaltet.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Veo 3 en España: todo lo que debes saber",
        "Google ha activado hoy Veo 3 en la aplicación de Gemini para los suscriptores de Google AI Pro en España.",
        "es",
        "availability",
    ),
    (
        "Veo 3 in Italia: come usarlo",
        "Google ha reso disponibile oggi Veo 3 nell'app Gemini anche in Italia per gli abbonati Google AI Pro.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Sora 2 no Brasil: o que você precisa saber",
        "O app Sora está disponível desde hoje no Brasil.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Veo 3 in Gemini: how to use it",
        "Today we'll show you how to make your first clip with Veo 3, which is available in the Gemini app for Google AI Pro subscribers.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora on Android: how to use it today",
        "You can use Sora on Android today by downloading the app from Google Play in the US and Canada.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 in Gemini: a step-by-step guide",
        "On Tuesday we covered Google's rollout of Veo 3 to Gemini; today, a walkthrough of the app's video tool for new subscribers.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 on iPhone: tips and tricks",
        "This week we've been playing with Sora 2 on iPhone, which OpenAI released on the App Store in the US and Canada.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora on Android: what you need to know",
        "Tuesday's update to the Sora app on Google Play adds a cameo editor and fixes several crashes.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 in the Gemini app: how to get the best results",
        "Google rolled Veo 3 out to the Gemini app on Tuesday of the week before last, and after ten days of testing these are the prompts that work best.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 in Europe: how to use it with a VPN",
        "OpenAI expanded the Sora app to more countries on Tuesday, and here is how European users can get around the geoblock.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora in Europe: how to access it with a VPN",
        "OpenAI launched the Sora app in Canada on Tuesday, but Europeans will still need a workaround to try it.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 on Android: is it worth it?",
        "OpenAI put the Sora app on Google Play on Tuesday of the week before last, and we've generated a few hundred clips on a Pixel 9 in the meantime.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 sur Android : le guide complet",
        "Arrivée un mardi d'automne sur le Play Store, l'application Sora 2 d'OpenAI s'est vite imposée parmi les applis les plus téléchargées.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 su Android: come usarlo",
        "Google ha portato Veo 3 nell'app Gemini per Android martedì scorso e, dopo una settimana di prove, ecco i nostri consigli.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 auf dem iPhone: So nutzt ihr es",
        "Google hat Veo 3 am Dienstag vergangener Woche in die Gemini-App für iOS gebracht.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora 2 no iPhone: como usar",
        "A OpenAI liberou o Sora 2 no iPhone na terça-feira da semana passada, e o app já está entre os mais baixados.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora 2 on Android: beware of fake apps",
        "Dozens of copycat apps using the Sora name appeared on Google Play on Tuesday, security researchers said.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 in Telegram: how to use the bot",
        "An independent developer released a Telegram bot on Tuesday that lets users generate clips with Google's Veo 3 through the Gemini API.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 sur Android : attention aux fausses applis",
        "Plusieurs applications se faisant passer pour Sora 2 sont apparues ce mardi sur le Play Store, alerte un chercheur en sécurité.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kling 2.1 on Telegram: how to use the community bot",
        "A fan-made Telegram bot that wraps Kling 2.1's API launched on Monday and already has thousands of users.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 en WhatsApp: cómo usarlo",
        "Un desarrollador independiente lanzó el martes un bot de WhatsApp que permite generar vídeos con Veo 3 desde el chat.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora 2 auf Android: Vorsicht vor Fake-Apps",
        "Im Google Play Store sind am Dienstag mehrere gefälschte Sora-Apps aufgetaucht, warnen Sicherheitsforscher.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora 2 on Android: what we know so far",
        "Code found in the ChatGPT Android app on Tuesday suggests OpenAI is preparing to bring Sora 2 to Google Play.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 4 in Gemini: what to expect",
        "According to a leak on Monday, Google could roll out Veo 4 to the Gemini app as early as next week.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 4 dans Gemini : ce que l'on sait",
        "Selon une fuite publiée ce lundi, Google s'apprêterait à déployer Veo 4 dans l'application Gemini.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 in Italia: cosa sappiamo",
        "Secondo indiscrezioni emerse martedì, OpenAI potrebbe lanciare l'app Sora in Italia entro fine mese.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora 2 in Deutschland: Was wir wissen",
        "Laut einem Bericht vom Dienstag könnte OpenAI die Sora-App bald auch in Deutschland starten.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora 2 sur Android : mode d'emploi",
        "Ce mardi, on vous explique comment installer l'application Sora 2, disponible sur le Play Store aux États-Unis et au Canada.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 dans Gemini : le tuto",
        "Aujourd'hui, on vous montre comment générer vos premières vidéos avec Veo 3, disponible dans l'application Gemini pour les abonnés Google AI Pro.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 in Gemini: So geht's",
        "Heute zeigen wir euch, wie ihr mit Veo 3 in der Gemini-App eure ersten Videos erstellt.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora 2 en Android: tutorial",
        "Hoy te enseñamos a instalar la app de Sora 2, disponible en Google Play para usuarios de Estados Unidos y Canadá.",
        "es",
        None,
    ),
    # both trees
    (
        "Veo 3 in Gemini: la guida",
        "Oggi vi spieghiamo come usare Veo 3, disponibile nell'app Gemini per gli abbonati Google AI Pro.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 no Gemini: tutorial",
        "Hoje mostramos como usar o Veo 3, que já está disponível no app Gemini para assinantes do Google AI Pro.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora on Android: how to install it",
        "Today's guide walks you through installing the Sora app, which is available on Google Play in the US and Canada.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 in Gemini: how to use it today",
        "You can try Veo 3 today in the Gemini app if you pay for a Google AI Pro or Ultra plan.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 on iPhone: how to use it",
        "If you downloaded the Sora app yesterday, here's how to make the most of it.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 on YouTube Shorts: how to make your first clip",
        "Every Tuesday we pick a new AI feature to try, and this week it's Veo 3, which YouTube rolled out to Shorts creators.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 sur YouTube Shorts : comment l'utiliser",
        "Chaque mardi, on teste une nouvelle fonction IA : cette semaine, Veo 3, que YouTube a déployé dans Shorts.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 su YouTube Shorts: come usarlo",
        "Ogni martedì proviamo una nuova funzione di IA: questa settimana tocca a Veo 3, che YouTube ha reso disponibile negli Shorts.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 in YouTube Shorts: So klappt's",
        "Jeden Dienstag testen wir eine neue KI-Funktion, diesmal Veo 3, das YouTube in Shorts verfügbar gemacht hat.",
        "de",
        None,
    ),
    # both trees
    (
        "Veo 3 no YouTube Shorts: como usar",
        "Toda terça-feira testamos um novo recurso de IA, e desta vez é o Veo 3, que o YouTube liberou no Shorts.",
        "pt",
        None,
    ),
    # both trees
    (
        "Veo 3 en YouTube Shorts: cómo usarlo",
        "Cada martes probamos una función de IA nueva y esta semana le toca a Veo 3, que YouTube activó en Shorts.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora on Android, one year later: what's changed",
        "OpenAI's Sora app marked its first anniversary on Google Play on Tuesday with a redesigned feed.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 sur Android : mode d'emploi",
        "Lancée un mardi de novembre sur le Play Store, l'application Sora 2 d'OpenAI compte déjà des millions d'utilisateurs.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 sur Android : mode d'emploi",
        "Lancée un mardi de la rentrée sur le Play Store, l'application Sora 2 a déjà séduit des millions d'utilisateurs.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora on Android: how to get started",
        "Released on a Tuesday in the fall, the Sora app for Android has quickly climbed the Play Store charts.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 auf Android: So geht's",
        "An einem Dienstag im Herbst erschien die Sora-App im Play Store, inzwischen zählt sie Millionen Downloads.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora 2 su Android: la guida completa",
        "Arrivata un martedì d'autunno sul Play Store, l'app Sora 2 è rapidamente diventata una delle più scaricate.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora 2 no Android: guia completo",
        "Lançado numa terça-feira de outono na Play Store, o app Sora 2 rapidamente virou um dos mais baixados.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora 2 en Android: guía completa",
        "Lanzada un martes de otoño en Google Play, la app de Sora 2 se ha convertido en una de las más descargadas.",
        "es",
        None,
    ),
    # both trees
    (
        "Veo 3 on iPhone: how to use it",
        "Google brought Veo 3 to the Gemini app on Android on Tuesday; iPhone owners can use it through the web for now.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 in Deutschland: So nutzt ihr die App trotzdem",
        "OpenAI hat die Sora-App am Dienstag in Japan und Südkorea gestartet, Europa bleibt außen vor.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora 2 en España: cómo usarlo con una VPN",
        "OpenAI abrió este martes la app de Sora en Japón y Corea del Sur, pero España sigue fuera.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora 2 in Italia: come usarlo con una VPN",
        "OpenAI ha aperto martedì l'app Sora in Giappone e Corea del Sud; l'Italia resta esclusa.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora 2 em Portugal: como usar com VPN",
        "A OpenAI liberou nesta terça-feira o app Sora no Japão e na Coreia do Sul, e Portugal continua de fora.",
        "pt",
        None,
    ),
    # both trees
    (
        "Veo 3 in the UK: everything you need to know",
        "Google rolled out Veo 3 to Gemini users in the UK on Tuesday. Here's how to try it.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 en France : tout ce qu'il faut savoir",
        "Google a lancé ce mardi Veo 3 en France dans l'application Gemini. On vous explique comment l'utiliser.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 in Deutschland: Alles, was ihr wissen müsst",
        "Google hat Veo 3 am Dienstag in der Gemini-App für Nutzer in Deutschland freigeschaltet. Wir zeigen, wie ihr es ausprobiert.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora no Brasil: tudo o que você precisa saber",
        "A OpenAI liberou nesta terça-feira o app Sora para usuários no Brasil. Veja como começar a usar.",
        "pt",
        "availability",
    ),
    (
        "Veo 3.1 in Flow: how to try it today",
        "Google released Veo 3.1 on Wednesday, making its newest video model available in Flow, the Gemini app and the Gemini API.",
        "en",
        "launch",
    ),
    (
        "Kling 2.5 Turbo im Web: So probiert ihr es aus",
        "Kuaishou hat heute Kling 2.5 Turbo vorgestellt, sein bislang schnellstes Videomodell, das ab sofort im Web bereitsteht.",
        "de",
        "launch",
    ),
    (
        "Sora on Android: how to download it",
        "OpenAI's Sora app arrived on Google Play on Tuesday, and you no longer need an invite to sign up.",
        "en",
        "availability",
    ),
    (
        "Sora 2 sur Android : mode d'emploi",
        "L'application Sora 2 est arrivée ce mardi sur le Play Store et ne nécessite plus de code d'invitation.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora on Android: how to use it",
        "OpenAI's Sora app, which reached Google Play on Tuesday, is the subject of today's step-by-step guide.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 in Canada: how to get access",
        "Updated on Tuesday: OpenAI's Sora app is now available in Canada, the US, Japan and South Korea.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 au Canada : comment l'installer",
        "Mis à jour ce mardi : l'application Sora 2 est désormais disponible au Canada, aux États-Unis, au Japon et en Corée du Sud.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 in Italia: come usarlo",
        "Aggiornato martedì: Veo 3 è disponibile anche in Italia nell'app Gemini per gli abbonati Google AI Pro.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora 2 on Android vs iPhone: what's different",
        "OpenAI released the Sora app on Google Play on Tuesday, weeks after the iOS version, and the two are not quite the same.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora on Android: what you need to know",
        "OpenAI marked the first anniversary of its Sora app on Tuesday by finally bringing it to Google Play.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 on Android: how to install it",
        "Updated Tuesday with the latest list of supported countries: the Sora app is available on Google Play in the US, Canada, Japan and South Korea.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 in Gemini: how to use it",
        "Last reviewed on Monday: Veo 3 is available in the Gemini app for Google AI Pro and Ultra subscribers in more than 150 countries.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 in Kanada: So bekommt ihr Zugang",
        "Aktualisiert am Dienstag: Die Sora-App ist jetzt auch in Kanada verfügbar.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora 2 en Canadá: cómo conseguir acceso",
        "Actualizado el martes: la app de Sora ya está disponible en Canadá, Estados Unidos, Japón y Corea del Sur.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora 2 no Canadá: como conseguir acesso",
        "Atualizado nesta terça-feira: o app Sora já está disponível para usuários do Canadá e dos EUA.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora 2 on Windows: how to use the unofficial desktop client",
        "A developer published an unofficial Sora desktop app for Windows on GitHub on Tuesday.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 sur Telegram : comment utiliser le bot",
        "Un développeur indépendant a lancé ce mardi un bot Telegram qui permet de générer des vidéos avec Veo 3.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kling 2.1 su Telegram: come usare il bot",
        "Uno sviluppatore indipendente ha lanciato martedì un bot Telegram che permette di creare video con Kling 2.1.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 auf Telegram: So nutzt ihr den Bot",
        "Ein unabhängiger Entwickler hat am Dienstag einen Telegram-Bot veröffentlicht, der Videos mit Veo 3 erzeugt.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora 2 en France : ce qu'il faut savoir",
        "L'application Sora 2 pourrait arriver ce mardi en France, selon plusieurs sources.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 in Italia: cosa sapere",
        "L'app Sora potrebbe arrivare in Italia martedì, secondo indiscrezioni.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora 2 on Android: how to install it",
        "OpenAI released the Sora app on Google Play on Tuesday, 7 October, for users in the US and Canada.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 en Android: guía para instalarla",
        "OpenAI lanzó el martes 7 de octubre la aplicación de Sora en Google Play para usuarios de Estados Unidos y Canadá.",
        "es",
        None,
    ),
    # both trees
    (
        "Veo 3 in Italia: guida all'uso",
        "Google ha reso disponibile martedì 7 ottobre Veo 3 nell'app Gemini per gli abbonati Google AI Pro in Italia.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 no Brasil: como usar",
        "O Google liberou na terça-feira, 7 de outubro, o Veo 3 para assinantes do plano Google AI Pro em todo o Brasil.",
        "pt",
        None,
    ),
    (
        "Sora 2 in Canada: how to sign up",
        "OpenAI opened the Sora app to users in Canada on Wednesday, its first expansion beyond the US.",
        "en",
        "availability",
    ),
    (
        "Sora 2 auf dem iPhone in Japan: So klappt der Download",
        "OpenAI hat die Sora-App heute Nacht in Japan im App Store freigeschaltet.",
        "de",
        "availability",
    ),
    (
        "Veo 3 en México: guía para empezar",
        "Google habilitó este miércoles Veo 3 en la app de Gemini para los suscriptores de Google AI Pro en México.",
        "es",
        "availability",
    ),
]

AN_OPEN_OR_PUBLIC_BETA_IN_FIVE_LANGUAGES = [
    ("Hailuo 03 entra em beta aberta", "", "pt", "launch"),
    ("Hailuo 03 chega em beta aberta", "", "pt", "launch"),
    ("Hailuo 03 entra en beta abierta", "", "es", "launch"),
    ("Hailuo 03 llega en beta pública", "", "es", "launch"),
    ("Hailuo 03 entra in beta aperta", "", "it", "launch"),
    ("Hailuo 03 disponibile in beta pubblica", "", "it", "launch"),
    ("Hailuo 03 startet in die offene Beta", "", "de", "launch"),
    ("Hailuo 03 in offener Beta verfügbar", "", "de", "launch"),
    ("Hailuo 03 entre en bêta ouverte", "", "fr", "launch"),
    # both trees
    ("Hailuo 03 passe en bêta publique", "", "fr", "launch"),
    # both trees
    ("Hailuo 03 enters open beta", "", "en", "launch"),
    # both trees
    ("Hailuo 03 now in public beta", "", "en", "launch"),
    # both trees
    ("MiniMax lança Hailuo 03 em beta aberta", "", "pt", "launch"),
    # both trees
    ("MiniMax lanza Hailuo 03 en beta abierta", "", "es", "launch"),
    # both trees
    ("MiniMax startet Hailuo 03 als offene Beta", "", "de", "launch"),
    # both trees
    ("MiniMax lancia Hailuo 03 in beta aperta", "", "it", "launch"),
    # both trees
    (
        "Hailuo 03: inscrições abertas para a beta fechada",
        "A MiniMax abriu uma lista de espera para testar o modelo.",
        "pt",
        "waitlist",
    ),
    # both trees
    (
        "Runway abre lista de espera para la beta de Gen-5",
        "Los usuarios pueden apuntarse para acceder a la beta.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "MiniMax adia a beta aberta do Hailuo 03",
        "A beta aberta, prevista para esta semana, foi adiada para março.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "MiniMax retrasa la beta abierta de Hailuo 03",
        "La beta pública se retrasa hasta marzo.",
        "es",
        "delay",
    ),
    # both trees
    ("MiniMax rinvia la beta aperta di Hailuo 03", "La beta pubblica slitta a marzo.", "it", "delay"),
    # both trees
    (
        "MiniMax verschiebt die offene Beta von Hailuo 03",
        "Die offene Beta kommt erst im März.",
        "de",
        "delay",
    ),
    # both trees
    ("MiniMax repousse la bêta ouverte de Hailuo 03", "La bêta ouverte est décalée à mars.", "fr", "delay"),
    # both trees
    (
        "Hailuo 03 en bêta ouverte : notre test complet",
        "Nous avons testé pendant deux semaines le modèle de MiniMax, en bêta ouverte depuis octobre.",
        "fr",
        None,
    ),
    # both trees
    (
        "Como entrar na beta aberta do Hailuo 03",
        "Veja o passo a passo para participar da beta aberta do modelo da MiniMax, disponível desde outubro.",
        "pt",
        None,
    ),
    (
        "MiniMax abre la beta pública de Hailuo 03",
        "Cualquiera puede probar desde hoy el nuevo modelo de vídeo de MiniMax.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Hailuo 03: Offene Beta startet heute",
        "MiniMax öffnet sein neues Videomodell ab heute für alle.",
        "de",
        "launch",
    ),
]

ROWS, IDS = table_rows(
    {
        "an existing product opened to everyone": AN_EXISTING_PRODUCT_OPENED_TO_EVERYONE,
        "a product put on the free plan": A_PRODUCT_PUT_ON_THE_FREE_PLAN,
        "a release after until now (rule dropped)": A_RELEASE_AFTER_UNTIL_NOW__RULE_DROPPED,
        "general availability and leaving preview": GENERAL_AVAILABILITY_AND_LEAVING_PREVIEW,
        "a price as a detail of an arrival": A_PRICE_AS_A_DETAIL_OF_AN_ARRIVAL,
        "invite codes and waitlists in other people's hands": INVITE_CODES_AND_WAITLISTS_IN_OTHER_PEOPLE_S_HANDS,
        "reviewed rows: opening to everyone, free plans, prices, invite codes": REVIEWED_ROWS__OPENING_TO_EVERYONE__FREE_PLANS__PRICES__INVITE_CODES,
        "second review: a lede's 'until now' (rule dropped)": SECOND_REVIEW__A_LEDE_S__UNTIL_NOW___RULE_DROPPED,
        "a how-to under a product and a place, over a lede dated today": A_HOW_TO_UNDER_A_PRODUCT_AND_A_PLACE__OVER_A_LEDE_DATED_TODAY,
        "third review: how-to headlines over dated and undated ledes": THIRD_REVIEW__HOW_TO_HEADLINES_OVER_DATED_AND_UNDATED_LEDES,
        "an open or public beta in five languages": AN_OPEN_OR_PUBLIC_BETA_IN_FIVE_LANGUAGES,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_round_thirty_three(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table

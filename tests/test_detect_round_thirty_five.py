"""Issue #12, round thirty-five (stop 53): a how-to under the product's bare name over the
owner's report of today, and a bracketed price after a release or an arrival.

- A headline that is only the product's name (with its version, vendor and filler words:
  "Marey 2 from Moonvalley", "Veo 4 de Google", "Veo 4 do Google"), then a colon or a dash and
  a how-to line ("what it is and how to try it", "comment l'essayer", "como testar"), over a
  lede whose first sentence is the owner's own report of the release with today's day ("Google
  released Veo 4 today", "Google a lancé ce mardi Veo 4"), is news with a service tail, as the
  same headline with a place already was ("Sora 2 sur Android : mode d'emploi"). The lede must
  open on the vendor, release no update or feature of the product ("un aggiornamento di Veo
  3"), and hold no relative clause ("Today Veo 3 is one of the models Google released", "il
  modello che aveva lanciato"); a comma is no such break ("Kling 2.1, one month later: tips");
  the other conditions of the place reading stay (no date, no builder's tool, no "but not").
- A price in round brackets after a release or an arrival ("arrives on Android for SuperGrok
  subscribers ($30/month)", "Veo 3 arriva in Italia (21,99 euro al mese)") is its detail, as
  "at $0.10 per second" was; a bracketed price of a plan the headline launches stays pricing.

Every headline and summary here was written for these tests (by this round's probes and by a
helper reviewer who attacked the draft): none is taken or paraphrased from a labelled corpus
item. Rows not marked "both trees" failed on round thirty-four's tree; the rows marked "both
trees" are guards.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

A_HOW_TO_UNDER_THE_PRODUCT_S_BARE_NAME__OVER_THE_OWNER_S_REPORT_OF_TODAY = [
    (
        "Kling 2.6: how to try it",
        "Kuaishou released Kling 2.6 this morning, its newest video model, to all paid users.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 2.6: how to try it",
        "Kuaishou released Kling 2.6 in May; this guide walks through the settings.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling 2.6: how to get better results",
        "Kling 2.6 came out last month. Here are ten prompting tips.",
        "en",
        None,
    ),
    (
        "Veo 4 from Google: how to use it",
        "Google released Veo 4 today in the Gemini app and on Vertex AI.",
        "en",
        "launch",
    ),
    (
        "Veo 4 de Google : comment l'essayer",
        "Google a lancé ce mardi Veo 4, son nouveau modèle vidéo, dans l'application Gemini.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Veo 4 de Google: cómo probarlo",
        "Google lanzó este martes Veo 4, su nuevo modelo de vídeo, en la app Gemini.",
        "es",
        "launch",
    ),
    (
        "Veo 4 di Google: come provarlo",
        "Google ha lanciato oggi Veo 4, il suo nuovo modello video, nell'app Gemini.",
        "it",
        "launch",
    ),
    (
        "Veo 4 do Google: como testar",
        "O Google lançou nesta terça o Veo 4, seu novo modelo de vídeo, no app Gemini.",
        "pt",
        "launch",
    ),
    (
        "Veo 4 von Google: So testen Sie es",
        "Google hat heute Veo 4, sein neues Videomodell, in der Gemini-App veröffentlicht.",
        "de",
        "launch",
    ),
    # both trees
    ("Veo 4: how to use it", "A developer launched a bot today that makes clips with Veo 4.", "en", None),
    # both trees
    (
        "Sora 2: how to use it in Europe with a VPN",
        "OpenAI launched Sora 2 today in the US and Canada, but not in the EU.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 : comment l'utiliser",
        "Depuis le 30 septembre, OpenAI propose Sora 2 aux États-Unis.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway Gen-4: how to write better prompts",
        "Runway's Gen-4 has been out since March; these tips still hold.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway Gen-5: how to try it",
        "Runway unveiled Gen-5 last week and opened it to all paying users.",
        "en",
        None,
    ),
    # both trees
    ("Veo 3: how to use it", "Every Tuesday, we explain a feature of Google's video model.", "en", None),
]

A_BRACKETED_PRICE_AFTER_A_RELEASE_OR_AN_ARRIVAL = [
    (
        "Grok Imagine arrives on Android for SuperGrok subscribers ($30/month)",
        "xAI's video tool is now available in the Grok app for Android.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 comes to India (Rs 1,950 a month)",
        "Google has extended Veo 3 to Gemini subscribers in India.",
        "en",
        "availability",
    ),
    (
        "Veo 3 arrive en France (21,99 € par mois)",
        "Google ouvre Veo 3 aux abonnés français de Google AI Pro.",
        "fr",
        "availability",
    ),
    (
        "Veo 3 llega a España (21,99 euros al mes)",
        "Google abre Veo 3 a los suscriptores españoles.",
        "es",
        "availability",
    ),
    (
        "Veo 3 startet in Deutschland (21,99 Euro im Monat)",
        "Google öffnet Veo 3 für deutsche Abonnenten.",
        "de",
        "availability",
    ),
    (
        "Veo 3 arriva in Italia (21,99 euro al mese)",
        "Google apre Veo 3 agli abbonati italiani.",
        "it",
        "availability",
    ),
    (
        "Veo 3 chega ao Brasil (R$ 96,99 por mês)",
        "O Google libera o Veo 3 para assinantes brasileiros.",
        "pt",
        "availability",
    ),
    ("Runway launches Gen-5 ($0.12 per second)", "The new model is out today.", "en", "launch"),
    # both trees
    (
        "Runway launches a new Unlimited plan ($95/month)",
        "The plan includes unlimited Gen-4 generations.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Sora price cut ($0.05 per second) arrives on the API",
        "OpenAI lowered the price of Sora 2 in the API.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 gets cheaper (now $0.40 per second)",
        "Google cut the price of Veo 3 on Vertex AI.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kling raises prices for its Pro plan ($37/month)",
        "Kuaishou increased subscription prices.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI introduces Sora credits ($4 for 10 videos)",
        "Users can now buy extra generations.",
        "en",
        "pricing",
    ),
]

REVIEWED_ROWS__HOW_TOS_UNDER_A_BARE_NAME = [
    # both trees
    (
        "Kling 2.1 from Kuaishou: tips and tricks",
        "Today we look at Kling 2.1, the video model Kuaishou launched for its paying members, and at the prompts that get the most out of it.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 from Google: a beginner's guide",
        "Today Veo 3 is one of the most capable video models Google has released, and it is easier to start with than most people think.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 from OpenAI: how to bypass the watermark",
        "Today users found a way to strip the watermark from clips made with Sora 2, a week after OpenAI launched the app.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway Gen-4 from Runway: how to fix flickering",
        "This morning, many users of Gen-4, which Runway released to all paid plans, reported flickering in shots longer than five seconds.",
        "en",
        None,
    ),
    # both trees
    (
        "Hailuo 02 from MiniMax: how to get the best results",
        "Today Hailuo 02, which MiniMax released a few weeks back, sits at the top of a popular public leaderboard for image-to-video.",
        "en",
        None,
    ),
    # both trees
    (
        "Midjourney V1 from Midjourney: tips for better motion",
        "Tonight's office hours covered V1, the video model Midjourney released to all subscribers, and the settings that keep motion smooth.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling 2.1, one month later: tips and tricks",
        "Today Kling 2.1, which Kuaishou launched earlier this month, is the default model in most of the workflows we see.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 and Sora 2: a practical guide",
        "Today we compare Veo 3 and Sora 2, the video models Google and OpenAI released to paying users, on ten everyday prompts.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 from OpenAI: how to get a refund",
        "OpenAI, which launched Sora 2 as an invite-only app, is shutting the app down today and says paying users will be refunded.",
        "en",
        None,
    ),
    # both trees
    (
        "Firefly Video from Adobe: how to use it in Premiere Pro",
        "Firefly Video, released by Adobe earlier this year, today powers Generative Extend in Premiere Pro for millions of editors.",
        "en",
        None,
    ),
    # both trees
    (
        "Seedance 1.0 from ByteDance: what it is and how to try it",
        "Seedance 1.0, released by ByteDance earlier this month, is today only reachable through Dreamina and a handful of API resellers.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma Ray2 from Luma AI: the complete guide",
        "Luma AI launched Ray2 earlier this month, and today we walk you through every setting in Dream Machine.",
        "en",
        None,
    ),
    (
        "Marey 2 from Moonvalley: what it is and how to try it",
        "Moonvalley released Marey 2 today, its second video model trained only on licensed footage.",
        "en",
        "launch",
    ),
    (
        "Nova Reel 2 from Amazon: how to try it",
        "Amazon launched Nova Reel 2 this morning in Bedrock, with clips of up to two minutes.",
        "en",
        "launch",
    ),
    (
        "Veo 4 from Google: how do you get access?",
        "Google released Veo 4 today to Gemini Ultra subscribers in the US, with a wider rollout promised later.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Meet Marey 2 from Moonvalley: how to try it",
        "Moonvalley released Marey 2 today, its second video model trained only on licensed footage.",
        "en",
        "launch",
    ),
    (
        "Veo 4 from Google: how to try it",
        "Google released Veo 4 today, May 20, to Gemini Ultra subscribers in the US.",
        "en",
        "launch",
    ),
    (
        "Hailuo 02 from MiniMax",
        "Video model by MiniMax. Text-to-video and image-to-video at 1080p, up to 10 seconds. Pricing, API access and alternatives.",
        "en",
        None,
    ),
    (
        "Wan 2.2 from Alibaba",
        "Wan 2.2 is an open-weights video model released by Alibaba under the Apache 2.0 license, with text-to-video and image-to-video checkpoints.",
        "en",
        None,
    ),
    # both trees
    (
        "Gen-5 from Runway",
        "Runway has unveiled Gen-5, its next video model, promising longer shots and characters that stay consistent across scenes.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Ray3 from Luma AI",
        "Luma AI released Ray3 on Tuesday, calling it the first video model that can reason about a scene before rendering it.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Veo 3 de Google : le guide complet",
        "Aujourd'hui, Veo 3 est le modèle vidéo le plus abouti lancé par Google, mais il reste difficile à maîtriser.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kling 2.1 de Kuaishou : nos astuces",
        "Aujourd'hui, on s'intéresse à Kling 2.1, le modèle que Kuaishou a lancé pour ses abonnés payants, et aux prompts qui marchent le mieux.",
        "fr",
        None,
    ),
    # both trees
    (
        "Hailuo 02 de MiniMax : mode d'emploi",
        "Lancé il y a une quinzaine de jours par MiniMax, Hailuo 02 est aujourd'hui l'un des modèles vidéo les plus utilisés sur Discord.",
        "fr",
        None,
    ),
    # both trees
    (
        "Seedance 1.0 de ByteDance : comment contourner les filtres",
        "Ce matin, des utilisateurs ont publié une méthode pour contourner les filtres de Seedance 1.0, lancé par ByteDance début juin.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 d'OpenAI : comment récupérer vos vidéos",
        "Aujourd'hui, OpenAI ferme l'application Sora 2, lancée sur invitation, et laisse trente jours pour exporter ses créations.",
        "fr",
        None,
    ),
    # both trees
    (
        "Ray2 de Luma AI, un mois après : nos conseils",
        "Aujourd'hui encore, Ray2, lancé par Luma AI au début du mois, reste le modèle par défaut de Dream Machine.",
        "fr",
        None,
    ),
    # both trees
    (
        "Firefly Video d'Adobe : comment l'utiliser dans Premiere Pro",
        "À ce jour, Firefly Video, lancé par Adobe en bêta publique, alimente l'Extension générative de Premiere Pro.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 du côté d'OpenAI : comment obtenir une invitation",
        "Ce mardi, la chasse aux codes d'invitation pour Sora 2, lancé par OpenAI il y a une dizaine de jours, continue sur Reddit.",
        "fr",
        None,
    ),
    (
        "Veo 4 de Google : comment l'essayer",
        "Google a lancé Veo 4 ce mardi, avec le son natif et des plans de deux minutes.",
        "fr",
        "launch",
    ),
    (
        "Nova Reel 2 d'Amazon : mode d'emploi",
        "Amazon a lancé ce matin Nova Reel 2 sur Bedrock, avec des clips de deux minutes.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Dream Machine du Luma AI",
        "Générateur vidéo de Luma AI, propulsé par Ray2. Texte vers vidéo, image vers vidéo, tarifs et alternatives.",
        "fr",
        None,
    ),
    # both trees
    (
        "Ray3 du Luma AI",
        "Luma AI a lancé ce jeudi Ray3, son nouveau modèle vidéo, dans Dream Machine.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 de Kuaishou",
        "Kuaishou a dévoilé Kling 3.0, son nouveau modèle vidéo, avec des plans plus longs et le son natif.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Veo 3 von Google: Tipps und Tricks",
        "Heute schauen wir uns Veo 3 an, das Videomodell, das Google für Abonnenten von Gemini Ultra veröffentlicht hat.",
        "de",
        None,
    ),
    # both trees
    (
        "Kling 2.1 von Kuaishou: Anleitung",
        "Kling 2.1 ist heute das günstigste Videomodell, das Kuaishou bisher veröffentlicht hat, und trotzdem erstaunlich gut.",
        "de",
        None,
    ),
    # both trees
    (
        "Hailuo 02 von MiniMax: So funktioniert's",
        "Bis heute ist Hailuo 02, das MiniMax vor gut drei Wochen veröffentlicht hat, kostenlos testbar.",
        "de",
        None,
    ),
    (
        "Veo 4 von Google: So testen Sie es",
        "Google hat heute Veo 4 veröffentlicht, mit nativem Ton und Clips von bis zu zwei Minuten.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Marey 2 von Moonvalley: Was es ist und wie man es testet",
        "Moonvalley hat am Dienstag Marey 2 vorgestellt, ein Videomodell, das nur mit lizenziertem Material trainiert wurde.",
        "de",
        "launch",
    ),
    (
        "Veo 4 von Google: So testen Sie es",
        "Google hat Veo 4 heute, am 20. Mai, veröffentlicht, zunächst für Abonnenten in den USA.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Nova Reel 2 von Amazon: Erste Schritte",
        "Amazon hat heute Nova Reel 2 in Bedrock veröffentlicht, mit Clips von bis zu zwei Minuten.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Gen-5 von Runway",
        "Runway hat heute Gen-5 vorgestellt, ein Videomodell mit nativem Ton und längeren Einstellungen.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Wan 2.2 von Alibaba",
        "Open-Weights-Videomodell von Alibaba unter Apache-2.0-Lizenz. Text-zu-Video, Bild-zu-Video, Preise und Alternativen.",
        "de",
        None,
    ),
    # both trees
    (
        "Veo 3 de Google: guía para principiantes",
        "Hoy en día, Veo 3 es el modelo de vídeo más completo que ha lanzado Google, aunque no es fácil de dominar.",
        "es",
        None,
    ),
    # both trees
    (
        "Kling 2.1 de Kuaishou: trucos y consejos",
        "Hoy nos fijamos en Kling 2.1, el modelo que Kuaishou lanzó para sus suscriptores de pago, y en los prompts que mejor funcionan.",
        "es",
        None,
    ),
    # both trees
    (
        "Seedance 1.0 de ByteDance: cómo saltarse la censura",
        "Esta mañana, usuarios de Reddit publicaron un método para saltarse los filtros de Seedance 1.0, que ByteDance lanzó a finales de mayo.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway Gen-4, un mes después: consejos para sacarle partido",
        "Hoy Gen-4, que Runway lanzó a principios de mes, es el modelo por defecto en la mayoría de los flujos de trabajo que vemos.",
        "es",
        None,
    ),
    # both trees
    (
        "Veo 4 de Google: cómo probarlo",
        "Google lanzó hoy Veo 4, con audio nativo y planos de hasta dos minutos.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Ray3 de Luma AI: qué es y cómo probarlo",
        "Luma AI presentó este martes Ray3, un modelo de vídeo que razona antes de generar.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Veo 4, el nuevo modelo de Google: cómo probarlo",
        "Google lanzó hoy Veo 4, con audio nativo y planos de hasta dos minutos.",
        "es",
        "launch",
    ),
    # both trees
    (
        "El nuevo Veo 4 de Google: cómo probarlo",
        "Google lanzó hoy Veo 4, con audio nativo y planos de hasta dos minutos.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Hailuo 02 de MiniMax",
        "Modelo de vídeo de MiniMax. Texto a vídeo e imagen a vídeo en 1080p, hasta 10 segundos. Precios, API y alternativas.",
        "es",
        None,
    ),
    # both trees
    (
        "Seedance 2.0 de ByteDance",
        "ByteDance ha presentado Seedance 2.0, su nuevo modelo de vídeo, con planos más largos y audio sincronizado.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Wan 2.5 de Alibaba",
        "Alibaba lanzó hoy Wan 2.5, su nuevo modelo de vídeo con audio sincronizado y pesos abiertos.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Veo 3 di Google: la guida completa",
        "Oggi Veo 3 è il modello video più avanzato lanciato da Google, ma imparare a usarlo richiede pratica.",
        "it",
        None,
    ),
    # both trees
    (
        "Kling 2.1 di Kuaishou: trucchi e consigli",
        "Il lunedì la nostra rubrica è dedicata a Kling 2.1, il modello lanciato da Kuaishou per gli abbonati a pagamento.",
        "it",
        None,
    ),
    # both trees
    (
        "Hailuo 02 di MiniMax: come usarlo",
        "Oggi Hailuo 02, lanciato da MiniMax dieci giorni fa, è tra i modelli video più usati su Reddit.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora 2 di OpenAI: come rimuovere la filigrana",
        "Stamattina alcuni utenti hanno pubblicato un metodo per rimuovere la filigrana di Sora 2, l'app lanciata da OpenAI a fine settembre.",
        "it",
        None,
    ),
    # both trees
    (
        "Seedance 1.0 di ByteDance: come ottenere un rimborso",
        "Oggi ByteDance chiude in Europa Seedance 1.0, il modello che aveva lanciato per gli utenti di Dreamina.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway Gen-4, un mese dopo: i nostri consigli",
        "Oggi Gen-4, lanciato da Runway a inizio mese, è il modello predefinito nella maggior parte dei flussi di lavoro.",
        "it",
        None,
    ),
    (
        "Veo 4 di Google: come provarlo",
        "Google ha lanciato oggi Veo 4, con audio nativo e inquadrature fino a due minuti.",
        "it",
        "launch",
    ),
    (
        "Marey 2 di Moonvalley: cos'è e come provarlo",
        "Moonvalley ha presentato martedì Marey 2, un modello video addestrato solo su filmati con licenza.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Nova Reel 2 di Amazon: come iniziare",
        "Amazon ha lanciato stamattina Nova Reel 2 su Bedrock, con clip fino a due minuti.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Wan 2.2 di Alibaba",
        "Modello video open source di Alibaba con licenza Apache 2.0. Testo-video, immagine-video, prezzi e alternative.",
        "it",
        None,
    ),
    # both trees
    (
        "Kling 3.0 di Kuaishou",
        "Kuaishou ha lanciato oggi Kling 3.0, il suo nuovo modello video con audio nativo.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Gen-5 di Runway",
        "Runway ha presentato Gen-5, il suo nuovo modello video, con inquadrature più lunghe e personaggi coerenti.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Veo 3 do Google: guia para iniciantes",
        "Hoje em dia, o Veo 3 é o modelo de vídeo mais completo já lançado pelo Google, mas não é fácil de dominar.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kling 2.1 da Kuaishou: dicas e truques",
        "Hoje vamos falar do Kling 2.1, o modelo que a Kuaishou lançou para assinantes pagos, e dos prompts que funcionam melhor.",
        "pt",
        None,
    ),
    # both trees
    (
        "Seedance 1.0 da ByteDance: como usar",
        "Até hoje, o Seedance 1.0, lançado pela ByteDance no fim de maio, é o único modelo chinês com planos de dez segundos em 1080p.",
        "pt",
        None,
    ),
    # both trees
    (
        "Veo 3 do Google, seis meses depois: dicas",
        "Hoje o Veo 3, lançado pelo Google no começo do ano, ainda é o modelo preferido de muitos criadores.",
        "pt",
        None,
    ),
    (
        "Veo 4 do Google: como testar",
        "O Google lançou hoje o Veo 4, com áudio nativo e planos de até dois minutos.",
        "pt",
        "launch",
    ),
    (
        "Grok Imagine do xAI: o que é e como usar",
        "A xAI lançou nesta terça o Grok Imagine, seu gerador de vídeos com áudio.",
        "pt",
        "launch",
    ),
    (
        "Sora 2 da OpenAI: como baixar no Android",
        "A OpenAI lançou hoje o app do Sora 2 para Android no Brasil.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Veo 3 do Google",
        "O Veo 3 é o modelo de vídeo do Google que gera clipes de oito segundos com áudio. Preços, acesso e alternativas.",
        "pt",
        None,
    ),
    # both trees
    (
        "Wan 2.2 do Alibaba",
        "Lançado pelo Alibaba com pesos abertos, o Wan 2.2 gera vídeos a partir de texto e imagem. Veja preços e alternativas.",
        "pt",
        None,
    ),
    # both trees
    (
        "Wan 2.5 do Alibaba",
        "O Alibaba lançou o Wan 2.5, seu novo modelo de vídeo com áudio sincronizado e clipes mais longos.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Veo 4 do Google",
        "O Google anunciou nesta terça-feira o Veo 4, seu novo modelo de vídeo com áudio nativo.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Nova Reel 2 do Amazon",
        "A Amazon lançou o Nova Reel 2 no Bedrock, com clipes de até dois minutos.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Veo 3 von Google: So erstellen Sie Hochformat-Videos",
        "Google hat heute ein Update für Veo 3 veröffentlicht, mit dem sich Videos im Hochformat erzeugen lassen.",
        "de",
        None,
    ),
    # both trees
    (
        "Veo 4 von Google: Wie bekomme ich Zugang?",
        "Google hat heute Veo 4 veröffentlicht, vorerst nur für Abonnenten von Gemini Ultra.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Veo 3 de Google: cómo crear vídeos verticales",
        "Google publicó hoy una actualización de Veo 3 que permite generar vídeos en formato vertical.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora 2 de OpenAI: cómo conseguir una invitación",
        "OpenAI repartió hoy una nueva tanda de invitaciones para Sora 2, la app que lanzó hace tres semanas.",
        "es",
        None,
    ),
    # both trees
    (
        "Marey 2 de Moonvalley: qué es y cómo probarlo",
        "Moonvalley lanzó hoy su segundo modelo de vídeo, entrenado solo con material con licencia.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Veo 3 di Google: come creare video verticali",
        "Google ha rilasciato oggi un aggiornamento di Veo 3 che permette di generare video in verticale.",
        "it",
        None,
    ),
    # both trees
    (
        "Kling 2.1 di Kuaishou: guida ai prompt",
        "Oggi vi spieghiamo come scrivere i prompt per Kling 2.1, il modello che Kuaishou ha lanciato per gli abbonati.",
        "it",
        None,
    ),
]

ROWS, IDS = table_rows(
    {
        "a how-to under the product's bare name, over the owner's report of today": A_HOW_TO_UNDER_THE_PRODUCT_S_BARE_NAME__OVER_THE_OWNER_S_REPORT_OF_TODAY,
        "a bracketed price after a release or an arrival": A_BRACKETED_PRICE_AFTER_A_RELEASE_OR_AN_ARRIVAL,
        "reviewed rows: how-tos under a bare name": REVIEWED_ROWS__HOW_TOS_UNDER_A_BARE_NAME,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_round_thirty_five(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table

"""Issue #12, round twenty-nine (stop 48): a summary that narrates a past release, a reaction
told after the headline's news, and a product launched on a host the lexicons do not name.

- A summary whose first sentence narrates a dated past release ("Launched in May 2024, Veo
  was Google's answer to Sora.") tells a story: its later "is available" or "launched" is
  background, unless that sentence marks today or now ("This week it launched Gen-4", "est
  désormais disponible", "ya está disponible"). Only when the headline has no event word.
- A reaction or a legal word in a later clause of the headline, after its event word ("OpenAI
  startet Sora 2 - Kritiker warnen vor Deepfakes"), over a summary whose first sentence reports
  that event as today's news, is the news's consequence: it weighs as a service line. Over a
  summary about the reaction ("SAG-AFTRA said on Tuesday ...") the reaction is the news.
- ... and over a summary whose opening tells the reaction or the legal step itself and reports
  no event of the product ("Disney sent ByteDance a cease-and-desist letter on Friday"), that
  clause is the news: somebody else's act (§1b), the ``reaction_news`` genre.
- A launch verb whose subject is the product, then a host ("Kling 2.1 debuts on Krea", "Veo 3
  se lanza en Freepik"): an existing product reaching a platform, unless the lede releases it
  today by its owner or calls it new.
- A product that "debuts in" an ad, a music video, a short film or a documentary: a work made
  with it (six languages), not an arrival there.
- "CapCut launches Veo 3 in its editor" was a delay: the stop word "cap*" took the host's
  name. Stop words now match "cap", "caps", "capped", "capping" only.
- Dropped after review: "<product> opens to everyone" over a lede that calls it a prototype or
  names its red team, read as a first release. Its counter-examples stay as guards.

Every headline and summary here was written for these tests (some by helper reviewers): none is
taken or paraphrased from a labelled corpus item. Rows not marked "both trees" failed on stop
47's tree; the rows marked "both trees" are guards.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# (title, summary, lang, event or None)
# A summary that opens on a dated past release narrates: its later sentences are background unless they mark today or now.
NARRATED_PAST = [
    (
        "How Sora changed short-form video",
        "Released in December 2024, Sora quickly became a staple of TikTok creators. The app is available in more than a dozen countries.",
        "en",
        None,
    ),
    (
        "The Runway story so far",
        "Runway released Gen-3 Alpha in June 2024. Gen-4 followed, and it is available on all paid plans.",
        "en",
        None,
    ),
    (
        "Pika's bet on playful effects",
        "Pika first launched in late 2023 as a Discord bot. Pika 2.0 launched with scene ingredients, and the app is available on the web and iPhone.",
        "en",
        None,
    ),
    (
        "Hailuo and the Chinese video boom",
        "MiniMax released Hailuo in September 2024. The model is available worldwide and has been praised for its motion quality.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling, trois ans après",
        "En juin 2024, Kuaishou a dévoilé Kling. Le modèle est disponible dans son application et a séduit de nombreuses agences.",
        "fr",
        None,
    ),
    (
        "Kling, le pari vidéo de Kuaishou",
        "Lancé en juin 2024, Kling était la réponse chinoise à Sora. Le modèle a ensuite été lancé à l'international et il est disponible dans plus de cent pays.",
        "fr",
        None,
    ),
    (
        "Cómo Kling se hizo un hueco",
        "Kuaishou lanzó Kling en junio de 2024. La herramienta está disponible en todo el mundo y compite con Runway.",
        "es",
        None,
    ),
    (
        "La parabola di Dream Machine",
        "Luma ha lanciato Dream Machine a giugno 2024. L'app è disponibile anche su iPhone.",
        "it",
        None,
    ),
    (
        "A trajetória do Sora",
        "A OpenAI lançou o Sora em dezembro de 2024. O aplicativo está disponível em vários países e virou febre entre criadores.",
        "pt",
        None,
    ),
    (
        "Kling e a corrida do vídeo na China",
        "A Kuaishou apresentou o Kling em junho de 2024. O modelo está disponível no mundo todo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Runway's next act: Gen-4",
        "Runway released Gen-3 Alpha in June 2024. This week it launched Gen-4, which keeps characters consistent across shots.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Midjourney video on mobile",
        "Midjourney released its V1 video model in June 2025 on the web. It is now available in the iOS app as well.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling chez nous",
        "En juin 2024, Kuaishou a dévoilé Kling. Le modèle est désormais disponible en France pour les abonnés payants.",
        "fr",
        "availability",
    ),
    # "Runway, le retour" moved to VETOED_SINCE_THE_RETRAIN in test_detect_round_thirty_seven.py
    # (stop 58's retrain vetoes it; the rules still read it right)
    # both trees
    (
        "Sora, por fin en Europa",
        "OpenAI lanzó Sora en diciembre de 2024 solo en Estados Unidos. Desde esta semana está disponible en la Unión Europea.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3 para los españoles",
        "Google presentó Veo 3 en mayo de 2025. El modelo ya está disponible en España para los suscriptores de Google AI Pro.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Sora, finalmente in Italia",
        "OpenAI ha lanciato Sora a dicembre 2024 solo negli Stati Uniti. Da questa settimana è disponibile anche in Italia.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Veo 3 per gli utenti italiani",
        "Google ha presentato Veo 3 a maggio 2025. Il modello è ora disponibile in Italia per gli abbonati Google AI Pro.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Sora, finalmente no Brasil",
        "A OpenAI lançou o Sora em dezembro de 2024 apenas nos EUA. A partir desta semana, o app está disponível no Brasil.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Veo 3 para brasileiros",
        "O Google apresentou o Veo 3 em maio de 2025. O modelo agora está disponível no Brasil para assinantes do Google AI Pro.",
        "pt",
        "availability",
    ),
    (
        "Adobe's take on AI video",
        "Adobe unveiled its Firefly video model in October 2024. The company's partners, including Runway and Luma, have launched plugins that are available in Premiere Pro.",
        "en",
        None,
    ),
    # both trees
    (
        "Seedance goes Pro",
        "ByteDance unveiled Seedance 1.0 in June 2025. It has just released Seedance 1.0 Pro with 1080p output.",
        "en",
        "launch",
    ),
    (
        "The Sora effect on stock footage",
        "OpenAI released Sora in December 2024. Since then, stock footage sites have launched their own AI video tools, and Shutterstock's generator is available to enterprise clients.",
        "en",
        None,
    ),
    (
        "O Kling no dia a dia dos criadores",
        "A Kuaishou apresentou o Kling em junho de 2024. O modelo está disponível em vários países e é usado por agências.",
        "pt",
        None,
    ),
    (
        "Veo reshapes video creation",
        "Launched in May 2024, Veo was Google's answer to Sora. The model became available to a first wave of US users, and artists have embraced it.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo comes to more people",
        "Launched in May 2024, Veo was Google's answer to Sora. It is now available to users in Europe.",
        "en",
        "availability",
    ),
    # both trees
    (
        "A year on, Veo reaches Europe",
        "First shown at I/O in May 2024, Veo is now rolling out to users in the EU this week.",
        "en",
        "availability",
    ),
    (
        "Gen-3, le tournant de Runway",
        "Dévoilé en juin 2024, Gen-3 était la réponse de Runway à Sora. Le modèle a été rendu accessible aux abonnés payants, puis aux studios.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 débarque en Europe",
        "Présenté en mai 2025, Veo 3 est désormais disponible en France depuis ce jeudi.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "How Sora changed video",
        "OpenAI unveiled Sora in February 2024. It launched to the public in December, and millions have used it since.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 is here",
        "OpenAI unveiled Sora in February 2024. Today it launched Sora 2, its new video model.",
        "en",
        "launch",
    ),
    (
        "Cómo Veo cambió el vídeo",
        "Google presentó Veo en mayo de 2024. Después el modelo llegó a los usuarios de Estados Unidos.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway's new model",
        "Runway launched Gen-3 in June 2024. This week it released Gen-4, a model that keeps characters consistent.",
        "en",
        "launch",
    ),
]


# A reaction or legal clause after the headline's event, over a lede that reports the event as today's news, is the news's consequence; over a lede about the reaction it is the news.
CONSEQUENCES = [
    # both trees
    (
        "OpenAI launches Sora 2, and Hollywood's unions are furious",
        "SAG-AFTRA said on Tuesday that the new model threatens actors' livelihoods and demanded consent rules for likenesses.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling 2.0 is here, and regulators are worried",
        "The EU's AI Office sent Kuaishou a letter on Wednesday asking how the model labels synthetic content.",
        "en",
        None,
    ),
    # both trees
    (
        "ByteDance unveils Seedance 2.0 — and the MPA slams it",
        "The Motion Picture Association said on Friday that the model enables massive copyright infringement and urged ByteDance to act.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora is now available in the EU — here's why lawyers are worried",
        "Privacy lawyers say the cameo feature could clash with GDPR rules on biometric data.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 débarque en France, la CNIL s'inquiète",
        "La CNIL a indiqué jeudi qu'elle examinait les risques liés aux deepfakes générés par le modèle.",
        "fr",
        None,
    ),
    # both trees
    (
        "OpenAI startet Sora 2 – Schauspieler-Gewerkschaft warnt vor Deepfakes",
        "Die Gewerkschaft SAG-AFTRA forderte am Dienstag strenge Regeln für die Nutzung von Gesichtern und Stimmen.",
        "de",
        None,
    ),
    (
        "Runway releases Gen-4, amid copyright concerns",
        "Runway on Monday released Gen-4, which keeps characters and locations consistent across shots. It is available to paid subscribers.",
        "en",
        "launch",
    ),
    (
        "OpenAI startet Sora 2 – Kritiker warnen vor Deepfakes",
        "OpenAI hat am Dienstag Sora 2 vorgestellt, ein Videomodell mit Ton, und dazu eine iOS-App.",
        "de",
        "launch",
    ),
    (
        "OpenAI lancia Sora 2 e scoppia la polemica sui deepfake",
        "OpenAI ha presentato martedì Sora 2, un modello video con audio, insieme a un'app per iOS.",
        "it",
        "launch",
    ),
    # both trees
    (
        "OpenAI releases Sora 2 - a legal analysis",
        "Our legal editor looks at whether the model's training and cameo features comply with copyright and publicity law.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI lance Sora 2, les artistes s'insurgent",
        "Le nouveau modèle vidéo génère aussi le son.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "OpenAI launches Sora 2, and artists are furious",
        "The new video model also generates sound.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway releases Gen-4 to mixed reactions",
        "The new model keeps characters consistent across shots.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora arrive en Europe, mais les créateurs restent sceptiques",
        "L'outil vidéo d'OpenAI est disponible dans l'UE.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "OpenAI lanza Sora 2 y los actores protestan",
        "El nuevo modelo de vídeo también genera sonido.",
        "es",
        "launch",
    ),
    # both trees
    (
        "OpenAI lancia Sora 2, Hollywood protesta",
        "Il nuovo modello video genera anche l'audio.",
        "it",
        "launch",
    ),
    # both trees
    ("OpenAI lança Sora 2 e artistas reagem", "O novo modelo de vídeo também gera som.", "pt", "launch"),
    # both trees
    (
        "Veo 3 débarque en France : les internautes sont bluffés",
        "Le modèle vidéo de Google est accessible aux abonnés AI Pro.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora 2 : les artistes s'insurgent contre l'outil d'OpenAI",
        "Les syndicats dénoncent des vidéos générées avec leurs visages.",
        "fr",
        None,
    ),
    # both trees
    (
        "Artists protest as OpenAI's Sora 2 spreads",
        "Unions demand limits on the video tool launched last week.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling 2.1 est disponible et c'est bluffant",
        "Kuaishou lance la nouvelle version de son modèle vidéo.",
        "fr",
        "launch",
    ),
]


# Dropped after review: "<product> opens to everyone" over a lede that calls it a prototype or names its red team, read as a first release. Loose "prototype", safety red-teaming and tiers broke it; these arrivals stay arrivals.
PROTOTYPE_DROPPED = [
    # both trees
    (
        "Sora is now available to all ChatGPT users",
        "OpenAI's video tool, launched in December for paying subscribers, now reaches free accounts.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 2 is now available to everyone in the Gemini app",
        "Google's video model, released to paying subscribers in April, opens to free users.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 will be available in Europe next week",
        "Google's video model, launched in the US in May, expands to the EU.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora will be available to ChatGPT Free users soon",
        "OpenAI plans to open its video tool, now limited to Plus and Pro, to free accounts.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 sera disponible en France la semaine prochaine",
        "Le modèle vidéo de Google, lancé aux États-Unis en mai, arrive en Europe.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Runway Gen-4 References now available to everyone",
        "Runway is opening its References feature to all users after a two-month paid beta. Creators use it to prototype storyboards with consistent characters.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Pika 2.2 is now available to everyone on the web",
        "Pika said its latest model, launched for Pro subscribers last month, can now be used by free users. Agencies have used it to prototype ad concepts.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google opens Veo 3 to everyone in the Gemini app this weekend",
        "Veo 3, which Google says went through extensive red teaming before its May debut, is free to try for all Gemini users until Sunday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway Gen-4 disponible pour tous les abonnés",
        "Runway étend Gen-4, lancé fin mars, à tous ses forfaits payants. L'outil sert surtout à réaliser des prototypes de storyboards.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 désormais accessible à tous dans l'application Gemini",
        "Le modèle vidéo de Google, lancé en mai pour les abonnés Ultra, s'ouvre à tous les utilisateurs. Google affirme avoir soumis le modèle à des red teamers.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling 2.1 jetzt für alle Nutzer verfügbar",
        "Kuaishou schaltet das im Mai gestartete Modell für Gratis-Nutzer frei. Werbeagenturen nutzen es für Prototypen von Spots.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Runway Gen-4 für alle Abonnenten freigeschaltet",
        "Runways Videomodell, im März für Unternehmen gestartet, steht nun allen zahlenden Kunden zur Verfügung. Studios bauen damit Prototypen von Szenen.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Veo 3 ya está disponible para todos los suscriptores de Google AI Pro",
        "Google amplía el acceso a su modelo de vídeo, lanzado en mayo para el plan Ultra. Los creadores lo usan para hacer prototipos de anuncios.",
        "es",
        "availability",
    ),
    # both trees
    (
        "La app de Sora ya está disponible para todo el mundo en México",
        "OpenAI lleva su aplicación, lanzada en septiembre en Estados Unidos, a México. También mostró un prototipo para Android.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3 disponibile per tutti gli abbonati Google AI Pro",
        "Google estende il suo modello video, lanciato a maggio per il piano Ultra. I creativi lo usano per realizzare prototipi di spot.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Kling 2.1 aperto a tutti gli utenti gratuiti",
        "Kuaishou apre il modello, lanciato a maggio per i piani a pagamento. Secondo l'azienda è stato verificato da red teamer esterni.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Kling 2.1 liberado para todos os usuários gratuitos",
        "A Kuaishou abre o modelo, lançado em maio para planos pagos. Agências usam a ferramenta para protótipos de anúncios.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Runway Gen-4 disponível para todos no plano gratuito",
        "O modelo da Runway, lançado em março para usuários pagos, agora inclui créditos grátis. A Runway publicou um relatório de seus red teamers.",
        "pt",
        "availability",
    ),
]


# A launch verb whose subject is the product, then a named host ("Kling 2.1 debuts on Krea"): an existing product reaching a platform. A lede where the owner releases it today, or that calls it new, keeps the launch; devices, events and the owner's site are no host.
HOST_ARRIVALS = [
    # both trees
    (
        "Kling 2.1 debuts on Krea",
        "Krea users can now pick Kuaishou's model in the video tab, with 5- and 10-second clips.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 launches on Freepik",
        "Freepik subscribers can generate clips with Google's model from the AI suite.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Seedance 1.0 Pro is now live on Higgsfield",
        "The ByteDance model joins the platform's list of video engines for paid plans.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Hailuo 02 officially launches on OpenArt",
        "OpenArt added MiniMax's model to its video generator for all members.",
        "en",
        "availability",
    ),
    (
        "Sora 2 goes live on Poe",
        "Poe subscribers can now call OpenAI's video model from the chat app.",
        "en",
        "availability",
    ),
    (
        "Ray2 launches on Leonardo, the AI art platform",
        "Luma AI's video model is available to Leonardo users with credits.",
        "en",
        "availability",
    ),
    (
        "Kling 2.1 se lance sur Leonardo",
        "Les utilisateurs de la plateforme peuvent désormais choisir le modèle de Kuaishou.",
        "fr",
        "availability",
    ),
    (
        "Veo 3 fait ses débuts sur Freepik",
        "Les abonnés de Freepik peuvent générer des clips avec le modèle de Google.",
        "fr",
        "availability",
    ),
    (
        "Seedance 1.0 Pro startet auf Picsart",
        "Picsart-Nutzer können das Modell von ByteDance jetzt im Video-Editor verwenden.",
        "de",
        "availability",
    ),
    (
        "Hailuo 02 debütiert auf Envato",
        "Envato-Abonnenten erhalten Zugriff auf das Videomodell von MiniMax.",
        "de",
        "availability",
    ),
    (
        "Kling 2.1 debuta en Picsart",
        "Los usuarios del editor ya pueden crear vídeos con el modelo de Kuaishou.",
        "es",
        "availability",
    ),
    (
        "Veo 3 se lanza en Freepik",
        "Los suscriptores de Freepik pueden generar clips con el modelo de Google.",
        "es",
        "availability",
    ),
    (
        "Hailuo 02 debutta su Leonardo",
        "Gli utenti della piattaforma possono ora usare il modello video di MiniMax.",
        "it",
        "availability",
    ),
    (
        "Seedance 1.0 Pro esordisce su OpenArt",
        "Il modello di ByteDance è disponibile per gli abbonati della piattaforma.",
        "it",
        "availability",
    ),
    (
        "Kling 2.1 estreia no Picsart",
        "Usuários do editor já podem criar vídeos com o modelo da Kuaishou.",
        "pt",
        "availability",
    ),
    (
        "Veo 3 é lançado no Freepik",
        "Assinantes do Freepik podem gerar clipes com o modelo do Google.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 launches on Krea",
        "Kuaishou released Kling 3.0 on Monday, its new video model, and Krea offers it from day one.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Veo 4 debuts at Google I/O",
        "Google unveiled its newest video model on stage, with native audio and longer clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Hailuo 03 goes live on hailuoai.video",
        "MiniMax opened its third-generation model on its own website on Tuesday.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Pika Lens debuts on phones, desktop to follow",
        "Pika has released Pika Lens, an app that turns photos into clips; the desktop version is planned.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Seedance 3.0 launches on Higgsfield",
        "ByteDance unveiled Seedance 3.0 today, and partners such as Higgsfield carry it at launch.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 se lance sur Krea",
        "Kuaishou a dévoilé ce lundi Kling 3.0, son nouveau modèle vidéo, disponible dès le premier jour sur Krea.",
        "fr",
        "launch",
    ),
    (
        "Hailuo 02 launches on Leonardo",
        "Leonardo.Ai has added MiniMax's Hailuo 02 to its video generation options for all paid tiers.",
        "en",
        "availability",
    ),
    (
        "Ray2 debuts on Poe",
        "Quora's Poe now offers Luma's Ray2 as a bot, priced per generation in compute points.",
        "en",
        "availability",
    ),
    (
        "Veo 3 goes live on Pollo AI",
        "Pollo AI says Google's Veo 3 is available to its subscribers with audio generation enabled.",
        "en",
        "availability",
    ),
    (
        "Hailuo 02 se lance sur Leonardo",
        "Leonardo.Ai intègre le modèle vidéo de MiniMax à sa palette d'outils pour tous les abonnés payants.",
        "fr",
        "availability",
    ),
    (
        "Veo 3 débute sur Freepik",
        "Les abonnés Premium+ de Freepik peuvent désormais générer des vidéos avec le modèle de Google.",
        "fr",
        "availability",
    ),
    (
        "Kling 2.1 est lancé sur Krea",
        "Krea ajoute le modèle de Kuaishou à son générateur vidéo, en 1080p pour les offres payantes.",
        "fr",
        "availability",
    ),
    (
        "Hailuo 02 startet auf Leonardo",
        "Leonardo.Ai hat das Modell von MiniMax in seine Videotools aufgenommen.",
        "de",
        "availability",
    ),
    (
        "Veo 3 debuta en Krea",
        "Los usuarios de Krea ya pueden elegir el modelo de Google con audio en su herramienta de vídeo.",
        "es",
        "availability",
    ),
    (
        "Kling 2.1 se lanza en Freepik",
        "Freepik integra el modelo de Kuaishou en su generador de vídeo para los planes Premium.",
        "es",
        "availability",
    ),
    (
        "Hailuo 02 se lanza en Leonardo",
        "Leonardo.Ai añade el modelo de MiniMax a sus opciones de vídeo para suscriptores de pago.",
        "es",
        "availability",
    ),
    (
        "Veo 3 debutta su Freepik",
        "Gli abbonati Premium+ di Freepik possono ora generare video con il modello di Google.",
        "it",
        "availability",
    ),
    (
        "Kling 2.1 è stato lanciato su Krea",
        "Krea integra il modello di Kuaishou nel suo generatore video per gli utenti a pagamento.",
        "it",
        "availability",
    ),
    (
        "Hailuo 02 debutta su Leonardo",
        "Leonardo.Ai aggiunge il modello di MiniMax alle sue opzioni video.",
        "it",
        "availability",
    ),
    (
        "Kling 2.1 é lançado no Poe",
        "Usuários do Poe já podem acessar o modelo de vídeo da Kuaishou como bot.",
        "pt",
        "availability",
    ),
    (
        "Veo 3 estreia no Freepik",
        "Assinantes Premium+ do Freepik já podem gerar vídeos com o modelo do Google.",
        "pt",
        "availability",
    ),
    (
        "Hailuo 02 estreia na Leonardo",
        "A Leonardo.Ai adicionou o modelo da MiniMax às suas opções de vídeo.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Seedance 1.0 launches on Volcano Engine",
        "ByteDance released Seedance 1.0 today through its Volcano Engine cloud, claiming top scores on video leaderboards.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Wan 2.2 debuts on Hugging Face with open weights",
        "Alibaba's Tongyi lab put Wan 2.2 on Hugging Face under Apache 2.0, its first video model with a mixture-of-experts design.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Hailuo 02 debuts on MiniMax's API",
        "MiniMax today introduced Hailuo 02, the successor to Hailuo 01, through its API with native 1080p generation.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Veo 3.1 launches on Flow",
        "Google rolled out Veo 3.1 today, an upgrade to Veo 3 with richer audio and better prompt adherence, starting in Flow and the Gemini API.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 launches on iOS",
        "OpenAI released Sora 2 on Tuesday together with an invite-only iOS app built around a social feed of generated clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Midjourney video launches on the web",
        "Midjourney released V1, its first video model, letting subscribers animate images from the website.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 2.0 launches in Beijing event",
        "Kuaishou introduced Kling 2.0 Master at a Beijing event, saying it beats Veo 2 in internal tests.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Pika 2.5 launches on pika.art",
        "Pika Labs released Pika 2.5 for all users, its most capable model so far.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Hailuo 02 goes live on hailuoai.video",
        "MiniMax released Hailuo 02 on its own site today, with 10-second 768p clips for free users.",
        "en",
        "launch",
    ),
    # both trees
    (
        "LTXV 13B launches on GitHub and Hugging Face",
        "Lightricks released LTXV 13B, a 13-billion-parameter open video model it says runs on consumer GPUs.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Ray2 launches in Dream Machine",
        "Luma AI today released Ray2, a model trained with ten times the compute of Ray1, to paid Dream Machine subscribers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Seedance 1.0 Pro launches on BytePlus",
        "ByteDance today released Seedance 1.0 Pro, the first in its Seedance line, to enterprise customers on BytePlus ModelArk.",
        "en",
        "launch",
    ),
]


# A release or an arrival, then a reaction or a legal step in the headline's later clause, over an opening that tells that reaction and reports no event of the product: somebody else's act is the news (the reaction_news genre). An opening that reports the release keeps it.
REACTION_NEWS = [
    (
        "Sora app launches in Canada; privacy regulator opens probe",
        "Canada's privacy commissioner said on Thursday it is investigating how the app handles users' faces in cameo videos.",
        "en",
        None,
    ),
    (
        "OpenAI launches Sora 2: the state of AI video copyright",
        "An analysis of the legal questions the new model raises, from training data to likeness rights.",
        "en",
        None,
    ),
    (
        "Runway launches Act-Two, and actors' union responds",
        "SAG-AFTRA issued a statement saying performance capture tools must require consent and compensation.",
        "en",
        None,
    ),
    (
        "OpenAI lance Sora 2, les syndicats d'acteurs montent au créneau",
        "Le syndicat SAG-AFTRA a dénoncé mardi un modèle qui menace les comédiens et réclame des règles de consentement.",
        "fr",
        None,
    ),
    (
        "Google a lancé Veo 3 et les artistes portent plainte",
        "Un collectif d'illustrateurs a déposé plainte lundi pour violation du droit d'auteur.",
        "fr",
        None,
    ),
    (
        "Midjourney lance la vidéo, Disney élargit sa plainte",
        "Disney et Universal ont modifié leur plainte mardi pour viser le nouveau modèle vidéo V1 de Midjourney.",
        "fr",
        None,
    ),
    (
        "Midjourney startet Video, Disney weitet Klage aus",
        "Disney und Universal haben ihre Klage am Dienstag auf das neue Videomodell V1 ausgeweitet.",
        "de",
        None,
    ),
    (
        "Kling 2.0 veröffentlicht – Kritik an Zensur wird laut",
        "Nutzer berichten, dass das chinesische Modell politische Themen blockiert, Kritiker sprechen von Zensur.",
        "de",
        None,
    ),
    (
        "OpenAI lanza Sora 2 y los sindicatos de actores protestan",
        "El sindicato SAG-AFTRA denunció el martes que el nuevo modelo amenaza a los intérpretes y exigió normas de consentimiento.",
        "es",
        None,
    ),
    (
        "OpenAI lancia Sora 2 e i doppiatori protestano",
        "L'associazione dei doppiatori italiani ha denunciato martedì il rischio per la professione e chiede regole sul consenso.",
        "it",
        None,
    ),
    (
        "Veo 3 arriva in Italia, il Garante privacy avvia un'istruttoria",
        "Il Garante ha chiesto giovedì a Google chiarimenti sui deepfake generati con il modello.",
        "it",
        None,
    ),
    (
        "OpenAI lança Sora 2 e sindicatos de atores protestam",
        "O sindicato SAG-AFTRA denunciou na terça que o novo modelo ameaça os intérpretes e exigiu regras de consentimento.",
        "pt",
        None,
    ),
    (
        "Sora 2 launched yesterday; the backlash is growing",
        "Artists, agencies and rights holders spent the day criticizing OpenAI's opt-out approach to copyrighted characters.",
        "en",
        None,
    ),
    (
        "Veo 3 ist verfügbar, und die Deepfake-Debatte beginnt",
        "Politiker fordern eine Kennzeichnungspflicht, nachdem gefälschte Nachrichtenclips im Netz aufgetaucht sind.",
        "de",
        None,
    ),
    (
        "OpenAI launches Sora 2, and Hollywood unions are furious",
        "Amid growing criticism from Hollywood unions, OpenAI on Tuesday released Sora 2, its new video and audio generation model. The model comes with a social app for iOS.",
        "en",
        "launch",
    ),
    (
        "ByteDance launches Seedance 2.0, and Disney sends a cease-and-desist",
        "Disney sent ByteDance a cease-and-desist letter on Friday, accusing its Seedance 2.0 video model of infringing its characters. The studio demands the company stop using its IP.",
        "en",
        None,
    ),
    (
        "Google launched Veo 3, and now regulators are asking questions",
        "The EU's regulators opened a probe on Monday into whether Google's Veo 3 complies with the AI Act's labelling rules.",
        "en",
        None,
    ),
    (
        "OpenAI launches Sora 2, faces backlash over deepfakes",
        "OpenAI launched Sora 2 on Tuesday amid criticism from unions and talent agencies over deepfakes of real people. The model generates video with sound.",
        "en",
        "launch",
    ),
    (
        "Luma releases Ray3, and it's built for studios worried about copyright",
        "Studios worried about copyright are the target: Luma AI released Ray3 on Thursday, a reasoning video model with 16-bit HDR output.",
        "en",
        "launch",
    ),
    (
        "OpenAI lance Sora 2, les artistes portent plainte",
        "Un collectif d'artistes a déposé plainte mardi contre OpenAI devant le tribunal de Paris, accusant Sora 2 de contrefaçon.",
        "fr",
        None,
    ),
    (
        "Google a lancé Veo 3 en France, suscitant l'inquiétude de la CNIL",
        "Google a lancé Veo 3 en France ce mardi, suscitant l'inquiétude de la CNIL sur les deepfakes. Le modèle est accessible dans l'application Gemini.",
        "fr",
        "availability",
    ),
    (
        "Veo 3 débarque en France, la CNIL s'inquiète",
        "La CNIL s'inquiète des deepfakes alors que Google a rendu Veo 3 disponible en France ce mercredi dans l'application Gemini.",
        "fr",
        "availability",
    ),
    (
        "ByteDance lance Seedance 2.0 et Disney envoie une mise en demeure",
        "Disney a adressé vendredi une mise en demeure à ByteDance, accusant Seedance 2.0 de reproduire ses personnages sans autorisation.",
        "fr",
        None,
    ),
    (
        "OpenAI startet Sora 2, Kritiker warnen vor Deepfakes",
        "Kritiker warnen vor Deepfakes, doch OpenAI hat am Dienstag Sora 2 veröffentlicht, ein neues Videomodell mit synchronem Ton.",
        "de",
        "launch",
    ),
    (
        "OpenAI startet Sora 2 und die Gewerkschaft Verdi protestiert",
        "Die Gewerkschaft Verdi hat am Mittwoch scharf gegen Sora 2 protestiert und fordert ein Verbot von Deepfakes realer Personen.",
        "de",
        None,
    ),
    (
        "ByteDance lancia Seedance 2.0 e Disney fa causa",
        "Disney ha fatto causa venerdì a ByteDance davanti a un tribunale della California, accusando Seedance 2.0 di copiare i suoi personaggi.",
        "it",
        None,
    ),
    (
        "OpenAI lança Sora 2 e a ANPD abre processo",
        "A Autoridade Nacional de Proteção de Dados abriu na terça-feira um processo contra a OpenAI por causa do Sora 2 e dos deepfakes.",
        "pt",
        None,
    ),
    (
        "ByteDance lança Seedance 2.0 e Disney vai à justiça",
        "A Disney entrou na justiça na sexta-feira contra a ByteDance, acusando o Seedance 2.0 de copiar seus personagens.",
        "pt",
        None,
    ),
    # both trees
    (
        "Google unveils Veo 3 at I/O, artists raise copyright concerns",
        "Copyright concerns are mounting as Google unveiled Veo 3 at its I/O developer conference on Tuesday, a model that generates video with native sound.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google launches Veo 3.1 with deepfake safeguards",
        "Google today launched Veo 3.1, an update to its video model with richer audio and better prompt adherence. Every clip carries an invisible SynthID watermark.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway launches Gen-4, promises copyright-safe outputs",
        "In a bid to ease copyright worries, Runway on Monday launched Gen-4, a video model that keeps characters consistent across shots.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 2.1 arrives, and creators are worried about their jobs",
        "Creators voiced alarm this week as Kuaishou rolled out Kling 2.1, the newest version of its video model, with 1080p output.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Midjourney launches its first video model, weeks after Disney lawsuit",
        "Weeks after Disney and Universal sued it for copyright infringement, Midjourney on Wednesday launched V1, its first video generation model.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Midjourney debuts V1 video model, and Disney's lawyers are watching",
        "Midjourney, sued by Disney and Universal last week for copyright infringement, has released V1, its first video model. Users can animate images for about eight times the cost of an image job.",
        "en",
        "launch",
    ),
    # both trees
    (
        "ByteDance launches Seedance 2.0, studios threaten legal action",
        "Hollywood studios threatened legal action after ByteDance launched Seedance 2.0 on Thursday, a video model that went viral for clips featuring famous actors.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora arrives in the EU, but critics warn about deepfakes",
        "Critics warned about deepfakes as OpenAI made Sora available in the European Union on Monday, after months of delay.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 comes to Gemini app in 70 countries, and privacy advocates are watching",
        "Privacy advocates have raised concerns about AI video for months. Starting today, Veo 3 is available in the Gemini app for Pro subscribers in more than 70 countries.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora app lands on Android, criticism follows",
        "Despite criticism over deepfakes, OpenAI's Sora app arrived on Android on Tuesday in the US, Canada, Japan and Korea.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 is now available in YouTube Shorts, creators react",
        "Creators reacted with a mix of excitement and worry as YouTube brought Veo 3 Fast to Shorts on Wednesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Adobe launches Firefly Video Model, touts commercially safe training",
        "Unlike rivals facing copyright lawsuits, Adobe says its new Firefly Video Model, launched in public beta on Wednesday, was trained only on licensed content.",
        "en",
        "launch",
    ),
    # both trees
    (
        "MiniMax launches Hailuo 02 amid Disney lawsuit",
        "Amid a copyright lawsuit from Disney and Universal, MiniMax on Wednesday released Hailuo 02, a video model with native 1080p output.",
        "en",
        "launch",
    ),
    # both trees
    (
        "MiniMax unveils Hailuo 02 - Hollywood studios sue the same week",
        "Disney, Universal and Warner Bros. sued MiniMax this week over Hailuo. Separately, MiniMax unveiled Hailuo 02, its new video model with 1080p output.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Pika launches Pika 2.5: sharper motion and a deepfake filter",
        "Pika on Monday released Pika 2.5, with sharper motion and a new filter that blocks deepfakes of public figures.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway unveils Gen-4.5, and critics say it's the best yet",
        "Critics say it's the best video model yet: Runway on Monday unveiled Gen-4.5, which tops the Video Arena leaderboard.",
        "en",
        "launch",
    ),
]


# "CapCut" is no "cap" verb: the stop words match whole words ("cap", "caps", "capped"), not every word that starts with them.
CAPCUT = [
    (
        "CapCut launches Veo 3 in its editor",
        "CapCut users can now generate clips with Google's model from the timeline.",
        "en",
        "availability",
    ),
    # both trees
    (
        "CapCut rolls out Seedance 1.0 Pro to Pro subscribers",
        "ByteDance's model is now in the editor for paying users.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Seedance 2.0 in CapCut caps free users at three clips a day",
        "Free accounts can no longer generate more than three videos daily.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "CapCut brings Kling 2.1 to its desktop app",
        "The editor's Windows and Mac versions now include the model.",
        "en",
        "availability",
    ),
]


# The product "debuts in" an ad, a music video, a short film or a documentary: the work was made with it (made-with silencer, six languages); a host or an app it debuts in stays an arrival.
WORKS = [
    (
        "Veo 3 debuts in a Super Bowl ad",
        "A 30-second spot made with Google's model aired during the game.",
        "en",
        None,
    ),
    (
        "Runway Gen-4 launches in music video for indie band",
        "The band's new clip was generated with the model.",
        "en",
        None,
    ),
    ("Sora debuts in Netflix documentary", "The streamer used OpenAI's tool for reenactments.", "en", None),
    (
        "Kling 2.1 debuts in a short film at Tribeca",
        "The festival screened a film generated with the model.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling 2.1 debuts in the Kling app for iPhone",
        "Kuaishou's model is now in its iOS app.",
        "en",
        "availability",
    ),
    # both trees
    ("Veo 3 debuts in YouTube Shorts", "Creators can now generate clips in Shorts.", "en", "availability"),
    # both trees
    ("Runway launches Gen-4", "The startup released its new model.", "en", "launch"),
    (
        "Veo 3 debuts in a Super Bowl ad",
        "A 30-second spot for a betting company was produced entirely with Google's Veo 3, the agency said.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora debuts in Tribeca short film lineup",
        "Several short films made with OpenAI's Sora will screen at the festival's Sora Selects programme.",
        "en",
        None,
    ),
    (
        "Runway Gen-4 launches in music video for indie band",
        "The clip for the band's single was animated with Runway Gen-4 by a two-person studio in Berlin.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora launched in a storm of copyright criticism",
        "Hollywood studios and artists' unions criticized OpenAI over the training data behind the video model.",
        "en",
        None,
    ),
    (
        "Veo 3 débute dans une publicité pour le Super Bowl",
        "Un spot de 30 secondes a été entièrement réalisé avec le modèle de Google, selon l'agence.",
        "fr",
        None,
    ),
    (
        "Sora se lance dans le court-métrage à Cannes",
        "Plusieurs courts-métrages réalisés avec Sora sont projetés en marge du festival.",
        "fr",
        None,
    ),
    (
        "Veo 3 debütiert in Super-Bowl-Werbung",
        "Ein 30-Sekunden-Spot wurde laut Agentur vollständig mit Googles Modell erstellt.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora startet in Kurzfilm beim Tribeca-Festival",
        "Mehrere mit Sora erzeugte Kurzfilme laufen im Programm des Festivals.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora debuta en el Festival de Cine de Tribeca",
        "Varios cortometrajes creados con Sora se proyectan en el programa del festival.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora esordisce al cinema con un cortometraggio",
        "Un corto realizzato con Sora è stato proiettato alla Mostra di Venezia.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora estreia em curta-metragem no Festival de Gramado",
        "Um curta feito com o Sora foi exibido na mostra paralela do festival.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora debuts in Cannes Lions winning campaign",
        "The Grand Prix-winning film for a car brand was generated with OpenAI's Sora, the agency said.",
        "en",
        None,
    ),
]


ROWS, IDS = table_rows(
    {
        "a past release narrated first": NARRATED_PAST,
        "consequences after the news": CONSEQUENCES,
        "a prototype opened, dropped": PROTOTYPE_DROPPED,
        "a product launched on a named host": HOST_ARRIVALS,
        "the reaction is the news": REACTION_NEWS,
        "a host named like a verb": CAPCUT,
        "a work made with the tool": WORKS,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_round_twenty_nine(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table

"""Issue #12, round forty (stop 58): funding rounds closed or secured, films premiered or
screened, a launch told as still to come in a region, results presented, German how-tos of
getting the most out of a product, and one third party's plug-in.

- A round closed or secured for a sum ("closes $50 million round", "cierra una ronda") is
  funding, as a round raised already was.
- A film premiered or screened ("premieres a short film", "estrena el primer largometraje",
  "projette un court-métrage") is the work's event, not the tool's; at most one word may
  stand between the determiner and the film, so "estreia versão 2.1 com filme" keeps its
  launch.
- What happens before a launch in a country or region ("before its launch in the EU", "prima
  del lancio in Italia", "avant son lancement en France") tells a launch that has not
  happened there; a rollout "in Flow" is no region and keeps the headline's unveiling.
- Results presented or reported ("ha presentado sus resultados", "reported its quarterly
  results") are corporate news; a launch beside them keeps its event.
- "So holt ihr das Maximum aus …", "So nutzt ihr …" are German how-tos.
- A time the product will be available somewhere, told in a subordinate clause ("cuando el
  servicio esté disponible en España", "wenn der Dienst in Deutschland verfügbar ist") is
  background: no arrival is reported.
- "A community plug-in", "a third-party add-on" is one third party's release; a vendor's own
  open-source plug-in and a platform opening to add-ons are not.

A helper review attacked the first draft with 120 rows: a fraud phrase ("steals your data")
and a list phrase ("N tools ... for free") sank real news and were dropped; the film, region and
plug-in phrases were narrowed to the forms above. Every headline and summary here was written
for these tests (by this round's probes and by the review): none is taken or paraphrased from
a labelled corpus item. Rows not marked "both trees" failed on round thirty-nine's tree; the
rows marked "both trees" are guards.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

A_WARNING_THAT_THE_READER_IS_ROBBED = [
    # both trees
    (
        "Fake 'Veo 4 free' apps on Android steal your card details",
        "Security researchers found a dozen apps promising free Veo 4 access.",
        "en",
        None,
    ),
    # both trees
    (
        "Ojo con las páginas de 'Kling gratis': roban tus datos bancarios",
        "Prometen acceso ilimitado a Kling 2.5 sin pagar.",
        "es",
        None,
    ),
]

A_ROUND_CLOSED_OR_SECURED = [
    # both trees
    (
        "Runway closes $300 million round led by General Atlantic",
        "The company said it would spend the money on research and compute.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma AI secures $900M to build a giant compute cluster",
        "The maker of Dream Machine said the round values it at $4 billion.",
        "en",
        None,
    ),
    # both trees
    (
        "Higgsfield cierra una ronda para competir con Runway",
        "La startup no ha revelado la cantidad exacta.",
        "es",
        None,
    ),
]

A_FILM_PREMIERED_OR_SCREENED = [
    # both trees
    (
        "Toronto festival premieres a feature film made almost entirely with Veo",
        "The 80-minute film used Veo 3 for most of its shots.",
        "en",
        None,
    ),
    # both trees
    (
        "La Filmoteca proyecta un cortometraje generado con Sora",
        "El corto se hizo en tres semanas con Sora 2.",
        "es",
        None,
    ),
    # both trees
    (
        "Le festival d'Annecy projette un court-métrage réalisé avec Kling",
        "Le film de neuf minutes a été réalisé par un studio lyonnais.",
        "fr",
        None,
    ),
    # both trees
    (
        "Festival do Rio exibe curta-metragem feito com Veo 3",
        "O filme de 12 minutos foi produzido por uma agência paulista.",
        "pt",
        None,
    ),
    # both trees
    (
        "Il festival di Venezia proietta un cortometraggio creato con Sora",
        "Il corto di dieci minuti è stato realizzato da uno studio milanese.",
        "it",
        None,
    ),
]

BEFORE_A_LAUNCH_IN_A_PLACE = [
    (
        "Regulator questions OpenAI about Sora before its launch in the EU",
        "The data authority asked how training data was collected.",
        "en",
        None,
    ),
    (
        "La CNIL interroge OpenAI sur Sora avant son lancement en France",
        "L'autorité veut savoir quelles données ont servi à l'entraînement.",
        "fr",
        None,
    ),
    # both trees
    (
        "La AEPD pide explicaciones sobre Sora antes de su lanzamiento en España",
        "La agencia quiere conocer los datos de entrenamiento.",
        "es",
        None,
    ),
    (
        "ANPD questiona OpenAI sobre o Sora antes do lançamento no Brasil",
        "A autoridade quer saber como os dados foram coletados.",
        "pt",
        None,
    ),
    # both trees
    (
        "Datenschützer prüfen Sora vor dem Start in Deutschland",
        "Die Behörde fragt nach den Trainingsdaten des Videomodells.",
        "de",
        None,
    ),
]

RESULTS_PRESENTED = [
    # both trees
    (
        "Kuaishou ha presentado sus resultados: Kling ya genera 100 millones al trimestre",
        "El grupo chino supera las previsiones de los analistas.",
        "es",
        None,
    ),
    # both trees
    (
        "Kuaishou reported its quarterly results, with Kling revenue up 40%",
        "The video generator now has more than 45 million users.",
        "en",
        None,
    ),
]

GUIDES_PLUG_INS_AND_LISTS_OF_FREE_TOOLS = [
    # both trees
    (
        "Kling kostenlos: So nutzt ihr die Gratis-Credits am besten",
        "Jeden Tag gibt es neue Credits, doch die sind schnell weg.",
        "de",
        None,
    ),
    (
        "A community plug-in brings Sora 2 into Premiere Pro",
        "The free add-on sends clips to the API and needs your own key.",
        "en",
        None,
    ),
]

THE_OWNER_S_NEWS_IN_THE_SAME_WORDS = [
    # both trees
    (
        "Runway launches Gen-5 before its rivals, available today to all paid plans",
        "The new model is the company's most capable yet.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI delays Sora 2 in Europe weeks before its launch in the EU was due",
        "The company cited regulatory review.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Veo 4 lands in Vertex AI for all customers",
        "Google Cloud customers can now call Veo 4 through the Vertex AI API.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Pika premieres its 3.0 model with a free tier for everyone",
        "Pika 3.0 is available today on the web and iOS.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 launches for everyone, as Kuaishou reports results",
        "Kuaishou released Kling 3.0 today to all users worldwide.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling estrena su nuevo modelo 3.0 para todos los usuarios de la app",
        "Kuaishou ha lanzado hoy Kling 3.0.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Adobe launches its official Firefly plug-in for Premiere Pro, with Veo inside",
        "The Firefly video model and Veo 3 are available in the plug-in starting today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway cuts the price of Gen-4 Turbo to 5 credits per second",
        "The new price applies to all plans from today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Sora arrive en France avant son lancement en Allemagne",
        "OpenAI ouvre Sora 2 aux utilisateurs français dès aujourd'hui.",
        "fr",
        "availability",
    ),
]

WORDINGS_A_REVIEW_WROTE = [
    # both trees
    (
        "Sora app arrives on Android; OpenAI warns of fake copies that steal your data",
        "OpenAI's Sora app is now available on Google Play in the US, Canada, Japan and Korea. The company urged users to avoid look-alike APKs that steal your account details.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Adobe launches Firefly Video Model, vowing it will never steal your data for training",
        "Adobe released its Firefly Video Model in public beta on Wednesday, available in the Firefly web app and in Premiere Pro.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling cuts credit prices after users said expiring credits steal their money",
        "Kuaishou said Kling credits bought from today will no longer expire, and the 1,000-credit pack drops from $9.99 to $6.99.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Adobe lance Firefly Video et promet de ne jamais voler vos données",
        "Adobe a lancé mercredi la bêta publique de son modèle Firefly Video, accessible dans l'application web Firefly et dans Premiere Pro.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "La app de Sora llega a Android y OpenAI avisa de copias falsas que roban tus datos",
        "OpenAI ya ofrece la aplicación de Sora en Google Play en Estados Unidos y Canadá, y pide descargarla solo desde la tienda oficial.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Adobe lanza Firefly Video y promete que no roba tus datos para entrenar",
        "Adobe ha lanzado este miércoles la beta pública de su modelo de vídeo Firefly en la web de Firefly y en Premiere Pro.",
        "es",
        "launch",
    ),
    # both trees
    (
        "App do Sora chega ao Android; OpenAI alerta para cópias que roubam seus dados",
        "O aplicativo Sora já está disponível no Google Play nos EUA e no Canadá, e a OpenAI pede que os usuários baixem apenas da loja oficial.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Adobe startet Firefly Video – und verspricht: Wir klauen eure Daten nicht",
        "Adobe hat am Mittwoch die öffentliche Beta seines Firefly-Videomodells gestartet, nutzbar in der Firefly-Web-App und in Premiere Pro.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Kling lands $100M in annualized revenue as Kuaishou launches Kling 2.5 Turbo",
        "Kuaishou on Tuesday released Kling 2.5 Turbo, its fastest video model yet, to all users worldwide, and said Kling has passed $100 million in annualized revenue.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI shuts down the Sora app as Disney closes its $1 billion licensing deal",
        "OpenAI said the Sora app and website will be discontinued on April 26, ending the character-licensing partnership Disney signed last year.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Luma AI launches Ray3 weeks after it closed a $900 million round",
        "Luma AI released Ray3 on Thursday, a video model with HDR output and built-in reasoning, available today in Dream Machine and Adobe Firefly.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway nets $300M in annual revenue, cuts Gen-4 Turbo to 4 credits per second",
        "Runway said on Monday it is lowering Gen-4 Turbo pricing from 5 to 4 credits per second of video on all paid plans.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kuaishou cierra una ronda de pruebas y abre Kling 2.1 a todos los usuarios",
        "Kuaishou ha terminado el acceso anticipado de Kling 2.1 y desde hoy el modelo está disponible para todos los usuarios de la web y la app.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Runway premieres Gen-4.5 for film and TV production",
        "Runway on Monday released Gen-4.5, a new video model with better motion and prompt adherence, to all paid plans and the API.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Moonvalley premieres Marey for feature film production",
        "Moonvalley and Asteria released Marey on Wednesday, a video model trained only on licensed footage, to studios and paying creators.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Luma AI premieres Ray3 with a short film and opens the model in Dream Machine",
        "Luma AI released Ray3 on Thursday to Dream Machine subscribers, with 16-bit HDR output and a draft mode for fast iterations.",
        "en",
        "launch",
    ),
    # both trees
    (
        "YouTube premieres Veo 3 for short-form video in the Shorts app",
        "YouTube has started rolling out Veo 3 Fast to the Shorts camera in the US, UK, Canada, Australia and New Zealand at no cost.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling estreia versão 2.1 com filme de demonstração",
        "O novo modelo da Kuaishou gera clipes em 1080p com movimentos mais realistas e já pode ser usado por todos no site e no app.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Google DeepMind unveils Veo 3 and premieres a short film made with it",
        "Google DeepMind on Tuesday unveiled Veo 3, its first video model to generate synchronized audio, available to AI Ultra subscribers in the US.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway estrena Gen-4 con un cortometraje hecho por su equipo",
        "Runway ha lanzado Gen-4, su nuevo modelo de generación de vídeo, disponible desde hoy para los usuarios de pago y empresas.",
        "es",
        "launch",
    ),
    # both trees
    (
        "OpenAI estrena Sora 2 con un corto protagonizado por Sam Altman",
        "OpenAI ha presentado Sora 2, su nuevo modelo de vídeo con audio, junto a una app para iPhone por invitación en Estados Unidos y Canadá.",
        "es",
        "launch",
    ),
    # both trees
    (
        "CapCut estrena Seedance en vídeo corto y en su app de escritorio",
        "ByteDance ha integrado desde hoy su modelo Seedance en CapCut para móviles y escritorio en más de 20 países.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Runway estreia Gen-4 com curta-metragem feito pela própria equipe",
        "A Runway lançou nesta segunda o Gen-4, novo modelo de geração de vídeo, disponível para assinantes pagos e clientes corporativos.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Google estreia o Veo 3.1 com filme de Darren Aronofsky",
        "O Google lançou nesta quarta o Veo 3.1, com áudio melhorado e mais controle de cenas, no Flow, no app Gemini e na API.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Runway zeigt Gen-4 mit einem Kurzfilm",
        "Runway hat am Montag Gen-4 veröffentlicht, das neue Videomodell ist ab sofort für zahlende Nutzer und Unternehmenskunden verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Luma zeigt Ray3 für Film und Werbung",
        "Luma AI hat heute Ray3 vorgestellt, ein Videomodell mit HDR-Ausgabe, das ab sofort in Dream Machine und Adobe Firefly verfügbar ist.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Luma AI dévoile Ray3 et diffuse un court-métrage tourné avec le modèle",
        "Luma AI a lancé jeudi Ray3, son nouveau modèle vidéo avec sortie HDR, disponible dès aujourd'hui dans Dream Machine.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Sora 2 arrives on Android in the US, weeks ahead of its launch in Europe",
        "OpenAI's Sora app can now be downloaded from Google Play in the US and Canada; users in the EU are still waiting.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway opens pre-registration for Gen-4.5 ahead of the launch on December 1",
        "Runway is taking sign-ups for early access to Gen-4.5 starting today; creators who register will get access first when the model ships.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI sets Sora 2 API prices a week before its release on Azure",
        "OpenAI published per-second pricing for the Sora 2 API today: $0.10 per second for sora-2 and $0.30 for sora-2-pro at 720p.",
        "en",
        "pricing",
    ),
    (
        "OpenAI says Sora 2 needs more work before its launch in the EU",
        "OpenAI has postponed the European rollout of the Sora app with no new date, citing regulatory review.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Veo 3 rolls out to 70 more countries ahead of its arrival in the EU",
        "Google is expanding Veo 3 in the Gemini app to AI Pro subscribers in 71 new countries from today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google unveils Veo 3.1 ahead of its rollout in Flow next week",
        "Google DeepMind on Wednesday announced Veo 3.1, with richer audio and better image-to-video, which reaches Flow and the Gemini API next week.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 : OpenAI ouvre une liste d'attente en France avant son lancement en Europe",
        "Les utilisateurs français peuvent s'inscrire dès aujourd'hui sur sora.com pour être prévenus de l'ouverture de l'application.",
        "fr",
        "waitlist",
    ),
    (
        "Sora repoussé : OpenAI veut se conformer au DMA avant son arrivée en Europe",
        "OpenAI a confirmé que Sora ne sera pas disponible dans l'Union européenne au lancement, sans donner de nouvelle date.",
        "fr",
        "delay",
    ),
    (
        "Kling 2.1 sort en Chine, avant son déploiement aux États-Unis",
        "Kuaishou a lancé ce jeudi Kling 2.1 pour les utilisateurs chinois, avec des versions Standard et Master.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "OpenAI fija el precio de Sora 2 antes de su lanzamiento en España",
        "OpenAI ha publicado hoy las tarifas de Sora 2: la app será gratuita con límites y el modelo Pro costará 200 dólares al mes dentro de ChatGPT Pro.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 llega a México y Argentina antes de su despliegue en España",
        "Google ha activado Veo 3 en la app de Gemini para los suscriptores de AI Pro en México y Argentina desde hoy.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Sora 2 se retrasa en Europa: OpenAI pide más tiempo antes de su llegada a la UE",
        "OpenAI ha aplazado sin fecha la llegada de la app de Sora a la Unión Europea.",
        "es",
        "delay",
    ),
    # both trees
    (
        "Sora 2 arriva su Android negli Stati Uniti prima del debutto in Europa",
        "L'app Sora di OpenAI è scaricabile da oggi dal Google Play Store negli Stati Uniti e in Canada.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Kling 2.0, aperta la lista d'attesa italiana in vista del lancio in Europa",
        "Kuaishou ha aperto oggi le preiscrizioni per gli utenti italiani, che riceveranno l'accesso in ordine di registrazione.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "Veo 3 chega ao Brasil antes da estreia em Portugal",
        "O Google liberou hoje o Veo 3 no app Gemini para assinantes do plano AI Pro no Brasil.",
        "pt",
        "availability",
    ),
    (
        "Sora 2 tem preço revelado antes da chegada ao Brasil",
        "A OpenAI divulgou hoje os preços do Sora 2: uso gratuito com limites e o modelo Pro incluído no ChatGPT Pro por 200 dólares.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "OpenAI nennt Preise für Sora 2 vor dem Start in Deutschland",
        "OpenAI hat heute die Preise für Sora 2 veröffentlicht: kostenlos mit Limits, Sora 2 Pro nur im ChatGPT-Pro-Abo für 229 Euro im Monat.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Sora 2 verzögert sich: OpenAI will vor dem Start in der EU Auflagen prüfen",
        "OpenAI hat den Europastart der Sora-App auf unbestimmte Zeit verschoben.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Veo 3 startet in der Schweiz, einen Monat vor dem Start in Deutschland",
        "Google hat Veo 3 heute in der Gemini-App für AI-Pro-Abonnenten in der Schweiz freigeschaltet.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Kuaishou launches Kling 2.1 as it reports quarterly earnings",
        "Kuaishou released Kling 2.1 to all users on Thursday; the company also reported second-quarter results, with Kling revenue topping 250 million yuan.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Midjourney launches its first video model; users posted their results within minutes",
        "Midjourney released V1, its image-to-video model, on Wednesday for all paid plans starting at $10 a month.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kuaishou posts Q3 results, cuts Kling Pro price by 30%",
        "The Kling Pro plan drops from $37 to $25.99 a month from today, Kuaishou said alongside its third-quarter numbers.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kuaishou reported its earnings and will retire Kling 1.0 on June 30",
        "Kling 1.0 and 1.5 will be discontinued on June 30 and users moved to Kling 2.1, Kuaishou said as it reported annual results.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Runway reports strong results from Gen-4 testers, releases it to all paid plans",
        "Runway made Gen-4 available to all paid and enterprise customers on Monday after a week-long test with selected creators.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Adobe posts record results as Firefly Video Model reaches general availability",
        "Adobe said Thursday the Firefly Video Model is now generally available in the Firefly app and Premiere Pro, leaving beta.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google presentó Veo 3: resultados que sorprenden a Hollywood",
        "Google presentó en su conferencia I/O Veo 3, su nuevo modelo de vídeo con sonido, disponible desde hoy en Estados Unidos para AI Ultra.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Runway presentó Gen-4 con resultados espectaculares",
        "Runway lanzó este lunes Gen-4, su nuevo modelo de vídeo, para todos los usuarios de pago y clientes empresariales.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kuaishou ha presentado sus resultados y lanza Kling 2.1 para todo el mundo",
        "Kling 2.1 está disponible desde hoy en la web y la app para todos los usuarios, anunció Kuaishou junto a sus cuentas trimestrales.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Veo 3 jetzt gratis in Gemini: So nutzt ihr Googles Video-KI kostenlos",
        "Google hat heute Veo 3 Fast für alle Gemini-Nutzer in Deutschland freigeschaltet, auch ohne Abo – drei Videos pro Tag.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora 2 startet in Europa – so nutzt ihr die App jetzt auch aus Deutschland",
        "OpenAI hat die Sora-App am Donnerstag in der EU, in Großbritannien und in der Schweiz freigeschaltet.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Runway halbiert Preise für Gen-4 Turbo – so spart ihr ab sofort Credits",
        "Runway senkt ab heute den Preis von Gen-4 Turbo von 5 auf 2,5 Credits pro Sekunde für alle Abos.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Kling 2.1 ist da: So holt ihr das Maximum aus dem neuen Modell",
        "Kuaishou hat heute Kling 2.1 für alle Nutzer veröffentlicht, mit Standard- und Master-Version.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Google releases open-source add-on bringing Veo 3 to Blender",
        "Google DeepMind published an official Blender add-on that lets artists call Veo 3 through the Gemini API from the timeline.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Lightricks releases LTX-2 weights with an open-source plug-in for ComfyUI",
        "Lightricks released the weights of LTX-2, its 19B audio-video model, on Hugging Face today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google makes 3 AI video tools in Flow available for free to students",
        "Google said today that university students in the US, Brazil, Indonesia, Japan and the UK get free access to Flow with Veo 3 Fast for a year.",
        "en",
        "availability",
    ),
    # both trees
    (
        "YouTube brings Veo 3 tools to Shorts for free",
        "YouTube started rolling out Veo 3 Fast video generation in the Shorts camera today, at no cost, in the US, UK, Canada, Australia and New Zealand.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Adobe launches 4 new Firefly video tools, all available for free in beta",
        "Adobe on Tuesday released Generate Sound Effects, Text to Avatar and two other Firefly video features in public beta.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google rend 3 outils vidéo IA gratuits pour les étudiants français",
        "Google offre dès aujourd'hui un an d'abonnement AI Pro, avec Veo 3 et Flow, aux étudiants en France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 : les outils de montage de Flow deviennent gratuits",
        "Google a annoncé aujourd'hui que Flow est désormais accessible sans abonnement, avec cinq générations Veo 3 Fast par jour.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Google libera 3 herramientas de vídeo con IA gratis para usuarios de Gemini",
        "Desde hoy, Veo 3 Fast, Flow y Whisk Animate están disponibles sin coste para todos los usuarios de Gemini en España.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3: Tools in Flow ab heute kostenlos für alle",
        "Google hat Flow mit Veo 3 Fast heute für alle Nutzer ohne Abo freigeschaltet, mit fünf Videos pro Tag.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Warning: fake Sora 2 Pro download steals your card details",
        "Security researchers found a Windows installer posing as a Sora desktop app that harvests saved payment data from browsers.",
        "en",
        None,
    ),
    # both trees
    (
        "Attention à cette fausse appli Veo 3 qui vole vos données bancaires",
        "Une application se faisant passer pour Veo 3 circule sur des stores alternatifs et récupère les coordonnées bancaires de ses victimes.",
        "fr",
        None,
    ),
    # both trees
    (
        "Cuidado con la web que imita a Kling y roba tus datos",
        "Una página que copia el diseño de Kling AI pide iniciar sesión con Google para quedarse con las credenciales de los usuarios.",
        "es",
        None,
    ),
    # both trees
    (
        "Truffa su Telegram: il bot che si spaccia per Sora ruba le credenziali",
        "Un bot che promette video gratis con Sora 2 chiede di accedere con l'account Google e ne sottrae le credenziali.",
        "it",
        None,
    ),
    # both trees
    (
        "Golpe usa nome do Veo 3 para roubar seus dados",
        "Anúncios em redes sociais oferecem acesso gratuito ao Veo 3 e levam a uma página que rouba senhas e dados de cartão.",
        "pt",
        None,
    ),
    # both trees
    (
        "Vorsicht: Diese Fake-App mit Sora-Logo klaut eure Zugangsdaten",
        "Im Play Store ist eine App aufgetaucht, die sich als Sora ausgibt und Google-Zugangsdaten abgreift.",
        "de",
        None,
    ),
    # both trees
    (
        "Higgsfield lands $50 million for its AI video app",
        "The San Francisco startup, whose app strings together Veo, Kling and its own models, said the new money values it at over $1 billion.",
        "en",
        None,
    ),
    # both trees
    (
        "Hedra bags $32M led by Andreessen Horowitz",
        "Hedra, which makes AI video avatars from a photo and an audio track, will use the money to hire researchers.",
        "en",
        None,
    ),
    # both trees
    (
        "Moonvalley secures fresh $84 million as it courts Hollywood studios",
        "The maker of the Marey video model said the extension brings its total funding to $154 million.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma AI closes $900 million led by Humain",
        "Luma AI said the money will fund a 2-gigawatt compute cluster in Saudi Arabia for training its video models.",
        "en",
        None,
    ),
    # both trees
    (
        "Freepik cierra una ronda de 50 millones para su suite de vídeo con IA",
        "La empresa malagueña incorporará nuevos inversores para acelerar su plataforma, que integra modelos como Kling y Veo.",
        "es",
        None,
    ),
    # both trees
    (
        "La startup Kalei logra una ronda de 3 millones para crear anuncios en vídeo con IA",
        "La empresa barcelonesa usará el capital para contratar ingenieros y abrir oficina en Madrid.",
        "es",
        None,
    ),
    # both trees
    (
        "Tribeca premieres five short films made with Sora",
        "The festival screened five shorts by filmmakers who used OpenAI's Sora as part of its Sora Shorts program on Sunday night.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway's AI Film Festival screens a feature made entirely with Gen-4",
        "The 90-minute film, directed by a Berlin collective, closed the festival in New York on Thursday.",
        "en",
        None,
    ),
    # both trees
    (
        "Arte diffuse un court-métrage entièrement généré avec Veo 3",
        "La chaîne franco-allemande programme ce soir un film de douze minutes réalisé par un studio lyonnais avec le modèle de Google.",
        "fr",
        None,
    ),
    # both trees
    (
        "El Festival de Málaga proyecta un cortometraje hecho con Sora",
        "La pieza, de nueve minutos, se presenta fuera de concurso en la sección dedicada al cine y la inteligencia artificial.",
        "es",
        None,
    ),
    # both trees
    (
        "Il Festival di Venezia proietta il primo lungometraggio creato con Veo",
        "Il film, realizzato da uno studio romano con il modello di Google, è stato presentato fuori concorso.",
        "it",
        None,
    ),
    # both trees
    (
        "Festival do Rio exibe curta-metragem feito com Runway Gen-4",
        "O filme de oito minutos, de uma produtora carioca, foi exibido na mostra de cinema e tecnologia.",
        "pt",
        None,
    ),
    # both trees
    (
        "Das ZDF zeigt einen Kurzfilm, der komplett mit Sora entstand",
        "Der zwölfminütige Film einer Kölner Produktionsfirma läuft am Samstag im Spätprogramm.",
        "de",
        None,
    ),
    (
        "OpenAI translates the Sora app into 20 languages ahead of its launch in Europe",
        "The company is localising the interface and safety notices; it has not given a date for the European release.",
        "en",
        None,
    ),
    (
        "Kling 2.0 impara l'italiano: doppiaggio migliorato in vista del lancio in Europa",
        "Kuaishou sta addestrando voci italiane per il modello, ma non ha comunicato una data di arrivo.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora 2 lernt Deutsch – vor dem Start in Europa",
        "OpenAI trainiert deutsche Stimmen für Sora 2; einen Termin für den Europastart gibt es noch nicht.",
        "de",
        None,
    ),
    # both trees
    (
        "Kuaishou reported its third-quarter results: Kling revenue up 50%",
        "Kling brought in more than 300 million yuan in the quarter, Kuaishou said, as paying users grew across China and abroad.",
        "en",
        None,
    ),
    # both trees
    (
        "Adobe posts record earnings on Firefly demand",
        "Adobe said generative credits consumed in Firefly, including video, doubled from a year earlier.",
        "en",
        None,
    ),
    # both trees
    (
        "Kuaishou ha presentado sus resultados del tercer trimestre: Kling factura 300 millones de yuanes",
        "Los ingresos de la división de vídeo con IA crecieron un 50% respecto al trimestre anterior.",
        "es",
        None,
    ),
    # both trees
    (
        "Adobe presentó resultados récord impulsados por Firefly",
        "La compañía atribuye el crecimiento al uso de créditos generativos en Firefly y Premiere Pro.",
        "es",
        None,
    ),
    (
        "So holt ihr mit Kling 2.1 das Beste aus euren Fotos heraus",
        "Wir zeigen Schritt für Schritt, wie ihr aus Standbildern mit Kling 2.1 flüssige Clips macht.",
        "de",
        None,
    ),
    # both trees
    (
        "So nutzt du Veo 3 am besten: Tipps für bessere Prompts",
        "Von der Kameraführung bis zum Ton: Mit diesen Formulierungen bekommt ihr bessere Clips aus Googles Video-KI.",
        "de",
        None,
    ),
    (
        "So spart ihr bei Runway Gen-4 Credits",
        "Mit Turbo-Entwürfen und kürzeren Clips lassen sich die Kosten pro Projekt deutlich senken.",
        "de",
        None,
    ),
    (
        "Third-party add-on brings Sora 2 to Blender",
        "A hobbyist developer released an add-on on GitHub that sends Blender camera moves to the Sora 2 API.",
        "en",
        None,
    ),
    # both trees
    (
        "Community plug-in adds Veo 3 generation to DaVinci Resolve",
        "Version 1.2 of the free plug-in, maintained by a group of editors, now supports Veo 3 Fast via the Gemini API.",
        "en",
        None,
    ),
    # both trees
    (
        "5 outils pour générer des vidéos IA gratuitement en 2026",
        "Notre sélection des générateurs vidéo qui offrent encore des crédits sans abonnement.",
        "fr",
        None,
    ),
    # both trees
    (
        "10 aplicaciones para crear vídeos con IA gratis",
        "Repasamos las apps que permiten generar clips sin pagar, con sus límites diarios.",
        "es",
        None,
    ),
    # both trees
    (
        "6 strumenti per creare video con l'IA gratis",
        "Ecco i servizi che permettono di generare clip senza abbonamento e i loro limiti.",
        "it",
        None,
    ),
    # both trees
    (
        "8 sites para gerar vídeos com IA de graça",
        "Selecionamos os sites que ainda oferecem créditos gratuitos para criar vídeos com inteligência artificial.",
        "pt",
        None,
    ),
    # both trees
    (
        "5 KI-Video-Generatoren, die ihr kostenlos nutzen könnt",
        "Wir stellen Tools vor, mit denen ihr ohne Abo kurze Clips erstellen könnt.",
        "de",
        None,
    ),
]

A_TIME_IT_WILL_BE_AVAILABLE = [
    # both trees
    (
        "Regulators question OpenAI about Sora",
        "The authority wants to know how minors will be protected when the service becomes available in the EU.",
        "en",
        None,
    ),
    # both trees
    (
        "Il Garante interroga OpenAI su Sora",
        "L'autorità chiede come verranno tutelati i minori quando il servizio sarà disponibile in Italia.",
        "it",
        None,
    ),
    # both trees
    (
        "La CNIL interroge OpenAI sur Sora",
        "L'autorité veut savoir comment les mineurs seront protégés quand le service sera disponible en France.",
        "fr",
        None,
    ),
    (
        "La AEPD pregunta a OpenAI por Sora",
        "La agencia quiere saber cómo se protegerá a los menores cuando el servicio esté disponible en España.",
        "es",
        None,
    ),
    (
        "Datenschützer fragen OpenAI zu Sora",
        "Die Behörde will wissen, wie Minderjährige geschützt werden, wenn der Dienst in Deutschland verfügbar ist.",
        "de",
        None,
    ),
    (
        "ANPD questiona OpenAI sobre o Sora",
        "A autoridade quer saber como os menores serão protegidos quando o serviço estiver disponível no Brasil.",
        "pt",
        None,
    ),
    # both trees
    (
        "OpenAI won't say when Sora 2 will be available in Europe",
        "The Sora app launched in the US and Canada; OpenAI gave no date for the European Union.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Sora 2: OpenAI nennt keinen Termin, wann es in Deutschland verfügbar ist",
        "Die App bleibt vorerst auf die USA und Kanada beschränkt.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Sora 2 is now available in the EU",
        "OpenAI opened the Sora app to users in the European Union today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 est désormais disponible en France",
        "OpenAI ouvre l'application aux utilisateurs français dès aujourd'hui.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora 2 è disponibile in Italia da oggi",
        "OpenAI ha aperto l'app agli utenti italiani, quando mancava solo l'approvazione del Garante.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Sora 2 ya está disponible en España",
        "OpenAI abre hoy la app a los usuarios españoles.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Sora 2 já está disponível no Brasil",
        "A OpenAI liberou hoje o app para usuários brasileiros.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Sora 2 ist ab sofort in Deutschland verfügbar",
        "OpenAI öffnet die App heute für Nutzer in Deutschland.",
        "de",
        "availability",
    ),
]

ROWS, IDS = table_rows(
    {
        "A warning that the reader's card or data is stolen": A_WARNING_THAT_THE_READER_IS_ROBBED,
        "A round closed or secured": A_ROUND_CLOSED_OR_SECURED,
        "A film premiered or screened": A_FILM_PREMIERED_OR_SCREENED,
        "Before a launch in a place": BEFORE_A_LAUNCH_IN_A_PLACE,
        "Results presented": RESULTS_PRESENTED,
        "Guides, third-party plug-ins and lists of free tools": GUIDES_PLUG_INS_AND_LISTS_OF_FREE_TOOLS,
        "The owner's news in the same words": THE_OWNER_S_NEWS_IN_THE_SAME_WORDS,
        "Wordings a review wrote": WORDINGS_A_REVIEW_WROTE,
        "A time it will be available, in a subordinate clause": A_TIME_IT_WILL_BE_AVAILABLE,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_round_forty(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table

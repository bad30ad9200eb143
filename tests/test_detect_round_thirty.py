"""Issue #12, round thirty (stop 49): verb forms and constructions the DE/ES/IT/PT/FR lexicons
missed, what a review took back, and policy news told with release verbs.

- Verb forms a grid of constructions found missing ("Google launcht Veo 4", "Sora 2 startet
  später in der EU", "El lanzamiento europeo de Sora 2 queda en el aire", "OpenAI descarta API
  do Sora", "Sora 2 só funciona com convite", "OpenAI elimina el código de invitación",
  "OpenAI verzichtet auf Einladungscodes"), and stock-market debuts told with an article
  ("debuta en la bolsa", "debutta alla Borsa", "fait ses débuts à la Bourse").
- A first draft also took "acaba de lanzar", "está live", "weitet ... aus", "généralise",
  "closes sign-ups" and a dozen more; a reviewer's 240 items broke 84 verdicts (results, funds,
  lawsuits, livestreams, investigations). Those forms were dropped; the items they broke are
  guards here.
- Funds, ad campaigns and spots launched are ventures, not products, in six languages; German
  "launcht" stands beside "lanciert" wherever that verb does (its silencers included).
- Content rules, labels, watermarks, age checks and parental controls rolled out are policy
  about what may be generated, not a release: Spanish, Portuguese, Italian and German had no
  such list ("OpenAI despliega nuevas normas de moderación para Sora 2" was a launch). The verb
  reaches its object with no free gap: a preposition there makes the product the subject ("Sora
  2 startet mit Jugendschutz in Deutschland" stays an arrival; a second review's 7 breaks).
- Another medium's model released beside the video one ("Kuaishou presenta Kolors 2.0, su nuevo
  modelo de imágenes, junto a Kling") is silenced in ES/PT/IT/DE as in EN/FR ("de texto a vídeo"
  is not another medium). Open weights on a hub read as a release were dropped after review (a
  community's quantized upload).
- Subscribers of a named plan are a tier in ES/IT/PT ("disponible para los suscriptores de Google
  AI Plus"); a product leaving or joining a free plan is a change of access tier in IT and PT as
  in EN, FR and ES; "denies it will launch" is a denial; Spanish "anunció", which folds to
  "anuncio" (an ad), counts before its object ("anunció su nuevo modelo").

Every headline and summary here was written for these tests (many by helper reviewers): none is
taken or paraphrased from a labelled corpus item. Rows not marked "both trees" failed on stop
48's tree; the rows marked "both trees" are guards.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# (title, summary, lang, event or None)
VERB_FORMS_THE_LEXICONS_MISSED = [
    (
        "Kling führt Credit-System ein",
        "Kuaishou stellt seine Abos um; das günstigste Paket kostet künftig 6,99 Euro im Monat.",
        "de",
        "pricing",
    ),
    (
        "Erster Kinofilm aus Google Veo kommt im Herbst",
        "Ein Berliner Studio hat den Spielfilm vollständig mit dem Videomodell erzeugt; er startet im Oktober in den Kinos.",
        "de",
        None,
    ),
    (
        "OpenAI elimina el código de invitación de Sora 2",
        "Desde hoy, cualquier usuario en los países compatibles puede descargar la app y empezar a crear videos.",
        "es",
        "availability",
    ),
    (
        "MiniMax debuta en la bolsa de Hong Kong",
        "Las acciones de la creadora de Hailuo se dispararon un 40% en su estreno bursátil.",
        "es",
        None,
    ),
    (
        "Wan 2.5 ora accessibile via API",
        "Alibaba Cloud ha aperto il modello agli sviluppatori tramite Model Studio.",
        "it",
        "availability",
    ),
    (
        "MiniMax debutta alla Borsa di Hong Kong",
        "Il titolo della società che sviluppa Hailuo è salito del 40% nel primo giorno di contrattazioni.",
        "it",
        None,
    ),
    (
        "Sora 2 dispensa convite",
        "A OpenAI abriu o aplicativo a qualquer pessoa nos países suportados.",
        "pt",
        "availability",
    ),
    (
        "MiniMax fait ses débuts à la Bourse de Hong Kong",
        "L'action du créateur d'Hailuo a bondi de 40 % lors de sa première séance.",
        "fr",
        None,
    ),
    ("Google disponibiliza Veo 4", "", "pt", "launch"),
    ("Google launcht Veo 4", "", "de", "launch"),
    ("Runway rebaja Gen-4 a la mitad", "", "es", "pricing"),
    ("El lanzamiento europeo de Sora 2 queda en el aire", "", "es", "delay"),
    ("OpenAI descarta API do Sora este ano", "", "pt", "delay"),
    ("Sora 2 só funciona com convite", "", "pt", "waitlist"),
    ("Sora 2 startet später in der EU", "", "de", "delay"),
    (
        "El lanzamiento de Sora 2 en Android sigue en el aire",
        "OpenAI no ha fijado fecha para su app de vídeo en Android, semanas después de estrenarla en iPhone.",
        "es",
        "delay",
    ),
    (
        "MiniMax, creadora de Hailuo, debuta en la bolsa de Hong Kong con una subida del 40%",
        "Las acciones de la startup china se dispararon en su primer día de cotización.",
        "es",
        None,
    ),
    (
        "Runway, rollout globale delle nuove regole di moderazione per Gen-4",
        "La società applica in tutti i paesi filtri più severi sui contenuti violenti generati dal suo modello.",
        "it",
        None,
    ),
    (
        "MiniMax, la madre di Hailuo, debutta alla Borsa di Hong Kong",
        "Le azioni della startup cinese del video AI sono salite del 40% nel primo giorno di contrattazioni.",
        "it",
        None,
    ),
    (
        "Google launcht Veo 3 in Deutschland",
        "Das Videomodell, das seit Mai in den USA verfügbar ist, kann jetzt auch von deutschen Gemini-Abonnenten genutzt werden.",
        "de",
        "availability",
    ),
    (
        "Globaler Rollout der neuen Jugendschutz-Regeln bei OpenAI Sora 2",
        "OpenAI verschärft weltweit die Altersprüfung für die Video-App.",
        "de",
        None,
    ),
    (
        "Mit Runway Gen-4 gedrehter Film startet in den Kinos",
        "Der erste abendfüllende Spielfilm aus Runways Videomodell läuft ab Donnerstag in 200 Sälen.",
        "de",
        None,
    ),
    (
        "Rollout mondial de la nouvelle politique de modération de Sora 2",
        "OpenAI applique partout des filtres plus stricts sur les vidéos de personnalités publiques.",
        "fr",
        None,
    ),
    (
        "MiniMax, créateur de Hailuo, fait ses débuts à la Bourse de Hong Kong",
        "L'action de la start-up chinoise a bondi de 40 % lors de sa première séance.",
        "fr",
        None,
    ),
    (
        "El lanzamiento de Veo 3 en Europa queda en el aire, reconoce Google",
        "La compañía no sabe cuándo podrá ofrecer su modelo de vídeo en la UE por los requisitos regulatorios.",
        "es",
        "delay",
    ),
    (
        "OpenAI elimina el código de invitación de Sora 2 en Estados Unidos",
        "Desde hoy cualquier usuario puede descargar la app de vídeo y empezar a crear sin necesidad de invitación.",
        "es",
        "availability",
    ),
    (
        "OpenAI descarta lançamento do Sora 2 na Europa por enquanto",
        "A empresa afirmou que não há planos de levar o app de vídeo à União Europeia este ano.",
        "pt",
        "delay",
    ),
    (
        "Sora 2 in Italia: ancora nessuna data di lancio",
        "OpenAI non ha comunicato quando l'app video arriverà nel nostro paese.",
        "it",
        "delay",
    ),
    (
        "OpenAI verzichtet bei Sora 2 künftig auf Einladungscodes",
        "Die Video-App kann in den USA jetzt von jedem heruntergeladen werden.",
        "de",
        "availability",
    ),
    (
        "Meta, rollout in altri paesi per le etichette sui video creati con Sora 2 e Veo 3",
        "Il gruppo estende l'etichettatura automatica dei contenuti generati con l'IA a Instagram e Facebook in Europa.",
        "it",
        None,
    ),
    ("Google anunció su nuevo modelo de vídeo Veo 4", "", "es", "launch"),
    ("OpenAI anunció este martes Sora 3", "", "es", "launch"),
    # both trees
    ("Runway anunció el lanzamiento de Gen-5", "", "es", "launch"),
    # both trees
    ("El anuncio de Veo 3 en la Super Bowl, hecho con IA", "", "es", None),
    # both trees
    ("Un anuncio hecho con Sora 2 arrasa en redes", "", "es", None),
    # both trees
    ("Coca-Cola publica un anuncio creado con Runway Gen-4", "", "es", None),
    # both trees
    ("El anuncio la semana pasada de Veo 3 sigue dando que hablar: análisis", "", "es", None),
]

CONTENT_RULES_ROLLED_OUT = [
    # both trees
    ("OpenAI rolls out new moderation rules for Sora 2", "", "en", None),
    ("Global rollout of new teen safety rules for OpenAI Sora 2", "", "en", None),
    ("Google rolls out SynthID watermarks to all Veo 3 videos", "", "en", None),
    ("Meta rolls out labels for videos made with Sora 2 and Veo 3", "", "en", None),
    ("OpenAI déploie de nouvelles règles de modération pour Sora 2", "", "fr", None),
    ("Rollout mondial de la nouvelle politique de modération de Sora 2", "", "fr", None),
    ("OpenAI despliega nuevas normas de moderación para Sora 2", "", "es", None),
    # both trees
    ("Google aplica marcas de agua a todos los vídeos de Veo 3", "", "es", None),
    ("OpenAI lança novas regras de moderação para o Sora 2", "", "pt", None),
    # both trees
    ("OpenAI endurece as regras do Sora 2 para menores", "", "pt", None),
    ("OpenAI introduce nuove regole di moderazione per Sora 2", "", "it", None),
    ("Runway, rollout globale delle nuove regole di moderazione per Gen-4", "", "it", None),
    ("Globaler Rollout der neuen Jugendschutz-Regeln bei OpenAI Sora 2", "", "de", None),
    # both trees
    ("OpenAI verschärft die Filter für Sora 2", "", "de", None),
    # both trees
    ("Runway lanza Gen-5 con filtros", "", "es", "launch"),
    # both trees
    ("Google lanza Veo 4 con marcas de agua invisibles", "", "es", "launch"),
    # both trees
    ("OpenAI lança Sora 3 com controles parentais", "", "pt", "launch"),
    # both trees
    ("Runway lancia Gen-5 con nuovi filtri", "", "it", "launch"),
    # both trees
    ("Google startet Veo 4 mit Wasserzeichen", "", "de", "launch"),
    # both trees
    ("Google lance Veo 4 avec des filigranes invisibles", "", "fr", "launch"),
    # both trees
    ("Google launches Veo 4 with invisible watermarks", "", "en", "launch"),
    # both trees
    ("OpenAI launches Sora 3 with parental controls", "", "en", "launch"),
    # both trees
    ("Sora 2 arrives in Europe with stricter age checks", "", "en", "availability"),
    # both trees
    ("Sora 2 llega a Europa con verificación de edad", "", "es", "availability"),
    # both trees
    ("Sora 2 startet in Deutschland mit Altersprüfung", "", "de", "availability"),
    (
        "Runway launcht Gen-5 mit neuen Schutzmaßnahmen",
        "Runway hat Gen-5 gelauncht, das neueste Videomodell des Start-ups. Neue Schutzmaßnahmen sollen Deepfakes von Prominenten verhindern.",
        "de",
        "launch",
    ),
    (
        "Amazon introduces age verification for Nova Reel on Bedrock",
        "Amazon Web Services introduced age verification requirements for customers building consumer apps on Nova Reel.",
        "en",
        None,
    ),
    (
        "The rollout of new Sora rules begins in the EU",
        "The rollout of new rules for OpenAI's Sora 2 begins in the EU this week, requiring consent for cameo use and labels on all clips.",
        "en",
        None,
    ),
    (
        "Le déploiement des nouvelles règles de Sora commence en Europe",
        "Le déploiement des nouvelles règles de Sora 2 commence cette semaine dans l'UE, avec un consentement obligatoire pour les caméos.",
        "fr",
        None,
    ),
    (
        "Globaler Rollout der neuen Regeln für Sora 2",
        "Der globale Rollout der neuen Regeln für OpenAIs Sora 2 beginnt diese Woche, Cameos erfordern künftig eine Einwilligung.",
        "de",
        None,
    ),
    (
        "Al via il rollout globale delle nuove regole di Sora 2",
        "Al via il rollout globale delle nuove regole di Sora 2, che richiedono il consenso per i cameo.",
        "it",
        None,
    ),
    (
        "Amazon introduit la vérification de l'âge pour Nova Reel",
        "Amazon introduit la vérification de l'âge pour les applications grand public construites sur Nova Reel.",
        "fr",
        None,
    ),
    (
        "Rollout of new credit rules for Sora: $4 per 10 videos",
        "OpenAI said it is rolling out paid credits for the Sora app, charging $4 for 10 extra generations once free users hit their daily limit.",
        "en",
        "pricing",
    ),
    (
        "Rollout der neuen Credit-Regeln für Sora: 4 Dollar für 10 Videos",
        "OpenAI führt kostenpflichtige Credits für die Sora-App ein: 10 zusätzliche Videos kosten 4 Dollar.",
        "de",
        "pricing",
    ),
    (
        "Kling introduce nuevas reglas de precios",
        "Kuaishou sube el precio de Kling Pro a 37 dólares al mes.",
        "es",
        "pricing",
    ),
    (
        "Il lancio delle nuove regole di prezzo di Kling",
        "Kuaishou aumenta il prezzo di Kling Pro a 37 dollari al mese.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Sora 2 startet mit Jugendschutz in Deutschland",
        "Die Sora-2-App von OpenAI ist ab heute in Deutschland verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora 2 startet mit Altersprüfung in der Schweiz",
        "Die Sora-2-App von OpenAI ist ab heute auch in der Schweiz verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Veo 3 startet mit Wasserzeichen in Deutschland",
        "Google macht Veo 3 in der Gemini-App ab heute in Deutschland verfügbar.",
        "de",
        "availability",
    ),
]

FUNDS_AND_CAMPAIGNS_LAUNCHED = [
    # both trees
    ("Runway launches a $5 million fund for films made with Gen-4", "", "en", None),
    # both trees
    ("Google launches an ad campaign for Veo 3 in London", "", "en", None),
    ("Runway startet Werbekampagne in Berlin für Gen-4", "", "de", None),
    # both trees
    ("Kuaishou launcht Fonds für KI-Filmemacher, die mit Kling arbeiten", "", "de", None),
    ("Runway lanza un fondo de 5 millones para cineastas que usen Gen-4", "", "es", None),
    ("Google lanza una campaña publicitaria de Veo 3 en Madrid", "", "es", None),
    ("Runway lança fundo de US$ 5 milhões para cineastas que usam o Gen-4", "", "pt", None),
    ("Google lancia una campagna pubblicitaria per Veo 3 a Milano", "", "it", None),
    # both trees
    ("Runway lance un fonds de 5 millions pour les films faits avec Gen-4", "", "fr", None),
    # both trees
    ("Google lance une campagne publicitaire pour Veo 3 dans le métro", "", "fr", None),
    ("Google launcht Veo 4", "", "de", "launch"),
    # both trees
    (
        "OpenAI launcht günstigeres Abo für Sora 2",
        "Das neue Abo kostet acht Dollar im Monat und enthält weniger Videos pro Tag.",
        "de",
        "pricing",
    ),
    ("OpenAI startet günstigeres Abo für Sora 2", "", "de", "pricing"),
    (
        "Runway startet Fonds für KI-Filmemacher",
        "Runway startet einen Fonds über 5 Millionen Dollar für Filmemacher, die mit Gen-4 Kurzfilme drehen.",
        "de",
        None,
    ),
    (
        "Kling startet globale Werbekampagne",
        "Kuaishou startet eine weltweite Werbekampagne für Kling AI mit Fußballstars.",
        "de",
        None,
    ),
    (
        "Runway lanza un fondo de 5 millones para cineastas",
        "Runway lanza un fondo de 5 millones de dólares para apoyar a cineastas que usen su modelo Gen-4.",
        "es",
        None,
    ),
    (
        "Kling lanza una campaña publicitaria mundial",
        "Kuaishou lanza una campaña publicitaria mundial de Kling AI protagonizada por estrellas del fútbol.",
        "es",
        None,
    ),
    (
        "Runway lança fundo de US$ 5 milhões para cineastas",
        "A Runway lança um fundo de US$ 5 milhões para apoiar cineastas que usam o modelo Gen-4.",
        "pt",
        None,
    ),
    (
        "Kling lança campanha publicitária global",
        "A Kuaishou lança uma campanha publicitária global do Kling AI estrelada por jogadores de futebol.",
        "pt",
        None,
    ),
    (
        "Runway lancia un fondo da 5 milioni per i registi",
        "Runway lancia un fondo da 5 milioni di dollari per sostenere i registi che usano il modello Gen-4.",
        "it",
        None,
    ),
    (
        "Kling lancia una campagna pubblicitaria globale",
        "Kuaishou lancia una campagna pubblicitaria globale per Kling AI con star del calcio.",
        "it",
        None,
    ),
    (
        "Luma presenta un fondo para creadores de vídeo",
        "Luma AI presenta un fondo de un millón de dólares para creadores que usen su modelo Ray2.",
        "es",
        None,
    ),
    (
        "Runway launcht Gen-5 mit Werbekampagne",
        "Runway hat Gen-5 veröffentlicht, die neueste Version seines Videogenerators.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Kling AI startet mit Werbekampagne in Österreich",
        "Kuaishous Videogenerator Kling AI ist ab sofort auch in Österreich verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Kling AI launches with ad campaign in the UK",
        "Kuaishou's Kling AI app is now available in the United Kingdom.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling AI se lanza con campaña en México",
        "El generador de vídeo Kling AI de Kuaishou ya está disponible en México.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Kling AI si lancia con una campagna in Italia",
        "Il generatore video Kling AI di Kuaishou è ora disponibile in Italia.",
        "it",
        "availability",
    ),
]

BROAD_FORMS_A_REVIEW_TOOK_BACK = [
    # both trees
    (
        "Luma AI closes registrations for its Dream Machine film festival after record entries",
        "Luma AI said registration for its annual AI film festival, built around the Ray2 model, closed early after more than 5,000 short films were submitted from 60 countries.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI closes sign-ups for DevDay 2025 as Sora 2 sessions fill up",
        "OpenAI said in-person registration for its developer conference in San Francisco is full; several workshops will focus on building apps on the Sora 2 API.",
        "en",
        None,
    ),
    # both trees
    (
        "ByteDance closes registrations for Seedance creator bootcamp in Singapore",
        "ByteDance said applications for its two-week training program on its Seedance 1.0 video model have closed, with 200 creators selected.",
        "en",
        None,
    ),
    # both trees
    (
        "Alibaba closes registration for Wan 2.2 hackathon in Hangzhou",
        "Alibaba Cloud said developer sign-ups for its weekend hackathon built around the open-source Wan 2.2 video model closed on Friday.",
        "en",
        None,
    ),
    # both trees
    (
        "School district shuts sign-ups to Google Veo after parents complain",
        "A Texas school district said it has closed student registrations for Google's Veo 3 video tool on its managed Chromebooks after complaints from parents about deepfakes.",
        "en",
        None,
    ),
    # both trees
    (
        "Reddit forum closes new accounts after flood of OpenAI Sora 2 deepfakes",
        "Moderators of a large film subreddit said they had closed new accounts from posting after users flooded it with clips generated by OpenAI's Sora 2.",
        "en",
        None,
    ),
    # both trees
    (
        "Google closes onboarding queue as Veo 3 opens to all Vertex AI customers",
        "Google Cloud said it has ended the approval process for Veo 3 on Vertex AI, and every customer can now call the video model without applying for access.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway shuts its sign-up queue: Gen-4 now open to everyone",
        "Runway said the queue that limited new accounts for Gen-4 is gone, and anyone can now create an account and generate videos immediately.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Study finds Amazon Nova Reel, accessible via Bedrock API, produces biased clips",
        "Researchers at Stanford tested Amazon's Nova Reel video model through the Bedrock API and found it over-represents certain demographics in generated ads.",
        "en",
        None,
    ),
    # both trees
    (
        "Kuaishou acaba de publicar sus resultados trimestrales: Kling ya factura 150 millones",
        "La tecnológica china ha presentado sus cuentas del tercer trimestre, en las que su generador de vídeo Kling aporta ingresos récord.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway acaba de lanzar un fondo de 5 millones para cineastas que usen Gen-4",
        "La startup neoyorquina financiará cortometrajes y proyectos independientes creados con su modelo de vídeo Gen-4.",
        "es",
        None,
    ),
    # both trees
    (
        "OpenAI acaba de publicar un informe sobre los deepfakes creados con Sora 2",
        "La compañía detalla cuántos vídeos ha retirado y qué medidas ha tomado para frenar el uso indebido de su app de vídeo.",
        "es",
        None,
    ),
    # both trees
    (
        "Netflix acaba de estrenar una serie con efectos visuales creados con Runway Gen-4",
        "La plataforma ha confirmado que varias escenas de su nueva serie argentina se generaron con la herramienta de Runway.",
        "es",
        None,
    ),
    # both trees
    (
        "MiniMax acaba de presentar su solicitud de salida a bolsa en Hong Kong",
        "La empresa china, creadora del generador de vídeo Hailuo, busca captar 500 millones de dólares en su debut bursátil.",
        "es",
        None,
    ),
    # both trees
    (
        "ByteDance acaba de presentar una demanda contra un exingeniero por filtrar Seedance",
        "La matriz de TikTok acusa a un antiguo empleado de haber compartido código de su modelo de vídeo Seedance con un competidor.",
        "es",
        None,
    ),
    # both trees
    (
        "Kuaishou acaba de presentar una queja ante la OMPI por el nombre Kling",
        "La empresa china reclama que una startup europea usa una marca demasiado parecida a la de su generador de vídeo.",
        "es",
        None,
    ),
    # both trees
    (
        "Google acaba de lanzar Veo 3 en España",
        "El modelo de vídeo de Google, disponible en Estados Unidos desde mayo, ya puede usarse en España desde la app de Gemini para suscriptores del plan Pro.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Runway acaba de lanzar su app de Gen-4 para Android",
        "Los usuarios de Android ya pueden descargar la aplicación de Runway y generar vídeos con Gen-4, que hasta ahora solo estaba en web e iPhone.",
        "es",
        "availability",
    ),
    # both trees
    (
        "OpenAI acaba de lanzar un plan más barato para Sora 2: 8 dólares al mes",
        "La nueva suscripción incluye menos vídeos al día pero quita la marca de agua, según ha explicado la compañía.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 de Google ya está live en Gemini para usuarios de España",
        "El modelo de vídeo de Google, lanzado en mayo en Estados Unidos, ya funciona en España dentro de la app de Gemini.",
        "es",
        "availability",
    ),
    # both trees
    (
        "La llegada de OpenAI a España: abre oficina en Madrid y busca clientes para Sora 2",
        "La compañía estadounidense contratará a una veintena de personas en su nueva sede española.",
        "es",
        None,
    ),
    # both trees
    (
        "El desembarco de ByteDance en México: inversión de 500 millones en centros de datos",
        "La matriz de TikTok construirá infraestructura que también dará servicio a su modelo de vídeo Seedance, según fuentes del sector.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway recorta su plantilla a la mitad tras el fracaso de su app de consumo",
        "La empresa de Gen-4 despedirá a unos 100 empleados, según un memorando interno.",
        "es",
        None,
    ),
    # both trees
    (
        "Meta da de baja miles de cuentas en Instagram que difundían vídeos de Sora 2",
        "La compañía eliminó perfiles que publicaban deepfakes creados con la app de OpenAI.",
        "es",
        None,
    ),
    # both trees
    (
        "Kuaishou acaba de publicar seus resultados: Kling já gera receita de US$ 150 milhões",
        "A empresa chinesa divulgou o balanço do trimestre, com destaque para o gerador de vídeo Kling.",
        "pt",
        None,
    ),
    # both trees
    (
        "Cineasta brasileiro acaba de lançar curta feito com Google Veo 3",
        "O diretor paulista exibiu no Festival do Rio um filme de dez minutos gerado inteiramente com o modelo de vídeo do Google.",
        "pt",
        None,
    ),
    # both trees
    (
        "OpenAI acabou de lançar plano mais barato para o Sora 2",
        "A nova assinatura custa US$ 8 por mês e inclui menos vídeos por dia, segundo a empresa.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "ByteDance acaba de apresentar queixa contra ex-funcionário por vazar o Seedance",
        "A dona do TikTok acusa um engenheiro de ter levado código do modelo de vídeo Seedance para uma concorrente.",
        "pt",
        None,
    ),
    # both trees
    (
        "Runway acaba de apresentar pesquisa sobre como cineastas usam o Gen-4",
        "O estudo, feito com 500 profissionais, mostra que a maioria usa a ferramenta em pré-produção.",
        "pt",
        None,
    ),
    # both trees
    (
        "Evento do Google está live: acompanhe o I/O com novidades do Veo",
        "Siga em tempo real a conferência anual do Google, onde são esperadas novidades do modelo de vídeo Veo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sam Altman está live agora falando sobre o Sora 2 da OpenAI",
        "O executivo faz transmissão ao vivo nas redes sociais para responder perguntas sobre o app de vídeo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Processo contra a MiniMax por causa do Hailuo se expande para outros países",
        "Estúdios de cinema do Japão e da Coreia aderiram à ação que acusa o gerador de vídeo de violar direitos autorais.",
        "pt",
        None,
    ),
    # both trees
    (
        "Golpes com vídeos do Sora 2 da OpenAI se expandem para novos países",
        "Criminosos usam deepfakes gerados pelo app para aplicar fraudes financeiras na América Latina.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kuaishou expande operações de e-commerce para novos mercados; Kling segue restrito",
        "A empresa chinesa vai abrir lojas virtuais no Sudeste Asiático, mas não mencionou planos para o gerador de vídeo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Votação do PL da IA fica para 2026; Veo 3 e Sora 2 seguem sem regras",
        "O Senado adiou a análise do projeto que regularia geradores de vídeo como os do Google e da OpenAI.",
        "pt",
        None,
    ),
    # both trees
    (
        "Justiça descarta suspensão do app Sora 2 da OpenAI no Brasil",
        "Juiz negou pedido de entidade de defesa do consumidor para tirar o app de vídeo do ar.",
        "pt",
        None,
    ),
    # both trees
    (
        "L'evento Google I/O è live: segui la diretta con le novità su Veo",
        "Segui con noi in tempo reale il keynote di Google, dove sono attese novità sul modello video Veo.",
        "it",
        None,
    ),
    # both trees
    (
        "OpenAI, la diretta del DevDay è ora live: attese novità su Sora 2",
        "L'evento per sviluppatori è iniziato; vi raccontiamo minuto per minuto gli annunci.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 di Google è ora live in Italia nell'app Gemini",
        "Il modello video lanciato a maggio negli Stati Uniti è finalmente disponibile anche per gli abbonati italiani.",
        "it",
        "availability",
    ),
    # both trees
    (
        "La class action contro OpenAI per Sora 2 si apre agli utenti italiani",
        "Lo studio legale che ha promosso la causa negli USA accetta adesioni anche dall'Italia.",
        "it",
        None,
    ),
    (
        "Veo 3 non più disponibile nel piano gratuito di Gemini",
        "Google ha rimosso l'accesso gratuito al modello video: per usarlo serve ora l'abbonamento Google AI Pro.",
        "it",
        "availability",
    ),
    # both trees
    (
        "L'indagine del Garante su OpenAI è stata estesa agli utenti di Sora 2",
        "L'autorità per la privacy vuole capire come vengono trattati i volti caricati nell'app video.",
        "it",
        None,
    ),
    # both trees
    (
        "OpenAI, il divieto sui volti delle celebrità esteso agli utenti del piano Pro",
        "La società ha aggiornato le regole di Sora 2: nessun abbonato potrà generare video di personaggi famosi.",
        "it",
        None,
    ),
    # both trees
    (
        "Nessuna data per il processo contro MiniMax su Hailuo",
        "Il tribunale di Los Angeles non ha ancora fissato l'udienza nella causa degli studios contro il generatore video.",
        "it",
        None,
    ),
    # both trees
    (
        "La risposta di OpenAI si fa attendere dopo le accuse su Sora 2",
        "Gli attori che denunciano l'uso dei loro volti nell'app video aspettano ancora una replica ufficiale.",
        "it",
        None,
    ),
    # both trees
    (
        "Chiusa la versione gratuita di Kling: ora servono crediti a pagamento",
        "Kuaishou ha eliminato il piano free del suo generatore video; per creare clip bisogna acquistare crediti.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Runway launcht Werbekampagne in Berlin für Gen-4",
        "Die Plakate sollen Kreative auf das Videomodell aufmerksam machen und hängen in U-Bahn-Stationen.",
        "de",
        None,
    ),
    # both trees
    (
        "Kuaishou launcht Fonds für KI-Filmemacher, die mit Kling arbeiten",
        "Das Unternehmen stellt zehn Millionen Dollar für Kurzfilme bereit, die mit seinem Videomodell entstehen.",
        "de",
        None,
    ),
    # both trees
    (
        "OpenAI launcht günstigeres Abo für Sora 2",
        "Das neue Abo kostet acht Dollar im Monat und enthält weniger Videos pro Tag.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Agentur launcht ersten Werbespot, der komplett mit Google Veo 3 erstellt wurde",
        "Der Spot für eine Brauerei entstand ohne Dreh; alle Szenen wurden mit Googles Videomodell generiert.",
        "de",
        None,
    ),
    # both trees
    (
        "BlackRock steigt ins Video-Geschäft ein: Milliardenbeteiligung an Runway",
        "Der Vermögensverwalter investiert in den Hersteller des Videomodells Gen-4.",
        "de",
        None,
    ),
    # both trees
    (
        "Getty weitet Klage gegen Stability AI auf Runway aus",
        "Die Bildagentur wirft nun auch dem Anbieter des Videomodells Gen-4 Urheberrechtsverletzungen vor.",
        "de",
        None,
    ),
    # both trees
    (
        "EU weitet Ermittlungen gegen ByteDance auf Seedance aus",
        "Die Kommission prüft nun auch, ob das Videomodell des TikTok-Konzerns gegen den AI Act verstößt.",
        "de",
        None,
    ),
    # both trees
    (
        "OpenAI weitet Sperre von Sora 2 auf die EU aus",
        "Die App soll in der Europäischen Union vorerst nicht angeboten werden, wie das Unternehmen mitteilte.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Runway öffnet sein Filmfestival für alle",
        "Erstmals können Kreative aus jedem Land Kurzfilme einreichen, die mit Gen-4 entstanden sind.",
        "de",
        None,
    ),
    # both trees
    (
        "Google holt Ex-Meta-Manager in die Gemini-App-Sparte",
        "Der neue Chef soll die Verbreitung von Veo 3 und anderen KI-Werkzeugen vorantreiben.",
        "de",
        None,
    ),
    # both trees
    (
        "OpenAI baut Jugendschutz in die Sora-App ein",
        "Eltern können künftig die Nutzung der Video-App durch Minderjährige einschränken, so OpenAI.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora-2-Deepfakes kommen aufs Handy: So schützen Sie sich",
        "Mit OpenAIs Video-App erstellte Fälschungen verbreiten sich über Messenger. Tipps zum Erkennen.",
        "de",
        None,
    ),
    # both trees
    (
        "Runway-Chef: Der Durchbruch für KI-Filme kommt später",
        "Im Interview spricht Cristóbal Valenzuela über Gen-4 und die Zukunft von Hollywood.",
        "de",
        None,
    ),
    # both trees
    (
        "Kinofilm mit Effekten aus Runway Gen-4: noch kein Starttermin",
        "Die Produktionsfirma sucht weiter nach einem Verleih für den Science-Fiction-Film.",
        "de",
        None,
    ),
    # both trees
    (
        "Runway généralise la facturation au crédit pour Gen-4",
        "Tous les abonnements passent à un système de crédits, y compris les offres annuelles.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "La RTBF généralise le recours à Google Veo 3 pour ses habillages",
        "La chaîne publique belge utilisera le modèle vidéo de Google pour tous ses génériques.",
        "fr",
        None,
    ),
    # both trees
    (
        "Le partenariat entre Disney et OpenAI autour de Sora 2 est officiel",
        "Le studio investit un milliard de dollars et autorise ses personnages dans l'application vidéo.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway closes onboarding for its Hundred Film Fund after reviewing 4,000 pitches",
        "Runway said the fund, which backs films made with Gen-4, will not accept new applications this year.",
        "en",
        None,
    ),
    # both trees
    (
        "Canva acaba de lanzar su nuevo logotipo; Veo 3 sigue integrado en su editor",
        "La empresa australiana renueva su imagen de marca sin cambios en las funciones de vídeo con IA de Google.",
        "es",
        None,
    ),
    # both trees
    (
        "Qué significa que Veo 3 de Google sea gratis en YouTube Shorts para los creadores",
        "Analizamos las consecuencias para los editores de vídeo y los derechos de autor.",
        "es",
        None,
    ),
    # both trees
    (
        "OpenAI não planeja versão do ChatGPT para crianças, diz executiva; Sora 2 segue proibido a menores",
        "A empresa descartou um produto infantil e manteve a idade mínima de 18 anos para o app de vídeo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Nessuna app per i minori: OpenAI vieta Sora 2 agli under 18",
        "La società ha aggiornato le regole di utilizzo della sua app video, che resta riservata agli adulti.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway è live su Twitch con una maratona di film creati con Gen-4",
        "L'azienda trasmette in diretta per 24 ore i migliori cortometraggi realizzati dalla sua community.",
        "it",
        None,
    ),
    # both trees
    (
        "Google weitet Zusammenarbeit mit Hollywood auf Veo 3 aus",
        "Das Unternehmen arbeitet mit weiteren Filmstudios zusammen, die das Videomodell testen sollen.",
        "de",
        None,
    ),
    (
        "Runway, rollout globale delle nuove regole di moderazione per Gen-4",
        "La società applica in tutti i paesi filtri più severi sui contenuti violenti generati dal suo modello.",
        "it",
        None,
    ),
    (
        "Google launcht Veo 3 in Deutschland",
        "Das Videomodell, das seit Mai in den USA verfügbar ist, kann jetzt auch von deutschen Gemini-Abonnenten genutzt werden.",
        "de",
        "availability",
    ),
    (
        "Globaler Rollout der neuen Jugendschutz-Regeln bei OpenAI Sora 2",
        "OpenAI verschärft weltweit die Altersprüfung für die Video-App.",
        "de",
        None,
    ),
    (
        "Rollout mondial de la nouvelle politique de modération de Sora 2",
        "OpenAI applique partout des filtres plus stricts sur les vidéos de personnalités publiques.",
        "fr",
        None,
    ),
    (
        "Meta, rollout in altri paesi per le etichette sui video creati con Sora 2 e Veo 3",
        "Il gruppo estende l'etichettatura automatica dei contenuti generati con l'IA a Instagram e Facebook in Europa.",
        "it",
        None,
    ),
]

ANOTHER_MEDIUM_S_MODEL = [
    # both trees
    (
        "Luma lanza Photon, un nuevo modelo de imagen",
        "La empresa de Dream Machine presentó el martes un generador de imágenes.",
        "es",
        None,
    ),
    # both trees
    (
        "Luma lança Photon, seu novo modelo de imagem",
        "A empresa do Dream Machine apresentou nesta terça um gerador de imagens.",
        "pt",
        None,
    ),
    # both trees
    (
        "Luma lancia Photon, un nuovo modello di immagini",
        "L'azienda di Dream Machine ha presentato martedì un generatore di immagini.",
        "it",
        None,
    ),
    # both trees
    (
        "Luma startet Photon, ein neues Bildmodell",
        "Der Hersteller von Dream Machine hat am Dienstag einen Bildgenerator vorgestellt.",
        "de",
        None,
    ),
    # both trees
    (
        "Luma stellt Photon vor, ein neues Bildmodell",
        "Der Hersteller von Dream Machine hat am Dienstag einen Bildgenerator vorgestellt.",
        "de",
        None,
    ),
    # both trees
    (
        "Luma lance Photon, un nouveau modèle d'image",
        "La société derrière Dream Machine a présenté mardi un générateur d'images.",
        "fr",
        None,
    ),
    # both trees
    (
        "Luma launches Photon, a new image model",
        "The Dream Machine maker unveiled an image generator on Tuesday.",
        "en",
        None,
    ),
    (
        "Kuaishou presenta Kolors 2.0, su nuevo modelo de imágenes, junto a Kling",
        "El grupo chino lanza un generador de imágenes que complementa a su modelo de vídeo Kling.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway veröffentlicht ein Musikmodell",
        "Der Anbieter von Gen-4 bringt einen KI-Musikgenerator auf den Markt.",
        "de",
        None,
    ),
    # both trees
    (
        "Alibaba veröffentlicht die Gewichte von Wan 3.0 auf Hugging Face",
        "Das Videomodell ist ab sofort quelloffen verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Pesos do Wan 3.0 já estão disponíveis no Hugging Face",
        "A Alibaba liberou o novo modelo de vídeo com licença Apache 2.0.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Los pesos de Wan 3.0 ya están disponibles en Hugging Face",
        "Alibaba liberó el nuevo modelo de vídeo con licencia Apache 2.0.",
        "es",
        "launch",
    ),
    # both trees
    ("Google lanza Veo 4 y un nuevo modelo de imagen", "", "es", "launch"),
    # both trees
    ("Google lança Veo 4 e um novo modelo de imagem", "", "pt", "launch"),
    # both trees
    ("Google lancia Veo 4 e un nuovo modello di immagini", "", "it", "launch"),
    # both trees
    ("Google startet Veo 4 und ein neues Bildmodell", "", "de", "launch"),
    # both trees
    ("Kuaishou presenta Kling 3.0, su nuevo modelo de imagen a vídeo", "", "es", "launch"),
    # both trees
    ("Kuaishou presenta Kling 3.0, il suo nuovo modello di immagini e video", "", "it", "launch"),
]

A_TIER_NAMED_BY_ITS_PLAN = [
    # both trees
    (
        "Veo 3 arrive dans l'offre gratuite de Gemini",
        "Les utilisateurs gratuits peuvent désormais générer trois vidéos par jour.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 désormais disponible pour les abonnés Google AI Plus",
        "Google étend son modèle vidéo à sa formule la moins chère.",
        "fr",
        "availability",
    ),
    # both trees
    ("Google ouvre Veo 3 aux comptes gratuits", "", "fr", "availability"),
    # both trees
    ("Runway Gen-4 arrive dans le forfait gratuit", "", "fr", "availability"),
    # both trees
    (
        "Veo 3 llega al plan gratuito de Gemini",
        "Los usuarios sin suscripción ya pueden generar tres vídeos al día.",
        "es",
        "availability",
    ),
    ("Veo 3 ya está disponible para los suscriptores de Google AI Plus", "", "es", "availability"),
    # both trees
    ("Runway Gen-4 llega al plan gratuito", "", "es", "availability"),
    # both trees
    ("Google abre Veo 3 a las cuentas gratuitas", "", "es", "availability"),
    # both trees
    (
        "Veo 3 arriva nel piano gratuito di Gemini",
        "Gli utenti senza abbonamento possono ora generare tre video al giorno.",
        "it",
        "availability",
    ),
    ("Runway Gen-4 ora disponibile anche nel piano gratuito", "", "it", "availability"),
    ("Veo 3 ora disponibile per gli abbonati Google AI Plus", "", "it", "availability"),
    # both trees
    ("Google apre Veo 3 agli account gratuiti", "", "it", "availability"),
    # both trees
    (
        "Veo 3 chega ao plano gratuito do Gemini",
        "Usuários sem assinatura já podem gerar três vídeos por dia.",
        "pt",
        "availability",
    ),
    ("Veo 3 agora está disponível para assinantes do Google AI Plus", "", "pt", "availability"),
    # both trees
    ("Runway Gen-4 chega ao plano gratuito", "", "pt", "availability"),
    # both trees
    ("Google libera Veo 3 para contas gratuitas", "", "pt", "availability"),
    # both trees
    (
        "Veo 3 kommt in den kostenlosen Gemini-Tarif",
        "Nutzer ohne Abo können jetzt drei Videos pro Tag erzeugen.",
        "de",
        "availability",
    ),
    # both trees
    ("Runway Gen-4 jetzt auch im Gratis-Tarif", "", "de", "availability"),
    # both trees
    ("Veo 3 comes to the free tier of Gemini", "", "en", "availability"),
    # both trees
    ("Runway Gen-4 now available on the free plan", "", "en", "availability"),
    (
        "Veo 3 non più disponibile nel piano gratuito di Gemini",
        "Google ha rimosso l'accesso gratuito al modello video.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Veo 3 ya no está disponible en el plan gratuito de Gemini",
        "Google ha retirado el acceso gratuito al modelo de vídeo.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3 n'est plus disponible dans l'offre gratuite de Gemini",
        "Google retire l'accès gratuit au modèle vidéo.",
        "fr",
        "availability",
    ),
    (
        "Veo 3 deixa de estar disponível no plano gratuito do Gemini",
        "O Google retirou o acesso gratuito ao modelo de vídeo.",
        "pt",
        "availability",
    ),
]

DOUBTED_AND_DENIED_RELEASES = [
    # both trees
    ("Google no lanzará Veo 4 este año, según su director", "", "es", None),
    # both trees
    ("Runway desmiente que vaya a lanzar Gen-5 en diciembre", "", "es", None),
    # both trees
    ("Kuaishou podría lanzar Kling 3.0 la próxima semana, según filtraciones", "", "es", None),
    # both trees
    ("Runway nega que vá lançar o Gen-5 em dezembro", "", "pt", None),
    # both trees
    ("Kuaishou pode lançar o Kling 3.0 na próxima semana, segundo rumores", "", "pt", None),
    # both trees
    ("Google non lancerà Veo 4 quest'anno, dice il manager", "", "it", None),
    # both trees
    ("Runway smentisce il lancio di Gen-5 a dicembre", "", "it", None),
    # both trees
    ("Kuaishou potrebbe lanciare Kling 3.0 la prossima settimana, secondo indiscrezioni", "", "it", None),
    # both trees
    ("Google wird Veo 4 dieses Jahr nicht mehr starten", "", "de", None),
    # both trees
    ("Runway dementiert Start von Gen-5 im Dezember", "", "de", None),
    # both trees
    ("Kuaishou könnte Kling 3.0 nächste Woche starten, berichten Insider", "", "de", None),
    # both trees
    ("Runway dément le lancement de Gen-5 en décembre", "", "fr", None),
    # both trees
    ("Kuaishou pourrait lancer Kling 3.0 la semaine prochaine, selon des fuites", "", "fr", None),
    ("Runway denies it will launch Gen-5 in December", "", "en", None),
    # both trees
    ("Kuaishou could launch Kling 3.0 next week, leaks suggest", "", "en", None),
]

TIERS__OTHER_MEDIA_AND_DENIALS__REVIEW = [
    (
        "Veo 3 Fast ya está disponible para los suscriptores de Google AI Plus",
        "Google ha ampliado su generador de vídeo Veo 3 Fast a los suscriptores de Google AI Plus en España, que podrán crear clips de ocho segundos con sonido desde Gemini.",
        "es",
        "availability",
    ),
    (
        "Veo 3 disponibile per gli abbonati Google AI Plus in Italia",
        "Google ha esteso l'accesso a Veo 3 Fast, il suo modello per generare video con audio, agli abbonati Google AI Plus in Italia con un limite di tre clip al giorno.",
        "it",
        "availability",
    ),
    (
        "Veo 3 fica disponível para assinantes do Google AI Plus no Brasil",
        "O gerador de vídeos Veo 3 Fast do Google passou a estar disponível para assinantes do Google AI Plus no Brasil, com limite diário de clipes.",
        "pt",
        "availability",
    ),
    (
        "Veo 3 Fast disponibile nel piano base di Google One",
        "Google ha incluso Veo 3 Fast anche nel piano base di Google One in Italia, con un limite di tre clip a settimana.",
        "it",
        "availability",
    ),
    (
        "Sora 2 deixa de estar disponível no plano gratuito do ChatGPT",
        "A OpenAI removeu o acesso ao Sora 2 do plano gratuito do ChatGPT por causa da alta demanda; assinantes Plus e Pro continuam gerando vídeos normalmente.",
        "pt",
        "availability",
    ),
    (
        "Kling deixa de estar disponível para contas gratuitas",
        "A Kuaishou anunciou que o Kling 2.5 deixa de estar disponível para contas gratuitas a partir de segunda-feira; o plano gratuito continua com modelos mais antigos.",
        "pt",
        "availability",
    ),
    (
        "Pika encerra plano gratuito e deixa de estar disponível para contas gratuitas",
        "A Pika Labs acabou com o plano gratuito: a partir de hoje o Pika 2.5 deixa de estar disponível para contas gratuitas, e o plano gratuito deixa de existir.",
        "pt",
        "pricing",
    ),
    (
        "OpenAI denies it will launch Sora 3 this year",
        "OpenAI has denied reports that it plans to launch Sora 3 before the end of the year, saying the team is focused on improving Sora 2.",
        "en",
        None,
    ),
    (
        "Pika denies it will launch an image model, focuses on Pika 2.5",
        "Pika Labs denied it would launch a standalone image model and said its roadmap centers on improving Pika 2.5 for video.",
        "en",
        None,
    ),
    (
        "Amazon denies it will unveil Nova Reel 2 at re:Invent",
        "Amazon denied that it will unveil Nova Reel 2 at its re:Invent conference, despite leaked slides suggesting a new video model.",
        "en",
        None,
    ),
    (
        "Kling 2.5 deixa de estar disponível para as contas gratuitas",
        "A Kuaishou anunciou que o Kling 2.5 sai do plano gratuito na segunda-feira; quem não paga segue com o Kling 2.1.",
        "pt",
        "availability",
    ),
    (
        "Sora 2 deixa de estar disponível para usuários gratuitos",
        "A OpenAI retirou o Sora 2 dos usuários gratuitos do ChatGPT por causa da demanda; o plano gratuito continua com os demais recursos.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "MiniMax publica un nuevo modelo de texto a vídeo, Hailuo 03",
        "MiniMax ha publicado Hailuo 03, un nuevo modelo de texto a vídeo que genera clips de 10 segundos en 1080p con física mejorada.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Alibaba rilascia un nuovo modello di testo-video, Wan 3.0",
        "Alibaba ha rilasciato Wan 3.0, un nuovo modello di testo-video open source con audio sincronizzato e clip più lunghe.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Pesquisadores publicam versão quantizada do Wan 2.2, os pesos estão disponíveis no Hugging Face",
        "Uma equipe independente publicou uma versão quantizada do Wan 2.2 da Alibaba; os pesos estão disponíveis no Hugging Face para placas de 8 GB.",
        "pt",
        None,
    ),
    # both trees
    (
        "MiniMax presenta un modelo de texto a vídeo: Hailuo 03",
        "MiniMax ha presentado Hailuo 03, su nuevo modelo de texto a vídeo, que genera clips de 10 segundos en 1080p.",
        "es",
        "launch",
    ),
]

ROWS, IDS = table_rows(
    {
        "verb forms the lexicons missed": VERB_FORMS_THE_LEXICONS_MISSED,
        "content rules rolled out": CONTENT_RULES_ROLLED_OUT,
        "funds and campaigns launched": FUNDS_AND_CAMPAIGNS_LAUNCHED,
        "broad forms a review took back": BROAD_FORMS_A_REVIEW_TOOK_BACK,
        "another medium's model": ANOTHER_MEDIUM_S_MODEL,
        "a tier named by its plan": A_TIER_NAMED_BY_ITS_PLAN,
        "doubted and denied releases": DOUBTED_AND_DENIED_RELEASES,
        "tiers, other media and denials (review)": TIERS__OTHER_MEDIA_AND_DENIALS__REVIEW,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_round_thirty(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table

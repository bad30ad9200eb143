"""Issue #12, round thirty-one (stop 50): a start told with a phase verb, a host's integration,
and an expansion that keeps an arrival an arrival.

- A phase verb wraps the event ("starts rolling out", "commence à déployer Veo 3 dans YouTube
  Shorts", "empieza a desplegar", "inizia a distribuire", "começa a liberar", "beginnt, Veo 3
  in Deutschland freizuschalten", "beginnt mit der Einführung von"; nominal: "entame le
  déploiement de", "inicia el despliegue de", "avvia la distribuzione di", "inicia a
  distribuição do"). With a place (an app, a host, a region, a tier) or a qualified audience
  ("European users", "all developers") it is an arrival; a release verb alone is a launch; a
  closing verb with the product, model or app is a shutdown. Rules, watermarks, labels and
  content credentials, courses, grants, funds, vouchers and ads or films are not the product's
  event in any of these forms.
- "Offer" verbs ("starts offering", "commence à proposer", "empieza a ofrecer") were in the
  first draft and are not in the final one: resellers, agencies, unions, schools and
  universities "start offering" things around a product, and a second review broke 20 verdicts
  with them. Their rows here are guards.
- A host announcing its integration of a product ("Freepik launches Kling 2.1 integration",
  "annonce l'intégration de", "lanza la integración de") is an arrival, not a launch.
- An app that "now works on" a device or platform ("Sora app now works on iPad", "Dream
  Machine ora è su Android", "läuft jetzt auf") or "now supports" prompts in a language is an
  arrival. "Now speaks French" was tried and dropped: people and deepfakes "now speak" a
  language, and explainers ask why a model does (a fifth review).
- A headline led by the product that reaches more places ("Veo 3 arrives in 70 more
  countries", "Sora 2 débarque dans 70 pays supplémentaires", "startet in 70 weiteren
  Ländern") stays an arrival when the lede calls the product "its latest model".

Every headline and summary here was written for these tests (by this round's probes and by
helper reviewers who attacked the drafts): none is taken or paraphrased from a labelled corpus
item. Rows not marked "both trees" failed on stop 49's tree; the rows marked "both trees" are
guards.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# (title, summary, lang, event or None)
OPENINGS_TOLD_WITH_A_PHASE_VERB = [
    ("Google déploie Veo 3 Fast auprès des créateurs de YouTube Shorts", "", "fr", "availability"),
    ("Google commence à déployer Veo 3 dans YouTube Shorts", "", "fr", "availability"),
    ("OpenAI commence à ouvrir Sora aux utilisateurs européens", "", "fr", "availability"),
    ("Google beginnt mit der Einführung von Veo 3 in YouTube Shorts", "", "de", "availability"),
    ("OpenAI comienza a abrir Sora a los usuarios europeos", "", "es", "availability"),
    ("Google inizia a distribuire Veo 3 su YouTube Shorts", "", "it", "availability"),
    (
        "OpenAI beginnt, Sora für europäische Nutzer freizuschalten",
        "Die Video-App ist seit Dienstag in der EU verfügbar.",
        "de",
        "availability",
    ),
    (
        "Google inizia a distribuire Veo 3 su YouTube Shorts",
        "I creator statunitensi possono generare clip gratuitamente.",
        "it",
        "availability",
    ),
    (
        "Runway kicks off the rollout of Gen-4 to free accounts",
        "Runway said Gen-4 generation, until now reserved for paid plans, is reaching free users with a small one-time allowance of credits.",
        "en",
        "availability",
    ),
    (
        "Midjourney starts letting Discord users animate images",
        "Midjourney's V1 video model, first released on its website, is starting to work in Discord for subscribers, the company said in an update.",
        "en",
        "availability",
    ),
    (
        "Runway begins opening its Gen-4 Turbo API to self-serve developers",
        "Runway has started issuing API keys for Gen-4 Turbo without a sales call, letting smaller teams build the model into their own apps.",
        "en",
        "availability",
    ),
    (
        "Google starts switching on Veo 3 in Vids for Workspace customers",
        "Veo 3 video generation in Google Vids is starting to reach Workspace Business Standard and Enterprise customers, Google said in a Workspace update.",
        "en",
        "availability",
    ),
    (
        "Kling begins letting developers sign up for its API on their own",
        "Kuaishou has started offering self-serve access to the Kling developer API, allowing individuals to buy resource packs without contacting sales.",
        "en",
        "availability",
    ),
    (
        "Canva démarre l'intégration de Veo 3 pour ses abonnés Pro",
        "Canva donne désormais à ses abonnés payants la possibilité de créer de courts clips sonores avec Veo 3 de Google directement dans son éditeur.",
        "fr",
        "availability",
    ),
    (
        "Meta commence à glisser les outils Movie Gen dans Instagram",
        "Meta a ajouté à l'application Edits d'Instagram des fonctions de retouche issues de Movie Gen, permettant de modifier une tenue ou un décor par simple texte.",
        "fr",
        "availability",
    ),
    (
        "Runway commence à délivrer des clés d'API Gen-4 Turbo en libre-service",
        "Runway permet désormais aux petites équipes d'obtenir un accès à l'API Gen-4 Turbo sans passer par son service commercial.",
        "fr",
        "availability",
    ),
    (
        "Google commence à activer Veo 3 dans Vids pour les clients Workspace",
        "La génération vidéo Veo 3 dans Google Vids arrive chez les clients Workspace Business et Enterprise, selon une note publiée par Google.",
        "fr",
        "availability",
    ),
    (
        "Pika a commencé à ouvrir Pikaffects aux internautes européens",
        "Les effets Pikaffects, réservés jusqu'ici aux comptes américains, fonctionnent désormais sur le web dans l'Union européenne et au Royaume-Uni.",
        "fr",
        "availability",
    ),
    (
        "Luma commence à ouvrir l'API Ray2 à tous les développeurs",
        "Tout développeur peut désormais s'inscrire à l'API Ray2 avec une carte bancaire, alors que l'accès passait auparavant par l'équipe commerciale de Luma AI.",
        "fr",
        "availability",
    ),
    (
        "Google beginnt mit dem Rollout von Veo 3 in der Gemini-App für Nutzer in Europa",
        "Nach dem Start in den USA schaltet Google das Videomodell Veo 3 nun schrittweise für Abonnenten von Google AI Pro in Deutschland, Österreich und der Schweiz frei.",
        "de",
        "availability",
    ),
    (
        "Adobe fängt an, Firefly Video in Premiere Pro freizuschalten",
        "Die Funktion Generative Extend wird schrittweise an alle Premiere-Pro-Abonnenten verteilt und verlängert Clips per KI um einige Sekunden.",
        "de",
        "availability",
    ),
    (
        "OpenAI beginnt mit der Verteilung von Sora an Plus-Nutzer in Großbritannien und der EU",
        "Nach wochenlanger Wartezeit erhalten zahlende ChatGPT-Abonnenten in Europa nun Zugriff auf die Videogenerierung über sora.com.",
        "de",
        "availability",
    ),
    (
        "Microsoft comienza a abrir Sora en Azure AI Foundry a más empresas",
        "El modelo de vídeo de OpenAI sale del acceso anticipado y queda disponible para clientes de Azure en Estados Unidos y Suecia.",
        "es",
        "availability",
    ),
    (
        "Google comienza a abrir Veo 3 a todos los desarrolladores de la API de Gemini",
        "El modelo deja de estar en fase preliminar y puede usarse en producción desde Google AI Studio.",
        "es",
        "availability",
    ),
    (
        "CapCut empieza a integrar Seedance en su editor para usuarios de Latinoamérica",
        "ByteDance lleva su modelo de vídeo a la función de creación con IA de CapCut en México, Chile y Perú.",
        "es",
        "availability",
    ),
    (
        "Freepik inicia el despliegue de Kling 2.1 en su suite de IA",
        "Los usuarios premium de la plataforma malagueña pueden generar vídeos con el modelo de Kuaishou desde el generador de Freepik.",
        "es",
        "availability",
    ),
    (
        "Google inizia a distribuire Veo 3 nell'app Gemini anche in Italia",
        "Gli abbonati a Google AI Pro possono ora creare brevi video con audio partendo da un testo; la distribuzione sarà graduale nei prossimi giorni.",
        "it",
        "availability",
    ),
    (
        "Al via la distribuzione di Veo 3 Fast su YouTube Shorts in Europa",
        "I creator italiani, francesi e tedeschi possono generare clip animati con suono direttamente dalla fotocamera di Shorts, senza costi aggiuntivi.",
        "it",
        "availability",
    ),
    (
        "Runway inizia ad aprire l'API di Gen-4 Turbo a tutti gli sviluppatori",
        "Non serve più l'approvazione manuale: chiunque abbia un account può integrare la generazione video nei propri servizi pagando a consumo.",
        "it",
        "availability",
    ),
    (
        "Kling comincia a portare la sua app sugli store europei",
        "Kuaishou rende disponibile l'applicazione per iPhone e Android in Italia e Spagna, con interfaccia localizzata.",
        "it",
        "availability",
    ),
    (
        "Wan sbarca su Alibaba Cloud: avviata la distribuzione per i clienti internazionali",
        "Il modello video di Alibaba è accessibile tramite Model Studio anche fuori dalla Cina, dai data center di Singapore.",
        "it",
        "availability",
    ),
    (
        "Sora 2, al via la distribuzione in Giappone e Corea del Sud",
        "OpenAI estende l'app di generazione video oltre Stati Uniti e Canada; gli utenti giapponesi e coreani possono scaricarla dall'App Store.",
        "it",
        "availability",
    ),
    (
        "YouTube inicia a distribuição do Veo 3 Fast no Shorts em português",
        "Criadores do Brasil e de Portugal podem gerar clipes com som diretamente no app, sem custo adicional.",
        "pt",
        "availability",
    ),
    (
        "Freepik dá início à liberação do Veo 3 em sua plataforma",
        "Assinantes Premium+ podem criar vídeos com o modelo do Google, que se soma a Kling, Hailuo e Runway no gerador do Freepik.",
        "pt",
        "availability",
    ),
]

RELEASES_CLOSURES_AND_PRICES_TOLD_WITH_A_PHASE_VERB = [
    ("Google commence à déployer Veo 4, son nouveau modèle vidéo", "", "fr", "launch"),
    (
        "Runway a commencé à déployer Gen-5, son modèle de nouvelle génération",
        "Runway a présenté jeudi Gen-5, un modèle qui préserve la cohérence des personnages d'un plan à l'autre, activé progressivement pour les comptes payants.",
        "fr",
        "launch",
    ),
    (
        "OpenAI commence à retirer le premier modèle Sora",
        "OpenAI indique que la première version de Sora disparaîtra progressivement de sora.com et de ChatGPT, Sora 2 la remplaçant pour tous d'ici la fin du mois.",
        "fr",
        "shutdown",
    ),
    (
        "Runway commence à fermer Gen-2 et Gen-3 Alpha",
        "Les anciens modèles Gen-2 et Gen-3 Alpha n'accepteront plus de nouvelles générations le mois prochain, prévient Runway, qui invite à migrer vers Gen-4.",
        "fr",
        "shutdown",
    ),
    (
        "Google entame la mise hors service des points d'accès Veo 2 sur Vertex AI",
        "Google Cloud a averti ses clients que les points d'accès en préversion de Veo 2 sont désactivés région par région avant une date butoir définitive.",
        "fr",
        "shutdown",
    ),
    (
        "OpenAI beginnt mit der Einführung von Sora 2",
        "Das neue Videomodell erzeugt Clips mit synchronem Ton und realistischerer Physik; der Rollout startet zusammen mit einer eigenen iOS-App in den USA und Kanada.",
        "de",
        "launch",
    ),
    (
        "Luma fängt an, das ursprüngliche Dream-Machine-Modell einzustellen",
        "Ab nächstem Monat sind neue Generierungen nur noch mit Ray2 möglich; alte Projekte bleiben bis Jahresende abrufbar.",
        "de",
        "shutdown",
    ),
    (
        "Pika arranca el despliegue de Pika 2.2 con fotogramas clave",
        "El nuevo modelo permite definir fotogramas de inicio y fin y generar clips de hasta diez segundos en 1080p.",
        "es",
        "launch",
    ),
    (
        "ByteDance comienza a liberar Seedance 1.0, su nuevo generador de vídeo",
        "El modelo, que admite texto e imagen como entrada, crea escenas con varios planos y llega primero a la plataforma Volcano Engine.",
        "es",
        "launch",
    ),
    (
        "MiniMax comienza a desactivar la generación de vídeo en la antigua web de Hailuo",
        "Los usuarios deberán migrar a la nueva plataforma; la versión clásica dejará de aceptar solicitudes el 30 de septiembre.",
        "es",
        "shutdown",
    ),
    (
        "Kuaishou avvia la distribuzione di Kling 2.5 Turbo",
        "Il nuovo modello punta su movimenti più rapidi e costi inferiori ed è disponibile da oggi sulla piattaforma web di Kling.",
        "it",
        "launch",
    ),
    (
        "Meta comincia a chiudere il generatore video sperimentale di Meta AI",
        "La funzione di animazione delle immagini viene rimossa dall'app e non sarà più possibile creare nuovi clip.",
        "it",
        "shutdown",
    ),
    (
        "Kling avvia lo spegnimento dei modelli 1.0 e 1.5",
        "Kuaishou ritira le prime versioni del suo generatore: dalla prossima settimana non sarà più possibile selezionarle nell'interfaccia web.",
        "it",
        "shutdown",
    ),
    (
        "Runway inicia a distribuição do Aleph, novo modelo para editar vídeos",
        "O modelo permite adicionar, remover ou transformar objetos em clipes existentes e chega primeiro a clientes corporativos.",
        "pt",
        "launch",
    ),
    (
        "Lightricks inicia a distribuição do LTX-2, novo modelo de vídeo com áudio",
        "O modelo gera vídeo em 4K com som sincronizado e terá os pesos abertos publicados nas próximas semanas.",
        "pt",
        "launch",
    ),
]

PHASE_VERBS_THAT_ARE_NOT_THE_PRODUCT_OWNER_S_EVENT = [
    # both trees
    (
        "Sora 2 starts to worry Hollywood talent agencies",
        "Major agencies say realistic Sora 2 clips featuring famous faces have begun alarming clients, and some are pressing OpenAI for stronger opt-out controls.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway begins hiring in Paris as it expands in Europe",
        "Runway is recruiting researchers and sales staff for a new Paris office, the company said, as part of a push to grow its European customer base.",
        "en",
        None,
    ),
    # both trees
    (
        "Pika starts a creator fund for short-form filmmakers",
        "Pika said it will set aside money to pay creators who publish popular videos made with its tools, with the first grants expected this quarter.",
        "en",
        None,
    ),
    # both trees
    (
        "Google is said to begin testing Veo 4 internally",
        "Google employees have started trying an early version of a next Veo model, according to people familiar with the matter, though no release is planned yet.",
        "en",
        None,
    ),
    # both trees
    (
        "Users begin posting Sora 2 clips of deceased celebrities",
        "Social media feeds filled this week with Sora 2 videos depicting late public figures, prompting complaints from their families.",
        "en",
        None,
    ),
    # both trees
    (
        "EU regulators start investigating Kling's data practices",
        "A European data protection authority has opened an inquiry into how Kling processes uploaded photos, officials said, without giving a timeline.",
        "en",
        None,
    ),
    # both trees
    (
        "YouTube starts rolling out new labeling rules for AI-generated video",
        "YouTube said uploaders must now disclose realistic synthetic footage, including clips made with tools such as Veo or Sora, or risk penalties.",
        "en",
        None,
    ),
    # both trees
    (
        "Ad agencies begin turning to Hailuo for low-budget spots",
        "Marketing firms in Asia say they have started producing short commercials with MiniMax's Hailuo to save on crews and locations.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma AI starts raising a new funding round",
        "Luma AI has begun talks with investors about a round that could value the Dream Machine maker at several billion dollars, sources said.",
        "en",
        None,
    ),
    # both trees
    (
        "Teachers start using Firefly Video in classrooms, survey finds",
        "A survey of US educators found a growing share have begun using Adobe's Firefly Video model for class projects, though many cite copyright concerns.",
        "en",
        None,
    ),
    # both trees
    (
        "Analysts begin questioning whether Seedance can keep its lead",
        "Industry analysts say rivals are catching up to ByteDance's Seedance on benchmark leaderboards, raising doubts about its edge in the video race.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 commence à inquiéter les producteurs de cinéma français",
        "Des syndicats de producteurs estiment que les clips réalistes de Sora 2 menacent certains métiers du tournage et réclament un encadrement rapide.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway commence à recruter à Paris",
        "Runway cherche des chercheurs et des commerciaux pour un nouveau bureau parisien, dans le cadre de son expansion sur le marché européen.",
        "fr",
        None,
    ),
    # both trees
    (
        "Pika lance un fonds pour les créateurs de vidéos courtes",
        "Pika réservera une enveloppe pour rémunérer les créateurs publiant des vidéos populaires réalisées avec ses outils, les premières bourses étant attendues ce trimestre.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google aurait commencé à tester Veo 4 en interne",
        "Des employés de Google essaient une première version d'un futur modèle Veo, selon des sources proches du dossier, sans qu'aucune sortie ne soit prévue.",
        "fr",
        None,
    ),
    # both trees
    (
        "Des studios d'animation se mettent à utiliser Veo 3 pour leurs storyboards",
        "Plusieurs studios indépendants affirment recourir à Veo 3 pour prévisualiser des scènes avant la production, ce qui réduit le coût de leurs maquettes.",
        "fr",
        None,
    ),
    # both trees
    (
        "Des internautes commencent à publier des clips Sora 2 de personnalités disparues",
        "Les réseaux sociaux se sont remplis cette semaine de vidéos Sora 2 mettant en scène des figures publiques décédées, suscitant la colère de leurs proches.",
        "fr",
        None,
    ),
    # both trees
    (
        "La CNIL commence à enquêter sur le traitement des photos par Kling",
        "L'autorité française de protection des données a ouvert une procédure sur la manière dont Kling exploite les images téléversées, sans calendrier précis.",
        "fr",
        None,
    ),
    # both trees
    (
        "TikTok commence à appliquer de nouvelles règles d'étiquetage des vidéos IA",
        "Les vidéos réalistes générées par des outils comme Seedance ou Sora devront désormais être signalées comme synthétiques, sous peine de voir leur portée réduite.",
        "fr",
        None,
    ),
    # both trees
    (
        "Les agences de publicité commencent à se tourner vers Hailuo pour les petits budgets",
        "Des agences asiatiques et européennes produisent de courtes publicités avec Hailuo de MiniMax pour économiser sur les équipes de tournage.",
        "fr",
        None,
    ),
    # both trees
    (
        "Luma AI entame une nouvelle levée de fonds",
        "Le créateur de Dream Machine a engagé des discussions avec des investisseurs en vue d'un tour de table qui pourrait le valoriser plusieurs milliards de dollars.",
        "fr",
        None,
    ),
    # both trees
    (
        "Les enseignants se mettent à Firefly Video, selon une enquête",
        "Une part croissante d'enseignants déclare utiliser le modèle Firefly Video d'Adobe pour des projets en classe, malgré des inquiétudes sur le droit d'auteur.",
        "fr",
        None,
    ),
    # both trees
    (
        "Les analystes commencent à douter de l'avance de Seedance",
        "Selon plusieurs analystes, les concurrents rattrapent Seedance de ByteDance dans les classements de référence, ce qui remet en cause son avantage.",
        "fr",
        None,
    ),
    # both trees
    (
        "Hollywood-Studios beginnen, sich über Sora 2 Sorgen zu machen",
        "Branchenverbände warnen vor Urheberrechtsverletzungen durch das Videomodell und fordern von OpenAI strengere Schutzmechanismen für geschützte Figuren.",
        "de",
        None,
    ),
    # both trees
    (
        "Runway beginnt mit der Einstellung von Forschern in Berlin",
        "Das Start-up baut ein neues Team für Videomodelle in Europa auf und sucht Dutzende Fachkräfte für Forschung und Infrastruktur.",
        "de",
        None,
    ),
    # both trees
    (
        "EU-Kommission fängt an, Deepfake-Risiken von KI-Videogeneratoren zu prüfen",
        "Die Behörde hat Anbieter wie OpenAI und Google um Auskunft gebeten, wie Videos aus Sora und Veo gekennzeichnet werden.",
        "de",
        None,
    ),
    # both trees
    (
        "Nutzer beginnen, virale Veo-3-Clips massenhaft auf TikTok zu teilen",
        "Gefälschte Straßeninterviews und Nachrichtenszenen verbreiten sich rasant; Experten warnen vor Verwechslungen mit echtem Filmmaterial.",
        "de",
        None,
    ),
    # both trees
    (
        "Kuaishou startet Fonds über 100 Millionen Dollar für Kling-Kreative",
        "Mit dem Förderprogramm sollen Filmemacher unterstützt werden, die Kurzfilme mit dem Videomodell produzieren.",
        "de",
        None,
    ),
    # both trees
    (
        "Los actores de doblaje empiezan a movilizarse contra Veo 3",
        "Sindicatos del sector en España alertan de que las voces generadas por el modelo de Google podrían sustituir trabajos y reclaman reglas sobre derechos de imagen.",
        "es",
        None,
    ),
    # both trees
    (
        "TikTok empieza a desplegar nuevas reglas de etiquetado para vídeos creados con IA",
        "La plataforma marcará automáticamente los clips generados con herramientas como Sora o Veo mediante credenciales de contenido C2PA.",
        "es",
        None,
    ),
    # both trees
    (
        "La AEPD comienza a investigar el uso de datos personales en generadores de vídeo",
        "La agencia española de protección de datos ha abierto diligencias previas sobre cómo se entrenan modelos como Kling o Hailuo.",
        "es",
        None,
    ),
    # both trees
    (
        "Luma AI cierra una ronda de 900 millones y comienza a construir un gran centro de datos",
        "La financiación servirá para entrenar futuros modelos de vídeo; la empresa no ha anunciado productos nuevos.",
        "es",
        None,
    ),
    # both trees
    (
        "Le agenzie pubblicitarie italiane iniziano a usare Veo 3 per gli spot",
        "Diverse agenzie milanesi raccontano di aver ridotto i tempi di pre-produzione grazie ai clip generati con il modello di Google.",
        "it",
        None,
    ),
    # both trees
    (
        "Il Garante privacy avvia un'istruttoria su Sora 2",
        "L'autorità chiede a OpenAI chiarimenti sul trattamento dei dati biometrici nella funzione cameo e sulla tutela dei minori.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway inizia ad assumere a Londra per il suo nuovo laboratorio",
        "La società cerca ricercatori e ingegneri per sviluppare modelli del mondo e applicazioni per il cinema.",
        "it",
        None,
    ),
    # both trees
    (
        "Gli utenti iniziano a pubblicare clip di Sora 2 con personaggi famosi ed esplode la polemica",
        "Sui social circolano video con figure storiche e personaggi protetti da copyright, sollevando dubbi sulle regole di moderazione.",
        "it",
        None,
    ),
    # both trees
    (
        "Kuaishou comincia a finanziare giovani registi che usano Kling",
        "Il fondo da 50 milioni di yuan sosterrà cortometraggi realizzati con l'intelligenza artificiale e premierà i progetti migliori.",
        "it",
        None,
    ),
    # both trees
    (
        "ANPD começa a investigar gerador de vídeos da Kling",
        "A autoridade brasileira de proteção de dados apura se fotos de usuários foram usadas para treinar o modelo sem consentimento.",
        "pt",
        None,
    ),
    # both trees
    (
        "Usuários começam a postar vídeos do Sora 2 com personagens de anime",
        "Clipes com figuras protegidas por direitos autorais viralizam no TikTok e no X, e estúdios japoneses cobram providências.",
        "pt",
        None,
    ),
    # both trees
    (
        "YouTube começa a aplicar novas regras de marca d'água para vídeos gerados por IA",
        "A plataforma exigirá rótulos visíveis em Shorts criados com ferramentas de terceiros, como Sora e Kling.",
        "pt",
        None,
    ),
    # both trees
    (
        "OpenAI starts offering $1M grants to creators who make films with Sora",
        "The fund will back ten short films by independent directors.",
        "en",
        None,
    ),
    # both trees
    (
        "Adobe begins offering Firefly training to Creative Cloud subscribers",
        "A free online course shows how to use the video model in Premiere Pro.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway empieza a ofrecer un curso gratuito a los usuarios de Gen-4",
        "La empresa lanza una academia en línea con lecciones sobre cámara y movimiento.",
        "es",
        None,
    ),
    # both trees
    (
        "Google inizia a offrire un corso gratuito agli utenti di Veo 3",
        "Le lezioni spiegano come scrivere prompt efficaci per i video.",
        "it",
        None,
    ),
    # both trees
    (
        "Une agence commence à proposer Sora à ses clients pour leurs publicités",
        "L'agence parisienne utilise le modèle d'OpenAI pour produire des spots.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway começa a oferecer bolsas a cineastas brasileiros",
        "O programa financia dez curtas-metragens feitos com Gen-4.",
        "pt",
        None,
    ),
    # both trees
    (
        "Runway commence à proposer des ateliers aux étudiants en cinéma",
        "Des séances gratuites pour apprendre Gen-4 sont organisées à Paris et Lyon.",
        "fr",
        None,
    ),
    # both trees
    (
        "Studios begin offering Sora-made trailers to streaming services",
        "Several post-production houses now pitch AI-generated teasers to Netflix and Max.",
        "en",
        None,
    ),
    # both trees
    (
        "Las agencias empiezan a integrar Veo 3 en sus campañas",
        "Las firmas publicitarias españolas usan el modelo de Google para anuncios de televisión.",
        "es",
        None,
    ),
    # both trees
    (
        "Werbeagenturen beginnen, Veo 3 in ihre Kampagnen einzubauen",
        "Mehrere Hamburger Agenturen setzen das Google-Modell für TV-Spots ein.",
        "de",
        None,
    ),
    # both trees
    (
        "Le agenzie iniziano a integrare Veo 3 nelle campagne pubblicitarie",
        "Diversi studi milanesi usano il modello di Google per gli spot.",
        "it",
        None,
    ),
    # both trees
    (
        "Agências começam a integrar o Veo 3 em campanhas no Brasil",
        "Empresas de publicidade usam o modelo do Google em comerciais de TV.",
        "pt",
        None,
    ),
    # both trees
    (
        "Teachers start letting students make videos with Sora",
        "Some US high schools allow the app in media classes, a survey finds.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI commence à proposer des remboursements aux abonnés de Sora",
        "Les utilisateurs touchés par la panne de la semaine dernière recevront un avoir.",
        "fr",
        None,
    ),
    # both trees
    (
        "Hollywood unions begin offering guidance to members on Veo 3",
        "SAG-AFTRA published a guide for actors asked to work with AI video.",
        "en",
        None,
    ),
    # both trees
    (
        "Des escrocs commencent à proposer de faux accès à Sora 2 sur Telegram",
        "Des comptes vendent des codes d'invitation contrefaits à des internautes français.",
        "fr",
        None,
    ),
    # both trees
    (
        "Estafadores empiezan a ofrecer falsos accesos a Sora en WhatsApp",
        "La policía alerta de mensajes que prometen invitaciones a la app de OpenAI.",
        "es",
        None,
    ),
    # both trees
    (
        "OpenAI offers $1M to creators who make films with Sora",
        "The fund will back ten short films by independent directors.",
        "en",
        None,
    ),
    # both trees
    (
        "Adobe offers Firefly training to Creative Cloud subscribers",
        "A free online course shows how to use the video model in Premiere Pro.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway ofrece un curso gratuito a los usuarios de Gen-4",
        "La empresa lanza una academia en línea con lecciones sobre cámara y movimiento.",
        "es",
        None,
    ),
    # both trees
    (
        "Google offre un corso gratuito agli utenti di Veo 3",
        "Le lezioni spiegano come scrivere prompt efficaci per i video.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway oferece bolsas a cineastas brasileiros",
        "O programa financia dez curtas-metragens feitos com Gen-4.",
        "pt",
        None,
    ),
    # both trees
    (
        "Netflix offers Runway tools to its animators",
        "The streamer is giving its in-house animation teams access to Runway for pre-production, a spokesperson said.",
        "en",
        None,
    ),
    # both trees
    (
        "Une agence propose Sora à ses clients pour leurs publicités",
        "L'agence parisienne utilise le modèle d'OpenAI pour produire des spots.",
        "fr",
        None,
    ),
    # both trees
    (
        "What Veo 3 offers to filmmakers, and what it doesn't",
        "Our critic spent a week with Google's model.",
        "en",
        None,
    ),
]

FIRST_REVIEW_OF_THE_PHASE_VERBS = [
    # both trees
    (
        "Ad agency starts offering Sora-made commercials to local retailers",
        "A Chicago creative agency has begun selling 30-second commercials produced with OpenAI's Sora 2 to small retailers, charging a flat fee per finished clip.",
        "en",
        None,
    ),
    # both trees
    (
        "Indie studio begins distributing Runway Gen-4 short film to theaters",
        "An independent animation studio has started distributing a 12-minute short generated largely with Runway Gen-4 to arthouse cinemas across North America this month.",
        "en",
        None,
    ),
    # both trees
    (
        "University starts offering semester course on Veo 3 filmmaking",
        "A California university has begun offering a for-credit course teaching film students to plan, prompt and edit short films using Google Veo 3 and Flow.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI begins rolling out visible watermarks on all Sora 2 downloads",
        "OpenAI said it is starting to stamp a moving watermark and embed C2PA provenance metadata on every video exported from the Sora app and website.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway co-founder starts to open up about Gen-4 training data",
        "In a podcast interview, Runway's co-founder began discussing publicly, for the first time, which licensed and public sources were used to train the Gen-4 video model.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI starts charging for extra Sora 2 generations",
        "OpenAI will begin charging users who exceed their daily Sora 2 allowance, selling packs of ten additional video generations for four dollars starting next week.",
        "en",
        "pricing",
    ),
    (
        "Google starts offering Veo 3 Fast to free Gemini users in India",
        "Google has begun letting free-tier Gemini users in India generate eight-second clips with Veo 3 Fast, a model that until now required a paid AI plan.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Amazon Bedrock starts hosting Luma Ray2",
        "AWS has begun offering Luma AI's Ray2 video model through Amazon Bedrock, giving enterprise developers managed API access to the model Luma released earlier this year.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Meta starts switching off Movie Gen editing in Instagram",
        "Meta has begun removing the Movie Gen-powered video restyling tool from Instagram Reels, saying the feature will be fully discontinued for all users by the end of the month.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Scammers start selling fake Sora 2 invite codes on Telegram",
        "Security researchers say fraudsters have begun selling counterfeit Sora 2 invite codes in Telegram channels, collecting payments without ever delivering access to the app.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI starts taking waitlist sign-ups for Sora on Android",
        "OpenAI has opened pre-registration for the Sora app on Google Play; users can join a waitlist but access will be granted by invitation in limited batches.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Kling 2.5 rollout in Europe won't start until next year",
        "Kuaishou said the European rollout of Kling 2.5 Turbo has been pushed back to early next year while the company completes a regulatory review.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Hollywood actors union starts to push back against Sora 2",
        "SAG-AFTRA has begun a member campaign urging studios not to license performers' likenesses for Sora 2 cameos without explicit consent and compensation.",
        "en",
        None,
    ),
    # both trees
    (
        "Adobe begins accepting applications for Firefly Video film fund",
        "Adobe has started taking submissions for a one-million-dollar fund that will back independent creators producing short films with its Firefly Video model.",
        "en",
        None,
    ),
    # both trees
    (
        "Reseller starts offering half-price Midjourney subscriptions",
        "A gray-market reseller has begun advertising Midjourney plans at 50 percent off through shared accounts; Midjourney said the offers violate its terms of service.",
        "en",
        None,
    ),
    # both trees
    (
        "Midjourney begins rolling out V8 image model in alpha",
        "Midjourney has started opening its new V8 still-image model to alpha testers, promising sharper text rendering and better prompt adherence for photos and illustrations.",
        "en",
        None,
    ),
    # both trees
    (
        "Google begins rolling out Lyria music generation in Flow",
        "Google said it is starting to add Lyria-powered soundtrack generation to Flow, letting filmmakers compose original background music for their scenes.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway starts charging credits for Gen-4 Turbo previews",
        "Runway will begin deducting credits for preview renders in Gen-4 Turbo, which had been free on all paid plans, in an update to its pricing page.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Alibaba starts retiring Wan 2.1 API endpoints",
        "Alibaba Cloud said it has begun decommissioning the Wan 2.1 video generation API and asked developers to migrate to Wan 2.2 before the end of the month.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Teachers start using Sora 2 to build history lessons",
        "Middle school teachers in Texas have begun using Sora 2 to generate short historical reenactments for their classrooms, according to a district survey.",
        "en",
        None,
    ),
    # both trees
    (
        "Pika begins rolling out age verification in its app",
        "Pika said it is starting to require users to verify they are over 18 before generating videos featuring realistic human faces in its mobile app.",
        "en",
        None,
    ),
    # both trees
    (
        "Lightricks begins releasing LTX-2 open weights",
        "Lightricks introduced LTX-2, its newest open video model, and has started publishing the weights on Hugging Face for developers to download and run locally.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Streaming service starts carrying anime series made with Kling",
        "A Japanese streaming platform has begun carrying a twelve-episode anime series whose backgrounds were generated with Kuaishou's Kling, drawing criticism from animators.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI starts to open up about Sora 2 safety incidents",
        "OpenAI began publishing details on misuse cases involving Sora 2, including deepfakes of deceased public figures, in a new transparency blog post.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway begins offering refunds after Gen-4 outage",
        "Runway has started issuing partial refunds to subscribers affected by a two-day Gen-4 outage that left queued generations stuck or failed.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma starts hiring for Dream Machine team in London",
        "Luma AI has begun recruiting researchers and engineers for a new London office that will work on Dream Machine and its Ray models.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma starts inviting select creators to try Ray3 early",
        "Luma said access to Ray3 is limited to a few hundred invited filmmakers for now, while everyone else can join a waitlist; no public date was given.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Brazilian regulator starts investigating Sora 2 deepfakes",
        "Brazil's data protection authority has begun an inquiry into deepfake videos made with Sora 2 depicting local politicians ahead of the elections.",
        "en",
        None,
    ),
    # both trees
    (
        "MiniMax begins shutting down Hailuo's legacy web app",
        "MiniMax has started closing the original Hailuo web interface, redirecting users to the new Hailuo site; the old app will stop working entirely next week.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Kling starts charging for 1080p output",
        "Kuaishou will begin charging for full-HD exports in Kling, which were previously included for free users, moving them behind its Standard subscription.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Marketing firm begins offering Veo 3 training workshops",
        "A London marketing consultancy has started running paid half-day workshops teaching brand teams how to prompt Google Veo 3 for social ads.",
        "en",
        None,
    ),
    # both trees
    (
        "Toy brand starts to distribute holiday ads made with Firefly Video",
        "A major toy company has begun airing a holiday campaign generated with Adobe Firefly Video on streaming platforms across Europe.",
        "en",
        None,
    ),
    # both trees
    (
        "Meta begins labeling AI-generated Reels made with Movie Gen",
        "Meta said it is starting to attach an AI info label to Reels created or edited with Movie Gen across Instagram and Facebook.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI starts requiring consent for cameo videos in Sora",
        "OpenAI has begun enforcing a rule that users must approve every video that uses their cameo likeness before it can be posted publicly.",
        "en",
        None,
    ),
    # both trees
    (
        "Google begins selling add-on credit packs for Flow",
        "Google has started selling extra AI credits for Flow separately from its subscriptions, letting AI Pro users buy more Veo 3 generations without upgrading.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google starts handing out Flow credits to hackathon participants",
        "Google has begun distributing free Flow credits to teams in a three-day student hackathon focused on short educational films made with Veo 3.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling starts to lose users to Sora 2, analysts say",
        "App-tracking firms say Kling's monthly active users have begun declining since Sora 2 topped download charts, though Kuaishou disputes the figures.",
        "en",
        None,
    ),
    # both trees
    (
        "Adobe begins offering Firefly Video model in Premiere Pro",
        "Adobe has started making its existing Firefly Video model available inside Premiere Pro, letting editors extend clips and generate B-roll on the timeline.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Pika begins rolling out filters blocking public figures",
        "Pika said it has started deploying new content filters that block prompts naming politicians and celebrities in its video generator.",
        "en",
        None,
    ),
    # both trees
    (
        "Midjourney starts rolling out its first video model",
        "Midjourney unveiled V1, its first video generation model, and began rolling it out on its website to paying subscribers, turning still images into short clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway starts five-million-dollar fund for AI filmmakers",
        "Runway has set up a fund to finance up to 100 films made with its tools and is starting to accept pitches from directors this week.",
        "en",
        None,
    ),
    # both trees
    (
        "Hailuo begins running a short-film contest",
        "MiniMax has kicked off a global short-film competition for videos made with Hailuo, offering 50,000 dollars in prizes to the winners.",
        "en",
        None,
    ),
    # both trees
    (
        "Google starts offering Veo 3.1 in Flow and the Gemini API",
        "Google introduced Veo 3.1, an upgraded version of its video model with richer audio, and began offering it in Flow, the Gemini API and Vertex AI.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 has begun showing up for users in Japan and South Korea",
        "The Sora app has started appearing in the App Store in Japan and South Korea, extending OpenAI's video app beyond the US and Canada without an invite code.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google beginnt mit der Einführung von Veo 4",
        "Google hat Veo 4 vorgestellt, die nächste Generation seines Videomodells, und beginnt nun mit der schrittweisen Einführung in ausgewählten Märkten.",
        "de",
        "launch",
    ),
    # both trees
    (
        "OpenAI beginnt mit dem Rollout von Sora 2 für Nutzer in den USA",
        "OpenAI hat Sora 2 vorgestellt, die neue Version seines Videomodells mit synchronem Ton, und beginnt mit der Auslieferung an Nutzer in den USA und Kanada.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Werbeagentur beginnt, mit Sora erstellte Werbespots anzubieten",
        "Eine Hamburger Agentur hat damit begonnen, kleinen Händlern kurze Werbespots anzubieten, die vollständig mit OpenAIs Sora 2 produziert werden, zu einem Festpreis pro Clip.",
        "de",
        None,
    ),
    (
        "Kuaishou beginnt, Kling 1.0 abzuschalten",
        "Kuaishou hat damit begonnen, das ursprüngliche Videomodell Kling 1.0 abzuschalten; ab Monatsende sind nur noch neuere Versionen in der App verfügbar.",
        "de",
        "shutdown",
    ),
    # both trees
    (
        "Runway fängt an, für Gen-4-Vorschauen Credits zu berechnen",
        "Runway wird künftig Credits für Vorschau-Renderings in Gen-4 Turbo abziehen, die bislang in allen Bezahlplänen kostenlos waren.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Hochschule beginnt, Kurse zu Veo 3 in Berlin anzubieten",
        "Eine Berliner Filmhochschule bietet ab dem Wintersemester einen Kurs an, in dem Studierende Kurzfilme mit Google Veo 3 und Flow planen und umsetzen.",
        "de",
        None,
    ),
    (
        "Amazon beginnt, Luma Ray2 über Bedrock bereitzustellen",
        "AWS hat damit begonnen, das Videomodell Ray2 von Luma AI über Amazon Bedrock anzubieten, und gibt Unternehmenskunden API-Zugang zu dem bereits veröffentlichten Modell.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Filmverleih beginnt, Runway-Kurzfilm in deutschen Kinos auszurollen",
        "Ein Münchner Verleih bringt einen weitgehend mit Runway Gen-4 erzeugten Animationskurzfilm ab Donnerstag in 40 Programmkinos in Deutschland.",
        "de",
        None,
    ),
    # both trees
    (
        "Rollout von Sora 2 in Europa beginnt vorerst nicht",
        "OpenAI hat bestätigt, dass Sora 2 in der EU und im Vereinigten Königreich vorerst nicht verfügbar sein wird; einen Zeitplan nannte das Unternehmen nicht.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Meta beginnt, KI-Videos aus Movie Gen auf Instagram zu kennzeichnen",
        "Meta versieht mit Movie Gen erstellte oder bearbeitete Reels ab sofort mit einem sichtbaren Hinweis „KI-Info“ auf Instagram und Facebook.",
        "de",
        None,
    ),
    # both trees
    (
        "CapCut beginnt mit der Verteilung von Seedance an Nutzer in Europa",
        "ByteDance schaltet sein im Juni veröffentlichtes Videomodell Seedance 1.0 nun schrittweise für CapCut-Nutzer in Deutschland, Frankreich und Spanien frei.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Midjourney beginnt mit der Einführung seines Bildmodells V8 für Abonnenten",
        "Midjourney öffnet sein neues Standbildmodell V8 zunächst für zahlende Abonnenten und verspricht schärfere Schrift und eine bessere Umsetzung von Prompts.",
        "de",
        None,
    ),
    # both trees
    (
        "Pika beginnt, Altersprüfungen in seiner App einzuführen",
        "Pika verlangt künftig einen Altersnachweis, bevor Nutzer realistische Videos mit menschlichen Gesichtern in der mobilen App erzeugen können.",
        "de",
        None,
    ),
    # both trees
    (
        "Luma beginnt, Ray3 für ausgewählte Kreative freizuschalten",
        "Luma gewährt zunächst nur einigen hundert eingeladenen Filmemachern Zugang zu Ray3; alle anderen können sich auf eine Warteliste setzen lassen.",
        "de",
        "waitlist",
    ),
    # both trees
    (
        "Betrüger beginnen, gefälschte Sora-Einladungscodes in Deutschland zu verkaufen",
        "Verbraucherschützer warnen vor Kriminellen, die über Kleinanzeigen und Telegram angebliche Einladungscodes für Sora 2 verkaufen, ohne Zugang zu liefern.",
        "de",
        None,
    ),
    # both trees
    (
        "MiniMax fängt an, die alte Hailuo-Web-App abzuschalten",
        "MiniMax hat begonnen, die ursprüngliche Weboberfläche von Hailuo stillzulegen; Nutzer werden auf die neue Seite umgeleitet, die alte App wird kommende Woche eingestellt.",
        "de",
        "shutdown",
    ),
    # both trees
    (
        "Gewerkschaft beginnt Kampagne gegen Sora 2",
        "Die Schauspielergewerkschaft hat eine Kampagne gestartet, die Produktionsfirmen auffordert, Gesichter von Darstellern nicht ohne Zustimmung in Sora-2-Cameos zu verwenden.",
        "de",
        None,
    ),
    (
        "Adobe beginnt, Firefly Video in Premiere Pro bereitzustellen",
        "Adobe stellt sein bestehendes Videomodell Firefly Video nun auch direkt in Premiere Pro bereit, wo Cutter Clips verlängern und B-Roll erzeugen können.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Google beginnt, Flow-Credits einzeln zu verkaufen",
        "Google verkauft zusätzliche KI-Credits für Flow ab sofort separat, sodass AI-Pro-Abonnenten weitere Veo-3-Generierungen ohne Upgrade kaufen können.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Runway beginnt, Erstattungen nach Gen-4-Ausfall auszuzahlen",
        "Runway erstattet betroffenen Abonnenten einen Teil ihrer Gebühren, nachdem ein zweitägiger Ausfall von Gen-4 Tausende Generierungen blockiert hatte.",
        "de",
        None,
    ),
    # both trees
    (
        "Lightricks beginnt mit der Veröffentlichung von LTX-2 auf Hugging Face",
        "Lightricks hat LTX-2 vorgestellt, sein neuestes offenes Videomodell, und beginnt, die Gewichte über Hugging Face für Entwickler bereitzustellen.",
        "de",
        "launch",
    ),
    # both trees
    (
        "OpenAI fängt an, Nachfolger von Sora 2 intern zu testen",
        "Mitarbeiter von OpenAI testen laut Insidern intern einen noch unveröffentlichten Nachfolger von Sora 2; eine Veröffentlichung ist noch nicht geplant.",
        "de",
        None,
    ),
    # both trees
    (
        "Google empieza a ofrecer Veo 3 a los usuarios de Gemini en México",
        "Google ha comenzado a habilitar su modelo de vídeo Veo 3 para los suscriptores de Gemini Pro en México, semanas después de su llegada a Estados Unidos.",
        "es",
        "availability",
    ),
    # both trees
    (
        "OpenAI comienza a liberar Sora 2",
        "OpenAI presentó Sora 2, la nueva versión de su modelo de vídeo con audio sincronizado, y comenzó a liberarla de forma gradual.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Una agencia madrileña empieza a ofrecer anuncios hechos con Sora en España",
        "Una agencia creativa de Madrid ha comenzado a vender a comercios locales anuncios de 30 segundos producidos íntegramente con Sora 2 de OpenAI.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora 2 empieza a abrir el debate sobre los derechos de imagen",
        "Juristas y actores advierten que los cameos de Sora 2 plantean dudas sobre el uso de la imagen de personas fallecidas y famosos sin consentimiento.",
        "es",
        None,
    ),
    # both trees
    (
        "Kuaishou comienza a cerrar la antigua versión web de Kling",
        "Kuaishou ha empezado a dar de baja la interfaz web original de Kling y redirige a los usuarios a la nueva plataforma; la versión antigua dejará de funcionar este mes.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Runway empieza a cobrar por las previsualizaciones de Gen-4",
        "Runway descontará créditos por las previsualizaciones en Gen-4 Turbo, que hasta ahora eran gratuitas en todos los planes de pago.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "OpenAI comienza a aplicar marcas de agua visibles en los vídeos de Sora",
        "OpenAI añadirá una marca de agua móvil y metadatos C2PA a todos los vídeos descargados desde la aplicación de Sora.",
        "es",
        None,
    ),
    (
        "Freepik arranca el despliegue de Kling 2.1 para sus suscriptores Premium",
        "Freepik ha empezado a ofrecer el modelo Kling 2.1, lanzado por Kuaishou hace unos meses, a los suscriptores Premium+ de su suite de IA.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Una universidad empieza a impartir un curso sobre Veo 3 en Barcelona",
        "Una universidad catalana ofrecerá un curso de posgrado en el que los alumnos producirán cortometrajes con Google Veo 3 y Flow.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora 2 no empezará a llegar a España hasta el próximo año",
        "OpenAI confirmó que Sora 2 no estará disponible por ahora en la Unión Europea, incluida España, y no dio un calendario para su llegada.",
        "es",
        "delay",
    ),
    # both trees
    (
        "Luma comienza a admitir creadores seleccionados en Ray3",
        "Luma da acceso a Ray3 solo a unos cientos de cineastas invitados; el resto de usuarios puede apuntarse a una lista de espera.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "Estafadores empiezan a vender códigos de invitación falsos de Sora 2",
        "Investigadores de seguridad alertan de que delincuentes venden en Telegram supuestos códigos de acceso a Sora 2 que nunca llegan a funcionar.",
        "es",
        None,
    ),
    # both trees
    (
        "Una distribuidora comienza a estrenar en cines un corto hecho con Runway",
        "Una distribuidora independiente llevará a 30 salas de España un cortometraje de animación generado en gran parte con Runway Gen-4.",
        "es",
        None,
    ),
    # both trees
    (
        "Meta comienza a etiquetar los vídeos generados con Movie Gen",
        "Meta añadirá una etiqueta de información de IA a los Reels creados o editados con Movie Gen en Instagram y Facebook.",
        "es",
        None,
    ),
    # both trees
    (
        "MiniMax empieza a desactivar la API de Hailuo 01",
        "MiniMax ha comenzado a retirar el acceso por API a su modelo Hailuo 01 y pide a los desarrolladores migrar a Hailuo 02 antes de fin de mes.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Kling comienza a cobrar por la resolución 1080p",
        "Kuaishou trasladará las exportaciones en Full HD de Kling, antes gratuitas, a su plan Estándar de pago a partir de la próxima semana.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Midjourney comienza a desplegar V8, su nuevo modelo de imagen",
        "Midjourney ha empezado a abrir su nuevo modelo de imágenes fijas V8 a los suscriptores, con mejor representación de texto y fotografías más realistas.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway empieza a reembolsar a los suscriptores tras la caída de Gen-4",
        "Runway devolverá parte de la cuota a los usuarios afectados por una interrupción de dos días que bloqueó miles de generaciones en Gen-4.",
        "es",
        None,
    ),
    # both trees
    (
        "ByteDance arranca el despliegue de Seedance 2.0",
        "ByteDance presentó Seedance 2.0, una nueva versión de su modelo de vídeo con narrativa en varias tomas, y comenzó a desplegarla gradualmente.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Adobe comienza a financiar cortometrajes hechos con Firefly Video",
        "Adobe ha abierto la convocatoria de un fondo de un millón de dólares para creadores independientes que produzcan cortos con su modelo Firefly Video.",
        "es",
        None,
    ),
    # both trees
    (
        "Pika empieza a exigir verificación de edad a sus usuarios",
        "Pika pedirá a los usuarios demostrar que son mayores de edad antes de generar vídeos con rostros humanos realistas en su aplicación móvil.",
        "es",
        None,
    ),
    # both trees
    (
        "OpenAI empieza a permitir a los usuarios de Android generar vídeos con Sora 2",
        "La aplicación de Sora ya puede descargarse en Google Play en Estados Unidos y Canadá, sin necesidad de código de invitación, según OpenAI.",
        "es",
        "availability",
    ),
    (
        "Google commence à proposer Veo 3 aux utilisateurs européens de Gemini",
        "Google a commencé à ouvrir son modèle vidéo Veo 3 aux abonnés Gemini Pro en Europe, plusieurs semaines après son arrivée aux États-Unis.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "OpenAI commence à déployer Sora 2 auprès des utilisateurs",
        "OpenAI a dévoilé Sora 2, la nouvelle version de son modèle vidéo avec son synchronisé, et commence à le déployer progressivement.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Une agence parisienne commence à proposer des publicités réalisées avec Sora",
        "Une agence de création parisienne s'est mise à vendre aux commerçants des spots de 30 secondes produits entièrement avec Sora 2, pour un prix forfaitaire.",
        "fr",
        None,
    ),
    # both trees
    (
        "Deepfakes : les pouvoirs publics commencent à ouvrir les yeux sur Sora 2",
        "Plusieurs députés réclament un encadrement des vidéos hyperréalistes générées par Sora 2 après la diffusion de faux reportages sur les réseaux sociaux.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway se met à recruter à Paris pour son équipe Gen-4",
        "Runway ouvre une vingtaine de postes d'ingénieurs et de chercheurs à Paris pour travailler sur ses modèles vidéo, dont Gen-4.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway commence à facturer les générations illimitées de Gen-4",
        "Les abonnés Unlimited de Runway devront désormais payer des crédits pour les générations Gen-4 en mode détendu, jusqu'ici gratuites.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Kuaishou commence à retirer le modèle Kling 1.0",
        "Kuaishou a entamé le retrait de son premier modèle vidéo Kling 1.0, qui ne sera plus accessible dans l'application ni via l'API à la fin du mois.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "OpenAI commence à déployer un filigrane visible sur les vidéos Sora",
        "OpenAI ajoutera un filigrane animé et des métadonnées C2PA à toutes les vidéos exportées depuis l'application Sora.",
        "fr",
        None,
    ),
    # both trees
    (
        "TikTok commence à étiqueter les vidéos générées avec Veo 3",
        "TikTok a entrepris d'apposer automatiquement une mention « contenu généré par IA » sur les vidéos détectées comme produites avec Veo 3 de Google.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google entame le déploiement de Veo 4 dans Flow",
        "Google a présenté Veo 4, nouvelle génération de son modèle vidéo, dont le déploiement commence dans Flow pour les abonnés AI Ultra.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google entame le déploiement de Veo 3 dans YouTube Shorts au Canada",
        "Les créateurs canadiens peuvent désormais générer des clips avec Veo 3 directement dans YouTube Shorts, une fonction réservée jusque-là aux États-Unis.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Un distributeur commence à diffuser en salles un court métrage réalisé avec Runway",
        "Un distributeur indépendant sortira mercredi dans 40 cinémas français un court métrage d'animation généré en grande partie avec Runway Gen-4.",
        "fr",
        None,
    ),
    # both trees
    (
        "Une école de cinéma commence à proposer une formation sur Sora 2 en France",
        "Une école parisienne lance un module de trois mois pour apprendre aux étudiants à scénariser et monter des courts métrages avec Sora 2.",
        "fr",
        None,
    ),
    # both trees
    (
        "Adobe commence à déployer les Content Credentials sur Firefly Video",
        "Adobe va apposer systématiquement des identifiants de contenu à toutes les vidéos générées avec Firefly Video afin de signaler leur origine artificielle.",
        "fr",
        None,
    ),
    # both trees
    (
        "Le déploiement de Sora 2 en France ne commencera pas avant l'an prochain",
        "OpenAI a confirmé que Sora 2 restera indisponible dans l'Union européenne pour le moment, sans donner de calendrier précis.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Luma commence à accepter des inscriptions sur liste d'attente pour Ray3",
        "Luma a ouvert une liste d'attente pour Ray3 ; seules quelques centaines de créateurs invités y ont accès pour l'instant.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Des escrocs commencent à vendre de faux accès à Sora 2",
        "Des cybercriminels proposent sur Telegram et Discord de prétendus codes d'invitation pour Sora 2, qui ne donnent en réalité accès à rien.",
        "fr",
        None,
    ),
    # both trees
    (
        "Alibaba démarre le déploiement de Wan 2.2 sur Alibaba Cloud en Europe",
        "Déjà disponible en Chine depuis juillet, le modèle vidéo Wan 2.2 est désormais proposé aux clients européens d'Alibaba Cloud via son API.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Alibaba amorce le déploiement de Wan 2.5",
        "Alibaba a dévoilé Wan 2.5, la nouvelle version de son modèle vidéo capable de générer le son, et commence à la mettre à disposition progressivement.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Les doubleurs commencent à se mobiliser contre Sora 2",
        "Le syndicat des artistes-interprètes a lancé une pétition demandant l'interdiction de l'usage de voix de comédiens dans les vidéos générées par Sora 2.",
        "fr",
        None,
    ),
    (
        "Meta commence à désactiver Movie Gen dans Instagram",
        "Meta a commencé à retirer l'outil de retouche vidéo Movie Gen des Reels Instagram ; la fonction sera supprimée pour tous les utilisateurs d'ici la fin du mois.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Midjourney commence à déployer V8, son nouveau modèle d'images",
        "Midjourney ouvre progressivement son nouveau modèle d'images fixes V8 à ses abonnés, avec un meilleur rendu du texte et des photos plus réalistes.",
        "fr",
        None,
    ),
    # both trees
    (
        "Midjourney ouvre la génération vidéo auprès des abonnés Basic",
        "Réservé jusqu'ici aux formules plus chères, le modèle vidéo de Midjourney est désormais accessible aux abonnés Basic, en mode rapide uniquement.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Runway commence à rembourser ses abonnés après la panne de Gen-4",
        "Runway rembourse une partie de l'abonnement aux utilisateurs touchés par une interruption de deux jours qui a bloqué des milliers de générations Gen-4.",
        "fr",
        None,
    ),
    # both trees
    (
        "Le CNC commence à financer des courts métrages réalisés avec Veo 3",
        "Le Centre national du cinéma ouvre une aide expérimentale aux courts métrages utilisant des outils d'IA générative comme Veo 3 et Runway.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google se met à vendre des crédits supplémentaires pour Flow",
        "Google propose désormais des packs de crédits IA vendus à l'unité pour Flow, permettant aux abonnés AI Pro de générer davantage de vidéos Veo 3.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Google commence à distribuer des crédits Flow aux participants d'un hackathon",
        "Google offre des crédits Flow gratuits aux équipes étudiantes d'un hackathon de trois jours consacré aux films pédagogiques réalisés avec Veo 3.",
        "fr",
        None,
    ),
    # both trees
    (
        "Lightricks commence à publier LTX-2, son nouveau modèle open source",
        "Lightricks a présenté LTX-2, son modèle vidéo ouvert de nouvelle génération, et met progressivement les poids à disposition sur Hugging Face.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Les internautes commencent à se lasser des vidéos Sora, selon une étude",
        "Une enquête menée auprès de 2 000 internautes montre une baisse de l'engagement sur les vidéos générées par Sora 2 depuis un mois.",
        "fr",
        None,
    ),
    # both trees
    (
        "MiniMax commence à proposer l'API Hailuo aux développeurs européens",
        "L'API du modèle vidéo Hailuo 02, lancé plus tôt cette année, est désormais ouverte aux développeurs basés dans l'Union européenne.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Pika commence à déployer un contrôle parental",
        "Pika propose désormais aux parents de limiter le temps de génération et de bloquer certains contenus pour les comptes des adolescents.",
        "fr",
        None,
    ),
    # both trees
    (
        "Le succès de Kling commence à ouvrir le débat chez les animateurs chinois",
        "Des studios d'animation chinois s'inquiètent de l'usage croissant de Kling pour produire des décors, relançant la question de la rémunération des artistes.",
        "fr",
        None,
    ),
    # both trees
    (
        "ByteDance déploie Seedance auprès des créateurs de CapCut en Europe",
        "Le modèle vidéo Seedance 1.0, sorti en juin, est désormais proposé aux utilisateurs européens de CapCut directement dans l'éditeur.",
        "fr",
        "availability",
    ),
    (
        "ByteDance déploie un programme de rémunération auprès des créateurs utilisant Seedance",
        "ByteDance versera des primes aux créateurs dont les vidéos réalisées avec Seedance dépassent un million de vues sur Douyin.",
        "fr",
        None,
    ),
    # both trees
    (
        "Adobe propose une formation gratuite auprès des abonnés Creative Cloud sur Firefly Video",
        "Adobe offre une série de tutoriels en ligne pour apprendre à utiliser Firefly Video dans Premiere Pro et After Effects.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google repousse le début du déploiement de Veo 3 en Europe",
        "Google a reporté l'arrivée de Veo 3 dans l'application Gemini en Europe, initialement prévue ce mois-ci, sans annoncer de nouvelle date.",
        "fr",
        "delay",
    ),
    (
        "Runway commence à déployer Gen-4.5",
        "Runway a présenté Gen-4.5, nouvelle version de son modèle vidéo plus fidèle aux consignes, et commence à l'ouvrir à ses abonnés payants.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway se met à proposer Gen-4 sur son application Android",
        "Le modèle Gen-4 de Runway, disponible sur le web depuis le printemps, arrive désormais dans l'application Android de l'entreprise.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling se met à proposer un abonnement annuel moins cher",
        "Kuaishou réduit de 30 % le prix de l'abonnement annuel Kling Pro et introduit une nouvelle formule d'entrée de gamme.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Une banque d'images commence à vendre des clips générés avec Veo 3",
        "Une plateforme de vidéos libres de droits propose désormais des milliers de séquences produites par des contributeurs avec Veo 3.",
        "fr",
        None,
    ),
    # both trees
    (
        "Le Parlement européen commence à examiner les deepfakes de Sora 2",
        "Une commission parlementaire auditionnera des experts sur les risques de désinformation liés aux vidéos hyperréalistes de Sora 2.",
        "fr",
        None,
    ),
    # both trees
    (
        "Pika commence à ouvrir un bureau à Paris",
        "Pika Labs va installer une équipe commerciale d'une dizaine de personnes à Paris pour accompagner ses clients européens.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora : OpenAI commence à envoyer des invitations au compte-gouttes au Japon",
        "Au Japon, l'application Sora reste accessible uniquement sur invitation ; les autres utilisateurs peuvent s'inscrire pour être prévenus.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Meta commence à exiger une mention IA pour les vidéos Movie Gen",
        "Meta impose désormais aux annonceurs de signaler les publicités vidéo créées avec Movie Gen par une mention visible.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kuaishou démarre le déploiement de Kling 3.0 sur son site",
        "Kuaishou a dévoilé Kling 3.0, nouvelle version de son modèle vidéo, et ouvre son accès sur le site Kling AI à ses abonnés.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google avvia la distribuzione di Veo 4",
        "Google ha presentato Veo 4, la nuova generazione del suo modello video, e ha avviato una distribuzione graduale agli utenti.",
        "it",
        "launch",
    ),
    # both trees
    (
        "OpenAI comincia a distribuire Sora 2 negli Stati Uniti",
        "OpenAI ha presentato Sora 2, la nuova versione del modello video con audio sincronizzato, e ha iniziato a renderla disponibile negli Stati Uniti e in Canada.",
        "it",
        "launch",
    ),
    (
        "Al via la distribuzione di Kling 2.1 su Freepik per gli utenti europei",
        "Freepik ha iniziato a offrire Kling 2.1, il modello di Kuaishou uscito qualche mese fa, agli abbonati europei della sua suite di IA.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Un'agenzia milanese inizia a offrire spot realizzati con Sora",
        "Un'agenzia creativa di Milano ha cominciato a vendere ai negozi locali spot di 30 secondi prodotti interamente con Sora 2 di OpenAI.",
        "it",
        None,
    ),
    # both trees
    (
        "OpenAI inizia a introdurre filigrane visibili nei video di Sora",
        "OpenAI aggiungerà una filigrana animata e metadati C2PA a tutti i video scaricati dall'app Sora.",
        "it",
        None,
    ),
    (
        "Kuaishou inizia a spegnere il modello Kling 1.0",
        "Kuaishou ha cominciato a dismettere il primo modello video Kling 1.0, che dalla fine del mese non sarà più accessibile né in app né via API.",
        "it",
        "shutdown",
    ),
    # both trees
    (
        "Runway comincia a far pagare le anteprime di Gen-4",
        "Runway scalerà crediti per le anteprime generate con Gen-4 Turbo, finora gratuite in tutti i piani a pagamento.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Un'università inizia a offrire un corso su Veo 3 a Roma",
        "Un ateneo romano propone un master in cui gli studenti realizzano cortometraggi con Google Veo 3 e Flow.",
        "it",
        None,
    ),
    # both trees
    (
        "Luma inizia ad accettare iscrizioni alla lista d'attesa per Ray3",
        "Luma ha aperto una lista d'attesa per Ray3; per ora l'accesso è riservato a poche centinaia di creativi invitati.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "Il caso Sora 2 comincia ad aprire il dibattito sul diritto d'autore",
        "Editori e autori chiedono regole più chiare dopo la diffusione di video di Sora 2 con personaggi protetti da copyright.",
        "it",
        None,
    ),
    # both trees
    (
        "Una casa di distribuzione inizia a distribuire nelle sale un corto realizzato con Runway",
        "Un distributore indipendente porterà in 30 cinema italiani un cortometraggio d'animazione generato in gran parte con Runway Gen-4.",
        "it",
        None,
    ),
    # both trees
    (
        "Truffatori iniziano a vendere falsi inviti per Sora 2",
        "La polizia postale segnala canali Telegram che vendono presunti codici d'invito per Sora 2, che non danno alcun accesso all'app.",
        "it",
        None,
    ),
    (
        "Amazon avvia la distribuzione di Luma Ray2 su Bedrock",
        "AWS ha iniziato a offrire il modello video Ray2 di Luma AI, già disponibile da mesi, tramite Amazon Bedrock, con accesso API per le aziende.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Meta inizia a etichettare i video creati con Movie Gen",
        "Meta applicherà un'etichetta informativa sull'IA ai Reels creati o modificati con Movie Gen su Instagram e Facebook.",
        "it",
        None,
    ),
    (
        "MiniMax comincia a chiudere la vecchia app web di Hailuo",
        "MiniMax ha iniziato a dismettere l'interfaccia web originale di Hailuo, reindirizzando gli utenti al nuovo sito; la vecchia app smetterà di funzionare la prossima settimana.",
        "it",
        "shutdown",
    ),
    # both trees
    (
        "Google inizia a vendere crediti aggiuntivi per Flow",
        "Google vende ora pacchetti di crediti IA separati per Flow, consentendo agli abbonati AI Pro di generare più video con Veo 3 senza cambiare piano.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Midjourney inizia a distribuire V8, il nuovo modello di immagini",
        "Midjourney sta aprendo agli abbonati il nuovo modello per immagini statiche V8, con testo più nitido e foto più realistiche.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway inizia a rimborsare gli abbonati dopo il disservizio di Gen-4",
        "Runway restituirà parte della quota agli utenti colpiti da un'interruzione di due giorni che ha bloccato migliaia di generazioni.",
        "it",
        None,
    ),
    # both trees
    (
        "Adobe inizia a offrire Firefly Video in Premiere Pro",
        "Adobe ha cominciato a integrare il suo modello Firefly Video, già disponibile sul web, direttamente in Premiere Pro per estendere clip e creare B-roll.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Lightricks comincia a rilasciare LTX-2",
        "Lightricks ha presentato LTX-2, il suo nuovo modello video open source, e ha iniziato a pubblicarne i pesi su Hugging Face.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Pika inizia a introdurre il controllo parentale",
        "Pika permetterà ai genitori di limitare l'uso dell'app e bloccare alcuni contenuti sugli account degli adolescenti.",
        "it",
        None,
    ),
    # both trees
    (
        "Il sindacato degli attori inizia una campagna contro Sora 2",
        "Il sindacato chiede ai produttori di non usare i volti degli interpreti nei cameo di Sora 2 senza consenso e compenso.",
        "it",
        None,
    ),
    # both trees
    (
        "Google começa a oferecer Veo 3 para usuários do Gemini no Brasil",
        "O Google começou a liberar o modelo de vídeo Veo 3 para assinantes do Gemini Pro no Brasil, semanas após a estreia nos Estados Unidos.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "OpenAI começa a liberar o Sora 2",
        "A OpenAI apresentou o Sora 2, nova versão de seu modelo de vídeo com áudio sincronizado, e começou a liberá-lo de forma gradual.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Google inicia a distribuição do Veo 4",
        "O Google apresentou o Veo 4, nova geração de seu modelo de vídeo, e iniciou a distribuição gradual para assinantes do plano AI Ultra.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Agência paulistana começa a oferecer comerciais feitos com Sora",
        "Uma agência de São Paulo começou a vender a lojistas comerciais de 30 segundos produzidos inteiramente com o Sora 2, da OpenAI.",
        "pt",
        None,
    ),
    # both trees
    (
        "OpenAI começa a aplicar marca d'água visível nos vídeos do Sora",
        "A OpenAI vai adicionar uma marca d'água animada e metadados C2PA a todos os vídeos baixados do aplicativo Sora.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kuaishou começa a desativar o modelo Kling 1.0",
        "A Kuaishou começou a aposentar seu primeiro modelo de vídeo, o Kling 1.0, que deixará de estar disponível no app e na API no fim do mês.",
        "pt",
        "shutdown",
    ),
    # both trees
    (
        "Runway passa a cobrar pelas prévias do Gen-4",
        "A Runway vai descontar créditos pelas prévias geradas no Gen-4 Turbo, que até agora eram gratuitas em todos os planos pagos.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Universidade começa a oferecer curso sobre Veo 3 em São Paulo",
        "Uma universidade paulista lança uma especialização em que os alunos produzem curtas-metragens com o Google Veo 3 e o Flow.",
        "pt",
        None,
    ),
    # both trees
    (
        "Luma começa a liberar o Ray3 para criadores selecionados",
        "O acesso ao Ray3 está restrito a algumas centenas de cineastas convidados; os demais usuários podem entrar em uma lista de espera.",
        "pt",
        "waitlist",
    ),
    # both trees
    (
        "Caso Sora 2 começa a abrir o debate sobre direitos de imagem",
        "Juristas e atores alertam que os cameos do Sora 2 levantam dúvidas sobre o uso da imagem de famosos e pessoas falecidas sem consentimento.",
        "pt",
        None,
    ),
    # both trees
    (
        "Distribuidora começa a lançar nos cinemas curta feito com Runway",
        "Uma distribuidora independente levará a 30 salas do Brasil um curta de animação gerado em grande parte com o Runway Gen-4.",
        "pt",
        None,
    ),
    # both trees
    (
        "Golpistas começam a vender convites falsos do Sora 2",
        "Pesquisadores de segurança alertam para grupos no Telegram que vendem supostos códigos de convite do Sora 2 que não dão acesso ao app.",
        "pt",
        None,
    ),
    (
        "AWS dá início à liberação do Luma Ray2 no Bedrock na América do Sul",
        "A AWS começou a oferecer o modelo de vídeo Ray2, da Luma AI, no Amazon Bedrock na região de São Paulo, com acesso via API para empresas.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Meta passa a rotular vídeos criados com o Movie Gen",
        "A Meta vai aplicar um selo de informação sobre IA aos Reels criados ou editados com o Movie Gen no Instagram e no Facebook.",
        "pt",
        None,
    ),
    # both trees
    (
        "MiniMax começa a encerrar o aplicativo antigo do Hailuo",
        "A MiniMax começou a desativar a interface web original do Hailuo e redireciona os usuários ao novo site; a versão antiga deixa de funcionar na próxima semana.",
        "pt",
        "shutdown",
    ),
    # both trees
    (
        "Google passa a vender créditos avulsos no Flow",
        "O Google agora vende pacotes de créditos de IA separados para o Flow, permitindo que assinantes do AI Pro gerem mais vídeos com o Veo 3.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Midjourney começa a liberar o V8, novo modelo de imagens",
        "O Midjourney está abrindo aos assinantes seu novo modelo de imagens estáticas V8, com texto mais nítido e fotos mais realistas.",
        "pt",
        None,
    ),
    # both trees
    (
        "Runway começa a reembolsar assinantes após pane do Gen-4",
        "A Runway vai devolver parte da mensalidade aos usuários afetados por uma interrupção de dois dias que travou milhares de gerações.",
        "pt",
        None,
    ),
    # both trees
    (
        "Adobe passa a oferecer o Firefly Video no Premiere Pro",
        "A Adobe integrou seu modelo Firefly Video, já disponível na web, ao Premiere Pro, permitindo estender clipes e gerar imagens de cobertura.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "ByteDance dá início à liberação do Seedance 2.0",
        "A ByteDance apresentou o Seedance 2.0, nova versão de seu modelo de vídeo com narrativa em várias cenas, e começou a liberá-lo gradualmente.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Pika passa a exigir verificação de idade",
        "A Pika vai pedir comprovação de maioridade antes que usuários gerem vídeos com rostos humanos realistas em seu aplicativo.",
        "pt",
        None,
    ),
    # both trees
    (
        "OpenAI passa a permitir que usuários de Android no Brasil usem o Sora",
        "O aplicativo Sora já pode ser baixado na Google Play no Brasil, sem necessidade de código de convite, segundo a OpenAI.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Sora passa a ser alvo de processo de estúdios de animação",
        "Um grupo de estúdios japoneses entrou com uma ação contra a OpenAI alegando que o Sora 2 reproduz personagens protegidos sem autorização.",
        "pt",
        None,
    ),
]

SECOND_REVIEW_OF_THE_PHASE_VERBS = [
    # both trees
    (
        "Brazilian reseller starts offering Sora 2 access in Brazil",
        "São Paulo-based reseller VideoJá began offering Sora 2 accounts to local customers in Brazil on Monday, charging in reais; OpenAI said it has no partnership with the company.",
        "en",
        None,
    ),
    # both trees
    (
        "Telegram bot begins offering Veo 3 on Telegram for $2 a clip",
        "An unofficial Telegram bot has started offering Veo 3 video generation inside Telegram chats, reselling access to Google's model through its own API key at a markup.",
        "en",
        None,
    ),
    # both trees
    (
        "Film school starts offering Kling on the Macs in its editing suites",
        "The London Film Academy has started offering Kling on the Macs in its editing suites, paying for the licences out of a government digital skills grant.",
        "en",
        None,
    ),
    # both trees
    (
        "Ad agency Havas begins offering Veo 3 to enterprise customers in Europe",
        "Havas said its creative studio has begun offering Veo 3-powered ad production to enterprise customers in Europe, bundling Google's model with its own editing services.",
        "en",
        None,
    ),
    # both trees
    (
        "Hong Kong reseller starts selling cheap Sora 2 API keys to developers",
        "A Hong Kong-based reseller started selling discounted Sora 2 API keys to developers this week, undercutting official rates; OpenAI warned that such keys violate its terms of service.",
        "en",
        None,
    ),
    # both trees
    (
        "Udemy starts offering a Veo 3 API course for developers",
        "Online learning platform Udemy has begun offering a paid Veo 3 API course for developers, covering prompt design, video extension and cost control over six hours of lessons.",
        "en",
        None,
    ),
    # both trees
    (
        "Actors' union begins offering legal advice to all filmmakers affected by Sora",
        "SAG-AFTRA has started offering free legal advice to all filmmakers who believe their likeness or work appeared in Sora 2 videos without their consent.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway begins opening offices in Asia as headcount grows",
        "Runway has started opening offices in Asia, beginning with Tokyo and Seoul, and plans to hire 50 people across sales and research in the region this year.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway starts serving as official AI partner of Tribeca Festival",
        "Runway has begun serving as the official AI partner of the Tribeca Festival, sponsoring a competition for short films made with its Gen-4 model.",
        "en",
        None,
    ),
    # both trees
    (
        "Google Cloud starts hosting a Veo 3 hackathon in Singapore",
        "Google Cloud has started hosting a three-day Veo 3 hackathon in Singapore, where 300 developers compete for prizes by building apps on the video model.",
        "en",
        None,
    ),
    # both trees
    (
        "YouTube begins carrying Veo 3-made ads on Shorts",
        "YouTube has started carrying advertising spots generated with Veo 3 on Shorts, as brands including Kalshi and Toys R Us experiment with fully AI-made commercials.",
        "en",
        None,
    ),
    # both trees
    (
        "Google starts rolling out Imagen 4 image model to Gemini users worldwide",
        "Google has begun rolling out Imagen 4, its latest image generation model, to all Gemini app users worldwide, promising sharper text rendering in still pictures.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway starts offering its Frames image model to all paid users",
        "Runway has started offering Frames, its image generation model for stills, to all paid plan users, alongside its existing Gen-4 video tools.",
        "en",
        None,
    ),
    # both trees
    (
        "MiniMax begins offering Speech-02 voice model via API to all developers",
        "MiniMax has started offering its Speech-02 text-to-speech model through its API to all developers, separately from the Hailuo video generator.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma starts offering Photon image model in its iOS app",
        "Luma AI has begun offering Photon, its image generation model, inside the Dream Machine iOS app, letting users create stills before animating them.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway starts offering a 50% discount to students in the US",
        "Runway has started offering a 50% discount on its Standard and Pro plans to verified university students in the US, bringing the Pro plan to $14 a month.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Pika begins offering refunds to Pro users hit by outage",
        "Pika has started offering credit refunds to Pro users whose video generations failed during a 14-hour outage, the company said in an email to subscribers.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway begins offering 24/7 support to enterprise customers",
        "Runway has started offering round-the-clock technical support to enterprise customers, with dedicated account managers for studios using Gen-4 in production.",
        "en",
        None,
    ),
    # both trees
    (
        "Google starts offering Veo 3 documentation in Japanese and Korean",
        "Google has begun offering its Veo 3 developer documentation in Japanese and Korean, translating the API reference and prompt guides for developers in Asia.",
        "en",
        None,
    ),
    # both trees
    (
        "Meta begins running a Movie Gen ad campaign on Instagram",
        "Meta has started running a global ad campaign on Instagram and Facebook promoting its Movie Gen editing features, with spots created by agency Droga5.",
        "en",
        None,
    ),
    # both trees
    (
        "Google begins offering Veo 4 in the Gemini app",
        "Google has started offering Veo 4, its new video generation model unveiled on Tuesday, in the Gemini app for AI Ultra subscribers, ahead of a wider release.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway begins opening Gen-5 to paid subscribers",
        "Runway unveiled Gen-5, its newest video model, on Thursday and has started opening it to paid subscribers, promising longer shots and more consistent characters.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google starts offering Veo 3 Fast in YouTube Shorts",
        "Google has begun offering Veo 3 Fast, the quicker version of its video model released in July, inside YouTube Shorts for creators in the US, UK and Canada.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora starts arriving on Android in the US and Canada",
        "OpenAI has started making the Sora app available on Android in the US and Canada, two months after the iOS release, with no invite code required.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway starts making Gen-4 available to free-tier users",
        "Runway has started making Gen-4 available to users on its free plan, three months after the model debuted for paying subscribers only.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Hailuo starts accepting new users in Europe",
        "MiniMax's Hailuo video app has begun accepting sign-ups from users in the European Union, after launching in Asia and the Americas earlier this year.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling begins shipping its app on the App Store in the US",
        "Kuaishou has started shipping the Kling AI app on Apple's App Store in the US, making its video generator available to American iPhone users for the first time.",
        "en",
        "availability",
    ),
    # both trees
    (
        "MiniMax starts opening the Hailuo 02 API to all developers",
        "MiniMax has begun opening the Hailuo 02 API to all developers on a self-serve basis, ending the enterprise-only access it has offered since June.",
        "en",
        "availability",
    ),
    (
        "Google begins switching on Veo 3 for Workspace customers",
        "Google has started switching on Veo 3 video generation in Google Vids for Workspace Business and Enterprise customers, following a limited preview.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI begins letting a limited number of Canadian creators into Sora 2 by invitation",
        "OpenAI has started admitting a limited number of Canadian creators to Sora 2 through invite codes, while general sign-ups in Canada remain closed.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Google begins offering Veo 3 at half price to AI Pro subscribers",
        "Google has started offering Veo 3 generations at half the previous credit cost to AI Pro subscribers, cutting each eight-second clip from 100 to 50 credits.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI starts charging for extra Sora generations",
        "OpenAI has begun charging Sora users $4 for 10 additional video generations once they hit their daily free limit, the company said on Wednesday.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway begins phasing out Gen-3 Alpha",
        "Runway has started phasing out Gen-3 Alpha, removing the model from its web app this week; API access will end on 30 September.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "OpenAI starts winding down the original Sora web app",
        "OpenAI has begun winding down the original Sora web experience, telling users to download their videos before the service is switched off next month.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Un revendeur commence à proposer Sora 2 en France",
        "La société lyonnaise VidéoIA a commencé à proposer des accès à Sora 2 en France, facturés à l'unité ; OpenAI affirme n'avoir conclu aucun partenariat avec ce revendeur.",
        "fr",
        None,
    ),
    # both trees
    (
        "Un bot Telegram se met à proposer Veo 3 sur Telegram",
        "Un bot Telegram non officiel s'est mis à proposer la génération de vidéos avec Veo 3 pour deux euros le clip, en revendant l'accès à l'API de Google.",
        "fr",
        None,
    ),
    # both trees
    (
        "Une école de cinéma commence à proposer Kling sur les Mac de ses studios",
        "L'école parisienne 3iS a commencé à proposer Kling sur les Mac de ses studios de montage, grâce à des licences financées par la région Île-de-France.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway étend son fonds pour films IA auprès des créateurs africains",
        "Runway étend son fonds de soutien aux courts métrages réalisés avec Gen-4 auprès des créateurs africains, avec des bourses pouvant atteindre 10 000 dollars.",
        "fr",
        None,
    ),
    (
        "Adobe déploie ses Content Credentials auprès des utilisateurs de Firefly",
        "Adobe déploie ses Content Credentials auprès des utilisateurs de Firefly Video : chaque clip généré portera désormais une signature indiquant son origine artificielle.",
        "fr",
        None,
    ),
    # both trees
    (
        "OpenAI commence à apposer un filigrane visible sur les vidéos Sora en Europe",
        "OpenAI a commencé à apposer un filigrane animé sur toutes les vidéos Sora téléchargées en Europe, afin de se conformer aux règles de transparence de l'AI Act.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google ouvre Veo 4 auprès des développeurs",
        "Google a dévoilé mardi Veo 4, son nouveau modèle de génération vidéo, et l'ouvre d'emblée auprès des développeurs via l'API Gemini, avant une arrivée dans l'application.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Google commence à proposer Veo 4 dans l'application Gemini",
        "Dévoilé ce mardi, Veo 4, le nouveau modèle vidéo de Google, commence à être proposé dans l'application Gemini aux abonnés AI Ultra, avant un déploiement plus large.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kuaishou entame le déploiement de Kling 3.0 sur son application",
        "Kuaishou a présenté ce jeudi Kling 3.0, nouvelle version de son modèle vidéo, et entame son déploiement sur l'application Kling pour les abonnés payants.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Veo 3 commence à arriver dans YouTube Shorts en France",
        "Google a commencé à intégrer Veo 3 Fast à YouTube Shorts pour les créateurs français, plusieurs mois après son arrivée aux États-Unis.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Firefly Video se met à la disposition de tous les abonnés Creative Cloud",
        "Adobe met désormais Firefly Video à la disposition de tous les abonnés Creative Cloud, alors que le modèle était jusqu'ici réservé aux offres Pro.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling se met à dos les studios d'animation japonais",
        "L'annonce par Kuaishou d'un partenariat avec un éditeur de mangas a provoqué la colère de plusieurs studios d'animation japonais, qui accusent Kling de copier leur style.",
        "fr",
        None,
    ),
    # both trees
    (
        "Avec Veo 3, Google se met à la page",
        "Notre analyse : grâce au son synchronisé de Veo 3, Google rattrape son retard sur Sora et se hisse au niveau des meilleurs générateurs vidéo du marché.",
        "fr",
        None,
    ),
    # both trees
    (
        "Midjourney se met à la vidéo avec son premier modèle V1",
        "Midjourney lance V1, son tout premier modèle de génération vidéo, capable d'animer des images en clips de cinq secondes, accessible dès aujourd'hui à ses abonnés sur le web.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Sora se met à jour : les cameos deviennent modifiables",
        "Une mise à jour de l'application Sora permet désormais de modifier les paramètres de ses cameos et d'interdire leur utilisation dans des contenus politiques.",
        "fr",
        None,
    ),
    # both trees
    (
        "Luma AI se met à recruter en Europe",
        "Luma AI se met à recruter à Londres et à Paris, avec une vingtaine de postes ouverts en recherche et en ventes pour accompagner la croissance de Dream Machine.",
        "fr",
        None,
    ),
    # both trees
    (
        "Une université commence à proposer des initiations à Runway aux étudiants européens",
        "L'université Paris 8 commence à proposer des initiations gratuites à Runway Gen-4 aux étudiants européens en échange Erasmus, dès la rentrée de septembre.",
        "fr",
        None,
    ),
    # both trees
    (
        "La Sacem commence à proposer un accompagnement juridique aux créateurs européens face à Sora",
        "La Sacem a commencé à proposer un accompagnement juridique aux créateurs européens dont les œuvres auraient servi à entraîner Sora 2 sans autorisation.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway commence à ouvrir des bureaux en Europe",
        "Runway a commencé à ouvrir des bureaux en Europe, à Londres puis à Paris, et prévoit de recruter une trentaine de personnes d'ici la fin de l'année.",
        "fr",
        None,
    ),
    # both trees
    (
        "Un studio commence à vendre du contenu Veo 3 aux marques en France",
        "Le studio parisien Blanc Films a commencé à vendre aux marques françaises des spots publicitaires entièrement générés avec Veo 3, facturés 5 000 euros pièce.",
        "fr",
        None,
    ),
    # both trees
    (
        "Haut et Court entame la distribution en France du premier long métrage réalisé avec Veo 3",
        "Le distributeur Haut et Court entame la distribution en France d'un long métrage d'animation réalisé avec Veo 3, attendu dans 80 salles le 12 novembre.",
        "fr",
        None,
    ),
    # both trees
    (
        "Une agence amorce la commercialisation de Kling auprès des PME en Belgique",
        "L'agence bruxelloise Pixelia amorce la commercialisation de Kling auprès des PME belges, en proposant des forfaits de production vidéo clés en main.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway se met à facturer les rendus 4K",
        "Runway a commencé à facturer deux crédits par seconde les exports 4K de Gen-4, jusqu'ici inclus sans supplément dans ses forfaits Pro et Unlimited.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "OpenAI commence à proposer Sora 2 Pro à moitié prix aux abonnés Plus",
        "OpenAI a commencé à proposer l'accès à Sora 2 Pro à moitié prix aux abonnés ChatGPT Plus pendant trois mois, soit 100 dollars au lieu de 200.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Google commence à proposer son modèle musical Lyria dans YouTube Shorts",
        "Google a commencé à proposer Lyria 2, son modèle de génération musicale, dans YouTube Shorts pour créer des bandes-son, en complément des vidéos de Veo 3.",
        "fr",
        None,
    ),
    # both trees
    (
        "Midjourney commence à déployer son modèle d'image V7 pour tous les abonnés",
        "Midjourney a commencé à déployer V7, son nouveau modèle de génération d'images fixes, pour tous les abonnés, avec un mode brouillon dix fois plus rapide.",
        "fr",
        None,
    ),
    # both trees
    (
        "Des escrocs se mettent à proposer de fausses applis Sora sur le Play Store",
        "Des escrocs se sont mis à proposer de fausses applications Sora sur le Play Store, facturant des abonnements hebdomadaires pour un service qui n'existe pas sur Android.",
        "fr",
        None,
    ),
    # both trees
    (
        "Hailuo commence à être proposé aux utilisateurs européens",
        "Le générateur vidéo Hailuo de MiniMax commence à être proposé aux utilisateurs européens, jusqu'ici bloqués, sur le web et dans l'application mobile.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 commence à débarquer sur Vertex AI en Europe",
        "Google a commencé à rendre Veo 3 accessible aux clients de Vertex AI dans ses régions européennes, avec un hébergement des données dans l'Union européenne.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Luma étend Ray2 à ses utilisateurs gratuits",
        "Luma AI étend Ray2, son modèle vidéo sorti en janvier, aux utilisateurs de l'offre gratuite de Dream Machine, avec dix générations par mois.",
        "fr",
        "availability",
    ),
    (
        "MiniMax commence à ouvrir l'API Hailuo 02 en libre-service à tous les développeurs",
        "MiniMax a commencé à ouvrir l'API de Hailuo 02 en libre-service à tous les développeurs, sans validation préalable ni contrat entreprise.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "OpenAI commence à distribuer des invitations Sora 2 au compte-gouttes au Canada",
        "OpenAI a commencé à distribuer des codes d'invitation pour Sora 2 au compte-gouttes au Canada, l'application restant accessible sur invitation uniquement.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Runway commence à débrancher Gen-3 Alpha",
        "Runway a commencé à retirer Gen-3 Alpha de son application web ; l'accès par API prendra définitivement fin le 30 septembre, a indiqué l'entreprise.",
        "fr",
        "shutdown",
    ),
    (
        "Google entame la mise hors service de Veo 2 dans Gemini",
        "Google entame la mise hors service de Veo 2 dans l'application Gemini, les générations basculant automatiquement vers Veo 3 Fast à partir de lundi.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Kling commence à combler l'écart avec Veo 3",
        "Selon le classement d'Artificial Analysis, Kling 2.1 commence à combler l'écart avec Veo 3 sur la qualité d'image, sans le rattraper sur le son.",
        "fr",
        None,
    ),
    # both trees
    (
        "Berliner Reseller beginnt, Sora 2 in Deutschland anzubieten",
        "Das Berliner Start-up Videokauf hat begonnen, kostenpflichtige Zugänge zu Sora 2 in Deutschland anzubieten; OpenAI bestätigt keine Partnerschaft mit dem Wiederverkäufer.",
        "de",
        None,
    ),
    # both trees
    (
        "Telegram-Bot beginnt, Veo 3 auf Telegram anzubieten",
        "Ein inoffizieller Telegram-Bot hat begonnen, Videogenerierung mit Veo 3 direkt auf Telegram anzubieten, und verkauft den Zugang zu Googles API mit Aufschlag weiter.",
        "de",
        None,
    ),
    # both trees
    (
        "Volkshochschulen beginnen, in ganz Deutschland Sora-Kurse anzubieten",
        "Mehrere Volkshochschulen haben begonnen, in ganz Deutschland Einsteigerkurse zu Sora 2 anzubieten, in denen Teilnehmende lernen, Prompts für kurze Videos zu schreiben.",
        "de",
        None,
    ),
    # both trees
    (
        "Runway beginnt, in Berlin Mitarbeiter einzustellen",
        "Runway hat begonnen, in Berlin Mitarbeiter für Vertrieb und Forschung einzustellen, und will bis Jahresende ein Team von 40 Personen aufbauen.",
        "de",
        None,
    ),
    # both trees
    (
        "Kling beginnt, die Lücke zu Veo 3 zu schließen",
        "Laut einem neuen Benchmark von Artificial Analysis beginnt Kling 2.1, den Qualitätsabstand zu Googles Veo 3 zu schließen, liegt beim Ton aber weiter zurück.",
        "de",
        None,
    ),
    # both trees
    (
        "Google beginnt, Imagen 4 in der Gemini-App für alle Nutzer anzubieten",
        "Google hat begonnen, sein Bildmodell Imagen 4 in der Gemini-App allen Nutzern anzubieten; das Modell erzeugt Standbilder und keine Videos.",
        "de",
        None,
    ),
    # both trees
    (
        "Pika beginnt, Pro-Kunden in der EU Rückerstattungen anzubieten",
        "Pika hat begonnen, Pro-Kunden in der EU nach einem zweitägigen Ausfall Rückerstattungen für verlorene Credits anzubieten, teilte das Unternehmen per E-Mail mit.",
        "de",
        None,
    ),
    # both trees
    (
        "MiniMax beginnt, sein Musikmodell in Europa anzubieten",
        "MiniMax hat begonnen, sein Musikmodell Music-01 in Europa anzubieten, das Songs mit Gesang aus Textvorgaben erzeugt; der Videogenerator Hailuo ist davon nicht betroffen.",
        "de",
        None,
    ),
    # both trees
    (
        "Google beginnt mit der Einführung von Veo 4 in der Gemini-App",
        "Google hat am Dienstag Veo 4 vorgestellt, sein neues Videomodell, und beginnt mit der Einführung in der Gemini-App für AI-Ultra-Abonnenten.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Runway beginnt, Gen-5 für zahlende Nutzer freizuschalten",
        "Runway hat heute Gen-5 vorgestellt, die neueste Version seines Videomodells, und beginnt, es für zahlende Nutzer freizuschalten; Gratis-Konten folgen später.",
        "de",
        "launch",
    ),
    (
        "Google beginnt, Veo 3 in Deutschland freizuschalten",
        "Google hat begonnen, Veo 3 für Gemini-Nutzer in Deutschland freizuschalten, knapp zwei Monate nach dem Start des Modells in den USA.",
        "de",
        "availability",
    ),
    # both trees
    (
        "OpenAI fängt an, die Sora-App in Europa auszurollen",
        "OpenAI hat angefangen, die Sora-App für Android- und iOS-Nutzer in der EU auszurollen, ohne dass ein Einladungscode nötig ist.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora 2 wird schrittweise auch in Österreich und der Schweiz freigeschaltet",
        "OpenAI schaltet Sora 2 schrittweise für Nutzer in Österreich und der Schweiz frei, nachdem die App zunächst nur in Deutschland verfügbar war.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Google beginnt, Veo 3 für AI-Pro-Abonnenten zum halben Preis anzubieten",
        "Google hat begonnen, Veo-3-Generierungen für AI-Pro-Abonnenten zum halben Credit-Preis anzubieten: Ein Clip kostet nun 50 statt 100 Credits.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Kling fängt an, Gratis-Nutzern HD-Videos zu berechnen",
        "Kuaishou hat begonnen, Nutzern des kostenlosen Kling-Tarifs 20 Credits für jedes HD-Video zu berechnen, das bisher ohne Aufpreis erstellt werden konnte.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Runway beginnt, Gen-3 Alpha abzuschalten",
        "Runway hat begonnen, Gen-3 Alpha aus der Web-App zu entfernen; der API-Zugang zu dem Modell wird Ende September endgültig eingestellt.",
        "de",
        "shutdown",
    ),
    # both trees
    (
        "TikTok beginnt, Veo-Videos in Europa zu kennzeichnen",
        "TikTok hat begonnen, mit Veo 3 erzeugte Videos in Europa automatisch mit einem KI-Label zu versehen, um die Transparenzregeln des AI Act zu erfüllen.",
        "de",
        None,
    ),
    # both trees
    (
        "Telekom beginnt mit der Einführung von KI-Schulungen zu Runway für Kunden",
        "Die Deutsche Telekom beginnt mit der Einführung kostenloser Schulungen zu Runway Gen-4 für Geschäftskunden, die Werbevideos mit KI erstellen wollen.",
        "de",
        None,
    ),
    # both trees
    (
        "Un revendedor empieza a ofrecer Sora 2 en México",
        "La empresa regiomontana VideoYa empezó a ofrecer cuentas de Sora 2 en México con pago en pesos; OpenAI aseguró que no tiene ningún acuerdo con el revendedor.",
        "es",
        None,
    ),
    # both trees
    (
        "Un bot de Telegram comienza a vender acceso a Veo 3 en Telegram",
        "Un bot no oficial de Telegram ha comenzado a vender acceso a la generación de vídeo con Veo 3 por dos euros el clip, usando claves de API de terceros.",
        "es",
        None,
    ),
    # both trees
    (
        "Una academia madrileña empieza a ofrecer clases de Veo 3 en YouTube",
        "La academia Prompt School ha empezado a ofrecer clases de pago sobre Veo 3 en YouTube, con lecciones semanales sobre guion, planos y sonido generado.",
        "es",
        None,
    ),
    # both trees
    (
        "Telegram empieza a cerrar el bot que revendía Veo 3",
        "Telegram ha empezado a cerrar el bot que revendía acceso a Veo 3 sin autorización, tras una queja de Google por el uso indebido de sus claves de API.",
        "es",
        None,
    ),
    # both trees
    (
        "La Policía empieza a cerrar la web falsa de Sora que estafó a miles de usuarios",
        "La Policía Nacional ha comenzado a cerrar la web que se hacía pasar por la app de Sora para cobrar suscripciones falsas a miles de usuarios españoles.",
        "es",
        None,
    ),
    # both trees
    (
        "Kling se pone a la cabeza del ranking de vídeo con IA",
        "Kling 2.1 se ha colocado primero en la clasificación de Artificial Analysis para generación de vídeo a partir de imagen, por delante de Veo 3 y Sora.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway se pone a trabajar con Lionsgate en una película",
        "Runway y Lionsgate han empezado a colaborar en un largometraje que usará Gen-4 para previsualizar escenas de acción, según anunciaron ambas compañías.",
        "es",
        None,
    ),
    # both trees
    (
        "Una distribuidora inicia la distribución del corto hecho con Sora en España",
        "La distribuidora Begin Again inicia la distribución del cortometraje de animación creado íntegramente con Sora 2 en cines de España a partir del viernes.",
        "es",
        None,
    ),
    # both trees
    (
        "Una agencia empieza a ofrecer Veo 3 a empresas en Colombia",
        "La agencia bogotana Nómada ha empezado a ofrecer producción de anuncios con Veo 3 a empresas en Colombia, con paquetes mensuales desde 2 millones de pesos.",
        "es",
        None,
    ),
    # both trees
    (
        "Google empieza a desplegar Veo 4 en la app de Gemini",
        "Google presentó este martes Veo 4, su nuevo modelo de vídeo, y empieza a desplegarlo en la app de Gemini para los suscriptores de AI Ultra.",
        "es",
        "launch",
    ),
    # both trees
    (
        "ByteDance arranca el despliegue de Seedance 2.0 en su app Doubao",
        "ByteDance presentó hoy Seedance 2.0, la nueva versión de su modelo de generación de vídeo, y arranca su despliegue en la aplicación Doubao en China.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Veo 3 empieza a llegar a usuarios de Gemini en España",
        "Google ha empezado a habilitar Veo 3 para los suscriptores de Gemini en España, dos meses después de su estreno en Estados Unidos.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Sora se pone a disposición de los usuarios de Android en Latinoamérica",
        "OpenAI pone la app de Sora a disposición de los usuarios de Android en México, Colombia y Argentina, sin necesidad de código de invitación.",
        "es",
        "availability",
    ),
    (
        "MiniMax comienza a abrir la API de Hailuo 02 a todos los desarrolladores",
        "MiniMax ha comenzado a abrir la API de Hailuo 02 en autoservicio a todos los desarrolladores, tras meses de acceso limitado a grandes empresas.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Runway empieza a cobrar por las exportaciones en 4K",
        "Runway ha empezado a cobrar dos créditos por segundo por exportar vídeos de Gen-4 en 4K, algo que antes estaba incluido en sus planes Pro.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Google comienza a ofrecer Veo 3 a mitad de precio a los suscriptores pro",
        "Google ha comenzado a ofrecer las generaciones de Veo 3 a mitad de precio a los suscriptores de AI Pro, que pagarán 50 créditos por clip en lugar de 100.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Meta empieza a ofrecer su generador de imágenes en WhatsApp en España",
        "Meta ha empezado a ofrecer Imagine, su generador de imágenes fijas, dentro de WhatsApp en España, sin funciones de vídeo de Movie Gen por ahora.",
        "es",
        None,
    ),
    (
        "OpenAI empieza a retirar la primera versión de Sora",
        "OpenAI ha comenzado a retirar la versión original de Sora de su web; los usuarios tienen hasta final de mes para descargar sus vídeos antes del cierre.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "La SGAE empieza a ofrecer asesoría jurídica en España a los creadores afectados por Sora",
        "La SGAE ha empezado a ofrecer asesoría jurídica gratuita a los autores españoles que crean que sus obras se usaron para entrenar Sora 2 sin permiso.",
        "es",
        None,
    ),
    # both trees
    (
        "Un bot di Telegram comincia a offrire Veo 3 su Telegram",
        "Un bot non ufficiale di Telegram ha cominciato a offrire la generazione di video con Veo 3 a due euro a clip, rivendendo l'accesso alle API di Google.",
        "it",
        None,
    ),
    # both trees
    (
        "Al via la distribuzione in Italia del cortometraggio girato con Sora",
        "Al via la distribuzione in Italia del cortometraggio d'animazione realizzato interamente con Sora 2, che arriverà in 40 sale a partire da giovedì.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway avvia l'apertura di una sede in Italia",
        "Runway avvia l'apertura di una sede in Italia, a Milano, dove assumerà una ventina di persone tra vendite e supporto ai clienti europei.",
        "it",
        None,
    ),
    # both trees
    (
        "Il Garante inizia a chiudere le app che imitano Sora",
        "Il Garante privacy ha iniziato a chiudere le app che imitano Sora sugli store italiani, accusate di raccogliere dati biometrici senza consenso.",
        "it",
        None,
    ),
    # both trees
    (
        "Un'agenzia milanese comincia a proporre Veo 3 ai clienti in Italia",
        "L'agenzia milanese Pixel Lab ha cominciato a proporre Veo 3 ai propri clienti in Italia, con pacchetti di spot pubblicitari generati a partire da 3.000 euro.",
        "it",
        None,
    ),
    # both trees
    (
        "Kling inizia a far paura a Hollywood",
        "Commento: con Kling 2.1 il divario con le produzioni tradizionali si riduce e gli studi di Hollywood iniziano a chiedersi quanto durerà il loro vantaggio.",
        "it",
        None,
    ),
    # both trees
    (
        "Google inizia a offrire Lyria in YouTube Shorts",
        "Google ha iniziato a offrire Lyria 2, il suo modello di generazione musicale, in YouTube Shorts per creare colonne sonore, accanto ai video di Veo 3.",
        "it",
        None,
    ),
    # both trees
    (
        "Google inizia a distribuire Veo 4 nell'app Gemini",
        "Google ha presentato martedì Veo 4, il suo nuovo modello di generazione video, e ha iniziato a distribuirlo nell'app Gemini agli abbonati AI Ultra.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Al via il rilascio di Kling 3.0 sull'app Kling",
        "Kuaishou ha presentato oggi Kling 3.0, la nuova versione del suo modello video, e ne avvia il rilascio sull'app Kling per gli abbonati a pagamento.",
        "it",
        "launch",
    ),
    (
        "Veo 3 comincia ad arrivare su Gemini in Italia",
        "Google ha cominciato ad attivare Veo 3 per gli abbonati Gemini in Italia, due mesi dopo il debutto del modello negli Stati Uniti.",
        "it",
        "availability",
    ),
    (
        "OpenAI inizia a portare Sora su Android in Europa",
        "OpenAI ha iniziato a portare l'app Sora su Android nei paesi dell'Unione europea, senza bisogno di codice d'invito.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Adobe comincia a rendere disponibile Firefly Video agli abbonati italiani",
        "Adobe ha cominciato a rendere disponibile Firefly Video agli abbonati Creative Cloud in Italia, mesi dopo il debutto negli Stati Uniti.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Runway comincia a far pagare gli export in 4K",
        "Runway ha cominciato a far pagare due crediti al secondo gli export in 4K di Gen-4, finora inclusi nei piani Pro e Unlimited senza costi aggiuntivi.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Hailuo inizia a offrire il piano Pro a metà prezzo agli utenti italiani",
        "MiniMax ha iniziato a offrire il piano Pro di Hailuo a metà prezzo agli utenti italiani, 5 euro al mese invece di 10 per i primi tre mesi.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Pika inizia a offrire rimborsi agli utenti pro",
        "Pika ha iniziato a offrire rimborsi in crediti agli utenti pro le cui generazioni video sono fallite durante un'interruzione di 14 ore.",
        "it",
        None,
    ),
    # both trees
    (
        "Un'università comincia a offrire Kling agli studenti italiani",
        "Il Politecnico di Milano ha cominciato a offrire licenze Kling agli studenti dei corsi di design, finanziate da un bando regionale per la didattica digitale.",
        "it",
        None,
    ),
    # both trees
    (
        "Google inizia a offrire la documentazione di Veo 3 in italiano su AI Studio",
        "Google ha iniziato a offrire la documentazione per sviluppatori di Veo 3 in italiano su AI Studio, traducendo guide ai prompt e riferimenti delle API.",
        "it",
        None,
    ),
    # both trees
    (
        "Revendedor começa a oferecer Sora 2 no Brasil",
        "A empresa paulista VídeoJá começou a oferecer contas do Sora 2 no Brasil com pagamento em reais; a OpenAI afirmou não ter qualquer parceria com o revendedor.",
        "pt",
        None,
    ),
    # both trees
    (
        "Bot no Telegram começa a vender acesso ao Veo 3 no Telegram",
        "Um bot não oficial do Telegram começou a vender acesso à geração de vídeos com o Veo 3 por R$ 10 o clipe, usando chaves de API de terceiros.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora passa a ser alvo de processo de estúdios brasileiros",
        "Três estúdios de animação brasileiros entraram na Justiça contra a OpenAI, alegando que o Sora 2 reproduz personagens protegidos por direitos autorais.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora 2 passa a exigir verificação de idade no Brasil",
        "O aplicativo Sora 2 passa a exigir verificação de idade dos usuários no Brasil, em cumprimento ao ECA Digital, que protege menores em plataformas online.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kling passa a cobrar por vídeos em alta resolução",
        "A Kuaishou passa a cobrar 20 créditos por cada vídeo em alta resolução gerado no Kling, recurso que antes era gratuito para todos os planos.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Runway passa a custar R$ 79 por mês no Brasil",
        "A Runway passa a cobrar seus planos em reais no Brasil, com o plano Standard custando R$ 79 por mês, abaixo do valor convertido em dólar.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Pika passa a oferecer reembolso aos assinantes pro",
        "A Pika passa a oferecer reembolso em créditos aos assinantes pro cujas gerações de vídeo falharam durante uma instabilidade de 14 horas no serviço.",
        "pt",
        None,
    ),
    # both trees
    (
        "Hailuo passa a oferecer desconto de 50% para assinantes anuais",
        "A MiniMax passa a oferecer desconto de 50% no Hailuo para quem assinar o plano anual, que sai por US$ 60 em vez de US$ 120.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Distribuidora inicia a distribuição do curta feito com Veo 3 nos cinemas do Brasil",
        "A distribuidora Pandora Filmes inicia a distribuição do curta de animação feito com Veo 3 nos cinemas do Brasil a partir de quinta-feira.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kling passa a liderar ranking de geradores de vídeo",
        "O Kling 2.1 passou a liderar o ranking da Artificial Analysis para geração de vídeo a partir de imagem, à frente do Veo 3 e do Sora 2.",
        "pt",
        None,
    ),
    # both trees
    (
        "Escola de cinema passa a oferecer Runway para todos os alunos",
        "A Academia Internacional de Cinema, em São Paulo, passa a oferecer licenças do Runway para todos os alunos, pagas com recursos de um edital estadual.",
        "pt",
        None,
    ),
    # both trees
    (
        "Google começa a liberar o Veo 4 no app Gemini",
        "O Google apresentou nesta terça o Veo 4, seu novo modelo de geração de vídeo, e começa a liberá-lo no app Gemini para assinantes do AI Ultra.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "ByteDance inicia a distribuição do Seedance 2.0 no CapCut",
        "A ByteDance apresentou hoje o Seedance 2.0, nova versão do seu modelo de vídeo, e inicia a distribuição no CapCut para usuários pagantes.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Veo 3 passa a estar disponível no Gemini no Brasil",
        "O Veo 3 passa a estar disponível para assinantes do Gemini no Brasil, dois meses depois da estreia do modelo nos Estados Unidos.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Sora começa a chegar ao Android em Portugal",
        "A OpenAI começou a disponibilizar a aplicação Sora para Android em Portugal, meses depois de a lançar apenas para iPhone na América do Norte.",
        "pt",
        "availability",
    ),
    (
        "MiniMax começa a abrir a API do Hailuo 02 para todos os desenvolvedores",
        "A MiniMax começou a abrir a API do Hailuo 02 em modalidade self-service para todos os desenvolvedores, após meses de acesso restrito a grandes empresas.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "OpenAI começa a liberar o Sora 2 para criadores selecionados no Brasil",
        "A OpenAI começou a liberar o Sora 2 para um grupo de criadores selecionados no Brasil, por convite; os demais continuam na lista de espera.",
        "pt",
        "waitlist",
    ),
    # both trees
    (
        "TikTok passa a rotular vídeos feitos com Veo 3 no Brasil",
        "O TikTok passa a rotular automaticamente vídeos gerados com o Veo 3 no Brasil, exibindo um selo de conteúdo feito por IA abaixo da publicação.",
        "pt",
        None,
    ),
]

A_HOST_S_INTEGRATION_OF_A_PRODUCT = [
    (
        "Freepik launches Kling 2.1 integration for Premium users",
        "Premium subscribers can pick Kling 2.1 from the video generator's model menu.",
        "en",
        "availability",
    ),
    (
        "Adobe announces Runway integration in Firefly",
        "Firefly subscribers can now generate video with Runway's Gen-4 inside the Firefly app.",
        "en",
        "availability",
    ),
    (
        "Zapier adds Runway integration",
        "Zapier users can trigger Runway video generation from their workflows.",
        "en",
        "availability",
    ),
    (
        "Freepik annonce l'intégration de Kling 2.1",
        "Les abonnés Premium peuvent choisir Kling 2.1 dans le générateur vidéo.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Runway launches integration guide for developers",
        "A new documentation page explains how to call Gen-4 from Python and JavaScript.",
        "en",
        None,
    ),
    # both trees
    (
        "Startup launches unofficial Sora integration for Slack",
        "A two-person team built a bot that posts Sora clips into Slack channels; OpenAI is not involved.",
        "en",
        None,
    ),
]

THIRD_REVIEW_PHASE_VERBS_AND_INTEGRATIONS = [
    # both trees
    (
        "Hobbyist launches unofficial Kling integration for ComfyUI",
        "An independent developer released an open-source ComfyUI node that calls Kling through scraped web sessions; Kuaishou said it does not endorse the plug-in and may block it.",
        "en",
        None,
    ),
    # both trees
    (
        "Researchers find flaw in newly launched Canva integration of Veo 3",
        "Security firm Wiz said a misconfigured OAuth scope in the Veo 3 tool Canva launched last month let attackers read private designs; Canva said it fixed the bug within 48 hours.",
        "en",
        None,
    ),
    # both trees
    (
        "Guide: Zapier added a Hailuo integration, here is how to automate your clips",
        "A step-by-step walkthrough shows how to connect Hailuo to Google Sheets through Zapier to batch-generate product videos from a spreadsheet of prompts.",
        "en",
        None,
    ),
    # both trees
    (
        "Adobe and Runway sign partnership, plan deeper integration at a later date",
        "The companies said they will explore bringing Runway models into Creative Cloud apps but gave no timeline, pricing or product details.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma unveils Ray3 with a native Adobe Firefly integration",
        "Luma AI introduced Ray3, its new video generation model with HDR output, available from today in Dream Machine and inside the Adobe Firefly app.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway launches Gen-5 and announces a Figma integration",
        "Runway released Gen-5, its newest video model, promising longer shots and more consistent characters; a Figma plug-in powered by the model ships the same day.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Canva ends its Runway integration",
        "Canva said the Runway-powered video generation app inside its editor will be switched off on March 31 as the partnership between the two companies expires.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Scammers launch fake Kling integration for WhatsApp to steal card details",
        "A bogus WhatsApp bot promising free 1080p Kling clips collected payment data from thousands of users; Kuaishou said it has no such product.",
        "en",
        None,
    ),
    # both trees
    (
        "Figma rolls out Veo 3 integration to all paid plans",
        "Figma said its Veo 3 integration is now available to Professional and Organization customers, letting designers generate short clips directly inside their files.",
        "en",
        "availability",
    ),
    (
        "Discord adds native Hailuo integration for server bots",
        "Discord said MiniMax's Hailuo video model is now built into its app directory, letting server admins enable text-to-video commands for members.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Pika adds PayPal checkout integration in 40 countries",
        "Pika now accepts PayPal for subscriptions in 40 markets, the startup said; plan prices and monthly credit allowances stay the same.",
        "en",
        None,
    ),
    # both trees
    (
        "Tutorial: building a Luma Ray2 integration with AWS Bedrock and Lambda",
        "AWS published a blog tutorial showing developers how to wire Luma Ray2 on Bedrock into a serverless pipeline that turns product photos into short videos.",
        "en",
        None,
    ),
    # both trees
    (
        "Google shelved Veo integration into YouTube Studio after internal tests, report says",
        "According to The Information, Google tested Veo 3 inside YouTube Studio with employees last year but halted the project over cost concerns.",
        "en",
        None,
    ),
    # both trees
    (
        "Ohio schools begin to roll out Sora lessons to students",
        "Several Ohio school districts started offering classes that use Sora 2 to high-school students this semester as part of a state AI literacy pilot.",
        "en",
        None,
    ),
    # both trees
    (
        "Hollywood studios begin to open their film archives to Runway",
        "Lionsgate and two other studios have started licensing film libraries to Runway so it can train custom models for them, people familiar with the deals said.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora hype begins to fade as app downloads slide",
        "App download trackers show Sora installs fell 40 percent in a month, suggesting initial enthusiasm for the video app is starting to wear off.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling starts to open doors for Chinese animators in Hollywood",
        "Several Chinese animation studios say pitch reels made with Kling have started winning meetings with US producers, a sign of growing acceptance.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway starts offering grants to indie filmmakers in Africa",
        "Runway said its new fund will give up to 20,000 dollars each to filmmakers in Nigeria, Kenya and South Africa who use its tools.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI starts turning on provenance tags for Sora downloads in Japan",
        "Videos downloaded from Sora in Japan will now carry C2PA provenance metadata and a visible tag, OpenAI said, after a request from Japanese regulators.",
        "en",
        None,
    ),
    # both trees
    (
        "Google starts to turn on stricter age checks for Veo 3 in Australia",
        "Australian users of the Gemini app will need to verify their age before generating Veo 3 videos, Google said, to comply with new online safety rules.",
        "en",
        None,
    ),
    # both trees
    (
        "MIT begins study of Veo 3 use in classrooms across India",
        "Researchers will follow 40 schools for a year to measure how students use Google's video model in history and science lessons.",
        "en",
        None,
    ),
    # both trees
    (
        "Google starts letting Gemini free users in India try Veo 3 Fast",
        "Free Gemini app users in India can now generate up to three Veo 3 Fast clips a day, Google said, extending access beyond paying AI Pro subscribers.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI begins opening Sora 2 to Android users in Thailand and Vietnam",
        "The Sora app started appearing in the Play Store in Thailand and Vietnam on Tuesday, with no invite code required, OpenAI said.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI begins opening Sora 2 to a small group of invited creators in the UK",
        "OpenAI said a limited number of UK filmmakers and artists will receive invite codes this week; general sign-ups in Britain remain closed for now.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Kuaishou starts rolling out Kling 3.0, its new flagship video model",
        "Kuaishou began releasing Kling 3.0, a new model with native audio and two-minute clips, on its website and mobile app on Monday.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Pika starts charging free users for 1080p exports",
        "Free Pika accounts must now spend credits to download clips in 1080p, the company said, while the Pro plan stays at 28 dollars a month.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Pika starts to open a creator studio in Los Angeles",
        "Pika is opening a physical space in Los Angeles where creators can shoot reference footage and attend meetups, the startup said.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma has started switching on Ray2 for AWS Bedrock customers in Europe",
        "Luma AI said Ray2 is now available through Amazon Bedrock in the Frankfurt and Ireland regions, after arriving in US regions earlier this year.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Italy's privacy watchdog begins to open an inquiry into Sora 2 in Italy",
        "The Garante said it started examining whether the Sora app's cameo feature complies with GDPR and asked OpenAI for information within 20 days.",
        "en",
        None,
    ),
    # both trees
    (
        "Brazilian reseller starts opening Kling API access to local developers",
        "Sao Paulo-based startup ApiHub said it now resells Kling API credits in reais to developers in Brazil; Kuaishou has not commented on the arrangement.",
        "en",
        None,
    ),
    (
        "Canva announces Veo 3 integration for Pro users worldwide",
        "Canva said its Create a Video Clip tool, powered by Google's Veo 3, is now rolling out to Pro, Teams and Enterprise subscribers globally.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Pika lance l'intégration de Notion pour préparer ses storyboards",
        "Les utilisateurs de Pika peuvent importer scripts et listes de plans depuis Notion ; les modèles vidéo ne changent pas, indique la start-up.",
        "fr",
        None,
    ),
    # both trees
    (
        "Un développeur indépendant lance l'intégration de Kling dans ComfyUI sans l'aval de Kuaishou",
        "Le module open source appelle Kling via des sessions web détournées ; Kuaishou rappelle n'avoir publié aucun connecteur officiel et menace de le bloquer.",
        "fr",
        None,
    ),
    # both trees
    (
        "Quelques jours après avoir lancé l'intégration de Veo 3, Canva corrige une faille de sécurité",
        "Des chercheurs ont découvert qu'une mauvaise configuration OAuth exposait des designs privés ; Canva affirme avoir corrigé le problème en 48 heures.",
        "fr",
        None,
    ),
    # both trees
    (
        "Tutoriel : comment utiliser l'intégration de Hailuo annoncée par Zapier",
        "Ce guide pas à pas explique comment relier Hailuo à Google Sheets via Zapier pour générer en série des vidéos produits à partir d'un tableau de prompts.",
        "fr",
        None,
    ),
    # both trees
    (
        "Adobe et Luma signent un partenariat et envisagent l'intégration de Ray2 dans Premiere Pro",
        "Les deux sociétés prévoient d'étudier une intégration à une date non précisée ; aucun calendrier, aucun prix ni produit n'ont été annoncés.",
        "fr",
        None,
    ),
    # both trees
    (
        "Luma dévoile Ray3 et annonce l'intégration du modèle dans Adobe Firefly",
        "Luma AI présente Ray3, son nouveau modèle vidéo en HDR, disponible dès aujourd'hui dans Dream Machine et dans l'application Firefly d'Adobe.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway lance Gen-5 et annonce l'intégration de Figma",
        "Runway publie Gen-5, son modèle de génération vidéo le plus récent, avec des plans plus longs ; un module pour Figma basé sur ce modèle sort le même jour.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Canva met fin à l'intégration de Runway dans son éditeur",
        "Canva indique que l'outil de génération vidéo propulsé par Runway sera désactivé le 31 mars, à l'expiration du partenariat entre les deux entreprises.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Arnaque : une fausse appli lance l'intégration de Sora 2 dans WhatsApp",
        "Un faux bot WhatsApp promettant des vidéos Sora gratuites a récolté les données bancaires de milliers d'utilisateurs ; OpenAI dément tout lien avec ce service.",
        "fr",
        None,
    ),
    (
        "Canva annonce l'intégration de Veo 3 pour tous ses abonnés Pro",
        "L'outil Créer un clip vidéo, propulsé par Veo 3 de Google, est désormais accessible aux abonnés Pro, Équipes et Entreprise de Canva dans le monde entier.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Snapchat lance l'intégration de Veo 3 dans ses Lenses",
        "Les utilisateurs de Snapchat peuvent désormais générer de courtes vidéos avec Veo 3 depuis une nouvelle Lens, annonce Snap, en partenariat avec Google.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Runway annonce l'intégration d'ElevenLabs pour les voix off",
        "Les utilisateurs de Runway peuvent ajouter des voix off ElevenLabs à leurs clips sans quitter l'éditeur, grâce à un partenariat avec la start-up spécialisée dans l'audio.",
        "fr",
        None,
    ),
    # both trees
    (
        "Tutoriel : réussir l'intégration de Luma Ray2 via AWS Bedrock",
        "AWS publie un guide montrant aux développeurs comment brancher Ray2 sur une chaîne serverless qui transforme des photos produits en courtes vidéos.",
        "fr",
        None,
    ),
    # both trees
    (
        "Les studios d'animation commencent à ouvrir les yeux sur Kling",
        "Longtemps sceptiques, plusieurs studios français reconnaissent que les clips générés par Kling gagnent en qualité et testent l'outil pour leurs animatiques.",
        "fr",
        None,
    ),
    # both trees
    (
        "TF1 commence à diffuser en France un téléfilm réalisé avec Sora",
        "La chaîne programme samedi soir une fiction de 90 minutes dont plusieurs scènes ont été générées avec Sora 2 par une société de production parisienne.",
        "fr",
        None,
    ),
    # both trees
    (
        "L'engouement pour Sora commence à retomber",
        "Les téléchargements de l'application Sora ont reculé de 40 % en un mois selon Appfigures, signe que la curiosité initiale s'essouffle.",
        "fr",
        None,
    ),
    # both trees
    (
        "OpenAI commence à activer le marquage C2PA des vidéos Sora en Europe",
        "Les vidéos téléchargées depuis Sora dans l'Union européenne porteront désormais des métadonnées de provenance, afin de se conformer à l'AI Act.",
        "fr",
        None,
    ),
    (
        "Google commence à ouvrir Veo 3 Fast aux utilisateurs gratuits de Gemini en Inde",
        "Les utilisateurs gratuits de l'application Gemini en Inde peuvent désormais générer jusqu'à trois clips Veo 3 Fast par jour, annonce Google.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "OpenAI se met à proposer Sora 2 sur Android au Japon et en Corée du Sud",
        "L'application Sora apparaît depuis mardi sur le Play Store japonais et sud-coréen, sans code d'invitation, a confirmé OpenAI.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "OpenAI commence à ouvrir Sora 2 à quelques créateurs invités en France",
        "Seuls quelques centaines de réalisateurs et artistes français recevront un code d'invitation cette semaine ; les inscriptions générales restent fermées en France.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Kuaishou entame le déploiement de Kling 3.0, son nouveau modèle phare",
        "Kuaishou a commencé lundi à publier Kling 3.0, un nouveau modèle avec audio natif et des clips de deux minutes, sur son site et son application.",
        "fr",
        "launch",
    ),
    (
        "Runway commence à retirer Gen-3 Alpha de son application",
        "Runway a commencé à supprimer progressivement Gen-3 Alpha ; le modèle aura disparu de l'application web pour tous les forfaits d'ici la fin du mois.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Pika commence à facturer les exports 1080p aux comptes gratuits",
        "Les comptes gratuits de Pika devront désormais dépenser des crédits pour télécharger en 1080p, tandis que le forfait Pro reste à 28 dollars par mois.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "La CNIL commence à ouvrir une enquête sur Sora 2 en France",
        "Le régulateur veut vérifier la conformité de la fonction cameo de l'application Sora au RGPD et a adressé un questionnaire à OpenAI.",
        "fr",
        None,
    ),
    # both trees
    (
        "Un revendeur commence à ouvrir l'API de Kling aux développeurs en Afrique francophone",
        "La start-up dakaroise ApiHub revend des crédits de l'API Kling en francs CFA ; Kuaishou n'a pas commenté cet accord.",
        "fr",
        None,
    ),
    # both trees
    (
        "Microsoft démarre le déploiement de Sora 2 dans Copilot pour les utilisateurs européens",
        "Microsoft intègre le modèle vidéo d'OpenAI dans Bing Video Creator et l'application Copilot, désormais accessibles aux utilisateurs de l'Union européenne.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Le festival d'Annecy commence à ouvrir une section aux films réalisés avec Runway",
        "Le festival crée une catégorie dédiée aux courts métrages d'animation produits avec des outils d'IA générative, dont Runway Gen-4.",
        "fr",
        None,
    ),
    # both trees
    (
        "Adobe se met à intégrer Firefly Video dans Premiere Pro pour tous les abonnés en France",
        "La fonction Generative Extend, propulsée par le modèle Firefly Video, est désormais accessible dans Premiere Pro à tous les abonnés français.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Pika commence à ouvrir un studio à Paris pour les créateurs",
        "La start-up ouvre un espace physique dans le Marais où les créateurs pourront tourner des images de référence et participer à des rencontres.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kling commence à se faire une place chez les publicitaires français",
        "Plusieurs agences parisiennes utilisent désormais Kling pour leurs maquettes de spots, selon une enquête de Stratégies auprès de 30 agences.",
        "fr",
        None,
    ),
    # both trees
    (
        "Luma commence à publier chaque mois un rapport de transparence",
        "Luma AI détaillera désormais chaque mois le nombre de contenus signalés et de comptes suspendus sur Dream Machine, une première dans le secteur.",
        "fr",
        None,
    ),
    # both trees
    (
        "Der Hype um Sora beginnt zu bröckeln",
        "Die Downloadzahlen der Sora-App sind laut Sensor Tower den zweiten Monat in Folge gesunken; Analysten sprechen von nachlassender Neugier der Nutzer.",
        "de",
        None,
    ),
    # both trees
    (
        "Forscher finden Sicherheitslücke in Canvas Veo-3-Anbindung",
        "Canva startete die Integration von Veo 3 erst vergangene Woche; eine fehlerhafte OAuth-Konfiguration machte private Designs lesbar, inzwischen ist die Lücke geschlossen.",
        "de",
        None,
    ),
    # both trees
    (
        "Luma stellt Ray3 vor und startet die Integration mit Adobe Firefly",
        "Luma AI präsentiert Ray3, sein neues Videomodell mit HDR-Ausgabe, das ab heute in Dream Machine und in der Firefly-App von Adobe verfügbar ist.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Canva startet die Integration von Veo 3 für alle Pro-Nutzer",
        "Das Werkzeug zum Erstellen von Videoclips auf Basis von Googles Veo 3 steht ab sofort allen Pro-, Teams- und Enterprise-Abonnenten von Canva weltweit zur Verfügung.",
        "de",
        "availability",
    ),
    (
        "Google beginnt, Veo 3 Fast in Deutschland für Gemini-Gratisnutzer freizuschalten",
        "Nutzer der kostenlosen Gemini-App in Deutschland können nun bis zu drei Clips pro Tag mit Veo 3 Fast erzeugen, teilte Google mit.",
        "de",
        "availability",
    ),
    # both trees
    (
        "OpenAI beginnt, Sora 2 in Deutschland für ausgewählte Kreative freizuschalten",
        "Zunächst erhalten nur einige hundert eingeladene Filmemacher und Künstler Zugang; eine allgemeine Registrierung ist in Deutschland weiterhin nicht möglich.",
        "de",
        "waitlist",
    ),
    (
        "Kuaishou beginnt mit der Einführung von Kling 3.0",
        "Kuaishou hat am Montag begonnen, Kling 3.0 zu veröffentlichen, ein neues Modell mit nativem Ton und zweiminütigen Clips, auf Website und App.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Runway beginnt, Gen-3 Alpha abzuschalten",
        "Runway nimmt Gen-3 Alpha schrittweise vom Netz; bis Monatsende soll das Modell für alle Tarife aus der Web-App verschwunden sein.",
        "de",
        "shutdown",
    ),
    # both trees
    (
        "Hochschulen beginnen mit der Einführung von Sora-Seminaren in Bayern",
        "Mehrere bayerische Universitäten bieten ab dem Wintersemester Seminare an, in denen Studierende mit Sora 2 Kurzfilme erstellen, finanziert vom Freistaat.",
        "de",
        None,
    ),
    # both trees
    (
        "Kultusminister beginnen, Kennzeichnungspflicht für KI-Videos an Schulen durchzusetzen",
        "Schulen in mehreren Ländern müssen mit Veo oder Sora erstellte Videos künftig deutlich markieren, beschloss die Kultusministerkonferenz.",
        "de",
        None,
    ),
    # both trees
    (
        "YouTube beginnt, in der EU Herkunftsnachweise für Veo-Clips auszurollen",
        "Mit Veo 3 erzeugte Shorts tragen in der Europäischen Union nun einen sichtbaren Hinweis und C2PA-Metadaten, um den Vorgaben des AI Act zu entsprechen.",
        "de",
        None,
    ),
    # both trees
    (
        "Filmförderung beginnt mit der Einführung eines KI-Fonds für Runway-Projekte in NRW",
        "Die Film- und Medienstiftung NRW vergibt bis zu 20.000 Euro pro Kurzfilm, der mit Runway oder anderen KI-Werkzeugen entsteht.",
        "de",
        None,
    ),
    # both trees
    (
        "Microsoft beginnt mit der Bereitstellung von Sora 2 in Copilot für Nutzer in Deutschland",
        "Der Bing Video Creator mit OpenAIs Videomodell ist nun auch in der Copilot-App für deutsche Nutzer zugänglich, teilte Microsoft mit.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora empieza a abrirse paso en las agencias de publicidad españolas",
        "Una encuesta de la asociación de agencias revela que un tercio de los creativos ya usa Sora 2 para bocetos de anuncios, frente al 5 % hace un año.",
        "es",
        None,
    ),
    # both trees
    (
        "Guía: cómo aprovechar la integración de Hailuo que anunció Zapier",
        "Este tutorial paso a paso explica cómo conectar Hailuo con Google Sheets mediante Zapier para generar vídeos de producto en lote a partir de una hoja de prompts.",
        "es",
        None,
    ),
    # both trees
    (
        "Luma presenta Ray3 y anuncia la integración con Adobe Firefly",
        "Luma AI estrena Ray3, su nuevo modelo de vídeo con salida HDR, disponible desde hoy en Dream Machine y dentro de la app Firefly de Adobe.",
        "es",
        "launch",
    ),
    (
        "Canva anuncia la integración de Veo 3 para todos sus usuarios Pro",
        "La herramienta de creación de clips de Canva, basada en Veo 3 de Google, ya está disponible para los suscriptores Pro, Equipos y Empresas en todo el mundo.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Google empieza a habilitar Veo 3 Fast para usuarios gratuitos de Gemini en México",
        "Los usuarios de la app gratuita de Gemini en México ya pueden generar hasta tres clips diarios con Veo 3 Fast, informó Google.",
        "es",
        "availability",
    ),
    (
        "Kuaishou inicia el despliegue de Kling 3.0, su nuevo modelo",
        "Kuaishou comenzó el lunes a publicar Kling 3.0, un modelo nuevo con audio nativo y clips de dos minutos, en su web y su aplicación.",
        "es",
        "launch",
    ),
    (
        "Runway empieza a retirar Gen-3 Alpha de su aplicación",
        "Runway está eliminando de forma progresiva Gen-3 Alpha; el modelo desaparecerá de la aplicación web para todos los planes antes de fin de mes.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Universidades españolas empiezan a llevar Sora a sus aulas en Madrid",
        "Tres universidades madrileñas incorporan Sora 2 a asignaturas de comunicación audiovisual este curso gracias a licencias educativas compradas por la Comunidad.",
        "es",
        None,
    ),
    # both trees
    (
        "El Gobierno empieza a desplegar un fondo de ayudas para cortos hechos con Veo",
        "El Ministerio de Cultura repartirá hasta 15.000 euros por proyecto a cortometrajes realizados con herramientas de IA generativa como Veo 3.",
        "es",
        None,
    ),
    # both trees
    (
        "OpenAI empieza a activar sellos de procedencia en los vídeos de Sora en la UE",
        "Los vídeos descargados de Sora en la Unión Europea llevarán metadatos C2PA y una marca visible para cumplir con la ley europea de IA.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway anuncia la integración de ElevenLabs para locuciones",
        "Los usuarios de Runway podrán añadir voces de ElevenLabs a sus clips sin salir del editor, gracias a una alianza con la startup de audio.",
        "es",
        None,
    ),
    # both trees
    (
        "Canva pone fin a la integración de Runway en su editor",
        "Canva desactivará el 31 de marzo la herramienta de generación de vídeo impulsada por Runway, al expirar el acuerdo entre ambas empresas.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Pika empieza a cobrar por las exportaciones en 1080p a las cuentas gratuitas",
        "Las cuentas gratuitas deberán gastar créditos para descargar en 1080p, mientras que el plan Pro se mantiene en 28 dólares al mes.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Microsoft arranca el despliegue de Sora 2 en Copilot para usuarios de América Latina",
        "Bing Video Creator, con el modelo de vídeo de OpenAI, ya está disponible en la app Copilot en México, Colombia, Chile y Argentina.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Kling comincia a portare frutti a Kuaishou",
        "Nella trimestrale Kuaishou ha indicato che Kling ha generato ricavi per 250 milioni di yuan, superando le attese degli analisti.",
        "it",
        None,
    ),
    # both trees
    (
        "Luma presenta Ray3 e annuncia l'integrazione con Adobe Firefly",
        "Luma AI svela Ray3, il suo nuovo modello video con output HDR, disponibile da oggi su Dream Machine e nell'app Firefly di Adobe.",
        "it",
        "launch",
    ),
    (
        "Canva annuncia l'integrazione di Veo 3 per tutti gli abbonati Pro",
        "Lo strumento di Canva per creare clip video, basato su Veo 3 di Google, è ora disponibile per gli abbonati Pro, Teams ed Enterprise in tutto il mondo.",
        "it",
        "availability",
    ),
    (
        "Google inizia a portare Veo 3 Fast agli utenti gratuiti di Gemini in Italia",
        "Gli utenti dell'app Gemini gratuita in Italia possono ora generare fino a tre clip al giorno con Veo 3 Fast, ha comunicato Google.",
        "it",
        "availability",
    ),
    # both trees
    (
        "OpenAI comincia ad aprire Sora 2 a pochi creator invitati in Italia",
        "Solo alcune centinaia di registi e artisti italiani riceveranno un codice d'invito questa settimana; le iscrizioni generali restano chiuse.",
        "it",
        "waitlist",
    ),
    (
        "Kuaishou avvia la distribuzione di Kling 3.0, il nuovo modello di punta",
        "Kuaishou ha iniziato lunedì a rilasciare Kling 3.0, un nuovo modello con audio nativo e clip di due minuti, sul sito e nell'app.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Le scuole di cinema iniziano a portare Sora nelle aule in Lombardia",
        "Tre istituti lombardi usano Sora 2 nei corsi di regia da questo semestre grazie a licenze educative finanziate dalla Regione.",
        "it",
        None,
    ),
    # both trees
    (
        "Il Garante inizia ad aprire un'istruttoria su Sora 2 in Italia",
        "L'autorità per la privacy vuole verificare se la funzione cameo dell'app Sora rispetta il GDPR e ha chiesto informazioni a OpenAI entro 20 giorni.",
        "it",
        None,
    ),
    # both trees
    (
        "La Rai comincia a trasmettere spot realizzati con Veo 3",
        "La tv pubblica manda in onda da domenica una campagna istituzionale le cui immagini sono state generate con il modello video di Google.",
        "it",
        None,
    ),
    # both trees
    (
        "OpenAI inizia ad attivare i metadati di provenienza sui video Sora in Europa",
        "I video scaricati da Sora nell'Unione europea avranno metadati C2PA e un contrassegno visibile per rispettare l'AI Act.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway lancia l'integrazione con ElevenLabs per le voci fuori campo",
        "Gli utenti di Runway possono aggiungere voci ElevenLabs alle clip senza lasciare l'editor, grazie a una partnership con la startup dell'audio.",
        "it",
        None,
    ),
    # both trees
    (
        "Pika inizia a far pagare gli export in 1080p agli utenti gratuiti",
        "Gli account gratuiti dovranno spendere crediti per scaricare in 1080p, mentre il piano Pro resta a 28 dollari al mese.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "La Regione Lazio avvia la distribuzione di voucher per corsi su Runway",
        "La Regione finanzia con 500 euro a testa la formazione di giovani videomaker sugli strumenti di IA generativa come Runway Gen-4.",
        "it",
        None,
    ),
    (
        "Microsoft avvia il rilascio di Sora 2 in Copilot per gli utenti italiani",
        "Bing Video Creator, basato sul modello video di OpenAI, è ora disponibile anche nell'app Copilot per gli utenti in Italia.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Kling passa a liderar ranking de geradores de vídeo",
        "O modelo da Kuaishou ultrapassou o Veo 3 no placar independente Artificial Analysis, segundo votação cega de usuários divulgada nesta semana.",
        "pt",
        None,
    ),
    # both trees
    (
        "Desenvolvedor independente lança integração não oficial do Kling com o ComfyUI",
        "O plug-in de código aberto acessa o Kling por sessões web interceptadas; a Kuaishou diz que não apoia o projeto e pode bloqueá-lo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Tutorial: como usar a integração do Hailuo anunciada pelo Zapier",
        "O passo a passo mostra como conectar o Hailuo ao Google Sheets via Zapier para gerar vídeos de produtos em lote a partir de uma planilha de prompts.",
        "pt",
        None,
    ),
    # both trees
    (
        "Luma apresenta o Ray3 e anuncia a integração com o Adobe Firefly",
        "A Luma AI lançou o Ray3, seu novo modelo de vídeo com saída HDR, disponível a partir de hoje no Dream Machine e no app Firefly da Adobe.",
        "pt",
        "launch",
    ),
    (
        "Canva anuncia a integração do Veo 3 para todos os assinantes Pro",
        "A ferramenta de criação de clipes do Canva, baseada no Veo 3 do Google, já está disponível para assinantes Pro, Equipes e Empresas em todo o mundo.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Google começa a liberar o Veo 3 Fast para usuários gratuitos do Gemini no Brasil",
        "Usuários do app gratuito do Gemini no Brasil já podem gerar até três clipes por dia com o Veo 3 Fast, informou o Google.",
        "pt",
        "availability",
    ),
    (
        "Kuaishou inicia a distribuição do Kling 3.0, seu novo modelo",
        "A Kuaishou começou na segunda-feira a liberar o Kling 3.0, modelo novo com áudio nativo e clipes de dois minutos, no site e no aplicativo.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Runway começa a desativar o modelo Gen-3 Alpha",
        "A Runway está retirando o Gen-3 Alpha aos poucos; até o fim do mês o modelo sairá do aplicativo web para todos os planos.",
        "pt",
        "shutdown",
    ),
    # both trees
    (
        "Escolas de São Paulo passam a levar o Sora para a sala de aula",
        "Colégios particulares paulistanos incorporaram o Sora 2 às aulas de audiovisual neste semestre, com licenças educacionais pagas pelas próprias escolas.",
        "pt",
        None,
    ),
    # both trees
    (
        "ANPD começa a abrir investigação sobre o Sora 2 no Brasil",
        "A autoridade de proteção de dados quer saber se o recurso cameo do app Sora respeita a LGPD e enviou questionário à OpenAI.",
        "pt",
        None,
    ),
    # both trees
    (
        "OpenAI passa a ativar selos de procedência nos vídeos do Sora no Brasil",
        "Vídeos baixados do Sora no país passam a trazer metadados C2PA e uma marca visível, após pedido do Tribunal Superior Eleitoral.",
        "pt",
        None,
    ),
    # both trees
    (
        "Runway anuncia integração com a ElevenLabs para narrações",
        "Usuários da Runway poderão adicionar vozes da ElevenLabs aos clipes sem sair do editor, graças a uma parceria com a startup de áudio.",
        "pt",
        None,
    ),
    # both trees
    (
        "Pika passa a cobrar pelas exportações em 1080p das contas gratuitas",
        "Contas gratuitas precisarão gastar créditos para baixar vídeos em 1080p, enquanto o plano Pro continua custando 28 dólares por mês.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Canva encerra a integração do Runway em seu editor",
        "O Canva vai desativar em 31 de março a ferramenta de geração de vídeo baseada no Runway, com o fim da parceria entre as empresas.",
        "pt",
        "shutdown",
    ),
    # both trees
    (
        "Microsoft dá início à distribuição do Sora 2 no Copilot para usuários em Portugal",
        "O Bing Video Creator, com o modelo de vídeo da OpenAI, já está disponível no app Copilot para usuários portugueses.",
        "pt",
        "availability",
    ),
]

AN_EXPANSION_KEEPS_AN_ARRIVAL_AN_ARRIVAL = [
    (
        "Veo 3 rolls out to Gemini users in 70 more countries",
        "Google is widening access to its latest video model to Gemini Pro subscribers across Europe and Asia.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 expands to seven more countries",
        "OpenAI's latest video model is now available in Thailand, Vietnam and Taiwan, among others.",
        "en",
        "availability",
    ),
    (
        "Veo 3 arrives in 70 more countries",
        "Google's newest video model is reaching Gemini Pro subscribers in Europe and Asia.",
        "en",
        "availability",
    ),
    (
        "Kling 2.1 now available in more regions",
        "Kuaishou's latest model can now be used in Europe and Latin America.",
        "en",
        "availability",
    ),
    (
        "Veo 3 arrive dans 70 pays supplémentaires",
        "Le dernier modèle vidéo de Google est désormais accessible aux abonnés Gemini Pro en Europe et en Asie.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora 2 s'étend à sept nouveaux pays",
        "Le dernier modèle vidéo d'OpenAI est désormais disponible en Thaïlande, au Vietnam et à Taïwan.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 llega a 70 países más",
        "El último modelo de vídeo de Google ya está disponible para los suscriptores de Gemini Pro en Europa y Asia.",
        "es",
        "availability",
    ),
    (
        "Veo 3 arriva in altri 70 paesi",
        "L'ultimo modello video di Google è ora disponibile per gli abbonati Gemini Pro in Europa e in Asia.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Veo 3 chega a mais 70 países",
        "O mais recente modelo de vídeo do Google já está disponível para assinantes do Gemini Pro na Europa e na Ásia.",
        "pt",
        "availability",
    ),
    (
        "Veo 3 startet in 70 weiteren Ländern",
        "Googles neuestes Videomodell ist jetzt für Gemini-Pro-Abonnenten in Europa und Asien verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Google launches Veo 4 in 70 countries",
        "The new model, unveiled today, is available to Gemini Pro subscribers across Europe and Asia.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google releases Veo 4 in the US, more countries to follow",
        "The new video model is available today in the Gemini app; Europe and Asia will get it later this year.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway launches Gen-5 on web and iOS, with more regions coming soon",
        "The company's new model is available to paid subscribers in the US from today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google lance Veo 4 aux États-Unis, d'autres pays suivront",
        "Le nouveau modèle vidéo est disponible dès aujourd'hui dans l'application Gemini ; l'Europe attendra.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "OpenAI rolls out Sora 3 to ChatGPT Pro users; more countries later",
        "The new video model arrives today for Pro subscribers in the US and Canada.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kuaishou startet Kling 3.0 in China, weitere Länder sollen folgen",
        "Das neue Videomodell ist ab heute in der App verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Google lanza Veo 4 en EE. UU.; más países llegarán después",
        "El nuevo modelo de vídeo ya está disponible en la app de Gemini.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Google lancia Veo 4 negli Stati Uniti, altri paesi in arrivo",
        "Il nuovo modello video è disponibile da oggi nell'app Gemini.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Google lança Veo 4 nos EUA; mais países depois",
        "O novo modelo de vídeo já está disponível no app Gemini.",
        "pt",
        "launch",
    ),
]

FOURTH_REVIEW_EXPANSIONS = [
    # both trees
    (
        "Google launches Veo 4 in 70 more countries than Veo 3 reached at debut",
        "Google unveiled Veo 4 on Tuesday, its newest video model, with native 4K output and longer clips; the debut covers 70 more countries than Veo 3's initial rollout.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway rolls out Gen-5 in more regions than ever before",
        "Runway on Monday introduced Gen-5, its latest video generation model, promising better motion consistency; the company said the debut spans more regions than any previous release.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI unveils Sora 3, available from day one across 40 more markets than Sora 2",
        "OpenAI announced Sora 3 on Wednesday, the newest version of its video model, adding synchronized dialogue and longer scenes; it goes live immediately for Plus and Pro subscribers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kuaishou debuts Kling 3.0 in 12 new markets at once",
        "Kuaishou unveiled Kling 3.0, its newest video model, on Thursday, releasing it simultaneously in China and 12 new international markets rather than staging the rollout.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google launches Veo 4 in 20 more languages than its predecessor",
        "Google introduced Veo 4, a new video generation model with native audio, supporting prompts and dialogue in 20 more languages than Veo 3 did.",
        "en",
        "launch",
    ),
    (
        "Sora 2 arrives in 70 more countries",
        "OpenAI's latest video model, released in the US and Canada in September, is now available through the Sora app in 70 additional countries across Asia, Latin America and Africa.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google brings Veo 3 to Gemini users in 12 new markets",
        "The newest video model from Google DeepMind, which launched in May, now reaches Gemini Pro subscribers in 12 new markets including Brazil and Indonesia.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Hailuo 02 expands across more regions",
        "MiniMax said its latest video model, Hailuo 02, is now accessible to users in more regions, including the Middle East and Southeast Asia, after its June debut.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 opens invite waitlist in 30 more countries",
        "OpenAI is letting users in 30 more countries join the waitlist for its latest video model; invitations will be sent in batches over the coming weeks.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Google expands Veo 4 waitlist to 12 new markets",
        "Users in 12 new markets can now sign up for early access to Veo 4, Google's newest video model, which remains in a limited preview.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI postpones Sora 2 launch in more countries",
        "OpenAI said its latest video model will not launch in the EU, UK and Switzerland as planned, citing regulatory review; no new date was given.",
        "en",
        "delay",
    ),
    # both trees
    (
        "OpenAI shuts down original Sora in 30 more countries",
        "OpenAI is retiring the first-generation Sora in 30 more countries, directing users to its latest model Sora 2; the old web app closes on June 30.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Google cuts Veo 3 prices in 20 more markets",
        "Google lowered per-second pricing for Veo 3, its latest video model, in 20 more markets, with the Fast tier now costing 40 percent less.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway raises Gen-4 subscription prices in 30 more countries",
        "Runway is increasing monthly plan prices for its newest model in 30 more countries from next month, the company told subscribers in an email.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Regulators in 12 more countries open probes into Sora 2",
        "Data-protection authorities in 12 more countries have opened investigations into OpenAI's latest video model over deepfake and likeness concerns.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 tops app store charts in 12 more markets",
        "OpenAI's newest video app climbed to first place in the free charts of 12 more markets this week, according to data from Appfigures.",
        "en",
        None,
    ),
    # both trees
    (
        "Google launches Veo 4, says it will reach 70 more countries next month",
        "Google unveiled Veo 4 on Tuesday, its newest video model, initially for US Gemini Ultra subscribers; the company said 70 more countries will follow in March.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 will arrive in 12 more countries in March, OpenAI says",
        "OpenAI said its latest video model, available since September in North America, will expand to 12 more countries including Japan and South Korea in March.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google lance Veo 4 dans davantage de pays que Veo 3",
        "Google a dévoilé mardi Veo 4, son tout nouveau modèle de génération vidéo, disponible dès son lancement dans davantage de pays que son prédécesseur Veo 3.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway dévoile Gen-5 et l'ouvre dans 40 pays supplémentaires",
        "Runway a présenté lundi Gen-5, son dernier modèle vidéo, qui améliore la cohérence des mouvements ; l'entreprise l'ouvre d'emblée dans 40 pays de plus que Gen-4 à sa sortie.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "OpenAI présente Sora 3, accessible dans de nouveaux pays dès sa sortie",
        "OpenAI a annoncé mercredi Sora 3, la nouvelle version de son modèle vidéo, avec dialogues synchronisés ; le modèle est accessible dès sa sortie dans de nouveaux pays d'Asie.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lance Kling 3.0 simultanément dans 12 nouveaux pays",
        "Kuaishou a dévoilé jeudi Kling 3.0, son nouveau modèle vidéo, publié le même jour en Chine et dans 12 nouveaux pays au lieu d'un déploiement progressif.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Luma AI lance Ray3 et étend son application à 20 pays supplémentaires",
        "Luma AI a présenté Ray3, son tout nouveau modèle vidéo capable de générer en HDR, et rend en parallèle son application Dream Machine accessible dans 20 pays supplémentaires.",
        "fr",
        "launch",
    ),
    (
        "Sora 2 débarque dans 70 pays supplémentaires",
        "Le dernier modèle vidéo d'OpenAI, lancé en septembre aux États-Unis et au Canada, est désormais accessible via l'application Sora dans 70 pays supplémentaires.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 arrive dans de nouveaux pays via l'application Gemini",
        "Le plus récent modèle vidéo de Google, lancé en mai, est désormais proposé aux abonnés Gemini Pro dans de nouveaux pays, dont le Brésil et l'Indonésie.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora 2 disponible en 30 nouveaux pays",
        "L'application du dernier modèle vidéo d'OpenAI, sortie en septembre, est désormais téléchargeable en 30 nouveaux pays, dont le Japon et la Corée du Sud.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 s'étend à 12 autres pays",
        "Google ouvre son dernier modèle de génération vidéo, Veo 3, aux utilisateurs de 12 autres pays, quelques mois après ses débuts aux États-Unis.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Hailuo 02 gagne une quarantaine de nouveaux pays",
        "MiniMax annonce que son dernier modèle vidéo, Hailuo 02, est désormais accessible dans une quarantaine de nouveaux pays d'Europe et d'Amérique latine.",
        "fr",
        "availability",
    ),
    (
        "Kling 2.5 arrive dans 15 pays de plus",
        "Le dernier modèle de Kuaishou, Kling 2.5 Turbo, sorti en Chine le mois dernier, est désormais disponible dans 15 pays de plus, a indiqué l'entreprise.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora 2 : la liste d'attente s'ouvre dans 30 pays supplémentaires",
        "Les internautes de 30 pays supplémentaires peuvent désormais s'inscrire sur la liste d'attente du dernier modèle vidéo d'OpenAI ; les invitations seront envoyées par vagues.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Google ouvre la liste d'attente de Veo 4 à de nouveaux pays",
        "Veo 4, le tout nouveau modèle vidéo de Google encore en préversion limitée, accepte désormais les inscriptions sur liste d'attente dans de nouveaux pays.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI repousse le lancement de Sora 2 dans de nouveaux pays européens",
        "OpenAI a indiqué que son dernier modèle vidéo ne sera pas lancé comme prévu en France, en Allemagne et en Italie, invoquant un examen réglementaire ; aucune nouvelle date.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Meta reporte Movie Gen dans 12 marchés supplémentaires",
        "Meta a suspendu le déploiement de son dernier modèle vidéo dans 12 marchés supplémentaires, dont une grande partie de l'Europe, dans l'attente de l'avis des régulateurs.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Google baisse le prix de Veo 3 dans 20 pays supplémentaires",
        "Google réduit le tarif à la seconde de Veo 3, son dernier modèle vidéo, dans 20 pays supplémentaires ; l'offre Fast coûte désormais 40 % de moins.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Google lance Veo 4 et promet de l'étendre à 70 pays supplémentaires le mois prochain",
        "Google a dévoilé mardi Veo 4, son nouveau modèle vidéo, d'abord réservé aux abonnés américains de Gemini Ultra ; 70 pays supplémentaires suivront en mars.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Sora 2 arrivera dans 12 pays supplémentaires en mars",
        "OpenAI a annoncé que son dernier modèle vidéo, disponible depuis septembre en Amérique du Nord, sera étendu en mars à 12 pays supplémentaires, dont le Japon.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kuaishou enthüllt Kling 3.0 – Start gleich in 20 weiteren Märkten",
        "Kuaishou hat am Donnerstag Kling 3.0 vorgestellt, sein neuestes Videomodell, und bringt es zum Start neben China gleich in 20 weitere Märkte statt schrittweise.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Runway veröffentlicht Gen-5 und expandiert in weitere Länder",
        "Runway hat am Montag Gen-5 vorgestellt, sein neuestes KI-Videomodell mit verbesserter Bewegungskonsistenz; zugleich ist die Plattform nun in weiteren Ländern verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "OpenAI stellt Sora 3 vor – verfügbar in zusätzlichen Märkten",
        "OpenAI hat am Mittwoch Sora 3 präsentiert, die neue Version seines Videomodells mit synchronen Dialogen; zum Start ist es in mehr Märkten verfügbar als Sora 2.",
        "de",
        "launch",
    ),
    (
        "Sora 2 startet in 70 weiteren Ländern",
        "Das neueste Videomodell von OpenAI, im September in den USA und Kanada erschienen, ist ab sofort über die Sora-App in 70 weiteren Ländern verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Hailuo 02 jetzt auch in einem Dutzend neuer Länder",
        "MiniMax teilte mit, dass sein neuestes Videomodell Hailuo 02, im Juni in China gestartet, nun in einem Dutzend neuer Länder in Europa und Lateinamerika nutzbar ist.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Veo 4: Warteliste öffnet in 12 weiteren Ländern",
        "Nutzer in 12 weiteren Ländern können sich nun für den frühen Zugang zu Veo 4, Googles neuestem Videomodell, auf die Warteliste setzen lassen; der Zugang bleibt begrenzt.",
        "de",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI verschiebt Sora-2-Start in weiteren Ländern",
        "OpenAI hat mitgeteilt, dass sein neuestes Videomodell in Deutschland, Österreich und der Schweiz vorerst nicht wie geplant startet; einen neuen Termin nannte das Unternehmen nicht.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Runway erhöht Gen-4-Preise in 30 weiteren Ländern",
        "Runway hebt die Monatspreise für Abos mit seinem neuesten Modell Gen-4 ab nächstem Monat in 30 weiteren Ländern an, wie das Unternehmen Kunden per E-Mail mitteilte.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Runway stellt Gen-3 Alpha in weiteren Märkten ein",
        "Runway beendet diesen Monat den Betrieb von Gen-3 Alpha in zusätzlichen Märkten und empfiehlt Nutzern den Wechsel zu seinem neuesten Modell Gen-4.",
        "de",
        "shutdown",
    ),
    # both trees
    (
        "OpenAI lanza Sora 3 en más países que su predecesor",
        "OpenAI presentó el miércoles Sora 3, la nueva versión de su modelo de vídeo con diálogos sincronizados, disponible desde el primer día en más países que Sora 2.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Google presenta Veo 4 y lo lleva a 40 países más que Veo 3 desde el primer día",
        "Google presentó el martes Veo 4, su modelo de vídeo más reciente, con audio nativo y clips más largos; el estreno abarca 40 países más que el de Veo 3.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Sora 2 llega a 70 países más",
        "El modelo de vídeo más reciente de OpenAI, lanzado en septiembre en Estados Unidos y Canadá, ya está disponible en la aplicación Sora en 70 países más.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3 se expande a otros 12 países",
        "El último modelo de vídeo de Google, lanzado en mayo, ya está disponible para los suscriptores de Gemini Pro en otros 12 países, entre ellos México y Colombia.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Sora 2 abre su lista de espera en más países",
        "Los usuarios de más países ya pueden apuntarse a la lista de espera del último modelo de vídeo de OpenAI; las invitaciones se enviarán de forma escalonada.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "Meta aplaza Movie Gen en 12 mercados más",
        "Meta ha suspendido el despliegue de su modelo de vídeo más reciente en 12 mercados más, incluida buena parte de Europa, a la espera de revisiones regulatorias.",
        "es",
        "delay",
    ),
    # both trees
    (
        "Google rebaja el precio de Veo 3 en 20 países más",
        "Google redujo la tarifa por segundo de Veo 3, su último modelo de vídeo, en 20 países más; el plan Fast cuesta ahora un 40 % menos.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "OpenAI cierra el Sora original en 30 países más",
        "OpenAI retira el Sora de primera generación en 30 países más y pide a los usuarios pasar a su último modelo, Sora 2; la antigua web cerrará el 30 de junio.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Google lancia Veo 4 in più paesi di Veo 3",
        "Google ha presentato martedì Veo 4, il suo nuovo modello di generazione video con audio nativo, disponibile fin dal debutto in più paesi rispetto al predecessore.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Runway presenta Gen-5 e lo porta subito in altri 40 paesi",
        "Runway ha svelato lunedì Gen-5, il suo ultimo modello video, e lo rende disponibile fin dal lancio anche in altri 40 paesi oltre agli Stati Uniti.",
        "it",
        "launch",
    ),
    (
        "Sora 2 arriva in altri 70 paesi",
        "L'ultimo modello video di OpenAI, lanciato a settembre negli Stati Uniti e in Canada, è ora disponibile tramite l'app Sora in altri 70 paesi.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Veo 3 sbarca in nuovi paesi con l'app Gemini",
        "Il più recente modello video di Google, lanciato a maggio, è ora disponibile per gli abbonati Gemini Pro in nuovi paesi, tra cui Brasile e Indonesia.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Veo 4, la lista d'attesa si apre in altri 12 paesi",
        "Gli utenti di altri 12 paesi possono ora iscriversi alla lista d'attesa per Veo 4, il più recente modello video di Google, ancora in anteprima limitata.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI rinvia Sora 2 in altri paesi europei",
        "OpenAI ha comunicato che il suo ultimo modello video non arriverà come previsto in Italia, Francia e Germania per via delle verifiche normative; nessuna nuova data.",
        "it",
        "delay",
    ),
    # both trees
    (
        "Kling chiude il servizio in altri 12 paesi",
        "Kuaishou chiuderà definitivamente l'app Kling, con il suo ultimo modello 2.5 Turbo, in altri 12 paesi a partire dal mese prossimo, senza indicarne i motivi.",
        "it",
        "shutdown",
    ),
    # both trees
    (
        "Sora 2 bloccato in altri 5 paesi dalle autorità",
        "Le autorità di altri cinque paesi hanno bloccato l'accesso all'ultimo modello video di OpenAI, citando rischi legati ai deepfake e alla tutela dei dati personali.",
        "it",
        None,
    ),
    # both trees
    (
        "Google lança Veo 4 em mais países do que o Veo 3",
        "O Google apresentou nesta terça-feira o Veo 4, seu novo modelo de geração de vídeo com áudio nativo, disponível desde a estreia em mais países do que o antecessor.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Kuaishou estreia Kling 3.0 em 12 novos mercados de uma só vez",
        "A Kuaishou revelou nesta quinta-feira o Kling 3.0, seu modelo de vídeo mais recente, lançado simultaneamente na China e em 12 novos mercados internacionais.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Sora 2 chega a mais 70 países",
        "O modelo de vídeo mais recente da OpenAI, lançado em setembro nos EUA e no Canadá, agora está disponível pelo app Sora em mais 70 países.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Veo 3 chega a novos países pelo app Gemini",
        "O mais novo modelo de vídeo do Google, lançado em maio, passa a ser oferecido a assinantes do Gemini Pro em novos países, incluindo Brasil e Portugal.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Sora 2 abre lista de espera em mais 30 países",
        "Usuários de mais 30 países já podem entrar na lista de espera do modelo de vídeo mais recente da OpenAI; os convites serão enviados aos poucos.",
        "pt",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI adia Sora 2 em mais países da Europa",
        "A OpenAI informou que seu modelo de vídeo mais recente não será lançado como previsto em Portugal, Espanha e Itália, citando análise regulatória; não há nova data.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Runway aumenta preços do Gen-4 em mais 30 países",
        "A Runway vai elevar os preços mensais dos planos com seu modelo mais recente, o Gen-4, em mais 30 países a partir do próximo mês, informou a empresa.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "OpenAI encerra o Sora original em mais 30 países",
        "A OpenAI vai desativar o Sora de primeira geração em mais 30 países e orienta os usuários a migrar para seu modelo mais recente, o Sora 2, a partir de 30 de junho.",
        "pt",
        "shutdown",
    ),
]

# a film's distribution is silenced with film words only, not with "video" or "public" ("pub*")
A_RELEASE_TOLD_WITH_SORTIE_OR_ESTRENO = [
    # both trees
    (
        "OpenAI annonce la sortie de la version publique de Sora",
        "Le générateur de vidéos, testé depuis des mois par quelques artistes, est désormais ouvert à tous les abonnés ChatGPT Plus.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway annonce la sortie de la série Gen-4",
        "La nouvelle famille de modèles vidéo de Runway arrive aujourd'hui pour les abonnés payants.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Sortie de la version publique de Veo 4",
        "Google a lancé mardi son nouveau modèle vidéo pour tous les utilisateurs de Gemini.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Estreno de la versión pública de Veo 4",
        "Google lanzó el martes su nuevo modelo de vídeo para todos los usuarios de Gemini.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Uscita della versione pubblica di Veo 4",
        "Google ha lanciato martedì il suo nuovo modello video per tutti gli utenti di Gemini.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Estreia da versão pública do Veo 4",
        "O Google lançou na terça-feira seu novo modelo de vídeo para todos os usuários do Gemini.",
        "pt",
        "launch",
    ),
]

A_DEVICE_OR_PLATFORM_IT_NOW_WORKS_ON = [
    (
        "Sora app now works on iPad",
        "OpenAI's video app is now optimized for tablets, with a larger editor.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway comes to the web for free users",
        "Runway's Gen-4 Turbo is now available in the browser to free accounts.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling goes global",
        "Kuaishou opened its video generator to users in 140 countries on Monday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Dream Machine is now on Android",
        "Luma AI released its app on the Play Store, bringing Ray2 to Android phones.",
        "en",
        "availability",
    ),
    (
        "Sora now supports Japanese prompts",
        "OpenAI said the app understands prompts in 12 more languages.",
        "en",
        "availability",
    ),
    # both trees
    (
        "L'application Sora fonctionne désormais sur iPad",
        "L'application vidéo d'OpenAI est optimisée pour les tablettes.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling s'ouvre au monde entier",
        "Kuaishou a ouvert lundi son générateur vidéo aux utilisateurs de 140 pays.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Dream Machine est désormais sur Android",
        "Luma AI a publié son application sur le Play Store.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 ya habla español",
        "El modelo de vídeo de Google puede generar diálogos en español para los suscriptores de Gemini.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3 agora fala português",
        "O modelo de vídeo do Google pode gerar diálogos em português para assinantes do Gemini.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Sora-App läuft jetzt auf dem iPad",
        "OpenAIs Video-App ist nun für Tablets optimiert.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Dream Machine ya está en Android",
        "Luma AI publicó su aplicación en Play Store.",
        "es",
        "availability",
    ),
    (
        "Dream Machine ora è su Android",
        "Luma AI ha pubblicato la sua app sul Play Store.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Dream Machine agora está no Android",
        "A Luma AI publicou seu aplicativo na Play Store.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Sam Altman speaks French at VivaTech as Sora draws crowds",
        "The OpenAI chief addressed the Paris audience in French and showed new Sora clips.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 still doesn't speak French",
        "Google's model only produces dialogue in English for now, to the frustration of European creators.",
        "en",
        None,
    ),
    # both trees
    (
        "Why Veo 3 speaks English with an American accent",
        "Researchers explain how training data shapes the voices the model produces.",
        "en",
        None,
    ),
    # both trees
    (
        "Pourquoi Veo 3 parle français avec un accent québécois",
        "Des linguistes expliquent d'où viennent les voix du modèle de Google.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora now works on iPad, but only through a fan-made web wrapper",
        "A developer built an unofficial wrapper; OpenAI has not released an iPad app.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 non parla ancora italiano",
        "Il modello di Google genera dialoghi solo in inglese per ora.",
        "it",
        None,
    ),
    # both trees
    ("Veo 3 spricht noch kein Deutsch", "Googles Modell erzeugt vorerst nur englische Dialoge.", "de", None),
    # both trees
    (
        "Veo 3 won't speak French until next year",
        "Google pushed back support for French dialogue to 2026, a spokesperson said.",
        "en",
        "delay",
    ),
]

FIFTH_REVIEW_LANGUAGES_AND_DEVICES = [
    # both trees
    (
        "Sam Altman now speaks Japanese in viral Sora 2 cameo clip",
        "A fan-made video using Sora 2's cameo feature shows the OpenAI chief addressing Tokyo crowds in fluent Japanese. OpenAI did not comment on the clip, which has passed ten million views.",
        "en",
        None,
    ),
    # both trees
    (
        "TV news anchor avatar built with Veo 3 now speaks Portuguese on Brazilian channel",
        "Brazilian broadcaster Rede Nova said its synthetic weather presenter, generated with Google's Veo 3, now delivers forecasts in Portuguese. Google is not involved in the channel's project.",
        "en",
        None,
    ),
    # both trees
    (
        "Unofficial app means Sora now works on Android phones, but OpenAI warns users",
        "A third-party wrapper app lets Android owners reach Sora through the web. OpenAI said the app is not affiliated with the company and urged users not to enter their credentials.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling now runs on Huawei Ascend chips in new Kuaishou data centre",
        "Kuaishou has shifted part of Kling's video generation workload to domestic Ascend accelerators at a facility in Ulanqab, reducing its reliance on Nvidia hardware, according to people familiar with the matter.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora still doesn't speak French as OpenAI pushes back multilingual prompts",
        "OpenAI said support for French, German and Spanish prompts in the Sora app is not yet ready and will arrive later than planned, without giving a new date.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Why Veo 3 now speaks Hindi, and what it means for Bollywood",
        "An explainer on how Google's video model handles Hindi dialogue, what studios in Mumbai are testing, and the questions it raises for dubbing artists and writers.",
        "en",
        None,
    ),
    # both trees
    (
        "Meet Hailuo 03: MiniMax's new video model also speaks Chinese and Arabic",
        "MiniMax released Hailuo 03 on Tuesday, its latest video generation model, with native audio in several languages, longer clips and sharper motion than its predecessor.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Pika's app arrives on Android phones after months on iOS only",
        "Pika Labs released its video generation app on the Google Play Store, bringing its Pikaffects and Pikascenes tools to Android users worldwide.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Opinion: Sora now speaks German, but does it understand Germans?",
        "A columnist argues that OpenAI's video model renders German dialogue fluently but misses humour, regional accents and cultural cues that local audiences expect.",
        "en",
        None,
    ),
    # both trees
    (
        "Guide: Veo 3 now speaks Spanish, here is how to write prompts that work",
        "A step-by-step guide to structuring Spanish-language prompts for Google's Veo 3, with tips on dialogue tags, accents and avoiding garbled lip sync.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma's Dream Machine now works on Apple Vision Pro",
        "Luma AI released a visionOS version of Dream Machine, letting Vision Pro owners generate and view videos in spatial format, available now on the App Store.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kuaishou denies claims that Kling now speaks Korean",
        "Kuaishou said social media posts showing Kling generating Korean dialogue were edited, and that the model has no official Korean support at this time.",
        "en",
        None,
    ),
    # both trees
    (
        "Midjourney video now understands Japanese prompts",
        "Midjourney said its video model now accepts prompts in Japanese on the web and Discord, rolling out to all subscribers this week.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Meta researchers show Movie Gen variant that now speaks Hindi in lab demo",
        "A new Meta AI research paper describes a multilingual lip-sync extension of Movie Gen. The system is a research prototype and is not available to the public.",
        "en",
        None,
    ),
    # both trees
    (
        "Deepfaked Tom Hanks now speaks Italian in viral Seedance clip",
        "A video made with ByteDance's Seedance shows the actor speaking Italian in a fake pasta ad. Hanks's representatives said he had not authorised the use of his likeness.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway launches Gen-5, which now supports Spanish and Portuguese prompts",
        "Runway introduced Gen-5, its newest video model, with native audio, longer shots and multilingual prompting, available to paid subscribers from today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Firefly Video won't speak Japanese until 2026, Adobe says",
        "Adobe said Japanese-language support for Firefly Video, first promised for this autumn, has been postponed to next year while it improves lip-sync quality.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Grâce à Veo 3, Zidane parle désormais japonais dans une publicité virale",
        "Une agence marseillaise a utilisé le modèle de Google pour faire parler l'ancien footballeur en japonais. Google précise ne pas être partie prenante de la campagne.",
        "fr",
        None,
    ),
    # both trees
    (
        "Pourquoi Sora parle enfin français, et pourquoi ça compte",
        "Décryptage : comment OpenAI a entraîné son modèle vidéo sur la langue française, et ce que cela change pour les créateurs, les doubleurs et les studios.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora parle aussi français ? Pas encore, répond OpenAI",
        "OpenAI indique que la prise en charge du français dans Sora n'est pas prête et sera reportée à une date ultérieure, sans calendrier précis.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Kling 3.0 est lancé : le nouveau modèle de Kuaishou parle aussi français et espagnol",
        "Kuaishou a dévoilé mardi Kling 3.0, sa nouvelle génération de modèle vidéo, avec un son natif multilingue et des plans pouvant atteindre deux minutes.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Veo 3 fonctionne désormais sur Android grâce à une application non officielle",
        "Un développeur indépendant propose une application qui donne accès à Veo 3 sur Android. Google rappelle qu'il ne s'agit pas d'un produit officiel.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway tourne désormais sur les puces Trainium d'Amazon",
        "Runway a migré une partie de l'entraînement et de l'inférence de ses modèles vers les accélérateurs d'AWS, une décision d'infrastructure sans effet sur l'offre proposée aux utilisateurs.",
        "fr",
        None,
    ),
    # both trees
    (
        "Firefly Video débarque dans l'application Adobe Express sur Android",
        "Adobe intègre son générateur vidéo Firefly à l'application mobile Express sur Android, disponible dès aujourd'hui pour les abonnés dans le monde entier.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Dream Machine comprend maintenant les prompts en français",
        "Luma AI annonce que son outil Dream Machine accepte désormais les instructions en français, une mise à jour déployée pour tous les utilisateurs cette semaine.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Tribune : Sora parle désormais français, mais les doubleurs s'inquiètent",
        "Dans cette tribune, une comédienne de doublage estime que l'arrivée de voix synthétiques en français menace un métier déjà fragilisé et appelle à une régulation.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sam Altman parle aussi français : le patron d'OpenAI répond en français sur Sora",
        "Lors d'une conférence à Paris, le dirigeant d'OpenAI a surpris le public en répondant en français à des questions sur l'avenir de Sora.",
        "fr",
        None,
    ),
    # both trees
    (
        "Hailuo parle maintenant japonais",
        "MiniMax a ajouté le japonais aux langues prises en charge par son générateur vidéo Hailuo, une option disponible dès aujourd'hui pour tous les utilisateurs.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Altman spricht jetzt Deutsch, zumindest im Sora-Deepfake",
        "Ein im Netz verbreitetes Video zeigt den OpenAI-Chef mit fließendem Deutsch. Der Clip wurde von einem Nutzer mit Sora 2 erstellt, OpenAI äußerte sich nicht.",
        "de",
        None,
    ),
    # both trees
    (
        "Inoffizielle App: Veo 3 läuft jetzt auch auf dem Steam Deck",
        "Ein Bastler hat einen Client gebaut, der Googles Videomodell auf die Handheld-Konsole bringt. Google hat mit dem Projekt nichts zu tun und rät zur Vorsicht.",
        "de",
        None,
    ),
    # both trees
    (
        "Spricht Sora jetzt Deutsch? Noch nicht, sagt OpenAI",
        "OpenAI hat die deutsche Sprachunterstützung für Sora verschoben. Ein neuer Termin wurde nicht genannt, das Feature sei noch nicht ausgereift.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Runway stellt Gen-5 vor: Neues Modell spricht auch Deutsch",
        "Runway hat sein neuestes Videomodell Gen-5 veröffentlicht. Es erzeugt Dialoge in mehreren Sprachen und ist ab heute für zahlende Abonnenten verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Firefly Video kommt auf Android-Smartphones",
        "Adobe bringt seinen KI-Videogenerator in die Firefly-App für Android. Die App ist ab sofort im Google Play Store erhältlich.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Kommentar: Sora spricht endlich Deutsch und klingt wie ein Navi",
        "Unser Autor findet, dass OpenAIs Videomodell zwar korrekt Deutsch spricht, aber jede Figur wie eine Navigationsansage klingen lässt.",
        "de",
        None,
    ),
    # both trees
    (
        "ZDF-Moderatorin als KI-Avatar spricht nun Japanisch, erstellt mit Hailuo",
        "Für eine Satiresendung ließ die Redaktion einen Avatar der Moderatorin mit MiniMax' Hailuo auf Japanisch sprechen. MiniMax war an dem Projekt nicht beteiligt.",
        "de",
        None,
    ),
    # both trees
    (
        "Il Papa ora parla giapponese: il deepfake creato con Veo 3 diventa virale",
        "Un video generato con il modello di Google mostra il Pontefice mentre parla in giapponese. Google ha ricordato che le sue regole vietano contenuti ingannevoli su persone reali.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora ora è su Android? No, è un'app falsa",
        "Sul Play Store circola un'applicazione che si spaccia per Sora. OpenAI ha precisato di non averla pubblicata e invita gli utenti a non scaricarla.",
        "it",
        None,
    ),
    # both trees
    (
        "Perché Veo 3 finalmente parla italiano: la spiegazione",
        "Un approfondimento su come Google ha addestrato il suo modello video sull'italiano e cosa cambia per creator, doppiatori e agenzie pubblicitarie.",
        "it",
        None,
    ),
    # both trees
    (
        "Kuaishou presenta Kling 3.0, che parla anche italiano",
        "Kuaishou ha lanciato Kling 3.0, nuova generazione del suo modello video, con audio nativo in più lingue e clip fino a due minuti.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Runway ora gira sui chip Trainium di Amazon",
        "Runway ha spostato parte dell'inferenza dei suoi modelli sui chip di AWS nei data center americani, senza cambiamenti per gli utenti.",
        "it",
        None,
    ),
    # both trees
    (
        "Firefly Video non parla ancora italiano: Adobe rinvia al 2026",
        "Adobe ha rinviato all'anno prossimo il supporto all'italiano per Firefly Video, inizialmente previsto per l'autunno, per migliorare la sincronizzazione labiale.",
        "it",
        "delay",
    ),
    # both trees
    (
        "Pika sbarca su Android",
        "Pika Labs ha pubblicato la sua app di generazione video sul Google Play Store, disponibile da oggi per gli utenti Android di tutto il mondo.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Il CEO di Luma ora parla italiano al Web Summit di Milano",
        "Amit Jain ha sorpreso la platea rispondendo in italiano alle domande sul futuro di Dream Machine durante il suo intervento alla conferenza.",
        "it",
        None,
    ),
    # both trees
    (
        "Hailuo ora è su Telegram, ma il bot non è di MiniMax",
        "Un bot non ufficiale promette di generare video con Hailuo direttamente su Telegram. MiniMax ha dichiarato di non avere alcun legame con il servizio.",
        "it",
        None,
    ),
    # both trees
    (
        "Neymar agora fala japonês em vídeo feito com Kling",
        "Um perfil de humor publicou um vídeo gerado com o Kling em que o jogador aparece falando japonês. A Kuaishou não tem relação com a publicação.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora agora fala português: OpenAI libera prompts em português no Brasil",
        "O aplicativo Sora passa a aceitar instruções em português e gerar diálogos no idioma, disponível a partir de hoje para todos os usuários brasileiros.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "CEO da Runway já fala português e brinca com jornalistas em São Paulo",
        "Cristóbal Valenzuela respondeu em português a perguntas sobre o Gen-4 durante evento na capital paulista, arrancando risos da plateia.",
        "pt",
        None,
    ),
    # both trees
    (
        "Veo 3 ainda não fala português, e Google não dá prazo",
        "O Google confirmou que o suporte ao português no Veo 3 ainda não está pronto e foi adiado, sem previsão de nova data.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "MiniMax lança Hailuo 03, que já fala português e espanhol",
        "A MiniMax apresentou nesta terça o Hailuo 03, seu novo modelo de geração de vídeo, com áudio nativo em vários idiomas e clipes mais longos.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Por que o Sora finalmente fala português, e o que isso muda para criadores",
        "Entenda como a OpenAI treinou seu modelo de vídeo em português e quais são as implicações para dubladores, roteiristas e produtoras.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kling agora roda em chips da Huawei nos data centers da Kuaishou",
        "A Kuaishou transferiu parte do processamento do Kling para aceleradores Ascend, reduzindo a dependência da Nvidia. Usuários não devem notar mudanças.",
        "pt",
        None,
    ),
    # both trees
    (
        "Dream Machine chega ao Android e ao iPad",
        "A Luma AI lançou versões do Dream Machine para Android e iPad, disponíveis a partir de hoje na Play Store e na App Store.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "App não oficial faz o Sora funcionar no Android e OpenAI alerta para golpe",
        "Um aplicativo de terceiros promete acesso ao Sora no Android. A OpenAI diz que não tem relação com o app e recomenda não informar senhas.",
        "pt",
        None,
    ),
]


ROWS, IDS = table_rows(
    {
        "openings told with a phase verb": OPENINGS_TOLD_WITH_A_PHASE_VERB,
        "releases, closures and prices told with a phase verb": RELEASES_CLOSURES_AND_PRICES_TOLD_WITH_A_PHASE_VERB,
        "phase verbs that are not the product owner's event": PHASE_VERBS_THAT_ARE_NOT_THE_PRODUCT_OWNER_S_EVENT,
        "first review of the phase verbs": FIRST_REVIEW_OF_THE_PHASE_VERBS,
        "second review of the phase verbs": SECOND_REVIEW_OF_THE_PHASE_VERBS,
        "a host's integration of a product": A_HOST_S_INTEGRATION_OF_A_PRODUCT,
        "third review: phase verbs and integrations": THIRD_REVIEW_PHASE_VERBS_AND_INTEGRATIONS,
        "an expansion keeps an arrival an arrival": AN_EXPANSION_KEEPS_AN_ARRIVAL_AN_ARRIVAL,
        "fourth review: expansions": FOURTH_REVIEW_EXPANSIONS,
        "a release told with sortie or estreno": A_RELEASE_TOLD_WITH_SORTIE_OR_ESTRENO,
        "a device or platform it now works on": A_DEVICE_OR_PLATFORM_IT_NOW_WORKS_ON,
        "fifth review: languages and devices": FIFTH_REVIEW_LANGUAGES_AND_DEVICES,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_round_thirty_one(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table

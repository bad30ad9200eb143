"""Issue #12, round thirty-seven (stop 55): events said not to happen, denials, somebody else's
news around a product, the past told beside the news, and arrivals and restrictions in other
words, in six languages.

- A sentence that says an event does not happen is no event: "its published prices are
  unchanged", "does not affect pricing, credits or who can use", "les tarifs restent
  inchangés", "die aktuelle Preisliste gilt unverändert", "no ha cambiado sus precios",
  "nessuna nuova tariffa", "os preços seguem inalterados" (silencer kind ``unchanged``); a
  headline whose every event phrase is such a sentence leaves the summary no event either. A
  denial that a price rise, an end or a delay will happen cuts the phrase it overlaps
  (``denial``: "denies reports that ... will charge", "nega que ... vá encerrar",
  "dementiert Bericht über Preiserhöhung").
- Somebody else's news around the product is not the product's: a hire, a fix rolled out, a
  festival section, an exhibition, a course or its waitlist, a petition, another company
  closing, a legal filing, an unofficial plugin, a reseller, the vendor's 3D-capture app, an
  image model; nor is a vendor named through its product's other meaning ("Adobe Firefly Image
  5 ist ab sofort verfügbar").
- The past told beside the news ("follows last year's release of", "Un anno fa il debutto",
  "an oral history"), guesses and wishes ("eyeing a summer debut", "Analysten erwarten",
  "lista dei desideri") are no event.
- Arrivals and restrictions in other words: the product's app released for iOS and Android in
  ES/IT/PT/DE, "the Kling AI mobile app", the Photos app as a host, an exclusivity that ends,
  an invite gate removed (arrivals); access kept for a few, a release by invitation only
  (waitlist); an unveiling "sur invitation" (launch).

Every headline and summary here was written for these tests (by this round's probes and by
two helper reviewers who attacked the drafts): none is taken or paraphrased from a labelled
corpus item. Rows not marked "both trees" failed on round thirty-six's tree; the rows marked
"both trees" are guards.
"""

from __future__ import annotations

import pytest

from feeds.detect.classify import default_detector
from tests.helpers import table_rows, verdict

AN_ARRIVAL_TOLD_IN_OTHER_WORDS = [
    # both trees
    (
        "Firefly, ahora en el móvil",
        "Adobe lanzó ayer la app de Firefly para iOS y Android, con su modelo de vídeo incluido.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Firefly, ora anche in tasca",
        "Adobe ha lanciato ieri l'app di Firefly per iOS e Android, con il suo modello video.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Firefly, agora no celular",
        "A Adobe lançou ontem o app do Firefly para iOS e Android, com seu modelo de vídeo incluído.",
        "pt",
        "availability",
    ),
    (
        "Firefly jetzt auch unterwegs",
        "Adobe hat gestern die Firefly-App für iOS und Android veröffentlicht, samt Videomodell.",
        "de",
        "availability",
    ),
    (
        "Veo 3 and your photo library",
        "Google is building its video model into the Photos app so people can animate old pictures, starting in the US.",
        "en",
        "availability",
    ),
    (
        "Veo 3 et vos souvenirs",
        "Google intègre son modèle vidéo dans l'app Photos pour animer les clichés, d'abord aux États-Unis.",
        "fr",
        "availability",
    ),
    (
        "Veo 3 y tus recuerdos",
        "Google integra su modelo de vídeo en la app Fotos para animar fotos antiguas, primero en EE. UU.",
        "es",
        "availability",
    ),
    (
        "Veo 3 e i tuoi ricordi",
        "Google integra il suo modello video nell'app Foto per animare le foto, prima negli Stati Uniti.",
        "it",
        "availability",
    ),
    (
        "Veo 3 e suas memórias",
        "O Google integra seu modelo de vídeo ao app Fotos para animar fotos antigas, primeiro nos EUA.",
        "pt",
        "availability",
    ),
    (
        "Veo 3 und die Urlaubsbilder",
        "Google integriert sein Videomodell in die Fotos-App, um alte Bilder zu animieren, zunächst in den USA.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Grok Imagine n'est plus une exclusivité iOS",
        "xAI étend Grok Imagine à Android : le générateur de vidéos arrive dans l'application Grok du Play Store.",
        "fr",
        "availability",
    ),
    (
        "Grok Imagine is no longer an iPhone exclusive",
        "xAI has brought its video generator to the Grok app on Android for SuperGrok subscribers.",
        "en",
        "availability",
    ),
    (
        "Gemini ora crea video anche in Italia",
        "Google sta distribuendo Veo 3 agli utenti italiani dell'app Gemini con abbonamento AI Pro.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Kling goes worldwide on phones",
        "Kuaishou has released the Kling AI mobile app in 90 more countries; until now the video generator was only on the web outside China.",
        "en",
        "availability",
    ),
    (
        "¿Adiós a los códigos de Sora?",
        "OpenAI ha eliminado el requisito del código de invitación: desde hoy cualquiera en EE. UU. puede crear vídeos con Sora 2.",
        "es",
        "availability",
    ),
]

ACCESS_KEPT_FOR_A_FEW = [
    (
        "Runway reserva Gen-4.5 a unos pocos cineastas",
        "El nuevo modelo solo está disponible para un pequeño grupo de estudios socios por ahora.",
        "es",
        "waitlist",
    ),
    (
        "Runway restringe Gen-4.5 a poucos cineastas",
        "O novo modelo está disponível apenas para um pequeno grupo de estúdios parceiros por enquanto.",
        "pt",
        "waitlist",
    ),
    (
        "Runway gibt Gen-4.5 nur ausgewählten Filmemachern frei",
        "Das neue Modell steht vorerst nur einer kleinen Gruppe von Studios zur Verfügung.",
        "de",
        "waitlist",
    ),
    (
        "Runway keeps Act-Two for its Creative Partners for now",
        "Runway is reserving Act-Two, its performance-capture model, for members of its Creative Partners program; other subscribers can join a request list.",
        "en",
        "waitlist",
    ),
    (
        "OpenAI lève le voile sur Sora 2, accessible sur invitation",
        "OpenAI a présenté mardi Sora 2, son nouveau modèle vidéo, dans une application iPhone accessible sur invitation aux États-Unis.",
        "fr",
        "launch",
    ),
]

EVENTS_SAID_NOT_TO_HAPPEN = [
    # both trees
    (
        "Sora 2 tightens its filters on public figures",
        "OpenAI has made Sora 2 refuse more prompts about politicians; the company said access, limits and pricing remain unchanged.",
        "en",
        None,
    ),
    (
        "Runway adds provenance data to every export",
        "Every Gen-4.5 video now carries C2PA credentials; the change does not affect pricing, credits or who can use the model.",
        "en",
        None,
    ),
    (
        "MiniMax faces studio lawsuit over Hailuo",
        "Studios filed a copyright suit over the Hailuo video generator; MiniMax has not changed access or pricing.",
        "en",
        None,
    ),
    (
        "Kling dépasse les 200 millions de revenus annuels",
        "Kuaishou se félicite de la croissance de Kling, mais n'a annoncé ni nouveau modèle ni changement de tarifs.",
        "fr",
        None,
    ),
    (
        "Sora 2 renforce sa modération",
        "OpenAI bloque davantage de demandes visant des célébrités ; les tarifs et les quotas restent inchangés pour les abonnés.",
        "fr",
        None,
    ),
    (
        "Lightricks baut Stellen ab, LTX-2 bleibt frei",
        "Das Unternehmen streicht 60 Jobs im Vertrieb; neue Versionen oder Preisänderungen kündigte der Chef nicht an.",
        "de",
        None,
    ),
    (
        "Veo: Marktforscher erwarten höhere Preise",
        "Google dürfte die Preise für Veo im kommenden Jahr anheben, schätzen Analysten; die aktuelle Preisliste gilt unverändert.",
        "de",
        None,
    ),
    # both trees
    (
        "MiniMax ficha a un director creativo para Hailuo",
        "La compañía incorpora a un veterano de la animación, pero no ha cambiado sus precios ni presentado modelos nuevos.",
        "es",
        None,
    ),
    (
        "Seedance su CapCut resterà gratuito, assicura ByteDance",
        "ByteDance smentisce qualsiasi modifica dopo le voci su un possibile abbonamento: nessuna nuova tariffa in arrivo.",
        "it",
        None,
    ),
    # both trees
    (
        "TikTok desmente chegada do Seedance a todos",
        "A ByteDance nega que o Seedance vá chegar a todos os usuários brasileiros nesta semana e diz que nada muda por ora.",
        "pt",
        None,
    ),
    # both trees
    (
        "Hailuo mantém planos após processo",
        "A MiniMax diz que os preços seguem inalterados depois da ação movida por estúdios de cinema.",
        "pt",
        None,
    ),
    # both trees
    (
        "Report: Google is training Veo 5, eyeing a spring debut",
        "Google has begun training a successor to Veo 4, according to people familiar with the work; the timing could change.",
        "en",
        None,
    ),
    (
        "Midjourney dürfte bald ein eigenes Video-Abo einführen",
        "Hinweise in einer Umfrage deuten auf ein separates Abo für die Videogenerierung hin; konkrete Preise nannte Midjourney nicht.",
        "de",
        None,
    ),
    # both trees
    (
        "Runway Gen-5 pourrait être présenté cet été, selon un analyste",
        "Un cabinet d'analyse estime que le modèle pourrait être dévoilé au début de l'été ; Runway n'a fait aucun commentaire.",
        "fr",
        None,
    ),
]

SOMEBODY_ELSE_S_NEWS_AROUND_THE_PRODUCT = [
    (
        "Luma AI hires Pixar veteran as chief creative officer",
        "Luma AI has hired a longtime story supervisor to lead a studio arm; the move follows last year's release of Ray3.",
        "en",
        None,
    ),
    (
        "Sora app bug showed drafts to strangers; fix is rolled out",
        "OpenAI said a flaw briefly exposed some draft videos and that a fix has been rolled out; no features were disabled.",
        "en",
        None,
    ),
    # both trees
    (
        "Le festival de Clermont lance une section dédiée aux films générés par IA",
        "Sur dix courts métrages sélectionnés, six ont été réalisés avec Kling ou Veo, selon les organisateurs.",
        "fr",
        None,
    ),
    (
        "Luma shuts down its original 3D capture app",
        "Luma AI will discontinue its NeRF capture app next month to focus engineering on Dream Machine and its Ray video models.",
        "en",
        None,
    ),
    (
        "Una web vende Sora 2 Pro a mitad de precio: lo que hay detrás",
        "Un sitio que revende llamadas a la API de OpenAI ofrece vídeos de Sora 2 Pro más baratos con créditos por volumen.",
        "es",
        None,
    ),
    # both trees
    (
        "Union asks MiniMax to halt Hailuo's voice cloning",
        "A performers' coalition wants the lip-sync mode paused; MiniMax has not responded and the feature is still available to paying users.",
        "en",
        None,
    ),
]

THE_PAST_TOLD_BESIDE_THE_NEWS = [
    # both trees
    (
        "From waitlist to stardom: an oral history of Runway's Gen-2 year",
        "Founders and early users recall the server crashes and the waitlist of 2023 in a long read about the company's first year.",
        "en",
        None,
    ),
    (
        "How Sora's debut turned a Berlin studio into a 30-person shop",
        "When OpenAI launched Sora in December 2024, the founders were two freelancers; now they make ads for car makers.",
        "en",
        None,
    ),
    (
        "Un anno fa il debutto di Hailuo: cosa è cambiato",
        "Dodici mesi dopo il lancio, registi e agenzie raccontano come il generatore di MiniMax ha cambiato la pubblicità.",
        "it",
        None,
    ),
]

OTHER_SENSES_OF_EVENT_WORDS = [
    (
        "Runway's API no longer needs an introduction",
        "Runway has opened its developer API to everyone, so teams can call Gen-4 Turbo without applying first.",
        "en",
        "availability",
    ),
    (
        "Seedance 2.0 reste à quai",
        "ByteDance met sur pause le déploiement international de Seedance 2.0, prévu en mars, sans nouvelle date.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Runway revoit sa copie tarifaire",
        "Runway modifie ses formules au 1er décembre : l'offre Standard passe de 12 à 15 dollars par mois.",
        "fr",
        "pricing",
    ),
    (
        "Luma fait le ménage dans Dream Machine",
        "Luma AI retirera Ray 1.6 de Dream Machine et de son API le 15 janvier ; les projets basculeront sur Ray3.",
        "fr",
        "shutdown",
    ),
    (
        "Midjourney, i video costano meno",
        "Midjourney ha ridotto il costo dei lavori video: da oggi un'animazione consuma meno tempo GPU rispetto a quello del lancio.",
        "it",
        "pricing",
    ),
    (
        "Hedra manda in pensione Character-1",
        "Hedra spegnerà Character-1, il suo primo modello per avatar parlanti, dal 1° marzo; i progetti passano a Character-3.",
        "it",
        "shutdown",
    ),
    (
        "Hedra halbiert den Preis für Character-3-Videos",
        "Der Avatar-Videodienst Hedra senkt den Preis pro Sekunde Video mit Character-3 um die Hälfte und führt ein günstigeres Abo ein.",
        "de",
        "pricing",
    ),
    (
        "Google öffnet Warteliste für Flow in Österreich",
        "Wer Googles Filmwerkzeug Flow nutzen möchte, kann sich ab heute in Österreich auf eine Warteliste setzen lassen.",
        "de",
        "waitlist",
    ),
    (
        "Flow ne sera pas lancé en Belgique cet été",
        "Google confirme que le déploiement européen de son outil de réalisation est repoussé, sans nouvelle échéance.",
        "fr",
        "delay",
    ),
]

WORDINGS_A_FIRST_REVIEW_WROTE = [
    # both trees
    (
        "Runway raises Gen-4 prices; credits stay the same",
        "Runway's Standard plan now costs $15 a month instead of $12, the company said Monday, while monthly credit allowances are unchanged.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Luma raises Dream Machine subscription prices, free tier stays the same",
        "Luma AI said the Plus plan now costs $35 a month, up from $30, starting today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google cuts Veo 3 API price to $0.40 per second; Vertex AI quotas remain unchanged",
        "The price cut for Veo 3 on the Gemini API takes effect today, Google said.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kling doubles credits in Pro plan without any change to pricing",
        "Kuaishou said Kling Pro subscribers now get 3,000 monthly credits instead of 1,500, starting today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway hikes prices, plans for teams remain the same",
        "Runway's Pro plan goes from $28 to $35 a month for new and existing subscribers starting today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI raises Sora Pro price; Plus plan pricing stays the same",
        "Sora's Pro plan now costs $30 per month, starting today, OpenAI said; the Plus plan is unaffected.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google halves Veo 3 API price; change does not affect pricing on Vertex AI",
        "Veo 3 on the Gemini API now costs $0.20 per second, down from $0.40, effective immediately.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Luma's price hike will not affect existing credits, company says",
        "Luma said Dream Machine Plus rises to $35 a month from today for new subscribers.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Pika cuts prices by 30% with no change to credits",
        "Pika Labs said its Standard plan now costs $7 a month instead of $10, effective today.",
        "en",
        "pricing",
    ),
    (
        "Google's Veo 3 update brings no changes to pricing",
        "An update to Veo 3 improves lip sync and camera control; prices remain unchanged, Google said.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 prices stay the same after rumours of a hike",
        "OpenAI confirmed that ChatGPT Plus and Pro subscribers will keep their current Sora allowances.",
        "en",
        None,
    ),
    (
        "OpenAI has not changed Sora pricing, spokesperson says",
        "Reports of a new $50 tier were inaccurate, the company said on Tuesday.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway launches Gen-5 video model",
        "Runway released Gen-5 on Tuesday. Analysts said the model narrows the gap with Google's Veo.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Analysts praise Luma's new Ray3 as it launches today",
        "Luma AI released Ray3, its first reasoning video model, to all Dream Machine users on Thursday.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Pika unveils Pika 3.0, rolling out to all users today",
        "Pika Labs showed off Pika 3.0 on Wednesday and made it available to every subscriber, but declined to discuss pricing for the API.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI releases Sora 2 in the US and Canada",
        "OpenAI launched Sora 2 on Tuesday with a new iOS app; the company declined to give a date for the launch in other countries.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google DeepMind unveils Veo 4",
        "Google unveiled Veo 4 at an event on Wednesday and made it available in Flow; the company has not disclosed pricing for the API.",
        "en",
        "launch",
    ),
    # both trees
    (
        "ByteDance launches Seedance 2.0 video model",
        "ByteDance released Seedance 2.0 in Dreamina on Monday but did not comment on pricing for international users.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 caps invites in the first days of launch",
        "OpenAI said Sora 2 remains invite-only and each user can invite four friends, as demand overwhelmed its servers this week.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Veo 3 arrives in Europe in the first days of July",
        "Google said Veo 3 is rolling out to Gemini Pro subscribers in the EU, the UK and Switzerland starting today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "An oral history of Pika's first year",
        "Founders, investors and early users recall how the video startup went from Discord bot to app.",
        "en",
        None,
    ),
    # both trees
    (
        "The early days of Sora: what went wrong",
        "A look back at OpenAI's video generator in the months after its release.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 finally lands in Europe, months after Sora did",
        "Google began rolling out Veo 3 in the Gemini app to users in the EU on Thursday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Luma launches Ray4, a year after last year's release of Ray3",
        "Luma AI made Ray4 available to all Dream Machine users on Monday.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway releases Gen-5",
        "The new model, available today to all paid plans, follows last year's launch of Gen-4.",
        "en",
        "launch",
    ),
    (
        "How Veo 3's debut at I/O turned a Lisbon agency into an AI studio",
        "The agency now produces most of its ads with Google's video model.",
        "en",
        None,
    ),
    # both trees
    (
        "Alibaba releases Wan 3.0 open weights with ComfyUI workflow templates",
        "Alibaba put the Wan 3.0 video model weights on Hugging Face on Monday, along with native nodes for ComfyUI.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Lightricks open-sources LTX-3 video model, ships custom nodes on day one",
        "Lightricks released the LTX-3 weights under an open licence today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "ComfyUI node pack adds support for Kling 2.5 API",
        "A community developer published custom nodes that call the Kling API from ComfyUI workflows.",
        "en",
        None,
    ),
    # both trees
    (
        "Pika discontinues its old image-to-video app",
        "Pika Labs said the standalone image-to-video app will close on June 30 as it moves users to Pika 3.0.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Midjourney released V8 of its image model",
        "The update improves text rendering and photorealism.",
        "en",
        None,
    ),
    # both trees
    (
        "Midjourney releases V1 of its video model",
        "Midjourney launched its first video model on Wednesday, letting subscribers animate images into five-second clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling 3.0 needs no introduction: Kuaishou launches its new video model",
        "Kuaishou released Kling 3.0 to all users on Monday.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Moonvalley launches Marey 2 and names Pixar veteran as chief creative officer",
        "Moonvalley released Marey 2, its licensed-data video model, to all subscribers today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway taps former Pixar executive as its first chief creative officer",
        "The hire comes weeks after Runway launched Gen-4.5.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI says fix is rolled out after Sora outage",
        "A patch was deployed on Friday after users could not generate videos for six hours.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI denies reports that Sora will shut down",
        "An OpenAI spokesperson said the company has no plans to close the Sora app.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway denies rumors that Gen-3 Alpha will be shut down",
        "Runway said the model remains available to all paid plans.",
        "en",
        None,
    ),
    (
        "OpenAI refutes claims it would charge for Sora videos",
        "The company said generating videos in the Sora app remains free for now.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI denies Sora is shutting down",
        "The company called the reports false and said the Sora app is here to stay.",
        "en",
        None,
    ),
    (
        "OpenAI launches Sora 2 in Europe, denies reports that it would delay the rollout",
        "The Sora app is available from today in the EU, the UK and Switzerland.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora is still available in the EU despite rumours",
        "OpenAI says the Sora app is still available to European users.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI will shut down Sora 1 on March 13",
        "OpenAI said users can download their Sora 1 videos, which are still available in the library until the shutdown.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Sora is no longer an iPhone exclusive",
        "OpenAI released the Sora app for Android in the US, Canada, Japan and Korea on Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 is no longer exclusive to Ultra subscribers",
        "Google made Veo 3 available to Gemini Pro subscribers in 70 countries on Monday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google brings Veo 3 video generation to the Photos app",
        "Google Photos users in the US can now turn still images into six-second clips with Veo 3, rolling out today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "How to turn your pictures into videos in the Photos app",
        "A step-by-step guide to the new photo-to-video feature in Google Photos.",
        "en",
        None,
    ),
    (
        "Runway keeps Act-Two in the hands of select Creative Partners",
        "Runway said its new performance capture model is available only to members of its Creative Partners program for now.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Runway unveils Act-Two, keeping it for a handful of creative partners at first",
        "Runway introduced Act-Two, a motion-capture model, on Tuesday; access is limited to selected partners.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google reserves Veo 3 Ultra for a small group of trusted testers",
        "Google said access to the new model is by a request list while it gathers feedback.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Runway keeps prices low for select enterprise customers, CEO says",
        "In an interview, Cristobal Valenzuela said Runway wants to win studios before raising prices.",
        "en",
        None,
    ),
    # both trees
    (
        "Kuaishou eyeing a summer debut for Kling 3.0, sources say",
        "The company has not confirmed the timing of its next video model.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma eyes enterprise with launch of Ray3 on Amazon Bedrock",
        "Luma AI's Ray3 video model is available today to AWS customers through Amazon Bedrock.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora app arrives on Android",
        "OpenAI's Sora app is now available on Google Play in the US and Canada.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Is Sora 2 worth $200 a month? Our review",
        "We tested OpenAI's video generator for two weeks.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling AI mobile app now available in Europe",
        "Kuaishou's Kling AI app, with the Kling 2.5 video model, can now be downloaded in the EU.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 launches in the Kling AI mobile app and on the web",
        "Kuaishou released its new Kling 3.0 video model on Monday for all users.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Luma retirera Ray 1.6 de Dream Machine le 15 janvier",
        "Luma AI a annoncé que son ancien modèle vidéo Ray 1.6 ne sera plus disponible à partir de cette date.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "TikTok retirera les vidéos Sora non étiquetées le 1er mars",
        "La plateforme imposera l'étiquetage des contenus générés par IA à partir de cette date.",
        "fr",
        None,
    ),
    # both trees
    (
        "YouTube va retirer les deepfakes générés avec Veo d'ici le 30 juin",
        "La plateforme durcit ses règles sur les contenus trompeurs.",
        "fr",
        None,
    ),
    (
        "Runway revoit sa copie tarifaire",
        "La start-up new-yorkaise a annoncé lundi de nouveaux tarifs pour ses abonnements, le forfait Standard passant à 15 dollars par mois.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Pika a revu ses prix à la hausse",
        "Depuis ce lundi, l'abonnement Pro de Pika coûte 35 dollars par mois au lieu de 28.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "OpenAI revoit son offre Sora pour les abonnés Plus",
        "Les abonnés ChatGPT Plus disposeront désormais de 50 vidéos par mois au lieu de 30, a annoncé OpenAI mardi.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Runway revoit ses formules de prompt : nos conseils pour Gen-4",
        "Un guide pour écrire de meilleurs prompts avec le modèle vidéo de Runway.",
        "fr",
        None,
    ),
    # both trees
    (
        "Seedance 2.0 reste à quai en Europe",
        "ByteDance n'a pas encore lancé son modèle vidéo dans l'Union européenne et ne donne aucun calendrier.",
        "fr",
        "delay",
    ),
    (
        "Annecy lance une section dédiée aux films générés par IA",
        "Le festival accueillera des courts métrages réalisés avec Sora et Veo.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway lance une nouvelle catégorie de modèle avec Gen-4 Aleph",
        "La start-up a dévoilé mardi Aleph, un modèle capable de modifier des vidéos existantes, disponible dès aujourd'hui.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway augmente ses prix, les crédits restent inchangés",
        "Le forfait Standard passe de 12 à 15 dollars par mois à compter d'aujourd'hui.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Kling double les crédits de son forfait Pro, sans hausse de prix",
        "Kuaishou offre désormais 3 000 crédits par mois aux abonnés Pro contre 1 500 auparavant.",
        "fr",
        "pricing",
    ),
    (
        "Veo 3 : Google confirme que les tarifs restent inchangés",
        "Contrairement aux rumeurs, le prix de l'API Veo 3 ne bougera pas cette année.",
        "fr",
        None,
    ),
    (
        "Sora : pas de changement de tarifs pour les abonnés Plus",
        "OpenAI a démenti les rumeurs d'une hausse de prix de son générateur vidéo.",
        "fr",
        None,
    ),
    # both trees
    (
        "ByteDance lance Seedance 2.0",
        "Le nouveau modèle vidéo est disponible dès aujourd'hui dans Dreamina ; ByteDance n'a communiqué ni tarif ni date pour l'Europe.",
        "fr",
        "launch",
    ),
    (
        "OpenAI dément que Sora va fermer",
        "L'entreprise assure que l'application restera disponible pour tous ses utilisateurs.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway dément la rumeur selon laquelle Gen-4 deviendrait payant",
        "La start-up assure que le modèle restera inclus dans l'offre gratuite.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora arrive en France ; OpenAI dément que l'app sera payante",
        "L'application Sora est disponible depuis ce mardi pour les utilisateurs français, gratuitement.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Google intègre Veo 3 dans l'app Photos",
        "Les utilisateurs français peuvent désormais animer leurs photos grâce à Veo 3 dans Google Photos.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "OpenAI met sur pause les inscriptions à Sora",
        "Face à l'afflux de demandes, les nouveaux comptes ne peuvent plus générer de vidéos pour le moment.",
        "fr",
        "waitlist",
    ),
    (
        "Pika met sur pause les nouveaux comptes gratuits",
        "La start-up invoque une demande trop forte après le lancement de Pika 3.0.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI met sur pause la génération de vidéos de Martin Luther King sur Sora",
        "Après des plaintes de la famille, OpenAI bloque les représentations du pasteur.",
        "fr",
        None,
    ),
    (
        "OpenAI met en pause la génération de vidéos de Martin Luther King sur Sora",
        "Après des plaintes de la famille, OpenAI bloque les représentations du pasteur.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora n'est plus une exclusivité iPhone",
        "OpenAI a lancé l'application Sora sur Android aux États-Unis et au Canada.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "xAI étend Grok Imagine à Android",
        "La fonction de génération vidéo de Grok est désormais disponible sur les smartphones Android.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Meta étend son filtre anti-deepfake à Android",
        "Le filtre détecte les vidéos générées par IA dans Instagram et Facebook.",
        "fr",
        None,
    ),
    # both trees
    (
        "OpenAI repousse Sora au début de l'année prochaine",
        "Le lancement européen du générateur vidéo est reporté à 2026, a indiqué l'entreprise.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Le lancement de Veo 3 en Europe reporté au début de l'été",
        "Google a confirmé que son modèle vidéo n'arrivera pas dans l'UE avant juin.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Veo 3 arrive en France dès le début de la semaine prochaine",
        "Google a annoncé que son modèle vidéo sera disponible dans l'app Gemini pour les abonnés Pro à partir de lundi.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling lève le rideau sur Kling 3.0",
        "Kuaishou a présenté lundi la nouvelle version de son générateur vidéo, disponible dès aujourd'hui.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Que devient Sora ? OpenAI fermera l'application le 30 avril",
        "OpenAI a annoncé mardi l'arrêt de son application vidéo Sora, qui cessera de fonctionner fin avril.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Qu'est devenu Pika, l'ex-star de la vidéo IA ?",
        "Deux ans après son lancement, la start-up peine à suivre le rythme de ses concurrents.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway lance Gen-5, le meilleur modèle vidéo du marché selon un analyste",
        "La start-up a rendu disponible mardi son nouveau modèle pour tous les abonnés.",
        "fr",
        "launch",
    ),
    (
        "Google lance Veo 3.1, qui reste réservé aux abonnés Ultra",
        "Google a dévoilé mercredi Veo 3.1, disponible dès aujourd'hui pour les abonnés Google AI Ultra.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Kling franchit le cap des 10 millions d'utilisateurs et lance Kling 3.0",
        "Kuaishou a dévoilé lundi Kling 3.0, disponible immédiatement pour tous les utilisateurs.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Flow, l'outil de réalisation de Google, arrive en France",
        "Google a ouvert Flow, son outil de création vidéo basé sur Veo 3, aux abonnés français.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Flow, le film d'animation letton, arrive en streaming",
        "Réalisé avec Blender, un outil de réalisation libre, Flow est disponible dès aujourd'hui sur Canal+.",
        "fr",
        None,
    ),
    # both trees
    (
        "HeyGen lance Avatar IV, des avatars parlants générés par IA",
        "HeyGen a dévoilé jeudi son nouveau modèle vidéo, disponible dès aujourd'hui pour ses abonnés.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway erhöht die Preise, Kontingente bleiben unverändert",
        "Das Standard-Abo kostet ab sofort 15 statt 12 Dollar im Monat.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Runway erhöht Preise: Pro-Abo soll künftig 35 Dollar kosten",
        "Wie Runway am Montag mitteilte, steigt der Preis für neue Abonnenten ab sofort.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Google senkt Veo-3-Preis: Die Sekunde soll nur noch 0,40 Dollar kosten",
        "Die neue Preisliste gilt ab heute für alle Entwickler.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 wird günstiger: Google senkt API-Preise um 50 Prozent",
        "Die Preise für Vertex AI bleiben gleich, teilte Google mit.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Kling: Preise bleiben gleich, Credits werden halbiert",
        "Kuaishou halbiert ab sofort die monatlichen Credits im Standard-Abo.",
        "de",
        "pricing",
    ),
    (
        "Runway: Keine Preisänderung für Gen-4",
        "Das Unternehmen kündigte neue Modelle nicht an und bestätigte die bisherigen Tarife.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora kommt nach Deutschland: Die App soll am 15. Oktober starten",
        "OpenAI hat den Europa-Start seiner Video-App offiziell angekündigt.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Google stellt Veo 4 vor",
        "Das neue Videomodell ist ab heute in der Gemini-App verfügbar; Analysten sehen Google damit vor OpenAI.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Runway stellt Gen-5 vor, Analysten sind begeistert",
        "Runway hat am Dienstag Gen-5 veröffentlicht, das für alle zahlenden Nutzer verfügbar ist.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Kuaishou stellt Kling 3.0 vor",
        "Pünktlich zum zweiten Geburtstag konnte Kuaishou am Montag Kling 3.0 vorstellen, das ab sofort für alle verfügbar ist.",
        "de",
        "launch",
    ),
    (
        "Analyst: Sora könnte OpenAI Milliarden kosten",
        "Ein Marktforscher schätzt die Rechenkosten des Videogenerators auf mehrere Milliarden Dollar.",
        "de",
        None,
    ),
    (
        "Kling dürfte bald ein eigenes Video-Abo einführen",
        "Laut Insidern plant Kuaishou ein neues Abo für Vielnutzer.",
        "de",
        None,
    ),
    # both trees
    (
        "Google könnte Veo 4 schon im Mai vorstellen",
        "Berichten zufolge will Google das Modell auf der I/O zeigen.",
        "de",
        None,
    ),
    # both trees
    (
        "Google stellt Veo 4 vor – vorerst nur für ausgewählte Filmemacher",
        "Google hat am Mittwoch Veo 4 präsentiert; das Modell steht zunächst nur ausgewählten Filmemachern zur Verfügung.",
        "de",
        "launch",
    ),
    (
        "Runway Act-Two steht vorerst nur einer kleinen Gruppe offen",
        "Runway gibt das neue Modell nur ausgewählten Kreativen frei.",
        "de",
        "waitlist",
    ),
    (
        "Veo 3 Ultra ist nur wenigen Testern zugänglich",
        "Google gibt das neue Modell vorerst nur einer handverlesenen Gruppe von Kreativen frei.",
        "de",
        "waitlist",
    ),
    (
        "OpenAI dementiert, dass Sora eingestellt wird",
        "Ein Sprecher sagte, die App bleibe für alle Nutzer verfügbar.",
        "de",
        None,
    ),
    (
        "Runway bestreitet Berichte, dass Gen-4 kostenpflichtig wird",
        "Das Modell bleibe im Gratis-Abo enthalten, so das Unternehmen.",
        "de",
        None,
    ),
    # both trees
    (
        "Sora startet in Deutschland; OpenAI dementiert, dass die App kostet",
        "Die Sora-App ist ab heute im deutschen App Store kostenlos verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Google integriert Veo 3 in die Fotos-App",
        "Nutzer in Deutschland können ab sofort Fotos in kurze Videos verwandeln.",
        "de",
        "availability",
    ),
    (
        "OpenAI hat die Sora-App für Android veröffentlicht",
        "Die App ist ab sofort im Play Store in Deutschland verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Google stellt Veo 4 vor, äußert sich aber nicht zum Preis",
        "Das Modell ist ab heute in Flow für Abonnenten verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Google äußert sich nicht zum Starttermin von Veo 4",
        "Ein Sprecher wollte keine Angaben zum Zeitplan machen.",
        "de",
        None,
    ),
    # both trees
    (
        "Flow startet in Deutschland: Googles KI-Filmwerkzeug jetzt verfügbar",
        "Googles Filmwerkzeug Flow mit Veo 3 ist ab sofort für Abonnenten in Deutschland erhältlich.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Flow: Der lettische Animationsfilm startet im Streaming",
        "Der oscarprämierte Film wurde mit Blender, einem freien Filmwerkzeug, gerendert und ist ab heute bei Netflix verfügbar.",
        "de",
        None,
    ),
    # both trees
    (
        "Luma stellt Ray 1.6 ein",
        "Der ältere Videodienst soll am 15. Januar abgeschaltet werden, teilte Luma mit.",
        "de",
        "shutdown",
    ),
    # both trees
    (
        "Sora kommt nach Europa, Preise bleiben unverändert",
        "Die Sora-App ist ab heute in Deutschland, Frankreich und Italien verfügbar.",
        "de",
        "availability",
    ),
    (
        "OpenAI no ha cambiado sus precios de Sora",
        "Pese a los rumores, la suscripción sigue costando lo mismo.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway niega que vaya a cerrar Gen-3",
        "La empresa asegura que el modelo seguirá disponible para los suscriptores.",
        "es",
        None,
    ),
    # both trees
    (
        "Google desmiente el rumor de que Veo 3 cobrará por vídeo",
        "La compañía asegura que el modelo seguirá incluido en la suscripción.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora llega a España; OpenAI niega que vaya a cobrar por vídeo",
        "La app está disponible desde hoy en la App Store española.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Google integra Veo 3 en la app Fotos",
        "Los usuarios en España ya pueden convertir sus fotos en vídeos de seis segundos.",
        "es",
        "availability",
    ),
    (
        "OpenAI lanzó la app de Sora para Android",
        "La aplicación ya está disponible en Google Play en Estados Unidos y Canadá.",
        "es",
        "availability",
    ),
    (
        "Runway reserva Gen-4.5 a unos pocos creadores",
        "De momento el modelo solo está disponible para un pequeño grupo de cineastas.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "Kling limita el acceso a Kling 3.0 a unos pocos usuarios",
        "Kuaishou solo permite probar su nuevo modelo a un grupo reducido de creadores.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "Google presenta Veo 4, que por ahora solo está disponible para un pequeño grupo de cineastas",
        "Google mostró el miércoles su nuevo modelo de vídeo en un evento en California.",
        "es",
        "launch",
    ),
    (
        "Sora ha eliminado el requisito del código de invitación",
        "OpenAI abrió la app a todos los usuarios de Estados Unidos y Canadá.",
        "es",
        "availability",
    ),
    (
        "Un sitio que revende llamadas a la API de Veo 3 a mitad de precio",
        "Un revendedor ofrece acceso no oficial al modelo de Google.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway lanza Gen-5; según analistas es el mejor modelo de vídeo",
        "La empresa publicó hoy el modelo para todos sus suscriptores.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Flow, la película de animación letona, llega a Netflix",
        "Hecha con Blender, una herramienta de cine gratuita, la película ganó el Óscar.",
        "es",
        None,
    ),
    # both trees
    (
        "Flow, la herramienta de cine de Google, llega a España",
        "Google ha abierto su herramienta de creación de vídeo con Veo 3 a los suscriptores españoles.",
        "es",
        "availability",
    ),
    # both trees
    (
        "HeyGen lanza Avatar IV con avatares parlantes más realistas",
        "El nuevo modelo de vídeo ya está disponible para todos los suscriptores.",
        "es",
        "launch",
    ),
    (
        "Veo 3 llega a España sin cambios en sus precios",
        "El modelo ya está disponible en la app de Gemini para suscriptores Pro.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Kuaishou lanza Kling 3.0 en la app de Kling",
        "El nuevo modelo de vídeo ya está disponible para todos los usuarios.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Runway aumenta preços; créditos seguem inalterados",
        "O plano Standard passa a custar US$ 15 por mês a partir de hoje.",
        "pt",
        "pricing",
    ),
    (
        "Veo 3 chega ao Brasil sem aumento de preço",
        "O modelo de vídeo do Google já está disponível no app Gemini para assinantes brasileiros.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Sem mudança nos planos, Google corta preço do Veo 3 pela metade",
        "A API do Veo 3 passa a custar US$ 0,20 por segundo a partir de hoje.",
        "pt",
        "pricing",
    ),
    (
        "Preços do Sora continuam os mesmos, diz OpenAI",
        "A empresa negou que vá cobrar mais pelos vídeos gerados.",
        "pt",
        None,
    ),
    (
        "Runway desmente boato de que vai encerrar o Gen-3",
        "A empresa afirma que o modelo continua disponível.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora chega ao Brasil; OpenAI nega que vá cobrar pelos vídeos",
        "O aplicativo já está disponível na App Store brasileira.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Google integra Veo 3 ao app Fotos",
        "Usuários brasileiros já podem transformar fotos em vídeos curtos.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "OpenAI lança app do Sora para Android",
        "O aplicativo já está disponível na Google Play no Brasil.",
        "pt",
        "availability",
    ),
    (
        "Runway restringe Gen-4.5 a poucos criadores",
        "O novo modelo está disponível apenas para um pequeno grupo de cineastas parceiros.",
        "pt",
        "waitlist",
    ),
    # both trees
    (
        "Google apresenta Veo 4, disponível apenas para alguns cineastas",
        "O Google mostrou nesta quarta seu novo modelo de vídeo, que chega primeiro a parceiros selecionados.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Runway lança Gen-5; analistas elogiam",
        "O novo modelo de vídeo já está disponível para todos os assinantes.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Flow, a ferramenta de cinema do Google, chega ao Brasil",
        "O Google liberou sua ferramenta de criação de vídeo com Veo 3 para assinantes brasileiros.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Sem alarde, ByteDance lança Seedance 2.0",
        "O novo modelo de vídeo já está disponível no Dreamina.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lança Kling 3.0 no app do Kling",
        "O novo modelo de vídeo já está disponível para todos os usuários.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Flow, a animação letã, chega à Netflix",
        "Feita com Blender, uma ferramenta de cinema gratuita, a animação ganhou o Oscar.",
        "pt",
        None,
    ),
    (
        "Veo 3 arriva nell'app Foto",
        "Google ha iniziato a distribuire la funzione foto-video con Veo 3 agli utenti italiani di Google Foto.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Google sta distribuendo Veo 3 agli utenti italiani",
        "Il modello video è disponibile da oggi nell'app Gemini per gli abbonati Pro in Italia.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Google sta portando Veo 3 in Italia",
        "Il modello video è disponibile da oggi nell'app Gemini per gli abbonati Pro.",
        "it",
        "availability",
    ),
    # both trees
    (
        "OpenAI sta portando avanti i test di Sora 2 in Europa",
        "Secondo fonti interne, l'azienda non ha ancora deciso una data di lancio.",
        "it",
        None,
    ),
    (
        "Meta sta portando Movie Gen su Instagram",
        "Da oggi gli utenti di Instagram negli Stati Uniti possono modificare video con Movie Gen.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Sora costa meno di Veo? Il confronto dei prezzi",
        "Abbiamo messo a confronto gli abbonamenti dei principali generatori video.",
        "it",
        None,
    ),
    # both trees
    (
        "Kling costa di meno su Freepik: la guida",
        "Come risparmiare crediti usando Kling tramite piattaforme di terze parti.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 Fast costa meno da oggi",
        "Google ha ridotto il prezzo dell'API di Veo 3 Fast a 0,15 dollari al secondo.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 scende a 0,20 dollari al secondo contro gli 0,40 del lancio",
        "Google ha dimezzato da oggi il prezzo di Veo 3 sull'API Gemini.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Un anno fa il debutto, oggi Kling 3.0: Kuaishou lancia il nuovo modello",
        "Kuaishou ha presentato Kling 3.0, disponibile da oggi per tutti.",
        "it",
        "launch",
    ),
    (
        "Un anno fa il debutto di Kling",
        "Dalla prima demo a oggi: come è cambiato il generatore video di Kuaishou.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway lancia Gen-5: secondo gli analisti è il miglior modello video",
        "La startup ha reso disponibile Gen-5 a tutti gli abbonati da martedì.",
        "it",
        "launch",
    ),
    (
        "Le voci su un possibile abbonamento obbligatorio per Kling",
        "Kuaishou non ha commentato le indiscrezioni.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway aumenta i prezzi del piano Pro, restano invariati gli altri",
        "Da oggi il piano Pro costa 35 dollari al mese.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Nessun preavviso: prezzi raddoppiati per Runway Gen-4",
        "Da lunedì il piano Standard costa 24 dollari al mese invece di 12.",
        "it",
        "pricing",
    ),
    # both trees
    ("OpenAI smentisce che Sora chiuderà", "L'azienda assicura che l'app resterà disponibile.", "it", None),
    (
        "Runway nega le voci che Gen-3 diventerà a pagamento",
        "La società assicura che il modello resterà nel piano gratuito.",
        "it",
        None,
    ),
    # both trees
    (
        "Sora arriva in Italia; OpenAI smentisce che sarà a pagamento",
        "L'app è disponibile da oggi sull'App Store italiano, gratis.",
        "it",
        "availability",
    ),
    # both trees
    (
        "OpenAI ha rilasciato l'app di Sora per Android",
        "L'applicazione è disponibile da oggi sul Play Store in Italia.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Flow, lo strumento di regia di Google, arriva in Italia",
        "Google ha aperto Flow, basato su Veo 3, agli abbonati italiani di Google AI Pro.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Flow, il film d'animazione lettone, arriva su Netflix",
        "Realizzato con Blender, uno strumento per il cinema gratuito, il film ha vinto l'Oscar.",
        "it",
        None,
    ),
    # both trees
    (
        "Kuaishou lancia Kling 3.0 nell'app di Kling",
        "Il nuovo modello video è disponibile da oggi per tutti gli utenti.",
        "it",
        "launch",
    ),
    # both trees
    (
        "HeyGen lancia Avatar IV con avatar parlanti più realistici",
        "Il nuovo modello video è disponibile da oggi per tutti gli abbonati.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Runway raises prices, credits stay the same",
        "Runway's AI video generator now costs $15 a month on the Standard plan, up from $12, starting today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Pika raises prices; access stays the same for free users",
        "Pika Labs' video generator Standard plan now costs $10 a month instead of $8 from today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google cuts Veo 3 prices, access remains unchanged",
        "Veo 3 video generation on the Gemini API now costs $0.40 per second, down from $0.75, starting today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway sunsets its legacy image-to-video tool",
        "Runway said Gen-2 image-to-video generation will be switched off for all users on May 1.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Sora app available in Europe; OpenAI declined to comment on pricing",
        "The Sora video app can be downloaded in the EU from today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI launches Sora Android app, no changes to access for iPhone users",
        "The Sora video app is now on Google Play in the US and Canada.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora 2 pauses sign-ups in first days of launch",
        "OpenAI said it temporarily stopped new sign-ups for its video app after demand overwhelmed servers.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI has not announced a release date for Sora 3",
        "The company said it is focused on improving Sora 2.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway launches Gen-5 as analysts expect price war",
        "Runway's new video model went live for all paid subscribers on Tuesday.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google unveils Veo 4; analyst calls it a leap",
        "Google's new video model is available today in Gemini and Flow.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI cuts Sora Pro price to $100, analysts say rivals will follow",
        "Starting today, Sora's Pro tier for video generation costs $100 a month, down from $200.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kling 3.0 arrives, months after Veo 3 did",
        "Kuaishou released its Kling 3.0 video model with native audio to all users on Monday.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Adobe launches Firefly Video model, reserving it for select enterprise customers at first",
        "Adobe released its Firefly Video model in beta on Wednesday.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Veo 3 arrives in the Photos app on Android",
        "Google Photos users can now animate pictures into video clips with Veo 3.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway's Gen-5 is here, and a fix for Gen-4 lip sync is rolled out too",
        "Runway released its Gen-5 video model today for all subscribers.",
        "en",
        "launch",
    ),
    (
        "Sora is still available in the UK, OpenAI confirms",
        "The video app was not affected by the outage reported on Monday.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 now available in the UK; Sora 1 is still available to Plus users",
        "OpenAI's video app rolled out in Britain today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling AI mobile app debuts Kling 3.0 video model",
        "Kuaishou released Kling 3.0 to all users today, first in its app.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google baisse les prix de Veo 3, les quotas restent identiques",
        "L'API du modèle vidéo coûte désormais 0,40 dollar par seconde, contre 0,75 auparavant.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Pika relève ses prix sans changement des crédits",
        "L'abonnement Standard du générateur vidéo passe de 8 à 10 dollars par mois.",
        "fr",
        "pricing",
    ),
    (
        "Google dévoile Veo 4 sans hausse de prix",
        "Le nouveau modèle vidéo est disponible dès aujourd'hui dans Gemini au même tarif que Veo 3.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway retirera Gen-3 Alpha le 1er juin",
        "Le modèle vidéo de 2024 ne sera plus proposé aux abonnés.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Instagram retirera les vidéos IA non signalées dès le 1er mai",
        "Les contenus générés avec Sora ou Veo devront être étiquetés.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kling lance un nouveau prix plancher pour ses vidéos",
        "Depuis lundi, une vidéo de 5 secondes coûte 10 crédits au lieu de 20 sur le générateur de Kuaishou.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "OpenAI étend Sora à Android",
        "L'application de génération vidéo est disponible sur le Play Store en France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "YouTube étend l'étiquetage IA à iOS",
        "Les vidéos générées avec Veo ou Sora porteront une mention dans l'application iPhone.",
        "fr",
        None,
    ),
    (
        "Kling met sur pause l'accès gratuit à Kling 3.0",
        "Trop de demandes : les comptes gratuits ne peuvent plus générer de vidéos.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Runway met sur pause la création de vidéos avec des visages de célébrités",
        "La start-up renforce sa modération après plusieurs plaintes.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway lance Gen-5 ; selon des analystes, il surpasse Veo 3",
        "Le nouveau modèle vidéo est disponible dès aujourd'hui pour tous les abonnés.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway baisse ses prix de 20 %, pour contrer Google selon un analyste",
        "Le forfait Standard du générateur vidéo passe de 12 à 9,60 dollars par mois dès aujourd'hui.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Sora 2 : le lancement en Europe repoussé au début de 2026",
        "OpenAI a confirmé que son application vidéo n'arrivera pas dans l'UE cette année.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Qu'est devenu Sora, un an après son lancement ?",
        "Le générateur vidéo d'OpenAI a perdu une partie de ses utilisateurs.",
        "fr",
        None,
    ),
    # both trees
    (
        "Que devient Runway ? La start-up baisse ses prix de moitié",
        "Le forfait Standard du générateur vidéo passe à 6 dollars par mois dès aujourd'hui.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Grok Imagine n'est plus réservé aux abonnés",
        "xAI ouvre son générateur vidéo à tous les utilisateurs gratuits dès aujourd'hui.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "L'application mobile Kling lance Kling 3.0",
        "Kuaishou a dévoilé aujourd'hui son nouveau modèle vidéo Kling 3.0, disponible pour tous.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway erhöht die Preise; Kontingente bleiben unverändert",
        "Das Standard-Abo des KI-Videogenerators kostet ab sofort 15 statt 12 Dollar im Monat.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Google senkt Preise für Veo 3, Zugang bleibt gleich",
        "Das Videomodell kostet in der Gemini-API ab sofort 0,40 Dollar pro Sekunde.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Kling verdoppelt Credits ohne Preiserhöhung",
        "Pro-Abonnenten des KI-Videogenerators erhalten ab sofort 3000 statt 1500 Credits im Monat.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Sora Pro soll künftig 100 Dollar kosten",
        "OpenAI senkt den Preis für das Pro-Abo seines Videogenerators ab sofort von 200 auf 100 Dollar.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Runway: Gen-4-Videos sollen ab sofort weniger kosten",
        "Runway senkt den Credit-Preis pro Sekunde Video von 12 auf 8 Credits.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 soll ab heute auch in Deutschland starten",
        "Google schaltet sein Videomodell in der Gemini-App für deutsche Pro-Abonnenten frei.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Google stellt Veo 4 vor: Das Modell soll Kinoqualität aufs Smartphone bringen",
        "Google hat Veo 4 am Dienstag veröffentlicht; es ist ab sofort in Gemini verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Runway soll bald Gen-5 vorstellen",
        "Insider berichten von einem Start des neuen Videomodells im Sommer.",
        "de",
        None,
    ),
    # both trees
    (
        "Runway stellt Gen-5 vor; Marktforscher sehen Vorsprung",
        "Das neue Videomodell ist ab sofort für alle Abonnenten verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Analysten erwartet: OpenAI erhöht Sora-Pro-Preis auf 250 Dollar",
        "Ab sofort kostet das Pro-Abo mit Videogenerator 250 statt 200 Dollar.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Google stellt Veo 4 vor",
        "Das neue Videomodell ist ab heute in Gemini verfügbar; neue Preise nannte das Unternehmen nicht.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Kuaishou stellt Kling 3.0 vor – ohne Preiserhöhung",
        "Das neue Videomodell ist ab sofort für alle Abonnenten zum bisherigen Preis verfügbar.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Sora kommt nach Deutschland – OpenAI bestreitet Berichte über Verzögerung",
        "Die Video-App ist ab heute im App Store verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Runway stellt Act-Two vor, das vorerst nur einer kleinen Gruppe zur Verfügung steht",
        "Runway hat am Dienstag sein neues Motion-Capture-Videomodell präsentiert.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Runway sube precios: los créditos se mantienen",
        "La empresa cobra desde hoy 15 dólares al mes por el plan Estándar de su generador de vídeo.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Kling baja sus precios sin cambios en los créditos",
        "El generador de vídeo de Kuaishou cuesta desde hoy 8 dólares al mes.",
        "es",
        "pricing",
    ),
    (
        "Google presenta Veo 4 sin cambios en sus precios",
        "El nuevo modelo de vídeo ya está disponible en Gemini al mismo precio que Veo 3.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Runway no ha subido sus precios pese a los rumores",
        "El plan Estándar de su generador de vídeo sigue costando 12 dólares.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora llega a México y los precios se mantienen",
        "La app de vídeo de OpenAI ya está disponible en la App Store mexicana.",
        "es",
        "availability",
    ),
    (
        "Runway niega que vaya a cobrar por Gen-3",
        "La empresa asegura que su modelo de vídeo seguirá incluido en el plan gratuito.",
        "es",
        None,
    ),
    (
        "Google limita Veo 4 a unos pocos cineastas",
        "El nuevo modelo de vídeo solo está disponible para un pequeño grupo de creadores invitados.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "La app de Kling estrena Kling 3.0, su nuevo modelo de vídeo",
        "Kuaishou lanzó hoy Kling 3.0 para todos los usuarios.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Runway aumenta preços; créditos seguem inalterados",
        "O plano Standard do gerador de vídeo passa a custar US$ 15 por mês a partir de hoje.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Kling dobra créditos do plano Pro sem reajuste",
        "Assinantes Pro do gerador de vídeo da Kuaishou passam a receber 3.000 créditos por mês a partir de hoje.",
        "pt",
        "pricing",
    ),
    (
        "Google apresenta Veo 4 sem aumento de preço",
        "O novo modelo de vídeo já está disponível no Gemini pelo mesmo valor do Veo 3.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Runway reduz preços; planos ficam iguais",
        "O plano Standard do gerador de vídeo passa a custar US$ 10 por mês a partir de hoje.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "OpenAI desmente os rumores de que vai cobrar pelo Sora",
        "A empresa afirma que o gerador de vídeo continuará gratuito.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sora chega a Portugal e OpenAI nega que vá cobrar",
        "O aplicativo de vídeo já está disponível na App Store portuguesa.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Google limita o Veo 4 a um pequeno grupo de cineastas",
        "O novo modelo de vídeo está disponível apenas para convidados.",
        "pt",
        "waitlist",
    ),
    # both trees
    (
        "Runway lança Gen-5, disponível apenas para alguns criadores por enquanto",
        "A empresa apresentou nesta terça seu novo modelo de vídeo.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Sem mudanças de preço, Kling lança Kling 3.0",
        "O novo modelo de vídeo já está disponível para todos os assinantes.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "App do Kling estreia o Kling 3.0, novo modelo de vídeo",
        "A Kuaishou lançou hoje o Kling 3.0 para todos os usuários.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Runway aumenta i prezzi, restano invariati i crediti",
        "Da oggi il piano Standard del generatore video costa 15 dollari al mese.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Kling raddoppia i crediti video, nessun aumento di prezzo",
        "Gli abbonati Pro del generatore video di Kuaishou ricevono da oggi 3.000 crediti al mese invece di 1.500.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Google presenta Veo 4, nessun aumento di prezzo",
        "Il nuovo modello video è disponibile da oggi in Gemini.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Veo 3 costa meno: Google taglia il prezzo dell'API",
        "Da oggi il modello video costa 0,20 dollari al secondo.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 costa meno di Sora 2? Il confronto",
        "Abbiamo confrontato prezzi e qualità dei due generatori video.",
        "it",
        None,
    ),
    # both trees
    (
        "Quanto costa Kling? Costa meno di Runway, ecco la guida",
        "Tutti i piani del generatore video di Kuaishou spiegati.",
        "it",
        None,
    ),
    # both trees
    (
        "Google sta distribuendo Veo 3 in Italia",
        "Il modello video arriva da oggi nell'app Gemini per gli abbonati Pro.",
        "it",
        "availability",
    ),
    # both trees
    (
        "OpenAI sta portando avanti i colloqui con i regolatori in Europa su Sora",
        "Il generatore video non ha ancora una data di arrivo nell'UE.",
        "it",
        None,
    ),
    (
        "Un anno fa il lancio di Sora: cosa è cambiato",
        "Dal primo video a oggi, la storia del generatore di OpenAI.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway lancia Gen-5: secondo alcuni analisti supera Veo 3",
        "Il nuovo modello video è disponibile da oggi per tutti gli abbonati.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Sora arriva in Italia, i prezzi restano invariati",
        "L'app video di OpenAI è disponibile da oggi sull'App Store italiano.",
        "it",
        "availability",
    ),
    # both trees
    (
        "L'app di Kling lancia Kling 3.0, il nuovo modello video",
        "Kuaishou ha rilasciato oggi Kling 3.0 per tutti gli utenti.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Runway raises prices, credits stay the same",
        "Runway's AI video generator gets more expensive for new subscribers starting today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google cuts Veo 3 prices, access remains unchanged",
        "The cheaper rates for the video model apply on the Gemini API from today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Luma cuts Ray3 prices; plans remain the same",
        "Dream Machine users pay fewer credits per video with the Ray3 model from today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway senkt die Preise, Abos bleiben unverändert",
        "Der KI-Videogenerator wird ab heute für alle Abonnenten günstiger.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Google: Veo 3 soll ab sofort nur noch 0,20 Dollar pro Sekunde kosten",
        "Der Konzern hat die Preise für sein Videomodell in der Gemini-API halbiert.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Kuaishou launches Kling 3.0; analysts see it as a rival to Veo 3",
        "The new video model is available to all users starting today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway lance Gen-5, qui dépasse Veo 3 selon les analystes",
        "La start-up a rendu son nouveau modèle vidéo disponible ce mardi pour tous ses abonnés.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Flow, le film d'animation oscarisé, arrive sur Netflix",
        "Le film letton, réalisé avec Blender, est disponible dès aujourd'hui.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway raises prices, credits stay the same",
        "The change applies to all new subscribers of the AI video generator from today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway senkt die Preise, Abos bleiben unverändert",
        "Die Änderung gilt ab heute für alle Nutzer des KI-Videogenerators.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Kuaishou launches Kling 3.0, the best video model yet according to analysts",
        "The new video model is available to all users starting today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "La start-up derrière Pika ferme ses portes",
        "Pika Labs arrêtera son générateur vidéo le 31 mars et remboursera les abonnés annuels.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Genmo ferme ses portes et arrête son générateur vidéo Mochi",
        "La start-up californienne a annoncé lundi la fin de son service de génération vidéo.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Kling 3.0, lancé par le groupe Kuaishou, débarque en France",
        "Le générateur vidéo chinois est disponible depuis ce mardi pour les utilisateurs français.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Vidu 2.0, lancé par le groupe ShengShu, promet des vidéos en 10 secondes",
        "ShengShu a dévoilé ce jeudi Vidu 2.0, son nouveau modèle vidéo, disponible immédiatement.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "OpenAI rend Sora disponible en France avec filigrane",
        "L'application vidéo est téléchargeable dès aujourd'hui ; chaque vidéo porte un filigrane visible.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Runway lance Gen-4.5 et corrige les problèmes de Gen-4",
        "Le nouveau modèle vidéo est disponible dès aujourd'hui pour tous les abonnés.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "OpenAI lance Sora 2 et ouvre l'application uniquement sur invitation",
        "OpenAI a dévoilé mardi Sora 2, son nouveau modèle vidéo, avec une application iPhone.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway bringt Gen-4 per neuem Plugin in Premiere Pro",
        "Cutter können ab sofort KI-Videos direkt in Adobes Schnittprogramm erzeugen.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Wie teuer ist Veo 3 jetzt? Google senkt die Preise um die Hälfte",
        "Das Videomodell kostet in der Gemini-API ab sofort 0,20 Dollar pro Sekunde.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Google presenta Veo 4 y recuerda el lanzamiento de Veo 3",
        "El nuevo modelo de vídeo ya está disponible en la app de Gemini.",
        "es",
        "launch",
    ),
    # both trees
    (
        "OpenAI lanza Sora 2 y lo abre solo por invitación",
        "El nuevo modelo de vídeo llega con una app para iPhone en Estados Unidos.",
        "es",
        "launch",
    ),
    # both trees
    (
        "OpenAI lancia Sora 2 e lo apre solo su invito",
        "Il nuovo modello video arriva con un'app per iPhone negli Stati Uniti.",
        "it",
        "launch",
    ),
    # both trees
    (
        "OpenAI lança Sora 2 e libera apenas por convite",
        "O novo modelo de vídeo chega com um aplicativo para iPhone nos Estados Unidos.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Runway lança extensão para o Premiere Pro",
        "Editores já podem gerar vídeos com o Gen-4 diretamente no programa da Adobe.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Runway cuts Gen-4 prices as AI video costs fall",
        "Runway's Standard plan now costs $10 a month, down from $12, starting today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "xAI brings Grok Imagine video generation to the Grok app on Android",
        "Android users can now make six-second videos in the Grok app from today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway launches Gen-5 as its CEO looks back on Gen-4",
        "Runway released its Gen-5 video model to all paid subscribers on Tuesday.",
        "en",
        "launch",
    ),
    # both trees
    ("Sora 3: the features we want to see", "Our wish list for OpenAI's next video model.", "en", None),
    # both trees
    (
        "Runway says it has changed Gen-4 pricing",
        "From today the Standard plan of the AI video generator costs $15 a month, up from $12.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI says it has removed the Sora waitlist",
        "Anyone in the US and Canada can now sign up for the Sora video app without an invite code.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google announced it has cut Veo 3 prices by half",
        "The video model now costs $0.20 per second on the Gemini API.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI says it has tightened Sora's rules on public figures",
        "The video app will refuse more prompts that name celebrities.",
        "en",
        None,
    ),
]

WORDINGS_A_SECOND_REVIEW_WROTE = [
    # both trees
    (
        "Runway raises Gen-4 prices; API rates remain unchanged",
        "Runway said on Tuesday that its Standard and Pro plans will cost more from next month, while per-second API rates stay where they are.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google halves Veo 3 API price, with no change to Gemini app access",
        "Veo 3 now costs $0.40 per second on Vertex AI, Google said today; Gemini app subscribers keep the same daily quotas.",
        "en",
        "pricing",
    ),
    (
        "OpenAI denies shutdown reports, says Sora will come to Android next week",
        "The company said the Sora Android app will roll out to users in the US and Canada on Tuesday and dismissed reports that it planned to close the service.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI denies reports that Sora will come to the EU this year",
        "An OpenAI spokesperson said there are no plans to launch Sora in the European Union before 2026, citing regulatory work.",
        "en",
        "delay",
    ),
    # both trees
    (
        "OpenAI denies claims it will shut down Sora next month",
        "The company said reports of an imminent shutdown were false and that the app remains available.",
        "en",
        None,
    ),
    (
        "Kuaishou denies that Kling will charge for basic generations",
        "A Kuaishou spokesperson said free daily credits for Kling users are not going away.",
        "en",
        None,
    ),
    # both trees
    (
        "Waitlist for Runway's Gen-4.5 early access program now open",
        "Runway opened a waitlist on Monday for creators who want early access to Gen-4.5, its next video model.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "At its I/O conference, Google puts Veo 3.1 Pro behind a waitlist",
        "Google said Tuesday that Veo 3.1 Pro will be available only to approved users who join a waitlist in Flow.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI debuts Sora 2 in a livestream, app available today on iOS",
        "OpenAI unveiled Sora 2 during a livestream on Tuesday and released an invite-only iPhone app in the US and Canada.",
        "en",
        "launch",
    ),
    # both trees
    (
        "YouTube taps Veo 3 as the new engine of Dream Screen, rolling out today in Shorts",
        "YouTube said creators in the US, UK, Canada, Australia and New Zealand can now generate Veo 3 backgrounds in Shorts.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Pika shares Pika 3.0 demo clips and opens a waitlist",
        "Pika said on Tuesday that Pika 3.0 will reach users in batches and opened a waitlist for early access.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Google rolls out Veo 3 to Gemini users in Europe, with no change to prices",
        "Google said Tuesday that Veo 3 is now available to AI Pro subscribers across the EU at the same monthly price.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora adds $4 packs of extra generations; free limits stay the same",
        "OpenAI began selling packs of 10 extra generations for $4 on Thursday; free daily limits are unchanged for now.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kling cuts credit costs for Kling 2.6 as compute costs fall",
        "Kuaishou said Kling 2.6 generations now cost 30% fewer credits starting today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kling price update: with the new plans, prices drop by 40%",
        "Kuaishou lowered the price of every Kling AI subscription plan on Monday, effective immediately.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Luma sunsets its legacy capture app and Ray 1.6 video model",
        "Luma AI said it will shut down Ray 1.6 in Dream Machine on January 15, along with its original 3D capture app.",
        "en",
        "shutdown",
    ),
    (
        "Runway keeps Act-Two in the hands of its Creative Partners for now",
        "Runway said Act-Two is available only to members of its Creative Partners Program while it gathers feedback.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Runway keeps Gen-4.5 for selected enterprise customers",
        "Runway said Gen-4.5 access is limited to a small group of enterprise customers for the next few weeks.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Grok Imagine is no longer an iPhone exclusive as xAI brings it to the Grok app on Android",
        "xAI said Tuesday that its video generator is now available to Android users of the Grok app.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo needs no introduction: Google announces Veo 4 at I/O",
        "Google unveiled Veo 4 on Tuesday at its I/O developer conference, with native 4K output and longer clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway's Gen-4 needs no introduction: a masterclass for filmmakers",
        "A weekend masterclass in Brooklyn walks filmmakers through Runway Gen-4, from prompts to editing.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI has not given a date for Sora 2 in Europe, delaying the rollout",
        "OpenAI said on Friday that Sora 2 is not yet coming to the EU and gave no timeline.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Sora 2 will not launch in the UK yet; OpenAI declined to give a date",
        "OpenAI said the Sora app is not coming to the UK for now.",
        "en",
        "delay",
    ),
    (
        "Adobe declined to discuss pricing or a release date for its Firefly video model",
        "Adobe showed the model to reporters but did not say when customers could use it.",
        "en",
        None,
    ),
    (
        "Google did not comment on Veo 4 availability or pricing",
        "The company has not confirmed any Veo 4 plans, despite reports of testing.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI launches Sora 2 but has not changed access for Sora 1 users",
        "OpenAI released Sora 2 on Tuesday; existing Sora 1 users keep their current access on sora.com.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Kling AI mobile app now available on iPhone in Europe",
        "Kuaishou released the Kling AI app for iOS in 30 European countries on Monday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 is live in the Kling AI mobile app",
        "Kuaishou released Kling 3.0 on Thursday, its newest video model, in the Kling AI app and on the web.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Waitlist for a Sora filmmaking course at NYU tops 2,000",
        "Demand for a spring course on making short films with Sora has outstripped the 40 places on offer.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway's Gen-4 masterclass is sold out, waitlist opens",
        "The two-day masterclass on Runway Gen-4 filled up within hours; organisers opened a waitlist.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 arrives in the Google Photos app",
        "Google said Tuesday that Photos users in the US can now turn pictures into short clips with Veo 3.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Google is building Veo 3 into the Photos app, starting today in the US",
        "Google Photos users in the US can now animate photos with Veo 3, Google said on Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI says fix is rolled out after Sora 2 outage",
        "Sora 2 users saw failed generations for three hours on Monday before a patch was deployed.",
        "en",
        None,
    ),
    # both trees
    (
        "Analysts expect higher bills as Google raises Veo 3 API prices",
        "Google said Tuesday Veo 3 will cost $0.50 per second on Vertex AI from June 1, up from $0.40.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Months after Sora did, Midjourney launches its first video model",
        "Midjourney released V1 on Wednesday, letting subscribers animate images into five-second clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Luma launches Ray3, following last year's release of Ray2",
        "Luma AI released Ray3 on Thursday in Dream Machine, with HDR output and a reasoning step.",
        "en",
        "launch",
    ),
    # both trees
    (
        "An oral history of Pika's first year",
        "Founders and early users recall how Pika went from a Discord bot to a video app.",
        "en",
        None,
    ),
    # both trees
    (
        "ComfyUI adds native Wan 2.2 nodes as Alibaba open-sources the model",
        "Alibaba released the Wan 2.2 weights and code on Monday under an Apache 2.0 licence.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora blocks generation of videos depicting Martin Luther King",
        "OpenAI said it paused the creation of clips showing the civil rights leader at his estate's request.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway unveils Gen-4.5 and a creator program",
        "Runway released Gen-4.5 on Monday to all paid plans and opened applications for a new creator program.",
        "en",
        "launch",
    ),
    (
        "OpenAI adds a request list for Sora 2 Pro API access",
        "Developers must now join a request list before they can call sora-2-pro, OpenAI said.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Runway has not raised prices in two years. Until now: Gen-4 plans go up 20%",
        "Runway said on Monday that all Gen-4 plans will cost 20% more from March.",
        "en",
        "pricing",
    ),
    (
        "Veo 3 prices remain unchanged after Google's Cloud event",
        "Google kept Veo 3 at $0.40 per second on Vertex AI; no new pricing was announced at the event.",
        "en",
        None,
    ),
    (
        "Runway's published prices are unchanged despite Gen-4.5 demand",
        "Runway said it had no plans to change its subscription prices.",
        "en",
        None,
    ),
    (
        "Sora 2 update does not affect pricing, credits or access",
        "OpenAI's latest Sora update adds new camera controls; the company said plans are untouched.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI is shutting down Sora; API access remains unchanged until September",
        "OpenAI said the Sora app and web version will be discontinued on April 26, while the API stays available until September 24.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Sora 2 is still available only in the US and Canada, but Japan gets it today",
        "OpenAI said on Tuesday that Sora 2 is now available in Japan.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora is still available, OpenAI says after outage",
        "The Sora app was down for several hours on Monday.",
        "en",
        None,
    ),
    # both trees
    (
        "Google launches Veo 3.1; Veo 3 prices are the same",
        "Google released Veo 3.1 on Wednesday in Flow and the Gemini API at the same price as Veo 3.",
        "en",
        "launch",
    ),
    # both trees
    (
        "As AI video costs fall, studios rethink budgets",
        "Production houses say tools like Veo and Kling have cut the cost of pre-visualisation.",
        "en",
        None,
    ),
    (
        "Luma shuts down its 3D capture app to focus on Dream Machine",
        "Luma AI said its original NeRF capture app will close in March.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 app is invite-only; Android version has no change to access",
        "OpenAI said the Sora 2 app remains invite-only on Android as on iOS. ",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Waitlist for Runway's Gen-4.5 early access program now open",
        "Runway said the model will reach more creators over the coming weeks.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "At its I/O conference, Google puts Veo 3.1 Pro behind a waitlist",
        "The new model was shown on stage on Tuesday.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Runway debuts Gen-4.5 in a livestream, now available to all paid plans",
        "The new model was shown during a one-hour stream on Monday.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 Pro demo footage lands, with a waitlist for API access",
        "OpenAI said developers can request access to sora-2-pro through a form.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Sans crier gare, hausse des tarifs pour Sora 2 Pro",
        "OpenAI a relevé mardi le prix de l'abonnement donnant accès à Sora 2 Pro, qui passe à 230 dollars par mois.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Sans surprise, hausse des prix chez Runway pour Gen-4",
        "Runway a annoncé lundi que ses formules Standard et Pro coûteront 20 % de plus dès le mois prochain.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Runway revoit sa copie tarifaire : les abonnements augmentent",
        "Le générateur vidéo Runway a annoncé une hausse de 15 % de ses formules Standard et Pro à partir du 1er mars.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Runway revoit ses prix à la baisse pour Gen-4 Turbo",
        "La start-up new-yorkaise a divisé par deux le coût en crédits de Gen-4 Turbo, a-t-elle annoncé jeudi.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 : Google baisse ses prix, les quotas restent inchangés",
        "Google a annoncé mardi une baisse de 50 % du tarif de Veo 3 sur Vertex AI ; les quotas de l'application Gemini ne changent pas.",
        "fr",
        "pricing",
    ),
    (
        "Sora 2 : pas de changement de tarifs pour les abonnés ChatGPT Plus",
        "OpenAI a confirmé que les abonnés Plus conservent le même quota de vidéos.",
        "fr",
        None,
    ),
    (
        "OpenAI dément que Sora va fermer",
        "L'entreprise assure que son application vidéo reste disponible et qu'aucune fermeture n'est prévue.",
        "fr",
        None,
    ),
    # both trees
    (
        "OpenAI : la plateforme Sora fermera ses portes le 26 avril",
        "OpenAI a annoncé l'arrêt de son application vidéo Sora, qui sera débranchée fin avril, l'API suivant en septembre.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "La banque d'images vidéo Clipothèque ferme ses portes, laminée par Veo",
        "La société lyonnaise cessera son activité en juin, victime de la concurrence des générateurs vidéo.",
        "fr",
        None,
    ),
    # both trees
    (
        "Après l'appel de Hollywood, OpenAI lance Sora 2 avec des garde-fous",
        "OpenAI a lancé mardi Sora 2, son nouveau modèle vidéo, accompagné de filtres sur les personnalités.",
        "fr",
        "launch",
    ),
    (
        "Pétition lancée par un collectif d'animateurs contre Sora",
        "Plus de 3 000 professionnels de l'animation demandent l'interdiction des outils vidéo génératifs dans les studios.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kling 2.6, lancé par le groupe Kuaishou, débarque en France",
        "Le modèle vidéo de Kuaishou est désormais accessible aux utilisateurs français via l'application Kling AI.",
        "fr",
        "availability",
    ),
    (
        "Le court métrage réalisé avec Sora, disponible dès maintenant en replay",
        "Le film de 12 minutes, généré presque entièrement avec Sora, est visible sur la plateforme d'Arte.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 disponible dès maintenant : OpenAI dévoile un court métrage réalisé avec son nouveau modèle",
        "OpenAI a lancé mardi Sora 2 aux États-Unis et au Canada, avec une application sur invitation.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Grok Imagine n'est plus une exclusivité iPhone : xAI l'étend à Android",
        "Le générateur vidéo de xAI est désormais disponible dans l'application Grok sur Android.",
        "fr",
        "availability",
    ),
    (
        "Google intègre Veo 3 dans l'app Photos",
        "Les utilisateurs de Google Photos aux États-Unis peuvent désormais animer leurs photos avec Veo 3.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "OpenAI étend son filtre anti-deepfake à Android",
        "L'application Sora sur Android applique désormais les mêmes protections que sur iOS.",
        "fr",
        None,
    ),
    (
        "Sora met sur pause la génération de vidéos de Martin Luther King",
        "OpenAI a suspendu la création de vidéos représentant le pasteur, à la demande de sa famille.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora met sur pause les inscriptions face à l'afflux",
        "OpenAI a suspendu temporairement la création de nouveaux comptes sur Sora après le lancement.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Runway ouvre Gen-4.5 uniquement sur invitation",
        "Le nouveau modèle n'est accessible qu'aux créateurs invités par Runway pour l'instant.",
        "fr",
        "waitlist",
    ),
    # both trees
    (
        "Seedance 2.0 reste à quai en Europe",
        "ByteDance a suspendu le lancement mondial de Seedance 2.0 après des litiges sur les droits d'auteur.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Luma retirera Ray 1.6 de Dream Machine le 15 janvier",
        "Luma AI a prévenu ses utilisateurs que l'ancien modèle ne sera plus disponible à partir de cette date.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "OpenAI va retirer la limite de générations gratuites de Sora le 1er juin",
        "Les utilisateurs gratuits devront acheter des crédits au-delà de 5 vidéos par mois.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Qu'est devenu Veo ? Un an après, Google multiplie les versions",
        "Retour sur une année de mises à jour du modèle vidéo de Google.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google lève le rideau sur Veo 4",
        "Google a présenté mardi Veo 4, son nouveau modèle de génération vidéo, lors de sa conférence I/O.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Au début de l'été, Google lance Veo 3 en France",
        "Google a lancé jeudi Veo 3 dans l'application Gemini pour les abonnés AI Pro en France.",
        "fr",
        "availability",
    ),
    (
        "Annecy lance une section dédiée aux films générés avec Sora et Veo",
        "Le festival d'animation ouvre une compétition pour les courts métrages réalisés avec des outils d'IA.",
        "fr",
        None,
    ),
    # both trees
    (
        "Annecy : Google dévoile Veo 4 et lance une sélection dédiée aux films IA",
        "Google a présenté mardi au festival Veo 4, son nouveau modèle vidéo, disponible dans Flow.",
        "fr",
        "launch",
    ),
    (
        "OpenAI annonce avoir renforcé les protections de Sora 2",
        "L'entreprise a durci les filtres sur les visages de personnalités après des critiques.",
        "fr",
        None,
    ),
    # both trees
    (
        "OpenAI annonce avoir rendu Sora 2 disponible en Europe",
        "L'application Sora 2 est accessible depuis mardi en France, en Allemagne et en Italie.",
        "fr",
        "availability",
    ),
    (
        "Aucun tarif annoncé pour Veo 4",
        "Google n'a pas précisé le prix de son nouveau modèle vidéo lors de sa présentation.",
        "fr",
        None,
    ),
    (
        "OpenAI n'a annoncé ni date ni tarif pour Sora 2 en Europe",
        "L'entreprise n'a donné aucune indication sur l'arrivée de son application vidéo dans l'Union européenne.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kling AI lance son application mobile pour iPhone avec Kling 2.6",
        "Kuaishou a mis en ligne mardi l'application Kling AI sur l'App Store, avec son nouveau modèle Kling 2.6 dévoilé le même jour.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "L'application mobile Sora arrive sur Android en France",
        "OpenAI a lancé l'application Sora sur le Google Play Store en France mardi.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Un développeur lance un plugin gratuit qui apporte Runway dans Premiere Pro",
        "L'extension non officielle permet d'appeler l'API de Runway depuis le logiciel d'Adobe.",
        "fr",
        None,
    ),
    # both trees
    (
        "Veo 3 coûtera moins cher : Google annonce de nouveaux tarifs",
        "Google a annoncé mardi une baisse de prix de Veo 3 sur Vertex AI, désormais à 0,40 dollar la seconde.",
        "fr",
        "pricing",
    ),
    (
        "Veo 3 : ce que les analystes prévoient pour les tarifs",
        "Un cabinet d'analyse estime que le coût de génération pourrait baisser de moitié d'ici un an.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora a franchi le cap des 100 millions de dollars de revenus annualisés",
        "Selon des chiffres internes, l'application vidéo d'OpenAI génère des revenus en forte hausse.",
        "fr",
        None,
    ),
    # both trees
    (
        "Google unveils Veo 4 at its I/O conference and opens a waitlist",
        "Google showed Veo 4 on stage on Tuesday; filmmakers can sign up for access in Flow.",
        "en",
        "launch",
    ),
    # both trees
    (
        "OpenAI rolls out Sora 2 Pro as Android crash fix is live",
        "OpenAI released Sora 2 Pro to ChatGPT Pro subscribers on Thursday.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Pika launches Pika 2.5 as its creator fund campaign starts",
        "Pika released Pika 2.5 on Monday with sharper motion and longer clips.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway opens Gen-4.5 to free users; a fix is now live for the Android app",
        "Runway said free-plan users can generate with Gen-4.5 starting today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Nouvelle campagne, nouveau modèle : Pika lance Pika 2.5",
        "Pika a lancé lundi Pika 2.5, une version plus rapide de son générateur vidéo.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Lancée par le groupe Kuaishou, la version Kling 3.0 débarque",
        "Kuaishou a dévoilé jeudi Kling 3.0, son nouveau modèle vidéo, disponible dans l'application Kling AI.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Pika lance Pika 2.5 et déploie un correctif pour Android",
        "Pika a lancé lundi Pika 2.5, son nouveau modèle vidéo, et corrigé un bug de son application.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Ohne Vorwarnung: Preiserhöhung für Sora-Nutzer",
        "OpenAI hat die Preise für zusätzliche Sora-Generierungen am Dienstag von 4 auf 6 Dollar pro Paket angehoben.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Keine Frage: Preiserhöhung bei Runway für Gen-4",
        "Runway verlangt ab März 20 Prozent mehr für die Abos Standard und Pro des KI-Videogenerators.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Runway erhöht die Preise, die API-Tarife bleiben unverändert",
        "Der KI-Videodienst verlangt ab März mehr für Standard- und Pro-Abos; die API kostet weiterhin 5 Credits pro Sekunde.",
        "de",
        "pricing",
    ),
    (
        "Veo 3: Die Preise bleiben unverändert",
        "Google hat bei der Vorstellung von Veo 3.1 keine Preisänderung für Veo 3 auf Vertex AI angekündigt.",
        "de",
        None,
    ),
    # both trees
    (
        "Keine Preiserhöhung für Sora trotz hoher Nachfrage",
        "OpenAI will die Preise für ChatGPT Plus und Pro vorerst nicht anheben, sagte eine Sprecherin.",
        "de",
        None,
    ),
    (
        "OpenAI dementiert, dass Sora eingestellt wird",
        "Ein Sprecher wies Berichte über ein baldiges Aus der Video-App zurück.",
        "de",
        None,
    ),
    # both trees
    (
        "OpenAI dementiert Berichte über das Aus, Sora startet heute auf Android",
        "Die Sora-App ist ab sofort im Google Play Store in den USA und Kanada verfügbar.",
        "de",
        "availability",
    ),
    (
        "Warteliste für Münchner Fachkonferenz zu KI-Video wächst",
        "Die Tagung zu Sora, Veo und Kling ist ausgebucht, die Veranstalter führen eine Warteliste.",
        "de",
        None,
    ),
    # both trees
    (
        "Auf der Entwicklerkonferenz: Google stellt Veo 4 hinter eine Warteliste",
        "Filmemacher können sich ab sofort in Flow für den Zugang zum neuen Modell eintragen.",
        "de",
        "waitlist",
    ),
    (
        "Google stellt Veo 4 auf der I/O-Konferenz vor, Warteliste geöffnet",
        "Google hat am Dienstag sein neues Videomodell Veo 4 präsentiert.",
        "de",
        "launch",
    ),
    (
        "Runway stellt Gen-4.5 vorerst nur einer kleinen Gruppe zur Verfügung",
        "Der KI-Videodienst gibt das Modell zunächst nur ausgewählten Kreativen frei.",
        "de",
        "waitlist",
    ),
    (
        "Gen-4.5 ist zunächst nur ausgewählten Filmemachern zugänglich",
        "Runway schaltet das neue Videomodell in den ersten Wochen nur für wenige Nutzer frei.",
        "de",
        "waitlist",
    ),
    (
        "Google integriert sein Videomodell Veo 3 in die Fotos-App",
        "Nutzer von Google Fotos in Deutschland können ab sofort Fotos mit Veo 3 animieren.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Kuaishou veröffentlicht die Kling-App für iOS und Android in Deutschland",
        "Die App des Videogenerators Kling AI ist ab sofort in den deutschen App Stores verfügbar.",
        "de",
        "availability",
    ),
    (
        "Neues Blender-Add-on bindet LTX-2 ein",
        "Ein Entwickler hat eine kostenlose Erweiterung veröffentlicht, die Lightricks' Videomodell in Blender nutzbar macht.",
        "de",
        None,
    ),
    # both trees
    (
        "Lightricks veröffentlicht LTX-2 als Open Source, Blender-Add-on inklusive",
        "Lightricks hat am Dienstag die Gewichte seines Videomodells LTX-2 freigegeben.",
        "de",
        "launch",
    ),
    (
        "Wie viel kostet ein KI-Werbespot? Eine Agentur rechnet vor",
        "Eine Berliner Agentur hat die Kosten für einen 30-Sekunden-Spot mit Veo 3 und Kling aufgeschlüsselt.",
        "de",
        None,
    ),
    # both trees
    (
        "Wie viel kostet Sora jetzt? OpenAI erhöht die Preise",
        "OpenAI hat am Dienstag die Preise für Sora-Zusatzgenerierungen um 50 Prozent erhöht.",
        "de",
        "pricing",
    ),
    (
        "OpenAI dürfte bald ein eigenes Video-Abo einführen",
        "Laut einem Bericht plant OpenAI ein separates Abonnement für Sora.",
        "de",
        None,
    ),
    (
        "OpenAI führt Sora 2 ein, Preisänderungen kündigte das Unternehmen nicht an",
        "OpenAI hat am Dienstag sein neues Videomodell Sora 2 in den USA und Kanada veröffentlicht.",
        "de",
        "launch",
    ),
    # both trees
    (
        "OpenAI äußerte sich nicht zum Starttermin von Sora in Europa",
        "Ein Sprecher wollte keine Angaben zu einem Zeitplan machen.",
        "de",
        None,
    ),
    # both trees
    (
        "Analysten erwarten mehr Umsatz: Google senkt die Preise für Veo 3",
        "Google hat die Preise für Veo 3 auf Vertex AI am Dienstag halbiert.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Sprechende Avatare: HeyGen-Rivale startet neuen Videodienst mit Veo 3",
        "Das Start-up hat am Montag seinen Avatar-Videodienst gestartet, der auf Googles Veo 3 aufsetzt.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Sora und Veo im Vergleich: Zehn Sekunden Video kosten so viel",
        "Wir haben die Preise der wichtigsten KI-Videogeneratoren verglichen.",
        "de",
        None,
    ),
    # both trees
    (
        "Google stellt Veo 4 vor – an den Preisen ändert sich nichts",
        "Google hat am Dienstag Veo 4 präsentiert; das neue Videomodell kostet so viel wie Veo 3.",
        "de",
        "launch",
    ),
    # both trees
    (
        "Sin aviso, Kling ha subido los precios de sus planes",
        "Kuaishou encareció un 25 % sus suscripciones Standard y Pro del generador de vídeo Kling AI, con efecto inmediato.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Google no ha esperado: ha bajado los precios de Veo 3",
        "Google rebajó el martes a la mitad el precio por segundo de Veo 3 en Vertex AI.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Runway sube sus precios; las tarifas de la API se mantienen",
        "La startup de vídeo con IA cobrará un 20 % más por sus planes Standard y Pro desde marzo.",
        "es",
        "pricing",
    ),
    (
        "Veo 3: los precios se mantienen tras la llegada de Veo 3.1",
        "Google conserva el precio de 0,40 dólares por segundo para Veo 3 en Vertex AI.",
        "es",
        None,
    ),
    (
        "OpenAI ni ha cambiado sus precios ni ha anunciado Sora 3",
        "La compañía mantiene sus planes actuales para el generador de vídeo.",
        "es",
        None,
    ),
    # both trees
    (
        "OpenAI niega que Sora vaya a cerrar",
        "Un portavoz aseguró que la aplicación de vídeo seguirá disponible y desmintió los rumores de cierre.",
        "es",
        None,
    ),
    # both trees
    (
        "OpenAI niega que Sora vaya a llegar a Europa este año",
        "La compañía dijo que no tiene planes de lanzar Sora en la Unión Europea antes de 2026.",
        "es",
        "delay",
    ),
    # both trees
    (
        "OpenAI desmiente el cierre: Sora llega a Android",
        "OpenAI lanzó el martes la app Sora en Google Play para Estados Unidos y Canadá.",
        "es",
        "availability",
    ),
    (
        "Runway reserva Gen-4.5 a unos pocos creadores",
        "El nuevo modelo de vídeo solo está disponible para un pequeño grupo de cineastas invitados.",
        "es",
        "waitlist",
    ),
    (
        "Gen-4.5 solo está disponible para un pequeño grupo de creadores",
        "Runway limitará el acceso al nuevo modelo de vídeo durante las primeras semanas.",
        "es",
        "waitlist",
    ),
    (
        "Sora ha eliminado el requisito del código de invitación en Estados Unidos",
        "OpenAI permite desde hoy registrarse en la app Sora sin invitación.",
        "es",
        "availability",
    ),
    (
        "Runway libera Aleph solo por invitación",
        "El nuevo modelo de edición de vídeo de Runway solo está disponible para usuarios invitados.",
        "es",
        "waitlist",
    ),
    (
        "Kling lanza la app de Kling AI para iPhone en España",
        "Kuaishou publicó el martes la aplicación de su generador de vídeo en la App Store española.",
        "es",
        "availability",
    ),
    # both trees
    (
        "La app de Kling estrena Kling 3.0",
        "Kuaishou presentó hoy Kling 3.0, su nuevo modelo de vídeo, disponible en la app de Kling y en la web.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lanza Kling 3.0 en la app de Kling AI",
        "Kuaishou presentó este jueves Kling 3.0, su nuevo modelo de vídeo.",
        "es",
        "launch",
    ),
    (
        "Google integra Veo 3 en la app Fotos",
        "Los usuarios de Google Fotos en España ya pueden animar sus fotos con Veo 3.",
        "es",
        "availability",
    ),
    (
        "Un sitio que revende llamadas a la API de Veo 3 baja sus precios",
        "La plataforma no oficial ofrece Veo 3 más barato que Google.",
        "es",
        None,
    ),
    # both trees
    (
        "Un desarrollador lanza un plugin gratuito para usar Runway en Premiere",
        "La extensión no oficial llama a la API de Runway desde el editor de Adobe.",
        "es",
        None,
    ),
    (
        "La demanda contra Midjourney repasa el lanzamiento de su modelo de vídeo",
        "Disney y Universal citan el lanzamiento de V1 como prueba de infracción.",
        "es",
        None,
    ),
    # both trees
    (
        "Google anuncia haber lanzado Veo 4 en Flow",
        "Google presentó este martes Veo 4, su nuevo modelo de vídeo, disponible para los suscriptores de AI Ultra.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Google ha anunciado haber ampliado Veo 3 a España",
        "Los suscriptores de Google AI Pro en España ya pueden generar vídeos con Veo 3 en la app Gemini.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Sora y Veo generan avatares parlantes: así funcionan",
        "Probamos las herramientas de cine con IA más populares para crear personajes que hablan.",
        "es",
        None,
    ),
    # both trees
    (
        "Nessuna sorpresa: rincaro per gli abbonamenti di Runway",
        "Runway ha aumentato del 20% i prezzi dei piani Standard e Pro del suo generatore video.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Runway aumenta i prezzi, le tariffe API restano invariate",
        "La startup del video generativo chiederà il 20% in più per i piani Standard e Pro da marzo.",
        "it",
        "pricing",
    ),
    (
        "Sora, nessuna nuova tariffa per gli abbonati ChatGPT",
        "OpenAI conferma che i crediti video restano inclusi nel piano attuale.",
        "it",
        None,
    ),
    # both trees
    (
        "OpenAI smentisce che Sora chiuderà",
        "Un portavoce ha detto che l'app video resterà disponibile.",
        "it",
        None,
    ),
    # both trees
    (
        "OpenAI smentisce le voci di chiusura: Sora arriva su Android",
        "L'app Sora è disponibile da martedì sul Google Play Store negli Stati Uniti e in Canada.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Google smentisce che Veo 3 arriverà in Europa quest'estate",
        "Un portavoce ha precisato che il modello video non sarà disponibile nell'UE prima del 2026.",
        "it",
        "delay",
    ),
    (
        "Google sta distribuendo Veo 3 agli utenti italiani",
        "Gli abbonati a Google AI Pro in Italia possono ora generare video con Veo 3 nell'app Gemini.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Runway apre Gen-4.5 solo su invito",
        "Il nuovo modello video è accessibile per ora solo ai creatori invitati.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "Luma apre Ray3 a tutti alla Mostra del cinema di Venezia",
        "Da oggi Ray3 è disponibile per tutti gli utenti di Dream Machine, ha annunciato Luma AI al Lido.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Apre al pubblico a Torino Sogni sintetici, mostra di video creati con Sora",
        "L'esposizione raccoglie trenta cortometraggi generati con l'IA.",
        "it",
        None,
    ),
    # both trees
    (
        "Google ha annunciato di aver reso disponibile Veo 3 in Italia",
        "Gli abbonati a Google AI Pro possono ora generare video con Veo 3 nell'app Gemini.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Kuaishou ha annunciato di aver lanciato Kling 3.0",
        "Kuaishou ha presentato giovedì Kling 3.0, il suo nuovo modello video.",
        "it",
        "launch",
    ),
    (
        "Un anno fa il debutto di Kling",
        "Ripercorriamo dodici mesi del generatore video di Kuaishou.",
        "it",
        None,
    ),
    # both trees
    (
        "Un anno fa il debutto di Kling, oggi arriva Kling 3.0",
        "Kuaishou ha presentato giovedì Kling 3.0, il nuovo modello del suo generatore video.",
        "it",
        "launch",
    ),
    (
        "Sora: le voci su un possibile abbonamento obbligatorio",
        "Secondo alcune indiscrezioni, OpenAI starebbe valutando un piano a pagamento per Sora.",
        "it",
        None,
    ),
    # both trees
    (
        "Veo 3 costa meno: Google taglia il prezzo su Vertex AI",
        "Google ha dimezzato martedì il prezzo al secondo di Veo 3.",
        "it",
        "pricing",
    ),
    (
        "Secondo gli analisti Veo 3 costerà meno nel 2026",
        "Un rapporto prevede un calo dei costi di generazione video.",
        "it",
        None,
    ),
    (
        "Kling lancia l'app di Kling AI per iPhone in Italia",
        "Kuaishou ha pubblicato martedì l'applicazione del suo generatore video sull'App Store italiano.",
        "it",
        "availability",
    ),
    # both trees
    (
        "L'app di Kling si aggiorna con Kling 3.0",
        "Kuaishou ha presentato oggi Kling 3.0, il suo nuovo modello video, disponibile nell'app di Kling e sul web.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Un utente lancia un plugin gratuito per usare Runway in Premiere",
        "L'estensione non ufficiale usa l'API di Runway.",
        "it",
        None,
    ),
    # both trees
    (
        "Ricorso presentato al tribunale contro Midjourney per il lancio del modello video",
        "Disney chiede di bloccare il generatore video V1.",
        "it",
        None,
    ),
    # both trees
    (
        "Kling, Veo 3 costa di meno rispetto al lancio",
        "Google ha abbassato il prezzo al secondo di Veo 3 su Vertex AI, ora a 0,40 dollari.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Sem surpresa: aumento nos preços do Runway",
        "A Runway subiu em 20% os planos Standard e Pro do seu gerador de vídeo com IA a partir de março.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Sem aviso, reajuste nos planos do Kling",
        "A Kuaishou aumentou os preços das assinaturas do gerador de vídeo Kling AI nesta terça.",
        "pt",
        "pricing",
    ),
    (
        "Sem aumento de preço, Veo 3 chega ao Google AI Pro no Brasil",
        "Assinantes do Google AI Pro no Brasil já podem gerar vídeos com o Veo 3 no app Gemini.",
        "pt",
        "availability",
    ),
    (
        "Veo 3: os preços seguem inalterados após o Veo 3.1",
        "O Google manteve o preço de US$ 0,40 por segundo para o Veo 3 na Vertex AI.",
        "pt",
        None,
    ),
    (
        "Nenhuma mudança nos preços do Sora, diz OpenAI",
        "A empresa afirmou que os planos do ChatGPT continuam iguais.",
        "pt",
        None,
    ),
    # both trees
    (
        "OpenAI nega que o Sora vá encerrar",
        "Um porta-voz disse que o aplicativo de vídeo continua disponível.",
        "pt",
        None,
    ),
    # both trees
    (
        "OpenAI desmente boatos e Sora chega ao Brasil",
        "O aplicativo Sora está disponível desde terça-feira na App Store brasileira.",
        "pt",
        "availability",
    ),
    (
        "Runway restringe Gen-4.5 a poucos criadores",
        "O novo modelo de vídeo está disponível apenas para um pequeno grupo de cineastas convidados.",
        "pt",
        "waitlist",
    ),
    (
        "Runway libera o Aleph só por convite",
        "O novo modelo de edição de vídeo da Runway está disponível apenas para convidados.",
        "pt",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI anunciou que tornou o Sora 2 disponível no Brasil",
        "O aplicativo de vídeo já pode ser baixado por usuários brasileiros.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Kuaishou anuncia ter lançado o Kling 3.0",
        "A Kuaishou apresentou nesta quinta o Kling 3.0, seu novo modelo de vídeo.",
        "pt",
        "launch",
    ),
    (
        "Curta-metragem feito com Sora 2 já está disponível no streaming",
        "O filme de 10 minutos foi gerado quase inteiramente com o modelo da OpenAI.",
        "pt",
        None,
    ),
    # both trees
    (
        "No app do Kling, a versão 3.0 chega hoje",
        "A Kuaishou lançou hoje o Kling 3.0, seu novo modelo de vídeo, disponível no app e na web.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Kuaishou lança o app do Kling AI para iPhone no Brasil",
        "O aplicativo do gerador de vídeo já está disponível na App Store brasileira.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Google integra Veo 3 ao app Fotos",
        "Usuários do Google Fotos no Brasil já podem animar fotos com o Veo 3.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Desenvolvedor lança plugin que leva o Runway para dentro do Premiere",
        "A extensão não oficial usa a API da Runway.",
        "pt",
        None,
    ),
    # both trees
    (
        "O que os números dizem sobre o Sora",
        "Analisamos os dados de downloads do aplicativo de vídeo da OpenAI.",
        "pt",
        None,
    ),
    # both trees
    (
        "O que os números dizem: OpenAI aumenta preços do Sora",
        "A OpenAI elevou nesta terça o preço dos pacotes de gerações extras do Sora.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Sora gera avatares falantes: veja como",
        "Testamos a ferramenta de cinema da OpenAI com personagens que falam.",
        "pt",
        None,
    ),
    # both trees
    (
        "Sans crier gare, hausse des tarifs pour Sora 2 Pro",
        "Les abonnés ont découvert la nouvelle grille en se connectant mardi.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Sans surprise, hausse des prix chez Runway pour Gen-4",
        "La start-up new-yorkaise de vidéo générative l'a confirmé lundi.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Ohne Vorwarnung: Preiserhöhung für Sora-Nutzer",
        "Viele Nutzer der Video-App bemerkten die Änderung erst beim Bezahlen.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Keine Frage: Preiserhöhung bei Runway für Gen-4",
        "Der KI-Videodienst bestätigte die Änderung am Montag.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Sin aviso, Kling ha subido los precios de sus planes",
        "Los usuarios del generador de vídeo se enteraron al renovar su suscripción.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Google no ha esperado: ha bajado los precios de Veo 3",
        "La compañía lo confirmó el martes en su blog para desarrolladores.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Sem surpresa: aumento nos preços do Runway",
        "A empresa de vídeo com IA confirmou a mudança nesta segunda.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Sem aviso, reajuste nos planos do Kling",
        "Usuários do gerador de vídeo perceberam a mudança ao renovar a assinatura.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Nessuna sorpresa: rincaro per gli abbonamenti di Runway",
        "La startup del video generativo lo ha confermato lunedì.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Kling price update: with the new plans, prices drop by 40%",
        "Kuaishou confirmed the change to its video generator on Monday.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway has not raised prices in two years. Until now: Gen-4 plans go up 20%",
        "The AI video startup confirmed the change on Monday.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Tras la campaña de Hollywood, OpenAI lanza Sora 2 con más filtros",
        "OpenAI presentó el martes Sora 2, su nuevo modelo de vídeo.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Dopo l'appello di Hollywood, OpenAI lancia Sora 2 con più filtri",
        "OpenAI ha presentato martedì Sora 2, il suo nuovo modello video.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Une initiative saluée : Google lance Veo 3 gratuitement pour les étudiants",
        "Google a ouvert jeudi l'accès gratuit à Veo 3 aux étudiants de dix pays via Gemini.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Appel à la prudence : Kuaishou lance Kling 3.0",
        "Kuaishou a présenté jeudi Kling 3.0, son nouveau modèle vidéo, en prévenant des risques de deepfakes.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway öffnet Warteliste für Gen-5 nach Entwicklerkonferenz",
        "Der KI-Videodienst will das neue Modell zunächst ausgewählten Kreativen geben.",
        "de",
        "waitlist",
    ),
    # both trees
    (
        "Veo 3 comes to YouTube Shorts, with a showreel of creator clips",
        "Google said Shorts creators in the US can now generate eight-second clips with Veo 3.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Runway apre Gen-4.5 a tutti durante il festival di Venezia",
        "Da oggi il nuovo modello è disponibile per tutti gli abbonati, ha detto la startup.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Runway abre o Gen-4.5 para todos durante o festival de Gramado",
        "A partir de hoje o modelo de vídeo está disponível para todos os assinantes.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Sem mudança de preço, Sora 2 chega ao Brasil",
        "O app de vídeo da OpenAI pode ser baixado por usuários brasileiros desde terça.",
        "pt",
        "availability",
    ),
    (
        "Sin cambios en sus precios, Veo 3 llega a México",
        "Los suscriptores de Google AI Pro en México ya pueden generar vídeos.",
        "es",
        "availability",
    ),
    (
        "Sans hausse de prix, Veo 3 arrive en Belgique",
        "Les abonnés Google AI Pro belges peuvent désormais générer des vidéos.",
        "fr",
        "availability",
    ),
    (
        "Ohne Preiserhöhung: Veo 3 kommt nach Österreich",
        "Abonnenten von Google AI Pro in Österreich können jetzt Videos erzeugen.",
        "de",
        "availability",
    ),
    (
        "Nessun rincaro: Veo 3 arriva in Svizzera",
        "Gli abbonati a Google AI Pro in Svizzera possono ora generare video.",
        "it",
        "availability",
    ),
    # both trees
    (
        "No price increase: Veo 3 arrives in Canada",
        "Google AI Pro subscribers in Canada can now generate videos in the Gemini app.",
        "en",
        "availability",
    ),
    (
        "Adobe Firefly Image 5 is now available",
        "Adobe said its video generation tools get no updates in this release.",
        "en",
        None,
    ),
    # both trees
    (
        "Adobe lance Firefly Image 5 et son nouveau générateur vidéo",
        "Adobe a dévoilé mardi un nouveau modèle de génération vidéo pour Premiere Pro.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Runway unveils Gen-4.5 and a creator program",
        "Gen-4.5 is available today on all paid plans.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google announces Veo 4 and a $5M filmmaker fund",
        "Veo 4 is rolling out today to AI Ultra subscribers in Flow.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Google dévoile Veo 4 à Annecy",
        "Google a présenté mardi au festival Veo 4, son nouveau modèle vidéo, disponible dans Flow.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Neues Plugin: Runway bringt Gen-4.5 in Premiere Pro",
        "Runway hat am Dienstag eine offizielle Erweiterung veröffentlicht, mit der Premiere-Nutzer Gen-4.5 direkt im Schnittprogramm nutzen können.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Kostenloses Plugin bringt Runway in DaVinci Resolve",
        "Ein Hobby-Entwickler hat eine inoffizielle Erweiterung für die Runway-API veröffentlicht.",
        "de",
        None,
    ),
    # both trees
    (
        "Runway lança plugin gratuito que leva o Gen-4.5 ao Premiere Pro",
        "A empresa de vídeo com IA publicou nesta terça sua extensão oficial para o editor da Adobe.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Runway rilascia un plugin gratuito per usare Gen-4.5 in Premiere Pro",
        "La startup del video generativo ha pubblicato martedì l'estensione ufficiale per l'editor di Adobe.",
        "it",
        "availability",
    ),
    # both trees
    (
        "In Sora 2's first days, OpenAI pauses new sign-ups",
        "OpenAI temporarily stopped accepting new accounts on Tuesday after demand for the invite-only app overwhelmed its servers.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Looking back at Gen-4, Runway launches Gen-4.5",
        "Runway released Gen-4.5 on Monday with better motion and physics.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Runway co-founder recalls the early days of Gen-1",
        "In a podcast, the co-founder describes how the first video model was built.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora franchit le cap des 5 millions d'utilisateurs et arrive sur Android",
        "OpenAI a lancé mardi l'application Sora sur le Google Play Store aux États-Unis et au Canada.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora franchit le cap des 100 millions de dollars de revenus",
        "L'application vidéo d'OpenAI connaît une croissance rapide.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kuaishou konnte Kling 3.0 noch vor Google starten",
        "Kuaishou hat am Dienstag sein neues Videomodell Kling 3.0 veröffentlicht, eine Woche vor Googles Entwicklerkonferenz.",
        "de",
        "launch",
    ),
    # both trees
    (
        "OpenAI könnte bald ein Sora-Abo einführen",
        "Laut einem Medienbericht arbeitet das Unternehmen an einem eigenen Abo für die Video-App.",
        "de",
        None,
    ),
    (
        "Dopo le voci su un possibile rinvio, Kling 3.0 arriva oggi in Italia",
        "Da oggi gli utenti italiani possono usare Kling 3.0 nell'app Kling AI.",
        "it",
        "availability",
    ),
    (
        "Kling 3.0, le voci su un possibile rinvio",
        "Secondo alcune indiscrezioni, Kuaishou potrebbe rimandare il lancio europeo.",
        "it",
        None,
    ),
    # both trees
    (
        "Google's Veo 3 reference page lists new model IDs",
        "The Vertex AI reference page for Veo now includes veo-3.1-generate-preview.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3.1 added to Vertex AI; the reference page lists the new model ID",
        "Google made Veo 3.1 available in preview on Vertex AI on Wednesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Features we want to see in Sora 3",
        "From longer clips to better physics, here is our wish list.",
        "en",
        None,
    ),
    # both trees
    (
        "Puxar a tomada da euforia: o que o Sora ainda não faz",
        "Uma análise das limitações do gerador de vídeo da OpenAI.",
        "pt",
        None,
    ),
    # both trees
    (
        "OpenAI vai desligar o Sora em abril",
        "A OpenAI anunciou que o aplicativo e a versão web do Sora serão descontinuados em 26 de abril.",
        "pt",
        "shutdown",
    ),
    (
        "Google recuerda el lanzamiento de Veo 3 un año después",
        "Repasamos doce meses del generador de vídeo de Google.",
        "es",
        None,
    ),
    # both trees
    (
        "Google recuerda que Veo 3 llega hoy a España",
        "Los suscriptores de AI Pro en España ya pueden generar vídeos con Veo 3 desde este jueves.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Sora 2 is no longer exclusive to Pro users",
        "OpenAI said Plus subscribers can now generate with Sora 2 in the app.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 is still online after Google's outage",
        "The Gemini app's video feature was down for two hours.",
        "en",
        None,
    ),
    # both trees
    (
        "Is Veo 4 still available? Google pauses the rollout in Europe",
        "Google said on Tuesday it is pausing the European rollout of Veo 4 to address regulatory concerns.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Sin aviso, Kling ha subido los precios de sus planes",
        "Los usuarios del generador de vídeo se enteraron el lunes.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Sem surpresa, aumento nos preços do Runway",
        "A empresa de vídeo com IA confirmou a mudança nesta segunda.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Nessuna sorpresa, rincaro per gli abbonamenti di Runway",
        "La startup del video generativo lo ha confermato lunedì.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Ohne große Ankündigung Preiserhöhung bei Runway",
        "Der KI-Videodienst bestätigte die Änderung am Montag.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Pas de doute, hausse des tarifs pour Kling",
        "Kuaishou a confirmé lundi la nouvelle grille de son générateur vidéo.",
        "fr",
        "pricing",
    ),
    (
        "OpenAI denies reports of a shutdown, Sora comes to Android today",
        "The Sora app is now on Google Play in the US and Canada.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI niega el cierre, Sora llega hoy a Android",
        "La app de vídeo ya está en Google Play en Estados Unidos y Canadá.",
        "es",
        "availability",
    ),
    # both trees
    (
        "OpenAI smentisce la chiusura, Sora arriva oggi su Android",
        "L'app video è ora su Google Play negli Stati Uniti e in Canada.",
        "it",
        "availability",
    ),
    (
        "OpenAI nega o fim do Sora, que chega hoje ao Android",
        "O aplicativo de vídeo já está no Google Play nos EUA e no Canadá.",
        "pt",
        "availability",
    ),
    (
        "OpenAI dément la fermeture, Sora arrive aujourd'hui sur Android",
        "L'application vidéo est disponible sur Google Play aux États-Unis et au Canada.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 4 in Flow? Of course there's a waitlist first",
        "Google opened sign-ups for Veo 4 access in Flow on Tuesday; approved filmmakers will be let in gradually.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Kling 3.0 is here and, of course, there is a waitlist",
        "Kuaishou opened a waitlist for Kling 3.0 API access on Monday.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Grok Imagine on Android: how to get started",
        "xAI brought its video generator to the Grok app on Android this week; here is how to make your first clip.",
        "en",
        None,
    ),
    # both trees
    (
        "xAI brings Grok Imagine to the Grok app on Android",
        "Android users of the Grok app can now generate short videos with Grok Imagine, xAI said on Tuesday.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 prices stay the same as Google opens it to free Gemini users",
        "Google said free Gemini users in the US can now generate three Veo 3 clips a day.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling credits remain the same, but Kling 2.6 now costs 20% more per clip",
        "Kuaishou raised the per-clip price of its newest video model on Monday.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Les tarifs restent inchangés, mais Veo 3 arrive dans l'offre gratuite de Gemini",
        "Google a ouvert jeudi Veo 3 aux utilisateurs gratuits de Gemini en France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Los precios se mantienen y Veo 3 llega al plan gratuito de Gemini",
        "Google abrió el jueves Veo 3 a los usuarios gratuitos de Gemini en España.",
        "es",
        "availability",
    ),
    # both trees
    (
        "I prezzi restano invariati e Veo 3 arriva nel piano gratuito di Gemini",
        "Google ha aperto giovedì Veo 3 agli utenti gratuiti di Gemini in Italia.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Preços seguem inalterados e Veo 3 chega ao plano gratuito do Gemini",
        "O Google liberou nesta quinta o Veo 3 para usuários gratuitos do Gemini no Brasil.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Preise bleiben unverändert, Veo 3 kommt in den kostenlosen Gemini-Plan",
        "Google hat Veo 3 am Donnerstag für kostenlose Gemini-Nutzer in Deutschland freigeschaltet.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Kontingente bleiben gleich, doch Sora wird für Plus-Nutzer teurer",
        "OpenAI erhöht ab März den Preis für Sora-Zusatzpakete.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Sora 2 on a Pixel: how to try it",
        "OpenAI brought Sora 2 to its app on Android on Monday; desktop users can use it in the browser for now.",
        "en",
        None,
    ),
    # both trees
    (
        "Grok Imagine on an iPad: how to use it",
        "xAI brought Grok Imagine to the Grok app on Android on Tuesday; iPad owners can use it through the web for now.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling on iPhone: how to use it",
        "Kuaishou brought Kling 2.6 to its app on Android on Wednesday; iPhone owners can use it through the website for now.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI declined to say why it delayed Sora's launch in Europe",
        "The Sora app will not reach the EU before next year, the company said on Friday without giving a reason.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Adobe refused to explain why it postponed the Firefly Video Model release",
        "The video model, promised for this year, is now expected in 2026.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Runway has not cut prices, it doubled Gen-4 credits instead",
        "Every paid plan now includes twice as many monthly credits for Gen-4, Runway said on Monday.",
        "en",
        "pricing",
    ),
    (
        "OpenAI declined to discuss Sora pricing",
        "The company did not answer questions about plans for the app.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI n'a pas précisé pourquoi il reporte le lancement de Sora en Europe",
        "L'application ne sera pas disponible dans l'Union européenne avant l'an prochain.",
        "fr",
        "delay",
    ),
]

ROWS, IDS = table_rows(
    {
        "An arrival told in other words": AN_ARRIVAL_TOLD_IN_OTHER_WORDS,
        "Access kept for a few": ACCESS_KEPT_FOR_A_FEW,
        "Events said not to happen": EVENTS_SAID_NOT_TO_HAPPEN,
        "Somebody else's news around the product": SOMEBODY_ELSE_S_NEWS_AROUND_THE_PRODUCT,
        "The past told beside the news": THE_PAST_TOLD_BESIDE_THE_NEWS,
        "Other senses of event words": OTHER_SENSES_OF_EVENT_WORDS,
        "Wordings a first review wrote": WORDINGS_A_FIRST_REVIEW_WROTE,
        "Wordings a second review wrote": WORDINGS_A_SECOND_REVIEW_WROTE,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_round_thirty_seven(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table


# Rows of earlier rounds that a retrain of the second opinion vetoed: the rules still read them
# right, which is what is held here. Stop 55's retrain (with the hard negatives of h127 and
# h128, at the threshold its training rule chose, 0.15) vetoed the first two; since stop 56's
# retrain (threshold 0.10) the French shutdown passes again and the Higgsfield arrival is still
# vetoed. Stop 57's retrain (threshold 0.15 again) also vetoes the Bedrock arrival, a row of
# round thirty-three (docs/detection-history.md). Stop 58's retrain (with h148 and h149, at
# 0.15) also vetoes "Runway, le retour", a row of round twenty-nine (p = 0.13): a two-word
# headline over a lede that narrates an old release before the new one.
VETOED_SINCE_THE_RETRAIN = [
    (
        "MiniMax commence à fermer l'ancienne version web de Hailuo",
        "MiniMax a commencé à fermer l'interface web historique de Hailuo et redirige les utilisateurs vers le nouveau site ; l'ancienne version cessera de fonctionner la semaine prochaine.",
        "fr",
        "shutdown",
    ),
    (
        "Kling 2.1 on Higgsfield, explained",
        "Higgsfield added Kling 2.1 to its platform this morning for all paid plans. Below, what it costs and how to use it.",
        "en",
        "availability",
    ),
    (
        "Veo 3.1 arrives on Amazon Bedrock with pay-as-you-go pricing",
        "Google's Veo 3.1 is now available on Amazon Bedrock in the US East region, with pay-as-you-go pricing and no minimum commitment.",
        "en",
        "availability",
    ),
    (
        "Runway, le retour",
        "Runway a présenté Gen-3 Alpha en juin 2024. La start-up vient de lancer Gen-4, qui garde la cohérence des personnages.",
        "fr",
        "launch",
    ),
]


@pytest.mark.parametrize(("title", "summary", "lang", "event"), VETOED_SINCE_THE_RETRAIN)
def test_rows_the_retrained_second_opinion_vetoes_are_read_right_by_the_rules(
    title: str, summary: str, lang: str, event: str
) -> None:
    detection = default_detector().rules_alone().classify(title, summary, lang)
    assert detection.relevant and detection.event == event

"""Detection cues of the seventeenth round of issue #12, table-driven: teaser headlines whose
lede names the subject; hype headlines over a lede that unveils the owner's new product today
in an idiom ("took centre stage", "a levé le rideau sur"); open weights pushed to a hub; and
access, delay, price and retirement wording in DE/ES/IT/PT that real press uses. Rows that
pass on the tree before the round are guards for what the new rules must leave alone.

Every headline here was written for these tests, in words of its own: none is taken or
paraphrased from a labelled corpus item.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

# -- teaser headlines: the subject is in the lede's first sentence ------------------------------

TEASERS = [
    # (title, summary, lang, event, link)
    (
        "This AI video app just stopped taking new sign-ups",
        "Higgsfield closed registration for new accounts on Monday after a surge of traffic; "
        "existing users are not affected.",
        "en",
        "waitlist",
        None,
    ),
    (
        "Cette IA vidéo augmente ses prix",
        "Synthesia relève le tarif de son offre Starter de 18 à 24 euros par mois à partir du 1er mars, "
        "a annoncé l'entreprise mardi.",
        "fr",
        "pricing",
        None,
    ),
    (
        "Ya se pueden generar clips con IA dentro de Telegram en Chile",
        "Luma comenzó a desplegar este martes Dream Machine dentro de Telegram para usuarios de "
        "Chile y Perú.",
        "es",
        "availability",
        None,
    ),
    (
        "Este gerador de vídeo pausou novos cadastros",
        "A Pika suspendeu nesta terça-feira os novos cadastros na sua plataforma de vídeo por IA após "
        "um pico de acessos.",
        "pt",
        "waitlist",
        None,
    ),
    # ... a teaser whose lede is a review stays a review
    (
        "This AI video app is the best one I've used all year",
        "I spent three weeks with Pika's app making clips of my cat, and here is my verdict on its "
        "editing tools.",
        "en",
        None,
        None,
    ),
]

# -- an unveiling told in an idiom, then where it can be used --------------------------------------

UNVEILINGS = [
    (
        "Moonvalley's Marey 2 has Hollywood talking",
        "Marey 2, the newest version of Moonvalley's licensed-data video model, took centre stage at "
        "the company's showcase in Los Angeles on Thursday. It is generally available to studio "
        "customers from today.",
        "en",
        "launch",
        None,
    ),
    (
        "Kling 3.5, la gifle venue de Pékin",
        "Kuaishou a levé le rideau jeudi sur Kling 3.5, qui génère des plans de vingt secondes avec "
        "dialogues. Le modèle est accessible dès à présent à tous les abonnés de l'application.",
        "fr",
        "launch",
        None,
    ),
    (
        "PixVerse V7 makes every other model look slow",
        "PixVerse switched on V7, its newest model, for every user of its app and website on Monday.",
        "en",
        "launch",
        None,
    ),
    (
        "Tencent's HunyuanVideo 3 is a present for tinkerers",
        "Tencent pushed the code and checkpoints for HunyuanVideo 3 to GitHub on Sunday night, under "
        "a licence that allows commercial use.",
        "en",
        "launch",
        None,
    ),
    (
        "Ray5 : Luma AI frappe un grand coup",
        "Luma AI enrichit sa gamme avec Ray5. Mise en ligne dans Dream Machine dans la nuit de lundi "
        "à mardi, la nouvelle version promet des plans plus longs.",
        "fr",
        "launch",
        None,
    ),
    (
        "CogVideoX 4 : Zhipu AI ouvre grand les portes",
        "Zhipu AI a rendu publics mardi le code et les poids de CogVideoX 4, son modèle "
        "texte-vers-vidéo, sur GitHub et Hugging Face.",
        "fr",
        "launch",
        None,
    ),
    (
        "Synthesia's digital presenters just got a lot more human",
        "Synthesia showed Express-4, its new avatar video model, to customers at its London summit on "
        "Wednesday, with gestures that follow the script.",
        "en",
        "launch",
        None,
    ),
    # a versioned name in the headline over a lede that opens on it, dated today
    (
        "Hailuo 04 has everyone rewatching their feeds",
        "MiniMax's Hailuo 04 turned up on the company's platform on Wednesday, with ten-second 1080p clips.",
        "en",
        "launch",
        None,
    ),
    (
        "Kling 3.5 : la claque de la semaine",
        "Kling 3.5 est apparu mardi sur la plateforme de Kuaishou, avec des plans de vingt secondes.",
        "fr",
        "launch",
        None,
    ),
    # ... not when the version only made the clip the lede is about
    (
        "Hailuo 04 has everyone rewatching their feeds",
        "A clip of a dancing bear made with MiniMax's Hailuo 04 went viral on Monday, drawing ten "
        "million views.",
        "en",
        None,
        None,
    ),
    # ... nor when the lede is not dated
    (
        "Hailuo 04 has everyone rewatching their feeds",
        "MiniMax's Hailuo 04 keeps winning fans among animators, who like its camera control.",
        "en",
        None,
        None,
    ),
    # ... a trade show where AI video "takes centre stage" unveils nothing
    (
        "Generative video takes centre stage as Cannes Lions opens",
        "Agencies crowded Runway's and Luma's booths on the first day of the advertising festival, "
        "where Veo 3 clips played on every screen.",
        "en",
        None,
        None,
    ),
    # ... an existing version reaching a new region stays an arrival
    (
        "Veo 3.1's passport fills up",
        "Google's Veo 3.1 video model is now offered in the Gemini app in Brazil, Mexico and India, "
        "the company said on Tuesday.",
        "en",
        "availability",
        None,
    ),
    # ... a lede that only calls the product new, with no day, is no report
    (
        "Pika 3.0 is the meme machine we deserve",
        "Pika Labs' new model keeps surprising people with how well it handles memes and captions.",
        "en",
        None,
        None,
    ),
]

# -- access, delays, prices and retirements outside English ----------------------------------------

LANGUAGES = [
    (
        "Ansturm auf Pika: Neuanmeldungen gestoppt",
        "Pika hat die Registrierung neuer Konten am Mittwoch vorübergehend gestoppt, weil die Server "
        "dem Andrang nicht standhalten; wer schon Clips erzeugen kann, ist nicht betroffen.",
        "de",
        "waitlist",
        None,
    ),
    (
        "Higgsfield streicht das kostenlose Kontingent",
        "Ab März gibt es bei Higgsfield Videos nur noch im Abo ab 10 Dollar im Monat.",
        "de",
        "pricing",
        None,
    ),
    (
        "Luma schickt Dream Machine 1 in Rente",
        "Luma stellt seine erste Web-App Dream Machine 1 zum 30. Juni ein; neue Clips sind schon jetzt "
        "nicht mehr möglich.",
        "de",
        "shutdown",
        None,
    ),
    (
        "Google Flow: Veo 3.1 jetzt für Workspace-Kunden in Österreich",
        "Google schaltet Veo 3.1 in Flow ab heute für Geschäftskunden in Österreich frei.",
        "de",
        "availability",
        None,
    ),
    (
        "Tencent suelta HunyuanVideo 3 con los pesos a la vista",
        "Tencent publicó este martes HunyuanVideo 3, con sus pesos disponibles en Hugging Face bajo "
        "una licencia abierta.",
        "es",
        "launch",
        None,
    ),
    (
        "Mochi 3 todavía se hace esperar",
        "Genmo ha pospuesto la publicación de Mochi 3, su modelo de vídeo abierto, sin dar una nueva fecha.",
        "es",
        "delay",
        None,
    ),
    (
        "Character.AI echa el cierre a nuevas altas en AvatarFX",
        "La empresa ha pausado las inscripciones a su herramienta para generar vídeos con personajes "
        "mientras amplía su capacidad.",
        "es",
        "waitlist",
        None,
    ),
    (
        "ByteDance taglia i prezzi delle API di Seedance",
        "ByteDance ha ridotto del 40 per cento i prezzi delle API di Seedance: un secondo di video a "
        "1080p costa ora 0,05 dollari.",
        "it",
        "pricing",
        None,
    ),
    (
        "Wan 2.6 entra nel catalogo di Amazon Bedrock",
        "Da oggi i clienti di Bedrock possono generare video con il modello di Alibaba.",
        "it",
        "availability",
        None,
    ),
    (
        "Midjourney empurra vídeo em 4K para o ano que vem",
        "A Midjourney informou que a geração de vídeo em 4K ficou para o ano que vem por falta de GPUs.",
        "pt",
        "delay",
        None,
    ),
    (
        "AWS liga o Nova Reel 2 em mais uma região",
        "A Amazon disponibilizou o Nova Reel 2 na região de Frankfurt do Bedrock nesta quarta-feira.",
        "pt",
        "availability",
        None,
    ),
    # ... a price list that quotes a second of video is still a price list
    (
        "Quanto costa un secondo di video? Il listino di Seedance",
        "Guida ai prezzi: ecco quanto costa ogni secondo di video generato con Seedance su ogni piano.",
        "it",
        None,
        None,
    ),
]

# -- access and delay wording in English and French --------------------------------------------------

ACCESS = [
    (
        "Seedance 2.0 Pro stays enterprise-only for now",
        "ByteDance says Seedance 2.0 Pro will remain limited to enterprise contracts on BytePlus this "
        "quarter.",
        "en",
        "waitlist",
        None,
    ),
    (
        "Kuaishou: no EU launch date yet for Kling 3.0",
        "Kuaishou told reporters on Monday that Kling 3.0 has no timeline for the European Union.",
        "en",
        "delay",
        None,
    ),
    (
        "Creators in India get Hailuo 03 in CapCut",
        "CapCut is rolling out MiniMax's Hailuo 03 video model to its users in India today.",
        "en",
        "availability",
        None,
    ),
    (
        "Veo 4 : l'Europe attendra",
        "Google réserve pour l'instant Veo 4 aux États-Unis et n'a donné aucune date pour l'Union "
        "européenne.",
        "fr",
        "delay",
        None,
    ),
    (
        "You can now join the queue for Runway's next model",
        "Runway opened a waitlist on Tuesday for Gen-6, which it plans to release to paying plans first.",
        "en",
        "waitlist",
        None,
    ),
]

# -- everyday access, price and delay wording in six languages --------------------------------------

EVERYDAY = [
    (
        "Luma makes Ray3 free for everyone, within limits",
        "Luma AI said on Monday that every Dream Machine account can now generate with Ray3, with a "
        "daily cap for free users.",
        "en",
        "availability",
        None,
    ),
    (
        "HeyGen's Avatar IV trickles down to the Creator plan",
        "HeyGen is bringing Avatar IV to Creator subscribers this week; it was Business-only until now.",
        "en",
        "availability",
        None,
    ),
    (
        "MiniMax holds back Hailuo 04 in the EU",
        "MiniMax said Hailuo 04 will not be offered to European users while it reviews the AI Act's "
        "obligations.",
        "en",
        "delay",
        None,
    ),
    (
        "Flow doubles the monthly credit allowance for Ultra subscribers",
        "Google's Flow, the filmmaking tool built on Veo, now gives Ultra subscribers 25,000 credits "
        "a month, up from 12,500.",
        "en",
        "pricing",
        None,
    ),
    (
        "Runway's Act-Three is limited to selected studios for now",
        "Runway is giving Act-Three, its performance-capture video model, only to a handful of film "
        "studios while it gathers feedback.",
        "en",
        "waitlist",
        None,
    ),
    (
        "Bedrock : Nova Reel 2 désormais proposé dans la région Europe (Milan)",
        "Amazon Web Services étend son modèle vidéo Nova Reel 2 à une nouvelle région européenne.",
        "fr",
        "availability",
        None,
    ),
    (
        "Hailuo estrena un plan de 6 dólares para estudiantes",
        "MiniMax presentó este lunes una suscripción reducida de Hailuo con 300 créditos de vídeo al "
        "mes para cuentas universitarias.",
        "es",
        "pricing",
        None,
    ),
    (
        "Kling 3.0 se queda fuera de Europa por ahora",
        "Kuaishou no ofrecerá Kling 3.0 en la Unión Europea hasta aclarar sus obligaciones, según un "
        "portavoz.",
        "es",
        "delay",
        None,
    ),
    (
        "Seedance 2.0 sbarca nel Model Garden di Vertex AI",
        "Google Cloud aggiunge il modello video di ByteDance al suo catalogo per i clienti aziendali.",
        "it",
        "availability",
        None,
    ),
    (
        "Luma corta pela metade o preço de cada clipe do Ray3",
        "A Luma AI reduziu nesta quarta-feira o custo por vídeo do Ray3 na sua API, que passa a "
        "custar 0,20 dólar por clipe.",
        "pt",
        "pricing",
        None,
    ),
    (
        "Luma vai desligar o Ray2 em agosto",
        "A Luma AI avisou os utilizadores de que o modelo Ray2 deixa de gerar vídeos a partir de 31 de "
        "agosto.",
        "pt",
        "shutdown",
        None,
    ),
    (
        "Kuaishou abre pré-registo para a app Kling em Portugal",
        "Os utilizadores portugueses já podem inscrever-se para receber acesso antecipado à app de "
        "vídeo com IA da Kuaishou.",
        "pt",
        "waitlist",
        None,
    ),
    # ... a price comparison that doubles nothing of the owner's stays a guide
    (
        "Which AI video plan gives you the most credits?",
        "We compared the monthly credit allowance of Runway, Pika and Luma plans so you can pick the "
        "cheapest.",
        "en",
        None,
        None,
    ),
]

# -- a question headline answered by the lede's first sentence -----------------------------------

ANSWERED = [
    (
        "Kling gratuit pour tout le monde ?",
        "Kuaishou a ouvert lundi la génération vidéo de Kling aux utilisateurs gratuits de son "
        "application, avec un quota quotidien.",
        "fr",
        "availability",
        None,
    ),
    (
        "¿Es el final de Gen-3?",
        "Runway anunció el lunes que retirará los modelos Gen-3 Alpha de su aplicación y su API el "
        "1 de septiembre.",
        "es",
        "shutdown",
        None,
    ),
    (
        "Por que o Kling 3.0 ainda não chegou a Portugal?",
        "A Kuaishou disse nesta segunda-feira que o Kling 3.0 só chegará aos usuários portugueses no "
        "primeiro semestre do ano que vem. Nos Estados Unidos o modelo já está disponível.",
        "pt",
        "delay",
        None,
    ),
    (
        "Where is Veo 4 in Canada?",
        "Google said on Friday that Veo 4 will only arrive in the Gemini app in Canada in the second "
        "half of the year. It is already available in the United States.",
        "en",
        "delay",
        None,
    ),
    # ... a question the lede leaves open stays a question
    (
        "Kling gratuit pour tout le monde un jour ?",
        "Les utilisateurs de Kling réclament depuis des mois une version gratuite, que Kuaishou n'a "
        "jamais promise.",
        "fr",
        None,
        None,
    ),
]

TABLES = {
    "teasers": TEASERS,
    "unveilings": UNVEILINGS,
    "languages": LANGUAGES,
    "access": ACCESS,
    "answered": ANSWERED,
    "everyday": EVERYDAY,
}
ROWS, IDS = table_rows(TABLES)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event", "link"), ROWS, ids=IDS)
def test_seventeenth_round(table, title, summary, lang, event, link) -> None:
    assert verdict(title, summary, lang, link) == event

"""Issue #12, round twenty-nine (stop 48): a summary that narrates a past release, and a
reaction told after the headline's news.

- A summary whose first sentence narrates a dated past release ("Launched in May 2024, Veo
  was Google's answer to Sora.") tells a story: its later "is available" or "launched" is
  background, unless that sentence marks today or now ("This week it launched Gen-4", "est
  désormais disponible", "ya está disponible"). Only when the headline has no event word.
- A reaction or a legal word in a later clause of the headline, after its event word ("OpenAI
  startet Sora 2 - Kritiker warnen vor Deepfakes"), over a summary whose first sentence reports
  that event as today's news, is the news's consequence: it weighs as a service line. Over a
  summary about the reaction ("SAG-AFTRA said on Tuesday ...") the reaction is the news.
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
    (
        "Veo 3 : Google réinvente la vidéo",
        "En mai 2024, Google levait le voile sur Veo. Le modèle est disponible dans Gemini et a séduit de nombreuses agences.",
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
        "Veo 3 chez nous",
        "En mai 2025, Google levait le voile sur Veo 3. Le modèle est désormais disponible en France pour les abonnés Google AI Pro.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Runway, le retour",
        "Runway a présenté Gen-3 Alpha en juin 2024. La start-up vient de lancer Gen-4, qui garde la cohérence des personnages.",
        "fr",
        "launch",
    ),
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
    # both trees
    (
        "Veo 3 : Google réinvente la vidéo",
        "Dévoilé en mai 2024, Veo était la réponse de Google à Sora. Le modèle a été rendu accessible à une première vague d'utilisateurs américains.",
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


ROWS, IDS = table_rows(
    {
        "a past release narrated first": NARRATED_PAST,
        "consequences after the news": CONSEQUENCES,
        "a prototype opened, dropped": PROTOTYPE_DROPPED,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_round_twenty_nine(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table

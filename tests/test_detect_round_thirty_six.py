"""Issue #12, round thirty-six (stop 54): a product the lede names as a video generator, and
events that are hypothetical, denied, somebody else's lawsuit or the company's own news.

- When the entry names no watched product or vendor, the summary's first sentence may say
  what a product of the headline is: a video generator of a maker, by apposition ("Listing
  Loops, its AI product-video generator", "Kinéma, le générateur vidéo de Ubisoft", "seinen
  Videogenerator Szene", "Xiaomi's HyperMotion video generator"). The product is then the
  subject, its owner the vendor, and the headline's own words decide the event, as for a
  watched product ("Etsy to retire Listing Loops on March 31" is a shutdown). The cue must be
  told of the product (holding its name, a few words from it in the same clause, or under a
  headline that opens on it); a tool that checks generators ("a detector for AI video
  generators"), a work made with one ("Un corto hecho con Tropel llega a los cines"), a name
  in an opening phrase ("In Lisbon, ..."), a role beside the name ("Glintreel rival
  Flickwave", "El fundador de Remolino"), a hedged headline ("weighing a price increase
  for ...") and another object's event ("delays IPO as Reelhaven growth slows") stay quiet.
- For every product: a hypothetical event ("could delay", "könnte ... kostenpflichtig
  machen", "podría cobrar", "potrebbe rendere ... a pagamento", "pourrait rendre ... payant",
  "is considering charging"), a denied one ("wird ... nicht einstellen", "não vai encerrar",
  "non rinvierà", "Kein Aus für") and a lawsuit over a launch ("Artists sue ... over ...
  launch", "processam ... após lançamento") are no event; nor is the company's own
  corporate news around the name (layoffs, a logo, a new boss, a listing or a funding round
  delayed, funding raised to expand, a partnership to launch something else). A headline
  whose own event is hypothetical or denied ("Sora devrait devenir payant", "Google no
  retrasará Veo 4") leaves the summary's telling of it no event either. "Holds back" is a
  delay; an authority's review ("pending AI Act review") is no review page.

Every headline and summary here was written for these tests (by this round's probes and by
three helper reviewers who attacked the drafts): none is taken or paraphrased from a labelled
corpus item. Rows not marked "both trees" failed on round thirty-five's tree; the rows marked
"both trees" are guards.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

A_PRODUCT_THE_LEDE_NAMES_AS_A_VIDEO_GENERATOR = [
    # both trees
    (
        "Hootly to retire Reelcraft on June 30",
        "Hootly will discontinue Reelcraft, its AI video generator for small shops, on June 30, the company told customers by email.",
        "en",
        "shutdown",
    ),
    (
        "Clipwise gets a $15 monthly plan",
        "Clipwise, Brightmart's video generator for sellers, now costs $15 a month for 100 clips, the retailer said on Tuesday.",
        "en",
        "pricing",
    ),
    (
        "Reelcraft arrives in Canada",
        "Hootly's Reelcraft, its AI video generator for small shops, is now available to merchants in Canada, the company said today.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Reelcraft wins a design award",
        "Reelcraft, Hootly's AI video generator for small shops, won a Red Dot design award this week for its interface.",
        "en",
        None,
    ),
    # both trees
    (
        "Why Hootly should retire Reelcraft",
        "Reelcraft, Hootly's AI video generator, has struggled to find users, and the company would be better off putting the money elsewhere.",
        "en",
        None,
    ),
    # both trees
    (
        "A year after launching Reelcraft, Hootly pivots to live shopping",
        "When Hootly launched Reelcraft, its AI video generator for shops, last spring, it promised a clip for every listing.",
        "en",
        None,
    ),
    # both trees
    (
        "Hootly beats forecasts, credits Reelcraft for ad growth",
        "Hootly reported third-quarter revenue above estimates and said listings with clips from Reelcraft, its AI video generator, sold more often.",
        "en",
        None,
    ),
    # both trees
    (
        "How to make product videos with Reelcraft",
        "Reelcraft, Hootly's AI video generator, turns a product photo into a short clip. Here is how to get the best results in five steps.",
        "en",
        None,
    ),
    # both trees
    (
        "Reelcraft review: fast clips, stiff motion",
        "Reelcraft, Hootly's AI video generator for small shops, is quick and cheap, but its motion still looks stiff in our tests.",
        "en",
        None,
    ),
    # both trees
    (
        "Union sues Hootly over Reelcraft training data",
        "Reelcraft, Hootly's AI video generator, was trained on footage shot by union members without consent, the complaint says.",
        "en",
        None,
    ),
    # both trees
    (
        "Reelcraft clips flood Hootly listings",
        "Reelcraft, the AI video generator Hootly added last year, now produces a quarter of all listing videos, according to a data firm.",
        "en",
        None,
    ),
    # both trees
    (
        "Jobs: senior engineer, Reelcraft",
        "Reelcraft, Hootly's AI video generator, is looking for a senior engineer to join its inference team in Berlin.",
        "en",
        None,
    ),
    # both trees
    (
        "Hootly launches Reelcraft for small shops",
        "Hootly has launched Reelcraft, its own AI video generator that turns product photos into short clips, for all sellers from today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Hootly's Reelcraft outage resolved",
        "Reelcraft, Hootly's AI video generator, was unavailable for three hours on Monday because of a database fault, the company said.",
        "en",
        None,
    ),
    # both trees
    (
        "Reelcraft lead leaves Hootly for a rival",
        "Dana Smith, who led Reelcraft, Hootly's AI video generator, has joined a competitor as head of product.",
        "en",
        None,
    ),
    (
        "Boutik arrêtera Vidéoclic le 31 mai",
        "Boutik mettra fin le 31 mai à Vidéoclic, son générateur de vidéos par IA pour les commerçants, faute d'utilisateurs.",
        "fr",
        "shutdown",
    ),
    # both trees
    (
        "Boutik repousse Vidéoclic à l'automne",
        "Boutik a reporté à l'automne le lancement de Vidéoclic, son modèle de génération vidéo pour les vendeurs, a indiqué l'entreprise.",
        "fr",
        "delay",
    ),
    (
        "Vidéoclic devient payant",
        "Vidéoclic, le générateur de vidéos par IA de Boutik, coûtera 9 euros par mois à partir de juin, annonce l'entreprise.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Vidéoclic primé au salon VivaTech",
        "Vidéoclic, le générateur de vidéos par IA de Boutik, a reçu le prix de l'innovation du salon VivaTech.",
        "fr",
        None,
    ),
    # both trees
    (
        "Comment utiliser Vidéoclic pour vos fiches produits",
        "Vidéoclic, le générateur de vidéos par IA de Boutik, transforme une photo en vidéo. Voici comment bien l'utiliser.",
        "fr",
        None,
    ),
    (
        "Kaufland stellt Bildlauf zum Jahresende ein",
        "Kaufland schaltet Bildlauf, seinen KI-Videogenerator für Händler, zum 31. Dezember ab, teilte das Unternehmen mit.",
        "de",
        "shutdown",
    ),
    (
        "Kaufland verschiebt Bildlauf auf 2027",
        "Kaufland hat den Start von Bildlauf, seinem Modell zur Videogenerierung für Händler, auf 2027 verschoben.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Bildlauf gewinnt Designpreis",
        "Bildlauf, der KI-Videogenerator von Kaufland, hat den German Design Award gewonnen.",
        "de",
        None,
    ),
    (
        "Tiendix cobrará por Clipo desde junio",
        "Tiendix empezará a cobrar por Clipo, su generador de vídeos con IA para vendedores: cada clip costará 0,20 euros desde junio.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Tiendix cierra Clipo",
        "Tiendix cerrará el 30 de junio Clipo, su generador de vídeos con IA para vendedores, según un aviso enviado a los usuarios.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Así funciona Clipo, el generador de vídeo de Tiendix",
        "Clipo, el generador de vídeos con IA de Tiendix, convierte una foto de producto en un vídeo corto. Te explicamos cómo usarlo.",
        "es",
        None,
    ),
    # both trees
    (
        "Negozio rinvia Sequenza al 2027",
        "Negozio ha rinviato al 2027 il lancio di Sequenza, il suo generatore di video con intelligenza artificiale per le PMI.",
        "it",
        "delay",
    ),
    # both trees
    (
        "Sequenza vince un premio di design",
        "Sequenza, il generatore di video con intelligenza artificiale di Negozio, ha vinto un premio di design.",
        "it",
        None,
    ),
    # both trees
    (
        "Lojinha encerra o Clipão em junho",
        "A Lojinha vai encerrar em 30 de junho o Clipão, seu gerador de vídeos com IA para vendedores, informou a empresa.",
        "pt",
        "shutdown",
    ),
    (
        "Lojinha passa a cobrar pelo Clipão",
        "O Clipão, gerador de vídeos por IA da Lojinha, passará a custar R$ 29 por mês a partir de março.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Clipão ganha prêmio de inovação",
        "O Clipão, gerador de vídeos por IA da Lojinha, ganhou um prêmio de inovação no varejo.",
        "pt",
        None,
    ),
    (
        "Brightmoor to retire Clipforge in June",
        "Clipforge, its AI product-video generator, will stop accepting new projects on June 1, the retailer said. Existing clips can be downloaded until then.",
        "en",
        "shutdown",
    ),
    (
        "Orvane raises Scenecraft subscription to $30 a month",
        "Orvane's Scenecraft video generator, which turns scripts into storyboards and clips, will cost $30 a month from April.",
        "en",
        "pricing",
    ),
    (
        "Kestrela brings Motiva to Android",
        "Motiva, Kestrela's AI video generator, is now available on Android after a year as an iPhone exclusive.",
        "en",
        "availability",
    ),
    (
        "Pennant unveils Tidewell",
        "Tidewell, Pennant's first in-house video model, creates ten-second clips from a text prompt. It is free to try on the web.",
        "en",
        "launch",
    ),
    (
        "Halvard's Flickmint arrives in Europe",
        "Halvard's Flickmint video generator, previously limited to US customers, is rolling out in 27 EU countries this week.",
        "en",
        "availability",
    ),
    (
        "Zuriko pulls the plug on Loopsmith",
        "Loopsmith, the video generator Zuriko acquired in 2023, will be shut down on September 30, the company told customers.",
        "en",
        "shutdown",
    ),
    (
        "Marlowe Media pushes back Framewell launch",
        "Framewell, Marlowe Media's video-generation tool for local newsrooms, will now launch in the first quarter of next year.",
        "en",
        "delay",
    ),
    (
        "Glassbay's Pondclip now open to free users",
        "Glassbay's Pondclip video generator, until now reserved for paying subscribers, is opening to everyone with a free account.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sennet debuts Hollowreel for marketers",
        "Sennet has introduced its video generator Hollowreel, which turns product photos into short ads.",
        "en",
        "launch",
    ),
    (
        "Veltra is discontinuing Cinder",
        '"Cinder", Veltra\'s AI video generator, will go offline on Friday, the company said in an email to users.',
        "en",
        "shutdown",
    ),
    (
        "Brightmoor's Clipforge comes to Shopstack stores",
        "Clipforge, Brightmoor's AI video generator, is now built into Shopstack, letting merchants make ads inside their dashboards.",
        "en",
        "availability",
    ),
    (
        "Ravel Studio cuts price of Oxbow Pro by half",
        "Oxbow, Ravel Studio's video generation model, now costs $10 a month on its Pro plan, down from $20.",
        "en",
        "pricing",
    ),
    (
        "Zuriko ends free tier of Loopsmith",
        "Loopsmith, Zuriko's AI video generator, will require a paid plan for all users from May 1.",
        "en",
        "pricing",
    ),
    (
        "Vessel Motion, the video generator from Ardent Tech, launches in Japan",
        "Vessel Motion, Ardent Tech's AI video generator, is now available to users in Japan with a Japanese interface.",
        "en",
        "availability",
    ),
    (
        "Mercado Azul unveils Vitrina Motion",
        "Mercado Azul's AI listing-video generator, Vitrina Motion, creates short clips from a seller's product photos.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Truthlens launches Sentinel to spot fake clips",
        "Sentinel, a detector for AI video generators, flags synthetic footage in under a second, Truthlens said.",
        "en",
        None,
    ),
    # both trees
    (
        "Framebench launches with 40 models ranked",
        "Framebench, a public leaderboard of AI video generators, scores models on motion, prompt faithfulness and speed.",
        "en",
        None,
    ),
    # both trees
    (
        "Brightside launches holiday campaign for Tovo sneakers",
        "Brightside, which uses Orvane's video generator for most of its ads, said the campaign would run in 12 countries.",
        "en",
        None,
    ),
    # both trees
    (
        "Echo Lake to premiere on Streamly in May",
        "Echo Lake, made with an AI video generator, follows two sisters on a fishing trip that goes wrong.",
        "en",
        None,
    ),
    # both trees
    (
        "Streamly cancels Echo Lake after one season",
        "Echo Lake, made with an AI video generator, drew fewer viewers than the platform had hoped.",
        "en",
        None,
    ),
    # both trees
    (
        "Okonkwo Adeyemi launches animation studio after leaving Pennant",
        "Okonkwo Adeyemi, who led Pennant's video generator, has raised $4 million for a new studio in Lagos.",
        "en",
        None,
    ),
    # both trees
    (
        "Artists sue Zuriko over Loopsmith launch",
        "Loopsmith, Zuriko's AI video generator, was trained on copyrighted footage without consent, the complaint says.",
        "en",
        None,
    ),
    # both trees
    (
        "Loopsmith down for hours in global outage",
        "Loopsmith, Zuriko's AI video generator, was unavailable for most of Tuesday and users could not export clips.",
        "en",
        None,
    ),
    # both trees
    (
        "Why Tessaly should make Reelwright free",
        "Reelwright, Tessaly's video generation model for real-estate agents, costs more than most rivals, and that is a mistake.",
        "en",
        None,
    ),
    # both trees
    (
        "How to get started with Motiva now that it's on Android",
        "Motiva, Kestrela's AI video generator, can be confusing at first, so here is a step-by-step guide.",
        "en",
        None,
    ),
    # both trees
    (
        "Motiva review: fast, cheap and shallow",
        "Motiva, Kestrela's AI video generator, launched in March and has since added 4K export.",
        "en",
        None,
    ),
    # both trees
    (
        "Flickmint wins Brightline design award",
        "Flickmint, Halvard's AI video generator, was recognised for its timeline interface.",
        "en",
        None,
    ),
    # both trees
    (
        "Halvard beats forecasts as Flickmint subscriptions double",
        "Flickmint, Halvard's AI video generator, now has 2 million paying users, the company said in its quarterly results.",
        "en",
        None,
    ),
    # both trees
    (
        "Kestrela is hiring a product lead for Motiva",
        "Motiva, Kestrela's AI video generator, needs a senior product manager to lead its launch in Japan.",
        "en",
        None,
    ),
    # both trees
    (
        "Scammers launch fake Motiva apps on Android",
        "Motiva, Kestrela's AI video generator, is being impersonated by at least 30 copycat apps, security researchers say.",
        "en",
        None,
    ),
    # both trees
    (
        "Fairhaven school district blocks Loopsmith on student laptops",
        "Loopsmith, Zuriko's AI video generator, will no longer be reachable from district devices, officials said.",
        "en",
        None,
    ),
    # both trees
    (
        "A year after launching Clipforge, Brightmoor reorganises its AI team",
        "Clipforge, Brightmoor's AI product-video generator, has been used by 40,000 sellers since its debut.",
        "en",
        None,
    ),
    # both trees
    (
        "Brightmoor shuts down its Pattern store builder, keeps Clipforge",
        "Clipforge, Brightmoor's AI product-video generator, will continue to be offered to sellers.",
        "en",
        None,
    ),
    # both trees
    (
        "Loopsmith-made film Echo Lake arrives on Streamly Friday",
        "Loopsmith, Zuriko's AI video generator, was used for every shot of the thriller, which cost less than $50,000 to make.",
        "en",
        None,
    ),
    # both trees
    (
        "Corvid ends Studio Club loyalty scheme",
        "Corvid Studio, the retailer's AI video generator, stays available to merchants, but the Studio Club discounts end in May.",
        "en",
        None,
    ),
    # both trees
    (
        "Veritag rolls out Clipcheck across Europe",
        "Clipcheck, a checker for AI video generators' watermarks, is now used by newsrooms in 14 countries.",
        "en",
        None,
    ),
    # both trees
    (
        "Reelschool launches free course for teachers",
        "Reelschool, a course on AI video generators, has already enrolled 3,000 teachers in its first term.",
        "en",
        None,
    ),
    # both trees
    (
        "Gencompare raises subscription price to $5",
        "Gencompare, which compares AI video generators, will charge $5 a month for its full rankings.",
        "en",
        None,
    ),
    # both trees
    (
        "Expo Norte returns to Lisbon with record crowds",
        "In Lisbon, the AI video generator Driftframe drew the longest queues on the show floor, Norrick said.",
        "en",
        None,
    ),
    # both trees
    (
        "Zuriko to launch Loopsmith ad campaign during the final",
        "Loopsmith, Zuriko's AI video generator, will star in a 60-second spot made entirely with its own clips.",
        "en",
        None,
    ),
    # both trees
    (
        "Zuriko acquires Loopsmith for $80 million",
        "Loopsmith, the AI video generator used by 300,000 marketers, will join Zuriko's creative suite, the companies said.",
        "en",
        None,
    ),
    # both trees
    (
        "Tessaly could delay Reelwright again",
        "Reelwright, Tessaly's video generation model for real-estate agents, may slip past its June date, people familiar with the plans said.",
        "en",
        None,
    ),
    # both trees
    (
        "Orvane dropped Scenecraft in 2023. Here's what replaced it",
        "Scenecraft, Orvane's AI video generator, was retired two years ago after disappointing sales.",
        "en",
        None,
    ),
    (
        "Valmonde arrête Kinéma le 30 juin",
        "Kinéma, le générateur vidéo de Valmonde, cessera de fonctionner le 30 juin, a annoncé l'éditeur.",
        "fr",
        "shutdown",
    ),
    (
        "Orphée Média repousse Studio Lumen à 2027",
        "Studio Lumen, le modèle de génération vidéo d'Orphée Média, ne sortira pas avant 2027.",
        "fr",
        "delay",
    ),
    (
        "Valmonde dévoile Kinéma",
        "Kinéma, son générateur de vidéos par IA, transforme un texte en clip de dix secondes.",
        "fr",
        "launch",
    ),
    (
        "Valmonde dévoile les tarifs de Kinéma",
        "Kinéma, le générateur vidéo de Valmonde, coûtera 15 euros par mois pour les particuliers.",
        "fr",
        "pricing",
    ),
    (
        "Kinéma débarque en Belgique et en Suisse",
        "Kinéma, le générateur vidéo de Valmonde, est désormais disponible hors de France.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "L'Observatoire Néva lance Vigie contre les deepfakes",
        "Vigie, le détecteur de générateurs vidéo de l'Observatoire, repère les images synthétiques en quelques secondes.",
        "fr",
        None,
    ),
    # both trees
    (
        "Comment utiliser Kinéma, désormais disponible en Belgique",
        "Kinéma, le générateur vidéo de Valmonde, demande un peu de pratique : voici notre guide pas à pas.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kinéma ne fermera pas, assure Valmonde",
        "Kinéma, le générateur vidéo de Valmonde, continuera de fonctionner malgré la restructuration du groupe.",
        "fr",
        None,
    ),
    # both trees
    (
        "Des artistes attaquent Valmonde après le lancement de Kinéma",
        "Kinéma, le générateur vidéo de Valmonde, aurait été entraîné sur des films protégés, selon la plainte.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kinéma en panne pendant six heures",
        "Kinéma, le générateur vidéo de Valmonde, a été inaccessible mardi pour la plupart des utilisateurs.",
        "fr",
        None,
    ),
    # both trees
    (
        "« Brume » sort en salles le 12 mars",
        "« Brume », réalisé avec un générateur vidéo, raconte la dérive d'un chalutier breton.",
        "fr",
        None,
    ),
    # both trees
    (
        "Valmonde pourrait rendre Kinéma payant",
        "Kinéma, le générateur vidéo de Valmonde, pourrait passer à un abonnement dès l'an prochain, selon nos informations.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kinéma remporte le prix de l'innovation",
        "Kinéma, le générateur vidéo de Valmonde, a été récompensé au salon Numérique de Lyon.",
        "fr",
        None,
    ),
    # both trees
    (
        "Un an après le lancement de Kinéma, Valmonde change de patron",
        "Kinéma, le générateur vidéo de Valmonde, a séduit 200 000 créateurs depuis ses débuts.",
        "fr",
        None,
    ),
    # both trees
    (
        "L'agence Hublot lance une campagne pour Rail Azur",
        "Hublot, qui utilise le générateur vidéo de Valmonde, signe une campagne diffusée dans six régions.",
        "fr",
        None,
    ),
    (
        "Nordwerk stellt Flimmer Studio ein",
        "Nordwerk hat seinen Videogenerator Flimmer Studio zum Jahresende abgekündigt, teilte das Unternehmen mit.",
        "de",
        "shutdown",
    ),
    (
        "Nordwerk startet Flimmer",
        "Flimmer, der KI-Video-Generator von Nordwerk, erzeugt aus kurzen Textbeschreibungen Clips von zehn Sekunden.",
        "de",
        "launch",
    ),
    (
        "Nordwerk verschiebt Flimmer auf 2027",
        "Flimmer, der KI-Videogenerator von Nordwerk, erscheint nicht wie geplant im Herbst.",
        "de",
        "delay",
    ),
    (
        "Flimmer jetzt auch in Österreich verfügbar",
        "Flimmer, der KI-Video-Generator von Nordwerk, steht ab sofort Nutzern in Österreich und der Schweiz zur Verfügung.",
        "de",
        "availability",
    ),
    (
        "Nordwerk erhöht Preise für Flimmer",
        "Flimmer, der KI-Video-Generator von Nordwerk, kostet ab April 19 Euro im Monat.",
        "de",
        "pricing",
    ),
    (
        "Flimmer: Nordwerk führt Warteliste ein",
        "Flimmer, der KI-Video-Generator von Nordwerk, nimmt neue Nutzer nur noch über eine Warteliste auf.",
        "de",
        "waitlist",
    ),
    # both trees
    (
        "Bayerns Schulen sperren Flimmer",
        "Flimmer, der KI-Video-Generator von Nordwerk, ist ab sofort in den Schulnetzen des Freistaats gesperrt.",
        "de",
        None,
    ),
    # both trees
    (
        "Nordwerk wird Flimmer nicht einstellen",
        "Flimmer, der KI-Video-Generator von Nordwerk, bleibt trotz Sparkurs bestehen, sagte der Vorstandschef.",
        "de",
        None,
    ),
    # both trees
    (
        "Nach dem Start von Flimmer: So nutzen Sie den KI-Generator",
        "Flimmer, der KI-Video-Generator von Nordwerk, hat viele Funktionen; unsere Anleitung erklärt die wichtigsten.",
        "de",
        None,
    ),
    # both trees
    (
        "Faktencheck-Tool Prüfstein startet",
        "Prüfstein, ein Detektor für KI-Video-Generatoren, erkennt synthetische Clips in Sekunden.",
        "de",
        None,
    ),
    # both trees
    (
        "Nordwerk-Aktie steigt nach Flimmer-Start in den USA",
        "Flimmer, der KI-Video-Generator von Nordwerk, hat den Umsatz im dritten Quartal verdoppelt.",
        "de",
        None,
    ),
    # both trees
    (
        "Störung: Flimmer stundenlang nicht erreichbar",
        "Flimmer, der KI-Video-Generator von Nordwerk, war am Dienstag für die meisten Nutzer offline.",
        "de",
        None,
    ),
    # both trees
    (
        "Nebelhorn startet im Kino",
        "Nebelhorn, ein mit KI-Video-Generatoren gedrehter Kurzfilm, läuft ab Donnerstag in 40 Kinos.",
        "de",
        None,
    ),
    # both trees
    (
        "Nordwerk könnte Flimmer kostenpflichtig machen",
        "Flimmer, der KI-Video-Generator von Nordwerk, soll laut Insidern bald Geld kosten.",
        "de",
        None,
    ),
    (
        "Textil Sureña lanza Vitrina",
        "Vitrina, el generador de vídeos con IA de Textil Sureña, crea anuncios a partir de fotos de producto.",
        "es",
        "launch",
    ),
    (
        "Mercaluz cerrará Vitrina en julio",
        "Vitrina, el generador de vídeos de Mercaluz, dejará de funcionar el 31 de julio.",
        "es",
        "shutdown",
    ),
    (
        "Mercaluz retrasa Vitrina hasta 2027",
        "Vitrina, su generador de vídeos con IA, no llegará este año por problemas técnicos, dijo Mercaluz.",
        "es",
        "delay",
    ),
    (
        "Vitrina llega a México y Colombia",
        "Vitrina, el generador de vídeos de Mercaluz, ya está disponible para vendedores de México y Colombia.",
        "es",
        "availability",
    ),
    (
        "Mercaluz sube el precio de Vitrina",
        "Vitrina, el generador de vídeos de Mercaluz, costará 20 euros al mes desde abril.",
        "es",
        "pricing",
    ),
    (
        "Mercaluz abre lista de espera para Vitrina",
        "Vitrina, el generador de vídeos de Mercaluz, admitirá nuevos usuarios solo por invitación.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "Mercaluz presenta Vitrina",
        "Mercaluz presentó su generador de vídeos Vitrina, que convierte fotos de producto en anuncios.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Cómo usar Vitrina, ahora disponible en México",
        "Vitrina, el generador de vídeos de Mercaluz, tiene algunos trucos; esta es nuestra guía.",
        "es",
        None,
    ),
    # both trees
    (
        "Mercaluz no cerrará Vitrina, asegura su director",
        "Vitrina, el generador de vídeos de Mercaluz, seguirá funcionando pese a los recortes.",
        "es",
        None,
    ),
    # both trees
    (
        "Demandan a Mercaluz tras el lanzamiento de Vitrina",
        "Vitrina, el generador de vídeos de Mercaluz, habría usado vídeos protegidos sin permiso, según la demanda.",
        "es",
        None,
    ),
    # both trees
    (
        "Vitrina gana el premio a la innovación",
        "Vitrina, el generador de vídeos de Mercaluz, fue reconocida en la feria Digitalia de Madrid.",
        "es",
        None,
    ),
    # both trees
    (
        "Verifica lanza Lupa para detectar vídeos falsos",
        "Lupa, un detector de generadores de vídeo, identifica clips sintéticos en segundos.",
        "es",
        None,
    ),
    # both trees
    (
        "Mercaluz podría cobrar por Vitrina",
        "Vitrina, el generador de vídeos de Mercaluz, podría pasar a ser de pago el próximo año, según fuentes.",
        "es",
        None,
    ),
    # both trees
    (
        "Un año después de lanzar Vitrina, Mercaluz cambia de director",
        "Vitrina, el generador de vídeos de Mercaluz, ya suma 80.000 vendedores.",
        "es",
        None,
    ),
    # both trees
    (
        "Caída de Vitrina: el servicio estuvo inaccesible seis horas",
        "Vitrina, el generador de vídeos de Mercaluz, no funcionó el martes para la mayoría de usuarios.",
        "es",
        None,
    ),
    (
        "Telepiana lancia Fotogramma",
        "Fotogramma, il generatore di video di Telepiana, crea clip di dieci secondi da una descrizione testuale.",
        "it",
        "launch",
    ),
    (
        "Telepiana chiude Fotogramma",
        "Fotogramma, il generatore di video di Telepiana, smetterà di funzionare il 30 settembre.",
        "it",
        "shutdown",
    ),
    (
        "Telepiana rinvia Fotogramma al 2027",
        "Fotogramma, il modello di generazione video di Telepiana, non arriverà quest'anno.",
        "it",
        "delay",
    ),
    (
        "Fotogramma arriva su Android",
        "Fotogramma, il generatore di video di Telepiana, è ora disponibile anche su Android.",
        "it",
        "availability",
    ),
    (
        "Telepiana introduce un abbonamento a pagamento per Fotogramma",
        "Fotogramma, il generatore di video di Telepiana, avrà un piano Pro da 9,99 euro al mese.",
        "it",
        "pricing",
    ),
    (
        "Fotogramma accetta nuovi utenti solo su invito",
        "Fotogramma, il generatore di video di Telepiana, ha aperto una lista d'attesa per i nuovi iscritti.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "Fotogramma non chiuderà, assicura Telepiana",
        "Fotogramma, il generatore di video di Telepiana, continuerà a funzionare nonostante i tagli.",
        "it",
        None,
    ),
    # both trees
    (
        "Come usare Fotogramma, ora disponibile su Android",
        "Fotogramma, il generatore di video di Telepiana, ha molte funzioni: ecco la nostra guida.",
        "it",
        None,
    ),
    # both trees
    (
        "Fotogramma vince il premio per l'innovazione",
        "Fotogramma, il generatore di video di Telepiana, è stato premiato alla fiera Digitalia di Milano.",
        "it",
        None,
    ),
    # both trees
    (
        "Il Comune di Lucca vieta Fotogramma nelle scuole",
        "Fotogramma, il generatore di video di Telepiana, non sarà più accessibile dalle reti scolastiche.",
        "it",
        None,
    ),
    # both trees
    (
        "Verità Digitale lancia Occhio per smascherare i deepfake",
        "Occhio, un rilevatore di generatori video, individua le clip sintetiche in pochi secondi.",
        "it",
        None,
    ),
    # both trees
    (
        "Nebbia esce al cinema giovedì",
        "Nebbia, girato con un generatore di video, racconta un inverno nel Polesine.",
        "it",
        None,
    ),
    # both trees
    (
        "Telepiana potrebbe rendere Fotogramma a pagamento",
        "Fotogramma, il generatore di video di Telepiana, potrebbe diventare a pagamento dal prossimo anno.",
        "it",
        None,
    ),
    # both trees
    (
        "Fotogramma fuori uso per sei ore",
        "Fotogramma, il generatore di video di Telepiana, è rimasto inaccessibile martedì per molti utenti.",
        "it",
        None,
    ),
    (
        "Varejo Sol lança Vitrine",
        "Vitrine, o gerador de vídeos com IA da Varejo Sol, cria anúncios a partir de fotos de produtos.",
        "pt",
        "launch",
    ),
    (
        "Varejo Sol vai encerrar Vitrine em agosto",
        "Vitrine, o gerador de vídeos da Varejo Sol, deixará de funcionar em 31 de agosto.",
        "pt",
        "shutdown",
    ),
    (
        "Varejo Sol adia Vitrine para 2027",
        "Vitrine, o gerador de vídeos da Varejo Sol, não chegará neste ano.",
        "pt",
        "delay",
    ),
    (
        "Vitrine chega a Portugal",
        "Vitrine, o gerador de vídeos da Varejo Sol, já está disponível para lojistas portugueses.",
        "pt",
        "availability",
    ),
    (
        "Varejo Sol passa a cobrar pela Vitrine",
        "Vitrine, o gerador de vídeos da Varejo Sol, terá plano pago de R$ 49 por mês.",
        "pt",
        "pricing",
    ),
    (
        "Vitrine abre lista de espera",
        "Vitrine, o gerador de vídeos da Varejo Sol, aceitará novos usuários apenas por convite.",
        "pt",
        "waitlist",
    ),
    # both trees
    (
        "Varejo Sol não vai encerrar Vitrine, diz CEO",
        "Vitrine, o gerador de vídeos da Varejo Sol, continuará funcionando apesar dos cortes.",
        "pt",
        None,
    ),
    # both trees
    (
        "Como usar a Vitrine, agora disponível em Portugal",
        "Vitrine, o gerador de vídeos da Varejo Sol, tem vários recursos; veja o passo a passo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Vitrine ganha prêmio de inovação",
        "Vitrine, o gerador de vídeos da Varejo Sol, foi premiada na feira Digitália de São Paulo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Checa lança Lupa para detectar vídeos falsos",
        "Lupa, um detector de geradores de vídeo, identifica clipes sintéticos em segundos.",
        "pt",
        None,
    ),
    # both trees
    (
        "Vitrine fora do ar por horas",
        "Vitrine, o gerador de vídeos da Varejo Sol, ficou inacessível na terça-feira para a maioria dos usuários.",
        "pt",
        None,
    ),
    # both trees
    (
        "Varejo Sol pode cobrar pela Vitrine",
        "Vitrine, o gerador de vídeos da Varejo Sol, poderá se tornar paga no ano que vem, segundo fontes.",
        "pt",
        None,
    ),
    # both trees
    (
        "Criadores processam Varejo Sol após lançamento da Vitrine",
        "Vitrine, o gerador de vídeos da Varejo Sol, teria usado vídeos protegidos sem autorização, diz a ação.",
        "pt",
        None,
    ),
    # both trees
    (
        "Varejo Sol contrata gerente para a Vitrine",
        "Vitrine, o gerador de vídeos da Varejo Sol, busca um gerente de produto para a expansão no México.",
        "pt",
        None,
    ),
    # both trees
    (
        "Echo Lake launches on Streamly in May",
        "Echo Lake, made with an AI video generator, follows two sisters on a fishing trip that goes wrong.",
        "en",
        None,
    ),
    # both trees
    (
        "Echo Lake arrives in cinemas in May",
        "Echo Lake, made with an AI video generator, follows two sisters on a fishing trip that goes wrong.",
        "en",
        None,
    ),
    # both trees
    (
        "Expo Norte launches in Lisbon with record crowds",
        "In Lisbon, the AI video generator Driftframe drew the longest queues on the show floor, Norrick said.",
        "en",
        None,
    ),
    # both trees
    (
        "Lisbon's Expo Norte launches AI film prize",
        "At Lisbon's Expo Norte, the AI video generator Driftframe drew the longest queues.",
        "en",
        None,
    ),
    # both trees
    (
        "Brightside launches in Germany",
        "Brightside, which uses Orvane's video generator for most of its ads, has opened an office in Berlin.",
        "en",
        None,
    ),
    (
        "Mercado Azul launches Vitrina Motion",
        "Mercado Azul's listing-video generator, Vitrina Motion, generates short clips from a seller's product photos.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Nebbia arriva al cinema giovedì",
        "Nebbia, girato con un generatore di video, racconta un inverno nel Polesine.",
        "it",
        None,
    ),
    # both trees
    (
        "Névoa estreia nos cinemas nesta quinta",
        "Névoa, feito com um gerador de vídeos, acompanha duas irmãs numa vila de pescadores.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kurzfilm Nebelhorn kommt nach Österreich",
        "Nebelhorn, ein mit KI-Video-Generatoren gedrehter Kurzfilm, läuft ab Donnerstag auch in Wien.",
        "de",
        None,
    ),
    # both trees
    (
        "Agencia Faro llega a Chile",
        "Agencia Faro, que usa el generador de vídeos de Mercaluz, abrió una oficina en Santiago.",
        "es",
        None,
    ),
    # both trees
    (
        "Agenzia Vela sbarca a Madrid",
        "Agenzia Vela, che usa il generatore di video di Telepiana, apre una sede in Spagna.",
        "it",
        None,
    ),
    (
        "Quiverly to sunset Reelhaven at the end of June",
        "Reelhaven, Quiverly's AI ad-video generator, will stop rendering new clips on June 30, the company told customers in an email. Finished videos can be downloaded until then.",
        "en",
        "shutdown",
    ),
    (
        "Ostrander doubles price of Motionkeel Pro",
        "Motionkeel, Ostrander's video generation model for wedding photographers, will cost $40 a month on its Pro plan from March, up from $20.",
        "en",
        "pricing",
    ),
    (
        "Pellucid Media brings Frameloom to Brazil and Mexico",
        "Frameloom, Pellucid Media's AI video generator, is now available in Portuguese and Spanish for customers across Latin America.",
        "en",
        "availability",
    ),
    (
        "Brackwater is shutting down Lumenfold",
        "Lumenfold (Brackwater's AI video generator) will go offline on August 1, the company said, citing high computing costs.",
        "en",
        "shutdown",
    ),
    (
        "Greyfriar delays Ravelin by six months",
        "Greyfriar's long-awaited video generator, Ravelin, will now ship in the second half of next year rather than this spring.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Ostrander raises $60 million to grow Motionkeel",
        "Motionkeel, Ostrander's video generation model for wedding photographers, has signed up 20,000 studios since it came out in 2023.",
        "en",
        None,
    ),
    # both trees
    (
        "Frameloom co-founder leaves Pellucid Media to start a venture fund",
        "Frameloom, Pellucid Media's AI video generator, was built by a team of six led by Ana Ruiz, who will now invest in early-stage startups.",
        "en",
        None,
    ),
    # both trees
    (
        "Brackwater ends sponsorship of Lumenfold film prize",
        "Lumenfold, Brackwater's AI video generator, had lent its name to the student short-film award for three years.",
        "en",
        None,
    ),
    # both trees
    (
        "Short film made with Dapple opens in cinemas this week",
        "Dapple, Kittering's AI video generator, was used for every shot of the 14-minute drama Salt Meadow, which opens in 40 cinemas on Friday.",
        "en",
        None,
    ),
    # both trees
    (
        "Sablewood may shut Glowreel, chief executive says",
        "Glowreel, Sablewood's AI video generator, has lost money every quarter since launch, and the board will decide its future in the autumn.",
        "en",
        None,
    ),
    # both trees
    (
        "Pellucid Media weighing price increase for Frameloom",
        "Frameloom, Pellucid Media's AI video generator, could become more expensive later this year, according to an internal memo.",
        "en",
        None,
    ),
    # both trees
    (
        "Fake Reelhaven app launches on Android, Quiverly warns",
        "Reelhaven, Quiverly's AI ad-video generator, has no Android app, the company said, urging users to delete a copycat listing.",
        "en",
        None,
    ),
    # both trees
    (
        "Glowreel pricing: every plan explained",
        "Glowreel, Sablewood's AI video generator, offers three plans, from a free tier with watermarks to a $30 studio subscription.",
        "en",
        None,
    ),
    # both trees
    (
        "Greyfriar could raise Ravelin prices next year",
        "Ravelin, Greyfriar's video generator, is priced below most rivals, and executives hinted that may change.",
        "en",
        None,
    ),
    (
        "Méridienne va fermer Kaléo le 15 mai",
        "Kaléo, le générateur de vidéos par IA de Méridienne, cessera de fonctionner le 15 mai, a indiqué l'éditeur à ses abonnés.",
        "fr",
        "shutdown",
    ),
    (
        "Méridienne augmente le prix de Kaléo",
        "Kaléo, le générateur vidéo de Méridienne, passera de 12 à 18 euros par mois à partir d'avril.",
        "fr",
        "pricing",
    ),
    (
        "Kaléo arrive au Québec",
        "Kaléo, le générateur de vidéos de la société lyonnaise Méridienne, est désormais proposé aux clients canadiens.",
        "fr",
        "availability",
    ),
    (
        "Fenouil Studio reporte le lancement de Trame à l'automne",
        "Trame, son modèle de génération vidéo pour les agences, devait sortir en juin, a précisé Fenouil Studio.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Méridienne lève 30 millions d'euros pour développer Kaléo",
        "Kaléo, le générateur vidéo de Méridienne, revendique 50 000 abonnés depuis sa sortie en 2023.",
        "fr",
        None,
    ),
    # both trees
    (
        "« Marée basse », tourné avec Kaléo, sort en salles mercredi",
        "Kaléo, le générateur vidéo de Méridienne, a servi à créer tous les décors de ce long métrage d'animation.",
        "fr",
        None,
    ),
    # both trees
    (
        "Méridienne songe à fermer Kaléo",
        "Kaléo, le générateur vidéo de Méridienne, perd de l'argent depuis son lancement, selon nos informations.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kaléo : tarifs et abonnements en détail",
        "Kaléo, le générateur vidéo de Méridienne, propose trois formules, de l'offre gratuite à l'abonnement studio à 40 euros.",
        "fr",
        None,
    ),
    (
        "Wellenreich schaltet Klangbild ab",
        "Klangbild, der KI-Videogenerator von Wellenreich, wird zum 30. September abgeschaltet, teilte das Unternehmen mit.",
        "de",
        "shutdown",
    ),
    (
        "Start von Bildfluss verschoben",
        "Bildfluss, der Videogenerator des Hamburger Start-ups Lichtweg, kommt erst im Frühjahr, teilte das Unternehmen mit.",
        "de",
        "delay",
    ),
    (
        "Lichtweg macht Bildfluss kostenpflichtig",
        "Bildfluss, der Videogenerator von Lichtweg, kostet ab Mai 9 Euro im Monat; die Gratisversion entfällt.",
        "de",
        "pricing",
    ),
    (
        "Wellenreich bringt Klangbild nach Österreich und in die Schweiz",
        "Klangbild, der KI-Videogenerator von Wellenreich, ist ab sofort auch für Kunden in Österreich und der Schweiz verfügbar.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Wellenreich streicht 80 Stellen, Klangbild bleibt",
        "Klangbild, der KI-Videogenerator von Wellenreich, sei vom Stellenabbau nicht betroffen, hieß es aus dem Unternehmen.",
        "de",
        None,
    ),
    # both trees
    (
        "Sammelklage gegen Wellenreich nach Klangbild-Start",
        "Klangbild, der KI-Videogenerator von Wellenreich, soll mit urheberrechtlich geschützten Filmen trainiert worden sein, so die Kläger.",
        "de",
        None,
    ),
    # both trees
    (
        "Lichtweg denkt über das Aus für Bildfluss nach",
        "Bildfluss, der Videogenerator von Lichtweg, schreibt weiter rote Zahlen, sagte der Finanzchef.",
        "de",
        None,
    ),
    # both trees
    (
        "Pampa Digital presenta Tropel, su generador de vídeo para anunciantes",
        "Tropel, el generador de vídeo con IA de Pampa Digital, crea anuncios de 15 segundos a partir de una sola foto del producto.",
        "es",
        "launch",
    ),
    (
        "Pampa Digital dejará de ofrecer Tropel en septiembre",
        "Tropel, el generador de vídeo con IA de Pampa Digital, dejará de funcionar el 1 de septiembre, informó la empresa.",
        "es",
        "shutdown",
    ),
    (
        "Pampa Digital empieza a cobrar por Tropel",
        "Tropel, el generador de vídeo de Pampa Digital, costará 10 dólares al mes a partir de marzo; hasta ahora era gratuito.",
        "es",
        "pricing",
    ),
    (
        "Tropel llega a España",
        "Tropel, el generador de vídeo con IA de la argentina Pampa Digital, ya está disponible para usuarios europeos.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Pampa Digital despide a 50 empleados pese al éxito de Tropel",
        "Tropel, el generador de vídeo con IA de Pampa Digital, sigue creciendo, pero la empresa recorta gastos en otras áreas.",
        "es",
        None,
    ),
    # both trees
    (
        "Un corto hecho con Tropel llega a los cines de Buenos Aires",
        "Tropel, el generador de vídeo con IA de Pampa Digital, se usó para todas las escenas del cortometraje Viento Norte.",
        "es",
        None,
    ),
    # both trees
    (
        "Pampa Digital se plantea cerrar Tropel",
        "Tropel, el generador de vídeo con IA de Pampa Digital, no ha alcanzado los objetivos de ingresos, según fuentes internas.",
        "es",
        None,
    ),
    # both trees
    (
        "Lagunare presenta Mosaico, il suo generatore video",
        "Mosaico, il generatore video con IA di Lagunare, crea spot di 20 secondi a partire da una descrizione testuale.",
        "it",
        "launch",
    ),
    (
        "Lagunare spegne Mosaico dal 1° luglio",
        "Mosaico, il generatore video di Lagunare, non sarà più disponibile dal 1° luglio, ha comunicato l'azienda agli utenti.",
        "it",
        "shutdown",
    ),
    (
        "Lagunare alza i prezzi di Mosaico",
        "Mosaico, il generatore video con IA di Lagunare, costerà 15 euro al mese invece di 10 a partire da aprile.",
        "it",
        "pricing",
    ),
    (
        "Mosaico sbarca in Spagna",
        "Mosaico, il generatore video di Lagunare, è ora disponibile anche per gli utenti spagnoli, con interfaccia in castigliano.",
        "it",
        "availability",
    ),
    (
        "Lagunare apre la lista d'attesa per Mosaico 2",
        "Mosaico, il generatore video di Lagunare, avrà una seconda versione: chi vuole provarla deve iscriversi alla lista d'attesa.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "Lagunare rinvia la quotazione, pesa il rallentamento di Mosaico",
        "Mosaico, il generatore video di Lagunare, cresce meno del previsto, e l'azienda rimanda lo sbarco in Borsa.",
        "it",
        None,
    ),
    # both trees
    (
        "Lagunare medita la chiusura di Mosaico",
        "Mosaico, il generatore video di Lagunare, non ha raggiunto gli obiettivi di abbonati, secondo fonti interne.",
        "it",
        None,
    ),
    # both trees
    (
        "Cajuína Labs lança Mandacaru, gerador de vídeo para lojistas",
        "Mandacaru, o gerador de vídeos com IA da Cajuína Labs, transforma fotos de produtos em anúncios curtos.",
        "pt",
        "launch",
    ),
    (
        "Cajuína Labs desliga o Mandacaru em setembro",
        "Mandacaru, o gerador de vídeos da Cajuína Labs, deixará de funcionar em 30 de setembro, informou a empresa aos clientes.",
        "pt",
        "shutdown",
    ),
    (
        "Cajuína Labs aumenta preço do Mandacaru",
        "Mandacaru, o gerador de vídeos com IA da Cajuína Labs, passará a custar R$ 49 por mês a partir de abril.",
        "pt",
        "pricing",
    ),
    (
        "Mandacaru chega a Portugal e Angola",
        "Mandacaru, o gerador de vídeos com IA da Cajuína Labs, já está disponível para lojistas portugueses e angolanos.",
        "pt",
        "availability",
    ),
    # both trees
    (
        "Procon cobra Cajuína Labs pelo Mandacaru",
        "Mandacaru, o gerador de vídeos com IA da Cajuína Labs, acumulou 300 reclamações de cobranças indevidas, segundo o órgão.",
        "pt",
        None,
    ),
    # both trees
    (
        "Cajuína Labs é processada após lançamento do Mandacaru",
        "Mandacaru, o gerador de vídeos com IA da Cajuína Labs, teria sido treinado com vídeos de lojistas sem autorização.",
        "pt",
        None,
    ),
    # both trees
    (
        "Cajuína Labs divulga planos para o Mandacaru em 2026",
        "Mandacaru, o gerador de vídeos com IA da Cajuína Labs, deve ganhar edição de vídeos longos, disse o CEO em evento.",
        "pt",
        None,
    ),
    # both trees
    (
        "Skiff's founder launches AI film school in Leeds",
        "Skiff, Harrowgate Media's AI video generator, was built by Priya Nair, whose new school will train 200 filmmakers a year.",
        "en",
        None,
    ),
    # both trees
    (
        "Glintreel raises $20 million to expand to Europe",
        "Glintreel, Cobalt's AI video generator, will use the money to hire engineers and open an office in Berlin next year.",
        "en",
        None,
    ),
    # both trees
    (
        "Glintreel delays Series B as investors cool on AI video",
        "Glintreel, Cobalt's AI video generator, had hoped to raise $60 million this spring, two people familiar with the talks said.",
        "en",
        None,
    ),
    # both trees
    (
        "Glintreel announces 30% layoffs",
        "Glintreel, Cobalt's AI video generator, is cutting 45 jobs as growth slows, the company said.",
        "en",
        None,
    ),
    # both trees
    (
        "Glintreel unveils new logo and brand identity",
        "Glintreel, Cobalt's AI video generator, has a new look designed by the agency Northpaw.",
        "en",
        None,
    ),
    # both trees
    (
        "Skiff partners with Shutterfold to launch licensed footage library",
        "Skiff, Harrowgate Media's AI video generator, will let users draw on 2 million licensed clips as references.",
        "en",
        None,
    ),
    # both trees
    (
        "Glintreel is coming to Japan, CEO hints",
        "Glintreel, Cobalt's AI video generator, could add Japanese support next year, its chief executive told Nikkei.",
        "en",
        None,
    ),
    # both trees
    (
        "Glintreel rival Flickwave launches in Europe",
        "Glintreel, Cobalt's AI video generator, faces a new competitor as Flickwave opens in 12 countries.",
        "en",
        None,
    ),
    # both trees
    (
        "Glintreel launches on Nasdaq",
        "Glintreel, Cobalt's AI video generator, began trading at $18 a share on Thursday after pricing its IPO above the range.",
        "en",
        None,
    ),
    # both trees
    (
        "Tidecast shut down last year. Its founders are back with Halo",
        "Tidecast, Pennywhistle's AI video generator, closed in March 2024 after failing to find paying customers.",
        "en",
        None,
    ),
    # both trees
    (
        "Zuriko to acquire Glintreel to expand into Asia",
        "Glintreel, the AI video generator used by 200,000 marketers, will become part of Zuriko's creative suite, pending approval.",
        "en",
        None,
    ),
    # both trees
    (
        "Ava Morales leaves Lumio to launch her own animation studio",
        "Ava Morales, who built Lumio's AI video generator Ava, said her new company would make children's series.",
        "en",
        None,
    ),
    # both trees
    (
        "Canvas co-founder launches new AI venture after Brushline exit",
        "Canvas, Brushline's AI video generator, was co-founded in 2021 by Mira Patel, who is now building tools for architects.",
        "en",
        None,
    ),
    # both trees
    (
        "Why Skiff's launch flopped",
        "Skiff, Harrowgate Media's AI video generator, was meant to win over local TV stations; a year on, only three use it.",
        "en",
        None,
    ),
    # both trees
    (
        "Dubly launches Spanish and Portuguese voices",
        "Dubly, Voxa's AI video dubbing model, can now translate creators' clips into two more languages.",
        "en",
        None,
    ),
    # both trees
    (
        "Upsharp rolls out to all users",
        "Upsharp, Pixelmill's AI video upscaling model, sharpens old footage to 4K.",
        "en",
        None,
    ),
    # both trees
    (
        "Subtitlr adds paid Pro plan",
        "Subtitlr, a captioning tool for AI video generators, now charges $8 a month for unlimited exports.",
        "en",
        None,
    ),
    # both trees
    (
        "Glintreel launched in Europe last spring. Now it has a million users",
        "Glintreel, Cobalt's AI video generator, passed the milestone on Monday, the company said.",
        "en",
        None,
    ),
    # both trees
    (
        "Cadrage lève 15 millions d'euros pour se lancer en Allemagne",
        "Cadrage, le générateur vidéo d'Ondine Studio, compte ouvrir un bureau à Berlin l'an prochain.",
        "fr",
        None,
    ),
    # both trees
    (
        "Cadrage annonce un plan social",
        "Cadrage, le générateur vidéo d'Ondine Studio, va supprimer 25 postes, a annoncé la direction.",
        "fr",
        None,
    ),
    # both trees
    (
        "Cadrage repousse son introduction en Bourse",
        "Cadrage, le générateur vidéo d'Ondine Studio, visait une cotation à l'automne.",
        "fr",
        None,
    ),
    # both trees
    (
        "Cadrage dévoile sa nouvelle identité visuelle",
        "Cadrage, le générateur vidéo d'Ondine Studio, change de logo et de couleurs.",
        "fr",
        None,
    ),
    # both trees
    (
        "Cadrage s'associe à l'INA pour lancer une bibliothèque d'archives",
        "Cadrage, le générateur vidéo d'Ondine Studio, donnera accès à 10 000 heures d'images d'archives.",
        "fr",
        None,
    ),
    # both trees
    (
        "Faisceau arrive à Cannes avec trois courts métrages",
        "Faisceau, le générateur vidéo du groupe Altamar, a servi à réaliser trois films présentés au festival.",
        "fr",
        None,
    ),
    # both trees
    (
        "Un concurrent de Cadrage débarque en France",
        "Cadrage, le générateur vidéo d'Ondine Studio, voit arriver Flickwave, un rival américain.",
        "fr",
        None,
    ),
    # both trees
    (
        "La fondatrice de Cadrage lance un fonds d'investissement",
        "Cadrage, le générateur vidéo d'Ondine Studio, a été cofondé en 2021 par Claire Vasseur.",
        "fr",
        None,
    ),
    # both trees
    (
        "Bildwerk verschiebt Börsengang auf 2026",
        "Bildwerk, der KI-Videogenerator von Kranich Medien, wollte eigentlich im Herbst an die Börse.",
        "de",
        None,
    ),
    # both trees
    (
        "Bildwerk kündigt Stellenabbau an",
        "Bildwerk, der KI-Videogenerator von Kranich Medien, streicht 40 Stellen.",
        "de",
        None,
    ),
    # both trees
    (
        "Bildwerk stellt neuen Chef vor",
        "Bildwerk, der KI-Videogenerator von Kranich Medien, wird künftig von Jana Roth geleitet.",
        "de",
        None,
    ),
    # both trees
    (
        "Bildwerk wurde 2023 eingestellt, jetzt kehrt das Team zurück",
        "Bildwerk, der frühere KI-Videogenerator von Kranich Medien, war zwei Jahre lang online.",
        "de",
        None,
    ),
    # both trees
    (
        "Bildwerk könnte bald in Österreich starten",
        "Bildwerk, der KI-Videogenerator von Kranich Medien, sucht Partner in Wien.",
        "de",
        None,
    ),
    # both trees
    (
        "Remolino recauda 12 millones para llegar a México",
        "Remolino, el generador de vídeo con IA de Grupo Albura, abrirá una oficina en Ciudad de México.",
        "es",
        None,
    ),
    # both trees
    (
        "Remolino retrasa su salida a bolsa",
        "Remolino, el generador de vídeo con IA de Grupo Albura, esperaba cotizar en otoño.",
        "es",
        None,
    ),
    # both trees
    (
        "Remolino anuncia un ERE",
        "Remolino, el generador de vídeo con IA de Grupo Albura, despedirá a 30 personas.",
        "es",
        None,
    ),
    # both trees
    (
        "El fundador de Remolino lanza una escuela de cine con IA",
        "Remolino, el generador de vídeo con IA de Grupo Albura, fue creado en 2021 por Pablo Ruiz.",
        "es",
        None,
    ),
    # both trees
    (
        "La fundadora de Candil lanza un fondo de inversión",
        "Candil, el generador de vídeo de Tintaluz, fue cofundado en 2021 por Lucía Ferrer.",
        "es",
        None,
    ),
    # both trees
    (
        "Candil cerró en 2023; sus fundadores vuelven con otra app",
        "Candil, el antiguo generador de vídeo de Tintaluz, dejó de funcionar hace dos años.",
        "es",
        None,
    ),
    # both trees
    (
        "Lanterna rinvia la quotazione in Borsa",
        "Lanterna, il generatore video di Officine Corallo, puntava a quotarsi in autunno.",
        "it",
        None,
    ),
    # both trees
    (
        "Lanterna annuncia esuberi",
        "Lanterna, il generatore video di Officine Corallo, taglierà 20 posti di lavoro.",
        "it",
        None,
    ),
    # both trees
    (
        "Lanterna presenta il nuovo logo",
        "Lanterna, il generatore video di Officine Corallo, cambia identità visiva.",
        "it",
        None,
    ),
    # both trees
    (
        "Il fondatore di Lanterna lancia una scuola di cinema IA",
        "Lanterna, il generatore video di Officine Corallo, è stato creato nel 2021 da Marco Riva.",
        "it",
        None,
    ),
    # both trees
    (
        "Lanterna raccoglie 8 milioni per arrivare in Germania",
        "Lanterna, il generatore video di Officine Corallo, aprirà un ufficio a Monaco.",
        "it",
        None,
    ),
    # both trees
    (
        "Lanterna si allea con la Rai per lanciare un archivio",
        "Lanterna, il generatore video di Officine Corallo, darà accesso alle teche Rai.",
        "it",
        None,
    ),
    # both trees
    (
        "Caleido chiuso nel 2023, i fondatori ci riprovano",
        "Caleido, l'ex generatore video di Borgoluce, ha smesso di funzionare due anni fa.",
        "it",
        None,
    ),
    # both trees
    (
        "Jangada adia abertura de capital",
        "Jangada, o gerador de vídeos com IA da Maré Digital, pretendia estrear na bolsa no segundo semestre.",
        "pt",
        None,
    ),
    # both trees
    (
        "Jangada anuncia demissões",
        "Jangada, o gerador de vídeos com IA da Maré Digital, vai cortar 30 vagas.",
        "pt",
        None,
    ),
    # both trees
    (
        "Jangada apresenta nova marca",
        "Jangada, o gerador de vídeos com IA da Maré Digital, troca de logotipo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Fundador da Jangada lança escola de cinema com IA",
        "Jangada, o gerador de vídeos com IA da Maré Digital, foi criada em 2021 por Pedro Alves.",
        "pt",
        None,
    ),
    # both trees
    (
        "Jangada capta R$ 40 milhões para chegar ao México",
        "Jangada, o gerador de vídeos com IA da Maré Digital, vai abrir escritório na Cidade do México.",
        "pt",
        None,
    ),
    # both trees
    (
        "Caju foi encerrado em 2023; fundadores voltam com novo app",
        "Caju, o antigo gerador de vídeos da Ipê Labs, deixou de funcionar há dois anos.",
        "pt",
        None,
    ),
    # both trees
    (
        "Harrowgate Media launches Skiff, a video generator for local TV stations",
        "Skiff, Harrowgate Media's AI video generator, turns wire copy into 30-second news clips and is available today to its 40 stations.",
        "en",
        "launch",
    ),
    (
        "Glintreel drops its free plan",
        "Glintreel, Cobalt's AI video generator, now requires a $9-a-month subscription for all new accounts.",
        "en",
        "pricing",
    ),
    (
        "Glintreel arrives on iPhone",
        "Glintreel, Cobalt's AI video generator, is now available as an iOS app after two years on the web.",
        "en",
        "availability",
    ),
    (
        "Wavelet integrates Glintreel, the AI video generator from Cobalt",
        "Glintreel, Cobalt's AI video generator, is now built into Wavelet's slide editor for all paying customers.",
        "en",
        "availability",
    ),
    (
        "Lumio cuts Ava subscription to $5 a month",
        "Ava, Lumio's AI video generator, now costs half as much as before, the company said.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Ondine Studio lance Cadrage, son générateur de vidéos",
        "Cadrage, le générateur vidéo d'Ondine Studio, crée des clips de 15 secondes à partir d'un texte et est disponible dès aujourd'hui.",
        "fr",
        "launch",
    ),
    (
        "Ondine Studio ferme Cadrage le 30 juin",
        "Cadrage, le générateur vidéo d'Ondine Studio, cessera de fonctionner fin juin, a indiqué l'entreprise à ses clients.",
        "fr",
        "shutdown",
    ),
    (
        "Kranich Medien schaltet Bildwerk ab",
        "Bildwerk, der KI-Videogenerator von Kranich Medien, wird zum 31. März abgeschaltet.",
        "de",
        "shutdown",
    ),
    (
        "Bildwerk jetzt auch in der Schweiz",
        "Bildwerk, der KI-Videogenerator von Kranich Medien, steht ab sofort auch Nutzern in der Schweiz zur Verfügung.",
        "de",
        "availability",
    ),
    (
        "Grupo Albura lanza Remolino",
        "Remolino, el generador de vídeo con IA de Grupo Albura, crea anuncios a partir de una foto y ya está disponible.",
        "es",
        "launch",
    ),
    (
        "Remolino sube sus precios",
        "Remolino, el generador de vídeo con IA de Grupo Albura, costará 15 euros al mes desde marzo.",
        "es",
        "pricing",
    ),
    (
        "Officine Corallo lancia Lanterna",
        "Lanterna, il generatore video di Officine Corallo, crea clip da una descrizione ed è disponibile da oggi.",
        "it",
        "launch",
    ),
    (
        "Lanterna arriva in Svizzera",
        "Lanterna, il generatore video di Officine Corallo, è ora disponibile anche per gli utenti svizzeri.",
        "it",
        "availability",
    ),
    (
        "Maré Digital lança Jangada",
        "Jangada, o gerador de vídeos com IA da Maré Digital, cria anúncios a partir de fotos e já está disponível.",
        "pt",
        "launch",
    ),
    (
        "Maré Digital vai desligar a Jangada em julho",
        "Jangada, o gerador de vídeos com IA da Maré Digital, deixará de funcionar em 31 de julho.",
        "pt",
        "shutdown",
    ),
]

WORDINGS_OF_HOLDING_BACK_AND_OF_PRICES = [
    # both trees
    (
        "Brightmart pushes Clipwise to next spring",
        "Brightmart has delayed Clipwise, the text-to-video model it announced for its sellers in May, to the spring, a spokesperson said.",
        "en",
        "delay",
    ),
    (
        "Hootly opens a waitlist for Reelcraft Pro",
        "Hootly has opened a waitlist for Reelcraft Pro, its new AI video generator tier, with invitations going out in batches from next month.",
        "en",
        "waitlist",
    ),
    (
        "Norrick delays Driftframe to next year",
        "Driftframe, the company's text-to-video model, was due to ship this autumn but needs more safety work, Norrick said on Tuesday.",
        "en",
        "delay",
    ),
    (
        "Tessaly opens waitlist for Reelwright",
        "Reelwright, Tessaly's video generation model for real-estate agents, will admit testers in batches starting next week.",
        "en",
        "waitlist",
    ),
    (
        "Norrick releases Driftframe 2",
        "Driftframe 2, Norrick's text-to-video model, produces one-minute clips with synchronized sound and is available today.",
        "en",
        "launch",
    ),
    (
        "Fenwick makes Quillframe invite-only after demand surge",
        "Quillframe, Fenwick's generative video model, will now require an invitation for new accounts, the company said.",
        "en",
        "waitlist",
    ),
    (
        "Tallis caps new sign-ups for Glint as demand spikes",
        "Glint, Tallis's AI video generator, has paused new registrations in most regions while the company adds capacity.",
        "en",
        "waitlist",
    ),
    (
        "Kinéma : Valmonde ouvre une liste d'attente",
        "Kinéma, le générateur vidéo de Valmonde, sera d'abord accessible sur invitation aux abonnés Premium.",
        "fr",
        "waitlist",
    ),
    (
        "Tamsin Labs pushes Glimmerbox 2 to early next year",
        "Glimmerbox, the company's text-to-video model, was slated for a major update in November but needs more safety testing, Tamsin Labs said on Monday.",
        "en",
        "delay",
    ),
    (
        "Corbel puts Sceneweaver behind a waitlist",
        "Sceneweaver, Corbel's generative video model for game studios, is no longer open to new sign-ups; teams that want access must now join a waitlist.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Google holds back Veo 4 in Europe pending privacy review",
        "Google said Veo 4 will not launch in the EU until data-protection regulators finish their assessment; the model went live in the US on Tuesday.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Veo 4's EU launch pushed back pending AI Act review",
        "Google has postponed the European release of Veo 4 while it completes a compliance check under the AI Act.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Runway delays Gen-5 again; launch could slip to 2026",
        "Runway told customers Gen-5 will not arrive this quarter, and said the release could move into next year.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Six months after launching, Pika 2.0 gets its first price cut",
        "Pika has lowered the price of its Standard plan from $10 to $8 a month.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kuaishou raises Kling prices three months after launching 2.1",
        "Kling's Pro plan now costs $37 a month, up from $26, Kuaishou said.",
        "en",
        "pricing",
    ),
    (
        "OpenAI pauses new Sora sign-ups in Italy under privacy review",
        "OpenAI has stopped accepting new Sora accounts in Italy while the Garante reviews the app, the company said.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "Adobe retires Firefly Video beta after weeks of considering ending it early",
        "Adobe will shut down the Firefly Video beta on Friday and move users to the paid Firefly Video model.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Adobe publie la grille tarifaire de Firefly Video",
        "Adobe facturera la génération vidéo de Firefly à partir de 9,99 euros par mois.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Runway poursuit sur sa lancée avec la sortie de Gen-4.5",
        "Runway a mis en ligne Gen-4.5 mardi, un modèle qui génère des plans de 10 secondes avec un son synchronisé.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Pika poursuit son expansion : arrivée en France après le lancement aux États-Unis",
        "L'application Pika est désormais disponible en France sur iOS et Android.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora: Was Nutzer bisher gratis erstellen konnten, wird jetzt kostenpflichtig",
        "OpenAI verlangt ab sofort Credits für jedes Video in der Sora-App; das Gratiskontingent entfällt.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Nutzer klagen über Wartezeiten, OpenAI verschiebt Start von Sora 2 in Europa",
        "OpenAI hat den EU-Start von Sora 2 auf unbestimmte Zeit verschoben.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Runway stellt Gen-3 Alpha ein und will den Termin nicht verschieben",
        "Runway schaltet Gen-3 Alpha am 30. Juni ab; Nutzer sollen auf Gen-4 umsteigen.",
        "de",
        "shutdown",
    ),
    # both trees
    (
        "Google hält Veo 4 in Europa zurück",
        "Google verschiebt den EU-Start von Veo 4, bis die Prüfung nach dem AI Act abgeschlossen ist.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Runway planea cerrar Gen-2 el 1 de julio",
        "Runway comunicó a sus usuarios que Gen-2 dejará de funcionar el 1 de julio y que sus proyectos pasarán a Gen-4.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Kling sube precios y estudia cobrar también por el plan básico",
        "Kuaishou ha subido el precio del plan Pro de Kling de 26 a 37 dólares al mes.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Luma publica por primera vez su lista de precios para Ray2",
        "Luma cobrará 0,40 dólares por segundo de vídeo generado con Ray2 en su API.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Runway pensa ai professionisti: Gen-4 Turbo diventa a pagamento",
        "Gen-4 Turbo non sarà più incluso nel piano gratuito e richiederà un abbonamento Standard.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Google trattiene Veo 4 in Europa in attesa della revisione dell'AI Act",
        "Il lancio europeo di Veo 4 è rinviato finché la Commissione non avrà completato la verifica.",
        "it",
        "delay",
    ),
    # both trees
    (
        "Luma pubblica il primo listino prezzi di Ray3",
        "Ray3 costerà 0,50 dollari al secondo tramite API.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "OpenAI rinvia Sora 2 in Italia, il Garante sta valutando di sospendere l'app",
        "Il debutto italiano di Sora 2 slitta di almeno un mese.",
        "it",
        "delay",
    ),
    # both trees
    (
        "Runway divulga preços do Gen-4 no Brasil",
        "Os planos do Runway passam a ser cobrados em reais, a partir de R$ 69 por mês.",
        "pt",
        "pricing",
    ),
    (
        "OpenAI não vai mais adiar: Sora 2 chega hoje ao Brasil",
        "O aplicativo Sora já pode ser baixado por usuários brasileiros no iOS e no Android.",
        "pt",
        "availability",
    ),
    (
        "Fenbrook pauses Marrowline sign-ups as demand spikes",
        "Marrowline, Fenbrook's text-to-video model, will admit new users from a waitlist while the company adds servers.",
        "en",
        "waitlist",
    ),
    (
        "Fenbrook pushes Marrowline 2 to the spring",
        "Marrowline, Fenbrook's text-to-video model, was due for a major update in December but needs more safety testing, the company said.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Pika raises prices by 20%; creators may end up paying more for HD",
        "Pika's Standard plan now costs $12 a month, up from $10, the company said on Tuesday.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google delays Veo 4 to June and says it may slip again",
        "Google told partners that Veo 4 would not ship in March as planned.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Google lance Veo 4, qui pourrait devenir la référence du marché",
        "Le nouveau modèle vidéo de Google est disponible dès aujourd'hui pour les abonnés Gemini Ultra.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Attaqué en justice, Kuaishou repousse pour l'instant la sortie de Kling en France",
        "Des doubleurs français accusent Kling 2.1 d'imiter leurs voix, selon la plainte déposée à Paris.",
        "fr",
        "delay",
    ),
    (
        "Kein Ende für Preiserhöhungen: Kling wird erneut teurer",
        "Kuaishou hebt den Preis für das Pro-Abo von Kling ab März auf 45 Dollar an.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Veo 4 in Europa: Start wird nicht abgesagt, aber verschoben",
        "Google hat den EU-Start von Veo 4 auf den Herbst verlegt, teilte das Unternehmen mit.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Von Sprechern verklagt, verschiebt Kuaishou nach Ostern den Start von Kling in Deutschland",
        "Synchronsprecher werfen dem Unternehmen vor, ihre Stimmen ohne Erlaubnis genutzt zu haben.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Ante la fuerte demanda tras el lanzamiento de Veo 4, Google abre una lista de espera",
        "Google ha dejado de aceptar nuevos usuarios de Veo 4 en España y pide apuntarse a una lista de espera.",
        "es",
        "waitlist",
    ),
    # both trees
    (
        "Demandada, MiniMax retrasa por ahora el lanzamiento de Hailuo en España",
        "La empresa china citó la demanda presentada por actores de doblaje en Los Ángeles.",
        "es",
        "delay",
    ),
    # both trees
    (
        "La demanda obliga a Google a retrasar por semanas el lanzamiento de Veo 4 en España",
        "Los servidores europeos de la compañía no dan abasto, explicó un portavoz.",
        "es",
        "delay",
    ),
    # both trees
    (
        "Kling aumenta i prezzi del piano Pro, quello base non aumenterà",
        "Kuaishou porta il piano Pro a 45 dollari al mese da marzo.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "OpenAI pensa ai creator: Sora diventa a pagamento per l'alta definizione",
        "Da lunedì i video in 1080p richiedono un abbonamento Plus.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Dopo la denuncia dei doppiatori, Kuaishou rinvia per ora il debutto di Kling in Italia",
        "Kling 2.1 non arriverà in Italia prima dell'autunno, ha confermato Kuaishou.",
        "it",
        "delay",
    ),
    # both trees
    (
        "Google encerra Veo 2 e não vai adiar a data: 30 de junho",
        "O Veo 2 deixa de funcionar na Vertex AI em 30 de junho, informou o Google.",
        "pt",
        "shutdown",
    ),
    # both trees
    (
        "OpenAI é processada e adia por tempo indeterminado a estreia do Sora 2 no Brasil",
        "A ação foi movida por dubladores brasileiros em São Paulo.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Kling aumenta preços para quem não fechar plano anual até sexta",
        "O plano Pro mensal do Kling, gerador de vídeos da Kuaishou, passa de US$ 26 para US$ 37 a partir de sábado.",
        "pt",
        "pricing",
    ),
    # both trees
    (
        "Google divulga preços do Veo 3, seu gerador de vídeos",
        "O Google divulgou a tabela de preços do Veo 3, o gerador de vídeos por IA: o plano básico custa R$ 29,90 por mês.",
        "pt",
        "pricing",
    ),
    (
        "Not yet in Europe: Google holds back Veo 4 over AI Act review",
        "Google will not offer Veo 4, its video generator, on phones sold in the European Union when they launch there next month, the company confirmed.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Google puts its Veo 3 video generator inside the YouTube app",
        "Google said users can now create short AI videos with Veo 3, its video generation model, directly in the YouTube app.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Kling raises prices for Pro plan",
        "Kuaishou has raised the price of the Kling Pro plan from $10 to $12 a month, effective today.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kling augmente ses prix",
        "Kuaishou a relevé mardi les tarifs de Kling, son générateur vidéo, de 10 à 12 dollars par mois.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Sora wird kostenpflichtig",
        "OpenAI verlangt ab sofort Gebühren für Sora, seinen Videogenerator.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Google retrasa Veo 4 en España",
        "Google ha aplazado el lanzamiento de Veo 4 en España hasta otoño.",
        "es",
        "delay",
    ),
    # both trees
    (
        "Sora diventa a pagamento",
        "Da oggi OpenAI fa pagare l'accesso a Sora, il suo generatore video.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Sora fica mais caro a partir de hoje",
        "A OpenAI aumentou hoje o preço do Sora, seu gerador de vídeo.",
        "pt",
        "pricing",
    ),
]

NOT_THE_PRODUCT_S_EVENT__HYPOTHETICAL__DENIED__SUED__CORPORATE = [
    # both trees
    (
        "Critterz premieres at Cannes",
        "Critterz, the animated film made largely with OpenAI's video generator, premiered at Cannes on Friday to a standing ovation.",
        "en",
        None,
    ),
    # both trees
    (
        "Will Norrick shut down Driftframe?",
        "Driftframe, Norrick's text-to-video model, has lost half its users since March, according to analytics firm Appmetrix.",
        "en",
        None,
    ),
    # both trees
    (
        "Norrick says it will not shut down Driftframe",
        "Driftframe, Norrick's text-to-video model, will keep running despite the company's restructuring, its chief executive said.",
        "en",
        None,
    ),
    # both trees
    (
        "What Driftframe's delay means for indie animators",
        "Driftframe, Norrick's text-to-video model, was pushed to next year last week; we asked five studios how they are adapting.",
        "en",
        None,
    ),
    # both trees
    (
        "Tamsin Labs delays IPO as Glimmerbox growth slows",
        "Glimmerbox, Tamsin Labs' text-to-video model, added fewer paying users than expected last quarter, people familiar with the matter said.",
        "en",
        None,
    ),
    (
        "OpenAI hit with class action over Sora 2 launch",
        "A group of illustrators filed a class action in California, claiming Sora 2 was trained on their work.",
        "en",
        None,
    ),
    # both trees
    (
        "Voice actors file suit over Kling 2.1 release",
        "A union of voice actors says Kling 2.1's lip-sync feature copies members' voices.",
        "en",
        None,
    ),
    # both trees
    (
        "Kuaishou reportedly weighing price hike for Kling",
        "Kuaishou is discussing higher prices for Kling's Pro plan, two people familiar with the matter said.",
        "en",
        None,
    ),
    (
        "Runway might begin charging for Gen-4 Turbo next year",
        "Runway's CEO said the company is looking at ways to monetise its fastest model.",
        "en",
        None,
    ),
    # both trees
    (
        "Amazon may put Nova Reel behind a waitlist, report says",
        "Amazon is considering limiting access to Nova Reel as demand strains its GPU capacity, according to The Information.",
        "en",
        None,
    ),
    # both trees
    (
        "Google could pull Veo 2 from Vertex AI next year",
        "Google is reviewing which older video models to keep on Vertex AI, a spokesperson said.",
        "en",
        None,
    ),
    # both trees
    (
        "What's holding back Sora in Europe?",
        "We look at the regulatory and licensing hurdles that have kept OpenAI's video app out of the EU.",
        "en",
        None,
    ),
    (
        "Runway CEO: we held back Gen-4 for months to get it right",
        "In an interview, Cristóbal Valenzuela said the company delayed Gen-4 last year to improve consistency.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma Ray3 under review: fast, pricey, and now on iPhone",
        "Our verdict on Luma's Ray3 after two weeks of testing, including the new iPhone app and the $30 plan.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 privacy review: what the app collects and how to opt out",
        "We read OpenAI's privacy policy for the Sora app so you don't have to.",
        "en",
        None,
    ),
    # both trees
    (
        "Reddit user publishes price list comparing Sora, Veo and Kling",
        "A spreadsheet shared on r/aivideo ranks the cost per second of every major video model.",
        "en",
        None,
    ),
    (
        "OpenAI songe à rendre Sora payant",
        "Selon The Information, OpenAI envisagerait de supprimer l'offre gratuite de Sora d'ici la fin de l'année.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway pourrait bientôt coûter plus cher",
        "Le patron de Runway laisse entendre que les abonnements pourraient augmenter l'an prochain.",
        "fr",
        None,
    ),
    # both trees
    (
        "Des studios assignent Google en justice après la sortie de Veo 4",
        "Trois studios d'animation accusent Google d'avoir entraîné Veo 4 sur leurs films.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kuaishou poursuivi en justice après le lancement de Kling 2.1",
        "Des doubleurs reprochent au modèle de Kuaishou d'imiter leurs voix.",
        "fr",
        None,
    ),
    # both trees
    (
        "MiniMax n'a pas l'intention de fermer Hailuo en Europe",
        "MiniMax dément les rumeurs d'un retrait de son générateur vidéo du marché européen.",
        "fr",
        None,
    ),
    (
        "OpenAI erwägt Preiserhöhung für Sora",
        "Laut einem Bericht denkt OpenAI über höhere Preise für das Pro-Abo der Sora-App nach.",
        "de",
        None,
    ),
    # both trees
    (
        "Google denkt über Bezahlschranke für Veo 3 nach",
        "Google könnte Veo 3 künftig nur noch zahlenden Gemini-Kunden anbieten, heißt es.",
        "de",
        None,
    ),
    # both trees
    (
        "Sammelklage gegen Kuaishou nach Kling-Start in Europa",
        "Synchronsprecher werfen Kuaishou vor, ihre Stimmen ohne Erlaubnis verwendet zu haben.",
        "de",
        None,
    ),
    (
        "Kein Aus für Hailuo: MiniMax führt Videogenerator weiter",
        "MiniMax hat Berichte zurückgewiesen, wonach Hailuo eingestellt werden soll.",
        "de",
        None,
    ),
    (
        "OpenAI se plantea cobrar por Sora",
        "Según The Information, OpenAI discute eliminar el nivel gratuito de la app Sora.",
        "es",
        None,
    ),
    (
        "Google podría empezar a cobrar por Veo 3 en Gemini",
        "Google analiza limitar Veo 3 a los suscriptores de pago, según fuentes cercanas.",
        "es",
        None,
    ),
    (
        "OpenAI, demandada tras el lanzamiento de Sora 2 en Japón",
        "Editoriales japonesas acusan a OpenAI de permitir la generación de personajes de anime protegidos.",
        "es",
        None,
    ),
    # both trees
    (
        "Kuaishou no cerrará Kling en Europa, asegura su director",
        "El responsable de Kling desmintió los rumores de una retirada del mercado europeo.",
        "es",
        None,
    ),
    # both trees
    (
        "OpenAI starebbe pensando di far pagare Sora",
        "Secondo indiscrezioni, OpenAI vorrebbe eliminare il piano gratuito dell'app Sora.",
        "it",
        None,
    ),
    (
        "Veo 3 potrebbe presto diventare a pagamento",
        "Google starebbe valutando di riservare Veo 3 agli abbonati di Gemini.",
        "it",
        None,
    ),
    # both trees
    (
        "OpenAI citata in giudizio dopo il lancio di Sora 2",
        "Un gruppo di illustratori accusa OpenAI di aver addestrato il modello sulle loro opere.",
        "it",
        None,
    ),
    # both trees
    (
        "Doppiatori fanno causa a OpenAI dopo il lancio di Sora 2",
        "L'associazione dei doppiatori italiani accusa il modello di imitare le voci dei propri iscritti.",
        "it",
        None,
    ),
    # both trees
    (
        "Sindicato dos dubladores cobra OpenAI pelo uso de vozes no Sora",
        "Dubladores brasileiros dizem que o Sora 2 reproduz vozes de profissionais sem autorização.",
        "pt",
        None,
    ),
    # both trees
    (
        "Google divulga planos para levar o Veo a mais países",
        "A empresa quer ampliar a disponibilidade do gerador de vídeos nos próximos meses, sem datas definidas.",
        "pt",
        None,
    ),
    (
        "OpenAI é processada após lançamento do Sora 2",
        "Ilustradores acusam a empresa de usar suas obras sem autorização para treinar o modelo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Marrowline maker Fenbrook delays IPO",
        "Marrowline, Fenbrook's text-to-video model, added fewer paying customers than planned last quarter, people familiar with the matter said.",
        "en",
        None,
    ),
    # both trees
    (
        "Remolino presenta su nueva imagen de marca",
        "Remolino, el generador de vídeo con IA de Grupo Albura, cambia de logotipo.",
        "es",
        None,
    ),
    # both trees
    (
        "Kling 2.5 security review: the app now available in Europe sends data to China",
        "Our security review found the Kling app contacts servers in Beijing.",
        "en",
        None,
    ),
    (
        "Luma would delay Ray4 if GPUs stay scarce, CEO says",
        "Amit Jain said the company would not ship a model it could not serve.",
        "en",
        None,
    ),
    (
        "OpenAI denies plan to paywall Sora",
        "OpenAI said it has no plans to end the free tier of the Sora app.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway launches Frames, a new image model",
        "Frames, Runway's image generation model, produces stills in a consistent style.",
        "en",
        None,
    ),
    # both trees
    (
        "MiniMax won't raise Hailuo prices this year, CEO says",
        "MiniMax said Hailuo's plans would stay at their current level through December.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 holds back celebrity likenesses, tests show",
        "Google's video model refuses most prompts naming famous people, our testing found.",
        "en",
        None,
    ),
    (
        "Kling augmenterait ses prix au printemps",
        "Kuaishou relèverait le tarif de son abonnement Pro, selon un document interne.",
        "fr",
        None,
    ),
    (
        "Sora devrait devenir payant en France",
        "OpenAI s'apprêterait à supprimer l'offre gratuite de son application vidéo, selon plusieurs sources.",
        "fr",
        None,
    ),
    (
        "Sora soll bald Geld kosten",
        "OpenAI will laut Insidern das kostenlose Kontingent der Sora-App streichen.",
        "de",
        None,
    ),
    (
        "Kling dürfte teurer werden",
        "Analysten erwarten, dass Kuaishou die Preise für Kling im Frühjahr anhebt.",
        "de",
        None,
    ),
    # both trees
    (
        "Runway würde Gen-3 einstellen, wenn Gen-4 ausgereift ist",
        "Runway-Chef Valenzuela sagte in einem Podcast, das alte Modell werde irgendwann verschwinden.",
        "de",
        None,
    ),
    (
        "Google no retrasará Veo 4 en Europa",
        "El lanzamiento europeo sigue previsto para junio, confirmó la compañía.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora debería ser más barato, dicen los creadores",
        "Una encuesta entre 500 creadores muestra que el precio es la principal queja.",
        "es",
        None,
    ),
    (
        "Sora dovrebbe diventare a pagamento entro l'estate",
        "Secondo indiscrezioni, OpenAI eliminerà il piano gratuito dell'app.",
        "it",
        None,
    ),
    # both trees
    (
        "Runway chiuderebbe Gen-3 entro giugno",
        "L'azienda sposterebbe tutti gli utenti su Gen-4, secondo The Information.",
        "it",
        None,
    ),
    # both trees
    (
        "Site publica tabela comparando preços do Sora, Veo e Kling",
        "O levantamento do site TecMundo mostra quanto custa cada segundo de vídeo.",
        "pt",
        None,
    ),
    (
        "Sora deve ficar mais caro no Brasil",
        "Analistas esperam que a OpenAI reajuste os planos em reais ainda este ano.",
        "pt",
        None,
    ),
    (
        "OpenAI could delay Sora 3 again",
        "Sora 3, OpenAI's AI video generator, may slip to next year, two people familiar with the plans said.",
        "en",
        None,
    ),
    (
        "Runway wird Gen-4 nicht einstellen",
        "Runway hat Berichte zurückgewiesen, Gen-4, seinen KI-Videogenerator, abzuschalten.",
        "de",
        None,
    ),
    (
        "Runway könnte Gen-4 kostenpflichtig machen",
        "Runway erwägt, Gen-4, seinen KI-Videogenerator, nur noch gegen Gebühr anzubieten.",
        "de",
        None,
    ),
    (
        "Runway podría cobrar por Gen-4",
        "Runway estudia cobrar por Gen-4, su generador de vídeo con IA, según fuentes internas.",
        "es",
        None,
    ),
    (
        "Runway potrebbe rendere Gen-4 a pagamento",
        "Runway sta valutando di rendere Gen-4, il suo generatore video, a pagamento.",
        "it",
        None,
    ),
    (
        "Runway não vai encerrar Gen-4, diz CEO",
        "O CEO da Runway negou que o Gen-4, gerador de vídeos por IA da empresa, vá ser encerrado.",
        "pt",
        None,
    ),
    (
        "Artists sue Runway over Gen-4 launch",
        "A group of artists has sued Runway, saying Gen-4, its AI video generator, was trained on their work.",
        "en",
        None,
    ),
    (
        "Criadores processam Runway após lançamento do Gen-4",
        "Criadores processaram a Runway, dizendo que o Gen-4, gerador de vídeos por IA, usou suas obras.",
        "pt",
        None,
    ),
    (
        "Pika announces 30% layoffs",
        "Pika, the AI video generator startup, is cutting 45 jobs as growth slows, the company said.",
        "en",
        None,
    ),
    # both trees
    (
        "Pika raises $20 million to expand to Europe",
        "Pika, the AI video generator, will use the money to hire engineers and open an office in Berlin next year.",
        "en",
        None,
    ),
    (
        "Luma delays Series B as investors cool on AI video",
        "Luma, the AI video generator maker, had hoped to raise $60 million this spring.",
        "en",
        None,
    ),
    (
        "Runway unveils new logo and brand identity",
        "Runway, the AI video company, has a new look.",
        "en",
        None,
    ),
    # both trees
    (
        "Pika launches on Nasdaq",
        "Pika began trading at $18 a share on Thursday after pricing its IPO above the range.",
        "en",
        None,
    ),
    (
        "Pika verschiebt Börsengang auf 2026",
        "Pika, der KI-Videogenerator, wollte eigentlich im Herbst an die Börse.",
        "de",
        None,
    ),
    ("Pika anuncia un ERE", "Pika, el generador de vídeo con IA, despedirá a 30 personas.", "es", None),
    (
        "Kling augmenterait ses prix en janvier",
        "Selon plusieurs sources, Kuaishou envisagerait une hausse des tarifs de Kling, son générateur vidéo.",
        "fr",
        None,
    ),
    (
        "Sora devrait devenir payant d'ici l'été",
        "OpenAI réfléchirait à faire payer l'accès à Sora, son générateur vidéo, selon la presse américaine.",
        "fr",
        None,
    ),
    (
        "Kuaishou cobraría por Kling a partir de marzo",
        "Según fuentes del sector, Kuaishou estudia cobrar por Kling, su generador de vídeo.",
        "es",
        None,
    ),
    (
        "Google no retrasará Veo 4 en España",
        "El lanzamiento de Veo 4 en España sigue previsto para junio, confirmó Google.",
        "es",
        None,
    ),
    (
        "Sora dovrebbe diventare a pagamento",
        "OpenAI starebbe valutando un abbonamento per Sora, il suo generatore video.",
        "it",
        None,
    ),
    (
        "Sora deve ficar mais caro em 2027",
        "Segundo analistas, a OpenAI avalia aumentar o preço do Sora, seu gerador de vídeo.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kuaishou pode passar a cobrar pelo Kling",
        "A Kuaishou avalia cobrar pelo Kling, seu gerador de vídeo, na versão gratuita.",
        "pt",
        None,
    ),
]

ROWS, IDS = table_rows(
    {
        "a product the lede names as a video generator": A_PRODUCT_THE_LEDE_NAMES_AS_A_VIDEO_GENERATOR,
        "wordings of holding back and of prices": WORDINGS_OF_HOLDING_BACK_AND_OF_PRICES,
        "not the product's event: hypothetical, denied, sued, corporate": NOT_THE_PRODUCT_S_EVENT__HYPOTHETICAL__DENIED__SUED__CORPORATE,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_round_thirty_six(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table

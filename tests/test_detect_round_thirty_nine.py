"""Issue #12, round thirty-nine (stop 57): Japanese, somebody else's change that leaves a
product out, a news section under a reference section, dates pushed out, plans and free rides
that end, a quota that comes with an opening, an end told as the time since it, and the labels
of digests and podcast episodes.

- A product named in the summary just before it is said to be left out ("La creación de vídeo
  con Sora no está incluida", "Veo ... n'est pas incluse dans l'offre", "ist darin nicht
  enthalten") is no subject: the change is another product's. A product newly billed apart
  is still the news ("Veo 3 is charged separately from next month").
- A reference segment just before a site's news section names the site's area
  ("watch.impress.co.jp/docs/news/..."), in the path and in its words (test below, with
  addresses); an opinion or a help section keeps its kind.
- Japanese: arrivals ("で利用可能に", "日本上陸", "提供対象に日本を"), invite codes and testers
  wanted, price revisions, no plans for Japan or Japan left out, ends ("引退", "提供を打ち切り"),
  funding rounds and screenings; a full-width space ends a headline's clause.
- A date pushed out ("not before spring", "is now expected in the third quarter", "repousse
  la sortie à 2027", "kommt in Europa erst später"); a plan withdrawn or a free ride ended
  ("retires the $8 plan", "met fin à l'open bar"), where the end's verb reads on into the price
  phrase; a quota that comes with an opening is its detail; "depuis la fin de Sora" is
  background; "fermera ses portes", "sur liste blanche", "retira los modelos", "in Italia
  arriva".
- A day's or an episode's label ("Friday wrap", "Developers Digest", "épisode 412", "Folge
  88", "Cinco noticias de IA para empezar el día") is a digest.

Every headline and summary here was written for these tests (by this round's probes and by two
helper reviews that attacked the drafts): none is taken or paraphrased from a labelled corpus
item. Rows not marked "both trees" failed on round thirty-eight's tree; the rows marked "both
trees" are guards.
"""

from __future__ import annotations

import pytest

from tests.helpers import table_rows, verdict

A_PRODUCT_NAMED_AS_LEFT_OUT = [
    # both trees
    (
        "Netflix sube sus tarifas en México a partir de marzo",
        "El plan estándar pasará a costar 249 pesos. La plataforma aclaró que las funciones de vídeo con Veo que prueba en anuncios no están incluidas en el cambio.",
        "es",
        None,
    ),
    # both trees
    (
        "Google One AI Premium arrives in Mexico at 399 pesos a month",
        "The bundle brings Gemini Advanced and 2 TB of storage; Veo video generation is not part of the plan in Mexico.",
        "en",
        None,
    ),
    # both trees
    (
        "Free lance un forfait mobile avec Gemini Pro inclus",
        "L'opérateur offre un an d'abonnement à l'assistant de Google. La génération de vidéos avec Veo n'est pas incluse dans l'offre.",
        "fr",
        None,
    ),
    # both trees
    (
        "Canal+ augmente le prix de son offre Ciné Séries",
        "La hausse de deux euros s'applique dès avril. Les bandes-annonces générées avec Runway restent facturées à part aux annonceurs.",
        "fr",
        None,
    ),
    # both trees
    (
        "Telekom bündelt Perplexity Pro mit Mobilfunktarifen",
        "Kunden bekommen ein Jahr kostenlos. Die Videofunktion von Sora ist darin nicht enthalten.",
        "de",
        None,
    ),
    (
        "TIM porta Gemini Pro nelle offerte fibra",
        "L'abbonamento all'assistente è gratuito per un anno. La generazione video con Veo non è inclusa nell'offerta.",
        "it",
        None,
    ),
    (
        "Vivo inclui ChatGPT Plus em planos pós-pagos",
        "Clientes dos planos mais caros ganham seis meses de assinatura. A criação de vídeos com o Sora não está incluída na promoção.",
        "pt",
        None,
    ),
    # both trees
    (
        "Movistar regala un año de Gemini Pro a sus clientes de fibra",
        "La promoción arranca el lunes. La generación de vídeo con Veo se factura aparte.",
        "es",
        None,
    ),
    # both trees
    (
        "Sora 2 is no longer included in ChatGPT Plus",
        "OpenAI says Plus subscribers will need a separate Sora subscription from June 1.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 comes to Gemini in India",
        "Google rolled out Veo 3 video generation to AI Pro subscribers in India today; the Ultra-only 4K output is not included.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora arrive en France sur iOS et Android",
        "OpenAI a ouvert son application de vidéo aux utilisateurs français ce mardi. Les caméos ne sont pas inclus pour le moment.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Runway cobrará aparte la generación con Gen-4.5",
        "La empresa anunció que Gen-4.5 dejará de estar incluido en el plan Standard y se venderá por créditos.",
        "es",
        "pricing",
    ),
]

A_NEW_COUNTRY_IN_JAPANESE = [
    # both trees
    (
        "Google、Veo 3.1をGeminiアプリで日本向けに提供",
        "Googleは動画生成モデル「Veo 3.1」の日本での提供を始めた。AI Proの契約者が利用できる。",
        "ja",
        "availability",
    ),
]

EVENTS_IN_JAPANESE = [
    # both trees
    (
        "Runwayが新モデル「Gen-5」を投入",
        "米Runwayは動画生成AIの新モデル「Gen-5」を発表した。有料プランの利用者から順次使えるようになる。",
        "ja",
        "launch",
    ),
    # both trees
    (
        "動画生成AI「Kling 3.0」が登場　音声付きで最大2分",
        "中国の快手は、動画生成モデル「Kling 3.0」を公開した。",
        "ja",
        "launch",
    ),
    (
        "「Sora」アプリが日本上陸　iPhoneとAndroidで",
        "OpenAIは動画生成アプリ「Sora」の提供対象に日本を加えた。招待コードなしで誰でも使える。",
        "ja",
        "availability",
    ),
    (
        "Adobe Fireflyの動画生成、スマホアプリでも使えるように",
        "Adobeは、Firefly Video Modelを使った動画生成機能をiOSとAndroidのFireflyアプリで利用可能にした。",
        "ja",
        "availability",
    ),
    (
        "Amazon Nova Reel、東京リージョンでも利用可能に",
        "AWSはAmazon Bedrockの動画生成モデル「Nova Reel」を東京リージョンで提供開始した。",
        "ja",
        "availability",
    ),
    (
        "Meta、AI動画ツールのテスター募集を開始",
        "Metaは動画生成モデル「Movie Gen」を使ったInstagramの新機能について、米国のクリエイターを対象にテスターを募集している。",
        "ja",
        "waitlist",
    ),
    # both trees
    (
        "Kling API、料金を改定　1秒あたり0.07ドルに",
        "快手はKlingのAPI料金を改定し、標準モードの価格を引き下げた。6月1日から適用する。",
        "ja",
        "pricing",
    ),
    (
        "Grok Imagineの動画生成、有料プラン限定に",
        "xAIは、Grok Imagineでの動画生成を有料プラン限定にすると発表した。無料ユーザーは画像のみ生成できる。",
        "ja",
        "pricing",
    ),
    # both trees
    (
        "Seedance 2.0、日本での提供は「予定なし」",
        "ByteDanceは動画生成モデル「Seedance 2.0」について、日本での提供予定はないと明らかにした。",
        "ja",
        "delay",
    ),
    (
        "Veo 4、日本は対象外　提供時期は未定",
        "Googleは動画生成モデル「Veo 4」を米国で公開したが、日本は対象外となった。",
        "ja",
        "delay",
    ),
    # both trees
    (
        "Runway、Gen-3 Alphaを引退へ　9月末で提供終了",
        "Runwayは動画生成モデル「Gen-3 Alpha」の提供を9月30日で終了する。",
        "ja",
        "shutdown",
    ),
    (
        "動画生成AIのPika、シリーズCで1億ドルを資金調達",
        "Pika Labsは、シリーズCラウンドで1億ドルを調達したと発表した。",
        "ja",
        None,
    ),
    # both trees
    (
        "Veo 3で作った短編映画、映画祭で上映へ",
        "都内のスタジオがGoogleの「Veo 3」で制作した短編が、国内の映画祭で上映される。",
        "ja",
        None,
    ),
    # both trees
    (
        "Soraとは？使い方と料金を徹底解説",
        "OpenAIの動画生成AI「Sora」の使い方、料金プラン、注意点をまとめた。",
        "ja",
        None,
    ),
]

A_DATE_PUSHED_OUT = [
    # both trees
    (
        "Luma's Ray4: not before spring",
        "The company told creators the next version of its video model will not ship before spring, citing safety evaluations.",
        "en",
        "delay",
    ),
    (
        "Runway Gen-5 API now expected in the third quarter",
        "Runway said the API for its newest video model, first promised for June, is now expected in the third quarter.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Kling 2.1 review: not before you read this",
        "We spent a week with Kuaishou's video model; here is what works and what does not.",
        "en",
        None,
    ),
    # both trees
    (
        "Pika 3.0 : la sortie repoussée à 2027",
        "Pika Labs a indiqué que la nouvelle version de son modèle vidéo, prévue pour l'automne, ne sortira pas avant 2027.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Sora sur Android : le déploiement européen reporté au second semestre",
        "OpenAI a décalé l'arrivée de son application vidéo en Europe, initialement promise pour le printemps.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Veo 3 repousse les limites de la vidéo générée",
        "Nous avons testé le modèle de Google pendant une semaine : le réalisme bluffe, les mains un peu moins.",
        "fr",
        None,
    ),
    (
        "Sora-App kommt in Deutschland erst später",
        "OpenAI startet die Android-Version zunächst in den USA und Kanada; Europa soll im Laufe des Jahres folgen.",
        "de",
        "delay",
    ),
    (
        "Veo 4 erscheint in der EU erst im Herbst",
        "Google hat das neue Videomodell in den USA gestartet, die EU-Länder müssen bis zum Herbst warten.",
        "de",
        "delay",
    ),
]

A_PLAN_OR_A_FREE_RIDE_ENDS = [
    (
        "Pika retires the $8 plan",
        "Pika Labs' cheapest tier is gone: new subscribers now start at $10 a month with more credits.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway axes its annual plan discount",
        "Runway says yearly subscriptions to its video tools will cost the same as twelve monthly payments from May.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway retires Gen-3 Alpha",
        "The company will switch off its older video model on September 30 and moves users to Gen-4.",
        "en",
        "shutdown",
    ),
    (
        "Grok Imagine met fin à l'open bar",
        "xAI limite les vidéos gratuites à dix par jour ; au-delà, il faudra payer des crédits.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Kling : il faudra désormais payer pour le mode Pro",
        "Kuaishou réserve le mode haute qualité de son générateur vidéo aux abonnés payants à partir de lundi.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Google met fin à VideoFX",
        "Le laboratoire vidéo de Google fermera ses portes le 30 juin ; les utilisateurs sont invités à passer à Flow.",
        "fr",
        "shutdown",
    ),
]

A_QUOTA_THAT_COMES_WITH_AN_OPENING = [
    (
        "Gemini : la vidéo avec Veo s'ouvre aux comptes gratuits, avec un quota quotidien",
        "Google permet désormais aux utilisateurs sans abonnement de générer des vidéos avec Veo 3.1.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Sora opens to free users in Canada, with a daily cap",
        "OpenAI's video app no longer needs a Plus subscription in Canada; free accounts get a small daily allowance.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Grok Imagine llega a los usuarios gratuitos, con un cupo diario",
        "xAI abrió hoy la generación de vídeo a todas las cuentas de X en España.",
        "es",
        "availability",
    ),
]

AN_END_TOLD_AS_THE_TIME_SINCE = [
    (
        "Depuis la fin de Sora, les vidéastes se tournent vers Kling",
        "Six mois après la fermeture de l'application d'OpenAI, les créateurs ont trouvé d'autres outils.",
        "fr",
        None,
    ),
    (
        "Since the shutdown of Sora, creators have moved to Veo and Kling",
        "A look at where the app's most active users went after OpenAI closed it last spring.",
        "en",
        None,
    ),
    (
        "Desde el cierre de Sora, los creadores prueban Kling y Veo",
        "Repasamos a dónde se fueron los usuarios más activos de la app de OpenAI.",
        "es",
        None,
    ),
    (
        "Dalla chiusura di Sora a oggi: dove sono finiti i creator",
        "Un anno dopo, molti utenti dell'app di OpenAI sono passati a Kling e Veo.",
        "it",
        None,
    ),
    # both trees
    (
        "Seit dem Aus von Sora: Wohin die Kreativen gewechselt sind",
        "Viele Nutzer der OpenAI-App arbeiten heute mit Kling oder Veo.",
        "de",
        None,
    ),
]

DOORS_ALLOWLISTS_AND_WITHDRAWN_MODELS = [
    (
        "Veo 3.1 en 4K : réservé aux projets sur liste blanche",
        "Google propose la sortie 4K de Veo 3.1 sur Vertex AI en préversion, aux seuls clients approuvés.",
        "fr",
        "waitlist",
    ),
    (
        "Luma retira los modelos Ray1 y Ray1.6 de Dream Machine",
        "A partir del 1 de marzo ya no se podrán usar las versiones antiguas de su generador de vídeo.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "In Italia arriva Veo 3 nell'app Gemini",
        "Google ha esteso oggi agli abbonati italiani la generazione di video con il suo modello.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Kling passes 45 million users",
        "Kuaishou says its video generator now has more than 45 million users worldwide.",
        "en",
        None,
    ),
    (
        "Adieu Dream Machine 1.0",
        "Dream Machine 1.0 fermera définitivement ses portes le 15 mai, annonce Luma ; les projets migrent vers Ray3.",
        "fr",
        "shutdown",
    ),
]

WORDINGS_A_FIRST_REVIEW_WROTE = [
    # both trees
    (
        "Runway、新たな動画生成モデル「Gen-5」が登場",
        "Runwayは最新の動画生成AIモデルGen-5を公開した。10秒の高解像度映像を生成できる。",
        "ja",
        "launch",
    ),
    # both trees
    (
        "Soraの偽アプリがApp Storeに登場、OpenAIが注意喚起",
        "OpenAIの動画生成AI「Sora」を名乗る非公式アプリが相次いでおり、同社は利用しないよう呼びかけた。",
        "ja",
        None,
    ),
    # both trees
    (
        "Veo 3で作ったCMに人気タレントが登場",
        "飲料メーカーはGoogleの動画生成AI Veo 3で制作したテレビCMを来週から放映する。",
        "ja",
        None,
    ),
    # both trees
    (
        "Kling対抗の動画生成AIが続々登場、中国勢が強い理由",
        "快手のKlingに続き、中国企業から動画生成AIが相次いでいる。その背景を探る。",
        "ja",
        None,
    ),
    # both trees
    (
        "ChatGPTに新しい画像生成機能が登場",
        "OpenAIはChatGPTにGPT-4oベースの画像生成を追加した。動画生成のSoraとは別の機能だ。",
        "ja",
        None,
    ),
    # both trees
    (
        "Soraで生成した有名キャラの動画がSNSに登場、権利者が反発",
        "Sora 2で作られたアニメキャラクターの動画が拡散し、出版社が削除を求めている。",
        "ja",
        None,
    ),
    # both trees
    (
        "TikTokに「AI生成」ラベルが登場、Veo製動画も対象に",
        "TikTokはAI生成コンテンツを示すラベルを導入した。GoogleのVeoで作った動画にも自動で付く。",
        "ja",
        None,
    ),
    # both trees
    (
        "「Sora」という名前のロボット掃除機が登場",
        "国内家電メーカーが新型ロボット掃除機を発売した。OpenAIの動画生成AIとは無関係だ。",
        "ja",
        None,
    ),
    (
        "Google、動画生成AI「Veo 4」を投入",
        "Googleは新しい動画生成モデルVeo 4を投入し、Geminiアプリで使えるようにした。",
        "ja",
        "launch",
    ),
    # both trees
    (
        "Google、動画生成AIの開発に1兆円を投入へ",
        "Googleは今後3年間でVeoなどの開発に巨額の資金を投入すると明らかにした。",
        "ja",
        None,
    ),
    # both trees
    (
        "OpenAI、Soraの偽動画対策に専門チームを投入",
        "OpenAIはSoraで生成された偽動画への対策として、専門の人員を投入した。",
        "ja",
        None,
    ),
    # both trees
    (
        "ByteDance、新動画モデル「Seedance 2.0」を投入",
        "ByteDanceは動画生成モデルSeedance 2.0を発表した。",
        "ja",
        "launch",
    ),
    (
        "Google、Veo 3をYouTubeショートに投入",
        "GoogleはYouTubeショートの作成ツールにVeo 3を組み込み、米国などで使えるようにした。",
        "ja",
        "availability",
    ),
    (
        "OpenAI、SoraをChatGPTの無料プランにも投入",
        "OpenAIは動画生成AIのSoraをChatGPTの無料ユーザーにも提供し始めた。",
        "ja",
        "availability",
    ),
    # both trees
    (
        "Soraで制作した短編映画をお披露目、トライベッカ映画祭で",
        "監督たちがOpenAIのSoraを使って制作した短編作品を披露した。",
        "ja",
        None,
    ),
    # both trees
    (
        "人気歌手がVeo 3で作ったMVを披露",
        "人気歌手が、Googleの動画生成AI Veo 3で制作したミュージックビデオを披露した。",
        "ja",
        None,
    ),
    (
        "Adobe、Firefly Video Modelをお披露目",
        "AdobeはFireflyの動画生成モデルを初めて一般に披露し、ベータ版の提供を開始した。",
        "ja",
        "launch",
    ),
    # both trees
    (
        "Google I/OでVeoのデモを披露、生成に失敗する場面も",
        "I/Oの壇上でVeo 3のデモを披露したが、生成に失敗する場面もあった。",
        "ja",
        None,
    ),
    (
        "Veo 3、Vertex AIで利用可能に",
        "Googleの動画生成モデルVeo 3がVertex AIで利用可能になった。",
        "ja",
        "availability",
    ),
    # both trees
    (
        "VPNでSoraを日本から利用可能にする方法",
        "日本で未提供のSora 2アプリを使うための手順を解説する。",
        "ja",
        None,
    ),
    (
        "Kling 2.5 Turbo、API経由で利用可能に",
        "快手は既存の動画生成モデルKling 2.5 Turboを開発者向けAPIでも使えるようにした。",
        "ja",
        "availability",
    ),
    # both trees
    (
        "Soraが利用可能になるのはいつ？日本提供の見通し",
        "OpenAIの動画生成AI Soraの日本での提供時期について、これまでの情報をまとめた。",
        "ja",
        None,
    ),
    (
        "iPhoneでSoraが使えるように",
        "OpenAIはSoraのiOSアプリを日本のApp Storeで配信し始めた。",
        "ja",
        "availability",
    ),
    # both trees
    (
        "Klingを日本語で使えるようにする設定方法",
        "Klingの画面を日本語表示に切り替える手順を紹介する。",
        "ja",
        None,
    ),
    # both trees
    (
        "Runwayが使えるようになるまで　Gen-4開発の舞台裏",
        "RunwayのGen-4が一般に使えるようになるまでの開発の裏側をCEOが語った。",
        "ja",
        None,
    ),
    (
        "Pika、Androidでも使えるようになった",
        "Pika LabsはAndroid版アプリを配信し、スマホでも動画生成ができるようになった。",
        "ja",
        "availability",
    ),
    (
        "Sora 2、提供対象に日本を追加",
        "OpenAIはSora 2アプリの提供対象国に日本と韓国を加えた。",
        "ja",
        "availability",
    ),
    # both trees
    (
        "Sora 2の対象国に日本が入らない理由を考える",
        "OpenAIが日本でSora 2アプリを提供しない背景には、著作権をめぐる議論がある。",
        "ja",
        None,
    ),
    (
        "Sora 2アプリがついに日本上陸",
        "OpenAIは動画生成アプリSora 2の提供を日本で開始した。",
        "ja",
        "availability",
    ),
    # both trees
    (
        "Sora日本上陸はいつ？最新情報まとめ",
        "OpenAIのSora 2アプリの日本提供時期について、分かっている情報をまとめた。",
        "ja",
        None,
    ),
    # both trees
    (
        "話題のAI動画アプリSora、日本上陸は見送り",
        "OpenAIはSora 2の提供地域を拡大したが、日本は今回も見送られた。",
        "ja",
        "delay",
    ),
    # both trees
    (
        "米国のAI映像スタジオが日本上陸　Runwayで広告制作",
        "米国の映像制作会社が東京にスタジオを開設した。RunwayやVeoを使ったCM制作を手がける。",
        "ja",
        None,
    ),
    # both trees
    (
        "Hailuo AIが日本上陸、日本語UIで提供",
        "MiniMaxは動画生成サービスHailuoの日本向け提供を始めた。",
        "ja",
        "availability",
    ),
    # both trees
    ("Soraの正式提供は来年に延期", "OpenAIはSoraの正式提供を来年に延期すると発表した。", "ja", "delay"),
    # both trees
    (
        "正式提供前のKling 3.0を試してみた",
        "ベータ版のKling 3.0で実際に動画を生成し、画質を検証した。",
        "ja",
        None,
    ),
    (
        "Veo 4の一般公開、来年にずれ込む",
        "GoogleはVeo 4の一般公開が来年にずれ込むと明らかにした。",
        "ja",
        "delay",
    ),
    (
        "Luma Dream Machine、iOSアプリを一般公開",
        "Luma AIはウェイトリスト制だったDream MachineのiOSアプリを誰でも使えるようにした。",
        "ja",
        "availability",
    ),
    # both trees
    (
        "Alibaba、動画生成モデル「Wan 3.0」を一般公開　オープンソースで",
        "Alibabaは新しい動画生成モデルWan 3.0の重みをオープンソースで公開した。",
        "ja",
        "launch",
    ),
    # both trees
    (
        "Tencent、新動画生成モデル「HunyuanVideo 2」を一般公開",
        "Tencentは新たな動画生成モデルを発表し、誰でも試せるようにした。",
        "ja",
        "launch",
    ),
    (
        "Sora、Android版を全ユーザーに開放",
        "OpenAIはSoraのAndroidアプリを全ユーザーに開放した。",
        "ja",
        "availability",
    ),
    (
        "Veo 3 Fast、無料ユーザーにも開放",
        "GoogleはGeminiアプリでVeo 3 Fastを無料ユーザーにも提供する。",
        "ja",
        "availability",
    ),
    (
        "Veo 3、東京リージョンでも利用可能に",
        "Google CloudはVertex AIの東京リージョンでVeo 3を提供開始した。",
        "ja",
        "availability",
    ),
    (
        "Vidu、国内提供を開始　日本語プロンプトにも対応",
        "中国Shengshu TechnologyはViduの日本国内での提供を開始した。",
        "ja",
        "availability",
    ),
    # both trees
    (
        "Sora 2の招待コードがフリマで高額転売、OpenAIが警告",
        "フリマアプリでSora 2の招待コードが数千円で出品されている。",
        "ja",
        None,
    ),
    # both trees
    (
        "Sora 2の招待コードを入手する方法",
        "Sora 2を使うには招待コードが必要だ。入手方法をまとめた。",
        "ja",
        None,
    ),
    (
        "Sora 2、新規ユーザーに招待コードを再び必須に",
        "OpenAIはアクセス集中のため、Soraの新規登録に招待コードを必要とする方式に戻した。",
        "ja",
        "waitlist",
    ),
    # both trees
    (
        "OpenAI、Sora 2を発表　iOSアプリは招待コード制で",
        "OpenAIは新しい動画生成モデルSora 2を発表した。アプリは当面招待コードで利用できる。",
        "ja",
        "launch",
    ),
    (
        "Kling、次期モデルのテスター募集を開始",
        "快手はKling 3.0の先行テスターを募集している。",
        "ja",
        "waitlist",
    ),
    # both trees
    (
        "AI動画コンテストの参加者とテスター募集、Runway協賛",
        "Runwayが協賛する映像コンテストが参加者を募っている。",
        "ja",
        None,
    ),
    (
        "Runway Gen-5、一部クリエイターに先行アクセス",
        "RunwayはGen-5をまず選ばれたクリエイターだけに提供する。",
        "ja",
        "waitlist",
    ),
    # both trees
    (
        "Google、Veo 4を発表　Ultra会員に先行アクセス",
        "Googleは新しい動画生成モデルVeo 4を発表した。まずAI Ultra会員が利用できる。",
        "ja",
        "launch",
    ),
    # both trees
    (
        "Steamの先行アクセスゲーム、映像はKlingで生成",
        "インディー開発者がKlingで生成した映像を使ったゲームを先行アクセスで公開した。",
        "ja",
        None,
    ),
    # both trees
    (
        "Runway、新モデル「Aleph」を一部ユーザーに限定公開",
        "Runwayは動画編集モデルAlephを発表し、まず企業顧客とクリエイターに提供する。",
        "ja",
        "launch",
    ),
    (
        "Google、Veoの新しい編集機能をテスター限定公開に",
        "GoogleはVeo 3の新しい編集機能を、当面は選ばれたテスターだけに提供する。",
        "ja",
        "waitlist",
    ),
    # both trees
    (
        "Runwayの年間プランが抽選で10名に当たる　AI動画コンテスト",
        "Runwayが協賛するコンテストの応募者から抽選で10名に年間プランを贈る。",
        "ja",
        None,
    ),
    (
        "Sora 2アプリ、抽選で利用者を招待",
        "OpenAIはSora 2の利用者を抽選で選ぶ方式を導入した。",
        "ja",
        "waitlist",
    ),
    # both trees
    (
        "料金改定前に確認したい動画生成AIのプラン比較",
        "Runway、Kling、Pikaの料金プランを比較する。",
        "ja",
        None,
    ),
    # both trees
    (
        "Netflix、料金改定　AI生成映像の活用も拡大",
        "Netflixは国内の月額料金を改定した。作品制作にはRunwayの技術も使う。",
        "ja",
        None,
    ),
    # both trees
    (
        "Google、Veo 3のAPI価格を引き下げ",
        "GoogleはGemini APIでのVeo 3の料金を1秒あたり0.40ドルに引き下げた。",
        "ja",
        "pricing",
    ),
    # both trees
    (
        "新料金プランで何が変わる？Runwayの全プランを解説",
        "Runwayの新しい料金プランの内容を詳しく解説する。",
        "ja",
        None,
    ),
    # both trees
    (
        "動画生成AI「Kling」の最新料金まとめ　プラン別に解説",
        "Klingの各プランの料金とクレジット数を一覧にした。",
        "ja",
        None,
    ),
    ("Kling、基本プランを無料化", "快手はKlingのStandardプランの一部機能を無料化した。", "ja", "pricing"),
    # both trees
    (
        "Sora、動画生成を有料プラン限定に",
        "OpenAIは無料ユーザーによるSoraの動画生成をやめ、有料プラン限定にした。",
        "ja",
        "pricing",
    ),
    # both trees
    (
        "Sora 2、日本での提供予定なし",
        "OpenAIはSora 2アプリについて、日本での提供予定はないと明らかにした。",
        "ja",
        "delay",
    ),
    # both trees
    (
        "Runway、サービス終了の予定はないと否定",
        "Runwayは一部で報じられたサービス終了のうわさについて、予定はないと否定した。",
        "ja",
        None,
    ),
    # both trees
    (
        "Pika、上場の予定はありません　CEOが語る",
        "Pika LabsのCEOはインタビューで、当面上場の予定はありませんと語った。",
        "ja",
        None,
    ),
    (
        "Veo 4、日本向けは後日提供",
        "Googleは米国でVeo 4の提供を始めた。日本を含む他地域へは後日提供するとしている。",
        "ja",
        "delay",
    ),
    # both trees
    (
        "Pika 3.0発表、料金など詳細は後日提供",
        "Pika Labsは新モデルPika 3.0を発表した。料金などの詳細情報は後日提供するという。",
        "ja",
        "launch",
    ),
    (
        "Sora 2のAndroid版、日本は対象外",
        "OpenAIはSora 2のAndroidアプリを米国など5カ国で公開した。日本は対象外となった。",
        "ja",
        "delay",
    ),
    # both trees
    (
        "EUの新指針、Soraなど動画生成AIは高リスク規制の対象外に",
        "欧州委員会はAI法の指針で、一部の動画生成AIを高リスク規制の対象外とした。",
        "ja",
        None,
    ),
    # both trees
    (
        "Kling 3.0が登場、無料プランは対象外",
        "快手は新モデルKling 3.0を公開した。当面は有料プランのみで利用でき、無料プランは対象外。",
        "ja",
        "launch",
    ),
    (
        "Sora 2のAndroid版、日本での提供時期は未定",
        "OpenAIはAndroid版Sora 2を米国で公開したが、日本での提供時期は未定としている。",
        "ja",
        "delay",
    ),
    # both trees
    (
        "Google、Veo 4を発表　日本での提供時期は未定",
        "Googleは動画生成モデルVeo 4を発表した。米国で提供を始め、日本での提供時期は未定。",
        "ja",
        "launch",
    ),
    # both trees
    (
        "EU、AI法の動画規制を先送り　SoraやVeoに影響",
        "欧州委員会は生成AI規制の一部適用を1年先送りする。",
        "ja",
        None,
    ),
    (
        "Soraの欧州展開、来年にずれ込む",
        "OpenAIはSora 2アプリの欧州提供が来年にずれ込むと明らかにした。",
        "ja",
        "delay",
    ),
    (
        "Google、Veo 2を引退させVeo 3に一本化",
        "GoogleはGeminiアプリからVeo 2を引退させ、今後はVeo 3のみを提供する。",
        "ja",
        "shutdown",
    ),
    (
        "OpenAI、初代Soraモデルを引退へ",
        "OpenAIは初代Soraモデルを来月引退させ、Sora 2に移行すると発表した。",
        "ja",
        "shutdown",
    ),
    (
        "Stability AI、動画生成事業から撤退",
        "Stability AIは動画生成モデルStable Videoの提供を打ち切り、画像生成に集中する。",
        "ja",
        "shutdown",
    ),
    # both trees
    (
        "ディズニー、Soraを使った共同制作から撤退",
        "ディズニーはOpenAIのSoraを使った共同制作プロジェクトから撤退したと報じられた。",
        "ja",
        None,
    ),
    # both trees
    (
        "Pika、日本市場から撤退　日本語版アプリを終了",
        "Pika Labsは日本向けアプリの提供を終了する。",
        "ja",
        "shutdown",
    ),
    # both trees
    (
        "AI生成アニメのテレビ番組が打ち切り、Soraで制作",
        "Soraを使って制作されたテレビアニメが視聴率不振で打ち切りになった。",
        "ja",
        None,
    ),
    # both trees
    (
        "OpenAIとハリウッド、Sora交渉を打ち切り",
        "OpenAIと米映画会社団体のSoraをめぐる権利交渉が打ち切られた。",
        "ja",
        None,
    ),
    # both trees
    (
        "Runway、シリーズEで3億ドルを資金調達",
        "Runwayは新たな資金調達ラウンドで3億ドルを調達した。Gen-4の開発を加速する。",
        "ja",
        None,
    ),
    # both trees
    (
        "Pika、新モデル「Pika 3.0」を公開　資金調達から半年",
        "Pika Labsは動画生成モデルPika 3.0を公開した。昨年の資金調達以来初の大型アップデートとなる。",
        "ja",
        "launch",
    ),
    # both trees
    (
        "Google出資を受けたGenmo、動画生成モデル「Mochi 2」を公開",
        "Genmoは新たな動画生成モデルMochi 2を公開した。",
        "ja",
        "launch",
    ),
    # both trees
    (
        "Kling 2.5シリーズAPI、日本でも提供開始",
        "快手はKling 2.5シリーズAPIを日本の開発者にも開放した。",
        "ja",
        "availability",
    ),
    # both trees
    (
        "ByteDance、Seedance 2.0を発表　映画会社から学習用映像を調達",
        "ByteDanceは新しい動画生成モデルSeedance 2.0を発表した。学習には映画会社から調達した映像を使った。",
        "ja",
        "launch",
    ),
    # both trees
    (
        "Runway、AI映画祭に合わせ新モデル「Gen-5」を発表",
        "Runwayは自社主催のAI映画祭に合わせ、新しい動画生成モデルGen-5を発表した。",
        "ja",
        "launch",
    ),
    # both trees
    (
        "Runway主催のAI映画祭、入賞作品を上映",
        "Runwayが主催するAI Film Festivalの入賞作がニューヨークで上映された。",
        "ja",
        None,
    ),
    # both trees
    (
        "Midjourney、初の動画生成モデル「V1」を公開　ミュージックビデオ制作も",
        "Midjourneyは初の動画生成モデルV1を公開した。短いミュージックビデオなどの制作を想定する。",
        "ja",
        "launch",
    ),
    (
        "Veo 3、YouTubeショートで利用可能に　上映会も開催",
        "GoogleはYouTubeショートにVeo 3を組み込んだ。東京では作品の上映会も開いた。",
        "ja",
        "availability",
    ),
    # both trees
    (
        "Soraで作った短編、カンヌ映画祭で上映",
        "OpenAIのSoraで制作された短編映画がカンヌ映画祭で上映された。",
        "ja",
        None,
    ),
    # both trees
    (
        "Runway、新モデル「Gen-5」の提供を開始",
        "Runwayは新しい動画生成モデルGen-5を発表し、有料会員向けに提供を開始した。",
        "ja",
        "launch",
    ),
    (
        "Google One AI Premium goes up to $24.99",
        "The plan rises by $5 a month from June. Veo 3 video generation is not included in the plan and stays in AI Ultra.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway's Unlimited plan now costs $99",
        "The Unlimited tier rises from $76 to $99 a month; Gen-4 Turbo renders are not included in the relaxed mode.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Adobe starts charging extra for AI video in Premiere",
        "Firefly video generation is billed separately from today, with credit packs starting at $9.99 for 2,000 credits.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google's video model skips Europe at launch",
        "Veo 3 is not included in the European rollout of Gemini Ultra for now, Google said, citing regulatory review.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Kling 3.0 arrives with native 4K",
        "Kuaishou released Kling 3.0 today. Audio generation is not included in the first version.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Luma's new video model is out",
        "Luma AI released Ray3 today, and it is still sold separately from Dream Machine subscriptions through the API.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Video generation comes to Microsoft Copilot",
        "Copilot can now create clips with Sora 2 for free users, and Sora 2 clips are billed separately above ten a day.",
        "en",
        "availability",
    ),
    # both trees
    (
        "A third-party video model lands in Firefly",
        "Adobe added Luma's Ray3 to the Firefly app today; Ray3 is not included in the Firefly Standard plan.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Spotify raises Premium prices in the US",
        "Premium rises to $12.99 a month. Veo-made video podcasts are not part of the Basic tier.",
        "en",
        None,
    ),
    # both trees
    (
        "Google halves the price of its video API",
        "Veo 3 Fast now costs $0.15 per second in the Gemini API; audio is not included at that rate.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Canva's new Pro price includes more AI",
        "Canva Pro rises to $15 a month. Veo 3 clips, which Canva added last year, are still billed separately.",
        "en",
        None,
    ),
    (
        "Google One AI Premium augmente ses prix en France",
        "L'abonnement passe à 24,99 euros par mois. La génération vidéo Veo 3 n'est pas incluse dans cette formule.",
        "fr",
        None,
    ),
    # both trees
    (
        "Adobe facture désormais la vidéo IA à part",
        "La génération vidéo Firefly est facturée à part depuis ce mardi, avec des packs de crédits à partir de 9,99 euros.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Un nouveau modèle vidéo chez Luma",
        "Luma AI a lancé Ray3 ce jeudi, qui n'est pas inclus dans les forfaits Dream Machine et reste vendu via l'API.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Free augmente le prix de sa Freebox Ultra",
        "L'abonnement passe à 59,99 euros. Les vidéos générées avec Veo ne font pas partie de l'offre, contrairement à la rumeur.",
        "fr",
        None,
    ),
    (
        "Google One AI Premium sube de precio en España",
        "La suscripción pasa a 24,99 euros al mes. La generación de vídeo con Veo 3 no está incluida en el plan.",
        "es",
        None,
    ),
    # both trees
    (
        "Adobe empieza a cobrar aparte el vídeo con IA",
        "La generación de vídeo de Firefly se factura aparte desde hoy, con paquetes de créditos desde 9,99 euros.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Un nuevo modelo de vídeo llega a Dream Machine",
        "Luma AI lanzó hoy Ray3, que no está incluido en el plan gratuito.",
        "es",
        "launch",
    ),
    (
        "Google One AI Premium wird teurer",
        "Das Abo kostet künftig 24,99 Euro im Monat. Die Videogenerierung mit Veo 3 ist darin nicht enthalten.",
        "de",
        None,
    ),
    # both trees
    (
        "Adobe berechnet KI-Videos künftig extra",
        "Die Videogenerierung mit Firefly wird ab sofort separat abgerechnet, Credit-Pakete kosten ab 9,99 Euro.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Neues Videomodell von Luma ist da",
        "Luma AI hat heute Ray3 veröffentlicht; Ray3 ist in den Dream-Machine-Abos nicht enthalten.",
        "de",
        "launch",
    ),
    (
        "Google One AI Premium aumenta il prezzo in Italia",
        "L'abbonamento sale a 24,99 euro al mese. La generazione video con Veo 3 non è inclusa nel piano.",
        "it",
        None,
    ),
    # both trees
    (
        "Adobe fa pagare a parte i video con l'IA",
        "La generazione video di Firefly viene fatturata a parte da oggi, con pacchetti da 9,99 euro.",
        "it",
        "pricing",
    ),
    (
        "Google One AI Premium fica mais caro no Brasil",
        "A assinatura passa a custar R$ 119,99 por mês. A geração de vídeos com o Veo 3 não está incluída no plano.",
        "pt",
        None,
    ),
    # both trees
    (
        "Adobe passa a cobrar à parte pelos vídeos com IA",
        "A geração de vídeo do Firefly é cobrada à parte a partir de hoje, com pacotes de créditos a partir de R$ 49.",
        "pt",
        "pricing",
    ),
    (
        "Runway retires the cheapest plan for Gen-4",
        "From next month the Basic tier is gone; new users start at $15 a month.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Luma axes the monthly plan for Dream Machine",
        "Dream Machine subscriptions will now be sold only annually, Luma said.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Pika launches Pika 3.0",
        "The startup, which scrapped the $8 plan last year, released its new video model today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Why I dropped the monthly plan for Runway",
        "Opinion: after a year of Gen-4, the credits never lasted. Here is what I use instead.",
        "en",
        None,
    ),
    # both trees
    (
        "Pika, which axed its starter tier in 2024, is raising new funding",
        "The video startup is in talks for a Series C round led by a16z.",
        "en",
        None,
    ),
    # both trees
    (
        "Kling kills the $10 tier and raises Pro to $40",
        "Kuaishou is reshaping Kling's plans from July.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "OpenAI retires the original Sora model",
        "OpenAI will retire Sora 1 on March 13 and move all users to Sora 2.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Netflix kills the basic plan in more markets",
        "The ad-free Basic plan disappears in Canada and the UK; Netflix says AI video tools like Runway are not behind the change.",
        "en",
        None,
    ),
    # both trees
    (
        "Pika stellt seine App ein – vor allem wegen der Kosten",
        "Pika Labs beendet den Betrieb seiner mobilen App zum 30. Juni.",
        "de",
        "shutdown",
    ),
    # both trees
    (
        "Pika schaltet seine alte App ab, Konten bleiben frei zugänglich",
        "Die alte Pika-App wird zum 1. März abgeschaltet; Nutzer können ihre Videos bis dahin exportieren.",
        "de",
        "shutdown",
    ),
    # both trees
    (
        "Luma stellt Dream Machine für iOS ein, vorerst ohne Ersatz",
        "Die iPhone-App verschwindet Ende Juni aus dem App Store.",
        "de",
        "shutdown",
    ),
    (
        "Midjourney met fin à l'open bar des vidéos gratuites",
        "Les comptes gratuits ne pourront plus générer de vidéos; il faudra payer un abonnement.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "OpenAI met fin à l'application Sora",
        "L'application originale fermera le 13 mars, les utilisateurs devront passer à Sora 2.",
        "fr",
        "shutdown",
    ),
    (
        "Google retira los modelos Veo 2 de la API de Gemini",
        "Los desarrolladores tendrán hasta el 30 de junio para migrar a Veo 3.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Hugging Face retira los modelos filtrados de Sora",
        "La plataforma eliminó los pesos que un usuario subió tras una supuesta filtración.",
        "es",
        None,
    ),
    # both trees
    (
        "Runway, que retiró el modelo Gen-2 en 2024, lanza Gen-5",
        "La empresa presentó este martes su nuevo modelo de vídeo.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Luma retira las versiones antiguas de Dream Machine",
        "A partir del 1 de julio solo estará disponible Ray3.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Kling 3.0 is out now",
        "Kuaishou released Kling 3.0 today; the 4K mode will not arrive before summer, the company said.",
        "en",
        "launch",
    ),
    (
        "Sora's Android app will reach Europe, but not before spring",
        "OpenAI said the Sora app is coming to the EU, but not before spring because of regulatory checks.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Runway does not expect profits before 2027",
        "The Gen-4 maker will not be profitable, not before 2027, its CFO told investors.",
        "en",
        None,
    ),
    # both trees
    (
        "Google halves Veo 3 API prices",
        "Veo 3 now costs $0.20 per second in the Gemini API; the new rate will not apply until March for Vertex customers.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Veo 4 release is now expected in the second half",
        "Google told partners the release of Veo 4 is now expected in the second half of the year.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Runway's IPO plans slip",
        "The Gen-4 maker's stock market launch is now expected in the second half of 2027, people familiar said.",
        "en",
        None,
    ),
    # both trees
    (
        "Not until next year: why AI video still can't make a feature film",
        "Opinion: Veo and Sora won't carry a feature, not until next year at the earliest.",
        "en",
        None,
    ),
    (
        "Kling 3.0's global launch is now expected in the third quarter",
        "Kuaishou had planned a June release but now targets the summer.",
        "en",
        "delay",
    ),
    # both trees
    (
        "OpenAI repousse Sora 2 en Europe à 2026",
        "L'application ne sera pas disponible dans l'UE avant l'an prochain.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Kling 3.0 : Kuaishou repousse encore les limites en 2026",
        "Kuaishou a lancé mardi Kling 3.0, son nouveau modèle vidéo capable de générer des plans de deux minutes.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Disney repousse au second semestre son film réalisé avec Sora",
        "Le studio a décalé la sortie de son premier court métrage conçu avec l'outil d'OpenAI.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway reporte son IPO à 2027",
        "Le créateur de Gen-4 préfère attendre avant d'entrer en Bourse.",
        "fr",
        None,
    ),
    (
        "La sortie de Veo 4 décalée au premier semestre",
        "Google a confirmé que son prochain modèle vidéo arrivera plus tard que prévu.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Sora 2 : il faudra désormais payer pour générer des vidéos",
        "OpenAI réserve la génération de vidéos aux abonnés payants à partir du 1er mars.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 arrive en France dans l'app Gemini",
        "Google ouvre son générateur vidéo aux Français; il faut payer l'abonnement Google AI Pro à 21,99 euros par mois.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Faut-il payer pour utiliser Sora ? Notre guide",
        "Pour générer des vidéos avec Sora, il faut payer un abonnement ChatGPT Plus. Nous détaillons les options.",
        "fr",
        None,
    ),
    # both trees
    (
        "Les diffuseurs de vidéos Sora devront passer à la caisse, estime la justice",
        "Un tribunal juge que les comptes qui publient des vidéos contrefaisantes devront passer à la caisse.",
        "fr",
        None,
    ),
    # both trees
    (
        "Droits d'auteur : le jugement qui change tout pour Sora",
        "Selon le jugement, il faudra désormais payer les ayants droit pour entraîner Sora sur leurs films.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kling : les utilisateurs gratuits devront passer à la caisse",
        "Kuaishou supprime les crédits quotidiens offerts aux comptes gratuits à partir de lundi.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "In Italia arriva Veo 3 nell'app Gemini",
        "Google ha reso disponibile il suo generatore video agli abbonati italiani di Google AI Pro.",
        "it",
        "availability",
    ),
    # both trees
    (
        "In Europa arriva l'AI Act: cosa cambia per Sora e Veo",
        "Dal 2 agosto scattano gli obblighi di trasparenza per i generatori di video.",
        "it",
        None,
    ),
    # both trees
    (
        "In Italia arriva la stretta sui deepfake creati con Sora",
        "Il Garante impone nuove regole alle piattaforme che pubblicano video generati con l'IA.",
        "it",
        None,
    ),
    # both trees
    (
        "In Italia arrivano i corsi per imparare a usare Runway",
        "Una scuola di cinema milanese lancia corsi su Runway e Sora per registi.",
        "it",
        None,
    ),
    # both trees
    (
        "In Svizzera arriva Sora 2",
        "OpenAI ha esteso l'app Sora 2 agli utenti svizzeri.",
        "it",
        "availability",
    ),
    # both trees
    (
        "In Europa arrivano i festival di cinema IA, con i film fatti con Veo",
        "Da Roma a Berlino, le rassegne dedicate ai corti generati con Veo e Sora si moltiplicano.",
        "it",
        None,
    ),
    (
        "Sora 2 kommt nach Europa erst später",
        "OpenAI bestätigt, dass die App in der EU nicht vor dem Frühjahr startet.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Sora-App startet in Deutschland erst ab 18",
        "OpenAI hat die Sora-App in Deutschland freigeschaltet; Nutzer müssen volljährig sein.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Veo 3 kommt in Deutschland erst gegen Aufpreis",
        "Google schaltet den Videogenerator hierzulande frei, allerdings nur im Abo Google AI Ultra.",
        "de",
        "availability",
    ),
    (
        "Veo 4 erscheint in Europa erst im Herbst",
        "Google verschiebt den Start des neuen Videomodells in der EU.",
        "de",
        "delay",
    ),
    # both trees
    (
        "KI-Film mit Sora kommt in Deutschland erst im Mai ins Kino",
        "Der erste mit Sora erzeugte Spielfilm startet hierzulande später als in den USA.",
        "de",
        None,
    ),
    # both trees
    (
        "Google öffnet Veo 3 für Gratis-Nutzer, mit einem Tageslimit von drei Videos",
        "Wer kein Abo hat, kann nun Clips mit Veo 3 Fast erzeugen.",
        "de",
        "availability",
    ),
    (
        "Kling opens 2.5 Turbo to free users with a daily quota",
        "Free accounts get three clips a day, Kuaishou said.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora cuts free users to a smaller daily quota",
        "Free accounts now get six videos a day instead of 30, OpenAI said.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Runway launches a $9 plan with a monthly generation cap",
        "The new Lite plan includes 300 credits and Gen-4 Turbo access.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 now costs $0.40 per second, with a daily cap for trial users",
        "Google lowered the Veo 3 API price by half on Tuesday.",
        "en",
        "pricing",
    ),
    (
        "Veo 3 s'ouvre aux comptes gratuits, avec un quota limité",
        "Google permet désormais aux utilisateurs sans abonnement de générer des clips dans Gemini.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling estrena un plan gratuito con un cupo de 66 créditos diarios",
        "Kuaishou cambia su oferta para atraer a nuevos usuarios.",
        "es",
        "pricing",
    ),
    # both trees
    (
        "Runway riduce la quota gratuita con un limite giornaliero di tre video",
        "Gli utenti senza abbonamento potranno generare meno clip con Gen-4.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Google libera o Veo 3 para usuários gratuitos com uma cota diária",
        "Quem não assina o AI Pro já pode gerar vídeos curtos no Gemini.",
        "pt",
        "availability",
    ),
]

WORDINGS_A_SECOND_REVIEW_WROTE = [
    # both trees
    (
        "Google opens its fast video model to everyone",
        "Veo 3 Fast is now free for all Gemini users, but audio is not included for free accounts.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI unveils its next video model",
        "Sora 3 launches today with two-minute clips; sound is not included in the first release.",
        "en",
        "launch",
    ),
    (
        "Adobe raises Creative Cloud Pro price to $70 a month",
        "Firefly Video is not included and is billed separately through generative credits.",
        "en",
        None,
    ),
    # both trees
    (
        "OpenAI now sells its video app separately",
        "Sora 2 is billed separately from June 1, at $20 a month on top of ChatGPT Plus.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google starts charging extra for video in Gemini",
        "Veo 3 is charged separately from next month, with clips priced at $0.50 each.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Kuaishou's new video model is here",
        "Kling 3.0 is out now, but lip sync is not included until the next update.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Video model lands on Amazon's cloud",
        "Luma Ray3 is now on Bedrock; fine-tuning is not included in the first release.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Spotify Premium gets pricier in Europe",
        "AI DJ and video podcasts are not included in the cheaper Lite tier, the company said.",
        "en",
        None,
    ),
    # both trees
    (
        "Canva raises Pro price, adds AI credits",
        "Third-party models such as Veo 3 are still sold separately as add-ons, Canva said.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway's API gets cheaper",
        "Gen-4 Turbo now costs 5 credits per second; upscaling is still billed separately.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "The buzzy video app stays invite-only",
        "Sora 2 remains invite-only in the US; Android is not included in the test yet.",
        "en",
        "waitlist",
    ),
    # both trees
    (
        "This AI video model is being switched off",
        "Gen-3 Alpha will be shut down on June 30; Turbo is not included in the shutdown.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Pika comes to Android",
        "Pika's app is now on the Play Store; Pikaffects are not included on Android yet.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Apple One bundle price goes up to $22",
        "AI video apps such as Sora are not included in the bundle, Apple confirmed.",
        "en",
        None,
    ),
    # both trees
    (
        "UK and EU left out of new video tool",
        "Veo 4 rolls out in Flow today in 70 countries, but the UK and the EU are not included.",
        "en",
        "delay",
    ),
    # both trees
    (
        "L'Europe privée du nouveau générateur vidéo d'OpenAI",
        "Sora 2 arrive, mais la France n'est pas incluse dans ce premier déploiement.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Free augmente le prix de sa Freebox Ultra",
        "Le service vidéo Sora n'est pas inclus dans l'offre, précise l'opérateur.",
        "fr",
        None,
    ),
    # both trees
    (
        "Le nouveau modèle vidéo de Kuaishou est là",
        "Kling 3.0 est là, mais l'audio n'est pas inclus pour l'instant.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Le générateur vidéo de Runway devient payant à l'unité",
        "Gen-4 est facturé à part à partir de juin, à 0,10 dollar la seconde.",
        "fr",
        "pricing",
    ),
    (
        "Canal+ lance une offre avec IA générative",
        "Les vidéos Veo 3 ne sont pas incluses dans l'abonnement, précise le groupe.",
        "fr",
        None,
    ),
    # both trees
    (
        "OpenAI vend désormais son appli vidéo séparément",
        "Sora 2 ne fait pas partie de l'abonnement Plus à partir du 1er juin et coûte 20 dollars par mois.",
        "fr",
        "pricing",
    ),
    (
        "Orange relève le prix de sa Livebox Max",
        "Les générateurs vidéo comme Veo 3 restent facturés à part, selon l'opérateur.",
        "fr",
        None,
    ),
    # both trees
    (
        "Kuaishou stellt neues Videomodell vor",
        "Kling 3.0 ist ab sofort verfügbar, Ton ist dabei nicht enthalten.",
        "de",
        "launch",
    ),
    # both trees
    ("Neue Video-App startet ohne Europa", "Sora 2 startet, die EU ist nicht inbegriffen.", "de", "delay"),
    (
        "Google AI Plus startet in Deutschland für 8 Euro",
        "Das günstige Abo bringt mehr Speicher; Veo 3 ist darin nicht enthalten.",
        "de",
        None,
    ),
    # both trees
    (
        "Google verlangt extra für KI-Videos",
        "Veo 3 wird separat abgerechnet, ab Juni kostet jeder Clip 0,50 Euro.",
        "de",
        "pricing",
    ),
    (
        "Telekom erhöht Preise für MagentaTV",
        "KI-Videodienste wie Sora sind nicht enthalten, teilte der Konzern mit.",
        "de",
        None,
    ),
    # both trees
    (
        "Videomodell jetzt für alle Abonnenten",
        "Veo 3 ist jetzt auch im Pro-Abo nutzbar; 4K ist nicht inklusive.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Europa se queda sin la nueva app de vídeo de OpenAI",
        "Sora 2 llega, pero España no está incluida en el primer despliegue.",
        "es",
        "delay",
    ),
    # both trees
    (
        "Movistar sube el precio de su fibra con IA",
        "Herramientas como Sora no están incluidas en la tarifa, aclara la operadora.",
        "es",
        None,
    ),
    # both trees
    (
        "Kuaishou presenta su nuevo modelo de vídeo",
        "Kling 3.0 ya está aquí, aunque el audio no está incluido de momento.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Runway empieza a cobrar aparte su modelo más potente",
        "Gen-4 se factura aparte desde junio, a 0,12 dólares por segundo.",
        "es",
        "pricing",
    ),
    (
        "Adobe encarece Creative Cloud en España",
        "Firefly Video sigue facturándose aparte con créditos generativos.",
        "es",
        None,
    ),
    (
        "TIM aumenta il prezzo della fibra con servizi IA",
        "I generatori video come Sora non sono inclusi nell'offerta, precisa l'operatore.",
        "it",
        None,
    ),
    # both trees
    (
        "Kuaishou presenta il nuovo modello video",
        "Kling 3.0 è disponibile da oggi, ma l'audio non è incluso per ora.",
        "it",
        "launch",
    ),
    # both trees
    (
        "Runway fa pagare a parte il suo modello migliore",
        "Gen-4 viene fatturato a parte da giugno, a 0,12 dollari al secondo.",
        "it",
        "pricing",
    ),
    # both trees
    (
        "Europa fica sem o novo app de vídeo da OpenAI",
        "Sora 2 chega, mas Portugal não está incluído na primeira fase.",
        "pt",
        "delay",
    ),
    # both trees
    (
        "Vivo aumenta preço da fibra com IA",
        "Ferramentas como o Sora não estão incluídas no plano, informa a operadora.",
        "pt",
        None,
    ),
    # both trees
    (
        "Kuaishou apresenta novo modelo de vídeo",
        "Kling 3.0 chega hoje, mas o áudio não está incluído por enquanto.",
        "pt",
        "launch",
    ),
    # both trees
    (
        "Google passa a cobrar à parte pelos vídeos do Gemini",
        "Veo 3 é cobrado separadamente a partir de junho, a US$ 0,50 por clipe.",
        "pt",
        "pricing",
    ),
    (
        "Claro reajusta preço do pacote com IA",
        "O Veo 3 continua cobrado à parte, diz a operadora.",
        "pt",
        None,
    ),
    # both trees
    (
        "YouTube Premium Lite expands to 20 countries",
        "Veo-powered Shorts tools were not part of the offer, YouTube said.",
        "en",
        None,
    ),
    # both trees
    (
        "Netflix augmente ses prix en France",
        "Les jeux et les vidéos Sora ne font pas partie de l'offre, précise Netflix.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 won't reach Europe before summer",
        "OpenAI says the app will launch in the EU, but not before summer, as it works through regulatory checks.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Veo 4 in Europe: not before spring, Google says",
        "Google confirmed its new video model will not come to the EU before spring; no exact date was given.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Kling plans price hike for its Pro plan",
        "Kuaishou will raise the Pro plan from $25.99 to $32.99 a month, though not before May.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 now available in Europe",
        "Google's video model is live in Gemini across the EU from today; 4K output will follow, but not before spring.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI will shut down the original Sora, but not before March",
        "The first Sora model will be retired on March 13, and sora.com will switch to Sora 2 only.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "EU transparency rules for AI video apply, but not before August",
        "Labels for clips from Sora, Veo and Kling become mandatory under the AI Act in August 2026.",
        "en",
        None,
    ),
    # both trees
    (
        "Kuaishou: Kling profits not before 2027",
        "Kling 3.0 revenue grew 60 percent, but executives do not expect the unit to break even, not before 2027.",
        "en",
        None,
    ),
    # both trees
    (
        "Film made with Runway Gen-4 hits theaters, but not until December",
        "The first feature shot largely with Gen-4 gets a US release on December 5.",
        "en",
        None,
    ),
    # both trees
    (
        "Luma unveils Ray4; API access not until next month",
        "Ray4 is live in Dream Machine today for paid users; developers will get the API in March.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Why Sora 2 won't replace film crews, not before 2030",
        "Our columnist argues AI video still lacks control over continuity and performance.",
        "en",
        None,
    ),
    # both trees
    (
        "Sora 2 opens to all US users",
        "Invite codes are gone from today; Android users will not get the app until December.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Midjourney's video model V2 is now expected in the second half",
        "The release is now expected in the second half, founder David Holz said during office hours.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Sora's Android app slips to the third quarter",
        "OpenAI said the Android release is now expected in the third quarter.",
        "en",
        "delay",
    ),
    (
        "Runway pushes Gen-5 API",
        "The Gen-5 API is now slated for the second half, Runway told customers.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Runway's funding round now expected to close later",
        "The round, following the Gen-5 launch, is now expected in the third quarter, people familiar said.",
        "en",
        None,
    ),
    # both trees
    (
        "Apple's Siri app delayed again",
        "The app is now expected in the second half; Apple has not announced any AI video tools such as Sora rivals.",
        "en",
        None,
    ),
    # both trees
    (
        "Kuaishou earnings: Kling's app breakeven now seen later",
        "The Kling app is now due in the fourth quarter to reach breakeven, finance chief says.",
        "en",
        None,
    ),
    # both trees
    (
        "Google launches Veo 4; API release is now expected in the first quarter",
        "Veo 4 is live in Gemini and Flow today for Ultra subscribers.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 review: impressive, but not until the next update will I pay",
        "Two weeks with OpenAI's video app: stunning physics, unreliable faces.",
        "en",
        None,
    ),
    # both trees
    (
        "Adobe pushes Firefly Video in Premiere to next year",
        "The integration is now expected in the first half of 2027, Adobe said.",
        "en",
        "delay",
    ),
    # both trees
    (
        "OpenAI repousse le lancement européen de Sora 2 à l'automne",
        "L'application ne sera pas proposée dans l'UE avant septembre.",
        "fr",
        "delay",
    ),
    (
        "Veo 4 : l'arrivée en France décalée au second semestre",
        "Google reporte à plus tard le déploiement européen de son modèle vidéo.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Test de Kling 3.0 : le modèle qui repousse les limites en 2026",
        "Nous avons testé le nouveau modèle de Kuaishou pendant une semaine.",
        "fr",
        None,
    ),
    # both trees
    (
        "Le festival de films IA de Runway reporté à l'automne",
        "L'édition parisienne du AI Film Festival se tiendra finalement en octobre.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 enfin disponible en France",
        "Après un lancement européen repoussé au printemps, l'application est accessible dès aujourd'hui.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 : la sortie européenne retardée au premier trimestre",
        "Kuaishou invoque des vérifications réglementaires.",
        "fr",
        "delay",
    ),
    # both trees
    (
        "Luma dévoile Ray3 et repousse les limites du réalisme en 2025",
        "Le nouveau modèle génère des vidéos HDR natives.",
        "fr",
        "launch",
    ),
    # both trees
    (
        "Apple repousse le nouveau Siri à l'an prochain",
        "Aucun outil de vidéo générative façon Sora n'est prévu.",
        "fr",
        None,
    ),
    (
        "Sora 2 kommt nach Deutschland erst später",
        "OpenAI hat die App in den USA gestartet; ein EU-Termin steht nicht fest.",
        "de",
        "delay",
    ),
    (
        "Veo 4 kommt in Europa erst im Herbst",
        "Google nennt regulatorische Gründe für den späteren Start.",
        "de",
        "delay",
    ),
    # both trees
    (
        "KI-Filmfestival von Runway kommt nach Deutschland erst im Herbst",
        "Das AI Film Festival gastiert im Oktober in Berlin.",
        "de",
        None,
    ),
    # both trees
    (
        "Test: Kling 3.0 kommt in Europa erst später, lohnt sich aber schon jetzt",
        "Wir haben das neue Videomodell per VPN ausprobiert.",
        "de",
        None,
    ),
    # both trees
    (
        "Veo 3 ab heute in Deutschland verfügbar",
        "Google schaltet das Videomodell in Gemini frei; die Audio-Funktion kommt nach Deutschland erst im März.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Runway erhöht die Preise",
        "Der Standard-Plan kostet künftig 15 statt 12 Dollar; die Erhöhung kommt in Deutschland erst im Juli.",
        "de",
        "pricing",
    ),
    # both trees
    (
        "Apple Intelligence kommt in der EU erst später",
        "Apple nennt den Digital Markets Act; ein Sora-Konkurrent ist ohnehin nicht geplant.",
        "de",
        None,
    ),
    (
        "Midjourney Video startet in der Schweiz erst Ende Jahr",
        "Der Videogenerator bleibt dort vorerst gesperrt.",
        "de",
        "delay",
    ),
    (
        "Pika retires the $8 plan",
        "The cheapest subscription is gone; new users now start on the $28 Standard plan.",
        "en",
        "pricing",
    ),
    (
        "Runway drops its cheapest plan as compute costs climb",
        "The $12 Standard tier is no longer offered to new subscribers from today.",
        "en",
        "pricing",
    ),
    (
        "Midjourney scraps its basic tier as video generation costs soar",
        "The $10 Basic plan disappears on March 1, leaving Standard at $30 as the entry point.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Luma axes the $9.99 Lite plan for Dream Machine",
        "Entry pricing for Ray3 now starts at $29.99 a month.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Netflix kills its basic plan in the US",
        "The ad-free Basic tier is gone; Netflix says it will use AI video tools like Runway for trailers.",
        "en",
        None,
    ),
    # both trees
    (
        "Users who axed the $30 tier explain why they left Runway",
        "We spoke to ten filmmakers who cancelled their Runway subscriptions.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway retires Gen-3 Alpha and the old Standard plan",
        "The Gen-3 Alpha model shuts down on June 30; the $12 Standard plan also goes away.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Sora drops the basic tier invite requirement",
        "Free accounts no longer need an invite code to use Sora 2 in the US.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Hailuo drops its lite tier model, Hailuo 03 Lite",
        "MiniMax released a faster, cheaper variant of its video model today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "ByteDance retires the Lite tier of Seedance 1.0 from its API",
        "Seedance 1.0 Lite will stop answering requests on May 31; developers should move to Seedance 2.0.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "OpenAI kills the $200 Pro tier's unlimited Sora generations",
        "Pro users now get 500 priority videos a month.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Google retires Veo 2 from the Gemini app",
        "The older model is removed from Gemini on April 1.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Veo 3 Fast price cut: Google drops the entry-level tier to $7.99",
        "AI Plus with Veo 3 Fast now costs $7.99 a month in the US.",
        "en",
        "pricing",
    ),
    (
        "Veo 3 : Google met fin à l'open bar pour les abonnés Pro",
        "Le nombre de vidéos par jour est désormais plafonné à trois.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "YouTube met fin à l'open bar des vidéos générées par Veo",
        "La plateforme démonétise les chaînes qui publient en masse des clips IA.",
        "fr",
        None,
    ),
    # both trees
    (
        "Sora 2 : il faudra désormais payer au-delà de 30 vidéos par jour",
        "OpenAI introduit des générations supplémentaires à 4 dollars les 10.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Veo 3, Sora 2, Kling : ce qu'il faut payer pour une minute de vidéo",
        "Notre comparatif des tarifs des générateurs vidéo.",
        "fr",
        None,
    ),
    # both trees
    (
        "Deepfakes : il faudra payer jusqu'à 15 millions d'euros d'amende",
        "Bruxelles rappelle à OpenAI que Sora 2 est soumis à l'AI Act.",
        "fr",
        None,
    ),
    # both trees
    (
        "Runway : les utilisateurs gratuits devront passer à la caisse",
        "Le forfait gratuit disparaît, Gen-4 ne sera plus accessible sans abonnement.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Fin de la gratuité pour Hailuo : il faudra payer dès le 1er juillet",
        "MiniMax supprime l'offre gratuite de son générateur vidéo.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Sora 2 débarque en France, il faut payer ChatGPT Plus pour l'utiliser",
        "L'application vidéo d'OpenAI est disponible dès aujourd'hui.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Kling 3.0 disponible en France, mais il faudra payer pour la 4K",
        "Le modèle est accessible à tous les comptes.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 gratuit : comment en profiter, et quand il faut payer",
        "Notre guide pas à pas pour générer des vidéos sans abonnement.",
        "fr",
        None,
    ),
    # both trees
    ("Luma met fin à Dream Machine sur iOS", "L'application mobile ferme le 30 juin.", "fr", "shutdown"),
    (
        "Sora 2 opens to free users with a daily quota",
        "Anyone with an OpenAI account in the US can now make up to six videos a day.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 comes to YouTube Shorts with a monthly cap",
        "Creators in the US can generate up to 30 clips a month in the Shorts camera.",
        "en",
        "availability",
    ),
    (
        "Kling 3.0 arrives for free users with a smaller daily quota",
        "Free accounts get 3.0 today, limited to 66 credits a day.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Sora cuts free users to a daily quota of three videos",
        "OpenAI said demand forced it to lower the free allowance from six.",
        "en",
        "pricing",
    ),
    (
        "Sora 2 Pro now available to Plus users, with a tiny quota",
        "ChatGPT Plus members can make two Sora 2 Pro videos a day.",
        "en",
        "availability",
    ),
    # both trees
    (
        "Veo 3 in Gemini: Google lowers the Pro quota",
        "AI Pro subscribers now get two Veo 3 clips a day instead of three, with a daily cap for Fast too.",
        "en",
        "pricing",
    ),
    (
        "Pika launches Pika 3.0 with a daily quota for free users",
        "The new model generates 20-second clips with sound.",
        "en",
        "launch",
    ),
    # both trees
    (
        "How Sora's daily quota works, with a limited number of generations",
        "Our guide explains how many videos you can make each day.",
        "en",
        None,
    ),
    (
        "Sora 2 s'ouvre aux comptes gratuits, avec un quota",
        "Les utilisateurs sans abonnement peuvent créer six vidéos par jour.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 arrive dans YouTube Shorts avec un plafond mensuel",
        "Les créateurs peuvent générer 30 clips par mois.",
        "fr",
        "availability",
    ),
    # both trees
    (
        "Veo 3 für alle Gemini-Nutzer – mit einem Tageslimit",
        "Auch Nutzer ohne Abo können nun Videos erzeugen.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora 2 öffnet sich für Gratis-Konten, mit einer Obergrenze",
        "Ohne Abo sind sechs Videos pro Tag möglich.",
        "de",
        "availability",
    ),
    # both trees
    (
        "Sora 2 llega a las cuentas gratuitas con un cupo diario",
        "Los usuarios sin suscripción podrán crear seis vídeos al día.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3 aterriza en YouTube Shorts con un límite mensual",
        "Los creadores podrán generar 30 clips al mes.",
        "es",
        "availability",
    ),
    # both trees
    (
        "Veo 3 arriva per tutti su Gemini, con un limite giornaliero",
        "Anche gli utenti gratuiti possono generare video.",
        "it",
        "availability",
    ),
    (
        "Sora 2 si apre agli account gratuiti con una quota",
        "Si possono creare sei video al giorno.",
        "it",
        "availability",
    ),
    # both trees
    (
        "Sora 2 chega a contas gratuitas com uma cota diária",
        "Usuários sem assinatura podem criar seis vídeos por dia.",
        "pt",
        "availability",
    ),
    (
        "Google retira los modelos Veo 2 de la API de Gemini",
        "Los desarrolladores deben migrar a Veo 3 antes del 30 de junio.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Runway retira los modelos Gen-3 el 30 de junio",
        "Gen-3 Alpha y Gen-3 Alpha Turbo dejarán de funcionar en la plataforma.",
        "es",
        "shutdown",
    ),
    (
        "Kuaishou retira los modelos 1.5 y 2.0 de Kling",
        "Las versiones antiguas desaparecen de la aplicación esta semana.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Luma retira la versión Ray1 de Dream Machine",
        "El primer modelo deja de estar disponible el lunes.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Kling retira la versión beta y lanza Kling 3.0 para todos",
        "El nuevo modelo genera vídeos de dos minutos con audio.",
        "es",
        "launch",
    ),
    # both trees
    (
        "El Gobierno retira la versión del decreto sobre deepfakes hechos con Sora",
        "El texto será reescrito tras las críticas de los expertos.",
        "es",
        None,
    ),
    # both trees
    (
        "El festival de Málaga retira la versión del corto hecho con Veo 3",
        "Los organizadores detectaron derechos de autor sin resolver en la banda sonora.",
        "es",
        None,
    ),
    # both trees
    (
        "Un estudio retira el modelo de negocio basado en Sora tras perder clientes",
        "La agencia madrileña vuelve a rodar sus anuncios con cámaras.",
        "es",
        None,
    ),
    # both trees
    (
        "Netflix retira los modelos de recomendación antiguos",
        "La plataforma dice que pronto probará vídeo generado con Runway para tráileres.",
        "es",
        None,
    ),
    # both trees
    (
        "ByteDance presenta Seedance 2.0 y retira la versión preliminar",
        "El modelo llega a Doubao y a la API de BytePlus.",
        "es",
        "launch",
    ),
    # both trees
    (
        "Alibaba retirará los modelos Wan 2.1 de su API en marzo",
        "Los clientes deberán pasar a Wan 2.5.",
        "es",
        "shutdown",
    ),
    # both trees
    (
        "Profesores piden que Google retire los modelos de vídeo del aula",
        "Una carta abierta critica el uso de Veo 3 en colegios.",
        "es",
        None,
    ),
    # both trees
    (
        "In Italia arriva Veo 3 nell'app Gemini",
        "Da oggi anche gli abbonati italiani possono generare video con audio.",
        "it",
        "availability",
    ),
    # both trees
    (
        "In Europa sbarca Sora 2",
        "L'app video di OpenAI è disponibile da oggi in Italia, Francia e Germania.",
        "it",
        "availability",
    ),
    # both trees
    (
        "In Italia arriva la legge sull'IA: etichette obbligatorie per i video di Sora",
        "Il testo approvato dal Senato impone una filigrana visibile.",
        "it",
        None,
    ),
    # both trees
    (
        "In Italia arriva il festival dei film generati con Runway",
        "L'AI Film Festival fa tappa a Milano a novembre.",
        "it",
        None,
    ),
    # both trees
    (
        "In Europa arrivano le prime cause contro Midjourney per i video",
        "Gli editori accusano il generatore video di violazione del copyright.",
        "it",
        None,
    ),
    # both trees
    (
        "Abbiamo provato Veo 3, che in Italia arriva solo ora",
        "La nostra prova del modello video di Google dopo due settimane.",
        "it",
        None,
    ),
    (
        "In Svizzera arriva Kling 3.0",
        "Il modello di Kuaishou è disponibile anche per gli utenti svizzeri.",
        "it",
        "availability",
    ),
    # both trees
    (
        "In Italia arriva Sora 2, ma solo su invito",
        "Per accedere all'app serve un codice di invito.",
        "it",
        "waitlist",
    ),
    # both trees
    (
        "In Europa arriva l'AI Act: cosa cambia per Sora e Veo",
        "Dal 2 agosto scattano gli obblighi di trasparenza.",
        "it",
        None,
    ),
    # both trees
    (
        "Kuaishou lancia Kling 3.0: in Europa arriva subito",
        "Il nuovo modello debutta oggi in tutto il mondo con audio nativo.",
        "it",
        "launch",
    ),
    # both trees
    (
        "ChatGPT Go launches in India at Rs 399 a month",
        "Video generation is not included, so Sora stays with the Plus and Pro plans.",
        "en",
        None,
    ),
    # both trees
    (
        "Google AI Plus expands to 40 more countries",
        "Video tools are not included: Veo 3 and Flow remain limited to AI Pro and Ultra.",
        "en",
        None,
    ),
    # both trees
    (
        "Perplexity Max price drops to $150",
        "Video features are not included in the cheaper plan; Veo 3 clips need the Enterprise tier.",
        "en",
        None,
    ),
    (
        "X Premium+ price rises to $40",
        "Grok Imagine is not included in the lower Premium tier, X said.",
        "en",
        None,
    ),
    # both trees
    (
        "Veo 3 reaches 70 more countries",
        "Google's video model now works in Gemini across Africa and Asia; India is not included yet.",
        "en",
        "availability",
    ),
    # both trees
    (
        "OpenAI moves Sora out of ChatGPT Plus",
        "Sora 2 videos are not part of the Plus plan from June; a Sora add-on costs $10 a month.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Gen-3 Alpha goes dark on June 30",
        "Runway retires the older model from its app and API; Gen-3 Alpha Turbo is not included in the shutdown.",
        "en",
        "shutdown",
    ),
    # both trees
    (
        "Kling 3.0 launches; the Lite tier is not included",
        "Kuaishou's new model is available to Pro and Premier subscribers from today.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 will not reach Europe until next year",
        "OpenAI confirmed the EU launch is not before 2027.",
        "en",
        "delay",
    ),
    # both trees
    (
        "Runway launches Gen-5 today, API not before March",
        "The new model is available in the web app for all paid plans.",
        "en",
        "launch",
    ),
    # both trees
    (
        "Sora 2 tips: generate longer clips, not until you have credits",
        "Ten tricks to get the most out of OpenAI's video app.",
        "en",
        None,
    ),
    # both trees
    (
        "Pika drops the $8 plan, adds a $15 Starter tier",
        "The cheapest Pika plan goes away; Starter includes 700 credits a month.",
        "en",
        "pricing",
    ),
    # both trees
    (
        "Why I dropped the monthly plan for Kling",
        "A freelance editor explains why credits packs work better for her.",
        "en",
        None,
    ),
    # both trees
    (
        "Runway met fin à Gen-3 Alpha le 30 juin",
        "Le modèle vidéo de 2024 sera retiré de l'application et de l'API.",
        "fr",
        "shutdown",
    ),
    (
        "Pika met fin à l'open bar de son forfait illimité",
        "Le mode illimité est remplacé par 2 000 crédits mensuels.",
        "fr",
        "pricing",
    ),
    # both trees
    (
        "Veo 3 llega a 70 países más",
        "El modelo de vídeo de Google ya funciona en Gemini en Latinoamérica; Chile no está incluido todavía.",
        "es",
        "availability",
    ),
    (
        "Sora 2 startet in Europa erst im nächsten Jahr",
        "OpenAI kommt in die EU erst später, hieß es aus dem Unternehmen.",
        "de",
        "delay",
    ),
    # both trees
    (
        "Sora 2, in Europa arriva solo nel 2027",
        "OpenAI rinvia il lancio europeo dell'app video.",
        "it",
        "delay",
    ),
]

A_DAY_S_OR_AN_EPISODE_S_LABEL = [
    # both trees
    (
        "The AI Friday wrap",
        "Runway's new funding, a lawsuit over training data, and why Veo 3 clips keep going viral. Plus: a cheaper GPU from AMD.",
        "en",
        None,
    ),
    # both trees
    (
        "Developers Digest — March",
        "New SDK samples for the Gemini API, a Veo 3 prompt cookbook, and the prices of every model we ship, in one table.",
        "en",
        None,
    ),
    # both trees
    (
        "Hard Fork, episode 212: is AI video ready for Hollywood?",
        "We talk to a director who made a short with Sora and ask what the studios are afraid of.",
        "en",
        None,
    ),
    # both trees
    (
        "Tech Café – épisode 318",
        "Au programme : l'arrivée des lunettes connectées, le procès contre Midjourney et nos essais de Kling.",
        "fr",
        None,
    ),
    # both trees
    (
        "La quotidienne du numérique",
        "Orange augmente ses forfaits, Kling séduit les agences et la CNIL publie ses recommandations sur les deepfakes.",
        "fr",
        None,
    ),
    # both trees
    (
        "Cinco noticias de IA para empezar el día",
        "Meta presenta su nuevo modelo de lenguaje, Sora sigue dando que hablar y Nvidia marca récord en bolsa.",
        "es",
        None,
    ),
    # both trees
    (
        "KI-Podcast, Folge 87: Wie gut ist Veo 3 wirklich?",
        "Wir sprechen über Googles Videomodell, über Deepfakes im Wahlkampf und über die neuen Preise von ChatGPT.",
        "de",
        None,
    ),
    # both trees
    (
        "This week in AI: Runway releases Gen-5",
        "Runway released Gen-5 on Tuesday to all paid plans, with 20-second clips and native audio.",
        "en",
        "launch",
    ),
    (
        "AI Daily — Friday wrap",
        "OpenAI delays the Sora Android app in Europe, Anthropic ships a new model and Nvidia beats estimates.",
        "en",
        None,
    ),
    # both trees
    (
        "Google AI Developers Digest — April",
        "Gemini 2.5 Flash prices, a Veo 3 prompt guide priced at $0.40 per second of video, and new Colab notebooks.",
        "en",
        None,
    ),
    # both trees
    (
        "Podcast Tech Café – épisode 412",
        "Cette semaine : la nouvelle Freebox, Sora annoncée sur Android et le procès contre Midjourney.",
        "fr",
        None,
    ),
    (
        "La quotidienne du numérique",
        "Free augmente ses prix, Kling lance un concours de courts métrages et la CNIL sanctionne un opérateur.",
        "fr",
        None,
    ),
    (
        "Cinco noticias de IA para empezar el día",
        "Google presenta Veo 3 en Gemini, Meta ficha a un investigador y Nvidia marca récord.",
        "es",
        None,
    ),
    (
        "KI-Podcast, Folge 88",
        "Diesmal: OpenAI stellt Sora 2 vor, Apple verschiebt Siri und die EU prüft TikTok.",
        "de",
        None,
    ),
    (
        "Hard Fork, episode 213",
        "Sora 2 launches in Canada, Meta's new glasses and a chat about AI in classrooms.",
        "en",
        None,
    ),
]

ROWS, IDS = table_rows(
    {
        "A product named as left out of somebody else's change": A_PRODUCT_NAMED_AS_LEFT_OUT,
        "A new country, in Japanese": A_NEW_COUNTRY_IN_JAPANESE,
        "Events in Japanese": EVENTS_IN_JAPANESE,
        "A date pushed out": A_DATE_PUSHED_OUT,
        "A plan or a free ride ends": A_PLAN_OR_A_FREE_RIDE_ENDS,
        "A quota that comes with an opening": A_QUOTA_THAT_COMES_WITH_AN_OPENING,
        "An end told as the time since it": AN_END_TOLD_AS_THE_TIME_SINCE,
        "Doors closed, allowlists, models withdrawn": DOORS_ALLOWLISTS_AND_WITHDRAWN_MODELS,
        "Wordings a first review wrote (half in Japanese)": WORDINGS_A_FIRST_REVIEW_WROTE,
        "Wordings a second review wrote": WORDINGS_A_SECOND_REVIEW_WROTE,
        "A day's or an episode's label": A_DAY_S_OR_AN_EPISODE_S_LABEL,
    }
)


@pytest.mark.parametrize(("table", "title", "summary", "lang", "event"), ROWS, ids=IDS)
def test_round_thirty_nine(table: str, title: str, summary: str, lang: str, event: str | None) -> None:
    assert verdict(title, summary, lang) == event, table


# (title, summary, lang, address, event): the page's address decides these.
A_NEWS_SECTION_UNDER_A_REFERENCE_SECTION = [
    (
        "Google、Veo 3.1をGeminiアプリで日本のAI Pro契約者に提供",
        "Googleは動画生成モデル「Veo 3.1」を日本のGeminiアプリで利用可能にした。",
        "ja",
        "https://www.watch.impress.co.jp/docs/news/2041234.html",
        "availability",
    ),
    (
        "Vertex AIのVeo 3.1、料金を改定",
        "Google Cloudは動画生成モデル「Veo 3.1」の料金を改定し、1秒あたりの価格を引き下げた。",
        "ja",
        "https://cloud.watch.impress.co.jp/docs/news/2049876.html",
        "pricing",
    ),
    (
        "Kling 2.6 now available on Amazon Bedrock",
        "AWS added Kuaishou's video model to Bedrock today in us-east-1 and us-west-2.",
        "en",
        "https://www.example-tech.com/docs/news/kling-26-bedrock",
        "availability",
    ),
    (
        "Veo 3.1 model reference",
        "Parameters, limits and supported regions for Veo 3.1 on Vertex AI.",
        "en",
        "https://cloud.google.com/vertex-ai/generative-ai/docs/models/veo/3-1",
        None,
    ),
    (
        "Sora 2 API guide",
        "How to call the Sora 2 video endpoint, with code samples and rate limits.",
        "en",
        "https://platform.openai.com/docs/guides/video-generation",
        None,
    ),
    (
        "Sora arrive sur Android en France",
        "OpenAI a ouvert aujourd'hui son application vidéo aux utilisateurs Android français.",
        "fr",
        "https://www.example-actu.fr/docs/actualites/sora-android-france",
        "availability",
    ),
]


@pytest.mark.parametrize(
    ("title", "summary", "lang", "address", "event"), A_NEWS_SECTION_UNDER_A_REFERENCE_SECTION
)
def test_a_news_section_under_a_reference_section(
    title: str, summary: str, lang: str, address: str, event: str | None
) -> None:
    assert verdict(title, summary, lang, address) == event

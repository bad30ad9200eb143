"""English and French text of replies and channel posts.

Replies that only concern the caller follow the caller's Discord locale; posts in channels
(alerts, notices, digests) follow the server's preferred locale. Command names and
descriptions are localised in :mod:`bot.command_translations`.

Plurals, numbers, dates and day names come from Babel (CLDR data), never from hand-written
rules: :func:`plural` picks a message's form by the language's plural category ("0
correspondance" and "1 correspondance" in French, "1 keyword match" / "0 keyword matches" in
English), :func:`number` and :func:`date_text` spell numbers and dates the reader's way;
durations are :func:`feeds.durations.human_duration`.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

from babel import Locale
from babel.dates import format_date, format_skeleton, get_day_names
from babel.numbers import format_decimal

SUPPORTED = ("en", "fr")


def lang_of(locale: object) -> str:
    """``discord.Locale.french`` / "fr" / "fr-FR" -> "fr"; anything else -> "en"."""
    value = str(getattr(locale, "value", locale) or "")
    return "fr" if value.lower().startswith("fr") else "en"


EVENT_LABELS = {
    "en": {
        "launch": "Launch",
        "availability": "Availability",
        "waitlist": "Waitlist",
        "pricing": "Pricing",
        "delay": "Delay",
        "shutdown": "Shutdown",
        "keyword": "Keyword match",
    },
    "fr": {
        "launch": "Lancement",
        "availability": "Disponibilité",
        "waitlist": "Liste d'attente",
        "pricing": "Tarifs",
        "delay": "Report",
        "shutdown": "Fermeture",
        "keyword": "Mot-clé",
    },
}


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang if lang in SUPPORTED else "en")


def number(value: float, lang: str, pattern: str | None = None) -> str:
    """A number the reader's way: 1,234 / 1 234 (narrow no-break space), 0.85 / 0,85."""
    return format_decimal(value, format=pattern, locale=_locale(lang))


def date_text(value: date | datetime, lang: str, style: str = "long") -> str:
    """A date as text (Babel's CLDR formats): March 5, 2026 / 5 mars 2026."""
    return format_date(value, format=style, locale=_locale(lang))


def day_text(value: date | datetime, lang: str) -> str:
    """A day and month, short (CLDR's MMMd skeleton): Mar 5 / 5 mars."""
    return format_skeleton("MMMd", value, locale=_locale(lang))


# Day names (Monday … Sunday, lundi … dimanche) from CLDR, in the order of
# feeds.service.digest_plan.WEEKDAYS (Monday first).
WEEKDAY_NAMES = {
    lang: tuple(str(get_day_names("wide", locale=_locale(lang))[day]) for day in range(7))
    for lang in SUPPORTED
}

MESSAGES: dict[str, dict[str, str]] = {
    # errors
    "no_permission": {
        "en": "You need the Manage Server permission to use this command.",
        "fr": "Il faut la permission « Gérer le serveur » pour utiliser cette commande.",
    },
    "guild_only": {
        "en": "This command only works in a server.",
        "fr": "Cette commande ne fonctionne que dans un serveur.",
    },
    "cooldown": {
        "en": "Please wait {wait} before using this command again.",
        "fr": "Merci d'attendre {wait} avant de relancer cette commande.",
    },
    "internal_error": {
        "en": "Something went wrong on our side; the error was logged.",
        "fr": "Une erreur interne s'est produite ; elle a été journalisée.",
    },
    "storage_problem": {
        "en": "The bot's database cannot be used right now ({problem}); its operator has been told in the log.",
        "fr": "La base de données du bot est inutilisable pour le moment ({problem}) ; son opérateur a été prévenu dans le journal.",
    },
    "disk_full": {"en": "disk full", "fr": "disque plein"},
    "database_damaged": {"en": "the file is damaged", "fr": "le fichier est endommagé"},
    "bad_argument": {
        "en": "{value!r} is not a valid value for this option.",
        "fr": "{value!r} n'est pas une valeur valide pour cette option.",
    },
    "bad_choice": {
        "en": "{value!r} is not a choice for {option}; accepted: {accepted}.",
        "fr": "{value!r} n'est pas un choix possible pour {option} ; valeurs acceptées : {accepted}.",
    },
    "bad_limit": {
        "en": "limit is a whole number from {low} to {high} (got {value}).",
        "fr": "nombre est un entier de {low} à {high} (reçu : {value}).",
    },
    "option_too_long": {
        "en": "`{option}` takes at most {max} characters (yours has {length}).",
        "fr": "« {option} » accepte au plus {max} caractères (le vôtre en a {length}).",
    },
    "option_empty": {"en": "`{option}` cannot be empty.", "fr": "« {option} » ne peut pas être vide."},
    "option_too_short": {
        "en": "`{option}` needs at least {min} characters (yours has {length}).",
        "fr": "« {option} » demande au moins {min} caractères (le vôtre en a {length}).",
    },
    "bot_missing_permissions": {
        "en": "I can't post in {channel}: missing {permissions}.",
        "fr": "Je ne peux pas publier dans {channel} : il manque {permissions}.",
    },
    "unknown_feed": {
        "en": "Unknown feed {feed!r}: pick one from the list.",
        "fr": "Flux inconnu {feed!r} : choisissez-en un dans la liste.",
    },
    "not_your_button": {
        "en": "Only the person who ran the command can use these buttons.",
        "fr": "Seule la personne qui a lancé la commande peut utiliser ces boutons.",
    },
    # /feeds
    "feed_confirm": {"en": "Add this feed", "fr": "Ajouter ce flux"},
    "feed_cancel": {"en": "Cancel", "fr": "Annuler"},
    "feed_added": {
        "en": "Added **{title}**; it is polled with the other feeds from now on.",
        "fr": "**{title}** est ajouté ; il sera relevé avec les autres flux.",
    },
    "feed_already": {
        "en": "This server already follows **{title}**.",
        "fr": "Ce serveur suit déjà **{title}**.",
    },
    "feed_cancelled": {"en": "Nothing was added.", "fr": "Rien n'a été ajouté."},
    "feed_preview_expired": {
        "en": "This preview expired and nothing was added; run /feeds add again.",
        "fr": "Cet aperçu a expiré et rien n'a été ajouté ; relancez /flux ajouter.",
    },
    "feed_rejected": {"en": "Not added: {reason}", "fr": "Non ajouté : {reason}"},
    "feed_removed": {
        "en": "Removed **{title}** from this server.",
        "fr": "**{title}** est retiré de ce serveur.",
    },
    "feed_muted": {
        "en": "Muted **{title}** for this server (it comes from the operator's list).",
        "fr": "**{title}** est masqué pour ce serveur (il vient de la liste de l'opérateur).",
    },
    "feed_enabled": {
        "en": "**{title}** is enabled again; it will be polled on the next cycle.",
        "fr": "**{title}** est réactivé ; il sera relevé au prochain cycle.",
    },
    "feed_unmuted": {
        "en": "**{title}** is no longer muted here.",
        "fr": "**{title}** n'est plus masqué ici.",
    },
    "feed_not_disabled": {
        "en": "**{title}** is neither disabled nor muted.",
        "fr": "**{title}** n'est ni désactivé ni masqué.",
    },
    "feeds_title": {"en": "Feeds this server sees", "fr": "Flux suivis par ce serveur"},
    "feeds_empty": {
        "en": "No feeds yet: add one with /feeds add.",
        "fr": "Aucun flux : ajoutez-en un avec /flux ajouter.",
    },
    "refresh_done": {
        "en": "{polled}: {new}, {announcements}.",
        "fr": "{polled} : {new}, {announcements}.",
    },
    # /alerts
    "alerts_channel_set": {
        "en": "Alerts will be posted in {channel}.",
        "fr": "Les alertes seront publiées dans {channel}.",
    },
    "notices_channel_set": {
        "en": "Admin notices will be posted in {channel}.",
        "fr": "Les avis aux administrateurs seront publiés dans {channel}.",
    },
    "alerts_resumed_none": {"en": "Alerts resumed.", "fr": "Alertes relancées."},
    "alerts_paused": {
        "en": "Alerts are paused. /alerts resume starts them again.",
        "fr": "Les alertes sont en pause. /alertes reprendre les relance.",
    },
    "alerts_no_channel": {
        "en": "No alert channel yet: set one with /alerts channel.",
        "fr": "Aucun salon d'alertes : choisissez-en un avec /alertes salon.",
    },
    "alerts_status_title": {"en": "Alert deliveries", "fr": "Envoi des alertes"},
    "alerts_status": {
        "en": "Channel: {channel} · {state}\nPending: {pending} · Failed: {failed} · Sent: {sent}",
        "fr": "Salon : {channel} · {state}\nEn attente : {pending} · En échec : {failed} · Envoyées : {sent}",
    },
    "state_paused": {"en": "paused", "fr": "en pause"},
    "state_active": {"en": "active", "fr": "actives"},
    "alerts_test_queued": {
        "en": "A sample alert is on its way to {channel}.",
        "fr": "Une alerte d'exemple part vers {channel}.",
    },
    "ping_role_set": {
        "en": "Alerts{event} will mention {role}.",
        "fr": "Les alertes{event} mentionneront {role}.",
    },
    "ping_role_everyone": {
        "en": "@everyone cannot be the alert role; pick a role.",
        "fr": "@everyone ne peut pas être le rôle des alertes ; choisissez un rôle.",
    },
    "ping_role_not_mentionable": {
        "en": "Warning: {role} is not mentionable and I lack Mention Everyone, so alerts will show the role without notifying anyone. Make the role mentionable (Server Settings → Roles) or give me Mention Everyone.",
        "fr": "Attention : {role} n'est pas mentionnable et il me manque « Mentionner @everyone », donc les alertes afficheront le rôle sans notifier personne. Rendez le rôle mentionnable (Paramètres du serveur → Rôles) ou donnez-moi « Mentionner @everyone ».",
    },
    "ping_role_off": {
        "en": "Alerts no longer mention a role.",
        "fr": "Les alertes ne mentionnent plus de rôle.",
    },
    # status
    "status_title": {"en": "vidradar status", "fr": "État de vidradar"},
    "status_feeds": {"en": "Feeds", "fr": "Flux"},
    "status_feeds_value": {
        "en": "{ok} OK · {failing} failing · {disabled}",
        "fr": "{ok} OK · {failing} en échec · {disabled}",
    },
    "status_cycle": {"en": "Last poll cycle", "fr": "Dernier relevé"},
    "status_cycle_value": {"en": "{when} ({took})", "fr": "{when} ({took})"},
    "status_never": {"en": "not yet", "fr": "pas encore"},
    "status_deliveries": {"en": "Deliveries", "fr": "Envois"},
    "status_deliveries_value": {
        "en": "{pending} pending · {failed} failed",
        "fr": "{pending} en attente · {failed} en échec",
    },
    "status_problems": {"en": "Problems", "fr": "Problèmes"},
    "status_version": {"en": "Version", "fr": "Version"},
    # /news
    "news_latest_title": {"en": "Latest announcements", "fr": "Dernières annonces"},
    "news_search_title": {"en": "Search: {query}", "fr": "Recherche : {query}"},
    "news_nothing": {"en": "Nothing found.", "fr": "Rien trouvé."},
    "news_timeline_title": {"en": "{product}: timeline", "fr": "{product} : chronologie"},
    "news_status": {
        "en": "**{product}{api}: {event} since {date}** ({source})",
        "fr": "**{product}{api} : {event} depuis le {date}** ({source})",
    },
    "news_why_title": {"en": "Why story", "fr": "Pourquoi ce sujet"},
    "news_why_keywords": {"en": "Your watched terms that matched", "fr": "Vos mots-clés qui correspondent"},
    "news_unknown_story": {
        "en": "No story {key!r} in this server's history (the id is in every alert's footer).",
        "fr": "Aucun sujet {key!r} dans l'historique de ce serveur (l'identifiant est dans le pied de chaque alerte).",
    },
    "news_stats_title": {"en": "Announcements in the last {period}", "fr": "Annonces sur {period}"},
    "news_stats_events": {"en": "By event", "fr": "Par événement"},
    "news_stats_vendors": {"en": "By vendor", "fr": "Par éditeur"},
    "news_stats_total": {"en": "{stories}, {keywords}", "fr": "{stories}, {keywords}"},
    "count_item": {"en": "{label}: {count}", "fr": "{label} : {count}"},
    "why_score": {"en": "score {score}", "fr": "score {score}"},
    "bad_duration": {
        "en": "{value!r} is not a period; use 24h, 7d or 30d (units s, m, h, d, w).",
        "fr": "{value!r} n'est pas une durée ; utilisez 24h, 7d ou 30d (unités s, m, h, d, w).",
    },
    # /watch
    "watch_added": {
        "en": "Watching {mode} term “{term}”; it applies from the next poll cycle.",
        "fr": "Mot-clé {mode} « {term} » ajouté ; il s'applique dès le prochain relevé.",
    },
    "watch_removed": {"en": "Stopped watching “{term}”.", "fr": "« {term} » n'est plus surveillé."},
    "watch_muted": {"en": "Muted {target}.", "fr": "{target} est masqué."},
    "watch_unmuted": {"en": "Unmuted {target}.", "fr": "{target} n'est plus masqué."},
    "watch_min_score": {
        "en": "Alerts need a score of at least {value}.",
        "fr": "Les alertes exigent un score d'au moins {value}.",
    },
    "watch_title": {"en": "What this server watches", "fr": "Ce que ce serveur surveille"},
    "watch_include": {
        "en": "Include terms (alert on any match)",
        "fr": "Mots-clés inclus (alerte à chaque correspondance)",
    },
    "watch_exclude": {"en": "Exclude terms (never alert)", "fr": "Mots-clés exclus (jamais d'alerte)"},
    "and_more": {"en": "… and {count} more", "fr": "… et {count} de plus"},
    "watch_mutes": {"en": "Muted vendors and events", "fr": "Éditeurs et événements masqués"},
    "watch_min": {"en": "Minimum score", "fr": "Score minimal"},
    "mode_include": {"en": "include", "fr": "inclus"},
    "mode_exclude": {"en": "exclude", "fr": "exclu"},
    # digests
    "digest_title": {"en": "AI-video digest", "fr": "Résumé vidéo IA"},
    "digest_quiet": {
        "en": "Quiet period: no AI-video announcements {span}.",
        "fr": "Période calme : aucune annonce vidéo IA {span}.",
    },
    "digest_keywords": {"en": "Your keyword matches", "fr": "Vos mots-clés surveillés"},
    "digest_continued": {"en": "{name} (cont.)", "fr": "{name} (suite)"},
    "digest_page": {"en": "page {page}/{pages}", "fr": "page {page}/{pages}"},
    "digest_channel_set": {
        "en": "Digests will be posted in {channel}.",
        "fr": "Les résumés seront publiés dans {channel}.",
    },
    "digest_scheduled": {
        "en": "Digest scheduled: {schedule}. Next one {next}.",
        "fr": "Résumé programmé : {schedule}. Prochain {next}.",
    },
    "digest_off": {"en": "Digests are off.", "fr": "Les résumés sont désactivés."},
    "schedule_daily": {"en": "daily at {time} ({tz})", "fr": "quotidien à {time} ({tz})"},
    "schedule_weekly": {
        "en": "weekly, on {day} at {time} ({tz})",
        "fr": "hebdomadaire, le {day} à {time} ({tz})",
    },
    "chart_title": {
        "en": "Stories per day by event, {start} → {end}",
        "fr": "Sujets par jour et par événement, du {start} au {end}",
    },
    "chart_title_days": {
        "en": "Stories per {days} days by event, {start} → {end}",
        "fr": "Sujets par période de {days} jours et par événement, du {start} au {end}",
    },
    "chart_axis": {"en": "stories", "fr": "sujets"},
    "chart_quiet": {"en": "quiet period", "fr": "période calme"},
    "digest_no_channel": {
        "en": "No digest or alert channel yet: set one with /digest channel.",
        "fr": "Aucun salon de résumé ni d'alertes : choisissez-en un avec /résumé salon.",
    },
    # channel posts
    "also_reported": {"en": "Also reported by", "fr": "Également rapporté par"},
    "source": {"en": "Source", "fr": "Source"},
    "product": {"en": "Product", "fr": "Produit"},
    "vendor": {"en": "Vendor", "fr": "Éditeur"},
    "api_access": {"en": "developer API", "fr": "API développeurs"},
    "keyword_match": {"en": "Keyword match: “{term}”", "fr": "Mot-clé surveillé : « {term} »"},
    "alert_footer": {"en": "story {key} · /news why", "fr": "sujet {key} · /actus pourquoi"},
    "alert_footer_webhook": {"en": "story {key}", "fr": "sujet {key}"},
    "test_alert_footer": {"en": "vidradar · test alert", "fr": "vidradar · alerte de test"},
    "keyword_footer": {
        "en": "vidradar · a term this server watches · /watch list",
        "fr": "vidradar · un mot-clé suivi par ce serveur · /surveiller liste",
    },
    "keyword_footer_webhook": {
        "en": "vidradar · a watched term (VIDRADAR_WATCH_INCLUDE)",
        "fr": "vidradar · un mot-clé suivi (VIDRADAR_WATCH_INCLUDE)",
    },
    "notice_feed_disabled_title": {"en": "Feed disabled: {feed}", "fr": "Flux désactivé : {feed}"},
    "notice_feed_disabled": {
        "en": "{reason}\nAn admin can re-enable it with `/feeds enable`.",
        "fr": "{reason}\nUn administrateur peut le réactiver avec `/flux activer`.",
    },
    "notice_feed_disabled_webhook": {
        "en": "{reason}\nThe operator can re-enable it: `vidradar feeds add URL`.",
        "fr": "{reason}\nL'opérateur peut le réactiver : `vidradar feeds add URL`.",
    },
    "notice_deliveries_failing_title": {
        "en": "Alerts cannot be posted",
        "fr": "Les alertes ne peuvent pas être publiées",
    },
    "notice_deliveries_failing": {
        "en": "Posting in {channel} failed: {reason}\nFix the channel or my permissions there, then run `/alerts retry`.",
        "fr": "La publication dans {channel} a échoué : {reason}\nCorrigez le salon ou mes permissions, puis lancez `/alertes retenter`.",
    },
    "sample_title": {
        "en": "Sample alert: OpenAI opens the Sora 2 API to every developer",
        "fr": "Alerte d'exemple : OpenAI ouvre l'API Sora 2 à tous les développeurs",
    },
    "sample_summary": {
        "en": "This is what vidradar alerts look like. Real alerts link to the article.",
        "fr": "Voici à quoi ressemblent les alertes de vidradar. Les vraies alertes renvoient à l'article.",
    },
}


# Messages that hold a count, by CLDR plural category ("one", "other"; French "many" falls
# back to "other"). :func:`plural` formats the count with :func:`number` and picks the form.
PLURALS: dict[str, dict[str, dict[str, str]]] = {
    "feed_preview": {
        "en": {
            "one": "**{title}** ({url}) has {count} entry:",
            "other": "**{title}** ({url}) has {count} entries. Latest:",
        },
        "fr": {
            "one": "**{title}** ({url}) contient {count} entrée :",
            "other": "**{title}** ({url}) contient {count} entrées. Les dernières :",
        },
    },
    "feeds_polled": {
        "en": {"one": "Polled {count} feed", "other": "Polled {count} feeds"},
        "fr": {"one": "{count} flux relevé", "other": "{count} flux relevés"},
    },
    "new_entries": {
        "en": {"one": "{count} new entry", "other": "{count} new entries"},
        "fr": {"one": "{count} nouvelle entrée", "other": "{count} nouvelles entrées"},
    },
    "announcements": {
        "en": {"one": "{count} announcement", "other": "{count} announcements"},
        "fr": {"one": "{count} annonce", "other": "{count} annonces"},
    },
    "alerts_resumed": {
        "en": {
            "one": "Alerts resumed; {count} alert older than {age} will go to the next digest instead.",
            "other": "Alerts resumed; {count} alerts older than {age} will go to the next digest instead.",
        },
        "fr": {
            "one": "Alertes relancées ; {count} alerte de plus de {age} ira dans le prochain résumé.",
            "other": "Alertes relancées ; {count} alertes de plus de {age} iront dans le prochain résumé.",
        },
    },
    "alerts_retried": {
        "en": {
            "one": "{count} failed delivery will be sent again.",
            "other": "{count} failed deliveries will be sent again.",
        },
        "fr": {
            "one": "{count} envoi en échec va être retenté.",
            "other": "{count} envois en échec vont être retentés.",
        },
    },
    "feeds_disabled": {
        "en": {"other": "{count} disabled"},
        "fr": {"one": "{count} désactivé", "other": "{count} désactivés"},
    },
    "stories": {
        "en": {"one": "{count} story", "other": "{count} stories"},
        "fr": {"one": "{count} sujet", "other": "{count} sujets"},
    },
    "keyword_matches": {
        "en": {"one": "{count} keyword match", "other": "{count} keyword matches"},
        "fr": {"one": "{count} correspondance de mot-clé", "other": "{count} correspondances de mots-clés"},
    },
}


def plural(key: str, count: int, lang: str = "en", /, **values: Any) -> str:
    """The form of PLURALS[key] for ``count`` in ``lang`` (Babel's plural rules), the count
    written by :func:`number`."""
    forms = PLURALS[key].get(lang) or PLURALS[key]["en"]
    category = _locale(lang).plural_form(count)
    template = forms.get(category) or forms["other"]
    return template.format(count=number(count, lang), **values)


# The words of /news why's reason tokens (the detector, feeds/detect/, writes them in English:
# `product:kling-2.5 (title)`, `event:launch ("launches")`), for readers of other languages.
# Kinds and fixed words are translated; slugs and quoted evidence stay as they are.
REASON_KINDS: dict[str, dict[str, str]] = {
    "fr": {
        "product": "produit",
        "vendor": "éditeur",
        "vendor-only": "éditeur seul",
        "event": "événement",
        "context": "contexte",
        "source": "source",
        "negative": "exclusion",
        "ambiguous": "ambigu",
        "genre": "genre",
        "funding": "financement",
        "below threshold": "sous le seuil",
        "maker": "fabricant",
    },
}
REASON_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "no AI-video product or vendor confirmed": "aucun produit ni éditeur de vidéo IA confirmé",
        "a maker outside the watchlist, with no event in its headline": (
            "un fabricant hors de la liste, sans événement dans son titre"
        ),
        "not in the watchlist": "hors de la liste",
        "a plan reported as hearsay": "un projet rapporté par ouï-dire",
        "over thin evidence": "sur des indices minces",
        "no confirming context": "aucun contexte qui le confirme",
        "subject in summary": "sujet dans le résumé",
        "other meaning": "autre sens",
        "sibling product": "produit de la même famille",
        "video context": "contexte vidéo",
        "in a question": "dans une question",
        "under a planned": "sous un projet :",
        "in summary": "dans le résumé",
        "in address": "dans l'adresse",
        "image-generation": "génération d'images",
        "official": "officielle",
        "summary": "résumé",
        "title": "titre",
        "video": "vidéo",
        "weak": "faible",
        "then": "puis",
        "vendor": "éditeur",
        "cue": "indice",
        "api": "API",
    },
}


# Core input errors (feeds.errors.InputError) by code. English is the core's own str(error);
# other languages are filled from the error's params.
INPUT_ERRORS: dict[str, dict[str, str]] = {
    "fr": {
        "term_empty": "un mot surveillé ne peut pas être vide",
        "term_too_long": "un mot surveillé fait au plus {limit} caractères (reçu : {length})",
        "term_no_letters": "le mot surveillé {term!r} ne contient ni lettre ni chiffre",
        "term_one_letter": (
            "le mot surveillé {term!r} correspondrait à la lettre {letter!r} partout (la ponctuation"
            " est ignorée) ; choisissez un mot plus long"
        ),
        "mode_invalid": "le mode est include ou exclude",
        "terms_limit": "ce serveur surveille déjà {limit} mots (la limite) ; retirez-en un d'abord",
        "term_not_watched": "{term!r} n'est pas un mot surveillé ici",
        "term_mode_conflict": (
            "{term!r} est déjà surveillé sous la forme {watched!r} ({mode}) ; retirez-le d'abord pour"
            " le surveiller en {wanted}"
        ),
        "mute_unknown": "éditeur ou événement inconnu {target!r} ; événements : {events} ; éditeurs : {vendors}, … "
        "(ceux de la liste suivie, ou un fabricant dans l'actualité)",
        "not_muted": "{target!r} n'est pas masqué ici",
        "min_score_range": "le score minimal est un nombre de 0.0 à 1.0",
        "query_empty": "la recherche est vide",
        "query_too_long": "la recherche fait au plus {limit} caractères",
        "query_no_letters": "la recherche doit contenir au moins une lettre ou un chiffre",
        "feeds_limit": "ce serveur a déjà ajouté {limit} flux (la limite) ; retirez-en un d'abord",
        "frequency_invalid": "la fréquence est daily ou weekly",
        "time_invalid": "l'heure s'écrit HH:MM sur 24 heures, par ex. 09:00 (reçu : {value!r})",
        "weekday_missing": "un résumé hebdomadaire a besoin d'un jour (lundi … dimanche)",
        "weekday_daily": "un résumé quotidien ne prend pas de jour (choisissez hebdomadaire pour un par semaine)",
        "weekday_unknown": "jour inconnu {value!r} ; utilisez l'un de {accepted}",
        "timezone_unknown": "fuseau horaire inconnu {value!r} ; utilisez un nom IANA comme Europe/Paris",
    },
}


def input_error(code: str | None, params: dict[str, Any], lang: str) -> str | None:
    """A core input error in ``lang``; None when there is no translation (English: the
    core's own text is used)."""
    template = INPUT_ERRORS.get(lang, {}).get(code or "")
    return template.format(**params) if template else None


def t(key: str, lang: str = "en", /, **values: Any) -> str:
    texts = MESSAGES[key]
    text = texts.get(lang) or texts["en"]
    return text.format(**values) if values else text


# -- alert languages (/watch languages) ----------------------------------------------------
MESSAGES.update(
    {
        "watch_languages_set": {
            "en": "Alerts now come for stories reported in: {languages}. Applies from the next poll cycle.",
            "fr": "Les alertes viennent désormais des sujets rapportés en : {languages}. Effectif au prochain relevé.",
        },
        "watch_languages_all": {
            "en": "Alerts now come for stories in every language. Applies from the next poll cycle.",
            "fr": "Les alertes viennent désormais des sujets dans toutes les langues. Effectif au prochain relevé.",
        },
        "watch_languages": {"en": "Alert languages", "fr": "Langues des alertes"},
        "watch_languages_every": {"en": "all", "fr": "toutes"},
    }
)
INPUT_ERRORS["fr"].update(
    {
        "languages_empty": "donnez des codes de langue ISO 639-1 comme « en fr », ou « all »",
        "languages_all_mixed": "« all » veut dire toutes les langues : donnez-le seul, ou des codes comme « en fr »",
        "language_unknown": "code de langue inconnu {value!r} : utilisez des codes ISO 639-1 comme « en fr de », ou « all »",
        "languages_limit": "au plus {limit} langues ; utilisez « all » pour toutes les langues",
    }
)


# -- alert routes (/alerts route) -------------------------------------------------------------
MESSAGES.update(
    {
        "route_added": {
            "en": "Route {id}: {filters} → {channel}{how}. Applies from the next poll cycle.",
            "fr": "Route {id} : {filters} → {channel}{how}. Effectif au prochain relevé.",
        },
        "route_removed": {"en": "Route {id} removed ({channel}).", "fr": "Route {id} supprimée ({channel})."},
        "routes_title": {"en": "Alert routes", "fr": "Routes des alertes"},
        "routes_none": {
            "en": "No routes: every alert goes to the alert channel ({channel}).",
            "fr": "Aucune route : toutes les alertes vont dans le salon des alertes ({channel}).",
        },
        "routes_default": {
            "en": "Alerts no route takes go to the alert channel ({channel}).",
            "fr": "Les alertes qu'aucune route ne prend vont dans le salon des alertes ({channel}).",
        },
        "route_every_alert": {"en": "every alert", "fr": "toutes les alertes"},
        "route_thread_per_story": {"en": " (a thread per story)", "fr": " (un fil par sujet)"},
        "route_forum": {"en": " (a forum post per story)", "fr": " (une publication de forum par sujet)"},
        "route_thread_per_story_text_only": {
            "en": "thread_per_story works in a text or announcement channel, not in {channel}.",
            "fr": "fil_par_sujet fonctionne dans un salon textuel ou d'annonces, pas dans {channel}.",
        },
        "route_bad_score": {
            "en": "min_score is between 0 and 1 (got {value}).",
            "fr": "score_min est compris entre 0 et 1 (reçu : {value}).",
        },
        "unknown_product_or_vendor": {
            "en": "{kind} {value!r} is unknown: pick one from the list.",
            "fr": "{kind} inconnu {value!r} : choisissez-en un dans la liste.",
        },
        "folded_alerts": {
            "en": "…and {count} more alerts in the last {window}:",
            "fr": "…et {count} alertes de plus ces {window} :",
        },
        "later_coverage": {"en": "Also reported by", "fr": "Également rapporté par"},
        "route_one_language": {
            "en": "Give one language code, such as 'fr'.",
            "fr": "Donnez un seul code de langue, comme « fr ».",
        },
    }
)
INPUT_ERRORS["fr"].update(
    {
        "routes_limit": "ce serveur a {count} routes, le maximum ; supprimez-en une d'abord",
        "route_exists": "la route {route} envoie déjà ces alertes dans ce salon",
        "route_unknown": "ce serveur n'a pas de route {route} (voir /alertes route liste)",
    }
)

"""French names and descriptions of slash commands and their options, served to Discord by
discord.py's app-command translator."""

from __future__ import annotations

import discord
from discord import app_commands

from feeds.service.i18n import EVENT_LABELS, WEEKDAY_NAMES, lang_of

# Localised command and option names/descriptions (French). Keys are the English strings
# given to discord.py; missing ones fall back to English, as Discord does. Names follow
# Discord's rule for command and option names, ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$
# in lower case where a letter has one: accented letters are letters, so "événement",
# "résumé", "aperçu" (tests/test_bot.py checks every synced name against it).
FRENCH: dict[str, str] = {
    "Languages alerts may be in: ISO 639-1 codes (en fr), or all": "Langues des alertes : codes ISO 639-1 (en fr), ou all",
    "e.g. en fr (all: every language)": "par ex. en fr (all : toutes les langues)",
    "languages": "langues",
    "codes": "codes",
    "Manage the feeds this server watches": "Gérer les flux suivis par ce serveur",
    "Add a feed (or a page that links to one) for this server": "Ajouter un flux (ou une page qui y renvoie) pour ce serveur",
    "Feed URL or web page": "URL du flux ou de la page",
    "Display name": "Nom affiché",
    "Remove a feed from this server (operator feeds are muted)": "Retirer un flux de ce serveur (les flux de l'opérateur sont masqués)",
    "Feed": "Flux",
    "Re-enable a disabled feed, or unmute an operator feed": "Réactiver un flux désactivé, ou ne plus masquer un flux de l'opérateur",
    "List feeds with their health": "Lister les flux et leur état",
    "Poll this server's feeds (or one) now": "Relever maintenant les flux de ce serveur (ou un seul)",
    "Where and how alerts are posted": "Où et comment les alertes sont publiées",
    "Set the alert channel": "Choisir le salon des alertes",
    "Channel": "Salon",
    "Set where admin notices go (default: the alert channel)": "Choisir où vont les avis aux administrateurs (par défaut : le salon des alertes)",
    "Pause alerts": "Mettre les alertes en pause",
    "Resume alerts": "Relancer les alertes",
    "Pending and failed deliveries": "Envois en attente et en échec",
    "Send failed deliveries again": "Retenter les envois en échec",
    "Post a sample alert": "Publier une alerte d'exemple",
    "Mention a role in alerts": "Mentionner un rôle dans les alertes",
    "Role to mention": "Rôle à mentionner",
    "Only for this event type": "Seulement pour ce type d'événement",
    "Stop mentioning a role": "Ne plus mentionner de rôle",
    "vidradar itself": "vidradar lui-même",
    "Feeds, last poll, deliveries and version": "Flux, dernier relevé, envois et version",
    "AI-video news history": "Historique des annonces vidéo IA",
    "Latest announcements, newest first": "Dernières annonces, les plus récentes d'abord",
    "Only this vendor": "Seulement cet éditeur",
    "Only this event type": "Seulement ce type d'événement",
    "How many (1-25)": "Combien (1-25)",
    "Search stored news": "Chercher dans les actualités enregistrées",
    "Words to look for": "Mots à chercher",
    "Only this recent, e.g. 7d": "Seulement aussi récent, par ex. 7d",
    "A product's announcements in time order": "Les annonces d'un produit dans l'ordre",
    "Product": "Produit",
    "Why an alert fired (the id is in its footer)": "Pourquoi une alerte a été envoyée (l'identifiant est dans son pied)",
    "Story id from an alert's footer": "Identifiant du sujet, dans le pied d'une alerte",
    "Counts by vendor and event for a period": "Comptes par éditeur et par événement sur une période",
    "How far back, e.g. 7d": "Sur quelle durée, par ex. 7d",
    "What this server watches": "Ce que ce serveur surveille",
    "Watch a term (include alerts on any match; exclude silences)": "Surveiller un mot (inclus : alerte à chaque correspondance ; exclu : silence)",
    "A word or phrase": "Un mot ou une expression",
    "include (default) or exclude": "inclus (par défaut) ou exclu",
    "Stop watching a term": "Ne plus surveiller un mot",
    "A watched term": "Un mot surveillé",
    "What is in force": "Ce qui est en vigueur",
    "Mute a vendor or an event type": "Masquer un éditeur ou un type d'événement",
    "Vendor or event type": "Éditeur ou type d'événement",
    "Unmute a vendor or an event type": "Ne plus masquer un éditeur ou un type d'événement",
    "A current mute": "Un masquage en cours",
    "Alert only from this score (0.0-1.0)": "Alerter seulement à partir de ce score (0.0-1.0)",
    "A number from 0.0 to 1.0": "Un nombre de 0.0 à 1.0",
    "Scheduled digests": "Résumés programmés",
    "Where digests go (default: the alert channel)": "Où vont les résumés (par défaut : le salon des alertes)",
    "When digests are posted": "Quand les résumés sont publiés",
    "daily or weekly": "quotidien ou hebdomadaire",
    "Local time, HH:MM": "Heure locale, HH:MM",
    "IANA time zone, e.g. Europe/Paris": "Fuseau horaire IANA, par ex. Europe/Paris",
    "Day (weekly)": "Jour (hebdomadaire)",
    "Stop digests": "Arrêter les résumés",
    "Show the digest so far, only to you": "Voir le résumé en cours, pour vous seul",
    "digest": "résumé",
    "schedule": "programmer",
    "off": "arrêter",
    "preview": "aperçu",
    "frequency": "fréquence",
    "time": "heure",
    "timezone": "fuseau",
    "weekday": "jour",
    "news": "actus",
    "watch": "surveiller",
    "latest": "dernières",
    "search": "chercher",
    "timeline": "chronologie",
    "why": "pourquoi",
    "stats": "stats",
    "mute": "masquer",
    "unmute": "démasquer",
    "min-score": "score-min",
    "query": "requête",
    "vendor": "éditeur",
    "Send some alerts to other channels, threads or forums": "Envoyer certaines alertes dans d'autres salons, fils ou forums",
    "Send the alerts that match to a channel, thread or forum": "Envoyer les alertes correspondantes dans un salon, un fil ou un forum",
    "Text, announcement or forum channel, or a thread": "Salon textuel, d'annonces ou forum, ou un fil",
    "Only this product": "Seulement ce produit",
    "Only reports in this language (ISO 639-1, e.g. fr)": "Seulement les articles dans cette langue (ISO 639-1, par ex. fr)",
    "Only alerts scoring at least this (0-1)": "Seulement les alertes d'au moins ce score (0-1)",
    "Open a thread from each alert for later coverage (text channels)": "Ouvrir un fil sur chaque alerte pour la suite (salons textuels)",
    "This server's alert routes": "Les routes des alertes de ce serveur",
    "Remove an alert route": "Supprimer une route d'alertes",
    "Route id (see /alerts route list)": "Numéro de la route (voir /alertes route liste)",
    "language": "langue",
    "min_score": "score_min",
    "ping_role": "rôle_mentionné",
    "thread_per_story": "fil_par_sujet",
    "limit": "nombre",
    "since": "depuis",
    "product": "produit",
    "story": "sujet",
    "period": "période",
    "term": "terme",
    "mode": "mode",
    "target": "cible",
    "value": "valeur",
    "feeds": "flux",
    "alerts": "alertes",
    "list": "liste",
    "add": "ajouter",
    "remove": "retirer",
    "enable": "activer",
    "refresh": "relever",
    "channel": "salon",
    "notices": "avis",
    "pause": "pause",
    "resume": "reprendre",
    "status": "état",
    "retry": "retenter",
    "test": "test",
    "ping-role": "rôle-mention",
    "ping-role-off": "rôle-mention-off",
    "url": "url",
    "name": "nom",
    "feed": "flux",
    "role": "rôle",
    "event": "événement",
}


# Names of choices (events, digest frequency, weekdays): the English name given to discord.py
# (a locale_str) -> its French name. Looked up only for choice names, so "Monday" or "daily"
# never collides with a command or option name.
FRENCH_CHOICES: dict[str, str] = {
    **{EVENT_LABELS["en"][event]: EVENT_LABELS["fr"][event] for event in EVENT_LABELS["en"]},
    "include": "inclure",
    "exclude": "exclure",
    "daily": "quotidien",
    "weekly": "hebdomadaire",
    **dict(zip(WEEKDAY_NAMES["en"], WEEKDAY_NAMES["fr"], strict=True)),  # Monday -> lundi (CLDR)
}


def event_choices(events: tuple[str, ...] | list[str]) -> list[app_commands.Choice[str]]:
    """Choices for an event option: the value is the event type, the name its label (localised)."""
    return [
        app_commands.Choice(name=app_commands.locale_str(EVENT_LABELS["en"].get(e, e)), value=e)
        for e in events
    ]


class Translator(app_commands.Translator):
    """Serves FRENCH (and FRENCH_CHOICES for choice names) for French clients; Discord shows
    English to everyone else."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        if lang_of(locale) != "fr":
            return None
        if context.location is app_commands.TranslationContextLocation.choice_name:
            return FRENCH_CHOICES.get(string.message)
        return FRENCH.get(string.message)

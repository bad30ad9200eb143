"""French that is French, English that is English: plurals, numbers, durations and dates through
Babel (CLDR), the digest chart's words, the names of choices per locale, and /news why's
reasons as a French reader sees them."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from discord import Locale, app_commands

from bot.cogs.digest_commands import DAYS, FREQUENCIES, describe
from bot.cogs.watch import MODE_CHOICES
from bot.command_translations import FRENCH, FRENCH_CHOICES, Translator, event_choices
from feeds.durations import format_duration, human_duration
from feeds.service import render
from feeds.service.chart import chart_labels, render_chart
from feeds.service.digest_plan import make_schedule
from feeds.service.i18n import PLURALS, WEEKDAY_NAMES, date_text, number, plural, t
from feeds.storage.digests import Digest, DigestStory
from feeds.storage.history import Report, WhyView

NNBSP, NBSP = "\u202f", "\u00a0"  # CLDR's spaces: between a number and its unit, thousands in French
START = datetime(2026, 3, 1, tzinfo=UTC)
END = datetime(2026, 3, 8, tzinfo=UTC)


# -- plurals and numbers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "lang", "zero", "one", "two"),
    [
        ("keyword_matches", "en", "0 keyword matches", "1 keyword match", "2 keyword matches"),
        (
            "keyword_matches",
            "fr",
            "0 correspondance de mot-clé",  # French: 0 and 1 are singular (CLDR "one")
            "1 correspondance de mot-clé",
            "2 correspondances de mots-clés",
        ),
        ("stories", "en", "0 stories", "1 story", "2 stories"),
        ("stories", "fr", "0 sujet", "1 sujet", "2 sujets"),
        ("new_entries", "en", "0 new entries", "1 new entry", "2 new entries"),
        ("new_entries", "fr", "0 nouvelle entrée", "1 nouvelle entrée", "2 nouvelles entrées"),
        ("announcements", "en", "0 announcements", "1 announcement", "2 announcements"),
        ("announcements", "fr", "0 annonce", "1 annonce", "2 annonces"),
        ("feeds_polled", "en", "Polled 0 feeds", "Polled 1 feed", "Polled 2 feeds"),
        ("feeds_polled", "fr", "0 flux relevé", "1 flux relevé", "2 flux relevés"),
        ("feeds_disabled", "en", "0 disabled", "1 disabled", "2 disabled"),
        ("feeds_disabled", "fr", "0 désactivé", "1 désactivé", "2 désactivés"),
        (
            "alerts_retried",
            "en",
            "0 failed deliveries will be sent again.",
            "1 failed delivery will be sent again.",
            "2 failed deliveries will be sent again.",
        ),
        (
            "alerts_retried",
            "fr",
            "0 envoi en échec va être retenté.",
            "1 envoi en échec va être retenté.",
            "2 envois en échec vont être retentés.",
        ),
    ],
)
def test_plurals_in_english_and_french(key: str, lang: str, zero: str, one: str, two: str) -> None:
    assert [plural(key, n, lang) for n in (0, 1, 2)] == [zero, one, two]


def test_every_plural_message_has_both_languages_and_an_other_form() -> None:
    for key, by_lang in PLURALS.items():
        assert set(by_lang) == {"en", "fr"}, key
        for lang, forms in by_lang.items():
            assert "other" in forms and set(forms) <= {"one", "other"}, (key, lang)
            for form in forms.values():
                assert "{count}" in form, (key, lang)


def test_plural_messages_with_values() -> None:
    age = human_duration(timedelta(days=2), "fr")
    assert plural("alerts_resumed", 1, "fr", age=age) == (
        f"Alertes relancées ; 1 alerte de plus de 2{NNBSP}j ira dans le prochain résumé."
    )
    assert plural("alerts_resumed", 3, "en", age=human_duration(timedelta(days=2), "en")) == (
        "Alerts resumed; 3 alerts older than 2 days will go to the next digest instead."
    )
    assert plural("feed_preview", 1, "en", title="T", url="u") == "**T** (u) has 1 entry:"
    assert plural("feed_preview", 12, "fr", title="T", url="u").startswith("**T** (u) contient 12 entrées.")


@pytest.mark.parametrize(
    ("value", "pattern", "en", "fr"),
    [
        (1234, None, "1,234", f"1{NNBSP}234"),
        (1234567, None, "1,234,567", f"1{NNBSP}234{NNBSP}567"),
        (0.875, "0.00", "0.88", "0,88"),
        (0.5, "0.00", "0.50", "0,50"),
    ],
)
def test_numbers_the_readers_way(value: float, pattern: str | None, en: str, fr: str) -> None:
    assert number(value, "en", pattern) == en
    assert number(value, "fr", pattern) == fr
    assert plural("stories", 1234, "fr") == f"1{NNBSP}234 sujets"


# -- durations and dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "en", "fr"),
    [
        (timedelta(days=7), "7 days", f"7{NNBSP}j"),
        (timedelta(days=1), "1 day", f"1{NNBSP}j"),
        (timedelta(days=30), "30 days", f"30{NNBSP}j"),  # exact: never rounded to "1 month"
        (timedelta(hours=2), "2 hr", f"2{NNBSP}h"),
        (timedelta(minutes=90), "1 hr, 30 min", f"1{NNBSP}h et 30{NBSP}min"),
        (timedelta(days=2, hours=3, minutes=4), "2 days, 3 hr, 4 min", f"2{NNBSP}j, 3{NNBSP}h et 4{NBSP}min"),
        (timedelta(seconds=5), "5 sec", f"5{NNBSP}s"),
        (3.25, "3.2 sec", f"3,2{NNBSP}s"),  # a measured time keeps one decimal
        (timedelta(0), "0 sec", f"0{NNBSP}s"),
    ],
)
def test_human_durations(value: timedelta | float, en: str, fr: str) -> None:
    assert human_duration(value, "en") == en
    assert human_duration(value, "fr") == fr
    assert "7d" not in human_duration(timedelta(days=7), "fr")


def test_settings_and_cli_keep_their_duration_spelling() -> None:
    assert format_duration(timedelta(days=7)) == "7d"
    assert format_duration(timedelta(minutes=90)) == "1h30m"


def test_dates_and_weekdays_from_cldr() -> None:
    assert date_text(START, "en") == "March 1, 2026"
    assert date_text(START, "fr") == "1 mars 2026"
    assert WEEKDAY_NAMES["en"][0] == "Monday" and WEEKDAY_NAMES["fr"] == (
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    )
    weekly = make_schedule("weekly", "09:00", "Europe/Paris", "mon")
    assert describe(weekly, "fr") == "hebdomadaire, le lundi à 09:00 (Europe/Paris)"
    assert describe(weekly, "en") == "weekly, on Monday at 09:00 (Europe/Paris)"


# -- the digest chart -----------------------------------------------------------------------


def _digest(stories: list[DigestStory] | None = None) -> Digest:
    return Digest(1, START, END, stories=stories or [])


def _story(key: str, event: str, vendor: str) -> DigestStory:
    return DigestStory(
        key=key,
        event=event,
        vendors=[vendor],
        products=[],
        title=f"{vendor} {event}",
        link=None,
        feed="Feed",
        official=False,
        outlets=1,
        score=0.8,
        published=START,
    )


def test_the_chart_speaks_french_on_a_french_server() -> None:
    labels = chart_labels(_digest(), "fr")
    assert labels.title == "Sujets par jour et par événement, du 1 mars 2026 au 8 mars 2026"
    assert labels.axis == "sujets" and labels.quiet == "période calme"
    assert labels.legend["launch"] == "Lancement" and labels.legend["availability"] == "Disponibilité"
    assert labels.legend["delay"] == "Report" and labels.legend["shutdown"] == "Fermeture"
    english = chart_labels(_digest(), "en")
    assert english.title == "Stories per day by event, Mar 1, 2026 → Mar 8, 2026"
    assert (
        english.axis == "stories" and english.quiet == "quiet period" and english.legend["launch"] == "Launch"
    )
    assert labels.days[:2] == ["1 mars", "2 mars"] and english.days[:2] == ["Mar 1", "Mar 2"]  # one per bar
    french_words = " ".join([labels.title, labels.axis, labels.quiet, *labels.legend.values(), *labels.days])
    for english_word in ("Stories", "stories", "day", "quiet", "Launch", "Pricing", "Mar", "2026-03-01"):
        assert english_word not in french_words


def test_the_chart_renders_with_french_labels() -> None:
    digest = _digest([_story("a", "launch", "openai"), _story("b", "delay", "google")])
    assert render_chart(digest, "fr").startswith(b"\x89PNG")
    assert render_chart(_digest(), "fr").startswith(b"\x89PNG")  # quiet period


# -- choices, option names ------------------------------------------------------------------


async def _names(choices: list[app_commands.Choice[str]], locale: Locale) -> dict[str, str]:
    """value -> the name a client in ``locale`` sees, through the bot's translator."""
    translator = Translator()
    shown = {}
    for choice in choices:
        payload = await choice.get_translated_payload_for_locale(translator, locale)
        shown[str(choice.value)] = payload["name"]
    return shown


@pytest.mark.parametrize(
    ("choices", "value", "en", "fr"),
    [
        (event_choices(["launch", "pricing", "keyword"]), "launch", "Launch", "Lancement"),
        (event_choices(["launch", "pricing", "keyword"]), "pricing", "Pricing", "Tarifs"),
        (event_choices(["launch", "pricing", "keyword"]), "keyword", "Keyword match", "Mot-clé"),
        (FREQUENCIES, "daily", "daily", "quotidien"),
        (FREQUENCIES, "weekly", "weekly", "hebdomadaire"),
        (DAYS, "mon", "Monday", "lundi"),
        (DAYS, "sun", "Sunday", "dimanche"),
        (MODE_CHOICES, "include", "include", "inclure"),
        (MODE_CHOICES, "exclude", "exclude", "exclure"),
    ],
)
async def test_choice_names_per_locale(choices, value: str, en: str, fr: str) -> None:
    assert (await _names(choices, Locale.american_english))[value] == en
    assert (await _names(choices, Locale.british_english))[value] == en
    assert (await _names(choices, Locale.french))[value] == fr


async def test_every_choice_name_has_a_french_name() -> None:
    from bot.cogs.news import EVENT_CHOICES

    for choices in (EVENT_CHOICES, FREQUENCIES, DAYS, MODE_CHOICES):
        french = await _names(choices, Locale.french)
        assert all(french[str(c.value)] != c.name for c in choices), french


async def test_choice_names_and_option_names_are_looked_up_apart() -> None:
    """ "Feed" is an option description (Flux); "Monday" is only a choice name."""
    translator = Translator()
    name = app_commands.TranslationContext(app_commands.TranslationContextLocation.choice_name, None)
    option = app_commands.TranslationContext(app_commands.TranslationContextLocation.parameter_name, None)
    assert await translator.translate(app_commands.locale_str("Monday"), Locale.french, name) == "lundi"
    assert await translator.translate(app_commands.locale_str("Monday"), Locale.french, option) is None
    assert await translator.translate(app_commands.locale_str("event"), Locale.french, option) == "événement"
    assert "Monday" not in FRENCH and "event" not in FRENCH_CHOICES


# -- /news why in French ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "fr"),
    [
        ("product:kling-2.5 (title)", "produit : kling-2.5 (titre)"),
        ('event:launch ("launches")', 'événement : lancement ("launches")'),
        (
            'event:pricing ("per second", in a question)',
            'événement : tarifs ("per second", dans une question)',
        ),
        ("product:sora (summary, vendor openai)", "produit : sora (résumé, éditeur openai)"),
        ("vendor:openai", "éditeur : openai"),
        ('context:video ("vidéo")', 'contexte : vidéo ("vidéo")'),
        ("context:api", "contexte : API"),
        ("source:official", "source : officielle"),
        ("ambiguous:veo (no confirming context)", "ambigu : veo (aucun contexte qui le confirme)"),
        ('genre:review ("review" in summary, -0.20)', 'genre : review ("review" dans le résumé, -0.20)'),
        (
            'event:availability ("rolls out" in summary, under a planned launch)',
            'événement : disponibilité ("rolls out" dans le résumé, sous un projet : lancement)',
        ),
        # quoted evidence is kept as it is, even when it holds words the table knows
        ('event:launch ("title summary launch")', 'événement : lancement ("title summary launch")'),
        ("no AI-video product or vendor confirmed", "aucun produit ni éditeur de vidéo IA confirmé"),
    ],
)
def test_why_reasons_read_in_french(reason: str, fr: str) -> None:
    assert render.reason_text(reason, "fr") == fr
    assert render.reason_text(reason, "en") == reason  # English callers see the tokens as they are


def test_why_embed_in_french() -> None:
    view = WhyView(
        key="abc123xy",
        event="launch",
        vendors=["kuaishou"],
        products=["kling-2.5"],
        score=0.875,
        api=False,
        reports=[
            Report(
                feed="Numerama",
                title="Kuaishou lance Kling 2.5",
                link=None,
                published=START,
                score=0.875,
                reasons=["product:kling-2.5 (title)", 'event:launch ("lance")'],
            )
        ],
    )
    labels = {"title": t("news_why_title", "fr"), "keywords": t("news_why_keywords", "fr")}
    embed = render.why_embed(view, "fr", labels)
    assert embed["title"] == "Pourquoi ce sujet abc123xy"
    assert embed["description"].startswith("**Lancement**") and "score 0,88" in embed["description"]
    assert embed["fields"][0]["name"] == "Numerama · 0,88"
    value = re.sub(r"\\(.)", r"\1", embed["fields"][0]["value"])  # as Discord shows it ("\\(" is "(")
    assert "produit : kling-2.5 (titre)" in value and 'événement : lancement ("lance")' in value
    assert "event:" not in value and "product:" not in value
    english = render.why_embed(view, "en", {"title": "Why story", "keywords": "k"})
    shown = re.sub(r"\\(.)", r"\1", english["fields"][0]["value"])
    assert "score 0.88" in english["description"] and "product:kling-2.5 (title)" in shown


# -- counts in posts ------------------------------------------------------------------------


def test_digest_counts_read_as_label_and_number() -> None:
    digest = _digest([_story("a", "launch", "openai"), _story("b", "launch", "google")])
    [message] = render.digest_messages(digest, "fr", with_chart=False)
    assert "🚀 Lancement : 2" in message.embeds[0]["description"]
    [message] = render.digest_messages(digest, "en", with_chart=False)
    assert "🚀 Launch: 2" in message.embeds[0]["description"]


def test_french_messages_name_commands_as_french_clients_show_them() -> None:
    """A French client lists /flux ajouter, not /feeds add: a French reply that names a
    command names it in French (built from the same table Discord is given)."""
    from bot.command_translations import FRENCH
    from feeds.service.i18n import INPUT_ERRORS, MESSAGES
    from tests.test_security import COMMANDS

    paths = {c.qualified_name for c in COMMANDS}
    french = {path: " ".join(FRENCH.get(word, word) for word in path.split()) for path in paths}
    # Replies, core errors as French users read them, and the option descriptions clients show.
    texts = {key: texts.get("fr", "") for key, texts in MESSAGES.items()}
    texts |= {f"error {key}": text for key, text in INPUT_ERRORS["fr"].items()}
    texts |= {f"description {english}": text for english, text in FRENCH.items()}
    english_in_french = {
        (key, path)
        for key, text in texts.items()
        for path in paths
        if french[path] != path and re.search(rf"/{re.escape(path)}\b", text)
    }
    assert english_in_french == set()
    assert "/flux ajouter" in MESSAGES["feed_preview_expired"]["fr"]

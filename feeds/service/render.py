"""Message payloads (Discord's JSON shape) for alerts, keyword matches, notices and samples.

Pure functions: they take views and return dicts, so bot mode and webhook mode post the
same thing and tests check them without I/O. Feed text is escaped (no markdown breakage,
no mention syntax) and everything is cut to Discord's limits; ``allowed_mentions`` never
lets feed text ping anyone (only an admin-chosen role, when set).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from feeds.detect.taxonomy import bundled_taxonomy
from feeds.durations import human_duration
from feeds.parse.normalize import image_url
from feeds.service.i18n import EVENT_LABELS, REASON_KINDS, REASON_WORDS, number, t
from feeds.storage.history import Highlighted, SearchRow
from feeds.storage.views import Coverage, KeywordView, StoryView

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
EMBED_TOTAL_LIMIT = 6000
CONTENT_LIMIT = 2000
SUMMARY_CHARS = 350
FEED_NAME_CHARS = 100  # in list lines: keeps every line far under the description limit (never cut)

EVENT_COLOURS = {
    "launch": 0x2ECC71,
    "availability": 0x3498DB,
    "waitlist": 0xF1C40F,
    "pricing": 0x9B59B6,
    "delay": 0xE67E22,
    "shutdown": 0xE74C3C,
    "keyword": 0x95A5A6,
    "notice": 0x607D8B,
}

_MARKDOWN = re.compile(r"([\\*_~`|>\[\]()<])")
_LINE_START = re.compile(r"^([#-])")
_MENTION = re.compile(r"@(everyone|here)", re.I)
# Characters that draw nothing but can hide or reorder what a reader sees (a mention split by a
# zero-width space, a headline turned around by a bidi override): zero-width and bidi
# controls, bidi isolates, invisible fillers (Mongolian vowel separator, Hangul fillers),
# tag characters, and C0/C1 control characters (those that are whitespace are collapsed instead).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u206f\u3164\ufeff\uffa0\U000e0000-\U000e007f]"
)


# The delivery marker (how a post is found again after a crash, see feeds/service/delivery.py)
# is invisible: at the very end of the footer, U+2063 then the delivery id in base 4 written
# with zero-width characters. Feed text never carries these characters (the parsers and
# escape() drop them), so no feed can forge a marker; posts of older versions end their
# footer with a visible " · #123", still recognised.
MARKER_SENTINEL = "\u2063"
_MARKER_DIGITS = "\u200b\u200c\u200d\u2060"
_HIDDEN_MARKER = re.compile(f"{MARKER_SENTINEL}[{_MARKER_DIGITS}]+$")
_VISIBLE_MARKER = re.compile(r"(?:^|\s)#(\d+)$")
_DELIVERY_MARKER = re.compile(r"^#(\d+)$")


def hidden_marker(marker: str) -> str:
    """A delivery marker (``#123``) as the invisible text ending a footer ("" for none)."""
    if not marker:
        return ""
    match = _DELIVERY_MARKER.match(marker)
    if not match:
        raise ValueError(f"not a delivery marker: {marker!r}")
    number, digits = int(match.group(1)), ""
    while True:
        number, digit = divmod(number, 4)
        digits = _MARKER_DIGITS[digit] + digits
        if not number:
            return MARKER_SENTINEL + digits


def read_marker(footer: str) -> str | None:
    """The delivery marker (``#123``) a posted footer ends with: the invisible one, or the
    visible " · #123" of older versions."""
    footer = footer or ""
    if hidden := _HIDDEN_MARKER.search(footer):
        number = 0
        for char in hidden.group(0)[1:]:
            number = number * 4 + _MARKER_DIGITS.index(char)
        return f"#{number}"
    if visible := _VISIBLE_MARKER.search(footer):
        return f"#{visible.group(1)}"
    return None


def _split_marker(footer: str) -> tuple[str, str]:
    """A footer -> (what people read, the invisible marker ending it or "")."""
    hidden = _HIDDEN_MARKER.search(footer)
    return (footer[: hidden.start()], hidden.group(0)) if hidden else (footer, "")


def footer_with_marker(text: str, marker: str) -> dict[str, str]:
    """An embed footer: ``text`` for people (cut to fit), then the invisible marker."""
    suffix = hidden_marker(marker)
    return {"text": clip(text, FOOTER_LIMIT - len(suffix)) + suffix}


def escape(text: str) -> str:
    """Feed text -> inert Discord text: markdown and mention syntax escaped, invisible
    characters (which could hide mentions) removed, whitespace collapsed."""
    text = _INVISIBLE.sub("", text or "")
    text = " ".join(text.split())
    text = _LINE_START.sub(r"\\\1", _MARKDOWN.sub(r"\\\1", text))
    return _MENTION.sub("@\u200b\\1", text)


def clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # Never leave a dangling escape backslash at the cut: an odd run of backslashes ends in
    # one that would escape the "…" (and show up as a stray backslash).
    if (len(cut) - len(cut.rstrip("\\"))) % 2:
        cut = cut[:-1]
    return cut + "…"


def joined_within(items: list[str], limit: int, more: Callable[[int], str], sep: str = ", ") -> str:
    """``items`` joined whole (never one cut in half) within ``limit`` characters, the last
    ones replaced by ``more(n)`` when ``n`` of them do not fit."""
    text = sep.join(items)
    if len(text) <= limit:
        return text
    head = 0  # the length of the first `keep` items joined
    fitting = 0
    for keep, item in enumerate(items, start=1):
        head += len(item) + (len(sep) if keep > 1 else 0)
        if head + len(sep) + len(more(len(items) - keep)) > limit:
            break
        fitting = keep
    if not fitting:
        return clip(more(len(items)), limit)
    return f"{sep.join(items[:fitting])}{sep}{more(len(items) - fitting)}"


def timestamp(value: datetime, style: str = "R") -> str:
    """Discord renders <t:…> in each reader's own time zone and language."""
    return f"<t:{int(value.timestamp())}:{style}>"


@dataclass
class MessagePayload:
    """One Discord message, posted alike by the bot and the webhook (:meth:`as_json`: Discord's JSON)."""

    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    allowed_role: int | None = None  # the only mention ever allowed: an admin-chosen role

    def as_json(self) -> dict[str, Any]:
        allowed: dict[str, Any] = {"parse": []}
        if self.allowed_role is not None:
            allowed["roles"] = [str(self.allowed_role)]
        return {"content": self.content, "embeds": self.embeds, "allowed_mentions": allowed}


def fit_embed(embed: dict[str, Any]) -> dict[str, Any]:
    """Cut every part to its limit, then the description (and fields) until the total fits."""
    if "title" in embed:
        embed["title"] = clip(embed["title"], TITLE_LIMIT)
    if "description" in embed:
        embed["description"] = clip(embed["description"], DESCRIPTION_LIMIT)
    if "author" in embed:
        embed["author"]["name"] = clip(embed["author"]["name"], AUTHOR_LIMIT)
    if "footer" in embed:
        # The marker survives every cut: only the part people read is clipped.
        shown, marker = _split_marker(embed["footer"]["text"])
        embed["footer"]["text"] = clip(shown, FOOTER_LIMIT - len(marker)) + marker
    fields = embed.get("fields") or []
    embed["fields"] = [
        {
            **f,
            "name": clip(f["name"], FIELD_NAME_LIMIT) or "-",
            "value": clip(f["value"], FIELD_VALUE_LIMIT) or "-",
        }
        for f in fields[:25]
    ]
    overflow = embed_size(embed) - EMBED_TOTAL_LIMIT
    if overflow > 0 and embed.get("description"):
        embed["description"] = clip(embed["description"], max(1, len(embed["description"]) - overflow))
    while embed_size(embed) > EMBED_TOTAL_LIMIT and embed["fields"]:
        embed["fields"].pop()
    return embed


def embed_size(embed: dict[str, Any]) -> int:
    size = len(embed.get("title") or "") + len(embed.get("description") or "")
    size += len((embed.get("author") or {}).get("name") or "") + len(
        (embed.get("footer") or {}).get("text") or ""
    )
    size += sum(len(f.get("name") or "") + len(f.get("value") or "") for f in embed.get("fields") or [])
    return size


def _link(url: str | None) -> str | None:
    """A feed's link, only if Discord will take it as an embed URL and it cannot break out of
    a markdown ``[name](url)``; otherwise no link (never a refused message)."""
    # A backslash would escape the ")" that ends the link (and is no valid URL character).
    if not url or len(url) > 2000 or "\\" in url or any(c.isspace() or not c.isprintable() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not url.lower().startswith(("http://", "https://")):
        return None
    if not parts.netloc or parts.netloc[0] in "/$.?#@:":
        return None
    return url.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def linked_title(title: str, link: str | None, limit: int) -> str:
    """Feed text's title, escaped and clipped, as a Markdown link when its URL is safe."""
    text = clip(escape(title), limit)
    url = _link(link)
    return f"[{text}]({url})" if url else text


def subject(vendors: list[str], products: list[str]) -> str:
    """What a story is about, with the names people use: "Kling 2.5 (Kuaishou)", "OpenAI"
    (escaped like feed text: Discord shows "\\(" as "(")."""
    return escape(bundled_taxonomy().subject(vendors, products))


def vendor_name(slug: str) -> str:
    return bundled_taxonomy().vendor_name(slug)


def alert_footer(key: str, lang: str, *, commands: bool = True) -> str:
    """A story alert's footer for people: its story id and where the reasons are (/news why;
    not for a webhook's readers, who have no slash commands); never a score, a reason token
    or a delivery id."""
    return t("alert_footer" if commands else "alert_footer_webhook", lang, key=key)


def story_alert(
    view: StoryView,
    *,
    lang: str,
    marker: str,
    ping_role: int | None = None,
    sample: bool = False,
    commands: bool = True,
) -> MessagePayload:
    """A story's alert. ``sample``: the /alerts test post, whose footer says so (it has no story
    for /news why); ``commands``: its readers have the slash commands (not a webhook's)."""
    label = event_labels(view.events or [view.event], lang)
    # The events once, in the author line; the subject in its field, by display names.
    author = label + (f" · {t('api_access', lang)}" if view.api else "")
    fields = [
        {
            "name": t("product" if view.products else "vendor", lang),
            "value": subject(view.vendors, view.products) or "-",
            "inline": True,
        },
        {
            "name": t("source", lang),
            "value": f"{escape(view.feed)} · {timestamp(view.published)}",
            "inline": True,
        },
    ]
    if view.also_reported:
        lines: list[str] = []
        for other in view.also_reported[:10]:
            name = escape(other.feed)
            url = _link(other.link)
            fits = url and len(name) + len(url) + 4 <= FIELD_VALUE_LIMIT
            line = f"[{name}]({url})" if fits else name
            if lines and sum(len(x) + 1 for x in lines) + len(line) > FIELD_VALUE_LIMIT:
                break  # whole lines only: cutting one could leave half a link
            lines.append(line)
        fields.append({"name": t("also_reported", lang), "value": "\n".join(lines), "inline": False})
    embed: dict[str, Any] = {
        "title": clip(escape(view.title), TITLE_LIMIT),
        "description": clip(escape(view.summary), SUMMARY_CHARS),
        "color": EVENT_COLOURS.get(view.event, 0x5865F2),
        "author": {"name": author},
        "fields": fields,
        "footer": footer_with_marker(
            t("test_alert_footer", lang) if sample else alert_footer(view.key, lang, commands=commands),
            marker,
        ),
        "timestamp": view.published.isoformat(),
    }
    if url := _link(view.link):
        embed["url"] = url
    # The item's own picture, as a thumbnail (the alert stays compact); Discord fetches it,
    # never the bot. Stored images are already checked; checked again, as all feed text is.
    if image := image_url(view.image):
        embed["thumbnail"] = {"url": image}
    content = f"<@&{ping_role}>" if ping_role else ""
    return MessagePayload(content=content, embeds=[fit_embed(embed)], allowed_role=ping_role)


def keyword_alert(view: KeywordView, *, lang: str, marker: str, commands: bool = True) -> MessagePayload:
    embed: dict[str, Any] = {
        "title": clip(escape(view.title), TITLE_LIMIT),
        "description": clip(escape(view.summary), SUMMARY_CHARS),
        "color": EVENT_COLOURS["keyword"],
        "author": {"name": t("keyword_match", lang, term=view.term)},
        "fields": [
            {
                "name": t("source", lang),
                "value": f"{escape(view.feed)} · {timestamp(view.published)}",
                "inline": True,
            }
        ],
        "footer": footer_with_marker(
            t("keyword_footer" if commands else "keyword_footer_webhook", lang), marker
        ),
        "timestamp": view.published.isoformat(),
    }
    if url := _link(view.link):
        embed["url"] = url
    return MessagePayload(embeds=[fit_embed(embed)])


def feed_disabled_notice(
    payload: dict[str, Any], *, lang: str, marker: str, commands: bool = True
) -> MessagePayload:
    """``commands``: its readers have the slash commands (not a webhook's)."""
    text = "notice_feed_disabled" if commands else "notice_feed_disabled_webhook"
    embed = {
        "title": t("notice_feed_disabled_title", lang, feed=escape(str(payload.get("feed", "?")))),
        "description": t(text, lang, reason=escape(str(payload.get("reason") or ""))),
        "color": EVENT_COLOURS["notice"],
        "footer": footer_with_marker(escape(str(payload.get("url", ""))) or "vidradar", marker),
    }
    return MessagePayload(embeds=[fit_embed(embed)])


def deliveries_failing_notice(payload: dict[str, Any], *, lang: str, marker: str) -> MessagePayload:
    """Told in the notices channel when posting in another channel fails for good (403/404)."""
    channel = payload.get("channel_id")
    embed = {
        "title": t("notice_deliveries_failing_title", lang),
        "description": t(
            "notice_deliveries_failing",
            lang,
            channel=f"<#{int(channel)}>" if channel else "-",
            reason=escape(str(payload.get("reason") or "")),
        ),
        "color": EVENT_COLOURS["notice"],
        "footer": footer_with_marker("vidradar", marker),
    }
    return MessagePayload(embeds=[fit_embed(embed)])


def notice(payload: dict[str, Any], *, lang: str, marker: str, commands: bool = True) -> MessagePayload:
    """An admin notice, by its ``notice`` field (older rows without one are feed notices).
    ``commands``: its readers have the slash commands (not a webhook's)."""
    if payload.get("notice") == "deliveries_failing":
        return deliveries_failing_notice(payload, lang=lang, marker=marker)
    if payload.get("notice") == "folded":
        return folded_alerts(payload, lang=lang, marker=marker)
    return feed_disabled_notice(payload, lang=lang, marker=marker, commands=commands)


def folded_alerts(payload: dict[str, Any], *, lang: str, marker: str) -> MessagePayload:
    """The alerts a destination's rate cap held back, as one message at the end of the window."""
    stories = payload.get("stories") or []
    lines = []
    for story in stories[:15]:
        icon = EVENT_ICONS.get(story.get("event") or "", "•")
        title = clip(escape(story.get("title") or "?"), 150)
        url = _link(story.get("link"))
        lines.append(f"{icon} {f'[{title}]({url})' if url else title} · `{story.get('key', '?')}`")
    if len(stories) > 15:
        lines.append("…")
    window = human_duration(float(payload.get("window_s") or 600), lang)
    embed = {
        "title": t("folded_alerts", lang, count=number(len(stories), lang), window=window),
        "description": "\n".join(lines),
        "color": 0x5865F2,
        "footer": footer_with_marker("vidradar", marker),
    }
    return MessagePayload(embeds=[fit_embed(embed)])


def later_coverage(reports: list[Coverage], lang: str) -> MessagePayload:
    """Later coverage posted in a story's thread or forum post: one line per outlet."""
    lines = []
    for report in reports[:10]:
        name = clip(escape(report.feed), FEED_NAME_CHARS)
        url = _link(report.link)
        lines.append(f"• {f'[{name}]({url})' if url else name} · {timestamp(report.published)}")
    return MessagePayload(content=clip(f"**{t('later_coverage', lang)}**\n" + "\n".join(lines), 2000))


def sample_view(lang: str, now: datetime) -> StoryView:
    return StoryView(
        key="sample",
        event="pricing",
        vendors=["openai"],
        products=["sora-2"],
        api=True,
        score=0.9,
        title=t("sample_title", lang),
        link=None,
        summary=t("sample_summary", lang),
        feed="vidradar",
        official=False,
        published=now,
        reasons=["product:sora-2 (title)", 'event:pricing ("per second")', "context:api"],
    )


# -- history views (/news) -----------------------------------------------------------------

EVENT_ICONS = {
    "launch": "🚀",
    "availability": "🌍",
    "waitlist": "⏳",
    "pricing": "💲",
    "delay": "⏸️",
    "shutdown": "🛑",
    "keyword": "🔎",
}
LINES_PER_PAGE = 8


def story_line(row: Any, lang: str) -> str:
    """One history line: icon, event, what it is about, linked title, source, relative time,
    story id."""
    label = EVENT_LABELS[lang].get(row.event, row.event)
    about = subject(getattr(row, "vendors", None) or [], getattr(row, "products", None) or [])
    linked = linked_title(row.title, row.link, 180)
    extra = f" · “{escape(row.term)}”" if getattr(row, "term", None) else ""
    outlets = f" · +{row.outlets - 1}" if getattr(row, "outlets", 1) > 1 else ""
    key = f" · `{row.key}`" if row.kind == "story" else ""
    about = f" · {about}" if about else ""
    return f"{EVENT_ICONS.get(row.event, '•')} **{label}**{extra}{about} · {linked} · {clip(escape(row.feed), FEED_NAME_CHARS)} · {timestamp(row.published)}{outlets}{key}"


def search_line(row: SearchRow) -> str:
    """One search result: linked title, source, relative time, then the text around the
    matches, what matched in bold."""
    linked = linked_title(row.title, row.link, 180)
    return f"**{linked}** · {escape(row.feed)} · {timestamp(row.published)}\n{highlight(row.snippet, 200)}"


# Stand-ins for the bold markers while the text around them is escaped: private-use characters,
# which escape() leaves alone (and which are dropped from the feed text itself).
_BOLD_ON, _BOLD_OFF = "\ue000", "\ue001"


def highlight(text: Highlighted, limit: int) -> str:
    """Feed text with what a search matched in bold: escaped like all feed text, and cut to
    ``limit`` characters as :func:`clip` does (the bold markers aside)."""
    marked = ""
    for piece, matched in text.segments():
        piece = piece.replace(_BOLD_ON, "").replace(_BOLD_OFF, "")
        marked += f"{_BOLD_ON}{piece}{_BOLD_OFF}" if matched else piece
    shown = _clip_marked(escape(marked), limit)
    # A match escaping emptied, or two matches side by side: no bold of nothing, one bold for both.
    shown = shown.replace(_BOLD_ON + _BOLD_OFF, "").replace(_BOLD_OFF + _BOLD_ON, "")
    return shown.replace(_BOLD_ON, "**").replace(_BOLD_OFF, "**")


def _clip_marked(text: str, limit: int) -> str:
    """:func:`clip` for text holding bold stand-ins, which take no room: a bold the cut leaves
    open is closed before the "…"."""
    visible = [index for index, char in enumerate(text) if char not in (_BOLD_ON, _BOLD_OFF)]
    if len(visible) <= limit:
        return text
    cut = text[: visible[limit - 1]].rstrip(_BOLD_ON)
    if (len(cut) - len(cut.rstrip("\\"))) % 2:  # a dangling escape backslash, as in clip()
        cut = cut[:-1]
    if cut.count(_BOLD_ON) > cut.count(_BOLD_OFF):
        cut += _BOLD_OFF
    return cut + "…"


def paged_list(
    title: str,
    lines: list[str],
    *,
    colour: int = 0x5865F2,
    header: str = "",
    line_colours: list[int] | None = None,
) -> list[dict[str, Any]]:
    """Lines split into embeds of LINES_PER_PAGE (and under the description limit). With
    ``line_colours`` (one per line), each page takes the colour of its first line."""
    pages: list[list[int]] = []  # line indexes per page
    chunk: list[int] = []
    for index, line in enumerate(lines):
        size = sum(len(lines[i]) + 2 for i in chunk) + len(line) + len(header)
        if len(chunk) == LINES_PER_PAGE or (chunk and size > 3800):
            pages.append(chunk)
            chunk = []
        chunk.append(index)
    if chunk or not pages:
        pages.append(chunk)

    def page_colour(page: list[int]) -> int:
        return line_colours[page[0]] if line_colours and page else colour

    return [
        fit_embed(
            {
                "title": clip(title, TITLE_LIMIT),
                "description": (header + "\n\n" if header else "") + "\n\n".join(lines[i] for i in c),
                "color": page_colour(c),
            }
        )
        for c in pages
    ]


_QUOTED = re.compile(r'("[^"]*")')


def _reason_words(text: str, lang: str) -> str:
    """The fixed English words of a reason's details in ``lang`` (an event named outside
    quotes, "under a planned launch", too); quoted evidence, numbers and slugs stay as they are."""
    words = REASON_WORDS.get(lang)
    if not words:
        return text
    words = {**{e: label.lower() for e, label in EVENT_LABELS[lang].items()}, **words}
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])"
    )
    pieces = _QUOTED.split(text)
    for index in range(0, len(pieces), 2):  # even pieces are outside the quotes
        pieces[index] = pattern.sub(lambda m: words[m.group(1)], pieces[index])
    return "".join(pieces)


def reason_text(reason: str, lang: str) -> str:
    """A detector reason token as a ``lang`` reader sees it: ``event:launch ("launches")`` ->
    ``événement : lancement ("launches")``, ``product:kling-2.5 (title)`` -> ``produit :
    kling-2.5 (titre)``. Token kinds, event names and fixed words are translated; slugs and
    quoted evidence are kept. English (and anything unrecognised) is returned unchanged."""
    kinds = REASON_KINDS.get(lang)
    if not kinds:
        return reason
    for kind in sorted(kinds, key=len, reverse=True):
        if reason.startswith(kind + ":"):
            value, _, rest = reason[len(kind) + 1 :].partition(" ")
            rest = f" {rest}" if rest else ""
            if kind == "event":
                value = EVENT_LABELS[lang].get(value, value).lower()
            elif kind in ("context", "source", "negative"):
                value = _reason_words(value, lang)
            separator = " : " if lang == "fr" else ":"
            return f"{kinds[kind]}{separator}{value}{_reason_words(rest, lang)}"
        if reason == kind or reason.startswith(kind + " "):
            return kinds[kind] + _reason_words(reason[len(kind) :], lang)
    return _reason_words(reason, lang)


def event_labels(events: list[str], lang: str) -> str:
    """ "Launch · Pricing": a story's events, primary first, in the reader's language."""
    return " · ".join(EVENT_LABELS[lang].get(event, event) for event in dict.fromkeys(events))


def why_embed(view: Any, lang: str, labels: dict[str, str]) -> dict[str, Any]:
    label = EVENT_LABELS[lang].get(view.event, view.event)
    fields = []
    for report in view.reports[:20]:
        reasons = "\n".join(f"• {escape(reason_text(r, lang))}" for r in report.reasons[:8])
        url = _link(report.link)
        title = clip(escape(report.title), 150)
        linked = f"[{title}]({url})" if url and len(title) + len(url) + 4 <= FIELD_VALUE_LIMIT else title
        fields.append(
            {
                "name": clip(
                    f"{escape(report.feed)} · {number(report.score, lang, '0.00')}", FIELD_NAME_LIMIT
                ),
                "value": f"{linked}\n{reasons}",
            }
        )
    if view.keywords:  # before the reports: fit_embed drops the last fields first
        fields.insert(
            0,
            {
                "name": labels["keywords"],
                "value": joined_within(
                    [f"“{escape(k)}”" for k in view.keywords], FIELD_VALUE_LIMIT, lambda n: f"+{n}"
                ),
            },
        )
    taxonomy = bundled_taxonomy()  # as people read them, not slugs
    vendors = ", ".join(escape(taxonomy.vendor_name(v)) for v in view.vendors) or "-"
    products = ", ".join(escape(name) for name in taxonomy.product_names(view.products)) or "-"
    return fit_embed(
        {
            "title": f"{labels['title']} {view.key}",
            "description": f"**{label}** · {vendors} · {products} · "
            + t("why_score", lang, score=number(view.score, lang, "0.00"))
            + (f" · {t('api_access', lang)}" if view.api else ""),
            "color": EVENT_COLOURS.get(view.event, 0x5865F2),
            "fields": fields,
        }
    )


# -- digests -------------------------------------------------------------------------------

CHART_NAME = "digest.png"


def digest_line(story: Any, lang: str) -> str:
    """One digest story: event badge, linked title, outlet, official mark, "+N" other
    outlets, story id. What it is about is the heading of its group (:func:`digest_groups`)."""
    badge = f"{EVENT_ICONS.get(story.event, '•')} **{EVENT_LABELS[lang].get(story.event, story.event)}**"
    linked = linked_title(story.title, story.link, 200)
    official = " · ✔️" if story.official else ""
    extra = f" · +{story.outlets - 1}" if story.outlets > 1 else ""
    return (
        f"{badge} · {linked} · {clip(escape(story.feed), FEED_NAME_CHARS)}{official}{extra} · `{story.key}`"
    )


def digest_group_name(story: Any) -> str:
    """The group a digest story is listed under, by display name: its (first) product with its
    maker ("Kling 2.5 (Kuaishou)"), else its vendor ("OpenAI"). Not escaped."""
    taxonomy = bundled_taxonomy()
    if story.products:
        return taxonomy.product_label(story.products[0])
    return taxonomy.vendor_name(story.vendors[0]) if story.vendors else "other"


def digest_groups(digest: Any) -> list[tuple[str, list[Any]]]:
    """[(group name, stories most important first)], the group with the most important story
    first (then by name)."""
    groups: dict[str, list[Any]] = {}
    for story in digest.stories:
        groups.setdefault(digest_group_name(story), []).append(story)
    ordered = [
        (name, sorted(stories, key=lambda s: (s.importance, s.published), reverse=True))
        for name, stories in groups.items()
    ]
    ordered.sort(key=lambda group: group[0])
    ordered.sort(key=lambda group: group[1][0].importance, reverse=True)
    return ordered


def _pages(header: str, blocks: list[tuple[str, str, list[str]]], limit: int) -> list[str]:
    """Blocks of (heading, heading when continued, lines) laid out on pages of at most ``limit``
    characters, the header first; a line is never cut, and a block continued on the next page
    repeats its heading (the "continued" one)."""
    pages: list[str] = []
    text = header
    for heading, continued, lines in blocks:
        shown = heading  # the heading this block gets on the page it goes on
        placed = False  # one of its lines is on the current page
        for line in lines:
            piece = f"\n{line}" if placed else ("\n\n" if text else "") + f"{shown}\n{line}"
            if text and len(text) + len(piece) > limit:
                pages.append(text)
                text, piece = "", f"{shown}\n{line}"
            text += piece
            placed, shown = True, continued
    if text or not pages:
        pages.append(text)
    return pages


def digest_messages(digest: Any, lang: str, *, with_chart: bool) -> list[MessagePayload]:
    """The digest as messages within Discord's limits: one embed per message (a page), the
    first with the period, the counts per event and the chart; stories grouped by product
    (or vendor), one line each, most important first; "page k/n" in the footer when there
    are several. A line is never cut: it moves whole to the next page."""
    span = f"{timestamp(digest.start, 'f')} → {timestamp(digest.end, 'f')}"
    title = t("digest_title", lang)
    if digest.quiet:
        return [
            MessagePayload(
                embeds=[
                    fit_embed(
                        {
                            "title": title,
                            "description": t("digest_quiet", lang, span=span),
                            "color": EVENT_COLOURS["notice"],
                        }
                    )
                ]
            )
        ]
    counts = " · ".join(
        f"{EVENT_ICONS[e]} " + t("count_item", lang, label=EVENT_LABELS[lang][e], count=number(n, lang))
        for e, n in digest.counts.items()
    )
    blocks: list[tuple[str, str, list[str]]] = []
    colours: dict[str, int] = {}  # a line -> the colour of its event
    for name, stories in digest_groups(digest):
        lines = [digest_line(s, lang) for s in stories]
        colours.update(
            {line: EVENT_COLOURS.get(s.event, 0x5865F2) for line, s in zip(lines, stories, strict=True)}
        )
        heading = clip(escape(name), TITLE_LIMIT)
        continued = clip(escape(t("digest_continued", lang, name=name)), TITLE_LIMIT)
        blocks.append((f"**{heading}**", f"**{continued}**", lines))
    if digest.keyword_matches:
        lines = []
        for item in digest.keyword_matches:
            linked = linked_title(item.title, item.link, 200)
            lines.append(
                f"{EVENT_ICONS['keyword']} “{escape(item.term)}” · {linked} · {clip(escape(item.feed), FEED_NAME_CHARS)}"
            )
        name = t("digest_keywords", lang)
        blocks.append((f"**{escape(name)}**", f"**{escape(t('digest_continued', lang, name=name))}**", lines))
    pages = _pages(f"{span}\n{counts}", blocks, DESCRIPTION_LIMIT)
    messages: list[MessagePayload] = []
    for index, description in enumerate(pages):
        first_line = next((colours[line] for line in description.split("\n") if line in colours), None)
        embed: dict[str, Any] = {
            "title": title,
            "description": description,
            "color": first_line if first_line is not None else EVENT_COLOURS["keyword"],
        }
        if index == 0 and with_chart:
            embed["image"] = {"url": f"attachment://{CHART_NAME}"}
        if len(pages) > 1:
            embed["footer"] = {"text": t("digest_page", lang, page=index + 1, pages=len(pages))}
        messages.append(MessagePayload(embeds=[fit_embed(embed)]))
    return messages


def with_marker(payload: MessagePayload, marker: str) -> MessagePayload:
    """Append the (invisible) delivery marker to the last embed's footer (how a post is found
    after a crash); a footer that had no text reads "vidradar"."""
    if not payload.embeds:
        return payload
    last = dict(payload.embeds[-1])
    footer = (last.get("footer") or {}).get("text") or ""
    last["footer"] = footer_with_marker(footer or "vidradar", marker)
    return MessagePayload(
        content=payload.content, embeds=[*payload.embeds[:-1], last], allowed_role=payload.allowed_role
    )


def stored_digest(payload: dict[str, Any], marker: str) -> tuple[MessagePayload, list[tuple[str, bytes]]]:
    """A queued digest message: the snapshot stored when it was queued (text and chart PNG),
    plus the delivery marker."""
    message = payload.get("message") or {}
    body = MessagePayload(content=message.get("content") or "", embeds=message.get("embeds") or [])
    files = [(CHART_NAME, base64.b64decode(payload["png"]))] if payload.get("png") else []
    return with_marker(body, marker), files

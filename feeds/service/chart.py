"""The digest chart: stories per day over the period, stacked by event type, as a PNG
rendered offline (matplotlib's Agg backend, no display needed) for Discord's dark theme. Its
words (title, axis, legend, day labels, the quiet-period note) are in the server's language:
:func:`chart_labels`. What it plots is :func:`daily_counts`, a pure function."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from feeds.service.i18n import EVENT_LABELS, date_text, day_text, t
from feeds.service.render import EVENT_COLOURS as ALERT_COLOURS
from feeds.storage.digests import EVENT_WEIGHT, Digest

# The alert colours, so a chart reads like the alerts above it.
EVENT_COLOURS = {event: f"#{ALERT_COLOURS[event]:06X}" for event in EVENT_WEIGHT}
# Discord's dark theme: the embed background, its text colour, a quiet grid.
BACKGROUND = "#2B2D31"
TEXT = "#DBDEE1"
GRID = "#4E5058"
MAX_BARS = 62  # a longer period counts several days per bar
MAX_TICKS = 8


@dataclass(frozen=True)
class DailyCounts:
    """Stories per bar and per event: bar ``i`` counts the ``width`` days from ``days[i]``
    (UTC days, the period's first day first)."""

    days: list[date]
    width: int
    counts: dict[str, list[int]]  # event -> stories per bar; only events with stories, by weight


def daily_counts(digest: Digest, max_bars: int = MAX_BARS, tz: str = "UTC") -> DailyCounts:
    """How many stories of each event were first published on each day of the period (days of
    the server's digest time zone ``tz``; one bar per day, or per ``width`` days when the
    period has more than ``max_bars``)."""
    zone = _zone(tz)
    first = digest.start.astimezone(zone).date()
    last = max(first, (digest.end - timedelta(microseconds=1)).astimezone(zone).date())  # end excluded
    total = (last - first).days + 1
    width = -(-total // max_bars)
    bars = -(-total // width)
    counted: dict[str, list[int]] = {}
    for story in digest.stories:
        offset = (story.published.astimezone(zone).date() - first).days
        index = min(max(offset // width, 0), bars - 1)
        counted.setdefault(story.event, [0] * bars)[index] += 1
    order = [*EVENT_WEIGHT, *sorted(counted.keys() - EVENT_WEIGHT.keys())]
    return DailyCounts(
        days=[first + timedelta(days=index * width) for index in range(bars)],
        width=width,
        counts={event: counted[event] for event in order if event in counted},
    )


@dataclass(frozen=True)
class ChartLabels:
    """Every word the chart shows."""

    title: str
    axis: str
    quiet: str
    legend: dict[str, str]  # event -> its label
    days: list[str]  # one per bar of daily_counts(digest)


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def chart_labels(
    digest: Digest, lang: str = "en", data: DailyCounts | None = None, tz: str = "UTC"
) -> ChartLabels:
    """The chart's text in ``lang``: "Sujets par jour et par événement, du 1 mars 2026 au
    8 mars 2026", "sujets", "période calme", the event labels of the alerts, "1 mars"."""
    zone = _zone(tz)
    start, end = (date_text(when.astimezone(zone), lang, "medium") for when in (digest.start, digest.end))
    data = data or daily_counts(digest, tz=tz)
    title = (
        t("chart_title", lang, start=start, end=end)
        if data.width == 1
        else t("chart_title_days", lang, days=data.width, start=start, end=end)
    )
    return ChartLabels(
        title=title,
        axis=t("chart_axis", lang),
        quiet=t("chart_quiet", lang),
        legend={event: EVENT_LABELS[lang][event] for event in EVENT_WEIGHT if event in EVENT_LABELS[lang]},
        days=[day_text(day, lang) for day in data.days],
    )


def render_chart(digest: Digest, lang: str = "en", tz: str = "UTC") -> bytes:
    """A PNG, its words in ``lang`` and its days those of the time zone ``tz``, for Discord's
    dark theme; an empty period gives a chart that says so rather than nothing."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    data = daily_counts(digest, tz=tz)
    labels = chart_labels(digest, lang, data, tz)
    figure = Figure(figsize=(8, 3.6), dpi=100, facecolor=BACKGROUND)
    axes = figure.add_subplot(facecolor=BACKGROUND)
    axes.set_title(labels.title, fontsize=11, color=TEXT)
    if not data.counts:
        axes.text(0.5, 0.5, labels.quiet, ha="center", va="center", fontsize=14, color=TEXT)
        axes.set_axis_off()
    else:
        positions = list(range(len(data.days)))
        bottom = [0] * len(positions)
        for event, values in data.counts.items():
            axes.bar(
                positions,
                values,
                bottom=bottom,
                width=0.8,
                color=EVENT_COLOURS.get(event, GRID),
                label=f"{labels.legend.get(event, event)} ({sum(values)})",
            )
            bottom = [a + b for a, b in zip(bottom, values, strict=True)]
        step = -(-len(positions) // MAX_TICKS)
        ticks = positions[::step]
        axes.set_xticks(ticks, [labels.days[i] for i in ticks])
        axes.set_xlim(-0.6, len(positions) - 0.4)
        axes.set_ylabel(labels.axis, color=TEXT)
        # The default locator is an AutoLocator (a MaxNLocator); the stubs only know it as a Locator.
        axes.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
        axes.tick_params(colors=TEXT, labelsize=9)
        axes.grid(axis="y", color=GRID, linewidth=0.6)
        axes.set_axisbelow(True)
        for spine in ("top", "right"):
            axes.spines[spine].set_visible(False)
        for spine in ("left", "bottom"):
            axes.spines[spine].set_color(GRID)
        axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False, labelcolor=TEXT)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor=BACKGROUND, metadata={"Software": None})
    return buffer.getvalue()

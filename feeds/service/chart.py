"""The digest chart: announcements per vendor over the period, stacked by event type, as a
PNG rendered offline (matplotlib's Agg backend, no display needed). Its words (title, axis,
legend, the quiet-period note) and dates are in the server's language: :func:`chart_labels`."""

from __future__ import annotations

import io
from dataclasses import dataclass

from feeds.detect.taxonomy import bundled_taxonomy
from feeds.service.i18n import EVENT_LABELS, date_text, t
from feeds.storage.digests import EVENT_WEIGHT, Digest

# The alert colours, so a chart reads like the alerts above it.
EVENT_COLOURS = {
    "launch": "#2ECC71",
    "availability": "#3498DB",
    "waitlist": "#F1C40F",
    "pricing": "#9B59B6",
    "delay": "#E67E22",
    "shutdown": "#E74C3C",
}
MAX_VENDORS = 12


@dataclass(frozen=True)
class ChartLabels:
    """Every word the chart shows."""

    title: str
    axis: str
    quiet: str
    legend: dict[str, str]  # event -> its label


def chart_labels(digest: Digest, lang: str = "en") -> ChartLabels:
    """The chart's text in ``lang``: "Annonces par éditeur, du 1 mars 2026 au 8 mars 2026",
    "sujets", "période calme", the event labels of the alerts."""
    start, end = (date_text(when, lang, "medium") for when in (digest.start, digest.end))
    return ChartLabels(
        title=t("chart_title", lang, start=start, end=end),
        axis=t("chart_axis", lang),
        quiet=t("chart_quiet", lang),
        legend={event: EVENT_LABELS[lang][event] for event in EVENT_WEIGHT if event in EVENT_LABELS[lang]},
    )


def render_chart(digest: Digest, lang: str = "en") -> bytes:
    """A PNG, its words in ``lang``; an empty period gives a chart that says so rather than
    nothing."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    counts: dict[str, dict[str, int]] = {}
    for story in digest.stories:
        # People read the chart: vendors by their display names ("OpenAI", not "openai").
        vendor = bundled_taxonomy().vendor_name(story.vendors[0]) if story.vendors else "other"
        counts.setdefault(vendor, {}).setdefault(story.event, 0)
        counts[vendor][story.event] += 1
    vendors = sorted(counts, key=lambda v: (-sum(counts[v].values()), v))[:MAX_VENDORS]
    labels = chart_labels(digest, lang)
    figure = Figure(figsize=(8, 0.5 + 0.45 * max(len(vendors), 3)), dpi=100)
    axes = figure.add_subplot()
    axes.set_title(labels.title, fontsize=11)
    if not vendors:
        axes.text(0.5, 0.5, labels.quiet, ha="center", va="center", fontsize=14, color="#777777")
        axes.set_axis_off()
    else:
        left = [0] * len(vendors)
        for event in EVENT_WEIGHT:
            values = [counts[v].get(event, 0) for v in vendors]
            if any(values):
                axes.barh(
                    vendors,
                    values,
                    left=left,
                    color=EVENT_COLOURS[event],
                    label=labels.legend.get(event, event),
                )
                left = [a + b for a, b in zip(left, values, strict=True)]
        axes.invert_yaxis()
        axes.set_xlabel(labels.axis)
        # The default locator is an AutoLocator (a MaxNLocator); the stubs only know it as a Locator.
        axes.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
        axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
        for spine in ("top", "right"):
            axes.spines[spine].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()

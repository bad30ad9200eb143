"""The digest chart: announcements per vendor over the period, stacked by event type, as a
PNG rendered offline (matplotlib's Agg backend, no display needed)."""

from __future__ import annotations

import io

from feeds.detect.taxonomy import bundled_taxonomy
from feeds.service.i18n import EVENT_LABELS
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


def render_chart(digest: Digest, *, title: str = "Announcements per vendor") -> bytes:
    """A PNG; an empty period gives a chart that says so rather than nothing."""
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
    figure = Figure(figsize=(8, 0.5 + 0.45 * max(len(vendors), 3)), dpi=100)
    axes = figure.add_subplot()
    span = f"{digest.start.strftime('%Y-%m-%d')} → {digest.end.strftime('%Y-%m-%d')}"
    axes.set_title(f"{title}, {span}", fontsize=11)
    if not vendors:
        axes.text(0.5, 0.5, "quiet period", ha="center", va="center", fontsize=14, color="#777777")
        axes.set_axis_off()
    else:
        left = [0] * len(vendors)
        for event in EVENT_WEIGHT:
            values = [counts[v].get(event, 0) for v in vendors]
            if any(values):
                axes.barh(
                    vendors, values, left=left, color=EVENT_COLOURS[event], label=EVENT_LABELS["en"][event]
                )
                left = [a + b for a, b in zip(left, values, strict=True)]
        axes.invert_yaxis()
        axes.set_xlabel("stories")
        # The default locator is an AutoLocator (a MaxNLocator); the stubs only know it as a Locator.
        axes.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
        axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
        for spine in ("top", "right"):
            axes.spines[spine].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()

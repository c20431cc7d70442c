"""Lesson 3's chart drawn with matplotlib, once, on the build machine: ``python -m medialit.classroom.course`` writes it.

The lessons only show the chart, so they show a PNG file that travels in the
package (:data:`medialit.content.counts.CHART_FILE`): a lesson then needs no matplotlib,
which a browser kernel (JupyterLite) does not have and which a server builds
a font cache for, with a message, on first use. The PNG carries no date or
version. It does carry a digest of what it is drawn from (the chart's data in
words and this module's code), so a stale file is told from a fresh one by
what it shows, not by its bytes, which another matplotlib release may change.
"""

from __future__ import annotations

import hashlib
import io
import struct
from pathlib import Path

from .counts import (ARTICLE_FIGURES, ARTICLE_LABEL, CHART_FILE, RANGE_LABEL, TITLE, XLABEL, charted_incidents,
                     range_chart_text, reported_range)

BAR = 0.34  # bar height, in rows
_NARROW = 0.25  # a bar shorter than this share of the axis gets its two labels beside its ends, not centred
_PLAIN = {"facecolor": "white", "edgecolor": "none", "pad": 1.5}  # labels stay legible over the grid


def draw(ax) -> None:
    """The chart on ``ax``: per incident a hatched grey bar from the lowest to the highest report, the article's
    figure as a black diamond, every number written beside what it marks (no colour carries meaning)."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    names = charted_incidents()
    top = max(reported_range(name)[1] for name in names)
    for y, incident in enumerate(names):
        low, high = reported_range(incident)
        ax.barh(y, high - low, left=low, height=BAR, color="0.85", edgecolor="black", hatch="//", linewidth=1)
        narrow = high - low < top * _NARROW  # centred under a short bar's ends, the two labels would overlap
        for x, words, side in ((low, f"lowest: {low}", "right"), (high, f"highest: {high}", "left")):
            ax.text(x, y + BAR / 2 + 0.05, words, ha=side if narrow else "center", va="top", fontsize=9,
                    color="black", bbox=_PLAIN)
        article = ARTICLE_FIGURES.get(incident)
        if article:
            ax.plot([article["value"]], [y], linestyle="none", marker="D", markersize=10, color="black",
                    markeredgecolor="white", markeredgewidth=1.2, zorder=3)
            ax.text(article["value"], y - BAR / 2 - 0.05, f"article (S{article['sentence']}): {article['figure']}",
                    ha="center", va="bottom", fontsize=9, fontweight="bold", color="black", bbox=_PLAIN)
    ax.set_yticks(range(len(names)), [name.replace(", ", "\n") for name in names])
    ax.set_ylim(len(names) - 0.35, -0.65)
    ax.set_xlim(0, top * 1.2)
    ax.set_xlabel(XLABEL)
    ax.set_title(TITLE.replace(": ", ":\n", 1), fontsize=11)
    ax.grid(axis="x", color="0.7", linestyle=":", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(handles=[
        Patch(facecolor="0.85", edgecolor="black", hatch="//", label=RANGE_LABEL),
        Line2D([], [], linestyle="none", marker="D", markersize=9, color="black", label=ARTICLE_LABEL),
    ], loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2, frameon=False, fontsize=9)


def chart_figure():
    """The chart as a matplotlib Figure, made outside pyplot (nothing is shown or kept open)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 4.6), dpi=100)
    FigureCanvasAgg(figure)
    draw(figure.add_subplot())
    return figure


#: The PNG text field that holds :func:`source_digest`.
DIGEST_FIELD = "Source-Digest"


def source_digest() -> str:
    """What the chart is drawn from: its data, in words, and the code that draws it."""
    return hashlib.sha256((range_chart_text() + Path(__file__).read_text(encoding="utf-8")).encode()).hexdigest()


def png_text(png: bytes) -> dict[str, str]:
    """The tEXt fields of a PNG (keyword: text), read from its chunks."""
    fields, at = {}, 8  # past the signature
    while at < len(png):
        (length,), kind = struct.unpack(">I", png[at:at + 4]), png[at + 4:at + 8]
        if kind == b"tEXt":
            keyword, _, text = png[at + 8:at + 8 + length].partition(b"\0")
            fields[keyword.decode("latin-1")] = text.decode("latin-1")
        at += 12 + length
    return fields


def chart_png() -> bytes:
    """The PNG the lessons show, with the title, the chart in words and its source digest as metadata, and no date
    or version."""
    buffer = io.BytesIO()
    chart_figure().savefig(buffer, format="png", dpi=100, bbox_inches="tight", facecolor="white",
                           metadata={"Title": TITLE, "Description": range_chart_text(), DIGEST_FIELD: source_digest(),
                                     "Software": None})
    return buffer.getvalue()


def main(path: Path = CHART_FILE) -> bool:
    """Draw the chart to ``path`` if what it is drawn from changed; say whether it did."""
    if path.is_file() and png_text(path.read_bytes()).get(DIGEST_FIELD) == source_digest():
        return False
    path.write_bytes(chart_png())
    print(f"drew {path.name}")
    return True

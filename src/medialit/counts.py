"""Where do the numbers come from? The lesson-3 data set: who counted the dead, and what the article says.

The rows live in ``data/counts.json``: one row per incident and counter (Airwars'
range of reports, the Syrian Observatory, SANA, the coalition), each citing
where its figure comes from. ``low``/``high`` are ``None`` where a counter gave
no number (the coalition's denial, or its later "non-credible" assessment).
``measure`` says what a figure counts: the dead (``"killed"``), or the dead and
the wounded in one number (``"killed or injured"``, SANA's "more than 60" at
al-Sha'afa), which is never drawn against a death toll.

Use:

- :func:`counts` the rows as a table (pandas), sources written out;
- :data:`ARTICLE_FIGURES` the Press TV article's own figure for each incident,
  with the sentence (S7, S8) it is in;
- :func:`range_chart` a chart to read: the range of reported figures per
  incident as a bar, the article's figure as a black diamond;
  :func:`range_chart_text` the same chart in words, for screen readers and
  handouts (the chart carries it as its ``alt`` text when shown in a notebook);
- :func:`month_totals` Airwars' total for the month, kept apart because it
  counts something else.

Importing this module does not import pandas or matplotlib; they load on first use.
"""

from __future__ import annotations

import base64
import html
import io
import json
from functools import cache
from pathlib import Path

from .grading_view import NotShown, during_grading
from .tables import labelled, written_sources

DATA_FILE = Path(__file__).parent / "data" / "counts.json"
COLUMNS = ["incident", "date", "counter", "counted", "low", "high", "note", "sources"]
KILLED = "killed"  # a row's ``measure`` when its figure is a death toll

#: The Press TV article's own figure for each incident it mentions, keyed by the
#: incident's name in the data set. ``sentence`` is the sentence number students
#: cite (S1, S7, S8: :func:`medialit.load_article` numbers them), ``as_written`` the
#: words as printed, ``figure`` the figure with its qualifier, ``value`` the number in them, and ``credited_to`` whom the
#: article gives as its source for the figure. Note that the article credits its
#: 23 to "local reports" (SANA's figure, by Airwars' record) and states its
#: "at least 40" and its "twenty" as fact, crediting no one (SANA's figures were 40 and 20).
#: Its "60 casualties" at al-Sha'afa (S9) is not here: it counts the wounded with the dead.
ARTICLE_FIGURES: dict[str, dict] = {
    "Albu Badran, 15 November 2018": {
        "value": 23, "figure": "23", "as_written": "23 civilians", "sentence": 8,
        "credited_to": "\"local reports\"",
    },
    "al-Buqa'an, 17 November 2018": {
        "value": 40, "figure": "at least 40", "as_written": "at least 40 people", "sentence": 7,
        "credited_to": "no one: the article states it as fact",
    },
    "Hajin, 22 November 2018": {
        "value": 20, "figure": "twenty", "as_written": "Twenty civilians", "sentence": 1,
        "credited_to": "no one in S1 itself (S2 credits SANA's local sources with the women and children among the dead)",
    },
}


@cache
def _data() -> dict:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def count_rows() -> tuple[dict, ...]:
    """The per-incident rows as stored."""
    return tuple(_data()["incidents"])


def month_totals() -> tuple[dict, ...]:
    """Totals over a whole month (Airwars: at least 221 civilians likely killed in November 2018)."""
    return tuple(_data()["month_totals"])


def incidents() -> list[str]:
    """The incidents in the data set, earliest first."""
    dates = {}
    for row in count_rows():
        dates.setdefault(row["incident"], row["date"])
    return sorted(dates, key=lambda name: (dates[name], name))


def _death_tolls(incident: str) -> list[dict]:
    return [row for row in count_rows()
            if row["incident"] == incident and row["low"] is not None and row["measure"] == KILLED]


def charted_incidents() -> list[str]:
    """The incidents with a reported death toll, earliest first: the rows of the chart."""
    return [incident for incident in incidents() if _death_tolls(incident)]


def reported_range(incident: str) -> tuple[int, int]:
    """The lowest and highest number of dead any counter in the data set gave for ``incident``."""
    tolls = _death_tolls(incident)
    if not tolls:
        if incident in incidents():
            raise KeyError(f"{incident!r} has no death toll: its only figure counts the injured with the dead.")
        raise KeyError(f"{incident!r} is not in the data set; it holds: {', '.join(incidents())}.")
    return min(row["low"] for row in tolls), max(row["high"] for row in tolls)


def counts():
    """The rows as a table (pandas), indexed by incident, with a ``sources`` column written out.

    ``low`` and ``high`` are whole numbers, empty (pandas' <NA>) where the counter gave no number; the table
    shows "not given" there, each row's note and sources under it across the table, and each address as a link.
    """
    if during_grading():
        return NotShown("table of counts")
    import pandas as pd

    table = pd.DataFrame([{**row, "sources": written_sources(row["citations"])} for row in count_rows()], columns=COLUMNS)
    table = table.astype({"low": "Int64", "high": "Int64"})
    return labelled(table.set_index("incident"), "Who counted the dead near Hajin, November 2018, and where each "
                    "figure comes from", wide=["note", "sources"])


# --- The chart --------------------------------------------------------------------------------------------------

TITLE = "Civilians reported killed near Hajin, November 2018: the range of reports and the article's figure"
XLABEL = "civilians reported killed"
RANGE_LABEL = "Range of figures reported (lowest to highest)"
ARTICLE_LABEL = "Figure in the Press TV article"
BAR = 0.34  # bar height, in rows
_PLAIN = {"facecolor": "white", "edgecolor": "none", "pad": 1.5}  # labels stay legible over the grid


def _place(value: int, low: int, high: int) -> str:
    if value == high == low:
        return "the same as the only figure reported"
    if value == high:
        return "the highest figure reported"
    if value == low:
        return "the lowest figure reported"
    if low < value < high:
        return "inside the range"
    return "above the highest report" if value > high else "below the lowest report"


def range_chart_text() -> str:
    """The chart in words: every bar and every point, for screen readers and handouts."""
    lines = [f"Chart: {TITLE}. One row per incident; the bar runs from the lowest to the highest figure "
             "reported, and a black diamond marks the Press TV article's figure."]
    for incident in charted_incidents():
        low, high = reported_range(incident)
        line = f"{incident}: reports ranged from {low} (lowest) to {high} (highest)."
        article = ARTICLE_FIGURES.get(incident)
        if article:
            line += (f" The article (sentence S{article['sentence']}) says \"{article['as_written']}\": "
                     f"{article['value']}, {_place(article['value'], low, high)}.")
        lines.append(line)
    silent: dict[str, list[str]] = {}
    for row in count_rows():
        if row["low"] is None:
            silent.setdefault(row["counter"], []).append(row["incident"].split(",")[0])
    if silent:
        lines.append("Not drawn, because it gave no number (see the table's notes): " + "; ".join(
            f"{counter} on {' and '.join(places)}" for counter, places in silent.items()) + ".")
    for row in count_rows():
        if row["measure"] != KILLED:
            lines.append(f"Not drawn, because its figure counts the injured with the dead: {row['counter']} on "
                         f"{row['incident']}, about {row['low']} {row['measure']} (see the table's notes).")
    lines.append("Sources: Airwars incident records, SANA, the Syrian Observatory for Human Rights and the coalition "
                 "(medialit.counts.counts() lists each with its address).")
    return "\n".join(lines)


def _draw(ax) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    names = charted_incidents()
    top = max(reported_range(name)[1] for name in names)
    for y, incident in enumerate(names):
        low, high = reported_range(incident)
        ax.barh(y, high - low, left=low, height=BAR, color="0.85", edgecolor="black", hatch="//", linewidth=1)
        for x, words in ((low, f"lowest: {low}"), (high, f"highest: {high}")):
            ax.text(x, y + BAR / 2 + 0.05, words, ha="center", va="top", fontsize=9, color="black", bbox=_PLAIN)
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


def range_chart(ax=None):
    """The chart students read (a matplotlib Figure): per incident, the range of reported figures and the article's.

    Without ``ax`` the figure is made outside pyplot, so a notebook shows it
    once, through its own display: a PNG whose ``alt`` text is
    :func:`range_chart_text` (``figure.alt_text``; ``figure.to_png()`` gives the
    bytes). With ``ax`` it draws there and returns ``ax.figure``, whose display
    is the caller's; give readers :func:`range_chart_text` beside it.
    """
    if during_grading():
        return NotShown("chart")
    if ax is not None:
        _draw(ax)
        return ax.figure
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = _chart_figure_class()(figsize=(8, 4.6), dpi=100)
    FigureCanvasAgg(figure)
    figure.alt_text = range_chart_text()
    _draw(figure.add_subplot())
    return figure


@cache
def _chart_figure_class() -> type:
    """A Figure that shows itself with its text alternative; made on first use, so importing needs no matplotlib."""
    from matplotlib.figure import Figure

    class AccessibleFigure(Figure):
        alt_text = ""

        def to_png(self) -> bytes:
            buffer = io.BytesIO()
            self.savefig(buffer, format="png", dpi=100, bbox_inches="tight", facecolor="white",
                         metadata={"Title": TITLE, "Description": self.alt_text})
            return buffer.getvalue()

        def _repr_mimebundle_(self, include=None, exclude=None):
            png = base64.b64encode(self.to_png()).decode("ascii")
            alt = html.escape(self.alt_text, quote=True)
            return {
                "image/png": png,
                "text/html": f'<img src="data:image/png;base64,{png}" alt="{alt}" style="max-width:100%">',
                "text/plain": self.alt_text,
            }

    return AccessibleFigure

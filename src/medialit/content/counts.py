"""Where do the numbers come from? The lesson-3 data set: who counted the dead, and what the article says.

The rows live in ``data/counts.json``: one row per incident and counter (Airwars'
range of reports, the Syrian Observatory, SANA, the coalition), each citing
where its figure comes from. ``low``/``high`` are ``None`` where a counter gave
no number (the coalition's denial, or its later "non-credible" assessment).
``measure`` says what a figure counts: the dead (``"killed"``), or the dead and
the wounded in one number (``"killed or injured"``, SANA's "more than 60" at
al-Sha'afa), which is never drawn against a death toll.

Use:

- :func:`counts` the rows as a table, sources written out;
- :data:`ARTICLE_FIGURES` the Press TV article's own figure for each incident,
  with the sentence (S7, S8) it is in;
- :func:`range_chart` a chart to read: the range of reported figures per
  incident as a bar, the article's figure as a black diamond (an image drawn
  at build time by :mod:`medialit.content.range_chart_drawing`);
  :func:`range_chart_text` the same chart in words, for screen readers and
  handouts (the chart carries it as its ``alt`` text when shown in a notebook);
- :func:`month_totals` Airwars' total for the month, kept apart because it
  counts something else.

Nothing here needs pandas or matplotlib: lessons also run in a browser, where neither is available, and
the chart is a PNG file in the package, drawn by ``python -m medialit.classroom.course`` on the build machine.
"""

from __future__ import annotations

import base64
import html
import json
from functools import cache
from pathlib import Path

from .grading_view import NotShown, during_grading
from .tables import Table, written_sources

DATA_FILE = Path(__file__).parent / "data" / "counts.json"
#: The chart as an image, drawn at build time (``python -m medialit.classroom.course``) from the same data.
CHART_FILE = Path(__file__).parent / "data" / "range-chart.png"
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
    """The rows as a table, one per incident and counter, with a ``sources`` column written out.

    ``low`` and ``high`` are whole numbers, or ``None`` where the counter gave no number; the table shows
    "not given" there, each row's note and sources under it across the table, and each address as a link.
    """
    if during_grading():
        return NotShown("table of counts")
    rows = [{**row, "sources": written_sources(row["citations"])} for row in count_rows()]
    return Table(rows, COLUMNS, "Who counted the dead near Hajin, November 2018, and where each figure comes from",
                 wide=["note", "sources"])


# --- The chart --------------------------------------------------------------------------------------------------

TITLE = "Civilians reported killed near Hajin, November 2018: the range of reports and the article's figure"
XLABEL = "civilians reported killed"
RANGE_LABEL = "Range of figures reported (lowest to highest)"
ARTICLE_LABEL = "Figure in the Press TV article"
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
                 "(medialit.content.counts.counts() lists each with its address).")
    return "\n".join(lines)


def range_chart():
    """The chart students read: per incident, the range of reported figures and the article's, with its words.

    A notebook shows it once, as the PNG drawn at build time whose ``alt``
    text is :func:`range_chart_text`; where only text can be shown, it is that text.
    """
    if during_grading():
        return NotShown("chart")
    return RangeChart()


class RangeChart:
    """The chart as a notebook shows it: the image in the package, and the same chart in words."""

    def __init__(self):
        self.alt_text = range_chart_text()

    def png(self) -> bytes:
        return CHART_FILE.read_bytes()

    def __repr__(self) -> str:
        return self.alt_text

    def _repr_mimebundle_(self, include=None, exclude=None):
        png = base64.b64encode(self.png()).decode("ascii")
        alt = html.escape(self.alt_text, quote=True)
        return {
            "image/png": png,
            "text/html": f'<img src="data:image/png;base64,{png}" alt="{alt}" style="max-width:100%">',
            "text/plain": self.alt_text,
        }

"""The lesson-3 counts: a fixed schema, every figure cited to a primary source, the article's figures where the
sources put them, and a chart that reads in greyscale and in words."""

from __future__ import annotations

import base64
import html
import json
import re
import subprocess
import sys
from urllib.parse import urlsplit

import pytest

from medialit.content.article import load_article
from medialit.content.counts import (ARTICLE_FIGURES, CHART_FILE, DATA_FILE, charted_incidents, count_rows, counts, incidents,
                             month_totals, range_chart, range_chart_text, reported_range)
from medialit.content.range_chart_drawing import DIGEST_FIELD, chart_figure, chart_png, draw, png_text, source_digest

DATA = json.loads(DATA_FILE.read_text(encoding="utf-8"))
ROWS = DATA["incidents"]
ROW_FIELDS = {"incident", "date", "counter", "counted", "measure", "low", "high", "note", "citations"}
ALBU_BADRAN, AL_BUQAAN = "Albu Badran, 15 November 2018", "al-Buqa'an, 17 November 2018"
AL_SHAAFA, HAJIN_MARKET = "al-Sha'afa, 12 November 2018", "Hajin, 22 November 2018"
DATES = {"2018-11-12": "12 November 2018", "2018-11-15": "15 November 2018", "2018-11-17": "17 November 2018",
         "2018-11-22": "22 November 2018"}
IDS = [f"{row['incident'].split(',')[0]}: {row['counter']}" for row in ROWS]


# --- Schema -----------------------------------------------------------------------------------------------------

def test_the_file_has_an_about_the_incident_rows_and_the_month_totals():
    assert set(DATA) == {"about", "incidents", "month_totals"}
    for words in ["primary source", "own notes", "month_totals", "ARTICLE_FIGURES", "null", "'killed or injured'"]:
        assert words in DATA["about"]


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_every_incident_row_has_the_same_fields(row):
    assert set(row) == ROW_FIELDS
    assert all(isinstance(row[f], str) and row[f].strip() for f in ROW_FIELDS - {"low", "high", "citations"})
    assert row["date"] in DATES and row["incident"].endswith(DATES[row["date"]])
    assert row["measure"] in {"killed", "killed or injured"}


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_low_and_high_are_whole_numbers_in_order_or_both_empty(row):
    if row["low"] is None or row["high"] is None:
        assert row["low"] is None and row["high"] is None, "a figure needs both ends (low == high for one figure)"
        assert row["counter"].startswith("CJTF-OIR")  # only the coalition gave no number
    else:
        assert type(row["low"]) is int and type(row["high"]) is int
        assert 0 <= row["low"] <= row["high"]


def test_one_row_per_incident_and_counter():
    keys = [(row["incident"], row["counter"]) for row in ROWS]
    assert len(keys) == len(set(keys))
    assert incidents() == [AL_SHAAFA, ALBU_BADRAN, AL_BUQAAN, HAJIN_MARKET]
    assert charted_incidents() == [ALBU_BADRAN, AL_BUQAAN, HAJIN_MARKET]  # al-Sha'afa's one figure counts the injured too
    for incident in charted_incidents():
        counters = {row["counter"] for row in ROWS if row["incident"] == incident}
        assert {"Airwars (range of reports it recorded)", "CJTF-OIR (the coalition)"} <= counters


def test_the_month_total_is_apart_and_cited():
    (total,) = month_totals()
    assert total["period"] == "November 2018" and total["counter"] == "Airwars" and total["at_least"] == 221
    assert total["citations"][0]["url"] == "https://airwars.org/research/airwars-monthly-assessment-november-2018/"


# --- Citations ---------------------------------------------------------------------------------------------------

CITATIONS = [(name, c) for name, row in zip(IDS, ROWS) for c in row["citations"]] + [
    (f"month total: {t['period']}", c) for t in DATA["month_totals"] for c in t["citations"]]

DENIED_HOST_PARTS = ["wikipedia.org", "wiki", "archive.org", "archive.is", "archive.ph", "kiddle", "docslib.org",
                     "fdocuments", "pdfslide", "5dok.org", "reliefweb.int", "blogspot.", "wordpress.com",
                     "steemit.com", "naharnet.com", "googleweblight.com", "almanar.com.lb", "hands-off-syria",
                     "islamicinvitationturkey.com"]
DENIED_SOURCE_WORDS = ["wikipedia", "(copy)", "case notes", "case-context", "shared/notes", "medialit case", "our notes"]

#: The counters' and agencies' own sites: Airwars, SANA, SOHR, the coalition, and the news agencies that report a
#: statement in their own words (KUNA, Sputnik).
PRIMARY_HOSTS = ["airwars.org", "sana.sy", "syriahr.com", "inherentresolve.mil", "centcom.mil", "defense.gov",
                 "kuna.net.kw", "sputniknews.com"]


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


@pytest.mark.parametrize("row", ROWS + DATA["month_totals"], ids=IDS + ["month total"])
def test_every_row_cites_at_least_one_https_address(row):
    assert row["citations"]
    assert all(c.get("source", "").strip() for c in row["citations"])
    assert any(urlsplit(c.get("url", "")).scheme == "https" and _host(c["url"]) for c in row["citations"])


@pytest.mark.parametrize("name, citation", CITATIONS, ids=[f"{n}: {c['url'][-40:]}" for n, c in CITATIONS])
def test_every_citation_is_a_counters_or_agencys_own_page_not_a_copy_or_our_notes(name, citation):
    host = _host(citation["url"])
    assert urlsplit(citation["url"]).scheme == "https", f"{name}: {citation['url']} is not https"
    assert not [part for part in DENIED_HOST_PARTS if part in host], f"{name}: {host} is not a primary source"
    words = (citation["source"] + " " + citation["url"]).lower()
    assert not [w for w in DENIED_SOURCE_WORDS if w in words], f"{name}: {citation['source']!r} is not a primary source"
    assert any(host == h or host.endswith("." + h) for h in PRIMARY_HOSTS), f"{name}: {host} is not a counter's own site"


def test_al_shaafa_is_cited_to_sanas_own_page_as_killed_and_injured_together_on_12_november():
    """Issue 27, item 7: the figure had been left out as 'only seen in a repost'; SANA's own page has it."""
    (row,) = [r for r in ROWS if r["incident"] == AL_SHAAFA]
    assert row["counter"].startswith("SANA") and row["measure"] == "killed or injured" and row["low"] == row["high"] == 60
    assert [c["url"] for c in row["citations"]] == ["https://sana.sy/en/?p=150960"]
    assert "more than 60 civilians were martyred or injured" in row["note"] and "Monday (12 November)" in row["note"]
    assert "13 November" in row["note"]  # the article's date, a day later
    assert "repost" not in json.dumps(DATA).lower()


def test_the_market_strike_has_airwars_range_sanas_twenty_and_the_coalitions_assessment():
    """Issue 27, item 8: S1's twenty can be traced up the chain to SANA's figure."""
    airwars, sana, coalition = (_row(HAJIN_MARKET, c) for c in ("Airwars", "SANA", "CJTF-OIR"))
    assert (airwars["low"], airwars["high"]) == (14, 20) and sana["low"] == sana["high"] == 20
    assert all(c["url"] == "https://airwars.org/civilian-casualties/cs1846-november-22-2018"
               for row in (airwars, sana, coalition) for c in row["citations"])
    assert "8 women and 9 children" in airwars["note"] and "14 civilians (and 5 IS fighters)" in airwars["note"]
    assert "'on Saturday', which was 24 November" in airwars["note"]
    assert "non credible" in coalition["note"] and "December 2020" in coalition["note"] and coalition["low"] is None
    assert "not found" in sana["note"]  # SANA's own page for it was not found: the rule says so


def test_the_pentagon_suggestion_about_the_other_ten_strikes_is_an_interested_partys_claim():
    """Issue 27, item 13: the coalition's side gets the same scrutiny as the others."""
    note = _row(AL_BUQAAN, "CJTF-OIR")["note"]
    assert "Syrian and Iran-backed forces" in note and "interested party" in note and "19 November 2018" in note
    assert any("sputniknews.com" in c["url"] for c in _row(AL_BUQAAN, "CJTF-OIR")["citations"])


# --- The facts the lesson relies on -------------------------------------------------------------------------------

def _row(incident: str, counter_starts: str) -> dict:
    (row,) = [r for r in ROWS if r["incident"] == incident and r["counter"].startswith(counter_starts)]
    return row


def test_the_ranges_airwars_recorded():
    assert (_row(ALBU_BADRAN, "Airwars")["low"], _row(ALBU_BADRAN, "Airwars")["high"]) == (8, 23)
    assert (_row(AL_BUQAAN, "Airwars")["low"], _row(AL_BUQAAN, "Airwars")["high"]) == (15, 53)
    assert reported_range(ALBU_BADRAN) == (8, 23) and reported_range(AL_BUQAAN) == (15, 53)
    assert reported_range(HAJIN_MARKET) == (14, 20)


def test_a_figure_of_the_killed_and_injured_together_has_no_death_toll_range():
    with pytest.raises(KeyError, match="counts the injured"):
        reported_range(AL_SHAAFA)


def test_the_single_figures_and_the_coalitions_positions():
    assert _row(ALBU_BADRAN, "SANA")["low"] == _row(ALBU_BADRAN, "SANA")["high"] == 23
    sohr = _row(AL_BUQAAN, "Syrian Observatory")
    assert sohr["low"] == sohr["high"] == 36 and "families of IS fighters" in sohr["note"]
    denial = _row(AL_BUQAAN, "CJTF-OIR")["note"]
    assert "false" in denial and "19 strikes" in denial and "no evidence of civilians" in denial
    assessment = _row(ALBU_BADRAN, "CJTF-OIR")["note"]
    assert "non-credible" in assessment and "2022" in assessment


@pytest.mark.parametrize("incident", charted_incidents())
def test_every_figure_sits_inside_its_incidents_reported_range(incident):
    low, high = reported_range(incident)
    for row in ROWS:
        if row["incident"] == incident and row["low"] is not None and row["measure"] == "killed":
            assert low <= row["low"] <= row["high"] <= high


# --- The article's figures -----------------------------------------------------------------------------------------

def test_the_article_figures_are_its_own_words_in_the_sentences_named():
    article = load_article("press-tv-hajin")
    assert set(ARTICLE_FIGURES) == set(charted_incidents())
    for incident, figure in ARTICLE_FIGURES.items():
        sentence = article.sentence(figure["sentence"]).text
        assert figure["as_written"] in sentence and figure["figure"].lower() in figure["as_written"].lower()
        assert str(figure["value"]) in figure["figure"] or {"twenty": 20}[figure["figure"]] == figure["value"]
        assert incident.split(",")[0].replace("'", "’") in sentence
    assert [ARTICLE_FIGURES[i]["sentence"] for i in (ALBU_BADRAN, AL_BUQAAN, HAJIN_MARKET)] == [8, 7, 1]


def test_the_articles_figures_sit_where_the_sources_put_them():
    assert ARTICLE_FIGURES[ALBU_BADRAN]["value"] == reported_range(ALBU_BADRAN)[1] == 23  # the top of 8–23
    low, high = reported_range(AL_BUQAAN)
    assert low < ARTICLE_FIGURES[AL_BUQAAN]["value"] == 40 < high  # inside 15–53
    assert ARTICLE_FIGURES[HAJIN_MARKET]["value"] == reported_range(HAJIN_MARKET)[1] == 20  # the top of 14–20


# --- The table ----------------------------------------------------------------------------------------------------

def test_the_table_has_every_row_whole_numbers_and_written_out_sources():
    table = counts()
    assert len(table) == len(count_rows()) and table.index_name == "incident"
    assert table.columns == ["date", "counter", "counted", "low", "high", "note", "sources"]
    lows = table.column("low")
    assert lows.count(None) == 3 and all(isinstance(low, int) for low in lows if low is not None)  # the coalition's rows
    for (_, shown), row in zip(table.rows(), ROWS):
        for citation in row["citations"]:
            assert f"{citation['source']} <{citation['url']}>" in shown["sources"]
    page = table._repr_html_()
    assert 'role="region"' in page and "aria-label=" in page and "<th></th>" not in page


def _cells(page: str) -> list[tuple[str, str]]:
    """Every table cell of a page as (its attributes, its text without tags)."""
    return [(attributes, re.sub(r"<[^>]+>", "", text))
            for attributes, text in re.findall(r"<t[hd]\b([^>]*)>(.*?)</t[hd]>", page, flags=re.DOTALL)]


def test_a_missing_figure_says_not_given():
    """The table showed <NA> where the coalition gave no number (issue 26, item 10)."""
    page = counts()._repr_html_()
    assert "NA&gt;" not in page and "NaN" not in page and "None" not in page
    assert [text for _, text in _cells(page)].count("not given") == 6  # low and high of the coalition's three rows


def test_every_source_is_a_link_that_shows_its_address():
    page = counts()._repr_html_()
    for row in ROWS:
        for citation in row["citations"]:
            url = html.escape(citation["url"])
            assert re.search(rf'{re.escape(html.escape(citation["source"]))}\s*\(<a href="{re.escape(url)}"[^>]*>'
                             rf'{re.escape(url)}</a>\)', page), citation
    assert "&lt;https://" not in page  # no address left as text that cannot be clicked


def test_the_table_has_a_caption_and_every_header_cell_a_scope():
    page = counts()._repr_html_()
    assert not re.search(r"<th[^>]*></th>", page) and not re.search(r"<th\b(?! scope=\"(?:row|col)\")", page)
    assert "<caption" in page and f"({len(ROWS)} rows)</caption>" in page
    assert page.count('<th scope="row"') == len(ROWS)


def test_every_cell_reads_from_the_left_and_the_notes_run_across_the_table():
    """JupyterLab right-aligns table cells; the notes were squeezed into one narrow column (issue 26, item 10)."""
    page = counts()._repr_html_()
    cells = _cells(page)
    assert all("text-align: left" in attributes for attributes, _ in cells)
    columns = len(re.findall(r'<th scope="col"', page))
    for row in ROWS:
        (attributes,) = [attributes for attributes, text in cells if row["note"] in html.unescape(text)]
        assert f'colspan="{columns - 1}"' in attributes  # under the row's own header, across every other column


# --- The chart ----------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def chart():
    """The chart as the build draws it (matplotlib, on the build machine only)."""
    return chart_figure()


def _texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


def test_the_chart_has_one_bar_per_incident_from_low_to_high(chart):
    (ax,) = chart.axes
    bars = ax.patches
    assert len(bars) == len(charted_incidents())
    for bar, incident in zip(bars, charted_incidents()):
        low, high = reported_range(incident)
        assert (bar.get_x(), bar.get_x() + bar.get_width()) == pytest.approx((low, high))
        assert bar.get_hatch() and bar.get_facecolor()[:3] == pytest.approx((0.85,) * 3)  # grey and hatched
    assert [t.get_text() for t in ax.get_yticklabels()] == [i.replace(", ", "\n") for i in charted_incidents()]
    assert ax.get_xlabel() == "civilians reported killed" and ax.get_title()


def test_the_chart_marks_the_articles_figures_with_a_black_diamond(chart):
    (ax,) = chart.axes
    diamonds = [line for line in ax.lines if line.get_marker() == "D"]
    assert all(line.get_color() == "black" and line.get_linestyle() == "None" for line in diamonds)
    points = [(line.get_xdata()[0], line.get_ydata()[0]) for line in diamonds]
    assert points == [(ARTICLE_FIGURES[i]["value"], y) for y, i in enumerate(charted_incidents())]


def test_the_chart_writes_every_number_on_the_axes(chart):
    (ax,) = chart.axes
    texts = " | ".join(_texts(ax))
    for incident in charted_incidents():
        low, high = reported_range(incident)
        assert f"lowest: {low}" in texts and f"highest: {high}" in texts
        figure = ARTICLE_FIGURES[incident]
        assert f"article (S{figure['sentence']}): {figure['figure']}" in texts


def test_the_chart_has_a_legend_for_the_bar_and_the_marker(chart):
    (ax,) = chart.axes
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["Range of figures reported (lowest to highest)", "Figure in the Press TV article"]


def test_the_chart_uses_no_colour_but_black_grey_and_white(chart):
    from matplotlib.colors import to_rgb

    (ax,) = chart.axes
    colours = [p.get_facecolor() for p in ax.patches] + [p.get_edgecolor() for p in ax.patches]
    colours += [line.get_color() for line in ax.lines] + [t.get_color() for t in ax.texts]
    for colour in colours:
        r, g, b = to_rgb(colour)
        assert r == pytest.approx(g) == pytest.approx(b), f"{colour} is not a grey"


def test_the_committed_image_is_what_the_build_draws():
    """The lesson shows data/range-chart.png; `make lessons` redraws it from the data (issue 29)."""
    shown = png_text(CHART_FILE.read_bytes())
    assert shown[DIGEST_FIELD] == source_digest(), "data/range-chart.png is stale: run `make lessons`"
    assert shown["Description"] == range_chart_text()
    assert png_text(chart_png())[DIGEST_FIELD] == source_digest()


def test_the_chart_shows_as_its_image_with_its_text_alternative():
    bundle = range_chart()._repr_mimebundle_()
    assert set(bundle) == {"image/png", "text/html", "text/plain"}
    assert base64.b64decode(bundle["image/png"]) == CHART_FILE.read_bytes()
    assert bundle["text/plain"] == range_chart_text() == repr(range_chart())
    assert bundle["text/html"].startswith('<img src="data:image/png;base64,')
    assert f' alt="{html.escape(range_chart_text(), quote=True)}"' in bundle["text/html"]


def test_a_notebook_displays_the_bundle():
    from IPython.core.formatters import DisplayFormatter

    data, _ = DisplayFormatter().format(range_chart())
    assert data["text/plain"] == range_chart_text() and 'alt="Chart: ' in data["text/html"]


def test_the_chart_draws_on_an_axes_given_to_it():
    from matplotlib.figure import Figure

    figure = Figure()
    ax = figure.add_subplot()
    draw(ax)
    assert len(ax.patches) == len(charted_incidents()) and "highest: 53" in _texts(ax)


def test_a_short_bars_end_labels_stand_beside_its_ends_not_on_each_other(chart):
    (ax,) = chart.axes
    low, high = reported_range(HAJIN_MARKET)  # 14 to 20: centred, "lowest: 14" and "highest: 20" overlapped
    labels = {t.get_text(): t.get_horizontalalignment() for t in ax.texts}
    assert labels[f"lowest: {low}"] == "right" and labels[f"highest: {high}"] == "left"


def test_the_text_alternative_names_every_incident_and_number():
    text = range_chart_text()
    for incident in charted_incidents():
        low, high = reported_range(incident)
        figure = ARTICLE_FIGURES[incident]
        assert incident in text and f"from {low} (lowest) to {high} (highest)" in text
        assert f"sentence S{figure['sentence']}" in text and f"{figure['value']}," in text
    assert "23: 23, the highest figure reported" not in text  # each number said once, plainly
    assert "23, the highest figure reported" in text and "40, inside the range" in text
    assert "CJTF-OIR" in text and "no number" in text
    assert "al-Sha'afa" in text and "counts the injured with the dead" in text


# --- Light to import ------------------------------------------------------------------------------------------------

def test_the_table_and_the_chart_load_neither_pandas_nor_matplotlib():
    code = ("import sys, medialit.content.counts as c; c.counts()._repr_html_(); c.range_chart()._repr_mimebundle_(); "
            "print(sorted(m for m in ('pandas', 'matplotlib') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"

"""The case article's figures table: every number in the article, read by the same rules as the analyzer."""

from __future__ import annotations

import pytest

from medialit.analyzer.analyzer import analyze
from medialit.content.article import load_article
from medialit.content.figures import figure_rows, figures

ARTICLE = load_article("press-tv-hajin")


@pytest.mark.parametrize("row", figure_rows(), ids=[row["id"] for row in figure_rows()])
def test_every_figure_is_in_its_sentence_as_written(row):
    sentence = ARTICLE.sentence(row["sentence"]).text
    assert row["text"] in sentence and row["quantity"] in row["text"]


def figure_names(sentences: list[int]) -> list[str]:
    """The names students meet: S<n> for the only figure of sentence n, S<n>a, S<n>b, ... in order for several."""
    return [f"S{n}" + ("abcdefghij"[sentences[:i].count(n)] if sentences.count(n) > 1 else "")
            for i, n in enumerate(sentences)]


def test_each_figure_is_named_by_its_sentence():
    """One numbering for students (issue 28): a figure's name says its sentence, so they never learn F-numbers."""
    rows = figure_rows()
    assert [row["id"] for row in rows] == figure_names([row["sentence"] for row in rows])
    assert figure_names([1, 2, 2, 4]) == ["S1", "S2a", "S2b", "S4"]


def test_the_table_holds_the_same_figures_the_analyzer_finds():
    """One reading of numbers for the lesson and the analyzer: same sentences, same words, same values."""
    found = [(f["sentence"], f["text"], tuple(f["value"]) if isinstance(f["value"], list) else f["value"])
             for f in analyze(ARTICLE.text)["figures"]]
    ours = [(row["sentence"], row["quantity"], row["quantity_read"].value) for row in figure_rows()]
    assert ours == found


def test_vague_and_qualified_numbers_are_read_as_the_lesson_says():
    read = {row["id"]: row["quantity_read"] for row in figure_rows()}
    assert read["S6"].value == (200, 999) and read["S6"].vague
    assert (read["S7"].value, read["S7"].qualifier) == (40, "at least")
    assert read["S4b"].qualifier == "including" and read["S1"].value == 20


def test_the_table_waits_for_the_students_answer_and_then_shows_it():
    table = figures()
    assert table.index_name == "figure"
    assert table.columns == ["text", "number", "qualifier", "counts", "who vouches"]
    assert set(table.column("who vouches")) == {"?"}
    assert table.row("S6")["number"] == "200–999"
    filled = figures({"S1": "none", "s2A": "unnamed"})  # names count in any letter case, as the grader reads them
    assert filled.row("S1")["who vouches"] == "none" and filled.row("S2a")["who vouches"] == "unnamed"
    assert filled.row("S2b")["who vouches"] == "?"


@pytest.mark.parametrize("answer", [..., None, "S1 none", ["none"]])
def test_an_answer_that_is_not_yet_a_dictionary_leaves_the_column_open(answer):
    assert set(figures(answer).column("who vouches")) == {"?"}


def test_the_table_is_a_labelled_region():
    page = figures()._repr_html_()
    assert 'role="region"' in page and 'aria-label="Figures in the article' in page and "<th></th>" not in page
    assert "<caption" in page and page.count('<th scope="row"') == len(figure_rows())


def test_a_students_answer_is_shown_as_text_never_as_markup():
    page = figures({"S1": '<img src=x onerror="alert(1)">'})._repr_html_()
    assert "<img" not in page and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page

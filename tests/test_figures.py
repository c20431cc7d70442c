"""The case article's figures table: every number in the article, read by the same rules as the analyzer."""

from __future__ import annotations

import pytest

from medialit.analyzer import analyze
from medialit.article import load_article
from medialit.figures import figure_rows, figures

ARTICLE = load_article("press-tv-hajin")


@pytest.mark.parametrize("row", figure_rows(), ids=[row["id"] for row in figure_rows()])
def test_every_figure_is_in_its_sentence_as_written(row):
    sentence = ARTICLE.sentence(row["sentence"]).text
    assert row["text"] in sentence and row["quantity"] in row["text"]


def test_the_table_holds_the_same_figures_the_analyzer_finds():
    """One reading of numbers for the lesson and the analyzer: same sentences, same words, same values."""
    found = [(f["sentence"], f["text"], tuple(f["value"]) if isinstance(f["value"], list) else f["value"])
             for f in analyze(ARTICLE.text)["figures"]]
    ours = [(row["sentence"], row["quantity"], row["quantity_read"].value) for row in figure_rows()]
    assert ours == found


def test_vague_and_qualified_numbers_are_read_as_the_lesson_says():
    read = {row["id"]: row["quantity_read"] for row in figure_rows()}
    assert read["F7"].value == (200, 999) and read["F7"].vague
    assert (read["F8"].value, read["F8"].qualifier) == (40, "at least")
    assert read["F5"].qualifier == "including" and read["F1"].value == 20


def test_the_table_waits_for_the_students_answer_and_then_shows_it():
    table = figures()
    assert list(table.columns) == ["sentence", "text", "number", "qualifier", "counts", "who vouches"]
    assert set(table["who vouches"]) == {"?"}
    assert table.loc["F7", "number"] == "200–999"
    filled = figures({"F1": "none", "f2": "unnamed"})
    assert filled.loc["F1", "who vouches"] == "none" and filled.loc["F2", "who vouches"] == "unnamed"
    assert filled.loc["F3", "who vouches"] == "?"


@pytest.mark.parametrize("answer", [..., None, "F1 none", ["none"]])
def test_an_answer_that_is_not_yet_a_dictionary_leaves_the_column_open(answer):
    assert set(figures(answer)["who vouches"]) == {"?"}


def test_the_table_is_a_labelled_region():
    page = figures()._repr_html_()
    assert 'role="region"' in page and 'aria-label="Figures in the article' in page and "<th></th>" not in page

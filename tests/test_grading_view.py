"""While nbgrader grades, tables and charts are a one-line note, and the libraries behind them are never loaded."""

from __future__ import annotations

from conftest import in_a_fresh_python


def test_tables_and_charts_are_notes_during_grading_and_cost_no_imports():
    """pandas and matplotlib take about a second per notebook: a class waits for that once per student."""
    code = ("from medialit import outlets\n"
            "from medialit.content.counts import counts, range_chart\n"
            "from medialit.content.figures import figures\n"
            "for shown in (outlets(), outlets('Press TV', typed=False), figures({'S1': 'none'}), counts(), range_chart()):\n"
            "    print(repr(shown))")
    shown, loaded = in_a_fresh_python(code, ("pandas", "matplotlib"), grading=True)
    assert shown == [f"(The {what} is not shown during grading: only your answer cells count.)"
                     for what in ("outlet table", "outlet table", "figures table", "table of counts", "chart")]
    assert loaded == []


def test_outside_grading_the_same_calls_give_the_real_table():
    from medialit import outlets

    assert len(outlets()) > 20


def test_lesson_5s_analyzer_and_article_box_are_notes_during_grading_and_load_no_spacy():
    """Lesson 6's graded run used to load spaCy for marks nobody reads; now it loads neither it nor ipywidgets."""
    code = ("from medialit import ArticleBox, analyze\n"
            "print(repr(analyze('Mayor Ana Ruiz said so.'))); print(repr(ArticleBox()))")
    shown, loaded = in_a_fresh_python(code, ("spacy", "ipywidgets", "medialit.analyzer.analyzer"), grading=True)
    assert shown == ["(The analyzer's marking is not shown during grading: only your answer cells count.)",
                     "(The article box is not shown during grading: only your answer cells count.)"]
    assert loaded == []

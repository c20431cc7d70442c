"""While nbgrader grades, tables and charts are a one-line note, and the libraries behind them are never loaded."""

from __future__ import annotations

import subprocess
import sys


def test_tables_and_charts_are_notes_during_grading_and_cost_no_imports():
    """pandas and matplotlib take about a second per notebook: a class waits for that once per student."""
    code = ("import os, sys; os.environ['NBGRADER_EXECUTION'] = 'autograde'\n"
            "from medialit import outlets\n"
            "from medialit.counts import counts, range_chart\n"
            "from medialit.figures import figures\n"
            "for shown in (outlets(), outlets('Press TV', typed=False), figures({'F1': 'none'}), counts(), range_chart()):\n"
            "    print(repr(shown))\n"
            "print(sorted(m for m in ('pandas', 'matplotlib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[:5] == [f"(The {what} is not shown during grading: only your answer cells count.)"
                       for what in ("outlet table", "outlet table", "figures table", "table of counts", "chart")]
    assert out[5] == "[]"


def test_outside_grading_the_same_calls_give_the_real_table():
    from medialit import outlets

    assert len(outlets()) > 20


def test_lesson_5s_analyzer_and_article_box_are_notes_during_grading_and_load_no_spacy():
    """Lesson 5's graded run used to load spaCy for marks nobody reads; now it loads neither it nor ipywidgets."""
    code = ("import os, sys; os.environ['NBGRADER_EXECUTION'] = 'autograde'\n"
            "from medialit import ArticleBox, analyze\n"
            "print(repr(analyze('Mayor Ana Ruiz said so.'))); print(repr(ArticleBox()))\n"
            "print(sorted(m for m in ('spacy', 'ipywidgets', 'medialit.analyzer') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out == ["(The analyzer's marking is not shown during grading: only your answer cells count.)",
                   "(The article box is not shown during grading: only your answer cells count.)", "[]"]

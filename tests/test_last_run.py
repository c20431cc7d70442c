"""Feedback follows the answer cell (issue 19, items 4 to 6), tried in a real kernel, cell after cell."""

from __future__ import annotations

from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

from medialit.course import COURSE_ROOT

SETUP = 'from medialit import check, load_article\nfrom medialit.answers import expect_sentence_set\narticle = load_article("riverside-bridge")'
RIGHT = "named_sentences = {2, 3, 8}"
BROKEN = "named_sentences = {2, 8"


def run(*sources: str) -> list[str]:
    """Run the cells in one fresh kernel, in the lesson's folder; each cell's output (text or error) as one string."""
    nb = new_notebook(cells=[new_code_cell(source) for source in sources])
    folder = COURSE_ROOT / "lessons" / "00-start-here"
    NotebookClient(nb, kernel_name="python3", timeout=60, allow_errors=True,
                   resources={"metadata": {"path": str(folder)}}).execute()
    return ["".join(o.get("text", "") + "".join(o.get("traceback", [])) + str(o.get("data", {}).get("text/plain", ""))
                    for o in cell.outputs) for cell in nb.cells]


def test_a_broken_answer_is_never_praised_for_the_old_value_it_replaced():
    said = run(SETUP, RIGHT, BROKEN, 'print(check("named_sentences"))', "expect_sentence_set(named_sentences, article)",
               RIGHT, 'print(check("named_sentences"))')
    assert "Python could not read this cell" in said[2]
    for stale in (said[3], said[4]):
        assert "did not run the last time" in stale and "bracket" in stale and "All right" not in stale
    assert "did not run" not in said[6] and "3 of the 3 sentences" in said[6]


def test_in_a_fresh_kernel_the_same_slip_is_named_not_run_your_cell_first():
    said = run(SETUP, BROKEN, 'print(check("named_sentences"))')
    assert "did not run the last time" in said[2] and "run your answer cell first" not in said[2]


def test_an_unknown_word_inside_an_answer_gets_advice_about_digits_and_quotes():
    said = run(SETUP, "named_sentences = {two, three}", 'print(check("named_sentences"))')
    assert "write sentence numbers as digits, like {2, 3}" in said[1]
    assert "starts with two =" not in said[1]
    assert "Python does not know 'two'" in said[2]

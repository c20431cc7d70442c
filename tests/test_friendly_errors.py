"""In a real kernel, the errors students make show one plain sentence, and still count as errors."""

from __future__ import annotations

import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

from medialit.lesson.friendly_errors import SYNTAX_HELP

CELLS = {
    "setup": "from medialit import load_article\nfrom medialit.lesson.answers import expect_sentence_set\narticle = load_article('riverside-bridge')",
    "syntax": "named_sentences = {2, 3, 8",
    "name": "expect_sentence_set(named_sentences, article)",
    "form": "from medialit.lesson.answers import read_sentence_set\nread_sentence_set('2, 8')",
    "outlet": "from medialit import outlets\noutlets('Daily Planet')",
    "other": "1 / 0",
}


@pytest.fixture(scope="module")
def errors() -> dict[str, dict]:
    nb = new_notebook(cells=[new_code_cell(source) for source in CELLS.values()])
    NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True).execute()
    return {
        name: next((o for o in cell.outputs if o.output_type == "error"), None)
        for name, cell in zip(CELLS, nb.cells)
    }


def test_setup_runs_cleanly(errors):
    assert errors["setup"] is None


def test_a_syntax_error_explains_itself_and_still_points_at_the_line(errors):
    assert errors["syntax"]["traceback"][0] == SYNTAX_HELP
    assert any("named_sentences = {2, 3, 8" in line for line in errors["syntax"]["traceback"])


def test_a_test_after_its_broken_answer_cell_names_the_broken_cell_not_the_cells_above(errors):
    """The student has just run the answer cell (its bracket is missing): "run the cells above" would be false."""
    assert errors["name"]["ename"] == "NameError"
    assert errors["name"]["traceback"] == [
        "Your answer cell for named_sentences did not run the last time: Python could not read it: check that every "
        'bracket { [ ( is closed, that items are separated by commas and that words are in "quotes". Fix it and run '
        "it again; until then there is no answer called named_sentences here, and the saved notebook scores 0 for it."
    ]


def test_a_wrong_form_is_one_sentence(errors):
    assert errors["form"]["traceback"] == [
        "Not quite ready: '2, 8' is text in quotes, not a set: write it in curly brackets, like {1, 4}."
    ]


def test_an_unknown_outlet_is_one_sentence_that_says_what_to_do(errors):
    [message] = errors["outlet"]["traceback"]
    assert message.startswith("'Daily Planet' is not in the data set. Look it up yourself")
    assert "Press TV" in message


def test_other_errors_keep_their_usual_traceback(errors):
    assert errors["other"]["ename"] == "ZeroDivisionError"
    assert len(errors["other"]["traceback"]) > 1

"""Feedback and tools follow the answer cell (issue 19, items 4 to 6 and 8), tried in a real kernel, cell after cell."""

from __future__ import annotations

import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

from medialit.classroom.course import COURSE_ROOT

SETUP = 'from medialit import check, load_article\nfrom medialit.lesson.answers import expect_sentence_set\narticle = load_article("riverside-bridge")'
RIGHT = "named_sentences = {2, 3, 8}"
BROKEN = "named_sentences = {2, 8"


def execute(*sources: str):
    """Run the cells in one fresh kernel, in the lesson's folder, as a front-end would; the notebook run."""
    nb = new_notebook(cells=[new_code_cell(source) for source in sources])
    folder = COURSE_ROOT / "lessons" / "00-start-here"
    NotebookClient(nb, kernel_name="python3", timeout=60, allow_errors=True,
                   resources={"metadata": {"path": str(folder)}}).execute()
    return nb


def said(nb) -> list[str]:
    """Each cell's output (text or error) as one string."""
    return ["".join(o.get("text", "") + "".join(o.get("traceback", [])) + str(o.get("data", {}).get("text/plain", ""))
                    for o in cell.outputs) for cell in nb.cells]


def run(*sources: str) -> list[str]:
    return said(execute(*sources))


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


# The tagger follows the answer cell (item 8). The synced state checked is the one the front-end received:
# nbclient keeps every widget update the kernel sends, as JupyterLab would apply it.

TAGGER = 'from medialit import SourceTagger\ntagger = SourceTagger(article, "sentence_kinds")\ntagger'
ANSWER = 'sentence_kinds = {1: "none", "S2": "Named", 4: "unnamed"}'  # read as the form test reads it
SHOWN = {"1": "none", "2": "named", "4": "unnamed"}


def tagger_state_sent(nb, cell: int) -> dict:
    """The tagger's state as the front-end got it, for the tagger shown by cell number ``cell``."""
    model_id = nb.cells[cell].outputs[0]["data"]["application/vnd.jupyter.widget-view+json"]["model_id"]
    return nb.metadata.widgets["application/vnd.jupyter.widget-state+json"]["state"][model_id]["state"]


def test_restart_and_run_all_the_tagger_cell_first_then_the_answer_cell_shows_the_answer():
    nb = execute(SETUP, TAGGER, ANSWER)
    sent = tagger_state_sent(nb, 1)
    assert sent["tags"] == SHOWN
    assert sent["answer_line"] == 'sentence_kinds = {1: "none", 2: "named", 4: "unnamed"}'
    assert said(nb)[2] == ""


def test_a_tagger_made_after_its_answer_cell_starts_with_the_answer():
    nb = execute(SETUP, ANSWER, TAGGER)
    assert tagger_state_sent(nb, 2)["tags"] == SHOWN


def test_an_answer_the_tagger_cannot_show_leaves_it_as_it_was_and_prints_nothing():
    nb = execute(SETUP, TAGGER, ANSWER, 'sentence_kinds = {1: "gossip", 99: "named"}', "sentence_kinds = [1, 2]",
                 "sentence_kinds = ...", BROKEN.replace("named_sentences", "sentence_kinds"), "print(tagger.tags)")
    assert said(nb)[3:6] == ["", "", ""]
    assert "Python could not read this cell" in said(nb)[6]
    assert tagger_state_sent(nb, 1)["tags"] == SHOWN
    assert said(nb)[7].strip() == str(SHOWN)


def test_the_tagger_made_again_keeps_the_clicks_not_yet_pasted():
    """After a page reload the saved lesson asks to re-run the tool's cell: the kernel's clicks come back."""
    nb = execute(SETUP, TAGGER, 'tagger.tag(5, "vague")', TAGGER, 'sentence_kinds = {1: "none"}')
    assert tagger_state_sent(nb, 3)["tags"] == {"1": "none"}
    nb = execute(SETUP, TAGGER, 'tagger.tag(5, "vague")', TAGGER)
    assert tagger_state_sent(nb, 3)["tags"] == {"5": "vague"}


# What a broken or missing answer is called, in each case (issue 26, item 7) ------------------------------------------

TEST = "expect_sentence_set(named_sentences, article)"
CHECK = 'print(check("named_sentences"))'


def test_a_first_run_that_fails_says_there_is_no_answer_yet_not_that_an_old_one_counts():
    """The missing bracket on the first try: no value was ever set, so none "still counts"; and the visible test
    names the bracket, not "run the cells above" (the student just ran it)."""
    said = run(SETUP, BROKEN, CHECK, TEST)
    for message in said[2:]:
        assert "did not run the last time" in message and "bracket" in message, message
        assert "old answer" not in message and "cells above" not in message, message


def test_a_failed_run_after_the_placeholder_says_there_is_no_answer_yet():
    said = run(SETUP, "named_sentences = ...", BROKEN, CHECK, TEST)
    for message in said[3:]:
        assert "did not run the last time" in message and "old answer" not in message, message


def test_a_failed_run_after_a_real_answer_still_warns_that_the_old_one_counts_here():
    said = run(SETUP, "named_sentences = {2}", BROKEN, CHECK, TEST)
    for message in said[3:]:
        assert "the old answer still counts here" in message, message


def test_an_answer_cell_never_run_in_this_kernel_is_asked_for_by_name():
    said = run(SETUP, TEST)
    assert "Python does not know 'named_sentences' yet" in said[1] and "did not run" not in said[1]
    assert "named_sentences =" in said[1]


def test_an_answer_saved_under_another_name_is_named():
    """The answer cell ran, but the student changed its name: the test cannot find the one it looks for."""
    said = run(SETUP, "named_sentence = {2, 3, 8}", TEST)
    assert "'named_sentence'" in said[2] and "'named_sentences'" in said[2] and "cells above" not in said[2]


@pytest.mark.parametrize("unknown", ["article", "check"])
def test_a_name_the_lesson_sets_up_is_not_called_an_answer(unknown):
    """After a restart, a cell that needs the lesson's first cell: run the cells above, never "your answer cell
    starts with check =", which no answer cell does."""
    said = run("from medialit.lesson.answers import expect_sentence_set", f"{unknown}")
    assert f"Python does not know {unknown!r} yet: run the cells above this one" in said[1]
    assert "answer cell" not in said[1]

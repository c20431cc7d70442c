"""Feedback pages from the real nbgrader cycle: each exercise named, its score once, the penalty explained, no key."""

from __future__ import annotations

import re

import nbformat
import pytest

from conftest import fill_answers, key_fragments, sample_submissions, visible_text
from medialit.course import copy_course, course_api, run

LESSON = "02-state-media-framing"
STUDENT = "half_right"


@pytest.fixture(scope="module")
def feedback(tmp_path_factory):
    """(page text, page HTML, generate_feedback's log) for a half-right submission of lesson 2."""
    root = copy_course(tmp_path_factory.mktemp("feedback"))
    api = course_api(root)
    run(api.generate_assignment(LESSON))
    folder = root / "submitted" / STUDENT / LESSON
    folder.mkdir(parents=True)
    for notebook in (root / "lessons" / LESSON).glob("*.ipynb"):
        nbformat.write(fill_answers(notebook, sample_submissions(LESSON)[STUDENT]["answers"]), folder / notebook.name)
    run(api.autograde(LESSON, STUDENT))
    log = run(api.generate_feedback(LESSON, STUDENT))["log"]
    page = next((root / "feedback" / STUDENT / LESSON).glob("*.html")).read_text()
    return visible_text(page), page, log


def test_each_exercise_is_named_with_its_score_shown_once(feedback):
    text, _, _ = feedback
    assert "Test cell" not in text and "Score:" not in text
    assert text.count("Exercise 5: who is missing? — 0.33 of 1 point") == 1
    assert text.count("Exercise 1: sort ten voices into groups — 1.2 of 2 points") == 1
    assert "Exercise 2: what is at stake? — 0 of 1 point, marked by your teacher" in text


def test_the_raw_score_is_not_shown(feedback):
    text, _, _ = feedback
    assert not re.search(r"0\.3333", text)
    assert not re.search(r"Out\[\d+\]:\s*[\d.]+\s*$", text, flags=re.MULTILINE)


def test_the_penalty_for_a_wrong_pick_is_explained(feedback):
    text, _, _ = feedback
    rule = re.search(r"who is missing\? — 0\.33 of 1 point\s*How it was scored: ([^\n]+)", text)
    assert rule and "takes one share away" in rule[1]
    assert "A wrong label earns nothing, but takes nothing away" in text  # the owners exercise has no penalty


def test_no_hidden_test_or_key_on_the_page(feedback):
    text, page, _ = feedback
    for fragment in key_fragments(LESSON):
        assert fragment not in text and fragment not in page


def test_generate_feedback_gives_no_config_warning(feedback):
    _, _, log = feedback
    assert "display_data_priority" not in log and "not recognized" not in log

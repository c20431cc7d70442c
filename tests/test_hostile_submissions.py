"""Broken and hostile submissions: nbgrader grades what it can, flags the rest, and loses nothing.

The cases and their expected outcomes are in simulated_class.py; all of them
are autograded in ONE batch, so no case may stop the others.
"""

from __future__ import annotations

import pytest
from nbgrader.api import Gradebook, MissingEntry

from simulated_class import FULL, HOSTILE, LESSON


def scores(root, student) -> dict[str, float] | None:
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        try:
            return {grade_id: gradebook.find_grade(grade_id, LESSON, LESSON, student).score for grade_id in FULL}
        except MissingEntry:
            return None


@pytest.mark.parametrize("student", HOSTILE)
def test_outcome(hostile_class, student):
    root, _, _ = hostile_class
    expected = HOSTILE[student].expected
    got = scores(root, student)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected, abs=1e-3)


def test_no_submission_is_lost_or_changed(hostile_class):
    _, handed_in, _ = hostile_class
    for student, (path, data) in handed_in.items():
        assert path.read_bytes() == data, student


def test_the_batch_reports_what_it_could_not_grade(hostile_class):
    root, _, batch = hostile_class
    assert not batch["success"]
    for student, case in HOSTILE.items():
        graded = (root / "autograded" / student / LESSON / f"{LESSON}.ipynb").exists()
        assert graded == (case.autograded and case.folder == LESSON), student
        if case.folder == LESSON and case.filename == f"{LESSON}.ipynb" and not case.autograded:
            assert f"for student '{student}'" in batch["log"]


def test_enormous_output_is_truncated_in_the_graded_notebook(hostile_class):
    root, _, _ = hostile_class
    autograded = root / "autograded" / "enormous_output" / LESSON / f"{LESSON}.ipynb"
    assert autograded.stat().st_size < 500_000
    assert "Output truncated" in autograded.read_text()

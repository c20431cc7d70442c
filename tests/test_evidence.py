"""Submissions are evidence: the graded copy is kept with its hash, and the report re-checks that copy."""

from __future__ import annotations

import json

import nbformat
import pytest

from conftest import sample_submissions, with_answers
from medialit.classroom import evidence
from medialit.classroom.course import copy_course, course_api, run
from medialit.classroom.report import needs_attention

LESSON = "00-start-here"
CASES = sample_submissions(LESSON)


@pytest.fixture
def graded_course(tmp_path):
    """One student's wrong answers, autograded: (course root, the submitted file)."""
    copy_course(tmp_path)
    api = course_api(tmp_path)
    run(api.generate_assignment(LESSON))
    release = nbformat.read(tmp_path / "lessons" / LESSON / f"{LESSON}.ipynb", as_version=4)
    submitted = tmp_path / "submitted" / "ada" / LESSON / f"{LESSON}.ipynb"
    submitted.parent.mkdir(parents=True)
    nbformat.write(with_answers(release, CASES["all_wrong"]["answers"]), submitted)
    run(api.autograde(LESSON, "ada"))
    return tmp_path, submitted


def test_grading_keeps_a_copy_of_what_it_graded_with_its_hash(graded_course):
    root, submitted = graded_course
    kept = root / "evidence" / "ada" / LESSON
    manifest = json.loads((kept / evidence.MANIFEST).read_text())
    assert (kept / submitted.name).read_bytes() == submitted.read_bytes()
    assert manifest == {submitted.name: evidence.sha256(submitted)}
    assert evidence.graded_copy(submitted) == kept / submitted.name


def test_a_file_changed_after_grading_is_flagged_and_the_graded_copy_re_checked(graded_course):
    """Swapping in right answers after grading neither changes the re-check nor passes unnoticed."""
    root, submitted = graded_course
    right = with_answers(nbformat.read(submitted, as_version=4), CASES["solution"]["answers"])
    nbformat.write(right, submitted)
    problems = [item.problem for item in needs_attention(root, LESSON)]
    assert problems == [f"{submitted.name} in submitted/ changed after grading; the report re-checked the copy that "
                        "was graded"]


def test_a_kept_copy_that_no_longer_matches_its_hash_is_not_trusted(graded_course):
    root, submitted = graded_course
    (root / "evidence" / "ada" / LESSON / submitted.name).write_text("{}")
    problems = [item.problem for item in needs_attention(root, LESSON)]
    assert problems == [f"the kept copy of {submitted.name} no longer matches its hash, so it was not re-checked; "
                        "grade this lesson again"]


def test_verify_says_when_a_file_changed_during_grading(tmp_path, caplog):
    notebook = tmp_path / "submitted" / "ada" / LESSON / "x.ipynb"
    notebook.parent.mkdir(parents=True)
    notebook.write_text("before")
    evidence.record(notebooks=[str(notebook)], assignment=LESSON, student="ada")
    evidence.verify(notebooks=[str(notebook)])
    assert "changed while it was graded" not in caplog.text
    notebook.write_text("after")
    evidence.verify(notebooks=[str(notebook)])
    assert "changed while it was graded" in caplog.text

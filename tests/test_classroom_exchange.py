"""A class on one machine through nbgrader's filesystem exchange, from release to the feedback students fetch.

Teacher: release_assignment, collect, autograde, generate_feedback, release_feedback.
Students, each in their own home folder: fetch_assignment, edit, submit, fetch_feedback.
"""

from __future__ import annotations

import nbformat
import pytest
from nbgrader.api import Gradebook

from conftest import fill_answers, key_fragments, nbgrader_cli, sample_submissions, visible_text
from medialit.course import copy_course, course_api, run

LESSON = "00-start-here"
STUDENTS = {"ada": "solution", "ben": "half_right", "cleo": "untouched", "dev": None}  # dev hands in a broken file
BROKEN = b'{"cells": [ this is not a notebook'


def own_cache(home) -> list[str]:
    """nbgrader remembers submissions per Unix account; here all students share one, so each gets its own cache."""
    return [f"--Exchange.cache={home / '.nbgrader_cache'}"]


@pytest.fixture(scope="module")
def classroom(tmp_path_factory):
    base = tmp_path_factory.mktemp("classroom")
    exchange, teacher = base / "exchange", copy_course(base / "teacher")
    exchange.mkdir()
    flags = [f"--Exchange.root={exchange}", "--course=medialit"]
    api = course_api(teacher, {"Exchange": {"root": str(exchange)}, "ExchangeCollect": {"check_owner": False}})
    run(api.generate_assignment(LESSON))
    run(api.release_assignment(LESSON))

    cases = sample_submissions(LESSON)
    homes = {}
    for student, case in STUDENTS.items():
        home = homes[student] = base / "home" / student
        home.mkdir(parents=True)
        fetched = nbgrader_cli("fetch_assignment", LESSON, *flags, *own_cache(home), cwd=home)
        assert fetched.returncode == 0, fetched.stderr
        notebook = home / LESSON / f"{LESSON}.ipynb"
        if case is None:
            notebook.write_bytes(BROKEN)
        else:
            nbformat.write(fill_answers(notebook, cases[case]["answers"]), notebook)
        submitted = nbgrader_cli("submit", LESSON, *flags, *own_cache(home), f"--CourseDirectory.student_id={student}", cwd=home)
        assert submitted.returncode == 0, submitted.stderr

    run(api.collect(LESSON))
    batch = api.autograde(LESSON, "*")
    run(api.generate_feedback(LESSON))
    run(api.release_feedback(LESSON))
    for student, home in homes.items():
        nbgrader_cli("fetch_feedback", LESSON, *flags, *own_cache(home), f"--CourseDirectory.student_id={student}", cwd=home)
    return teacher, homes, batch


def test_every_submission_is_collected_and_none_is_lost(classroom):
    teacher, _, _ = classroom
    for student in STUDENTS:
        assert (teacher / "submitted" / student / LESSON / f"{LESSON}.ipynb").is_file(), student
    assert (teacher / "submitted" / "dev" / LESSON / f"{LESSON}.ipynb").read_bytes() == BROKEN


def test_scores_match_what_each_submission_deserves(classroom):
    teacher, _, _ = classroom
    cases = sample_submissions(LESSON)
    with Gradebook(f"sqlite:///{teacher / 'gradebook.db'}") as gradebook:
        for student, case in STUDENTS.items():
            if case is None:
                continue
            for grade_id, expected in cases[case]["scores"].items():
                grade = gradebook.find_grade(grade_id, LESSON, LESSON, student)
                assert grade.score == pytest.approx(expected, abs=1e-3), (student, grade_id)


def test_a_broken_file_is_flagged_and_does_not_stop_the_batch(classroom):
    teacher, _, batch = classroom
    assert not batch["success"], "nbgrader should report the submission it could not read"
    assert "dev" in batch["log"]
    for student in ("ada", "ben", "cleo"):
        assert (teacher / "autograded" / student / LESSON / f"{LESSON}.ipynb").is_file(), student
    assert not (teacher / "autograded" / "dev" / LESSON / f"{LESSON}.ipynb").exists()


def test_students_fetch_feedback_that_holds_no_answer_key(classroom):
    _, homes, _ = classroom
    fragments = key_fragments(LESSON)
    for student in ("ada", "ben", "cleo"):
        pages = list((homes[student] / LESSON / "feedback").glob(f"*/{LESSON}.html"))
        assert len(pages) == 1, student
        text = visible_text(pages[0].read_text())
        assert "Score" in text or "score" in text
        leaked = [f for f in fragments if f in text and not (student == "ada" and f.startswith("{"))]
        assert not leaked, (student, leaked)

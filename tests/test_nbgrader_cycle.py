"""The whole nbgrader cycle on a temporary copy of the course: generate, submit, autograde, feedback.

Each sample submission in fixtures/submissions/ says what every autograded
test cell must score. One batch grades them all, so a broken submission must
not stop the others.
"""

from __future__ import annotations

import html
import re

import nbformat
import pytest
from nbgrader.api import Gradebook

from conftest import fill_answers, sample_submissions
from medialit.classroom.course import copy_course, course_api, lesson_names, run

LESSONS = lesson_names()
#: Short, so the endless-loop submission costs seconds, not the course's 30.
TEST_TIMEOUT = 5


@pytest.fixture(scope="module", params=LESSONS)
def graded_course(request, tmp_path_factory):
    """A course where every sample submission of one lesson has been autograded."""
    lesson = request.param
    root = copy_course(tmp_path_factory.mktemp(lesson))
    api = course_api(root, {"Execute": {"timeout": TEST_TIMEOUT}})
    run(api.generate_assignment(lesson))
    release = root / "lessons" / lesson
    submissions = sample_submissions(lesson)
    for student, case in submissions.items():
        folder = root / "submitted" / student / lesson
        folder.mkdir(parents=True)
        for notebook in release.glob("*.ipynb"):
            nbformat.write(fill_answers(notebook, case["answers"]), folder / notebook.name)
    batch = api.autograde(lesson, "*")
    return lesson, root, api, submissions, batch


def test_the_batch_grades_every_submission(graded_course):
    lesson, root, _, submissions, batch = graded_course
    assert batch["success"], batch.get("log")
    for student in submissions:
        assert list((root / "autograded" / student / lesson).glob("*.ipynb")), student


@pytest.mark.parametrize("student", ["solution", "untouched", "half_right", "all_wrong", "wrong_form", "syntax_error", "endless_loop"])
def test_each_exercise_scores_what_the_submission_deserves(graded_course, student):
    lesson, root, _, submissions, _ = graded_course
    expected = submissions[student]["scores"]
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        for notebook in (root / "lessons" / lesson).glob("*.ipynb"):
            for grade_id, score in expected.items():
                grade = gradebook.find_grade(grade_id, notebook.stem, lesson, student)
                assert grade.score == pytest.approx(score, abs=1e-3), (student, grade_id)


def test_every_further_sample_submission_scores_what_it_deserves(graded_course):
    """The cases a lesson's fixture adds to the seven above (the hostile marks of lesson 2, say), graded in the same
    batch: no new batch, so CI time grows only by the submissions themselves."""
    lesson, root, _, submissions, _ = graded_course
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        got = {student: {grade_id: round(gradebook.find_grade(grade_id, notebook.stem, lesson, student).score, 4)
                         for notebook in (root / "lessons" / lesson).glob("*.ipynb") for grade_id in case["scores"]}
               for student, case in submissions.items()}
    assert got == {student: pytest.approx(case["scores"], abs=1e-3) for student, case in submissions.items()}


def test_the_solution_gets_full_marks_and_the_written_answer_waits_for_a_teacher(graded_course):
    lesson, root, _, _, _ = graded_course
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        submission = gradebook.find_submission(lesson, "solution")
        grades = [grade for notebook in submission.notebooks for grade in notebook.grades]
        autograded = [grade for grade in grades if not grade.needs_manual_grade]
        assert sum(g.score for g in autograded) == sum(g.max_score for g in autograded) > 0
        if not lesson.startswith("skill-check-"):  # six autograded items and nothing else
            assert any(grade.needs_manual_grade for grade in grades), "the free-response answer needs a teacher"


def test_feedback_is_generated_for_every_student(graded_course):
    lesson, root, api, submissions, _ = graded_course
    run(api.generate_feedback(lesson))
    for student in submissions:
        pages = list((root / "feedback" / student / lesson).glob("*.html"))
        assert pages, student
        assert re.search(r"Your feedback on \S+: [\d.]+ of [\d.]+ points", pages[0].read_text())
        said = re.findall(r'class="medialit-part-credit"[^>]*>Part credit: ([^<]*)</p>', pages[0].read_text())
        expected = [reason for reasons in submissions[student].get("part_credit", {}).values() for reason in reasons]
        assert [html.unescape(reason) for reason in said] == expected, student  # the key's reason, from the gradebook

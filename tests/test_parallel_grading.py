"""`medialit grade LESSON --workers N` (medialit/parallel_grading.py) against a throwaway PostgreSQL gradebook.

The same sample submissions are graded twice, each time in a fresh copy of the course: once by nbgrader
alone, one after another, and once by `grade_class` with two workers. Grades, comments and feedback pages
must be identical. On SQLite, one worker runs and the command says why.
"""

from __future__ import annotations

import sqlite3

import nbformat
import pytest
from nbgrader.api import Gradebook

from conftest import fill_answers, nbgrader_cli, sample_submissions
from medialit.classroom.cli import main
from medialit.classroom.course import COURSE_ROOT, copy_course, course_api, gradebook_url, run
from medialit.classroom.parallel_grading import SQLITE_NOTE, grade_class
from postgres_server import throwaway_postgres

LESSON = "00-start-here"
#: Right, half right, a slip in form and a cell that will not run: enough to tell grades apart, and quick.
STUDENTS = ["solution", "half_right", "wrong_form", "syntax_error"]


def _course_with_submissions(folder, db_url: str | None = None, students: list[str] = STUDENTS, broken: bool = False):
    root = copy_course(folder)
    if db_url:
        with (root / "nbgrader_config.py").open("a") as config:
            config.write(f"\nc.CourseDirectory.db_url = {db_url!r}\n")
    run(course_api(root, {"CourseDirectory": {"db_url": db_url}} if db_url else None).generate_assignment(LESSON))
    cases = sample_submissions(LESSON)
    for student in students:
        folder = root / "submitted" / student / LESSON
        folder.mkdir(parents=True)
        notebook = root / "lessons" / LESSON / f"{LESSON}.ipynb"
        nbformat.write(fill_answers(notebook, cases[student]["answers"]), folder / notebook.name)
    if broken:  # a file that is not a notebook: flagged, and the others are graded
        (root / "submitted" / "broken" / LESSON).mkdir(parents=True)
        (root / "submitted" / "broken" / LESSON / f"{LESSON}.ipynb").write_text('{"cells": [ not a notebook')
    return root


def _grades(root) -> dict:
    with Gradebook(gradebook_url(root)) as gradebook:
        return {(student, grade.name): (grade.auto_score, grade.manual_score)
                for student in STUDENTS
                for grade in gradebook.find_submission_notebook(LESSON, LESSON, student).grades}


def _feedback(root) -> dict:
    assert nbgrader_cli("generate_feedback", LESSON, cwd=root).returncode == 0
    return {student: (root / "feedback" / student / LESSON / f"{LESSON}.html").read_text() for student in STUDENTS}


@pytest.fixture(scope="module")
def sequential_and_parallel(tmp_path_factory):
    with throwaway_postgres(["sequential", "parallel"]) as urls:
        one = _course_with_submissions(tmp_path_factory.mktemp("sequential"), urls["sequential"], broken=True)
        assert "broken" in nbgrader_cli("autograde", LESSON, cwd=one).stderr
        two = _course_with_submissions(tmp_path_factory.mktemp("parallel"), urls["parallel"], broken=True)
        said = []
        status = grade_class(two, LESSON, workers=2, say=said.append)
        yield {"grades": (_grades(one), _grades(two)), "feedback": (_feedback(one), _feedback(two)),
               "status": status, "said": said, "parallel_root": two}


def test_two_workers_grade_every_submission_and_show_progress(sequential_and_parallel):
    assert sequential_and_parallel["status"] == {**{student: 0 for student in STUDENTS}, "broken": 1}
    said, total = sequential_and_parallel["said"], len(STUDENTS) + 1
    assert said[0] == f"Grading {total} submissions of {LESSON} with 2 workers."
    graded = sorted(line.split("] ", 1)[1] for line in said[1:] if "NOT graded" not in line)
    assert graded == sorted(f"{s}: graded" for s in STUDENTS)
    [flagged] = [line for line in said if "NOT graded" in line]
    assert "broken: NOT graded: see " in flagged and "worker-" in flagged
    assert [line.split("]")[0] for line in said[1:]] == [f"[{n}/{total}" for n in range(1, total + 1)]


def test_parallel_grades_are_exactly_the_sequential_grades(sequential_and_parallel):
    sequential, parallel = sequential_and_parallel["grades"]
    assert len(sequential) > len(STUDENTS)  # several graded cells per student
    assert parallel == sequential


def test_parallel_feedback_is_exactly_the_sequential_feedback(sequential_and_parallel):
    sequential, parallel = sequential_and_parallel["feedback"]
    assert parallel == sequential


def test_the_report_reads_the_gradebook_where_the_course_keeps_it(sequential_and_parallel, tmp_path, capsys):
    """`medialit report` in a course whose gradebook is in PostgreSQL: no gradebook.db, the same report."""
    root = sequential_and_parallel["parallel_root"]
    assert not (root / "gradebook.db").exists()
    assert main(["report", LESSON, "--course", str(root), "--out", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert "named_sentences" in printed and "There is no gradebook" not in printed


def test_on_sqlite_one_worker_runs_and_the_teacher_is_told_why(tmp_path):
    one = STUDENTS[:1]
    root = _course_with_submissions(tmp_path / "course", students=one)
    said = []
    status = grade_class(root, LESSON, workers=2, say=said.append)
    assert said[0] == SQLITE_NOTE
    assert said[1] == f"Grading 1 submission of {LESSON} with 1 worker."
    assert status == {student: 0 for student in one}


def test_graded_before_regraded_when_handed_in_again_and_never_graded_are_told_apart(tmp_path):
    """The outcome comes from what nbgrader wrote during this batch: skipped work is "graded before", a newer hand-in
    is graded again, and a notebook nbgrader could not grade is "NOT graded" even though it was graded before."""
    root = _course_with_submissions(tmp_path / "course", students=STUDENTS[:3])
    for student in STUDENTS[:3]:
        (root / "submitted" / student / LESSON / "timestamp.txt").write_text("2025-01-06 09:00:00")
    assert grade_class(root, LESSON, workers=1, say=lambda line: None) == {student: 0 for student in STUDENTS[:3]}
    again, broken = STUDENTS[1], STUDENTS[2]
    for student in (again, broken):  # both hand in again, later; one of them a file that is not a notebook
        (root / "submitted" / student / LESSON / "timestamp.txt").write_text("2025-01-07 09:00:00")
    (root / "submitted" / broken / LESSON / f"{LESSON}.ipynb").write_text('{"cells": [ not a notebook')
    said = []
    status = grade_class(root, LESSON, workers=1, say=said.append)
    assert status == {STUDENTS[0]: 0, again: 0, broken: 1}
    outcomes = dict(line.split("] ", 1)[1].split(": ", 1) for line in said[1:])
    assert outcomes[STUDENTS[0]] == "graded before (medialit grade --force grades it again)"
    assert outcomes[again] == "graded" and outcomes[broken].startswith("NOT graded: see ")


def test_a_lesson_the_course_does_not_have_stops_grading_with_one_sentence_naming_those_it_has(tmp_path, capsys):
    root = copy_course(tmp_path / "course")
    (root / "submitted" / "ada" / "99-no-such-lesson").mkdir(parents=True)
    assert main(["grade", "99-no-such-lesson", "--course", str(root)]) == 2
    said = capsys.readouterr().err
    assert said.startswith(f"There is no lesson called 99-no-such-lesson in {root / 'solutions'}: check its name (the "
                           "lessons there: 00-start-here, 01-unnamed-sources, ")
    assert said.count("\n") == 1 and "Traceback" not in said
    assert not (root / "autograde-logs").exists()


def test_a_lesson_handed_out_from_lessons_is_graded_and_a_new_gradebook_is_told_apart_from_graded_before(tmp_path):
    """Item 3: the lesson reached students straight from lessons/, so the gradebook has never heard of it: grading
    puts it there from solutions/ and grades. Item 4: the course then moves to another gradebook (its db_url), which
    is empty: the students nbgrader skips are not "graded before" here, and --force grades them into it."""
    root = copy_course(tmp_path / "course")
    notebook = COURSE_ROOT / "lessons" / LESSON / f"{LESSON}.ipynb"
    for student in STUDENTS[:2]:
        (root / "submitted" / student / LESSON).mkdir(parents=True)
        nbformat.write(fill_answers(notebook, sample_submissions(LESSON)[student]["answers"]),
                       root / "submitted" / student / LESSON / notebook.name)
    said = []
    assert grade_class(root, LESSON, workers=1, say=said.append) == {student: 0 for student in STUDENTS[:2]}
    assert said[0] == f"{LESSON} was not in the gradebook yet: it is now, from {root / 'solutions' / LESSON}."
    assert not (root / "lessons").exists()  # what the students have is not touched (here: not made)
    with (root / "nbgrader_config.py").open("a") as config:
        config.write(f"\nc.CourseDirectory.db_url = 'sqlite:///{root / 'new.db'}'\n")
    said.clear()
    assert grade_class(root, LESSON, workers=1, say=said.append) == {student: 1 for student in STUDENTS[:2]}
    for student in STUDENTS[:2]:
        assert f"{student}: NOT graded: graded into another gradebook before (medialit grade --force grades it into " \
               "this one)" in "\n".join(said)
    said.clear()
    with sqlite3.connect(root / "new.db") as new:  # as nbgrader leaves it when alembic is not on the PATH
        new.execute("DROP TABLE alembic_version")
    assert main(["grade", LESSON, "--force", "--course", str(root)]) == 0
    with sqlite3.connect(root / "new.db") as new:
        assert new.execute("SELECT version_num FROM alembic_version").fetchall()
    with Gradebook(f"sqlite:///{root / 'new.db'}", "medialit") as gradebook:
        assert {s.student_id for s in gradebook.find_assignment(LESSON).submissions} == set(STUDENTS[:2])

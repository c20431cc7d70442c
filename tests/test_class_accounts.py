"""A class on one shared machine, set up the way the teacher guide says, run from the learner's view in Chromium.

The recipe (docs/teacher-guide.md, "A class on one shared machine"): one install every account can run,
`medialit class-setup` (nbgrader's exchange folder, open to every account, and the settings every account
reads), a private home for each student, and the course folder in the teacher's home.

Then the class: the teacher releases 00-start-here; ada fetches it, answers and submits it in JupyterLab's
learner view (nbgrader's Assignment List) in Chromium; ben (half right) and cleo (untouched) do the same
from the command line; the teacher collects, autogrades, generates and releases feedback; ada fetches and
reads her feedback in the browser, the others from the command line. Each gets their own feedback only.

As root, with a Python every account can run, each person is a real Unix account, made for this test and
removed after it, so permissions are tested too. Elsewhere everyone is the same account with a separate
home, nbgrader cache and user name: the settings are tested, the permissions cannot be, and those tests
say why.
"""

from __future__ import annotations

import contextlib
import subprocess

import nbformat
import pytest
from nbgrader.api import Gradebook
from playwright.sync_api import sync_playwright

from conftest import fill_answers, key_fragments, sample_submissions, visible_text
from class_accounts import (BIN, Class, answer_in_the_browser, class_folder, fetch_feedback_in_the_browser, set_up,
                            write_as)
from jupyterlab_session import jupyter_lab, launch_chromium

LESSON = "00-start-here"
CASES = {"ada": "solution", "ben": "half_right", "cleo": "untouched"}
#: dev hands in a file that is not a notebook: it is flagged, and the rest of the class is graded.
BROKEN = b'{"cells": [ this is not a notebook'
ALL = [*CASES, "dev"]
@pytest.fixture(scope="module")
def school():
    """The whole class, run once; every server, browser and account is gone afterwards."""
    with class_folder() as base:
        school = set_up(base, ALL)
        teacher, course = school.teacher, school.course
        teacher.nbgrader("generate_assignment", LESSON, cwd=course)
        teacher.nbgrader("release_assignment", LESSON, cwd=course)

        cases = sample_submissions(LESSON)
        ada = school.students["ada"]
        with contextlib.ExitStack() as stack:
            base_url, token = stack.enter_context(jupyter_lab(
                ada.home, ada.home, env=ada.env(), run_as=ada.run_as))
            playwright = stack.enter_context(sync_playwright())
            browser = launch_chromium(playwright)
            stack.callback(browser.close)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            answer_in_the_browser(page, base_url, token, LESSON, cases[CASES["ada"]]["answers"])

            for name in ("ben", "cleo"):
                student = school.students[name]
                student.nbgrader("fetch_assignment", LESSON)
                notebook = student.home / LESSON / f"{LESSON}.ipynb"
                filled = fill_answers(notebook, cases[CASES[name]]["answers"])
                write_as(student, notebook, nbformat.writes(filled))
                student.nbgrader("submit", LESSON)
            dev = school.students["dev"]
            dev.nbgrader("fetch_assignment", LESSON)
            write_as(dev, dev.home / LESSON / f"{LESSON}.ipynb", BROKEN.decode())
            dev.nbgrader("submit", LESSON)

            if school.real_accounts is None:  # ben hands in his notebook under ada's name, after her
                ada_name = school.students["ada"].name
                school.students["ben"].nbgrader("submit", LESSON, f"--CourseDirectory.student_id={ada_name}")
            collect = ["collect", LESSON] + ([] if school.real_accounts is None else ["--ExchangeCollect.check_owner=False"])
            school.collect_log = teacher.nbgrader(*collect, cwd=course).stderr
            school.autograde = teacher.run(str(BIN / "nbgrader"), "autograde", LESSON, cwd=course)
            teacher.nbgrader("generate_feedback", LESSON, cwd=course)
            teacher.nbgrader("release_feedback", LESSON, cwd=course)

            school.browser_text["ada"] = fetch_feedback_in_the_browser(page, base_url, token, ada.home, LESSON)
            for name in ("ben", "cleo"):
                school.students[name].nbgrader("fetch_feedback", LESSON)
        yield school


def _own_page(school: Class, name: str) -> bytes:
    """The feedback page the teacher generated for ``name``."""
    return (school.course / "feedback" / school.students[name].name / LESSON / f"{LESSON}.html").read_bytes()


def test_the_setup_gives_every_account_the_exchange_and_the_course(school):
    settings = (school.teacher.settings / "nbgrader_config.py").read_text()
    assert f"c.Exchange.root = {str(school.exchange)!r}" in settings
    assert "c.CourseDirectory.course_id = 'medialit'" in settings
    assert school.exchange.stat().st_mode & 0o777 == 0o777


def test_every_student_hands_in_and_the_teacher_collects_every_submission(school):
    for student in school.students.values():
        assert (school.course / "submitted" / student.name / LESSON / f"{LESSON}.ipynb").is_file(), student.name


def test_each_score_is_what_the_submission_deserves(school):
    cases = sample_submissions(LESSON)
    with Gradebook(f"sqlite:///{school.course / 'gradebook.db'}") as gradebook:
        for name, case in CASES.items():
            for grade_id, expected in cases[case]["scores"].items():
                grade = gradebook.find_grade(grade_id, LESSON, LESSON, school.students[name].name)
                assert grade.score == pytest.approx(expected, abs=1e-3), (name, grade_id)


def test_ada_reads_her_own_feedback_in_the_learner_view(school):
    text = school.browser_text["ada"]
    assert "named_sentences = {2, 3, 8}" in text
    assert sample_submissions(LESSON)["half_right"]["answers"]["answer_named_sentences"] not in text


def test_each_student_fetches_their_own_feedback_and_no_one_elses(school):
    for name in CASES:
        student = school.students[name]
        [fetched] = (student.home / LESSON / "feedback").glob(f"*/{LESSON}.html")
        assert fetched.read_bytes() == _own_page(school, name), name
        others = [_own_page(school, other) for other in CASES if other != name]
        assert fetched.read_bytes() not in others, name


def test_a_broken_file_is_flagged_and_the_rest_of_the_class_is_graded(school):
    dev = school.students["dev"].name
    assert (school.course / "submitted" / dev / LESSON / f"{LESSON}.ipynb").read_bytes() == BROKEN
    assert school.autograde.returncode != 0, "nbgrader should report the submission it could not read"
    assert dev in school.autograde.stdout + school.autograde.stderr
    assert not (school.course / "autograded" / dev / LESSON).exists()
    for name in CASES:
        assert (school.course / "autograded" / school.students[name].name / LESSON / f"{LESSON}.ipynb").is_file()


def test_no_feedback_page_holds_the_answer_key(school):
    for name in CASES:
        text = visible_text(_own_page(school, name).decode())
        leaked = [f for f in key_fragments(LESSON) if f in text and not (name == "ada" and f.startswith("{"))]
        assert not leaked, (name, leaked)


def _ben_tries(school: Class, *command: str) -> subprocess.CompletedProcess:
    if school.real_accounts is not None:
        pytest.skip(f"Permissions need real accounts: {school.real_accounts}.")
    return school.students["ben"].run(*command)


def test_work_handed_in_under_another_students_name_is_not_collected(school):
    if school.real_accounts is not None:
        pytest.skip(f"Ownership needs real accounts: {school.real_accounts}.")
    ada = school.students["ada"].name
    assert f"is filed under {ada} but was handed in by another account" in school.collect_log
    forged = [f for f in (school.exchange / "medialit" / "inbound").iterdir() if f.name.startswith(f"{ada}+")]
    assert len(forged) == 2  # hers and ben's; only hers was collected, so her score is a full one (above)


def test_a_student_cannot_read_another_students_work(school):
    ada_notebook = school.students["ada"].home / LESSON / f"{LESSON}.ipynb"
    assert ada_notebook.is_file()
    assert _ben_tries(school, "cat", str(ada_notebook)).returncode != 0


def test_a_student_cannot_see_the_teachers_course_folder(school):
    assert _ben_tries(school, "ls", str(school.course / "solutions")).returncode != 0
    assert _ben_tries(school, "ls", str(school.course)).returncode != 0


def test_a_student_cannot_list_what_others_handed_in_or_their_feedback(school):
    for folder in ("inbound", "feedback"):
        assert (school.exchange / "medialit" / folder).is_dir()
        assert _ben_tries(school, "ls", str(school.exchange / "medialit" / folder)).returncode != 0

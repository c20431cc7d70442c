"""Links and forged times through the exchange, between real Unix accounts, by nbgrader's command line.

The teacher generates and releases lesson 1 and both skill-check forms; ada hands in lesson 1 right, with a
private file beside her notebook. ben, cy and dee hand in lesson 1 (by hand: a student needs no nbgrader to
make a folder in the exchange) and then reach past their hand-in: ben
points his notebook at the teacher's solution notebook and files, under ada's name and a later time, a link
to ada's lesson folder; cy's notebook becomes a second name (a hard link) of the teacher's solution; dee
hides a link to it two folders down. ben also takes skill-check-a, writes garbage into its timestamp.txt,
then takes skill-check-b and dates it (its timestamp.txt and its name) before the first, to swap before and
after in `medialit gain`. The teacher releases, collects, grades and returns feedback by typing the teacher guide's
commands (read from the guide, class_accounts.py), and runs `medialit gain`, as the teacher account; nothing
but `medialit release` puts a lesson in the gradebook (the skill-check forms reach it when they are graded).

(The hard link is made by root: this machine's fs.protected_hardlinks stops a student making it, but not
every machine has that on.) The other ways a hand-in can reach past itself are in test_collect.py.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook
from nbgrader.utils import parse_utc

from class_accounts import Class, Person, class_folder, set_up, write_as
from conftest import fill_answers, sample_submissions

LESSON = "01-unnamed-sources"
FORMS = ("skill-check-a", "skill-check-b")
ATTACKERS = ("ben", "cy", "dee")
LATER = "2099-01-01 00:00:00.000000 UTC"
FORGED = "2020-01-01 00:00:00.000000 UTC"
PRIVATE = "ada's diary: not for anyone else"


def _notebook(assignment: str) -> str:
    return f"{assignment}.ipynb"


def _answered(school: Class, assignment: str, case: str) -> str:
    """The released notebook with the sample submission ``case`` typed in."""
    answers = sample_submissions(assignment)[case]["answers"]
    return nbformat.writes(fill_answers(school.course / "lessons" / assignment / _notebook(assignment), answers))


def hand_in(school: Class, student: Person, assignment: str, case: str) -> Path:
    """As an honest student: fetch, answer and submit with nbgrader; returns the inbound entry."""
    student.nbgrader("fetch_assignment", assignment)
    write_as(student, student.home / assignment / _notebook(assignment), _answered(school, assignment, case))
    student.nbgrader("submit", assignment)
    [entry] = _inbound(school).glob(f"{student.name}+{assignment}+*")
    return entry


def make_hand_in(school: Class, student: Person, assignment: str, case: str) -> Path:
    """As a student who needs no nbgrader to hand in: the inbound entry, made by hand as `submit` would."""
    entry = _inbound(school) / f"{student.name}+{assignment}+{datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S.%f} UTC+{os.urandom(6).hex()}"
    as_student(student, "mkdir", str(entry))
    write_as(student, entry / _notebook(assignment), _answered(school, assignment, case))
    write_as(student, entry / "timestamp.txt", f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S.%f} UTC")
    return entry


def as_student(student: Person, *command: str) -> None:
    done = student.run(*command)
    assert done.returncode == 0, f"{student.name}: {' '.join(command)}: {done.stderr}"


def _inbound(school: Class) -> Path:
    return school.exchange / "medialit" / "inbound"


@pytest.fixture(scope="module")
def school(class_install):
    with class_folder() as base:
        school = set_up(base, ["ada", *ATTACKERS], class_install)
        if school.real_accounts is not None:
            pytest.skip(f"a student's link is only dangerous between real accounts: {school.real_accounts}.")
        teacher, course = school.teacher, school.course
        students = school.students
        school.teacher_types("shared-machine release", LESSON)  # for ada; the others need no release
        solution = course / "solutions" / LESSON / _notebook(LESSON)

        hand_in(school, students["ada"], LESSON, "solution")
        write_as(students["ada"], students["ada"].home / LESSON / "diary.txt", PRIVATE)

        ben, inbound = students["ben"], _inbound(school)
        ben_entry = make_hand_in(school, ben, LESSON, "half_right")
        as_student(ben, "ln", "-sf", str(solution), str(ben_entry / _notebook(LESSON)))
        as_student(ben, "ln", "-s", str(students["ada"].home / LESSON), str(inbound / f"{students['ada'].name}+{LESSON}+{LATER}+x"))
        cy_entry = make_hand_in(school, students["cy"], LESSON, "half_right")
        (cy_entry / _notebook(LESSON)).unlink()
        os.link(solution, cy_entry / _notebook(LESSON))  # root stands in for a machine without protected_hardlinks
        dee, dee_entry = students["dee"], make_hand_in(school, students["dee"], LESSON, "half_right")
        as_student(dee, "mkdir", "-p", str(dee_entry / "work" / "more"))
        as_student(dee, "ln", "-s", str(solution), str(dee_entry / "work" / "more" / _notebook(LESSON)))

        first = make_hand_in(school, ben, FORMS[0], "half_right")
        write_as(ben, first / "timestamp.txt", "the day before yesterday, honest")
        second = make_hand_in(school, ben, FORMS[1], "solution")
        write_as(ben, second / "timestamp.txt", FORGED)
        as_student(ben, "mv", str(second), str(inbound / f"{ben.name}+{FORMS[1]}+{FORGED}+forged"))

        logs = {assignment: school.teacher_types("shared-machine grade", assignment) for assignment in (LESSON, *FORMS)}
        logs["feedback"] = school.teacher_types("shared-machine feedback", LESSON)
        students["ada"].nbgrader("fetch_feedback", LESSON)
        gain = teacher.run(str(school.bin / "medialit"), "gain", "--out", str(course / "reports"), cwd=course)
        yield school, logs, gain


def _grades(school: Class, assignment: str, student: str) -> dict[str, float]:
    with Gradebook(f"sqlite:///{school.course / 'gradebook.db'}") as gradebook:
        notebook = gradebook.find_submission_notebook(assignment, assignment, school.students[student].name)
        return {grade.name: grade.score for grade in notebook.grades if grade.name in sample_submissions(assignment)["solution"]["scores"]}


def test_the_victim_keeps_full_marks_for_her_own_notebook(school):
    school, _, _ = school
    ada = school.students["ada"]
    assert _grades(school, LESSON, "ada") == pytest.approx(sample_submissions(LESSON)["solution"]["scores"], abs=1e-3)
    collected = school.course / "submitted" / ada.name / LESSON
    assert (collected / _notebook(LESSON)).read_bytes() == (ada.home / LESSON / _notebook(LESSON)).read_bytes()
    assert not (collected / "diary.txt").exists()
    clone = Path(school.places["/path/to/medialit"])  # the course is a clone of it: its own files (this test) aside
    made = [path for path in school.course.rglob("*") if path.is_file() and ".git" not in path.parts
            and not (clone / path.relative_to(school.course)).is_file()]
    assert made and not any(PRIVATE in path.read_text(errors="replace") for path in made)


def test_a_link_filed_under_another_students_name_is_not_collected_and_the_log_names_who_filed_it(school):
    school, logs, _ = school
    ada, ben = school.students["ada"].name, school.students["ben"].name
    line = next(line for line in logs[LESSON].splitlines() if f"+{LATER}+x" in line)
    assert f"is filed under {ada} but was handed in by the account {ben}." in line


@pytest.mark.parametrize("attacker, why", [("ben", "holds a link (01-unnamed-sources.ipynb)"),
                                           ("cy", "01-unnamed-sources.ipynb that belongs to another account"),
                                           ("dee", "holds a link (work/more/01-unnamed-sources.ipynb)")])
def test_an_attacker_gains_nothing_and_the_log_names_them(school, attacker, why):
    school, logs, _ = school
    name = school.students[attacker].name
    assert not (school.course / "submitted" / name / LESSON).exists()
    assert not (school.course / "autograded" / name / LESSON).exists()
    line = next(line for line in logs[LESSON].splitlines() if f"Not collected: {name}'s hand-in" in line)
    assert why in line


def test_a_garbled_or_forged_timestamp_never_stops_grading(school):
    school, _, _ = school
    for form, case in zip(FORMS, ("half_right", "solution")):
        assert _grades(school, form, "ben") == pytest.approx(sample_submissions(form)[case]["scores"], abs=1e-3), form


def test_the_times_are_the_ones_the_teachers_machine_saw(school):
    school, _, _ = school
    ben = school.students["ben"].name
    times = [parse_utc((school.course / "submitted" / ben / form / "timestamp.txt").read_text()) for form in FORMS]
    assert times[0] < times[1] and parse_utc(FORGED) not in times


def test_a_forged_time_does_not_swap_before_and_after_in_gain(school):
    school, _, gain = school
    assert gain.returncode == 0, gain.stderr
    assert "1 student paired: 1 took skill-check-a first, 0 took skill-check-b first." in gain.stdout
    assert "never by the timestamp.txt a student writes" in gain.stdout
    overall = next(line.split() for line in gain.stdout.splitlines() if line.lstrip().startswith("overall "))
    assert float(overall[4]) > 0  # half right, then right: a gain, not a loss


def test_the_guides_feedback_command_returns_each_page_through_the_exchange(school):
    school, logs, _ = school
    ada = school.students["ada"]
    [fetched] = (ada.home / LESSON / "feedback").glob(f"*/{LESSON}.html")
    assert fetched.read_bytes() == (school.course / "feedback" / ada.name / LESSON / f"{LESSON}.html").read_bytes()
    assert "Each student can now fetch their own page" in logs["feedback"]

"""`medialit report` on the simulated class: item analysis, a chart, and the submissions that need a look."""

from __future__ import annotations

import json
import shutil

import nbformat
import pandas as pd
import pytest
from PIL import Image

from medialit.classroom.cli import main
from medialit.classroom.report import grades_table, item_analysis, needs_attention, write_report
from simulated_class import HOSTILE, LESSON


@pytest.fixture(scope="module")
def analysis(hostile_class):
    root, _, _ = hostile_class
    return item_analysis(grades_table(root, LESSON)).set_index("exercise")


AUTOGRADED = [case.expected for case in HOSTILE.values() if case.expected is not None and case.autograded]
WAITING = [student for student, case in HOSTILE.items() if case.expected is not None and not case.autograded]


def test_item_analysis_counts_autograded_students_and_those_waiting_for_a_teacher(analysis):
    assert analysis.loc["named_sentences", "students"] == len(AUTOGRADED)
    assert analysis.loc["named_sentences", "waiting_for_teacher"] == len(WAITING)


def test_item_analysis_matches_the_expected_scores(analysis):
    expected = AUTOGRADED
    for exercise in ("named_sentences", "sentence_kinds"):
        scores = [e[exercise] for e in expected]
        points = max(scores + [analysis.loc[exercise, "points"]])
        assert analysis.loc[exercise, "mean_score"] == pytest.approx(sum(scores) / len(scores))
        assert analysis.loc[exercise, "full_marks"] == pytest.approx(sum(s == points for s in scores) / len(scores))
        assert analysis.loc[exercise, "zero"] == pytest.approx(sum(s == 0 for s in scores) / len(scores))


def test_attention_list_names_each_problem_once(hostile_class):
    root, _, _ = hostile_class
    flagged = {(item.student, item.problem.split(":")[0].split(" ")[0]) for item in needs_attention(root)}
    assert {student for student, _ in flagged} == {"test_moved_above_answer", "wrong_assignment_name", *WAITING}
    assert len(flagged) == len(needs_attention(root)), "one line per problem"


def test_a_right_answer_that_scored_0_is_flagged_for_the_teacher_without_blame(hostile_class):
    root, _, _ = hostile_class
    found = needs_attention(root)
    problems = [item.problem for item in found if item.student == "test_moved_above_answer"]
    assert problems == ["sentence_kinds: nbgrader gave 0 and a re-check of the answer handed in gives 2; cells moved "
                        "or deleted, or a key changed since grading, can do this, so look at it by hand"]
    assert not [item for item in found if "tamper" in item.problem]


def test_a_score_the_teacher_changed_in_the_formgrader_is_not_a_disagreement(hostile_class, tmp_path):
    """The re-check is compared with what nbgrader's grading gave, not with a mark the teacher set by hand:
    lowering one (or giving credit for one that scored 0) accuses nobody."""
    from nbgrader.api import Gradebook

    from medialit.classroom.course import gradebook_url

    root = tmp_path / "course"
    shutil.copytree(hostile_class[0], root, symlinks=True)
    with Gradebook(gradebook_url(root)) as gradebook:
        for student, exercise, mark in (("outputs_cleared", "named_sentences", 0.5), ("outputs_faked", "sentence_kinds", 2.0),
                                        ("writes_files", "named_sentences", 0.0)):
            grade = gradebook.find_grade(exercise, LESSON, LESSON, student)
            grade.manual_score = mark
        gradebook.db.commit()
    marked = {"outputs_cleared", "outputs_faked", "writes_files"}
    assert not [item for item in needs_attention(root, LESSON) if item.student in marked]
    assert [item.student for item in needs_attention(root, LESSON) if item.student == "test_moved_above_answer"]


@pytest.mark.parametrize(("answer", "score"), [
    ('{"S1", 3, 5, 6, 7, 13, 14}', 6 / 7),  # the issue's: a slip is left out, as grading and check() leave it out
    ("{1.0, 3, 5, 6, 7, 13, 14}", 6 / 7),
    ('{" 1", 3, 5, 6, 7, 13, 14}', 6 / 7),
    ('[1, 3, 5, 6, 7, 13, 14, "S9"]', 1.0),
    ("{1, 3, 5, 6, 7, 13, 14, 99}", 6 / 7),  # 99 is a wrong pick
    ('{1, 3, 5, 6, 7, 13, 14, "\ud800"}', 1.0),  # a lone surrogate, which grading makes U+FFFD: a slip as well
])
def test_the_re_score_gives_an_answer_with_a_slip_what_grading_gives(tmp_path, answer, score):
    from medialit.classroom.course import COURSE_ROOT
    from medialit.classroom.rescore import rescore

    lesson = "01-unnamed-sources"
    release = nbformat.read(COURSE_ROOT / "lessons" / lesson / f"{lesson}.ipynb", as_version=4)
    next(c for c in release.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "answer_no_source").source = (
        f"no_source = {answer}")
    (tmp_path / "handed-in.ipynb").write_text(json.dumps(release), encoding="utf-8")
    solution = COURSE_ROOT / "solutions" / lesson / f"{lesson}.ipynb"
    assert rescore(tmp_path / "handed-in.ipynb", solution)["no_source"] == pytest.approx(score)


def test_a_hijacked_display_is_never_run_so_grade_and_re_score_agree(hostile_class):
    """The re-score stays as a second check; with no student code run, nbgrader's grade already matches it."""
    root, _, _ = hostile_class
    assert not [item for item in needs_attention(root) if item.student == "display_hijacked"]


def test_the_command_prints_the_table_and_writes_a_chart(hostile_class, tmp_path, capsys):
    root, _, _ = hostile_class
    assert main(["report", LESSON, "--course", str(root), "--out", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert "named_sentences" in printed and "Needs your attention" in printed and "00-start-her" in printed
    with Image.open(tmp_path / f"report-{LESSON}.png") as chart:
        assert chart.width > 300 and "named_sentences" in chart.info["Description"]
    assert (tmp_path / f"report-{LESSON}.csv").read_text().startswith("lesson,exercise,students")


def test_without_a_gradebook_the_command_says_what_to_do(tmp_path, capsys):
    assert main(["report", "--course", str(tmp_path)]) == 2
    assert "grade a lesson there first (medialit grade LESSON)" in capsys.readouterr().err


def test_per_student_totals_add_up_what_was_graded_and_count_what_waits(hostile_class):
    """Every point is either graded (a blank written answer scores 0 at once) or waiting for the teacher."""
    from medialit.classroom.report import student_totals

    root, _, _ = hostile_class
    totals = student_totals(grades_table(root, LESSON)).set_index("student")
    for student, case in HOSTILE.items():
        if case.expected is None or not case.autograded:
            continue
        row = totals.loc[student]
        assert row["score"] == pytest.approx(sum(case.expected.values()), abs=1e-3), student
        assert row["graded_points"] + row["waiting_for_teacher"] == pytest.approx(4.0), student
    assert totals.loc["script_in_written_answer", "waiting_for_teacher"] == 1  # a written answer to mark


def _grades(rows: list[tuple]) -> pd.DataFrame:
    """A gradebook's table from (student, exercise, score, points, waiting, marked by hand) rows, in lesson L."""
    columns = ["student", "exercise", "score", "points", "waiting_for_teacher", "by_hand"]
    grades = pd.DataFrame([dict(zip(columns, row)) for row in rows], columns=columns)
    return grades.assign(lesson="L", auto_score=grades["score"])


@pytest.mark.parametrize("case", ["nobody marked yet", "one left it blank, two wait", "two marked, one waits"])
def test_a_written_answer_still_waiting_for_marking_is_left_out_of_what_the_class_found_hard(tmp_path, case):
    """A blank written answer scores 0 at once; while the others wait for marking, that 0 is not the class's
    mean. The exercise shows its points, says how many wait, and has no mean and no bar until all are marked."""
    from medialit.classroom.report import chart, exercises_text

    essays = {"nobody marked yet": [("ada", None, True), ("ben", None, True), ("cy", None, True)],
              "one left it blank, two wait": [("ada", 0.0, False), ("ben", None, True), ("cy", None, True)],
              "two marked, one waits": [("ada", 0.0, False), ("ben", 2.0, False), ("cy", None, True)]}[case]
    waiting = sum(w for _, _, w in essays)
    grades = _grades([(s, "tags", 1.0, 1.0, False, False) for s in ("ada", "ben", "cy")]
                     + [(s, "essay", score, 2.0, w, True) for s, score, w in essays])
    analysis = item_analysis(grades).set_index("exercise")
    assert analysis.loc["essay", "points"] == 2.0 and analysis.loc["essay", "waiting_for_teacher"] == waiting
    assert analysis.loc["essay", ["mean_score", "full_marks", "zero"]].isna().all()
    text = exercises_text(analysis.reset_index())
    assert "NaN" not in text and "nan" not in text
    row = next(line for line in text.splitlines() if " essay " in line).split()
    assert row[2:] == ["2.0", str(3 - waiting), "-", "-", "-", str(waiting)]
    assert f"L / essay: {waiting} {'answer waits' if waiting == 1 else 'answers wait'} for your marking" in text
    chart(analysis.reset_index(), tmp_path / "chart.png")
    with Image.open(tmp_path / "chart.png") as image:
        assert "essay" not in image.info["Description"] and "tags: 100%" in image.info["Description"]


def test_an_autograded_exercise_keeps_its_mean_while_a_notebook_nbgrader_could_not_read_waits():
    """Waiting here means nbgrader could not read one notebook (the attention list says which): the others'
    scores still say how hard the exercise was."""
    analysis = item_analysis(_grades([("ada", "tags", 1.0, 1.0, False, False), ("ben", "tags", 0.0, 1.0, False, False),
                                      ("cy", "tags", 0.0, 1.0, True, False)])).set_index("exercise")
    assert analysis.loc["tags", ["students", "mean_score", "waiting_for_teacher"]].tolist() == [2, 0.5, 1]


@pytest.fixture(scope="module")
def nothing_graded(tmp_path_factory):
    """A course's gradebook as generate_assignment leaves it: the lesson is there, nothing is handed in yet."""
    from nbgrader.api import Gradebook

    from medialit.classroom.course import put_environment_on_path

    root = tmp_path_factory.mktemp("nothing-graded")
    put_environment_on_path()  # a new gradebook makes nbgrader start `alembic`
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        gradebook.add_assignment(LESSON)
    return root


@pytest.mark.parametrize(("course", "lesson", "said"), [
    ("nothing graded", None, "Nothing has been graded yet in"),
    ("nothing graded", LESSON, f"Nothing of {LESSON} has been graded yet: grade it first (medialit grade {LESSON})"),
    ("hostile class", "01-unnamed-sources", "There is no lesson called '01-unnamed-sources' in the gradebook of"),
    ("hostile class", "no-such-lesson", "There is no lesson called 'no-such-lesson' in the gradebook of"),
])
def test_a_gradebook_with_nothing_graded_gets_one_sentence_not_a_traceback(request, tmp_path, capsys, course, lesson,
                                                                           said):
    """Straight after generate_assignment (nothing handed in yet), or a lesson not in the gradebook."""
    root = request.getfixturevalue("nothing_graded") if course == "nothing graded" else request.getfixturevalue(
        "hostile_class")[0]
    assert main(["report", *([lesson] if lesson else []), "--course", str(root), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and err.rstrip().endswith("."), err
    assert said in err


def test_the_printed_report_uses_one_unit_and_lists_students(hostile_class, tmp_path):
    root, _, _ = hostile_class
    text, _ = write_report(root, LESSON, tmp_path)
    assert "as % of the students graded" in text and "Students (points so far" in text and "nbgrader export" in text
    assert "script_in_written_answer" in text.split("Students (points so far", 1)[1]
    assert (tmp_path / f"report-{LESSON}-students.csv").read_text().startswith("lesson,student,score")


def test_a_notebook_larger_than_any_lesson_is_flagged_without_being_read(tmp_path):
    from medialit.classroom.course import copy_course
    from medialit.classroom.report import COLUMNS, _rescore_mismatches
    from medialit.classroom.rescore import MAX_NOTEBOOK_BYTES

    root = copy_course(tmp_path)
    submitted = root / "submitted" / "big" / LESSON / f"{LESSON}.ipynb"
    submitted.parent.mkdir(parents=True)
    with submitted.open("wb") as notebook:
        notebook.truncate(MAX_NOTEBOOK_BYTES + 1)
    grades = pd.DataFrame(columns=COLUMNS)
    found = _rescore_mismatches(root, grades, "big", LESSON, submitted)
    assert [item.problem for item in found] == [f"{LESSON}.ipynb is 20 MB, larger than any lesson notebook, so it was "
                                                "not re-checked; look at it by hand"]


def test_the_re_score_reads_answers_as_grading_does(tmp_path):
    """The copy grading grades, whatever type it was left in, read as check() reads it; nothing past the limits."""
    from medialit.classroom.course import COURSE_ROOT
    from medialit.classroom.rescore import rescore

    release = nbformat.read(COURSE_ROOT / "lessons" / LESSON / f"{LESSON}.ipynb", as_version=4)
    cells = {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in release.cells}
    cells["answer_named_sentences"].source = 'named_sentences = {2, 3, 8, "S9 "}'  # a slip: only that item is left out
    copy = nbformat.v4.new_markdown_cell('sentence_kinds = {1: "none", 2: "named", 3: "named", 4: "unnamed", '
                                         '5: "vague", 6: "none", 7: "none", 8: "named", 9: "vague"}',
                                         metadata=cells["answer_sentence_kinds"].metadata)
    release.cells.append(copy)  # a copy of the answer cell, answered, and turned into Markdown by a stray key
    nbformat.write(release, tmp_path / "copied.ipynb")
    solution = COURSE_ROOT / "solutions" / LESSON / f"{LESSON}.ipynb"
    assert rescore(tmp_path / "copied.ipynb", solution) == {"named_sentences": 1.0, "sentence_kinds": 2.0}
    cells["answer_named_sentences"].source = "named_sentences = [" + "1, " * 2_000_000 + "]"  # 6 MB: once 3 GB
    nbformat.write(release, tmp_path / "six-megabytes.ipynb")
    assert rescore(tmp_path / "six-megabytes.ipynb", solution)["named_sentences"] is None


def test_a_file_that_is_not_a_gradebook_gets_one_sentence(tmp_path, capsys):
    (tmp_path / "gradebook.db").write_text("these are my notes, not a database\n" * 100)
    assert main(["report", "--course", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "could not be read as nbgrader's gradebook" in err and err.count("\n") == 1 and "Traceback" not in err


def test_an_empty_gradebook_file_is_read_without_the_environment_on_path(tmp_path, monkeypatch, capsys):
    """nbgrader starts `alembic` to set up an empty gradebook: the report finds it without an activated venv."""
    (tmp_path / "gradebook.db").touch()
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    assert main(["report", "--course", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.startswith("Nothing has been graded yet in")

"""`medialit report` on the simulated class: item analysis, a chart, and the submissions that need a look."""

from __future__ import annotations

import nbformat
import pytest
from PIL import Image

from medialit.cli import main
from medialit.report import grades_table, item_analysis, needs_attention, write_report
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


def test_a_right_answer_that_scored_0_is_flagged_for_the_teacher(hostile_class):
    root, _, _ = hostile_class
    problems = [item.problem for item in needs_attention(root) if item.student == "test_moved_above_answer"]
    assert problems == ["sentence_kinds: nbgrader gave 0 but the answer is worth 2; cells moved, deleted or run out of order? Check by hand"]


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
    from medialit.report import student_totals

    root, _, _ = hostile_class
    totals = student_totals(grades_table(root, LESSON)).set_index("student")
    for student, case in HOSTILE.items():
        if case.expected is None or not case.autograded:
            continue
        row = totals.loc[student]
        assert row["score"] == pytest.approx(sum(case.expected.values()), abs=1e-3), student
        assert row["graded_points"] + row["waiting_for_teacher"] == pytest.approx(4.0), student
    assert totals.loc["script_in_written_answer", "waiting_for_teacher"] == 1  # a written answer to mark


def test_an_unmarked_written_answer_is_waiting_not_the_hardest_item(tmp_path):
    """Before marking, an exercise nobody has been graded on shows '-' and no bar, never 0 %."""
    import pandas as pd

    from medialit.report import chart

    grades = pd.DataFrame([
        {"lesson": "L", "student": s, "exercise": e, "score": score, "points": 1.0, "waiting_for_teacher": waiting}
        for s in ("ada", "ben") for e, score, waiting in (("tags", 1.0, False), ("essay", 0.0, True))])
    analysis = item_analysis(grades)
    essay = analysis.set_index("exercise").loc["essay"]
    assert pd.isna(essay["mean_score"]) and essay["waiting_for_teacher"] == 2
    chart(analysis, tmp_path / "chart.png")
    with Image.open(tmp_path / "chart.png") as image:
        assert "essay" not in image.info["Description"] and "tags" in image.info["Description"]


def test_the_printed_report_uses_one_unit_and_lists_students(hostile_class, tmp_path):
    root, _, _ = hostile_class
    text, _ = write_report(root, LESSON, tmp_path)
    assert "as % of the students graded" in text and "Students (points so far" in text and "nbgrader export" in text
    assert "script_in_written_answer" in text.split("Students (points so far", 1)[1]
    assert (tmp_path / f"report-{LESSON}-students.csv").read_text().startswith("lesson,student,score")


def test_a_notebook_larger_than_any_lesson_is_flagged_without_being_read(tmp_path):
    import pandas as pd

    from medialit.course import copy_course
    from medialit.report import _rescore_mismatches
    from medialit.rescore import MAX_NOTEBOOK_BYTES

    root = copy_course(tmp_path)
    submitted = root / "submitted" / "big" / LESSON / f"{LESSON}.ipynb"
    submitted.parent.mkdir(parents=True)
    with submitted.open("wb") as notebook:
        notebook.truncate(MAX_NOTEBOOK_BYTES + 1)
    grades = pd.DataFrame(columns=["lesson", "student", "exercise", "score"])
    found = _rescore_mismatches(root, grades, "big", LESSON, submitted)
    assert [item.problem for item in found] == [f"{LESSON}.ipynb is 20 MB, larger than any lesson notebook, so it was "
                                                "not re-checked; look at it by hand"]


def test_the_re_score_reads_answers_as_grading_does(tmp_path):
    """The copy grading grades, whatever type it was left in, read as check() reads it; nothing past the limits."""
    from medialit.course import COURSE_ROOT
    from medialit.rescore import rescore

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

"""`medialit report` on the simulated class: item analysis, a chart, and the submissions that need a look."""

from __future__ import annotations

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
    assert "run nbgrader autograde there first" in capsys.readouterr().err


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

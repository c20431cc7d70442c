"""Broken and hostile submissions: nbgrader grades what it can, flags the rest, and loses nothing.

The cases and their expected outcomes are in simulated_class.py; all of them
are autograded in ONE batch, so no case may stop the others.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook, MissingEntry

from conftest import key_fragments, visible_text
from medialit.classroom.course import course_api, run
from simulated_class import FULL, HOSTILE, LESSON, STARTUP_FILE, WRITTEN_HERE


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


def test_code_in_an_answer_cell_is_never_run_only_its_plain_value(hostile_class):
    """The loop that would print 300,000 lines never runs, only the value: nothing is printed, the answer scores in
    full, and the graded notebook shows the cell as the student typed it, loop and all (issue 26, item 8)."""
    root, handed_in, _ = hostile_class
    autograded = nbformat.read(root / "autograded" / "enormous_output" / LESSON / f"{LESSON}.ipynb", as_version=4)
    typed = nbformat.reads(handed_in["enormous_output"][1].decode(), as_version=4)
    answer = cell_of(autograded, "answer_named_sentences")
    assert answer.source == cell_of(typed, "answer_named_sentences").source and "print('spam', i)" in answer.source
    assert answer.outputs == [] and "spam" not in str([c.get("outputs") for c in autograded.cells])


def test_no_hook_runs_and_no_file_is_written_by_student_code(hostile_class):
    root, _, _ = hostile_class
    assert not (Path(tempfile.gettempdir()) / WRITTEN_HERE).exists()
    fragments = key_fragments(LESSON)
    for student in HOSTILE:
        graded = root / "autograded" / student / LESSON / f"{LESSON}.ipynb"
        if graded.exists():
            outputs = [o for c in nbformat.read(graded, as_version=4).cells for o in c.get("outputs", [])]
            shown = nbformat.writes(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(outputs=outputs)]))
            assert not [f for f in fragments if f in shown], student


def test_an_answer_that_is_not_a_plain_value_says_so_in_one_sentence(hostile_class):
    root, _, _ = hostile_class
    graded = nbformat.read(root / "autograded" / "always_equal_objects" / LESSON / f"{LESSON}.ipynb", as_version=4)
    answer = next(c for c in graded.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "answer_named_sentences")
    assert answer.outputs[0].text.startswith("This answer is not a plain value")
    assert "named_sentences scores 0" in answer.outputs[0].text


def test_feedback_shows_a_written_answer_without_its_scripts(hostile_class):
    """Student Markdown reaches the teacher's and the student's browser: it must arrive without scripts."""
    root, _, _ = hostile_class
    run(course_api(root).generate_feedback(LESSON, "script_in_written_answer"))
    page = (root / "feedback" / "script_in_written_answer" / LESSON / f"{LESSON}.html").read_text()
    assert "She could lose her job." in page
    assert 'onerror="alert' not in page and "<script>alert" not in page


def test_a_written_answer_left_as_released_still_scores_0_without_a_teacher(hostile_class):
    """Cleaning leaves the teacher's own text as it is, so nbgrader still sees an untouched answer (issue 25)."""
    root, _, _ = hostile_class
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        untouched = gradebook.find_grade("why_anonymous", LESSON, LESSON, "outputs_faked")
        written = gradebook.find_grade("why_anonymous", LESSON, LESSON, "xss_in_written_answer")
        assert (untouched.auto_score, untouched.needs_manual_grade) == (0, False)
        assert (written.auto_score, written.needs_manual_grade) == (None, True)


def test_nothing_outside_the_students_own_notebooks_changes(hostile_class):
    """No submission can touch the gradebook, the installed package or another student's files."""
    import medialit.classroom.grading

    root, handed_in, _ = hostile_class
    assert (root / "gradebook.db").exists()
    assert "# tampered" not in Path(medialit.classroom.grading.__file__).read_text()
    for student, (path, data) in handed_in.items():
        assert path.read_bytes() == data, student


def test_code_that_would_leave_traces_leaves_none(hostile_class):
    """None of it runs: no startup file for later students, no child left running, no 50 MB notebook."""
    root, _, _ = hostile_class
    assert not (Path.home() / ".ipython" / "profile_default" / "startup" / STARTUP_FILE).exists()
    running = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            running.append(cmdline.read_bytes())
        except OSError:  # the process ended while we looked
            pass
    assert b"sleep\x006061" not in b"\n".join(running)
    graded = root / "autograded" / "leaves_traces" / LESSON / f"{LESSON}.ipynb"
    assert graded.stat().st_size < 200_000


def test_the_batch_ran_in_the_sandbox(hostile_class):
    _, _, batch = hostile_class
    assert "sandbox is OFF" not in batch["log"]


def test_no_feedback_page_quotes_the_key(hostile_class):
    """Every student's feedback, hooks and custom error handlers included, is free of every hidden test line.

    (A bare key such as ``{2, 3, 8}`` may appear: it is a right answer, in the answer cell of whoever wrote it.)
    """
    root, handed_in, _ = hostile_class
    run(course_api(root).generate_feedback(LESSON))
    fragments = [f for f in key_fragments(LESSON) if f.startswith(("_key", "BEGIN"))]
    pages = sorted((root / "feedback").glob(f"*/{LESSON}/{LESSON}.html"))
    assert len(pages) == sum(case.autograded and case.folder == LESSON for case in HOSTILE.values())
    for page in pages:
        text = visible_text(page.read_text())
        assert not [f for f in fragments if f in text], page
    for student, (path, data) in handed_in.items():
        assert path.read_bytes() == data, student


# Issue 25, class 5 (grading side) ------------------------------------------------------------------------------------
def graded_notebook(root, student):
    return nbformat.read(root / "autograded" / student / LESSON / f"{LESSON}.ipynb", as_version=4)


def grade_ids(nb) -> list[str]:
    return [c.metadata["nbgrader"]["grade_id"] for c in nb.cells if "grade_id" in c.metadata.get("nbgrader", {})]


def cell_of(nb, grade_id: str):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


@pytest.mark.parametrize("student, grade_id", [
    ("hex_integer_past_4300_digits", "answer_named_sentences"), ("six_megabyte_list", "answer_named_sentences"),
    ("unwritable_text", "answer_named_sentences"), ("odd_values", "answer_sentence_kinds")])
def test_an_answer_past_the_limits_costs_its_exercise_with_one_sentence(hostile_class, student, grade_id):
    root, _, _ = hostile_class
    answer = cell_of(graded_notebook(root, student), grade_id)
    assert [output.output_type for output in answer.outputs] == ["stream"]
    assert answer.outputs[0].text.startswith("This answer is not a plain value")


def test_an_honest_copy_is_graded_once_where_the_lesson_put_it(hostile_class):
    """Each cell of the lesson once, in the lesson's order; the answer is the copy the student answered in."""
    root, _, _ = hostile_class
    nb = graded_notebook(root, "honest_copy_paste")
    assert grade_ids(nb) == grade_ids(nbformat.read(root / "lessons" / LESSON / f"{LESSON}.ipynb", as_version=4))
    assert cell_of(nb, "answer_named_sentences").source == "named_sentences = {2, 3, 8}"


def test_cells_added_with_grade_ids_earn_nothing_and_stop_nothing(hostile_class):
    root, _, _ = hostile_class
    assert "bonus" not in grade_ids(graded_notebook(root, "added_cells_with_grade_ids"))
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        notebook = gradebook.find_submission_notebook(LESSON, LESSON, "added_cells_with_grade_ids")
        assert {grade.name for grade in notebook.grades} == {"named_sentences", "sentence_kinds", "why_anonymous"}
        assert notebook.max_score == 4.0

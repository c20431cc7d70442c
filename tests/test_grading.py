"""The feedback page's last scan for the key, and the byte cap on output, on notebooks built to break them."""

from __future__ import annotations

import logging

import nbformat
from nbformat.v4 import new_code_cell, new_notebook, new_output

from medialit.grading import HideHiddenTests, LimitOutputBytes

KEY = '_key = [{2, 8}, {2, 3, 8}]'
TEST_CELL = f"expect_sentence_set(named, article)\n### BEGIN HIDDEN TESTS\n{KEY}\n_given = {{n for n in named}}\n_best * 1\n### END HIDDEN TESTS"


def graded(source: str, outputs=(), grade_id="named_test", solution=False, points=1):
    cell = new_code_cell(source, outputs=list(outputs))
    cell.metadata["nbgrader"] = {"grade": True, "solution": solution, "locked": not solution, "grade_id": grade_id,
                                 "points": points, "schema_version": 3}
    return cell


def stream(text: str):
    return new_output("stream", name="stdout", text=text)


def feedback(nb, caplog):
    with caplog.at_level(logging.WARNING):
        nb, _ = HideHiddenTests().preprocess(nb, {"nbgrader": {"student": "ada"}})
    return nbformat.writes(nb), caplog.text


def test_a_hidden_line_printed_anywhere_is_removed_and_the_teacher_told(caplog):
    leak = stream(f"my hook saw:\n{KEY}\n_given = {{n for n in named}}\nnothing else\n")
    nb = new_notebook(cells=[graded("named = {2, 8}", [leak], "answer_named", solution=True), graded(TEST_CELL)])
    page, log = feedback(nb, caplog)
    assert "_key" not in page and "_given" not in page and "BEGIN HIDDEN" not in page
    assert "my hook saw:" in page and "nothing else" in page
    assert "Feedback for ada: removed 2 line(s)" in log


def test_the_key_written_as_a_student_would_is_removed_from_outputs(caplog):
    """A key printed as check() prints sets, not as the hidden line writes it, is found too."""
    nb = new_notebook(cells=[graded("print(...)", [stream("accepted: {2, 3, 8}\nyour answer: {2}\n")], "answer_named",
                                    solution=True), graded(TEST_CELL)])
    page, log = feedback(nb, caplog)
    assert "{2, 3, 8}" not in page and "your answer: {2}" in page and "removed 1 line(s)" in log


def test_a_students_own_answer_is_not_taken_for_the_key(caplog):
    """The scan reads outputs; the answer cell's own source, the student's right answer, stays."""
    nb = new_notebook(cells=[graded("named = {2, 3, 8}", [], "answer_named", solution=True), graded(TEST_CELL)])
    page, log = feedback(nb, caplog)
    assert "named = {2, 3, 8}" in page and "removed" not in log


def test_lines_also_shown_to_students_are_not_secret(caplog):
    nb = new_notebook(cells=[graded("x = 1", [stream("expect_sentence_set(named, article)\n")], "answer_named",
                                    solution=True), graded(TEST_CELL)])
    page, log = feedback(nb, caplog)
    assert "removed" not in log


def test_a_kept_error_is_rebuilt_from_its_text_and_never_quotes_the_lines_around_it(caplog):
    error = new_output("error", ename="AnswerProblem", evalue="Your answer names sentence 99; the article has 14.",
                       traceback=["Traceback", f"----> 3 {KEY}", "AnswerProblem: Your answer names sentence 99"])
    other = new_output("error", ename="TypeError", evalue="secret detail", traceback=["Traceback", KEY])
    nb = new_notebook(cells=[graded(TEST_CELL, [error]), graded(TEST_CELL, [other], "other_test")])
    page, _ = feedback(nb, caplog)
    cells = nbformat.reads(page, as_version=4).cells
    assert cells[0].outputs[0].traceback == ["AnswerProblem: Your answer names sentence 99; the article has 14."]
    assert cells[1].outputs[0].traceback == ["TypeError: this test could not finish, so this part scored 0."]
    assert "secret detail" not in page


def test_one_enormous_line_is_cut_in_bytes_not_only_in_lines():
    cell = graded("x", [stream("x" * 5_000_000), new_output("execute_result", data={"text/plain": "y" * 500_000},
                                                                   execution_count=1)], "answer_named", solution=True)
    capped, _ = LimitOutputBytes(max_bytes=10_000).preprocess_cell(cell, {}, 0)
    assert len(nbformat.writes(new_notebook(cells=[capped])).encode()) < 12_000
    assert capped.outputs[0].text.endswith("... Output truncated ...\n")


def test_a_long_traceback_is_cut_too():
    error = new_output("error", ename="E", evalue="", traceback=["z" * 1000] * 1000)
    capped, _ = LimitOutputBytes(max_bytes=10_000, max_traceback=-1).preprocess_cell(graded("x", [error]), {}, 0)
    assert len(capped.outputs[0].traceback) <= 11 and capped.outputs[0].traceback[-1] == "... Output truncated ..."


def test_only_a_changed_test_cell_gets_the_checksum_warning(tmp_path):
    """nbgrader warned for every test cell with hidden tests (its issue #1961); now only real changes are reported."""
    import shutil

    from medialit.course import copy_course, course_api, run

    lesson = "00-start-here"
    root = copy_course(tmp_path)
    api = course_api(root)
    run(api.generate_assignment(lesson))
    for student in ("untouched", "edited"):
        (root / "submitted" / student / lesson).mkdir(parents=True)
        shutil.copy(root / "lessons" / lesson / f"{lesson}.ipynb", root / "submitted" / student / lesson)
    edited = root / "submitted" / "edited" / lesson / f"{lesson}.ipynb"
    nb = nbformat.read(edited, as_version=4)
    next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "named_sentences").source = "1.0"
    nbformat.write(nb, edited)
    log = run(api.autograde(lesson, "untouched"))["log"]
    assert "checksum" not in log
    log = run(api.autograde(lesson, "edited"))["log"]
    assert log.count("Attribute 'checksum' for cell named_sentences has changed!") == 1
    assert "sentence_kinds has changed" not in log

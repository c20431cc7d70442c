"""The feedback page's last scan for the key, the byte cap on output and how a test's score is read, on notebooks
built to break them."""

from __future__ import annotations

import logging

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output
from nbgrader.api import Gradebook
from nbgrader.utils import determine_grade

from conftest import visible_text
from medialit.classroom.course import copy_course, course_api, run
from medialit.classroom.grading import HideHiddenTests, LimitOutputBytes
from medialit.classroom.scoring import autograded_score

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

    from medialit.classroom.course import copy_course, course_api, run

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


def result(text) -> dict:
    return new_output("execute_result", data={"text/plain": text}, execution_count=1)


def test_the_output_cap_never_cuts_a_tests_result():
    """The score is the test's result: notes printed before it may be cut, the result never."""
    notes = stream(("a note " * 20 + "\n") * 3_000)
    cell = graded("expect_chain(chain, names)\n_best * 2", [notes, result("0.0")], "chain", points=2)
    capped, _ = LimitOutputBytes(max_bytes=10_000).preprocess_cell(cell, {}, 0)
    assert "... Output truncated ..." in capped.outputs[0].text and len(capped.outputs[0].text) <= 10_100
    assert capped.outputs[-1].data["text/plain"] == "0.0" and autograded_score(capped) == 0.0


@pytest.mark.parametrize("outputs", [
    [], [stream("no result at all")], [result("'all right'")], [result("... Output truncated ...")],
    [result("nan")], [result("inf")], [result("-1.0")], [result("2.5")], [result(["0.5", "0.5"])],
    [new_output("stream", name="stderr", text="warning"), result("2.0")],
    [new_output("error", ename="AnswerProblem", evalue="not a set", traceback=[])],
], ids=["nothing", "only-notes", "text", "cut", "nan", "inf", "negative", "above-points", "two-lines", "stderr",
        "error"])
def test_a_test_without_a_number_from_0_to_its_points_scores_0(outputs):
    """nbgrader gives full points to most of these (a result that is not a number, or none); here they score 0."""
    cell = graded("_best * 2", outputs, "chain", points=2)
    assert autograded_score(cell) == 0.0


@pytest.mark.parametrize("text, score", [("0.0", 0.0), ("1.5", 1.5), ("2", 2.0), (["1.25"], 1.25)])
def test_a_test_scores_the_number_it_shows(text, score):
    cell = graded("_best * 2", [stream("The form of your answer is right.\n"), result(text)], "chain", points=2)
    assert autograded_score(cell) == score == determine_grade(cell)[0]


#: A wrong chain, long enough that its notes ("'x' is not in the list...", one line each) once crowded out the
#: test's result: the cap cut it, and nbgrader scored the test full.
LONG_WRONG_CHAIN = "chain = " + repr(["local sources", "SANA", "Press TV"] + ["x"] * 2_000)


@pytest.fixture(scope="module")
def long_wrong_chain(tmp_path_factory):
    """Lesson 1 graded through nbgrader for one student whose wrong chain prints the most notes it can."""
    lesson, student = "01-unnamed-sources", "long_chain"
    root = copy_course(tmp_path_factory.mktemp("long-chain"))
    api = course_api(root)
    run(api.generate_assignment(lesson))
    release = nbformat.read(root / "lessons" / lesson / f"{lesson}.ipynb", as_version=4)
    next(c for c in release.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "answer_chain").source = \
        LONG_WRONG_CHAIN
    (root / "submitted" / student / lesson).mkdir(parents=True)
    nbformat.write(release, root / "submitted" / student / lesson / f"{lesson}.ipynb")
    run(api.autograde(lesson, student))
    run(api.generate_feedback(lesson, student))
    return root, lesson, student


def test_a_long_wrong_answer_scores_0_in_the_gradebook(long_wrong_chain):
    root, lesson, student = long_wrong_chain
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        assert gradebook.find_grade("chain", lesson, lesson, student).score == 0.0
    graded = nbformat.read(root / "autograded" / student / lesson / f"{lesson}.ipynb", as_version=4)
    test = next(c for c in graded.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "chain")
    assert "... Output truncated ..." in test.outputs[0].text and test.outputs[-1].data["text/plain"] == "0.0"
    assert len(nbformat.writes(graded).encode()) < 1_000_000


def test_a_long_wrong_answer_scores_0_on_the_feedback_page(long_wrong_chain):
    root, lesson, student = long_wrong_chain
    page = visible_text((root / "feedback" / student / lesson / f"{lesson}.html").read_text())
    assert "Exercise 2: the chain, from the ground to you — 0 of 2 points" in page


#: Answers that once stopped grading of the whole notebook (a number Python will not write out, a lone surrogate
#: that cannot be saved as UTF-8), or cost the teacher's process seconds to read (a long text), or left code the
#: grading kernel cannot run (``inf``): each is no plain value, and costs its exercise with one sentence.
UNREADABLE_ANSWERS = {
    "hex-past-4300-digits": "named_sentences = {0x" + "f" * 15_000 + "}",
    "lone-surrogate": 'named_sentences = {"\\ud800"}',
    "infinite": "named_sentences = {1e999999}",
    "infinite-complex": "named_sentences = {-1e999j}",
    "nested-past-the-parser": "named_sentences = " + "[" * 5_000 + "]" * 5_000,
    "six-megabytes": "named_sentences = [" + "1, " * 2_000_000 + "]",
    "dict-of-100000-keys": "named_sentences = {" + ", ".join(f"{n}: 1" for n in range(100_000)) + "}",
    "long-text": 'named_sentences = {"' + " " * 19_000 + 'x"}',
}


def graded_release(answers: dict[str, str]):
    from medialit.classroom.course import COURSE_ROOT
    from medialit.classroom.grading import GradePlainValuesOnly

    lesson = "00-start-here"
    nb = nbformat.read(COURSE_ROOT / "lessons" / lesson / f"{lesson}.ipynb", as_version=4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") in answers:
            cell.source = answers[cell.metadata["nbgrader"]["grade_id"]]
    nb, _ = GradePlainValuesOnly().preprocess(nb, {})
    return {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")}


@pytest.mark.parametrize("source", UNREADABLE_ANSWERS.values(), ids=UNREADABLE_ANSWERS.keys())
def test_an_answer_past_the_limits_costs_its_exercise_with_one_sentence(source):
    from medialit.classroom.grading import NOT_A_PLAIN_VALUE

    cells = graded_release({"answer_named_sentences": source, "answer_sentence_kinds": 'sentence_kinds = {1: "none"}'})
    assert cells["answer_named_sentences"].source == f"print({NOT_A_PLAIN_VALUE.format(name='named_sentences')!r})"
    assert cells["answer_sentence_kinds"].source.startswith('sentence_kinds = {1: "none"}')


def test_a_slip_in_one_item_costs_only_that_item_and_odd_characters_stay_escaped():
    """NUL, escape and bell characters in an item: the item is left out, and the note quotes it escaped."""
    cells = graded_release({"answer_named_sentences": 'named_sentences = {2, 3, 8, "\\x00\\x1b[2J\\x07"}'})
    lines = cells["answer_named_sentences"].source.splitlines()
    assert lines[0] == "named_sentences = {2, 3, 8}" and "\\\\x00\\\\x1b[2J\\\\x07" in lines[1]
    assert not any(ord(c) < 32 for c in cells["answer_named_sentences"].source if c != "\n")


def test_an_answer_with_many_slips_prints_ten_notes_and_how_many_more():
    cells = graded_release({"answer_named_sentences": "named_sentences = {2, 3, 8, " + ", ".join(
        f'"S{n}"' for n in range(100, 400)) + "}"})
    printed = cells["answer_named_sentences"].source.splitlines()[1:]
    assert len(printed) == 11 and printed[-1] == "print('And 290 more notes like these.')"


def test_reading_any_plain_value_raises_nothing_but_a_form_problem():
    """Grading reads each answer with check()'s reading in the teacher's process: on any value within the limits,
    however odd, a reading gives a value or one AnswerProblem, never another error that would stop the notebook."""
    import random

    from medialit.lesson.answers import FRAMING_TECHNIQUES, OUTLET_GROUPS, READERS
    from medialit.content.article import load_article
    from medialit.classroom.grading import graded_value
    from medialit.classroom.plain_answers import MAX_TEXT_CHARS, plain_line

    article = load_article("riverside-bridge")
    arguments = {"expect_sentence_set": [article], "expect_sentence_labels": [article],
                 "expect_sentence_kinds": [article], "expect_name_labels": [["Press TV", "SANA"], OUTLET_GROUPS],
                 "expect_phrase_labels": [FRAMING_TECHNIQUES], "expect_choice_set": ["ABCD"],
                 "expect_chain": [["SANA", "Press TV"]], "expect_range": []}
    atoms = [0, 3, -1, 10 ** 4000, True, None, ..., 1.5, 2.0, -0.0, 1j, b"S3", "", " ", "S3", " s 3 ", "named",
             "Named, vague", "A", "press tv", "\x00\x1b", "\u2028", "S" + "9" * (MAX_TEXT_CHARS - 1),
             " " * (MAX_TEXT_CHARS - 1) + "x"]
    shapes = [list, tuple, set, frozenset, lambda items: dict(zip(items, reversed(items)))]
    rng = random.Random(25)

    def value(depth=0):
        if depth > 2 or rng.random() < 0.4:
            return rng.choice(atoms)
        items = [value(depth + 1) for _ in range(rng.randint(0, 4))]
        try:
            return rng.choice(shapes)(items)
        except TypeError:  # an unhashable item in a set or as a key: Python cannot build it either
            return items

    for _ in range(1_000):
        answer = value()
        assert plain_line(answer) is not None
        for check, reader in READERS.items():
            graded, _ = graded_value(answer, (reader, arguments[check]))
            assert plain_line(graded) is not None, (check, answer)


# Issue 26, item 8: the formgrader and the feedback page show what the student typed, not the line that was graded.

def typed_and_shown(answers: dict[str, str], planted: str | None = None):
    """Each answer cell of lesson 0 as grading leaves it: rebuilt to run only plain values, then (after the run)
    shown as typed. ``planted``: what a student wrote into every cell's metadata under the key grading uses."""
    from medialit.classroom.course import COURSE_ROOT
    from medialit.classroom.grading import TYPED, GradePlainValuesOnly, ShowTypedAnswers

    lesson = "00-start-here"
    nb = nbformat.read(COURSE_ROOT / "lessons" / lesson / f"{lesson}.ipynb", as_version=4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") in answers:
            cell.source = answers[cell.metadata["nbgrader"]["grade_id"]]
        if planted is not None:
            cell.metadata[TYPED] = planted
    nb.cells.append(new_code_cell("print('a cell the student added')", metadata={TYPED: planted or ""}))
    graded, _ = GradePlainValuesOnly().preprocess(nb, {})
    ran = {c.metadata.get("nbgrader", {}).get("grade_id", f"cell {i}"): c.source for i, c in enumerate(graded.cells)}
    shown, _ = ShowTypedAnswers().preprocess(graded, {})
    return ran, {c.metadata.get("nbgrader", {}).get("grade_id", f"cell {i}"): c for i, c in enumerate(shown.cells)}


TYPED_ANSWERS = {
    "slip-and-comment": 'named_sentences = {2, "S3",  # S3 names the engineer\n    8, "Z"}',
    "not-a-plain-value": "named_sentences = set([2, 3, 8])",
    "markup-and-control-characters": 'named_sentences = {2}  # </pre><script>alert(1)</script> \x1b[2J',
    "several-assignments": "named_sentences = {1}\nnamed_sentences = {2, 3, 8}",
}


@pytest.mark.parametrize("typed", TYPED_ANSWERS.values(), ids=TYPED_ANSWERS.keys())
def test_an_answer_shows_what_the_student_typed_once_its_plain_value_has_run(typed):
    ran, shown = typed_and_shown({"answer_named_sentences": typed})
    assert ran["answer_named_sentences"] != typed  # what ran is the plain value (and a print of each note) ...
    assert shown["answer_named_sentences"].source == typed  # ... what the pages show is what the student typed
    from medialit.classroom.grading import TYPED

    assert not [c for c in shown.values() if TYPED in c.metadata]


def test_a_key_planted_in_the_metadata_shows_nothing_the_student_did_not_type_there():
    """The metadata is the student's too: a planted key neither replaces an answer nor fills an emptied cell."""
    ran, shown = typed_and_shown({"answer_named_sentences": "named_sentences = {2, 3, 8}"}, planted="import os")
    assert shown["answer_named_sentences"].source == "named_sentences = {2, 3, 8}"
    assert shown[f"cell {len(shown) - 1}"].source == ""  # the added cell: emptied to run, and shown empty
    assert all(cell.source == ran[key] for key, cell in shown.items() if not key.startswith("answer_"))


def test_an_answer_longer_than_grading_reads_is_shown_cut_with_one_sentence():
    from medialit.classroom.plain_answers import MAX_ANSWER_CHARS

    typed = "named_sentences = [" + "1, " * 20_000 + "]"
    _, shown = typed_and_shown({"answer_named_sentences": typed})
    source = shown["answer_named_sentences"].source
    assert source.startswith(typed[:MAX_ANSWER_CHARS]) and len(source) < MAX_ANSWER_CHARS + 200
    assert source.splitlines()[-1] == f"# This answer is cut here: it is longer than {MAX_ANSWER_CHARS:,} characters."


def test_a_hidden_line_typed_into_an_answer_is_still_secret(caplog):
    """Answer cells show what the student typed (issue 26, item 8): typing a line of the hidden tests there must not
    make it a line "students also see", which the last scan would then leave in an output."""
    answer = graded("named = {2, 8}\n_given = {n for n in named}", [], "answer_named", solution=True)
    leak = stream("_given = {n for n in named}\n")
    nb = new_notebook(cells=[answer, graded(TEST_CELL, [leak])])
    page, log = feedback(nb, caplog)
    assert "_given" not in page and "named = {2, 8}" in page
    assert "removed 2 line(s)" in log  # from the output, and from the answer as shown

"""One reading of an answer's form, in three places: check(), the visible form test, and grading.

A student who types ``{"S2", 3, 8}`` must hear the same thing everywhere:
check() names "S2" and does not say "All right", the visible test names it
with the same sentence, and the grade is the credit for 3 and 8 that check()
counted. A tagging answer with one sentence left untagged gets credit for the
tags that are there. Each answer type is checked in-process against the real
hidden tests of the lessons, and the set and the tags also through a real
nbgrader autograde of a copy of the course.
"""

from __future__ import annotations

import ast
import contextlib
import io

import nbformat
import pytest
from nbgrader.api import Gradebook

from conftest import fill_answers
from medialit.lesson import answers
from medialit.content.article import load_article
from medialit.classroom.course import COURSE_ROOT, copy_course, course_api, run
from medialit.lesson.feedback import check
from medialit.classroom.grading import graded_value
from medialit.classroom.test_cells import form_tests, hidden_region
from medialit.classroom.plain_answers import literal_values

KINDS_00 = {1: "none", 2: "named", 3: "named", 4: "unnamed", 5: "vague", 6: "none", 7: "none", 8: "named", 9: "vague"}
S2_SLIP = ("'S2' is written with quotes and a letter: write the sentence number alone, like 2; "
           "until then it does not count.")


def _without(answer: dict, key) -> dict:
    return {k: v for k, v in answer.items() if k != key}


def lesson_cells(lesson: str) -> tuple[nbformat.NotebookNode, dict, dict, dict]:
    """The solution notebook, its test cells' form calls, each answer's solution value and each test's points."""
    nb = nbformat.read(COURSE_ROOT / "solutions" / lesson / f"{lesson}.ipynb", as_version=4)
    solutions, points = {}, {}
    for cell in nb.cells:
        grading = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and grading.get("solution"):
            body = cell.source.split("### BEGIN SOLUTION", 1)[1].split("### END SOLUTION", 1)[0]
            solutions.update(literal_values(body))
        elif cell.cell_type == "code" and grading.get("grade"):
            points[grading["grade_id"]] = (grading["points"], "\n".join(hidden_region(cell.source)))
    return nb, form_tests(nb), solutions, points


def hidden_score(hidden: str, name: str, value: object) -> float:
    """What the lesson's own hidden test gives ``value``: its last expression, run on the graded value alone."""
    tree = ast.parse(hidden)
    last = ast.Expression(tree.body.pop().value)
    namespace = {name: value}
    exec(compile(tree, "hidden", "exec"), namespace)  # the teacher's own test code, on a plain value
    return eval(compile(last, "hidden", "eval"), namespace)


def form_test_says(nb, forms: dict, name: str, value: object) -> str:
    """What the visible test prints for ``value``, given the lesson's own text where it asks for one."""
    texts = nb.metadata["medialit"]
    article = load_article(texts.get("exercise_articles", {}).get(name, texts["article"]))
    reader, arguments = forms[name]
    test = getattr(answers, next(function for function, read in answers.READERS.items() if read is reader))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        test(value, *[article if argument is None else argument for argument in arguments])
    return out.getvalue()


#: (lesson, exercise, how the student's answer differs from the solution, what check() counts as right, of how many)
CASES = [
    ("00-start-here", "named_sentences", lambda s: {"S2", 3, 8}, 2, 3),
    ("00-start-here", "sentence_kinds", lambda s: {**_without(s, 5), "S5": "vague"}, 8, 9),
    ("00-start-here", "sentence_kinds", lambda s: {**s, 5: ...}, 8, 9),
    ("01-unnamed-sources", "speakers", lambda s: {**s, 3: None}, 13, 14),
    ("01-unnamed-sources", "speakers", lambda s: {**s, 3: "nobody"}, 13, 14),
    ("01-unnamed-sources", "no_source", lambda s: {*s, "S9"}, 7, 7),
    ("01-unnamed-sources", "anonymity_rules", lambda s: {"a", "F", "AF"}, 2, 2),
    ("01-unnamed-sources", "chain", lambda s: [*s, 7], 2, 2),
    ("02-state-media-framing", "owners", lambda s: {**s, "BBC": "public"}, 9, 10),
    ("02-state-media-framing", "owners", lambda s: _without(s, "BBC"), 9, 10),
    ("03-unsupported-figures", "vouchers", lambda s: {**s, "S11": "none", "S1": ""}, 11, 12),
    ("05-capstone", "audit_checks", lambda s: {**_without(s, "S2"), "S 2": "independent count"}, 3, 4),
    ("05-capstone", "audit_speakers", lambda s: {**_without(s, 10), "10": "none"}, 14, 15),
]


@pytest.mark.parametrize(("lesson", "exercise", "change", "right", "total"), CASES,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_check_the_form_test_and_the_hidden_test_agree(lesson, exercise, change, right, total):
    nb, forms, solutions, points = lesson_cells(lesson)
    answer = change(solutions[exercise])
    feedback = check(exercise, answer)
    graded, notes = graded_value(answer, forms[exercise])
    said = form_test_says(nb, forms, exercise, answer)
    assert (feedback.right, feedback.total) == (right, total), feedback.text
    assert not feedback.passed and "All right" not in feedback._repr_html_()
    max_points, hidden = points[exercise]
    assert hidden_score(hidden, exercise, graded) == pytest.approx(max_points * right / total)
    for note in notes:  # what grading prints under the answer cell, check() and the form test say word for word
        assert note in feedback.lines and note in said.splitlines(), (note, feedback.text, said)
    assert "The rest of your answer is in a form the grader can read" in said


def test_an_answer_with_nothing_gradable_is_the_same_sentence_and_zero_everywhere():
    nb, forms, _, points = lesson_cells("00-start-here")
    answer = {"S2", "S3"}
    feedback = check("named_sentences", answer)
    said = form_test_says(nb, forms, "named_sentences", answer)  # in the student's kernel: said, not raised
    assert said == f"Not quite ready: {feedback.lines[0]}\n" and len(feedback.lines) == 1 and S2_SLIP in said
    assert not feedback.passed
    assert graded_value(answer, forms["named_sentences"]) == (answer, ()), "left as typed: its form test fails, 0"


# The same, through a real nbgrader autograde of a copy of the course.

STUDENTS = {
    "slip": {"answer_named_sentences": 'named_sentences = {"S2", 3, 8}',
             "answer_sentence_kinds": "sentence_kinds = " + repr({**_without(KINDS_00, 5), "S5": "vague"})},
    "untagged": {"answer_named_sentences": "named_sentences = {2, 3, 8}",
                 "answer_sentence_kinds": "sentence_kinds = " + repr({**KINDS_00, 5: ...}).replace("Ellipsis", "...")},
    "unanswered": {"answer_sentence_kinds": "sentence_kinds = " + repr(KINDS_00)},  # named_sentences is still ...
}


@pytest.fixture(scope="module")
def autograded(tmp_path_factory):
    lesson = "00-start-here"
    root = copy_course(tmp_path_factory.mktemp("form"))
    api = course_api(root, {"Execute": {"timeout": 8}})
    run(api.generate_assignment(lesson))
    for student, typed in STUDENTS.items():
        folder = root / "submitted" / student / lesson
        folder.mkdir(parents=True)
        nbformat.write(fill_answers(root / "lessons" / lesson / f"{lesson}.ipynb", typed), folder / f"{lesson}.ipynb")
    run(api.autograde(lesson, "*"))
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        scores = {student: {grade_id: gradebook.find_grade(grade_id, lesson, lesson, student).score
                            for grade_id in ("named_sentences", "sentence_kinds")} for student in STUDENTS}
    pages = {student: nbformat.read(root / "autograded" / student / lesson / f"{lesson}.ipynb", as_version=4)
             for student in STUDENTS}
    return scores, pages


def _outputs(nb, grade_id: str) -> str:
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)
    return "".join(output.get("text", "") for output in cell.outputs)


def test_a_slip_scores_the_well_formed_items_as_check_counted(autograded):
    scores, pages = autograded
    feedback = check("named_sentences", {"S2", 3, 8})
    assert scores["slip"]["named_sentences"] == pytest.approx(1 * feedback.right / feedback.total) == 2 / 3
    kinds = check("sentence_kinds", {**_without(KINDS_00, 5), "S5": "vague"})
    assert scores["slip"]["sentence_kinds"] == pytest.approx(2 * kinds.right / kinds.total) == 2 * 8 / 9
    assert S2_SLIP in _outputs(pages["slip"], "answer_named_sentences") and S2_SLIP in feedback.lines


def test_a_tagging_answer_with_one_sentence_untagged_gets_credit_for_the_rest(autograded):
    scores, _ = autograded
    assert scores["untagged"] == {"named_sentences": pytest.approx(1.0), "sentence_kinds": pytest.approx(2 * 8 / 9)}


def test_an_unanswered_exercise_still_scores_0_in_a_real_autograde(autograded):
    """Issue 26, item 9: in the student's kernel an unanswered visible test is one line, not an error; while
    nbgrader grades, it is still an error, so the exercise scores 0 and the next one is graded as usual."""
    scores, pages = autograded
    assert scores["unanswered"] == {"named_sentences": 0.0, "sentence_kinds": pytest.approx(2.0)}
    test = next(c for c in pages["unanswered"].cells if c.metadata.get("nbgrader", {}).get("grade_id") == "named_sentences")
    assert [(o.output_type, o.get("ename")) for o in test.outputs] == [("error", "AnswerProblem")]

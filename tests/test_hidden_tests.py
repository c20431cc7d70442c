"""Hidden tests must not depend on anything a student can redefine.

Student code and tests share one kernel, so a student can reassign any name,
`float` and `len` included (through `builtins`), or patch medialit. A hidden
test may therefore read only the names it assigns itself (all starting with
"_") and the answer it grades, may call only methods of values it built
itself (a name it assigned, a dict display, or a `"%s" % x` string), and
may import nothing. Scores come from plain syntax: loops, `in`, comparisons,
`"%s" % x` (always a plain str) and true division (always a float).
"""

from __future__ import annotations

import ast
import functools

import nbformat
import pytest

from medialit.classroom.course import COURSE_ROOT
from medialit.classroom.test_cells import hidden_region


def hidden_regions() -> list[tuple[str, str, str]]:
    regions = []
    for path in sorted((COURSE_ROOT / "solutions").glob("*/*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            body = hidden_region(cell.source)
            if body is not None:
                regions.append((path.parent.name, cell.metadata["nbgrader"]["grade_id"], "\n".join(body)))
    return regions


REGIONS = hidden_regions()


@pytest.mark.parametrize(("lesson", "answer", "source"), REGIONS, ids=[f"{l}:{a}" for l, a, _ in REGIONS])
def test_hidden_test_reads_only_its_own_names_and_the_answer(lesson, answer, source):
    tree = ast.parse(source)
    names = [node for node in ast.walk(tree) if isinstance(node, ast.Name)]
    own = {n.id for n in names if isinstance(n.ctx, ast.Store)}
    assert all(name.startswith("_") for name in own), own
    assert {n.id for n in names if isinstance(n.ctx, ast.Load)} - own <= {answer}
    assert not [node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]
    for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
        assert isinstance(call.func, ast.Attribute), ast.unparse(call)
        receiver = call.func.value
        built = (isinstance(receiver, ast.Name) and receiver.id in own) or isinstance(receiver, ast.Dict)
        formatted = (isinstance(receiver, ast.BinOp) and isinstance(receiver.op, ast.Mod)
                     and isinstance(receiver.left, ast.Constant) and isinstance(receiver.left.value, str))
        assert built or formatted, ast.unparse(call)


@pytest.mark.parametrize(("lesson", "answer", "source"), REGIONS, ids=[f"{l}:{a}" for l, a, _ in REGIONS])
def test_hidden_test_ends_with_an_expression_that_is_its_score(lesson, answer, source):
    assert isinstance(ast.parse(source).body[-1], ast.Expr)


def test_every_lesson_with_grades_has_hidden_tests():
    assert {lesson for lesson, _, _ in REGIONS} >= {"00-start-here"}


def answer_cells() -> list[tuple[str, str, str]]:
    cells = []
    for path in sorted((COURSE_ROOT / "solutions").glob("*/*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            grading = cell.metadata.get("nbgrader", {})
            if cell.cell_type == "code" and grading.get("solution"):
                cells.append((path.parent.name, grading["grade_id"], cell.source))
    return cells


@pytest.mark.parametrize(("lesson", "grade_id", "source"), answer_cells(), ids=[f"{l}:{g}" for l, g, _ in answer_cells()])
def test_every_answer_cell_is_answer_name_and_its_solution_a_plain_value(lesson, grade_id, source):
    """Grading keeps only `name = <plain value>` in a cell `answer_<name>`: any other shape would score 0."""
    from medialit.classroom.plain_answers import literal_values

    assert grade_id.startswith("answer_")
    solution = "\n".join(source.split("### BEGIN SOLUTION", 1)[1].split("### END SOLUTION", 1)[0].splitlines())
    assert grade_id.removeprefix("answer_") in literal_values(solution)


# Marks (lesson 2): the hidden tests read marks with answers.phrase_words's rule, written out in plain syntax. ---------

PHRASE_TESTS = {answer: (lesson, source) for lesson, answer, source in REGIONS if "_text = " in source}
#: The text each phrase exercise is on, as its visible test names it.
PHRASE_TEXTS = {"framing_marks": "one-strike-four-reports", "article_framing": "press-tv-hajin",
                "coalition_framing": "coalition-hajin-statements"}
#: What each phrase exercise is worth.
PHRASE_POINTS = {"framing_marks": 3, "article_framing": 3, "coalition_framing": 1}


@functools.cache
def _compiled(exercise: str):
    tree = ast.parse(PHRASE_TESTS[exercise][1])
    score = ast.Expression(tree.body.pop().value)
    return compile(tree, exercise, "exec"), compile(score, exercise, "eval")


def hidden_score(exercise: str, answer: object) -> float:
    """What the hidden test of ``exercise`` scores ``answer``: it is only syntax on plain values, so it runs here
    as it runs in the grading kernel, and its last line is the score."""
    body, score = _compiled(exercise)
    names = {exercise: answer}
    exec(body, names)  # noqa: S102 (our own hidden test)
    return eval(score, names)  # noqa: S307


def test_every_phrase_exercise_is_graded_against_its_text():
    assert set(PHRASE_TESTS) == set(PHRASE_TEXTS)


@pytest.mark.parametrize("exercise", sorted(PHRASE_TEXTS))
def test_the_hidden_test_holds_its_text_as_the_grader_reads_it(exercise):
    """`_text` is each sentence's words as answers.phrase_words reads them: a stale copy would refuse honest marks."""
    from medialit.lesson.answers import phrase_words
    from medialit.content.article import load_article

    literal = next(line for line in PHRASE_TESTS[exercise][1].splitlines() if line.startswith("_text = "))
    assert ast.literal_eval(literal.removeprefix("_text = ")) == [
        f" {' '.join(phrase_words(s.text))} " for s in load_article(PHRASE_TEXTS[exercise]).sentences]


def _variants(phrase: str) -> list[str]:
    """One mark written the ways an honest student or a hostile one might: the hidden test and check() must agree
    on every one, whatever they score."""
    glued, first = phrase.replace(" ", ""), phrase.split()[0]
    return [phrase, phrase.upper(), f"\u201c{phrase}.\u201d", phrase.replace(" ", "\u00a0"), phrase.replace(" ", "  "),
            phrase.replace("'", "\u2019"), phrase.replace(" ", "-"), phrase.replace("-", " "), glued, glued + "x",
            phrase.replace("a", "\u0430"), phrase.replace("e", "\u0435", 1), phrase[:2] + "\u200b" + phrase[2:],
            phrase.replace(" ", "\u200b"), phrase.replace("-", "\u2011"), f"{phrase} invented", f"{first}s",
            f"{first},{phrase}", "\uff53" + phrase[1:], f"{phrase}'", f"'{phrase}", f"{phrase}--"]


def _every_mark(text: str) -> list[str]:
    """Every run of one to seven neighbouring words of each sentence of the text, as written there."""
    from medialit.content.article import load_article

    marks = []
    for sentence in load_article(text).sentences:
        words = sentence.text.split()
        marks += [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 8, len(words) + 1))]
    return marks


@pytest.mark.parametrize("exercise", sorted(PHRASE_TEXTS))
def test_the_hidden_test_and_check_score_every_mark_alike(exercise):
    """Each run of words of the text, and the written variants of each one near a framing word, as a one-mark answer
    with each technique: the hidden test (on the raw answer, and on what grading passes it) scores what check()
    counts, and 0 where the answer has nothing gradable."""
    from medialit.lesson.answers import FRAMING_TECHNIQUES, AnswerProblem, read_phrase_labels
    from medialit.lesson.feedback import check

    techniques = list(FRAMING_TECHNIQUES)
    marks = _every_mark(PHRASE_TEXTS[exercise])
    framing = [m for m in marks if len(m.split()) <= 2 and any(w in m.lower() for w in (
        "nest", "so-called", "savage", "surgical", "caught", "damage", "occupiers", "precise", "takfiri", "pretext",
        "bloody", "slammed", "massacre", "banned", "regularly", "incapable", "believe", "handful", "falsely", "liberating",
        "brutal", "unintentionally", "stringent"))]
    answers = [{mark: techniques[i % len(techniques)]} for i, mark in enumerate(marks)]
    answers += [{variant: technique} for mark in framing for variant in _variants(mark) for technique in techniques]
    for answer in answers:
        feedback = check(exercise, answer)
        try:
            graded = read_phrase_labels(answer, FRAMING_TECHNIQUES, PHRASE_TEXTS[exercise]).value
        except AnswerProblem:
            assert feedback.total == 0 and hidden_score(exercise, answer) == 0, answer
            continue
        expected = feedback.right / feedback.total * PHRASE_POINTS[exercise]
        assert hidden_score(exercise, answer) == pytest.approx(expected), answer
        assert hidden_score(exercise, graded) == pytest.approx(expected), answer
    assert sum(hidden_score(exercise, answer) > 0 for answer in answers) > 100, "the variants must find framing too"

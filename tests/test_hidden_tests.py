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

import nbformat
import pytest

from medialit.course import COURSE_ROOT
from medialit.keys import hidden_region


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
    from medialit.rescore import literal_values

    assert grade_id.startswith("answer_")
    solution = "\n".join(source.split("### BEGIN SOLUTION", 1)[1].split("### END SOLUTION", 1)[0].splitlines())
    assert grade_id.removeprefix("answer_") in literal_values(solution)

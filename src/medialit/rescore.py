"""Re-score a submission outside the student's kernel, to catch scores that were faked inside it.

nbgrader reads each test's score from what the grading kernel displays, and
the student's code runs in that same kernel, so a student can change how the
score is displayed. Every answer in these lessons is a plain literal, so we
can read it from the notebook without running any student code
(``ast.literal_eval`` builds only strings, numbers, sets, dicts...), then run
the lesson's own test cells on it, here, where no student code has run.
"""

from __future__ import annotations

import ast
import contextlib
import io
from pathlib import Path

import nbformat

def literal_values(source: str) -> dict[str, object]:
    """The last ``name = <literal>`` for each name in one cell's code; names bound to anything else are left out.

    ``ast.literal_eval`` builds only strings, numbers, tuples, lists, sets,
    dicts, booleans, None and ``...``: reading a value this way runs nothing.
    """
    try:
        statements = ast.parse(source).body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return {}
    values = {}
    for statement in statements:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
            name = statement.targets[0].id
            try:
                values[name] = ast.literal_eval(statement.value)
            except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
                values.pop(name, None)
    return values


def literal_answers(notebook: nbformat.NotebookNode) -> dict[str, object]:
    """The last ``name = <literal>`` in each answer cell; names bound to anything else are left out."""
    answers = {}
    for cell in notebook.cells:
        if _is(cell, "solution") and not _is(cell, "grade"):
            answers.update(literal_values(cell.source))
    return answers


def _is(cell, *flags) -> bool:
    grading = cell.metadata.get("nbgrader", {})
    return cell.cell_type == "code" and all(grading.get(flag) for flag in flags)


def _run(source: str, namespace: dict) -> object:
    """Run a cell's code like a notebook would: the value of its last expression, output discarded."""
    body = ast.parse(source).body
    last = body.pop() if body and isinstance(body[-1], ast.Expr) else None
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(ast.Module(body, type_ignores=[]), "<cell>", "exec"), namespace)
        return None if last is None else eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)


def rescore(submitted: Path, solution: Path) -> dict[str, float | None]:
    """Score every autograded exercise of ``submitted``; None where its answer is not a plain literal.

    Only trusted code runs: the solution's locked set-up cells and its test
    cells (visible and hidden parts), here, on the literal the student typed.
    """
    answers = literal_answers(nbformat.read(submitted, as_version=4))
    cells = nbformat.read(solution, as_version=4).cells
    setup: dict = {}
    for cell in cells:
        if _is(cell, "locked") and not _is(cell, "grade") and not _is(cell, "solution"):
            _run(cell.source, setup)
    scores = {}
    for cell in (c for c in cells if _is(c, "grade") and not _is(c, "solution")):
        name = cell.metadata["nbgrader"]["grade_id"]
        if name not in answers:
            scores[name] = None
            continue
        try:
            scores[name] = float(_run(cell.source, {**setup, name: answers[name]}))
        except Exception:  # the answer fails the test cell, as it would in nbgrader: 0 points
            scores[name] = 0.0
    return scores

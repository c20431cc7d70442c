"""Re-score a submission outside the grading kernel, as a second check on the scores nbgrader recorded.

nbgrader reads each test's score from what the grading kernel displays.
Every answer in these lessons is a plain literal, so we can read it from the
notebook without running any student code (medialit.classroom.plain_answers, within
its limits), read it as grading reads it (its text made writable as
medialit.classroom.lesson_cells.WritableText makes it, the copy of each answer cell
grading grades, medialit.classroom.grading.graded_value), then run the lesson's own test
cells on it, here.
"""

from __future__ import annotations

import ast
import contextlib
import io
from pathlib import Path

import nbformat

from .grading import graded_value
from .lesson_cells import WritableText
from .plain_answers import literal_answers
from .test_cells import form_tests

#: Far larger than any lesson notebook saved with its outputs; a larger file is not read for a re-check.
MAX_NOTEBOOK_BYTES = 20_000_000


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
    cells (visible and hidden parts), here, on the answer as grading reads it.
    """
    handed_in, _ = WritableText().preprocess(nbformat.read(submitted, as_version=4), {})
    answers = literal_answers(handed_in)
    lesson = nbformat.read(solution, as_version=4)
    forms = form_tests(lesson)
    setup: dict = {}
    for cell in lesson.cells:
        if _is(cell, "locked") and not _is(cell, "grade") and not _is(cell, "solution"):
            _run(cell.source, setup)
    scores = {}
    for cell in (c for c in lesson.cells if _is(c, "grade") and not _is(c, "solution")):
        name = cell.metadata["nbgrader"]["grade_id"]
        if name not in answers:
            scores[name] = None
            continue
        try:
            value, _ = graded_value(answers[name], forms.get(name))
            scores[name] = float(_run(cell.source, {**setup, name: value}))
        except Exception:  # the answer fails the test cell, as it would in nbgrader: 0 points
            scores[name] = 0.0
    return scores

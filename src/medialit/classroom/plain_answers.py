"""A student's answer as the plain value they typed: read without running anything, within limits set before parsing.

Grading (medialit.classroom.grading.GradePlainValuesOnly), the re-score behind
``medialit report`` (medialit.classroom.rescore) and a learner's ``medialit progress``
read answers here, so all three read the same value the same way.
``ast.literal_eval`` builds only strings, numbers, tuples, lists, sets, dicts,
booleans, None and ``...``: reading runs no student code. What reading costs is
bounded before any parsing: a cell longer than any answer is not read
(parsing a 6 MB list took 3 GB), and a value is kept only if it can be written
back as one line that rebuilds it (a number too long to write out, ``1e999999``
or a lone surrogate cannot) and holds no text longer than any answer's.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Iterable

from ..lesson.answers import python_literal

#: Longer than any answer these lessons ask for (the longest model answer is 1,600 characters).
MAX_ANSWER_CHARS = 20_000
#: Longer than any name, mark or sentence an answer holds; reading a longer text costs time for nothing.
MAX_TEXT_CHARS = 1_000


def literal_values(source: str) -> dict[str, object]:
    """The last ``name = <plain value>`` for each name in one cell's code; names bound to anything else are left out."""
    if len(source) > MAX_ANSWER_CHARS:
        return {}
    try:
        statements = ast.parse(source).body
    except (SyntaxError, ValueError, RecursionError, MemoryError):  # ValueError: a NUL or a lone surrogate
        return {}
    values = {}
    for statement in statements:
        targets = statement.targets if isinstance(statement, ast.Assign) else []
        if len(targets) == 1 and isinstance(targets[0], ast.Name):
            name = targets[0].id
            try:
                value = ast.literal_eval(statement.value)
            except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
                values.pop(name, None)
                continue
            if plain_line(value) is None:
                values.pop(name, None)
            else:
                values[name] = value
    return values


def plain_line(value: object) -> str | None:
    """``value`` as the one line of Python that rebuilds it (sets in order), or None if no such line can be written.

    None for a value holding a text longer than MAX_TEXT_CHARS or one that cannot be saved (a lone surrogate
    is not UTF-8), a number with no digits to write (``1e999999`` is ``inf``) or too many (past Python's
    4,300).
    """
    if not all(map(_writable, _leaves(value))):
        return None
    try:
        return python_literal(value)
    except TypeError:  # a set of numbers and words together cannot be sorted
        return repr(value)


def _leaves(value: object) -> Iterable[object]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(key)
            yield from _leaves(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


def _writable(leaf: object) -> bool:
    if isinstance(leaf, str):
        try:
            leaf.encode()
        except UnicodeEncodeError:
            return False
        return len(leaf) <= MAX_TEXT_CHARS
    if isinstance(leaf, (float, complex)):
        return math.isfinite(abs(leaf))
    if isinstance(leaf, int):
        try:
            repr(leaf)
        except ValueError:  # more digits than Python will write
            return False
    return True


def answers_in(source: str, name: str) -> bool:
    """Whether a copy of the answer cell for ``name`` answers it: a plain value other than the ``...`` to replace."""
    return literal_values(source).get(name, ...) is not ...


def graded_copy(copies: list, name: str):
    """Which copy of an answer cell is graded: the last that answers, as the student's own kernel, run from the
    top, ends with that answer; the first when none does."""
    return next((cell for cell in reversed(copies) if answers_in(cell.source, name)), copies[0])


def grade_id(cell) -> str | None:
    """A cell's nbgrader grade id, or None where it has none or its metadata is not nbgrader's shape."""
    grading = cell.get("metadata", {}).get("nbgrader")
    found = grading.get("grade_id") if isinstance(grading, dict) else None
    return found if isinstance(found, str) else None


def literal_answers(notebook) -> dict[str, object]:
    """Each answer's plain value (by answer name), from the copy of its cell grading grades; others are left out.

    Answer cells are found by grade id (``answer_<name>``), whatever type a student left them in, as grading
    finds them.
    """
    copies: dict[str, list] = {}
    for cell in notebook.cells:
        found = grade_id(cell)
        if found and found.startswith("answer_"):
            copies.setdefault(found.removeprefix("answer_"), []).append(cell)
    answers = {}
    for name, cells in copies.items():
        values = literal_values(graded_copy(cells, name).source)
        if name in values:
            answers[name] = values[name]
    return answers

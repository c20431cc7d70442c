"""A lesson's test cells as grading and the keys read them: the hidden region, and the answer form each visible test asks.

A test cell's hidden region (between nbgrader's delimiters) opens with the
exercise's key (``_key = ...``) and may give reasons for part credit
(``_why = {...}``); the visible test above it names the answer's form
(``expect_sentence_set(answer, article)``). Grading, the re-score, the
feedback page and the keys built for check() all read test cells here.
"""

from __future__ import annotations

import ast

from nbgrader import utils

from ..lesson import answers
from ..lesson.answers import READERS

HIDDEN_BEGIN = "### BEGIN HIDDEN TESTS"
HIDDEN_END = "### END HIDDEN TESTS"


def hidden_region(source: str) -> list[str] | None:
    """The lines between a cell's hidden-test delimiters, or None if it has none."""
    lines = source.splitlines()
    if HIDDEN_BEGIN not in lines:
        return None
    return lines[lines.index(HIDDEN_BEGIN) + 1 : lines.index(HIDDEN_END)]


def hidden_key(source: str) -> object | None:
    """The literal assigned to ``_key`` on the first line of a hidden test region."""
    region = hidden_region(source)
    if region is None:
        return None
    first = region[0]
    target, _, literal = first.partition("=")
    if target.strip() != "_key":
        raise ValueError(f"A hidden test must open with '_key = ...', not {first!r}")
    return ast.literal_eval(literal.strip())


def hidden_reasons(source: str) -> dict[str, str]:
    """The reasons a hidden test gives for answers that earn only part credit (``_why = {...}`` on its second line).

    Each is keyed by the answer item it explains, as :func:`medialit.lesson.answers.given_items` writes it ("f2:named",
    "C"); check() shows it in self-study and the feedback page after grading, never the key itself. The score does
    not read it: it is here so that the reason travels with the key, in the gradebook.
    """
    region = hidden_region(source) or []
    target, _, literal = (region[1] if len(region) > 1 else "").partition("=")
    return ast.literal_eval(literal.strip()) if target.strip() == "_why" else {}


def form_tests(nb) -> dict[str, tuple]:
    """Each answer's visible test, found in the teacher's test cells: answer name -> (its reader, the other arguments).

    Arguments are known without running anything: literals (names, choice letters), a vocabulary by its name in
    medialit.lesson.answers, and None for a text (``article``), which only the visible test itself can see.
    """
    forms = {}
    for cell in nb.cells:
        if cell.cell_type != "code" or not utils.is_grade(cell) or utils.is_solution(cell):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in READERS
                    and node.args and isinstance(node.args[0], ast.Name)):
                forms[node.args[0].id] = (READERS[node.func.id], [_known_argument(arg) for arg in node.args[1:]])
    return forms


def _known_argument(node: ast.expr) -> object:
    if isinstance(node, ast.Name):
        value = getattr(answers, node.id, None)
        return value if isinstance(value, dict) else None
    try:
        return ast.literal_eval(node)
    except ValueError:
        return None

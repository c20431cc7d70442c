"""Whether a learner's notebook is still a given lesson: the one rule `medialit start` and the browser site share.

A notebook is still the lesson while it holds every cell a learner does not write in (the lesson's text, its set-up
and its tests), by their source: answers, outputs and cells of the learner's own may be anything. When a lesson
changes one of those cells, a learner's saved copy no longer is the lesson, and the new version is offered beside it.
Student side: plain dicts or nbformat's nodes alike, no nbformat needed (the browser's Python has none).
"""

from __future__ import annotations

from collections import Counter


def still_the_lesson(lesson_cells: list, their_cells: list) -> bool:
    """Whether ``their_cells`` hold every fixed cell of ``lesson_cells`` (as many times as the lesson has it)."""
    fixed = Counter(_source(cell) for cell in lesson_cells if _not_written_in(cell))
    return not fixed - Counter(_source(cell) for cell in their_cells)


def _source(cell) -> str:
    """A cell's source as one string: a notebook file may store it as a list of lines."""
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def _not_written_in(cell) -> bool:
    grading = cell.get("metadata", {}).get("nbgrader", {})
    return bool(grading.get("locked")) or cell.get("cell_type") == "markdown" and not grading.get("solution")

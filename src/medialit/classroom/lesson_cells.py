"""Before grading: a handed-in notebook holds text that can be saved, and the lesson's cells once each, as the lesson
made them.

Both run first in autograde's sanitising steps (nbgrader_config.py); the
handed-in file itself is never changed. nbgrader alone stops grading the
whole notebook for any of these: a lone surrogate (valid in JSON, not in
UTF-8) anywhere, since the graded copy cannot be saved; a cell copied in
JupyterLab (its grade id twice); a cell added with a grade id; a grade id
that is not text or nbgrader metadata that is not a dict.
"""

from __future__ import annotations

from nbformat import from_dict
from nbformat.v4 import new_code_cell, new_markdown_cell, new_raw_cell
from nbgrader.api import Gradebook
from nbgrader.preprocessors import NbGraderPreprocessor

from .plain_answers import grade_id, graded_copy


class WritableText(NbGraderPreprocessor):
    """Every text in the notebook (sources, metadata, keys) with each lone surrogate replaced by U+FFFD."""

    def preprocess(self, nb, resources):
        return _writable(nb), resources


def _writable(node):
    if isinstance(node, str):
        try:
            node.encode()
        except UnicodeEncodeError:  # a pair split in two is joined again; a lone half becomes U+FFFD
            return node.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return node
    if isinstance(node, dict):
        for key in list(node):
            node[_writable(key)] = _writable(node.pop(key))
    elif isinstance(node, list):
        node[:] = map(_writable, node)
    return node


NEW_CELL = {"code": new_code_cell, "markdown": new_markdown_cell, "raw": new_raw_cell}


class LessonCellsOnly(NbGraderPreprocessor):
    """Each cell of the lesson once, with the lesson's nbgrader metadata and cell type, read from the gradebook.

    A cell whose nbgrader metadata names no cell of the lesson (or is not
    nbgrader's shape) loses it: it is graded as a cell the student added (a
    code cell is emptied, see GradePlainValuesOnly). Of several copies of one
    cell, one keeps the metadata and the others become added cells:

    - an answer is graded where its first copy is (above its test), with the
      last copy the student answered in: the student's own kernel, run from
      the top, ends with that answer (an honest copy and paste costs nothing);
    - a test is kept where its last copy is, below what it needs; nbgrader
      then restores its source;
    - anything else (the set-up, a written answer's place) where its first
      copy is, a written answer holding the last copy that differs from the
      lesson's text.

    Points, flags and cell type come from the gradebook, so nothing a student
    edits in them counts. The log names only the lesson's own cells, never
    text a student wrote (it reaches the teacher's terminal). This takes the place of nbgrader's DeduplicateIds
    (which keeps the last copy of an answer, and leaves metadata without a
    grade id that nbgrader's OverwriteCells then stops on).
    """

    def preprocess(self, nb, resources):
        lesson = _lesson_cells(resources["nbgrader"])
        copies: dict[str, list] = {}
        for cell in nb.cells:
            found = grade_id(cell)
            if found in lesson:
                copies.setdefault(found, []).append(cell)
            elif "nbgrader" in cell.metadata:
                del cell.metadata["nbgrader"]
                self.log.warning("A cell with nbgrader metadata that is not this lesson's is graded as an added cell.")
        for name, cells in copies.items():
            kept = _kept(cells, lesson[name])
            if len(cells) > 1:
                self.log.warning("Cell %s was handed in %d times; one copy is graded.", name, len(cells))
            for cell in cells:
                if cell is not kept:
                    del cell.metadata["nbgrader"]
            kept.metadata["nbgrader"] = from_dict(lesson[name]["metadata"])
            if kept.cell_type != lesson[name]["cell_type"]:
                self.log.warning("Cell %s was handed in as another type of cell; it is graded as the lesson's %s "
                                 "cell.", name, lesson[name]["cell_type"])
                retyped = NEW_CELL[lesson[name]["cell_type"]](kept.source, metadata=kept.metadata)
                retyped["id"] = kept.get("id", retyped["id"])
                nb.cells[nb.cells.index(kept)] = retyped
        return nb, resources


def _lesson_cells(nbgrader: dict) -> dict[str, dict]:
    """Each cell of the lesson by grade id: its type, its source as released, and its nbgrader metadata."""
    with Gradebook(nbgrader["db_url"]) as gradebook:
        notebook = gradebook.find_notebook(nbgrader["notebook"], nbgrader["assignment"])
        points = {cell.name: cell.max_score for cell in notebook.grade_cells}
        solutions = {cell.name for cell in notebook.solution_cells}
        tasks = {cell.name for cell in notebook.task_cells}
        return {cell.name: {"cell_type": cell.cell_type, "source": cell.source, "metadata": {
            "grade": cell.name in points, "grade_id": cell.name, "locked": bool(cell.locked), "schema_version": 3,
            "solution": cell.name in solutions, "task": cell.name in tasks,
            **({"points": points[cell.name]} if cell.name in points else {})}} for cell in notebook.source_cells}


def _kept(cells: list, lesson: dict):
    """The copy that keeps the lesson's metadata, holding the source that is graded (see LessonCellsOnly)."""
    grading = lesson["metadata"]
    if grading["grade"] and not grading["solution"]:
        return cells[-1]
    kept = cells[0]
    if grading["solution"] and lesson["cell_type"] == "code":
        kept.source = graded_copy(cells, grading["grade_id"].removeprefix("answer_")).source
    elif grading["solution"]:
        kept.source = next((c.source for c in reversed(cells) if c.source.strip() != lesson["source"].strip()),
                           kept.source)
    return kept

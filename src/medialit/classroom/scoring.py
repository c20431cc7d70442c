"""An autograded test scores the number it computed, and nothing else scores.

nbgrader reads a test cell's score from its first result (``Out[...]``) and
gives FULL points when that result is not a number, or when there is none
(``nbgrader.utils.determine_grade``): a long answer whose notes pushed the
result past the output cap once scored full marks that way. Every test cell
of these lessons ends with its score as a plain number, so here a test
scores that number, and a test that errs, writes to stderr, shows no number,
or a number outside 0 to its points, scores 0. Autograde saves grades with
:class:`SaveTestScores` in place of nbgrader's SaveAutoGrades (see
nbgrader_config.py); everything else nbgrader records is unchanged.
"""

from __future__ import annotations

import math

from nbgrader import utils
from nbgrader.preprocessors import SaveAutoGrades


def autograded_score(cell) -> float:
    """The score of one autograded test cell: the number its result shows, or 0."""
    points = float(cell.metadata["nbgrader"]["points"])
    for output in cell.get("outputs", []):
        if output.output_type == "error" or (output.output_type == "stream" and output.get("name") == "stderr"):
            return 0.0
        if output.output_type == "execute_result":
            return _number_in(output.get("data", {}).get("text/plain", ""), points)
    return 0.0


def _number_in(text: str | list, points: float) -> float:
    """A result's text as a score: one number from 0 to ``points``, else 0."""
    try:
        score = float("".join(text) if isinstance(text, list) else text)
    except (TypeError, ValueError):
        return 0.0
    return score if math.isfinite(score) and 0 <= score <= points else 0.0


class SaveTestScores(SaveAutoGrades):
    """nbgrader's SaveAutoGrades, scoring each autograded test with :func:`autograded_score`.

    Written answers (Markdown) and anything else nbgrader does not autograde
    are recorded as nbgrader records them: waiting for the teacher.
    """

    def _add_score(self, cell, resources) -> None:
        if cell.cell_type != "code" or utils.is_solution(cell):
            return super()._add_score(cell, resources)
        grade = self.gradebook.find_grade(cell.metadata["nbgrader"]["grade_id"], self.notebook_id,
                                          self.assignment_id, self.student_id)
        grade.auto_score = autograded_score(cell)
        grade.needs_manual_grade = grade.manual_score is not None  # a teacher's mark is kept, and looked at again
        self.gradebook.db.commit()

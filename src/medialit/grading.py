"""Keep the answer key out of the feedback students receive.

nbgrader restores hidden tests before autograding and its feedback shows the
autograded notebook as it is, hidden tests included (nbgrader issue #1363).
:class:`HideHiddenTests` runs as one of ``GenerateFeedback``'s preprocessors
(see ``nbgrader_config.py``): it cuts the hidden regions out of test cells, and
reduces any error a test cell raised to its name, because IPython's tracebacks
quote the lines around the failure, which could be the key. Our own
form messages (``AnswerProblem``) say only what the student typed and are kept.
"""

from __future__ import annotations

from nbgrader import utils
from nbgrader.preprocessors import ClearHiddenTests

KEPT_ERRORS = {"AnswerProblem"}


class HideHiddenTests(ClearHiddenTests):
    """ClearHiddenTests for feedback: also shortens tracebacks from test cells."""

    def preprocess_cell(self, cell, resources, cell_index):
        cell, resources = super().preprocess_cell(cell, resources, cell_index)
        if cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell):
            for output in cell.get("outputs", []):
                if output.output_type == "error" and output.ename not in KEPT_ERRORS:
                    output.traceback = [f"{output.ename}: this test could not finish, so this part scored 0."]
                    output.evalue = ""
        return cell, resources

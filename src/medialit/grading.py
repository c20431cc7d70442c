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
from nbgrader.preprocessors import ClearHiddenTests, NbGraderPreprocessor

from .answers import python_literal
from .rescore import literal_values

KEPT_ERRORS = {"AnswerProblem"}

#: What an answer cell says in the graded notebook (and the feedback) when it held no plain value.
NOT_A_PLAIN_VALUE = ("This answer is not a plain value such as {{1, 4}} or {{\"A\": \"b\"}}, so it could not be graded: "
                     "{name} scores 0. Write just `{name} = ` and your answer.")


class GradePlainValuesOnly(NbGraderPreprocessor):
    """Autograding runs none of a student's code: only the plain values they typed, and the teacher's cells.

    Every graded answer in these lessons is a plain value, so each answer cell
    is rebuilt as ``name = <the literal the student wrote>`` (read with
    ``ast.literal_eval``, which runs nothing); every other cell a student can
    edit (check() calls, the tools, cells they added) is emptied. Locked cells
    are the teacher's: nbgrader's OverwriteCells has already restored them
    from the gradebook. Hooks, patched built-ins, files written, a hijacked
    display or a fake ``set`` cannot happen, because none of it is run. Runs in
    autograde's sanitising step, after OverwriteCells (see nbgrader_config.py).
    """

    def preprocess_cell(self, cell, resources, cell_index):
        if cell.cell_type != "code" or utils.is_locked(cell):
            return cell, resources
        if utils.is_solution(cell):
            name = cell.metadata["nbgrader"]["grade_id"].removeprefix("answer_")
            values = literal_values(cell.source)
            cell.source = (f"{name} = {_as_code(values[name])}" if name in values
                           else f"print({NOT_A_PLAIN_VALUE.format(name=name)!r})")
        else:
            cell.source = ""
        return cell, resources


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


def _as_code(value: object) -> str:
    """A plain value as the one line a student would write (sets in order), or its repr if it has no order."""
    try:
        return python_literal(value)
    except TypeError:  # a set of numbers and words together cannot be sorted
        return repr(value)


class CleanWrittenAnswers(NbGraderPreprocessor):
    """Written answers (Markdown) reach the teacher's browser in the formgrader and the student's in feedback.

    nbgrader's templates render a Markdown cell's HTML as it is, so a student
    could hand in ``<img onerror=...>``. Each written answer in the graded
    notebook is cleaned with bleach (nbconvert's own dependency): tags for
    text stay, scripts, styles, event handlers and links to scripts go. The
    handed-in notebook itself is left as it was.
    """

    def preprocess_cell(self, cell, resources, cell_index):
        if cell.cell_type == "markdown" and utils.is_solution(cell):
            import bleach

            cell.source = bleach.clean(cell.source, tags=_TEXT_TAGS, attributes={"a": ["href", "title"]},
                                       protocols=["http", "https", "mailto"], strip=True)
        return cell, resources


#: HTML a written answer may keep: text formatting only.
_TEXT_TAGS = {"a", "abbr", "b", "blockquote", "br", "code", "em", "i", "li", "ol", "p", "pre", "strong", "sub", "sup",
              "ul"}

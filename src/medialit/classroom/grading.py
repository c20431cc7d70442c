"""Grading that runs no student code, and feedback that carries no key and no script.

Autograde (steps set in ``nbgrader_config.py``): :class:`GradePlainValuesOnly`
turns each answer cell into the plain value the student typed, and after the
run :class:`ShowTypedAnswers` shows what they typed there again;
:class:`LimitOutputBytes` caps what any cell may print, in bytes as well as
lines (written answers and outputs are cleaned of scripts by
``medialit.classroom.student_html``). Feedback: :class:`HideHiddenTests` cuts the hidden
tests out (nbgrader shows them, issue #1363), rebuilds kept error messages from
their text alone, and removes any line that still quotes a hidden test or the
key and tells the teacher.
"""

from __future__ import annotations

import ast

from nbgrader import utils
from nbgrader.api import MissingEntry
from nbgrader.preprocessors import ClearHiddenTests, LimitOutput, NbGraderPreprocessor, OverwriteCells
from traitlets import Integer

from ..content.wording import counted
from ..lesson.answers import AnswerProblem, python_literal
from .plain_answers import MAX_ANSWER_CHARS, literal_values, plain_line
from .test_cells import form_tests, hidden_region

KEPT_ERRORS = {"AnswerProblem"}

#: What an answer cell says in the graded notebook (and the feedback) when it held no plain value.
NOT_A_PLAIN_VALUE = ("This answer is not a plain value such as {{1, 4}} or {{\"A\": \"b\"}}, so it could not be graded: "
                     "{name} scores 0. Write just `{name} = ` and your answer.")

#: Notes an answer cell prints in the graded notebook (and the feedback) before it says how many more there are.
MAX_NOTES = 10

#: Where an answer cell keeps what the student typed while its plain value runs (cell metadata, see ShowTypedAnswers).
TYPED = "medialit_typed"
#: The last line of an answer shown cut: grading reads no answer this long (medialit.classroom.plain_answers).
TYPED_CUT = f"# This answer is cut here: it is longer than {MAX_ANSWER_CHARS:,} characters."


class OverwriteCellsQuietly(OverwriteCells):
    """nbgrader's OverwriteCells, without a false tampering warning for every test cell with hidden tests.

    The gradebook keeps a test cell's checksum with its hidden tests, the
    release has them removed, so nbgrader warns "Attribute 'checksum' … has
    changed!" for every student (nbgrader issue #1961), which hides a real
    warning among false ones. A locked cell handed in exactly as released gets
    its hidden tests back without a warning; any other change is still
    reported and overwritten, as nbgrader does.
    """

    def preprocess_cell(self, cell, resources, cell_index):
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id and utils.is_locked(cell):
            try:
                source = self.gradebook.find_source_cell(grade_id, self.notebook_id, self.assignment_id).source
            except MissingEntry:
                source = None
            if source is not None and hidden_region(source) is not None and cell.source == _as_released(source):
                cell.source = source
        return super().preprocess_cell(cell, resources, cell_index)


def _as_released(source: str) -> str:
    """A test cell as the student version has it: the hidden region and its delimiters gone."""
    from nbformat.v4 import new_code_cell

    cell = new_code_cell(source, metadata={"nbgrader": {"grade": True, "solution": False, "locked": True}})
    return ClearHiddenTests().preprocess_cell(cell, {}, 0)[0].source


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

    Each value is then read as check() and the visible test read it (the
    ``read_*`` function behind the ``expect_*`` call in its test cell): items
    in a form the grader cannot read are left out, and the cell prints the
    same sentence check() showed for each, so the feedback says it too.
    An answer that cannot be read within medialit.classroom.plain_answers' limits costs
    its exercise, with one sentence, and never the notebook.
    """

    def preprocess(self, nb, resources):
        self._forms = form_tests(nb)
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, cell_index):
        if cell.cell_type != "code" or utils.is_locked(cell):
            return cell, resources
        if utils.is_solution(cell):
            name = cell.metadata["nbgrader"]["grade_id"].removeprefix("answer_")
            cell.metadata[TYPED] = cell.source if len(cell.source) <= MAX_ANSWER_CHARS else \
                f"{cell.source[:MAX_ANSWER_CHARS]}\n{TYPED_CUT}"
            cell.source = self._graded_source(cell.source, name)
        else:
            cell.source = ""
        return cell, resources

    def _graded_source(self, source: str, name: str) -> str:
        """``name = <the value graded>`` and a print of each note, or one sentence if there is no plain value."""
        values = literal_values(source)
        if name not in values:
            return f"print({NOT_A_PLAIN_VALUE.format(name=name)!r})"
        value, notes = graded_value(values[name], self._forms.get(name))
        if len(notes) > MAX_NOTES:
            notes = (*notes[:MAX_NOTES], f"And {counted(len(notes) - MAX_NOTES, 'more note')} like these.")
        return "\n".join([f"{name} = {plain_line(value)}", *(f"print({note!r})" for note in notes)])


class ShowTypedAnswers(NbGraderPreprocessor):
    """After the graded run, each answer cell shows what the student typed again, above what grading printed.

    The formgrader and the feedback page show the autograded notebook. What ran in an answer cell is
    GradePlainValuesOnly's ``name = <value>`` and a print() for each note: code the student never wrote, and a
    value reworded (``"b"`` read as ``"B"``). The student's own text goes back as the cell's source; the outputs,
    the notes on what was left out or the sentence saying it was no plain value, stay. Pages show code as text,
    escaped and highlighted (nbconvert's ``highlight_code``), and nothing runs the notebook again. The key is
    removed from every cell: only an answer cell's, which GradePlainValuesOnly wrote itself, is shown.
    Runs straight after the graded run (nbgrader_config.py), so nbgrader's "No response." is said of an
    answer handed in as released.
    """

    def preprocess_cell(self, cell, resources, cell_index):
        typed = cell.metadata.pop(TYPED, None)
        answer = cell.cell_type == "code" and utils.is_solution(cell) and not utils.is_locked(cell)
        if answer and isinstance(typed, str):
            cell.source = typed
        return cell, resources


def graded_value(value: object, form: tuple | None) -> tuple[object, tuple[str, ...]]:
    """The value the hidden test grades, and the notes on what was left out (the reading check() showed).

    An answer with nothing gradable is left as typed: its visible test then fails with the same sentence, and
    the exercise scores 0, as check() said.
    """
    if form is None:
        return value, ()
    reader, arguments = form
    try:
        reading = reader(value, *arguments)
    except AnswerProblem:
        return value, ()
    return reading.value, reading.notes


class HideHiddenTests(ClearHiddenTests):
    """ClearHiddenTests for feedback, and a last scan of the page for anything of the key.

    Before the hidden regions go, their lines (those not also shown to
    students) and the key values they hold are noted; after, every output and
    every cell is searched for them, and any line that holds one is removed and
    counted in the teacher's log. Errors from test cells keep one line, built
    from the error's own text, never IPython's traceback (which quotes the lines
    around the failure).
    """

    def preprocess(self, nb, resources):
        secret_lines, key_values = _secrets(nb)
        nb, resources = super().preprocess(nb, resources)
        removed = 0
        for cell in nb.cells:
            if not (utils.is_grade(cell) and not utils.is_solution(cell)):
                cell.source, count = _without_lines(cell.source, secret_lines)
                removed += count
            for output in cell.get("outputs", []):
                removed += _clean_output(output, secret_lines | key_values)
        if removed:
            student = resources.get("nbgrader", {}).get("student", "?")
            self.log.warning("Feedback for %s: removed %d line(s) that quoted the hidden tests or the key.",
                             student, removed)
        return nb, resources

    def preprocess_cell(self, cell, resources, cell_index):
        cell, resources = super().preprocess_cell(cell, resources, cell_index)
        if cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell):
            for output in cell.get("outputs", []):
                if output.output_type == "error":
                    output.traceback = [_error_line(output)]
        return cell, resources


def _error_line(output) -> str:
    """One line for a test cell's error: a form message says what the student typed; anything else only its name."""
    if output.ename in KEPT_ERRORS:
        return f"{output.ename}: {output.evalue}"
    output.evalue = ""
    return f"{output.ename}: this test could not finish, so this part scored 0."


#: A hidden-test line shorter than this (``_best = 0.0``) says nothing about the key and is common elsewhere.
_SHORTEST_SECRET = 8


def _secrets(nb) -> tuple[set[str], set[str]]:
    """Lines of hidden tests that students never see, and the key values (``_key = ...``) as text.

    Lines students see are the lesson's: an answer cell shows what its student typed, and a hidden line typed
    there stays secret.
    """
    hidden, shown, values = set(), set(), set()
    for cell in nb.cells:
        region = hidden_region(cell.source) or []
        hidden |= {line.strip() for line in region}
        if not utils.is_solution(cell):
            shown |= {line.strip() for line in cell.source.splitlines()} - hidden
        for line in region:
            if line.startswith("_key = "):
                values |= _key_texts(line.removeprefix("_key = "))
    lines = {line for line in hidden - shown if len(line) >= _SHORTEST_SECRET}
    return lines, {value for value in values if len(value) >= _SHORTEST_SECRET}


def _key_texts(source: str) -> set[str]:
    """The key as written, and each accepted answer in it as check() or a student would write it."""
    texts = {source}
    try:
        key = ast.literal_eval(source)
    except (ValueError, SyntaxError):
        return texts
    parts = key if isinstance(key, list) else list(key.values()) if isinstance(key, dict) else [key]
    for part in [key, *parts]:
        try:
            texts.add(python_literal(part))
        except TypeError:
            texts.add(repr(part))
    return texts


def _without_lines(text, secrets: set[str]) -> tuple[str, int]:
    """``text`` (a string or nbformat's list of strings) without the lines that hold a secret."""
    joined = "".join(text) if isinstance(text, list) else text
    lines = joined.splitlines(keepends=True)
    kept = [line for line in lines if not any(secret in line for secret in secrets)]
    return "".join(kept), len(lines) - len(kept)


def _clean_output(output, secrets: set[str]) -> int:
    """Remove secret lines from one output; returns the lines removed."""
    removed = 0
    if "text" in output:
        output.text, removed = _without_lines(output.text, secrets)
    if "traceback" in output:
        kept = [line for line in output.traceback if not any(secret in line for secret in secrets)]
        removed += len(output.traceback) - len(kept)
        output.traceback = kept
    data = output.get("data", {})
    for kind in list(data):
        if kind.startswith("text/") or kind.endswith("json"):
            text = data[kind] if isinstance(data[kind], (str, list)) else ""
            data[kind], count = _without_lines(text, secrets) if text else (data[kind], 0)
            removed += count
    return removed




class LimitOutputBytes(LimitOutput):
    """nbgrader's LimitOutput cuts by lines; one 50 MB line passes it. This also caps each cell's output in bytes.

    A test cell's result (``Out[...]``) is its score (medialit.classroom.scoring): it is never cut and costs nothing
    from the budget, so what the test printed before it, however long, cannot cut it.
    """

    max_bytes = Integer(100_000, help="most bytes of output one cell keeps").tag(config=True)

    def preprocess_cell(self, cell, resources, cell_index):
        cell, resources = super().preprocess_cell(cell, resources, cell_index)
        budget = self.max_bytes
        is_test = cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell)
        for output in cell.get("outputs", []):
            if is_test and output.output_type == "execute_result":
                continue
            for holder, field in _text_fields(output):
                text = "".join(holder[field]) if isinstance(holder[field], list) else holder[field]
                size = len(text.encode())
                if size > budget:
                    text = text.encode()[:budget].decode(errors="ignore") + "\n... Output truncated ...\n"
                    holder[field] = text
                budget = max(budget - size, 0)
            if "traceback" in output:
                kept = []
                for line in output.traceback:
                    budget -= len(line.encode())
                    if budget < 0:
                        kept.append("... Output truncated ...")
                        break
                    kept.append(line)
                output.traceback = kept
        return cell, resources


def _text_fields(output):
    """Every (holder, key) of an output whose value is text or base64: stream text and each kind of data."""
    if "text" in output:
        yield output, "text"
    for kind in output.get("data", {}):
        if isinstance(output.data[kind], (str, list)):
            yield output.data, kind

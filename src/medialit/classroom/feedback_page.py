"""The feedback page a student gets from ``nbgrader generate_feedback``: exercises by name, each score once.

nbgrader's own page lists "Test cell (Score: 0.33 / 1.0)", repeats the score
over the cell and shows the test's raw result (``Out[4]: 0.3333333333333333``).
:class:`NameExercises` (a feedback preprocessor, after nbgrader's GetGrades and
the hidden-test filter) notes on every graded cell the exercise it belongs to
(from the lesson's heading), its score in words, and how that kind of answer
is scored; it removes the raw number. The template
``feedback_templates/medialit_feedback`` (an extension of nbgrader's feedback
template, set in ``nbgrader_config.py``) shows them, escaped: a heading comes
from text a student can edit.

:class:`PageStyle` adds a few lines to the styles of both pages that show a
graded notebook, the feedback page and nbgrader's formgrader: long lines wrap,
and an exercise's heading grows with its text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from nbconvert.preprocessors import Preprocessor
from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import List

from ..content.wording import counted
from ..lesson.answers import given_items
from .grading import HideHiddenTests, graded_value
from .plain_answers import literal_values
from .student_html import rendered
from .test_cells import form_tests, hidden_reasons

#: The folder nbgrader_config.py adds to the exporter's template folders.
TEMPLATES = Path(__file__).parent / "feedback_templates"

#: nbconvert's HTML exporter sets ``NbConvertBase.display_data_priority`` for every preprocessor it runs;
#: nbgrader's preprocessors redeclare the trait without ``config=True``, so traitlets warned
#: "Config option `display_data_priority` not recognized". Declared here as configurable, it is simply taken.
_DISPLAY_DATA_PRIORITY = List(["text/html", "application/pdf", "text/latex", "image/svg+xml", "image/png",
                               "image/jpeg", "text/plain"]).tag(config=True)

#: How each kind of answer is scored, by the visible check its test cell calls: what the hidden tests
#: in solutions/ compute, in words for students.
SCORING_RULES = {
    "expect_choice_set": "Each right choice earns an equal share of the points. Each choice that is not right takes "
                         "one share away again, so guessing does not pay; the score never goes below 0.",
    "expect_sentence_set": "Each right sentence earns an equal share of the points. Each sentence that is not right "
                           "takes one share away again, so guessing does not pay; the score never goes below 0.",
    "expect_chain": "Each right link (who told whom) earns an equal share of the points. Each link that is not right "
                    "takes one share away again; the score never goes below 0.",
    "expect_phrase_labels": "Each framing word you found with a right technique earns an equal share of the points. "
                            "Each mark on words that are not framing takes one share away again. A mark longer "
                            "than six words, or one that is not the text's own words in its order, counts for "
                            "nothing; the score never goes below 0.",
    "expect_name_labels": "Each name with a right label earns an equal share of the points. A wrong label earns "
                          "nothing, but takes nothing away.",
    "expect_sentence_labels": "Each sentence with the right tag earns an equal share of the points. A wrong tag earns "
                              "nothing, but takes nothing away.",
    "expect_sentence_kinds": "Each sentence counts the same. In a sentence, each right kind of source earns its share "
                             "and each kind that is not right takes one away again, never below 0 for that sentence.",
    "expect_range": "Each end of the range that is right earns half the points; a wrong end earns nothing.",
}

#: A lesson heading (h1 to h3): "3. Exercise 1 (2 points): sort ten voices" gives "Exercise 1: sort ten voices".
#: Only headings that name an exercise count ("How am I doing?" under an exercise does not).
_HEADING = re.compile(r"^(?:\d+\.\s+)?(?P<title>(?:Exercise|Question|Part)\b.+?)\s*$")
_POINTS = re.compile(r"\s*\([^()]*\bpoints?\b[^()]*\)")


#: Added to nbgrader's styles. An answer's or an output's long line wraps instead of scrolling its box sideways
#: (a tagging answer is one line of 300 characters), between words (Bootstrap breaks any word anywhere). nbgrader
#: makes an exercise's heading 37 px high, so a second line, "How it was scored", ran under the code box: it grows
#: with its text. Its link was light grey on blue.
PAGE_STYLE = """
#notebook-container pre { white-space: pre-wrap; word-break: normal; overflow-wrap: anywhere; }
div.panel.nbgrader_cell .panel-heading { height: auto; overflow: hidden; }
div.panel.nbgrader_cell .panel-heading a { color: #fff; text-decoration: underline; }
"""


class PageStyle(Preprocessor):
    """Puts PAGE_STYLE among the page's inline styles, which nbgrader's formgrader and feedback templates print.

    medialit's two templates (``feedback_templates``, each extending nbgrader's) run it from their conf.json,
    after nbconvert's CSSHTMLHeaderPreprocessor, which replaces the page's inline styles; nbgrader_config.py
    makes them the formgrader's and the feedback's templates.
    """

    def preprocess(self, nb, resources):
        styles = resources.setdefault("inlining", {}).setdefault("css", [])
        if PAGE_STYLE not in styles:
            styles.append(PAGE_STYLE)
        return nb, resources


class HideHiddenTestsQuietly(HideHiddenTests):
    """medialit's feedback filter (hidden tests and the key never on a page), without traitlets' false warning."""

    display_data_priority = _DISPLAY_DATA_PRIORITY


class NameExercises(NbGraderPreprocessor):
    """Note on each graded cell its exercise, its score in words and the scoring rule; drop the raw score output."""

    display_data_priority = _DISPLAY_DATA_PRIORITY

    def preprocess(self, nb, resources):
        headings = _exercise_headings(nb)
        reasons = _part_credit_reasons(nb, resources)
        graded = [(index, cell.metadata["nbgrader"]) for index, cell in enumerate(nb.cells)
                  if cell.metadata.get("nbgrader", {}).get("grade") or cell.metadata.get("nbgrader", {}).get("solution")]
        names = {(headings.get(index), _name(grading)) for index, grading in graded}
        shared = {title for title, _ in names if sum(other == title for other, _ in names) > 1}
        for index, grading in graded:
            cell = nb.cells[index]
            title = headings.get(index, "This exercise")
            if title in shared:  # the skill checks ask two questions under one heading: the answer's name tells them apart
                title += f" ({_name(grading)})"
            note = {"exercise": title}
            if grading.get("grade"):
                note["score"] = _score_words(grading.get("score"), grading.get("points", 0))
                note["rule"] = _rule(cell) if cell.cell_type == "code" and not grading.get("solution") else ""
                note["marked_by_teacher"] = cell.cell_type == "markdown"
                note["reasons"] = reasons.get(_name(grading), [])
            if cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell):
                cell.outputs = [output for output in cell.get("outputs", []) if not _is_score(output)]
            cell.metadata["medialit_feedback"] = note
        return nb, resources


def _part_credit_reasons(nb, resources) -> dict[str, list[str]]:
    """Per exercise, the key's reason for each answer item of this student's that earns only part credit.

    The reasons sit with the key in the hidden test (``_why``, see medialit.classroom.test_cells.hidden_reasons); they are read from
    the gradebook, the teacher's copy, since the page's own test cells are cut before this step. The student's
    items are read from their answer cell as grading read it (medialit.lesson.answers.given_items).
    """
    from nbgrader.api import Gradebook, MissingEntry

    info = resources.get("nbgrader", {})
    typed = {_name(cell.metadata["nbgrader"]): literal_values(cell.source) for cell in nb.cells
             if cell.cell_type == "code" and utils.is_solution(cell) and not utils.is_grade(cell)}
    forms, found = form_tests(nb), {}
    with Gradebook(info["db_url"]) as gradebook:
        for name, values in typed.items():
            try:
                source = gradebook.find_source_cell(name, info["notebook"], info["assignment"]).source
            except MissingEntry:
                continue
            why = hidden_reasons(source)
            items = given_items(graded_value(values[name], forms.get(name))[0]) if name in values else set()
            found[name] = list(dict.fromkeys(why[item] for item in sorted(items) if item in why))  # each reason once
    return found


def _name(grading: dict) -> str:
    """The exercise a graded cell belongs to: its answer cell is ``answer_<name>``, its test cell ``<name>``."""
    return grading["grade_id"].removeprefix("answer_")


def _exercise_headings(nb) -> dict[int, str]:
    """The title of the last heading above each cell, as plain text, without its section number and points.

    Only the lesson's text counts: a heading a student wrote in an answer names nothing. (The lesson's text is
    not locked, so what a student wrote there names their own exercises, on their own page, as text.)
    """
    titles, current = {}, None
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown" and not utils.is_solution(cell):
            for match in filter(None, map(_HEADING.match, _headings(cell.source))):
                current = _POINTS.sub("", match["title"]).strip()
        if current:
            titles[index] = current
    return titles


def _headings(markdown: str) -> list[str]:
    """The text of each h1 to h3 of a Markdown cell as nbconvert shows it (the autograded notebook holds the
    cleaned HTML of most cells; the teacher's own cells are still Markdown)."""
    reader = _HeadingReader()
    reader.feed(rendered(markdown))
    return [" ".join("".join(parts).split()) for parts in reader.headings]


class _HeadingReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings: list[list[str]] = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "h3"):
            self.headings.append([])
            self._inside = True

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3"):
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.headings[-1].append(data)


def _rule(cell) -> str:
    """The scoring rule of the check a test cell calls (its visible part names it)."""
    return next((rule for check, rule in SCORING_RULES.items() if f"{check}(" in cell.source), "")


def _score_words(score, points) -> str:
    """ "0.33 of 1 point", "2 of 2 points"; an answer not yet marked is said to be waiting."""
    if score is None:
        return f"waiting for your teacher (out of {counted(float(points), 'point')})"
    return f"{round(float(score), 2):g} of {counted(float(points), 'point')}"


def _is_score(output) -> bool:
    """A test cell's result: a number alone (the score nbgrader read), already shown in words."""
    if output.get("output_type") != "execute_result":
        return False
    try:
        float(str(output.get("data", {}).get("text/plain", "")).strip())
    except ValueError:
        return False
    return True

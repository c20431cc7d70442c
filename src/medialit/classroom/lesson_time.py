"""How long a 14-year-old needs for a lesson, estimated from the solution notebook itself.

A lesson's timing in its opening table is a promise to the teacher; this model
makes the promise checkable. It reads only the notebook (its prose, the texts
it shows and the form of each exercise), so a lesson that grows an exercise or
a page of prose grows its estimate, and a test can hold every lesson to one
class period.

The model, with every constant below:

* reading: the student-facing prose (markdown cells, without the model answers
  nbgrader removes and without the glossary, which a student opens only when
  needed) and each text the lesson shows (notebook metadata ``medialit.article``
  and ``medialit.exercise_articles``, each text counted once), at
  :data:`READING_WORDS_PER_MINUTE`;
* each autograded exercise: :data:`MINUTES_PER_EXERCISE` (running the answer
  cell, ``check()`` and the test cell) plus minutes per item its visible test
  asks for (:data:`MINUTES_PER_ITEM`: a sentence to tag, a name to label, a
  choice offered, ...);
* each written answer (a rubric-graded markdown cell):
  :data:`MINUTES_PER_WRITTEN_POINT` per point of its rubric;
* each results list (a markdown cell with metadata ``{"medialit": {"results": TASK}}``,
  lesson 04): :data:`MINUTES_PER_PAGE_OPENED` for the page the student opens
  from it and reads, which is not in the notebook;
* each article the student brings (a code cell that makes an ``ArticleBox()``,
  lesson 06): :data:`MINUTES_PER_OWN_ARTICLE` to paste it, run the box and read it;
* each lesson: :data:`MINUTES_PER_LESSON` for opening it and running its first cell.

A section starts at a level-1 or level-2 heading. It is *extension* when its
heading cell has cell metadata ``{"medialit": {"extension": true}}`` (and says
"(extension)" in its heading); a class can stop before it and lose nothing
later lessons need. Everything else, including "Key points", is core.

Teacher side: only reads notebooks; no student-side module imports it.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..content.article import load_article

#: Reading informational text on screen at 14: this module's stated assumption (issue 28's figure; no primary
#: source for a silent-reading rate at this age was read). A slow reader of a hard text is slower, a fluent one faster.
READING_WORDS_PER_MINUTE = 150

#: Opening the notebook, reading its title and running the first cell (which shows the text): this module's assumption.
MINUTES_PER_LESSON = 2.0

#: Running an autograded exercise's answer cell, its check() and its test cell, and reading what they say.
MINUTES_PER_EXERCISE = 1.0

#: Minutes per item an autograded exercise asks for, by the form of its visible test (this module's assumptions:
#: the item's words are already counted as reading, so these are the minutes to decide and enter an answer).
MINUTES_PER_ITEM = {
    "sentence to tag": 0.5,  # expect_sentence_labels / expect_sentence_kinds: reread a sentence, tick one or more kinds
    "sentence to sort": 0.25,  # expect_sentence_set: reread a sentence and decide whether it belongs in the set
    "name to label": 0.5,  # expect_name_labels: find the name in the text and choose one label from a list
    "choice offered": 0.3,  # expect_choice_set: decide whether one lettered statement is true
    "link of a chain": 0.5,  # expect_chain: find one teller and put it in order
    "phrase to find": 0.75,  # expect_phrase_labels: find a phrase in the text and choose its technique
    "range": 1.5,  # expect_range: work out both ends of a range a word allows
}

#: A written answer: thinking and typing one point of a rubric (about two plain sentences).
MINUTES_PER_WRITTEN_POINT = 3.0

#: Opening the page chosen from a results list, finding the answer on it and coming back: this module's assumption
#: (a page the notebook does not show, so its words cannot be counted; about 300 words skimmed for one fact).
MINUTES_PER_PAGE_OPENED = 2.0

#: Pasting an article of the student's own into the box, running it and reading it: the lesson asks for "a few
#: paragraphs", taken here as 300 words at the reading rate, plus one minute to paste and run (this module's assumption).
MINUTES_PER_OWN_ARTICLE = 300 / READING_WORDS_PER_MINUTE + 1.0

#: The most a lesson's core may take: one 50-minute class period less five minutes of settling in.
PERIOD_MINUTES = 45

#: A skill check is a 20-minute test.
SKILL_CHECK_MINUTES = 20

_HEADING = re.compile(r"^#{1,2}\s")
_SOLUTION = re.compile(r"### BEGIN SOLUTION.*?### END SOLUTION", re.DOTALL)
_WORD = re.compile(r"[A-Za-z0-9]")


class UnknownExerciseForm(ValueError):
    """An autograded exercise whose visible test this model cannot count: give the model a rule for it."""


@dataclass(frozen=True)
class Section:
    heading: str
    extension: bool
    words: int
    items: tuple[tuple[str, int], ...]
    written_points: float
    pages_opened: int
    points: float
    minutes: float


@dataclass(frozen=True)
class LessonTime:
    lesson: str
    sections: tuple[Section, ...]

    def _sum(self, attribute: str, extension: bool) -> float:
        return sum(getattr(s, attribute) for s in self.sections if s.extension == extension)

    @property
    def core_minutes(self) -> float:
        return MINUTES_PER_LESSON + self._sum("minutes", False)

    @property
    def extension_minutes(self) -> float:
        return self._sum("minutes", True)

    @property
    def core_points(self) -> float:
        return self._sum("points", False)

    @property
    def extension_points(self) -> float:
        return self._sum("points", True)


def is_heading(cell) -> bool:
    return cell.cell_type == "markdown" and bool(_HEADING.match(cell.source))


def marked_extension(cell) -> bool:
    """Whether a heading cell's metadata marks its section as extension."""
    return bool(cell.metadata.get("medialit", {}).get("extension"))


def says_extension(cell) -> bool:
    """Whether a heading cell's heading line says "(extension)", as the students see it."""
    return "(extension)" in cell.source.split("\n", 1)[0].lower()


def limit(notebook) -> int:
    """The minutes a lesson's core may take: a class period, or a skill check's 20 minutes."""
    return SKILL_CHECK_MINUTES if "skill_check" in notebook.metadata.get("medialit", {}) else PERIOD_MINUTES


def words(text: str) -> int:
    return sum(1 for token in text.split() if _WORD.search(token))


def prose_words(cell) -> int:
    """The words a student reads in a markdown cell: not the model answer, not the glossary they open on demand."""
    if cell.metadata.get("medialit", {}).get("glossary"):
        return 0
    return words(_SOLUTION.sub("", cell.source))


def opens_a_page(cell) -> bool:
    """Whether a cell is a results list, from which the student opens one page and reads it."""
    return cell.cell_type == "markdown" and "results" in cell.metadata.get("medialit", {})


def brings_an_article(cell) -> bool:
    """Whether a cell makes the box a student pastes an article of their own into (its words are not in the notebook)."""
    return cell.cell_type == "code" and "ArticleBox()" in cell.source


def _visible_test(cell) -> str:
    return cell.source.split("### BEGIN HIDDEN TESTS")[0]


def _model_answer_size(notebook, grade_id: str) -> int:
    """How many entries the model answer of exercise ``grade_id`` has (its phrases to find, say)."""
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == f"answer_{grade_id}":
            solution = _SOLUTION.search(cell.source)
            for node in ast.walk(ast.parse(solution.group(0) if solution else cell.source)):
                if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Dict, ast.Set, ast.List)):
                    return len(node.value.keys if isinstance(node.value, ast.Dict) else node.value.elts)
    raise UnknownExerciseForm(f"exercise {grade_id} has no model answer to count its phrases from")


def exercise_text(notebook, grade_id: str) -> str:
    """The text an exercise is about: its own (``exercise_articles``) or the lesson's."""
    meta = notebook.metadata.get("medialit", {})
    return meta.get("exercise_articles", {}).get(grade_id, meta.get("article"))


def exercise_items(notebook, cell) -> tuple[str, int]:
    """The kind and number of items an autograded exercise asks for, read from its visible test."""
    grade_id = cell.metadata["nbgrader"]["grade_id"]
    calls = [node for node in ast.walk(ast.parse(_visible_test(cell)))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id.startswith("expect_")]
    if len(calls) != 1:
        raise UnknownExerciseForm(f"exercise {grade_id}: expected one expect_...() call in its test, found {len(calls)}")
    [call] = calls
    form, args = call.func.id, call.args
    if form in ("expect_sentence_labels", "expect_sentence_kinds"):
        return "sentence to tag", len(load_article(exercise_text(notebook, grade_id)))
    if form == "expect_sentence_set":
        return "sentence to sort", len(load_article(exercise_text(notebook, grade_id)))
    if form == "expect_name_labels":
        return "name to label", len(ast.literal_eval(args[1]))
    if form == "expect_choice_set":
        return "choice offered", len(ast.literal_eval(args[1]))
    if form == "expect_chain":
        return "link of a chain", len(ast.literal_eval(args[1]))
    if form == "expect_phrase_labels":
        return "phrase to find", _model_answer_size(notebook, grade_id)
    if form == "expect_range":
        return "range", 1
    raise UnknownExerciseForm(f"exercise {grade_id}: the time model has no rule for {form}()")


def _texts_shown(notebook) -> list[str]:
    meta = notebook.metadata.get("medialit", {})
    names = [meta["article"]] if meta.get("article") else []
    names += list(meta.get("exercise_articles", {}).values())
    return list(dict.fromkeys(names))


def _section_of_text(notebook, name: str, starts: list[int]) -> int:
    """The section where a text is first read: the first that loads it by name, else the first exercise on it."""
    owners = {grade: text for grade, text in notebook.metadata["medialit"].get("exercise_articles", {}).items()}
    for index, cell in enumerate(notebook.cells):
        loads = cell.cell_type == "code" and f'"{name}"' in cell.source
        exercise = owners.get(cell.metadata.get("nbgrader", {}).get("grade_id")) == name
        if loads or exercise:
            return max(i for i, start in enumerate(starts) if start <= index)
    return 0


def time_notebook(notebook, lesson: str = "") -> LessonTime:
    """The model applied to a notebook (a solution notebook, with its model answers and test cells)."""
    starts = [i for i, cell in enumerate(notebook.cells) if is_heading(cell)] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    extra_words = Counter()
    for name in _texts_shown(notebook):
        extra_words[_section_of_text(notebook, name, starts)] += words(load_article(name).text)
    sections = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(notebook.cells)
        cells = notebook.cells[start:end]
        items, points, written, exercises = Counter(), 0.0, 0.0, 0
        text_words = extra_words[number]
        pages = sum(1 for cell in cells if opens_a_page(cell))
        own_articles = sum(1 for cell in cells if brings_an_article(cell))
        for cell in cells:
            grading = cell.metadata.get("nbgrader", {})
            if cell.cell_type == "markdown":
                text_words += prose_words(cell)
            if grading.get("grade"):
                points += grading.get("points", 0)
                if cell.cell_type == "code":
                    kind, count = exercise_items(notebook, cell)
                    items[kind] += count
                    exercises += 1
                else:
                    written += grading.get("points", 0)
        minutes = (text_words / READING_WORDS_PER_MINUTE + exercises * MINUTES_PER_EXERCISE
                   + sum(MINUTES_PER_ITEM[kind] * count for kind, count in items.items())
                   + written * MINUTES_PER_WRITTEN_POINT + pages * MINUTES_PER_PAGE_OPENED
                   + own_articles * MINUTES_PER_OWN_ARTICLE)
        heading = cells[0].source.split("\n", 1)[0].lstrip("# ").strip() if cells else ""
        sections.append(Section(heading, marked_extension(cells[0]) if cells else False, text_words,
                                tuple(sorted(items.items())), written, pages, points, minutes))
    return LessonTime(lesson, tuple(sections))


def lesson_time(path: Path) -> LessonTime:
    """The model applied to the notebook at ``path``."""
    return time_notebook(nbformat.read(path, as_version=4), path.stem)

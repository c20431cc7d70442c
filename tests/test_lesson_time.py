"""The time model (src/medialit/classroom/lesson_time.py) rule by rule, on a notebook built here, then every lesson against it."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from medialit.content.article import load_article
from medialit.classroom.course import COURSE_ROOT, lesson_names
from medialit.classroom.lesson_time import (MINUTES_PER_EXERCISE, MINUTES_PER_ITEM, MINUTES_PER_LESSON, MINUTES_PER_OWN_ARTICLE,
                                  MINUTES_PER_PAGE_OPENED,
                                  MINUTES_PER_WRITTEN_POINT, READING_WORDS_PER_MINUTE, UnknownExerciseForm, is_heading, limit, marked_extension,
                                  says_extension, time_notebook, words)

TEXT, OTHER_TEXT = "riverside-bridge", "bridge-update"


def graded(source: str, grade_id: str, points: float):
    return new_code_cell(source, metadata={"nbgrader": {"grade": True, "solution": False, "grade_id": grade_id,
                                                        "points": points, "locked": True}})


def answer(source: str, grade_id: str):
    return new_code_cell(source, metadata={"nbgrader": {"grade": False, "solution": True, "grade_id": grade_id}})


def written(points: float):
    return new_markdown_cell("### BEGIN SOLUTION\n\nthis model answer is never read by the student\n\n### END SOLUTION",
                             metadata={"nbgrader": {"grade": True, "solution": True, "grade_id": "memo", "points": points}})


def heading(text: str, extension: bool = False):
    return new_markdown_cell(text, metadata={"medialit": {"extension": True}} if extension else {})


def lesson(*cells):
    notebook = new_notebook(cells=list(cells))
    notebook.metadata["medialit"] = {"article": TEXT, "exercise_articles": {"other": OTHER_TEXT}}
    return notebook


def minutes_reading(n: int) -> float:
    return n / READING_WORDS_PER_MINUTE


def text_words(name: str) -> int:
    return words(load_article(name).text)


def test_each_rule_of_the_model():
    notebook = lesson(
        heading("# Title\n\nfour more words here"),  # 5 words, plus the lesson's text (the lesson's first section)
        heading("## 1. Tagging"),
        graded('expect_sentence_kinds(tags, article)', "tags", 2),
        graded('expect_sentence_set(picked, article)', "picked", 1),
        heading("## 2. Labels and choices"),
        graded('expect_name_labels(names, ["A", "B", "C"], KINDS)\n### BEGIN HIDDEN TESTS\nexpect_x(1)\n### END HIDDEN TESTS',
               "names", 1),
        graded('expect_choice_set(choices, "ABCDE")', "choices", 1),
        graded('expect_chain(chain, ["a", "b"])', "chain", 1),
        graded('expect_range(low_high)', "low_high", 1),
        heading("## 3. Phrases in another text (extension)", extension=True),
        answer('phrases = ...\n### BEGIN SOLUTION\nphrases = {"x": "a", "y": "b", "z": "c"}\n### END SOLUTION', "answer_other"),
        graded(f'expect_phrase_labels(phrases, TECHNIQUES, "{OTHER_TEXT}")', "other", 3),
        new_markdown_cell("### A subheading stays in the extension"),
        written(2),
        heading("## 4. Key points\n\none two"),
    )
    timed = time_notebook(notebook)
    assert [s.heading for s in timed.sections] == ["Title", "1. Tagging", "2. Labels and choices",
                                                   "3. Phrases in another text (extension)", "4. Key points"]
    title, tagging, labels, phrases, key_points = timed.sections
    assert title.minutes == pytest.approx(minutes_reading(5 + text_words(TEXT)))
    sentences = len(load_article(TEXT))
    assert tagging.items == (("sentence to sort", sentences), ("sentence to tag", sentences))
    assert tagging.minutes == pytest.approx(minutes_reading(2) + 2 * MINUTES_PER_EXERCISE + sentences * (
        MINUTES_PER_ITEM["sentence to tag"] + MINUTES_PER_ITEM["sentence to sort"]))
    assert dict(labels.items) == {"name to label": 3, "choice offered": 5, "link of a chain": 2, "range": 1}
    assert labels.minutes == pytest.approx(minutes_reading(4) + 4 * MINUTES_PER_EXERCISE + 3 * MINUTES_PER_ITEM[
        "name to label"] + 5 * MINUTES_PER_ITEM["choice offered"] + 2 * MINUTES_PER_ITEM["link of a chain"]
        + MINUTES_PER_ITEM["range"])
    assert phrases.items == (("phrase to find", 3),)  # the model answer's three phrases
    assert phrases.written_points == 2 and phrases.points == 5
    # the other text is read where it is first used; the model answer of the written cell is not read
    assert phrases.words == 6 + text_words(OTHER_TEXT) + 6
    assert phrases.minutes == pytest.approx(minutes_reading(phrases.words) + MINUTES_PER_EXERCISE
                                            + 3 * MINUTES_PER_ITEM["phrase to find"] + 2 * MINUTES_PER_WRITTEN_POINT)
    assert key_points.minutes == pytest.approx(minutes_reading(5))
    assert timed.core_minutes == pytest.approx(MINUTES_PER_LESSON + title.minutes + tagging.minutes + labels.minutes
                                               + key_points.minutes)
    assert (timed.extension_minutes, timed.core_points, timed.extension_points) == (phrases.minutes, 7, 5)


def test_the_extension_runs_to_the_next_unmarked_heading():
    notebook = lesson(heading("# Title"), heading("## 1. More (extension)", extension=True),
                      graded('expect_choice_set(a, "AB")', "a", 1), heading("## 2. Still more (extension)", extension=True),
                      graded('expect_choice_set(b, "AB")', "b", 1), heading("## 3. Back to the core"),
                      graded('expect_choice_set(c, "AB")', "c", 1))
    timed = time_notebook(notebook)
    assert [s.extension for s in timed.sections] == [False, True, True, False]
    assert (timed.core_points, timed.extension_points) == (1, 2)


def test_each_results_list_costs_the_page_the_student_opens_from_it():
    """Lesson 04 sends students off the notebook: reading the page they choose from a results list is real work."""
    results = new_markdown_cell("**Task 1.** Who runs it?\n\n- **A.** one\n- **B.** two",
                                metadata={"medialit": {"results": "who_runs"}})
    plain = new_markdown_cell(results.source)
    with_list, without = (time_notebook(lesson(heading("# Title"), heading("## 1. Search"), cell)) for cell in (results, plain))
    assert with_list.sections[1].minutes == pytest.approx(without.sections[1].minutes + MINUTES_PER_PAGE_OPENED)
    assert with_list.sections[1].pages_opened == 1 and without.sections[1].pages_opened == 0


def test_an_article_the_student_brings_costs_its_reading():
    """Lesson 06's box takes an article the notebook does not hold: pasting and reading it is real work."""
    box, other = new_code_cell("article_box = ArticleBox()\narticle_box"), new_code_cell("analyze(passage.text)")
    with_box, without = (time_notebook(lesson(heading("# Title"), heading("## 1. Yours"), cell)) for cell in (box, other))
    assert with_box.sections[1].minutes == pytest.approx(without.sections[1].minutes + MINUTES_PER_OWN_ARTICLE)


def test_an_exercise_form_the_model_does_not_know_is_an_error():
    with pytest.raises(UnknownExerciseForm, match="expect_essay"):
        time_notebook(lesson(heading("# Title"), graded("expect_essay(text)", "essay", 1)))


def solution_notebooks() -> list[Path]:
    return [next((COURSE_ROOT / "solutions" / name).glob("*.ipynb")) for name in lesson_names()]


@pytest.mark.parametrize("path", solution_notebooks(), ids=lambda p: p.stem)
def test_a_heading_marked_extension_says_so_and_only_then(path):
    notebook = nbformat.read(path, as_version=4)
    wrong = [cell.source.split("\n", 1)[0] for cell in notebook.cells
             if (is_heading(cell) or marked_extension(cell)) and marked_extension(cell) != says_extension(cell)]
    wrong += [cell.source.split("\n", 1)[0] for cell in notebook.cells
              if marked_extension(cell) and "key points" in cell.source.split("\n", 1)[0].lower()]
    assert not wrong, f"{path.stem}: the metadata and the heading text disagree (or Key points is extension): {wrong}"


@pytest.mark.parametrize("path", solution_notebooks(), ids=lambda p: p.stem)
def test_each_lessons_core_fits_one_period(path):
    notebook = nbformat.read(path, as_version=4)
    timed = time_notebook(notebook, path.stem)
    assert timed.core_minutes <= limit(notebook), (
        f"{path.stem}: its core takes {timed.core_minutes:.0f} minutes by the time model (at most {limit(notebook)}): "
        "mark sections extension or cut them (see benchmarks/time_model.py for where the minutes go)")

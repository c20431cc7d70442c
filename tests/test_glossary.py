"""One glossary, from src/medialit/content/data/glossary.json, in every lesson 00-06 exactly as the data gives it."""

from __future__ import annotations

import nbformat
import pytest
import textstat

from medialit.classroom.course import COURSE_ROOT, lesson_names
from medialit.content.glossary import gets_glossary, glossary_markdown, is_glossary, terms

NOTEBOOKS = [next((COURSE_ROOT / folder / name).glob("*.ipynb")) for folder in ("solutions", "lessons")
             for name in lesson_names()]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_each_lesson_has_the_glossary_cell_the_data_gives(path):
    notebook = nbformat.read(path, as_version=4)
    found = [index for index, cell in enumerate(notebook.cells) if is_glossary(cell)]
    if not gets_glossary(notebook):
        assert found == [], "a skill check tests the words: it has no glossary"
        return
    assert found == [1], f"{path.name}: one glossary cell, right after the opening cell (found at {found}); " \
                         "run python -m medialit.classroom.course"
    assert notebook.cells[1].source == glossary_markdown(), "edit src/medialit/content/data/glossary.json, then run the build"


def test_the_glossary_is_a_closed_details_block_a_keyboard_can_open():
    source = glossary_markdown()
    assert source.startswith("<details><summary>") and source.endswith("</details>") and "<details open" not in source


@pytest.mark.parametrize("entry", terms(), ids=lambda e: e["term"])
def test_each_definition_is_plain(entry):
    grade = textstat.flesch_kincaid_grade(entry["definition"])
    assert grade <= 8, f"{entry['term']}: grade {grade:.1f}, at most 8"


def test_the_numbering_rule_is_in_the_glossary():
    [rule] = [entry["definition"] for entry in terms() if entry["term"] == "S-numbers"]
    assert "sentence 3" in rule and "S2a" in rule

"""One numbering for students: S<n> is sentence n of the text on screen (S2a, S2b for several things in one sentence).

The rule is written once, in the glossary's "S-numbers" entry (src/medialit/content/data/glossary.json) and in
medialit.content.glossary's docstring. No student-facing text uses another id: F<n> (figures), C<n> (claims), W<n> (wire).
Student-facing: every cell of lessons/ (prose, answer cells, visible tests), the figures table lesson 3 shows and
the check data that check() turns into messages.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from medialit.classroom.course import COURSE_ROOT, lesson_names

OTHER_IDS = re.compile(r"\b[FCW]\d+[a-z]?\b")
SHOWN_DATA = [COURSE_ROOT / "src/medialit/content/data/press-tv-figures.json", *sorted((COURSE_ROOT / "src/medialit/keys/checks").glob("*.json"))]


def other_ids(text: str) -> list[str]:
    return sorted(set(OTHER_IDS.findall(text)), key=lambda found: (found[0], len(found), found))


def test_the_pattern_finds_other_ids_and_leaves_s_numbers_alone():
    assert other_ids('S2, S2a and S14; {"F1": "?", "C12": "?"}; W3b; CJTF-OIR; Fox News; 4W1') == ["C12", "F1", "W3b"]


@pytest.mark.parametrize("lesson", lesson_names())
def test_lessons_name_things_by_their_sentence(lesson):
    notebook = nbformat.read(next((COURSE_ROOT / "lessons" / lesson).glob("*.ipynb")), as_version=4)
    found = {index: other_ids(cell.source) for index, cell in enumerate(notebook.cells) if other_ids(cell.source)}
    assert not found, f"{lesson} uses ids other than S-numbers (cell: ids): {found}"


@pytest.mark.parametrize("path", SHOWN_DATA, ids=lambda p: p.name)
def test_the_data_students_see_names_things_by_their_sentence(path: Path):
    assert not other_ids(path.read_text(encoding="utf-8")), f"{path.name} uses {other_ids(path.read_text(encoding='utf-8'))}"

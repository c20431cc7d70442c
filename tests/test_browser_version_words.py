"""What a browser keeps, said plainly where students read first: lesson 00 and the README (issue 29).

In the browser version a student's work lives in one browser's storage for one address. Both places must say so,
say what loses it, say how to keep a copy and hand it in (File → Download), and that an updated lesson never
replaces their work.
"""

from __future__ import annotations

import nbformat
import pytest

from medialit.classroom.course import COURSE_ROOT

#: Each thing a student must be told, as the words that tell it.
TOLD = {
    "where it lives": "kept in that browser only, at that web address",
    "what loses it": "clear the browser's data for the site, or if you change browser or computer",
    "how to keep it": "download a copy: **File → Download**",
    "how to hand it in": "give your teacher that downloaded file",
    "updates": "the new version comes beside your own copy. It never replaces your work.",
}


def _lesson_00() -> str:
    notebook = nbformat.read(COURSE_ROOT / "lessons" / "00-start-here" / "00-start-here.ipynb", as_version=4)
    return "\n".join(" ".join(cell.source.split()) for cell in notebook.cells if cell.cell_type == "markdown")


@pytest.mark.parametrize("told", TOLD)
@pytest.mark.parametrize("place", ["lesson 00", "README"])
def test_students_are_told_what_the_browser_keeps(place, told):
    text = _lesson_00() if place == "lesson 00" else " ".join((COURSE_ROOT / "README.md").read_text().split())
    assert TOLD[told] in text, f"{place} does not say {told}: {TOLD[told]!r}"

"""References from the guide and the README to a lesson's exercise name one that exists, and the right one.

Issue 28 renumbered the lessons (a new lesson 04, the capstone now 05) and their exercises (extension sections moved
to the end); the guide kept citing "lesson 1's exercise 7" for what became exercise 4. Every "lesson N's exercise M",
"exercise M of lesson N" or "lesson N, exercise M" must match a heading "## K. Exercise M (...)" in lesson N's
notebook, and name the exercise's grade id in backticks right after it (a number alone drifts unseen when exercises
move; the grade id says which exercise was meant).
"""

from __future__ import annotations

import re

import nbformat
import pytest

from medialit.classroom.course import COURSE_ROOT, lesson_names

REFERENCE = re.compile(
    r"lesson (?P<a>\d+)(?:'s|,) exercise (?P<m1>\d+)|exercise (?P<m2>\d+) (?:of|in) lesson (?P<b>\d+)", re.IGNORECASE)
GRADE_ID = re.compile(r"\s*\(?`(\w+)`")
EXERCISE_HEADING = re.compile(r"^## \d+\. Exercise (\d+)\b")


def exercises(lesson: str) -> dict[int, set[str]]:
    """Exercise number -> the grade ids graded in its section, read from the solution notebook."""
    notebook = nbformat.read(next((COURSE_ROOT / "solutions" / lesson).glob("*.ipynb")), as_version=4)
    found, current = {}, None
    for cell in notebook.cells:
        if cell.cell_type == "markdown" and re.match(r"^#{1,2}\s", cell.source):
            heading = EXERCISE_HEADING.match(cell.source)
            current = int(heading.group(1)) if heading else None
            if current is not None:
                found[current] = set()
        grading = cell.metadata.get("nbgrader", {})
        if current is not None and grading.get("grade"):
            found[current].add(grading["grade_id"])
    return found


def documents():
    return [COURSE_ROOT / "README.md", *sorted((COURSE_ROOT / "docs").rglob("*.md"))]


def references():
    """(document, the words cited, lesson number, exercise number, grade id or None), for every reference."""
    for path in documents():
        text = " ".join(path.read_text(encoding="utf-8").split())
        for match in REFERENCE.finditer(text):
            lesson = int(match.group("a") or match.group("b"))
            exercise = int(match.group("m1") or match.group("m2"))
            grade_id = GRADE_ID.match(text, match.end())
            yield path.name, match.group(0), lesson, exercise, grade_id.group(1) if grade_id else None


def test_the_documents_do_cite_lessons_exercises():
    """The pattern finds the references it is meant to check (so the test below cannot pass on nothing)."""
    assert len(list(references())) >= 3


@pytest.mark.parametrize("document, cited, lesson, exercise, grade_id", list(references()),
                         ids=lambda value: str(value))
def test_a_cited_exercise_exists_and_is_the_one_named(document, cited, lesson, exercise, grade_id):
    names = [name for name in lesson_names() if name.startswith(f"{lesson:02d}-")]
    assert names, f"{document}: '{cited}': there is no lesson {lesson}"
    found = exercises(names[0])
    assert exercise in found, f"{document}: '{cited}': {names[0]} has exercises {sorted(found)}"
    assert grade_id, f"{document}: '{cited}' does not name its grade id: write it as '{cited} (`{sorted(found[exercise])[0]}`)'"
    assert grade_id in found[exercise], f"{document}: '{cited}' (`{grade_id}`) is {sorted(found[exercise])}"


NUMBERED = [name for name in lesson_names() if name[:2].isdigit()]


@pytest.mark.parametrize("lesson, following", list(zip(NUMBERED[:-2], NUMBERED[1:-1])))
def test_each_lesson_sends_students_to_the_next_one(lesson, following):
    """Up to the capstone, a lesson's closing "Next:" line names the lesson after it (none skipped, none renamed)."""
    notebook = nbformat.read(next((COURSE_ROOT / "solutions" / lesson).glob("*.ipynb")), as_version=4)
    named = re.findall(r"\*\*Next:\*\* open `([^`]+)`", notebook.cells[-1].source)
    assert named == [following], f"{lesson}'s last cell sends students to {named}, not {following}"


def test_the_standards_table_has_each_lessons_page_standards():
    """docs/teach/standards.md: one row per lesson, its number and title as on its page, the codes its page cites."""
    table = (COURSE_ROOT / "docs" / "teach" / "standards.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d\d)\. ([^|]+?) \| ([^|]*)\|([^|]*)\|$", table, re.MULTILINE)
    assert [number for number, *_ in rows] == [name[:2] for name in NUMBERED]
    for number, title, anchor, informational in rows:
        page = (COURSE_ROOT / "docs" / "teach" / f"lesson-{number}.md").read_text(encoding="utf-8")
        assert page.startswith(f"# {number}. {title}"), f"standards.md calls lesson {number} '{title}'"
        served = page.split("## Standards served", 1)[1].split("\n## ", 1)[0]
        cited = set(re.findall(r"CCSS\.ELA-LITERACY\.([A-Z0-9.-]*[0-9])", served))
        listed = set(re.findall(r"[A-Z][A-Z0-9.-]*[0-9]", anchor + " " + informational))
        assert listed == cited, f"lesson {number}: standards.md lists {sorted(listed)}, its page {sorted(cited)}"

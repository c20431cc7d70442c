"""What a lesson promises before it starts: its opening table and its teacher page give the time model's minutes
and points, core and extension apart; and the words it leans on ("vouch", "teller") are explained where first used.

Issue 28: lesson 1 promised "50 minutes" for 65 by the model, and used "vouch" and "teller" long before saying
what they mean. Lessons join LESSONS_WITH_CORE_AND_EXTENSION as their opening table is rewritten for the model.
"""

from __future__ import annotations

import re

import nbformat
import pytest

from medialit.classroom.course import COURSE_ROOT, lesson_names
from medialit.classroom.lesson_time import SKILL_CHECK_MINUTES, time_notebook

LESSONS_WITH_CORE_AND_EXTENSION = [lesson for lesson in lesson_names() if not lesson.startswith("skill-check")]


def solution(lesson: str):
    return nbformat.read(next((COURSE_ROOT / "solutions" / lesson).glob("*.ipynb")), as_version=4)


def table_row(notebook, name: str) -> str:
    match = re.search(rf"^\| \*\*{name}\*\* \| (.*) \|$", notebook.cells[0].source, re.MULTILINE)
    assert match, f"the opening table has no {name} row"
    return match.group(1)


def promised(minutes_or_points: float, extension: float, unit: str) -> str:
    """How a table row or a teacher page says core and extension: "43 minutes core + 14 extension"."""
    core = f"{minutes_or_points:.0f} {unit}"
    return f"{core} core + {extension:.0f} extension" if round(extension) else core


@pytest.mark.parametrize("lesson", LESSONS_WITH_CORE_AND_EXTENSION)
def test_the_opening_table_gives_the_models_minutes_and_points(lesson):
    notebook = solution(lesson)
    timed = time_notebook(notebook, lesson)
    assert table_row(notebook, "Time").startswith(promised(timed.core_minutes, timed.extension_minutes, "minutes"))
    assert table_row(notebook, "Points").startswith(promised(timed.core_points, timed.extension_points, "points"))


@pytest.mark.parametrize("lesson", LESSONS_WITH_CORE_AND_EXTENSION)
def test_the_teacher_page_gives_the_same_minutes_and_points(lesson):
    timed = time_notebook(solution(lesson), lesson)
    page = (COURSE_ROOT / "docs" / "teach" / f"lesson-{lesson[:2]}.md").read_text(encoding="utf-8")
    title = page.splitlines()[0]
    assert promised(timed.core_minutes, timed.extension_minutes, "minutes") in title
    assert promised(timed.core_points, timed.extension_points, "points") in title
    timing = page.split("## Timing", 1)[1].split("\n## ", 1)[0]
    assert f"{timed.core_minutes:.0f} minutes" in timing
    if round(timed.extension_minutes):
        assert f"{timed.extension_minutes:.0f} minutes" in timing and "(extension)" in timing


def student_prose(notebook) -> list[str]:
    """The markdown a student reads, in order: not the glossary (opened on demand), not the model answers."""
    return [re.sub(r"### BEGIN SOLUTION.*?### END SOLUTION", "", cell.source, flags=re.DOTALL)
            for cell in notebook.cells
            if cell.cell_type == "markdown" and not cell.metadata.get("medialit", {}).get("glossary")]


@pytest.mark.parametrize("term", ["vouch", "teller"])
def test_a_hard_word_is_explained_where_the_course_first_uses_it(term):
    """In the first lesson that uses it, its first use is the term in bold, followed in its paragraph by what it means."""
    word = re.compile(rf"\b{term}\w*", re.IGNORECASE)
    for lesson in lesson_names():
        paragraphs = [p for cell in student_prose(solution(lesson)) for p in re.split(r"\n\s*\n", cell)]
        first = next((p for p in paragraphs if word.search(p)), None)
        if first is None:
            continue
        use = word.search(first)
        assert first[use.start() - 2:use.start()] == "**", f"{lesson} first uses '{use.group(0)}' unexplained: {first[:200]}"
        assert re.search(r"\bmeans?\b|\bis (anyone|to)\b", first[use.end():]), f"{lesson} does not say what '{term}' means"
        return
    pytest.fail(f"no lesson uses '{term}'")


def model_time(lesson: str) -> str:
    timed = time_notebook(solution(lesson), lesson)
    return promised(timed.core_minutes, timed.extension_minutes, "minutes")


NUMBERED_LESSONS = [lesson for lesson in lesson_names() if lesson[:2].isdigit()]
SKILL_CHECK_TIME = f"{SKILL_CHECK_MINUTES} minutes"


def test_the_readme_lesson_table_gives_the_models_times():
    readme = (COURSE_ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([^`]+)`.*\| ([^|]*) \|$", readme, re.MULTILINE))
    for lesson in NUMBERED_LESSONS:
        assert rows.get(lesson, "").startswith(model_time(lesson)), f"README's row for {lesson}: {rows.get(lesson)!r}"
    assert rows["skill-check-a"].startswith(SKILL_CHECK_TIME)


def test_the_course_plan_gives_the_models_times():
    plan = " ".join((COURSE_ROOT / "docs" / "teach" / "index.md").read_text(encoding="utf-8").split())
    for lesson in NUMBERED_LESSONS:
        stated = re.search(rf"`{lesson}` \(([^)]*)\)", plan)
        assert stated and stated.group(1).startswith(model_time(lesson)), f"the course plan on {lesson}: {stated}"
    assert f"skill checks ({SKILL_CHECK_TIME}" in plan


def test_lesson_00_lists_every_lesson_with_its_title_and_time():
    """Item N of lesson 00's list is lesson N: the title its own notebook gives, and the model's time."""
    opening = solution(NUMBERED_LESSONS[0]).cells[0].source
    items = re.findall(r"^(\d+)\. \*\*(.+?):?\*\*(.*)$", opening, re.MULTILINE)
    assert [int(number) for number, _, _ in items] == list(range(1, len(NUMBERED_LESSONS)))
    for (number, title, rest), lesson in zip(items, NUMBERED_LESSONS[1:]):
        heading = solution(lesson).cells[0].source.splitlines()[0]
        assert heading.startswith(f"# {int(number)}. ") and title.rstrip(":") in heading, (title, heading)
        assert f"({model_time(lesson)})" in rest, f"lesson 00's item {number} does not give {model_time(lesson)}: {rest}"
    skill_check = next(p for p in opening.split("\n\n") if "skill check" in p)
    assert SKILL_CHECK_TIME in skill_check

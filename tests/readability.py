"""The student-facing paragraphs of the lessons in lessons/, and their US grade level (Flesch-Kincaid, by textstat).

A paragraph is a block of a markdown cell between blank lines, or one list item. Not judged: headings, tables,
code (fenced or inline), block quotes (lines starting with ">": quotations of sources, which we do not rewrite)
and nbgrader's answer placeholder; lessons/ already lacks the teacher-only parts nbgrader removes.

Run: .venv/bin/python tests/readability.py [lesson ...] prints the paragraphs above the limit, worst first.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
import textstat

LESSONS = Path(__file__).parents[1] / "lessons"
#: The hardest a student-facing paragraph may read: US grade 10 (a 14-year-old is in grade 8 or 9).
GRADE_LIMIT = 10

_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_INLINE_CODE = re.compile(r"`[^`]*`")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = "YOUR ANSWER HERE"


@dataclass(frozen=True)
class Paragraph:
    lesson: str
    cell: int
    text: str

    @property
    def grade(self) -> float:
        return textstat.flesch_kincaid_grade(self.text)

    def describe(self) -> str:
        return f"{self.lesson}, cell {self.cell}, grade {self.grade:.1f}: {' '.join(self.text.split()[:10])} ..."


def plain(markdown: str) -> str:
    """The words of a paragraph as read: no code, no markup, links as their text."""
    text = _INLINE_CODE.sub("", markdown)
    text = _LINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    return re.sub(r"[*_]", "", text).strip()


def paragraphs_of(markdown: str) -> list[str]:
    """The judged paragraphs of one markdown cell."""
    blocks, current, fenced = [], [], False
    for line in markdown.splitlines() + [""]:
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        skipped = fenced or line.lstrip().startswith(("#", "|", ">"))
        if not line.strip() or skipped or _LIST_ITEM.match(line):
            if current:
                blocks.append(" ".join(current))
            current = [_LIST_ITEM.sub("", line)] if _LIST_ITEM.match(line) and not skipped else []
        else:
            current.append(line.strip())
    texts = [plain(block) for block in blocks if _PLACEHOLDER not in block]
    return [text for text in texts if re.search(r"[A-Za-z]", text)]


def lesson_paragraphs(lesson: str) -> list[Paragraph]:
    notebook = nbformat.read(next((LESSONS / lesson).glob("*.ipynb")), as_version=4)
    return [Paragraph(lesson, number, text) for number, cell in enumerate(notebook.cells)
            if cell.cell_type == "markdown" for text in paragraphs_of(cell.source)]


def lesson_names() -> list[str]:
    return sorted(p.name for p in LESSONS.iterdir() if p.is_dir() and not p.name.startswith("."))


def too_hard(lesson: str) -> list[Paragraph]:
    """The paragraphs of a lesson above the grade limit, worst first."""
    return sorted((p for p in lesson_paragraphs(lesson) if p.grade > GRADE_LIMIT), key=lambda p: -p.grade)


def main(lessons: list[str]) -> None:
    for lesson in lessons or lesson_names():
        hard = too_hard(lesson)
        print(f"{lesson}: {len(hard)} of {len(lesson_paragraphs(lesson))} paragraphs above grade {GRADE_LIMIT}")
        for paragraph in hard:
            print(f"  cell {paragraph.cell}, grade {paragraph.grade:.1f}: {paragraph.text}")


if __name__ == "__main__":
    main(sys.argv[1:])

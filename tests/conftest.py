"""Shared fixtures: the course root, sample submissions, and filling in a student's answers."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from medialit.course import COURSE_ROOT

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def course_root() -> Path:
    return COURSE_ROOT


def sample_submissions(lesson: str) -> dict:
    data = json.loads((FIXTURES / "submissions" / f"{lesson}.json").read_text())
    return {name: case for name, case in data.items() if not name.startswith("_")}


def fill_answers(release_notebook: Path, answers: dict[str, str]) -> nbformat.NotebookNode:
    """The student's notebook: the release with the given answer cells typed in."""
    nb = nbformat.read(release_notebook, as_version=4)
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    return nb

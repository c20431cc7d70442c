"""Shared fixtures: the course root and a throw-away copy of the course for nbgrader."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest

from medialit.course import COURSE_ROOT

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def course_root() -> Path:
    return COURSE_ROOT


def copy_course(destination: Path) -> Path:
    """The parts of the course nbgrader needs, in a temporary folder."""
    shutil.copy(COURSE_ROOT / "nbgrader_config.py", destination)
    shutil.copytree(COURSE_ROOT / "solutions", destination / "solutions")
    return destination


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

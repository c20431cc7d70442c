"""Shared fixtures: the course root, sample submissions, and filling in a student's answers."""

from __future__ import annotations

import ast
import html
import json
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from fresh_install import class_install, fresh_clone, recipe_folder  # noqa: F401 (session-wide, for the recipe tests)
from medialit.classroom.course import COURSE_ROOT, put_environment_on_path
from medialit.classroom.test_cells import hidden_region

FIXTURES = Path(__file__).parent / "fixtures"
@pytest.fixture(scope="session")
def course_root() -> Path:
    return COURSE_ROOT


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, one per test module; Playwright is imported only where a test asks for it."""
    from playwright.sync_api import sync_playwright

    from jupyterlab_session import launch_chromium

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


def sample_submissions(lesson: str) -> dict:
    data = json.loads((FIXTURES / "submissions" / f"{lesson}.json").read_text())
    return {name: case for name, case in data.items() if not name.startswith("_")}


def with_answers(nb: nbformat.NotebookNode, answers: dict[str, str]) -> nbformat.NotebookNode:
    """``nb`` with the given answer cells (by nbgrader grade id) typed in."""
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    return nb


def fill_answers(release_notebook: Path, answers: dict[str, str]) -> nbformat.NotebookNode:
    """The student's notebook: the release with the given answer cells typed in."""
    return with_answers(nbformat.read(release_notebook, as_version=4), answers)


def nbgrader_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run nbgrader as a student would, from their own folder, without an activated environment."""
    put_environment_on_path()
    return subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=cwd, capture_output=True, text=True)


def in_a_fresh_python(code: str, watched: tuple[str, ...], grading: bool = False) -> tuple[list[str], list[str]]:
    """What ``code`` prints in a new Python (as nbgrader's graded run, if ``grading``), and which of the
    ``watched`` modules it imported: import cost is paid per process, so only a fresh one shows it."""
    prelude = "import os; os.environ['NBGRADER_EXECUTION'] = 'autograde'\n" if grading else ""
    probe = f"\nimport sys; print(sorted(m for m in {watched!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", prelude + code + probe], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    return out[:-1], ast.literal_eval(out[-1])  # the probe's own line, a list of module names


def visible_text(page: str) -> str:
    """What a reader sees in an HTML page: tags removed (syntax highlighting splits tokens), entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def key_fragments(lesson: str) -> list[str]:
    """Strings that would give the answer key away: each hidden `_key = ...` line and its literal."""
    nb = nbformat.read(next((COURSE_ROOT / "solutions" / lesson).glob("*.ipynb")), as_version=4)
    fragments = ["BEGIN HIDDEN TESTS"]
    for cell in nb.cells:
        for line in hidden_region(cell.source) or []:
            if line.startswith("_key = "):
                fragments += [line, line.removeprefix("_key = ")]
    return fragments


@pytest.fixture(scope="session")
def hostile_class(tmp_path_factory):
    """The simulated class of simulated_class.py, autograded: (course root, files handed in, batch result)."""
    from simulated_class import grade_class

    root = tmp_path_factory.mktemp("hostile")
    handed_in, batch = grade_class(root)
    return root, handed_in, batch


@pytest.fixture(scope="session")
def handouts(tmp_path_factory) -> list[Path]:
    """Every lesson exported as a handout (HTML, and PDF: the tests run where Chromium is)."""
    from medialit.classroom.handouts import export_all

    return export_all(tmp_path_factory.mktemp("handouts"))

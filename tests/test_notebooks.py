"""Every solution notebook runs top to bottom in a real kernel, and its release fails all tests."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from medialit.classroom.course import COURSE_ROOT, put_environment_on_path

SOLUTIONS = sorted((COURSE_ROOT / "solutions").glob("*/*.ipynb"))
LESSONS = sorted((COURSE_ROOT / "lessons").glob("*/*.ipynb"))


def _ids(paths: list[Path]) -> list[str]:
    return [p.parent.name for p in paths]


@pytest.mark.parametrize("path", SOLUTIONS, ids=_ids(SOLUTIONS))
def test_solution_runs_top_to_bottom_without_error(path):
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert not [o.text for o in outputs if o.get("name") == "stderr"], "a student would see this warning"
    shown = "".join(str(o.get("data", {})) for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "application/vnd.jupyter.widget-view+json" in shown or "SourceTagger" not in path.read_text()


@pytest.mark.parametrize("path", SOLUTIONS, ids=_ids(SOLUTIONS))
def test_solution_outputs_are_stripped(path):
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") and not c.get("execution_count") for c in nb.cells if c.cell_type == "code")


@pytest.mark.parametrize("path", LESSONS, ids=_ids(LESSONS))
def test_untouched_release_fails_every_test(path):
    """nbgrader's own check, as its docs course does: `nbgrader validate --invert`."""
    put_environment_on_path()
    result = subprocess.run(
        [sys.executable, "-m", "nbgrader", "validate", "--invert", str(path)],
        capture_output=True, text=True, cwd=COURSE_ROOT,
    )
    assert "The notebook does not pass any tests" in result.stdout, result.stdout + result.stderr


# A fresh lesson under Restart and Run All (issue 26, items 9 and 14) ---------------------------------------------

def _said(cell) -> str:
    """What a cell shows, as text: streams, errors, and each output's plain text."""
    return "".join(o.get("text", "") + "".join(o.get("traceback", [])) + "".join(o.get("data", {}).get("text/plain", ""))
                   for o in cell.outputs)


def _is_test(cell) -> bool:
    grading = cell.metadata.get("nbgrader", {})
    return cell.cell_type == "code" and grading.get("grade", False) and not grading.get("solution", False)


@pytest.fixture(scope="module", params=LESSONS, ids=_ids(LESSONS))
def fresh_run(request) -> nbformat.NotebookNode:
    """A lesson as a student first gets it (every answer still ...), every cell run in order in a real kernel, as
    Run All does (it would stop at the first error: here every cell runs, and the errors are looked for)."""
    path = request.param
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


def test_a_fresh_lesson_runs_top_to_bottom(fresh_run):
    errors = [f"cell {i}: {_said(c)}" for i, c in enumerate(fresh_run.cells) if c.cell_type == "code"
              and any(o.output_type == "error" for o in c.outputs)]
    assert not errors, "Run All stops at the first of these"
    assert not [o for c in fresh_run.cells if c.cell_type == "code" for o in c.outputs if o.get("name") == "stderr"]


def test_each_unanswered_exercise_says_so_in_one_friendly_line(fresh_run):
    tests = [cell for cell in fresh_run.cells if _is_test(cell)]
    assert tests
    for cell in tests:
        said = _said(cell).strip()
        assert "\n" not in said and said.startswith("You have not answered yet:"), said


def test_no_cell_shows_a_raw_python_dictionary(fresh_run):
    """A list of tags or checks is a table or a list to read, never Python's {'name': 'meaning', ...}."""
    raw = [_said(cell) for cell in fresh_run.cells if cell.cell_type == "code" for output in cell.outputs
           if set(output.get("data", {})) == {"text/plain"} and "".join(output.data["text/plain"]).startswith("{")]
    assert not raw


def test_a_title_the_text_says_is_ours_is_shown(fresh_run):
    """The banner under a text that came without its headline says "The title is ours": the title is there too."""
    for cell in fresh_run.cells:
        for output in cell.get("outputs", []):
            page = "".join(output.get("data", {}).get("text/html", ""))
            if "The title is ours" in page:
                title = re.search(r'aria-label="([^"]*), sentences numbered"', page).group(1)
                assert f">{title}<" in page


def test_what_check_tells_is_said_for_working_alone_and_for_a_class():
    """Issue 26, item 12: check() and the tools' Check buttons count what is right only working alone; in class they
    read only the form. A lesson that says what they tell says both."""
    promises = []
    for path in LESSONS:
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "markdown":
                promises += [(path.parent.name, paragraph) for paragraph in cell.source.split("\n\n")
                             if re.search(r"(check\(\)`|Check my \w+\*\*) tells you how many", paragraph)]
    assert len(promises) >= 4
    for lesson, paragraph in promises:
        assert "Working alone" in paragraph and "in class" in paragraph.lower(), (lesson, paragraph)

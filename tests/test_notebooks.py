"""Every solution notebook runs top to bottom in a real kernel, and its release fails all tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from medialit.course import COURSE_ROOT, put_environment_on_path

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

"""Before a batch, the grading kernel must load medialit and every text (issue 25, class 9).

When the sandboxed kernel could not see the texts, every student scored 0 and
nothing said why. Now a preflight starts the kernel's Python exactly as the
kernel starts and loads them; if it cannot, grading stops with one sentence.
The faults are made real: a sandbox that does not show the texts or medialit,
a stale python3 kernel spec that starts another Python, and a medialit that
nbgrader finds in one place and the kernel in another.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook, MissingEntry

from conftest import fill_answers, sample_submissions
from medialit.classroom import sandbox
from medialit.content.article import TEXTS_DIR
from medialit.classroom.cli import main
from medialit.classroom.course import COURSE_ROOT, copy_course, course_api, gradebook_url, put_environment_on_path, run

LESSON = "00-start-here"
SENTENCE = "The grading kernel cannot load medialit and the lesson texts"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A course with the lesson generated and one right submission, copied afresh for each test."""
    root = copy_course(tmp_path_factory.mktemp("generated"))
    run(course_api(root).generate_assignment(LESSON))
    handed_in = root / "submitted" / "honest" / LESSON
    handed_in.mkdir(parents=True)
    right = sample_submissions(LESSON)["solution"]["answers"]
    nbformat.write(fill_answers(root / "lessons" / LESSON / f"{LESSON}.ipynb", right), handed_in / f"{LESSON}.ipynb")
    return root


@pytest.fixture
def course(generated, tmp_path):
    return shutil.copytree(generated, tmp_path / "course")


def _sandbox_without(folder):
    """The sandbox as a faulty install would build it: everything but the folder that holds ``folder``."""
    readable = sandbox.readable_paths
    return lambda root: [path for path in readable(root) if not folder.resolve().is_relative_to(path)]


def _a_python3_kernel_spec_elsewhere(monkeypatch, tmp_path):
    """A python3 kernel spec that starts the system's own Python, which has no medialit (a stale user kernel spec)."""
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({"argv": ["/usr/bin/python3", "-m", "ipykernel_launcher", "-f",
                                                           "{connection_file}"], "display_name": "Python 3",
                                                  "language": "python"}))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))


FAULTS = {
    "the texts not shown": lambda monkeypatch, tmp_path: monkeypatch.setattr(sandbox, "readable_paths",
                                                                             _sandbox_without(TEXTS_DIR)),
    "medialit not shown": lambda monkeypatch, tmp_path: monkeypatch.setattr(
        sandbox, "readable_paths", _sandbox_without(Path(sandbox.__file__).parent)),
    "a kernel spec for another Python": _a_python3_kernel_spec_elsewhere,
}


@pytest.fixture(params=FAULTS)
def faulty_install(request, monkeypatch, tmp_path):
    FAULTS[request.param](monkeypatch, tmp_path)
    caches = (sandbox.grading_kernel_problem, sandbox._kernel_view)
    for cache in caches:
        cache.cache_clear()
    yield
    for cache in caches:
        cache.cache_clear()


def graded(root) -> bool:
    return (root / "autograded" / "honest" / LESSON / f"{LESSON}.ipynb").exists()


def test_medialit_grade_stops_before_anyone_is_graded_and_says_why(course, faulty_install, capsys):
    assert main(["grade", LESSON, "--course", str(course), "--workers", "1"]) == 2
    said = capsys.readouterr()
    assert said.err.startswith(SENTENCE) and said.err.count("\n") == 1 and said.out == ""
    assert not graded(course)
    with Gradebook(gradebook_url(course)) as gradebook, pytest.raises(MissingEntry):
        gradebook.find_submission(LESSON, "honest")  # no zero was written for anyone


@pytest.mark.parametrize("faulty_install", ["the texts not shown"], indirect=True)
def test_a_plain_nbgrader_autograde_stops_before_anyone_is_recorded(course, faulty_install):
    """nbgrader writes each student's gradebook row before it grades them: the preflight runs before that."""
    result = course_api(course).autograde(LESSON, "honest")
    assert not result["success"] and SENTENCE in result["log"]
    assert not graded(course)
    with Gradebook(gradebook_url(course)) as gradebook, pytest.raises(MissingEntry):
        gradebook.find_submission(LESSON, "honest")  # no zero was written


def test_medialit_found_in_another_place_by_nbgrader_still_grades(course, tmp_path):
    """nbgrader imports a second copy of medialit (PYTHONPATH); the kernel, started afresh, imports the installed
    one: the sandbox shows the kernel the texts of the medialit it imports, and the student gets full marks."""
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(COURSE_ROOT / "src" / "medialit", elsewhere / "src" / "medialit",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(TEXTS_DIR, elsewhere / "source_texts")
    put_environment_on_path()
    ran = subprocess.run([sys.executable, "-m", "nbgrader", "autograde", LESSON], cwd=course, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": str(elsewhere / "src")})
    assert ran.returncode == 0, ran.stderr[-3000:]
    with Gradebook(gradebook_url(course)) as gradebook:
        assert gradebook.find_submission(LESSON, "honest").score == 3.0

"""Before a batch, the grading kernel must load medialit and every text (issue 25, class 9).

When the sandboxed kernel could not see the texts, every student scored 0 and
nothing said why. Now a preflight starts the kernel's Python exactly as the
kernel starts and loads them; if it cannot, grading stops with one sentence.
The fault is made real: a sandbox that does not show the texts folder, and a
medialit that nbgrader finds in one place and the kernel in another.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import nbformat
import pytest
from nbgrader.api import Gradebook, MissingEntry

from conftest import fill_answers, sample_submissions
from medialit import sandbox
from medialit.article import TEXTS_DIR
from medialit.cli import main
from medialit.course import COURSE_ROOT, copy_course, course_api, gradebook_url, put_environment_on_path, run

LESSON = "00-start-here"
SENTENCE = "The grading kernel cannot load medialit and the lesson texts"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A course with the lesson generated and one right submission, copied afresh for each test."""
    root = copy_course(tmp_path_factory.mktemp("generated"))
    run(course_api(root).generate_assignment(LESSON))
    handed_in = root / "submitted" / "honest" / LESSON
    handed_in.mkdir(parents=True)
    nbformat.write(fill_answers(root / "lessons" / LESSON / f"{LESSON}.ipynb", sample_submissions(LESSON)["solution"]["answers"]),
                   handed_in / f"{LESSON}.ipynb")
    return root


@pytest.fixture
def course(generated, tmp_path):
    return shutil.copytree(generated, tmp_path / "course")


@pytest.fixture
def sandbox_without_the_texts(monkeypatch):
    """The sandbox as a faulty install would build it: everything but the folder that holds the texts."""
    readable = sandbox.readable_paths
    monkeypatch.setattr(sandbox, "readable_paths",
                        lambda root: [path for path in readable(root) if not TEXTS_DIR.resolve().is_relative_to(path)])
    sandbox.grading_kernel_problem.cache_clear()
    yield
    sandbox.grading_kernel_problem.cache_clear()


def graded(root) -> bool:
    return (root / "autograded" / "honest" / LESSON / f"{LESSON}.ipynb").exists()


def test_medialit_grade_stops_before_anyone_is_graded_and_says_why(course, sandbox_without_the_texts, capsys):
    assert main(["grade", LESSON, "--course", str(course), "--workers", "1"]) == 2
    said = capsys.readouterr()
    assert said.err.startswith(SENTENCE) and said.err.count("\n") == 1 and said.out == ""
    assert not graded(course)
    with Gradebook(gradebook_url(course)) as gradebook, pytest.raises(MissingEntry):
        gradebook.find_submission(LESSON, "honest")  # no zero was written for anyone


def test_a_plain_nbgrader_autograde_stops_each_notebook_with_the_same_sentence(course, sandbox_without_the_texts):
    result = course_api(course).autograde(LESSON, "honest")
    assert not result["success"] and SENTENCE in result["log"]
    assert not graded(course)


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

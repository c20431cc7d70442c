"""`medialit collect-downloads`: a teacher's folder of downloaded notebooks, filed into submitted/ and graded.

The guide's own commands (docs/setup/downloads.md, the block marked ``downloads collect``) are typed in a copy
of the course, on a folder holding every way a download arrives and every file that must be left out; then
nbgrader's real autograde runs on what was filed. The model answers, downloaded from the browser version (the
Pyodide kernel's name and language), score full marks.
"""

from __future__ import annotations

import io
import json
import os
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from conftest import fill_answers, sample_submissions
from fresh_install import follow, newcomers_env, recipe, type_in
from medialit.classroom.course import COURSE_ROOT, copy_course

LESSON = "01-unnamed-sources"
BIN = str(Path(sys.executable).parent)
#: What JupyterLite's Pyodide kernel writes into a notebook it saves.
PYODIDE = {"kernelspec": {"name": "python", "display_name": "Python (Pyodide)", "language": "python"},
           "language_info": {"name": "python", "version": "3.14.0", "mimetype": "text/x-python",
                             "codemirror_mode": {"name": "python", "version": 3}, "file_extension": ".py",
                             "nbconvert_exporter": "python", "pygments_lexer": "ipython3"}}
#: Every file left out, and what its line must say.
LEFT_OUT = {
    "notes.txt": "not a notebook",
    "Untitled.ipynb": "not one of this course's lessons",
    "broken_01-unnamed-sources.ipynb": "not a notebook that can be read",
    "eve_01-unnamed-sources.ipynb": "larger than 20 MB",
    "mallory_01-unnamed-sources.ipynb": "a link or not a plain file",
    "trent": "not looked in, as it is a link",
    "01-unnamed-sources.ipynb": "does not say whose it is",
    "01-unnamed-sources (bob).ipynb": "left out, as bob/01-unnamed-sources (1).ipynb is a newer",
    "moodle-export.zip > ../../../outside/01-unnamed-sources.ipynb": "climbs out of the .zip",
    "frank_00-start-here.ipynb": "already holds another notebook, which was kept: add --replace",
}


def downloaded(lesson: str, student_case: str, pyodide: bool = True) -> str:
    """A lesson as a student downloads it from the browser version, with one sample submission's answers."""
    nb = fill_answers(COURSE_ROOT / "lessons" / lesson / f"{lesson}.ipynb", sample_submissions(lesson)[student_case]["answers"])
    if pyodide:
        nb.metadata.update(PYODIDE)
    return nbformat.writes(nb)


def make_downloads(folder: Path, course: Path) -> None:
    folder.mkdir()
    (folder / "alice_01-unnamed-sources.ipynb").write_text(downloaded(LESSON, "solution"))
    older = folder / "01-unnamed-sources (bob).ipynb"
    older.write_text(downloaded(LESSON, "all_wrong"))
    os.utime(older, (1_700_000_000, 1_700_000_000))
    (folder / "bob").mkdir()
    (folder / "bob" / "01-unnamed-sources (1).ipynb").write_text(downloaded(LESSON, "solution"))
    (folder / "carol").mkdir()  # a folder per student; the name says lesson 02, the notebook is lesson 01
    (folder / "carol" / "02-state-media-framing.ipynb").write_text(downloaded(LESSON, "half_right"))
    export = io.BytesIO()
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("Dan Ng_4021_assignsubmission_file_/01-unnamed-sources.ipynb", downloaded(LESSON, "solution"))
        archive.writestr("../../../outside/01-unnamed-sources.ipynb", downloaded(LESSON, "solution"))
    (folder / "moodle-export.zip").write_bytes(export.getvalue())
    (folder / "frank_00-start-here.ipynb").write_text(downloaded("00-start-here", "solution"))
    (folder / "notes.txt").write_text("not a notebook")
    (folder / "Untitled.ipynb").write_text(nbformat.writes(nbformat.v4.new_notebook()))
    (folder / "broken_01-unnamed-sources.ipynb").write_text(downloaded(LESSON, "solution")[:500])
    with (folder / "eve_01-unnamed-sources.ipynb").open("wb") as huge:
        huge.truncate(20_000_001)  # sparse: costs no disk
    (folder / "mallory_01-unnamed-sources.ipynb").symlink_to(course / "solutions" / LESSON / f"{LESSON}.ipynb")
    (folder / "trent").symlink_to(course / "solutions" / LESSON)
    (folder / "01-unnamed-sources.ipynb").write_text(downloaded(LESSON, "solution"))


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """The guide's commands on the folder: (course, what the collect printed)."""
    base = tmp_path_factory.mktemp("downloads")
    course = copy_course(base / "course")
    make_downloads(course / "downloads", course)
    frank = course / "submitted" / "frank" / "00-start-here"
    frank.mkdir(parents=True)
    (frank / "00-start-here.ipynb").write_text(downloaded("00-start-here", "untouched", pyodide=False))
    env = newcomers_env(base / "home")
    collect, grade = recipe("downloads collect", {".venv/bin/": BIN + "/"})
    said = follow([collect], course, env)
    follow([grade], course, env)
    return course, said


def _scores(course: Path, student: str) -> tuple[float, float]:
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", "medialit") as gradebook:
        notebook = gradebook.find_submission_notebook(LESSON, LESSON, student)
        autograded = [grade for grade in notebook.grades if not grade.needs_manual_grade]
        return sum(g.score for g in autograded), sum(g.max_score for g in autograded)


def test_each_download_is_filed_under_its_student_and_the_lesson_it_holds(collected):
    course, _ = collected
    filed = sorted(p.relative_to(course / "submitted").as_posix() for p in (course / "submitted").glob("*/*/*.ipynb"))
    assert filed == [f"alice/{LESSON}/{LESSON}.ipynb", f"bob/{LESSON}/{LESSON}.ipynb", f"carol/{LESSON}/{LESSON}.ipynb",
                     f"dan-ng/{LESSON}/{LESSON}.ipynb", "frank/00-start-here/00-start-here.ipynb"]
    assert (course / "submitted" / "alice" / LESSON / "timestamp.txt").is_file()
    assert not (course.parent / "outside").exists() and not list(course.parent.rglob("outside"))


@pytest.mark.parametrize("name", LEFT_OUT)
def test_each_file_left_out_has_one_line_saying_why_and_the_rest_is_still_collected(collected, name):
    _, said = collected
    [line] = [line for line in said.splitlines() if line.startswith(name + ":")]
    assert LEFT_OUT[name] in line
    assert "Traceback" not in said


def test_the_model_answers_downloaded_from_the_browser_version_get_full_marks(collected):
    course, _ = collected
    assert json.loads((course / "submitted" / "alice" / LESSON / f"{LESSON}.ipynb").read_text())["metadata"][
        "kernelspec"]["name"] == "python"  # filed as downloaded, the Pyodide kernel's name kept
    for student in ("alice", "bob", "dan-ng"):  # bob: his newer download, not the older wrong one
        score, most = _scores(course, student)
        assert score == most > 0, student
    assert 0 < _scores(course, "carol")[0] < _scores(course, "carol")[1]


def test_a_submission_already_there_is_replaced_only_when_asked_and_then_said(collected):
    course, said = collected
    kept = course / "submitted" / "frank" / "00-start-here" / "00-start-here.ipynb"
    assert '"kernelspec"' in kept.read_text() and "Pyodide" not in kept.read_text()
    again = type_in(f"{BIN}/medialit collect-downloads downloads/", course, newcomers_env(course.parent / "home"))
    assert f"alice_01-unnamed-sources.ipynb: already in submitted/alice/{LESSON}/{LESSON}.ipynb, unchanged." in again.stdout
    replaced = type_in(f"{BIN}/medialit collect-downloads --replace downloads/", course,
                       newcomers_env(course.parent / "home"))
    assert ("Filed frank_00-start-here.ipynb as submitted/frank/00-start-here/00-start-here.ipynb, replacing the "
            "notebook that was there.") in replaced.stdout
    assert "Pyodide" in kept.read_text()


def test_the_course_folder_itself_is_not_taken_for_a_folder_of_downloads(collected):
    course, _ = collected
    done = type_in(f"{BIN}/medialit collect-downloads .", course, newcomers_env(course.parent / "home"))
    assert done.returncode == 2 and "holds the course itself" in done.stderr and "Traceback" not in done.stderr
    assert not (course / "submitted" / "solutions").exists()

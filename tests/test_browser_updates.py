"""The browser version's updates (medialit.lesson.browser_updates), without a browser: a folder stands for the kernel's /drive.

The site's files are laid out as make lite lays them (medialit.classroom.lite.site_contents); a student's saved copy is what
the browser's storage shows in place of the site's file.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from medialit.lesson import browser_updates
from medialit.lesson.browser_updates import RECORD, RELEASES, in_the_browser, offer_updates
from medialit.classroom.course import COURSE_ROOT
from medialit.classroom.lite import site_contents

LESSON = "00-start-here"


@pytest.fixture
def drive(tmp_path) -> Path:
    site_contents(tmp_path, COURSE_ROOT / "lessons", with_keys=False)
    return tmp_path


def notebook(drive: Path, lesson: str = LESSON) -> Path:
    return drive / lesson / f"{lesson}.ipynb"


def edit(path: Path, change) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    change(nb["cells"])
    path.write_text(json.dumps(nb), encoding="utf-8")


def answer(cells) -> None:
    """What a student does: types an answer, runs cells (outputs), adds a cell of their own."""
    written = next(c for c in cells if c["metadata"].get("nbgrader", {}).get("solution"))
    written["source"] = "named_sentences = {2, 3}"
    cells.append({"cell_type": "code", "metadata": {}, "source": "print('mine')", "outputs": [],
                  "execution_count": None})


def change_the_text(cells) -> None:
    """What a new release does: rewords a cell no student writes in."""
    cells[0]["source"] = "".join(cells[0]["source"]) + "\nA sentence added in this release."


def release_a_change(drive: Path, lesson: str = LESSON) -> None:
    """The site rebuilt with a changed lesson. The student's saved copy hides the site's file at the same path, so
    what the kernel sees change is the released copy and its record."""
    key = f"{lesson}/{lesson}.ipynb"
    edit(drive / RELEASES / key, change_the_text)
    record = json.loads((drive / RELEASES / RECORD).read_text())
    record[key] = hashlib.sha256((drive / RELEASES / key).read_bytes()).hexdigest()
    (drive / RELEASES / RECORD).write_text(json.dumps(record))


def updates(drive: Path, lesson: str = LESSON) -> list[Path]:
    return sorted((drive / lesson).glob(f"{lesson}.update-*.ipynb"))


def test_the_site_records_every_lesson_as_released(drive):
    record = json.loads((drive / RELEASES / RECORD).read_text())
    lessons = sorted(p.relative_to(drive).as_posix() for p in drive.glob("[!.]*/*.ipynb"))
    assert sorted(record) == lessons and len(lessons) >= 9
    for key in lessons:
        assert (drive / RELEASES / key).read_bytes() == (drive / key).read_bytes()


def test_a_lesson_as_released_or_answered_gets_nothing(drive):
    assert offer_updates(drive, drive / LESSON) == []
    edit(notebook(drive), answer)
    assert offer_updates(drive, drive / LESSON) == [] and updates(drive) == []


def test_a_changed_lesson_arrives_beside_the_students_copy_once(drive):
    edit(notebook(drive), answer)
    theirs = notebook(drive).read_bytes()
    release_a_change(drive)
    told = offer_updates(drive, drive / LESSON)
    record = json.loads((drive / RELEASES / RECORD).read_text())
    beside = notebook(drive).with_name(f"{LESSON}.update-{record[f'{LESSON}/{LESSON}.ipynb'][:8]}.ipynb")
    assert updates(drive) == [beside]
    assert beside.read_bytes() == (drive / RELEASES / LESSON / f"{LESSON}.ipynb").read_bytes()
    assert "A sentence added in this release." in beside.read_text()
    assert notebook(drive).read_bytes() == theirs  # their work untouched
    assert told == [f"This lesson has changed on the site: the new version is beside yours as {beside.name}, "
                    f"and your work in {LESSON}.ipynb is untouched."]
    beside.write_text("opened and changed by the student")
    assert offer_updates(drive, drive / LESSON) == []  # once: never again, never over theirs
    assert beside.read_text() == "opened and changed by the student"


def test_only_the_lessons_of_the_kernels_folder_are_looked_at(drive):
    edit(notebook(drive, "01-unnamed-sources"), answer)
    release_a_change(drive, "01-unnamed-sources")
    assert offer_updates(drive, drive / LESSON) == [] and updates(drive, "01-unnamed-sources") == []
    assert len(offer_updates(drive, drive / "01-unnamed-sources")) == 1


def test_a_copy_that_is_no_notebook_any_more_gets_the_lesson_beside_it(drive):
    notebook(drive).write_text("{ damaged")
    assert len(offer_updates(drive, drive / LESSON)) == 1 and len(updates(drive)) == 1
    assert notebook(drive).read_text() == "{ damaged"


@pytest.mark.parametrize("trouble", ["no record", "outside the drive"])
def test_in_the_browser_any_trouble_is_silent(drive, tmp_path_factory, monkeypatch, capsys, trouble):
    if trouble == "no record":
        (drive / RELEASES / RECORD).unlink()
        monkeypatch.chdir(drive / LESSON)
    else:
        monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    monkeypatch.setattr(browser_updates, "DRIVE", drive)
    in_the_browser()
    assert capsys.readouterr() == ("", "")


def test_in_the_browser_the_student_is_told_in_one_sentence(drive, monkeypatch, capsys):
    notebook(drive).write_text("{ damaged")
    monkeypatch.chdir(drive / LESSON)
    monkeypatch.setattr(browser_updates, "DRIVE", drive)
    in_the_browser()
    out = capsys.readouterr().out
    assert out.count(".") >= 1 and out.strip().count("\n") == 0 and "update-" in out and "Traceback" not in out

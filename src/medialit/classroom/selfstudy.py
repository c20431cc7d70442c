"""Working alone: copy the lessons into a folder of your own, and see which exercises pass check().

`medialit start` never overwrites a file that is already there: a learner's
work is never lost. It records, in the learner's folder, the SHA-256 of each
lesson as it handed it out (:data:`RECORD`), so a lesson the learner has
worked in is not mistaken for a newer one. When the lessons themselves
have changed since, the new version arrives once, beside the learner's, with
the first 8 characters of its SHA-256 in its name
(``00-start-here.update-1a2b3c4d.ipynb``).
`medialit progress` reads each answer as a plain value from the notebooks
(no code is run) and asks check(), which never reveals the answers.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import nbformat

from ..content.wording import counted
from ..keys.answer_hashes import CHECKS_DIR
from ..lesson.feedback import check
from ..lesson.same_lesson import still_the_lesson
from .course import COURSE_ROOT
from .rescore import literal_answers

#: In the learner's folder: each lesson file's SHA-256 as last handed out (copied, or offered beside theirs).
RECORD = ".medialit-lessons.json"
#: In a checkout only: a wheel carries no lessons, so that the keys for working alone never reach a class install.
LESSONS_DIR = COURSE_ROOT / "lessons"


class NoLessons(LookupError):
    """The lessons are not where this install keeps them; the message says what to do."""


def copy_lessons(target: Path, lessons_dir: Path | None = None) -> dict[str, list]:
    """Copy every lesson file into ``target``; returns what was copied, kept, placed beside, and left out.

    A file already at a lesson's path, or a link there (even one that leads
    nowhere), is the learner's and is kept. Only when the lesson is newer than
    the one last handed out for that path (see :data:`RECORD`) does the new
    version go beside it, once; "updates" lists (the learner's file, the new
    one beside it). A folder inside ``target`` that is a link is never entered:
    its lessons are left out (listed under "linked"), as a link may lead
    anywhere. Nothing is ever written through a link: each folder is opened
    without following one, and every file is created in the folder that was
    opened, under a temporary name, then renamed, so a full disk never leaves
    half a lesson that a later run would take for the learner's work.
    """
    lessons_dir = lessons_dir or LESSONS_DIR
    sources = sorted(p for p in lessons_dir.rglob("*") if p.is_file() and ".ipynb_checkpoints" not in p.parts)
    if not sources:
        raise NoLessons(f"No lessons were found in {lessons_dir}. Get the module's repository (it has a lessons/ "
                        "folder) and run `make start` there.")
    done = {"copied": [], "kept": [], "updates": [], "linked": []}
    target.mkdir(parents=True, exist_ok=True)
    top = _open_folder(target, ())
    try:
        handed_out = _read_record(top)
        before = dict(handed_out)
        for source in sources:
            relative = source.relative_to(lessons_dir)
            try:
                folder = _open_folder(target, relative.parent.parts)
            except LinkedFolder as linked:
                if linked.path not in done["linked"]:
                    done["linked"].append(linked.path)
                continue
            try:
                _place(folder, target / relative, source.read_bytes(), done, handed_out, relative.as_posix())
            finally:
                os.close(folder)
        if handed_out != before:
            _write_whole(top, RECORD, json.dumps(handed_out, indent=1, sort_keys=True).encode())
    finally:
        os.close(top)
    return done


class LinkedFolder(Exception):
    """A folder on the way to a lesson is a link, so nothing is written in it."""

    def __init__(self, path: Path):
        super().__init__(path)
        self.path = path


def _open_folder(target: Path, parts: tuple[str, ...]) -> int:
    """The folder ``target/parts...``, made where missing and opened one step at a time, never through a link."""
    folder, path = os.open(target, os.O_RDONLY | os.O_DIRECTORY), target
    try:
        for part in parts:
            path = path / part
            try:
                os.mkdir(part, dir_fd=folder)
            except FileExistsError:
                if stat.S_ISLNK(os.stat(part, dir_fd=folder, follow_symlinks=False).st_mode):
                    raise LinkedFolder(path) from None
            inner = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=folder)
            os.close(folder)
            folder = inner
    except BaseException:
        os.close(folder)
        raise
    return folder


def _place(folder: int, destination: Path, data: bytes, done: dict[str, list], handed_out: dict[str, str],
           key: str) -> None:
    """One lesson file into the opened ``folder``: copied, kept (the learner's, of this lesson), or placed beside.

    ``handed_out`` maps each lesson file to the SHA-256 of the version last handed out for it, and is brought up
    to date here.
    """
    release = hashlib.sha256(data).hexdigest()
    existing = _status(folder, destination.name)
    if existing is None:
        _write_whole(folder, destination.name, data)
        done["copied"].append(destination)
    elif (handed_out.get(key) == release or _holds(folder, existing, destination.name, data)
          or key not in handed_out and stat.S_ISREG(existing.st_mode)
          and _same_lesson(_read(folder, destination.name), data)):
        done["kept"].append(destination)
    else:
        beside = destination.with_name(f"{destination.stem}.update-{release[:8]}{destination.suffix}")
        if _status(folder, beside.name) is None:
            _write_whole(folder, beside.name, data)
        done["updates"].append((destination, beside))
    handed_out[key] = release


def _holds(folder: int, existing: os.stat_result, name: str, data: bytes) -> bool:
    """Whether ``name`` is a file (not a link, a folder or a pipe) holding exactly ``data``."""
    return stat.S_ISREG(existing.st_mode) and existing.st_size == len(data) and _read(folder, name) == data


def _same_lesson(theirs: bytes, lesson: bytes) -> bool:
    """Whether a learner's notebook is this lesson, in a folder with no record of what was handed out (see
    :func:`medialit.lesson.same_lesson.still_the_lesson`)."""
    try:
        released, learners = (nbformat.reads(text.decode(), as_version=4) for text in (lesson, theirs))
    except Exception:  # not a notebook (any more), however damaged: not the lesson as released
        return False
    return still_the_lesson(released.cells, learners.cells)


def _read_record(folder: int) -> dict[str, str]:
    """What :data:`RECORD` in the opened ``folder`` says was handed out; nothing, if it is missing or damaged."""
    found = _status(folder, RECORD)
    if found is None or not stat.S_ISREG(found.st_mode):  # a link is never followed, a pipe never waited on
        return {}
    try:
        record = json.loads(_read(folder, RECORD))
    except (OSError, ValueError):  # unreadable, or no longer the record
        return {}
    return {key: value for key, value in record.items() if isinstance(value, str)} if isinstance(record, dict) else {}


def _status(folder: int, name: str) -> os.stat_result | None:
    """What is at ``name`` itself (a link is a link, wherever it leads), or None when nothing is."""
    try:
        return os.stat(name, dir_fd=folder, follow_symlinks=False)
    except FileNotFoundError:
        return None


def _read(folder: int, name: str) -> bytes:
    with open(os.open(name, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=folder), "rb") as handle:
        return handle.read()


def _write_whole(folder: int, name: str, data: bytes) -> None:
    """Write under a temporary name, then rename: the file is either all there or not there."""
    partial = f".{name}.partial-{os.getpid()}"
    handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666, dir_fd=folder)
    try:
        try:
            unwritten = memoryview(data)
            while unwritten:
                unwritten = unwritten[os.write(handle, unwritten):]
        finally:
            os.close(handle)
        os.replace(partial, name, src_dir_fd=folder, dst_dir_fd=folder)
    except BaseException:
        os.unlink(partial, dir_fd=folder)
        raise


def lab_command(folder: Path) -> list[str]:
    """The command that starts JupyterLab in ``folder``; as root (containers often are) with ``--allow-root``."""
    command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={folder}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        print("You are working as root (common in containers and cloud machines), so JupyterLab starts with "
              "--allow-root.")
        command.append("--allow-root")
    return command


def jupyter_profile(view: str) -> Path:
    """A view's Jupyter settings ("learner" or "teacher"): in the package when installed from a wheel, else jupyter/."""
    packaged = Path(__file__).parents[1] / "jupyter" / view
    return packaged if packaged.is_dir() else COURSE_ROOT / "jupyter" / view


def learner_profile() -> Path:
    return jupyter_profile("learner")


def open_lab(folder: Path) -> int:
    """JupyterLab as a learner sees it (no instructor tools, no news pop-ups), in ``folder``; Ctrl+C stops it."""
    profile = learner_profile()
    env = {**os.environ, **({"JUPYTER_CONFIG_DIR": str(profile)} if profile.is_dir() else {})}
    try:  # started in the folder itself: nbgrader's Assignment List fetches into the server's working folder
        return subprocess.call(lab_command(folder), env=env, cwd=folder)
    except KeyboardInterrupt:
        print("\nJupyterLab has stopped. Your work is saved in " + str(folder) + ".")
        return 0


def progress(folder: Path) -> list[dict]:
    """One row per exercise of every lesson in ``folder``: whether check() passes, or why not."""
    rows = []
    for keys_file in sorted(CHECKS_DIR.glob("*.json")):
        lesson = keys_file.stem
        notebook = folder / lesson / f"{lesson}.ipynb"
        exercises = json.loads(keys_file.read_text(encoding="utf-8"))["exercises"]
        answers, problem = None, None
        if not notebook.is_file():
            problem = "lesson not found (run medialit start)"
        else:
            try:
                answers = literal_answers(nbformat.read(notebook, as_version=4))
            except Exception:  # any damage to the saved file: say so, never crash
                problem = "could not read the saved notebook (is it still open with unsaved changes?)"
        for exercise in sorted(exercises):
            if problem:
                status, right = problem, None
            elif exercise not in answers or answers[exercise] is ...:
                status, right = "not answered yet", None
            else:
                feedback = check(exercise, answers[exercise], near=folder)
                if feedback.form_only:  # no keys here (a class): check() cannot tell right from wrong
                    status, right = ("in a form the grader can read (in class, check() does not say if it is right)"
                                     if feedback.form_ok else "keep going: check() names a slip in its form"), None
                else:
                    status = "passes check()" if feedback.passed else "keep going"
                    right = f"{feedback.right} of {feedback.total}"
            rows.append({"lesson": lesson, "exercise": exercise, "status": status, "right": right})
    return rows + _skill_check_rows(folder)


def _skill_check_rows(folder: Path) -> list[dict]:
    """The skill checks are not coached, so progress says only which items are answered, never whether right."""
    rows = []
    for path in sorted(folder.glob("skill-check-*/skill-check-*.ipynb")):
        row = {"lesson": path.parent.name, "right": None}
        try:
            notebook = nbformat.read(path, as_version=4)
        except Exception:  # any damage to the saved file: say so, never crash
            rows.append({**row, "exercise": "(all)",
                         "status": "could not read the saved notebook (is it still open with unsaved changes?)"})
            continue
        answers = literal_answers(notebook)
        for cell in notebook.cells:
            grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id", "")
            if grade_id.startswith("answer_"):
                name = grade_id.removeprefix("answer_")
                answered = answers.get(name, ...) is not ...
                rows.append({**row, "exercise": name, "status": "answered (a skill check is not checked here)"
                             if answered else "not answered yet"})
    return rows


def progress_text(rows: list[dict]) -> str:
    width = max(len(f"{r['lesson']} / {r['exercise']}") for r in rows)
    lines = [f"{r['lesson'] + ' / ' + r['exercise']:<{width}}  {r['status']}" + (f" ({r['right']})" if r["right"] else "")
             for r in rows]
    lessons = [r for r in rows if not r["lesson"].startswith("skill-check-")]
    passed = sum(r["status"] == "passes check()" for r in lessons)
    skill_checks = [r for r in rows if r["lesson"].startswith("skill-check-")]
    answered = sum(r["status"].startswith("answered") for r in skill_checks)
    summary = f"\n{passed} of {counted(len(lessons), 'exercise')} {'passes' if passed == 1 else 'pass'} check()."
    readable = sum(r["status"].startswith("in a form the grader can read") for r in lessons)
    if readable:  # in class: check() reads the form only
        summary = (f"\n{readable} of {counted(len(lessons), 'exercise')} {'is' if readable == 1 else 'are'} in a form "
                   "the grader can read; in class, check() does not say which are right.")
    if skill_checks:
        summary += f" Skill checks: {answered} of {counted(len(skill_checks), 'item')} answered."
    return "\n".join(lines + [summary + " Save your notebooks first: this reads the saved files."])

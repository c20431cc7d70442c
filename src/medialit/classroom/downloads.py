"""Notebooks students downloaded (from the browser version, or any JupyterLab) into nbgrader's ``submitted/``.

Without a server there is no exchange: students hand in the file they
downloaded (File > Download), by e-mail, a USB stick or a learning platform,
and the teacher has a folder of them. This files each one as nbgrader's
``submitted/<student>/<lesson>/<lesson>.ipynb``, so grading goes on as usual.

nbgrader's own ``zip_collect`` does this job for names that one regular
expression fits, but it takes the lesson from the file's name, copies through
links (``shutil.copy``) and overwrites without a word. Here:

* the lesson is read from the notebook itself (its nbgrader cells and the
  article it opens), never from its name;
* the student is the folder the file is in (one folder per student, as a
  platform's export has), else the file's name without the lesson's name
  (``alice_01-unnamed-sources.ipynb``, ``01-unnamed-sources (alice).ipynb``);
  Moodle's ``Name_123_assignsubmission_file_`` and a browser's ``(1)`` are
  dropped, and the id keeps letters, digits, ``-`` and ``_`` only;
* a link, a file that is not a readable lesson notebook or is too large is
  refused with one sentence, and the rest is still collected; a ``.zip``
  export is read in memory (its member names never become paths);
* of two notebooks for one student and lesson the newer is kept and the other
  named; a submission already in ``submitted/`` is never replaced unless asked,
  and then the message says so.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..content.wording import counted
from .course import lesson_names
from .rescore import MAX_NOTEBOOK_BYTES

#: nbgrader's own format for timestamp.txt.
TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f UTC"
#: Most files looked at in one folder (with the members of its .zip files): a teacher's folder, not a disk.
MAX_FILES = 5000
MOODLE = re.compile(r"^(?P<name>.+?)_\d+_assign(?:submission|feedback)_[a-z]+_", re.IGNORECASE)
BROWSER_COPY = re.compile(r"\s*\(\d+\)$")


@dataclass
class Download:
    shown: str  # where it is, as the teacher would find it
    folders: tuple[str, ...]  # the folders it is in, below the folder collected
    name: str
    data: bytes
    changed: float  # seconds since the epoch


@dataclass
class Collected:
    filed: list[str]
    problems: list[str]

    def lines(self) -> list[str]:
        return self.filed + self.problems + [f"{counted(len(self.filed), 'notebook')} filed in submitted/, "
                                             f"{counted(len(self.problems), 'note')} above."]


def collect_downloads(course: Path, folder: Path, replace: bool = False) -> Collected:
    """File every lesson notebook in ``folder`` (and in the .zip files there) under ``course``'s ``submitted/``."""
    lessons = _lesson_fingerprints(course)
    problems: list[str] = []
    newest: dict[tuple[str, str], Download] = {}
    for download in _downloads(folder, problems):
        lesson = _lesson_of(download, lessons, problems)
        student = lesson and _student_of(download, lessons, problems)
        if not student:
            continue
        kept = newest.get((student, lesson))
        if kept is not None:
            older, download = sorted([kept, download], key=lambda d: d.changed)
            problems.append(f"{older.shown}: left out, as {download.shown} is a newer {lesson} from {student}.")
        newest[(student, lesson)] = download
    filed = []
    for (student, lesson), download in sorted(newest.items()):
        was_filed, said = _file(course, student, lesson, download, replace)
        (filed if was_filed else problems).append(said)
    return Collected(filed, problems)


def _lesson_fingerprints(course: Path) -> dict[str, tuple[str | None, set[str]]]:
    """Each lesson's article and grade ids, from the course's own source notebooks."""
    prints = {}
    for lesson in lesson_names(course):
        notebook = course / "solutions" / lesson / f"{lesson}.ipynb"
        if notebook.is_file():
            prints[lesson] = _fingerprint(json.loads(notebook.read_text(encoding="utf-8")))
    return prints


def _fingerprint(nb: dict) -> tuple[str | None, set[str]]:
    medialit = nb.get("metadata", {}).get("medialit", {})
    ids = {str(cell.get("metadata", {}).get("nbgrader", {}).get("grade_id"))
           for cell in nb.get("cells", []) if isinstance(cell, dict) and isinstance(cell.get("metadata"), dict)
           and isinstance(cell["metadata"].get("nbgrader"), dict)}
    return (medialit.get("article") if isinstance(medialit, dict) else None), ids


def _downloads(folder: Path, problems: list[str]):
    """Every .ipynb below ``folder`` and in its .zip files, without following a link anywhere."""
    seen = 0
    for top, dirs, files in os.walk(folder, followlinks=False):
        below = Path(top).relative_to(folder).parts
        for name in sorted(dirs):
            if os.path.islink(os.path.join(top, name)):
                problems.append(f"{_shown(below, name)}: not looked in, as it is a link to another place.")
        dirs.sort()
        for name in sorted(files):
            seen += 1
            if seen > MAX_FILES:
                problems.append(f"Stopped after {MAX_FILES:,} files: collect a smaller folder.")
                return
            path, shown = os.path.join(top, name), _shown(below, name)
            status = os.lstat(path)
            if not stat.S_ISREG(status.st_mode):
                problems.append(f"{shown}: left out, as it is a link or not a plain file.")
            elif name.lower().endswith(".zip"):
                yield from _zipped(path, shown, below, problems)
            elif not name.lower().endswith(".ipynb"):
                problems.append(f"{shown}: left out, as it is not a notebook (a file ending in .ipynb).")
            elif (data := _read(path, status.st_size)) is None:
                problems.append(_too_large(shown))
            else:
                yield Download(shown, below, name, data, status.st_mtime)


def _read(path: str, size: int) -> bytes | None:
    if size > MAX_NOTEBOOK_BYTES:
        return None
    opened = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with os.fdopen(opened, "rb") as handle:
        data = handle.read(MAX_NOTEBOOK_BYTES + 1)
    return data if len(data) <= MAX_NOTEBOOK_BYTES else None


def _zipped(path: str, shown: str, below: tuple[str, ...], problems: list[str]):
    try:
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist()[:MAX_FILES]:
                parts = PurePosixPath(member.filename.replace("\\", "/")).parts
                if member.is_dir() or not parts or not parts[-1].lower().endswith(".ipynb"):
                    continue
                inside = f"{shown} > {member.filename}"
                if member.filename.startswith(("/", "\\")) or ".." in parts:
                    problems.append(f"{inside}: left out, as its place in the .zip climbs out of the .zip.")
                    continue
                if member.file_size > MAX_NOTEBOOK_BYTES:
                    problems.append(_too_large(inside))
                    continue
                changed = datetime.datetime(*member.date_time).timestamp()
                yield Download(inside, below + parts[:-1], parts[-1], archive.read(member), changed)
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError) as problem:  # RuntimeError: a password
        problems.append(f"{shown}: could not be opened as a .zip file ({problem}).")


def _lesson_of(download: Download, lessons: dict, problems: list[str]) -> str | None:
    """The lesson the notebook holds, by its article and its nbgrader cells; None (and why) if none fits."""
    try:
        nb = json.loads(download.data.decode("utf-8"))
        if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
            raise ValueError
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        problems.append(f"{download.shown}: left out, as it is not a notebook that can be read (a broken or "
                        "half-downloaded file?).")
        return None
    article, ids = _fingerprint(nb)
    shared = {lesson: len(ids & lesson_ids - {"setup"}) for lesson, (lesson_article, lesson_ids) in lessons.items()
              if lesson_article == article}
    best = max(shared.values(), default=0)
    fits = [lesson for lesson, count in shared.items() if count == best]
    if best == 0 or len(fits) != 1:
        problems.append(f"{download.shown}: left out, as it is not one of this course's lessons.")
        return None
    return fits[0]


def _student_of(download: Download, lessons: dict, problems: list[str]) -> str | None:
    """Whose it is: a platform's name for it (Moodle's), else its own name less the lesson's, else its folder.

    None (and why) if none of them names anyone.
    """
    stem = BROWSER_COPY.sub("", download.name.rsplit(".", 1)[0])
    for place in [stem, *reversed(download.folders)]:
        if moodle := MOODLE.match(place):
            return _student_id(moodle["name"]) or None
    student = _student_id(_without_lessons(stem, lessons)) if _without_lessons(stem, lessons) != stem else ""
    for folder in reversed(download.folders):
        student = student or _student_id(_without_lessons(folder, lessons))
    if student:
        return student
    problems.append(f"{download.shown}: left out, as its name does not say whose it is: name it like "
                    "alice_01-unnamed-sources.ipynb, or put it in a folder named after the student.")
    return None


def _without_lessons(name: str, lessons: dict) -> str:
    for lesson in sorted(lessons, key=len, reverse=True):
        name = name.replace(lesson, " ")
    return name


def _student_id(text: str) -> str:
    """A name as an nbgrader student id: lower case, letters and digits, words joined by '-'; '' if only digits."""
    words = re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text).casefold())
    student = "-".join(words)[:64].strip("-")
    return "" if student.isdigit() else student


def _file(course: Path, student: str, lesson: str, download: Download, replace: bool) -> tuple[bool, str]:
    """Write one notebook into submitted/, with its time: whether it was, and what was done."""
    submitted = course / "submitted"
    for place in (submitted, submitted / student, submitted / student / lesson):
        if place.is_symlink():
            return False, f"{download.shown}: not filed, as {place.relative_to(course)} is a link to another place."
        place.mkdir(exist_ok=True)
    notebook = submitted / student / lesson / f"{lesson}.ipynb"
    where = notebook.relative_to(course)
    if notebook.is_symlink():
        return False, f"{download.shown}: not filed, as {where} is a link to another place."
    if notebook.exists():
        if notebook.read_bytes() == download.data:
            return False, f"{download.shown}: already in {where}, unchanged."
        if not replace:
            return False, (f"{download.shown}: not filed, as {where} already holds another notebook, which was kept: "
                    "add --replace to replace it.")
    partial = notebook.with_name(f".{notebook.name}.partial")
    partial.unlink(missing_ok=True)
    with open(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644), "wb") as written:
        written.write(download.data)
    replaced = notebook.exists()
    os.replace(partial, notebook)
    seen = datetime.datetime.fromtimestamp(min(download.changed, datetime.datetime.now().timestamp()),
                                           datetime.timezone.utc)
    (notebook.parent / "timestamp.txt").write_text(seen.strftime(TIMESTAMP_FORMAT))
    return True, (f"Filed {download.shown} as {where}" + (", replacing the notebook that was there." if replaced else "."))


def _shown(below: tuple[str, ...], name: str) -> str:
    return "/".join([*below, name])


def _too_large(shown: str) -> str:
    return f"{shown}: left out, as it is larger than {MAX_NOTEBOOK_BYTES // 1_000_000} MB, far more than a lesson."

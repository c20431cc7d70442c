"""The browser version (make lite): a lesson updated on the site arrives beside the student's saved copy.

In JupyterLite a notebook the student saved lives in the browser's storage, and it hides the site's file of the
same path, so a lesson changed on the site would never reach a student who had saved it. The site therefore also
carries every lesson as released in a hidden folder no student saves into (:data:`RELEASES`, with a record of each
file's SHA-256), which the kernel reads under /drive like any file of the site. When a lesson's kernel first imports
medialit, each lesson of its folder that is no longer the lesson as released now (a cell the student does not write
in differs: the rule `medialit start` uses) gets the new version beside it, once, named as `medialit start` names
it (``00-start-here.update-1a2b3c4d.ipynb``). The student's file is never written.

Student side, pure Python: it runs in the browser's kernel (Pyodide), reading and writing through /drive.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path, PurePosixPath

from .same_lesson import still_the_lesson

#: On the site, beside the lessons: each lesson file as released, under its own path, and RECORD.
RELEASES = ".medialit-release"
#: In RELEASES: each lesson file's path (``00-start-here/00-start-here.ipynb``) and the SHA-256 of its release.
RECORD = "lessons.json"
#: Where the browser's kernel sees the site's files and the student's (JupyterLite's DriveFS).
DRIVE = Path("/drive")


def offer_updates(drive: Path, folder: Path) -> list[str]:
    """Place beside each lesson file of ``folder`` (inside ``drive``) the release it no longer is, once; returns
    what to tell the student, one sentence per new file."""
    releases = drive / RELEASES
    record = json.loads((releases / RECORD).read_text(encoding="utf-8"))
    here = PurePosixPath(folder.relative_to(drive).as_posix())
    told = []
    for key, sha256 in sorted(record.items()):
        if PurePosixPath(key).parent != here:
            continue
        theirs, release = drive / key, (releases / key).read_bytes()
        try:
            their_cells = _cells(theirs.read_bytes())
        except FileNotFoundError:  # not on the site nor in the browser (deleted): nothing to place it beside
            continue
        if their_cells is not None and still_the_lesson(_cells(release), their_cells):
            continue
        beside = theirs.with_name(f"{theirs.stem}.update-{sha256[:8]}{theirs.suffix}")
        if beside.exists():  # offered before: once is enough, even if the student has opened it since
            continue
        _write_or_nothing(beside, release)
        told.append(f"This lesson has changed on the site: the new version is beside yours as {beside.name}, "
                    f"and your work in {theirs.name} is untouched.")
    return told


def _cells(data: bytes) -> list | None:
    """A notebook file's cells, or None when it is not a notebook (any more)."""
    try:
        notebook = json.loads(data)
    except ValueError:
        return None
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    return cells if isinstance(cells, list) and all(isinstance(cell, dict) for cell in cells) else None


def _write_or_nothing(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all: a half-written file (storage full) would pass for the update next time."""
    try:
        path.write_bytes(data)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


def in_the_browser() -> None:
    """Offer the updates of the lesson whose kernel this is (JupyterLite starts it in the notebook's folder)."""
    try:
        told = offer_updates(DRIVE, Path.cwd())
    except Exception:  # a site with no record, no /drive, storage full...: the lesson goes on, with no message
        return
    for sentence in told:
        print(sentence)


"""Submissions are evidence: what was graded is kept, hashed, and is what the report re-checks.

nbgrader calls :func:`record` just before it autogrades one student's lesson,
and :func:`verify` just after (``Autograde.pre_convert_hook`` and
``post_convert_hook`` in ``nbgrader_config.py``). ``record`` copies each handed-in
notebook into ``evidence/<student>/<lesson>/`` beside its SHA-256;
``verify`` checks that grading changed no handed-in file. The report re-scores
the kept copy, after checking its hash, and says when the file in
``submitted/`` no longer matches what was graded. ``evidence/`` is the
teacher's: nothing a student hands in is run, so nothing can write there.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from traitlets.log import get_logger

MANIFEST = "sha256.json"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def evidence_folder(submitted_notebook: Path) -> Path:
    """``<course>/submitted/<student>/<lesson>/x.ipynb`` -> ``<course>/evidence/<student>/<lesson>``."""
    lesson = submitted_notebook.parent
    return lesson.parents[2] / "evidence" / lesson.parent.name / lesson.name


def record(notebooks: list[str], **_: object) -> None:
    """Keep a copy of each notebook about to be graded, with its hash (nbgrader's pre-convert hook)."""
    for notebook in map(Path, notebooks):
        folder = evidence_folder(notebook)
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(notebook, folder / notebook.name)
        manifest = _read_manifest(folder)
        manifest[notebook.name] = sha256(folder / notebook.name)
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))


def verify(notebooks: list[str], **_: object) -> None:
    """Say loudly if a handed-in file changed while it was graded (nbgrader's post-convert hook)."""
    for notebook in map(Path, notebooks):
        if graded_copy(notebook) is None or sha256(notebook) != _read_manifest(evidence_folder(notebook)).get(notebook.name):
            get_logger().error("%s changed while it was graded: compare it with the copy in %s.", notebook,
                               evidence_folder(notebook))


def graded_copy(submitted_notebook: Path) -> Path | None:
    """The copy of this notebook that was graded, if it is there and its hash still matches; else None."""
    folder = evidence_folder(submitted_notebook)
    copy = folder / submitted_notebook.name
    expected = _read_manifest(folder).get(submitted_notebook.name)
    return copy if copy.is_file() and expected == sha256(copy) else None


def has_record(submitted_notebook: Path) -> bool:
    return submitted_notebook.name in _read_manifest(evidence_folder(submitted_notebook))


def _read_manifest(folder: Path) -> dict[str, str]:
    try:
        return json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError):
        return {}

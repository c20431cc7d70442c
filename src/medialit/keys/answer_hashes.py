"""Salted hashes of answers: what check() compares against, without shipping readable keys.

Kept apart from :mod:`medialit.classroom.answer_keys` (which builds the hashes from the
solution notebooks and needs nbformat) so that a lesson's first cell stays
quick: nbformat alone takes seconds to import.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

#: What the package itself carries: each exercise's form, never its key, so that check() in class can give
#: nothing away (a class gets the package and the released lessons, nothing more).
CHECKS_DIR = Path(__file__).parent / "checks"

#: The hashed keys check() needs for full feedback, working alone: generated into the lessons folder, copied into
#: the learner's folder by `medialit start`, and never part of a lesson nbgrader releases to a class.
SELF_STUDY_CHECKS = ".medialit-checks"


def item_hash(salt: str, exercise: str, item: object) -> str:
    return hashlib.sha256(f"{salt}|{exercise}|{item}".encode("utf-8")).hexdigest()[:16]


def salt_for(lesson: str) -> str:
    """Deterministic, so regenerating the files changes nothing when the keys have not."""
    return hashlib.sha256(f"medialit:{lesson}".encode("utf-8")).hexdigest()[:12]


@cache
def _exercises_in(folder: Path) -> dict[str, tuple[str | None, dict]]:
    """Every exercise whose check data is in ``folder``: name -> (salt, or None for form only; data)."""
    found = {}
    for path in sorted(folder.glob("*.json")):
        lesson = json.loads(path.read_text(encoding="utf-8"))
        for name, data in lesson["exercises"].items():
            found[name] = (lesson.get("salt"), data)
    return found


def _self_study_checks(near: Path) -> Path | None:
    """The hashed keys for working alone: in a folder `medialit start` filled, or in a checkout's lessons/."""
    for folder in (near, *near.parents, Path(__file__).parents[3] / "lessons"):
        if (folder / SELF_STUDY_CHECKS).is_dir():
            return folder / SELF_STUDY_CHECKS
    return None


def has_self_study_keys(near: Path | None = None) -> bool:
    """Whether check() has the hashed keys here (at or above ``near``, by default the current folder): working
    alone, it counts right answers; without them (a class) it only reads their form. A folder of that name with no
    key in it, or none that can be read, gives no keys."""
    full = _self_study_checks((near or Path.cwd()).resolve())
    try:
        return full is not None and any(salt for salt, _ in _exercises_in(full).values())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):  # not our files: no keys
        return False

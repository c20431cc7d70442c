"""Salted hashes of answers: what check() compares against, without shipping readable keys.

Kept apart from :mod:`medialit.keys` (which builds the hashes from the
solution notebooks and needs nbformat) so that a lesson's first cell stays
quick: nbformat alone takes seconds to import.
"""

from __future__ import annotations

import hashlib
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

"""What nbgrader runs before it grades each submission (its pre-convert hook): the preflight, then the evidence copy.

A grading kernel that cannot load medialit and the lesson texts scores every
student 0 and says nothing, so the kernel is tried first, once per nbgrader
process (:func:`medialit.classroom.sandbox.grading_kernel_problem`). It has to happen
here: nbgrader writes the student's gradebook row right after this hook, and
it catches any ``Exception`` a hook raises and goes on. ``SystemExit`` is not
an ``Exception``: raised here, it stops nbgrader before a single row or zero is
written, with the one sentence that says what to do (``medialit grade`` runs
the same check before it starts nbgrader at all).
"""

from __future__ import annotations

from pathlib import Path

from traitlets.log import get_logger

from . import evidence
from .sandbox import grading_kernel_problem, sandbox_problem


def before_each_submission(notebooks: list[str], **details: object) -> None:
    if problem := grading_kernel_problem(Path.cwd(), sandbox_problem() is None):  # nbgrader runs in the course folder
        get_logger().error(problem)
        raise SystemExit(problem)
    evidence.record(notebooks=notebooks, **details)

"""The teacher's steps as one `medialit` command each: release, collect, feedback, and the teacher's JupyterLab.

Typed by hand from a checkout, nbgrader trips up a new teacher: `.venv/bin/nbgrader`
fails the first time it makes a gradebook (it starts ``alembic``, which it
looks for on the PATH) and leaves that gradebook without its version table;
bare `nbgrader` is not found at all without an activated environment; and
`release_assignment` hands a lesson out without putting it in the gradebook,
so grading it fails later. Each command here runs nbgrader's own step in the
course folder with this environment's programs on PATH (medialit.classroom.course.nbgrader),
puts the lesson in the gradebook where the step needs it, and shows nbgrader's
output with nothing a terminal would act on (file names in it are the students').
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from ..keys.in_class import in_a_class
from .course import CourseProblem, add_to_gradebook, nbgrader, put_environment_on_path


def _through_the_exchange(course: Path, what: str) -> None:
    if not in_a_class(course):
        raise CourseProblem(f"This machine has no nbgrader exchange to {what} through: on one machine, hand the "
                            "lessons out and put what comes back in submitted/ yourself (docs/setup/nbgrader.md, On one "
                            "machine); for a class, the administrator runs medialit class-setup first.")


def release(course: Path, lesson: str, say: Callable[[str], None]) -> int:
    """Put the lesson in the gradebook (if it is not there yet), then hand out lessons/LESSON through the exchange."""
    _through_the_exchange(course, "hand lessons out")
    add_to_gradebook(course, lesson, say)
    return nbgrader(course, "release_assignment", lesson, say=say)


def collect(course: Path, lesson: str, say: Callable[[str], None]) -> int:
    """Every student's latest hand-in of the lesson into submitted/ (medialit.classroom.collect decides what is taken)."""
    _through_the_exchange(course, "collect from")
    return nbgrader(course, "collect", lesson, say=say)


def feedback(course: Path, lesson: str, say: Callable[[str], None]) -> int:
    """Each graded student's feedback page in feedback/; in a class, also returned to them through the exchange."""
    status = nbgrader(course, "generate_feedback", lesson, say=say)
    if status == 0 and in_a_class(course):
        status = nbgrader(course, "release_feedback", lesson, say=say)
        if status == 0:
            say("Each student can now fetch their own page: Nbgrader > Assignment List > Fetch Feedback.")
    elif status == 0:
        say(f"The pages are in {course / 'feedback'}, one folder per student: give each student their own.")
    return status


def open_teacher_lab(course: Path, notebook: Path | None = None) -> int:
    """JupyterLab at the course folder with nbgrader's tools (the formgrader), open at ``notebook`` (a path in the
    course) if given; Ctrl+C stops it."""
    from .selfstudy import jupyter_profile, lab_command

    put_environment_on_path()  # the formgrader's nbgrader starts alembic too
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(jupyter_profile("teacher"))}
    try:  # started in the course folder: nbgrader reads the course's nbgrader_config.py from there
        return subprocess.call([*lab_command(course), *([str(notebook)] if notebook else [])], env=env, cwd=course)
    except KeyboardInterrupt:
        return 0

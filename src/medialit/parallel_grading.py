"""Autograde a class's submissions several at a time: `medialit grade LESSON --workers N`.

nbgrader grades one submission after another (its issue #174 has asked for
parallel grading since 2015), so a big class waits. Here each submission is
still graded by nbgrader itself, in its own process (`nbgrader autograde
LESSON --CourseDirectory.student_id=ID`), with every safeguard the course's
nbgrader_config.py sets (the sandbox, plain values only, the evidence copy);
only the scheduling is ours. SQLite lets one process write at a time, so on a
SQLite gradebook one worker runs and the command says why; on PostgreSQL
(``c.CourseDirectory.db_url``) the workers grade side by side.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from .course import put_environment_on_path
from .wording import counted

SQLITE_NOTE = ("The gradebook is SQLite, which lets one program write at a time, so submissions are graded one after "
               "another. To grade several at once, keep the gradebook in PostgreSQL (see the teacher guide).")


class GradingProblem(RuntimeError):
    """What stops grading before it starts, as one sentence that says what to do."""


def course_directory(course: Path):
    """nbgrader's view of the course folder, from the nbgrader_config.py in it (as `nbgrader` run there would read)."""
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    config.CourseDirectory.root = str(course)
    return CourseDirectory(config=config)


def gradebook_url(course: Path) -> str:
    """The gradebook nbgrader would use for this course folder (its own default when none is set)."""
    return course_directory(course).db_url


def handed_in(course: Path, lesson: str) -> list[str]:
    """Student ids with a submission of ``lesson`` in submitted/, in a stable order."""
    return sorted(p.parent.name for p in (course / "submitted").glob(f"*/{lesson}") if p.is_dir())


def grade_class(course: Path, lesson: str, workers: int, say: Callable[[str], None] = print) -> dict[str, int]:
    """Autograde every submission of ``lesson``; return each student's nbgrader exit status (0 is graded).

    Each student's nbgrader output is kept in autograde-logs/<lesson>/<student>.log in the course folder.
    """
    course = course.resolve()
    put_environment_on_path()  # nbgrader starts alembic from the environment's bin/
    students = handed_in(course, lesson)
    if not students:
        raise GradingProblem(f"There are no submissions of {lesson} in {course / 'submitted'}: collect them first "
                             "(nbgrader collect), or check the lesson's name.")
    directory = course_directory(course)
    url = directory.db_url
    if url.startswith("sqlite") and workers > 1:
        say(SQLITE_NOTE)
        workers = 1
    _prepare_gradebook(url, directory.course_id)
    logs = course / "autograde-logs" / lesson
    logs.mkdir(parents=True, exist_ok=True)
    say(f"Grading {counted(len(students), 'submission')} of {lesson} with {counted(workers, 'worker')}.")
    status = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        running = {pool.submit(_grade_one, course, lesson, student, logs / f"{student}.log"): student
                   for student in students}
        for done, future in enumerate(as_completed(running), start=1):
            student = running[future]
            status[student] = future.result()
            outcome = "graded" if status[student] == 0 else f"NOT graded: see {logs / f'{student}.log'}"
            say(f"[{done}/{len(students)}] {student}: {outcome}")
    return status


def _prepare_gradebook(url: str, course_id: str) -> None:
    """Open the gradebook once before the workers start, so its tables are made (or upgraded) by one process only."""
    from nbgrader.api import Gradebook

    try:
        with Gradebook(url, course_id):
            pass
    except ModuleNotFoundError as missing:
        raise GradingProblem(f"The gradebook is in a database this install has no driver for ({missing.name}): for "
                             "PostgreSQL, install it with pip install 'medialit[postgres]'.") from None


def _grade_one(course: Path, lesson: str, student: str, log: Path) -> int:
    with log.open("w") as out:
        return subprocess.run([sys.executable, "-m", "nbgrader", "autograde", lesson,
                               f"--CourseDirectory.student_id={student}"],
                              cwd=course, stdout=out, stderr=subprocess.STDOUT).returncode

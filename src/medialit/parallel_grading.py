"""Autograde a class's submissions several at a time: `medialit grade LESSON --workers N`.

nbgrader grades one submission after another (its issue #174 has asked for
parallel grading since 2015), so a big class waits. Here the class is dealt
into shares, one per worker, and each share is graded by nbgrader itself, in
one process of its own (`nbgrader autograde LESSON` with the other shares'
students excluded), with every safeguard the course's nbgrader_config.py sets
(the sandbox, plain values only, the evidence copy): only the scheduling is
ours. One process per share, not per student, so nbgrader's start-up is paid
once per worker. SQLite lets one process write at a time, so on a SQLite
gradebook one worker runs and the command says why; on PostgreSQL
(``c.CourseDirectory.db_url``) the workers grade side by side.
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .course import course_directory, put_environment_on_path
from .wording import counted

SQLITE_NOTE = ("The gradebook is SQLite, which lets one program write at a time, so submissions are graded one after "
               "another. To grade several at once, keep the gradebook in PostgreSQL (see the teacher guide).")


class GradingProblem(RuntimeError):
    """What stops grading before it starts, as one sentence that says what to do."""


def handed_in(course: Path, lesson: str) -> list[str]:
    """Student ids with a submission of ``lesson`` in submitted/, in a stable order."""
    return sorted(p.parent.name for p in (course / "submitted").glob(f"*/{lesson}") if p.is_dir())


def grade_class(course: Path, lesson: str, workers: int, say: Callable[[str], None] = print) -> dict[str, int]:
    """Autograde every submission of ``lesson``; return each student's nbgrader exit status (0 is graded).

    Each worker's nbgrader output is kept in autograde-logs/<lesson>/worker-<n>.log in the course folder.
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
    shares = [students[i::workers] for i in range(workers) if students[i::workers]]
    progress = _Progress(len(students), say)
    with ThreadPoolExecutor(max_workers=len(shares)) as pool:
        graded = pool.map(lambda i: _grade_share(course, lesson, shares[i], students, logs / f"worker-{i + 1}.log",
                                                 progress), range(len(shares)))
        return {student: code for share in graded for student, code in share.items()}


#: nbgrader's log lines: a student's submission begins, was graded before, or could not be graded.
STARTS = re.compile(r"Creating/updating student with ID '([^']+)'")
SKIPPED = re.compile(r"Skipping existing assignment: .*[/\\]autograded[/\\]([^/\\]+)[/\\]")
FAILED = re.compile(r"There was an error processing assignment: .*[/\\]submitted[/\\]([^/\\]+)[/\\]")


class _Progress:
    """One line per submission as it is finished, numbered across every worker."""

    def __init__(self, total: int, say: Callable[[str], None]):
        self.total, self.say, self.done, self.lock = total, say, 0, threading.Lock()

    def finished(self, student: str, outcome: str) -> None:
        with self.lock:
            self.done += 1
            self.say(f"[{self.done}/{self.total}] {student}: {outcome}")


def _grade_share(course: Path, lesson: str, share: list[str], everyone: list[str], log: Path,
                 progress: _Progress) -> dict[str, int]:
    """Grade ``share`` in one nbgrader process, reading its log as it goes; 0 for each student graded, 1 if not."""
    others = [student for student in everyone if student not in share]
    command = [sys.executable, "-m", "nbgrader", "autograde", lesson]
    if others:
        command.append(f"--CourseDirectory.student_id_exclude={','.join(others)}")
    status, current = {}, None

    def finish(student: str) -> None:
        status.setdefault(student, 0)
        progress.finished(student, "graded" if status[student] == 0 else f"NOT graded: see {log}")

    with log.open("w") as out, subprocess.Popen(command, cwd=course, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                               text=True) as nbgrader:
        for line in nbgrader.stdout:
            out.write(line)
            if (skipped := SKIPPED.search(line)) and skipped.group(1) in share:
                status[skipped.group(1)] = 0
                progress.finished(skipped.group(1), "graded before (nbgrader autograde --force grades it again)")
            if (failed := FAILED.search(line)) and failed.group(1) in share:
                status[failed.group(1)] = 1
            if (started := STARTS.search(line)) and started.group(1) in share:
                if current is not None:
                    finish(current)
                current = started.group(1)
    if current is not None:
        finish(current)
    for student in share:  # never reached: nbgrader stopped before it (the log says why)
        if student not in status:
            status[student] = 1
            progress.finished(student, f"NOT graded: see {log}")
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

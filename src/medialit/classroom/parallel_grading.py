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

Whether a student was graded is learnt from what nbgrader leaves behind, never
from its log: a student's grade ids and file names reach the log, so its text
can say anything. A student is graded when the gradebook holds their
submission and ``autograded/`` holds every notebook of the lesson, written
during this batch ("graded before" if written earlier and nbgrader skipped
them). nbgrader grades a share in a known order, so a student is settled once
the next one's notebooks appear; the log's lines only wake the check up. A
student whose autograded/ copy nbgrader skipped but whom this gradebook does not
hold was graded into another one (the course's ``db_url`` has changed):
``--force`` grades them again, into this one.

A lesson the gradebook does not hold yet (handed out straight from lessons/) is
put in it from solutions/ first (medialit.classroom.course.add_to_gradebook).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..content.wording import counted, for_terminal
from .course import CourseProblem, add_to_gradebook, course_directory, open_gradebook, put_environment_on_path
from .sandbox import grading_kernel_problem, sandbox_problem

SQLITE_NOTE = ("The gradebook is SQLite, which lets one program write at a time, so submissions are graded one after "
               "another. To grade several at once, keep the gradebook in PostgreSQL (see docs/setup/nbgrader.md).")


class GradingProblem(CourseProblem):
    """What stops grading before it starts, as one sentence that says what to do."""


def handed_in(course: Path, lesson: str) -> list[str]:
    """Student ids with a submission of ``lesson`` in submitted/, in the order nbgrader grades them."""
    return sorted((p.parent.name for p in (course / "submitted").glob(f"*/{lesson}") if p.is_dir()),
                  key=lambda student: student + os.sep)  # nbgrader sorts the paths submitted/<student>/<lesson>


def grade_class(course: Path, lesson: str, workers: int | None = None, say: Callable[[str], None] = print,
                force: bool = False) -> dict[str, int]:
    """Autograde every submission of ``lesson``; return each student's status (0 graded, 1 not), from the gradebook.

    ``workers`` by default: 2 on PostgreSQL, 1 on SQLite (saying why only when
    more were asked for). ``force`` grades again those graded before. Each
    worker's nbgrader output is kept in autograde-logs/<lesson>/worker-<n>.log
    in the course folder.
    """
    course = course.resolve()
    put_environment_on_path()  # nbgrader starts alembic from the environment's bin/
    students = handed_in(course, lesson)
    if not students:
        raise GradingProblem(f"There are no submissions of {lesson} in {course / 'submitted'}: collect them first "
                             f"(medialit collect {lesson}), or check the lesson's name.")
    directory = course_directory(course)
    if directory.db_url.startswith("sqlite"):
        if (workers or 1) > 1:
            say(SQLITE_NOTE)
        workers = 1
    workers = workers or 2
    add_to_gradebook(course, lesson, say)
    outcomes = _Outcomes(course, lesson, students)
    if problem := grading_kernel_problem(course, sandbox_problem() is None):
        raise GradingProblem(problem)
    logs = course / "autograde-logs" / lesson
    logs.mkdir(parents=True, exist_ok=True)
    say(f"Grading {counted(len(students), 'submission')} of {lesson} with {counted(workers, 'worker')}.")
    shares = [students[i::workers] for i in range(workers) if students[i::workers]]
    progress = _Progress(len(students), say)
    with ThreadPoolExecutor(max_workers=len(shares)) as pool:
        graded = pool.map(lambda i: _grade_share(course, lesson, shares[i], students, logs / f"worker-{i + 1}.log",
                                                 outcomes, progress, force), range(len(shares)))
        return {student: code for share in graded for student, code in share.items()}


class _Outcomes:
    """Each student's outcome, read from the gradebook and the autograded/ folder, never from nbgrader's log."""

    def __init__(self, course: Path, lesson: str, students: list[str]):
        self.course, self.lesson = course, lesson
        self.notebooks = self._lesson_notebooks()
        self.before = {student: self.copies(student) for student in students}

    def _lesson_notebooks(self) -> list[str]:
        """The lesson's notebooks as the gradebook knows them (it holds the lesson: see add_to_gradebook)."""
        with open_gradebook(self.course) as gradebook:
            return [notebook.name for notebook in gradebook.find_assignment(self.lesson).notebooks]

    def copies(self, student: str) -> tuple[tuple[int, int] | None, ...]:
        """Each of the student's autograded notebooks as (file, time written), None where there is none."""
        folder = self.course / "autograded" / student / self.lesson
        found = []
        for notebook in self.notebooks:
            try:
                written = (folder / f"{notebook}.ipynb").stat()
                found.append((written.st_ino, written.st_mtime_ns))
            except OSError:
                found.append(None)
        return tuple(found)

    def reached(self, student: str) -> bool:
        """Whether nbgrader has written any of the student's notebooks during this batch (it may still be at it)."""
        return any(now is not None and now != then for now, then in zip(self.copies(student), self.before[student]))

    def outcome(self, student: str) -> str:
        """"graded", "graded before", "graded elsewhere" (before, into another gradebook: nbgrader skipped the
        autograded copy and this gradebook does not hold the student) or "not graded", once nbgrader is done."""
        from nbgrader.api import MissingEntry

        now = self.copies(student)
        if None in now:
            return "not graded"
        with open_gradebook(self.course) as gradebook:
            try:
                gradebook.find_submission(self.lesson, student)
            except MissingEntry:
                return "graded elsewhere" if now == self.before[student] else "not graded"
        return "graded before" if now == self.before[student] else "graded"


class _Progress:
    """One line per submission as it is settled, numbered across every worker, with nothing a terminal acts on."""

    def __init__(self, total: int, say: Callable[[str], None]):
        self.total, self.say, self.done, self.lock = total, say, 0, threading.Lock()

    def settled(self, student: str, outcome: str, log: Path) -> None:
        shown = {"graded": "graded", "graded before": "graded before (medialit grade --force grades it again)",
                 "graded elsewhere": "NOT graded: graded into another gradebook before (medialit grade --force "
                                     "grades it into this one)",
                 "not graded": f"NOT graded: see {log}"}[outcome]
        with self.lock:
            self.done += 1
            self.say(for_terminal(f"[{self.done}/{self.total}] {student}: {shown}", one_line=True))


def _grade_share(course: Path, lesson: str, share: list[str], everyone: list[str], log: Path, outcomes: _Outcomes,
                 progress: _Progress, force: bool) -> dict[str, int]:
    """Grade ``share`` in one nbgrader process; 0 for each student graded (now or before), 1 if not.

    nbgrader takes the share in order, so when a student's notebooks appear
    everyone before them is done: each of nbgrader's log lines only prompts
    that look. Whoever is left is settled when nbgrader has ended, unless it
    was killed: then the student it was at may hold half-written notebooks.
    """
    others = [student for student in everyone if student not in share]
    command = [sys.executable, "-m", "nbgrader", "autograde", lesson, *(["--force"] if force else [])]
    if others:
        command.append(f"--CourseDirectory.student_id_exclude={','.join(others)}")
    status: dict[str, int] = {}
    waiting = list(share)

    def settle(before: int, killed: str | None = None) -> None:
        for student in waiting[:before]:
            outcome = "not graded" if student == killed else outcomes.outcome(student)
            status[student] = 0 if outcome in ("graded", "graded before") else 1
            progress.settled(student, outcome, log)
        del waiting[:before]

    with log.open("w") as out, subprocess.Popen(command, cwd=course, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                               text=True, errors="replace") as nbgrader:
        for line in nbgrader.stdout:
            out.write(line)
            if reached := [i for i, student in enumerate(waiting) if outcomes.reached(student)]:
                settle(reached[-1])
    last_reached = next((student for student in reversed(waiting) if outcomes.reached(student)), None)
    settle(len(waiting), killed=last_reached if nbgrader.returncode < 0 else None)
    return status

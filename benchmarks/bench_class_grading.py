"""Autograde a class of 30 on every lesson and compare with nbgrader's own floor, measured in the same run.

The floor is nbgrader autograding a notebook with one trivial cell: kernel
start-up and nbgrader's bookkeeping, with nbgrader's own kernel (no sandbox).
The lessons are graded as a class is, the kernel in the bubblewrap sandbox; the
one-cell notebook is also graded in the sandbox, to show what the sandbox
itself costs. The goal is at most 1.5 times the floor per notebook.

Kernel start-up and shut-down vary by half a second from one notebook to the
next on a 2-core machine, so the floor and the lessons are graded in turn,
round after round, with new students each round: each lesson's time is divided
by the floor of its own round, and the median of those ratios is reported.

Run: .venv/bin/python benchmarks/bench_class_grading.py [students per round] [rounds]
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from conftest import fill_answers, sample_submissions  # noqa: E402

from medialit.classroom.course import copy_course, course_api, lesson_names, run  # noqa: E402

FLOOR = "floor"
SANDBOXED_FLOOR = "floor-sandboxed"


def add_floor_assignment(root: Path, name: str) -> None:
    """A one-cell notebook with one autograded test: the least nbgrader can grade."""
    cell = new_code_cell("1.0")
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "locked": True, "points": 1,
                                 "grade_id": "trivial", "schema_version": 3, "task": False}
    nb = new_notebook(cells=[cell], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    (root / "solutions" / name).mkdir(parents=True)
    nbformat.write(nb, root / "solutions" / name / f"{name}.ipynb")


def hand_in(root: Path, lesson: str, students: int, prefix: str) -> None:
    """Every student hands in; answers cycle through the sample submissions (right, partly right, blank...).

    The endless-loop sample is left out: it only measures the configured timeout.
    """
    samples = sample_submissions(lesson) if lesson not in (FLOOR, SANDBOXED_FLOOR) else {"blank": {"answers": {}}}
    cases = [case for name, case in samples.items() if name != "endless_loop"]
    for i in range(students):
        for notebook in (root / "lessons" / lesson).glob("*.ipynb"):
            folder = root / "submitted" / f"{prefix}{i:02d}" / lesson
            folder.mkdir(parents=True, exist_ok=True)
            nbformat.write(fill_answers(notebook, cases[i % len(cases)]["answers"]), folder / notebook.name)


def seconds_per_notebook(api, root: Path, lesson: str, students: int, prefix: str) -> float:
    hand_in(root, lesson, students, prefix)
    notebooks = students * len(list((root / "lessons" / lesson).glob("*.ipynb")))
    start = time.perf_counter()
    result = api.autograde(lesson, f"{prefix}*")
    elapsed = time.perf_counter() - start
    if not result["success"] and lesson in (FLOOR, SANDBOXED_FLOOR):
        raise RuntimeError(result["log"])
    return elapsed / notebooks


def main() -> None:
    students = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_course(Path(tmp))
        add_floor_assignment(root, FLOOR)
        add_floor_assignment(root, SANDBOXED_FLOOR)
        api = course_api(root)
        plain_api = course_api(root, {"SandboxedExecute": {"sandbox": False}})
        lessons = [FLOOR, SANDBOXED_FLOOR, *lesson_names()]
        for lesson in lessons:
            run(api.generate_assignment(lesson))
        runs = {lesson: [] for lesson in lessons}
        for r in range(rounds):
            for lesson in lessons:
                grader = plain_api if lesson == FLOOR else api
                runs[lesson].append(seconds_per_notebook(grader, root, lesson, students, f"round{r}student"))
        floor = statistics.median(runs[FLOOR])
        results = {"students_per_round": students, "rounds": rounds, "floor_s_per_notebook": round(floor, 2),
                   "floor_rounds": [round(t, 2) for t in runs[FLOOR]], "lessons": {}}
        for lesson in [SANDBOXED_FLOOR, *lesson_names()]:
            paired = [ours / floor_then for ours, floor_then in zip(runs[lesson], runs[FLOOR])]
            results["lessons"][lesson] = {"s_per_notebook": round(statistics.median(runs[lesson]), 2),
                                          "times_floor": round(statistics.median(paired), 2),
                                          "times_floor_by_round": [round(t, 2) for t in paired]}
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()

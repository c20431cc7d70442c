"""Autograde a class of 30 on every lesson and compare with nbgrader's own floor, measured in the same run.

The floor is nbgrader autograding a notebook with one trivial cell: kernel
start-up and nbgrader's bookkeeping, nothing of ours. The goal is at most 1.5
times the floor per notebook.

Run: .venv/bin/python benchmarks/bench_class_grading.py [students]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from conftest import fill_answers, sample_submissions  # noqa: E402

from medialit.course import copy_course, course_api, lesson_names, run  # noqa: E402

FLOOR = "floor"


def add_floor_assignment(root: Path) -> None:
    """A one-cell notebook with one autograded test: the least nbgrader can grade."""
    cell = new_code_cell("1.0")
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "locked": True, "points": 1,
                                 "grade_id": "trivial", "schema_version": 3, "task": False}
    nb = new_notebook(cells=[cell], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    (root / "solutions" / FLOOR).mkdir(parents=True)
    nbformat.write(nb, root / "solutions" / FLOOR / f"{FLOOR}.ipynb")


def hand_in(root: Path, lesson: str, students: int) -> None:
    """Every student hands in; answers cycle through the sample submissions (right, partly right, blank...).

    The endless-loop sample is left out: it only measures the configured timeout.
    """
    samples = sample_submissions(lesson) if lesson != FLOOR else {"blank": {"answers": {}}}
    cases = [case for name, case in samples.items() if name != "endless_loop"]
    for i in range(students):
        for notebook in (root / "lessons" / lesson).glob("*.ipynb"):
            folder = root / "submitted" / f"student{i:02d}" / lesson
            folder.mkdir(parents=True, exist_ok=True)
            nbformat.write(fill_answers(notebook, cases[i % len(cases)]["answers"]), folder / notebook.name)


def seconds_per_notebook(api, root: Path, lesson: str, students: int) -> float:
    hand_in(root, lesson, students)
    notebooks = students * len(list((root / "lessons" / lesson).glob("*.ipynb")))
    start = time.perf_counter()
    result = api.autograde(lesson, "*")
    elapsed = time.perf_counter() - start
    if not result["success"] and lesson == FLOOR:
        raise RuntimeError(result["log"])
    return elapsed / notebooks


def main() -> None:
    students = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_course(Path(tmp))
        add_floor_assignment(root)
        api = course_api(root)
        for lesson in [FLOOR, *lesson_names()]:
            run(api.generate_assignment(lesson))
        floor = seconds_per_notebook(api, root, FLOOR, students)
        results = {"students": students, "floor_s_per_notebook": round(floor, 2), "lessons": {}}
        for lesson in lesson_names():
            ours = seconds_per_notebook(api, root, lesson, students)
            results["lessons"][lesson] = {"s_per_notebook": round(ours, 2), "times_floor": round(ours / floor, 2)}
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()

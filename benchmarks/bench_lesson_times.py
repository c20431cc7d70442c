"""Time what a teacher waits for: running a lesson top to bottom, and autograding one submission.

Run: .venv/bin/python benchmarks/bench_lesson_times.py [repeats]
Prints the median of several runs for every lesson in solutions/.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from medialit.classroom.course import COURSE_ROOT, copy_course, course_api, lesson_names, run


def run_top_to_bottom(notebook: Path) -> float:
    nb = nbformat.read(notebook, as_version=4)
    start = time.perf_counter()
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(notebook.parent)}}).execute()
    return time.perf_counter() - start


def autograde_one(lesson: str, root: Path, student: str) -> float:
    api = course_api(root)
    folder = root / "submitted" / student / lesson
    shutil.copytree(root / "lessons" / lesson, folder)
    start = time.perf_counter()
    run(api.autograde(lesson, student))
    return time.perf_counter() - start


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for lesson in lesson_names():
        notebook = next((COURSE_ROOT / "solutions" / lesson).glob("*.ipynb"))
        runs = [run_top_to_bottom(notebook) for _ in range(repeats)]
        with tempfile.TemporaryDirectory() as tmp:
            root = copy_course(Path(tmp))
            run(course_api(root).generate_assignment(lesson))
            grades = [autograde_one(lesson, root, f"student{i}") for i in range(repeats)]
        print(f"{lesson}: run top to bottom {statistics.median(runs):.2f} s, "
              f"autograde one submission {statistics.median(grades):.2f} s (median of {repeats})")


if __name__ == "__main__":
    main()

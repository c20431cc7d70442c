"""A class of 30 through every lesson: nbgrader's own sequential autograde against `medialit grade --workers 2`.

Both grade the same submissions (answers cycling through the sample submissions, the endless loop left
out) into their own PostgreSQL database on a throwaway server, in one run. Reported per lesson and in all:
wall-clock time, the speed-up, and seconds per notebook against the one-cell floor (nbgrader grading a
notebook with one trivial cell, measured in the same run). Then the memory of one learner's JupyterLab
with lesson 1 open and its kernel running (PSS of the server and the kernel), so the guide can say how
many students one server holds.

Run as root or as an account that can start PostgreSQL:
    .venv/bin/python benchmarks/bench_parallel_grading.py [students] [workers]
or, for one learner's memory and processor time alone:
    .venv/bin/python benchmarks/bench_parallel_grading.py learner
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).parent))
from bench_class_grading import FLOOR, add_floor_assignment, hand_in  # noqa: E402
from conftest import sample_submissions  # noqa: E402
from jupyterlab_session import launch_chromium, learner_lab, prepare_lesson  # noqa: E402
from postgres_server import throwaway_postgres  # noqa: E402

from medialit.classroom.course import copy_course, course_api, lesson_names, put_environment_on_path, run  # noqa: E402
from medialit.classroom.parallel_grading import grade_class  # noqa: E402


def course_on(folder: Path, db_url: str, lessons: list[str], students: int) -> Path:
    root = copy_course(folder)
    with (root / "nbgrader_config.py").open("a") as config:
        config.write(f"\nc.CourseDirectory.db_url = {db_url!r}\n")
    add_floor_assignment(root, FLOOR)
    api = course_api(root, {"CourseDirectory": {"db_url": db_url}})
    for lesson in [FLOOR, *lessons]:
        run(api.generate_assignment(lesson))
        hand_in(root, lesson, students, "student")
    return root


def grade_sequentially(root: Path, lesson: str) -> float:
    """nbgrader's own autograde, one submission after another, as a teacher runs it today."""
    import subprocess

    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "nbgrader", "autograde", lesson], cwd=root, capture_output=True, check=False)
    return time.perf_counter() - start


def grade_in_parallel(root: Path, lesson: str, workers: int) -> float:
    start = time.perf_counter()
    status = grade_class(root, lesson, workers, say=lambda _line: None)
    elapsed = time.perf_counter() - start
    failed = [student for student, code in status.items() if code]
    if failed:
        raise RuntimeError(f"{lesson}: not graded: {failed}")
    return elapsed


def one_learner() -> dict:
    """One learner's JupyterLab and its kernel, lesson 1 opened and every cell run: memory (PSS) and the
    processor time it took from start (user + system seconds), so the guide can say how many fit at once."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, learner_lab(Path(tmp)) as (base, token):
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            lesson = "01-unnamed-sources"  # answered as the model answers, so every cell runs
            prepare_lesson(page, base, token, lesson, sample_submissions(lesson)["solution"]["answers"])
            port = int(base.rsplit(":", 1)[1])
            server = next(p for p in psutil.process_iter(["cmdline"])
                          if any(f"--port={port}" == arg for arg in (p.info["cmdline"] or [])))
            kernels = [p for p in server.children(recursive=True) if "ipykernel" in " ".join(p.cmdline())]
            cpu = lambda process: process.cpu_times().user + process.cpu_times().system  # noqa: E731
            result = {"server_mib": round(server.memory_full_info().pss / 2**20),
                      "kernel_mib": round(sum(k.memory_full_info().pss for k in kernels) / 2**20),
                      "server_cpu_s": round(cpu(server), 1), "kernel_cpu_s": round(sum(map(cpu, kernels)), 1)}
            browser.close()
    result["total_mib"] = result["server_mib"] + result["kernel_mib"]
    result["total_cpu_s"] = round(result["server_cpu_s"] + result["kernel_cpu_s"], 1)
    return result


def main() -> None:
    if sys.argv[1:] == ["learner"]:
        print(json.dumps({"one_learner": one_learner()}, indent=1))
        return
    students = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    put_environment_on_path()
    lessons = lesson_names()
    results = {"students": students, "workers": workers, "lessons": {}}
    with tempfile.TemporaryDirectory() as tmp, throwaway_postgres(["sequential", "parallel"]) as urls:
        one = course_on(Path(tmp) / "sequential", urls["sequential"], lessons, students)
        two = course_on(Path(tmp) / "parallel", urls["parallel"], lessons, students)
        floor = grade_sequentially(one, FLOOR) / students
        results["floor_s_per_notebook"] = round(floor, 2)
        total_one = total_two = 0.0
        for lesson in lessons:
            sequential, parallel = grade_sequentially(one, lesson), grade_in_parallel(two, lesson, workers)
            total_one, total_two = total_one + sequential, total_two + parallel
            results["lessons"][lesson] = {
                "sequential_s": round(sequential, 1), "parallel_s": round(parallel, 1),
                "speed_up": round(sequential / parallel, 2),
                "sequential_times_floor": round(sequential / students / floor, 2),
                "parallel_times_floor": round(parallel / students / floor, 2)}
            print(lesson, results["lessons"][lesson], flush=True)
        results["all_lessons"] = {"sequential_s": round(total_one), "parallel_s": round(total_two),
                                  "speed_up": round(total_one / total_two, 2)}
    results["one_learner"] = one_learner()
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()

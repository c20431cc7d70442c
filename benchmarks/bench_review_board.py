"""How fast the review board is on a case of about 40 items: building it, and saving one change.

The case is the module's own article (source_texts/press-tv-hajin.txt: 14 sentences, 12 figures, 10 framing
candidates, 36 items), copied with its drafted review into a course in a temporary folder.

- In the kernel: building ReviewBoard (every item's widgets) and one change saved (a click on Accept or Reject:
  the change made on a copy, checked, written whole, the item and the status line redrawn). Median of many runs.
- With --browser, in a teacher's JupyterLab in Chromium: from running the review cell until the whole board is
  drawn, and from a click on Accept until the live status line says it is saved (the file is written before).
Goals: the board drawn in under 3 s, a change saved and shown in under 150 ms.

Run: .venv/bin/python benchmarks/bench_review_board.py [--browser]
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import ipywidgets
import nbformat

from medialit.classroom.case_review import draft_review, save_review
from medialit.classroom.course import COURSE_ROOT
from medialit.classroom.review_board import ReviewBoard

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from jupyterlab_session import launch_chromium, open_notebook, run_all_cells, teacher_lab, wait_for_cells  # noqa: E402

NAME = "press-tv-hajin"


def make_course(folder: Path) -> Path:
    text = (COURSE_ROOT / "source_texts" / f"{NAME}.txt").read_text(encoding="utf-8")
    (folder / "source_texts").mkdir(parents=True)
    (folder / "source_texts" / f"{NAME}.txt").write_text(text, encoding="utf-8")
    save_review(draft_review(NAME, text), folder / "source_texts" / f"{NAME}.review.json")
    (folder / "reviews").mkdir()
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        f'from medialit.classroom.review_board import ReviewBoard\nReviewBoard("{NAME}")')])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nbformat.write(notebook, folder / "reviews" / f"{NAME}-review.ipynb")
    return folder


def summary(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)
    return {"median_ms": round(1000 * statistics.median(ordered), 1),
            "p90_ms": round(1000 * ordered[int(0.9 * (len(ordered) - 1))], 1), "runs": len(ordered)}


def in_the_kernel(course: Path, runs: int = 20) -> dict:
    builds, saves = [], []
    for _ in range(runs):
        start = time.perf_counter()
        board = ReviewBoard(NAME, course=course)
        builds.append(time.perf_counter() - start)
        items = sum(len(rows) for rows in board.rows.values())
        models = len(ipywidgets.widgets.widget._instances)  # every widget, layout and style
        for i, row in enumerate(board.rows["figures"]):
            button = row.accept if i % 2 == 0 else row.reject
            start = time.perf_counter()
            button.click()
            saves.append(time.perf_counter() - start)
        ipywidgets.Widget.close_all()
    return {"items": items, "widget_models": models, "build": summary(builds), "save_one_change": summary(saves)}


def in_the_browser(course: Path, workdir: Path, clicks: int = 12) -> dict:
    from playwright.sync_api import expect, sync_playwright

    with teacher_lab(course, workdir) as (base, token), sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        open_notebook(page, base, token, f"reviews/{NAME}-review.ipynb")
        wait_for_cells(page, 1)
        start = time.perf_counter()
        run_all_cells(page)
        page.wait_for_selector(".medialit-review-board .medialit-review-add button", timeout=60_000)
        drawn = time.perf_counter() - start
        saves = []
        status = page.locator(".medialit-review-board [role=status]")
        items = page.locator(".medialit-review-board .medialit-review-item")
        for i in range(clicks):
            name = "Accept the draft" if i % 2 == 0 else "Reject"
            button = items.nth(i).get_by_role("button", name=name)
            start = time.perf_counter()
            button.click()
            expect(status).to_contain_text(f"{'accepted' if i % 2 == 0 else 'rejected'}: saved.")
            expect(status).to_contain_text(f"{36 - i - 1} of 36 items")
            saves.append(time.perf_counter() - start)
        browser.close()
    return {"board_drawn_ms": round(1000 * drawn), "click_to_saved_and_shown": summary(saves)}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        course = make_course(Path(tmp) / "course")
        results = {"kernel": in_the_kernel(course)}
        if "--browser" in sys.argv:
            results["browser"] = in_the_browser(make_course(Path(tmp) / "fresh"), Path(tmp))
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()

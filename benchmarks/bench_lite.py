"""The browser version (make lite): build time, site size, and how long a student waits for a lesson's first cell.

Build: the site from nothing into a temporary folder (npm's Pyodide, the wheels, jupyter lite build), as `make lite`.
Size: every file of the site, raw, and as one zip archive (deflate), which is what a host serving compressed files
or a USB copy roughly costs. Cold start: a fresh browser profile (no cache, no service worker) opens each lesson from
127.0.0.1 and runs its first code cell at once (Shift+Enter, queued until the kernel is up); the time is from the
page's navigation to that cell's prompt showing its number. Goals: site <= 40 MB (<= 20 MB compressed), first cell
<= 8 s.

First analysis: lesson 06's analyzer box, pressed once on a case text in a fresh profile; the time is from the press
to the marks' summary (in the browser, the first analysis also loads the tagger's and parser's weights).

Run: .venv/bin/python benchmarks/bench_lite.py [lesson ...] [--site SITE] [--runs N]
(--site measures a site already built, e.g. two builds one after the other, so a shared machine's load changes less
between them; --runs opens each lesson N times, each in a fresh profile.)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from jupyterlab_session import CELLS, IDLE, free_port, launch_chromium, wait_for_cells  # noqa: E402
from medialit.classroom.course import COURSE_ROOT  # noqa: E402
from medialit.classroom.lite import build  # noqa: E402

LESSONS = ["00-start-here", "01-unnamed-sources", "05-capstone"]
ANALYSED = "press-tv-hajin"
FIRST_CODE_CELL = f"{CELLS}.jp-CodeCell"
#: Milliseconds since the page's navigation began when the first code cell's prompt shows a number.
FIRST_CELL_RAN = """(cell) => { const prompt = document.querySelector(cell + ' .jp-InputPrompt');
  return prompt && /\\[\\d+\\]/.test(prompt.textContent) ? performance.now() : null; }"""


def megabytes(size: int) -> float:
    return round(size / 1_000_000, 1)


def site_sizes(site: Path) -> dict[str, float]:
    files = [path for path in site.rglob("*") if path.is_file()]
    with tempfile.TemporaryFile() as archive:
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
            for path in files:
                zipped.write(path, path.relative_to(site).as_posix())
        compressed = archive.tell()
    raw = sum(path.stat().st_size for path in files)
    return {"files": len(files), "site_mb": megabytes(raw), "site_zipped_mb": megabytes(compressed)}


@contextmanager
def lesson_in_a_new_profile(browser, base: str, site: Path, lesson: str, listen=None):
    """A page showing all of ``lesson``'s cells, in a new profile: nothing cached, no service worker yet.
    ``listen``, if given, is called with the page before it opens the lesson (profile_lite hears its workers)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        if listen:
            listen(page)
        page.goto(f"{base}/lab/index.html?path={lesson}/{lesson}.ipynb")
        # JupyterLab shows one empty cell before the lesson's own: a Shift+Enter there is lost with that cell
        notebook = json.loads((site / "files" / lesson / f"{lesson}.ipynb").read_text(encoding="utf-8"))
        wait_for_cells(page, len(notebook["cells"]))
        yield page
    finally:
        context.close()


def cold_first_cell(browser, base: str, site: Path, lesson: str) -> dict[str, float]:
    with lesson_in_a_new_profile(browser, base, site, lesson) as page:
        shown = page.evaluate("performance.now()")
        page.locator(FIRST_CODE_CELL).first.click()
        page.keyboard.press("Shift+Enter")
        ran = page.wait_for_function(FIRST_CELL_RAN, arg=FIRST_CODE_CELL, timeout=120_000).json_value()
        return {"notebook_shown_s": round(shown / 1000, 1), "first_cell_ran_s": round(ran / 1000, 1)}


def first_analysis(browser, base: str, site: Path) -> float:
    """Seconds from pressing Analyse in lesson 06's box to the summary of the marks: only the box's cell runs
    before (the lesson's cells above it analyse a passage, which would load the weights first)."""
    with lesson_in_a_new_profile(browser, base, site, "06-your-own-article") as page:
        page.wait_for_selector(IDLE, timeout=120_000)
        page.locator(CELLS).filter(has_text="ArticleBox()").locator(".jp-InputArea-editor").click()
        page.keyboard.press("Shift+Enter")
        box = page.locator(".medialit-article-box")
        box.locator("textarea").wait_for(timeout=120_000)
        box.locator("textarea").fill((COURSE_ROOT / "source_texts" / f"{ANALYSED}.txt").read_text(encoding="utf-8"))
        pressed = page.evaluate("performance.now()")
        box.get_by_role("button", name="Analyse").click()
        page.wait_for_function("document.querySelector('.medialit-article-box .medialit-status')?.textContent"
                               ".includes('Analysed:')", timeout=120_000)
        return round((page.evaluate("performance.now()") - pressed) / 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lessons", nargs="*", default=LESSONS)
    parser.add_argument("--site", type=Path, help="measure this site, already built (no build)")
    parser.add_argument("--runs", type=int, default=1, help="cold starts of each lesson (default 1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        result = {}
        if args.site:
            site = args.site
        else:
            start = time.perf_counter()
            site = build(Path(folder) / "site", work=Path(folder) / "work")
            result["build_s"] = round(time.perf_counter() - start, 1)
        result.update(site_sizes(site))
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                                   "--directory", str(site)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                result["cold_start"] = {lesson: [cold_first_cell(browser, base, site, lesson) for _ in range(args.runs)]
                                        for lesson in args.lessons}
                result["first_analysis_s"] = [first_analysis(browser, base, site) for _ in range(args.runs)]
                browser.close()
        finally:
            server.terminate()
            server.wait()
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()

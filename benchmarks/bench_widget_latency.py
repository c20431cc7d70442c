"""From a click on the source tagger to its result on screen, in real JupyterLab and Chromium.

Two round trips through the kernel: a click on a tag until the answer line
shows it, and a click on "Check my tags" until the feedback shows. Times are
taken in the page, from the click event's timestamp to the moment the result
is in the DOM. Goal: median under 150 ms.

Run: .venv/bin/python benchmarks/bench_widget_latency.py [clicks]
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from conftest import sample_submissions  # noqa: E402
from jupyterlab_session import launch_chromium, learner_lab, prepare_lesson  # noqa: E402

LESSON = "00-start-here"
# Resolves with the milliseconds from the next click to `ready()` being true; polls every millisecond.
ARM = """([selector, expected]) => {
  window.__latency = new Promise(resolve => {
    let clicked = null;
    document.addEventListener("click", event => { clicked = event.timeStamp; }, { capture: true, once: true });
    const target = document.querySelector(selector);
    const ready = () => (target.value ?? target.textContent).includes(expected);
    (function poll() { clicked !== null && ready() ? resolve(performance.now() - clicked) : setTimeout(poll, 1); })();
  });
}"""


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"median_ms": round(statistics.median(ordered), 1), "p90_ms": round(ordered[int(0.9 * (len(ordered) - 1))], 1),
            "max_ms": round(ordered[-1], 1), "clicks": len(ordered)}


def main() -> None:
    clicks = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    tag_ms, check_ms = [], []
    with tempfile.TemporaryDirectory() as tmp, learner_lab(Path(tmp)) as (base, token), sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        prepare_lesson(page, base, token, LESSON, sample_submissions(LESSON)["solution"]["answers"])
        first = page.get_by_role("group", name=re.compile(r"^\[S1\]"))
        button = page.get_by_role("button", name="Check my tags")
        for i in range(clicks):
            kind, right = ("named", 0) if i % 2 == 0 else ("none", 1)  # S1 is "none": alternate wrong and right
            page.evaluate(ARM, [".medialit-tagger textarea", f'{{1: "{kind}"}}'])
            first.get_by_text(kind, exact=True).click()
            tag_ms.append(page.evaluate("window.__latency"))
            page.evaluate(ARM, [".medialit-tagger .medialit-status", f"{right} of 9 tags are right"])
            button.click()
            check_ms.append(page.evaluate("window.__latency"))
        browser.close()
    print(json.dumps({"tag_to_answer_line": summary(tag_ms), "check_to_feedback": summary(check_ms)}, indent=1))


if __name__ == "__main__":
    main()

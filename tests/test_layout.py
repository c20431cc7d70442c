"""Lesson 2 in a 900 px wide notebook, as a tester saw it: the outlets table fits, long answers wrap, sources by keyboard.

One JupyterLab (the learner profile) and one page for the module: the lesson
is opened wide, its answers typed and run, then the window is narrowed until
the notebook pane itself is 900 px wide.
"""

from __future__ import annotations

import pytest

pytest.importorskip("playwright")

from playwright.sync_api import sync_playwright  # noqa: E402

from conftest import sample_submissions  # noqa: E402
from jupyterlab_session import NOTEBOOK, learner_lab, launch_chromium, prepare_lesson  # noqa: E402
from medialit.content.ownership import outlet_rows  # noqa: E402

LESSON = "02-state-media-framing"
PANE = 900
#: A compact row is at most this many lines of text: a reader sees several outlets per screen (before: dozens of
#: lines, the table 6,500 px tall). Owner and funding are cut to about 12 words, three to four lines of a column.
MOST_LINES_PER_ROW = 5


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """Lesson 2 with the model answers typed in and every cell run, its notebook pane 900 px wide."""
    with learner_lab(tmp_path_factory.mktemp("layout")) as (base, token), sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        prepare_lesson(page, base, token, LESSON, sample_submissions(LESSON)["solution"]["answers"])
        panel = page.evaluate(f"() => document.querySelector('{NOTEBOOK}').getBoundingClientRect().width")
        page.set_viewport_size({"width": round(1400 - panel + PANE), "height": 900})
        page.wait_for_function(f"() => Math.abs(document.querySelector('{NOTEBOOK}').getBoundingClientRect().width - {PANE}) < 2")
        yield page
        browser.close()


def scroll_to(page, selector: str):
    """JupyterLab draws only the cells near the view: scroll the notebook until ``selector`` is drawn."""
    page.evaluate(f"() => document.querySelector('{NOTEBOOK} .jp-WindowedPanel-outer').scrollTop = 0")
    box = page.locator(f"{NOTEBOOK} .jp-WindowedPanel-outer").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(60):
        if page.locator(selector).count():
            break
        page.mouse.wheel(0, 600)  # the next screen of cells; the loop ends on the element, not on time
    locator = page.locator(selector).first
    locator.scroll_into_view_if_needed()
    return locator


def test_the_outlets_table_fits_the_pane(page):
    region = scroll_to(page, f"{NOTEBOOK} .medialit-outlets")
    size = region.evaluate("""e => ({scroll: e.scrollWidth, client: e.clientWidth,
        rows: [...e.querySelectorAll('tbody tr')].map(r => r.getBoundingClientRect().height),
        line: parseFloat(getComputedStyle(e.querySelector('tbody td')).lineHeight) || 18})""")
    assert len(size["rows"]) == len(outlet_rows())
    assert size["scroll"] <= size["client"] <= PANE, "the table must not scroll sideways in a 900 px pane"
    assert max(size["rows"]) <= MOST_LINES_PER_ROW * size["line"] + 24, size  # + the cell's padding
    assert sum(size["rows"]) < 6500 / 2


def test_the_sources_are_one_keypress_away(page):
    region = scroll_to(page, f"{NOTEBOOK} .medialit-outlets")
    region.focus()
    page.keyboard.press("Tab")
    summary = page.locator(f"{NOTEBOOK} .medialit-outlets summary").first
    assert summary.evaluate("e => e === document.activeElement"), "Tab from the table reaches the first row's sources"
    page.keyboard.press("Enter")
    details = page.locator(f"{NOTEBOOK} .medialit-outlets details").first
    assert details.evaluate("e => e.open")
    page.keyboard.press("Tab")
    link = page.evaluate("() => ({tag: document.activeElement.tagName, href: document.activeElement.href})")
    assert link["tag"] == "A" and link["href"].startswith("http")


def test_a_long_answer_line_wraps(page):
    line = scroll_to(page, f"{NOTEBOOK} .jp-CodeCell .cm-line:has-text('owners = {{\"Press TV\"')")
    content = line.locator("xpath=ancestor::*[contains(@class, 'cm-content')]")
    assert "cm-lineWrapping" in content.get_attribute("class")
    box = line.bounding_box()
    line_height = line.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")
    assert box["height"] > 1.5 * line_height, "the answer line runs over several screen lines"
    assert content.evaluate("e => e.scrollWidth <= e.clientWidth")

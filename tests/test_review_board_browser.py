"""The review board in a teacher's real JupyterLab and Debian's Chromium: by mouse, by keyboard alone, axe-clean.

The course is made in a temporary folder as `medialit new-case` leaves it (test_review_board.make_course); after
each action the review file on disk must show it, since the board saves every change at once.
"""

from __future__ import annotations

import json
import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from jupyterlab_session import open_notebook, run_all_cells, teacher_lab, wait_for_cells
from medialit.classroom.course import COURSE_ROOT
from test_review_board import NAME, make_course, on_disk

ARTIFACTS = COURSE_ROOT / "test-artifacts" / "browser"
BOARD = ".medialit-review-board"


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    return make_course(tmp_path_factory.mktemp("review") / "course")


@pytest.fixture(scope="module")
def page(course, browser, tmp_path_factory):
    """The review notebook open in the teacher's JupyterLab, its one cell run: the board on show."""
    with teacher_lab(course, tmp_path_factory.mktemp("lab")) as (base, token):
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        open_notebook(page, base, token, f"reviews/{NAME}-review.ipynb")
        wait_for_cells(page, 1)
        run_all_cells(page)
        page.wait_for_selector(f"{BOARD} .medialit-review-add button")
        yield page
        page.close()


def savage_item(review: dict) -> dict:
    """The framing item of "savage" in the review file (the analyzer may draft other framing items before it)."""
    return next(item for item in review["framing"] if item["phrase"] == "savage")


def wait_for_review(course, shows, what: str, timeout: float = 30) -> dict:
    """The review file once ``shows`` holds for it: polled, with a deadline (the kernel writes it on its own time)."""
    deadline = time.monotonic() + timeout
    while True:
        review = on_disk(course)
        if shows(review):
            return review
        if time.monotonic() > deadline:
            raise AssertionError(f"after {timeout} s the review file does not show {what}: {json.dumps(review)[:400]}")
        time.sleep(0.05)  # reading the file again, not waiting blindly


def item(page, text: str):
    return page.locator(f"{BOARD} .medialit-review-item", has_text=text)


def assert_focus_is_visible(page) -> None:
    focused = page.evaluate("(() => { const s = getComputedStyle(document.activeElement); "
                            "return [s.outlineStyle, s.boxShadow]; })()")
    assert focused != ["none", "none"], "keyboard focus must be visible"


def test_by_mouse_accept_one_item_and_reject_another(page, course):
    item(page, "[at least £1.2 million]").get_by_role("button", name="Accept the draft").click()
    review = wait_for_review(course, lambda r: r["figures"][2]["status"] == "accepted", "S3's figure accepted")
    assert review["figures"][2]["key"]["promise"] == "a lower limit"
    expect(item(page, "[at least £1.2 million]")).to_contain_text("Status: accepted: the key is a lower limit")
    item(page, "Library cuts spark angry protest").get_by_role("button", name="Reject").click()
    wait_for_review(course, lambda r: r["sentences"][0]["status"] == "rejected", "S1 rejected")
    expect(page.locator(f"{BOARD} [role=status]")).to_contain_text("S1 rejected: saved.")


def test_by_keyboard_alone_change_a_label_add_another_answer_and_write_a_reason(page, course):
    savage = item(page, "[savage]")  # the phrase in brackets: the framing item, not its sentence
    savage.get_by_role("button", name="Accept the draft").focus()  # where a teacher tabbing through arrives
    page.keyboard.press("Tab")
    expect(savage.get_by_role("button", name="Reject")).to_be_focused()
    page.keyboard.press("Tab")
    key = savage.get_by_label("Key", exact=True)
    expect(key).to_be_focused()
    assert_focus_is_visible(page)
    page.keyboard.press("ArrowUp")  # from the draft's "emotive language" to "loaded label"
    review = wait_for_review(course, lambda r: savage_item(r)["status"] == "changed", "the framing item changed")
    assert savage_item(review)["key"]["technique"] == "loaded label"
    page.keyboard.press("Tab")
    expect(savage.get_by_label("Also accept")).to_be_focused()
    page.keyboard.type("emotive language")
    page.keyboard.press("Enter")
    wait_for_review(course, lambda r: savage_item(r)["key"]["also"] == ["emotive language"], "the other answer")
    page.keyboard.press("Tab")
    expect(savage.get_by_label("Whose words")).to_be_focused()
    page.keyboard.press("Tab")
    expect(savage.get_by_label("Reason (one line)")).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type("Savage judges the cuts in the outlet's own voice.")
    page.keyboard.press("Enter")
    review = wait_for_review(course, lambda r: savage_item(r)["reason"].startswith("Savage judges"), "the reason")
    assert savage_item(review)["key"] == {"technique": "loaded label", "also": ["emotive language"],
                                           "whose": "the outlet"}
    expect(savage).to_contain_text("Status: changed: the key is loaded label, also accepting emotive language")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    expect(savage.get_by_role("button", name="Reject")).to_be_focused()
    page.keyboard.press("Space")
    wait_for_review(course, lambda r: savage_item(r)["status"] == "rejected", "the framing item rejected by Space")
    chain = page.locator(f"{BOARD} .medialit-review-chain")
    items = page.locator(f"{BOARD} .medialit-review-item")
    items.nth(7).get_by_label("Reason (one line)").focus()  # the last sentence's last control: the chain comes next
    page.keyboard.press("Tab")
    expect(chain.get_by_label("Sentence number")).to_be_focused()
    assert_focus_is_visible(page)
    page.keyboard.type("5")
    page.keyboard.press("Tab")
    expect(chain.get_by_label("Tellers, first teller first, the outlet last, separated by >")).to_be_focused()
    page.keyboard.type("Library staff > A library worker > the outlet")
    page.keyboard.press("Tab")
    expect(chain.get_by_label("Reason (one line)")).to_be_focused()
    page.keyboard.type("Staff were told; a worker told the outlet, which prints it.")
    page.keyboard.press("Enter")
    review = wait_for_review(course, lambda r: r["chain"]["reason"].startswith("Staff were told"), "the chain")
    assert review["chain"] == {"sentence": 5, "tellers": ["Library staff", "A library worker", "the outlet"],
                               "reason": "Staff were told; a worker told the outlet, which prints it."}
    expect(chain).to_contain_text("Status: the chain of S5 is Library staff > A library worker > the outlet")
    expect(page.locator(f"{BOARD} [role=status]")).to_contain_text("The chain: saved.")


def test_a_phrase_not_in_its_sentence_is_said_in_the_live_status_line(page, course):
    before = on_disk(course)
    form = page.locator(f"{BOARD} .medialit-review-add")
    form.get_by_label("Add", exact=True).select_option(label="a framing phrase")
    form.get_by_label("Sentence number").fill("6")
    form.get_by_label("Its exact words").fill("years of neglect")
    form.get_by_role("button", name="Add it to the key").click()
    expect(page.locator(f"{BOARD} [role=status]")).to_contain_text("S6 does not hold the words 'years of neglect'.")
    assert on_disk(course) == before
    assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count() == 0


def test_no_accessibility_violation_in_the_board(page):
    found = Axe().run(page, context={"include": [[BOARD]]}).response["violations"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "review-board.png", full_page=True)
    assert not [f"{v['id']} ({v['impact']}): {v['help']} ({len(v['nodes'])} nodes)" for v in found]

"""Lesson 04's results lists: one data file, shown in the notebook and as a static page that works offline.

Students choose which result to open before they click (click restraint), in
class on the open web or alone with no network: the page is a plain HTML file
shipped in the lesson folder, with real addresses, no scripts, usable with a
keyboard. Chromium loads it with every request off this machine refused.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import nbformat
import pytest
from axe_playwright_python.sync_playwright import Axe

from medialit.classroom.course import COURSE_ROOT
from medialit.content.search_results import (LESSON, PAGE_NAME, is_results_cell, results_markdown, results_page, tasks)

LESSON_FOLDERS = [COURSE_ROOT / "solutions" / LESSON, COURSE_ROOT / "lessons" / LESSON]
#: Hosts that copy other sites' stories or write filler: a list that has one teaches click restraint.
KINDS = {"the outlet's own page", "copy of the article", "content farm", "encyclopedia", "regulator", "monitor",
         "the original report", "a report about it", "government's own report", "news agency report"}


def test_every_task_offers_real_addresses_titles_and_our_own_snippets():
    for task in tasks():
        assert task["question"] and len(task["results"]) >= 4, task["id"]
        letters = [result["letter"] for result in task["results"]]
        assert letters == [chr(ord("A") + i) for i in range(len(letters))], task["id"]
        for result in task["results"]:
            address = urlparse(result["url"])
            assert address.scheme in ("http", "https") and "." in address.netloc, result["url"]
            assert result["title"].strip() and 5 <= len(result["snippet"].split()) <= 30, result
            assert result["kind"] in KINDS, result


def test_the_best_first_click_is_never_only_the_first_result():
    """Click restraint: the top of a results list is not where a fact-checker starts by habit."""
    for task in tasks():
        assert task["results"][0]["kind"] in {"the outlet's own page", "copy of the article", "content farm",
                                              "a report about it"}, task["id"]


@pytest.mark.parametrize("folder", LESSON_FOLDERS, ids=lambda f: f.parent.name)
def test_the_lesson_folder_ships_the_page_and_the_notebook_shows_the_same_lists(folder):
    assert (folder / PAGE_NAME).read_text(encoding="utf-8") == results_page(), "run python -m medialit.classroom.course"
    notebook = nbformat.read(next(folder.glob("*.ipynb")), as_version=4)
    shown = {cell.metadata["medialit"]["results"]: cell.source for cell in notebook.cells if is_results_cell(cell)}
    assert shown == {task["id"]: results_markdown(task) for task in tasks()}


def test_the_page_needs_no_script_and_every_link_leaves_for_the_real_address():
    page = results_page()
    assert "<script" not in page.lower() and "http-equiv" not in page.lower()
    links = re.findall(r'<a href="([^"]+)"', page)
    assert sorted(links) == sorted(result["url"].replace("&", "&amp;") for task in tasks() for result in task["results"])


@pytest.fixture(scope="module")
def offline_page(browser):
    """The shipped page in Chromium, every request that is not the file itself refused."""
    context = browser.new_context()
    refused = []
    context.route(re.compile(r"^(?!file:).*"), lambda route: (refused.append(route.request.url), route.abort()))
    page = context.new_page()
    page.goto((COURSE_ROOT / "lessons" / LESSON / PAGE_NAME).as_uri())
    yield page, refused
    context.close()


def test_offline_the_page_shows_every_result_with_its_address(offline_page):
    page, refused = offline_page
    assert refused == [], "the page fetched something: it must work with no network"
    for task in tasks():
        section = page.get_by_role("region", name=task["heading"])
        for result in task["results"]:
            link = section.get_by_role("link", name=result["title"], exact=True)
            assert link.get_attribute("href") == result["url"]
            assert section.get_by_text(result["snippet"]).is_visible()
            assert section.get_by_text(result["url"], exact=True).is_visible(), "the address is shown, not only linked"


def test_the_keyboard_reaches_every_link_in_order(offline_page):
    page, _ = offline_page
    wanted = [result["url"] for task in tasks() for result in task["results"]]
    reached = []
    page.locator("body").focus()
    for _ in wanted:
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.getAttribute('href')"))
    assert reached == wanted


def test_axe_finds_no_violation(offline_page):
    page, _ = offline_page
    violations = Axe().run(page).response["violations"]
    assert not [f"{v['id']} ({v['impact']}): {v['help']}" for v in violations]


def test_every_source_a_student_is_meant_to_trust_is_one_the_module_already_cites():
    """The results that carry evidence (the regulator, the monitors, the original reports, each side's own words)
    are addresses the module's cited data already gives; only the distractors (copies, a content farm, an
    encyclopedia, the outlet's own site, a report about it) are new."""
    cited = "".join(path.read_text(encoding="utf-8") for folder in ("src/medialit/content/data", "source_texts")
                    for path in sorted((COURSE_ROOT / folder).glob("*.json")) if path.name != "search-results.json")
    evidence = {"regulator", "monitor", "the original report", "news agency report", "government's own report"}
    for task in tasks():
        for result in task["results"]:
            if result["kind"] in evidence:
                assert result["url"] in cited, result["url"]

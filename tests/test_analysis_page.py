"""The analysis as a page a student can open: text as written, a legend, every mark explained on hover and on
keyboard focus, no label over another, nothing in the article able to run, axe-clean (Debian's Chromium)."""

from __future__ import annotations

import itertools
import re
from html.parser import HTMLParser

import pytest

from medialit.analyzer.analysis_html import PAGE_SCRIPT, marked_region
from medialit.analyzer.analyzer import analyze
from medialit.classroom.cli import main

#: Written for these tests: a figure inside a word ("£40m"), a hyphenated framing word, curly quotes, double
#: spaces and a line break inside a sentence, and a mark inside another (an outlet inside its attribution).
ARTICLE = ("The council said the so-called  “rescue plan” would cost £40m, according to the BBC.\n"
           "Critics called it a “disgraceful betrayal” of\nresidents, and one official said about 1,200 homes "
           "were flooded.\n\nThe self-styled “experts” were not named.")
#: An article that tries to put code and attributes into the page.
HOSTILE = ("The mayor said <script>window.pwned = true</script> the bridge \"will\" reopen.\n"
           "Residents said the plan was <img src=x onerror=\"window.pwned = true\"> a 'scandal' & more.")


class _Shown(HTMLParser):
    """Reads a page back: each sentence's words as shown (labels and explanations left out), each label with
    the id its explanation has, and every element's text by id."""

    SKIP = {"medialit-label", "medialit-why"}

    def __init__(self) -> None:
        super().__init__()
        self.sentences: list[str] = []
        self.labels: list[dict] = []
        self.by_id: dict[str, str] = {}
        self.stack: list[dict] = []
        self.label_before: list[str] = []  # the sentence's shown text up to each label

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.stack.append(attrs)
        classes = set((attrs.get("class") or "").split())
        if "medialit-marked" in classes:
            self.sentences.append("")
        if "medialit-label" in classes:
            self.labels.append({**attrs, "tag": tag, "text": ""})
            self.label_before.append(self.sentences[-1])

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        for attrs in self.stack:
            if "id" in attrs:
                self.by_id[attrs["id"]] = self.by_id.get(attrs["id"], "") + data
        classes = {c for attrs in self.stack for c in (attrs.get("class") or "").split()}
        if "medialit-label" in classes and "medialit-why" not in classes:
            self.labels[-1]["text"] += data
        if "medialit-marked" in classes and not classes & self.SKIP:
            self.sentences[-1] += data


def shown(page: str) -> _Shown:
    reader = _Shown()
    reader.feed(page)
    return reader


def _scripts(page: str) -> list[str]:
    """Every script on a page, as written between its tags (a script with a source shows its tag)."""
    return [inline or tag for inline, tag in re.findall(r"<script>\n(.*?)</script>|(<script\b[^>]*>)", page, re.S | re.I)]


def test_each_sentence_is_shown_exactly_as_written():
    result = analyze(ARTICLE)
    page = shown(result.to_html())
    assert page.sentences == [s["text"] for s in result["sentences"]]
    assert "£40m" in page.sentences[0] and "so-called  “rescue plan”" in page.sentences[0]


def test_no_label_splits_a_word():
    """A label stands before the word its mark starts in ("FIGURE £40m", not "£ FIGURE 40m")."""
    page = shown(analyze(ARTICLE).to_html())
    assert page.labels
    for before in page.label_before:
        assert before == "" or not before[-1].isalnum() and before[-1] not in "£$€-", before[-12:]


def test_marks_that_cross_keep_the_text_and_both_labels():
    """Two marks that overlap without one holding the other: every word once, each label once, in words."""
    text = "Officials said the brutal crackdown cost £40m last year."
    result = analyze(text)
    start = text.index("brutal")
    result["framing"].append({"sentence": 1, "text": text[start:start + 24], "start": start, "end": start + 24,
                              "category": "emotive language", "explanation": "Written for this test."})
    start = text.index("crackdown")
    result["framing"].append({"sentence": 1, "text": text[start:start + 19], "start": start, "end": start + 19,
                              "category": "loaded label", "explanation": "Crosses the other mark."})
    page = shown(result.to_html())
    assert page.sentences == [text]
    assert len(page.labels) == len(result.marks())
    assert any("Crosses the other mark." in page.by_id[label["aria-describedby"]] for label in page.labels)


def test_every_mark_has_a_label_in_words_reachable_by_keyboard_with_its_explanation():
    result = analyze(ARTICLE)
    page = shown(result.to_html())
    explanations = ([a["explanation"] for a in result["attributions"]] + [f["explanation"] for f in result["framing"]])
    assert len(page.labels) == len(result.marks())
    for label in page.labels:
        assert label["tag"] == "button" and label["text"].strip()  # Tab reaches it, a screen reader names it
        assert page.by_id[label["aria-describedby"]].strip()
    described = [page.by_id[label["aria-describedby"]] for label in page.labels]
    for explanation in explanations:
        assert any(explanation in text for text in described), explanation
    assert len({label["aria-describedby"] for label in page.labels}) == len(page.labels)


def test_the_legend_names_each_kind_of_mark_on_the_page_in_words():
    result = analyze(ARTICLE)
    page = result.to_html()
    legend = page[page.index('class="medialit-legend"'):page.index("</details>")]
    for _, _, label in result.marks():
        assert f">{label}<" in legend


def test_the_page_stands_alone(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["analyze", str(article), "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page and '<meta charset="utf-8">' in page
    assert re.search(r"<title>[^<]+</title>", page) and "<style>" in page
    assert _scripts(page) == [PAGE_SCRIPT] and not re.search(r"(src|href)=\"?(https?:)?//", page)
    assert shown(page).sentences == [s["text"] for s in analyze(ARTICLE)["sentences"]]


def test_the_notebook_shares_the_page_s_rendering():
    result = analyze(ARTICLE)
    region = marked_region(result)
    assert region in result._repr_html_() and region in result.to_page()


def test_an_article_s_code_and_quotes_are_shown_never_run():
    result = analyze(HOSTILE)
    page = result.to_page()
    assert _scripts(page) == [PAGE_SCRIPT] and "<img" not in page and "onerror=\"" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=&quot;" in page
    assert shown(page).sentences == [s["text"] for s in result["sentences"]]


# In Debian's Chromium ---------------------------------------------------------------------------------------


@pytest.fixture
def opened(browser, tmp_path):
    """The page for ARTICLE in Chromium, at a narrow width so that labels wrap."""
    def open_page(text: str = ARTICLE, width: int = 420, javascript: bool = True):
        path = tmp_path / "page.html"
        path.write_text(analyze(text).to_page(), encoding="utf-8")
        page = browser.new_page(viewport={"width": width, "height": 800}, java_script_enabled=javascript)
        page.goto(path.as_uri())
        opened.pages.append(page)
        return page

    opened.pages = []
    yield open_page
    for page in opened.pages:
        page.close()


def _why_of(page, label):
    return page.locator(f"[id='{label.get_attribute('aria-describedby')}']")


def test_tab_reaches_every_label_and_shows_its_explanation(opened):
    from playwright.sync_api import expect

    page = opened()
    labels = page.locator(".medialit-label")
    count = labels.count()
    assert count == len(analyze(ARTICLE).marks())
    seen = []
    for _ in range(count + 3):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.className")
        if "medialit-label" not in focused:
            continue
        label = page.locator(":focus")
        why = _why_of(page, label)
        assert why.is_visible() and why.inner_text().strip()
        # What a screen reader announces: the label's words, then its explanation (Chromium's accessibility tree).
        expect(label).to_have_accessible_name(label.inner_text().strip())
        expect(label).to_have_accessible_description(" ".join(why.inner_text().split()))
        seen.append(label.get_attribute("aria-describedby"))
    assert len(set(seen)) == count


def test_hovering_a_label_shows_its_explanation(opened):
    page = opened()
    label = page.locator(".medialit-label").first
    assert not _why_of(page, label).is_visible()
    label.hover()
    assert _why_of(page, label).is_visible()


def test_escape_hides_a_focused_label_s_explanation_and_leaves_the_focus(opened):
    """WCAG 1.4.13 (dismissible): Escape hides the explanation without moving the focus; focus shows it again."""
    from playwright.sync_api import expect

    page = opened()
    labels = page.locator(".medialit-label")
    while "medialit-label" not in page.evaluate("document.activeElement.className"):
        page.keyboard.press("Tab")
    label = page.locator(":focus")
    why = _why_of(page, label)
    expect(why).to_be_visible()
    page.keyboard.press("Escape")
    expect(why).to_be_hidden()
    expect(label).to_be_focused()
    page.keyboard.press("Tab")  # the next label shows its own explanation
    expect(_why_of(page, labels.nth(1))).to_be_visible()
    page.keyboard.press("Shift+Tab")  # and back on the first, its explanation shows again
    expect(why).to_be_visible()


def test_escape_hides_a_hovered_label_s_explanation_until_the_next_hover(opened):
    """WCAG 1.4.13 (dismissible): Escape hides the explanation the pointer shows, without moving the pointer."""
    from playwright.sync_api import expect

    page = opened()
    label = page.locator(".medialit-label").first
    why = _why_of(page, label)
    label.hover()
    expect(why).to_be_visible()
    page.keyboard.press("Escape")
    expect(why).to_be_hidden()
    page.locator("h1").hover()
    label.hover()
    expect(why).to_be_visible()


def test_without_javascript_hover_and_focus_still_show_each_explanation(opened):
    from playwright.sync_api import expect

    page = opened(javascript=False)
    first, second = page.locator(".medialit-label").first, page.locator(".medialit-label").nth(1)
    first.hover()
    expect(_why_of(page, first)).to_be_visible()
    second.focus()
    expect(_why_of(page, second)).to_be_visible()


def test_the_pointer_can_move_onto_an_explanation_and_it_stays(opened):
    """WCAG 1.4.13 (hoverable, persistent): moving from the label onto its explanation, a step at a time, never
    hides it, and it stays while the pointer rests on it."""
    from playwright.sync_api import expect

    page = opened()
    label = page.locator(".medialit-label").first
    why = _why_of(page, label)
    label.hover()
    expect(why).to_be_visible()
    start, box = label.bounding_box(), why.bounding_box()
    x = start["x"] + min(start["width"], box["width"]) / 2
    page.mouse.move(x, start["y"] + start["height"] / 2)
    for y in range(int(start["y"] + start["height"] / 2), int(box["y"] + box["height"] / 2), 2):
        page.mouse.move(x, y)
        assert why.is_visible(), f"hidden with the pointer at y={y}"
    why.hover()  # on its own words: selectable, readable
    expect(why).to_be_visible()


@pytest.mark.parametrize("width", [320, 420, 1024])
def test_no_two_labels_overlap(opened, width):
    page = opened(width=width)
    boxes = [box for box in (label.bounding_box() for label in page.locator(".medialit-label").all())]
    assert len(boxes) == len(analyze(ARTICLE).marks())
    for a, b in itertools.combinations(boxes, 2):
        apart = (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                 or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])
        assert apart, (a, b)


def test_axe_finds_nothing(opened):
    from axe_playwright_python.sync_playwright import Axe

    page = opened()
    page.locator(".medialit-label").first.focus()  # an explanation showing, too
    violations = Axe().run(page).response["violations"]
    assert not [f"{v['id']} ({v['impact']}): {v['help']}" for v in violations]


def test_code_in_the_article_does_not_run(opened):
    page = opened(HOSTILE)
    assert page.evaluate("window.pwned === undefined")
    assert page.locator(".medialit-analysis :is(script, img), img").count() == 0
    assert page.locator("script").count() == 1  # the page's own
    assert "<script>window.pwned = true</script>" in page.locator(".medialit-analysis").inner_text()

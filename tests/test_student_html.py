"""A student's text, cleaned for the teacher's and the student's browser (medialit.classroom.student_html; issue 25, class 1).

Each payload here is cleaned, then rendered a second time as nbconvert renders a cell for the formgrader and the
feedback page (the Markdown filter of nbgrader's templates), and what a browser would find is checked: no element
that runs or loads anything, no event handler, no address other than http, https or mailto, MathJax kept out, and
the student's words still there. The same payloads, in notebooks graded by nbgrader and opened in Chromium, are in
simulated_class.py and test_formgrader_browser.py.
"""

from __future__ import annotations

from html.parser import HTMLParser

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbconvert.exporters import HTMLExporter
from nbconvert.filters.markdown_mistune import markdown2html_mistune
from nbgrader.utils import compute_checksum

from medialit.classroom.course import COURSE_ROOT
from medialit.classroom.feedback_page import _exercise_headings
from medialit.classroom.student_html import (CODE_COLOURS, CUT, LEFT_OUT, MAX_CHARS, NOTEBOOK_CHARS, SLOW_SHAPES, WRAPPER,
                                   CleanOutputs, CleanStudentCells, clean_html, clean_markdown, rendered,
                                   shown_as_text)

X = "top.medialitXss=1"
#: Each a way to run a script, or to load something, from a Markdown cell; and the words that must still show.
PAYLOADS = {
    "markdown link": (f"[shown words](javascript:{X})", "shown words"),
    "upper case": (f"[shown words](JaVaScRiPt:{X})", "shown words"),
    "entity": (f"[shown words](&#106;avascript:{X})", "shown words"),
    "hex entity": (f"[shown words](&#x6A;avascript:{X})", "shown words"),
    "entity colon": (f"[shown words](javascript&colon;{X})", "shown words"),
    "percent": (f"[shown words](%6Aavascript:{X})", "shown words"),
    "reference": (f"[shown words][r]\n\n[r]: javascript:{X}", "shown words"),
    "reference, title": (f'[shown words][r]\n\n[r]: <javascript:{X}> "t"', "shown words"),
    "autolink": (f"shown words <javascript:{X}>", "shown words"),
    "vbscript": ("[shown words](vbscript:msgbox(1))", "shown words"),
    "data link": ("[shown words](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "shown words"),
    "data picture": ("shown words ![p](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", "shown words"),
    "attachment": ("shown words ![p](attachment:evil.svg)", "shown words"),
    "file": ("[shown words](file:///etc/passwd)", "shown words"),
    "relative": ("[shown words](/api/contents/nbgrader_config.py)", "shown words"),
    "tab in scheme": (f'<a href="jav&#x09;ascript:{X}">shown words</a>', "shown words"),
    "newline in scheme": (f'<a href="java\nscript:{X}">shown words</a>', "shown words"),
    "leading spaces": (f'<a href=" \x01javascript:{X}">shown words</a>', "shown words"),
    "img onerror": (f'shown words <img src=x onerror="{X}">', "shown words"),
    "IMG ONERROR": (f'shown words <IMG SRC="x" OnErRoR="{X}">', "shown words"),
    "onclick": (f'<a href="https://example.org" onclick="{X}">shown words</a>', "shown words"),
    "script": (f"shown words <script>{X}</script>", "shown words"),
    "svg": (f"shown words <svg onload=\"{X}\"><script>{X}</script></svg>", "shown words"),
    "svg use": ('shown words <svg><use href="data:image/svg+xml,&lt;svg id=x&gt;"/></svg>', "shown words"),
    "math": (f'shown words <math><maction actiontype="statusline" xlink:href="javascript:{X}">m</maction></math>',
             "shown words"),
    "iframe": (f'shown words <iframe src="javascript:{X}"></iframe>', "shown words"),
    "srcdoc": (f'shown words <iframe srcdoc="<script>{X}</script>"></iframe>', "shown words"),
    "object": (f'shown words <object data="javascript:{X}"></object><embed src="javascript:{X}">', "shown words"),
    "form": (f'<form action="javascript:{X}"><button formaction="javascript:{X}">shown words</button></form>',
             "shown words"),
    "style attribute": (f'<p style="background:url(javascript:{X})">shown words</p>', "shown words"),
    "expression": (f'<p style="width: expression({X})">shown words</p>', "shown words"),
    "style element": (f'shown words <style>@import "javascript:{X}"; p {{ color: red }}</style>', "shown words"),
    "link element": ('shown words <link rel="stylesheet" href="https://example.org/x.css">', "shown words"),
    "meta refresh": (f'shown words <meta http-equiv="refresh" content="0;url=javascript:{X}">', "shown words"),
    "base": (f'shown words <base href="javascript:{X}//">', "shown words"),
    "autofocus": (f'shown words <input autofocus onfocus="{X}">', "shown words"),
    "details": (f'<details open ontoggle="{X}"><summary>shown words</summary></details>', "shown words"),
    "video": (f'shown words <video><source onerror="{X}"></video><audio src=x onerror="{X}">', "shown words"),
    "mutation": (f'shown words <math><mtext><table><mglyph><style><img src=x onerror="{X}">', "shown words"),
    "noscript": (f'shown words <noscript><p title="</noscript><img src=x onerror="{X}">"></noscript>', "shown words"),
    "comment": (f"shown words <!--><img src=x onerror=\"{X}\">-->", "shown words"),
    "cdata": (f"shown words <![CDATA[><img src=x onerror=\"{X}\">]]>", "shown words"),
    "unclosed": (f'shown words <img src=x onerror="{X}"', "shown words"),
    "after a blank line": (f"<div>\n\n[shown words](javascript:{X})\n\n</div>", "shown words"),
    "markdown inside html": (f"<p>\n\n*shown words* [x](javascript:{X})\n\n</p>", "shown words"),
    "escaped html": (f"shown words &lt;img src=x onerror=\"{X}\"&gt;", "shown words"),
    "double escaped": (f"shown words &amp;lt;img src=x onerror=\"{X}\"&amp;gt;", "shown words"),
    "code span": (f"shown words `<img src=x onerror=\"{X}\">`", "shown words"),
    "code block": (f"shown words\n\n```html\n<img src=x onerror=\"{X}\">\n```", "shown words"),
    "mermaid": (f"shown words\n\n```mermaid\nclick A \"javascript:{X}\"\n```", "shown words"),
    "mathjax href": (f"shown words $\\href{{javascript:{X}}}{{x}}$", "shown words"),
    "mathjax display": (f"shown words $$\\unicode{{<img src=x onerror=\"{X}\">}}$$", "shown words"),
    "mathjax class": (f'<span class="tex2jax_process mathjax_process">shown words $\\href{{javascript:{X}}}{{x}}$</span>',
                      "shown words"),
    "heading with markup": (f"## shown words <img src=x onerror=\"{X}\"> [x](javascript:{X})", "shown words"),
    "heading id": ('## <span id="named_sentences">shown words</span>', "shown words"),
    "dom clobbering": ('<a id="submission_id" name="base_url">shown words</a>', "shown words"),
    "wrapper forged": (f'<div class="{WRAPPER}">\n\n[shown words](javascript:{X})\n\n</div>', "shown words"),
    "nul and controls": (f"shown words \x00<img src=x \x0conerror=\"{X}\">\u2028\u2029\r\r[x](javascript:{X})", "shown words"),
    "table": (f"| shown words | b |\n|:--|--:|\n| <img src=x onerror=\"{X}\"> | [x](javascript:{X}) |", "shown words"),
    "task list": (f"- [x] shown words <input onclick=\"{X}\">", "shown words"),
}
#: Elements that run, load or submit anything.
LIVE_ELEMENTS = {"script", "iframe", "frame", "frameset", "object", "embed", "svg", "math", "style", "link", "meta",
                 "base", "form", "input", "button", "textarea", "select", "video", "audio", "source", "img", "image",
                 "picture", "use", "applet", "template", "noscript", "portal"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcset",
                  "codebase", "cite", "ping"}


class PageReader(HTMLParser):
    """What a browser would find in a piece of a page: live parts, classes, and text outside the MathJax-free div."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.live, self.classes, self.text, self.outside = [], set(), [], []
        self.depth = 0  # how deep inside the wrapper div

    def handle_starttag(self, tag, attrs):
        if self.depth or (tag == "div" and dict(attrs).get("class") == WRAPPER):
            self.depth += tag not in {"br", "hr"}
        if tag in LIVE_ELEMENTS:
            self.live.append(tag)
        for name, value in attrs:
            value = (value or "").strip()
            if name.startswith("on") or name in {"style", "srcdoc", "id", "name"}:
                self.live.append(f"{tag} {name}")
            if name in URL_ATTRIBUTES and not value.lower().startswith(("http:", "https:", "mailto:")):
                self.live.append(f"{tag} {name}={value}")
            if name == "class":
                self.classes |= set(value.split())

    def handle_endtag(self, tag):
        if self.depth and tag not in {"br", "hr"}:
            self.depth -= 1

    def handle_data(self, data):
        self.text.append(data)
        if not self.depth and data.strip():
            self.outside.append(data)


def read(page: str) -> PageReader:
    reader = PageReader()
    reader.feed(page)
    reader.close()
    return reader


@pytest.mark.parametrize("name", PAYLOADS)
def test_no_spelling_of_a_script_survives_two_renderings(name):
    payload, words = PAYLOADS[name]
    stored = clean_markdown(payload)
    shown = markdown2html_mistune(stored)  # what nbconvert's Markdown filter makes of the cell for the page
    found = read(shown)
    assert found.live == [], name
    assert found.classes <= set(WRAPPER.split()) | CODE_COLOURS, name  # never tex2jax_process
    assert found.outside == [], name  # every word inside the div MathJax ignores
    assert words in " ".join("".join(found.text).split()), name


@pytest.mark.parametrize("name", PAYLOADS)
def test_the_second_rendering_leaves_the_cleaned_html_as_it_is(name):
    """One line in a div: Markdown passes it through unread, so nothing in it can come alive again."""
    stored = clean_markdown(PAYLOADS[name][0])
    assert "\n" not in stored and markdown2html_mistune(stored).strip() == stored


def test_the_formgrader_template_shows_the_cleaned_html_as_it_is():
    """nbgrader's own formgrade template (the formgrader's page), rendered by nbconvert as the formgrader does."""
    from nbgrader.server_extensions.formgrader import handlers

    stored = clean_markdown("\n\n".join(payload for payload, _ in PAYLOADS.values()))
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(stored)])
    exporter = HTMLExporter(template_name="formgrade", extra_template_basedirs=[handlers.template_path])
    page, _ = exporter.from_notebook_node(nb, resources={"base_url": "", "index": 0, "total": 1})
    as_printed = str(BeautifulSoup(stored, "html.parser"))  # nbconvert passes its page through BeautifulSoup
    assert as_printed in page and read(as_printed).live == []


def test_a_lessons_own_text_shows_as_before():
    """Headings, tables, links, lists and code of every lesson's Markdown, once cleaned, as nbconvert showed them."""
    for notebook in sorted((COURSE_ROOT / "solutions").glob("*/*.ipynb")):
        for cell in nbformat.read(notebook, as_version=4).cells:
            if cell.cell_type == "markdown":
                before, after = markdown2html_mistune(cell.source), markdown2html_mistune(clean_markdown(cell.source))
                assert structure(after) == structure(before), (notebook.name, cell.source[:60])


def structure(page: str) -> tuple[list, str]:
    """The elements text is made of (links with their address) and the words, without heading anchors."""

    class Structure(HTMLParser):
        kept = {"h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "table", "tr", "th", "td", "a", "strong", "em", "code",
                "pre", "blockquote"}

        def __init__(self):
            super().__init__()
            self.tags, self.words = [], []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "a" and attrs.get("class") == "anchor-link":
                self.tags.append("anchor")
            elif tag in self.kept:
                self.tags.append((tag, attrs.get("href")) if tag == "a" else tag)

        def handle_data(self, data):
            self.words.append(data)

    reader = Structure()
    reader.feed(page)
    words = " ".join(" ".join(reader.words).replace("\u00b6", "").split())
    return [tag for tag in reader.tags if tag != "anchor"], words


@pytest.mark.parametrize("shape", SLOW_SHAPES)
def test_the_slowest_shapes_are_cut_before_anything_parses_them(shape, monkeypatch):
    """1 MB of nested unclosed tags took about an hour to parse: the Markdown renderer and the HTML cleaner must
    only ever see the first MAX_CHARS characters. How fast that is, is measured in
    benchmarks/bench_student_html.py, not here (a timed test fails on a busy machine)."""
    import medialit.classroom.student_html as student_html

    seen = []
    render, clean = student_html.rendered, student_html._CLEANER.clean
    monkeypatch.setattr(student_html, "rendered", lambda text: seen.append(len(text)) or render(text))
    monkeypatch.setattr(student_html._CLEANER, "clean", lambda text: seen.append(len(text)) or clean(text))
    stored = clean_markdown(shape * (1_000_000 // len(shape)))
    assert seen and seen[0] <= MAX_CHARS, seen
    assert CUT in stored


def test_a_long_answer_keeps_its_start_and_says_it_was_cut():
    answer = "Because we do not know who she is. " + "And more. " * 2_000
    stored = clean_markdown(answer)
    assert stored.count(CUT) == 1 and "Because we do not know who she is." in stored
    assert clean_markdown(answer[:MAX_CHARS]).count(CUT) == 0


def test_a_notebook_of_too_much_text_keeps_its_first_cells_and_parses_no_more(monkeypatch):
    """Past NOTEBOOK_CHARS, cells are left out unread: only the kept cells reach the Markdown renderer."""
    import medialit.classroom.student_html as student_html

    parsed = []
    render = student_html.rendered
    monkeypatch.setattr(student_html, "rendered", lambda text: parsed.append(len(text)) or render(text))
    cells = [nbformat.v4.new_markdown_cell(f"cell {n} " + "<b><i><div><a><p>" * 1000) for n in range(40)]
    nb = nbformat.v4.new_notebook(cells=cells)
    CleanStudentCells().preprocess(nb, {})
    kept = NOTEBOOK_CHARS // MAX_CHARS
    assert all(f"cell {n} " in nb.cells[n].source for n in range(kept))
    assert all(LEFT_OUT in cell.source for cell in nb.cells[kept:])
    assert len(parsed) <= kept and max(parsed) <= MAX_CHARS, parsed


def graded_cell(source: str, **flags):
    cell = nbformat.v4.new_markdown_cell(source, metadata={"nbgrader": {
        "grade_id": "why_anonymous", "grade": True, "solution": True, "locked": False, "points": 1, **flags}})
    return cell


def test_the_teachers_own_text_is_left_as_it_is_and_a_copied_checksum_does_not_help():
    released = graded_cell("YOUR ANSWER HERE (a few sentences)")
    released.metadata.nbgrader.checksum = compute_checksum(released)  # as OverwriteCells sets it from the gradebook
    forged = graded_cell(f"<img src=x onerror=\"{X}\">", checksum=released.metadata.nbgrader.checksum)
    unlocked = nbformat.v4.new_markdown_cell("## 3. Exercise 1 (1 point): which sentences?")
    nb = nbformat.v4.new_notebook(cells=[released, forged, unlocked])
    CleanStudentCells().preprocess(nb, {})
    assert nb.cells[0].source == "YOUR ANSWER HERE (a few sentences)"  # nbgrader still scores it 0 unanswered
    assert "onerror" not in nb.cells[1].source and nb.cells[1].source.startswith(f'<div class="{WRAPPER}">')
    assert nb.cells[2].source.startswith(f'<div class="{WRAPPER}">')
    assert _exercise_headings(nb)[2] == "Exercise 1: which sentences?"


def test_a_source_that_is_not_text_shows_as_nothing():
    """nbformat reads a cell whose source is a number, null or a dictionary; cleaning it must not stop the notebook."""
    nb = nbformat.reads(nbformat.writes(nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("x"), nbformat.v4.new_raw_cell("y"), nbformat.v4.new_markdown_cell("z"),
        graded_cell("an answer", checksum="0" * 32)])), 4)
    nb.cells[0].source, nb.cells[1].source, nb.cells[2].source, nb.cells[3].source = 42, None, {"a": 1}, 7
    CleanStudentCells().preprocess(nb, {})
    empty = clean_markdown("")
    assert [cell.source for cell in nb.cells] == [empty, shown_as_text(""), empty, empty]


def test_raw_cells_attachments_and_widget_state():
    raw = nbformat.v4.new_raw_cell(f"<script>{X}</script> $\\href{{javascript:{X}}}{{x}}$",
                                   metadata={"raw_mimetype": "text/html"})
    pictured = nbformat.v4.new_markdown_cell("![p](attachment:a.svg)", attachments={"a.svg": {"image/svg+xml": "PHN2Zz4="}})
    nb = nbformat.v4.new_notebook(cells=[raw, pictured], metadata={"widgets": {"state": f"<script>{X}</script>"}})
    CleanStudentCells().preprocess(nb, {})
    assert nb.cells[0].source == (f'<div class="{WRAPPER}"><pre>&lt;script&gt;{X}&lt;/script&gt; '
                                  f'$\\href{{javascript:{X}}}{{x}}$</pre></div>')
    assert "attachments" not in nb.cells[1] and "widgets" not in nb.metadata
    page, _ = HTMLExporter(template_name="classic").from_notebook_node(nb)  # raw HTML cells are printed as such
    shown = page[page.index(f'<div class="{WRAPPER}"><pre>'):]
    assert read(shown[:shown.index("</pre></div>")]).live == [] and "<script>top" not in page


def test_outputs_keep_only_text_clean_html_and_pictures():
    shown = {
        "text/plain": "<Article>",
        "text/html": f'<article aria-label="a">shown words <img src=x onerror="{X}"><script>{X}</script></article>',
        "text/markdown": f"[shown words](javascript:{X})",
        "image/svg+xml": f'<svg onload="{X}"/>',
        "application/javascript": X,
        "text/latex": f"$\\href{{javascript:{X}}}{{x}}$",
        "application/vnd.jupyter.widget-view+json": {"model_id": "1"},
    }
    chart = {"text/plain": "Chart: ...", "text/html": '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Chart: ...">',
             "image/png": "iVBORw0KGgo="}
    cell = nbformat.v4.new_code_cell(outputs=[nbformat.v4.new_output("display_data", data=data) for data in (shown, chart)])
    nb = nbformat.v4.new_notebook(cells=[cell])
    CleanOutputs().preprocess(nb, {})
    data, pictured = (output.data for output in nb.cells[0].outputs)
    assert set(data) == {"text/plain", "text/html", "text/markdown"}
    assert data["text/html"] == clean_html(shown["text/html"])
    assert read(data["text/html"]).live == [] and "shown words" in data["text/html"]
    assert read(markdown2html_mistune(data["text/markdown"])).live == []
    assert set(pictured) == {"text/plain", "image/png"}  # the page shows the picture from its data


def test_headings_a_student_wrote_name_exercises_as_text_only():
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell(clean_markdown(f"## Exercise 3 <img src=x onerror=\"{X}\"> `code` [x](javascript:{X})")),
        graded_cell("an answer")])
    assert _exercise_headings(nb)[1] == "Exercise 3 code x"
    assert rendered("## A *heading*") == "<h2>A <em>heading</em></h2>\n"

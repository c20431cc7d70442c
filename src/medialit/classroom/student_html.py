"""What a student put into a notebook, made safe to show in a browser: the teacher's (formgrader) and theirs (feedback).

nbgrader's formgrader renders the autograded notebook on the server, through nbconvert's HTMLExporter and its
``formgrade`` template, into a page of the teacher's Jupyter session; the feedback page is made the same way. Both
turn each Markdown cell into HTML and print it as it is, and print HTML outputs as they are. A script there could
use the teacher's session: start a kernel, rewrite ``nbgrader_config.py``, write into the course. So before a
notebook is graded, every Markdown and raw cell a student could have written (their written answers, cells they
added, the lesson's own text, which is not locked) becomes clean HTML (:class:`CleanStudentCells`), and after it
has run, every output does too (:class:`CleanOutputs`).

Cleaning is done on HTML, never on Markdown text: the text is rendered first, with nbconvert's own renderer, so
every spelling of a link (reference-style, entities, upper case, spaces) is an ``href`` by then, and then cleaned
by bleach with an allow-list: the tags text needs, a few attributes, addresses with http, https or mailto only.
The result must stay clean when nbconvert renders the cell again to show it: it is one line (newlines become
character references, so no blank line ends the HTML block and lets Markdown parse the rest again) inside a
``<div>`` (an HTML block, which Markdown passes through unread) that MathJax is told to ignore (``$\\href{...}$``).

Before anything parses a text it is cut to :data:`MAX_CHARS`: html5lib, under bleach, is quadratic in nested
unclosed tags (1 MB took about an hour). A cut text keeps its start and says so in one sentence; a notebook
holding more text than :data:`NOTEBOOK_CHARS` keeps its first cells only. Either costs that cell, never the
notebook.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from bleach.sanitizer import Cleaner
from mistune import HTMLRenderer
from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath
from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor
from pygments.token import STANDARD_TYPES

#: Longer than any written answer or lesson text (the longest lesson cell is under 2,000); at this length the
#: slowest shapes measured (nested unclosed tags, a megabyte of them cut here) render and clean in 0.2 to 0.4 s.
MAX_CHARS = 10_000
#: All the Markdown and raw text one notebook may hold (each lesson's own text is under 17,000 characters).
NOTEBOOK_CHARS = 60_000

CUT = f"This text was cut here: it is longer than {MAX_CHARS:,} characters, so only its start is shown."
#: Shapes that make an HTML parser or Markdown slow when repeated: what the cut before parsing is for (tested in
#: tests/test_student_html.py, timed in benchmarks/bench_student_html.py).
SLOW_SHAPES = ["<b><i><div><a><p>", "<div>", "<ul><li>", "<dl><dd>", "<i><p>", "<em><li>", "<table><tr><td>",
               "<a><b>", "<p><p>", "<svg><math>", "> ", "- ", "> - ", "*_", "[", "[a](", "&", "<x ", "`", "$",
               "<!--", "\\"]
LEFT_OUT = "This cell was left out: the notebook holds far more text than a lesson needs."

#: What rendered text may keep: text, lists, tables, code, quotes and links; no pictures, frames, forms or styles.
TAGS = {"a", "article", "b", "blockquote", "br", "caption", "code", "dd", "del", "details", "div", "dl", "dt", "em",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "kbd", "li", "mark", "ol", "p", "pre", "s",
        "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul"}
ADDRESSES = {"http", "https", "mailto"}
#: nbconvert colours code blocks with Pygments' short class names; no other class is kept (a class such as
#: ``tex2jax_process`` would make MathJax read the text again).
CODE_COLOURS = {"highlight", *STANDARD_TYPES.values()} - {""}
#: Marks cleaned HTML, and keeps MathJax 2 (nbconvert's pages) and 3 (JupyterLab) out of it.
WRAPPER = "medialit-student-text tex2jax_ignore mathjax_ignore"
#: The kinds of output a page may show: text, cleaned HTML and Markdown, pictures drawn as PNG or JPEG (their data
#: is printed escaped). SVG, JavaScript, LaTeX (MathJax reads it), widgets and anything else are dropped.
SHOWN_OUTPUTS = {"text/plain", "text/html", "text/markdown", "image/png", "image/jpeg"}

#: Every character Markdown or a browser may take as the end of a line.
_LINE_ENDS = {ord(c): f"&#{ord(c)};" for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if name == "href":
        return tag == "a" and _is_address(value)
    if name == "title":
        return tag == "a"
    if name == "start":
        return tag == "ol" and value.isdigit()
    if name == "class":
        return set(value.split()) <= CODE_COLOURS
    return name == "open" and tag == "details"


def _is_address(value: str) -> bool:
    """An absolute http, https or mailto address (urlsplit drops tabs and newlines, as browsers do)."""
    try:
        return urlsplit(value.strip()).scheme.lower() in ADDRESSES
    except ValueError:
        return False


_CLEANER = Cleaner(tags=TAGS, attributes=_allowed_attribute, protocols=ADDRESSES, strip=True, strip_comments=True)


class _StudentMarkdown(IPythonRenderer):
    """nbconvert's renderer, except that a picture is never filled in from the cell's attachments or from disk
    (and a missing attachment is not an error: nbconvert's raises, and the page could not be made)."""

    def image(self, text: str, url: str, title: str | None = None) -> str:
        return HTMLRenderer.image(self, text, url, title)


def _cut(text: str) -> tuple[str, bool]:
    return (text, False) if len(text) <= MAX_CHARS else (text[:MAX_CHARS], True)


def _inert(clean: str, cut: bool) -> str:
    """Clean HTML as nbconvert must find it to leave it as it is: one line in a div, MathJax kept out."""
    said = f"<p><em>{CUT}</em></p>" if cut else ""
    return f'<div class="{WRAPPER}">{clean.translate(_LINE_ENDS)}{said}</div>'


def rendered(markdown: str) -> str:
    """Markdown as nbconvert renders it (HTML passes through as it is), without anchor links or embedded pictures."""
    return MarkdownWithMath(renderer=_StudentMarkdown(escape=False, exclude_anchor_links=True)).render(markdown)


def clean_markdown(text: str) -> str:
    """A student's Markdown, rendered as nbconvert renders it and cleaned."""
    text, cut = _cut(text)
    return _inert(_CLEANER.clean(rendered(text)), cut)


def clean_html(text: str) -> str:
    """HTML from anywhere a student's values reach, cleaned."""
    text, cut = _cut(text)
    return _inert(_CLEANER.clean(text), cut)


def shown_as_text(text: str) -> str:
    """A raw cell as JupyterLab shows it: its text, as it is, nothing in it read as HTML."""
    text, cut = _cut(text)
    return _inert(f"<pre>{html.escape(text)}</pre>", cut)


def _text(value) -> str:
    """A cell's or an output's text; nbformat reads a notebook whose source is a number or null, which no page
    can show (and which would stop nbconvert), as such: it counts as empty."""
    if isinstance(value, list) and all(isinstance(line, str) for line in value):
        return "".join(value)
    return value if isinstance(value, str) else ""


def is_teachers_text(cell) -> bool:
    """A cell exactly as in the gradebook (nbgrader restored it, or the student left an answer as released).

    OverwriteCells has set its checksum from the gradebook, and the checksum covers the text: it matches only the
    teacher's own. (A written answer left as released must stay so: nbgrader then scores it 0 without a teacher.)
    """
    grading = cell.metadata.get("nbgrader", {})
    if "grade_id" not in grading or "checksum" not in grading:
        return False
    try:
        return grading["checksum"] == utils.compute_checksum(cell)
    except (AttributeError, KeyError, TypeError, ValueError):  # a source or metadata nbgrader never wrote
        return False


class CleanStudentCells(NbGraderPreprocessor):
    """Before grading (after nbgrader restores the teacher's cells): every Markdown and raw cell that is not the
    teacher's own text becomes clean HTML, attachments and widget state go. The handed-in file is not changed."""

    def preprocess(self, nb, resources):
        nb.metadata.pop("widgets", None)
        budget, cut = NOTEBOOK_CHARS, False
        for cell in nb.cells:
            cell.pop("attachments", None)
            if cell.cell_type not in ("markdown", "raw") or is_teachers_text(cell):
                continue
            text = _text(cell.source)
            if budget <= 0:
                cell.source, cut = _inert(f"<p><em>{LEFT_OUT}</em></p>", False), True
                continue
            budget -= min(len(text), MAX_CHARS)
            cut = cut or len(text) > MAX_CHARS
            cell.source = clean_markdown(text) if cell.cell_type == "markdown" else shown_as_text(text)
        if cut:
            self.log.warning("This notebook holds text too long to show in full: it is cut, and the graded notebook "
                             "says so where.")
        return nb, resources


class CleanOutputs(NbGraderPreprocessor):
    """After grading: every output keeps only the kinds a page may show, its HTML and Markdown cleaned.

    A picture is shown from its PNG or JPEG data; HTML beside it (a chart's ``<img>`` with a data: address, which
    cleaning would leave empty) goes, so the page falls back to the picture.
    """

    def preprocess_cell(self, cell, resources, cell_index):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            pictured = "image/png" in data or "image/jpeg" in data
            for kind in [kind for kind in data if kind not in SHOWN_OUTPUTS or (pictured and kind == "text/html")]:
                del data[kind]
            if "text/html" in data:
                data["text/html"] = clean_html(_text(data["text/html"]))
            if "text/markdown" in data:
                data["text/markdown"] = clean_markdown(_text(data["text/markdown"]))
        return cell, resources


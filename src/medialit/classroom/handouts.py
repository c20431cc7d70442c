"""Printable handouts: each lesson as its students get it, without the parts that only work on screen.

A handout keeps the lesson's text, the numbered article (the output of the
lesson's locked set-up cell, which is run for this) and the answer cells with
their placeholders, where students write on paper. It drops the tagging tool,
check() calls and test cells, and all prompts. HTML always; PDF through
Debian's Chromium where it is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter
from traitlets.config import Config

from .course import COURSE_ROOT

CHROMIUM = "/usr/bin/chromium"

#: The lab theme's comment colour (#408080 on #f5f5f5, 4.2:1) fails WCAG AA, and the
#: comments in answer cells tell students what to write: darken them to about 7:1.
#: Links to sources are underlined, so colour is never the only sign of a link.
HANDOUT_CSS = ("<style>.highlight .c, .highlight .c1, .highlight .cm { color: #2f5f5f; }\n"
               ".jp-RenderedHTMLCommon a:link, .jp-RenderedHTMLCommon a:visited { text-decoration: underline; }</style>\n")

#: Paper cannot be clicked: every disclosure (the outlets' full texts and sources) is printed open.
_CLOSED_DISCLOSURE = re.compile(r"<details(?![^>]*\bopen\b)")


def _role(cell) -> str:
    grading = cell.metadata.get("nbgrader", {})
    if cell.cell_type != "code":
        return "text"
    if grading.get("solution"):
        return "answer"
    if grading.get("locked") and not grading.get("grade"):
        return "setup"
    return "screen-only"


def handout_notebook(release: Path) -> nbformat.NotebookNode:
    """The release notebook with its set-up cells run and each cell tagged for what the handout shows."""
    nb = nbformat.read(release, as_version=4)
    client = NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(release.parent)}})
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            if _role(cell) == "setup":
                client.execute_cell(cell, index)
    for cell in nb.cells:
        tags = {"setup": ["remove_input"], "screen-only": ["remove_cell"]}.get(_role(cell), [])
        cell.metadata["tags"] = tags
    return nb


def export_html(release: Path, out_dir: Path) -> Path:
    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = {"remove_cell"}
    config.TagRemovePreprocessor.remove_input_tags = {"remove_input"}
    config.HTMLExporter.exclude_input_prompt = True
    config.HTMLExporter.exclude_output_prompt = True
    exporter = HTMLExporter(config=config, template_name="lab")
    body, _ = exporter.from_notebook_node(handout_notebook(release), resources={"metadata": {"name": release.stem}})
    out_dir.mkdir(parents=True, exist_ok=True)
    page = out_dir / f"{release.stem}.html"
    body = body.replace("<html>", '<html lang="en">', 1).replace("</head>", HANDOUT_CSS + "</head>", 1)
    body = _CLOSED_DISCLOSURE.sub("<details open", body)
    page.write_text(body, encoding="utf-8")
    return page


def export_pdf(page: Path) -> Path | None:
    """Print the HTML page to PDF with Chromium, if this machine has it; None otherwise."""
    if not Path(CHROMIUM).is_file() and not shutil.which("chromium"):
        return None
    pdf = page.with_suffix(".pdf")
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.resolve().as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    return pdf


def export_all(out_dir: Path, lessons_dir: Path = COURSE_ROOT / "lessons", pdf: bool = True) -> list[Path]:
    written = []
    for release in sorted(lessons_dir.glob("*/*.ipynb")):
        page = export_html(release, out_dir)
        written.append(page)
        if pdf and (printed := export_pdf(page)):
            written.append(printed)
    return written

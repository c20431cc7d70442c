"""Lesson 04's results lists, from one file (data/search-results.json): in the notebook, and as a page that works offline.

Lateral reading starts with a choice: which result to open first. Students see
each results list before they click (click restraint), so the lists are written
into the lesson's markdown cells, where they read them; a student with no
network opens the same lists as a static page shipped in the lesson folder
(search-results.html): plain HTML, no script, no fetched font or style, every
link to the real address and the address shown as text. The course build
(``python -m medialit.classroom.course``) writes both, so they cannot disagree.

Student side as data, teacher side as a build step: the page is made here, and
only the page and the notebook reach the student.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import nbformat

RESULTS = Path(__file__).parent / "data" / "search-results.json"
LESSON = "04-leave-the-page"
PAGE_NAME = "search-results.html"

_STYLE = """body{font-family:system-ui,sans-serif;max-width:46rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a;background:#fff}
ol{list-style:none;padding:0}li{margin:0 0 1.2rem}h3{font-size:1.05rem;margin:0}a{color:#0645ad}a:focus{outline:3px solid #1a1a1a;outline-offset:2px}
.address{font-family:monospace;color:#2d6a2d;margin:0;overflow-wrap:anywhere}.snippet{margin:.2rem 0 0}"""


def tasks() -> list[dict]:
    return json.loads(RESULTS.read_text(encoding="utf-8"))["tasks"]


def results_markdown(task: dict) -> str:
    """One task's results list as the notebook shows it: letter, linked title, our snippet, and the address."""
    lines = [f"**{task['heading']}.** {task['question']}", ""]
    for result in task["results"]:
        lines.append(f"- **{result['letter']}.** [{result['title']}]({result['url']}). {result['snippet']}  \n"
                     f"  `{result['url']}`")
    return "\n".join(lines)


def _result_html(result: dict) -> str:
    url = html.escape(result["url"])
    return (f'<li><h3>{result["letter"]}. <a href="{url}">{html.escape(result["title"])}'
            f'</a></h3>\n<p class="address">{url}</p>\n<p class="snippet">{html.escape(result["snippet"])}</p></li>')


def results_page() -> str:
    """The offline page: every task's list, each a labelled region, in reading (and Tab) order."""
    sections = []
    for number, task in enumerate(tasks(), start=1):
        items = "\n".join(_result_html(result) for result in task["results"])
        sections.append(f'<section aria-labelledby="task-{number}">\n<h2 id="task-{number}">{html.escape(task["heading"])}'
                        f'</h2>\n<p>{html.escape(task["question"])}</p>\n<ol type="A">\n{items}\n</ol>\n</section>')
    body = "\n".join(sections)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lesson 4: results lists</title>
<style>{_STYLE}</style>
</head>
<body>
<main>
<h1>Lesson 4: results lists</h1>
<p>Read the whole list before you click. Choose the result you would open first, then open it. Each link goes to the real page, so you need the internet to open it; the address is written under each title.</p>
{body}
</main>
</body>
</html>
"""


def is_results_cell(cell) -> bool:
    return cell.cell_type == "markdown" and "results" in cell.metadata.get("medialit", {})


def put_results(notebook_path: Path) -> bool:
    """Make each results cell (cell metadata ``{"medialit": {"results": TASK}}``) what the data gives."""
    notebook = nbformat.read(notebook_path, as_version=4)
    by_id = {task["id"]: task for task in tasks()}
    changed = False
    for cell in notebook.cells:
        if is_results_cell(cell):
            wanted = results_markdown(by_id[cell.metadata["medialit"]["results"]])
            changed |= cell.source != wanted
            cell.source = wanted
    if changed:
        nbformat.write(notebook, notebook_path)
    return changed


def main(solutions: Path) -> None:
    folder = solutions / LESSON
    page = folder / PAGE_NAME
    if not page.is_file() or page.read_text(encoding="utf-8") != results_page():
        page.write_text(results_page(), encoding="utf-8")
        print(f"wrote {page}")
    if put_results(next(folder.glob("*.ipynb"))):
        print(f"wrote the results lists into {folder}")


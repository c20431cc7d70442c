"""The words the lessons use, from one file (data/glossary.json), written into every lesson as one collapsible cell.

A student meets "vouch", "teller" or "lower limit" in several lessons; the
definitions live in one place so they never drift apart, and the course build
(``python -m medialit.classroom.course``) puts the same cell, right after each lesson's
opening cell, into every lesson 00-06 in solutions/. ``<details>``/``<summary>``
opens with a click or the keyboard, and JupyterLab's sanitizer keeps both tags.

Numbering, the rule stated in the "S-numbers" entry: S<n> is sentence n of the
text on screen, whichever text; a figure or a claim is named by its sentence,
with a letter (S2a, S2b) when one sentence holds several. No other ids (F1, C1, W1).
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
from nbformat.v4 import new_markdown_cell

GLOSSARY = Path(__file__).parent / "data" / "glossary.json"
SUMMARY = "Words we use (click to open)"
CELL_ID = "glossary"


def terms() -> list[dict]:
    return json.loads(GLOSSARY.read_text(encoding="utf-8"))["terms"]


def glossary_markdown() -> str:
    """The glossary cell's source: a closed ``<details>`` block with one list item per term."""
    items = "\n".join(f"- **{entry['term']}**: {entry['definition']}" for entry in terms())
    return f"<details><summary>{SUMMARY}</summary>\n\n{items}\n\n</details>"


def is_glossary(cell) -> bool:
    return bool(cell.metadata.get("medialit", {}).get("glossary"))


def gets_glossary(notebook) -> bool:
    """Lessons 00-06 get the glossary; the skill checks, which test the words, do not."""
    return "skill_check" not in notebook.metadata.get("medialit", {})


def glossary_cell():
    """The glossary as a notebook cell, marked as the glossary so that the course build finds and updates it."""
    cell = new_markdown_cell(glossary_markdown(), metadata={"medialit": {"glossary": True}})
    cell.id = CELL_ID
    return cell


def put_glossary(path: Path) -> bool:
    """Make the notebook's glossary cell (its second cell) what the data gives; return whether the file changed."""
    notebook = nbformat.read(path, as_version=4)
    if not gets_glossary(notebook):
        return False
    cells = [cell for cell in notebook.cells if not is_glossary(cell)]
    cell = glossary_cell()
    updated = cells[:1] + [cell] + cells[1:]
    if updated == notebook.cells:
        return False
    notebook.cells = updated
    nbformat.write(notebook, path)
    return True


def main(solutions: Path) -> None:
    for path in sorted(solutions.glob("*/*.ipynb")):
        if put_glossary(path):
            print(f"wrote the glossary into {path}")

"""Teacher cards: for each lesson, at most two printed A4 pages with what a teacher needs in class.

A card is made from the lesson's page in docs/teach/ (the same Markdown the documentation site is built from),
so the card and the site cannot disagree: it keeps the page's objectives, timing, what to say at the start,
likely misconceptions and discussion prompts as they are, and the key (the *The key, item by item* entry of
*The lesson in detail*), laid out in two columns. Where the key with its full reasons would take a card past
two pages, the card gives each key item its first sentence only (its one-line reason) and points to the page.
HTML always; PDF through Debian's Chromium where it is installed, as the handouts are printed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from .course import COURSE_ROOT
from .handouts import export_pdf

DOCS = COURSE_ROOT / "docs"
#: The page's sections a card keeps, in the card's order; the key is found inside *The lesson in detail*.
PARTS = ("Objectives", "Timing", "What to say at the start", "Key answers", "Likely misconceptions",
         "Discussion prompts")
DETAIL = "The lesson in detail"
MAX_PAGES = 2
#: The entry of *The lesson in detail* that holds the key, as the pages write it.
_KEY_ENTRY = re.compile(r"^\*\*(the )?key, item by item\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z\"“‘(`])")
_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")

CARD_CSS = """
@page { size: A4; margin: 10mm 11mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9pt; line-height: 1.22;
       color: #111; margin: 0; }
h1 { font-size: 12pt; margin: 0 0 1mm; }
.source { font-size: 7.6pt; color: #333; margin: 0 0 2mm; }
.columns { column-count: 2; column-gap: 6mm; }
section h2 { font-size: 9.6pt; margin: 1.6mm 0 0.6mm; border-bottom: 0.4pt solid #555; break-after: avoid; }
p, ul, ol, blockquote { margin: 0.5mm 0; }
ul, ol { padding-left: 4mm; }
li { margin: 0.2mm 0; }
blockquote { margin-left: 0; padding-left: 2mm; border-left: 1.5pt solid #777; font-style: italic; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 92%; }
a { color: inherit; }
"""


class CardProblem(RuntimeError):
    """A lesson page that lacks a part a card needs, said in one sentence."""


@dataclass
class LessonPage:
    """A lesson's page in docs/teach/, read for its card: the title and the six parts, each as Markdown."""

    path: Path
    title: str
    parts: dict[str, str]
    key_items: list[SyntaxTreeNode]


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def _sections(tree: SyntaxTreeNode, lines: list[str]) -> tuple[str, dict[str, str]]:
    """The page's title (its first-level heading) and each second-level section's Markdown, by heading."""
    title, sections, current = "", {}, None
    for node in tree.children:
        if node.type == "heading" and node.tag == "h1":
            title = node.children[0].content
        elif node.type == "heading" and node.tag == "h2":
            current = node.children[0].content
            sections[current] = []
        elif current is not None and node.map:
            sections[current].append(node)
    return title, {name: "\n".join(lines[nodes[0].map[0]:nodes[-1].map[1]]) if nodes else ""
                   for name, nodes in sections.items()}


def _key_items(detail: str) -> list[SyntaxTreeNode]:
    """The items of *The key, item by item*: one per exercise, each with its own list of answers and reasons."""
    tree = SyntaxTreeNode(_parser().parse(detail))
    for entry in (item for lst in tree.children if lst.type == "bullet_list" for item in lst.children):
        if entry.children and _KEY_ENTRY.match(_inline(entry.children[0])):
            lists = [child for child in entry.children if child.type in ("bullet_list", "ordered_list")]
            return [item for lst in lists for item in lst.children]
    return []


def _inline(node: SyntaxTreeNode) -> str:
    """The Markdown source of a paragraph's text (one line, however the page wraps it)."""
    return " ".join(node.children[0].content.split()) if node.children else ""


def read_lesson_page(path: Path) -> LessonPage:
    text = path.read_text(encoding="utf-8")
    tree = SyntaxTreeNode(_parser().parse(text))
    title, sections = _sections(tree, text.splitlines())
    page_parts = {name: sections.get(name) for name in PARTS if name != "Key answers"}
    missing = [name for name, body in page_parts.items() if not body] + ([] if sections.get(DETAIL) else [DETAIL])
    key_items = _key_items(sections.get(DETAIL, ""))
    if not key_items:
        missing.append("The key, item by item (in The lesson in detail)")
    if missing:
        raise CardProblem(f"{path} lacks {', '.join(missing)}: a teacher card is made from these parts of the page.")
    return LessonPage(path, title, page_parts, key_items)


def first_sentence(text: str) -> str:
    return _SENTENCE_END.split(text, maxsplit=1)[0]


def key_markdown(items: list[SyntaxTreeNode], one_line: bool, depth: int = 0) -> str:
    """The key as a Markdown list: each item and sub-item with its reason in full, or with its first sentence."""
    lines = []
    for item in items:
        paragraphs = [child for child in item.children if child.type == "paragraph"]
        said = " ".join(_inline(paragraph) for paragraph in paragraphs)
        lines.append("  " * depth + "- " + (first_sentence(said) if one_line else said))
        for lst in (child for child in item.children if child.type in ("bullet_list", "ordered_list")):
            lines.append(key_markdown(lst.children, one_line, depth + 1))
    return "\n".join(lines)


def card_html(page: LessonPage, one_line_key: bool) -> str:
    render = _parser().render
    where = f"docs/teach/{page.path.name}"
    key_note = (f"<p><em>Each key item with its first sentence only: the reasons in full are on the lesson's page, "
                f"{where}, under The lesson in detail.</em></p>" if one_line_key else "")
    bodies = {**page.parts, "Key answers": key_markdown(page.key_items, one_line_key)}
    sections = "\n".join(
        f'<section class="part" data-part="{html.escape(name)}"><h2>{html.escape(name)}</h2>'
        f'{key_note if name == "Key answers" else ""}{render(bodies[name])}</section>' for name in PARTS)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Teacher card: '
            f'{html.escape(page.title)}</title><style>{CARD_CSS}</style></head><body>\n'
            f"<h1>{html.escape(page.title)}</h1>\n"
            f'<p class="source">Teacher card, made from {where} (the same page as the documentation site).</p>\n'
            f'<div class="columns">\n{sections}\n</div></body></html>\n')


def pdf_pages(pdf: Path) -> int:
    """How many pages Chromium printed (its PDFs keep each page object uncompressed)."""
    return len(_PDF_PAGE.findall(pdf.read_bytes()))


def write_card(path: Path, out_dir: Path, pdf: bool = True) -> list[Path]:
    """The card's HTML and, where Chromium is installed, its PDF, with a one-line key if the full one is too long."""
    page = read_lesson_page(path)
    out_dir.mkdir(parents=True, exist_ok=True)
    card = out_dir / f"{path.stem}.html"
    card.write_text(card_html(page, one_line_key=False), encoding="utf-8")
    printed = export_pdf(card) if pdf else None
    if printed and pdf_pages(printed) > MAX_PAGES:
        card.write_text(card_html(page, one_line_key=True), encoding="utf-8")
        printed = export_pdf(card)
    return [card, printed] if printed else [card]


def write_all(out_dir: Path, docs: Path | None = None, pdf: bool = True) -> list[Path]:
    docs = docs or DOCS
    pages = sorted((docs / "teach").glob("lesson-*.md"))
    if not pages:
        raise CardProblem(f"No lesson pages in {docs / 'teach'}: the cards are made from them, in a checkout of "
                          "the repository (make cards).")
    return [written for path in pages for written in write_card(path, out_dir, pdf)]

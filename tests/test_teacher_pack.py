"""The teacher pack: the teacher's pages as a site built strict, and a printed card of two pages at most per lesson.

The site is built once (``mkdocs build --strict``, as `make docs` does) and the cards once (``medialit cards``,
as `make cards` does), each into a temporary folder; screenshots of a card and of the site's lesson-01 page go
to test-artifacts/teacher-pack/.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from pypdf import PdfReader

from conftest import visible_text
from medialit.classroom.cli import main
from medialit.classroom.course import COURSE_ROOT
from medialit.classroom.teacher_cards import PARTS, pdf_pages, write_card

DOCS = COURSE_ROOT / "docs"
LESSON_PAGES = sorted((DOCS / "teach").glob("lesson-*.md"))
ARTIFACTS = COURSE_ROOT / "test-artifacts" / "teacher-pack"
A4_POINTS = (595, 842)


def build_site(config: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(out)],
                          capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("site-docs")
    return build_site(COURSE_ROOT / "mkdocs.yml", out), out


@pytest.fixture(scope="module")
def cards(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cards")
    assert main(["cards", "--out", str(out)]) == 0
    return out


def test_the_site_builds_strict_with_no_warning(site):
    built, out = site
    assert built.returncode == 0, built.stdout + built.stderr
    assert "WARNING" not in built.stdout + built.stderr
    for page in DOCS.rglob("*.md"):
        assert (out / page.relative_to(DOCS)).with_suffix(".html").is_file(), page


def test_a_broken_anchor_fails_the_strict_build(tmp_path):
    """The check is real: one link to a heading that does not exist, and the build fails, naming it."""
    shutil.copytree(DOCS, tmp_path / "docs")
    with (tmp_path / "docs" / "index.md").open("a") as index:
        index.write("\nSee [grading](setup/nbgrader.md#no-such-section).\n")
    config = (COURSE_ROOT / "mkdocs.yml").read_text()
    (tmp_path / "mkdocs.yml").write_text(config)
    built = build_site(tmp_path / "mkdocs.yml", tmp_path / "out")
    assert built.returncode != 0 and "no-such-section" in built.stdout + built.stderr


def test_the_site_has_teach_and_set_up_and_grade_search_and_nothing_fetched_from_the_internet(site):
    _, out = site
    home = (out / "index.html").read_text()
    assert re.search(r">\s*Teach\s*<", home) and re.search(r">\s*Set up and grade\s*<", home)
    assert (out / "search" / "search_index.json").is_file() and 'name="query"' in home
    for page in out.rglob("*.html"):
        assert not re.search(r'<(script|link|img)[^>]*(src|href)="(https?:)?//', page.read_text()), page


def test_every_lesson_gets_a_card_as_html_and_pdf(cards):
    assert sorted(p.name for p in cards.iterdir()) == sorted(f"{p.stem}.{ext}" for p in LESSON_PAGES
                                                             for ext in ("html", "pdf"))


@pytest.mark.parametrize("page", LESSON_PAGES, ids=lambda p: p.stem)
def test_every_card_is_at_most_two_a4_pages(cards, page):
    pdf = cards / f"{page.stem}.pdf"
    printed = PdfReader(pdf).pages
    print(f"{page.stem}: {len(printed)} page(s)")
    assert 1 <= len(printed) <= 2 and len(printed) == pdf_pages(pdf)
    assert all(tuple(round(float(v)) for v in p.mediabox[2:]) == A4_POINTS for p in printed)


def page_sections(page: Path) -> dict[str, str]:
    """The page's second-level sections, by heading, split on the headings' own lines."""
    parts = re.split(r"^## (.+)$", page.read_text(), flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2]))


def card_parts(card: Path) -> dict[str, str]:
    html = card.read_text()
    return {name: body for name, body in re.findall(r'<section class="part" data-part="([^"]+)">(.*?)</section>',
                                                     html, re.DOTALL)}


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("page", LESSON_PAGES, ids=lambda p: p.stem)
def test_every_card_holds_its_six_parts_as_its_page_says_them(cards, page):
    held = card_parts(cards / f"{page.stem}.html")
    assert list(held) == list(PARTS)
    sections = page_sections(page)
    for name in PARTS:
        assert words(visible_text(held[name])).removeprefix(name).strip(), name
        if name != "Key answers":
            said = words(visible_text(MarkdownIt("commonmark").render(sections[name])))
            assert said and said in words(visible_text(held[name])), name


def page_key(page: Path) -> list[tuple[str, int]]:
    """The page's key items (the entries under *The key, item by item*): each one's opening words and how many
    answers it lists under it."""
    lines = page_sections(page)["The lesson in detail"].splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(r"- \*\*(The key|Key), item by item", line))
    items: list[list] = []
    for line in lines[start + 1:]:
        if not line.startswith("  "):
            break
        if line.startswith("  - "):
            items.append([re.sub(r"[`*]", "", line[4:])[:25], 0])
        elif line.startswith("    - "):
            items[-1][1] += 1
    return [(opening, count) for opening, count in items]


def card_key(card: Path) -> list[tuple[str, int]]:
    key = card_parts(card)["Key answers"]
    top = key[key.index("<ul>") + 4:key.rindex("</ul>")]
    items, depth, current = [], 0, ""
    for tag, closing, name, text in re.findall(r"(<(/?)(ul|li)>)|([^<]+|<[^>]+>)", top):
        if name == "ul":
            depth += -1 if closing else 1
        elif name == "li" and not closing and depth == 0:
            items.append(["", 0])
        elif name == "li" and not closing and depth == 1:
            items[-1][1] += 1
        elif text and depth == 0 and items and not text.startswith("<"):
            items[-1][0] += text
    return [(visible_text(opening).strip()[:25], count) for opening, count in items]


@pytest.mark.parametrize("page", LESSON_PAGES, ids=lambda p: p.stem)
def test_the_cards_key_answers_are_the_pages_items(cards, page):
    on_page = page_key(page)
    assert on_page and card_key(cards / f"{page.stem}.html") == on_page


def test_a_key_too_long_for_two_pages_keeps_each_items_first_sentence_and_points_to_the_page(tmp_path):
    page = LESSON_PAGES[1]
    padding = " It is said again here, at length, so that the reasons cannot fit on two printed pages." * 6
    long_key = re.sub(r"^(    - .*)$", lambda m: m.group(1) + padding, page.read_text(), flags=re.MULTILINE)
    (tmp_path / page.name).write_text(long_key)
    card, pdf = write_card(tmp_path / page.name, tmp_path / "out")
    assert len(PdfReader(pdf).pages) <= 2
    text = words(visible_text(card.read_text()))
    assert "first sentence only" in text and f"docs/teach/{page.name}" in text
    assert "It is said again here" not in text and card_key(card) == page_key(tmp_path / page.name)


def test_a_page_without_a_part_is_named_in_one_sentence(tmp_path, capsys):
    teach = tmp_path / "docs" / "teach"
    teach.mkdir(parents=True)
    text = LESSON_PAGES[0].read_text()
    (teach / "lesson-00.md").write_text(re.sub(r"^## Timing$", "## When", text, flags=re.MULTILINE))
    assert main(["cards", "--docs", str(tmp_path / "docs"), "--out", str(tmp_path / "out"), "--no-pdf"]) == 2
    said = capsys.readouterr().err.strip()
    assert said.endswith("lacks Timing: a teacher card is made from these parts of the page.") and "\n" not in said


def test_screenshots_of_a_card_and_of_the_sites_lesson_page(browser, cards, site):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto((cards / "lesson-01.html").as_uri())
    page.emulate_media(media="print")
    assert page.locator("h2").all_inner_texts() == list(PARTS)
    page.screenshot(path=ARTIFACTS / "card-lesson-01.png", full_page=True)
    page.emulate_media(media="screen")
    page.set_viewport_size({"width": 1400, "height": 900})  # wide enough for Material's side navigation
    page.goto((site[1] / "teach" / "lesson-01.html").as_uri())
    assert page.locator("article h1").inner_text().startswith("01. Who is speaking?")
    for part in ("Teach", "Set up and grade"):
        assert page.locator(".md-nav--primary").get_by_text(part, exact=True).first.is_visible(), part
    page.screenshot(path=ARTIFACTS / "site-lesson-01.png")
    page.close()
    assert (ARTIFACTS / "card-lesson-01.png").stat().st_size > 20_000
    assert (ARTIFACTS / "site-lesson-01.png").stat().st_size > 20_000


def test_the_sites_search_finds_the_lesson_pages_when_the_folder_is_served(browser, site):
    """Search is the site's own (no service outside): served from the folder, as `mkdocs serve` or any web server
    would, a word from lesson 1 finds lesson 1's page."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site[1]))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(f"http://127.0.0.1:{server.server_port}/index.html")
        page.locator(".md-search__input").click()
        page.keyboard.type("anonymity")
        page.wait_for_selector(".md-search-result__item a[href*='lesson-01']", timeout=15_000)
    finally:
        page.close()
        server.shutdown()


def test_cards_print_into_a_relative_folder_as_make_cards_asks(tmp_path, monkeypatch):
    """`make cards` runs `medialit cards`, whose folder, cards/, is relative to where it is typed."""
    (tmp_path / "docs" / "teach").mkdir(parents=True)
    shutil.copy(LESSON_PAGES[0], tmp_path / "docs" / "teach")
    monkeypatch.chdir(tmp_path)
    assert main(["cards", "--docs", "docs"]) == 0
    assert (tmp_path / "cards" / f"{LESSON_PAGES[0].stem}.pdf").read_bytes().startswith(b"%PDF")

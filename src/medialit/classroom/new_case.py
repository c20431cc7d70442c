"""``medialit new-case ARTICLE.txt --name NAME``: a teacher's own article joins the course, ready to be reviewed.

It copies the text byte for byte to ``source_texts/NAME.txt`` (the sentence
numbers students write rest on those very bytes), writes its metadata beside
it in the fields every other text has, drafts the review of its key
(:mod:`medialit.classroom.case_review`) and writes the review notebook the
teacher works through in JupyterLab (``reviews/NAME-review.ipynb``, outside
``solutions/``, which nbgrader reads).

Everything is checked before anything is written, and every refusal is one
sentence (:class:`CaseProblem`). Running it again on the same text keeps the
review in progress: a teacher's decisions are never drafted over.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from pathlib import Path

import nbformat

from ..analyzer.analyzer import AnalysisError, analyze
from ..content.article import Article, number_sentences, sentence_digest
from .case_review import ReviewProblem, draft_review, load_review, review_path, save_review
from .course import lesson_names

#: The fewest and the most sentences a case article may have, for one 45-minute lesson by the time model
#: (medialit.classroom.lesson_time). The lesson's core (medialit.classroom.case_lesson) tags every sentence (0.5
#: minutes each) and shows the article (about 20 words a sentence at 150 a minute: 0.13 each); the rest of the core
#: (its prose, the figures and framing exercises) came to 26 minutes for the 15-sentence test article, whose core is
#: 36 minutes. Ten sentences more add about 6.5 minutes and a few figures, so 25 sentences still fit the 45 minutes;
#: fewer than 8 leave too few sentences of each kind of source for the tagging to teach anything.
MIN_SENTENCES = 8
MAX_SENTENCES = 25
NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PROVENANCE = "added by the teacher with medialit new-case"


class CaseProblem(ValueError):
    """Why an article cannot become a case, in one sentence that says what to do."""


def text_path(course: Path, name: str) -> Path:
    return course / "source_texts" / f"{name}.txt"


def review_notebook_path(course: Path, name: str) -> Path:
    return course / "reviews" / f"{name}-review.ipynb"


def read_article(path: Path) -> tuple[bytes, str]:
    """The article's bytes and its text, or why it is not a UTF-8 text file."""
    if not path.is_file():
        raise CaseProblem(f"There is no file called {str(path)!r}: give the path of the article saved as plain text.")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CaseProblem(f"{path.name} is not UTF-8 text: save the article as plain text (.txt, UTF-8) and try "
                          "again.") from None
    if "\x00" in text:
        raise CaseProblem(f"{path.name} is not a text file (it may be a PDF or a Word file): save the article as "
                          "plain text (.txt) and try again.")
    return data, text


def check_name(course: Path, name: str, data: bytes) -> None:
    """A name students can type, taken by no other lesson or text (the same text again is welcome)."""
    if not NAME.fullmatch(name):
        raise CaseProblem(f"{name!r} cannot name a case: use lower-case letters, digits and hyphens, such as "
                          "valmora-flood.")
    existing = text_path(course, name)
    if existing.is_file() and existing.read_bytes() != data:
        raise CaseProblem(f"The course already has a different text called {name}: choose another --name.")
    if name in lesson_names(course) and not existing.is_file():
        raise CaseProblem(f"The course already has a lesson called {name}: choose another --name.")


def check_text(text: str) -> int:
    """The number of sentences, once the analyzer accepts the text and it fits one lesson."""
    try:
        analyze(text)
    except AnalysisError as problem:
        raise CaseProblem(str(problem)) from None
    _, paragraphs = number_sentences(text)
    count = sum(len(paragraph) for paragraph in paragraphs)
    if count == 0:
        raise CaseProblem("No sentences could be numbered in this text: save it with its sentences in paragraphs, "
                          "separated by blank lines.")
    if not MIN_SENTENCES <= count <= MAX_SENTENCES:
        instead = "choose a longer article" if count < MIN_SENTENCES else "use an excerpt"
        raise CaseProblem(f"This text has {count} sentences; one 45-minute lesson needs {MIN_SENTENCES} to "
                          f"{MAX_SENTENCES}: {instead}.")
    return count


def check_date(date: str | None) -> None:
    if date is not None:
        try:
            datetime.date.fromisoformat(date)
        except ValueError:
            raise CaseProblem(f"{date!r} is not a date written as YYYY-MM-DD, such as 2026-03-14.") from None


def metadata(name: str, data: bytes, text: str, title: str | None, outlet: str | None, url: str | None,
             date: str | None) -> dict:
    """The text's metadata, in the fields every text in source_texts/ has (tests/test_article.py checks them)."""
    bylines, paragraphs = number_sentences(text)
    headline = paragraphs[0][0].text
    fields = {
        "title": title or headline,
        "outlet": outlet or "Not given by the teacher",
        "owner": "Not given by the teacher",
        "url": url or "",
        "date": date or "",
        "constructed": False,
        "language": "en",
        "publication_period": date or "Not given by the teacher",
        "provenance": PROVENANCE,
    }
    article = Article(name, text, fields, " ".join(bylines), paragraphs)
    return {**fields, "file_sha256": hashlib.sha256(data).hexdigest(), "sentence_count": len(article),
            "sentence_digest": sentence_digest(article)}


def review_notebook(name: str) -> nbformat.NotebookNode:
    """The notebook the teacher reviews the draft in: what to do, in plain words, and the review board."""
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell(f"""\
# Review the key of {name}

Run the cell below (**Shift+Enter**). It shows the analyzer's draft for every sentence, every figure and every framing word of your article.
Nothing becomes part of the key until you have looked at it.

For each item: **accept** the draft, **change** it, or **reject** it. Add any other answer a careful reader could defend, and a one-line reason for each item you keep.
Add a figure or a framing word the analyzer missed. Your choices are saved in `reviews/{name}.review.json` as you go.

When nothing is waiting, build the lesson in a terminal: `.venv/bin/medialit new-case {name} --build`, then `make lessons`.""",
                                      id="what-to-do"),
        nbformat.v4.new_code_cell(f'from medialit.classroom.review_board import ReviewBoard\nReviewBoard("{name}")',
                                  id="review-board"),
    ], metadata={"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                 "language_info": {"name": "python"}})
    notebook.nbformat_minor = 5
    return notebook


def add_case(article: Path, name: str, course: Path, title: str | None = None, outlet: str | None = None,
             url: str | None = None, date: str | None = None) -> dict:
    """Add the article to the course and draft its review; returns what was written and whether a review was kept.

    Checks everything first, so a refusal writes nothing.
    """
    data, text = read_article(article)
    check_name(course, name, data)
    check_date(date)
    check_text(text)
    for folder in ("source_texts", "reviews"):
        (course / folder).mkdir(parents=True, exist_ok=True)
    kept = False
    try:
        load_review(review_path(course, name), text)
        kept = True
    except ReviewProblem:
        if review_path(course, name).is_file():  # a review that cannot be used is set aside, never drafted over
            review_path(course, name).replace(review_path(course, name).with_suffix(".json.old"))
    text_path(course, name).write_bytes(data)
    text_path(course, name).with_suffix(".json").write_text(
        json.dumps(metadata(name, data, text, title, outlet, url, date), indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8")
    if not kept:
        save_review(draft_review(name, text), review_path(course, name))
    notebook = review_notebook_path(course, name)
    if not notebook.is_file():
        nbformat.write(review_notebook(name), notebook)
    return {"text": text_path(course, name), "review": review_path(course, name), "notebook": notebook,
            "kept_review": kept}

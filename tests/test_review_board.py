"""The review board's kernel side, driven as the browser drives it: clicks and values, then the file on disk.

The keyboard, the mouse, the live region and axe are tested in real JupyterLab in test_review_board_browser.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import ipywidgets
import nbformat
import pytest

from medialit.classroom import case_review
from medialit.classroom.case_review import draft_review, empty_chain, save_review
from medialit.classroom.review_board import ReviewBoard

NAME = "library-cuts"
#: Written for this test, used by no lesson: sources of every kind, figures with and without a qualifier, framing
#: the analyzer finds ("savage"; "stunt", in Shah's quoted words) and framing it leaves to the teacher ("angry",
#: "years of neglect").
TEXT = """Library cuts spark angry protest

About 200 residents marched to the town hall on Saturday to oppose the closure of three branch libraries, organisers said.

The council says the closures will save at least £1.2 million a year.

Councillor Amir Shah, who leads the finance committee, called the protest "a stunt by a noisy minority".

A library worker who asked not to be named said staff had been told nothing.

Some say the branches are hardly used.

The savage cuts follow years of neglect.

Nearly 40 per cent of the town's children hold a library card.
"""


def make_course(folder: Path) -> Path:
    """A teacher's course as `medialit new-case` leaves it: the text, its drafted review, and the review notebook."""
    (folder / "source_texts").mkdir(parents=True)
    (folder / "source_texts" / f"{NAME}.txt").write_text(TEXT, encoding="utf-8")
    (folder / "reviews").mkdir()
    save_review(draft_review(NAME, TEXT), review_path(folder))
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        f'from medialit.classroom.review_board import ReviewBoard\nReviewBoard("{NAME}")')])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nbformat.write(notebook, folder / "reviews" / f"{NAME}-review.ipynb")
    return folder


def review_path(course: Path) -> Path:
    return case_review.review_path(course, NAME)


def on_disk(course: Path) -> dict:
    return json.loads(review_path(course).read_text(encoding="utf-8"))


@pytest.fixture
def course(tmp_path):
    return make_course(tmp_path / "course")


class RaisingShell:
    """In a kernel, ipywidgets catch what a click's callback raises and show its traceback under the cell; here it
    fails the test instead (outside a kernel they would only log it, where nobody sees it)."""

    @staticmethod
    def showtraceback():
        raise  # the callback's own exception, being handled


@pytest.fixture(autouse=True)
def callbacks_raise(monkeypatch):
    monkeypatch.setattr(ipywidgets.widgets.widget, "get_ipython", RaisingShell)


@pytest.fixture
def board(course, monkeypatch):
    monkeypatch.chdir(course / "reviews")  # the review notebook's kernel starts in reviews/
    return ReviewBoard(NAME)


def row(board, section: str, sentence: int, phrase: str | None = None):
    return next(r for r in board.rows[section] if r.item["sentence"] == sentence
                and (phrase is None or r.item.get("phrase") == phrase))


def test_it_finds_the_course_above_the_notebook_and_shows_every_item(board):
    assert [len(board.rows[s]) for s in ("sentences", "figures", "framing")] == [8, 4, 2]
    assert board.status.lines == ["14 of 14 items still to review."]
    savage = row(board, "framing", 7)
    assert "<mark><strong>[savage]</strong></mark> cuts" in savage.about.value  # brackets, bold: not colour alone
    assert "Draft: <strong>emotive language</strong>" in savage.about.value
    assert "Status: <strong>not reviewed yet</strong>" in savage.about.value
    assert savage.reason.value == "A strong word that pushes a feeling."
    assert row(board, "sentences", 5).label.value == ("unnamed",)


def test_accept_saves_the_draft_as_the_key_at_once(board, course):
    row(board, "figures", 3).accept.click()
    item = on_disk(course)["figures"][2]
    assert item["status"] == "accepted" and item["key"]["promise"] == "a lower limit"
    assert board.status.lines == ["13 of 14 items still to review.", "S3 'at least £1.2 million' accepted: saved."]
    assert "Status: <strong>accepted: the key is a lower limit</strong>" in row(board, "figures", 3).about.value


def test_a_change_with_other_answers_and_a_reason_is_saved_at_each_step(board, course):
    sentence = row(board, "sentences", 4)
    sentence.label.value = ("named", "none")
    assert on_disk(course)["sentences"][3]["key"]["kinds"] == ["named", "none"]
    assert on_disk(course)["sentences"][3]["status"] == "changed"
    sentence.also.value = "named"
    assert on_disk(course)["sentences"][3]["key"]["also"] == [["named"]]
    sentence.reason.value = "Shah is named; the quoted words are his."
    saved = on_disk(course)["sentences"][3]
    assert saved["reason"] == "Shah is named; the quoted words are his."
    assert saved["key"] == {"kinds": ["named", "none"], "also": [["named"]], "who": sentence.who.value}
    figure = row(board, "figures", 2, "About 200")
    figure.also.value = "a lower limit, an exact count"
    assert on_disk(course)["figures"][0]["key"]["also"] == ["a lower limit", "an exact count"]
    assert "also accepting a lower limit; an exact count" in figure.about.value


def test_reject_keeps_the_item_out_of_the_key_with_its_reason(board, course):
    headline = row(board, "sentences", 1)
    headline.reason.value = "A headline: left out of the tagging."
    assert on_disk(course)["sentences"][0]["status"] == "unreviewed"  # the reason is kept, nothing decided
    headline.reject.click()
    assert on_disk(course)["sentences"][0] == {**on_disk(course)["sentences"][0], "status": "rejected", "key": None,
                                               "reason": "A headline: left out of the tagging."}


def test_a_phrase_the_analyzer_missed_is_added_in_text_order(board, course):
    form = board.form
    form.section.value = "framing"
    form.sentence.value = 7
    form.phrase.value = "years of neglect"
    form.label.value = "opinion as fact"
    form.also.value = "emotive language"
    form.reason.value = "A judgement in the outlet's own voice."
    form.button.click()
    added = on_disk(course)["framing"][2]
    assert added["phrase"] == "years of neglect" and added["status"] == "added"
    assert added["key"] == {"technique": "opinion as fact", "also": ["emotive language"], "whose": "the outlet"}
    assert [r.item.get("phrase") for r in board.rows["framing"]] == ["stunt", "savage", "years of neglect"]
    assert board.parts["framing"].children[2] is board.rows["framing"][2].box
    assert form.phrase.value == "" and "added to framing: saved" in form.said.value
    form.sentence.value, form.phrase.value = 1, "angry"
    form.reason.value = "An emotive word in the headline."
    form.button.click()
    assert [r.item.get("phrase") for r in board.rows["framing"]] == ["angry", "stunt", "savage", "years of neglect"]
    assert [r.index for r in board.rows["framing"]] == [0, 1, 2, 3]
    row(board, "framing", 7, "savage").reject.click()  # its row knows its new place
    assert [i["status"] for i in on_disk(course)["framing"]] == ["added", "unreviewed", "rejected", "added"]
    angry = row(board, "framing", 1, "angry")
    angry.reject.click()  # an added item rejected: no key and no draft left to show, its controls as they were
    assert on_disk(course)["framing"][0]["status"] == "rejected"
    assert "Status: <strong>rejected: left out of the key</strong>" in angry.about.value
    assert angry.label.value == "opinion as fact" and angry.accept.disabled  # nothing drafted to accept


def test_a_phrase_not_in_its_sentence_is_refused_in_one_sentence_and_nothing_is_lost(board, course):
    before = review_path(course).read_bytes()
    form = board.form
    form.section.value, form.sentence.value = "framing", 6
    form.phrase.value = "years of neglect"
    form.reason.value = "A judgement."
    form.button.click()
    assert review_path(course).read_bytes() == before
    assert board.status.lines[-1] == "S6 does not hold the words 'years of neglect'."
    assert form.said.value == "S6 does not hold the words &#x27;years of neglect&#x27;."
    assert form.phrase.value == "years of neglect" and form.reason.value == "A judgement."  # there to put right
    row(board, "figures", 8).also.value = "a guess"
    assert review_path(course).read_bytes() == before
    assert board.status.lines[-1].startswith("'a guess' is not one of the labels here: an exact count, ")
    assert row(board, "figures", 8).also.value == "a guess"


def test_the_progress_line_counts_down_to_the_build_command(board, course):
    for section in ("sentences", "figures", "framing"):
        for item_row in board.rows[section][:-1]:
            item_row.accept.click()
    assert board.status.lines[0] == "3 of 14 items still to review."
    row(board, "framing", 7).reason.value = ""
    row(board, "framing", 7).accept.click()
    assert board.status.lines[0] == "2 of 14 items still to review; 1 key item needs a one-line reason."
    for section in ("sentences", "figures"):
        board.rows[section][-1].reject.click()
    row(board, "framing", 7).reason.value = "A strong word in the outlet's voice."
    assert board.status.lines[0] == f"Ready to build: run medialit new-case {NAME} --build"


def test_a_review_that_cannot_be_read_is_one_sentence_in_the_board(course, tmp_path, monkeypatch):
    (course / "source_texts" / f"{NAME}.txt").write_text(TEXT + "One more sentence.\n", encoding="utf-8")
    assert ReviewBoard(NAME, course=course).status.lines == [
        f"The article changed after {NAME}.review.json was drafted: review it again (run medialit new-case on it "
        "again)."]
    monkeypatch.chdir(tmp_path)
    assert ReviewBoard(NAME).status.lines[0].startswith(f"No folder above {tmp_path} holds source_texts/")


def test_a_review_that_cannot_be_saved_says_so_and_keeps_the_board_as_it_was(board, course):
    review_path(course).unlink()
    review_path(course).mkdir()  # a folder where the file was: no one, root included, can write the file there
    row(board, "figures", 3).accept.click()
    assert board.status.lines[-1].startswith(f"The review could not be saved to {review_path(course)}")
    assert row(board, "figures", 3).item["status"] == "unreviewed"
    assert sorted(p.name for p in review_path(course).parent.iterdir()) == [f"{NAME}-review.ipynb",
                                                                          f"{NAME}.review.json"]


def test_the_chain_is_saved_once_it_has_two_tellers_and_cleared_when_they_are_emptied(board, course):
    chain = board.chain
    chain.sentence.value = "5"
    assert on_disk(course)["chain"] == empty_chain()  # a sentence alone is not a chain: kept in its box, not saved
    chain.tellers.value = "Library staff > A library worker >  the outlet "
    assert on_disk(course)["chain"] == {"sentence": 5, "tellers": ["Library staff", "A library worker", "the outlet"],
                                        "reason": ""}
    assert board.status.lines == ["14 of 14 items still to review; the chain needs a one-line reason.",
                                  "The chain: saved."]
    assert "Library staff &gt; A library worker &gt; the outlet" in chain.about.value
    assert "it needs a one-line reason" in chain.about.value
    chain.reason.value = "Staff were told; the worker told the outlet, which prints it."
    assert on_disk(course)["chain"]["reason"] == "Staff were told; the worker told the outlet, which prints it."
    assert board.status.lines[0] == "14 of 14 items still to review."
    again = ReviewBoard(NAME)  # the notebook run again shows the chain as saved
    assert (again.chain.sentence.value, again.chain.tellers.value, again.chain.reason.value) == (
        "5", "Library staff > A library worker > the outlet", chain.reason.value)
    chain.tellers.value = ""
    assert on_disk(course)["chain"] == empty_chain()
    assert board.status.lines[-1] == "The chain cleared: saved."
    assert "no chain" in chain.about.value


def test_a_chain_that_cannot_be_saved_is_one_sentence_in_the_status_line_and_nothing_is_lost(board, course):
    before = review_path(course).read_bytes()
    chain = board.chain
    chain.reason.value = "The worker told the outlet."
    chain.tellers.value = "A library worker > the outlet"
    chain.sentence.value = "99"  # the typed sentence is checked once the tellers are there
    assert board.status.lines[-1] == "The article has sentences S1 to S8, not S99."
    assert review_path(course).read_bytes() == before
    chain.sentence.value = "five"
    assert board.status.lines[-1] == "Type the chain's sentence number as a number, such as 4."
    chain.sentence.value = "S5"
    saved = on_disk(course)["chain"]
    assert saved == {"sentence": 5, "tellers": ["A library worker", "the outlet"],
                     "reason": "The worker told the outlet."}
    before = review_path(course).read_bytes()
    chain.tellers.value = "A library worker"
    assert board.status.lines[-1] == "A chain needs two tellers or more, each named once, first teller first."
    assert review_path(course).read_bytes() == before and chain.tellers.value == "A library worker"

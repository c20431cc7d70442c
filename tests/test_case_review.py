"""The review file of a teacher's own case article: drafted by the analyzer, nothing a key until looked at."""

from __future__ import annotations

import json

import pytest

from medialit.classroom.case_review import (
    OUTLET, ReviewProblem, accept, add, change, draft_review, key_items, load_review, reject, save_review, set_reason,
    waiting)

#: Written for this test: a short local report with a named, an unnamed and no source, figures and a loaded label.
TEXT = """Council approves new harbour wall

The town council voted 7-2 on Monday to build a new harbour wall, Mayor Rosa Kent said.

The wall will cost at least £4 million, according to a council report.

An engineer who asked not to be named said the old wall could fail within five years.

Critics called the plan a reckless vanity project.

Hundreds of boats use the harbour every summer.
"""


@pytest.fixture
def review():
    return draft_review("harbour-wall", TEXT)


def test_the_draft_has_every_sentence_and_nothing_is_a_key_yet(review):
    assert [item["sentence"] for item in review["sentences"]] == [1, 2, 3, 4, 5, 6]
    assert review["sentences"][0]["draft"]["kinds"] == ["none"]
    assert review["sentences"][1]["draft"]["kinds"] == ["named"]
    assert review["sentences"][3]["draft"]["kinds"] == ["unnamed"]
    items = [item for section in ("sentences", "figures", "framing") for item in review[section]]
    assert all(item["status"] == "unreviewed" and item["key"] is None and item["reason"] for item in items)
    assert len(waiting(review)) == len(items)
    assert not key_items(review, "sentences")


def test_figures_are_drafted_with_what_their_words_promise_and_who_vouches(review):
    figures = {item["phrase"]: item["draft"] for item in review["figures"]}
    assert figures["at least £4 million"]["promise"] == "a lower limit"
    assert figures["at least £4 million"]["who"] != "nobody"
    assert figures["Hundreds"]["promise"] == "a range"
    assert figures["Hundreds"]["who"] == "nobody"


def test_accepting_changing_and_rejecting_decide_the_key(review):
    accept(review, "sentences", 1)
    change(review, "sentences", 2, ["named"], also=[["named", "none"]], reason="The council report is named.")
    reject(review, "sentences", 0, reason="A headline: left out of the tagging.")
    keys = key_items(review, "sentences")
    assert [(item["sentence"], item["status"]) for item in keys] == [(2, "accepted"), (3, "changed")]
    assert keys[1]["key"] == {"kinds": ["named"], "also": [["named", "none"]], "who": keys[1]["draft"]["who"]}
    assert keys[1]["reason"] == "The council report is named."
    assert "sentences: S1 has not been reviewed" not in waiting(review)


def test_a_phrase_the_analyzer_missed_can_be_added_only_from_its_sentence(review):
    item = add(review, "framing", 5, "vanity project", "loaded label", also=["emotive language"],
               who="critics", reason="A label the critics use.")
    assert item["status"] == "added" and item["key"]["whose"] == "critics"
    assert item in key_items(review, "framing")
    with pytest.raises(ReviewProblem, match="S4 does not hold"):
        add(review, "framing", 4, "vanity project", "loaded label", reason="x")


def test_a_label_outside_the_vocabulary_is_refused_in_one_sentence(review):
    with pytest.raises(ReviewProblem, match="'anonymous' is not one of the labels"):
        change(review, "sentences", 3, ["anonymous"])


def test_a_key_item_needs_a_reason(review):
    change(review, "figures", 0, "an exact count", reason="  ")
    assert any("needs a one-line reason" in line for line in waiting(review))


def test_saved_and_loaded_unchanged_and_written_whole(review, tmp_path):
    accept(review, "sentences", 1)
    path = tmp_path / "harbour-wall.review.json"
    save_review(review, path)
    assert load_review(path, TEXT) == review
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert json.loads(path.read_text())["sentences"][1]["status"] == "accepted"


def test_a_review_of_another_text_or_a_broken_file_is_refused(review, tmp_path):
    path = tmp_path / "r.json"
    save_review(review, path)
    with pytest.raises(ReviewProblem, match="The article changed"):
        load_review(path, TEXT + "One more sentence.\n")
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ReviewProblem, match="not a review file"):
        load_review(path)
    with pytest.raises(ReviewProblem, match="There is no review"):
        load_review(tmp_path / "missing.json")


def test_outlet_is_who_speaks_where_nobody_is_named(review):
    assert review["sentences"][0]["draft"]["who"] == OUTLET


def test_a_reason_typed_before_a_decision_is_kept_and_decides_nothing(review):
    set_reason(review, "figures", 0, "  The council's own report:   a lower limit. ")
    item = review["figures"][0]
    assert item["status"] == "unreviewed" and item["key"] is None
    assert item["reason"] == "The council's own report: a lower limit."
    accept(review, "figures", 0)
    assert review["figures"][0]["reason"] == "The council's own report: a lower limit."


@pytest.mark.parametrize(("chain", "said"), [
    ({"sentence": 2, "tellers": ["Mayor Rosa Kent"], "reason": "x"}, "two tellers or more"),
    ({"sentence": 99, "tellers": ["Mayor Rosa Kent", "the outlet"], "reason": "x"}, "not S99"),
    ({"sentence": 2, "tellers": "Mayor Rosa Kent > the outlet", "reason": "x"}, 'must look like'),
])
def test_a_chain_edited_badly_by_hand_is_refused_when_the_review_is_read(review, tmp_path, chain, said):
    path = tmp_path / "r.json"
    save_review(review, path)
    edited = json.loads(path.read_text(encoding="utf-8"))
    edited["chain"] = chain
    path.write_text(json.dumps(edited), encoding="utf-8")
    with pytest.raises(ReviewProblem, match=said):
        load_review(path, TEXT)

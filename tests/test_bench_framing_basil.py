"""benchmarks/bench_framing_basil.py's pure parts: the article's text, placing a phrase whose offsets count from an
unnamed sentence, the fixed dev/test split, and kinds of span. Invented text only; the BASIL mirror is not needed."""

from __future__ import annotations

from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture
def basil(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import bench_framing_basil
    return bench_framing_basil


SENTENCES = ["The mayor slammed the plan.", "Critics called it reckless.", "The mayor slammed the plan."]


def test_article_text_has_title_line_then_paragraphs(basil):
    article = basil.article_text("x.json", "Budget row", [["A tax rose.", "Fees fell."], ["Talks end."]])
    assert article.text == "Budget row\n\nA tax rose. Fees fell.\n\nTalks end."
    assert [article.text[s:s + len(x)] for s, x in zip(article.starts, article.sentences)] == article.sentences


def test_phrase_is_placed_in_the_one_sentence_that_fits(basil):
    assert basil.place(SENTENCES, 18, 26, "reckless") == 1


def test_phrase_fitting_several_sentences_or_none_is_unplaced(basil):
    assert basil.place(SENTENCES, 10, 17, "slammed") is None  # sentences 0 and 2 both fit
    assert basil.place(SENTENCES, 0, 7, "furious") is None


def test_placed_spans_point_into_the_article_text(basil):
    article = basil.article_text("x.json", "Row", [["Critics called it reckless.", "It was calm."]])
    annotations = [{"bias": "lex", "start": 18, "end": 26, "txt": "reckless", "quote": "no"},
                   {"bias": "inf", "start": 0, "end": 12, "txt": "It was calm.", "quote": "no"},
                   {"bias": "lex", "start": 0, "end": 3, "txt": "odd", "quote": "yes"}]
    spans, unplaced = basil.placed_spans(article, annotations)
    assert [article.text[s["start"]:s["end"]] for s in spans] == ["reckless", "It was calm."]
    assert [s["bias"] for s in spans] == ["lex", "inf"] and unplaced == 1


def test_split_rule_sorts_uuids_and_alternates(basil):
    uuids = {"c3", "a1", "b2", "d4", "e5"}
    assert basil.splits(uuids) == {"a1": "dev", "b2": "test", "c3": "dev", "d4": "test", "e5": "dev"}


def test_content_words_leave_function_words_out(basil):
    text = "They were awash in debt."
    words = basil.content_words(text, [{"start": 10, "end": 23}])
    assert sorted(text[s:e] for s, e in words) == ["awash", "debt"]


def test_kind_of_a_span(basil):
    article = basil.article_text("x.json", "Row", [["The mayor slammed a wildly costly plan."]])
    def kind(phrase):
        start = article.text.index(phrase)
        return basil.kind(article, {"start": start, "end": start + len(phrase), "sentence": 1})
    assert kind("costly") == "adjective"
    assert kind("wildly") == "adverb"
    assert kind("slammed") == "verb"
    assert kind("plan") == "noun"
    assert kind("wildly costly") == "multi-word phrase"

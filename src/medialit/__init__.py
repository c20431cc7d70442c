"""medialit: read a news article the way a careful editor does.

Importing the package stays light (no ipywidgets, pandas or nbgrader): the
names below load their modules on first use, so ``import medialit`` is quick in
a lesson's first cell and in the command line.

The package has four parts by who uses it, and a shared layer (docs/architecture.md):
``content`` (texts and cited data), ``analyzer``, ``keys`` (what both sides
need of the answer keys), ``lesson`` (what runs in a student's kernel) and
``classroom`` (the teacher's side). Students and teachers use the names below,
from ``medialit`` itself, wherever those names live.
"""

import sys
from importlib import import_module

__all__ = ["load_article", "check", "SourceTagger", "Highlighter", "ArticleBox", "analyze", "outlets"]

_WHERE = {"load_article": "content.article", "check": "lesson.feedback", "SourceTagger": "lesson.widgets",
          "Highlighter": "lesson.widgets", "ArticleBox": "lesson.article_box", "analyze": "analyzer.analyzer",
          "outlets": "content.ownership",
          # What the lessons' own cells import (``from medialit import expect_sentence_set``): the visible tests,
          # their vocabularies, and lesson 3's data and tables.
          **dict.fromkeys(["CHECKS", "FRAMING_TECHNIQUES", "NUMBER_PROMISES", "OUTLET_GROUPS", "SOURCE_KINDS",
                           "expect_chain", "expect_choice_set", "expect_name_labels", "expect_phrase_labels",
                           "expect_range", "expect_sentence_kinds", "expect_sentence_labels", "expect_sentence_set"],
                          "lesson.answers"),
          "counts": "content.counts", "range_chart": "content.counts", "figures": "content.figures",
          "WORD_AMOUNTS": "content.quantities", "parse_quantity": "content.quantities",
          "ReferenceTable": "lesson.reference_table"}


#: Tools that only help students on screen: while grading, a note stands in for them (see grading_view), so the
#: graded run loads neither ipywidgets nor the analyzer's rules.
_SHOWN_ONLY = {"SourceTagger": "tagging tool", "Highlighter": "highlighter", "ArticleBox": "article box",
               "analyze": "analyzer's marking"}


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'medialit' has no attribute {name!r}")
    if name in _SHOWN_ONLY:
        from .content.grading_view import during_grading, stand_in

        if during_grading():
            return stand_in(_SHOWN_ONLY[name])
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)


if sys.platform == "emscripten":  # the browser version: a lesson updated on the site arrives beside the student's copy
    from .lesson.browser_updates import in_the_browser

    in_the_browser()

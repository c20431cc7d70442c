"""One test for "is this a headline Written Like This?", shared by the sources and the framing rules."""

from __future__ import annotations

import pytest

from medialit.analyzer.headline_case import headline_case
from medialit.analyzer.tokenizer import tokenize


@pytest.mark.parametrize("line", [
    "Council Slashes Library Budget Again",
    "Grant Said That Prices Would Rise In May.",
    "Clinton Blasts Outrageous Plan",
    "Mayor Is Set to Go Home",
])
def test_a_line_capitalising_every_word_but_the_small_ones_is_a_headline(line):
    assert headline_case(tokenize(line))


@pytest.mark.parametrize("line", [
    "The council cut the library budget again.",
    "Hillary Clinton met Bernie Sanders in Des Moines.",  # names, but "met" is in lower case
    "Hillary Clinton.",  # too few words to tell
    "",
])
def test_an_ordinary_sentence_or_a_bare_name_is_not_a_headline(line):
    assert not headline_case(tokenize(line))

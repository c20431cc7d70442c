"""Figures read as a person reads them (issue 30): money, rates, percentages, tallies and vague amounts.

The two articles in tests/fixtures/analyzer-figures were written for this test, and every figure expected
below was written down before the analyzer ran on them. Each figure says what it counts (or that nothing
says so), its qualifier, any rate, how a person reads it and which rule found it. The reading writes
magnitudes out ("£40m" is "£40 million") and keeps the words from the number to what it counts as written
("30 percent of the town's shops").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analyzer.analyzer import analyze
from medialit.content.quantities import Quantity, parse_quantity

FIXTURES = Path(__file__).parent / "fixtures" / "analyzer-figures"

#: (sentence, text, value, qualifier, counts, rate, reading, rule)
COUNCIL = [
    (1, "£40m", 40_000_000, None, "pounds", None, "£40 million", "money"),
    (1, "7-2", "7-2", None, "vote", None, "a 7-2 vote", "tally"),
    (2, "7-2", "7-2", None, "vote", None, "a 7-2 vote", "tally"),
    (2, "£40m", 40_000_000, None, "pounds", None, "£40 million", "money"),
    (3, "£3 million", 3_000_000, None, "pounds", "a year", "£3 million a year", "money"),
    (4, "30 percent", 0.3, None, None, None, "30 percent", "percentage"),
    (4, "12 per cent", 0.12, None, None, None, "12 per cent", "percentage"),
    (5, "$1.2bn", 1_200_000_000, None, "dollars", None, "$1.2 billion", "money"),
    (6, "More than 4,000", 4000, "more than", "residents", None, "more than 4,000 residents", "number"),
    (6, "thousands", [2000, 9999], None, None, None, "thousands", "vague amount"),
    (7, "500", 500, None, "swimmers", "a day", "500 swimmers a day", "number"),
    (7, "45", 45, None, "jobs", None, "45 jobs", "number"),
    (8, "about £250,000", 250_000, "about", "pounds", "a year", "about £250,000 a year", "money"),
    (9, "£1.50", 1.5, None, "pounds", "per hour", "£1.50 per hour", "money"),
    (10, "3-1", "3-1", None, "win", None, "a 3-1 win", "tally"),
    (10, "2,000", 2000, None, "fans", None, "2,000 fans", "number"),
]
FLOOD = [
    (1, "thousands", [2000, 9999], None, None, None, "thousands", "vague amount"),
    (2, "Thousands", [2000, 9999], None, None, None, "thousands", "vague amount"),
    (2, "2", 2, None, "metres", None, "2 metres", "number"),
    (2, "six", 6, None, "hours", None, "six hours", "number"),
    (3, "up to 40", 40, "up to", "mm", "an hour", "up to 40mm an hour", "number"),
    (4, "About 1,200", 1200, "about", "homes", None, "about 1,200 homes", "number"),
    (4, "30 percent", 0.3, None, "shops", None, "30 percent of the town's shops", "percentage"),
    (5, "£15m", 15_000_000, None, "pounds", None, "£15 million", "money"),
    (5, "£500", 500, None, "pounds", "per household", "£500 per household", "money"),
    (6, "5 billion", 5_000_000_000, None, "euros", None, "5 billion euros", "money"),
    (6, "several billion", [3_000_000_000, 9_000_000_000], None, "euros", None, "several billion euros", "money"),
    (7, "€3 million", 3_000_000, None, "euros", None, "€3 million", "money"),
    (8, "Hundreds", [200, 999], None, "volunteers", None, "hundreds of volunteers", "vague amount"),
    (8, "20,000", 20_000, None, "sandbags", None, "20,000 sandbags", "number"),
    (9, "Two", 2, None, "people", None, "two people", "number"),
    (9, "dozens", [24, 99], None, None, None, "dozens", "vague amount"),
    (10, "3 million", 3_000_000, None, "litres", "per day", "3 million litres per day", "number"),
    (11, "Nearly half", 0.5, "nearly", "farms", None, "nearly half of the valley's farms", "share"),
    (11, "a third", 0.333, None, "roads", None, "a third of the roads", "share"),
]
FIELDS = ("sentence", "text", "value", "qualifier", "counts", "rate", "reading", "rule")


def read(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "expected"), [("council-pool", COUNCIL), ("flood-report", FLOOD)])
def test_every_figure_of_the_two_articles(name, expected):
    figures = analyze(read(name))["figures"]
    assert [tuple(f[key] for key in FIELDS) for f in figures] == expected


@pytest.mark.parametrize("name", ["council-pool", "flood-report"])
def test_each_figure_points_at_its_text_and_explains_its_rule(name):
    text = read(name)
    for figure in analyze(text)["figures"]:
        assert text[figure["start"]:figure["end"]] == figure["text"]
        assert figure["explanation"][0].isupper() and figure["explanation"].endswith((".", "?"))


def test_a_figure_with_nothing_counted_says_so():
    """'Thousands from the valley': no word says what the thousands are, and the figure says that, not 'from'."""
    [figure] = analyze("Thousands from the valley spent the night in shelters.")["figures"]
    assert figure["counts"] is None
    assert "does not say what" in figure["explanation"]


def test_the_reading_closes_the_quotation_the_counted_word_stands_in():
    [figure] = analyze('The army said 12 "terrorists" died.')["figures"]
    assert (figure["counts"], figure["reading"]) == ("terrorists", '12 "terrorists"')


def test_the_reading_keeps_the_words_as_written():
    [figure] = analyze("Nurses began a three-day strike.")["figures"]
    assert figure["reading"] == "three-day"


def test_a_rate_is_explained_as_a_rate():
    [figure] = analyze("The pool will cost £3 million a year to run.")["figures"]
    assert "a year" in figure["explanation"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The firm lost $1.2bn.", ("$1.2bn", 1_200_000_000, "dollars", "$1.2 billion")),
        ("The bridge will cost €3m.", ("€3m", 3_000_000, "euros", "€3 million")),
        ("The bridge will cost £40m.", ("£40m", 40_000_000, "pounds", "£40 million")),
        ("He was paid £500k last year.", ("£500k", 500_000, "pounds", "£500 thousand")),
        ("Aid worth US$5m arrived.", ("US$5m", 5_000_000, "dollars", "US$5 million")),
        ("The port earns 2.5bn euros.", ("2.5bn", 2_500_000_000, "euros", "2.5 billion euros")),
        ("The fine was 80,000 pounds.", ("80,000", 80_000, "pounds", "80,000 pounds")),
        ("A ticket costs 90 pence.", ("90", 90, "pence", "90 pence")),
    ],
)
def test_money_with_signs_words_and_magnitudes(sentence, expected):
    [figure] = analyze(sentence)["figures"]
    assert (figure["text"], figure["value"], figure["counts"], figure["reading"]) == expected
    assert figure["rule"] == "money"


@pytest.mark.parametrize(
    ("sentence", "text", "reading"),
    [
        ("The board backed the plan in a 7–2 vote.", "7–2", "a 7–2 vote"),
        ("United won 3-1 at home.", "3-1", "a 3-1 win"),
        ("The court ruled 5-4 against the city.", "5-4", "a 5-4 ruling"),
        ("Rovers lost 0-2 to Hale.", "0-2", "a 0-2 defeat"),
        ("It ended in a 2-2 draw.", "2-2", "a 2-2 draw"),
    ],
)
def test_a_score_or_vote_is_one_tally_not_two_counts(sentence, text, reading):
    [figure] = analyze(sentence)["figures"]
    assert (figure["text"], figure["value"], figure["reading"], figure["rule"]) == (text, text, reading, "tally")


@pytest.mark.parametrize(
    ("sentence", "rate", "reading"),
    [
        ("Tickets cost £5 a head.", "a head", "£5 a head"),
        ("The plant releases 300 tonnes each week.", "each week", "300 tonnes each week"),
        ("Trains run 40 times a day.", "a day", "40 times a day"),
        ("Prices rose 4% per year.", "per year", "4 percent per year"),
    ],
)
def test_rates(sentence, rate, reading):
    [figure] = analyze(sentence)["figures"]
    assert (figure["rate"], figure["reading"]) == (rate, reading)


@pytest.mark.parametrize(
    ("sentence", "figure", "counts"),
    [
        ("Dozens were hurt in the crush.", "Dozens", None),
        ("Hundreds gathered outside.", "Hundreds", None),
        ("Thousands more signed online.", "Thousands", None),
        ("Dozens of families fled.", "Dozens", "families"),
        ("Tens of thousands of people marched.", "Tens of thousands", "people"),
        ("Several people were hurt.", "Several", "people"),
        ("Nine of the dead were children.", "Nine", "dead"),
        ("Staff said 38 of the region's 41 hospitals were open.", "38", "hospitals"),
        ("Turnout was 61 per cent, not the 74 per cent claimed by the board.", "74 per cent", None),
        ("Nurses began a three-day strike.", "three", "day"),
        ("They met one-on-one.", "one", None),
        ("Nearly half said the plan was wrong.", "Nearly half", None),
        ("The clinic cut 22 nursing posts.", "22", "posts"),
        ("Scores of riot police charged.", "Scores", "police"),
        ("Debt reached 90 per cent of national output.", "90 per cent", "output"),
        ("One of the camp's main donor governments paid.", "One", "governments"),
        ("One air strike hit the town.", "One", "strike"),  # a noun made of two nouns: the last one is counted
        ("Three police officers were hurt.", "Three", "officers"),
        ("Two state media outlets reported it.", "Two", "outlets"),
        ('They carried out 212 "precision" strikes.', "212", "strikes"),  # a quoted word describing the noun
    ],
)
def test_what_a_figure_counts_is_the_noun_after_it(sentence, figure, counts):
    found = [f["counts"] for f in analyze(sentence)["figures"] if f["text"] == figure]
    assert found and set(found) == {counts}


def test_a_percentage_is_shown_as_a_percentage():
    shown = analyze("Rents rose 30 percent, or 30%, while wages rose 2 per cent.").to_text()
    assert "= 30 percent," in shown and "= 2 per cent," in shown and "0.3" not in shown


def test_the_text_view_shows_money_tallies_and_missing_nouns_in_words():
    shown = analyze(read("council-pool")).to_text()
    assert "'£40m' = £40 million, counts pounds" in shown
    assert "'7-2' = a 7-2 vote" in shown
    assert "'thousands' = thousands (2,000 to 9,999), counts: not said" in shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("several billion", Quantity((3_000_000_000, 9_000_000_000), None)),
        ("hundreds of thousands", Quantity((200_000, 999_000), None)),
        ("tens of thousands", Quantity((20_000, 99_000), None)),
        ("about 1.2 billion", Quantity(1_200_000_000, "about")),
        ("3 trillion", Quantity(3_000_000_000_000, None)),
    ],
)
def test_vague_amounts_with_a_scale(text, expected):
    assert parse_quantity(text) == expected


@pytest.mark.parametrize("sentence, counts, reading", [
    ("The site will have 18 fact-checkers at work.", "fact-checkers", "18 fact-checkers"),
    ("It holds nearly 13,000 fact-checked claims.", "claims", "nearly 13,000 fact-checked claims"),
    ("Ortiz met two first-time voters.", "voters", "two first-time voters"),
    ("It was one of the first post-debate polls.", "polls", "one of the first post-debate polls"),
])
def test_words_joined_by_hyphens_are_one_word_to_count(sentence, counts, reading):
    """"18 fact-checkers" counts fact-checkers, not "fact"; a compound before a noun describes it."""
    [figure] = analyze(sentence)["figures"]
    assert (figure["counts"], figure["reading"]) == (counts, reading)


@pytest.mark.parametrize("sentence, counts", [
    ("The two turned on each other.", None),
    ("Each backed one warring party or another.", "party"),
    ("Only one remained open.", None),
    ("She praised two brave nurses.", "nurses"),
])
def test_a_figure_counts_a_noun_never_a_verb_or_a_describing_word(sentence, counts):
    [figure] = analyze(sentence)["figures"]
    assert figure["counts"] == counts


def test_last_or_next_after_a_number_says_when_not_what():
    [figure, _] = analyze("Cases rose to 2,870 last year, up from 410.")["figures"]
    assert (figure["reading"], figure["counts"]) == ("2,870", None)


def test_a_margin_written_with_to_is_one_result():
    """'a 3 to 1 margin' is one result, like 'a 3-1 margin', not a 3 and a '1 margin'."""
    [figure] = analyze("Democrats won by a 3 to 1 margin.")["figures"]
    assert (figure["text"], figure["rule"], figure["reading"]) == ("3 to 1", "tally", "a 3 to 1 margin")

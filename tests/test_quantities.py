"""Number words, digits and vague quantities, as news writes them."""

from __future__ import annotations

import pytest

from medialit.content.quantities import Quantity, QuantityError, parse_number, parse_quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Twenty", 20), ("nine", 9), ("twenty-three", 23), ("Twenty three", 23), ("one hundred", 100),
        ("two hundred and fifty", 250), ("hundred", 100), ("three thousand", 3000), ("1,200", 1200), ("40", 40),
        ("3.5", 3.5), ("1.5 million", 1_500_000), ("a dozen", 12), ("half", 0.5), ("zero", 0),
    ],
)
def test_exact_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 40", Quantity(40, "at least")),
        ("more than 60", Quantity(60, "more than")),
        ("About 9,000", Quantity(9000, "about")),
        ("hundreds", Quantity((200, 999), None)),
        ("dozens of", Quantity((24, 99), None)),
        ("scores of", Quantity((40, 99), None)),
        ("up to 300", Quantity(300, "up to")),
        ("nearly half", Quantity(0.5, "nearly")),
        ("including nine", Quantity(9, "including")),
        ("Twenty", Quantity(20, None)),
    ],
)
def test_quantities_with_qualifiers(text, expected):
    assert parse_quantity(text) == expected


def test_vague_quantities_are_ranges():
    assert parse_quantity("hundreds").vague and not parse_quantity("40").vague


@pytest.mark.parametrize("bad", ["", "   ", "lots", "twenty-blue", "forty apples", "12abc"])
def test_unreadable_input_gets_a_message_a_student_can_act_on(bad):
    with pytest.raises(QuantityError, match="digits \\(40\\)"):
        parse_quantity(bad)

"""Read the numbers news uses: digits, number words, vague quantities and their qualifiers.

"Twenty" -> 20, "twenty-three" -> 23, "1,200" -> 1200, "hundreds" -> (200, 999),
"at least 40" -> 40 with the qualifier "at least". A vague word becomes a
range (low, high), because "hundreds" is a claim about size, not a count; a
vague word times a scale stays a range ("several billion" -> (3e9, 9e9),
"tens of thousands" -> (20000, 99000)).
Anything else raises QuantityError with a message a student can act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}

#: Exact amounts written as words, and vague amounts as (low, high) ranges.
WORD_AMOUNTS: dict[str, float | tuple[int, int]] = {
    "a dozen": 12, "dozen": 12, "half": 0.5, "a half": 0.5, "a third": 0.333, "a quarter": 0.25, "a fifth": 0.2,
    "a tenth": 0.1,
    "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999), "millions": (2_000_000, 9_999_999),
    "scores": (40, 99), "a few": (2, 5), "several": (3, 9), "a handful": (2, 5),
}
#: "tens" is an amount only in front of a scale ("tens of thousands"); alone it is too rare to mean one.
SCALED_ONLY = {"tens": (20, 99)}

#: Words before a number that hedge it; the longest match wins.
QUALIFIERS = (
    "at least", "more than", "over", "about", "around", "nearly", "almost", "up to", "some", "approximately",
    "roughly", "fewer than", "less than", "as many as", "including", "an estimated", "just over", "just under",
)

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")


class QuantityError(ValueError):
    """A quantity that cannot be read; the message says what would work."""


@dataclass(frozen=True)
class Quantity:
    value: float | int | tuple[int, int]
    qualifier: str | None

    @property
    def vague(self) -> bool:
        return isinstance(self.value, tuple)


def parse_number(text: str) -> int | float:
    """An exact number from digits or words: "1,200", "3.5", "Twenty", "twenty-three", "two hundred", "1.5 million"."""
    words = text.strip().lower().replace("-", " ").split()
    if not words:
        raise QuantityError("There is no number here: write digits (40) or words (forty).")
    if len(words) == 2 and _DIGITS.match(words[0]) and words[1] in SCALES:  # "1.5 million"
        return _tidy(float(words[0].replace(",", "")) * SCALES[words[1]])
    if len(words) == 1 and _DIGITS.match(words[0]):
        return _tidy(float(words[0].replace(",", "")))
    phrase = " ".join(words)
    if phrase in WORD_AMOUNTS and not isinstance(WORD_AMOUNTS[phrase], tuple):
        return WORD_AMOUNTS[phrase]
    total, current = 0, 0
    for word in (w for w in words if w != "and"):
        if word in UNITS:
            current += UNITS[word]
        elif word in SCALES and (current or word == "hundred"):
            current = max(current, 1) * SCALES[word]
            if SCALES[word] > 100:
                total, current = total + current, 0
        else:
            raise QuantityError(
                f"I can't read {text.strip()!r} as a number. Write digits (40), number words (forty-three) "
                "or a word such as 'dozens' or 'hundreds'."
            )
    return total + current


def parse_quantity(text: str) -> Quantity:
    """A number or vague amount with its qualifier: "at least 40", "hundreds", "about 9,000"."""
    phrase = " ".join(text.strip().lower().split())
    qualifier = next((q for q in sorted(QUALIFIERS, key=len, reverse=True) if phrase.startswith(q + " ")), None)
    rest = phrase[len(qualifier) + 1:] if qualifier else phrase
    rest = rest.removesuffix(" of")
    if rest in WORD_AMOUNTS:
        return Quantity(WORD_AMOUNTS[rest], qualifier)
    scaled = _vague_times_scale(rest)
    return Quantity(scaled if scaled else parse_number(rest), qualifier)


def _vague_times_scale(phrase: str) -> tuple[int, int] | None:
    """A vague amount of a scale as a range: "several billion", "hundreds of thousands", "tens of millions"."""
    words = phrase.split()
    if len(words) == 2 and words[1] in SCALES:  # "several billion"
        amount, scale = words[0], SCALES[words[1]]
    elif len(words) == 3 and words[1] == "of" and words[2].removesuffix("s") in SCALES:  # "tens of thousands"
        amount, scale = words[0], SCALES[words[2].removesuffix("s")]
    else:
        return None
    vague = SCALED_ONLY.get(amount, WORD_AMOUNTS.get(amount))
    return (vague[0] * scale, vague[1] * scale) if isinstance(vague, tuple) else None


def _tidy(number: float) -> int | float:
    return int(number) if float(number).is_integer() else number

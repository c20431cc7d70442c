"""Small pieces of English that every message printing a count needs."""

from __future__ import annotations


def counted(count: float, noun: str, plural: str | None = None) -> str:
    """``count`` and the noun in the number it needs: "1 exercise", "3 exercises", "0.5 points".

    Only exactly one takes the singular ("1 point", but "0.5 points" and
    "0 points"). ``plural`` is for nouns that do not just add an "s"
    ("1 is", "2 are"; "1 entry", "2 entries"). A count that is a whole float
    is written without its ".0".
    """
    number = f"{count:g}" if isinstance(count, float) else str(count)
    return f"{number} {noun if count == 1 else plural or noun + 's'}"

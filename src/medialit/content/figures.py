"""The figures of the case article as a table students fill in: what each number is, and who vouches for it.

The rows live in ``data/press-tv-figures.json``; the number and qualifier of
each are read by :mod:`medialit.content.quantities`, the one place that says what
range a word such as "hundreds" allows (the analyzer reads numbers there
too). The "who vouches" column is the students' answer in lesson 3, so the
table shows "?" until they give it.

Each figure is named by its sentence, as students name everything (S-numbers):
S1 for the only figure of sentence 1, S2a and S2b for two in sentence 2. So the
table needs no column for the sentence.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from .grading_view import NotShown, during_grading
from .quantities import parse_quantity
from .tables import Table

DATA_FILE = Path(__file__).parent / "data" / "press-tv-figures.json"
COLUMNS = ["figure", "text", "number", "qualifier", "counts", "who vouches"]


@cache
def figure_rows() -> tuple[dict, ...]:
    """The rows as stored, each with its number read: an exact value, or (low, high) for a vague word."""
    rows = json.loads(DATA_FILE.read_text(encoding="utf-8"))["figures"]
    return tuple({**row, "quantity_read": parse_quantity(row["quantity"])} for row in rows)


def shown_number(value) -> str:
    """A number as the table shows it: 20, or 200–999 for a range."""
    return f"{value[0]}–{value[1]}" if isinstance(value, tuple) else str(value)


def figures(vouchers: object = None):
    """The figures table; ``vouchers`` ({"S1": "none", "S2a": ...}) fills the "who vouches" column.

    Names count in any letter case ("s2A"), as the grader reads them.
    """
    if during_grading():
        return NotShown("figures table")
    given = {str(k).casefold(): str(v) for k, v in vouchers.items()} if isinstance(vouchers, dict) else {}
    rows = [{**row, "figure": row["id"], "number": shown_number(row["quantity_read"].value),
             "qualifier": row["quantity_read"].qualifier or "", "who vouches": given.get(row["id"].casefold(), "?")}
            for row in figure_rows()]
    label = "Figures in the article: what each counts and who vouches for it" + (", with your answers" if given else "")
    return Table(rows, COLUMNS, label)

"""Every student-facing paragraph of every lesson reads at US grade 10 or below (Flesch-Kincaid, textstat).

To see a lesson's hard paragraphs, worst first: .venv/bin/python tests/readability.py LESSON
"""

from __future__ import annotations

import pytest

from readability import GRADE_LIMIT, lesson_names, paragraphs_of, too_hard


def test_paragraphs_are_blocks_and_list_items_without_headings_tables_code_or_quotes():
    cell = ("# A heading\n\nFirst line\nsame paragraph with `code here`.\n\n- one item\n- two [link](http://x)\n"
            "  more of two\n\n| a | b |\n|---|---|\n\n> A quoted source.\n\n```\ncode block\n```\n\nYOUR ANSWER HERE")
    assert paragraphs_of(cell) == ["First line same paragraph with .", "one item", "two link more of two"]


@pytest.mark.parametrize("lesson", lesson_names())
def test_every_paragraph_reads_at_grade_ten_or_below(lesson):
    hard = too_hard(lesson)
    assert not hard, f"{len(hard)} paragraphs above grade {GRADE_LIMIT}:\n" + "\n".join(p.describe() for p in hard)

"""A lesson's list of names to look up reads as a table: a caption, every header cell scoped, every text escaped."""

from __future__ import annotations

import re

from medialit.lesson.reference_table import ReferenceTable


def test_the_table_has_a_caption_scoped_headers_and_escaped_text():
    table = ReferenceTable({"<b>loaded label</b>": "a name that judges & tells"}, ("Technique", "What it means"),
                           "Framing techniques and what each means")
    page = table._repr_html_()
    assert re.search(r"<caption[^>]*>Framing techniques and what each means</caption>", page)
    assert re.findall(r'<th scope="(\w+)"', page) == ["col", "col", "row"]
    assert "<b>" not in page and "&lt;b&gt;loaded label&lt;/b&gt;" in page and "judges &amp; tells" in page
    assert repr(table).startswith("Framing techniques and what each means\n<b>loaded label</b>: ")

"""A lesson's first cell stays light: it is what a student waits for when a lesson opens, and in the browser version
every module it imports is read and run by Pyodide while the student watches the cell's prompt."""

from __future__ import annotations

from conftest import in_a_fresh_python

#: Every lesson opens with these two names and shows its article (lessons 00-06's first code cell).
FIRST_CELL = "from medialit import check, load_article\narticle = load_article('riverside-bridge')\narticle._repr_html_()\n"


def test_the_first_cell_loads_neither_the_analyzer_nor_the_widgets():
    """The analyzer's rules load when a student first asks for marks, the widgets when a tool is first shown."""
    _, loaded = in_a_fresh_python(FIRST_CELL, ("medialit.analyzer.analyzer", "medialit.analyzer.attribution",
                                               "ipywidgets", "anywidget"))
    assert loaded == []

"""While nbgrader re-runs a notebook to grade it, the tools, tables and charts nobody will look at are not built.

Autograding runs every cell of every student's notebook without a screen
(nbgrader sets ``NBGRADER_EXECUTION``). Answers are plain values in answer
cells, so the widgets, tables and charts only cost time there: ipywidgets,
pandas and matplotlib take about a second to import in each notebook, which a
class of thirty waits for thirty times. Each display-only name gives a
one-line note instead.
"""

from __future__ import annotations

import os


def during_grading() -> bool:
    return bool(os.environ.get("NBGRADER_EXECUTION"))


class NotShown:
    """What a display-only tool gives while grading: one line that says so."""

    def __init__(self, what: str):
        self.what = what

    def __repr__(self) -> str:
        return f"(The {self.what} is not shown during grading: only your answer cells count.)"


def stand_in(what: str) -> type:
    """A class to use instead of a widget while grading: made with the widget's arguments, shown as a note."""

    class StandIn(NotShown):
        def __init__(self, *_args, **_kwargs):
            super().__init__(what)

    return StandIn

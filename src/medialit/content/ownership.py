"""Who owns each voice in the news: the lesson-2 data set, with the sources that say so.

The rows live in ``data/outlets.json``; every row cites where its facts come
from. State and public media are typed on the State Media Matrix
(Dragomir and Söderström, CMDS, 2021), which sorts state-administered
outlets by funding, ownership/governance and editorial autonomy; it does not
cover private media, wire agencies, governments or monitors, so those get
plain types of our own. Students sort voices into the broader ``group``
(answers.OUTLET_GROUPS), which each type maps onto.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from .grading_view import NotShown, during_grading
from .tables import Table, written_sources

DATA_FILE = Path(__file__).parent / "data" / "outlets.json"

#: Every type a row may have, and the group students sort it into.
TYPE_GROUPS = {
    "State-Controlled": "state media",
    "Captured Public/State-Managed": "state media",
    "Captured Private": "private media",
    "Independent State-Funded and State-Managed": "public media",
    "Independent State-Funded": "public media",
    "Independent State-Managed": "public media",
    "Independent Public": "public media",
    "private media": "private media",
    "news agency": "news agency",
    "government body": "government",
    "independent monitor": "monitor",
}

COLUMNS = ["name", "country", "owner", "funding", "type", "group", "type_source", "notes", "sources"]


class OutletNotFound(LookupError):
    """A name the data set does not hold; the message lists what it does hold."""


@cache
def outlet_rows() -> tuple[dict, ...]:
    """The rows as stored, each with its ``group`` added."""
    rows = json.loads(DATA_FILE.read_text(encoding="utf-8"))["outlets"]
    return tuple({**row, "group": TYPE_GROUPS[row["type"]]} for row in rows)


def find_outlet(name: str) -> dict:
    """The row whose name or alias is ``name``, in any letter case."""
    wanted = " ".join(str(name).lower().split())
    for row in outlet_rows():
        if wanted in {alias.lower() for alias in (row["name"], *row["aliases"])}:
            return row
    raise OutletNotFound(
        f"{name!r} is not in the data set. Look it up yourself (who owns it? who pays for it?), "
        "or use one of: " + ", ".join(row["name"] for row in outlet_rows()) + "."
    )


#: The columns that already say which group a voice belongs to.
TYPING_COLUMNS = ["type", "group", "type_source"]

#: What each row shows in a notebook, cut to its first clause; the rest (full texts, notes, sources as links)
#: is in the row's disclosure, so the table fits a 900 px wide notebook (issue 19, item 7).
COMPACT_COLUMNS = ["country", "owner", "funding", "type", "group"]


def outlets(name: str | None = None, typed: bool = True):
    """The data set as a table, or the one row for ``name``, with its sources written out.

    ``typed=False`` leaves out the columns that give the group away, for an
    exercise where students work it out from owner and funding. The table
    holds every text in full; its display is compact (see tables.py).
    """
    if during_grading():
        return NotShown("outlet table")
    rows = outlet_rows() if name is None else (find_outlet(name),)
    columns = COLUMNS if typed else [c for c in COLUMNS if c not in TYPING_COLUMNS]
    label = "Outlets and sources: who owns and pays for each" + ("" if typed else ", groups left out")
    return Table([{**row, "sources": written_sources(row["citations"])} for row in rows], columns, label,
                 compact=[c for c in COMPACT_COLUMNS if c in columns],
                 citations={row["name"]: row["citations"] for row in rows})

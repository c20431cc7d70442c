"""Tables that every reader can use: a labelled region a keyboard can scroll, every column headed.

pandas' own HTML leaves the corner header empty and, being wide, scrolls
where a keyboard cannot reach (axe: empty-table-header,
scrollable-region-focusable). The class is made on first use so that
importing medialit does not import pandas.

Every cell reads from the left and the top (JupyterLab right-aligns table
cells), a value the data does not have says "not given" (pandas writes
``<NA>``), and each address written in angle brackets (as
:func:`written_sources` writes them) is a link that shows the address, so it
can be clicked, read aloud, printed and copied.

A table of long texts can keep them readable two ways. The outlets of lesson 2
are shown compact: a few columns cut to their first clause, and per row a
disclosure (``<details>``, opened with a click, Enter or Space) with the full
texts and the sources as links. The counts of lesson 3 show their long columns
(``wide``) under each row, across the table, so a note wraps in full lines
instead of a narrow column. Neither needs a style sheet, so a table looks the
same in JupyterLab, a handout and a feedback page, where styles are stripped.
"""

from __future__ import annotations

import html
import re
from functools import cache

from .wording import counted

#: Most words a compact cell keeps: about three lines of a column in a 900 px wide notebook.
COMPACT_WORDS = 12

#: Where a clause ends: a semicolon, or a full stop after a word of four or more small letters (so
#: "Warner Bros. Discovery" is not cut).
_CLAUSE_END = re.compile(r";|(?<=[a-z]{4})\.(?=\s|$)")
#: An aside in brackets, left out of a compact cell ("IRIB (Islamic Republic of Iran Broadcasting), ...").
_ASIDE = re.compile(r"\s*\([^()]*\)")
#: Table cells are right-aligned in JupyterLab; text reads better from the left, from the top of the row.
_CELL_STYLE = ' style="text-align: left; vertical-align: top"'
#: What a cell shows where the data has no value (pandas writes <NA> or NaN).
NOT_GIVEN = "not given"
#: An address as written_sources writes it, in angle brackets, and the "; " before the next source.
_WRITTEN_ADDRESS = re.compile(r"<(https?://[^\s<>]+)>(; )?")


def written_sources(citations: list[dict]) -> str:
    """A row's citations as one cell a reader can follow: "source <address>; source <address>"."""
    return "; ".join(c["source"] + (f" <{c['url']}>" if c.get("url") else "") for c in citations)


def source_links(citations: list[dict]) -> str:
    """A row's citations as a numbered HTML list, each source a link to its address where it has one."""
    items = [f'<a href="{html.escape(c["url"])}">{html.escape(c["source"])}</a>' if c.get("url")
             else html.escape(c["source"]) for c in citations]
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def first_clause(text: str, words: int = COMPACT_WORDS) -> str:
    """``text`` up to its first clause's end and at most ``words`` words, with "…" where anything was cut.

    A cut at a clause keeps what the clause says true on its own (the owner,
    the main source of money); asides in brackets go first. The rest is one
    click away in the row's disclosure.
    """
    text = " ".join(str(text).split())
    plain = _ASIDE.sub("", text)
    end = _CLAUSE_END.search(plain)
    kept = (plain[:end.start()] if end else plain).split()[:words]
    short = " ".join(kept).rstrip(",:")
    return short if short in (plain, plain.rstrip(".")) else short + "…"


def labelled(frame, label: str, compact: list[str] | None = None, citations: dict | None = None,
             wide: list[str] | None = None):
    """``frame`` as a table a screen reader announces as ``label``; pandas operations keep the display.

    With ``compact`` (the columns to show), each row shows those columns cut
    to their first clause and one disclosure with every full text and the
    row's ``citations`` (by index value) as links. With ``wide``, those
    columns are shown in full under each row, across the table.
    """
    table = _table_class(type(frame))(frame)
    table.attrs.update(label=label, compact=compact, citations=citations or {}, wide=wide or [])
    return table


@cache
def _table_class(data_frame: type) -> type:
    class LabelledTable(data_frame):
        @property
        def _constructor(self):
            return LabelledTable

        def _repr_html_(self) -> str:
            if self.attrs.get("compact"):
                table = _compact_html(self, self.attrs["compact"], self.attrs.get("citations", {}))
            else:
                table = _full_html(self, self.attrs.get("wide", []))
            label = html.escape(f"{self.attrs.get('label', 'Table')} ({counted(len(self), 'row')})")
            return f'<div class="medialit-outlets" role="region" tabindex="0" aria-label="{label}">{table}</div>'

    return LabelledTable


def _full_html(frame, wide: list[str]) -> str:
    """Every value of the table; the ``wide`` columns under each row's other values, across the table."""
    wide = [column for column in wide if column in frame.columns]
    narrow = [column for column in frame.columns if column not in wide]
    span, rows = ' rowspan="2"' if wide else "", []
    for key, row in frame.iterrows():
        header = f'<th scope="row"{span}{_CELL_STYLE}>{_shown(key)}</th>'
        rows.append(f"<tr>{header}{''.join(f'<td{_CELL_STYLE}>{_shown(row[c])}</td>' for c in narrow)}</tr>")
        if wide:
            texts = "".join(f'<p style="margin: 0 0 0.3em"><b>{html.escape(str(c))}:</b> {_shown(row[c])}</p>'
                            for c in wide)
            rows.append(f'<tr><td colspan="{len(narrow)}"{_CELL_STYLE}>{texts}</td></tr>')
    return f'<table border="0"><thead><tr>{_head(frame, narrow)}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _head(frame, columns: list) -> str:
    """The header cells: the index's name (or "row", never an empty header) and ``columns``."""
    names = [frame.index.name or "row", *columns]
    return "".join(f'<th scope="col"{_CELL_STYLE}>{html.escape(str(name))}</th>' for name in names)


def _shown(value) -> str:
    """A value as a cell shows it (escaped): "not given" where the data has none, each written address a link."""
    if _missing(value):
        return NOT_GIVEN
    text, parts, start = str(value), [], 0
    for address in _WRITTEN_ADDRESS.finditer(text):
        url = html.escape(address[1])
        parts += [html.escape(text[start:address.start()]), f'(<a href="{url}">{url}</a>)',
                  "<br>" if address[2] else ""]
        start = address.end()
    return "".join(parts) + html.escape(text[start:])


def _compact_html(frame, shown: list[str], citations: dict) -> str:
    """The table with only the ``shown`` columns, cut short, and a last column of disclosures."""
    shown = [column for column in shown if column in frame.columns]
    head = _head(frame, shown)
    rows = []
    for key, row in frame.iterrows():
        cells = "".join(f"<td{_CELL_STYLE}>{html.escape(first_clause(_text(row[c])))}</td>" for c in shown)
        rows.append(f'<tr><th scope="row"{_CELL_STYLE}>{html.escape(str(key))}</th>{cells}'
                    f"<td{_CELL_STYLE}>{_disclosure(row, shown, citations.get(key, []))}</td></tr>")
    return (f'<table border="0"><thead><tr>{head}<th scope="col"{_CELL_STYLE}>full text and sources</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def _disclosure(row, shown: list[str], citations: list[dict]) -> str:
    """One row's full texts (each column cut short or not shown) and its sources, behind a summary line."""
    full = [(column, _text(value)) for column, value in row.items()
            if column != "sources" and _text(value) and (column not in shown or first_clause(_text(value)) != _text(value))]
    texts = "".join(f"<p><b>{html.escape(column.replace('_', ' '))}:</b> {html.escape(value)}</p>" for column, value in full)
    summary = f"Full text and {counted(len(citations), 'source')}" if citations else "Full text"
    return f"<details><summary>{summary}</summary>{texts}{source_links(citations) if citations else ''}</details>"


def _text(value) -> str:
    """A cell's text; an empty cell (NaN, <NA> or None) is the empty string."""
    return "" if _missing(value) else str(value)


def _missing(value) -> bool:
    """No value: None, NaN or pandas' <NA> (which is neither equal nor unequal to itself)."""
    import pandas as pd

    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))

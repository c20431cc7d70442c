"""Tables that every reader can use: a labelled region a keyboard can scroll, a caption, every column headed.

medialit writes the HTML itself, with no pandas: the lessons also run in a
browser (JupyterLite), where pandas is not available, and a table is only
ever shown, never computed on. A :class:`Table` holds its rows as plain
dictionaries and shows them as one ``<table>`` with a caption, header cells
with a ``scope``, and every text escaped.

Every cell reads from the left and the top (JupyterLab right-aligns table
cells), a value the data does not have says "not given", and each address
written in angle brackets (as :func:`written_sources` writes them) is a link
that shows the address, so it can be clicked, read aloud, printed and copied.

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
#: What a cell shows where the data has no value.
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


class Table:
    """Rows under headed columns, each row named by its first column (``index``): what a lesson shows.

    ``rows`` are dictionaries; ``columns`` the keys shown, in order (the
    index first). With ``compact`` (the columns to show), each row shows
    those columns cut to their first clause and one disclosure with every
    full text and the row's ``citations`` (by row name) as links. With
    ``wide``, those columns are shown in full under each row, across the table.
    """

    def __init__(self, rows: list[dict], columns: list[str], label: str, *, compact: list[str] | None = None,
                 citations: dict | None = None, wide: list[str] | None = None):
        self.index_name, *self.columns = columns
        self.label, self.compact, self.citations, self.wide = label, compact, citations or {}, wide or []
        self._rows = [(row[self.index_name], {c: row.get(c) for c in self.columns}) for row in rows]

    def __len__(self) -> int:
        return len(self._rows)

    def rows(self) -> list[tuple[object, dict]]:
        """Each row as (its name, its values by column)."""
        return list(self._rows)

    def row(self, name) -> dict:
        """The values of the row called ``name``."""
        for key, values in self._rows:
            if key == name:
                return values
        raise KeyError(f"{name!r} is not a row of this table; its rows are: {', '.join(map(str, self.names()))}.")

    def names(self) -> list:
        """The rows' names, in order."""
        return [key for key, _ in self._rows]

    def column(self, name: str) -> list:
        """The values of one column, row by row."""
        return [values[name] for _, values in self._rows]

    def caption(self) -> str:
        return f"{self.label} ({counted(len(self), 'row')})"

    def __repr__(self) -> str:
        """The table as plain text, where text is all there is: the caption, then one line per row."""
        lines = [self.caption(), " | ".join([self.index_name, *self.columns])]
        lines += [" | ".join([str(key), *(_text(values[c]) or NOT_GIVEN for c in self.columns)])
                  for key, values in self._rows]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        table = _compact_html(self) if self.compact else _full_html(self)
        label = html.escape(self.caption())
        return f'<div class="medialit-outlets" role="region" tabindex="0" aria-label="{label}">{table}</div>'


def _caption(table: Table) -> str:
    return f'<caption style="text-align: left; font-weight: bold">{html.escape(table.caption())}</caption>'


def _full_html(table: Table) -> str:
    """Every value of the table; the ``wide`` columns under each row's other values, across the table."""
    wide = [column for column in table.wide if column in table.columns]
    narrow = [column for column in table.columns if column not in wide]
    span, rows = ' rowspan="2"' if wide else "", []
    for key, row in table.rows():
        header = f'<th scope="row"{span}{_CELL_STYLE}>{_shown(key)}</th>'
        rows.append(f"<tr>{header}{''.join(f'<td{_CELL_STYLE}>{_shown(row[c])}</td>' for c in narrow)}</tr>")
        if wide:
            texts = "".join(f'<p style="margin: 0 0 0.3em"><b>{html.escape(str(c))}:</b> {_shown(row[c])}</p>'
                            for c in wide)
            rows.append(f'<tr><td colspan="{len(narrow)}"{_CELL_STYLE}>{texts}</td></tr>')
    return (f'<table border="0">{_caption(table)}<thead><tr>{_head(table, narrow)}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def _head(table: Table, columns: list) -> str:
    """The header cells: the index's name (or "row", never an empty header) and ``columns``."""
    names = [table.index_name or "row", *columns]
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


def _compact_html(table: Table) -> str:
    """The table with only the ``compact`` columns, cut short, and a last column of disclosures."""
    shown = [column for column in table.compact if column in table.columns]
    rows = []
    for key, row in table.rows():
        cells = "".join(f"<td{_CELL_STYLE}>{html.escape(first_clause(_text(row[c])))}</td>" for c in shown)
        rows.append(f'<tr><th scope="row"{_CELL_STYLE}>{html.escape(str(key))}</th>{cells}'
                    f"<td{_CELL_STYLE}>{_disclosure(row, shown, table.citations.get(key, []))}</td></tr>")
    return (f'<table border="0">{_caption(table)}<thead><tr>{_head(table, shown)}'
            f'<th scope="col"{_CELL_STYLE}>full text and sources</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def _disclosure(row: dict, shown: list[str], citations: list[dict]) -> str:
    """One row's full texts (each column cut short or not shown) and its sources, behind a summary line."""
    full = [(column, _text(value)) for column, value in row.items()
            if column != "sources" and _text(value) and (column not in shown or first_clause(_text(value)) != _text(value))]
    texts = "".join(f"<p><b>{html.escape(column.replace('_', ' '))}:</b> {html.escape(value)}</p>" for column, value in full)
    summary = f"Full text and {counted(len(citations), 'source')}" if citations else "Full text"
    return f"<details><summary>{summary}</summary>{texts}{source_links(citations) if citations else ''}</details>"


def _text(value) -> str:
    """A cell's text; an empty cell (None or NaN) is the empty string."""
    return "" if _missing(value) else str(value)


def _missing(value) -> bool:
    """No value: None, or a float NaN (which is not equal to itself)."""
    return value is None or (isinstance(value, float) and value != value)

"""A lesson's list of names to look up (the tags, the checks, what vague words allow) as a table to read.

A Python dictionary shown as it is reads like code, ``{'loaded label': 'a name ...', ...}``; students should
see a table with headed columns instead, made from the same dictionary the answers are read with, so the two
never drift apart. Plain HTML with no style sheet (left-aligned, as JupyterLab right-aligns table cells), so it
looks the same in JupyterLab, a handout and a feedback page; and the same rows as plain text where text is all
there is.
"""

from __future__ import annotations

import html

#: Table cells are right-aligned in JupyterLab; text reads better from the left, from the top of the row.
_CELL_STYLE = ' style="text-align: left; vertical-align: top"'


class ReferenceTable:
    """Rows of (name, what it means) under two column headings; the name is what students type."""

    def __init__(self, rows: dict[str, str], headings: tuple[str, str]):
        self.rows, self.headings = dict(rows), headings

    def __repr__(self) -> str:
        return "\n".join(f"{name}: {meaning}" for name, meaning in self.rows.items())

    def _repr_html_(self) -> str:
        head = "".join(f'<th scope="col"{_CELL_STYLE}>{html.escape(h)}</th>' for h in self.headings)
        body = "".join(f"<tr><td{_CELL_STYLE}><code>{html.escape(name)}</code></td>"
                       f"<td{_CELL_STYLE}>{html.escape(meaning)}</td></tr>" for name, meaning in self.rows.items())
        return f'<table class="medialit-reference"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


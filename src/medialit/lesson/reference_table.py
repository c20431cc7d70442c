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
    """Rows of (name, what it means) under two column headings and a caption; the name is what students type."""

    def __init__(self, rows: dict[str, str], headings: tuple[str, str], caption: str):
        self.rows, self.headings, self.caption = dict(rows), headings, caption

    def __repr__(self) -> str:
        return "\n".join([self.caption, *(f"{name}: {meaning}" for name, meaning in self.rows.items())])

    def _repr_html_(self) -> str:
        caption = f'<caption style="text-align: left; font-weight: bold">{html.escape(self.caption)}</caption>'
        head = "".join(f'<th scope="col"{_CELL_STYLE}>{html.escape(h)}</th>' for h in self.headings)
        body = "".join(f'<tr><th scope="row"{_CELL_STYLE}><code>{html.escape(name)}</code></th>'
                       f"<td{_CELL_STYLE}>{html.escape(meaning)}</td></tr>" for name, meaning in self.rows.items())
        return (f'<table class="medialit-reference">{caption}<thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table>")

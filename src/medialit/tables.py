"""Tables that every reader can use: a labelled region a keyboard can scroll, every column headed.

pandas' own HTML leaves the corner header empty and, being wide, scrolls
where a keyboard cannot reach (axe: empty-table-header,
scrollable-region-focusable). The class is made on first use so that
importing medialit does not import pandas.
"""

from __future__ import annotations

import html
from functools import cache


def written_sources(citations: list[dict]) -> str:
    """A row's citations as one cell a reader can follow: "source <address>; source <address>"."""
    return "; ".join(c["source"] + (f" <{c['url']}>" if c.get("url") else "") for c in citations)


def labelled(frame, label: str):
    """``frame`` as a table a screen reader announces as ``label``; pandas operations keep the display."""
    table = _table_class(type(frame))(frame)
    table.attrs["label"] = label
    return table


@cache
def _table_class(data_frame: type) -> type:
    class LabelledTable(data_frame):
        @property
        def _constructor(self):
            return LabelledTable

        def _repr_html_(self) -> str:
            table = self.reset_index().to_html(index=False, border=0, na_rep="")
            label = html.escape(f"{self.attrs.get('label', 'Table')} ({len(self)} rows)")
            return f'<div class="medialit-outlets" role="region" tabindex="0" aria-label="{label}">{table}</div>'

    return LabelledTable

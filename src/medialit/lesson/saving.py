"""A saved lesson never shows "Error displaying widget: model not found" where a tool was.

A tool (the tagger, the highlighter, the article box) is an ipywidgets view:
its output in the notebook names a model that lives only in the kernel. Saved
as it is, the lesson opened the next day finds no such model, and JupyterLab
writes that error where the tool was.

JupyterLab's own remedy, the widget manager's ``saveState`` setting, stores
every model's state in the notebook and draws it again, but connected to no
kernel: the ticks show, yet clicks reach neither the answer line nor Check,
and Run All makes a new tool anyway. It would also put each tool's whole
front-end (anywidget's ``_esm``) into every notebook a student submits.

So the server, before it writes a notebook, replaces each widget view with
one plain sentence that says how to get the tool back. Running the cell
brings it back showing the answer cell's value (see ``last_run.bind``). The
open page keeps its live tools: only the file changes. Set up as the
``ContentsManager.pre_save_hook`` in jupyter/learner and jupyter/teacher.
"""

from __future__ import annotations

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
#: What the cell that made a tool calls it, and what students call it.
TOOLS = {"SourceTagger(": "tagging tool", "Highlighter(": "highlighter", "ArticleBox(": "article box"}


def replace_widget_views(model: dict, **_where) -> None:
    """Pre-save hook: in a notebook ``model`` (the contents API's, about to be written), each widget view
    becomes a plain-text output saying the tool comes back when its cell runs."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    for cell in model["content"].get("cells", []):
        for output in cell.get("outputs", []):
            if WIDGET_VIEW in output.get("data", {}):
                output["data"] = {"text/plain": comes_back(cell)}


def comes_back(cell: dict) -> str:
    """The sentence that stands in for the tool ``cell`` made, named as the lesson names it."""
    source = cell.get("source", "")
    source = "".join(source) if isinstance(source, list) else source
    tool = next((name for call, name in TOOLS.items() if call in source), "tool")
    return f"The {tool} comes back when you run this cell."

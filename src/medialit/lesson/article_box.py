"""Lesson 6's box for an article of one's own: paste the text, press Analyse, read the marks.

Students used to paste their article into a triple-quoted Python string, and
an article that ended with a quotation mark, or held a backslash, became a
SyntaxError about brackets. A text box takes any text as it is. It is built
from ipywidgets' own Textarea and Button, which the keyboard and screen
readers already know; a one-line summary in a live region says what happened,
and the marks follow. Nothing here is graded: the written answer a teacher
marks stays in a Markdown cell.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..analyzer.analyzer import AnalysisError, analyze
from ..content.wording import counted


class ArticleBox(widgets.VBox):
    """A labelled text box, an Analyse button, a one-line summary (a live region) and the analyzer's marks."""

    def __init__(self):
        self.text = widgets.Textarea(placeholder="Paste the text of a news article here: a few paragraphs are enough.",
                                     description="Your article", layout=widgets.Layout(width="auto", height="12em"),
                                     style={"description_width": "initial"})
        self.button = widgets.Button(description="Analyse", tooltip="Mark sources, figures and framing in your article",
                                     icon="search")
        self.summary = widgets.HTML()
        self.marks = widgets.HTML()
        self.button.on_click(self.press_analyse)
        super().__init__([self.text, self.button, self.summary, self.marks])
        self.add_class("medialit-article-box")

    def press_analyse(self, _button=None) -> None:
        try:
            result = analyze(self.text.value)
        except AnalysisError as problem:
            self._say(f"Not analysed: {problem}")
            self.marks.value = ""
            return
        self._say(f"Analysed: {counted(len(result['sentences']), 'sentence')}, "
                  f"{counted(len(result['attributions']), 'source')}, {counted(len(result['figures']), 'figure')}, "
                  f"{counted(len(result['framing']), 'framing mark')}. Check each mark below.")
        self.marks.value = result.to_html()

    def _say(self, sentence: str) -> None:
        self.summary.value = f'<p role="status" class="medialit-status">{html.escape(sentence)}</p>'

"""The source tagger: tag each sentence by who is speaking, then copy one line.

A small anywidget front-end (``source_tagger.js``): one fieldset per sentence,
its text as the legend, holding a native radio group, so Tab moves between
sentences, the arrow keys choose, a screen reader names the sentence, and
the chosen tag is marked in bold underline as well as by its ticked circle.
The kernel keeps the tags, writes the answer line and gives the feedback. It
helps students explore; the graded answer is the line they paste into the
answer cell, because autograding re-runs the notebook without widget state.
"""

from __future__ import annotations

import os
from pathlib import Path

import anywidget
import traitlets

from .answers import SOURCE_KINDS
from .article import Article
from .feedback import check

_HELP = (
    "Tag every sentence: click a tag, or press Tab to reach a sentence and the arrow keys to choose. "
    "The answer line at the end is your answer: copy it into the answer cell below."
)


class SourceTagger(anywidget.AnyWidget):
    """Tag ``article``'s sentences with ``kinds``; the result answers ``exercise``."""

    _esm = Path(__file__).with_name("source_tagger.js")
    _css = Path(__file__).with_name("source_tagger.css")

    help = traitlets.Unicode(_HELP).tag(sync=True)
    sentences = traitlets.List().tag(sync=True)  # [number, label, text] per sentence
    kinds = traitlets.Dict().tag(sync=True)  # tag -> what it means
    tags = traitlets.Dict().tag(sync=True)  # "3" -> "named": JSON keys are strings
    answer_line = traitlets.Unicode().tag(sync=True)
    feedback = traitlets.Unicode().tag(sync=True)

    def __init__(self, article: Article, exercise: str, kinds: dict[str, str] = SOURCE_KINDS):
        super().__init__(sentences=[[s.number, s.label, s.text] for s in article.sentences], kinds=dict(kinds))
        self.exercise = exercise
        self.observe(self._update_answer, names="tags")
        self.on_msg(self._on_message)
        self._update_answer()

    @property
    def value(self) -> dict[int, str]:
        """The tags so far, as the answer cell wants them; anything not a known tag is ignored."""
        return {int(n): kind for n, kind in self.tags.items() if kind in self.kinds}

    def tag(self, number: int, kind: str) -> None:
        """Tag sentence ``number``, as a click would."""
        self.tags = {**self.tags, str(number): kind}

    def press_check(self) -> None:
        self.feedback = check(self.exercise, self.value)._repr_html_()

    def _update_answer(self, _change=None) -> None:
        pairs = ", ".join(f'{n}: "{kind}"' for n, kind in sorted(self.value.items()))
        self.answer_line = f"{self.exercise} = {{{pairs}}}"

    def _on_message(self, _widget, content, _buffers) -> None:
        if content.get("event") == "check":
            self.press_check()

    def _repr_mimebundle_(self, **kwargs):
        if os.environ.get("NBGRADER_EXECUTION"):
            return {"text/plain": "(The tagging tool is not shown during grading: only your answer cell counts.)"}
        return super()._repr_mimebundle_(**kwargs)

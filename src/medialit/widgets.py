"""The source tagger: tag each sentence by who is speaking, then copy one line.

Built only from ipywidgets' standard controls, so it works by mouse and by
keyboard (Tab to a sentence's tags, arrow keys to choose) and every choice is
a word, never just a colour. It helps students explore; the graded answer is
the line it shows, which they paste into an answer cell, because autograding
re-runs the notebook without any widget state.
"""

from __future__ import annotations

import html
import os

import ipywidgets as widgets

from .answers import SOURCE_KINDS
from .article import Article
from .feedback import check

_HELP = (
    "Tag every sentence: click a tag, or press Tab to reach a sentence's tags and the arrow keys "
    "to choose. The line under the text is your answer: copy it into the answer cell below."
)


class SourceTagger:
    """Tag ``article``'s sentences with ``kinds``; the result answers ``exercise``."""

    def __init__(self, article: Article, exercise: str, kinds: dict[str, str] = SOURCE_KINDS):
        self.article = article
        self.exercise = exercise
        self.choices = {
            s.number: widgets.RadioButtons(
                options=list(kinds),
                index=None,
                orientation="horizontal",
                description=f"Tag {s.label}",
                tooltip=f"Who is speaking in {s.label}?",
                style={"description_width": "initial"},
            )
            for s in article.sentences
        }
        self.answer = widgets.Textarea(
            description="Answer line",
            layout=widgets.Layout(width="100%", height="4em"),
            style={"description_width": "initial"},
        )
        self.check_button = widgets.Button(
            description="Check my tags",
            tooltip="Count how many tags are right, without showing the answers",
            icon="check",
        )
        self.feedback = widgets.HTML(value="")
        for choice in self.choices.values():
            choice.observe(self._update_answer, names="value")
        self.check_button.on_click(self._show_feedback)
        self._update_answer()

    @property
    def value(self) -> dict[int, str]:
        return {n: choice.value for n, choice in self.choices.items() if choice.value is not None}

    def tag(self, number: int, kind: str) -> None:
        """Tag sentence ``number``, as a click would."""
        self.choices[number].value = kind

    def _update_answer(self, _change=None) -> None:
        pairs = ", ".join(f'{n}: "{kind}"' for n, kind in sorted(self.value.items()))
        self.answer.value = f"{self.exercise} = {{{pairs}}}"

    def _show_feedback(self, _button=None) -> None:
        self.feedback.value = check(self.exercise, self.value)._repr_html_()

    def _rows(self) -> list[widgets.Widget]:
        legend = "".join(f"<li><strong>{html.escape(k)}</strong>: {html.escape(v)}</li>" for k, v in SOURCE_KINDS.items())
        rows = [widgets.HTML(f"<p>{html.escape(_HELP)}</p><ul>{legend}</ul>")]
        for sentence in self.article.sentences:
            text = widgets.HTML(f"<strong>[{sentence.label}]</strong> {html.escape(sentence.text)}")
            rows.append(widgets.VBox([text, self.choices[sentence.number]]))
        return rows + [self.answer, self.check_button, self.feedback]

    def _ipython_display_(self) -> None:
        from IPython.display import display

        if os.environ.get("NBGRADER_EXECUTION"):
            print("(The tagging tool is not shown during grading: only your answer cell counts.)")
            return
        display(widgets.VBox(self._rows()))

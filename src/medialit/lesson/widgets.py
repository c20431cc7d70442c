"""The tools students answer with: the source tagger and the highlighter.

Both are small anywidget front-ends (``widgets.js``) built from native
controls, so the keyboard and screen readers work as in any web page. The
kernel keeps the state, writes the answer line and gives the feedback. They
help students explore; the graded answer is the line they paste into the
answer cell, because autograding re-runs the notebook without widget state.

- ``SourceTagger``: one fieldset per sentence, its text as the legend,
  holding a native radio group: Tab moves between sentences, the arrow keys
  choose, and the chosen tag is in bold underline as well as ticked. With
  ``multiple=True`` the group is of checkboxes (Tab and Space), for texts
  whose sentences can mix kinds of source.
- ``Highlighter``: pick a technique, then mark words; the text is one tab
  stop whose words are buttons (arrow keys move, Space marks). A mark is a
  colour and the technique's name written after the marked words.

Both follow the answer cell (``last_run.bind``): made when their answer
already has a value, they show it, and each later working run of the answer
cell shows its value (Restart and Run All runs a tool's cell before its
answer cell; until that runs, the tool says so). Made again in the same
kernel, they keep the old tool's clicks.
A value a tool cannot show is left to check() to explain.
"""

from __future__ import annotations

import re
from pathlib import Path

import anywidget
import traitlets

from ..content.article import Article
from . import last_run
from .answers import (FRAMING_TECHNIQUES, SOURCE_KINDS, AnswerProblem, compact_kinds, parse_sentence_kinds,
                      parse_text_labels, phrase_words, python_literal)
from .feedback import check

#: A word the highlighter can mark: letters or digits, with inner hyphens and
#: apostrophes, and any quotation marks around it (so scare quotes show).
_WORD = re.compile(r"[\"“‘']?\w[\w’'-]*[\"”’']?")


#: What a tool says while its answer cell has not run in this kernel (after a restart, its own cell run alone).
_WAITING = ("<p>The answer cell below has not run since the kernel started: run it, and this tool shows the "
            "answer it holds.</p>")


class _AnswerWidget(anywidget.AnyWidget):
    """What both tools share: an answer line for ``exercise``, a Check button, and following the answer cell
    (``medialit`` gives a note instead of either tool while grading)."""

    _esm = Path(__file__).with_name("widgets.js")
    _css = Path(__file__).with_name("widgets.css")
    view = traitlets.Unicode().tag(sync=True)  # which front-end widgets.js draws
    help = traitlets.Unicode().tag(sync=True)
    answer_line = traitlets.Unicode().tag(sync=True)
    feedback = traitlets.Unicode().tag(sync=True)
    #: The synced trait that holds the student's clicks: the answer line follows it.
    _work_trait = ""

    def __init__(self, exercise: str, **state):
        super().__init__(**state)
        self.exercise = exercise
        self.on_msg(self._on_message)
        self.observe(self._update_answer, names=self._work_trait)
        self._start_from(last_run.bind(exercise, self))
        self._update_answer()

    @property
    def value(self) -> dict:
        raise NotImplementedError

    def show_answer(self, value: object) -> None:
        """Show ``value``, set by the answer cell, as if clicked; a value the tool cannot show leaves it as it is
        (check() says what is wrong with such an answer, and a tool must never print a traceback)."""
        if self.feedback == _WAITING:
            self.feedback = ""
        work = self._work_from(value)
        if work is not None:
            self.set_trait(self._work_trait, work)

    def _work_from(self, value: object) -> dict | None:
        """``value`` as the clicks that give it, or None if no clicks give it."""
        raise NotImplementedError

    def _start_from(self, previous: _AnswerWidget | None) -> None:
        """A tool made again starts where the student was: with the clicks of the tool it replaces, if that
        showed the same text (its cell was re-run: after a page reload, the saved lesson asks for that), else
        with the answer's value, if its cell has run; if not (the next day, this cell run alone after a restart),
        it says that running the answer cell fills it in."""
        answer = last_run.current_answer(self.exercise, _WAITING)
        if previous is not None and previous.sentences == self.sentences:
            self.set_trait(self._work_trait, getattr(previous, self._work_trait))
        elif answer is _WAITING and last_run.watching():
            self.feedback = _WAITING
        else:
            self.show_answer(answer)

    def press_check(self) -> None:
        self.feedback = check(self.exercise, self.value)._repr_html_()

    def _update_answer(self, _change=None) -> None:
        self.answer_line = f"{self.exercise} = {python_literal(self.value)}"

    def _on_message(self, _widget, content, _buffers) -> None:
        if content.get("event") == "check":
            self.press_check()


class SourceTagger(_AnswerWidget):
    """Tag ``article``'s sentences with ``kinds``; the result answers ``exercise``.

    With ``multiple=True`` a sentence may get several kinds (a named source
    inside vague ones): the answer holds a set of kinds for that sentence.
    """

    sentences = traitlets.List().tag(sync=True)  # [number, label, text] per sentence
    kinds = traitlets.Dict().tag(sync=True)  # tag -> what it means
    multiple = traitlets.Bool(False).tag(sync=True)  # checkboxes instead of radio buttons
    tags = traitlets.Dict().tag(sync=True)  # "3" -> "named", or "3" -> ["named", "vague"] when multiple
    _work_trait = "tags"

    def __init__(self, article: Article, exercise: str, kinds: dict[str, str] = SOURCE_KINDS, multiple: bool = False):
        how = ("tick every kind of source it uses (most sentences have one), or press Tab to move from box to box "
               "and Space to tick" if multiple else
               "click a tag, or press Tab to reach a sentence and the arrow keys to choose")
        super().__init__(
            exercise, view="tagger", kinds=dict(kinds), multiple=multiple,
            sentences=[[s.number, s.label, s.text] for s in article.sentences],
            help=f"Tag every sentence: {how}. "
                 "The answer line at the end is your answer: copy it into the answer cell below.",
        )

    @property
    def value(self) -> dict[int, str | set[str]]:
        """The tags so far, in sentence order, as the answer cell wants them; unknown tags are ignored.

        A sentence with one kind gets a plain tag, one with several a set, so
        the line stays as short as the single-kind form wherever it can.
        """
        kinds = {int(n): {kind for kind in ([tagged] if isinstance(tagged, str) else tagged) if kind in self.kinds}
                 for n, tagged in sorted(self.tags.items(), key=lambda i: int(i[0]))}
        return compact_kinds({n: tags for n, tags in kinds.items() if tags})

    def tag(self, number: int, *kinds: str) -> None:
        """Tag sentence ``number`` with ``kinds`` (one, unless ``multiple``), as clicks would."""
        self.tags = {**self.tags, str(number): list(kinds) if self.multiple else kinds[0]}

    def _work_from(self, value: object) -> dict | None:
        """The tags that give ``value``: read as the form test reads it ("S3" keys, any letter case); None if a
        sentence is not in this text, or has several kinds where only one can be chosen."""
        try:
            kinds = parse_sentence_kinds(value, self.kinds)
        except AnswerProblem:
            return None
        if not set(kinds) <= {number for number, *_ in self.sentences}:
            return None
        if not self.multiple and any(len(tagged) != 1 for tagged in kinds.values()):
            return None
        return {str(n): [k for k in self.kinds if k in tagged] if self.multiple else next(iter(tagged))
                for n, tagged in kinds.items()}


class Highlighter(_AnswerWidget):
    """Mark words of ``article`` by technique; the marked phrases answer ``exercise``."""

    sentences = traitlets.List().tag(sync=True)  # [number, label, text, paragraph, [[word, start, end], ...]]
    categories = traitlets.Dict().tag(sync=True)  # technique -> what it means
    marks = traitlets.Dict().tag(sync=True)  # "word number" -> technique: JSON keys are strings
    _work_trait = "marks"

    def __init__(self, article: Article, exercise: str, categories: dict[str, str] = FRAMING_TECHNIQUES):
        sentences, self._words = [], []  # _words[i] = (sentence, start, end) of word i
        for s in article.sentences:
            spans = []
            for match in _WORD.finditer(s.text):
                spans.append([len(self._words), match.start(), match.end()])
                self._words.append((s, match.start(), match.end()))
            sentences.append([s.number, s.label, s.text, s.paragraph, spans])
        super().__init__(
            exercise, view="highlighter", categories=dict(categories), sentences=sentences,
            help="Choose a technique, then click the words that use it, or press Tab to reach the text, "
                 "the arrow keys to move from word to word and Space to mark one. Click a marked word again "
                 "to remove its mark. The answer line at the end is your answer: copy it into the answer cell below.",
        )

    @property
    def value(self) -> dict[str, str]:
        """Each run of neighbouring words marked alike, within one sentence, as its text -> its technique."""
        phrases, run = {}, []
        for i in sorted(int(n) for n, c in self.marks.items() if c in self.categories and 0 <= int(n) < len(self._words)):
            last = run[-1] if run else None
            if last is not None and (i != last + 1 or self._words[i][0] != self._words[last][0]
                                     or self.marks[str(i)] != self.marks[str(last)]):
                phrases.update(self._phrase(run))
                run = []
            run.append(i)
        if run:
            phrases.update(self._phrase(run))
        return phrases

    def mark(self, word: int, category: str) -> None:
        """Mark word number ``word`` (counting from 0 through the whole text), as a click would."""
        self.marks = {**self.marks, str(word): category}

    def words(self) -> list[str]:
        """Every markable word, in order: what ``mark`` counts."""
        return [s.text[start:end] for s, start, end in self._words]

    def _work_from(self, value: object) -> dict | None:
        """The marks that give ``value``, each phrase on the first run of words that reads it and is not marked
        yet; None if a phrase is not in the text word for word."""
        try:
            phrases = parse_text_labels(value, self.categories)
        except AnswerProblem:
            return None
        marks = {}
        for phrase, technique in phrases.items():
            run = self._find(phrase, marks)
            if run is None:
                return None
            marks.update({str(i): technique for i in run})
        return marks

    def _find(self, phrase: str, taken: dict) -> range | None:
        """The first run of whole words in one sentence, none in ``taken``, that reads ``phrase`` the way the
        grader compares phrases (medialit.lesson.answers.phrase_words: letter case, quotation marks and spaces aside)."""
        wanted = phrase_words(phrase)
        for first, (sentence, start, _) in enumerate(self._words):
            last = first
            while last < len(self._words) and self._words[last][0] is sentence:
                words = phrase_words(sentence.text[start:self._words[last][2]])
                if words == wanted and not any(str(i) in taken for i in range(first, last + 1)):
                    return range(first, last + 1)
                if len(words) >= len(wanted):
                    break
                last += 1
        return None

    def _phrase(self, run: list[int]) -> dict[str, str]:
        sentence, start, _ = self._words[run[0]]
        return {sentence.text[start:self._words[run[-1]][2]]: self.marks[str(run[0])]}

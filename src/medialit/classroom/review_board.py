"""The review board: the teacher looks at every item of the analyzer's draft key and decides, by mouse or keyboard.

``medialit new-case`` writes a review notebook (``reviews/NAME-review.ipynb``)
whose one cell is ``ReviewBoard("NAME")``. The board shows the three parts of
the review (:mod:`medialit.classroom.case_review`): who is speaking (one item
per sentence), the numbers (one per figure) and the framing (one per
candidate). Each item shows its sentence with the phrase in brackets and bold
(colour is never the only mark), the draft and its reason, and where it stands
in words; its controls accept the draft, reject it, or change the key (the
label, other answers a careful reader could defend, who vouches or whose words
they are) and write its one-line reason. A form adds a figure or a framing
phrase the analyzer missed, and another fills in the chain of attribution,
which no analyzer finds (who told whom, first teller first, in one box:
``An engineer > the agency > the outlet``).

Every change is saved at once (there is no Save button to forget): the change
is made on a copy of the review, the copy is written whole, and only then does
the board take it, so a change refused (:class:`ReviewProblem`, said in one
sentence in the board's live status line) leaves the file and the board as
they were, and whatever the teacher typed stays in its box to be put right.

The controls are ipywidgets' native ones (buttons, a drop-down, text boxes),
so Tab, Enter, Space and the arrow keys work as on any web page, once
JupyterLab's notebook shortcuts are kept off them: a small front end
(:data:`_STATUS_ESM`), the live status line, marks every control of its board
with ``data-lm-suppress-shortcuts`` (as ``lesson/widgets.js`` explains).
"""

from __future__ import annotations

import copy
import html
import itertools
from pathlib import Path

import anywidget
import ipywidgets as w
import traitlets

from ..lesson.answers import SOURCE_KINDS
from .case_review import (OUTLET, SECTIONS, ReviewProblem, accept, add, chain_of, change, clear_chain, load_review,
                          place, reject, review_path, save_review, set_chain, set_reason, waiting, who_field)

#: Each part's heading, what one item is, and what its who-field asks.
PARTS = {
    "sentences": ("Who is speaking", "one item per sentence: the kinds of source it uses", "Who speaks"),
    "figures": ("Where the numbers come from", "one item per figure: what its words promise", "Who vouches"),
    "framing": ("Framing", "one item per phrase: its technique", "Whose words"),
}
#: What a hand-added item's who-field starts with, as in a draft: a figure vouched for by "nobody", the outlet's words.
_FIRST_WHO = {"figures": "nobody", "framing": OUTLET}

#: The live status line, and the keys kept for its board's controls. JupyterLab's notebook shortcuts (arrows,
#: Enter, Space, "a", "b"...) would take keys from ipywidgets' native controls (jupyter-widgets/ipywidgets#3912);
#: Lumino skips them for an element marked data-lm-suppress-shortcuts, and its selectors end in ":focus", so each
#: control carries the mark itself. Controls come and go (an added item), so the board is watched.
_STATUS_ESM = """
const CONTROLS = "button, input, select, textarea";
function keepKeys(board) {
  const mark = () => board.querySelectorAll(`:is(${CONTROLS}):not([data-lm-suppress-shortcuts])`)
    .forEach((node) => node.setAttribute("data-lm-suppress-shortcuts", "true"));
  mark();
  new MutationObserver(mark).observe(board, { childList: true, subtree: true });
}
export default {
  render({ model, el }) {
    const status = document.createElement("div");
    status.className = "medialit-review-status";
    status.setAttribute("role", "status");
    const show = () => status.replaceChildren(...model.get("lines").map((line) =>
      Object.assign(document.createElement("p"), { textContent: line })));
    show();
    model.on("change:lines", show);
    el.append(status);
    // The board's boxes attach this view when they are drawn: wait for that frame, then watch the board.
    const attach = () => el.closest(".medialit-review-board") ? keepKeys(el.closest(".medialit-review-board"))
                                                                : requestAnimationFrame(attach);
    attach();
  },
};
"""


class StatusLine(anywidget.AnyWidget):
    """The board's one live region: how much is left to review, and what the last change did (or why not)."""

    _esm = _STATUS_ESM
    #: ipywidgets mark a focused drop-down or text box by a change of border colour alone, and take the outline
    #: away: not enough to see where the keyboard is, so the outline is put back over their rule.
    _css = """.medialit-review-board :is(button, input, select, textarea):focus-visible {
  outline: 2px solid var(--jp-brand-color1, #1976d2) !important; outline-offset: 1px; }
.medialit-review-item { border-top: 1px solid var(--jp-border-color1, #bdbdbd); padding-bottom: 0.5em; }"""
    lines = traitlets.List(traitlets.Unicode()).tag(sync=True)


def find_course(start: Path) -> Path:
    """The course a review notebook belongs to: the nearest folder, from ``start`` up, that holds source_texts/."""
    for folder in (start, *start.parents):
        if (folder / "source_texts").is_dir():
            return folder
    raise ReviewProblem(f"No folder above {start} holds source_texts/: open the review notebook from the course's "
                        'reviews/ folder, or name the course: ReviewBoard("NAME", course="path/to/course").')


def label_options(section: str) -> list[tuple[str, object]]:
    """The drop-down's choices: for a sentence every mix of kinds of source ("named + none"), else the labels."""
    if section != "sentences":
        return [(label, label) for label in SECTIONS[section][1]]
    kinds = list(SOURCE_KINDS)
    mixes = [mix for size in range(1, len(kinds) + 1) for mix in itertools.combinations(kinds, size)]
    return [(" + ".join(mix), tuple(sorted(mix))) for mix in mixes]


def shown_label(section: str, label) -> str:
    return " + ".join(k for k in SOURCE_KINDS if k in label) if section == "sentences" else label


def read_also(section: str, typed: str) -> list:
    """The other answers as typed: separated by ";" or ","; a sentence's mix of kinds joined by "+"."""
    answers = [answer.strip().lower() for answer in typed.replace(";", ",").split(",") if answer.strip()]
    if section == "sentences":
        return [[kind.strip() for kind in answer.split("+") if kind.strip()] for answer in answers]
    return answers


def shown_also(section: str, also: list) -> str:
    return "; ".join(shown_label(section, answer) for answer in also)


def marked(sentence: str, phrase: str | None) -> str:
    """The sentence as HTML, the phrase in brackets, bold and highlighted: the brackets say it without colour."""
    if not phrase:
        return html.escape(sentence)
    start = sentence.lower().find(phrase.lower())
    if start < 0:
        return f"{html.escape(sentence)} (the phrase: <mark><strong>[{html.escape(phrase)}]</strong></mark>)"
    end = start + len(phrase)
    return (f"{html.escape(sentence[:start])}<mark><strong>[{html.escape(sentence[start:end])}]</strong></mark>"
            f"{html.escape(sentence[end:])}")


def standing(section: str, item: dict) -> str:
    """Where an item stands, in words."""
    field = SECTIONS[section][0]
    key = item["key"]
    words = {"unreviewed": "not reviewed yet", "rejected": "rejected: left out of the key"}.get(item["status"])
    if words is None:
        words = (f"{'added by you' if item['status'] == 'added' else item['status']}: the key is "
                 f"{shown_label(section, key[field])}")
        if key["also"]:
            words += f", also accepting {shown_also(section, key['also'])}"
        if not item["reason"].strip():
            words += "; it needs a one-line reason"
    return words


class Looks:
    """One layout per width and one style per kind of control, shared by all of a board's controls. Each layout and
    style is a widget model of its own: unshared, ~40 items make some 950 models for the browser to draw."""

    def __init__(self):
        self._layouts, self._styles = {}, {}

    def make(self, control: type[w.DOMWidget], width: str | None = None, **properties) -> w.DOMWidget:
        style = control.class_traits().get("style")
        if style is not None:
            kind = style.klass
            if kind not in self._styles:  # descriptions in full, never cut to ipywidgets' narrow default
                self._styles[kind] = kind(**({"description_width": "initial"}
                                             if "description_width" in kind.class_trait_names() else {}))
            properties["style"] = self._styles[kind]
        if width not in self._layouts:
            self._layouts[width] = w.Layout(width=width) if width else w.Layout()
        return control(layout=self._layouts[width], **properties)

    def text_box(self, description: str, width: str = "40em") -> w.Text:
        """A text box saved when the teacher presses Enter or leaves it (not at every letter)."""
        return self.make(w.Text, width, description=description, continuous_update=False)


def _items(count: int) -> str:
    return f"{count} item{'' if count == 1 else 's'}"


class ItemRow:
    """One item's view and controls: its sentence, draft and standing, then Accept, Reject, the key's label, also,
    who, and the reason, in that order (the Tab order)."""

    def __init__(self, board: ReviewBoard, section: str, index: int):
        self.board, self.section, self.index = board, section, index
        item = board.review[section][index]
        looks = board.looks
        self.about = looks.make(w.HTML)
        self.accept = looks.make(w.Button, description="Accept the draft", disabled=item["draft"] is None,
                                 tooltip="The draft becomes the key")
        self.reject = looks.make(w.Button, description="Reject", tooltip="Leave this item out of the key")
        self.label = looks.make(w.Dropdown, options=label_options(section),
                                description="Key" if section != "sentences" else "Kinds of source")
        self.also = looks.text_box("Also accept", width="30em")
        self.who = looks.text_box(PARTS[section][2], width="30em")
        self.reason = looks.text_box("Reason (one line)", width="60em")
        self.box = looks.make(w.VBox, children=[self.about, looks.make(w.HBox, children=[self.accept, self.reject]),
                                                self.label, self.also, self.who, self.reason],
                              _dom_classes=("medialit-review-item",))
        self._quiet = False
        self.show()
        self.accept.on_click(lambda _: self._decide("accepted", lambda r: accept(
            r, section, self.index, reason=self.reason.value)))
        self.reject.on_click(lambda _: self._decide("rejected", lambda r: reject(
            r, section, self.index, reason=self.reason.value)))
        for control in (self.label, self.also, self.who):
            control.observe(self._change, names="value")
        self.reason.observe(self._write_reason, names="value")

    @property
    def item(self) -> dict:
        return self.board.review[self.section][self.index]

    def where(self) -> str:
        return place(self.item)

    def show(self) -> None:
        """Draw the item as the review now holds it, without the controls' own observers firing."""
        item, field = self.item, SECTIONS[self.section][0]
        sentence = self.board.sentences[item["sentence"] - 1]
        draft = item["draft"]
        drafted = (f"Draft: <strong>{html.escape(shown_label(self.section, draft[field]))}</strong>. "
                   f"{html.escape(draft['reason'])}" if draft else "Added by you: no draft.")
        self.about.value = (f"<p><strong>S{item['sentence']}</strong> {marked(sentence, item.get('phrase'))}</p>"
                            f"<p>{drafted}</p><p>Status: <strong>{html.escape(standing(self.section, item))}"
                            f"</strong></p>")
        now = item["key"] or draft  # neither for an added item rejected: its controls keep what it was
        whose = who_field(self.section)
        self._quiet = True
        try:
            if now is not None:
                self.label.value = tuple(now[field]) if self.section == "sentences" else now[field]
                self.who.value = now[whose]
                self.also.value = shown_also(self.section, item["key"]["also"]) if item["key"] else ""
            self.reason.value = item["reason"]
        finally:
            self._quiet = False

    def _decide(self, done: str, operation) -> None:
        if self.board.apply(f"{self.where()} {done}", operation):
            self.show()

    def _change(self, _change=None) -> None:
        if self._quiet:
            return
        self._decide("changed", lambda r: change(r, self.section, self.index, list(self.label.value)
                                                  if self.section == "sentences" else self.label.value,
                                                  also=read_also(self.section, self.also.value),
                                                  who=self.who.value.strip() or None, reason=self.reason.value))

    def _write_reason(self, _change=None) -> None:
        if not self._quiet:
            self._decide("reason written", lambda r: set_reason(r, self.section, self.index, self.reason.value))


class AddForm:
    """A figure or a framing phrase the analyzer missed: sentence number, its exact words, label, also, who, reason."""

    def __init__(self, board: ReviewBoard):
        self.board = board
        looks = board.looks
        self.section = looks.make(w.Dropdown, options=[("a figure", "figures"), ("a framing phrase", "framing")],
                                  description="Add")
        self.sentence = looks.make(w.IntText, "14em", value=1, description="Sentence number")
        self.phrase = looks.text_box("Its exact words")
        self.label = looks.make(w.Dropdown, description="Key")
        self.also = looks.text_box("Also accept", width="30em")
        self.who = looks.text_box("", width="30em")
        self.reason = looks.text_box("Reason (one line)", width="60em")
        self.button = looks.make(w.Button, description="Add it to the key")
        self.said = looks.make(w.HTML)
        self.box = looks.make(w.VBox, children=[
            looks.make(w.HTML, value="<h3>Add a figure or a framing phrase the analyzer missed</h3>"), self.section,
            self.sentence, self.phrase, self.label, self.also, self.who, self.reason, self.button, self.said],
            _dom_classes=("medialit-review-add",))
        self.section.observe(self._for_section, names="value")
        self._for_section()
        self.button.on_click(self._add)

    def _for_section(self, _change=None) -> None:
        section = self.section.value
        self.label.options = label_options(section)
        self.label.value = self.label.options[0][1]  # a choice on show, never an empty box
        self.who.description = PARTS[section][2]
        self.who.value = _FIRST_WHO[section]

    def _add(self, _button=None) -> None:
        section, number, phrase = self.section.value, self.sentence.value, self.phrase.value.strip()
        if not phrase:
            self.said.value = html.escape(self.board.say("Type the exact words of the phrase to add, then press Add it "
                                                         "to the key."))
            return
        added = self.board.apply(f"S{number} {phrase!r} added to {PARTS[section][0].lower()}", lambda r: add(
            r, section, number, phrase, self.label.value, also=read_also(section, self.also.value),
            who=self.who.value.strip() or _FIRST_WHO[section], reason=self.reason.value))
        self.said.value = html.escape(self.board.message)
        if added:
            self.board.show_added(section, number, phrase)
            self.phrase.value = self.also.value = self.reason.value = ""


def chain_sentence(typed: str) -> int:
    """The chain's sentence number as typed: "4" or "S4"."""
    number = typed.strip().upper().removeprefix("S").strip()
    if not number.isdigit():
        raise ReviewProblem("Type the chain's sentence number as a number, such as 4.")
    return int(number)


def chain_tellers(typed: str) -> list[str]:
    """The tellers as typed, first teller first, separated by ">"."""
    return [teller.strip() for teller in typed.split(">")] if typed.strip() else []


class ChainForm:
    """The chain of attribution (optional, no analyzer finds it): the sentence, its tellers first to last in one box
    ("A > B > the outlet"), and the reason. Saved whenever a box is left or Enter pressed, once the tellers are there;
    emptying the tellers clears it."""

    def __init__(self, board: ReviewBoard):
        self.board = board
        looks = board.looks
        self.about = looks.make(w.HTML)
        self.sentence = looks.text_box("Sentence number", width="14em")
        self.tellers = looks.text_box("Tellers, first teller first, the outlet last, separated by >")
        self.reason = looks.text_box("Reason (one line)", width="60em")
        self.box = looks.make(w.VBox, children=[
            looks.make(w.HTML, value=(
                "<h3>Chain of attribution (optional)</h3><p>Who told whom the claim of one sentence, for lesson 1's "
                "chain exercise: for example <code>An engineer at the dam &gt; the news agency &gt; the outlet"
                "</code>. Leave the tellers empty for no chain.</p>")),
            self.about, self.sentence, self.tellers, self.reason], _dom_classes=("medialit-review-chain",))
        chain = chain_of(board.review)
        if chain["tellers"]:
            self.sentence.value = str(chain["sentence"])
            self.tellers.value = " > ".join(chain["tellers"])
            self.reason.value = chain["reason"]
        self.show()
        for control in (self.sentence, self.tellers, self.reason):
            control.observe(self._save, names="value")

    def show(self) -> None:
        chain = chain_of(self.board.review)
        if not chain["tellers"]:
            words = "no chain: the lesson will not ask for one"
        else:
            words = f"the chain of S{chain['sentence']} is {' > '.join(chain['tellers'])}"
            if not chain["reason"].strip():
                words += "; it needs a one-line reason"
        self.about.value = f"<p>Status: <strong>{html.escape(words)}</strong></p>"

    def _save(self, _change=None) -> None:
        tellers = chain_tellers(self.tellers.value)
        if tellers:
            saved = self.board.apply("The chain", lambda r: set_chain(r, chain_sentence(self.sentence.value), tellers,
                                                                      self.reason.value))
        elif chain_of(self.board.review)["tellers"]:
            saved = self.board.apply("The chain cleared", clear_chain)
        else:
            return  # nothing to save yet: what is typed stays in its box
        if saved:
            self.show()


class ReviewBoard(w.VBox):
    """The review of case ``name`` (``COURSE/reviews/NAME.review.json``) as widgets; the course is the
    nearest folder above the notebook holding source_texts/, unless ``course`` names it."""

    def __init__(self, name: str, course: str | Path | None = None):
        self.name = name
        self.looks = Looks()
        self.status = StatusLine()
        super().__init__([self.status], _dom_classes=("medialit-review-board",))
        try:
            folder = Path(course) if course is not None else find_course(Path.cwd())
            self.path = review_path(folder, name)
            try:
                text = (folder / "source_texts" / f"{name}.txt").read_text(encoding="utf-8")
            except FileNotFoundError:
                raise ReviewProblem(f"There is no article source_texts/{name}.txt in {folder}: run medialit new-case "
                                    "on the article first.") from None
            self.review = load_review(self.path, text)
        except ReviewProblem as problem:
            self.status.lines = [str(problem)]
            return
        self.sentences = [item["text"] for item in self.review["sentences"]]
        self.rows = {section: [ItemRow(self, section, i) for i in range(len(self.review[section]))]
                     for section in SECTIONS}
        self.parts = {section: self.looks.make(w.VBox, children=[row.box for row in self.rows[section]])
                      for section in SECTIONS}
        self.chain = ChainForm(self)
        self.form = AddForm(self)
        intro = self.looks.make(w.HTML, value=(
            f"<h2>Review of the case {html.escape(name)}</h2>"
            "<p>Look at every item. <strong>Accept the draft</strong> if it is right, <strong>Reject</strong> it to "
            "leave it out, or choose another key. In <em>Also accept</em>, type other answers a careful reader "
            "could defend, separated by commas (for a sentence, join kinds with +: <code>named + none</code>). "
            "Every key item needs a one-line reason. A text box is saved when you press Enter or leave it; "
            f"everything else at once, to <code>reviews/{html.escape(name)}.review.json</code>.</p>"))
        children = [intro, self.status]
        for section, (heading, one_item, _) in PARTS.items():
            children += [self.looks.make(w.HTML, value=f"<h3>{heading}</h3><p>{_items(len(self.rows[section]))}, "
                                                       f"{one_item}.</p>"),
                         self.parts[section]]
            if section == "sentences":  # the chain is about who is speaking
                children.append(self.chain.box)
        self.children = [*children, self.form.box]
        self.say("")

    def progress(self) -> str:
        """How much still stops the build, or the command that builds the lesson."""
        left = waiting(self.review)
        if not left:
            return f"Ready to build: run medialit new-case {self.name} --build"
        total = sum(len(self.review[section]) for section in SECTIONS)
        unreviewed = sum(item["status"] == "unreviewed" for section in SECTIONS for item in self.review[section])
        line = f"{unreviewed} of {_items(total)} still to review"
        chain = any(reason.startswith("chain:") for reason in left)  # the chain is not an item: said apart
        reasons = len(left) - unreviewed - chain
        if reasons:
            line += (f"; {reasons} key item{'s' if reasons != 1 else ''} need{'s' if reasons == 1 else ''} "
                     "a one-line reason")
        return line + ("; the chain needs a one-line reason" if chain else "") + "."

    def say(self, message: str) -> str:
        """Show the progress and ``message`` in the live status line; return the message."""
        self.message = message
        self.status.lines = [self.progress(), *([message] if message else [])]
        return message

    def apply(self, done: str, operation) -> bool:
        """Make a change on a copy of the review and save it; only then is it the board's. False, and the reason
        said in the status line, if the change is refused or cannot be saved: the file is as it was."""
        changed = copy.deepcopy(self.review)
        try:
            operation(changed)
            save_review(changed, self.path)
        except ReviewProblem as problem:
            self.say(str(problem))
            return False
        except OSError as error:
            self.say(f"The review could not be saved to {self.path} ({error.strerror}): this change is not saved; "
                     "make the folder writable and make the change again.")
            return False
        self.review = changed
        self.say(f"{done}: saved.")
        return True

    def show_added(self, section: str, sentence: int, phrase: str) -> None:
        """Give an added item its row, where the review placed it in text order."""
        index = next(i for i, item in enumerate(self.review[section])
                     if item["sentence"] == sentence and item.get("phrase") == phrase and item["draft"] is None)
        rows = self.rows[section]
        rows.insert(index, ItemRow(self, section, index))
        for position, row in enumerate(rows):
            row.index = position
        self.parts[section].children = [row.box for row in rows]

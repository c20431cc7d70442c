"""The skill check: two parallel forms, A and B, built from one template.

Students take one form before lesson 1 and the other after lesson 5 (half
the class form A first, half form B first: see docs/teach/skill-check.md);
``medialit.classroom.gain`` pairs each student's two hand-ins item by item, by grade
id, and reports the gain for each order as well as overall. So both forms hold
the same six autograded items, one point each, two per skill, with the same
names, questions, answer forms and tests. Only the article and the key
differ, and the two articles are written to one blueprint (:data:`BLUEPRINT`)
so that neither form is easier.

Each article is described here sentence by sentence (:class:`Line`): who
vouches for it, the framing in the outlet's own voice, framing inside a
source's quoted words, and each figure with what its words promise. The keys
are derived from that description, never typed twice, and
``tests/test_skill_check.py`` checks the description against the text and
against the blueprint.

No item gives another away: the labelling items ask only about phrases that
no sentence-set key rests on, list them without sentence numbers, in a
different order with different labels on each form, and each carries a
distractor (``tests/test_skill_check.py`` derives every key's tell-tales from
the description and looks for them in every other item).

Unlike the lessons, the skill check coaches nobody: no ``check()`` cells, no
widgets, no hints; the visible test under an answer says only whether its
form is right.

``python -m medialit.classroom.skill_check`` writes both solution notebooks (outputs
stripped). Then ``python -m medialit.classroom.answer_keys solutions`` and ``nbgrader
generate_assignment`` for ``skill-check-a`` and ``skill-check-b`` make the
check data and the student versions.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..content.article import load_article
from ..lesson.answers import FRAMING_TECHNIQUES, NUMBER_PROMISES, SOURCE_KINDS
from .course import COURSE_ROOT
from .lesson_time import time_notebook

#: The items, in order, as answer variable and grade id (the answer cell is ``answer_<item>``). The gain report
#: pairs the two forms by these names and reads the skill from the part before the first "_": never rename them.
ITEMS = ("sources_named", "sources_unnamed", "framing_loaded", "framing_technique", "figures_unsourced",
         "figures_promise")
POINTS = 1

#: Framing this check counts in ``framing_loaded``: a label or quotation marks in the outlet's own voice.
LOADED = ("loaded label", "scare quotes")

#: What both articles are made of. A test counts each form's sentences against it. Five sentences, so that the whole
#: check fits its 20 minutes by the time model (medialit.classroom.lesson_time): each of the four sentence-set questions asks
#: the student to weigh every sentence.
BLUEPRINT = {
    # 5 sentences, the headline S1 included.
    "sentences": 5,
    # Both reports are written as a state news agency's (a news service run by a government), so the framing sits
    # in the same kind of outlet on both forms: neither form hides it where students do not expect it.
    "outlet": "a state news agency",
    # Who vouches for each sentence; each sentence has exactly one kind, so no answer is a matter of taste.
    # No vague source: a sixth sentence would not fit the 20 minutes; the question on unnamed sources still offers
    # "vague" (an unnamed source is often mistaken for one).
    "source kinds": {"named": 2, "unnamed": 1, "vague": 0, "none": 2},
    # Named sources: a person with a title who gives figures and quotes a word of judgement, and the other side's
    # statement, which quotes its own framing and gives a figure. Unnamed: one source who "asked not to be named".
    # None: the headline and one sentence of the outlet's own.
    # Framing in the outlet's own voice: two emotive words in the headline (one against the other side, one for the
    # outlet's own side), and a loaded label with scare quotes in the one other sentence of the outlet's own voice
    # (framing_loaded's key, which is figures_unsourced's key too: that sentence also gives a number).
    "own-voice framing": {"emotive language": 2, "loaded label": 1, "scare quotes": 1},
    # The same mix of attack and praise on both forms: three against the other side, one for the outlet's own side.
    "own-voice framing by side": {"against the other side": 3, "for its own side": 1},
    "sentences with an own-voice loaded label or scare quotes": 1,
    # Framing inside named sources' quoted words: not the outlet's voice (a distractor in framing_loaded).
    "quoted framing": {"named": 2},
    # Five figures, by who vouches for each and what its words promise (dates are not figures).
    "figures": {"named: an exact count": 2, "named: part of a total": 1, "none: an exact count": 1,
                "unnamed: a lower limit": 1},
    "sentences with a figure nobody vouches for": 1,
    # The labelling items ask only about phrases no sentence-set key rests on, in a different order on each form;
    # a label repeats, others are left unused, and each item carries a distractor: a source's quoted word (framing,
    # but not the outlet's); an exact count beside a qualified number. Each also leaves out a phrase of its kind that no
    # key rests on (the other quoted word; the part of a total), so that what it leaves out is not another item's key.
    "framing_technique asks": {"a named source's quoted word": 1, "own voice: emotive language": 2},
    "figures_promise asks": ["a lower limit", "an exact count", "an exact count"],
}


@dataclass(frozen=True)
class Line:
    """One sentence of an article, as the key reads it.

    ``kind`` is who vouches for the sentence (a key of SOURCE_KINDS); ``who``
    names that source for the model answer's comments. ``framing`` maps a
    phrase, exactly as printed, to its technique in the outlet's own voice;
    ``for_own_side`` lists those of its phrases that praise or soften for the
    outlet's side (the rest attack the other side), so the forms can be
    balanced in what their framing does. ``quoted_framing`` maps framing
    inside a source's quoted words to its technique. ``figures`` maps each
    number phrase, as printed, to what it promises.
    """

    kind: str
    who: str = ""
    framing: dict[str, str] = field(default_factory=dict)
    for_own_side: tuple[str, ...] = ()
    quoted_framing: dict[str, str] = field(default_factory=dict)
    figures: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Form:
    """One form of the skill check: its assignment, its article described line by line, and what it asks."""

    letter: str
    text: str
    outlet_kind: str  # the kind of outlet the article is written as, as BLUEPRINT["outlet"] names it
    outlet: str  # how the article's style is described to students
    lines: dict[int, Line]
    technique_phrases: tuple[str, ...]  # asked in framing_technique, in this order
    promise_phrases: tuple[str, ...]  # asked in figures_promise, in this order

    @property
    def assignment(self) -> str:
        return f"skill-check-{self.letter.lower()}"

    @property
    def other(self) -> str:
        return next(form.assignment for form in FORMS if form.letter != self.letter)


FORM_A = Form(
    letter="A",
    text="skill-check-a-marrek-strike",
    outlet_kind="a state news agency",
    outlet="the way a state news agency (a news service run by a government) might report an air raid on its own country",
    lines={
        1: Line("none", "the headline, in the outlet's own voice",
                framing={"Brutal": "emotive language", "heroic": "emotive language"}, for_own_side=("heroic",)),
        2: Line("named", "Ilse Varga, the health minister", quoted_framing={'"criminals"': "loaded label"},
                figures={"14 people": "an exact count", "including six children": "part of a total"}),
        3: Line("unnamed", "a doctor who asked not to be named", figures={"at least 30": "a lower limit"}),
        4: Line("named", "the Coastal Alliance's statement", quoted_framing={"terrorists": "loaded label"},
                figures={"4 jets": "an exact count"}),
        5: Line("none", "the outlet's own voice", framing={"aggressors": "loaded label", '"precision"': "scare quotes"},
                figures={"212": "an exact count"}),
    },
    technique_phrases=('"criminals"', "Brutal", "heroic"),
    promise_phrases=("at least 30", "14 people", "4 jets"),
)

FORM_B = Form(
    letter="B",
    text="skill-check-b-tolbek-raid",
    outlet_kind="a state news agency",
    outlet="the way a state news agency (a news service run by a government) might report its own army's raid on a "
           "village held by an armed group",
    lines={
        1: Line("none", "the headline, in the outlet's own voice",
                framing={"savage": "emotive language", "daring": "emotive language"}, for_own_side=("daring",)),
        2: Line("unnamed", "a military official who asked not to be named", figures={"at least 40": "a lower limit"}),
        3: Line("none", "the outlet's own voice", framing={"extremists": "loaded label", '"courts"': "scare quotes"},
                figures={"17": "an exact count"}),
        4: Line("named", "Colonel Mara Ostin, an army spokeswoman", quoted_framing={'"neutralised"': "euphemism"},
                figures={"12 fighters": "an exact count", "including two commanders": "part of a total"}),
        5: Line("named", "the Red Hills Front's statement", quoted_framing={"invaders": "loaded label"},
                figures={"23 farmers": "an exact count"}),
    },
    technique_phrases=("savage", '"neutralised"', "daring"),
    promise_phrases=("12 fighters", "at least 40", "23 farmers"),
)

FORMS = (FORM_A, FORM_B)


# The keys, derived from the description. Sets are lists of accepted answers, as in the lessons: one reading here,
# because every sentence was written to be read one way (a second defensible reading would be a second set).

def keys(form: Form) -> dict[str, object]:
    """The hidden test's ``_key`` of each item (a label's weight per phrase, as the lessons' keys give it)."""
    lines = form.lines
    techniques = {phrase: technique for line in lines.values()
                  for phrase, technique in (*line.framing.items(), *line.quoted_framing.items())}
    promises = {phrase: promise for line in lines.values() for phrase, promise in line.figures.items()}
    return {
        "sources_named": [{n for n, line in lines.items() if line.kind == "named"}],
        "sources_unnamed": [{n for n, line in lines.items() if line.kind in ("unnamed", "vague")}],
        "framing_loaded": [{n for n, line in lines.items() if set(line.framing.values()) & set(LOADED)}],
        "framing_technique": {phrase: {techniques[phrase]: 1} for phrase in form.technique_phrases},
        "figures_unsourced": [{n for n, line in lines.items() if line.kind == "none" and line.figures}],
        "figures_promise": {phrase: {promises[phrase]: 1} for phrase in form.promise_phrases},
    }


def solutions(form: Form) -> dict[str, object]:
    """The model answer of each item: the first accepted set, or the first accepted label of each phrase."""
    return {name: key[0] if isinstance(key, list) else {phrase: next(iter(labels)) for phrase, labels in key.items()}
            for name, key in keys(form).items()}


def blueprint_of(form: Form) -> dict:
    """What a form's article is made of, counted from its description in the shape of BLUEPRINT."""
    lines = form.lines.values()
    own = Counter(technique for line in lines for technique in line.framing.values())
    sides = Counter("for its own side" if phrase in line.for_own_side else "against the other side"
                    for line in lines for phrase in line.framing)
    quoted = {phrase for line in lines for phrase in line.quoted_framing}
    own_techniques = {phrase: technique for line in lines for phrase, technique in line.framing.items()}
    return {
        "sentences": len(form.lines),
        "outlet": form.outlet_kind,
        "source kinds": {kind: sum(line.kind == kind for line in lines) for kind in SOURCE_KINDS},
        "own-voice framing": dict(sorted(own.items())),
        "own-voice framing by side": dict(sorted(sides.items())),
        "sentences with an own-voice loaded label or scare quotes": len(keys(form)["framing_loaded"][0]),
        "quoted framing": dict(sorted(Counter(line.kind for line in lines for _ in line.quoted_framing).items())),
        "figures": dict(sorted(Counter(f"{line.kind}: {promise}" for line in lines
                                       for promise in line.figures.values()).items())),
        "sentences with a figure nobody vouches for": len(keys(form)["figures_unsourced"][0]),
        "framing_technique asks": dict(sorted(Counter(
            "a named source's quoted word" if phrase in quoted else f"own voice: {own_techniques[phrase]}"
            for phrase in form.technique_phrases).items())),
        "figures_promise asks": sorted(label for labels in keys(form)["figures_promise"].values() for label in labels),
    }


# How Python values are written in the notebooks: one line, sets in order, a phrase holding double quotes in single
# quotes (so that '"precision"' reads as the word with its quotation marks).

def literal(value: object) -> str:
    if isinstance(value, str):
        return f"'{value}'" if '"' in value and "'" not in value else json.dumps(value, ensure_ascii=False)
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(map(literal, sorted(value))) + "}" if value else "set()"
    if isinstance(value, list):
        return "[" + ", ".join(map(literal, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


# Hidden tests: the lessons' own scoring code for each shape of key (lesson 1's no_source for a list of accepted
# sentence sets, lesson 3's vouchers for labels per name), with the answer's name and the points put in.

SENTENCE_SETS_TEST = """\
# Only syntax, no names a student could redefine; "%s" % x always builds a plain str.
# Scored against the closest accepted answer: each of its items found earns a share, each other item costs one.
_given = {"%s" % (_n,) for _n in ANSWER}
_best = 0.0
for _accepted in _key:
    _right = _size = _count = 0
    for _k in _accepted:
        _size += 1
        if "%s" % (_k,) in _given:
            _right += 1
    for _n in _given:
        _count += 1
    if _right + _right > _count and (_right + _right - _count) / _size > _best:
        _best = (_right + _right - _count) / _size
_best * POINTS"""

NAME_LABELS_TEST = """\
# Only syntax, no names a student could redefine; "%s" % x always builds a plain str.
# Each name earns the weight its label has in the key: 1 where it is right (careful readers may defend several),
# a part where it shows a misconception the lessons name (_why holds the reason the student is shown), nothing
# otherwise.
_given = {("%s" % (_n,)).lower(): ("%s" % (_g,)).lower() for _n, _g in {**ANSWER}.items()}
_right = _size = 0
for _n, _weights in _key.items():
    _size += 1
    for _label, _weight in _weights.items():
        if _given.get(_n.lower()) == _label:
            _right += _weight
_right / _size * POINTS"""


def hidden_test(name: str, key: object, points: float = POINTS) -> str:
    """The hidden test of a list of accepted sentence sets, or of labels per name (a case lesson gives its points)."""
    body = SENTENCE_SETS_TEST if isinstance(key, list) else NAME_LABELS_TEST
    return f"_key = {literal(key)}\n" + body.replace("ANSWER", name).replace("POINTS", str(points))


def visible_test(form: Form, name: str) -> str:
    """The form test students see: the same expect_* function the lessons use for this shape of answer."""
    if name == "framing_technique":
        return ("from medialit import FRAMING_TECHNIQUES, expect_name_labels\n\n"
                f"expect_name_labels({name}, {literal(list(form.technique_phrases))}, FRAMING_TECHNIQUES)")
    if name == "figures_promise":
        return ("from medialit import NUMBER_PROMISES, expect_name_labels\n\n"
                f"expect_name_labels({name}, {literal(list(form.promise_phrases))}, NUMBER_PROMISES)")
    return f"from medialit import expect_sentence_set\n\nexpect_sentence_set({name}, article)"


# What students read. The same words in both forms; only the article's details change.

def without_examples(meaning: str) -> str:
    """A label's meaning without its examples in brackets: examples would hand over answers."""
    return re.sub(r"\s*\([^)]*\)", "", meaning)


def label_table(head: tuple[str, str], rows: dict[str, str]) -> str:
    """A two-column Markdown table of labels (in code type, as students copy them) and what each means."""
    return "\n".join([f"| {head[0]} | {head[1]} |", "|---|---|", *(f"| `{label}` | {meaning} |" for label, meaning in rows.items())])


def _sentence_of(form: Form, phrase: str) -> int:
    return next(n for n, line in form.lines.items() if phrase in (*line.framing, *line.quoted_framing, *line.figures))


def _listed(phrases: tuple[str, ...]) -> str:
    """Each phrase as printed, in bold, and nothing more: its sentence number could point at another item's key
    (a test checks that no item shows another's key sentences or the phrases those rest on)."""
    return ", ".join(f"**{phrase}**" for phrase in phrases)


def _copy_line(name: str, phrases: tuple[str, ...]) -> str:
    return f"{name} = {{" + ", ".join(f'{literal(phrase)}: "?"' for phrase in phrases) + "}"


def intro(form: Form, minutes: int) -> str:
    """The opening cell; ``minutes`` is what the time model gives the whole notebook (see :func:`build`)."""
    return f"""\
# Skill check {form.letter}: who says so?

| Part | This check |
|---|---|
| **What it is** | Six questions on three skills: who vouches for what a report says, how its words frame it, and where its numbers come from. |
| **Marks** | None. It is not for marks: it shows what the lessons taught you. |
| **Time** | About {minutes} minutes. |

Run each cell with **Shift+Enter**. In each answer cell, replace `...` with your answer, then run it and the cell below it. That cell checks only the **form** of your answer. If you are not sure, give your best answer."""


def article_intro(form: Form) -> str:
    return f"""\
## The article

Run the next cell to see a short report with numbered sentences. **This report is invented.** It is not about any real war. It is written {form.outlet}."""


SOURCE_KIND_MEANINGS = {
    "named": "a person or group you could look up",
    "unnamed": "a particular source whose name is held back",
    "vague": "a source that points to nobody in particular",
    "none": "nobody: the outlet says it in its own voice",
}

#: The techniques the check's table explains: those its questions use on either form (each form leaves one unused).
TECHNIQUES_SHOWN = ("loaded label", "emotive language", "scare quotes", "euphemism")


def questions(form: Form) -> dict[str, str]:
    """The question above each answer cell (after the part's heading, where a part starts)."""
    techniques = label_table(("Technique", "What it does"),
                        {t: without_examples(FRAMING_TECHNIQUES[t]) for t in TECHNIQUES_SHOWN})
    promises = label_table(("The number is…", "It promises"), {p: without_examples(m) for p, m in NUMBER_PROMISES.items()})
    kinds = label_table(("Source", "What it means"), SOURCE_KIND_MEANINGS)
    return {
        "sources_named": f"""\
## Part 1: who vouches?

{kinds}

### Question 1 of 6

Which sentences rest on a **named** source? Write a set of sentence numbers, like `{{1, 2}}`.""",
        "sources_unnamed": """\
### Question 2 of 6

Which sentences rest on an **unnamed or vague** source? Write a set of sentence numbers.""",
        "framing_loaded": f"""\
## Part 2: framing

{techniques}

### Question 3 of 6

In which sentences does the outlet, **in its own voice**, use a **loaded label** or **scare quotes**? A source's quoted words do not count. Write a set of sentence numbers.""",
        "framing_technique": f"""\
### Question 4 of 6

Which technique is each of these: {_listed(form.technique_phrases)}? Copy this line into the answer cell and replace each `"?"` with a technique from the table:

```python
{_copy_line("framing_technique", form.technique_phrases)}
```""",
        "figures_unsourced": """\
## Part 3: numbers

### Question 5 of 6

Which sentences give a number that **nobody vouches for**? Dates do not count. Write a set of sentence numbers.""",
        "figures_promise": f"""\
### Question 6 of 6

{promises}

What does each of these promise: {_listed(form.promise_phrases)}? Copy this line into the answer cell and replace each `"?"` with one of the four:

```python
{_copy_line("figures_promise", form.promise_phrases)}
```""",
    }


END = """\
## Done

Save the notebook (**Ctrl+S**) and hand it in."""


def _answer_prompt(name: str) -> str:
    if name in ("framing_technique", "figures_promise"):
        return "replace ... with the line above, each ? replaced"
    return "replace ... with a set of sentence numbers, like {1, 2}"


def explanation(form: Form, name: str) -> str:
    """The model answer's comment: why, sentence by sentence, for the teacher who reads the solution."""
    lines = form.lines

    def sources(kinds):
        return "; ".join(f"S{n} {line.who}" + (f" ({line.kind})" if len(kinds) > 1 else "")
                         for n, line in lines.items() if line.kind in kinds)

    if name == "sources_named":
        return f"Named: {sources(('named',))}. Every other sentence rests on an unnamed or vague source, or on nobody."
    if name == "sources_unnamed":
        return f"Not named: {sources(('unnamed', 'vague'))}."
    if name == "framing_loaded":
        own = "; ".join(f"S{n} " + ", ".join(f"{literal(p)} ({t})" for p, t in line.framing.items())
                        for n, line in lines.items() if set(line.framing.values()) & set(LOADED))
        quoted = "; ".join(f"S{n} {literal(p)} is {line.who}'s word, quoted, not the outlet's"
                           for n, line in lines.items() for p in line.quoted_framing)
        return f"The outlet's own voice: {own}. {quoted[0].upper() + quoted[1:]}."
    if name == "figures_unsourced":
        own = "; ".join(f"S{n} " + ", ".join(map(literal, line.figures))
                        for n, line in lines.items() if line.kind == "none" and line.figures)
        vouched = "; ".join(f"S{n} " + ", ".join(map(literal, line.figures)) + f": {line.who}"
                            for n, line in lines.items() if line.kind != "none" and line.figures)
        return f"Nobody vouches for: {own}. Vouched for: {vouched}."
    asked, meanings = ((form.technique_phrases, FRAMING_TECHNIQUES) if name == "framing_technique"
                       else (form.promise_phrases, NUMBER_PROMISES))
    labels = solutions(form)[name]

    def whose(phrase):
        line = lines[_sentence_of(form, phrase)]
        return f" ({line.who}'s word, quoted)" if phrase in line.quoted_framing else ""

    return "; ".join(f"S{_sentence_of(form, phrase)} {literal(phrase)}{whose(phrase)}: {labels[phrase]}, "
                     f"{without_examples(meanings[labels[phrase]])}" for phrase in asked) + "."


def answer_cell(form: Form, name: str) -> str:
    return (f"{name} = ...  # {_answer_prompt(name)}\n### BEGIN SOLUTION\n\n"
            f"# {explanation(form, name)}\n{name} = {literal(solutions(form)[name])}\n\n### END SOLUTION")


def test_cell(form: Form, name: str) -> str:
    return (f"{visible_test(form, name)}\n### BEGIN HIDDEN TESTS\n{hidden_test(name, keys(form)[name])}\n"
            "### END HIDDEN TESTS")


def nbgrader_metadata(grade_id: str, *, grade=False, locked=True, solution=False, points=None) -> dict:
    """A cell's nbgrader metadata, as ``nbgrader generate_assignment`` expects it in a source notebook."""
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3, "solution": solution,
            "task": False}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": dict(sorted(meta.items()))}


def build(form: Form) -> nbformat.NotebookNode:
    """The solution notebook of one form: intro, the numbered article, six questions, done.

    The time the intro states is the time model's for this very notebook (medialit.classroom.lesson_time), so it cannot drift
    from what the check asks: a draft is timed first, and the number's digits do not change its word count.
    """
    draft = _build(form, minutes=0)
    return _build(form, minutes=round(time_notebook(draft).core_minutes))


def _build(form: Form, minutes: int) -> nbformat.NotebookNode:
    article = load_article(form.text)
    assert len(article) == len(form.lines), f"{form.text} has {len(article)} sentences, the description {len(form.lines)}"
    prefix = form.letter.lower()

    def markdown(slug, source):
        return nbformat.v4.new_markdown_cell(source, id=f"{prefix}-{slug}")

    def code(slug, source, metadata):
        return nbformat.v4.new_code_cell(source, id=f"{prefix}-{slug}", metadata=metadata)

    cells = [
        markdown("intro", intro(form, minutes)),
        markdown("article", article_intro(form)),
        code("setup", f'from medialit import load_article\n\narticle = load_article("{form.text}")\narticle',
             nbgrader_metadata("setup")),
    ]
    asked = questions(form)
    for name in ITEMS:
        cells += [
            markdown(f"question-{name}", asked[name]),
            code(f"answer-{name}", answer_cell(form, name), nbgrader_metadata(f"answer_{name}", locked=False, solution=True)),
            code(f"test-{name}", test_cell(form, name), nbgrader_metadata(name, grade=True, points=POINTS)),
        ]
    cells.append(markdown("done", END))
    notebook = nbformat.v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        "medialit": {"article": form.text, "skill_check": {"form": form.letter, "other_form": form.other}},
    })
    notebook.nbformat_minor = 5
    return notebook


def notebook_path(form: Form, root: Path = COURSE_ROOT) -> Path:
    return root / "solutions" / form.assignment / f"{form.assignment}.ipynb"


def render(form: Form) -> str:
    """The solution notebook as the committed file holds it."""
    return nbformat.writes(build(form)) + "\n"


def main(argv: list[str] | None = None) -> int:
    root = Path((argv or sys.argv[1:] or [str(COURSE_ROOT)])[0])
    for form in FORMS:
        path = notebook_path(form, root)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(form), encoding="utf-8")
        print(f"wrote {path.relative_to(root)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``medialit new-case NAME --build``: a graded lesson on a teacher's own article, built from the reviewed key.

The lesson teaches lessons 1 to 3's skills again on the teacher's article,
with their exercises: who speaks in every sentence (the source tagger, lesson
1's ``speakers``), the chain of attribution once the teacher has filled it in
(lesson 1's ``chain``), the sentences with no source (``no_source``), an anonymous
source weighed against the newsroom rules lesson 1 teaches, who vouches for
each figure and what its words promise (lesson 3's ``vouchers`` and
``promises``), the figures nobody vouches for, the framing in the outlet's
own voice (the highlighter, lesson 2's ``article_framing``), and a written
plan to check the article off the page, with its rubric.

Nothing is typed twice. Every key comes from the review
(:mod:`medialit.classroom.case_review`): an item's key and each ``also`` are
the accepted answers, rejected items are left out, and the teacher's reason is
the model answer's comment. The lessons' own cells are reused where they fit
any article (lesson 1's four kinds of source and its newsroom rules, lesson
2's techniques), and so are their hidden tests: the scoring code is read from
lessons 1 and 2 (sentence kinds, marked phrases) and from the skill check's
(sentence sets, labels per name), so a case lesson grades exactly as they do.
The minutes the opening promises are the time model's for the notebook built
(:mod:`medialit.classroom.lesson_time`), as the skill check's are.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import combinations
from pathlib import Path

import nbformat

from ..content.article import MORE_TEXTS_VARIABLE, load_article, phrase_words, text_folders
from ..content.glossary import glossary_cell
from ..lesson.answers import NUMBER_PROMISES
from .case_review import OUTLET, ReviewProblem, chain_of, key_items, load_review, review_path, waiting
from .course import COURSE_ROOT
from .lesson_time import time_notebook
from .skill_check import hidden_test, label_table, literal, nbgrader_metadata, without_examples
from .test_cells import hidden_region


class CannotBuild(ValueError):
    """Why the lesson cannot be built yet, in one sentence (and what still waits, one line each)."""


#: Where the lessons' reusable cells are read from: the course this package comes with.
LESSONS = COURSE_ROOT / "solutions"


@cache
def _lesson_notebook(lesson: str):
    return nbformat.read(LESSONS / lesson / f"{lesson}.ipynb", as_version=4)


def lesson_cell(lesson: str, cell_id: str):
    return next(cell for cell in _lesson_notebook(lesson).cells if cell.get("id") == cell_id)


def lesson_text(lesson: str, cell_id: str, heading: str | None = None) -> str:
    """A cell's words as a lesson has them, under this lesson's own heading."""
    source = lesson_cell(lesson, cell_id).source
    return source if heading is None else heading + source[source.index("\n"):]


def lesson_scoring(lesson: str, grade_id: str, points: float) -> str:
    """A lesson's hidden scoring code, after its key lines (``_key``, ``_why``, ``_text``), with ``points``."""
    cell = next(c for c in _lesson_notebook(lesson).cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id
                and c.cell_type == "code" and hidden_region(c.source))
    region = hidden_region(cell.source)
    body = [line for line in region if not re.match(r"_(key|why|text) = ", line)]
    body[-1] = re.sub(r"\* [\d.]+$", f"* {points}", body[-1])
    return "\n".join(body)


def _kinds_hidden_test(key: dict) -> str:
    return f"_key = {literal(key)}\n" + lesson_scoring("01-unnamed-sources", "speakers", SPEAKERS_POINTS)


def _phrases_hidden_test(key: dict, text) -> str:
    sentences = [f" {' '.join(phrase_words(s.text))} " for s in text.sentences]
    return (f"_key = {literal(key)}\n_text = {literal(sentences)}\n"
            + lesson_scoring("02-state-media-framing", "article_framing", FRAMING_POINTS))


CHAIN_POINTS = 2
SPEAKERS_POINTS, NO_SOURCE_POINTS, VOUCHERS_POINTS, PROMISES_POINTS, UNSOURCED_POINTS, FRAMING_POINTS = 3, 1, 2, 2, 1, 3
ANONYMOUS_POINTS, LATERAL_POINTS = 2, 2
#: The metadata of a heading that starts an extension section (medialit.classroom.lesson_time reads it).
EXTENSION = {"medialit": {"extension": True}}
#: The most sentences whose "no source" reading a careful reader could argue either way; each doubles the accepted sets.
MAX_ARGUABLE = 4


# The keys, from the review.

def speakers_key(review: dict) -> dict[int, list[set[str]]]:
    """Every reviewed sentence's kinds, and each other reading the teacher accepts."""
    return {item["sentence"]: [set(item["key"]["kinds"]), *(set(also) for also in item["key"]["also"])]
            for item in key_items(review, "sentences")}


def no_source_key(review: dict) -> list[set[int]]:
    """The sentences with no source for anything, with each sentence a careful reader could argue either way."""
    readings = speakers_key(review)
    sure = {n for n, answers in readings.items() if all(answer == {"none"} for answer in answers)}
    arguable = sorted(n for n, answers in readings.items() if n not in sure and any("none" in a for a in answers))
    arguable = arguable[:MAX_ARGUABLE]
    accepted = [sure | set(chosen) for size in range(len(arguable) + 1) for chosen in combinations(arguable, size)]
    return [answer for answer in accepted if answer]


def chain_key(review: dict) -> list[set[str]]:
    """Each link of the teacher's chain, "teller > hearer" in lower case as lesson 1's grader reads it (none if the
    chain is empty)."""
    tellers = [teller.lower() for teller in chain_of(review)["tellers"]]
    return [{f"{a} > {b}" for a, b in zip(tellers, tellers[1:])}] if len(tellers) > 1 else []


def figure_names(review: dict) -> list[tuple[str, dict]]:
    """Each key figure with its name as students write it: S3 alone in its sentence, S3a and S3b for two."""
    tagged = speakers_key(review)
    figures = [item for item in key_items(review, "figures") if item["sentence"] in tagged]
    named = []
    for item in figures:
        same = [f for f in figures if f["sentence"] == item["sentence"]]
        suffix = "abcdefghij"[same.index(item)] if len(same) > 1 else ""
        named.append((f"S{item['sentence']}{suffix}", item))
    return named


def vouchers_key(review: dict) -> dict[str, dict[str, int]]:
    """Who vouches for each figure: nobody ("none") where the teacher says nobody does, else its sentence's sources."""
    readings = speakers_key(review)
    key = {}
    for name, item in figure_names(review):
        kinds = set().union(*readings[item["sentence"]])
        if item["key"]["who"] in ("nobody", OUTLET):
            kinds = {"none"}
        elif len(kinds) > 1:
            kinds.discard("none")
        key[name] = dict.fromkeys(sorted(kinds), 1)
    return key


def promises_key(review: dict) -> dict[str, dict[str, int]]:
    """What each figure's words promise, keyed by the words as printed (each once), every accepted label right."""
    key = {}
    for _, item in figure_names(review):
        key.setdefault(item["phrase"], dict.fromkeys([item["key"]["promise"], *item["key"]["also"]], 1))
    return key


def unsourced_key(review: dict) -> list[set[int]]:
    unvouched = {name for name, kinds in vouchers_key(review).items() if kinds == {"none": 1}}
    sentences = {item["sentence"] for name, item in figure_names(review) if name in unvouched}
    return [sentences] if sentences else []


def framing_key(review: dict) -> dict[str, object]:
    """The outlet's own framing, each with its accepted techniques; framing in a source's quoted words may be marked
    at no cost (an empty tuple), as lesson 2 treats it."""
    key: dict[str, object] = {}
    for item in key_items(review, "framing"):
        words = " ".join(phrase_words(item["phrase"]))
        key[words] = ({item["key"]["technique"], *item["key"]["also"]} if item["key"]["whose"] == OUTLET else ())
    return key


# What students read.

def intro(title: str, minutes: int, points: float, extension_minutes: int, extension_points: float) -> str:
    return f"""\
# Your teacher's case: {title}

| Part | This lesson |
|---|---|
| **Questions** | Who says so, in each sentence of this report? Where do its numbers come from? How do its words frame the story? How would I check it? |
| **Objectives** | Tag every sentence as `named`, `unnamed`, `vague` or `none`; say who vouches for each number and what its words promise; mark the framing in the outlet's own voice. Extension: find the claims and the numbers with no source; plan a check outside the article; weigh an anonymous source against newsroom rules. |
| **Time** | {minutes} minutes core + {extension_minutes} extension |
| **Points** | {points:g} points core + {extension_points:g} extension |

Your teacher chose this article. It uses the skills of lessons 1 to 3 on a new report. Everything the article says happened is what *the article says*. The lesson never asks you whether it is true: it asks who says so, and how.

Sections marked **(extension)** come at the end. Do them if you have time."""


def article_intro(number: int, metadata: dict) -> str:
    outlet = metadata.get("outlet", "")
    by = f"a report by **{outlet}**" if outlet and not outlet.startswith("Not given") else "a news report"
    when = f", published on {metadata['date']}" if metadata.get("date") else ""
    return f"""\
## {number}. The article

Run the next cell. It shows {by}{when}, with every sentence numbered. Each sentence is named by its number: **S3** is sentence 3."""


def no_source_question(number: int, exercise: int) -> str:
    return f"""\
## {number}. Exercise {exercise} ({NO_SOURCE_POINTS} point): claims with no source at all (extension)

Look at your tags again. Which sentences give **no source for anything they claim**? Every claim in them is in the outlet's own voice. Answer with a set of sentence numbers, like `{{1, 4}}`.

Some sentences give one claim to a source and state another in their own voice. Such a sentence can be argued either way, and the key accepts both readings where your teacher found the text allows them."""


def chain_question(number: int, exercise: int, chain: dict) -> str:
    offered = ", ".join(f"`{literal(name)}`" for name in sorted(chain["tellers"], key=str.casefold))
    return f"""\
## {number}. Exercise {exercise} ({CHAIN_POINTS} points): the chain, from the first teller to you

A claim often passes through several hands before you read it. Each one who passes it on is a **teller**: anyone who hands the claim to the next, up to the outlet you are reading.

Build the chain for S{chain['sentence']}: who told whom, starting with whoever told it first and ending with the outlet. Use only these names, spelled as here: {offered}.

Write the chain as a list, first teller first, in square brackets. Each link that is right earns a share; a link that is not in the chain costs one."""


def figures_section(number: int, exercise: int, names: list[tuple[str, dict]]) -> str:
    rows = "\n".join(f"| {name} | {item['phrase']} |" for name, item in names)
    copy = "{" + ", ".join(f'{literal(name)}: "?"' for name, _ in names) + "}"
    return f"""\
## {number}. Exercise {exercise} ({VOUCHERS_POINTS} points): who vouches for each figure?

Each figure is named by its sentence: **S3** is the figure in sentence 3. When a sentence holds more than one figure, we add a letter: **S3a** and **S3b** are the first and second figures in sentence 3.

| Figure | The words in the article |
|---|---|
{rows}

For each figure, decide who vouches for it, with the four tags you know: `named`, `unnamed`, `vague`, or `none` when nobody does and the outlet states it in its own voice. Copy this line into the answer cell and replace each `"?"` with a tag:

```python
vouchers = {copy}
```"""


def promises_question(number: int, exercise: int, phrases: list[str]) -> str:
    table = label_table(("The number is…", "It promises"), {p: without_examples(m) for p, m in NUMBER_PROMISES.items()})
    copy = "{" + ", ".join(f'{literal(phrase)}: "?"' for phrase in phrases) + "}"
    return f"""\
## {number}. Exercise {exercise} ({PROMISES_POINTS} points): what does each number promise?

The words around a number change what it claims:

{table}

Copy this line into the answer cell, and replace each `"?"` with what the words promise, written as in the table:

```python
promises = {copy}
```"""


def unsourced_question(number: int, exercise: int) -> str:
    return f"""\
## {number}. Exercise {exercise} ({UNSOURCED_POINTS} point): numbers nobody vouches for (extension)

Which sentences give a number that **nobody vouches for**, one the outlet states in its own voice? Dates do not count. Write a set of sentence numbers, like `{{1, 4}}`."""


def framing_question(number: int, exercise: int, key: dict) -> str:
    asked = sum(1 for labels in key.values() if labels)
    quoted = any(not labels for labels in key.values())
    return f"""\
## {number}. Exercise {exercise} ({FRAMING_POINTS} points): mark the framing in the outlet's own voice

Use the highlighter on the whole article. Choose a technique, then click each word that uses it, or press **Tab** to reach the words. There are {asked} framing words or phrases **in the outlet's own voice** to find, each worth an equal share of the {FRAMING_POINTS} points; a mark on words that are not framing takes one share away again.
{chr(10) + "Words inside a source's quotation marks are that source's framing, not the outlet's. You may mark them or leave them: either costs nothing." + chr(10) if quoted else ""}
When you are happy, copy the whole answer line into the answer cell under the tool."""


def anonymous_question(number: int, exercise: int, sentence: int) -> str:
    return f"""\
## {number}. Exercise {exercise} ({ANONYMOUS_POINTS} points, marked by your teacher): weigh the anonymous source in S{sentence} (extension)

Use the newsroom rules above. Write three or four sentences: what does the article tell you about the unnamed source in S{sentence}, and what does it leave out? Does it say why the source is not named, and how the source knows what it says? Would the claim be worth printing under the rules, and why?"""


ANONYMOUS_RUBRIC = f"""\
**Rubric ({ANONYMOUS_POINTS} points).**
- 1: names at least two things the rules ask a report to show about an anonymous source (why it is unnamed, how it knows, whether it gives information or opinion, whether the information could be had on the record), and says from the article's own words whether this report shows each.
- 0.5: says what the outlet would need to add for the rules to be met.
- 0.5: judges the source by the rules, not by which side it seems to help.
- 0: a verdict on the story instead of a judgement of how it is sourced."""


def lateral_question(number: int, exercise: int, sentence: int) -> str:
    return f"""\
## {number}. Exercise {exercise} ({LATERAL_POINTS} points, marked by your teacher): how would you check S{sentence}? (extension)

Fact-checkers do not stay on the page. They open new tabs and see what others say about a claim and its source: this is called "lateral reading". Here you only plan it.

Write three or four sentences: **what would you search for, and where, to check S{sentence}?** Name at least two places to look that are independent of each other, and say what you would compare."""


LATERAL_RUBRIC = f"""\
**Rubric ({LATERAL_POINTS} points).**
- 1: at least two concrete places to look that are independent of each other (the source the article names; another news outlet; an official record or a public body; the other side's own statement).
- 0.5: says what to compare (date, place, numbers, who is the source of each).
- 0.5: looks at more than one side, or goes up the chain to the earliest report.
- 0: only "search Google" with no place or comparison, or a verdict on the story instead of a check."""


KEY_POINTS = """\
## {number}. Key points

- Ask of every sentence: **who says so?** Tag it `named`, `unnamed`, `vague` or `none`, and tag every kind a mixed sentence holds.
- A claim with **no source** is the outlet's own: check it before you repeat it.
- Ask of every number **who vouches for it**, and read **what its words promise**: "at least", "about" and "including" each promise something different.
- **Framing** in the outlet's own voice steers you before you have weighed any evidence; a source's quoted words are that source's framing.
- **Leave the page** to check: go up the chain, and look at more than one side.

**Model answers** come after you have handed in."""


# The cells.

def _code(slug: str, source: str, metadata: dict | None = None):
    return nbformat.v4.new_code_cell(source, id=slug, metadata=metadata or {})


def _markdown(slug: str, source: str, metadata: dict | None = None):
    return nbformat.v4.new_markdown_cell(source, id=slug, metadata=metadata or {})


def _comment(lines: list[str]) -> str:
    return "\n".join(f"# {line}" for line in lines)


def _exercise(name: str, prompt: str, why: list[str], solution: object, visible: str, hidden: str, points: float,
              tool: str | None = None) -> list:
    cells = [_code(f"tool-{name}", tool)] if tool else []
    return cells + [
        _code(f"answer-{name}", f"{name} = ...  # {prompt}\n### BEGIN SOLUTION\n\n{_comment(why)}\n"
                                f"{name} = {literal(solution)}\n\n### END SOLUTION",
              nbgrader_metadata(f"answer_{name}", locked=False, solution=True)),
        _code(f"check-{name}", f'check("{name}")'),
        _code(f"test-{name}", f"{visible}\n### BEGIN HIDDEN TESTS\n{hidden}\n### END HIDDEN TESTS",
              nbgrader_metadata(name, grade=True, points=points)),
    ]


def _written(name: str, model: str, rubric: str, points: float):
    return _markdown(f"answer-{name}", f"### BEGIN SOLUTION\n**Model answer.** {model}\n\n{rubric}\n### END SOLUTION",
                     nbgrader_metadata(name, grade=True, locked=False, solution=True, points=points))


def _first(answers: list[set]) -> object:
    first = answers[0]
    return next(iter(first)) if len(first) == 1 else first


def _build(name: str, review: dict, minutes: tuple[int, int]) -> nbformat.NotebookNode:
    article = load_article(name)
    title = article.title
    sentences = {item["sentence"]: item for item in key_items(review, "sentences")}
    kinds = speakers_key(review)
    names = figure_names(review)
    cells = [_markdown("intro", "")]  # filled in at the end, once the points are known
    cells.append(glossary_cell())
    section = exercise = 0

    def heading():
        nonlocal section
        section += 1
        return section

    def next_exercise():
        nonlocal exercise
        exercise += 1
        return exercise

    cells += [_markdown("article", article_intro(heading(), article.metadata)),
              _code("setup", f'from medialit import check, load_article\n\narticle = load_article("{name}")\narticle',
                    nbgrader_metadata("setup"))]
    cells.append(_markdown("four-kinds", lesson_text(
        "01-unnamed-sources", "1278dd89", f"## {heading()}. Four kinds of source, and sentences that mix them")))
    cells.append(_markdown("question-speakers", lesson_text(
        "01-unnamed-sources", "1498f40a",
        f"## {heading()}. Exercise {next_exercise()} ({SPEAKERS_POINTS} points): who speaks in every sentence?")))
    cells += _exercise(
        "speakers", "replace this line with the answer line from the tagging tool",
        ["Why each tag (every answer listed in the hidden test is accepted):",
         *(f"S{n} {' and '.join(sorted(answers[0]))}: {sentences[n]['reason']}" for n, answers in kinds.items())],
        {n: _first(answers) for n, answers in kinds.items()},
        "from medialit import expect_sentence_kinds\n\nexpect_sentence_kinds(speakers, article)",
        _kinds_hidden_test(kinds), SPEAKERS_POINTS,
        tool=f'from medialit import SourceTagger, load_article\n\ntagger = SourceTagger(load_article("{name}"), '
             '"speakers", multiple=True)\ntagger')
    chain = chain_key(review)
    if chain:
        tellers = chain_of(review)["tellers"]
        cells.append(_markdown("question-chain", chain_question(heading(), next_exercise(), chain_of(review))))
        cells += _exercise("chain", "replace ... with a list of names, first teller first",
                           [chain_of(review)["reason"]], tellers,
                           f"from medialit import expect_chain\n\nexpect_chain(chain, "
                           f"{literal(sorted(tellers, key=str.casefold))})",
                           f"_key = {literal(chain)}\n" + lesson_scoring("01-unnamed-sources", "chain", CHAIN_POINTS),
                           CHAIN_POINTS)
    if names:
        vouchers = vouchers_key(review)
        cells.append(_markdown("question-vouchers", figures_section(heading(), next_exercise(), names)))
        cells += _exercise("vouchers", "replace ... with the line above, each ? replaced by a tag",
                           [f"{n} {' or '.join(vouchers[n])}: {item['reason']}" for n, item in names],
                           {n: next(iter(labels)) for n, labels in vouchers.items()},
                           "from medialit import SOURCE_KINDS, expect_name_labels\n\n"
                           f"expect_name_labels(vouchers, {literal(list(vouchers))}, SOURCE_KINDS)",
                           hidden_test("vouchers", vouchers, VOUCHERS_POINTS), VOUCHERS_POINTS)
        promises = promises_key(review)
        cells.append(_markdown("question-promises", promises_question(heading(), next_exercise(), list(promises))))
        reasons = {item["phrase"]: item["reason"] for _, item in reversed(names)}
        cells += _exercise("promises", "replace ... with the line above, each ? replaced",
                           [f"{literal(p)}: {' or '.join(labels)}. {reasons[p]}" for p, labels in promises.items()],
                           {p: next(iter(labels)) for p, labels in promises.items()},
                           "from medialit import NUMBER_PROMISES, expect_name_labels\n\n"
                           f"expect_name_labels(promises, {literal(list(promises))}, NUMBER_PROMISES)",
                           hidden_test("promises", promises, PROMISES_POINTS), PROMISES_POINTS)
    framing = framing_key(review)
    if any(framing.values()):
        framed = key_items(review, "framing")
        cells.append(_markdown("techniques", lesson_text("02-state-media-framing", "c62de85c",
                                                         f"## {heading()}. Framing: eight techniques")))
        cells.append(_markdown("question-article_framing", framing_question(heading(), next_exercise(), framing)))
        cells += _exercise(
            "article_framing", "replace this line with the answer line from the highlighter",
            ["Why each label (every technique listed in the hidden test is accepted):",
             *(f"{literal(item['phrase'])} (S{item['sentence']}): " + (item["key"]["technique"] + ". "
               if item["key"]["whose"] == OUTLET else f"{item['key']['whose']}'s words, quoted: may be marked at no "
               "cost. ") + item["reason"] for item in framed)],
            {item["phrase"]: item["key"]["technique"] for item in framed if item["key"]["whose"] == OUTLET},
            f'from medialit import FRAMING_TECHNIQUES, expect_phrase_labels\n\n'
            f'expect_phrase_labels(article_framing, FRAMING_TECHNIQUES, "{name}")',
            _phrases_hidden_test(framing, article), FRAMING_POINTS,
            tool=f'from medialit import Highlighter, load_article\n\narticle_highlighter = Highlighter('
                 f'load_article("{name}"), "article_framing")\narticle_highlighter')
    no_source = no_source_key(review)
    if no_source:
        cells.append(_markdown("question-no_source", no_source_question(heading(), next_exercise()), EXTENSION))
        cells += _exercise("no_source", "replace ... with a set of sentence numbers, like {1, 4}",
                           [f"Every claim of {', '.join(f'S{n}' for n in sorted(no_source[0]))} is in the outlet's own "
                            "voice; the key accepts each other reading listed in the hidden test."],
                           no_source[0],
                           "from medialit import expect_sentence_set\n\nexpect_sentence_set(no_source, article)",
                           hidden_test("no_source", no_source, NO_SOURCE_POINTS), NO_SOURCE_POINTS)
    unsourced = unsourced_key(review) if names else []
    if unsourced:
        cells.append(_markdown("question-figures_unsourced", unsourced_question(heading(), next_exercise()), EXTENSION))
        cells += _exercise("figures_unsourced", "replace ... with a set of sentence numbers, like {1, 4}",
                           [f"Nobody vouches for the numbers of {', '.join(f'S{n}' for n in sorted(unsourced[0]))}."],
                           unsourced[0], "from medialit import expect_sentence_set\n\n"
                                         "expect_sentence_set(figures_unsourced, article)",
                           hidden_test("figures_unsourced", unsourced, UNSOURCED_POINTS), UNSOURCED_POINTS)
    checked = _sentence_to_check(review)
    cells.append(_markdown("question-lateral_reading", lateral_question(heading(), next_exercise(), checked),
                           EXTENSION))
    cells.append(_written("lateral_reading",
                          f"I would go up the chain first: find the source S{checked} names, or the earliest report of "
                          "it, and read what it said itself. Then I would look for a report independent of it (another "
                          "outlet, a public record) and for what the other side says. I would compare the date, the "
                          "place and the numbers, and note who each claim comes from.", LATERAL_RUBRIC, LATERAL_POINTS))
    unnamed = [n for n, answers in kinds.items() if "unnamed" in answers[0]]
    if unnamed:
        cells.append(_markdown("rules", lesson_text("01-unnamed-sources", "74944b93",
                                                    f"## {heading()}. Judging an anonymous source (extension)"),
                               EXTENSION))
        cells.append(_markdown("question-anonymous_source", anonymous_question(heading(), next_exercise(), unnamed[0]),
                               EXTENSION))
        cells.append(_written("anonymous_source",
                              f"S{unnamed[0]} gives information from a source whose name is held back. Under AP's and "
                              "SPJ's rules the article should also say why the source could not be named, how it knows "
                              "what it says, and why the information could not be had on the record; where it does "
                              "not, the claim rests on the outlet's word alone.", ANONYMOUS_RUBRIC, ANONYMOUS_POINTS))
    cells.append(_markdown("key-points", KEY_POINTS.format(number=heading())))
    notebook = nbformat.v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"}, "medialit": {"article": name, "case": True}})
    notebook.nbformat_minor = 5
    timed = time_notebook(notebook, name)
    cells[0].source = intro(title, minutes[0], timed.core_points, minutes[1], timed.extension_points)
    return notebook


def _sentence_to_check(review: dict) -> int:
    """The sentence the lateral-reading plan is about: the first that gives a figure, else the first with a source."""
    figures = [item["sentence"] for _, item in figure_names(review)]
    sources = [n for n, answers in speakers_key(review).items() if answers[0] != {"none"}]
    return (figures or sources or list(speakers_key(review)))[0]


def build(name: str, review: dict) -> nbformat.NotebookNode:
    """The lesson's solution notebook; the minutes its opening states are the time model's for this very notebook."""
    draft = time_notebook(_build(name, review, (0, 0)), name)
    return _build(name, review, (int(round(draft.core_minutes)), int(round(draft.extension_minutes))))


def notebook_path(course: Path, name: str) -> Path:
    return course / "solutions" / name / f"{name}.ipynb"


def build_case(course: Path, name: str) -> Path:
    """Write ``solutions/NAME/NAME.ipynb`` from the review, once nothing in it waits."""
    text_file = course / "source_texts" / f"{name}.txt"
    if text_file.parent.resolve() not in [folder.resolve() for folder in text_folders()]:
        raise CannotBuild(f"{course} is not the checkout medialit runs from, so its lessons would not find the text: "
                          f"run export {MORE_TEXTS_VARIABLE}={text_file.parent.resolve()} first, in this terminal and "
                          "before starting JupyterLab or grading (docs/teach/new-case.md says why).")
    if not text_file.is_file():
        raise CannotBuild(f"There is no case called {name} in {course / 'source_texts'}: add it first with medialit "
                          f"new-case ARTICLE.txt --name {name}.")
    try:
        review = load_review(review_path(course, name), text_file.read_bytes().decode("utf-8"))
    except ReviewProblem as problem:
        raise CannotBuild(str(problem)) from None
    left = waiting(review)
    if left:
        raise CannotBuild(f"The review of {name} is not finished: {len(left)} items wait (open "
                          f"reviews/{name}-review.ipynb):\n" + "\n".join(f"  {line}" for line in left))
    if not key_items(review, "sentences"):
        raise CannotBuild(f"Every sentence of {name} was rejected: keep at least one to build a lesson.")
    path = notebook_path(course, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nbformat.writes(build(name, review)) + "\n", encoding="utf-8")
    return path

"""The analyzer's marks as HTML: the notebook's fragment and the standalone page share one rendering.

Each sentence is shown exactly as written (its characters and spaces, never re-joined tokens), every mark's
label written out in words ("NAMED SOURCE"), not colours alone, so a screen reader, a printout and a
colour-blind reader get them too. A label stands before the word its mark starts in, never inside it
("FIGURE £40m", not "£ FIGURE 40m"). Each label can be reached with Tab and says, on focus and on hover, which
rule found the mark and why (aria-describedby, so a screen reader announces it too), until the pointer and
the focus leave it or the reader presses Escape (the standalone page's one script); a legend says what each
kind of label means. Labels flow with the text, so they never lie on top of one another, and marks may
overlap (a figure inside a source's words): the text is cut where any mark starts or ends, and each piece
says which marks cover it. Every character from the article is escaped.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path
from typing import TYPE_CHECKING

from .marks import FRAMING, KIND_HELP, LABELS, SCARE_QUOTES_HELP, _offsets
from .tokenizer import Doc, tokenize

if TYPE_CHECKING:  # only named in annotations: the analysis imports this module to show itself
    from .analyzer import Analysis

#: The rules that show an explanation on hover and focus; the marks' colours are inline (below), so that the
#: marks still read where a notebook drops the stylesheet (the explanations then show in the text).
STYLESHEET = Path(__file__).with_name("analysis.css").read_text(encoding="utf-8")
#: The standalone page's script: Escape hides the explanation showing (WCAG 1.4.13); the page reads without it.
PAGE_SCRIPT = Path(__file__).with_name("analysis.js").read_text(encoding="utf-8")

#: Each group of marks: its light background (dark text on it in any theme) and what its labels mean.
GROUP_COLOURS = {"source": "#dbe9ff", "figure": "#fff1b8", "framing": "#fde0dc", "outlet": "#dcf3dc"}
_MARK_STYLE = "background: {colour}; color: #000; padding: 0 1px; box-shadow: {lines}"
_LABEL_STYLE = ("font-size: 0.7em; font-weight: bold; border: 1px solid #444; border-left: 4px solid #444; "
                "border-radius: 3px; padding: 0 3px; margin-right: 2px; background: {colour}; color: #000")
MEANINGS = {
    **{LABELS[("attributions", kind)]: help for kind, help in KIND_HELP.items()},
    LABELS[("figures", True)]: "A number, and its sentence says who gives it: check that source.",
    LABELS[("figures", False)]: "A number that nobody in its sentence vouches for: who counted, and how?",
    LABELS[("outlets", None)]: "A news outlet the module knows: who owns it and pays for it?",
    **{category.upper(): why for category, (_, why) in FRAMING.items()},
    "SCARE QUOTES": SCARE_QUOTES_HELP,
}


def explained_marks(analysis: Analysis) -> list[tuple[int, int, str, str, str]]:
    """(start, end, label, group, explanation) for every mark, in the order of ``Analysis.marks()``."""
    marks = [(a["start"], a["end"], LABELS[("attributions", a["kind"])], "source", a["explanation"])
             for a in analysis["attributions"]]
    marks += [(f["start"], f["end"], LABELS[("figures", f["attributed"])], "figure", _figure_why(f))
              for f in analysis["figures"]]
    marks += [(f["start"], f["end"], f["category"].upper(), "framing", f["explanation"]) for f in analysis["framing"]]
    marks += [(o["start"], o["end"], LABELS[("outlets", None)], "outlet", _outlet_why(o)) for o in analysis["outlets"]]
    return sorted(marks, key=lambda m: m[:3])


def _figure_why(figure: dict) -> str:
    counts = f" It counts {figure['counts']}." if figure["counts"] else ""
    return f"A figure.{counts} {MEANINGS[LABELS[('figures', figure['attributed'])]]}"


def _outlet_why(outlet: dict) -> str:
    return f"{outlet['name']}, {outlet['type']}. {MEANINGS[LABELS[('outlets', None)]]}"


def shown_marks(analysis: Analysis) -> list[dict]:
    """Per sentence, its text as written and the marks in it: [label, start, end, text] with offsets into that
    text, each widened to whole tokens."""
    return [{"text": s["text"], "spans": [[m[0], m[1], m[2], m[3]] for m in spans]}
            for s, spans in zip(analysis["sentences"], _sentence_marks(analysis))]


def _sentence_marks(analysis: Analysis) -> list[list[tuple[str, int, int, str, str, str]]]:
    """Per sentence, (label, start, end, words, group, explanation) of each mark in it, with offsets into the
    sentence as written; a mark that starts or ends inside a token takes the whole token."""
    result, marks = [], explained_marks(analysis)
    for sentence in analysis["sentences"]:
        doc = tokenize(" ".join(sentence["text"].split()))
        where = _offsets(sentence["text"], doc.text, sentence["start"])
        back = {original: i for i, original in enumerate(where)}
        spans = []
        for start, end, label, group, why in marks:
            if sentence["start"] <= start and end <= sentence["end"] and start in back and end in back:
                span = _whole_tokens(doc, back[start], back[end])
                if span is not None:
                    begin, finish = where[span[0]] - sentence["start"], where[span[1]] - sentence["start"]
                    spans.append((label, begin, finish, sentence["text"][begin:finish], group, why))
        result.append(spans)
    return result


def _whole_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The characters of every token the range touches (spaCy's char_span, alignment "expand"); None if the
    range touches no token."""
    first, last = _token_at(doc, start), _token_at(doc, end - 1)
    if first is None or last is None:
        return None
    if start == first.idx + len(first.text):  # the space after a token is not part of it
        first = doc[first.i + 1] if first.i + 1 < len(doc) else None
    if first is None or first.i > last.i:
        return None
    return first.idx, last.idx + len(last.text)


def _token_at(doc: Doc, char: int):
    """The token whose text, or the space after it, holds character ``char``."""
    return next((t for t in doc if t.idx <= char < t.idx + len(t.text) + len(t.whitespace_)), None)


def render_html(analysis: Analysis) -> str:
    """What a notebook shows: the stylesheet, then the marked region (:func:`marked_region`)."""
    return f"<style>{STYLESHEET}</style>\n{marked_region(analysis)}"


def render_page(analysis: Analysis) -> str:
    """A page that stands alone: no request, one inline script of its own (Escape hides an explanation); the
    same region as the notebook's."""
    title = html.escape(f"The analyzer's marks: {_opening(analysis)}…")
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{title}</title>\n<style>{STYLESHEET}</style>\n</head>\n<body>\n<main>\n"
            f"<h1>The analyzer's marks</h1>\n{marked_region(analysis)}\n</main>\n"
            f"<script>\n{PAGE_SCRIPT}</script>\n</body>\n</html>\n")


def _opening(analysis: Analysis) -> str:
    return " ".join(" ".join(s["text"] for s in analysis["sentences"][:1]).split()[:6])


def marked_region(analysis: Analysis) -> str:
    """A labelled, focusable region with the legend, then each sentence ("S1") and its marks."""
    # A labelled region that keyboard users can reach and scroll (axe: scrollable-region-focusable), named
    # by its text's first words so that two analyses in one notebook are two landmarks (axe: landmark-unique);
    # the ids of its explanations start with a digest of the text for the same reason.
    label = html.escape(f"The analyzer's marks, sentence by sentence: {_opening(analysis)}…", quote=True)
    prefix = "medialit-" + hashlib.sha256("".join(s["text"] for s in analysis["sentences"]).encode()).hexdigest()[:10]
    per_sentence = _sentence_marks(analysis)
    parts = [f'<div class="medialit-analysis" role="region" aria-label="{label}" tabindex="0">',
             _legend([m for spans in per_sentence for m in spans])]
    for sentence, spans in zip(analysis["sentences"], per_sentence):
        number = sentence["sentence"]
        parts.append(f"<p><strong>S{number}</strong></p>")
        parts.append(f'<p class="medialit-marked">{_marked(sentence["text"], spans, f"{prefix}-{number}")}</p>')
    parts.append("</div>")
    return "\n".join(parts)


def _legend(marks: list[tuple]) -> str:
    """What each kind of label on the page means, in a box the reader can fold away."""
    kinds = dict.fromkeys((label, group) for label, _, _, _, group, _ in marks)
    if not kinds:
        return ""
    rows = "".join(f"<dt>{_chip(label, group)}</dt><dd>{html.escape(_meaning(label, marks))}</dd>"
                   for label, group in kinds)
    return ('<details class="medialit-legend" open><summary>What the labels mean</summary>'
            "<p>Press Tab to reach a label, or point at it: it says which rule found the words and why.</p>"
            f"<dl>{rows}</dl></details>")


def _meaning(label: str, marks: list[tuple]) -> str:
    """The legend's sentence for a label; a kind it does not know says what its first mark says."""
    return MEANINGS.get(label) or next(why for other, _, _, _, _, why in marks if other == label)


def _chip(label: str, group: str) -> str:
    style = _LABEL_STYLE.format(colour=GROUP_COLOURS[group])
    return f'<span class="medialit-chip" style="{style}">{html.escape(label)}</span>'


def _label_at(text: str, start: int) -> int:
    """Where a mark's label goes: before the word the mark starts in (after the space before it)."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def _marked(text: str, spans: list[tuple], prefix: str) -> str:
    """The sentence cut at every mark's edges and before every label; each marked piece a <mark> naming the
    marks that cover it (data-marks), each label a focusable word with its explanation beside it."""
    labels_at = [_label_at(text, span[1]) for span in spans]
    cuts = sorted({0, len(text), *labels_at, *(s[1] for s in spans), *(s[2] for s in spans)})
    pieces = []
    for begin, end in zip(cuts, cuts[1:]):
        covering = [i for i, s in enumerate(spans) if s[1] <= begin and end <= s[2]]
        labels = "".join(_label(i, spans[i], f"{prefix}-{i}") for i, at in enumerate(labels_at) if at == begin)
        piece = labels + html.escape(text[begin:end])
        if not covering:
            pieces.append(piece)
            continue
        colour = GROUP_COLOURS[spans[covering[-1]][4]]
        lines = ", ".join(f"0 {2 + 3 * depth}px 0 #444" for depth in range(len(covering)))
        style = _MARK_STYLE.format(colour=colour, lines=lines)
        pieces.append(f'<mark data-marks="{" ".join(map(str, covering))}" style="{style}">{piece}</mark>')
    return "".join(pieces)


def _label(index: int, span: tuple, why_id: str) -> str:
    """A mark's label: a button, so that Tab reaches it, a tap focuses it and a screen reader says its words;
    focusing it (or pointing at it) shows its explanation, which describes it (aria-describedby)."""
    label, _, _, words, group, why = span
    style = _LABEL_STYLE.format(colour=GROUP_COLOURS[group])
    explanation = f"{label}: “{words}”. {why}"
    return (f'<span class="medialit-tag"><button type="button" class="medialit-label" data-mark="{index}" '
            f'aria-describedby="{why_id}" style="{style}">{html.escape(label)} </button>'
            f'<span class="medialit-why" role="tooltip" id="{why_id}">{html.escape(explanation)}</span></span>')

"""The analyzer's marks as HTML: each sentence, its marked words underlined, every mark's label written out.

Labels are words in the page ("NAMED SOURCE"), not colours alone, so a screen reader, a printout and a
colour-blind reader get them too. A mark always covers whole tokens (a mark that starts inside a word
takes the whole word), as the lessons' tagging tools do. Marks may overlap (a figure inside a source's
words): the text is cut where any mark starts or ends, and each piece says which marks cover it.
"""

from __future__ import annotations

import html

from .analyzer import Analysis, _offsets
from .tokenizer import Doc, tokenize

#: Inline styles: the HTML is shown in notebooks, the article box and exported pages with no stylesheet.
_MARK_STYLE = "background: #f2f2f2; color: #000; padding: 0 1px; border-bottom: {width}px solid #444"
_LABEL_STYLE = ("font-size: 0.7em; font-weight: bold; border: 1px solid #444; border-radius: 3px; padding: 0 3px; "
                "margin-right: 2px; background: #fff; color: #000")


def shown_marks(analysis: Analysis) -> list[dict]:
    """Per sentence, the text shown (its spaces made single) and the marks in it: [label, start, end, text]
    with offsets into that text, each widened to whole tokens."""
    sentences, marks = [], analysis.marks()
    for sentence in analysis["sentences"]:
        doc = tokenize(" ".join(sentence["text"].split()))
        where = _offsets(sentence["text"], doc.text, sentence["start"])
        back = {original: i for i, original in enumerate(where)}
        spans = []
        for start, end, label in marks:
            if sentence["start"] <= start and end <= sentence["end"] and start in back and end in back:
                span = _whole_tokens(doc, back[start], back[end])
                if span is not None:
                    spans.append([label, span[0], span[1], doc.text[span[0]:span[1]]])
        sentences.append({"text": doc.text, "spans": spans})
    return sentences


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
    """A labelled, focusable region with each sentence ("S1") and its marks."""
    # A labelled region that keyboard users can reach and scroll (axe: scrollable-region-focusable), named
    # by its text's first words so that two analyses in one notebook are two landmarks (axe: landmark-unique).
    opening = " ".join(" ".join(s["text"] for s in analysis["sentences"][:1]).split()[:6])
    label = html.escape(f"The analyzer's marks, sentence by sentence: {opening}…", quote=True)
    parts = [f'<div class="medialit-analysis" role="region" aria-label="{label}" tabindex="0">']
    for number, sentence in zip((s["sentence"] for s in analysis["sentences"]), shown_marks(analysis)):
        parts.append(f"<p><strong>S{number}</strong></p>")
        parts.append(f'<p class="medialit-marked" style="line-height: 2">{_marked(sentence)}</p>')
    parts.append("</div>")
    return "\n".join(parts)


def _marked(sentence: dict) -> str:
    """The sentence cut at every mark's edges; each marked piece a <mark> naming the marks that cover it
    (data-marks), with the label of each mark that starts there written before its first word (and a space,
    so that a screen reader does not run the label into the word)."""
    text, spans = sentence["text"], sentence["spans"]
    cuts = sorted({0, len(text), *(s[1] for s in spans), *(s[2] for s in spans)})
    pieces = []
    for begin, end in zip(cuts, cuts[1:]):
        covering = [i for i, s in enumerate(spans) if s[1] <= begin and end <= s[2]]
        piece = html.escape(text[begin:end])
        if not covering:
            pieces.append(piece)
            continue
        labels = "".join(f'<span class="medialit-label" style="{_LABEL_STYLE}">{html.escape(spans[i][0])} </span>'
                         for i in covering if spans[i][1] == begin)
        style = _MARK_STYLE.format(width=2 * len(covering))
        pieces.append(f'<mark data-marks="{" ".join(map(str, covering))}" style="{style}">{labels}{piece}</mark>')
    return "".join(pieces)

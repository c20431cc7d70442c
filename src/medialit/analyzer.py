"""Mark up any English news text the way the lessons teach: sources, figures, framing, outlets.

Rule-based, explainable and offline, in pure Python (so it also runs in the
browser): spaCy's English tokenization replayed by medialit.tokenizer, and
phrase lists matched on its tokens (medialit.phrase_matcher). Sentences are numbered exactly as the
lessons number them (:func:`medialit.article.number_sentences`). Every item
carries its 1-based ``sentence``, its ``text`` and ``start``/``end``
character offsets into the input, and says which cue or rule decided it.
The output schema is documented in ``docs/analyzer-schema.md``.
"""

from __future__ import annotations

import json
import re
from functools import cache

from .article import number_sentences
from .attribution import ROLES, RULES, SPEECH, find_sources
from .framing_lexicon import lexicon
from .ownership import outlet_rows
from .phrase_matcher import PhraseMatcher
from .quantities import QUALIFIERS, QuantityError, parse_quantity
from .tokenizer import tokenize

SCHEMA_VERSION = "1.0"
MAX_CHARS = 200_000

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
TIME_WORDS = {"am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc", "hrs"}
VAGUE_AMOUNTS = {"dozens", "hundreds", "thousands", "millions", "scores", "several", "half", "dozen", "few",
                 "handful", "third", "quarter", "fifth", "tenth"}
#: Fractions written as words: a share only before "of" or at the end ("a third of", not "a third round").
FRACTIONS = {"third", "quarter", "fifth", "tenth"}
NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
                "billion", "and"}
COUNT_SKIP = {"of", "the", "more", "than", "other", "a", "an", "and", "were", "was", "are", "had", "have", "been",
              "his", "her", "their", "its", "our", "my", "your", "these", "those", "all", "them", "whom", "who"}

FRAMING = {
    "so-called": (["so-called", "so called", "self-styled", "self-proclaimed"],
                  "Hints that a name is false without saying why."),
    "pretext framing": (["under the pretext of", "on the pretext of", "under the guise of", "supposedly to",
                         "allegedly to", "purportedly", "ostensibly", "in the name of", "dressed up as",
                         "hiding behind", "under cover of", "masquerading as", "on the pretence of", "as an excuse",
                         "as a pretext", "as a cover for"],
                        "Says the stated reason is not the real one, without showing it. Who says so?"),
    "loaded label": (lexicon()["loaded label"],
                     "A label that passes judgement. Who uses this word, and what would a neutral report say?"),
    "emotive language": (lexicon()["emotive language"],
                         "A strong word that pushes a feeling. Does the evidence in the article support it?"),
}
#: Framing that no word list can hold, as patterns: (category, pattern, why it is marked).
FRAMING_PATTERNS = [(category, re.compile(pattern), why) for category, pattern, why in (
    ("emotive language",
     r"\b(?i:exemplary|remarkable|admirable|commendable|outstanding|extraordinary|exceptional|great|calm|quiet)\s+"
     r"(?i:courage|composure|calm|restraint|professionalism|bravery|dignity|vigilance|resolve|heroism|discipline)\b",
     "Praise in the outlet's own voice. Who judged it so, and on what evidence?"),
    ("emotive language",
     r"\b(?i:directed|run|controlled|orchestrated|financed|funded|bankrolled|paid|backed|steered|instigated|"
     r"manipulated|ordered|dictated|masterminded|engineered|topped up|drawn up|scripted|propped up|kept afloat|"
     r"sponsored|puppeteered)\s+(?:from|by)\s+"
     r"(?:outside|abroad|overseas|foreign\s+[a-z]+|agents\s+abroad|foreign\s+powers|(?:[a-z]+\s+)?agents|[A-Z]\w+)",
     "Says a hidden hand is behind it. Who shows the money or the orders?"),
    ("emotive language", r"\b(?i:dictated|directed|drawn up|run|ordered|scripted)\s+(?:from|in)\s+(?:[A-Z]\w+|foreign capitals)\b",
     "Says a hidden hand is behind it. Who shows the money or the orders?"),
    ("emotive language", r"\b(?i:orders|marching orders|instructions)\s+from\s+(?:abroad|outside|overseas|[A-Z]\w+)\b",
     "Says a hidden hand is behind it. Who shows the money or the orders?"),
    ("emotive language", r"\b(?i:overseas|foreign|western|eastern)\s+(?:patrons|masters|paymasters|handlers|sponsors|backers|capitals)\b",
     "Says a hidden hand is behind it. Who shows the money or the orders?"),
    ("emotive language",
     r"\b(?i:in the pay of|on the payroll of|at the behest of|(?:doing|do|does|did) the bidding of|at the beck and call of)"
     r"(?:\s+(?:its|their|his|her|the|a|an)(?:\s+[a-z]+){1,2})?\b",
     "Says a hidden hand is behind it. Who shows the money or the orders?"),
    ("emotive language", r"\b(?:[A-Z][\w]+|(?i:foreign|outside|overseas))-(?i:funded|backed|sponsored|financed|bankrolled|paid|controlled)\b",
     "Says a hidden hand is behind it. Who shows the money or the orders?"),
    ("emotive language", r"\b(?i:crown|crowns|crowned|anoint|anoints|anointed|proclaim|proclaims|proclaimed)\s+"
     r"(?:himself|herself|themselves|itself)\b",
     "Mocks a claim as self-important. What did they actually say or do?"),
    ("loaded label", r"\b\w+-(?i:mongers?|crunchers?|pushers?|counters?|huggers?|grabbers?|baggers?|chasers?|peddlers?|"
     r"merchants?|lovers?|botherers?|bashers?|dodgers?|scroungers?|wallahs?)\b",
     "A label that sneers at a group. Who uses this word, and what would a neutral report say?"),
    ("pretext framing", r"\b(?i:under|on|using|with|citing|behind)\s+(?:the\s+|a\s+)?(?i:pretext|excuse|guise|pretence|pretense|"
     r"cover|smokescreen|fig leaf)\s+of\b",
     "Says the stated reason is not the real one, without showing it. Who says so?"),
)]
SCARE_QUOTES_HELP = "Quotation marks that no one is speaking: they mock or doubt the words inside."
_QUOTED = re.compile(r"[\"“]([^\"”]{1,60})[\"”]")
_SPEECH_AFTER = re.compile(r"[,]?\s*(" + "|".join(sorted(SPEECH)) + r")\b")  # "...," said Ruiz
_SPEECH_BEFORE = re.compile(r"\b(" + "|".join(sorted(SPEECH)) + r")$")  # said "..."

KIND_HELP = {
    "named": "A named person or organisation: you can look them up and check.",
    "unnamed": "A particular source whose name is held back: you cannot check who they are or why they speak.",
    "vague": "No one in particular (reports, 'some say'): nobody can be asked or held to it.",
}


class AnalysisError(ValueError):
    """Input the analyzer cannot work on; the message says what to do instead."""


@cache
def _matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    """Framing phrases in any capitalisation; outlet names and aliases as written."""
    framing = PhraseMatcher("lower_")
    for category, (terms, _) in FRAMING.items():
        framing.add(category, terms)
    outlets = PhraseMatcher("text")
    for row in outlet_rows():
        outlets.add(row["name"], {row["name"], *row["aliases"]})
    return framing, outlets


_WEB_PAGE = re.compile(r"<\s*/?\s*(?:html|head|body|div|p|span|a|script|style|meta|article|section|br)\b[^>]*>",
                       re.IGNORECASE)


def _utf16(data: bytes) -> str | bytes:
    """UTF-16 text with a byte-order mark, decoded; the bytes unchanged if they are not (mostly Latin) UTF-16."""
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        return data
    letters = [c for c in text if c.isalpha()]
    return text if letters and sum("a" <= c.lower() <= "z" for c in letters) / len(letters) >= 0.5 else data


def check_text(text: object) -> str:
    """The text itself, or an AnalysisError explaining why it cannot be analyzed."""
    if isinstance(text, bytes) and text.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _utf16(text)  # Windows' "Unicode" text: a byte-order mark says so
    if isinstance(text, bytes) and text.startswith(b"\xef\xbb\xbf"):
        text = text[3:]
    if isinstance(text, str):
        text = text.removeprefix("\ufeff")  # a byte-order mark is not part of the first sentence
    if isinstance(text, (bytes, str)) and ("\x00" if isinstance(text, str) else b"\x00") in text:
        raise AnalysisError("This file is not text (it may be a picture, a PDF or a Word file). "
                            "Save the article as plain text (.txt) and try again.")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise AnalysisError("This file is not UTF-8 text. Save the article as plain text (.txt, UTF-8) and "
                                "try again.") from None
    if not isinstance(text, str) or not text.strip():
        raise AnalysisError("There is no text to analyze: paste or load an article first.")
    if len(text) > MAX_CHARS:
        raise AnalysisError(f"This text has {len(text):,} characters; the analyzer reads one article at a time, "
                            f"up to {MAX_CHARS:,} characters (about 30,000 words). Split it and try again.")
    from .graded_texts import IN_CLASS, graded_text_in, working_alone  # imports answers, which imports this module

    if graded_text_in(text) and not working_alone():  # before the checks below: a disguised copy is still ours
        raise AnalysisError(IN_CLASS)
    if len(_WEB_PAGE.findall(text)) >= 3:
        raise AnalysisError("This looks like a web page's code (HTML), not the article's text. Open the page in a "
                            "browser, select the article's words, copy them and paste that instead.")
    letters = [c for c in text if c.isalpha()]
    words = re.findall(r"[a-z']+", text.lower())
    common = sum(w in {"the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said", "by",
                       "as", "at", "from", "it", "were", "has", "have", "are", "be", "an", "this"} for w in words)
    latin = sum("a" <= c.lower() <= "z" for c in letters)
    if letters and (latin / len(letters) < 0.8 or (len(words) >= 12 and common / len(words) < 0.12)):
        raise AnalysisError("This does not look like English. The analyzer's rules are written for English "
                            "news; its marks on other languages would be wrong.")
    return text


def analyze(text: str | bytes) -> dict:
    """Sentences, attributions, figures, framing and outlets of an English news text (see the module doc).

    In class, one of the lessons' own graded texts (or enough of one) is an AnalysisError that says why: its
    marks would answer graded exercises (see medialit.graded_texts).
    """
    text = check_text(text)
    _, paragraphs = number_sentences(text)
    sentences = [s for paragraph in paragraphs for s in paragraph]
    result = {"schema_version": SCHEMA_VERSION, "sentences": [], "attributions": [], "unattributed_sentences": [],
              "figures": [], "framing": [], "outlets": []}
    position, previous = 0, None  # previous: the kind of the last source cited, for "she said"
    for sentence in sentences:
        doc = tokenize(sentence.text)
        found = re.compile(r"\s+".join(map(re.escape, sentence.text.split(" ")))).search(text, position)
        start, position = found.start(), found.end()
        where = _offsets(text[start:position], sentence.text, start)
        result["sentences"].append({"sentence": sentence.number, "paragraph": sentence.paragraph,
                                    "text": text[start:position], "start": start, "end": position})

        def item(begin: int, end: int, **fields) -> dict:
            return {"sentence": sentence.number, "text": text[where[begin]:where[end]], "start": where[begin],
                    "end": where[end], **fields}

        sources = find_sources(doc, previous)
        previous = sources[-1].kind if sources else previous
        attributions = [(s.kind, doc[s.start:s.end].start_char, doc[s.start:s.end].end_char, s.rule) for s in sources]
        result["attributions"] += [item(b, e, kind=kind, cue=doc.text[b:e], rule=rule,
                                        explanation=f"{KIND_HELP[kind]} Why: {RULES[rule]}")
                                   for kind, b, e, rule in attributions]
        if not attributions:
            result["unattributed_sentences"].append(sentence.number)
        result["figures"] += [item(b, e, **fields, attributed=bool(attributions)) for b, e, fields in _figures(doc)]
        result["framing"] += [item(b, e, category=c, explanation=why) for c, b, e, why in _framing(doc, [b for _, b, _, _ in attributions])]
        result["outlets"] += [item(b, e, **fields) for b, e, fields in _outlets_in(doc)]
    return Analysis(result)


def _offsets(original: str, normalised: str, base: int) -> list[int]:
    """For each character of the whitespace-normalised sentence, its offset in the input (plus the end)."""
    mapping, i = [], 0
    for char in normalised:
        mapping.append(base + i)
        if char == " ":
            while i < len(original) and original[i].isspace():
                i += 1
        else:
            i += 1
    return mapping + [base + i]


def _longest_first(candidates: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Keep the longest of overlapping token spans (ties: the earliest), in text order."""
    taken, kept = set(), []
    for label, b, e in sorted(candidates, key=lambda c: (-(c[2] - c[1]), c[1])):
        if not taken & set(range(b, e)):
            kept.append((label, b, e))
            taken |= set(range(b, e))
    return sorted(kept, key=lambda c: c[1])


def _figure_end(doc, i: int) -> int:
    """The end of a number that may run over several tokens: "twenty - three", "two hundred and fifty"."""
    j = i + 1
    while j < len(doc):
        token = doc[j]
        if token.lower_ in NUMBER_WORDS - {"and"} or (token.text == "-" and j + 1 < len(doc) and doc[j + 1].lower_ in NUMBER_WORDS):
            j += 1
        elif token.lower_ == "and" and j + 1 < len(doc) and doc[j + 1].lower_ in NUMBER_WORDS - {"and", "hundred", "thousand"} \
                and doc[j - 1].lower_ in {"hundred", "thousand"}:
            j += 1
        else:
            break
    return j


def _not_a_figure(doc, b: int, e: int) -> bool:
    """Dates, years, times, ordinals and numbers inside names are numbers but not figures."""
    first, after = doc[b], doc[e] if e < len(doc) else None
    before = doc[b - 1] if b > 0 else None
    if re.fullmatch(r"(1[89]|20)\d\d", first.text) and e - b == 1:
        return True
    if (after is not None and after.lower_ in MONTHS) or (before is not None and before.lower_ in MONTHS):
        return True
    if ":" in first.text or (after is not None and after.lower_ in TIME_WORDS):
        return True
    if before is not None and before.is_title and b - 1 > 0 and before.lower_ not in {q.split()[-1] for q in QUALIFIERS}:
        return True  # "Route 9", "Resolution 2254"
    if first.lower_ == "one" and after is not None and (after.lower_ in ROLES or (
            e + 1 < len(doc) and doc[e + 1].lower_ in ROLES and after.is_lower)):
        return True  # "One resident told", "one senior official": a person, not a count
    if first.lower_ == "one" and ((before is not None and before.lower_ in {"no", "any", "every", "each", "the", "this",
                                                                           "that", "which", "someone"})
                                  or (after is not None and after.lower_ in {"another", "way", "day"})):
        return True
    return False


def _percent_sign(doc, end: int) -> int:
    """How many tokens after a number say "per cent" ("%", "percent", "per cent"): 0 if none."""
    if end < len(doc) and doc[end].lower_ in {"%", "percent"}:
        return 1
    if end + 1 < len(doc) and doc[end].lower_ == "per" and doc[end + 1].lower_ == "cent":
        return 2
    return 0


def _figures(doc) -> list[tuple[int, int, dict]]:
    figures, i = [], 0
    while i < len(doc):
        token = doc[i]
        vague = token.lower_ in VAGUE_AMOUNTS
        if not (token.like_num or vague) or (token.lower_ == "scores" and (i + 1 >= len(doc) or doc[i + 1].lower_ != "of")):
            i += 1
            continue
        end = _figure_end(doc, i)
        begin = i - 1 if i > 0 and doc[i - 1].lower_ == "a" and token.lower_ in {"dozen", "few", "handful"} | FRACTIONS else i
        ordinal = token.lower_ in FRACTIONS and end < len(doc) and doc[end].is_alpha and doc[end].lower_ != "of"
        if (token.lower_ in {"few", "handful"} | FRACTIONS and begin == i) or ordinal or _not_a_figure(doc, begin, end):
            i = end
            continue
        qualifier = next((q for q in sorted(QUALIFIERS, key=len, reverse=True)
                          if " ".join(t.lower_ for t in doc[max(0, begin - len(q.split())):begin]) == q), None)
        start_token = begin - len(qualifier.split()) if qualifier else begin
        try:
            quantity = parse_quantity(doc[start_token:end].text.replace(" - ", "-"))
        except QuantityError:
            i = end
            continue
        counted = next((t.lower_ for t in doc[end:end + 4] if t.is_alpha and t.lower_ not in COUNT_SKIP), None)
        value = list(quantity.value) if quantity.vague else quantity.value
        percent = _percent_sign(doc, end)
        if percent and not quantity.vague:
            end, value, counted = end + percent, round(value / 100, 6), "per cent"
        span = doc[start_token:end]
        figures.append((span.start_char, span.end_char, {"value": value, "qualifier": quantity.qualifier, "counts": counted}))
        i = end
    return figures


def _framing(doc, cues: list[int]) -> list[tuple[str, int, int, str]]:
    """Framing words and patterns; quotation marks count as scare quotes only in the outlet's own voice.

    ``cues`` are where the sentence's attributions begin (character offsets): quotation marks after one hold
    that source's words (a real quotation), so they are not scare quotes; the words inside can still be framing.
    """
    framing, _ = _matchers()
    found = [(c, doc[b:e].start_char, doc[b:e].end_char, FRAMING[c][1]) for c, b, e in framing(doc)]
    for category, pattern, why in FRAMING_PATTERNS:
        found += [(category, m.start(), m.end(), why) for m in pattern.finditer(doc.text)
                  if not any(f[1] < m.end() and m.start() < f[2] for f in found)]
    for quote in _QUOTED.finditer(doc.text):
        inner = quote.group(1).strip()
        before, after = doc.text[:quote.start()].rstrip(), doc.text[quote.end():].lstrip()
        spoken = (any(cue < quote.start() for cue in cues) or before.endswith((":", ",")) or quote.start() == 0
                  or _SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before))
        if not spoken and 1 <= len(inner.split()) <= 4:
            found.append(("scare quotes", quote.start(), quote.end(), SCARE_QUOTES_HELP))
    return sorted(found, key=lambda f: f[1])


def _outlets_in(doc) -> list[tuple[int, int, dict]]:
    _, outlets = _matchers()
    rows = {row["name"]: row for row in outlet_rows()}  # a handful of rows; matches are rare
    return [
        (doc[b:e].start_char, doc[b:e].end_char, {key: rows[label][key] for key in ("name", "type", "group", "owner")})
        for label, b, e in _longest_first(outlets(doc))
    ]


LABELS = {
    ("attributions", "named"): "NAMED SOURCE", ("attributions", "unnamed"): "UNNAMED SOURCE",
    ("attributions", "vague"): "VAGUE SOURCE", ("figures", True): "FIGURE (sourced here)",
    ("figures", False): "FIGURE (no source in this sentence)", ("outlets", None): "OUTLET",
}


class Analysis(dict):
    """The analysis as a plain dict (JSON-ready), shown highlighted in a notebook."""

    def marks(self) -> list[tuple[int, int, str]]:
        """(start, end, label) for every item, for highlighting."""
        marks = [(a["start"], a["end"], LABELS[("attributions", a["kind"])]) for a in self["attributions"]]
        marks += [(f["start"], f["end"], LABELS[("figures", f["attributed"])]) for f in self["figures"]]
        marks += [(f["start"], f["end"], f["category"].upper()) for f in self["framing"]]
        marks += [(o["start"], o["end"], LABELS[("outlets", None)]) for o in self["outlets"]]
        return sorted(marks)

    def to_json(self) -> str:
        return json.dumps(self, indent=1, ensure_ascii=False)

    def to_text(self) -> str:
        lines = []
        for sentence in self["sentences"]:
            n = sentence["sentence"]
            lines.append(f"S{n}  {' '.join(sentence['text'].split())}")
            lines += [f"      {a['kind']} source: {a['cue']!r}" for a in self["attributions"] if a["sentence"] == n]
            if n in self["unattributed_sentences"]:
                lines.append("      no source: the outlet's own voice")
            lines += [f"      figure: {f['text']!r} = {f['value']}{' (' + f['qualifier'] + ')' if f['qualifier'] else ''}"
                      f", counts {f['counts'] or '?'}, {'sourced here' if f['attributed'] else 'no source in this sentence'}"
                      for f in self["figures"] if f["sentence"] == n]
            lines += [f"      {f['category']}: {f['text']!r} ({f['explanation']})" for f in self["framing"] if f["sentence"] == n]
            lines += [f"      outlet: {o['text']!r} = {o['name']}, {o['type']}" for o in self["outlets"] if o["sentence"] == n]
        return "\n".join(lines)

    def to_html(self) -> str:
        from .analysis_html import render_html  # it reads this module's offsets

        return render_html(self)

    def _repr_html_(self) -> str:
        return self.to_html()

"""Mark up any English news text the way the lessons teach: sources, figures, framing, outlets.

Rule-based, explainable and offline, in pure Python (so it also runs in the
browser): spaCy's English tokenization replayed by medialit.analyzer.tokenizer, and
phrase lists matched on its tokens (medialit.analyzer.phrase_matcher). Sentences are numbered exactly as the
lessons number them (:func:`medialit.content.article.number_sentences`). Every item
carries its 1-based ``sentence``, its ``text`` and ``start``/``end``
character offsets into the input, and says which cue or rule decided it.
The output schema is documented in ``docs/analyzer-schema.md``.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache

from ..content.article import number_sentences
from ..content.ownership import outlet_rows
from .attribution import RULES, Source, find_sources
from .dep_parser import parse
from .errors import AnalysisError  # noqa: F401  (callers catch medialit.analyzer.analyzer.AnalysisError)
from .figure_finder import find_figures
from .framing_context import (SentenceTags, classifies_a_thing, denied_label, in_name, judges, literal,
                              ordinary_compound, taking_cover, used_as_noun, used_as_verb, verb_in_place,
                              verb_with_object)
from .framing_lexicon import (accusing_verbs, adjectives, doubting_verbs, drama_verbs, idioms, intensifiers,
                              judging_nouns, noun_shaped, opinion_only, plain_sense, saying_verbs, vader_only)
from .framing_quotes import (is_name, is_title, mentions, name_words, named_before_verb, names_what_follows, naming_at,
                             quotations, speaker_name, spoken)
from .marks import FRAMING, KIND_HELP, LABELS, SCARE_QUOTES_HELP, _offsets, locate
from .phrase_matcher import PhraseMatcher
from .said_of_people import find as said_of_people
from .tokenizer import tokenize
from .words_to_watch import WRITERS_OWN, find as words_to_watch, people_named

SCHEMA_VERSION = "1.0"
MAX_CHARS = 200_000

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
     # one capitalised word names an outside power or bloc ("run by Moscow", "kept afloat by Concord grants"); a
     # person's full name ("funded by Ana Ruiz") says in the open who pays or runs it
     r"(?:outside|abroad|overseas|foreign\s+[a-z]+|agents\s+abroad|foreign\s+powers|(?:[a-z]+\s+)?agents|"
     r"[A-Z]\w+\b(?!\s+[A-Z]))",
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
    ("loaded label", r"\b\w+-(?i:crazed|obsessed)\b",
     "A label that makes someone sound out of control. Who uses this word, and what would a neutral report say?"),
    ("loaded label", r"\b(?i:rogue)\s+(?i:kingdom|nation|nations|country|countries|government|governments|regime|"
     r"regimes|states|actor|actors|elements|leader|leaders|dictatorship|republic|power|powers|army|militia)\b",
     "A label that passes judgement. Who uses this word, and what would a neutral report say?"),
    # families of labels (round 4 of issue 30): "Trump-haters", "race-baiters", "Islamophobes", "election deniers",
    # "the anti-vax crowd", "the pro-Brexit brigade"
    ("loaded label", r"\b(?:\w+-(?i:haters?|baiters?)|[A-Za-z]+-?(?i:phobes?)|(?i:election|climate|science|holocaust|"
     r"covid|vaccine|genocide|evolution)[- ](?i:deniers?)|(?i:anti|pro)-[\w-]+\s+(?i:crowd|brigade|mob|fanatics|"
     r"zealots|nutters|types))\b",
     "A label that sneers at a group. Who uses this word, and what would a neutral report say?"),
    ("pretext framing", r"\b(?i:under|on|using|with|citing|behind)\s+(?:the\s+|a\s+)?(?i:pretext|excuse|guise|pretence|pretense|"
     r"cover|smokescreen|fig leaf)\s+of\b",
     "Says the stated reason is not the real one, without showing it. Who says so?"),
)]
SAYING_HELP = ("A verb of saying that judges the speaker (\"claimed\" doubts them, \"boasted\" mocks them). "
               "A neutral report would write \"said\".")
INTENSIFIER_HELP = ("A word that makes a fact sound bigger (\"dramatic\", \"fierce\"). Read the sentence "
                    "without it: is the fact any different?")
VADER_HELP = ("A strong word that pushes a feeling (people who rated words for the VADER list found it strongly "
              "emotional). Does the evidence in the article support it?")
DRAMA_HELP = ("A verb that dresses an ordinary act in violence or drama (\"slammed\" where a plain report would "
              "write \"criticised\" or \"said\", \"gutted\" for cut back). What would a plain report say happened?")
ACCUSING_HELP = ("A verb that accuses someone of hiding, tricking or dodging (\"concealed\", \"ducked\"). Does the "
                 "article show that they did? What would a plain report say they did?")
IDIOM_HELP = ("A figure of speech that judges what someone did (\"doubled down\", \"caved in\"). Say it in plain "
              "words: what actually happened?")
JUDGING_NOUN_HELP = ("A word that judges an act or a plan (\"stunt\", \"ploy\", \"gimmick\"): it tells you what to "
                     "think of it. What would a plain word, such as \"plan\" or \"visit\", say?")
OPINION_HELP = ("A word that judges: it tells you what to think of it, not what happened. People who rated words "
                "for the Pattern opinion list found it a strong opinion. What would a plain description say?")
#: Who a quotation belongs to when no source in its sentence says.
SOMEONE = "someone the article quotes"

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


#: Short words nearly every English sentence has: too few of them among a text's words means another language.
COMMON_ENGLISH = {"the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said", "by", "as",
                  "at", "from", "it", "were", "has", "have", "are", "be", "an", "this", "over", "about", "after",
                  "will", "not", "but", "he", "she", "his", "her", "they", "we", "who", "would", "up", "out", "says",
                  "or", "been", "had", "i", "you", "their", "its", "into", "than", "new", "more", "can"}


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
    from ..keys.graded_texts import IN_CLASS, graded_text_in, working_alone  # imports answers, which imports this module

    if graded_text_in(text) and not working_alone():  # before the checks below: a disguised copy is still ours
        raise AnalysisError(IN_CLASS)
    if len(_WEB_PAGE.findall(text)) >= 3:
        raise AnalysisError("This looks like a web page's code (HTML), not the article's text. Open the page in a "
                            "browser, select the article's words, copy them and paste that instead.")
    letters = [c for c in text if c.isalpha()]
    words = [w for w in re.findall(r"[A-Za-z']+", text) if not w[0].isupper()]  # names say nothing of the language
    common = sum(w in COMMON_ENGLISH for w in words)
    latin = sum("a" <= c.lower() <= "z" for c in letters)
    if letters and (latin / len(letters) < 0.8 or (len(words) >= 12 and common / len(words) < 0.12)):
        raise AnalysisError("This does not look like English. The analyzer's rules are written for English "
                            "news; its marks on other languages would be wrong.")
    return text


def analyze(text: str | bytes) -> dict:
    """Sentences, attributions, figures, framing and outlets of an English news text (see the module doc).

    In class, one of the lessons' own graded texts (or enough of one) is an AnalysisError that says why: its
    marks would answer graded exercises (see medialit.keys.graded_texts).
    """
    text = check_text(text)
    _, paragraphs = number_sentences(text)
    sentences = [s for paragraph in paragraphs for s in paragraph]
    result = {"schema_version": SCHEMA_VERSION, "sentences": [], "attributions": [], "unattributed_sentences": [],
              "figures": [], "framing": [], "outlets": []}
    position, previous = 0, None  # previous: the kind of the last source cited, for "she said"
    # the words of people's names: given after a title ("Sen. Marsh") and of the named sources so far ("Marsh said")
    people = people_named(text)
    quote_open, last_speaker, quote_speaker, waiting = False, None, None, []  # quotations over several sentences
    for sentence in sentences:
        doc = tokenize(sentence.text)
        start, position = locate(text, sentence.text, position)
        where = _offsets(text[start:position], sentence.text, start)
        result["sentences"].append({"sentence": sentence.number, "paragraph": sentence.paragraph,
                                    "text": text[start:position], "start": start, "end": position})

        def item(begin: int, end: int, **fields) -> dict:
            return {"sentence": sentence.number, "text": text[where[begin]:where[end]], "start": where[begin],
                    "end": where[end], **fields}

        named = _longest_first(_matchers()[1](doc))  # outlets and bodies the ownership table names
        sources = [_from_the_name_start(doc, source, named) for source in find_sources(doc, previous, parse)]
        previous = sources[-1].kind if sources else previous
        attributions = [(s.kind, doc[s.start:s.end].start_char, doc[s.start:s.end].end_char, s.rule) for s in sources]
        result["attributions"] += [item(b, e, kind=kind, cue=doc.text[b:e], rule=rule,
                                        explanation=f"{KIND_HELP[kind]} Why: {RULES[rule]}")
                                   for kind, b, e, rule in attributions]
        if not attributions:
            result["unattributed_sentences"].append(sentence.number)
        result["figures"] += [item(b, e, **fields, attributed=bool(attributions)) for b, e, fields in find_figures(doc)]
        speakers = [speaker_name(doc.text[b:e], last_speaker) for _, b, e, _ in attributions]
        last_speaker = next((name for name in reversed(speakers) if name), last_speaker)
        people |= {word for (kind, *_), name in zip(attributions, speakers) if kind == "named" and name
                          for word in name_words(name)}
        spans, still_open = quotations(doc.text, quote_open)
        marks = _framing(doc, attributions, spans, people)
        framing = [item(b, e, category=c, explanation=why, speaker=None) for c, b, e, why, _ in marks]
        here = speakers[0] if speakers else (named_before_verb(doc.text) if spans else None)
        if quote_open:  # the quotation that began earlier goes on: its speaker may be named only now
            quote_speaker = quote_speaker or here
        for mark, (*_, span) in zip(framing, marks):
            if span is None:
                continue
            continues = quote_open and span == spans[0]
            speaker = (quote_speaker if continues else None) or here
            if speaker is None and still_open and span == spans[-1]:
                waiting.append(mark)
            else:
                _quoted_by(mark, speaker or SOMEONE)
        if quote_open and not (still_open and len(spans) == 1):  # the earlier quotation ends here
            for mark in waiting:
                _quoted_by(mark, quote_speaker or SOMEONE)
            waiting, quote_speaker = [], None
        if still_open and not (quote_open and len(spans) == 1):
            quote_speaker = here
        quote_open = still_open
        result["framing"] += framing
        result["outlets"] += [item(b, e, **fields) for b, e, fields in _outlets_in(doc, named)]
    for mark in waiting:  # a quotation left open at the end of the text
        _quoted_by(mark, quote_speaker or SOMEONE)
    return Analysis(result)


def _quoted_by(mark: dict, speaker: str) -> None:
    """Mark framing inside a quotation as the speaker's words, as lesson 4 teaches."""
    mark["speaker"] = speaker
    mark["explanation"] = f"These are the words of {speaker}, quoted: the outlet reports them. {mark['explanation']}"


def _longest_first(candidates: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Keep the longest of overlapping token spans (ties: the earliest), in text order."""
    taken, kept = set(), []
    for label, b, e in sorted(candidates, key=lambda c: (-(c[2] - c[1]), c[1])):
        if not taken & set(range(b, e)):
            kept.append((label, b, e))
            taken |= set(range(b, e))
    return sorted(kept, key=lambda c: c[1])


def _token_range(tokens: list, start: int, end: int) -> tuple[int, int]:
    """The tokens (first, past the last) that characters start..end of a sentence cover."""
    starts = [t.idx for t in tokens]
    return bisect_left(starts, start), bisect_left(starts, end)


def _framing(doc, attributions: list, spans: list[tuple[int, int]], people: set[str] = frozenset()
             ) -> list[tuple[str, int, int, str, tuple | None]]:
    """Framing words and patterns, each with the quotation (a span of ``spans``) it stands in, if a speaker's.
    ``people``: the words of people's names the article gives (words_to_watch's combat words).

    Quotation marks count as scare quotes only in the outlet's own voice (medialit.analyzer.framing_quotes); the words
    inside a speaker's quotation can still be framing, the speaker's.
    """
    framing, _ = _matchers()
    # a title names a work ("Brutal Truths" on TV) and a mention names words ("the words “radical thugs”"): neither
    # is the outlet's own framing (framing_quotes)
    titles = [(start, end) for start, end in spans if is_title(doc.text, start, end)] + mentions(doc.text)
    found, tags, candidates = [], SentenceTags(doc.tokens), framing(doc)
    label_starts = {b for category, b, _ in candidates if category == "loaded label"}  # "racist thugs": two labels
    for category, b, e in candidates:
        span = doc[b:e]
        word = span.text.lower()
        if any(start <= span.start_char < end for start, end in titles):
            continue  # a word in a title or a mention is named, not used
        if (word in adjectives() and verb_with_object(doc.tokens, tags, b)) or (
                (category == "loaded label" or word in judging_nouns())
                and (not used_as_noun(doc.tokens, tags, b, e) or ordinary_compound(doc.tokens, b, e))) or (
                category == "loaded label" and (e not in label_starts and classifies_a_thing(doc.tokens, tags, b, e)
                                                or denied_label(doc.tokens, b))):
            continue  # "staff were disturbing the birds", "he will pawn his watch", "stunt double", "tax regime",
            # "terrorist attacks", "she is not a racist" (framing_context)
        if word in noun_shaped() and (not verb_in_place(doc.tokens, tags, b) or literal(doc.tokens, tags, b, e)):
            continue  # "the ducks swam", "animal hides", "the storm guts the house" (framing_lexicon.noun_shaped)
        if word in opinion_only():
            if not judges(doc.tokens, b, e):
                continue
            why = OPINION_HELP
        elif word in saying_verbs() or word in drama_verbs() or word in accusing_verbs():
            acts = word not in saying_verbs()  # a drama or an accusing verb names an act, which may be literal
            if not used_as_verb(doc.tokens, tags, b) or in_name(doc.tokens, b, e) or (
                    acts and literal(doc.tokens, tags, b, e)) or (
                    word in accusing_verbs() and taking_cover(doc.tokens, e)):
                continue  # "a slam dunk", "Torched Earth", "the car slammed into a wall", "hid in the cellar"
            # "The ministry claimed that …" cites the ministry; ", claiming …" after what someone did is the outlet's
            # own word for what they said.
            added_on = word.endswith("ing") and doc.text[:span.start_char].rstrip().endswith(",")
            citing = word in doubting_verbs() and bool(attributions) and not added_on
            if citing or plain_sense(word, doc.text[span.end_char:]):
                continue
            why = SAYING_HELP if word in saying_verbs() else DRAMA_HELP if word in drama_verbs() else ACCUSING_HELP
        elif word in judging_nouns():
            if in_name(doc.tokens, b, e):
                continue  # "Stunt Road"
            why = JUDGING_NOUN_HELP
        else:
            why = INTENSIFIER_HELP if word in intensifiers() else VADER_HELP if word in vader_only() \
                else FRAMING[category][1]
        found.append((category, span.start_char, span.end_char, why))
    for category, start, end, why in words_to_watch(doc, tags, people) + said_of_people(doc, tags):
        # a word to watch or a bad name said of a person is marked where no other rule marks it; "deeply flawed"
        # takes in a mark of "flawed"
        inside = [f for f in found if start <= f[1] and f[2] <= end]
        if not any(start <= s < e for s, e in titles) and not any(
                f[1] < end and start < f[2] for f in found if f not in inside):
            found = [f for f in found if f not in inside] + [(category, start, end, why)]
    for pattern in idioms():  # an idiom's span wins over the words inside it ("caved in", not "caved")
        for m in pattern.finditer(doc.text):
            first, last = _token_range(doc.tokens, m.start(), m.end())
            if (any(start <= m.start() < end for start, end in titles) or literal(doc.tokens, tags, first, last)
                    or any(f[1] < m.end() and m.start() < f[2] and not (m.start() <= f[1] and f[2] <= m.end())
                           for f in found)):
                continue
            found = [f for f in found if not (m.start() <= f[1] and f[2] <= m.end())]
            found.append(("emotive language", m.start(), m.end(), IDIOM_HELP))
    for category, pattern, why in FRAMING_PATTERNS:  # a pattern's span wins over a VADER word inside it, and a
        for m in pattern.finditer(doc.text):  # label's over any word inside it ("the anti-vax crowd")
            inside = [f for f in found if m.start() <= f[1] and f[2] <= m.end()
                      and (f[3] == VADER_HELP or category == "loaded label")]
            if not any(f[1] < m.end() and m.start() < f[2] for f in found if f not in inside):
                found = [f for f in found if f not in inside] + [(category, m.start(), m.end(), why)]
    cues = [b for _, b, _, _ in attributions]
    named = any(kind == "named" for kind, *_ in attributions)
    scare, speakers_quotes, naming = [], [], None
    for start, end in spans:
        closed = doc.text[end - 1:end] in "\"”" and end - start >= 2
        inner = doc.text[start:end].strip("\"“” ")
        if (closed and 1 <= len(inner.split()) <= 4 and not any(start < e and s < end for s, e in titles)
                and not spoken(doc.text, start, end, cues, named)):
            # a verb of naming or talking before it gives the words a speaker chose ("named him the "quiet enforcer"");
            # a phrase before a noun names it or repeats someone's words ("the "not there yet" comment")
            naming = naming_at(doc.tokens, tags) if naming is None else naming  # tagged only for a possible scare quote
            # one capitalised word is a name (the group "Hamas")
            if not (any(verb < start for verb in naming) or names_what_follows(doc.text, doc.tokens, tags, start, end)
                    or is_name(doc.text, start, end)):
                scare.append(("scare quotes", start, end, SCARE_QUOTES_HELP))
                continue
        speakers_quotes.append((start, end))
    marked = []
    for f in found:
        quote = next((q for q in speakers_quotes if q[0] <= f[1] and f[2] <= q[1]), None)
        if quote is None or f[3] not in WRITERS_OWN:  # a stance word is the writer's: in a speaker's quotation it
            marked.append((*f, quote))  # is how people talk ("we do not even know")
    return sorted(marked + [(*f, None) for f in scare], key=lambda f: f[1])


def _outlets_in(doc, named: list[tuple[str, int, int]]) -> list[tuple[int, int, dict]]:
    """The outlets and bodies named in a sentence (``named``: their token spans), with their ownership rows."""
    rows = {row["name"]: row for row in outlet_rows()}  # a handful of rows; matches are rare
    return [
        (doc[b:e].start_char, doc[b:e].end_char, {key: rows[label][key] for key in ("name", "type", "group", "owner")})
        for label, b, e in named
    ]


def _from_the_name_start(doc, source: Source, named: list[tuple[str, int, int]]) -> Source:
    """A source that starts inside a name the ownership table knows starts with the name, and its "the": in
    "the Syrian Ministry of Foreign Affairs and Expatriates, which has stated", "and" ends a phrase, so the source
    found began at "Expatriates"."""
    for _, b, e in named:
        if b < source.start < e:
            return replace(source, start=b - 1 if b > 0 and doc[b - 1].lower_ == "the" else b)
    return source


def _shown_range(value) -> str:
    """A vague amount's range in words, " (2,000 to 9,999)"; nothing for an exact figure, whose reading says it."""
    return f" ({value[0]:,} to {value[1]:,})" if isinstance(value, list) else ""


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
            lines += [f"      figure: {f['text']!r} = {f['reading']}{_shown_range(f['value'])}, "
                      f"counts{' ' + f['counts'] if f['counts'] else ': not said'}, "
                      f"{'sourced here' if f['attributed'] else 'no source in this sentence'}"
                      for f in self["figures"] if f["sentence"] == n]
            lines += [f"      {f['category']}: {f['text']!r} ({f['explanation']})" for f in self["framing"] if f["sentence"] == n]
            lines += [f"      outlet: {o['text']!r} = {o['name']}, {o['type']}" for o in self["outlets"] if o["sentence"] == n]
        return "\n".join(lines)

    def to_html(self) -> str:
        from .analysis_html import render_html

        return render_html(self)

    def to_page(self) -> str:
        """A standalone HTML page with the marks, a legend and every mark's explanation."""
        from .analysis_html import render_page

        return render_page(self)

    def _repr_html_(self) -> str:
        return self.to_html()

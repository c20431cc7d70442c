"""Who is speaking in a sentence: find each verb of saying (or "according to"), then read the source beside it.

The rules work on tokens alone (medialit.analyzer.tokenizer: spaCy's English tokens,
no trained model), in two steps, so each decision can be explained to a
student:

1. **Cues** (found by medialit.analyzer.attribution_cues). A verb of saying or of stance ("said", "warned", "rejected",
   "declined to comment", "the study finds", "figures show") or "according
   to". A participle after a comma ("…, adding that …") belongs to a source
   already cited and starts nothing new; with none cited, the subject of the
   sentence's verb speaks ("Hours later, Ortiz thanked them, telling …");
   "called" counts only before
   "on", "for" or a noun phrase ("called the plan a disgrace"; "so-called"
   is framing, and "a man called Tom" is a name).
2. **The source** is the noun phrase beside the cue: before it ("Insurers
   estimate", "the council has confirmed", "Ms Maranov, who told …",
   "Local sources, requesting anonymity, told …"), or after it when nothing
   stands before it (`"…," said Marta Kellen`), or after "according to". Its
   kind comes from its words, in this order: a pronoun takes the kind of the
   source it points back to; an anonymity phrase in the sentence makes a
   person `unnamed`; one person for a named body speaks for it (`named`);
   any other single person held back is `unnamed`; a plural of people or
   things with no name ("Forecasters", "Dumari officials", "Posts on social
   media") is `vague`; a name, a named body, or "the ministry", "the study"
   pointing back to one is `named`.

This module keeps step 2, the rules that find who speaks; step 1 lives in attribution_cues, and both read a
sentence's parts by word position (the subject before a verb, the phrase after a word) from attribution_phrases.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from . import attribution_cues, view_cues
from .attribution_cues import (_after_comma, ATTACKING_PHRASES, _issuer, _led_to, _made_it_clear, _names_a_document,
    _opening_phrase_end, OPENING_PREPOSITIONS, owner_before, _points_to, PUT, PUT_OUT, _saying_participle,
    _says_through_a_noun, _statement_put_out, answer_with_its_words, TAKEN_AT, TAKING, _went_on_to, _went_somewhere_to)
from .attribution_grammar import CLAUSE_OPENERS, children, clause_right_after, noun_phrase, reported_clause, reporting_verbs, speaker_of
from .attribution_phrases import (_capitalised, _dateline_end, HEADLINE_LABELS, _inner_hyphen, _inside_quotation,
    _is_boundary, _name_word, _opens_aside, _span_after, _speaker_like, _subject_before, _title, VERB_TAGS,
    _written_as_a_name)
from .attribution_words import (ANONYMITY, ANSWERING_A_POLL, AUXILIARIES, BE, BODY_NOUNS, BOUNDARY_WORDS, BY, CITING,
    COMMON, DASHES, DATE_NAMES, DECLINE_TO, DEFINITE, DESCRIBING, DOCUMENTS, DOCUMENT_VERBS, FIRST_AND_SECOND_PERSON,
    GROUPS, HEADLINE_STATEMENTS, IMPERSONAL, IN_VIEW_NOUNS, INDEFINITE, INSTITUTIONS, INVERTING, ISSUING, MODALS,
    NAME_ENDINGS, NEEDS_NEXT, OPENING_QUOTES, PARTICIPLES, PAST_TENSE, PEOPLE, PEOPLES, POLL_MADE, POLL_WORDS,
    POSSESSIVE_MARKS, PREPOSITIONS, PRONOUNS, QUANTIFIERS, QUESTION_WORDS, QUOTES, ROLES, ROUGHLY, SENTENCE_OPENERS,
    SHARES, SIDE_NOUNS, SPEAKER_WORDS, SPEECH, SPOKESPEOPLE, TIME_NOUNS, TIME_QUALIFIERS)
from .attribution_words import _singular, a_person_word
from .headline_case import headline_case
from .pos_tagger import sentence_tags
from .syntax import Word
from .view_cues import ANSWER_NOUNS, BELIEFS, OWNERS, POLLS, SAID_IN, VIEW_NEEDS_NEXT, VIEW_NOUNS, VIEW_VERBS


RULES = {
    "pronoun": "A pronoun (he, she, they) points back to a source already cited, and takes its kind.",
    "anonymity": "The sentence says the source's name is held back: a particular source you cannot check.",
    "for a named body": "One person speaking for a named body: the body is named and answers for the words.",
    "one person": "One particular person whose name is not given: you cannot check who they are.",
    "plural": "A group with no name (people, officials, reports): nobody in particular can be asked.",
    "document": "A study, report, poll or set of figures from a body you can look up.",
    "name": "A name, or a body you can look up (or \"the ministry\", \"the study\" pointing back to one).",
    "headline": "A headline that opens with a name and a colon: the words after the colon are that speaker's.",
    "headline group": "A headline that opens with a poll, a report or a group of people and a colon: the words "
                      "after the colon are theirs.",
    "impersonal": "No one at all: an impersonal phrase such as \"reportedly\" or \"it is believed\".",
    "view": view_cues.EXPLANATION,
}


@dataclass(frozen=True)
class Source:
    kind: str  # named, unnamed or vague
    start: int  # token index where the cue begins
    end: int  # token index after it
    rule: str  # a key of RULES


def find_sources(doc, previous_kind: str | None = None,
                 grammar: Sequence[Word] | Callable[[object], Sequence[Word]] = ()) -> list[Source]:
    """Every source cited in one sentence (a medialit.analyzer.tokenizer Doc), one per source even when it has several verbs.

    With the sentence's ``grammar`` (one medialit.analyzer.syntax.Word per token), the rules that read it
    (_from_grammar) add the speakers the word-position rules miss; without it, only the word-position rules run.
    ``grammar`` may be a function that parses the sentence (medialit.analyzer.dep_parser.parse): it is called only
    when a grammar rule could fire, since parsing costs more than all the other rules together."""
    words = [t.lower_ for t in doc]
    sentence = " ".join(words)
    anonymous = any(phrase in sentence for phrase in ANONYMITY)
    quoted = _inside_quotation(doc)
    dateline = _dateline_end(doc)
    found: list[Source] = []
    read_apart = set()  # cues whose source, found apart from them, the parse need not look for again
    cues = attribution_cues.cues(doc)
    for i in cues:
        since_last = words[found[-1].end:i] if found else []
        if {".", "?", "!"} & set(since_last):  # one "sentence" holding several (`… golf. ''They're …,'' she said.`)
            since_last = []
        if "that" in since_last and not _aside(words, i) and not _new_clause(words, i) \
                and not _according_to_after_comma(words, i) and not _another_speakers_clause(doc, words, i):
            continue  # after "X said that …", the rest is what X said ("She noted that the research could show…"),
            # till that sentence ends: one "sentence" may hold several (`… agreed that … . ''…,'' he said.`)
        opening_end = _opening_phrase_end(doc, i)
        if opening_end is not None:  # "Noting that …, Ortiz put her finger on …": Ortiz notes
            np = _sentence_subject(doc, len(doc), opening_end)
            kind, rule = _classify(doc, np, anonymous, previous_kind) if np and not found else (None, "")
            if kind:
                found.append(Source(kind, *np, rule))
                read_apart.add(i)
            continue
        document = attribution_cues.finding_document(doc, i)
        if document:  # "with polls showing …", "a new poll that shows …": the poll, or who put it out
            np = (_issuer(doc, i) if document[1] == i and words[i - 1] in SAID_IN else None) or document
            kind, rule = _classify(doc, np, anonymous, previous_kind)
            if kind:
                found.append(Source(kind, np[0], max(np[1], i + 1), rule))
            continue
        if _saying_participle(words[i]) and words[i - 1] in BY | SAID_IN:  # "by saying", "issued a statement saying"
            np = _issuer(doc, i) if words[i - 1] in SAID_IN else _sentence_subject(doc, i) if words[i - 1] == "by" \
                else None  # "after questioning …", "while urging …": the parse's subject of the verb they hang on
            kind, rule = _classify(doc, np, anonymous, previous_kind) if np and not found else (None, "")
            if kind:
                found.append(Source(kind, *np, rule))
            continue
        if words[i] in PUT_OUT and _statement_put_out(doc, i):  # "Ortiz released a statement Tuesday urging"
            np = _issuer(doc, i + 1)
            kind, rule = _classify(doc, np, anonymous, previous_kind) if np and not found else (None, "")
            if kind:
                found.append(Source(kind, *np, rule))
            continue
        if words[i] == "according":
            np = _span_after(doc, i + 2)
            if np:
                including = next((x for x in range(*np) if words[x] == "including"), None)
                if including is not None and any(_capitalised(t) for t in doc[including + 1:np[1]]):
                    found.append(Source("named", including, np[1], "name"))  # one name inside a vague group
                    np = (np[0], including)
                kind, rule = _classify(doc, np, anonymous, previous_kind)
                kind, rule = (kind, rule) if kind else _cited_by_according_to(doc, np, previous_kind)
                if kind:
                    found.append(Source(kind, i, np[1], rule))
            continue
        answer = answer_with_its_words(doc, i)  # "Rubio's response was that …"
        owner = owner_before(doc, i) if words[i] in VIEW_NOUNS | IN_VIEW_NOUNS or answer else None
        if owner is not None and owner < i - 1 and words[i + 1:i + 2] != ["that"] and not answer:
            owner = None  # "his biggest worry about", "Hale's constant vow to": no words of theirs shown
        owners = _owner_of_view(doc, i, owner, anonymous, previous_kind) if owner is not None else []
        if owners or owner == i - 1:  # with words between, a view noun whose owner names no one reads on
            found += owners
            continue
        if words[i] in {"come", "comes", "came"}:
            subject, np = _subject_before(doc, i), _span_after(doc, i + 2)
            if subject and np and any(t.lower_ in DOCUMENTS for t in doc[subject[0]:subject[1]]):
                kind, rule = _classify(doc, np, anonymous, previous_kind)
                if kind:
                    found.append(Source(kind, i, np[1], rule))
            continue
        if i + 1 < len(doc) and words[i + 1] == "by" and words[i].endswith("ed"):  # "the 74 per cent claimed by X"
            np = _span_after(doc, i + 2)
            kind, rule = _classify(doc, np, anonymous, previous_kind) if np else (None, "")
            if kind:
                found.append(Source(kind, i, np[1], rule))
            continue
        if _who_after_the_speaker(words, i, found):
            found[-1] = replace(found[-1], end=_cue_end(words, i))  # "said one engineer familiar with the dam, who
            continue  # added": the engineer again, however long the phrase before "who"
        comma = _after_comma(words, i) if words[i].endswith("ing") else None
        if comma is not None and found:
            continue  # "Ortiz said the dam was weak, adding that …": the source already cited goes on
        np = _inverted_after_comma(doc, i) or _led_to(words, i) \
            or (None if comma is not None else _subject_before(doc, _went_on_to(words, i) or _went_somewhere_to(words, i)
                                                                or i))
        if comma is not None and words[i] in SPEECH and not (np and _classify(doc, np, anonymous, previous_kind)[0]):
            np = _subject_of_first_verb(doc, comma)  # "Hours later, Ortiz thanked them, telling …": Ortiz
            if np and np[0] > 0 and words[np[0] - 1] in REPORTED_CLAUSE_OPENERS:
                np = None  # "Trump welcomed the news that Kasich would quit, saying": not Kasich
            np = np or _sentence_subject(doc, i) or _sentence_subject(doc, i, _past_opening_time(doc))
        if _is_view(words[i]):
            if np and _speaker_like(doc, np):
                kind, _ = _classify(doc, np, anonymous, previous_kind)
                if kind:
                    end = i + 2 if words[i] in VIEW_NEEDS_NEXT and words[i] not in BELIEFS else i + 1
                    end += _made_it_clear(words, i)  # "made it clear"
                    found.append(Source(kind, np[0], end, "view"))
            continue
        if (_points_to(words, i) or _says_through_a_noun(words, i)) and np and not _speaker_like(doc, np):
            continue  # "The arrow pointed to the exit", "The signs point to a wet winter": things show the way;
            # "The bill raised questions about …": no one said them
        if words[i] in DOCUMENT_VERBS and np and not _names_a_document(doc, np):
            np = _document_and_its_maker(doc, np) or np
        if words[i] in DOCUMENT_VERBS and np and not (
                _names_a_document(doc, np) or (i + 1 < len(doc) and words[i + 1] == "that")
                or (np[0] > 0 and words[np[0] - 1] == "," and words[i + 1:i + 2] == ["."] and _speaker_like(doc, np))):
            # "…, the Reno Institute found.": what was found comes before; "Ortiz found her car" is no finding
            continue
        # "The judge rubbed his chin, and then said": the subject of the first verb speaks
        joined = i > 1 and words[i - 1] in {"then", "also", "later"} and words[i - 2] in {"and", "but", "or"} or (
            i > 1 and words[i - 1] == "then" and words[i - 2] == ",")  # "Ortiz paused, then said"
        if np is None and not found and words[i] not in DOCUMENT_VERBS and (
                words[i - 1] in {"and", "but", "or"} or joined or words[i] in PARTICIPLES):
            np = _sentence_subject(doc, i)  # "Conway appeared on TV and defended him, saying …": Conway speaks
            if np is None:  # "when Rubio thanked Miami and said", "Before …, Trump took a … approach, suggesting"
                np = _subject_of_first_verb(doc, i - 1 - joined)
        if np is None and i > 0 and (words[i - 1] in {"and", "but", "or"} or joined):
            continue  # "Dusek dismissed … and insisted …": one source
        if np is None and words[i] in INVERTING:
            np = _without_relative_clause(doc, _span_after(doc, i + 1))
            np = _with_description(doc, np) if np and _name_like(doc, np, strict=False) else None  # not "When asked how"
        if np and np[0] < dateline < np[1]:
            np = (dateline, np[1])  # "WASHINGTON — Sen. Pole said": where the story was written is no one
        if not np or np[0] < dateline or all(k in quoted for k in range(*np) if not doc[k].is_punct):
            continue  # a quoted phrase ("“New York values,” saying") is the quoted speaker's words, not a speaker
        if _opens_with_a_cited_verb(words, np, cues, found):
            read_apart.add(i)  # "Hale's office, when reached, said the senator could not recall": the senator's
            continue  # recall is part of what the office said, not a source of its own, in the parse's reading too
        kind, rule = _classify(doc, np, anonymous, previous_kind)
        apposition = _apposition_before(doc, i) if kind is None else None
        if apposition:
            np = apposition  # "One of his advisers, Tad Hale, told": the name between the commas
            kind, rule = _classify(doc, np, anonymous, previous_kind)
        if kind is None and np[1] < i and words[np[1]] == "who" and doc[np[1] - 1].is_lower:
            kind, rule = "vague", "plural"  # "those who said", "the same number who said": nobody in particular
        if kind and rule == "pronoun" and since_last and not _aside(words, i) and not _new_clause(words, i):
            continue  # "She accused …, where she said …": the same person
        if kind:
            end = _cue_end(words, i)
            found.append(Source(kind, min(np[0], i), max(np[1], end), rule))
    found += _headline_source(doc, anonymous, previous_kind)
    found += _to_someone(doc, anonymous, previous_kind)
    found += _said_in(doc, found, anonymous, previous_kind)
    found += _impersonal(doc, found)
    taken = {k for s in found for k in range(s.start, s.end)} | read_apart
    if grammar and _grammar_could_add(doc, words, cues, quoted, taken):
        grammar = grammar(doc) if callable(grammar) else grammar
        found += _from_grammar(doc, words, grammar, set(cues), quoted, dateline, taken, found, anonymous,
                               previous_kind)
    return [_from_the_word_start(doc, source) for source in _one_per_source(found)]


def _opens_with_a_cited_verb(words: list[str], np: tuple[int, int], cues: list[int], found: list[Source]) -> bool:
    """Whether the phrase read as a cue's subject opens with the verb of saying of a source already found: after
    "Hale's office, when reached, said the senator could not recall …" the phrase before "recall" runs back to
    the comma and takes in "said". What follows "said" is what the office said, not a speaker of its own; read as
    one, its longer span pushed the office's own mark out (_one_per_source keeps the longest)."""
    return np[0] in cues and any(source.start <= np[0] < source.end for source in found) \
        and words[np[0]] != "according"  # "according to the federation, which warned": the federation warns


#: What "according to" follows that is nobody's word: "according to plan", "according to the rules".
NOT_CITED = {"plan", "plans", "schedule", "rules", "rule", "law", "laws", "tradition", "script", "custom", "form",
             "design", "protocol", "type", "size", "age", "need", "needs", "merit", "taste", "order"}


def _who_after_the_speaker(words: list[str], cue: int, found: list[Source]) -> bool:
    """Whether "who" before a verb of saying stands for the source found right before its comma: "said one engineer
    familiar with the dam, who added that …" (the engineer, not the dam, which the noun right before "who" would
    give); "has", "also" and the like may stand between ("who also warned")."""
    k = cue - 1
    while k > 0 and words[k] in AUXILIARIES:
        k -= 1
    return k > 1 and words[k] == "who" and words[k - 1] == "," and bool(found) and found[-1].end == k - 1


def _cited_by_according_to(doc, np: tuple[int, int], previous_kind: str | None) -> tuple[str | None, str]:
    """The kind and rule of a source after "according to" that _classify does not know: "him", "her" or "them"
    point back to the source cited before; a web address names a site you can look up ("according to
    ouest-france.fr"); any other words cite nobody in particular ("according to complete but unofficial returns",
    "according to two senators present"). "According to" always cites someone, except a plan, a schedule or the
    rules ("according to plan")."""
    words = [t.lower_ for t in doc[np[0]:np[1]]]
    if set(words) & NOT_CITED or not any(c.isalpha() for c in "".join(words)):
        return None, ""
    if words[0] in OBJECT_PRONOUNS:
        return (previous_kind, "pronoun") if previous_kind and len(words) == 1 else (None, "")
    if "." in words[0].strip("."):
        return "named", "name"
    return "vague", "plural"


#: The second word of a cue that needs one ("pointed out", "called for", "shot back"): part of the cue.
PARTICLES = {"out", "back", "in", "against", "on", "for", "to", "off", "aside"}


def _cue_end(words: list[str], i: int) -> int:
    """Where the cue at ``i`` ends: with its particle ("pointed out", "lashed out", "called for"), or "declined to
    comment"; never the word after that ("pointed out that", "called for a"), nor the object of "called" ("called
    the plan a disgrace" shows "called")."""
    following = words[i + 1] if i + 1 < len(words) else ""
    if words[i] in PUT and following == "it" or following == ATTACKING_PHRASES.get(words[i]) \
            or words[i] in TAKING and following in TAKEN_AT:
        return i + 2  # "as Ortiz put it", "took aim", "went after"
    if words[i] not in NEEDS_NEXT or following not in NEEDS_NEXT[words[i]] or following not in PARTICLES:
        return i + 1
    return i + 3 if following == "to" and i + 2 < len(words) and words[i + 2] in DECLINE_TO else i + 2


def _from_the_word_start(doc, source: Source) -> Source:
    """The source from the start of its first word and its names: "so" ends a phrase ("and so he said"), so a
    phrase found after "so-called" began inside that word ("-called Liberation Front says"); it takes back "so" and
    the article before it ("The so-called Liberation Front says"). Punctuation and "and" end a phrase too, so one
    found after a slash, a nickname or "and" between names began inside them: it takes back "The latest
    Reuters/Ipsos poll", 'Marta "Tina" Lind', "China and Russia", "the United States, Britain and France"."""
    start = source.start
    while start > 0 and doc[start].text == "-" and not doc[start - 1].whitespace_:
        start -= 1
    if start < source.start and start > 0 and doc[start - 1].lower_ in DEFINITE | INDEFINITE:
        start -= 1
    if start == source.start and _name_word(doc[start]):
        start = _names_start(doc, start)
    return replace(source, start=start)


def _names_start(doc, start: int) -> int:
    """Where the names joined to the name at ``start`` begin: across a slash ("Reuters/Ipsos", with the words that
    describe it: "The latest"), a nickname in quotation marks ('Marta "Tina" Lind') and a list of names
    ("the United States, Britain and France", when the list opens its clause); ``start`` without one."""
    if start > 1 and doc[start - 1].text == "/" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
            and _name_word(doc[start - 2]):
        start -= 2
        while start > 0 and (_name_word(doc[start - 1]) or doc[start - 1].lower_ in DESCRIBING):
            start -= 1  # "A new CNN/ORC poll", not "Syria proved resistant to the Obama/Clinton calls"
        return start
    if start > 3 and doc[start - 1].text in QUOTES | {"''"} and doc[start - 3].text in OPENING_QUOTES | QUOTES \
            and _name_word(doc[start - 2]) and _name_word(doc[start - 4]):
        start -= 4
        while start > 0 and _name_word(doc[start - 1]):
            start -= 1
        return start
    k, comma, found = start, False, start
    while k > 1 and (doc[k - 1].lower_ == "and" or (doc[k - 1].text == "," and k < start)) and _name_word(doc[k - 2]):
        comma = comma or doc[k - 1].text == ","
        k -= 2
        while k > 0 and _name_word(doc[k - 1]) and doc[k - 1].lower_ not in SENTENCE_OPENERS:
            k -= 1
        if k > 0 and doc[k - 1].lower_ == "the":
            found = k - 1
        elif (k > 0 and _is_boundary(doc[k - 1])) or (k == 0 and not comma):
            found = k  # not "Ortiz met Lind and Reyes said" (Lind is no speaker) nor "On Monday, Ortiz and …"
    return found


#: Subjects that never speak for anyone in the tree's reading: the quoted speaker's own I, we and you ("I think
#: that …"), and words that stand for a thing or a clause ("it seems that", "this means that", "there is …").
NOT_A_SPEAKER = FIRST_AND_SECOND_PERSON | {"me", "us", "my", "our", "your", "this", "that", "there", "which", "what",
                                         "these", "those", "who", "whom", "something", "nothing", "anything"}


def _from_grammar(doc, words: list[str], grammar: Sequence[Word], cues: set[int], quoted: set[int], dateline: int,
                  taken: set[int], found: list[Source], anonymous: bool, previous_kind: str | None) -> list[Source]:
    """Speakers the parse shows and the word-position rules did not find: the subject of a verb of saying or view
    however far from it ("Obama blasted Trump … and said", "…, saying"), with the word lists' conditions; and the
    subject of any verb that reports a clause ("Critics doubt whether …": attribution_grammar.reported_clause).
    On PolNeAR, owners of nouns ("her criticism") cost more precision than the recall they added.
    A cue inside what another source says ("Ortiz said he thinks …") is that source's words, as the word-position
    rules read it. ``words`` are the sentence's tokens in lower case; no speaker stands before ``dateline`` (where
    the sentence's dateline ends: ``_dateline_end``)."""
    extra = []
    for i, word in enumerate(grammar):
        if i in taken or i in quoted or reporting_verbs(grammar, i) & cues:
            continue
        if not word.tag.startswith("VB") or any(words[k] in MODALS for k in children(grammar, i)
                                                  if grammar[k].label == "aux"):
            continue
        if i in cues:
            if words[i] in DOCUMENT_VERBS | {"come", "comes", "came"}:
                continue
            view = own = _is_view(words[i])  # a view is its own subject's: "considering supporting Trump" is no view
        elif reported_clause(grammar, words, i, quoted) is not None:
            view = own = True  # any verb that reports a clause: "Critics doubt whether …", "Ortiz reckons the …"
        elif words[i] in CITING and clause_right_after(grammar, i):
            view, own = _is_view(words[i]), True  # a listed verb the word rules passed over: "hopes the vote will"
        else:
            continue
        speaker, rule = speaker_of(grammar, i, through_clauses=not own), ("view" if view else "")
        if speaker is None or speaker in quoted or speaker < dateline or not _grammar_speaker(doc, grammar, speaker, allow_it=not rule):
            continue
        if words[speaker] in PRONOUNS and any(s.start < i for s in found):
            continue  # "She accused …, where she said …", "Residents … say they expect …": the same person
        np = noun_phrase(grammar, speaker)
        if any(k in taken for k in range(*np)) or words[np[0]] in {"our", "my", "your"}:
            continue  # "Our members know": the writer's own side
        kind, how = _classify(doc, np, anonymous, previous_kind)
        if not kind:
            continue
        near = np[1] <= i <= np[1] + 3 or np[0] - 2 <= i < np[0]  # "Ortiz later said", "said Ortiz"
        start, end = (min(np[0], i), max(np[1], i + 1)) if near else np
        extra.append(Source(kind, start, end, rule or how))
    return extra


def _grammar_could_add(doc, words: list[str], cues: list[int], quoted: set[int], taken: set[int]) -> bool:
    """Whether _from_grammar could find anything, read from the words alone: it needs a verb outside the quotations
    and the sources found, and that verb must be a cue or a word the cue lists know, stand before "that",
    "whether" or "if", or report a quotation. Most sentences fail this, so the parse they would need is never made."""
    free = [k for k in range(len(doc)) if k not in quoted and k not in taken and not doc[k].is_punct]
    if not free:
        return False
    return bool(set(cues) & set(free)) or bool(quoted) or any(words[k] in CITING for k in free) or any(
        word in CLAUSE_OPENERS and k > free[0] for k, word in enumerate(words))


def _grammar_speaker(doc, grammar: Sequence[Word], speaker: int, allow_it: bool) -> bool:
    """Whether the word a parse gives as the speaker can speak: a name (tagged NNP), he, she or they, a person,
    group, body, document or poll; "it" only for a verb of saying ("it said": a company); never I, we or you.
    People are PEOPLE and ROLES, not the wider ``a_person_word``: its extra words ("the press", "agents") gave 2
    sources on PolNeAR train, both wrong (measured in round 15 of issue 30)."""
    word = doc[speaker].lower_
    if word in NOT_A_SPEAKER or (word == "it" and not allow_it):
        return False
    return word in PRONOUNS or grammar[speaker].tag in {"NNP", "NNPS"} or word in SPEAKER_WORDS | POLLS | DOCUMENTS \
        or word in PEOPLE or _singular(word) in ROLES  # "Her allies pushed back, arguing"


def _subject_of_first_verb(doc, conjunction: int) -> tuple[int, int] | None:
    """The name or pronoun nearest before "and"/"but" that a verb follows: the subject of both verbs in "Mrs. Hale
    shook her head and said", "when Rubio thanked Miami and said". None past the clause's start or a quotation."""
    for k in range(conjunction - 2, max(conjunction - 20, -1), -1):
        token, after = doc[k], doc[k + 1]
        if token.text in {".", ";", ":", "?", "!"} | QUOTES | {"''"}:
            return None
        verb_after = after.is_lower and after.is_alpha and after.lower_ not in (
            BOUNDARY_WORDS | PREPOSITIONS | DEFINITE | INDEFINITE | {"to", "'s", "’s"})
        if not verb_after:
            continue
        if token.lower_ in {"he", "she", "they"} and _opens_its_clause(doc, k):
            return (k, k + 1)
        if _capitalised(token) and token.lower_ not in SENTENCE_OPENERS | COMMON:
            start = k
            while start > 0 and (((_written_as_a_name(doc[start - 1])) and doc[start - 1].is_alpha)
                                 or _title(doc[start - 1])) \
                    and doc[start - 1].lower_ not in SENTENCE_OPENERS | {"when", "after", "as"}:
                start -= 1  # "…, Mr. Trump struck a measured tone, saying": the title too
            if start == 0 or _is_boundary(doc[start - 1]) or doc[start - 1].lower_ in {"when", "after", "as", "then"}:
                return (start, k + 1)  # "…, Ebeling reminisced"; not "a Goldwater girl"
    return None


def _opens_its_clause(doc, k: int) -> bool:
    """Whether the word at ``k`` opens its clause: at the start, after punctuation or after "and", "but" or "then";
    not inside a clause the verb before it reports ("he hedged on whether he would …", "seemed to indicate he
    knows …, warning": the first "he" warns, not the second)."""
    return k == 0 or doc[k - 1].is_punct or doc[k - 1].lower_ in JOINING | {"then", "so", "instead"}


def _past_opening_time(doc) -> int | None:
    """Where the sentence goes on after an opening phrase of time and its comma ("On Wednesday, he …", "This year,
    he …", "In recent days, she …"): the subject stands there; None without one."""
    comma = next((k for k in range(1, min(len(doc), 6)) if doc[k].text == ","), None)
    if comma is None or doc[0].lower_ not in TIME_QUALIFIERS | OPENING_PREPOSITIONS | DATE_NAMES:
        return None
    if not any(t.lower_ in TIME_NOUNS or t.lower_.rstrip("s") in TIME_NOUNS or t.like_num for t in doc[1:comma]):
        return None
    return comma + 1


#: Words that open a clause inside the sentence's main one: its subject does not speak the participle after it.
REPORTED_CLAUSE_OPENERS = {"that", "than", "whether", "if", "because", "which", "what", "who", "whom"}


#: What joins a poll or a study to the body that made it: "a poll from", "polls conducted by", "a study for".
MADE_BY = {"from", "by", "for", "of"}


def _document_and_its_maker(doc, np: tuple[int, int]) -> tuple[int, int] | None:
    """The poll or study before "found" or "shows" and the body that made it, when a slash or "and" in the maker's
    name cut the phrase read before the verb: "a new poll from USA TODAY/Suffolk University found", "polls from
    Monmouth University and CNN/ORC show", "exit polls conducted by Edison Research for the AP and the networks
    show". Round 13: the phrase's tail alone ("Suffolk University found") named no document, so the finding was
    refused. None when no document stands a few words before, joined by "from", "by", "for" or "of"."""
    for k in range(np[0] - 1, max(np[0] - 15, -1), -1):
        if doc[k].text in ASIDE_ENDS or doc[k].lower_ in REPORTED_CLAUSE_OPENERS:
            return None
        if _names_a_document(doc, (k, k + 1)):
            if not any(t.lower_ in MADE_BY for t in doc[k + 1:np[0]]):
                return None
            start = k
            while start > 0 and not _is_boundary(doc[start - 1]):
                start -= 1
            return (start, np[1])
    return None


def _aside(words: list[str], cue: int) -> bool:
    """A speaker's aside inside what is reported or inside a relative clause: "moves that he said improved the
    economy", "which he said were at his side", "his sons, who he said were living in Reno": a pronoun between
    "that", "which" or "who" and the verb of saying speaks for itself, whoever the sentence's subject is."""
    return cue > 1 and words[cue] in {"said", "says"} and words[cue - 1] in {"he", "she", "they"} \
        and words[cue - 2] in {"that", "which", "who", "whom"}


def _according_to_after_comma(words: list[str], cue: int) -> bool:
    """ "…, according to X" after what someone said ("The mayor told her that …, according to an aide"): X is the
    writer's own source for the whole report, not part of what the first speaker said."""
    return words[cue] == "according" and words[cue - 1] == ","


#: Words that join a second clause to the first after a comma or a dash: "…, but he said …", "… - and she added …".
JOINING = {"but", "and", "though", "although", "yet"}
#: Words that open a clause of its own before its subject: "Although she admitted …, she insisted …".
SUBORDINATING = {"although", "though", "while", "when", "after", "as", "because", "since", "if", "despite"}
#: What ends a pronoun's aside about the whole sentence: "…, she noted.", "He believes, he said, that …".
ASIDE_ENDS = {".", ",", "!", "?", ":", ";"}


def _new_clause(words: list[str], cue: int) -> bool:
    """A pronoun and its verb of saying that make a statement of their own though someone already spoke in the
    sentence: a clause opened after a comma or a dash ("…, but he said …", "… - and she added …"), after an
    opening clause or participle phrase ("Although she admitted …, she insisted …", "and when asked whether …, he
    said", "Asked about it, she said"), or an aside about what came before ("…,” she said.", "…, she noted.",
    "He believes, he said, that …"); not "…, where she said …" nor "…, which he said …" (a clause inside what is
    reported)."""
    if cue < 2 or words[cue - 1] not in {"he", "she", "they"}:
        return False
    if words[cue - 2] in JOINING:
        return cue > 2 and words[cue - 3] in {",", "-"} | DASHES
    after = words[cue + 1] if cue + 1 < len(words) else "."
    if words[cue - 2] in QUOTES | {"''"} and words[cue - 3] in {",", "?", "!"}:
        return after in ASIDE_ENDS
    if words[cue - 2] != ",":
        return False
    return after in ASIDE_ENDS or _opening_clause(words, cue - 2)


def _another_speakers_clause(doc, words: list[str], cue: int) -> bool:
    """A speaker other than a pronoun named before the verb of saying in a clause of their own, after a comma or a
    dash that ends what the first speaker said, when it names someone who can speak (_speaker_like): "Ortiz claimed
    that …, while Hale said …", "…,\" but one of the engineers said …", "…, Hale wrote.", "When the reporter
    pointed out that …, the senator said …". Such a clause is not part of the first speaker's words, as
    _new_clause reads it for he, she and they (round 13: the rule "after X said that …, the rest is what X said"
    refused 44 sources on PolNeAR train whose speaker the parse links to the verb, many of them these)."""
    np = _subject_before(doc, cue)
    if not np or np[0] < 2 or words[np[0]] in PRONOUNS | QUANTIFIERS | {"most", "very", "few"} \
            or any(t.text.isdigit() or t.lower_ in SHARES for t in doc[np[0]:np[1]]) or not _speaker_like(doc, np) \
            or not (words[cue] in PAST_TENSE or sentence_tags(doc)[cue] in VERB_TAGS):
        return False  # not "…, while 22 percent say", "while most people know": a share or a generalisation
        # inside what was said; not the noun "comments" in "…, given his previous comments."
    before, after = np[0] - 1, words[cue + 1] if cue + 1 < len(words) else "."
    if words[before] in JOINING | {"while", "whereas"}:
        before -= 1
        while before > 0 and words[before] in QUOTES | {"''"}:
            before -= 1  # `…,” but …`
        return words[before] in {",", "-"} | DASHES
    return words[before] == "," and (after in ASIDE_ENDS or _opening_clause(words, before))


def _opening_clause(words: list[str], comma: int) -> bool:
    """Whether the words before ``comma`` open with a clause or participle phrase whose comma ends it: from the
    sentence's start or after "and"/"but" ("Although …,", "and when asked whether …,", "Asked about it,")."""
    for k in range(comma - 1, -1, -1):
        if words[k] in {",", ";", ":"} | QUOTES | {"''"}:
            return False
        opens = k == 0 or words[k - 1] in {"and", "but"}
        if opens and (words[k] in SUBORDINATING or (k == 0 and words[k].endswith(("ed", "ing")))):
            return True
    return False


def _is_view(word: str) -> bool:
    """A verb of thinking, wanting or backing that is not also a verb of saying ("believes" says and thinks)."""
    return word in VIEW_NEEDS_NEXT or (word in VIEW_VERBS and word not in SPEECH and word not in NEEDS_NEXT)


#: Words that open a sentence before a name's view noun and are no part of the name: "Despite Hale's claim".
OPENING_WORDS = PREPOSITIONS | BOUNDARY_WORDS | {"despite", "amid", "unlike", "like"}


def _owner_of_view(doc, noun: int, owner: int, anonymous: bool, previous_kind: str | None) -> list[Source]:
    """The owner of a claim or view (``owner``: where attribution_cues.owner_before found it): "Ortiz's claim that
    …" (the name before "'s"), "her view that …", "Hale's recent assertion that …"."""
    if doc[owner].lower_ in OWNERS:
        return [Source(previous_kind or "named", owner, noun + 1, "view")]
    start = owner
    while start > 0 and (_written_as_a_name(doc[start - 1])) and doc[start - 1].is_alpha \
            and doc[start - 1].lower_ not in OPENING_WORDS:
        start -= 1  # "Despite Hale's claim": Hale, not the capital of the word that opens the sentence
    if start == owner:
        return []
    kind, _ = _classify(doc, (start, owner), anonymous, previous_kind)
    return [Source(kind, start, noun + 1, "view")] if kind else []


def _said_in(doc, found: list[Source], anonymous: bool, previous_kind: str | None) -> list[Source]:
    """What a source says in a statement, interview or poll: "In a statement, the club …" (the subject after the
    comma speaks), "ahead in a new Hallam Times poll" (the poll does), when no other cue has found them."""
    words = [t.lower_ for t in doc]
    extra = []
    for i, word in enumerate(words):
        if word != "in":
            continue
        noun = _said_in_noun(doc, i)
        between = range(i + 1, noun) if noun is not None else []
        if noun is None or not all(_describes_what_is_said_in(doc, k) for k in between) \
                or (noun + 1 < len(doc) and words[noun + 1] in {"'s", "’s"}):
            continue  # "in a new CNN poll", "in an interview"; not "voters in Ohio head to the polls"
        if words[noun] in POLLS and (not _one_poll_in_particular(doc, i, noun) or words[i - 1] in ANSWERING_A_POLL):
            continue  # "a lead in the polls": no poll in particular; "took part in the survey": no finding
        if any(s.start <= noun < s.end or s.start <= i < s.end for s in found + extra):
            continue
        if words[noun] in POLLS:
            end = _poll_and_its_maker_end(doc, noun)
            kind, rule = _classify(doc, (i + 1, end), anonymous, previous_kind)
            if kind:  # "exit polls" are nobody in particular, "a CNN poll" a document
                extra.append(Source(kind, i + 1, end, "document" if kind == "named" else rule))
            continue
        issuer = _issued_by(doc, noun)
        if issuer:  # "In a statement released by the club, …": the club
            kind, rule = _classify(doc, issuer, anonymous, previous_kind)
            if kind:
                extra.append(Source(kind, i, issuer[1], rule))
            continue
        if noun + 2 < len(doc) and doc[noun + 1].text == ",":  # "In a statement, the club apologised"
            end = noun + 2
            while end < len(doc) and (doc[end].lower_ in DEFINITE | INDEFINITE or _capitalised(doc[end])
                                      or doc[end].lower_ in SPEAKER_WORDS | {"he", "she", "they"}):
                end += 1
            if end > noun + 2 and _speaker_like(doc, (noun + 2, end)):
                kind, rule = _classify(doc, (noun + 2, end), anonymous, previous_kind)
                if kind:
                    extra.append(Source(kind, i, end, rule))
    return extra


def _issued_by(doc, noun: int) -> tuple[int, int] | None:
    """Who put out the statement or letter at ``noun``, named after "released by", "sent by" or "issued by": "a
    statement released by the club on Monday" (the club; not the one it was sent to, nor when); None when none is."""
    words = [t.lower_ for t in doc]
    if words[noun] not in PUT_OUT or noun + 3 >= len(doc) or words[noun + 1] not in ISSUING \
            or words[noun + 2] != "by":
        return None
    np = _span_after(doc, noun + 3)
    end = next((k for k in range(*np) if words[k] in AFTER_THE_ISSUER), np[1]) if np else 0
    return (np[0], end) if np and end > np[0] else None


#: Words after the one who put out a statement that tell to whom or when: "sent by the council to residents on
#: Monday".
AFTER_THE_ISSUER = {"to", "on", "at", "for", "last", "this", "earlier", "late", "early"}
#: How far after "in" the noun of a statement or poll may stand: "in an NBC News/Wall Street Journal/Marist poll".
MOST_BEFORE_THE_NOUN = 13
#: Words that make polls one set in particular: "in a new poll", "in the latest polls", "in exit polls".
PARTICULAR_POLLS = {"new", "latest", "recent", "exit"}


def _said_in_noun(doc, i: int) -> int | None:
    """Where the noun of a statement or poll stands after the "in" at ``i``: the first word of SAID_IN in lower case
    (not "the Washington Post": a name), or a capitalised "Poll" or "Survey" that ends a poll's name ("a USA
    TODAY/Suffolk University Poll"); None when there is none."""
    headline = headline_case(doc)
    for k in range(i + 1, min(i + MOST_BEFORE_THE_NOUN, len(doc))):
        word = doc[k].lower_
        if word in SAID_IN and (doc[k].is_lower or headline or (
                word in POLLS and k > i + 1 and (_written_as_a_name(doc[k - 1])))):
            return k
    return None


def _one_poll_in_particular(doc, i: int, noun: int) -> bool:
    """Whether the poll after "in" is one poll in particular: named, numbered or new ("a new CNN poll", "the
    latest poll"), made by someone or at a time ("polls from Reno College", "polls taken in May"), the exit polls of
    a vote, or one poll ("the poll", "a survey released Monday"). Not "the polls", "most polls" or "opinion polls
    of Reno voters": no poll in particular (on PolNeAR train, marking them gave 11 right sources and 72 wrong), nor
    a bare "in poll" outside a headline in capitals ("Ortiz Leads In Survey Of Voters")."""
    return (doc[noun].lower_ in {"poll", "survey"} and (noun > i + 1 or headline_case(doc))) or any(
        _written_as_a_name(doc[k]) or doc[k].like_num or doc[k].lower_ in PARTICULAR_POLLS
        for k in range(i + 1, noun)) or (noun + 1 < len(doc) and doc[noun + 1].lower_ in {"by", "from"} | POLL_MADE)


def _poll_and_its_maker_end(doc, noun: int) -> int:
    """Where a poll's phrase ends with the body that made it: "a poll from the Reno Star", "a survey of the Hallam
    Institute", "a poll conducted by the Reno Star and KTVN"."""
    end = noun + 1
    if end + 1 < len(doc) and doc[end].lower_ in POLL_MADE and doc[end + 1].lower_ == "by":
        end += 1  # "a poll conducted by …"
    while end + 1 < len(doc) and doc[end].lower_ in {"from", "by", "of"} and (
            _written_as_a_name(doc[end + 1]) or (
                doc[end + 1].lower_ in DEFINITE and end + 2 < len(doc) and _capitalised(doc[end + 2]))):
        end += 2
        while end < len(doc) and ((_written_as_a_name(doc[end])) and doc[end].is_alpha or (
                doc[end].lower_ in {"and", "&"} and end + 1 < len(doc)
                and (_written_as_a_name(doc[end + 1])))):
            end += 1
    return end


def _describes_what_is_said_in(doc, k: int) -> bool:
    """Whether a word between "in" and "poll", "statement" or "interview" describes which one it is: "a new",
    "the most recent" (not "most polls": no poll in particular), "a national", "a public opinion", a name or number,
    a name's or a day's "'s" ("Monday's poll", "in Forbes' words"), a word joined by a hyphen ("an early-October",
    "the 50-state"), an average of polls ("the RealClearPolitics average of Iowa polls") and the "/" or "-" of a
    joint poll's names ("a CNN/ORC poll", "the Post-ABC poll")."""
    token = doc[k]
    if token.text in {"/", "-", "&"}:
        return 0 < k < len(doc) - 1 and ((_written_as_a_name(doc[k - 1]))
                                         and (_written_as_a_name(doc[k + 1]))
                                         or _inner_hyphen(doc, k))
    if token.lower_ in {"'s", "’s", "'", "’"}:
        return k > 0 and (_capitalised(doc[k - 1]) or doc[k - 1].lower_ in TIME_NOUNS)
    hyphened = (k + 1 < len(doc) and _inner_hyphen(doc, k + 1)) or (k > 0 and _inner_hyphen(doc, k - 1))
    averaged = (token.lower_ in {"average", "averages"} and k + 1 < len(doc) and doc[k + 1].lower_ == "of") or (
        token.lower_ == "of" and doc[k - 1].lower_ in {"average", "averages"})  # "the Reno Star average of polls"
    return token.lower_ in DESCRIBING | POLL_WORDS or _written_as_a_name(token) or token.like_num \
        or hyphened or averaged or (token.lower_ == "most" and k + 1 < len(doc) and doc[k + 1].lower_ == "recent")


def _inverted_after_comma(doc, verb: int) -> tuple[int, int] | None:
    """The source after a verb that follows a comma, when only a name or a person follows: `…, said Steve Grubbs,
    an Iowa operative`, `…, said the mayor.`; not `Ortiz, the mayor, said the bridge is safe` (a clause follows).
    After a name, any verb of saying that tells of a past or present statement may stand there, after the comma
    or the quotation's end: `…,” writes Ana Ortiz`, `…, argues Ortiz, an engineer`."""
    word = doc[verb].lower_
    after_comma = 0 < verb and doc[verb - 1].text == ","
    after_quotation = 1 < verb and doc[verb - 1].text in QUOTES | {"''"} and doc[verb - 2].text in {",", "?", "!"}
    if not (after_comma and word in INVERTING) and not (
            (after_comma or after_quotation) and _tells_a_statement(word)):
        return None
    np = _span_after(doc, verb + 1)
    if np is None or np[1] < len(doc) and doc[np[1]].text not in {",", ".", "(", ";", "?", "!", "—", "–"}:
        return None
    if word not in INVERTING and not all(_capitalised(t) or t.text.endswith(".") for t in doc[np[0]:np[1]]):
        return None  # `“…,” writes Ana Ortiz`, but not `…,” reads the sign`
    return _with_description(doc, np) if _name_like(doc, np) and _names_someone(doc, np) else None


#: Words that count the people the words after "of" name: "said one of the organizers", "say many of them".
COUNTING_OF = QUANTIFIERS | {"one", "two", "three", "both", "all", "none", "each"}


def _names_someone(doc, np: tuple[int, int]) -> bool:
    """Whether the words after an inverted verb name who speaks: their main word, before "of", "by", "to" and
    after a possessive, is a name or a person, group, body or document ("said Sen. Ted Cruz of Texas", "said
    the chairman of the board", "said one of the organizers", "said Ortiz's spokesman"); not a thing, which is what
    was said ("Hale, for example, said Ortiz's visit to Reno …", "…, noted testimony by Greg Hale")."""
    head = np[0]
    for k in range(np[0], np[1]):
        word = doc[k].lower_
        if word in PREPOSITIONS | {"to"} and not (word == "of" and doc[k - 1].lower_ in COUNTING_OF):
            break
        if word not in {"'s", "’s", "and", ","}:
            head = k
    token = doc[head]
    word = token.lower_
    return _written_as_a_name(token) or word in SPEAKER_WORDS | PEOPLE | DOCUMENTS | POLLS \
        or _singular(word) in ROLES


def _tells_a_statement(word: str) -> bool:
    """A verb of saying in a form that tells of a statement made ("writes", "argued", "told"), not a document's
    ("reads", "shows") nor an -ing form or bare verb; nor "told", whose object is the listener ("…,” Butz told
    The Hill")."""
    return word in SPEECH and word not in DOCUMENT_VERBS | {"told", "tells"} and (
        word.endswith(("s", "ed")) or word in PAST_TENSE)


#: Words that open where or when something was said, never a name: "said on CNN", "said in a statement".
TIME_AND_PLACE = {"on", "in", "at", "during", "after", "before", "about", "to", "from", "with", "for", "of", "last",
                  "earlier", "later", "this", "that", "through", "via"}


def _apposition_before(doc, verb: int) -> tuple[int, int] | None:
    """The name between two commas right before a verb of saying ("One of his advisers, Tad Hale, told …",
    "Ortiz's attorney, Alan Pike, said …"): the speaker when the words before it name no one on their own."""
    close = verb - 1
    if close < 2 or doc[close].text != ",":
        return None
    start = close
    while start > 0 and (_capitalised(doc[start - 1]) or doc[start - 1].text.endswith(".") and doc[start - 1].is_alpha):
        start -= 1
    if start == close or start < 1 or doc[start - 1].text != ",":
        return None
    return (start, close) if doc[start].lower_ not in SENTENCE_OPENERS | COMMON else None


def _without_relative_clause(doc, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """An inverted source without the relative clause after it: `said the man who built his career on …`."""
    if np is None:
        return None
    who = next((k for k in range(np[0] + 1, np[1]) if doc[k].lower_ in {"who", "whose"}), np[1])
    return (np[0], who)


def _first_name(doc, k: int) -> bool:
    """A word written with a capital inside the sentence and followed by a name: "Will Doyle", not "will rise"."""
    return k > 0 and doc[k].is_title and doc[k].lower_ not in DATE_NAMES and k + 1 < len(doc) \
        and _capitalised(doc[k + 1])


def _name_like(doc, np: tuple[int, int], strict: bool = True) -> bool:
    """A source after its verb reads as a name or a person ("Ana Lind", "the mayor", "a retired teacher"), with no
    verb in it ("about how his ban would work"; strict, after a comma: not "the bridge collapsed" either)."""
    tokens = list(doc[np[0]:np[1]])
    last = tokens[-1]
    if any(t.lower_ in BE | AUXILIARIES | PRONOUNS | FIRST_AND_SECOND_PERSON | QUESTION_WORDS | MODALS
           and not _first_name(doc, t.i) and not _day_in_a_phrase(doc, t.i, np[0]) for t in tokens):
        return False  # "said the group might run ads": a clause; but "said Will Doyle" names him
    if tokens[0].lower_ in TIME_AND_PLACE:
        return False  # "said on Radio Hallam", "said in Reno": where and when, not who
    if not strict:
        return True
    return not any(t.is_lower and t.lower_.endswith("ed") for t in tokens) \
        and (_written_as_a_name(last) or last.lower_ in SPEAKER_WORDS)


def _day_in_a_phrase(doc, k: int, start: int) -> bool:
    """A day or month named inside a phrase of time or place after the source ("said RNC spokesman Sean Spicer in a
    Friday tweet"): it dates the words, it does not stand between a subject and its verb as "Ortiz Friday said"
    does (round 13: such sources were read as a clause and refused)."""
    return doc[k].lower_ in DATE_NAMES and any(t.lower_ in {"in", "on", "at", "during"} for t in doc[start + 1:k])


def _with_description(doc, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """An inverted source with the description after it: `said Ana Lind, a spokeswoman for the union`."""
    if np is None or np[1] + 2 >= len(doc) or doc[np[1]].text != "," or doc[np[1] + 1].lower_ not in INDEFINITE | DEFINITE:
        return np
    description = _span_after(doc, np[1] + 1)
    if description and any(t.lower_ in ROLES | SPOKESPEOPLE for t in doc[description[0]:description[1]]):
        return (np[0], description[1])
    return np


def _past_label_and_day(doc, end: int, verb: int) -> int:
    """Where the words after a name go on past its party label and the day ("(R-Iowa) on Wednesday"): ``end`` when
    neither follows."""
    if end < verb and doc[end].text == "(":
        close = next((k for k in range(end + 1, min(end + 8, verb)) if doc[k].text == ")"), None)
        end = close + 1 if close is not None else end
    if end + 1 < verb and doc[end].lower_ == "on" and doc[end + 1].lower_ in DATE_NAMES:
        end += 2
    return end


def _sentence_subject(doc, verb: int, start: int | None = None) -> tuple[int, int] | None:
    """The name or pronoun a sentence opens with, when a verb comes right after it ("Conway appeared …"):
    the subject of a later verb of saying joined by "and" or a comma. A dateline before it names no one ("RENO —
    Sen. Ortiz toured …"); a party label and a day between the name and its verb stay out of the name ("Sen. Ortiz
    (D-Nev.) on Monday toured …"). ``start``: where the subject stands when an opening phrase comes first."""
    if start is None:
        start = _dateline_end(doc) or (1 if len(doc) and doc[0].text in QUOTES else 0)
    end = start
    body = False  # a body opens the sentence ("The state …"): only a verb tagged as one may follow
    possessive = start + 2 < verb and _capitalised(doc[start]) and doc[start + 1].lower_ in {"'s", "’s"}
    if end < verb and doc[end].lower_ in {"he", "she", "they", "we"}:
        end += 1
    elif doc[end].lower_ in {"the", "a", "an", "both", "his", "her", "their", "its"} or possessive:
        people = next((k for k in range(end + 1, min(end + 5, verb))
                       if a_person_word(doc[k].lower_, bodies=True)), None) \
            if possessive or doc[end].lower_ not in {"the", "a", "an"} else _described_subject_end(doc, end, verb)
        if people is None or any(t.is_punct for t in doc[end:people]):
            return None  # "The judge rubbed his chin, and then said", "The departments declined …, saying"
        end = people + 1  # "Ortiz's campaign shrugged off …, telling"
        body = not a_person_word(doc[people].lower_)
    else:
        while end < verb and (_written_as_a_name(doc[end])) and doc[end].lower_ not in SENTENCE_OPENERS:
            end += 1
    relative = end + 1 < verb and doc[end].text == "," and doc[end + 1].lower_ == "who"  # "Sanders, who …, said"
    after = _past_label_and_day(doc, end, verb) if end > start else end
    after = _past_asides(doc, after, verb) if end > start else after
    verb_next = doc[after].is_lower and doc[after].is_alpha and doc[after].lower_ not in (
        BOUNDARY_WORDS | PREPOSITIONS | DEFINITE | INDEFINITE | {"to", "into", "over", "about"})  # "Cruz took the stage"
    if body and verb_next:  # not "The state economy grew"; nor "The ministry sent letters, addressed to Ana Lind
        # and …, calling on", where the parse tells whether the ministry or the names it wrote to call
        verb_next = sentence_tags(doc)[after] in VERB_TAGS | {"RB"} \
            and not any(t.text == "," for t in doc[after:verb - 1])
    if end - start == 1 and doc[start].lower_.endswith(("ing", "ed")):
        return None  # "Walking home, Ebeling …": a participle opens the sentence, not a name
    if end == start or end >= verb or not (verb_next or relative):
        return None  # "Similar provocations were …": a capital that only opens the sentence, then a noun
    return (start, end)


def _described_subject_end(doc, article: int, verb: int) -> int | None:
    """The last word of a subject opened by "the" or "a": a word for a person or body within four words ("The
    departments", "the Vermont senator"), else the noun that a finite verb other than "be" follows at once, as the
    tagger reads them ("The retired surgeon has provided …, saying", "The young actor held … and said": whoever
    they are, the sentence says what they did and then what they said), with no clause opened between ("when",
    "that") and no "by" ("The plan works by telling …" is no one speaking); None when neither is there."""
    people = next((k for k in range(article + 1, min(article + 5, verb))
                   if a_person_word(doc[k].lower_, bodies=True)), None)
    if people is not None:
        return people
    if any(t.lower_ in BOUNDARY_WORDS - {"and"} | {"by"} for t in doc[article:verb]):
        return None  # "The crowd cheered when Ortiz … said": Ortiz; "The plan works by telling": no one
    tags = sentence_tags(doc)
    return next((k for k in range(article + 1, min(article + 4, verb - 1))
                 if tags[k] in {"NN", "NNS", "NNP"} and tags[k + 1] in {"VBD", "VBZ", "VBP"}
                 and doc[k + 1].lower_ not in BE and doc[k + 2].lower_ != "been"), None)  # not "The hope has been"


def _past_asides(doc, after: int, verb: int) -> int:
    """Where the words after a subject go on past its asides between commas: an apposition or a participle phrase
    ("Gary Hale, a former chairman, became …", "House Democrats, looking for a way out, seized …"); ``after`` when
    none follows. Each aside ends at a comma before ``verb``, with no other punctuation in it."""
    for _ in range(3):
        if after + 1 >= verb or doc[after].text != "," or not _opens_aside(doc[after + 1]):
            return after
        close = next((k for k in range(after + 1, verb)
                      if doc[k].is_punct and doc[k].text not in {"-", "’", "'"}), None)
        if close is None or doc[close].text != ",":
            return after
        after = close + 1
    return after


def _headline_source(doc, anonymous: bool, previous_kind: str | None) -> list[Source]:
    """A speaker before a colon: headlines ("Rubio: I'm Not Interested", "Clinton to Planned Parenthood: …",
    "Gillibrand on X: …", "Hale camp: …", "Poll: 3 races …"), transcripts ("TAPPER: And …") and round-ups
    ("Pollsters agree - Carl Bialik: “…”", "More from the report: “…”")."""
    colon = next((i for i, t in enumerate(doc[:14]) if t.text == ":"), None) or _round_up_colon(doc)
    if not colon or colon + 1 >= len(doc):
        return []
    after = doc[colon + 1]
    if not (_written_as_a_name(after) or after.text in QUOTES | {"‘"} or (
            after.like_num and doc[colon - 1].lower_ in HEADLINE_DOCUMENTS)):  # "Poll: 3 races are tight"
        return []  # "Inside Bekor: how a camp became a town" is a title, not someone's words; "Hale: 1,501." a tally
    kind = _document_or_group_opening(doc, colon, anonymous, previous_kind)
    if kind:
        return [Source(kind, 0, colon + 1, "headline group")]
    document = _document_quoted(doc, colon)
    if document:
        kind, _ = _classify(doc, document, anonymous, previous_kind)
        return [Source(kind, document[0], colon + 1, "headline group")] if kind else []
    names_end = _speaker_end(doc, colon)
    start = _names_before(doc, names_end)  # the name right before the colon, after the start, a dash or "from"
    if start < names_end and _opens_a_line(doc, start):
        span = (start, names_end)
    else:  # "Clinton to Planned Parenthood:", "Gillibrand on …:", "Hale at the rally:"
        end = 0
        while end < colon and _name_word(doc[end]):
            end += 1
        if not end or doc[end].lower_ not in {"on", "to", "at"}:
            return []
        span = (0, end)
    words = [t.lower_ for t in doc[span[0]:span[1]]]
    if after.text in OPENING_QUOTES:  # "Ana Bell and Tom Hale: “…”": two names for one quotation
        words = [word for word in words if word not in {"and", "of"}]  # ("Hale and Lind: A Feud" is a title)
    if words[0] in HEADLINE_LABELS or words[-1] in HEADLINE_LABELS - NAME_ENDINGS or set(words) & SENTENCE_OPENERS:
        return []  # "Breaking News:", "Delegate Update:"; a label inside or closing a name is none ("NY Daily News:")
    kind, rule = _classify(doc, (span[0], colon), anonymous, previous_kind) if doc[names_end].lower_ in SIDE_NOUNS \
        else (None, "")  # "Hale allies:" are a group of people; "Hale camp:" is Hale's
    if kind is None:
        kind, rule = _classify(doc, span, anonymous, previous_kind)
    if kind is None and not set(words) & COMMON:
        kind = "named"  # "TAPPER:" opening a transcript line: a name in capitals
    end = colon + 1 if span[1] == names_end else span[1]
    if names_end < colon and rule == "plural":  # "Democrats' warning:": a group of people and its statement
        return [Source(kind, span[0], end, "headline group")]
    return [Source(kind, span[0], end, "headline")] if kind == "named" else []


def _opens_a_line(doc, start: int) -> bool:
    """Whether names at ``start`` open a headline or a transcript's line: at the sentence's start, or after a dash,
    a bracket or "from" ("Pollsters agree - Carl Bialik:", "More from Ana Bell:")."""
    return start == 0 or doc[start - 1].text in {"-", "—", "–", ")", "]"} or doc[start - 1].lower_ == "from"


def _speaker_end(doc, colon: int) -> int:
    """Where the names before a headline's colon end: before a word for their side or its writing ("Hale camp:",
    "Star editorial:") or at the mark of their statement's owner ("Hale's answer:", "Democrats' new warning:");
    ``colon`` when none stands there."""
    if colon > 1 and doc[colon - 1].is_lower and doc[colon - 1].lower_ in SIDE_NOUNS and _name_word(doc[colon - 2]):
        return colon - 1
    owner = colon - 1
    if doc[owner].lower_ in ANSWER_NOUNS | HEADLINE_STATEMENTS:
        owner -= 1 + (doc[owner - 1].lower_ in DESCRIBING)
    if owner < colon - 1 and owner > 0 and doc[owner].lower_ in POSSESSIVE_MARKS and _name_word(doc[owner - 1]) \
            and doc[owner - 1].lower_ not in DEFINITE:  # not "Their argument:", someone the reader must guess
        return owner
    return colon


def _document_quoted(doc, colon: int) -> tuple[int, int] | None:
    """A document a round-up quotes after "from" ("From the report: “…”", "More from the study: “…”"): the span
    of "the report", or None."""
    if doc[colon + 1].text not in OPENING_QUOTES or colon < 3 or doc[colon - 1].lower_ not in DOCUMENTS:
        return None
    if doc[colon - 2].lower_ in DEFINITE and doc[colon - 3].lower_ == "from":
        return (colon - 2, colon)
    return None


def _names_before(doc, colon: int) -> int:
    """Where the names right before a headline's colon begin ("Carl Bialik:", "Ana Bell and Tom Hale:", "Bureau of
    Mines:"); ``colon`` itself when no name stands there."""
    start = colon
    while start > 0 and (_name_word(doc[start - 1]) or (
            start > 1 and doc[start - 1].lower_ in {"of", "and"} and _name_word(doc[start - 2]))):
        start -= 1
    return start


def _round_up_colon(doc) -> int | None:
    """The colon of a round-up's quotation after a headline too long for _headline_source's first look ("IOWA POLLS
    WERE NOT WRONG, THEY WERE JUST TOO EARLY - Ana Bell and Tom Hale: “…”", "… - More from the report: “…”"): the
    first colon past the first 14 words, when a dash or "More from" stands right before the names that end at it,
    or "from" before a document quoted, and a quotation mark opens right after it."""
    colon = next((k for k in range(14, len(doc) - 1) if doc[k].text == ":"), None)
    if colon is None or doc[colon + 1].text not in OPENING_QUOTES:
        return None
    start = _names_before(doc, colon)
    by_name = 0 < start < colon and (doc[start - 1].text in {"-", "—", "–"} or _more_from(doc, start))
    return colon if by_name or _document_quoted(doc, colon) else None


def _more_from(doc, start: int) -> bool:
    """Whether "More from" stands right before ``start``: a round-up's next quotation of the same speaker ("… -More
    from Ana Bell: “…”"); "Ortiz was from Reno: “…”" names a place."""
    return start > 1 and doc[start - 1].lower_ == "from" and doc[start - 2].lower_.lstrip("-—–") == "more"


#: Documents that speak when one opens a headline before its colon, though the labels above list two of them.
HEADLINE_DOCUMENTS = {"poll", "report", "survey", "study"}


def _document_or_group_opening(doc, colon: int, anonymous: bool, previous_kind: str | None) -> str | None:
    """The kind of speaker a headline's one opening word before its colon is: a document ("Poll: Ortiz Leads …",
    "Report: The Dam Was Never …") or a group of people ("Insiders: Hale will win", "Historians: …"), whose finding
    or view the headline gives; None for a label ("Update:", "Photos:") and for anything else, which
    _headline_source reads as a name or not at all. On PolNeAR train the names alone left these out."""
    if colon != 1:
        return None
    kind, rule = _classify(doc, (0, 1), anonymous, previous_kind)
    word = doc[0].lower_
    return kind if word in HEADLINE_DOCUMENTS or (rule == "plural" and word not in HEADLINE_LABELS) else None


#: Words that open a sentence before "to" and someone whose view it gives: "But to others, he is …".
TO_OPENERS = {"but", "and", "yet"}
#: Pronouns after "To" that point back to someone already cited: "To them, it signals …".
OBJECT_PRONOUNS = {"him", "her", "them"}


def _to_someone(doc, anonymous: bool, previous_kind: str | None) -> list[Source]:
    """Whose view a sentence that opens with "To" and someone gives: "To Ana Ortiz, the dam is a symbol of …",
    "To many, the levee is a waste", "But to others, he is a hero", "To them, it signals …" (what the town, the
    dam or the man is, in that person's or group's eyes). The someone is a name, a group of people or "him",
    "her", "them" for someone already cited, up to a comma; never a time or a place ("To this day, …", "To date,
    …", "To the north, …")."""
    start = 2 if len(doc) > 3 and doc[0].lower_ in TO_OPENERS else 1
    if len(doc) < start + 3 or doc[start - 1].lower_ != "to":
        return []
    comma = next((k for k in range(start + 1, min(start + 6, len(doc))) if doc[k].text == ","), None)
    if comma is None:
        return []
    words = [t.lower_ for t in doc[start:comma]]
    if len(words) == 1 and words[0] in OBJECT_PRONOUNS:
        return [Source(previous_kind, start - 1, comma, "view")] if previous_kind else []
    if not (all(_name_word(t) or _title(t) for t in doc[start:comma]) or words[-1] in PEOPLE | QUANTIFIERS | {"others"}):
        return []
    kind, _ = _classify(doc, (start, comma), anonymous, previous_kind)
    return [Source(kind, start - 1, comma, "view")] if kind else []


#: Words before "one" that make it no one in particular: "no one said", "which one says", "every one".
NOT_ONE_OF_THEM = {"no", "any", "every", "each", "which", "this", "that", "the", "what"}


def _classify(doc, np: tuple[int, int], anonymous: bool, previous_kind: str | None) -> tuple[str | None, str]:
    """The kind of source a noun phrase is, and the rule that decided it (a key of RULES); (None, "") if none."""
    tokens = list(doc[np[0]:np[1]])
    first = tokens[0].lower_
    if first in FIRST_AND_SECOND_PERSON:
        return (None, "")
    if len(tokens) == 1 and first in PRONOUNS:
        return (previous_kind or "named", "pronoun")  # "it said": the company or body cited before
    share = next((k for k, t in enumerate(tokens[:4]) if (t.like_num and t.lower_ != "one") or t.lower_ in SHARES), None)
    while share is not None and share + 2 < len(tokens) and tokens[share + 1].text == "-" and (
            tokens[share + 2].like_num or tokens[share + 2].lower_ in SHARES):
        share += 2  # "Thirty-one percent", "Three-quarters": one number written with a hyphen
    if len(tokens) <= 8 and share is not None and ((tokens[-1].like_num and len(tokens) > 2 and tokens[-2].lower_ in {"in", "of"})
                                                    or (share == len(tokens) - 1 and tokens[-1].like_num
                                                        and all(t.lower_ in ROUGHLY for t in tokens[:-1])
                                                        and (len(tokens) > 1 or any(c.isdigit() for c in tokens[-1].text)))
                                                    or tokens[-1].lower_ in SHARES or (
            share + 1 < len(tokens) and tokens[share + 1].lower_ in {"of", "in", "percent", "%"})) and not any(
            _capitalised(t) and t.lower_ not in COMMON | SENTENCE_OPENERS | SHARES and t.i != np[0] for t in tokens):
        return ("vague", "plural")  # "About four in 10 said", "Almost half said", "Some 22 percent said"
    index = _head(tokens)
    if index is None:
        return (None, "")
    head, after = tokens[index], tokens[index + 1:]
    word = head.lower_
    if len(tokens) == 1 and head.is_upper and head.is_alpha and len(word) > 1 and word not in COMMON:
        return ("named", "name")  # "AP says", "NATO said": a body's initials
    if len(tokens) == 1 and _capitalised(head) and word not in COMMON | SENTENCE_OPENERS and not (
            word.endswith("s") and (word[:-1] in ROLES or word.endswith(PEOPLES))):
        return ("named", "name")  # "Kranz said": a surname alone
    # A spokesperson or official for a body that is named or pointed back to ("for the council", "at the
    # Dumari Foreign Ministry", "a council spokesperson") speaks for it; a supervisor or colleague "at" a
    # place gives an account of their own.
    body_after = bool(after) and after[0].lower_ in {"for", "at"} and any(_capitalised(t) for t in after) or (
        bool(after) and after[0].lower_ in {"for", "at"} and len(after) > 1 and after[1].lower_ in DEFINITE
        and any(t.lower_ in INSTITUTIONS for t in after))
    body_before = any(t.lower_ in INSTITUTIONS for t in tokens[:index])
    speaks_for = word in SPOKESPEOPLE and (body_after or body_before)
    proper = [t for t in tokens if (_written_as_a_name(t)) and t.lower_ not in COMMON and t.i != 0]
    people_who_write = word in {"authors", "researchers", "scientists", "investigators"}
    # "One says …", "Another said …" alone: one of those just named ("Two maps disagree."); never "no one",
    # "which one" nor "One might say" (anyone at all)
    alone = len(tokens) == 1 and first in {"one", "another"}
    if alone and np[0] > 0 and doc[np[0] - 1].lower_ in NOT_ONE_OF_THEM:
        return (None, "")
    one_person = (first in INDEFINITE and not word.endswith("s") and word not in INSTITUTIONS | DOCUMENTS | MODALS
                  and head.is_alpha and word not in PRONOUNS | {"you"})
    if anonymous and (word in ROLES | {"sources", "officials", "source"} or one_person):
        return ("unnamed", "anonymity")
    if one_person and (word in ROLES or head.is_lower or alone):
        return ("named", "for a named body") if speaks_for else ("unnamed", "one person")
    if word in DOCUMENTS and not people_who_write:
        unspecified = word.endswith("s") and not proper and first not in DEFINITE and all(
            t.lower_ in {"there", "here", "now", "also"} for t in after)  # "Polls there show": whose polls?
        return ("vague", "plural") if unspecified else ("named", "document")  # "new figures show" names nobody
    # "The Farmers' League of Tessara", "People's Voice" are names; "Residents of Ostrel", "Diplomats in Orvay" are groups
    in_a_name = _capitalised(head) and bool(after) and (_capitalised(after[0]) or (
        after[0].text in QUOTES | {"'s", "’s"} and len(after) > 1 and _capitalised(after[1])))
    document_of_body = any(_capitalised(t) and t.lower_ in BODY_NOUNS for t in tokens[:index])  # "Council accounts show"
    plural = not in_a_name and (word in GROUPS or (word.endswith("s") and not word.endswith("ss")
                                                   and word not in INSTITUTIONS))
    people = a_person_word(word)  # "Union officials", "Council workers": people, not a document
    if plural and document_of_body and not people:
        return ("named", "document")
    counted = first in QUANTIFIERS  # "Some Democrats", "Many Israelis": a party's or a people's capital, no name
    if plural and not (people_who_write and first in DEFINITE) and not (_capitalised(head) and head in proper
                                                                        and not counted):
        return ("vague", "plural")
    if proper or word in INSTITUTIONS | ROLES or first in DEFINITE or people_who_write:
        return ("named", "name")
    return (None, "")


def _head(tokens) -> int | None:
    """Where the word that says what the source is stands: a role, group, document or body; else the last word
    before a preposition or clause ("Shop owners in Haldring", "A fighter who…"); else the last name."""
    for words in (ROLES | GROUPS | DOCUMENTS, INSTITUTIONS):
        found = [index for index, token in enumerate(tokens)
                 if token.lower_ in words and token.lower_ not in {"many", "some", "most"}]
        if found:  # "Several MPs": the MPs; "Hundreds said", "thousands more wrote": the count itself
            return next((index for index in found if tokens[index].lower_ not in QUANTIFIERS), found[0])
    cut = next((i for i, t in enumerate(tokens) if i and (t.lower_ in PREPOSITIONS | {"whose"} or t.is_punct)
                and not _inner_hyphen(tokens, i)), len(tokens))  # "the 46-year-old" is one word
    if cut and tokens[cut - 1].is_alpha and (tokens[cut - 1].is_lower or cut == 1):
        return cut - 1  # "Shop owners in Haldring", "Shopkeepers on Market Row", "A fighter who took part"
    names = [index for index, token in enumerate(tokens) if _written_as_a_name(token)]
    return names[-1] if names else None


def _impersonal(doc, found: list[Source]) -> list[Source]:
    """'Reportedly', 'it is believed', 'local reports', 'various sources': vague, with or without a verb."""
    words = [t.lower_ for t in doc]
    sentence = " " + " ".join(words) + " "
    extra = []
    for phrase in IMPERSONAL:
        if f" {phrase} " not in sentence:
            continue  # most sentences hold none: look for where only when one is there
        size = len(phrase.split())
        for i in range(len(words) - size + 1):
            if " ".join(words[i:i + size]) == phrase and not any(s.start <= i < s.end for s in found):
                kind = "unnamed" if phrase == "local sources" and any(a in " ".join(words) for a in ANONYMITY) else "vague"
                extra.append(Source(kind, i, i + size, "impersonal" if kind == "vague" else "anonymity"))
    return extra


def _one_per_source(found: list[Source]) -> list[Source]:
    """Overlapping cues are one source (the longest); a participle's source is the one already cited."""
    kept: list[Source] = []
    for source in sorted(found, key=lambda s: (-(s.end - s.start), s.start)):
        if not any(source.start < k.end and k.start < source.end for k in kept):
            kept.append(source)
    return sorted(kept, key=lambda s: s.start)

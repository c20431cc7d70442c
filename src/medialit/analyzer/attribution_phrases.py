"""Where the parts of a sentence stand, read by word position: the subject before a verb, the noun phrase after a
word, what stands inside a quotation, where a dateline ends.

The cue recognisers (medialit.analyzer.attribution_cues) and the rules that find who speaks
(medialit.analyzer.attribution) both read a sentence this way ("the poll also shows": is the subject before "shows"
a document?; "was first reported by Politico": is the phrase after "by" someone who can speak?), so these readers
live below both modules, and each imports them from here.
"""

from __future__ import annotations

from .attribution_words import (AUXILIARIES, BE, BELIEVING, BOUNDARY_WORDS, DASHES, DATE_NAMES, DEFINITE, DOCUMENTS,
    FIRST_AND_SECOND_PERSON, INDEFINITE, MODALS, PRONOUNS, QUANTIFIERS, QUOTES, ROLES, SENTENCE_OPENERS, SHARES,
    _singular, SPEAKER_WORDS, TIME_NOUNS, TIME_QUALIFIERS)
from .pos_tagger import sentence_tags
from .view_cues import BELIEFS, LINKING, POLLS


def _body_or_name(token) -> bool:
    """Whether the word a "which" stands for can speak: a name (not a day or month), or a body, document or poll
    ("the agency, which warned", "the study, which found")."""
    word = token.lower_
    if _capitalised(token) or (token.is_upper and token.is_alpha and len(token.text) > 1):
        return word not in DATE_NAMES
    return word in SPEAKER_WORDS | POLLS | DOCUMENTS or word[:-1] in SPEAKER_WORDS  # "media outlets, which …"


def _speaker_like(doc, np: tuple[int, int]) -> bool:
    """Whether a subject can hold a view: a name, he/she/they, or a person, group, body or poll. "The river
    wants", "the law, which supports" and "I think" hold none a reader could ask about."""
    last = doc[np[1] - 1]
    word = last.lower_
    if np[1] < len(doc) and doc[np[1]].lower_ in {"which", "that"}:
        return False  # "the law, which supports …": a thing
    if doc[np[0]].lower_ in {"our", "my", "your"}:
        return False  # "Our members know": the writer's own side, inside someone's words
    if word in {"he", "she", "they"} or word in SPEAKER_WORDS | POLLS:
        return True
    if word.endswith("s") and _singular(word) in ROLES:
        return True  # "drivers", "teachers"
    return (_capitalised(last) or (last.is_upper and last.is_alpha and len(last.text) > 1)) \
        and word not in SENTENCE_OPENERS | FIRST_AND_SECOND_PERSON | DEFINITE | INDEFINITE \
        or _people_from_somewhere(doc, np) or _counted_people(doc, np)


#: Words that tie a group of people to where they are: "voters in Ohio", "officials across the region".
WHERE_PEOPLE_ARE = {"in", "on", "across", "from", "at", "throughout"}


def _counted_people(doc, np: tuple[int, int]) -> bool:
    """Whether a subject counts people the word lists do not know: "some undecided conservatives", "many of his
    endorsers", "few developers" (a count, then a plural word in lower case). It may also take a count of things
    ("some reports"); measured with every rule that asks whether a subject can speak (views, pointing, documents,
    the passive's "by"), it gave 8 right marks to 1 wrong on PolNeAR train (round 19)."""
    last = doc[np[1] - 1]
    return doc[np[0]].lower_ in QUANTIFIERS and np[1] - np[0] > 1 and last.is_lower and last.is_alpha \
        and last.text.endswith("s") and not last.text.endswith("ss") \
        and last.lower_ not in SENTENCE_OPENERS | {"us", "ours", "yours"}  # "many of us": the quoted speaker's side


def _believed_of_what_came_before(doc, verb: int) -> bool:
    """Whether a verb of a held view goes straight on to the verb of what is believed, whose subject came before:
    "the dam, which Ortiz believes will fall", "a step they think could help" (round 19). Not after "what" or
    "who" ("doing what he thinks is right", "asked who they thought was ahead"): a question or a deed, not a view
    the text reports."""
    following = doc[verb + 1].lower_ if verb + 1 < len(doc) else ""
    return doc[verb].lower_ in BELIEVING and following in MODALS | BE | {"has", "had"} \
        and not {"what", "who"} & {t.lower_ for t in doc[max(0, verb - 3):verb]}


def _people_from_somewhere(doc, np: tuple[int, int]) -> bool:
    """Whether a subject is people, or a share of them, followed by where they are: "voters in all five states",
    "majorities in many countries", "teachers across the region". Its last word names a place, so the people
    before it must be read instead."""
    place = next((k for k in range(np[0] + 1, np[1]) if doc[k].lower_ in WHERE_PEOPLE_ARE), None)
    if place is None:
        return False
    word = doc[place - 1].lower_
    return word in SPEAKER_WORDS | SHARES or _singular(word) in ROLES


#: Words before a headline's colon that are labels, not speakers: "Update:", "Watch:", "Q:", a credit line
#: ("Contributing:", "BYLINE:") and a word that calls to the reader ("Remember:", "Look:").
HEADLINE_LABELS = {"update", "updated", "watch", "video", "photos", "photo", "note", "editor", "breaking",
                   "exclusive", "analysis", "opinion", "live", "read", "more", "related", "source", "sources", "by",
                   "credit", "correction", "q", "a", "full", "transcript", "listen", "see", "also", "poll", "report",
                   "notes", "contact", "tags", "topics", "comments", "ends", "details", "wow", "boom", "busted",
                   "revealed", "latest", "twitter", "facebook", "instagram", "email", "follow", "according",
                   "responding", "confirmed", "exposed", "shocking", "warning", "daily", "news", "the", "question",
                   "answer", "lol", "omg", "fact", "truth", "reality", "bottom", "line", "why", "how", "what",
                   "contributing", "byline", "previously", "remember", "look", "hey"}


def _name_word(token) -> bool:
    """A word of a name as headlines and transcripts write them: "Gov.", "Fallin", "TAPPER", "HuffPollster"."""
    return not token.is_punct and token.text[:1].isupper()


def _inner_hyphen(tokens, i: int) -> bool:
    """Whether ``tokens[i]`` is a hyphen inside a word ("46-year-old", "front-runner"), not one standing apart."""
    return tokens[i].text == "-" and not tokens[i].whitespace_ and not tokens[i - 1].whitespace_ \
        and i + 1 < len(tokens)


def _inside_quotation(doc) -> set[int]:
    """Token indexes between an opening and a closing quotation mark ("…", “…”, ''…''). A quotation opened in an
    earlier sentence closes in this one, and what stands before the closing mark is quoted: when the sentence's
    first quotation mark is a curly closing one (`… will break,” she said`), or when the straight marks are odd in
    number or the last opens a new quotation (`… fast,'' Mr. Ortiz said. ''I'm …`), and the first follows ",",
    "!", "?" or "." without opening a quotation itself (`Marco!," the senator said`; not `He added, "I only …`: a
    space before the mark and none after it open one), nor closing one that a curly mark opened in this sentence
    and left open (`Ortiz said the council “did a fine job."`, a slip real news often makes; in `“…,” Ortiz
    said."` the curly quotation is closed and the straight mark ends an earlier one)."""
    inside, open_at = set(), None
    texts = [token.text for token in doc]
    straight = [i for i, text in enumerate(texts) if text in {'"', "''"}]
    split_marks = sum(a == b == "'" for a, b in zip(texts, texts[1:]))  # ''They: ' ' They
    closes_first = bool(straight) and ((len(straight) + split_marks) % 2 or _opening(doc, straight[-1])) \
        and straight[0] > 0 \
        and texts[straight[0] - 1] in {",", "!", "?", "."} and not _opening(doc, straight[0]) \
        and not any(_closing(doc, k) for k in straight[1::2]) \
        and texts[:straight[0]].count("“") <= texts[:straight[0]].count("”")
    first_mark = next((i for i, text in enumerate(texts) if text in {"“", "”", "``", '"', "''"}), None)
    for i, token in enumerate(doc):
        text = token.text
        if (closes_first and i == straight[0]) or (text == "”" and i == first_mark):
            inside |= set(range(i))
        elif text in {"“", "``"} or (text in {'"', "''"} and open_at is None):
            open_at = i
        elif text in {"”", '"', "''"} and open_at is not None:
            inside |= set(range(open_at + 1, i))
            open_at = None
    return inside


def _opening(doc, mark: int) -> bool:
    """A straight quotation mark written as one that opens: a space before it, a word right after it (`said,
    ''The …`), where a closing mark sticks to the word before it (`terrible,'' Mr. Trump said`)."""
    return bool(doc[mark - 1].whitespace_) and not doc[mark].whitespace_ and mark + 1 < len(doc) \
        and doc[mark + 1].is_alpha


def _closing(doc, mark: int) -> bool:
    """A straight quotation mark that can only close a quotation: after ",", "!" or "?" and before a word in
    lower case (`…,'' he said`). When the first mark of a sentence opens rather than closes (`Fine. ''We
    won,'' he said.`, two sentences the splitter kept together), such a mark comes second."""
    return doc[mark - 1].text in {",", "!", "?"} and mark + 1 < len(doc) and doc[mark + 1].is_lower


def _dateline_end(doc) -> int:
    """Where a dateline that opens the sentence ends ("WASHINGTON — ", "RENO, Nev. - ", "LONDON (Reuters) -"): the
    index after its dash; 0 without one. A dateline names where the story was written, never a speaker."""
    if not (len(doc) > 2 and doc[0].is_upper and doc[0].is_alpha and len(doc[0].text) > 1):
        return 0
    for k, token in enumerate(doc[1:10], start=1):
        if token.text in DASHES | {"-"} and doc[k - 1].whitespace_:
            return k + 1  # a dash standing apart, not the hyphen of "US-led"
        if not (token.is_upper or _capitalised(token) or token.like_num or token.text in {",", ".", "(", ")"}):
            return 0  # "WASHINGTON, Dec. 8 (UPI) —" holds a date
    return 0


#: Words that open an aside between commas after a name, telling where, when or whence: "Cory James, 22, of
#: Flint, said", "Ortiz, during a town hall in Reno, Nevada, said".
ASIDE_PREPOSITIONS = {"of", "from", "in", "during", "at"}


def _dash(doc, k: int) -> bool:
    """A dash, or a hyphen standing apart as one ("a planner - a former aide said"), not a hyphen inside a word
    ("US-led")."""
    return doc[k].text in DASHES or (doc[k].text == "-" and k > 0 and bool(doc[k - 1].whitespace_)
                                     and bool(doc[k].whitespace_))


def _time_phrase_start(doc, end: int) -> int | None:
    """Where a phrase of time that ends at ``end`` begins, when one does: "last month", "this past week", "at the
    time", "on Tuesday", "in 2013" (a time between a speaker and the verb: "Rep. Hale last month joked"); None
    otherwise, and for a noun of time standing alone ("Time said")."""
    word = doc[end]
    if not (word.lower_ in TIME_NOUNS or (word.text.isdigit() and len(word.text) == 4)):
        return None
    start = end
    while start > 0 and doc[start - 1].lower_ in TIME_QUALIFIERS:
        start -= 1
    return start if start < end else None


def _quotations_closed(doc, start: int, end: int) -> bool:
    """Whether every quotation opened between ``start`` and ``end`` closes there too: an aside between dashes may
    quote ("Hale - who said he would "tear down" the dam - said"), but not begin or end a quotation."""
    marks = [t.text for t in doc[start:end] if t.text in QUOTES | {"''", "``"}]
    curly_open = sum(m in {"“", "``"} for m in marks)
    curly_close = sum(m in {"”", "''"} for m in marks)
    straight = sum(m == '"' for m in marks)
    return curly_open == curly_close and straight % 2 == 0 and not any(m in {"'", "’", "‘"} for m in marks)


def _subject_before(doc, verb: int) -> tuple[int, int] | None:
    """The noun phrase before a verb: skips "has", "who has", and a parenthesis between commas."""
    j = verb - 1
    if j > 0 and doc[j].lower_ in {"'s", "’s"} and doc[verb].lower_.endswith("ing"):
        j -= 1  # "He’s pointing out": "’s" is "is" before a verb
    if j > 0 and doc[j].lower_ in LINKING and doc[verb].lower_ in BELIEFS:
        j -= 1  # "union leaders remain confident that"
    while j >= 0:
        if _time_phrase_start(doc, j) is not None:
            j = _time_phrase_start(doc, j) - 1  # "Hale, the party chairman, this past week announced"
        elif doc[j].lower_ in AUXILIARIES | BE or _manner_adverb(doc, j) or (  # "Feinstein last week said"
                doc[j].lower_ in {"last", "this", "on", "late", "early"} and doc[j + 1].lower_ in AUXILIARIES):
            j -= 1
        else:
            break
    if j > 0 and doc[j].lower_ in PRONOUNS - {"it"} and doc[j - 1].lower_ in {"who", "whom"} \
            and doc[verb].lower_ in {"said", "says"}:
        return (j, j + 1)  # "his sons, who he said were …": the pronoun speaks, not the sons (see _aside)
    if j > 0 and doc[j].lower_ in PRONOUNS - {"it"} and _believed_of_what_came_before(doc, verb):
        return (j, j + 1)  # "a step they believe could help": they believe it, not the step
    if j > 0 and _dash(doc, j):  # "Jane Doe — a former aide to the governor — said": before the aside
        opening = next((k for k in range(j - 1, max(j - 40, 0), -1) if doc[k].text == doc[j].text), None)
        if opening is not None and not any(t.text in {".", "?", "!", ";", ":"} for t in doc[opening:j]) \
                and _quotations_closed(doc, opening, j):
            j = opening - 1
    if j > 0 and doc[j].text == "," and doc[j - 1].text == ")":
        j -= 1  # "Sen. Jack Reed (D-R.I.), said"
    if j >= 0 and doc[j].text == ")":  # "Sen. Marco Rubio (R-Fla.) said": the name is before the brackets
        opening = next((k for k in range(j - 1, max(j - 12, -1), -1) if doc[k].text == "("), None)
        j = opening - 1 if opening else j
    who = next((k for k in range(j - 1, max(j - 5, -1), -1) if doc[k].lower_ == "who"), None)
    if who is not None and doc[who + 1].lower_ in {"in", "on", "at", "last", "this", "earlier", "once", "later"} \
            and not any(t.is_punct or t.lower_ in BOUNDARY_WORDS for t in doc[who + 1:j + 1]):
        j = who  # "Ortiz, who in 2010 said", "who last week told": the time stands between "who" and the verb
    relative = j >= 0 and doc[j].lower_ in {"who", "which"}
    which = relative and doc[j].lower_ == "which"
    if relative:
        j -= 1
    if j >= 0 and doc[j].text == ",":
        if j > 0 and doc[j - 1].text in QUOTES:
            return None  # `"…," said X`: the source comes after the verb
        if relative:  # "Ms Maranov, who told": the source is right before the comma
            j -= 1
            k = j
            while k >= 0 and not _is_boundary(doc[k]):
                k -= 1
            if k > 0 and doc[k].text == "," and doc[k + 1].lower_ in {"a", "an", "the"} and _capitalised(doc[k - 1]):
                j = k - 1  # "Marek Solty, a veteran of the War, who said": the name, not the description
            elif k > 1 and doc[k].text == "," and doc[k + 1].lower_ in {"a", "an", "the"} and doc[k - 1].text == ")":
                opening = next((o for o in range(k - 2, max(k - 12, -1), -1) if doc[o].text == "("), None)
                if opening and _capitalised(doc[opening - 1]):
                    j = opening - 1  # "Rep. Ada Pole (D-Va.), a member of the committee, who said": the name
        else:  # "Local sources, requesting anonymity, told": the source is before the parenthesis
            k = next((k for k in range(j - 1, max(j - 40, 0), -1) if doc[k].text == "," and doc[k + 1].lower_ == "who"),
                     None)  # "Sandy Hale, who lost her home in Reno, Nevada, in 2012, said": the name before "who"
            if k is None:
                k = j - 1
                while k >= 0 and doc[k].text != "," and verb - k < 40:
                    k -= 1
            if k < 0 or doc[k].text != ",":
                return None
            j = k - 1
            if j > 1 and doc[j].like_num and doc[j - 1].text == ",":
                j -= 2  # "Marley Anderson, 21, a student from Reno, said": the name before the age
            for _ in range(3):  # "Cory James, 22, of Flint, Mich., said": back over the age and the place
                start = j
                while start > 0 and not _is_boundary(doc[start - 1]):
                    start -= 1
                if not (start > 1 and doc[start - 1].text == "," and (doc[start].lower_ in ASIDE_PREPOSITIONS
                                                                       or doc[start].like_num or j - start < 1
                                                                       or (j == start and doc[j].text.endswith("."))
                                                                       or _aside_after_a_name(doc, start))):
                    break
                j = start - 2
            if j >= 0 and doc[j].text == ")":  # "Rep. Ada Pole (D-Va.), a member of the committee, said"
                opening = next((o for o in range(j - 1, max(j - 12, -1), -1) if doc[o].text == "("), None)
                j = opening - 1 if opening else j
    end = j + 1
    while j >= 0 and not _is_boundary(doc[j]) and not _dash(doc, j):
        j -= 1
    start = j + 1
    if relative and end - start > 2:
        start = _noun_phrase_start(doc, start, end)  # "… cutting off a reporter who asked": the reporter
        if start >= 2 and doc[start - 2].lower_ == "according" and doc[start - 1].lower_ == "to":
            start -= 2  # "according to the agency, which warned"
    if which and not _body_or_name(doc[end - 1]):
        return None  # "the river road, which adds ten minutes", "from April, which will add": things, not speakers
    if start + 1 < end and doc[start].lower_ == "among" and doc[start + 1].lower_ == "them":
        start += 2
    if start + 1 < end and doc[start].lower_ == "with":
        start += 1  # "…, with Russia backing the government": Russia backs it
    return (start, end) if start < end else None


def _opens_aside(token) -> bool:
    """A word that opens an aside about the name before it: an article ("…, the editor of the paper,") or a
    participle ("…, speaking at a rally,")."""
    return token.lower_ in {"the", "a", "an"} or (token.is_lower and token.lower_.endswith("ing"))


def _aside_after_a_name(doc, start: int) -> bool:
    """Whether the words from ``start`` to the next comma are an aside about the name right before their comma: a
    participle phrase ("Ortiz, speaking at a rally in Reno, Nev., warned") or a description ("Ana Lind, the editor
    of the paper, the Reno Star, said"). Only after a name standing alone ("Sen. Tom Hale", "Rep. Pole (D-Va.)"),
    not after a clause that ends in a name ("After meeting Ortiz, the head of the union, a veteran, said")."""
    opens_aside = _opens_aside(doc[start])
    name_end = start - 2
    if doc[name_end].text == ")":
        name_end = next((k for k in range(name_end - 1, max(name_end - 12, -1), -1) if doc[k].text == "("), 0) - 1
    name_start = name_end
    while name_start > 0 and not _is_boundary(doc[name_start - 1]):
        name_start -= 1
    return opens_aside and name_start <= name_end and all(
        _capitalised(t) or _title(t) for t in doc[name_start:name_end + 1])


def _title(token) -> bool:
    """A title shortened with a full stop before a name: "Mr.", "Mrs.", "Sen.", "Gov.", "Dr."."""
    return token.text.endswith(".") and token.text[:-1].isalpha() and token.text[:1].isupper() and len(token.text) <= 5


def _manner_adverb(doc, k: int) -> bool:
    """Whether the word at ``k`` is an adverb in -ly that says how or how often someone speaks ("who frequently
    criticizes", "who similarly blasts", "who has repeatedly pledged"): it stands between the speaker and the verb.
    The tagger tells the adverb from a noun in -ly ("the family", "a rally"); it runs only for such a word."""
    token = doc[k]
    return token.is_lower and token.is_alpha and token.lower_.endswith("ly") and sentence_tags(doc)[k] == "RB"


#: Tags of the words a noun phrase is made of ("the city's new police chief", "Sen. Ada Pole", "the 20 experts").
NOUN_PHRASE_TAGS = {"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD", "HYPH", "$",
                    "``", "''", "-LRB-", "-RRB-"}
#: Prepositions that stay inside a noun phrase ("the secretary general of the United Nations", "Democrats on Capitol
#: Hill"); "a harsh response from Donald Trump Jr., who said": Trump speaks, not the response.
INSIDE_A_NOUN_PHRASE = {"of", "for", "at", "in", "on"}
#: Tags that show a verb is in a phrase: then the phrase holds more than its noun.
VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "RP"}


def _noun_phrase_start(doc, start: int, end: int) -> int:
    """Where the noun phrase that ends at ``end`` starts, when the words from ``start`` hold a verb: "they turned
    to the city police department (which reported)", "forced to defend not paying a builder (who said)", "Lind
    endorses Ortiz(, who says)" hold more than the one who speaks. A word whose tag a noun phrase is made of
    belongs, and so do "of", "for", "at", "in" and "on" between nouns ("the secretary general of the United Nations", "farmers
    in the valley"), a participle that describes a noun ("elected officials", "a union representing bus
    drivers") and the parts of a word joined by hyphens ("US-led forces"). Without a verb, ``start``."""
    tags = sentence_tags(doc)
    if not any(tags[k] in VERB_TAGS for k in range(start, end)):
        return start
    k = end - 1
    while k > start:
        left, tag_, right = tags[k - 2] if k - 2 >= 0 else "", tags[k - 1], tags[k]
        between_nouns = doc[k - 1].lower_ in INSIDE_A_NOUN_PHRASE and (left.startswith("NN") and right in NOUN_PHRASE_TAGS
                                                                  or left == right == "CD")  # "four in 10"
        describing = tag_ in {"VBN", "VBG"} and right.startswith(("NN", "JJ")) and (
            k - 1 == start or left in {"DT", "PRP$", "JJ", "CD", "POS"})
        representing = tag_ == "VBG" and left.startswith("NN") and right in NOUN_PHRASE_TAGS
        hyphenated = _in_hyphenated_word(doc, k - 1)
        if not (tag_ in NOUN_PHRASE_TAGS or between_nouns or describing or representing or hyphenated):
            break
        k -= 1
    return k


def _in_hyphenated_word(doc, k: int) -> bool:
    """Whether token ``k`` is part of a word joined by hyphens ("US-led", "so-called"): a hyphen with no space on
    either side, or a word beside one."""
    def joining(h: int) -> bool:
        return 0 < h < len(doc) - 1 and doc[h].text == "-" and not doc[h].whitespace_ and not doc[h - 1].whitespace_
    return joining(k) or joining(k - 1) or joining(k + 1)


def _span_after(doc, start: int) -> tuple[int, int] | None:
    """The noun phrase after "according to" or an inverted verb, up to a comma or a new clause."""
    end = start
    while end < len(doc) and not _is_boundary(doc[end]):
        end += 1
    return (start, end) if end > start else None


def _capitalised(token) -> bool:
    """A word written with a capital, as names are: "Kranz", "Ms.", and "McClendon", "DeVries" too."""
    return token.is_title or (token.text[:1].isupper() and any(c.islower() for c in token.text[1:]))


def _written_as_a_name(token) -> bool:
    """A word written as a name is, with a capital or all in capitals: "Kranz", "McClendon", "CNN", "USA TODAY"."""
    return _capitalised(token) or token.is_upper


def _is_boundary(token) -> bool:
    return (token.is_punct and token.text not in {"'", "’", "-", "%"}) or token.lower_ in BOUNDARY_WORDS

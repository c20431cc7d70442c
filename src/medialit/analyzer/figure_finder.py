"""Find the figures in a sentence and read each one as a person reads it.

A figure is more than its digits: "£40m" is forty million pounds, "£3 million a year" is a rate, "a 7-2
vote" is one result (not a 7 and a 2), "30 percent" is a share, and "thousands" is a claim about size that
may name nothing it counts. Each figure found here says its value, its qualifier ("at least"), what it
counts (or None when the sentence does not say), any rate ("a year", "per household"), a ``reading`` in
words a student would say aloud, and the ``rule`` that found it with an ``explanation`` in plain words.

Values follow the annotation guidelines (tests/fixtures/analyzer/README.md): a percentage is a share
("30 percent" is 0.3, like "half" is 0.5), a vague amount is a [low, high] range; a tally's value is its
text ("7-2"), because it is a result, not an amount.
"""

from __future__ import annotations

import re

from ..content.quantities import QUALIFIERS, QuantityError, parse_quantity
from .attribution_words import PEOPLES, ROLES
from .pos_tagger import sentence_tags

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
TIME_WORDS = {"am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc", "hrs"}
VAGUE_AMOUNTS = {"dozens", "hundreds", "thousands", "millions", "scores", "several", "half", "dozen", "few",
                 "handful", "third", "quarter", "fifth", "tenth"}
#: Vague amounts that name what they count only through "of": "hundreds of people", never "hundreds people".
VAGUE_PLURALS = {"dozens", "hundreds", "thousands", "millions", "scores", "tens"}
#: Fractions written as words: a share only before "of" or at the end ("a third of", not "a third round").
FRACTIONS = {"third", "quarter", "fifth", "tenth"}
SHARES = {"half"} | FRACTIONS
NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
                "billion", "trillion", "and"}

CURRENCY_SIGNS = {"£": "pounds", "$": "dollars", "us$": "dollars", "€": "euros", "¥": "yen", "₹": "rupees"}
CURRENCY_WORDS = {"pounds", "euros", "dollars", "pence", "cents", "yen", "yuan", "rupees", "francs", "dinars",
                  "riyals", "roubles", "rubles", "lira", "pesos", "rand", "shekels", "kroner", "kronor"}
#: Magnitudes written after a number. "m" and "k" are million and thousand only after a currency sign
#: ("£40m"); elsewhere "40m" is more likely metres.
MAGNITUDES = {"bn": "billion", "tn": "trillion", "m": "million", "k": "thousand"}
_NUMBER_AND_MAGNITUDE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(bn|tn|m|k)\.?$")  # "1.2bn", "500k": one token

#: What a tally is, from the noun after it ("a 7-2 vote") or the verb before it ("won 3-1").
TALLY_NOUNS = {"vote", "votes", "win", "victory", "defeat", "loss", "draw", "majority", "lead", "score",
               "scoreline", "ruling", "decision", "verdict", "split", "result", "margin"}
TALLY_VERBS = {"voted": "vote", "won": "win", "beat": "win", "defeated": "win", "lost": "defeat", "drew": "draw",
               "ruled": "ruling", "led": "lead", "trailed": "lead", "finished": "result", "ended": "result"}
_TALLY = re.compile(r"^\d{1,3}[-–]\d{1,3}$")

#: "a"/"an"/"each"/"every" + one of these make a rate ("a year", "a head"); "per" + any noun does.
RATE_NOUNS = {"second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year", "decade", "head",
              "person", "household", "home", "family", "pupil", "student", "child", "patient", "game", "match",
              "season", "term", "visit", "trip", "ticket", "flight", "mile", "kilometre", "litre"}
_NOT_A_RATE_AFTER = {"ago", "earlier", "later", "before", "after", "since", "late", "old"}

#: Words passed over on the way from a number to what it counts ("40 of the town's shops").
COUNT_SKIP = {"the", "a", "an", "other", "more", "his", "her", "their", "its", "our", "my", "your", "these", "those",
              "all", "this"}
#: Words that end the search: what follows a preposition, verb or pronoun is not what the number counts.
COUNT_STOP = {"from", "on", "in", "at", "to", "by", "for", "with", "into", "onto", "over", "under", "after", "before",
              "since", "during", "against", "across", "around", "between", "through", "about", "than", "and", "or",
              "but", "nor", "so", "as", "if", "while", "when", "where", "who", "whom", "whose", "which", "that",
              "were", "was", "are", "is", "be", "been", "being", "had", "have", "has", "will", "would", "could", "can",
              "may", "might", "must", "should", "shall", "did", "do", "does", "it", "they", "he", "she", "we", "you",
              "i", "them", "him", "us", "me", "not", "also", "only", "still", "already", "there", "here", "then",
              "what", "whatever", "how", "said", "say", "says", "told", "think", "thinks", "believe", "believes",
              "support", "supports", "oppose", "opposes", "approve", "approves", "disapprove", "disapproves",
              "last", "next"}  # "2,870 last year": when, not what
QUOTES = {'"', "“", "”", "'", "‘", "’"}
#: Tags of words that describe a noun after them ("brave", "warring", "elected"): the noun is what is counted.
DESCRIBING_TAGS = {"JJ", "JJR", "JJS", "VBG", "VBN"}
#: Plurals without an "s", and the endings of words that describe a noun rather than name it.
PLURALS = {"people", "police", "children", "staff", "cattle", "personnel", "livestock", "youth", "clergy"}
ADJECTIVE_ENDINGS = ("al", "ish", "ian", "ary", "ive", "ic", "ern", "ese")

RULES = {
    "number": "A number, in digits or words.",
    "vague amount": "A word such as 'thousands' that claims a size without giving a count: the real number could be "
                    "anywhere in its range.",
    "share": "A part of a whole, such as 'half' or 'a third'.",
    "percentage": "A share out of 100: 30 percent means 30 in every 100.",
    "money": "An amount of money: the sign or word says the currency, and 'm', 'bn' or 'k' after a number mean "
             "million, billion or thousand.",
    "tally": "A vote or a score: two numbers joined by a dash are one result (7-2 is 7 on one side and 2 on the "
             "other), not two counts.",
}


def find_figures(doc) -> list[tuple[int, int, dict]]:
    """(start, end, fields) for each figure of a tokenized sentence, character offsets into ``doc.text``."""
    figures, i = [], 0
    while i < len(doc):
        token = doc[i]
        if not (token.text[0].isdigit() or token.lower_ in VAGUE_AMOUNTS or token.lower_ == "tens" or token.like_num):
            i += 1  # most words: looked at once, cheaply
            continue
        found, i = _tally_at(doc, i) or _amount_at(doc, i)
        if found:
            figures.append(found)
    return figures


def _tally_at(doc, i: int) -> tuple[tuple | None, int] | None:
    """A score or a vote at token ``i`` ("7-2", "7 - 2", "a 3 to 1 margin") when a word around it says it is one;
    else None."""
    if _TALLY.match(doc[i].text):
        end = i + 1
    elif (i + 2 < len(doc) and doc[i + 1].text in {"-", "–"} and doc[i].whitespace_ == doc[i + 1].whitespace_ == ""
          and re.fullmatch(r"\d{1,3}", doc[i].text) and re.fullmatch(r"\d{1,3}", doc[i + 2].text)):
        end = i + 3
    elif (i + 3 < len(doc) and doc[i + 1].lower_ == "to" and re.fullmatch(r"\d{1,3}", doc[i].text)
          and re.fullmatch(r"\d{1,3}", doc[i + 2].text) and doc[i + 3].lower_ in TALLY_NOUNS):
        end = i + 3  # "a 3 to 1 margin"
    else:
        return None
    before = doc[i - 1].lower_ if i > 0 else ""
    before = doc[i - 2].lower_ if before == "by" and i > 1 else before
    what = doc[end].lower_ if end < len(doc) and doc[end].lower_ in TALLY_NOUNS else TALLY_VERBS.get(before)
    if what is None:
        return None
    span = doc[i:end]
    written = span.text if end == i + 3 and doc[i + 1].lower_ == "to" else span.text.replace(" ", "")
    article = "an" if re.match(r"8|11-|11–|18-|18–", written) else "a"
    fields = {"value": written, "qualifier": None, "counts": what, "rate": None,
              "reading": f"{article} {written} {what}", "rule": "tally", "explanation": RULES["tally"]}
    return (span.start_char, span.end_char, fields), end


def _amount_at(doc, i: int) -> tuple[tuple | None, int]:
    """The figure that starts at token ``i`` and the token to look at next."""
    token = doc[i]
    joined = _NUMBER_AND_MAGNITUDE.match(token.lower_)
    tens = token.lower_ == "tens" and _of_a_scale(doc, i + 1)
    if joined and joined.group(2) in {"m", "k"} and not _currency_sign(doc, i):
        joined = None
    if not (token.like_num or joined or tens or token.lower_ in VAGUE_AMOUNTS) or (
            token.lower_ == "scores" and (i + 1 >= len(doc) or doc[i + 1].lower_ != "of")):
        return None, i + 1
    end = i + 1 if joined else _figure_end(doc, i)
    if token.lower_ in VAGUE_PLURALS and _of_a_scale(doc, end):
        end += 2  # "hundreds of thousands"
    begin = i - 1 if i > 0 and doc[i - 1].lower_ == "a" and token.lower_ in {"dozen", "few", "handful"} | FRACTIONS else i
    ordinal = token.lower_ in FRACTIONS and end < len(doc) and doc[end].is_alpha and doc[end].lower_ != "of"
    if (token.lower_ in {"few", "handful"} | FRACTIONS and begin == i) or ordinal or _not_a_figure(doc, begin, end):
        return None, end
    number = joined.group(1) if joined else doc[begin:end].text.replace(" - ", "-")
    magnitude, end_char = (MAGNITUDES[joined.group(2)], _end_char(token)) if joined else (None, _end_char(doc[end - 1]))
    suffix = doc[end].lower_.rstrip(".") if not joined and end < len(doc) else ""
    if suffix in {"bn", "tn"} or (suffix in {"m", "k"} and _currency_sign(doc, begin)):  # "£40 m", "40 bn"
        magnitude, end_char, end = MAGNITUDES[suffix], _end_char(doc[end]), end + 1
    sign = _currency_sign(doc, begin)
    first = begin - 1 if sign else begin
    qualifier = next((q for q in sorted(QUALIFIERS, key=len, reverse=True)
                      if " ".join(t.lower_ for t in doc[max(0, first - len(q.split())):first]) == q), None)
    start_token = first - len(qualifier.split()) if qualifier else first
    try:
        quantity = parse_quantity(" ".join(filter(None, (qualifier, number, magnitude))))
    except QuantityError:
        return None, end
    value = list(quantity.value) if quantity.vague else quantity.value
    amount = " ".join(filter(None, (qualifier, (doc[begin - 1].text if sign else "") + number.lower(), magnitude)))
    rule = "vague amount" if quantity.vague else "share" if token.lower_ in SHARES else "number"
    percent, written_percent = _percent_sign(doc, end)
    if percent and not quantity.vague:
        value, rule = round(value / 100, 6), "percentage"
        amount += " per cent" if written_percent == "per cent" else " percent"
        end_char, end = _end_char(doc[end + percent - 1]), end + percent
    counted, counted_at, reading_end = None, end, end
    if sign or (end < len(doc) and doc[end].lower_ in CURRENCY_WORDS):
        rule = "money"
        counted = CURRENCY_SIGNS[sign] if sign else doc[end].lower_
        reading_end = end if sign else end + 1
    elif not _rate_at(doc, end):
        counted, counted_at = _counted(doc, end, token.lower_ in VAGUE_PLURALS or rule == "percentage")
        reading_end = counted_at + 1 if counted else end
        opened = sum(t.text in QUOTES for t in doc[end:reading_end]) % 2
        if opened and reading_end < len(doc) and doc[reading_end].text in QUOTES:
            reading_end += 1  # '12 "terrorists"': the quotation the counted word stands in closes too
    rate = _rate_at(doc, reading_end)
    words_after = doc.text[_end_char(doc[end - 1]):_end_char(doc[reading_end - 1])] if reading_end > end else ""
    reading = amount + words_after + (f" {rate}" if rate else "")  # "three-day", as written
    fields = {"value": value, "qualifier": quantity.qualifier, "counts": counted, "rate": rate, "reading": reading,
              "rule": rule, "explanation": _explanation(rule, counted, rate)}
    return (doc[start_token].idx, end_char, fields), end


def _end_char(token) -> int:
    """Where a token ends in the sentence, a full stop stuck to it left out ("m." ending "£40m.")."""
    return token.idx + len(token.text.rstrip(".") or token.text)


def _explanation(rule: str, counted: str | None, rate: str | None) -> str:
    """The rule's words, then what the reader should know about this figure: a rate, or nothing counted."""
    words = RULES[rule]
    if rate:
        words += f" '{rate}' makes it a rate: that much for every {rate.split()[-1]}, not once."
    if counted is None and rule in {"percentage", "share"}:
        words += " The sentence does not say what it is a share of."
    elif counted is None:
        words += " The sentence does not say what it counts: ask what."
    return words


def _currency_sign(doc, i: int) -> str | None:
    """The currency sign written just before token ``i`` ("£", "$", "US$"), lower-cased; None if there is none."""
    if i > 0 and doc[i - 1].lower_ in CURRENCY_SIGNS and doc[i - 1].whitespace_ == "":
        return doc[i - 1].lower_
    return None


def _of_a_scale(doc, i: int) -> bool:
    """Whether tokens ``i`` and on read "of thousands", "of millions" or "of billions"."""
    return i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].lower_ in {"thousands", "millions", "billions"}


def _rate_at(doc, i: int) -> str | None:
    """A rate written at token ``i``: "a year", "an hour", "per household", "each week"; None if there is none."""
    if i + 1 >= len(doc) or not doc[i + 1].is_alpha or doc[i + 1].lower_ == "cent":
        return None
    if i + 2 < len(doc) and doc[i + 2].lower_ in _NOT_A_RATE_AFTER:
        return None  # "a year ago" says when, not how often
    word, noun = doc[i].lower_, doc[i + 1].lower_
    if word == "per" or (word in {"a", "an", "each", "every"} and noun in RATE_NOUNS):
        return f"{word} {noun}"
    return None


def _counted(doc, i: int, through_of: bool) -> tuple[str | None, int]:
    """What a number counts, read from token ``i`` on, and where it is; (None, i) when no noun there says it.

    Articles, possessives ("the town's"), quotation marks and "of" are passed over; a preposition, verb or
    pronoun ends the search ("thousands from the valley" counts nothing named). A vague plural or a
    percentage counts only through "of": "hundreds of volunteers", "30 percent of homes", but "hundreds
    gathered" and "the 74 per cent claimed" name nothing counted.
    """
    passed_of = False
    for k in range(i, min(len(doc), i + 6)):
        token = doc[k]
        possessive = token.text in {"'s", "’s"} or (k + 1 < len(doc) and doc[k + 1].text in {"'s", "’s"})
        if token.text == "-" and k == i and token.whitespace_ == "" and k + 1 < len(doc) and doc[k + 1].is_alpha:
            # "a three-day strike" counts days; "one-on-one" counts nothing
            return (None, i) if doc[k + 1].lower_ in COUNT_STOP else (doc[k + 1].lower_, k + 1)
        if (token.lower_ == "of" or token.lower_ in COUNT_SKIP or possessive or token.text in QUOTES
                or (passed_of and token.like_num)):  # "38 of the region's 41 hospitals"
            passed_of = passed_of or token.lower_ == "of"
            continue
        if (through_of and not passed_of) or not token.is_alpha or token.lower_ in COUNT_STOP:
            return None, i
        last = _hyphenated_end(doc, k)
        head = _head_noun(doc, last)
        if k == i and doc[k - 1].whitespace_ and token.is_lower and token.lower_ not in VAGUE_AMOUNTS \
                and not _a_noun_to_count(doc, head, one=doc[i - 1].lower_ in {"one", "1"}):
            tags = sentence_tags(doc)
            described = next((j for j in (head + 1, head + 2) if j < len(doc) and _described_noun(doc, j)), None)
            if tags[head] in DESCRIBING_TAGS and (head + 1 == len(doc) or not doc[head + 1].is_alpha):
                return doc[head].lower_, head  # "53 wounded.": the word stands for the people it describes
            if tags[head] not in DESCRIBING_TAGS or described is None or not all(
                    tags[j] in DESCRIBING_TAGS for j in range(head + 1, described)):
                return None, i  # "the two turned": a verb, so nothing named is counted
            head = _head_noun(doc, described)  # "one warring party", "two brave nurses", "four brave Americans"
        return (doc.text[token.idx:_end_char(doc[head])].lower() if head == last > k else doc[head].lower_), head
    return None, i


def _a_noun_to_count(doc, k: int, one: bool) -> bool:
    """Whether the tagger reads doc[k] as a noun; after a number above ``one``, a word it reads as a verb ending in
    "s" is a plural noun too ("seven decades"), but not after one ("one adds")."""
    if not one and _plural(doc[k].lower_):
        return True  # most counted words ("people", "years"): no need to tag the sentence
    found = sentence_tags(doc)[k]
    return found.startswith("NN") or (found == "VBZ" and not one)


def _described_noun(doc, j: int) -> bool:
    """Whether doc[j] is a noun a describing word before it may describe: one in lower case ("brave nurses"), or a
    people's name ("brave Americans"); not another name ("three former George W. Bush aides")."""
    if not doc[j].is_alpha or doc[j].lower_ in COUNT_STOP or not sentence_tags(doc)[j].startswith("NN"):
        return False
    return doc[j].is_lower or doc[j].lower_.endswith(PEOPLES)


def _hyphenated_end(doc, k: int) -> int:
    """The last part of a word joined by hyphens that starts at token ``k`` ("fact-checkers", "first-time"); ``k``
    when the word has no hyphen."""
    while k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_ \
            and doc[k + 2].is_alpha:
        k += 2
    return k


def _head_noun(doc, k: int) -> int:
    """The noun that a word describes, when the word is a describing word: "22 nursing posts" counts posts,
    "riot police" police, "national output" output. A plural a word or two on (with only words between) is the
    head; so is the last of nouns in a row, as the tagger reads them ("one air strike" counts strikes, "three
    police officers" officers, but "one man died" a man); so is the next word after an adjective ending ("-al",
    "-ish", "-ian")."""
    if 0 < k < len(doc) - 1 and doc[k - 1].text in QUOTES and doc[k + 1].text in QUOTES and _noun_at(doc, k + 2):
        return _head_noun(doc, k + 2)  # '212 "precision" strikes': the quoted word describes the strikes
    if _plural(doc[k].lower_) and not _noun_follows(doc, k, plural=True):
        return k  # "riot police", but "police officers" (not "30 minutes drive")
    for j in (k + 1, k + 2):
        if j >= len(doc) or not doc[j].is_alpha or doc[j].lower_ in COUNT_STOP | COUNT_SKIP:
            break
        if doc[j].is_lower and _plural(doc[j].lower_):
            return j
    if _noun_follows(doc, k):
        j = k + 1
        while _noun_follows(doc, j):
            j += 1
        return j
    following = doc[k + 1] if k + 1 < len(doc) else None
    if (following is not None and doc[k].lower_.endswith(ADJECTIVE_ENDINGS) and following.is_alpha
            and following.is_lower and following.lower_ not in COUNT_STOP | COUNT_SKIP):
        return k + 1
    return k


def _noun_follows(doc, k: int, plural: bool = False) -> bool:
    """Whether doc[k] and the word after it are both nouns to the tagger, the second as :func:`_noun_at` says: one
    noun made of two ("air strike", "police officers")."""
    return _noun_at(doc, k + 1, plural) and sentence_tags(doc)[k].startswith("NN")


def _noun_at(doc, j: int, plural: bool = False) -> bool:
    """Whether doc[j] is a word in lower case that the tagger calls a noun (with ``plural``, a plural one)."""
    if j >= len(doc) or not (doc[j].is_alpha and doc[j].is_lower) or doc[j].lower_ in COUNT_STOP | COUNT_SKIP:
        return False
    return sentence_tags(doc)[j] in ({"NNS"} if plural else {"NN", "NNS"})


def _plural(word: str) -> bool:
    """Whether a word looks like a plural noun: "posts", "police", "servicemen" (not "glass", "bus")."""
    return word in PLURALS or word.endswith("men") or (len(word) > 3 and word.endswith("s")
                                                         and not word.endswith(("ss", "us", "is")))


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
    if re.fullmatch(r"(1[89]|20)\d\d", first.text) and e - b == 1 and not _currency_sign(doc, b):
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


def _percent_sign(doc, end: int) -> tuple[int, str]:
    """How many tokens after a number say "per cent" ("%", "percent", "per cent") and how: (0, "") if none."""
    if end < len(doc) and doc[end].lower_ in {"%", "percent"}:
        return 1, doc[end].lower_
    if end + 1 < len(doc) and doc[end].lower_ == "per" and doc[end + 1].lower_ == "cent":
        return 2, "per cent"
    return 0, ""

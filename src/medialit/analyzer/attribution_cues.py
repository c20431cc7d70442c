"""Which words of a sentence are cues: the words that may cite a source, the first step of the sources' rules.

A cue is a verb of saying or of stance ("said", "warned", "rejected", "declined to comment", "the study finds",
"figures show"), "according to", or a longer way of saying ("made the case for", "took aim at", "portrayed the plan
as", "As Ortiz put it", "released a statement urging"). Most of these words say nothing in other places ("the
report states" but "seven states"; "attacked Hale for his votes" but "attacked the convoy"; "hard to say"), so each
recogniser here decides from the words around it whether the word cites someone. ``cues(doc)`` lists the cues of a
sentence.

The recognisers live apart from medialit.analyzer.attribution because they only say WHERE something is said; the
rules that find WHO speaks (the source beside each cue, and its kind) stay in attribution.py, which imports this
module (never the reverse). Both read the sentence's parts by word position from
medialit.analyzer.attribution_phrases.
"""

from __future__ import annotations

from .attribution_phrases import (_believed_of_what_came_before, _capitalised, _dash, _dateline_end, HEADLINE_LABELS,
    _inner_hyphen, _inside_quotation, _is_boundary, _name_word, _span_after, _speaker_like, _subject_before,
    _written_as_a_name)
from .attribution_words import (AFTER_A_QUOTATION, ASK, AUXILIARIES, BE, BODY_NOUNS, BOUNDARY_WORDS, BY, CALLED,
    CALLED_EVENTS, CALLED_OUT_TO_ACT, CITING, DASHES, DECLINE_TO, DECLINE_TO_VERBS, DECLINED_WORDS, DEFINITE,
    DESCRIBING, DO_SUPPORT, DOCUMENT_VERBS, DOCUMENTS, _forms, IN_VIEW_NOUNS, INDEFINITE, INSTITUTIONS, ISSUING, MODALS,
    NEEDS_NEXT, NOT_A_LABEL, NOUN_LOOKALIKES, NOUN_MARKERS, OBJECTS, OPENING_QUOTES, PARTICIPLES, PAST_TENSE, PLEAD,
    PLEAS, POLL_GIVES, POLL_WORDS, PREPOSITIONS, QUESTION_WORDS, QUOTES, READ, RECALL, RECALLING, REFLEXIVES, REPLY,
    ROLES, SEEING, SHARES, _singular, SPEECH, TIME_NOUNS, TIME_QUALIFIERS, a_person_word)
from .headline_case import headline_case
from .pos_tagger import sentence_tags
from .view_cues import ANSWER_NOUNS, DESIRES, OWNERS, POLLS, SAID_IN, verb_forms, VIEW_NEEDS_NEXT, VIEW_NOUNS


#: The last part of a hyphenated word for a person, before a verb of saying: "front-runner", "46-year-old",
#: "president-elect", "co-founder" ("a much-repeated claim" is no one's).
HYPHENATED_PEOPLE = ROLES | {"runner", "old", "elect"}


def cues(doc) -> list[int]:
    """Token indexes of the words that may cite a source (find_sources reads the source beside each)."""
    words = [t.lower_ for t in doc]
    cues = []
    quoted = _inside_quotation(doc)

    def quote_before(i: int) -> bool:
        return any(t.text in QUOTES | {"''", "``"} for t in doc[:i])

    headline = headline_case(doc)
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if i in quoted:
            continue  # the quoted speaker's own words: "“I believe we're winning,” he said" is his, not "I"'s
        if headline and word in CITING and _after_a_headline_name(doc, i):
            cues.append(i)  # "Ortiz Promises Action …", "Hale Tweets A …": a verb, though it could be a noun
            continue
        clause_ends = following in {"", "that"} or doc[i + 1].is_punct
        asks = word in ASK
        if word in AFTER_A_QUOTATION and not (
                (quote_before(i) and (clause_ends or words[i - 1] in {",", *QUOTES, "''"}))
                or (following in {",", ":"} and i + 2 < len(doc) and doc[i + 2].text in OPENING_QUOTES)  # "replied: “…"
                or (following == ":" and i + 2 == len(doc))  # "Hale continued:" ends the sentence: her words follow
                or _quotation_soon_after(doc, i)  # "asked the crowd, “Can she stay?”"
                or _says_through_a_noun(words, i)  # "repeated his claim that", "continued her attacks on"
                or _colon_then_quotation(doc, i)  # "responded in a text message: “…”"
                or word in READ and following in OPENING_QUOTES
                or (asks or word in REPLY) and following in {".", ",", ":", "?"}  # "Borger asked."
                or asks and _right_after_a_question(doc, i)  # `“Why?” Ortiz asked the mayor.`
                or asks and _asked_after_a_cut_question(doc, i)  # `“Why?”` | `Ortiz asked the mayor.`
                or word in REPLY and following.endswith("ly") and i + 2 < len(words) and words[i + 2] in {",", ":"}
                or word in RECALL and (following in RECALLING or (following.endswith("ing") and doc[i + 1].is_lower))
                or (bool(QUESTION_WORDS & set(words[i + 1:i + 8]) or "to" in words[i + 2:i + 7]) if asks
                    else following == "that")):  # "asked Holder whether", "asked the network to donate"
            continue
        if finding_document(doc, i):
            cues.append(i)  # "polls showing", "a new poll that shows": the document states a finding
            continue
        if word in NOUN_LOOKALIKES and (words[i - 1] == "united" or not (_document_before(doc, i)
                                                                       or _document_subject(doc, i)
                                                                       or _speaker_right_before(doc, i) or
                following in {"that", ":", *QUOTES} or (clause_ends and (quote_before(i) or "," in words[:i])))):
            continue  # "seven states are close": a plural noun; "the report states that": a verb of saying
        if word in PLEAD and following in PLEAS:
            continue  # "pleaded guilty": a plea in court, not a statement
        if word in DESIRES and following != "that" and not _pledges_to_do(doc, i):
            continue  # "the union wants wages raised", "agreed to late concessions": a plan or act, not a view
        if in_someones_view(doc, i):
            cues.append(i)  # "In Ortiz's view, the dam will hold": the rest of the sentence is her view
            continue
        if word in SEEING and (not (following == "that" or "as" in words[i + 1:i + 9]) or following == "by"
                               or "what" in words[max(0, i - 6):i] or words[i - 1] in MODALS):
            continue  # "she saw the flood" is what she witnessed; "she sees the vote as a test" is her view; "what
            # voters see as a tax" and "viewed by many as" describe a thing, not whose view it is; "voters will see
            # it as a sign" guesses at a view no one holds yet
        if i > 0 and words[i - 1] == "to" and word in CITING and not word.endswith(("s", "d", "ing")) \
                and not _went_on_to(words, i) and not _led_to(words, i) and not _went_somewhere_to(words, i):
            continue  # "hard to say", "ready to say": an infinitive says nothing yet
        if _after_do(words, i) or (_saying_participle(word) and words[i - 1] in BY | SAID_IN) \
                or _opening_phrase_end(doc, i) is not None:
            cues.append(i)  # "did not mention"; "by saying", "a statement saying": find_sources reads who
        elif word == "according" and following == "to":
            cues.append(i)
        elif _statement_put_out(doc, i):
            cues.append(i)  # "released a statement Wednesday urging …": who released it says it
        elif word in POLL_GIVES and i > 1 and words[i - 1] in POLLS \
                and _document_before(doc, i):
            cues.append(i)  # "the CBS poll gave Hale a lead", "its tracking poll puts Ortiz at 40 percent"
        elif word in VIEW_NOUNS and owner_before(doc, i) is not None and following == "that":
            cues.append(i)  # "Ortiz's claim that", "her view that", "Hale's continued insistence that"
        elif answer_with_its_words(doc, i):
            cues.append(i)  # "Rubio's response was that …", "Clinton's answer was: “…”"
        elif word in VIEW_NEEDS_NEXT:
            if following in VIEW_NEEDS_NEXT[word] or _made_it_clear(words, i) or _says_through_a_noun(words, i):
                cues.append(i)
        elif _says_through_a_noun(words, i) and not _passive(words, i) and words[i - 1] != "to":
            cues.append(i)  # "Ortiz made the case for", "Hale delivered a defense of", "Lind had harsh words for"
        elif word in PUT and _as_someone_put_it(words, i):
            cues.append(i)  # "As Ortiz put it, …": her words
        elif (_verbal_attack(words, i) or _characterises(words, i)) and not _passive(words, i) and words[i - 1] != "to":
            cues.append(i)  # "Ortiz attacked Hale for …", "Hale portrayed the plan as …" (not "to take shots at")
        elif word in NEEDS_NEXT:
            if word == "point" and i > 0 and words[i - 1] in NOUN_MARKERS | {"to", "'s", "’s"} | BE:
                continue  # "the point to remember", "to point out": a noun, or an infinitive that says nothing yet
            if word == "call" and not _call_after_its_subject(doc, i):
                continue  # "a phone call on Tuesday", "would call", "to call for": a noun, or nothing said yet
            if word in CALLED and following == "out" and CALLED_OUT_TO_ACT & set(words[i + 2:i + 5]):
                continue  # "called out the National Guard": a summons; "called out Hale for …" criticises her
            if word == "called" and (following in CALLED_WHOM or i + 1 < len(doc) and _capitalised(doc[i + 1])) \
                    and _names_a_thing(doc, i):
                continue  # "a movement called the People's Party", "a town called Riverside": a name, nobody speaking
            if word in DECLINE_TO_VERBS and _declines_to_speak(words, i) \
                    or following in NEEDS_NEXT[word] and word not in DECLINE_TO_VERBS:
                cues.append(i)
            elif word in CALLED and (_names_with_a_label(doc, i + 1) or _quoted_label_later(doc, i)
                                     or _labels_what_came_before(doc, i) or _calls_upon_or_again_for(words, i)):
                cues.append(i)  # "Sanders called Trump a “liar”", "Jacobs called Merkel “The Chancellor …”"
        elif word in CITING and following in {"have", "had", "are", "were", "will", "would", "can", "could", "is"} \
                and word.endswith("s") and not _believed_of_what_came_before(doc, i):
            continue  # "Concord states have also switched off": a plural noun, not a verb of saying
        elif word in CITING and (doc[i].is_lower or i == 0 or headline) and not (i > 0 and (words[i - 1] in NOUN_MARKERS | {"so", "'s", "’s"} or _hyphen_before(doc, i))
                        and not (words[i - 1] == "first" and word in PAST_TENSE)) \
                and not (i > 1 and words[i - 2] == "-" and not _capitalised(doc[i - 1])
                         and words[i - 1] not in HYPHENATED_PEOPLE
                         and not (words[i - 1] in SHARES and doc[i - 3].like_num)) \
                and not (i > 0 and (words[i - 1] in BE or (words[i - 1] in {"not", "n't", "n’t", "never", "also", "widely", "first"}
                                                             and i > 1 and words[i - 2] in BE))
                         and not word.endswith("ing") and not _by_a_speaker(doc, i)):  # passive ("was not
            # disclosed"), not progressive; a passive with its speaker after "by" is one ("was first reported by AP")
            if word.endswith("ing") and word in PARTICIPLES and not set(words[max(0, i - 3):i]) & BE:
                if _after_comma(words, i) is not None:
                    cues.append(i)  # "…, adding that": find_sources reads it only when no source is cited before it
                elif i > 0 and words[i - 1] != "," and _share_before(words, i):
                    cues.append(i)  # "with 50 percent saying", "62 percent of voters saying"
                continue
            cues.append(i)
        elif word in {"come", "comes", "came"} and following == "from":
            cues.append(i)  # "The figures come from the Sennet Watch campaign group"
    return cues


def _quotation_soon_after(doc, i: int) -> bool:
    """Whether a quotation opens after a comma or colon a few words after the verb at ``i``, with no clause between:
    "Ortiz asked the crowd, “Can she stay?”", "Hale responded to Lind with: “Why now?”". A verb that cites only
    beside a quotation ("asked", "responded", "continued") cites this one (round 13)."""
    for k in range(i + 1, min(i + 8, len(doc) - 1)):
        if doc[k].text in {",", ":"}:
            return doc[k + 1].text in OPENING_QUOTES
        if _is_boundary(doc[k]):
            return False
    return False


def _names_with_a_label(doc, start: int) -> bool:
    """After "called": a name or him/her/it, then a label ("a …", "an …", a quotation) within a few words, or one
    or two words that close the clause ("calls Ortiz unqualified.", "call him competent,"); a name may own what is
    labelled ("called the council's report a “rush to judgment”"), and an aside may stand between ("called Lind,
    her rival, a “fraud”"); the label may be someone's ("calls Reno her home town."). "herself", "themselves" are
    always named ("call themselves conservative"); "it" or "this" may be named with "the" ("call it the best
    deal") but not at a time ("called it the next day")."""
    if start < len(doc) and doc[start].lower_ in REFLEXIVES:
        return True
    if start >= len(doc) or not (_capitalised(doc[start]) or doc[start].is_upper and doc[start].is_alpha
                                 or doc[start].lower_ in OBJECTS | {"this"}):
        return False  # "called AP's report …": an acronym is a name too
    if any(t.lower_ in {"a", "an"} or t.text in QUOTES | {"''", "``"} for t in doc[start + 1:start + 5]):
        return True
    end = start + 1
    while end < len(doc) and (_capitalised(doc[end]) or doc[end].lower_ in {"'s", "’s"}):
        end += 1  # "Ana Ortiz", "Hale's"
    label = [t for t in doc[end:end + 3]]
    closing = next((k for k, t in enumerate(label) if t.text in {",", ".", ";", ":", "!"}), None)
    if closing in {1, 2} and all(t.is_alpha and t.is_lower and t.lower_ not in NOT_A_LABEL for t in label[:closing]):
        return True
    after = _past_what_is_named(doc, start, end)
    return _label_at(doc, after) or _owned_label_at(doc, after) \
        or (doc[start].lower_ in {"it", "this"} and _the_label_at(doc, after))


#: Words after "called" that open the name it gives when it names a thing: "a prize called the Hale Cup".
CALLED_WHOM = {"the", "his", "her", "their"}


def _names_a_thing(doc, called: int) -> bool:
    """Whether "called" gives a thing its name, with nobody saying it: after a noun for a thing ("a movement called
    the …", "a move called the …") or after "is" or "being" ("It's called the …"); not after someone or something
    that speaks ("critics called the remarks sexist", "Hale's office called the vote a sham", "ads called it")."""
    if called == 0:
        return False
    before = doc[called - 1]
    if before.lower_ in BE:
        return True
    return before.is_lower and sentence_tags(doc)[called - 1] in {"NN", "NNS"} and not (
        a_person_word(before.lower_) or before.lower_ in BODY_NOUNS | DOCUMENTS | INSTITUTIONS)


def _owned_label_at(doc, k: int) -> bool:
    """Whether a label owned by someone closes the clause at ``k``: "calls North Carolina her home state.", "called
    Hale their best hope,"."""
    if k >= len(doc) or doc[k].lower_ not in {"his", "her", "their", "its", "our", "my"}:
        return False
    closing = next((j for j in range(k + 1, min(k + 5, len(doc))) if doc[j].text in {".", ",", ";", "!"}), None)
    return closing is not None and closing > k + 1 and all(t.is_alpha and t.is_lower for t in doc[k + 1:closing]) \
        and not {t.lower_ for t in doc[k + 1:closing]} & NOT_LABELLED


#: How many words the thing named may run to after its owner ("Hale's remarks on the levee"), or an aside after a
#: name ("Lind, her rival in the race,").
MOST_NAMED_WORDS = 8


def _past_what_is_named(doc, start: int, end: int) -> int:
    """Where the label may begin after what "called" names, which begins at ``start`` and whose name words end at
    ``end``: past what a name owns ("Hale's remarks on the levee", "AP's report") or past an aside between commas
    ("Lind, her rival,", "him, among other things,")."""
    if doc[end - 1].lower_ in {"'s", "’s"}:
        k = end
        tags = sentence_tags(doc)
        while k < min(end + MOST_NAMED_WORDS, len(doc)) and (doc[k].is_alpha or doc[k].like_num) \
                and doc[k].lower_ not in {"a", "an"} | BOUNDARY_WORDS - {"and"} and not tags[k].startswith("VB"):
            k += 1  # "Hale's statements and actions on Sunday"
        return k
    if end < len(doc) and doc[end].text == ",":
        comma = next((k for k in range(end + 1, min(end + MOST_NAMED_WORDS, len(doc))) if doc[k].is_punct), None)
        return comma + 1 if comma is not None and doc[comma].text == "," else end
    return end


#: Words after a label's "a" or "the" that tell when or how, not what: "called him a day later", "the next morning".
NOT_LABELLED = TIME_NOUNS | CALLED_EVENTS | {"next", "following", "same", "other", "few", "couple", "hour", "hours",
                                             "minute", "minutes", "second", "number", "lot"}


def _label_at(doc, k: int) -> bool:
    """Whether a label begins at ``k``: a quotation ("“a cartel”"), or "a"/"an" before what someone is said to be
    ("a liar", "an ISIS co-founder"); not "a vote", "snap elections" or "a day later" (an event or a time)."""
    if k >= len(doc):
        return False
    if doc[k].text in OPENING_QUOTES:
        return True
    return doc[k].lower_ in {"a", "an"} and not {t.lower_ for t in doc[k + 1:k + 4]} & NOT_LABELLED


def _the_label_at(doc, k: int) -> bool:
    """Whether "the …" at ``k`` is a label ("call it the nerd prom", "called this the “expectations game”"), not a
    time ("called it the next day") or an event."""
    return k + 1 < len(doc) and doc[k].lower_ == "the" and not {t.lower_ for t in doc[k + 1:k + 4]} & NOT_LABELLED


#: Who may call something before "call" with no ending: a pronoun, a group, a share of those polled ("Critics call",
#: "they call", "64 percent call", "more call").
CALLERS = {"they", "we", "i", "you", "who", "others", "many", "some", "more", "most", "few"} | SHARES


def _call_after_its_subject(doc, call: int) -> bool:
    """Whether "call" with no ending is a verb after its subject ("Critics call it …", "64 percent call him …",
    "Democrats call on him to quit"), or after "did" ("he did call for …") or "went on to" ("went on to call
    Lind a “fraud”"); not a noun ("a phone call on Tuesday", "his call for") nor what might be ("would call",
    "to call for")."""
    words = [t.lower_ for t in doc]
    if call == 0 or _went_on_to(words, call) is not None or _went_somewhere_to(words, call) is not None:
        return call > 0
    k = call - 1
    while k > 0 and words[k] in {"also", "often", "now", "still", "not", "n't", "n’t", "openly", "publicly", "even"}:
        k -= 1
    before = doc[k]
    if words[k] in DO_SUPPORT | CALLERS:
        return True
    tag = sentence_tags(doc)[k]
    return tag in {"NNS", "NNPS"} or (tag == "NNP" and _capitalised(before)) or a_person_word(words[k])


#: The people who may speak right before "called" in a clause that names what came before it: "what he calls",
#: "which critics called", "as she called it".
SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "you"}


def _labels_what_came_before(doc, called: int) -> bool:
    """Whether "called" names what came before it, its subject right before it: "what he calls corruption", "a
    bill that critics called anti-gay", "bodies which he called “a cartel”", "a campaign he calls “Confident
    America”", "his “negatives,” he called them". Not "the number that he called" (no label) nor "which he called
    a meeting" (an event)."""
    k = called - 1
    while k > 0 and doc[k].lower_ in AUXILIARIES - {"not", "n't", "n’t", "never"}:
        k -= 1  # "what he has long called"
    if k < 1 or not (doc[k].lower_ in SUBJECT_PRONOUNS or (doc[k].is_lower and a_person_word(doc[k].lower_))):
        return False
    before, after = doc[k - 1], called + 1
    if after + 1 < len(doc) and doc[after].lower_ in OBJECTS and doc[after + 1].is_punct:
        return before.lower_ == "as" or before.text in {",", "”", "''", '"'} | DASHES  # "as she called it"
    if before.lower_ == "what":
        return after < len(doc) and (_label_at(doc, after) or doc[after].is_alpha and doc[after].is_lower
                                     and doc[after].lower_ not in PREPOSITIONS | NOT_A_LABEL | OBJECTS | {"to"})
    if before.lower_ in {"which", "that"}:
        return _label_at(doc, after) or _closing_word_at(doc, after)
    return before.is_lower and before.is_alpha and sentence_tags(doc)[k - 1] in {"NN", "NNS", "CD"} \
        and after < len(doc) and doc[after].text in OPENING_QUOTES  # "a campaign he calls “…”"


def _closing_word_at(doc, k: int) -> bool:
    """Whether one word, maybe hyphenated, closes the clause at ``k``: "that critics called anti-gay.", "which she
    called reckless,"."""
    end = k
    while end < len(doc) and end < k + 3 and (doc[end].is_alpha and doc[end].is_lower or doc[end].text == "-"):
        end += 1
    return end > k and end < len(doc) and doc[end].text in {".", ",", ";", ")", "!"} \
        and doc[k].lower_ not in NOT_A_LABEL | OBJECTS and not sentence_tags(doc)[k].startswith(("VB", "MD"))


#: Words that may stand between "called" and the "for" or "on" it calls with: "called again for", "called
#: Wednesday for".
CALL_PAUSES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "again", "repeatedly", "today", "yesterday", "publicly", "formally", "also", "once"}


def _calls_upon_or_again_for(words: list[str], called: int) -> bool:
    """Whether "called" calls on or for something through "upon" ("called upon the council to act") or past a
    word of time ("called again for a recount", "called Wednesday for"); "called Monday night from the hospital"
    is a phone call."""
    following = words[called + 1:called + 3]
    return following[:1] == ["upon"] or (len(following) == 2 and following[0] in CALL_PAUSES
                                         and following[1] in {"for", "on", "upon"})


def _quoted_label_later(doc, called: int) -> bool:
    """After "called": what is labelled in a few words (no comma or new clause), then the label in quotation marks
    that closes the clause ("called Hale's remarks about the levee “reckless.”", "called what she saw
    “terrible”"). Not a quoted name after "the" or a preposition ("called her mother about the “river plan”"):
    a phone call about something. Nor after a verb of saying earlier in the sentence ("Critics say the chair once
    called …"): the label is then in what that speaker reports."""
    if any(t.lower_ in SPEECH for t in doc[:called]):
        return False
    for q in range(called + 2, min(called + 11, len(doc))):
        if doc[q].text in OPENING_QUOTES:
            return doc[q - 1].lower_ not in DEFINITE | INDEFINITE | PREPOSITIONS
        if (doc[q].is_punct and doc[q].text not in {"'s", "’s", "-"}) or doc[q].lower_ in BOUNDARY_WORDS - {"what"}:
            return False
    return False


def _document_before(doc, cue: int) -> bool:
    """A document right before a noun-like verb: "the new poll shows", "The video shows", "a rolling poll shows" (not
    "to review reports")."""
    if cue < 2 or doc[cue - 1].lower_ not in DOCUMENTS:
        return False
    k = cue - 2
    while k > 0 and doc[k].lower_ in POLL_WORDS:
        k -= 1  # "a Reuters rolling poll shows"
    before = doc[k]
    return before.lower_ in DEFINITE | INDEFINITE | {"new", "latest", "recent", "'s", "’s"} or _capitalised(before) \
        or before.is_upper


def _colon_then_quotation(doc, verb: int) -> bool:
    """Whether a colon a few words after ``verb`` opens a quotation: "responded in a text message: “…”", "replied
    pointedly, with a smile: “…”" (the words between say how or where). "Troops responded with force: tanks …"
    quotes no one."""
    for k in range(verb + 2, min(verb + 9, len(doc) - 1)):
        if doc[k].text == ":":
            return doc[k + 1].text in OPENING_QUOTES
        if doc[k].text in OPENING_QUOTES | {".", ";", "?", "!"}:
            return False
    return False


def _names_a_document(doc, np: tuple[int, int]) -> bool:
    """Whether a noun phrase names a document, one or several: "The poll", "new fundraising reports", "accounts"."""
    return any(t.lower_ in DOCUMENTS | {"accounts"} or _singular(t.lower_) in DOCUMENTS for t in doc[np[0]:np[1]])


def _document_subject(doc, cue: int) -> bool:
    """Whether "shows" or "finds" at ``cue`` has a document for its subject further back than the word before
    (_document_before): "The poll also shows", "The 50-state poll finds" (a number before the noun). Then it is a
    verb, where "the mayor shows visitors" is someone showing a thing."""
    if doc[cue].lower_ not in DOCUMENT_VERBS:
        return False
    np = _subject_before(doc, cue)
    return bool(np) and _names_a_document(doc, np)


def _speaker_right_before(doc, cue: int) -> bool:
    """A speaker right before a noun-like verb, with what is said after it: "The Washington Post reports the …",
    "the Nevada water agency claims …", "she claims her …", "Tom Hale estimates the …": a name, "he", "she" or
    "they", or a body opens the clause, so the word is its verb. Not before a verb, a preposition or the end of the
    clause ("The Post reports were wrong", "Hale remarks about the dam drew …"), nor after a possessive. "States"
    and "comments" are left out: after a word that describes them they are nouns far more often ("Coastal states",
    "the Trump comments"; on PolNeAR train 8 wrong marks, none right)."""
    if cue < 1 or cue + 1 >= len(doc) or doc[cue + 1].is_punct or doc[cue].lower_ in {"states", "comments"} \
            or doc[cue + 1].lower_ in BE | AUXILIARIES | MODALS | PREPOSITIONS | BOUNDARY_WORDS | DOCUMENT_VERBS \
            or doc[cue + 1].lower_ in {"about", "over", "against"}:
        return False
    before = doc[cue - 1]
    if before.lower_ in {"he", "she", "they"}:
        return True
    if not (_capitalised(before) or before.lower_ in INSTITUTIONS | BODY_NOUNS):
        return False
    start = cue - 1
    while start > 0 and (_capitalised(doc[start - 1]) or doc[start - 1].is_lower and doc[start - 1].is_alpha
                         and doc[start - 1].lower_ not in BOUNDARY_WORDS | PREPOSITIONS | DEFINITE | INDEFINITE
                         and not doc[start - 1].lower_.endswith(("ed", "ing", "s"))):
        start -= 1  # "The Nevada water agency": back over its names and the words that describe it
    opening = doc[start - 1].lower_ if start > 0 else ""
    return opening in {"", "the"} | BOUNDARY_WORDS or doc[start - 1].is_punct and opening not in {"'s", "’s"}


def _share_before(words: list[str], cue: int) -> bool:
    """A share of people polled right before a participle: "with 50 percent saying", "three in 10 saying"."""
    before = words[max(0, cue - 6):cue]
    return bool(SHARES & set(before)) or any(w == "in" and k + 1 < len(before) and before[k + 1].isdigit()
                                             for k, w in enumerate(before))


def _after_comma(words: list[str], cue: int) -> int | None:
    """Where the comma (or dash) before a participle stands: "…, saying", "… the “river plan,” saying", "Ortiz
    changed her vote on the spot – saying …", or before the participle phrase it is joined to
    (_joined_to_a_participle); None without one."""
    if cue > 0 and words[cue - 1] in {","} | DASHES:
        return cue - 1
    if cue > 1 and words[cue - 1] in {"”", "''", '"'} and words[cue - 2] == ",":
        return cue - 2
    return _joined_to_a_participle(words, cue)


#: What ends a participle phrase before a second participle joined to it by "and".
PHRASE_ENDS = {",", ".", ";", ":", "?", "!", "(", ")"} | DASHES


def _joined_to_a_participle(words: list[str], cue: int) -> int | None:
    """The comma before a participle phrase that "and" joins a second participle to: "Hale continued his attack,
    casting her as weak and questioning her judgment" — the second participle goes on from the first, so it is
    said by whoever the first is about, as in "…, saying" (the comma's index); None otherwise."""
    if cue < 4 or words[cue - 1] != "and":
        return None
    for k in range(cue - 2, max(cue - 16, 0), -1):
        if words[k] in PHRASE_ENDS:
            return None
        if words[k - 1] == "," and words[k].endswith("ing") and words[k].isalpha():
            return k - 1
    return None


#: Verbs that carry on what their subject does: "continued to say", "continues to insist", "is continuing to warn".
CONTINUING = {"continue", "continues", "continued", "continuing"}


def _went_on_to(words: list[str], cue: int) -> int | None:
    """Where "went on to say", "were more likely to say" or "continued to say" begins: its subject is the
    speaker's. Someone who continues to say something says it, as one who went on to say it did."""
    if words[cue - 3:cue] in (["went", "on", "to"], ["goes", "on", "to"], ["go", "on", "to"], ["more", "likely", "to"],
                              ["less", "likely", "to"]):
        return cue - 3 - (words[cue - 4] in BE if cue > 3 else 0)
    if cue > 1 and words[cue - 1] == "to" and words[cue - 2] in CONTINUING:
        return cue - 2 - (words[cue - 3] in BE if cue > 2 else 0)
    return None


#: Verbs of going on air or on stage: "went on CNN to declare", "appeared on “Today” to deny", "took the stage to".
APPEARING = {"went", "goes", "appeared", "appears", "took", "takes", "came", "comes", "returned", "returns"}


def _went_somewhere_to(words: list[str], cue: int) -> int | None:
    """Where the verb of "went on CNN to declare", "appeared on “Today” to deny", "took the stage Tuesday night to
    acknowledge" stands: its subject went there to say something, and said it. One to six words between the verb and
    "to", with no comma or new clause among them ("is going to say", "used to say": nothing between)."""
    if cue < 3 or words[cue - 1] != "to":
        return None
    for verb in range(cue - 3, max(cue - 9, -1), -1):
        if words[verb] in APPEARING:
            between = set(words[verb + 1:cue - 1])
            if between & (BOUNDARY_WORDS | {",", ";", "to", "who"}) or (verb and words[verb - 1] == "it"):
                return None  # "if it takes this long to confirm a judge": a time, no one going anywhere
            return verb
    return None


#: Verbs by which an event moves someone to do something: "led the mayor to declare", "prompted Ortiz to accuse".
CAUSING = {"led", "leads", "leading", "prompted", "prompts", "prompting", "left", "leaving", "forced", "forcing",
           "spurred", "spurring"}


def _led_to(words: list[str], cue: int) -> tuple[int, int] | None:
    """Who an event led to say something: "The flood led the mayor to declare …" (the mayor), "prompted Sen. Ortiz
    to accuse …", "leaving some to question whether …": the words between the verb and "to", up to six with no
    comma or "to" among them (nor the "left" of "left-leaning"). Not after a modal ("could lead the council to warn"): nobody has said it yet."""
    if cue < 3 or words[cue - 1] != "to":
        return None
    for verb in range(cue - 3, max(cue - 9, -1), -1):
        if words[verb] in CAUSING:
            between = words[verb + 1:cue - 1]
            if {",", "to", "and", "who", "that", "-"} & set(between) or (verb and words[verb - 1] in MODALS):
                return None
            return verb + 1, cue - 1
    return None


def _after_a_headline_name(doc, i: int) -> bool:
    """Whether the word at ``i`` of a headline comes right after the name that opens it, with no verb after it:
    "Ortiz Promises Action …", "Tom Hale Tweets A …", "Ana Lind Responds To …". Headlines leave out the words
    that tell a verb from a noun, so a verb of saying that could be a noun ("Promises", "Tweets") or that needs a
    quotation ("Responds") is read as the verb there; not "Water Reports Show …" nor "Ortiz Promises Were …"."""
    following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return 1 <= i <= 4 and all(_name_word(t) and t.lower_ not in HEADLINE_LABELS for t in doc[:i]) \
        and following not in BE | AUXILIARIES | MODALS | DOCUMENT_VERBS | {"", ".", ":"}


#: Verbs that make a statement with a noun of saying after them, and those nouns: "made the case for", "delivered
#: an impassioned defense of", "gave a lengthy answer about", "had harsh words for", "raised concerns about",
#: "sent the board a message". Alone the verbs say nothing ("made a table", "gave a gift").
SAYING_NOUNS = {
    **dict.fromkeys(verb_forms("make") | {"made"}, {"case", "comments", "comment", "statement", "statements", "plea",
                                                    "appeal", "argument", "pitch", "remarks", "promise", "promises",
                                                    "reference", "references", "mention", "observation", "point",
                                                    "claim", "claims", "allegation", "allegations", "accusation",
                                                    "accusations", "assertion"}),
    **dict.fromkeys(verb_forms("deliver", "offer") | {"give", "gives", "gave", "giving"},
                    {"message", "defense", "defence", "answer", "warning", "apology", "praise", "remarks", "assurances",
                     "rebuke", "retort", "assessment", "response"}),  # not "gave a speech in Reno": on PolNeAR train
    # mostly an event, not a statement; round 15: "delivered a snappy retort:", "offered his early assessment of"
    **dict.fromkeys(verb_forms("raise"), {"concerns", "concern", "questions", "doubts"}),
    **dict.fromkeys(verb_forms("share"), {"concerns", "views", "thoughts"}),
    **dict.fromkeys({"has", "have", "had"}, {"words", "praise"}),
    **dict.fromkeys({"send", "sends", "sent", "sending"}, {"message", "messages"}),
    # round 13: "repeated his claim that", "continued her attacks on" (not "repeated the test", "continued his walk")
    **dict.fromkeys(verb_forms("repeat", "reiterate", "continue") - {"continuing", "repeating"},
                    {"claim", "claims", "contention", "position", "promise", "pledge", "call", "calls", "attack",
                     "attacks", "criticism", "remarks", "comments", "charge", "charges", "argument", "message",
                     "warning", "assertion", "allegation", "allegations", "accusation", "accusations", "denial"}),
}
#: What follows a noun of saying that states something ("the case for", "harsh words for", "concerns about"); "made a
#: case out of old wood" builds one.
ABOUT = {"for", "about", "on", "of", "against", "that", ":", ".", ",", "to", "in", "over", "with"}
#: Nouns of saying that state something only before one of these words: "made the case for" ("made a case out of
#: wood" builds one), "made the point that" ("made a point to visit" is a habit), "made the observation that" (not
#: "an interesting observation about", a remark the writer sums up), "made a reference to" ("made references for
#: new staff" writes letters), "made no mention of".
NOUN_NEEDS_NEXT = {"case": {"for", "about", "against", "on", "that", ":"}, "point": {"that"}, "observation": {"that"},
                   "reference": {"to"}, "references": {"to"}, "mention": {"of"}}


def _says_through_a_noun(words: list[str], i: int) -> bool:
    """Whether a verb and a noun of saying a few words after it make a statement: "Ortiz made the case for a levee",
    "Lind made a reference to the flood", "Hale made the observation that …", "Hale delivered an impassioned defense
    of the dam", "Lind had harsh words for the council", "Union leaders sent the board an unmistakable message". Only
    describing words stand between; "had words and left" and "made a case out of wood" say nothing."""
    nouns = SAYING_NOUNS.get(words[i])
    if not nouns:
        return False
    for k in range(i + 1, min(i + 6, len(words))):
        if words[k] in nouns:
            after = words[k + 1] if k + 1 < len(words) else "."
            if words[k] in NOUN_NEEDS_NEXT:
                return after in NOUN_NEEDS_NEXT[words[k]]
            return after in (NOUN_NEEDS_NEXT["case"] if words[i] in {"has", "have", "had"} else ABOUT)
        if not words[k].isalpha() or words[k] in BOUNDARY_WORDS:
            return False
    return False


#: "As Ortiz put it, …": the verb that cites someone's way of saying a thing.
PUT = {"put", "puts"}
#: What follows "as X put it" when it cites words ("put it bluntly", "put it in a memo", "put it this way"), not a
#: thing put somewhere ("put it on the table", "put it down").
PUT_IT_HOW = {",", ":", ".", ";", "—", "–", "in", "this", "best", "more", "even", "so", "then", "recently", "once",
              "to", "at", "during"}


def _as_someone_put_it(words: list[str], i: int) -> bool:
    """Whether "put it" cites how someone said a thing: "As Ortiz put it, …", "as the mayor puts it: “…”", "as
    Hale, an engineer, put it in his memo". The clause opens with "as" (after a comma or at the start), and what
    follows "it" is a pause, an adverb or where it was said; "As soon as he put it on the table" and "He put it
    down" put a thing somewhere."""
    if i + 2 >= len(words) or words[i + 1] != "it":
        return False
    how = words[i + 2]
    if how not in PUT_IT_HOW and not how.endswith("ly"):
        return False
    start = next((k for k in range(i - 1, max(-1, i - 30), -1) if words[k] == "as"), None)
    if start is None or words[start + 1] in {"soon", "long", "far", "well", "much", "if"}:
        return False  # "As soon as he put it on the table"
    return start == 0 or words[start - 1] in {",", "or", "and", "but", "because", "(", "—", "–"}


#: Verbs of a verbal attack ("attacked Hale for his votes", "assailed the mayor over the budget"): a cue only with
#: what the target is blamed for after them, since "Gunmen attacked the convoy" and "the storm knocked out power"
#: are deeds. Not their -ing forms ("spent the campaign attacking" reads its speaker far from the verb) nor
#: "attacks", mostly a noun ("his attacks on Clinton for …").
ATTACKING = {form for form in _forms("attack", "assail", "knock", "fault") if not form.endswith("ing")} - {"attacks"} \
    | {"ripped", "rips"}
#: "went after Hale over …": an attack in two words (the second word after the verb) ...
ATTACKING_PHRASES = {"went": "after", "goes": "after"}
#: ... and "took aim at a rule", "took issue with", "took some shots at": "take" with one of these (and the word
#: after it) within three words.
TAKING = {"took", "takes", "take"}
TAKEN_AT = {"aim": "at", "issue": "with", "shots": "at", "swipes": "at", "swipe": "at", "jabs": "at", "potshots": "at",
            "exception": "to"}
#: Words that blame the target of an attack: "for his votes", "over the budget", "as a liar".
BLAMING = {"for", "over", "as"}
#: Words after "for" or "over" that tell how long or how often, not why: "attacked the base for hours", "for the
#: second time", "over the weekend".
TIMES = {"hours", "days", "weeks", "months", "years", "minutes", "decades", "nights", "time", "weekend", "night",
         "first", "second", "third", "last", "past", "next", "several", "two", "three"}
#: Verbs that characterise their object, a cue only with the word that says what it is after the object:
#: "portrayed the plan as a waste", "referred to the protesters as “my friends”", "identified the driver as Tom
#: Lind", "lists the population as 21,090", "compared the plan to a house of cards" (not "portrayed a town",
#: "referred questions to the council", "compared to last year").
CHARACTERISING = {**{form: "as" for form in _forms("portray", "depict", "brand", "label", "refer", "identify", "list")
                     if not form.endswith("ing")}, "labelled": "as", "referred": "as", "compared": "to", "compares": "to"}


def _verbal_attack(words: list[str], i: int) -> bool:
    """Whether a verb attacks someone in words: "Ortiz attacked Hale for his votes", "assailed the mayor over the
    budget", "takes aim at a rule", "took issue with", "took some shots at", "went after Hale over his record"."""
    if words[i] in TAKING:
        return any(words[k] in TAKEN_AT and words[k + 1:k + 2] == [TAKEN_AT[words[k]]]
                   for k in range(i + 1, min(i + 4, len(words))))
    if words[i] in ATTACKING_PHRASES and i + 1 < len(words) and words[i + 1] == ATTACKING_PHRASES[words[i]]:
        return _blames(words, i + 2)
    return words[i] in ATTACKING and _blames(words, i + 1)


def _blames(words: list[str], start: int) -> bool:
    """Whether what someone is blamed for follows within a few words, in the same clause: "Hale for his votes",
    "the mayor over the budget" (not "the base for hours", "the convoy over the weekend")."""
    for k in range(start, min(start + 8, len(words) - 1)):
        if words[k] in {",", ".", ";", ":", "and", "but", "with", "by", "to"} or k == start and words[k] in BLAMING:
            return False
        if words[k] in BLAMING:
            pointing = words[k + 1] in {"the", "a", "an", "this", "that"} and k + 2 < len(words)
            when = words[k + 2] if pointing else words[k + 1]
            return when not in TIMES and not when[:1].isdigit()
    return False


def _characterises(words: list[str], i: int) -> bool:
    """Whether a verb says what its object is or is like: "portrayed the plan as a waste", "referred to Obama as
    …", "compared Hale to a child" (not "Kyle, referred to as the best": a passive with no one doing the
    referring)."""
    refers = words[i].startswith("refer")
    if words[i] not in CHARACTERISING or (refers and words[i + 1:i + 2] != ["to"]) or words[i + 1:i + 2] == ["by"]:
        return False  # "the counties identified by Politico as …": a passive
    end = next((k for k in range(i + 1, min(i + 10, len(words))) if words[k] in {",", ".", ";", ":", "and", "but"}),
               min(i + 10, len(words)))
    return CHARACTERISING[words[i]] in words[i + 2 + refers:end]


def _passive(words: list[str], i: int) -> bool:
    """Whether a verb is passive: "was attacked", "is not labelled" (the one it happened to is not the speaker)."""
    return i > 0 and (words[i - 1] in BE or (i > 1 and words[i - 2] in BE and words[i - 1] in AUXILIARIES))


def _made_it_clear(words: list[str], i: int) -> bool:
    """Whether "made it clear" follows: "Ortiz made it clear that she would not run" states her view as plainly as
    "made clear" does; "made it clear of snow" clears a road."""
    return words[i] in {"made", "makes", "make"} and words[i + 1:i + 3] == ["it", "clear"] \
        and (i + 3 == len(words) or words[i + 3] != "of")


def _right_after_a_question(doc, i: int) -> bool:
    """Whether "asked" follows the quotation it reports with only its speaker between: `“Can you explain?” Hale
    asked the mayor`, `“Does that fly?” Tom Lind asked on Twitter` (the listener or place after it)."""
    k = i - 1
    while k > 0 and (not doc[k].is_punct or _inner_hyphen(doc, k)):  # "the 43-year-old asked"
        k -= 1
    return k < i - 1 and doc[k].text in {"”", "''", '"'} and doc[k - 1].text in {"?", ",", "!"}


#: Words after "asked" that tell what was asked or wanted, so the sentence holds no question cut off before it.
ASKED_FOR = {"to", "for", "that", "of", "question", "questions"}


def _asked_after_a_cut_question(doc, i: int) -> bool:
    """Whether "asked" opens the rest of a sentence the sentence splitter cut after a quoted question: `“Is it
    safe?” Ortiz asked the mayor.` reaches the rules as "Ortiz asked the mayor.": its speaker first (no verb or
    punctuation before "asked"), and after it, up to the end or a participle after a comma (", shaking his head"),
    only the listener, a place or a time, no verb and no word that tells what was asked ("asked the council for
    money", "asked them to wait")."""
    tags = sentence_tags(doc)
    if i == 0 or i > 8 or any(tags[k].startswith(("VB", "MD")) or doc[k].text in QUOTES | {",", "''", "``"}
                              for k in range(i)):
        return False
    end = next((k for k in range(i + 1, len(doc)) if doc[k].text in {".", "?", "!"} or (
        doc[k].text == "," and k + 1 < len(doc) and tags[k + 1] == "VBG")), len(doc))  # ", shaking his head"
    rest = range(i + 1, end)
    return bool(rest) and not any(tags[k].startswith(("VB", "MD")) or doc[k].lower_ in ASKED_FOR | QUESTION_WORDS
                                  or doc[k].text in QUOTES for k in rest)


#: Words that may open a sentence before its -ing form of saying: "Since announcing …,", "In declaring …,".
OPENING_PREPOSITIONS = {"since", "after", "before", "while", "upon", "in", "by", "when"}


def _opening_phrase_end(doc, i: int) -> int | None:
    """Where the subject stands after a phrase that opens the sentence with a verb of saying ("Noting that …,
    Ortiz put …", "Since announcing …, Mr. Hale has …", "Having announced …, Judge Hale …"): the word after the
    phrase's comma (and a quotation's closing mark); None when no such phrase opens the sentence at ``i``, or
    when it reports nothing: no "that" and no quotation in it."""
    start = _dateline_end(doc)
    words = [t.lower_ for t in doc[start:i + 1]]
    opens = (len(words) == 1 and _saying_participle(words[0])) or (len(words) == 2 and (
        (words[0] in OPENING_PREPOSITIONS and _saying_participle(words[1]))
        or (words[0] == "having" and words[1] in PAST_TENSE)))
    if not opens:
        return None
    comma = next((k for k in range(i + 1, len(doc)) if doc[k].text in {",", ".", ";", ":", "?", "!"}), None)
    if comma is None or doc[comma].text != ",":
        return None
    if not any(t.lower_ == "that" or t.text in QUOTES | {"''", "``"} for t in doc[i + 1:comma + 1]):
        return None  # "Declaring a winner early, the newspaper printed …": an act, with nothing reported
    after = comma + 1
    if after < len(doc) and doc[after].text in QUOTES | {"''"}:
        after += 1  # 'In declaring the plan "not fair," the mayor …'
    return after if after < len(doc) else None


def _by_a_speaker(doc, i: int) -> bool:
    """Whether a passive verb of saying names its speaker after "by": "was first reported by Politico", "was
    criticized by several council members" (not "was reported by noon": no one)."""
    if doc[i].lower_ not in SPEECH or i + 2 >= len(doc) or doc[i + 1].lower_ != "by":
        return False  # "is supported by the Partnership": a view verb's passive is a deed (a sponsor), not words
    np = _span_after(doc, i + 2)
    return np is not None and _speaker_like(doc, np)


def _declines_to_speak(words: list[str], i: int) -> bool:
    """Whether "declined" or "refused" at ``i`` turns down speaking, which answers a question as "no comment" does:
    "declined to comment" (a verb of DECLINE_TO after "to"), "declined comment", "declined an interview request",
    "declined requests for an interview", "declined to be interviewed". Not "declined to run", "declined a request
    for money", "refused to be moved": an act."""
    following = words[i + 1:i + 5]
    if following[:1] == ["to"]:
        return bool(set(following[1:2]) & DECLINE_TO) or following[1:3] == ["be", "interviewed"]
    return bool(following) and following[0] not in {",", "."} and bool(DECLINED_WORDS & set(following))


PLEDGE = _forms("pledge")


def _pledges_to_do(doc, i: int) -> bool:
    """Whether a form of "pledge" at ``i`` pledges in words to do something ("pledged to raise the levee",
    "is pledging to “fight …”"), which is said as "vowed to" and "promised to" are. "Pledged their support to
    Ortiz" and "pledged $40,000 to the fund" are a delegate's or donor's act."""
    if doc[i].lower_ not in PLEDGE or i + 2 >= len(doc) or doc[i + 1].lower_ != "to":
        return False
    subject = i - 1
    while subject > 0 and doc[subject].lower_ in AUXILIARIES:
        subject -= 1
    if doc[subject].lower_ in {"who", "which", "that"}:
        return False  # "a bully who has pledged to …": whose pledge a relative clause reports is read elsewhere
    return doc[i + 2].text in OPENING_QUOTES or (doc[i + 2].is_lower and sentence_tags(doc)[i + 2] == "VB")


#: Tags of the words that may stand between an owner and the noun it owns: "Hale's recent evidence-free assertion",
#: "Lind's continued insistence", "Comey's most surprising suggestion".
DESCRIBING_TAGS = {"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "VBN", "HYPH"}
#: How many such words may stand there.
MOST_DESCRIBING = 4


def owner_before(doc, noun: int) -> int | None:
    """Where the owner of a noun of view stands: "his", "her", "their", "its", or the "'s" of a name ("Ortiz's
    claim"), right before the noun or before a few words that describe it ("Hale's recent evidence-free assertion",
    "Lind's continued insistence": round 15). None when the noun has no owner ("a claim")."""
    tags = sentence_tags(doc)
    k = noun - 1
    while k >= 0 and noun - k <= MOST_DESCRIBING and doc[k].lower_ not in OWNERS and (
            tags[k] in DESCRIBING_TAGS or tags[k + 1] == "HYPH"):  # "evidence-free"
        k -= 1
    if k < 0 or any(_written_as_a_name(doc[j]) for j in range(k + 1, noun)):
        return None  # "Trump's Islamic State claim": a name between is no description
    return k if doc[k].lower_ in OWNERS | {"'s", "’s"} else None


#: How many words a name may take between "in" and its "'s": "in Dr. Ann Hale's view".
LONGEST_OWNER = 6


def in_someones_view(doc, noun: int) -> bool:
    """Whether a noun of view stands after a named owner (or "their") and "in": "in Ortiz's view, …", "in their
    opinion, …" (round 19). The sentence then gives the owner's view as plainly as "Ortiz thinks" would; "Hale's view
    of the river" and "a view of the lake" give none. Not "in his view": on real news "his" and "her" mostly point
    to a speaker the sentence already cites ("He says the case, in his view, was closed"), one source once."""
    if doc[noun].lower_ not in IN_VIEW_NOUNS:
        return False
    owner = owner_before(doc, noun)
    if owner is None or owner < noun - 1 or owner == 0 or doc[owner].lower_ in OWNERS - {"their"}:
        return False
    k = owner - 1
    if doc[owner].lower_ != "their":
        while k > 0 and owner - k <= LONGEST_OWNER and (_capitalised(doc[k]) or doc[k].text in {".", "'s", "’s"}
                                                         or doc[k].lower_ == "and"):
            k -= 1  # "in Mr. Allen's and Ms. Lind's view": the names
    return k < owner and doc[k].lower_ == "in"


#: What joins a subject to the words it stands for: "Her answer was that …", "His message has long been that …".
BEING = {"was", "is", "has been", "had been", "remains", "remained"}
#: Tags of words that may stand between the noun and "was": a time or adverb ("on Sunday", "long"), no description.
BEFORE_BEING_TAGS = {"RB", "IN", "NNP", "NN", "CD", "DT"}


def answer_with_its_words(doc, noun: int) -> bool:
    """Whether a noun of answer or argument owned by someone opens its clause and its words follow "was that" or
    "was:": "Rubio's response was that it's unfair", "Sanders's argument on Sunday was that …". The owner's phrase
    must open the clause (no verb or preposition before it: not "What makes Hale's answer odd is that", "The
    trouble with her message was that"), since only then is the answer the subject that "was" names the words of."""
    if doc[noun].lower_ not in ANSWER_NOUNS:
        return False
    owner = owner_before(doc, noun)
    if owner is None:
        return False
    tags = sentence_tags(doc)
    start = owner
    while start > 0 and not doc[start - 1].is_punct:
        start -= 1
    if any(tags[k].startswith(("VB", "MD", "TO")) or tags[k] == "IN" for k in range(start, owner)):
        return False
    words = [t.lower_ for t in doc]
    for k in range(noun + 1, min(noun + 5, len(doc))):
        for being in BEING:
            after = k + len(being.split())
            if " ".join(words[k:after]) == being and after < len(doc) and words[after] in {"that", ":"}:
                return True
        if tags[k] not in BEFORE_BEING_TAGS:
            return False
    return False


def _points_to(words: list[str], i: int) -> bool:
    """Whether a cue is "point(s/ed/ing) to": a person who points to a fact cites it as evidence ("The mayor
    pointed to the example of Reno"); a thing only shows the way, so its subject must be able to speak."""
    return words[i].startswith("point") and i + 1 < len(words) and words[i + 1] == "to"


def _after_do(words: list[str], i: int) -> bool:
    """Whether a verb of saying stands bare after "did", "does" or "do" (and "not"): "did not mention", "didn't
    concede", "does deny". Elsewhere a bare verb mostly follows "can", "must" or "to" and says nothing yet. Not "did
    not respond" or "did not reply": on PolNeAR train a request left unanswered is mostly nobody's statement."""
    word, negations = words[i], {"not", "n't", "n’t", "never"}
    bare = word not in negations and not word.endswith(("s", "ed", "ing")) and bool({word + "s", word + "es"} & SPEECH)
    before = words[i - 2] if i > 1 and words[i - 1] in negations else words[i - 1] if i else ""
    return bare and before in DO_SUPPORT and word + "s" not in AFTER_A_QUOTATION


def _saying_participle(word: str) -> bool:
    """Whether a word is the -ing form of a verb of saying: "saying", "describing", "confirming"."""
    return word.endswith("ing") and (word in SPEECH or bool({word[:-3] + "s", word[:-3] + "es"} & SPEECH))


#: Words that stand for a document before its verb: "a new poll that shows", "her tax records, which showed".
DOCUMENT_RELATIVES = {"that", "which"}
#: Words that open a phrase of a document and its finding beside the sentence's clause: "with polls showing …",
#: "despite polls showing …". After a verb ("Hale cited polls showing …", "Ortiz doubts the polls showing …") the
#: document is what someone else speaks of (on PolNeAR train 8 wrong marks of that kind, none right).
DOCUMENT_PHRASE_OPENERS = {"with", "despite", "amid", "including"}


def finding_document(doc, cue: int) -> tuple[int, int] | None:
    """The document whose finding "shows" or "found" gives when the verb has no subject of its own before it:
    "with polls showing her behind", "a new poll that shows", "her tax records, which showed" (the poll or the
    records with the words that describe them; a relative pronoun between stands for them). None when no document
    stands right before ("voters showing up", "the man who found the car", "the ad that showed") or when "showing"
    follows a document that is the object of another verb (DOCUMENT_PHRASE_OPENERS)."""
    word = doc[cue].lower_
    end = cue
    if word in DOCUMENT_VERBS and end > 1 and doc[end - 1].lower_ in DOCUMENT_RELATIVES:
        end -= 1 + (doc[end - 2].text == ",")
    elif word != "showing":
        return None
    if end < 1 or not _names_a_document(doc, (end - 1, end)):
        return None
    start, tags = end - 1, sentence_tags(doc)
    while start > 0 and end - start < 5 and doc[start - 1].lower_ not in PREPOSITIONS | {"including"} and (
            doc[start - 1].lower_ in DESCRIBING | OWNERS or tags[start - 1] in STATEMENT_DESCRIBING_TAGS):
        start -= 1  # "recent polls", "her medical records", "a 2014 study"; not "including" or "despite"
    if word == "showing" and start > 0 and doc[start - 1].lower_ not in DOCUMENT_PHRASE_OPENERS:
        return None
    return start, end


def _issuer(doc, cue: int) -> tuple[int, int] | None:
    """Who put out the statement a cue says through: "The club issued a statement saying …": The club."""
    j, tags = cue - 2, sentence_tags(doc)
    while j > 0 and (doc[j].lower_ in DESCRIBING | {"following"}  # "issued the following statement:"
                     or (cue - j <= 4 and not doc[j].text[:1].isupper() and tags[j] in STATEMENT_DESCRIBING_TAGS
                         and doc[j].lower_ not in ISSUING)):
        j -= 1  # "sent a fundraising email", "a two-page memo"
    if j > 0 and doc[j].lower_ == "out":
        j -= 1  # "put out a statement"
    return _subject_before(doc, j) if j >= 0 and doc[j].lower_ in ISSUING else None


#: Nouns of a statement that someone puts out (not a report or poll: those speak for themselves, see DOCUMENTS).
PUT_OUT = SAID_IN - POLLS - {"report", "interview", "speech", "address", "briefing", "filing", "book", "ad", "video"}


#: Tags of the words that may describe a statement between its article and its noun: "a fundraising email", "a
#: two-page memo", "a brief written statement".
STATEMENT_DESCRIBING_TAGS = {"JJ", "NN", "VBG", "VBN", "HYPH", "CD"}


def _past_its_reader(doc, k: int) -> int:
    """Where the words after a statement's noun go on past the one it was sent to ("a memo to the Reno Star",
    "a letter to residents"): "to" and a name or a plural noun, with its article; ``k`` when no reader follows."""
    if k >= len(doc) or doc[k].lower_ != "to":
        return k
    j = k + 1
    tags = sentence_tags(doc)
    while j < len(doc) and j < k + 6 and (doc[j].lower_ in DEFINITE | INDEFINITE or tags[j] in {"NNP", "NNPS", "NNS"}):
        j += 1
    return j if j > k + 1 and tags[j - 1] in {"NNP", "NNPS", "NNS"} else k


def _statement_put_out(doc, noun: int) -> bool:
    """Whether ``noun`` is a statement someone put out that brings what it says: "released a statement Wednesday
    saying …", "sent a letter this week urging …", "issued the following statement: “…”", "issued a statement,
    “…”". Its issuer speaks (_issuer), past a phrase of time after the noun, through any -ing form (the statement
    "condemning", "urging", "expressing" something), a colon or a quotation; "a statement of accounts showing" and
    "a letter carrier" bring nothing said."""
    if doc[noun].lower_ not in PUT_OUT or _issuer(doc, noun + 1) is None:
        return False
    k = _past_its_reader(doc, noun + 1)  # "sent a memo to the Reno Star …"
    start = k
    while k < len(doc) and k < start + 3 and doc[k].lower_ in TIME_NOUNS | TIME_QUALIFIERS:
        k += 1  # "released a statement Thursday night condemning", "sent a memo … in April explaining"
    if k < len(doc) and doc[k].text == "," and k + 1 < len(doc):
        k += 1  # `issued a statement, “…”`
        return doc[k].text in OPENING_QUOTES
    return k < len(doc) and (doc[k].text in OPENING_QUOTES | {":"}
                             or (doc[k].lower_.endswith("ing") and doc[k].is_lower and doc[k].is_alpha))


def _hyphen_before(doc, i: int) -> bool:
    """Whether a hyphen joins the word at ``i`` to the one before ("well-said", "so-called"), not a dash standing
    apart ("Mr. Hale - in a line aimed at Ortiz - declared")."""
    return doc[i - 1].text == "-" and not _dash(doc, i - 1)

"""Whose view is this? Verbs and phrases that give what a source thinks, wants or backs, not only what it said.

Careful readers (PolNeAR's annotators, for one) count "Ortiz thinks", "most teachers oppose", "the IMF
forecast", "her view that" and "in a statement, the club" as sources just as "Ortiz said": somebody's view is
being reported, and a student should ask whose. medialit.analyzer.attribution marks them with the rule "view"
so that the mark still explains itself. A view needs a speaker-like source (a name, a pronoun, a person, group or
body): "the river wants a wider bed" is nobody's view, and "I", "we" and "you" are never sources.
"""

from __future__ import annotations


#: Verbs whose last consonant doubles before -ed and -ing, after a short vowel: "quipped".
_DOUBLED = {"quip": "quipp"}


def verb_forms(*verbs: str) -> set[str]:
    """Regular verbs in every form, the bare one included ("voters want", "would support"): "asks", "asked",
    "asking"; "replies", "replied"."""
    forms = set()
    for verb in verbs:
        if verb.endswith("y") and verb[-2] not in "aeiou":
            forms |= {verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
        elif verb.endswith("e"):
            forms |= {verb, verb + "s", verb + "d", verb[:-1] + "ing"}
        else:
            stem = _DOUBLED.get(verb, verb)
            forms |= {verb, verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s"), stem + "ed", stem + "ing"}
    return forms


#: What a source thinks, wants, backs or opposes.
VIEW_VERBS = verb_forms(
    "believe", "want", "hope", "expect", "fear", "agree", "disagree", "support", "endorse", "oppose", "blame",
    "favor", "favour", "propose", "cite", "recommend", "doubt", "worry", "suspect", "assume", "applaud",
    "dispute", "echo", "invoke", "indicate", "reveal", "hint", "signal", "embrace", "champion", "intend", "pledge",
    "question", "criticize", "criticise", "forecast", "wonder", "acknowledge", "recognize", "recognise",
) - {"favored", "favoured", "worried", "signaled", "hinted", "questioned"} | {
    "think", "thinks", "thinking", "prefer", "prefers", "preferred", "seek", "seeks", "sought", "seeking", "backs",
    "backing", "believed", "forecasts", "favored", "favoured", "worried", "hinted", "signaled", "signalled",
    "questioned", "see", "sees", "saw", "view", "views", "viewed", "know", "knows", "knew", "thought", "feel",
    "feels", "felt", "consider", "considers", "considered", "challenged", "learned", "realized", "realised", "understood", "noticed", "remembered",
    "remembers", "decided",
}
#: Not here, because in news they mostly say nothing about a view: "attacked" (often a physical attack), "backed"
#: ("backed off").
#: Views only with one of these words right after them: "sees the vote as", "focused on", "talked about".
VIEW_NEEDS_NEXT = {
    **dict.fromkeys(("talk", "talks", "talked", "talking"), {"about"}),
    **dict.fromkeys(("spoke", "speaks", "speak", "spoken"), {"about", "of"}),  # "seldom speaks of his brother"
    **dict.fromkeys(("push", "pushed", "pushes", "pushing"), {"for"}),
    **dict.fromkeys(("made", "makes", "make"), {"clear"}),
    **dict.fromkeys(("confident", "optimistic", "pessimistic", "convinced", "skeptical", "sceptical", "adamant",
                     "hopeful"), {"that"}),  # BELIEFS
    "critical": {"of"},  # "Ortiz was critical of the dam": her judgement (not "critical to the case")
}
#: Words that say how sure someone is, a view with "that" after them ("his supporters are optimistic that …",
#: "remain confident that …"); not "sure" or "certain": "make sure that", "it is certain that" hold no one's view.
BELIEFS = {word for word, after in VIEW_NEEDS_NEXT.items() if after == {"that"}}
#: Verbs that join a subject to a word of BELIEFS as "is" does: "remain confident", "seem convinced".
LINKING = {"remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "grew",
           "grow", "grows", "became", "become", "becomes"}
#: Wishes and plans are a view only with "that" after them ("Ortiz hopes that the bridge …"): "the union wants
#: wages raised", "hopes to build" and "agreed to late concessions" state a party's plan or act, which careful
#: readers (tests/fixtures/analyzer/README.md, rule 8) leave unattributed.
DESIRES = verb_forms("want", "hope", "seek", "intend", "prefer", "agree", "pledge", "propose") | {"sought", "preferred"}
#: Nouns for what someone thinks or claims, read with their owner and "that": "Ortiz's claim that", "her view
#: that" (not "his support for Israel" or "his plan for a test": the owner's act or plan, as careful readers mark).
VIEW_NOUNS = {"view", "claim", "allegation", "belief", "argument", "assertion", "contention", "insistence",
              "opinion", "assessment", "suggestion", "accusation", "charge", "warning", "promise", "pledge",
              "prediction", "denial", "vow", "threat", "explanation", "conclusion", "fear", "hope", "worry"}
#: Nouns for what someone answered or argued, whose words follow "was that" or "was:" with the owner as the
#: sentence's subject: "Rubio's response was that …", "Her message long has been that …", "Clinton's answer was:
#: “…”" (round 15).
ANSWER_NOUNS = {"answer", "response", "reply", "message", "point", "argument", "suggestion", "claim", "contention",
                "explanation", "assessment", "conclusion", "view", "position", "warning", "complaint", "statement"}
#: What a source says its words in: "in a statement, the club …", "in an interview, Ortiz …", "in a new poll, …".
SAID_IN = {"statement", "interview", "tweet", "letter", "speech", "post", "op-ed", "email", "memo", "filing",
           "report", "poll", "polls", "survey", "surveys", "remarks", "testimony", "essay", "column", "book",
           "video", "ad", "release", "briefing", "address", "editorial"}
#: Documents that speak in a view or "in …" phrase: "in the polls", "a new survey finds".
POLLS = {"poll", "polls", "survey", "surveys"}
#: Possessive words that own a view noun ("his claim", "their view"); "my", "our", "your" are the quoted speaker's.
OWNERS = {"his", "her", "their", "its"}

EXPLANATION = ("This says what someone thinks, wants or backs (a view), not only what they said: "
               "ask whose view it is and why they hold it.")

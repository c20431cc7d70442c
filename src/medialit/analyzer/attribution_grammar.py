"""Where the speaker stands in a parsed sentence: the tree-reading half of the attribution rules.

The word-position rules of medialit.analyzer.attribution look beside a verb of saying for its source, and miss a
speaker who stands far from the verb: "Obama blasted Trump for … and said" (the speaker of "said" is the subject
of "blasted"), "Conway appeared on TV, saying" (of "appeared"), "the senator, who said" (the noun "who" stands
for). A dependency parse (medialit.analyzer.syntax) says so directly. This module only reads the tree (which
word is whose subject, which words make up a noun phrase); which words are verbs of saying and which subjects can
speak stays with the word lists in attribution.py, so each mark still says why in plain words.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from .syntax import Word

#: Parts of a subject's subtree that are not its name: "the senator, who …", "Ortiz, a lawyer from …", "…, (R-Fla.)".
NOT_THE_NAME = {"acl:relcl", "acl", "appos", "parataxis", "punct", "dep", "advcl", "ccomp"}


def children(grammar: Sequence[Word], head: int) -> list[int]:
    """The words that hang on one word, in order."""
    return [i for i, word in enumerate(grammar) if word.head == head]


def child(grammar: Sequence[Word], head: int, *labels: str) -> int | None:
    """The first word hanging on ``head`` by one of ``labels``."""
    return next((i for i in children(grammar, head) if grammar[i].label in labels), None)


def speaker_of(grammar: Sequence[Word], verb: int, through_clauses: bool = True) -> int | None:
    """The word that speaks through a verb: its subject; else, for a verb that shares another's subject, that
    verb's subject: "and said" (conj), and with ``through_clauses`` "…, saying" (advcl, an -ing form) and "refused
    to say" (xcomp); for "who said" (acl:relcl), the noun "who" stands for. None when the tree gives no speaker:
    a passive ("was asked", "when asked"), an order ("Say it")."""
    seen = set()
    while 0 <= verb < len(grammar) and verb not in seen:
        seen.add(verb)
        subject = child(grammar, verb, "nsubj")
        if subject is not None:
            if grammar[subject].tag in {"WP", "WDT"} and grammar[verb].label == "acl:relcl":
                return grammar[verb].head  # "the senator, who said": the senator
            return subject
        word = grammar[verb]
        if word.label == "acl:relcl":
            return word.head
        if through_clauses and _participle_clause_on_a_noun(grammar, verb):
            verb = _verb_above(grammar, word.head)  # "lost the crowd after questioning …": the mayor questions
            continue
        shares = word.label == "conj" or (through_clauses and (
            (word.label == "advcl" and word.tag == "VBG") or (word.label == "xcomp" and word.tag in {"VB", "VBG"})))
        if not shares or child(grammar, verb, "nsubj:pass", "aux:pass", "expl") is not None:
            return None
        verb = word.head
    return None


def _participle_clause_on_a_noun(grammar: Sequence[Word], verb: int) -> bool:
    """Whether the parse hangs an -ing clause opened by a word such as "after", "by" or "while" on a noun ("lost
    the crowd after questioning …", "rallied supporters by warning …"): a noun's own clause has no such opening
    word ("the man standing there"), so the clause tells what the subject of the verb before it did."""
    return grammar[verb].label == "acl" and grammar[verb].tag == "VBG" and child(grammar, verb, "mark") is not None


def _verb_above(grammar: Sequence[Word], word: int) -> int:
    """The nearest verb that ``word`` hangs on, directly or not; -1 when none does."""
    while 0 <= word < len(grammar) and not grammar[word].tag.startswith("VB"):
        word = grammar[word].head
    return word


#: Words that open a reported clause: "argued that …", "doubt whether …", "asked if …".
CLAUSE_OPENERS = {"that", "whether", "if"}
#: Penn Treebank tags of punctuation and quotation marks.
PUNCTUATION = {",", ":", ".", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"}


def reported_clause(grammar: Sequence[Word], words: Sequence[str], verb: int, quoted: set[int]) -> int | None:
    """The clause a verb reports, when it is surely one: a clausal complement (ccomp) that is a quotation with a
    subject of its own ("“We will win,” Ortiz predicted"), or that opens with "that", "whether" or "if" right
    after the verb ("Critics argued that …"; only adverbs between). None otherwise: the parser also hangs a
    relative clause ("got the news that …", "faced criticism that …") or a second sentence ("Clinton won 19 and
    Sanders won 15") on a verb as ccomp, and a quoted phrase ("a ‘geeky kid’") is no one's statement."""
    for clause in children(grammar, verb):
        if grammar[clause].label != "ccomp":
            continue
        parts = children(grammar, clause)
        if clause in quoted:
            if any(grammar[k].label in {"nsubj", "nsubj:pass", "expl"} and k in quoted for k in parts) \
                    and _beside_the_quotation(grammar, verb, clause):
                return clause
        elif any(grammar[k].label == "mark" and words[k] in CLAUSE_OPENERS for k in parts) \
                and all(grammar[k].tag.startswith("RB") for k in range(verb + 1, min(_subtree(grammar, clause)))):
            return clause
    return None


def clause_right_after(grammar: Sequence[Word], verb: int) -> bool:
    """Whether a clause with a subject of its own follows the verb at once, with no "that": "hopes the vote will
    …", "insisted the strikes had hit …". For any verb the parser too often hangs a second sentence on the first
    this way ("Clinton won 19 and Sanders won 15"): only verbs the word lists know may take it."""
    return any(grammar[c].label == "ccomp" and min(_subtree(grammar, c)) == verb + 1 and any(
        grammar[k].label in {"nsubj", "nsubj:pass"} for k in children(grammar, c)) for c in children(grammar, verb))


def _beside_the_quotation(grammar: Sequence[Word], verb: int, clause: int) -> bool:
    """Whether a quotation stands right beside the verb that reports it: `“…,” the mayor said`, `the mayor said:
    “…”`, with only punctuation, the verb's subject or adverbs between (not `… he studied under “…”`)."""
    words = _subtree(grammar, clause)
    if min(words) > verb:
        between = range(verb + 1, min(words))
        return bool(between) and all(grammar[k].tag in PUNCTUATION for k in between)
    subject = child(grammar, verb, "nsubj")
    speaker = _subtree(grammar, subject) if subject is not None else set()
    return all(grammar[k].tag in PUNCTUATION or k in speaker or grammar[k].tag.startswith("RB")
               for k in range(max(words) + 1, verb))


def _subtree(grammar: Sequence[Word], head: int, leaving_out: Set[str] = frozenset()) -> set[int]:
    """``head`` and the words hanging (directly or not) on it, but not by a relation in ``leaving_out`` (nor what
    hangs on those)."""
    inside, todo = {head}, [head]
    while todo:
        for k in children(grammar, todo.pop()):
            if grammar[k].label not in leaving_out and k not in inside:
                inside.add(k)
                todo.append(k)
    return inside


def reporting_verbs(grammar: Sequence[Word], word: int) -> set[int]:
    """The verbs whose reported words hold ``word``: in "Ortiz said the mayor, who told …", "told" hangs (through
    a clausal complement, ccomp) on "said", so "said" reports it."""
    found, seen, inside = set(), set(), False
    while 0 <= word < len(grammar) and word not in seen:
        seen.add(word)
        inside = inside or grammar[word].label == "ccomp"
        word = grammar[word].head
        if inside and word >= 0:
            found.add(word)
    return found


def noun_phrase(grammar: Sequence[Word], head: int) -> tuple[int, int]:
    """The words of a noun phrase (start, end): the head with what describes it ("Sen. Marco Rubio", "a spokesman
    for the council"), without a relative clause, an apposition or a clause hanging on it."""
    inside = _subtree(grammar, head, NOT_THE_NAME)  # "Obama and Clinton" (conj) are both
    start, end = head, head + 1
    while start - 1 in inside:
        start -= 1
    while end in inside:
        end += 1
    return start, end

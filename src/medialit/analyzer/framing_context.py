"""Whether an adjective that can judge does judge where it stands, read from the words around it.

An opinion adjective ("brutal", "brilliant") judges when it tells the reader what to think of a person, a
group, an act or a plan: before a word for one ("a brutal attack") or after a linking verb ("the attack was
brutal", "called it brutal."); before a thing or a condition it often only describes ("a grim winter"). The
same word is no judgement used as a noun ("the good and the bad") or as a capitalised word inside a name or a
title ("Great Lakes", the "Terrible Towel" show). The analyzer has no part-of-speech tagger in the browser, so these are
small rules on the neighbouring words, each one explainable to a student.
"""

from __future__ import annotations

#: Verbs that link a subject to what is said of it: "the plan was outrageous", "it seems absurd".
LINKING = frozenset("""is are was were be been being am 's ’s seem seems seemed look looks looked become became
becomes remain remains remained sound sounds sounded appear appears appeared feel feels felt get gets got""".split())
#: Words that grade an adjective: they may stand between a linking verb and it ("was so outrageous").
DEGREE = frozenset("""so very too really truly most more quite simply just absolutely utterly totally rather
downright not never always increasingly particularly especially even frankly completely""".split())
#: Words that cannot be the noun an adjective describes: articles, pronouns, prepositions, conjunctions.
NOT_NOUNS = frozenset("""a an the of in on at to for from by with as and or but nor so if than that this these
those it its is are was were be been being has have had do does did not no he she they we i you his her their our
my your him them us me who whom which what there here into onto out up about over under when while because
though although after before since until whether also""".split())
#: Words that say what kind of thing follows them: an adjective after one is used as a noun ("the good").
DETERMINERS = frozenset("a an the this that these those his her its their our my your".split())
#: Nouns for a person, a group, an act, a plan or words said: an opinion adjective before one judges it ("a crude
#: insult", "a worthless plan"); before a thing or a condition it often describes ("a grim winter").
JUDGED = frozenset("""man men woman women person people leader leaders politician politicians official officials
government governments party parties candidate candidates president minister ministers senator senators mayor
council critics rival rivals opponent opponents supporters voters campaign campaigns plan plans policy policies
decision decisions idea ideas proposal proposals scheme schemes deal deals law laws bill bills rule rules move
moves act acts action actions attack attacks attempt attempts effort efforts response record performance
behaviour behavior conduct speech speeches remark remarks comment comments statement statements claim claims
insult insults lie lies words tweet tweets answer answers argument arguments display job work choice mistake
mistakes failure failures handling leadership management treatment""".split())


def judges(tokens: list, start: int, end: int) -> bool:
    """Whether the opinion adjective at tokens[start:end] (one sentence's tokens) judges something there."""
    if _in_name(tokens, start, end):
        return False
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.lower_ in JUDGED:
        return True  # before a person, a group, an act or a plan it judges: "a crude insult"
    before = start - 1
    while before >= 0 and tokens[before].lower_ in DEGREE:
        before -= 1
    if before >= 0 and tokens[before].lower_ in LINKING:
        return True  # after a linking verb: "the attack was (so) brutal"
    clause_end = after is None or (after.is_punct and after.text not in "-–—")
    return clause_end and before >= 0 and tokens[before].lower_ not in DETERMINERS  # "called it brutal."


def _in_name(tokens: list, start: int, end: int) -> bool:
    """A capitalised word inside a name or title ("Great Lakes"), unless the whole sentence is a headline in
    capitals, where every word is capitalised."""
    if not tokens[start].text[:1].isupper() or not any(t.is_alpha for t in tokens[:start]):
        return False  # lower case, or the sentence's first word
    words = [t for t in tokens if t.is_alpha and t.lower_ not in NOT_NOUNS]
    if sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words):
        return False  # a headline: "Clinton Blasts Outrageous Plan"
    neighbours = [tokens[i] for i in (start - 1, end) if 0 <= i < len(tokens)]
    return any(t.is_alpha and t.text[:1].isupper() for t in neighbours) or tokens[start - 1].lower_ == "the"

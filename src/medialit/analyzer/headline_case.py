"""Whether a sentence is a headline Written Like This.

Headlines capitalise every word but the small ones ("Council Slashes Library Budget", "Grant Said That Prices Would
Rise"). Two parts of the analyzer must know it: the tagger, trained on ordinary sentences, misreads such a line (it
calls "Slashes" a noun), so framing does not ask it there; and a capitalised verb of saying ("Said") counts as one
only there. Both ask this one test, so they never disagree about the same line.
"""

from __future__ import annotations

#: Small words: articles, pronouns, prepositions, conjunctions, forms of "be", "have" and "do". Headlines may leave
#: them in lower case, so they are not counted; none of them is a noun an adjective could describe.
SMALL_WORDS = frozenset("""a an the of in on at to for from by with as and or but nor so if than that this these
those it its is are was were be been being has have had do does did not no he she they we i you his her their our
my your him them us me who whom which what there here into onto out up about over under when while because
though although after before since until whether also""".split())
#: Fewer counted words than this and a line of names ("Hillary Clinton.") would pass for a headline.
FEWEST_WORDS = 3


def headline_case(tokens) -> bool:
    """Every word but the small ones starts with a capital, and there are at least :data:`FEWEST_WORDS` of them. An
    ordinary sentence full of names ("Hillary Clinton met Bernie Sanders in Des Moines") still has a word in lower
    case ("met"), so it is not taken for a headline."""
    words = [t.text for t in tokens if t.is_alpha and t.lower_ not in SMALL_WORDS]
    return len(words) >= FEWEST_WORDS and all(word[0].isupper() for word in words)

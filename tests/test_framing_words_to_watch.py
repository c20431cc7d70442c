"""Framing round 7: the editor's "words to watch" (Wikipedia's Manual of Style), each family a named rule whose
marks say which family found them, and a guard per family for the senses in which its words judge nothing.

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import explained, framing_marks as marks


@pytest.mark.parametrize(("text", "category", "marked", "family"), [
    ("The iconic singer opened the festival.", "emotive language", "iconic", "Puffery"),
    ("The celebrated chef cooked for the mayor.", "emotive language", "celebrated", "Puffery"),
    ("Members of the cult met in secret.", "loaded label", "cult", "contentious label"),
    ("Bloggers spread Pizzagate to millions.", "loaded label", "Pizzagate", "contentious label"),
    ("The website sells pseudo-science to parents.", "loaded label", "pseudo-science", "contentious label"),
    ("The supposed leak came from his office.", "emotive language", "supposed", "word of doubt"),
    ("The alleged evidence was never shown.", "emotive language", "alleged", "word of doubt"),
    ("The bill promises a massive tax cut.", "emotive language", "massive", "Hyperbole"),
    ("The team celebrated a historic win.", "emotive language", "historic", "Hyperbole"),
    ("The court issued a landmark ruling on Monday.", "emotive language", "landmark", "Hyperbole"),
    ("The army regretted the collateral damage.", "emotive language", "collateral damage", "euphemism"),
    ("The minister misspoke about the figures.", "emotive language", "misspoke", "euphemism"),
    ("The report is deeply flawed.", "emotive language", "deeply flawed", "judgement made stronger"),
    ("Her answer was utterly shameful.", "emotive language", "utterly shameful", "judgement made stronger"),
])
def test_each_family_marks_its_words_and_says_which_family_found_them(text, category, marked, family):
    assert (category, marked, None) in marks(text)
    assert family in explained(text, marked)


@pytest.mark.parametrize("text", [
    "The film became a cult classic in the nineties.",  # a cult film, a cult classic: a kind of fame
    "Fans celebrated in the streets all night.",  # a verb, not praise of a thing
    "The meeting was supposed to start at noon.",  # "supposed to": what was planned
    "The alleged attacker was arrested on Friday.",  # the law's careful word for someone charged
    "A massive earthquake struck the coast.",  # the size of a physical thing
    "The historic buildings were repaired.",  # an old building, not a boast
    "Tourists photographed the landmark from the bridge.",  # a famous building
    "Seismic activity rose near the volcano.",  # a science word
    "Police found an explosive device in the car.",  # a weapon
    "The shop is in Stonegate, near the station.",  # a place named with "-gate"
    "The committee will investigate the claims.",  # an English verb ending in "gate"
    "The tree was completely covered in snow.",  # an adverb before a plain word
])
def test_plain_senses_are_not_marked(text):
    assert marks(text) == []

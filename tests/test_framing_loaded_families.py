"""Framing round 8: families of loaded language that careful editors flag and the analyzer had no rule for.

Verbs whose base form is also a plain noun ("ducks", "guts", "torpedoes"), marked only where the tagger reads a verb;
headline verbs of combat for ordinary criticism ("rips", "shreds", "flays"); war metaphors for politics ("war on
coal", "under siege", "scorched-earth"); and extremity labels ("far-left", "hard-line", "fringe"). Each family has a guard for its plain senses, and the war reports the
lessons read stay plain.

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import explained, framing_marks as marks


@pytest.mark.parametrize(("text", "category", "marked", "said"), [
    # verbs whose base form is a plain noun: their marks keep their list's explanation
    ("The senator ducks questions about the deal.", "emotive language", "ducks", "accuses someone"),
    ("The report hides the real cost of the plan.", "emotive language", "hides", "accuses someone"),
    ("The bill guts protections for workers.", "emotive language", "guts", "violence or drama"),
    ("McConnell torpedoes the deal on Friday.", "emotive language", "torpedoes", "strong word"),
    ("The governor trashes the proposal in his speech.", "emotive language", "trashes", "strong word"),
    ("He parrots the Kremlin line on every show.", "emotive language", "parrots", "strong word"),
    # an "-s" form the list never wrote, of a verb it holds: "eviscerate eviscerated eviscerating"
    ("The columnist eviscerates the mayor's budget.", "emotive language", "eviscerates", "strong word"),
    ("The chairman lambastes the regulators.", "emotive language", "lambastes", "judges the speaker"),
    # headline verbs of combat for ordinary criticism
    ("Senator Smith rips the budget plan.", "emotive language", "rips", "violence or drama"),
    ("Critics say the columnist flays the plan.", "emotive language", "flays", "violence or drama"),
    ("The professor shredded the minister's argument.", "emotive language", "shredded", "violence or drama"),
    ("The actor blasts the studio over pay.", "emotive language", "blasts", "violence or drama"),
])
def test_verbs_of_combat_and_verbs_shaped_like_nouns_are_marked_where_they_are_verbs(text, category, marked, said):
    assert (category, marked, None) in marks(text)
    assert said in explained(text, marked)


@pytest.mark.parametrize(("text", "category", "marked", "family"), [
    ("The governor has waged a war on coal since May.", "emotive language", "war on coal", "war metaphor"),
    ("Activists called the law an attack on free speech.", "emotive language", "attack on free speech",
     "war metaphor"),
    ("The ruling is an assault on voting rights.", "emotive language", "assault on voting rights", "war metaphor"),
    ("Free speech is under siege on campus.", "emotive language", "under siege", "war metaphor"),
    ("The party ran a scorched-earth campaign.", "emotive language", "scorched-earth", "war metaphor"),
    ("The president declared war on the press.", "emotive language", "declared war on", "war metaphor"),
    ("The far-left mayor spoke first.", "loaded label", "far-left", "extremity label"),
    ("Hard-line members blocked the vote.", "loaded label", "Hard-line", "extremity label"),
    ("An ultra-conservative group funded the ads.", "loaded label", "ultra-conservative", "extremity label"),
    ("The idea began on the radical right.", "loaded label", "radical right", "extremity label"),
    ("Only fringe candidates backed the plan.", "loaded label", "fringe", "extremity label"),
])
def test_each_family_marks_its_words_and_says_which_family_found_them(text, category, marked, family):
    assert (category, marked, None) in marks(text)
    assert family in explained(text, marked)


@pytest.mark.parametrize("text", [
    "The ducks swam on the pond.",  # the bird
    "He had the guts to say no.",  # courage, a noun
    "Animal hides were sold at the market.",  # skins, a noun
    "Storms hit the coast overnight.",  # the weather
    "The hounds ran across the field.",  # the dogs
    "Two parrots escaped from the zoo.",  # the birds
    "The submarine fired two torpedoes.",  # the weapon
    "The children hid behind the house.",  # a body takes cover
    "The bear mauled a hiker near the lake.",  # a physical scene
    "Staff shredded the old papers in the office.",  # a physical act on paper
    "A storm battered the coast.",  # the weather
    "The army launched an assault on Hajin.",  # a real attack on a place
    "Rebels kept the city under siege for months.",  # a real siege
    "Troops began an attack on the town.",  # a real attack
    "Germany declared war on France in 1914.",  # a real war between countries
    "The war on drugs began in the seventies.",  # the name of a policy
    "The scorched earth was still warm after the fire.",  # burnt ground
    "The photo shows the mayor at far left.",  # a place in a picture
    "Take the far right lane to the airport.",  # a lane
    "Workers get fringe benefits such as a car.",  # extras of a job
    "She starred at the Edinburgh Fringe last year.",  # a festival's name
])
def test_plain_senses_are_not_marked(text):
    assert marks(text) == []


def test_a_speakers_own_war_metaphor_stays_the_speakers():
    said = "“This is a war on coal,” the senator said."
    assert ("emotive language", "war on coal", "the senator") in marks(said)


@pytest.mark.parametrize("text", [
    "Gunmen carried out an assault on democracy activists.",  # people attacked
    "Police said the attack on police officers was planned.",  # a real attack on people
])
def test_real_attacks_are_not_war_metaphors(text):
    assert marks(text) == []

"""Framing round 12: combat words aimed at a capitalised name ("Lopez's attack on Marsh", "the governor unloaded on the
Herald"). A capitalised word after "attack on" may be a place ("the attack on Hajin"), so the analyzer marks it only
where the article shows the name is a person's: a named source of a verb of saying, before or in the same sentence
("Marsh said"), or a name after a title or a word for a person in politics, anywhere in the article ("Sen. Marsh",
"rival Dana Marsh").

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import framing_marks as marks
from medialit.analyzer.analyzer import analyze


def _combat(text: str) -> list[str]:
    """The text of every mark the combat words' rule made."""
    return [f["text"] for f in analyze(text)["framing"] if "combat word" in f["explanation"]]


@pytest.mark.parametrize(("text", "marked"), [
    ("Marsh said the budget was fair. Readers asked about Lopez's attack on Marsh last night.", "attack"),
    ("The Herald said the mayor was wrong. On Monday the mayor unloaded on the Herald at a breakfast.",
     "unloaded on"),
    ("Dana Marsh told reporters she would run. Lopez later scored a direct hit on Dana Marsh.", "hit"),
    ("Marsh Attacks Pay Plan. The senator, Marsh said, wants a vote. Lopez fired back at Marsh on Friday.",
     "fired back"),
    ("Sen. Dana Marsh wants a vote on pay. Lopez took aim at Marsh on Friday.", "took aim"),
    ("Lopez took aim at Marsh on Friday. Rival Dana Marsh wants a vote on pay.", "took aim"),
])
def test_combat_words_aimed_at_someone_the_article_quotes_are_marked(text, marked):
    assert marked in _combat(text), marks(text)


@pytest.mark.parametrize("text", [
    "Marsh said the town was quiet. The attack on Hajin came at dawn.",  # a place nobody quotes
    "Lopez said he was tired. The storm hit Florida on Monday.",  # weather on a place
    "Lopez said the bash on Monday night was fun.",  # a party on a day
    "Readers asked about the attack on Marsh last night.",  # nobody quotes Marsh: a place as far as we know
    "Marsh said the army was ready. Rebels launched an attack on Marsh at dawn.",  # a real attack
    "The candidate Tuesday visited a farm. Lopez took aim at Tuesday's plan.",  # a day, not a name
])
def test_combat_words_aimed_at_a_place_or_a_stranger_are_not_marked(text):
    assert not _combat(text), marks(text)


@pytest.mark.parametrize(("text", "marked"), [
    ("Gov. Ana Ruiz called the plan a mistake. Ruiz fired back in March, saying the plan was sound.", "fired back"),
    ("Sen. Lopez wrote a letter on Monday. Later that day, Lopez quickly hit back with a statement.", "hit back"),
    ("Look How Dana Marsh Just Fired Back After The Vote. Rep. Dana Marsh spoke on Friday.", "Fired Back"),
])
def test_a_person_who_fires_back_with_no_target_said_something(text, marked):
    assert marked in _combat(text), marks(text)


@pytest.mark.parametrize("text", [
    "Sen. Lopez visited the base. The soldiers fired back when the convoy was shot at.",  # real shooting
    "Sen. Lopez saw it happen. Lopez fired back at the gunmen with his rifle.",  # real shooting
    "The storm hit back hard on Monday.",  # no person
])
def test_firing_back_by_soldiers_or_with_weapons_is_not_marked(text):
    assert not _combat(text), marks(text)

"""Framing round 4 of issue 30, labels: name-calling from the common registers of political news and opinion (slurs
on opponents' politics, on governments, on groups, on the press, praise labels) and the families that make new labels
("Trump-haters", "Islamophobes", "election deniers", "the anti-vax crowd"); a label with a plain sense in news
("tax regime", "mob boss", "Patriot missile", "email hack") is not marked there.

Every sentence here was written for this test, and its expected marks were written down before the analyzer was run
on it.
"""

from __future__ import annotations

import pytest

from analyzer_marks import framing_marks as marks


def labels(text: str) -> list[str]:
    return [marked for category, marked, _ in marks(text) if category == "loaded label"]


@pytest.mark.parametrize(("text", "marked"), [
    # slurs on opponents' politics
    ("The governor blamed leftists for the protests.", "leftists"),
    ("Talk radio hosts mocked the libs all week.", "libs"),
    ("A group of Never-Trumpers met in Ohio.", "Never-Trumpers"),
    ("The column attacked tankies and Corbynistas alike.", "tankies"),
    ("The column attacked tankies and Corbynistas alike.", "Corbynistas"),
    ("He called the ministers appeasers.", "appeasers"),
    # governments and leaders
    ("The region is run by strongmen and their families.", "strongmen"),
    ("The minister called the president a gangster.", "gangster"),
    # groups
    ("The mayor said the crowd was full of paid protesters.", "paid protesters"),
    ("Posts online called the parents crisis actors.", "crisis actors"),
    ("The prime minister spoke of citizens of nowhere.", "citizens of nowhere"),
    ("The channel called the students anti-nationals.", "anti-nationals"),
    # the press
    ("He told the rally to ignore the lamestream media.", "lamestream"),
    ("She blamed the liberal media for the result.", "liberal media"),
    ("The candidate attacked the corporate media again.", "corporate media"),
    # praise
    ("The senator was hailed as a maverick.", "maverick"),
    ("Supporters called her a trailblazer.", "trailblazer"),
    ("Every patriot should vote, the leaflet said.", "patriot"),
    # families
    ("The book was written for Trump-haters.", "Trump-haters"),
    ("He called his critics race-baiters.", "race-baiters"),
    ("The party expelled two Islamophobes last year.", "Islamophobes"),
    ("Several election deniers won their primaries.", "election deniers"),
    ("The minister called them Nazi sympathisers.", "sympathisers"),
    ("The senator dismissed the anti-vax crowd.", "anti-vax crowd"),
    ("The paper laughed at the pro-Brexit brigade.", "pro-Brexit brigade"),
])
def test_a_label_from_the_registers_of_political_name_calling_is_marked(text, marked):
    assert marked in labels(text)


@pytest.mark.parametrize("text", [
    "The country's tax regime favours small firms.",
    "The sanctions regime was tightened in May.",
    "His fitness regime starts at six.",
    "The mob boss was jailed for ten years.",
    "Dancers staged a flash mob at the station.",
    "Germany sent a Patriot missile battery.",
    "The Patriot system shot down two drones.",
    "Investigators traced the email hack to a server abroad.",
])
def test_a_label_word_in_its_plain_sense_is_not_marked(text):
    assert labels(text) == []


def test_a_guarded_word_used_as_a_label_is_still_marked():
    assert "regime" in labels("The regime jailed its critics.")
    assert "mob" in labels("A mob chased the reporters away.")

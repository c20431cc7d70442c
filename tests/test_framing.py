"""Framing on real news: loaded language beyond the hand list, quoted words as the speaker's framing, scare quotes.

The two short texts at the end were written for this test, and their expected marks were written down before
the analyzer was run on them.
"""

from __future__ import annotations

import pytest

from medialit.analyzer.analyzer import analyze

from analyzer_marks import framing_marks as marks


@pytest.mark.parametrize(
    ("text", "category", "marked"),
    [
        ("The ministry made unprecedented cuts to the budget.", "emotive language", "unprecedented"),
        ("The column was a venomous attack on the mayor.", "emotive language", "venomous"),
        ("The paper called the bankers thieves.", "loaded label", "thieves"),
        ("A string of blunders followed the launch.", "emotive language", "blunders"),
        ("The streets were awash in blood.", "emotive language", "awash in blood"),
        ("The rogue kingdom refused the inspectors.", "loaded label", "rogue kingdom"),
        ("Officials have called the new rules abhorrent.", "emotive language", "abhorrent"),  # from VADER
    ],
)
def test_loaded_language_beyond_the_hand_list(text, category, marked):
    assert (category, marked, None) in marks(text)


@pytest.mark.parametrize(("text", "marked"), [
    ("Reed spoke for an hour, claiming the deal was done.", "claiming"),
    ("The minister boasted of record growth.", "boasted"),
    ("The governor lied about the cost of the bridge.", "lied"), ("Rowe blasted the decision on Monday.", "blasted"),
])
def test_evaluative_verbs_of_saying_say_what_a_neutral_report_would_write(text, marked):
    found = [f for f in analyze(text)["framing"] if f["text"] == marked]
    assert [f["category"] for f in found] == ["emotive language"]
    assert "said" in found[0]["explanation"]


@pytest.mark.parametrize("text", ["The group claimed responsibility for the fire.", "The flood claimed the lives of "
                                  "four people.", "He was lying in bed when the call came.",
                                  "Four people were killed in the war.",
                                  "The ministry claimed that the border was calm."])
def test_a_verb_in_its_plain_sense_is_not_framing(text):
    """The last: a doubting verb that cites a source is read as citing it, as the lessons' annotations read it."""
    assert marks(text) == []


def test_quoted_words_are_the_speakers_framing_not_the_outlets():
    text = 'Union officials slammed the plan as a "disgraceful betrayal" of workers.'
    framing = {f["text"]: f for f in analyze(text)["framing"]}
    assert framing["slammed"]["speaker"] is None  # the outlet chose this verb
    for word in ("disgraceful", "betrayal"):
        assert framing[word]["speaker"] == "Union officials"
        assert framing[word]["explanation"].startswith(
            "These are the words of Union officials, quoted: the outlet reports them.")
    assert "scare quotes" not in {f["category"] for f in framing.values()}


def test_a_quotation_over_two_sentences_stays_the_speakers():
    text = '"The plan is a disgrace. It is a shameful waste," said Ana Ruiz.'
    assert [(f["text"], f["speaker"]) for f in analyze(text)["framing"]] == [
        ("disgrace", "Ana Ruiz"), ("shameful", "Ana Ruiz")]


@pytest.mark.parametrize("text", [
    'The claims aired on "60 Minutes" last week.', 'She starred in "Parks and Recreation" for six years.',
    'Mayor Tom Reed called it a "quick fix" that would fail.', 'Dana Cole told reporters the plan was "on track".',
    'The crowd shouted "Shame!" at the minister.', '<tweet author="RealName" id="1">Thanks</tweet>',
])
def test_titles_and_short_quotations_of_a_speaker_are_not_scare_quotes(text):
    assert [f for f in analyze(text)["framing"] if f["category"] == "scare quotes"] == []


@pytest.mark.parametrize(("text", "quoted"), [('The "reforms" will cost jobs.', '"reforms"'),
                                              ('The ministry\'s "experts" met once.', '"experts"')])
def test_a_lone_word_the_outlet_puts_in_quotes_is_still_a_scare_quote(text, quoted):
    assert ("scare quotes", quoted, None) in marks(text)


def test_a_council_story_marked_as_decided_before_the_run():
    text = ('The council\'s disastrous housing plan was rushed through on Tuesday. Critics say the vote was '
            '"a done deal". "This is a shameful betrayal of families," said Councillor Maya Lind. The mayor boasted '
            'that the scheme was a success. The so-called "consultation" lasted two days.')
    assert marks(text) == [
        ("emotive language", "disastrous", None),
        ("emotive language", "shameful", "Councillor Maya Lind"),
        ("emotive language", "betrayal", "Councillor Maya Lind"),
        ("emotive language", "boasted", None),
        ("so-called", "so-called", None),
        ("scare quotes", '"consultation"', None),
    ]


def test_a_politics_story_marked_as_decided_before_the_run():
    text = ('Senator Dana Holt blasted the bill on Monday, calling it "a reckless giveaway to lobbyists." '
            'The White House sent an aide on "Face the Nation" to defend the measure. Holt\'s aides claimed the '
            'regime in Caracas had profited. An unprecedented flood of ads followed.')
    assert marks(text) == [
        ("emotive language", "blasted", None),
        ("emotive language", "reckless", "Senator Dana Holt"),
        ("emotive language", "giveaway", "Senator Dana Holt"),  # a noun that judges an act (round 4)
        ("loaded label", "regime", None),
        ("emotive language", "unprecedented", None),
    ]


@pytest.mark.parametrize(("text", "marked"), [
    ("The tax would bring an extraordinarily costly change for farmers.", "extraordinarily"),
    ("The mayor made a dramatic change to the bus routes.", "dramatic"),
    ("The bill met fierce opposition in the chamber.", "fierce"),
    ("The rollout of the app was an enormously costly mistake.", "enormously"),
])
def test_an_intensifier_is_marked_as_turning_up_the_volume(text, marked):
    found = [f for f in analyze(text)["framing"] if f["text"] == marked]
    assert [f["category"] for f in found] == ["emotive language"]
    assert "without it" in found[0]["explanation"]


@pytest.mark.parametrize(("text", "marked"), [
    ("The senator took a swipe at the governor's budget.", "took a swipe"),
    ("Rents have ballooned since the factory opened.", "ballooned"),
    ("Ticket prices soared after the merger.", "soared"),
    ("Reed ripped into the plan on Friday.", "ripped into"),
])
def test_a_dramatic_verb_for_an_ordinary_act_is_emotive(text, marked):
    assert ("emotive language", marked, None) in marks(text)


@pytest.mark.parametrize(("text", "marked"), [("He said the councillor was a loser.", "loser"),
                                              ("Voters are tired of a power-crazed mayor.", "power-crazed"),
                                              ("The letter called the coach a sex-obsessed lech.", "lech")])
def test_a_name_calling_label_is_a_loaded_label(text, marked):
    assert ("loaded label", marked, None) in marks(text)


@pytest.mark.parametrize("text", ["A bomb exploded in the market and two people died in the attack.",
                                  "The storm destroyed the bridge, and the army was sent to the flooded towns.",
                                  "Police arrested four men after the robbery."])
def test_literal_negative_words_that_report_facts_are_not_marked(text):
    assert marks(text) == []

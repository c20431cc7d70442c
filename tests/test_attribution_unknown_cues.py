"""Sources on real news whose cue the rules did not know, or knew only in some forms (issue 30, the "verb",
"noun-cue", "belief", "poll" and "document" classes of benchmarks/source_cap.py's judged misses on PolNeAR
train). One sentence, written for this test, per rule (marked) and per guard (not marked)."""

from __future__ import annotations

import pytest

from analyzer_marks import source_texts


@pytest.mark.parametrize("text, source", [
    ("In a national KRTV/Hallam poll released Monday, most voters backed the levee.", "a national KRTV/Hallam poll"),
    ("In the new Post-Courier poll, the mayor wins about 1 in 3 voters.", "the new Post-Courier poll"),
    ("Hale fell to 10 percent in the most recent Gazette poll.", "the most recent Gazette poll"),
    ("Ortiz led Hale 2-1 in a Reno Times/Marist survey.", "a Reno Times/Marist survey"),
    ("Hale's Lead Doubles In Survey Of River Towns", "Survey Of River Towns"),
    # round 18: a long or capitalised name, a day's or month's poll, a hyphenated word, "the poll" or "the survey"
    # pointing back, the maker after "conducted by", an average of polls, exit polls and polls taken at a time
    ("In a Reno Star/KTVN News/Lind University Poll, 40 percent backed the levee.",
     "a Reno Star/KTVN News/Lind University Poll"),
    ("Hale slipped to 39 percent in Monday's poll.", "Monday's poll"),
    ("In an early-May Gazette survey, Ortiz led Hale by ten points.", "an early-May Gazette survey"),
    ("In the poll, support for the levee has risen for two weeks.", "the poll"),
    ("In a poll conducted by the Reno Star and KTVN, 28 percent of voters said they trusted the council.",
     "a poll conducted by the Reno Star and KTVN"),
    ("Ortiz leads by 9 points in the Gazette average of Reno polls.", "the Gazette average of Reno polls"),
    ("In exit polls, voters were unhappy with the council.", "exit polls"),
    ("Ortiz was 40 points ahead in polls taken in December.", "polls"),
])
def test_a_poll_named_in_an_in_phrase_gives_its_findings(text, source):
    assert any(found.endswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "Ortiz has a wide lead in the polls.",
    "Voters in Ohio head to the polls on Tuesday.",
    "Hale has been rising in most polls since May.",
    "Hale ran third in most Reno polls behind Ortiz.",
    "Ortiz leads in opinion polls of Reno voters.",
    "Hale has risen in national polls since May.",
    "Ortiz trails in most surveys.",
    "Millennials agree in poll on river plan",
    "Not all of the members took part in the survey.",
    "Hale stayed within the poll's margin of error.",
    "Voters waited in polling places for hours.",
])
def test_no_poll_in_particular_is_a_source(text):
    assert not any("poll" in found for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("In a statement released by the Reno council on Monday, the levee plan was dropped.",
     "In a statement released by the Reno council"),
    ("In a letter sent by the mayor to residents, the plan was explained.", "In a letter sent by the mayor"),
])
def test_a_statement_put_out_by_someone_in_an_in_phrase_is_theirs(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text", [
    "In a statement released by noon, the levee plan was dropped.",
    "Ortiz appeared in an ad released by the club.",
])
def test_no_one_puts_out_a_statement_in_an_in_phrase(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("As Ana Ortiz, a professor of law at Reno, put it, “the levee is a promise.”", "Ana Ortiz"),
    ("Or, as the mayor put it: “We are not done.”", "the mayor put it"),
    ("That is because, as he puts it, the river always wins.", "he puts it"),
    ("As the chief engineer, Tom Hale, put it in his memo to staff, the dam was never safe.", "Tom Hale"),
])
def test_as_someone_put_it_cites_their_words(text, source):
    assert any(source in found for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "As soon as the mayor put it on the table, the vote began.",
    "Ortiz put it in the drawer.",
])
def test_putting_a_thing_somewhere_says_nothing(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Ortiz made it clear that she would not run again.", "Ortiz made it clear"),
    ("In the interview, Lind made it clear her union would not back the plan.", "Lind"),
])
def test_making_it_clear_states_a_view(text, source):
    assert any(source in found for found in source_texts(text)), source_texts(text)


def test_making_a_path_clear_says_nothing():
    assert source_texts("The crews made it clear of snow by noon.") == []


@pytest.mark.parametrize("text, source", [
    ("Ortiz attacked Hale for his votes on the levee.", "Ortiz attacked"),
    ("Senator Lind has assailed the mayor over the budget.", "Senator Lind has assailed"),
    ("On Monday, Hale ripped the council for acting as “judge and jury.”", "Hale ripped"),
    ("The union knocked the board for not reporting its loans.", "The union knocked"),
    ("Ana Ortiz, a rival, assailed Hale for backing the dam.", "Ana Ortiz, a rival, assailed"),
    ("Ortiz also takes aim at a rule that lets the governor cut pensions.", "Ortiz also takes aim"),
    ("Lind went after Hale over his record on schools.", "Lind went after"),
])
def test_attacking_someone_for_something_is_a_verbal_attack(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "Gunmen attacked the convoy for the second time this week.",
    "Rebels attacked the base for hours before dawn.",
    "Ortiz was attacked by a dog over the weekend.",
    "The storm knocked out power for two days.",
    "Ortiz attacked the problem with a new plan.",
])
def test_an_attack_in_deed_cites_no_one(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Ortiz has portrayed the levee plan as a waste of money.", "Ortiz has portrayed"),
    ("In Reno, Hale referred to the protesters as “my friends.”", "Hale referred"),
    ("Critics have branded the plan as reckless.", "Critics have branded"),
])
def test_portraying_or_referring_to_someone_as_something_characterises_them(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "Ortiz referred further questions to the council.",
    "The artist painted the bridge as the sun rose.",
    "The film portrayed a town in Nevada.",
])
def test_referring_questions_or_painting_a_bridge_characterises_no_one(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Many river workers see the levee as a lifeline.", "Many river workers see"),
    ("Reno voters view Ortiz as the stronger candidate.", "Reno voters view"),
    ("The union views itself as a guardian of the port.", "The union views"),
])
def test_seeing_or_viewing_someone_as_something_is_a_view(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "Hikers see the dam from the ridge.",
    "Residents would rather see a new bridge.",
    "The levee is viewed as a lifeline.",
    "The levee, viewed by many as a lifeline, held.",
    "The vote ended what the union members see as an unfair process.",
    "“I see it as a test,” she said.",
])
def test_seeing_a_thing_or_being_viewed_is_no_view_of_the_seer(text):
    assert not any(word in found for found in source_texts(text) for word in ("see", "view")), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Most river workers in the valley see the levee as a lifeline.", "Most river workers in the valley see"),
    ("Majorities in both towns view Ortiz as the stronger candidate.", "Majorities in both towns view"),
])
def test_people_followed_by_where_they_are_hold_a_view(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


def test_things_followed_by_where_they_are_hold_no_view():
    assert source_texts("The bridges in the north see heavy traffic as a risk.") == []


@pytest.mark.parametrize("text, source", [
    ("Some undecided farmers think the dam will fail.", "Some undecided farmers think"),
    ("Many of his backers believe the vote can be won.", "Many of his backers believe"),
])
def test_a_count_of_people_the_lists_do_not_know_holds_a_view(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text", [
    "Many towns see more floods each year.",
    "Some of the rivers saw a rise in the spring.",
])
def test_a_count_of_things_that_see_a_change_holds_no_view(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("In Ortiz's view, the dam will hold.", "Ortiz's view"),
    ("The only fix, in Professor Lind's opinion, is a new levee.", "Professor Lind's opinion"),
    ("In their view, the town could win.", "their view"),
])
def test_in_someones_view_gives_that_view(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text", [
    "From the ridge, the view of the lake is fine.",
    "Hale's view of the river was clear.",
    "In my view, the town could win.",
])
def test_a_sight_or_a_view_with_no_in_or_the_speaker_s_own_is_no_source(text):
    assert source_texts(text) == [], source_texts(text)


def test_in_his_view_after_a_speaker_is_that_speaker_once():
    assert source_texts("He says the case, in his view, was closed.") == ["He says"]


@pytest.mark.parametrize("text, source", [
    ("The bridge, which Ortiz believes will fall, is old.", "Ortiz believes"),
    ("The council backed the levee, a step they think could save the town.", "they think"),
])
def test_a_view_held_of_what_came_before_it(text, source):
    assert source in source_texts(text), source_texts(text)


def test_the_speaker_s_own_belief_of_what_came_before_is_no_source():
    assert source_texts("The town, which I believe will grow, is old.") == []


@pytest.mark.parametrize("text", [
    "Ortiz won with appeals to farmers and attacks on Hale as a stranger to the valley.",
    "Lind, referred to as the best diver in Reno, won again.",
])
def test_attacks_as_a_noun_or_a_passive_reference_cite_no_one(text):
    assert not any(word in found for found in source_texts(text) for word in ("attacks", "referred")), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Norvale ended the merger, citing changes in the market.", "Norvale"),
    ("Hale declined the post, citing his health.", "Hale"),
])
def test_citing_after_a_comma_gives_the_subjects_reason(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


def test_a_report_citing_officials_is_one_source():
    assert source_texts("The report, citing two officials, said the dam was weak.") == [
        "The report, citing two officials, said"]


@pytest.mark.parametrize("text, source", [
    ("“We will rebuild the levee,” the statement read.", "the statement read"),
    ("Protesters held a banner. “Reno first,” it read.", "it read"),
    ("The banner read: “Reno first, river second.”", "The banner read"),
    ("“Vote Ortiz,” a message on the council's website reads.", "a message on the council's website reads"),
])
def test_a_text_that_reads_a_quotation_gives_its_words(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text", [
    "The judge read his decision aloud.",
    "Ortiz did not read the report.",
    "The mayor reads every letter she gets.",
])
def test_reading_a_text_aloud_or_alone_cites_no_one(text):
    assert source_texts(text) == [], source_texts(text)


def test_a_view_voters_will_hold_is_a_guess_not_a_view():
    found = source_texts("The senator bets that voters will see her choice as a sign of strength.")
    assert not any("see" in text for text in found), found


@pytest.mark.parametrize("text, source", [
    ("Ortiz was especially critical of the new dam.", "Ortiz was especially critical of"),
    ("Hale compared the flood plan to a house of cards.", "Hale compared"),
    ("The county coroner identified the driver as Tom Lind, 32.", "The county coroner identified"),
    ("The agency lists the town's population as 21,090.", "The agency lists"),
])
def test_a_stated_judgement_or_characterisation_is_a_source(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "Prices rose 3 percent compared to last year.",
    "The report is critical to the case.",
    "Residents are concerned about the smell.",
    "The driver was identified as Tom Lind.",
])
def test_comparisons_and_feelings_cite_no_one(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Ortiz took issue with the council's figures.", "Ortiz took issue"),
    ("Hale took some shots at the mayor on Monday.", "Hale took"),
    ("Lind brushed off questions about the poll.", "Lind brushed off"),
])
def test_taking_issue_or_brushing_off_questions_answers_in_words(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "The band played down the street all night.",
    "The counties identified by the council as at risk were flooded.",
    "Ortiz took the bus to work.",
    "The debate is a chance for Hale to take shots at Ortiz.",
])
def test_a_band_playing_or_a_passive_identification_cites_no_one(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Ortiz told aides that she would run, according to two people present.", "according to two people present"),
    ("Voters said that the plan was too costly, according to exit polling data.", "according to exit polling data"),
])
def test_according_to_after_what_someone_said_is_a_source_of_its_own(text, source):
    assert source in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text, source", [
    ("Ortiz made the case for a higher levee.", "Ortiz made"),
    ("Hale delivered an impassioned defense of the dam.", "Hale delivered"),
    ("The mayor gave a lengthy answer about the budget.", "The mayor gave"),
    ("Lind had harsh words for the council.", "Lind had"),
    ("Two nurses raised concerns about the night shifts.", "Two nurses raised"),
    ("Union leaders sent the board an unmistakable message.", "Union leaders sent"),
])
def test_a_verb_and_a_noun_of_saying_make_a_statement(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "The bill raised questions about the budget.",
    "The storm gave the town a hard lesson.",
    "Ortiz made a case out of old wood.",
    "Hale had words and left.",
])
def test_a_thing_that_raises_questions_or_a_case_built_cites_no_one(text):
    assert source_texts(text) == [], source_texts(text)


def test_giving_a_speech_somewhere_is_an_event():
    assert source_texts("Instead, Hale gave a speech in Reno on the same night.") == []


@pytest.mark.parametrize("text, source", [
    ("“Can you tell us about the levee,” Hale asked the mayor.", "Hale asked"),
    ("“And why are you still backing him?” the mayor asked council members.", "the mayor asked"),
    ("“Does that fly?” former adviser Tom Lind asked on Twitter.", "former adviser Tom Lind asked"),
])
def test_asked_right_after_a_question_it_quotes_names_the_asker(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


def test_asked_far_from_a_quotation_cites_no_question():
    found = source_texts("“We won,” Ortiz said, and the council later asked the state for money.")
    assert not any("asked" in text for text in found), found


@pytest.mark.parametrize("text, source", [
    ("Tensions flare after Lind calls Ortiz unqualified.", "Lind calls"),
    ("And 64 percent of voters called her competent, up from 55 percent.", "64 percent of voters called"),
    ("Hale's campaign called the council's report a “rush to judgment.”", "Hale's campaign called"),
])
def test_calling_someone_something_short_labels_them(text, source):
    assert any(found.startswith(source) for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text", [
    "Ortiz called Hale twice.",
    "The clerk called Hale back later.",
    "Lind called Ortiz yesterday.",
])
def test_calling_someone_on_the_phone_labels_no_one(text):
    assert source_texts(text) == [], source_texts(text)

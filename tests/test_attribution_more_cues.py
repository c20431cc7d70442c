"""Cues of saying the rules still missed on real news, round 10 of issue 30 (the missed cues of PolNeAR train
counted by their cue word, biggest groups that are sources by the lessons' rules first): verbs of saying in forms
the rules did not know.
One sentence, written for this test, per rule (marked) and per guard (not marked)."""

from __future__ import annotations

import pytest

from analyzer_marks import source_texts


def _starts_a_source(text: str, speaker: str) -> bool:
    return any(found.startswith(speaker) for found in source_texts(text))


@pytest.mark.parametrize("text, speaker", [
    ("Even after the vote, Ortiz continued to say she had never seen the plan.", "Ortiz"),
    ("The mayor continues to insist the levee will hold.", "The mayor"),
    ("Hale has continued to argue that the dam is too old.", "Hale"),
    ("Ortiz is continuing to warn that the river will rise.", "Ortiz"),
])
def test_a_verb_of_saying_after_continued_to_is_said_by_the_subject(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


@pytest.mark.parametrize("text", [
    "The river continued to rise through the night.",
    "Ortiz continued to build the levee.",
])
def test_continued_to_before_other_verbs_cites_no_one(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("The Reno Water Board released a statement Wednesday saying the dam was safe.", "The Reno Water Board"),
    ("The mayor issued the following statement: “We will rebuild.”", "The mayor"),
    ("A group of 40 doctors sent a letter this week urging the council to act.", "A group of 40 doctors"),
    ("Ortiz released a statement Thursday night condemning the attack.", "Ortiz"),
    ("The club issued a statement expressing concern about the vote.", "The club"),
    ("Hale issued a statement, “The levee is safe.”", "Hale"),
])
def test_the_one_who_puts_out_a_statement_says_what_it_says(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


@pytest.mark.parametrize("text", [
    "The council issued new parking permits on Monday.",
    "The board released a statement of accounts showing the balance.",
    "Ortiz sent a letter carrier to the wrong house.",
])
def test_issuing_what_is_no_statement_cites_no_one(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("The flood led the mayor to declare an emergency.", "the mayor"),
    ("The result prompted Sen. Ana Ortiz to accuse the board of waste.", "Sen. Ana Ortiz"),
    ("The delay has led critics to question whether the dam is safe.", "critics"),
    ("The report left Hale to explain why the levee failed.", "Hale"),
])
def test_whom_an_event_leads_to_say_something_says_it(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


@pytest.mark.parametrize("text", [
    "The flood led the mayor to close the road.",
    "Ortiz led the crowd to the town hall to say goodbye.",
    "The storm could lead the council to warn residents.",
])
def test_whom_an_event_leads_to_act_says_nothing(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("Ortiz declined comment on the vote.", "Ortiz"),
    ("Ms. Hale declined to be interviewed for this article.", "Ms. Hale"),
    ("Hale declined requests for an interview.", "Hale"),
    ("Ortiz declined an interview request from the Herald.", "Ortiz"),
    ("The mayor declined to speculate on a backup plan.", "The mayor"),
    ("Ortiz refused to weigh in on the debate.", "Ortiz"),
])
def test_declining_to_speak_is_an_answer(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


@pytest.mark.parametrize("text", [
    "Ortiz declined to run for a second term.",
    "The council declined a request for more money.",
    "Hale refused to be moved from the front row.",
])
def test_declining_to_act_says_nothing(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("Ortiz went on Reno Radio to declare the levee safe.", "Ortiz"),
    ("The mayor took to Twitter on Monday to defend the plan.", "The mayor"),
    ("Hale appeared on “Morning Reno” to deny the report.", "Hale"),
    ("Ortiz took the stage Tuesday night to acknowledge her defeat.", "Ortiz"),
])
def test_who_goes_on_air_or_on_stage_to_say_something_says_it(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


@pytest.mark.parametrize("text", [
    "Ortiz is going to say more next week.",
    "Hale used to say the river was safe.",
    "The council took steps to build the levee.",
])
def test_going_or_planning_to_say_says_nothing_yet(text):
    assert source_texts(text) == [], source_texts(text)


def test_it_takes_long_to_confirm_is_no_one_going_anywhere():
    assert source_texts("If it takes this long to confirm a judge, the court will wait.") == []


@pytest.mark.parametrize("text, speaker", [
    ("Ortiz pledged to raise the levee by spring.", "Ortiz"),
    ("Hale has repeatedly pledged to close the dam.", "Hale"),
    ("Sen. Ana Ortiz is pledging to “fight for every vote” in Reno.", "Sen. Ana Ortiz"),
])
def test_a_pledge_to_do_something_is_said_as_a_vow_or_promise_is(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


@pytest.mark.parametrize("text", [
    "Two delegates pledged their support to Ortiz.",
    "Ortiz pledged $40,000 to the flood fund.",
])
def test_pledging_support_or_money_is_an_act(text):
    assert source_texts(text) == [], source_texts(text)


def test_a_pledge_in_a_relative_clause_is_left_to_the_parse():
    assert not any(found.startswith("builder") for found in source_texts(
        "Ortiz is a builder who has pledged to raise the levee.")), source_texts(
        "Ortiz is a builder who has pledged to raise the levee.")


@pytest.mark.parametrize("text, speaker", [
    ("Ortiz on Tuesday called Hale's remarks about the levee “reckless.”", "Ortiz"),
    ("Sen. Tina Lind called what she saw at the dam “terrible.”", "Sen. Tina Lind"),
    ("The mayor has called rival plans from the council ''a waste of money.''", "The mayor"),
])
def test_called_with_a_quoted_label_a_few_words_on(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


def test_a_call_about_something_quoted_is_no_label():
    text = "Ortiz called Hale in Reno about the “river plan.”"
    assert not _starts_a_source(text, "Ortiz"), source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("Hale also called upon the council to act.", "Hale"),
    ("Ortiz called again for a new levee.", "Ortiz"),
    ("The mayor on Monday called Wednesday's vote a mistake and called yesterday for a recount.", "The mayor"),
])
def test_called_upon_or_called_again_for(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


def test_called_a_day_on_the_phone_is_no_call_for_anything():
    text = "Ortiz called Monday night from the hospital."
    assert not _starts_a_source(text, "Ortiz"), source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("Critics call it a giveaway to developers.", "Critics"),
    ("Most farmers call themselves independents.", "Most farmers"),
    ("And 40 percent call him honest.", "40 percent"),
    ("Ortiz did call for a recount.", "Ortiz"),
    ("Several senators call on the mayor to resign.", "Several senators"),
    ("Ortiz went on to call the plan “a disgrace.”", "Ortiz"),
])
def test_call_with_no_ending_after_its_subject_names_or_demands(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("Ortiz called Hale's plan for the river a “fantasy.”", "Ortiz"),
    ("The mayor called Lind, her rival in the race, an “amateur.”", "The mayor"),
    ("Hale attacked the plan, calling it, among other things, “a waste.”", "Hale"),
    ("Ortiz calls Reno her home town.", "Ortiz"),
])
def test_called_past_what_a_name_owns_or_an_aside(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("The council voted down what critics call a land grab.", "critics"),
    ("It was a levee plan that engineers called reckless.", "engineers"),
    ("She backed the dam board, which she called “a lifeline for the valley.”", "she"),
])
def test_called_names_what_came_before_it(text, speaker):
    assert any(speaker in found for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("Ortiz called out Hale for the delays at the dam.", "Ortiz"),
    ("The mayor often calls out the council by name.", "The mayor"),
])
def test_called_out_criticises_in_words(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


def test_called_out_the_guard_is_a_summons():
    text = "The governor called out the National Guard after the flood."
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text", [
    "Ortiz joined a movement called the People's Alliance in 1990.",
    "The town called Riverside flooded again.",
    "It is called the Riverside plan.",
])
def test_called_that_gives_a_thing_its_name_cites_no_one(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("Hale's office called the vote a sham.", "Hale's office"),
    ("Critics called the remarks sexist.", "Critics"),
])
def test_called_after_someone_who_speaks_still_labels(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


@pytest.mark.parametrize("text", [
    "She made a phone call on Tuesday to the mayor.",
    "Voters may call the plan a bargain.",
    "The number that he called was busy.",
    "The council called snap elections for March.",
    "Ortiz called Hale her first week back.",
])
def test_call_that_names_or_demands_nothing_cites_no_one(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("The poll also shows a majority of voters back Ortiz.", "The poll"),
    ("New fundraising reports show Ortiz raised $2 million.", "New fundraising reports"),
    ("The 50-state poll finds Ortiz faring better in the north.", "The 50-state poll"),
])
def test_a_document_further_back_shows_or_finds(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


@pytest.mark.parametrize("text", [
    "The mayor shows visitors the new levee.",
    "Hale finds the river calming.",
])
def test_someone_who_shows_or_finds_something_is_no_document(text):
    assert source_texts(text) == [], source_texts(text)


def test_a_document_that_has_shown_something():
    text = "Every recent state poll has shown Ortiz trailing Hale."
    assert _starts_a_source(text, "Every recent state poll"), source_texts(text)


@pytest.mark.parametrize("text", [
    "The levee was shown to the council on Monday.",
    "Ortiz has shown little interest in the dam.",
])
def test_shown_by_no_document_cites_no_one(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("Ortiz kept campaigning in the north, with recent polls showing her far behind.", "recent polls showing"),
    ("Despite polls showing a close race, Hale stayed home.", "polls showing"),
    ("One exception was a 2019 study that found wages rose after the levee opened.", "a 2019 study that found"),
    ("The surveys that show Hale ahead were taken in May.", "The surveys that show"),
])
def test_a_document_before_showing_or_that_shows(text, speaker):
    """Round 19: a document whose finding a participle or a relative clause gives."""
    assert speaker in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text", [
    "Voters showing up early were turned away at the school.",
    "The man who found the car drove it home.",
    "Hale doubted the polls showing Ortiz ahead.",
])
def test_showing_or_that_found_after_no_document_or_after_a_verb(text):
    assert not any("showing" in found or "found" in found for found in source_texts(text)), source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("New filings show the campaign has little cash left.", "New filings show"),
    ("An article published Friday found no record of the class.", "An article published Friday found"),
])
def test_filings_an_email_or_an_article_state_a_finding(text, speaker):
    """Round 19: documents the list lacked (attribution_words.DOCUMENTS)."""
    assert speaker in source_texts(text), source_texts(text)


@pytest.mark.parametrize("text", [
    "The team read the email in the car.",
    "She sent a memo to the board on Monday.",
])
def test_an_email_or_a_memo_sent_or_read_states_nothing(text):
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("Ortiz kept her lead among older voters, the Reno Institute found.", "the Reno Institute"),
    ("Most of the money came in February, Nelson Research found.", "Nelson Research"),
])
def test_found_closing_a_sentence_after_what_was_found(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


def test_found_with_an_object_is_finding_a_thing():
    text = "After the flood, Ortiz found her car."
    assert source_texts(text) == [], source_texts(text)


@pytest.mark.parametrize("text, speaker", [
    ("Hale responded in a text message: “The levee will hold.”", "Hale"),
    ("Ortiz replied pointedly, with a smile: “Ask the council.”", "Ortiz"),
])
def test_a_reply_that_opens_a_quotation_after_a_colon_a_few_words_on(text, speaker):
    assert _starts_a_source(text, speaker), source_texts(text)


def test_troops_responding_with_force_say_nothing():
    text = "Troops responded with force: tanks rolled into the square."
    assert source_texts(text) == [], source_texts(text)


def test_a_quoted_label_inside_what_critics_say_stays_theirs():
    text = "Critics say the council's chair, Professor Edda Lind, once called car owners “climate criminals”."
    assert "Critics say" in source_texts(text), source_texts(text)

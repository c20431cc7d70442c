"""Sources PolNeAR's annotators mark in real news that the first rules missed (issue 30, round 2): one sentence,
written for this test, per error class seen on PolNeAR's train split (benchmarks/bench_attribution_polnear.py)."""

from __future__ import annotations

import pytest

from medialit.analyzer.analyzer import analyze

from analyzer_marks import source_marks as marks, source_texts as sources


@pytest.mark.parametrize("sentence, source", [
    ("Ortiz, the council leader, who in 2010 said the bridge was safe, now wants it closed.", "Ortiz"),
    ("The letter reads: ''We will not pay for the road.''", "The letter reads"),
    ("Ms. Hale has pointed out that the road is closed.", "Ms. Hale has pointed out"),
    ("His aides called him ''a genius'' at every stop.", "His aides called"),
    ("Ortiz repeated that the bridge was safe.", "Ortiz repeated"),
    ("The mayor countered that the bus plan had worked.", "The mayor countered"),
])
def test_verbs_of_saying_in_relative_clauses_and_mid_sentence(sentence, source):
    assert any(found.startswith(source) for found in sources(sentence))


@pytest.mark.parametrize("sentence, source", [
    ("Ortiz thinks the bridge is unsafe.", "Ortiz thinks"),
    ("Ortiz hopes that the bridge will reopen.", "Ortiz hopes"),
    ("The Hallam Water Company supports the new dam.", "The Hallam Water Company supports"),
    ("Senator Brill endorsed Hale for mayor.", "Senator Brill endorsed"),
    ("Most teachers oppose the longer school day.", "Most teachers oppose"),
    ("Ortiz blamed the council for the delay.", "Ortiz blamed"),
    ("She sees the vote as a test of the plan.", "She sees"),
    ("Drivers who favor the plan met on Monday.", "Drivers who favor"),
])
def test_what_someone_thinks_or_wants_is_a_view(sentence, source):
    found = [(text, rule) for text, _, rule in marks(sentence) if text.startswith(source)]
    assert found and found[0][1] == "view"


def test_a_view_explains_itself_to_a_student():
    [attribution] = analyze("Ortiz thinks the bridge is unsafe.")["attributions"]
    assert attribution["rule"] == "view" and "whose view" in attribution["explanation"]


@pytest.mark.parametrize("sentence", [
    "I think the bridge is unsafe.",
    "We want a new bridge by May.",
    "You know the road is closed.",
    "The river wants a wider bed.",
    "The law, which supports small farms, passed in May.",
    "The union wants wages raised by nine per cent.",
    "Ortiz agreed to late concessions for farmers.",
    "Riot police charged the crowd at noon.",
    "Fewer than 800 people answered the call of the alliance.",
])
def test_a_view_needs_a_source_and_a_view_not_a_plan_or_an_act(sentence):
    assert sources(sentence) == []


@pytest.mark.parametrize("sentence, source", [
    ("The IMF forecast growth of two percent next year.", "The IMF forecast"),
    ("In a statement, the club apologised to its fans.", "In a statement, the club"),
    ("Ortiz is ahead in a new Hallam Times poll.", "a new Hallam Times poll"),
    ("Ortiz's claim that the bridge is safe has been questioned.", "Ortiz's claim"),
    ("Her view that the tax is unfair is shared by many.", "Her view"),
])
def test_evidence_statements_and_claims_have_a_source(sentence, source):
    assert any(found.startswith(source) for found in sources(sentence))


@pytest.mark.parametrize("sentence, kind", [
    ("Union officials slammed the plan.", "vague"),
    ("Council workers criticized the new rota.", "vague"),
    ("Ortiz slammed the plan.", "named"),
    ("Several told reporters that the march had been peaceful.", "vague"),
    ("Dozens later said the water was unsafe.", "vague"),
])
def test_a_group_by_role_with_no_name_is_not_named(sentence, kind):
    assert [k for _, k, _ in marks(sentence)] == [kind]


@pytest.mark.parametrize("sentence, source", [
    ("''We will win,'' said Ana Lind, a spokeswoman for the union.", "said Ana Lind, a spokeswoman for the union"),
    ("A union representing bus drivers said the plan was unsafe.", "A union representing bus drivers said"),
])
def test_the_whole_source_phrase_is_the_source(sentence, source):
    assert source in sources(sentence)


@pytest.mark.parametrize("sentence, source", [
    ("Farms in the north, where the drought began, will suffer first, said Ana Lind, a farmer from Orvay.",
     "said Ana Lind, a farmer from Orvay"),
    ("The plan, which passed in May, will cost more, said the mayor.", "said the mayor"),
])
def test_a_source_after_a_verb_that_follows_a_comma(sentence, source):
    assert source in sources(sentence)


def test_a_clause_after_the_verb_is_what_was_said_not_the_source():
    assert sources("Ortiz, the mayor, said the bridge is safe.") == ["Ortiz, the mayor, said"]


@pytest.mark.parametrize("sentence, source", [
    ("Rep. Ada Pole (D-Va.), a member of the transport committee, said the bill would pass.", "Rep. Ada Pole"),
    ("Sandy Hale, who lost her home in Reno, Nevada, in 2012, said the levee failed.", "Sandy Hale"),
])
def test_a_long_description_between_the_name_and_the_verb(sentence, source):
    assert sources(sentence) and sources(sentence)[0].startswith(source)


@pytest.mark.parametrize("sentence", ["About four in 10 said they were angry.", "Almost half said they would vote.",
                                      "Some 22 percent said they would stay at home."])
def test_a_share_of_people_polled_is_a_vague_source(sentence):
    assert [kind for _, kind, _ in marks(sentence)] == ["vague"]


def test_the_subject_of_and_then_said():
    assert sources("The judge rubbed his chin, and then said something strange.")[0].startswith("The judge")


def test_an_aside_inside_a_reported_clause():
    found = sources("Ortiz praised Hale for cutting taxes, moves that he said helped the town.")
    assert found == ["Ortiz praised", "he said"]


def test_a_quotation_closed_after_an_exclamation_mark_leaves_the_speaker_outside():
    assert sources('Bravo!," the senator said of the crowd, and "Encore!"') == ["the senator said"]


@pytest.mark.parametrize("sentence, source", [
    ("Ortiz went on to say that the bridge would reopen.", "Ortiz went on to say"),
    ("Older voters were more likely to say the tax was fair.", "Older voters were more likely to say"),
])
def test_went_on_to_say(sentence, source):
    assert source in sources(sentence)


@pytest.mark.parametrize("sentence, source", [
    ("''Is that you?'' Borger asked.", "Borger asked"),
    ("Ms. Pell, a teacher and head of the school board, asked former Attorney General Eric Holder whether the school would close.", "Ms. Pell"),
    ("Ortiz asked the council to delay the vote.", "Ortiz asked"),
])
def test_asked_a_question_or_a_favour(sentence, source):
    assert any(found.startswith(source) for found in sources(sentence))


@pytest.mark.parametrize("sentence, source", [
    ("Cruz took the stage with a joke about the rain, saying the town was used to it.", "Cruz"),
    ("Both parents stood by the teacher, saying she had done nothing wrong.", "Both parents"),
])
def test_the_subject_of_a_participle_after_a_comma(sentence, source):
    assert sources(sentence) and sources(sentence)[0].startswith(source)


@pytest.mark.parametrize("sentence, source", [
    ("The crowd cheered when Ortiz thanked the town and said it was good to be home.", "Ortiz"),
    ("Mrs. Hale shook her head and said no.", "Mrs. Hale"),
])
def test_the_subject_of_a_verb_joined_by_and(sentence, source):
    assert sources(sentence) and sources(sentence)[0].startswith(source)


@pytest.mark.parametrize("sentence, source", [
    ("On the economy, 42% say they are worried.", "42% say"),
    ("About one in five say they will not vote.", "About one in five say"),
    ("Among those who said they cared most about honesty, Ortiz won.", "who said"),
])
def test_shares_and_those_who_said(sentence, source):
    assert any(source in found for found in sources(sentence))
    assert all(kind == "vague" for _, kind, _ in marks(sentence))


@pytest.mark.parametrize("sentence, source", [
    ("Sen. Ada Pole (D-Ore.) last week said the bill would pass.", "Sen. Ada Pole (D-Ore.) last week said"),
    ("The clerk first said she had lost the file.", "The clerk first said"),
])
def test_a_time_word_between_the_source_and_the_verb(sentence, source):
    assert source in sources(sentence)


@pytest.mark.parametrize("sentence, source, kind", [
    ("The new poll shows Ortiz far ahead of Hale.", "The new poll shows", "named"),
    ("Polls there show Ortiz trailing.", "Polls there show", "vague"),
])
def test_a_poll_shows(sentence, source, kind):
    assert (source, kind) in [(text, k) for text, k, _ in marks(sentence)]


@pytest.mark.parametrize("sentence, source", [
    ("Senator Pell called Ortiz a ''reckless spender.''", "Senator Pell called"),
    ("Hale called Ortiz “The Bridge Builder” at the rally.", "Hale called"),
])
def test_called_someone_a_label(sentence, source):
    assert source in sources(sentence)


@pytest.mark.parametrize("sentence, source", [
    ("Sanders: The Council Has Failed Our Town.", "Sanders:"),
    ("Jacobs joked about the rain.", "Jacobs joked"),
])
def test_a_name_ending_in_s_is_a_name(sentence, source):
    assert [(source, "named")] == [(text, kind) for text, kind, _ in marks(sentence)]


def test_a_label_before_a_colon_is_not_a_speaker():
    assert sources("Notes: The Survey Was Taken In May.") == []


@pytest.mark.parametrize("sentence, source", [
    ("Ortiz decried the rise in fares.", "Ortiz decried"),
    ("The rally denounced the new law.", "The rally denounced"),
    ("Hale shot back that the figures were wrong.", "Hale shot back"),
    ("Ms. Pell weighed in on the debate.", "Ms. Pell weighed in"),
])
def test_more_verbs_of_saying(sentence, source):
    assert any(found.startswith(source) for found in sources(sentence))


def test_pleaded_guilty_is_not_a_source():
    assert sources("He pleaded guilty to fraud.") == []


@pytest.mark.parametrize("sentence, source", [
    ("AP says Ortiz has 1,061 delegates.", "AP says"),
    ("He’s pointing out the progress he has made.", "He’s pointing out"),
    ("Cory Hale, 22, of Flint, Mich., said he had not given up hope.", "Cory Hale, 22, of Flint, Mich., said"),
])
def test_initials_is_for_is_and_a_home_town(sentence, source):
    assert any(found.startswith(source) for found in sources(sentence))


@pytest.mark.parametrize("sentence", [
    "Ortiz has a wide lead in the polls.",
    "Voters in Ohio head to the polls on Tuesday.",
    "The Latest: Ortiz Wins The County Vote.",
    "BOOM: Ortiz Just Won The County.",
    "Twitter: @ortiz.",
])
def test_no_poll_in_particular_and_no_label_before_a_colon_is_a_source(sentence):
    assert sources(sentence) == []


@pytest.mark.parametrize("sentence", [
    "When asked about how the ban would work, the answer was unclear.",
    "The price was not disclosed.",
])
def test_no_source_in_a_question_put_or_a_passive(sentence):
    assert sources(sentence) == []


def test_the_subject_of_and_said_begins_a_clause():
    found = sources("Walking home, Ebeling recalled her days as a Goldwater girl in Ohio and said little had changed.")
    assert found and found[0].startswith("Ebeling")


@pytest.mark.parametrize("sentence, source", [
    ("Ortiz knew the vote would be close.", "Ortiz knew"),
    ("Hale thought the plan was a mistake.", "Hale thought"),
])
def test_what_someone_knows_or_thinks_is_a_view(sentence, source):
    assert (source, "view") in [(text, rule) for text, _, rule in marks(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("Residents told the paper that they felt safe.", ["Residents told"]),
    ("Our members know the plan is unfair.", []),
    ("The government has offered four per cent.", []),
])
def test_a_view_inside_what_was_reported_or_the_writer_s_own_side_or_an_offer_is_no_new_source(sentence, expected):
    assert sources(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "One air strike, four reports",
    "The coalition said it would review reports of civilian deaths.",
    "Its organisers ignored repeated warnings from the police.",
])
def test_a_plural_noun_or_an_adjective_spelt_like_a_verb_of_saying_cites_no_one_new(sentence):
    assert sources(sentence) in ([], ["The coalition said"])


def test_a_later_sentence_kept_in_the_same_piece_is_read_on_after_a_that_clause():
    text = "But he agreed that a mayor should make clear such deals are rare. ''Swaps are tricky,'' he said."
    assert sources(text) == ["he agreed", "he said"]


@pytest.mark.parametrize("sentence, source", [
    ("Ford itself said the deal was on.", "Ford itself said"),
    ("Carter however said he would welcome it.", "Carter however said"),
])
def test_a_word_between_the_name_and_the_verb(sentence, source):
    assert source in sources(sentence)


@pytest.mark.parametrize("sentence, source", [
    ("Voters shrugged off the choice, with three in 10 saying it would change nothing.", "three in 10 saying"),
    ("Ortiz has a lead, with 50 percent saying she is ready.", "50 percent saying"),
])
def test_a_share_of_people_saying(sentence, source):
    assert any(source in found for found in sources(sentence))
    assert [kind for _, kind, _ in marks(sentence)] == ["vague"]

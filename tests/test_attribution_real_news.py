"""Sources as careful readers mark them in real news: one sentence (written for this test) per error class
that PolNeAR's annotated news showed (issue 30; benchmarks/bench_attribution_polnear.py measures them)."""

from __future__ import annotations

import pytest

from medialit.analyzer.analyzer import analyze
from medialit.analyzer.attribution import find_sources
from medialit.analyzer.tokenizer import tokenize
from medialit.content.article import number_sentences

from analyzer_marks import source_texts as sources


@pytest.mark.parametrize("sentence, source", [
    ('"Is the plan ready yet?" the reporter asked.', "the reporter asked"),
    ("Ms. Hollin called the new bridge a waste of money.", "Ms. Hollin called"),
    ('"We will look at it," Ms. Varga responded.', "Ms. Varga responded"),
    ("Tomas Brill praised the volunteers for their work.", "Tomas Brill praised"),
    ("The mayor tweeted that the road would reopen on Monday.", "The mayor tweeted"),
    ('"Only if it rains," Mr. Osk joked.', "Mr. Osk joked"),
    ('"Not today," replied Ana Lind.', "replied Ana Lind"),
    ("Senator Pell blasted the budget as reckless.", "Senator Pell blasted"),
    ("The coach has claimed the referee was biased.", "The coach has claimed"),
    ("Dr. Fenn warned that the river could flood.", "Dr. Fenn warned"),
])
def test_verbs_of_saying_news_uses(sentence, source):
    assert any(found.startswith(source) for found in sources(sentence))


@pytest.mark.parametrize("sentence, source", [
    ("McClendon said the vote would be close.", "McClendon said"),
    ("DeVries told reporters the factory would stay open.", "DeVries told"),
])
def test_names_with_an_inner_capital(sentence, source):
    assert source in sources(sentence)


def test_the_speaker_is_outside_the_quotation():
    assert sources("“I believe we are winning this race,” he said.") == ["he said"]


def test_a_first_person_verb_inside_a_quotation_is_the_quoted_speaker_s_words():
    assert sources("“I say it every day: we need more buses,” Mayor Ortiz said.") == ["Mayor Ortiz said"]


def test_source_and_verb_apart_in_one_sentence():
    assert sources("Ravel blasted the council for the delay and said the town deserved better.")[0].startswith("Ravel")
    assert sources("Conway appeared on the morning show and defended the plan, saying it would work.")[0] \
        .startswith("Conway")


@pytest.mark.parametrize("headline, source", [
    ("Ravel: The Council Has Failed Our Town.", "Ravel:"),
    ("Mayor Ortiz on the bus plan: 'We need more drivers'.", "Mayor Ortiz"),
    ("Linnet Group: Grant Said That Prices Would Rise.", "Linnet Group:"),
])
def test_headline_forms(headline, source):
    assert any(found.startswith(source) for found in sources(headline))


def test_headline_with_a_capitalised_verb_of_saying():
    assert "Grant Said" in sources("Grant Said That Prices Would Rise In May.")


def test_a_number_before_a_colon_is_not_a_headline_source():
    assert sources("At 7:30 p.m. the polls closed across the county.") == []


def test_the_noun_states_is_not_a_verb_of_saying():
    assert sources("Senate races in at least seven states are close this year.") == []
    assert sources("The two states hold their primaries in March.") == []


def test_the_verb_states_is_still_a_verb_of_saying():
    assert sources("The report states that the bridge is unsafe.") == ["The report states"]


def test_an_organisation_speaks_through_it():
    assert sources("The Hallam Water Company said it would raise prices.") == ["The Hallam Water Company said"]


@pytest.mark.parametrize("lead", ["By now, most voters have made up their minds.",
                                  "By merging the two firms, the bank saved money.",
                                  "By Sept. 30, the fund had run dry."])
def test_a_lead_beginning_with_by_is_not_a_byline(lead):
    bylines, paragraphs = number_sentences(lead + "\n\nThe race is close.")
    assert bylines == [] and paragraphs[0][0].text == lead


def test_a_real_byline_is_still_a_byline():
    bylines, _ = number_sentences("By Jane Ortiz and Tom Hale, Staff Writers\n\nThe race is close.")
    assert bylines == ["By Jane Ortiz and Tom Hale, Staff Writers"]


def test_a_headline_of_names_is_plainly_english():
    text = "Pelosi, Schumer, McConnell meet Trump over budget, taxes, border wall funding deal on Wednesday."
    assert analyze(text)["sentences"]


def test_it_said_speaks_for_the_body_cited_before():
    assert sources("The Hallam Water Company raised its prices. It said costs had risen.") == ["It said"]


def test_a_party_and_state_in_brackets_stand_between_name_and_verb():
    assert sources("Sen. Ada Pole (D-Ore.) said the bill would pass.") == ["Sen. Ada Pole (D-Ore.) said"]


def test_an_infinitive_says_nothing_yet():
    assert sources("The judges on the court seemed ready to say that the law was unfair.") == []


def test_first_person_inside_a_quotation_that_began_in_an_earlier_sentence():
    assert sources("I say it again: the bridge must be fixed.") == []


def test_pledged_delegates_are_not_a_pledge():
    assert sources("Ortiz leads Vance by 270 pledged delegates.") == []


def test_a_second_speaker_after_a_quotation_the_sentence_splitter_kept_together():
    text = "The club is changing, Ms. Tanzer said, ''to suit families.'' ''They are spending a fortune,'' she said."
    assert sources(text) == ["Ms. Tanzer said", "she said"]


@pytest.mark.parametrize("sentence, source", [
    ("Marta Lind, 21, a student from Reno, said she voted for the first time.", "Marta Lind"),
    ("Sen. Ada Pole (D-Ore.), said the bill would pass.", "Sen. Ada Pole"),
    ("Pell, who backed the plan in May and said it would pass, stayed away from the vote.", "Pell"),
])
def test_a_description_between_the_name_and_the_verb(sentence, source):
    assert sources(sentence) and sources(sentence)[0].startswith(source)


@pytest.mark.parametrize("line, source", [
    ("ORTIZ: Well, I think the whole town needs to work together.", "ORTIZ:"),
    ("Polls were right after all - Ana Bell: “The late swing was real.”", "Ana Bell:"),
    ("Gov. Ortiz: ‘We Will Fix The Bridge’.", "Gov. Ortiz:"),
])
def test_speakers_before_a_colon_in_transcripts_and_round_ups(line, source):
    assert source in sources(line)


def test_asked_someone_whether_is_a_question_put():
    assert sources("Ana Bell asked the mayor whether the bridge would reopen.")[0].startswith("Ana Bell asked")


def test_what_someone_called_a_quoted_phrase():
    assert "Mr. Hale called" in sources("Under what Mr. Hale called “the old model,” clubs charged more.")[0]


def test_a_capital_that_only_opens_the_sentence_is_not_a_speaker_for_a_later_verb():
    assert sources("Similar protests were tried in the spring but found no support among residents.") == []


def test_a_name_with_a_hyphen():
    found = analyze("“The school will stay open,” Ortiz-Lind said.")["attributions"]
    assert [(a["text"], a["rule"]) for a in found] == [("Ortiz-Lind said", "name")]


def test_straight_quotes_that_open_after_a_sentence_kept_with_the_last():
    """Two sentences the splitter keeps together: the first '' opens a quotation (a ,'' before a lower-case word
    closes one), so "she said" stands outside the quotation marks."""
    assert sources("The bridge is fine. ''We checked it twice,'' she said. ''Nobody needs to worry. The river is "
                   "low.''") == ["she said"]


def test_an_inverted_source_with_a_relative_clause():
    """Found by the word positions alone (without a parse, or where the parser errs), as the parse finds it."""
    doc = tokenize("“That is the plan,” said the man who built the old bridge.")
    assert [doc[s.start:s.end].text for s in find_sources(doc)] == ["said the man"]


@pytest.mark.parametrize("sentence", [
    "Some Democrats say the plan is bad.",
    "Many Republicans said the vote was rushed.",
    "Some Israelis say the talks will fail.",
    "Several Labour MPs said the budget was unfair.",
    "Several MPs said the budget was unfair.",  # "several" counts the MPs: it is not the source word
])
def test_some_members_of_a_party_or_people_are_a_vague_source(sentence):
    """"Some Democrats" names nobody in particular, like "Democrats" alone: the capital is the party's, not a name's."""
    [found] = analyze(sentence)["attributions"]
    assert (found["kind"], found["rule"]) == ("vague", "plural")


def test_a_surname_ending_like_a_people_is_still_a_name():
    [found] = analyze("Jodie Evans said the plan is bad.")["attributions"]
    assert found["kind"] == "named"


@pytest.mark.parametrize(("sentence", "source"), [
    ("The so-called Liberation Front says civilians died.", "The so-called Liberation Front says"),
    ("So-called experts say the dam is safe.", "So-called experts say"),
])
def test_a_hyphenated_word_does_not_cut_the_source_in_two(sentence, source):
    """"so" opens a clause, but "so-called" is one word: the source keeps it whole (it showed "-called …")."""
    assert sources(sentence) == [source]


@pytest.mark.parametrize(("sentence", "source"), [
    ("The ministry sent two letters, addressed to Ana Lind and the head of the council, Tomas Brill, calling on the "
     "council to act.", "The ministry"),
    ("Halden Water wrote to the mayor, Jo Pike, saying the pipes were safe.", "Halden Water wrote"),
])
def test_a_person_named_just_before_a_comma_and_a_participle_is_not_its_speaker(sentence, source):
    """"…, Tomas Brill, calling on …": the letters' sender calls, not the person they were addressed to."""
    assert sources(sentence) == [source]


def test_a_dateline_with_a_date_is_no_source():
    assert "WASHINGTON" not in " ".join(sources(
        "WASHINGTON, Dec. 8 (UPI) — In reply to the plan, the mayor rallied supporters, saying the plan was wrong."))


def test_a_source_inside_a_known_body_s_name_shows_the_whole_name():
    """"and" ends a phrase, but not inside "the Syrian Ministry of Foreign Affairs and Expatriates" (a body the
    ownership table names): the source showed "Expatriates, which has stated"."""
    assert sources("The attack prompted the response of the Syrian Ministry of Foreign Affairs and Expatriates, "
                   "which has stated that the alliance broke the law.") == [
        "the Syrian Ministry of Foreign Affairs and Expatriates, which has stated"]


@pytest.mark.parametrize(("sentence", "source"), [
    ("“Too many,” said Maj. Gen. Ana Ghika, deputy commander of the task force.", "said Maj. Gen. Ana Ghika"),
    ("Lt. Col. Ann Lee said the base was safe.", "Lt. Col. Ann Lee said"),
    ("Brig. Gen. Tom Ray told reporters the base was safe.", "Brig. Gen. Tom Ray told"),
])
def test_a_rank_written_short_stays_part_of_the_name(sentence, source):
    """The source showed "said Maj": the full stop of "Maj." ended the name."""
    assert sources(sentence) == [source]


def test_how_or_why_before_the_speaker_is_not_part_of_the_source():
    """The source showed "is how bus driver Tom Reyes describes"."""
    assert sources("That is how bus driver Tom Reyes describes the river road.") == ["bus driver Tom Reyes describes"]


@pytest.mark.parametrize("headline, source", [
    ("Hale camp: Ortiz's dam plan threatens the valley.", "Hale camp:"),  # a side's word after the name
    ("Reno Star editorial: 'Close the old dam.'", "Reno Star editorial:"),
    ("Valley Daily News: Flood shows the levee is too low.", "Valley Daily News:"),  # a label closing a name
    ("River Watch: The Dam Was Never Inspected.", "River Watch:"),
    ("Former Mayor Ortiz at the rally: The dam must go.", "Former Mayor Ortiz"),
    ("Hale's answer: “The levee will hold.”", "Hale's answer:"),  # the owner of a statement
    ("Democrats' new warning: The levee could fail.", "Democrats' new warning:"),
    ("Ortiz allies: The count was wrong.", "Ortiz allies:"),
    ("Poll: 3 races in the valley are tight.", "Poll:"),  # a number after a document's colon
    ("The samples were too small - More from the report: “Few voters answered by phone.”", "the report:"),
    ("The river rose in May and again in June after the dam was closed -More from Ana Bell and Tom Hale: "
     "“Older voters care most about the dam.”", "Ana Bell and Tom Hale:"),
])
def test_a_speaker_before_a_colon(headline, source):
    assert source in sources(headline), sources(headline)


@pytest.mark.parametrize("text", [
    "Contributing: Ana Lind and Tom Hale.",  # a credit line
    "Remember: The dam was built in 1957.",  # a call to the reader
    "Delegate Update: The count in Reno is close.",  # a label closing the words before the colon
    "Breaking News: The dam broke at noon.",
    "Hale: 1,501.",  # a tally, not someone's words
    "Their argument: Only a new dam can help.",  # an owner the reader must guess
    "Hale's book: A Life On The River.",  # a title, not a statement
    "Ortiz was born far away from the river in the north of the state, in the town she still calls Mexico: "
    "“a place of dust,” she writes.",  # a place after "from", not "More from"
])
def test_no_speaker_before_a_label_or_a_tally_colon(text):
    assert not any(found.endswith(":") for found in sources(text)), sources(text)

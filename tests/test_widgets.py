"""The source tagger's kernel side, driven through its synced state as the browser drives it.

The browser side (keyboard, mouse, labels, focus, axe) is tested in
test_browser.py, in real JupyterLab.
"""

from __future__ import annotations

from pathlib import Path

from conftest import in_a_fresh_python

import medialit.lesson.widgets as widgets_module
from medialit.content.article import load_article
from medialit.lesson.widgets import Highlighter, SourceTagger

KEY_KINDS = {1: "none", 2: "named", 3: "named", 4: "unnamed", 5: "vague", 6: "none", 7: "none", 8: "named", 9: "vague"}


def make_tagger() -> SourceTagger:
    return SourceTagger(load_article("riverside-bridge"), "sentence_kinds")


def test_it_sends_the_numbered_sentences_and_the_tags_with_their_meanings():
    tagger = make_tagger()
    assert tagger.sentences[3] == [4, "S4", load_article("riverside-bridge").sentence(4).text]
    assert list(tagger.kinds) == ["named", "unnamed", "vague", "none"]


def test_it_starts_with_nothing_tagged_and_an_empty_answer_line():
    tagger = make_tagger()
    assert tagger.value == {}
    assert tagger.answer_line == "sentence_kinds = {}"


def test_tags_from_the_browser_update_the_answer_line_in_sentence_order():
    tagger = make_tagger()
    tagger.tags = {"4": "unnamed", "2": "named"}  # what the front-end syncs after two clicks
    assert tagger.value == {2: "named", 4: "unnamed"}
    assert tagger.answer_line == 'sentence_kinds = {2: "named", 4: "unnamed"}'


def test_an_unknown_tag_from_the_browser_is_ignored():
    tagger = make_tagger()
    tagger.tags = {"1": "gossip", "2": "named"}
    assert tagger.answer_line == 'sentence_kinds = {2: "named"}'


def test_the_answer_line_is_valid_python_for_the_answer_cell():
    tagger = make_tagger()
    for number, kind in KEY_KINDS.items():
        tagger.tag(number, kind)
    namespace = {}
    exec(tagger.answer_line, namespace)
    assert namespace["sentence_kinds"] == KEY_KINDS


def test_the_check_message_shows_feedback_without_the_key():
    tagger = make_tagger()
    tagger.tag(1, "named")
    tagger._on_message(tagger, {"event": "check"}, [])
    assert "0 of 9 tags are right" in tagger.feedback and "Look again at S1" in tagger.feedback
    for number, kind in KEY_KINDS.items():
        tagger.tag(number, kind)
    tagger._on_message(tagger, {"event": "check"}, [])
    assert "All right" in tagger.feedback


def test_other_messages_are_ignored():
    tagger = make_tagger()
    tagger._on_message(tagger, {"event": "something else"}, [])
    assert tagger.feedback == ""


def test_the_front_end_hands_keys_back_from_jupyterlab_and_labels_every_control():
    source = (Path(widgets_module.__file__).with_name("widgets.js")).read_text()
    assert 'node.setAttribute("data-lm-suppress-shortcuts", "true")' in source
    assert source.count('control("') == 5  # tagger radios, technique radios, words, the answer line and the button
    assert '"fieldset"' in source and '"legend"' in source and 'setAttribute("role", "status")' in source


def test_during_grading_only_a_note_is_shown_and_no_widget_library_is_loaded():
    """Grading never shows a tool, so it must not pay for ipywidgets and anywidget in every student's notebook."""
    code = ("from medialit import Highlighter, SourceTagger, load_article\n"
            "tagger = SourceTagger(load_article('riverside-bridge'), 'sentence_kinds', multiple=True)\n"
            "print(repr(tagger)); print(repr(Highlighter(None, 'framing_marks')))")
    shown, loaded = in_a_fresh_python(code, ("anywidget", "ipywidgets", "pandas", "matplotlib"), grading=True)
    assert shown == ["(The tagging tool is not shown during grading: only your answer cells count.)",
                     "(The highlighter is not shown during grading: only your answer cells count.)"]
    assert loaded == []


# The highlighter: marks on words become phrases -> techniques.

def make_highlighter():
    from medialit.lesson.widgets import Highlighter

    return Highlighter(load_article("one-strike-four-reports"), "framing_marks")


def word_number(highlighter, word: str, nth: int = 0) -> int:
    return [i for i, w in enumerate(highlighter.words()) if w == word][nth]


def test_words_keep_their_quotation_marks_and_hyphens():
    words = make_highlighter().words()
    assert '"precise"' in words and "so-called" in words and "occupiers'" in words and "Westmark-led" in words
    assert "night." not in words and "night" in words


def test_neighbouring_words_marked_alike_become_one_phrase():
    highlighter = make_highlighter()
    highlighter.mark(word_number(highlighter, "terror"), "loaded label")
    highlighter.mark(word_number(highlighter, "nest"), "loaded label")
    highlighter.mark(word_number(highlighter, "smashed"), "emotive language")
    assert highlighter.value == {"smashed": "emotive language", "terror nest": "loaded label"}
    assert highlighter.answer_line == 'framing_marks = {"smashed": "emotive language", "terror nest": "loaded label"}'


def test_a_phrase_ends_where_the_technique_or_the_sentence_changes():
    highlighter = make_highlighter()
    highlighter.mark(word_number(highlighter, "savage"), "emotive language")
    highlighter.mark(word_number(highlighter, "slaughter"), "loaded label")
    last_of_s2 = word_number(highlighter, "night")
    highlighter.mark(last_of_s2, "euphemism")
    highlighter.mark(last_of_s2 + 1, "euphemism")  # "The", first word of S3
    assert highlighter.value == {"night": "euphemism", "The": "euphemism", "savage": "emotive language",
                                 "slaughter": "loaded label"}


def test_the_answer_line_is_python_even_with_quotation_marks():
    highlighter = make_highlighter()
    highlighter.mark(word_number(highlighter, '"precise"'), "scare quotes")
    namespace = {}
    exec(highlighter.answer_line, namespace)
    assert namespace["framing_marks"] == {'"precise"': "scare quotes"}


def test_marks_from_the_browser_that_make_no_sense_are_ignored():
    highlighter = make_highlighter()
    highlighter.marks = {"0": "gossip", "99999": "euphemism", "1": "euphemism"}
    assert highlighter.value == {"air": "euphemism"}


def test_check_on_the_highlighter_counts_without_naming_missed_words():
    highlighter = make_highlighter()
    highlighter.mark(word_number(highlighter, "so-called"), "so-called")
    highlighter.mark(word_number(highlighter, "bakery"), "loaded label")
    highlighter._on_message(highlighter, {"event": "check"}, [])
    assert "You found 1 of the" in highlighter.feedback and "&quot;bakery&quot;" in highlighter.feedback
    assert "terror" not in highlighter.feedback and "invaders" not in highlighter.feedback


# The tagger in multiple mode: checkboxes, for texts whose sentences mix kinds of source.

MIXED_KEY = {1: [{"none"}], 2: [{"named"}, {"named", "none"}], 3: [{"named"}], 4: [{"unnamed", "vague"}],
             5: [{"vague"}], 6: [{"none"}], 7: [{"none"}], 8: [{"named"}], 9: [{"vague"}]}


def make_multiple_tagger() -> SourceTagger:
    return SourceTagger(load_article("riverside-bridge"), "mixed_kinds", multiple=True)


def test_the_checkbox_mode_reaches_the_browser_and_the_help_says_how_to_tick():
    """widgets.js draws checkboxes only when the synced flag says so; the help must match what is drawn."""
    tagger = make_multiple_tagger()
    assert tagger.multiple is True and tagger.get_state()["multiple"] is True
    assert "tick every kind of source" in tagger.help and "Space to tick" in tagger.help
    single = make_tagger()
    assert single.multiple is False and single.get_state()["multiple"] is False
    assert "arrow keys to choose" in single.help


def test_in_multiple_mode_tags_are_lists_and_one_kind_stays_a_plain_tag():
    """The answer line stays in the single-kind form wherever a sentence has one kind."""
    tagger = make_multiple_tagger()
    tagger.tag(1, "none")
    tagger.tag(4, "vague", "unnamed")
    assert tagger.tags == {"1": ["none"], "4": ["vague", "unnamed"]}
    assert tagger.value == {1: "none", 4: {"unnamed", "vague"}}
    assert type(tagger.value[1]) is str and type(tagger.value[4]) is set


def test_single_mode_still_stores_one_tag():
    tagger = make_tagger()
    tagger.tag(3, "named")
    assert tagger.tags == {"3": "named"} and tagger.value == {3: "named"}


def test_the_multiple_answer_line_sorts_sets_whatever_order_the_boxes_were_ticked():
    """Two students with the same answer must paste the same line (and a diff of the notebook stays quiet)."""
    lines = []
    for order in (["vague", "unnamed"], ["unnamed", "vague"]):
        tagger = make_multiple_tagger()
        tagger.tags = {"4": order, "1": ["none"]}  # what the front-end syncs
        lines.append(tagger.answer_line)
    assert lines == ['mixed_kinds = {1: "none", 4: {"unnamed", "vague"}}'] * 2


def test_the_multiple_answer_line_is_python_for_the_same_value():
    tagger = make_multiple_tagger()
    tagger.tag(2, "none", "named")
    tagger.tag(3, "named")
    tagger.tag(4, "vague", "unnamed", "none")
    namespace = {}
    exec(tagger.answer_line, namespace)
    assert namespace["mixed_kinds"] == tagger.value == {2: {"named", "none"}, 3: "named",
                                                        4: {"none", "unnamed", "vague"}}


def test_unknown_kinds_from_the_browser_are_dropped_and_unticked_sentences_leave_the_answer():
    tagger = make_multiple_tagger()
    tagger.tags = {"1": ["gossip"], "2": ["named", "gossip"], "3": "gossip", "4": ["vague", "unnamed"]}
    assert tagger.value == {2: "named", 4: {"unnamed", "vague"}}
    tagger.tag(4)  # every box of S4 unticked again
    assert tagger.value == {2: "named"}
    assert tagger.answer_line == 'mixed_kinds = {2: "named"}'


def test_the_check_button_gives_part_credit_for_a_mixed_sentence_without_the_key(monkeypatch):
    import medialit.lesson.feedback as feedback_module
    from medialit.classroom.answer_keys import exercise_keys

    salt = "widget-test"
    data = exercise_keys("mixed_kinds", MIXED_KEY, salt, load_article("riverside-bridge"))
    monkeypatch.setattr(feedback_module, "_all_exercises", lambda near=None: {"mixed_kinds": (salt, data)})
    tagger = make_multiple_tagger()
    for number, readings in MIXED_KEY.items():
        tagger.tag(number, *sorted(readings[-1]))
    tagger.tag(4, "unnamed")
    tagger._on_message(tagger, {"event": "check"}, [])
    assert "Keep going" in tagger.feedback and "8 of 9 sentences are fully right" in tagger.feedback
    assert "Part right: S4." in tagger.feedback
    assert "vague" not in tagger.feedback and "unnamed" not in tagger.feedback
    tagger.tag(4, "unnamed", "vague")
    tagger._on_message(tagger, {"event": "check"}, [])
    assert "All right" in tagger.feedback and "9 of 9 sentences are fully right" in tagger.feedback


# Following the answer cell (issue 19, item 8): an answer cell's value shown as clicks; the kernel-level order
# (tool cell first or answer cell first) is tested in test_last_run.py.

def test_the_tagger_shows_an_answer_read_as_the_form_test_reads_it():
    tagger = make_multiple_tagger()
    tagger.show_answer({1: "None", "S4": {"vague", "unnamed"}})
    assert tagger.tags == {"1": ["none"], "4": ["unnamed", "vague"]}  # the boxes' order, as clicks give it
    assert tagger.answer_line == 'mixed_kinds = {1: "none", 4: {"unnamed", "vague"}}'


def test_an_answer_the_tagger_cannot_show_leaves_it_as_it_was():
    tagger = make_tagger()
    tagger.tag(3, "named")
    for value in (..., None, [1, 2], {99: "named"}, {1: "gossip"}, {1: [["named"]]}, {(1,): "named"},
                  {1: {"named", "vague"}}):  # the last: two kinds where only one can be chosen
        tagger.show_answer(value)
        assert tagger.tags == {"3": "named"}, value


def test_the_highlighter_shows_an_answer_on_the_words_that_read_it():
    highlighter = make_highlighter()
    answer = {"Terror nest": "loaded label", "smashed": "emotive language", '"precise"': "scare quotes"}
    highlighter.show_answer(answer)
    assert highlighter.marks == {str(word_number(highlighter, "terror")): "loaded label",
                                 str(word_number(highlighter, "nest")): "loaded label",
                                 str(word_number(highlighter, "smashed")): "emotive language",
                                 str(word_number(highlighter, '"precise"')): "scare quotes"}
    assert highlighter.value == {"smashed": "emotive language", "terror nest": "loaded label",
                                 '"precise"': "scare quotes"}


def test_the_highlighter_shows_a_phrase_the_grader_reads_as_the_same_words():
    """Quotation marks and letter case around the words do not matter to the grader, so not to the tool either:
    the model answer "falsely claimed" is the text's \u201c"falsely claimed"\u201d."""
    highlighter = Highlighter(load_article("coalition-hajin-statements"), "coalition_framing")
    highlighter.show_answer({"falsely claimed": "opinion as fact", "LIBERATING": "loaded label"})
    assert highlighter.value == {'"falsely claimed"': "opinion as fact", "liberating": "loaded label"}


def test_a_phrase_not_in_the_text_leaves_the_highlighter_as_it_was():
    highlighter = make_highlighter()
    highlighter.mark(word_number(highlighter, "smashed"), "emotive language")
    for value in ({"terror nest": "loaded label", "not in the text": "euphemism"}, {"smashed": "gossip"},
                  {"erro": "loaded label"}, ...):  # "erro" is inside a word, not a word
        highlighter.show_answer(value)
        assert highlighter.value == {"smashed": "emotive language"}, value

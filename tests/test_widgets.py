"""The source tagger's logic, driven through its widget models as the browser would."""

from __future__ import annotations

import ipywidgets as widgets

from medialit.article import load_article
from medialit.widgets import SourceTagger

KEY_KINDS = {1: "none", 2: "named", 3: "named", 4: "unnamed", 5: "vague", 6: "none", 7: "none", 8: "named", 9: "vague"}


def make_tagger() -> SourceTagger:
    return SourceTagger(load_article("riverside-bridge"), "sentence_kinds")


def test_it_starts_with_nothing_tagged_and_an_empty_answer_line():
    tagger = make_tagger()
    assert tagger.value == {}
    assert tagger.answer.value == "sentence_kinds = {}"


def test_tagging_updates_the_answer_line_in_sentence_order():
    tagger = make_tagger()
    tagger.tag(4, "unnamed")
    tagger.choices[2].value = "named"  # what a click on the radio button does
    assert tagger.value == {2: "named", 4: "unnamed"}
    assert tagger.answer.value == 'sentence_kinds = {2: "named", 4: "unnamed"}'


def test_the_answer_line_is_valid_python_for_the_answer_cell():
    tagger = make_tagger()
    for number, kind in KEY_KINDS.items():
        tagger.tag(number, kind)
    namespace = {}
    exec(tagger.answer.value, namespace)
    assert namespace["sentence_kinds"] == KEY_KINDS


def test_check_button_shows_feedback_without_the_key():
    tagger = make_tagger()
    tagger.tag(1, "named")
    tagger.check_button.click()
    assert "0 of 9 tags are right" in tagger.feedback.value
    assert "Look again at S1" in tagger.feedback.value
    for number, kind in KEY_KINDS.items():
        tagger.tag(number, kind)
    tagger.check_button.click()
    assert "All right" in tagger.feedback.value


def test_every_control_has_a_text_label_for_keyboard_and_screen_reader_users():
    tagger = make_tagger()
    for number, choice in tagger.choices.items():
        assert isinstance(choice, widgets.RadioButtons)
        assert choice.description == f"Tag S{number}"
        assert choice.options == ("named", "unnamed", "vague", "none")
    assert tagger.check_button.description and tagger.answer.description


def test_during_grading_only_a_note_is_shown(monkeypatch, capsys):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    make_tagger()._ipython_display_()
    assert "not shown during grading" in capsys.readouterr().out

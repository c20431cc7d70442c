"""The source tagger's kernel side, driven through its synced state as the browser drives it.

The browser side (keyboard, mouse, labels, focus, axe) is tested in
test_browser.py, in real JupyterLab.
"""

from __future__ import annotations

from pathlib import Path

import medialit.widgets as widgets_module
from medialit.article import load_article
from medialit.widgets import SourceTagger

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
    source = (Path(widgets_module.__file__).with_name("source_tagger.js")).read_text()
    assert 'node.setAttribute("data-lm-suppress-shortcuts", "true")' in source
    assert source.count('control("') == 3  # the radios, the answer line and the button
    assert '"fieldset"' in source and '"legend"' in source and 'setAttribute("role", "status")' in source


def test_during_grading_only_a_note_is_shown(monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert make_tagger()._repr_mimebundle_() == {
        "text/plain": "(The tagging tool is not shown during grading: only your answer cell counts.)"
    }

"""Lesson 6's article box, driven from Python the way the browser drives it (the browser test clicks it too)."""

from __future__ import annotations

from medialit.lesson.article_box import ArticleBox

ARTICLE = 'The mayor\'s office said the bridge would reopen. "It is safe," said Mayor Ana Ruiz. Critics say 40 cracks remain.'


def test_pasting_and_pressing_analyse_shows_a_summary_and_the_marks():
    box = ArticleBox()
    box.text.value = ARTICLE
    box.press_analyse()
    assert 'role="status"' in box.summary.value
    assert "Analysed: 3 sentences, 3 sources, 1 figure," in box.summary.value
    assert "medialit-analysis" in box.marks.value and "VAGUE SOURCE" in box.marks.value


def test_text_that_ends_in_a_quotation_mark_or_holds_a_backslash_is_just_text():
    """In a triple-quoted string these were SyntaxErrors about brackets; in the box they are an article."""
    box = ArticleBox()
    box.text.value = 'The council said the path C:\\Users\\new is "closed"'
    box.press_analyse()
    assert box.summary.value.count("Analysed: 1 sentence,") == 1


def test_bad_input_says_what_to_do_and_clears_old_marks():
    box = ArticleBox()
    box.text.value = ARTICLE
    box.press_analyse()
    box.text.value = "<html><body><div><p>Mayor Ana Ruiz said so.</p></div></body></html>"
    box.press_analyse()
    assert "Not analysed: This looks like a web page" in box.summary.value and box.marks.value == ""
    box.text.value = "   "
    box.press_analyse()
    assert "There is no text to analyze" in box.summary.value


def test_the_box_and_button_are_labelled_for_keyboard_and_screen_reader_users():
    box = ArticleBox()
    assert box.text.description == "Your article" and box.button.description == "Analyse"

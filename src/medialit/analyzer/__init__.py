"""The analyzer: marks sources, figures, framing and outlets in any English news text, with its word lists and rules.

``analyzer.analyze`` is what ``medialit.analyze`` and ``medialit analyze`` run; ``attribution`` (with
``attribution_cues``, ``attribution_phrases``, ``attribution_words``, ``attribution_grammar`` and ``view_cues``),
``figure_finder``, ``framing_lexicon`` and ``framing_quotes`` are its rules, ``tokenizer`` and ``phrase_matcher`` read
the text, ``marks`` names and explains each mark, and ``analysis_html`` shows them (``data/`` holds the word lists,
``word_files`` reads them); ``errors`` holds AnalysisError alone, so a lesson's kernel can name it without loading
the rules.

May import: ``medialit.content`` and ``medialit.keys`` (which texts are graded: in class it leaves those alone).
"""

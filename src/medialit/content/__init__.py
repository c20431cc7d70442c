"""The content: the texts students read, their sentence numbers, and the data the lessons cite.

``article`` loads a text from ``source_texts/`` and numbers its sentences (and reads its words as answers count
them); ``ownership``, ``counts``, ``figures`` and ``quantities`` are the cited data sets (``data/``) and the reading of
numbers; ``glossary`` and ``search_results`` are the lessons' word list and lesson 4's results lists. ``tables``,
``wording`` and ``grading_view`` are how all of it is shown: accessible tables, plain English, and nothing built
while nbgrader grades.

May import: nothing else of medialit. Everything else may import it.
"""

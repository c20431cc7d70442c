"""What runs in a student's kernel (on a server or in the browser): answers, check(), the tools and their help.

``answers`` reads an answer's form (the visible tests, ``expect_*``), ``feedback`` is check(), ``friendly_errors``
and ``last_run`` turn errors into one plain sentence, ``widgets`` (with ``widgets.js``/``widgets.css``) are the
source tagger and the highlighter, ``article_box`` is lesson 6's box, ``reference_table`` a lesson's list of names;
``browser_updates`` and ``same_lesson`` bring an updated lesson beside a saved copy; ``saving`` is the learner's
JupyterLab hook that saves a lesson without broken widget views.

May import: ``medialit.content``, ``medialit.analyzer`` and ``medialit.keys``; never ``medialit.classroom``
(tests/test_architecture.py checks).
"""

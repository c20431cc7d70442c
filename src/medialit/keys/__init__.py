"""What the lessons and the teacher's side both need to know about the answer keys, below both.

``answer_hashes``: the salted hashes check() compares with (``checks/`` holds each exercise's form, never its key)
and where a learner working alone finds the full ones; ``in_class``: whether this account is in a class (then no
keys); ``graded_texts``: which texts graded exercises are on, which the analyzer leaves to the student in class.
The keys themselves are built from ``solutions/`` on the teacher's side (``medialit.classroom.answer_keys``).

May import: ``medialit.content``.
"""

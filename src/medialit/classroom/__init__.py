"""The teacher's side: building the course, grading it with nbgrader, and everything around a class.

Building: ``course`` (``make lessons``), ``answer_keys``, ``labelling_rules``, ``skill_check``, ``lesson_time``,
``lite``/``lite_trim`` (``make lite``), ``handouts``, ``teacher_cards``. Grading (named in ``nbgrader_config.py``):
``grading``, ``test_cells``, ``plain_answers``, ``lesson_cells``, ``sandbox``, ``scoring``, ``student_html``,
``before_grading``, ``evidence``, ``feedback_page`` (with ``feedback_templates/``), ``collect``; then ``rescore``,
``report``, ``gain``, ``parallel_grading``, ``downloads``. The class: ``class_setup``, ``hub``, ``teacher_steps``,
``selfstudy`` (``medialit start`` and ``progress`` for a learner working alone) and ``cli``, the ``medialit`` command.

May import: everything below it (``medialit.content``, ``medialit.analyzer``, ``medialit.keys``,
``medialit.lesson``). Nothing imports it but itself and configuration.
"""

"""JupyterHub for one class on one school server; the step-by-step recipe is in docs/setup/nbgrader.md.

Before this: the module and JupyterHub installed once in /opt/medialit, `medialit class-setup` run (the
exchange and /etc/jupyter/nbgrader_config.py), and one Unix account per person. Start the hub as root:

    MEDIALIT_TEACHERS="teacher1 teacher2" /opt/medialit/bin/jupyterhub -f jupyterhub_config.py

Students get the learner view (the Assignment List, no instructor tools); teachers get nbgrader's formgrader.
"""

import os

from medialit.classroom.hub import configure

c = get_config()  # noqa: F821 (JupyterHub defines get_config)

configure(c, teachers=os.environ.get("MEDIALIT_TEACHERS", "").split())

# Who may log in. To name the accounts instead of allowing all of them:
# c.Authenticator.allowed_users = {"student1", "student2"}
c.Authenticator.allow_all = True  # any account on this server may log in (the default PAM login)

# Serve on all addresses on port 8000; put HTTPS in front (JupyterHub's guide, "Security basics").
c.JupyterHub.bind_url = "http://:8000"

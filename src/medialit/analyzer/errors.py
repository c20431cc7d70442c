"""The analyzer's one exception, apart from its rules: a lesson's kernel names it (friendly errors) at its first
cell, and importing the class must not load the whole analyzer (in the browser that costs the student seconds)."""


class AnalysisError(ValueError):
    """Input the analyzer cannot work on; the message says what to do instead."""

"""The facts the lessons and the guide state about sources, law and events: complete, current and cited to the source itself.

Issue 27 found a retired blog cited for the Reuters rules, the SPJ rule cut short, Protocol III without its
Art. 2(3) and without who is bound, the State Media Monitor credited to a centre that no longer runs it, and
"nobody at all vouches for" S1's twenty, which going up the chain shows was SANA's number. Each check below
reads every lesson's prose (solutions/, which the lessons are generated from) and the teacher's pages (docs/).
"""

from __future__ import annotations

import nbformat
import pytest

from fresh_install import guide_text
from medialit.classroom.course import COURSE_ROOT

GUIDE = guide_text()
PROSE = {path.parent.name: "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")
         for path in sorted((COURSE_ROOT / "solutions").glob("*/*.ipynb"))}
TEXTS = {**PROSE, "teacher guide": GUIDE}


@pytest.mark.parametrize("name", sorted(TEXTS))
@pytest.mark.parametrize("stale", [
    "blogs.reuters.com",                  # retired: the Handbook is cited itself
    "Reuters editors' blog",
    "nobody at all vouches",              # true of S1's sentence only: going up the chain finds SANA
    "seen only in a repost",              # SANA's own page for al-Sha'afa is cited
    "sources who face risk",              # the SPJ rule, cut short
])
def test_no_text_states_a_fact_the_issue_found_stale(name, stale):
    assert stale not in TEXTS[name]


def test_lesson_1_quotes_the_rules_it_relies_on_in_full_from_their_own_pages():
    text = PROSE["01-unnamed-sources"]
    assert "have information that cannot be obtained elsewhere" in text  # the basis of option G
    assert "https://handbook.reuters.com/index.php?title=The_Essentials_of_Reuters_sourcing" in text
    assert '"as long as the sourcing is clearly given high in the story"' in text


def test_lesson_1_states_protocol_iii_whole_with_who_is_bound_and_the_customary_rule():
    text = PROSE["01-unnamed-sources"]
    for words in ["Article 2(3)", "by artillery", "the United States since January 2009, with a reservation",
                  "Russia is a party", "Syria is not", "https://treaties.un.org/", "Rule 84",
                  "https://ihl-databases.icrc.org/customary-ihl/eng/docs/v1_rul_rule84"]:
        assert words in text, words
    assert "https://www.hrw.org/topic/arms/incendiary-weapons" in text and "November 2018" in text


def test_lesson_1_tells_students_the_text_is_a_third_partys_copy_and_how_to_find_the_original():
    text = PROSE["01-unnamed-sources"]
    assert "It is **a copy**" in text and "Dayr al-Zawr" in text and "Press TV's own site" in text


@pytest.mark.parametrize("name", ["02-state-media-framing", "teacher guide"])
def test_the_state_media_monitor_is_credited_to_the_center_that_runs_it(name):
    assert "Media and Journalism Research Center" in TEXTS[name]


def test_lesson_3_uses_al_shaafa_and_the_market_strike_as_the_issue_asks():
    text = PROSE["03-unsupported-figures"]
    assert "martyred or injured" in text and "12 November" in text  # casualties = killed and wounded; the date moved
    assert "22 November 2018" in text and "24 November" in text and "SANA's number" in text

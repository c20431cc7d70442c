"""Write src/medialit/analyzer/data/vader_strong_words.txt: VADER's strongly emotional words, for the framing lexicon.

It writes data/everyday_praise.txt too: the praise it leaves out (rated 2.5 to 2.9), which the framing lexicon also
keeps out of the opinion adjectives (``framing_lexicon.everyday_praise``).

VADER (Hutto and Gilbert, ICWSM 2014; https://github.com/cjhutto/vaderSentiment, MIT licence) rates about
7,500 English words and forms from -4 (most negative) to +4 (most positive), each the mean of ten human
raters. A word rated 2.5 or more either way pushes a strong feeling; praise needs 3.0 or more (PRAISE_THRESHOLD),
as everyday praise ("amazing", "wonderful", "thankful", rated 2.5 to 2.9) is how people talk and a report quotes it
(on the framing gold's studied news, 20 of 22 such marks were wrong). Kept: plain words (letters, at least four,
an inner hyphen allowed), minus chat abbreviations, swear words and slurs (a news text that prints one shows
it plainly), and minus the words that name a fact rather than pass a judgement (killed, war, crime, disaster,
"Supreme Court": the lessons treat these as descriptions), and only words whose ending (JUDGING) makes them
an adjective, adverb or word for an act. The file is written once and committed; the
analyzer only reads it.

It writes data/vader_negative_words.txt too (round 11 of issue 30): every plain word rated -1.5 or below
(NEGATIVE_THRESHOLD), with the same words left out as above, whatever its ending. The analyzer asks it only about a
noun said of a person ("Smith is a proven failure", "called him a failure": ``said_of_people``), where the
construction, not the word's ending, shows that it judges someone.

Run: .venv/bin/python benchmarks/export_vader_words.py PATH/TO/vader_lexicon.txt
(the lexicon is vaderSentiment/vader_lexicon.txt inside the vadersentiment wheel, version 3.3.2)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).parents[1] / "src" / "medialit" / "analyzer" / "data" / "vader_strong_words.txt"
PRAISE_OUT = OUT.with_name("everyday_praise.txt")
NEGATIVE_OUT = OUT.with_name("vader_negative_words.txt")
THRESHOLD = 2.5
#: The rating a word of praise (a positive valence) needs: everyday praise ("amazing", "wonderful") stays unmarked.
PRAISE_THRESHOLD = 3.0
#: The rating at or below which a noun said of a person is a bad name for them ("failure" -2.3, "egotist" -2.3); a
#: neutral role rates above it or not at all ("critic" -1.1, "victim" -1.1, "opponent" unrated).
NEGATIVE_THRESHOLD = -1.5
CHAT = {"lmao", "lmfao", "lmso", "lolz", "rofl", "roflmao", "rotfl", "rotflmao", "rotflmfao", "rotflol", "rotgl",
        "muah", "mwah", "xoxo", "hahaha", "bwahahah", "fubar", "snafu", "sete", "sfete", "tyvm", "iluaaf", "lylab",
        "lylas", "ywia", "aayf", "alol", "ambw"}
SWEARING = re.compile(r"fuck|fuk|shit|cunt|bitch|whore|slut|nigger|faggot|^ass|asshole|cock|twat|wanker|tard|"
                      r"douche|dick|damn|goddam|bastard|pissed|pissants|dumbass|motherf")
#: Words that name a fact (an event, a crime, a result) or are everyday praise in plain news, not a judgement.
FACTS = set("""
abduction assassination assassinations assault assaults attacker attackers award ban bankrupt best blessed
blessings bonus bonuses cancer celebrate celebrated celebrates celebrating champion corpse crime criminals crisis
dead death die died drown drowned enemy fail fatal fatalities fatality fatally felonies felony fired freedom great
greatest happy happily happiness harassed harassers harasses harassing harassment harassments heart hearts
honored honour illegal kill killed killer killers killing killings kills kissing laugh love loved lover loves
loving peace positive negative poison poisoner poisoners poisoning poisons prisoner rape raped raper rapers rapes
raping rapist rapists reward rich riot rob robber romance smiled stab starved stealing strangled success
successes successful suicide suicidal super terrorism terrorisms terrorist terrorists torture tortured torturers
tortures torturing violence violent violently war wars win winner winnings wins won depression hero heroine
divinity miracle paradise prizewinning blockbuster sweetheart sweethearts soulmate darling lifesaver securest
smartest luckiest funniest prettiest cutest happiest saddest poorest rudest laziest murder murdered murderer
murderers murdering murders slavery racism fraud harm harming suffer rejection praise praising loyalty superior
supreme perfect perfectly inspire pleasure weep condemnation hostility destruction destroy destroying destroys
disaster disasters abuse abuses abuser abusers excellency choke sophisticated optimism violating molesting molests
molestations fearing worst hate anger punishing
""".split())


#: The endings of adjectives, adverbs and words for acts: a word that judges ("disastrous", "cruelly", "betrayal").
#: Other nouns mostly name a feeling someone has ("anger", "misery", "joy"), which a report may simply describe.
JUDGING = re.compile(r"(?:ous|ful|ive|ic|ical|al|ible|able|ly|ish|less|ed|ing|ity|ness|ion|ery|ry|ism|ist|ists|"
                     r"er|ers|or|ors|ous|ent|ant|id|ile|ane|ate|est|ier|y)$")


def strong_words(lexicon: str) -> list[str]:
    words = []
    for line in lexicon.splitlines():
        word, valence = line.split("\t")[:2]
        if (-float(valence) >= THRESHOLD or float(valence) >= PRAISE_THRESHOLD) and re.fullmatch(r"[a-z]{4,}(?:-[a-z]+)?", word) and JUDGING.search(word) \
                and word not in CHAT | FACTS and not SWEARING.search(word):
            words.append(word)
    return sorted(set(words))


def everyday_praise(lexicon: str) -> list[str]:
    """The plain words VADER rates as praise below PRAISE_THRESHOLD but at THRESHOLD or more ("amazing", "wonderful")."""
    words = []
    for line in lexicon.splitlines():
        word, valence = line.split("\t")[:2]
        if THRESHOLD <= float(valence) < PRAISE_THRESHOLD and re.fullmatch(r"[a-z]{4,}(?:-[a-z]+)?", word) \
                and word not in CHAT and not SWEARING.search(word):
            words.append(word)
    return sorted(set(words))


def negative_words(lexicon: str) -> list[str]:
    """The plain words VADER rates NEGATIVE_THRESHOLD or below, minus chat, swearing and FACTS, whatever their ending."""
    words = []
    for line in lexicon.splitlines():
        word, valence = line.split("\t")[:2]
        if float(valence) <= NEGATIVE_THRESHOLD and re.fullmatch(r"[a-z]{4,}(?:-[a-z]+)?", word) \
                and word not in CHAT | FACTS and not SWEARING.search(word):
            words.append(word)
    return sorted(set(words))


def main() -> None:
    lexicon = Path(sys.argv[1]).read_text(encoding="utf-8")
    words = strong_words(lexicon)
    header = Path(__file__).read_text(encoding="utf-8").split('"""')[1].splitlines()[2:12]
    OUT.write_text(
        "# about: words rated strongly emotional (|valence| >= 2.5) in the VADER sentiment lexicon, version 3.3.2:\n"
        "# C.J. Hutto and E.E. Gilbert, \"VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social\n"
        "# Media Text\", ICWSM 2014. https://github.com/cjhutto/vaderSentiment\n"
        "# Selected by benchmarks/export_vader_words.py:\n"
        + "".join(f"#   {line.strip()}\n" for line in header) +
        "#\n# The MIT License (MIT). Copyright (c) 2016 C.J. Hutto.\n"
        "# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and\n"
        "# associated documentation files (the \"Software\"), to deal in the Software without restriction,\n"
        "# including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,\n"
        "# and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,\n"
        "# subject to the following conditions: The above copyright notice and this permission notice shall be\n"
        "# included in all copies or substantial portions of the Software.\n"
        "# THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT\n"
        "# LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO\n"
        "# EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER\n"
        "# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR\n"
        "# THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n"
        + "".join(f"{word}\n" for word in words), encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")
    praise = everyday_praise(lexicon)
    PRAISE_OUT.write_text(
        "# about: everyday praise in the VADER sentiment lexicon, version 3.3.2 (C.J. Hutto and E.E. Gilbert, ICWSM 2014;\n"
        "# https://github.com/cjhutto/vaderSentiment, MIT licence: see vader_strong_words.txt for its notice): plain\n"
        "# words rated from 2.5 to 2.9 (positive), as benchmarks/export_vader_words.py chose them. People say them\n"
        "# (\"amazing\", \"wonderful\", \"thankful\") and a report quotes them: the framing lexicon marks none of them\n"
        "# unless its hand list holds the word.\n"
        + "".join(f"{word}\n" for word in praise), encoding="utf-8")
    print(f"{len(praise)} words -> {PRAISE_OUT}")
    negative = negative_words(lexicon)
    NEGATIVE_OUT.write_text(
        "# about: negative words in the VADER sentiment lexicon, version 3.3.2 (C.J. Hutto and E.E. Gilbert, ICWSM 2014;\n"
        "# https://github.com/cjhutto/vaderSentiment, MIT licence: see vader_strong_words.txt for its notice): plain\n"
        "# words rated -1.5 or below, minus chat, swearing and words that name a fact, as\n"
        "# benchmarks/export_vader_words.py chose them. The analyzer asks it only whether a noun said of a person\n"
        "# (\"Smith is a proven failure\") is a bad name for them (medialit.analyzer.said_of_people).\n"
        + "".join(f"{word}\n" for word in negative), encoding="utf-8")
    print(f"{len(negative)} words -> {NEGATIVE_OUT}")


if __name__ == "__main__":
    main()

"""The words the analyzer marks as loaded labels and emotive language, kept apart from the rules that use them.

The two lists follow two classes of the propaganda-technique taxonomy used by
automatic detectors (SemEval-2020 Task 11): *Name calling / labeling* (a noun
for people, a group or a government that passes judgement: our "loaded
label") and *Loaded language* (a word that pushes a feeling: our "emotive
language", with praise as well as condemnation). They were written from that
definition and general knowledge of news language, not from any annotated
text. A list always misses the next word, so the analyzer also matches
patterns (``analyzer.FRAMING_PATTERNS``), and every mark is a question, not a
verdict. Standard news terms ("militants", "rebels", "riot police") are left
out on purpose: the lessons treat them as descriptions.
"""

from __future__ import annotations


def _with_plurals(words: str) -> list[str]:
    """Each word, and its plural where the plural is a plain -s (or -es, -ies) form."""
    out = []
    for word in words.split():
        out.append(word)
        if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
            out.append(word[:-1] + "ies")
        elif word.endswith(("s", "sh", "ch", "x")):
            out.append(word + "es")
        else:
            out.append(word + "s")
    return out


LOADED_LABELS = sorted(set(_with_plurals(
    "terrorist thug rioter extremist radical occupier invader puppet bandit criminal zealot hooligan agitator "
    "yob lout traitor stooge lackey mercenary fanatic warmonger troublemaker anarchist junta crony parasite vermin "
    "goon looter aggressor usurper collaborator propagandist provocateur saboteur infiltrator hardliner "
    "mob scum riffraff rabble fifth-columnist militia tyrant dictator despot oppressor marauder coward hireling "
    "quisling turncoat vulture leech bloodsucker strongman clique cabal infidel heathen apostate hack"
)) | {"takfiri", "regime", "regimes", "occupation forces", "aggression", "henchmen", "elites", "globalists",
       "foreign agents", "fifth column", "fifth columnists", "riff-raff", "rabble-rousers", "do-gooders", "snowflakes",
       "fat cats", "eurocrats", "lions", "martyrs", "patriots", "heavies"})

EMOTIVE_WORDS = sorted({
    # condemnation
    "slammed", "blasted", "lashed out", "tore into", "savaged", "stormed", "massacre", "massacres", "massacred",
    "bloody", "brutal", "brutally", "horrific", "horrifying", "shocking", "savage", "heinous", "atrocious",
    "atrocity", "atrocities", "barbaric", "barbarity", "carnage", "slaughter", "slaughtered", "butchered",
    "outrageous", "outrage", "internationally-banned", "internationally banned", "crime", "crimes", "martyred",
    "terrorised", "terrorized", "chaos", "chaotic", "rampage", "vicious", "bloodbath", "disgrace", "disgraceful",
    "shameful", "shameless", "devastating", "provocation", "provocations", "provocative", "fabrication",
    "fabrications", "smear", "smears", "lies", "hoax", "propaganda", "reckless", "cowardly", "cowardice",
    "treacherous", "treachery", "betrayal", "sinister", "nefarious", "despicable", "vile", "evil", "monstrous",
    "appalling", "horrendous", "disgusting", "callous", "ruthless", "merciless", "murderous", "bloodthirsty",
    "spineless", "catastrophic", "disastrous", "draconian", "scandalous", "scandal", "farcical", "fiasco",
    "debacle", "shambles", "onslaught", "reign of terror", "witch hunt", "witch-hunt", "plundered", "ravaged",
    "unleashed", "orgy of violence", "wanton", "cynical", "hysterical", "pathetic", "ridiculous", "laughable",
    "sabotage", "treason", "infested", "savagery", "hypocrisy", "hypocritical", "sham", "farce", "authoritarian",
    "stolen", "rigged", "timid", "profligate", "vandalism", "vandals", "humiliating", "humiliation", "godless",
    "debauchery", "depraved", "decadent", "sordid", "degenerate", "filth", "filthy", "obscene", "grotesque",
    "insult", "insults", "mocks", "mockery", "robbed", "swamped", "ransacked", "tear apart", "dirty work",
    "smash-and-grab", "cooked the books", "free-for-all", "den of vice", "sodom", "greedy", "greed",
    "spendthrift", "tax-and-spend", "ruinous", "crippling", "squandered", "squander", "looted",
    "plunder", "thuggish", "ham-fisted", "incompetent", "inept", "clueless", "arrogant", "arrogance",
    "contempt", "contemptuous", "betrayed", "sell-out", "sold out", "stab in the back", "held to ransom",
    "sabre-rattling", "warmongering", "fearmongering", "scaremongering", "sob stories", "wreckers",
    # a hidden hand
    "foreign-funded", "foreign-backed", "foreign funded", "foreign backed", "paid agents", "foreign-sponsored",
    # praise
    "heroic", "heroes", "hero", "heroism", "valiant", "fearless", "gallant", "glorious", "triumphant",
    "magnificent", "unwavering", "tireless", "selfless", "noble", "courageous", "brave", "bravely", "mighty",
    "invincible", "beloved", "visionary", "dauntless", "level-headed", "dignified", "quiet dignity", "blessed",
    "steadfast", "stalwart", "indomitable", "resolute",
})

"""Whether an adjective that can judge does judge where it stands, read from the words around it.

An opinion adjective ("brutal", "brilliant") judges when it tells the reader what to think of a person, a
group, an act or a plan: before a word for one ("a brutal attack") or after a linking verb ("the attack was
brutal", "called it brutal."); before a thing or a condition it often only describes ("a grim winter"). The
same word is no judgement used as a noun ("the good and the bad") or as a capitalised word inside a name or a
title ("Great Lakes", the "Terrible Towel" show). These are small rules on the neighbouring words, each one
explainable to a student.

The part of speech (round 5 of issue 30) comes from the analyzer's tagger (``pos_tagger``), asked only for a
sentence that holds a listed word (``SentenceTags``): a listed verb is marked only where it is tagged a verb ("critics
slam the plan", not "a slam dunk", "Hijack attempts"); a label or a judging noun is not marked where it is tagged a
verb ("he will pawn his watch"); an adjective is not marked where it is a verb with an object ("staff were disturbing
the birds", but "the report is disturbing"). The tagger often calls an adjective before a noun a noun or a verb's
participle ("a bitter pill", "grasping landlords"), so an adjective needs the verb's place too, not the tag alone.

A verb that dresses an act in drama ("slammed", "gutted", "hijacked", "attacked") or an idiom ("wiped out", "came
under fire") judges only in its figurative sense. The guideline: where the words around it speak of force, fire,
weather, weapons, vehicles, buildings or bodies, the verb may be literal and reports a fact as the outlet saw it:
"the storm gutted the house", "police attacked the crowd", "gunmen hijacked a bus", "the car slammed into a wall"
are not marked; "the senator slammed the budget" and "critics attacked her record" are, and so is "slammed US
military operations": a word of force that only describes the noun after it ("military operations", "police
chief") does not make the scene physical. A particle that makes
the verb physical or a set phrase ("slammed shut", "hammered out a deal", "spun off") also leaves it unmarked. The
same word used as a noun ("a slam dunk", "the hijack") is not the verb, a verb of hiding or dodging followed by a
place ("hid in the cellar") moves a body and accuses no one, and a judging noun that names an ordinary
thing with its neighbour ("stunt double", "handout photo") judges nothing.
"""

from __future__ import annotations

from .headline_case import SMALL_WORDS, headline_case
from .pos_tagger import sentence_tags

#: Verbs that link a subject to what is said of it: "the plan was outrageous", "it seems absurd".
LINKING = frozenset("""is are was were be been being am 's ’s seem seems seemed look looks looked become became
becomes remain remains remained sound sounds sounded appear appears appeared feel feels felt get gets got""".split())
#: Words that grade an adjective: they may stand between a linking verb and it ("was so outrageous").
DEGREE = frozenset("""so very too really truly most more quite simply just absolutely utterly totally rather
downright not never always increasingly particularly especially even frankly completely""".split())
#: Words that say what kind of thing follows them: an adjective after one is used as a noun ("the good").
DETERMINERS = frozenset("a an the this that these those his her its their our my your".split())
#: Nouns for a person, a group, an act, a plan or words said: an opinion adjective before one judges it ("a crude
#: insult", "a worthless plan"); before a thing or a condition it often describes ("a grim winter").
JUDGED = frozenset("""man men woman women person people leader leaders politician politicians official officials
government governments party parties candidate candidates president minister ministers senator senators mayor
council critics rival rivals opponent opponents supporters voters campaign campaigns plan plans policy policies
decision decisions idea ideas proposal proposals scheme schemes deal deals law laws bill bills rule rules move
moves act acts action actions attack attacks attempt attempts effort efforts response record performance
behaviour behavior conduct speech speeches remark remarks comment comments statement statements claim claims
insult insults lie lies words tweet tweets answer answers argument arguments display job work choice mistake
mistakes failure failures handling leadership management treatment""".split())


#: Words of force, fire, weather, weapons, vehicles, buildings and bodies: near one, a drama verb may be literal.
PHYSICAL = frozenset("""police officer officers troops soldiers soldier army military forces militants militant gunmen
gunman attackers attacker fighters rebels insurgents terrorists terrorist mob rioters crowd crowds assailant bomb bombs
bomber bombing explosion explosive explosives blast device grenade missile missiles rocket rockets shell shells shelling
gun guns weapon weapons gunfire shot shots shooting rifle rifles knife knives batons baton bullet bullets airstrike airstrikes
fire fires flames blaze arson arsonist storm storms hurricane tornado typhoon cyclone flood floods flooding wind winds
earthquake quake wave waves tsunami wildfire wildfires lightning hail volcano dog dogs shark bear
car cars truck trucks lorry bus buses vehicle vehicles van train trains plane planes aircraft jet jets ship ships boat
boats tanker helicopter village villages town towns city port airport embassy station checkpoint camp camps base
bases site sites targets positions facility facilities convoy vessel vessels compound
house houses home homes building buildings roof roofs ceiling wall walls door doors window windows shop shops store
stores church mosque school factory warehouse bridge tunnel mine mines office offices apartment apartments tower
killed killing dead death deaths wounded injured injuries hospital body bodies head face skull
""".split())
#: Nouns for people and for bodies of people that a label before them may describe ("racist thugs", "the lamestream
#: media"), besides those with a person's ending.
PEOPLE = frozenset("""man men woman women person people persons boy boys girl girls child children kid kids youth
youths family families folk citizens students residents parents opponents agents nationals aliens allies friends
neighbours neighbors colleagues followers media press""".split())
#: Endings of nouns for people: "terrorist leader", "extremist preachers", "radical politicians", "fascist dictators".
PERSON_ENDINGS = ("ist", "ists", "er", "ers", "or", "ors", "ian", "ians", "ant", "ants")
#: Words said or written, views and plans: a label before one judges the person behind it ("misogynist rhetoric",
#: "racist policies"), unlike a label before another thing, which classifies it ("terrorist attacks").
SAID_OR_PLANNED = frozenset("""rhetoric language remark remarks comment comments word words speech speeches statement
statements tweet tweets post posts message messages slur slurs joke jokes rant rants chant chants view views idea ideas
ideology ideologies belief beliefs attitude attitudes agenda agendas policy policies plan plans proposal proposals law
laws propaganda behaviour behavior conduct views book books video videos song songs""".split())
#: Buildings whose word also names an institution: "the senator's office", "the House", "the White House".
INSTITUTIONS = frozenset("office offices house base".split())
#: Words of place and time that follow a noun without being described by it: "two bases near the border".
PLACE_AND_TIME = frozenset("""near across along outside inside around throughout during overnight beside behind below
above towards toward against within without among between beyond via off down again yesterday today tonight last
early late there where""".split())
#: Particles that make a drama verb physical or part of a set phrase: "slammed shut", "hammered out", "spun off".
LITERAL_PARTICLES = frozenset("into shut off out up down through open around round apart".split())
#: Prepositions of place or escape right after a verb that accuses of hiding or dodging: then the verb moves a body
#: ("hid in the cellar", "ducked behind a car", "hiding from the shelling") and accuses no one.
COVER = frozenset("in inside behind under beneath below from among between away into".split())
#: How far a physical word may stand from a drama verb and still make it literal, in tokens before and after.
PHYSICAL_REACH = (4, 6)
#: Prepositions after which an "-ing" word is a noun, not a verb: "went into hiding", "lived in hiding".
NOUN_AFTER = frozenset({"in", "into"})
#: Tags of a word that a verb may follow: a noun or pronoun as its subject, a modal ("will pawn").
SUBJECT_OR_MODAL = frozenset("NN NNS NNP NNPS PRP MD".split())
#: Auxiliaries a verb's "-ing" or "-ed" form may follow ("were disturbing"); after another verb such a form is an
#: adjective ("unveils wicked plan").
AUXILIARIES = frozenset("""is are was were be been being am 's ’s has have had having""".split())
#: Endings of the forms an adjective shares with a verb ("disturbing", "crooked"): an adjective with another ending
#: ("brutal") is never taken for a verb, so its sentence need not be tagged.
VERB_ENDINGS = ("ing", "ed")
#: Tags (their beginnings) of what follows a verb that has an object or a particle: "disturbing the birds".
OBJECT = ("DT", "PRP", "NN", "CD", "RP")
#: A judging noun or a label next to one of these names an ordinary thing: "stunt double", "handout photo", "tennis
#: racket", "tax regime", "mob boss", "Patriot missile".
ORDINARY_COMPOUNDS = {
    "stunt": (set(), {"double", "doubles", "man", "men", "woman", "women", "performer", "performers", "pilot",
                      "driver", "drivers", "team", "coordinator"}),
    "racket": ({"tennis", "squash", "badminton"}, set()),
    "handout": ({"press"}, {"photo", "photograph", "picture", "image", "video", "footage"}),
    "giveaway": ({"prize", "competition", "free"}, set()),
    "meltdown": ({"nuclear", "reactor"}, set()),
    # labels with a plain sense in news (round 4 of issue 30): a rule set or routine, organised crime, a weapon, a
    # break-in to computers
    "regime": ({"tax", "sanctions", "sanction", "fitness", "training", "visa", "regulatory", "inspection", "inspections",
                "exchange-rate", "ceasefire", "treatment", "drug", "drugs", "diet", "testing", "pension", "trade",
                "tariff", "customs", "licensing", "planning", "accounting", "currency", "monetary", "fiscal", "exercise",
                "medication", "dosing", "disclosure", "reporting", "safety", "quarantine", "border", "immigration",
                "legal", "tax-free", "subsidy", "inflation-targeting"}, set()),
    "mob": ({"flash"}, {"boss", "bosses", "ties", "hit", "hits", "family", "families", "lawyer", "informant", "figure",
                        "figures", "associate", "associates", "killing", "killings"}),
    "patriot": ({"england"}, {"missile", "missiles", "system", "systems", "battery", "batteries", "act", "interceptor",
                              "interceptors", "launcher", "launchers", "air"}),
    "hack": ({"email", "e-mail", "computer", "cyber", "data", "dnc", "phone", "server", "network", "password",
              "election", "life", "security"}, {"attack", "attacks", "attempt", "attempts"}),
}


class SentenceTags:
    """One sentence's part-of-speech tags (Penn Treebank, from ``pos_tagger``), made the first time a rule asks: most
    sentences hold no listed word, and tagging costs more than matching words."""

    def __init__(self, tokens: list):
        self._tokens, self._tags, self._headline = tokens, None, None

    @property
    def headline(self) -> bool:
        """Whether the sentence is a headline in capitals ("Council Slashes Library Budget"): the tagger, trained on
        ordinary sentences, misreads one (it calls "Slashes" a noun), so the rules do not ask it there."""
        if self._headline is None:
            self._headline = headline_case(self._tokens)
        return self._headline

    def __getitem__(self, i: int) -> str:
        if self._tags is None:
            self._tags = sentence_tags(self._tokens)  # shared with the sources' and figures' rules
        return self._tags[i]


def used_as_verb(tokens: list, tags: SentenceTags, start: int) -> bool:
    """Whether a word that can be a verb or a noun ("slam", "hijack", "attacked") is a verb where it stands: the
    tagger calls it one (in a headline in capitals it is not asked), no determiner stands before it ("the gutted
    fish" describes the fish), and it is no "-ing" noun after "in" or "into" with no object ("went into hiding
    after the threats", but "succeeded in slashing the budget")."""
    before = tokens[start - 1].lower_ if start > 0 else ""
    return ((tags.headline or tags[start].startswith("VB")) and before not in DETERMINERS
            and not (before in NOUN_AFTER and tokens[start].lower_.endswith("ing") and not _has_object(tokens, tags, start)))


def _has_object(tokens: list, tags: SentenceTags, start: int) -> bool:
    """Whether the word after tokens[start] begins an object or is a particle ("slashing the budget")."""
    return start + 1 < len(tokens) and tags[start + 1].startswith(OBJECT)


def used_as_noun(tokens: list, tags: SentenceTags, start: int, end: int) -> bool:
    """Whether a label or a judging noun is not a verb where it stands: "a pawn of the banks", not "he will pawn his
    watch" (a one-word term used as a verb with an object, ``verb_in_place``)."""
    return end - start > 1 or not verb_in_place(tokens, tags, start)


def verb_with_object(tokens: list, tags: SentenceTags, start: int) -> bool:
    """Whether an adjective word ("disturbing", "crushing") is a verb here: "were disturbing the birds", "crushing
    cans"; only a form a verb can take is asked about (``VERB_ENDINGS``)."""
    return tokens[start].lower_.endswith(VERB_ENDINGS) and verb_in_place(tokens, tags, start)


def verb_in_place(tokens: list, tags: SentenceTags, start: int) -> bool:
    """Whether the word at ``start`` is tagged a verb, right after a subject, a modal or an auxiliary, with an object
    or a particle right after it. The tagger alone would not do: it often calls an adjective before a noun a verb's
    participle ("grasping landlords")."""
    if start == 0 or start + 1 >= len(tokens) or not tokens[start + 1].is_alpha:
        return False  # no word after it to be its object: the sentence need not be tagged
    if tags.headline or not tags[start].startswith("VB"):
        return False
    before = tags[start - 1] in SUBJECT_OR_MODAL or tokens[start - 1].lower_ in AUXILIARIES
    return before and _has_object(tokens, tags, start)


def classifies_a_thing(tokens: list, tags: SentenceTags, start: int, end: int) -> bool:
    """Whether a one-word label, after a name, a date or someone's, stands before a noun for a thing, not a person
    nor words said or a plan: then it is part of the name of a known thing ("the Paris terrorist attacks", "the
    9/11 terrorist attacks", "the Islamic State extremist group") and judges no one. Without a name before it, the
    outlet chooses the label for what happens ("continued terrorist operations"), and "racist thugs", "misogynist
    rhetoric" and "racist policies" judge wherever they stand."""
    if end - start > 1 or start == 0 or end >= len(tokens) or not (tokens[end].is_alpha and tokens[end].is_lower):
        return False
    before, noun = tokens[start - 1], tokens[end].lower_
    named = (any(c.isdigit() for c in before.text) or before.lower_ in ("'s", "’s")
             or (before.is_alpha and before.text[:1].isupper() and any(t.is_alpha for t in tokens[:start - 1])))
    if not named or noun in PEOPLE or noun in SAID_OR_PLANNED or noun.endswith(PERSON_ENDINGS):
        return False
    # a plural label names people, whatever follows ("Baxter's cronies pour money ...")
    return not tags.headline and tags[end] in ("NN", "NNS") and tags[start] not in ("NNS", "NNPS")


def literal(tokens: list, tags: SentenceTags, start: int, end: int) -> bool:
    """Whether a drama verb or idiom at tokens[start:end] may be meant literally: a particle right after it that makes
    it physical ("slammed into"), or a word of force, fire, weather, weapons, vehicles, buildings or bodies near it.
    ``tags``: the sentence's tags, whose cached headline case tells a building from an institution."""
    if end < len(tokens) and tokens[end].lower_ in LITERAL_PARTICLES:
        return True
    reach_before, reach_after = PHYSICAL_REACH
    near = [*range(max(0, start - reach_before), start), *range(end, min(len(tokens), end + reach_after))]
    return any(tokens[i].lower_ in PHYSICAL and not _describes_a_noun(tokens, i, start, end)
               and not _an_institution(tokens, tags, i) for i in near)

#: Words that deny what follows them: "she is not a racist", "he's no crook".
NEGATIONS = frozenset("not n't n’t never no".split())
#: Verbs that say what someone is or is taken for: a denial or a supposition is about a label only with one ("is not
#: a racist", "not seen as a leftist"), not in a list ("no one, not an autocrat, not a candidate").
BEING = LINKING | frozenset("being seen perceived called considered mean means meant 'm ’m 're ’re".split())
#: Words that may stand between a denial, a supposition or an accusation and the label it is about: "is not seen as
#: a leftist", "doesn't mean you're racist", "if she were a bigot", "accused him of being a crook".
LABEL_BRIDGE = BEING | frozenset("a an as you he she they i we it really simply just".split())


def denied_label(tokens: list, start: int) -> bool:
    """Whether the label at tokens[start] is denied ("she is not a racist", "doesn't mean you're racist"), supposed
    ("if she were a bigot") or reported as an accusation ("accused him of being a crook"): the guidelines mark a plain
    label only where someone sticks it on, not where it is denied or talked about."""
    i, between = start - 1, set()
    while i >= 0:
        word = tokens[i].lower_
        if word in NEGATIONS or word == "if":
            return bool(BEING & (between | {tokens[i - 1].lower_ if i > 0 else ""}))  # "is not a", "she were a"
        if word == "of":
            return any(token.lower_.startswith("accus") for token in tokens[max(0, i - 4):i])
        if word not in LABEL_BRIDGE:
            return False
        between.add(word)
        i -= 1
    return False


def taking_cover(tokens: list, end: int) -> bool:
    """Whether a verb that accuses of hiding or dodging, ending at tokens[end], is followed by a place or what is
    escaped ("were hiding in basements", "ducked behind a pillar"): a body takes cover, no one is accused."""
    return end < len(tokens) and tokens[end].lower_ in COVER


def _an_institution(tokens: list, tags: SentenceTags, i: int) -> bool:
    """Whether the building word at i names an institution, not a building: someone's ("the senator's office") or a
    name in capitals inside an ordinary sentence ("the House", "the White House"). Its people act, nothing is hit.
    Whether the sentence is a headline comes from ``tags``, which works it out once for the sentence."""
    if tokens[i].lower_ not in INSTITUTIONS or i == 0:
        return False
    return tokens[i - 1].lower_ in ("'s", "’s", "'", "’") or (tokens[i].text[:1].isupper() and not tags.headline)


def _describes_a_noun(tokens: list, i: int, start: int, end: int) -> bool:
    """Whether the word at i only describes the noun after it ("military operations", "police chief"): then the
    sentence speaks of that noun, not of force."""
    after = tokens[i + 1] if i + 1 < len(tokens) and not start <= i + 1 < end else None
    return (after is not None and after.is_alpha and after.is_lower and after.lower_ not in SMALL_WORDS | PLACE_AND_TIME
            and after.lower_ not in PHYSICAL and not after.lower_.endswith("ly"))


def ordinary_compound(tokens: list, start: int, end: int) -> bool:
    """Whether a judging noun names an ordinary thing with its neighbour: "stunt double", "handout photo"."""
    word = tokens[end - 1].lower_
    befores, afters = ORDINARY_COMPOUNDS.get(word.removesuffix("s") if word.endswith("s") else word, (set(), set()))
    return ((start > 0 and tokens[start - 1].lower_ in befores)
            or (end < len(tokens) and tokens[end].lower_ in afters))


def judges(tokens: list, start: int, end: int) -> bool:
    """Whether the opinion adjective at tokens[start:end] (one sentence's tokens) judges something there."""
    if in_name(tokens, start, end):
        return False
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.lower_ in JUDGED:
        return True  # before a person, a group, an act or a plan it judges: "a crude insult"
    before = start - 1
    while before >= 0 and tokens[before].lower_ in DEGREE:
        before -= 1
    if before >= 0 and tokens[before].lower_ in LINKING:
        return True  # after a linking verb: "the attack was (so) brutal"
    clause_end = after is None or (after.is_punct and after.text not in "-–—")
    return clause_end and before >= 0 and tokens[before].lower_ not in DETERMINERS  # "called it brutal."


def in_name(tokens: list, start: int, end: int) -> bool:
    """A capitalised word inside a name or title ("Great Lakes"), unless the whole sentence is a headline in
    capitals, where every word is capitalised."""
    if not tokens[start].text[:1].isupper() or not any(t.is_alpha for t in tokens[:start]):
        return False  # lower case, or the sentence's first word
    if headline_case(tokens):
        return False  # "Clinton Blasts Outrageous Plan"
    neighbours = [tokens[i] for i in (start - 1, end) if 0 <= i < len(tokens)]
    return any(t.is_alpha and t.text[:1].isupper() for t in neighbours) or tokens[start - 1].lower_ == "the"

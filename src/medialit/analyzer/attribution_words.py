"""The words the sources' rules read: verbs of saying and their forms, the words that open, bound or describe a
source, and the nouns for people, groups, bodies and documents, each with the examples that made it a list.

They live apart from medialit.analyzer.attribution so that the rules there read as rules, and so that other parts
of the analyzer (figures, framing) can ask the same lists without importing the rules.
"""

from __future__ import annotations

from pathlib import Path

from .view_cues import VIEW_VERBS, verb_forms
from .word_files import entries

#: Verbs of saying judged one by one by their usual sense in news (round 15b of issue 30; the file says how).
MORE_SAYING_FILE = Path(__file__).parent / "data" / "saying_verbs_more.txt"


def _forms(*verbs: str) -> set[str]:
    """The forms news cites a source with, of regular verbs, without the bare verb: it mostly follows "can", "must"
    or "to" ("the tribunal must reply")."""
    return verb_forms(*verbs) - set(verbs)


#: Verbs of saying and of stance, in the forms news uses.
SPEECH = {
    "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "states", "stated",
    "announce", "announces", "announced", "claim", "claims", "claimed", "report", "reports", "reported",
    "warn", "warns", "warned", "confirm", "confirms", "confirmed", "deny", "denies", "denied", "insist", "insists",
    "insisted", "explain", "explains", "explained", "note", "notes", "noted", "argue", "argues", "argued", "write",
    "writes", "wrote", "allege", "alleges", "alleged", "estimate", "estimates", "estimated", "suggest", "suggests",
    "suggested", "believe", "believes", "accuse", "accuses", "accused", "describe", "describes", "described",
    "quoted", "reject", "rejects", "rejected", "dismiss", "dismisses", "dismissed", "admit", "admits", "admitted",
    "acknowledge", "acknowledges", "acknowledged", "find", "finds", "found", "show", "shows", "showed", "expect",
    "expects", "expected", "slam", "slams", "slammed", "urge", "urges", "urged", "predict", "predicts", "predicted",
    "conclude", "concludes", "concluded", "stress", "stresses", "stressed", "maintain", "maintains", "maintained",
    "complain", "complains", "complained", "condemn", "condemns", "condemned", "criticise", "criticised",
    "criticize", "criticized", "declare", "declares", "declared", "assert", "asserts", "asserted", "vow", "vows",
    "vowed", "demand", "demands", "demanded", "fear", "fears", "feared", "defend", "defends", "defended", "hail",
    "hails", "hailed", "urging", "warning", "demanding", "claiming", "insisting", "accusing", "arguing", "suggesting",
    "calling", "telling",
} | _forms("ask", "respond", "reply", "tweet", "joke", "quip", "blast", "praise", "recall", "testify", "retort",
           "promise", "concede", "reiterate", "emphasize", "emphasise", "mention", "boast", "lament",
           "scoff", "mock", "allude", "disparage", "question", "continue", "repeat", "counter", "remark", "observe", "comment", "post",
           "threaten", "answer", "tout", "contend", "disclose", "decry", "denounce", "retweet", "articulate",
           "lambast", "castigate", "chide", "scold", "rebuke", "deride", "ridicule", "reassure", "assure", "caution",
           "proclaim", "bemoan", "implore", "muse", "speculate", "theorize", "theorise", "posit", "surmise",
           "imply", "insinuate", "rebut", "refute", "contradict", "clarify", "confess", "divulge", "brag", "gush",
           "marvel", "tease", "taunt", "snipe", "inveigh", "hammer", "deplore", "recount", "reaffirm", "affirm",
           "underscore", "underline", "highlight", "acknowledge", "remind", "allege", "pledge", "vent", "fume",
           "grumble", "exclaim", "interject", "yell", "shout", "chant", "whisper", "write") | {"read", "reads", "wrote"} \
    | _forms(  # the kinds of talk VerbNet's communication classes sort verbs into: expressing, informing, praising,
        # confessing, manners of speaking. Not "advise" (an adviser), "discuss" (talks, not claims), "exaggerate" (the
        # writer's judgement): on PolNeAR train they mostly cite no one; nor "thank": the lessons' readers count a
        # thank-you as an act, not a statement to check
        "express", "voice", "apologize", "apologise", "plead", "notify", "inform", "alert", "concur",
        "relay", "commend", "congratulate", "compliment", "preach", "confide", "mutter", "grouse", "gripe", "vouch",
        "attest", "characterize", "characterise", "opine", "beg")


def _judged_saying_verbs() -> set[str]:
    """The forms of the verbs of saying in MORE_SAYING_FILE: the long tail news cites sources with ("the mayor
    lauded the plan", "Hale has trashed the report"), each verb judged once by its meaning, not by counts."""
    return {form for line in entries(MORE_SAYING_FILE) for form in line.split(":")[1].split()}


SPEECH |= _judged_saying_verbs()
#: The -ing forms of the verbs of saying listed above without them ("…, adding that", "…, noting that"): like
#: PARTICIPLES, a cue only after a comma or a share of people polled ("with 50 percent stating"), since alone they
#: are mostly nouns or the verb of a clause inside what is reported. Not "finding", "showing", "believing",
#: "writing", "reporting" or "defending": a finding, a show, a writer at work, a reporter, a defending champion.
SAYING_PARTICIPLES = {
    "adding", "announcing", "stating", "confirming", "denying", "explaining", "noting", "alleging", "describing",
    "rejecting", "dismissing", "admitting", "acknowledging", "predicting", "concluding", "stressing", "maintaining",
    "complaining", "condemning", "criticising", "criticizing", "declaring", "asserting", "vowing", "hailing",
    "slamming", "blasting", "praising", "pledging", "promising", "mentioning", "charging", "boasting", "lamenting",
    "conceding", "reiterating", "emphasizing", "emphasising", "touting", "countering", "recalling", "repeating",
    "questioning", "contending", "disclosing", "revealing", "threatening", "joking", "quipping", "tweeting",
    "citing",  # "The firm ended the merger, citing changes in the market": the reason it gave
}
SPEECH |= SAYING_PARTICIPLES | {"shown"}  # "every recent poll has shown …" (DOCUMENT_VERBS: a document only)
PLEAD = _forms("plead")
RECALL = _forms("recall")
#: What "pleaded" enters in court, not a statement: "pleaded guilty", "pleaded not guilty", "pleaded no contest".
PLEAS = {"guilty", "not", "no", "innocent"}
#: Verbs of saying only after a quotation in the same sentence (`"…," Trump continued.`, `"No," replied Lind`)
#: or before "that": "the war continues", "troops responded with force", "Norvale recalls kettles" say nothing.
AFTER_A_QUOTATION = _forms("continue", "recall", "respond", "reply", "ask", "answer", "repeat") \
    | {"read", "reads"}  # "repeated warnings"; "The judge read his decision"
#: ... and "read" also right before a quotation: `a sign which read “Reno first”` (`“…,” the statement read`).
READ = {"read", "reads"}
#: ... and "recalled" tells a memory before these words or an -ing form: "the nurse recalled how the water rose",
#: "Osei recalled sitting by the river" (not "Norvale recalls kettles").
RECALLING = {"how", "what", "when", "that", "being", "the", "a", "an", "his", "her", "their"}
#: Verbs of seeing that give a view only with "that" or "as" soon after them ("voters see the levee as a lifeline",
#: "the union views itself as …"; not "she saw the flood") ...
SEEING = {"see", "sees", "saw", "view", "views", "viewed"}
#: Words before a verb of saying that make its bare form a cue: "did not mention", "didn't concede", "does deny".
DO_SUPPORT = {"did", "does", "do"}
#: "Ortiz ended the meeting by saying …", "Lind began in a hole after questioning …", "… while urging …": an
#: -ing form after these words is said by the subject of the verb it hangs on.
BY = {"by", "after", "before", "while", "upon"}
#: Words that name a kind of poll before "poll" or "survey": "a Reuters rolling poll", "its own tracking poll".
POLL_WORDS = {"rolling", "tracking", "exit", "opinion", "online", "phone", "telephone", "national", "statewide",
              "weekly", "monthly", "daily", "own", "public"}
#: Verbs that tell who made a poll, or when, after it: "a poll conducted by the Reno Star and KTVN", "polls taken
#: in May".
POLL_MADE = {"conducted", "commissioned", "sponsored", "released", "published", "taken", "done"}
#: Words before "in a poll" that tell who answered it, not what it found: "took part in the survey" (not "voters
#: surveyed in a new poll", which gives what they answered).
ANSWERING_A_POLL = {"participated", "participate", "participates", "participating", "part"}
#: Verbs a poll gives its figures with: "the poll puts Ortiz at 40 percent", "the CBS poll gave Hale a lead".
POLL_GIVES = {"puts", "put", "gives", "gave"}
#: Verbs that put out a statement (`issued a statement saying`): the one who issues it says what it says.
ISSUING = {"issued", "issues", "released", "releases", "put", "puts", "sent", "sends", "posted", "posts",
           "published", "publishes", "filed", "files"}
#: ... or before a quotation they open: `Ortiz responds, “Yes, but …”`, `Hale continued: ''Next question.''`.
OPENING_QUOTES = {"“", '"', "''", "``", "‘"}
#: ... and "asked" cites a question when one of these words follows soon: "she asked Pence whether"; "who asked that
#: her name…" does not.
QUESTION_WORDS = {"whether", "if", "why", "how", "what", "who", "when", "where", "about"}
#: Plural nouns spelt like a verb of saying: a cue only before "that", a colon, a comma or a quotation.
NOUN_LOOKALIKES = {"states", "reports", "notes", "claims", "estimates", "finds", "shows", "fears", "demands",
                   "questions", "promises", "tweets", "jokes", "comments", "posts", "charges", "answers", "counters",
                   "remarks", "repeats"}
#: "I", "we" and "you" speak only inside someone's quotation ("I'll say it again", "you can say"): the source is
#: the person quoted, outside the quotation marks.
FIRST_AND_SECOND_PERSON = {"i", "we", "you", "let"}
#: Verbs that cite a source only when a document is their subject or "that" follows ("the poll found that…");
#: otherwise "the coalition has found 400 million" is not a source speaking.
DOCUMENT_VERBS = {"find", "finds", "found", "show", "shows", "showed", "shown"}
#: What might be, or should be, is nobody's statement: "They should support …", "he could add …".
MODALS = {"should", "must", "could", "might", "may", "can", "would", "will", "'d", "’d", "ca", "wo"}
#: Names of days and months: a capital that names a time, not a speaker.
DATE_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
#: Words that end a phrase of time: "last month", "this past week", "at the time", "in 2013".
TIME_NOUNS = DATE_NAMES | {"week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "time",
                           "day", "spring", "summer", "fall", "autumn", "winter"}
#: Words that open or qualify a phrase of time before its noun.
TIME_QUALIFIERS = {"this", "last", "next", "past", "that", "the", "early", "late", "earlier", "later", "on", "at",
                   "in", "during"}
#: A cue after one of these is passive ("workers are expected to walk out"), not a source speaking.
BE = {"is", "are", "was", "were", "be", "been", "being"}
#: Words before a cue word that make it a noun ("the report", "a claim", "its estimate"), not a verb of saying.
NOUN_MARKERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
                "of", "new", "latest", "first", "whose"}
#: "-ing" forms after a comma attach to a source already cited: "…, adding that …", "…, calling on …".
PARTICIPLES = {"adding", "saying", "calling", "arguing", "noting", "insisting", "warning", "stressing", "claiming",
               "explaining", "accusing", "describing", "urging", "expressing", "suggesting", "asking"} | SAYING_PARTICIPLES
#: Verbs that are a cue only with these words after them.
NEEDS_NEXT = {"called": {"on", "for", "out", "the", "it", "him", "them", "this", "that", "a", "an", "his", "her", "their", "“", '"', "''"},
              **dict.fromkeys(("point", "pointed", "points", "pointing"), {"out", "to"}),
              **dict.fromkeys(("shot", "fired", "hit", "pushed", "struck"), {"back"}),
              **dict.fromkeys(("weighed", "weighs"), {"in"}), **dict.fromkeys(("lashed", "lashes"), {"out"}),
              **dict.fromkeys(("brushed", "brushes"), {"off", "aside"}),  # "brushed off questions" (not "shrugged off
              # the choice": a shrug may say nothing)
              **dict.fromkeys(("railed", "rails", "railing"), {"against"}),
              "calling": {"on", "for", "out", "the", "it", "them", "this", "that", "a", "an", "his", "her", "their", "“", '"', "''"},
              "calls": {"on", "for", "out", "the", "it", "them", "this", "that", "a", "an", "his", "her", "their", "“", '"', "''"},
              "call": {"on", "for", "out"},  # "Critics call on the mayor to resign", "did call for more accountability"
              "declined": {"to"}, "declines": {"to"},
              "refused": {"to"}, "refuses": {"to"}}
#: Verbs that cite a source after "to" only before a verb of DECLINE_TO ("declined to comment"); "pointed to the
#: cost" cites evidence, and so is a cue before anything.
DECLINE_TO_VERBS = {"declined", "declines", "refused", "refuses"}
#: After "declined to" / "refused to": the verbs that make it a statement (not "declined to be named").
DECLINE_TO = {"comment", "say", "confirm", "discuss", "elaborate", "answer", "respond", "speak", "give", "reveal",
              "disclose", "identify", "specify", "name", "detail", "explain", "address", "state", "share",
              "speculate", "weigh"}
#: What someone declines that would have been their words: "declined comment", "declined an interview request",
#: "declined requests for an interview", "declined to be interviewed".
DECLINED_WORDS = {"comment", "comments", "interview", "interviews", "interviewed", "questions"}
#: Verbs that may open an inverted source: `"…," said Kellen`, `…, wrote the minister`. Not "told": it names the listener.
INVERTING = {"said", "says", "added", "wrote", "asked", "explained", "insisted", "warned", "noted", "continued",
             "claimed", "replied", "responded", "tweeted", "recalled", "joked", "quipped", "retorted"}
AUXILIARIES = {"has", "have", "had", "will", "would", "did", "does", "do", "n't", "n’t", "also", "later", "previously", "then",
               "again", "repeatedly", "publicly", "privately", "formally", "earlier", "now", "reportedly", "today",
               "yesterday", "once", "still", "not", "first", "even", "never", "just", "recently", "initially",
               "finally", "openly", "often", "immediately", "flatly", "simply", "only", "already", "since", "week",
               "tonight", "night", "however", "meanwhile", "too", "instead", "himself", "herself", "itself",
               "themselves", "seldom", "rarely", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
BOUNDARY_WORDS = {"that", "and", "but", "while", "because", "as", "when", "if", "although", "though", "so", "after",
                  "before", "since", "where", "whereas", "than", "which", "whom", "what", "how", "why", "whether"}
PREPOSITIONS = {"of", "in", "at", "for", "from", "with", "on", "close", "near", "inside", "within", "by", "among",
                "not", "involved", "who", "published", "familiar"}
PRONOUNS = {"he", "she", "they", "it"}
QUOTES = {'"', "“", "”", "'", "’"}
#: Dashes that set an aside apart, in pairs: "Jane Doe — a former aide — said".
DASHES = {"—", "–", "--"}
INDEFINITE = {"a", "an", "one", "another"}
DEFINITE = {"the", "this", "that", "these", "those", "its", "his", "her", "their"}
#: Bodies that can be named in lower case ("the city council said", "the ministry").
INSTITUTIONS = {
    "council", "ministry", "government", "police", "army", "agency", "authority", "company", "committee",
    "coalition", "court", "department", "hospital", "school", "union", "board", "commission", "embassy", "military",
    "parliament", "university", "airline", "firm", "club", "federation", "prosecutor", "trust", "charity",
    "operator", "regulator", "administration", "cabinet", "office", "command", "group", "association", "bank",
    "service", "forces", "force", "navy", "party", "campaign", "institute", "organisation", "organization",
    "secretariat", "presidency", "palace", "kremlin", "white", "state", "city", "county", "municipality",
    "broadcaster", "newspaper", "paper", "station", "channel", "network", "website", "outlet", "league",
    "team", "manufacturer", "retailer", "landlord", "guard", "guards", "brigade",
    "headquarters", "staff", "delegation", "mission", "unit", "centre", "center", "foundation", "fund",
}
#: Words after a name, before a headline's colon, for its side or its writing: "Hale camp:", "Star editorial:".
SIDE_NOUNS = {"camp", "campaign", "editorial", "allies", "aides", "supporters", "team", "lawyers", "spokesman",
              "spokeswoman", "spokesperson"}
#: Headline labels that also close the name of an outlet or a group: "NY Daily News:", "Judicial Watch:".
NAME_ENDINGS = {"news", "watch"}
#: Words for a statement, beside view_cues.ANSWER_NOUNS, whose owner speaks in a headline: "Hale's reaction: …".
HEADLINE_STATEMENTS = {"reaction", "verdict"}
#: The marks of an owner: "Hale's", "Democrats'".
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
#: Bodies whose name, used before a plural, makes it their document ("Council accounts"); "State media" and
#: "Military experts" are groups, so "state" and "military" are not here.
BODY_NOUNS = {"council", "ministry", "government", "police", "court", "commission", "board", "department", "company",
              "bank", "union", "agency", "authority", "committee", "parliament", "treasury"}
#: Things that speak for whoever made them: "the study finds", "figures from the bank show", "new filings show".
DOCUMENTS = {"study", "report", "poll", "survey", "figures", "data", "statistics", "research", "guidance",
             "analysis", "estimate", "estimates", "census", "audit", "review", "records", "documents", "statement",
             "letter", "letters", "paper", "findings", "results", "assessment", "investigation", "inquiry", "release",
             "authors", "researchers", "scientists", "investigators", "polls", "polling", "surveys", "video", "videos",
             "footage", "emails", "ledgers", "filings", "email", "memo", "article"}
#: A person, one at a time: "an official", "a senior officer", "one resident".
ROLES = {
    "official", "source", "spokesperson", "spokesman", "spokeswoman", "employee", "officer", "diplomat", "nurse",
    "worker", "resident", "witness", "insider", "aide", "member", "doctor", "executive", "manager", "person",
    "engineer", "teacher", "medic", "volunteer", "activist", "organiser", "organizer", "protester", "driver",
    "analyst", "expert", "commander", "soldier", "farmer", "mother", "father", "man", "woman", "student",
    "neighbour", "neighbor", "tenant", "landlord", "shopkeeper", "trader", "fan", "supporter", "parent",
    "representative", "adviser", "advisor", "economist", "lawyer", "staffer", "negotiator", "mediator", "mp",
    "lawmaker", "legislator", "fighter", "docker", "camper", "onlooker", "bystander", "guard", "passenger",
    "judge", "senator", "governor", "mayor", "candidate", "minister", "strategist", "operative", "pollster",
    # the people political news quotes by their office or part ("The president …, saying", "The nominee … and said")
    "president", "chairman", "chairwoman", "director", "secretary", "leader", "nominee", "businessman",
    "businesswoman", "ceo", "founder", "professor", "host", "moderator", "reporter", "journalist", "attorney",
    "congressman", "congresswoman", "commissioner", "ambassador", "billionaire", "challenger", "rival", "incumbent",
    "columnist", "historian", "surrogate", "donor", "delegate", "voter", "veteran", "ally", "sheriff", "chancellor",
}
#: People whose words are their body's words.
SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman", "official", "representative", "spokespeople"}

#: Capitalised words that open a sentence without being a name.
SENTENCE_OPENERS = {"everyone", "everybody", "nobody", "someone", "somebody", "others", "all", "both", "this",
                    "that", "these", "those", "there", "it", "yet", "but", "and", "so", "then", "now", "later"}
#: Sources that are nobody in particular, however they are described.
GROUPS = {"residents", "people", "observers", "critics", "analysts", "experts", "witnesses", "sources", "locals",
          "officials", "activists", "reports", "commentators", "rumours", "rumors", "accounts", "neighbours",
          "neighbors", "campaigners", "supporters", "opponents", "parents", "workers", "users", "posts", "elders",
          "diplomats", "insurers", "forecasters", "shoppers", "tenants", "landlords", "lobbies", "economists",
          "scientists", "doctors", "teachers", "fans", "traders", "farmers", "families", "voters", "members",
          "abstainers", "mps", "lawmakers", "politicians", "leaders", "groups", "companies", "businesses",
          "investors", "markets", "protesters", "demonstrators", "students", "media", "others", "many",
          "shopkeepers", "onlookers", "bystanders", "campers", "owners",
          "some", "most", "several", "few", "dozens", "scores", "hundreds", "thousands"}
#: Words that count the people a group word names ("Several MPs", "Some Democrats", "Dozens of residents"): the
#: group word says what the source is; a count alone ("Hundreds said") is the source itself.
QUANTIFIERS = {"some", "most", "many", "several", "few", "dozens", "scores", "hundreds", "thousands"}
#: How the names of peoples and parties end ("Democrats", "Israelis", "Socialists"); "Sanders" and "Davis" are names.
PEOPLES = ("ans", "ats", "ists", "ites", "ics", "lis", "qis", "nis", "dis", "ees", "ives", "als")
#: Words that hedge a count of people: "About 43 said", "at least 2,000 said", "More than 300 said".
ROUGHLY = {"about", "some", "at", "least", "more", "than", "nearly", "almost", "over", "roughly", "around", "just",
           "only", "fewer", "less", "another", "all", "exactly", "close", "to", "up", "as", "many"}
#: Words for a share of people polled: "Almost half said", "a majority said", "two-thirds of voters said".
SHARES = {"half", "majority", "majorities", "third", "thirds", "quarter", "quarters", "percent", "%", "fifth",
          "fifths", "plurality", "minority"}
#: Groups of people (not of things such as "reports" or "accounts"): a body's name before them makes no name.
PEOPLE = GROUPS - {"reports", "accounts", "posts", "rumours", "rumors", "media", "markets", "groups", "companies",
                   "businesses", "lobbies", "some", "most", "many", "others", "several", "few", "dozens", "scores",
                   "hundreds", "thousands"}
#: Words for a person or a group of people, one list for whoever says what of them: the subject of a later verb of
#: saying ("The judge rubbed his chin and said") and the person a bad name is said of ("the senator, a liar,"). The
#: roles sources are quoted by ("judge", "official"), groups of people ("voters", "allies"), and people by age,
#: family or company, with "media" and "press" for the people who report ("children", "friends", "the media, a
#: disgrace,"), which the framing rules read first.
PERSON_WORDS = ROLES | SPOKESPEOPLE | PEOPLE | set("""men women persons boy boys girl girls child children kid kids youth
youths family families folk citizens nationals aliens agents friends colleagues followers media press""".split())


def _singular(word: str) -> str:
    """A plural noun's singular, as far as the word lists need it: "drivers" -> "driver", "allies" -> "ally"."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else ""


def a_person_word(word: str, bodies: bool = False) -> bool:
    """Whether a word (in lower case) is a word for a person or a group of people ("judge", "voters", "allies"),
    one or several; with ``bodies``, a word for a body too ("the ministry", "departments"): a body may speak, as a
    sentence's subject does ("The departments declined …, saying"), but a bad name said of it is said of no one."""
    if word in PERSON_WORDS or _singular(word) in ROLES:
        return True
    return bodies and (word in INSTITUTIONS or _singular(word) in INSTITUTIONS)


ANONYMITY = ("requesting anonymity", "on condition of anonymity", "speaking anonymously", "asked not to be named",
             "asked not to be identified", "declined to be named", "declined to be identified",
             "did not want to be named", "not authorised to speak", "not authorized to speak", "not allowed to speak",
             "who asked for anonymity", "on the condition of anonymity", "insisted on anonymity", "sources close to",
             "a source close to", "not authorised to brief", "not authorized to brief", "who cannot be named",
             "who could not be named", "refused to be named", "spoke anonymously", "anonymous")
#: Capitalised words that are not names.
COMMON = GROUPS | ROLES | DOCUMENTS | INSTITUTIONS | INDEFINITE | DEFINITE | {"local", "many", "some", "other"}

#: Impersonal attributions with no source word at all.
IMPERSONAL = ("reportedly", "it is believed", "it is widely believed", "it is thought", "it is said",
              "it is understood", "it is widely understood", "it is generally believed", "it is widely thought",
              "it is known", "it was reported", "it is claimed", "rumours", "rumors", "some say", "many say",
              "reports suggest", "reports say", "reports said", "media reports", "unconfirmed reports",
              "local reports", "various sources", "local sources")

#: Nouns of view that name whose view follows with "in" before its owner: "in Ortiz's view", "in their opinion"
#: (not "a view of the lake", "Hale's view of the river": no "in", no view given).
IN_VIEW_NOUNS = {"view", "opinion", "judgment", "judgement"}
#: Verbs of a held view that may stand right before the verb of what is believed, its subject left in the clause
#: before: "the dam, which Ortiz believes will fall", "a step they think could help" (never plural nouns).
BELIEVING = {"believe", "believes", "believed", "think", "thinks", "thought"}
#: Words that cite a source: verbs of saying and of views.
CITING = SPEECH | VIEW_VERBS
#: Words for people and bodies that can speak or hold a view.
SPEAKER_WORDS = ROLES | GROUPS | INSTITUTIONS | SPOKESPEOPLE
ASK = _forms("ask")
#: Words that may stand between "in" and "statement" or "poll": "in a new statement", "in its latest poll".
DESCRIBING = DEFINITE | INDEFINITE | {"new", "latest", "recent", "national", "separate", "same", "written", "joint",
                                      "televised", "exit", "online", "brief", "lengthy", "long", "exclusive"}
CALLED = {"called", "calls", "calling", "call"}
#: Who or what was called something: "called him a liar", "calls herself a socialist".
OBJECTS = {"him", "her", "it", "them", "himself", "herself", "itself", "themselves"}
#: ... and those that are always named, never phoned: "call themselves conservative", "calls herself a socialist".
REFLEXIVES = {"himself", "herself", "itself", "themselves"}
#: Who is "called out" to act, not criticised: "called out the National Guard", "called out sick".
CALLED_OUT_TO_ACT = {"guard", "troops", "reserves", "reservists", "army", "militia", "police", "sick"}
#: What someone calls that is an event, not a label: "called a vote", "called snap elections", "call a meeting".
CALLED_EVENTS = {"vote", "votes", "election", "elections", "meeting", "meetings", "session", "strike", "halt",
                 "conference", "referendum", "hearing", "hearings", "recess", "truce", "ceasefire", "cab", "taxi",
                 "ambulance", "timeout", "press", "news", "caucus", "primary", "debate", "poll", "audible", "foul"}
#: Words after "called Ortiz" that tell when, where or how often someone was called, not what: "called Hale twice".
NOT_A_LABEL = {"back", "twice", "again", "home", "up", "off", "out", "over", "in", "into", "yesterday", "today",
               "tonight", "later", "earlier", "often", "once", "first", "last", "recently", "daily", "repeatedly"}
#: Verbs of saying that "first" may stand before as an adverb: "the clerk first said" (but "the first report").
PAST_TENSE = {word for word in SPEECH if word.endswith("ed")} | {"said", "told", "wrote"}
REPLY = _forms("reply", "answer")

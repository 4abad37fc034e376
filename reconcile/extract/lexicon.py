"""General word lists: event nouns, event verbs, speech verbs, count categories.

These are vocabulary of news English, not of any story.
"""

from __future__ import annotations

import re

EVENT_CLASSES = {
    "talks": {"talks", "talk", "meeting", "negotiation", "negotiations", "consultation", "consultations", "summit",
              "session", "conference", "discussion", "discussions", "dialogue", "round", "edition", "visit", "meet", "tour",
              "inspection", "trip", "sitting"},
    "court": {"hearing", "trial", "sentencing", "verdict", "arraignment", "appeal", "retrial", "inquest", "judgment",
              "judgement", "ruling", "raid", "seizure", "crackdown", "inquiry", "closing arguments", "arrest",
              "conviction", "acquittal"},
    "match": {"match", "game", "fixture", "final", "semifinal", "semi-final", "quarterfinal", "quarter-final",
              "marathon", "championship", "championships", "grand prix", "regatta", "stage", "duel", "contest",
              "play-off", "shoot-out", "derby", "tie", "friendly",
              "playoff", "race", "tournament", "bout", "leg", "matchday", "gameweek", "replay", "decider"},
    "election": {"election", "vote", "referendum", "runoff", "run-off", "by-election", "re-run", "ballot", "primary", "poll", "polling", "count",
                 "recount", "plebiscite"},
    "disaster": {"earthquake", "quake", "tremor", "flood", "flooding", "explosion", "blast", "fire", "blaze",
                 "collapse", "crash", "landslide", "storm", "cyclone", "hurricane", "typhoon", "attack",
                 "shooting", "accident", "derailment", "eruption", "tsunami", "stampede", "bombing", "strike",
                 "outbreak", "leak", "spill", "wildfire", "mudslide", "avalanche", "tornado", "capsize", "capsizing",
                 "sinking", "shipwreck", "rockslide", "cave-in", "mudflow", "rockfall", "sinkhole", "cloudburst",
                 "blizzard", "bushfire", "hailstorm", "thunderstorm", "windstorm", "rainstorm", "snowstorm", "sandstorm", "evacuation", "landfall", "collision"},
    "business": {"deal", "merger", "acquisition", "takeover", "closure", "signing", "ipo", "listing", "launch",
                 "sale", "buyout", "layoffs", "shutdown", "announcement", "transfer", "medical", "unveiling", "filing",
                 "bankruptcy", "insolvency", "liquidation", "recall", "completion", "handover", "auction"},
    "ceremony": {"ceremony", "inauguration", "funeral", "rally", "protest", "march", "parade", "celebration",
                 "festival", "concert", "congress", "convention", "forum", "exhibition", "walkout", "stoppage",
                 "swearing-in", "coronation", "vigil", "memorial", "opening", "debate", "memorial service",
                 "funeral service", "gala", "screening", "premiere", "reception", "banquet", "burial",
                 "commemoration", "mourning", "prayer", "tribute", "groundbreaking", "prizegiving", "prize-giving",
                 "sendoff"},  # ("send-off") a farewell to the dead (or to one leaving office) held for the public
}
TRIGGER_CLASS = {word: cls for cls, words in EVENT_CLASSES.items() for word in words}
# Rites a funeral or a memorial is held as ("a funeral mass", "a memorial service"), and which one celebrates by
# holding them ("a mass will be celebrated").
RITES = {"mass", "service", "prayer", "rite", "procession", "ceremony", "liturgy", "vigil", "wedding"}
# Event nouns that a story uses for many events; any other event noun names one event ("the run-off").
GENERIC_TRIGGERS = {"talks", "talk", "meeting", "round", "session", "discussion", "negotiation", "negotiations",
                    "consultation", "consultations", "match", "game", "vote", "election", "hearing", "visit", "trip",
                    "conference", "meet", "poll", "polling", "count", "strike", "attack", "fire", "announcement", "deal",
                    "sale", "launch", "rally", "protest", "march", "ceremony", "fixture", "tie", "race", "final", "leg", "matchday", "gameweek"}
# Nouns for any event of a kind ("the accident" is the collapse, the derailment or the crash the report told): they
# never tell two events apart.
KIND_NOUNS = {"accident", "incident", "disaster", "tragedy", "catastrophe", "calamity"}
# Event nouns that name one kind of event, and the noun they are compared as ("the inauguration" is the opening).
SAME_EVENT_NOUNS = {"quake": "earthquake", "flooding": "flood", "capsizing": "capsize", "inauguration": "opening",
                    "acquisition": "takeover", "buyout": "takeover", "shipwreck": "capsize", "mudslide": "landslide",
                    "mudflow": "landslide", "sinking": "capsize", "collision": "crash", "blaze": "fire", "ruling": "verdict", "judgment": "verdict", "judgement": "verdict",
                    # a company's meeting of its shareholders, however called
                    "extraordinary meeting": "general meeting", "annual meeting": "general meeting",
                    "shareholder meeting": "general meeting", "shareholders meeting": "general meeting",
                    # an election's result read out is its declaration
                    "results": "declaration", "result": "declaration",
                    # a storm, by what it brought
                    "hailstorm": "storm", "thunderstorm": "storm", "windstorm": "storm", "rainstorm": "storm"}
# A trial court's verdict as given, by whichever part of it a report tells.
VERDICT_ACTS = {"verdict", "conviction", "acquittal", "sentencing"}
# Nouns of a verdict that are that act only where they are placed or dated themselves ("the conviction on Friday of
# nine men"): "quashed his conviction", "a previous conviction" tell of a verdict given before.
PLACED_VERDICT_NOUNS = {"conviction", "acquittal"}
# The stages of a competition, each its own event (hyphens dropped, as event triggers are compared).
STAGE_NOUNS = {"final", "semifinal", "quarterfinal", "semi"}
# Verbs of getting into a later stage ("reached the final", "booked a place in the final"): the clause tells the match
# that got a side there (``results``), not the stage (``tallies.achievement_frame`` counts the times a side won
# something).
INTO_STAGE = {"reach", "qualify", "advance", "progress", "book", "make"}
# Kinds of event known by the person who makes them, whatever words tell them (``extract/visits.py``): a trip and
# a candidate's speech.
PERSON_EVENTS = ("visit", "speech", "ballot")
# What people travel in, and of them what floats.
VEHICLES = {"plane", "aircraft", "airliner", "jet", "turboprop", "helicopter", "bus", "coach", "minibus", "train",
            "truck", "lorry", "tanker", "car", "van", "ferry", "boat", "vessel", "ship", "launch", "trawler",
            "tram", "vehicle"}
BOATS = {"ferry", "boat", "vessel", "ship", "launch", "trawler", "canoe", "dinghy", "barge"}
# The words a ship's name opens with ("the MV Kelvo Star", "KM Orvel"), that make the name a vessel's.
SHIP_PREFIXES = {"mv", "ms", "mt", "ss", "hms", "mf", "kri", "rv", "km", "kmp", "mfv", "fv"}


def names_a_ship(tok) -> bool:
    """Whether a word names a boat: a word for one, or a name opened by a ship's prefix ("the MV Kelvo Star")."""
    return tok.lemma_.lower() in BOATS or tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in SHIP_PREFIXES for c in tok.children)
# Count nouns whose plural without an ordinal means a series, not one event ("the Geneva meetings").
SERIES_PLURALS = {"round", "leg", "meeting", "session", "match", "game", "hearing", "visit", "fixture", "summit", "vote",
                  "screening", "tour", "inspection", "trip", "arrest"}

# What officials inspect when they visit it: a site, not a town or a person.
INSPECTED_SITES = {"site", "scene", "spillway", "wreck", "wreckage", "plant", "mine", "dam", "crossing", "camp", "shore",
                   "barrage", "bridge", "embankment", "levee", "factory", "terminal", "jetty", "quarry", "warehouse"}

# Verbs whose object is the place or the site gone to see: "visited X", "toured camps in Y", "inspected the dam".
SEEING_VERBS = {"visit", "tour", "inspect"}

# Words only a place is written after: "in neighbouring X", "to nearby Y".
NEIGHBOURING = {"neighbouring", "neighboring", "nearby"}

# Verbs of planning an event, whose place may come after "for": "the next round is planned for X in August".
PLAN_VERBS = {"plan", "schedule", "set", "slate", "pencil", "earmark"}

# Verbs whose subject or object is the event and whose modifiers give its place and date.
EVENT_VERBS = {
    "hold", "take", "follow", "occur", "happen", "begin", "start", "end", "open", "close", "resume", "convene",
    "schedule", "postpone", "move", "shift", "relocate", "reschedule", "delay", "push", "bring", "set", "plan",
    "play", "stage", "host", "strike", "hit", "rock", "kill", "destroy", "devastate", "conclude", "wrap", "finish",
    "continue", "proceed", "sign", "complete", "announce", "go", "come", "tear", "flatten", "erupt", "break",
    "kick", "get", "win", "beat", "defeat", "lose", "draw", "organise", "organize", "arrange", "call", "adjourn", "sentence",
    "try", "hear", "meet", "gather", "collapse", "explode", "burn", "flood", "sweep", "batter",
    "undergo", "attend", "pass", "conduct", "carry", "fail", "perform", "face", "contest", "reconvene", "hand", "deliver", "issue", "pronounce", "chair",
    "repeat", "rerun",  # "will repeat the vote at one polling station on October 25"
    "fix",  # "the court fixed July 28 for the hearing"
    "celebrate",  # "will celebrate a funeral mass on Saturday at X"
    "make",  # "made landfall near X on Saturday", "made a visit to Y"
    "read", "read out",  # a judge who "read (out) the verdict" delivered it
    "lodge", "file", "submit",  # "lodged an appeal on Wednesday": the day of the appeal
    "reserve",  # "reserved judgment until June 26": the judgment is then ahead
}
# Words after a present "is" that put what follows ahead: "is due to", "are set to", "is expected to".
DUE_WORDS = {"due", "set", "expected", "scheduled", "slated", "poised", "likely", "about"}
# The bodies whose acts are court events: what a court, a bench or a judge does happens where the court sits.
COURT_NOUNS = {"court", "tribunal", "judge", "magistrate", "magistrates", "chamber", "bench"}
# Verbs that report one event of a story by themselves ("was sentenced on Thursday"), with the event they name.
VERB_EVENTS = {
    "sentence": ("court", "sentencing"), "convict": ("court", "conviction"), "acquit": ("court", "acquittal"),
    "indict": ("court", "indictment"), "arrest": ("court", "arrest"), "detain": ("court", "arrest"), "charge": ("court", "charging"),
    "sign": ("business", "signing"), "resign": ("ceremony", "resignation"), "inaugurate": ("ceremony", "inauguration"),
    "rule": ("court", "ruling"), "elect": ("election", "election"), "vote": ("election", "vote"), "count": ("election", "count"), "recount": ("election", "recount"), "close": ("business", "closure"),
    "shut": ("business", "closure"), "open": ("ceremony", "opening"), "reopen": ("ceremony", "reopening"), "launch": ("business", "launch"), "list": ("business", "listing"), "meet": ("talks", "meeting"), "reconvene": ("talks", "meeting"), "file": ("business", "filing"), "lodge": ("business", "filing"),
    "crash": ("disaster", "crash"), "explode": ("disaster", "explosion"), "collapse": ("disaster", "collapse"),
    "derail": ("disaster", "derailment"), "capsize": ("disaster", "capsizing"), "overturn": ("disaster", "capsizing"), "sink": ("disaster", "sinking"), "erupt": ("disaster", "eruption"), "sack": ("business", "dismissal"), "appoint": ("business", "appointment"),
    "imprison": ("court", "imprisonment"), "jail": ("court", "sentencing"), "appeal": ("court", "appeal"),
    "plead": ("court", "plea"), "replay": ("match", "replay"),
    "parade": ("ceremony", "parade"),  # "the players paraded the trophy through the town on Sunday"
}
TRAVEL_VERBS = {"fly", "travel", "head", "go", "arrive", "return", "come", "leave", "report"}
# Verbs of people coming together "for" an event: "crowds filled the streets of the town on Sunday for the funerals".
GATHER_VERBS = {"gather", "assemble", "fill", "line", "pack", "throng", "crowd", "flock", "converge", "queue", "turn"}
# Verbs of hosting or meeting people "for" an event: "will receive his counterpart in Annecy on Monday for the
# fourth round", "the ministers met in Geneva for talks".
HOST_VERBS = {"receive", "host", "welcome", "meet", "convene"}
# Verbs that only say an event was done, by whoever does it, the event their object: "made her first visit on
# Thursday", "the court gives its judgment today", "led the talks in X".
LIGHT_VERBS = {"make", "pay", "give", "undertake", "lead", "mount", "launch", "stage", "wage", "run"}
# Verbs of a contest, or of choosing by one, whose day and place are those of the contest they are told "in": "will
# meet Lee in the run-off on May 17", "the town will choose its mayor in a run-off on October 4".
CONTEST_VERBS = {"meet", "face", "play", "compete", "choose", "elect", "decide", "vote"}
# Verbs that tell an event going on, whose subject is the event: "the talks opened in X", "where the funeral ended",
# "It began in X on Y" (a pronoun for the event named before).
GOING_ON = {"open", "close", "begin", "start", "end", "conclude", "resume", "finish"}
MOVE_VERBS = {"move", "shift", "relocate", "transfer", "switch", "postpone", "reschedule", "delay", "adjourn", "defer",
              "reserve"}  # "reserved judgment until June 26"
# Verbs that move an event only with a particle: "brought forward", "pushed back", "put back".
PARTICLE_MOVES = {"bring", "push", "put", "set"}


def moves_event(verb) -> bool:
    """Whether a verb moves what it acts on to another day or place: "moved", "postponed", "pushed back" (the
    particle parsed as a particle or as an adverb)."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in verb.children):
        return False  # "the World Cup moves on to X for its next round": it goes on, nothing is moved
    return lemma in MOVE_VERBS or lemma in PARTICLE_MOVES and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "forward") for c in verb.children)
# Nouns of money lent: "the loan", "a credit line", "a $18 million facility from the bank".
LOAN_NOUNS = {"loan", "credit", "facility", "financing"}
FUTURE_MARKERS = {"next", "upcoming", "forthcoming", "planned", "coming", "future", "new", "proposed", "scheduled",
                  "expected", "anticipated", "prospective", "following"}
PAST_MARKERS = {"last", "previous", "past", "earlier", "prior", "recent", "initial", "latest", "preceding",
                "inaugural", "opening"}

# The forms of those verbs that tell who spoke in running text ("..., said X", "X told reporters").
SPOKEN = ("said", "says", "told", "tells", "added", "insisted", "admitted", "argued", "explained", "stressed", "warned",
          "recalled", "replied")
# A game, stage or round of a series by its number, which the tagger may take for a date: "Game 3", "Stage 4".
NUMBERED_GAME = re.compile(r"(?:Game|Match|Stage|Round|Leg|Heat|Race|Set|Test) \d{1,2}")

SPEECH_VERBS = {
    "say", "tell", "state", "add", "declare", "announce", "note", "insist", "warn", "claim", "argue", "explain",
    "confirm", "stress", "emphasize", "emphasise", "write", "tweet", "post", "describe", "call", "acknowledge",
    "admit", "deny", "reply", "respond", "recall", "remark", "comment", "observe", "suggest", "urge", "vow",
    "pledge", "promise", "caution", "report", "quote", "cite", "predict", "conclude", "rule", "hail", "speak",
}

# What a count counts: a category for the counted noun or the verb around the number.
COUNT_CATEGORIES = {
    "dead": {"dead", "killed", "kill", "die", "died", "death", "deaths", "fatality", "fatalities", "life", "lives",
             "body", "bodies", "toll", "victim", "victims", "perish", "perished", "drown", "drowned", "slain"},
    "injured": {"injured", "injure", "injury", "injuries", "wounded", "wound", "hurt", "hospitalised",
                "hospitalized", "casualties", "treated"},
    "missing": {"missing", "unaccounted", "trapped"},
    "evacuated": {"evacuated", "evacuate", "evacuation", "evacuees", "relocated"},
    "displaced": {"displaced", "homeless", "shelter", "shelters", "fled", "flee", "fleeing"},
    "arrested": {"arrested", "arrest", "arrests", "detained", "detain", "detention", "custody"},
    "detainees": {"detainee", "detainees", "prisoner", "prisoners", "hostage", "hostages", "captives"},
    "rescued": {"rescued", "rescue", "saved", "pulled", "survivors"},
    "jobs": {"job", "jobs", "layoffs", "redundancies", "position", "positions", "employee", "employees",
             "worker", "workers", "staff", "cut", "cuts", "laid"},
    "votes": {"vote", "votes", "ballot", "ballots"},
    "seats": {"seat", "seats"},
    "turnout": {"turnout"},
    "attendance": {"attendance", "crowd", "spectators", "fans", "supporters", "attendees", "watched"},
    # People who watched on a screen, anywhere: "61 million viewers watched the final" is no crowd.
    "viewers": {"viewers", "viewership", "audience", "audiences"},
    # People who marched, protested or took part: "about 4,000 farmers marched", "more than 10,000 took part".
    "participants": {"participants", "protesters", "protestors", "demonstrators", "marchers", "marched", "protested",
                     "demonstrated", "rallied"},
    "sentence": {"prison", "jail", "imprisonment", "sentence", "sentenced", "term", "behind"},
    "goals": {"goal", "goals"},
    "saves": {"save", "saves"},  # a goalkeeper's, like a scorer's goals
    "seized": {"seized", "seize", "confiscated", "impounded", "captured", "intercepted"},
    "sites": {"store", "stores", "shop", "shops", "branch", "branches", "outlet", "outlets", "restaurant",
              "restaurants", "location", "locations", "site", "sites", "plant", "plants", "factory", "factories",
              "office", "offices", "school", "schools", "hospital", "hospitals", "mine", "mines", "station",
              "stations"},
    "passengers": {"passenger", "passengers", "aboard", "onboard"},
    "crew": {"crew"},
    "flights": {"flight", "flights", "departures", "arrivals", "sailings", "trains", "services"},
    "area": {"hectares", "hectare", "acres", "acre"},
    "buildings": {"building", "buildings", "home", "homes", "house", "houses"},
    "years": {"contract", "deal"},
    # People sent to do a job: kept apart by what they are, so that troops and observers never meet.
    "observers": {"observers", "observer", "monitors"},
    # Those who sit at talks, however a report calls them: "36 delegates", "about 35 officials", "negotiators".
    "delegates": {"delegates", "delegate", "negotiators", "officials"},
    "troops": {"troops", "soldiers", "peacekeepers"},
    "volunteers": {"volunteers"},
    "responders": {"firefighters", "firemen", "rescuers", "medics", "paramedics"},
    "police": {"police", "officers", "policemen"},
    "deployed": {"deployed", "deploy", "deployment", "personnel"},
    # A trial's people and charges: "convicted 16 defendants", "guilty on all 14 counts".
    "defendants": {"defendant", "defendants", "accused"},
    # "appeared with two co-accused": the others tried beside one, not all who are tried
    "co-defendants": {"co-defendants", "co-defendant", "co-accused"},
    "charges": {"count", "counts", "charge", "charges"},
    # An outbreak's cases: "540 cases", "has infected more than 800 people", "1,046 infections"
    "cases": {"case", "cases", "infection", "infections", "infected", "infect"},
    # "finished first among eight candidates", "nine names on the ballot"
    "candidates": {"candidates", "candidate", "contenders", "challengers"},
    # What a trial heard, an inquiry received, a ship or a road carried: "called 42 witnesses", "23 vehicles".
    "witnesses": {"witness", "witnesses"},
    "complaints": {"complaint", "complaints"},
    "vehicles": {"vehicle", "vehicles", "truck", "trucks", "lorry", "lorries", "car", "cars", "bus", "buses"},
}
WORD_CATEGORY = {}
# Categories that count people a disaster or a raid did something to: "the injured", "those rescued".
CASUALTY_CATEGORIES = {"dead", "injured", "missing", "evacuated", "displaced", "arrested", "rescued"}
for _cat, _words in COUNT_CATEGORIES.items():
    for _w in _words:
        WORD_CATEGORY.setdefault(_w, _cat)

# Words of a figure going down or up: "a 15% cut", "rose to 14", "reduced his sentence from nine to six years".
# Words that make a number of things some more of them ("three more bodies", "another two flights"): one of a
# series, not a total.
MORE_WORDS = {"more", "another", "further", "additional", "extra"}
CUT_WORDS = {"cut", "fall", "drop", "decline", "reduce", "reduction", "lower", "slash", "decrease", "shrink"}
RISE_WORDS = {"rise", "increase", "raise", "grow", "growth", "climb", "hike", "gain"}

MONEY_NOUNS = {
    "fee", "price", "deal", "value", "valuation", "fine", "damages", "compensation", "salary", "wage", "wages",
    "revenue", "revenues", "profit", "profits", "loss", "losses", "bid", "offer", "settlement", "budget", "cost",
    "costs", "investment", "aid", "loan", "bail", "bonus", "payout", "package", "sale", "takeover", "acquisition",
    "merger", "funding", "award", "penalty", "sum", "amount", "earnings", "turnover", "debt", "prize", "bill",
    "contract", "release", "clause", "add-ons", "transfer", "payment", "grant", "assistance", "relief",
    "fined", "restitution", "forfeiture", "cheque", "check", "purse", "winnings", "financing", "sales", "credit", "loans", "severance", "fund", "dividend", "tax", "levy", "ransom",
    "kickback", "kickbacks", "bribe", "bribes", "upkeep", "maintenance", "contribution", "repayment",
    "reimbursement", "reparation", "reparations", "subsidy", "subsidies", "donation", "donations", "stake",
    "purchase", "buyout", "gratia",
    "target", "goal",  # "set a target of $3 billion": a sum hoped for, its own kind
    "liabilities", "assets",  # "lists liabilities of between $1 billion and $10 billion": what it owes or owns
}

# The small units of currencies, singular (as a lemma, or the word after a figure without its plural "s"): "35
# cents", "420 baisas", "80 kopecks". Those of one currency only are read as its money (``money.SMALL_UNITS``).
SMALL_UNIT_WORDS = {"cent", "penny", "pence", "baisa", "fil", "fils", "kopeck", "kopek", "paisa", "paise", "centavo",
                    "centime", "halala", "tiyin", "tiyn", "tetri", "luma", "satang", "sen", "kobo", "pesewa", "thebe",
                    "grosz", "groszy", "haler", "bani", "stotinki", "lipa", "qindarka", "santim", "eurocent",
                    "piastre"}

# The type words of natural features and of areas, written after the name ("the Varna River", "Tafea province").
# Last words of a named competition: "the Riverside Open", "the Harbour Cup", "the Lakes Marathon".
COMPETITION_HEADS = {"Open", "Cup", "Championship", "Championships", "Games", "Marathon", "Classic", "Masters",
                     "Invitational", "Trophy", "Regatta", "Derby", "Rally", "Grand Prix"}
WATER_WORDS = {"river", "dam", "reservoir", "lake", "canal", "glacier", "falls", "lagoon", "delta"}
AREA_WORDS = {"province", "district", "region", "department", "county", "prefecture", "governorate", "oblast",
              "municipality", "valley", "township", "commune", "state", "island", "city", "regency", "islands",
              "village", "town", "peninsula", "upazila", "tehsil", "taluk", "taluka", "subcounty", "sub-county"}



def area_core(name: str) -> str:
    """ "Varuna Province" -> "Varuna", "Satkhira district" -> "Satkhira"; "" for a name that does not end with the
    word for an area."""
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in AREA_WORDS and words[-2][:1].isupper() \
            and words[-2].lower() not in AREA_WORDS:
        return " ".join(words[:-1])
    return ""


# Who may hold votes, seats, a share or a sum: a person, a body, a place, a people.
HOLDER_LABELS = ("PERSON", "ORG", "PLACE", "NORP")
# Nouns of a part of a company someone holds: "a 25 percent stake", "raised its holding to 40 percent".
HOLDING_NOUNS = {"stake", "holding", "shareholding", "interest", "share"}
# What a party's members are called, which is also what the party is called ("the Social Democrats won 13 seats",
# "the Greens lost their deposit"): the tagger takes these for a people or a group.
PARTY_MEMBERS = {"democrats", "republicans", "conservatives", "liberals", "greens", "moderates", "socialists",
                 "communists", "nationalists", "progressives", "centrists", "unionists", "federalists", "libertarians",
                 "radicals", "populists", "tories", "christian democrats", "social democrats", "liberal democrats"}


def party_member(word: str) -> str:
    """What one member of a party is called ("conservative", "tory"), if ``word`` (any case) is one, as the
    plural that names the party ("conservatives", "tories"); else ""."""
    low = word.lower()
    plural = low[:-1] + "ies" if low.endswith("y") else low + "s"
    return plural if plural in PARTY_MEMBERS else ""

# Verbs done to a person, whose object is a person's name: "X was detained in March in Astana", "who convicted
# Jhonny Alberto Caraballo Montes". (Arrests, sentences, appointments and the like are also events of their own,
# ``VERB_EVENTS``.)
DONE_TO_PEOPLE = {"detain", "extradite", "release", "free", "deport", "kidnap", "abduct", "rescue", "hospitalise",
                  "hospitalize", "dismiss", "suspend", "question", "interrogate", "summon", "jail", "transfer",
                  "convict", "sentence", "acquit", "arrest", "charge", "indict", "appoint", "elect", "sack",
                  "interview", "bury", "cremate"}

# Trades and callings news copy puts before a person's name without making them an office ("Contractor Maritess
# Gozum, who ...", "farmer Ana Ruiz"): no part of the name.
OCCUPATIONS = {"contractor", "subcontractor", "supplier", "businessman", "businesswoman", "trader", "farmer",
               "fisherman", "miner", "driver", "lawyer", "activist", "journalist", "photographer", "teacher", "nurse",
               "student", "pastor", "priest", "imam", "villager", "resident", "witness", "survivor", "rescuer",
               "labourer", "laborer", "entrepreneur", "developer", "landowner", "shopkeeper", "vendor",
               "mechanic", "electrician", "plumber", "builder", "accountant", "consultant", "broker", "banker"}

# Words that show a sentence speaks of an election.
ELECTION_WORDS = {"vote", "votes", "voters", "ballot", "ballots", "election", "elections", "round", "run-off",
                  "runoff", "poll", "polls", "candidate", "candidates", "mayoral", "presidential", "parliamentary",
                  "referendum", "constituency", "electoral"}

# Nouns of a storm, which a storm's name may open with ("Cyclone Ruvani") and whose eye or centre may tell it.
STORM_NOUNS = {"cyclone", "hurricane", "typhoon", "storm"}

# Verbs of winning a share ("took 38 percent", "polled 12%").
SHARE_VERBS = {"take", "win", "receive", "get", "secure", "poll", "garner", "collect", "capture", "gain", "obtain",
               "score", "finish", "come", "end", "place", "trail", "lead"}  # "came third with 14.7 percent"

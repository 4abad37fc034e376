"""Office titles parsed into rank, office, domain and portfolio (``title_compare`` compares them).

"Deputy Assistant Secretary of State for Energy Resources" ->
rank {deputy, assistant}, office "secretary", domain {state}, portfolio {energy, resources}.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reconcile.normalize.country_names import COUNTRY_ALIASES, DEMONYMS
from reconcile.normalize.text import fold

# Professions: "the mine's chief engineer" holds a post, "a mechanical engineer who ran the plant" has a training.
PROFESSIONS = {"surveyor", "engineer", "doctor", "physician", "surgeon", "epidemiologist", "economist", "analyst",
               "curator", "architect", "professor", "lecturer", "scientist", "researcher", "investigator",
               "detective", "planner", "pilot", "supervisor"}
# Nouns that make a phrase a title. General vocabulary of offices and roles; and professions, for the posts named by
# one ("the Chief Marine Surveyor", "the chief sanitary doctor", "the mine's chief engineer").
# The positions a player plays in ("striker NAME", "the side's goalkeeper").
PLAYING_POSITIONS = {"striker", "midfielder", "defender", "goalkeeper", "forward", "winger"}
TITLE_HEADS = PROFESSIONS | PLAYING_POSITIONS | {
    "minister", "secretary", "ambassador", "envoy", "president", "premier", "chancellor", "governor", "mayor",
    "senator", "congressman", "congresswoman", "representative", "spokesman", "spokeswoman", "spokesperson",
    "chief", "director", "head", "chairman", "chairwoman", "chairperson", "chair", "ceo", "cfo", "coo", "cto",
    "officer", "executive", "manager", "coach", "captain", "judge", "justice", "prosecutor", "attorney",
    "commissioner", "commander", "general", "admiral", "colonel", "adviser", "advisor", "counsel",
    "negotiator", "leader", "founder", "king", "queen", "prince", "princess", "pope", "bishop", "sheriff",
    "inspector", "superintendent", "consul", "delegate", "administrator", "mp", "lawmaker",
    "deputy", "undersecretary", "under-secretary", "treasurer", "auditor", "accountant", "surveyor", "comptroller",
    "ombudsman",
    "magistrate", "registrar", "dean", "rector", "provost", "principal", "editor", "owner", "partner",
    "chairmen", "speaker", "whip", "councillor", "councilor", "councilman", "councilwoman", "alderman",
    "marshal", "warden", "chaplain", "nominee", "candidate", "incumbent", "challenger", "boss", "president-elect",
    "attaché", "attache", "emissary", "coordinator", "controller", "steward", "referee", "umpire", "official",
    "organiser", "organizer", "regent", "prefect", "subprefect", "sub-prefect", "vicar",
    # ranks in a service: "Lieutenant Colonel"
    "lieutenant", "sergeant", "constable",
    "superior", "abbot", "imam", "rabbi", "patriarch", "metropolitan", "archbishop", "headteacher", "headmaster",
    "akim", "hokim", "wali",  # "the district akim"
    "arbiter", "observer",  # "chief arbiter NAME", "the mission's chief observer, NAME"
}
# Words that change the rank of an office: "Deputy Foreign Minister" is another office than "Foreign Minister".
RANKS = {
    "deputy", "assistant", "vice", "additional", "acting", "senior", "under", "undersecretary", "principal", "first", "prime",
    "interim", "associate", "former", "ex", "junior", "second", "co", "lead", "head", "executive", "general",
    "chief", "permanent", "special", "honorary", "elect",
    "formerly",  # "NAME, formerly director of ...": a former office
}
SYNONYMS = {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair",
    "chairperson": "chair", "advisor": "adviser", "ceo": "chief executive officer", "cfo": "chief financial officer",
    "coo": "chief operating officer", "cto": "chief technology officer", "boss": "head",
    "congresswoman": "congressman", "councilor": "councillor", "councilman": "councillor",
    "councilwoman": "councillor", "attache": "attache", "foreign affairs": "foreign", "md": "managing director",
    "defence": "defense", "u": "", "s": "", "dept": "department", "dep": "deputy", "gen": "general",
    "sec": "secretary", "min": "minister", "govt": "government", "mgr": "manager", "hr": "human resources",
    "physician": "doctor",  # "chief physician" and "chief doctor" of a hospital
    "striker": "forward",  # a football side's forward, called a striker by another report
    "commerce": "trade",  # "Minister of Industry and Commerce", the "trade minister"
    # the head of a school, however the country calls the post
    "headteacher": "principal", "headmaster": "principal", "headmistress": "principal",
}
# Short forms of titles that end with the office noun implied.
EXPANSIONS = {"chief executive": "chief executive officer", "chief financial": "chief financial officer",
              "managing director": "managing director"}
# Descriptions rather than offices: a candidate can also be a lawmaker; they never conflict with a title.
SOFT_OFFICES = {"candidate", "nominee", "incumbent", "challenger", "leader", "founder", "owner", "partner",
                "negotiator", "envoy",  # a part someone plays in talks, beside the office they hold
                "official", "delegate", "representative", "veteran", "boss", "head", "member", "chief", "organiser",
                "organizer", "executive"}
# Trades a person practises beside any office they hold: "a physician" and "the party's president" are two roles.
# (Not the trades a firm also names posts by, an engineer's or an accountant's, which a report may give for a post.)
TRADES = {"physician", "doctor", "surgeon", "nurse", "lawyer", "attorney", "economist", "teacher", "farmer",
          "journalist", "businessman", "businesswoman", "entrepreneur", "architect", "pharmacist", "dentist",
          "veterinarian", "academic", "scientist"}
# Seats in an assembly: a member holds one beside a party post, a committee chair or a ministry, so a seat and
# another office are two roles of one person, not two accounts of one.
SEATS = {"senator", "congressman", "mp", "lawmaker", "legislator", "councillor", "alderman"}
# Military ranks: a colonel commands a force, a general heads a staff; the rank is held beside the post.
MILITARY_RANKS = {"colonel", "general", "admiral", "brigadier", "major", "lieutenant", "sergeant", "marshal"}
# Words naming whom an office serves, not the office: "club president" = "Vardon president".
GENERIC_AFFILIATIONS = {"club", "company", "firm", "group", "party", "team", "government", "city", "town",
                        "county", "regional", "local", "league", "federation", "association", "union", "side",
                        "organisation", "organization", "agency", "ministry", "department", "council", "board",
                        "court", "opposition", "ruling", "bank", "corporation", "institute", "university",
                        "school"}
# Nouns for a business that an office's holder heads or serves, left unnamed: "chief executive of the group".
_EMPLOYERS = {"group", "company", "firm", "corporation", "conglomerate", "business"}
# The level of government an office serves: "Regional Prosecutor" and "National Prosecutor" are two offices.
LEVELS = {"regional", "national", "federal", "provincial", "municipal", "district", "departmental", "county",
          "city", "metropolitan",  # "metropolitan police commander": a city's force, not the province's
          "superior"}  # "superior prosecutor", "superior court": the level above the provincial one
# Two words for one level: a city's council is its municipal council.
LEVEL_SAME = {"city": "municipal"}
# Ranks below the office they qualify: a deputy head is never the head, however loosely "head" is used.
SUBORDINATE = {"deputy", "assistant", "vice", "under", "undersecretary", "associate", "junior",
               "additional"}  # "Additional District Judge": a judge below the District Judge, not the same post
# Offices whose bare word is how every holder below the chief is styled: "Justice X" may be an associate justice.
STYLES = {"justice"}
# Words that put an office in the past: a former office is an earlier post, not a rival present one.
PAST = {"former", "ex", "formerly"}
# Bodies whose chair, president or head is one office: "Commission chair" = "President of the Commission".
BODIES = {"commission", "committee", "board", "council", "panel", "tribunal", "jury", "assembly", "authority",
          "federation", "association"}
CHAIR_WORDS = {"chair", "president", "head"}
# Words that end the name of a body a rank word can open ("Special Operations Unit", "Senior Citizens Office").
_UNITS = {"unit", "office", "agency", "bureau", "service", "division", "department", "squad", "force"}
FILLER_WORDS = {"the", "a", "an", "its", "his", "her", "their", "new", "newly", "appointed", "current", "then",
         "affairs", "s", "of", "and", "&", "to", "for", "on", "in", "at", "country", "country's", "own",
         "serving", "longtime", "long", "time", "veteran", "top", "powerful", "influential", "nation", "nations",
         "state-run", "based", "who", "mr", "ms", "mrs", "miss", "madam", "dr",  # "Ms Justice": a courtesy
         "responsible", "charge",  # "the minister responsible for disasters", "in charge of"
         "outgoing", "incoming", "departing", "sitting", "incumbent",  # where a holder is in the term: "outgoing mayor"
         "present",  # "the present chief executive": the office held now
         "late",  # "the late MP": the holder has died, the office is the same
         # what befell the holder, not the office: "the suspended manager", "the jailed mayor"
         "suspended", "jailed", "detained", "arrested", "imprisoned", "sacked", "fired", "dismissed", "ousted",
         "deposed", "exiled", "embattled", "beleaguered", "disgraced", "convicted", "accused"}


@dataclass(frozen=True)
class Title:
    """A parsed office title."""

    text: str
    rank: frozenset[str] = field(default_factory=frozenset)
    office: str = ""
    domain: frozenset[str] = field(default_factory=frozenset)
    portfolio: frozenset[str] = field(default_factory=frozenset)
    destination: frozenset[str] = field(default_factory=frozenset)  # "ambassador to X"
    level: frozenset[str] = field(default_factory=frozenset)  # "regional", "national" ...

    @property
    def key(self) -> str:
        parts = [" ".join(sorted(self.rank)), self.office, " ".join(sorted(self.domain)),
                 " ".join(sorted(self.portfolio)), " ".join(sorted(self.destination))]
        if self.level:
            parts.append(" ".join(sorted(self.level)))
        return " | ".join(parts)


def has_title_head(text: str) -> bool:
    return any(w in TITLE_HEADS for w in title_words(text))


def title_words(text: str) -> list[str]:
    t = fold(re.sub(r"['’]s\b", "", text))
    t = re.sub(r"\bu s a\b|\bu s\b|\bus\b", "united states", t)
    t = re.sub(r"\bu k\b|\buk\b", "united kingdom", t)
    # "mayor of the northern mining city of X" is the mayor of X.
    t = re.sub(r"\bthe (?:[a-z-]+ ){0,3}(?:city|town|village|port|capital|municipality|province|region) of ", "", t)
    t = t.replace("under secretary", "undersecretary")
    # "president of X's management board": the head of a two-tier board's executive half, the chief executive
    t = re.sub(r"\b(?:president|chairman|chairwoman|chair|head) of (?:the )?(?:[a-z-]+ ){0,3}?management board\b",
               "chief executive officer", t)
    t = t.replace("foreign affairs", "foreign").replace("vice president", "vicepresident")
    # "Minister for Local Government": a portfolio, though "local" and "government" alone say whom an office serves
    t = t.replace("local government", "local-government")
    # "general director": the head of a company in many countries (directeur général, генеральный директор), whom
    # English reports also call its chief executive (not "director general", the head of an agency)
    t = re.sub(r"\bgeneral director\b", "chief executive officer", t)
    # "general secretary" and "secretary general": one post, the head of a body's secretariat, in either order
    t = re.sub(r"\bgeneral secretary\b", "secretary general", t)
    for short, full in EXPANSIONS.items():
        t = re.sub(rf"\b{short}\b(?! officer| director)", full, t)
    out = []
    for w in t.split():
        w = SYNONYMS.get(w, w)
        out.extend(w.split())
    return out


def _is_affiliation(word: str) -> bool:
    return word in DEMONYMS or word in COUNTRY_ALIASES or word in {"united", "states", "kingdom", "federal",
                                                                   "national", "state's", "russia", "eu",
                                                                   "european", "un", "union", "commission"}


# The words of a rank in an armed or police force ("Lieutenant Colonel", "Police Major", "Chief Inspector"), the words
# one of which makes a phrase a rank, and the forces named before it.
RANK_HEADS = MILITARY_RANKS | {"captain", "commander", "inspector", "superintendent", "constable", "corporal"}
RANK_WORDS = RANK_HEADS | {"commodore", "warrant", "staff", "first", "second", "chief", "senior", "rear", "vice",
                           "deputy", "assistant", "sub"}
FORCES = {"police", "army", "navy", "naval", "air", "force", "military", "fire", "national", "guard", "border",
          "coast"}


def rank_of(text: str) -> str:
    """The rank a title is, when it is nothing but a rank ("Lieutenant Colonel", "Police Major", "Deputy
    Superintendent of Police"): its words without the force; "" for any other title."""
    words = title_words(text)
    if "of" in words and words.index("of") > 0 and all(w in FORCES for w in words[words.index("of") + 1:]):
        words = words[:words.index("of")]  # "Superintendent of Police"
    words = [w for w in words if w not in FORCES]
    if not words or not all(w in RANK_WORDS for w in words) or not set(words) & RANK_HEADS:
        return ""
    return " ".join(words)


# "state minister", "minister of state" (not "minister of state security"): a rank below the minister.
_JUNIOR_MINISTER = re.compile(r"\bstate minister\b|\bminister of state$")


def parse_title(text: str, affiliation_words: set[str] | None = None) -> Title:
    """Split a title into rank, office, domain words, portfolio ("for ...") and destination ("to ...")."""
    affiliation_words = {fold(w) for w in (affiliation_words or set())}
    if rank := rank_of(text):
        # A rank is one office, all its words: a lieutenant colonel is no colonel of a lieutenant's
        return Title(text=text, rank=frozenset(), office=rank, domain=frozenset(), portfolio=frozenset(),
                     destination=frozenset(), level=frozenset())
    tokens = title_words(text)
    portfolio: list[str] = []
    destination: list[str] = []
    main: list[str] = []
    mode = "main"
    for w in tokens:
        if w == "for" and main:
            mode = "portfolio"
            continue
        if w == "to" and main and mode == "main":
            mode = "destination"
            continue
        {"main": main, "portfolio": portfolio, "destination": destination}[mode].append(w)
    held_in: list[str] = []
    if "in" in main and any(w in TITLE_HEADS for w in main[:main.index("in")]):
        # "Minister of State in the Prime Minister's Office": the body the post is held in, no office of its own
        main, held_in = main[:main.index("in")], main[main.index("in") + 1:]
    # The office is the last title head in the main part ("minister" in "foreign minister of x").
    office_idx = -1
    for i, w in enumerate(main):
        if w in TITLE_HEADS and w not in RANKS:
            office_idx = i
            if i + 1 < len(main) and main[i + 1] == "of":
                break
    if office_idx < 0:
        # A rank alone is the office ("the general", "a lieutenant general of the army"); not a rank word that
        # describes a thing after it ("an extraordinary general meeting", "a major road").
        for i, w in enumerate(main):
            if w in TITLE_HEADS and (i + 1 == len(main) or main[i + 1] == "of" or main[i + 1] in TITLE_HEADS):
                office_idx = i
    office = main[office_idx] if office_idx >= 0 else ""
    if office == "chief" and office_idx + 1 < len(main) and "of" not in main[office_idx + 1:] \
            and main[-1].isalpha() and main[-1] not in TITLE_HEADS and not _is_affiliation(main[-1]):
        # "chief engineer", "chief sanitary doctor": the profession is the office, and "chief" its rank
        office_idx = len(main) - 1
        office = main[office_idx]
    if office == "chief" and main[office_idx + 1: office_idx + 3] == ["of", "staff"]:
        office = "chief of staff"  # "chief of staff to the mayor": one office, not a chief of some staff
    if office == "justice":
        office = "judge"  # "Mr Justice Kelly", "Judge Kelly", "a High Court judge": one office
    if office == "officer" and office_idx >= 1:  # "chief financial officer": the office is the whole phrase
        office = " ".join(main[max(0, office_idx - 2): office_idx + 1])
    rank, domain, level = set(), set(), set()
    rest = [w for w in main[office_idx + 1:] if w not in FILLER_WORDS] if office_idx >= 0 else []
    unnamed_employer = main[office_idx + 1: office_idx + 2] == ["of"] and bool(rest) and rest[-1] in _EMPLOYERS \
        and all(_is_affiliation(w) or w in affiliation_words for w in rest[:-1])
    for i, w in enumerate(main):
        if i == office_idx or w in FILLER_WORDS:
            continue
        if unnamed_employer and i > office_idx:
            continue  # "chief executive of the Mauritian group": the firm's head, whatever the firm is called
        if office and w in office.split():
            continue
        if w in PAST and (i < office_idx or office_idx < 0):
            rank.add(w)  # "former board chairman", "former chief forester": whatever follows, the post is past
            continue
        if w in LEVELS and i < office_idx:
            level.add(LEVEL_SAME.get(w, w))  # and it still counts below as before ("District Judge" vs "Magistrate Judge")
        if w in RANKS and i < office_idx and (w in SUBORDINATE or not (i + 1 < len(main) and main[i + 1] in BODIES)
                                              and not any(x in BODIES | _UNITS for x in main[i + 1:office_idx])):
            rank.add(w)  # (but "executive board chair": the executive board's chair, no executive; nor "Special
            # Operations Unit prosecutor", a rank word in the name of the body)
        elif i < office_idx and (_is_affiliation(w) or w in affiliation_words or w in GENERIC_AFFILIATIONS):
            continue  # "Chilean Foreign Minister": the country is who they serve, not the office
        else:
            domain.add(w)
    if "vicepresident" in domain or office == "vicepresident":
        domain.discard("vicepresident")
        rank.add("vice")
        office = "president"
    if "vice" in rank and office == "minister":
        rank = rank - {"vice"} | {"deputy"}  # a vice minister is a deputy minister, as translations write it
    if "prime" in rank and office == "minister":
        office, rank = "prime minister", rank - {"prime"}
    if office == "minister" and "state" in domain and _JUNIOR_MINISTER.search(" ".join(main)):
        # "State Minister for Shipping", "Minister of State for Finance": a junior minister, not the minister
        domain.discard("state")
        rank.add("junior")
    if office in CHAIR_WORDS and BODIES & set(main):
        office = "chair"
        rank.discard("head")
    domain |= {w for w in held_in if w not in FILLER_WORDS}
    return Title(
        text=text,
        rank=frozenset(rank),
        office=office,
        domain=frozenset(domain),
        portfolio=frozenset(w for w in portfolio if w not in FILLER_WORDS),
        destination=frozenset(w for w in destination if w not in FILLER_WORDS),
        level=frozenset(level),
    )

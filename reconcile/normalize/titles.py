"""Office titles: parsed into rank, office, domain and portfolio, then compared.

"Deputy Assistant Secretary of State for Energy Resources" ->
rank {deputy, assistant}, office "secretary", domain {state}, portfolio {energy, resources}.
A short form (no portfolio, fewer domain words) of the same office is a
variant; a different rank, office, domain or portfolio is a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from reconcile.normalize.places import COUNTRY_ALIASES, DEMONYMS, gazetteer
from reconcile.normalize.text import fold

# Professions: "the mine's chief engineer" holds a post, "a mechanical engineer who ran the plant" has a training.
PROFESSIONS = {"surveyor", "engineer", "doctor", "physician", "surgeon", "epidemiologist", "economist", "analyst",
               "curator", "architect", "professor", "lecturer", "scientist", "researcher", "investigator",
               "detective", "planner", "pilot", "supervisor"}
# Nouns that make a phrase a title. General vocabulary of offices and roles; and professions, for the posts named by
# one ("the Chief Marine Surveyor", "the chief sanitary doctor", "the mine's chief engineer").
TITLE_HEADS = PROFESSIONS | {
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
    "marshal", "warden", "chaplain", "nominee", "candidate", "incumbent", "challenger", "striker",
    "midfielder", "defender", "goalkeeper", "forward", "winger", "boss", "president-elect",
    "attaché", "attache", "emissary", "coordinator", "controller", "steward", "referee", "umpire", "official",
    "organiser", "organizer", "regent", "prefect", "subprefect", "sub-prefect", "vicar",
    # ranks in a service: "Lieutenant Colonel"
    "lieutenant", "sergeant", "constable",
    "superior", "abbot", "imam", "rabbi", "patriarch", "metropolitan", "archbishop", "headteacher", "headmaster",
    "akim", "hokim", "wali",  # "the district akim"
}
# Words that change the rank of an office: "Deputy Foreign Minister" is another office than "Foreign Minister".
RANKS = {
    "deputy", "assistant", "vice", "acting", "senior", "under", "undersecretary", "principal", "first", "prime",
    "interim", "associate", "former", "ex", "junior", "second", "co", "lead", "head", "executive", "general",
    "chief", "permanent", "special", "honorary", "elect",
}
SYNONYMS = {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair",
    "chairperson": "chair", "advisor": "adviser", "ceo": "chief executive officer", "cfo": "chief financial officer",
    "coo": "chief operating officer", "cto": "chief technology officer", "boss": "head",
    "congresswoman": "congressman", "councilor": "councillor", "councilman": "councillor",
    "councilwoman": "councillor", "attache": "attache", "foreign affairs": "foreign", "md": "managing director",
    "defence": "defense", "u": "", "s": "", "dept": "department", "dep": "deputy", "gen": "general",
    "sec": "secretary", "min": "minister", "govt": "government", "mgr": "manager", "hr": "human resources",
}
# Short forms of titles that end with the office noun implied.
EXPANSIONS = {"chief executive": "chief executive officer", "chief financial": "chief financial officer",
              "managing director": "managing director"}
# Descriptions rather than offices: a candidate can also be a lawmaker; they never conflict with a title.
SOFT_OFFICES = {"candidate", "nominee", "incumbent", "challenger", "leader", "founder", "owner", "partner",
                "negotiator", "envoy",  # a part someone plays in talks, beside the office they hold
                "official", "delegate", "representative", "veteran", "boss", "head", "member", "chief", "organiser",
                "organizer", "executive"}
# Seats in an assembly: a member holds one beside a party post, a committee chair or a ministry, so a seat and
# another office are two roles of one person, not two accounts of one.
SEATS = {"senator", "congressman", "mp", "lawmaker", "legislator", "councillor", "alderman"}
_ANY_SEAT = {"lawmaker", "legislator"}  # a seat in whichever assembly: "lawmaker" is the MP or the senator
# Military ranks: a colonel commands a force, a general heads a staff; the rank is held beside the post.
MILITARY_RANKS = {"colonel", "general", "admiral", "brigadier", "major", "lieutenant", "sergeant", "marshal"}
# Words naming whom an office serves, not the office: "club president" = "Vardon president".
GENERIC_AFFILIATIONS = {"club", "company", "firm", "group", "party", "team", "government", "city", "town",
                        "county", "regional", "local", "league", "federation", "association", "union", "side",
                        "organisation", "organization", "agency", "ministry", "department", "council", "board",
                        "court", "opposition", "ruling", "bank", "corporation", "institute", "university"}
# The level of government an office serves: "Regional Prosecutor" and "National Prosecutor" are two offices.
LEVELS = {"regional", "national", "federal", "provincial", "municipal", "district", "departmental", "county",
          "city", "superior"}  # "superior prosecutor", "superior court": the level above the provincial one
# Two words for one level: a city's council is its municipal council.
LEVEL_SAME = {"city": "municipal"}
# Ranks below the office they qualify: a deputy head is never the head, however loosely "head" is used.
SUBORDINATE = {"deputy", "assistant", "vice", "under", "undersecretary", "associate", "junior"}
# Words that put an office in the past: a former office is an earlier post, not a rival present one.
PAST = {"former", "ex"}
# Bodies whose chair, president or head is one office: "Commission chair" = "President of the Commission".
BODIES = {"commission", "committee", "board", "council", "panel", "tribunal", "jury", "assembly"}
CHAIR_WORDS = {"chair", "president", "head"}
_DROP = {"the", "a", "an", "its", "his", "her", "their", "new", "newly", "appointed", "current", "then",
         "affairs", "s", "of", "and", "&", "to", "for", "on", "in", "at", "country", "country's", "own",
         "serving", "longtime", "long", "time", "veteran", "top", "powerful", "influential", "nation", "nations",
         "state-run", "based", "who", "mr", "ms", "mrs", "miss", "madam", "dr",  # "Ms Justice": a courtesy
         "responsible", "charge",  # "the minister responsible for disasters", "in charge of"
         "outgoing", "incoming", "sitting", "incumbent",  # where a holder is in the term: "outgoing mayor"
         "late"}  # "the late MP": the holder has died, the office is the same


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
    return any(w in TITLE_HEADS for w in _tokens(text))


def _tokens(text: str) -> list[str]:
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
                           "deputy", "assistant"}
FORCES = {"police", "army", "navy", "naval", "air", "force", "military", "fire", "national", "guard", "border",
          "coast"}


def rank_of(text: str) -> str:
    """The rank a title is, when it is nothing but a rank ("Lieutenant Colonel", "Police Major"): its words
    without the force; "" for any other title."""
    words = [w for w in _tokens(text) if w not in FORCES]
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
    tokens = _tokens(text)
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
    if office == "justice":
        office = "judge"  # "Mr Justice Kelly", "Judge Kelly", "a High Court judge": one office
    if office == "officer" and office_idx >= 1:  # "chief financial officer": the office is the whole phrase
        office = " ".join(main[max(0, office_idx - 2): office_idx + 1])
    rank, domain, level = set(), set(), set()
    for i, w in enumerate(main):
        if i == office_idx or w in _DROP:
            continue
        if office and w in office.split():
            continue
        if w in LEVELS and i < office_idx:
            level.add(LEVEL_SAME.get(w, w))  # and it still counts below as before ("District Judge" vs "Magistrate Judge")
        if w in RANKS and i < office_idx and not (i + 1 < len(main) and main[i + 1] in BODIES):
            rank.add(w)  # (but "executive board chair": the executive board's chair, no executive)
        elif i < office_idx and (_is_affiliation(w) or w in affiliation_words or w in GENERIC_AFFILIATIONS):
            continue  # "Chilean Foreign Minister": the country is who they serve, not the office
        else:
            domain.add(w)
    if "vicepresident" in domain or office == "vicepresident":
        domain.discard("vicepresident")
        rank.add("vice")
        office = "president"
    if "prime" in rank and office == "minister":
        office, rank = "prime minister", rank - {"prime"}
    if office == "minister" and "state" in domain and _JUNIOR_MINISTER.search(" ".join(main)):
        # "State Minister for Shipping", "Minister of State for Finance": a junior minister, not the minister
        domain.discard("state")
        rank.add("junior")
    if office in CHAIR_WORDS and BODIES & set(main):
        office = "chair"
        rank.discard("head")
    return Title(
        text=text,
        rank=frozenset(rank),
        office=office,
        domain=frozenset(domain),
        portfolio=frozenset(w for w in portfolio if w not in _DROP),
        destination=frozenset(w for w in destination if w not in _DROP),
        level=frozenset(level),
    )


# A university's ranks of its teachers, held beside any post: "Professor NAME, the vice-chancellor".
ACADEMIC_RANKS = {"professor", "lecturer"}


def _military(t: Title) -> bool:
    """Whether a title is a rank in a force: "colonel", "Lieutenant Colonel", "Police Major" (not "commander of the
    district", an office)."""
    return t.office in MILITARY_RANKS or bool(rank_of(t.text))


# The relation of two wordings of one office, as against two roles held side by side.
SHORT_FORM = ("variant", "one title is a shorter form of the other")


def compare_titles(a: Title, b: Title, bodies: Iterable[frozenset[str]] = ()) -> tuple[str, str]:
    """Relation of two titles of one person: ("agree" | "variant" | "conflict", reason). ``bodies`` are the
    organisations the reports name, each as its ``body_words``."""
    if a.key == b.key:
        return "agree", "same office"
    for x, y in ((a, b), (b, a)):
        # "chairman and managing director" against "chairman": two offices held together, one of them named.
        parts = held_together(x.text)
        if parts and any(compare_titles(parse_title(p), y, bodies) in (("agree", "same office"), SHORT_FORM)
                         for p in parts):
            return "variant", "one source names two offices held together, the other one of them"
    if bool(a.rank & PAST) != bool(b.rank & PAST):
        return "variant", "one title is a past post"
    if a.rank & PAST:
        a, b = _present(a), _present(b)
    words = _tokens(a.text), _tokens(b.text)
    for wx, wy in (words, words[::-1]):
        if len(wy) == len(wx) + 1 and wy[0] in SUBORDINATE and wy[1:] == wx:
            return "conflict", f"different rank ({wy[0]} in one source only)"  # "chief arbiter", "deputy chief arbiter"
    for x, y in ((a, b), (b, a)):
        if x.office in SUBORDINATE and not (x.rank or x.domain or x.portfolio) and x.office in y.rank:
            return SHORT_FORM  # "his deputy" and "deputy general secretary"
    below = (a.rank ^ b.rank) & SUBORDINATE
    if a.office and a.office == b.office and below:
        # "deputy head of the department" and "head of the department": the deputy is another post.
        return "conflict", f"different rank ({' '.join(sorted(below))} in one source only)"
    for x, y in ((a, b), (b, a)):
        # "deputy for emergency handling" against "head of data": a deputy is nobody's head, whatever the unit.
        if x.office in SUBORDINATE and (x.portfolio or x.domain) and y.office in _LEADING_OFFICES \
                and not y.rank & SUBORDINATE:
            return "conflict", f"different rank ({x.office} against {y.office})"
    for x, y in ((a, b), (b, a)):
        if (why := _head_and_another_post(x, y)) is not None:
            return "conflict", why
    if a.office in SOFT_OFFICES or b.office in SOFT_OFFICES:
        return "variant", "one describes the person rather than naming an office"
    if (a.office in SEATS) != (b.office in SEATS):
        return "variant", "a seat in an assembly is held beside another office"
    if {a.office, b.office} & _ANY_SEAT and a.office in SEATS and b.office in SEATS:
        return "variant", "a lawmaker's seat, named by the assembly on one side only"
    if _military(a) != _military(b):
        return "variant", "a military rank is held beside a post"
    if _military(a) and _military(b) and a.office != b.office and rank_of(a.text) and rank_of(b.text):
        return "conflict", f"a different rank ({a.office} vs {b.office})"
    if (a.office in ACADEMIC_RANKS) != (b.office in ACADEMIC_RANKS):
        return "variant", "an academic rank is held beside a post"  # "Professor NAME", the university's rector
    if a.office and b.office and a.office != b.office:
        if not (a.office in b.office.split() or b.office in a.office.split()):
            return "conflict", f"different offices ({a.office} vs {b.office})"
    if a.level and b.level and a.level != b.level:
        return "conflict", f"a different level ({' '.join(sorted(a.level))} vs {' '.join(sorted(b.level))})"
    # "head coach" beside "coach": one side says the office leads, the other says nothing of rank.
    leads = not (a.rank and b.rank) and (a.rank ^ b.rank) <= _LEADING_RANKS
    if a.rank != b.rank and not leads:
        rank_a, rank_b = sorted(a.rank - b.rank), sorted(b.rank - a.rank)
        missing = " ".join(rank_a or rank_b)
        return "conflict", f"different rank ({missing} in one source only)"
    # What the office covers, said before the noun or after it: "Health Commissioner" = "Commissioner for Health".
    scope_a, scope_b = _singular(a.domain | a.portfolio), _singular(b.domain | b.portfolio)
    for name, x, y in (("portfolio", a.portfolio, b.portfolio), ("scope", scope_a, scope_b),
                       ("destination", a.destination, b.destination)):
        if x and y and x != y:
            if name == "scope" and (x <= y or y <= x or _named_body_described(x, y) or _acronym_of(x, y)
                                    or _parts_of_one_body(x, y, bodies) or _named_place_described(x, y)
                                    or a.level and a.level == b.level and (_area_served(x - y) or _area_served(y - x))):
                continue
            if name == "portfolio" and (_leading_areas(a, b) or _leading_areas(b, a)):
                continue
            label = {"scope": "office", "portfolio": "portfolio", "destination": "posting"}[name]
            only_a, only_b = sorted(x - y), sorted(y - x)
            detail = "; ".join(part for part in (
                f"only one has {', '.join(only_a)}" if only_a else "",
                f"only the other has {', '.join(only_b)}" if only_b else "") if part)
            return "conflict", f"a different {label} ({detail})"
    return SHORT_FORM


# Posts inside a body that do not lead it: its secretary is not its head.
_NON_LEADING_POSTS = {"secretary", "treasurer", "spokesman", "spokeswoman", "spokesperson", "inspector", "adviser",
                      "advisor", "accountant", "auditor", "clerk", "deputy"}
# Groups a person heads for a while beside their office: "head of the delegation" is no post of its own.
_PASSING_GROUPS = {"delegation", "team", "side", "mission", "campaign", "group", "panel", "talks", "list", "ticket",
                   "negotiator", "negotiation", "state", "government"}


# Units of an administration that a civil servant heads, and the offices that lead the administration itself.
_UNITS = {"department", "office", "directorate", "division", "unit", "section"}
_ELECTED_OFFICES = {"mayor", "minister", "governor"}
_INSTITUTION_HEADS = {"director", "president", "rector", "principal", "chairman", "chairwoman", "chairperson"}


def _head_and_another_post(head: Title, other: Title) -> str | None:
    """ "head of the disaster agency" and "secretary of the disaster agency": two posts in one body, though "head"
    alone only describes. None when nothing tells them apart: "head of the delegation" beside any office, "head of
    the department" and "director of the department"."""
    scope = _singular(head.domain | head.portfolio)
    if head.office == "head" and not head.rank and scope & _UNITS and other.office in _ELECTED_OFFICES:
        # "head of the urban development department" and "deputy mayor": a post in an administration's
        # department is not its mayor's or minister's
        return f"different posts (head of the {' '.join(sorted(scope & _UNITS))} vs {other.office})"
    if head.office == "head" and not head.rank and scope & _UNITS and other.office in _INSTITUTION_HEADS \
            and not other.rank and (theirs := _singular(other.domain | other.portfolio)) and not theirs & _UNITS:
        # "head of the cardiology department" and "director of the University Hospital": a department's head is
        # not the head of the whole institution
        return f"different posts (head of the {' '.join(sorted(scope & _UNITS))} vs {other.office})"
    if head.office != "head" or head.rank or not scope or scope & _PASSING_GROUPS or not other.office \
            or other.office in SOFT_OFFICES or other.rank & SUBORDINATE:
        return None
    theirs = _singular(other.domain | other.portfolio)
    if other.office in _NON_LEADING_POSTS and (not theirs or scope & theirs):
        return f"different posts (head vs {other.office})"
    return None


def held_together(text: str) -> list[str]:
    """ "chairman and managing director", "deputy prime minister and foreign minister": the offices of a title
    that joins two, each with its own title word; [] for one office ("Minister of Water and Sanitation")."""
    parts = re.split(r"\s+(?:and|&)\s+", text)
    if len(parts) < 2 or not all(has_title_head(p) for p in parts):
        return []
    return parts


# A rank that says the office leads its kind rather than being another office: "head coach" is the coach
# ("Chief Justice" is another office than "judge").
_LEADING_RANKS = {"head"}
# Offices that lead a unit, however loosely they are used (a party's president or chair may sit as a deputy).
_LEADING_OFFICES = {"head", "chief", "director"}
# Particles of other languages inside the proper name of a body ("Generalitat de Valdoria").
_NAME_PARTICLES = {"de", "del", "della", "di", "da", "do", "dos", "la", "le", "du", "des", "von", "van", "der"}


def _area_served(words: frozenset[str]) -> bool:
    """ "regional director for Valparaíso" beside "regional labour director": the region a regional office serves is
    not what it covers."""
    return bool(words) and len(words) <= 3 and gazetteer().lookup(" ".join(sorted(words))) is not None


def _singular(words: frozenset[str]) -> frozenset[str]:
    """ "disasters" is "disaster", "emergencies" is "emergency", "affairs" stays: plural nouns of a portfolio as
    singular. A kind of place in the plural ("Minister of Cities") is a portfolio, and stays plural so as not to
    be read as the place an office serves ("mayor of the city")."""
    out = set()
    for w in words:
        one = w[:-3] + "y" if len(w) > 5 and w.endswith("ies") and w not in ("series", "species") \
            else w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")) else w
        out.add(w if one in PLACE_KINDS else one)
    return frozenset(out)


# Portfolios said in generic words: a "minister of local government" is no minister of a body said by its kind.
_GENERIC_PORTFOLIOS = {frozenset({"local", "government"})}


def _named_body_described(x: frozenset[str], y: frozenset[str]) -> bool:
    """ "President of the Generalitat de Valdoria" and "president of the regional government of Valdoria": one
    side names the body, the other describes it with generic words around the same name."""
    plain = GENERIC_AFFILIATIONS | LEVELS | _NAME_PARTICLES
    px, py = x - plain, y - plain
    for generic, named in ((x, y), (y, x)):
        if generic <= GENERIC_AFFILIATIONS and not named & plain and generic not in _GENERIC_PORTFOLIOS:
            return True  # "party vice-president" and "ADR vice-president": a body said by its kind, or named
    return bool(px and py) and (px <= py or py <= px)


# Words that say what kind of place an office serves without naming it: "mayor of the departmental capital".
PLACE_KINDS = {"capital", "city", "town", "village", "municipality", "province", "region"}  # not "port(s)", a portfolio


def _named_place_described(x: frozenset[str], y: frozenset[str]) -> bool:
    """ "former mayor of Oruro city" and "former mayor of the departmental capital": one side says only what kind
    of place (and at what level), the other names one."""
    plain = PLACE_KINDS | LEVELS | GENERIC_AFFILIATIONS
    for described, named in ((x, y), (y, x)):
        if described <= plain and described & PLACE_KINDS and named - plain:
            return True
    return False


def _portfolio_words(t: Title) -> list[str]:
    """The words after "for", in the order written."""
    tokens = _tokens(t.text)
    return [w for w in tokens[tokens.index("for") + 1:] if w not in _DROP] if "for" in tokens else []


def _leading_areas(short: Title, full: Title) -> bool:
    """ "for Coastal Affairs" beside "for Coastal and Island Affairs": the short form keeps the first of the areas
    the full title lists and leaves out the rest, as "Climate Change Minister" does of a long list. An area that
    is not the first ("for Island Affairs") names another office."""
    few, many = _portfolio_words(short), _portfolio_words(full)
    return 0 < len(few) < len(many) and many[:len(few)] == few


def body_words(name: str) -> frozenset[str]:
    """The words of an organisation's name as titles' scopes hold them (folded, plurals also singular), for
    ``compare_titles``'s ``bodies``."""
    words = frozenset(_tokens(name))
    return words | _singular(words)


def _parts_of_one_body(x: frozenset[str], y: frozenset[str], bodies: Iterable[frozenset[str]]) -> bool:
    """ "Etoile coach" and "Gabes coach" where the club is "Etoile de Gabes": the words each side has alone are
    all words of one organisation's name (``body_words``)."""
    only = (x - y) | (y - x)
    return bool(x - y and y - x) and any(only <= body for body in bodies)


def _acronym_of(x: frozenset[str], y: frozenset[str]) -> bool:
    """ "MFU general secretary" and "general secretary of the Maghreb Football Union": the words one side has
    alone are the initials of the words the other has alone (in any order, as a body's name is translated)."""
    only_x, only_y = x - y - _NAME_PARTICLES, y - x - _NAME_PARTICLES
    for short, long in ((only_x, only_y), (only_y, only_x)):
        if len(short) == 1 and len(long) >= 2:
            word = next(iter(short))
            if len(word) == len(long) and sorted(word) == sorted(w[0] for w in long):
                return True
    return False


def _present(t: Title) -> Title:
    """The office without the word that puts it in the past."""
    return Title(text=t.text, rank=t.rank - PAST, office=t.office, domain=t.domain, portfolio=t.portfolio,
                 destination=t.destination, level=t.level)

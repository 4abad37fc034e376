"""Two titles of one person compared: the same office, a shorter form of it, or another office.

A short form (no portfolio, fewer domain words) of the same office is a variant; a different rank, office, domain
or portfolio is a conflict. Two posts held together ("head of the department and director of the institute") are
neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reconcile.normalize.country_names import DEMONYMS
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold
from reconcile.normalize.titles import (
    CHAIR_WORDS,
    FILLER_WORDS,
    GENERIC_AFFILIATIONS,
    LEVELS,
    MILITARY_RANKS,
    PAST,
    PLAYING_POSITIONS,
    SEATS,
    SOFT_OFFICES,
    STYLES,
    SUBORDINATE,
    TRADES,
    Title,
    has_title_head,
    parse_title,
    rank_of,
    title_words,
)

_ANY_SEAT = {"lawmaker", "legislator"}  # a seat in whichever assembly: "lawmaker" is the MP or the senator


# A university's ranks of its teachers, held beside any post: "Professor NAME, the vice-chancellor".
ACADEMIC_RANKS = {"professor", "lecturer"}


def _military(t: Title) -> bool:
    """Whether a title is a rank in a force: "colonel", "Lieutenant Colonel", "Police Major" (not "commander of the
    district", an office)."""
    return t.office in MILITARY_RANKS or bool(rank_of(t.text))


def _post_before_a_rank(text: str) -> str | None:
    """ "Nkhotakota police spokesperson Sub-Inspector" -> "Nkhotakota police spokesperson": a post, then a rank in a
    force written in capitals before the name; None for any other title."""
    words = text.split()
    if not words or rank_of(text):
        return None  # "Police Chief Inspector": a rank, all of it
    for k in (1, 2, 3):
        if k == 1 and words[-1].lower() == "general":
            continue  # "Prosecutor General", "Secretary General": the office's own word
        if len(words) > k and words[-k][:1].isupper() and words[-k - 1].lower() not in ("of", "for", "and", "the") \
                and rank_of(" ".join(words[-k:])) \
                and has_title_head(" ".join(words[:-k])) and not rank_of(" ".join(words[:-k])):
            return " ".join(words[:-k])
    return None


# The relation of two wordings of one office, as against two roles held side by side.
SHORT_FORM = ("variant", "one title is a shorter form of the other")


def compare_titles(a: Title, b: Title, bodies: Iterable[frozenset[str]] = ()) -> tuple[str, str]:
    """Relation of two titles of one person: ("agree" | "variant" | "conflict", reason). ``bodies`` are the
    organisations the reports name, each as its ``body_words``."""
    if a.key == b.key:
        return "agree", "same office"
    for x, y in ((a, b), (b, a)):
        post = _post_before_a_rank(x.text)
        if post is not None and _post_before_a_rank(y.text) is None \
                and compare_titles(parse_title(post), y, bodies)[0] != "conflict":
            # "police spokesperson Sub-Inspector" and "police spokesperson": a rank written between the post and
            # the name
            return "variant", "one source gives the rank held beside the post"
    trades = _profession(a), _profession(b)
    if all(trades) and trades[0] != trades[1] and len({_KIND_OF_TRADE.get(t, t) for t in trades}) == 1:
        return "variant", "one names the profession more exactly (a surgeon is a doctor)"
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
    words = title_words(a.text), title_words(b.text)
    for wx, wy in (words, words[::-1]):
        if wy == ["special", *wx] and wx:
            return SHORT_FORM  # "Judge X" of a "Special Judge", the prosecutor of a "special prosecutor"
        if len(wy) == len(wx) + 1 and wy[0] in SUBORDINATE and wy[1:] == wx:
            if len(wx) == 1 and wx[0] in STYLES:
                return SHORT_FORM  # "Justice X", the style of an "Associate Justice"
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
        # "deputy head of the frontier station" against "duty chief": a deputy is not the one who leads, whatever the
        # word for leading each uses
        if x.rank & SUBORDINATE and x.office in _LEADING_OFFICES and y.office in _LEADING_OFFICES \
                and not y.rank & SUBORDINATE and (scope := _singular(y.domain | y.portfolio)) \
                and not scope & _PASSING_GROUPS:
            return "conflict", f"different rank ({' '.join(sorted(x.rank & SUBORDINATE))} {x.office} against {y.office})"
    for x, y in ((a, b), (b, a)):
        if (why := _head_and_another_post(x, y)) is not None:
            return "conflict", why
    if a.office in SOFT_OFFICES and not _special_envoy(a) or b.office in SOFT_OFFICES and not _special_envoy(b):
        return "variant", "one describes the person rather than naming an office"
    if {a.office, b.office} & _CAPTAINCY and {a.office, b.office} & PLAYING_POSITIONS:
        return "variant", "a side's captain also plays in a position"
    for x, y in ((a, b), (b, a)):
        if x.office in _LOCAL_HEADS and y.office in _LOCAL_HEADS[x.office] \
                and y.office != ("mayor" if _REGION_WORDS & set(fold(x.text).split()) else
                                 "governor" if _TOWN_WORDS & set(fold(x.text).split()) else ""):
            # "the akim" and "the regional governor": the word of the country's own language for the office,
            # compared as the office the other report names (a region's akim is its governor, not a mayor)
            return compare_titles(parse_title(re.sub(rf"\b{x.office}\b", y.office, x.text, flags=re.I)), y, bodies)
    if _trade(a) != _trade(b):
        return "variant", "one names the person's profession, the other an office held beside it"
    if _seat(a) != _seat(b):
        return "variant", "a seat in an assembly is held beside another office"
    if {a.office, b.office} & _ANY_SEAT and _seat(a) and _seat(b):
        return "variant", "a lawmaker's seat, named by the assembly on one side only"
    if _military(a) != _military(b):
        return "variant", "a military rank is held beside a post"
    if _military(a) and _military(b) and a.office != b.office and rank_of(a.text) and rank_of(b.text):
        return "conflict", f"a different rank ({a.office} vs {b.office})"
    if (a.office in ACADEMIC_RANKS) != (b.office in ACADEMIC_RANKS):
        return "variant", "an academic rank is held beside a post"  # "Professor NAME", the university's rector
    for x, y in ((a, b), (b, a)):
        if x.office == "chair" and y.office in CHAIR_WORDS and _acronym_of(x.domain, y.domain, countries=True):
            # "president of Haiti's Provisional Electoral Council" (the council's chair) and "CEP president": the
            # body named by its initials, whose kind the initials do not show
            return SHORT_FORM
        if x.office == "chair" and y.office in CHAIR_WORDS and x.domain != y.domain \
                and _parts_of_one_body(_singular(x.domain), _singular(y.domain), bodies):
            # the chair of a body one report names in English, the other in the body's own language
            return SHORT_FORM
        if x.office == "chair" and y.office in CHAIR_WORDS and not x.rank and y.office in fold(x.text).split() \
                and set(fold(y.text).split()) - FILLER_WORDS == {y.office}:
            # "president of the Special Electoral Jury" and, in a report that names the jury beside it, "the jury's
            # president": the body's chair, its body left out
            return SHORT_FORM
    if _named_by_its_work(a, b) or _named_by_its_work(b, a):
        return "variant", "one names the person by the work of the office the other names"
    if a.office and b.office and a.office != b.office:
        if not (a.office in b.office.split() or b.office in a.office.split()
                or a.office.endswith(" " + b.office) or b.office.endswith(" " + a.office)):
            # (not "county returning officer" and "returning officer": the office, with where it serves)
            return "conflict", f"different offices ({a.office} vs {b.office})"
    if a.level and b.level and a.level != b.level:
        return "conflict", f"a different level ({' '.join(sorted(a.level))} vs {' '.join(sorted(b.level))})"
    # "head coach" beside "coach": one side says the office leads, the other says nothing of rank.
    leads = not (a.rank and b.rank) and ((a.rank ^ b.rank) <= _LEADING_RANKS or _graded(a, b) or _graded(b, a))
    for x, y in ((a, b), (b, a)):
        if leads and x.rank and not (x.domain or x.portfolio) and not y.rank and y.domain and not y.portfolio \
                and x.office == y.office and not any(w[:1].isupper() for w in y.text.split()):
            # "head coach" against "batting coach": the one who leads, and a specialist under him
            return "conflict", f"different posts ({x.text} vs {y.text})"
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
                                    or _named_more_fully(a.text, b.text)
                                    or _level_of_named_area(x, y) or _level_of_named_area(y, x)
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


# Words of a country's own language for the head of a region or a town, and the offices they are given as in
# English ("akim": a governor or a mayor in Kazakhstan; "hokim" in Uzbekistan; "wali": a governor).
_LOCAL_HEADS = {"akim": {"governor", "mayor"}, "hokim": {"governor", "mayor"}, "wali": {"governor"}}
_REGION_WORDS = {"region", "regional", "province", "provincial", "oblast"}
_TOWN_WORDS = {"city", "town", "municipal"}
# A side's captain: an office held beside the position played.
_CAPTAINCY = {"captain", "skipper"}


def _special_envoy(t: Title) -> bool:
    """ "Special envoy": a post of its own, which another report may name otherwise ("ambassador"); an envoy
    alone is a part someone plays in talks, beside the office they hold."""
    return t.office == "envoy" and "special" in t.rank


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
    if len(parts) >= 2 and all(has_title_head(p) for p in parts):
        return parts
    # "Minister of State, Minister of Foreign Affairs, African Integration and the Diaspora": offices set off by
    # commas, each opening with its title word (the portfolio's own list runs on after the last)
    parts = []
    for piece in re.split(r",\s+", text):
        if parts and not has_title_head(piece.split()[0] if piece.split() else ""):
            parts[-1] += ", " + piece
        else:
            parts.append(piece)
    return parts if len(parts) >= 2 and all(has_title_head(p) for p in parts) else []


# A rank that says the office leads its kind rather than being another office: "head coach" is the coach
# ("Chief Justice" is another office than "judge").
_LEADING_RANKS = {"head", "lead"}  # "head coach", "lead investigator": who leads the team
# A grade within an office, not another office: a "senior prosecutor" is a prosecutor (though not a chief one).
_GRADES = {"senior"}
# Words of the offices whose work is to prosecute, and the bodies whose president or chair sits as their judge.
_PROSECUTING_WORDS = {"attorney", "counsel", "legal", "prosecution", "prosecutions"}
_SITTING_BODIES = {"court", "tribunal", "jury", "bench", "chamber"}


def _graded(x: Title, y: Title) -> bool:
    """ "Senior prosecutor" and "Prosecutor": ``y`` is ``x`` without its grade, and says nothing ``x`` does not
    ("District Prosecutor" is another post than "Senior Prosecutor")."""
    return bool(x.rank) and x.rank <= _GRADES and not y.rank and x.office == y.office \
        and y.domain | y.portfolio | y.level <= x.domain | x.portfolio | x.level


def _named_by_its_work(x: Title, y: Title) -> bool:
    """Whether ``x`` is a bare word for the work that the office ``y`` does: "Prosecutor" and "Assistant Director of
    Public Prosecutions" (the work in the office's own words), or "Senior State Attorney"; "Judge" and "President of
    the District Court", or an inquiry's chair."""
    if x.rank or x.domain or x.portfolio or not x.office or x.office == y.office:
        return False
    if len(x.office) >= 6 and any(w[:6] == x.office[:6] for w in y.domain | y.portfolio):
        return True
    if x.office == "prosecutor":
        return bool(set(y.office.split()) & _PROSECUTING_WORDS)
    if x.office == "judge":
        return y.office in CHAIR_WORDS | {"chair"} and (not y.domain or bool(_singular(y.domain) & _SITTING_BODIES))
    return False


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


# The adjective of an area's level and the area's word: "provincial mayor" and "mayor of X province".
_AREA_OF_LEVEL = {"provincial": "province", "regional": "region", "municipal": "municipality",
                  "departmental": "department", "district": "district", "county": "county", "state": "state"}


def _level_of_named_area(x: frozenset[str], y: frozenset[str]) -> bool:
    """ "provincial mayor" and "mayor of Padre Abad province": one names the level, the other the area of it."""
    return len(x) == 1 and (area := _AREA_OF_LEVEL.get(next(iter(x)))) is not None and area in y and len(y) > 1


def _named_more_fully(x: str, y: str) -> bool:
    """ "Prešov forward" and "HK Šariš Prešov forward": one title is the other with more words of a name."""
    for short, full in ((x, y), (y, x)):
        words = {fold(w) for w in short.split()}
        extra = [w for w in full.split() if fold(w) not in words]
        if extra and words <= {fold(w) for w in full.split()} and all(w[:1].isupper() for w in extra):
            return True
    return False


# What a firm is to a deal, said of the firm an office is held in: "the Indonesian partner", "the buyer".
_PARTIES_TO_A_DEAL = {"partner", "buyer", "seller", "lender", "borrower", "acquirer", "target", "parent", "subsidiary",
                      "insurer", "operator", "owner"}


def _named_body_described(x: frozenset[str], y: frozenset[str]) -> bool:
    """ "President of the Generalitat de Valdoria" and "president of the regional government of Valdoria": one
    side names the body, the other describes it with generic words around the same name."""
    plain = GENERIC_AFFILIATIONS | LEVELS | _NAME_PARTICLES
    px, py = x - plain, y - plain
    for generic, named in ((x, y), (y, x)):
        if generic <= GENERIC_AFFILIATIONS and not named & plain and generic not in _GENERIC_PORTFOLIOS:
            return True  # "party vice-president" and "ADR vice-president": a body said by its kind, or named
        own = generic - named  # (beside the words both share: "president director" of a firm)
        if own & _PARTIES_TO_A_DEAL and own <= _PARTIES_TO_A_DEAL | DEMONYMS.keys() and named - generic:
            return True  # "president director of the Indonesian partner" and "... of Tanjung Nikel"
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
    tokens = title_words(t.text)
    return [w for w in tokens[tokens.index("for") + 1:] if w not in FILLER_WORDS] if "for" in tokens else []


def _leading_areas(short: Title, full: Title) -> bool:
    """ "for Coastal Affairs" beside "for Coastal and Island Affairs": the short form keeps the first of the areas
    the full title lists and leaves out the rest, as "Climate Change Minister" does of a long list. An area that
    is not the first ("for Island Affairs") names another office."""
    few, many = _portfolio_words(short), _portfolio_words(full)
    return 0 < len(few) < len(many) and many[:len(few)] == few


def body_words(name: str) -> frozenset[str]:
    """The words of an organisation's name as titles' scopes hold them (folded, plurals also singular), for
    ``compare_titles``'s ``bodies``."""
    words = frozenset(title_words(name))
    return words | _singular(words)


def _parts_of_one_body(x: frozenset[str], y: frozenset[str], bodies: Iterable[frozenset[str]]) -> bool:
    """ "Etoile coach" and "Gabes coach" where the club is "Etoile de Gabes": the words each side has alone are
    all words of one organisation's name (``body_words``)."""
    only = (x - y) | (y - x)
    return bool(x - y and y - x) and any(only <= body for body in bodies)


def _acronym_of(x: frozenset[str], y: frozenset[str], countries: bool = False) -> bool:
    """ "MFU general secretary" and "general secretary of the Maghreb Football Union": the words one side has
    alone are the initials of the words the other has alone (in any order, as a body's name is translated). With
    ``countries``, a country the long side names its body by ("Haiti's Provisional Electoral Council") is left out
    of the initials."""
    only_x, only_y = x - y - _NAME_PARTICLES, y - x - _NAME_PARTICLES
    if countries:
        only_x, only_y = (frozenset(w for w in only if not gazetteer().country_called(w)) for only in (only_x, only_y))
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


def _seat(t: Title) -> bool:
    """Whether a title is a seat in an assembly: "senator", "MP", and a deputy of a level with nothing else said
    ("federal deputy", "state deputy": a member of the chamber, not someone's deputy), or styled "Deputy" before
    the name alone ("chaired by Deputy X", as reports write a member of a chamber of deputies)."""
    return t.office in SEATS or t.office == "deputy" and (bool(t.level) or t.text.strip() == "Deputy") \
        and not (t.rank or t.domain or t.portfolio)


# Professions that are kinds of another: a surgeon is a doctor.
_KIND_OF_TRADE = {"surgeon": "doctor", "physician": "doctor"}


def _profession(t: Title) -> str:
    """The trade a title names alone ("a physician", "a lawyer"), or ""."""
    words = [w for w in fold(t.text).split() if w not in FILLER_WORDS]
    return words[0] if len(words) == 1 and words[0] in TRADES else ""


def _trade(t: Title) -> bool:
    return bool(_profession(t))

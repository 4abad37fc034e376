"""How two values of one slot of an event relate: the same place or a place inside it, two dates that conflict,
two ordinals. Used to match events across sources (``align``) and to flag what they disagree on (``compare``)."""

from __future__ import annotations

import re

from reconcile.extract.lexicon import WATER_WORDS, area_core
from reconcile.extract.spans import FACILITY_WORDS, GROUND_WORDS, kind_first, named_venue, venue_stem
from reconcile.models import Claim
from reconcile.normalize.dates import NormDate, weekday_named
from reconcile.normalize.names import phonetic, sound_of, transliterated
from reconcile.normalize.places import Place, gazetteer
from reconcile.normalize.text import fold


def _place_name(claim: Claim) -> str:
    """The name to look up: "Teruel province" for "the province of Teruel", else the value."""
    return claim.qualifiers.get("division") or claim.qualifiers.get("place_name") or claim.value


# How wide a place is by the kind in its key; a venue or a name the gazetteer lacks counts as a town.
_BREADTH = {"city": 0, "district": 1, "region": 2, "state": 2, "country": 3}


def breadth(claim: Claim) -> int:
    """0 for a town (or a venue, or a name the gazetteer lacks), 1 for a district, 2 for a region or state, 3 for a
    country."""
    return _BREADTH.get(str(claim.norm).partition(":")[0], 0)


# The kinds of place a claim's key names when the gazetteer knows it ("city:745044"); else the claim is a name alone.
_KNOWN = ("city:", "country:", "state:", "region:", "district:")


def place_of(claim: Claim | None) -> Place | None:
    """The place a claim was read as: among the places of its name, the one its source chose."""
    if claim is None or not str(claim.norm).startswith(_KNOWN):
        return None
    name = _place_name(claim)
    top = gazetteer().lookup(name)
    if top is None or top.key == claim.norm:
        return top
    joined = gazetteer().joined_country(name)
    return next((p for p in [*gazetteer().candidates(name), joined] if p is not None and p.key == claim.norm), top)


def _venue_words(claim: Claim) -> frozenset[str]:
    """The proper words of the ground or the building a claim names ("Afraha stadium" -> {"afraha"}, "Stade Arvel
    Kelvo" -> {"arvel", "kelvo"}, "St Olaf Cathedral" -> {"st", "olaf"}), or none."""
    name = claim.qualifiers.get("venue") or claim.value
    words = name.split()
    first = kind_first(words)
    if first is not None:
        # "Stade Arvel Kelvo" -> {"arvel", "kelvo"}; "the Gran Parque Orvel" -> {"orvel"}
        return frozenset(fold(" ".join(words[first + 1:])).split())
    if len(words) < 2 or words[-1].lower() not in GROUND_WORDS and not (
            words[-1].lower() in _NAMED_BUILDINGS and words[-1][:1].isupper()):  # (not "the León hospital")
        return frozenset()
    return frozenset(fold(venue_stem(name)).split())


# Last words of the names of buildings that are not grounds, compared as grounds are: "St Olaf Cathedral" and
# "Kelvo Secondary School" are two places.
_NAMED_BUILDINGS = {"school", "church", "cathedral", "mosque", "temple", "university", "college", "academy",
                    "hospital", "courthouse", "museum", "library", "jail", "prison"}


def place_relation(a: Claim, b: Claim, told: tuple[str, ...] = ()) -> str:
    """"same", "more_specific" or "different" for two place claims; ``told`` holds other sentences on the same
    event, where a report may put one place in the other."""
    va, vb = _venue_words(a), _venue_words(b)
    if va and vb and not (va <= vb or vb <= va):
        return "different"  # "the Afraha stadium in X" and "Kabarak Memorial Stadium": two grounds (or buildings)
    if _venue_and_its_town(a, b) or _venue_and_its_town(b, a):
        return "more_specific"  # "Elm Park" and "Elm Park in Kelvo Head": the ground, and the village it is in
    if any(fold(x.value).endswith(" on " + fold(y.value)) for x, y in ((a, b), (b, a))):
        return "more_specific"  # "the party's offices on Mill Road" and "Mill Road": a building on the street
    if any(fold(x.value).startswith(fold(y.value) + " on ") for x, y in ((a, b), (b, a))):
        return "same"  # "the Kelvo Hall" and "the Kelvo Hall on Mill Road": one building, with its street or not
    pa, pb = place_of(a), place_of(b)
    if pa and pb:
        rel = pa.related(pb)
        return rel if rel != "different" else gazetteer().relation(_place_name(a), _place_name(b)) or rel
    if _venue_of(_place_name(a), _place_name(b)) or _venue_of(_place_name(b), _place_name(a)):
        return "more_specific"  # "Penrith Stadium" and "Penrith": the ground named after the town
    if va and vb and _ends_with_name(_place_name(a), _place_name(b)):
        return "same"  # "the Drama Theatre" and "the Plovdiv Drama Theatre": one building, with its town or not
    names = [_place_name(a), _place_name(b)]
    cores = [area_core(n) or n for n in names]
    if spelled_alike(*names) or cores != names and spelled_alike(*cores):
        # "Bhadulla" and "Badulla", "Ratnapura district" and "Rathnapura district", "Kolli Thanapur district" and
        # "Kollithanapur": one name, with its area's word or not
        return "same"
    if _short_name_of_ground(a, b) or _short_name_of_ground(b, a):
        return "same"  # "the Kelvo" and "the Estadio Kelvo del Sur": one ground, by part of its name
    known, other, named = (pa, b, a) if pa else (pb, a, b)
    if known is not None and known.kind == "city" and _town_like(other) \
            and fold(other.value) not in (fold(known.name), fold(named.value)) \
            and not _written_together(named, other, told) and not _after_article(other):
        # A one-word name the gazetteer lacks, put where another report puts a city, is another village or town
        # ("a hub in X" / "in Y"), unless a report writes the two together ("in X, a district of Y"), or writes it
        # with "the" ("in the Mosquitia"), as a region or a feature is.
        return "different"
    town = town_in_name(other) if known is not None and known.kind == "city" else None
    if town is not None and town.country == known.country:
        # "the Kaunas State Drama Theatre" or "the Centro Cultural do Mindelo" and another town of the same
        # country: the building stands in the town it is named after
        return "more_specific" if town.related(known) != "different" else "different"
    around = _district_of_town(other) if known is not None else None
    if around is not None and known.kind == "city":
        # "Satkhira district" and "Jashore": the district around one big town and another big town, which is the
        # seat of its own; the district and its own town agree
        if around.key == known.key:
            return "more_specific"
        if around.sizeable and known.sizeable and around.country == known.country:
            return "different"
    if known is not None and known.kind == "city" and not known.sizeable and town is None \
            and _AIRPORT.search(other.value) and not _written_together(named, other, told):
        # "arrested at Orvel International Airport" and "arrested in X", a town too small to have it: two places
        return "different"
    if pa or pb:
        return "unknown"  # a known city and a name the gazetteer lacks (a region, a venue): cannot tell
    if any(_district_of_town(x) is not None and not area_core(_place_name(y)) for x, y in ((a, b), (b, a))):
        return "unknown"  # "Ratnapura district" and "Kiriella": a village the gazetteer lacks may lie in the district
    if a.norm != b.norm and (_feature(a.value) or _feature(b.value)):
        return "unknown"  # "in the Mindoro Strait" and "near Semirara Island": a sea and the land in it
    if a.norm != b.norm and _placed_by_the_other(a, b):
        return "unknown"  # "the Krivak pit near Zlatovo": a site and the village it is by
    if a.norm != b.norm and _area_of(a, b):
        return "more_specific"  # "Mugu district" and "Mugu": the district and the town it is named after
    return "same" if a.norm == b.norm else "different"


_AIRPORT = re.compile(r"\b(?:airport|airfield|airstrip)\b", re.I)


def _town_like(c: Claim) -> bool:
    """A name written as a town's: one capitalised word, or two with no word of a building, a water or an area
    ("Puerto Kelvo", not "Kelvo Hotel", "Kelvo University", "Kelvo River", "Kelvo district" or "West Kelvo")."""
    words = c.value.split()
    return (len(words) == 1 or len(words) == 2 and not area_core(c.value) and not any(
        fold(w) in FACILITY_WORDS | WATER_WORDS | _NOT_IN_TOWNS | _BUILDINGS for w in words)) \
        and all(w[:1].isupper() for w in words)


# Words of a two-word name that is no town's but a part of a continent or a country ("West Africa").
_NOT_IN_TOWNS = {"north", "south", "east", "west", "central", "upper", "lower", "northern", "southern", "eastern",
                 "western"}


# Buildings that stand in the town they are named after ("the Kaunas State Drama Theatre"); a street, a station or
# a hotel is often named after another town ("Moscow Avenue", "Hotel Moskva").
_BUILDINGS = GROUND_WORDS - {"hotel", "park", "square", "field"} | {
    "courthouse", "cathedral", "museum", "university", "library", "airport", "court", "tribunal", "house",
    "centro", "palacio", "palácio", "palais", "palazzo", "teatro", "estadio", "estádio", "stade", "casa", "museo",
    "museu", "universidad", "universidade", "biblioteca"} | _NAMED_BUILDINGS
_OF_TOWN = re.compile(r"^(?P<head>.+?)\s+(?:of|do|da|de|del|di|du|des)\s+(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$")


def town_in_name(claim: Claim) -> Place | None:
    """The town a building the gazetteer lacks is named after: "Kaunas" in "the Kaunas State Drama Theatre",
    "Mindelo" in "the Centro Cultural do Mindelo"; None for a place the gazetteer knows, a street or a hotel."""
    if str(claim.norm).startswith(_KNOWN):
        return None
    name = re.sub(r"^the\s+", "", _place_name(claim), flags=re.I)
    words = name.split()
    if len(words) < 2:
        return None
    names = []
    m = _OF_TOWN.match(name)
    if m and any(w.lower() in _BUILDINGS for w in m["head"].split()):
        names.append(m["town"])
    elif words[-1].lower() in _BUILDINGS:
        stem = venue_stem(name).split()
        names += [" ".join(stem[:n]) for n in range(min(3, len(stem)), 0, -1) if n < len(words)]
    names = [re.sub(r"['’]s$", "", n) for n in names]  # "Banja Luka's City Stadium"
    for n in names:
        town = gazetteer().by_own_name(n)
        if town is not None and town.kind == "city" and town.population >= 15_000:
            return town
    return None


def spelled_alike(x: str, y: str) -> bool:
    """Whether two names, one of them at least unknown to the gazetteer, are one name spelled two ways: the same
    sounds word for word ("Rathnapura" / "Ratnapura"), one word sounding nearly alike (``transliterated``), or the same
    letters run together ("Keur Macène" / "Keurmacène")."""
    wx, wy = fold(x).split(), fold(y).split()
    if not wx or not wy:
        return False
    if len(wx) == len(wy) and sound_of(x) == sound_of(y):
        return True
    if len(wx) == len(wy) == 1 and transliterated(sound_of(x)[0], sound_of(y)[0]):
        return True  # "Hodeidah" / "Hudaydah": one word transliterated two ways
    return len(wx) != len(wy) and phonetic("".join(wx)) == phonetic("".join(wy)) and min(len(w) for w in wx + wy) >= 3


def _area_of(a: Claim, b: Claim) -> bool:
    """Whether one name is the other's with a word for an area after it ("Mugu district", "Mugu")."""
    return any((core := area_core(_place_name(x))) and fold(core) == fold(_place_name(y)) for x, y in ((a, b), (b, a)))


def _district_of_town(claim: Claim) -> Place | None:
    """The town a division the gazetteer lacks is named after ("Satkhira district": Satkhira), or None."""
    core = area_core(_place_name(claim))
    town = gazetteer().lookup(core) if core else None
    return town if town is not None and town.kind == "city" else None


def _placed_by_the_other(a: Claim, b: Claim) -> bool:
    """Whether a sentence of either report puts one place by or in the other ("X pit near Y", "X, outside Y")."""
    for x, y in ((a, b), (b, a)):
        near = rf"\b{re.escape(fold(x.value))}\b(?:\s+\w+){{0,2}}\s*,?\s+(?:near|outside|in|close to|by)\s+" \
               rf"(?:the\s+)?(?:(?:town|village|city|municipality)\s+of\s+)?{re.escape(fold(y.value))}\b"
        if any(re.search(near, fold(z.sentence)) for z in (a, b)):
            return True
    return False


def _after_article(c: Claim) -> bool:
    """Whether the place is written after "the" ("a minibus overturned in the Mosquitia")."""
    before = c.sentence[:max(0, c.start - c.sentence_start)]
    return bool(re.search(r"\bthe\s+$", before, re.I))


def _written_together(a: Claim, b: Claim, told: tuple[str, ...] = ()) -> bool:
    """Whether either place's sentence, or another sentence on the same event, names the two places a few words
    apart ("in X, a district of Y", "Y's X", "at X, just north of the centre of Y"), as one place put in the other;
    two places far apart in a sentence are two places ("the crash near X ... hospital staff in Y")."""
    na, nb = re.escape(fold(a.value)), re.escape(fold(b.value))
    gap = r"\b((?:\W+\w+){0,5}?|(?:\W+\w+){0,7}?\W+of)\W+"
    # (folded, "Y's X" is "ys x")
    pattern = rf"\b{na}(?:s\b)?{gap}{nb}\b|\b{nb}(?:s\b)?{gap}{na}\b"
    return any(not _FACING & set((m.group(1) or m.group(2) or "").split())
               for sentence in {a.sentence, b.sentence, *told} for m in re.finditer(pattern, fold(sentence)))


# Words between two places' names that set one against the other, not in it: "X, the town that faces Y".
_FACING = {"faces", "facing", "opposite", "across", "versus", "rival", "neighbouring", "neighboring", "and", "or"}


# Words that end the name of a stretch of land or water, which holds or borders the towns and sites in it.
_FEATURES = WATER_WORDS - {"dam", "reservoir", "canal"} | {
    "strait", "straits", "sea", "bay", "gulf", "channel", "island", "islands", "coast", "valley", "mountains",
    "peninsula", "basin", "archipelago", "plateau"}


def _feature(name: str) -> bool:
    words = name.lower().split()
    return len(words) >= 2 and words[-1] in _FEATURES


def dates_conflict(a: Claim, b: Claim) -> bool:
    """Whether two date claims of one event disagree. The day talks "opened" (or were to be held, no end said)
    and the day they "wrapped up" are the two ends of one event, not two dates, when the end is on or up to a week
    after the start."""
    if not a.norm.conflicts(b.norm):
        return False
    if weekday_named(a.value) is not None and weekday_named(a.value) == weekday_named(b.value):
        # "Thursday" in each report, read as this week's in one and last week's in the other: the reports say the
        # same; which week each meant is the reading's doubt, not theirs
        return False
    edge_a, edge_b = a.qualifiers.get("edge") or "", b.qualifiers.get("edge") or ""
    if {edge_a, edge_b} in ({"start", "end"}, {"", "end"}):
        first, last = (b.norm, a.norm) if edge_a == "end" else (a.norm, b.norm)
        if first.as_date() and last.as_date():
            return not 0 <= (last.as_date() - first.as_date()).days <= 7
    return True


def _short_name_of_ground(short: Claim, long: Claim) -> bool:
    """Whether ``short`` names a ground by some of the words of ``long``'s name, which opens or ends with a word
    for a ground ("Kelvo" for "Estadio Kelvo del Sur", "Orvel" for "the Orvel Arena")."""
    name = fold(long.qualifiers.get("venue") or long.value).split()
    words = fold(short.value).split()
    if name and name[0] == "the":
        name = name[1:]
    if words and words[0] == "the":
        words = words[1:]
    if len(name) < 2 or not (name[0] in GROUND_WORDS or name[-1] in GROUND_WORDS):
        return False
    return bool(words) and len(words) < len(name) and set(words) <= set(name) \
        and not set(words) & GROUND_WORDS



def _venue_and_its_town(venue: Claim, placed: Claim) -> bool:
    """Whether ``placed`` names the ground ``venue`` names, with the town it is in."""
    ground = placed.qualifiers.get("venue")
    return bool(ground) and not venue.qualifiers.get("venue") and named_venue(venue.value) \
        and fold(venue_stem(ground)) == fold(venue_stem(venue.value))


def _ends_with_name(x: str, y: str) -> bool:
    """Whether the longer of two names is the shorter with words before it ("Plovdiv Drama Theatre")."""
    short, long = sorted((fold(x), fold(y)), key=len)
    return short != long and long.endswith(" " + short)


def _venue_of(venue: str, town: str) -> bool:
    """Whether ``venue`` is ``town``'s name followed by words for a ground or building ("Penrith Stadium")."""
    stem = venue_stem(venue)
    return bool(stem) and fold(stem) == fold(town) and fold(venue) != fold(town)


def slot_relation(slot: str, a: Claim, b: Claim) -> int:
    """+1 when the slot agrees, -1 when it conflicts, 0 when it cannot tell."""
    if slot == "ordinal":
        return 1 if a.norm == b.norm else -1
    if slot == "date":
        da, db = a.norm, b.norm
        if isinstance(da, NormDate) and isinstance(db, NormDate):
            if da.agrees(db):
                return 1
            return -1 if dates_conflict(a, b) else 0
        return 0
    rel = place_relation(a, b)
    return 1 if rel in ("same", "more_specific") else 0 if rel == "unknown" else -1

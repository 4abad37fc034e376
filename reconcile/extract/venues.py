"""Where an event frame happened, from the places its clause gives: a town; a ground or building and the town it
stands in ("at Elm Park in Dunmore"); a ground named after its town ("the Brookfield Municipal Stadium"); a
province named as one ("in the province of Teruel"); a town and the region it is in."""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.spans import FACILITY_WORDS, GROUND_WORDS, Ent, named_venue, venue_stem
from reconcile.normalize.places import Place, gazetteer
from reconcile.normalize.text import fold

_DIVISION_OF = re.compile(r"\b(province|region|county|district|oblast|voivodeship) of (?:the )?$", re.I)


def frame_place(ctx: DocContext, places: list[Ent]) -> tuple[int, int, str, str, Place | None, dict] | None:
    """(start, end, value, norm, place, qualifiers) of the place of a frame whose clause names ``places`` (in
    order), or None when it names none. The qualifiers keep the ground (``venue``), the name looked up
    (``place_name``), a division named as one (``division``) and the larger place given beside (``within``)."""
    place_ents = places[:2]
    inner = _town_before_its_country(ctx, place_ents[0]) if place_ents else None
    if inner is not None:
        place_ents = [inner, place_ents[0]]  # "in Suva, Fiji", the parser hanging the town elsewhere: the town
    if len(place_ents) > 1 and not _venue(with_facility_noun(ctx, place_ents[0])) \
            and gazetteer().lookup(place_ents[0].text) is None \
            and ctx.doc[place_ents[0].token_end - 1].dep_ == "compound" \
            and gazetteer().lookup(place_ents[1].text) is not None:
        place_ents = place_ents[1:]  # "at the Brenner Hydraulik plant in Zlin": the town, not a name part
    if not place_ents:
        return None
    ent = with_facility_noun(ctx, place_ents[0])
    place = None if _venue(ent) else ctx.place(ent.text)
    place_ents = place_ents[:1] + [e for e in place_ents[1:] if not ent.start <= e.start < ent.end]  # its own words
    if len(place_ents) == 1 and _venue(ent):
        # "at St John's Parish Church in X", the parser hanging the town elsewhere: the town the venue is in
        town = next((e for e in ctx.ents if e.label == "PLACE" and e.start > ent.end
                     and ctx.text[ent.end:e.start].strip() == "in"), None)
        place_ents = [place_ents[0], town] if town is not None else place_ents
    q: dict = {}
    start = ent.start
    if len(place_ents) > 1 and (_venue(ent) or _hall_in_town(ctx, ent, place_ents[1])) \
            and 0 <= place_ents[1].start - ent.end <= 5:
        city = gazetteer().lookup(place_ents[1].text)
        if city is not None and city.kind == "city" or city is None and _village_after(ctx, ent, place_ents[1]):
            # "at Elm Park in Dunmore": the town is what sources compare; the ground is kept in the value. So is a
            # village the gazetteer lacks ("at St Mark's Church in Kelvo Head").
            q["venue"] = ent.text
            ent, place, place_ents = place_ents[1], city, place_ents[1:]
            q["place_name"] = ent.text
    elif _venue(ent):
        town = _town_in_venue(ent.text)
        if town is not None:
            place, q["place_name"] = town, town.name  # "the Brookfield Municipal Stadium": in Brookfield
    division = _DIVISION_OF.search(ctx.text[max(0, ent.start - 30):ent.start])
    if division is not None:
        # "in the province of Teruel": the province, not the city of that name
        name = f"{ent.text} {division.group(1).lower()}"
        found = gazetteer().lookup(name)
        if found is not None and found.kind in ("region", "district"):
            place, q["division"] = found, name
    within = gazetteer().lookup(place_ents[1].text) if len(place_ents) > 1 else None
    if within is not None and place is not None and within.contains(place):
        q["within"] = within.name
    norm = place.key if place else "name:" + ent.text.lower()
    return start, ent.end, ctx.text[start:ent.end], norm, place, q


def _hall_in_town(ctx: DocContext, ent: Ent, town: Ent) -> bool:
    """ "at the KVH in Orvelby": a hall known by its letters (or by a name the gazetteer lacks), after "at the",
    with "in" and a town after it."""
    return (gazetteer().lookup(ent.text) is None or ent.text.isupper()) \
        and ctx.text[ent.end:town.start].strip() == "in" \
        and ctx.text[max(0, ent.start - 7):ent.start].lower().endswith("at the ")


def _village_after(ctx: DocContext, venue: Ent, town: Ent) -> bool:
    """ "Kelvo Methodist Church in Orvel Head": a name written as a town's, right after a venue and "in"."""
    words = town.text.split()
    return ctx.text[venue.end:town.start].strip() == "in" and 1 <= len(words) <= 3 \
        and words[-1].lower() not in GROUND_WORDS and all(w[:1].isupper() for w in words)


def _town_before_its_country(ctx: DocContext, ent: Ent) -> Ent | None:
    """The place written right before ``ent`` and a comma that ``ent`` holds: "Suva" of "in Suva, Fiji"."""
    outer = gazetteer().lookup(ent.text)
    if outer is None:
        return None
    before = next((e for e in ctx.ents if e.label == "PLACE" and e.end <= ent.start
                   and ctx.text[e.end:ent.start].strip() == ","), None)
    inner = gazetteer().lookup(before.text) if before is not None else None
    return before if inner is not None and inner.key != outer.key and outer.contains(inner) else None


def _venue(ent: Ent) -> bool:
    """ "Elm Park", "the Riverside Stadium", "Plaza Kelvo": a named ground, building or square, not a town."""
    return named_venue(ent.text)


def with_facility_noun(ctx: DocContext, ent: Ent) -> Ent:
    """ "near the Ose market": a name set before a word for a ground or building is that venue's name, not
    the town of that name the gazetteer may know."""
    last = ctx.doc[ent.token_end - 1]
    head = last.head
    building = _building_on_street(ctx, ent)
    if building is not None:
        return building
    if last.dep_ == "compound" and head.i == ent.token_end and head.lower_ in FACILITY_WORDS and head.is_lower:
        return Ent(f"{ent.text} {head.text}", ent.label, ent.start, head.idx + len(head.text), ent.token_start,
                   head.i + 1)
    doc = ctx.doc
    k = ent.token_end
    while k < len(doc) and k - ent.token_end < 2 and doc[k].is_alpha and doc[k].text[:1].isupper() \
            and not doc[k].is_sent_start and ctx.ent_at_token(k) is None:
        k += 1
    if ent.token_end < k < len(doc) and doc[k].is_lower and doc[k].lower_ in FACILITY_WORDS \
            and ent.token_start > 0 and doc[ent.token_start - 1].lower_ == "the":
        # "at the Kelvo Parishad auditorium": the tagger took in the first word of the name only (and the parser
        # may make a verb of the next)
        return Ent(doc[ent.token_start:k + 1].text, ent.label, ent.start, doc[k].idx + len(doc[k].text),
                   ent.token_start, k + 1)
    # "St Mary's Cathedral", "St John's Parish Church": a building named for its saint, the tagger stopping
    # at the possessive (and the saint's name may be a parish's)
    doc, i = ctx.doc, ent.token_end
    if doc[i - 1].text in ("'s", "’s"):
        i -= 1  # (the possessive cut from the name's text, not from its tokens)
    if i + 1 < len(doc) and doc[i].text in ("'s", "’s"):
        j = i + 1
        while j < len(doc) and j - i <= 3 and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j += 1
        if j == i + 1:
            # "the Kelvo Assembly's debating chamber in X": a body's building, in the town written after it
            while j < len(doc) and j - i <= 2 and doc[j].is_lower and doc[j].is_alpha:
                j += 1
            if not (j + 1 < len(doc) and doc[j].lower_ == "in" and doc[j + 1].ent_type_ == "GPE"):
                j = i + 1
        if j > i + 1 and doc[j - 1].lower_ in FACILITY_WORDS:
            return Ent(ctx.text[ent.start:doc[j - 1].idx + len(doc[j - 1].text)], ent.label, ent.start,
                       doc[j - 1].idx + len(doc[j - 1].text), ent.token_start, j)
    return ent


# Words of a street, and of a building that reports name by what it is and then by the street it stands on.
_STREETS = {"road", "street", "avenue", "lane", "boulevard", "drive", "way"}
_BUILDINGS = {"office", "offices", "headquarters", "station", "building", "hall", "court", "school", "centre",
              "center", "hospital", "church", "mosque", "library", "depot", "warehouse", "residence", "home", "house"}


def _building_on_street(ctx: DocContext, ent: Ent) -> Ent | None:
    """ "at the district election office on Court Road": a building told by what it is, in lower case, and the
    street it is on is the venue (the street alone is not where the event was)."""
    doc = ctx.doc
    if ent.text.split()[-1].lower() not in _STREETS or ent.token_start < 3 or doc[ent.token_start - 1].lower_ != "on":
        return None
    j = ent.token_start - 2
    if not (doc[j].lower_ in _BUILDINGS and doc[j].is_lower):
        return None
    while j - 1 >= 0 and doc[j - 1].is_lower and doc[j - 1].is_alpha and doc[j - 1].dep_ in ("compound", "amod") \
            and j - 1 > ent.token_start - 6:
        j -= 1
    if j - 1 < 0 or doc[j - 1].lower_ not in ("the", "its", "their", "his", "her"):
        return None
    return Ent(ctx.text[doc[j].idx:ent.end], ent.label, doc[j].idx, ent.end, j, ent.token_end)


def _town_in_venue(name: str) -> Place | None:
    """The town a venue's name starts with ("Riverton Sports Stadium" -> Riverton), when the gazetteer knows it."""
    stem = venue_stem(name)
    if not stem:
        return None
    town = gazetteer().lookup(stem)
    if town is None and "-" in stem:
        stem = stem.split("-")[0]  # "Kelvo-Orvel airport": an airport named after its city and its suburb
        town = gazetteer().lookup(stem)
    # Only a sizeable town: grounds are often named after a district or a person that shares a small town's name.
    # The town's own name, or the start of it ("the León hospital": León de los Aldama); not a name the gazetteer
    # lists among a far town's other names.
    return town if (town is not None and town.kind == "city" and town.population >= 100_000
                    and (fold(stem) == fold(town.name) or fold(town.name).startswith(fold(stem) + " "))) else None


def dateline_town(ctx: DocContext) -> tuple[Ent, int] | None:
    """ "TABARKA, Tunisia, March 2 (Wire) - Talks opened on Monday ...": the town a wire story is filed from (the
    dateline's place, or the capitals before its first comma when the tagger took them for a body's) and the end
    of the sentence after it. A report filed from the town where the event it opens with was held, naming no
    other place for it, was written there; what it goes on to tell may be anywhere."""
    m = ctx.opening_dateline
    if m is None:
        return None
    first = ctx.token_at(m.end())
    end = first.sent.end_char if first is not None else m.end()
    town = next((e for e in ctx.ents if e.label == "PLACE" and e.start == m.start()), None)
    if town is None:
        name = _DATELINE_TOWN.match(ctx.text, m.start())
        span = ctx.doc.char_span(name.start(), name.end(), alignment_mode="contract") if name else None
        if span is None or gazetteer().lookup(span.text.title()) is None:
            return None
        town = Ent(span.text, "PLACE", span.start_char, span.end_char, span.start, span.end)
    return None if _abroad(ctx, town, m.end(), end) else (town, end)


def _abroad(ctx: DocContext, town: Ent, start: int, end: int) -> bool:
    """Whether the sentence after a dateline names another country than the town's, and not the town's own
    ("MINSK - Shareholders in Latvia's X approved ..."): the event it opens with may be there, not where the
    report was filed ("MINSK - Belarus and Latvia opened talks" names the town's country too)."""
    home = gazetteer().lookup(town.text.title())
    if home is None:
        return False
    # countries by their names, however tagged; not by their people's ("the Estonian group" is a buyer's)
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    words = [e.text for e in ctx.ents if e.label == "PLACE" and start <= e.start < end] + [
        t.text for t in (span if span is not None else ()) if t.text[:1].isupper()]
    named = {place.country for w in words if (place := gazetteer().by_own_name(w)) is not None
             and place.kind == "country"}
    return bool(named) and home.country not in named


# A dateline's town: words of capitals ("LA ROCHELLE"), not the dash after it nor the sentence's first letter.
_DATELINE_TOWN = re.compile(r"[A-Z][A-Z.'’-]*[A-Z.](?: [A-Z][A-Z.'’-]*[A-Z])*(?![a-z])")

"""The rules that relabel a name as a place or a person from the gazetteer and the words around it ("in
Zaragoza", "Sri Lanka beat Bangladesh", "a mill in Kura, Kano State"), tried in turn by
``PlaceRepairs._label_places``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reconcile.extract.lexicon import NEIGHBOURING, SEEING_VERBS, area_core
from reconcile.extract.spans import DATELINE, Ent, org_word_in
from reconcile.normalize.country_names import DEMONYMS
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold

if TYPE_CHECKING:
    from reconcile.extract.place_repairs import PlaceRepairs

# Words only a date is written with: a day, a month, a season, a number.
_DATE_WORDS = re.compile(r"\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                         r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|"
                         r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tomorrow|yesterday|tonight|spring|"
                         r"summer|autumn|winter|week|month|year|day|night|morning|evening|noon|midnight)\b", re.I)
_PLACE_OF = re.compile(r"\b(?:province|region|county|district|city|town|village|port|state|(?:mayor|governor|prefect)"
                       r"(?:-elect)?) of (?:the )?$", re.I)


def _country_words(name: str) -> int:
    """How many words (two or more) a name opens with that name a country ("Sri Lanka", "New Zealand"); 0 for
    none."""
    words = name.split()
    for k in range(len(words), 1, -1):
        place = gazetteer().by_own_name(" ".join(words[:k]))
        if place is not None and place.kind == "country":
            return k
    return 0


@dataclass
class Seen:
    """What the relabelling rules read of a report's other names."""

    surnames: set[str]  # the last words of the full names tagged as people
    full_names: set[str]
    ents: list[Ent]
    venues: set[str] = field(default_factory=set)  # names the report holds an event at (``held_at``)


# Each rule returns the label a name is to have, "" when it decides the name keeps its own, or None when it does not
# apply and the next rule is asked.

def _a_persons_name(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """A surname, or a full name, the report gives a person elsewhere: the person, wherever the tagger put it."""
    return "PERSON" if e.label != "PERSON" and (e.text in seen.surnames or e.text in seen.full_names) else None


def _dateline_town(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "KELVO TOWN, Orvel - ...": the name a dateline opens with is the town the report was filed from, a place the
    gazetteer knows, however the tagger read the capitals."""
    if e.label == "PLACE" or (e.start > 0 and r.text[e.start - 1] != "\n"):
        return None
    m = DATELINE.match(r.text, e.start)
    if m is not None and e.end <= e.start + len(m.group(0).split(",")[0].rstrip(" -—–")) \
            and gazetteer().lookup(e.text) is not None:
        return "PLACE"
    return None


def _town_tagged_as_a_body(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "its plant in Zaragoza"; "would take place in Ribeira" or "in Nieuw Nickerie" (never a company)."""
    if e.label == "ORG" and not org_word_in(e.text) and (place := gazetteer().lookup(e.text)) is not None \
            and (len(e.text.split()) == 1 or fold(place.name) == fold(e.text)) and (
            r._after_place_preposition(e) and (place.population >= 100_000 or place.kind == "city"
                                               and _only_where_places_are(r, e, seen))
            or place.kind == "city" and (r._written_as_a_place(e, seen.ents) or _names_a_site(r, e))):
        # (and "a businessman from X", where the report also has "the rally in X"; "toured its Tartu plant")
        return "PLACE"
    return None


def _names_a_site(r: PlaceRepairs, e: Ent) -> bool:
    """ "its Tartu plant": a one-word name set before a site's noun, which the site is named by."""
    from reconcile.extract.attach import (
        SITE_NOUNS,  # (the attach rules read the entities these labels repair)
    )

    last = r.doc[e.token_end - 1]
    return len(e.text.split()) == 1 and last.dep_ == "compound" and last.head.lemma_.lower() in SITE_NOUNS


def _only_where_places_are(r: PlaceRepairs, e: Ent, seen: Seen) -> bool:
    """Whether every mention of the name follows "in", "at", "near" ... or names a place's office ("mayor-elect of
    X"): a town, not a firm that acts."""
    return all(r._after_place_preposition(o) or _PLACE_OF.search(r.text[max(0, o.start - 30):o.start])
               for o in seen.ents if o.text == e.text)


def _town_tagged_as_a_thing(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "signed in Tunis", tagged as a language: a city of its size is the city; so is a smaller town by its own
    name ("in Wajir", tagged as a product)."""
    if e.label == "OTHER" and len(e.text.split()) == 1 and r._after_place_preposition(e) and (
            (place := gazetteer().lookup(e.text)) is not None and place.population >= 100_000
            or (own := gazetteer().by_own_name(e.text)) is not None and own.kind == "city"):
        return "PLACE"
    return None


def _town_tagged_as_a_date(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "will be held in Montevideo on June 3", "detained in May Cadera", the city tagged as a date (a town's name of
    several words may hold a month's, not be only such words)."""
    if e.label == "DATE" and e.text[:1].isupper() and not re.search(r"\d", e.text) \
            and any(not _DATE_WORDS.fullmatch(w) for w in e.text.split()) \
            and r._after_place_preposition(e) and (place := gazetteer().by_own_name(e.text)) is not None \
            and place.kind == "city":
        return "PLACE"
    return None


def _village_tagged_as_a_body(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "at his home in Kelvo", "a rally in Orvel", "capsized off Orvel": a one-word name no gazetteer lists, tagged
    as an organisation, that the report writes only where a place is (``_written_as_a_place``), is a village or a
    town."""
    if e.label == "ORG" and len(e.text.split()) == 1 and e.text[:1].isupper() and not e.text.isupper() \
            and not org_word_in(e.text) and gazetteer().lookup(e.text) is None \
            and r._written_as_a_place(e, seen.ents):
        return "PLACE"
    return None


def _country_tagged_as_a_body(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "Türkiye" tagged as an organisation: a country by its name is the country."""
    if e.label == "ORG" and (place := gazetteer().by_own_name(e.text)) is not None and place.kind == "country":
        return "PLACE"
    return None


def _city_tagged_as_a_people(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "Asuncion" tagged as a people: a city of its size by its own name is the city."""
    if e.label == "NORP" and len(e.text.split()) == 1 and fold(e.text) not in DEMONYMS and (
            (place := gazetteer().by_own_name(e.text)) is not None and place.population >= 100_000):
        return "PLACE"
    return None


def _no_people_after_near(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "swept into the river near Sulyan": no people is a noun after "near" or "in"."""
    if e.label == "NORP" and len(e.text.split()) == 1 and fold(e.text) not in DEMONYMS \
            and r._after_place_preposition(e) and r.doc[e.token_start].dep_ == "pobj" \
            and e.text[:1].isupper() and not e.text.isupper():
        return "PLACE"
    return None


def _called_a_place(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "the province of Teruel", "the town of Tralee", whatever the tagger said."""
    if e.label in ("ORG", "PERSON", "OTHER", "NORP") and _PLACE_OF.search(r.text[max(0, e.start - 30):e.start]) \
            and gazetteer().lookup(e.text) is not None:
        return "PLACE"
    return None


def _based_there(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "the Brno-based toolmaker"."""
    if e.label in ("ORG", "PERSON") and r._based(e) and gazetteer().lookup(e.text) is not None:
        return "PLACE"
    return None


def _travelled_to_or_listed(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "is to fly to Jõhvi", "between Tukums and Minsk", "Minsk, Tukums and Jõhvi": a town the gazetteer knows,
    by any of its names, where one travels or among places."""
    if e.label in ("ORG", "PERSON") and len(e.text.split()) == 1 and (
            r._travelled_to(e) or r._listed_with_places(e, seen.ents)) \
            and (place := gazetteer().lookup(e.text)) is not None and place.kind == "city":
        return "PLACE"
    return None


def _visited(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "is due to visit Limboto on Friday", "visited Tapa on Thursday", tagged as a person: a one-word name that
    no one named in the report bears, which a visitor goes to see, is a place, listed in the gazetteer or not."""
    if e.label not in ("ORG", "PERSON") or len(e.text.split()) != 1 or org_word_in(e.text) \
            or e.text in seen.surnames or any(e.text in name.split() for name in seen.full_names):
        return None
    root = r.doc[e.token_end - 1]
    if root.dep_ == "dobj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() in SEEING_VERBS:
        return "PLACE"
    return None


def _where_after(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "came to Wat Prey Chas, where many families are sheltering", tagged as a person: a name followed by ", where"
    is a place, unless it is the surname of someone the report names."""
    if e.label in ("ORG", "OTHER", "NORP", "PERSON") and e.text[:1].isupper() and not org_word_in(e.text) \
            and e.text not in seen.surnames and re.match(r",\s+where\b", r.text[e.end:e.end + 10]):
        return "PLACE"
    return None


def _neighbouring(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "was held in neighbouring Villavieja", tagged as a thing: what neighbours a place is a place, listed in the
    gazetteer or not."""
    if e.label in ("ORG", "OTHER", "NORP", "PERSON") and e.token_start > 0 and e.text[:1].isupper() \
            and r.doc[e.token_start - 1].lower_ in NEIGHBOURING and not org_word_in(e.text):
        return "PLACE"
    return None


def _placed_in_a_region(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "at Kelvavik, in Tartu county": a town no gazetteer lists, placed in its region."""
    if e.label in ("ORG", "PERSON") and r._after_place_preposition(e) and not org_word_in(e.text) \
            and r._placed_within(e, seen.ents):
        return "PLACE"
    return None


def _town_placed_in_its_country(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "pencilled in for Kelvo, in Estonia's Tartu county", tagged as a person: a town the gazetteer knows, which
    the report places in a region or a country the town is in."""
    if e.label not in ("ORG", "PERSON") or org_word_in(e.text) or e.text in seen.surnames:
        return None
    where = r.place_it_lies_in(e, seen.ents)
    town = gazetteer().lookup(e.text) if where is not None else None
    if town is not None and town.kind == "city" and (
            (area := gazetteer().lookup(where.text)) is not None and area.country == town.country):
        return "PLACE"
    return None


# Verbs that put an event at its venue: "will be held at X", "will now take place at Y".
_HELD_AT = {"hold", "take", "stage", "host", "convene", "reconvene", "move", "shift", "relocate"}


def held_at(r: PlaceRepairs, e: Ent) -> bool:
    """ "the next round will be held at Kelvo Waterside", tagged as a person, a title or a body with no word of one:
    where an event is held is a place."""
    if e.label not in ("OTHER", "ORG", "PERSON") or org_word_in(e.text) or not e.text[:1].isupper():
        return False
    # (imported here: the event words read the document context, whose repairs these labels are)
    from reconcile.extract.triggers import event_class

    root = r.doc[e.token_end - 1]
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "at" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _HELD_AT:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return subject is not None and (subject.lower_ == "it" or event_class(subject) is not None)


def _where_an_event_is_held(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """A name the report holds an event at, wherever it writes it ("officials said Kelvo Waterside was chosen")."""
    return "PLACE" if e.text in seen.venues else None


def _region_tagged_as_a_body(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "in the Basque Country": a region the gazetteer knows."""
    if e.label == "ORG" and r._after_place_preposition(e) and not org_word_in(e.text) and (
            (place := gazetteer().lookup(e.text)) is not None and place.kind in ("region", "district")):
        return "PLACE"
    return None


def _country_tagged_as_a_person(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "Sri Lanka beat Bangladesh", "Sri Lanka Cricket said": a country of two words or more, or a body named
    after it; no one's name begins with one."""
    if e.label == "PERSON" and (k := _country_words(e.text)):
        return "PLACE" if k == len(e.text.split()) else "ORG"
    return None


def _nobody_is_at_a_person(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "at Hollins Park": nobody is "at" a person; a town the gazetteer knows is one after "in" even where the
    report makes it act elsewhere ("Kelvo builds furniture for half of Europe")."""
    if e.label == "PERSON" and r._after_place_preposition(e) and (
            not r._speaks(e) or r._known_town(e) and e.text not in seen.surnames):
        return "PLACE"
    return None


def _lone_city_tagged_as_a_person(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """A lone "Poznań" tagged as a person is the city the gazetteer knows by that name (not "Belo", which it lists
    only among the other names of Bello)."""
    if e.label == "PERSON" and len(e.text.split()) == 1 and e.text not in seen.surnames:
        place = gazetteer().by_own_name(e.text)
        return "PLACE" if place is not None and place.sizeable else ""
    return None


def _area_tagged_as_a_person(r: PlaceRepairs, e: Ent, seen: Seen) -> str | None:
    """ "a mill in Kura, Kano State", tagged as a person: no one's name ends with the word for a region."""
    if e.label == "PERSON" and e.text.split()[-1] in _AREA_NAME_ENDS and area_core(e.text):
        return "PLACE"
    return None


_AREA_NAME_ENDS = {"State", "Province", "County", "Region", "District", "Governorate", "Oblast", "Prefecture",
                   "Municipality", "Regency"}
RELABELLING = (_where_an_event_is_held, _area_tagged_as_a_person, _dateline_town, _a_persons_name, _town_tagged_as_a_body, _town_tagged_as_a_thing,
                _town_tagged_as_a_date, _village_tagged_as_a_body, _country_tagged_as_a_body, _city_tagged_as_a_people,
                _no_people_after_near, _called_a_place, _based_there, _travelled_to_or_listed, _visited, _neighbouring, _where_after, _placed_in_a_region, _town_placed_in_its_country,
                _region_tagged_as_a_body,
                _country_tagged_as_a_person, _nobody_is_at_a_person, _lone_city_tagged_as_a_person)

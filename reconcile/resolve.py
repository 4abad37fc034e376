"""Resolve: link mentions of one person, place or organisation across sources.

Labels are first made one per name over the story (``labels.py``). People: the clusters ``people.py`` finds
(a surname alone joins its full name within a source; across sources, names are blocked on a folded surname key
and joined when given names agree: Nikolai/Nikolay, initials).
Places: the gazetteer's id (Kyiv/Kiev/Київ are one city). Organisations: the cluster ``organisations.py``
puts them in. Claims get ``subject_key`` = the id of the entity they are about.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from rapidfuzz import fuzz, process

from reconcile.extract.lexicon import WATER_WORDS, area_core
from reconcile.extract.spans import PLACE_PREPOSITIONS
from reconcile.found_titles import titles_of_found_names
from reconcile.labels import harmonise, relabel_surnames
from reconcile.models import Claim, Entity, Mention, Source, stable_id
from reconcile.normalize.country_names import DEMONYMS
from reconcile.normalize.names import phonetic, run_together, sound_alike, sound_of, transliterated
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold
from reconcile.organisations import org_key, organisations, parenthesised_aliases
from reconcile.people import people_clusters

_SPELLED_MIN = 7  # letters a place's name needs before two spellings of it are taken for one
_SPELLED_ALIKE = 90  # how alike (rapidfuzz ratio) two spellings of one place are
# A name of six letters or more spelled a letter apart ("Luambo", "Lwambo") is one place's where no report writes
# both spellings: the letters it needs, and how alike the two must be.
_SPELLED_APART_MIN = 6
_SPELLED_APART = 80


def resolve(sources: list[Source], mentions: list[Mention], claims: list[Claim]):
    """Return (entities, claims with subject keys, mentions with entity ids)."""
    subjects = {c.subject for c in claims if c.kind in ("role", "quote")}
    holders = {c.subject for c in claims if c.kind == "role"}
    found = relabel_surnames(harmonise(sources, mentions, subjects), subjects, holders)
    claims = claims + titles_of_found_names(sources, mentions, found)  # the titles of names found only now
    mentions = found
    person_of: dict[tuple[str, str], str] = {}  # (source_id, surface) -> entity key
    people = people_clusters(mentions)
    # "Varuna Province", "Kesh District", "the Orlo Valley": the area of the name written alone.
    # Not the first words of a longer name ("Orlo Valley" of "Orlo Valley Medical Center").
    starts = {tuple(m.text.split()[:k]) for m in mentions if m.label in ("PLACE", "ORG")
              for k in range(2, len(m.text.split()))}
    area = {m.text: core for m in mentions if m.label in ("PLACE", "ORG") and (core := area_core(m.text))
            and tuple(m.text.split()) not in starts}
    orgs = organisations(mentions, parenthesised_aliases(sources, mentions), extra=set(area.values()))
    features = _water_features(sources, mentions)
    # Places the gazetteer knows, by how their names sound: "Rathnapura" is the "Ratnapura" another report names.
    # Each name looked up once; a town abroad that the story's town is spelled like stands for the story's town.
    looked_up = [(m, place) for m in mentions if m.label == "PLACE" and (place := gazetteer().lookup(m.text))]
    namesakes = _foreign_namesakes(looked_up)
    looked_up = [(m, namesakes.get(place.key, place)) for m, place in looked_up]
    place_of = {m.text: place for m, place in looked_up}
    known_sounds = {sound_of(m.text): place for m, place in looked_up}
    one_word_sounds: dict[str, list[tuple[str, object]]] = defaultdict(list)  # by first letter, as ``sound_alike``
    for sound, place in known_sounds.items():
        if len(sound) == 1:
            one_word_sounds[sound[0][:1]].append((sound[0], place))
    named_places = {place.key for _, place in looked_up}
    spelled = _spellings(mentions, area)
    text_of = {s.id: s.text for s in sources}
    entities: dict[str, Entity] = {}
    by_label_key: dict[str, str] = {}
    out_mentions: list[Mention] = []
    adjectives: list[tuple[Mention, str]] = []  # "the Ghanaian operator", "two Romanians": of a country
    for m in mentions:
        place = None
        if (m.source_id, m.text) in features:
            key = features[(m.source_id, m.text)]
            label = "PLACE"
        elif m.label == "PERSON":
            key = people.get((m.source_id, m.text))
            if key is None:
                continue
            person_of[(m.source_id, m.text)] = key
            label = "PERSON"
        elif m.text in area and (place := _area_place(m.text, area[m.text])
                                 or known_sounds.get(sound_of(area[m.text]))) is not None:
            key = f"place:{place.key}"
            label = "PLACE"
        elif m.text in area:
            key = orgs[spelled.get(area[m.text], area[m.text])]
            label = "PLACE"
        elif m.label == "PLACE" and (place := place_of.get(m.text) or known_sounds.get(sound_of(m.text))
                                     or _sounds_nearly(m.text, one_word_sounds)):
            key = f"place:{place.key}"
            label = "PLACE"
        elif (place := _town_taken_for_a_body(m, text_of, named_places)) is not None:
            key = f"place:{place.key}"
            label = "PLACE"
        elif m.label in ("ORG", "PLACE", "EVENT"):
            key = orgs[spelled.get(m.text, m.text) if m.label == "PLACE" else m.text]
            label = m.label
        else:
            if m.label == "NORP" and (iso := _demonym_country(m.text)):
                adjectives.append((m, f"place:country:{iso}"))
            continue
        eid = stable_id("entity", key)
        by_label_key[key] = eid
        ent = entities.get(eid)
        if ent is None:
            ent = entities[eid] = Entity(id=eid, label=label, name=m.text)
            if label == "PLACE":
                place = place or gazetteer().lookup(m.text)
                if place:
                    ent.info = {"place": place.name, "kind": place.kind, "country": place.country}
        m2 = replace(m, entity_id=eid)
        ent.mentions.append(m2)
        out_mentions.append(m2)
    for m, key in adjectives:
        # The country's adjective is a mention of the country where the story names the country itself.
        if (eid := by_label_key.get(key)) is not None:
            m2 = replace(m, entity_id=eid)
            entities[eid].mentions.append(m2)
            out_mentions.append(m2)
    for ent in entities.values():
        ent.name = _preferred_name(ent)
    out_claims = []
    for c in claims:
        key = ""
        if c.kind == "role":
            pk = people.get((c.source_id, c.subject))
            key = by_label_key.get(pk, "") if pk else ""
        elif (holder := c.qualifiers.get("holder") if c.kind in ("quantity", "series") else c.qualifiers.get("person")):
            # whose figure or series it is, or who makes the trip or the speech
            pk = people.get((c.source_id, holder))
            key = by_label_key.get(pk, "") if pk else by_label_key.get(f"org:{org_key(holder)}", "")
            key = key or by_label_key.get(orgs.get(holder, ""), "") or stable_id("holder", org_key(holder))
        elif c.kind == "quote":
            pk = people.get((c.source_id, c.subject))
            if pk:
                key = by_label_key.get(pk, "")
            else:
                key = stable_id("speaker", org_key(c.subject))
        out_claims.append(replace(c, subject_key=key) if key else c)
    out_claims = _described_holders(out_claims)
    ordered = sorted(entities.values(), key=lambda e: (-len({m.source_id for m in e.mentions}), e.label, e.name))
    return ordered, out_claims, out_mentions


def _described_holders(claims: list[Claim]) -> list[Claim]:
    """A figure whose holder a report describes and does not name ("sentenced a former managing director of the
    company to nine years"), given to the one person the story gives that title ("Kertu Lepik, the company's former
    managing director"): the description's noun and the words before it, all in the title, and in more of the
    story's titles of that person than of anyone else."""
    titles: list[tuple[set[str], str]] = [(set(re.findall(r"[a-z]+", c.value.lower())), c.subject_key)
                                          for c in claims if c.kind == "role" and c.subject_key]
    out = []
    for c in claims:
        described = c.qualifiers.get("described") if c.kind == "quantity" and not c.subject_key else None
        if described:
            words = set(described.split()) - _NOT_OF_THE_TITLE
            keys = Counter(key for title, key in titles if words and words <= title)
            if not keys and described.split():
                # "a former tax office clerk" and "a former clerk at the revenue agency": the noun alone
                noun = described.split()[-1]
                keys = Counter(key for title, key in titles if noun in title)
            ranked = keys.most_common()
            if ranked and ranked[0][1] > sum(n for _, n in ranked[1:]):
                c = replace(c, subject_key=ranked[0][0])  # the person most titles so name, if most of them do
        out.append(c)
    return out


# Words of a description that a title may leave out: "a former managing director" is the "managing director".
_NOT_OF_THE_TITLE = {"former", "ex", "then", "onetime", "erstwhile", "retired", "late"}


_FEATURE_AFTER = re.compile(r"^(?:(?:,\s*|\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s+(rivers?|dams?|reservoirs?|"
                            r"lakes?|canals?|glaciers?|lagoons?)\b(?!(?-i:\s+[A-Z]))", re.I)


def _spellings(mentions: list[Mention], area: dict[str, str]) -> dict[str, str]:
    """A place no gazetteer knows, spelled two ways by two reports ("Varunapalli" and "Varunapally"): each
    spelling of a one-word name (or of the name before "district", "province"...) mapped to the one most reports
    write, when the two begin alike and are nearly the same letters, or a letter apart in reports of which none
    writes both ("Luambo", "Lwambo")."""
    told: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        name = area.get(m.text, m.text)
        if m.label == "PLACE" and len(name.split()) == 1 and len(name) >= _SPELLED_APART_MIN \
                and gazetteer().lookup(name) is None:
            told[name].add(m.source_id)
    # Blocked on the first letter, and scored in one call per name (rapidfuzz), most written spelling first.
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in sorted(told, key=lambda n: (-len(told[n]), n)):
        blocks[fold(name)[:1]].append(name)
    out: dict[str, str] = {}
    for names in blocks.values():
        folded = [fold(n) for n in names]
        for i, name in enumerate(names):
            if name in out:
                continue
            for _, score, j in process.extract(folded[i], folded, scorer=fuzz.ratio, score_cutoff=_SPELLED_APART,
                                               limit=None):
                if j > i and names[j] not in out and folded[j] != folded[i] and (
                        score >= _SPELLED_ALIKE and min(len(name), len(names[j])) >= _SPELLED_MIN
                        or not told[name] & told[names[j]]):
                    # nearly the same letters; or a letter apart in reports that never write both
                    out[names[j]] = name
    # One name written as two words or as one ("Chapai Nawabganj", "Chapainawabganj"): the way most reports write it.
    joined: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in mentions:
        name = area.get(m.text, m.text)
        if m.label == "PLACE" and 1 <= len(name.split()) <= 3 and len(name) >= _SPELLED_APART_MIN:
            joined[run_together(name)][name].add(m.source_id)
    for ways in joined.values():
        if len(ways) > 1:
            most = max(sorted(ways), key=lambda n: len(ways[n]))
            out.update({n: most for n in ways if n != most and n not in out})
    return out


# How alike (rapidfuzz ratio of the folded names) a town abroad must be to a town of the story's countries to be
# taken for it ("Tokmak", a town in another country, for "Tokmok").
_NAMESAKE_ALIKE = 80


def _foreign_namesakes(looked_up: list[tuple[Mention, object]]) -> dict[str, object]:
    """Towns the gazetteer finds in a country no other place of the story is in, whose names are nearly those of
    a town the story names in its own countries: the report spelled that town another way ("Tokmak" beside
    "Tokmok", "Gusar" beside "Qusar"). Maps the key of the town abroad to the story's town."""
    countries = Counter(place.country for _, place in looked_up)
    told = Counter(place.key for _, place in looked_up)
    towns = {place.key: place for _, place in looked_up if place.kind == "city"}
    written: dict[str, set[str]] = defaultdict(set)  # key -> the names it is written by, and its own
    for m, place in looked_up:
        # (Not a short word that the gazetteer finds in a longer name: "Port", for "Le Port".)
        written[place.key].update(w for w in (fold(m.text), fold(place.name)) if len(w) >= 5)
    out = {}
    for key, place in towns.items():
        if countries[place.country] > told[key]:
            continue  # another place of the story is in that country too
        alike = [(fuzz.ratio(w, name), other.name, other) for other in towns.values()
                 if other.country != place.country and (name := fold(other.name))
                 for w in written[key] if abs(len(w) - len(name)) <= 1]
        best = max(alike, key=lambda a: a[:2], default=None)
        if best is not None and best[0] >= _NAMESAKE_ALIKE:
            out[key] = best[2]
    return out


def _sounds_nearly(name: str, one_word_sounds: dict[str, list[tuple[str, object]]]):
    """ "Hodeidah" beside "Hudaydah": a one-word name the gazetteer lacks (the caller looked it up) that sounds
    nearly as the one-word name of one town of the story it knows (``transliterated``) is that town, written
    another way; else None. ``one_word_sounds``: the known towns' sounds, by their first letter."""
    sound = sound_of(name)
    if len(sound) != 1:
        return None
    alike = {place.key: place for other, place in one_word_sounds.get(sound[0][:1], ())
             if transliterated(sound[0], other)}
    return next(iter(alike.values())) if len(alike) == 1 else None


def _demonym_country(text: str) -> str:
    """The country "Ghanaian", "Romanians" or "South Korean" is the adjective or the people of, or ""."""
    key = fold(text)
    return DEMONYMS.get(key) or (DEMONYMS.get(key[:-1], "") if key.endswith("s") else "")


def _area_place(text: str, core: str):
    """The gazetteer's area for "Kirov Region" (the region of that name, not a city once called Kirov),
    else what it finds for the name alone, as for a mention of the name alone."""
    place = gazetteer().lookup(text)
    if place is not None and (place.kind != "city" and fold(place.name) == fold(core)
                              or fold(place.name) == fold(text)
                              or place.kind == "city" and fold(text).endswith(" city")):
        return place  # "Kirov Region"; and "Mexico City", "San Marino City": a city named with the word
    return gazetteer().lookup(core)


# Words a town's name is written after, and a body's seldom is: "in X", "reporting from X".
_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_PREPOSITIONS | {"from"})) + r")\s+$", re.I)


def _town_taken_for_a_body(m: Mention, text_of: dict[str, str], named_places: set[str]):
    """ "live from Korce", one word tagged as a body after "from" or "in", where other mentions name the
    town the gazetteer knows by it ("Korçë"): that town, spelled another way; so is a longer name written as the
    town's own but for its accents ("from Santo Tome to X"). None otherwise."""
    if m.label != "ORG" or not m.text[:1].isupper() or m.text.isupper():
        return None
    place = gazetteer().lookup(m.text)
    if place is None or place.key not in named_places \
            or " " in m.text.strip() and fold(m.text) != fold(place.name):
        return None
    text = text_of.get(m.source_id, "")
    return place if _PLACE_BEFORE.search(text[max(0, m.start - 12):m.start]) else None


def _water_features(sources: list[Source], mentions: list[Mention]) -> dict[tuple[str, str], str]:
    """Rivers, lakes, dams and reservoirs named with and without their type word ("the Varna River", "the
    Varna", "the Kolt and Imra reservoirs"): one entity per name, keyed by the name without the type word. A bare
    name counts as the feature only in a report that names the feature, where it may otherwise be a town."""
    text_of = {s.id: s.text for s in sources}
    out: dict[tuple[str, str], str] = {}
    cores: dict[str, set[str]] = defaultdict(set)  # source -> folded cores of the features it names
    for m in mentions:
        if m.label not in ("PLACE", "ORG"):
            continue
        words = m.text.split()
        core = ""
        if len(words) >= 2 and words[-1].lower() in WATER_WORDS:
            core = " ".join(words[:-1])
        elif len(words) >= 2 and words[0].lower() == "lake":
            core = " ".join(words[1:])
        elif _FEATURE_AFTER.match(text_of.get(m.source_id, "")[m.end:m.end + 80]):
            core = m.text
        if core and fold(core):
            out[(m.source_id, m.text)] = _feature_key(core)
            cores[m.source_id].add(fold(core))
    # A bare name elsewhere is the feature too where no town of some size has that name; and a bare name the
    # tagger took for a person's ("the Orto-Tokoy") is the feature unless someone's full name ends with it.
    named = set().union(*cores.values()) if cores else set()
    surnames = {fold(m.text).split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2}
    for m in mentions:
        key = fold(m.text)
        if m.label not in ("PLACE", "ORG", "PERSON") or (m.source_id, m.text) in out or key not in named \
                or m.label == "PERSON" and key in surnames:
            continue
        place = gazetteer().lookup(m.text)
        if key in cores[m.source_id] or place is None or not place.sizeable:
            out[(m.source_id, m.text)] = _feature_key(m.text)
    # One feature whose one-word name two reports transliterate apart ("the Tolvakkum reservoir" and "the
    # Tolvoqqum reservoir"): keys that sound nearly the same are one, the most named keeping its key.
    told = Counter(out.values())
    merged: dict[str, str] = {}
    for key in sorted(told, key=lambda k: (-told[k], k)):
        sound = key.removeprefix("feature:")
        merged[key] = next((k for k in merged if merged[k] == k and sound_alike(k.removeprefix("feature:"), sound)),
                           key)
    return {where: merged[key] for where, key in out.items()}



def _feature_key(name: str) -> str:
    """One key for the spellings of a river's name ("the Rovuma" and "the Ruvuma", "Cunene" and "Kunene")."""
    return "feature:" + " ".join(phonetic(w) for w in fold(name).split())


def _preferred_name(ent: Entity) -> str:
    counts: dict[str, int] = defaultdict(int)
    for m in ent.mentions:
        counts[m.text] += 1
    return max(counts, key=lambda n: (len(n.split()) if ent.label == "PERSON" else 0, counts[n], -len(n)))

"""Resolve: link mentions of one person, place or organisation across sources.

People: within a source, a surname-only mention joins the full name with that
surname; across sources, names are blocked on a transliteration-folded surname
key and joined when given names agree (Nikolai/Nikolay, initials).
Places: the gazetteer's id (Kyiv/Kiev/Київ are one city). Organisations: the cluster ``organisations.py``
puts them in. Claims get ``subject_key`` = the id of the entity they are about.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from rapidfuzz import fuzz, process

from reconcile.extract.lexicon import WATER_WORDS, area_core
from reconcile.found_titles import titles_of_found_names
from reconcile.labels import harmonise
from reconcile.models import Claim, Entity, Mention, Source, stable_id
from reconcile.normalize.names import (
    ABJAD,
    bare_surname,
    display_key,
    family_name,
    name_tokens,
    phonetic,
    same_person,
    skeleton,
    sound_of,
)
from reconcile.normalize.places import DEMONYMS, gazetteer
from reconcile.normalize.text import fold, other_script
from reconcile.organisations import UnionFind, org_key, organisations, parenthesised_aliases

SAME_PERSON = 84.0


_SPELLED_MIN = 7  # letters a place's name needs before two spellings of it are taken for one
_SPELLED_ALIKE = 90  # how alike (rapidfuzz ratio) two spellings of one place are


def resolve(sources: list[Source], mentions: list[Mention], claims: list[Claim]):
    """Return (entities, claims with subject keys, mentions with entity ids)."""
    subjects = {c.subject for c in claims if c.kind in ("role", "quote")}
    holders = {c.subject for c in claims if c.kind == "role"}
    found = _relabel_surnames(harmonise(sources, mentions, subjects), subjects, holders)
    claims = claims + titles_of_found_names(sources, mentions, found)  # the titles of names found only now
    mentions = found
    person_of: dict[tuple[str, str], str] = {}  # (source_id, surface) -> entity key
    people = _people(mentions)
    # "Varuna Province", "Kesh District", "the Orlo Valley": the area of the name written alone.
    # Not the first words of a longer name ("Orlo Valley" of "Orlo Valley Medical Center").
    starts = {tuple(m.text.split()[:k]) for m in mentions if m.label in ("PLACE", "ORG")
              for k in range(2, len(m.text.split()))}
    area = {m.text: core for m in mentions if m.label in ("PLACE", "ORG") and (core := area_core(m.text))
            and tuple(m.text.split()) not in starts}
    orgs = organisations(mentions, parenthesised_aliases(sources, mentions), extra=set(area.values()))
    features = _water_features(sources, mentions)
    # Places the gazetteer knows, by how their names sound: "Rathnapura" is the "Ratnapura" another report names.
    known_sounds = {sound_of(m.text): place for m in mentions if m.label == "PLACE"
                    and (place := gazetteer().lookup(m.text)) is not None}
    spelled = _spellings(mentions, area)
    entities: dict[str, Entity] = {}
    by_label_key: dict[str, str] = {}
    out_mentions: list[Mention] = []
    adjectives: list[tuple[Mention, str]] = []  # "the Ghanaian operator", "two Romanians": of a country
    for m in mentions:
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
        elif m.label == "PLACE" and (place := gazetteer().lookup(m.text) or known_sounds.get(sound_of(m.text))):
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
                place = gazetteer().lookup(m.text)
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
    ordered = sorted(entities.values(), key=lambda e: (-len({m.source_id for m in e.mentions}), e.label, e.name))
    return ordered, out_claims, out_mentions


_FEATURE_AFTER = re.compile(r"^(?:(?:,\s*|\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s+(rivers?|dams?|reservoirs?|"
                            r"lakes?|canals?|glaciers?|lagoons?)\b", re.I)


def _spellings(mentions: list[Mention], area: dict[str, str]) -> dict[str, str]:
    """A place no gazetteer knows, spelled two ways by two reports ("Varunapalli" and "Varunapally"): each
    spelling of a one-word name (or of the name before "district", "province"...) mapped to the one most reports
    write, when the two are nearly the same letters and begin alike."""
    told: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        name = area.get(m.text, m.text)
        if m.label == "PLACE" and len(name.split()) == 1 and len(name) >= _SPELLED_MIN \
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
            for _, _, j in process.extract(folded[i], folded, scorer=fuzz.ratio, score_cutoff=_SPELLED_ALIKE,
                                           limit=None):
                if j > i and names[j] not in out and folded[j] != folded[i]:
                    out[names[j]] = name
    return out


def _demonym_country(text: str) -> str:
    """The country "Ghanaian", "Romanians" or "South Korean" is the adjective or the people of, or ""."""
    key = fold(text)
    return DEMONYMS.get(key) or (DEMONYMS.get(key[:-1], "") if key.endswith("s") else "")


def _area_place(text: str, core: str):
    """The gazetteer's area for "Kirov Region" (the region of that name, not a city once called Kirov),
    else what it finds for the name alone, as for a mention of the name alone."""
    place = gazetteer().lookup(text)
    if place is not None and (place.kind != "city" and fold(place.name) == fold(core)
                              or fold(place.name) == fold(text)):
        return place  # "Kirov Region"; and "Mexico City", "Kuwait City": a city named with the word
    return gazetteer().lookup(core)


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
    return out


def _feature_key(name: str) -> str:
    """One key for the spellings of a river's name ("the Rovuma" and "the Ruvuma", "Cunene" and "Kunene")."""
    return "feature:" + " ".join(phonetic(w) for w in fold(name).split())


def _people(mentions: list[Mention]) -> dict[tuple[str, str], str]:
    """Map (source, surface form) of each person mention to a cluster key."""
    uf = UnionFind()
    full_by_source: dict[str, list[str]] = defaultdict(list)
    forms: dict[tuple[str, str], str] = {}
    for m in mentions:
        if m.label != "PERSON" or not name_tokens(m.text):
            continue
        node = f"{m.source_id}\x1f{m.text}"
        forms[(m.source_id, m.text)] = node
        uf.find(node)
        if len(name_tokens(m.text)) >= 2 and m.text not in full_by_source[m.source_id]:
            full_by_source[m.source_id].append(m.text)
    # "Park Ji-hoon (박지훈)": a name and, in brackets right after it, the same name in its own script.
    people_at = sorted((m for m in mentions if (m.source_id, m.text) in forms), key=lambda m: (m.source_id, m.start))
    for a, b in zip(people_at, people_at[1:], strict=False):
        if a.source_id == b.source_id and b.start - a.end == 2 and other_script(b.text) and not other_script(a.text):
            uf.union(forms[(a.source_id, a.text)], forms[(b.source_id, b.text)])
    # Within a source: a surname-only mention belongs to the one full name with that surname.
    for (sid, text), node in forms.items():
        tokens = name_tokens(text)
        if len(tokens) >= 2:
            continue
        matches = _closest([f for f in full_by_source[sid] if same_person(text, f) >= SAME_PERSON], text)
        if len(matches) == 1:
            uf.union(node, forms[(sid, matches[0])])
    # Across sources: block on the first letters of the folded surname, then compare.
    blocks: dict[str, list[tuple[str, str]]] = defaultdict(list)
    abjad = {k for (_, text) in forms if ABJAD.search(text) for k in _consonant_keys(name_tokens(text)[-1])}
    for (sid, text) in forms:
        tokens = name_tokens(text)
        keys = {phonetic(tokens[-1])[:3], bare_surname(text)[:3]}  # "al-Obaidi" is also found under "Obaidi"
        # beside a name in Arabic or Hebrew script
        keys.update("consonants:" + k for k in _consonant_keys(tokens[-1]) & abjad)
        if len(tokens) >= 3 and len(tokens[-2]) >= 4:
            keys.add(phonetic(tokens[-2])[:3])  # "Ana Ruiz Salgado" is also found under "Ruiz"
        if len(tokens) >= 2:
            keys.add(phonetic(tokens[-2] + tokens[-1])[:3])  # "Ben Salah" is also found under "Bensalah"
        if len(tokens) == 2:
            keys.add(phonetic(tokens[0])[:3])  # "Chen Meiling" is also found under "Meiling Chen"
        for k in keys:
            blocks[k].append((sid, text))
    for members in blocks.values():
        # Names are compared once per spelling, not once per source that uses it.
        nodes_of: dict[str, list[str]] = defaultdict(list)
        for x in members:
            nodes_of[x[1]].append(forms[x])
        fulls = sorted(t for t in nodes_of if len(name_tokens(t)) >= 2)
        for t in fulls:
            for node in nodes_of[t][1:]:
                uf.union(nodes_of[t][0], node)
        for i, a in enumerate(fulls):
            for b in fulls[i + 1:]:
                if same_person(a, b) >= SAME_PERSON:
                    uf.union(nodes_of[a][0], nodes_of[b][0])
        # A surname-only mention in a source without the full name joins the single matching cluster.
        singles = [x for x in members if len(name_tokens(x[1])) == 1]
        matching = {t: [f for f in fulls if same_person(t, f) >= SAME_PERSON] for t in {x[1] for x in singles}}
        for s in singles:
            roots = {uf.find(nodes_of[f][0]) for f in _closest(matching[s[1]], s[1])}
            if len(roots) == 1:
                uf.union(forms[s], roots.pop())
    _link_given_names(uf, forms, full_by_source)
    out: dict[tuple[str, str], str] = {}
    groups: dict[str, list[str]] = defaultdict(list)
    for key, node in forms.items():
        groups[uf.find(node)].append(key[1])
    best = {root: min(names, key=lambda n: (-len(name_tokens(n)), display_key(n))) for root, names in groups.items()}
    for key, node in forms.items():
        out[key] = "person:" + display_key(best[uf.find(node)])
    return out


def _closest(fulls: list[str], surname: str) -> list[str]:
    """Of the full names a lone surname may shorten, those that end with it as written, when some do:
    "Toktosunova" is Aizada Toktosunova's surname, not her father Nurbek Toktosunov's."""
    exact = [f for f in fulls if fold(name_tokens(f)[-1]) == fold(surname)]
    return exact or fulls


def _consonant_keys(surname: str) -> set[str]:
    """The first consonants of a surname, with and without an Arabic article run into it ("Al-Otaibi" is also
    found under the consonants of "Otaibi", as "العتيبي" is read)."""
    sk = skeleton(surname)
    return {sk[:2], sk[1:3]} if sk.startswith("l") else {sk[:2]}


def _link_given_names(uf: UnionFind, forms: dict[tuple[str, str], str], full_by_source: dict[str, list[str]]):
    """A given name alone ("Nora will have my help") is the one person with that given name.

    Only a word that is nobody's surname, and not already linked: the full names of its own source are tried
    first, then those of the whole story; two people with that given name leave it alone.
    """
    surnames = {phonetic(name_tokens(t)[-1]) for (_, t) in forms if len(name_tokens(t)) >= 2}
    sizes: dict[str, int] = defaultdict(int)
    for node in forms.values():
        sizes[uf.find(node)] += 1
    fulls_by_given: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k in forms:
        words = name_tokens(k[1])
        if len(words) >= 2:
            fulls_by_given[phonetic(words[0])].append(k)
    for (sid, text), node in forms.items():
        tokens = name_tokens(text)
        if len(tokens) != 1 or len(tokens[0]) < 3 or phonetic(tokens[0]) in surnames or sizes[uf.find(node)] > 1:
            continue
        key = phonetic(tokens[0])
        local = {uf.find(forms[(sid, f)]) for f in full_by_source[sid] if phonetic(name_tokens(f)[0]) == key}
        roots = local or {uf.find(forms[k]) for k in fulls_by_given.get(key, [])}
        if not roots and len(tokens[0]) >= 4:
            # "Cath" of "Catherine": the short form of one given name (in the source, else in the story)
            local = {uf.find(forms[(sid, f)]) for f in full_by_source[sid] if _shortens_given(key, f)}
            roots = local or {uf.find(forms[k]) for ks in fulls_by_given.values() for k in ks
                              if _shortens_given(key, k[1])}
        if len(roots) == 1:
            uf.union(node, roots.pop())


def _shortens_given(short: str, full_name: str) -> bool:
    """Whether ``short`` (a phonetic key) starts the given name of ``full_name`` and is not all of it."""
    given = phonetic(name_tokens(full_name)[0])
    return len(given) > len(short) and given.startswith(short)


def _relabel_surnames(mentions: list[Mention], people_with_claims: set[str] = frozenset(),
                      holders: set[str] = frozenset()) -> list[Mention]:
    """Labels made consistent across the story.

    A lone word tagged as an organisation or place that is a known person's surname names that person; a lone
    word tagged as a person that is the name of an organisation named elsewhere ("CD Vardon") names that
    organisation; a name tagged as an organisation in one source and a person in another is the organisation's
    unless someone of that name holds an office or is quoted; a lone word tagged as an organisation that the
    gazetteer knows as a town of some size, which the story names as a place, is that town.
    """
    surnamed = _surnamed(mentions)
    org_texts = _org_texts(mentions, surnamed) - people_with_claims
    surnames = set()
    for m in mentions:
        tokens = name_tokens(m.text)
        if m.label != "PERSON" or len(tokens) < 2 or m.text in org_texts:
            continue
        surnames |= {phonetic(tokens[-1]), bare_surname(m.text)}
        if (family := family_name(m.text)) is not None:
            surnames.add(phonetic(family))  # "Choi" of "Choi Seung-min"
        if len(tokens) == 3 and len(tokens[1]) >= 4:
            # "Mercedes Villanueva Paredes" is "Villanueva" for short: in a name of three words the middle one may
            # be the surname (Spanish and Portuguese names carry both parents' surnames).
            surnames.add(phonetic(tokens[1]))
    org_heads = {}
    for m in mentions:
        words = org_key(m.text).split()
        if m.label in ("ORG", "PLACE") and words and gazetteer().lookup(m.text) is None and (
                len(words) >= 2 or fold(m.text) != words[0]):
            org_heads.setdefault(words[0], m.label)
    # "Mendip Cold" where "Mendip Cold Logistics" is named: a company's short name, unless someone of that
    # name holds an office or is quoted.
    org_starts = {tuple(m.text.split()[:k]) for m in mentions if m.label == "ORG"
                  for k in range(2, len(m.text.split()))}
    # "Loma Blanca" where "Pesquera Loma Blanca" is named: the company's name without the word for its trade.
    org_starts |= {tuple(m.text.split()[k:]) for m in mentions if m.label == "ORG" and m.text not in people_with_claims
                   for k in range(1, len(m.text.split()) - 1)}
    # "Kvistgaard" alone, tagged as an organisation: "Kvistgaard Fødevarer" is that organisation's full name.
    # (Or tagged as a person, where it starts the name of an organisation: "Kvistgaard Foods".)
    lone_orgs = {m.text for m in mentions if len(m.text.split()) == 1 and (
                 m.label == "ORG" or m.label == "PERSON" and org_key(m.text) in org_heads)
                 and gazetteer().lookup(m.text) is None and phonetic(fold(m.text)) not in surnames}
    # "Arauco" or "Jämtland" alone, tagged as a person or a body, where "Arauco province" or "Jämtland County" is
    # named: the area, unless it is someone's surname.
    areas = {core for m in mentions if m.label == "PLACE" and (core := area_core(m.text))}
    placed = {place.key for m in mentions if m.label == "PLACE" and (place := gazetteer().lookup(m.text)) is not None}
    out = []
    for m in mentions:
        tokens = name_tokens(m.text)
        place = gazetteer().lookup(m.text)
        if m.label in ("ORG", "PERSON") and m.text in areas and m.text not in people_with_claims \
                and not (tokens and phonetic(tokens[-1]) in surnames):
            m = replace(m, label="PLACE")
        elif m.label == "PERSON" and len(m.text.split()) >= 2 and m.text not in holders and (
                m.text in org_texts and m.text not in people_with_claims or tuple(m.text.split()) in org_starts
                or m.text.split()[0] in lone_orgs):
            m = replace(m, label="ORG")  # "Jany Tilek": a party in one report, a person to the tagger in another
        elif m.label == "ORG" and m.text in surnamed:
            m = replace(m, label="PERSON")
        elif (m.label in ("ORG", "PLACE") and len(tokens) == 1 and phonetic(tokens[0]) in surnames
                and (place is None or fold(place.name) != fold(m.text)  # a place known by another name
                     or place.kind == "city" and place.population < 100_000)):
            m = replace(m, label="PERSON")
        elif m.label == "PERSON" and len(tokens) == 1 and phonetic(tokens[0]) not in surnames:
            if tokens[0] in org_heads:
                m = replace(m, label=org_heads[tokens[0]])  # "Brenner" alone, where "Brenner Hydraulik" is named
            elif place is not None and place.sizeable:
                m = replace(m, label="PLACE")  # "Poltava" is the city, whatever the tagger said
        elif m.label == "ORG" and " " not in m.text and not m.text.isupper() and place is not None \
                and place.sizeable and place.key in placed:
            m = replace(m, label="PLACE")  # "bound for Barisal", where another report names "Barishal" as a place
        out.append(m)
    return out


def _org_texts(mentions: list[Mention], surnamed: set[str]) -> set[str]:
    """Names of two or more words called an organisation's in at least as many sources as a person's, and in
    none of ``surnamed`` (names some source shortens to the surname, see ``_surnamed``)."""
    sources: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in mentions:
        if m.label in ("ORG", "PERSON") and len(m.text.split()) >= 2:
            sources[m.text][m.label].add(m.source_id)
    return {text for text, by in sources.items()
            if by["ORG"] and len(by["ORG"]) >= len(by["PERSON"] - by["ORG"]) and text not in surnamed}


def _surnamed(mentions: list[Mention]) -> set[str]:
    """Full names of people some report also calls by the surname alone ("Karim Bouzidi ... Bouzidi's
    sentence"): a person's, wherever else the tagger took them for an organisation's."""
    lone = {(m.source_id, m.text) for m in mentions if m.label == "PERSON" and len(m.text.split()) == 1}
    return {m.text for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2
            and (m.source_id, m.text.split()[-1]) in lone}


def _preferred_name(ent: Entity) -> str:
    counts: dict[str, int] = defaultdict(int)
    for m in ent.mentions:
        counts[m.text] += 1
    return max(counts, key=lambda n: (len(n.split()) if ent.label == "PERSON" else 0, counts[n], -len(n)))

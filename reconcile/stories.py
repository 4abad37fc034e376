"""Stories: which sources tell the same story.

reconcile compares the reports of one story. In a batch that mixes stories, two sources are put in one story
when the people, organisations and cities they name are alike: each source is a vector of the entities it
names (how often, weighted by how rare the entity is in the batch, as in TF-IDF), and two sources are linked
when the cosine of their vectors reaches ``LINK``. A name that also turns up in another story's report (a
spokesman, a city in a background paragraph, a common name) then weighs little against the names that
report is about, so one shared name no longer chains two stories together. Connected sources form a story.

Candidate pairs come from an inverted index of the entities; an entity named by more than ``PAIR_LIMIT``
sources proposes each source's ``NEIGHBOURS`` next sources in an order that puts sources about the same
main entity side by side, so the cost grows with the batch, not with its square.
"""

from __future__ import annotations

import math
from collections import defaultdict

from reconcile.models import Entity, Source
from reconcile.normalize.text import fold

MIN_BATCH = 10
LINK = 0.3  # the cosine of two sources' entity vectors that puts them in one story
PAIR_LIMIT = 100
NEIGHBOURS = 20


def stories(sources: list[Source], entities: list[Entity]) -> dict[str, str]:
    """Map each source id to a story id (the first source id of its group).

    A run of fewer than ``MIN_BATCH`` sources is one story: its reports may share no name at all ("the talks
    will be held in Vienna" / "in Geneva").
    """
    if len(sources) < MIN_BATCH:
        return one_story(sources)
    vectors = _vectors(sources, entities)
    cities = {fold(e.name) for e in entities if e.label == "PLACE"} - {
        fold(e.name) for e in entities if e.label in ("PERSON", "ORG")}
    parent = {s.id: s.id for s in sources}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in _candidates(vectors):
        if find(a) != find(b) and _cosine(vectors[a], vectors[b]) >= LINK and _names_in_common(a, b, vectors, cities):
            ra, rb = find(a), find(b)
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for s in sources:
        groups[find(s.id)].append(s.id)
    return {sid: min(members) for members in groups.values() for sid in members}


def _vectors(sources: list[Source], entities: list[Entity]) -> dict[str, dict[str, float]]:
    """Each source's unit vector over the entities it names: (1 + log mentions) x log(1 + N / sources naming it)."""
    counts: dict[str, dict[str, int]] = {s.id: {} for s in sources}
    kind: dict[str, float] = {}
    for ent in entities:
        weight = _kind_weight(ent)
        if not weight:
            continue
        # By name, not by cluster: a company the tagger calls a person in one report is still the same name.
        key = fold(ent.name)
        kind[key] = max(kind.get(key, 0.0), weight)
        for m in ent.mentions:
            if m.source_id in counts:
                counts[m.source_id][key] = counts[m.source_id].get(key, 0) + 1
    df: dict[str, int] = defaultdict(int)
    for named in counts.values():
        for eid in named:
            df[eid] += 1
    n = len(sources)
    vectors: dict[str, dict[str, float]] = {}
    for sid, named in counts.items():
        vec = {eid: kind[eid] * (1 + math.log(k)) * math.log(1 + n / df[eid]) for eid, k in named.items()}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        vectors[sid] = {eid: w / norm for eid, w in vec.items()}
    return vectors


def _candidates(vectors: dict[str, dict[str, float]]):
    """Pairs of sources that name an entity in common (see the module's docstring for common entities)."""
    index: dict[str, list[str]] = defaultdict(list)
    for sid in sorted(vectors):
        for eid in vectors[sid]:
            index[eid].append(sid)
    main = {sid: max(vec, key=lambda e: (vec[e], e)) if vec else "" for sid, vec in vectors.items()}
    seen: set[tuple[str, str]] = set()
    for ids in index.values():
        if len(ids) > PAIR_LIMIT:
            ids = sorted(ids, key=lambda sid: (main[sid], sid))
            pairs = ((a, b) for i, a in enumerate(ids) for b in ids[i + 1:i + 1 + NEIGHBOURS])
        else:
            pairs = ((a, b) for i, a in enumerate(ids) for b in ids[i + 1:])
        for a, b in pairs:
            key = (a, b) if a < b else (b, a)
            if key not in seen:
                seen.add(key)
                yield key


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(eid, 0.0) for eid, w in a.items())


def one_story(sources: list[Source]) -> dict[str, str]:
    """Every source in one story (``--one-story``)."""
    first = min(s.id for s in sources)
    return {s.id: first for s in sources}


def _names_in_common(a: str, b: str, vectors: dict[str, dict[str, float]], cities: set[str]) -> bool:
    """Two reports of one story name somebody or some body in common, not only a city."""
    return any(eid in vectors[b] and eid not in cities for eid in vectors[a])


def _kind_weight(ent: Entity) -> float:
    """How much naming the entity says about the story: a person named in full or a named storm most, a city
    least (many stories happen in one capital); other entities nothing."""
    if ent.label == "PERSON":
        return 1.0 if any(len(m.text.split()) >= 2 for m in ent.mentions) else 0.0
    if ent.label == "ORG":
        return 0.8
    if ent.label == "EVENT":
        return 1.0  # a named storm
    return 0.4 if ent.label == "PLACE" and ent.info.get("kind") == "city" else 0.0

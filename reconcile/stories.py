"""Stories: which sources tell the same story.

reconcile compares the reports of one story. When a run is given sources that
share no person, organisation or city at all, they cannot be telling the same
story, and their events are never matched with each other. Sources are linked
when they name one such entity in common; each connected group is a story.
"""

from __future__ import annotations

from collections import defaultdict

from reconcile.models import Entity, Source

MIN_BATCH = 10
LINK = 2  # the weight of shared names that puts two sources in one story
# Organisations and cities named by more sources than this are not counted pair by pair: in a big batch
# they are shared by many stories, and counting their pairs would grow with the square of the batch.
PAIR_LIMIT = 100


def stories(sources: list[Source], entities: list[Entity]) -> dict[str, str]:
    """Map each source id to a story id (the first source id of its group).

    A run of fewer than ``MIN_BATCH`` sources is one story: its reports may share no name at all ("the talks
    will be held in Vienna" / "in Geneva"). In a larger batch, two sources are linked when they share a person
    named in full (however many sources name them: in a batch of one story's reports, most name its main
    people), or two other distinctive names (organisations, cities). Organisations and places found in most
    sources of a large batch (a news agency, "the EU") tell nothing about which story a source belongs to and
    are left out, and so are those named by more than ``PAIR_LIMIT`` sources: the cost grows with the size
    of the batch, not with the number of pairs of sources in it.
    """
    if len(sources) < MIN_BATCH:
        return one_story(sources)
    parent = {s.id: s.id for s in sources}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    shared: dict[tuple[str, str], int] = defaultdict(int)
    limit = max(3, len(sources) // 2)
    for ent in entities:
        weight = _weight(ent)
        ids = sorted({m.source_id for m in ent.mentions if m.source_id in parent})
        if weight >= LINK:  # a person named in full links every source naming them: no pairs to count
            for other in ids[1:]:
                union(ids[0], other)
            continue
        if not weight or len(ids) > limit:
            continue
        if len(ids) > PAIR_LIMIT:
            continue  # a name in this many sources tells little about which story each belongs to
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                shared[(a, b)] += weight
    for (a, b), score in shared.items():
        if score >= LINK:
            union(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for s in sources:
        groups[find(s.id)].append(s.id)
    return {sid: min(members) for members in groups.values() for sid in members}


def one_story(sources: list[Source]) -> dict[str, str]:
    """Every source in one story (``--one-story``)."""
    first = min(s.id for s in sources)
    return {s.id: first for s in sources}


def _weight(ent: Entity) -> int:
    """2 for a person named in full, 1 for an organisation or a city, 0 for the rest."""
    if ent.label == "PERSON":
        return 2 if any(len(m.text.split()) >= 2 for m in ent.mentions) else 0
    if ent.label == "ORG":
        return 1
    if ent.label == "PLACE":
        return 1 if ent.info.get("kind") == "city" else 0
    return 0

"""The sides of the match a score is told of, as the entities resolved across reports.

A report of a tournament gives several scores: "Kelvo beat the hosts 3-0", "the final ended 2-1". Where a sentence
names no day or game, the names in it tell which match the score is of: the same two sides in another report's
sentence, however each spells them. Extraction keeps the spans of the names beside a score (``named``); once the
names are resolved into entities, they become the ids of the sides (``sides``) that ``figures`` matches scores by.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from reconcile.models import Claim, Mention
from reconcile.normalize.text import fold


def score_sides(claims: list[Claim], mentions: list[Mention]) -> list[Claim]:
    """The claims, with each score's named spans replaced by the entities they are (``sides``, two or more, else
    none), and by the words every report writes those entities with (``side_words``, however many are named)."""
    by_source: dict[str, list[Mention]] = defaultdict(list)
    words_of: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.entity_id:
            by_source[m.source_id].append(m)
            words_of[m.entity_id].update(w for w in fold(m.text).split() if len(w) >= 3)
    out = []
    for c in claims:
        named = c.qualifiers.get("named")
        if not named:
            out.append(c)
            continue
        ids = {m.entity_id for start, end in named for m in by_source[c.source_id] if m.start < end and start < m.end}
        qualifiers = {k: v for k, v in c.qualifiers.items() if k != "named"}
        if len(ids) >= 2:
            qualifiers["sides"] = sorted(ids)
        if ids:
            qualifiers["side_words"] = sorted(set().union(*(words_of[i] for i in ids)))
        out.append(replace(c, qualifiers=qualifiers))
    return out

"""Which of several figures of one kind that a report gives is the one another report gives.

A report of a stage race may count riders twice: the field that lined up at the start and the riders who fell in a
crash. Another report gives only the field. Its figure is compared with the one told in the same words around it
("90 riders lined up in Kelvo for the first stage" and "102 riders lined up in Kelvo"), not with whichever its report
gave first. This is record linkage of figures by their context: the words near each figure, without the words every
figure of the kind shares.
"""

from __future__ import annotations

import re
from collections import Counter

from reconcile.models import Claim
from reconcile.organisations import UnionFind

WINDOW = 70  # characters either side of a figure read as its context
# Words of three letters or more that tell nothing of what a figure counts (the comparison runs in the main
# process, which does not load the NLP library and its own list).
STOP_WORDS = frozenset("""
about above after again against all also although among and another any are around because been before being below
between both but can could did does doing down during each either else even ever every few for from further had has
have having her here hers herself him himself his how however into its itself just least less many more most much
must near neither nor not now off once only other others our ours out over own per same she should since some still
such than that the their theirs them themselves then there these they this those though through thus too toward
towards under until upon very was were what when where whether which while who whom whose why will with within
without would yet you your yours said says say told according
""".split())
_WORD = re.compile(r"[^\W\d_]{3,}")
_SUFFIXES = ("ing", "ed", "es", "s")


def _stem(word: str) -> str:
    """A crude stem, so that "recounted" meets "recount" and "ballots" meets "ballot"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def context(c: Claim) -> set[str]:
    """The stems of the content words near the figure in its sentence."""
    at = max(0, c.start - c.sentence_start)
    end = at + len(c.value)
    near = c.sentence[max(0, at - WINDOW):at] + " " + c.sentence[end:end + WINDOW]
    return {_stem(w) for w in (m.group(0).lower() for m in _WORD.finditer(near)) if w not in STOP_WORDS}


def several_values(claims_by_source: dict[str, list[Claim]]) -> bool:
    """Whether a report gives two or more different figures of the kind."""
    return any(len({c.norm for c in cs}) > 1 for cs in claims_by_source.values())


def linked(claims_by_source: dict[str, list[Claim]], min_shared: int = 2) -> list[list[Claim]]:
    """The figures of a kind split into those told in the same words: each figure is linked to the figure of
    another report whose context it shares most with, when that one shares most with it too (a mutual best) and
    they share ``min_shared`` words or more. Words that the context of most figures has (the counted noun and its
    usual company) are left out. Parts of two reports or more are returned, the largest first; a figure linked
    to no other report's is of no part."""
    contexts = {id(c): context(c) for cs in claims_by_source.values() for c in cs}
    claims = [c for cs in claims_by_source.values() for c in cs]
    common = Counter(w for ctx in contexts.values() for w in ctx)
    shared_by_most = {w for w, n in common.items() if n > max(2, len(claims) * 0.6)}

    def score(a: Claim, b: Claim) -> int:
        return len((contexts[id(a)] & contexts[id(b)]) - shared_by_most)

    best: dict[tuple[int, str], Claim] = {}
    for a in claims:
        for source, others in claims_by_source.items():
            if source == a.source_id:
                continue
            scored = sorted(((score(a, b), -k, b) for k, b in enumerate(others)), key=lambda t: t[:2], reverse=True)
            if scored and scored[0][0] >= min_shared and (len(scored) == 1 or scored[1][0] < scored[0][0]):
                best[(id(a), source)] = scored[0][2]
    uf = UnionFind()
    for a in claims:
        for source in claims_by_source:
            b = best.get((id(a), source))
            if b is not None and best.get((id(b), a.source_id)) is a:
                uf.union(str(id(a)), str(id(b)))
    parts: dict[str, list[Claim]] = {}
    for c in claims:
        parts.setdefault(uf.find(str(id(c))), []).append(c)
    found = [p for p in parts.values() if len({c.source_id for c in p}) >= 2]
    for cs in claims_by_source.values():
        # The one figure of its kind a report gives, linked to none, joins the part whose context is nearest its own
        # ("more than 20 riders went down on a flooded corner" and "some 15 riders crashed on a flooded corner"),
        # when one part is nearest
        if len(cs) != 1 or any(cs[0] in p for p in found):
            continue
        near = sorted(((max(score(cs[0], x) for x in p), k) for k, p in enumerate(found)
                       if cs[0].source_id not in {x.source_id for x in p}), reverse=True)
        if near and near[0][0] >= 1 and (len(near) == 1 or near[1][0] < near[0][0]):
            found[near[0][1]].append(cs[0])
    return sorted(found, key=lambda p: (-len({c.source_id for c in p}), p[0].source_id, p[0].start))

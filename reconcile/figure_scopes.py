"""The round an election figure is of, told by another report that gives the very same figure.

A live blog on the night of a run-off gives "X 53.4 percent" as the count comes in, without naming the round; a
report of the next week writes "X won the run-off with 53.4 percent". The blog's figure is the run-off's: it is the
same figure to the decimal, said of the same candidate. Left unscoped, it would be compared with the first-round
shares other reports give, and raise a false alarm. Only figures precise enough not to agree by chance are read
this way: a share with a decimal, or a count of a thousand or more.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from reconcile.models import Claim

# Election figures whose attribute carries the count or the round they are of: "count:vote share (run-off)".
_SCOPED = ("vote share", "votes", "turnout")
_UNSCOPED = {f"count:{kind}" for kind in _SCOPED}
_SCOPE = re.compile(r"^(?P<base>count:(?:" + "|".join(_SCOPED) + r")) \((?P<scope>[^)]+)\)$")


# A figure within this ratio of an unscoped figure another report gives the holder may be that count told another
# way ("27.1%" and "24.7 per cent" of one first round): it is left where its report put it.
NEAR = 1.25


def _number(c: Claim) -> float | None:
    try:
        return float(c.norm)
    except (TypeError, ValueError):
        return None


def _precise(c: Claim) -> bool:
    """A share with a decimal, or a figure of a thousand or more: one two reports hardly give alike by chance."""
    value = _number(c)
    if value is None:
        return False
    return value >= 1000 or bool(re.search(r"\d[.,]\d", c.value)) and c.qualifiers.get("unit") == "percent"


def scope_by_agreement(claims: list[Claim], story_of: dict[str, str]) -> list[Claim]:
    """Claims with each unscoped election figure that another report gives, to the decimal and of the same holder,
    under one round or count only, moved to that round or count, when other reports give the holder unscoped figures
    and all are far from it (``NEAR``): a figure that would otherwise conflict with them. No other report may give
    it unscoped. A figure no other report contradicts stays where its report put it."""
    scoped: dict[tuple, set[tuple[str, str]]] = defaultdict(set)  # (story, holder, norm), base -> (attribute, source)
    unscoped: dict[tuple, set[str]] = defaultdict(set)  # (story, holder, norm), attribute -> sources
    for c in claims:
        if c.kind != "quantity" or not _precise(c):
            continue
        key = (story_of.get(c.source_id, ""), c.subject_key, str(c.norm))
        m = _SCOPE.match(c.attribute)
        if m is not None:
            scoped[(key, m.group("base"))].add((c.attribute, c.source_id))
        elif c.attribute in _UNSCOPED:
            unscoped[(key, c.attribute)].add(c.source_id)
    # the unscoped figures each holder gets in each report
    others: dict[tuple, list[tuple[str, float]]] = defaultdict(list)
    for c in claims:
        if c.kind == "quantity" and c.attribute in _UNSCOPED and _number(c) is not None:
            others[(story_of.get(c.source_id, ""), c.subject_key, c.attribute)].append((c.source_id, _number(c)))
    out = []
    for c in claims:
        key = ((story_of.get(c.source_id, ""), c.subject_key, str(c.norm)), c.attribute)
        told = {attribute for attribute, source in scoped.get(key, ()) if source != c.source_id}
        elsewhere = [v for source, v in others.get((story_of.get(c.source_id, ""), c.subject_key, c.attribute), ())
                     if source != c.source_id]
        far = bool(elsewhere) and all(max(v, _number(c) or 0) >= NEAR * min(v, _number(c) or 0) for v in elsewhere)
        if c.kind == "quantity" and len(told) == 1 and _precise(c) and unscoped.get(key, set()) == {c.source_id} \
                and far:
            attribute = next(iter(told))
            c = replace(c, attribute=attribute, subject=f"{c.subject} ({_SCOPE.match(attribute).group('scope')})")
        out.append(c)
    return out

"""Figures each report gives alone: when two reports each give one figure of a kind that nothing else in the story
matches ("40 percent" of a stake in one report, "35 percent" of a stake in another; "up to 300" vehicles a day and
"some 180"), the two are most likely one figure told differently, not two facts each known to one report. Figures
that agree corroborate each other and are no longer single-source claims; figures that differ are a conflict,
flagged with a note that they were matched by their kind alone.

Only a kind that each report holding it gives once, in the same unit, with values of one size (the smaller at least
``_SAME_SIZE`` of the larger), is matched: "five seats" and "nine seats" are as likely two parties' seats as one
party's told twice. A sum whose purpose its report leaves unnamed ("the full €4.1 million the board had claimed") is
matched with the one sum of its size and currency that another report gives alone with a purpose ("€3.4 million in
damages"); two named purposes may be two sums.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reconcile.figures import PER_GAME, SCORES, agree
from reconcile.flagging import make_flag, sides
from reconcile.models import Claim, Flag

_SAME_SIZE = 0.6
_ASIDE = re.compile(r"\(([^)]*)\)")


def _kind(c: Claim) -> tuple[str, str]:
    """The unit and category of a figure that can be matched by its kind; ("", "") for one that cannot (a score,
    compared only as written)."""
    category = str(c.qualifiers.get("category", ""))
    if category in SCORES | PER_GAME or not isinstance(c.norm, (int, float)):
        return "", ""
    return str(c.qualifiers.get("unit", "")), category


def _told_apart(claims: list[Claim]) -> bool:
    """Whether the reports set the figures apart by what they are of: "turnout" and "turnout (run-off)", the first
    leg's crowd and the second's."""
    return len({(_ASIDE.findall(c.subject) or [""])[-1] for c in claims}) > 1


def _same_size(claims: list[Claim]) -> bool:
    values = [abs(float(c.norm)) for c in claims]
    return min(values) > 0 and min(values) / max(values) >= _SAME_SIZE


def _agreeing(claims: list[Claim]) -> bool:
    return all(agree(a, b) for i, a in enumerate(claims) for b in claims[i + 1:])


def _lone_conflict(key: tuple, claims: list[Claim], labels: dict[str, str]) -> Flag:
    told_as = " / ".join(dict.fromkeys(c.subject for c in claims))
    explanation = (f"Each report gives one figure for {told_as} and no other of its kind: {sides(labels, claims)}. "
                   f"Matched by their kind alone, not by what they count; they are likely one figure told "
                   f"differently.")
    return make_flag("number_conflict", "lone|" + "|".join(key), claims[0].subject, explanation, claims,
                     0.55 * min(c.confidence for c in claims) / 0.75)


def _one_each(claims: list[Claim]) -> bool:
    """Whether two reports or more give these figures, one each, not set apart by what they are of."""
    sources = [c.source_id for c in claims]
    return len(set(sources)) >= 2 and len(set(sources)) == len(sources) and not _told_apart(claims)


def pair_lone_figures(singles: list[Flag], labels: dict[str, str],
                      story_of: dict[str, str] | None = None) -> tuple[list[Flag], list[Flag]]:
    """The single-source flags that stay, and the conflicts found between figures each report gives alone."""
    story_of = story_of or {}
    matchable = [f for f in singles if _kind(f.claims[0])[1]]
    paired: set[int] = set()
    conflicts = _of_one_kind(matchable, labels, story_of, paired)
    conflicts += _of_one_family(matchable, labels, story_of, paired)
    return [f for f in singles if id(f) not in paired], conflicts


def _grouped(flags: list[Flag], key) -> dict[tuple, list[Flag]]:
    groups: dict[tuple, list[Flag]] = defaultdict(list)
    for f in flags:
        groups[key(f.claims[0])].append(f)
    return groups


def _of_one_kind(singles: list[Flag], labels, story_of, paired: set[int]) -> list[Flag]:
    """Figures of one unit and category, one from each report that gives any, of one size: one figure."""
    conflicts = []
    for key, flags in _grouped(singles, lambda c: (story_of.get(c.source_id, ""), *_kind(c))).items():
        claims = [f.claims[0] for f in flags]
        if not _one_each(claims) or not _same_size(claims):
            continue  # one report gives two of the kind: which of them would the other's be?
        paired |= {id(f) for f in flags}
        if not _agreeing(claims):
            conflicts.append(_lone_conflict(key, claims, labels))
    return conflicts


def _of_one_family(singles: list[Flag], labels, story_of, paired: set[int]) -> list[Flag]:
    """Figures of one family told in other words ("612 producers" / "about 600 farmers"), one from each report,
    corroborate each other when they agree. When they differ they conflict only where one report names no purpose:
    "an amount of €4.3 million" is the one sum of its size another report gives alone as "€3.4 million in damages";
    two purposes may be two sums."""
    conflicts = []
    rest = [f for f in singles if id(f) not in paired]
    for key, flags in _grouped(rest, lambda c: (story_of.get(c.source_id, ""), _kind(c)[0],
                                                _kind(c)[1].split(":")[0])).items():
        claims = [f.claims[0] for f in flags]
        if _one_each(claims) and _agreeing(claims):
            paired |= {id(f) for f in flags}
            continue
        sources = [c.source_id for c in claims]
        alone = [f for f in flags if sources.count(f.claims[0].source_id) == 1]
        for f in alone:
            if _kind(f.claims[0])[1] != key[2] or id(f) in paired:
                continue  # a sum whose purpose its report names
            matches = [g for g in alone if _kind(g.claims[0])[1] != key[2] and id(g) not in paired
                       and _one_each([f.claims[0], g.claims[0]]) and _same_size([f.claims[0], g.claims[0]])]
            if len(matches) == 1:
                pair = [f.claims[0], matches[0].claims[0]]
                paired |= {id(f), id(matches[0])}
                if not _agreeing(pair):
                    conflicts.append(_lone_conflict(key, pair, labels))
    return conflicts

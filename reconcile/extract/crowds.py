"""Crowds at an event: a headcount the words before it call a crowd ("in front of 38,000", "the crowd, officially
given as 26,500") or whose verb says people came to see something ("the festival drew 31,000 people", "24,000 came
through the gates")."""

from __future__ import annotations

import re

from reconcile.normalize.numbers import APPROX

# Verbs of bringing people to an event, and what they came through to get in.
_DRAW_VERBS = {"draw", "attract", "welcome"}
_GATES = {"gate", "gates", "turnstile", "turnstiles", "door", "doors"}
# Verbs of a crowd filling a ground or coming to an event: "60,000 people packed the stadium", "about 1,500 people
# visited the museum", "thousands attended the funeral".
_FILL_VERBS = {"pack", "fill", "cram", "throng", "attend", "visit"}


_HEDGE = "(?:" + "|".join(sorted((re.escape(k) for k in APPROX), key=len, reverse=True)) + r")\s+"
_CROWD_BEFORE = re.compile(r"(?:\bin front of\s+(?:a\s+(?:[\w-]+\s+)?crowd\s+of\s+)?|\b(?:crowd|attendance|gate)\b[^.;]{0,30}?"
                           r"\b(?:given|put|announced|recorded|listed|registered)\s+(?:as|at)\s+"
                           r"|\bput\s+(?:the\s+)?(?:crowd|attendance|gate)\b[^.;,]{0,50}?\bat\s+)(?:" + _HEDGE + ")?$", re.I)
CROWD_NOUNS = {"people", "fans", "spectators", "supporters", "onlookers"}
_VISITORS = {"visitors", "tourists", "pilgrims", "worshippers", "mourners", "guests", "attendees", "crowd", "crowds",
             "viewers", "admirers"}


def crowd_before(before: str) -> bool:
    """Whether the words before a bare headcount say it is a crowd: "in front of 38,000", "the crowd, officially
    given as 26,500", "put attendance at the stadium at 6,200"."""
    return bool(_CROWD_BEFORE.search(before))


def came_to_see(candidates: list, figure) -> bool:
    """Whether the verb a headcount (``figure``, its last token) hangs from says people came to an event: "drew
    31,000 people", "attracted 40,000 visitors", "24,000 people came through the gates", "60,000 fans packed the
    stadium"; people counted as something else ("drew 28 candidates") are that."""
    for c in candidates:
        if c.pos_ != "VERB":
            continue
        objects = [ch for ch in c.children if ch.dep_ == "dobj"]
        if c.lemma_.lower() in _DRAW_VERBS and objects and all(
                o.pos_ == "NUM" or o.lower_ in CROWD_NOUNS | _VISITORS for o in objects) \
                and any(figure in o.subtree for o in objects):
            # not "the by-election has drawn 28 candidates", "the meeting drew 431 athletes", nor "the two ... drew
            # the last game": the headcount is what was drawn, and those drawn came to watch or visit
            return True
        if c.lemma_.lower() in _FILL_VERBS and any(ch.dep_ == "dobj" for ch in c.children) and any(
                ch.dep_ == "nsubj" and figure in ch.subtree and ch.lemma_.lower() in CROWD_NOUNS for ch in c.children):
            return True  # "more than 50,000 people packed the stadium for the final"
        if c.lemma_.lower() in ("come", "pass", "go") and any(
                p.dep_ == "prep" and p.lower_ == "through" and any(o.lemma_.lower() in _GATES for o in p.children)
                for p in c.children):
            return True
    return False

"""Moves of an event: the day or place a report says it was moved to, and the ones it was moved from.

"Put back to Friday", "moved from Kazan to Ufa", "the retrial, which was due to open on 3 March, was put back": a
slot told with a move is the event's new value (``after_move``) or an old one it no longer has (``moved_from``,
``plan_moved_away``).
"""

from __future__ import annotations

from reconcile.extract.lexicon import DUE_WORDS, moves_event
from reconcile.extract.spans import Ent
from reconcile.extract.tense import PREVIOUSLY

# What an event is put back by: "by a day", "by two weeks".
_DELAYS = {"day", "days", "week", "weeks", "month", "months", "hour", "hours", "year", "years"}


def after_move(ent: Ent, verb) -> bool:
    """Is the entity the new value of a move: "to July 21", "until October 14", "for June 9", "back to Friday"?"""
    root = verb.doc[ent.token_end - 1]
    for t in verb.doc[ent.token_start: ent.token_end]:
        if t.head.i < ent.token_start or t.head.i >= ent.token_end:
            root = t
            break
    if root.dep_ == "appos":
        root = root.head  # "to Wednesday, May 20"
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head.i == verb.i and any(
            c.lower_ in ("to", "until") and c.i < prep.i for c in verb.children):
        return True  # "moved the final to May 10 in Narva": the new place, told after the new day
    if root.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head.pos_ == "NOUN" \
            and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "to" and _the_move(prep.head.head.head, verb):
        return True  # "moved to the courthouse in X": the town of the building it now takes place in
    if root.dep_ != "pobj" or prep.lower_ not in ("to", "until", "till", "for"):
        return False
    head = prep.head
    if head.dep_ in ("prt", "advmod"):
        head = head.head  # "put back to Friday"
    if head.dep_ == "pobj" and head.head.lower_ == "from":
        head = head.head  # "postponed from May 3 to May 10", the second date parsed onto the first
    elif head.dep_ == "pobj" and head.head.lower_ == "by" and head.lower_ in _DELAYS:
        head = head.head.head  # "pushed back by a day to Sunday": the delay, then the day it is moved to
    if head.lower_ == "from" and head.dep_ == "prep":
        head = head.head  # ... or onto "from"
    if head.dep_ == "conj" and head.head.i == verb.i and moves_event(head):
        head = verb  # "moved from Kazan to Ufa and pushed back by a week, to May 21"
    if prep.lower_ != "for" and head.dep_ in ("advcl", "acl") and verb.i in (head.head.i, head.head.head.i) \
            and any(c.lower_ in PREVIOUSLY for c in head.children):
        head = verb  # "moved the vigil, first called for a Friday, to the Sunday", hung on the earlier plan
    if prep.lower_ in ("to", "until") and _on_the_moved(head, verb):
        head = verb  # "moved the meeting at which shareholders will vote on the sale to June 3"
    elif prep.lower_ in ("to", "until") and ent.label == "DATE" and any(
            _on_the_moved(a, verb) for a in list(head.ancestors)[:6]):
        # "put back the meeting at which shareholders are to approve the sale of a stake to X to April 2": a day
        # the parser hung deep in the clause on what is moved, where no other "to" takes a day
        head = verb
    return _the_move(head, verb)


def _on_the_moved(tok, verb) -> bool:
    """Whether ``tok`` heads a relative clause on what ``verb`` moves, which the parser hung the new day or the old
    one on ("moved the meeting at which shareholders will vote on the sale to June 3, from May 27")."""
    return tok.dep_ == "relcl" and tok.head.dep_ == "dobj" and tok.head.head.i == verb.i \
        and tok.lemma_.lower() not in DUE_WORDS | {"plan", "set", "schedule"}  # (not "which was set for May 3")


def _the_move(tok, verb) -> bool:
    """The verb of the move, or a second verb of the move joined to it ("put back to Friday and moved to X")."""
    return tok.i == verb.i or tok.dep_ == "conj" and tok.head.i == verb.i and moves_event(tok)


def moved_from(root) -> bool:
    """ "moved from Saturday", "switched from Kazan to Ufa": the old day or place of a moved event."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "from" or prep.head.pos_ != "VERB":
        return False
    verb = prep.head
    if moves_event(verb):
        return True
    mover = verb.head.head  # "moved the meeting at which owners will vote ... from May 27", hung on the clause
    return _on_the_moved(verb, mover) and moves_event(mover)


def plan_moved_away(root) -> bool:
    """ "The retrial, which was due to open on 3 March, was put back": the day (or place) of a plan that the clause
    it is told in says was moved, in a relative clause on the event moved."""
    if root.dep_ != "pobj" or root.head.head.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    verb = root.head.head
    planned = False  # "was due to", "was scheduled for", "had been set for": a plan, not what was done
    for _ in range(4):
        planned = planned or verb.lemma_.lower() in DUE_WORDS | {"plan"} or verb.lower_ in DUE_WORDS
        if verb.dep_ == "relcl":
            event = verb.head
            if event.dep_ == "pobj" and event.head.lower_ == "of":
                event = event.head.head  # "the trial of X, which was due to open ...", hung on X
            return planned and event.dep_ in ("nsubj", "nsubjpass") and moves_event(event.head)
        if verb.dep_ == "acl" and planned and verb.head.dep_ in ("nsubj", "nsubjpass"):
            # "A meeting, planned for X, was held on Saturday in Y": the plan, where what was done says otherwise
            return _told_otherwise(verb.head.head, root)
        if verb.dep_ not in ("xcomp", "acomp", "ccomp", "auxpass", "aux"):
            return False
        verb = verb.head
    return False


def _told_otherwise(done, root) -> bool:
    """Whether the verb ``done`` gives a place (or a day) of its own, of the kind of the plan's ``root``."""
    if done.pos_ not in ("VERB", "AUX"):
        return False
    if root.ent_type_ == "DATE":
        return any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in c.children)
                   for c in done.children)
    # ("in neighbouring X", parsed with "neighbouring" a verb: a name in the phrase)
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near") and any(t.pos_ == "PROPN" for t in c.subtree)
               for c in done.children)

"""What the verb that tells an event says of it: that the event is not as told (negated, only possible, a plan
given up), that a vote was taken at it, that a series of sittings starts, that it moves something else, that
another event is ahead, or that people only reacted to it. ``events`` reads a noun's frame with these.
"""

from __future__ import annotations

from reconcile.extract.event_nouns import time_of_another
from reconcile.extract.lexicon import (
    DUE_WORDS,
    EVENT_VERBS,
    MOVE_VERBS,
    SERIES_PLURALS,
    SPEECH_VERBS,
    moves_event,
)
from reconcile.extract.tense import PREVIOUSLY, plan_not_kept, verb_tense
from reconcile.extract.triggers import event_class
from reconcile.extract.verb_frames import MAY


def voted_at(verb):
    """The event a vote is taken at ("approved the sale at a general meeting in X on Thursday"), or None: the
    meeting is the event, and its day and place are the vote's."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in VOTED:
        return None
    return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for o in c.children
                 if o.dep_ == "pobj" and event_class(o) is not None and not time_of_another(o)), None)


def series_starts(noun) -> bool:
    """Whether a plural noun of a series of sittings is the subject or object of a verb of it beginning ("its
    hearings will begin on April 6", "will open its hearings"): the start of the series is one event."""
    return noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() in SERIES_PLURALS \
        and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ == "VERB" \
        and noun.head.lemma_.lower() in STARTS


STARTS = {"begin", "start", "open", "resume"}


def moves_another(verb, noun) -> bool:
    """Whether the event a noun names is the subject of a verb that moves something else: "the recount, held on
    Monday, shifted one seat to the greens" moves the seat, not the recount ("the meeting moved to X" and
    "the meeting was moved" move the meeting, and "the fair moved its opening gala" a part of the fair)."""
    return noun.dep_ == "nsubj" and noun.head.i == verb.i and any(
        c.dep_ == "dobj" and not any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
        for c in verb.children)


# Verbs of agreeing to do something: what is agreed to is done later, and somewhere of its own.
_PLEDGING = {"agree", "decide", "resolve", "pledge", "promise", "vow", "undertake", "commit"}


def tells_another_event(child, verb, cls: str) -> bool:
    """Whether a verb joined to the event's tells an event of its own, whose day and place are that event's: told
    in the future when the event's verb is not ("won the first round ... and will face her in a run-off on January
    18"), or taking an event of the same kind as its object ("began with a first round in X in January and continued
    with a second round in Y on May 7")."""
    if (verb_tense(child) == "planned") != (verb_tense(verb) == "planned") and any(
            event_class(t) is not None for t in child.subtree if t.i != child.i):
        return True
    if child.dep_ == "xcomp" and verb.lemma_.lower() in _PLEDGING:
        return True  # "at the round, both agreed to open a customs post at X": what was agreed comes later
    objects = [c for c in child.children if c.dep_ == "dobj"] + [
        g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(event_class(o) == cls for o in objects)


# Verbs of what a meeting's members decide there by their votes: "shareholders approved the sale at a general meeting
# in X on Thursday", "delegates elected her at the congress".
VOTED = {"approve", "vote", "adopt", "pass", "elect", "back", "reject", "endorse", "ratify", "choose", "select",
          "re-elect", "reelect"}


# Verbs of deciding on an event: "the recount was ordered on Wednesday by the court in X" is the day and the place of
# the order ("a recount was ordered for Friday" is the recount's day).
DECIDED = {"order", "request", "demand", "propose", "approve", "authorise", "authorize", "announce", "recommend",
            "reject", "grant", "refuse", "seek"}


def for_a_day(verb) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in verb.children)


# Verbs that call off what was planned.
_CALLED_OFF = {"cancel", "scrap", "abandon", "suspend"}
# Verbs of how people took an event: its subject is the event, but the place is where they reacted.
REACTIONS = {"welcome", "greet", "meet", "hail", "criticise", "criticize", "condemn", "praise", "applaud", "question",
              "denounce", "receive"}


def not_as_it_is(verb) -> bool:
    """Whether the verb that tells the event tells what is not, may not be, or no longer is so."""
    if any(c.dep_ == "neg" for c in verb.children) and (verb.lemma_.lower() in EVENT_VERBS | MOVE_VERBS
                                                        or verb.lemma_ == "be"):
        # "will not be held in the capital as first announced": where it is not, not where it is; but "the
        # radio debate on June 2 did not save her" says nothing against the debate
        return True
    if any(c.dep_ == "aux" and c.lower_ in MAY for c in verb.children):
        return True  # "the ruling can be reviewed by the Supreme Court in Lima": what may happen, not what does
    planned = verb.lemma_.lower() in ("set", "schedule", "plan", "due", "expect") or verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in DUE_WORDS for c in verb.children)  # "Originally the ruling was due ..."
    if planned and any(c.dep_ == "advmod" and c.lower_ in PREVIOUSLY for c in verb.children):
        return True  # "was originally set for May 14": a plan the report says was replaced
    if planned and (verb.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.lower_ in ("was", "were")
                                              for c in verb.children)) and any(
            c.dep_ == "conj" and (moves_event(c) or c.lemma_.lower() in _CALLED_OFF) for c in verb.children):
        return True  # "the final was due on Saturday, but the association postponed it": a plan since changed
    if plan_not_kept(verb):
        # "the hearing had been due to open on Tuesday", "the ruling had been scheduled for June 12": a plan that
        # did not hold
        return True
    # "officials had said the talks would return to the capital": what was said before, since changed
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS \
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.head.children)

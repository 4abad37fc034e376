"""Phrases the parser hangs on the wrong word, and the word they belong to: a place after an aside set off by commas,
a day before a "when" clause, a day hung on an event that another verb acts on.

``attach.attached`` asks these before it walks up the parse from a place or a day.
"""

from __future__ import annotations

from reconcile.extract.lexicon import (
    EVENT_VERBS,
    GATHER_VERBS,
    HOST_VERBS,
    TRAVEL_VERBS,
    TRIGGER_CLASS,
    VERB_EVENTS,
)

# Verbs that only say an event was done, by whoever does it: "made her first visit on Thursday".
_LIGHT_VERBS = {"make", "pay", "give", "undertake", "lead", "mount", "launch", "stage", "wage", "run"}
# Verbs whose object event keeps the day hung on it: verbs that tell an event, or going to, gathering for, hosting
# or doing one.
_EVENTS_OWN_VERBS = EVENT_VERBS | set(VERB_EVENTS) | TRAVEL_VERBS | GATHER_VERBS | HOST_VERBS | _LIGHT_VERBS


def acted_on(noun) -> bool:
    """ "The board approved the takeover on Wednesday": an event told as the object of a verb that is no event's own
    (approving, welcoming, criticising it); the day the parser hangs on the event is the verb's."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.tag_ == "VBD" \
        and verb.lemma_.lower() not in _EVENTS_OWN_VERBS


def outside_an_aside(doc, node):
    """ "will hold a third round of talks on the Silala, a river that flows into Chile, in La Paz from Wednesday":
    a phrase after the comma that closes an aside set off by commas belongs to the verb outside the aside, though
    the parser hangs it on the aside's last verb. That verb, or None when the phrase is no such one."""
    prep = node.head
    if node.dep_ != "pobj" or prep.dep_ != "prep" or not any(t.text == "," for t in doc[prep.head.i:prep.i]):
        return None
    aside = prep.head
    for _ in range(5):
        if aside.dep_ in ("relcl", "appos") and aside.left_edge.i > 0 \
                and doc[aside.left_edge.i - 1].text == "," and aside.left_edge.i < prep.i \
                and any(t.pos_ == "VERB" for t in doc[aside.left_edge.i:prep.i]):  # a clause, not a name set off
            break
        if aside.head.i == aside.i:
            return None
        aside = aside.head
    else:
        return None
    owner = aside.head
    for _ in range(10):
        if owner.pos_ in ("VERB", "AUX") and owner.dep_ != "pcomp":  # not "talks on sharing the waters"
            return owner
        if owner.head.i == owner.i:
            return None
        owner = owner.head
    return None


def when_clause_holder(doc, node, anchors: set[int] | None = None):
    """ "was in the district on June 29, when he met the growers", "on Tuesday, when the talks opened": the word the
    day ``node`` hangs from, when a "when" clause is hung on that day (a clause among ``anchors``, the words of an
    event, if given); the day is then that of what the clause tells, and the holder's tense says whether it is
    ahead. None for any other day."""
    if node.dep_ != "pobj" or node.head.dep_ != "prep":
        return None
    holder = node.head.head  # the verb or noun the day's phrase hangs from
    if holder.lemma_.lower() in VERB_EVENTS or any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") and TRIGGER_CLASS.get(c.lemma_.lower()) for c in holder.children):
        return None  # "attended the ceremony on Sunday, when the doors opened again": the clause tells that event
    clauses = [c for c in [*holder.children, *node.children] if c.dep_ in ("advcl", "relcl") and c.i > node.i
               and any(g.lower_ == "when" and g.dep_ in ("advmod", "mark") for g in c.children)]
    return holder if any(anchors is None or c.i in anchors for c in clauses) else None

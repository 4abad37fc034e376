"""Phrases the parser hangs on the wrong word, and the word they belong to: a place after an aside set off by commas,
a day before a "when" clause, a day hung on an event that another verb acts on, "at" hung on the place's own name,
a town a "where" clause of the event hangs on, a town written right before the event's day, a day between a verb of
saying and what was said, a day right after an event awaited; and places named only to locate another or to say
where an event was not.

``attach.attached`` asks these before it walks up the parse from a place or a day.
"""

from __future__ import annotations

import re

from reconcile.extract.context import DocContext
from reconcile.extract.lexicon import (
    EVENT_VERBS,
    GATHER_VERBS,
    HOST_VERBS,
    LIGHT_VERBS,
    SPEECH_VERBS,
    TRAVEL_VERBS,
    TRIGGER_CLASS,
    VERB_EVENTS,
)
from reconcile.extract.spans import Ent, ent_root, named_venue
from reconcile.normalize.places import gazetteer

# Verbs whose object event keeps the day hung on it: verbs that tell an event, or going to, gathering for, hosting
# or doing one.
_EVENTS_OWN_VERBS = EVENT_VERBS | set(VERB_EVENTS) | TRAVEL_VERBS | GATHER_VERBS | HOST_VERBS | LIGHT_VERBS
# Verbs of finding where someone is, no act of their own: "detectives traced her to X, where she was held".
_FOUND_AT = {"trace", "track"}


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
    if node.dep_ == "npadvmod" and node.head.pos_ in ("VERB", "AUX"):
        holder = node.head  # "the moment came last Thursday, when the candidates met in a debate"
    elif node.dep_ != "pobj" or node.head.dep_ != "prep":
        return None
    else:
        holder = node.head.head  # the verb or noun the day's phrase hangs from
    if holder.lemma_.lower() in VERB_EVENTS or any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") and TRIGGER_CLASS.get(c.lemma_.lower()) for c in holder.children):
        return None  # "attended the ceremony on Sunday, when the doors opened again": the clause tells that event
    clauses = [c for c in [*holder.children, *node.children] if c.dep_ in ("advcl", "relcl") and c.i > node.i
               and any(g.lower_ == "when" and g.dep_ in ("advmod", "mark") for g in c.children)]
    return holder if any(anchors is None or c.i in anchors for c in clauses) else None


def hung_inside(doc, ent: Ent):
    """ "was arrested in March at Blaise Diagne International Airport", parsed with "at" hung on the airport's own
    name: the verb before the preposition, which it belongs to; None when the parse is not so broken."""
    if ent.token_start == 0:
        return None
    prep = doc[ent.token_start - 1]
    if prep.lower_ not in ("at", "in") or not ent.token_start <= prep.head.i < ent.token_end:
        return None
    return next((doc[k] for k in range(prep.i - 1, max(-1, prep.i - 10), -1) if doc[k].pos_ == "VERB"), None)


def where_clause_place(doc, ent: Ent, anchors: set[int]) -> bool:
    """ "after returning from Marstadt, where the two delegations met on Monday": the place a relative clause of
    "where" hangs on is where its verb's event was (not a river's stretch: "villages on the Orvel where ...")."""
    if ent.token_start > 0 and doc[ent.token_start - 1].lower_ == "the" and not named_venue(ent.text):
        return False  # (but "at the Uluguru View Hotel, where ministers will hold the fourth meeting": a building)
    root = ent_root(doc, ent)
    if root.dep_ == "pobj" and root.head.head.pos_ == "VERB" \
            and root.head.head.lemma_.lower() not in _EVENTS_OWN_VERBS | _FOUND_AT | {"drive"}:
        # "was questioned in X, where he had gone for a meeting": X is first the place of an act no event's verb
        # tells, which would lose it; but "crowds gathered in X, where the funeral was held", "the visit ends in X,
        # where the ministers will sign the accord": X is also the other event's
        return False
    return any(doc[i].dep_ == "relcl" and (
        ent.token_start <= doc[i].head.i < ent.token_end or _placed_by(doc[i].head, ent))
        and any(c.lower_ == "where" and c.i < i for c in doc[i].children) for i in anchors)


def _placed_by(noun, ent: Ent) -> bool:
    """ "the spot near X where the launch sank": a noun of a spot placed by the name after it."""
    return noun.lemma_.lower() in _SPOTS and any(
        p.dep_ == "prep" and p.lower_ in ("near", "at", "in", "off", "outside") and any(
            ent.token_start <= o.i < ent.token_end for o in p.children if o.dep_ == "pobj") for p in noun.children)


# Nouns of a spot, which a name after "near" or "at" places: "the spot near X", "the bend outside Y".
_SPOTS = {"spot", "point", "place", "site", "scene", "stretch", "section", "bend", "area", "location", "junction",
          "crossing"}


def town_before_its_day(ctx: DocContext, ent: Ent, anchors: set[int]) -> bool:
    """ "will hold talks on the rights of communities in Marstadt on Monday": a town written right before the day the
    event's verb or noun takes is where the event is, wherever the parser hung it."""
    doc = ctx.doc
    j = ent.token_end
    if j + 1 >= len(doc):
        return False
    if doc[j].lower_ == "on" and doc[j].head.i in anchors:  # "... in Marstadt on Monday"
        day = doc[j + 1]
    elif doc[j].lower_ in ("next", "this") and doc[j].head.i == j + 1:  # "... in Marstadt next Friday"
        day = doc[j + 1]
        if day.head.i not in anchors:
            return False
    else:
        return False
    if day.ent_type_ not in ("DATE", "TIME"):
        return False
    place = gazetteer().lookup(ent.text)
    return place is not None and place.kind == "city"


def place_and_day_closing_the_phrase(ctx: DocContext, ent: Ent, anchors: set[int], dates: bool) -> bool:
    """ "will hold a third round of talks on a canal that X is digging across the Y valley, in Marstadt on June 2": a
    town and its day that close the event noun's phrase, before the speaker or the full stop, are the event's,
    however deep in what the event is about the parser hung them. ``ent`` is the town or the day."""
    doc = ctx.doc
    if dates:
        town = next((e for e in ctx.ents if e.label == "PLACE" and e.token_end == ent.token_start - 1), None)
        day = ent
    else:
        town = ent
        day = next((e for e in ctx.ents if e.label == "DATE" and e.token_start == ent.token_end + 1), None)
    if town is None or day is None or town.token_start < 1 or doc[town.token_start - 1].lower_ != "in" \
            or doc[day.token_start - 1].lower_ not in ("on", "from") or day.token_end >= len(doc) \
            or doc[day.token_end].text not in (",", ".", ";"):
        return False
    if doc[day.token_end].text == ",":
        # only the speaker and the verb of saying may follow: ", the ministry said"
        after = doc[day.token_end + 1: min(day.token_end + 7, doc[day.token_end].sent.end)]
        said = next((t for t in after if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"), None)
        if said is None or any(t.pos_ in ("VERB", "AUX") for t in after if t.i < said.i):
            return False  # the phrase goes on: not its close
    day_root = ent_root(doc, day)
    if not dates and day_root.dep_ == "pobj" and day_root.head.head.i in anchors \
            and doc[day_root.head.head.i].pos_ == "VERB" and town.token_start >= 2 \
            and doc[town.token_start - 2].text == ",":
        # "signed the deal with X, a Y-based broker, in Z on Monday": the day is the
        # verb's, and so is the town written right before it after an aside, however the parser hung the town
        # (not "tour X and the camps in Y on Monday", where the camps are)
        place = gazetteer().lookup(town.text)
        return place is not None and place.kind == "city"
    meeting = [a for a in anchors if doc[a].pos_ == "VERB" and doc[a].lemma_.lower() == "meet" and a < town.token_start]
    between = doc[max(meeting) + 1:town.token_start] if meeting else []
    if meeting and not any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("who", "which", "where", "that") for t in between):
        # "is due to meet community leaders, the mayor and the union in Orvel on Saturday.": the town and the day
        # closing the clause of a meeting's verb, which the parser hung on the last of those met
        place = gazetteer().lookup(town.text)
        return place is not None and place.kind == "city"
    nouns = [a for a in anchors if doc[a].pos_ == "NOUN" and doc[a].lemma_.lower() in TRIGGER_CLASS]
    for noun in nouns:
        # both hang inside the noun's phrase, with no other event noun between
        inside = {x.i for x in doc[noun].subtree} - anchors
        paths = [[t for t in ent_root(doc, e).ancestors if t.i in inside] for e in (town, day)]
        if all(any(a.i == noun for a in ent_root(doc, e).ancestors) for e in (town, day)) and not any(
                t.pos_ == "NOUN" and t.lemma_.lower() in TRIGGER_CLASS for path in paths for t in path):
            place = gazetteer().lookup(town.text)
            return place is not None and place.kind == "city"
    return False


def reported_before_its_speaker(node):
    """ "... will now be held in X, on July 9, the commission said on Monday": a day written at the end of the
    reported clause, before the speaker, which the parser hangs on the verb of saying. The reported clause's verb,
    or None when the day is no such one (a day after the speaker's verb is the saying's)."""
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        prep = node.head
    elif node.dep_ in ("npadvmod", "tmod") and node.ent_type_ == "DATE":
        prep = node  # "... is due in X tomorrow, Thursday, the governor's office said": a day without a preposition
    else:
        return None
    said = prep.head
    if said.lemma_.lower() not in SPEECH_VERBS or said.pos_ != "VERB" or prep.i > said.i:
        return None
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    reported = next((c for c in said.children if c.dep_ == "ccomp" and c.i < prep.i), None)
    if speaker is None or reported is None or not prep.i < speaker.left_edge.i:
        return None
    if not any(t.text == "," for t in node.doc[prep.i + 1:speaker.left_edge.i]):
        return None  # "..., on Tuesday the ministry said": no comma closes the phrase before the speaker
    return reported


def day_right_after_what_is_awaited(doc, node, anchors: set[int]) -> bool:
    """ "remanded in custody ahead of sentencing on June 9", "held until the hearing on May 3": the day right after
    the event awaited is that event's, though the parser hangs it on the verb."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "on" or prep.i == 0 or prep.i - 1 not in anchors:
        return False
    awaited = doc[prep.i - 1]
    held_until = awaited.head  # "of" after "ahead", or "before", "until"
    return awaited.dep_ == "pobj" and (held_until.lower_ in ("before", "until", "pending") or held_until.lower_ == "of"
                                       and held_until.head.lower_ == "ahead") \
        and prep.head.i in (held_until.head.i, held_until.head.head.i)


def said_that_day(node) -> bool:
    """ "The minister said on Wednesday he had appointed a board": a day between a verb of saying and the subject
    of what was said is the day it was said, however the parser hung it."""
    prep = node.head
    verb = prep.head
    if node.dep_ != "pobj" or prep.dep_ != "prep" or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in SPEECH_VERBS or not verb.head.i < prep.i < verb.i:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and prep.i < c.i < verb.i for c in verb.children)


# Nouns of the occasion an act is done at: "will sign the memorandum at a ceremony in X".
_OCCASIONS = {"ceremony", "event", "reception", "gathering"}


def at_an_occasion(node, anchors: set[int]) -> bool:
    """ "are to sign a protocol on rebuilding the bridge at a ceremony in X": the place of the occasion
    an act is done at is the act's, wherever the parser hangs "at a ceremony" under the act's verb."""
    if node.dep_ != "pobj" or node.head.lower_ not in ("in", "at") or node.head.dep_ != "prep":
        return False
    occasion = node.head.head
    for _ in range(3):
        # "at a ceremony at the offices of the electoral board in X": through the rooms and bodies it was held at
        if occasion.lemma_.lower() in _OCCASIONS and occasion.dep_ == "pobj" and occasion.head.lower_ == "at":
            return any(a.i in anchors for a in occasion.ancestors)
        if occasion.dep_ != "pobj" or occasion.head.lower_ not in ("in", "at", "of") or occasion.head.dep_ != "prep":
            return False
        occasion = occasion.head.head
    return False


# Words of a clause that happens at the time of the clause it hangs on: "pleaded not guilty on Monday as his trial
# opened".
_AT_THE_SAME_TIME = {"as", "when", "while"}
# Verbs of the point at which an event starts or ends: "as his trial opened".
_POINTS = {"open", "begin", "start", "resume", "close", "end", "conclude", "convene"}


def same_time_clause(node, anchors: set[int]) -> bool:
    """ "pleaded not guilty on Monday to fraud, as his trial opened in X": the day hung on the main verb is
    also the day an event opens or closes in a clause of "as" or "when" on it, when that clause gives no day of its
    own."""
    if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in ("on", "in"):
        return False
    verb = node.head.head
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
        verb = verb.head  # "pleaded not guilty on Monday"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for i in anchors:
        clause = node.doc[i]
        if clause.dep_ != "advcl" or clause.i < node.i or verb not in clause.ancestors:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in _AT_THE_SAME_TIME for c in clause.children) \
                or clause.lemma_.lower() not in _POINTS or not any(c.dep_ == "nsubj" for c in clause.children):
            continue  # not "as planned", nor "as the trial heard the last words" (a day of a trial that lasts)
        if any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree):
            continue  # the clause has a day of its own
        return True
    return False


_LOCATOR = re.compile(r",\s+(?:just\s+|about\s+|some\s+|[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:outside|near|"
                      r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+"
                      r"(?:the\s+(?:city|town|village|capital|port)\s+of\s+)?$", re.I)


def locates_another(ctx: DocContext, ent: Ent) -> bool:
    """ "in Brazi, just outside the city of Ploiesti": a place named to locate the place before it, which is
    where the event is."""
    window = max(0, ent.start - 60)
    m = _LOCATOR.search(ctx.text, window, ent.start)
    return m is not None and any(e.label == "PLACE" and e.end == m.start() for e in ctx.ents)


def away_from(ctx: DocContext, ent: Ent) -> bool:
    """ "the first time the debate was held outside X", "never before held outside X": somewhere else than X."""
    return bool(_AWAY.search(ctx.text, max(0, ent.start - 100), ent.start))


# "outside X" after "the first time" or "never": away from X, not just beyond its edge.
_AWAY = re.compile(r"\b(?:first\s+time|never)\b[^.;:]*\boutside\s+(?:the\s+)?$", re.I)

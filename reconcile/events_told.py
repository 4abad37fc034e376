"""The events each source tells, built from its frames (``extract.events``): frames that name one event in one
source are merged ("the last round" and "the second round" on one date), and each event is marked with what sets it
apart in its source (the one coming meeting, the one run-off, the numbers of the rounds told as held) for
``event_pairs`` to match events across sources.
"""

from __future__ import annotations

from collections import defaultdict

from reconcile.event_pairs import (
    SLOTS,
    Event,
    cities_of,
    heads,
    lede_again,
    months_of,
    moved_there,
    named_apart,
    same_event,
    slot_score,
)
from reconcile.extract.lexicon import (
    GENERIC_TRIGGERS,
    KIND_NOUNS,
    PERSON_EVENTS,
    SAME_EVENT_NOUNS,
    VERB_EVENTS,
)
from reconcile.extract.results import same_sides
from reconcile.models import Claim
from reconcile.normalize.dates import NormDate
from reconcile.normalize.text import fold

# Nouns of the occasion an act is done at ("the reopening ceremony"), and the acts verbs tell ("reopened").
_RITES_OF = {"ceremony", "celebration"}
_TOLD_BY_VERBS = {noun for _, noun in VERB_EVENTS.values()}


# The kinds of a company's general meeting, which ``SAME_EVENT_NOUNS`` reads as one noun: the yearly one, and one
# called for a purpose ("special" in some countries' company law). An annual and an extraordinary meeting are two.
_SITTINGS = {"annual": "annual", "yearly": "annual", "extraordinary": "extraordinary", "special": "extraordinary"}


def _sittings(members: list[Claim]) -> set[str]:
    """The kinds of general meeting a frame's claims call their event ("an extraordinary general meeting")."""
    found = set()
    for c in members:
        words = fold(c.subject).split()
        found |= {_SITTINGS[w] for w, after in zip(words, words[1:], strict=False)
                  if w in _SITTINGS and after in ("general", "meeting", "shareholders")}
    return found


def events_of(claims: list[Claim]) -> list[Event]:
    """Build each source's events from its frames, merging frames that name the same event."""
    frames: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "event":
            frames[c.qualifiers["frame"]].append(c)
    per_source: dict[str, list[Event]] = defaultdict(list)
    for fid, members in frames.items():
        q = members[0].qualifiers
        ev = Event(members[0].source_id, q["event_class"], [fid], status=q.get("status", ""),
                   relation=q.get("relation", ""), order=min(c.start for c in members),
                   sentence=q.get("sentence", 0), first_sentence=q.get("sentence", 0), moved=bool(q.get("moved")),
                   guessed=bool(q.get("guessed")), final=bool(q.get("final")))
        if q.get("court"):
            ev.courts.add(q["court"])
        if q.get("owner"):
            ev.owners.add(q["owner"])
        ev.sittings = _sittings(members)
        if q.get("game_sides"):
            ev.sides = tuple(q["game_sides"].split("|"))
        trigger = q.get("trigger", "").replace("-", "")  # "run-off" and "runoff", "semi-final" and "semifinal"
        trigger = SAME_EVENT_NOUNS.get(trigger, trigger)
        act, _, rite = trigger.rpartition(" ")
        if rite in _RITES_OF and act in _TOLD_BY_VERBS:
            # "a reopening ceremony": the reopening, which another report tells by "reopened", and a ceremony
            ev.generic.add(rite)
            trigger = act
        if q.get("person") and members[0].subject_key and q["event_class"] in PERSON_EVENTS:
            trigger = f"{q['event_class']} {members[0].subject_key}"  # a trip or a speech is known by who makes it
        elif q.get("person") and members[0].subject_key:
            ev.owners.add(f"person {members[0].subject_key}")  # an arrest is whose it is, when the report names them
        if trigger and trigger not in GENERIC_TRIGGERS:
            ev.triggers.add(trigger)
        elif trigger:
            ev.generic.add(trigger)
        for c in members:
            if c.attribute in SLOTS:
                ev.slots[c.attribute].append(c)
        merged = False
        candidates = list(per_source[ev.source_id])
        if q.get("definite") and candidates:
            # "The three-day session ..." right after "the second round of negotiations": the same event, named again.
            # "It was the second accident at the company's mines", "the accident": the last event of its kind, however
            # far back and whatever acts ("rescuers reached the site") were told since.
            far = bool(q.get("pronoun") or q.get("trigger") in KIND_NOUNS)
            last = _antecedent(candidates, ev, far)
            if (last.event_class == ev.event_class and (far or q.get("sentence", 0) - last.sentence <= 2)
                    and slot_score(last, ev)[2] == 0 and not named_apart(last, ev)):
                candidates = [last] + [c for c in candidates if c is not last]
                ev.relation = ev.relation or "anaphor"
        for other in candidates:
            if (same_event(other, ev, within_source=True) or (ev.relation == "anaphor" and other is candidates[0])
                    or moved_there(other, ev) or lede_again(other, ev, per_source[ev.source_id])):
                for slot, cs in ev.slots.items():
                    other.slots[slot].extend(cs)
                other.frames.extend(ev.frames)
                other.triggers |= ev.triggers
                other.generic |= ev.generic
                other.status = other.status or ev.status
                other.moved = other.moved or ev.moved
                other.guessed = other.guessed and ev.guessed
                other.final = other.final or ev.final
                other.courts |= ev.courts
                other.owners |= ev.owners
                other.sittings |= ev.sittings
                other.sides = other.sides or ev.sides
                other.sentence = max(other.sentence, ev.sentence)
                merged = True
                break
        if not merged:
            per_source[ev.source_id].append(ev)
    # A called-off plan ("Saturday's game was postponed") is context, not an event to compare.
    events = [e for evs in per_source.values() for e in evs
              if any(e.slots.get(s) for s in SLOTS) and e.status != "cancelled"]
    # A generic noun ("the count", "the hearing") that no report uses for two events, in a story where two or
    # more reports use it, names one event of the story. The session just held and the next one ("the fourth
    # session ... the next session in October") are told apart by being past or ahead, so each counts apart.
    most: dict[tuple[str, bool], int] = defaultdict(int)
    told: dict[tuple[str, bool], int] = defaultdict(int)
    for evs in per_source.values():
        for key in {(t, e.upcoming) for e in evs for t in e.generic}:
            most[key] = max(most[key], sum(key[0] in o.generic and o.upcoming == key[1] for o in evs))
            told[key] += 1
    for evs in per_source.values():
        for e in evs:
            e.story_unique = {(t, e.upcoming) for t in e.generic
                              if most[(t, e.upcoming)] == 1 and told[(t, e.upcoming)] >= 2}
    for evs in per_source.values():
        for e in evs:
            e.unique = {t for t in e.triggers if sum(t in o.triggers for o in evs) == 1}
            e.sides_alone = bool(e.sides) and sum(bool(o.sides) and same_sides(e.sides, o.sides) for o in evs) == 1
            e.first_of = {t for t in e.triggers
                          if e is min((o for o in evs if t in o.triggers), key=lambda o: o.order)}
        for e in evs:
            # "the sixth count" where no other count of this report is numbered, past or ahead alike
            e.numbered_alone = {h for h in heads(e) if e.first("ordinal") is not None and not any(
                h in heads(o) and o.first("ordinal") is not None and o.upcoming == e.upcoming
                for o in evs if o is not e and o.event_class == e.event_class)}
        for e in evs:
            e.only_upcoming = e.upcoming and sum(o.upcoming and o.event_class == e.event_class for o in evs) == 1
            if e.upcoming:
                # "the return leg in Manama" beside "the final in Muscat": the one coming leg, if not the one coming match
                others = [heads(o) for o in evs if o is not e and o.upcoming and o.event_class == e.event_class]
                e.alone_ahead = {h for h in heads(e) if not any(h in o for o in others)}
            else:
                others = [heads(o) for o in evs if o is not e and not o.upcoming and o.event_class == e.event_class]
                e.alone_told = {h for h in heads(e) if not any(h in o for o in others)}
            first = min((o for o in evs if o.event_class == e.event_class), key=lambda o: o.order)
            e.lede = first is e and e.first_sentence <= 1
        for e in evs:
            e.numbers_told = {o.first("ordinal").norm for o in evs if o is not e and o.event_class == e.event_class
                              and not o.upcoming and o.first("ordinal") is not None}
            e.days_told = {o.first("ordinal").norm: day for o in evs if o is not e and o.event_class == e.event_class
                           and not o.upcoming and o.first("ordinal") is not None and o.first("date") is not None
                           and isinstance(o.first("date").norm, NormDate)
                           and (day := o.first("date").norm.as_date()) is not None}
        places, months = _held_alone(evs, cities_of), _held_alone(evs, months_of)
        for e in evs:
            e.unique_places, e.unique_months = places[id(e)], months[id(e)]
    return events


def _held_alone(evs: list[Event], keys_of) -> dict[int, set]:
    """For each event of one source (by id), its keys (cities, months) that no other event of the source has."""
    keys = [(e, keys_of(e)) for e in evs]
    return {id(e): {k for k in mine if sum(k in other for _, other in keys) == 1} for e, mine in keys}



def _antecedent(candidates: list[Event], ev: Event, far: bool) -> Event:
    """The event a definite noun names again: the source's last event of its kind, else its last event; for a
    pronoun or a noun for any event of a kind (``far``), its last event of that kind, ahead if the pronoun's verb is
    ("It will be the 34th final")."""
    if not far:
        # "took the oath ... after winning the by-election. ... to witness the ceremony": the last event of its kind
        same_kind = [e for e in candidates if e.event_class == ev.event_class]
        return max(same_kind or candidates, key=lambda e: e.order)
    fitting = [e for e in candidates if e.event_class == ev.event_class
               and (not e.status or not ev.status or e.upcoming == (ev.status == "planned"))]
    return max(fitting, key=lambda e: e.order) if fitting else candidates[0]

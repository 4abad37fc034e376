"""Align: group the claims of several sources that speak of the same thing.

Events are first merged within a source (the "last round" and the "second
round" on the same date are one event), then matched across sources on their
slots: date, place, ordinal and status together, never one slot alone.
Candidates come from blocking on the event class, so the cost stays near
linear. Roles group on the person's entity, quantities on what they count,
quotes on the speaker.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from reconcile.extract.lexicon import GENERIC_TRIGGERS, STAGE_NOUNS
from reconcile.models import Claim, Source, stable_id
from reconcile.normalize.dates import NormDate
from reconcile.slots import place_of, slot_relation

SLOTS = ("ordinal", "date", "place")
MATCH_SCORE = 2.0


@dataclass
class Group:
    """Claims from one or more sources about one (subject, attribute)."""

    kind: str  # event, role, quantity, quote
    key: str
    subject: str
    attribute: str
    claims: list[Claim]
    context: dict = field(default_factory=dict)  # e.g. the event's agreed slots, for explanations

    @property
    def source_ids(self) -> list[str]:
        return sorted({c.source_id for c in self.claims})


# How wide a place is by the kind in its key; a venue or a name the gazetteer lacks counts as a town.
_BREADTH = {"district": 1, "region": 2, "state": 2, "country": 3}


@dataclass
class Event:
    """One event as one source tells it: its slot claims, possibly from several mentions."""

    source_id: str
    event_class: str
    frames: list[str]
    slots: dict[str, list[Claim]] = field(default_factory=lambda: defaultdict(list))
    status: str = ""
    relation: str = ""
    order: int = 0
    sentence: int = 0  # the last sentence that mentions it
    first_sentence: int = 0
    triggers: set[str] = field(default_factory=set)
    unique: set[str] = field(default_factory=set)  # specific event nouns no other event of this source uses
    generic: set[str] = field(default_factory=set)  # generic event nouns it is called by ("count", "meeting")
    story_unique: set[tuple[str, bool]] = field(default_factory=set)  # (generic noun, ahead) no report uses twice
    unique_places: set[str] = field(default_factory=set)  # cities no other event of this kind in the source has
    only_upcoming: bool = False  # the one event of its kind this source says is still to come
    lede: bool = False  # the first event of its kind, told in the source's opening sentences
    moved: bool = False  # the source says the event was moved; its slots are the new ones
    guessed: bool = False  # only a bare "round" names it, of a kind its report guessed
    courts: set[str] = field(default_factory=set)  # levels of the courts whose act it is ("appeal", "first")
    numbers_told: set = field(default_factory=set)  # numbers of the events of its kind its source tells as not ahead

    def first(self, slot: str) -> Claim | None:
        """The slot's claim the event is compared by: the first told, or for a place, the most precise
        ("near Dombala" over "in Guinea" when one report tells the crash and the blaze apart)."""
        claims = self.slots.get(slot) or []
        if slot == "place" and len(claims) > 1:
            return min(claims, key=lambda c: _BREADTH.get(str(c.norm).split(":")[0], 0))
        return claims[0] if claims else None

    @property
    def upcoming(self) -> bool:
        return self.status == "planned"


def align(sources: list[Source], claims: list[Claim], story_of: dict[str, str] | None = None,
          pairs: dict[str, int] | None = None) -> list[Group]:
    """Group claims about the same thing; claims of different stories (``story_of``) never meet.

    ``pairs``, when given, counts the candidate pairs of events compared (under "events")."""
    story_of = story_of or {}
    single = len(set(story_of.values())) <= 1
    groups: list[Group] = []
    for story, members in sorted(_by_story(claims, story_of).items()):
        published = {src.id: src.published.date() for src in sources if src.published is not None}
        for g in _event_groups(members, pairs, published):
            if not single:
                g.key = f"{story}|{g.key}"
            g.context["story"] = story
            groups.append(g)
    by_key: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    sums: dict[tuple[str, str], tuple[str, str, str]] = {}  # quantity groups: (story, attribute, unit)
    for c in claims:
        story = "" if single else story_of.get(c.source_id, "") + "|"
        if c.kind == "role" and c.subject_key:
            by_key[("role", story + c.subject_key)].append(c)
        elif c.kind == "quote" and c.subject_key:
            by_key[("quote", story + c.subject_key)].append(c)
        elif c.kind == "quantity":
            unit = c.qualifiers.get("unit", "")
            # Counts, sums in one currency, and measures in one unit ("3,850 tonnes a day" is not a headcount).
            unit_class = unit or "count"
            if c.qualifiers.get("category") in PRISON_TERMS:
                unit_class = _sentence_unit(unit)
            elif str(c.qualifiers.get("category", "")).startswith("amount") and unit:
                unit_class = unit  # sums in one currency, or measures in one unit ("PESO", "kWh")
            # Sums group on their purpose and currency only: whose sum it is can be unsaid in one source, and
            # the comparison keeps two named payers apart.
            holder = "" if held_apart(c) else c.subject_key
            key = ("quantity", f"{story}{c.attribute}|{unit_class}|{holder}")
            by_key[key].append(c)
            sums[key] = (story, c.attribute, unit_class)
    _purpose_untold(by_key, sums)
    for (kind, key), members in sorted(by_key.items()):
        first = members[0]
        groups.append(Group(kind, key, first.subject, first.attribute, members,
                            context={"story": story_of.get(first.source_id, "")}))
    return groups


def _purpose_untold(by_key: dict[tuple[str, str], list[Claim]], sums: dict[tuple[str, str], tuple[str, str, str]]
                    ) -> None:
    """A sum whose report does not say what it is for ("demanded US$3 million") joins the sums of the one purpose
    the other reports give in that currency ("a ransom of US$2.5 million"), when the story has only that one;
    its own report's other sums of that purpose, if any, keep it out."""
    for key, (story, attribute, unit) in list(sums.items()):
        if attribute != "count:amount" or unit == "count":
            continue
        told = [k for k, (st, attr, u) in sums.items() if st == story and u == unit and attr.startswith("count:amount:")]
        if len(told) != 1:
            continue
        target = by_key[told[0]]
        moved = [c for c in by_key[key] if c.source_id not in {t.source_id for t in target}]
        target.extend(moved)
        by_key[key] = [c for c in by_key[key] if c not in moved]
        if not by_key[key]:
            del by_key[key]


# A prison term, the term before and after an appeal changed it ("cut from nine years to seven"), and the term
# asked for or risked ("prosecutors sought nine years").
PRISON_TERMS = {"sentence", "previous sentence", "revised sentence", "maximum sentence"}


def held_apart(c: Claim) -> bool:
    """Sums and prison terms group without whose they are (it can be unsaid in one report); the comparison
    (``figures.compare_quantities``) keeps two named payers, or two people sentenced, apart."""
    category = str(c.qualifiers.get("category", ""))
    return category.startswith("amount") or category in PRISON_TERMS


def _by_story(claims: list[Claim], story_of: dict[str, str]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        out[story_of.get(c.source_id, "")].append(c)
    return out


def _sentence_unit(unit: str) -> str:
    return {"year": "years", "month": "months", "week": "weeks", "day": "days"}.get(unit.rstrip("s"), unit)


# -- events ------------------------------------------------------------------------------------

# Event nouns that name the same kind of event, and the one they are compared as.
SAME_EVENT_NOUNS = {"quake": "earthquake", "flooding": "flood", "floods": "flood", "capsizing": "capsize",
                    "inauguration": "opening", "acquisition": "takeover", "buyout": "takeover",
                    "shipwreck": "sinking", "mudslide": "landslide"}


def _events(claims: list[Claim]) -> list[Event]:
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
                   guessed=bool(q.get("guessed")))
        if q.get("court"):
            ev.courts.add(q["court"])
        trigger = q.get("trigger", "").replace("-", "")  # "run-off" and "runoff", "semi-final" and "semifinal"
        trigger = SAME_EVENT_NOUNS.get(trigger, trigger)
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
            last = max(candidates, key=lambda e: e.order)
            if (last.event_class == ev.event_class and q.get("sentence", 0) - last.sentence <= 2
                    and _score(last, ev)[2] == 0 and not _named_apart(last, ev)):
                candidates = [last] + [c for c in candidates if c is not last]
                ev.relation = ev.relation or "anaphor"
        for other in candidates:
            if (_same_event(other, ev, within_source=True) or (ev.relation == "anaphor" and other is candidates[0])
                    or _moved_there(other, ev) or _lede_again(other, ev, per_source[ev.source_id])):
                for slot, cs in ev.slots.items():
                    other.slots[slot].extend(cs)
                other.frames.extend(ev.frames)
                other.triggers |= ev.triggers
                other.generic |= ev.generic
                other.status = other.status or ev.status
                other.moved = other.moved or ev.moved
                other.guessed = other.guessed and ev.guessed
                other.courts |= ev.courts
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
        for e in evs:
            e.only_upcoming = e.upcoming and sum(o.upcoming and o.event_class == e.event_class for o in evs) == 1
            first = min((o for o in evs if o.event_class == e.event_class), key=lambda o: o.order)
            e.lede = first is e and e.first_sentence <= 1
        for e in evs:
            e.numbers_told = {o.first("ordinal").norm for o in evs if o is not e and o.event_class == e.event_class
                              and not o.upcoming and o.first("ordinal") is not None}
        cities = [(e, _cities(e)) for e in evs]
        for e, mine in cities:
            e.unique_places = {c for c in mine if sum(c in other for _, other in cities) == 1}
    return events


def _lede_again(lede: Event, ev: Event, events: list[Event]) -> bool:
    """ "Talks in Oruro ended on Wednesday..." then "The meeting in Oruro was the third round": the report's
    opening event, named again in the same city with nothing that disagrees."""
    first = min((e for e in events if e.event_class == lede.event_class), key=lambda e: e.order, default=None)
    if first is not lede or lede.first_sentence > 1 or ev.event_class != lede.event_class:
        return False
    if lede.upcoming != ev.upcoming:
        return False
    # "The talks were the third round": a number a few sentences on, with nothing of the kind told between them
    numbered = _numbered_only(ev) and lede.first("ordinal") is None and ev.first_sentence - lede.sentence <= 4 \
        and not any(e.event_class == lede.event_class and e.order > lede.order for e in events)
    same_city = bool(_cities(lede)) and _cities(lede) == _cities(ev)
    return (numbered or same_city) and _score(lede, ev)[2] == 0


def _numbered_only(ev: Event) -> bool:
    """ "... at the close of the fourth session": an event known only by its number, no place or day of its own."""
    return ev.first("ordinal") is not None and ev.first("place") is None and ev.first("date") is None


def _moved_there(a: Event, b: Event) -> bool:
    """ "The final was moved to Nadi" and "Sunday's final in Nadi" in one report: the moved event and the event
    as held there, when the city is the only one either names and nothing else disagrees."""
    if a.event_class != b.event_class or a.moved == b.moved:
        return False
    ca, cb = a.first("place"), b.first("place")
    if ca is None or cb is None or slot_relation("place", ca, cb) <= 0:
        return False
    if _cities(a) != _cities(b) or len(_cities(a)) != 1:
        return False
    for slot in ("ordinal", "date"):
        x, y = a.first(slot), b.first(slot)
        if x is not None and y is not None and slot_relation(slot, x, y) < 0:
            return False
    return True


def _cities(e: Event) -> set[str]:
    out = set()
    for c in e.slots.get("place", []):
        place = place_of(c)
        if place is not None and place.kind == "city":
            out.add(place.key)
    return out


def _score(a: Event, b: Event) -> tuple[float, int, int]:
    """Slot agreement of two events: (score, slots agreeing, slots conflicting)."""
    agree = conflict = 0
    score = 0.0
    same_day = False
    weights = {"date": 2.0, "place": 1.0, "ordinal": 1.0}
    for slot in SLOTS:
        ca, cb = a.first(slot), b.first(slot)
        if ca is None or cb is None:
            continue
        rel = slot_relation(slot, ca, cb)
        if rel > 0:
            agree += 1
            score += weights[slot]
            if slot == "date" and ca.norm.day is not None and cb.norm.day is not None:
                score += 1.0  # the same day is strong evidence: a story rarely has two such events on one day
                same_day = True
        elif rel < 0:
            conflict += 1
            score -= weights[slot]
    if a.status and b.status and a.status != b.status:
        score -= 1.5
        conflict += 1
    if a.upcoming and b.upcoming:
        score += 3.0  # the next meeting of the same series, as each source tells it
        agree += 1
    if a.unique_places & b.unique_places:
        score += 2.0  # the one meeting each source places in this city
        agree += 1
    if a.unique & b.unique:
        score += 4.0  # the one "run-off" or "medical" each source speaks of
        agree += 2
    if same_day:
        agree += 1
    return score, agree, conflict


def _same_event(a: Event, b: Event, within_source: bool = False) -> bool:
    if a.event_class != b.event_class:
        return False
    if _other_courts(a, b) or _other_stages(a, b):
        return False
    if a.event_class == "action":
        # An act known only by its verb and what it acts on: the same words, once in each report (or twice in one).
        return bool(a.triggers & b.triggers) and (within_source or bool(a.unique & b.unique))
    score, agree, conflict = _score(a, b)
    if not within_source and (_told_as_past(a, b) or _told_as_past(b, a)):
        return False
    if not within_source and (a.unique & b.unique or a.only_upcoming and b.only_upcoming):
        return True  # the one "run-off" (or the one coming hearing) each source speaks of, however its slots differ
    if not within_source and a.story_unique & b.story_unique and not (
            a.status and b.status and a.status != b.status):
        return True  # "the count": the one count every report speaks of
    if not within_source and a.lede and b.lede and (a.status == b.status or not a.status or not b.status) and not (
            a.unique and b.unique and not a.unique & b.unique) and not _called_apart(a, b):
        return True  # each report opens with the story's main event (unless each names a different one)
    if within_source:
        # Within one source a shared place is not enough (many events happen in one city):
        # the same number, the same day, or both being the upcoming event.
        # A tanker that "overturned" and "exploded": in one report, the disaster's events that nothing tells apart
        # are one disaster.
        if a.event_class == "disaster":
            return conflict == 0 and (_strong_key(a, b) or a.status == b.status)
        return conflict == 0 and _strong_key(a, b) and not _named_apart(a, b)
    return score >= MATCH_SCORE and (agree >= 2 or (a.upcoming and b.upcoming))


# Kinds of event whose nouns name different acts: an arrest is not a hearing, a signing not a closure. In sport,
# "matchday 18" and "the 19th-round match" are one game told by two nouns.
_DISTINCT_ACTS = {"court", "talks", "business", "ceremony", "election", "disaster"}


def _called_apart(a: Event, b: Event) -> bool:
    """Two events each called by a noun, none shared, one of them specific: "the arrest" and "the hearing"."""
    if a.event_class not in _DISTINCT_ACTS:
        return False
    names_a, names_b = a.triggers | a.generic, b.triggers | b.generic
    return bool((a.triggers or b.triggers) and names_a and names_b and not names_a & names_b)


def _told_as_past(plan: Event, other: Event) -> bool:
    """ "Will open a third round on Tuesday" in an older report, and a later one that tells the third round as
    held and the next round as ahead: the plan is the round the later report tells, not its next one."""
    number = plan.first("ordinal")
    if not plan.upcoming or number is None or number.norm not in other.numbers_told:
        return False
    own = other.first("ordinal")
    return own is None or own.norm != number.norm


def _named_apart(a: Event, b: Event) -> bool:
    """Two events of one report each named by its own noun: "was returned to prison after the ruling on Tuesday"
    tells an imprisonment and a ruling of one day, not one event."""
    return bool(a.triggers and b.triggers and not a.triggers & b.triggers or _other_courts(a, b))


def _other_stages(a: Event, b: Event) -> bool:
    """Two stages of one competition: the semi-final to be completed and the final set for May 20."""
    sa, sb = (STAGE_NOUNS & (e.triggers | e.generic) for e in (a, b))
    return bool(sa and sb and not sa & sb)


def _other_courts(a: Event, b: Event) -> bool:
    """The acts of two courts of different levels: the trial court's verdict and the appeal court's ruling."""
    return bool(a.courts and b.courts and not a.courts & b.courts)


def _plan_then_report(a: Event, b: Event, published: dict) -> bool:
    """The one event an older report says is to come, and the event a later report opens with as held: the
    plan and what happened, so a moved date or place shows as a conflict between them.

    Only when the later report was published after the planned date (if one was given) and no ordinal tells
    them apart ("the sixth round" planned is not "the fifth round" held).
    """
    if a.event_class != b.event_class or a.event_class == "action" and not a.triggers & b.triggers or _other_stages(a, b):
        return False
    if a.unique and b.unique and not a.unique & b.unique:
        return False  # each named by its own noun: "an extraordinary meeting" planned, "wage negotiations" held
    for plan, held in ((a, b), (b, a)):
        if not (plan.only_upcoming and held.lede and held.status == "held"):
            continue
        p, h = published.get(plan.source_id), published.get(held.source_id)
        if p is None or h is None or not p < h:
            continue
        ca, cb = plan.first("ordinal"), held.first("ordinal")
        if ca is not None and cb is not None and slot_relation("ordinal", ca, cb) < 0:
            continue
        when = plan.first("date")
        day = when.norm.as_date() if when is not None and isinstance(when.norm, NormDate) else None
        if day is not None and day > h:
            continue
        return True
    return False


def _past_by_then(a: Event, b: Event, published: dict) -> bool:
    """Two events each still ahead as its report tells it, where one report gives a day that had passed when the
    other was published: the other's is a later event ("holds its sixth summit on Wednesday", and a week later
    "the next summit will be held in Baku"), unless the other says it was moved."""
    for plan, other in ((a, b), (b, a)):
        if not (plan.upcoming and other.upcoming) or other.moved:
            continue
        when, seen = plan.first("date"), published.get(other.source_id)
        day = when.norm.as_date() if when is not None and isinstance(when.norm, NormDate) else None
        if day is not None and seen is not None and day < seen:
            return True
    return False


def _strong_key(a: Event, b: Event) -> bool:
    if a.upcoming and b.upcoming or a.triggers & b.triggers:
        return True
    for slot in ("ordinal", "date"):
        ca, cb = a.first(slot), b.first(slot)
        if ca is not None and cb is not None and slot_relation(slot, ca, cb) > 0:
            return True
    return False


def _event_groups(claims: list[Claim], counts: dict[str, int] | None = None,
                  published: dict | None = None) -> list[Group]:
    events = _events(claims)
    # "The eighth round", "in the seventh": a round is of whatever the story is about, which one report alone may
    # guess wrongly from its other words; the story's most told kind of event decides.
    told = [e.event_class for e in events if not e.guessed and e.event_class != "action"]
    if told:
        main = max(sorted(set(told)), key=told.count)
        for e in events:
            if e.guessed:
                e.event_class = main
    by_class: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_class[e.event_class].append(e)
    groups: list[Group] = []
    for cls, members in sorted(by_class.items()):
        pairs = []
        candidates = _candidate_pairs(members)
        if counts is not None:
            counts["events"] = counts.get("events", 0) + len(candidates)
        for i, j in candidates:
            a, b = members[i], members[j]
            if a.source_id != b.source_id and not _past_by_then(a, b, published or {}) and (
                    _same_event(a, b) or _plan_then_report(a, b, published or {})):
                pairs.append((_score(a, b)[0], i, j))
        # Greedy one-to-one matching, best pairs first; a cluster holds at most one event per source.
        cluster_of = {i: {i} for i in range(len(members))}
        for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
            ci, cj = cluster_of[i], cluster_of[j]
            if ci is cj:
                continue
            if {members[k].source_id for k in ci} & {members[k].source_id for k in cj}:
                continue
            ci |= cj
            for k in cj:
                cluster_of[k] = ci
        _join_moved_plans(members, cluster_of)
        seen: set[int] = set()
        for i in range(len(members)):
            cluster = cluster_of[i]
            if id(cluster) in seen:
                continue
            seen.add(id(cluster))
            evs = sorted((members[k] for k in cluster), key=lambda e: (e.source_id, e.order))
            key = stable_id("event", cls, min(f for e in evs for f in e.frames))
            context = _describe(evs)
            for slot in SLOTS:
                slot_claims = [e.first(slot) for e in evs if e.first(slot) is not None]
                if slot_claims:
                    subject = _subject(cls, evs, context)
                    groups.append(Group("event", f"{key}|{slot}", subject, slot, slot_claims,
                                        context={**context, "events": len(evs)}))
    return groups


def _join_moved_plans(members: list[Event], cluster_of: dict[int, set[int]]) -> None:
    """ "The second leg is on Saturday in Kumasi" and, days later, "the second leg moves to Tamale on Sunday":
    two clusters of one numbered event, both still ahead, told differently because the plan changed. A report
    may tell both (the old plan and the new), so one source can be in each; they are joined so that the change
    shows as a conflict. Only when exactly two clusters share the number: more would be guesswork."""
    clusters: dict[int, set[int]] = {id(c): c for c in cluster_of.values()}
    by_number: dict[float, list[set[int]]] = defaultdict(list)
    for c in clusters.values():
        numbers = {members[k].first("ordinal").norm for k in c if members[k].first("ordinal") is not None}
        if len(numbers) == 1 and any(members[k].upcoming for k in c):
            by_number[numbers.pop()].append(c)
    for found in by_number.values():
        if len(found) != 2:
            continue
        a, b = found
        conflicting = any(slot_relation(slot, x, y) < 0 for slot in ("date", "place")
                          for x in (members[k].first(slot) for k in a) if x is not None
                          for y in (members[k].first(slot) for k in b) if y is not None)
        if not conflicting:
            continue
        a |= b
        for k in b:
            cluster_of[k] = a


def _blocking_keys(e: Event) -> set[tuple]:
    """Keys two events must share to be compared at all: a day, a place, a number, a status, a unique noun."""
    keys: set[tuple] = set()
    for c in e.slots.get("date", []):
        if isinstance(c.norm, NormDate) and c.norm.month and c.norm.day:
            keys.add(("date", c.norm.month, c.norm.day))
        elif isinstance(c.norm, NormDate) and c.norm.weekday is not None:
            keys.add(("weekday", c.norm.weekday))
    for c in e.slots.get("place", []):
        place = place_of(c)
        keys.add(("place", place.country if place else str(c.norm)))
    for c in e.slots.get("ordinal", []):
        keys.add(("ordinal", c.norm))
    if e.upcoming:
        keys.add(("upcoming",))
    if e.lede or e.only_upcoming:
        keys.add(("lede",))  # a plan an older report announces may be what a later report opens with
    keys.update(("trigger", t) for t in e.unique)
    keys.update(("generic", t, ahead) for t, ahead in e.story_unique)
    return keys


def _candidate_pairs(members: list[Event]) -> list[tuple[int, int]]:
    """Index pairs of events that share a blocking key, so cost follows the matches, not all pairs."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, e in enumerate(members):
        for key in _blocking_keys(e):
            blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for idx in blocks.values():
        for n, i in enumerate(idx):
            for j in idx[n + 1:]:
                if members[i].source_id != members[j].source_id:
                    pairs.add((i, j) if i < j else (j, i))
    return sorted(pairs)


def _describe(evs: list[Event]) -> dict:
    context: dict = {"status": next((e.status for e in evs if e.status), "")}
    for slot in SLOTS:
        values = {str(c.norm) for e in evs for c in e.slots.get(slot, [])}
        if len(values) == 1:
            claims = [c for e in evs for c in e.slots.get(slot, [])]
            # The wording with a number in it ("May 3") reads better out of context than "today" or "Sunday".
            first = min(claims, key=lambda c: not any(ch.isdigit() for ch in c.value)) if slot == "date" else claims[0]
            context[slot] = first.value
            if slot == "date" and not any(ch.isdigit() for ch in first.value) and isinstance(first.norm, NormDate) \
                    and first.norm.day is not None:
                context[slot] = first.norm.as_date().strftime("%B %-d, %Y")
    return context


_ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "initial", "last", "previous", "next", "new",
                  "upcoming", "latest", "planned", "two", "three", "recent"}


_MONTH_ONLY = re.compile(r"(?:early |late |mid-?)?(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\b(?! \d)(?:,? \d{4})?$")


def when(date_text: str) -> str:
    """ "on Sept 15", "in May": a date as written, with the preposition English gives it."""
    return f"{'in' if _MONTH_ONLY.match(date_text) else 'on'} {date_text}"


def _subject(cls: str, evs: list[Event], context: dict) -> str:
    """What the event is, in words every source would accept: "round of talks on May 3 in Geneva"."""
    phrases = [c.qualifiers.get("phrase", "") for e in evs for cs in e.slots.values() for c in cs]
    phrase = min((p for p in phrases if p), key=lambda p: (" of " not in p, len(p)), default=cls)
    words = [w for w in phrase.split() if w.lower() not in ("the", "a", "an", "their", "its", "his", "her", "this",
                                                            "that", "'s")]
    # Drop the words sources disagree on (ordinals, "next"/"last"); keep the kind of event.
    words = [w for w in words if w.lower() not in _ORDINAL_WORDS and not w.lower().endswith("'s")] or words
    phrase = " ".join(words)
    if cls == "achievement":
        # "their third league title" / "for the fourth time": the count of one title or win, named by the
        # fullest wording any source gives
        longest = max((p for p in phrases if p), key=len, default="")
        named = [w for w in longest.split() if w.lower() not in _ORDINAL_WORDS | {"the", "a", "an", "their", "his",
                                                                                 "her", "its"}]
        return " ".join(named) if named and " ".join(named).lower() not in ("time", "times") else "win"
    if context.get("status") == "planned" and not context.get("date"):
        phrase = f"planned {phrase}"
    if context.get("date"):
        phrase += f" {when(context['date'])}"
    if context.get("place"):
        phrase += f" in {context['place']}"
    return phrase

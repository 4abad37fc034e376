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

from reconcile.event_pairs import (
    SLOTS,
    Event,
    cities_of,
    conflict_in,
    heads,
    lede_again,
    moved_there,
    named_apart,
    numbered_far_apart,
    past_by_then,
    plan_then_report,
    same_event,
    slot_score,
    verdict_given,
)
from reconcile.extract.currencies import SHARED_NAMES, has_name
from reconcile.extract.lexicon import GENERIC_TRIGGERS, KIND_NOUNS, PERSON_EVENTS, SAME_EVENT_NOUNS
from reconcile.models import Claim, Source, stable_id
from reconcile.normalize.dates import NormDate
from reconcile.slots import place_of, slot_relation


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
    settled = _shared_names_settled(claims, story_of)
    for c in claims:
        story = "" if single else story_of.get(c.source_id, "") + "|"
        if c.kind == "role" and c.subject_key:
            # A rank in a force is compared with the ranks other reports give, not with the offices: it is held
            # beside any of them, and would make two different offices look like one
            by_key[("role", story + c.subject_key + ("|rank" if c.attribute == "rank" else ""))].append(c)
        elif c.kind == "quote" and c.subject_key:
            by_key[("quote", story + c.subject_key)].append(c)
        elif c.kind == "series":
            by_key[("series", f"{story}{c.qualifiers['counted']}")].append(c)
        elif c.kind == "quantity":
            unit = c.qualifiers.get("unit", "")
            unit = settled.get((story_of.get(c.source_id, ""), unit), unit)
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


def _shared_names_settled(claims: list[Claim], story_of: dict[str, str]) -> dict[tuple[str, str], str]:
    """Sums in a currency named as several countries' are ("2.4 billion pesos" in a report that names no country)
    are in the one currency of that name the story's other reports give ("COP"): (story, name's code) -> code."""
    units: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.kind == "quantity" and (unit := c.qualifiers.get("unit")):
            units[story_of.get(c.source_id, "")].add(unit)
    out = {}
    for story, seen in units.items():
        for shared in seen & SHARED_NAMES.keys():
            national = {u for u in seen if u not in SHARED_NAMES and has_name(u, SHARED_NAMES[shared])}
            if len(national) == 1:
                out[(story, shared)] = national.pop()
    return out


def _purpose_untold(by_key: dict[tuple[str, str], list[Claim]], sums: dict[tuple[str, str], tuple[str, str, str]]
                    ) -> None:
    """A sum whose report does not say what it is for ("demanded US$3 million") joins the sums of the one purpose
    the other reports give in that currency ("a ransom of US$2.5 million"), when only one purpose in that currency
    is told by other reports and not by its own (a report that gives "a cost of US$4.1 million" beside the untold
    sum would have said if the sum were the cost)."""
    for key, (story, attribute, unit) in list(sums.items()):
        if attribute != "count:amount" or unit == "count":
            continue
        told = [k for k, (st, attr, u) in sums.items() if st == story and u == unit and attr.startswith("count:amount:")]
        for c in list(by_key[key]):
            fitting = [k for k in told if c.source_id not in {t.source_id for t in by_key[k]}]
            if len(fitting) == 1:
                by_key[fitting[0]].append(c)
                by_key[key].remove(c)
        if not by_key[key]:
            del by_key[key]


# A prison term, the term before and after an appeal changed it ("cut from nine years to seven"), and the term
# asked for or risked ("prosecutors sought nine years").
PRISON_TERMS = {"sentence", "previous sentence", "revised sentence", "maximum sentence", "sought sentence"}


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
        if q.get("person") and members[0].subject_key:
            trigger = f"{q['event_class']} {members[0].subject_key}"  # a trip or a speech is known by who makes it
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
            e.first_of = {t for t in e.triggers
                          if e is min((o for o in evs if t in o.triggers), key=lambda o: o.order)}
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
        cities = [(e, cities_of(e)) for e in evs]
        for e, mine in cities:
            e.unique_places = {c for c in mine if sum(c in other for _, other in cities) == 1}
    return events



def _antecedent(candidates: list[Event], ev: Event, far: bool) -> Event:
    """The event a definite noun names again: the source's last event; for a pronoun or a noun for any event of a
    kind (``far``), its last event of that kind, ahead if the pronoun's verb is ("It will be the 34th final")."""
    if not far:
        return max(candidates, key=lambda e: e.order)
    fitting = [e for e in candidates if e.event_class == ev.event_class
               and (not e.status or not ev.status or e.upcoming == (ev.status == "planned"))]
    return max(fitting, key=lambda e: e.order) if fitting else candidates[0]


def _event_groups(claims: list[Claim], counts: dict[str, int] | None = None,
                  published: dict | None = None) -> list[Group]:
    events = _events(claims)
    # "The eighth round", "in the seventh": a round is of whatever the story is about, which one report alone may
    # guess wrongly from its other words; the story's most told kind of event decides.
    told = [e.event_class for e in events if not e.guessed and e.event_class != "action"
            and e.event_class not in PERSON_EVENTS]
    if told:
        main = max(sorted(set(told)), key=told.count)
        for e in events:
            if e.guessed:
                e.event_class = main
    by_class: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_class[e.event_class].append(e)
        e.published = (published or {}).get(e.source_id)
    groups: list[Group] = []
    for cls, members in sorted(by_class.items()):
        pairs = []
        candidates = _candidate_pairs(members)
        if counts is not None:
            counts["events"] = counts.get("events", 0) + len(candidates)
        apart: set[tuple[int, int]] = set()
        for i, j in candidates:
            a, b = members[i], members[j]
            if a.source_id == b.source_id:
                continue
            later = past_by_then(a, b, published or {})
            if later is not None:
                if conflict_in(a, b, "place") and not later.lede:
                    # a plan, and "the next meeting" elsewhere told further down a later report: not the plan moved,
                    # which a report opens with
                    apart.add((i, j))
            elif same_event(a, b) or plan_then_report(a, b, published or {}) or verdict_given(a, b, published or {}):
                pairs.append((slot_score(a, b)[0], i, j))
        # Greedy one-to-one matching, best pairs first; a cluster holds at most one event per source, and never two
        # events known to be apart (a plan whose day had passed when the other report still told its event ahead).
        cluster_of = {i: {i} for i in range(len(members))}
        for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
            ci, cj = cluster_of[i], cluster_of[j]
            if ci is cj:
                continue
            if {members[k].source_id for k in ci} & {members[k].source_id for k in cj}:
                continue
            if any((min(x, y), max(x, y)) in apart or numbered_far_apart(members[x], members[y])
                   for x in ci for y in cj):
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
    keys.update(("trigger", t) for t in e.unique | e.first_of)
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

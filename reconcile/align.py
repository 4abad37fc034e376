"""Align: group the claims of several sources that speak of the same thing.

Events are first built within each source (``events_told``: the "last round" and
the "second round" on the same date are one event), then matched across sources on their
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
    conflict_in,
    heads,
    held_then_ahead,
    numbered_a_week_apart,
    numbered_far_apart,
    other_owners,
    same_event,
    slot_score,
)
from reconcile.event_plans import (
    past_by_then,
    plan_then_report,
    verdict_given,
    verdict_told_twice,
)
from reconcile.events_told import events_of
from reconcile.extract.lexicon import PERSON_EVENTS, SAME_EVENT_NOUNS, VERDICT_ACTS
from reconcile.models import Claim, Source, stable_id
from reconcile.normalize.dates import NormDate
from reconcile.slots import place_of, place_relation, slot_relation


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


# Sums a report always names for what they are, so that a bare sum is never taken for one: the price a sale opened
# at, a court's bail.
_NEVER_UNTOLD = {"count:amount:starting price", "count:amount:bail"}


def _purpose_untold(by_key: dict[tuple[str, str], list[Claim]], sums: dict[tuple[str, str], tuple[str, str, str]]
                    ) -> None:
    """A sum whose report does not say what it is for ("demanded US$3 million") joins the sums of the one purpose
    the other reports give in that currency ("a ransom of US$2.5 million"), when only one purpose in that currency
    is told by other reports and not by its own (a report that gives "a cost of US$4.1 million" beside the untold
    sum would have said if the sum were the cost)."""
    for key, (story, attribute, unit) in list(sums.items()):
        if attribute != "count:amount" or unit == "count":
            continue
        told = [k for k, (st, attr, u) in sums.items() if st == story and u == unit and attr.startswith("count:amount:")
                and attr not in _NEVER_UNTOLD]
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
    """Sums, prison terms and bans group without whose they are (it can be unsaid in one report); the comparison
    (``figures.compare_quantities``) keeps two named payers, two people sentenced or two banned, apart."""
    category = str(c.qualifiers.get("category", ""))
    return category.startswith("amount") or category in PRISON_TERMS or category == "ban length"


def _by_story(claims: list[Claim], story_of: dict[str, str]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        out[story_of.get(c.source_id, "")].append(c)
    return out


def _sentence_unit(unit: str) -> str:
    return {"year": "years", "month": "months", "week": "weeks", "day": "days"}.get(unit.rstrip("s"), unit)


# -- events ------------------------------------------------------------------------------------

# Verbs that only await or hand down an event named by their object: "expects the handover on Friday", "will give
# its approval on Monday", "delivered its decision on Tuesday".
_AWAITING = {"expect", "await", "give", "deliver"}
# What a court hands down, by the word a report gives it ("delivered its decision", "gave its ruling"): the
# verdict another report tells, where one does.
_HANDED_DOWN = {word: "verdict" for word, same in SAME_EVENT_NOUNS.items() if same == "verdict"} | {"decision": "verdict"}


def _awaited_by_their_nouns(events: list[Event]) -> None:
    """An act of awaiting or handing down whose object is a noun another report names the event by ("expects the
    handover", "gave its approval") is that event, of its kind."""
    kind_of: dict[str, set[str]] = defaultdict(set)
    for e in events:
        if e.event_class != "action" and e.event_class not in PERSON_EVENTS:
            for head in heads(e):
                kind_of[head].add(e.event_class)
    for e in events:
        if e.event_class != "action":
            continue
        nouns = {t: called for t in e.triggers if (words := t.split())[0] in _AWAITING for w in words[1:]
                 if (called := _HANDED_DOWN[w] if _HANDED_DOWN.get(w) in kind_of else w) in kind_of}
        kinds = {k for w in nouns.values() for k in kind_of[w]}
        if len(kinds) == 1 and len(nouns) == len(e.triggers):
            e.event_class = kinds.pop()
            for called in (e.triggers, e.unique, e.first_of, e.alone_ahead, e.alone_told, e.numbered_alone):
                called |= {nouns[t] for t in called & nouns.keys()}  # known by the noun as the event is


def _event_groups(claims: list[Claim], counts: dict[str, int] | None = None,
                  published: dict | None = None) -> list[Group]:
    events = events_of(claims)
    # "The eighth round", "in the seventh": a round is of whatever the story is about, which one report alone may
    # guess wrongly from its other words; the story's most told kind of event decides.
    told = [e.event_class for e in events if not e.guessed and e.event_class != "action"
            and e.event_class not in PERSON_EVENTS]
    if told:
        main = max(sorted(set(told)), key=told.count)
        for e in events:
            if e.guessed:
                # (but a "round" another report tells as a "round of talks" is of talks)
                named = [x.event_class for x in events if not x.guessed and x.event_class in told
                         and heads(x) & heads(e)]
                e.event_class = max(sorted(set(named)), key=named.count) if named else main
    _awaited_by_their_nouns(events)
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
                if conflict_in(a, b, "place") and (not (later.lede or later.moved or a.unique & b.unique)
                                                   or conflict_in(a, b, "ordinal")):
                    # a plan, and "the next meeting" elsewhere told further down a later report: not the plan moved,
                    # which a report opens with, and which keeps its number (nor the one signing each report tells)
                    apart.add((i, j))
            elif same_event(a, b) or verdict_given(a, b, published or {}) or verdict_told_twice(a, b):
                pairs.append((slot_score(a, b)[0], i, j))
            elif plan_then_report(a, b, published or {}):
                pairs.append((slot_score(a, b, plan=True)[0], i, j))
        # Greedy one-to-one matching, best pairs first; a cluster holds at most one event per source, and never two
        # events known to be apart (a plan whose day had passed when the other report still told its event ahead;
        # two companies' shareholders' meetings; an event told as held and one a later report still tells ahead).
        cluster_of = {i: {i} for i in range(len(members))}
        for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
            ci, cj = cluster_of[i], cluster_of[j]
            if ci is cj:
                continue
            if {members[k].source_id for k in ci} & {members[k].source_id for k in cj}:
                continue
            if any((min(x, y), max(x, y)) in apart or numbered_far_apart(members[x], members[y])
                   or numbered_a_week_apart(members[x], members[y])
                   or other_owners(members[x], members[y]) or held_then_ahead(members[x], members[y])
                   or held_then_ahead(members[y], members[x]) for x in ci for y in cj):
                continue
            ci |= cj
            for k in cj:
                cluster_of[k] = ci
        _join_moved_plans(members, cluster_of)
        trips = _with_several_stops(members) if cls == "visit" else set()
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
                if slot == "place" and any(id(e) in trips for e in evs):
                    continue
                if slot_claims:
                    subject = _subject(cls, evs, context)
                    groups.append(Group("event", f"{key}|{slot}", subject, slot, slot_claims,
                                        context={**context, "events": len(evs)}))
    return groups


def _with_several_stops(members: list[Event]) -> set[int]:
    """The ids of the visits a report puts in two places that are not one: a trip with stops ("visited the site
    near X ... later met the injured at a hospital in Y"), which another report naming one stop does not
    contradict. The stops may be told as one event of the report or as several of the same person's."""
    stops: dict[tuple[str, str], list[Claim]] = defaultdict(list)  # (source, trigger) -> the places told
    for m in members:
        for trigger in m.triggers:
            stops[(m.source_id, trigger)].extend(m.slots.get("place") or [])
    apart = {key for key, places in stops.items() if _not_one_place(places)}
    return {id(m) for m in members if _not_one_place(m.slots.get("place") or [])
            or any((m.source_id, t) in apart for t in m.triggers)}


def _not_one_place(places: list[Claim]) -> bool:
    return any(place_relation(a, b) in ("different", "unknown") for i, a in enumerate(places) for b in places[i + 1:])


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
    # a game known by its sides, each side by the first or the last word of its name ("Kelvo", "the Falcons")
    keys.update(("side", words[k]) for side in e.sides for words in [side.split()] for k in (0, -1))
    keys.update(("generic", t, ahead) for t, ahead in e.story_unique)
    keys.update(("numbered", h, e.upcoming) for h in e.numbered_alone)
    keys.update(("owner", o) for o in e.owners)  # the arrest of one person named, wherever each report puts it
    if e.event_class == "court" and (e.status == "held" and e.triggers and e.triggers <= VERDICT_ACTS
                                     or "verdict" in e.alone_ahead):
        # a verdict two reports date a day apart (``verdict_told_twice``), and the verdict one report says is to
        # come (``verdict_given``)
        keys.add(("verdict",))
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

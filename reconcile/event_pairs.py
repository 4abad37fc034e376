"""Events as one source tells them, and whether two of them are one event.

An ``Event`` gathers the slot claims (place, date, ordinal) a source gives one event, with what the source says of
it (planned or held, the nouns it is called by, whether it opens the report). The predicates here decide whether two
events are one: within a source, where a shared place is not enough, and across sources, where the slots must agree
(``score``), or the story's words single the event out (the one "run-off" each report names, the event each report
opens with). A plan and the later report of it are ``event_plans``'s.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from reconcile.extract.lexicon import KIND_NOUNS, PERSON_EVENTS, STAGE_NOUNS
from reconcile.extract.owners import same_body
from reconcile.extract.results import one_side, same_sides
from reconcile.models import Claim
from reconcile.normalize.dates import NormDate, weekday_named
from reconcile.slots import breadth, place_of, slot_relation

SLOTS = ("ordinal", "date", "place")
MATCH_SCORE = 2.0



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
    first_of: set[str] = field(default_factory=set)  # specific event nouns this source uses first for this event
    generic: set[str] = field(default_factory=set)  # generic event nouns it is called by ("count", "meeting")
    story_unique: set[tuple[str, bool]] = field(default_factory=set)  # (generic noun, ahead) no report uses twice
    unique_places: set[str] = field(default_factory=set)  # cities no other event in the source is in
    unique_months: set[tuple[int, int]] = field(default_factory=set)  # months no other event in the source is in
    only_upcoming: bool = False  # the one event of its kind this source says is still to come
    numbered_alone: set[str] = field(default_factory=set)  # head nouns of the one numbered event of its kind here
    alone_ahead: set[str] = field(default_factory=set)  # head nouns no other coming event of its kind here is called by
    alone_told: set[str] = field(default_factory=set)  # head nouns no other event of its kind here, not ahead, is called by
    lede: bool = False  # the first event of its kind, told in the source's opening sentences
    moved: bool = False  # the source says the event was moved; its slots are the new ones
    guessed: bool = False  # only a bare "round" names it, of a kind its report guessed
    final: bool = False  # told as the last of its series ("the fourth and final round")
    courts: set[str] = field(default_factory=set)  # levels of the courts whose act it is ("appeal", "first")
    owners: set[str] = field(default_factory=set)  # the bodies whose members' meeting it is; the person arrested
    sittings: set[str] = field(default_factory=set)  # the kinds of general meeting it is called ("annual")
    numbers_told: set = field(default_factory=set)  # numbers of the events of its kind its source tells as not ahead
    days_told: dict = field(default_factory=dict)  # the day each of those numbered events was held, where told
    published: dt.date | None = None  # the day its source was published
    sides: tuple[str, ...] = ()  # the two sides of a game told by its result
    sides_alone: bool = False  # no other game of its source is between these two sides

    def first(self, slot: str) -> Claim | None:
        """The slot's claim the event is compared by: the first told; for a place, the most precise ("near Dombala"
        over "in Guinea" when one report tells the crash and the blaze apart); for a date, the first that names a
        day ("convicted last week" in the opening, "convicted on October 13" further down: October 13)."""
        claims = self.slots.get(slot) or []
        if slot == "place" and len(claims) > 1:
            # (of a town and a ground in it, told apart: the ground)
            return min(claims, key=lambda c: (breadth(c), not c.qualifiers.get("venue")))
        if slot == "date" and len(claims) > 1 and day_of(claims[0]) is None:
            return next((c for c in claims if day_of(c) is not None), claims[0])
        return claims[0] if claims else None

    @property
    def upcoming(self) -> bool:
        return self.status == "planned"


def lede_again(lede: Event, ev: Event, events: list[Event]) -> bool:
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
    same_city = bool(cities_of(lede)) and cities_of(lede) == cities_of(ev)
    return (numbered or same_city) and slot_score(lede, ev)[2] == 0


def conflict_in(a: Event, b: Event, slot: str) -> bool:
    """Whether both events give ``slot`` and the two values disagree."""
    x, y = a.first(slot), b.first(slot)
    return x is not None and y is not None and slot_relation(slot, x, y) < 0


def _numbered_only(ev: Event) -> bool:
    """ "... at the close of the fourth session": an event known only by its number, no place or day of its own."""
    return ev.first("ordinal") is not None and ev.first("place") is None and ev.first("date") is None


def moved_there(a: Event, b: Event) -> bool:
    """ "The final was moved to Nadi" and "Sunday's final in Nadi" in one report: the moved event and the event
    as held there, when the city is the only one either names and nothing else disagrees."""
    if a.event_class != b.event_class or a.moved == b.moved:
        return False
    ca, cb = a.first("place"), b.first("place")
    if ca is None or cb is None or slot_relation("place", ca, cb) <= 0:
        return False
    if cities_of(a) != cities_of(b) or len(cities_of(a)) != 1:
        return False
    for slot in ("ordinal", "date"):
        x, y = a.first(slot), b.first(slot)
        if x is not None and y is not None and slot_relation(slot, x, y) < 0:
            return False
    return True


def cities_of(e: Event) -> set[str]:
    out = set()
    for c in e.slots.get("place", []):
        place = place_of(c)
        if place is not None and place.kind == "city":
            out.add(place.key)
    return out


def months_of(e: Event) -> set[tuple[int, int]]:
    """The months (year, month) the event's dates fall in, where a date gives both."""
    out = set()
    for c in e.slots.get("date", []):
        d = c.norm
        if isinstance(d, NormDate) and d.year is not None and d.month is not None and d.months is None:
            out.add((d.year, d.month))
    return out


def slot_score(a: Event, b: Event, plan: bool = False) -> tuple[float, int, int]:
    """Slot agreement of two events: (score, slots agreeing, slots conflicting). With ``plan``, the events are a
    plan and what a later report tells as held: the status they differ in and the day or place the plan changed
    (which is what is to be shown) cost nothing, and the pair outbids one that merely agrees on nothing."""
    agree = conflict = 0
    score = 0.5 if plan else 0.0
    same_day = False
    weights = {"date": 2.0, "place": 1.0, "ordinal": 1.0}
    for slot in SLOTS:
        ca, cb = a.first(slot), b.first(slot)
        if ca is None or cb is None:
            continue
        rel = slot_relation(slot, ca, cb)
        if slot == "date" and rel == 0 and _weeks_apart_by_one_weekday(ca, cb):
            rel = -1  # "on Wednesday" in reports a week apart, each of an event held: two Wednesdays
        if rel > 0:
            agree += 1
            score += weights[slot]
            if slot == "date" and ca.norm.day is not None and cb.norm.day is not None:
                score += 1.0  # the same day is strong evidence: a story rarely has two such events on one day
                same_day = True
        elif rel < 0:
            conflict += 1
            score -= 0.0 if plan and slot in ("date", "place") else weights[slot]
    if a.status and b.status and a.status != b.status:
        score -= 0.0 if plan else 1.5
        conflict += 1
    if a.upcoming and b.upcoming and not conflict_in(a, b, "ordinal"):
        # the next meeting of the same series, as each source tells it (not "Game 4" and "a fifth game", both ahead)
        score += 3.0
        agree += 1
    if a.unique_places & b.unique_places:
        score += 2.0  # the one meeting each source places in this city
        agree += 1
    if a.unique_months & b.unique_months and not conflict_in(a, b, "date"):
        score += 1.0  # the one event each source dates to this month ("a first round in January", "began in January")
        agree += 1
    if a.unique & b.unique:
        score += 4.0  # the one "run-off" or "medical" each source speaks of
        agree += 2
    if a.sides and b.sides and same_sides(a.sides, b.sides):
        score += 4.0  # a game between the same two sides
        agree += 2
    if any(same_body(x, y) for x in a.owners for y in b.owners):
        score += 2.0  # the arrest of the one person named, the meeting of one company's shareholders
        agree += 1
    if same_day:
        agree += 1
    return score, agree, conflict


def _weeks_apart_by_one_weekday(a: Claim, b: Claim) -> bool:
    """The same weekday named by two reports of a day past, read a week or more apart: not the same day (a
    comparison of the two leaves it unsaid which week each meant; the events' match does not)."""
    x, y = day_of(a), day_of(b)
    return x is not None and y is not None and abs((x - y).days) >= 7 \
        and a.qualifiers.get("status") == b.qualifiers.get("status") == "held" \
        and weekday_named(a.value) is not None and weekday_named(a.value) == weekday_named(b.value)


def same_event(a: Event, b: Event, within_source: bool = False) -> bool:
    if a.event_class != b.event_class:
        return False
    if other_courts(a, b) or other_stages(a, b) or other_owners(a, b):
        return False
    if within_source and a.sides and b.sides and not same_sides(a.sides, b.sides):
        return False  # one report's results of two games: "X beat Y ..., and Z beat W ..."
    if not within_source and (a.sides or b.sides):
        sided = _sided_match(a, b)
        if sided is not None:
            return sided
    if a.event_class == "action":
        # An act known only by its verb and what it acts on: the same words, once in each report (or twice in one).
        return bool(a.triggers & b.triggers) and (within_source or bool(a.unique & b.unique))
    if apart_by_person(a, b) or numbered_far_apart(a, b):
        return False
    if a.event_class.startswith("day of ") and conflict_in(a, b, "date"):
        return False  # "entered its fourth day on Tuesday", "its fifth day on Wednesday": two days of the strike
    if not within_source and (held_then_ahead(a, b) or held_then_ahead(b, a)):
        return False
    score, agree, conflict = slot_score(a, b)
    if not within_source and (_told_as_past(a, b) or _told_as_past(b, a)):
        return False
    if "leg" in heads(a) & heads(b) and conflict_in(a, b, "ordinal") and conflict_in(a, b, "place"):
        return False  # the first leg at home and the return leg away: two games of one tie, each alone ahead
    if not within_source and (a.unique & b.unique or a.only_upcoming and b.only_upcoming and not _named_by_other_words(a, b)):
        # the one "run-off" (or the one coming hearing) each source speaks of, however its slots differ; not the one
        # coming "signing" of one report and the one coming "handover" of another
        return True
    if not within_source and a.story_unique & b.story_unique and not (
            a.status and b.status and a.status != b.status) and not _numbered_and_dated_apart(a, b) \
            and not _weeks_apart(a, b) \
            and not (a.event_class == "election" and a.status != b.status and conflict_in(a, b, "ordinal")):
        # "the count": the one count every report speaks of; not an election's "first round" held and the
        # "second round" a candidate would fight in
        return True
    if not within_source and a.upcoming and b.upcoming and a.alone_ahead & b.alone_ahead \
            and not conflict_in(a, b, "ordinal") and (a.relation == b.relation == "next" or not (
                conflict_in(a, b, "place") and conflict_in(a, b, "date"))):
        # "a ruling is expected on March 23" and "put back its ruling to April 6": the one coming ruling; "the next
        # round in X in June" and "the next round in Y in July", wherever and whenever each puts it
        return True
    if not within_source and _numbered_alike(a, b):
        return True  # "the sixth count" and "the seventh count": the one numbered count each report tells
    if not within_source and _same_number(a, b):
        return True  # "the second round, held in X in April" and "won the second round in Y": one round
    if not within_source and a.final and b.final and heads(a) & heads(b) and not conflict_in(a, b, "place"):
        return True  # "the fourth and final round" and "the fifth and final round": the one last round, misnumbered
    if not within_source and a.first_of & b.first_of and (a.lede or b.lede) and a.status == b.status == "held" \
            and not conflict_in(a, b, "ordinal"):
        return True  # "the recall" a report opens with, and the first recall another report tells
    if not within_source and a.lede and b.lede and (a.status == b.status or not a.status or not b.status) and not (
            a.unique and b.unique and not a.unique & b.unique) and not called_apart(a, b) \
            and not _numbered_and_dated_apart(a, b):
        return True  # each report opens with the story's main event (unless each names a different one)
    if within_source:
        # Within one source a shared place is not enough (many events happen in one city):
        # the same number, the same day, or both being the upcoming event.
        # A tanker that "overturned" and "exploded": in one report, the disaster's events that nothing tells apart
        # are one disaster.
        if a.event_class == "disaster":
            return conflict == 0 and (_strong_key(a, b) or a.status == b.status)
        if _next_after_another(a, b) or _next_after_another(b, a):
            return False
        if _one_verdict_told(a, b):
            return conflict == 0
        return conflict == 0 and _strong_key(a, b) and not named_apart(a, b)
    if called_apart(a, b) and not _same_date(a, b):
        return False  # "the trial" and "the sentencing", both in the city the court sits in: two acts, not one
    return score >= MATCH_SCORE and (agree >= 2 or (a.upcoming and b.upcoming))


# The sentences apart within which a report's verdict and its sentence are one act told twice.
_VERDICT_NEAR = 2
# A sentence handed down and a ruling, one of each: a conviction recalled beside the ruling on its appeal is another
# act.
_SENTENCED_AND_RULED = {"sentencing", "verdict"}
_YEAR = re.compile(r"\b\d{4}\b")


def _one_verdict_told(a: Event, b: Event) -> bool:
    """ "A court on Tuesday jailed X for six years" and, next, "X was convicted, the regional court in Y
    ruled": one report telling the one verdict by two acts, the day with one and the court's town with the other.
    A sentence dated with its year ("when he was sentenced on May 3, 2024") is one recalled, not the day's news."""
    return (a.event_class == b.event_class == "court" and a.status == b.status == "held"
            and len(a.triggers) == len(b.triggers) == 1 and a.triggers | b.triggers == _SENTENCED_AND_RULED
            and abs(a.sentence - b.sentence) <= _VERDICT_NEAR
            and any(a.slots.values()) and any(b.slots.values())
            and not any(_YEAR.search(c.value) for e in (a, b) for c in e.slots.get("date", [])))


def _next_after_another(a: Event, b: Event) -> bool:
    """ "postponed the semi-finals to Sunday ... the World Cup moves on to X for its next round": the next event
    of a report is not one it named by its own noun, or as a stage, without calling it the next (but "the talks"
    and "the next round" may be one)."""
    return b.relation == "next" and a.relation != "next" and bool(a.triggers | a.generic & STAGE_NOUNS) \
        and not heads(a) & heads(b)


def _same_date(a: Event, b: Event) -> bool:
    ca, cb = a.first("date"), b.first("date")
    return ca is not None and cb is not None and slot_relation("date", ca, cb) > 0


def _sided_match(a: Event, b: Event) -> bool | None:
    """Two reports' games, one or both told by the sides that played it: the same game when each report tells one
    game between the same two sides, with the same number if either numbers it (the fourth game of a final series
    is not the fifth); never a game with no side in common. A game told by its sides alone, with no stage, is not
    compared with a game told without them: a series or a pool has many; one also called by a noun of its own
    ("the semi-final", "the third-round tie"), or numbered as the other game is and on its day, is. None where the sides do not decide."""
    if a.sides and b.sides:
        if not any(one_side(x, y) for x in a.sides for y in b.sides):
            return False
        x, y = a.first("ordinal"), b.first("ordinal")
        numbered_alike = x is None and y is None or x is not None and y is not None and x.norm == y.norm
        return same_sides(a.sides, b.sides) and a.sides_alone and b.sides_alone and not other_stages(a, b) \
            and numbered_alike
    sided, other = (a, b) if a.sides else (b, a)
    # (nor one numbered, with a game numbered too and on its day: "started in the second round on April 2 with a
    # 4-1 win over X")
    numbered = sided.first("ordinal") is not None and other.first("ordinal") is not None and _same_date(a, b)
    return None if sided.triggers or STAGE_NOUNS & heads(sided) or numbered else False


def held_then_ahead(a: Event, b: Event) -> bool:
    """An act one report tells as done, and a later report as still to come: another act of the kind ("the
    memorandum the two countries signed in X in 2009", then "will sign their accord in Y in July")."""
    return a.status == "held" and b.status == "planned" and a.published is not None and b.published is not None \
        and a.published < b.published


# Kinds of event whose nouns name different acts: an arrest is not a hearing, a signing not a closure. In sport,
# "matchday 18" and "the 19th-round match" are one game told by two nouns.
_DISTINCT_ACTS = {"court", "talks", "business", "ceremony", "election", "disaster"}


def apart_by_person(a: Event, b: Event) -> bool:
    """Two events known by the person who makes them (``PERSON_EVENTS``) that are not one: two people's trips or
    speeches; one person's trips to two places on two days, however few each report tells; a candidate's speeches
    on two days (one on the night of each round)."""
    if a.event_class not in PERSON_EVENTS:
        return False
    if a.triggers and b.triggers and not a.triggers & b.triggers:
        return True
    if a.event_class == "speech":
        return conflict_in(a, b, "date")
    return conflict_in(a, b, "date") and conflict_in(a, b, "place")


def numbered_far_apart(a: Event, b: Event) -> bool:
    """ "The first round of talks" and "the fifth round": numbers two or more apart name two events of a series.
    Reports that number one event differently are one off ("the fourth round" and "the fifth"), or swap two
    digits ("the 46th session" and "the 64th")."""
    x, y = a.first("ordinal"), b.first("ordinal")
    if x is None or y is None or not isinstance(x.norm, int) or not isinstance(y.norm, int):
        return False
    if "edition" in a.unique & b.unique:
        return False  # "the 28th edition of the final" and "the 26th edition": the one edition each report tells
    return abs(x.norm - y.norm) >= 2 and sorted(str(x.norm)) != sorted(str(y.norm))


def _numbered_alike(a: Event, b: Event) -> bool:
    """The one event of a series each report numbers ("the sixth count", "the seventh count"), called by the same
    noun, both past or both ahead, one apart, with no day or place that differs: one event numbered differently."""
    if not (a.numbered_alone & b.numbered_alone) or a.upcoming != b.upcoming or a.final != b.final:
        return False  # (not the sixth game and "the seventh and deciding game")
    if 1 in (a.first("ordinal").norm, b.first("ordinal").norm):
        return False  # a series' first event and its second are each often told alone: the first leg, the run-off
    return not numbered_far_apart(a, b) and not conflict_in(a, b, "date") and not conflict_in(a, b, "place")


def _same_number(a: Event, b: Event) -> bool:
    """The event each report gives the same number, called by the same noun, both past or both ahead, where neither
    report numbers another event of the kind so: one event, wherever and whenever each puts it."""
    x, y = a.first("ordinal"), b.first("ordinal")
    return x is not None and y is not None and isinstance(x.norm, int) and x.norm == y.norm \
        and a.upcoming == b.upcoming and bool(heads(a) & heads(b)) and not a.final and not b.final \
        and x.norm not in a.numbers_told and y.norm not in b.numbers_told


# Days apart beyond which two reports' days for an event each tells once are two events ("a round of talks ended on
# Monday" and, seven weeks later, "agreed at a round of talks on April 20"), not one misdated.
_APART_DAYS = 14


def _weeks_apart(a: Event, b: Event) -> bool:
    x, y = day_of(a.first("date")), day_of(b.first("date"))
    return x is not None and y is not None and abs((x - y).days) > _APART_DAYS


def _numbered_and_dated_apart(a: Event, b: Event) -> bool:
    """ "The first leg on Tuesday" and "Wednesday's second leg": two events of a series, each report telling one,
    not one event numbered and dated wrongly twice; unless both put it at the same ground ("matchday 18 at
    Brayford Park on Saturday" and "Sunday's 19th-round match at Brayford Park")."""
    if numbered_a_week_apart(a, b):
        return True
    x, y = a.first("place"), b.first("place")
    same_place = x is not None and y is not None and slot_relation("place", x, y) > 0
    return conflict_in(a, b, "ordinal") and conflict_in(a, b, "date") and not same_place


def numbered_a_week_apart(a: Event, b: Event) -> bool:
    """ "The second round ended on Wednesday" and, in a report a week later, "the third round ended on Wednesday":
    two rounds, told by their numbers and by one weekday of two weeks."""
    da, db = a.first("date"), b.first("date")
    return conflict_in(a, b, "ordinal") and da is not None and db is not None \
        and _weeks_apart_by_one_weekday(da, db)


def called_apart(a: Event, b: Event, by_head: bool = False) -> bool:
    """Two events each called by a noun, none shared, one of them specific: "the arrest" and "the hearing"."""
    if a.event_class not in _DISTINCT_ACTS:
        return False
    names_a, names_b = a.triggers | a.generic, b.triggers | b.generic
    if names_a <= KIND_NOUNS or names_b <= KIND_NOUNS:
        return False  # "the accident" and "the derailment"
    if by_head:
        # "the reopening ceremony" and "the ceremony": one noun, said with and without what the ceremony is for
        names_a, names_b = ({n.split()[-1] for n in names} for names in (names_a, names_b))
    return bool((a.triggers or b.triggers) and names_a and names_b and not names_a & names_b)


def _named_by_other_words(a: Event, b: Event) -> bool:
    """Each event named by specific nouns of its own, no word of them shared: "the signing" and "the handover";
    not "the sentencing" and "the sentencing hearing"."""
    words_a, words_b = ({w for n in e.unique for w in n.split()} for e in (a, b))
    return bool(words_a and words_b and not words_a & words_b)


def _told_as_past(plan: Event, other: Event) -> bool:
    """ "Will open a third round on Tuesday" in an older report, and a later one that tells the third round as
    held and the next round as ahead: the plan is the round the later report tells, not its next one."""
    number = plan.first("ordinal")
    if not plan.upcoming or number is None or number.norm not in other.numbers_told:
        return False
    held_on = other.days_told.get(number.norm)
    if held_on is not None and plan.published is not None and held_on < plan.published:
        return False  # the plan's report came out after the round the other tells by that number was held
    own = other.first("ordinal")
    return own is None or own.norm != number.norm


def named_apart(a: Event, b: Event) -> bool:
    """Two events of one report each named by its own noun: "was returned to prison after the ruling on Tuesday"
    tells an imprisonment and a ruling of one day, not one event."""
    ta, tb = a.triggers - KIND_NOUNS, b.triggers - KIND_NOUNS
    if a.event_class == b.event_class == "match" and heads(a) & heads(b):
        return False  # "Rangers' home match ... The 18th-round match was switched": one game, called by two nouns
    return bool(ta and tb and not ta & tb or other_courts(a, b))


def other_stages(a: Event, b: Event) -> bool:
    """Two stages of one competition: the semi-final to be completed and the final set for May 20."""
    sa, sb = (STAGE_NOUNS & (e.triggers | e.generic) for e in (a, b))
    return bool(sa and sb and not sa & sb)


def other_courts(a: Event, b: Event) -> bool:
    """The acts of two courts of different levels: the trial court's verdict and the appeal court's ruling."""
    return bool(a.courts and b.courts and not a.courts & b.courts)


def other_owners(a: Event, b: Event) -> bool:
    """The meetings of two bodies' members: each company's shareholders meet on their own; the arrests of two
    people named. Also a company's annual general meeting and an extraordinary one, whoever holds each."""
    if a.sittings and b.sittings and not a.sittings & b.sittings:
        return True
    return bool(a.owners and b.owners) and not any(same_body(x, y) for x in a.owners for y in b.owners)


def day_of(claim: Claim | None) -> dt.date | None:
    """The day a date claim gives, if it gives one."""
    return claim.norm.as_date() if claim is not None and isinstance(claim.norm, NormDate) else None


def heads(e: Event) -> set[str]:
    """The head nouns an event is called by: "leg" for "the return leg", "final" for "the cup final"."""
    return {n.split()[-1] for n in e.triggers | e.generic}


def _strong_key(a: Event, b: Event) -> bool:
    if a.upcoming and b.upcoming or a.triggers & b.triggers:
        return True
    for slot in ("ordinal", "date"):
        ca, cb = a.first(slot), b.first(slot)
        if ca is not None and cb is not None and slot_relation(slot, ca, cb) > 0:
            return True
    return False

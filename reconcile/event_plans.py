"""Events one report tells ahead and another tells as done: a plan and what happened (the date or place it was
moved to shows as a conflict between them), a verdict expected and the verdict given, one verdict two reports date a
few days apart, and two plans of which one had passed when the other was told."""

from __future__ import annotations

import datetime as dt

from reconcile.event_pairs import (
    Event,
    apart_by_person,
    called_apart,
    conflict_in,
    day_of,
    heads,
    other_courts,
    other_owners,
    other_stages,
)
from reconcile.extract.lexicon import VERDICT_ACTS
from reconcile.normalize.dates import NormDate
from reconcile.slots import slot_relation


def plan_then_report(a: Event, b: Event, published: dict) -> bool:
    """The one event an older report says is to come, and the event a later report opens with as held: the
    plan and what happened, so a moved date or place shows as a conflict between them.

    Only when the later report was published after the planned date (if one was given) and no ordinal tells
    them apart ("the sixth round" planned is not "the fifth round" held).
    """
    if a.event_class != b.event_class or a.event_class == "action" and not a.triggers & b.triggers or other_stages(a, b) \
            or apart_by_person(a, b) and not _one_trip(a, b, published) or other_owners(a, b):
        return False
    if a.unique and b.unique and not a.unique & b.unique or called_apart(a, b, by_head=True):
        # each named by its own noun: "an extraordinary meeting" planned, "wage negotiations" held; "tickets go on
        # sale on Monday" and "the theatre was shut on Friday"
        return False
    for plan, held in ((a, b), (b, a)):
        if not (plan.only_upcoming or plan.alone_ahead & heads(held)):
            continue
        p, h = published.get(plan.source_id), published.get(held.source_id)
        if p is None or h is None or not p < h:
            continue
        if not (held.lede and held.status == "held" or _told_later_on_itsday_of(plan, held, h)
                or _one_trip(plan, held, published)):
            continue
        ca, cb = plan.first("ordinal"), held.first("ordinal")
        if ca is not None and cb is not None and slot_relation("ordinal", ca, cb) < 0 \
                and not _misnumbered(plan, held):
            continue
        day = day_of(plan.first("date"))
        if day is not None and day > h:
            continue
        return True
    return False


# Events known by who makes them: a trip planned and the one trip a later report tells a day before the day planned
# are one, wherever each puts it ("will visit X on Friday", "visited Y on Thursday").
TRIPS = {"visit"}


def _one_trip(a: Event, b: Event, published: dict) -> bool:
    """A person's one trip an older report tells ahead ("will visit X on Friday") and the one trip of theirs a later
    report, published after that day, tells as made a day or two before it ("visited Y on Thursday"): the plan
    brought forward, though place and day differ. Trips to two places on two days are otherwise two trips: one made
    after the day planned may follow the one planned ("will travel to X on Monday", "flew to Y on Tuesday")."""
    if a.event_class not in TRIPS:
        return False
    for plan, held in ((a, b), (b, a)):
        p, h = published.get(plan.source_id), published.get(held.source_id)
        planned, made = day_of(plan.first("date")), day_of(held.first("date"))
        if plan.only_upcoming and not held.upcoming and held.alone_told and p is not None and h is not None \
                and p < h and planned is not None and made is not None and planned < h \
                and -_BROUGHT_FORWARD_DAYS <= (made - planned).days < 0:
            return True
    return False


def _misnumbered(plan: Event, held: Event) -> bool:
    """Whether a plan and an event told as held, numbered differently, are still one event: held at the place
    planned, within a day of the day planned ("matchday 18 at X on Saturday", "Sunday's 19th-round match at X").
    Two rounds of a series are never a day apart in one place."""
    pa, pb = plan.first("place"), held.first("place")
    da, db = day_of(plan.first("date")), day_of(held.first("date"))
    return pa is not None and pb is not None and slot_relation("place", pa, pb) > 0 \
        and da is not None and db is not None and abs((db - da).days) <= 1


# What a verdict told ahead turns out to be, told as done.
_VERDICTS_GIVEN = VERDICT_ACTS - {"verdict"}
# Days after the day planned that an event told as held may be the plan put off.
_PUT_OFF_DAYS = 10
# Days before the day planned that an event told as held may be the plan brought forward ("adjourned until June 30",
# and a week later "when the hearing resumed on June 29").
_BROUGHT_FORWARD_DAYS = 2


def verdict_given(a: Event, b: Event, published: dict) -> bool:
    """ "The court will deliver its verdict on June 9", and a later report's "the conviction on June 10": the
    verdict planned, and the one conviction (or acquittal, or sentencing read with it) the later report tells, given
    on the day planned or a few days later (``_told_later_on_its_day``). A conviction told further back (the
    first-instance one, in an appeal) is another act."""
    for plan, held in ((a, b), (b, a)):
        if plan.event_class != "court" or held.event_class != "court" or "verdict" not in plan.alone_ahead:
            continue
        p, h = published.get(plan.source_id), published.get(held.source_id)
        if p is not None and h is not None and p < h and _told_later_on_itsday_of(plan, held, h, _VERDICTS_GIVEN):
            return True
    return False


# Days apart that two reports may put one verdict (a day off is a conflict to flag; a month off is another act).
_VERDICT_DAYS = 7


def verdict_told_twice(a: Event, b: Event) -> bool:
    """ "A court on Tuesday sentenced X to six years" and, in another report, "X was convicted on October 15": the
    one verdict each report tells as given, by whatever noun, each the only act it calls so; not the acts of two
    courts, nor acts more than a week apart (a conviction and the ruling on its appeal). A conviction told without
    its day, or by its month alone, is matched as a conviction only."""
    if a.event_class != "court" or b.event_class != "court" or a.source_id == b.source_id or other_courts(a, b):
        return False
    if a.status != "held" or b.status != "held" or not (a.triggers and b.triggers):
        return False
    if not (a.triggers <= VERDICT_ACTS and b.triggers <= VERDICT_ACTS
            and a.alone_told & VERDICT_ACTS and b.alone_told & VERDICT_ACTS):
        return False
    x, y = day_of(a.first("date")), day_of(b.first("date"))
    if x is not None and y is not None:
        return abs((x - y).days) <= _VERDICT_DAYS
    if not (a.triggers | b.triggers) <= _CONVICTED:
        return False
    # A conviction recalled (in a report of the appeal), each report telling one: the same, when one report gives
    # no day, or both give only months a month apart ("in September last year", "in October 2025").
    ma, mb = _month_of(a.first("date")), _month_of(b.first("date"))
    if ma is not None and mb is not None:
        return abs(ma - mb) <= 1
    return a.first("date") is None or b.first("date") is None


# What a conviction recalled is told as: "convicted", "sentenced".
_CONVICTED = {"conviction", "sentencing"}


def _month_of(claim) -> int | None:
    """The month a date of month precision names, counted from year 0; None for a day, a vaguer date or none."""
    norm = claim.norm if claim is not None else None
    if not isinstance(norm, NormDate) or norm.year is None or norm.month is None or norm.day is not None:
        return None
    return norm.year * 12 + norm.month


def _told_later_on_itsday_of(plan: Event, held: Event, published: dt.date, told_as: set[str] | None = None) -> bool:
    """ "The next round will be held in X in April", and a later report (``published`` then) that tells, further
    down, "the round of talks in Y in April" as past: the one event of its kind that report tells by that noun
    (or by one of ``told_as``), in the month or on the day the plan gave, is the plan as it was held, wherever it
    was; or, up to ``_PUT_OFF_DAYS`` later in the same place, the plan put off. An event told by another noun
    (``told_as``: a verdict told as a conviction) is the court's act wherever each report places it."""
    if held.upcoming or not (told_as or plan.alone_ahead) & held.alone_told:
        return False
    x, y = plan.first("date"), held.first("date")
    day = day_of(y)
    if x is None or y is None or day is not None and day > published:
        return False
    if slot_relation("date", x, y) > 0:
        return True
    # "due on Thursday" and, a week later, "the hearing held on Friday" (or on Wednesday, brought forward)
    planned = day_of(x)
    return planned is not None and day is not None and -_BROUGHT_FORWARD_DAYS <= (day - planned).days <= _PUT_OFF_DAYS \
        and (told_as or not conflict_in(plan, held, "place") and not conflict_in(plan, held, "ordinal"))


def past_by_then(a: Event, b: Event, published: dict) -> Event | None:
    """Two events each still ahead as its report tells it, where one report gives a day that had passed when the
    other was published: the other's is a later event ("holds its sixth summit on Wednesday", and a week later
    "the next summit will be held in Baku"), unless the other says it was moved. Returns that later event."""
    for plan, other in ((a, b), (b, a)):
        if not (plan.upcoming and other.upcoming) or other.moved:
            continue
        when, seen = plan.first("date"), published.get(other.source_id)
        day = when.norm.latest() if when is not None and isinstance(when.norm, NormDate) else None
        if day is not None and seen is not None and day < seen:
            return other
    return None

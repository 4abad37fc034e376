"""From an event frame to claims: one claim per filled slot (ordinal, date, place, status).

``events.py`` finds the frames: the event noun or verb, the places, days and numbers the parse hangs on it, and
whether it is held or planned. Here a frame becomes claims that share ``qualifiers["frame"]``: a day after the
report makes it planned, several ordinals or alternating places and days ("in Praia on Friday and in Mindelo next
Wednesday") make it several events, and the trigger it is compared by is chosen ("emergency meeting", "repeat vote").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reconcile.extract.context import DocContext
from reconcile.extract.event_numbers import counted_noun, it_was
from reconcile.extract.lexicon import (
    FUTURE_MARKERS,
    GENERIC_TRIGGERS,
    PAST_MARKERS,
    SPEECH_VERBS,
    STAGE_NOUNS,
)
from reconcile.extract.misattached import when_clause_holder
from reconcile.extract.spans import Ent
from reconcile.extract.tense import edge_of, verb_tense
from reconcile.extract.triggers import trigger_word
from reconcile.extract.venues import frame_place
from reconcile.models import Claim
from reconcile.normalize.dates import day_in_week, parse_date, said_not_done, weekday_named
from reconcile.normalize.numbers import parse_ordinal


@dataclass
class Frame:
    trigger: object  # spaCy token
    event_class: str
    phrase: str
    status: str = ""  # held | planned | ""
    ordinals: list[tuple[int, str, int, int]] = field(default_factory=list)  # (n, words, start, end)
    places: list[Ent] = field(default_factory=list)
    dates: list[tuple[str, int, int]] = field(default_factory=list)
    relation: str = ""
    moved: bool = False  # "moved the match to ...": the slots are the event's new date and place
    guessed: bool = False  # a bare "round": its kind guessed from the report's other words
    court: str = ""  # the level of the court whose act it is ("appeal", "first", "top"), when its name says
    antecedent: object = None  # the event noun "it" stands for ("a rematch ... it will take place in Zenica")
    person: str = ""  # who makes an event known by its person: a trip's visitor, a speech's speaker
    owner: str = ""  # the body whose members' meeting it is (``owners.meeting_owner``)
    sides: tuple[str, ...] = ()  # the two sides of a game told by its result (``results.result_frame``)



_REPEAT_VERBS = {"repeat", "rerun", "redo", "replay", "restage"}


def _told_as_final(tok) -> bool:
    """ "the fourth and final round", "a final session": the last event of a series, called by a series' noun."""
    return tok.pos_ == "NOUN" and trigger_word(tok) in GENERIC_TRIGGERS and any(
        c.dep_ in ("amod", "conj") and c.lower_ == "final" for c in [*tok.children, *(
            g for c in tok.children if c.dep_ == "amod" for g in c.children)])


def _specific_trigger(tok) -> str:
    """ "emergency meeting", "bilateral talks": a generic event noun with a describing word names one event."""
    word = trigger_word(tok)
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _REPEAT_VERBS:
        return f"repeat {word}"  # "will repeat the vote at one polling station": the repeat vote
    if word not in GENERIC_TRIGGERS:
        return word
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and c.is_lower and c.is_alpha
            and c.lower_ not in FUTURE_MARKERS | PAST_MARKERS and parse_ordinal(c.lower_) is None
            and c.lower_ not in ("same", "other", "further", "final", "full", "two", "three", "four")]
    return f"{mods[-1].lower_} {word}" if mods else word


# Plural nouns that name one event all the same ("the talks", "the negotiations").
_ONE_EVENT_PLURALS = {"talk", "negotiation", "consultation", "discussion", "celebration", "festivity", "proceeding"}


def _paired_places_and_days(tok, frame: Frame) -> list[tuple[Ent, tuple[str, int, int]]] | None:
    """ "debates in Praia on Friday and in Mindelo next Wednesday": events of a plural noun, each told by a place
    and the day after (or before) it; None unless the places and the days alternate one for one."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() in _ONE_EVENT_PLURALS or len(frame.places) < 2 \
            or len(frame.places) != len(frame.dates):
        return None
    places = sorted(frame.places, key=lambda e: e.start)
    days = sorted(frame.dates, key=lambda d: d[1])
    marks = sorted([(e.start, "p") for e in places] + [(d[1], "d") for d in days])
    kinds = "".join(k for _, k in marks)
    if kinds not in ("pd" * len(places), "dp" * len(places)):
        return None
    return list(zip(places, days, strict=True))


def _days_of_several(tok, frame: Frame) -> bool:
    """ "Two debates are planned, on June 22 and June 25": events of a plural noun with no place, one on each day."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() not in _ONE_EVENT_PLURALS and not frame.places \
        and not frame.ordinals and len(frame.dates) >= 2


def _in_the_week_named(ctx: DocContext, tok, parsed: list, published, future) -> list:
    """ "Wednesday's first leg last week": a bare weekday is the day of the week named beside it, in the frame's
    dates or, where the parser hung "last week" on the verb, in its sentence (a week that agrees with the frame's
    tense)."""
    week = next((p[0].week_of for p in parsed if p[0].week_of is not None), None)
    if week is None and parsed and all(weekday_named(p[1]) is not None for p in parsed):
        sent = ctx.sentence_at(tok.idx)
        # (not a week the other way from the frame's tense: "ended a round on Wednesday and said a final round
        # would follow next week" is the Wednesday before; nor another event's week, "last week's fire")
        week = next((d.week_of for e in ctx.ents_in(sent.start_char, sent.end_char, "DATE")
                     if re.fullmatch(r"(?:last|next) week", e.text, re.I)
                     and future is not {"last": True, "next": False}[e.text.split()[0].lower()]
                     and ctx.text[e.end:e.end + 2] not in ("'s", "\u2019s")  # "last week's fire": another event's
                     and (d := parse_date(e.text, published, future)) is not None), None)
    if week is None:
        return parsed
    return [(day_in_week(week, t) or nd, t, s, e) for nd, t, s, e in parsed]


def _given_to(ctx: DocContext, start: int, noun) -> bool:
    """Whether the date at ``start`` hangs on ``noun`` by a preposition of its own ("the second leg on May 9")."""
    day = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if day is None:
        return False
    root = day.root
    while root.head.i != root.i and root.head.ent_type_ == "DATE":
        root = root.head
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == noun.i


def frame_claims(ctx: DocContext, frame: Frame) -> list[Claim]:
    """The claims of one frame, one per slot and unit (an ordinal, a day and a place each make one)."""
    tok = frame.trigger
    named = frame.antecedent if frame.antecedent is not None else tok  # the noun of an event told by "it"
    fid = f"{ctx.source.id}:{tok.i}"
    published = ctx.source.published
    if frame.status in ("held", "") and published is not None and frame.dates:
        # "A meeting has been called for October 20" in a report of September, or an event told with no tense of
        # its own: a day after the report is ahead.
        days = [parse_date(t, published, None) for t, _, _ in frame.dates]
        if all(d is not None and d.as_date() is not None and d.as_date() > published.date() for d in days):
            frame.status = "planned"
    future = frame.status == "planned" if frame.status else None
    # One frame per ordinal ("the first two rounds ... on Jan. 14 and March 30" -> two events).
    units = []
    if len(frame.ordinals) > 1:
        dates = frame.dates if len(frame.dates) == len(frame.ordinals) else [None] * len(frame.ordinals)
        for k, ordinal in enumerate(frame.ordinals):
            units.append((f"{fid}.{k}", [ordinal], [dates[k]] if dates[k] else [], frame.places))
    elif (pairs := _paired_places_and_days(tok, frame)) is not None:
        for k, (place, day) in enumerate(pairs):
            units.append((f"{fid}.{k}", frame.ordinals, [day], [place]))
    elif _days_of_several(tok, frame):
        for k, day in enumerate(frame.dates):
            units.append((f"{fid}.{k}", frame.ordinals, [day], []))  # "debates on June 22 and June 25": two debates
    else:
        units.append((fid, frame.ordinals, frame.dates, frame.places))
    if not frame.status and it_was(named):
        frame.status = verb_tense(named.head)  # "It will be the 34th final": the final ahead
    claims: list[Claim] = []
    for unit_id, ordinals, dates, places in units:
        # "The meeting, on June 2, was the third round": a noun with "the" names an event already told, even when
        # the sentence goes on to number it; "the third round" names one by its number.
        numbered = any(s < named.idx for _, _, s, _ in ordinals)
        definite = named.pos_ != "VERB" and not numbered and not frame.relation and any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another") for c in named.children)
        quals = {"frame": unit_id, "event_class": frame.event_class, "status": frame.status,
                 "relation": frame.relation, "phrase": frame.phrase, "definite": definite or it_was(named),
                 "pronoun": it_was(named), "moved": frame.moved, "final": _told_as_final(named),
                 "guessed": frame.guessed, "court": frame.court,
                 "sentence": ctx.sentence_index(tok.idx), "person": frame.person, "owner": frame.owner,
                 **({"game_sides": "|".join(frame.sides)} if frame.sides else {}),
                 # a side's count of titles, and its count of finals reached ("their third final"): two tallies
                 "trigger": ("finals reached" if named.lemma_.lower() in STAGE_NOUNS else "achievement")
                 if frame.event_class == "achievement"
                 else frame.phrase if named.pos_ == "VERB" or frame.sides else _specific_trigger(named)}
        slot_values: dict = {}
        for n, words, s, e in ordinals[:1]:
            slot_values["ordinal"] = n
            claims.append(ctx.claim(kind="event", subject=frame.phrase, attribute="ordinal", value=words, start=s,
                                    end=e, value_type="ordinal", norm=n,
                                    qualifiers={**quals, "counted": "" if frame.event_class == "achievement"
                                                else counted_noun(ctx, s)},  # a title, a crown, a time: one count
                                    extractor="event.ordinal", confidence=0.8))
        parsed = [(parse_date(t, published, future if future is not None else _ahead_by_its_verb(ctx, s)), t, s, e)
                  for t, s, e in dates]
        parsed = [p for p in parsed if p[0] is not None]
        if frame.status == "planned":
            # "said on Monday it will close in June": a day already past is when it was said, not the event's.
            parsed = [p for p in parsed if not said_not_done(p[0], published, ctx.text[max(0, p[2] - 12):p[3]])
                      or _today_ahead(ctx, p[0], p[2], published)]
        parsed = _in_the_week_named(ctx, tok, parsed, published, future)
        # "on Sunday, May 3": keep the most specific date the text gives.
        # Of days as specific, the one the noun itself is given ("meet X on May 2, with the second leg in Y on
        # May 9": the second leg's day is May 9) comes before one of the verb it hangs on.
        parsed.sort(key=lambda p: (p[0].day is None, p[0].month is None, not any(ch.isdigit() for ch in p[1]),
                                   not _given_to(ctx, p[2], tok)))
        for nd, text, s, e in parsed[:1]:
            if not (nd.specific or nd.month or nd.months or frame.phrase in _TOLD_BY_YEAR and nd.year):
                continue
            slot_values["date"] = nd
            edge = edge_of(ctx, s)
            claims.append(ctx.claim(kind="event", subject=frame.phrase, attribute="date", value=text, start=s, end=e,
                                    value_type="date", norm=nd, qualifiers={**quals, "edge": edge} if edge else quals,
                                    extractor="event.date", confidence=0.8))
        where = frame_place(ctx, places)
        if where is not None:
            start, end, value, norm, place, extra = where
            claims.append(ctx.claim(kind="event", subject=frame.phrase, attribute="place", value=value,
                                    start=start, end=end, value_type="place", norm=norm,
                                    qualifiers={**quals, **extra}, extractor="event.place",
                                    confidence=0.8 if place else 0.6))
        if frame.status:
            claims.append(ctx.claim(kind="event", subject=frame.phrase, attribute="status", value=tok.text,
                                    start=tok.idx, end=tok.idx + len(tok.text), value_type="status",
                                    norm=frame.status, qualifiers=quals, extractor="event.status",
                                    confidence=0.6))
    return claims


# Events a report may date by their year alone: when a line enters service, when a treaty enters into force.
_TOLD_BY_YEAR = {"entry into service", "entry into force"}


def _today_ahead(ctx: DocContext, day, start: int, published) -> bool:
    """A plan for the day the report came out, told by the plan's own verb: "the governor is to tour the flooded
    quarter on Saturday" in a report of that Saturday morning; not "said on Saturday it will close", where the day
    comes after a verb of saying."""
    if day.as_date() != published.date():
        return False
    tok = ctx.token_at(start)
    if tok is None:
        return False
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and not any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS
                                        for t in tok.doc[tok.sent.start: tok.i])


def _ahead_by_its_verb(ctx: DocContext, start: int) -> bool | None:
    """Whether the verb a day is told with puts it ahead, for an event told in a "when" clause on that day, with
    no tense of its own: "will get a first look on Wednesday, when the candidates meet for a debate"; None when
    the day is no such clause's or its verb does not tell either."""
    tok = ctx.token_at(start)
    holder = when_clause_holder(ctx.doc, tok if tok.dep_ == "pobj" else tok.head) if tok is not None else None
    tense = verb_tense(holder) if holder is not None and holder.pos_ in ("VERB", "AUX") else ""
    if not tense and tok is not None and tok.dep_ == "poss" and weekday_named(tok.text) is not None \
            and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.tag_ in ("VBZ", "VBP"):
        return True  # "Saturday's vote is the seventh governorship election": the day ahead, told in the present
    if not tense and tok is not None and tok.dep_ == "poss" and weekday_named(tok.text) is not None \
            and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "for" \
            and (verb := next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)) is not None \
            and verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in SPEECH_VERBS:
        return True  # "there are 11 candidates on the ballot for Tuesday's poll": what one is ready for is ahead
    day = tok.head if tok is not None and tok.dep_ == "compound" else tok  # "on Friday evening"
    if not tense and day is not None and day.dep_ == "pobj" and weekday_named(tok.text) is not None \
            and day.head.head.tag_ in ("VBZ", "VBP") and day.head.head.lemma_.lower() not in SPEECH_VERBS:
        return True  # "The festival opens on Friday with a parade": a weekday told in the present is ahead
    return {"planned": True, "held": False}.get(tense)

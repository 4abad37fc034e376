"""Event claims: an event frame (talks, round, hearing, match, earthquake...) and its slots.

For every event noun the parse gives us the verb that governs it; places and
dates attached to the noun, to that verb, or to a participle on the noun
("the round held on June 9 in Tallinn") fill the frame's slots. Ordinals and
words like "next" or "last" on the noun, and the tense of the verb, give its
number and status (held or planned). Each filled slot becomes one ``Claim``;
claims of one frame share ``qualifiers["frame"]``.
"""

from __future__ import annotations

import re

from reconcile.extract.actions import extract_actions
from reconcile.extract.attach import attached as _attached
from reconcile.extract.attach import participle_after, taking_part
from reconcile.extract.context import DocContext
from reconcile.extract.event_claims import Frame, frame_claims
from reconcile.extract.event_nouns import (
    ASPECT_NOUNS,
    DAYS_OF,
    clause_anchors,
    date_set_off,
    declared_ahead,
    declared_day,
    hangs_from,
    inside_other_noun,
    light_verb_object,
    nouns_under,
    of_a_kind,
    other_event,
    past_the_naming,
    renamed,
    same_event_nouns,
    time_of_another,
)
from reconcile.extract.event_numbers import NUMBERED_AFTER, ordinals_of
from reconcile.extract.event_verbs import (
    DECIDED,
    REACTIONS,
    for_a_day,
    moves_another,
    not_as_it_is,
    series_starts,
    tells_another_event,
    voted_at,
)
from reconcile.extract.lexicon import (
    COURT_NOUNS,
    DUE_WORDS,
    EVENT_VERBS,
    INTO_STAGE,
    MOVE_VERBS,
    PLACED_VERDICT_NOUNS,
    RITES,
    SERIES_PLURALS,
    SPEECH_VERBS,
    STORM_NOUNS,
    VERB_EVENTS,
    WATER_WORDS,
    moves_event,
)
from reconcile.extract.moves import after_move as _after_move
from reconcile.extract.owners import meeting_owner
from reconcile.extract.phrasal import phrasal_event
from reconcile.extract.results import result_frame
from reconcile.extract.tallies import achievement_frame, day_frame, phase_frame, stage_tally
from reconcile.extract.tense import governing_verb, plan_not_kept, status_of, verb_tense
from reconcile.extract.triggers import event_class, trigger_word
from reconcile.extract.venues import dateline_town
from reconcile.extract.verb_frames import (
    KINDLESS,
    aside_frame,
    dominant_class,
    fill_slots,
    one_frame,
    phrase_of,
    placed_by_court,
    pronoun_frame,
    verb_frame,
)
from reconcile.extract.visits import (
    TRIP_WORDS,
    VISIT_NOUNS,
    ballot_frame,
    meets_people,
    noun_visitor,
    rally_holder,
    speech_frame,
    speech_of_noun,
    trip_verb,
    visit_frame,
)
from reconcile.models import Claim
from reconcile.normalize.numbers import parse_ordinal

# What anyone may sign without it being the signing of an agreement.
_SIGNED_BY_ANYONE = {"letter", "petition", "complaint", "register", "book", "card", "autograph", "shirt", "form"}


def extract_events(ctx: DocContext) -> list[Claim]:
    from reconcile.extract.quotes import quoted_spans

    dominant = dominant_class(ctx)
    quoted = quoted_spans(ctx.text)
    others = {tok.i for tok in ctx.doc if other_event(tok)}
    filed_from = dateline_town(ctx)
    claims: list[Claim] = []
    for tok in ctx.doc:
        if any(a <= tok.idx < b for a, b in quoted):
            continue  # words inside quotation marks are the speaker's, compared as a quote
        tally = stage_tally(ctx, tok)
        if tally is not None:
            claims.extend(frame_claims(ctx, tally))  # "their third final": a count of the side's, beside the final
        frame = _frame_for(ctx, tok, dominant, others)
        if frame is None:
            continue
        if filed_from is not None and tok.idx < filed_from[1]:
            if not frame.places and frame.status == "held" and frame.event_class not in _FAR_FROM_THE_DESK:
                frame.places.append(filed_from[0])
            filed_from = None  # only the event the story opens with
        claims.extend(frame_claims(ctx, frame))
    taken = [(c.start, c.end) for c in claims if c.attribute in ("place", "date")]
    claims.extend(c for c in extract_actions(ctx, taken) if not any(a <= c.start < b for a, b in quoted))
    return claims


# Kinds of event a wire reporter tells from the capital as often as from the spot (a disaster, an arrest, a
# regional court's sentence, a town's vote count), and a count of titles won, which is no event with a place.
_FAR_FROM_THE_DESK = {"disaster", "court", "achievement", "election"}


# A storm is told by what its eye or centre does: "the cyclone's centre crossed Tanna early on Monday", "the eye
# of the storm passed over the island".
_STORM_PARTS = {"eye", "centre", "center", "core"}


def _storm_subject(tok):
    """The word that stands for a storm in its clause: the storm itself, or its eye or centre."""
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in _STORM_PARTS:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _STORM_PARTS:
        return tok.head.head
    return tok


def _frame_for(ctx: DocContext, tok, dominant: str, others: set[int]) -> Frame | None:
    # "In the other semi-final, two clubs meet, with the first leg in Constantine": an event beside the story's,
    # told for context, and the parts of it the clause goes on to name (``others``: the words of such events).
    if others and (tok.i in others or any(n.i in others for a in [tok, *list(tok.ancestors)[:3]]
                                          for n in nouns_under(a))):
        return None
    found = achievement_frame(ctx, tok) or day_frame(ctx, tok) or phase_frame(ctx, tok)
    if found is not None:
        return found
    if tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass"):
        return pronoun_frame(ctx, tok, dominant)
    if tok.lower_ == "one":
        return one_frame(ctx, tok, dominant)  # "the last one, held in Maputo in August"
    if tok.ent_type_ == "ORDINAL" and tok.dep_ in ("nsubj", "nsubjpass") and tok.i > 0 \
            and ctx.doc[tok.i - 1].lower_ == "the" and (n := parse_ordinal(tok.lower_)) is not None:
        # "The second, in March, was held at X": the second of the events the sentence before named; "the second,
        # in Y in April, produced a draft": the second, placed and dated by the aside after it
        frame = pronoun_frame(ctx, tok, dominant, one_of=True) or aside_frame(ctx, tok, dominant)
        if frame is not None:
            frame.ordinals.append((n, tok.text, tok.idx, tok.idx + len(tok.text)))
            frame.phrase = f"the {tok.lower_} {frame.antecedent.lemma_.lower()}"
        return frame
    event = phrasal_event(tok) if tok.pos_ == "VERB" else None
    if event is not None:
        return verb_frame(ctx, tok, dominant, lemma=event)
    if tok.pos_ in ("VERB", "ADJ") and tok.lemma_.lower() in TRIP_WORDS:
        return visit_frame(ctx, tok)
    if meets_people(tok) and (stop := visit_frame(ctx, tok)) is not None:
        return stop  # "the governor met survivors at the hospital in X": a stop of her trip
    ballot = ballot_frame(ctx, tok) if tok.pos_ == "VERB" and tok.lemma_.lower() in ("vote", "cast") else None
    if ballot is not None:
        return ballot  # "Quispe voted in his hometown of Sacaba": one voter's own vote, not the election
    speech = speech_frame(ctx, tok) if tok.pos_ == "VERB" else None
    if speech is not None:
        return speech  # "told supporters gathered in X", "conceded at his campaign headquarters in Y"
    result = result_frame(ctx, tok, dominant) if tok.pos_ in ("VERB", "NOUN") else None
    if result is not None:
        return result  # "X beat Y 3-1 in Z on Wednesday": the game, known by its two sides
    if tok.pos_ == "VERB" and tok.lemma_.lower() in VERB_EVENTS:
        if tok.lemma_.lower() == "sign" and any(c.dep_ == "dobj" and c.lemma_.lower() in _SIGNED_BY_ANYONE
                                                for c in tok.children):
            return None  # "parents signed a letter to the ombudsman": no signing of a deal
        if any(c.dep_ == "dobj" and series_starts(c) for c in tok.children):
            return None  # "will open its hearings on April 13": the hearings' start, told by their noun
        if voted_at(tok) is not None:
            return None  # "will vote at a general meeting in X": the meeting is the event, and has the place
        if tok.lemma_.lower() == "meet" and _a_way_or_water(tok):
            return None  # "the river meets the Padma at X", "where the road meets the highway": no meeting
        return verb_frame(ctx, tok, dominant)
    cls = event_class(tok)
    if cls is not None and tok.lemma_.lower() in PLACED_VERDICT_NOUNS and not any(
            c.dep_ == "prep" and c.lower_ in ("on", "in", "at") for c in tok.children):
        return None  # "overturned his conviction", "an earlier conviction": a verdict of before, not told here
    if cls is None and tok.lemma_.lower() == "speech" and tok.pos_ == "NOUN":
        return speech_of_noun(ctx, tok, governing_verb(tok))  # "in his victory speech on Freedom Square"
    if cls is None or of_a_kind(tok):
        return None
    return _noun_frame(ctx, tok, cls, dominant)


# What flows or runs, and "meets" another of its kind where no one meets.
_WAYS_AND_WATERS = WATER_WORDS | {"stream", "tributary", "creek", "channel", "coast", "valley", "road", "highway",
                                  "motorway", "railway", "line", "track", "pipeline", "border", "frontier", "boundary"}


def _a_way_or_water(verb) -> bool:
    """Whether the subject of ``verb`` (or, for a verb joined to another, that verb's subject) is a river, a road or
    a line, by its noun or as the tagger's feature (not a town or a body of people)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in _WAYS_AND_WATERS or s.ent_type_ == "LOC" for s in subjects)


# What a sentence tells as happening over and over: "a year", "every year", "each year", "annually".
_EVERY_YEAR = re.compile(r"\b(?:a|per|every|each)\s+year\b|\bannually\b|\byear after year\b", re.I)


def _noun_frame(ctx: DocContext, tok, cls: str, dominant: str) -> Frame | None:
    """The frame of an event noun: its number, and the places and dates of the clauses that tell it."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in COURT_NOUNS:
        return None  # "the Court of Appeal": the court's name, not an appeal
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ("winner", "victor") \
            and tok.head.head.head.lemma_.lower() in ("declare", "proclaim", "name", "confirm"):
        return None  # "was declared winner of the by-election on Sunday": the day of the declaration
    if tok.dep_ == "pobj" and tok.head.lower_ in ("over", "about") and event_class(tok.head.head) is None:
        # "lodged a complaint on Tuesday over the count at three polling stations": what a complaint or a row is
        # about; the day and the place are the complaint's
        return None
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNS" and _EVERY_YEAR.search(tok.sent.text):
        return None  # "road accidents kill about 2,000 people a year": what happens year after year, no event
    # "second round of negotiations": the frame is the round; "negotiations" is its complement, not another event.
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and event_class(tok.head.head) is not None:
        return None
    if lemma in ("session", "sitting") and dominant == "court":
        cls = "court"  # "Friday's session, the fifth hearing in the trial": a court's sitting
    if lemma in KINDLESS or tok.lower_ == "rounds":
        of_obj = [c for p in tok.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
        cls = (event_class(of_obj[0]) if of_obj else None) or dominant
        guessed = not (of_obj and event_class(of_obj[0]))
    # "the third round" in "The meeting in Oslo was the third round" or "The meeting, the third round, ...":
    # another name of the event that the subject's frame already holds.
    if event_class(renamed(tok)) is not None and renamed(tok).i != tok.i:
        return None
    # A compound inside a longer noun ("the quake zone") is not the event itself.
    numbered = tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ == "NUM" \
        and tok.lemma_.lower() in NUMBERED_AFTER  # "Game four is scheduled for Saturday", parsed onto "four"
    if tok.dep_ == "compound" and not numbered and event_class(tok.head) is None and not (
            cls == "ceremony" and tok.head.lemma_.lower() in RITES  # but "a funeral mass" is the funeral
            or tok.head.lemma_.lower() == "order" and tok.lower_ in ("evacuation", "recall")):  # "evacuation order"
        return None
    doc = tok.doc
    if tok.i + 2 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-" \
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].lower_.endswith("ing"):
        return None  # "the vote-counting commission", "match-fixing": an activity named by what it deals with
    # "The signing ceremony": one event, told by its kind; the ceremony is the signing's, not a second event.
    if any(c.dep_ == "compound" and event_class(c) not in (None, cls) and c.lemma_.lower() not in ASPECT_NOUNS
           for c in tok.children):
        return None
    frame = Frame(tok, cls, phrase_of(ctx, tok))
    frame.guessed = (lemma in KINDLESS or tok.lower_ == "rounds") and guessed
    _number(ctx, tok, frame)
    for other in same_event_nouns(tok):
        if not frame.ordinals:
            _number(ctx, other, frame)  # "The meeting in Oslo was the third round": the meeting's number
    if not frame.ordinals and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and not any(
            c.dep_ == "aux" for c in tok.head.children):  # not "would be the first": a hope, not a count
        # "The raid on Monday was the third on rice warehouses this year": the noun left out after the number.
        for c in tok.head.children:
            if c.dep_ == "attr" and (n := parse_ordinal(c.lower_)) is not None:
                frame.ordinals.append((n, c.text, c.idx, c.idx + len(c.text)))
    plural = tok.tag_ in ("NNS", "NNPS")
    if plural and lemma in SERIES_PLURALS and not frame.ordinals and not series_starts(tok):
        return None
    # "in Saturday's Harbour Cup final", parsed with "final" an adjective after "Cup": the noun phrase is Cup's.
    noun = tok.head if tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.i < tok.i or numbered else tok
    if lemma in STORM_NOUNS:
        noun = _storm_subject(tok)
    mourning_day = lemma in DAYS_OF and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lemma_.lower() == "day"
    if mourning_day:
        noun = tok.head.head  # "Tuesday's national day of mourning": the day is the event's noun phrase
    verb = past_the_naming(governing_verb(noun))
    if verb is not None and cls == "match" and verb.lemma_.lower() in INTO_STAGE and (
            noun.dep_ == "dobj" or noun.dep_ == "pobj" and noun.head.lower_ in ("to", "for", "into")):
        return None  # "reached the final with a win on Sunday": the day and the ground are the win's
    anchors = {tok.i, noun.i}
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and renamed(noun).i != noun.i \
            and event_class(renamed(noun)) is None:
        anchors.add(noun.head.i)  # "The deadliest blow was a landslide in X on May 30": the landslide's day
    centre = _centre_told(noun)
    if centre is not None:
        anchors.add(centre.i)  # "The quake's epicentre was in the municipality of X": where the quake was
    previous_anchors: set[int] = set()
    # "the second round of talks": the talks are the round; but "a replay of Wednesday's semi-final" is not the
    # match it replays, whose day that is.
    redone = trigger_word(tok) in _REDONE
    heads = [noun] + [c for p in noun.children if p.lower_ == "of" and not redone for c in p.children
                      if c.dep_ == "pobj"]
    anchors.update(h.i for h in heads)
    told, told_before = clause_anchors(noun, heads)
    anchors |= told
    # "That meeting will be the commission's next session, to be held in X": a participle after the noun renaming it
    anchors.update(p.i for other in same_event_nouns(tok) if other.i != noun.i for p in participle_after(other))
    previous_anchors |= told_before
    event_verb = verb is not None and (
        noun.dep_ in ("nsubj", "nsubjpass") and verb.i in [a.i for a in noun.ancestors][:2]
        and verb.lemma_.lower() not in REACTIONS  # "the sale was met with anger in X": where people reacted
        and not (noun.dep_ == "nsubjpass" and verb.lemma_.lower() in DECIDED and not for_a_day(verb))
        or verb.lemma_.lower() in EVENT_VERBS or taking_part(tok, verb, cls) or trip_verb(noun, verb)
        or light_verb_object(noun, verb)
        or noun.lemma_.lower() == "result" and noun.dep_ == "dobj" and verb.lemma_.lower() in _RESULTS_GIVEN
        or mourning_day and noun.dep_ == "dobj" and verb.lemma_.lower() in ("observe", "mark")
        or any(f"{verb.lemma_.lower()} {c.lower_}" in EVENT_VERBS for c in verb.children if c.dep_ == "prt")
        or moves_event(verb)  # "put back the hearing to Monday", the particle parsed as an adverb
    ) and not inside_other_noun(noun, verb) and not time_of_another(noun) and not fixes_another(noun, verb) and not (
        noun.dep_ == "pobj" and noun.head.lower_ == "with" and verb.lemma_.lower() in MOVE_VERBS)
    # ("the series moves to X for games three and four, with a deciding fifth game back in Y": the move is not the
    # fifth game's)
    if event_verb and verb is not None and not_as_it_is(verb) and not (
            noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "during") and noun.head.head.i == verb.i):
        # (but "could make his debut in Saturday's match at X": what may not be is the debut, not the match)
        return None
    at_it = verb is not None and not event_verb and (held_at := voted_at(verb)) is not None and held_at.i == noun.i
    if at_it:
        anchors.add(verb.i)  # "approved the sale at a general meeting in X on Thursday": the act's day is the meeting's
    if verb is not None and event_verb:
        anchors.add(verb.i)
        for child in verb.children:  # "will be held ... and run until": coordinated participles
            if (child.dep_ in ("xcomp", "conj") and child.pos_ == "VERB"
                    and child.lemma_.lower() not in SPEECH_VERBS  # "..., the ministry said on Saturday"
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children)  # another clause
                    and not tells_another_event(child, verb, cls)):
                anchors.add(child.i)
            elif child.dep_ == "advcl" and child.lemma_.lower() in ("plan", "schedule", "expect", "announce") \
                    and any(g.dep_ == "mark" and g.lower_ == "as" for g in child.children):
                anchors.add(child.i)  # "will be held as planned on October 18"
            elif child.dep_ == "acomp" and child.lower_ in DUE_WORDS:
                # "the next round is due to be held in Tbilisi": the verb after "due to"; "the verdict is due on
                # Friday", "the next session is due in X": the word itself
                anchors.update(g.i for g in child.children if g.dep_ == "xcomp" and g.pos_ == "VERB")
                anchors.add(child.i)
    frame.status = status_of(tok, verb if event_verb or at_it else None, frame)
    sent = tok.sent
    moved = event_verb and verb is not None and frame.status != "cancelled" and moves_event(verb) \
        and not moves_another(verb, noun)
    # "The meeting, which had been set for Thursday in Tartu, will now be held on Saturday in Narva": an event whose
    # clause tells the plan it had before was moved
    frame.moved = bool(moved) or frame.status == "planned" and any(
        c.dep_ in ("relcl", "acl") and plan_not_kept(c, expected=False) for c in tok.children)
    if moved:
        # "adjourned the hearing until October 14", "moved the match to Brookfield": the new date and place,
        # of an event that is now ahead; "on Wednesday" there is when it was moved.
        frame.status = "planned"
        # "has been moved to Guadalajara and will take place on Thursday": what the moved event now does, and when
        anchors = {tok.i} | {c.i for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in _GOES_ON
                             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}
    fill_slots(ctx, frame, sent,
                lambda ent: _attached(ctx, ent, anchors, previous_anchors, verb if event_verb else None)
                or moved and _after_move(ent, verb),
                lambda ent: _attached(ctx, ent, anchors, previous_anchors, None, dates=True)
                or moved and _after_move(ent, verb) or date_set_off(ctx, ent, noun))
    if moved:
        # "The signing of the purchase of a stake in Chaco Mills has been moved to Villarrica": the new place, not the
        # words that tell what is signed.
        frame.places = [p for p in frame.places if _after_move(p, verb)] or frame.places
    if verb is not None and verb.lemma_.lower() in _ENTERED and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _TIME_UNITS for c in verb.children):
        frame.dates = []  # "the strike entered its sixth day on Saturday": a day while it lasts, not its own
    if lemma == "edition":
        # "opened its tenth edition on Thursday at the Royal Cultural Centre": the day and the place are the
        # opening's; the edition only numbers the series
        frame.places, frame.dates = [], []
    if frame.ordinals and noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in noun.head.children):
        # "The purchase is the group's third acquisition in North Africa": where the count is taken, not where the
        # subject's event happened
        frame.places = [p for p in frame.places if not hangs_from(ctx, p, noun)]
    if mourning_day and not frame.dates:
        frame.dates.extend(declared_day(ctx, noun))
        day = ctx.doc.char_span(frame.dates[0][1], frame.dates[0][2], alignment_mode="expand") if frame.dates else None
        if day is not None and not frame.status and (told := governing_verb(day.root)) is not None:
            # "Friday would be a day of national mourning": a day ahead; so is a day "declared" one that comes after
            # the report, whenever it was declared
            declared = told.lemma_.lower() in ("declare", "proclaim") and declared_ahead(ctx, frame.dates[0][0])
            frame.status = "planned" if declared else verb_tense(told)
    if frame.event_class == "court" and not (moved and frame.places):
        # (a court that puts a hearing back without saying where it will be held holds it where it sits)
        placed_by_court(ctx, frame, tok, verb if event_verb else None)
    frame.owner = meeting_owner(ctx, noun, verb)
    frame.person = frame.person or rally_holder(ctx, noun, verb)  # a candidate's rally is not a rival's
    if not (frame.ordinals or frame.places or frame.dates or frame.relation or frame.status == "planned"):
        return None
    if lemma in VISIT_NOUNS and (visitor := noun_visitor(ctx, noun, verb)):
        frame.event_class, frame.person = "visit", visitor  # "her first visit", "paid a return visit"
    return frame


def fixes_another(noun, verb) -> bool:
    """ "the magistrate hearing the trial set judgment for March 24", parsed with the trial the subject of "set": the
    day fixed is the day of the event fixed, the verb's object."""
    return noun.dep_ == "nsubj" and verb.lemma_.lower() in _FIXING and any(
        c.dep_ == "dobj" and event_class(c) is not None for c in verb.children)


# Verbs that fix the day of the event they take.
_FIXING = {"set", "fix", "schedule", "reserve"}
# Verbs of giving out an election's result: "declared the results late on Thursday at X" is the declaration.
_RESULTS_GIVEN = {"declare", "announce", "proclaim", "read", "release"}
# Verbs that tell what a moved event now does ("has been moved to X and will be played on Thursday").
_GOES_ON = {"take", "hold", "be", "play", "stage"}

# Verbs of an event going on into a later day ("entered its sixth day", "reached its third week").
_ENTERED = {"enter", "reach", "mark", "hit", "pass"}
_TIME_UNITS = {"day", "week", "month", "year"}
# Events that redo another, named after "of": "a replay of the final", "a rerun of the vote".
_REDONE = {"replay", "rerun", "rematch", "retrial", "recount"}


def _number(ctx: DocContext, tok, frame: Frame) -> None:
    found, relation = ordinals_of(ctx, tok)
    frame.ordinals.extend(found)
    frame.relation = frame.relation or relation


# The point a quake or a storm is centred on, told as a noun of its own.
_CENTRES = {"epicentre", "epicenter", "hypocentre", "hypocenter", "centre", "center", "eye"}


def _centre_told(noun):
    """ "The quake's epicentre was in X", "the epicentre of the quake was near Y": the verb "be" whose place is
    the event's, its centre being the subject; else None."""
    centre = noun.head if noun.dep_ == "poss" else noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        else None
    if centre is None or centre.lemma_.lower() not in _CENTRES or centre.dep_ != "nsubj" or centre.head.lemma_ != "be":
        return None
    return centre.head

"""Event frames told by a verb ("X was sentenced on Tuesday in Dayton", "the sides meet on Saturday") or by "it"
("it will take place in Zenica"), and what every frame shares with them: its words, and the places and dates of its
sentence that are the event's (``fill_slots``)."""

from __future__ import annotations

import re

from reconcile.extract.attach import attached as _attached
from reconcile.extract.attach import is_descriptor as _descriptor
from reconcile.extract.context import DocContext
from reconcile.extract.courts import court_of
from reconcile.extract.date_repairs import split_dates as _split_dates
from reconcile.extract.event_claims import Frame
from reconcile.extract.holders import person_before
from reconcile.extract.lexicon import DUE_WORDS, GOING_ON, LOAN_NOUNS, MOVE_VERBS, VERB_EVENTS
from reconcile.extract.moves import after_move as _after_move
from reconcile.extract.owners import voters_owner
from reconcile.extract.phrasal import PHRASAL_ONLY, prison_of
from reconcile.extract.spans import LEGAL_FORMS, Ent, ent_root, names_a_matter
from reconcile.extract.tense import plan_called_off, plan_not_kept, verb_tense
from reconcile.extract.triggers import event_class

# Nouns for one of a series of events of any kind: "the second round", "the 15th edition" (of the cup, of the
# festival); the kind is the noun after "of", or the report's most told kind.
KINDLESS = {"round", "edition"}


def dominant_class(ctx: DocContext) -> str:
    """The kind of event the report names most often, the kind a bare "round" or "meet" is taken for."""
    counts: dict[str, int] = {}
    for tok in ctx.doc:
        cls = event_class(tok)
        if cls and tok.lemma_.lower() not in KINDLESS:
            counts[cls] = counts.get(cls, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else "talks"


# Subjects of "close" that end a day's business, not a site: polls, markets, voting, a window for bids.
_NOT_CLOSURES = {"poll", "polls", "voting", "vote", "station", "market", "markets", "share", "shares", "stock",
                 "stocks", "index", "trading", "bidding", "nomination", "nominations", "window", "door", "doors",
                 "deadline", "registration", "ballot", "ballots", "book", "books", "session", "consultation",
                 "offer", "currency", "price", "prices", "bond", "bonds"}


# What "closes" when it is done, not shut: "the deal is expected to close in June".
_DEALS = {"deal", "transaction", "acquisition", "merger", "takeover", "purchase", "sale", "offer", "bid", "buyout",
          "financing", "round", "ipo", "listing"}


# How news is "met with": no one meets anyone.
_RECEPTIONS = {"anger", "criticism", "protest", "resistance", "approval", "silence", "scepticism", "skepticism",
               "relief", "opposition", "dismay", "disbelief", "applause", "outrage", "concern", "caution", "suspicion",
               "hostility", "derision", "indifference", "enthusiasm", "delight", "alarm"}


# Bodies of people whose meeting is their own, told by "X will meet": "the working group", "a joint committee".
# (Not teams or delegations: "the two teams meet on Saturday" is the match, "the delegations meet" the round; nor a
# commission, a committee or a council, whose meetings are often the rounds a story is about.)
_BODIES = {"group", "subcommittee", "panel", "board", "taskforce",
           # and unions and the like, and people who gather ("farmers' unions will meet in X"): never a story's sides
           "union", "association", "cooperative", "farmer", "resident", "villager", "trader"}


def _meeting_body(subject) -> str:
    """The body a meeting told by "meet" is of, by its words ("working group" for "a technical working group of
    engineers"), when its subject names a body rather than people."""
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in _BODIES:
        return ""
    words = [c.lower_ for c in subject.children if c.dep_ == "compound" and c.i < subject.i and c.is_alpha]
    return " ".join([*words, subject.lemma_.lower()])


def _burying_town(ctx: DocContext, verb) -> Ent | None:
    """The town that buries its dead, as the subject of "bury": "X buried ...", "the village of X buried ..."."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    named = [subject] + [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"]
    for tok in named:
        if (ent := ctx.ent_at_token(tok.i)) is not None and ent.label == "PLACE":
            return ent
    return None


def verb_frame(ctx: DocContext, tok, dominant: str, lemma: str = "") -> Frame | None:
    """ "X was sentenced on Tuesday in Dayton": the verb itself names the event."""
    cls, noun = PHRASAL_ONLY.get(lemma) or VERB_EVENTS[lemma or tok.lemma_.lower()]
    if noun == "closure" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _NOT_CLOSURES for c in tok.children):
        return None  # "polls closed at 10pm", "shares closed higher": a time of day, not a closure
    # "the deal had been due to close": the verb a plan's word hangs on
    due = tok.head.head if tok.dep_ == "xcomp" and tok.head.dep_ == "acomp" and tok.head.lower_ in DUE_WORDS else None
    if due is not None and plan_not_kept(due):
        return None  # "the deal had been due to close on September 30": a plan the report says was not kept
    subject = next((c for c in [*tok.children, *(tok.head.children if tok.dep_ == "xcomp" else ()),
                                *(due.children if due is not None else ())]
                    if c.dep_ in ("nsubj", "nsubjpass")), None)  # "the deal is expected to close": the deal
    if noun == "closure" and subject is not None and subject.lemma_.lower() in _DEALS:
        noun = "completion"  # "the transaction is expected to close in the third quarter": the deal completes
    if noun == "count" and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("vote", "ballot", "paper")
                                   for c in tok.children):
        return None  # "votes will be counted in Ashbourne" is the count; "bodies were counted" is not
    if noun == "meeting" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            o.lemma_.lower() in _RECEPTIONS for o in c.children) for c in tok.children):
        return None  # "the sale was met with anger in X": how it was taken, no meeting
    if noun == "signing" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _LOANS for c in tok.children):
        noun = "loan signing"  # "signed a $30 million loan on Monday": not the signing of the deal it finances
    body = _meeting_body(subject) if noun == "meeting" else ""
    if body:
        noun, cls = f"{body} meeting", "talks"  # "a technical working group will meet on March 30": its meeting
    guessed = noun == "meeting"
    if guessed and any(c.dep_ == "prep" and c.lower_ in ("in", "at") and event_class(o) not in (None, "talks")
                       for c in tok.children for o in c.children if o.dep_ == "pobj"):
        return None  # "will meet Lee in the run-off": the run-off is the event, told by its own noun
    if guessed:
        cls = dominant  # "the two sides meet at Elm Lane": in a sports story, the match
    if any(c.dep_ == "neg" for c in tok.children):
        return None  # "the sides did not meet in Oslo"
    frame = Frame(tok, cls, noun)
    if noun == "general meeting":
        frame.owner = voters_owner(ctx, tok)  # "X's shareholders approved the sale": X's meeting
    if noun == "arrest":
        frame.person = _arrested(ctx, tok)  # two people's arrests are two acts
    frame.guessed = guessed  # what the sides meet for, the story's most told kind of event decides
    frame.status = verb_tense(tok) or (verb_tense(tok.head) if tok.dep_ == "xcomp" else "")  # "will start trading"
    if plan_called_off(tok):
        return None  # "after plans to meet in Tartu were dropped": no meeting there to compare
    if not frame.status and tok.dep_ == "conj" and tok.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children):
        frame.status = verb_tense(tok.head)  # "was approved by the shareholders and cleared by the regulator"
    if not frame.status and tok.tag_ in ("VBP", "VBZ") and (tok.dep_ in ("ROOT", "conj") or tok.dep_ == "advcl" and any(
            c.dep_ == "advmod" and c.lower_ == "when" or c.dep_ == "mark" and c.lower_ in ("when", "once", "until")
            for c in tok.children)):
        # the present of a fixture: "the sides meet on Saturday", "a protocol, to be agreed when the sides meet in
        # Algiers on April 20"
        frame.status = "planned"
    elif not frame.status and tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("acl", "relcl", "advcl"):
        frame.status = "held"  # "a lawsuit filed on Monday"; also a finite verb the parser hung from a name
    elif not frame.status and tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in TIME_PREPS \
            and tok.head.head.pos_ in ("VERB", "AUX"):
        frame.status = verb_tense(tok.head.head)  # "shook hands after signing the agreement on Monday"
    if frame.status not in ("held", "planned"):
        return None
    if frame.status == "held" and any(c.dep_ == "advmod" and c.lower_ == "last" and c.i < tok.i for c in tok.children):
        frame.relation = "previous"  # "the commission last met in Maputo": the meeting before the one told
    anchors = {tok.i}
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in tok.children) \
            and frame.status == "held" and tok.head.pos_ in ("VERB", "AUX"):
        anchors.add(tok.head.i)  # "workers lined the yard in Villarrica on Friday as the owners signed the deal"
    if tok.dep_ == "xcomp" and (tok.head.lower_ in DUE_WORDS or tok.head.lemma_.lower() in _ASPECT_VERBS):
        # "On Thursday, May 14, the judge is expected to rule": the day the ruling is due; "they will begin trading
        # on Monday": the day the trading begins
        anchors.add(tok.head.i)
    anchors.update(c.i for c in tok.children if c.dep_ == "xcomp" and c.lower_ == "rest")  # "laid to rest in X"
    sent = tok.sent
    prison = prison_of(tok) if noun == "imprisonment" else None
    if prison is not None:
        # "Murchison prison", "the Kigo prison": the prison by its name, whatever the tagger made of the name.
        first = min([c.i for c in prison.children if c.dep_ in ("compound", "amod") and c.i < prison.i] + [prison.i])
        if first < prison.i:
            span = ctx.doc[first: prison.i + 1]
            frame.places.append(Ent(span.text, "PLACE", span.start_char, span.end_char, span.start, span.end))
    # An event told by a verb that moves it ("the case was adjourned to May 3"): it is ahead, on the day it was
    # moved to, as for a noun's event moved by its verb; "on Tuesday" is when it was moved.
    moved = tok.lemma_.lower() in MOVE_VERBS and lemma != "enter service"  # (not "switched on its new line")
    if moved:
        frame.status, frame.moved = "planned", True
    fill_slots(ctx, frame, sent, lambda ent: _attached(ctx, ent, anchors, set(), None),
                lambda ent: _after_move(ent, tok) if moved else _attached(ctx, ent, anchors, set(), None, dates=True))
    if lemma == "bury dead" and not frame.places and (town := _burying_town(ctx, tok)) is not None:
        frame.places.append(town)  # "the village of X buried five members of one family"
    if frame.event_class == "court":
        placed_by_court(ctx, frame, tok, None)
    return frame if (frame.places or frame.dates) else None


def _arrested(ctx: DocContext, verb) -> str:
    """The person a verb of arresting names as arrested ("X was detained", "police arrested X", "X, arrested in
    May"), or "". "He was arrested" is the person "he" stands for (``person_before``); "the driver, X, was
    arrested" is X."""
    whom = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")] + ([verb.head] if verb.dep_ == "acl" else [])
    whom += [a for tok in whom if tok.pos_ == "NOUN" for a in tok.children if a.dep_ == "appos"]
    for tok in whom:
        if tok.lower_ in ("he", "she", "him", "her"):
            ent = person_before(ctx, tok.idx)
            return ent.text if ent is not None else ""
        ent = ctx.ent_at_token(tok.i)
        if ent is not None and ent.label == "PERSON":
            return ent.text
    return ""


# Verbs that start or go on with an act told by the verb after them ("will begin trading on Monday").
_ASPECT_VERBS = {"begin", "start", "commence", "resume"}


# Prepositions that set a gerund's event in the time of the verb they hang from ("after visiting", "before signing").
TIME_PREPS = {"after", "before", "during", "while", "since"}


# What a word does in its clause that makes it a noun, whatever the tagger called it.
_NOMINAL = {"nsubj", "nsubjpass", "dobj", "pobj"}
# Verbs that place an event told by "it": "it will take place in Zenica", "it was held in Kyiv", "it will be played".
_PLACING_VERBS = {"hold", "stage", "play", "host", "schedule"}
# What a borrower signs: a loan is signed apart from the deal it pays for
_LOANS = LOAN_NOUNS | {"bond"}


def pronoun_frame(ctx: DocContext, tok, dominant: str, one_of: bool = False) -> Frame | None:
    """ "The union ordered a rematch, and the promoters agreed that it will take place in Zenica on October 3":
    "it" is the event named last before it, in its sentence or the one before; where and when it takes place are
    that event's. "The second, in March, was held at X" (``one_of``) is one of the events named last, the
    ones counted ("rounds", "two debates") if any."""
    verb = tok.head
    lemma = verb.lemma_.lower()
    if not (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
            or lemma in _PLACING_VERBS and tok.dep_ == "nsubjpass"
            or lemma in GOING_ON and tok.dep_ == "nsubj" and not any(c.dep_ in ("dobj", "xcomp")
                                                                     for c in verb.children)):
        return None  # ("It began in Gonaives on Thursday", but not "it began to rain")
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MAY for c in verb.children):
        return None
    frame = _frame_of_the_event_before(ctx, tok, dominant, one_of)
    if frame is None:
        return None
    frame.status = verb_tense(verb)
    if frame.status not in ("held", "planned"):
        return None
    anchors = {tok.i, verb.i}
    fill_slots(ctx, frame, tok.sent, lambda ent: _attached(ctx, ent, anchors, set(), verb),
                lambda ent: _attached(ctx, ent, anchors, set(), None, dates=True))
    return frame if (frame.places or frame.dates) else None


def one_frame(ctx: DocContext, tok, dominant: str) -> Frame | None:
    """For the word "one" (``tok``): "The session in X followed the last one, held in Maputo in August 2024": "one" with "last", "previous" or
    "next" stands for another event of the kind named before it, placed and dated by the words hung on it."""
    if tok.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos"):
        return None
    marker = next((c.lower_ for c in tok.children if c.dep_ in ("amod", "advmod") and c.i < tok.i
                   and c.lower_ in _ONE_MARKERS), None)
    if marker is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    frame = _frame_of_the_event_before(ctx, tok, dominant, False)
    if frame is None:
        return None
    frame.relation = _ONE_MARKERS[marker]
    frame.status = "held" if frame.relation == "previous" else "planned"
    anchors = {tok.i} | {c.i for c in tok.children if c.dep_ in ("acl", "relcl")}
    fill_slots(ctx, frame, tok.sent, lambda ent: _attached(ctx, ent, anchors, set(), None),
               lambda ent: _attached(ctx, ent, anchors, set(), None, dates=True))
    return frame if (frame.places or frame.dates) else None


# The words by which "one" stands for the event before or after another: "the last one", "the next one".
_ONE_MARKERS = {"last": "previous", "previous": "previous", "next": "next"}


def _frame_of_the_event_before(ctx: DocContext, tok, dominant: str, one_of: bool) -> Frame | None:
    """A frame for ``tok``, standing for the event named last before it, in its sentence or the one before (one of
    the events counted, with ``one_of``); None when none is named."""
    start = tok.sent.start
    first = ctx.doc[start - 1].sent.start if start > 0 else start  # the sentence before, if there is one
    # (a noun the tagger took for an adjective counts: "the final of the X Cup will be ...", its subject)
    told = [t for t in reversed(ctx.doc[first:tok.i]) if (t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"
                                                          or t.pos_ == "ADJ" and t.dep_ in _NOMINAL)
            and event_class(t) is not None]
    if one_of:
        # "two debates before the run-off. The first will be held on Tuesday": one of the events counted
        told = [t for t in told if t.tag_ == "NNS"] or told
    antecedent = told[0] if told else None
    if antecedent is None:
        return None
    cls = event_class(antecedent)
    if antecedent.lemma_.lower() in KINDLESS:
        cls = dominant
    return Frame(tok, cls, phrase_of(ctx, antecedent), antecedent=antecedent)


def aside_frame(ctx: DocContext, tok, dominant: str) -> Frame | None:
    """ "The first round, in X in February, agreed an agenda; the second, in Y in April, produced a draft": a number
    standing for one of the events named before it, placed and dated by the aside set off by commas after it,
    whatever the clause goes on to say it did."""
    doc = ctx.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or doc[tok.i + 2].lower_ not in ("in", "at", "on"):
        return None
    end = next((j for j in range(tok.i + 2, min(len(doc), tok.i + 14)) if doc[j].text in (",", ";", ".")), None)
    if end is None or doc[end].text != ",":
        return None
    frame = _frame_of_the_event_before(ctx, tok, dominant, one_of=True)
    if frame is None:
        return None
    verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else None
    frame.status = verb_tense(verb) if verb is not None else ""
    if frame.status not in ("held", "planned"):
        return None
    lo, hi = doc[tok.i + 2].idx, doc[end].idx
    frame.places = [e for e in ctx.ents_in(lo, hi, "PLACE") if not ctx.in_dateline(e)]
    frame.dates = [d for e in ctx.ents_in(lo, hi, "DATE") for d in _split_dates(e)]
    return frame if (frame.places or frame.dates) else None


_LEGAL_FORM = re.compile(r"\b(?:" + LEGAL_FORMS + r"|Company|Corporation|Group|Holdings?)\b\.?")


def fill_slots(ctx: DocContext, frame: Frame, sent, place_of_event, date_of_event) -> None:
    """The places and dates of ``sent`` that the predicates say are the event's. A place that only describes
    ("the Uzbek city") or the dateline's ("TASHKENT, May 4 (Wire) -", where the report was filed) never is."""
    for ent in ctx.ents_in(sent.start_char, sent.end_char, "PLACE"):
        if not _descriptor(ent.text) and not ctx.in_dateline(ent) and not names_a_matter(ctx.doc, ent) \
                and place_of_event(ent):
            frame.places.append(ent)
    if not frame.places:
        # "told a press conference at the Khulna Press Club": a body's premises, where it names no place (not "at
        # the Harbour Film Festival", an event)
        for ent in ctx.ents_in(sent.start_char, sent.end_char, "ORG"):
            root = ent_root(ctx.doc, ent)
            if _LEGAL_FORM.search(ent.text):
                continue  # "a former manager at Kelvo Semiconductor Corp": a company someone works at, not premises
            moved_to = root.head.lower_ == "to" and root.head.head.lemma_.lower() in MOVE_VERBS \
                and " " not in ent.text  # "has been moved to Chiombo", a village tagged a body
            if root.dep_ == "pobj" and (root.head.lower_ == "at" or moved_to) and event_class(root) is None \
                    and place_of_event(ent):
                frame.places.append(ent)
                break
    for ent in ctx.ents_in(sent.start_char, sent.end_char, "DATE"):
        if not ctx.in_dateline(ent) and date_of_event(ent):  # (the dateline's day is when it was filed)
            frame.dates.extend(_split_dates(ent))


def placed_by_court(ctx: DocContext, frame: Frame, tok, verb) -> None:
    """A court's act happens where the court sits: its place comes before places of what it rules on."""
    places, frame.court = court_of(ctx, tok, verb)
    frame.places[:0] = places


# Modal verbs of possibility: an event that "can", "could", "may" or "might" happen somewhere is not placed there.
MAY = {"can", "could", "may", "might"}


def phrase_of(ctx: DocContext, tok) -> str:
    left = min([c.i for c in tok.children if c.dep_ in ("amod", "compound", "nummod", "det", "poss")
                and c.i < tok.i] + [tok.i])
    right = tok.i
    for p in tok.children:
        if p.lower_ == "of" and p.i == tok.i + 1:
            objs = [c for c in p.children if c.dep_ == "pobj"]
            if objs:
                right = max(right, objs[0].i)
    span = ctx.doc[left: right + 1]
    return span.text

"""Events known by the person who makes them: visits, speeches and the ballot a candidate casts.

Visits: a named person's (or body's) trip to a place, told by a verb ("will travel to the region on Thursday",
"visited the city on Tuesday", "toured flooded farms in Sorrel district", "is expected in Karaozek on Friday") or by
a noun ("made her first visit to the stricken villages on Thursday", "his trip was put off until next Monday"). The
people a visitor meets where they are ("met survivors at the hospital in X") are a stop of the trip.

A visit is known by who makes it, not by the words that tell it: one report says a minister "will travel to" a
town, another that she "toured" it, a third that she "visited relief centres" there. Its frame carries the visitor's
name; once names are linked across reports, one visitor's visits are compared as events of their own kind.

Speeches: a candidate who addresses supporters, declares victory or concedes ("told supporters gathered in X",
"conceded at his campaign headquarters in Y", "in his victory speech on Freedom Square") does so in one place, which
reports may name differently; the speech is known by its speaker in the same way.
"""

from __future__ import annotations

from reconcile.extract.attach import SITE_NOUNS, attached
from reconcile.extract.context import DocContext
from reconcile.extract.event_claims import Frame
from reconcile.extract.holders import named
from reconcile.extract.lexicon import DUE_WORDS, INSPECTED_SITES, SEEING_VERBS
from reconcile.extract.spans import Ent, ent_root, org_word_in
from reconcile.extract.tense import verb_tense

# Verbs that tell a trip by whoever makes it.
VISIT_VERBS = {"visit", "tour", "travel", "fly", "arrive", "inspect", "head"}
# Nouns for a trip ("her first visit", "his trip").
VISIT_NOUNS = {"visit", "tour", "trip"}
# Words for a group sent by a body: "a team from the network", "a delegation of the ministry".
_GROUPS = {"team", "delegation", "mission", "group", "panel", "commission", "crew"}
# Verbs whose subject is the visitor and whose object or phrase is the trip: "made her first visit", "paid a
# return visit", "is expected ... for a return visit", "began a tour of".
_TRIP_VERBS = {"make", "pay", "begin", "start", "end", "cut", "expect", "due", "set", "plan", "schedule", "undertake",
               "conclude", "wrap", "arrive", "travel", "fly", "be"}
# Words after "is" or "was" that put a person somewhere at a time: "is expected in Karaozek on Friday".
_DUE = {"expect", "due"}
# A verb of going that tells a trip only with the place gone to: "came to Kollam on Wednesday" (not "went to", which
# reports write of plans given up: "was to go to X this week").
_GO = {"come"}
# A verb of passing time somewhere, a trip when what it passes is a day: "spent Thursday in X".
_SPEND = {"spend"}
# The words a trip told by a verb is read from.
TRIP_WORDS = VISIT_VERBS | _DUE | _GO | _SPEND | {"lead"}  # "will lead a delegation to X" (``_group_led_to``)
# People a visitor meets where they are ("met survivors at the district hospital", "met some of them at a sports
# centre"): the meeting is a stop of the visitor's trip, not talks of the story. (Leaders and workers are left out:
# "met the union's leaders in X" is talks.)
_MET_PEOPLE = {"survivor", "family", "relative", "resident", "victim", "farmer", "grower", "villager",
               "evacuee", "injured", "wounded", "miner", "fisherman", "trader", "mourner",
               "displaced", "patient", "community", "people"}
_SOME = {"some", "many", "several", "all", "most", "dozens", "hundreds"}


def meets_people(tok) -> bool:
    """ "Met survivors", "met the injured", "met some of them": a verb of meeting whose object is people met
    where they are."""
    if tok.lemma_.lower() != "meet" or tok.pos_ != "VERB":
        return False
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in _MET_PEOPLE or obj.lower_ in _MET_PEOPLE:
            return True
        if obj.lower_ in _SOME and any(p.lower_ == "of" for p in obj.children):
            return True
    return False


_VISITOR_LABELS = ("PERSON", "ORG")
# A court that sits away from its courthouse, by the words reports use for it: its visit to a site is one trip.
_COURT_VISITORS = {"court", "judge", "magistrate", "bench", "tribunal", "jury", "juror"}
# Those who lead the sides of talks, told together: "the ministers toured the bridge", "both delegations visited the
# site". Their trips are the talks' one site visit, however each report calls them.
_SIDES_VISITING = {"minister", "delegation", "delegate"}
_SIDES = "the delegations"


def visit_frame(ctx: DocContext, tok) -> Frame | None:
    """The frame of a trip told by the verb ``tok``, with its visitor, place and day; None when no name says who
    travels or the clause places and dates nothing."""
    lemma = tok.lemma_.lower()
    if lemma in _DUE:
        # "is expected in Kazakhstan on October 5": only with a place of its own and no verb after it
        if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or not any(
                c.dep_ == "prep" and c.lower_ in ("in", "at") for c in tok.children):
            return None
    elif lemma in _GO:
        if not _to_a_place(ctx, tok):
            return None  # ("came to power", "came to an agreement")
    elif lemma in _SPEND and not _spends_days(tok):
        return None  # ("spent $2 million in X")
    led = _group_led_to(ctx, tok)
    if lemma not in _DUE | _GO | _SPEND | VISIT_VERBS and not meets_people(tok) and led is None:
        return None
    if any(c.dep_ == "neg" or c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in tok.children):
        return None  # ("is due back in the capital next month": a return home, not a trip)
    visitor = _subject_name(ctx, tok)
    if not visitor:
        return None
    if visitor == _SIDES and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in INSPECTED_SITES
                                 for c in tok.children):
        return None  # "both delegations toured the bridge site": the site's inspection, however each report tells it
    status = verb_tense(tok)
    if not status and tok.dep_ in ("xcomp", "conj", "advcl", "acomp") and tok.head.pos_ in ("VERB", "AUX", "ADJ"):
        status = verb_tense(tok.head)  # "is expected to visit", "plans to fly", "landed ... and walked"
    if not status and tok.dep_ == "pcomp" and tok.head.lower_ in ("after", "before", "while", "since") \
            and tok.head.head.pos_ in ("VERB", "AUX"):
        status = verb_tense(tok.head.head)  # "announced the funds after visiting the city on Tuesday"
    if not status and (tok.dep_ == "relcl" and tok.tag_ == "VBD" or _parsed_onto_title(tok)
                       and tok.tag_ in ("VBD", "VBN")):
        status = "held"  # "Marwick, who toured the flooded farms on Tuesday", "The minister, X, spent Monday in Y"
    if status not in ("held", "planned"):
        return None
    frame = Frame(tok, "visit", f"visit by {visitor}")
    frame.status = status
    frame.person = visitor
    anchors = {tok.i}
    if tok.dep_ == "xcomp" and tok.head.lower_ in DUE_WORDS:
        anchors.add(tok.head.i)  # "is due on Monday to visit the city": the day the visit is due
    if lemma in _DUE and tok.dep_ == "acomp":
        anchors.add(tok.head.i)  # "is due in X tomorrow": a day hung on the verb "is"
    seen = {tok.i} if lemma in SEEING_VERBS else set()  # the place seen: "toured camps in X"
    sent = tok.sent
    for ent in ctx.ents_in(sent.start_char, sent.end_char, "PLACE"):
        if not ctx.in_dateline(ent) and (_placed(ctx, ent, seen, _SEEN_PREPS, objects=True)
                                         or attached(ctx, ent, anchors, set(), tok)):
            frame.places.append(ent)
    if led is not None and led not in frame.places:
        frame.places.append(led)  # "would lead a delegation to Kirkuk on Thursday"
    for ent in ctx.ents_in(sent.start_char, sent.end_char, "ORG"):
        if not frame.places and not org_word_in(ent.text) and _destination(ctx, ent, tok):
            frame.places.append(ent)  # "will travel to Lunzu-Kaya", a town tagged as a body: where one goes is a place
    for ent in ctx.ents_in(sent.start_char, sent.end_char, "DATE"):
        if attached(ctx, ent, anchors, set(), None, dates=True) or _placed(ctx, ent, seen, {"on"}, objects=True):
            frame.dates.append((ent.text, ent.start, ent.end))
    return frame if frame.places or frame.dates else None


def noun_visitor(ctx: DocContext, noun, verb) -> str:
    """Who makes the trip the noun ``noun`` tells: its owner ("her first visit", "the minister's tour"), else the
    subject of the verb that makes it ("paid a return visit", "is expected ... for a return visit")."""
    return _whose(ctx, noun, verb, trip_verb(noun, verb))


# Verbs of holding a campaign rally: "held a rally", "closed her campaign with a rally", "addressed a rally".
_RALLY_VERBS = {"hold", "stage", "close", "end", "wrap", "finish", "address", "lead", "headline", "open", "begin",
                "start", "have"}


def rally_holder(ctx: DocContext, noun, verb) -> str:
    """Whose rally the noun ``noun`` tells: its owner ("his closing rally", "Laske's rally"), else the subject of the
    verb that holds it ("Lepik closed her campaign with a rally in X"). Two candidates' rallies are two events."""
    if noun.lemma_.lower() != "rally":
        return ""
    return _whose(ctx, noun, verb, _takes(noun, verb, _RALLY_VERBS, ("with", "at")))


def trip_verb(noun, verb) -> bool:
    """Whether ``verb`` makes the trip ``noun`` ("paid a return visit", "is expected ... for a return visit"), so
    that its place and day are the trip's."""
    return noun.lemma_.lower() in VISIT_NOUNS and _takes(noun, verb, _TRIP_VERBS, ("for",))


def _takes(noun, verb, verbs: set[str], preps: tuple[str, ...]) -> bool:
    """Whether ``verb``, one of ``verbs``, takes the event noun as its object or through one of ``preps``."""
    return verb is not None and verb.lemma_.lower() in verbs and (
        noun.dep_ == "dobj" and noun.head.i == verb.i
        or noun.dep_ == "pobj" and noun.head.lower_ in preps and noun.head.head.i == verb.i)


def _whose(ctx: DocContext, noun, verb, made_by_verb: bool) -> str:
    """The person or body an event noun is of: its owner ("her visit", "his rally"), else, when ``verb`` makes the
    event (``made_by_verb``), the verb's subject."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _name_of(ctx, owner)
    for obj in (o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "by")
                for o in p.children if o.dep_ == "pobj"):
        if name := _name_of(ctx, obj):
            return name  # "the visit of Minister X", "a tour by the delegation of Y"
    return _subject_name(ctx, verb) if made_by_verb else ""


def _group_led_to(ctx: DocContext, verb) -> Ent | None:
    """The place a visitor leads a group to ("will lead a delegation to Kirkuk", "led a team to X"), or None."""
    if verb.lemma_.lower() != "lead":
        return None
    group = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _GROUPS), None)
    if group is None:
        return None
    for prep in (p for h in (verb, group) for p in h.children if p.dep_ == "prep" and p.lower_ == "to"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if (ent := ctx.ent_at_token(obj.i)) is not None and (
                    ent.label == "PLACE" or ent.label == "ORG" and not org_word_in(ent.text)):
                return ent  # (a town tagged as a body, as "travel to X" takes it)
    return None


def _destination(ctx: DocContext, ent: Ent, verb) -> bool:
    """Whether ``ent`` is where the trip ``verb`` goes, said right on the verb: "travel to X", "visited X",
    "arrived in X"."""
    root = ent_root(ctx.doc, ent)
    if root.dep_ == "dobj":
        return root.head.i == verb.i and verb.lemma_.lower() in SEEING_VERBS
    return root.dep_ == "pobj" and root.head.head.i == verb.i and root.head.lower_ in ("to", "in", "at")


def _placed(ctx: DocContext, ent: Ent, anchors: set[int], preps: set[str], objects: bool = False) -> bool:
    """Whether the place hangs on an anchor by one of ``preps``, through at most two nouns ("relief camps in X",
    "from the steps of the Old Theatre"); with ``objects``, also as the anchor's object or in it ("visited X",
    "visit the flooded villages of X"). A place "of" the anchor itself is not where it happens."""
    node = ent_root(ctx.doc, ent)
    if node.dep_ == "appos" and node.head.pos_ == "NOUN":
        node = node.head  # "in his hometown, Efon-Alaaye": the town set beside the noun it is placed by
    if objects and node.dep_ == "compound" and node.head.dep_ == "dobj" and node.head.lemma_.lower() in SITE_NOUNS:
        node = node.head  # "toured Austral's Calbuco plant": the site named by its town
    for _ in range(3):
        if objects and node.dep_ == "dobj" and node.head.i in anchors:
            return True
        if node.dep_ != "pobj" or node.head.lower_ not in preps:
            return False
        head = node.head.head
        if head.i in anchors:
            return node.head.lower_ != "of"
        if objects and head.pos_ == "VERB" and head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            # "visit families sheltering at X (on Wednesday)": where those visited are, and the day they were seen
            head = head.head
        if head.pos_ not in ("NOUN", "PROPN"):
            return False
        node = head
    return False


def _subject_name(ctx: DocContext, verb) -> str:
    """The name of who does ``verb``: its subject, or the subject of the verb it depends on ("is expected to
    visit", "will fly ... and tour")."""
    node = verb
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.lower_ in ("who", "that") and node.dep_ == "relcl":
                subject = node.head  # "Marwick, who toured ...": the name the clause is about
            return _name_of(ctx, subject)
        if _parsed_onto_title(node):
            return _name_of(ctx, node.head)  # "The minister, X, spent Thursday in Y", the verb parsed onto the title
        # "is due to visit", "announced the funds after visiting the city": the subject of the verb above
        if node.dep_ not in ("xcomp", "conj", "advcl", "acomp", "pcomp", "prep") or node.head.i == node.i:
            return ""
        node = node.head
    return ""


def _parsed_onto_title(verb) -> bool:
    """ "The Minister of Mines, X, spent Thursday in Y": the clause's verb, which the parser hung on the title as a
    participle after the name set beside it."""
    return verb.dep_ == "acl" and verb.i > 0 and verb.doc[verb.i - 1].text == "," and any(
        c.dep_ == "appos" and c.i < verb.i for c in verb.head.children)


def _spends_days(tok) -> bool:
    """Whether a verb of spending spends days in a place: "spent Thursday in X", "spent two days at the site"."""
    return any(c.dep_ in ("dobj", "npadvmod", "tmod") and c.ent_type_ == "DATE" for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") for c in tok.children)


def _to_a_place(ctx: DocContext, tok) -> bool:
    """Whether a verb of going goes "to" a named place ("came to Kollam")."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        o.dep_ == "pobj" and (e := ctx.ent_at_token(o.i)) is not None and e.label == "PLACE" for o in c.children)
        for c in tok.children)


def _name_of(ctx: DocContext, tok) -> str:
    """The person or body ``tok`` names: a name, a pronoun for the last person named, a title with a name set beside
    it ("the minister, Ilse Marwick,"), or a group from a body ("a team from the network")."""
    ent = ctx.ent_at_token(tok.i)
    if ent is not None:
        return ent.text if ent.label in _VISITOR_LABELS and not ctx.in_dateline(ent) else ""
    if tok.dep_ == "appos" and (ent := ctx.ent_at_token(tok.head.i)) is not None and ent.label == "PERSON":
        return ent.text  # "Laske, a former mayor who cast his vote in X": the name the description is set beside
    low = tok.lower_
    if low in ("his", "her"):
        return named(ctx, tok) or _last_person(ctx, tok)  # "In his victory speech ..., Karalis promised"
    if low in ("he", "she"):
        return _last_person(ctx, tok)
    for child in tok.children:
        if child.dep_ == "appos" and (ent := ctx.ent_at_token(child.i)) is not None and ent.label == "PERSON":
            return ent.text
        if child.dep_ == "prep" and child.lower_ == "of":
            # "Minister of Housing Jane Orvel toured ...", the name parsed into the portfolio; "The head of Acme
            # Mining, Jane Orvel, toured ...", the name set beside the body the title is of
            for word in (n for obj in child.children if obj.dep_ == "pobj"
                         for n in (obj, *(a for a in obj.children if a.dep_ == "appos"))):
                if (ent := ctx.ent_at_token(word.i)) is not None and ent.label == "PERSON":
                    return ent.text
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _COURT_VISITORS and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in tok.children):
        return "the court"  # "the court visited a riverbed at X", "the judge came to X": the court's site visit
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in _SIDES_VISITING and any(
            c.dep_ in ("det", "nummod", "predet") and c.lower_ in ("the", "both", "two", "all") for c in tok.children):
        return _SIDES  # "the ministers will visit the border post", "both delegations toured the town"
    if tok.lemma_.lower() in _GROUPS:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
                for obj in prep.children:
                    ent = ctx.ent_at_token(obj.i)
                    if obj.dep_ == "pobj" and ent is not None and ent.label == "ORG":
                        return ent.text
    return ""


def _last_person(ctx: DocContext, tok) -> str:
    """The person a pronoun stands for: the last person named before it in its sentence, else in the sentence
    before."""
    sent = tok.sent
    before = [e for e in ctx.ents_in(sent.start_char, tok.idx, "PERSON") if not ctx.in_dateline(e)]
    if not before and sent.start > 0:
        prev = ctx.doc[sent.start - 1].sent
        before = [e for e in ctx.ents_in(prev.start_char, prev.end_char, "PERSON") if not ctx.in_dateline(e)]
    return before[-1].text if before else ""


# Where a person votes: "voted in his hometown of X", "cast his ballot at a school in Y", "has voted at Ward 4 in Z".
_BALLOT_PREPS = {"in", "at", "of"}
_BALLOT_NOUNS = {"ballot", "vote"}


def ballot_frame(ctx: DocContext, tok) -> Frame | None:
    """A named person's own vote ("Quispe voted in his hometown of Sacaba", "cast his ballot at a school in
    Quillacollo"): where and when one voter votes, which reports may tell differently; None for a vote no name
    casts, which is the election's, or a clause that places and dates nothing."""
    lemma = tok.lemma_.lower()
    if not (lemma == "vote" and not any(c.dep_ in ("dobj", "prep") and c.lower_ in ("for", "against")
                                        for c in tok.children)
            or lemma == "cast" and any(c.dep_ == "dobj" and c.lemma_.lower() in _BALLOT_NOUNS for c in tok.children)):
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    voter = _subject_name(ctx, tok)
    if voter not in {e.text for e in ctx.ents if e.label == "PERSON"}:
        return None  # a person's vote: "the party voted", "voters cast ballots" are the election's
    status = verb_tense(tok)
    frame = Frame(tok, "ballot", f"ballot cast by {voter}")
    frame.status = status if status in ("held", "planned") else "held"
    frame.person = voter
    return _placed_and_dated(ctx, frame, {tok.i} | {c.i for c in tok.children if c.dep_ == "dobj"}, _BALLOT_PREPS)


# Whom a speech is made to, and what a candidate declares or concedes.
_AUDIENCES = {"supporter", "crowd", "follower", "activist", "rally"}
_SPEAKING = {"address", "tell", "speak", "thank", "celebrate", "greet"}
_OUTCOMES = {"victory", "win", "defeat"}
_SPEECH_PREPS = {"in", "at", "on", "from", "before", "of"}
# Prepositions from what a visitor sees to where it is: "camps in X", "the villages of X".
_SEEN_PREPS = {"in", "of", "at", "near", "around"}


def speech_frame(ctx: DocContext, tok) -> Frame | None:
    """The frame of a candidate's speech told by the verb ``tok`` ("told supporters", "declared victory",
    "conceded"), with its speaker, place and day; None when it is no such speech or no name says who speaks."""
    lemma = tok.lemma_.lower()
    audience = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _AUDIENCES]
    audience += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "with", "before")
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _AUDIENCES]
    outcome = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _OUTCOMES]
    if not (lemma in _SPEAKING and audience or lemma in ("declare", "claim", "admit") and outcome
            or lemma == "concede"):
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    speaker = _subject_name(ctx, tok)
    return _speech(ctx, tok, speaker, {tok.i} | {a.i for a in audience + outcome}
                   | {c.i for a in audience for c in a.children if c.dep_ in ("acl", "relcl")})


def speech_of_noun(ctx: DocContext, noun, verb) -> Frame | None:
    """ "In his victory speech on Freedom Square", "gave his concession speech at his campaign office", "said in
    a speech at his family home": a speech by its noun."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    speaker = _name_of(ctx, owner) if owner is not None else ""
    if not speaker and verb is not None and (noun.dep_ == "dobj" and noun.head.i == verb.i
                                             or noun.dep_ == "pobj" and noun.head.head.i == verb.i):
        speaker = _subject_name(ctx, verb)  # "gave a speech", "said in a speech"
    kinds = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    if not (kinds & {"victory", "concession"} or verb is not None and noun.dep_ == "pobj" and noun.head.lower_ == "in"
            and verb.lemma_.lower() in ("say", "tell", "promise", "pledge", "vow")):
        return None
    tied = verb is not None and (noun.head.i == verb.i or noun.dep_ == "pobj" and noun.head.head.i == verb.i)
    anchors = {noun.i} | ({verb.i} if tied else set())
    if tied and noun.dep_ == "dobj":
        # "delivered her concession speech to a quiet room at her party office": where those it was given to were
        anchors |= {o.i for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "before")
                    for o in p.children if o.dep_ == "pobj"}
    return _speech(ctx, noun, speaker, anchors)


def _speech(ctx: DocContext, tok, speaker: str, anchors: set[int]) -> Frame | None:
    if not speaker:
        return None
    status = verb_tense(tok) if tok.pos_ == "VERB" else verb_tense(tok.head) if tok.head.pos_ == "VERB" else ""
    frame = Frame(tok, "speech", f"speech by {speaker}")
    frame.status = status if status in ("held", "planned") else "held"
    frame.person = speaker
    return _placed_and_dated(ctx, frame, anchors, _SPEECH_PREPS)


def _placed_and_dated(ctx: DocContext, frame: Frame, anchors: set[int], preps: set[str]) -> Frame | None:
    """A speaker's or a voter's frame with the places hung on ``anchors`` by ``preps`` and the days hung on them,
    in the trigger's sentence; None when the sentence places and dates nothing."""
    sent = frame.trigger.sent
    for ent in ctx.ents_in(sent.start_char, sent.end_char, "PLACE", "ORG"):
        if not ctx.in_dateline(ent) and (ent.label == "PLACE" or not org_word_in(ent.text)) \
                and _placed(ctx, ent, anchors, preps):
            frame.places.append(ent)
    for ent in ctx.ents_in(sent.start_char, sent.end_char, "DATE"):
        if attached(ctx, ent, anchors, set(), None, dates=True):
            frame.dates.append((ent.text, ent.start, ent.end))
    return frame if frame.places or frame.dates else None

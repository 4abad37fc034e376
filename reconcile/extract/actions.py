"""Actions told with a place: "the van was swept into the river near Madhpur", "the injured were airlifted to
Hetauda". A story's events are not all named by an event noun; any act a report places is one the other reports
may place elsewhere.

A site a report says is to be built or kept somewhere (``sites.py``) is keyed by its kind, whatever verb brings it:
"will build a new grinding plant in X" and "will bring a processing plant to Y" place the one plant of the story.

An action is keyed by its verb and the noun it happens to (its object, or its subject when it has none): two
reports that use the same verb for the same kind of thing, once each, tell the same act ("the purchase is expected
to complete by June" / "... to be completed by 30 September"). Its place and its date are taken when they hang from
the verb itself; a date a clause only passes by ("said on Monday") is the saying's, and verbs of speech are left out.
"""

from __future__ import annotations

from reconcile.extract.attach import is_descriptor, set_aside
from reconcile.extract.context import DocContext
from reconcile.extract.holders import person_before
from reconcile.extract.hurt import HURT, carried_hurt, said_hurt
from reconcile.extract.lexicon import (
    CASUALTY_CATEGORIES,
    DONE_TO_PEOPLE,
    DUE_WORDS,
    FUTURE_MARKERS,
    INSPECTED_SITES,
    MORE_WORDS,
    SPEECH_VERBS,
    TRAVEL_VERBS,
    TRIGGER_CLASS,
    VEHICLES,
    VERB_EVENTS,
    WORD_CATEGORY,
    area_core,
    moves_event,
    names_a_ship,
)
from reconcile.extract.sites import site_kind, site_of
from reconcile.extract.spans import FACILITY_WORDS, Ent, ent_root, names_a_matter, org_word_in
from reconcile.extract.tense import plan_not_kept, verb_tense
from reconcile.models import Claim
from reconcile.normalize.dates import parse_date, said_not_done
from reconcile.normalize.numbers import parse_ordinal
from reconcile.normalize.places import gazetteer
from reconcile.slots import breadth

# Prepositions that put an act somewhere, and that date it.
_PREPS = {"in", "at", "near", "to", "into", "off", "outside", "from"}
_DATE_PREPS = {"on", "in", "by", "until", "till", "before", "from", "for"}
# Verbs that place a state or a person, not an act: "lives in", "is based in", "was born in", "works at".
# (Verbs of travel, speech and of events told by a verb are left out through their own lists.)
_STATES = {"be", "have", "live", "base", "bear", "work", "stay", "remain", "reside", "own", "operate", "grow",
           "study", "know", "get", "make", "take", "see", "find", "serve", "lead", "represent", "hail", "visit",
           "drive", "speak"}
# Nouns too general to tell one act from another ("people were taken to ...": which people?).
_VAGUE = {"people", "person", "man", "woman", "thing", "one", "some", "many", "others", "part", "most", "all",
          "time", "way", "lot", "number", "group"}


# Acts done to a named person that reports place and date: "X was detained in March in Astana". (Arrests,
# sentences, appointments and the like are events of their own, ``VERB_EVENTS``, and never come here.)
_DONE_TO_PEOPLE = DONE_TO_PEOPLE - set(VERB_EVENTS)


# Words that make an act the first or last of a series ("the last bodies were recovered").
_SERIES_PLACES = {"opening": 1, "last": "last", "final": "last", "remaining": "last"}


# Verbs that tell one act in other words: production that "ends" is production that "stops".
_SAME_ACT = {"end": "stop", "halt": "stop", "cease": "stop", "abandon": "stop", "shut": "close", "airlift": "fly",
             "rush": "take",
             # engineers who "walked", "toured" or "examined" a dam's spillway inspected it
             "walk": "inspect", "tour": "inspect", "examine": "inspect", "visit": "inspect",
             # a convoy that "reaches" or "docks at" a town arrives there
             "reach": "arrive", "dock": "arrive", "land": "arrive",
             # a bridge "swept away" by a flood was "washed away"
             "sweep": "wash",
             # a service that "begins" or "commences" on a day starts then
             "begin": "start", "commence": "start"}
# Things sent that arrive somewhere: what "arrived", "reached" or "docked", as a trip of their own.
_CONVEYED = {"convoy", "shipment", "consignment", "cargo", "delivery", "aid", "supplies", "relief", "ship", "vessel",
             "ferry", "barge", "tanker", "freighter", "train", "plane", "aircraft", "flight", "truck", "lorry"}
# Those acted on, called by the body or by its members: "the jury was taken to X", "jurors were taken to Y".
_SAME_THEME = {"juror": "jury", "delegate": "delegation", "crewman": "crew", "crewmember": "crew"}
# A stretch of a thing, which stands for the thing acted on: "walked the length of the barrage".
_STRETCHES = {"length", "stretch", "section", "part"}


def _arriving(verb):
    """The thing sent that the verb of arriving tells arrive ("the convoy ... was due to arrive", "a shipment of
    maize reached X"), its subject or the subject of the verb it depends on; else None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    node = verb
    for _ in range(3):  # "was due to arrive", "left X and was due to arrive": the subject of the verbs above
        if subject is not None or node.dep_ not in ("xcomp", "acomp", "conj") or node.head.i == node.i:
            break
        node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "that") and subject.head.dep_ == "relcl":
        subject = subject.head.head
    return subject if subject is not None and subject.lemma_.lower() in _CONVEYED else None


def _body_of_a_person(ctx: DocContext, tok) -> bool:
    """ "the body of X", X a person named: the dead found, or a person found ("X was found on the beach at Y")."""
    if tok.lemma_.lower() == "body":
        return True
    ent = ctx.ent_at_token(tok.i)
    return ent is not None and ent.label == "PERSON" and tok.dep_ == "nsubjpass"


def _theme_of(head):
    """What a verb acts on: its object, else its passive subject, else its subject."""
    theme = next((c for c in head.children if c.dep_ == "dobj"), None) \
        or next((c for c in head.children if c.dep_ == "nsubjpass"), None) \
        or next((c for c in head.children if c.dep_ == "nsubj"), None)
    if theme is None and head.dep_ in ("xcomp", "ccomp", "conj"):
        # "the deal is expected to complete in June": what completes is the governing verb's subject; "were
        # brought ashore and taken to X": the second verb's is the first's
        theme = next((c for c in head.head.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")), None)
        if theme is not None and head.dep_ == "conj" and said_hurt(head.head) and head.head.pos_ == "VERB":
            theme = head.head  # "nine workers were injured and taken to X": the injured
    if theme is not None and theme.lower_ in ("who", "which", "that") and head.dep_ == "relcl":
        theme = head.head  # "the injured, who were airlifted to X": the injured were
    if theme is not None and theme.lemma_.lower() in _STRETCHES:
        # "walked the length of the barrage": the barrage
        theme = next((o for p in theme.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj"), theme)
    return theme


def _inspecting(noun):
    """The verb of inspecting whose object ``noun`` is, or lies under by a few nouns ("the length of the barrage on
    the river"); else None."""
    for _ in range(4):
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
                and _SAME_ACT.get(act := noun.head.lemma_.lower(), act) == "inspect":
            return noun.head
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = noun.head.head
    return None


def _people_acted_on(theme):
    """The word that says who those acted on are, when it calls them casualties: the injured "flown to X" are
    "the injured", "three of the injured", "seven injured people", "seriously injured passengers", "the men who had
    been burned"; a number is the word after it ("the seven critically injured"). Any other theme as it is."""
    if theme.pos_ == "NUM":
        of = [o for p in theme.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj"]
        part = next((o for o in of if said_hurt(o)), None) or next(
            (a for o in of for a in o.children if a.dep_ == "amod" and said_hurt(a)), None) or next(
            (a for a in theme.children if a.dep_ in ("appos", "amod") and said_hurt(a)), None)
        if part is not None:
            # "Three of the injured were flown to X", "six of the badly burned patients", "six of them, the most
            # badly burned,"
            return part
        # "the seven critically injured were airlifted"; "Thirty of them were injured and were taken to X"
        # ("12 of the most critical patients were flown to X": the patients)
        theme = next((c for c in theme.children if c.dep_ in ("acl", "amod") and c.i > theme.i), None) or (
            theme.head if WORD_CATEGORY.get(theme.head.lower_) in CASUALTY_CATEGORIES else None) or next(
            (o for o in of if o.pos_ == "NOUN"), theme)
    if theme.lemma_.lower() in _VAGUE or theme.pos_ == "NOUN":
        vague = theme.lemma_.lower() in _VAGUE
        theme = next((c for c in theme.children if (c.dep_ == "amod" or c.dep_ == "relcl" and vague)
                      and said_hurt(c)), theme)
    return theme


# Verbs that stop an act with "off": "called off the search", "broke off the talks".
_CALLED_OFF = {"call", "break"}


# Verbs of an act going on, whose "until" gives the day it is to stop.
_GO_ON = {"continue", "extend", "last", "run", "keep", "prolong"}


def _goes_on_until(ctx: DocContext, ent: Ent, verb) -> bool:
    """ "The search will continue until Sunday", "was extended until May 27": the day is when the act stops."""
    root = ent_root(ctx.doc, ent)
    return verb.lemma_.lower() in _GO_ON and root.dep_ == "pobj" and root.head.lower_ in ("until", "till") \
        and root.head.head.i == verb.i


def _called_off(verb) -> bool:
    return verb.lemma_.lower() in _CALLED_OFF and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def extract_actions(ctx: DocContext, taken: list[tuple[int, int]]) -> list[Claim]:
    """One place claim for each act a clause puts in a place, and one date claim for each act it dates, that no
    event frame has taken (``taken``: the spans of the places and dates already in a frame)."""
    claims: list[Claim] = []
    published = ctx.source.published
    for ent in ctx.ents:
        if any(a <= ent.start < b for a, b in taken) or ctx.in_dateline(ent) or set_aside(ctx.doc, ent.token_start):
            continue
        if ent.label == "DATE":
            found = _action_of(ctx, ent, _DATE_PREPS)
            if found is None:
                continue
            verb, theme = found
            status = _status(verb)
            ends = _goes_on_until(ctx, ent, verb)
            nd = parse_date(ent.text, published, status == "planned" or ends) if status else None
            if ends and nd is not None and published is not None and (day := nd.as_date()) is not None:
                # "the search will go on until Sunday", "was extended until May 27": the day it is to stop, a plan
                # until that day has come
                status = "planned" if day >= published.date() else "held"
            if nd is None or not (nd.specific or nd.month or nd.months) or status == "planned" and said_not_done(nd, published):
                continue
            claims.append(_claim(ctx, ent, verb, theme, status, "date", nd, act="stop" if ends else None,
                                 known_as=_TESTIMONY if _remote(verb) else None))
            continue
        if is_descriptor(ent.text) or names_a_matter(ctx.doc, ent):
            continue
        unnamed_org = ent.label == "ORG" and not org_word_in(ent.text)
        site = site_of(ctx, ent) if ent.label == "PLACE" or unnamed_org else None
        if site is not None:
            # "will build a new unit at X": where a plant is to stand is a place, whatever the tagger took it for
            claims.append(_claim(ctx, ent, site, None, "planned", "place", None))
            continue
        if not (ent.label == "PLACE" or unnamed_org and (known := gazetteer().lookup(ent.text)) is not None
                and known.sizeable):
            continue  # a sizeable city the tagger took for an organisation is the city
        testified = _by_video_link(ctx, ent)
        if testified is not None:
            if status := _status(testified):
                claims.append(_claim(ctx, ent, testified, None, status, "place", None, known_as=_TESTIMONY))
            continue
        departure = _departure(ctx, ent)
        if departure is not None:
            verb, vehicle = departure
            if status := _status(verb):
                # one act, whatever the vehicle is called: "the ferry left", "the boat departed"
                claims.append(_claim(ctx, ent, verb, vehicle, status, "place", None,
                                     known_as=("departure", None)))
            continue
        found = _action_of(ctx, ent, _PREPS)
        if found is None:
            continue
        verb, theme = found
        status = _status(verb)
        if status:
            claims.append(_claim(ctx, ent, verb, theme, status, "place", None))
    return _one_place_an_act(claims)


# A vehicle that sets out from a place: "the ferry had left Bukoba landing site", "the bus departed from Musoma".
_DEPART = {"leave", "depart"}


def _departure(ctx: DocContext, ent: Ent):
    """(verb, vehicle) for a place a vehicle left, or None."""
    root = ent_root(ctx.doc, ent)
    if root.dep_ == "compound" and root.head.dep_ in ("dobj", "pobj"):
        root = root.head  # "left Bukoba landing site"
    verb = root.head if root.dep_ == "dobj" else root.head.head if (
        root.dep_ == "pobj" and root.head.lower_ == "from") else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _DEPART and not (
            verb.lemma_.lower() == "set" and any(c.dep_ == "prt" and c.lower_ in ("off", "out") for c in verb.children)):
        return None  # (but "the boat had set off from X" left it too)
    vehicle = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if vehicle is None or not (vehicle.lemma_.lower() in VEHICLES or names_a_ship(vehicle)):
        return None
    return verb, vehicle


# Words of a remote appearance: "by video link", "via videolink", "by video conference"; and the act it tells, however
# a report words it ("testified", "gave evidence", "spoke to the court").
_LINKS = {"link", "videolink", "video-link", "videoconference", "video"}
_TESTIMONY = ("testimony by video link", "evidence by video link")


def _by_video_link(ctx: DocContext, ent: Ent):
    """The verb of someone who testified, spoke or appeared by video link from the place ``ent`` ("gave evidence by
    video link from X", "who testified by video link from a courtroom in Y"): where the witness was, not the court.
    None for any other place."""
    root = ent_root(ctx.doc, ent)
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and root.head.head.dep_ == "pobj":
        root = root.head.head  # "from a courtroom in Y", "from the prison in Z"
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return None
    verb = next((a for a in root.head.ancestors if a.pos_ == "VERB"), None)
    return verb if verb is not None and _remote(verb, root.head.head) else None


def _remote(verb, *more) -> bool:
    """Whether ``verb`` (or a word of ``more`` it governs) is done "by video link"."""
    return any(p.dep_ == "prep" and p.lower_ in ("by", "via", "over") and any(o.lemma_.lower() in _LINKS
                                                                             for o in p.children)
               for w in (verb, *more) for p in w.children)


def _one_place_an_act(claims: list[Claim]) -> list[Claim]:
    """ "taken to the Provincial Hospital in X": a building and its town for one act; the town is what reports
    compare, the building is kept as the venue."""
    out: list[Claim] = []
    for c in claims:
        prev = out[-1] if out else None
        if prev is not None and c.attribute == prev.attribute == "place" \
                and c.qualifiers["frame"] == prev.qualifiers["frame"]:
            if (area_core(c.value) or breadth(c) > 0) and not set(prev.value.lower().split()) & FACILITY_WORDS:
                # "near X in Y district", "in Y province, in Z region": the town or the smaller area named
                # first, not the area it lies in
                continue
            c.qualifiers["venue"] = prev.value
            out[-1] = c
        else:
            out.append(c)
    return out


def _status(verb) -> str:
    """"held" or "planned" for an act's verb, or its governing verb's when it has no tense of its own ("is
    expected to complete"); "" when neither tells."""
    status = verb_tense(verb)
    if not status and (verb.dep_ in ("xcomp", "ccomp") and "to" in {c.lower_ for c in verb.children}
                       or verb.dep_ == "conj"):  # "were brought ashore and taken to X"
        status = verb_tense(verb.head)
    return status if status in ("held", "planned") else ""


def _claim(ctx: DocContext, ent: Ent, verb, theme, status: str, attribute: str, norm, act: str | None = None,
           known_as: tuple[str, str | None] | None = None) -> Claim:
    """The claim of an act (``verb`` and what it acts on, ``theme``; ``act`` names the act when the verb does not),
    or of a site to come (``verb`` is then the site's noun and ``theme`` is None). ``known_as`` is the key and the
    words (or None for the words of this report) of an act told by many verbs ("left", "departed"; "testified",
    "gave evidence"), whatever this one is."""
    if known_as is not None and known_as[1] is not None:
        key, phrase = known_as
    elif theme is None:
        # The site of a plant to come: keyed by its kind, said with its own words ("the grinding plant site").
        words = [c.lower_ for c in verb.lefts if c.dep_ in ("compound", "amod") and c.lower_ not in FUTURE_MARKERS]
        key, phrase = f"site {site_kind(verb)}", " ".join([*words, verb.lower_, "site"])
    else:
        lemma = verb.lemma_.lower()
        # "the first relief flight landed" and "the third relief flight landed": two acts, by their numbers
        number = next((n for c in theme.children if c.dep_ in ("amod", "compound")
                       and (n := _SERIES_PLACES.get(c.lower_) or parse_ordinal(c.lower_)) is not None), None)
        # "the injured were flown" and "flew injured people": one word for those acted on, whatever its form
        acted_on = ("injured" if theme.lower_ in HURT else WORD_CATEGORY.get(theme.lower_)) \
            if theme.pos_ in ("ADJ", "VERB") and said_hurt(theme) else theme.lemma_.lower()
        if _called_off(verb):
            lemma = "stop"  # "called off the search", "broke off the talks": stopped them
        lemma = act or lemma
        acted_on = _SAME_THEME.get(acted_on, acted_on)
        lemma, acted_on = carried_hurt(verb, lemma, acted_on)
        key = f"{_SAME_ACT.get(lemma, lemma)} {acted_on}" + (f" no. {number}" if number else "")
        # Said the way a reader would: "the cash handed", "the injured airlifted".
        done = verb.lower_ if verb.tag_ in ("VBD", "VBN") else verb.lemma_.lower()
        phrase = f"{theme.lower_} {done}"
        if known_as is not None:
            key = known_as[0]
    quals = {"frame": f"{ctx.source.id}:a{verb.i}", "event_class": "action", "status": status,
             "relation": "", "phrase": phrase, "definite": False, "moved": False, "guessed": False, "court": "",
             "sentence": ctx.sentence_index(verb.idx), "trigger": key}
    if attribute == "date":
        return ctx.claim(kind="event", subject=phrase, attribute="date", value=ent.text, start=ent.start,
                         end=ent.end, value_type="date", norm=norm, qualifiers=quals, extractor="event.action",
                         confidence=0.5)
    place = ctx.place(ent.text)
    return ctx.claim(kind="event", subject=phrase, attribute="place", value=ent.text, start=ent.start,
                     end=ent.end, value_type="place", norm=place.key if place else "name:" + ent.text.lower(),
                     qualifiers=quals, extractor="event.action", confidence=0.6)


def _action_of(ctx: DocContext, ent: Ent, preps: set[str]):
    """(verb, the noun it acts on) for a place hung from a verb by a preposition, through at most one noun
    ("swept into the river near X"); None when the place is where a person or a body is rather than an act."""
    root = ent_root(ctx.doc, ent)
    if root.dep_ == "compound" and root.head.dep_ == "pobj" and (
            ent.label != "DATE" or root.head.lower_ in ("morning", "afternoon", "evening", "night")):
        root = root.head  # "detained at Pavlodar airport": the town named in a place's name; "by Sunday evening"
    if root.dep_ == "npadvmod" and ent.label == "DATE":
        head = root.head  # "served a notice January 30"
    elif root.dep_ == "pobj" and root.head.lower_ in preps:
        head = root.head.head
    else:
        return None
    prep = root.head.lower_
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.dep_ == "prep":
        prep = head.head.lower_
        head = head.head.head  # "into the river near X", "to the Provincial Hospital in X": where the verb goes
    elif ent.label != "DATE" and prep in ("in", "at", "near") and head.pos_ == "NOUN" and head.dep_ == "dobj" \
            and head.head.pos_ == "VERB" and _SAME_ACT.get(act := head.head.lemma_.lower(), act) == "inspect":
        # "inspected the plot in X on February 12", "toured the depots in X": the town of the thing inspected is
        # where it was inspected
        head = head.head
    if ent.label != "DATE" and root.head.lower_ in ("in", "at", "near") and head.pos_ in ("NOUN", "PROPN"):
        # "walked the length of the barrage on the river at X": the thing inspected, told in a few nouns
        head = _inspecting(head) or head
    if head.pos_ != "VERB":
        return None
    if head.lower_ in DUE_WORDS and (then := next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"),
                                                  None)) is not None:
        head = then  # "on Wednesday the delegations are scheduled to visit the barrage": the visit, not a schedule
    if ent.label == "DATE" and prep == "by" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                                    for c in head.children):
        return None  # "had recovered 17 bodies by Monday evening": a tally by then, not the day of an act
    lemma = head.lemma_.lower()
    taken_to = lemma == "take" and (prep == "to" or any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children))
    # "were flown to X", "flew the injured to X": people carried, not a trip of one's own
    carried = lemma == "fly" and any(c.dep_ in ("nsubjpass", "dobj", "auxpass") for c in head.children)
    # "visited the planned bridge site at X": officials inspecting a site, not a trip of a person's
    site_visit = lemma == "visit" and any(c.dep_ == "dobj" and c.lemma_.lower() in INSPECTED_SITES for c in head.children)
    # "the convoy was due to arrive in X on Wednesday", "the shipment reached X on Friday": a thing sent arrives
    arriving = _arriving(head) if _SAME_ACT.get(lemma, lemma) == "arrive" else None
    conveyed = arriving is not None
    # "the body of X was found near Y": the dead found, an act of the search
    found_dead = lemma == "find" and any(c.dep_ in ("nsubjpass", "dobj") and (
        WORD_CATEGORY.get(c.lower_) == "dead" or _body_of_a_person(ctx, c)) for c in head.children)
    if lemma in _STATES and not (taken_to or site_visit or found_dead) \
            or lemma in SPEECH_VERBS and not _called_off(head) \
            or lemma in TRAVEL_VERBS and not carried and not site_visit and not conveyed \
            or lemma in VERB_EVENTS \
            or any(c.dep_ == "neg" for c in head.children) or plan_not_kept(head):
        return None
    theme = arriving if conveyed else _theme_of(head)
    if theme is not None:
        theme = _people_acted_on(theme)
    if found_dead and theme is not None and theme.lemma_.lower() == "body":
        # "the body of X was found": X, as "X was found" tells it
        theme = next((o for p in theme.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj" and (e := ctx.ent_at_token(o.i)) is not None and e.label == "PERSON"),
                     theme)
    named = None
    if theme is not None and theme.lower_ in ("he", "she", "him", "her") and theme.dep_ in ("nsubjpass", "dobj") \
            and head.lemma_.lower() in _DONE_TO_PEOPLE:
        # "She was buried in X": the person "she" stands for, by the last word of her name
        named = person_before(ctx, ctx.sentence_at(head.idx).start_char)
        theme = ctx.doc[named.token_end - 1] if named is not None else None
    person = theme is not None and theme.pos_ == "PROPN" and (head.lemma_.lower() in _DONE_TO_PEOPLE or found_dead) \
        and (theme.dep_ in ("nsubjpass", "dobj") and theme.ent_type_ == "PERSON" or named is not None
             or found_dead and theme.ent_type_ == "PERSON")
    if theme is None or theme.pos_ not in ("NOUN", "VERB", "ADJ") and not person or theme.lemma_.lower() in _VAGUE:
        return None
    if any(c.dep_ in ("amod", "det") and c.lower_ in MORE_WORDS for c in theme.children):
        return None  # "recovered two more bodies": one act of a series, none the other reports can tell apart
    if moves_event(head) and theme.lemma_.lower() in TRIGGER_CLASS:
        return None  # "the talks were moved (pushed back) from X to Y": the talks' old and new, not an act's
    return head, theme

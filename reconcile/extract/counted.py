"""What a figure counts, from the words that govern it: the noun it modifies, the verb it hangs from ("killed
12", "drew 31,000 people"), or the measure a count rose to ("the death toll rose to 19"). Casualties are read with
``casualties``, crowds with ``crowds``, what a percentage is of with ``percents`` and what a sum of money is with
``money``."""

from __future__ import annotations

import re

from reconcile.extract.casualties import (
    CASUALTY_AFTER,
    HOMES_LOST,
    OF_THEM_KIND,
    PEOPLE_KINDS,
    casualty_verb,
    risen_measure,
)
from reconcile.extract.context import DocContext
from reconcile.extract.crowds import CROWD_NOUNS, came_to_see, crowd_before
from reconcile.extract.lexicon import (
    CASUALTY_CATEGORIES,
    ELECTION_WORDS,
    SHARE_VERBS,
    SPEECH_VERBS,
    VEHICLES,
    WORD_CATEGORY,
)
from reconcile.extract.measures import NUMBER_NOUNS, SKIP_NOUNS, number_raised_to, physical, unit_after
from reconcile.extract.money import money_category
from reconcile.extract.percents import after_a_name, percent_category
from reconcile.extract.spans import ent_root

_STAFF_NOUNS = {"people", "person", "worker", "staff", "employee", "staffer", "workforce"}
_STAFF_VERBS = {"employ", "hire", "recruit", "create", "provide", "retain", "keep", "have"}
_CREATE_VERBS = {"hire", "recruit", "create", "provide"}
_KEEP_VERBS = {"keep", "retain"}  # "pledged to keep all 640 employees": the workforce there is, not new jobs

# Counts of things, places and buildings: the figure must count the noun itself ("62 stores", "300 homes", "23
# vehicles"), not stand beside it ("tanker trucks carry about 10,000 barrels").
THING_CATEGORIES = {"sites", "buildings", "vehicles", "witnesses", "complaints"}

_NEEDED_AFTER = re.compile(r"\s*[a-z]+\s+(?:needed|required)\b")
_NEEDS_BEFORE = re.compile(r"\b(?:needs?|requires?)\s+(?:at least\s+|a minimum of\s+)?$", re.I)
# Counts of those an act is done to: the subject of the act, done to something else, is not one of them.
_DONE_TO = {"jobs", "evacuated", "rescued", "arrested"}
# The category of "eight of them children" until the count it is a part of is known: "part of:children".
PART_OF = "part of:"
# "Six children are among the dead": the part of the dead (or the injured) of one kind of people.
AMONG_CASUALTIES = re.compile(r"\s+([a-z]+)\s+(?:are|were|was|is)\s+(?:also\s+)?among\s+the\s+(dead|killed|"
                              r"injured|wounded|missing|victims|fatalities)\b", re.I)
_AMONG = {"dead": "dead", "killed": "dead", "victims": "dead", "fatalities": "dead", "injured": "injured",
          "wounded": "injured", "missing": "missing"}
# Where people are kept says what a bare headcount counts: "four people are now in custody", "three men remain in
# detention" (held, a noun or a verb may be left out); "and more than 30 are still in hospital" (the injured being
# treated, whatever the clause before counted, told with its verb: not "12 doctors at the hospital").
_BEING = r"(?:(?:are|were|is|was|remain(?:s|ed)?|have\s+been|had\s+been)\s+)"
_KEPT_IN = [
    (re.compile(r"\s+(?:[a-z]+\s+)?" + _BEING + r"?(?:now\s+|still\s+)?(?:in|under)\s+(?:police\s+)?"
                r"(?:custody|detention)\b", re.I), ("arrested", "in custody")),
    (re.compile(r"\s+(?:people\s+|persons\s+|workers\s+)?" + _BEING + r"(?:still\s+|now\s+)?(?:in|at)\s+"
                r"(?:(?:the|a)\s+)?hospitals?\b", re.I), ("injured", "in hospital")),
]
# Verbs of sending the dead home or burying them: the bodies so counted are some of the dead, not the toll (unlike
# "brought to the surface", a recovery).
_CARRIED = {"drive", "fly", "return", "repatriate", "bury", "hand", "send"}
# "4,700 are sleeping in schools that have been turned into shelters", "some 7,900 people are staying in collective
# shelters", "nearly 8,000 remain in shelters": people housed in shelters or camps, the displaced
_IN_SHELTERS = re.compile(r"\s+(?:people\s+|persons\s+|residents\s+|villagers\s+)?(?:(?:are|were|remain(?:s|ed)?|"
                          r"have\s+been|had\s+been|still|now|being|staying|stay(?:ed)?|sleeping|slept|living|housed|"
                          r"sheltering|sheltered|crammed|packed)\s+){1,3}(?:in|at|into)\s+[^.;]{0,80}?"
                          r"\b(?:shelters?|camps?|evacuation (?:cent(?:re|er)s?|sites?))\b", re.I)


# What a building's size is counted in: beds, seats, rooms.
_PLACES_FOR = re.compile(r"\s+(bed|seat|room|berth|cell)s?\b", re.I)
# "licensed to carry 120", "a capacity of 120": how many a vessel or a ground may hold, not how many it held.
_CAPACITY = re.compile(r"\b(?:(?:licen[cs]ed|designed|allowed|permitted|certified|built|rated|meant|authori[sz]ed|"
                       r"registered)\s+(?:by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*)){0,6}\s+)?"
                       r"(?:only\s+)?(?:to\s+carry|for)|(?:can|could)\s+carry|capacity\s+(?:of|for)|"
                       r"room\s+for)\s+"
                       r"(?:up\s+to\s+|about\s+|some\s+|just\s+)?$", re.I)


# "forced 15,000 from their homes": people a disaster drove out
_FROM_HOMES = re.compile(r"\s+(?:people\s+|residents\s+)?(?:from|out\s+of)\s+(?:their|its)\s+homes?\b", re.I)
_DRIVE_OUT = {"force", "drive", "chase", "uproot"}


# Verbs that tell what is known of people by the verb after them: "fifteen people are known to have died".
_KNOWN_TO = {"know", "believe", "fear", "presume", "think", "confirm", "report", "understand"}
# Nouns a prison term is counted in.
_TERM_NOUNS = {"year", "month", "week", "day", "term", "sentence", "life"}


_ROWS_DEEP = re.compile(r"\s+deep\b", re.I)
_ON_BOARD_WORDS = r"(?:on board|aboard|onboard)\b"
_ON_BOARD = re.compile(r"\b" + _ON_BOARD_WORDS, re.I)


def _of_the_whole(figure):
    """The noun of the whole a bare figure is a part of: "seven of the 12 council seats" -> "seats"."""
    for prep in (c for c in figure.children if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"):
            if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
                    and any(c.dep_ == "nummod" and c.like_num for c in noun.children):
                return noun
    return None


# Verbs of wounding someone a number of times: "stabbed 11 times", "shot three times".
_WOUNDING = {"stab", "shoot", "knife", "hack", "slash"}


def _wounds(head) -> bool:
    """ "fourteen stab wounds", "stabbed 11 times": the wounds a victim had, not people injured."""
    if head.lemma_.lower() == "wound" and head.tag_ == "NNS":
        return True
    return head.lower_ == "times" and head.head.lemma_.lower() in _WOUNDING


def _a_group(tok) -> bool:
    """ "a body of 900 growers": a body of people, a group; no corpse."""
    return tok.lower_ == "body" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in tok.children)


# Animals a disaster or a raid counts: never the people of a toll.
_ANIMALS = {"animal", "goat", "sheep", "cattle", "cow", "camel", "donkey", "horse", "pig", "chicken", "poultry",
            "livestock", "bird", "dog", "ox", "buffalo"}


# What a train is made of, counted by its own noun: "14 wagons and two of the coaches".
_ROLLING_STOCK = {"wagon", "carriage", "locomotive"}


# The kinds of people some of a count are told as (officials are no people whose home places an event, so they
# stand here and not among ``PEOPLE_KINDS``).
_PART_KINDS = PEOPLE_KINDS | {"officials"}


def _vehicles(noun) -> bool:
    """Whether a plural noun names vehicles or a train's parts: "coaches", "wagons", "buses"."""
    return noun.lemma_.lower() in VEHICLES | _ROLLING_STOCK and noun.tag_ == "NNS"


def category_of(ctx: DocContext, tokens: list, sent, currency: str, percent: bool) -> tuple[str | None, str]:
    """What the number counts, from the words that govern it; ``None`` when nothing says."""
    last = tokens[-1]
    if percent and last.lower_ == "cent" and last.head.lower_ == "per" and last.head.head.like_num:
        last = last.head.head  # "owns 31 per cent": the figure, with "per cent" parsed as a phrase after it
    head = last.head if last.dep_ in ("nummod", "quantmod", "compound", "amod") else last
    if not currency and not percent and _wounds(head):
        return "wounds", "wounds"
    candidates = [head]
    whole = _of_the_whole(last) if head is last and last.dep_ == "dobj" and last.head.lemma_.lower() in SHARE_VERBS \
        else None
    if whole is not None:
        candidates = [whole, *candidates]  # "took seven of the 12 council seats": seats, some of all there are
    # "the new cases are all among the 43 people on dialysis": the people the cases are drawn from, counted by
    # their own noun, not by the clause's subject
    pool = head.dep_ == "pobj" and head.head.lower_ == "among"
    # "the road was cut by landslides in at least two places": things counted where the act happened are counted
    # by their own noun, not by the act
    pool = pool or (head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "across") and last.dep_ == "nummod"
                    and head.pos_ == "NOUN" and not currency and not percent
                    and ctx.doc[head.head.i + 1].lower_ != "all")  # "in all 131 people were injured": in total
    if head is last and last.dep_ == "pobj" and head.head.lower_ in ("from", "to") \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in last.children):
        return None, ""  # "cut to four years from the five he was given": the thing counted is told before
    # "about 11,000 workers on its 13 estates": a number set on a noun of its own, in a phrase on another noun,
    # counts its own noun, not the noun the phrase is on ("a toll of 12 people" is still the toll's)
    pool = pool or (last.dep_ == "nummod" and head.pos_ == "NOUN" and head.dep_ == "pobj"
                    and head.head.lower_ in ("on", "from", "over", "within", "inside", "throughout")
                    and head.head.head.pos_ in ("NOUN", "PROPN"))
    if head.dep_ in ("pobj",) and head.head.dep_ == "prep" and not pool:
        candidates.append(head.head.head)
        body = ctx.ent_at_token(head.head.head.i) if head.head.head.pos_ == "ADP" else None
        if body is not None and body.label == "ORG":
            # "agreed to buy Kelvo Marin AS for 2.1 billion crowns", the legal form read as a preposition and
            # "for" hung on it: the phrase is on what the body's name hangs on
            candidates.append(ent_root(ctx.doc, body).head)
        if head.head.lower_ == "of" and head.head.head.lemma_.lower() == "total" and head.head.head.head.i != head.i:
            candidates.append(head.head.head.head)  # "a total of 131 people were injured": what the total is of
    if head.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "pobj", "npadvmod", "appos", "conj") and not pool:
        candidates.append(head.head)
        if head.head.head.i != head.head.i:
            candidates.append(head.head.head)
    counted = number_raised_to(last)
    if counted is not None:
        # "officials raised the number of dead to 13": what the number is of, not who changed it
        of = [o for p in counted.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj"]
        if _ON_BOARD.search(ctx.doc[counted.i: last.i].text):
            return "aboard", "people on board"
        # (a tally of nothing named is of what the subject says: "his late goal took his tally to six")
        candidates = [head, counted, *of] if of else [head, counted, *candidates[1:]]
    for c in list(candidates):
        if c.lemma_.lower() in SPEECH_VERBS:
            continue  # "three suspects will appear in court, the police said": the police are who speaks
        candidates.extend(ch for ch in c.children
                          if ch.dep_ in ("amod", "acl", "compound", "nsubj", "nsubjpass", "acomp")
                          or ch.dep_ == "xcomp" and c.lemma_.lower() in _KNOWN_TO)  # "known to have died"
    for c in list(candidates):
        if c.lemma_.lower() in NUMBER_NOUNS and c.i != last.i:
            # "the number of displaced people has been revised to 5,800": what the number is of
            for obj in (o for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                        if o.dep_ == "pobj"):
                candidates.extend([obj, *(ch for ch in obj.children if ch.dep_ in ("amod", "compound"))])
    if not percent and (_NEEDED_AFTER.match(ctx.text[last.idx + len(last.text):sent.end_char])
                        and ctx.text[sent.start_char:tokens[0].idx].lower().endswith("the ")
                        or _NEEDS_BEFORE.search(ctx.text[sent.start_char:tokens[0].idx])):
        return None, ""  # "to reach the 61 seats needed", "a party needs 61 seats to govern": a rule, not a result
    if percent:
        return percent_category(ctx, tokens, sent, last, head, candidates)
    if currency:
        return money_category(ctx, tokens, sent, candidates)
    if head.lower_ in ("times", "time") and last.dep_ == "nummod":
        return None, ""  # "we have marched three times before": how often, not how many
    if last.dep_ == "nummod" and _vehicles(head) and any(c.dep_ == "compound" and c.lower_ in WORD_CATEGORY
                                                          for c in head.children):
        # "four passenger coaches": the vehicles, whatever they carry (not the passengers their first word counts)
        return f"of:{head.lemma_.lower()}", head.lower_
    some_of = next((o for p in last.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj"), None) if last is head else None
    if some_of is not None and _vehicles(some_of):
        return f"{PART_OF}{some_of.lemma_.lower()}", some_of.lower_  # "two of its four coaches": some of them
    if last.dep_ == "nummod" and head.lemma_.lower() in _ANIMALS:
        # "more than 1,300 goats and sheep drowned": the herds a disaster took, not people
        return f"of:{head.lemma_.lower()}", head.lower_
    of_them = OF_THEM_KIND.match(ctx.text[last.idx + len(last.text):sent.end_char])
    kind = next((w.lower() for w in (of_them.groups() if of_them else ()) if w and w.lower() in _PART_KINDS), None)
    if kind is not None:
        # "has risen to 23, eight of them children", "four people, three of them former officials": a part of the
        # count before it (``quantities`` finds which)
        return f"{PART_OF}{kind}", kind
    if last.dep_ == "nummod" and head.dep_ == "pobj" and head.head.lower_ == "with" and head.tag_ == "NNS" \
            and head.lower_ not in PEOPLE_KINDS | {"people", "persons"} and head.lower_ not in WORD_CATEGORY \
            and head.head.head.lemma_.lower() in WORD_CATEGORY and not currency and not percent:
        # "were arrested with 10 elephant tusks": the things they were caught with, not the people arrested
        return f"of:{head.lemma_.lower()}", head.lower_
    if last.dep_ == "nummod" and head.lower_ in PEOPLE_KINDS and head.dep_ == "pobj" \
            and head.head.lower_ in ("including", "among"):
        # "six injured passengers, including two children": some of the count before it, not the whole
        return f"{PART_OF}{head.lower_}", head.lower_
    casualty = casualty_verb(head)
    if casualty is not None:
        return casualty
    follow = ctx.text[last.idx + len(last.text):last.idx + len(last.text) + 40]
    if _ROWS_DEEP.match(follow):
        return None, ""  # "the crowd is five deep": how many rows, not how many people
    lead = ctx.text[max(sent.start_char, tokens[0].idx - 60):tokens[0].idx]
    if _CAPACITY.search(lead) and physical(follow) is None and not unit_after(follow):
        place = _PLACES_FOR.match(follow)
        if place:
            # "designed for 250 beds": the beds a "300-bed hospital" also counts
            return f"of:{place.group(1).lower()}", place.group(1).lower()
        return "capacity", "capacity"  # "licensed to carry 120 passengers", "a capacity of 120": not who was aboard
    if re.match(r"\s+(?:people|persons)?\s*(?:(?:were|was|had\s+been)\s+)?" + _ON_BOARD_WORDS, follow, re.I):
        # "with about 80 people on board", "a passenger plane with 21 people on board", "which had 22 people on
        # board": passengers and crew together, whatever the clause's other words
        return "aboard", "people on board"
    if re.match(r"\s+(?:people\s+|persons\s+|survivors\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+"
                r"(?:brought|pulled|dug|carried|taken)\s+)?(?:out\s+)?alive\b", follow, re.I) \
            and head.lemma_.lower() not in ("be", "remain", "stay", "keep"):
        # "teams had brought 27 people out alive", "pulled 23 alive from the rubble", "nine people were brought out
        # alive"
        return "rescued", "alive"
    if any(c.lemma_.lower() == "take" and any(ch.dep_ == "dobj" and ch.lower_ == "part" for ch in c.children)
           for c in candidates[1:3]) and WORD_CATEGORY.get(head.lower_) != "delegates":
        # "more than 10,000 people took part" (but "200 delegates are taking part in the talks" counts delegates,
        # as "120 delegates are expected")
        return "participants", "took part"
    if came_to_see(candidates[:3], last) or crowd_before(ctx.text[sent.start_char:tokens[0].idx]) and (
            head is last or head.lemma_.lower() in CROWD_NOUNS):
        # "the festival drew 31,000 people", "24,000 came through the gates", "played in front of 38,000", "the
        # crowd, officially given as 26,500"
        return "attendance", "attendance"
    if head.lemma_.lower() in _STAFF_NOUNS and head.head.lemma_.lower() in _STAFF_VERBS:
        verb = head.head
        if verb.lemma_.lower() in _CREATE_VERBS or verb.lemma_.lower() not in _KEEP_VERBS and any(
                ch.dep_ == "aux" and ch.lower_ in ("will", "would", "to", "'ll") for ch in verb.children):
            return "jobs", "jobs"  # "will employ 2,100 people": the jobs a project creates ("1,200 new jobs")
        return "workforce", "workforce"  # "employs about 3,500 people": not the jobs a plan cuts
    follow = ctx.text[last.idx + len(last.text):last.idx + len(last.text) + 40]
    if HOMES_LOST.match(follow) and WORD_CATEGORY.get(head.lower_) not in CASUALTY_CATEGORIES:
        return "displaced", "homeless"
    if _FROM_HOMES.match(follow) and head.dep_ == "dobj" and head.head.lemma_.lower() in _DRIVE_OUT:
        return "displaced", "homeless"  # "forced more than 15,000 from their homes"
    among = AMONG_CASUALTIES.match(follow)
    if among:
        # "Six children are among the dead": a part of the dead, counted by who they are
        return f"{_AMONG[among.group(2).lower()]}: {among.group(1).lower()}", among.group(1).lower()
    if any(c.lemma_.lower() == "body" and c.dep_ in ("nsubj", "nsubjpass", "dobj")
           and c.head.lemma_.lower() in _CARRIED for c in candidates[:3]):
        return None, ""  # "the bodies of four young men had been driven home": some of the dead, taken home
    kept = next((told for pattern, told in _KEPT_IN if pattern.match(follow)), None)
    if kept is not None:
        return kept
    if _IN_SHELTERS.match(ctx.text[last.idx + len(last.text):sent.end_char]):
        return "displaced", "in shelters"
    after_word = CASUALTY_AFTER.match(follow)
    if after_word and WORD_CATEGORY.get(head.lower_) not in CASUALTY_CATEGORIES:
        word = after_word.group(1).lower()
        return WORD_CATEGORY[word], word  # "leaving 11 missing", "8 villagers still missing"
    if _electorate(ctx, head, sent, tokens):
        return "registered voters", "registered voters"
    for c in candidates:
        if c.lemma_.lower() == "term" and last.dep_ == "nummod" and last.head.i == c.i:
            return None, ""  # "ran the municipality for two terms": terms of office counted, not a prison term
        for word in (c.lower_, c.lemma_.lower()):
            if word in WORD_CATEGORY and not (c.lower_ in SKIP_NOUNS and WORD_CATEGORY[word] != "sentence") and not (
                    WORD_CATEGORY[word] == "charges" and c.pos_ == "VERB"):  # "had counted 540 cases"
                if _a_group(c):
                    continue  # "a body of 900 growers": a group's members, not the dead
                if WORD_CATEGORY[word] in THING_CATEGORIES and c.i != head.i and last.dep_ == "nummod" \
                        and head.pos_ in ("NOUN", "PROPN"):
                    continue  # "home to about 600 people", "trucks carry 10,000 barrels": not places or vehicles
                if c.dep_ == "nsubj" and c.head.i == head.head.i and head.dep_ == "dobj" and last.dep_ == "nummod" \
                        and head.pos_ == "NOUN" and c.i != head.i:
                    continue  # "Police separated the two groups": the groups are counted, not the police
                if WORD_CATEGORY[word] in _DONE_TO and c.pos_ == "VERB" and head.dep_ == "nsubj" and head.head.i == c.i \
                        and head.pos_ == "NOUN" and any(g.dep_ == "dobj" for g in c.children):
                    continue  # "since the two governments cut tariffs": who did it, not jobs cut
                if WORD_CATEGORY[word] == "delegates" and any(
                        WORD_CATEGORY.get(x.lower_) in CASUALTY_CATEGORIES
                        or WORD_CATEGORY.get(x.lemma_.lower()) in CASUALTY_CATEGORIES for x in candidates):
                    continue  # "police arrested three officials": the arrested, not those at talks
                if WORD_CATEGORY[word] == "attendance" and c.i != head.i and last.dep_ == "nummod" \
                        and head.pos_ == "NOUN" and not {head.lower_, head.lemma_.lower()} & (CROWD_NOUNS | PEOPLE_KINDS):
                    continue  # "supporters lined the fence on three sides": the sides counted, not the crowd
                if WORD_CATEGORY[word] == "sentence" and last.dep_ == "nummod" and head.pos_ == "NOUN" \
                        and head.lemma_.lower() not in _TERM_NOUNS:
                    continue  # "the appeal of two former engineers, jailed last year": people counted, not a term
                if WORD_CATEGORY[word] == "candidates" and tokens[0].i > 0 \
                        and ctx.doc[tokens[0].i - 1].lower_ in ("between", "the", "both") \
                        and " ".join(t.lower_ for t in tokens) in _A_PAIR:
                    return None, ""  # "to choose between two candidates": the run-off's pair, not the field
                if WORD_CATEGORY[word] == "defendants" and c.i >= 2 and ctx.doc[c.i - 1].text == "-" \
                        and ctx.doc[c.i - 2].lower_ == "co":
                    return "co-defendants", "co-" + word  # "with two co-accused", cut in three by the tokenizer
                if WORD_CATEGORY[word] == "rescued" and any(
                        g.dep_ == "amod" and WORD_CATEGORY.get(g.lower_) == "injured" for g in c.children):
                    return "injured", "injured"  # "17 injured survivors are being treated": the injured
                return WORD_CATEGORY[word], word
    risen = risen_measure(tokens[-1])
    if risen is not None:
        return risen
    if _placed_with(last) and ELECTION_WORDS & {t.lower_ for t in ctx.doc[max(0, sent.start - 40):sent.end]}:
        return "votes", "votes"  # "came second with 142,908": a candidate's votes, told by the place they took
    # "Death toll remains at 4": the measure named a few words before, where no verb of change leads to the
    # figure (``risen_measure``).
    left = [t for t in sent if t.i < tokens[0].i][-6:]
    for t in reversed(left):
        if t.lower_ in ("toll",) or (t.lower_ in WORD_CATEGORY and WORD_CATEGORY[t.lower_] in ("dead", "injured")
                                     and not _a_group(t)):
            return WORD_CATEGORY.get(t.lower_, "dead"), t.lower_
    return _noun_left_out(last, sent) if last.dep_ == "pobj" else _listed_for_a_side(ctx, last, sent)


# The few a run-off, a debate or a duel is between ("between the two candidates", "the three candidates"), not a
# field ("the 131 candidates on the ballot").
_A_PAIR = {"two", "2", "three", "3"}


# "an electoral roll that has grown to 4.6 million", "an electorate of 2.3 million": the voters on the register
_ROLL_HEDGE = r"(?:about|some|nearly|almost|around|roughly|more than|over|just over|just under)?\s*$"
_ROLL_BEFORE = re.compile(r"\b(?:(?:electoral|voters['’]?|voter)\s+(?:rolls?|registers?|lists?)|electorate)\b"
                          r"[^.;,]{0,30}?\b(?:of|to|at)\s+" + _ROLL_HEDGE, re.I)
_ENROLLED = {"registered", "eligible", "enrolled"}
_ENROL = {"register", "enrol", "enroll"}


def _electorate(ctx: DocContext, head, sent, tokens) -> bool:
    """Whether a figure counts the voters on the register: "4.1 million registered voters", "3.1 million eligible
    voters", "4.2 million voters are registered", "About 4.1 million Valdorians were registered to elect the
    assembly", "an electoral roll of 4.6 million"."""
    voters = head.lemma_.lower() in ("voter", "elector")
    if voters and any(c.dep_ in ("amod", "compound") and c.lower_ in _ENROLLED for c in head.children):
        return True
    if head.dep_ == "nsubjpass" and head.head.lemma_.lower() in _ENROL and (voters or any(
            c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in ("vote", "elect", "choose", "cast")
            for c in head.head.children)):
        return True
    return bool(_ROLL_BEFORE.search(ctx.text[sent.start_char:tokens[0].idx]))


# Verbs a side wins seats or votes with, in a list that names the thing once: "National Renewal won 11, ...".
_WON = {"win", "take", "get", "secure", "gain", "obtain"}
# Words of an election or an assembly, in a list's sentence or the one before.
_LISTED_IN = ELECTION_WORDS | {"seats", "council", "parliament", "assembly"}


def _listed_for_a_side(ctx: DocContext, num, sent) -> tuple[str | None, str]:
    """ "Civic Path won 17 seats. National Renewal won 11, Kutaisi First 5 and Green Imereti 2", "the 35 seats:
    Civic Path 17, National Renewal 10": a bare number after a side's name (or its verb of winning), in a list
    of an election's seats or votes named earlier in its sentence or the one before, counts those."""
    if any(c.dep_ != "punct" for c in num.children) or num.i + 1 < len(ctx.doc) and ctx.doc[num.i + 1].pos_ == "NOUN":
        return None, ""
    before = ctx.doc[num.i - 1] if num.i > 0 else None
    if before is None or not (after_a_name(ctx, num) is not None
                              or before.lemma_.lower() in _WON and before.pos_ == "VERB"):
        return None, ""
    i = ctx.sentence_index(sent.start_char)
    first = ctx.sents[i - 1] if i > 0 else sent
    if not _LISTED_IN & {t.lower_ for t in ctx.doc[first.start:sent.end]}:
        return None, ""
    named = list(re.finditer(r"\b(seats|votes)\b", ctx.text[first.start_char:num.idx], re.I))
    return (WORD_CATEGORY[named[-1].group(1).lower()], named[-1].group(1).lower()) if named else (None, "")


def _noun_left_out(num, sent) -> tuple[str | None, str]:
    """ "came first with 16 seats, ahead of the Social Democrats with 12": a bare number after "with" counts what
    the figure after "with" earlier in its sentence counts."""
    if num.dep_ != "pobj" or num.head.lower_ != "with" or any(c.dep_ != "punct" for c in num.children):
        return None, ""
    for prep in sent:
        if prep.i >= num.head.i:
            break
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "with" else None
        if noun is not None and any(c.dep_ == "nummod" and c.like_num for c in noun.children):
            word = noun.lemma_.lower() if noun.lemma_.lower() in WORD_CATEGORY else noun.lower_
            if WORD_CATEGORY.get(word) in _LEFT_OUT:
                return WORD_CATEGORY[word], noun.lower_
    return None, ""


# What a bare number after "with" may count when the figure before it names the thing.
_LEFT_OUT = {"seats", "votes"}


# Verbs of the place a side took in a vote: "came second with 142,908", "finished third with 31,250".
_PLACED = {"come", "finish", "end", "place", "win", "top", "lead"}
_PLACES = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "last", "top", "ahead", "runner-up"}


def _placed_with(num) -> bool:
    """Whether a figure is what a side took a place in a vote with: "came second with 142,908", "and X third
    with 31,250" (the verb left out after the first clause)."""
    return num.dep_ == "pobj" and bool(place_taken(num))


def place_taken(num) -> str:
    """The place a side took in a vote with a figure ("second" in "came second with 142,908", "third" in "came third
    with 9.4 per cent"; "first" for "won with ..."), or "" when the figure is not told so."""
    if num.dep_ == "nummod":
        num = num.head  # "with 12.7%", "with 9.4 per cent": the figure's noun hangs on "with"
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "with" or prep.head.lemma_.lower() not in _PLACED:
        return ""
    verb = prep.head
    place = next((c.lower_ for c in verb.children if c.lower_ in _PLACES and c.i < prep.i), "")
    return place or ("first" if verb.lemma_.lower() in ("win", "top") else "")

"""Slot attachment: which places and dates in a sentence belong to an event.

A place or date belongs to an event when the parse hangs it from the event's
noun, from the verb that governs the event, or from a participle on the noun,
through prepositions ("held on June 9 in Tallinn") and appositions.
"""

from __future__ import annotations

import re

from reconcile.extract.casualties import PEOPLE_KINDS
from reconcile.extract.context import DocContext
from reconcile.extract.lexicon import (
    CONTEST_VERBS,
    COURT_NOUNS,
    GATHER_VERBS,
    HOST_VERBS,
    MOVE_VERBS,
    NEIGHBOURING,
    PLAN_VERBS,
    TRAVEL_VERBS,
    TRIGGER_CLASS,
    moves_event,
)
from reconcile.extract.misattached import (
    acted_on,
    at_an_occasion,
    away_from,
    day_right_after_what_is_awaited,
    hung_inside,
    locates_another,
    outside_an_aside,
    place_and_day_closing_the_phrase,
    reported_before_its_speaker,
    said_that_day,
    same_time_clause,
    town_before_its_day,
    when_clause_holder,
    where_clause_place,
)
from reconcile.extract.moves import after_move, moved_from, plan_moved_away
from reconcile.extract.spans import FACILITY_WORDS, OPEN_GROUNDS, STREET_FIRST, Ent, ent_root
from reconcile.normalize.places import gazetteer

_PLACE_PREPS = {"in", "at", "inside", "near", "outside", "off"}
# Parts of a race run over a route, whose place is where they finish: "the fourth stage to Chiquinquira".
_ROUTE_NOUNS = {"stage"}
_MOVE_PREPS = {"to"}
# Places one is "on": streets and islands by their last word ("at the commission's offices on X Avenue", "on X
# Island"), or by their first in their own language ("on Avenida X", ``STREET_FIRST``).
_ON_LAST = {"avenue", "street", "road", "boulevard", "lane", "highway", "island", "islet", "atoll"}
_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
               "north-west", "south-east", "south-west"}
# Not "since": "the third round since January" counts from a date, it does not happen on it.
_DATE_PREPS = {"on", "in", "at", "for", "until", "from", "by", "during"}
# Prepositions that relate an event to another one: what the other noun's phrases tell is the other event's.
_OTHER_TIME_PREPS = {"after", "before", "since", "following", "despite", "amid"}
# Prepositions that give a reason, another event whose place and day are its own.
_REASON_PREPS = {"because", "owing", "thanks"}
# Bodies one appears "before": "appeared before an investigating magistrate in Stenby on Tuesday".
_BODIES = {"committee", "panel", "commission", "parliament", "congress", "senate", "board", "investigator",
           "prosecutor", "prosecutors", "investigating"}
_CLOCK_WORDS = {"p.m.", "a.m.", "pm", "am", "midnight", "noon", "midday", "dawn", "dusk", "daybreak", "nightfall"}
# Verbs whose intransitive subject is the place's building or site: "the plant in Zaragoza will close", "the
# building in X came down" (``phrasal``: a building that comes down or falls collapses).
_SITE_VERBS = {"close", "shut", "reopen", "open", "collapse", "explode", "burn", "blow", "come", "fall",
               "give"}
# Buildings and works that an event (a closure, a blast, a fire) happens to.
SITE_NOUNS = {"plant", "factory", "site", "mine", "refinery", "warehouse", "mill", "depot", "facility", "works",
              "smelter", "yard", "shipyard", "terminal", "store", "branch", "office", "hub", "centre", "center",
              "headquarters", "campus", "hospital", "school", "station", "port", "airport", "base", "complex", "quarry"}
# Parts of a day a date can be told through: "in the early hours of May 6", "on the night of June 2".
_DAY_PARTS = {"hour", "hours", "morning", "afternoon", "evening", "night", "dawn", "dusk", "eve"}
_PLACE_NOUNS = {"city", "town", "village", "port", "capital", "region", "province", "district", "state", "county",
                "island", "resort", "municipality", "suburb", "area", "outskirts"}
# Rooms of a building, told "of" it: "in the main hall of X University".
_ROOMS = {"hall", "auditorium", "chamber", "ballroom", "courtyard", "boardroom", "room", "lobby", "foyer", "atrium"}


def is_descriptor(text: str) -> bool:
    """ "Uzbek", "the Uzbek city": words that describe a place without naming it (not "Danish Town", a town's
    name, its place word capitalised)."""
    from reconcile.normalize.country_names import DEMONYMS
    from reconcile.normalize.text import fold

    words = fold(text).split()
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1] in _PLACE_NOUNS and words[-1] != "capital" and not text.split()[-1][:1].isupper():
        words = words[:-1]
    return not words or " ".join(words) in DEMONYMS


# Prepositions that say what an event is about, not where it is: a place under a noun they bring in is that
# noun's ("a dispute about rights in the Gulf", "a hearing on assets, including accounts in Cyprus").
_TOPICAL_PREPS = {"including", "about", "regarding", "concerning"}
# Verbs that say what an event is about: the places in what they take are the topic's ("the talks will deal with a
# stretch of border between a regency in X and Y", "the hearing will examine contracts in X").
_TOPIC_VERBS = {"deal", "discuss", "focus", "concern", "address", "cover", "examine", "consider", "tackle"}


# Verbs of following an event from elsewhere: the place hung on them is where those who follow it are.
_ATTENTION = {"follow", "watch", "await", "monitor", "track", "view", "stream"}


# Nouns of what is negotiated or settled, besides talks: the subject brought in by "on" or "over" is theirs.
_SETTLED = {"agreement", "accord", "deal", "dispute", "treaty", "protocol", "row", "standoff"}


def _talks_noun(tok) -> bool:
    lemma = tok.lemma_.lower()
    return TRIGGER_CLASS.get(lemma) == "talks" or TRIGGER_CLASS.get(tok.lower_) == "talks" or lemma in _SETTLED


_SET_ASIDE = ("rather than", "instead of")


def set_aside(doc, start: int) -> bool:
    """ "will be held in Dilijan rather than in Yerevan", "on Sunday instead of Saturday", "not in Yerevan": the
    place or day after these words is the one the event is not at."""
    before = " ".join(t.lower_ for t in doc[max(0, start - 3):start])
    # "opened the talks on Tuesday, not in Vientiane, where they had been due to meet, but in ..."
    return any(words in before for words in _SET_ASIDE) or re.search(r"(?:^|\s)not (?:in|at|on)$", before) is not None


# Prepositions of those an act is done with or against: where they are is not where the act is.
_PARTNER_PREPS = {"with", "between", "among", "against"}
# Participles that say who leads or owns a party: "a consortium led by X", "a firm owned by Y".
_WHO_RUNS_IT = {"lead", "head", "own", "chair", "run", "back", "control", "manage", "found"}
# People a place can locate, as the object of another phrase ("for families in X", "to residents in X").
_PEOPLE = PEOPLE_KINDS | {"people", "families", "relatives", "inhabitants", "locals", "voters", "supporters",
                          "fishermen", "farmers", "survivors", "victims", "households", "communities"}


_ACRONYM_AFTER = re.compile(r"\s*\((?:[A-Z][a-z]?){2,}\)")


# Events that go through a place: "paraded the trophy through X", "the march through X".
_PROCESSIONS = {"parade", "march", "procession"}
# Verbs whose object is where the act is: "mourners filled X on Friday for the funeral", "the convoy reached X".
_PLACE_AS_OBJECT = GATHER_VERBS | {"reach"}


def attached(ctx: DocContext, ent: Ent, anchors: set[int], blocked: set[int], verb, dates: bool = False) -> bool:
    """Does the entity hang from one of the anchor tokens (through prepositions and appositions)?"""
    doc = ctx.doc
    node = root = ent_root(doc, ent)
    if set_aside(doc, ent.token_start):
        return False
    if moved_from(root) or plan_moved_away(root):
        # "the final, which had been moved from Saturday to Sunday", "the retrial, which was due to open on 3 March,
        # was put back": the day it is no longer on
        return False
    if any(doc[a].dep_ in ("relcl", "acl") and moves_event(doc[a]) and after_move(ent, doc[a]) for a in anchors):
        return True  # ... and the day it is now on
    if not dates and (locates_another(ctx, ent) or away_from(ctx, ent)):
        return False
    if not dates and where_clause_place(doc, ent, anchors):
        return True
    if dates and said_that_day(node):
        return False
    if dates and day_right_after_what_is_awaited(doc, node, anchors):
        return True
    if dates and when_clause_holder(doc, node, anchors) is not None:
        return True
    if dates and same_time_clause(node, anchors):
        return True
    if place_and_day_closing_the_phrase(ctx, ent, anchors, dates):
        return True
    outside = outside_an_aside(doc, node)
    if outside is not None and outside.i in anchors:
        return True
    if not dates and at_an_occasion(node, anchors):
        return True
    reported = reported_before_its_speaker(node)
    if reported is not None:
        return reported.i in anchors
    if not dates and (verb_before := hung_inside(doc, ent)) is not None:
        return verb_before.i in anchors
    preps_ok = _DATE_PREPS if dates else _PLACE_PREPS
    if not dates and root.dep_ == "dobj" and root.head.dep_ == "pcomp" and root.head.lower_ in NEIGHBOURING:
        # "was held in neighbouring X", the parser taking "neighbouring" for a verb
        return root.head.head.lower_ in preps_ok and root.head.head.head.i in anchors
    first = True
    partners = False  # passed through a phrase of those an act is done with ("with cell makers in Europe")
    for _ in range(5):
        if node.i in blocked:
            return False
        head = node.head
        if head.i == node.i:
            return False
        dep = node.dep_
        if head.i in anchors:
            edge = node.left_edge.i
            if dep == "dobj" and not dates and edge > 0 and doc[edge - 1].dep_ == "prt" \
                    and doc[edge - 1].lower_ in _PLACE_PREPS and doc[edge - 1].head.i == head.i:
                return True  # "capsized off X (island)", the parser taking "off" for the verb's particle
            if dep in ("compound", "nmod", "poss") and not dates:
                # "the Tallinn meeting" names a venue; "Chile-Uruguay talks" names the parties.
                place = gazetteer().lookup(ent.text)
                return place is not None and place.kind == "city"
            if dep in ("compound", "nmod", "npadvmod", "tmod", "appos", "poss"):
                return True
            if dep == "dobj" and not dates and head.lemma_.lower() in _PLACE_AS_OBJECT:
                return True
            if dep == "pobj":
                return False
        if dep == "pobj" and dates and head.lower_ == "of" and head.head.pos_ == "NOUN":
            if head.head.i in anchors:
                return True  # "the flash flood of May 7"
            if head.head.lower_ in _DAY_PARTS or head.head.lemma_.lower() in _DAY_PARTS:
                node = head.head  # "in the early hours of May 6": the hours stand for the day
                continue
        if dep == "pobj" and head.lower_ == "of" and not dates and (
                head.head.lemma_.lower() in _PLACE_NOUNS | _ROOMS or head.head.lower_ in OPEN_GROUNDS):
            # "in the Uzbek city of Termez", "in the grounds of X School", "in the main hall of X University": the
            # noun stands for X
            node = head.head
            continue
        if (dep == "pobj" and dates and first and head.lower_ in ("on", "last", "this")
                and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.head.i in anchors
                and head.head.i < head.i < head.head.head.i):
            return True  # "A judge in Dayton on Thursday sentenced...": the day is the verb's, parsed onto the subject
        if (dep == "pobj" and dates and first and head.lower_ == "on" and head.head.lower_ == "worth"
                and head.head.head.dep_ in ("dobj", "nsubjpass") and head.head.head.head.i in anchors):
            return True  # "signed a deal worth $4 million on Friday": the day is the signing's, parsed onto "worth"
        if dep == "pobj" and not dates and head.lower_ == "of" and head.head.lower_ in _DIRECTIONS:
            # "centred in the mountains north of X", "struck 40 km north of X": near X, in a direction
            node, first = head.head, False
            if node.head.i in anchors:
                return True
            node = node.head
            if node.dep_ != "pobj":
                return False
            continue
        if dep == "pobj":
            prep = head
            low = prep.lower_
            while prep.dep_ == "conj" and prep.head.dep_ == "prep":
                prep = prep.head  # "in Praia on Friday and in Mindelo": the phrase the second one is joined to
            if not dates and first and low == "to" and prep.i > 0 and prep.i - 1 in anchors \
                    and doc[prep.i - 1].lemma_.lower() in _ROUTE_NOUNS:
                return True  # "the fourth stage to X", whatever the parser hung "to X" on
            ok = not first or low in preps_ok or (not dates and verb is not None and low in _MOVE_PREPS
                                                  and verb.lemma_.lower() in MOVE_VERBS | TRAVEL_VERBS) \
                or not dates and low == "for" and prep.head.i in anchors and prep.head.lemma_.lower() in PLAN_VERBS \
                and ent.label == "PLACE" \
                or not dates and low == "on" and _on_a_street(ent) \
                or not dates and low in ("through", "around") and any(
                    doc[a].lemma_.lower() in _PROCESSIONS for a in anchors) \
                or not dates and low == "over" and any(doc[a].lower_ == "landfall" for a in anchors) \
                and ent.label == "PLACE"  # "made landfall over X"
            if not ok or low in _REASON_PREPS:
                return False  # "put off until Monday because of a meeting in Pavlodar": the reason's place
            if dates and low == "by" and any(c.dep_ == "aux" and c.lower_ == "had" for c in prep.head.children):
                return False  # "By Friday evening the mudflow had claimed twelve lives": a bound, not its day
            if not first and low in _OTHER_TIME_PREPS and node.ent_type_ not in ("TIME", "DATE", "PERSON", "ORG") \
                    and node.lower_ not in _CLOCK_WORDS and node.lemma_.lower() not in COURT_NOUNS | _BODIES:
                # "was called after the death in April": the day of the death, not of the call (but "struck
                # shortly before 11 p.m. on Monday" is a time of the strike)
                return False
            if not dates and first and prep.head.i not in anchors and prep.head.pos_ == "PROPN" \
                    and _ACRONYM_AFTER.match(ctx.text, ent.end) and any(
                    e.label == "ORG" and e.token_start <= prep.head.i < e.token_end for e in ctx.ents):
                return False  # "the Movement for Justice and Renewal in Chad (MJRT)": the end of a body's name
            first = False
            partners = partners or low in _PARTNER_PREPS
            if prep.head.i in anchors:
                if not dates and node.i != root.i and prep.head.lemma_.lower() in _TOPIC_VERBS:
                    return False  # reached through what the event is about
                if not dates and prep.head.lemma_.lower() in _ATTENTION:
                    return False  # "In X, people have been following the trial": where it is followed
                return not (dates and low in ("on", "last", "this") and acted_on(prep.head))
            node = prep.head  # a chain of phrases: "held on June 9 in Tallinn"
            if node.dep_ == "advmod" and node.lower_ in ("next", "again", "later", "late", "early") \
                    and node.head.i in anchors:
                return True  # "is due to meet next in Tallinn", "declared late on Thursday": hung on the adverb
            if node.lower_ == "guilty" and node.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and node.head.i in anchors:
                return True  # "found them guilty on April 16": the day of the finding, hung on the verdict's word
            if node.dep_ == "oprd" and node.head.i in anchors and root.head.head.i == node.i:
                # "was proclaimed mayor-elect on Wednesday": hung right on what someone was proclaimed (not "declared
                # winner of the by-election on Monday", the day hung on the vote)
                return True
            if dates and node.tag_ == "VBG" and node.dep_ == "pcomp" and node.head.head.i in anchors:
                return True  # "talks on sharing the river's waters on Tuesday": a topic has no day of its own
            if not dates and node.pos_ == "NOUN" and node.i not in anchors and node.dep_ == "pobj" \
                    and node.lower_ in _PEOPLE and not town_before_its_day(ctx, ent, anchors):
                return False  # "for people in Orvel ward, the verdict brought no comfort": where the people live
            if not dates and node.pos_ == "NOUN" and node.i not in anchors and node.dep_ == "pobj" \
                    and node.head.lower_ in _TOPICAL_PREPS:
                return False  # "a hearing on the assets, including accounts in Cyprus": where the accounts are
            if not dates and node.pos_ == "NOUN" and node.i not in anchors and node.dep_ == "pobj" \
                    and node.head.lower_ in ("on", "over") and _talks_noun(node.head.head) \
                    and node.lemma_.lower() not in _PLACE_NOUNS and not _talks_noun(node) \
                    and not town_before_its_day(ctx, ent, anchors):
                # "talks on fishing rights in the Ruvuma estuary": where the rights are; but "talks on a trade
                # agreement in Aqaba" are in Aqaba, an agreement being nowhere
                return False
            if not dates and node.dep_ in ("dobj", "nsubjpass") and node.head.i in anchors and not partners:
                # "will close its plant in Zaragoza": where the thing it happens to is; but not "signed agreements
                # with cell makers in Europe", where those it was signed with are, nor "the talks follow a first
                # round in Kampala", where another event was
                return node.lemma_.lower() not in TRIGGER_CLASS and node.head.lemma_.lower() not in _TOPIC_VERBS
            if dates and node.dep_ in ("dobj", "ccomp") and node.pos_ == "NOUN" and node.head.i in anchors:
                # "mourners filled the ground on Thursday for the service": the verb's day; but "the talks
                # follow a first round in November": the other event's
                return node.lemma_.lower() not in TRIGGER_CLASS
            if (not dates and node.dep_ == "nsubj" and node.head.i in anchors
                    and node.head.lemma_.lower() in _SITE_VERBS
                    and not any(c.dep_ == "dobj" and c.lower_ != "way" for c in node.head.children)):
                return True  # "its plant in Zaragoza will close": the site that closes; "the roof ... gave way"
            if (_what_a_document_does(node, anchors) or node.dep_ == "dobj"
                    and _what_a_document_does(node.head, anchors)) and low in _LOCATING_PREPS:
                # "sign the agreement setting up the post in X on March 12": the signing's place and day, told
                # after the words that say what the agreement does
                return True
            if node.lemma_.lower() in _TOLD_BY_ITS_EFFECTS and any(
                    p.dep_ == "prep" and p.lower_ in ("from", "of") and any(o.i in anchors for o in p.children)
                    for p in node.children):
                return True  # "the death toll from the fire on Saturday near X": the parser hangs both on "toll"
            if node.dep_ == "prep" and node.lower_ in _LOCATING_PREPS and node.head.i in anchors:
                return True  # "in X on May 27", the parser hanging "on May 27" on "in": the day of the event
            if dates and node.dep_ == "acl" and node.lemma_.lower() in _WHO_RUNS_IT \
                    and any(c.dep_ == "agent" for c in node.children):
                # "will sign the concession with a consortium led by X on Thursday": the parser hangs the day on
                # the participle that says who leads the party; it is the day of what is done with the party
                if node.head.dep_ in ("dobj", "nsubj", "nsubjpass") and node.head.head.i in anchors:
                    return True
                node = node.head
            if node.dep_ in ("advcl", "acl") and node.lemma_.lower() in _SITTING and (
                    node.head.i in anchors or node.head.dep_ == "nsubj" and node.head.head.i in anchors):
                return True  # "Justice X, sitting at the High Court in Tanga, sentenced ...": where the court sat
            if node.dep_ not in ("pobj", "npadvmod", "appos", "conj"):
                return False
            continue
        if dep == "compound" and not dates and head.dep_ in ("dobj", "nsubjpass") and head.head.i in anchors \
                and head.lemma_.lower() in SITE_NOUNS:
            # "will close its Tarrasa plant": the city naming the site the event happens to
            place = gazetteer().lookup(ent.text)
            return place is not None and place.kind == "city"
        if dep == "appos" and not dates and any(e.label == "PLACE" and e.token_start <= head.i < e.token_end
                                                 and e is not ent for e in ctx.ents):
            return False  # "at Dombala, a village near Keruane": Keruane only says where Dombala is
        if dates and dep in ("npadvmod", "tmod") and head.lemma_.lower() not in TRIGGER_CLASS and (
                head.dep_ in ("dobj", "oprd", "attr") and head.head.i in anchors
                or head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.i in anchors
                and head.lemma_.lower() in ("year", "month", "week", "day")):
            # "was proclaimed the winner late Sunday", "was jailed for seven years last week": the day hung on the
            # verb's object, or on the term it gave, is the verb's
            return True
        if dep in ("appos", "conj", "compound") or dep == "poss" and dates and head.dep_ == "compound" \
                or dep == "poss" and not dates and head.lemma_.lower() in FACILITY_WORDS and head.dep_ == "pobj" \
                and head.head.head.i in anchors:
            # "Wednesday's Latvian Cup semi-final": the day hung on a word of the cup's name; "detained at X's
            # main airport": the town whose airport it is
            node = head
            continue
        if dep in ("npadvmod", "tmod") and head.i in anchors:
            return True
        return False
    return False


# Verbs of a court or a body sitting somewhere, told beside what it did there ("the board, meeting in X,
# approved the offer").
_SITTING = {"sit", "preside", "convene", "meet"}
# Words for what an event left behind, told "from" or "of" it: a place or a day the parser hangs on them is the
# event's.
_TOLD_BY_ITS_EFFECTS = {"toll", "damage", "aftermath", "victim", "casualty", "survivor"}
# Prepositions that place or date what they hang on, and so what a phrase hung on them places or dates too.
_LOCATING_PREPS = {"in", "at", "on"}


# Documents a verb signs or adopts, told with what they do: "the agreement setting up the post".
_DOCUMENTS = {"agreement", "accord", "treaty", "memorandum", "protocol", "deal", "convention", "pact", "law", "bill",
              "decree", "contract", "charter", "declaration"}


def _what_a_document_does(tok, anchors: set[int]) -> bool:
    """Whether ``tok`` is the participle saying what a document does ("setting up", "creating"), the document
    being the object of an anchor ("sign the agreement setting up the post"), or what the anchor is put to ("put
    their signatures to a protocol describing the border")."""
    doc = tok.head
    held = doc.dep_ == "dobj" and doc.head.i in anchors or doc.dep_ == "pobj" and doc.head.lower_ == "to" \
        and doc.head.head.i in anchors
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and held and doc.lemma_.lower() in _DOCUMENTS


def _on_a_street(ent: Ent) -> bool:
    """A place one is "on": a street or an island by the word its name ends or (in its own language) opens with."""
    words = ent.text.lower().split()
    return bool(words) and (words[-1] in _ON_LAST or words[0] in STREET_FIRST)


def taking_part(tok, verb, cls: str) -> bool:
    """Whether ``verb`` tells people going to, gathering for, attending or acting at the event ``tok``, so that its
    day and place are the event's: "fly to Tallinn for a medical", "crowds filled the streets on Sunday for the
    funerals", "voters return to the polls on October 18", "mourners attended the funeral on Friday", "the bodies
    were buried on Sunday at a mass funeral", "will meet Lee in the run-off on May 17", "testified on Thursday at the
    third hearing"."""
    lemma = verb.lemma_.lower()
    if tok.dep_ == "pobj":
        prep = tok.head.lower_
        part = tok.head.head  # "scored the only goal of the final at X on Sunday": a moment of the match
        if prep == "of" and cls == "match" and part.lemma_.lower() in MOMENTS and part.dep_ == "dobj" \
                and part.head.i == verb.i:
            return True
        return (prep == "for" and lemma in TRAVEL_VERBS | GATHER_VERBS | HOST_VERBS
                or tok.head.head.i == verb.i and (prep == "to" and lemma in TRAVEL_VERBS
                                                  or prep == "at"
                                                  or prep == "in" and lemma in CONTEST_VERBS))
    attended = tok if tok.dep_ == "dobj" else tok.head  # "attended the funeral", "attended a funeral mass"
    return lemma in _ATTENDING and attended.dep_ == "dobj" and attended.head.i == verb.i


# Verbs of being at an event or kept from it: "attended the funeral", "missed the final on May 17".
_ATTENDING = {"attend", "miss", "skip", "boycott", "referee", "officiate"}  # not "watch": on a screen anywhere
# What happens within a match and is told "of" it: "the winning goal of the final".
MOMENTS = {"goal", "try", "point", "basket", "run", "wicket", "penalty", "winner", "equaliser", "equalizer"}


def participle_after(noun) -> list:
    """ "the final results, announced on Tuesday by the commission, ...", "agreed to a debate, to be held on May
    7": a participle set off by a comma right after the noun (or after the noun's own time words), which the parser
    hung from the main verb or from a noun before, tells of the noun."""
    doc = noun.doc
    k = noun.i + 1
    while k < len(doc) and k - noun.i <= 3 and doc[k].ent_type_ in ("DATE", "TIME") and noun.i in [
            a.i for a in doc[k].ancestors]:
        k += 1  # "their second meeting this year, held in X on May 9": past the noun's own time words
    if k < len(doc) and doc[k].dep_ == "prep" and doc[k].head.i == noun.i and doc[k].lower_ in ("in", "of") \
            and doc[k].right_edge.i - k <= 8 and all(not t.ent_type_ for t in doc[k:doc[k].right_edge.i + 1]):
        k = doc[k].right_edge.i + 1  # "the third hearing in the case, held at X": past what the event is of
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].tag_ == "VBN" and (
            doc[k + 1].dep_ in ("advcl", "csubj") or doc[k + 1].dep_ == "acl" and doc[k + 1].head.i < noun.i) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[k + 1].children):
        return [doc[k + 1]]
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "due" and doc[k + 2].dep_ == "prep" \
            and doc[k + 1].head.i < noun.i:
        return [doc[k + 1]]  # "at the next round, due in X on August 18", the parser hanging "due" on the verb
    if k + 3 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "to" and doc[k + 2].lower_ == "be" \
            and doc[k + 3].tag_ == "VBN" and doc[k + 3].dep_ in ("xcomp", "advcl", "acl") and doc[k + 3].head.i < noun.i:
        return [doc[k + 3]]  # "have agreed to a televised debate, to be held on April 30", hung on "agreed"
    return []

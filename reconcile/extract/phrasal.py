"""Events a verb tells only with the words that go with it: "the plane struck a ridge", "the helicopter came down",
"the shares will start trading", "the Court of Appeal upheld the decision".

``phrasal_event`` names the event such a verb tells (a key of ``VERB_EVENTS`` or of ``PHRASAL_ONLY``); the frame is
then built as for a verb that tells an event by itself.
"""

from __future__ import annotations

from reconcile.extract.casualties import PEOPLE_KINDS
from reconcile.extract.lexicon import BOATS, COURT_NOUNS, VEHICLES, names_a_ship
from reconcile.normalize.titles import SEATS

# A vehicle that "struck a ridge", "came down near", "plunged into" a place: the crash and where it happened.
_CRASH_VERBS = {"strike", "hit", "plunge", "come", "slam", "veer", "collide", "skid", "overturn", "roll", "crash",
                "fall", "tumble", "plough", "plow", "ram", "smash"}
# What a vehicle "went over" or "went off" when it crashed.
_EDGES = {"edge", "road", "cliff", "bridge", "embankment", "precipice", "ravine", "gorge", "highway", "track",
          "tracks", "runway", "parapet", "side"}
_PRISONS = {"prison", "jail", "gaol", "penitentiary"}
# Who sits down at a table to negotiate.
_NEGOTIATORS = {"delegation", "side", "negotiator", "party", "team", "minister", "envoy", "leader", "representative",
                "mediator", "union", "management"}
# What a regulator approves or clears: a deal.
_DEAL_NOUNS = {"deal", "purchase", "acquisition", "takeover", "merger", "sale", "transaction", "bid", "offer",
               "buyout", "tie-up", "combination"}
# Who approve a deal by a vote at their meeting, which is the event ("shareholders approved the sale at an
# extraordinary general meeting on Thursday").
_VOTERS = {"shareholder", "member", "voter", "investor", "bondholder", "creditor", "stockholder", "unitholder",
           "owner", "lawmaker"}
# Events only a verb with its words tells (so the verb alone is none): the event's class and noun.
PHRASAL_ONLY = {"complete deal": ("business", "completion"), "approve deal": ("business", "approval"), "swear in": ("ceremony", "swearing-in"), "take office": ("ceremony", "swearing-in"),
                "list": ("business", "listing"),
                "enter into force": ("business", "entry into force"), "adjourn case": ("court", "hearing"),
                "enter service": ("business", "entry into service"),
                "hear case": ("court", "hearing"),
                "shareholders vote": ("talks", "general meeting"), "take over": ("business", "handover"),
                "bury dead": ("ceremony", "burial"), "declare winner": ("election", "declaration"),
                "break ground": ("ceremony", "groundbreaking"), "catch fire": ("disaster", "fire"),
                "present prizes": ("ceremony", "prizegiving"), "receive champions": ("ceremony", "reception"),
                "close arguments": ("court", "closing arguments")}
# What a new operator or owner takes over from another on a set day.
_HANDED_OVER = {"berth", "terminal", "port", "airport", "line", "network", "operation", "operations", "running",
                "management", "concession", "site", "plant", "mine", "field", "stadium", "service", "services",
                "yard", "shipyard", "mill", "factory", "key"}
# What a plant or a line enters when it starts working: "enter service", "enter commercial operation".
_SERVICE = {"service", "operation", "operations"}
# Works that are commissioned or switched on: a plant, a line of it, a kiln.
_COMMISSIONED = {"plant", "line", "kiln", "furnace", "unit", "turbine", "reactor", "mill", "refinery", "factory",
                 "smelter", "facility"}
# What a court adjourns when it adjourns "the case": its next hearing.
_CASES = {"case", "matter", "proceedings", "trial", "hearing"}
# What a court hears at a hearing: "the application will be heard on July 8", "the judge heard the petition".
_HEARD = _CASES | {"application", "appeal", "petition", "motion", "argument", "challenge", "plea", "request",
                   "complaint", "lawsuit", "suit", "objection"}


def _subject_is(subject, words: set[str]) -> bool:
    """Whether a subject is one of ``words``, also where the parser hung it on the body it belongs to
    ("Shareholders of X Bank approved", read as "Bank" with "Shareholders" before it)."""
    return _word_in(subject, words) or any(
        c.dep_ in ("nmod", "compound") and c.i < subject.i and _word_in(c, words) for c in subject.children)


def _word_in(tok, words: set[str]) -> bool:
    """Whether ``tok`` is one of ``words``, also as a plural the tagger read as a name ("Shareholders" after a
    dateline, whose lemma it leaves as it is)."""
    low = tok.lower_
    return tok.lemma_.lower() in words or low in words or low.endswith("s") and low[:-1] in words


def _voters_or_court(subject) -> bool:
    """A court or those who vote at a meeting."""
    return subject.lemma_.lower() in COURT_NOUNS or _subject_is(subject, _VOTERS)


# Those who own a company and vote on it at its general meeting.
_HOLDERS = {"shareholder", "stockholder", "unitholder", "bondholder"}


# Who are buried, when the dead are: the victims, the bodies, a number of them, "they", or people of a kind the
# casualty counts know ("miners", "passengers").
_THE_DEAD = {"victim", "victims", "body", "bodies", "dead", "they", "he", "she", "remains", "people", "person",
             "family", "families", "members"} | PEOPLE_KINDS


# Those who bury their dead: a place's people, or its name ("the village of X buried ...").
_MOURNERS = {"village", "town", "city", "community", "family", "families", "relative", "mourner", "villager",
            "resident", "people", "neighbour", "neighbor"}


def _buried_people(verb) -> bool:
    """Whether a passive "bury" buries people (not houses buried by a landslide): its subject, or the subject of the
    verb it is joined to, is the dead or a number of them, and no agent buries them."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        # "the village of X buried five members of one family on Wednesday": mourners bury their dead (not "the
        # landslide buried 20 villagers")
        return any(c.dep_ == "nsubj" and (c.lemma_.lower() in _MOURNERS or c.ent_type_ in ("GPE", "PERSON"))
                   for c in verb.children) and any(
            c.dep_ == "dobj" and (c.lower_ in _THE_DEAD or c.ent_type_ == "PERSON") for c in verb.children)
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
        [c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")] if verb.dep_ == "conj" else [])
    return any(s.lower_ in _THE_DEAD or s.ent_type_ == "PERSON"
               or s.pos_ == "NUM" for s in subjects)


_WINNERS = {"winner", "victor"}
# Offices a body proclaims someone elected to: "proclaimed X mayor".
_ELECTED_TO = {"mayor", "governor", "president", "president-elect", "mayor-elect", "senator", "deputy", "councillor",
               "councilor", "member"}


def _elect(word) -> bool:
    """ "mayor-elect", "governor-elect", parsed as "elect" with the office before it."""
    return word.lower_ == "elect" and any(c.dep_ in ("compound", "nmod", "amod") and c.lemma_.lower() in _ELECTED_TO
                                          for c in word.children)


def _declared_winner(verb) -> bool:
    """ "was declared the winner", "declared X the winner", "certified X as the winner", "was declared the new
    member for Y": someone declared to have won."""
    for c in verb.children:
        words = [c, *(o for o in c.children if o.dep_ == "pobj")] if c.dep_ == "prep" and c.lower_ == "as" else [c]
        if c.dep_ == "dobj":
            words += [a for a in c.children if a.dep_ == "appos"]  # "declared X the winner", parsed onto X
        for w in words:
            if w.dep_ in ("oprd", "attr", "dobj", "xcomp", "npadvmod", "pobj", "ccomp", "appos", "dep") and (
                    w.lemma_.lower() in _WINNERS
                    or w.lemma_.lower() == "member" and any(a.lower_ == "new" for a in w.children)):
                return True
            if verb.lemma_.lower() == "proclaim" and _elect(w) and w.dep_ in ("oprd", "xcomp", "dobj", "attr"):
                return True  # "was proclaimed mayor-elect"
            if verb.lemma_.lower() == "proclaim" and w.lemma_.lower() in _ELECTED_TO and (
                    w.dep_ in ("oprd", "xcomp", "appos") or w.dep_ == "dobj" and any(
                        c.dep_ == "compound" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in w.children)):
                # "the court proclaimed X mayor" (the name parsed onto the office), "proclaimed X the next governor":
                # X declared elected
                return True
    return False


def _laid_to_rest(verb) -> bool:
    """ "were laid to rest": "to rest" read as a phrase or as a verb of its own."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "rest" for o in c.children)
               or c.dep_ == "xcomp" and c.lower_ == "rest" for c in verb.children)


def _vehicle_subject(tok) -> bool:
    """A vehicle is the subject; a boat that overturns or rolls over capsizes rather than crashes."""
    boat_ok = tok.lemma_.lower() not in ("overturn", "roll")
    # Its subject, or the noun it follows when the parser reads it as a participle ("The tanker overturned on...").
    # ("the train that left the rails": the noun a relative clause is on)
    subjects = [c for c in tok.children if c.dep_ == "nsubj"] + ([tok.head] if tok.dep_ in ("acl", "relcl") else [])
    return any(c.lemma_.lower() in VEHICLES and (boat_ok or c.lemma_.lower() not in BOATS) for c in subjects)


# What a train runs on, and leaves when it derails.
_RAILS = {"rail", "rails", "track", "tracks", "line"}


# Buildings and works that collapse: "the building came down", "the stand gave way".
_STRUCTURES = {"building", "block", "tower", "house", "bridge", "roof", "wall", "structure", "stand", "dam", "mall",
               "school", "church", "hotel", "apartment", "flat", "storey", "floor", "ceiling", "warehouse", "factory",
               "market", "footbridge", "overpass", "flyover", "grandstand", "scaffolding", "crane",
               # the works of a mine and of a river's banks: "the gallery gave way", "the embankment came down"
               "gallery", "tunnel", "shaft", "mine", "pit", "embankment", "dyke", "dike", "levee",
               "balcony", "canopy", "terrace", "staircase"}


def _structure_subject(tok) -> bool:
    """A building or a work is the verb's subject: "the old hotel came down"."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _STRUCTURES for c in tok.children)


def _with_shared(verb) -> list:
    """The verb's children, and the passive subject it shares with the verb it is joined to ("the takeover was
    approved by the shareholders and cleared by the regulator on May 3")."""
    shared = [c for c in verb.head.children if c.dep_ == "nsubjpass"] if verb.dep_ == "conj" else []
    return [*verb.children, *shared]


def _guilty(verb) -> bool | None:
    """True for "found Salcedo guilty" and "was found guilty", False for "found not guilty", None without
    "guilty"."""
    word = next((c for c in verb.children if c.lower_ == "guilty" and c.dep_ in ("oprd", "ccomp", "acomp", "xcomp")),
                None)
    if word is None:  # "found X, the former CEO, guilty", parsed with "guilty" on the one found
        word = next((g for c in verb.children if c.dep_ == "dobj" for g in c.children
                     if g.lower_ == "guilty" and g.dep_ == "amod" and g.i > c.i), None)
    if word is None:
        return None
    return not any(c.dep_ == "neg" or c.lower_ == "not" for c in [*word.children, *verb.children])


def _particle(tok, words: set[str], deps: tuple[str, ...] = ("prt",)) -> bool:
    return any(c.dep_ in deps and c.lower_ in words for c in tok.children)


def _next_word(tok) -> str:
    """The word right after the verb, lower-cased ("gave way late on Sunday", "way" parsed onto "late")."""
    return tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""


# Those a minister or a city receives for what they won.
_HONOURED = {"medallist", "medalist", "champion", "squad", "winner", "athlete", "olympian"}
# What winners are handed at a prize-giving.
_PRIZES = {"prize", "trophy", "medal", "award", "cup"}
# The nouns a team is called by when another plays it: "the Salta side", "the champions", "the visitors".
_SIDES = {"side", "team", "club", "champion", "holder", "visitor", "rival", "opponent", "leader", "favourite",
          "favorite", "underdog", "outsider"}


def _named_sides(tok) -> bool:
    """A verb whose subject and object are both names ("X will play Y"), or a side's noun and a name."""
    def named(c) -> bool:
        return c.pos_ == "PROPN" or c.lemma_.lower() in _SIDES

    return any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children) \
        and any(c.dep_ == "nsubj" and named(c) for c in tok.children)


def _object(tok, words: set[str]) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in tok.children)


def _penal(noun) -> bool:
    """A prison called a facility or a centre: "Lusaka Central Correctional Facility", "Kuje Custodial Centre"."""
    return noun.lemma_.lower() in ("facility", "centre", "center", "institution") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _PENAL for c in noun.children)


_PENAL = {"correctional", "custodial", "detention", "remand", "penal", "penitentiary"}


def prison_of(verb):
    """The prison noun a verb of moving or holding someone goes "to", "at" or "into", if it has one."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("advmod", "prt")]  # "taken back to"
    for prep in (p for h in heads for p in h.children):
        if prep.dep_ == "prep" and prep.lower_ in ("to", "at", "in", "into"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in _PRISONS or _penal(obj)) and any(
                        c.dep_ == "compound" and c.text[:1].isupper() for c in obj.children):
                    return obj  # a prison by its name; "was sent to prison" is the sentence itself
    return None


# Verbs that tell an event only with the words that go with them, and the event they tell.
_PHRASAL_EVENTS = [
    # "the bus caught fire on the bridge": the fire
    ({"catch"}, lambda t: any(c.dep_ == "dobj" and c.lower_ == "fire" for c in t.children), "catch fire"),
    # "the plane struck a ridge outside Millbrook", "the bus plunged into a gorge"
    (_CRASH_VERBS - {"come"}, _vehicle_subject, "crash"),
    # "the train ran into the rear of a freight train": a vehicle that runs into something
    ({"run"}, lambda t: _vehicle_subject(t) and any(p.dep_ == "prep" and p.lower_ == "into" for p in t.children),
     "crash"),
    # "the helicopter came down near Ostrava"
    ({"come"}, lambda t: _vehicle_subject(t) and _particle(t, {"down"}), "crash"),
    # "the bus went over the edge of the highway near Yolosa", "the lorry went off the road"
    ({"go"}, lambda t: _vehicle_subject(t) and any(
        p.dep_ in ("prep", "prt") and p.lower_ in ("over", "off") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _EDGES for o in p.children) for p in t.children), "crash"),
    # "the ferry went down off the coast": it sank
    ({"go"}, lambda t: _particle(t, {"down"}, ("prt", "advmod")) and any(
        c.dep_ == "nsubj" and names_a_ship(c) for c in t.children), "sink"),
    # "the train left the rails near X", "the train came off the tracks": it derailed
    ({"leave"}, lambda t: _vehicle_subject(t) and _object(t, _RAILS), "derail"),
    ({"come"}, lambda t: _vehicle_subject(t) and any(
        p.dep_ in ("prep", "prt") and p.lower_ == "off" and any(
            o.dep_ == "pobj" and o.lower_ in _RAILS for o in p.children) for p in t.children), "derail"),
    # "the tanker left the road at Soumba", "the bus left the tar near the bridge" (a vehicle that left the rails
    # derailed, above)
    ({"leave"}, lambda t: _vehicle_subject(t) and _object(t, {"road", "runway", "carriageway", "highway", "motorway",
                                                               "tar", "tarmac"}), "crash"),
    # "the building came down on Friday night", "the block in X fell on Friday", "the roof gave way": it collapsed
    ({"come"}, lambda t: _structure_subject(t) and _particle(t, {"down"}, ("prt", "advmod")), "collapse"),
    ({"fall"}, lambda t: _structure_subject(t) and not any(c.dep_ == "prep" and c.lower_ in ("to", "by", "from")
                                                           for c in t.children), "collapse"),
    ({"give"}, lambda t: _structure_subject(t) and (_object(t, {"way"}) or _next_word(t) == "way"), "collapse"),
    ({"cave"}, lambda t: _structure_subject(t) and _particle(t, {"in"}, ("prt", "advmod", "prep")), "collapse"),
    # "were caught red-handed on January 21 at X": arrested in the act
    ({"catch"}, lambda t: "red-handed" in t.doc[t.i + 1:t.i + 5].text.lower(), "arrest"),
    # "was picked up by the police at the bus stand in X", "detectives picked him up in Y": arrested
    ({"pick"}, lambda t: _particle(t, {"up"}) and _by_police(t), "arrest"),
    # "broke ground on the warehouse on Monday", "laid the foundation stone of the plant": the groundbreaking
    ({"break"}, lambda t: _object(t, {"ground"}), "break ground"),
    ({"lay"}, lambda t: any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "stone" and any(
        g.lower_ in ("foundation", "corner", "first") for g in c.children) for c in t.children), "break ground"),
    # "the two sides will put pen to paper next week in X": they sign
    ({"put"}, lambda t: _object(t, {"pen"}) and any(p.dep_ == "prep" and p.lower_ == "to" and any(
        o.lemma_.lower() == "paper" for o in p.children) for p in t.children), "sign"),
    # "negotiators put their signatures to a protocol on Thursday", "the ministers set their names to the accord"
    ({"put", "set", "add"}, lambda t: _object(t, {"signature", "signatures", "name", "names"}) and any(
        p.dep_ in ("prep", "dative") and p.lower_ == "to" for p in t.children), "sign"),
    # "the mixing hall blew apart on Tuesday night"
    ({"blow"}, lambda t: _particle(t, {"up", "apart"}, ("prt", "advmod")), "explode"),
    # "the delegations will sit down again in Oslo"
    # "the delegations sat down in Korvo on Wednesday"
    ({"sit"}, lambda t: _particle(t, {"down"}) and (any(c.lower_ in ("again", "with") for c in t.children) or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _NEGOTIATORS for c in t.children)), "meet"),
    # "the prizes will be presented on Monday evening at the Provincial Hall": the prize-giving
    ({"present", "hand", "award"}, lambda t: any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PRIZES
                                                 for c in t.children), "present prizes"),
    # "the medallists will be received by the minister on Tuesday": the reception for them
    ({"receive", "honour", "honor"}, lambda t: any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _HONOURED
                                                   for c in t.children), "receive champions"),
    # "Cardones will host the Salta side at their ground on Saturday", "the hosts take on the champions": the two
    # sides meet (what for, the story's most told kind of event decides, as for "meet")
    ({"host", "face"}, lambda t: _object(t, _SIDES), "meet"),
    # "the arguments closed on May 3", "final arguments ended on Monday": the closing arguments
    ({"close", "end", "conclude", "finish", "wrap"}, lambda t: any(
        c.dep_ == "nsubj" and c.lemma_.lower() == "argument" for c in t.children), "close arguments"),
    # "Kelvo United will play Orvel Athletic for the title on Saturday": two named sides meet
    ({"play"}, lambda t: _named_sides(t), "meet"),
    ({"take"}, lambda t: _particle(t, {"on"}) and _object(t, _SIDES), "meet"),
    # "was taken back to Murchison prison", "will be held at Kigo prison": where the convicted is jailed
    ({"take", "transfer", "return", "send", "hold", "move", "remand", "lead", "detain"},
     lambda t: prison_of(t) is not None, "imprison"),
    # "whoever wins takes office on November 12", "will assume office in January": the day of the swearing-in
    ({"take", "assume"}, lambda t: _object(t, {"office", "power"}), "take office"),
    # "took the oath of office in Parliament on Wednesday": sworn in; not a witness's oath in court
    ({"take", "swear"}, lambda t: any(c.dep_ == "dobj" and c.lemma_.lower() == "oath" and any(
        p.lower_ == "of" and any(o.lemma_.lower() == "office" for o in p.children) for p in c.children)
        for c in t.children), "take office"),
    # "the new mayor and the councillors will take the oath on May 18": those elected take it as they take office
    ({"take"}, lambda t: any(c.dep_ == "dobj" and c.lemma_.lower() == "oath" and not any(
        p.dep_ == "prep" for p in c.children) for c in t.children) and _sworn_in(t), "take office"),
    # "the new operator is due to take over the berths on July 1": the handover (not "take over a company", a
    # takeover)
    ({"take"}, lambda t: _particle(t, {"over"}) and _object(t, _HANDED_OVER), "take over"),
    # "the yard will be handed over to the buyer on June 1", "will hand over the terminal": the handover
    ({"hand"}, lambda t: _particle(t, {"over"}) and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower()
                                                        in _HANDED_OVER for c in t.children), "take over"),
    # "they will be buried on Saturday in X", "six of the dead were buried in Y": the burial (not houses buried
    # by a landslide)
    ({"bury"}, lambda t: _buried_people(t), "bury dead"),
    # "were laid to rest in X on September 20": buried
    ({"lay"}, lambda t: _laid_to_rest(t) and _buried_people(t), "bury dead"),
    # "was declared the winner on Friday", "declared X the winner at the tally centre", "certified X as the
    # winner": the declaration of an election's result
    ({"declare", "proclaim", "certify"}, lambda t: _declared_winner(t), "declare winner"),
    # "the governor will swear in the new mayor on 3 November"
    ({"swear"}, lambda t: _particle(t, {"in"}, ("prt", "prep")), "swear in"),
    # "the shares will start trading on June 7": the listing
    ({"trade"}, lambda t: t.dep_ == "xcomp" and t.head.lemma_.lower() in ("start", "begin", "commence"), "list"),
    # "the agreement will enter into force on 1 March"
    ({"enter"}, lambda t: any(p.lower_ == "into" and any(g.lower_ == "force" for g in p.children)
                              for p in t.children), "enter into force"),
    # "the link is due to enter service in 2029", "should enter commercial operation", "to be commissioned in 2030":
    # when a plant or a line starts working
    ({"enter"}, lambda t: any(c.dep_ == "dobj" and c.lemma_.lower() in _SERVICE for c in t.children)
     or any(p.lower_ == "into" and any(g.lemma_.lower() in _SERVICE for g in p.children) for p in t.children),
     "enter service"),
    ({"commission"}, lambda t: t.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children),
     "enter service"),
    # "the company commissioned its third kiln", "switched on its new production line": the works starts working
    ({"commission"}, lambda t: any(c.dep_ == "dobj" and c.lemma_.lower() in _COMMISSIONED for c in t.children),
     "enter service"),
    ({"switch"}, lambda t: _particle(t, {"on"}, ("prt", "prep")) and any(
        c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in _COMMISSIONED for c in [*t.children, *(
            g for p in t.children if p.lower_ == "on" for g in p.children)]), "enter service"),
    # "the case was adjourned to April 14": the next hearing, on the day it was adjourned to
    ({"adjourn"}, lambda t: any(c.dep_ in ("dobj", "nsubjpass") and _a_case(c) for c in t.children), "adjourn case"),
    # "the court adjourned to Thursday to rule on the application": a court that adjourns sits next on that day
    ({"adjourn"}, lambda t: not any(c.dep_ == "dobj" for c in t.children) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in COURT_NOUNS for c in t.children) and any(
        c.dep_ == "prep" and c.lower_ in ("to", "until", "till") for c in t.children), "adjourn case"),
    # "an application for bail would be heard on July 8", "the court will hear the petition in May": a hearing
    ({"hear"}, lambda t: any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _HEARD for c in t.children)
     or any(c.dep_ == "nsubj" and c.lemma_.lower() in COURT_NOUNS for c in t.children), "hear case"),
    # "appeared before an investigating magistrate in Lusk on Tuesday", "appeared in the High Court": a hearing
    ({"appear"}, lambda t: any(p.dep_ == "prep" and p.lower_ in ("before", "in") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in COURT_NOUNS | {"courtroom"} for o in p.children)
        for p in t.children), "hear case"),
    # "the judge found Salcedo guilty on May 28", "was found guilty": the conviction; "found not guilty": acquittal
    ({"find"}, lambda t: _guilty(t) is True, "convict"),
    ({"find"}, lambda t: _guilty(t) is False, "acquit"),
    # "the Competition Council on Wednesday approved the purchase", "the regulator cleared the deal": a deal's
    # approval (a court's is its ruling, below)
    ({"approve", "clear", "authorise", "authorize", "endorse"},
     lambda t: any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DEAL_NOUNS for c in _with_shared(t))
     and not any(c.dep_ == "nsubj" and _voters_or_court(c) for c in t.children),
     "approve deal"),
    # "shareholders approved the sale on Tuesday": the vote at their meeting
    ({"approve", "back", "endorse", "vote", "ratify"},
     lambda t: any(c.dep_ == "nsubj" and _subject_is(c, _HOLDERS) for c in t.children)
     and not any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() == "meeting" for g in c.children)
                 for c in t.children),  # "approved it at a general meeting": the meeting tells itself
     "shareholders vote"),
    # "expect to complete the transaction in the third quarter", "the transaction is expected to complete by the
    # end of June": the deal's completion, as "the deal is expected to close"
    ({"complete", "finalise", "finalize"},
     lambda t: any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in _DEAL_NOUNS
                   for c in [*t.children, *(t.head.children if t.dep_ == "xcomp" else ())]), "complete deal"),
    # "the Court of Appeal on Tuesday upheld the decision", "a judge dismissed the case": a court's ruling
    ({"uphold", "overturn", "quash", "dismiss", "reject", "confirm", "order", "approve", "clear", "grant", "refuse",
      "deny", "throw", "annul", "reverse", "suspend", "block"},
     lambda t: any(c.dep_ == "nsubj" and c.lemma_.lower() in COURT_NOUNS for c in t.children), "rule"),
    # "the board gave its consent on September 2", "gave its approval to the concession": the approval
    ({"give", "grant"}, lambda t: any(c.dep_ == "dobj" and c.lemma_.lower() in ("consent", "approval")
                                      for c in t.children), "approve deal"),
    # "the panel delivered its decision on Wednesday", "will hand down its decision": the ruling ("its verdict", "its
    # judgment", or a decision that "was delivered", are told by their nouns)
    ({"deliver", "hand", "issue", "pronounce", "announce"},  # (not "read": lawyers read a ruling too)
     lambda t: any(c.dep_ == "dobj" and c.lemma_.lower() == "decision" for c in t.children)
     and (t.lemma_.lower() != "hand" or _particle(t, {"down"})), "rule"),
]


# Who takes an oath as they take office ("the new mayor and the councillors will take the oath"), and the words of
# a court, where the one who takes an oath is a witness.
_SWORN = SEATS | {"mayor", "governor", "president", "president-elect", "premier", "minister", "member", "cabinet",
                  "councilor", "speaker", "chairman", "chairperson"}
_IN_COURT = {"court", "courtroom", "witness", "testify", "testimony", "trial", "hearing", "stand", "judge", "magistrate"}


def _sworn_in(verb) -> bool:
    """Whether those who take an oath (``verb``) take it as they take office: officials, or the people elected, and
    not a witness in court."""
    if any(w.lemma_.lower() in _IN_COURT for w in verb.sent):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [x for s in subjects for x in s.conjuncts]
    return any(s.lemma_.lower() in _SWORN or s.ent_type_ == "PERSON" for s in subjects)


# Those who pick a suspect up: "picked up by the police", "detectives picked him up".
_POLICE = {"police", "policeman", "officer", "detective", "agent", "investigator", "soldier", "troop", "gendarme"}


def _by_police(verb) -> bool:
    """Whether the police do what ``verb`` tells, as its subject or its agent ("by the police")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return any(d.lemma_.lower() in _POLICE or any(c.dep_ == "compound" and c.lemma_.lower() in _POLICE
                                                   for c in d.children) for d in doers)


def _a_case(tok) -> bool:
    """ "The case", "the trial"; or "it" after the sentence named one ("the trial lasted an hour before the judge
    adjourned it")."""
    return tok.lemma_.lower() in _CASES or tok.lower_ == "it" and any(
        w.lemma_.lower() in _CASES for w in tok.sent if w.i < tok.i)


def phrasal_event(verb) -> str | None:
    """The event a verb tells with the words that go with it, or None."""
    lemma = verb.lemma_.lower()
    return next((event for verbs, goes_with, event in _PHRASAL_EVENTS if lemma in verbs and goes_with(verb)), None)

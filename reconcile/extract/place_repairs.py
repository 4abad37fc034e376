"""Repairs of places' names: a route cut into its two ends, the type word after a river's or a province's name,
a venue's first words and its grounds, and names the gazetteer and the words around them show to be places' ("in
Zaragoza", "the province of Teruel", "the Chilean capital"; the rules for those are in ``place_labels``)."""

from __future__ import annotations

import re

from reconcile.extract.date_repairs import SPAN_TO as _ROUTE
from reconcile.extract.lexicon import (
    AREA_WORDS,
    MOVE_VERBS,
    NEIGHBOURING,
    PLAN_VERBS,
    TRAVEL_VERBS,
    WATER_WORDS,
)
from reconcile.extract.place_labels import RELABELLING, Seen, held_at
from reconcile.extract.spans import (
    FACILITY_WORDS,
    OPEN_GROUNDS,
    PLACE_PREPOSITIONS,
    Ent,
)
from reconcile.normalize.country_names import DEMONYMS
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold

_CAPITAL_PHRASE = re.compile(r"\bthe ([A-Z][a-z]+(?: [A-Z][a-z]+)?) capital\b")
_WITHIN = re.compile(r",\s+(?:in|near)\s+(?:the\s+)?")


# Words that say where a place lies, written between a preposition and its name: "in neighbouring Valga".
_WHERE_WORDS = NEIGHBOURING | {"northern", "southern", "eastern", "western", "central", "coastal", "rural", "remote"}


# Words of what one holds or does in a body, not in a place: "a stake in X", "invested in X", "a role in X".
_HELD_IN = {"stake", "share", "interest", "holding", "invest", "investment", "role", "position", "job", "career",
            "shareholding", "seat", "member", "membership", "listing", "trade", "trading", "deal"}


# The words a place is written after, and those a place or a body may be ("a statement from X", "a trader from X").
_LOCATIVE = {"in", "near", "off", "outside"}
_PASSED = _LOCATIVE | {"at", "from", "to", "through", "across", "around", "inside"}
# Things only a body has, written after its name ("X shares", "X officials").
_BODY_THINGS = {"shares", "stock", "officials", "executives", "staff", "employees", "workers", "spokesman",
                "spokeswoman", "spokesperson", "board", "management", "chief", "boss", "chairman", "headquarters",
                "brand", "products"}

# Small words inside a town's name that the tagger may cut it at: "Chalons en Champagne", "Alcala de Henares".
_JOINING_WORDS = {"of", "de", "du", "la", "le", "en", "sur", "am"}


# The open ground or a hall of a school, a church or a club, told after its name in lower case: "at the X Primary
# School grounds", "at the X Academy auditorium" is a place, whatever the school is.
_GROUNDS_OF = OPEN_GROUNDS | {"auditorium", "campus", "hall"}


class PlaceRepairs:
    """Repairs of the places' names among the entities of a ``DocContext`` (``self.doc``, ``self.text``)."""

    def _split_route(self, ents: list[Ent]) -> list[Ent]:
        """ "moved from Accra to Cape Coast": the tagger takes "Accra to Cape Coast" for one name; it is two places,
        when each side is a place by its own name."""
        out = []
        for e in ents:
            m = _ROUTE.match(e.text) if e.label != "DATE" else None
            sides = [self.doc.char_span(e.start + m.start(k), e.start + m.end(k), alignment_mode="contract")
                     for k in (1, 2)] if m else []
            if not sides or any(s is None or not len(s) or gazetteer().by_own_name(s.text) is None for s in sides):
                out.append(e)
                continue
            out.extend(Ent(s.text, "PLACE", s.start_char, s.end_char, s.start, s.end) for s in sides)
        return out

    def _join_known_names(self, ents: list[Ent]) -> list[Ent]:
        """A town's name cut at a small word into a place and a second name ("Chalons" and "Champagne"): one town,
        where the gazetteer knows the whole name as a place's own."""
        out: list[Ent] = []
        for e in ents:
            last = out[-1] if out else None
            if last is not None and last.label == "PLACE" and e.label in ("PLACE", "ORG", "PERSON", "OTHER") \
                    and last.token_end + 1 == e.token_start \
                    and self.doc[last.token_end].lower_ in _JOINING_WORDS:
                name = self.doc[last.token_start:e.token_end].text
                known = gazetteer().by_own_name(name)
                if known is not None:
                    last.text, last.end, last.token_end = name, e.end, e.token_end
                    continue  # (the second part tagged as anything: "Chalons" and a body "Champagne")
            if last is not None and last.label == "PLACE" and e.label in ("PLACE", "PERSON") \
                    and last.token_end == e.token_start and self.text[last.end:e.start] == " " \
                    and any(fold(p.name) == fold(f"{last.text} {e.text}") and p.kind == "city"
                            for p in gazetteer().candidates(f"{last.text} {e.text}")):
                # "in Yerba Buena", tagged as two places (or a place and a person): the town of the two words,
                # though a bigger city is also called so
                last.text, last.end, last.token_end = f"{last.text} {e.text}", e.end, e.token_end
                continue
            out.append(e)
        taken = {i for e in out for i in range(e.token_start, e.token_end)}
        for e in out:
            nxt = self.doc[e.token_end] if e.label == "PLACE" and e.token_end < len(self.doc) else None
            if nxt is not None and nxt.i not in taken and nxt.is_alpha and nxt.text[:1].isupper() \
                    and self.doc[e.token_end - 1].whitespace_:
                # "in Bahía Blanca", the tagger stopping at "Bahía": the town the gazetteer knows by the two words
                known = gazetteer().by_own_name(f"{e.text} {nxt.text}")
                if known is not None and known.kind == "city":
                    e.text, e.end, e.token_end = f"{e.text} {nxt.text}", nxt.idx + len(nxt.text), nxt.i + 1
        return out

    def _extend_feature_names(self, ents: list[Ent]) -> None:
        """ "the Kolt reservoir", "the Imra river", "Varuna province": the type word written in lower case is part
        of the name; so is it after a name the tagger took for a people ("Varuna district"), unless the name is a
        people's ("the Kurdish region")."""
        doc = self.doc
        taken = {e.token_start for e in ents}
        for e in ents:
            if e.label not in ("PLACE", "ORG", "PERSON", "OTHER", "NORP") or e.token_end >= len(doc) \
                    or e.label == "NORP" and fold(e.text) in DEMONYMS:
                continue
            k = e.token_start - 1 - (e.token_start > 0 and doc[e.token_start - 1].lower_ == "the")
            if e.label == "ORG" and k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in _GROUNDS_OF:
                e.label = "PLACE"  # "in the grounds of Ngomeni Primary School": the school's grounds are a place
            nxt = doc[e.token_end]
            if e.label in ("ORG", "PLACE") and nxt.text not in _GROUNDS_OF:
                # "the Kisii University conference hall", "Kisii University's main campus": a word in lower case
                # (and a possessive) between the name and the ground's word
                k = e.token_end + (nxt.text in ("'s", "’s"))
                if k + 1 < len(doc) and doc[k].is_lower and doc[k].is_alpha and doc[k + 1].text in _GROUNDS_OF \
                        and k not in taken and k + 1 not in taken:
                    nxt = doc[k + 1]
            if (nxt.text in WATER_WORDS | AREA_WORDS or nxt.text in _GROUNDS_OF and e.label in ("ORG", "PLACE")) \
                    and nxt.i not in taken and doc[nxt.i - 1].whitespace_:
                e.text, e.end, e.token_end, e.label = self.text[e.start:nxt.idx + len(nxt.text)], \
                    nxt.idx + len(nxt.text), nxt.i + 1, "PLACE"

    def _extend_venue_names(self, ents: list[Ent]) -> None:
        """ "at Sheikh Amri Abeid Stadium", tagged "Amri Abeid Stadium": capitalised words before a venue's name,
        which the parser hangs on it and no other name takes, are the name's first words (a courtesy in it too)."""
        doc = self.doc
        taken = {i for e in ents for i in range(e.token_start, e.token_end)}
        for e in ents:
            if e.label not in ("PLACE", "ORG") or e.text.split()[-1].lower() not in FACILITY_WORDS \
                    or not e.text.split()[-1][0].isupper():
                continue
            while e.token_start > 1 and e.token_start - 1 not in taken:
                prev = doc[e.token_start - 1]
                if not (prev.pos_ == "PROPN" and prev.is_alpha and prev.text.istitle() and prev.whitespace_
                        and not prev.is_sent_start and e.token_start <= prev.head.i < e.token_end
                        and doc[prev.i - 1].lower_ in _PASSED | {"the"}):
                    break
                e.text, e.start, e.token_start = self.text[prev.idx:e.end], prev.idx, prev.i
                taken.add(prev.i)

    def _label_places(self, ents: list[Ent]) -> None:
        """A surname seen in a full PERSON name names that person wherever the tagger put it; a name the gazetteer
        knows, after "in", "at", "the province of" or before "-based", is the place, whatever the tagger said.
        The rules (``place_labels.RELABELLING``) are tried in turn; the first that gives a name a label decides it."""
        venues = {e.text for e in ents if held_at(self, e)}
        people = [e.text for e in ents if e.label == "PERSON" and len(e.text.split()) >= 2 and e.text not in venues]
        seen = Seen({name.split()[-1] for name in people}, set(people), ents, venues)
        for e in ents:
            for rule in RELABELLING:
                label = rule(self, e, seen)
                if label is not None:
                    e.label = label or e.label
                    break

    def _label_features(self, ents: list[Ent]) -> None:
        """ "the shores of the Aegean" where "the Aegean Sea" is named: the sea, not a people."""
        features = {e.text.rsplit(" ", 1)[0] for e in ents
                    if e.label == "PLACE" and len(e.text.split()) >= 2 and e.text.split()[-1].lower() in FACILITY_WORDS
                    | {"sea", "ocean", "gulf", "strait", "straits", "coast", "desert", "mountains"}}
        for e in ents:
            if (e.label == "NORP" and e.text in features and e.token_start > 0
                    and self.doc[e.token_start - 1].lower_ == "the"
                    and self.doc[e.token_end - 1].dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")):
                e.label = "PLACE"

    def _name_capitals(self, ents: list[Ent]) -> list[Ent]:
        """ "the Chilean capital" names a city."""
        for m in _CAPITAL_PHRASE.finditer(self.text):
            if fold(m.group(1)) in DEMONYMS:
                span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None:
                    ents = [e for e in ents if not (e.start < m.end() and m.start() < e.end)]
                    ents.append(Ent(m.group(0), "PLACE", m.start(), m.end(), span.start, span.end))
        return ents

    def _placed_within(self, e: Ent, ents: list[Ent]) -> bool:
        """Whether a name is followed by ", in" or ", near" and a place ("X, in Tartu county", "X, in northern
        Chad"): the report says where it lies."""
        return self.place_it_lies_in(e, ents) is not None

    def place_it_lies_in(self, e: Ent, ents: list[Ent]) -> Ent | None:
        """The place named after ", in" or ", near" right after a name, else None."""
        m = _WITHIN.match(self.text, e.end)
        return None if m is None else next(
            (o for o in ents if o.label == "PLACE" and m.end() <= o.start <= m.end() + 20), None)

    def _based(self, e: Ent) -> bool:
        doc, j = self.doc, e.token_end
        return j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ == "based"

    def _after_place_preposition(self, e: Ent) -> bool:
        i = e.token_start - 1
        if i > 0 and self.doc[i].lower_ in _WHERE_WORDS:  # "in neighbouring Valga"
            i -= 1
        if i > 0 and self.doc[i].lower_ == "the":  # "in the Basque Country"
            i -= 1
        if i >= 0 and self.doc[i].lower_ in ("to", "from", "of") and self.doc[i].head.lemma_.lower() in MOVE_VERBS | {
                "out"}:
            return True  # "moved out of Pavlodar to Kostanay": where an event was moved from and to
        if i >= 0 and self.doc[i].lower_ == "from" and self.doc[i].head.lemma_.lower() in TRAVEL_VERBS - {"report"}:
            return True  # "after returning from Marstadt"
        if i >= 0 and self.doc[i].lower_ == "for" and self.doc[i].head.lemma_.lower() in PLAN_VERBS:
            return True  # "the next round is now planned for Patna in October"
        return i >= 0 and self.doc[i].lower_ in PLACE_PREPOSITIONS

    def _travelled_to(self, e: Ent) -> bool:
        i = e.token_start - 1
        return i >= 0 and self.doc[i].lower_ == "to" and self.doc[i].head.lemma_.lower() in TRAVEL_VERBS - {"report"}

    def _listed_with_places(self, e: Ent, ents: list[Ent]) -> bool:
        """Whether the name is joined by "and" or a comma to a name tagged as a place ("X and Y", "A, B and C")."""
        tok = self.doc[e.token_start]
        near = {t.i for t in tok.children if t.dep_ == "conj"}
        if tok.dep_ == "conj":  # the name it is joined to, and the others joined to that one
            near |= {tok.head.i} | {t.i for t in tok.head.children if t.dep_ == "conj" and t.i != tok.i}
        return any(o.label == "PLACE" and o.token_start <= i < o.token_end for o in ents for i in near)

    def _written_as_a_place(self, e: Ent, ents: list[Ent]) -> bool:
        """Whether a name is written where a place is, and never where a body is: at least once "in", "near", "off"
        or "outside" it ("its plant in X", "capsized off X"), never "a stake in X"; elsewhere only after those or "at",
        "from", "to", "through" ("a businessman from X", "the road to X"), and there never as what owns ("X's board")
        nor before a body's thing ("X shares"). A name that acts ("X said") is written after none of them."""
        doc, firm, placed = self.doc, False, False
        for o in (o for o in ents if o.text == e.text):
            i = o.token_start - 1
            word = doc[i].lower_ if i >= 0 else ""
            if word in _LOCATIVE:
                placed = True
                firm = firm or doc[i].head.lemma_.lower() in _HELD_IN  # "a stake in X": a body
            elif word not in _PASSED or self.text[o.end:o.end + 2] in ("'s", "’s") \
                    or o.token_end < len(doc) and doc[o.token_end].lower_ in _BODY_THINGS:
                firm = True  # "X said" (after no such word), "from X's board", "at X headquarters"
        return placed and not firm

    def _known_town(self, e: Ent) -> bool:
        """A name the gazetteer knows as a town by its own name, not followed by a possessive ("in Kelvo's view")."""
        place = gazetteer().by_own_name(e.text)
        after = self.text[e.end:e.end + 2]
        return place is not None and place.kind == "city" and after not in ("'s", "’s")

    def _speaks(self, e: Ent) -> bool:
        """Whether any mention of this name is the subject of a verb (people act; places rarely do). A name right
        after "in" or "at" is not, whatever the parser made of it ("In X, where the hall stands, ...")."""
        for other in self.doc.ents:
            if other.text == e.text and other.root.dep_ in ("nsubj", "nsubjpass") and not (
                    other.start > 0 and self.doc[other.start - 1].lower_ in PLACE_PREPOSITIONS):
                return True
        return False

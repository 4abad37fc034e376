"""Repairs of organisations' names: a club's or a company's prefix or legal form the tagger left out, a party
called by its members, a name run on past "del" or "di", and names the words in or around them show to be
organisations'."""

from __future__ import annotations

import re
from functools import cached_property

from reconcile.extract.lexicon import PARTY_MEMBERS
from reconcile.extract.spans import (
    FACILITY_WORDS,
    GROUND_WORDS,
    LEGAL_FORMS,
    ORG_NOUNS_AFTER,
    ORG_WORDS,
    PLACE_PREPOSITIONS,
    Ent,
    named_venue,
    sizeable_place,
)
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold
from reconcile.normalize.titles import TITLE_HEADS

ORG_NOUNS = {"maker", "manufacturer", "company", "firm", "group", "club", "side", "team", "bank", "lender",
             "insurer", "retailer", "carrier", "airline", "operator", "producer", "supplier", "startup",
             "conglomerate", "rival", "outfit", "brand", "chain", "giant", "publisher", "broadcaster", "newspaper",
             "agency", "party", "charity", "union", "regulator", "subsidiary", "unit", "owner"}
# Capitalised words that open a club's or a company's full name and that the tagger leaves out of the span
# ("CD Vardon", "FC Lastivka Poltava", "Clube Desportivo Vardon").
ORG_PREFIXES = {"fc", "cf", "cd", "afc", "ac", "sc", "fk", "nk", "sk", "club", "clube", "desportivo", "deportivo",
                "sporting", "atletico", "olympique"}
# Lower-case particles inside names in Romance, Germanic and other languages' organisation and place names.
_NAME_PARTICLES = {"del", "della", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "de", "la", "le", "les",
                   "des", "du", "der", "den", "van", "von", "y", "e", "i"}
_LOWER_LEGAL_FORMS = r"a\.s\.|s\.r\.o\.|d\.o\.o\.|d\.d\.|sp\. z o\.o\."
# Words before a city's name that name a part of it or the land around it.
# offices that serve a person, who may be named after "of" ("the spokesman of Minister X")
_SERVING_PEOPLE = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "counsel", "lawyer",
                   "attorney", "secretary", "assistant", "deputy", "bodyguard", "successor", "predecessor"}
_PLACE_QUALIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "old",
                     "new", "greater", "upper", "lower", "inner", "outer", "downtown", "metro", "metropolitan", "port",
                     "san", "santa", "saint", "st", "fort", "mount", "lake", "cape", "little", "big", "grand", "la",
                     "el", "al", "le", "los", "las"}
# A company's legal form after its name ("Carraway Home Inc", "Havfor ASA", "Moravské laky a.s."): the tagger
# often stops before it, or takes the first word for a person's name. Capitalised words (or particles) lead to it;
# lower-case words only before the lower-case forms of Central European names.
_LEGAL_FORM_AFTER = re.compile(
    r"(?:\s(?:[A-Z][\w'’&-]*|del|de|da|do|dos|&)){0,3},?\s(?:" + LEGAL_FORMS + r")(?![\w/])"
    r"|(?:\s[^\W\d_]+){0,2}\s(?:" + _LOWER_LEGAL_FORMS + r")")


class OrgRepairs:
    """Repairs of the organisations' names among the entities of a ``DocContext`` (``self.doc``, ``self.text``)."""

    def _organisation_like(self, e: Ent) -> bool:
        words = [w for w in re.split(r"[\s.]+", e.text.lower()) if w]
        if any(w in ORG_WORDS for w in words):
            return True
        if len(words) >= 2 and not (e.label == "PERSON" and self._person_of_a_body(e)):
            place = gazetteer().lookup(words[-1])
            whole = gazetteer().lookup(e.text)
            # The city by its own name ("Lastivka Poltava"), or by another of its names in a report of its country;
            # not a name the gazetteer lists among the other names of a city far away ("Aisha Ndagi Kolo" in a report
            # from Nigeria is not a club of Coro, Venezuela).
            # A name of three words the tagger took for a person's ("Muhammad Saidi Banda") ends with a city only
            # of a country the report names.
            own_name = gazetteer().by_own_name(words[-1]) is not None and (len(words) == 2 or e.label != "PERSON")
            if place is not None and place.sizeable and (own_name or place.country in self._countries_named) and not (
                    whole is not None and fold(whole.name) == fold(e.text)):  # "Bac Kan" is a town, not "X Kan"
                return True
        before = [t for t in self.doc[max(0, e.token_start - 3): e.token_start] if not t.is_punct]
        if before and before[-1].lemma_.lower() in ORG_NOUNS:
            return True
        if len(before) >= 2 and before[-1].lower_ == "of" and before[-2].lower_ in TITLE_HEADS - _SERVING_PEOPLE \
                and e.label == "PERSON" and len(words) >= 2:
            return True  # "chief operating officer of Sahel Grains": an office is held in a body, not a person
        # "the Jany Tilek party", "the Jany Tilek (New Hope) party"
        j = e.token_end
        if j < len(self.doc) and self.doc[j].text == "(":
            while j < len(self.doc) and j - e.token_end < 8 and self.doc[j].text != ")":
                j += 1
            j += 1
        return j < len(self.doc) and self.doc[j].text in ORG_NOUNS_AFTER

    def _club_of_a_city(self, e: Ent) -> bool:
        """ "Tengri Almaty", "Daugavkrasts Riga" tagged as a place: a name no place has, then a city of some size, is
        a club or a company of that city (not "East London", "Old Riga", "Greater Manchester")."""
        words = e.text.split()
        if e.label != "PLACE" or len(words) != 2 or not words[0][:1].isupper() or words[0].isupper() \
                or fold(words[0]) in _PLACE_QUALIFIERS or gazetteer().lookup(e.text) is not None:
            return False
        return sizeable_place(words[1]) and gazetteer().lookup(words[0]) is None

    @cached_property
    def _countries_named(self) -> set[str]:
        """The countries of the places the report names by their own names; not a person's surname the tagger also
        took for a town ("Inácio da Costa Pereira ... Pereira, a former minister": no report of Colombia)."""
        surnames = {e.text.split()[-1] for e in self.doc.ents if e.label_ == "PERSON" and len(e.text.split()) >= 2}
        # (a surname is the town too where the report once puts something "in" it)
        placed = {e.text for e in self.doc.ents if e.start > 0 and self.doc[e.start - 1].lower_ in PLACE_PREPOSITIONS}
        return {place.country for e in self.doc.ents
                if e.label_ == "GPE" and (e.text not in surnames or e.text in placed)
                and (place := gazetteer().by_own_name(e.text)) is not None}

    def _extend_org_prefixes(self, ents: list[Ent]) -> None:
        """ "CD Vardon": capitalised club or company prefixes just before a name belong to it."""
        in_ent = {i for e in ents for i in range(e.token_start, e.token_end)}
        for e in ents:
            if e.label not in ("PERSON", "ORG", "PLACE"):
                continue
            i = e.token_start
            while i > 0 and (i - 1) not in in_ent and self.doc[i - 1].lower_ in ORG_PREFIXES \
                    and self.doc[i - 1].text[:1].isupper() and self.doc[i - 1].whitespace_ == " ":
                i -= 1
            if i < e.token_start:
                start = self.doc[i].idx
                e.text, e.start, e.token_start = self.text[start:e.end], start, i
                e.label = "ORG"

    def _name_parties(self, ents: list[Ent]) -> list[Ent]:
        """ "the Moderates", "the Liberal Democrats": a party called by what its members are called is a party;
        "Sweden" + " Democrats" is one party's name."""
        out: list[Ent] = []
        for e in ents:
            if e.label != "NORP" or e.text.split()[-1].lower() not in PARTY_MEMBERS:
                out.append(e)
                continue
            prev = out[-1] if out else None
            if prev is not None and prev.label in ("PLACE", "ORG") and self.text[prev.end:e.start] == " ":
                out[-1] = Ent(self.text[prev.start:e.end], "ORG", prev.start, e.end, prev.token_start, e.token_end)
            else:
                e.label = "ORG"
                out.append(e)
        return out

    def _extend_legal_forms(self, ents: list[Ent]) -> list[Ent]:
        """ "Carraway" + " Home Inc": a name goes on to the company's legal form after it, and is a company's."""
        out: list[Ent] = []
        covered = -1
        for e in ents:
            if e.start < covered:
                continue  # taken into the company's name before it
            m = _LEGAL_FORM_AFTER.match(self.text, e.end) if e.label in ("PERSON", "ORG", "PLACE", "OTHER") else None
            span = self.doc.char_span(e.start, m.end(), alignment_mode="expand") if m else None
            if span is not None and span.end_char <= m.end() + 1:
                e.text, e.end, e.token_end, e.label = self.text[e.start:m.end()], m.end(), span.end, "ORG"
                covered = e.end
            out.append(e)
        return out

    def _extend_foreign_names(self, ents: list[Ent]) -> None:
        """ "Federazione Italiana Lavoratori del Trasporto Aereo": a name in a language whose names join their
        capitalised words with lower-case particles (del, di, de la, do, der...) goes on past the particle."""
        doc = self.doc
        for e in ents:
            if e.label not in ("ORG", "PLACE") or len(e.text.split()) < 2:
                continue
            i = e.token_end
            while i < len(doc) and doc[i].lower_ in _NAME_PARTICLES and doc[i].text.islower() \
                    and doc[i - 1].whitespace_:
                j = i + 1
                while j < len(doc) and doc[j].lower_ in _NAME_PARTICLES and doc[j].text.islower():
                    j += 1
                k = j
                while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k - 1].whitespace_:
                    k += 1
                if k == j:
                    break
                i = k
            if i > e.token_end:
                span = doc[e.token_start:i]
                for other in ents:
                    if other is not e and e.token_end <= other.token_start < i:
                        other.label = "DROP"
                e.text, e.end, e.token_end = span.text, span.end_char, span.end
        ents[:] = [e for e in ents if e.label != "DROP"]

    def _offices_before_holders(self, ents: list[Ent]) -> list[Ent]:
        """ "the Commissioner for Agriculture, Ibrahim Yakubu, who ...": an office and its portfolio tagged as a body,
        set off right before the person who holds it, is the person's title, not a body."""
        people = {e.start for e in ents if e.label == "PERSON"}
        return [e for e in ents if not (
            e.label == "ORG" and e.text.split()[0].lower() in TITLE_HEADS and len(e.text.split()) > 1
            and self.text[e.end:e.end + 2] == ", " and e.end + 2 in people)]

    def _label_organisations(self, ents: list[Ent]) -> set[str]:
        """ "CD Vardon", "Lastivka Poltava", "gearbox maker Brenner Hydraulik": a name the words in or around it show
        to be an organisation's is one, and so is the same name throughout the source ("the Jany Tilek party");
        "Elm Lane", "Brookfield Stadium" are named grounds and buildings, whatever the tagger took them for. Returns
        the organisations' names."""
        org_texts = set()
        for e in ents:
            if e.label in ("PERSON", "ORG") and self._organisation_like(e) or self._club_of_a_city(e):
                e.label = "ORG"
                org_texts.add(e.text)
            elif e.label in ("PERSON", "ORG") and (e.text.split()[-1].lower() in FACILITY_WORDS
                                                   or named_venue(e.text)) \
                    or e.label in ("EVENT", "OTHER") and len(e.text.split()) > 1 \
                    and e.text.split()[-1].lower() in GROUND_WORDS:
                # (a ground taken for an event by a word in its name, "Orvel War Memorial Stadium", or a hall taken
                # for a work of art)
                e.label = "PLACE"
        for e in ents:
            if e.label == "PERSON" and e.text in org_texts:
                e.label = "ORG"
        return org_texts

    def _extend_to_org_names(self, ents: list[Ent], org_texts: set[str]) -> None:
        """ "at a Sarysu Metals mine", tagged "Sarysu" as a place: a name no sizeable place has, followed by the rest
        of an organisation's name the source writes elsewhere, is that organisation."""
        for e in ents:
            if e.label != "PLACE" or e.text in org_texts or sizeable_place(e.text):
                continue
            for org in org_texts:
                if org.startswith(e.text + " ") and self.text.startswith(org, e.start):
                    span = self.doc.char_span(e.start, e.start + len(org), alignment_mode="expand")
                    if span is not None and not any(o is not e and span.start <= o.token_start < span.end for o in ents):
                        e.text, e.end, e.token_end, e.label = span.text, span.end_char, span.end, "ORG"
                    break

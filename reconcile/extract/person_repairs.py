"""Repairs of people's names: an honorific, an office or a town run into a name, and a name another name shows to
be a person's. Where a name begins and ends (a name cut in two or short of its first word) is ``name_extents``'s;
names in scripts the English tagger does not read are found by ``script_names``."""

from __future__ import annotations

import re
from collections import Counter

from reconcile.extract.lexicon import DONE_TO_PEOPLE, OCCUPATIONS, party_member
from reconcile.extract.name_extents import NameExtents, family_names
from reconcile.extract.spans import (
    HONORIFIC,
    OPENING_CONJUNCTIONS,
    ORG_WORDS,
    Ent,
    org_word_in,
    sizeable_place,
)
from reconcile.normalize.country_names import DEMONYMS
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold
from reconcile.normalize.titles import BODIES, LEVELS, RANKS, TITLE_HEADS

_OF_PLACE = re.compile(r" of ((?:[A-Z][\w'’-]+ ?){1,3})$")
# "Marites Gozum of Gozum Construction and Supply": a name, and the firm after "of" (capitalised words, with "and").
_OF_BODY = re.compile(r" of ([A-Z][\w'’-]*(?: (?:and|&) [A-Z][\w'’-]*| [A-Z][\w'’-]*)*)$")
# "Edvin Laske's Kelvo Party" tagged as one name: the owner, and what is theirs after the possessive.
_OWNED = re.compile(r"['’]s ((?:[A-Z][\w'’-]+ ?)+)$")
# The words a body's name ends with, after which a person's name may have been run into it.
_BODY_HEADS = ORG_WORDS | BODIES | {"fund", "office", "bureau", "court", "service", "department", "directorate",
                                    "secretariat", "corporation", "union", "trust"}


# Nouns for a person of a country ("a Spaniard"), other than its adjective, which ``DEMONYMS`` holds.
NATIONALITY_NOUNS = {"spaniard", "frenchman", "frenchwoman", "briton", "dane", "swede", "pole", "finn", "scot",
                     "scotsman", "scotswoman", "dutchman", "dutchwoman", "irishman", "irishwoman", "welshman",
                     "welshwoman", "englishman", "englishwoman", "turk", "icelander", "luxembourger"}


# The Spanish and Portuguese courtesy before a given name and a surname: "Don Rosendo Quiroa", "Doña Elsa Tejeda".
_DON = re.compile(r"^(?:Don|Doña|Dona|Dom)\s+(?=\w+\s+\w)")


class PersonRepairs(NameExtents):
    """Repairs of the people's names among the entities of a ``DocContext`` (``self.doc``, ``self.text``)."""

    def _split_person_of_place(self, ents: list[Ent]) -> list[Ent]:
        """ "Meiling Chen of Mackay" tagged as one name: a person and the town they come from (a place the gazetteer
        knows, whatever its size, or one the report names as a place elsewhere: "Ivelin Stanchev of Silistra"), or
        the firm they are of, when its name has more than one word or a word of a firm's ("Marites Gozum of Gozum
        Construction and Supply")."""
        out = []
        places = {fold(e.text) for e in ents if e.label == "PLACE"}

        def of_what(text: str) -> tuple[re.Match | None, str]:
            m = _OF_PLACE.search(text)
            if m and (fold(m.group(1)) in places or gazetteer().lookup(m.group(1)) is not None):
                return m, "PLACE"
            m = _OF_BODY.search(text)
            if m and (len(m.group(1).split()) >= 2 or org_word_in(m.group(1))):
                return m, "ORG"
            return None, ""

        for e in ents:
            out.append(e)
            m, label = of_what(e.text) if e.label == "PERSON" else (None, "")
            if m and len(e.text[:m.start()].split()) >= 2:
                name = self.doc.char_span(e.start, e.start + m.start(), alignment_mode="contract")
                town = self.doc.char_span(e.start + m.start(1), e.end, alignment_mode="contract")
                if name is not None and town is not None and len(name) and len(town):
                    e.text, e.end, e.token_end = name.text, name.end_char, name.end
                    out.append(Ent(town.text, label, town.start_char, town.end_char, town.start, town.end))
        return out

    def _split_owner_and_owned(self, ents: list[Ent]) -> list[Ent]:
        """ "Edvin Laske's Kelvo Party", tagged as one person: the person, and the body that is theirs."""
        out = []
        for e in ents:
            out.append(e)
            m = _OWNED.search(e.text) if e.label == "PERSON" else None
            if m is None:
                continue
            name = self.doc.char_span(e.start, e.start + m.start(), alignment_mode="contract")
            owned = self.doc.char_span(e.start + m.start(1), e.end, alignment_mode="contract")
            if name is not None and owned is not None and len(name) and len(owned):
                e.text, e.end, e.token_end = name.text, name.end_char, name.end
                out.append(Ent(owned.text, "ORG", owned.start_char, owned.end_char, owned.start, owned.end))
        return out

    def _split_body_and_person(self, ents: list[Ent]) -> list[Ent]:
        """ "acting head of the State Property Fund Iryna Ostapchuk", tagged as one body: the body, ending at its
        last word for a body, and the person named after it, where an office comes right before the body (two or
        three capitalised words after it that name no body and no town)."""
        out = []
        for e in ents:
            out.append(e)
            if e.label != "ORG" or not self._office_before(e):
                continue
            words = self.doc[e.token_start:e.token_end]
            last_body = max((t.i for t in words if t.lower_ in _BODY_HEADS), default=None)
            if last_body is None or not 2 <= e.token_end - last_body - 1 <= 3:
                continue
            tail = self.doc[last_body + 1:e.token_end]
            if not all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in _BODY_HEADS for t in tail) \
                    or gazetteer().lookup(tail.text) is not None or sizeable_place(tail[-1].text):
                continue
            body = self.doc[e.token_start:last_body + 1]
            e.text, e.end, e.token_end = body.text, body.end_char, body.end
            out.append(Ent(tail.text, "PERSON", tail.start_char, tail.end_char, tail.start, tail.end))
        return out

    def _office_before(self, e: Ent) -> bool:
        """Whether an office is named right before a body: "acting head of the X", "chairman of X"."""
        before = self.doc[max(0, e.token_start - 4):e.token_start]
        return any(t.lemma_.lower() in TITLE_HEADS for t in before) and any(t.lower_ == "of" for t in before)

    def _after_a_country_s(self, e: Ent) -> bool:
        """Whether a country's name and "'s" come right before the entity ("Japan's Kenji Arakawa")."""
        i = e.token_start
        if i < 2 or self.doc[i - 1].text not in ("'s", "’s"):
            return False
        place = gazetteer().by_own_name(self.doc[i - 2].text)
        return place is not None and place.kind == "country"

    def _set_off_after_a_country_s(self, e: Ent) -> bool:
        """ "Spain's Iker Arregi, one of the favourites": two words after a country's "'s", set off by a comma,
        that end in no town's name."""
        j = e.token_end
        return len(e.text.split()) == 2 and self._after_a_country_s(e) and j < len(self.doc) \
            and self.doc[j].text == "," and not sizeable_place(e.text.split()[-1])

    def _person_of_a_body(self, e: Ent) -> bool:
        """Whether a name comes after a country's "'s" and before "of" and a capitalised name: "Japan's Kenji Arakawa
        of Orvel Racing" is a driver of a team, whatever town his surname is also the name of."""
        j = e.token_end
        return self._after_a_country_s(e) and j + 1 < len(self.doc) and self.doc[j].lower_ == "of" \
            and self.doc[j + 1].text[:1].isupper()

    def _people_of_countries(self, ents: list[Ent]) -> None:
        """ "Japan's Kenji Arakawa of Orvel Racing", with the driver tagged as a body and the team as a person: a
        name of two or three words after a country's "'s" and before "of" and a name, or of two set off by a comma,
        is a person's, and the name after "of" theirs is a body's; so is the person in "Belgium's Edvin Laske of
        Orvel Rally Team" tagged as one body (``_split_person_of_place`` then splits it)."""
        for k, e in enumerate(ents):
            if e.label == "ORG" and self._after_a_country_s(e) and (m := _OF_BODY.search(e.text)) \
                    and 2 <= len(e.text[:m.start()].split()) <= 3 and not org_word_in(e.text[:m.start()]):
                e.label = "PERSON"
                continue
            words = e.text.split()
            if e.label not in ("ORG", "PLACE") or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) \
                    or org_word_in(e.text) or not (self._person_of_a_body(e) or self._set_off_after_a_country_s(e)):
                continue  # not "Ukraine's Shakhtar Donetsk", a club of a city, nor "Estonia's Border Guard Board"
            e.label = "PERSON"
            after = ents[k + 1] if k + 1 < len(ents) else None
            if after is not None and after.label == "PERSON" and after.token_start == e.token_end + 1 \
                    and self.doc[e.token_end].lower_ == "of":
                after.label = "ORG"

    def _strip_honorifics(self, ents: list[Ent]) -> None:
        """ "Mr. Adebanjo" -> "Adebanjo", "Doña Elsa Tejeda Quiroa" -> "Elsa Tejeda Quiroa": the honorific is not part of
        the name (the Spanish "Don" only before a given name and a surname: "Don Murray" may be a name)."""
        for e in ents:
            first = self.doc[e.token_start]
            if first.lower_ in OPENING_CONJUNCTIONS and e.token_end - e.token_start >= 2 and first.is_sent_start:
                # "But Rathnayake, a former minister, said": the word that opens the sentence is not the name's
                rest = self.doc[e.token_start + 1:e.token_end]
                e.text, e.start, e.token_start = rest.text, rest.start_char, rest.start
            m = HONORIFIC.match(e.text) or _DON.match(e.text)
            span = self.doc.char_span(e.start + m.end(), e.end, alignment_mode="expand") if m else None
            if span is not None and e.label == "PERSON" and len(e.text) > m.end():
                e.text, e.start, e.token_start = e.text[m.end():], e.start + m.end(), span.start

    def _split_party_before_name(self, ents: list[Ent]) -> list[Ent]:
        """ "Conservative Helen Ashdown", "Republican Dana Whitfield": a party's member before a person's name is the
        party, not part of the name."""
        out = []
        for e in ents:
            first, last = self.doc[e.token_start], self.doc[e.token_end - 1]
            if e.label != "PERSON":
                pass
            elif e.token_end - e.token_start >= 3 and first.text[:1].isupper() and party_member(first.text):
                rest = self.doc[first.i + 1: e.token_end]
                out.append(Ent(first.text, "ORG", first.idx, first.idx + len(first.text), first.i, first.i + 1))
                e.text, e.start, e.token_start = rest.text, rest.start_char, rest.start
            elif e.token_end - e.token_start == 2 and party_member(last.text) and first.pos_ in ("ADJ", "VERB"):
                # "Defeated Conservative Helen Ashdown" tagged "Defeated Conservative": the party
                e.text, e.start, e.token_start, e.label = last.text, last.idx, last.i, "ORG"
            out.append(e)
        return out

    def _strip_leading_titles(self, ents: list[Ent]) -> None:
        """ "Councilor Nora Pelham" -> "Nora Pelham": an office word is not part of the name."""
        for e in ents:
            first, last = self.doc[e.token_start], self.doc[e.token_end - 1]
            if e.label in ("PERSON", "ORG") and e.token_end - e.token_start == 2 and first.lower_ in TITLE_HEADS \
                    and last.pos_ == "PROPN" and last.lower_ not in TITLE_HEADS and not org_word_in(last.text) \
                    and ((place := gazetteer().lookup(last.text)) is None or not place.sizeable):
                # "Referee Nishida said": an office and a surname, not a body's name
                e.text, e.start, e.token_start, e.label = last.text, last.idx, last.i, "PERSON"
                continue
            if e.label == "ORG":
                # "Special Public Prosecutor K. Lakshmi Rao", taken whole for a body: an initial after an office
                # word opens a person's name
                k = next((k for k in range(e.token_start, e.token_end - 2) if self.doc[k].lower_ in TITLE_HEADS
                          and re.fullmatch(r"[A-Z]\.", self.doc[k + 1].text)), None)
                if k is not None and all(t.text[:1].isupper() for t in self.doc[k + 1:e.token_end]):
                    e.text, e.start, e.token_start, e.label = self.text[self.doc[k + 1].idx:e.end], \
                        self.doc[k + 1].idx, k + 1, "PERSON"
                continue
            if e.label != "PERSON":
                continue
            k = e.token_start - 1
            while k >= 0 and self.doc[k].text[:1].isupper() and self.doc[k].lower_ in RANKS:
                k -= 1
            if last.lower_ in TITLE_HEADS and k >= 0 and self.doc[k].lower_ == "the":
                e.label = "OTHER"  # "the Chief Marine Surveyor": an office the tagger took for a name
                continue
            i = e.token_start
            while e.token_end - i > 2 and (self.doc[i].lower_ in TITLE_HEADS or self.doc[i].lower_ in RANKS
                                           or self.doc[i].lower_ in OCCUPATIONS):
                i += 1
            # "Lysgaard CFO Rikke Sonderby": the company and its office before the name
            heads = [k for k in range(i, e.token_end - 2) if self.doc[k].lower_ in TITLE_HEADS]
            if heads and (heads[-1] - i < 2) and all(self.doc[k].text[:1].isupper() for k in range(i, e.token_end)):
                i = heads[-1] + 1
            if i > e.token_start:
                start = self.doc[i].idx
                e.text, e.start, e.token_start = self.text[start:e.end], start, i

    def _strip_nationalities(self, ents: list[Ent]) -> None:
        """ "Frenchman Luc Arvel", "Spaniard Ana Ruiz", "Norwegian Edvin Laske": where a person is from is
        not part of their name (a given name and a surname are left)."""
        for e in ents:
            if e.token_end - e.token_start < 3:
                continue
            first = self.doc[e.token_start]
            # (a nationality's noun opens no body's name, whatever the tagger took the name for)
            noun = first.lower_ in NATIONALITY_NOUNS and e.label in ("ORG", "PLACE", "OTHER") \
                and all(t.text[:1].isupper() for t in self.doc[e.token_start + 1:e.token_end])
            if noun or e.label == "PERSON" and (first.lower_ in NATIONALITY_NOUNS or fold(first.text) in DEMONYMS):
                rest = self.doc[e.token_start + 1]
                e.text, e.start, e.token_start, e.label = self.text[rest.idx:e.end], rest.idx, rest.i, "PERSON"

    def _offices_read_as_people(self, ents: list[Ent]) -> None:
        """ "Ruvuma Regional Commissioner X", tagged "Ruvuma Regional" as a person: a name and a level word right
        before an office are the place the office serves and its level, not a person; the place is the name."""
        for e in ents:
            words = e.text.split()
            if e.label != "PERSON" or len(words) < 2 or words[-1].lower() not in LEVELS \
                    or e.token_end >= len(self.doc) or self.doc[e.token_end].lower_ not in TITLE_HEADS:
                continue
            last = self.doc[e.token_end - 1]
            if last.lower_ != words[-1].lower() or e.token_end - 1 <= e.token_start:
                continue
            place = self.doc[e.token_start:e.token_end - 1]
            e.text, e.end, e.token_end, e.label = place.text, place.end_char, place.end, "PLACE"

    def _beside_a_title(self, e: Ent) -> bool:
        """The name in apposition to an office: "the Executive Secretary of the agency, Ifeoma Ezenwa", "Ranil
        Perera, former chairman of the corporation"."""
        root = self.doc[e.token_end - 1]
        if any(c.dep_ == "appos" and c.lower_ in TITLE_HEADS and c.i > root.i for c in root.children):
            return True  # "sentenced Ranil Perera, former chairman of the corporation,"
        # set off by a comma: "the Minister of Lands and Natural Resources Management" runs on into its
        # portfolio, which the parser may hang on the office as well
        return root.dep_ == "appos" and root.head.lower_ in TITLE_HEADS and not (
            e.token_start <= root.head.i < e.token_end) and e.token_start > 0 and self.doc[e.token_start - 1].text == ","

    def _label_people(self, ents: list[Ent], org_texts: set[str]) -> None:
        """ "Tarik Begović" tagged an organisation where "Begović" alone is a person, or "the Executive Secretary of
        the agency, Ifeoma Ezenwa": the person's full name. ``org_texts`` are the names shown to be organisations'."""
        lone_people = {e.text for e in ents if e.label == "PERSON" and len(e.text.split()) == 1}
        for e in ents:
            words = e.text.split()
            # a lone surname of the name's, its second-to-last word when it ends in two family names ("Jhonny
            # Alberto Caraballo Montes" where "Caraballo" alone is the person), or a verb done to people before a
            # name the tagger took for a title of a work ("who convicted Jhonny Alberto Caraballo Montes")
            personal = words[-1] in lone_people or len(words) == 4 and words[-2] in lone_people or (
                e.label == "OTHER" and e.token_start > 0 and self.doc[e.token_start - 1].lemma_.lower() in DONE_TO_PEOPLE)
            if e.label in ("ORG", "OTHER") and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
                    and not org_word_in(e.text) and (self._beside_a_title(e) and len(words) <= 3 or personal
                                                     and e.text not in org_texts and not self._organisation_like(e)):
                e.label = "PERSON"
            elif e.label in ("ORG", "OTHER") and 3 <= len(words) <= 5 and HONORIFIC.match(e.text) \
                    and all(w[:1].isupper() and w.isalpha() for w in words[1:]) and not org_word_in(e.text):
                e.label = "PERSON"  # "U Tun Tun Naing", tagged a body: a courtesy before a name is a person's
            elif e.label == "PLACE" and 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
                    and not e.text.isupper() \
                    and self._beside_a_title(e) and not sizeable_place(e.text) \
                    and not (e.token_start > 0 and self.doc[e.token_start - 1].text[:1].isupper()):
                # "The Minister of Internal Affairs, Kalo Nasse, said": no place holds an office. (A span cut after
                # a capitalised word is left to the names read before an office, which take the whole name.)
                e.label = "PERSON"

    def _label_people_taken_for_places(self, ents: list[Ent], by_surname: bool = False) -> None:
        """ "Mhango, the party's vice-president, won": a name no sizeable place has, shown to be a person's once, is
        that person's wherever the tagger took it for a place. ``by_surname``: the surname of a person named in full
        ("Tiwonge Banda told the gathering. Banda, who inspected the jetty, ..."), once the names written beside
        titles are found."""
        if by_surname:
            people = {w for x in ents if x.label == "PERSON" and 2 <= len(x.text.split()) <= 4
                      and all(w[:1].isupper() and w.isalpha() for w in x.text.split()) for w in family_names(x.text)}
        else:
            # (a name tagged a place more often than a person is the place: "Marstadt is where we belong",
            # the town taken once for a person)
            tagged = Counter((x.text, x.label) for x in ents)
            people = {x.text for x in ents if x.label == "PERSON" and tagged[(x.text, "PERSON")] >= tagged[(x.text, "PLACE")]}
        for e in ents:
            if e.label == "PLACE" and e.text in people and not e.text.isupper() and not sizeable_place(e.text):
                e.label = "PERSON"
            elif by_surname and e.label in ("OTHER", "ORG") and e.text in people and not e.text.isupper() \
                    and " " not in e.text:
                e.label = "PERSON"  # the surname alone, taken for a product's name or a body's

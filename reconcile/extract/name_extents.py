"""Extents of people's names: a name the tagger cut in two, or cut short of its first word, of a surname with an
elided particle, or of the name its holder goes by in quotes ('Teresita "Tessie" Baculio')."""

from __future__ import annotations

import re

from reconcile.extract.spans import Ent, org_word_in, sizeable_place
from reconcile.normalize.country_names import DEMONYMS
from reconcile.normalize.names import HONORIFICS, NICKNAME, PATRONYMIC
from reconcile.normalize.text import fold
from reconcile.normalize.titles import RANKS, TITLE_HEADS

_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]?\.$")
# A word of a name with an apostrophe inside: "Hauwa'u", "Ma'ruf".
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]+['’][a-z]+")
# A surname with an elided particle: "Dell'Orto", "D'Amico", "O'Neill".
_ELIDED_SURNAME = re.compile(r"[A-Z][a-z]{0,3}['’][A-Z][^\W\d_]+")

_DOUBLE_GIVEN = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
# Given names (up to three), the name the person goes by in quotes, and a surname (or two): 'Teresita "Tessie" Baculio'.
_NICKNAMED = re.compile(r"\b(?:[A-Z][\w-]+ ){1,3}" + NICKNAME + r" [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")


def family_names(name: str) -> set[str]:
    """The words of a person's full name that stand for the person alone: the last, and of a name of three words the
    first of its two family names too ("Teodora Valcárcel Ibarne" is "Valcárcel" after)."""
    words = name.split()
    if len(words) == 3 and len(words[-2]) >= 4 and words[-2][0].isupper() and words[-2].isalpha():
        return {words[-1], words[-2]}
    return {words[-1]} if words else set()


class NameExtents:
    """Where people's names begin and end, among the entities of a ``DocContext`` (``self.doc``, ``self.text``)."""

    def _join_split_names(self, ents: list[Ent]) -> list[Ent]:
        """ "Rosaura Villanueva" and "Ticona" tagged as two people side by side: one name of three words; and
        "Mohd Kamal" and "Abdul Latif": one name of four (no two people are written side by side)."""
        out: list[Ent] = []
        for e in ents:
            last = out[-1] if out else None
            side_by_side = last is not None and last.token_end == e.token_start and self.text[last.end:e.start] == " "
            # one word more; or "Mariem Mint" and "Ahmed Salem", a name cut after a "son of" or "daughter of"
            goes_on = side_by_side and (e.token_end - e.token_start == 1 or last.text.split()[-1].lower() in PATRONYMIC
                                        and e.token_end - e.token_start <= 3
                                        or e.token_end - e.token_start == 2 and e.token_end - last.token_start <= 5)
            if last is not None and last.label == e.label == "PERSON" and goes_on:
                span = self.doc[last.token_start:e.token_end]
                last.text, last.end, last.token_end = span.text, span.end_char, span.end
                continue
            out.append(e)
        return out

    def _join_nicknamed_names(self, ents: list[Ent]) -> list[Ent]:
        """ 'Leandro "Andy" Buenconsejo', tagged as two people; 'Teresita "Tessie" Baculio', tagged as "Teresita" and
        a title 'Tessie" Baculio'; or not at all but for 'Dodong" Peñaranda': given names, a name in quotes and a
        surname, with a person or a name cut at a quote among them, are one person. (Words of an office before the
        name are stripped later.)"""
        for m in _NICKNAMED.finditer(self.text):
            inside = [e for e in ents if e.start < m.end() and m.start() < e.end]
            if not inside or not any(e.label == "PERSON" or re.search("[\"”’'] ", e.text) for e in inside) \
                    or any(e.start < m.start() or e.end > m.end() for e in inside):
                continue
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            while span is not None and len(span) > 1 and span[0].lower_ in TITLE_HEADS:
                span = span[1:]
            if span is None:
                continue
            ents = [e for e in ents if e not in inside]
            ents.append(Ent(span.text, "PERSON", span.start_char, span.end_char, span.start, span.end))
        ents.sort(key=lambda e: e.start)
        return ents

    def _extend_to_name_heads(self, ents: list[Ent]) -> None:
        """ "Yaw Darkwa Nsiah received", tagged "Yaw Darkwa": the capitalised word the name's last word modifies
        is the name's head, and part of the name (not an office: "Mtwara Regional Commissioner")."""
        taken = {i for e in ents for i in range(e.token_start, e.token_end)}
        for e in ents:
            words = e.text.split()
            # (a given name of two, "Jean-Marc", is as much a name as two words)
            while e.label == "PERSON" and all(w[:1].isupper() for w in words) and e.token_end < len(self.doc) \
                    and e.token_end not in taken:
                one_of_three = self._given_of_three(e)
                if not (len(e.text.split()) >= 2 or _DOUBLE_GIVEN.fullmatch(e.text) or one_of_three):
                    break
                last, nxt = self.doc[e.token_end - 1], self.doc[e.token_end]
                # "Maria Teresa Villanueva-Ocampo", tagged "Maria Teresa": the parser hangs the name on the last
                # part of a surname of two; the part after the hyphen is joined later (``_extend_given_names``)
                head = nxt.i + 2 if nxt.i + 2 < len(self.doc) and self.doc[nxt.i + 1].text == "-" \
                    and not nxt.whitespace_ else nxt.i
                if not (last.dep_ == "compound" and (last.head.i in (nxt.i, head) or one_of_three)
                        and nxt.pos_ == "PROPN" and nxt.is_alpha
                        and nxt.text.istitle() and last.whitespace_ and nxt.lower_ not in TITLE_HEADS):
                    break
                span = self.doc[e.token_start:nxt.i + 1]
                e.text, e.end, e.token_end = span.text, span.end_char, span.end
                taken.add(nxt.i)

    def _extend_to_elided_surnames(self, ents: list[Ent]) -> None:
        """ "Gianluca Dell'Orto", "Niamh O'Neill", tagged without the surname: a capitalised word with an elided
        particle right after a person's given name is the surname."""
        taken = {i for e in ents for i in range(e.token_start, e.token_end)}
        for e in ents:
            if e.label != "PERSON" or e.token_end >= len(self.doc) or e.token_end in taken \
                    or not self.doc[e.token_end - 1].whitespace_:
                continue
            nxt = self.doc[e.token_end]
            if _ELIDED_SURNAME.fullmatch(nxt.text):  # (whatever the tagger read it as: a noun, a verb)
                e.text, e.end, e.token_end = self.text[e.start:nxt.idx + len(nxt.text)], nxt.idx + len(nxt.text), nxt.i + 1

    def _given_of_three(self, e: Ent) -> bool:
        """ "said Shyam Prasad Adhikari", tagged "Shyam": a one-word name the parser hangs, with the capitalised word
        after it, on the word after that, which is the name's head."""
        if len(e.text.split()) != 1 or e.token_end + 1 >= len(self.doc):
            return False
        first, middle, head = self.doc[e.token_end - 1], self.doc[e.token_end], self.doc[e.token_end + 1]
        return first.dep_ == middle.dep_ == "compound" and first.head.i == middle.head.i == head.i \
            and all(t.pos_ == "PROPN" and t.is_alpha and t.text.istitle() and t.lower_ not in TITLE_HEADS
                    for t in (middle, head)) and not org_word_in(f"{middle.text} {head.text}")

    def _extend_to_first_names(self, ents: list[Ent]) -> None:
        """ "The driver, Jhonatan Huaman Ccori," tagged "Huaman Ccori": a capitalised given name before the name, hung
        on it by the parser, is the name's first word; and in "Ts.Enkhtuvshin", tagged "Enkhtuvshin", so is the
        initial run into it."""
        taken = {i for e in ents for i in range(e.token_start, e.token_end)}
        for e in ents:
            if e.label != "PERSON":
                continue
            while len(e.text.split()) >= 2 and e.token_start > 0 and e.token_start - 1 not in taken:
                prev = self.doc[e.token_start - 1]
                if not (prev.dep_ == "compound" and e.token_start <= prev.head.i < e.token_end
                        and (prev.pos_ == "PROPN" and prev.is_alpha and prev.text.istitle()
                             or _APOSTROPHE_NAME.fullmatch(prev.text))
                        and prev.whitespace_
                        and prev.lower_ not in TITLE_HEADS | RANKS | HONORIFICS
                        and fold(prev.text) not in DEMONYMS and not org_word_in(prev.text)
                        and not sizeable_place(prev.text) and self._opens_a_name(prev)
                        or self._word_of_a_name_read_as_a_particle(prev)):
                    break
                span = self.doc[prev.i:e.token_end]
                e.text, e.start, e.token_start = span.text, span.start_char, span.start
                taken.add(prev.i)
            m = _INITIAL_BEFORE.search(self.text, max(0, e.start - 4), e.start)
            span = self.doc.char_span(m.start(), e.end) if m else None
            if span is not None and not any(i in taken for i in range(span.start, e.token_start)):
                e.text, e.start, e.token_start = span.text, span.start_char, span.start

    def _word_of_a_name_read_as_a_particle(self, token) -> bool:
        """ "vice-president Than Htun Moe", tagged "Htun Moe": a capitalised word the tagger read as a preposition
        or a conjunction ("than"), right after a title or a verb in lower case, is the name's first word; not after
        a comma or a dash, where such a word opens a clause ("NARVA - When X put ...")."""
        if token.pos_ not in ("ADP", "SCONJ", "CCONJ") or not (token.is_alpha and token.text.istitle()) \
                or not token.whitespace_ or token.i == 0 or token.is_sent_start:
            return False
        before = self.doc[token.i - 1]
        return before.is_alpha and before.is_lower and before.pos_ in ("VERB", "AUX", "NOUN")

    def _opens_a_name(self, token) -> bool:
        """Whether a capitalised word before a name may be its first: it follows a comma, a verb or a noun (",
        Jhonatan", "said Jhonatan", "driver Jhonatan"), not "of" or "and" ("Minister of Oil Muhammad"), and does
        not open the sentence, where a common noun has a capital too ("Mediator Yiorgos Zafiriou")."""
        if token.i == 0 or token.is_sent_start:
            return False
        before = self.doc[token.i - 1]
        if before.lower_ in TITLE_HEADS | HONORIFICS and before.text.istitle():
            return True  # "Justice Hauwa'u Lawal Kobi", tagged "Lawal Kobi": the title opens the name
        return before.is_punct or before.is_lower and before.pos_ in ("VERB", "AUX", "NOUN")

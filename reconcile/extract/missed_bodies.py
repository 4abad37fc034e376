"""Bodies the tagger missed or cut, found from the words around them: a body named by description in lower case
("the labour ministry"), the words its bracketed initials spell, those initials used alone, another name in brackets
after it, a company named before its legal form."""

from __future__ import annotations

import re

from reconcile.extract.missed_places import NOT_PLACE_WORDS, MissedPlaces
from reconcile.extract.spans import LEGAL_FORMS, Ent
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold

# Initials in brackets after a name: "(IVE)", "(CENI)".
_INITIALS_IN_BRACKETS = re.compile(r"\(([A-Z]{3,6})\)")
# Words a body's initials leave out, in the languages news quotes names in.
_NAME_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le", "les", "et", "d", "l", "di",
                     "del", "della", "da", "do", "dos", "das", "y", "e", "der", "die", "und", "für", "van", "voor"}
_BRACKETED_NAME = re.compile(r" ?\(([A-ZÀ-ÖØ-Þ][\w&-]{1,24})\)")
# A former or other name in brackets: "Toamasina (formerly Tamatave)", "Acme Mills (now Orvel Textiles)".
_BRACKETED_OTHER_NAME = re.compile(r" ?\((?:formerly|previously|once|now|also|also called|also known as|known as|or) "
                                   r"((?:[A-ZÀ-ÖØ-Þ][\w'’&-]*\s?){1,4})\)")

# Nouns of public bodies named by what they do: "the labour ministry", "the electoral commission".
_BODY_NOUNS = {"ministry", "commission", "board", "council", "committee", "agency", "authority", "tribunal",
               "department", "mission", "inspectorate", "directorate", "secretariat"}
# Words before such a noun that do not say which body it is.
_NOT_DESCRIBING = {"new", "former", "same", "other", "whole", "entire", "own", "relevant", "responsible", "said",
                   "first", "last", "next", "previous", "current", "main", "several", "various", "many", "two",
                   "three"}


class MissedBodies(MissedPlaces):
    """Bodies a ``DocContext`` finds that the tagger left out or cut (``self.doc``, ``self.text``)."""

    def _described_bodies(self, ents: list[Ent]) -> None:
        """Bodies named by description in lower case, which the tagger leaves out: "the labour ministry", "the
        local election commission", "the county administrative board". The words that say which body it is
        must come before its noun; "the ministry" alone names none."""
        in_ent = {i for e in ents for i in range(e.token_start, e.token_end)}
        for tok in self.doc:
            if tok.lemma_.lower() not in _BODY_NOUNS or not tok.is_lower or tok.i in in_ent:
                continue
            mods = []
            for left in reversed(list(tok.lefts)):
                if left.i != tok.i - len(mods) - 1 or left.dep_ not in ("compound", "amod") or not left.is_alpha \
                        or left.lower_ in _NOT_DESCRIBING or left.i in in_ent or left.ent_type_ in ("DATE", "CARDINAL"):
                    break
                mods.append(left)
            if not mods:
                continue
            start = mods[-1].i
            if start > 0 and (self.doc[start].is_title and self.doc[start - 1].is_title
                              or self.doc[start - 1].text == "-"):
                continue  # part of a name the tagger cut; a "six-member council"
            span = self.doc[start: tok.i + 1]
            ents.append(Ent(span.text, "ORG", span.start_char, span.end_char, span.start, span.end))

    def _spelled_by_initials(self, ents: list[Ent]) -> list[Ent]:
        """ "the Instance valdorienne des élections (IVE)", tagged "Instance": the words before initials in brackets
        that those initials spell, in order and leaving out words like "of" and "des", are one body's name, whatever
        case its words are written in."""
        for m in _INITIALS_IN_BRACKETS.finditer(self.text):
            letters = m.group(1).lower()
            offset = max(0, m.start() - 160)
            words = list(re.finditer(r"[^\W\d_][\w'’-]*", self.text[offset:m.start()]))
            content = []  # the words before the bracket, last first, leaving out the small words of a name
            after = m.start()
            for w in reversed(words):
                if self.text[offset + w.end():after].strip():
                    break  # a comma or a full stop ends the name
                after = offset + w.start()
                if w.group(0).lower() not in _NAME_SMALL_WORDS:
                    content.append((offset + w.start(), w.group(0)))
                if len(content) == len(letters):
                    break
            if len(content) != len(letters) or "".join(fold(c[1])[0] for c in reversed(content)) != letters:
                continue
            start = content[-1][0]
            if not self.text[start].isupper():
                continue
            end = len(self.text[:m.start()].rstrip())
            inside = [e for e in ents if e.start < end and start < e.end]
            if any(e.start < start or e.end > end or e.label not in ("ORG", "OTHER") for e in inside):
                continue  # a name the tagger read otherwise, or running beyond these words
            span = self.doc.char_span(start, end)
            if span is None or inside and len(inside) == 1 and inside[0].start == start and inside[0].end == end:
                continue
            ents = [e for e in ents if e not in inside]
            ents.append(Ent(self.text[start:end], "ORG", start, end, span.start, span.end))
        return sorted(ents, key=lambda e: e.start)

    def _find_acronyms(self, ents: list[Ent]) -> None:
        """ "the Baltic Coast Community (BCC)": capitals that spell a named organisation name it too."""
        initials = {}
        for e in ents:
            words = [w for w in re.split(r"[\s-]+", e.text) if w[:1].isupper() and w.lower() not in ("the", "of", "and")]
            if e.label == "ORG" and len(words) >= 2:
                initials["".join(w[0] for w in words)] = e
        in_ent = {i for e in ents for i in range(e.token_start, e.token_end)}
        for tok in self.doc:
            if tok.i in in_ent or not (2 <= len(tok.text) <= 6 and tok.text.isupper() and tok.text.isalpha()):
                continue
            if tok.text in initials:
                ents.append(Ent(tok.text, "ORG", tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1))
        ents.sort(key=lambda e: e.start)

    def _names_in_brackets(self, ents: list[Ent]) -> list[Ent]:
        """ "the Electoral Service (Servel)": one capitalised word in brackets right after a body's name is another
        name of it, where the tagger saw nothing there (a place in brackets is where the body is); and so is a
        name after "formerly", "now" or "also" in brackets after a place's or a body's name."""
        found = []
        for e in ents:
            other = _BRACKETED_OTHER_NAME.match(self.text, e.end) if e.label in ("ORG", "PLACE") else None
            if other is not None and not any(o.start < other.end(1) and other.start(1) < o.end and o.label != e.label
                                             for o in ents):
                # the other name of a place or a body, tagged as nothing, or as the same kind of thing
                span = self.doc.char_span(other.start(1), other.end(1))
                if span is not None:
                    ents = [o for o in ents if not (o.start < other.end(1) and other.start(1) < o.end)]
                    found.append(Ent(other.group(1), e.label, other.start(1), other.end(1), span.start, span.end))
                continue
            m = _BRACKETED_NAME.match(self.text, e.end) if e.label == "ORG" else None
            if m is None or any(o.start < m.end(1) and m.start(1) < o.end for o in ents) \
                    or gazetteer().lookup(m.group(1)) is not None:
                continue
            span = self.doc.char_span(m.start(1), m.end(1))
            if span is not None:
                found.append(Ent(m.group(1), "ORG", m.start(1), m.end(1), span.start, span.end))
        return sorted(ents + found, key=lambda e: e.start)

    def _companies_by_legal_form(self, ents: list[Ent]) -> list[Ent]:
        """ "Laurentian Freightways Inc said": capitalised words before a company's legal form (or before "Club") are
        its name, where the tagger found none (or only a people's name, "Laurentian", or the legal form alone inside
        it)."""
        # (and a club by its word: "Cardones Rugby Club beat ...", which the tagger may leave out whole)
        for m in re.finditer(r"(?<![\w'’&-])((?:[A-Z][\w'’&-]*\s){1,3})(?:" + LEGAL_FORMS + r"|Club)(?![\w/])", self.text):
            inside = [e for e in ents if e.start < m.end() and m.start() < e.end]
            form_at = m.start() + len(m.group(1))
            if any(e.label == "ORG" and e.start < form_at or e.start < m.start() or e.end > m.end() for e in inside) \
                    or m.group(1).split()[0].lower() in NOT_PLACE_WORDS:
                continue
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and span.end_char == m.end():
                ents = [e for e in ents if e not in inside]
                ents.append(Ent(m.group(0), "ORG", m.start(), m.end(), span.start, span.end))
        ents.sort(key=lambda e: e.start)
        return ents

"""Places the tagger missed, split or cut short, found from the gazetteer and the words around them: a hyphenated
town the tokenizer split, a name the text calls a village, a town after "in" or naming a site, a town whose name has
small words in it."""

from __future__ import annotations

import re

from reconcile.extract.spans import KIND_FIRST_VENUES, Ent, org_word_in
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold

# "Saint-Jean-de-Luz", "Villeneuve-sur-Lot": hyphenated names the tokenizer splits.
_HYPHENATED = re.compile(r"\b[A-Z][A-Za-z]+(?:-[a-z]{1,4})+-[A-Z][A-Za-z]+\b|\b[A-Z]{2,}(?:-[A-Z]{1,4})+-[A-Z]{2,}\b"
                         r"|\b[A-Z][a-zà-ÿ]+-[A-Z][a-zà-ÿ]+\b")
# "Dombala, a village near Keruane", "Kelvo, the seat of Orvel regency": a name the text calls a settlement.
_DESCRIBED_PLACE = re.compile(
    r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?), (?:a|the) (?:[a-z-]+ ){0,2}"
    r"(?:village|town|hamlet|settlement|township|suburb|commune|municipality|island|seat|capital|city|district|port|"
    r"province|region)\b")
# "in the municipality of Tarqueza", "the department of Huila": a name the text calls a place by the word before it.
_PLACE_OF = re.compile(
    r"\b(?:village|town|hamlet|township|commune|municipality|district|province|department|parish|city)\s+of\s+"
    r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?)")
# Two capitalised names joined by "and" ("Antigua and Barbuda", "St Pierre and Miquelon", "Heard Island and the
# Grenadines"), a country's name when the gazetteer says so.
_CAP = r"(?:St\.|[A-ZÀ-ÖØ-Þ][\w'’-]*)"
_JOINED = re.compile(rf"\b({_CAP}(?: {_CAP})*) and (?:the )?{_CAP}(?: {_CAP})*")


# Small words inside a place's name: "Foz do Iguaçu", "Rio de Janeiro", "Frankfurt am Main".
_NAME_PARTICLES = {"de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "las", "los", "el", "al", "sur",
                   "am", "upon"}
# Small words between the words of a venue's name: "Maison de la Culture", "Stadion pod Orvelom".
_VENUE_PARTICLES = _NAME_PARTICLES | {"pod", "na", "of"}
# Words a capitalised run may open with that no place is named by.
NOT_PLACE_WORDS = {"the", "then", "but", "and", "in", "at", "on", "for", "this", "that", "there", "meanwhile",
                    "however", "today", "yesterday"}



class MissedPlaces:
    """Places a ``DocContext`` finds that the tagger left out or cut (``self.doc``, ``self.text``)."""

    def _hyphenated_places(self, ents: list[Ent]) -> list[Ent]:
        """ "Saint-Jean-de-Luz", "Villeneuve-sur-Lot", "Kochkor-Ata": the tokenizer splits them; the gazetteer knows
        them."""
        for m in _HYPHENATED.finditer(self.text):
            if gazetteer().lookup(m.group(0)) is None or any(
                    e.label == "PERSON" and e.start < m.end() and m.start() < e.end
                    or e.label == "PLACE" and e.start <= m.start() and m.end() <= e.end for e in ents):
                continue  # "Kochkor-Ata", split by the tokenizer; not a double surname, nor "the Kara-Suu region"
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            ents = [e for e in ents if not (e.start < m.end() and m.start() < e.end)]
            ents.append(Ent(m.group(0), "PLACE", m.start(), m.end(), span.start, span.end))
        ents.sort(key=lambda e: e.start)
        return ents

    def _joined_countries(self, ents: list[Ent]) -> list[Ent]:
        """ "Antigua and Barbuda", "St Pierre and Miquelon", "Heard Island and McDonald Islands": a country named by two
        names joined with "and", which the tagger splits into two places (or people, or bodies). A body named after
        the country ("the Antigua and Barbuda Kelvo Party") takes the whole name."""
        for m in _JOINED.finditer(self.text):
            after = fold(self.text[m.end(1):m.end()]).split()[1:]  # the words after "and"
            if after[:1] == ["the"]:
                after = after[1:]
            if not after or after[0] not in gazetteer().joined_names()[1]:
                continue  # "Edvin Laske and Kertu Lepik": no country's second name after the "and"
            found = self._country_in(m)
            if found is None:
                continue
            start, end = found
            body = next((e for e in ents if e.label == "ORG" and start < e.start <= end + 1 and e.end == m.end() > end),
                        None)
            if body is not None:
                end = body.end  # the body's name, with the country's at its head
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            ents = [e for e in ents if not (e.start < end and start < e.end)]
            ents.append(Ent(self.text[start:end], "ORG" if body is not None else "PLACE", start, end, span.start,
                            span.end))
        ents.sort(key=lambda e: e.start)
        return ents

    def _country_in(self, m: re.Match) -> tuple[int, int] | None:
        """The start and end of the country's name in a run of names joined by "and", if it holds one."""
        left = [w for w in re.finditer(r"\S+", m.group(1))]
        right = [w for w in re.finditer(r"\S+", self.text[m.end(1):m.end()])]
        for lw in left:
            for rw in reversed(right):
                start, end = m.start(1) + lw.start(), m.end(1) + rw.end()
                place = gazetteer().lookup(self.text[start:end])
                if place is not None and place.kind == "country" and " and " in fold(place.name):
                    return start, end
        return None

    def _places_described(self, ents: list[Ent]) -> list[Ent]:
        """ "Dombala, a village near Keruane", "Ban Kho, the mountain town": a name that the text itself calls a
        village or a town is a place, whatever the tagger said or left out."""
        for m in [*_DESCRIBED_PLACE.finditer(self.text), *_PLACE_OF.finditer(self.text)]:
            start, end = m.start(1), m.end(1)
            if gazetteer().lookup(m.group(1)) is None and fold(m.group(1)) in NOT_PLACE_WORDS:
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or span.start_char != start or span.end_char != end:
                continue
            kind = self.doc.char_span(m.end() - 1, m.end(), alignment_mode="expand")
            after = self.doc[kind[-1].i + 1] if kind is not None and kind[-1].i + 1 < len(self.doc) else None
            if after is not None and (after.pos_ == "NOUN" and after.is_lower or after.text in ("'s", "’s")):
                # "Agnieszka Pawlik, the former town treasurer", "X, the municipality's director": the place word
                # only says whose post it is
                continue
            same = [e for e in ents if e.start == start and e.end == end]
            if same:
                same[0].label = "PLACE"
            elif not any(e.start < end and start < e.end for e in ents):
                ents.append(Ent(m.group(1), "PLACE", start, end, span.start, span.end))
        return ents

    def _find_missed_places(self, ents: list[Ent]) -> None:
        """A capitalised word the tagger left out that names a sizeable city or a country, where a place is
        expected: after "in", "at", "near" ("in Tarrasa"), or naming a site or an event ("its Tarrasa plant")."""
        from reconcile.extract.attach import SITE_NOUNS
        from reconcile.extract.lexicon import TRIGGER_CLASS

        doc = self.doc
        # "in Bac Kan" read as a person "Bac" and a stray "Kan", "in English Bazar" as a language and a stray
        # "Bazar": the words together are the town.
        for e in list(ents):
            if e.label not in ("PERSON", "ORG", "OTHER", "NORP") or e.token_start == 0 or e.token_end >= len(doc) \
                    or doc[e.token_start - 1].lower_ not in ("in", "near", "at", "off"):
                continue
            nxt = doc[e.token_end]
            if not (nxt.is_alpha and nxt.text[:1].isupper() and e.end < nxt.idx <= e.end + 1) \
                    or any(o.token_start == nxt.i for o in ents):
                continue
            joined = self.text[e.start:nxt.idx + len(nxt.text)]
            place = gazetteer().lookup(joined)
            if place is not None and place.kind == "city" and fold(place.name) == fold(joined):
                e.text, e.end, e.token_end, e.label = joined, nxt.idx + len(nxt.text), nxt.i + 1, "PLACE"
        # "in Torre del Greco" tagged as "Torre": the longer name the gazetteer knows, and no other name in it
        taken: set[int] = set()
        for e in ents:
            if e.label in ("PLACE", "PERSON", "ORG", "OTHER") and (
                    end := self._known_with_particles(e.token_start, e.token_end,
                                                      lambda t: t.is_alpha and t.text[:1].isupper())):
                span = doc[e.token_start:end]
                taken.update(range(e.token_end, end))
                e.text, e.end, e.token_end, e.label = span.text, span.end_char, end, "PLACE"
        if taken:
            ents[:] = [o for o in ents if o.token_start not in taken]
        in_ent = {i for e in ents for i in range(e.token_start, e.token_end)}

        def capitalised(t) -> bool:
            return (t.i not in in_ent and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                    and (t.pos_ == "PROPN" or _town_the_tagger_missed(t)))

        i = 1
        while i < len(doc):
            tok = doc[i]
            if not capitalised(tok) or tok.is_sent_start:
                i += 1
                continue
            end = i + 1  # "in Bac Kan": up to three capitalised words
            while end < len(doc) and end - i < 3 and capitalised(doc[end]) and doc[end - 1].whitespace_:
                end += 1
            end = self._known_with_particles(i, end, capitalised) or end  # "in Foz do Iguaçu"
            span = doc[i:end]
            prev, nxt = doc[i - 1], doc[end] if end < len(doc) else None
            after_prep = prev.lower_ in ("in", "at", "near", "outside", "from", "to", "off")
            naming = nxt is not None and doc[end - 1].dep_ == "compound" and nxt.i not in in_ent and (
                nxt.lemma_.lower() in SITE_NOUNS or nxt.lemma_.lower() in TRIGGER_CLASS)
            i = end
            if len(span.text) < 3 or not (after_prep and (nxt is None or not nxt.text[:1].isupper()) or naming):
                continue
            place = gazetteer().lookup(span.text)
            big = place is not None and (place.kind == "country" or place.kind == "city" and place.population >= 50_000)
            # a smaller town naming a site ("toured the Calbuco plant"), never given as a person's or a body's name
            site = naming and nxt.lemma_.lower() in SITE_NOUNS and place is not None and place.kind == "city" \
                and len(span.text) > 3 and not any(e.label != "PLACE" and span.text in e.text.split() for e in ents)
            if len(span.text) == 3 and not (big and gazetteer().by_own_name(span.text) is not None):
                continue  # "to Ufa": a three-letter name only as a sizeable place's own name, not another's
            # A smaller town only where nothing else could be meant: after "in", "near", "off" and not a name
            # the report gives elsewhere as a person's or a company's.
            # ("tracked her to X, where she was held": a town the clause after it says things happen in)
            where_after = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "where"
            small = (place is not None and place.kind == "city" and after_prep
                     and (prev.lower_ in ("in", "near", "off") or where_after)
                     and not any(e.label != "PLACE" and (e.text == span.text or span.text in e.text.split())
                                 for e in ents))
            # A name no gazetteer knows, after "in", "near" or "off" and ending its phrase, that the report never
            # gives as a person's or a body's: a village or a district too small to be listed ("in Kottawela").
            # (or after "at" following a site: "the limestone quarry at Tshimbulu")
            at_a_site = prev.lower_ == "at" and span.start >= 2 and doc[span.start - 2].lemma_.lower() in SITE_NOUNS
            unknown = (place is None and (prev.lower_ in ("in", "near", "off") or at_a_site)
                       and len(span) == 1 and len(span.text) >= 5
                       and (nxt is None or not nxt.is_alpha or nxt.is_lower and nxt.lower_ not in _NAME_PARTICLES)
                       and not org_word_in(span.text)
                       and not any(e.label != "PLACE" and span.text in e.text.split() for e in ents))
            if big or small or unknown or site:
                ents.append(Ent(span.text, "PLACE", span.start_char, span.end_char, span.start, span.end))
        ents.sort(key=lambda e: e.start)

    def _districts_of_a_city(self, ents: list[Ent]) -> list[Ent]:
        """ "detained in Karachi's Orangi", "a shack in Nairobi's Mathare": a lone capitalised name right after a
        city's possessive, ending a phrase of a preposition, is a part of that city, whatever the tagger made of it
        (often nothing, or a person); not "Lima's Mayor" nor "Lagos's Ikeja Airport", a title and a name running
        on, nor "Nairobi's X said", a person."""
        from reconcile.normalize.dates import MONTHS, WEEKDAYS
        from reconcile.normalize.titles import TITLE_HEADS

        doc = self.doc
        for t in doc[2:]:
            before = doc[t.i - 1]
            if before.text not in ("'s", "’s") or not (t.pos_ == "PROPN" and t.is_alpha and t.text.istitle()) \
                    or len(t.text) < 4 or t.lower_ in TITLE_HEADS or t.lower_ in MONTHS or t.lower_ in WEEKDAYS \
                    or org_word_in(t.text) or t.dep_ != "pobj" \
                    or t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper():
                continue
            city = next((e for e in ents if e.label == "PLACE" and e.token_end == t.i - 1), None)
            place = gazetteer().lookup(city.text) if city is not None else None
            if place is None or place.kind != "city" or gazetteer().lookup(t.text) is not None:
                continue  # (a name the gazetteer knows is a town of its own, or one abroad)
            own = next((e for e in ents if e.token_start <= t.i < e.token_end), None)
            if own is not None and (own.token_start, own.token_end) != (t.i, t.i + 1):
                continue  # a name of several words the tagger found
            ents = [e for e in ents if e is not own]
            ents.append(Ent(t.text, "PLACE", t.idx, t.idx + len(t.text), t.i, t.i + 1))
        ents.sort(key=lambda e: e.start)
        return ents

    def _venues_named_kind_first(self, ents: list[Ent]) -> list[Ent]:
        """ "at the Stade Arvel Kelvo", "at Stadion pod Orvelom", "the Maison de la Culture": a name that opens with
        the word for a ground or a building is that venue, whatever the tagger made of the words after it (often a
        person, whom the venue is named after)."""
        doc = self.doc
        for t in doc:
            if t.lower_ not in KIND_FIRST_VENUES or not t.text[:1].isupper() or t.i + 1 >= len(doc) \
                    or t.i > 0 and not t.is_sent_start and doc[t.i - 1].text[:1].isupper():
                continue  # (not "Grand Hotel X" or "Kelvo Arena", named the other way)
            k = end = t.i + 1
            while k < len(doc) and k - t.i <= 6 and not doc[k].is_sent_start:
                w = doc[k]
                if w.text[:1].isupper() and w.is_alpha or w.text.isdigit() and len(w.text) <= 2:
                    k = end = k + 1
                else:
                    j = k  # "de la", "pod": small words between the name's words
                    while j < len(doc) and j - k < 3 and doc[j].lower_ in _VENUE_PARTICLES:
                        j += 1
                    if j == k or j >= len(doc) or not doc[j].text[:1].isupper():
                        break
                    k = j
            span = doc[t.i:end]
            if end == t.i + 1 or not span[-1].text[:1].isupper() or org_word_in(span.text):
                continue  # (a body's name: "Hotel Workers Union")
            town = self._town_taken_in(span, ents)
            if any(e.start < span.end_char < e.end or e.start < span.start_char < e.end for e in ents):
                continue  # a name running on past it
            ents = [e for e in ents if not (span.start_char <= e.start and e.end <= span.end_char)]
            ents.append(Ent(span.text, "PLACE", span.start_char, span.end_char, span.start, span.end))
            if town is not None:
                ents.append(town)
        ents.sort(key=lambda e: e.start)
        return ents

    def _town_taken_in(self, venue, ents: list[Ent]) -> Ent | None:
        """ "the Maison de la Mer in Viljandi" tagged as one name: that entity is taken out of ``ents`` (the venue
        takes its place) and the town after "in" is returned as a place of its own; None, and ``ents`` untouched,
        when the venue is not so joined to a town."""
        doc = self.doc
        whole = next((e for e in ents if e.start <= venue.start_char and venue.end_char < e.end), None)
        k = venue.end
        if whole is None or k + 1 >= whole.token_end or doc[k].lower_ != "in" \
                or not all(w.text[:1].isupper() for w in doc[k + 1:whole.token_end]):
            return None
        town = doc[k + 1:whole.token_end]
        ents.remove(whole)
        return Ent(town.text, "PLACE", town.start_char, town.end_char, town.start, town.end)

    def _known_with_particles(self, start: int, end: int, capitalised) -> int | None:
        """The end of the longer name, joined by small words, that the gazetteer knows from ``start`` ("Foz" +
        "do Iguaçu", "Torre" + "del Greco"), or None."""
        doc = self.doc
        k = end
        while k + 1 < len(doc) and doc[k].lower_ in _NAME_PARTICLES and capitalised(doc[k + 1]):
            k += 2
            while k < len(doc) and capitalised(doc[k]) and k - start < 6:
                k += 1
        if k == end:
            return None
        name = doc[start:k].text
        known = gazetteer().lookup(name)
        return k if known is not None and fold(known.name) == fold(name) else None


def _town_the_tagger_missed(tok) -> bool:
    """A capitalised word after "in", "at" or "near" that the tagger read as a verb or a common noun ("in
    Dongying", read as a common noun; a name ending in "-ing", read as a verb), and that the gazetteer knows as a town."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "near") or len(tok.text) < 6:
        return False
    place = gazetteer().lookup(tok.text)
    return place is not None and place.kind == "city"

"""The tagger's entities repaired: spans cut or joined where it cut them wrongly, and labels set from the words
around a name."""

from __future__ import annotations

import re
from functools import cached_property

from reconcile.extract.date_repairs import SPAN_TO as _ROUTE
from reconcile.extract.date_repairs import DateRepairs
from reconcile.extract.lexicon import (
    AREA_WORDS,
    COMPETITION_HEADS,
    DONE_TO_PEOPLE,
    MOVE_VERBS,
    PARTY_MEMBERS,
    WATER_WORDS,
)
from reconcile.extract.spans import (
    FACILITY_WORDS,
    HONORIFIC,
    LEGAL_FORMS,
    ORG_NOUNS_AFTER,
    ORG_WORDS,
    POSSESSIVE,
    Ent,
    org_word_in,
    sizeable_place,
)
from reconcile.normalize.dates import MONTHS, WEEKDAYS
from reconcile.normalize.names import HONORIFICS
from reconcile.normalize.places import DEMONYMS, gazetteer
from reconcile.normalize.text import fold
from reconcile.normalize.titles import RANKS, TITLE_HEADS

# Russian, Ukrainian, Belarusian, Serbian and Macedonian letters.
_CYR_UPPER, _CYR_LOWER = "А-ЯЁЇІЄҐЈЉЊЌЃЅЏЂЋЎ", "а-яёїієґјљњќѓѕџђћў"
# Two or three words in a script without capitals (Georgian, Arabic, Hebrew...) in English copy: a name.
_SCRIPTS = "\u10A0-\u10FF\u0600-\u06FF\u0590-\u05FF"
LABELS = {
    "PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "ORG": "ORG", "NORP": "NORP",
    "DATE": "DATE", "TIME": "TIME", "CARDINAL": "NUMBER", "MONEY": "MONEY", "PERCENT": "PERCENT",
    "QUANTITY": "NUMBER", "ORDINAL": "ORDINAL", "EVENT": "EVENT", "WORK_OF_ART": "OTHER", "LAW": "OTHER",
    "PRODUCT": "OTHER", "LANGUAGE": "OTHER",
}
_CYRILLIC_NAME = re.compile(rf"\b[{_CYR_UPPER}][{_CYR_LOWER}']+(?:\s+[{_CYR_UPPER}][{_CYR_LOWER}']+){{1,2}}\b")
ORG_NOUNS = {"maker", "manufacturer", "company", "firm", "group", "club", "side", "team", "bank", "lender",
             "insurer", "retailer", "carrier", "airline", "operator", "producer", "supplier", "startup",
             "conglomerate", "rival", "outfit", "brand", "chain", "giant", "publisher", "broadcaster", "newspaper",
             "agency", "party", "charity", "union", "regulator", "subsidiary", "unit", "owner"}
# Capitalised words that open a club's or a company's full name and that the tagger leaves out of the span
# ("CD Vardon", "FC Lastivka Poltava", "Clube Desportivo Vardon").
ORG_PREFIXES = {"fc", "cf", "cd", "afc", "ac", "sc", "fk", "nk", "sk", "club", "clube", "desportivo", "deportivo",
                "sporting", "atletico", "olympique"}
_CAPITAL_PHRASE = re.compile(r"\bthe ([A-Z][a-z]+(?: [A-Z][a-z]+)?) capital\b")
_UNCASED_NAME = re.compile(rf"(?<!\w)[{_SCRIPTS}]+(?:\s+[{_SCRIPTS}]+){{1,3}}(?!\w)")
# A name in brackets in another script, right after a person's name: "Park Ji-hoon (박지훈)"; the scripts without
# capitals, and Greek, Cyrillic, Armenian, the scripts of South and Southeast Asia (Devanagari to Sinhala, Thai,
# Lao, Myanmar, Khmer, with the joiners they write inside words), Ethiopic, Hangul, kana and Han.
_NATIVE = _SCRIPTS + ("\u0370-\u03FF\u1F00-\u1FFF\u0400-\u04FF\u0530-\u058F\u0900-\u0DFF\u0E00-\u0EFF"
                      "\u1000-\u109F\u1780-\u17FF\u1200-\u137F\u200C\u200D\uAC00-\uD7AF\u3040-\u30FF\u4E00-\u9FFF")
_NATIVE_IN_BRACKETS = re.compile(rf"\s\(([{_NATIVE}]+(?:\s[{_NATIVE}]+){{0,3}})\)")
_PLACE_OF = re.compile(r"\b(?:province|region|county|district|city|town|village|port|state) of (?:the )?$", re.I)
_MONTH_WORDS = set(MONTHS)
_WEEKDAY_WORDS = set(WEEKDAYS)
_DAY_WORDS = _MONTH_WORDS | _WEEKDAY_WORDS | {"yesterday", "today"}
_LOWER_LATIN = re.compile(r"[a-z][a-z' -]*")
_TRAILING_NUMBER = re.compile(r"\s+\d+(?:[-–]\d+)?$")
_TRAILING_DATE = re.compile(
    r"\s+(?:on|in|at|by|from|until|since|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b.*$")
# Lower-case particles inside names in Romance, Germanic and other languages' organisation and place names.
_NAME_PARTICLES = {"del", "della", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "de", "la", "le", "les",
                   "des", "du", "der", "den", "van", "von", "y", "e", "i"}


_DATELINE_IN_NAME = re.compile(r"^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)* [-—–] (?=\S)")
_LOWER_LEGAL_FORMS = r"a\.s\.|s\.r\.o\.|d\.o\.o\.|d\.d\.|sp\. z o\.o\."
# Words before a city's name that name a part of it or the land around it.
_PLACE_QUALIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "old",
                     "new", "greater", "upper", "lower", "inner", "outer", "downtown", "metro", "metropolitan", "port",
                     "san", "santa", "saint", "st", "fort", "mount", "lake", "cape", "little", "big", "grand", "la",
                     "el", "al", "le", "los", "las"}
_OF_PLACE = re.compile(r" of ((?:[A-Z][\w'’-]+ ?){1,3})$")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]?\.$")
# A company's legal form after its name ("Carraway Home Inc", "Havfor ASA", "Moravské laky a.s."): the tagger
# often stops before it, or takes the first word for a person's name. Capitalised words (or particles) lead to it;
# lower-case words only before the lower-case forms of Central European names.
_LEGAL_FORM_AFTER = re.compile(
    r"(?:\s(?:[A-Z][\w'’&-]*|del|de|da|do|dos|&)){0,3},?\s(?:" + LEGAL_FORMS + r")(?![\w/])"
    r"|(?:\s[^\W\d_]+){0,2}\s(?:" + _LOWER_LEGAL_FORMS + r")")


class EntityRepairs(DateRepairs):
    """Repairs of the entities of a ``DocContext`` (``self.doc``, ``self.text``)."""

    def _repair_entities(self) -> list[Ent]:
        ents = [Ent(e.text, LABELS.get(e.label_, "OTHER"), e.start_char, e.end_char, e.start, e.end)
                for e in self.doc.ents]
        for e in ents:  # "the Baltic Coast Community" -> "Baltic Coast Community"
            if e.label in ("ORG", "PLACE", "NORP", "OTHER", "PERSON") and e.text.lower().startswith("the ") \
                    and len(e.text) > 4:
                e.text, e.start, e.token_start = e.text[4:], e.start + 4, e.token_start + 1
        for e in ents:  # "ZENICA - Tarik Begović": a dateline run into the name after it
            m = _DATELINE_IN_NAME.match(e.text)
            span = self.doc.char_span(e.start + m.end(), e.end, alignment_mode="expand") if m else None
            if span is not None and len(span):
                e.text, e.start, e.token_start = span.text, span.start_char, span.start
        for e in ents:  # "sentenced in absentia", "kick-off": a place or a person is a name, and a name in Latin
            # letters has a capital
            if e.label in ("PLACE", "PERSON") and _LOWER_LATIN.fullmatch(e.text):
                e.label = "OTHER"
        for e in ents:  # "the Harbour Cup" taken for a ground: a competition, not a place
            if e.label == "PLACE" and e.text.split()[-1] in COMPETITION_HEADS - {"Open"} and len(e.text.split()) > 1:
                e.label = "EVENT"
        for e in ents:  # "Sunday night", "just before midnight on Monday": a time of a day the text names
            if e.label == "TIME" and any(w in _DAY_WORDS for w in re.findall(r"[a-z]+", e.text.lower())):
                e.label = "DATE"
        self._join_day_to_month(ents)
        ents = self._join_split_names(ents)
        self._extend_to_name_heads(ents)
        self._extend_to_first_names(ents)
        ents = self._name_parties(ents)
        self._extend_org_prefixes(ents)
        ents = self._extend_legal_forms(ents)
        ents = self._join_part_of_dates(ents)
        ents = self._join_day_and_date(ents)
        ents = self._trim_trailing_dates(ents)
        ents = self._split_person_of_place(ents)
        ents = self._split_day_and_term(ents)
        self._cut_trailing_words(ents)
        ents = self._split_route(ents)
        ents = self._split_moved_dates(ents)
        self._extend_feature_names(ents)
        ents = self._cut_open_brackets(ents)
        self._extend_foreign_names(ents)
        for e in ents:  # "Mr. Adebanjo" -> "Adebanjo": the honorific is not part of the name
            m = HONORIFIC.match(e.text)
            span = self.doc.char_span(e.start + m.end(), e.end, alignment_mode="expand") if m else None
            if span is not None and e.label == "PERSON" and len(e.text) > m.end():
                e.text, e.start, e.token_start = e.text[m.end():], e.start + m.end(), span.start
        self._strip_leading_titles(ents)
        for e in ents:  # "Petrova's" -> "Petrova", "last Sunday's" -> "last Sunday"
            m = POSSESSIVE.search(e.text)
            if m and e.label in ("PERSON", "ORG", "PLACE", "OTHER", "DATE"):
                e.text = e.text[: m.start()]
                e.end = e.start + len(e.text)
        org_texts = set()
        for e in ents:
            if e.label in ("PERSON", "ORG") and self._organisation_like(e) or self._club_of_a_city(e):
                e.label = "ORG"  # "CD Vardon", "Lastivka Poltava", "gearbox maker Brenner Hydraulik"
                org_texts.add(e.text)
            elif e.label in ("PERSON", "ORG") and e.text.split()[-1].lower() in FACILITY_WORDS:
                e.label = "PLACE"  # "Elm Lane", "Brookfield Stadium": named grounds and buildings
        # A surname seen in a full PERSON name names that person wherever the tagger put it.
        # A name shown to be an organisation's once ("the Jany Tilek party") is one throughout the source.
        for e in ents:
            if e.label == "PERSON" and e.text in org_texts:
                e.label = "ORG"
        self._extend_to_org_names(ents, org_texts)
        # "Tarik Begović" tagged an organisation where "Begović" alone is a person, or "the Executive Secretary of
        # the agency, Ifeoma Ezenwa": the person's full name.
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
            elif e.label == "PLACE" and 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
                    and not e.text.isupper() \
                    and self._beside_a_title(e) and not sizeable_place(e.text) \
                    and not (e.token_start > 0 and self.doc[e.token_start - 1].text[:1].isupper()):
                # "The Minister of Internal Affairs, Kalo Nasse, said": no place holds an office. (A span cut after
                # a capitalised word is left to the names read before an office, which take the whole name.)
                e.label = "PERSON"
        # "Mhango, the party's vice-president, won": a name no sizeable place has, shown to be a person's once, is
        # that person's wherever the tagger took it for a place.
        people = {x.text for x in ents if x.label == "PERSON"}
        for e in ents:
            if e.label == "PLACE" and e.text in people and not e.text.isupper() and not sizeable_place(e.text):
                e.label = "PERSON"
        surnames = {e.text.split()[-1] for e in ents if e.label == "PERSON" and len(e.text.split()) >= 2}
        full_names = {e.text for e in ents if e.label == "PERSON" and len(e.text.split()) >= 2}
        for e in ents:
            if e.label != "PERSON" and (e.text in surnames or e.text in full_names):
                e.label = "PERSON"
            elif e.label == "ORG" and self._after_place_preposition(e) and not org_word_in(e.text) and (
                    (place := gazetteer().lookup(e.text)) is not None and (len(e.text.split()) == 1 or fold(
                        place.name) == fold(e.text)) and (
                        place.population >= 100_000 or place.kind == "city" and self._only_after_place_words(e, ents))):
                # "its plant in Zaragoza"; "would take place in Ribeira" or "in Nieuw Nickerie" (never a company)
                e.label = "PLACE"
            elif e.label == "OTHER" and len(e.text.split()) == 1 and self._after_place_preposition(e) and (
                    (place := gazetteer().lookup(e.text)) is not None and place.population >= 100_000):
                e.label = "PLACE"  # "signed in Tunis", tagged as a language: a city of its size is the city
            elif e.label == "ORG" and (place := gazetteer().by_own_name(e.text)) is not None \
                    and place.kind == "country":
                e.label = "PLACE"  # "Türkiye" tagged as an organisation: a country by its name is the country
            elif e.label == "NORP" and len(e.text.split()) == 1 and fold(e.text) not in DEMONYMS and (
                    (place := gazetteer().by_own_name(e.text)) is not None and place.population >= 100_000):
                e.label = "PLACE"  # "Asuncion" tagged as a people: a city of its size by its own name is the city
            elif e.label in ("ORG", "PERSON", "OTHER") and _PLACE_OF.search(self.text[max(0, e.start - 30):e.start]) \
                    and gazetteer().lookup(e.text) is not None:
                e.label = "PLACE"  # "the province of Teruel", "the town of Tralee", whatever the tagger said
            elif e.label in ("ORG", "PERSON") and self._based(e) and gazetteer().lookup(e.text) is not None:
                e.label = "PLACE"  # "the Brno-based toolmaker"
            elif e.label == "ORG" and self._after_place_preposition(e) and not org_word_in(e.text) and (
                    (place := gazetteer().lookup(e.text)) is not None and place.kind in ("region", "district")):
                e.label = "PLACE"  # "in the Basque Country": a region the gazetteer knows
            elif e.label == "PERSON" and self._after_place_preposition(e) and not self._speaks(e):
                e.label = "PLACE"  # "at Hollins Park": nobody is "at" a person
            elif e.label == "PERSON" and len(e.text.split()) == 1 and e.text not in surnames:
                # A lone "Poznań" tagged as a person is the city the gazetteer knows.
                place = gazetteer().lookup(e.text)
                if place is not None and place.sizeable:
                    e.label = "PLACE"
        # "the shores of the Aegean" where "the Aegean Sea" is named: the sea, not a people.
        features = {e.text.rsplit(" ", 1)[0] for e in ents
                    if e.label == "PLACE" and len(e.text.split()) >= 2 and e.text.split()[-1].lower() in FACILITY_WORDS
                    | {"sea", "ocean", "gulf", "strait", "straits", "coast", "desert", "mountains"}}
        for e in ents:
            if (e.label == "NORP" and e.text in features and e.token_start > 0
                    and self.doc[e.token_start - 1].lower_ == "the"
                    and self.doc[e.token_end - 1].dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")):
                e.label = "PLACE"
        for m in _CAPITAL_PHRASE.finditer(self.text):  # "the Chilean capital" names a city
            if fold(m.group(1)) in DEMONYMS:
                span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None:
                    ents = [e for e in ents if not (e.start < m.end() and m.start() < e.end)]
                    ents.append(Ent(m.group(0), "PLACE", m.start(), m.end(), span.start, span.end))
        ents = self._hyphenated_places(ents)
        ents = self._names_after_titles(ents)
        ents = self._names_before_titles(ents)
        ents = self._names_set_off_after_titles(ents)
        self._find_known_surnames(ents)
        self._find_short_club_names(ents)
        self._find_missed_places(ents)
        ents = self._places_described(ents)
        self._find_known_given_names(ents)
        self._find_acronyms(ents)
        ents = self._companies_by_legal_form(ents)
        ents = self._names_in_brackets(ents)
        self._extend_given_names(ents)
        for m in list(_CYRILLIC_NAME.finditer(self.text)) + list(_UNCASED_NAME.finditer(self.text)):
            # The English tagger does not know Cyrillic: two or three capitalised words there are a name.
            if gazetteer().lookup(m.group(0)) is not None:
                continue
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                ents = [e for e in ents if not (e.start < m.end() and m.start() < e.end)]
                ents.append(Ent(m.group(0), "PERSON", m.start(), m.end(), span.start, span.end))
        for e in [e for e in ents if e.label == "PERSON"]:
            m = _NATIVE_IN_BRACKETS.match(self.text, e.end)
            span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand") if m else None
            if span is not None:
                ents = [o for o in ents if not (o.start < m.end(1) and m.start(1) < o.end)]
                ents.append(Ent(m.group(1), "PERSON", m.start(1), m.end(1), span.start, span.end))
        ents.sort(key=lambda e: e.start)
        self._name_storms(ents)
        self._described_bodies(ents)
        ents.sort(key=lambda e: e.start)
        return ents

    def _organisation_like(self, e: Ent) -> bool:
        words = [w for w in re.split(r"[\s.]+", e.text.lower()) if w]
        if any(w in ORG_WORDS for w in words):
            return True
        if len(words) >= 2:
            place = gazetteer().lookup(words[-1])
            whole = gazetteer().lookup(e.text)
            # The city by its own name ("Lastivka Poltava"), or by another of its names in a report of its country;
            # not a name the gazetteer lists among the other names of a city far away ("Aisha Ndagi Kolo" in a report
            # from Nigeria is not a club of Coro, Venezuela).
            if place is not None and place.sizeable and (gazetteer().by_own_name(words[-1]) is not None
                                                          or place.country in self._countries_named) and not (
                    whole is not None and fold(whole.name) == fold(e.text)):  # "Bac Kan" is a town, not "X Kan"
                return True
        before = [t for t in self.doc[max(0, e.token_start - 3): e.token_start] if not t.is_punct]
        if before and before[-1].lemma_.lower() in ORG_NOUNS:
            return True
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

    def _join_split_names(self, ents: list[Ent]) -> list[Ent]:
        """ "Rosaura Villanueva" and "Ticona" tagged as two people side by side: one name of three words."""
        out: list[Ent] = []
        for e in ents:
            last = out[-1] if out else None
            if last is not None and last.label == e.label == "PERSON" and last.token_end == e.token_start == e.token_end - 1 \
                    and self.text[last.end:e.start] == " ":
                span = self.doc[last.token_start:e.token_end]
                last.text, last.end, last.token_end = span.text, span.end_char, span.end
                continue
            out.append(e)
        return out

    def _extend_to_name_heads(self, ents: list[Ent]) -> None:
        """ "Yaw Darkwa Nsiah received", tagged "Yaw Darkwa": the capitalised word the name's last word modifies
        is the name's head, and part of the name (not an office: "Mtwara Regional Commissioner")."""
        taken = {i for e in ents for i in range(e.token_start, e.token_end)}
        for e in ents:
            words = e.text.split()
            while e.label == "PERSON" and len(words) >= 2 and all(w[:1].isupper() for w in words) \
                    and e.token_end < len(self.doc) and e.token_end not in taken:
                last, nxt = self.doc[e.token_end - 1], self.doc[e.token_end]
                if not (last.dep_ == "compound" and last.head.i == nxt.i and nxt.pos_ == "PROPN" and nxt.is_alpha
                        and nxt.text.istitle() and last.whitespace_ and nxt.lower_ not in TITLE_HEADS):
                    break
                span = self.doc[e.token_start:nxt.i + 1]
                e.text, e.end, e.token_end = span.text, span.end_char, span.end
                taken.add(nxt.i)

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
                if not (prev.dep_ == "compound" and e.token_start <= prev.head.i < e.token_end and prev.pos_ == "PROPN"
                        and prev.is_alpha and prev.text.istitle() and prev.whitespace_
                        and prev.lower_ not in TITLE_HEADS | RANKS | HONORIFICS
                        and fold(prev.text) not in DEMONYMS and not org_word_in(prev.text)
                        and not sizeable_place(prev.text) and self._opens_a_name(prev)):
                    break
                span = self.doc[prev.i:e.token_end]
                e.text, e.start, e.token_start = span.text, span.start_char, span.start
                taken.add(prev.i)
            m = _INITIAL_BEFORE.search(self.text, max(0, e.start - 4), e.start)
            span = self.doc.char_span(m.start(), e.end) if m else None
            if span is not None and not any(i in taken for i in range(span.start, e.token_start)):
                e.text, e.start, e.token_start = span.text, span.start_char, span.start

    def _opens_a_name(self, token) -> bool:
        """Whether a capitalised word before a name may be its first: it follows a comma, a verb or a noun (",
        Jhonatan", "said Jhonatan", "driver Jhonatan"), not "of" or "and" ("Minister of Oil Muhammad"), and does
        not open the sentence, where a common noun has a capital too ("Mediator Yiorgos Zafiriou")."""
        if token.i == 0 or token.is_sent_start:
            return False
        before = self.doc[token.i - 1]
        return before.is_punct or before.is_lower and before.pos_ in ("VERB", "AUX", "NOUN")

    @cached_property
    def _countries_named(self) -> set[str]:
        """The countries of the places the report names by their own names."""
        return {place.country for e in self.doc.ents
                if e.label_ == "GPE" and (place := gazetteer().by_own_name(e.text)) is not None}

    def _strip_leading_titles(self, ents: list[Ent]) -> None:
        """ "Councilor Nora Pelham" -> "Nora Pelham": an office word is not part of the name."""
        from reconcile.normalize.titles import RANKS, TITLE_HEADS

        for e in ents:
            first, last = self.doc[e.token_start], self.doc[e.token_end - 1]
            if e.label in ("PERSON", "ORG") and e.token_end - e.token_start == 2 and first.lower_ in TITLE_HEADS \
                    and last.pos_ == "PROPN" and last.lower_ not in TITLE_HEADS and not org_word_in(last.text) \
                    and ((place := gazetteer().lookup(last.text)) is None or not place.sizeable):
                # "Referee Nishida said": an office and a surname, not a body's name
                e.text, e.start, e.token_start, e.label = last.text, last.idx, last.i, "PERSON"
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
            while e.token_end - i > 2 and (self.doc[i].lower_ in TITLE_HEADS or self.doc[i].lower_ in RANKS):
                i += 1
            # "Lysgaard CFO Rikke Sonderby": the company and its office before the name
            heads = [k for k in range(i, e.token_end - 2) if self.doc[k].lower_ in TITLE_HEADS]
            if heads and (heads[-1] - i < 2) and all(self.doc[k].text[:1].isupper() for k in range(i, e.token_end)):
                i = heads[-1] + 1
            if i > e.token_start:
                start = self.doc[i].idx
                e.text, e.start, e.token_start = self.text[start:e.end], start, i

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

    def _extend_feature_names(self, ents: list[Ent]) -> None:
        """ "the Kolt reservoir", "the Imra river", "Varuna province": the type word written in lower case is part
        of the name."""
        doc = self.doc
        taken = {e.token_start for e in ents}
        for e in ents:
            if e.label not in ("PLACE", "ORG", "PERSON", "OTHER") or e.token_end >= len(doc):
                continue
            nxt = doc[e.token_end]
            if nxt.text in WATER_WORDS | AREA_WORDS \
                    and nxt.i not in taken and doc[nxt.i - 1].whitespace_:
                e.text, e.end, e.token_end, e.label = self.text[e.start:nxt.idx + len(nxt.text)], \
                    nxt.idx + len(nxt.text), nxt.i + 1, "PLACE"

    def _trim_trailing_dates(self, ents: list[Ent]) -> list[Ent]:
        """ "Commons on Monday": a preposition and a day or month the tagger took into a name are not part of it;
        nor is a score or a number after a club's name ("Harbour Rovers 2")."""
        out = []
        for e in ents:
            m = _TRAILING_NUMBER.search(e.text) if e.label in ("PERSON", "ORG") else None
            if m and m.start() > 0:
                span = self.doc.char_span(e.start, e.start + m.start(), alignment_mode="contract")
                if span is not None and len(span):
                    e.text, e.end, e.token_end = span.text, span.end_char, span.end
            m = _TRAILING_DATE.search(e.text) if e.label in ("PERSON", "ORG", "PLACE", "NORP", "OTHER") else None
            if m and m.start() > 0:
                span = self.doc.char_span(e.start, e.start + m.start(), alignment_mode="contract")
                if span is None or not len(span):
                    continue
                e.text, e.end, e.token_end = span.text, span.end_char, span.end
            out.append(e)
        return out

    def _split_person_of_place(self, ents: list[Ent]) -> list[Ent]:
        """ "Meiling Chen of Mackay" tagged as one name: a person and the town they come from (a place the gazetteer
        knows, whatever its size, or one the report names as a place elsewhere: "Ivelin Stanchev of Silistra")."""
        out = []
        places = {fold(e.text) for e in ents if e.label == "PLACE"}
        for e in ents:
            out.append(e)
            m = _OF_PLACE.search(e.text) if e.label == "PERSON" else None
            if m and len(e.text[:m.start()].split()) >= 2 and (fold(m.group(1)) in places
                                                              or gazetteer().lookup(m.group(1)) is not None):
                name = self.doc.char_span(e.start, e.start + m.start(), alignment_mode="contract")
                town = self.doc.char_span(e.start + m.start(1), e.end, alignment_mode="contract")
                if name is not None and town is not None and len(name) and len(town):
                    e.text, e.end, e.token_end = name.text, name.end_char, name.end
                    out.append(Ent(town.text, "PLACE", town.start_char, town.end_char, town.start, town.end))
        return out

    def _beside_a_title(self, e: Ent) -> bool:
        """The name in apposition to an office: "the Executive Secretary of the agency, Ifeoma Ezenwa", "Ranil
        Perera, former chairman of the corporation"."""
        from reconcile.normalize.titles import TITLE_HEADS

        root = self.doc[e.token_end - 1]
        if any(c.dep_ == "appos" and c.lower_ in TITLE_HEADS and c.i > root.i for c in root.children):
            return True  # "sentenced Ranil Perera, former chairman of the corporation,"
        return root.dep_ == "appos" and root.head.lower_ in TITLE_HEADS and not (
            e.token_start <= root.head.i < e.token_end)

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

    def _cut_open_brackets(self, ents: list[Ent]) -> list[Ent]:
        """ "Kestrel Freight (Lisbon Stock Exchange": a name ends where a bracket opens that it does not close."""
        out = []
        for e in ents:
            i = e.text.find("(")
            if i > 0 and ")" not in e.text[i:] and e.label in ("PERSON", "ORG", "PLACE", "OTHER"):
                span = self.doc.char_span(e.start, e.start + len(e.text[:i].rstrip()), alignment_mode="contract")
                if span is None or not len(span):
                    continue
                e.text, e.end, e.token_end = span.text, span.end_char, span.end
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

    def _based(self, e: Ent) -> bool:
        doc, j = self.doc, e.token_end
        return j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ == "based"

    def _after_place_preposition(self, e: Ent) -> bool:
        i = e.token_start - 1
        if i > 0 and self.doc[i].lower_ == "the":  # "in the Basque Country"
            i -= 1
        if i >= 0 and self.doc[i].lower_ in ("to", "from", "of") and self.doc[i].head.lemma_.lower() in MOVE_VERBS | {
                "out"}:
            return True  # "moved out of Pavlodar to Kostanay": where an event was moved from and to
        return i >= 0 and self.doc[i].lower_ in ("at", "in", "near", "outside", "inside")

    def _only_after_place_words(self, e: Ent, ents: list[Ent]) -> bool:
        """Whether every mention of this name follows "in", "at", "near"...: a town, not a firm that acts."""
        same = [o for o in ents if o.text == e.text]
        return all(self._after_place_preposition(o) for o in same)

    def _speaks(self, e: Ent) -> bool:
        """Whether any mention of this name is the subject of a verb (people act; places rarely do)."""
        for other in self.doc.ents:
            if other.text == e.text and other.root.dep_ in ("nsubj", "nsubjpass"):
                return True
        return False

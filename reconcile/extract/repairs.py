"""The tagger's entities repaired: spans cut or joined where it cut them wrongly, and labels set from the words
around a name. The repairs of each kind of name are in ``person_repairs``, ``org_repairs``, ``place_repairs`` and
``date_repairs``; ``EntityRepairs`` runs them in order."""

from __future__ import annotations

import re

from reconcile.extract.currencies import CURRENCY
from reconcile.extract.date_repairs import DateRepairs
from reconcile.extract.lexicon import COMPETITION_HEADS, NUMBERED_GAME
from reconcile.extract.org_repairs import OrgRepairs
from reconcile.extract.person_repairs import PersonRepairs
from reconcile.extract.place_repairs import PlaceRepairs
from reconcile.extract.script_names import ScriptNames
from reconcile.extract.spans import CLOCK, DATELINE, PLACE_PREPOSITIONS, POSSESSIVE, Ent
from reconcile.normalize.dates import MONTHS, WEEKDAYS
from reconcile.normalize.places import gazetteer

LABELS = {
    "PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "ORG": "ORG", "NORP": "NORP",
    "DATE": "DATE", "TIME": "TIME", "CARDINAL": "NUMBER", "MONEY": "MONEY", "PERCENT": "PERCENT",
    "QUANTITY": "NUMBER", "ORDINAL": "ORDINAL", "EVENT": "EVENT", "WORK_OF_ART": "OTHER", "LAW": "OTHER",
    "PRODUCT": "OTHER", "LANGUAGE": "OTHER",
}
_MONTH_WORDS = set(MONTHS)
_WEEKDAY_WORDS = set(WEEKDAYS)
_DAY_WORDS = _MONTH_WORDS | _WEEKDAY_WORDS | {"yesterday", "today"}
_LOWER_LATIN = re.compile(r"[a-z][a-z' -]*")
_TRAILING_NUMBER = re.compile(r"\s+\d[\d,]*(?:\.\d+)?(?:%|\s*per\s*cent|\s*percent)?(?:[-–]\d+)?$")
_TRAILING_SCORE = re.compile(r"\s+\d+[-–]\d+$")
_MONTH_NAMES = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
                r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_TRAILING_DATE = re.compile(r"\s+(?:on|in|at|by|from|until|since|last|this|next)\s+(?:Monday|Tuesday|Wednesday|"
                            r"Thursday|Friday|Saturday|Sunday|" + _MONTH_NAMES + r")\b.*$")
_ENDS_WITH_MONTH = re.compile(r"\b(?:" + _MONTH_NAMES + r")$")
# The preposition before the day in such a tail ("last Monday" is all the day's).
_BEFORE_THE_DAY = re.compile(r"\s+(?:(?:on|in|at|by|from|until|since)\s+)?")
_DATELINE_IN_NAME = re.compile(r"^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)* [-—–] (?=\S)")

# A dash with a space on each side ("NAME - five years"), or at the end of a name ("NAME -").
_SPACED_DASH = re.compile(r"\s+[-\u2013\u2014](?:\s+|$)")
# A length of time right after such a dash: "five years", "10 years", "18 months".
_TERM_AFTER_DASH = re.compile(r"\s*((?:\d+|[a-z]+(?:[\s-][a-z]+)?)(?:\s+and\s+a\s+half)?\s+(?:years?|months?)\b)", re.I)


def _without_spaces(span):
    """An entity without the run of spaces or line break the tagger may take in at its edges (a line of text
    wrapped and indented); None when nothing else is left."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end] if end > start else None


# A lower-case "for" or "at" and a currency's sign or code after a name: the price, not part of the name.
_PRICE_AFTER_NAME = re.compile(r"\s+(for|at)\s+([A-Z][A-Za-z]{0,2}\.?|[A-Z]*\$|\W)$")


class EntityRepairs(PersonRepairs, ScriptNames, OrgRepairs, PlaceRepairs, DateRepairs):
    """Repairs of the entities of a ``DocContext`` (``self.doc``, ``self.text``)."""

    def _repair_entities(self) -> list[Ent]:
        ents = [Ent(span.text, LABELS.get(e.label_, "OTHER"), span.start_char, span.end_char, span.start, span.end)
                for e in self.doc.ents if (span := _without_spaces(e)) is not None]
        self._strip_trailing_commas(ents)
        self._strip_articles(ents)
        self._strip_closing_quotes(ents)
        self._cut_datelines(ents)
        ents = self._cut_at_spaced_dashes(ents)
        self._unname_lower_case(ents)
        self._label_competitions(ents)
        self._unname_numbered_games(ents)
        self._date_times_of_days(ents)
        self._join_day_to_month(ents)
        ents = self._join_split_names(ents)
        ents = self._join_nicknamed_names(ents)
        self._extend_to_name_heads(ents)
        self._extend_to_elided_surnames(ents)
        self._extend_to_first_names(ents)
        self._offices_read_as_people(ents)
        ents = self._name_parties(ents)
        self._extend_org_prefixes(ents)
        ents = self._extend_legal_forms(ents)
        ents = self._join_part_of_dates(ents)
        ents = self._join_day_and_date(ents)
        ents = self._trim_trailing_dates(ents)
        self._people_of_countries(ents)
        ents = self._split_person_of_place(ents)
        ents = self._split_owner_and_owned(ents)
        ents = self._split_body_and_person(ents)
        ents = self._split_day_and_term(ents)
        self._cut_trailing_words(ents)
        self._cut_leading_count(ents)
        ents = self._split_route(ents)
        ents = self._join_known_names(ents)
        ents = self._split_moved_dates(ents)
        self._extend_feature_names(ents)
        self._cut_before_prices(ents)
        ents = self._cut_open_brackets(ents)
        self._extend_foreign_names(ents)
        self._strip_honorifics(ents)
        ents = self._split_party_before_name(ents)
        self._strip_leading_titles(ents)
        self._strip_nationalities(ents)
        self._strip_possessives(ents)
        org_texts = self._label_organisations(ents)
        self._extend_to_org_names(ents, org_texts)
        self._label_people(ents, org_texts)
        self._strip_honorifics(ents)  # of those just found to be people ("Khun X Y", tagged as a body)
        self._label_people_taken_for_places(ents)
        self._label_places(ents)
        self._label_features(ents)
        self._extend_venue_names(ents)
        ents = self._name_capitals(ents)
        ents = self._hyphenated_places(ents)
        ents = self._joined_countries(ents)
        ents = self._names_after_titles(ents)
        ents = self._names_before_titles(ents)
        ents = self._names_set_off_after_titles(ents)
        ents = self._people_acted_on(ents)
        ents = self._offices_before_holders(ents)
        self._label_people_taken_for_places(ents, by_surname=True)
        self._find_known_surnames(ents)
        self._find_short_club_names(ents)
        self._find_missed_places(ents)
        ents = self._districts_of_a_city(ents)
        ents = self._venues_named_kind_first(ents)
        ents = self._places_described(ents)
        self._find_known_given_names(ents)
        ents = self._spelled_by_initials(ents)
        self._find_acronyms(ents)
        ents = self._companies_by_legal_form(ents)
        ents = self._names_in_brackets(ents)
        self._extend_given_names(ents)
        ents = self._find_names_in_other_scripts(ents)
        ents = self._find_native_names(ents)
        ents.sort(key=lambda e: e.start)
        self._name_storms(ents)
        self._described_bodies(ents)
        ents.sort(key=lambda e: e.start)
        return ents

    def _strip_trailing_commas(self, ents: list[Ent]) -> None:
        """ "June 11," -> "June 11": a comma the tagger took in at the end is not part of the name or the date; nor
        is an "of" that ends a name ("Edvin Laske of", the team's name tagged apart), nor the "in" after a ground's
        name ("the Kelvo Stadium in", before a town the tagger cut in two)."""
        for e in ents:
            while e.token_end - e.token_start > 1 and (self.doc[e.token_end - 1].text in (",", ";", ":") or (
                    e.label in ("PERSON", "ORG", "PLACE") and self.doc[e.token_end - 1].text == "of") or (
                    e.label in ("ORG", "PLACE") and self.doc[e.token_end - 1].lower_ in PLACE_PREPOSITIONS)):
                e.token_end -= 1
                e.end = self.doc[e.token_end - 1].idx + len(self.doc[e.token_end - 1].text)
                e.text = self.doc.text[e.start:e.end]

    def _strip_articles(self, ents: list[Ent]) -> None:
        """ "the Baltic Coast Community" -> "Baltic Coast Community"."""
        for e in ents:
            if e.label in ("ORG", "PLACE", "NORP", "OTHER", "PERSON") and e.text.lower().startswith("the ") \
                    and len(e.text) > 4:
                first = e.token_start + 1
                while first < e.token_end - 1 and self.doc[first].is_space:
                    first += 1  # "the\n    Democratic Republic of Congo", a line wrapped after the article
                e.start, e.token_start = self.doc[first].idx, first
                e.text = self.doc.text[e.start:e.end]

    def _strip_closing_quotes(self, ents: list[Ent]) -> None:
        """ '"...," Edvin Laske, the director, said': the quote's closing mark is no part of the name after it,
        and a name of two or three capitalised words set right after a quote is its speaker's, whatever the tagger
        took it for (a work's title)."""
        for e in ents:
            first = self.doc[e.token_start]
            if e.token_end - e.token_start < 2 or first.text not in ('"', "”", "''") or not first.whitespace_:
                continue
            rest = self.doc[e.token_start + 1:e.token_end]
            e.text, e.start, e.token_start = rest.text, rest.start_char, rest.start
            words = rest.text.split()
            if e.label == "OTHER" and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
                    and e.token_start > 1 and self.doc[e.token_start - 2].text in (",", "?", "!"):
                e.label = "PERSON"

    def _cut_datelines(self, ents: list[Ent]) -> None:
        """ "ZENICA - Tarik Begović": a dateline run into the name after it is not part of the name. "TOWN,
        Province - Rescuers recovered...": nor is the sentence after a dateline part of the province's name."""
        swallowed: set[int] = set()
        for e in ents:
            m = _DATELINE_IN_NAME.match(e.text)
            span = self.doc.char_span(e.start + m.end(), e.end, alignment_mode="expand") if m else None
            if span is not None and len(span):
                e.text, e.start, e.token_start = span.text, span.start_char, span.start
                continue
            line = DATELINE.match(self.text, self.text.rfind("\n", 0, e.start) + 1)
            if line is not None and e.start == line.start() and e.label != "DATE":
                # "LA ROCHELLE, France - ...", of which the tagger took "LA": the town is all the capitals before
                # the comma, when the gazetteer knows them
                town = re.match(r"[^,(\n]*?(?=\s*(?:,|\(|[-—–]\s))", line.group(0))
                span = self.doc.char_span(e.start, e.start + len(town.group(0)), alignment_mode="contract") \
                    if town else None
                if span is not None and span.end_char > e.end and gazetteer().lookup(span.text) is not None:
                    e.text, e.end, e.token_end, e.label = span.text, span.end_char, span.end, "PLACE"
                    swallowed.update(id(o) for o in ents if o is not e and e.start <= o.start and o.end <= e.end)
                    continue
            if line is None or not e.start < line.end() < e.end or e.label == "DATE":
                continue
            head = self.text[e.start:line.end()].rstrip().rstrip("-—–").rstrip()
            span = self.doc.char_span(e.start, e.start + len(head), alignment_mode="contract")
            if span is not None and len(span) and self.text[:e.start].rstrip().endswith(","):
                e.text, e.end, e.token_end, e.label = span.text, span.end_char, span.end, "PLACE"
        ents[:] = [e for e in ents if id(e) not in swallowed]

    def _cut_at_spaced_dashes(self, ents: list[Ent]) -> list[Ent]:
        """ "Aigerim NAME - five years", "NAME -": a list's name run on past the dash that sets off what is listed
        for it. A name has no spaced dash in it; a term after the dash is a length of time of its own."""
        out, dropped = [], set()
        for e in ents:
            if id(e) in dropped:
                continue
            m = _SPACED_DASH.search(e.text)
            if m is None or e.label not in ("PERSON", "ORG", "PLACE") or not m.start():
                out.append(e)
                continue
            head = self.doc.char_span(e.start, e.start + m.start(), alignment_mode="contract")
            if head is not None and CLOCK.fullmatch(head.text):
                # "23:10 - Kertu Lepik": a live blog's time stamp run into the name after it
                head = self.doc.char_span(e.start + m.end(), e.end, alignment_mode="contract")
                if head is not None and len(head) and head.text[:1].isupper():
                    out.append(Ent(head.text, e.label, head.start_char, head.end_char, head.start, head.end))
                continue
            if head is not None and len(head):
                out.append(Ent(head.text, e.label, head.start_char, head.end_char, head.start, head.end))
            term = _TERM_AFTER_DASH.match(self.text, e.start + m.end())
            span = self.doc.char_span(term.start(1), term.end(1), alignment_mode="contract") if term else None
            if span is None or not len(span):
                continue
            overlapping = [o for o in ents if o is not e and o.start < span.end_char and span.start_char < o.end]
            if all(o.text.islower() for o in overlapping):
                # (a word of the term the tagger took for a name of its own, "years", goes)
                dropped.update(id(o) for o in overlapping)
                out = [o for o in out if id(o) not in dropped]
                out.append(Ent(span.text, "DATE", span.start_char, span.end_char, span.start, span.end))
        return out

    def _unname_lower_case(self, ents: list[Ent]) -> None:
        """ "sentenced in absentia", "kick-off": a place or a person is a name, and a name in Latin letters has a
        capital."""
        for e in ents:
            if e.label in ("PLACE", "PERSON") and _LOWER_LATIN.fullmatch(e.text):
                e.label = "OTHER"

    def _unname_numbered_games(self, ents: list[Ent]) -> None:
        """ "Game 3 is on Wednesday", tagged as a date: a game, stage or round of a series by its number is an
        event, not a day."""
        for e in ents:
            if e.label == "DATE" and NUMBERED_GAME.fullmatch(e.text):
                e.label = "OTHER"

    def _label_competitions(self, ents: list[Ent]) -> None:
        """ "the Harbour Cup" taken for a ground: a competition, not a place."""
        for e in ents:
            if e.label == "PLACE" and e.text.split()[-1] in COMPETITION_HEADS - {"Open"} and len(e.text.split()) > 1:
                e.label = "EVENT"

    def _date_times_of_days(self, ents: list[Ent]) -> None:
        """ "Sunday night", "just before midnight on Monday": a time of a day the text names is a date."""
        for e in ents:
            if e.label == "TIME" and any(w in _DAY_WORDS for w in re.findall(r"[a-z]+", e.text.lower())):
                e.label = "DATE"

    def _strip_possessives(self, ents: list[Ent]) -> None:
        """ "Petrova's" -> "Petrova", "last Sunday's" -> "last Sunday"."""
        for e in ents:
            m = POSSESSIVE.search(e.text)
            if m and e.label in ("PERSON", "ORG", "PLACE", "OTHER", "DATE"):
                e.text = e.text[: m.start()]
                e.end = e.start + len(e.text)

    def _trim_trailing_dates(self, ents: list[Ent]) -> list[Ent]:
        """ "Commons on Monday": a preposition and a day or month the tagger took into a name are not part of it;
        nor is a score, a number or a share after a name ("Harbour Rovers 2", "Banda 14,302", "Nowak 46.4%"), or a score
        after a place ("lost the game in Y 3-2")."""
        out = []
        for e in ents:
            m = _TRAILING_NUMBER.search(e.text) if e.label in ("PERSON", "ORG") else \
                _TRAILING_SCORE.search(e.text) if e.label == "PLACE" else None  # "in Y 3-2" (not "Ward 4")
            if m and m.start() > 0 and not _ENDS_WITH_MONTH.search(e.text, 0, m.start()):  # "on March 10": a day
                span = self.doc.char_span(e.start, e.start + m.start(), alignment_mode="contract")
                if span is not None and len(span):
                    e.text, e.end, e.token_end = span.text, span.end_char, span.end
            m = _TRAILING_DATE.search(e.text) if e.label in ("PERSON", "ORG", "PLACE", "NORP", "OTHER") else None
            if m and m.start() > 0:
                span = self.doc.char_span(e.start, e.start + m.start(), alignment_mode="contract")
                if span is None or not len(span):
                    continue
                # "the National Assembly on March 10": the day cut off the name is a date of its own
                day = self.doc.char_span(e.start + m.start() + _BEFORE_THE_DAY.match(m.group()).end(), e.end,
                                         alignment_mode="contract")
                if day is not None and len(day) and not any(o.label == "DATE" and o.start < day.end_char
                                                            and day.start_char < o.end for o in ents):
                    out.append(Ent(day.text, "DATE", day.start_char, day.end_char, day.start, day.end))
                e.text, e.end, e.token_end = span.text, span.end_char, span.end
            out.append(e)
        return out

    def _cut_before_prices(self, ents: list[Ent]) -> None:
        """ "a stake in Kelvo Agro for Tk 412 crore", tagged "Kelvo Agro for Tk": a name ends where the price paid
        for it begins."""
        for e in ents:
            price = _PRICE_AFTER_NAME.search(e.text) if e.label in ("PERSON", "ORG", "PLACE", "OTHER") else None
            if price is not None and price.group(2).lower() in CURRENCY:
                span = self.doc.char_span(e.start, e.start + price.start(), alignment_mode="contract")
                if span is not None and len(span):
                    e.text, e.end, e.token_end = span.text, span.end_char, span.end

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

"""One parsed source: its sentences, its entities (with label repairs) and a claim factory."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reconcile.models import Claim, Mention, Source
from reconcile.normalize.dates import days_in_a_row
from reconcile.normalize.places import DEMONYMS, gazetteer
from reconcile.normalize.text import fold

LABELS = {
    "PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "ORG": "ORG", "NORP": "NORP",
    "DATE": "DATE", "TIME": "TIME", "CARDINAL": "NUMBER", "MONEY": "MONEY", "PERCENT": "PERCENT",
    "QUANTITY": "NUMBER", "ORDINAL": "ORDINAL", "EVENT": "EVENT", "WORK_OF_ART": "OTHER", "LAW": "OTHER",
    "PRODUCT": "OTHER", "LANGUAGE": "OTHER",
}
# Russian, Ukrainian, Belarusian, Serbian and Macedonian letters.
_CYR_UPPER, _CYR_LOWER = "А-ЯЁЇІЄҐЈЉЊЌЃЅЏЂЋЎ", "а-яёїієґјљњќѓѕџђћў"
_CYRILLIC_NAME = re.compile(rf"\b[{_CYR_UPPER}][{_CYR_LOWER}']+(?:\s+[{_CYR_UPPER}][{_CYR_LOWER}']+){{1,2}}\b")
# Words inside a name that make it an organisation's, and nouns that introduce one ("gearbox maker Brenner").
ORG_WORDS = {"fc", "cf", "cd", "afc", "ac", "sc", "fk", "nk", "club", "clube", "desportivo", "deportivo", "sporting",
             "athletic", "united", "rovers", "city", "town", "wanderers", "inc", "ltd", "llc", "plc", "corp", "ag",
             "gmbh", "sa", "nv", "bv", "spa", "holdings", "group", "industries", "bank", "airlines", "airways",
             "motors", "energy", "systems", "technologies", "partners", "capital", "foundation", "institute",
             "university", "ministry", "party", "council", "commission", "agency", "authority", "association",
             "company"}
ORG_NOUNS = {"maker", "manufacturer", "company", "firm", "group", "club", "side", "team", "bank", "lender",
             "insurer", "retailer", "carrier", "airline", "operator", "producer", "supplier", "startup",
             "conglomerate", "rival", "outfit", "brand", "chain", "giant", "publisher", "broadcaster", "newspaper",
             "agency", "party", "charity", "union", "regulator", "subsidiary", "unit", "owner"}
# Capitalised words that open a club's or a company's full name and that the tagger leaves out of the span
# ("CD Vardon", "FC Lastivka Poltava", "Clube Desportivo Vardon").
ORG_PREFIXES = {"fc", "cf", "cd", "afc", "ac", "sc", "fk", "nk", "sk", "club", "clube", "desportivo", "deportivo",
                "sporting", "atletico", "olympique"}
# Lower-case nouns right after a name that make it an organisation's: "the Jany Tilek party".
ORG_NOUNS_AFTER = {"party", "club", "company", "firm", "group", "alliance", "movement", "bloc", "coalition",
                   "union", "federation", "association", "foundation", "charity", "bank", "airline", "carrier"}


def _sizeable_place(text: str) -> bool:
    place = gazetteer().lookup(text)
    return place is not None and fold(place.name) == fold(text) and (place.kind != "city"
                                                                      or place.population >= 50_000)


def _org_word_in(text: str) -> bool:
    return any(w in ORG_WORDS for w in text.lower().split())


# Last words that make a name a place: grounds, buildings, streets, natural features.
FACILITY_WORDS = {
    "stadium", "arena", "park", "meadow", "meadows", "ground", "grounds", "field", "fields", "road", "street",
    "avenue", "square", "hall", "centre", "center", "bridge", "airport", "station", "harbour", "harbor", "port",
    "lake", "river", "valley", "hill", "hills", "mountain", "bay", "beach", "island", "palace", "cathedral",
    "church", "mosque", "temple", "plaza", "boulevard", "lane", "tower", "terminal", "dock", "docks", "pier",
    "courthouse", "prison", "hospital", "mall", "market", "gardens", "garden", "forest", "dam", "canal", "pitch",
    "velodrome", "racecourse", "circuit", "oval", "coliseum", "colosseum", "bowl", "dome",
}
# Words a ground's name adds to the town it is named after ("Riverton Municipal Sports Stadium").
_VENUE_WORDS = {"sports", "national", "international", "municipal", "city", "olympic", "memorial", "central", "main"}


def venue_stem(name: str) -> str:
    """A venue's name without its facility words: "the Riverton Sports Stadium" -> "Riverton" ("" when nothing
    else is left)."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while words and (words[-1].lower() in FACILITY_WORDS or words[-1].lower() in _VENUE_WORDS):
        words = words[:-1]
    return " ".join(words)


_CAPITAL_PHRASE = re.compile(r"\bthe ([A-Z][a-z]+(?: [A-Z][a-z]+)?) capital\b")
# Two or three words in a script without capitals (Georgian, Arabic, Hebrew...) in English copy: a name.
_SCRIPTS = "\u10A0-\u10FF\u0600-\u06FF\u0590-\u05FF"
_UNCASED_NAME = re.compile(rf"(?<!\w)[{_SCRIPTS}]+(?:\s+[{_SCRIPTS}]+){{1,2}}(?!\w)")
_HYPHENATED = re.compile(r"\b[A-Z][A-Za-z]+(?:-[a-z]{1,4})+-[A-Z][A-Za-z]+\b|\b[A-Z]{2,}(?:-[A-Z]{1,4})+-[A-Z]{2,}\b")
_APPOSITIVE_NAME: re.Pattern | None = None
_PLACE_OF = re.compile(r"\b(?:province|region|county|district|city|town|village|port|state) of (?:the )?$", re.I)
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Mx|Prof|Sir|Dame)\.?\s+")
_POSSESSIVE = re.compile(r"['’]s$")
_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                "dec"}
_WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Type words written in lower case after the name of a water feature or an area.
_TYPE_WORDS_AFTER = {"river", "dam", "reservoir", "lake", "canal", "lagoon", "glacier", "province", "district",
                     "region", "prefecture", "governorate", "oblast", "valley", "department"}
# Words that name a storm before its name: "Tropical Cyclone Meriko", "Super Typhoon Orla", "Storm Elena".
STORM_WORDS = {"cyclone", "typhoon", "hurricane", "storm", "tropical", "super", "severe", "depression", "tempest"}
_STORM_NAME = re.compile(r"\b(?:(?:Tropical|Super|Severe)\s+)*(?:Cyclone|Typhoon|Hurricane|Storm|Tropical Storm)\s+"
                         r"[A-Z][a-z]+\b")
# "Dombala, a village near Keruane": a name the text calls a settlement.
_DESCRIBED_PLACE = re.compile(
    r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?), (?:a|the) (?:[a-z-]+ ){0,2}"
    r"(?:village|town|hamlet|settlement|township|suburb|commune|municipality|island)\b")
_NOT_PLACE_WORDS = {"the", "then", "but", "and", "in", "at", "on", "for", "this", "that", "there", "meanwhile",
                    "however", "today", "yesterday"}
_TRAILING_NUMBER = re.compile(r"\s+\d+(?:[-–]\d+)?$")
_TRAILING_DATE = re.compile(
    r"\s+(?:on|in|at|by|from|until|since|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b.*$")
# Lower-case particles inside names in Romance, Germanic and other languages' organisation and place names.
_NAME_PARTICLES = {"del", "della", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "de", "la", "le", "les",
                   "des", "du", "der", "den", "van", "von", "y", "e", "i"}


@dataclass
class Ent:
    """An entity span with a repaired label."""

    text: str
    label: str
    start: int
    end: int
    token_start: int
    token_end: int


class DocContext:
    """A source with its spaCy ``Doc``, sentence offsets and repaired entities."""

    def __init__(self, source: Source, doc) -> None:
        self.source = source
        self.doc = doc
        self.text = source.text
        self.sents = list(doc.sents)
        self._sent_starts = [s.start_char for s in self.sents]
        self.ents = self._repair_entities()

    # -- sentences -------------------------------------------------------------------------
    def sentence_at(self, char: int):
        i = bisect.bisect_right(self._sent_starts, char) - 1
        return self.sents[max(0, i)]

    def sentence_index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, char) - 1)

    # -- entities --------------------------------------------------------------------------
    def _repair_entities(self) -> list[Ent]:
        ents = [Ent(e.text, LABELS.get(e.label_, "OTHER"), e.start_char, e.end_char, e.start, e.end)
                for e in self.doc.ents]
        for e in ents:  # "the Baltic Coast Community" -> "Baltic Coast Community"
            if e.label in ("ORG", "PLACE", "NORP", "OTHER", "PERSON") and e.text.lower().startswith("the ") \
                    and len(e.text) > 4:
                e.text, e.start, e.token_start = e.text[4:], e.start + 4, e.token_start + 1
        self._extend_org_prefixes(ents)
        ents = self._join_part_of_dates(ents)
        ents = self._join_day_and_date(ents)
        ents = self._trim_trailing_dates(ents)
        self._extend_feature_names(ents)
        ents = self._cut_open_brackets(ents)
        self._extend_foreign_names(ents)
        for e in ents:  # "Mr. Adebanjo" -> "Adebanjo": the honorific is not part of the name
            m = _HONORIFIC.match(e.text)
            span = self.doc.char_span(e.start + m.end(), e.end, alignment_mode="expand") if m else None
            if span is not None and e.label == "PERSON" and len(e.text) > m.end():
                e.text, e.start, e.token_start = e.text[m.end():], e.start + m.end(), span.start
        self._strip_leading_titles(ents)
        for e in ents:  # "Petrova's" -> "Petrova"
            m = _POSSESSIVE.search(e.text)
            if m and e.label in ("PERSON", "ORG", "PLACE", "OTHER"):
                e.text = e.text[: m.start()]
                e.end = e.start + len(e.text)
        org_texts = set()
        for e in ents:
            if e.label in ("PERSON", "ORG") and self._organisation_like(e):
                e.label = "ORG"  # "CD Vardon", "Lastivka Poltava", "gearbox maker Brenner Hydraulik"
                org_texts.add(e.text)
            elif e.label in ("PERSON", "ORG") and e.text.split()[-1].lower() in FACILITY_WORDS:
                e.label = "PLACE"  # "Elm Lane", "Brookfield Stadium": named grounds and buildings
        # A surname seen in a full PERSON name names that person wherever the tagger put it.
        # A name shown to be an organisation's once ("the Jany Tilek party") is one throughout the source.
        for e in ents:
            if e.label == "PERSON" and e.text in org_texts:
                e.label = "ORG"
        surnames = {e.text.split()[-1] for e in ents if e.label == "PERSON" and len(e.text.split()) >= 2}
        full_names = {e.text for e in ents if e.label == "PERSON" and len(e.text.split()) >= 2}
        for e in ents:
            if e.label != "PERSON" and (e.text in surnames or e.text in full_names):
                e.label = "PERSON"
            elif e.label == "ORG" and len(e.text.split()) == 1 and self._after_place_preposition(e) and (
                    (place := gazetteer().lookup(e.text)) is not None and (
                        place.population >= 100_000 or place.kind == "city" and self._only_after_place_words(e, ents))):
                e.label = "PLACE"  # "its plant in Zaragoza"; "would take place in Ribeira" (never a company there)
            elif e.label in ("ORG", "PERSON", "OTHER") and _PLACE_OF.search(self.text[max(0, e.start - 30):e.start]) \
                    and gazetteer().lookup(e.text) is not None:
                e.label = "PLACE"  # "the province of Teruel", "the town of Tralee", whatever the tagger said
            elif e.label in ("ORG", "PERSON") and self._based(e) and gazetteer().lookup(e.text) is not None:
                e.label = "PLACE"  # "the Brno-based toolmaker"
            elif e.label == "ORG" and self._after_place_preposition(e) and not _org_word_in(e.text) and (
                    (place := gazetteer().lookup(e.text)) is not None and place.kind in ("region", "district")):
                e.label = "PLACE"  # "in the Basque Country": a region the gazetteer knows
            elif e.label == "PERSON" and self._after_place_preposition(e) and not self._speaks(e):
                e.label = "PLACE"  # "at Hollins Park": nobody is "at" a person
            elif e.label == "PERSON" and len(e.text.split()) == 1 and e.text not in surnames:
                # A lone "Poznań" tagged as a person is the city the gazetteer knows.
                place = gazetteer().lookup(e.text)
                if place is not None and (place.kind == "country" or place.population >= 100_000):
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
        self._find_known_surnames(ents)
        self._find_missed_places(ents)
        ents = self._places_described(ents)
        self._find_known_given_names(ents)
        self._find_acronyms(ents)
        self._extend_given_names(ents)
        for m in list(_CYRILLIC_NAME.finditer(self.text)) + list(_UNCASED_NAME.finditer(self.text)):
            # The English tagger does not know Cyrillic: two or three capitalised words there are a name.
            if gazetteer().lookup(m.group(0)) is not None:
                continue
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                ents = [e for e in ents if not (e.start < m.end() and m.start() < e.end)]
                ents.append(Ent(m.group(0), "PERSON", m.start(), m.end(), span.start, span.end))
        self._name_storms(ents)
        ents.sort(key=lambda e: e.start)
        return ents

    def _name_storms(self, ents: list[Ent]) -> None:
        """ "Tropical Cyclone Meriko", "Hurricane Elena": a named storm, whatever the tagger called it (a person, an
        organisation), with the words before it that the tagger left out; and its name alone ("Meriko weakened")."""
        doc = self.doc
        for m in _STORM_NAME.finditer(self.text):  # the tagger often takes none of it
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and not any(e.start < m.end() and m.start() < e.end and not (
                    m.start() <= e.start and e.end <= m.end()) for e in ents):
                ents[:] = [e for e in ents if not (m.start() <= e.start and e.end <= m.end())]
                ents.append(Ent(m.group(0), "EVENT", m.start(), m.end(), span.start, span.end))
        names = set()
        for e in ents:
            words = e.text.split()
            if len(words) >= 2 and words[0].lower() in STORM_WORDS and words[-1][:1].isupper():
                i = e.token_start
                while i > 0 and doc[i - 1].lower_ in STORM_WORDS and doc[i - 1].text[:1].isupper():
                    i -= 1
                e.text, e.start, e.token_start, e.label = self.text[doc[i].idx:e.end], doc[i].idx, i, "EVENT"
                names.add(words[-1])
        for e in ents:
            if e.text in names and e.label in ("PERSON", "ORG", "PLACE", "OTHER"):
                e.label = "EVENT"

    def _organisation_like(self, e: Ent) -> bool:
        words = [w for w in re.split(r"[\s.]+", e.text.lower()) if w]
        if any(w in ORG_WORDS for w in words):
            return True
        if len(words) >= 2:
            place = gazetteer().lookup(words[-1])
            whole = gazetteer().lookup(e.text)
            if place is not None and (place.kind == "country" or place.population >= 100_000) and not (
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

    def _strip_leading_titles(self, ents: list[Ent]) -> None:
        """ "Councilor Nora Pelham" -> "Nora Pelham": an office word is not part of the name."""
        from reconcile.normalize.titles import RANKS, TITLE_HEADS

        for e in ents:
            if e.label != "PERSON":
                continue
            i = e.token_start
            while e.token_end - i > 2 and (self.doc[i].lower_ in TITLE_HEADS or self.doc[i].lower_ in RANKS):
                i += 1
            if i > e.token_start:
                start = self.doc[i].idx
                e.text, e.start, e.token_start = self.text[start:e.end], start, i

    def _find_known_given_names(self, ents: list[Ent]) -> None:
        """A person's given name used alone ("Nora will have my help") that the tagger missed is a mention."""
        from reconcile.normalize.titles import TITLE_HEADS

        given = {e.text.split()[0] for e in ents if e.label == "PERSON" and len(e.text.split()) >= 2}
        surnames = {e.text.split()[-1] for e in ents if e.label == "PERSON"}
        in_ent = {i for e in ents for i in range(e.token_start, e.token_end)}
        for tok in self.doc:
            if (tok.i in in_ent or tok.text not in given or tok.text in surnames or len(tok.text) < 3
                    or tok.pos_ != "PROPN" or tok.lower_ in TITLE_HEADS or gazetteer().lookup(tok.text) is not None):
                continue
            if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text[:1].isupper() and self.doc[tok.i + 1].is_alpha:
                continue  # "Nora Ashby" is someone else
            ents.append(Ent(tok.text, "PERSON", tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1))
        ents.sort(key=lambda e: e.start)

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

    def _join_part_of_dates(self, ents: list[Ent]) -> list[Ent]:
        """ "the week" + "of 14 September", "the end" + "of June": one date, however the tagger cut it."""
        doc = self.doc
        out = []
        drop: set[int] = set()
        for e in ents:
            if id(e) in drop:
                continue
            words = e.text.lower().split()
            if e.label == "DATE" and words and words[-1] in ("week", "end", "beginning", "start", "middle") \
                    and e.token_end < len(doc) and doc[e.token_end].lower_ == "of":
                j = e.token_end + 1
                while j < len(doc) and j - e.token_end <= 4 and (
                        doc[j].like_num or doc[j].text.rstrip(".").lower() in _MONTH_WORDS):
                    j += 1
                if j > e.token_end + 1:
                    span = doc[e.token_start:j]
                    for o in ents:
                        if o is not e and e.token_end <= o.token_start < j:
                            drop.add(id(o))
                    e.text, e.end, e.token_end = span.text, span.end_char, span.end
            out.append(e)
        return [e for e in out if id(e) not in drop]

    def _join_day_and_date(self, ents: list[Ent]) -> list[Ent]:
        """ "Thursday" + ", April 23": one date, however the tagger cut it; and "Monday" + "and Tuesday", days in a
        row that one event lasted (the date parser decides whether the days are consecutive)."""
        out: list[Ent] = []
        for e in ents:
            prev = out[-1] if out else None
            gap = self.text[prev.end:e.start] if prev is not None else ""
            if (prev is not None and prev.label == "DATE" and e.label == "DATE"
                    and (gap in (", ", " ") and prev.text.lower() in _WEEKDAY_WORDS
                         or gap in (" and ", " to ", " through ", "-", "–") and days_in_a_row(prev.text, e.text))):
                out[-1] = Ent(self.text[prev.start:e.end], "DATE", prev.start, e.end, prev.token_start, e.token_end)
                continue
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
            if nxt.text in _TYPE_WORDS_AFTER \
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

    def _hyphenated_places(self, ents: list[Ent]) -> list[Ent]:
        """ "Saint-Jean-de-Luz", "Villeneuve-sur-Lot": the tokenizer splits them; the gazetteer knows them."""
        for m in _HYPHENATED.finditer(self.text):
            if gazetteer().lookup(m.group(0)) is None:
                continue
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            ents = [e for e in ents if not (e.start < m.end() and m.start() < e.end)]
            ents.append(Ent(m.group(0), "PLACE", m.start(), m.end(), span.start, span.end))
        ents.sort(key=lambda e: e.start)
        return ents

    def _names_before_titles(self, ents: list[Ent]) -> list[Ent]:
        """ "Odile Brandt, Brightwater's chief marketing officer, said": a name the tagger missed."""
        from reconcile.normalize.titles import TITLE_HEADS

        global _APPOSITIVE_NAME
        if _APPOSITIVE_NAME is None:
            heads = "|".join(sorted((re.escape(h) for h in TITLE_HEADS), key=len, reverse=True))
            _APPOSITIVE_NAME = re.compile(
                r"(?:^|(?<=[.!?\n]\s)|(?<=\n))((?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+), "
                r"(?:the |a |an |[A-Z][\w&.-]*(?:'s|’s) )?(?:[A-Za-z-]+ ){0,4}(?:" + heads + r")\b", re.M)
        for m in _APPOSITIVE_NAME.finditer(self.text):
            start, end = m.start(1), m.end(1)
            if any(e.start < end and start < e.end and e.label == "PERSON" for e in ents):
                continue
            if gazetteer().lookup(m.group(1)) is not None or _org_word_in(m.group(1)):
                continue
            span = self.doc.char_span(start, end)
            if span is None:
                continue
            ents = [e for e in ents if not (e.start < end and start < e.end)]
            ents.append(Ent(m.group(1), "PERSON", start, end, span.start, span.end))
        ents.sort(key=lambda e: e.start)
        return ents

    def _names_after_titles(self, ents: list[Ent]) -> list[Ent]:
        """ "governor Paulina Villca": one to three capitalised words right after an office noun are a person."""
        from reconcile.normalize.titles import TITLE_HEADS

        doc = self.doc
        for tok in doc:
            if tok.lower_ not in TITLE_HEADS or tok.i + 1 >= len(doc) or "\n" in tok.whitespace_:
                continue
            j = tok.i + 1
            while j < len(doc) and j - tok.i <= 3 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                    and doc[j].is_alpha and doc[j].lower_ not in TITLE_HEADS:
                j += 1
            if j - tok.i - 1 < 2 or (j < len(doc) and (doc[j].text in ("'s", "’s") or doc[j].lower_ in TITLE_HEADS)):
                continue  # a given name and a surname; not "Deputy Foreign Minister", not "Acme's"
            span = doc[tok.i + 1: j]
            if any(e.label == "PERSON" and e.start <= span.start_char < e.end for e in ents):
                continue
            if gazetteer().lookup(span.text) is not None or _org_word_in(span.text):
                continue
            ents = [e for e in ents if not (e.start < span.end_char and span.start_char < e.end)]
            ents.append(Ent(span.text, "PERSON", span.start_char, span.end_char, span.start, span.end))
        # "Minister of Energy Ama Kessiwa said": an office, its portfolio after "of" or "for", then a given
        # name and a surname, the last two of the capitalised words.
        for tok in doc:
            if tok.lower_ not in TITLE_HEADS or tok.i + 4 >= len(doc) or doc[tok.i + 1].lower_ not in ("of", "for"):
                continue
            j = tok.i + 2
            while j < len(doc) and (doc[j].is_alpha and doc[j].text[:1].isupper() or doc[j].lower_ in ("and", "&")):
                j += 1
            run = [t for t in doc[tok.i + 2:j]]
            if len(run) < 3 or run[-3].lower_ in ("and", "&") or run[-2].lower_ in ("and", "&") \
                    or any(t.lower_ in TITLE_HEADS for t in run[-2:]):
                continue
            span = doc[j - 2:j]
            if any(e.label == "PERSON" and e.start <= span.start_char < e.end for e in ents) \
                    or gazetteer().lookup(span.text) is not None or _org_word_in(span.text):
                continue
            ents = [e for e in ents if not (e.start < span.end_char and span.start_char < e.end)]
            ents.append(Ent(span.text, "PERSON", span.start_char, span.end_char, span.start, span.end))
        ents.sort(key=lambda e: e.start)
        return ents

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

    def _find_known_surnames(self, ents: list[Ent]) -> None:
        """Occurrences of a person's surname that the tagger missed become person mentions."""
        surnames = {e.text.split()[-1] for e in ents if e.label == "PERSON" and len(e.text.split()[-1]) > 1}
        taken = [(e.start, e.end) for e in ents]
        for surname in surnames:
            for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", self.text):
                if any(s < m.end() and m.start() < t for s, t in taken):
                    continue
                span = self.doc.char_span(m.start(), m.end())
                if span is None:
                    continue
                if len(surname) <= 3 and (span[0].pos_ != "PROPN" or span[0].is_stop or span[0].is_sent_start):
                    continue  # a short name ("Ha", "Le") only where the tagger reads a proper noun
                ents.append(Ent(m.group(0), "PERSON", m.start(), m.end(), span.start, span.end))
                taken.append((m.start(), m.end()))
        ents.sort(key=lambda e: e.start)

    def _places_described(self, ents: list[Ent]) -> list[Ent]:
        """ "Dombala, a village near Keruane", "Ban Kho, the mountain town": a name that the text itself calls a
        village or a town is a place, whatever the tagger said or left out."""
        for m in _DESCRIBED_PLACE.finditer(self.text):
            start, end = m.start(1), m.end(1)
            if gazetteer().lookup(m.group(1)) is None and fold(m.group(1)) in _NOT_PLACE_WORDS:
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or span.start_char != start or span.end_char != end:
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
        # "in Bac Kan" read as a person "Bac" and a stray "Kan": the words together are the town.
        for e in list(ents):
            if e.label not in ("PERSON", "ORG") or e.token_start == 0 or e.token_end >= len(doc) \
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
        in_ent = {i for e in ents for i in range(e.token_start, e.token_end)}

        def capitalised(t) -> bool:
            return (t.i not in in_ent and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                    and t.pos_ == "PROPN")

        i = 1
        while i < len(doc):
            tok = doc[i]
            if not capitalised(tok) or tok.is_sent_start:
                i += 1
                continue
            end = i + 1  # "in Bac Kan": up to three capitalised words
            while end < len(doc) and end - i < 3 and capitalised(doc[end]) and doc[end - 1].whitespace_:
                end += 1
            span = doc[i:end]
            prev, nxt = doc[i - 1], doc[end] if end < len(doc) else None
            after_prep = prev.lower_ in ("in", "at", "near", "outside", "from", "to", "off")
            naming = nxt is not None and doc[end - 1].dep_ == "compound" and nxt.i not in in_ent and (
                nxt.lemma_.lower() in SITE_NOUNS or nxt.lemma_.lower() in TRIGGER_CLASS)
            i = end
            if len(span.text) < 4 or not (after_prep and (nxt is None or not nxt.text[:1].isupper()) or naming):
                continue
            place = gazetteer().lookup(span.text)
            big = place is not None and (place.kind == "country" or place.kind == "city" and place.population >= 50_000)
            # A smaller town only where nothing else could be meant: after "in", "near", "off" and not a name
            # the report gives elsewhere as a person's or a company's.
            small = (place is not None and place.kind == "city" and after_prep and prev.lower_ in ("in", "near", "off")
                     and not any(e.label != "PLACE" and (e.text == span.text or span.text in e.text.split())
                                 for e in ents))
            if big or small:
                ents.append(Ent(span.text, "PLACE", span.start_char, span.end_char, span.start, span.end))
        ents.sort(key=lambda e: e.start)

    def _extend_given_names(self, ents: list[Ent]) -> None:
        """A capitalised word just before a lone surname is its given name ("Bakytbek Osmonaliyev")."""
        from reconcile.normalize.titles import RANKS, TITLE_HEADS

        in_ent = {i for e in ents for i in range(e.token_start, e.token_end)}
        for e in ents:
            if e.label != "PERSON" or e.token_end - e.token_start != 1 or e.token_start == 0:
                continue
            prev = self.doc[e.token_start - 1]
            if (prev.i in in_ent or not prev.text[:1].isupper() or prev.pos_ != "PROPN" or prev.is_sent_start
                    or prev.lower_ in TITLE_HEADS or prev.lower_ in RANKS or prev.whitespace_ != " "
                    or prev.lower_ in ORG_WORDS or prev.text.isupper() or _HONORIFIC.match(prev.text + " ")):
                continue
            e.text = self.text[prev.idx:e.end]
            e.start = prev.idx
            e.token_start = prev.i
        # "Nguyễn Thị Lan" tagged "Thị Lan": a capitalised word with letters beyond ASCII just before a name is
        # part of it, even at the start of a sentence (English words there are plain ASCII).
        for e in ents:
            if e.label != "PERSON" or e.token_start == 0:
                continue
            prev = self.doc[e.token_start - 1]
            if (prev.i not in in_ent and prev.is_alpha and prev.text[:1].isupper() and not prev.text.isascii()
                    and not prev.text.isupper() and prev.whitespace_ == " "
                    and not _sizeable_place(prev.text)):
                e.text = self.text[prev.idx:e.end]
                e.start = prev.idx
                e.token_start = prev.i

    def ents_in(self, start: int, end: int, *labels: str) -> list[Ent]:
        return [e for e in self.ents if start <= e.start and e.end <= end and (not labels or e.label in labels)]

    def ent_at_token(self, i: int) -> Ent | None:
        for e in self.ents:
            if e.token_start <= i < e.token_end:
                return e
        return None

    def mentions(self) -> list[Mention]:
        keep = {"PERSON", "PLACE", "ORG", "EVENT", "DATE", "NUMBER", "MONEY", "PERCENT"}
        return [Mention(self.source.id, e.text, e.label, e.start, e.end) for e in self.ents if e.label in keep]

    # -- claims ----------------------------------------------------------------------------
    def claim(self, *, kind: str, subject: str, attribute: str, value: str, start: int, end: int,
              value_type: str, norm=None, qualifiers=None, extractor: str, confidence: float = 0.8) -> Claim:
        sent = self.sentence_at(start)
        text = self.text[sent.start_char: sent.end_char]
        stripped = text.rstrip()
        return Claim(
            source_id=self.source.id, kind=kind, subject=subject, attribute=attribute, value=value, start=start,
            end=end, sentence=stripped.lstrip(), sentence_start=sent.start_char + (len(stripped) - len(stripped.lstrip())),
            value_type=value_type, norm=norm, qualifiers=dict(qualifiers or {}), extractor=extractor,
            confidence=confidence,
        )

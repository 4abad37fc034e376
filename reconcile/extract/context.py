"""One parsed source: its sentences, its entities (with label repairs) and a claim factory."""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from reconcile.extract.missed import MissedNames
from reconcile.extract.repairs import EntityRepairs
from reconcile.extract.spans import DATELINE, Ent
from reconcile.models import Claim, Mention, Source
from reconcile.normalize.places import Place, gazetteer


class DocContext(EntityRepairs, MissedNames):
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

    def token_at(self, char: int):
        """The token the character at ``char`` is in (or the next one, after a space); None past the end."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    # -- entities --------------------------------------------------------------------------
    def ents_in(self, start: int, end: int, *labels: str) -> list[Ent]:
        return [e for e in self.ents if start <= e.start and e.end <= end and (not labels or e.label in labels)]

    def ent_at_token(self, i: int) -> Ent | None:
        for e in self.ents:
            if e.token_start <= i < e.token_end:
                return e
        return None

    def in_dateline(self, ent: Ent) -> bool:
        """ "CITY, Country, May 4 (Agency) -": where a wire story is filed from and the agency; never where an
        event happens, nor who speaks."""
        para = self.text.rfind("\n", 0, ent.start) + 1
        m = DATELINE.match(self.text, para)
        return m is not None and ent.end <= m.end()

    @cached_property
    def opening_dateline(self) -> re.Match | None:
        """The dateline the body opens with, after a headline or two ("CITY, May 4 (Agency) -"), or None."""
        start = 0
        for _ in range(5):
            m = DATELINE.match(self.text, start)
            if m is not None:
                return m
            start = self.text.find("\n", start) + 1
            if start == 0:
                return None
        return None

    @cached_property
    def words(self) -> frozenset[str]:
        """The source's words, in lower case, hyphenated ones whole and in parts ("run-off", "by-election" and
        "election"): what a report speaks of anywhere."""
        text = self.text.lower()
        return frozenset(re.findall(r"[a-z]+", text)) | frozenset(re.findall(r"[a-z]+(?:-[a-z]+)+", text))

    @cached_property
    def home_places(self) -> list[Place]:
        """The places this source names that are not in doubt: countries, regions, districts and cities of
        100,000 people or more. A name the source also writes as the end of a longer place's name is that place
        said short ("Oviedo" beside "Coronel Oviedo"), not a reading of its own; a city's name that another city
        of that size abroad also bears ("San Antonio", also the name of many a town's quarter) is in doubt."""
        names = [e.text for e in self.ents if e.label == "PLACE"]  # each time named: a report's country is named most
        longer = {name for name in names if " " in name}
        found = ((name, gazetteer().lookup(name)) for name in names
                 if not any(other.endswith(" " + name) for other in longer))
        return [p for name, p in found if p is not None and (p.kind != "city" or p.sizeable and not any(
            o.kind == "city" and o.sizeable and o.country != p.country for o in gazetteer().candidates(name)))]

    def place(self, name: str) -> Place | None:
        """The place ``name`` is in this source. A small town's name is read in the countries and regions the
        source is about: a halt "in Kitui County" is not a town of that name in another state or abroad. A
        small town the gazetteer knows only elsewhere is a place it does not know (None)."""
        top = gazetteer().lookup(name)
        home = [h for h in self.home_places if top is None or h.key != top.key]  # not the name's own reading
        if top is None or top.kind != "city" or not home:
            return top
        countries = {h.country for h in home}
        divisions = [h for h in home if h.kind in ("state", "region", "district")]

        def fits(p: Place, loosely: bool = False) -> bool:
            if p.country not in countries:
                return False
            named = [d for d in divisions if d.country == p.country]
            return loosely or not named or not (p.region or p.district) or any(d.contains(p) for d in named)

        if fits(top):
            return top
        if gazetteer().is_capital(top):
            # a capital abroad, unless a city of its size at home bears the name ("Tripoli" in a report from
            # Lebanon)
            return next((p for p in gazetteer().candidates(name) if p.sizeable and fits(p)), top)
        found = next((p for p in gazetteer().candidates(name) if fits(p)), None)
        if found is None:
            # a town of the report's country outside the regions it names ("in Kapiri Mposhi" beside "the
            # Copperbelt"), where no town of the name is inside them
            found = next((p for p in gazetteer().candidates(name) if fits(p, loosely=True)), None)
        if found is None and (joined := gazetteer().joined_country(name)) is not None:
            return joined  # "Trinidad" beside a Caribbean home, not the Bolivian town: Trinidad and Tobago
        if found is None and top.sizeable:
            return top  # a city of its size abroad, where no town of the name is at home
        return found

    def mentions(self) -> list[Mention]:
        keep = {"PERSON", "PLACE", "ORG", "EVENT", "DATE", "NUMBER", "MONEY", "PERCENT", "NORP"}
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

"""Names the tagger missed or split, found from the words around them: a person after a title, a storm's name, a
name in a script without capitals; bodies are ``missed_bodies``'s, places ``missed_places``'s."""

from __future__ import annotations

import re

from reconcile.extract.lexicon import party_member
from reconcile.extract.missed_bodies import MissedBodies
from reconcile.extract.missed_places import NOT_PLACE_WORDS
from reconcile.extract.name_extents import family_names
from reconcile.extract.spans import (
    GROUND_WORDS,
    HONORIFIC,
    OPENING_CONJUNCTIONS,
    ORG_WORDS,
    Ent,
    org_word_in,
    sizeable_place,
)
from reconcile.normalize.country_names import DEMONYMS
from reconcile.normalize.names import ARABIC_ARTICLES
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold

# Words that name a storm before its name: "Tropical Cyclone Meriko", "Super Typhoon Orla", "Storm Elena".
STORM_WORDS = {"cyclone", "typhoon", "hurricane", "storm", "tropical", "super", "severe", "depression", "tempest"}
_STORM_NAME = re.compile(r"\b(?:(?:Tropical|Super|Severe)\s+)*(?:Cyclone|Typhoon|Hurricane|Storm|Tropical Storm)\s+"
                         r"[A-Z][a-z]+\b")
_APPOSITIVE_NAME: re.Pattern | None = None  # built on first use
_APPOSITIVE_SURNAME: re.Pattern | None = None  # built with _APPOSITIVE_NAME
_TITLE_COMMA_NAME: re.Pattern | None = None  # built on first use
_ACTED_ON_NAME: re.Pattern | None = None  # built on first use
_INITIAL_RUN_IN = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]{2,}")
# What a report may open a paragraph with before its first words: a live entry's time ("19:15 WIB - ",
# "**12:45 pm** ") or a wire story's dateline ("KANDY — ", "COLOMBO, June 8 (LNW) — ").
_TIME_STAMP = (r"(?:\**\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?\** ?(?:[-–—:] )?"
               r"|[A-Z][A-Z .'’-]{2,}(?:,[^\n—–(]{0,60})?\s*(?:\([^)\n]{1,30}\))?\s*[-—–]\s)?")



def _title_heads() -> str:
    """The office words of titles as one alternation, longest first ("vice-president" before "president")."""
    from reconcile.normalize.titles import TITLE_HEADS

    return "|".join(sorted((re.escape(h) for h in TITLE_HEADS), key=len, reverse=True))


class MissedNames(MissedBodies):
    """Names a ``DocContext`` finds that the tagger left out (``self.doc``, ``self.text``)."""

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

    def _names_before_titles(self, ents: list[Ent]) -> list[Ent]:
        """ "Odile Brandt, Brightwater's chief marketing officer, said": a name the tagger missed."""

        global _APPOSITIVE_NAME, _APPOSITIVE_SURNAME
        if _APPOSITIVE_NAME is None:
            heads = _title_heads()
            opening = "|".join(sorted(w.capitalize() for w in OPENING_CONJUNCTIONS))
            _APPOSITIVE_SURNAME = re.compile(
                r"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?:(?:" + opening + r")\s)?([A-Z][a-z'’-]+),\s(?:the|a|an)\s"
                r"(former\s|ex-)?(?:[A-Za-z-]+\s){0,4}(?i:" + heads + r")\b(?!['’])", re.M)
            _APPOSITIVE_NAME = re.compile(
                r"(?:^|(?<=[.!?\n]\s)|(?<=\n))" + _TIME_STAMP + r"((?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+), "
                r"(?:(?:the |a |an |[A-Z][\w&.-]*(?:'s|’s) )(?:[A-Za-z-]+ ){0,4}(?i:" + heads + r")"
                r"|(?:[A-Za-z-]+ ){0,4}(?:[a-z]+-)?(?:" + heads + r"))\b", re.M)  # (and "vice-president")
        found = [m.span(1) for m in _APPOSITIVE_NAME.finditer(self.text)]
        # "Dissanayake, a former mayor of X, said": a surname alone, where the report names the person in full or
        # calls the office a past one
        surnames = {e.text.split()[-1] for e in ents if e.label == "PERSON" and len(e.text.split()) >= 2}
        found += [m.span(1) for m in _APPOSITIVE_SURNAME.finditer(self.text)
                  if m.group(1) in surnames or m.group(2)]
        return self._people_at(ents, found)

    def _people_acted_on(self, ents: list[Ent]) -> list[Ent]:
        """ "Police on Saturday arrested Teodulo Quiroa Tejeda, the engineer who signed the report": a name right
        after a verb and set off before an office or a trade is the person the verb acts on."""
        global _ACTED_ON_NAME
        if _ACTED_ON_NAME is None:
            word = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:['’-][^\W\d_]+)*"
            _ACTED_ON_NAME = re.compile(r"\b[a-z]+ ((?:" + word + r" ){1,3}" + word + r"), (?:the|a|an) "
                                        r"(?:[A-Za-z-]+ ){0,3}(?i:" + _title_heads() + r")\b")
        found = []
        for m in _ACTED_ON_NAME.finditer(self.text):
            before = self.doc.char_span(m.start(), m.start(1) - 1)
            if before is not None and len(before) == 1 and before[0].pos_ == "VERB":
                found.append(m.span(1))
        return self._people_at(ents, found)

    def _people_at(self, ents: list[Ent], found: list[tuple[int, int]]) -> list[Ent]:
        """Each span of ``found`` as a person, unless the tagger has a person there already or the words name a place
        or a body; whatever else the tagger put there gives way."""
        for start, end in found:
            first = self.text[start:end].split(" ", 1)
            if len(first) == 2 and first[0].lower() in OPENING_CONJUNCTIONS:
                start += len(first[0]) + 1  # "But Rathnayake, a former minister": the name after the sentence's first word
            text = self.text[start:end]
            if any(e.start < end and start < e.end and e.label == "PERSON" for e in ents):
                continue
            if gazetteer().lookup(text) is not None or org_word_in(text):
                continue
            span = self.doc.char_span(start, end)
            if span is None:
                continue
            ents = [e for e in ents if not (e.start < end and start < e.end)]
            ents.append(Ent(text, "PERSON", start, end, span.start, span.end))
        ents.sort(key=lambda e: e.start)
        return ents

    def _names_set_off_after_titles(self, ents: list[Ent]) -> list[Ent]:
        """ "Senegal's Minister of Water and Sanitation, Aminata Ndiaye Sarr, and ...", "the water minister, Ana
        Luz Vera, said", "Sudan's ambassador to Ethiopia, Kamal Eldin Ibrahim Saeed, who": two to four capitalised words set off by commas right after an office are its holder."""

        global _TITLE_COMMA_NAME
        if _TITLE_COMMA_NAME is None:
            heads = _title_heads()
            word = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:['’-][^\W\d_]+)*"
            # (a portfolio may list its areas with commas: "Commissioner for Commerce, Industry and Tourism, NAME,";
            # the name may end the sentence: "according to the Minister for Agriculture, NAME.")
            # (or one word in lower case: "the company's director of operations, NAME,")
            _TITLE_COMMA_NAME = re.compile(
                r"\b(?i:" + heads + r")(?:\s+(?:of|for|to|in)\s+(?:the\s+)?" + word + r"(?:(?:,\s+|\s+(?:(?:and|&|of|for|the)\s+)?)"
                + word + r")*|\s+(?:of|for)\s+[a-z]{4,})?,\s((?:" + word + r"\s){1,3}" + word + r")(?:,|\.(?=\s|$))")
        return self._people_at(ents, [m.span(1) for m in _TITLE_COMMA_NAME.finditer(self.text)
                                      if not any(w.lower() in NOT_PLACE_WORDS for w in m.group(1).split())])

    def _names_after_titles(self, ents: list[Ent]) -> list[Ent]:
        """ "governor Paulina Villca": one to three capitalised words right after an office noun are a person."""
        from reconcile.normalize.titles import TITLE_HEADS

        doc = self.doc
        for tok in doc:
            if not (tok.lower_ in TITLE_HEADS or self._nationality_noun(tok)) or tok.i + 1 >= len(doc) \
                    or "\n" in tok.whitespace_:
                continue
            j = tok.i + 1
            while j < len(doc) and j - tok.i <= 3 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                    and doc[j].is_alpha and doc[j].lower_ not in TITLE_HEADS:
                j += 1
            # "Minister G.Batbayar", "Governor Ts.Enkhbold": the initial of the father's name run into the name
            initialled = j == tok.i + 1 and _INITIAL_RUN_IN.fullmatch(doc[j].text) is not None
            if initialled:
                j += 1
            elif j - tok.i - 1 < 2 or (j < len(doc) and (doc[j].text in ("'s", "’s") or doc[j].lower_ in TITLE_HEADS)):
                continue  # a given name and a surname; not "Deputy Foreign Minister", not "Acme's"
            span = doc[tok.i + 1: j]
            if any(e.label == "PERSON" and e.start <= span.start_char < e.end for e in ents):
                continue
            # "Governor Mowafaq Khalil al-Hamdani", tagged "Khalil al-Hamdani": the person found inside the run goes
            # on past it (a surname with its particle), and the name is the run and the rest of that person
            j = max([j] + [e.token_end for e in ents if e.label == "PERSON" and span.start_char < e.start < span.end_char])
            span = doc[tok.i + 1: j]
            if gazetteer().lookup(span.text) is not None or org_word_in(span.text):
                continue
            ents = [e for e in ents if not (e.start < span.end_char and span.start_char < e.end)]
            if doc[j - 1].lower_ in GROUND_WORDS and tok.text[:1].isupper():
                # "at Prince Charles Park in X", "the Queen Anne Theatre": a ground or a hall named after someone, the
                # office word and all (nobody is called "Anne Theatre")
                span = doc[tok.i: j]
                ents.append(Ent(span.text, "PLACE", span.start_char, span.end_char, span.start, span.end))
                continue
            ents.append(Ent(span.text, "PERSON", span.start_char, span.end_char, span.start, span.end))
        # "Minister of Energy Ama Kessiwa said": an office, its portfolio after "of" or "for", then a given
        # name and a surname, the last two of the capitalised words.
        for tok in doc:
            if tok.lower_ not in TITLE_HEADS or tok.i + 4 >= len(doc) or doc[tok.i + 1].lower_ not in ("of", "for"):
                continue
            j = tok.i + 2
            # ("Minister for Finance and the Economy NAME": "the" after "and" is in the portfolio)
            while j < len(doc) and (doc[j].is_alpha and doc[j].text[:1].isupper() or doc[j].lower_ in ("and", "&")
                                    or doc[j].lower_ == "the" and doc[j - 1].lower_ in ("and", "&")
                                    or _listed_on(doc, j)):
                j += 1
            while doc[j - 1].lower_ in ("and", "&"):
                j -= 1  # "... Ama Kessiwa and by ...": the name ends before the "and"
            run = [t for t in doc[tok.i + 2:j]]
            # "Minister of Planning Karim al-Jaburi": a surname with its particle
            particle = j + 2 < len(doc) and doc[j].lower_ in ARABIC_ARTICLES and doc[j + 1].text == "-" \
                and doc[j + 2].text[:1].isupper() and not doc[j].whitespace_ and not doc[j + 1].whitespace_
            if particle:
                run, j = run + [doc[j + 2]], j + 3
            if len(run) < 3 or run[-3].lower_ in ("and", "&") or run[-2].lower_ in ("and", "&") \
                    or any(t.lower_ in TITLE_HEADS for t in run[-2:]):
                continue
            span = doc[j - (4 if particle else 2):j]
            # "NAME, managing director of Ziwa Link Marine": the office in apposition to a person already named is
            # theirs, and the words after "of" name the body.
            k = tok.i - 1
            while k > 0 and doc[k].is_alpha and (doc[k].is_lower or doc[k].lower_ in TITLE_HEADS):
                k -= 1
            if doc[k].text == "," and any(e.label == "PERSON" and e.token_end == k for e in ents):
                continue
            # "the Minister of Lands and Natural Resources Management, Edvin Laske,": the holder set off
            # by a comma after the portfolio, whose last words are no name
            if j + 1 < len(doc) and doc[j].text == "," and any(e.label == "PERSON" and e.token_start == j + 1
                                                                for e in ents):
                continue
            # A person the tagger began inside the portfolio ("Agriculture Samir al-Hakimi", "Mines Ama Kessiwa" of
            # "Minister of Energy and Mines") is the name after it.
            if any(e.label == "PERSON" and e.start <= span.start_char < e.end
                   and not (e.token_start == tok.i + 2 or doc[e.token_start - 1].lower_ in ("and", "&")) for e in ents) \
                    or gazetteer().lookup(span.text) is not None or org_word_in(span.text):
                continue
            ents = [e for e in ents if not (e.start < span.end_char and span.start_char < e.end)]
            ents.append(Ent(span.text, "PERSON", span.start_char, span.end_char, span.start, span.end))
        ents.sort(key=lambda e: e.start)
        return ents

    def _nationality_noun(self, tok) -> bool:
        """ "Bulgarian national", "a Greek citizen": a word that says whose citizen the name after it is."""
        return tok.lower_ in ("national", "citizen", "resident") and tok.i > 0 \
            and fold(self.doc[tok.i - 1].text) in DEMONYMS

    def _find_short_club_names(self, ents: list[Ent]) -> None:
        """ "Tengri" where "Tengri Almaty" is named: a club or company named by a word and its city goes by the
        word alone too."""
        short = {e.text.split()[0] for e in ents if e.label == "ORG" and len(e.text.split()) == 2
                 and sizeable_place(e.text.split()[1]) and gazetteer().lookup(e.text.split()[0]) is None
                 and e.text.split()[0][1:].islower()}
        self._find_again(ents, short, "ORG")

    def _find_known_surnames(self, ents: list[Ent]) -> None:
        """Occurrences of a person's surname that the tagger missed become person mentions; a short name ("Ha",
        "Le") only where the tagger reads a proper noun."""
        # (not a word the tagger took alone for a person that is a place of a country the report names: "Borno
        # grows the best paddy", tagged a person, does not make "the Borno State Commissioner" one)
        surnames = {w for e in ents if e.label == "PERSON" and not (
            " " not in e.text and (place := gazetteer().lookup(e.text)) is not None
            and place.country in self._countries_named) for w in family_names(e.text) if len(w) > 1}
        self._find_again(ents, surnames, "PERSON", lambda span: len(span.text) > 3 or (
            span[0].pos_ == "PROPN" and not span[0].is_stop and not span[0].is_sent_start))

    def _find_again(self, ents: list[Ent], names: set[str], label: str, fits=None) -> None:
        """Every occurrence of one of ``names`` outside the entities found is an entity with ``label`` (where
        ``fits`` its span, if given)."""
        taken = [(e.start, e.end) for e in ents]
        for name in names:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.text):
                if any(s < m.end() and m.start() < t for s, t in taken):
                    continue
                span = self.doc.char_span(m.start(), m.end())
                if span is None or fits is not None and not fits(span):
                    continue
                ents.append(Ent(m.group(0), label, m.start(), m.end(), span.start, span.end))
                taken.append((m.start(), m.end()))
        ents.sort(key=lambda e: e.start)

    def _office_of(self, i: int) -> bool:
        """Whether the word at ``i`` ends an office's "of" phrase: "Secretary of State", "Minister of Defence"."""
        from reconcile.normalize.titles import RANKS, TITLE_HEADS

        return i >= 2 and self.doc[i - 1].lower_ in ("of", "for") and self.doc[i - 2].lower_ in TITLE_HEADS | RANKS

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
                    or prev.lower_ in ORG_WORDS or prev.text.isupper() or HONORIFIC.match(prev.text + " ")
                    or fold(prev.text) in DEMONYMS):  # "Unseeded Kazakh Dariga Zhaksybekova"
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
                    and not sizeable_place(prev.text)):
                e.text = self.text[prev.idx:e.end]
                e.start = prev.idx
                e.token_start = prev.i
        # "Filomena Ximenes Belo" tagged "Filomena" (an organisation) and "Ximenes Belo" (a person): a lone word the
        # tagger took for a body, just before a name of two words or more, is its given name.
        for e in [e for e in ents if e.label == "PERSON" and e.token_end - e.token_start >= 2]:
            before = next((x for x in ents if x.token_end == e.token_start and x.label in ("ORG", "OTHER")), None)
            if (before is not None and before.token_end - before.token_start == 1
                    and self.text[before.end:e.start] == " " and before.text.isalpha() and before.text.istitle()
                    and before.text.lower() not in TITLE_HEADS | RANKS and before.text.lower() not in ORG_WORDS
                    and not HONORIFIC.match(before.text + " ") and fold(before.text) not in DEMONYMS
                    and not sizeable_place(before.text) and not party_member(before.text)  # "Conservative X Y"
                    and not self._office_of(before.token_start)):  # "Secretary of State X Y"
                e.text, e.start, e.token_start = self.text[before.start:e.end], before.start, before.token_start
                ents.remove(before)
        # "Choi Min-seok" tagged "Choi Min": a given name joined by a hyphen runs on to its second part; so does a
        # surname of two ("Corazon Malvar-Ilagan" tagged "Corazon Malvar").
        for e in ents:
            j = e.token_end
            if (e.label == "PERSON" and j + 1 < len(self.doc) and self.doc[j].text == "-"
                    and not self.doc[j - 1].whitespace_ and not self.doc[j].whitespace_
                    and self.doc[j + 1].is_alpha and len(self.doc[j + 1]) >= 2
                    and (self.doc[j + 1].is_lower or self.doc[j + 1].is_title and j + 1 not in in_ent)):
                end = self.doc[j + 1].idx + len(self.doc[j + 1].text)
                e.text, e.end, e.token_end = self.text[e.start:end], end, j + 2


def _listed_on(doc, j: int) -> bool:
    """A comma inside a portfolio that lists its parts: "Minister of Environment, Forest and Climate Change X"."""
    if doc[j].text != "," or j + 1 >= len(doc) or not (doc[j + 1].is_alpha and doc[j + 1].text[:1].isupper()):
        return False
    for t in doc[j + 1: j + 6]:
        if t.lower_ in ("and", "&"):
            return True
        if not (t.is_alpha and t.text[:1].isupper()):
            return False
    return False

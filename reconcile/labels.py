"""Entity labels made consistent across the reports, and people's names the tagger missed.

A small tagger reads each report on its own, so one person's name may be a PERSON in one report, an ORG or
a PLACE in another, or not tagged at all ("Okafor headed the hosts in front", where the sentence before said
"Tunde Okafor"). Each name gets one label over all the reports (label consistency, as in document-level NER):
the tagger's votes, and the words around every place the name is written ("X, who", "X, 54,", "striker X",
"X said" against "the X", "in X"). The names of the people so found are then looked for again in each report.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import NamedTuple

from reconcile.extract.lexicon import SPOKEN, area_core
from reconcile.extract.spans import LEGAL_FORMS, ORG_NOUNS_AFTER, ORG_WORDS
from reconcile.models import Mention, Source
from reconcile.normalize.country_names import DEMONYMS
from reconcile.normalize.east_asian import family_name
from reconcile.normalize.names import (
    COURTESY,
    HONORIFICS,
    SAME_PERSON,
    bare_surname,
    name_tokens,
    phonetic,
    same_person,
)
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold
from reconcile.normalize.titles import TITLE_HEADS
from reconcile.organisations import org_key

_NAMED = ("PERSON", "ORG", "PLACE")
# A run of capitalised words (letters of any Latin or Cyrillic alphabet, with inner hyphens and apostrophes).
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
_CAPITALISED_RUN = re.compile(rf"(?<![\w'’-])[{_CAPITAL}][\w'’-]*(?:[ \u00a0][{_CAPITAL}][\w'’-]*)*")
_POSSESSIVE = re.compile(r"['’]s?$")
_INNER_POSSESSIVE = re.compile(r"(?<=['’]s) ")

# The words around a name that say a person is meant (strong, weak) and that another thing is.
_PERSON_AFTER = re.compile(r"(?:,? who\b|, (?:aged )?\d{1,3},|\s\(\d{1,3}\))")
_SPEECH_AFTER = re.compile(r"\s(?:" + "|".join(SPOKEN) + r")\b")
_ROLE_BEFORE = re.compile(r"(?:\b(?:" + "|".join(sorted(TITLE_HEADS - {"head", "chief", "general", "forward"}))
                          + r")|\b(?:" + "|".join(sorted(HONORIFICS)) + r")\.?)\s$", re.I)
_COURTESY_BEFORE = re.compile(r"\b(?:" + "|".join(COURTESY) + r")\.? $")
_OTHER_BEFORE = re.compile(r"\b(?:the|in|at|near|outside|across)\s$", re.I)
_NOT_NAME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "june", "july", "august", "september", "october", "november", "december", "the", "a", "an", "on",
    "in", "at", "for", "but", "and", "or", "after", "before", "when", "while", "with", "from", "by", "as", "if",
    "then", "this", "that", "these", "those", "his", "her", "their", "its", "our", "we", "he", "she", "they", "it",
    "of", "to", "not", "no", "yes", "so", "also", "yet", "since", "until", "under", "over", "during", "more",
    "most", "some", "many", "all", "both", "each", "every", "such", "what", "who", "how", "why", "where", "there",
    "now", "still", "meanwhile", "however", "later", "earlier", "yesterday", "today", "tonight", "here", "instead",
    "even", "only", "just", "already", "again", "finally", "eventually", "although", "though", "because", "once",
    "asked", "says", "said", "told", "according", "like", "unlike", "despite", "without", "against", "among",
}
# words of sentences that are names too, between a given name and a surname: "Abdurahman Said Bakari"
_MIDDLE_NAMES = {"said"}
_OTHER_AFTER = re.compile(r"\s(?:" + "|".join(sorted(ORG_NOUNS_AFTER)) + r")\b")


def _key(text: str) -> str:
    return fold(_POSSESSIVE.sub("", text))


def _sizeable_place(word: str) -> bool:
    """Whether a word names a sizeable place: by the place's own name, or by another name of a city of a
    million ("Kiev"); not by a smaller city's other name, which may be any surname ("Sousa")."""
    place = gazetteer().lookup(word)
    return place is not None and place.sizeable and (
        gazetteer().by_own_name(word) is not None or place.population >= 1_000_000)


def _surnames(key: str) -> list[str]:
    """The words a person may be called by alone: the last, and the first of two surnames ("Ruiz" of "Ana Ruiz
    Salgado")."""
    words = key.split()
    return words[-1:] + (words[-2:-1] if len(words) >= 3 and len(words[-2]) >= 4 else [])


# Companies' legal forms as name words ("S.A." is "sa"), which end a company's name, never open one.
_LEGAL_FORM_WORDS = {re.sub(r"\\|[./]", "", form).lower() for form in LEGAL_FORMS.split("|")}


def _person_like(key: str) -> bool:
    """Two to four words, none of them an organisation's or a word of dates and sentences ("On Thursday"), not
    opening with a title ("Judge Marianne Holloway" is the name "Marianne Holloway"), and not a place the
    gazetteer knows."""
    words = key.split()
    # a company's legal form ends its name: "Asa" first is a given name, "Equinor ASA" a company
    return (2 <= len(words) <= 4 and not any((w in ORG_WORDS and not (k < len(words) - 1 and w in _LEGAL_FORM_WORDS))
                                             or w in _NOT_NAME_WORDS and not (w in _MIDDLE_NAMES and 0 < k < len(words) - 1)
                                             for k, w in enumerate(words))
            and words[0] not in HONORIFICS and words[0] not in TITLE_HEADS and gazetteer().lookup(key) is None)


class Run(NamedTuple):
    start: int
    end: int
    text: str
    alone: bool  # not the tail of a longer name: the whole run, or what follows "Then", "But", "Meanwhile"...


def _name_runs(text: str) -> list[Run]:
    """Each run of capitalised words, and the run without its first word (a sentence may open with a
    capitalised word that is not part of the name: "Then Okafor"), without a possessive ending. A possessive inside a run ends
    a name: "Democratic Renewal's Goran Stojanovski" is two."""
    out = []
    for m in _CAPITALISED_RUN.finditer(text):
        cuts = [b.start() for b in _INNER_POSSESSIVE.finditer(m.group(0))]
        for a, b in zip([0] + [c + 1 for c in cuts], cuts + [len(m.group(0))], strict=True):
            part = _POSSESSIVE.sub("", m.group(0)[a:b])
            start = m.start() + a
            if not part:
                continue
            out.append(Run(start, start + len(part), part, True))
            first, _, rest = part.partition(" ")
            if rest and name_tokens(rest):
                out.append(Run(start + len(first) + 1, start + len(part), rest, first.lower() in _NOT_NAME_WORDS))
    return out


def _cues(text: str, start: int, end: int) -> int:
    """How strongly the words around one writing of a name say it is a person's (negative: something else's)."""
    after, before = text[end:end + 40], text[max(0, start - 40):start]
    if _OTHER_BEFORE.search(before) or _OTHER_AFTER.match(after):
        return -2
    if _PERSON_AFTER.match(after) or _ROLE_BEFORE.search(before):
        return 2
    return 1 if _SPEECH_AFTER.match(after) else 0


def people_names(sources: list[Source], mentions: list[Mention], people_with_claims: set[str] = frozenset(),
                 runs: dict[str, list[Run]] | None = None) -> set[str]:
    """Folded names of two or more words that name a person in these reports.

    A name holding an office or quoted is a person's; so is one the tagger calls a person in more reports than
    it calls it anything else. Any other name that looks like a person's is one when the words around its
    writings say so: "X, who", "X, 54,", "Mr X", "X said", and its last
    word written alone in a report that gives the full name (people are called by their surname) count for it;
    "the X", "in X" and "X party" count against it.
    """
    if runs is None:
        runs = {s.id: _name_runs(s.text) for s in sources}
    text_of = {s.id: s.text for s in sources}
    votes: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in mentions:
        if m.label not in _NAMED:
            continue
        key = _key(m.text)
        if len(key.split()) >= 2:
            votes[key][m.label].add(m.source_id)
    claimed = {fold(s) for s in people_with_claims}
    undecided: set[str] = set()
    out = set()
    for key, by in votes.items():
        if not _person_like(key):
            continue
        person, other = len(by["PERSON"]), max(len(by["ORG"]), len(by["PLACE"]))
        if key in claimed and person or person > other:
            out.add(key)
        elif not _sizeable_place(key.split()[-1]):  # "Sloboda Kharkiv" is a club
            undecided.add(key)
    # Names the tagger never took whole ("Chidi Obi's cross"), whose last word it took for a name.
    lone = {_key(m.text) for m in mentions if m.label in _NAMED and len(_key(m.text).split()) == 1}
    for source_runs in runs.values():
        for run in source_runs:
            key = _key(run.text)
            rest = key.partition(" ")[2]
            if (key not in votes and key.split()[-1] in lone and 2 <= len(key.split()) <= 3 and _person_like(key)
                    and not _sizeable_place(key.split()[-1]) and not votes.get(rest, {}).get("PERSON")):
                undecided.add(key)
    if not undecided:
        return out
    score: dict[str, int] = defaultdict(int)
    called_by_surname: dict[str, set[str]] = defaultdict(set)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in undecided:
        words = key.split()
        for short in _surnames(key) + ([" ".join(words[-2:])] if len(words) >= 3 else []):
            by_surname[short].append(key)
    for sid, source_runs in runs.items():
        text = text_of[sid]
        keys = [(r.start, r.end, _key(r.text), r.alone) for r in source_runs]
        full_here = {k for _, _, k, _ in keys if k in undecided}
        for s, e, k, alone in keys:
            if k in undecided:
                score[k] += _cues(text, s, e)
            elif k in by_surname and alone:
                for full in by_surname[k]:
                    if full in full_here:
                        score[full] += _cues(text, s, e)
                        called_by_surname[full].add(sid)
    # The last word written alone after the full name is the mark of a person's name in news copy; it counts
    # once for each report that does it.
    out |= {key for key in undecided if called_by_surname[key]
            and score[key] + len(called_by_surname[key]) >= 3}
    # A name the tagger calls a person in one report, and the words around it do ("NAME, who leads the team").
    out |= {key for key in undecided if votes.get(key, {}).get("PERSON") and score[key] >= 2}
    # Another spelling of a person's full name ("Mirela Stavrevska" of "Mirela Stavrevskaya") is that person's.
    by_sound: dict[str, list[str]] = defaultdict(list)
    for key in out:
        by_sound[phonetic(key.split()[-1])[:3]].append(key)
    # So is the full name with a middle name left out ("Rehema Lyimo" of "Rehema Said Lyimo").
    shortened = {(words[0], words[-1]) for key in out if len(words := key.split()) >= 3}
    return out | {key for key in undecided if any(len(p.split()) == len(key.split()) and same_person(key, p) >= SAME_PERSON
                                                  for p in by_sound.get(phonetic(key.split()[-1])[:3], []))
                  or len(words := key.split()) == 2 and (words[0], words[1]) in shortened}


def _firms_by_first_word(mentions: list[Mention], people_with_claims: set[str], people: set[str]) -> list[Mention]:
    """ "Hanbit" and "Hanbit Danubia Battery" beside "Hanbit Energy Solutions": a name the tagger took for a
    person's, which opens with the first word of an organisation's name in the reports, is an organisation's, when
    it holds no office and says nothing and (written alone) is no word of a person's name (``people``, and the
    tagger's): "Gozum" stays a person where "Marites Gozum" runs "Gozum Construction"."""
    names = people | {_key(m.text) for m in mentions if m.label == "PERSON"}
    firsts = {key.split()[0] for m in mentions if m.label == "ORG" and len((key := _key(m.text)).split()) >= 2
              and key not in names}
    claimed = {fold(s) for s in people_with_claims}
    firms = {key for m in mentions if m.label == "PERSON" and (key := _key(m.text))
             and key.split()[0] in firsts and key not in claimed and key not in people}
    # the words of people's names, but not of names that open with a firm's word ("Hanbit Danubia Battery")
    people_words = {w for key in names if len(words := key.split()) >= 2 and words[0] not in firms for w in words}
    firms = {key for key in firms if " " in key or key not in people_words}
    return [replace(m, label="ORG") if m.label == "PERSON" and _key(m.text) in firms else m for m in mentions]


def harmonise(sources: list[Source], mentions: list[Mention],
              people_with_claims: set[str] = frozenset()) -> list[Mention]:
    """Relabel the mentions of people's names as PERSON, and add the mentions of them the tagger missed.

    A full name is looked for in every report; a surname alone only in a report that also gives the full name,
    so a word that is a surname in one story is not taken for a person in another.
    """
    runs = {s.id: _name_runs(s.text) for s in sources}
    people = people_names(sources, mentions, people_with_claims, runs)
    firms = _firms_by_first_word(mentions, people_with_claims, people)
    if firms != mentions:
        mentions = firms
        people = people_names(sources, mentions, people_with_claims, runs)
    if not people:
        return mentions
    out = [replace(m, label="PERSON") if m.label in ("ORG", "PLACE") and _key(m.text) in people else m
           for m in mentions]
    by_source: dict[str, list[Mention]] = defaultdict(list)
    for m in out:
        by_source[m.source_id].append(m)
    all_surnames = {w for key in people for w in _surnames(key)}  # "Mr Dalakis" needs no full name beside it
    local_names: dict[str, set[str]] = {}
    dropped: set[int] = set()  # ids of the mentions a longer name replaces ("Stavrevska" in "Mirela Stavrevska")
    for source in sources:
        mine = by_source.get(source.id, [])
        taken = [(m.start, m.end, m) for m in mine if m.label not in ("DATE", "TIME")]
        for full in (True, False):  # full names first: they tell which surnames this report uses
            local = {w for r in runs[source.id] if _key(r.text) in people for w in _surnames(_key(r.text))}
            for start, end, text, alone in runs[source.id]:
                key = _key(text)
                # "Mr Dalakis": the surname of a person named in any report (the title is not part of the name).
                courtesy = not full and key in all_surnames and _COURTESY_BEFORE.search(source.text[max(0, start - 8):start])
                inside = [t for t in taken if t[0] < end and start < t[1]]
                if full and _given_name_cut(key, people, start, end, inside):
                    # "Abdikarim Jama Hirsi, the chairman", the tagger leaving out the first word of the sentence:
                    # another report gives the person's name with that given name
                    added = Mention(source_id=source.id, text=text, label="PERSON", start=start, end=end)
                    out.append(added)
                    taken.append((start, end, added))
                    continue
                if full and key not in people and not _spelled_otherwise(key, people) \
                        or not full and not (alone and key in local or courtesy):
                    continue
                run_together = [t for t in inside if full and _name_of_a_member(t[2], text, start)]
                if run_together:
                    for t in run_together:
                        _cut_to_the_body(t, text, taken, out)
                    inside = [t for t in taken if t[0] < end and start < t[1]]
                if any(not (start <= a and b <= end and (m.label in ("ORG", "PLACE") or full and m.label == "PERSON"
                                                            and len(key.split()) == 2 and " " not in m.text))
                       for a, b, m in inside):
                    continue  # a name the tagger took otherwise, or as a person already (but "Eszter Pálffy,
                    # who" tagged "Pálffy" is the full name)
                dropped.update(id(m) for _, _, m in inside if m.label != "PERSON")  # (claims name the surname)
                added = Mention(source_id=source.id, text=text, label="PERSON", start=start, end=end)
                out.append(added)
                taken.append((start, end, added))
        given = {_key(r.text).split()[0] for r in runs[source.id] if _key(r.text) in people}
        local_names[source.id] = {w for w in local if not _sizeable_place(w)} | {
            w for w in given - local if len(w) >= 3 and gazetteer().lookup(w) is None}
    # A surname (or a given name, "Azlan" of "Azlan Mohd Yusof") that the tagger called a place or an
    # organisation, in a report that gives the full name.
    return [replace(m, label="PERSON") if m.label in ("ORG", "PLACE") and _key(m.text) in local_names.get(
        m.source_id, ()) else m for m in out if id(m) not in dropped]


def _name_of_a_member(m: Mention, name: str, start: int) -> bool:
    """Whether an organisation's mention opens with a person's name and "of" ("Edvin Laske of the Kelvo Party"): the
    tagger ran the person and the body they belong to into one name."""
    return m.label == "ORG" and m.start == start and m.text.startswith(name + " of ")


def _cut_to_the_body(span: tuple, name: str, taken: list[tuple], out: list[Mention]) -> None:
    """Leave the organisation's part of such a mention in place of the whole ("Kelvo Party" of "Edvin Laske of the
    Kelvo Party"), in ``taken`` and in ``out``."""
    m = span[2]
    rest = m.text[len(name) + len(" of "):]
    body = rest[4:] if rest.startswith("the ") else rest
    cut = replace(m, text=body, start=m.end - len(body))
    out[next(i for i, x in enumerate(out) if x is m)] = cut
    taken[next(i for i, x in enumerate(taken) if x is span)] = (cut.start, cut.end, cut)


def _spelled_otherwise(key: str, people: set[str]) -> bool:
    """Whether a run of capitalised words is the full name of a person another report names with the given name
    spelled otherwise ("Marike X" beside "Marika X"), the surname written alike; or with the surname spelled
    otherwise, the given names written alike ("Meike Kelvozaar" beside "Meike Kelvosaar")."""
    words = key.split()
    return len(words) >= 2 and min(len(w) for w in words) >= 3 and any(
        (p.split()[-1] == words[-1] or p.split()[:-1] == words[:-1] and gazetteer().lookup(key) is None)
        and len(p.split()) == len(words) and same_person(p, key) >= SAME_PERSON for p in people)


def _given_name_cut(key: str, people: set[str], start: int, end: int, inside: list) -> bool:
    """Whether a run of capitalised words is a person's full name whose first word the tagger left out: the rest
    is tagged as a person, and another report names someone with this given name and a surname spelled nearly
    alike ("Abdikarim Jama Hersi"), or with the rest of the name and the given name spelled nearly alike
    ("Abdikareem Jama Hirsi")."""
    words = key.split()
    if len(words) < 3 or len(inside) != 1:
        return False
    a, b, m = inside[0]
    if m.label != "PERSON" or b != end or a <= start or len(_key(m.text).split()) != len(words) - 1:
        return False
    return any((p.split()[0] == words[0] or p.split()[1:] == words[1:]) and same_person(p, key) >= SAME_PERSON
               for p in people)


def relabel_surnames(mentions: list[Mention], people_with_claims: set[str] = frozenset(),
                      holders: set[str] = frozenset()) -> list[Mention]:
    """Labels made consistent across the story.

    A lone word tagged as an organisation or place that is a known person's surname names that person; a lone
    word tagged as a person that is the name of an organisation named elsewhere ("CD Vardon") names that
    organisation; a name tagged as an organisation in one source and a person in another is the organisation's
    unless someone of that name holds an office or is quoted; a lone word tagged as an organisation that the
    gazetteer knows as a town of some size, which the story names as a place, is that town.
    """
    surnamed = _surnamed(mentions)
    org_texts = _org_texts(mentions, surnamed) - people_with_claims
    surnames = set()
    for m in mentions:
        tokens = name_tokens(m.text)
        if m.label != "PERSON" or len(tokens) < 2 or m.text in org_texts:
            continue
        surnames |= {phonetic(tokens[-1]), bare_surname(m.text)}
        if (family := family_name(m.text)) is not None:
            surnames.add(phonetic(family))  # "Choi" of "Choi Seung-min"
        if len(tokens) == 3 and len(tokens[1]) >= 4:
            # "Mercedes Villanueva Paredes" is "Villanueva" for short: in a name of three words the middle one may
            # be the surname (Spanish and Portuguese names carry both parents' surnames).
            surnames.add(phonetic(tokens[1]))
    org_heads = {}
    for m in mentions:
        words = org_key(m.text).split()
        if m.label in ("ORG", "PLACE") and words and gazetteer().lookup(m.text) is None and (
                len(words) >= 2 or fold(m.text) != words[0]):
            org_heads.setdefault(words[0], m.label)
    # "Mendip Cold" where "Mendip Cold Logistics" is named: a company's short name, unless someone of that
    # name holds an office or is quoted.
    org_starts = {tuple(m.text.split()[:k]) for m in mentions if m.label == "ORG"
                  for k in range(2, len(m.text.split()))}
    # "Loma Blanca" where "Pesquera Loma Blanca" is named: the company's name without the word for its trade.
    # (Not a person's name after a people's word, "Austrian Lukas Gstrein", which the tagger took whole for a body.)
    org_starts |= {tuple(words[k:]) for m in mentions if m.label == "ORG" and m.text not in people_with_claims
                   for words in [m.text.split()] for k in range(1, len(words) - 1)
                   if not all(fold(w) in DEMONYMS for w in words[:k])}
    # "Kvistgaard" alone, tagged as an organisation: "Kvistgaard Fødevarer" is that organisation's full name.
    # (Or tagged as a person, where it starts the name of an organisation: "Kvistgaard Foods".)
    lone_orgs = {m.text for m in mentions if len(m.text.split()) == 1 and (
                 m.label == "ORG" or m.label == "PERSON" and org_key(m.text) in org_heads)
                 and gazetteer().lookup(m.text) is None and phonetic(fold(m.text)) not in surnames}
    # "Arauco" or "Jämtland" alone, tagged as a person or a body, where "Arauco province" or "Jämtland County" is
    # named: the area, unless it is someone's surname.
    areas = {core for m in mentions if m.label == "PLACE" and (core := area_core(m.text))}
    placed = {place.key for m in mentions if m.label == "PLACE" and (place := gazetteer().lookup(m.text)) is not None}
    # "Ag Erlaf", "Ould Cheikh": a person's name without the given name, of a surname with a short particle before
    # it (not a town the gazetteer knows, which a name may end with).
    tails = {tail for m in mentions if m.label == "PERSON" and len(words := m.text.split()) == 3 and len(words[1]) <= 4
             and gazetteer().lookup(tail := " ".join(words[1:])) is None}
    # "Dawit said ...", tagged as a body, in a report that names "Dawit Mekonnen": the given name alone, as
    # reports of some countries call people, where it is nobody's surname.
    givens = {(m.source_id, tokens[0]) for m in mentions if m.label == "PERSON"
              and len(tokens := m.text.split()) >= 2 and len(tokens[0]) >= 3 and tokens[0][1:].islower()}
    out = []
    for m in mentions:
        tokens = name_tokens(m.text)
        place = gazetteer().lookup(m.text)
        if m.label in ("ORG", "PERSON") and m.text in areas and m.text not in people_with_claims \
                and not (tokens and phonetic(tokens[-1]) in surnames):
            m = replace(m, label="PLACE")
        elif m.label == "PERSON" and len(m.text.split()) >= 2 and m.text not in holders and (
                m.text in org_texts and m.text not in people_with_claims or tuple(m.text.split()) in org_starts
                or m.text.split()[0] in lone_orgs):
            m = replace(m, label="ORG")  # "Jany Tilek": a party in one report, a person to the tagger in another
        elif m.label == "ORG" and (m.text in surnamed or m.text in tails):
            m = replace(m, label="PERSON")
        elif m.label == "ORG" and (m.source_id, m.text) in givens and phonetic(fold(m.text)) not in surnames \
                and fold(m.text) not in org_heads and (place is None or fold(place.name) != fold(m.text)):
            # (not "Kisumu", a town by its own name, of a club "Kisumu Lakeside" read as a person)
            m = replace(m, label="PERSON")
        elif (m.label in ("ORG", "PLACE") and len(tokens) == 1 and phonetic(tokens[0]) in surnames
                and (place is None or fold(place.name) != fold(m.text)  # a place known by another name
                     or place.kind == "city" and place.population < 100_000)):
            m = replace(m, label="PERSON")
        elif m.label == "PERSON" and len(tokens) == 1 and phonetic(tokens[0]) not in surnames:
            if tokens[0] in org_heads:
                m = replace(m, label=org_heads[tokens[0]])  # "Brenner" alone, where "Brenner Hydraulik" is named
            elif place is not None and place.sizeable:
                m = replace(m, label="PLACE")  # "Poltava" is the city, whatever the tagger said
        elif m.label == "ORG" and " " not in m.text and not m.text.isupper() and place is not None \
                and place.sizeable and place.key in placed:
            m = replace(m, label="PLACE")  # "bound for Barisal", where another report names "Barishal" as a place
        out.append(m)
    return out


def _org_texts(mentions: list[Mention], surnamed: set[str]) -> set[str]:
    """Names of two or more words called an organisation's in at least as many sources as a person's, and in
    none of ``surnamed`` (names some source shortens to the surname, see ``_surnamed``)."""
    sources: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in mentions:
        if m.label in ("ORG", "PERSON") and len(m.text.split()) >= 2:
            sources[m.text][m.label].add(m.source_id)
    return {text for text, by in sources.items()
            if by["ORG"] and len(by["ORG"]) >= len(by["PERSON"] - by["ORG"]) and text not in surnamed}


def _surnamed(mentions: list[Mention]) -> set[str]:
    """Full names of people some report also calls by the surname alone ("Karim Bouzidi ... Bouzidi's
    sentence"): a person's, wherever else the tagger took them for an organisation's."""
    lone = {(m.source_id, m.text) for m in mentions if m.label == "PERSON" and len(m.text.split()) == 1}
    return {m.text for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2
            and (m.source_id, m.text.split()[-1]) in lone}

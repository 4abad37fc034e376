"""Organisations (and places the gazetteer lacks) linked by their names: the same core words, an acronym, a
shorter form, a name given in brackets after another, or the same words in another order.

``resolve`` keys each organisation mention by the cluster ``organisations`` puts it in; ``org_key`` is the name
those clusters compare (legal forms and club prefixes dropped, initialisms closed up).
"""

from __future__ import annotations

import re
from collections import defaultdict

from reconcile.extract.lexicon import PARTY_MEMBERS
from reconcile.extract.spans import GROUND_WORDS
from reconcile.models import Mention, Source
from reconcile.normalize.names import phonetic
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold, in_order


class UnionFind:
    """Disjoint sets of names, each kept by its smallest member."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def inside(short: list[str], long: list[str]) -> bool:
    """ "Rovers" of "Ashby Rovers", "Senate" of "Chilean Senate", "Bankruptcy Court" of "U.S. Bankruptcy
    Court for the District of Nevada": the short name's words in a row inside the long one, after other words,
    and the long one adds no institution ("Office" of "Records Office" is another body)."""
    n = len(short)
    if not short or n >= len(long) or set(long) - set(short) & INSTITUTION_WORDS:
        return False
    return any(long[i:i + n] == short for i in range(1, len(long) - n + 1))


# Legal forms and club prefixes that outlets drop or keep at will.
_ORG_GENERIC = {"the", "inc", "ltd", "llc", "plc", "corp", "co", "sa", "ag", "gmbh", "nv", "bv", "fc", "cf", "cd",
                "sc", "ac", "afc", "as", "spa", "srl", "group", "holdings", "company", "club", "clube", "desportivo",
                "deportivo", "sporting", "athletic", "atletico", "calcio", "fk", "nk", "sk", "bk", "ssc", "rc", "sv",
                "vfb", "vfl", "tsv", "kv", "rsc", "cp", "ud", "sd", "ca", "se", "ec", "sas", "sarl", "jsc", "pjsc",
                "ltda", "llp", "pty",
                # Malay and Indonesian forms: "Syarikat X Sdn Bhd" ("syarikat": company), "PT X Tbk"
                "sdn", "bhd", "berhad", "syarikat", "pt", "tbk"}
_INITIALISM = re.compile(r"\b(?:[A-Za-z]\.){2,}")  # "S.A.S." -> "SAS"
_ACRONYM_SKIP = {"of", "and", "for", "the", "in", "on", "de", "du", "des", "la", "le", "&"}
# Words a name drops when its order changes: "Ministry of Home Affairs" is the "Home Ministry".
_ORDER_WORDS = _ACRONYM_SKIP | {"affairs", "del"}


# Words that make a longer name another thing than the short one: "Castrelo" (a town) is not "Castrelo
# Airport", "Brantley County" is not "Brantley County Records Office".
INSTITUTION_WORDS = {"airport", "office", "council", "court", "department", "police", "university", "hospital",
                      "station", "port", "harbour", "stadium", "school", "college", "prison", "senate", "assembly",
                      "parliament", "ministry", "commission", "board", "authority", "agency", "elections", "county",
                      "regional", "confederation", "federation", "exchange", "committee",
                      "institute", "bureau", "secretariat", "programme", "fund"}
# Words after a body's name for a unit of it: "Coast Guard District Southern Tagalog" is not the whole "Coast Guard".
_UNIT_WORDS = {"district", "division", "branch", "command", "unit", "section", "chapter"}


def _shortens(short: list[str], long: list[str]) -> bool:
    """ "Brenner" of "Brenner Hydraulik"; "Porto Airport" of "Porto Francisco Sa Carneiro Airport"; "Schiphol" of
    "Amsterdam Schiphol": the short name's words in order within the long one, which adds no institution."""
    if not short or len(short) >= len(long):
        return False
    extra = set(long) - set(short)
    if extra & INSTITUTION_WORDS or long[:len(short)] == short and long[len(short)] in _UNIT_WORDS:
        return False
    if short[0] != long[0]:
        # "Amsterdam Schiphol": a place name in front of the short one.
        lead = gazetteer().lookup(long[0])
        return lead is not None and long[1:] == short
    return in_order(short, long)


def _venue_shortened(short: list[str], long: list[str]) -> bool:
    """ "Ruwaki" for "Ruwaki National Stadium", "Velmoor Park" for "Velmoor Park Arena": a ground called by the
    first words of its name (which no town has, as the caller checks)."""
    extra = set(long) - set(short)
    return len(short) < len(long) and long[:len(short)] == short and long[-1] in GROUND_WORDS \
        and not extra & (INSTITUTION_WORDS - GROUND_WORDS)


def org_key(text: str) -> str:
    text = _INITIALISM.sub(lambda m: m.group(0).replace(".", ""), re.sub(r"['’]s\b", "", text))
    folded = re.sub(r"\bco (?=council\b)", "county ", fold(text))  # "Westmoor Co Council"
    folded = re.sub(r"\bjoint stock (?=company\b)", "", folded)  # "Kestrel Joint Stock Company" is "Kestrel"
    folded = re.sub(r"\b(?:electoral|elections)\b", "election", folded)  # "Electoral Commission", "Election Commission"
    # "Stade Tumaini", "Estadio Olimpico": the stadium's name in French, Spanish, Portuguese, Italian or German
    folded = re.sub(r"^(?:the\s+)?(?:stade|estadio|stadio|stadion)\s+(?:(?:de|du|do|da|del)\s+)?(.+)$", r"\1 stadium",
                    folded)
    words = [w for w in folded.split() if w not in _ORG_GENERIC]
    return country_led(" ".join(words)) or fold(text)


def country_led(name: str) -> str:
    """The folded name with the country it opens with, by name or by its people's adjective, written as the
    country's code: "Nepal Army" and "Nepali Army" are both "np army"."""
    words = fold(name).split()
    for k in (2, 1):
        if len(words) > k and (country := gazetteer().country_called(" ".join(words[:k]))):
            return " ".join([country.lower(), *words[k:]])
    return " ".join(words)


def _acronym(text: str, letters: bool = False) -> str:
    """The initials of a name's words; with ``letters``, every letter of a word written in capitals ("NAC" of
    "NA Constantine")."""
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in _ACRONYM_SKIP and w[:1].isupper()]
    if len(words) < 2:
        return ""
    return "".join(w if letters and w.isupper() and len(w) <= 4 else w[0] for w in words).lower()


def parenthesised_aliases(sources: list[Source], mentions: list[Mention]) -> list[tuple[str, str]]:
    """ "Jany Tilek (New Hope)", "the Federal Railway Office (Eisenbahn-Bundesamt)": an organisation's name
    with another name of it in brackets right after, its translation or its native form."""
    text_of = {s.id: s.text for s in sources}
    by_start = {(m.source_id, m.start): m for m in mentions if m.label in ("ORG", "PLACE", "PERSON")}
    lone_people = {fold(m.text) for m in mentions if m.label == "PERSON" and len(m.text.split()) == 1}
    pairs = []
    for m in mentions:
        if m.label != "ORG":
            continue
        text = text_of.get(m.source_id, "")
        tail = text[m.end:m.end + 3]
        start = m.end + 2 if tail.startswith(" (") else m.end + 1 if tail.startswith("(") else -1
        inner = by_start.get((m.source_id, start))
        if inner is not None and text[inner.end:inner.end + 2] == ", ":
            # "the Union for Change (Bashkimi për Ndryshim, BpN)": its native name and the initials of it
            second = by_start.get((m.source_id, inner.end + 2))
            if second is not None and second.label == "ORG" and text[second.end:second.end + 1] == ")" \
                    and inner.label != "PERSON":
                pairs += [(m.text, inner.text), (m.text, second.text)]
                continue
        if inner is None or inner.label == "PERSON" or text[inner.end:inner.end + 1] != ")":
            continue
        outer_words, inner_words = set(org_key(m.text).split()), set(org_key(inner.text).split())
        if inner_words & INSTITUTION_WORDS and not outer_words & INSTITUTION_WORDS:
            continue  # "Kestrel Freight (Lisbon Stock Exchange)": where it is listed, not another name
        if len(m.text.split()) in (2, 3) and fold(m.text.split()[-1]) in lone_people:
            continue  # "Ana Petrova (Civic Union)": a person and her party
        place = gazetteer().lookup(inner.text)
        if place is None or inner.text.isupper() and not place.sizeable and place.kind not in ("country", "region"):
            # (initials the gazetteer knows only as another name of a small place, "INE", are the body's)
            pairs.append((m.text, inner.text))
    return pairs


def organisations(mentions: list[Mention], aliases: list[tuple[str, str]] = (), extra: set[str] = frozenset()
                   ) -> dict[str, str]:
    """Cluster organisation (and unknown place) names: same core words, an acronym, a shorter form, or a name
    given in brackets after another. ``extra`` names are clustered too, though no mention is written so."""
    forms = sorted({m.text for m in mentions if m.label in ("ORG", "PLACE", "EVENT")} | set(extra),
                   key=lambda t: (-len(t), t))
    uf = UnionFind()
    cores = {f: org_key(f) for f in forms}
    for f in forms:
        uf.find(f)
    for a, b in aliases:
        if a in cores and b in cores:
            uf.union(a, b)
    by_core: dict[str, list[str]] = defaultdict(list)
    for f in forms:
        by_core[cores[f]].append(f)
    for group in by_core.values():
        for other in group[1:]:
            uf.union(group[0], other)
    # "Ministry of Production" and "Production Ministry", "the Court of First Instance in Tunis" and "the Tunis
    # Court of First Instance": the same words in another order.
    by_bag: dict[frozenset[str], list[str]] = defaultdict(list)
    for f in forms:
        bag = frozenset(cores[f].split()) - _ORDER_WORDS
        if len(bag) >= 2:
            by_bag[bag].append(f)
    for group in by_bag.values():
        for other in group[1:]:
            uf.union(group[0], other)
    # "the Greens" and "the Green Party", "the Conservatives", "the Conservative Party" and "Conservative" (before a
    # candidate's name): a party, its name and one of its members.
    # Any party's members named by the plural of its name: "the Colorados" of "the Colorado Party".
    # "the Social Democrats" and "the Social Democratic Party of Lithuania": the party's name with the country it
    # is of, when the story has one such party.
    of_country: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        if m := re.fullmatch(r"(.+ party) of [a-z ]+", cores[f]):
            of_country[m.group(1)].add(f)
    for f in forms:
        if cores[f].split()[-1:] and cores[f].split()[-1] in PARTY_MEMBERS:
            singular = re.sub(r"ies$", "y", cores[f]) if cores[f].endswith("ies") else cores[f][:-1]
            for g in by_core.get(f"{singular} party", []) + by_core.get(singular, []):
                uf.union(f, g)
            for adjective in (singular, f"{singular}ic"):
                if len(named := {uf.find(g) for g in of_country.get(f"{adjective} party", ())}) == 1:
                    uf.union(f, named.pop())
        elif re.fullmatch(r"[a-z]{3,}s", cores[f]) and f[:1].isupper():
            for g in by_core.get(f"{cores[f][:-1]} party", []):
                uf.union(f, g)
    acronyms = {_acronym(f): f for f in forms if _acronym(f)}
    # An acronym of the name in its own language, whose words come in another order in English: "TSE" of the
    # "Supreme Electoral Tribunal" (Tribunal Supremo Electoral).
    shuffled: dict[str, set[str]] = defaultdict(set)
    for a, f in acronyms.items():
        shuffled["".join(sorted(a))].add(f)
    for f in forms:
        key = cores[f].replace(" ", "")
        if key in acronyms and len(cores[f].split()) == 1:
            uf.union(f, acronyms[key])
        elif f.isupper() and len(f) >= 3 and len(shuffled.get("".join(sorted(key)), ())) == 1:
            uf.union(f, next(iter(shuffled["".join(sorted(key))])))
    # "NAC" for "NA Constantine": a short form keeping every letter of a name's own initials.
    lettered: dict[str, set[str]] = defaultdict(set)
    for f in forms:
        if (a := _acronym(f, letters=True)) != _acronym(f):
            lettered[a].add(f)
    for f in forms:
        key = f.lower()
        if f.isupper() and len(f) >= 3 and key not in acronyms and len(lettered.get(key, ())) == 1:
            uf.union(f, next(iter(lettered[key])))
    # "UN Refugee Office" is "United Nations Refugee Office": a leading acronym of a named body spelled out.
    for f in forms:
        head, _, rest = f.partition(" ")
        full = acronyms.get(head.lower()) if rest and head.isupper() and 2 <= len(head) <= 6 else None
        if full is not None and _acronym(full) == head.lower():
            spelled = org_key(f"{full} {rest}")
            for g in by_core.get(spelled, []):
                uf.union(f, g)
    # "Gondar City Hall" and "Gonder City Hall": a name led by a town, the town spelled two ways the gazetteer
    # knows for one.
    by_town: dict[tuple[str, str], list[str]] = defaultdict(list)
    for f in forms:
        words = cores[f].split()
        if len(words) >= 2 and len(words[0]) >= 4 and (town := gazetteer().lookup(words[0])) is not None \
                and town.kind == "city" and gazetteer().lookup(f) is None:
            by_town[(town.key, " ".join(words[1:]))].append(f)
    for group in by_town.values():
        for other in group[1:]:
            uf.union(group[0], other)
    # Candidates are looked up by first word (and by the words after a leading place name) and by sound,
    # not found by comparing every name with every other.
    by_first: dict[str, list[str]] = defaultdict(list)
    by_rest: dict[str, list[str]] = defaultdict(list)
    by_sound: dict[tuple[str, ...], list[str]] = defaultdict(list)
    by_word: dict[str, list[str]] = defaultdict(list)
    for g in forms:
        words = cores[g].split()
        if words:
            by_first[words[0]].append(g)
            by_rest[" ".join(words[1:])].append(g)
            by_sound[tuple(phonetic(w) for w in words)].append(g)
            for w in dict.fromkeys(words[1:]):
                by_word[w].append(g)
    # "Brenner" -> "Brenner Hydraulik AG": a shorter name that starts one longer name (and only one).
    for f in forms:
        words = cores[f].split()
        known = gazetteer().lookup(f)
        if words and len(words) == 1 and len(words[0]) < 4 and f.isupper():
            # "KPU" and "KPU Batam": a body's initials and the same initials with the place it serves.
            for g in by_first.get(words[0], []):
                rest = " ".join(cores[g].split()[1:])
                if rest and (place := gazetteer().lookup(rest)) is not None and place.sizeable:
                    uf.union(f, g)
        if not words or len(words) == 1 and len(words[0]) < 4 or (known is not None and known.sizeable):
            continue
        candidates = by_first.get(words[0], []) + by_rest.get(" ".join(words), [])
        longer = {uf.find(g) for g in candidates
                  if (_shortens(words, cores[g].split()) or known is None and _venue_shortened(words, cores[g].split()))
                  and not re.search(r"['’]s\b", g)}
        if len(longer) > 1:
            # "Tharwa" of "Tharwa Foods", not of "Tharwa Batinah Dairies", which joins it to another body's name
            # (or to the first word of one: "Hanbit Danubia Battery", a venture with "Danubia Chemicals").
            longer = {uf.find(g) for g in candidates if uf.find(g) in longer
                      and (rest := [w for w in cores[g].split() if w not in words])
                      and " ".join(rest) not in by_core and rest[0] not in by_first}
        if not longer and known is None:
            longer = {uf.find(g) for g in by_word.get(words[0], [])
                      if inside(words, cores[g].split()) and gazetteer().lookup(g) is None}
        if len(longer) == 1:
            uf.union(f, longer.pop())
        elif not longer:
            # Spelling variants of one unknown name ("Kishuarpata" / "Quishuarpata").
            for g in by_sound[tuple(phonetic(w) for w in words)]:
                if g != f:
                    uf.union(f, g)
    return {f: "org:" + cores[uf.find(f)] for f in forms}

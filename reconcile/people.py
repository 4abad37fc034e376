"""People linked across the reports: which person mentions, in which report, name one person.

Within a report, a surname alone joins the one full name with that surname, and a given name alone the one
person with that given name. Across reports, names are blocked on keys of their folded surname (its sound, its
consonants beside a name in Arabic script, the surname with its article dropped) and joined when
``same_person`` scores them alike; a name in brackets in its own script after a Latin one is that name.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reconcile.models import Mention
from reconcile.normalize.east_asian import chinese_name
from reconcile.normalize.names import (
    SAME_PERSON,
    bare_surname,
    display_key,
    name_tokens,
    own_name,
    phonetic,
    same_person,
)
from reconcile.normalize.romanised import other_readings, vowelless_script, written_consonants
from reconcile.normalize.text import fold, other_script
from reconcile.organisations import UnionFind


def people_clusters(mentions: list[Mention]) -> dict[tuple[str, str], str]:
    """Map (source, surface form) of each person mention to a cluster key."""
    uf = UnionFind()
    full_by_source: dict[str, list[str]] = defaultdict(list)
    forms: dict[tuple[str, str], str] = {}
    for m in mentions:
        if m.label != "PERSON" or not name_tokens(m.text):
            continue
        node = f"{m.source_id}\x1f{m.text}"
        forms[(m.source_id, m.text)] = node
        uf.find(node)
        if len(name_tokens(m.text)) >= 2 and m.text not in full_by_source[m.source_id]:
            full_by_source[m.source_id].append(m.text)
    # "Park Ji-hoon (박지훈)": a name and, in brackets right after it, the same name in its own script.
    people_at = sorted((m for m in mentions if (m.source_id, m.text) in forms), key=lambda m: (m.source_id, m.start))
    for a, b in zip(people_at, people_at[1:], strict=False):
        if a.source_id == b.source_id and b.start - a.end == 2 and other_script(b.text) and not other_script(a.text):
            uf.union(forms[(a.source_id, a.text)], forms[(b.source_id, b.text)])
    # Within a source: a surname-only mention belongs to the one full name with that surname.
    for (sid, text), node in forms.items():
        tokens = name_tokens(text)
        if len(tokens) >= 2:
            continue
        matches = _closest([f for f in full_by_source[sid] if same_person(text, f) >= SAME_PERSON], text)
        if len(matches) == 1:
            uf.union(node, forms[(sid, matches[0])])
    # Across sources: block on the first letters of the folded surname, then compare.
    blocks: dict[str, list[tuple[str, str]]] = defaultdict(list)
    # the scripts names are written in that leave vowels out, and the first consonants of each such surname
    scripts = {script: {k for (_, text) in forms if vowelless_script(text) == script
                        for k in _consonant_keys(name_tokens(text)[-1], script)}
               for script in {vowelless_script(text) for (_, text) in forms} - {""}}
    for (sid, text) in forms:
        tokens = name_tokens(text)
        keys = {phonetic(tokens[-1])[:3], bare_surname(text)[:3]}  # "al-Obaidi" is also found under "Obaidi"
        # beside a name in Arabic, Hebrew or a South Asian script
        for script, firsts in scripts.items():
            keys.update(f"{script}:{k}" for k in _consonant_keys(tokens[-1], script) & firsts)
        # "Chatziorvelou" is also found under "Hadjiorvelou": the surname as another romanisation writes it
        keys.update(phonetic(other)[:3] for other in other_readings(tokens[-1]))
        if len(tokens) >= 3 and len(tokens[-2]) >= 4:
            keys.add(phonetic(tokens[-2])[:3])  # "Ana Ruiz Salgado" is also found under "Ruiz"
        if len(tokens) >= 2:
            keys.add(phonetic(tokens[-2] + tokens[-1])[:3])  # "Ben Salah" is also found under "Bensalah"
        if len(tokens) == 2:
            keys.add(phonetic(tokens[0])[:3])  # "Chen Meiling" is also found under "Meiling Chen"
        if len(tokens) >= 2 and (bones := re.sub(r"[aeiouy]", "", phonetic(tokens[-1]))):
            keys.add("bones:" + bones[:4])  # "Rahmani" is also found under "Rohmani", its vowels written otherwise
            if len(bones) >= 4:
                # "Hnatenko" is also found under "Gnatenko": a first letter transliterated otherwise
                keys.add("tail:" + bones[1:5])
        if own := own_name(text):
            keys.add(phonetic(own)[:3])  # "Kertu bin Orvel" is also found under "Kertu"
        chinese = chinese_name(text)
        if chinese is not None:
            keys.add("chinese:" + chinese[1])  # "Chou Po-wen" is also found under "Zhou Bowen"
        for k in keys:
            blocks[k].append((sid, text))
    for members in blocks.values():
        # Names are compared once per spelling, not once per source that uses it.
        nodes_of: dict[str, list[str]] = defaultdict(list)
        for x in members:
            nodes_of[x[1]].append(forms[x])
        fulls = sorted(t for t in nodes_of if len(name_tokens(t)) >= 2)
        for t in fulls:
            for node in nodes_of[t][1:]:
                uf.union(nodes_of[t][0], node)
        for i, a in enumerate(fulls):
            for b in fulls[i + 1:]:
                if same_person(a, b) >= SAME_PERSON:
                    uf.union(nodes_of[a][0], nodes_of[b][0])
        # A surname-only mention in a source without the full name joins the single matching cluster.
        singles = [x for x in members if len(name_tokens(x[1])) == 1]
        matching = {t: [f for f in fulls if same_person(t, f) >= SAME_PERSON] for t in {x[1] for x in singles}}
        for s in singles:
            roots = {uf.find(nodes_of[f][0]) for f in _closest(matching[s[1]], s[1])}
            if len(roots) == 1:
                uf.union(forms[s], roots.pop())
    _link_given_names(uf, forms, full_by_source)
    out: dict[tuple[str, str], str] = {}
    groups: dict[str, list[str]] = defaultdict(list)
    for key, node in forms.items():
        groups[uf.find(node)].append(key[1])
    best = {root: min(names, key=lambda n: (-len(name_tokens(n)), display_key(n))) for root, names in groups.items()}
    for key, node in forms.items():
        out[key] = "person:" + display_key(best[uf.find(node)])
    return out


def _closest(fulls: list[str], surname: str) -> list[str]:
    """Of the full names a lone surname may shorten, those that end with it as written, when some do:
    "Toktosunova" is Aizada Toktosunova's surname, not her father Nurbek Toktosunov's."""
    exact = [f for f in fulls if fold(name_tokens(f)[-1]) == fold(surname)]
    return exact or fulls


def _consonant_keys(surname: str, script: str) -> set[str]:
    """The first consonants of a surname as a script of that kind writes them (``written_consonants``), with and
    without an Arabic article run into it ("Al-Otaibi" is also found under the consonants of "Otaibi", as
    "العتيبي" is read)."""
    sk = written_consonants(surname, script)
    return {sk[:2], sk[1:3]} if sk.startswith("l") else {sk[:2]}


def _link_given_names(uf: UnionFind, forms: dict[tuple[str, str], str], full_by_source: dict[str, list[str]]):
    """A given name alone ("Nora will have my help") is the one person with that given name.

    Only a word that is nobody's surname, and not already linked: the full names of its own source are tried
    first, then those of the whole story; two people with that given name leave it alone.
    """
    surnames = {phonetic(name_tokens(t)[-1]) for (_, t) in forms if len(name_tokens(t)) >= 2}
    sizes: dict[str, int] = defaultdict(int)
    for node in forms.values():
        sizes[uf.find(node)] += 1
    fulls_by_given: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k in forms:
        words = name_tokens(k[1])
        if len(words) >= 2:
            fulls_by_given[phonetic(words[0])].append(k)
    for (sid, text), node in forms.items():
        tokens = name_tokens(text)
        if len(tokens) != 1 or len(tokens[0]) < 3 or phonetic(tokens[0]) in surnames or sizes[uf.find(node)] > 1:
            continue
        key = phonetic(tokens[0])
        local = {uf.find(forms[(sid, f)]) for f in full_by_source[sid] if phonetic(name_tokens(f)[0]) == key}
        roots = local or {uf.find(forms[k]) for k in fulls_by_given.get(key, [])}
        if not roots and len(tokens[0]) >= 4:
            # "Cath" of "Catherine": the short form of one given name (in the source, else in the story)
            local = {uf.find(forms[(sid, f)]) for f in full_by_source[sid] if _shortens_given(key, f)}
            roots = local or {uf.find(forms[k]) for ks in fulls_by_given.values() for k in ks
                              if _shortens_given(key, k[1])}
        if len(roots) == 1:
            uf.union(node, roots.pop())


def _shortens_given(short: str, full_name: str) -> bool:
    """Whether ``short`` (a phonetic key) starts the given name of ``full_name`` and is not all of it."""
    given = phonetic(name_tokens(full_name)[0])
    return len(given) > len(short) and given.startswith(short)

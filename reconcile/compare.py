"""Compare: typed comparators turn aligned groups into flags with an explanation.

Each comparator looks at one representative claim per source and decides
agree, variant, more specific or conflict. Conflicts (and spelling variants
of names) become ``Flag``s; a count that only one source gives becomes a
low-severity ``single_source`` flag.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from dataclasses import replace
from itertools import combinations

from rapidfuzz import fuzz

from reconcile.align import Group, when
from reconcile.extract.lexicon import KIND_NOUNS
from reconcile.figures import compare_quantities, figures_by_unit, single_source, transposed
from reconcile.flagging import clusters_of, conflict_flag, make_flag, per_source, sides
from reconcile.models import Claim, Entity, Flag, Source
from reconcile.normalize.dates import NormDate
from reconcile.normalize.names import display_key, name_tokens
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold, in_order, other_script
from reconcile.normalize.titles import SHORT_FORM, body_words, compare_titles, parse_title
from reconcile.series import compare_series, untold_as_events
from reconcile.slots import breadth, dates_conflict, place_relation

QUOTE_SIMILAR = 72.0
CDIST_FROM = 24  # quotes of one speaker from which pairs are scored in one vectorised call


def compare(sources: list[Source], groups: list[Group], entities: list[Entity],
            story_of: dict[str, str] | None = None, pairs: dict[str, int] | None = None) -> list[Flag]:
    """Flags for the aligned ``groups``; with ``story_of`` (source id -> story) each flag gets its story, and
    names are compared only within a story."""
    story_of = story_of or {}
    published = {s.id: s.published for s in sources}
    labels = {s.id: s.label for s in sources}
    flags: list[Flag] = []
    figures = figures_by_unit(groups, story_of)
    not_places = _names_of_people(entities)
    prominence = {e.id: len(e.mentions) for e in entities}
    bodies = _body_names(entities)
    series: list[Flag] = []
    for group in groups:
        if group.kind == "event":
            if group.attribute == "place":
                group = replace(group, claims=[c for c in group.claims if fold(c.value) not in not_places])
            flags.extend(_compare_event(group, labels))
        elif group.kind == "role":
            flags.extend(_compare_roles(group, labels, bodies))
        elif group.kind == "quantity":
            flags.extend(compare_quantities(group, labels, len(sources), prominence))
        elif group.kind == "quote":
            flags.extend(_compare_quotes(group, labels))
        elif group.kind == "series":
            series.extend(compare_series(group, labels, prominence))
    flags.extend(untold_as_events(series, flags))
    flags.extend(_same_quote_any_speaker(groups, flags, labels, pairs))
    flags.extend(_name_variants(entities, labels, story_of))
    flags.extend(transposed(groups, flags, labels, story_of))
    flags.extend(single_source(sources, groups, figures, flags, labels, len(sources), story_of))
    for flag in flags:
        _mark_newer(flag, published, labels)
        flag.story = story_of.get(flag.claims[0].source_id, "") if flag.claims else ""
    unique: dict[str, Flag] = {}
    for flag in flags:
        unique.setdefault(flag.id, flag)
    return sorted(unique.values(), key=Flag.sort_key)

# -- events -----------------------------------------------------------------------------------

def _names_of_people(entities: list[Entity]) -> set[str]:
    """Folded names of people: a place slot that the tagger filled with a person's name ("elected Chikondi Mvulaza
    as party leader in Mvulaza") is no place, once the reports have said who it is. Not a name the gazetteer knows
    as a sizeable place."""
    names = {fold(m.text) for e in entities if e.label == "PERSON" and any(len(x.text.split()) > 1 for x in e.mentions)
             for m in e.mentions}  # someone named in full somewhere, not a lone word the tagger called a person
    return {n for n in names if (p := gazetteer().lookup(n)) is None or p.kind == "city" and not p.sizeable}


def _event_where(group: Group) -> str:
    bits = []
    ctx = group.context
    if group.attribute != "date" and ctx.get("date"):
        bits.append(when(ctx["date"]))
    if group.attribute != "place" and ctx.get("place"):
        bits.append(f"in {ctx['place']}")
    if group.attribute != "ordinal" and ctx.get("ordinal"):
        bits.insert(0, f"the {ctx['ordinal']}")
    return " ".join(bits)


def _place_clusters(reps: list[Claim]) -> list[list[Claim]]:
    """Places that agree. When the places the gazetteer knows disagree among themselves, a name it lacks
    cannot join them: it goes with a place written the same way, or else the first."""
    def same(a, b):
        return place_relation(a, b) != "different"

    # Towns first, then their districts, regions and countries: a country agrees with two of its towns without
    # hiding that they differ.
    known = sorted((c for c in reps if not str(c.norm).startswith("name:")), key=breadth)
    clusters = clusters_of(known, same)
    if len(clusters) < 2:
        return clusters_of(reps, same)
    for c in (c for c in reps if str(c.norm).startswith("name:")):
        same_name = [cl for cl in clusters if any(fold(x.value) == fold(c.value) for x in cl)]
        (same_name or clusters)[0].append(c)
    return clusters


def _vagueness(claim: Claim) -> int:
    """0 for a day, 1 for a week or a weekday, 2 for a month, 3 for a year or less: the days are clustered first,
    so "June" agrees with "June 2" and with "June 9" without hiding that those two differ."""
    d = claim.norm
    if not isinstance(d, NormDate):
        return 3
    if d.day is not None:
        return 0
    if d.week_of is not None or d.weekday is not None:
        return 1
    return 2 if d.month is not None else 3


def _compare_event(group: Group, labels) -> list[Flag]:
    reps = [cs[0] for cs in per_source(group.claims).values()]
    if len(reps) < 2:
        return []
    where = _event_where(group)
    what = group.subject + (f" ({where})" if where and where not in group.subject else "")
    if group.attribute == "place":
        clusters = _place_clusters(reps)
        head = f"Sources put the {what} in different places"
        return conflict_flag("place_conflict", group, labels, clusters, head, 0.85)
    if group.attribute == "date":
        def same(a, b):
            return not (isinstance(a.norm, NormDate) and isinstance(b.norm, NormDate) and dates_conflict(a, b))
        clusters = clusters_of(sorted(reps, key=_vagueness), same)
        return conflict_flag("date_conflict", group, labels, clusters, f"Sources give the {what} different dates",
                              0.85)
    if group.attribute == "ordinal":
        reps = _same_series(reps)
        clusters = clusters_of(reps, lambda a, b: a.norm == b.norm)
        numbers = " and ".join(f"no. {cl[0].norm} in {labels.get(cl[0].source_id, cl[0].source_id)}"
                               for cl in clusters)
        head = (f"Sources number the same event ({_event_where(group) or group.subject}) differently, "
                f"{numbers}, so they count the series differently")
        return conflict_flag("ordinal_conflict", group, labels, clusters, head, 0.8)
    return []


# Nouns for one round of a league's fixtures: "matchday 18" is "the 18th round".
_ROUNDS = {"round", "matchday", "gameweek", "week"}


def _same_series(reps: list[Claim]) -> list[Claim]:
    """The ordinals that count one series: "the first round" and "the third by-election since 2020" number two
    things. The noun most of them count is kept, with those whose noun is unsaid or says only the kind of event."""
    def counted(c: Claim) -> str:
        noun = str(c.qualifiers.get("counted", ""))
        return "" if noun in KIND_NOUNS else "round" if noun in _ROUNDS else noun
    nouns = [counted(c) for c in reps if counted(c)]
    if not nouns:
        return reps
    main = max(sorted(set(nouns)), key=nouns.count)
    return [c for c in reps if counted(c) in ("", main)]


# -- roles ------------------------------------------------------------------------------------

def _body_names(entities: list[Entity]) -> list[frozenset[str]]:
    """The words of each organisation's names of two words or more, folded: "Etoile de Gabes" lets "Etoile
    coach" and "Gabes coach" be one post."""
    names = {body_words(m.text) for e in entities if e.label == "ORG" for m in e.mentions if " " in m.text.strip()}
    return sorted(names, key=sorted)


def _compare_roles(group: Group, labels, bodies: list[frozenset[str]] = ()) -> list[Flag]:
    """Titles of one person: compare the distinct titles, then ask which sources hold them.

    A title that agrees with (or is a short form of) another title its opponent's
    source also gives is not disputed. Cost grows with distinct titles, not source pairs.
    """
    by_source = per_source(group.claims)
    if len(by_source) < 2:
        return []
    title_of = {c.id: parse_title(c.value, set(c.qualifiers.get("affiliation", ()))) for c in group.claims}
    titles: dict[str, list[Claim]] = defaultdict(list)  # title key -> claims
    parsed = {}
    for c in group.claims:
        titles[title_of[c.id].key].append(c)
        parsed.setdefault(title_of[c.id].key, title_of[c.id])
    keys = sorted(titles)
    relation = {(a, b): compare_titles(parsed[a], parsed[b], bodies) for a in keys for b in keys if a != b}
    keys_of = {sid: {title_of[c.id].key for c in cs} for sid, cs in by_source.items()}

    def bare(k: str, key: str) -> bool:
        """``k`` is the office alone ("Judge") where ``key`` says which ("presiding judge of the chamber")."""
        t, full = parsed[k], parsed[key]
        return t.office == full.office and not (t.rank or t.domain or t.portfolio) and bool(
            full.rank or full.domain or full.portfolio)

    def compatible(key: str, sid: str) -> bool:
        # A source that also gives the bare office does not thereby agree with every fuller form of it.
        mine = keys_of[sid]
        if any(k == key or relation[(key, k)] == SHORT_FORM and not bare(k, key) for k in mine):
            return True
        # A role held beside ("Prosecutor" beside "deputy head of the department") does not make a source agree
        # with an office its other title contradicts ("head of the department").
        if any(relation[(key, k)][0] == "conflict" for k in mine):
            return False
        return any(relation[(key, k)][0] != "conflict" and not bare(k, key) for k in mine)

    conflicts: list[tuple[Claim, Claim, str]] = []
    for a, b in combinations(keys, 2):
        rel, reason = relation[(a, b)]
        if rel != "conflict":
            continue
        side_a = [c for c in titles[a] if any(not compatible(a, s) and b in keys_of[s] for s in keys_of)
                  and not compatible(b, c.source_id)]
        side_b = [c for c in titles[b] if any(not compatible(b, s) and a in keys_of[s] for s in keys_of)
                  and not compatible(a, c.source_id)]
        if side_a and side_b:
            conflicts.append((side_a[0], side_b[0], reason))
    if not conflicts:
        return []
    claims: list[Claim] = []
    for a, b, _ in conflicts:
        for c in (a, b):
            if c not in claims:
                claims.append(c)
    # Every other wording on either side ("trade minister" and "Minister of Internal and Foreign Trade" against
    # "Minister of Economy") is evidence too: a title that agrees with one side and conflicts with the other.
    for a, b, _ in conflicts:
        for mine, other in ((a, b), (b, a)):
            km, ko = title_of[mine.id].key, title_of[other.id].key
            for c in group.claims:
                kc = title_of[c.id].key
                if c in claims or kc == ko or relation.get((kc, ko), ("", ""))[0] != "conflict":
                    continue
                if (kc == km or relation[(kc, km)][0] != "conflict") and not compatible(ko, c.source_id):
                    claims.append(c)
    person = group.claims[0].subject
    reason = conflicts[0][2]
    explanation = (f"Sources describe {person}'s title differently, {reason}: "
                   f"{sides(labels, [conflicts[0][0], conflicts[0][1]])}.")
    conf = 0.8 * min(c.confidence for c in claims) / 0.8
    return [make_flag("title_conflict", group.key, f"{person}: title", explanation, claims, conf)]

# -- quotes -----------------------------------------------------------------------------------

def _compare_quotes(group: Group, labels) -> list[Flag]:
    by_source = per_source(group.claims)
    flags: list[Flag] = []
    used: set[str] = set()
    for a, b, score in _similar_quote_pairs(list(by_source.values())):
        na, nb = str(a.norm), str(b.norm)
        if na == nb or na in nb or nb in na or a.id in used or b.id in used:
            continue
        used.update((a.id, b.id))
        speaker = a.subject
        explanation = (f"{speaker} is quoted with nearly the same words ({score:.0f}% alike) that differ: "
                       f"{sides(labels, [a, b])}.")
        key = f"{group.key}|{min(fold(a.value), fold(b.value))[:60]}"
        flags.append(make_flag("quote_mismatch", key, f"quote of {speaker}", explanation, [a, b],
                               0.6 + 0.3 * score / 100))
    return flags


def _similar_quote_pairs(per_source_claims: list[list[Claim]]) -> list[tuple[Claim, Claim, float]]:
    """(a, b, score) for quotes of two different sources at least ``QUOTE_SIMILAR`` alike, source pair by
    source pair. A quote of several sentences is also compared sentence by sentence, since one source may quote
    a sentence that another runs on into the next. A speaker quoted in many sources has many pairs: they are
    scored at once (rapidfuzz cdist)."""
    claims = [c for cs in per_source_claims for c in cs]
    owner = [n for n, cs in enumerate(per_source_claims) for _ in cs]
    texts: list[str] = []
    of_text: list[int] = []  # the claim each text is (a sentence of)
    for k, c in enumerate(claims):
        for piece in _quote_pieces(c):
            texts.append(piece)
            of_text.append(k)
    best: dict[tuple[int, int], float] = {}
    if len(texts) < CDIST_FROM:
        for i, j in combinations(range(len(texts)), 2):
            a, b = sorted((of_text[i], of_text[j]))
            if owner[a] != owner[b] and (score := fuzz.ratio(texts[i], texts[j])) >= QUOTE_SIMILAR:
                best[(a, b)] = max(best.get((a, b), 0.0), score)
    else:
        import numpy as np
        from rapidfuzz import process

        scores = process.cdist(texts, texts, scorer=fuzz.ratio, dtype=np.float64, score_cutoff=QUOTE_SIMILAR)
        for i, j in zip(*np.nonzero(scores >= QUOTE_SIMILAR), strict=True):
            a, b = of_text[i], of_text[j]
            if owner[a] < owner[b]:
                best[(a, b)] = max(best.get((a, b), 0.0), float(scores[i, j]))
    return [(claims[a], claims[b], score) for (a, b), score in sorted(best.items())]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _quote_pieces(c: Claim) -> list[str]:
    """The quote's words, each of its sentences of some length when it has several, and the words of each
    sentence up to a comma before its last clause ("I congratulate my opponent, but the numbers do not add up,
    and we will ask for a check" against another report that stops before "and")."""
    sentences = [fold(x) for x in _SENTENCE_END.split(c.value) if len(x) >= 25]
    pieces = [str(c.norm)] + (sentences if len(sentences) > 1 or sentences and sentences[0] != str(c.norm) else [])
    for sentence in _SENTENCE_END.split(c.value):
        cut = sentence.rfind(",")
        if cut >= 40 and len(sentence) - cut >= 15:
            pieces.append(fold(sentence[:cut]))
    return pieces


def _same_quote_any_speaker(groups: list[Group], flags: list[Flag], labels,
                            counts: dict[str, int] | None = None) -> list[Flag]:
    """Nearly identical quotes in two sources whose speakers were not linked: still the same quote."""
    flagged = {c.id for f in flags if f.kind == "quote_mismatch" for c in f.claims}
    quotes = [(g.context.get("story", ""), c) for g in groups if g.kind == "quote" for c in g.claims
              if c.id not in flagged]
    out = []
    candidates = _quote_pairs([c for _, c in quotes], [story for story, _ in quotes])
    if counts is not None:
        counts["quotes"] = counts.get("quotes", 0) + len(candidates)
    for i, j in candidates:
        (story_a, a), (story_b, b) = quotes[i], quotes[j]
        if story_a != story_b or a.source_id == b.source_id or a.subject_key == b.subject_key:
            continue
        if a.id in flagged or b.id in flagged:
            continue
        na, nb = str(a.norm), str(b.norm)
        if na == nb or na in nb or nb in na:
            continue
        score = fuzz.ratio(na, nb)
        # Speakers whose surnames are spelled alike ("Novak" / "Nowak") are likely one person: the usual bar.
        if score < (QUOTE_SIMILAR if _surnames_alike(a.subject, b.subject) else QUOTE_SIMILAR + 10):
            continue
        flagged.update((a.id, b.id))
        explanation = (f"The same quote appears with different words ({score:.0f}% alike), attributed to "
                       f"{a.subject} and {b.subject}: {sides(labels, [a, b])}.")
        key = f"quote|{min(fold(a.value), fold(b.value))[:60]}"
        out.append(make_flag("quote_mismatch", key, f"quote of {a.subject}", explanation, [a, b], 0.55 + 0.3 * score / 100))
    return out


def _surnames_alike(a: str, b: str) -> bool:
    last_a, last_b = (fold(x).split()[-1:] for x in (a, b))
    return bool(last_a and last_b) and len(last_a[0]) >= 4 and fuzz.ratio(last_a[0], last_b[0]) >= 80


def _quote_pairs(quotes: list[Claim], stories: list[str] | None = None, shared: int = 3) -> list[tuple[int, int]]:
    """Pairs of quotes of one story that share at least ``shared`` words of four letters or more: near-identical
    quotes always do, so only those pairs are compared (not every quote with every other)."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(quotes):
        story = stories[i] if stories else ""
        for word in {w for w in str(c.norm).split() if len(w) >= 4}:
            index[(story, word)].append(i)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    common = max(50, len(quotes) // 10)  # "that", "will", "have": words in many quotes block nothing
    for members in index.values():
        if len(members) > common:
            continue
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                counts[(i, j)] += 1
    return sorted(pair for pair, n in counts.items() if n >= shared)


# -- names ------------------------------------------------------------------------------------

def _name_variants(entities: list[Entity], labels, story_of: dict[str, str] | None = None) -> list[Flag]:
    story_of = story_of or {}
    several = len(set(story_of.values())) > 1
    flags = []
    for ent in entities:
        if ent.label == "PERSON":
            named = [m for m in ent.mentions if len(name_tokens(m.text)) >= 2 or _whole_name_unspaced(m.text)]
        else:
            named = _spelling_variants(ent)
        by_story: dict[str, list] = defaultdict(list)
        for m in named:
            by_story[story_of.get(m.source_id, "") if several else ""].append(m)
        for story, full in sorted(by_story.items()):
            flag = _name_variant(ent, full, labels, f"{story}|{ent.id}" if story else ent.id)
            if flag is not None:
                flags.append(flag)
    return flags


def _whole_name_unspaced(text: str) -> bool:
    """ "박정훈", "林志偉": a whole name in a script that writes it without spaces (Chinese, Japanese, Korean)."""
    return " " not in text.strip() and len(text.strip()) >= 2 and all(
        unicodedata.name(ch, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA")) for ch in text.strip())


def _name_variant(ent: Entity, full: list, labels, key: str) -> Flag | None:
    """A flag when ``full`` (mentions of one entity) spells it in more than one way in two sources."""
    forms: dict[str, list] = defaultdict(list)
    for m in full:
        forms[display_key(m.text)].append(m)
    # "Aftab Jadoon" beside "Aftab Ahmad Jadoon", "Ali Khattan" beside "Imran Ali Khattan", "Ana Ruiz" beside "Ana
    # Ruiz Salgado": a given, middle or second family name left out, not another spelling; and "Rodrigo A.
    # Valdivieso" beside "Rodrigo Antonio Valdivieso Prat", a middle name cut to its initial.
    for short in sorted(forms, key=len):
        words = short.split()
        longer = [k for k in forms if k != short and len(k.split()) > len(words) >= 2
                  and in_order(_initials_as_written(words, k.split()), k.split())]
        if longer:
            forms[longer[0]].extend(forms.pop(short))
    if len(forms) < 2 or len({m.source_id for m in full}) < 2:
        return None
    # One mention per spelling, from different sources where possible: the spellings fewest sources use choose first.
    chosen = []
    used_sources: set[str] = set()
    for _key, ms in sorted(forms.items(), key=lambda kv: (len({m.source_id for m in kv[1]}), kv[1][0].source_id)):
        m = next((x for x in ms if x.source_id not in used_sources), ms[0])
        used_sources.add(m.source_id)
        chosen.append(m)
    if len({m.source_id for m in chosen}) < 2:
        return None
    claims = [Claim(source_id=m.source_id, kind="name", subject=ent.name, attribute="name", value=m.text,
                    start=m.start, end=m.end, sentence="", sentence_start=m.start, value_type="name",
                    norm=display_key(m.text), subject_key=ent.id, extractor="resolve.name", confidence=0.9)
               for m in chosen]
    what = "person" if ent.label == "PERSON" else "place" if ent.label == "PLACE" else "name"
    explanation = (f"The same {what} is spelled differently: {sides(labels, claims)}; "
                   f"treated as one {what} (a spelling or transliteration variant, not a conflict).")
    return make_flag("name_variant", key, ent.name, explanation, claims, 0.85)


def _initials_as_written(short: list[str], long: list[str]) -> list[str]:
    """The words of a short name, with each initial after its first word replaced by the word of the long name it
    stands for ("rodrigo a valdivieso" beside "rodrigo antonio valdivieso prat")."""
    out, at = [], 0
    for i, w in enumerate(short):
        if i and len(w) == 1:
            w = next((x for x in long[at:] if x[0] == w and len(x) > 1), w)
        if w in long[at:]:
            at = long.index(w, at) + 1
        out.append(w)
    return out


def _spelling_variants(ent: Entity) -> list:
    """Mentions of a place or organisation that spell the same words differently ("Kiev" / "Kyiv").

    Short forms ("Brenner" / "Brenner Hydraulik") and abbreviations are not spelling variants.
    """
    from reconcile.normalize.names import phonetic

    by_len: dict[int, list] = defaultdict(list)
    for m in ent.mentions:
        if m.text != m.text.lower():  # "the municipal electoral commission" describes a body; it has no spelling
            by_len[len(display_key(m.text).split())].append(m)
    for ms in by_len.values():
        keys = {display_key(m.text) for m in ms}
        if len(keys) < 2:
            continue
        first = fold(ms[0].text)
        # Alike word for word: "Kvistgaard Foods" translates "Kvistgaard Fødevarer", it does not spell it.
        alike = [m for m in ms if fuzz.ratio(fold(m.text), first) >= 70 and all(
                     fuzz.ratio(a, b) >= 60 for a, b in zip(fold(m.text).split(), first.split(), strict=False))
                 or [phonetic(w) for w in fold(m.text).split()] == [phonetic(w) for w in first.split()]]
        if len({_without_plural_s(display_key(m.text)) for m in alike}) >= 2 and not _one_name_in_two_scripts(alike) \
                and not _names_of_one_country(alike):
            return alike
    return []


def _without_plural_s(key: str) -> str:
    """ "twin otters" -> "twin otter": a name in the plural ("two Twin Otters") is not another spelling of it."""
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def _names_of_one_country(mentions: list) -> bool:
    """ "Turkey" and "Türkiye", "Czechia" and "the Czech Republic": a country's names, not spellings of one."""
    places = [gazetteer().by_own_name(m.text) for m in mentions]
    return all(p is not None and p.kind == "country" for p in places) and len({p.key for p in places}) == 1


def _one_name_in_two_scripts(mentions: list) -> bool:
    """ "Рустави" and "Rustavi": the name written in the script of the report's language, letter for letter the
    same; not a spelling to check."""
    # "й" is written y, i or j in Latin: "Нор Кумайри" is "Nor Kumayri" letter for letter.
    return len({re.sub(r"[yj]", "i", fold(m.text)) for m in mentions}) == 1 and any(
        other_script(m.text) for m in mentions)


# -- time -------------------------------------------------------------------------------------

def _mark_newer(flag: Flag, published: dict[str, dt.datetime | None], labels: dict[str, str]) -> None:
    """Say which side comes from the most recent report, when publication dates are known."""
    if flag.kind in ("name_variant", "single_source"):
        return
    dates = {c.source_id: published.get(c.source_id) for c in flag.claims}
    if len(dates) < 2 or any(d is None for d in dates.values()):
        return
    newest = max(dates, key=lambda s: _naive(dates[s]))
    if sum(1 for d in dates.values() if _naive(d) == _naive(dates[newest])) > 1:
        return
    flag.newer_source = newest
    when = _naive(dates[newest]).date().isoformat()
    planned = any(c.qualifiers.get("status") == "planned" for c in flag.claims)
    tail = " The newer report may have superseded the earlier plan." if planned else ""
    flag.explanation += f" {labels.get(newest, newest)} ({when}) is the newer report.{tail}"


def _naive(d):
    return d.replace(tzinfo=None) if d is not None and d.tzinfo else d

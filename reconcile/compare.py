"""Compare: typed comparators turn aligned groups into flags with an explanation.

Each comparator looks at one representative claim per source and decides
agree, variant, more specific or conflict. Conflicts (and spelling variants
of names) become ``Flag``s; a count that only one source gives becomes a
low-severity ``single_source`` flag.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace
from itertools import combinations

from reconcile.align import Group, when
from reconcile.extract.lexicon import KIND_NOUNS, area_core
from reconcile.figures import compare_quantities, transposed
from reconcile.flagging import clusters_of, conflict_flag, make_flag, per_source, sides
from reconcile.lone_figures import pair_lone_figures
from reconcile.models import Claim, Entity, Flag, Source
from reconcile.name_variants import name_variants
from reconcile.normalize.dates import NormDate
from reconcile.normalize.places import gazetteer
from reconcile.normalize.text import fold
from reconcile.normalize.title_compare import SHORT_FORM, body_words, compare_titles
from reconcile.normalize.titles import parse_title
from reconcile.quote_compare import compare_quotes, same_quote_any_speaker
from reconcile.series import compare_series, untold_as_events
from reconcile.single_source import figures_by_unit, single_source
from reconcile.slots import breadth, dates_conflict, place_relation


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
            flags.extend(compare_quotes(group, labels))
        elif group.kind == "series":
            series.extend(compare_series(group, labels, prominence))
    flags.extend(untold_as_events(series, flags))
    flags.extend(same_quote_any_speaker(groups, flags, labels, pairs))
    flags.extend(name_variants(entities, labels, story_of))
    flags.extend(transposed(groups, flags, labels, story_of))
    singles, lone = pair_lone_figures(single_source(sources, groups, figures, flags, labels, len(sources), story_of),
                                      labels, story_of)
    flags.extend(singles + lone)
    for flag in flags:
        _mark_newer(flag, published, labels)
        flag.story = story_of.get(flag.claims[0].source_id, "") if flag.claims else ""
    unique: dict[str, Flag] = {}
    for flag in flags:
        unique.setdefault(flag.id, flag)
    return _told_once(sorted(unique.values(), key=Flag.sort_key))


_EVENT_CONFLICTS = {"date_conflict", "place_conflict", "ordinal_conflict"}


def _told_once(flags: list[Flag]) -> list[Flag]:
    """One flag for one discrepancy: "filed notice of appeal on Wednesday" gives a filing and an appeal, "a trial
    that opened on January 20" a trial and its opening, and both events differ alike between the same sentences of
    the same reports. The first of such flags (by severity and confidence) is kept. A flag whose sentences and values
    another flag of its kind holds along with more is dropped: the last game of a series named by its number in two
    reports and as "the final game" in a third gives one event in one group and two in another."""
    told = {id(f): frozenset((c.source_id, str(c.norm), c.sentence_start) for c in f.claims)
            for f in flags if f.kind in _EVENT_CONFLICTS}
    # A flag that holds all of another's claims holds the least of them: only flags sharing that one are compared.
    holding: dict[tuple, list[frozenset]] = defaultdict(list)
    for f in flags:
        if id(f) in told:
            for claim in told[id(f)]:
                holding[(f.kind, claim)].append(told[id(f)])
    seen: set[tuple] = set()
    kept = []
    for flag in flags:
        if flag.kind in _EVENT_CONFLICTS:
            mine = told[id(flag)]
            if (flag.kind, mine) in seen or mine and any(
                    mine < other for other in holding[(flag.kind, min(mine))]):
                continue
            seen.add((flag.kind, mine))
        kept.append(flag)
    return kept

# -- events -----------------------------------------------------------------------------------

def _names_of_people(entities: list[Entity]) -> set[str]:
    """Folded names of people: a place slot that the tagger filled with a person's name ("elected Chikondi Mvulaza
    as party leader in Mvulaza") is no place, once the reports have said who it is. Not a name the gazetteer knows
    as a sizeable place, nor a town it knows that the reports also write as a place ("Coronel Oviedo", a town and a
    colonel's name)."""
    names = {fold(m.text) for e in entities if e.label == "PERSON" and any(len(x.text.split()) > 1 for x in e.mentions)
             for m in e.mentions}  # someone named in full somewhere, not a lone word the tagger called a person
    places = {fold(m.text) for e in entities if e.label == "PLACE" for m in e.mentions}
    return {n for n in names if (p := gazetteer().lookup(n)) is None
            or p.kind == "city" and not p.sizeable and n not in places}


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


def _place_clusters(reps: list[Claim], told: tuple[str, ...] = ()) -> list[list[Claim]]:
    """Places that agree. When the places the gazetteer knows disagree among themselves, a name it lacks
    cannot join them: it goes with a place written the same way, or else the first. ``told``: the sentences of
    every report on the event, where one may put one place in the other."""
    def same(a, b):
        return place_relation(a, b, told) != "different"

    # Towns first, then their districts, regions and countries: a country agrees with two of its towns without
    # hiding that they differ.
    known = sorted((c for c in reps if not str(c.norm).startswith("name:")), key=breadth)
    clusters = clusters_of(known, same)
    if len(clusters) < 2:
        # two names it lacks first (of neither an area nor a road): the one town that agrees with two venues does
        # not hide that they differ
        names = [c for c in reps if str(c.norm).startswith("name:") and not area_core(c.value) and "-" not in c.value]
        if len({fold(c.value) for c in names}) < 2:
            return clusters_of(reps, same)
        return clusters_of(names + [c for c in reps if c not in names], same)
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
        clusters = _place_clusters(reps, tuple(dict.fromkeys(c.sentence for c in group.claims)))
        head = f"Sources put the {what} in different places"
        return conflict_flag("place_conflict", group, labels, clusters, head, 0.85)
    if group.attribute == "date":
        def same(a, b):
            return not (isinstance(a.norm, NormDate) and isinstance(b.norm, NormDate) and dates_conflict(a, b))
        clusters = clusters_of(sorted(reps, key=_vagueness), same)
        if len(clusters) < 2:
            # "began on Tuesday ... due to end on Wednesday" and "ended on Thursday": the days each report gives for
            # the event's end, which its first day, agreeing with both, hides
            ends = [end for cs in per_source(group.claims).values()
                    if (end := next((c for c in cs if c.qualifiers.get("edge") == "end"), None)) is not None]
            clusters = clusters_of(sorted(ends, key=_vagueness), same)
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


# Nouns for one round of a league's fixtures ("matchday 18" is "the 18th round"), and for one sitting of a body
# that meets in rounds ("the commission's fifth session" is its fifth round).
_ROUNDS = {"round", "matchday", "gameweek", "week", "session", "sitting", "meeting"}


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
    # and all of one body's names together: "chairman of the Valdorian Electoral Authority" and "president of the
    # Instance valdorienne des élections" are one post when the two name one body
    names |= {frozenset().union(*(body_words(t) for t in texts)) for e in entities if e.label == "ORG"
              and len(texts := {m.text.strip() for m in e.mentions}) >= 2 and any(" " in t for t in texts)}
    return sorted(names, key=sorted)


def _compare_roles(group: Group, labels, bodies: list[frozenset[str]] = ()) -> list[Flag]:
    """Titles of one person: compare the distinct titles, then ask which sources hold them.

    A title that agrees with (or is a short form of) another title its opponent's
    source also gives is not disputed. Cost grows with distinct titles, not source pairs.
    """
    installed = [c for c in group.claims if c.extractor == "role.elected_as"]
    if installed and len(installed) < len(group.claims):
        # "X was elected mayor on Sunday": the office the person now takes, not a description of the one the
        # other reports gave them before; compared only with the offices other reports say they were elected to
        held = [c for c in group.claims if c.extractor != "role.elected_as"]
        return [flag for key, part in ((group.key, held), (f"{group.key}|elected", installed))
                for flag in _compare_roles(Group(group.kind, key, group.subject, group.attribute, part,
                                                 group.context), labels, bodies)]
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

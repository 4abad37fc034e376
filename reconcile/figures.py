"""Counts and amounts: comparing figures with their tolerance, and digits two reports give in another order. The
figures only one source gives are ``single_source``'s."""

from __future__ import annotations

import re
from collections import defaultdict

from reconcile.align import Group, held_apart
from reconcile.extract.counted import THING_CATEGORIES as THINGS
from reconcile.extract.figure_spans import NUMBER_RE
from reconcile.extract.measures import MEASURE_CATEGORIES
from reconcile.figure_context import linked, several_values
from reconcile.flagging import clusters_of, make_flag, per_source, sides
from reconcile.models import Claim, Flag
from reconcile.normalize.numbers import Range, format_number, value_range
from reconcile.organisations import UnionFind

NUMBER_IN_TEXT = re.compile(r"\d(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)")


# Figures compared as written, never within a tolerance: a match's score, and a cricket side's runs for wickets.
SCORES = {"score", "innings total"}
# A player's figures of one game, compared only with those told of the same game (by its day or number).
PER_GAME = {"points", "batting score"}


def figure_range(c: Claim):
    """The values a figure covers, given how exactly it is worded. A sum converted from another currency
    ("1.2 billion tugriks (about $350,000)") is taken within 3%, "about" or not: two reports convert at the
    rates of their days, and round."""
    if c.qualifiers.get("conversion"):
        value = float(c.norm)
        return Range(value * (1 - CONVERTED), value * (1 + CONVERTED),
                     f"a sum converted from another currency (within {CONVERTED:.0%}: exchange rates differ)")
    r, factor = _range_as_written(c)
    return Range(r.low * factor, r.high * factor, r.wording)


def _range_as_written(c: Claim) -> tuple[Range, float]:
    """A figure's range in the unit it was written in, and the factor to the unit it is kept in: "about 150 metres"
    is hedged in metres (not by a kilometre, the unit lengths are kept in)."""
    if c.qualifiers.get("conversion"):
        return figure_range(c), 1.0
    approx = c.qualifiers.get("approx", "exact")
    if approx == "upper" and c.qualifiers.get("category") in MEASURE_CATEGORIES:
        # "up to 700 megawatts", "up to 140,000 tonnes a year": a capacity, the figure itself (not a sum offered
        # "up to" a ceiling, which a smaller sum may meet)
        value = float(c.norm)
        return Range(value, value, "a capacity, the most it may be, told as the figure itself"), 1.0
    written = NUMBER_IN_TEXT.search(c.value)
    told = float(written.group(0).replace(",", "")) if written else 0.0
    if c.qualifiers.get("unit") == "km" and approx != "exact" and told:
        return value_range(told, approx), float(c.norm) / told
    if approx == "lower" and _A_DOZEN.search(c.value):
        # "more than a dozen": anything short of two dozen, not the quarter more a figure in digits allows
        return Range(12, 23, "a lower bound of a dozen (below two dozen)"), 1.0
    return value_range(float(c.norm), approx, c.qualifiers.get("unit") == "percent"), 1.0


_A_DOZEN = re.compile(r"\ba\s+dozen\b", re.I)


def _rounding(c: Claim) -> float:
    """Half the step of the last digit of an exact figure told in millions or billions with a decimal ("4.7
    million": 50,000), or of a figure of thousands told in words with two digits or more ("three thousand four
    hundred": 50), which a speaker rounds; 0 for any other figure."""
    if c.qualifiers.get("approx", "exact") != "exact":
        return 0.0
    told = NUMBER_RE.search(c.value)
    if told is None and not any(ch.isdigit() for ch in c.value) and (value := float(c.norm)) >= 1000 \
            and value == int(value):
        step = 1
        while int(value) % (step * 10) == 0:
            step *= 10
        return step / 2 if step >= 100 and value / step >= 10 else 0.0  # not "a hundred million": one digit
    if told is None or not told.group("scale") or "." not in told.group("num") or not float(told.group("num")):
        return 0.0
    decimals = len(told.group("num").split(".")[1])
    return float(c.norm) / float(told.group("num").replace(",", "")) * 10 ** -decimals / 2


CONVERTED = 0.03  # how far two reports' conversions of one sum may differ with the exchange rate


def compare_quantities(group: Group, labels, n_sources: int, prominence: dict[str, int] | None = None) -> list[Flag]:
    """Figures of one group that no reading of their wording reconciles. Sums named for two different payers
    or payees, and terms of two people sentenced, are never compared with each other; a figure whose holder is
    unsaid is compared with the main holder's (``prominence``: how often each entity is named in the story)."""
    converted = _converted(group, labels)
    claims = [c for c in group.claims if not c.qualifiers.get("conversion")]
    holders = sorted({c.subject_key for c in claims if c.subject_key})
    if held_apart(group.claims[0]) and len(holders) > 1:
        main = max(holders, key=lambda key: ((prominence or {}).get(key, 0), key))
        flags = []
        for key in holders:
            mine = [c for c in claims if c.subject_key == key]
            if key == main:
                mine += _unnamed_for_main(claims, main)
            part = Group(group.kind, f"{group.key}|{key}", group.subject, group.attribute, mine, dict(group.context))
            flags.extend(_compare(part, labels))
        return flags + converted
    category = group.claims[0].qualifiers.get("category")
    if category in SCORES | PER_GAME:
        parts = _games(claims) if category in PER_GAME else _matches(claims)
        if category == "innings total":
            # A report that gives one side two totals tells two innings or two matches: a total is then compared
            # only with the totals told of its own match (by day or game), never by the side alone.
            parts = [p for p in parts if len(parts) > 1 or all(len({c.norm for c in cs}) == 1
                                                               for cs in per_source(p).values())]
        return [flag for k, part in enumerate(parts)
                for flag in _compare(Group(group.kind, f"{group.key}|{k}" if k else group.key, group.subject,
                                           group.attribute, part, dict(group.context)), labels)]
    return _compare(Group(group.kind, group.key, group.subject, group.attribute, claims, group.context),
                    labels) + converted


def _converted(group: Group, labels) -> list[Flag]:
    """Sums converted from another currency ("1.2 billion tugriks (about $350,000)"), compared only with the
    conversions of sums told for the same purpose, within the rates of two days: a conversion is no figure a
    report tells by itself, and one whose purpose is unsaid may be of any sum."""
    by_purpose: dict[str, list[Claim]] = defaultdict(list)
    for c in group.claims:
        category = str(c.qualifiers.get("category", ""))
        if c.qualifiers.get("conversion") and category.startswith("amount:"):
            by_purpose[category].append(c)
    return [flag for category, mine in sorted(by_purpose.items())
            for flag in _compare(Group(group.kind, f"{group.key}|converted|{category}", group.subject,
                                       group.attribute, mine, dict(group.context)), labels)]


def _matches(claims: list[Claim]) -> list[list[Claim]]:
    """Scores of one kind split by the moment they are of. A series score is after as many games as its two
    numbers add up to ("1-1" after two, "2-1" after three: the series went on, no report is wrong). A match's
    score is known by the day its sentence tells and the game of a series it numbers ("Game 2", or the games a
    series score in it adds up to); scores that share a day or a game are of one match. When the reports tell two
    or more matches (the games of a series, a semi-final and a final), a score told with neither is of no match
    one can tell and is left out."""
    if claims[0].attribute == "score:series":
        totals: dict[int, list[Claim]] = defaultdict(list)
        for c in claims:
            totals[sum(int(n) for n in str(c.norm).split("-"))].append(c)
        return list(totals.values())
    # Each score's match is known by its day and its game; scores that share either are of one match.
    uf = UnionFind()
    keyed = []
    for c in claims:
        keys = [f"{told}:{c.qualifiers[told]}" for told in ("day", "game") if c.qualifiers.get(told)]
        for k in keys[1:]:
            uf.union(keys[0], k)
        keyed.append((c, keys))
    if len({uf.find(keys[0]) for _, keys in keyed if keys}) < 2:
        return _apart_by_sides(claims)  # one match told by its day or game, or none: the story's one match
    _by_sides(keyed, uf)
    parts: dict[str, list[Claim]] = defaultdict(list)
    for c, keys in keyed:
        parts[uf.find(keys[0]) if keys else ""].append(c)
    return [part for key, part in sorted(parts.items()) if key]  # a score of no match one can tell is left out


def _apart_by_sides(claims: list[Claim]) -> list[list[Claim]]:
    """Scores no day or game tells apart are of one match, unless their sentences say otherwise: a score whose
    sentence names both sides ("X beat Y 2-1") is not of the match of a score whose sentence names neither of them
    ("Z held on for a 1-1 draw"), by any word any report writes them with (``side_words``). Then the scores are
    split by the sides they name (sides sharing a word join them), and a score that names none is of no match one
    can tell and is left out. Where the names that join scores also join two that are apart, nothing tells the
    matches apart, and the scores stay together."""
    named = [c for c in claims if c.qualifiers.get("side_words")]
    words = [set(c.qualifiers["side_words"]) for c in named]
    count = [len(c.qualifiers.get("sides", ())) or 1 for c in named]  # how many sides each sentence names

    def apart(i: int, j: int) -> bool:
        # a sentence naming two sides, and another naming at most two, none of theirs
        return 2 == max(count[i], count[j]) and not words[i] & words[j]

    if not any(apart(i, j) for i in range(len(named)) for j in range(i)):
        return [claims]
    uf = UnionFind()
    for i, x in enumerate(words):
        uf.find(str(i))
        for j in range(i):
            if x & words[j]:
                uf.union(str(i), str(j))
    if any(apart(i, j) and uf.find(str(i)) == uf.find(str(j)) for i in range(len(named)) for j in range(i)):
        return [claims]  # the names join what they also set apart: nothing tells the matches apart
    parts: dict[str, list[Claim]] = defaultdict(list)
    for i, c in enumerate(named):
        parts[uf.find(str(i))].append(c)
    return list(parts.values())


def _games(claims: list[Claim]) -> list[list[Claim]]:
    """A player's figures split by the game they are of (``_matches``). A figure told with neither a day nor a
    game is of the game the others are of only when none is told with one: "27 points" beside "24 points in Game 4"
    may be of another game of the series."""
    told = [c for c in claims if c.qualifiers.get("day") or c.qualifiers.get("game")]
    return _matches(told) if told else [claims]


def _by_sides(keyed: list[tuple[Claim, list[str]]], uf: UnionFind) -> None:
    """A score told with neither a day nor a game is of the match its sentence names the sides of
    (``figure_sides``): the one match other reports tell of two of those sides with a day or a game; or, where
    none does, the scores other reports tell of those sides without one. Not when a report gives two scores of
    those sides (two games of a series), nor when two matches of theirs are told (which of them, nothing says)."""
    def shared(x: Claim, y: Claim) -> bool:
        return len(set(x.qualifiers.get("sides", ())) & set(y.qualifiers.get("sides", ()))) >= 2

    def two_games(c: Claim) -> bool:
        told: dict[str, set] = defaultdict(set)
        for d, _ in keyed:
            if shared(c, d):
                told[d.source_id].add(d.norm)
        return any(len(norms) > 1 for norms in told.values())

    dated = [(d, uf.find(keys[0])) for d, keys in keyed if keys]  # the scores told with a day or a game
    loose: list[tuple[Claim, list[str]]] = []
    for c, keys in keyed:
        if keys or len(c.qualifiers.get("sides", ())) < 2 or two_games(c):
            continue
        roots = {root for d, root in dated if shared(c, d)}
        if len(roots) == 1:
            keys.append(roots.pop())
        elif not roots:
            loose.append((c, keys))
    # Scores of the same sides that no report dates: one match when two or more reports tell it.
    together = UnionFind()
    for i, (c, _) in enumerate(loose):
        for j in range(i + 1, len(loose)):
            if loose[j][0].source_id != c.source_id and shared(c, loose[j][0]):
                together.union(str(i), str(j))
    groups: dict[str, list[list[str]]] = defaultdict(list)
    for i, (_, keys) in enumerate(loose):
        groups[together.find(str(i))].append(keys)
    for root, members in groups.items():
        if len(members) >= 2:
            for keys in members:
                keys.append(f"sides:{root}")


def _unnamed_for_main(claims: list[Claim], main: str) -> list[Claim]:
    """Figures whose clause names no holder ("heard himself sentenced to eight years") are the main holder's,
    unless the figure is one another named holder has ("the brother-in-law was sentenced to five years" beside
    "Lalic received five years"): a report is read as being about the one it is mostly about."""
    others = {c.norm for c in claims if c.subject_key and c.subject_key != main}
    return [c for c in claims if not c.subject_key and c.norm not in others]


def _far_apart(a: float, b: float) -> bool:
    """Fifty times or more apart: two things, not one figure told two ways."""
    return a > 0 and b > 0 and max(a, b) / min(a, b) >= 50


def _size_key(norm) -> str:
    """What a group's key gets for a band of its figures told apart by size: their number of digits."""
    return f"|size{len(str(int(float(norm))))}"


def _bands(claims: list[Claim]) -> list[list[Claim]]:
    """Figures cut where one is fifty times or more the one below it (``_far_apart``)."""
    ordered = sorted(claims, key=lambda c: float(c.norm))
    bands: list[list[Claim]] = []
    for c in ordered:
        if bands and not _far_apart(float(bands[-1][-1].norm), float(c.norm)):
            bands[-1].append(c)
        else:
            bands.append([c])
    return bands


def _compare(group: Group, labels, link: bool = True) -> list[Flag]:
    if not group.claims:
        return []
    by_source = per_source(group.claims)
    # (Sums and measures of a named purpose only: a bare noun counted, "of:zloty", says too little to split.)
    bands = _bands(group.claims) if str(group.claims[0].qualifiers.get("category")).startswith("amount:") else []
    band_of = {id(c): k for k, band in enumerate(bands) for c in band}
    if len(bands) > 1 and any(len({band_of[id(c)] for c in cs}) > 1 for cs in by_source.values()):
        # "a plant costing €185 million" and "the campaign has spent €146,500" in one report: two things of one
        # kind, each compared with the figures of its own size in the other reports (the band most reports tell
        # keeps the group's key)
        bands.sort(key=lambda b: -len({c.source_id for c in b}))
        return [flag for k, band in enumerate(bands) for flag in _compare(
            Group(group.kind, group.key if k == 0 else group.key + _size_key(band[0].norm),
                  group.subject, group.attribute, band, dict(group.context)), labels)]
    category = group.claims[0].qualifiers.get("category", "")
    parts = linked(by_source) if link and (str(category).startswith("of:") or category in THINGS) \
        and several_values(by_source) else []
    if parts:
        # A report that gives two or more figures of the kind: each other report's figure is compared with the one
        # told in the same words around it (the part most reports tell keeps the group's key)
        return [flag for k, part in enumerate(parts) for flag in _compare(
            Group(group.kind, group.key if k == 0 else f"{group.key}|told{k}", group.subject, group.attribute,
                  part, dict(group.context)), labels, link=False)]
    reps = [cs[0] for cs in by_source.values()]
    if len(reps) == 1 or category == "amount" and several_values(by_source):
        # One source; or sums of money whose purpose the text does not say, of which a report gives two or more:
        # which of them another report's sum is, nothing tells. (When each report gives one, it is the one.)
        return []
    if category in SCORES:
        clusters = clusters_of(reps, lambda a, b: a.norm == b.norm)
    else:
        # Exact figures first, so that a vague "just over 15,000" cannot bridge 15,208 and 15,390.
        ordered = sorted(reps, key=lambda c: c.qualifiers.get("approx", "exact") != "exact")
        clusters = []
        for c in ordered:
            for cl in clusters:
                if all(agree(x, c) for x in cl):
                    cl.append(c)
                    break
            else:
                clusters.append([c])
        # A vague figure that fits figures on both sides is a bridge between them, not a side of its own.
        # A bound ("more than a thousand") bridges any figure it fits; an estimate ("some 212") only an exact one.
        clusters = [cl for cl in clusters if any(x.qualifiers.get("approx", "exact") == "exact" for x in cl)
                    or not any(agree(x, y) for x in cl for other in clusters if other is not cl for y in other
                               if y.qualifiers.get("approx", "exact") == "exact" or x.qualifiers.get("approx") != "about")]
    if len(clusters) >= 2 and category not in SCORES:
        # Figures fifty times apart are of two things the grouping could not tell apart (a pipeline's capacity and
        # what trucks carry today; all polling stations and the few that opened late), not two reports of one
        # figure: each size is compared on its own.
        # The band of the most told figure keeps the group's key; another is keyed by its figures' size, so that
        # a review decision follows each across runs.
        flags: list[Flag] = []
        first = True
        while clusters:
            main = max(clusters, key=len)[0]
            band = [cl for cl in clusters if not _far_apart(float(cl[0].norm), float(main.norm))]
            clusters = [cl for cl in clusters if all(cl is not b for b in band)]
            suffix = "" if first else _size_key(main.norm)
            flags.extend(_flag_clusters(group, labels, band, category, suffix))
            first = False
        return flags
    return _flag_clusters(group, labels, clusters, category, "")


def agree(a: Claim, b: Claim) -> bool:
    """Whether two figures of one thing can both be right: their ranges overlap, save two ceilings ("up to $900
    million" and "up to $750 million" of one loan): the most each report says it may be are two different
    figures."""
    if a.qualifiers.get("approx") == b.qualifiers.get("approx") == "upper":
        return float(a.norm) == float(b.norm)
    half_a, half_b = _rounding(a), _rounding(b)
    if half_a != half_b and a.qualifiers.get("approx", "exact") == b.qualifiers.get("approx", "exact") == "exact" \
            and not a.qualifiers.get("conversion") and not b.qualifiers.get("conversion"):
        # "BZ$4.7 million" and "BZ$4.68 million": the finer figure rounds to the coarser one ("US$1.25 billion"
        # does not round to "US$1.2 billion")
        coarse, fine = (a, b) if half_a > half_b else (b, a)
        half = max(half_a, half_b)
        return float(coarse.norm) - half <= float(fine.norm) < float(coarse.norm) + half
    if a.qualifiers.get("approx") == b.qualifiers.get("approx") == "about" \
            or a.qualifiers.get("conversion") and b.qualifiers.get("conversion"):
        # "about 9,500" and "about 11,000": each hedges its own figure, not the other's; one of the two must fall
        # within the other's hedge ("about 300" and "about 320" agree). So too two conversions of one sum at the
        # rates of two days.
        ra, rb = figure_range(a), figure_range(b)
        return ra.low <= float(b.norm) <= ra.high or rb.low <= float(a.norm) <= rb.high
    return figure_range(a).overlaps(figure_range(b))


def _flag_clusters(group: Group, labels, clusters: list[list[Claim]], category: str, suffix: str) -> list[Flag]:
    """The flag for figures of one group that fall in two or more clusters, none reconciling with another."""
    if len(clusters) < 2 or len({c.source_id for cl in clusters for c in cl}) < 2:
        return []
    first = [cl[0] for cl in clusters]
    tolerance = [c for c in first if c.qualifiers.get("approx", "exact") != "exact" and category not in SCORES]
    note = ""
    if tolerance:
        c = tolerance[0]
        r = _range_as_written(c)[0]
        note = (f" \u201c{c.value}\u201d was read as {r.wording} ({format_number(max(r.low, 0))}"
                f"\u2013{format_number(r.high)}) and still does not cover the other figure.")
    explanation = f"Sources give different figures for {group.subject}: {sides(labels, first)}.{note}"
    if any(_reordered(_digits(x), _digits(y)) for x in first for y in first):
        explanation += " Two of them have the same digits in another order: one is likely a copying slip."
    claims = [c for cl in clusters for c in cl]
    conf = 0.85 * min(c.confidence for c in claims) / 0.75
    return [make_flag("number_conflict", group.key + suffix, group.subject, explanation, claims, conf)]


def _digits(c: Claim) -> str:
    """The figure's digits as written, without separators and the zeros that only scale it ("1.53" -> "153")."""
    written = NUMBER_IN_TEXT.search(c.value)
    return written.group(0).replace(",", "").replace(".", "").strip("0") if written else ""


def _reordered(a: str, b: str) -> bool:
    """Whether two figures' digits are the same digits in another order ("135" and "153")."""
    return a != b and len(set(a)) >= 2 and sorted(a) == sorted(b)


def transposed(groups: list[Group], flags: list[Flag], labels, story_of: dict[str, str] | None = None) -> list[Flag]:
    """Reports that give one figure with its digits in another order ("$1.35 billion" / "1.53 billion dollars",
    "18,400" / "14,800"): a likely copying slip, flagged even where the reports describe the figure in other words,
    so that their counts fall in two groups. Only figures in one unit and of one size, and that count the same
    thing, or have three digits or more and are sums or counts in the thousands: "12 dead" and "21 injured" share
    their digits by chance, "26,300 bags seized" and "23,600 bags stored" hardly."""
    story_of = story_of or {}
    covered = [{str(c.norm) for c in f.claims} for f in flags if f.kind == "number_conflict"]
    found: dict[tuple, list[Claim]] = defaultdict(list)
    for g in groups:
        for c in g.claims if g.kind == "quantity" else ():
            digits = _digits(c)
            if c.qualifiers.get("conversion") or c.qualifiers.get("category") in SCORES or len(set(digits)) < 2:
                continue
            category = str(c.qualifiers.get("category", ""))
            long = len(digits) >= 3 and (category.startswith("amount") or float(c.norm) >= 1000)
            kind = "long" if long else f"{c.attribute}|{c.subject_key}"
            found[(story_of.get(c.source_id, ""), c.qualifiers.get("unit"), kind, "".join(sorted(digits)))].append(c)
    out = []
    for key, claims in found.items():
        by_value: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            by_value[_digits(c)].append(c)  # one key of sorted digits: any two values are _reordered
        if len(by_value) < 2 or len({c.source_id for c in claims}) < 2:
            continue
        norms = sorted({float(c.norm) for c in claims})
        if not 0.1 < norms[0] / norms[-1] or any({str(c.norm) for c in claims} <= told for told in covered):
            continue
        firsts = [cs[0] for cs in by_value.values()]
        explanation = (f"Sources give the same digits in a different order: {sides(labels, firsts)}; one of them is "
                       f"likely a copying slip.")
        shown = [c for cs in by_value.values() for c in cs]
        out.append(make_flag("number_conflict", "transposed|" + "|".join(map(str, key)), firsts[0].subject,
                             explanation, shown, 0.6 * min(c.confidence for c in shown) / 0.75))
    return out

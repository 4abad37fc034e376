"""Accuracy harness: flag precision and recall, and entity-cluster quality, on labelled stories.

A story folder holds ``story.yaml`` (title, topic, split), ``sources/`` and
``gold.yaml`` (expected flags with the values on each side, and entity
clusters); see ``tests/data/stories/GUIDELINES.md``. A predicted flag matches
a gold flag of the same kind when every gold side is found among the flag's
claim values (same words, one inside the other, or a near-identical quote).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from reconcile.load import YAML_LOADER
from reconcile.models import FLAG_KINDS, Analysis, Claim, Flag
from reconcile.normalize.dates import NormDate, parse_date
from reconcile.normalize.names import COURTESY
from reconcile.normalize.numbers import parse_number
from reconcile.normalize.text import fold


@dataclass
class GoldFlag:
    kind: str
    sides: list[str]
    note: str = ""


@dataclass
class Story:
    slug: str
    path: Path
    title: str
    topic: str
    split: str
    flags: list[GoldFlag]
    clusters: list[list[str]]

    @property
    def sources_dir(self) -> Path:
        return self.path / "sources"


@dataclass
class StoryResult:
    story: Story
    hits: list[tuple[GoldFlag, Flag]] = field(default_factory=list)
    misses: list[GoldFlag] = field(default_factory=list)
    false_alarms: list[Flag] = field(default_factory=list)
    pairs: dict[str, int] = field(default_factory=lambda: {"tp": 0, "fp": 0, "fn": 0})
    split_names: list[tuple[str, str]] = field(default_factory=list)  # same entity in gold, apart in the output
    merged_names: list[tuple[str, str]] = field(default_factory=list)  # different in gold, joined in the output
    absent_names: list[str] = field(default_factory=list)  # gold names never written by themselves


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Summary:
    """Scores of one split: per flag kind, overall, and entity-cluster pairs."""

    split: str
    stories: int
    sources: int
    by_kind: dict[str, Score]
    overall: Score
    clusters: Score


def load_stories(root: str | Path) -> list[Story]:
    stories = []
    for path in sorted(Path(root).iterdir()):
        if not (path / "gold.yaml").is_file():
            continue
        meta = yaml.load((path / "story.yaml").read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}
        gold = yaml.load((path / "gold.yaml").read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}
        flags = [GoldFlag(f["kind"], [str(s) for s in f.get("sides", [])], str(f.get("note", "")))
                 for f in gold.get("flags") or []]
        clusters = [[str(n) for n in c] for c in gold.get("clusters") or []]
        stories.append(Story(path.name, path, str(meta.get("title", path.name)), str(meta.get("topic", "")),
                             str(meta.get("split", "tune")), flags, clusters))
    return stories


_OWNER = re.compile(r"\b(?:the|[\w-]+['’]s)\s+", re.I)
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def value_matches(gold: str, predicted: str, kind: str = "") -> bool:
    if kind == "title_conflict":
        # "chairman of the State Committee" and "chairman of Ruritania's State Committee": one title, written
        # with and without its owner.
        gold, predicted = _OWNER.sub("", gold), _OWNER.sub("", predicted)
    if kind == "place_conflict":
        # "Banja Luka" and "Banja Luka's City Stadium": the town, and a ground in it named with the town as owner.
        gold, predicted = _POSSESSIVE.sub("", gold), _POSSESSIVE.sub("", predicted)
    g, p = fold(gold), fold(predicted)
    if not g or not p:
        return False
    if g == p or f" {g} " in f" {p} " or f" {p} " in f" {g} ":
        return True
    if kind in ("number_conflict", "single_source"):
        # "33,000 litres" and "about 33,000", "Sh1.8 billion" and "1.8 billion": one figure, written with and
        # without its unit or hedge.
        a, b = _figure(gold), _figure(predicted)
        if a is not None and a == b:
            return True
        a, b = _months(gold), _months(predicted)  # "one year and six months" and "18-month"
        return a is not None and a == b
    if kind == "title_conflict":
        # "Transport Minister" and "Minister of Transport": one title, its words in another order.
        return sorted(w for w in g.split() if w not in _TITLE_GLUE) == sorted(w for w in p.split() if w not in _TITLE_GLUE)
    return kind == "quote_mismatch" and fuzz.ratio(g, p) >= 85


_TITLE_GLUE = {"of", "for", "the"}


_FIGURE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(million|billion|bn|thousand|m|k)?\b", re.I)
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}


_YEARS_AND_MONTHS = re.compile(r"^(.+?)[\s-]years?\s+and\s+(.+?)[\s-]months?$", re.I)


def _figure(text: str) -> float | None:
    """The one figure written in a value, with its scale word; None for none or several. A term of years and
    months is its years ("three years and six months" is 3.5, as "three and a half years" is)."""
    term = _YEARS_AND_MONTHS.match(text.strip())
    if term and (years := _figure(term.group(1))) is not None and (months := _figure(term.group(2))) is not None:
        return years + months / 12
    found = _FIGURE.findall(text)
    if len(found) > 1:
        return None
    if not found:  # "five years", "about twelve"
        words = fold(text).split()
        return next((v for i in range(len(words)) for j in range(len(words), i, -1)
                     if (v := parse_number(" ".join(words[i:j]))) is not None), None)
    digits, scale = found[0]
    try:
        return float(digits.replace(",", "")) * _SCALE.get(scale.lower(), 1)
    except ValueError:
        return None


_YEARS_OR_MONTHS = re.compile(r"[\s-](years?|months?)$", re.I)


def _months(text: str) -> float | None:
    """A term written in years, months or both, in months; None for any other value."""
    text = text.strip()
    if (term := _YEARS_AND_MONTHS.match(text)) is not None:
        years, months = _figure(term.group(1)), _figure(term.group(2))
        return None if years is None or months is None else years * 12 + months
    unit = _YEARS_OR_MONTHS.search(text)
    if unit is None or (n := _figure(text[:unit.start()])) is None:
        return None
    return n * 12 if unit.group(1).lower().startswith("year") else n


def flag_matches(gold: GoldFlag, flag: Flag, days: dict[str, set] | None = None) -> bool:
    """Whether a flag raises the gold flag: of its kind, with a claim for each gold side. A date side is also met
    by a claim that names the same day in other words ("yesterday" in one report for the "October 16" the gold
    quotes from another), given ``days``, the days each side names where it is written (``days_named``)."""
    if gold.kind != flag.kind:
        return False
    named = days or {}

    def fits_side(side: str, claim: Claim) -> bool:
        day, sides_days = _day(claim.norm), named.get(side, set()) if gold.kind == "date_conflict" else set()
        if day is not None and sides_days:
            # the words alone are not enough: "Friday" for May 7 is not the gold's "Friday, May 14"
            return day in sides_days
        return value_matches(side, claim.value, gold.kind)

    fits = [[i for i, c in enumerate(flag.claims) if fits_side(side, c)] for side in gold.sides]

    def assign(k: int, used: frozenset[int]) -> bool:
        # each side its own claim, tried every way: "Vice-Chancellor" is in "Deputy Vice-Chancellor" too, so the
        # first claim a side fits need not be its own
        return k == len(fits) or any(assign(k + 1, used | {i}) for i in fits[k] if i not in used)

    return assign(0, frozenset())


def _day(norm) -> tuple | None:
    """The calendar day a normalised date names, if it names one."""
    if not isinstance(norm, NormDate) or None in (norm.year, norm.month, norm.day) or norm.until:
        return None
    return norm.year, norm.month, norm.day


def days_named(story: Story, analysis: Analysis) -> dict[str, set]:
    """For each date side of the story's gold flags, the days it can name where a report writes it: read against
    that report's publication date, as a day past or ahead ("Thursday"), and as the day of each date claim whose
    words hold it ("May 16" in "Saturday, May 16")."""
    sides = {side for g in story.flags if g.kind == "date_conflict" for side in g.sides}
    dated = [(c.value, day) for c in analysis.claims if c.value_type == "date" and (day := _day(c.norm))]
    named: dict[str, set] = {}
    for side in sides:
        # a claim whose words hold the side's ("Saturday, May 16" for "May 16"); not one whose words the side
        # holds ("Friday", of another week, for "Friday, May 14")
        days = {day for value, day in dated if f" {fold(side)} " in f" {fold(value)} "}
        written = re.compile(rf"(?<!\w){re.escape(side)}(?!\w)")
        for src in analysis.sources:
            if src.published is not None and written.search(src.text):
                days |= {day for ahead in (False, True) if (day := _day(parse_date(side, src.published, ahead)))}
        named[side] = days
    return named


def score_story(story: Story, analysis: Analysis) -> StoryResult:
    result = StoryResult(story)
    days = days_named(story, analysis)
    flags = list(analysis.flags)
    fits = [[j for j, f in enumerate(flags) if flag_matches(gold, f, days)] for gold in story.flags]
    matched = best_matching(fits)
    for i, gold in enumerate(story.flags):
        if i in matched:
            result.hits.append((gold, flags[matched[i]]))
        else:
            result.misses.append(gold)
    taken = set(matched.values())
    result.false_alarms = [f for j, f in enumerate(flags) if j not in taken]
    predicted = [[m.text for m in e.mentions] for e in analysis.entities]
    texts = [s.text for s in analysis.sources]
    clusters = [[n for n in cluster if stands_alone(n, cluster, texts)] for cluster in story.clusters]
    result.absent_names = [n for cluster, kept in zip(story.clusters, clusters, strict=True) for n in cluster if n not in kept]
    result.pairs = cluster_pairs(clusters, predicted, result.split_names, result.merged_names)
    return result


def best_matching(fits: list[list[int]]) -> dict[int, int]:
    """The most gold flags each given its own predicted flag: ``fits[i]`` lists the predicted flags gold flag ``i``
    fits, and the result maps gold to predicted. Taking the first fit for each gold flag in turn can leave a later
    gold flag without the one flag it fits, when an earlier one fits others too (two date conflicts whose sides
    are both "Saturday" and "Sunday"); augmenting paths (Kuhn's algorithm) find the largest one-to-one matching,
    keeping the first fit wherever that costs nothing."""
    owner: dict[int, int] = {}  # predicted -> gold

    def place(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(fits)):
        place(i, set())
    return {i: j for j, i in owner.items()}


def stands_alone(name: str, cluster: list[str], texts: list[str]) -> bool:
    """Whether a gold name is written somewhere by itself, not only inside a longer name of its cluster.

    A gold file may list "Draxler" for a person every source calls "Sabine Draxler"; no mention can be
    "Draxler", so the pair is left out of the cluster scores (and listed) rather than counted as a miss.
    """
    longer = [n for n in cluster if len(n) > len(name) and name.lower() in n.lower()]
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.I)
    for text in texts:
        covered = [(m.start(), m.end()) for n in longer
                   for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text, re.I)]
        for m in pattern.finditer(text):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                return True
    return False


def cluster_pairs(gold: list[list[str]], predicted: list[list[str]], split: list | None = None,
                  merged: list | None = None) -> dict[str, int]:
    """Pairwise agreement of predicted entity clusters with the gold clusters, over the gold names."""
    gold_of: dict[str, int] = {}
    for i, cluster in enumerate(gold):
        for name in cluster:
            gold_of.setdefault(_name_key(name), i)
    pred_sets = [{_name_key(n) for n in names} for names in predicted]
    names = sorted(gold_of)
    counts = {"tp": 0, "fp": 0, "fn": 0}
    for a, b in combinations(names, 2):
        same_gold = gold_of[a] == gold_of[b]
        same_pred = any(a in s and b in s for s in pred_sets)
        if same_gold and same_pred:
            counts["tp"] += 1
        elif same_pred:
            counts["fp"] += 1
            if merged is not None:
                merged.append((a, b))
        elif same_gold:
            counts["fn"] += 1
            if split is not None:
                split.append((a, b))
    return counts


# (not the "u" of "u s bankruptcy court", folded from "U.S.": a courtesy comes before a name, not a letter)
_COURTESY = re.compile(r"^(?:" + "|".join(c.lower() for c in COURTESY) + r") (?!\w\b)")


def _name_key(name: str) -> str:
    """A name as scored: "Mr Dalakis" is the name "Dalakis" (reconcile keeps titles out of names), "Serbia's" is
    "Serbia"."""
    return _COURTESY.sub("", fold(_POSSESSIVE.sub("", name)))


def summarise(split: str, results: list[StoryResult]) -> Summary:
    by_kind: dict[str, Score] = defaultdict(Score)
    overall, clusters = Score(), Score()
    for r in results:
        for gold, _ in r.hits:
            by_kind[gold.kind].tp += 1
        for gold in r.misses:
            by_kind[gold.kind].fn += 1
        for flag in r.false_alarms:
            by_kind[flag.kind].fp += 1
        clusters.tp += r.pairs["tp"]
        clusters.fp += r.pairs["fp"]
        clusters.fn += r.pairs["fn"]
    for s in by_kind.values():
        overall.tp += s.tp
        overall.fp += s.fp
        overall.fn += s.fn
    n_sources = sum(len(list(r.story.sources_dir.glob("*"))) for r in results)
    ordered = {k: by_kind[k] for k in FLAG_KINDS if k in by_kind}
    ordered.update({k: v for k, v in by_kind.items() if k not in ordered})
    return Summary(split, len(results), n_sources, ordered, overall, clusters)


def run_stories(stories: Iterable[Story], analyse: Callable[[Path], Analysis] | None = None,
                workers: int = 1) -> list[StoryResult]:
    """Analyse and score each story, in the order given.

    With the pipeline's own analysis and ``workers`` above 1, the stories are shared among that many processes
    (each story is analysed whole in one of them); results are the same as one process gives.
    """
    chosen = list(stories)
    if analyse is not None:
        return [score_story(story, analyse(story.sources_dir)) for story in chosen]
    if workers > 1 and len(chosen) > 1:
        from concurrent.futures import ProcessPoolExecutor

        from reconcile.extract import warm_up, worker_context

        with ProcessPoolExecutor(max_workers=min(workers, len(chosen)), mp_context=worker_context(None),
                                 initializer=warm_up) as pool:
            return list(pool.map(_analyse_and_score, chosen))
    return [_analyse_and_score(story) for story in chosen]


def _analyse_and_score(story: Story) -> StoryResult:
    from reconcile.pipeline import analyse

    return score_story(story, analyse([story.sources_dir]))


def format_summary(summary: Summary) -> str:
    lines = [f"split: {summary.split}  ({summary.stories} stories, {summary.sources} sources)",
             f"  {'kind':<18}{'gold':>6}{'pred':>6}{'hit':>6}{'P':>7}{'R':>7}{'F1':>7}"]
    for kind, s in list(summary.by_kind.items()) + [("OVERALL", summary.overall)]:
        lines.append(f"  {kind:<18}{s.tp + s.fn:>6}{s.tp + s.fp:>6}{s.tp:>6}{s.precision:>7.2f}{s.recall:>7.2f}"
                     f"{s.f1:>7.2f}")
    c = summary.clusters
    lines.append(f"  {'entity pairs':<18}{c.tp + c.fn:>6}{c.tp + c.fp:>6}{c.tp:>6}{c.precision:>7.2f}"
                 f"{c.recall:>7.2f}{c.f1:>7.2f}")
    return "\n".join(lines)


def format_errors(results: list[StoryResult]) -> str:
    lines = []
    for r in results:
        if not (r.misses or r.false_alarms or r.split_names or r.merged_names or r.absent_names):
            continue
        lines.append(f"[{r.story.split}] {r.story.slug}")
        for g in r.misses:
            lines.append(f"  MISS  {g.kind}: {' | '.join(g.sides)}" + (f"  ({g.note})" if g.note else ""))
        for f in r.false_alarms:
            lines.append(f"  FALSE {f.kind}: {' | '.join(c.value for c in f.claims)}  -- {f.subject}")
            for c in f.claims[:3]:
                lines.append(f"        {c.source_id}: {c.sentence[:160]}")
        if r.split_names:
            lines.append("  entities kept apart: " + "; ".join(f"{a} / {b}" for a, b in r.split_names[:12]))
        if r.merged_names:
            lines.append("  entities joined wrongly: " + "; ".join(f"{a} / {b}" for a, b in r.merged_names[:12]))
        if r.absent_names:
            lines.append("  gold names not written by themselves (not scored): " + "; ".join(r.absent_names))
    return "\n".join(lines)

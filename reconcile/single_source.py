"""Figures only one source gives: a count or an amount that no other report of its story gives in any wording, and
that no conflict already covers. Listed with low severity, so that they never drown the conflicts."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from reconcile.align import Group, held_apart
from reconcile.extract.lexicon import SMALL_UNIT_WORDS, SPOKEN
from reconcile.extract.quotes import quoted_spans
from reconcile.figures import NUMBER_IN_TEXT, figure_range
from reconcile.flagging import make_flag
from reconcile.models import Claim, Flag, Source
from reconcile.normalize.numbers import value_range

COUNT_CATEGORIES_FOR_SINGLE = {"dead", "injured", "missing", "evacuated", "displaced", "arrested", "rescued", "jobs",
                               "votes", "seats", "turnout", "attendance", "sentence", "vote share", "score",
                               "buildings", "seized", "sites", "passengers", "maximum sentence", "sought sentence", "crew",
                               "revised sentence", "restricted sentence",
                               "flights", "area", "deployed", "invalid ballots", "observers", "troops",
                               "volunteers", "responders", "police", "workforce", "site workforce", "viewers", "in serious condition",
                               "in critical condition", "in grave condition", "witnesses", "complaints", "vehicles"}


# r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?" with the first digit taken out in front, which lets the scan
# skip to the next digit at once.
_SCALE_AFTER = re.compile(r"\s?(million|billion|bn|m|k|thousand|lakh|crore)\b")
_WORD_AFTER = re.compile(r"\s*([a-z]+)")
_FEW_WORDS_AFTER = re.compile(r"(?:\s+[a-z]+){0,5}")  # words of one clause: no punctuation between
_SCORE_IN_TEXT = re.compile(r"(?<![\d.,-])(\d{1,3})\s?[-\u2013]\s?(\d{1,3})(?!\d|[.,]\d|-\d)")


@lru_cache(maxsize=1)
def _number_words() -> re.Pattern:
    """The words of ``\\b[a-z]+(?:-[a-z]+)?\\b`` that may be numbers: those with a hyphen ("twenty-one"), and
    the unit and tens words but "a" and "an". A word of the plain pattern that is neither is matched whole or
    not at all, so this finds the same words at the same places without stopping at every other word."""
    from reconcile.normalize.numbers import TENS, UNITS

    words = sorted((set(UNITS) - {"a", "an"}) | set(TENS), key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:[a-z]+-[a-z]+|" + "|".join(words) + r")\b")


@dataclass(frozen=True)
class Within:
    """A word written a few words after a small figure ("six people are listed as missing")."""

    value: float
    word: str


@dataclass(frozen=True)
class Near:
    """The word right after a figure (and its scale), with how exactly the figure is given ("about 300
    residents")."""

    word: str
    value: float
    approx: str


@dataclass(frozen=True)
class Score:
    """A score as written, the higher number first ("2-1")."""

    score: str


def _numbers_written(sources: list[Source], around: bool = False) -> dict[str, set]:
    """Every figure each source writes, in digits (with million/billion scales) or as a word, whatever it
    counts: the bare value, and the value with the word after it ("4 percent", "nine votes").

    With ``around``, also what is written around each figure: a ``Within`` for each of the few words after a
    small figure, a ``Near`` for the word after a figure and its scale, with its approximate wording, and a
    ``Score`` for every score."""
    from reconcile.normalize.numbers import SCALES, SHORT_SCALES, approx_before, parse_number

    number_words = _number_words()
    out: dict[str, set] = {}
    for src in sources:
        values: set = set()
        text = src.text.lower().replace("per cent", "percent").replace("%", " percent")
        found = [(float(m.group(0).replace(",", "")), m.start(), m.end()) for m in NUMBER_IN_TEXT.finditer(text)]
        for m in number_words.finditer(text):
            number = parse_number(m.group(0))
            if number is not None:
                found.append((number, m.start(), m.end()))
        for value, start, end in found:
            values.add(value)
            after = _SCALE_AFTER.match(text, end)
            if after:
                values.add(value * (SCALES.get(after.group(1)) or SHORT_SCALES.get(after.group(1), 1)))
            word = _WORD_AFTER.match(text, end)
            if word:
                values.add((value, word.group(1).rstrip("s")))
            if not around:
                continue
            if value <= 12:
                # "Six people are listed as missing": a small figure with the word of what it counts a few words on
                values.update(Within(value, w.rstrip("s")) for w in _FEW_WORDS_AFTER.match(text, end).group(0).split())
            # The figure with its approximate wording and the word after it (and after its scale), to tell
            # "about 300 residents" and "312 residents" apart from two different counts
            scaled = value * (SCALES.get(after.group(1)) or SHORT_SCALES.get(after.group(1), 1)) if after else value
            counted = _WORD_AFTER.match(text, after.end() if after else end)
            if counted:
                values.add(Near(counted.group(1).rstrip("s"), scaled, approx_before(text[max(0, start - 30):start])[1]))
        for m in _SCORE_IN_TEXT.finditer(text) if around else ():
            a, b = int(m.group(1)), int(m.group(2))
            values.add(Score(f"{max(a, b)}-{min(a, b)}"))
        out[src.id] = values
    return out


def _written_elsewhere(claim: Claim, written: dict, text: str = "") -> bool:
    """A figure another source writes is not one source's alone, even where extraction missed what the other
    source counts. Small numbers must come with the same word ("nine votes", "4 percent").

    ``written`` maps each figure (and figure with its word) to the sources that write it."""
    if claim.qualifiers.get("category") == "score":
        # "drew the first leg 1-1": the same score written by another report, whatever it did not say around it
        return bool(written.get(Score(str(claim.norm)), set()) - {claim.source_id})
    try:
        value = float(claim.norm)
    except (TypeError, ValueError):
        return False
    if claim.qualifiers.get("unit") == "months" and claim.qualifiers.get("noun") == "prison":
        # A prison term is kept in months; the other report writes it as it was handed down ("five years").
        keys = [(value / 12, "year")] if value % 12 == 0 else [(value, "month")]
        return any(written.get(k, set()) - {claim.source_id} for k in keys)
    unit = "percent" if claim.qualifiers.get("unit") == "percent" else str(claim.qualifiers.get("noun", ""))
    keys = [(value, unit.rstrip("s")), Within(value, unit.rstrip("s"))] if value <= 12 else [value]
    if any(written.get(k, set()) - {claim.source_id} for k in keys):
        return True
    if str(claim.qualifiers.get("category", "")).startswith("amount") and value < 10:
        # "OMR 0.420 per share" and "420 baisas a share": a small price written in the currency's small unit
        if any(sids - {claim.source_id} for key, sids in written.items()
               if isinstance(key, Near) and key.word in SMALL_UNIT_WORDS
               and any(abs(key.value - value * f) < 0.01 for f in (100, 1000))):
            return True
    # "just over 49 percent" beside "49.2%", "312 residents" beside "about 300 residents": a figure within the
    # other's approximate wording, counting what the same word names, and no more than a tenth apart.
    counted = _word_after_claim(claim, text)
    if not counted:
        return False
    mine = figure_range(claim)
    for key, sids in written.items():
        if (isinstance(key, Near) and key.word == counted and sids - {claim.source_id}
                and (claim.qualifiers.get("approx", "exact") != "exact" or key.approx != "exact")
                and abs(key.value - value) <= 0.1 * value + 1 and value_range(key.value, key.approx).overlaps(mine)):
            return True
    return False


def _held_elsewhere(claim: Claim, texts: list[str]) -> bool:
    """A small figure another report writes right after the same holder's name ("the Green List took five and
    the Farmers' Union three"), whatever it leaves unsaid about what the figure counts."""
    holder = str(claim.qualifiers.get("holder", ""))
    try:
        value = float(claim.norm)
    except (TypeError, ValueError):
        return False
    if not holder or value > 12 or value != int(value):
        return False
    from reconcile.normalize.numbers import UNITS

    words = [w for w, v in UNITS.items() if v == value and len(w) > 2] + [str(int(value))]
    pattern = re.compile(re.escape(holder) + r"(?:['\u2019]s)?\W+(?:[a-z]+\W+){0,3}?(?:" + "|".join(words) + r")\b",
                         re.I)
    return any(pattern.search(t) for t in texts)


def _in_other_money(claim: Claim, amounts: dict[str, set]) -> bool:
    """A sum for a purpose another report gives in another currency ("OMR 96 million" for the stake, "about $250
    million" for the deal): the other report gives a figure for it, though not one to compare."""
    category = str(claim.qualifiers.get("category", ""))
    unit = claim.qualifiers.get("unit", "")
    return category.startswith("amount:") and any(
        sid != claim.source_id and other != unit for sid, other in amounts.get(category, ()))


def _change_told_elsewhere(claim: Claim, changes: dict[str, set]) -> bool:
    """A percentage by which one side wants something cut ("Finland wants to cut licences by 40 percent") where
    another report gives the cut without saying whose figure it is ("the proposal to cut them by 25 percent"), or
    the other way round: the other report gives a figure for the same change."""
    category = str(claim.qualifiers.get("category", ""))
    if not category.startswith("percent:"):
        return False
    change, _, side = category.partition(":")[2].partition(":")
    return any(sid != claim.source_id and other != side and not (other and side)
               for sid, other in changes.get(change, ()))


def _word_after_claim(claim: Claim, text: str) -> str:
    """The word after a claim's figure (after its scale), as ``_numbers_written`` keeps it: "percent", "resident"."""
    if claim.qualifiers.get("unit") == "percent":
        return "percent"
    span = text[claim.start:claim.end + 40].lower()
    m = NUMBER_IN_TEXT.search(span) or _number_words().search(span)
    if m is None:
        return ""
    after = _SCALE_AFTER.match(span, m.end())
    word = _WORD_AFTER.match(span, after.end() if after else m.end())
    return word.group(1).rstrip("s") if word else ""


def single_source(sources, groups, figures, flags, labels, n_sources: int,
                  story_of: dict[str, str] | None = None) -> list[Flag]:
    """A count or amount that no other source of its story reports, in any wording, and that no conflict
    already covers. A story told by one source has nothing to compare with and gets none."""
    if n_sources < 2:
        return []
    story_of = story_of or {}
    told_by: dict[str, int] = defaultdict(int)
    for src in sources:
        told_by[story_of.get(src.id, "")] += 1
    disputed = {c.id for f in flags for c in f.claims}
    written: dict[str, dict] = defaultdict(lambda: defaultdict(set))  # story -> figure -> source ids
    for sid, values in _numbers_written(sources, around=True).items():
        story = written[story_of.get(sid, "")]
        for value in values:
            story[value].add(sid)
    quoted = {src.id: quoted_spans(src.text) for src in sources}
    texts = {src.id: src.text for src in sources}
    texts_of: dict[str, list[tuple[str, str]]] = defaultdict(list)  # story -> (source id, text)
    for src in sources:
        texts_of[story_of.get(src.id, "")].append((src.id, src.text))
    amounts: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # story -> purpose -> (source, unit)
    for g in groups:
        for c in g.claims if g.kind == "quantity" else ():
            category = str(c.qualifiers.get("category", ""))
            if category.startswith("amount:") and not c.qualifiers.get("conversion"):
                amounts[story_of.get(c.source_id, "")][category].add((c.source_id, c.qualifiers.get("unit", "")))
    changes: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # story -> change -> (source, side)
    for g in groups:
        for c in g.claims if g.kind == "quantity" else ():
            change, _, side = str(c.qualifiers.get("category", "")).partition(":")[2].partition(":")
            if str(c.qualifiers.get("category", "")).startswith("percent:"):
                changes[story_of.get(c.source_id, "")][change].add((c.source_id, side))
    conversions = _converted_as(groups, story_of)
    out = []
    seen_values: set[tuple[str, str]] = set()
    for g in groups:
        if g.kind != "quantity":
            continue
        counted_by = {c.source_id for c in g.claims if not c.qualifiers.get("conversion")}
        for c in g.claims:
            if counted_by - {c.source_id} and not held_apart(c):
                continue  # another report gives its own figure for the same count: agreed, or a conflict
            category = c.qualifiers.get("category", "")
            if not (category in COUNT_CATEGORIES_FOR_SINGLE or category.startswith(("amount", "percent"))
                    or category.startswith("of:") and _a_sizeable_count(c)):
                continue
            if c.attribute == "score:standing":
                continue  # "took a 1-0 lead", "levelled at 11-11": how a game or series stood on the way
            if c.qualifiers.get("conversion"):
                continue  # "(about $240 million)": the sum before it in another currency, not a figure of its own
            if c.id in conversions:
                continue  # "24 billion kronor ($2.4 billion)": another report gives the sum in the other currency
            if any(a <= c.start and c.end <= b for a, b in quoted.get(c.source_id, ())):
                continue  # a figure in someone's quoted words ("merge two plants that are half idle")
            if _about_the_speaker(c):
                continue  # "said Y, who grows coffee on two hectares": who the speaker is, not a fact of the story
            story = story_of.get(c.source_id, "")
            if told_by[story] < 2:
                continue
            others = [t for sid, t in texts_of[story] if sid != c.source_id]
            if (c.id in disputed or _reported_elsewhere(c, figures.get(story, {})) or _in_other_money(c, amounts[story])
                    or _change_told_elsewhere(c, changes[story])
                    or _written_elsewhere(c, written[story], texts.get(c.source_id, ""))
                    or _held_elsewhere(c, others)):
                continue
            if (c.source_id, str(c.norm)) in seen_values:
                continue
            seen_values.add((c.source_id, str(c.norm)))
            explanation = (f"Only {labels.get(c.source_id, c.source_id)} reports this figure for {c.subject} "
                           f"(\u201c{c.value}\u201d); no other source gives it.")
            out.append(make_flag("single_source", f"{g.key}|{c.norm}", c.subject, explanation, [c],
                             0.5 * c.confidence / 0.75))
    return out


def _converted_as(groups, story_of: dict[str, str]) -> set[str]:
    """The ids of sums written with their conversion right after them ("2.6 billion kronor ($240 million)") whose
    converted sum another report of the story gives."""
    claims = [c for g in groups if g.kind == "quantity" for c in g.claims]
    told: dict[tuple, set[str]] = defaultdict(set)  # (story, unit, figure) -> sources
    for c in claims:
        told[(story_of.get(c.source_id, ""), c.qualifiers.get("unit", ""), str(c.norm))].add(c.source_id)
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_source[c.source_id].append(c)
    out = set()
    for sid, own in by_source.items():
        for conv in (c for c in own if c.qualifiers.get("conversion")):
            key = (story_of.get(sid, ""), conv.qualifiers.get("unit", ""), str(conv.norm))
            if not told[key] - {sid}:
                continue
            out.update(c.id for c in own if not c.qualifiers.get("conversion") and 0 <= conv.start - c.end <= 4)
    return out


def _a_sizeable_count(c: Claim) -> bool:
    """ "1,840 containers", "212 households": a count of things no category names, told as news; not "the two
    countries" or "its three plants", which only say how many of something the story knows there are."""
    before = c.sentence[:max(0, c.start - c.sentence_start)].rstrip().lower()
    return isinstance(c.norm, (int, float)) and c.norm >= 20 and not before.endswith(
        ("the", "its", "their", "his", "her", "our", "both", "all", "these", "those"))


_SPEAKER_DESCRIBED = re.compile(r"\b(?:" + "|".join(SPOKEN) + r")\s+(?:[A-Z][\w'’.-]*\s*){1,4},\s+(?:an?\s+"
                                r"[\w\s-]{1,40}?\s+)?who\b[^.;]*$")


def _about_the_speaker(c: Claim) -> bool:
    """Whether a figure is in the clause that says who a speaker is: "said Y Bham Nie, who grows robusta on two
    hectares", "said Hamid Berrada, who has sold spices for thirty years"."""
    before = c.sentence[:max(0, c.start - c.sentence_start)]
    return bool(_SPEAKER_DESCRIBED.search(before))


def figures_by_unit(groups: list[Group], story_of: dict[str, str] | None = None) -> dict[str, dict[str, list[Claim]]]:
    """Every count and amount, by story and unit, to tell whether a figure appears in another source at all."""
    story_of = story_of or {}
    out: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for g in groups:
        if g.kind == "quantity":
            for c in g.claims:
                if not str(c.qualifiers.get("category", "")).startswith("of:"):  # "two villages" is not "two injured"
                    out[story_of.get(c.source_id, "")][c.qualifiers.get("unit", "")].append(c)
    return out


def _reported_elsewhere(claim: Claim, figures: dict[str, list[Claim]]) -> bool:
    if claim.attribute.startswith("score"):
        return any(c.source_id != claim.source_id and c.norm == claim.norm for c in figures.get("score", []))
    mine = figure_range(claim)
    return any(c.source_id != claim.source_id and not c.attribute.startswith("score") and figure_range(c).overlaps(mine)
               for c in figures.get(claim.qualifiers.get("unit", ""), []))

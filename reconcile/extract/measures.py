"""What a figure measures or counts when no category of ``WORD_CATEGORY`` names it: a unit after it ("40 km",
"2.3 billion kilowatt-hours") or a thing it counts ("64 films")."""

from __future__ import annotations

import re

YEARS_UNIT = {"year", "years", "month", "months", "week", "weeks", "day", "days"}
SKIP_NOUNS = {"year", "years", "age", "aged", "percent", "time", "times", "minute", "minutes", "hour", "hours",
              "o'clock", "am", "pm", "a.m.", "p.m.", "page", "pages", "%"}
DISTANCES = {"km", "kilometres", "kilometers", "miles", "metres", "meters"}
MEASURES = YEARS_UNIT | DISTANCES | {"kg", "tonnes", "tons", "hectares", "acres", "litres", "liters", "barrels",
                                      "megawatts", "mw", "gw"}


# Plural nouns a figure goes with that count no thing a report could get wrong on its own: spans of time, shares,
# sizes, and words that stand for a number ("two sides", "three times").
_NOT_THINGS = SKIP_NOUNS | MEASURES | {
    "side", "party", "parties", "way", "thing", "point", "part", "step", "stage", "level", "kind", "type", "per",
    "cent", "round", "leg", "half", "quarter", "term", "month", "decade", "century", "night", "season", "edition",
    "generation", "lap", "set", "innings", "over", "run", "wicket", "digit", "figure", "inch", "foot", "feet",
    "degree", "kilometre", "kilometer", "mile", "metre", "meter", "centimetre", "millimetre", "gram", "kilo",
    "kilogram", "pound", "ounce", "litre", "liter", "gallon", "acre", "hectare", "tonne", "ton", "cubic", "square",
    # people in general, counted for many different things in one story ("146 people", "some 3,500 people")
    "people", "person", "other", "resident", "inhabitant", "voter", "citizen", "member", "man", "woman", "child",
}


def counted_thing(num) -> tuple[str | None, str]:
    """ "64 films", "eleven icons", "Twenty-seven vessels", "a four-match ban": a figure before a plural noun (or
    joined to a noun by a hyphen) that no category of
    ``WORD_CATEGORY`` names still counts that thing. Its category is the noun's own ("count:of:film"), so that only
    the same thing counted in two reports is compared, and such figures are never listed as told by one source."""
    noun = num.head
    # "a four-match ban", "a five-storey building": the thing counted, joined to its figure, names what it makes up
    joined = (noun.tag_ == "NN" and noun.dep_ == "compound" and noun.i == num.i + 2
              and num.doc[num.i + 1].text == "-" and not num.whitespace_)
    if num.dep_ != "nummod" or noun.i < num.i or noun.pos_ != "NOUN" or noun.tag_ != "NNS" and not joined:
        return None, ""
    lemma = noun.lemma_.lower()
    if lemma in _NOT_THINGS or noun.lower_ in _NOT_THINGS or not lemma.isalpha():
        return None, ""
    before = num.doc[num.i - 1].lower_ if num.i > 0 else ""
    if before in ("other", "remaining", "first", "last", "next", "top", "past", "previous", "final", "bottom"):
        return None, ""  # "the other four states", "the first ten days": a part of something, not its count
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _WON_VERBS:
        return f"of:{lemma} won", noun.lower_  # "the NRP won nine constituencies": a side's, not the whole count
    return f"of:{lemma}", noun.lower_


# Verbs by which a side wins a number of things ("won nine constituencies", "carried 12 districts").
_WON_VERBS = {"win", "carry", "sweep", "retain", "lose", "gain"}  # not "take": "thieves took 14 icons"


# Physical measures a figure can be given in: (pattern, dimension, base unit, factor to the base unit).
_PHYSICAL = [
    (r"kilowatt[\s-]hours?|kwh", "energy", "kWh", 1), (r"megawatt[\s-]hours?|mwh", "energy", "kWh", 1e3),
    (r"gigawatt[\s-]hours?|gwh", "energy", "kWh", 1e6), (r"terawatt[\s-]hours?|twh", "energy", "kWh", 1e9),
    (r"kilowatts?|kw", "power", "MW", 1e-3), (r"megawatts?|mw", "power", "MW", 1), (r"gigawatts?|gw", "power", "MW", 1e3),
    (r"cubic\s+met(?:re|er)s?|m3|m³", "volume", "m3", 1), (r"bcm", "volume", "m3", 1e9),
    (r"litres?|liters?", "volume", "m3", 1e-3), (r"barrels?", "oil", "barrels", 1),
    (r"(?:metric\s+)?tonnes?|(?:metric\s+)?tons?", "weight", "tonnes", 1),
]
_PHYSICAL_RE = [(re.compile(r"\s?-?(?:" + p + r")\b", re.I), dim, unit, f) for p, dim, unit, f in _PHYSICAL]


def physical(after: str) -> tuple[str, str, float] | None:
    """The physical measure right after a figure ("2.3 billion kilowatt-hours", "40 MW"): its dimension, base unit
    and the factor to that unit; ``None`` for anything else."""
    for pattern, dim, unit, factor in _PHYSICAL_RE:
        if pattern.match(after):
            return dim, unit, factor
    return None


def unit_after(after: str) -> str:
    """The measure after a number ("12 years", "40 km"); plain counts have none."""
    m = re.match(r"[\s-]*([A-Za-z]+)", after)
    word = m.group(1).lower() if m else ""
    return word if word in MEASURES else ""
